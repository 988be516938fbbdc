"""`policy import --document ID --new-document`: a company adopting the generator with a cookie policy beside its
privacy policy gets the document declared by the import, titled in each language as its texts are, and the site
renamed for its documents, without editing mkdocs.yml by hand (session 35, newco: it had to)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli, settings as policy_settings

pytestmark = pytest.mark.usefixtures("fixed_git")

PRIVACY = {"de": "---\ndate: 2022-01-10\n---\n\n# Datenschutzerklärung\n\n## 1. Wer wir sind\n\nEin erfundenes "
                 "Unternehmen.\n",
           "en": "---\ndate: 2022-01-10\n---\n\n# Privacy Policy\n\n## 1. Who we are\n\nA fictional company.\n"}
COOKIES = {"de": "# Cookie-Richtlinie\n\n## 1. Was sind Cookies\n\nKleine Textdateien auf Ihrem Gerät.\n",
           "en": "# Cookie Policy\n\n## 1. What are cookies\n\nSmall text files on your device.\n"}


@pytest.fixture
def site(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """A German site with an English translation, its privacy policy committed; the cookie policy's files aside."""
    root = tmp_path / "site"
    assert cli.main(["init", str(root), "--company", "Beispiel GmbH", "--languages", "de,en"]) == 0
    for lang, text in PRIVACY.items():
        (root / "docs" / lang / "index.md").write_text(text, encoding="utf-8")
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "cookies-2023-05-01.md").write_text(COOKIES[lang], encoding="utf-8")
    assert cli.main(["--root", str(root), "sync-mark", "en", "--all"]) == 0
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Privacy policy", date="2022-01-10T09:00:00+00:00")
    capsys.readouterr()
    return root


def test_a_new_document_is_declared_titled_and_the_site_renamed(site: Path, capsys: pytest.CaptureFixture[str]):
    folder = site.parent
    assert cli.main(["--root", str(site), "import", "--lang", "de", "--document", "cookies", "--new-document",
                     str(folder / "de")]) == 0
    out = capsys.readouterr().out
    assert "mkdocs.yml, mkdocs.en.yml: declared the document cookies (docs/de/cookies.md), titled " \
           "“Cookie-Richtlinie” (German)" in out
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--document", "cookies", str(folder / "en")]) == 0
    assert "mkdocs.yml: gave the document cookies its title in English, “Cookie Policy”" in capsys.readouterr().out
    settings = policy_settings.load(site)
    assert [(d.id, d.page, d.titles) for d in settings.documents] == [
        ("privacy", "index.md", {"de": "Datenschutzerklärung", "en": "Privacy Policy"}),
        ("cookies", "cookies.md", {"de": "Cookie-Richtlinie", "en": "Cookie Policy"})]
    config = (site / "mkdocs.yml").read_text(encoding="utf-8")
    assert 'site_name: "Rechtstexte von Beispiel GmbH"' in config
    assert "slugify: !!python/name:policysite.document.slugify" in config  # the rest as it was
    assert "# this repository and name it here: pdf_fonts: [fonts]" in config
    assert 'site_name: "Beispiel GmbH legal documents"' in (site / "mkdocs.en.yml").read_text(encoding="utf-8")
    assert "Kleine Textdateien" in (site / "docs" / "de" / "cookies.md").read_text(encoding="utf-8")
    log = git(site, "log", "--format=%s", "-4").splitlines()
    assert log == ["Import the English text of 2023-05-01",
                   "Title the document cookies in English in the site's list of documents, for `policy import`",
                   "Import the German text in force from May 1, 2023",
                   "Declare the document cookies (cookies.md) in the site's list of documents, for `policy import`"]
    assert git(site, "status", "--porcelain") == ""
    # the English text has the German one's date: its record is the document's own, in its commit (newco2)
    assert "docs/en/.translated-from.cookies.yml" in git(site, "show", "--name-only", "--format=", "HEAD")
    assert cli.main(["--root", str(site), "check"]) == 0
    assert "sync." not in capsys.readouterr().out


