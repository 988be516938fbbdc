"""Files of gh-pages whose names git quotes (a letter not ASCII, a line feed, a quote), session 57, histories30: verify,
publish and export named them in git's C-quoted form (`"\\303\\251t\\303\\251.html"`), a page so named added by hand
was said again for each of the output check's faults (verify compared its quoted name with the check's plain one),
and export, reading `git diff-tree` without -z, said such a page twice. Synthetic files in temporary repositories with
fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import copy_of, history_first, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process

# pages and files a hand commit puts on gh-pages, and how a message names each
ODD = {"été.html": "été.html", "new\nline.html": "new\\nline.html", "fr/2021-02-17/é.html": "fr/2021-02-17/é.html",
       'old/quote"d.txt': 'old/quote"d.txt', "old/é plain.txt": "old/é plain.txt"}


def _hand_committed(tmp_path_factory, tmp_path):
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    work = tmp_path / "gh-pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    for n, name in enumerate(ODD):
        (work / name).parent.mkdir(exist_ok=True)
        (work / name).write_text(f"<p>{n}</p>\n", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "Hand edit", date="2024-04-01T12:00:00+00:00")
    commit = git(work, "rev-parse", "HEAD").strip()
    git(project.root, "worktree", "remove", "--force", str(work))
    return project, commit


def test_verify_and_publish_name_oddly_named_files_as_they_are_named(tmp_path_factory, tmp_path):
    """One hand commit adding five files, three of them pages: verify says it once, naming the first files as they are
    named (`été.html`, not `"\\303\\251t\\303\\251.html"`; a line feed as `\\n`, on the line), and says none of the
    pages again for its faults (as for a page of a plain name); publish refuses it in the same words."""
    project, commit = _hand_committed(tmp_path_factory, tmp_path)
    said = project.run("verify", "--messages", "en")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    problems = said.stdout.splitlines()
    assert problems == [
        "5 files on the branch not written by publishing (été.html, fr/2021-02-17/é.html, new\\nline.html …) were "
        f"added by its commit {commit[:7]} “Hand edit” of April 1, 2024, no publication's: remove them in a commit of "
        f"gh-pages (`git revert {commit[:7]}` undoes that commit whole), then verify again"], problems
    assert "\\303" not in said.stdout and '"' not in problems[0].partition("(")[2].partition(")")[0], problems
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    before = git(project.root, "rev-parse", "gh-pages").strip()
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1, refused
    assert refused.stderr.startswith("error: refused: 5 files on the branch not written by publishing (") \
        and "\\303" not in refused.stderr and problems[0].partition(" (")[2].partition(")")[0] in refused.stderr, \
        refused
    assert git(project.root, "rev-parse", "gh-pages").strip() == before


def test_export_names_each_oddly_named_file_once_as_it_is_named(tmp_path_factory, tmp_path):
    """`policy export` of that branch refuses it naming each file once, by its name: `été.html` was said as changed by
    the hand commit (git's quoted name) and again as refused by the output check (its name), and a name git quotes
    in a dated version's folder was not known as one (`git diff-tree` read without -z)."""
    project, commit = _hand_committed(tmp_path_factory, tmp_path)
    site = tmp_path / "public"
    refused = project.run("export", "--site-dir", str(site), "--messages", "en")
    assert refused.returncode == 1 and len(refused.stderr.splitlines()) == 1 and not site.exists(), refused
    said = refused.stderr.removeprefix("error: ")
    assert all(said.count(f"{name}: ") == 1 and (said.startswith(f"{name}: ") or f"; {name}: " in said)
               for name in ODD.values()), said
    assert "\\303" not in refused.stderr, refused
