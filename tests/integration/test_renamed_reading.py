"""What `policy check` and `policy at` read of a published branch whose language's code the configuration renamed
(en → en-GB, fr → fr-FR): a branch of manifests written here by git's plumbing (nothing is built)."""
from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from documents_repo import Site, new_site, write_first_versions

from helpers import GIT_ENV, git
from policy_repo import new_project, rename_english
from policysite import at, checks, manifest as mf

RULE = "config.renamed-language"


def _manifest(version: str, *langs: str) -> bytes:
    source = mf.Source(path="docs/fr/index.md", commit="0" * 40, sha256="0" * 64)
    return mf.VersionManifest(version, {lang: mf.LanguageEntry(source, {}) for lang in langs}).dumps()


def _commit(root: Path, files: dict[str, bytes], *parents: str) -> str:
    """A commit of `files` (path -> bytes) written by git's plumbing, with `parents`."""
    env = {**os.environ, **GIT_ENV, "GIT_INDEX_FILE": str(root / ".git" / "test-branch-index")}
    Path(env["GIT_INDEX_FILE"]).unlink(missing_ok=True)
    for path, data in files.items():
        blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=data, env=env, check=True,
                              capture_output=True).stdout.decode().strip()
        subprocess.run(["git", "update-index", "--add", "--cacheinfo", f"100644,{blob},{path}"], cwd=root, env=env,
                       check=True)
    tree = subprocess.run(["git", "write-tree"], cwd=root, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()
    return git(root, "commit-tree", tree, "-m", "published", *(a for p in parents for a in ("-p", p))).strip()


# The privacy policy published in French only, English first published by the terms: a language published by a
# further document only (a site whose translation of the first document came later)
BRANCH = {"manifest/2021-02-17.json": _manifest("2021-02-17", "fr"),
          "manifest/terms/2021-03-01.json": _manifest("2021-03-01", "fr", "en")}


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Site:
    """Three documents, English renamed en-GB in the working tree; gh-pages, as above, committed by plumbing."""
    site = new_site(tmp_path_factory.mktemp("renamed-check") / "site")
    write_first_versions(site)
    site.write("2021-02-17")
    git(site.root, "update-ref", "refs/heads/gh-pages", _commit(site.root, BRANCH))
    rename_english(site)
    config = site.root / "mkdocs.yml"  # the documents' English titles too
    config.write_text(config.read_text(encoding="utf-8").replace(", en: ", ", en-GB: "), encoding="utf-8")
    return site


def _found(root: Path) -> list[tuple[int, str]]:
    return [(f.line, f.message.split(":", 1)[0]) for f in checks.check_project(root=root) if f.rule == RULE]


def test_check_reads_every_documents_manifests_for_the_renamed_language(site):
    """publish11: check read the first document's manifests only, where English was never published: the rename was
    passed silently, and `policy publish` refused it (the terms' en/terms/ folder)."""
    line = (site.root / "mkdocs.yml").read_text(encoding="utf-8").splitlines().index("      - code: en-GB") + 1
    assert _found(site.root) == [(line, "en is published on gh-pages and no longer configured, and en-GB, never "
                                        "published, took its place")]


def test_check_warns_of_the_rename_without_importing_gitpython(site):
    """publish11: on a published site, the warning opened the repository with GitPython (50-65 ms of each check):
    read by plain git processes, no `git` module is imported, and the warning is the same."""
    code = ("import sys; from pathlib import Path; from policysite import checks; "
            f"print([f.rule for f in checks.check_project(root=Path.cwd()) if f.rule == {RULE!r}]); "
            "print(sorted(name for name in sys.modules if name.split('.')[0] == 'git'))")
    env = {"PYTHONPATH": str(Path(checks.__file__).parents[1]), "PATH": "/usr/bin"}
    run = subprocess.run([sys.executable, "-c", code], cwd=site.root, capture_output=True, text=True, env=env)
    assert (run.returncode, run.stdout, run.stderr) == (0, f"[{RULE!r}]\n[]\n", "")


def test_check_reads_the_branch_the_reading_commands_read(site, tmp_path):
    """The branch as verify and at read it (branch.reading): origin's copy in a clone without the local branch, and
    where the local branch is behind it; the local branch where it is ahead. Said by the name read."""
    root = tmp_path / "clone"
    subprocess.run(["cp", "-a", str(site.root), str(root)], check=True)
    published = git(root, "rev-parse", "gh-pages").strip()
    french = _commit(root, {"manifest/2021-02-17.json": _manifest("2021-02-17", "fr")})
    git(root, "update-ref", "-d", "refs/heads/gh-pages")
    git(root, "update-ref", "refs/remotes/origin/gh-pages", published)
    assert [why for _line, why in _found(root)] == [
        "en is published on origin/gh-pages and no longer configured, and en-GB, never published, took its place"]
    git(root, "update-ref", "refs/heads/gh-pages", _commit(root, {}))  # unrelated to origin's: diverged, read
    assert _found(root) == []
    ahead = _commit(root, BRANCH, french)
    git(root, "update-ref", "refs/heads/gh-pages", ahead)  # the local branch ahead of origin's: the local one read
    git(root, "update-ref", "refs/remotes/origin/gh-pages", french)
    assert [why for _line, why in _found(root)] == [
        "en is published on gh-pages and no longer configured, and en-GB, never published, took its place"]
    git(root, "update-ref", "refs/heads/gh-pages", french)
    git(root, "update-ref", "refs/remotes/origin/gh-pages", ahead)  # the local branch behind origin's: origin's read
    assert [why for _line, why in _found(root)] == [
        "en is published on origin/gh-pages and no longer configured, and en-GB, never published, took its place"]


def test_at_before_the_first_translation_answers_with_the_authoritative_text_under_its_published_code(tmp_path):
    """publish11: the authoritative language renamed too (fr → fr-FR), a day before the first English version asked
    in English was looked up under fr-FR, which published nothing: "no version was in force". The French text of
    that day prevails, served under fr, said with the rename."""
    project = new_project(tmp_path / "site")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - code: fr\n", "      - code: fr-FR\n")
                      .replace("    authoritative: fr\n", "    authoritative: fr-FR\n"), encoding="utf-8")
    git(project.root, "update-ref", "refs/heads/gh-pages", _commit(project.root, {
        "manifest/2021-02-17.json": _manifest("2021-02-17", "fr"),
        "manifest/2022-03-01.json": _manifest("2022-03-01", "fr", "en")}))
    answer = at.in_force(root=project.root, day=dt.date(2021, 6, 1), lang="en")
    assert (answer.version, answer.url.rsplit("/", 3)[-3:]) == ("2021-02-17", ["fr", "2021-02-17", ""])
    assert answer.said("en").splitlines()[1:] == [
        "no English text was published yet on June 1, 2021 (the first dates from March 1, 2022): the French text, which "
        "prevails, was in force",
        "the site serves this text under fr, its published code; the configuration now names it fr-FR, which "
        "`policy publish` and `policy history` refuse: fr is published on gh-pages and no longer configured, and "
        "fr-FR, never published, took its place: a language's code is its folder on the site, the addresses its "
        "readers cite (fr/2021-02-17/, fr/latest/), which the archive keeps for ever, so a published language keeps "
        "its code: set `code: fr` back in the site's languages (`extra.policy.languages`) and `authoritative: fr` in the "
        "site's settings (`extra.policy`), with mkdocs.yml (`theme.language: fr`); its name "
        "(`name:`) and the folder of its pages (`docs_dir`) may change"]
    assert at.in_force(root=project.root, day=dt.date(2022, 6, 1), lang="en").url.endswith("/en/2022-03-01/")
