"""perf19: the output check tells a page a version's (its text judged too) only where the page has not passed so
already (servedpages.unsafe), with the same verdicts."""
from __future__ import annotations

import pytest

from helpers import stored
from policy_repo import new_project
from policysite import servedpages
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("no_identity")

PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'\"><title>Politique</title></head><body>"
        "<article class=\"md-content__inner md-typeset\"><p>Version {n}</p>{extra}</article></body></html>")


def test_only_the_pages_not_known_to_have_passed_are_told_a_version_s(tmp_path, monkeypatch):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    listing = {f"{lang}/{version}/{name}": ("100644", stored(project.root, PAGE.format(n=f"{version} {name}",
                                                                                        extra="")))
               for lang in ("fr", "en") for version in ("2021-02-17", "2022-03-01", "latest")
               for name in ("index.html", "compare/index.html")}
    listing["fr/history/index.html"] = ("100644", stored(project.root, PAGE.format(n="h", extra="")))
    bad = stored(project.root, PAGE.format(n="x", extra="<script>x()</script>"))
    listing["fr/2022-03-01/bad.html"] = listing["en/history/bad.html"] = ("100644", bad)
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)  # (a cold machine: every page read, those that pass kept)
        assert [line.partition(":")[0] for line in found] == ["en/history/bad.html", "fr/2022-03-01/bad.html"]
        told: list[str] = []
        pattern = servedpages._TEXT

        class Counted:
            def fullmatch(self, path):
                told.append(path)
                return pattern.fullmatch(path)

        monkeypatch.setattr(servedpages, "_TEXT", Counted())
        monkeypatch.setattr(servedpages, "_PASSED", set())  # (the next command: a new process)
        assert servedpages.unsafe(site, listing) == found
    # the versions' pages that passed with their text judged are not told again (12 of them); the refused one is, at
    # each of its places, and the history page, which passed with its text not judged
    assert told == ["en/history/bad.html", "fr/2022-03-01/bad.html", "fr/history/index.html"]
