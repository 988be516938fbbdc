"""legal18: a text changed under a date already published is refused by `policy check`, at its date's line, before
the merge (legal17: the check passed it, only the pull request's redline warned, and `policy publish` refused it after
the merge). Read from the local published branch, else origin's copy; nothing is said where neither exists."""
from __future__ import annotations

import datetime as dt
import shutil

import pytest

from helpers import git
from policy_repo import copy_of, made_once, new_project, publish_first
from policysite import checks
from policysite.findings import ERROR

TODAY = dt.date(2021, 3, 1)


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return made_once(tmp_path_factory, publish_first)


def _said(root) -> list:
    return [f for f in checks.check_project(root=root, today=TODAY) if f.rule == "published.changed"]


def test_a_text_changed_under_its_published_date_is_refused_at_the_date(published, tmp_path):
    project = copy_of(published, tmp_path / "project")
    assert _said(project.root) == []  # the text as published
    project.write("2021-02-17", fr="Nous traitons vos données avec le plus grand soin.")
    found = _said(project.root)
    assert [(f.path, f.line, f.severity) for f in found] == [("docs/fr/index.md", 2, ERROR)], found
    english = found[0].said("en")
    assert english.startswith("docs/fr/index.md:2: [published.changed] this text is dated February 17, 2021, a version "
                              "gh-pages has published; 2021-02-17 is already published with a different text "
                              "(French: §2"), english
    assert "give the new text a new date (March 1, 2021 at the soonest)" in english
    assert "ce texte est daté du 17 février 2021, une version que gh-pages a publiée" in found[0].said("fr")
    project.write("2021-03-01", fr="Nous traitons vos données avec le plus grand soin.")  # a new date: a new version
    assert _said(project.root) == []


def test_line_ends_alone_are_the_published_text(published, tmp_path):
    project = copy_of(published, tmp_path / "project")
    page = project.root / "docs" / "fr" / "index.md"
    page.write_bytes(page.read_bytes().replace(b"\n", b"\r\n"))
    assert _said(project.root) == []


def test_origins_copy_is_read_and_no_branch_says_nothing(published, tmp_path):
    project = copy_of(published, tmp_path / "project")
    origin = tmp_path / "origin.git"
    git(project.root, "clone", "-q", "--bare", str(project.root), str(origin))
    git(project.root, "remote", "add", "origin", str(origin))
    git(project.root, "fetch", "-q", "origin")
    git(project.root, "branch", "-q", "-D", "gh-pages")
    project.write("2021-02-17", en="We process your data with the greatest care.")
    found = _said(project.root)
    assert [(f.path, f.line) for f in found] == [("docs/en/index.md", 2)], found
    assert "a version origin/gh-pages has published" in found[0].said("en")
    git(project.root, "remote", "remove", "origin")
    shutil.rmtree(origin)
    assert _said(project.root) == []


def test_a_site_never_published_says_nothing(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.write("2021-02-17", fr="Autre texte.")
    assert _said(project.root) == []
