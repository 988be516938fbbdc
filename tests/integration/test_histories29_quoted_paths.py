"""Files of gh-pages whose names git quotes (a tab, a quote, a backslash, a letter not ASCII), as git.list_files and
`git log --raw` name them (`"old/tab\\there.txt"`), session 56, histories29: strays._adders looked each up by its
quoted form, which names no file, and the commit that brought it was never found. Synthetic files in temporary
repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import copy_of, history_first, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process

ODD = ("old/tab\there.txt", "old/new\nline.txt", 'old/quote"d.txt', "old/back\\slash.txt", "old/é plain.txt")


def test_verify_says_a_hand_commits_oddly_named_files_once(tmp_path_factory, tmp_path):
    """A hand commit of gh-pages adding five files, their names with a tab, a newline, a quote, a backslash: verify
    said each a line of its own (strays._adders never found the commit of a name git quoted), where five plain names
    are said once with the commit and `git revert`. They are said once too, and `policy publish` refuses them so."""
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    work = tmp_path / "gh-pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    for n, name in enumerate(ODD):
        (work / name).parent.mkdir(exist_ok=True)
        (work / name).write_text(f"{n}\n", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "Old site's pages", date="2024-04-01T12:00:00+00:00")
    commit = git(work, "rev-parse", "HEAD").strip()
    git(project.root, "worktree", "remove", "--force", str(work))
    said = project.run("verify", "--messages", "en")
    assert said.returncode == 1 and "Traceback" not in said.stderr, said
    problems = said.stdout.splitlines()
    assert len(problems) == 1 and problems[0].startswith("5 files on the branch not written by publishing (") \
        and problems[0].endswith(f"were added by its commit {commit[:7]} “Old site's pages” of April 1, 2024, no "
                                 f"publication's: remove them in a commit of gh-pages (`git revert {commit[:7]}` "
                                 "undoes that commit whole), then verify again"), problems
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1 and refused.stderr.startswith(
        "error: refused: 5 files on the branch not written by publishing (") \
        and f"were added by its commit {commit[:7]} “Old site's pages” of April 1, 2024" in refused.stderr \
        and "Traceback" not in refused.stderr and len(refused.stderr.splitlines()) == 1, refused


def test_publish_names_pages_put_beside_the_versions_by_hand_whatever_their_names(tmp_path_factory, tmp_path):
    """`mike deploy 1.0` by hand put pages beside the versions: publish refuses them naming the commit that added them
    (refuse.pages-by-hand), but for a page named with a quote, a tab or a letter not ASCII, which it looked for under
    the language's folder by its quoted name (`"en/1.0/caf\\"\\303\\251.html"` starts with no `en/`) and in the log by
    it: it was refused only as a file no publication wrote, without the commit nor `mike deploy`. It is said as a
    plain name's is, by its name (histories30: not git's quoted form)."""
    project = copy_of(made_once(tmp_path_factory, history_first), tmp_path / "project")
    work = tmp_path / "gh-pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    (work / "en" / "1.0").mkdir()
    for name in ('caf"é.html', "tab\tx.html"):
        (work / "en" / "1.0" / name).write_text("<p>Old.</p>\n", encoding="utf-8")
    git(work, "add", "-A")
    git(work, "commit", "-q", "-m", "mike deploy 1.0", date="2024-04-01T12:00:00+00:00")
    commit = git(work, "rev-parse", "HEAD").strip()
    git(project.root, "worktree", "remove", "--force", str(work))
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    before = git(project.root, "rev-parse", "gh-pages").strip()
    refused = project.run("publish", "--messages", "en")
    assert refused.returncode == 1 and refused.stderr.startswith(
        'error: en/1.0/caf"é.html, en/1.0/tab\\tx.html: on gh-pages, beside the versions, added by '
        f"commit {commit[:7]} “mike deploy 1.0”, none of publishing's (`mike deploy` by hand?)"), refused
    assert git(project.root, "rev-parse", "gh-pages").strip() == before
