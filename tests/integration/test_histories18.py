"""Histories as real repositories have them (session 46, histories18): texts brought in by `policy import`, whose
history page row said "published on" the import's day next to an older date. Synthetic texts of a fictional company,
in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess

import pytest
from test_import_git import new_site, old_site

from helpers import GIT_ENV, git
from policy_repo import new_project
from policysite import building, cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")


def _on(monkeypatch: pytest.MonkeyPatch, day: str) -> None:
    """The clock of a command run on `day`, at 09:00 UTC."""
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat(f"{day}T09:00:00+00:00"))


def _words(site, path: str) -> str:
    page = git(site, "show", f"gh-pages:{path}")
    return " ".join(re.sub(r"<[^>]*>", " ", page).replace("\u00a0", " ").split())


def test_an_imported_version_says_it_was_added_to_the_archive_on_the_import_day_not_published(
        initialized, tmp_path, monkeypatch, capsys):
    """Two texts public on the old site from 2021 and 2022, imported and published on 2024-03-01: the history page
    said "(published on March 1, 2024)" next to "In force from January 5, 2021…", as if the company had published them
    that day. It says when each took effect and that the archive received it that day; a version the site publishes
    itself afterwards is "published on" its day; a rebuild keeps both, and verify passes."""
    old = old_site(tmp_path / "old", [("2021-01-07T10:00:00+00:00", "January 5, 2021", "One."),
                                      ("2022-05-01T10:00:00+00:00", "May 1, 2022", "Two.")])
    site = new_site(tmp_path, initialized)
    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    _on(monkeypatch, "2024-03-01")
    assert cli.main(["--root", str(site), "history"]) == 0
    page = site / "docs/en/index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2022-05-01", "date: 2024-05-02")
                    .replace("Last updated: May 1, 2022", "Last updated: May 2, 2024").replace("Two.", "Three."),
                    encoding="utf-8")
    git(site, "commit", "-qam", "Three", date="2024-05-02T10:00:00+00:00")
    _on(monkeypatch, "2024-05-02")
    assert cli.main(["--root", str(site), "publish"]) == 0
    capsys.readouterr()
    for run in range(2):
        history = _words(site, "en/history/index.html")
        assert "In force from January 5, 2021 to April 30, 2022 inclusive (added to this archive on March 1, " \
            "2024)." in history, history
        assert "In force from May 1, 2022 to May 1, 2024 inclusive (added to this archive on March 1, 2024)." \
            in history, history
        assert "(published on May 2, 2024)" in history and history.count("published on") == 1, history
        recorded = {v: json.loads(git(site, "show", f"gh-pages:manifest/{v}.json"))["languages"]["en"].get("imported")
                    for v in ("2021-01-05", "2022-05-01", "2024-05-02")}
        assert recorded == {"2021-01-05": True, "2022-05-01": True, "2024-05-02": None}
        if run == 0:  # a rebuild from a clone where imported.yml says nothing any more keeps the record
            (site / "imported.yml").unlink()
            git(site, "commit", "-qam", "Drop the import record", date="2024-05-03T10:00:00+00:00")
            _on(monkeypatch, "2024-05-03")
            assert cli.main(["--root", str(site), "history", "--rebuild"]) == 0, capsys.readouterr()
    assert cli.main(["--root", str(site), "verify"]) == 0, capsys.readouterr()


def test_each_version_records_its_sections_ids_as_first_published_and_an_older_manifest_stays_readable(
        tmp_path, monkeypatch, capsys):
    """Each language's manifest records the ids its page gives its sections, in order (the translation's those of
    the authoritative text where its headings have none of their own: the page's); a manifest of a generator that
    recorded none is read, verify passes on it, and a rebuild records the ids then; a rebuild under a rule that
    gives other ids keeps those first recorded."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    _on(monkeypatch, "2021-02-17")
    with monkeypatch.context() as older:  # as a generator before the record: no ids
        older.setattr(building, "ids_of", lambda settings, sources, code: [])
        assert cli.main(["--root", str(project.root), "history"]) == 0
    assert all("ids" not in entry for entry in json.loads(project.show("manifest/2021-02-17.json"))["languages"]
               .values())
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    _on(monkeypatch, "2022-03-01")
    assert cli.main(["--root", str(project.root), "history"]) == 0
    assert cli.main(["--root", str(project.root), "verify"]) == 0, capsys.readouterr()
    for lang in ("fr", "en"):
        recorded = json.loads(project.show("manifest/2022-03-01.json"))["languages"][lang]["ids"]
        page = project.show(f"{lang}/2022-03-01/index.html")
        assert recorded == re.findall(r'<h[2-6] id="([^"]+)"', page) and recorded, (recorded, page)

    _on(monkeypatch, "2022-03-02")
    with monkeypatch.context() as later:  # a later rule gives the sections other ids
        later.setattr(building, "ids_of", lambda settings, sources, code: ["moved"])
        assert cli.main(["--root", str(project.root), "history", "--rebuild"]) == 0, capsys.readouterr()
    first = json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["ids"]
    assert first == ["moved"]  # (none recorded: the rebuild's)
    assert json.loads(project.show("manifest/2022-03-01.json"))["languages"]["fr"]["ids"] == recorded_fr(project)
    assert cli.main(["--root", str(project.root), "verify"]) == 0, capsys.readouterr()


