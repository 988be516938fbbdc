"""safety92: GIT_INDEX_FILE or GIT_OBJECT_DIRECTORY in the environment, naming another staging area or object folder
than the repository's own, is refused naming the variable: with another index, `policy publish` said every committed
page was "not committed" (each named twice); with another object folder, the project was "not inside a git
repository". An index inside the repository's git folder (a hook's during `git commit -a`) is its own. Synthetic
project in a temporary repository with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git, policy_process
from policy_repo import new_project
from policysite import git as policy_git, messages

pytestmark = pytest.mark.usefixtures("fixed_git")


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    made = new_project(tmp_path_factory.mktemp("safety92env") / "site")
    made.commit("2021-02-17")
    return made


@pytest.mark.parametrize("command", [["publish"], ["verify"], ["at", "2021-03-01"]])
def test_another_index_is_refused_naming_the_variable_and_nothing_moves(project, tmp_path, command):
    env = {"GIT_INDEX_FILE": str(tmp_path / "other-index")}
    done = policy_process(["--root", str(project.root), *command, "--messages", "en"], env=env)
    assert done.returncode == 1 and "Traceback" not in done.stderr, done
    assert done.stderr.startswith(f"error: {project.root}: GIT_INDEX_FILE names {tmp_path / 'other-index'}, another "
                                  "staging area (index)"), done.stderr
    assert "unset GIT_INDEX_FILE" in done.stderr and "not committed" not in done.stderr
    assert project.branch() is None and git(project.root, "status", "--porcelain") == ""


def test_another_object_folder_is_refused_naming_it_and_the_repository_s_own(project, tmp_path):
    done = policy_process(["--root", str(project.root), "publish", "--messages", "fr"],
                          env={"GIT_OBJECT_DIRECTORY": str(tmp_path / "objects")})
    assert done.returncode == 1 and "Traceback" not in done.stderr, done
    assert f"GIT_OBJECT_DIRECTORY désigne {tmp_path / 'objects'}, et non {project.root / '.git' / 'objects'}" \
        in done.stderr and "retirez GIT_OBJECT_DIRECTORY" in done.stderr, done.stderr
    assert project.branch() is None


def test_the_repository_s_own_index_and_objects_are_read(project, monkeypatch):
    monkeypatch.setenv("GIT_INDEX_FILE", str(project.root / ".git" / "index.lock"))  # (a hook's, `git commit -a`)
    monkeypatch.setenv("GIT_OBJECT_DIRECTORY", str(project.root / ".git" / "objects"))
    with policy_git.one_reading():
        repo = policy_git.open_repo(project.root)
    assert policy_git.git_dir(repo) == (project.root / ".git").resolve()


def test_each_message_is_in_english_and_french():
    for key in ("git.environment-index", "git.environment-objects"):
        for lang in ("en", "fr"):
            assert messages.fields_of(messages.catalogue(lang)[key]) == messages.fields_of(messages.catalogue("en")[key])
