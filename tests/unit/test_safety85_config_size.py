"""safety85: a configuration over a mebibyte (settings.MOST_BYTES) is refused by one `error:` line naming it, unparsed.
One of 50 MB (comments: YAML reads them all) passed `policy check` and was built, each of its readers parsing it for
minutes; a real one is a few kilobytes."""
from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import ConfigurationError

from helpers import copy_project, policy_in_process
from policysite import settings

_COMMENTS = ("# " + "x" * 98 + "\n") * ((settings.MOST_BYTES // 100) + 1)  # just over the bound


def test_a_configuration_over_the_bound_is_refused_unparsed(tmp_path: Path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n" + _COMMENTS, encoding="utf-8")
    with open(config, "rb") as source, pytest.raises(ConfigurationError, match=r"mkdocs\.yml: .*1\.0 MiB, over 1 MiB"):
        settings.read_yaml(source)
    with pytest.raises(settings.SettingsError, match=r"^mkdocs\.yml: cannot be read: 1\.0 MiB, over 1 MiB"):
        settings.load_yaml(config)


def test_a_configuration_within_the_bound_is_read(tmp_path: Path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\n" + _COMMENTS[:settings.MOST_BYTES // 2], encoding="utf-8")
    assert settings.load_yaml(config) == {"site_name": "x"}


@pytest.mark.parametrize("name", ["mkdocs.yml", "mkdocs.en.yml"])
def test_policy_check_and_build_say_one_error_line_for_a_huge_configuration(tmp_path: Path, name):
    root = copy_project(tmp_path / "project")
    with open(root / name, "a", encoding="utf-8") as config:
        config.write(_COMMENTS)
    for command in (["check"], ["build", "--site-dir", str(tmp_path / "site")]):
        result = policy_in_process(["--root", str(root), *command])
        assert result.returncode == 2, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {name}: cannot be read: "), lines
        assert "over 1 MiB" in lines[0], lines
    assert not (tmp_path / "site").exists()
