"""Reader31, session 58: at 320 CSS px the side-by-side page's header was 88 px high before the page was even scrolled:
the page's title, which the header shows once the page is scrolled ("Version of May 20, 2024: the authoritative text
and its translation side by side", five lines there), shares the name's grid cell (reader30), and the header was as
high as it, the site's name and version needing 69. A title taller than the name and version now stays out of the
header: the header is as high as they are, scrolled or not (nothing under it moves), and keeps showing them, whole; a
title that fits is still shown once scrolled (test_reader30_header_title)."""
from __future__ import annotations

import pytest
from reader import go, settled
from test_reader30_header_title import two  # noqa: F401  (the site of two versions, French and English)

SEEN = """() => { const h = document.querySelector('.md-header'), t = document.querySelector('.md-header__title');
  const [name, title] = document.querySelectorAll('.md-header__topic');
  const needed = [...name.children].reduce((sum, e) => sum + e.offsetHeight, 0);
  const r = name.getBoundingClientRect(), hr = h.getBoundingClientRect();
  return {header: h.offsetHeight, cell: t.offsetHeight, needed: needed, titleHeight: title.firstElementChild.offsetHeight,
          active: t.classList.contains('md-header__title--active'),
          nameShown: getComputedStyle(name).opacity === '1' && r.top >= hr.top - 0.5 && r.bottom <= hr.bottom + 0.5,
          titleShown: getComputedStyle(title).visibility !== 'hidden' && getComputedStyle(title).opacity !== '0',
          clipped: [...name.querySelectorAll('.md-ellipsis')].some(e => e.scrollHeight > e.clientHeight + 1),
          wide: document.documentElement.scrollWidth}; }"""


@pytest.mark.parametrize("large", [False, True])
def test_the_side_by_side_header_is_as_high_as_the_name_and_version_at_320_px(new_context, two, large):  # noqa: F811
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    if large:  # the browser's text at 200 % (WCAG 1.4.4 with 1.4.10)
        page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(page, two.url("/en/latest/side-by-side/"))
    page.locator(".md-version__current").wait_for()
    settled(page)
    top = page.evaluate(SEEN)
    assert top["titleHeight"] > top["needed"], top  # (the case: a title taller than the name and version)
    # (the cell of the name and title, which is the header but for its buttons' row below 20em: at 200 %)
    assert top["cell"] <= top["needed"] + 10 and top["nameShown"] and not top["clipped"], top
    page.evaluate("window.scrollTo(0, 3000)")
    page.wait_for_selector(".md-header__title--active")
    settled(page)
    scrolled = page.evaluate(SEEN)
    assert scrolled["header"] == top["header"] and scrolled["nameShown"] and not scrolled["titleShown"], scrolled
    assert scrolled["wide"] <= 320
    page.focus(".md-version__current")  # the version button, in the header, reached and shown
    assert page.evaluate(SEEN)["nameShown"]
    page.close()


def test_on_a_wide_screen_the_title_still_takes_the_names_place(new_context, two):  # noqa: F811
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, two.url("/en/latest/side-by-side/"))
    settled(page)
    page.evaluate("window.scrollTo(0, 3000)")
    page.wait_for_selector(".md-header__title--active")
    settled(page)
    said = page.evaluate(SEEN)
    assert said["titleShown"] and said["header"] == 48, said
    page.close()
