"""safety84: a link whose words are a letter or a short word ("a", "x") with a title breaking out of its quotes
(`[a](https://example.org/ "x\\" onmouseover=\\"alert(1)")`) was refused at the page's title line: its words were
looked for as a substring, the "a" of "Example". The refusal names the line writing the link."""
from __future__ import annotations

import pytest

from policysite import rendering
from unit.test_safety84_read_apart_line import HEAD


@pytest.mark.parametrize("written", [
    '[a](https://example.org/ "x\\" onmouseover=\\"alert(1)")',
    '[a](https://example.org/ "</a><img src=x onerror=alert(1)>")',
    'Text <span title="We sell your data">a</span>.',
])
def test_a_title_the_page_does_not_show_is_said_at_the_line_of_its_link(written):
    found = [(f.line, f.rule) for f in rendering.check(HEAD + written + "\n", path="p.md", lang="en")
             if f.rule == "editorial.tooltip"]
    assert found == [(15, "editorial.tooltip")], found


def test_an_attribute_is_found_from_its_element_s_words_as_words_of_their_own():
    body = '# Example policy\n\nSee <abbr title="y">b</abbr>.\n\nSee <span title="x">a</span>.'
    assert rendering._line_of(body, "a", "title", "x") == 5  # (not the abbreviation's line, 3)
