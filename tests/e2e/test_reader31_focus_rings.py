"""Reader31, session 58: an entry of the version menu or of the language menu, and the search's field, reached by the
keyboard showed focus by a faint tint and a colour change alone: Material sets them `outline: none` (WCAG 2.4.7, and
1.4.11's 3:1 for what shows focus). Each now has a ring at least 2 px wide at 3:1 and more on what is under it, in the
light and the dark scheme, on a wide screen and at 320 px."""
from __future__ import annotations

import re

import pytest
from reader import go, in_each_scheme, settled
from test_reader30_header_title import two  # noqa: F401  (the site of two versions, French and English)
from test_reader_controls import _contrast

# The focused element's ring and what it is drawn on: inside its edge (a negative offset) its own background laid on
# the first one not transparent around it, outside it that one.
_RING = """() => { const e = document.activeElement, s = getComputedStyle(e);
    let under = getComputedStyle(document.body).backgroundColor;
    for (let p = e.parentElement; p; p = p.parentElement) { const c = getComputedStyle(p).backgroundColor;
        if (!/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') { under = c; break; } }
    return {what: e.className + ' ' + (e.textContent || e.placeholder || '').trim().slice(0, 30), style: s.outlineStyle,
            width: parseFloat(s.outlineWidth), colour: s.outlineColor, offset: parseFloat(s.outlineOffset),
            own: s.backgroundColor, under: under}; }"""


def _lay(colour: str, background: str) -> str:
    """A computed colour with its alpha laid on `background` (rgb), as the eye sees it."""
    *fg, alpha = ([float(n) for n in re.findall(r"[\d.]+", colour)] + [1.0])[:4]
    bg = [float(n) for n in re.findall(r"[\d.]+", background)][:3]
    return "rgb({})".format(", ".join(str(alpha * f + (1 - alpha) * b) for f, b in zip(fg[:3], bg, strict=True)))


def _seen(page, label: str) -> list:
    settled(page)
    ring = page.evaluate(_RING)
    backgrounds = [ring["under"]] + ([_lay(ring["own"], ring["under"])] if ring["offset"] < 0 else [])
    low = [b for b in backgrounds if _contrast(ring["colour"], b) < 3]
    return [] if ring["style"] not in ("none", "hidden") and ring["width"] >= 2 and not low else [(label, ring)]


@pytest.mark.parametrize("width", [1280, 320])
def test_menu_entries_and_the_search_field_show_focus_by_a_ring(new_context, two, width):  # noqa: F811
    page = new_context(viewport={"width": width, "height": 800}).new_page()
    go(page, two.url("/fr/latest/"))
    settled(page)
    bad = []
    for scheme in in_each_scheme(page):
        page.focus(".md-version__current")
        page.keyboard.press("Enter")  # the version menu opened from the keyboard, Tab into its entries
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.classList.contains('md-version__link')")
        bad += _seen(page, f"{scheme}: version entry")
        page.keyboard.press("Escape")
        page.focus(".md-header__option .md-select button, .md-header__option .md-select [tabindex]")
        page.keyboard.press("Tab")  # the language menu opens as focus enters it
        assert page.evaluate("() => document.activeElement.classList.contains('md-select__link')")
        bad += _seen(page, f"{scheme}: language entry")
        page.keyboard.press("Escape")
        if width < 960:  # the search opens over the screen, its field focused (reader30)
            page.focus("label[for=__search]")
            page.keyboard.press("Enter")
        else:
            page.focus(".md-search__input")
        page.wait_for_function("() => document.getElementById('__search').checked")
        page.wait_for_function("() => document.activeElement.classList.contains('md-search__input')")
        bad += _seen(page, f"{scheme}: search field")
        page.keyboard.press("Escape")
        page.wait_for_function("() => !document.getElementById('__search').checked")
    assert bad == [], bad
    page.close()
