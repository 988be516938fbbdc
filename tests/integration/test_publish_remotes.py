"""Dated versions on gh-pages from clones, remotes and branches, and when a publication is interrupted:
pushes, previews, shallow and fresh clones, signals, rewritten histories (split from test_publish.py so that
the parts run on several of `make test`'s workers).

Its projects are those of test_publish.py (policy_repo.new_project, without a git identity, as in CI); an origin is a
bare clone beside each.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from helpers import git, policy_process, until
from policy_repo import (
    Project,
    copy_of,
    copy_with_origin,
    history_first,
    history_two,
    made_once,
    new_project,
    publish_first,
    published_with_an_origin,
)
from policysite import messages, publish

# `project.run` in the test's process: the tests about the process (a terminal, signals) start theirs themselves
pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.fixture
def project(tmp_path) -> Project:
    return new_project(tmp_path / "project")


@pytest.fixture(scope="module")
def first_with_origin(tmp_path_factory) -> Project:
    """2021-02-17 published and pushed to an origin (`published_with_an_origin`), once for the run."""
    return made_once(tmp_path_factory, published_with_an_origin)


@pytest.fixture
def published(tmp_path_factory, tmp_path) -> Project:
    """2021-02-17 committed and published by `policy publish` (a copy of the run's policy_repo.publish_first)."""
    return copy_of(made_once(tmp_path_factory, publish_first), tmp_path / "project")


@pytest.fixture
def history_published(tmp_path_factory, tmp_path) -> Project:
    """2021-02-17 committed and published by `policy history` (a copy of the run's policy_repo.history_first)."""
    return copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")


@pytest.fixture
def two_published(tmp_path_factory, tmp_path) -> Project:
    """2021-02-17 and 2022-03-01 ('Deuxième texte.', 'Second text.') published by one `policy history` (a copy of the
    run's policy_repo.history_two)."""
    return copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")


@pytest.fixture(scope="module")
def first_previewed(tmp_path_factory) -> Project:
    """`_preview_on_a_branch`, once for the module."""
    return made_once(tmp_path_factory, _preview_on_a_branch)


@pytest.fixture
def with_origin(first_with_origin, tmp_path) -> Project:
    """2021-02-17 published and pushed to tmp_path/origin.git: a copy of the module's, which the test may change."""
    return copy_with_origin(first_with_origin, tmp_path)


@pytest.fixture
def previewed(first_previewed, tmp_path) -> Project:
    """The project after `_preview_on_a_branch`, its origin at tmp_path/origin.git: a copy of the module's."""
    return copy_with_origin(first_previewed, tmp_path)


def test_a_draft_translation_beside_the_final_text_on_a_merged_branch_is_never_pushed(with_origin, tmp_path):
    """Hunt 14, f_foreign_translation_draft: only the authoritative page was compared with HEAD's first parents; a
    preview with main's French and a draft English passed once the branch was merged with a merge commit."""
    project = with_origin
    git(project.root, "checkout", "-q", "-b", "translation")
    project.commit("2023-05-01", fr="Texte relu.", en="Draft translation.")
    assert project.run("history").returncode == 0  # make build on the branch
    project.commit("2023-05-01", fr="Texte relu.", en="Reviewed text.", message="reviewed translation")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "-m", "Merge pull request #8", "translation")
    result = project.run("history", "--push")
    out = result.stdout + result.stderr
    assert result.returncode != 0 and "the local gh-pages holds 2023-05-01, built from a text this branch never " \
        "held" in out, out
    assert project.run("publish", "--push").returncode != 0  # "already published with a different text"
    assert "2023-05-01" not in git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    assert "2023-05-01: built from a text this branch never held" in project.run("verify").stdout


