"""Reader33, session 59: a Japanese site had no PDF link, and its reader no word of why.

The print engine's own fonts have no Japanese characters: until the project adds font files that have them
(`extra.policy.pdf_fonts`), each version is published without its PDF, which the build tells the maintainer. Its page
linked no PDF and said nothing: a reader looking for the PDF every other site gives was left to wonder. Section 1's
links now say, in the page's language, that this version has no PDF, why, and how to keep a copy (print the page). A
version printed with its PDF links it and says no such thing."""
from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policy_repo import published_in_languages
from policysite.strings import strings

DATES = ("2023-03-01", "2024-05-20")
WORDS = {"ja": ("プライバシーポリシー", "目的", "本書は、お客様の個人データの取り扱いを説明します。"),
         "de": ("Datenschutzerklärung", "Zweck", "Dieser Text beschreibt, wie wir Ihre Daten verarbeiten.")}


def _text(lang: str, n: int) -> str:
    title, heading, words = WORDS[lang]
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n## 1. {heading}\n\n{words}\n\n## 2. {heading} {n + 2}\n\n{words}\n"


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    return {lang: published_in_languages(tmp_path_factory.mktemp(lang), (lang,), DATES, _text) for lang in ("ja", "de")}


def _notice(public: Path, lang: str, version: str):
    tree = LexborHTMLParser((public / lang / version / "index.html").read_text(encoding="utf-8"))
    notice = tree.css_first(".policy-version")
    assert notice is not None, version
    return notice


@pytest.mark.parametrize("version", (*DATES, "latest"))
def test_a_version_published_without_its_pdf_says_so_in_its_language(sites, version):
    public = sites["ja"]
    assert not list(public.rglob("*.pdf"))  # the engine's fonts have no Japanese: no PDF printed
    notice = _notice(public, "ja", version)
    assert not [a for a in notice.css("a") if "PDF" in a.text()]
    said = notice.css_first(".policy-version-no-pdf")
    assert said is not None and said.text().strip() == strings("ja")["pdf_none"]
    assert said.attributes.get("lang") is None  # the site's words are Japanese here: nothing marked as another's


@pytest.mark.parametrize("version", DATES)
def test_a_version_printed_with_its_pdf_links_it_and_says_nothing_of_it(sites, version):
    public = sites["de"]
    notice = _notice(public, "de", version)
    links = [a.attributes.get("href") for a in notice.css("a")]
    assert f"policy-de-{version}.pdf" in links and (public / "de" / version / f"policy-de-{version}.pdf").is_file()
    assert notice.css_first(".policy-version-no-pdf") is None
    assert strings("de")["pdf_none"] not in notice.text()
