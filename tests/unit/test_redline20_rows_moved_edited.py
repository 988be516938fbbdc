"""A table's row moved within its table and edited on the way (redline20, session 49's leftover): one row moved, said
once, by the row where it is now, its cells from where it was with only the edit marked (model.BlockChange.moved_cells,
shown_cells), in the text, Markdown, HTML, PDF and JSON redlines and the compare page's engine; in Word a move, the edit
a deletion and an insertion inside it. It was a row deleted and an unrelated row inserted, nothing saying it moved. A
row moved whole shows its words unmarked where it is now, as a paragraph moved does (and as Word shows it: moved)."""
from __future__ import annotations

import io
import itertools
import re

import docx
import pytest
from docx.oxml.ns import qn

from helpers import ROOT, synthetic_policy
from integration.test_redline_parity import _check
from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline14_word import read, reading
from unit.test_redline15_word import clashing_ids, out_of_order

TABLE = ("## 1. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs of the web servers | one full year |\n"
         "| Invoices and receipts | ten years |\n| Cookies | 13 months |\n\n## 2. End\n\nThank you.\n")
# the invoices moved up, kept eleven years now
EDITED = TABLE.replace("| Logs of the web servers | one full year |\n| Invoices and receipts | ten years |\n",
                       "| Invoices and receipts | eleven years |\n| Logs of the web servers | one full year |\n")
# the cookies moved first, kept 6 months: few words, the same name (its first cell)
COOKIES = TABLE.replace("| Cookies | 13 months |\n", "").replace(
    "| Logs of the web servers |", "| Cookies | 6 months |\n| Logs of the web servers |")
# the invoices moved up, its words retyped alone (a typographic apostrophe): a row moved, its mark revised in Word
RETYPED = TABLE.replace("| Invoices and receipts |", "| Invoices and the client's receipts |").replace(
    "| Logs of the web servers | one full year |\n| Invoices and the client's receipts | ten years |\n",
    "| Invoices and the client’s receipts | ten years |\n| Logs of the web servers | one full year |\n")
MOVED_UP = "Row “Invoices and receipts” moved up in this table."


def diff(old: str, new: str, lang: str = "en") -> redline.Redline:
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


def moved(r: redline.Redline) -> list[tuple[str, str, bool, list[list[tuple[str, str]]]]]:
    """Each row moved: its kind, its side, whether up, and the cells the pages show of it (shown_cells)."""
    return [(b.kind, b.moved, b.moved_up, [[(tag, text.strip()) for tag, text in cell if text.strip()]
                                           for cell in b.shown_cells])
            for s in r.sections for b in s.blocks if b.table and b.moved]


def test_a_row_moved_and_edited_is_one_row_moved_its_edit_marked():
    assert moved(diff(TABLE, EDITED)) == [
        ("added", "from", True, [[("equal", "Invoices and receipts")],
                                 [("insert", "eleven"), ("equal", "years")]]),  # ("ten" struck where it was: redline21)
        ("removed", "to", True, [[("delete", "Invoices and receipts")], [("delete", "ten years")]])]
    # a short row, its name the same, half its words another
    assert [m[:3] for m in moved(diff(TABLE, COOKIES))] == [("added", "from", True), ("removed", "to", True)]
    assert moved(diff(TABLE, COOKIES))[0][3] == [[("equal", "Cookies")], [("insert", "6"), ("equal", "months")]]


def test_a_row_moved_whole_shows_unmarked_where_it_is_now():
    swapped = TABLE.replace("| Logs of the web servers | one full year |\n| Invoices and receipts | ten years |\n",
                            "| Invoices and receipts | ten years |\n| Logs of the web servers | one full year |\n")
    (came, _), = [(m, n) for m, n in itertools.pairwise(moved(diff(TABLE, swapped)))]
    assert came[3] == [[("equal", "Invoices and receipts")], [("equal", "ten years")]]


def _env():
    from jinja2 import Environment, FileSystemLoader

    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def _row_classes(html: str) -> list[str]:
    return [classes or "" for classes in re.findall(r'<tr(?: class="([^"]*)")?>', html)]


def _html(r: redline.Redline) -> str:
    html = redline.render_html(r, env=_env(), lang="en")
    html = re.sub(r'<span class="redline-sr"[^>]*>[^<]*</span>', "", html)
    html = re.sub(r"<del[^>]*>(.*?)</del>", r"[-\1-]", html, flags=re.S)
    html = re.sub(r"<ins[^>]*>(.*?)</ins>", r"{+\1+}", html, flags=re.S)
    return " ".join(re.sub(r"<[^>]+>", " ", html).split())


