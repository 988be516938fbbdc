"""`policy verify`'s lines of the branch's own history and its shared theme folders, and the reading commands' notes,
are said in the site's language: French on a French site, English word for word as before with POLICY_MESSAGES=en."""
from __future__ import annotations

import json
import os
import subprocess

import pytest

from helpers import GIT_ENV, git, policy_in_process, verified_in_both
from policy_repo import Project, commit_on_branch, copy_of, made_once
from policysite import manifest as mf, messages

# (verified_in_both keeps its fork: its verify is read in the process it runs in)
pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _environment(**values: str) -> dict[str, str]:
    """The tests' environment without their POLICY_MESSAGES=en (the site's own language then), plus `values`."""
    return {**{key: value for key, value in os.environ.items() if key != messages.ENVIRONMENT}, **values}


@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2021-02-17 committed and published by `policy publish` in the site's language: made once for the module."""
    def make(project: Project, _folder) -> None:
        project.commit("2021-02-17")
        assert policy_in_process(["--root", str(project.root), "publish"], env=_environment()).returncode == 0
    return made_once(tmp_path_factory, make)


@pytest.fixture
def published(first_published, tmp_path) -> Project:
    """A copy of the module's publication of 2021-02-17, which the test may change."""
    return copy_of(first_published, tmp_path / "project")


def test_verify_says_a_rewritten_publishing_commit_and_a_theme_folder_no_version_links_in_french(published, tmp_path):
    project = published
    root = ["--root", str(project.root)]
    work = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    (work / "assets" / "0badc0ffee000000").mkdir()
    (work / "assets" / "0badc0ffee000000" / "index.html").write_text("<p>x</p>", encoding="utf-8")
    listed = next((work / "manifest" / "assets").glob("*.json"))
    (work / "manifest" / "assets" / "0badc0ffee000000.json").write_text(
        listed.read_text(encoding="utf-8").replace(listed.stem, "0badc0ffee000000"), encoding="utf-8")
    git(work, "add", "-A")
    # a publishing commit's subject, its author's and committer's dates apart: rewritten (`commit --amend --date`)
    subprocess.run(["git", "commit", "-q", "-m", "Publish 2021-02-17"], cwd=work, check=True, env={
        **os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": "2030-01-01T09:00:00+00:00",
        "GIT_COMMITTER_DATE": "2030-01-02T15:00:00+00:00"})
    tip = git(work, "rev-parse", "--short=7", "HEAD").strip()
    git(project.root, "worktree", "remove", "--force", str(work))

    # one verify (it builds the version again): said in French by the command, in English from the same report
    french, english = verified_in_both([*root, "verify"], env=_environment())
    assert french.returncode == 1
    lines = french.stdout.splitlines()
    assert (f"gh-pages\u00a0: son commit {tip} «\u00a0Publish 2021-02-17\u00a0» est daté du 2030-01-01 09:00 UTC par son auteur et du "
            "2030-01-02 15:00 UTC par son committer, alors que la publication écrit une seule date pour les deux\u00a0: il "
            "a été réécrit depuis (`git commit --amend --date`, un rebase)\u00a0: l'historique de gh-pages, la preuve de la "
            "date à laquelle chaque texte a été mis en ligne, a été réécrit avec d'autres dates\u00a0: restaurez la branche "
            "à partir d'une copie qui les a encore") in lines, french.stdout
    assert ("assets/0badc0ffee000000/\u00a0: aucune version n'y renvoie (la publication supprime un tel dossier)\u00a0: ajouté "
            "sur la branche avec manifest/assets/0badc0ffee000000.json\u202f?") in lines, french.stdout
    lines = english
    assert (f"gh-pages: its commit {tip} “Publish 2021-02-17” is dated 2030-01-01 09:00 UTC by its author and "
            "2030-01-02 15:00 UTC by its committer, where publishing writes one date for both: it was rewritten since "
            "(`git commit --amend --date`, a rebase): gh-pages's history, the proof of when each text reached the "
            "site, was rewritten with other dates: restore the branch from a copy that has them") in lines, \
        english.stdout
    assert ("assets/0badc0ffee000000/: no version links it (publishing removes such a folder): added on the branch "
            "with manifest/assets/0badc0ffee000000.json?") in lines, english.stdout


