"""Safety hunt 87: ARIA in a policy text that tells a screen reader of a structure the eye does not see. The output
check refused the labels and roles that replace an element's words (safety82), and passed every other role and ARIA
attribute: a paragraph made a level-1 heading, a section's heading made none, §2's heading read inside another
paragraph (`aria-owns`). The text may carry the site's own (a notice's role="status", a legend's role="note", a list
of versions' aria-current, the "¶"'s aria-hidden), nothing else."""
from __future__ import annotations

import pytest

from policysite import safety
from unit.test_safety import THEME, page


def _found(article: str) -> list[str]:
    return [str(v.message) for v in safety.check_page(page(article), file="en/2024-05-01/index.html",
                                                      theme_dirs=THEME) if v.message.key == "output.aria-structure"]


@pytest.mark.parametrize(("article", "what"), [
    ('<p role="heading" aria-level="1">We sell your data.</p>', "<p role=“heading”>"),
    ('<p role="heading" aria-level="1">We sell your data.</p>', "<p aria-level=“1”>"),
    ('<h3 id="s2-1" role="none">2.1 Retention</h3>', "<h3 role=“none”>"),
    ('<table role="presentation"><tr><td>Data</td><td>Kept</td></tr></table>', "<table role=“presentation”>"),
    ('<p aria-owns="s2">We keep your data.</p>', "<p aria-owns=“s2”>"),
    ('<p aria-flowto="s2">We keep your data.</p>', "<p aria-flowto=“s2”>"),
    ('<ol><li aria-posinset="9">First</li></ol>', "<li aria-posinset=“9”>"),
], ids=["role-heading", "aria-level", "role-none", "role-presentation", "aria-owns", "aria-flowto", "aria-posinset"])
def test_a_structure_only_a_screen_reader_is_told_is_refused(article, what):
    found = _found(article)
    assert any(message.startswith(what + ": tells a screen reader of a structure the eye does not see")
               for message in found), found


def test_the_site_s_own_aria_passes():
    article = ('<div class="policy-version"><ul><li aria-current="page">May 1, 2024 (this version)</li></ul></div>'
               '<div class="admonition note" role="note"><p>Legend</p></div><p role="status">Saved.</p>'
               '<h3 id="s2-1">2.1 Data<a class="headerlink" aria-hidden="true" tabindex="-1" href="#s2-1" '
               'title="Permanent link">¶</a></h3>')
    assert _found(article) == []
