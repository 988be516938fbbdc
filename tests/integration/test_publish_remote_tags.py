"""Pushing the archive's branch to a remote that refuses its version tags, or atomic pushes: the branch is published
all or nothing, the tags after it, and a remote without them is said in one warning with what to do."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, copy_with_origin, made_once, published_with_an_origin
from policysite import messages

pytestmark = pytest.mark.usefixtures("no_identity")

REFUSE_TAGS = {
    # pre-receive reads every ref of the push: one tag refuses them all, the branch's too
    "pre-receive": "#!/bin/sh\nwhile read old new ref; do case \"$ref\" in refs/tags/*) "
                   "echo \"tags are not accepted here: $ref\" >&2; exit 1;; esac; done\nexit 0\n",
    # update runs once per ref: an atomic push fails whole when any ref is refused
    "update": "#!/bin/sh\ncase \"$1\" in refs/tags/*) echo \"tags are not accepted here: $1\" >&2; exit 1;; esac\n"
              "exit 0\n",
}


def _two_published_one_pushed(project: Project, folder: Path) -> None:
    """2021-02-17 published and on origin (no tags there), 2022-03-01 published on the local branch only."""
    published_with_an_origin(project, folder)
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    project.publish()


@pytest.fixture(scope="module")
def first_unpushed(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, _two_published_one_pushed)


@pytest.fixture
def unpushed(first_unpushed, tmp_path) -> Project:
    """A copy of `first_unpushed`, its origin at tmp_path/origin.git."""
    return copy_with_origin(first_unpushed, tmp_path)


def _tags(repo: Path) -> list[str]:
    return git(repo, "tag", "--list").split()


@pytest.mark.parametrize("hook", sorted(REFUSE_TAGS))
def test_a_remote_whose_hook_refuses_tags_gets_the_branch_and_one_warning_saying_what_to_do(unpushed, tmp_path, hook):
    """publish9: the branch and its version tags went in one atomic push, which a remote refusing tags refused whole:
    the new version never reached the remote. The branch is pushed alone and the tags' refusal is one warning."""
    origin = tmp_path / "origin.git"
    script = origin / "hooks" / hook
    script.write_text(REFUSE_TAGS[hook], encoding="utf-8")
    script.chmod(0o755)
    outcome = unpushed.publish(push=True)
    assert git(origin, "rev-parse", "gh-pages") == git(unpushed.root, "rev-parse", "gh-pages")
    assert git(origin, "ls-tree", "--name-only", "gh-pages", "manifest/").split() == [
        "manifest/2021-02-17.json", "manifest/2022-03-01.json", "manifest/assets"]
    assert _tags(origin) == []
    # kept here: each names a commit the remote's branch holds, and the next push offers them again
    assert _tags(unpushed.root) == ["policy/gh-pages/2021-02-17", "policy/gh-pages/2022-03-01"]
    assert not any("pushed" in messages.said_in(m, "en") for m in outcome.messages)
    [warning] = outcome.warnings
    said = messages.said_in(warning, "en")
    assert said.startswith("pushed gh-pages to origin, but origin refused the tags naming the commit that published "
                           "each version (refs/tags/policy/gh-pages/): the branch is published without them"), said
    assert "let origin accept tags under refs/tags/policy/gh-pages/" in said and "tags are not accepted here" in said
    french = messages.said_in(warning, "fr")
    assert french.startswith("gh-pages envoyée vers origin, mais origin a refusé les étiquettes (tags) nommant le "
                             "commit qui a publié chaque version (refs/tags/policy/gh-pages/)\u00a0: la branche est "
                             "publiée sans elles"), french


def test_a_remote_that_does_not_advertise_atomic_pushes_gets_the_branch_and_its_tags(unpushed, tmp_path):
    """publish9: `--atomic` to a remote that does not offer it (receive.advertiseAtomic false) failed before sending
    anything: the branch is pushed, then its tags, and nothing is said but that it was pushed."""
    origin = tmp_path / "origin.git"
    git(origin, "config", "receive.advertiseAtomic", "false")
    outcome = unpushed.publish(push=True)
    assert git(origin, "rev-parse", "gh-pages") == git(unpushed.root, "rev-parse", "gh-pages")
    assert _tags(origin) == ["policy/gh-pages/2021-02-17", "policy/gh-pages/2022-03-01"]
    assert outcome.warnings == []
    assert [messages.said_in(m, "en") for m in outcome.messages][-1] == "pushed gh-pages to origin"