def test_the_reading_commands_say_what_they_read_and_what_is_missing_in_french(published, tmp_path):
    """verify of a branch that is not there, of the policy's own branch, and of origin's copy read in a clone without
    a local gh-pages (its note), and `policy at`'s note of a local branch behind origin's."""
    project = published
    root = ["--root", str(project.root)]
    missing = policy_in_process([*root, "verify", "-b", "archive"], env=_environment())
    assert missing.returncode == 1
    assert missing.stderr == ("error: rien à vérifier\u00a0: ni la branche archive ni origin/archive n'existent ici\u00a0: "
                              "récupérez l'archive (`git fetch origin archive:archive`), ou publiez-la à partir de "
                              "l'historique de la politique (`policy history`)\n"), missing.stderr
    english = policy_in_process([*root, "verify", "-b", "archive"], env=_environment(POLICY_MESSAGES="en"))
    assert english.stderr == ("error: nothing to verify: there is no archive branch here, nor origin/archive: fetch "
                              "the archive (`git fetch origin archive:archive`), or publish it from the policy's "
                              "history (`policy history`)\n"), english.stderr
    own = policy_in_process([*root, "verify", "-b", "main"], env=_environment())
    assert own.stderr == ("error: main contient les sources du projet (mkdocs.yml) et aucune version publiée\u00a0: ce "
                          "n'est pas l'archive\u202f; nommez la branche de l'archive avec -b (gh-pages par défaut)\n"), \
        own.stderr

    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--no-local", str(project.root), str(clone))
    git(clone, "fetch", "-q", "origin", "gh-pages")
    verified = policy_in_process(["--root", str(clone), "verify"], env=_environment())
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "note: origin/gh-pages est vérifiée (il n'y a pas de branche gh-pages locale)" in \
        verified.stderr.splitlines(), verified.stderr
    english = policy_in_process(["--root", str(clone), "verify"], env=_environment(POLICY_MESSAGES="en"))
    assert "note: origin/gh-pages is verified (there is no local gh-pages)" in english.stderr.splitlines(), \
        english.stderr

    git(clone, "branch", "-q", "gh-pages", "origin/gh-pages")  # the local copy, then origin's moved ahead of it
    project.commit("2021-03-17", fr="Nous traitons vos données avec grand soin.", en="We process your data with care.")
    assert policy_in_process([*root, "publish"], env=_environment()).returncode == 0
    git(clone, "fetch", "-q", "origin", "gh-pages")
    behind = policy_in_process(["--root", str(clone), "at", "2021-03-20"], env=_environment())
    assert behind.returncode == 0, behind.stderr
    assert ("note: origin/gh-pages est lue\u00a0: la branche locale gh-pages est en retard sur elle (publiée depuis un autre "
            "clone\u202f; `git branch -f gh-pages origin/gh-pages` la met à jour)") in behind.stderr.splitlines(), \
        behind.stderr
    english = policy_in_process(["--root", str(clone), "at", "2021-03-20"], env=_environment(POLICY_MESSAGES="en"))
    assert ("note: origin/gh-pages is read: the local gh-pages is behind it (published from another clone; `git branch "
            "-f gh-pages origin/gh-pages` brings it up to date)") in english.stderr.splitlines(), english.stderr


def test_a_script_put_on_the_branch_is_refused_by_the_output_check_in_french(published, tmp_path):
    """Words 30: what the output check refuses in a page was English on every site, verify's lines and publish's
    refusal of a page put onto the branch by hand (a script, its digest set in a manifest rewritten under a rebuild's
    subject): catalogue messages now (output.*), said in the site's language, English word for word as before."""
    project = published
    root = ["--root", str(project.root)]
    path, manifest = "en/2021-02-17/index.html", "manifest/2021-02-17.json"
    page = project.show(path).replace("</body>", "<script>alert(1)</script></body>")
    recorded = json.loads(project.show(manifest))
    recorded["languages"]["en"]["files"]["index.html"] = mf.sha256(page.encode("utf-8"))
    commit_on_branch(project, {path: page, manifest: mf.VersionManifest.loads(json.dumps(recorded)).dumps()},
                     "Rebuild 2021-02-17 (en, fr) from 0123456789ab")

    french, english = verified_in_both([*root, "verify"], env=_environment(POLICY_MESSAGES="fr"))  # one verify
    assert french.returncode == 1
    assert f"gh-pages\u00a0: {path}\u00a0: un <script> qui n'est pas l'un de ceux du thème\u00a0: 'alert(1)'" in \
        french.stdout.splitlines(), french.stdout
    assert f"gh-pages: {path}: <script> that is not one of the theme's own: 'alert(1)'" in english, english
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    published = {lang: policy_in_process([*root, "publish"], env=_environment(POLICY_MESSAGES=lang)) for lang in ("fr", "en")}
    assert published["fr"].returncode == 1
    assert (f"error: {path}\u00a0: refusé par le contrôle de sortie\u00a0: un <script> qui n'est pas l'un de ceux du thème\u00a0: "
            "'alert(1)'") in published["fr"].stderr, published["fr"].stderr
    assert f"error: {path}: refused by the output check: <script> that is not one of the theme's own: 'alert(1)'" in \
        published["en"].stderr, published["en"].stderr
