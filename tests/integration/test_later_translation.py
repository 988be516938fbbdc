"""A translation that starts with a later version: the earlier versions are published in the authoritative
language only, and nothing links a page they do not have; once published, a translation stays."""
from __future__ import annotations

import json
import re

import pytest

from helpers import git
from policy_repo import Project, fr_page, new_project
from policysite import verify

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process


@pytest.fixture
def project(tmp_path) -> Project:
    return new_project(tmp_path / "repo")


def _commit_french_only(project: Project, date: str, second: str) -> None:
    (project.root / "docs" / "en" / "index.md").unlink(missing_ok=True)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page(date, second), encoding="utf-8")
    project.commit_all(f"policy {date} (French only)")


def test_versions_older_than_the_translation_are_published_in_french_only(project):
    _commit_french_only(project, "2021-02-17", "Premier texte.")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    outcome = project.history(jobs=2)
    assert outcome.published == ["2021-02-17", "2022-03-01"]
    assert [m for m in outcome.messages if "only" in m] == [
        f"2021-02-17: published in French only: docs/en/index.md does not exist at "
        f"{git_short(project, 'HEAD~1')} (a translation that starts with a "
        "later version)"]
    files = project.files()
    assert "fr/2021-02-17/index.html" in files and not [f for f in files if f.startswith("en/2021-02-17/")]
    assert set(json.loads(project.show("manifest/2021-02-17.json"))["languages"]) == {"fr"}
    assert [v["version"] for v in json.loads(project.show("en/versions.json"))] == ["2022-03-01"]
    assert [v["version"] for v in json.loads(project.show("fr/versions.json"))] == ["2022-03-01", "2021-02-17"]
    # Nothing links a page the version does not have: no English page of 2021, no side-by-side of 2021.
    for path in [f for f in files if f.endswith(".html")]:
        assert "en/2021-02-17/" not in project.show(path), path
    old = project.show("fr/2021-02-17/index.html")
    assert 'hreflang="en"' not in old and "side-by-side" not in old and "Premier texte." in old
    # The English text's own list of versions starts with it; its changes page compares it with nothing.
    section = re.search(r'id="s1".*?<div class="policy-version"[^>]*>(.*?)</div>',
                        project.show("en/2022-03-01/index.html"), re.S).group(1)
    assert re.findall(r'<li.*?datetime="([\d-]+)"', section) == ["2022-03-01"]
    # and says that before it the text that prevails was the only one, linking the one in force then (hunt 16: a
    # new language's first version announced ahead was its latest/ and said nothing of the French text meanwhile)
    assert ('<p class="policy-earlier" data-search-exclude><a href="../../fr/2021-02-17/">Before March 1, 2022, '
            "this document existed only in the language that prevails</a>.</p>") in section
    assert "policy-earlier" not in project.show("fr/2022-03-01/index.html")
    # Before its first text, the translation's history and at pages send the reader to the text that prevails.
    history = project.show("en/history/index.html")
    assert "2021" not in history
    assert ('<p class="policy-earlier"><a href="../../fr/history/">Before March 1, 2022, this document existed only '
            "in the language that prevails</a>.</p>") in history
    at = project.show("en/at/index.html")
    data = json.loads(re.search(r'<script type="application/json" class="policy-at-data">(.*?)</script>', at,
                                re.S).group(1))
    assert data["earlier"] == {"url": "../../fr/at/", "first": "March 1, 2022"}
    assert "2022-03-01" not in at  # its versions are en/versions.json's (above), read by at.js
    assert "policy-earlier" not in project.show("fr/history/index.html")
    # and so does `policy at` (history hunt 13, f_low_at_lang_before_translation: "no version was in force")
    found = project.run("at", "2021-06-01", "--lang", "en")
    assert found.returncode == 0 and found.stdout.startswith("2021-02-17 ") and "/fr/2021-02-17/" in found.stdout
    assert "no English text was published yet on June 1, 2021 (the first dates from March 1, 2022): the French text, which " \
           "prevails, was in force" in found.stdout, found.stdout + found.stderr
    assert project.run("at", "2022-06-01", "--lang", "en").stdout.startswith("2022-03-01 ")
    assert "Deuxième texte." in project.show("fr/2022-03-01/index.html")
    assert 'hreflang="en"' in project.show("fr/2022-03-01/index.html")
    assert verify.verify(root=project.root).problems == []
    trees = {path: project.tree(path) for path in ("fr/2021-02-17", "fr/2022-03-01", "en/2022-03-01", "manifest")}
    assert project.history(rebuild=True, jobs=1).published == ["2021-02-17", "2022-03-01"]
    assert {path: project.tree(path) for path in trees} == trees  # byte for byte


def test_a_version_without_a_translation_its_predecessors_have_is_not_published(project):
    project.commit("2021-02-17")
    _commit_french_only(project, "2022-03-01", "Deuxième texte.")
    outcome = project.history()
    assert outcome.published == [] and project.branch() is None  # a failed command publishes nothing
    assert [(r.version, r.commit) for r in outcome.refused] == [("2022-03-01", git(project.root, "rev-parse", "HEAD")
                                                                  .strip())]
    finding = outcome.refused[0].findings[0]
    assert (finding.path, finding.line, finding.rule) == ("docs/en/index.md", 1, "source.missing")
    assert finding.message == (f"does not exist at {git_short(project, 'HEAD')} (it has no docs/en/index.md, which "
                               "the versions before it have: a translation, once published, is part of every later "
                               "version (restore the page in this version's commit))")
    result = project.run("history")
    assert result.returncode == 1 and "error: 2022-03-01 (commit" in result.stderr, result.stderr
    branch = project.branch()
    outcome = project.publish()  # judged as `policy history` judges it (legal hunt 36, finding 26)
    assert outcome.published == [] and [r.version for r in outcome.refused] == ["2022-03-01"]
    assert outcome.refused[0].findings[0].rule == "source.missing"
    assert project.branch() == branch


def test_publish_publishes_a_first_version_without_its_translation_as_history_does(project):
    """Legal hunt 36, finding 26: `policy publish` (CI's job on each push) refused a French-only first version
    ("docs/en/index.md is not committed"), which `policy history` published: a translation may start later."""
    _commit_french_only(project, "2021-02-17", "Premier texte.")
    outcome = project.publish()
    assert outcome.published == ["2021-02-17"] and outcome.refused == []
    assert set(json.loads(project.show("manifest/2021-02-17.json"))["languages"]) == {"fr"}
    assert any("published in French only" in m for m in outcome.messages), outcome.messages


def git_short(project: Project, rev: str) -> str:
    return git(project.root, "rev-parse", "--short=7", rev).strip()
