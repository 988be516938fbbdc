"""One reader of a configuration's lines: the settings' refusals (settings.setting_lines) and the check's warning on a
renamed language (checks._code_line) take the line of what they name from config_lines.places, which walks the file
in its order as the loader keeps it (lines2: each composed the YAML again and walked it its own way)."""
from __future__ import annotations

from pathlib import Path

from helpers import calls_to
from policysite import checks, config_lines, settings

CONFIG = """site_name: Example
extra:
  policy:
    company: Example
    public_url: https://privacy.example.test/
    languages:
      - code: fr
        name: Français
      - {code: en-GB, name: English}
    authoritative: fr
"""


def _written(tmp_path: Path, text: str, name: str = "mkdocs.yml") -> Path:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path / name


def test_the_settings_lines_are_read_by_config_lines(tmp_path, monkeypatch):
    config = _written(tmp_path, CONFIG)
    read = calls_to(monkeypatch, config_lines, "places")
    assert settings.setting_lines(config) == {"extra": 2, "policy": 3, "company": 4, "public_url": 5, "languages": 6,
                                              "languages[0]": 7, "languages[1]": 9, "authoritative": 10}
    assert read == [config]


def test_the_renamed_language_s_line_is_read_by_config_lines(tmp_path, monkeypatch):
    config = _written(tmp_path, CONFIG)
    site = settings.load(tmp_path)
    read = calls_to(monkeypatch, config_lines, "places")
    assert [checks._code_line(config, site, code) for code in ("fr", "en-GB", "de")] == [7, 9, 1]
    assert read == [config, config]


def test_a_key_written_twice_is_named_at_the_last_as_the_loader_keeps_it(tmp_path):
    """`extra:` twice: the loader keeps the second block, whose settings are named at their lines, not the first's."""
    config = _written(tmp_path, "extra:\n  policy:\n    company: A\n    page: a.md\n"
                                "extra:\n  policy:\n    page: b.md\n    company: B\n")
    assert settings.setting_lines(config) == {"extra": 5, "policy": 6, "company": 8, "page": 7}


def test_an_anchor_s_settings_are_named_where_it_is_written(tmp_path):
    """The node an anchor names is walked once, where the file writes it, not where an alias repeats it."""
    config = _written(tmp_path, "base: &base\n  font: false\nother: *base\n")
    assert config_lines.places(config)[("base", "font")] == ("mkdocs.yml", 2)


def test_a_setting_an_inherit_writes_has_no_line_of_the_file(tmp_path):
    """A refusal names mkdocs.yml's own lines: a setting written in the file it INHERITs is named by the file alone,
    and a language listed there by the file's first line."""
    _written(tmp_path, CONFIG, "base.yml")
    config = _written(tmp_path, "INHERIT: base.yml\nsite_name: Other\nextra:\n  policy:\n    brand: Ex\n")
    assert settings.setting_lines(config) == {"extra": 3, "policy": 4, "brand": 5}
    site = settings.load(tmp_path)
    assert checks._code_line(config, site, "en-GB") == 1
    assert checks._code_line(tmp_path / "absent.yml", site, "en-GB") == 1
