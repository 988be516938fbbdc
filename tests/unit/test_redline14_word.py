"""The Word redline compliance files, read as Word reads it once every revision is accepted, or rejected (redline14):
each side's text exactly, its headings at their level (a heading made another level, `###` become `##`, is a style
revision: it had the new level both ways), its superscripts raised, its lists' numbers and bullets, its tables' rows
and cells, its footnotes' calls and notes."""
from __future__ import annotations

import io

import docx
import pytest
from docx.oxml.ns import qn

from policysite import document, redline
from policysite.redline.docx import heading_level, render_docx
from unit.test_redline import policy

GONE = {True: (qn("w:del"), qn("w:moveFrom")), False: (qn("w:ins"), qn("w:moveTo"))}


def _kept(node, *, accept: bool) -> bool:
    inside = {a.tag for a in node.iterancestors()}
    return not inside & set(GONE[accept]) and not (accept and node.tag == qn("w:delText"))


def _words(paragraph, *, accept: bool) -> str:
    """A paragraph's words once every revision is accepted (rejected), each run set in superscript as `^{…}`."""
    out: list[tuple[bool, str]] = []
    for run in paragraph.iter(qn("w:r")):
        text = "".join(node.text or "" for node in run.iter(qn("w:t"), qn("w:delText")) if _kept(node, accept=accept))
        if not text:
            continue
        align = run.find(f"{qn('w:rPr')}/{qn('w:vertAlign')}")
        up = align is not None and align.get(qn("w:val")) == "superscript"
        if out and out[-1][0] == up:
            out[-1] = (up, out[-1][1] + text)
        else:
            out.append((up, text))
    return "".join(f"^{{{text}}}" if up else text for up, text in out)


def _style(paragraph, *, accept: bool) -> str:
    props = paragraph.find(qn("w:pPr"))
    if props is None:
        return ""
    before = props.find(f"{qn('w:pPrChange')}/{qn('w:pPr')}")
    where = props if accept or before is None else before
    style = where.find(qn("w:pStyle"))
    return style.get(qn("w:val")) if style is not None else ""


def read(data: bytes, *, accept: bool) -> list[tuple[str, str]]:
    """(style, words) of each paragraph and table row from the policy's title on, as Word leaves them once every
    revision is accepted (rejected): a paragraph whose mark is a revision joins the next, a row inserted (deleted) and a
    cell of a column added (removed) gone, a row's cells joined by " | "; the redline's own words (its status lines, in
    italics) left out."""
    out: list[tuple[str, str]] = []
    joining = ""
    started = False
    for child in docx.Document(io.BytesIO(data)).element.body:
        if child.tag == qn("w:tbl") and started:
            for row in child.iter(qn("w:tr")):
                if row.find(f"{qn('w:trPr')}/{GONE[accept][0]}") is not None:
                    continue
                cell_gone = qn("w:cellDel") if accept else qn("w:cellIns")
                cells = [" ".join(_words(cell, accept=accept).split()) for cell in row.iter(qn("w:tc"))
                         if cell.find(f"{qn('w:tcPr')}/{cell_gone}") is None]
                out.append(("", " | ".join(cells)))
            continue
        if child.tag != qn("w:p"):
            continue
        style = _style(child, accept=accept)
        started = started or style == "Heading1"
        if not started or child.find(f".//{qn('w:rPr')}/{qn('w:i')}") is not None:
            continue
        if any(child.find(f"{qn('w:pPr')}/{qn('w:rPr')}/{mark}") is not None for mark in GONE[accept]):
            joining += _words(child, accept=accept)
            continue
        words = " ".join((joining + _words(child, accept=accept)).split())
        joining = ""
        if words:
            out.append((style, words))
    return out


def _raised(block: document.Block) -> str:
    """A block's words as its page shows them, each superscript (its "sup" marks) as `^{…}`."""
    text, at, out = block.page_text, 0, []
    for start, end, kind, _ in sorted(block.marks):
        if kind == "sup" and start >= at:
            out += [text[at:start], f"^{{{text[start:end]}}}"]
            at = end
    return "".join([*out, text[at:]])


def reading(version: document.Policy, *, word: str = document.SECTION_WORD) -> list[tuple[str, str]]:
    """A version as the Word redline writes it: its title, each heading at its level with its number (named by `word`,
    the redline's `section` in its language), each block (a list item with its number or bullet, a table's row its
    cells joined)."""
    out = [("Heading1", version.shown_title)]
    for section in version.sections:
        out.append((f"Heading{heading_level(section.number, section.level)}",
                    document.named(section.number, section.title, section.mark, word=word)))
        for block in section.blocks:
            lead = "" if block.kind != "item" else f"{block.number}. " if block.number else "• "
            out.append(("", " ".join((lead + _raised(block)).split())))
    return out


BASE = """## 1. Collection

We collect the data you give us<sup>1</sup> and the data of your use.

### 1.1 Cookies

We set cookies<sup>a</sup> only with your consent.

- audience measurement
- preferences

## 2. Retention

| Data | Kept | Basis<sup>2</sup> |
|---|---|---|
| Invoices<sup>3</sup> | ten years | law |
| Logs | one year | interest |

1. first step
2. second step

## 3. Notes

<sup>1</sup> As listed in the register.

<sup>2</sup> Article 6 GDPR.
"""

