"""Whether a language's latest/ is a copy of a published version, as publishing writes it (branch.latest_edits):
verify and publishing name each file a hand edit of the branch made otherwise."""
from __future__ import annotations

from policysite.branch import latest_edits

OLD = {"index.html": "a1", "policy.json": "b1"}
NEW = {"index.html": "a2", "policy.json": "b2", "changes/index.html": "c2"}
PUBLISHED = {"2024-01-10": OLD, "2025-03-01": NEW}


def test_a_copy_of_any_published_version_is_no_edit():
    """A copy of an earlier version is the calendar's business (`policy history` moves it), not an edit."""
    assert latest_edits(dict(NEW), PUBLISHED, "2025-03-01") == []
    assert latest_edits(dict(OLD), PUBLISHED, "2025-03-01") == []


def test_each_file_a_hand_edit_changed_added_or_removed_is_named_against_the_version_in_force():
    """History hunt 40: a page of latest/ edited on gh-pages was said "en/latest/: differs from en/2025-03-01/ …
    (`policy history` moves it)", naming no file, and `policy history` then put it back without a word."""
    edited = {"index.html": "zz", "policy.json": "b2", "extra.html": "e"}
    assert latest_edits(edited, PUBLISHED, "2025-03-01") == [
        ("changes/index.html", "missing"), ("extra.html", "added"), ("index.html", "changed")]


def test_latest_removed_is_one_entry():
    assert latest_edits(None, PUBLISHED, "2025-03-01") == [("", "missing")]
