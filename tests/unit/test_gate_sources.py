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
