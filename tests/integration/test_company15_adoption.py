"""company15: new companies following the README's adoption guide as typed, in their own languages: a Spanish,
Catalan and English shop's privacy and cookie policies saved as HTML pages of its site; a US company's Markdown
files named by their day written month first."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

PAGE = ('<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title></head><body>'
        '<header><nav><a href="/">Inicio</a></nav></header><main><article><h1>{title}</h1>{body}</article></main>'
        '<footer><p>© 2024 Tienda Sol S.L.</p></footer></body></html>')
COOKIES = {"es": ("Política de cookies", "<h2>1. Qué son las cookies</h2><p>Pequeños archivos de su navegador.</p>"),
           "ca": ("Política de galetes", "<h2>1. Què són les galetes</h2><p>Petits fitxers del navegador.</p>")}
PRIVACY = {"es": ("Política de privacidad", "<h2>1. Datos que tratamos</h2><p>Sus datos de pedido. Consulte nuestra "
                  '<a href="/politica-de-cookies">política de cookies</a>.</p>'),
           "ca": ("Política de privacitat", "<h2>1. Dades que tractem</h2><p>Les vostres dades de comanda. Consulteu "
                  'la nostra <a href="/ca/politica-de-galetes/">política de galetes</a>.</p>')}
NAMES = {"es": ("politica-de-cookies", "politica-de-privacidad"), "ca": ("politica-de-galetes",
                                                                        "politica-de-privacitat")}


def _saved(folder: Path, name: str, lang: str, title: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}-2024-03-12.html").write_text(PAGE.format(lang=lang, title=title, body=body), encoding="utf-8")
    return folder


def test_links_to_the_cookie_policy_s_old_address_in_each_language_go_to_its_page(tmp_path: Path,
                                                                                   capsys: pytest.CaptureFixture[str]):
    """The cookie policy's old addresses are its titles in the site's languages (`/politica-de-cookies`,
    `/ca/politica-de-galetes`), not its id: the privacy policy's links to it were unlinked in Spanish and Catalan
    (“a page or file of the site it was published on”) while the English one (`/en/cookie-policy`) landed, and `policy
    check` then said `sync.links` on the English page, which had a link the Spanish had not."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Tienda Sol S.L.", "--languages", "es,ca"]) == 0
    for lang in ("es", "ca"):
        folder = _saved(tmp_path / lang / "cookies", NAMES[lang][0], lang, *COOKIES[lang])
        assert cli.main(["--root", str(site), "import", "--lang", lang, "--document", "cookies",
                         *(["--new-document"] if lang == "es" else []), str(folder)]) == 0
    capsys.readouterr()
    for lang in ("es", "ca"):
        folder = _saved(tmp_path / lang / "privacy", NAMES[lang][1], lang, *PRIVACY[lang])
        assert cli.main(["--root", str(site), "import", "--lang", lang, "--document", "privacy", str(folder)]) == 0
    out = capsys.readouterr().out
    for lang, old in (("es", "/politica-de-cookies"), ("ca", "/ca/politica-de-galetes/")):
        assert f"the link to {old}, the cookies document's address on the old site, goes to its page" in out, out
        assert "](cookies.md)" in (site / "docs" / lang / "index.md").read_text(encoding="utf-8")
    assert "a page or file of the site it was published on" not in out
    assert cli.main(["--root", str(site), "check"]) == 0
    assert "sync.links" not in capsys.readouterr().out
    assert git(site, "status", "--porcelain") == ""


US_POLICY = ("# Privacy Policy\n\nLast updated: {said}\n\nAcme Widgets, Inc. respects your privacy.\n\n"
             "## 1. Information We Collect\n\nWhat you give us when you place an order.{more}\n")


def test_a_file_named_month_first_is_dated_by_the_reading_its_text_says(tmp_path: Path,
                                                                       capsys: pytest.CaptureFixture[str]):
    """A US company's archive names its files month first (`privacy-policy-01-05-2024.md`), its text saying “Last
    updated: January 5, 2024”: it was refused, 5 January or 1 May, to be renamed by hand though the text says which.
    Now the reading its text says dates it, said; a text saying neither reading is refused as before, naming both."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Acme Widgets, Inc.", "--languages", "en-US"]) == 0
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-policy-03-15-2021.md").write_text(US_POLICY.format(said="March 15, 2021", more=""),
                                                          encoding="utf-8")
    (archive / "privacy-policy-01-05-2024.md").write_text(
        US_POLICY.format(said="January 5, 2024", more=" We keep order records for seven years."), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--lang", "en-US", str(archive)]) == 0
    out = capsys.readouterr().out
    assert "privacy-policy-01-05-2024.md: committed the English text in force from January 5, 2024" in out, out
    assert "dated January 5, 2024: its name's 01-05-2024 may be read day first or month first, and its text says " \
           "“Last updated: January 5, 2024”" in out, out
    assert git(site, "log", "--format=%ad", "--date=short", "-2").split() == ["2024-01-05", "2021-03-15"]
    head = git(site, "rev-parse", "HEAD")
    other = tmp_path / "other"
    other.mkdir()
    (other / "privacy-policy-02-03-2025.md").write_text(US_POLICY.format(said="March 9, 2025", more=" More."),
                                                        encoding="utf-8")
    assert cli.main(["--root", str(site), "import", "--lang", "en-US", str(other)]) == 2
    assert "rename it privacy-policy-2025-02-03.md or privacy-policy-2025-03-02.md" in capsys.readouterr().err
    assert git(site, "rev-parse", "HEAD") == head
