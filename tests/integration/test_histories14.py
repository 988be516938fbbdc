"""What dates a text a history's merges brought (session 43, histories14): a tag of the pull request's commit that
wrote the text a merge took is the text's own (its day read, a name that is no day refusing), an octopus's alike; one
of a branch's text the merge itself then edited is not; a release tagged on the very next commit dates the text only
where it released that text alone (nothing changed, or its version and changelog), not a merge of other work. And
the file made a link, or a folder of its name, for a while: said, not imported as a text. Synthetic texts in temporary repositories, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from integration.test_histories13 import _imported
from integration.test_import_git import imported, new_site, old_site, page
from policysite import cli, git_sources, history, messages
from policysite.messages import Said

pytestmark = pytest.mark.usefixtures("fixed_git")



def _iso(day: str) -> str:
    """A day as the import's messages write it in a sentence (June 1, 2021) as the version's id (2021-06-01)."""
    return dt.datetime.strptime(day, "%B %d, %Y").date().isoformat()

def _branch(old: Path, name: str, files: dict[str, str], date: str) -> str:
    """A branch `name` from main committing `files` (name: text) on `date`, main checked out again: its commit."""
    git(old, "checkout", "-q", "-b", name, "main")
    for file, text in files.items():
        (old / file).write_text(text, encoding="utf-8")
        git(old, "add", file)
    git(old, "commit", "-q", "-m", name, date=date)
    commit = git(old, "rev-parse", "--short", "HEAD").strip()
    git(old, "checkout", "-q", "main")
    return commit


def _short(old: Path, rev: str = "HEAD") -> str:
    return git(old, "rev-parse", "--short", rev).strip()


def test_a_pull_requests_tagged_commit_dates_the_text_its_merge_took(tmp_path, capsys, initialized):
    """The pull request's commit tagged `v2021-03-05`, merged on 2021-03-10 after an app commit on main: the text was
    imported as of the merge's day, its tag unsaid."""
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    written = _branch(old, "pr", {"privacy.md": page("", "Two.")}, "2021-03-01T10:00:00+00:00")
    git(old, "tag", "v2021-03-05", "pr")
    (old / "app.txt").write_text("app\n", encoding="utf-8")
    git(old, "add", "app.txt")
    git(old, "commit", "-q", "-m", "app", date="2021-03-02T10:00:00+00:00")
    git(old, "merge", "-q", "--no-ff", "pr", "-m", "merge", date="2021-03-10T10:00:00+00:00")

    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    assert imported(site) == [("2021-02-10", "One."), ("2021-03-05", "Two.")]
    assert f"privacy.md at {_short(old)} (committed March 10, 2021): dated March 5, 2021, the day tag v2021-03-05 at " \
        f"{written} names" in out, out


def test_an_octopus_branchs_tag_naming_no_day_refuses_as_on_the_branch_itself(tmp_path, capsys, initialized):
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    _branch(old, "app", {"app.txt": "app\n"}, "2021-03-01T10:00:00+00:00")
    written = _branch(old, "pr", {"privacy.md": page("", "Two.")}, "2021-03-01T11:00:00+00:00")
    git(old, "tag", "17-03-2021", "pr")
    git(old, "merge", "-q", "--no-ff", "app", "pr", "-m", "octopus", date="2021-03-10T10:00:00+00:00")

    site, code, _out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 1 and err.startswith(f"error: tag 17-03-2021 (17-03-2021) at {written} names no one day for "
                                        "privacy.md's text"), err
    assert imported(site) == []


def test_a_branchs_tag_dates_no_text_the_merge_itself_changed(tmp_path, capsys, initialized):
    """A merge resolving the text to words the branch never had: the branch's tag names its own text's day."""
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    _branch(old, "pr", {"privacy.md": page("", "Two.")}, "2021-03-01T10:00:00+00:00")
    git(old, "tag", "v2021-03-05", "pr")
    git(old, "merge", "-q", "--no-ff", "--no-commit", "pr", date="2021-03-10T10:00:00+00:00")
    (old / "privacy.md").write_text(page("", "Two and a half."), encoding="utf-8")
    git(old, "commit", "-q", "-am", "merge, the text edited", date="2021-03-10T10:00:00+00:00")

    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    assert imported(site) == [("2021-02-10", "One."), ("2021-03-10", "Two and a half.")]
    assert f"privacy.md at {_short(old)} (committed March 10, 2021): dated March 10, 2021, the day it was committed" in out


@pytest.mark.parametrize("release", ["empty", "merge of other work"])
def test_a_release_tagged_right_after_dates_the_text_only_where_it_released_it_alone(tmp_path, capsys, release, initialized):
    """The very next commit on main tagged `v2021-06-01`: an empty release commit is the text's release; a merge of a
    feature branch (the app changed) is a release of more, after which the text's own commit may have been deployed."""
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    text = _short(old)
    if release == "empty":
        git(old, "commit", "-q", "--allow-empty", "-m", "release", date="2021-06-01T10:00:00+00:00")
    else:
        _branch(old, "feature", {"app.txt": "app\n", "CHANGELOG.md": "the feature\n"}, "2021-05-01T10:00:00+00:00")
        git(old, "merge", "-q", "--no-ff", "feature", "-m", "merge", date="2021-06-01T10:00:00+00:00")
    git(old, "tag", "v2021-06-01")

    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    tagged = _short(old)
    said = {"empty": f"dated June 1, 2021, the day tag v2021-06-01 at {tagged} names",
            "merge of other work": "dated February 10, 2021, the day it was committed (its text says no one day it took "
                                   f"effect); tag v2021-06-01 at {tagged}, the next commit, names June 1, 2021, not read "
                                   "as its day: that commit changed app.txt too"}[release]
    assert f"privacy.md at {text} (committed February 10, 2021): {said}" in out, out
    assert imported(site) == [(_iso(said.split(", the day")[0].removeprefix("dated ")), "One.")]


