"""servedpages: every page a commit of the branch serves goes through the output check once a machine, kept by its git
blob id (safety hunt 50), on a temporary project's repository."""
from __future__ import annotations

import subprocess

import pytest

from policy_repo import new_project
from policysite import git, servedpages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity")

PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'\"><title>Historique</title></head><body><p>Version {n}</p>{extra}</body></html>")


def _blob(root, text: str) -> str:
    return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=text.encode("utf-8"),
                          capture_output=True, check=True).stdout.decode().strip()


def test_a_page_is_read_once_a_machine_and_a_cold_one_says_it_reads_many(tmp_path, monkeypatch, capsys):
    """A cold machine reads every page of the tree through the output check and says so when they are many; a page
    with a script is named whatever else the tree holds; the next command (a new process: the kept pages on disk)
    reads none of the pages that passed, and says nothing, and reads the refused one again."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    count = servedpages.MANY + 1
    listing = {f"fr/history/p{n}.html": ("100644", _blob(project.root, PAGE.format(n=n, extra="")))
               for n in range(count)}
    listing["fr/history/bad.html"] = ("100644", _blob(project.root, PAGE.format(n="x", extra="<script>x()</script>")))
    listing["fr/history/p0-copy.html"] = listing["fr/history/p0.html"]  # one blob, read once
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
        assert len(found) == 1 and found[0].startswith("fr/history/bad.html: refused by the output check: <script>"), \
            found
        assert f"{count + 1} pages of the branch through the output check" in capsys.readouterr().err
        read: list[str] = []
        reader = git.read_objects

        def counted(repo, shas):
            read.extend(shas)
            return reader(repo, shas)

        monkeypatch.setattr(git, "read_objects", counted)
        monkeypatch.setattr(servedpages, "_PASSED", set())
        assert servedpages.unsafe(site, listing) == found
        assert read == [listing["fr/history/bad.html"][1]]
        assert capsys.readouterr().err == ""
