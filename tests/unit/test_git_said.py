"""What git.py refuses and what a shallow clone hides are said in the site's language (catalogue messages), English
word for word as before."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import git as gitpython
import pytest

from helpers import git as run_git
from policysite import git, messages
from policysite.history import DatedVersion, History, shallow_warning


def _said(exc: pytest.ExceptionInfo[git.GitError]) -> tuple[str, str]:
    said = messages.text_of(exc.value)
    return str(said), messages.said_in(said, "fr")


def test_a_bare_repository_and_a_missing_object_are_refused_in_french(tmp_path: Path):
    run_git(tmp_path, "init", "-q", "--bare", "bare.git")
    with pytest.raises(git.GitError) as refused:
        git.top(gitpython.Repo(tmp_path / "bare.git"))
    where = str(tmp_path / "bare.git")
    assert _said(refused) == (f"{where}: a bare repository has no policy to publish",
                              f"{where} : un dépôt nu (bare) n'a pas de politique à publier")
    run_git(tmp_path, "init", "-q", "work")
    sha = "0" * 40
    with pytest.raises(git.GitError) as missing:
        git.read_object(gitpython.Repo(tmp_path / "work"), sha)
    assert _said(missing) == (f"object {sha} is not in the repository", f"l'objet {sha} n'est pas dans le dépôt")


def test_what_a_shallow_clone_hides_is_said_in_french(tmp_path: Path):
    run_git(tmp_path, "init", "-q", "work")
    history = History(versions=[DatedVersion(dt.date(2022, 3, 1), "1" * 40)], shallow=["a" * 40, "b" * 40])
    said = shallow_warning(gitpython.Repo(tmp_path / "work"), history)
    assert str(said) == ("shallow clone: git history stops at aaaaaaa, bbbbbbb, so dated versions committed before it "
                         "are missing; the oldest dated version found is 2022-03-01; run `git fetch --unshallow` to "
                         "publish the whole archive")
    assert messages.said_in(said, "fr") == (
        "clone superficiel : l'historique git s'arrête à aaaaaaa, bbbbbbb ; les versions datées enregistrées avant "
        "manquent donc (la plus ancienne version datée trouvée est celle du 2022-03-01) ; lancez `git fetch "
        "--unshallow` pour publier toute l'archive")
