"""Histories nobody here wrote (session 40, histories9): what `policy history` and `policy publish` say of a page
removed, of a main rewritten under published versions, and of texts whose bytes change but not their words."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, copy_of, fresh_clone_after, made_once, publish_first
from policysite import messages, publish, verify

pytestmark = pytest.mark.usefixtures("no_identity")


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2021-02-17 committed and published by `policy publish`: made once for the module, copied by `published`."""
    return made_once(tmp_path_factory, publish_first)


@pytest.fixture
def published(first_published, tmp_path) -> Project:
    return copy_of(first_published, tmp_path / "project")


def test_history_names_the_commit_that_removed_the_authoritative_page(published):
    """Session 39: `policy history` (the daily job's) said only "restore it" of a page gone from HEAD, where `policy
    publish` names the commit that removed it; both now name it by its id, subject and day, and how to put it back."""
    project = published
    git(project.root, "rm", "-q", "docs/fr/index.md")
    removal = project.commit_all("Retire la politique")[:7]
    (project.root / "NOTES.md").write_text("notes\n", encoding="utf-8")
    project.commit_all("an unrelated commit after it")  # the removal is named, not HEAD
    tip = project.branch()
    with pytest.raises(publish.PublishError) as raised:
        project.history()
    said = messages.text_of(raised.value)
    assert said == (
        "the authoritative text is not in the current commit (HEAD), whose history has dated versions: "
        f"docs/fr/index.md was removed by commit {removal} “Retire la politique” of January 1, 2024 (`git checkout "
        f"{removal}~1 -- docs/fr/index.md` puts it back; the archive keeps every version published); nothing was "
        "published"), said
    assert messages.said_in(said, "fr") == (
        "le texte qui fait foi ne figure pas dans le commit en cours (HEAD), dont l'historique contient des versions "
        f"datées\u00a0: docs/fr/index.md a été supprimé par le commit {removal} «\u00a0Retire la politique\u00a0» du "
        f"1er janvier 2024 (`git checkout {removal}~1 -- docs/fr/index.md` le remet en place\u202f; l'archive garde toutes "
        "les versions publiées)\u202f; rien n'a été publié")
    assert project.branch() == tip
    with pytest.raises(publish.PublishError, match=rf"removed by commit {removal} “Retire la politique” of January 1, 2024"):
        project.publish()


def test_publish_after_main_was_rewritten_says_verify_fails_until_a_rebuild(tmp_path_factory, tmp_path):
    """Session 39: after a rebase of published commits, `policy publish` published the next version without a word and
    `policy verify` then failed on every version until `policy history --rebuild`: publish and history now say which
    versions' commits are gone and the command that puts it right, which leaves verify with nothing to say."""
    fresh, _origin = fresh_clone_after(tmp_path_factory, tmp_path, ["--msg-filter", "sed s/policy/Policy/"])
    fresh.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    said = ("2021-02-17, 2022-03-01: the commits they were published from are no longer in this repository's history "
            "(rewritten since: a rebase, an amended or squashed commit, force-pushed); the same texts are at other "
            "commits, so the site is unchanged, but `policy verify` reports them until `policy history --rebuild` "
            "publishes them again from there")
    outcome = fresh.publish()
    assert outcome.published == ["2023-01-01"] and said in outcome.warnings, outcome.warnings
    assert messages.said_in(outcome.warnings[outcome.warnings.index(said)], "fr").startswith(
        "2021-02-17, 2022-03-01\u00a0: les commits dont elles ont été publiées ne sont plus dans l'historique de ce "
        "dépôt")
    assert said in fresh.history().warnings
    assert verify.verify(root=fresh.root).problems  # what the warning says: verify names each version
    rebuilt = fresh.history(rebuild=True)
    assert not rebuilt.refused and not any("rewritten since" in line for line in rebuilt.warnings), rebuilt.warnings
    assert verify.verify(root=fresh.root).problems == []
    assert not any("rewritten since" in line for line in fresh.history().warnings)



def test_a_page_moved_where_the_configuration_does_not_read_it_is_said_moved(published):
    """`git mv docs/fr/index.md docs/fr/privacy.md`: said "removed", with a `git checkout` that put back a second copy
    beside the moved one; now where it went and the move back."""
    project = published
    git(project.root, "mv", "docs/fr/index.md", "docs/fr/privacy.md")
    move = project.commit_all("Renomme la page")[:7]
    for run in (project.history, project.publish):
        with pytest.raises(publish.PublishError) as raised:
            run()
        said = messages.text_of(raised.value)
        assert f"docs/fr/index.md was moved to docs/fr/privacy.md by commit {move} “Renomme la page” of January 1, 2024, " \
            "where the configuration does not read it (`git mv docs/fr/privacy.md docs/fr/index.md` puts it back; " \
            "the archive keeps every version published)" in said, said
        assert "removed" not in said


def test_a_run_that_publishes_nothing_says_nothing_of_what_publishing_would_do(published):
    """A later date committed and reverted (git cannot tell whether it was in force: refused until the team says):
    `policy history` published nothing, yet warned "2022-01-01 is first published today … the archive now says it was
    in force from 2022-01-01" and the same of every version after it, of a run that left the branch as it was."""
    project = published  # 2021-02-17 published
    tip = project.branch()
    draft = project.commit("2022-01-01", fr="Texte deux.", en="Text two.")
    git(project.root, "revert", "--no-edit", "HEAD")
    project.commit("2023-01-01", fr="Texte trois.", en="Text three.")
    outcome = project.history()
    assert [refusal.version for refusal in outcome.refused] == ["2022-01-01"] and outcome.published == []
    assert not [line for line in outcome.warnings if "published today" in line or "no notice" in line], \
        outcome.warnings
    assert project.branch() == tip
    project.commit("2024-01-01", fr="Texte quatre.", en="Text four.")  # said once it is published
    (project.root / "unpublished.yml").write_text(
        f"- commit: {draft}\n  reason: reverted, never in force\n",
        encoding="utf-8")
    project.commit_all("record the revert")
    outcome = project.history()
    assert outcome.published == ["2023-01-01", "2024-01-01"], outcome
    assert any(line.startswith("2024-01-01 is first published today") for line in outcome.warnings), outcome.warnings
