"""legal27: a version's summary recorded before terms replaced everywhere were (`replaced`, redline.replaced) is what
its texts give less them: recomputed today it has them, and publish's check of summaries edited by hand on the branch
(provenance.changes_edited) would have taken every such version of an archive for edited. One recording them is still
held to them."""
from __future__ import annotations

from policysite import archive, document, provenance, redline


def _page(word: str, date: str) -> document.Policy:
    body = "".join(f"## {n}. Part\n\nThe {word} reads rule {n}.\n\n" for n in range(1, 5))
    return document.parse(f"---\ndate: {date}\n---\n\n# Policy\n\n{body}", path="p.md", lang="en")


def test_a_summary_recorded_before_terms_were_is_the_one_its_texts_give():
    expected = archive.summary(redline.diff(_page("User", "2024-05-01"), _page("Customer", "2024-06-01")),
                               previous="2024-05-01")
    assert expected["replaced"] == [{"old": "User", "new": "Customer", "count": 4}]
    before = {k: v for k, v in expected.items() if k != "replaced"}
    assert provenance._without_absent_marks(before, expected) == before
    edited = {**expected, "replaced": [{"old": "User", "new": "Buyer", "count": 4}]}
    assert provenance._without_absent_marks(edited, expected) != edited
