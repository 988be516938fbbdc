"""safety84: words a raw HTML block shows that the checks do not read (mutation XSS through <xmp>, <select><style>,
MathML's <mglyph><style>, whose <img …> a browser shows as text) were said at the line of the last word read before
them, or of the next one after, a line that does not write them: the refusal names the line writing them."""
from __future__ import annotations

import pytest

from policysite import rendering

HEAD = ("---\ndate: 2024-05-01\n---\n\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph one.\n\n"
        "## 2. Second section\n\nBravo paragraph.\n\n")  # (the input starts at line 15)


@pytest.mark.parametrize(("written", "line"), [
    ("<xmp><img src=x onerror=alert(1)></xmp>", 15),  # (last on the page: not Bravo's line, 13)
    ("<xmp><img src=x onerror=alert(1)></xmp>\n\nCharlie paragraph.", 15),  # (not Charlie's, 17)
    ("Delta line.\n\n<select><style><img src=x onerror=alert(1)></style></select>\n\nCharlie paragraph.", 17),
    ("<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", 15),
])
def test_words_shown_and_unread_are_said_at_the_line_writing_them(written, line):
    found = [(f.line, f.rule) for f in rendering.check(HEAD + written + "\n", path="p.md", lang="en")
             if f.rule == rendering.RULE_READ]
    assert found == [(line, rendering.RULE_READ)], found


def test_a_word_is_found_as_a_word_of_its_own_between_the_lines_given():
    lines = ["imagery", "the img here", "img again"]
    assert rendering._writing_word(lines, "img", 1, 3) == 2
    assert rendering._writing_word(lines, "img", 3, 3) == 3
    assert rendering._writing_word(lines, "absent", 1, 3) == 1
