"""A clone whose gh-pages history is cut short (fetched with `--depth`): the branch's history is the proof of the day
each version reached the site, which the history and at pages and `policy at` say."""
from __future__ import annotations

import os

import pytest

from helpers import git, policy_process
from policy_repo import Project, made_once, publish_two
from policysite import messages

pytestmark = pytest.mark.usefixtures("no_identity")


def test_commands_that_read_when_versions_were_published_refuse_a_gh_pages_cut_short(tmp_path_factory, tmp_path):
    """histories8: with gh-pages fetched `--depth 1`, its first commit there "added" every version's manifest, so each
    was read as published that commit's day: `policy at` of a day before a late version reached the site answered that
    version alone, the answer histories7 corrected, and a publication would rebuild the at page so. Every command that
    reads the branch for it refuses, naming the commit where its history stops and the fetch; verify has its note, and
    `policy diff`, which reads the versions' texts alone, compares them."""
    made = made_once(tmp_path_factory, publish_two)
    clone = Project(tmp_path / "clone")
    git(tmp_path, "clone", "-q", "--single-branch", "--branch", "main", f"file://{made.root}", str(clone.root))
    git(clone.root, "fetch", "-q", "--depth", "1", "origin", "gh-pages:refs/remotes/origin/gh-pages")
    tip = git(clone.root, "rev-parse", "origin/gh-pages").strip()
    assert git(clone.root, "rev-parse", "--is-shallow-repository").strip() == "true"
    for argv in (["history"], ["publish"]):  # (`policy at`'s words: test_histories31_shallow_at)
        said = {lang: policy_process(["--root", str(clone.root), *argv], env={**os.environ, messages.ENVIRONMENT: lang})
                for lang in ("en", "fr")}
        assert said["en"].returncode == 1 and said["en"].stderr.startswith(
            f"error: gh-pages's history stops at {tip[:7]} in this clone (a shallow fetch, `--depth`): it is the proof "
            "of the day each version reached the site") and "`git fetch --unshallow origin`" in said["en"].stderr, \
            (argv, said["en"].stderr)
        assert said["fr"].stderr.startswith(f"error: l'historique de gh-pages s'arrête à {tip[:7]} dans ce clone"), \
            said["fr"].stderr
    assert clone.branch() is None and git(clone.root, "rev-parse", "origin/gh-pages").strip() == tip  # nothing changed
    compared = clone.run("diff", "2021-02-17", "2022-03-01")  # (the texts alone: read)
    assert compared.returncode == 0 and "Texte deux." in compared.stdout, compared.stdout + compared.stderr
    git(clone.root, "fetch", "-q", "--unshallow", "origin")
    whole = clone.run("at", "2022-03-08")
    assert whole.returncode == 0 and whole.stdout.startswith("2022-03-01 "), whole.stdout + whole.stderr
