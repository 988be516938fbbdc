"""Tags read as releases really are (session 42, histories13): a release tagged long after a text's commit, an app's
tags written day first, a tag of a tag (the note of a tagged text without `date:`, said once: test_histories12.py).
Synthetic texts in temporary repositories, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import git as gitpython
import pytest

from helpers import git
from integration.test_import_git import imported, new_site, old_site
from policysite import cli, history as hist

pytestmark = pytest.mark.usefixtures("fixed_git")



def _iso(day: str) -> str:
    """A day as the import's messages write it in a sentence (June 1, 2021) as the version's id (2021-06-01)."""
    return dt.datetime.strptime(day, "%B %d, %Y").date().isoformat()

def _imported(tmp_path: Path, capsys, initialized, old: Path) -> tuple[Path, int, str, str]:
    """A new site, the exit code and output of `policy import --git` of `old`'s privacy.md into it."""
    site = new_site(tmp_path, initialized)
    code = cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")])
    out, err = capsys.readouterr()
    return site, code, out, err


LATE = "tag v2021-06-01 at {tagged}, 2 commits after it, names June 1, 2021, not read as its day: a release between " \
    "them, untagged, may have shown it first"
UNREAD = "tag 17-02-2021 (17-02-2021) at {tagged}, after it, names no one day: not read as its day (a release's tag, " \
    "not its text's)"
COMMITTED = "dated February 10, 2021, the day it was committed (its text says no one day it took effect); "


NEXT_OTHER = "tag v2021-06-01 at {tagged}, the next commit, names June 1, 2021, not read as its day: that commit " \
    "changed app.txt too, a release of more than this text, which may have been shown before it"


@pytest.mark.parametrize(("untagged", "tag", "said", "changed"), [
    # two app releases deployed untagged, then `v2021-06-01`: imported in force from June, shown from February
    (2, "v2021-06-01", COMMITTED + LATE, "app.txt"),
    # an app tagging its releases day first: the import was refused for a tag on a commit not touching the policy
    (0, "17-02-2021", COMMITTED + UNREAD, "app.txt"),
    (1, "17-02-2021", COMMITTED + UNREAD, "app.txt"),
    # a release tagged right after the policy's commit, bumping its version alone, still dates it
    (0, "v2021-06-01", "dated June 1, 2021, the day tag v2021-06-01 at {tagged} names", "VERSION"),
    (0, "v2021-06-01", "dated June 1, 2021, the day tag v2021-06-01 at {tagged} names", "docs/CHANGELOG.md"),
    # one that released other work too (the app changed) is said beside, not read (histories14): the text's commit
    # may have been deployed on its own, as any between it and a later tag may
    (0, "v2021-06-01", COMMITTED + NEXT_OTHER, "app.txt"),
], ids=["late", "day-first-right-after", "day-first-later", "right-after", "right-after-changelog",
        "right-after-other-work"])
def test_only_a_release_tagged_right_after_a_text_saying_no_day_dates_it_and_only_its_own_tags_refuse(
        tmp_path, capsys, untagged, tag, said, changed, initialized):
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    text = git(old, "rev-parse", "--short", "HEAD").strip()
    for n in range(untagged + 1):
        (old / changed).parent.mkdir(exist_ok=True)
        (old / changed).write_text(f"release {n}\n", encoding="utf-8")
        git(old, "add", changed)
        git(old, "commit", "-q", "-m", f"release {n}", date=f"2021-0{n + 3}-01T10:00:00+00:00")
    git(old, "tag", tag)
    tagged = git(old, "rev-parse", "--short", "HEAD").strip()

    site, code, out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 0, err
    assert f"privacy.md at {text} (committed February 10, 2021): " + said.format(tagged=tagged) in out, out
    assert imported(site) == [(_iso(said.split(", the day")[0].removeprefix("dated ")), "One.")]


def test_a_day_first_tag_on_the_text_s_own_commit_still_refuses(tmp_path, capsys, initialized):
    old = old_site(tmp_path / "old", [("2021-02-10T10:00:00+00:00", "", "One.")])
    git(old, "tag", "17-02-2021")

    site, code, _out, err = _imported(tmp_path, capsys, initialized, old)
    assert code == 1 and err.startswith("error: tag 17-02-2021 (17-02-2021) at "), err
    assert imported(site) == []


def test_a_tag_of_a_tag_gives_its_commit_the_day_it_names(tmp_path):
    """`git tag -a v2021-02-17 inner` (a tag of the annotated tag `inner`): `%(*objecttype)` peels one level, so the
    tag was skipped, its commit undated."""
    old = old_site(tmp_path / "old", [("2021-02-20T10:00:00+00:00", "", "One.")])
    commit = git(old, "rev-parse", "HEAD").strip()
    git(old, "tag", "-a", "inner", "-m", "release")
    git(old, "tag", "-a", "v2021-02-17", "-m", "outer", "inner")
    git(old, "tag", "-a", "tree-2021-03-01", "-m", "a tree", "HEAD^{tree}")
    git(old, "tag", "-a", "v2021-03-01", "-m", "a tag of a tree's tag", "tree-2021-03-01")
    found = hist.tag_days(gitpython.Repo(old))
    assert {commit_: [(tag.tag, tag.day.isoformat() if tag.day else None) for tag in tags]
            for commit_, tags in found.items()} == {commit: [("v2021-02-17", "2021-02-17")]}
