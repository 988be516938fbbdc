"""Adopt51: a list item whose words begin on the line after its marker (`-` or `1.` alone on its line, as some
editors and exports write them) was placed on the marker's line: a misspelt word of it, and every finding of its
words, named the line above the one that writes them. The item is now where its words are; an item whose words
follow its marker is where it was."""
from __future__ import annotations

from policysite import document, spelling

TEXT = ("---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n"
        "-\n  We keep your data\n  for a yeer.\n- We share nothing.\n\n"
        "1.\n   We answer withinn a week.\n2. We delete it.\n")


def lines_of(text: str) -> dict[str, int]:
    return {line.strip(): number for number, line in enumerate(text.splitlines(), 1) if line.strip()}


def test_an_item_is_on_the_line_of_its_first_words():
    policy = document.parse(TEXT, path="docs/en/index.md", lang="en")
    at = lines_of(TEXT)
    items = [block for section in policy.sections for block in section.blocks if block.kind == "item"]
    assert [(item.text, item.line) for item in items] == [
        ("We keep your data for a yeer.", at["We keep your data"]), ("We share nothing.", at["- We share nothing."]),
        ("We answer withinn a week.", at["We answer withinn a week."]), ("We delete it.", at["2. We delete it."])]
    assert items[0].line_of("yeer") == at["for a yeer."]


def test_a_misspelt_word_is_said_on_its_own_line():
    policy = document.parse(TEXT, path="docs/en/index.md", lang="en")
    found = spelling.check(policy, words=frozenset({"we", "keep", "your", "data", "for", "a", "share", "nothing",
                                                    "answer", "within", "week", "delete", "it", "title", "scope"}))
    at = lines_of(TEXT)
    assert sorted((f.line, f.message.split("“")[1].split("”")[0] if "“" in f.message else f.message)
                  for f in found) == [(at["for a yeer."], "yeer"), (at["We answer withinn a week."], "withinn")]
