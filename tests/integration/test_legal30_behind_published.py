"""legal30: two pull requests in flight on the same section. The first (3 ans → 5 ans) is merged and published; the
second, made from main before it, changes §2 too. Its `policy diff newest worktree` compared with the text now
published, rightly, but showed the first's "5" struck back to "3" as its own change, in no word. It now says that the
branch's history lacks the text published since, which version it started from, the sections published since, and to
bring them in (sides.behind_published; diff.behind), in the messages' language, in the text and in the pull request's
Markdown; nothing once main is merged into the branch, nor on main itself."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")

V1 = ("## 1. Données\n\nNous collectons le nom.\n\n## 2. Durée\n\nNous gardons les données 3 ans.\n\n"
      "## 3. Droits\n\nVous pouvez nous écrire.\n")


def _page(date: str, body: str, extra: str = "") -> str:
    return f"---\ndate: {date}\n{extra}---\n\n# Politique de confidentialité\n\n{body}"


def _commit(site: Path, text: str, day: str) -> None:
    (site / "docs" / "fr" / "index.md").write_text(text, encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", f"Politique du {day}", date=f"{day}T10:00:00+00:00")


def _publish(site: Path, day: str, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    assert cli.main(["--root", str(site), "publish"]) == 0


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    """The second pull request's branch `b`, checked out, after the first (`a`) was merged and published."""
    site = tmp_path / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr"]) == 0
    _commit(site, _page("2024-05-01", V1), "2024-05-01")
    _publish(site, "2024-05-01", monkeypatch)
    git(site, "checkout", "-q", "-b", "a")
    _commit(site, _page("2024-06-01", V1.replace("3 ans", "5 ans"), "change: editorial\n"), "2024-05-20")
    git(site, "checkout", "-q", "main")
    git(site, "checkout", "-q", "-b", "b")
    _commit(site, _page("2024-07-01", V1.replace("données 3 ans", "données de contact 3 ans"),
                        "change: editorial\n"), "2024-05-21")
    git(site, "checkout", "-q", "main")
    git(site, "merge", "-q", "--ff-only", "a")
    _publish(site, "2024-06-01", monkeypatch)
    git(site, "checkout", "-q", "b")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 7, 1))
    return site


def _diff(site: Path, lang: str, capsys, *more: str) -> tuple[str, str]:
    capsys.readouterr()
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--messages", lang, *more]) == 0
    said = capsys.readouterr()
    return said.out, said.err


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "l'historique de cette branche n'a pas le texte du 1er juin 2024, publié depuis (commit "),
    ("en", "this branch's history lacks the text of June 1, 2024, published since (from commit "),
])
def test_a_branch_made_before_the_published_text_is_told_its_redline_undoes_it(site, capsys, lang, said):
    out, err = _diff(site, lang, capsys)
    assert said in err, err
    started = {"fr": "elle est partie de la version du 1er mai 2024", "en": "it started from the version of May 1, 2024"}
    assert started[lang] in err and "(§2 Durée)" in err and "`git merge main`" in err, err
    assert "§1" not in err.split("\n")[0] and "§3" not in err.split("\n")[0]
    assert "[-5-]" in out  # (the redline itself is still against the text now published)
    out, _ = _diff(site, lang, capsys, "--format", "markdown")
    assert said in out and "(§2 Durée)" in out


def test_nothing_is_said_once_the_published_text_is_merged_in_nor_on_main(site, capsys, monkeypatch):
    git(site, "checkout", "-q", "main")
    (site / "docs" / "fr" / "index.md").write_text(_page("2024-07-01", V1.replace("3 ans", "6 ans")), encoding="utf-8")
    _, err = _diff(site, "en", capsys)
    assert "history lacks" not in err, err
    git(site, "checkout", "-q", "--", ".")
    git(site, "checkout", "-q", "b")
    git(site, "merge", "-q", "-s", "ours", "--no-commit", "main")  # (the conflict resolved by hand: both changes)
    _commit(site, _page("2024-07-01", V1.replace("données 3 ans", "données de contact 5 ans"), "change: editorial\n"),
            "2024-06-02")
    out, err = _diff(site, "en", capsys)
    assert "history lacks" not in err, err
    assert "[-5-]" not in out and "{+de contact+}" in out, out
