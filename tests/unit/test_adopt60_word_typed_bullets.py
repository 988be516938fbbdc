"""Adopt60: a Word list whose bullets were typed by hand, paragraphs each starting with `•` and a tab (or a Symbol
font's bullet inserted as a symbol, an `o` under it, a dash), with no Word numbering, was imported as paragraphs
starting with "•": no list for a screen reader. Consecutive such paragraphs are now one list, nested by their
indentation, the bullets left to Markdown's "-", and said; a paragraph starting with a dash or an "o" in a sentence
stays a paragraph."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from policysite.convert.model import Converted

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_TAB = "<w:r><w:tab/></w:r>"
_SYMBOL_BULLET = '<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>'


def _run(words: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>'


def _paragraph(*runs: str, left: int = 0, style: str = "") -> str:
    properties = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
        f'<w:ind w:left="{left}" w:hanging="360"/>' if left else "")
    return f"<w:p {_NS}><w:pPr>{properties}</w:pPr>{''.join(runs)}</w:p>"


def _converted(tmp_path: Path, *paragraphs: str) -> Converted:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Privacy Policy", 1)
    for paragraph in paragraphs:
        document.element.body[-1].addprevious(parse_xml(paragraph))
    source = tmp_path / "privacy-2023-06-01.docx"
    document.save(str(source))
    return convert(source, lang="en")


def test_paragraphs_typed_with_a_bullet_and_a_tab_are_one_list_nested_by_their_indentation(tmp_path: Path):
    converted = _converted(
        tmp_path,
        _paragraph(_run("We collect:")),
        _paragraph(_run("•"), _TAB, _run("your name;"), left=720),
        _paragraph(_run("•\tyour e-mail address;"), left=720),
        _paragraph(_run("o"), _TAB, _run("at work or at home;"), left=1440),
        _paragraph(_SYMBOL_BULLET, _TAB, _run("your phone number."), left=720),
        _paragraph(_run("We keep them for a year.")))
    assert "We collect:\n\n- your name;\n- your e-mail address;\n    - at work or at home;\n- your phone number.\n\n" \
        "We keep them for a year." in converted.markdown, converted.markdown
    assert "•" not in converted.markdown
    said = [str(note) for note in converted.notes]
    assert any(note.startswith("4 paragraphs starting with a bullet typed by hand") for note in said), said


def test_a_dash_in_a_sentence_stays_a_paragraph_and_dashes_one_under_the_other_are_a_list(tmp_path: Path):
    converted = _converted(
        tmp_path,
        _paragraph(_run("- as the law allows, we keep nothing else.")),
        _paragraph(_run("We share them with:")),
        _paragraph(_run("- our host;")),
        _paragraph(_run("- our mailer.")),
        _paragraph(_run("•"), _TAB, _run("our bank.")),
        _paragraph(_run("o la tua email, o il tuo nome.")),
        _paragraph(_run("Section heading"), style="Heading2"))
    markdown = converted.markdown
    assert "\\- as the law allows, we keep nothing else.\n\nWe share them with:\n\n- our host;\n- our mailer.\n" \
        "- our bank.\n\no la tua email, o il tuo nome." in markdown, markdown


def test_a_heading_typed_with_a_bullet_stays_a_heading(tmp_path: Path):
    converted = _converted(tmp_path, _paragraph(_run("•"), _TAB, _run("Your rights"), style="Heading2"),
                           _paragraph(_run("You may ask.")))
    assert "## • Your rights\n\nYou may ask." in converted.markdown, converted.markdown


def test_a_list_typed_with_blank_lines_between_its_items_stays_nested(tmp_path: Path):
    blank = f"<w:p {_NS}/>"
    converted = _converted(
        tmp_path,
        _paragraph(_run("We collect:")),
        _paragraph(_run("▪"), _TAB, _run("your name;"), left=720), blank,
        _paragraph(_run("-\tyour first name;"), left=1440), blank,
        _paragraph(_run("-   your last name;"), left=1440), blank,
        _paragraph(_run("▪"), _TAB, _run("your address.")),
        _paragraph(_run("That is all.")))
    assert "- your name;\n    - your first name;\n    - your last name;\n- your address.\n\nThat is all." \
        in converted.markdown, converted.markdown
