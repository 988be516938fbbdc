"""A snapshot's texts are read back from its folder when asked, never held for every version, and never other
bytes than those judged."""
from __future__ import annotations

import pytest

from policysite import gate


def test_the_texts_are_read_when_asked_and_must_be_those_judged(tmp_path):
    (tmp_path / "fr.md").write_bytes(b"# Politique\n")
    (tmp_path / "en.md").write_bytes(b"# Policy\n")
    sources = gate.Sources({"fr": tmp_path / "fr.md", "en": tmp_path / "en.md"})
    assert dict(sources) == {"fr": b"# Politique\n", "en": b"# Policy\n"}
    assert list(sources) == ["fr", "en"] and len(sources) == 2 and "de" not in sources
    assert sources.get("de") is None and sources.get("fr") == b"# Politique\n"
    assert not any(isinstance(value, bytes) for value in vars(sources).values())  # nothing of the texts held
    (tmp_path / "en.md").write_bytes(b"# Policy, edited\n")
    with pytest.raises(gate.GateError, match="en.md: changed after it was judged"):
        sources["en"]
    assert sources["fr"] == b"# Politique\n"


def test_the_version_before_in_a_task_names_its_snapshots_pages_without_their_bytes(tmp_path):
    from policysite import building

    (tmp_path / "fr.md").write_bytes("# Politique d’avant\n".encode())
    sources = gate.Sources({"fr": tmp_path / "fr.md"})
    before, texts, aliases = building.previous_of(None, {}, {"2024-01-01": sources}, version="2024-06-01",  # type: ignore[arg-type]
                                                  on_branch=["2024-01-01", "2024-06-01"])
    assert (before, aliases) == ("2024-01-01", {})
    assert not [v for v in vars(texts).values() if isinstance(v, dict) and any(isinstance(b, bytes) for b in v.values())]
    assert dict(texts) == {"fr": "# Politique d’avant\n"}
    (tmp_path / "fr.md").write_bytes(b"# Autre\n")
    with pytest.raises(gate.GateError, match="changed after it was judged"):
        texts["fr"]