def test_a_first_publication_from_a_shallow_clone_is_refused_naming_what_is_missing(project, tmp_path):
    """Published from a `--depth 1` checkout, the versions before HEAD's could never be published after it
    (history hunt 9: f_shallow_first_publish)."""
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    shallow = Project(tmp_path / "shallow")
    git(tmp_path, "clone", "-q", "--depth", "1", f"file://{project.root}", str(shallow.root))
    boundary = git(shallow.root, "rev-parse", "--short=7", "HEAD").strip()
    for command in ("history", "publish"):
        result = shallow.run(command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "a first publication needs the whole history" in result.stderr
        assert (f"shallow clone: git history stops at {boundary} (2024-01-01), so dated versions committed before "
                "it are missing; the oldest dated version found is 2022-03-01") in result.stderr
        assert shallow.branch() is None


def _actions_checkout(origin: Path, sha: str, folder: Path, *, depth: int) -> Project:
    """What GitHub Actions' checkout makes by default: a new repository fetching `sha` alone, `depth` commits deep, as
    origin/main, then main checked out; no gh-pages, no .git/policysite."""
    folder.mkdir()
    git(folder, "init", "-q")
    git(folder, "remote", "add", "origin", f"file://{origin}")
    git(folder, "fetch", "-q", "--no-tags", f"--depth={depth}", "origin", f"+{sha}:refs/remotes/origin/main")
    git(folder, "checkout", "-q", "--force", "-B", "main", "refs/remotes/origin/main")
    return Project(folder)


def test_a_shallow_checkout_lacking_the_newest_published_version_s_commit_publishes_nothing(with_origin, tmp_path):
    """histories4: CI's default checkout (depth 1 or a few) with gh-pages fetched and the last run's .git/policysite
    restored read only the commits it held: a version reverted before publication, then a new one, was refused by a full
    clone (history.backdated) and published from the shallow one, whose history began at the revert. Without the commit
    the newest published version was built from, the commits since are not all there: publish and history say so."""
    project = with_origin  # 2021-02-17 published and pushed
    published_from = json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["source"]["commit"]
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    git(project.root, "revert", "--no-edit", "HEAD")
    head = project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    git(project.root, "push", "-q", "origin", "main")
    refused = project.run("publish")
    assert refused.returncode == 1 and "February 17, 2021, before March 1, 2022 of the earlier commit" in refused.stderr, \
        refused.stderr  # a full clone
    ci = _actions_checkout(tmp_path / "origin.git", head, tmp_path / "ci", depth=2)  # the revert and the new text
    git(ci.root, "fetch", "-q", "--no-tags", "origin", "gh-pages:gh-pages")
    shutil.copytree(project.root / ".git" / "policysite", ci.root / ".git" / "policysite")  # actions/cache
    before = git(ci.root, "rev-parse", "gh-pages").strip()
    for argv in (["publish"], ["history"], ["publish", "--push"], ["history", "--messages", "fr"]):
        result = ci.run(*argv)
        said = result.stdout + result.stderr
        assert result.returncode == 1, said
        if "fr" in argv:
            assert result.stderr.startswith(
                f"error: rien n'a été publié\u00a0: 2021-02-17, la version publiée la plus récente, a été construite à "
                f"partir du commit {published_from[:7]}, absent de ce clone\u00a0: les versions datées enregistrées "
                "depuis (à publier avant une version plus récente, ou qui la refusent) ne peuvent être lues\u202f; clone "
                "superficiel\u00a0: l'historique git s'arrête à "), said
            assert "(sur GitHub Actions\u00a0: `fetch-depth: 0` dans actions/checkout)\n" in said, said
        else:
            assert result.stderr.startswith(
                f"error: nothing published: 2021-02-17, the newest published version, was built from commit "
                f"{published_from[:7]}, which this clone lacks: the dated versions committed since (to publish before a "
                "later one, or that refuse it) cannot be read; shallow clone: git history stops at "), said
            assert "run `git fetch --unshallow` to publish the whole archive (on GitHub Actions: `fetch-depth: 0` in " \
                "actions/checkout)\n" in said, said
        assert git(ci.root, "rev-parse", "gh-pages").strip() == before
        assert git(ci.root, "status", "--porcelain") == ""
    assert git(tmp_path / "origin.git", "rev-parse", "gh-pages").strip() == before  # nothing pushed
    git(ci.root, "fetch", "-q", "--unshallow", "origin")
    whole = ci.run("publish")
    assert whole.returncode == 1 and "before March 1, 2022" in whole.stderr, whole.stderr  # as the full clone


def test_verify_in_a_shallow_checkout_that_rebuilt_no_version_fails_saying_what_to_fetch(with_origin, tmp_path):
    """histories4: in a depth-1 checkout with gh-pages fetched, verify rebuilt none of the versions (their commits not
    there), said "0 version(s) rebuilt … every file is accounted for" and exited 0: a daily job's proof that nobody
    rewrote the archive, made of nothing. It fails now, naming the versions and `git fetch --unshallow`."""
    project = with_origin
    (project.root / "NOTES.txt").write_text("notes\n", encoding="utf-8")
    head = project.commit_all("notes")
    git(project.root, "push", "-q", "origin", "main")
    ci = _actions_checkout(tmp_path / "origin.git", head, tmp_path / "ci", depth=1)
    git(ci.root, "fetch", "-q", "--no-tags", "origin", "gh-pages:gh-pages")
    english = policy_process(["--root", str(ci.root), "verify"], env={**os.environ, messages.ENVIRONMENT: "en"})
    assert english.returncode == 1 and "every file is accounted for" not in english.stdout, english.stdout
    assert english.stderr.endswith(
        "error: gh-pages: 2021-02-17: not rebuilt, its source commit missing from this shallow clone: nothing proves "
        "its pages are what publishing built from its text; fetch the whole history (`git fetch --unshallow`; on "
        "GitHub Actions, `fetch-depth: 0` in actions/checkout) and verify again\n"), english.stderr
    french = policy_process(["--root", str(ci.root), "verify"], env={**os.environ, messages.ENVIRONMENT: "fr"})
    assert french.returncode == 1 and french.stderr.endswith(
        "error: gh-pages\u00a0: 2021-02-17\u00a0: non reconstruite, son commit source absent de ce clone superficiel\u00a0: "
        "rien ne prouve que ses pages sont ce que la publication a construit à partir de son texte\u202f; récupérez tout "
        "l'historique (`git fetch --unshallow`\u202f; sur GitHub Actions, `fetch-depth: 0` dans actions/checkout) et "
        "vérifiez de nouveau\n"), french.stderr
    git(ci.root, "fetch", "-q", "--unshallow", "origin")
    whole = ci.run("verify")
    assert whole.returncode == 0, whole.stdout + whole.stderr


def test_a_partial_clone_whose_remote_git_cannot_reach_is_refused_naming_the_file_and_its_commit(project, tmp_path):
    """A `--filter=blob:none` clone (a CI checkout may be one) fetches each text from its remote as it is read; where
    git could not reach it, its `cat-file` exited and history, publish and diff ended in "error: [Errno 32] Broken
    pipe" (histories3). Each names the page, its commit and the remote; once git reaches it, the clone publishes."""
    first = project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    git(project.root, "config", "uploadpack.allowFilter", "true")
    partial = Project(tmp_path / "partial")
    git(tmp_path, "clone", "-q", "--filter=blob:none", "--no-local", f"file://{project.root}", str(partial.root))
    git(partial.root, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    for argv in (["history"], ["publish"], ["diff", "2021-02-17", "2022-03-01"], ["history", "--messages", "fr"]):
        result = partial.run(*argv)
        said = result.stdout + result.stderr
        assert result.returncode == 1 and "Broken pipe" not in said, said
        assert result.stderr.startswith(
            f"error: docs/fr/index.md at {first[:7]}: this clone is partial (`--filter`): git fetches each text from "
            "its remote as it is read, and could not fetch this one (object " if "fr" not in argv else
            f"error: docs/fr/index.md au commit {first[:7]}\u00a0: ce clone est partiel (`--filter`)\u00a0: git récupère chaque "
            "texte auprès de son dépôt distant au moment de le lire, et n'a pas pu récupérer celui-ci (objet "), said
        assert "gone.git" in said and ("or clone without `--filter`" in said or "ou clonez sans `--filter`" in said)
    assert partial.branch() is None
    git(partial.root, "remote", "set-url", "origin", f"file://{project.root}")
    published = partial.run("history")
    assert published.returncode == 0, published.stderr
    assert partial.files().count("manifest/2021-02-17.json") == partial.files().count("manifest/2022-03-01.json") == 1


def test_the_archive_read_from_a_partial_clone_whose_remote_git_cannot_reach_is_said_so(with_origin, tmp_path):
    """The reading commands in such a clone, the archive's blobs left on its remote: `policy at` said "object 3a5832e…
    is not a blob in the repository" (git's cat-file --batch stopped at the first it could not fetch) (histories3).
    It and verify say the clone is partial, which object, and the remote git asked (histories32: not git's words)."""
    git(with_origin.root, "config", "uploadpack.allowFilter", "true")
    partial = Project(tmp_path / "partial")
    git(tmp_path, "clone", "-q", "--filter=blob:none", "--no-local", f"file://{with_origin.root}", str(partial.root))
    git(partial.root, "remote", "set-url", "origin", str(tmp_path / "gone.git"))
    for argv in (["at", "2021-06-01"], ["verify"]):
        result = partial.run(*argv)
        said = result.stdout + result.stderr
        assert result.returncode == 1 and "Broken pipe" not in said, said
        assert re.match(r"error: object [0-9a-f]{40} is not in this partial clone \(`--filter`\), and git could not "
                        r"fetch it from its remote origin \(.*gone\.git\): let git reach that remote \(its address, its "
                        r"credentials\), or clone without `--filter`$", result.stderr), said


def test_history_progress_only_on_a_terminal(project):
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    piped = project.run("history", "--jobs", "1")
    assert piped.returncode == 0 and "version" not in piped.stderr, piped.stderr
    git(project.root, "branch", "-q", "-D", "gh-pages")
    on_a_terminal = policy_process(["--root", str(project.root), "history", "-j", "1"], terminal=True)
    assert on_a_terminal.returncode == 0, on_a_terminal.stdout + on_a_terminal.stderr
    shown = on_a_terminal.stderr
    assert "version 1 of 2: 2021-02-17" in shown and "version 2 of 2: 2022-03-01" in shown


def test_a_date_going_back_in_the_history_is_refused_until_the_later_one_is_dated_after_or_recorded(project):
    """A text dated before an earlier commit's later date (a date corrected backwards, an old pull request landing
    late, a revert before publication) made the text it replaced the version in force (history hunt 9:
    f_backdated_new_date, f_reverted_published)."""
    project.commit("2021-02-17")
    later = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2021-06-01", fr="Texte corrigé.", en="Corrected text.")
    result = project.run("history")
    assert result.returncode == 1 and "[history.backdated]" in result.stderr, result.stdout + result.stderr
    assert f"was never in force, {later[:7]})" in result.stderr and project.branch() is None
    (project.root / "unpublished.yml").write_text(f"- commit: {later}\n  reason: dated by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record it")
    assert project.history().published == ["2021-02-17", "2021-06-01"]
    # A revert of a later date before it was published: the branch's text is the earlier one again.
    project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    git(project.root, "revert", "--no-edit", "HEAD")
    result = project.run("history")
    assert result.returncode == 1 and "[history.backdated]" in result.stderr, result.stdout + result.stderr
    assert json.loads(project.show("fr/versions.json"))[0]["version"] == "2021-06-01"  # nothing published
    # ... still so once a later version follows the revert (history hunt 13, f_reverted_then_new_version: the daily
    # history published the reverted text as in force for a year; publish refused)
    project.commit("2024-01-15", fr="Quatrième texte.", en="Fourth text.")
    for command in ("history", "publish"):
        result = project.run(command)
        assert result.returncode == 1 and "June 1, 2021, before May 1, 2023" in result.stderr, result.stdout + result.stderr
    assert json.loads(project.show("fr/versions.json"))[0]["version"] == "2021-06-01"


def test_unpublished_yml_never_publishes_heads_text_and_never_names_a_published_version(published):
    """`policy publish` published HEAD's text recorded as never to publish; a record of a published version's
    commit hid it once its folder was removed (history hunt 9: f_publish_ignores_unpublished,
    f_unpublished_hides_published)."""
    project = published  # 2021-02-17 published by `policy publish`
    first = git(project.root, "rev-parse", "HEAD").strip()
    mistake = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    (project.root / "unpublished.yml").write_text(f"- commit: {mistake}\n  reason: merged by mistake\n",
                                                  encoding="utf-8")
    project.commit_all("record it")
    result = project.run("publish")
    said = f"the text of the current commit (HEAD) is that of {mistake[:7]}, which unpublished.yml records"
    assert result.returncode == 1 and said in result.stderr, result.stdout + result.stderr
    assert json.loads(project.show("fr/versions.json"))[0]["version"] == "2021-02-17"
    (project.root / "unpublished.yml").write_text(f"- commit: {first}\n  reason: hide it\n", encoding="utf-8")
    project.commit_all("record the published one")
    result = project.run("history")
    assert result.returncode == 1 and "is the published version 2021-02-17" in result.stderr, result.stderr


def _preview_on_a_branch(project, tmp_path) -> None:
    """2021-02-17 published and pushed to an origin; on the branch pr-draft, a draft dated 2023-05-01 put on the
    local gh-pages by `make build` (`policy history`) there."""
    published_with_an_origin(project, tmp_path)
    git(project.root, "checkout", "-q", "-b", "pr-draft")
    project.commit("2023-05-01", fr="Texte en relecture.", en="Text under review.")
    assert project.run("history").returncode == 0  # make build on the branch


def test_a_preview_built_on_another_branch_is_never_pushed_and_verify_names_it(previewed, tmp_path):
    """`make build` on a pull request's branch put its draft on the local gh-pages; the next `publish --push` from
    main pushed it as a version (history hunt 9: f_branch_draft_pushed)."""
    project = previewed
    git(project.root, "checkout", "-q", "main")
    project.commit("2023-06-01", fr="Texte relu.", en="Reviewed text.")
    result = project.run("publish", "--push")
    assert result.returncode == 1 and "nothing pushed: the local gh-pages holds 2023-05-01" in result.stderr, \
        result.stdout + result.stderr
    french = policy_process(["--root", str(project.root), "publish", "--push"], env={**os.environ,
                                                                                    messages.ENVIRONMENT: "fr"})
    assert french.returncode == 1 and ("rien n'a été envoyé\u00a0: la branche locale gh-pages contient 2023-05-01, "
                                       "construite à partir d'un texte") in french.stderr, french.stderr
    assert "2023-05-01" not in git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    result = project.run("verify")
    assert result.returncode == 1 and "2023-05-01: built from a text this branch never held" in \
        result.stdout + result.stderr


def test_a_commit_changing_only_line_ends_is_the_same_text(published):
    """Converting a published page to CRLF made every later `policy publish` fail (history hunt 9:
    f_low_crlf_blocks_publish): every command reads CRLF and a byte order mark alike."""
    project = published  # 2021-02-17 published by `policy publish`
    tip = project.branch()
    page = project.root / "docs" / "fr" / "index.md"
    page.write_bytes(b"\xef\xbb\xbf" + page.read_bytes().replace(b"\n", b"\r\n"))
    project.commit_all("line ends")
    result = project.run("publish")
    assert result.returncode == 0 and "line ends or a byte order mark only" in result.stderr, \
        result.stdout + result.stderr
    result = project.run("history")
    assert result.returncode == 0 and "differs" not in result.stdout + result.stderr, result.stdout + result.stderr
    assert project.branch() == tip


@pytest.mark.parametrize(("name", "said"), [
    ("main", "is checked out"), ("HEAD", "not a name"), ("refs/heads/x", "not a name"), ("origin/gh-pages", "not a name"),
    ("a..b", "not a name"), ("", "not a name"), ("@", "not a name"), ("@{-1}", "not a name"),
    ("heads/main", "not a name"), ("tags/v1", "not a name"), ("remotes/x/y", "not a name")])
def test_a_branch_that_is_not_one_of_its_own_is_refused_before_anything_is_built(project, name, said):
    """History hunt 13, f_branch_option_unchecked: `-b main` committed the site onto the checked-out branch (109 files
    staged for deletion in the working tree), `-b HEAD` made refs/heads/HEAD. Safety hunt 22: `-b @` made refs/heads/@
    (git's `check-ref-format --branch` reads `@` as the branch checked out), a branch git refuses to name; `-b @{-1}`
    was refused by git once every version was built; `-b heads/main` made refs/heads/heads/main, which git commands
    given `heads/main` never read (refs/heads/main, the source, comes first)."""
    project.commit("2021-02-17")
    git(project.root, "checkout", "-q", "-b", "before")
    git(project.root, "checkout", "-q", "main")  # `@{-1}` names a branch
    git(project.root, "remote", "add", "origin", str(project.root))
    head, refs = git(project.root, "rev-parse", "HEAD"), git(project.root, "for-each-ref")
    for command in ("publish", "history") if name == "main" else ("publish",):  # both check it the same way
        result = project.run(command, "-b", name)
        start = "error: -b " if said == "not a name" else f"error: the archive's branch, {name}, "
        assert result.returncode == 1 and result.stderr.startswith(start) and said in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
        assert git(project.root, "rev-parse", "HEAD") == head and git(project.root, "for-each-ref") == refs
        assert git(project.root, "status", "--porcelain") == ""


def test_a_branch_checked_out_in_a_worktree_is_refused_naming_it_and_the_way_out(project, tmp_path):
    """History hunt 33: gh-pages checked out in a worktree (a DPO reading the archive) was refused with "publish onto
    a branch of its own, such as gh-pages", no way out for gh-pages itself; nor did it say where, or that a
    worktree whose folder was deleted holds its branch until `git worktree prune`."""
    project.commit("2021-02-17")
    git(project.root, "branch", "pages")
    where = tmp_path / "the pages"
    git(project.root, "worktree", "add", "-q", str(where), "pages")
    with pytest.raises(publish.PublishError) as raised:
        project.publish(branch="pages")
    assert str(raised.value) == (f"the archive's branch, pages, is checked out in {where}: publishing would move it "
                                 f"under the copy of its files in that folder; close that folder's copy first (`git worktree "
                                 f"remove '{where}'`); "
                                 "nothing was published")
    shutil.rmtree(where)
    with pytest.raises(publish.PublishError, match=r"that folder is gone: `git worktree prune` forgets it; nothing"):
        project.history(branch="pages")


def test_a_preview_of_a_branch_merged_with_a_merge_commit_is_never_pushed(previewed, tmp_path):
    """History hunt 13, f_draft_merged_pushed: GitHub's merge commit makes every commit of a pull request part of
    main's history, so the draft a `make build` on its branch had put on the local gh-pages passed as main's and
    was pushed; main's own first parents never held it."""
    project = previewed
    project.commit("2023-06-01", fr="Texte relu.", en="Reviewed text.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "-m", "Merge pull request #7", "pr-draft")
    result = project.run("publish", "--push")
    out = result.stdout + result.stderr
    assert result.returncode == 1 and "nothing pushed: the local gh-pages holds 2023-05-01" in out, out
    assert "2023-05-01" not in git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    result = project.run("verify")
    assert result.returncode == 1 and "2023-05-01: built from a text this branch never held" in \
        result.stdout + result.stderr
    # set back to origin's, the branch publishes the merged text, which its merge commit holds
    git(project.root, "branch", "-f", "gh-pages", "origin/gh-pages")
    result = project.run("publish", "--push")
    assert result.returncode == 0, result.stdout + result.stderr
    pushed = git(project.root, "ls-tree", "--name-only", "-r", "origin/gh-pages", "manifest/")
    assert "2023-06-01" in pushed and "2023-05-01" not in pushed
    assert project.run("verify").returncode == 0


def test_ctrl_c_as_the_build_pool_ends_stops_the_publication(project, monkeypatch):
    """A Ctrl-C landing as the pool of builds shut down (after the last build) was raised in a generator the garbage
    collector closed: Python printed "Exception ignored" and a traceback, and the publication went on, exit 0 (history
    hunt 23, f_ctrl_c_swallowed)."""
    import concurrent.futures.process as pool_module

    for n, date in enumerate(("2021-02-17", "2022-03-01", "2023-05-01")):
        project.commit(date, fr=f"Texte numéro {n}.", en=f"Text number {n}.")
    real = pool_module.ProcessPoolExecutor.shutdown
    interrupted = []

    def shutdown(self, *args, **kwargs):
        real(self, *args, **kwargs)  # the workers end; then the Ctrl-C lands
        if not interrupted:
            interrupted.append(True)
            raise KeyboardInterrupt

    monkeypatch.setattr(pool_module.ProcessPoolExecutor, "shutdown", shutdown)
    with pytest.raises(KeyboardInterrupt):
        project.history(jobs=2)
    assert interrupted and project.branch() is None


@pytest.mark.parametrize(("signum", "code", "said"), [(signal.SIGINT, 130, "error: interrupted"),
                                                     (signal.SIGTERM, 143, "error: stopped from outside (a cancelled CI job, or "
                                                                         "`kill`: SIGTERM); start the command again")])
def test_a_signal_to_the_process_group_ends_the_command_its_workers_and_its_temporary_folders(project, tmp_path,
                                                                                              signum, code, said):
    """A terminal's Ctrl-C is a SIGINT to the whole process group: each forked worker printed its own traceback, and
    one interrupted as the pool started left the command waiting for ever on its idle workers. A cancelled job's
    SIGTERM ended it at once, without a word, its temporary folders (the versions' built sites) left behind (history
    hunt 23). The command alone is interrupted now, says so, and leaves nothing: no process, no folder."""
    for n, date in enumerate(("2021-02-17", "2022-03-01", "2023-05-01", "2024-04-01")):
        project.commit(date, fr=f"Texte numéro {n}.", en=f"Text number {n}.")
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    run = subprocess.Popen([sys.executable, "-m", "policysite.cli", "--root", str(project.root), "history", "-j", "2"],
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={**os.environ, "TMPDIR": str(temporary)},
                           start_new_session=True)
    deadline = time.monotonic() + 120
    while run.poll() is None and time.monotonic() < deadline and not _forked_workers(run.pid):
        time.sleep(0.01)
    if run.poll() is None:
        os.killpg(run.pid, signum)
    try:
        out, err = run.communicate(timeout=60)
    except subprocess.TimeoutExpired:
        os.killpg(run.pid, signal.SIGKILL)
        run.communicate()
        raise AssertionError("still running 60 s after the signal") from None
    stderr = err.decode("utf-8", "replace")
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    if run.returncode != 0:  # else it had finished before the signal
        assert run.returncode == code and stderr.strip().endswith(said), stderr
        assert project.branch() is None
    # a worker's print server ends once its print is done, whenever a busy machine gets it there
    until(lambda: not _running_in_group(run.pid), what="every process of the group ended (workers, print servers, git)")
    until(lambda: not any(temporary.iterdir()), what="the command's temporary folders removed")


def _forked_workers(pid: int) -> list[str]:
    """The children of process `pid` that are forks of it (its build workers, not its git processes); on a system
    without /proc, a placeholder: the Ctrl-C is sent at once."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return ["?"]
    forks = []
    for child in children:
        with contextlib.suppress(OSError):
            if Path(f"/proc/{child}/cmdline").read_bytes() == command:
                forks.append(child)
    return forks


def _running_in_group(group: int) -> list[str]:
    """The processes of process group `group` still running (a zombie is no longer running: it waits for a parent
    that may not be there to reap it, as in a container)."""
    running = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        with contextlib.suppress(OSError, ValueError, IndexError):
            fields = stat.read_text().rpartition(")")[2].split()  # after "pid (command)": state, ppid, pgrp …
            if int(fields[2]) == group and fields[0] != "Z":
                running.append(stat.parent.name)
    return running


def test_refused_settings_are_named_as_the_projects_file_at_its_commit(published):
    """history, publish and verify read the configuration from git into a temporary folder, and named that copy
    (`/tmp/policy-theme-…/project/mkdocs.yml`), gone when the message was read (history hunt 23,
    f_low_temp_config_path)."""
    project = published  # 2021-02-17 published by `policy publish`
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("authoritative: fr", "authoritative: de"),
                      encoding="utf-8")
    commit = project.commit_all("a language not listed")
    for command in ("history", "publish", "verify"):
        result = project.run(command)
        assert result.returncode == 2, result.stdout + result.stderr
        assert (f"error: mkdocs.yml at {commit[:7]}: the authoritative language (`extra.policy.authoritative`), 'de', is not one of the languages"
                in result.stderr), result.stderr


def test_a_new_version_is_published_after_main_was_rewritten_when_the_history_still_holds_the_last_text(project):
    """main rewritten after publication (a rebase fixing a word of an older text, force-pushed, the old commits gone):
    the newest version's commit is no longer in the clone, though its text is, at another commit. No version could be
    published again, and the advised `history --rebuild` refused too (a published text changed): history hunt 27."""
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    published = project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    project.history()
    git(project.root, "checkout", "-q", "--orphan", "rewritten")
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte, corrigé.", en="Second text.")
    project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    git(project.root, "branch", "-M", "rewritten", "main")
    git(project.root, "reflog", "expire", "--expire=now", "--all")
    git(project.root, "gc", "-q", "--prune=now")
    assert subprocess.run(["git", "cat-file", "-e", published], cwd=project.root).returncode != 0
    project.commit("2024-01-05", fr="Quatrième texte.", en="Fourth text.")
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    changes = project.show("fr/2024-01-05/changes/index.html")
    assert "Troisième" in changes and "Quatrième" in changes  # compared with the text published as 2023-05-01
    # verify tells a text still in the history (rebuild records it there) from one lost (history hunt 27)
    said = project.run("verify").stdout
    assert re.search(r"fr/2023-05-01: source docs/fr/index\.md at \w+ is not in this repository, .*; the same text "
                     r"is at \w+: `policy history --rebuild` publishes it again from there", said), said
    assert re.search(r"fr/2022-03-01: .*; its text is at no commit of the history: the version cannot be proven from "
                     r"its source until the commit is fetched from a clone that still has it \(`git fetch <that clone> "
                     r"[0-9a-f]{40}`\)", said)  # what to do, as --rebuild says (history hunt 31)
    assert re.search(r"en/2022-03-01: .*; the same text is at \w+, but another language's published text is lost",
                     said)
    # a text still in the history is the branch's own, not "a preview of another branch" (history hunt 31); nor is
    # one whose commit is gone with its text (2022-03-01, corrected by the rebase): that is lost, as said above, and
    # this clone cannot tell what it was (history hunt 33: a squashed main had verify call it a preview)
    assert "2023-05-01: built from a text this branch never held" not in said, said
    assert "2022-03-01: built from a text this branch never held" not in said, said


def test_rebuild_takes_a_version_from_its_published_commit_after_an_edit_under_the_same_date(two_published):
    """A published text edited in place under the same date (the README asks for a new date): history keeps the
    published one and says so, but every `history --rebuild` refused for ever, though the commit it was published
    from still holds it (history hunt 27)."""
    project = two_published  # 2021-02-17 and 2022-03-01 ('Deuxième texte.') published by `policy history`
    published = git(project.root, "rev-parse", "HEAD").strip()
    json_before = project.show("en/2022-03-01/policy.json")
    project.commit("2022-03-01", fr="Deuxième texte.", en="The second text.")
    project.commit("2023-05-01", fr="Troisième texte.", en="Third text.")
    assert project.run("history").returncode == 0
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"rebuilt from the commit it was published from, {published[:7]}" in result.stderr
    assert project.show("en/2022-03-01/policy.json") == json_before
    assert json.loads(project.show("manifest/2022-03-01.json"))["languages"]["en"]["source"]["commit"] == published
    assert project.run("verify").returncode == 0


def test_a_first_publication_onto_another_sites_branch_is_refused_naming_its_files(project):
    """History hunt 31: a gh-pages holding an older site (no manifest) had its index.html and 404.html replaced without
    a word and its other pages left beside the archive, which verify then refused. GitHub Pages' CNAME is no site."""
    project.commit("2021-02-17")
    git(project.root, "checkout", "-q", "--orphan", "gh-pages")
    git(project.root, "rm", "-q", "-r", "-f", ".")
    (project.root / "index.html").write_text("<p>Our old site</p>\n", encoding="utf-8")
    (project.root / "about.html").write_text("<p>About us</p>\n", encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "Old site")
    git(project.root, "checkout", "-q", "-f", "main")
    old = project.branch()
    for command in (("history",), ("publish",)):
        result = project.run(*command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "error: gh-pages holds 2 files and no published version (about.html, index.html): another site's?" \
            in result.stderr, result.stderr
        assert project.branch() == old
    git(project.root, "checkout", "-q", "gh-pages")
    git(project.root, "rm", "-q", "index.html", "about.html")
    (project.root / "CNAME").write_text("www.dial-once.com\n", encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "GitHub Pages' custom domain")
    git(project.root, "checkout", "-q", "-f", "main")
    assert project.run("history").returncode == 0
    assert project.show("CNAME") == "www.dial-once.com\n"


def test_a_first_publication_onto_versions_plain_mike_deployed_names_them_and_the_way_to_publish_them_again(project):
    """History hunt 33: a gh-pages where plain `mike deploy --deploy-prefix fr 2021-02-17 latest` put the policy (mike's
    own list of versions, no manifest) was refused as "another site's?", though it holds this policy's versions: they
    are named, with the way to publish them again from their commits, which then works."""
    project.commit("2021-02-17")
    git(project.root, "checkout", "-q", "--orphan", "gh-pages")
    git(project.root, "rm", "-q", "-r", "-f", ".")
    for lang in ("fr", "en"):
        for folder in ("2021-02-17", "latest"):
            (project.root / lang / folder).mkdir(parents=True)
            (project.root / lang / folder / "index.html").write_text("<p>2021</p>\n", encoding="utf-8")
        (project.root / lang / "versions.json").write_text(json.dumps(
            [{"version": "2021-02-17", "title": "2021-02-17", "aliases": ["latest"]}]), encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "Deployed 1234567 to 2021-02-17 in fr with MkDocs 1.6.1 and mike 2.2.0")
    git(project.root, "checkout", "-q", "-f", "main")
    _refused_by_both(project, "error: gh-pages holds versions plain mike deployed, with no publication record of this generator "
                     "(en: 2021-02-17; fr: 2021-02-17)", "`git branch -m gh-pages mike-pages`), then run `policy history`")
    with pytest.raises(publish.PublishError) as refused:  # in French, its list as French punctuates it
        project.publish()
    assert "relevé de publication de ce générateur (en\u00a0: 2021-02-17\u202f; fr\u00a0: 2021-02-17)\u00a0: rien" in messages.said_in(
        messages.text_of(refused.value), "fr")
    git(project.root, "branch", "-m", "gh-pages", "mike-pages")
    assert project.run("history").returncode == 0
    assert project.run("verify").returncode == 0


def _refused_by_both(project: Project, *said: str) -> None:
    """`policy history` and `policy publish` each refused, saying each of `said`, the archive's branch as it was."""
    before = project.branch()
    for command in ("history", "publish"):
        result = project.run(command)
        assert result.returncode == 1, result.stdout + result.stderr
        assert all(words in result.stderr for words in said), result.stderr
        assert project.branch() == before


def test_a_single_branch_clone_publishes_onto_origins_archive_not_a_new_one(with_origin, tmp_path):
    """History hunt 33: in a clone made with `git clone --single-branch` (origin's gh-pages never fetched), publish and
    history without --push started another archive, every version dated as published that day, which an export or
    a deploy of the branch would serve in place of origin's. Refused, with the way to fetch it; followed, the next
    version is published onto origin's archive."""
    origin = tmp_path / "origin.git"
    git(with_origin.root, "push", "-q", "origin", "main")
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", "--single-branch", "-b", "main", str(origin), str(other.root))
    other.commit("2022-03-01", fr="Texte suivant.", en="Next text.")
    assert other.branch() is None
    _refused_by_both(other, "error: this clone fetches other branches of origin only (made with --single-branch): "
                     "origin's gh-pages, the published archive if it has one, is not here",
                     "`git remote set-branches --add origin gh-pages` then `git fetch origin`")
    git(other.root, "remote", "set-branches", "--add", "origin", "gh-pages")
    git(other.root, "fetch", "-q", "origin")
    result = other.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert git(other.root, "merge-base", "--is-ancestor", "origin/gh-pages", "gh-pages") == ""
    assert git(other.root, "ls-tree", "--name-only", "gh-pages", "manifest/").split() == [
        "manifest/2021-02-17.json", "manifest/2022-03-01.json", "manifest/assets"]

def test_the_reading_commands_read_origins_copy_when_the_local_branch_is_behind_it_and_say_so(with_origin, tmp_path):
    """History hunt 31: another clone published 2023-06-01 and pushed; here, fetched, the local gh-pages is behind.
    `policy at` answered from it that 2021-02-17 was still in force, without a word."""
    project = with_origin
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", str(tmp_path / "origin.git"), str(other.root))
    git(other.root, "fetch", "-q", "origin", "gh-pages:gh-pages")
    other.commit("2023-06-01", fr="Texte suivant.", en="Next text.")
    assert other.run("publish", "--push").returncode == 0
    git(other.root, "push", "-q", "origin", "main")
    git(project.root, "fetch", "-q", "origin")
    git(project.root, "merge", "-q", "--ff-only", "origin/main")
    result = project.run("at", "2023-07-01")
    assert result.stdout.startswith("2023-06-01 "), result.stdout
    assert "note: origin/gh-pages is read: the local gh-pages is behind it" in result.stderr, result.stderr
    checked = project.run("verify")
    assert checked.returncode == 0 and "the local gh-pages is behind it" in checked.stderr, checked.stdout
    # diverged (a commit of the local branch's own, without 2023-06-01 that origin's holds): the local branch is read,
    # and it lacks a version the site's copy holds, so `at` answers nothing for a day it was in force (histories25),
    # saying so, not "reset or force-pushed" (histories26)
    git(project.root, "branch", "-f", "gh-pages", git(project.root, "commit-tree", "-p", "gh-pages", "-m", "hand",
                                                      "gh-pages^{tree}").strip())
    result = project.run("at", "2023-07-01")
    assert result.returncode == 1 and result.stdout == "", result.stdout
    assert "error: 2023-06-01 is on origin/gh-pages, what the site serves, and not on the local gh-pages, which has " \
        "diverged from it" in result.stderr, result.stderr


def test_a_command_run_with_the_archives_branch_checked_out_says_to_check_out_the_policys(history_published):
    """History hunt 31: with gh-pages checked out (to look at it), every command said "mkdocs.yml is not committed at
    <id>: commit the project's configuration first", which would commit it onto the archive."""
    project = history_published  # 2021-02-17 published by `policy history`
    git(project.root, "checkout", "-q", "gh-pages")
    for command in (("verify",), ("history",), ("publish",)):
        result = project.run(*command)
        assert result.returncode == 1 and "is a commit of the published archive (its publication records), not of the policy: " \
            "check out the policy's branch (`git checkout main`)" in result.stderr, result.stderr


def test_a_rebuild_says_which_files_of_the_branch_it_put_back_after_a_hand_edit(history_published):
    """History hunt 31: `history --rebuild` over a page edited by hand (and a file added) wrote the version again from
    its source without a word, and verify passed after it: the edit was only to be found in the branch's log."""
    project = history_published  # 2021-02-17 published by `policy history`
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    page = work / "fr" / "2021-02-17" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Nous traitons", "Nous vendons"), encoding="utf-8")
    (work / "fr" / "2021-02-17" / "extra.html").write_text("<p>x</p>", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "hand edit")
    git(project.root, "worktree", "remove", "--force", str(work))
    result = project.run("history", "--rebuild")
    assert result.returncode == 0, result.stdout + result.stderr
    for path, what in (("fr/2021-02-17/index.html", "changed"), ("fr/2021-02-17/extra.html", "added")):
        assert f"warning: {path}: {what} " in result.stderr and f"by a hand edit of gh-pages since it was published: " \
            f"the rebuild put the version back as its source gives it (`git log gh-pages -- {path}`" in result.stderr
    assert "en/2021-02-17" not in result.stderr  # the files as published are not named


def test_a_published_version_recorded_in_unpublished_yml_is_named_once(two_published):
    """History hunt 31: the refusal named the version once per language ("… 2023-06-01; … 2023-06-01")."""
    project = two_published  # 2021-02-17 and 2022-03-01 published by `policy history`
    published = git(project.root, "rev-parse", "HEAD").strip()
    (project.root / "unpublished.yml").write_text(f"- commit: {published}\n  reason: a draft\n", encoding="utf-8")
    project.commit_all("record it")
    result = project.run("history")
    assert result.returncode == 1 and result.stderr.count("as never published, but it is the published version "
                                                          "2022-03-01") == 1, result.stderr


def test_an_alias_in_unpublished_yml_is_refused_in_words_true_of_that_file(project):
    """History hunt 31: MetaLoader's message said "not allowed in front matter" of unpublished.yml too."""
    project.commit("2021-02-17")
    (project.root / "unpublished.yml").write_text("a: &a [1]\nb: *a\n", encoding="utf-8")
    project.commit_all("an alias")
    result = project.run("history")
    assert result.returncode == 1 and "unpublished.yml: cannot be read: aliases (*name) are not allowed" in \
        result.stderr and "front matter" not in result.stderr, result.stderr


def test_a_push_refused_because_another_clone_published_meanwhile_says_how_to_catch_up(with_origin, tmp_path,
                                                                                       monkeypatch):
    """History hunt 33, 02-concurrent-publish: the clone that pushed second quoted git's hint to `git pull`, no way
    out for the archive's branch; it now says the remote's branch moved, and how to take it and publish again."""
    from policysite import git as pgit
    from policysite.errors import PublishError

    project = with_origin
    origin = tmp_path / "origin.git"
    push = pgit.push

    def raced(repo, remote, branch, **options):  # another clone's publication lands between its fetch and its push
        tip = git(origin, "rev-parse", "gh-pages").strip()
        other = git(origin, "commit-tree", f"{tip}^{{tree}}", "-p", tip, "-m", "Publish (another clone)").strip()
        git(origin, "update-ref", "refs/heads/gh-pages", other)
        push(repo, remote, branch, **options)

    monkeypatch.setattr(pgit, "push", raced)
    with pytest.raises(PublishError) as refused:
        project.publish(push=True)
    said = str(refused.value)
    assert said.startswith("nothing changed on the local gh-pages, but origin's gh-pages moved meanwhile"), said
    assert "git branch -f gh-pages origin/gh-pages" in said and "git pull" not in said
    # histories7: the tags made for the push are dropped with it (one would claim origin's branch held its version)
    assert git(project.root, "tag", "--list") == "" and git(origin, "tag", "--list") == ""



def test_verify_on_a_detached_head_behind_main_takes_mains_later_texts_as_its_own(with_origin):
    """Archive hunt 22, finding 3: checked out at an older commit of main (`git checkout <id>`, detached), verify
    called each version published since "built from a text this branch never held (a preview of another branch …)":
    a detached HEAD is no branch, and main, which holds it, holds those texts (said in a note). A draft that neither
    HEAD nor a branch holding it ever held is still named, in words true of a detached HEAD."""
    project = with_origin  # `published_with_an_origin`, copied
    old = git(project.root, "rev-parse", "HEAD").strip()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.run("publish").returncode == 0
    git(project.root, "checkout", "-q", "--detach", old)
    result = project.run("verify")
    said = result.stdout + result.stderr
    assert result.returncode == 0 and "never held" not in said, said
    assert f"the current commit (HEAD) is {old[:7]}, on no branch of its own (detached): the texts of the branches holding it (main) are taken as its own" in said
    git(project.root, "checkout", "-q", "-b", "pr-draft", "main")
    project.commit("2023-05-01", fr="Texte en relecture.", en="Text under review.")
    assert project.run("history").returncode == 0  # make build on the branch
    git(project.root, "checkout", "-q", "main")
    (project.root / "NOTES.txt").write_text("Not the policy.\n", encoding="utf-8")
    tip = project.commit_all("notes")
    git(project.root, "checkout", "-q", "--detach", tip)
    result = project.run("verify")
    said = result.stdout + result.stderr
    assert result.returncode == 1 and f"2023-05-01: built from a text that neither the current commit (HEAD, {tip[:7]}, on no " \
        "branch of its own) nor " \
        "a branch holding it ever held (a preview of another branch" in said, said
    assert "2022-03-01: built from" not in said, said


def test_verify_of_the_policys_own_branch_says_it_is_not_the_archive(project):
    """Archive hunt 22: `policy verify -b main` judged the policy's sources as an archive and printed a problem for
    every file of it (44 on a new site: "overrides/…: attributes the theme does not write", …), none saying why;
    `policy export -b main` wrote the sources out as the site."""
    project.commit("2021-02-17")
    result = project.run("verify", "-b", "main")
    assert result.returncode == 1 and result.stdout == "" and result.stderr == (
        "error: main holds the project's sources (mkdocs.yml) and no published version: it is not the archive; name "
        "the archive's branch with -b (gh-pages by default)\n"), result.stdout + result.stderr
    result = project.run("export", "-b", "main", "--site-dir", str(project.root.parent / "out"))
    assert result.returncode == 1 and result.stderr.startswith("error: main holds the project's sources") and \
        not (project.root.parent / "out").exists(), result.stderr  # it wrote the sources out as the site


@pytest.mark.parametrize("command", [("publish", "--push"), ("history", "--push")])
def test_a_branch_edited_by_hand_is_never_pushed_when_there_is_nothing_to_publish(with_origin, command):
    """Session 37, newco4: a DPO edited an older version's page on gh-pages by hand (a commit "fix typo"); `policy verify`
    and `policy export` named it, but `publish --push` and `history --push` said "nothing to publish" and pushed the
    edited branch to origin: a writing command refuses what no publication wrote only when it writes a commit."""
    project = with_origin
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    assert project.run("publish", "--push").returncode == 0
    before = git(project.root, "rev-parse", "origin/gh-pages").strip()
    work = project.root.parent / "edit"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    page = work / "fr" / "2021-02-17" / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("Nous traitons", "Nous vendons"), encoding="utf-8")
    git(work, "commit", "-q", "-am", "fix typo")
    git(project.root, "worktree", "remove", "--force", str(work))
    result = project.run(*command)
    assert result.returncode == 1, result.stdout + result.stderr
    lang = messages.for_project(project.root)
    said = messages.say("push.edited", {"files": ["fr/2021-02-17/index.html: x"], "more": 0, "branch": "gh-pages",
                                        "remote": "origin"}, lang)
    assert said is not None and said.split(": x")[1] in result.stderr, (said, result.stderr)
    assert "fr/2021-02-17/index.html: " in result.stderr, result.stderr
    assert git(project.root, "ls-remote", "--heads", "origin", "gh-pages").split()[0] == before


def test_pushing_to_a_remote_the_repository_lacks_is_refused_before_anything_is_published(project):
    """company11: a new site's first `make publish` (no remote yet) published on the local gh-pages, then printed git's
    "'origin' does not appear to be a git repository" and four lines of its hints. Refused first, in one line naming
    the remote and `git remote add`; the local gh-pages as it was."""
    project.commit("2021-02-17")
    for command in ("publish", "history"):
        result = project.run(command, "--push")
        assert result.returncode != 0
        assert result.stderr == ("error: the repository has no remote named origin: nothing was published nor pushed: "
                                 "add the site's repository (git remote add origin ADDRESS), then run the command "
                                 "again (make build publishes on the local gh-pages alone)\n"), result.stderr
        assert not git(project.root, "branch", "--list", "gh-pages").strip()
