"""safety85: a configuration of lists within lists hundreds deep (`deep: [[[[…]]]]`) ended `policy check` and the
build with Python's RecursionError, a traceback, where any other unreadable configuration is one `error:` line naming
its file and line. It is refused by the loader as front matter is, at the line it starts."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from helpers import copy_project, policy_in_process
from policysite import settings


@pytest.mark.parametrize("depth", [33, 500, 100_000])
def test_a_configuration_nested_deeper_than_any_setting_is_refused_at_its_line(depth):
    text = "site_name: x\nextra:\n  deep: " + "[" * depth + "]" * depth + "\n"
    with pytest.raises(yaml.YAMLError) as caught:
        yaml.load(text, Loader=settings.ConfigLoader)
    assert "line 3" in str(caught.value), caught.value


def test_a_configuration_as_deep_as_the_limit_is_read():
    inner = settings.ConfigLoader.DEPTH - 1  # (the file's own mapping is the first level)
    deep = "[" * inner + "]" * inner
    assert yaml.load(f"a: {deep}\n", Loader=settings.ConfigLoader)["a"] is not None
    plugins = "plugins:\n  - search:\n      lang: [fr, en]\n"
    assert yaml.load(plugins, Loader=settings.ConfigLoader) == {"plugins": [{"search": {"lang": ["fr", "en"]}}]}


def test_the_language_a_deep_configuration_is_refused_in_is_read_without_recursion(tmp_path: Path):
    config = tmp_path / "mkdocs.yml"
    config.write_text("extra:\n  policy:\n    authoritative: fr\n  deep: " + "[" * 500 + "]" * 500 + "\n",
                      encoding="utf-8")
    with pytest.raises(settings.SettingsError, match=r"mkdocs\.yml:4: cannot be read: nested more than 32 levels"):
        settings.load_yaml(config)
    assert settings.stated_language(tmp_path) == "fr"


@pytest.mark.parametrize("name", ["mkdocs.yml", "mkdocs.en.yml"])
def test_policy_check_says_one_error_line_for_a_deep_configuration(tmp_path: Path, name):
    root = copy_project(tmp_path / "project")
    with open(root / name, "a", encoding="utf-8") as config:
        config.write("deep: " + "[" * 500 + "]" * 500 + "\n")
    result = policy_in_process(["--root", str(root), "check"])
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr and "RecursionError" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {name}:") and "nested more than 32" in lines[0], lines
