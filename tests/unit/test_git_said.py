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
                              f"{where}\u00a0: un dépôt nu (bare) n'a pas de politique à publier")
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
        "clone superficiel\u00a0: l'historique git s'arrête à aaaaaaa, bbbbbbb\u202f; les versions datées enregistrées avant "
        "manquent donc (la plus ancienne version datée trouvée est celle du 2022-03-01)\u202f; lancez `git fetch "
        "--unshallow` pour publier toute l'archive")


def test_a_first_publication_from_a_shallow_clone_is_refused_in_french(tmp_path: Path):
    from policysite.publish import _first_shallow

    run_git(tmp_path, "init", "-q", "work")
    history = History(versions=[], shallow=["a" * 40])
    history.warnings.append(shallow_warning(gitpython.Repo(tmp_path / "work"), history))
    refused = _first_shallow(history, branch="gh-pages", remote="origin")
    assert str(refused) == ("nothing published: neither gh-pages nor origin/gh-pages is here, a first publication needs "
                            "the whole history, and this is a shallow clone: git history stops at aaaaaaa, so dated "
                            "versions committed before it are missing; run `git fetch --unshallow` to publish the whole "
                            "archive (the versions it hides could never be published after a later one); if origin has "
                            "the published archive, fetch it too (`git fetch origin gh-pages:gh-pages`); on GitHub "
                            "Actions, actions/checkout fetches both with `fetch-depth: 0`")
    assert messages.said_in(refused, "fr") == (
        "rien n'a été publié\u00a0: ni gh-pages ni origin/gh-pages ne sont ici, une première publication a besoin de tout "
        "l'historique, et ceci est un clone superficiel\u00a0: l'historique git s'arrête à aaaaaaa\u202f; les versions "
        "datées enregistrées avant manquent donc\u202f; lancez `git fetch --unshallow` pour publier toute l'archive (les "
        "versions qu'il cache ne pourraient jamais être publiées après une version plus récente)\u202f; si origin a "
        "l'archive publiée, récupérez-la aussi (`git fetch origin gh-pages:gh-pages`)\u202f; sur GitHub Actions, "
        "actions/checkout récupère les deux avec `fetch-depth: 0`")


def test_a_file_that_could_not_be_written_is_said_left_as_it_was_in_french(tmp_path: Path):
    """A word list or translation record written over a folder (the system's own words for why, as before)."""
    from policysite import files

    (tmp_path / "words.txt").mkdir()
    with pytest.raises(OSError) as refused:
        files.write_text(tmp_path / "words.txt", "mot\n")
    said = messages.text_of(refused.value)
    reason = str(said).removeprefix(f"{tmp_path / 'words.txt'}: ").removesuffix("; left as it was")
    assert reason and reason != str(said)
    assert messages.said_in(said, "fr") == f"{tmp_path / 'words.txt'}\u00a0: {reason}\u202f; laissé tel quel"
    assert (tmp_path / "words.txt").is_dir() and [p.name for p in tmp_path.iterdir()] == ["words.txt"]


def test_a_tree_written_out_through_a_link_and_a_failed_fast_import_are_refused_in_french(tmp_path: Path):
    """`policy export` of a branch whose tree holds a link out of the folder, and a publication's commit writer that
    git fast-import refused: French sites read "git tree … into …: a: a symbolic link to /etc, outside the folder"
    and "git fast-import: fatal: …", English inside French lines."""
    run_git(tmp_path, "init", "-q", "-b", "main", "work")
    work = tmp_path / "work"
    (work / "a").symlink_to("/etc")
    run_git(work, "add", "a")
    run_git(work, "commit", "-q", "-m", "a link")
    dest = tmp_path / "public"
    with pytest.raises(git.GitError) as refused:
        git.extract(git.open_repo(work), "HEAD", dest)
    assert _said(refused) == (f"git tree HEAD into {dest}: a: a symbolic link to /etc, outside the folder",
                              f"arbre git HEAD dans {dest}\u00a0: a\u00a0: un lien symbolique vers /etc, hors du dossier")
    writer = git.CommitWriter(git.open_repo(work), parent="1" * 40, known_blobs=set())
    with pytest.raises(git.GitError) as failed:
        with writer:
            writer.start("a commit on a parent that does not exist", when=1)
            writer.add("page.html", b"<p>x</p>")
            writer.finish()
    english, french = _said(failed)
    assert english.startswith("git fast-import: ") and french == f"échec de git fast-import\u00a0: {failed.value.detail}"
    assert failed.value.detail, english

def test_a_file_whose_text_the_repository_lacks_is_said_with_its_commit_not_read_as_absent(tmp_path: Path):
    """A blob gone from .git/objects (a partial clone's, or a damaged repository's): GitPython's `cat-file` exited, the
    page was read as absent, and every later read failed with "[Errno 32] Broken pipe" (histories3)."""
    run_git(tmp_path, "init", "-q", "-b", "main", "work")
    work = tmp_path / "work"
    (work / "page.md").write_text("Texte.\n", encoding="utf-8")
    (work / "other.md").write_text("Autre.\n", encoding="utf-8")
    run_git(work, "add", "-A")
    run_git(work, "commit", "-q", "-m", "one")
    commit, blob = (run_git(work, "rev-parse", rev).strip() for rev in ("HEAD", "HEAD:page.md"))
    (work / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    repo = git.open_repo(work)
    with pytest.raises(git.GitError) as refused:
        git.read_blob(repo, commit, "page.md")
    english, french = _said(refused)
    assert english.startswith(f"page.md at {commit[:7]}: git cannot read this file (object {blob[:7]}), which the "
                              f"repository names but does not hold: fatal: "), english
    assert french.startswith(f"page.md au commit {commit[:7]}\u00a0: git ne peut pas lire ce fichier (objet {blob[:7]}), "
                             "que le dépôt nomme sans le contenir\u00a0: fatal: "), french
    assert git.read_blob(repo, commit, "other.md") == b"Autre.\n"  # the next read is read
    assert git.read_blob(repo, commit, "absent.md") is None
