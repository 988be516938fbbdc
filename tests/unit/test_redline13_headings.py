"""A heading made another level (`###` become `##`, a subsection made a section of its own, its number and words the
same) is a formatting-only edit the redline counts (redline13): the page shows it otherwise, and nothing said so.
Python and the browser agree."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from unit.test_redline import policy

BODY = "## Retention\n\nWe keep data for ten years.\n\n### Backups\n\nBackups are kept thirty days.\n\n## Rights\n\nYou have rights.\n"
RAISED = BODY.replace("### Backups", "## Backups")


def test_a_heading_made_another_level_is_a_formatting_edit():
    r = redline.diff(policy(BODY), policy(RAISED, date="2030-02-01"))
    assert [s.kind for s in r.sections if s.number] == ["unchanged"] * 3
    assert r.notes.formatting == 1
    assert "1 formatting-only edit" in redline.render_text(r, color=False)
    assert redline.diff(policy(BODY), policy(BODY, date="2030-02-01")).notes.formatting == 0


def test_the_browser_counts_a_heading_made_another_level():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (BODY, RAISED)]
    _check(list(itertools.permutations(texts, 2)))
