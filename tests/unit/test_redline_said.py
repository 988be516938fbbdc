"""What the redline counts as a change of words: a block that shows none is markup, an edit of what a reader hears
(an `<abbr>`'s title) is words."""
from __future__ import annotations

import re

import pytest

from policysite import redline
from unit.test_redline import policy

BASE = "## 1. Data\n\nWe keep data.\n\n## 2. Rights\n\nAsk us.\n"


@pytest.mark.parametrize("markup", ["<span></span>", '<span id="top"></span>', '<img src="logo.png" alt="">',
                                    "<p></p>"])
def test_a_block_showing_no_word_added_or_removed_is_a_formatting_edit_not_a_block_of_text(markup):
    """A paragraph holding only markup was a block added with nothing marked: "§1 Data (changed)" over a redline that
    showed nothing changed. It is a formatting-only edit, as a tag put around unchanged words is."""
    new = BASE.replace("We keep data.\n", f"We keep data.\n\n{markup}\n")
    for old_text, new_text in ((BASE, new), (new, BASE)):
        r = redline.diff(policy(old_text), policy(new_text, date="2030-02-01"))
        assert not r.changed and r.summary.changed == () and r.notes.formatting == 1
        assert redline.to_json(r)["sections"] == []
        text = redline.render_text(r, color=False)
        assert "No change in the text." in text and "1 formatting-only edit" in text, text


def test_a_block_with_words_or_a_link_is_still_added_and_marked():
    for extra in ("![Our logo](logo.png)", "[](https://example.test/)", "Words."):
        r = redline.diff(policy(BASE), policy(BASE.replace("We keep data.\n", f"We keep data.\n\n{extra}\n"),
                                              date="2030-02-01"))
        (added,) = [b for s in r.sections for b in s.blocks if b.kind != "unchanged"]
        assert added.kind == "added" and (added.ops or added.link_ops), extra


ABBR = ("## 1. Data\n\nThe <abbr title=\"General Data Protection Regulation\">GDPR</abbr> applies.\n\n"
        "| Law | Scope |\n|---|---|\n| <abbr title=\"General Data Protection Regulation\">GDPR</abbr> | EU |\n")
RETITLED = ABBR.replace("General Data Protection Regulation", "EU General Data Protection Regulation")


def test_an_abbreviations_title_edited_is_a_change_of_words_said_in_every_redline():
    """An `<abbr title="…">`'s title edited was a formatting-only edit: "no section changed". Its title is words a
    reader hears (a screen reader reads it, a pointer shows it): the section is changed, and each redline says the
    words shown on hover, marked, after the block (a table's row too), the block's own words unmarked."""
    import io

    import docx
    from docx.oxml.ns import qn
    from jinja2 import Environment, FileSystemLoader
    from selectolax.lexbor import LexborHTMLParser

    from helpers import ROOT
    from policysite import pdftext
    from policysite.redline import EQUAL, INSERT, pdf as redline_pdf
    from policysite.redline.docx import render_docx

    r = redline.diff(policy(ABBR), policy(RETITLED, date="2030-02-01"))
    assert r.changed and [s.number for s in r.summary.changed] == ["1"] and r.notes.formatting == 0
    changed = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert [(b.block_kind, b.ops, b.tip_ops) for b in changed] == [
        ("paragraph", ((EQUAL, "The GDPR applies."),), ((INSERT, "EU "), (EQUAL, "General Data Protection Regulation"))),
        ("row", ((EQUAL, "GDPR | EU"),), ((INSERT, "EU "), (EQUAL, "General Data Protection Regulation")))]
    text = redline.render_text(r, color=False)
    assert "  The GDPR applies.\n  Text shown on hover: {+EU+} General Data Protection Regulation\n" in text, text
    assert [b["tip_ops"] for b in redline.to_json(r)["sections"][0]["blocks"]] == [
        [["insert", "EU "], ["equal", "General Data Protection Regulation"]]] * 2
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    page = LexborHTMLParser(redline.render_html(r, env=env, lang="fr"))
    said = [re.sub(r"[ \n]+", " ", p.text()).strip() for p in page.css(".redline-links")]
    # French typography: a no-break space before the colon
    assert said == ["Texte affiché au survol\u00a0: ajout\u00a0: EU General Data Protection Regulation"] * 2, said
    document = docx.Document(io.BytesIO(render_docx(r, author="Zephyr Widgets policies")))
    # a comment on each block (redline14: a tracked line stayed in the text once every revision was accepted)
    assert not [p for p in document.element.body.iter(qn("w:p")) if "Text shown on hover:" in "".join(
        t.text for t in p.iter(qn("w:t")))]
    from unit.test_redline14_word import comments

    said = list(comments(render_docx(r, author="Zephyr Widgets policies")).values())
    assert said == ["Text shown on hover: [+EU] General Data Protection Regulation"] * 2, said
    printed = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Zephyr Widgets policies", lang="en")).split())
    assert printed.count("Text shown on hover: [+EU] General Data Protection Regulation") == 2, printed
    # the same title, the same words: unchanged
    assert not redline.diff(policy(ABBR), policy(ABBR, date="2030-02-01")).changed
