"""adopt50: which languages are written right to left had two answers: the page's `dir` (CLDR's character order for
the language in its script) and a list of base subtags the checks read (characters.RTL_LANGUAGES). A Punjabi policy in
Shahmukhi (`pa-Arab`), Kashmiri, Syriac, N'Ko or Adlam was laid out right to left while `policy check` read it as a
text written left to right: its every number after a word was refused as reordered (editorial.bidi), a phone number
shown backwards was not said, and the output check refused a direction mark it needs; Sindhi in Devanagari (`sd-Deva`)
was checked as a right-to-left text. The checks now read the page's answer (characters.right_to_left)."""
from __future__ import annotations

import pytest
from babel import localedata

from helpers import ROOT
from policysite import characters, document, editorial, safety, strings
from policysite.convert import isolates

THEME = (str(ROOT / "overrides"),)
PUNJABI = ("---\ndate: 2025-01-15\n---\n\n# رازداری پالیسی\n\n## 1. اسیں کون ہاں\n\n"
           "مثال کمپنی بکنگ سروس چلاندی اے۔ اسیں تہاڈا ڈیٹا 30 توں 90 دن تک رکھدے ہاں۔\n\n"
           "## 2. تہاڈے حق\n\nتسیں سانوں +92 42 123 4567 تے فون کر سکدے او۔\n")


def test_the_checks_and_the_page_agree_on_every_language_cldr_knows():
    disagree = {code for code in (name.replace("_", "-") for name in localedata.locale_identifiers())
                if characters.right_to_left(code) != (strings.direction(code) == "rtl")}
    assert not disagree, sorted(disagree)[:20]


@pytest.mark.parametrize(("lang", "rtl"), [("pa-Arab", True), ("ks", True), ("syr", True), ("nqo", True),
                                           ("ff-Adlm", True), ("az-Arab-IR", True), ("ar", True), ("he", True),
                                           ("iw", True), ("ar-XX", True), ("pa", False), ("sd-Deva", False),
                                           ("ks-Deva", False), ("en", False), ("", False), ("not a code", False)])
def test_a_language_is_written_right_to_left_in_its_script(lang: str, rtl: bool):
    assert characters.right_to_left(lang) is rtl
    if lang.strip():
        assert strings.direction(lang) == ("rtl" if rtl else "ltr")


def _bidi(text: str, lang: str) -> list[str]:
    policy = document.parse(text, path=f"docs/{lang}/index.md", lang=lang)
    return [f"{f.line}: {f.message}" for f in editorial.check(policy, brand="Example Ltd")
            if f.rule.startswith(editorial.RULE_BIDI)]


def test_a_punjabi_text_in_arabic_letters_is_checked_as_urdu_is():
    """Its numbers after its words are not refused as reordered; its phone number, shown backwards, is said."""
    for lang in ("pa-Arab", "ur"):
        found = _bidi(PUNJABI, lang)
        assert len(found) == 1 and found[0].startswith("13: ") and "4567 123 42 92+" in found[0], (lang, found)
    assert isolates.isolated(PUNJABI, "pa-Arab")[1] == [13]  # what `policy import` sets apart


def test_the_output_check_reads_a_punjabi_page_as_right_to_left():
    """A right-to-left mark in a page written right to left is what such a text needs: not refused on a `pa-Arab`
    page, as on an Urdu one; on a page in Punjabi's Gurmukhi (`pa`), written left to right, it is."""
    def said(lang: str) -> list[str]:
        html = (f'<!doctype html><html lang="{lang}"><head><meta http-equiv="Content-Security-Policy" '
                "content=\"default-src 'none'\"><title>x</title></head><body>"
                '<article class="md-content__inner md-typeset"><h1 id="x">رازداری</h1>'
                "<p>Fax: 042 \u200f123 4567</p></article></body></html>")
        return [v.message for v in safety.check_page(html, file=f"{lang}/2025-01-15/index.html", theme_dirs=THEME)]

    assert said("ur") == [] and said("pa-Arab") == []
    assert said("pa") and "U+200F" in said("pa")[0]
