"""Reader30, session 57: below 60em the search's field is inside the search its button opens, and Tab went from the
button into the field, which opened the search, whose Tab goes round its field and results (reader21): a reader with
the keyboard alone, at 320 px, never reached the text after the header by Tab (Escape put them back on the button,
and Tab into the search again). There the field takes focus once the search is open: Tab goes from the button to the
text, Enter on the button opens the search with focus in its field; on a wide screen the field is a Tab stop."""
from __future__ import annotations

import pytest
from reader import go, settled
from test_reader30_header_title import two  # noqa: F401  (the site of two versions, French and English)

ACTIVE = """() => { const e = document.activeElement; return {search: document.getElementById('__search').checked,
  field: e.classList.contains('md-search__input'), content: !!e.closest('.md-content'), tag: e.tagName}; }"""


def _tab_to_the_search_button(page) -> None:
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('label[for=__search]')"):
            return
    raise AssertionError("the search's button was never reached by Tab")


@pytest.mark.parametrize("path", ["/fr/latest/", "/en/2024-05-20/changes/"])
def test_at_320_px_tab_goes_past_the_search_to_the_text(new_context, two, path):  # noqa: F811
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    go(page, two.url(path))
    settled(page)
    _tab_to_the_search_button(page)
    page.keyboard.press("Tab")
    said = page.evaluate(ACTIVE)
    assert said["content"] and not said["search"] and not said["field"], said
    page.keyboard.press("Shift+Tab")  # back on the button, Enter opens the search, focus in its field
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.getElementById('__search').checked")
    page.wait_for_function("() => document.activeElement.classList.contains('md-search__input')")
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    page.close()


def test_on_a_wide_screen_the_search_field_is_a_tab_stop(new_context, two):  # noqa: F811
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, two.url("/fr/latest/"))
    settled(page)
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate(ACTIVE)["field"]:
            break
    assert page.evaluate(ACTIVE)["field"]
    page.keyboard.press("Escape")
    page.wait_for_function("() => !document.getElementById('__search').checked")
    # a screen made narrow (the search closed: the field no Tab stop), then wide again: a Tab stop again
    page.set_viewport_size({"width": 320, "height": 700})
    settled(page)
    assert page.evaluate("() => document.querySelector('.md-search__input').tabIndex") == -1
    page.set_viewport_size({"width": 1280, "height": 800})
    settled(page)
    assert page.evaluate("() => document.querySelector('.md-search__input').tabIndex") == 0
    page.close()
