"""A translation's page deleted by a commit (histories33: `policy check` names the commit and `git checkout` that
puts it back) may be a site owner dropping the language: that is not done by deleting pages but by the configuration
(the language's entry in extra.policy.languages, its mkdocs.<code>.yml), and not at all once the language is published
(publishing refuses a configuration without it: refuse.unconfigured). `policy check` said only the way back; it now says
which of the two applies (histories34)."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")

ENGLISH = "      - code: en\n        name: English\n"


def _english_deleted(tmp_path, *, published: bool):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    if published:
        assert project.run("publish").returncode == 0
    git(project.root, "rm", "-q", "docs/en/index.md")
    deleted = project.commit_all("Remove the English page")
    return project, deleted


def test_a_translation_never_published_says_dropping_it_is_a_configuration_change(tmp_path):
    project, deleted = _english_deleted(tmp_path, published=False)
    done = project.run("check", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert (f"docs/en/index.md: the English policy page is not in the current commit: docs/en/index.md was removed by "
            f"commit {deleted[:7]}") in said, said  # the way back, as before
    assert ("If the site is to drop English instead, that is a change of its configuration, not of its pages: remove "
            "`code: en` from the site's languages (`extra.policy.languages`) in mkdocs.yml and delete mkdocs.en.yml, in one commit (no version "
            "in English is published yet") in said, said
    fr = project.run("check", "--messages", "fr")
    assert ("Si le site doit plutôt cesser de paraître en anglais, c'est un changement de sa configuration"
            in fr.stdout + fr.stderr), fr.stdout + fr.stderr
    config = project.root / "mkdocs.yml"  # what it says to do: then the check passes
    assert ENGLISH in config.read_text(encoding="utf-8")
    config.write_text(config.read_text(encoding="utf-8").replace(ENGLISH, ""), encoding="utf-8")
    git(project.root, "rm", "-q", "mkdocs.en.yml")
    project.commit_all("Drop English")
    again = project.run("check", "--messages", "en")
    assert again.returncode == 0, again.stdout + again.stderr


def test_the_authoritative_page_is_said_as_before(tmp_path):
    """Dropping the authoritative language is no configuration change of a line: only the way back is said."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "rm", "-q", "docs/fr/index.md")
    project.commit_all("Remove the French page")
    done = project.run("check", "--messages", "en")
    said = done.stdout + done.stderr
    assert "the French policy page is not in the current commit" in said and "drop" not in said, said


def test_a_published_translation_cannot_be_dropped(tmp_path):
    project, deleted = _english_deleted(tmp_path, published=True)
    done = project.run("check", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "Traceback" not in said, said
    assert (f"docs/en/index.md was removed by commit {deleted[:7]}") in said, said
    assert ("English cannot be dropped: it is published on gh-pages (from 2021-02-17), and a language, once published, "
            "is part of every later version") in said, said
    assert "delete mkdocs.en.yml" not in said, said
    fr = project.run("check", "--messages", "fr")
    assert "Le site ne peut pas cesser de paraître en anglais" in fr.stdout + fr.stderr, fr.stdout + fr.stderr
