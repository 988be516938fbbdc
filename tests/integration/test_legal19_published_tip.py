"""legal19: `policy check` asks git for the published branch once (checks._published_tip), and both checks that read
it, a published text changed under its date (published.changed) and a published language renamed
(config.renamed-language), are judged against that one answer (it was asked twice per check, two git processes and an
ancestry test more each time)."""
from __future__ import annotations

import datetime as dt

import pytest

from policy_repo import copy_of, made_once, new_project, publish_first, rename_english
from policysite import checks


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    return made_once(tmp_path_factory, publish_first)


def _asked(monkeypatch) -> list[object]:
    """The answers `_published_tip` gave during the test, one per call."""
    answers: list[object] = []
    ask = checks._published_tip

    def counted(root):
        answers.append(ask(root))
        return answers[-1]

    monkeypatch.setattr(checks, "_published_tip", counted)
    return answers


def test_the_published_branch_is_asked_for_once_and_both_checks_read_it(published, tmp_path, monkeypatch):
    project = copy_of(published, tmp_path / "project")
    project.write("2021-02-17", fr="Nous traitons vos données avec le plus grand soin.")
    rename_english(project)
    answers = _asked(monkeypatch)
    found = checks.check_project(root=project.root, today=dt.date(2021, 3, 1))
    assert len(answers) == 1 and answers[0] is not None and answers[0][0] == "gh-pages", answers
    rules = {f.rule for f in found}
    assert {"published.changed", "config.renamed-language"} <= rules, found


def test_a_site_never_published_asks_once_and_says_neither(tmp_path, monkeypatch):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    answers = _asked(monkeypatch)
    found = checks.check_project(root=project.root, today=dt.date(2021, 3, 1))
    assert answers == [None]
    assert not {"published.changed", "config.renamed-language"} & {f.rule for f in found}, found
