"""`policy at` in a clone whose gh-pages history is cut short (`--depth`): a command that only reads says the history
is incomplete, not "Nothing was changed." as the commands that write say it (histories31)."""
from __future__ import annotations

import os

import pytest

from helpers import git, policy_process
from policy_repo import Project, made_once, publish_two
from policysite import messages

pytestmark = pytest.mark.usefixtures("no_identity")


def test_policy_at_says_the_history_is_incomplete_and_publish_that_nothing_changed(tmp_path_factory, tmp_path):
    """histories30 left it: `policy at` ended its refusal "Nothing was changed." (the words of publish, which writes),
    as if it could have changed something; it now says gh-pages's history is incomplete in this clone, in the reader's
    language, and the fetch that completes it. `policy publish` keeps its words."""
    made = made_once(tmp_path_factory, publish_two)
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", "--single-branch", "--branch", "main", f"file://{made.root}", str(clone.root))
    git(clone.root, "fetch", "-q", "--depth", "1", "origin", "gh-pages:refs/remotes/origin/gh-pages")
    tip = git(clone.root, "rev-parse", "origin/gh-pages").strip()

    def said(lang: str, *argv: str) -> tuple[int, str]:
        done = policy_process(["--root", str(clone.root), *argv], env={**os.environ, messages.ENVIRONMENT: lang})
        return done.returncode, done.stderr

    code, en = said("en", "at", "2022-03-08")
    assert code == 1 and en.startswith(f"error: gh-pages's history is incomplete in this clone: it stops at {tip[:7]} "
                                       "(a shallow fetch, `--depth`)"), en
    assert "`git fetch --unshallow origin`" in en and "run the command again" in en and "changed" not in en, en
    assert "Traceback" not in en and len(en.strip().splitlines()) == 1, en
    code, fr = said("fr", "at", "2022-03-08")
    assert code == 1 and fr.startswith(f"error: l'historique de gh-pages est incomplet dans ce clone\u00a0: il s'arrête à "
                                       f"{tip[:7]}"), fr
    assert "modifié" not in fr and "relancez la commande" in fr, fr
    code, published = said("en", "publish")
    assert code == 1 and published.strip().endswith("Nothing was changed."), published
    assert clone.branch() is None and git(clone.root, "rev-parse", "origin/gh-pages").strip() == tip
