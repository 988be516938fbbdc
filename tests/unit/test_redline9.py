"""Two paragraphs merged into one, or one split in two, the words kept (hunt 9): said as such in every redline, only
the words that changed marked; paired with one of the two, the other's words were deleted whole and inserted again."""
from __future__ import annotations

import pytest

from policysite import redline
from unit.test_redline import policy

A = "We keep your invoices for ten years, as the tax law requires."
B = "You may ask us for a copy of any of them at any time by e-mail."
C = "Cookies are described in the section below."


def _body(*paragraphs: str) -> str:
    return "## 1. Retention\n\nWe keep data only as long as needed.\n\n" + "".join(f"{p}\n\n" for p in paragraphs) \
        + "## 2. Rights\n\nYou have rights.\n"


MERGED = {
    "merged": (_body(A, B, C), _body(f"{A} {B}", C)),
    "merged, a word changed": (_body(A, B, C), _body(f"{A.replace('ten', 'eleven')} {B}", C)),
    "merged, the second's word changed": (_body(A, B), _body(f"{A} {B.replace('e-mail', 'post')}")),
}


def _blocks(r: redline.Redline) -> list:
    return [b for b in r.sections[1].blocks if b.kind != "unchanged"]


def _marked(ops) -> list[tuple[str, str]]:
    return [(tag, text.strip()) for tag, text in ops if tag != "equal"]


@pytest.mark.parametrize("name", MERGED)
def test_two_paragraphs_merged_are_said_merged_and_only_the_words_changed_marked(name):
    old, new = MERGED[name]
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    (block,) = _blocks(r)
    assert (block.kind, block.joined) == ("changed", "merged")
    assert block.old.text == f"{A} {B}"
    assert _marked(block.ops) == {"merged": [], "merged, a word changed": [("delete", "ten"), ("insert", "eleven")],
                                  "merged, the second's word changed": [("delete", "e-mail"), ("insert", "post")]}[name]
    assert redline.apply(block.old.text, block.ops) == block.new.text


@pytest.mark.parametrize("name", MERGED)
def test_one_paragraph_split_in_two_is_said_split_and_only_the_words_changed_marked(name):
    new, old = MERGED[name]
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    first, second = _blocks(r)
    assert [(b.kind, b.joined) for b in (first, second)] == [("changed", "split"), ("changed", "")]
    assert (first.new.text, second.new.text) == (A, B)
    marked = _marked(first.ops) + _marked(second.ops)
    assert marked == {"merged": [], "merged, a word changed": [("delete", "eleven"), ("insert", "ten")],
                      "merged, the second's word changed": [("delete", "post"), ("insert", "e-mail")]}[name]
    for block in (first, second):  # each paragraph's ops spell the part of the old one its words come from
        assert redline.apply(block.old.text, block.ops) == block.new.text
    # the old version's paragraph, cut where the new one cuts it
    assert f"{first.old.text} {second.old.text}" == old.split("\n\n")[2]


@pytest.mark.parametrize(("old", "new"), [
    (_body(A, B, C), _body(A.replace("ten", "eleven"), C)),  # a paragraph edited, the next removed: not merged
    (_body(A, C), _body(A.replace("ten", "eleven"), B, C)),  # a paragraph edited, another added after it
    (_body(A, "See below.", C), _body(A.replace("ten", "eleven"), C)),  # a short one removed: closer alone
    (_body(A, C), _body(A.replace("ten", "eleven"), "See below.", C)),
    (_body(A, B), _body(f"{A} Nothing else is kept here, whatever the law says or the customer asks of us.")),
])
def test_a_paragraph_edited_beside_one_removed_or_added_is_no_merge_or_split(old, new):
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    assert not any(b.joined for b in _blocks(r))
    assert {b.kind for b in _blocks(r)} - {"changed"}


def test_a_merge_and_a_split_are_said_in_every_redline_in_the_readers_language():
    from jinja2 import Environment, FileSystemLoader

    from helpers import ROOT
    from policysite.redline import pdf as redline_pdf

    old, new = MERGED["merged, a word changed"]
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    text = redline.render_text(r, color=False)
    assert "\n  2 paragraphs merged into this one.\n" in text
    assert "  We keep your invoices for [-ten-] {+eleven+} years, as the tax law requires. You may" in text
    assert "2 paragraphes réunis en celui-ci." in redline.render_markdown(r, lang="fr")
    assert [b.get("joined") for s in redline.to_json(r)["sections"] for b in s["blocks"] if b["kind"] != "unchanged"] \
        == ["merged"]
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    assert '<p class="redline-moved">2 paragraphs merged into this one.</p>' in \
        redline.render_html(r, env=env, lang="en")
    back = redline.diff(policy(new), policy(old, date="2030-02-01"))
    assert [b["moved"] for s in redline_pdf.data(back, site="Site", lang="de")["sections"] for b in s["blocks"]
            if "moved" in b] == ["Ein Absatz in 2 geteilt, darunter dieser."]


S1 = "We never sell your personal data to anyone."
S2 = "We keep your invoices for ten years, as the tax law requires."
S3 = "You may ask for a copy at any time."


@pytest.mark.parametrize(("old", "new", "moved"), [
    (f"{S1} {S2} {S3}", f"{S2} {S3} {S1}", True),  # a sentence moved to the end
    (f"{S1} {S2} {S3}", f"{S2} {S1} {S3}", True),  # two sentences swapped
    (f"{S1} {S2} {S3}", f"{S2} {S3} We never sell your personal data to any partner.", True),  # moved, edited
    (f"{S1} {S2} {S3}", f"{S1} {S2.replace('ten', 'eleven')} {S3}", False),  # a word replaced in its place
    (f"{S1} {S2} {S3}", f"{S2} {S3} We may share some of your data with our processors.", False),  # another sentence
    (f"{S1} {S2} {S3}", f"We never sell it. {S2} {S3} Ever.", False),  # fewer than four words
])
def test_words_moved_within_a_paragraph_are_said_moved(old, new, moved):
    r = redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01"))
    (block,) = _blocks(r)
    assert block.moved_within is moved
    text = redline.render_text(r, color=False)
    assert ("\n  Words moved within this passage: struck where they were, inserted where they are.\n" in text) is moved
    assert any(b.get("moved_within") for s in redline.to_json(r)["sections"] for b in s["blocks"]) is moved
    if moved:
        assert "Des mots déplacés dans ce passage\u00a0: barrés où ils étaient" in redline.render_markdown(r, lang="fr")
