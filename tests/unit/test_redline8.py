"""Real edits a legal team makes, each as two synthetic versions, read as a lawyer and a DPO read the redline
(hunt 8): typography that changes no word, ..."""
from __future__ import annotations

import io

import pytest

from policysite import redline
from unit.test_redline import policy

FR = ("## 1. Données\n\nL'utilisateur peut demander l'accès à ses données « sans délai ».\n\n"
      "- le droit d'accès\n- le droit d'opposition\n\n"
      "| Donnée | Durée |\n|---|---|\n| l'adresse | 3 ans |\n\n"
      "## 2. L'exercice des droits\n\nÉcrivez-nous.\n")


@pytest.mark.parametrize(("old", "new"), [
    ("L'utilisateur peut", "L’utilisateur peut"),  # a typographic apostrophe in a paragraph
    ("- le droit d'accès", "- le droit d’accès"),  # ... in a list item
    ("| l'adresse |", "| l’adresse |"),  # ... in a table's cell
    ("## 2. L'exercice", "## 2. L’exercice"),  # ... in a heading
    ("Écrivez-nous.", "Écrivez\u2011nous."),  # a no-break hyphen
])
def test_a_typographic_apostrophe_or_hyphen_is_a_formatting_only_edit_not_a_word_replaced(old, new):
    """`L'utilisateur` become `L’utilisateur` was "[-L'utilisateur-] {+L’utilisateur+}", the section changed: the
    same word, written typographically, as a no-break space is the same space. Counted, not shown, both ways."""
    for a, b in ((FR, FR.replace(old, new)), (FR.replace(old, new), FR)):
        r = redline.diff(policy(a, lang="fr"), policy(b, lang="fr", date="2030-02-01"))
        assert not r.changed and r.summary.changed == () and r.notes.formatting == 1, old
        assert "Aucune modification du texte." in redline.render_text(r, color=False)