def test_every_format_says_the_row_moved_once_and_marks_only_its_edit():
    r = diff(TABLE, EDITED)
    text = redline.render_text(r, color=False)
    # (the words deleted on the way struck where it was only, as Word's move deletes them: redline21)
    assert "Invoices and receipts | {+eleven+} years" in text and text.count(MOVED_UP) == 1
    assert "[-Invoices and receipts | ten years-]" in text
    markdown = redline.render_markdown(r)
    assert "| Invoices and receipts | <ins>eleven</ins> years |" in markdown
    assert markdown.count(MOVED_UP) == 1
    assert _row_classes(redline.render_html(r, env=_env(), lang="en")) == [
        "", "redline-row-added redline-row-moved", "", "redline-row-removed redline-row-moved", ""]  # its bar dashed
    html = _html(r)
    assert "Invoices and receipts {+eleven+} years" in html and html.count(MOVED_UP) == 1
    assert "{+Invoices and receipts+}" not in html
    pdf = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang="en")).split())
    assert "Invoices and receipts[+eleven] years" in pdf.replace("receipts [", "receipts[")
    assert "[+Invoices and receipts]" not in pdf and pdf.count(MOVED_UP) == 1
    data = redline.to_json(r)
    (came,) = [b for s in data["sections"] for b in s["blocks"] if b.get("moved") == "from"]
    assert came["moved_cells"][1] == [["delete", "ten "], ["insert", "eleven "], ["equal", "years"]]


@pytest.mark.parametrize("new", [EDITED, COOKIES, RETYPED])
def test_the_word_redline_moves_the_row_its_edit_revised_inside(new):
    old, version = policy(RETYPED.replace("client’s", "client's").replace(  # (the table before, in its order)
        "| Invoices and the client's receipts | ten years |\n| Logs of the web servers | one full year |\n",
        "| Logs of the web servers | one full year |\n| Invoices and the client's receipts | ten years |\n")
        if new is RETYPED else TABLE), policy(new, date="2030-02-01")
    data = render_docx(redline.diff(old, version), author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    (table,) = body.iter(qn("w:tbl"))
    rows = {mark: row for row in table.iter(qn("w:tr")) for mark in ("w:ins", "w:del")
            if row.find(f"{qn('w:trPr')}/{qn(mark)}") is not None}
    name = {id(EDITED): "Invoices and receipts", id(COOKIES): "Cookies", id(RETYPED): "Invoices and the client"}[id(new)]
    for mark, side in (("w:del", "moveFrom"), ("w:ins", "moveTo")):
        moves = rows[mark].findall(f".//{qn(f'w:{side}')}")
        assert "".join(t.text for m in moves for t in m.iter(qn("w:t"))).startswith(name)  # its name moved
        assert all(m.get(qn("w:author")) == "Acme" for m in moves)
    # the edit alone deleted and inserted
    deleted, inserted = {id(EDITED): ("ten", "eleven"), id(COOKIES): ("13", "6"), id(RETYPED): ("'", "’")}[id(new)]
    assert "".join(t.text for t in rows["w:del"].iter(qn("w:delText"))).strip() == deleted
    assert "".join(t.text for ins in rows["w:ins"].iter(qn("w:ins")) for t in ins.iter(qn("w:t"))).strip() == inserted
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for each, accept in ((version, True), (old, False)):
        assert read(data, accept=accept) == reading(each)


def moved_in_word(r: redline.Redline) -> tuple[bytes, object, dict[str, str]]:
    """A redline of one block or row moved: its Word redline, that document's body, and the words of each side of
    the move (w:moveFrom, w:moveTo)."""
    assert sorted(b.moved for s in r.sections for b in s.blocks if b.moved) == ["from", "to"]
    data = render_docx(r, author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    return data, body, {side: "".join(t.text for m in body.iter(qn(f"w:{side}"))
                                      for t in m.iter(qn("w:t"), qn("w:delText"))) for side in ("moveFrom", "moveTo")}


def test_the_compare_pages_engine_moves_them_alike():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (TABLE, EDITED, COOKIES)]
    _check(list(itertools.permutations(texts, 2)))


@pytest.mark.parametrize("added", [True, False])
def test_a_row_moved_and_edited_while_a_column_is_added_or_removed_is_a_move_in_word(added):
    from unit.test_redline17_rows import TABLE as NARROW, WIDER

    wider = WIDER.replace("| ten years |", "| eleven years |")
    before, after = (NARROW, wider) if added else (wider, NARROW)
    old, version = policy(before), policy(after, date="2030-02-01")
    r = redline.diff(old, version)
    data, body, moved = moved_in_word(r)
    (name,) = {(b.new or b.old).cells[0] for s in r.sections for b in s.blocks if b.moved}  # type: ignore[union-attr]
    assert moved["moveFrom"].startswith(name) and moved["moveTo"].startswith(name), moved
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for each, accept in ((version, True), (old, False)):
        assert read(data, accept=accept) == reading(each)
