"""A section moved: its heading in the Word redline marks the words the pages mark (redline23, session 51's leftover:
"one rule, the pages'"). The changes page and the PDF say "§2 → §3 Data" and mark nothing of an unchanged title, or
"Data [-kept-] {+we keep+}" of an edited one; Word deleted the heading whole where the section was and inserted it
whole where it is, its every word marked. It is a move now (docx.moved_headings), as the section's paragraphs are: the
title's kept words moved, its edits deleted where it was and inserted where it is, its number deleted and inserted;
its bookmark where it is (the summary's link lands on it). Accepting every revision gives the new text, rejecting them
the old, in English and in French; the gate lets it through."""
from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline14_word import read, reading
from unit.test_redline15_word import clashing_ids, out_of_order

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXTS = {"en": ("Intro", "Data kept", "Data we keep", "Rights", "We keep your invoices for ten years."),
         "fr": ("Introduction", "Données gardées", "Données que nous gardons", "Droits",
                "Nous gardons vos factures dix ans.")}


def _versions(lang: str, *, edited: bool):
    intro, title, retitled, rights, kept = TEXTS[lang]
    old = (f"## 1. {intro}\n\nHello there.\n\n## 2. {title}\n\n{kept}\n\n## 3. {rights}\n\nYou may ask.\n\n"
           "## 4. End\n\nThanks.\n")
    new = (f"## 1. {intro}\n\nHello there.\n\n## 2. {rights}\n\nYou may ask.\n\n"
           f"## 3. {retitled if edited else title}\n\n{kept}\n\n## 4. End\n\nThanks.\n")
    return policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang)


def _headings(data: bytes) -> dict[str, list[tuple[str, str]]]:
    """Each side of the moved heading ("moveFrom", "moveTo"): its runs in order, (kind, words)."""
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).find(W + "body")
    out = {}
    for p in body.iter(W + "p"):
        style = p.find(f"{W}pPr/{W}pStyle")
        if style is None or not style.get(W + "val").startswith("Heading") or style.get(W + "val") == "Heading1":
            continue
        for side in ("moveFrom", "moveTo"):
            if p.find(f"{W}pPr/{W}rPr/{W}{side}") is not None:
                out[side] = [(child.tag.removeprefix(W), "".join(child.itertext())) for child in p
                             if child.tag in (W + "del", W + "ins", W + "moveFrom", W + "moveTo")]
    return out


@pytest.mark.parametrize("lang", sorted(TEXTS))
@pytest.mark.parametrize("edited", [False, True], ids=["title kept", "title edited"])
def test_a_moved_section_s_heading_is_a_move_marking_the_words_the_pages_mark(lang, edited):
    old, new = _versions(lang, edited=edited)
    r = redline.diff(old, new)
    (moved,) = [s for s in r.sections if s.kind == "moved"]
    data = render_docx(r, author="Acme", lang=lang)
    sides = _headings(data)
    assert set(sides) == {"moveFrom", "moveTo"}
    _, title, retitled, _, _ = TEXTS[lang]
    marked = {"del": [w for tag, w in moved.title_ops if tag == "delete"],
              "ins": [w for tag, w in moved.title_ops if tag == "insert"]}
    for side, kind, number in (("moveFrom", "del", "2"), ("moveTo", "ins", "3")):
        runs = sides[side]
        assert runs[0] == (kind, f"§{number} ")  # (its number another: a revision inside the move)
        assert [" ".join(w.split()) for k, w in runs[1:] if k == kind] == [" ".join(w.split()) for w in marked[kind]]
        assert not [k for k, _ in runs if k == ("ins" if kind == "del" else "del")]
        assert "".join(w for _, w in runs[1:]) == (title if side == "moveFrom" else retitled if edited else title)
    xml = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode("utf-8")
    assert f'w:name="redline-{moved.new_anchor}"' in xml  # (where it is: the summary's link lands on it)
    assert out_of_order(data) == [] and clashing_ids(data) == [] and docxactions.docx_action(data) == ""
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)


A = "We keep invoices for ten years as the commercial code requires of every company."
B = "We collect the name and the address of every customer who orders from our shop."
SWAPPED = ("## 1. Intro\n\nHello there.\n\n## 2. Data\n\n" + A + "\n\nA short middle paragraph stays here.\n\n" + B
           + "\n\n## 3. Rights\n\nYou may ask.\n\n## 4. End\n\nThanks.\n",
           "## 1. Intro\n\nHello there.\n\n## 2. Rights\n\nYou may ask.\n\n## 3. Data\n\n" + B.replace("orders", "buys")
           + "\n\nA short middle paragraph stays here.\n\n" + A + "\n\n## 4. End\n\nThanks.\n")


