"""A partial clone (`--filter=blob:none`) whose remote git cannot reach: each command's one `error:` line is in the
reader's language and names the remote git asked and its address (its credentials left out), without git's English
`fatal:` lines (histories31 left them quoted after the catalogue's words)."""
from __future__ import annotations

import os

import pytest

from helpers import git, policy_process
from policy_repo import Project, made_once, publish_two
from policysite import git as policy_git, messages

pytestmark = pytest.mark.usefixtures("no_identity")


@pytest.fixture
def partial(tmp_path_factory, tmp_path) -> tuple[Project, str]:
    """A blobless clone of two published versions, its origin then moved where nothing is, with a user and token in
    its address; and the first version's commit."""
    made = made_once(tmp_path_factory, publish_two)
    git(made.root, "config", "uploadpack.allowFilter", "true")
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", "--filter=blob:none", "--no-local", "--no-single-branch", f"file://{made.root}",
        str(clone.root))
    git(clone.root, "branch", "-q", "gh-pages", "origin/gh-pages")
    git(clone.root, "remote", "set-url", "origin", f"file://someone:s3cret@localhost{tmp_path}/gone.git")
    first = git(clone.root, "rev-list", "--max-parents=0", "main").strip()
    return clone, first


def said(clone: Project, lang: str, *argv: str) -> tuple[int, str]:
    done = policy_process(["--root", str(clone.root), *argv], env={**os.environ, messages.ENVIRONMENT: lang})
    return done.returncode, done.stdout + done.stderr


def test_a_text_that_cannot_be_fetched_is_said_in_the_readers_words_naming_the_remote(partial, tmp_path):
    clone, first = partial
    git(clone.root, "branch", "-q", "-D", "gh-pages")  # (no archive to read first: the texts are)
    git(clone.root, "update-ref", "-d", "refs/remotes/origin/gh-pages")
    for argv in (["history"], ["diff", "2021-02-17", "2022-03-01"]):
        code, en = said(clone, "en", *argv)
        assert code == 1 and en.startswith(f"error: docs/fr/index.md at {first[:7]}: this clone is partial (`--filter`)"), en
        assert f"from origin (file://localhost{tmp_path}/gone.git): let git reach that remote" in en, en
        assert "fatal" not in en and "s3cret" not in en and "Traceback" not in en, en
        assert len(en.strip().splitlines()) == 1, en
        code, fr = said(clone, "fr", *argv)
        assert code == 1 and "ce clone est partiel (`--filter`)" in fr, fr
        assert f"auprès de origin (file://localhost{tmp_path}/gone.git)\u00a0: donnez à git l'accès" in fr, fr
        assert "fatal" not in fr and "Could not read" not in fr and "s3cret" not in fr, fr
    assert clone.branch() is None
    assert git(clone.root, "status", "--porcelain").strip() == ""


def test_an_archive_object_that_cannot_be_fetched_is_said_in_the_readers_words(partial, tmp_path):
    clone, _first = partial
    for argv in (["at", "2021-06-01"], ["verify"]):
        code, fr = said(clone, "fr", *argv)
        assert code == 1 and fr.startswith("error: l'objet "), fr
        assert "n'est pas dans ce clone partiel (`--filter`), et git n'a pas pu le récupérer auprès de son dépôt " \
               f"distant origin (file://localhost{tmp_path}/gone.git)\u00a0: donnez à git" in fr, fr
        assert "fatal" not in fr and "s3cret" not in fr and "Traceback" not in fr, fr


@pytest.mark.parametrize(("url", "shown"), [
    ("https://user:token@example.com/org/site.git", "https://example.com/org/site.git"),
    ("https://token@example.com/a@b.git", "https://example.com/a@b.git"),
    ("ssh://git@example.com:22/org/site.git", "ssh://example.com:22/org/site.git"),
    ("git@example.com:org/site.git", "git@example.com:org/site.git"),
    ("/srv/git/site.git", "/srv/git/site.git"),
])
def test_a_remote_address_is_shown_without_its_credentials(url, shown):
    assert policy_git.without_credentials(url) == shown
