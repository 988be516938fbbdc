"""Inline HTML in a policy's text (a footnote call `<sup>1</sup>`, `<abbr>`, `<span lang>`, `<br>`: every tag the
editorial allow-list lets a text use) is markup, not words: the redline compares and says the words as the page shows
them, as the compare page does from policy.json (reader12, session 39: `policy diff`, the changes page, the .docx and
the PDF said `<sup>1</sup>` literally where the page and the compare page show "adaptées1")."""
from __future__ import annotations

import io
import json
import re

import docx
import pytest
from docx.oxml.ns import qn
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import document, editorial, pdftext, redline
from policysite.redline import DELETE, EQUAL, INSERT, pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_redline import policy

OPEN = {"a": '<a href="https://example.test/terms" title="Our terms">', "abbr": '<abbr title="Règlement général">',
        "span": '<span lang="en">'}


def wrapped(tag: str, words: str) -> str:
    """`words` inside `tag` as a text writes it (`<br>`, which has no end, before them)."""
    if tag in editorial.VOID:
        return f"<{tag}>{words}"
    return f"{OPEN.get(tag, f'<{tag}>')}{words}</{tag}>"


def body(paragraph: str) -> str:
    return f"## 1. Retention\n\nWe keep the data for {paragraph} days, then erase it.\n"


def marked(r: redline.Redline) -> list[tuple[str, str]]:
    return [(tag, text.strip()) for s in r.sections for b in s.blocks for tag, text in b.ops if tag != EQUAL]


def every_op(r: redline.Redline) -> list[str]:
    return [text for s in r.sections for ops in [s.title_ops] + [b.ops for b in s.blocks] + [c for b in s.blocks
                                                                                          for c in b.cells]
            for _, text in ops]


# (but a ruby's reading, `<rt>`, which adds words, its brackets: test_reader24_ruby)
TAGS = sorted(set(editorial.ALLOWED_TAGS) - {"rt"})


def test_every_tag_of_the_allow_list_is_tried():
    assert {"sup", "sub", "abbr", "span", "br", "a", "em", "strong"} <= set(TAGS)


@pytest.mark.parametrize("tag", TAGS)
def test_words_edited_inside_a_tag_are_those_marked_without_the_tag(tag):
    old, new = policy(body(f"thirty {wrapped(tag, 'full')}")), policy(body(f"thirty {wrapped(tag, 'whole')}"))
    r = redline.diff(old, new)
    assert marked(r) == [(DELETE, "full"), (INSERT, "whole")]
    assert not any("<" in text or ">" in text for text in every_op(r)), every_op(r)
    (change,) = [b for s in r.sections for b in s.blocks]
    # the ops give each side's words as its page shows them
    shown = redline.apply(old.sections[0].blocks[0].shown, change.ops)
    assert shown == new.sections[0].blocks[0].shown and " ".join(shown.split()) == \
        "We keep the data for thirty whole days, then erase it."  # (a `<br>` the space the page shows)


@pytest.mark.parametrize("tag", TAGS)
def test_a_tag_put_around_unchanged_words_is_formatting_not_a_change_of_words(tag):
    """The page shows the same words: said as a formatting-only edit (as bold added is), never as words replaced."""
    r = redline.diff(policy(body("thirty full")), policy(body(f"thirty {wrapped(tag, 'full')}")))
    if tag in ("a", "abbr"):  # ... but the words its title adds, shown on hover (redline5): words, not formatting
        assert r.changed and marked(r) == [] and r.notes.formatting == 0
        assert [b.tip_ops for s in r.sections for b in s.blocks] == [((INSERT, re.search(
            r'title="([^"]+)"', OPEN[tag])[1]),)]
        return
    assert not r.changed and marked(r) == [] and r.notes.formatting == 1
    assert [b.note for s in r.sections for b in s.blocks] == ["formatting"]


def test_a_footnote_call_edited_is_the_word_it_is_drawn_against():
    """`<sup>1</sup>` after a word is drawn against it ("adaptées1", as policy.json's text): 1 → 2 marks that number
    alone, a token of its own (redline11: it marked the word whole), its link to the note a link target changed."""
    old = policy(body("thirty<sup>[1](#fn-1)</sup>"), lang="fr")
    new = policy(body("thirty<sup>[2](#fn-2)</sup>"), lang="fr")
    r = redline.diff(old, new)
    assert marked(r) == [(DELETE, "1"), (INSERT, "2")]
    (change,) = [b for s in r.sections for b in s.blocks]
    assert change.link_ops == ((DELETE, "⟨#fn-1⟩"), (INSERT, "⟨#fn-2⟩"))
    # each side's block as compared holds the words its page shows, its Markdown as written
    assert change.new.text == "We keep the data for thirty2 days, then erase it." and "<sup>" in change.new.markdown


