"""A fresh clone (CI's) of a main rewritten after its versions were published (a rebase, a reworded message,
force-pushed): the published commits are gone; the published texts are still in the history, at other commits, or
one was edited under its date by the rewrite."""
from __future__ import annotations

import os

import pytest

from helpers import git, policy_process
from policy_repo import fr_page, fresh_clone_after
from policysite import messages, verify

pytestmark = pytest.mark.usefixtures("no_identity")


def test_a_fresh_clone_of_a_rewritten_main_publishes_its_next_version(tmp_path_factory, tmp_path):
    """histories8: every publication from such a clone was refused as if the branch had been edited by hand ('a page of
    a published version is not what a build of its source commit gives: edited on the branch …'): no version whose
    commit was gone was rebuilt, so nothing vouched for its pages. Each is now rebuilt from the commit holding its
    texts (history.rebuild_commit), and the next version is published; verify still names the gone commits."""
    fresh, origin = fresh_clone_after(tmp_path_factory, tmp_path, ["--msg-filter", "sed s/policy/Policy/"])
    published = git(origin, "rev-parse", "gh-pages").strip()
    fresh.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    outcome = fresh.publish(push=True)
    assert outcome.published == ["2023-01-01"], outcome
    assert git(origin, "rev-parse", "gh-pages~1").strip() == published
    report = verify.verify(root=fresh.root)  # (the manifests still name the gone commits: said, with the way out)
    assert report.problems and all("the same text is at" in str(problem) for problem in report.problems), \
        report.problems


def test_a_published_text_the_rewrite_edited_under_its_date_is_refused_saying_what_to_fetch(tmp_path_factory,
                                                                                             tmp_path):
    """The rewrite also changed 2022-03-01's French words under its date: its published text is at no commit, its pages
    cannot be built again. `policy history` (the daily job's) said the branch had been edited by hand and to revert that
    edit or rebuild every version (which refuses: a published version never changes); it now says the commit is missing
    and to fetch it. (A new version is refused before, its changes page lacking the text: said so already.)"""
    edit = "test ! -f docs/fr/index.md || ! grep -q 'date: 2022-03-01' docs/fr/index.md || printf '%s' " + \
        "'" + fr_page("2022-03-01", "Deuxième texte, réécrit.") + "' > docs/fr/index.md"
    fresh, origin = fresh_clone_after(tmp_path_factory, tmp_path, ["--tree-filter", edit])
    published = git(origin, "rev-parse", "gh-pages").strip()
    said = {lang: policy_process(["--root", str(fresh.root), "history", "--push"],
                                 env={**os.environ, messages.ENVIRONMENT: lang}) for lang in ("en", "fr")}
    assert said["en"].returncode == 1 and "Traceback" not in said["en"].stderr, said["en"].stderr
    assert "error: 2022-03-01: its commit " in said["en"].stderr and (
        " is not in this clone: not rebuilt: nothing proves the pages of a version this clone cannot build again are "
        "what publishing built") in said["en"].stderr and "edited on the branch" not in said["en"].stderr, \
        said["en"].stderr
    # a full clone: a shallow clone's way out (histories10 gave it its own message) is not offered (histories11)
    assert "shallow" not in said["en"].stderr and "superficiel" not in said["fr"].stderr \
        and "unshallow" not in said["fr"].stderr, said
    assert ": non reconstruite\u00a0: rien ne prouve que les pages d'une version que ce clone ne peut reconstruire" \
        in said["fr"].stderr and "`git fetch <ce clone> <commit>`" in said["fr"].stderr, said["fr"].stderr
    assert git(origin, "rev-parse", "gh-pages").strip() == published  # nothing published
    assert fresh.branch() is None or git(fresh.root, "rev-parse", "gh-pages").strip() == published
