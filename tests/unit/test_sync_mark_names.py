"""`policy sync-mark` takes a section as the messages name it."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import synthetic_policy
from policysite import document, staleness


def test_a_section_is_marked_as_sync_outdated_names_it(tmp_path: Path):
    """Legal hunt 36: `sync.outdated` says "§2: the French text changed …"; `policy sync-mark en §2` answered
    "docs/fr/index.md has no section §§2" (and `2.`, as the heading writes it, "no section §2.")."""
    source = document.parse(synthetic_policy("2030-01-15"), path="docs/fr/index.md", lang="fr")
    record = tmp_path / ".translated-from.yml"
    assert staleness.mark(source=source, record=record, numbers=["§2", "§ 1.1", "1."]) == ["2", "1.1", "1"]
    assert set(staleness.read_record(record) or {}) == {"1", "1.1", "2"}
    with pytest.raises(ValueError, match=r"has no section §9: its sections are §1, §1\.1, §2") as said:
        staleness.mark(source=source, record=record, numbers=["§9"])
    assert "§§" not in str(said.value)  # words 25: and which sections it has


def test_a_record_says_which_command_wrote_it(tmp_path: Path):
    """histories5: a record `policy import` wrote said "Written by `policy sync-mark`"; each says its own command."""
    source = document.parse(synthetic_policy("2030-01-15"), path="docs/fr/index.md", lang="fr")
    record = tmp_path / ".translated-from.yml"
    staleness.mark(source=source, record=record, numbers=None)
    assert "Written by `policy sync-mark`; not edited by hand." in record.read_text(encoding="utf-8")
    written = staleness.record_text(source="docs/fr/index.md", sections=staleness.fingerprints(source), command="import")
    assert "Written by `policy import`; not edited by hand.\nsource: docs/fr/index.md\n" in written
    record.write_text(written, encoding="utf-8")
    assert staleness.read_record(record) == staleness.fingerprints(source)
