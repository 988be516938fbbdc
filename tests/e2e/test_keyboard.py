"""Keyboard focus is always on something the reader can see, and the header's menus close on Escape (WCAG 2.4.7,
1.4.13; reader audit 13: findings 12, 15, 26)."""
from __future__ import annotations

SHOWN = "e => { const s = getComputedStyle(e); return s.visibility !== 'hidden' && Number(s.opacity) > 0.5 }"


def test_the_version_button_is_shown_while_it_has_focus_on_a_scrolled_page(page, site):
    page.goto(site.policy_url("fr", "s11"), wait_until="networkidle")
    page.wait_for_selector(".md-header__title--active")  # scrolled: Material shows the page's title instead
    topic = page.locator(".md-header__topic").first
    assert not topic.evaluate(SHOWN)
    page.focus(".md-version__current")
    page.wait_for_timeout(400)  # the topics' transition
    assert topic.evaluate(SHOWN)


def test_on_a_phone_the_closed_drawer_and_search_are_out_of_the_tab_order(phone_page, site):
    phone_page.goto(site.policy_url("fr"), wait_until="networkidle")
    for selector in (".md-sidebar--primary", ".md-search__inner"):
        assert phone_page.locator(selector).evaluate("e => getComputedStyle(e).visibility") == "hidden", selector
    focused = []
    for _ in range(12):
        phone_page.keyboard.press("Tab")
        focused.append(phone_page.evaluate(
            "() => !!document.activeElement.closest('.md-sidebar--primary, .md-search__inner')"))
    assert not any(focused)
    phone_page.click("label.md-header__button[for=__drawer]")
    phone_page.wait_for_timeout(300)
    assert phone_page.locator(".md-sidebar--primary").evaluate("e => getComputedStyle(e).visibility") == "visible"


def test_escape_closes_the_version_menu_and_leaves_focus_on_its_button(page, site):
    page.goto(site.policy_url("fr"), wait_until="networkidle")
    page.focus(".md-version__current")
    page.wait_for_timeout(300)
    listing = page.locator(".md-version__list")
    assert listing.evaluate(SHOWN)
    page.keyboard.press("Escape")
    assert not listing.evaluate(SHOWN)
    assert page.evaluate("document.activeElement.classList.contains('md-version__current')")
    page.keyboard.press("Tab")  # focus moves on: the menu opens again when asked
    page.focus(".md-version__current")
    page.wait_for_timeout(300)
    assert listing.evaluate(SHOWN)