def test_a_paragraph_moved_within_a_section_moved_and_edited_is_a_move_with_its_edit_inside():
    """Inside a section moved, a paragraph moved up and edited on the way ("orders" become "buys"): the pages show its
    words from where it was, "buys" alone marked (shown_ops); Word deleted it whole where the section was and inserted
    it whole where it is. Now a move, "orders" deleted where it was and "buys" inserted where it is."""
    old, new = policy(SWAPPED[0]), policy(SWAPPED[1], date="2030-02-01")
    r = redline.diff(old, new)
    came = [b for s in r.sections if s.kind == "moved" for b in s.blocks if b.moved == "from" and "buys" in b.new.text]
    assert len(came) == 1 and [w.strip() for tag, w in came[0].shown_ops if tag == "insert"] == ["buys"]
    data = render_docx(r, author="Acme")
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).find(W + "body")
    marked = {side: [(child.tag.removeprefix(W), "".join(child.itertext()).strip()) for child in p
                     if child.tag in (W + "del", W + "ins")]
              for p in body.iter(W + "p") if "customer" in "".join(p.itertext())
              for side in ("moveFrom", "moveTo") if p.find(f"{W}{side}RangeStart") is not None}
    assert marked == {"moveFrom": [("del", "orders")], "moveTo": [("ins", "buys")]}
    assert out_of_order(data) == [] and clashing_ids(data) == [] and docxactions.docx_action(data) == ""
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)


PARTS = ("## 2. Data\n\nThe first part of the text is about the logs we keep.\n\n"
         "The second part of the text is about the invoices we keep.\n\n")
JOINED = PARTS.replace("keep.\n\nThe second", "keep, and the second")
AROUND = ("## 1. Intro\n\nHello there.\n\n", "## 3. Rights\n\nYou may ask.\n\n", "## 4. End\n\nThanks.\n")
JOINS = {  # a section moved after the next one, two of its paragraphs merged (one word edited too), or split
    "merged": (AROUND[0] + PARTS + AROUND[1] + AROUND[2], AROUND[0] + AROUND[1].replace("## 3.", "## 2.")
               + JOINED.replace("## 2.", "## 3.").replace("invoices", "bills") + AROUND[2]),
    "split": (AROUND[0] + JOINED + AROUND[1] + AROUND[2],
              AROUND[0] + AROUND[1].replace("## 3.", "## 2.") + PARTS.replace("## 2.", "## 3.") + AROUND[2]),
}


@pytest.mark.parametrize("case", sorted(JOINS))
def test_paragraphs_merged_or_split_in_a_section_moved_read_as_each_version(case):
    """Where the section was, Word set the merged paragraph's `old` (the first paragraph's block, their words joined)
    read again from its Markdown: the first paragraph alone, and rejecting every revision lost the second; a paragraph
    split was set once a part (docx.old_blocks). Merged, each old paragraph is now a move into the one they made, its
    edits inside ("invoices" deleted where it was, "bills" inserted where it is), as the pages mark the merge."""
    old, new = policy(JOINS[case][0]), policy(JOINS[case][1], date="2030-02-01")
    r = redline.diff(old, new)
    assert any(s.kind == "moved" for s in r.sections) and any(b.joined == case for s in r.sections for b in s.blocks)
    data = render_docx(r, author="Acme")
    assert out_of_order(data) == [] and clashing_ids(data) == [] and docxactions.docx_action(data) == ""
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).find(W + "body")
    if case == "split":  # the old paragraph a range of a move into each new one (Word's move, the pages' split)
        (was,) = [p for p in body.iter(W + "p") if p.find(f"{W}pPr/{W}rPr/{W}moveFrom") is not None
                  and "and the second" in "".join(p.itertext())]
        names = [start.get(W + "name") for start in was.findall(W + "moveFromRangeStart")]
        into = [p.find(W + "moveToRangeStart").get(W + "name") for p in body.iter(W + "p")
                if p.find(W + "moveToRangeStart") is not None and "part of the text" in "".join(p.itertext())]
        assert len(names) == 2 and into == names
        assert [d for p in body.iter(W + "p") for d in p.iter(W + "del", W + "ins") if "part of" in "".join(
            p.itertext()) and d.getparent().tag == W + "p"] != []  # (", and the" / "." edited inside the moves)
    if case == "merged":
        into = [p for p in body.iter(W + "p") if "bills" in "".join(p.itertext())]
        assert len(into) == 1 and len(into[0].findall(W + "moveToRangeStart")) == 2  # (a move from each)
        names = {start.get(W + "name") for start in into[0].findall(W + "moveToRangeStart")}
        assert names == {start.get(W + "name") for start in body.iter(W + "moveFromRangeStart")
                         if "part of the text" in "".join(start.getparent().itertext())}
        assert [d for d in into[0].iter(W + "del")] == []
        assert sorted("".join(i.itertext()).strip() for i in into[0].iter(W + "ins")) == [", and the", "bills"]
