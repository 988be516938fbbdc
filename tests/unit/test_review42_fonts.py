"""review42: the family a PDF's missing letters are said to need is one that exists: Latin, Greek and Cyrillic letters
are Noto Sans's own (there is no "Noto Sans Latin"), other scripts keep their Noto Sans family."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import document, glyphs, messages, pdf, scriptfonts


def test_latin_greek_and_cyrillic_letters_name_noto_sans_itself():
    assert [scriptfonts.suggested(script, "fr") for script in ("Latn", "Grek", "Cyrl")] == ["Noto Sans"] * 3
    assert scriptfonts.suggested("Ethi", "am") == "Noto Sans Ethiopic"
    assert scriptfonts.suggested("Hang", "ko") == "Noto Sans CJK KR"


def test_policy_check_names_an_existing_family_for_latin_letters_no_font_draws():
    raw = "---\ndate: 2030-01-15\n---\n\n# Politique\n\nLa lettre ꞔ et la lettre ꞕ.\n"
    policy = document.parse(raw, path="docs/fr/index.md", lang="fr")
    (finding,) = [f for f in glyphs.check(policy, raw) if f.key == "pdf.glyph/letters"]
    french = finding.in_language("fr").message
    assert "lettres latines" in french and "(comme Noto Sans)" in french, french


def test_a_traditional_chinese_text_without_its_font_names_the_traditional_family():
    """pdf.source's data names zh-Hant as `zh` (Typst takes a region of two letters only): the error named Noto Sans
    CJK SC, whose shapes are Simplified Chinese's, for a text in Traditional characters."""
    source = "---\ndate: 2024-03-01\n---\n\n# 隱私權政策\n\n## 1. 資料\n\n我們處理您的資料。\n"
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    with pytest.raises(pdf.PdfUnavailable) as refused:
        pdf.render_pdf(source.encode(), env=env, lang="zh-Hant", version="2024-03-01", url="https://example.test/")
    said = messages.said_in(messages.text_of(refused.value), "en")
    assert said.startswith("zh-Hant/2024-03-01: no PDF: no font of the ") and "such as Noto Sans CJK TC" in said, said


def test_the_japanese_prolonged_sound_mark_is_said_as_kana_with_the_japanese_family():
    """ー (U+30FC), common to katakana and hiragana (its script Common), was grouped as "Katakana-Hiragana" letters, a
    name no catalogue translates, and no family was named for it."""
    raw = "---\ndate: 2030-01-15\n---\n\n# Privacy\n\nThe word ー alone.\n"
    policy = document.parse(raw, path="docs/en/index.md", lang="en")
    (finding,) = [f for f in glyphs.check(policy, raw) if f.key == "pdf.glyph/letters"]
    french = finding.in_language("fr").message
    # (company7: "lettres japonaises (kana)", as its English is "Japanese (kana) letters", not "Japanese syllabaries")
    assert "ー (U+30FC)" in french and "ces lettres japonaises (kana)" in french, french
    assert "(comme IPAGothic)" in french, french
