"""legal19: a pull request that changes the words under today's date, without `announced:` nor `change: editorial`,
is warned by `policy check` (frontmatter.no-notice, at the French page's date, in the team's language) of what
`policy publish` warned only after the merge: published, the material change takes effect that day with no notice. Not
said of the same words under a new date, of an editorial change, of one announced ahead, of a site never published."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import checked, copy_of, made_once, new_project, publish_first
from policysite import checks
from policysite.findings import WARNING

TODAY = dt.date(2021, 3, 1)
RULE = "frontmatter.no-notice"
NB, NNB = "\u00a0", "\u202f"


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return made_once(tmp_path_factory, publish_first)


def test_new_words_under_todays_date_are_warned_before_the_merge(published, tmp_path):
    project = copy_of(published, tmp_path / "project")
    project.write("2021-03-01", fr="Nous traitons vos données et les partageons avec nos partenaires.",
                  en="We process your data and share it with our partners.")
    found = checked(project.root, RULE, today=TODAY)
    assert [(f.path, f.line, f.severity) for f in found] == [("docs/fr/index.md", 2, WARNING)], found
    assert found[0].said("en") == (
        "docs/fr/index.md:2: warning: [frontmatter.no-notice] date 2021-03-01 is today or before, with no announced:, "
        "and the text changes the words of 2021-02-17, the version in force: published, this material change takes "
        "effect the day it reaches the site, with no notice; announce it 30 days ahead (date it March 31, 2021 or later, "
        "with announced: the day it is published), or mark it `change: editorial` if it changes no one's rights")
    assert found[0].said("fr").startswith(
        f"docs/fr/index.md:2: avertissement{NB}: [frontmatter.no-notice] la date 2021-03-01 est aujourd'hui ou "
        "passée, sans announced:, et le texte modifie celui de la version 2021-02-17, en vigueur"), found[0].said("fr")
    assert not [f for f in checks.check_project(root=project.root, today=TODAY) if f.severity != WARNING]


@pytest.mark.parametrize("edit", ["same words", "editorial", "announced"])
def test_what_needs_no_notice_or_has_it_is_not_warned(published, tmp_path, edit):
    project = copy_of(published, tmp_path / "project")
    if edit == "same words":
        project.write("2021-03-01")
    else:
        project.write("2021-03-01", fr="Nous traitons vos données avec le plus grand soin.")
        page = project.root / "docs" / "fr" / "index.md"
        key = "change: editorial" if edit == "editorial" else "announced: 2021-01-20"
        page.write_text(page.read_text(encoding="utf-8").replace("date: 2021-03-01\n", f"date: 2021-03-01\n{key}\n"),
                        encoding="utf-8")
    assert checked(project.root, RULE, today=TODAY) == []


def test_a_site_never_published_is_not_warned(tmp_path):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.write("2021-03-01", fr="Nous traitons vos données et les partageons avec nos partenaires.")
    assert checked(project.root, RULE, today=TODAY) == []
