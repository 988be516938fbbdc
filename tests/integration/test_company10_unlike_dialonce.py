"""Companies unlike DialOnce, each made as the README says (`policy init`, `policy import` of its earlier texts, `policy
history`, `policy export`): only English, only Japanese, German authoritative with English and Polish translations,
Brazilian and European Portuguese side by side, Traditional Chinese with English; served under a subpath, its page a
file of another name, its default branch `trunk`, its custom domain's CNAME on gh-pages. Every page, link, feed,
sitemap and redline is in the site's own languages and at its own address; nothing French, nothing of DialOnce."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from helpers import GIT_ENV, git, policy_in_process
from policysite import clock

TODAY = dt.datetime(2030, 6, 1, 9, 0, tzinfo=dt.UTC)
URL = "https://example.com/legal/privacy/"
DAYS = ("2028-03-01", "2029-06-15")
# (title, section 1, its text, section 2, its text, the words the second version adds), by base language.
TEXTS = {
    "en": ("Privacy policy", "1. Controller", "The controller is Example Ltd.", "2. Data collected",
           "We process your name", " and your address"),
    "ja": ("プライバシーポリシー", "第1条（事業者）", "当社は個人情報を適切に取り扱います。", "第2条（取得する情報）",
           "氏名を取得します", "。また住所を取得します"),
    "de": ("Datenschutzerklärung", "1. Verantwortlicher", "Verantwortlich ist die Beispiel GmbH.",
           "2. Erhobene Daten", "Wir verarbeiten Ihren Namen", " und Ihre Anschrift"),
    "pl": ("Polityka prywatności", "1. Administrator", "Administratorem jest Beispiel GmbH.", "2. Zbierane dane",
           "Przetwarzamy Twoje imię", " oraz adres"),
    "pt": ("Política de privacidade", "1. Responsável", "O responsável é a Exemplo Lda.", "2. Dados recolhidos",
           "Tratamos o seu nome", " e a sua morada"),
    "zh": ("隱私權政策", "1. 公司", "本公司負責處理您的個人資料。", "2. 蒐集的資料", "我們蒐集您的姓名", "與地址"),
}


def _text(code: str, day: str) -> str:
    title, h1, p1, h2, p2, added = TEXTS[code.split("-")[0]]
    end = "" if code.startswith(("ja", "zh")) else "."
    said = p2 + (added if day == DAYS[1] else "") + end
    return f"# {title}\n\n## {h1}\n\n{p1}\n\n## {h2}\n\n{said}\n"


def _run(argv: list[str], site: Path | None = None) -> str:
    done = policy_in_process([*(["--root", str(site)] if site else []), *argv])
    said = done.stdout + done.stderr
    assert done.returncode == 0 and "Traceback" not in said, f"policy {' '.join(argv)}: {said}"
    return said


def _site(tmp_path: Path, codes: list[str], *, page: str = "index.md", branch: str | None = None) -> Path:
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Example Ltd", "--languages", ",".join(codes), "--url", URL,
          *(["--branch", branch] if branch else [])])
    if page != "index.md":
        config = site / "mkdocs.yml"
        config.write_text(config.read_text(encoding="utf-8").replace("    page: index.md\n", f"    page: {page}\n"),
                          encoding="utf-8")
        git(site, "commit", "-qam", f"The policy's page is {page}")
    for code in codes:
        archive = tmp_path / "archive" / code
        archive.mkdir(parents=True)
        for day in DAYS:
            (archive / f"policy-{day}.md").write_text(_text(code, day), encoding="utf-8")
        _run(["import", "--lang", code, str(archive)], site)
    _run(["history"], site)
    return site


@pytest.fixture(autouse=True)
def _company(monkeypatch):
    monkeypatch.setattr(clock, "now", lambda: TODAY)
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)


def _served(site: Path, public: Path, codes: list[str]) -> None:
    """Every page at the site's address, in its languages, the authoritative first."""
    _run(["export", "--site-dir", str(public)], site)
    root = (public / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'hreflang="([^"]+)"', root) == codes and f"url={codes[0]}/latest/" in root, root
    for code in codes:
        title, _h1, _p1, _h2, _p2, added = TEXTS[code.split("-")[0]]
        old, new = (public / code / DAYS[0] / "index.html"), (public / code / DAYS[1] / "index.html")
        for page in (old, new, public / code / "latest" / "index.html", public / code / "history" / "index.html"):
            html = page.read_text(encoding="utf-8")
            assert f'<html lang="{code}"' in html, page
            assert f'<link rel="canonical" href="{URL}{code}/' in html, page
        assert added.strip(" 。") in new.read_text(encoding="utf-8")
        assert added.strip(" 。") not in old.read_text(encoding="utf-8")
        changes = (public / code / DAYS[1] / "changes" / "index.html").read_text(encoding="utf-8")
        inserted = "".join(re.sub(r'<span class="redline-sr">[^<]*</span>|<[^>]+>', "", ins)
                           for ins in re.findall(r'<ins class="redline-ins">(.*?)</ins>', changes, re.S))
        assert added.strip(" 。").split()[-1] in inserted, inserted
        feed = (public / code / "feed.xml").read_text(encoding="utf-8")
        assert f"<id>{URL}{code}/{DAYS[1]}/</id>" in feed and f'xml:lang="{code}"' in feed, feed[:600]
        sitemap = (public / code / DAYS[1] / "sitemap.xml").read_text(encoding="utf-8")
        assert f"<loc>{URL}{code}/{DAYS[1]}/</loc>" in sitemap
        redline = _run(["diff", DAYS[0], DAYS[1], "--lang", code], site)
        assert added.strip(" 。") in redline, redline
    if "fr" not in codes:
        for page in public.rglob("*.html"):
            html = page.read_text(encoding="utf-8")
            assert 'lang="fr"' not in html and "Français" not in html and "DialOnce" not in html, page


