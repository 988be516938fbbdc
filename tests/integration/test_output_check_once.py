"""`policy verify` reads each page once through the output check: the pages its rebuilds checked are not read again
when it checks the branch's pages, and every page they did not check, or checked otherwise, still is."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, copy_of, edit_pages, made_once
from policysite import clock, passcache, safety, servedpages, verify


@pytest.fixture(scope="module")
def published_once(tmp_path_factory) -> Project:
    """Two versions published by `policy history` (made once for the module, copied by `project`)."""
    def make(project: Project, _folder) -> None:
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
            project.commit("2024-01-15")
            project.commit("2024-02-01", fr="Deuxième texte.", en="Second text.")
            assert project.history().published == ["2024-01-15", "2024-02-01"]
    return made_once(tmp_path_factory, make)


@pytest.fixture
def project(published_once, tmp_path, monkeypatch) -> Project:
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
    return copy_of(published_once, tmp_path / "project")


@pytest.fixture
def read(monkeypatch) -> list[tuple[str, bool]]:
    """The pages the output check parsed (their digest, whether their text was judged), from a fresh process's
    start: nothing passed yet."""
    monkeypatch.setattr(safety, "_PASSED", {})
    pages: list[tuple[str, bool]] = []
    real = safety._check_tree

    def counted(html: str, **options):  # (a page holding a <noscript> is read a second time as scripts read it)
        reading = " scripting" if options.get("scripting") else ""
        pages.append((hashlib.sha256(html.encode()).hexdigest() + reading, options["text"]))
        return real(html, **options)

    monkeypatch.setattr(safety, "_check_tree", counted)
    return pages


def test_verify_reads_no_page_twice(project, read):
    shutil.rmtree(passcache.folder(project.root / ".git"))  # as in a fresh clone: no page passed in an earlier command
    assert verify.verify(root=project.root).problems == []
    pages = project.files()
    assert sum(p.endswith(".html") for p in pages) > 10 and len(read) > 10
    assert len(read) == len({digest for digest, _text in read}), "a page was read twice"


def test_a_page_edited_on_the_branch_is_still_judged_and_refused(project, read, tmp_path):
    def edit(checkout: Path) -> None:
        for page in (checkout / "en" / "2024-01-15" / "index.html", checkout / "fr" / "extra.html"):
            html = (checkout / "en" / "2024-01-15" / "index.html").read_text(encoding="utf-8")
            page.write_text(html.replace("</article>", "<img src=x onerror=alert(1)></article>"), encoding="utf-8")

    edit_pages(project, tmp_path, edit)
    problems = verify.verify(root=project.root).problems
    assert any("en/2024-01-15/index.html" in p and "event handler attributes are not allowed" in p
               for p in problems), problems
    # a page added by hand is said once, as added (histories23's 66a2dfbd): a problem naming it, the output check's
    # lines not repeated about it
    added = [p for p in problems if "fr/extra.html" in p]
    assert len(added) == 1 and "added" in added[0], problems


def test_a_rebuild_reads_no_page_an_earlier_command_built_and_passed(project, read):
    """A warm `policy history --rebuild` output-checked every page it built again: the same bytes, passed by the
    publication before (another process). They pass unread; without the passes kept, every page is read."""
    assert project.history(rebuild=True).published == ["2024-01-15", "2024-02-01"]
    warm = list(read)
    assert not any(text for _digest, text in warm)  # the site's root pages alone, rendered apart, none of a version
    shutil.rmtree(passcache.folder(project.root / ".git"))
    safety._PASSED.clear()
    read.clear()
    assert project.history(rebuild=True).published == ["2024-01-15", "2024-02-01"]
    assert sum(text for _digest, text in read) >= 4 and len(read) > len(warm) + 4  # every page read again


def test_a_fresh_clone_given_the_verdicts_an_earlier_run_kept_reads_no_page_of_the_archive(project, read, tmp_path,
                                                                                           monkeypatch):
    """CI publishes from a fresh clone, which reads every page the branch serves through the output check (onto 151
    versions, 10 of a publication's 12 s of CPU); the publishing workflow restores the `.git/policysite` its last run
    left (its cache). What is kept there names blobs and the code's digest, nothing of the clone: with it, the next
    version's publication reads none of the archive's versions' pages again; without it, it reads them (the site's
    root pages, which it writes again, are read either way)."""
    project.commit("2024-02-20", fr="Troisième texte.", en="Third text.")
    listing = git(project.root, "ls-tree", "-r", "gh-pages").splitlines()
    archive = {hashlib.sha256(subprocess.run(["git", "cat-file", "blob", line.split()[2]], cwd=project.root,
                                             check=True, capture_output=True).stdout).hexdigest()
               for line in listing if re.fullmatch(r"[a-z]+/\d{4}-\d{2}-\d{2}/.*\.html", line.split("\t")[1])}

    def archive_pages_read(name: str, *, kept: bool) -> set[str]:
        clone = tmp_path / name
        git(tmp_path, "clone", "-q", "--no-local", str(project.root), str(clone))
        git(clone, "fetch", "-q", "origin", "gh-pages:gh-pages")  # as the workflow fetches it
        if kept:
            shutil.copytree(passcache.folder(project.root / ".git").parent, clone / ".git" / "policysite")
        monkeypatch.setattr(servedpages, "_PASSED", set())  # a new process: only the folder vouches
        safety._PASSED.clear()
        read.clear()
        assert Project(clone).publish().published == ["2024-02-20"]
        return {digest for digest, _text in read} & archive

    assert len(archive_pages_read("cold", kept=False)) >= 4  # 2024-01-15's pages of each language, at least
    assert archive_pages_read("cached", kept=True) == set()
