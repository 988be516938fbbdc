"""safety88: a mkdocs.yml that is a text or a list (not `key: value` settings), inherited by mkdocs.<lang>.yml, ended
`policy build` and `policy publish` with mergedeep's words ("mkdocs.en.yml: cannot be read: 'str' object does not
support item assignment"). The configuration inherited is said as what it is not, by its name."""
from __future__ import annotations

from pathlib import Path

import pytest
from mkdocs.exceptions import ConfigurationError

from helpers import copy_project, policy_in_process
from policysite import settings


@pytest.mark.parametrize("base", ["just a sentence\n", "- site_name: A\n", "42\n"])
def test_an_inherited_configuration_that_is_no_mapping_is_said_by_its_name(tmp_path: Path, base):
    (tmp_path / "mkdocs.yml").write_text(base, encoding="utf-8")
    (tmp_path / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\nsite_name: English\n", encoding="utf-8")
    with open(tmp_path / "mkdocs.en.yml", "rb") as source, pytest.raises(ConfigurationError) as caught:
        settings.read_yaml(source)
    assert str(caught.value).endswith("mkdocs.yml: a set of settings (key: value) is expected"), caught.value


def test_an_empty_inherited_configuration_is_no_setting(tmp_path: Path):
    (tmp_path / "mkdocs.yml").write_text("# nothing\n", encoding="utf-8")
    (tmp_path / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\nsite_name: English\n", encoding="utf-8")
    with open(tmp_path / "mkdocs.en.yml", "rb") as source:
        assert settings.read_yaml(source) == {"site_name": "English"}


def test_build_says_the_inherited_file_in_the_catalogue_words(tmp_path: Path):
    root = copy_project(tmp_path / "project")
    (root / "mkdocs.yml").write_text("just a sentence\n", encoding="utf-8")
    result = policy_in_process(["--root", str(root), "build", "--site-dir", str(tmp_path / "site")])
    said = result.stdout + result.stderr
    assert result.returncode == 2, said
    assert said.strip().splitlines() == ["error: mkdocs.yml: cannot be read: a set of settings (key: value) is "
                                         "expected"], said
    assert not (tmp_path / "site").exists()
