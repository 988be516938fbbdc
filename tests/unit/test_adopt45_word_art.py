"""Adopt45: WordArt Word 2013 and later draws without warping its text (a WordArt style: a text box marked as made
from WordArt, or its letters outlined and filled) was read as a plain text box and said as one, or, beside Word's
older copy, not said at all: its words are kept and said as WordArt, once; a plain text box stays one."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite.convert import convert, word_art
from unit.test_adopt41_word import _paragraph, _run
from unit.test_convert import docx_with

_W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
# a run in a WordArt style's letters, as Word 2013 writes "Fill: Blue, Accent color 1; Outline"
_LETTERS = (f'<w:rPr {_W14}><w14:textOutline w14:w="9525"><w14:solidFill><w14:schemeClr w14:val="accent1"/>'
            '</w14:solidFill></w14:textOutline><w14:textFill><w14:solidFill><w14:schemeClr w14:val="bg1"/>'
            '</w14:solidFill></w14:textFill></w:rPr>')


def _box(words: str, *, body: str = "", letters: str = "", fallback: str = "") -> str:
    """A DrawingML text box (no warp) holding `words`, its body's attributes `body`, each run's properties `letters`,
    with Word's VML copy `fallback` or none."""
    drawing = ('<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
               '<wp:docPr id="3" name="Text Box 3"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006'
               '/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
               + "".join(f"<w:p><w:r>{letters}<w:t>{line}</w:t></w:r></w:p>" for line in words.split("|"))
               + f'</w:txbxContent></wps:txbx><wps:bodyPr wrap="none"{body}><a:spAutoFit/></wps:bodyPr></wps:wsp>'
               '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
    if not fallback:
        return drawing
    return ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice '
            f'Requires="wps">{drawing}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>')


def _vml_box(words: str) -> str:
    """Word's VML copy of a text box, for older programs: a text box, no text path."""
    return ('<w:pict xmlns:v="urn:schemas-microsoft-com:vml"><v:shape id="Text Box 3" type="#_x0000_t202"><v:textbox>'
            f'<w:txbxContent><w:p><w:r><w:t>{words}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>')


_ART_SAID = ("read the words of 1 WordArt shape (words Word draws as a picture, which the converter does not read) as "
             "paragraphs after the paragraph each is anchored in: “{}”; remove what is no text of the policy")


@pytest.mark.parametrize("shape", [
    _box("Your privacy|matters", body=' fromWordArt="1"'),
    _box("Your privacy|matters", letters=_LETTERS),
    _box("Your privacy|matters", letters=_LETTERS, fallback=_vml_box("Your privacy matters"))],
    ids=["marked from WordArt", "WordArt letters", "WordArt letters beside Word's copy"])
def test_unwarped_wordart_is_kept_and_said_as_wordart(tmp_path: Path, shape: str):
    body = _paragraph(_run("Acme Privacy Policy"), "Titre1") + _paragraph(_run("Text.") + f"<w:r>{shape}</w:r>") + \
        _paragraph(_run("More."))
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    assert "Text.\n\nYour privacy\n\nmatters\n\nMore.\n" in converted.markdown or \
        "Text.\n\nYour privacy matters\n\nMore.\n" in converted.markdown, converted.markdown
    assert _ART_SAID.format("Your privacy matters") in converted.notes, converted.notes
    assert not any("text box" in note for note in converted.notes), converted.notes


def test_a_text_box_is_still_one(tmp_path: Path):
    """A text box of plain letters, or one run alone outlined among others, is no WordArt: said as a text box."""
    mixed = _box("Call us").replace("<w:p><w:r>", f"<w:p><w:r>{_LETTERS}<w:t>Note: </w:t></w:r><w:r>", 1)
    for shape in (_box("A plain box"), mixed):
        assert not word_art.drawn_as_art(shape)
        body = _paragraph(_run("Acme Privacy Policy"), "Titre1") + _paragraph(_run("Text.") + f"<w:r>{shape}</w:r>")
        converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
        assert any(note.startswith("read the words of 1 text box drawn as shapes only") for note in converted.notes)
        assert not any("WordArt" in note for note in converted.notes), converted.notes
