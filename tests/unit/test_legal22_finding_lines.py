"""legal22: the editorial findings of characters (a direction override or mark, a number a browser reorders, marks
piled on a letter, a character struck through, a digit of another script or a letter passing for one, a number an
invisible character splits) name the Markdown line that writes them, as legal21's spelling and links do: in a wrapped
paragraph, a list item, a quotation or a footnote they were said at the block's first line."""
from __future__ import annotations

import pytest

from policysite import document, editorial

PAGE = "docs/en/index.md"
FRONT = "---\ndate: 2024-05-01\n---\n"
TOP = "\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph one.\n\n## 2. Second section\n\n"
# Each finding's message key, and words that make it, written on a line of their own below the block's first
WRONG = {
    "editorial.digits/script": "we keep it \u09ed0 days",
    "editorial.digits/letter": "we keep it 3O days",
    "editorial.digits/split": "we keep it 3\u200b0 days",
    "editorial.bidi/override": "we keep it \u202eforever",
    "editorial.bidi/digits": "call us on 12\u200f34",
    "editorial.bidi/mark": "we keep\u200f it",
    "editorial.bidi/isolated": "kept \u2067\u05d0 90 days, not 30\u2069 here",
    "editorial.bidi/reordered": "kept \u0627 30-90 days",
    "editorial.stacked": "we keep ze\u0301\u0302\u0303\u0304ro",
    "editorial.struck": "we do n\u0336o\u0336t\u0336 sell it",
}
# Each place, the wrong words on its third line (the block opens on its first)
PLACES = {
    "paragraph": "First line of it,\nsecond line of it,\n{}.",
    "list item": "- First line of it,\n  second line of it,\n  {}.\n- Another item.",
    "quotation": "> First line of it,\n> second line of it,\n> {}.",
    "footnote": "Text[^1].\n\n[^1]: First line of it,\n    second line of it,\n    {}.",
    "table cell": "| Data | Kept |\n| --- | --- |\n| Logs | {} |",
}


def _found(text: str, lang: str = "en") -> list[tuple[int, str]]:
    policy = document.parse(text, path=PAGE, lang=lang)
    return [(f.line, f.key) for f in editorial.check(policy, brand="Example")
            if f.key.startswith(("editorial.digits", "editorial.bidi", "editorial.stacked", "editorial.struck"))]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("key", WRONG)
def test_a_character_s_finding_names_the_line_writing_it(place, key):
    text = FRONT + TOP + PLACES[place].format(WRONG[key]) + "\n"
    expected = next(n for n, line in enumerate(text.split("\n"), start=1) if WRONG[key] in line)
    assert _found(text) == [(expected, key)]


def test_a_number_s_finding_names_the_line_where_a_wrap_cuts_it():
    text = FRONT + TOP + "First line of it,\nwe call \u0627 30\n90 days later.\n"
    assert _found(text) == [(14, "editorial.bidi/reordered")]


@pytest.mark.parametrize(("key", "wrong"), [
    ("editorial.bidi/reordered-rtl", "\u0627\u062a\u0635\u0644 +966 11 123 4567"),
    ("editorial.bidi/reordered-address", "\u0627\u0643\u062a\u0628 https://acme.example/"),
])
def test_a_right_to_left_text_s_number_or_address_names_its_line(key, wrong):
    text = (FRONT + "\n# \u0633\u064a\u0627\u0633\u0629\n\n## 1. \u0627\u0644\u0623\u0648\u0644\n\n"
            "\u0633\u0637\u0631 \u0623\u0648\u0644,\n\u0633\u0637\u0631 \u062b\u0627\u0646,\n" + wrong + "\n")
    assert _found(text, "ar") == [(11, key)]


def test_a_finding_the_markdown_does_not_write_as_read_is_said_at_the_block_s_line():
    # (an entity writes the override: the text has it, the Markdown not as such)
    text = FRONT + TOP + "First line of it,\nsecond line of it,\nwe keep it &#x202E;forever.\n"
    assert _found(text) == [(13, "editorial.bidi/override")]
