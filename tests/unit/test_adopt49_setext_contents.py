"""Adopt49: a README-style Markdown policy from GitHub, its headings underlined (setext), its table of contents written
by hand under `Contents` over `--------`: the contents were a section of the policy, unnumbered among numbered ones,
where the same list under `## Contents` is a bold line over its links (contents.unsectioned read `#` headings only)."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert
from policysite.convert.contents import unsectioned
from policysite.convert.markdown_lines import setext_words
from policysite.convert.notes import Notes

DATA = Path(__file__).parents[1] / "data" / "adoption49"


def _sections(markdown: str) -> list[str]:
    policy = document.parse(f"---\ndate: 2022-08-09\n---\n{markdown}", path="import", lang="en")
    return [f"{section.numeral} {section.title}".strip() for section in policy.sections]


def test_a_hand_written_contents_under_an_underlined_heading_is_no_section():
    converted = convert(DATA / "PRIVACY-2022-08-09.md", lang="en")
    assert "\n**Contents**\n\n1. [Introduction](#1-introduction)\n" in converted.markdown, converted.markdown
    assert "Contents\n--------" not in converted.markdown, converted.markdown
    assert _sections(converted.markdown) == ["1 Introduction", "2 Data we collect", "2.1 Without an account",
                                             "2.2 With a sync account", "3 Third parties", "4 Contact"]
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("line 13: the heading “Contents” over a table of contents") for note in said), said


def test_the_contents_end_at_the_next_underlined_heading_and_keep_their_id():
    body = ("Privacy\n=======\n\nTable of contents {#toc}\n=================\n\n- [Data](#data)\n- [Rights](#rights)\n\n"
            "Data\n----\n\nWe keep your name. [Back to top](#toc)\n\nRights\n------\n\nAsk us.\n")
    made = unsectioned(body, Notes())
    assert made.startswith("Privacy\n=======\n\n**Table of contents**\n\n\n- [Data](#data)\n"), made
    assert "We keep your name. [Back to top](#top)" in made, made


def test_words_under_an_underlined_contents_heading_keep_it_a_section():
    body = "Contents\n--------\n\nThis notice holds:\n\n- [Data](#data)\n- [Rights](#rights)\n\nData\n----\n\nName.\n"
    assert unsectioned(body, Notes()) == body


def test_setext_words_are_a_one_line_paragraph_over_a_rule():
    lines = ["Title", "=====", "", "- item", "------", "", "a | b", "--|--", "", "one", "two", "---", "", "Data", "---"]
    assert [n for n in range(len(lines)) if setext_words(lines, n)] == [0, 13]
