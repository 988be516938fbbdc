"""company5: a text in a script the print's fonts lack (Chinese, Japanese, Korean, Thai…) has no PDF, and the error
names its language, its script, a family that draws it and how to give the font's files (extra.policy.pdf_fonts)."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import document, glyphs, messages, pdf, scriptfonts


@pytest.mark.parametrize(("text", "lang", "script", "font"), [
    ("「個人情報」", "ja", "Hani", "IPAGothic"),
    ("お客様", "ja-JP", "Hira", "IPAGothic"),
    ("個人", "zh-TW", "Hani", "Noto Sans CJK TC"),  # Traditional characters: Taiwan's shapes
    ("个人", "zh", "Hani", "Noto Sans CJK SC"),
    ("개인정보", "ko", "Hang", "Noto Sans CJK KR"),
    ("カタカナ", "en", "Kana", "IPAGothic"),  # a Japanese word in another language's text
    ("นโยบาย", "th", "Thai", "TLWG Loma"),  # Noto Sans Thai's text layer reads its words wrongly
    ("ગોપનીયતા", "gu", "Gujr", "Noto Sans Gujarati"),
])
def test_the_font_named_is_one_that_draws_the_script_for_the_language(text, lang, script, font):
    assert scriptfonts.script_of(text) == script
    assert scriptfonts.suggested(script, lang) == font


def test_a_japanese_text_without_its_font_names_japanese_and_how_to_give_it():
    source = "---\ndate: 2024-03-01\n---\n\n# プライバシー\n\n## 1. データ\n\nお客様のデータ。\n"
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    with pytest.raises(pdf.PdfUnavailable) as refused:
        pdf.render_pdf(source.encode(), env=env, lang="ja", version="2024-03-01", url="https://example.test/")
    said = messages.said_in(messages.text_of(refused.value), "en")
    assert said.startswith("ja/2024-03-01: no PDF: no font of the Japanese PDF draws Katakana letters (プ")
    assert "such as IPAGothic" in said and "`extra.policy.pdf_fonts: [fonts]`" in said
    assert "TypstError" not in said  # the engine's own words are no help to the legal team
    french = messages.said_in(messages.text_of(refused.value), "fr")
    assert french.startswith("ja/2024-03-01\u00a0: pas de PDF\u00a0: aucune police du PDF en japonais ne dessine les "
                             "lettres ")


def test_policy_check_names_the_family_for_the_language_beforehand():
    """`policy check` says the PDF would not be printed (pdf.glyph/letters) and, now, which family to give."""
    text = "---\ndate: 2024-03-01\n---\n\n# 개인정보\n\n## 1. 데이터\n\n데이터를 처리합니다.\n"
    (letters,) = [f for f in glyphs.check(document.parse(text, path="docs/ko/index.md", lang="ko"), text)
                  if f.key == "pdf.glyph/letters"]
    assert "no font of the Korean PDF draws these Hangul letters" in letters.message
    assert "add a font that has them (such as Noto Sans CJK KR) in a folder named as the PDFs' fonts folder " \
        "(`extra.policy.pdf_fonts`)" \
        in letters.message
    assert "(comme Noto Sans CJK KR) dans un dossier indiqué comme dossier des polices des PDF " \
        "(`extra.policy.pdf_fonts`)" in letters.said("fr")
