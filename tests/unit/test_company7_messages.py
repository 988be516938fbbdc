"""company7: what a company in other languages (German with Arabic and Japanese) read in English and French that was
wrong: two translations that start with a later version "does not exist" (one verb for both), and letters of Japanese
kana written by both syllabaries (ー, the long sound mark) named "Japanese syllabaries letters", CLDR's name of the
script pair taken as an adjective."""
from __future__ import annotations

from policysite import document, glyphs, messages
from policysite.messages import Said


def test_a_version_published_without_two_translations_says_they_do_not_exist():
    def said(missing: list[str], lang: str) -> str:
        return messages.said_in(Said("publish.partial", version="2022-03-01", languages="de",
                                     missing=", ".join(missing), count=len(missing), commit="1bd6922"), lang)

    assert said(["docs/ar/index.md", "docs/ja/index.md"], "en") == (
        "2022-03-01: published in German only: docs/ar/index.md, docs/ja/index.md do not exist at 1bd6922 (translations "
        "that start with a later version)")
    assert said(["docs/ar/index.md"], "en") == ("2022-03-01: published in German only: docs/ar/index.md does not exist at "
                                                "1bd6922 (a translation that starts with a later version)")
    assert said(["docs/ar/index.md", "docs/ja/index.md"], "fr") == (
        "2022-03-01\u00a0: publiée en allemand seulement\u00a0: docs/ar/index.md, docs/ja/index.md n'existent pas au commit "
        "1bd6922 (des traductions qui commencent avec une version ultérieure)")


def test_the_japanese_long_sound_mark_is_named_as_kana_letters():
    text = "---\ndate: 2024-06-15\n---\n\n# ー\n\nー\n"
    found = [f for f in glyphs.check(document.parse(text, path="docs/ja/index.md", lang="ja"), text)
             if f.key == "pdf.glyph/letters" and "ー" in f.message]
    assert found, [f.message for f in glyphs.check(document.parse(text, path="docs/ja/index.md", lang="ja"), text)]
    assert "no font of the Japanese PDF draws these Japanese (kana) letters" in found[0].message
    assert "ces lettres japonaises (kana)" in found[0].said("fr")


def test_a_redline_pdf_not_printed_for_its_script_is_said_in_french_too():
    said = Said("diff.pdf-failed/script", lang="ja", script="Hani", named="年", font="Noto Sans CJK JP", file="",
                none="")
    assert messages.said_in(said, "fr") == (
        "le PDF du comparatif n'a pas pu être imprimé\u00a0: aucune police du PDF en japonais ne dessine les lettres "
        "chinoises ou japonaises (han) (年). Ajoutez les fichiers de police (.otf, .ttf ou .ttc) d'une famille qui les "
        "dessine, comme Noto Sans CJK JP, dans un dossier du projet (fonts/) et indiquez-le dans mkdocs.yml, "
        "`extra.policy.pdf_fonts: [fonts]`")


def test_a_japanese_or_korean_pages_english_copyright_line_is_marked_english():
    """The Japanese and Korean catalogues write the footer's copyright line in English ("All rights reserved."), as
    those sites do: on a page in Japanese it was read as Japanese (WCAG 3.1.2). A line the team wrote stays as it is;
    a German one is German."""
    from policysite import pages

    footer = '<div class="md-copyright__highlight">\nCopyright © Brotwerk GmbH. All rights reserved.\n</div>'
    for lang in ("ja", "ko"):
        assert pages.marked_site_titles(footer, lang=lang, titles={}) == footer.replace(
            'highlight">', 'highlight" lang="en">')
    own = '<div class="md-copyright__highlight">\n© Brotwerk GmbH 無断転載を禁じます\n</div>'
    assert pages.marked_site_titles(own, lang="ja", titles={}) == own
    german = '<div class="md-copyright__highlight">\nCopyright © Brotwerk GmbH. Alle Rechte vorbehalten.\n</div>'
    assert pages.marked_site_titles(german, lang="de", titles={}) == german
