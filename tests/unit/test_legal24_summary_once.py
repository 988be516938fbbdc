"""A section renumbered (or moved) and changed is named once in a version's summary (history page, feed, home):
it was listed under "Sections changed" and again under "Sections renumbered", the same section twice (legal24)."""
from __future__ import annotations

import pytest

from helpers import synthetic_policy
from policysite import archive

OLD = synthetic_policy("2030-01-15", sections=(
    "## 1. Scope\n\nAlpha paragraph.\n\n## 2. Rights\n\nYou may ask.\n\n## 3. Closing\n\nThe end.\n"))
INSERTED = synthetic_policy("2030-03-01", sections=(
    "## 1. Scope\n\nAlpha paragraph.\n\n## 2. Added\n\nBrand new.\n\n## 3. Rights\n\nYou may ask.\n\n"
    "## 4. Closing\n\nThe end, edited.\n"))
SWAPPED = synthetic_policy("2030-03-01", sections=(
    "## 1. Scope\n\nAlpha paragraph.\n\n## 2. Closing\n\nThe end, edited.\n\n## 3. Rights\n\nYou may ask us.\n"))


def entry(new: str) -> archive.Entry:
    change = archive.changes_of(new, previous_text=OLD, lang="en")
    return archive.Entry("2030-03-01", archive.summary(change, previous="2030-01-15"))


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_section_renumbered_and_changed_is_named_once_among_the_changed(lang):
    groups = archive.groups(entry(INSERTED), lang=lang, base="../")
    labels = [link.label for _, links in groups for link in links]
    assert labels.count("§3 → §4 Closing") == 1, groups
    named = dict(groups)
    changed = named["Sections changed" if lang == "en" else "Sections modifiées"]
    assert [link.label for link in changed] == ["§3 → §4 Closing"]
    renumbered = named["Sections renumbered" if lang == "en" else "Sections renumérotées"]
    assert [link.label for link in renumbered] == ["§2 → §3 Rights"]


def test_the_description_and_the_feed_name_it_once():
    text = archive.description(entry(INSERTED), lang="en")
    assert text.count("Closing") == 1, text
    assert text == "Sections changed: §3 → §4 Closing. Sections added: §2 Added. Sections renumbered: §2 → §3 Rights."


@pytest.mark.parametrize("lang, moved", [("en", "moved"), ("fr", "déplacée")])
def test_a_section_moved_and_changed_is_named_once_and_said_moved(lang, moved):
    data = entry(SWAPPED).changes
    kinds = {(s["kind"], s["changed"]) for s in data["sections"]}
    labels = [link.label for _, links in archive.groups(entry(SWAPPED), lang=lang, base="../") for link in links]
    assert ("moved", True) in kinds, kinds
    for title in ("Closing", "Rights"):
        assert len([label for label in labels if title in label]) == 1, labels
    rights = next(label for label in labels if "Rights" in label)
    assert rights.startswith("§2 → §3 Rights") and moved in rights, rights
