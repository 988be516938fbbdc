"""safety75 (session 48's leftover): a page box's rule (`@page`, `@page :first`), which applies to print alone, was
crossed with the screen's colours as an element's, named "()" (its selector is none): `background-color: #111 ()`.
It is print's, as `@media print` is: its own colours are judged against the page's, once, and no screen's colour is
crossed with it."""
from __future__ import annotations

import pytest

from policysite import css_rules


@pytest.mark.parametrize(("css", "said"), [
    ("@page { background-color: #111 }\np { color: #000 }", ["sets background-color: #111: a contrast of 1.2:1 with the "
                                                               "page's text"]),
    ("@page :first { color: #fff }", ["sets color: #fff: a contrast of 1.0:1 with the page's background"]),
    ("@media print { @page { background-color: #111 } }", ["sets background-color: #111: a contrast of 1.2:1 with the "
                                                            "page's text"]),
])
def test_a_page_box_s_colours_are_judged_once_and_named_by_nothing_empty(css, said):
    found = [str(why) for _place, why in css_rules.css_problems(css)]
    assert [why.partition(", under")[0] for why in found] == said, found
    assert not any("()" in why for why in found), found


def test_an_element_s_colours_are_still_crossed_on_screen():
    found = [str(why) for _place, why in css_rules.css_problems(".md-content { background-color: #000 }\n"
                                                                 "p { color: #000 }")]
    assert any(why.startswith("sets color: #000 (p): a contrast of 1.0:1 between color: #000 (p) and "
                              "background-color: #000 (.md-content)") for why in found), found
