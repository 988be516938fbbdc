"""Adopt46: a PDF setting its text in two columns side by side, saved as a web page line by line (session 52)."""
from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import messages
from policysite.convert.printed_columns import halves
from tests.helpers import converted_file

FRENCH = ["1. Qui sommes-nous", "Nous sommes la société Exemple, responsable du", "traitement de vos données dans le cadre de nos",
          "services en ligne et de notre boutique.", "2. Vos droits", "Vous pouvez demander l'accès à vos données, leur",
          "rectification ou leur effacement en nous écrivant", "à l'adresse indiquée ci-dessous, à tout moment."]
ENGLISH = ["1. Who we are", "We are the Example company, the controller of", "your personal data in the course of our online",
           "services and of our shop.", "2. Your rights", "You may ask for access to your data, for its",
           "correction or for its erasure by writing to us", "at the address given below, at any time."]

TITLE = "Politique de confidentialité / Privacy Policy"


def _page(left: list[str], right: list[str], *, title: str = "") -> str:
    """A pdftohtml page whose lines stand in two columns, at 60px and 480px, each pair at one height, under `title`
    across both."""
    out = ['<html><head><meta name="generator" content="pdftohtml 0.86.1"/></head><body>',
           '<div id="page1-div" style="position:relative;width:918px;height:1188px;">']
    if title:
        out.append(f'<p style="position:absolute;top:50px;left:300px;white-space:nowrap" class="ft00"><b>{title}</b></p>')
    for row, (one, other) in enumerate(zip(left, right)):
        for edge, words in ((60, one), (480, other)):
            font = "ft01" if words[:2] in ("1.", "2.") else "ft02"
            out.append(f'<p style="position:absolute;top:{100 + 18 * row}px;left:{edge}px;white-space:nowrap" '
                       f'class="{font}">{words}</p>')
    return "\n".join(out) + "</div></body></html>"


@pytest.mark.parametrize(("lang", "kept", "gone"), [("fr", FRENCH, ENGLISH), ("en", ENGLISH, FRENCH)])
def test_a_pdf_in_two_languages_side_by_side_reads_the_column_in_the_language_imported(
        tmp_path: Path, lang: str, kept: list[str], gone: list[str]):
    """Each French line beside its English one was read as a row of a two-column table ("| Nous sommes … | We are
    … |"), a table the PDF did not have. The column in the language imported is read as its lines, the other left
    out, said."""
    converted = converted_file(tmp_path, "privacy-2023-01-01.html", _page(FRENCH, ENGLISH, title=TITLE), lang=lang)
    assert "|" not in converted.markdown and "<table" not in converted.markdown, converted.markdown
    assert " ".join(kept[1:4]) in converted.markdown, converted.markdown
    assert "Politique de confidentialité" in converted.markdown.split("\n")[0], converted.markdown  # (above both)
    assert not any(line in converted.markdown for line in gone), converted.markdown
    side = "left" if lang == "fr" else "right"
    english = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("the PDF's pages set the text in two languages side by side, in two columns (16 lines")
               and f"read the {side} column" in note for note in english), english
    french = [messages.said_in(note, "fr") for note in converted.notes]
    assert any(note.startswith("les pages du PDF disposent le texte en deux langues") for note in french), french


def test_a_pdf_in_one_language_in_two_columns_reads_the_left_column_then_the_right(tmp_path: Path):
    """One text running on from the left column to the right: each column its own run of lines, in reading order, a
    sentence running on from one column to the next whole."""
    running = [*ENGLISH[:3], "services and of our shop, and we answer every", "request you send us within a"]
    right = ["month of receiving it, free of charge.", *ENGLISH[4:8]]
    converted = converted_file(tmp_path, "privacy-2023-01-01.html", _page(running, right), lang="en")
    assert "request you send us within a month of receiving it, free of charge.\n" in converted.markdown, \
        converted.markdown  # (a sentence running on from the left column's foot to the right's head)
    assert "|" not in converted.markdown, converted.markdown
    assert converted.markdown.index("controller of your personal data") < converted.markdown.index(
        "You may ask for access to your data, for its correction"), converted.markdown
    assert any(note.startswith("the PDF's pages set 10 lines in two columns side by side") for note in converted.notes), \
        converted.notes


def test_a_printed_table_of_short_cells_is_no_pair_of_columns():
    """A cookie table's columns (`_ga` beside `2 years`) are short cells: a table, not two columns of prose; two
    columns of prose are."""
    cells = LexborHTMLParser("".join(f"<p>{words}</p>" for words in ("_ga", "2 years") * 6)).css("p")
    boxes = [(100.0 + 18 * (n // 2), 60.0 if n % 2 == 0 else 480.0, node) for n, node in enumerate(cells)]
    assert halves(boxes) is None
    prose = LexborHTMLParser("".join(f"<p>{a}</p><p>{b}</p>" for a, b in zip(FRENCH, ENGLISH))).css("p")
    boxes = [(100.0 + 18 * (n // 2), 60.0 if n % 2 == 0 else 480.0, node) for n, node in enumerate(prose)]
    found = halves(boxes)
    assert found is not None and [box[2].text() for box in found[0]] == FRENCH, found
    assert [box[2].text() for box in found[1]] == ENGLISH and {box[1] for box in found[1]} == {60.0}, found
