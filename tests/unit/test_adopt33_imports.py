"""Adopt33: an imported policy nobody here wrote, read as its author meant it."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import strings
from tests.helpers import imported_text

# MkDocs Material's kinds of note box besides those GitHub's alerts share, with their other names
_MATERIAL_KINDS = {"abstract": "summary", "summary": "summary", "tldr": "summary", "todo": "todo",
                   "success": "success", "check": "success", "done": "success", "question": "question",
                   "help": "question", "faq": "question", "failure": "failure", "fail": "failure",
                   "missing": "failure", "bug": "bug", "example": "example", "quote": "quote", "cite": "quote",
                   "info": "info", "danger": "danger"}


@pytest.mark.parametrize("lang", ["fr", "de", "it", "pl", "ja", "ar"])
def test_materials_other_note_boxes_are_titled_in_the_pages_language(tmp_path: Path, lang):
    """`!!! abstract`, `!!! example`, `!!! tldr`… with no title on a French page were titled by their kind's English
    word ("**Abstract**", "**Tldr**"): each is its kind's word in the page's language; a title written stays."""
    boxes = "".join(f"!!! {kind}\n    Words {n}.\n\n" for n, kind in enumerate(_MATERIAL_KINDS))
    text = imported_text(tmp_path, "privacy-2021-06-01.md", f"# Privacy\n\n## 1. Scope\n\n{boxes}"
                                                            "!!! example \"Own words\"\n    Words last.\n", lang=lang)
    words = strings.strings(lang)
    for n, word in enumerate(_MATERIAL_KINDS.values()):
        assert f"**{words['callout_' + word]}**\n\nWords {n}." in text.body, text.body
    assert "**Own words**\n\nWords last." in text.body, text.body



def test_a_headings_id_starting_with_a_digit_is_its_sections_alias():
    """`{#1-purpose}`, `{#3.1}` (ids an old page gave its headings, a table of contents plugin's) were read as no id:
    the section had its number's id and nothing answered the old one. It lands on the section now, as an alias; an
    id no HTML element can have (`{#§1}`) is none still, and a dated id (`{#2021-02-17.s4}`: the history's, which the
    output check refuses on a heading) no alias."""
    from policysite import anchors, document

    policy = document.parse("# Privacy\n\nSee [the data](#2).\n\n## 1. Purpose {#1-purpose}\n\nWords.\n\n"
                            "## 2. Data {#2 .x}\n\nMore.\n\n### 2.1 Keeping {#3.1}\n\nYears.\n\n## 3. Rights {#§1}\n\n"
                            "Ask.\n\n## 4. Contact {#2021-02-17.s4}\n\nWrite.\n", path="privacy.md", lang="en")
    assert [(s.anchor, s.former) for s in policy.sections] == [
        ("s1", ("1-purpose",)), ("s2", ("2",)), ("s2-1", ("3.1",)), ("s3", ()), ("s4", ())]
    page = anchors.own_anchors(policy)
    assert anchors.alias_map(page) == {"s1": ["1-purpose"], "s2": ["2"], "s2-1": ["3.1"]}
    assert anchors.dead_links(policy, page) == []
