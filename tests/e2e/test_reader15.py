"""Reader15, session 42: a reader's link that names a section a version lacks says so, read with scripts or without,
in Chromium, on the session's site (three synthetic versions, whose sections are §1, §2 and §2.1, and the frozen real
policy)."""
from __future__ import annotations

import pytest
from reader import go

from policysite.strings import strings

UNSCRIPTED = ".md-content .policy-unscripted"


def _a_real_section(site, lang: str) -> str:
    """A section of the text in force, far down it, that no synthetic version has."""
    anchor = site.sections(lang)[8].anchor
    assert anchor not in ("s1", "s2", "s2-1"), anchor
    return anchor


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_without_javascript_a_link_to_a_section_the_version_lacks_says_so_at_the_top(new_context, site, lang):
    """Without scripts, `fr/<old version>/#s9` (a section added later) left the reader at the text's top, silently, as if
    it were the section: policy.js alone showed the note. The page says, in its language, that a link to a section that
    brought the reader to the top names one this version lacks, and links the history; not where the address names a
    section the page has (the reader is on it)."""
    page = new_context(java_script_enabled=False).new_page()
    old, section = site.archived[0], _a_real_section(site, lang)
    page.goto(site.version_url(lang, old, section), wait_until="load")
    note = page.locator(UNSCRIPTED)
    assert note.is_visible()
    assert note.inner_text().strip() == f"{strings(lang)['section_missing_unscripted']} {strings(lang)['history_link']}"
    assert note.locator("a").get_attribute("href") == "../history/"
    box, height = note.bounding_box(), page.viewport_size["height"]
    assert page.evaluate("scrollY") == 0 and 0 <= box["y"] and box["y"] + box["height"] <= height, box
    assert not page.locator(".md-content .policy-missing").is_visible()  # the scripted note's words: not said here
    page.goto(site.version_url(lang, old, "s2-1"), wait_until="load")
    assert not page.locator(UNSCRIPTED).is_visible()
    assert page.evaluate("scrollY") > 0


def test_with_javascript_the_scripted_note_is_shown_and_the_unscripted_one_never(page, site):
    """With scripts, the note policy.js shows stays the one said (`section_missing`); the conditional words for a reader
    without scripts never show, whether the section is there or not."""
    old, section = site.archived[0], _a_real_section(site, "fr")
    go(page, site.version_url("fr", old, section))
    page.locator(".md-content .policy-missing").wait_for(state="visible")
    assert page.locator(".md-content .policy-missing").inner_text().startswith(strings("fr")["section_missing"])
    assert not page.locator(UNSCRIPTED).is_visible()
    go(page, site.version_url("fr", old))
    assert not page.locator(UNSCRIPTED).is_visible() and not page.locator(".md-content .policy-missing").is_visible()