@pytest.mark.parametrize("codes", [["en"], ["ja"], ["de", "en", "pl"], ["pt-BR", "pt-PT"], ["zh-Hant", "en"]],
                         ids=["english-only", "japanese-only", "german-english-polish", "portuguese-regions",
                              "traditional-chinese"])
def test_a_company_unlike_dialonce_is_published_in_its_languages_at_its_address(tmp_path, codes) -> None:
    site = _site(tmp_path, codes)
    _served(site, tmp_path / "public", codes)


def test_a_page_of_another_name_on_trunk_keeps_the_custom_domain_s_cname(tmp_path) -> None:
    """The policy in `privacy.md`, the repository's branch `trunk`, GitHub Pages' CNAME committed on gh-pages by its
    settings page: a later version is published beside it, the CNAME kept, and verify finds the archive as published."""
    site = _site(tmp_path, ["en", "de"], page="privacy.md", branch="trunk")
    assert sorted(p.name for p in (site / "docs" / "en").iterdir() if not p.name.startswith(".")) == ["privacy.md"]
    pages = tmp_path / "pages"
    git(site, "worktree", "add", "-q", str(pages), "gh-pages")
    (pages / "CNAME").write_text("example.com\n", encoding="utf-8")
    git(pages, "add", "CNAME")
    git(pages, "commit", "-qm", "Create CNAME")
    git(site, "worktree", "remove", str(pages))
    for code in ("en", "de"):
        page = site / "docs" / code / "privacy.md"
        page.write_text(page.read_text(encoding="utf-8").replace(f"date: {DAYS[1]}", "date: 2030-05-01"),
                        encoding="utf-8")
    git(site, "commit", "-qam", "Version of 2030-05-01", date="2030-05-01T09:00:00+00:00")
    _run(["publish"], site)
    assert git(site, "show", "gh-pages:CNAME") == "example.com\n"
    assert git(site, "branch", "--show-current").strip() == "trunk"
    assert "3 versions" in _run(["verify"], site)
    _served(site, tmp_path / "public", ["en", "de"])
    assert (tmp_path / "public" / "CNAME").read_text(encoding="utf-8") == "example.com\n"