def test_a_word_changed_beside_a_typographic_apostrophe_is_marked_alone_the_new_apostrophe_kept():
    r = redline.diff(policy(FR, lang="fr"), policy(FR.replace("L'utilisateur peut demander",
                                                              "L’utilisateur peut exiger"), lang="fr",
                                                   date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert block.ops[:3] == (("equal", "L’utilisateur peut "), ("delete", "demander "), ("insert", "exiger "))
    assert redline.apply(block.old.text, block.ops) == block.new.text


def test_a_changed_elision_is_the_word_replaced_whole():
    """`l'utilisateur` become `l'usager`: one word replaced, never letters."""
    r = redline.diff(policy(FR, lang="fr"), policy(FR.replace("L'utilisateur", "L'usager"), lang="fr",
                                                   date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert [op for op in block.ops if op[0] != "equal"] == [("delete", "L'utilisateur "), ("insert", "L'usager ")]


def test_the_word_redline_keeps_the_new_texts_apostrophe_in_the_words_it_keeps():
    from unit.test_redline8_docx import render_docx, text_of

    new = policy(FR.replace("L'utilisateur peut demander", "L’utilisateur peut exiger"), lang="fr",
                 date="2030-02-01")
    accepted = text_of(render_docx(redline.diff(policy(FR, lang="fr"), new), author="Acme"), accept=True)
    assert "L’utilisateur peut exiger l'accès à ses données « sans délai »." in accepted


P1 = "We collect your name and e-mail address when you create an account on the service."
P2 = "We keep invoices for ten years as the commercial code requires of every company."
P3 = "You may object to direct marketing at any time by writing to our data protection officer."
MOVES = (f"## 1. Collection\n\n{P1}\n\n{P2}\n\n- first item about cookies set by us\n"
         "- second item about the analytics we run\n\n"
         "## 2. Retention\n\nWe keep account data while the account is open.\n\n"
         f"## 3. Rights\n\n{P3}\n\nWe answer within one month of your request.\n")
MOVED = {
    "a paragraph to another section": MOVES.replace(f"{P2}\n\n", "").replace(
        "while the account is open.\n", f"while the account is open.\n\n{P2}\n"),
    "a paragraph to another section, edited": MOVES.replace(f"{P2}\n\n", "").replace(
        "while the account is open.\n", f"while the account is open.\n\n{P2.replace('ten', 'eleven')}\n"),
    "a list item to another section": MOVES.replace("- second item about the analytics we run\n", "").replace(
        "We answer within", "- second item about the analytics we run\n\nWe answer within"),
    "two paragraphs swapped": MOVES.replace(f"{P1}\n\n{P2}", f"{P2}\n\n{P1}"),
}


def _moved(r: redline.Redline) -> list[tuple[str, str, str, str | None, bool]]:
    return [(s.number, b.kind, b.moved, b.moved_with[0] if b.moved_with else None, b.moved_up)
            for s in r.sections for b in s.blocks if b.kind != "unchanged"]


@pytest.mark.parametrize(("name", "moved"), [
    ("a paragraph to another section", [("1", "removed", "to", "2", False), ("2", "added", "from", "1", False)]),
    ("a paragraph to another section, edited",
     [("1", "removed", "to", "2", False), ("2", "added", "from", "1", False)]),
    ("a list item to another section", [("1", "removed", "to", "3", False), ("3", "added", "from", "1", False)]),
    ("two paragraphs swapped", [("1", "added", "from", None, True), ("1", "removed", "to", None, True)]),
])
def test_a_block_moved_with_the_same_or_nearly_the_same_words_is_said_moved(name, moved):
    """A paragraph or an item moved was a block deleted in one place and one inserted in another, nothing saying they
    are the same words: it is said moved, where to and from, and the words it arrives with are marked against those
    it left with (only `ten` → `eleven`), not all inserted."""
    r = redline.diff(policy(MOVES), policy(MOVED[name], date="2030-02-01"))
    assert _moved(r) == moved
    arrived = next(b for s in r.sections for b in s.blocks if b.moved == "from")
    assert redline.apply(P2 if "item" not in name else "second item about the analytics we run",
                         arrived.moved_ops) == arrived.new.text
    marked = [op for op in arrived.moved_ops if op[0] != "equal"]
    assert marked == ([("delete", "ten "), ("insert", "eleven ")] if "edited" in name else [])


def test_where_a_block_moved_is_said_in_every_redline_in_the_readers_language():
    from jinja2 import Environment, FileSystemLoader

    from helpers import ROOT
    from policysite.redline import pdf as redline_pdf

    r = redline.diff(policy(MOVES), policy(MOVED["a paragraph to another section, edited"], date="2030-02-01"))
    text = redline.render_text(r, color=False)
    assert "  [-We keep invoices for ten years" in text and "\n  Moved to §2 Retention.\n" in text
    # (the word deleted on the way struck where it was, with the rest, as Word's move deletes it: redline21)
    assert "\n  We keep invoices for {+eleven+} years as" in text
    assert "\n  Moved here from §1 Collection.\n" in text
    markdown = redline.render_markdown(r, lang="fr")
    assert "*Déplacé vers le §2 Retention.*" in markdown and "*Déplacé ici depuis le §1 Collection.*" in markdown
    assert "We keep invoices for <ins>eleven</ins> years" in markdown
    data = redline.to_json(r)
    (gone,), (came,) = ([b for b in s["blocks"] if b.get("moved") == way] for s in data["sections"]
                        for way in ("to", "from") if any(b.get("moved") == way for b in s["blocks"]))
    assert (gone["moved_with"], came["moved_with"], "moved_ops" in gone) == ("2", "1", False)
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    html = redline.render_html(r, env=env, lang="en")
    assert html.count('class="redline-moved"') == 2 and "redline-block-moved" in html
    assert '<p class="redline-moved">Moved here from §1 Collection.</p>' in html
    pdf_blocks = [b for s in redline_pdf.data(r, site="Site", lang="en")["sections"] for b in s["blocks"]]
    assert [b["moved"] for b in pdf_blocks if "moved" in b] == ["Moved to §2 Retention.",
                                                                "Moved here from §1 Collection."]


def test_a_moved_block_in_the_word_redline_is_still_deleted_there_and_inserted_here_and_says_so():
    """Accepting every revision gives the new text, rejecting them the old: the move is said in a line of the
    redline's own (italic), its words a deletion and an insertion."""
    from unit.test_redline8_docx import reading, render_docx, text_of
    from unit.test_redline_docx import paragraph_text

    old, new = policy(MOVES), policy(MOVED["a paragraph to another section, edited"], date="2030-02-01")
    data = render_docx(redline.diff(old, new), author="Acme")
    assert text_of(data, accept=True) == reading(new) and text_of(data, accept=False) == reading(old)
    import docx
    from docx.oxml.ns import qn
    said = [paragraph_text(p, accept=True) for p in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p"))]
    assert "Moved to §2 Retention." in said and "Moved here from §1 Collection." in said


def test_the_pdf_redline_says_a_move_in_the_words_and_order_of_the_page():
    from policysite import pdftext
    from policysite.redline import pdf as redline_pdf

    r = redline.diff(policy(MOVES), policy(MOVED["a paragraph to another section, edited"], date="2030-02-01"))
    text = pdftext.text(redline_pdf.render_pdf(r, site="Site", lang="en"))
    assert "[−We keep invoices for ten years as the commercial code requires of every company.]Moved to §2 " \
           "Retention." in text
    assert "open.We keep invoices for [+eleven] years as the commercial code requires of every company.Moved " \
           "here from §1 Collection." in text


SECTIONS = "".join(f"## {k}. Topic {k}\n\nParagraph of section {k} about subject {k}.\n\n" for k in range(1, 23))
INSERTED = SECTIONS.replace("## 3. Topic 3", "## 3. New topic\n\nA new section about cookies.\n\n## 3. Topic 3")
for _k in range(22, 2, -1):
    INSERTED = INSERTED.replace(f"## {_k}. Topic {_k}\n", f"## {_k + 1}. Topic {_k}\n")


def test_a_section_inserted_before_twenty_is_said_with_the_numbers_shift_once():
    """A section inserted at 3 made 20 headings "§3 → §4 Topic 3 (renumbered, text unchanged)", each with nothing
    under it, in every redline: the run is said once, "§3–§22 → §4–§23 (20 renumbered, text unchanged)", the new
    section first; the counts still count each."""
    from jinja2 import Environment, FileSystemLoader
    from selectolax.lexbor import LexborHTMLParser

    from helpers import ROOT
    from policysite.redline import pdf as redline_pdf
    from policysite.redline.docx import render_docx
    from unit.test_redline_docx import paragraph_text

    r = redline.diff(policy(SECTIONS), policy(INSERTED, date="2030-02-01"))
    assert [s.kind for s in r.sections if s.shown].count("renumbered") == 20
    text = redline.render_text(r, color=False)
    assert text.split("\n")[1:] == ["1 added, 20 renumbered", "", "§3 New topic (added)",
                                    "  {+A new section about cookies.+}", "",
                                    "§3–§22 → §4–§23 (20 renumbered, text unchanged)", ""]
    markdown = redline.render_markdown(r, lang="fr")
    assert markdown.count("§3–§22 → §4–§23 (20 renumérotées, texte inchangé)") == 2 and "Topic 7" not in markdown
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True),
                               lang="en")
    page = LexborHTMLParser(html)
    assert [h.text() for h in page.css("section h2")] == ["§3 New topic (added)",
                                                         "§3–§22 → §4–§23 (20 renumbered, text unchanged)"]
    # each section's id lands on the one that says it: a link to §7's part of the changes page still does
    (run,) = page.css("section.redline-renumbered")
    assert [run.attributes["id"]] + [span.attributes["id"] for span in run.css(".policy-alias")] == \
        [f"redline-s{k}" for k in range(4, 24)]
    summary = [li.text() for li in page.css(".redline-summary li")]
    assert summary[1] == "§3–§22 → §4–§23 (20 renumbered, text unchanged)" and len(summary) == 2
    assert redline_pdf.data(r, site="Site", lang="en")["summary"] == [
        ["§3 New topic", "added"], ["§3–§22 → §4–§23", "20 renumbered, text unchanged"]]
    import docx
    from docx.oxml.ns import qn
    said = [paragraph_text(p, accept=True) for p in docx.Document(io.BytesIO(render_docx(r, author="Acme")))
            .element.body.iter(qn("w:p"))]
    assert "§3–§22 → §4–§23 (20 renumbered, text unchanged)" in said
    assert said.count("§7 Topic 6") == 1  # the Word redline, a document to file, keeps every section's heading


def test_two_sections_renumbered_or_a_run_broken_by_an_edit_are_each_said():
    edited = INSERTED.replace("section 10 about", "section 10, edited, about")
    r = redline.diff(policy(SECTIONS), policy(edited, date="2030-02-01"))
    text = redline.render_text(r, color=False)
    assert "§3–§9 → §4–§10 (7 renumbered, text unchanged)" in text
    assert "§10 → §11 Topic 10 (renumbered, text changed)" in text
    assert "§11–§22 → §12–§23 (12 renumbered, text unchanged)" in text
    two = SECTIONS.replace("## 21. Topic 21", "## 21. New\n\nNew words here.\n\n## 22. Topic 21").replace(
        "## 22. Topic 22", "## 23. Topic 22")
    text = redline.render_text(redline.diff(policy(SECTIONS), policy(two, date="2030-02-01")), color=False)
    assert "§21 → §22 Topic 21 (renumbered, text unchanged)" in text and "–" not in text
