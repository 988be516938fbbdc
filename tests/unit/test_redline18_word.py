"""The Word redline of a section moved and edited says its edits as the changes page and the PDF do (session 48,
redline18): its rows keeping words are moves, the words edited on the way revisions inside them. Synthetic texts."""
from __future__ import annotations

MOVED_TABLE = ("## 1. Transfers\n\nOur processors are in France and Ireland.\n\n## 2. Rights\n\nYou have rights.\n\n"
               "## 3. Processors\n\n| Processor | Country |\n|---|---|\n| Host | France |\n| Mailing | Ireland |\n")
MOVED_TABLE_EDITED = ("## 1. Processors\n\n| Processor | Country |\n|---|---|\n| Host | France |\n"
                      "| Mailing | Germany |\n\n## 2. Transfers\n\nOur processors are in France and Germany.\n\n"
                      "## 3. Rights\n\nYou have rights.\n")


def test_a_row_of_a_section_moved_and_edited_is_a_move_its_edited_cell_revised_in_the_word_redline():
    """§3 Processors moved first, its Mailing row's country edited: the Word redline deleted that row whole where the
    section was and inserted it whole where it is ("Mailing | Germany" all new), where the changes page and the PDF
    mark "Ireland" become "Germany" alone. Its cell keeping its words is now a move, the edited one deleted and
    inserted; accepting every revision gives each version's rows."""
    import io

    import docx
    from docx.oxml.ns import qn

    from policysite import redline
    from policysite.redline.docx import render_docx
    from unit.test_redline import policy
    from unit.test_redline_docx import paragraph_text

    old, new = policy(MOVED_TABLE), policy(MOVED_TABLE_EDITED, date="2030-02-01")
    change = redline.diff(old, new)
    assert [s.kind for s in change.sections if s.number == "1"][0] == "moved"
    body = docx.Document(io.BytesIO(render_docx(change, author="Acme"))).element.body
    rows = [row for row in body.iter(qn("w:tr")) if "Mailing" in "".join(t.text for t in row.iter(qn("w:t"), qn("w:delText")))]
    assert len(rows) == 2  # where the section is, and where it was
    came, gone = rows
    assert [paragraph_text(cell, accept=True) for cell in came.iter(qn("w:tc"))] == ["Mailing", "Germany"]
    assert [paragraph_text(cell, accept=False) for cell in gone.iter(qn("w:tc"))] == ["Mailing", "Ireland"]
    for row, mover, edit, words in ((came, "w:moveTo", "w:ins", "Germany"), (gone, "w:moveFrom", "w:del", "Ireland")):
        assert ["".join(t.text for t in e.iter(qn("w:t"))) for e in row.iter(qn(mover))
                if e.getparent().tag == qn("w:p")] == ["Mailing"]
        assert [paragraph_text(e, accept=edit == "w:ins") for e in row.iter(qn(edit))
                if e.getparent().tag == qn("w:p")] == [words]  # (not the row's own, w:trPr's)
    assert len(list(body.iter(qn("w:moveFromRangeStart")))) == len(list(body.iter(qn("w:moveToRangeStart"))))


LINKED = "## 1. Purpose\n\nWe explain.\n\n## 2. [Contact](mailto:contact@example.com)\n\nWrite to us.\n"
LINKED_MOVED = ("## 1. Rights\n\nYou have rights.\n\n## 2. Purpose\n\nWe explain.\n\n"
                "## 3. [Contact](mailto:dpo@example.com)\n\nWrite to us.\n")


def test_a_section_renumbered_whose_heading_links_elsewhere_is_said_changed_in_every_format():
    """§2 Contact renumbered §3, its heading's link now to another address, its words the same: every redline counted it
    "renumbered and changed" and showed the link's targets changed, but said it "(renumbered, text unchanged)" (the
    changes page, compare.js, the PDF and the Word redline share the status)."""
    from policysite import redline
    from policysite.redline.render import _counts_line, _status, labels
    from unit.test_redline import policy

    change = redline.diff(policy(LINKED), policy(LINKED_MOVED, date="2030-02-01"))
    contact = next(s for s in change.sections if s.new_title == "Contact")
    assert contact.kind == "renumbered" and contact.link_ops and contact.changed
    for lang, said in (("en", "renumbered, text changed"), ("fr", "renumérotée, texte modifié")):
        assert _status(contact, labels(lang)) == said
    assert "renumbered and changed" in _counts_line(change, labels("en"), "en")
