"""Sections known by an id of their own (`## 3. Retention {#retention}`) renumbered by a section inserted before them
(redline16): the redline names them by their headings' numbers, as it names sections known by their numbers, "§2–§5 →
§3–§6 (4 renumbered, text unchanged)" said once, not "Retention (renumbered, text unchanged)" for each with neither
number; the section inserted "§2 Cookies (added)". Alike in the compare page's engine (redline.js)."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from unit.test_redline import policy

BODY = ("## 1. Scope {#scope}\n\nThis policy covers the website and the app.\n\n"
        "## 2. Data we collect {#data}\n\nWe collect your name and your e-mail address.\n\n"
        "## 3. Retention {#retention}\n\nWe keep your data for one year.\n\n"
        "## 4. Your rights {#rights}\n\nYou may ask for access at any time.\n\n"
        "## 5. Contact {#contact}\n\nWrite to our desk for any question.\n")
INSERTED = BODY.replace("## 2. Data", "## 2. Cookies {#cookies}\n\nWe use no cookies at all.\n\n## 3. Data") \
    .replace("## 3. Retention", "## 4. Retention").replace("## 4. Your", "## 5. Your").replace("## 5. Contact",
                                                                                                "## 6. Contact")
UNNUMBERED = ("## Intro\n\nText of the introduction here.\n\n## 2.1 Access\n\nYou may ask for access.\n\n"
              "## Other\n\nOther words of the text.\n")


def test_sections_known_by_their_ids_renumbered_are_named_by_their_numbers_and_said_once():
    r = redline.diff(policy(BODY), policy(INSERTED, date="2030-02-01"))
    text = redline.render_text(r, color=False)
    assert "§2 Cookies (added)" in text
    assert "§2–§5 → §3–§6 (4 renumbered, text unchanged)" in text
    assert "Retention (renumbered" not in text
    removed = redline.render_text(redline.diff(policy(INSERTED), policy(BODY, date="2030-02-01")), color=False)
    assert "§2 Cookies (removed)" in removed and "§3–§6 → §2–§5 (4 renumbered, text unchanged)" in removed


def test_a_numbered_heading_on_a_page_that_numbers_none_is_named_by_its_number():
    r = redline.diff(policy(UNNUMBERED), policy(UNNUMBERED.replace("ask for", "request"), date="2030-02-01"))
    assert "§2.1 Access (changed)" in redline.render_text(r, color=False)


def test_alike_in_the_compare_pages_engine():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (
        BODY, INSERTED, INSERTED.replace("one year", "two years"), UNNUMBERED, UNNUMBERED.replace("ask for", "request"))]
    _check(list(itertools.permutations(texts[:3], 2)) + list(itertools.permutations(texts[3:], 2)))
