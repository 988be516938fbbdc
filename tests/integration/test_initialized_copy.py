"""conftest.initialized: a new site as `policy init` makes it, copied from one init made once for the run (the same
options, day and identity), never changed by a test's copy. Synthetic company names, fixed identity."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import calls_to, git
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")

OPTIONS = ("--company", "Copied Once Ltd", "--languages", "fr,en")


def listing(site: Path) -> dict[str, bytes]:
    """Every file of the work tree (not .git) and its bytes."""
    return {str(path.relative_to(site)): path.read_bytes() for path in sorted(site.rglob("*"))
            if path.is_file() and ".git" not in path.relative_to(site).parts}


def test_two_copies_pay_one_init_and_are_what_init_makes(initialized, tmp_path, capsys):
    with pytest.MonkeyPatch.context() as counting:
        inits = calls_to(counting, cli, "main")
        first = initialized(tmp_path / "first", *OPTIONS)
        second = initialized(tmp_path / "second", *OPTIONS)
    assert [argv[0] for argv in inits] == ["init"]  # one init for both copies

    fresh = tmp_path / "fresh"
    assert cli.main(["init", str(fresh), *OPTIONS]) == 0
    assert "Copied Once Ltd" in capsys.readouterr().out  # the copies say nothing; the init did
    for copy in (first, second):
        assert listing(copy) == listing(fresh)
        assert git(copy, "rev-parse", "HEAD^{tree}") == git(fresh, "rev-parse", "HEAD^{tree}")
        assert git(copy, "log", "--format=%an %ae %cn %ce %s") == git(fresh, "log", "--format=%an %ae %cn %ce %s")
        assert git(copy, "branch", "--show-current") == git(fresh, "branch", "--show-current")
        assert git(copy, "status", "--porcelain") == ""


def test_a_copy_changed_leaves_the_next_copy_as_init_made_it(initialized, tmp_path):
    changed = initialized(tmp_path / "changed", *OPTIONS)
    made = listing(changed)
    (changed / "docs" / "fr" / "changed.md").write_text("changed\n", encoding="utf-8")
    git(changed, "add", "-A")
    git(changed, "commit", "-q", "-m", "changed")
    again = initialized(tmp_path / "again", *OPTIONS)
    assert listing(again) == made
    assert git(again, "rev-list", "--count", "HEAD").strip() == "1"


def test_another_day_or_identity_is_another_init(initialized, tmp_path, monkeypatch):
    initialized(tmp_path / "today", *OPTIONS)
    inits = calls_to(monkeypatch, cli, "main")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2031, 7, 14))
    initialized(tmp_path / "later", *OPTIONS)
    monkeypatch.setenv("GIT_AUTHOR_NAME", "Another Author")
    other = initialized(tmp_path / "other", *OPTIONS)
    assert [argv[0] for argv in inits] == ["init", "init"]
    assert git(other, "log", "--format=%an").strip() == "Another Author"