def recorded_fr(project) -> list[str]:
    """The ids the French page of 2022-03-01 gives its sections."""
    return re.findall(r'<h[2-6] id="([^"]+)"', project.show("fr/2022-03-01/index.html"))


def test_a_gh_pages_force_pushed_without_a_version_is_named_by_verify(tmp_path, monkeypatch, capsys):
    """gh-pages rewritten (`git filter-branch`, then force-pushed) so that 2022-03-01 was never in its history: verify
    fails and names the version the archive lacks, not only the pages that then differ."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    second = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    _on(monkeypatch, "2023-01-02")
    assert cli.main(["--root", str(project.root), "history"]) == 0
    subprocess.run(["git", "filter-branch", "-f", "--index-filter", "git rm -r -q --cached --ignore-unmatch "
                    "fr/2022-03-01 en/2022-03-01 manifest/2022-03-01.json", "gh-pages"], cwd=project.root,
                   check=True, capture_output=True, env={**os.environ, **GIT_ENV, "FILTER_BRANCH_SQUELCH_WARNING": "1"})
    assert "2022-03-01" not in git(project.root, "log", "--format=%s", "--name-only", "gh-pages", "--",
                                   "manifest/2022-03-01.json")
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "verify"]) == 1
    said = capsys.readouterr()
    assert f"2022-03-01 (commit {second[:7]}): a dated version of the history, before January 1, 2023, is not on " \
        "gh-pages" in said.out + said.err, said


def test_tags_and_branches_named_like_dates_are_no_versions(tmp_path, monkeypatch, capsys):
    """A tag `2021-02-17` on the commit of 2022-03-01, a tag `2022-03-01` and a branch `2023-01-01` on that of
    2021-02-17: history publishes the two dated texts, `policy diff 2021-02-17 2022-03-01` compares the versions of
    those dates (not the commits the names point to), `policy at` answers the version in force, verify passes."""
    project = new_project(tmp_path / "project")
    first = project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    git(project.root, "tag", "2021-02-17", "HEAD")
    git(project.root, "tag", "2022-03-01", first)
    git(project.root, "branch", "2023-01-01", first)
    _on(monkeypatch, "2022-03-02")
    assert cli.main(["--root", str(project.root), "history"]) == 0
    assert "published 2 dated versions on gh-pages: 2021-02-17, 2022-03-01" in capsys.readouterr().out
    assert cli.main(["--root", str(project.root), "diff", "2021-02-17", "2022-03-01", "--lang", "fr"]) == 0
    diff = capsys.readouterr().out
    assert "[-Nous traitons vos données avec soin.-]" in diff and "{+Deuxième texte.+}" in diff, diff
    assert cli.main(["--root", str(project.root), "at", "2021-06-01", "s2", "--lang", "fr"]) == 0
    assert capsys.readouterr().out.startswith("2021-02-17 ")
    assert cli.main(["--root", str(project.root), "verify"]) == 0, capsys.readouterr()
