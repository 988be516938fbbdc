"""Reader33, session 59: the browser's Back on the compare page.

A pair chosen was written over the page's address (history.replaceState): Back after choosing one left the compare
page. Each pair chosen is now one entry of the history (history.pushState); Back returns to the pair before, then to
the empty choice, and Forward to the pair after, the page showing what the address says (popstate)."""
from __future__ import annotations

import pytest

STATUS = ".policy-compare-status"


def _choose(page, old: str, new: str) -> None:
    page.locator("#policy-compare-old").select_option(old)
    page.locator("#policy-compare-new").select_option(new)
    page.locator(".policy-compare-form button[type=submit]").click()


def _shows(page, done: str, old: str, new: str) -> None:
    page.wait_for_url(f"**#{old}..{new}")
    page.wait_for_function(
        "([sel, words, old, neu]) => document.querySelector(sel).textContent.trim().startsWith(words)"
        " && document.getElementById('policy-compare-old').value === old"
        " && document.getElementById('policy-compare-new').value === neu"
        " && document.querySelector('.policy-compare-result').children.length > 0",
        arg=[STATUS, done, old, new])


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_back_returns_to_the_pair_before_then_to_the_empty_choice(opened, site, lang):
    from policysite.strings import strings

    done = strings(lang)["compare_done"].split("{")[0]
    first, second, third = site.versions[0], site.versions[1], site.versions[-1]
    page = opened(site.url(f"compare-{lang}"))
    page.locator(".policy-compare-form").wait_for(state="visible")
    start, entries = page.url, page.evaluate("history.length")
    offered = [page.locator(f".policy-compare select >> nth={n}").input_value() for n in (0, 1)]
    _choose(page, first, second)
    _shows(page, done, first, second)
    _choose(page, first, third)
    _shows(page, done, first, third)
    assert page.evaluate("history.length") == entries + 2  # one entry a pair

    page.go_back()
    _shows(page, done, first, second)
    page.go_back()
    assert page.url == start  # still the compare page, as first opened: nothing compared, nothing said
    page.wait_for_function("document.querySelector('.policy-compare-result').children.length === 0")
    assert page.locator(STATUS).inner_text().strip() == ""
    assert page.locator(".redline-legend").is_hidden()
    assert [page.locator(f".policy-compare select >> nth={n}").input_value() for n in (0, 1)] == offered

    page.go_forward()
    _shows(page, done, first, second)
    # the same pair chosen again is no new step: Back from it is the empty choice
    _choose(page, first, second)
    _shows(page, done, first, second)
    page.go_back()
    assert page.url == start
    page.wait_for_function("document.querySelector('.policy-compare-result').children.length === 0")