def test_an_unknown_document_without_the_option_is_refused_naming_it(site: Path, capsys: pytest.CaptureFixture[str]):
    head = git(site, "rev-parse", "HEAD")
    config = (site / "mkdocs.yml").read_bytes()
    assert cli.main(["--root", str(site), "import", "--lang", "de", "--document", "cookies",
                     str(site.parent / "de")]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error: --document 'cookies': this site has one document") and "--new-document" in err
    assert cli.main(["--root", str(site), "import", "--lang", "de", "--document", "latest", "--new-document",
                     str(site.parent / "de")]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "'latest'" in err and "nothing imported" in err and "Traceback" not in err
    assert git(site, "rev-parse", "HEAD") == head and (site / "mkdocs.yml").read_bytes() == config
    assert git(site, "status", "--porcelain") == ""


def test_a_folder_of_two_documents_versions_is_refused_naming_each(site: Path, capsys: pytest.CaptureFixture[str]):
    """A company's folder of legal texts, its cookie policy beside its privacy policy's versions: the cookie policy
    was committed as a version of the privacy policy between two of its own. Files named otherwise but for their
    dates whose titles differ and whose words are mostly not the other's are refused, naming each group; a version
    only renamed (its title and words the others') is imported."""
    folder = site.parent / "legal"
    folder.mkdir()
    privacy = PRIVACY["de"].split("---\n", 2)[2].replace("Unternehmen.", "Unternehmen in Berlin.")
    (folder / "datenschutz-2023-01-01.md").write_text(privacy, encoding="utf-8")
    (folder / "cookies-2023-05-01.md").write_text(COOKIES["de"], encoding="utf-8")
    head = git(site, "rev-parse", "HEAD")
    assert cli.main(["--root", str(site), "import", "--lang", "de", str(folder)]) != 0
    err = capsys.readouterr().err
    assert err.startswith("error: these files are the versions of several documents"), err
    assert "datenschutz-2023-01-01.md: “Datenschutzerklärung” (2023-01-01)" in err
    assert "cookies-2023-05-01.md: “Cookie-Richtlinie” (2023-05-01)" in err and "--new-document" in err
    assert git(site, "rev-parse", "HEAD") == head and git(site, "status", "--porcelain") == ""
    (folder / "cookies-2023-05-01.md").unlink()
    (folder / "privacy-notice-2023-06-01.md").write_text(privacy.replace("Berlin", "München"), encoding="utf-8")
    assert cli.main(["--root", str(site), "import", "--lang", "de", str(folder)]) == 0, capsys.readouterr().err
    assert "München" in (site / "docs" / "de" / "index.md").read_text(encoding="utf-8")


def test_a_declaration_its_import_then_refuses_is_not_said(site: Path, capsys: pytest.CaptureFixture[str]):
    """The English texts first: refused, and the declaration taken back with them, is not printed as made (newco2:
    "declared the document cookies" came before the refusal)."""
    head = git(site, "rev-parse", "HEAD")
    config = (site / "mkdocs.yml").read_bytes()
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--document", "cookies", "--new-document",
                     str(site.parent / "en")]) != 0
    said = capsys.readouterr()
    assert "import the authoritative language (German) first" in said.err
    assert "declared" not in said.out and "Traceback" not in said.err
    assert git(site, "rev-parse", "HEAD") == head and (site / "mkdocs.yml").read_bytes() == config
    assert git(site, "status", "--porcelain") == ""


def test_a_new_document_of_a_site_whose_texts_are_in_another_folder_is_said_there(tmp_path: Path,
                                                                                  capsys: pytest.CaptureFixture[str]):
    """company13: a US company keeping its texts in legal/ (docs_dir: legal/en) was told "declared the document
    cookies (docs/<lang>/cookies.md)", a folder it does not have: the page is named where it is."""
    root = tmp_path / "site"
    assert cli.main(["init", str(root), "--company", "Trailhead Outfitters, Inc.", "--languages", "en"]) == 0
    config = root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/en", "docs_dir: legal/en"),
                      encoding="utf-8")
    git(root, "mv", "docs", "legal")
    git(root, "commit", "-q", "-am", "Texts in legal/")
    (tmp_path / "cookies").mkdir()
    (tmp_path / "cookies" / "cookie-policy-2022-01-15.md").write_text(COOKIES["en"], encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(root), "import", "--lang", "en", "--document", "cookies", "--new-document",
                     str(tmp_path / "cookies")]) == 0
    out = capsys.readouterr().out
    assert "mkdocs.yml: declared the document cookies (legal/en/cookies.md), titled “Cookie Policy”" in out, out
    assert (root / "legal" / "en" / "cookies.md").is_file() and not (root / "docs").exists()
