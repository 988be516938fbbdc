"""company7: the family named for letters no font of the PDF draws is one that exists. A script the tables do not know
(Tibetan: Noto Serif Tibetan only, no "Noto Sans Tibetan") was given a family made of its name; now it is the family a
font installed on this machine says it is (fontconfig), with its file, else the message says that none is installed."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from fontTools.fontBuilder import FontBuilder
from fontTools.pens.ttGlyphPen import TTGlyphPen
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import document, glyphs, messages, pdf, scriptfonts

TIBETAN = "---\ndate: 2024-03-01\n---\n\n# ཀཁ\n\n## 1. ཀ\n\nཀཁ ཀ\n"
BLOCK = "".join(map(chr, range(0x0F00, 0x0FDB)))  # (the site's own words in Tibetan hold other letters)


def _font(folder: Path, family: str, chars: str) -> Path:
    """A font file whose name table says `family`, drawing `chars` (a square each)."""
    pen = TTGlyphPen(None)
    for point in ((0, 0), (0, 500), (500, 500)):
        (pen.moveTo if point == (0, 0) else pen.lineTo)(point)
    pen.lineTo((500, 0))
    pen.closePath()
    names = [".notdef", *(f"g{ord(c):x}" for c in chars)]
    builder = FontBuilder(1000, isTTF=True)
    builder.setupGlyphOrder(names)
    builder.setupCharacterMap({ord(c): f"g{ord(c):x}" for c in chars})
    builder.setupGlyf(dict.fromkeys(names, pen.glyph()))
    builder.setupHorizontalMetrics(dict.fromkeys(names, (600, 0)))
    builder.setupHorizontalHeader(ascent=800, descent=-200)
    builder.setupNameTable({"familyName": family, "styleName": "Regular"})
    builder.setupOS2()
    builder.setupPost()
    path = folder / (family.replace(" ", "") + "-Regular.ttf")
    builder.save(str(path))
    return path


@pytest.fixture
def installed(tmp_path, monkeypatch):
    """This machine's fonts as fontconfig lists them: only those of a folder of the test's."""
    if shutil.which("fc-list") is None:
        pytest.skip("fontconfig's fc-list is not installed (apt-get install fontconfig)")
    folder = tmp_path / "fonts"
    folder.mkdir()
    conf = tmp_path / "fonts.conf"
    conf.write_text(f'<?xml version="1.0"?>\n<fontconfig><dir>{folder}</dir><cachedir>{tmp_path / "cache"}</cachedir>'
                    "</fontconfig>\n", encoding="utf-8")
    monkeypatch.setenv("FONTCONFIG_FILE", str(conf))
    scriptfonts.installed_cache_clear()
    yield folder
    scriptfonts.installed_cache_clear()


def _letters(text: str, lang: str) -> glyphs.Finding:
    (found,) = [f for f in glyphs.check(document.parse(text, path=f"docs/{lang}/index.md", lang=lang), text)
                if f.key == "pdf.glyph/letters" and "Tibetan letters" in f.message]
    return found


def test_a_script_no_table_knows_and_no_installed_font_draws_names_no_made_up_family(installed):
    assert scriptfonts.script_of("ཀ") == "Tibt"
    assert scriptfonts.suggested("Tibt", "bo", "ཀཁ") == ""
    found = _letters(TIBETAN, "bo")
    assert "Noto Sans Tibetan" not in found.message and "such as" not in found.message
    assert "no font of the Tibetan PDF draws these Tibetan letters" in found.message
    assert "add a font that has them (no font installed on this machine draws them either) in a folder named as the PDFs' " \
           "fonts folder (`extra.policy.pdf_fonts`)" in found.message
    assert "(aucune police installée sur cette machine ne les dessine non plus) dans un dossier" in found.said("fr")


def test_the_family_named_is_the_one_the_installed_font_says_it_is_with_its_file(installed):
    made = _font(installed, "Noto Serif Tibetan", BLOCK)
    _font(installed, "Other Latin", "ab")  # (a font that has no Tibetan letter is not named)
    assert scriptfonts.installed("ཀཁ") == ("Noto Serif Tibetan", str(made))
    assert scriptfonts.installed("ཀཁ\u0fff") is None  # (every letter named, drawn)
    found = _letters(TIBETAN, "bo")
    assert f"add a font that has them (such as Noto Serif Tibetan), whose file this machine has ({made}), in a " \
           "folder named as the PDFs' fonts folder (`extra.policy.pdf_fonts`)" in found.message
    assert f"(comme Noto Serif Tibetan), dont cette machine a le fichier ({made}), dans un dossier" in found.said("fr")


def test_a_pdf_not_printed_names_the_installed_family_or_that_none_is_installed(installed):
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)

    def refusal(lang: str) -> str:
        with pytest.raises(pdf.PdfUnavailable) as refused:
            pdf.render_pdf(TIBETAN.encode(), env=env, lang="bo", version="2024-03-01", url="https://example.test/")
        return messages.said_in(messages.text_of(refused.value), lang)

    said = refusal("en")
    assert "of a family that draws them (no font installed on this machine draws them either), to a folder of the " \
           "project (fonts/)" in said and "Noto Sans Tibetan" not in said
    made = _font(installed, "Noto Serif Tibetan", BLOCK)
    scriptfonts.installed_cache_clear()
    assert f"of a family that draws them, such as Noto Serif Tibetan, whose file this machine has ({made}), to a " \
           "folder of the project (fonts/)" in refusal("en")
    assert f"d'une famille qui les dessine, comme Noto Serif Tibetan, dont cette machine a le fichier ({made}), " \
           "dans un dossier du projet (fonts/)" in refusal("fr")


def test_the_scripts_tried_keep_their_families_whatever_is_installed(installed):
    assert [scriptfonts.suggested(s, lang, "x") for s, lang in (("Gujr", "gu"), ("Ethi", "am"), ("Orya", "or"))] == \
        ["Noto Sans Gujarati", "Noto Sans Ethiopic", "Noto Sans Oriya"]


def test_init_says_beforehand_that_a_script_no_font_of_the_pdf_draws_has_no_pdf():
    """`policy init` named the PDF's missing fonts for the languages a table listed only: a Tibetan (or Tigrinya,
    Inuktitut) site was made without a word, and its first build published every version without its PDF. Now the
    print engine is asked, on a few letters of the language's script; Hebrew and Georgian, which it draws, get no
    note."""
    from policysite import init

    def notes(codes: str) -> dict[str, str]:
        made = [init.new_language(code, company="Lha Ltd", public_url="https://example.test/",
                                  themes=init.material_languages(), stemmers=init.search_stemmers(),
                                  dictionaries=init.spelling_dictionaries()) for code in codes.split(",")]
        return {said.fields["code"]: said for said in init.notes_for(made) if said.key == "init.note-pdf-font"}

    found = notes("bo,he,ka,ti")
    assert set(found) == {"bo", "ti"}
    assert found["bo"] == ("Tibetan (bo): the PDF's fonts (the print engine's own) have no Tibetan characters: each version is "
                           "published without its PDF until font files that have them are in a folder named as the PDFs' "
                           "fonts folder (`extra.policy.pdf_fonts`) (README.md, \"Publishing\"); add them before the first `make "
                           "build`: a version published without its PDF gets it only from `policy history --rebuild`")
    assert scriptfonts.letters("Geor") == "აბგ"  # (Mkhedruli, as Georgian is written, not the older capitals)
