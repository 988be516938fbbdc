"""safety88: a configuration giving a key twice (`site_url:` appended to mkdocs.en.yml, a second `hooks:` or
`theme.custom_dir:`), or merging one (`<<: {site_name: …}`) under one written beside it, was read as PyYAML reads it,
the last one winning without a word: `policy check` passed, and the site was built with a setting the review read
otherwise. It is refused, by the one reader of configurations (settings.ConfigLoader, the builds' too), at the line of
the key given again, as front matter's keys are."""
from __future__ import annotations

import io
from pathlib import Path

import pytest
from mkdocs.exceptions import ConfigurationError

from helpers import copy_project, policy_in_process
from policysite import settings


def _read(text: str) -> dict:
    source = io.BytesIO(text.encode("utf-8"))
    source.name = "/somewhere/mkdocs.yml"
    return settings.read_yaml(source)


@pytest.mark.parametrize(("text", "line", "key"), [
    ("site_name: A\nsite_url: https://a.example/\nsite_url: https://b.example/\n", 3, "site_url"),
    ("theme:\n  name: material\n  custom_dir: overrides\n  font: false\n  custom_dir: /etc\n", 5, "custom_dir"),
    ("site_name: A\n'site_name': B\n", 2, "site_name"),  # (quoted or not, one key)
    ("<<: {site_name: Merged}\nsite_name: Written\n", 2, "site_name"),
    ("extra:\n  policy:\n    company: A\n    company: B\n", 4, "company"),
])
def test_a_key_given_twice_is_refused_at_its_second_line(text, line, key):
    with pytest.raises(ConfigurationError, match=rf"mkdocs\.yml:{line}: key “{key}” is given twice"):
        _read(text)


def test_keys_once_each_are_read_as_written():
    assert _read("site_name: A\ntheme:\n  name: material\n1: one\n'1': text\n<<: {site_author: B}\n") == \
        {"site_name": "A", "theme": {"name": "material"}, 1: "one", "1": "text", "site_author": "B"}


def test_a_key_overridden_by_an_inheriting_configuration_is_no_key_twice(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text("site_name: Base\nsite_url: https://a.example/\n", encoding="utf-8")
    (tmp_path / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\nsite_name: English\n", encoding="utf-8")
    with open(tmp_path / "mkdocs.en.yml", "rb") as source:
        assert settings.read_yaml(source) == {"site_name": "English", "site_url": "https://a.example/"}


@pytest.mark.parametrize(("name", "added"), [
    ("mkdocs.en.yml", "site_url: https://elsewhere.example/en/\n"),
    ("mkdocs.yml", "hooks:\n  - hooks/policy.py\n"),
])
def test_check_and_build_say_one_error_line_naming_the_key(tmp_path: Path, name, added):
    root = copy_project(tmp_path / "project")
    with open(root / name, "a", encoding="utf-8") as config:
        config.write(added)
    line = (root / name).read_text(encoding="utf-8").count("\n") - added.count("\n") + 1
    key = added.split(":", 1)[0]
    first = 1 + next(n for n, written in enumerate((root / name).read_text(encoding="utf-8").split("\n"))
                     if written.startswith(key + ":"))  # (the line the key was given first)
    for command in (["check"], ["build", "--site-dir", str(tmp_path / "site")]):
        result = policy_in_process(["--root", str(root), *command])
        assert result.returncode == 2, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert lines == [f"error: {name}:{line}: cannot be read: key “{key}” is given twice, first on line {first}: "
                         "keep the one meant and remove the other (the build would take this one without a word)"], lines
    assert not (tmp_path / "site").exists()
