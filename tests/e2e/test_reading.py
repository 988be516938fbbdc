"""Reading the policy: without JavaScript and across languages (print and phone: test_landing_pages.py)."""
from __future__ import annotations

import re

import pytest
from reader import heading_top, switch_language

HEADINGS = ".md-content :is(h2, h3, h4, h5, h6)[id]"


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_whole_text_without_javascript(new_context, site, lang):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(site.policy_url(lang))
    sections = site.sections(lang)
    assert page.locator(HEADINGS).evaluate_all("hs => hs.map(h => h.id)") == [s.anchor for s in sections]
    assert len(sections) == 48 and sections[0].anchor == "s1" and sections[-1].anchor == "s22"
    text = squash(page.locator(".md-content").inner_text())
    missing = [f"§{s.number}: {block.text[:60]}" for s in sections for block in s.blocks
               if squash(block.text) not in text]
    assert missing == []
    titles = [squash(t).rstrip("¶ ") for t in page.locator(HEADINGS).all_text_contents()]
    assert titles == [squash(f"{s.number}{'.' if s.level == 2 else ''} {s.title}") for s in sections]


def assert_at_section(page, site, lang: str, anchor: str) -> None:
    assert page.url == site.policy_url(lang, anchor)
    assert page.evaluate("document.documentElement.lang") == lang
    assert -2 < heading_top(page, anchor) < 150, "the section is not at the top of the screen"


def test_language_switch_keeps_the_section_in_the_address(page, site):
    page.goto(site.policy_url("fr", "s11"))
    switch_language(page, "en")
    assert_at_section(page, site, "en", "s11")
    switch_language(page, "fr")
    assert_at_section(page, site, "fr", "s11")


def test_language_switch_keeps_the_section_scrolled_to(page, site):
    """No anchor in the address: policy.js takes the heading at the top of the screen."""
    page.goto(site.policy_url("fr"))
    page.evaluate("document.getElementById('s11').scrollIntoView()")
    assert "#" not in page.url and -2 < heading_top(page, "s11") < 100
    switch_language(page, "en")
    assert_at_section(page, site, "en", "s11")
    page.evaluate("history.replaceState(null, '', location.pathname); document.getElementById('s11').scrollIntoView()")
    switch_language(page, "fr")
    assert_at_section(page, site, "fr", "s11")
