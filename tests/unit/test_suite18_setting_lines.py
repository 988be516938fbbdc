"""settings.load reads where a setting is written (its line, by composing the config's YAML again) only for a
refusal that names it: three settings named eagerly made every reading of a valid project's settings compose the
YAML three times (some 7 ms, four readings a command, a test's every commit: suite18, session 43)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import copy_project
from policysite import settings
from policysite.settings import SettingsError


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project", docs=None)


def _set(project: Path, line: str) -> int:
    """`line` added to extra.policy of the project's mkdocs.yml, after `authoritative:`: the line number it is on."""
    config = project / "mkdocs.yml"
    lines = config.read_text(encoding="utf-8").splitlines(keepends=True)
    at = next(n for n, text in enumerate(lines) if text.startswith("    authoritative: "))
    lines.insert(at + 1, line + "\n")
    config.write_text("".join(lines), encoding="utf-8")
    return at + 2


def test_a_valid_projects_settings_are_read_without_looking_for_any_settings_line(project, monkeypatch):
    looked: list = []
    real = settings.setting_lines
    monkeypatch.setattr(settings, "setting_lines", lambda path: looked.append(path) or real(path))
    _set(project, "    brand_variants: [Acme Co]")
    _set(project, "    pdf_fonts: [fonts]")
    loaded = settings.load(project)
    assert loaded.brand_variants == ("Acme Co",) and loaded.pdf_fonts == ("fonts",)
    assert looked == []


@pytest.mark.parametrize("line, setting", [
    ("    brand_variants: [3]", "brand_variants"),
    ("    pdf_fonts: [/etc/fonts]", "pdf_fonts"),
    ("    documents: nothing", "documents"),
    ("    documents: [{id: privacy, page: other.md}]", "documents"),
])
def test_a_refused_setting_is_still_named_at_its_line(project, line, setting):
    number = _set(project, line)
    with pytest.raises(SettingsError) as refused:
        settings.load(project)
    assert re.search(rf"mkdocs\.yml:{number}\b.*extra\.policy\.{setting}", str(refused.value)), str(refused.value)
