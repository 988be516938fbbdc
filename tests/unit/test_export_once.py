"""`policy export`'s refusal names each file of a branch edited by hand once (tidy1)."""
from __future__ import annotations

from policysite import export_site
from policysite.messages import Said, prefixed


def test_a_file_added_by_hand_is_named_once_by_its_most_telling_reason():
    """A verification page added at the root of gh-pages was named bare (carried), then by its commit, then as changed
    since publishing's commit: named once, by its commit; a reason saying what is wrong with a file wins over who
    changed it, and a file named by one reason keeps it."""
    page, script = "google1234.html", "fr/evil.js"
    by_commit = Said("publish.edited-by/hand", path=page, commit="be49841", subject="Add verification")
    refused = prefixed(script, Said("manifest.unsafe", found="a script", more=0))
    listed = f"en/versions.json: {Said('export.listing-edited')}"
    found = [page, script, by_commit, Said("export.changed-since", path=page, commit="7cec9e6"),
             Said("export.changed-since", path=script, commit="7cec9e6"), refused, listed, "CNAME"]
    assert export_site._once(found) == [by_commit, refused, listed, "CNAME"]
