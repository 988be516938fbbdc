"""Reader34: a version published without its PDF.

Since reader33 its page says so, but (1) its row on the history page and its changes page left the PDF's link out
without a word, and (2) every page said "some of its characters cannot be printed in PDF" whatever the cause, though
the print engine may fail on a text for another reason (pdf.py's PdfUnavailable). The manifest now records why
(`no_pdf`: pdf.UNDRAWN, a script the PDF's fonts lack; pdf.FAILED, any other failure), the history says it where the
link would be, as the changes page does, and each page says the cause, in the page's language."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import git
from policy_repo import published_in_languages
from policysite import typeset
from policysite.strings import strings

DATES = ("2023-03-01", "2024-05-20")
WORDS = {"ja": ("プライバシーポリシー", "目的", "本書は、お客様の個人データの取り扱いを説明します。"),
         "de": ("Datenschutzerklärung", "Zweck", "Dieser Text beschreibt, wie wir Ihre Daten verarbeiten.")}


def _text(lang: str, n: int) -> str:
    title, heading, words = WORDS[lang]
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n## 1. {heading}\n\n{words}\n\n## 2. {heading} {n + 2}\n\n{words}\n"


def _failing(*_args, **_kwargs) -> bytes:
    raise typeset.TypesetError("layout did not converge")  # (no character named: not the fonts' fault)


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    made = {"ja": published_in_languages(tmp_path_factory.mktemp("ja"), ("ja",), DATES, _text)}
    with pytest.MonkeyPatch.context() as mp:  # the engine fails on the German text for another cause than its letters
        mp.setattr(typeset, "print_pdf", _failing)
        made["de-failed"] = published_in_languages(tmp_path_factory.mktemp("de"), ("de",), DATES, _text)
    made["de"] = published_in_languages(tmp_path_factory.mktemp("de-printed"), ("de",), DATES, _text)
    return made


CASES = [("ja", "ja", "pdf_none", "pdf_missing"), ("de-failed", "de", "pdf_none_failed", "pdf_missing_failed")]


def _page(public: Path, *parts: str) -> LexborHTMLParser:
    return LexborHTMLParser(public.joinpath(*parts, "index.html").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("site", "lang", "version_key", "missing_key"), CASES)
def test_the_history_says_each_version_has_no_pdf_and_why(sites, site, lang, version_key, missing_key):
    public = sites[site]
    assert not list(public.rglob("*.pdf"))
    rows = _page(public, lang, "history").css(".policy-history-actions")
    assert len(rows) == len(DATES)
    for row in rows:
        said = row.css_first(".policy-no-pdf")
        assert said is not None and said.text() == strings(lang)[missing_key], row.html
        assert not [a for a in row.css("a") if "PDF" in a.text()]


@pytest.mark.parametrize(("site", "lang", "version_key", "missing_key"), CASES)
def test_the_changes_and_version_pages_say_why_in_the_pages_language(sites, site, lang, version_key, missing_key):
    public = sites[site]
    links = _page(public, lang, DATES[1], "changes").css_first(".policy-changes-links")
    said = links.css_first(".policy-no-pdf")
    assert said is not None and said.text() == strings(lang)[missing_key], links.html
    for version in (*DATES, "latest"):
        notice = _page(public, lang, version).css_first(".policy-version-no-pdf")
        assert notice is not None and notice.text().strip() == strings(lang)[version_key], version
    other = {"pdf_none": "pdf_none_failed", "pdf_none_failed": "pdf_none"}[version_key]
    assert strings(lang)[other] not in public.joinpath(lang, DATES[0], "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(("site", "lang", "why"), [("ja", "ja", "undrawn"), ("de-failed", "de", "failed"),
                                                   ("de", "de", None)])
def test_the_manifest_records_why_a_version_has_no_pdf(sites, site, lang, why):
    repo = sites[site].parent / "site"
    for version in DATES:
        manifest = json.loads(git(repo, "show", f"gh-pages:manifest/{version}.json"))
        assert manifest["languages"][lang].get("no_pdf") == why


def test_a_version_with_its_pdf_links_it_and_says_nothing_of_it(sites):
    public = sites["de"]
    for row in _page(public, "de", "history").css(".policy-history-actions"):
        assert row.css_first(".policy-no-pdf") is None and [a for a in row.css("a") if "PDF" in a.text()]
    links = _page(public, "de", DATES[1], "changes").css_first(".policy-changes-links")
    assert links.css_first(".policy-no-pdf") is None and "PDF" in links.text()
