"""The Word redline a DPO files, read as Word reads it: accepting every revision gives the new text, paragraph for
paragraph, headings and their numbers included, and rejecting them all the old one (hunt 8)."""
from __future__ import annotations

import io
import re

import docx
import pytest
from docx.oxml.ns import qn

from policysite import document, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline_docx import paragraph_text

BASE = "".join(f"## {k}. Topic {k}\n\nParagraph {k} about subject {k}, kept for {k} months.\n\n"
               f"- item {k} alpha\n- item {k} bravo\n\n" for k in range(1, 7))


def _shift(body: str, start: int, by: int) -> str:
    return re.sub(r"^## (\d+)\.", lambda m: f"## {int(m.group(1)) + (by if int(m.group(1)) >= start else 0)}.",
                  body, flags=re.M)


INSERTED = _shift(BASE, 3, 1).replace("## 4. Topic 3", "## 3. New topic\n\nA new section about cookies.\n\n"
                                                     "## 4. Topic 3")
DELETED = _shift(re.sub(r"## 2\. Topic 2.*?(?=## 3\.)", "", BASE, flags=re.S), 3, -1)
EDITS = {
    "section inserted, the others renumbered": INSERTED,
    "section deleted, the others renumbered": DELETED,
    "words, a date, a title and an item": BASE.replace("kept for 4 months", "kept for 5 months")
    .replace("## 5. Topic 5", "## 5. Topic five").replace("- item 6 bravo\n", "- item 6 bravo\n- item 6 charlie\n")
    .replace("subject 1,", "subject 1 since 05/12/2026,"),
    "renumbered and edited": INSERTED.replace("Paragraph 5 about", "Paragraph 5, rewritten, about"),
    # §2 moved to the end, the others' numbers following the new order; and §5 moved first, edited
    "section moved": _shift(re.sub(r"## 2\. Topic 2.*?(?=## 3\.)", "", BASE, flags=re.S), 3, -1)
    + re.search(r"## 2\. Topic 2.*?(?=## 3\.)", BASE, flags=re.S).group().replace("## 2.", "## 6."),
    "section moved and edited": re.search(r"## 5\. Topic 5.*?(?=## 6\.)", BASE, flags=re.S).group()
    .replace("## 5.", "## 1.").replace("item 5 bravo", "item 5 charlie")
    + _shift(re.sub(r"## 5\. Topic 5.*?(?=## 6\.)", "", BASE, flags=re.S), 1, 1).replace("## 7.", "## 6."),
}


def text_of(data: bytes, *, accept: bool) -> list[str]:
    """The document's text from the policy's title on, as Word leaves it once every revision is accepted (or
    rejected): a paragraph whose mark is a revision joins the next one, as in Word (a paragraph deleted or inserted
    whole leaves no words there); the redline's status lines (italic) left out."""
    gone = (qn("w:del"), qn("w:moveFrom")) if accept else (qn("w:ins"), qn("w:moveTo"))  # (a move's two sides)
    out: list[str] = []
    joining = ""
    started = False
    for p in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p")):
        style = p.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        started = started or (style is not None and style.get(qn("w:val")) == "Heading1")
        if not started or p.find(f".//{qn('w:rPr')}/{qn('w:i')}") is not None:
            continue
        if any(p.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{mark}") is not None for mark in gone):
            joining += paragraph_text(p, accept=accept)
            continue
        out.append(" ".join((joining + paragraph_text(p, accept=accept)).split()))
        joining = ""
    return out


def reading(version: document.Policy) -> list[str]:
    """A version as the Word redline writes it: its title, each heading with its number, each block."""
    out = [version.shown_title]
    for section in version.sections:
        out.append(document.named(section.number, section.title, section.mark))
        for block in section.blocks:
            lead = "" if block.kind != "item" else f"{block.number}. " if block.number else "• "
            out.append(" ".join((lead + block.page_text).split()))
    return out


@pytest.mark.parametrize("name", EDITS)
def test_accepting_every_revision_gives_the_new_text_and_rejecting_them_the_old_headings_included(name):
    """A renumbered section's heading was plain "§3 → §4 Topic 3": accepting every revision left the arrow and the
    old number in the new text, rejecting them the new number in the old. Its number is now a revision."""
    old, new = policy(BASE), policy(EDITS[name], date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    assert text_of(data, accept=True) == reading(new)
    assert text_of(data, accept=False) == reading(old)


def test_a_renumbered_sections_number_is_one_revision_by_the_author_dated_the_new_version():
    data = render_docx(redline.diff(policy(BASE), policy(INSERTED, date="2030-02-01")), author="Acme")
    body = docx.Document(io.BytesIO(data)).element.body
    heading = next(p for p in body.iter(qn("w:p")) if paragraph_text(p, accept=True) == "§4 Topic 3")
    (deleted,), (inserted,) = heading.findall(qn("w:del")), heading.findall(qn("w:ins"))
    assert (paragraph_text(deleted, accept=False), paragraph_text(inserted, accept=True)) == ("§3", "§4")
    assert {(r.get(qn("w:author")), r.get(qn("w:date"))) for r in (deleted, inserted)} == \
        {("Acme", "2030-02-01T00:00:00Z")}


@pytest.mark.parametrize(("old", "new"), [
    ("subject 1, kept", "subject 1 since 05/12/2026, kept"),
    ("Paragraph 5 about it", "Paragraph 5, rewritten, about it"),
    ("in Germany.", "in Germany and the Netherlands."),
    ("one, two and three", "one and three"),
    ("A cell", "A new cell  here"),
])
def test_the_space_around_a_change_is_where_both_texts_read_it(old, new):
    from policysite.redline.docx import both_ways

    ops = both_ways(old, redline.word_ops(old, new))
    assert "".join(text for tag, text in ops if tag != "delete") == new
    assert "".join(text for tag, text in ops if tag != "insert") == old
    assert all(text.strip() for tag, text in ops if tag != "equal")  # no revision of spaces alone


def test_a_line_break_of_the_markdown_is_the_space_around_a_change_not_a_revision():
    from policysite.redline.docx import both_ways

    ops = both_ways("Paragraph 5\nabout it", redline.word_ops("Paragraph 5\nabout it", "Paragraph 5, rewritten, about it"))
    assert [op for op in ops if op[0] != "equal"] == [("insert", ", rewritten,")]
