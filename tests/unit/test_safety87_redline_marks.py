"""Safety hunt 87: the redline's marks in a policy text. A <del> or <ins> of the text was refused unless it held the
redline's class, which the text may write: `<del class="redline-del">not</del>` drew a policy page's clause struck out
as if the version had deleted it, inside a forged `div.redline` too. A mark is the redline's inside a redline of a page
that is no version's policy page (its article's first part the build's `div.policy-version`); <u> draws its words
underlined as an insertion, and neither Markdown nor the site writes one."""
from __future__ import annotations

import pytest

from policysite import safety
from unit.test_safety import THEME, page

VERSION = '<div class="policy-version" data-policy-version="2024-05-01"><p>Version of May 1, 2024.</p></div>'
# A changes page's article as partials/redline.html writes it: its legend's examples, a word deleted and one inserted
REDLINE = ('<div class="policy-changes"><div class="redline" lang="en"><div class="redline-legend" role="note">'
           '<p>Legend</p><ul><li><del class="redline-del">deleted</del> deleted text</li>'
           '<li><ins class="redline-ins">inserted</ins> inserted text</li></ul></div>'
           '<section class="redline-section"><p>We <del class="redline-del"><span class="redline-sr">deleted: </span>'
           'never</del><ins class="redline-ins"><span class="redline-sr">inserted: </span>always</ins> sell.</p>'
           '</section></div></div>')


def _keys(article: str) -> list[str]:
    return [v.message.key for v in safety.check_page(page(article), file="en/2024-05-01/index.html",
                                                     theme_dirs=THEME)]


@pytest.mark.parametrize(("article", "key"), [
    (f'{VERSION}<p>We do <del class="redline-del">not</del> sell your data.</p>', "output.redline-mark/struck"),
    (f'{VERSION}<p>We <ins class="redline-ins">never</ins> sell your data.</p>', "output.redline-mark"),
    (f'{VERSION}<div class="redline"><p>We do <del class="redline-del">not</del> sell.</p></div>',
     "output.redline-mark/struck"),
    (VERSION + REDLINE, "output.redline-mark/struck"),  # (a redline's markup in a policy page)
    ('<p>We do <del class="redline-del">not</del> sell your data.</p>', "output.redline-mark/struck"),  # (no redline)
    (f"{VERSION}<p>We <u>never</u> sell your data.</p>", "output.redline-mark"),
], ids=["del-classed", "ins-classed", "forged-redline", "redline-in-policy-page", "outside-a-redline", "u"])
def test_a_policy_text_drawing_words_as_the_redline_marks_them_is_refused(article, key):
    assert key in _keys(article)


def test_the_changes_page_s_redline_passes():
    assert _keys(REDLINE) == []