def test_the_next_commits_other_work_is_said_in_french():
    said = git_sources._tag_passed([history.TagDay("v2021-06-01", "c" * 40, dt.date(2021, 6, 1))], "a" * 40, 0,
                                   ["app.txt", "src/main.py"])
    assert messages.said_in(said, "fr") == "\u202f; l'étiquette v2021-06-01 au commit aaaaaaa, le commit suivant, " \
        "nomme le 1er juin 2021, non retenu comme son jour\u00a0: ce commit a aussi modifié app.txt, src/main.py, une " \
        "publication de plus que ce texte, qui a pu être montré avant"


def _linked_for_a_while(tmp_path: Path) -> Path:
    """privacy.md made a symbolic link to legal/privacy.md on 2021-03-10, a text of its own again on 2021-05-10."""
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    (old / "legal").mkdir()
    (old / "legal" / "privacy.md").write_text(page("", "Linked."), encoding="utf-8")
    (old / "privacy.md").unlink()
    (old / "privacy.md").symlink_to("legal/privacy.md")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "the policy shared", date="2021-03-10T10:00:00+00:00")
    (old / "privacy.md").unlink()
    (old / "privacy.md").write_text(page("", "Three."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "the policy its own again", date="2021-05-10T10:00:00+00:00")
    return old


def test_a_file_made_a_link_for_a_while_is_said_not_left_out_unsaid(tmp_path, capsys, initialized):
    """The commit making the file a link was left out without a word: the text before it imported in force over the
    two months the old site showed the link's text (or none)."""
    old = _linked_for_a_while(tmp_path)
    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    assert imported(site) == [("2021-02-10", "One."), ("2021-05-10", "Three.")]
    said = f"privacy.md at {_short(old, 'HEAD~1')} (committed March 10, 2021): the file made a symbolic link to " \
        "legal/privacy.md, no text of its own: the old site showed that file's text, or none, from that day until a " \
        "later commit put a text back, if one did; the archive shows the text before it in force over those days: " \
        "if the site showed the link's text, import that file's history too (`--git` with both)"
    assert said in out, out
    assert messages.said_in(Said("import.git-file-link", target="legal/privacy.md"), "fr").startswith(
        "le fichier devenu un lien symbolique vers legal/privacy.md, sans texte propre\u00a0: l'ancien site a montré")


def test_a_link_whose_target_is_imported_with_it_is_not_said(tmp_path, capsys, initialized):
    old = _linked_for_a_while(tmp_path)
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md"),
                     str(old / "legal" / "privacy.md")]) == 0
    out = capsys.readouterr().out
    assert imported(site) == [("2021-02-10", "One."), ("2021-03-10", "Linked."), ("2021-05-10", "Three.")]
    assert "symbolic link" not in out, out


def test_a_folder_of_the_files_name_is_another_page_the_file_said_removed(tmp_path, capsys, initialized):
    """privacy.md made a folder `privacy.md/` holding index.md for two months: git's pathspec `privacy.md` matches the
    folder's files, and index.md's text was imported as privacy.md's version of 2021-03-10."""
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    (old / "privacy.md").unlink()
    (old / "privacy.md").mkdir()
    (old / "privacy.md" / "index.md").write_text(page("", "In a folder."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "a folder", date="2021-03-10T10:00:00+00:00")
    (old / "privacy.md" / "index.md").unlink()
    (old / "privacy.md").rmdir()
    (old / "privacy.md").write_text(page("", "Three."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "a file again", date="2021-05-10T10:00:00+00:00")

    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    assert imported(site) == [("2021-02-10", "One."), ("2021-05-10", "Three.")]
    assert f"privacy.md at {_short(old, 'HEAD~1')} (committed March 10, 2021): the file removed" in out, out
    assert "privacy.md/index.md" not in out


def test_a_file_that_was_a_link_from_its_first_commit_is_said_where_the_archive_starts(tmp_path, capsys, initialized):
    """privacy.md a link to legal/privacy.md from 2021-02-10, a text of its own from 2021-05-10: the months before
    were left out without a word."""
    old = tmp_path / "old"
    (old / "legal").mkdir(parents=True)
    git(old, "init", "-q", "-b", "main")
    (old / "legal" / "privacy.md").write_text(page("", "Linked."), encoding="utf-8")
    (old / "privacy.md").symlink_to("legal/privacy.md")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "the policy shared", date="2021-02-10T10:00:00+00:00")
    (old / "privacy.md").unlink()
    (old / "privacy.md").write_text(page("", "Own."), encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "the policy its own", date="2021-05-10T10:00:00+00:00")

    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    assert imported(site) == [("2021-05-10", "Own.")]
    assert f"privacy.md at {_short(old, 'HEAD~1')} (committed February 10, 2021): the file a symbolic link to " \
        "legal/privacy.md from its first commit, no text of its own: the archive starts with the text after it; if " \
        "the old site showed the link's text, import that file's history too (`--git` with both)" in out, out
