"""legal29: a text reverted to an earlier published version's words (3 ans, then 5 ans, then 3 ans again under a new
date) was shown by `policy diff` as one more change, "5 ans" struck and "3 ans" inserted, with no word that it brings
back the version of 1 May 2024, nor that its `summary:` should say so (the history and the feed show only that).
`policy diff` now says it, in the messages' language (sides.brought_back; cli's note diff.brought-back), in the text
and the pull request's Markdown; not for a text no published version had, nor against the version it equals."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")

V1 = "## 1. Données\n\nNous collectons le nom.\n\n## 2. Durée\n\nNous gardons les données 3 ans.\n"


def _page(date: str, body: str, extra: str = "") -> str:
    return f"---\ndate: {date}\n{extra}---\n\n# Politique de confidentialité\n\n{body}"


def _publish(site: Path, text: str, day: str, monkeypatch) -> None:
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    (site / "docs" / "fr" / "index.md").write_text(text, encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", f"Politique du {day}", date=f"{day}T10:00:00+00:00")
    assert cli.main(["--root", str(site), "publish"]) == 0


@pytest.fixture
def site(tmp_path, monkeypatch) -> Path:
    site = tmp_path / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr"]) == 0
    _publish(site, _page("2024-05-01", V1), "2024-05-01", monkeypatch)
    _publish(site, _page("2024-06-01", V1.replace("3 ans", "5 ans"), "change: editorial\n"), "2024-06-01",
             monkeypatch)
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 7, 1))
    return site


def _diff(site: Path, text: str, lang: str, capsys, *more: str) -> tuple[str, str]:
    (site / "docs" / "fr" / "index.md").write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--messages", lang, *more]) == 0
    said = capsys.readouterr()
    return said.out, said.err


@pytest.mark.parametrize(("lang", "said"), [
    ("fr", "ce texte reprend les mots de la version publiée du 1er mai 2024 (en-tête à part)"),
    ("en", "this text has the words of the published version of May 1, 2024 (its front matter aside)"),
])
def test_a_text_reverted_to_an_earlier_versions_words_is_said_to_bring_it_back(site, capsys, lang, said):
    reverted = _page("2024-07-01", V1.replace("le nom.", "le  nom."), "summary: Retour.\n")  # (its spaces aside)
    out, err = _diff(site, reverted, lang, capsys)
    assert said in err and "summary:" in err, err
    out, _ = _diff(site, reverted, lang, capsys, "--format", "markdown")
    assert said in out


def test_a_new_text_or_the_newest_versions_own_words_say_nothing_of_it(site, capsys):
    _, err = _diff(site, _page("2024-07-01", V1.replace("3 ans", "4 ans")), "en", capsys)
    assert "published version of" not in err, err
    _, err = _diff(site, _page("2024-07-01", V1.replace("3 ans", "5 ans")), "en", capsys)
    assert "published version of" not in err, err
