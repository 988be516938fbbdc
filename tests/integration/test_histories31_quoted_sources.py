"""`policy import --git` of a page whose name git quotes whatever `core.quotepath` says: a tab, a double quote or a
backslash in it (quotepath=off unquotes only letters outside ASCII). Its texts were read under git's quoted name
(`"priv\\"acy.md"`), so a move away was not seen and the page's path said in git's escapes (histories31)."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli, git_sources

pytestmark = pytest.mark.usefixtures("fixed_git")

NAMES = ['priv"acy.md', "priv\\acy.md", "priv\tacy.md", 'legal notes/"privacy".md']


def page(updated: str, words: str) -> str:
    return (f"# Example Ltd privacy notice\n\nLast updated: {updated}\n\n## 1. Who we are\n\nExample Ltd sells garden "
            f"tools. {words}\n\n## 2. Contact\n\nWrite to privacy@example.test.\n")


def old_site(path: Path, name: str) -> Path:
    """`name` committed with two texts, then moved to `kept.md`."""
    path.mkdir()
    git(path, "init", "-q", "-b", "main")
    (path / name).parent.mkdir(parents=True, exist_ok=True)
    for when, updated, words in (("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                 ("2022-05-03T10:00:00+00:00", "June 1, 2022", "Two.")):
        (path / name).write_text(page(updated, words), encoding="utf-8")
        git(path, "add", "-A")
        git(path, "commit", "-q", "-m", f"privacy {when}", date=when)
    git(path, "mv", name, "kept.md")
    git(path, "commit", "-q", "-m", "moved", date="2023-02-01T10:00:00+00:00")
    return path


@pytest.mark.parametrize("name", NAMES)
def test_a_name_git_quotes_is_read_as_itself(tmp_path, name):
    from policysite import git as wrapper

    old = old_site(tmp_path / "old", name)
    repo = wrapper.open_repo(old)
    texts = git_sources.committed_texts(repo, name, "HEAD~1")
    assert [(text.path, text.committed.isoformat(), text.removed) for text in texts] == \
        [(name, "2021-01-07", False), (name, "2022-05-03", False)]
    moved = git_sources._removed(repo, name, "HEAD")
    assert moved is not None and moved[2] == "kept.md", moved  # (its text goes on under its new name)


@pytest.mark.parametrize("name", NAMES[:2])
def test_policy_import_names_the_page_as_it_is_named(initialized, tmp_path, capsys, name):
    old = old_site(tmp_path / "old", name)
    git(old, "reset", "-q", "--hard", "HEAD~1")  # (the page where it was: imported from its own name)
    site = initialized(tmp_path / "site", "--company", "Example Ltd", "--languages", "en")
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / name)]) == 0
    out = capsys.readouterr().out
    commits = git(old, "log", "--reverse", "--format=%h").split()
    assert f"{name} at {commits[0]} (committed January 7, 2021): dated January 5, 2021" in out, out
    days = [line.split()[0] for line in git(site, "log", "--reverse", "--format=%ad %s", "--date=short").splitlines()
            if " Import the English text" in line]
    assert days == ["2021-01-05", "2022-06-01"], days