TABLE = ("## 1. Retention\n\n| Data | Kept |\n|---|---|\n| Invoices<sup>1</sup> | ten years |\n"
         "| H<sub>2</sub>O logs | one<br>month |\n")


def test_a_table_cell_is_compared_as_the_page_shows_it():
    new = TABLE.replace("Invoices<sup>1</sup>", "Invoices<sup>2</sup>").replace("one<br>month", "two<br>month")
    r = redline.diff(policy(TABLE), policy(new))
    rows = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert [b.cells for b in rows] == [
        (((EQUAL, "Invoices"), (DELETE, "1"), (INSERT, "2")), ((EQUAL, "ten years"),)),
        (((EQUAL, "H2O logs"),), ((DELETE, "one "), (INSERT, "two "), (EQUAL, "month")))]
    assert not any("<" in text for text in every_op(r))


EMPHASISED = "## 1. Data\n\nWe keep a record.\n\n## 2. Tokens\n\n{words}\n\n## 3. Contact\n\nWrite to us.\n"
TOKENS = "each narwhal token expires after ninety days and is then erased from every server we rent"


def test_sections_are_paired_by_the_words_the_page_shows():
    """A section renumbered and retitled whose words lost their `<em>` tags is the same section: its words counted
    with their tags shared none with the new ones, and it was said removed and another added."""
    old = EMPHASISED.format(words=" ".join(f"<em>{w}</em>" for w in TOKENS.split()))
    new = EMPHASISED.replace("## 2. Tokens", "## 2. Cookies\n\nQuokka cookies remember a language.\n\n"
                             "## 3. Narwhal tokens").replace("## 3. Contact", "## 4. Contact").format(words=TOKENS)
    r = redline.diff(policy(old), policy(new))
    kinds = [(s.kind, s.old_number, s.new_number) for s in r.sections if s.shown]
    assert ("renumbered", "2", "3") in kinds and ("removed", "2", None) not in kinds, kinds


FOOTNOTED = ("## 1. Retention\n\nLes données sont adaptées<sup>1</sup> et gardées "
             '<abbr title="trente">30</abbr> jours<br>au plus, <span lang="en">cloud</span> compris.\n')
FOOTNOTED_EDITED = FOOTNOTED.replace("<sup>1</sup>", "<sup>2</sup>").replace(">30<", ">31<")


@pytest.fixture(scope="module")
def footnoted() -> redline.Redline:
    return redline.diff(policy(FOOTNOTED, lang="fr"), policy(FOOTNOTED_EDITED, lang="fr", date="2030-02-01"))


def test_every_text_output_says_the_words_without_tags(footnoted):
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
    text = redline.render_text(footnoted, color=False)
    assert "Les données sont adaptées[-1-] {+2+} et gardées [-30-] {+31+} jours au plus, cloud compris." \
        in text
    markdown = redline.render_markdown(footnoted)
    data = json.dumps(redline.to_json(footnoted), ensure_ascii=False)
    html = redline.render_html(footnoted, env=env, lang="fr")
    for said in (text, markdown, data):
        assert not re.search(r"</?(sup|abbr|br|span)\b", said), said
    assert "adaptées<del>1</del> <ins>2</ins>" in markdown and "adaptées" in data and "adaptées" in html
    assert not re.search(r"&lt;/?(sup|abbr|br|span)\b", html), html


def test_the_word_redline_says_the_words_without_tags(footnoted):
    data = render_docx(footnoted, author="Zephyr Widgets SAS", lang="fr")
    body = docx.Document(io.BytesIO(data)).element.body
    inserted = ["".join(t.text or "" for t in ins.iter(qn("w:t"))).strip() for ins in body.iter(qn("w:ins"))]
    deleted = ["".join(t.text or "" for t in d.iter(qn("w:delText"))).strip() for d in body.iter(qn("w:del"))]
    assert "2" in inserted and "31" in inserted and "1" in deleted and "30" in deleted
    words = " ".join(" ".join(t.text or "" for t in body.iter(qn("w:t"), qn("w:delText"))).split())
    assert "<" not in words and "jours au plus, cloud compris." in words  # ("cloud" a run of its own: w:lang en)


def test_the_pdf_redline_says_the_words_without_tags(footnoted):
    text = pdftext.text(redline_pdf.render_pdf(footnoted, site="Zephyr Widgets policies", lang="fr"))
    assert "adaptées[−1] [+2]" in text and "[−30] [+31]" in text
    assert "<sup" not in text and "<abbr" not in text and "<br" not in text


def test_a_block_made_without_the_parser_is_compared_by_its_text():
    """A Block given its text only (no Markdown, no `shown`) has no words the page shows apart: its text is them."""
    old, new = document.Block("paragraph", 3, "Kept ten years"), document.Block("paragraph", 3, "Kept two years")
    (change,) = redline.diff_blocks([old], [new])
    assert change.ops == ((EQUAL, "Kept "), (DELETE, "ten "), (INSERT, "two "), (EQUAL, "years"))