EDITS = {
    "a heading one level up, renumbered": BASE.replace("### 1.1 Cookies", "## 2. Cookies")
    .replace("## 2. Retention", "## 3. Retention").replace("## 3. Notes", "## 4. Notes"),
    "a heading one level down, its number the same": BASE.replace("## 3. Notes", "#### 3. Notes"),
    "calls changed, added and removed": BASE.replace("give us<sup>1</sup>", "give us<sup>4</sup>")
    .replace("cookies<sup>a</sup>", "cookies").replace("one year", "one year<sup>5</sup>")
    .replace("<sup>1</sup> As listed", "<sup>4</sup> As listed"),
    "a row, a column, items": BASE.replace("| Logs | one year | interest |\n", "")
    .replace("| Data | Kept | Basis<sup>2</sup> |\n|---|---|---|", "| Data | Kept |\n|---|---|")
    .replace("| Invoices<sup>3</sup> | ten years | law |", "| Invoices<sup>3</sup> | ten years |")
    .replace("- preferences\n", "- preferences\n- security<sup>b</sup>\n").replace("2. second step", "2. next step"),
    "a note added, another removed": BASE.replace("<sup>2</sup> Article 6 GDPR.", "<sup>5</sup> Article 9 GDPR.\n\n"
                                                  "<sup>6</sup> Recital 47."),
}


@pytest.mark.parametrize("name", EDITS)
def test_accepting_every_revision_gives_the_new_text_and_rejecting_them_the_old_levels_and_calls_included(name):
    old, new = policy(BASE), policy(EDITS[name], date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    assert read(data, accept=True) == reading(new)
    assert read(data, accept=False) == reading(old)


def test_a_heading_made_another_level_is_a_style_revision_by_the_author():
    old, new = policy(BASE), policy(BASE.replace("## 3. Notes", "### 3. Notes"), date="2030-02-01")
    body = docx.Document(io.BytesIO(render_docx(redline.diff(old, new), author="Acme"))).element.body
    (changed,) = body.iter(qn("w:pPrChange"))
    heading = changed.getparent().getparent()
    assert (_style(heading, accept=True), _style(heading, accept=False)) == ("Heading3", "Heading2")
    assert changed.get(qn("w:author")) == "Acme"


LINKED = BASE.replace("your consent.", "your [consent](https://old.example/consent).").replace(
    "## 3. Notes", "## 3. [Notes](https://old.example/notes)").replace(
    "| Logs | one year |", "| [Logs](https://old.example/logs) | one year |")


def comments(data: bytes) -> dict[str, str]:
    """Each comment's words by its id."""
    import zipfile

    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/comments.xml" not in archive.namelist():
            return {}
        root = etree.fromstring(archive.read("word/comments.xml"))
    return {c.get(qn("w:id")): "".join(t.text or "" for t in c.iter(qn("w:t"))) for c in root.iter(qn("w:comment"))}


def test_a_links_target_changed_is_a_comment_on_its_words_not_a_line_of_the_text():
    """"Link targets: …" was a tracked paragraph: accepting every revision left "Link targets: ⟨https://new…⟩" in the
    policy's text, rejecting them the old address. Now a comment on the paragraph, the row, the heading."""
    old, new = policy(LINKED), policy(LINKED.replace("old.example", "new.example"), date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    assert read(data, accept=True) == reading(new)
    assert read(data, accept=False) == reading(old)
    said = comments(data)
    assert len(said) == 3
    for words in said.values():
        assert words.startswith("Link targets: ") and "[−" in words and "[+" in words and "new.example" in words
    body = docx.Document(io.BytesIO(data)).element.body
    anchored = {}
    for reference in body.iter(qn("w:commentReference")):
        paragraph = next(reference.iterancestors(qn("w:p")))
        assert paragraph.find(f"{qn('w:commentRangeStart')}") is not None
        anchored[reference.get(qn("w:id"))] = _words(paragraph, accept=True)
    assert sorted(anchored.values()) == ["Logs", "We set cookies^{a} only with your consent.", "§3 Notes"]
    assert set(anchored) == set(said)
    assert not any("Link targets" in words for _, words in read(data, accept=True))
    from policysite import docxactions

    assert docxactions.docx_action(data) == ""  # a comments part is nothing Word acts on (publish.docx-active)


def test_a_redline_without_links_changed_has_no_comments_part():
    import zipfile

    data = render_docx(redline.diff(policy(BASE), policy(EDITS["calls changed, added and removed"],
                                                         date="2030-02-01")), author="Acme")
    assert "word/comments.xml" not in zipfile.ZipFile(io.BytesIO(data)).namelist()


@pytest.mark.parametrize(("old", "new"), [
    ("Les transferts sont encadrés par des clauses<sup>a</sup> types.\n\nElles sont publiées<sup>2</sup> en ligne.",
     "Les transferts sont encadrés par des clauses<sup>b</sup> types. Elles sont publiées<sup>2</sup> en ligne."),
    ("Nous gardons :\n\n- votre nom<sup>1</sup> ;\n- votre adresse.",
     "Nous gardons : votre nom<sup>1</sup> ; votre adresse."),
])
def test_paragraphs_merged_keep_their_calls_raised_both_ways(old, new):
    old_policy, new_policy = policy(_merged_body(old)), policy(_merged_body(new), date="2030-02-01")
    changes = redline.diff(old_policy, new_policy)
    assert any(b.joined == "merged" for s in changes.sections for b in s.blocks)
    data = render_docx(changes, author="Acme")
    assert read(data, accept=True) == reading(new_policy)
    assert read(data, accept=False) == reading(old_policy)


def _merged_body(text: str) -> str:
    return f"## 1. Transferts\n\nNous protégeons vos données.\n\n{text}\n\n## 2. Droits\n\nVous avez des droits.\n"
