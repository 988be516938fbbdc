"""When each version went online (session 44, histories16): a manifest records its publication's moment, kept by a
rebuild, and a merged draft's note is said once, by the first publication after the merge. Synthetic texts in a
temporary repository, fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import itertools
import json
import re

import pytest

from helpers import git
from policy_repo import Project, commit_on_branch, new_project
from policysite import cli, clock, manifest as mf, strings

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _draft_merged(project: Project) -> tuple[str, str]:
    """A pull request dated 2024-03-01 merged `-s ours` into main (at 2024-01-10) on 2024-02-01: its commit, the
    merge."""
    git(project.root, "checkout", "-q", "-b", "pr")
    draft = project.commit("2024-03-01", fr="Brouillon rejeté.", en="Rejected draft.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "-s", "ours", "pr", "-m", "merge pr, keeping main",
        date="2024-02-01T10:00:00+00:00")
    return draft, git(project.root, "rev-parse", "HEAD").strip()


def _published(project: Project, version: str) -> str:
    return json.loads(project.show(f"manifest/{version}.json"))["published"]


def _added(project: Project, version: str) -> str:
    """When the commit that added the version's manifest was made (UTC, as the manifest writes it)."""
    stamp = git(project.root, "log", "--diff-filter=A", "--format=%ct", "gh-pages", "--",
                f"manifest/{version}.json").split()[-1]
    return dt.datetime.fromtimestamp(int(stamp), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _notes(project: Project, version: str) -> list[dict]:
    return json.loads(project.show(f"manifest/{version}.json")).get("notes", [])


def _publish_on(project: Project, monkeypatch: pytest.MonkeyPatch, day: str) -> str:
    """`policy publish` on `day`, its clock a minute on at each reading (a publication takes time: its manifest is
    written before its commit)."""
    monkeypatch.setattr(clock, "today", lambda: dt.date.fromisoformat(day))
    ticks = itertools.count()
    start = dt.datetime(2024, 1, 1, 9, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(clock, "now", lambda: start + dt.timedelta(minutes=next(ticks)))
    result = project.run("publish")
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stderr


def test_a_merged_draft_is_said_once_by_the_version_in_force_at_the_merge_published_after_it(tmp_path, monkeypatch):
    """2024-01-10 published on 2024-02-15, after the draft's merge: its publication says the draft; the next
    version's, 2024-06-01, said it again."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    draft, merge = _draft_merged(project)
    said = f"the text of {draft[:7]}, reached only through the 2nd parent of the merge {merge[:7]}"
    assert said in _publish_on(project, monkeypatch, "2024-02-15")
    assert _published(project, "2024-01-10").startswith("2024-02-15T")
    recorded = {"key": "history.draft-merged", "fields": {"commit": draft[:7], "day": "2024-03-01", "merge": merge[:7],
                                                          "parent": 2}}
    assert _notes(project, "2024-01-10") == [recorded]  # how it came to be, for whoever audits the archive
    page = " ".join(project.show("fr/history/index.html").replace("\u00a0", " ").split())
    assert "(mise en ligne le 15 février 2024)" in page, page  # and the history page says when it went online
    assert "(published on February 15, 2024)" in " ".join(project.show("en/history/index.html").split())

    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    assert said not in _publish_on(project, monkeypatch, "2024-06-01")
    assert _published(project, "2024-06-01").startswith("2024-06-01T")
    # the branch's history, which `policy at` reads, and the manifest say one moment
    assert _published(project, "2024-06-01") == _added(project, "2024-06-01")
    assert _published(project, "2024-01-10") == _added(project, "2024-01-10")
    assert _notes(project, "2024-06-01") == []

    rebuilt = project.run("history", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert _published(project, "2024-01-10").startswith("2024-02-15T")  # kept: when it went online
    assert _notes(project, "2024-01-10") == [recorded]
    assert said not in rebuilt.stderr


def test_a_merged_draft_is_said_by_the_next_version_when_the_one_in_force_was_published_before(tmp_path, monkeypatch):
    """2024-01-10 published on 2024-01-20, before the merge: the next version's publication says the draft."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _publish_on(project, monkeypatch, "2024-01-20")
    draft, merge = _draft_merged(project)
    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    assert f"the text of {draft[:7]}, reached only through the 2nd parent of the merge {merge[:7]}" in _publish_on(
        project, monkeypatch, "2024-06-01")
    assert [note["key"] for note in _notes(project, "2024-06-01")] == ["history.draft-merged"]
    assert _notes(project, "2024-01-10") == []


def test_a_publication_moment_rewritten_on_the_branch_is_named_by_verify(tmp_path, monkeypatch):
    """The manifest's `published` (and its notes) are proof: changed on the branch by a hand commit, in its
    canonical form, to another moment of the same day, verify said nothing of it (no file's digest changed)."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _publish_on(project, monkeypatch, "2024-02-15")
    verified = project.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    manifest = project.show("manifest/2024-01-10.json")
    was = json.loads(manifest)["published"]
    earlier = "2024-02-15T00:00:01Z" if was != "2024-02-15T00:00:01Z" else "2024-02-15T00:00:02Z"  # the same day: the
    # history page's words unchanged, the manifest in its canonical form
    commit_on_branch(project, {"manifest/2024-01-10.json": manifest.rstrip("\n").replace(was, earlier) + "\n"})

    verified = project.run("verify")
    assert verified.returncode == 1, verified.stdout + verified.stderr
    assert "2024-01-10: its publication record's `published` (when it was published, how it came to be) is not what" \
        in verified.stdout + verified.stderr


def published_before_the_record(tmp_path, monkeypatch) -> Project:
    """A project whose 2024-01-10, published on 2024-02-15, has a manifest written as an escape (a backslash and a generator before histories16
    wrote it: no `published`."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    with monkeypatch.context() as before:
        before.setattr(mf, "published_at", lambda stamp: "")
        _publish_on(project, monkeypatch, "2024-02-15")
    assert "published" not in json.loads(project.show("manifest/2024-01-10.json"))
    return project


def test_a_rebuild_of_a_version_published_before_the_record_does_not_date_it_now(tmp_path, monkeypatch):
    """A manifest written before `published` was recorded, rebuilt by `policy history --rebuild`: the rebuild is not
    its publication (it was stamped with the rebuild's moment, which verify then named as rewritten)."""
    project = published_before_the_record(tmp_path, monkeypatch)
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 3, 1))
    rebuilt = project.run("history", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stdout + rebuilt.stderr
    assert "published" not in json.loads(project.show("manifest/2024-01-10.json"))
    verified = project.run("verify")
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_merged_draft_published_in_one_run_with_the_next_version_is_recorded_once(tmp_path, monkeypatch):
    """`policy history` publishing the version in force at the merge and the next at once: the run says the draft
    once, and the first's manifest records it, not both."""
    project = new_project(tmp_path / "project")
    project.commit("2024-01-10")
    _draft_merged(project)
    project.commit("2024-06-01", fr="Texte deux.", en="Text two.")
    monkeypatch.setattr(clock, "today", lambda: dt.date(2024, 6, 2))
    result = project.run("history")
    assert result.returncode == 0, result.stdout + result.stderr
    assert [note["key"] for note in _notes(project, "2024-01-10")] == ["history.draft-merged"]
    assert _notes(project, "2024-06-01") == []


def _published_in_paris(tmp_path, monkeypatch):
    """A project whose company's time zone is Paris, its first version 2021-02-17 published that day at 17:00 UTC."""
    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  policy:\n", "  policy:\n    time_zone: Europe/Paris\n",
                                                                 1), encoding="utf-8")
    project.commit("2021-02-17")
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2021-02-17T17:00:00+00:00"))
    assert cli.main(["--root", str(project.root), "publish"]) == 0
    return project


def test_the_history_page_at_page_and_policy_at_say_one_publication_day_in_the_companys_zone(tmp_path, monkeypatch,
                                                                                           capsys):
    """2022-03-01 published late, at 23:30 UTC on 9 March, 00:30 on 10 March in Paris: the history page's publication
    day, the at page's and `policy at`'s are the company's, 10 March, for every day of the window."""
    project = _published_in_paris(tmp_path, monkeypatch)
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2022-03-09T23:30:00+00:00"))
    assert cli.main(["--root", str(project.root), "publish"]) == 0
    assert _published(project, "2022-03-01") == "2022-03-09T23:30:00Z"
    history = " ".join(project.show("fr/history/index.html").replace("\u00a0", " ").split())
    assert "(mise en ligne le 10 mars 2022)" in history and "(mise en ligne le 17 février 2021)" in history
    page = project.show("fr/at/index.html")
    data = json.loads(re.search(r'<script type="application/json" class="policy-at-data">(.*?)</script>', page)[1])
    assert [(w["from"], w["until"], w["published"]) for w in data["late"]["windows"]] == [
        ("2022-03-01", "2022-03-09", "2022-03-10")]
    capsys.readouterr()
    for day in ("2022-03-01", "2022-03-09"):
        assert cli.main(["--root", str(project.root), "at", day]) == 0
        assert "reached the site only on March 10, 2022" in capsys.readouterr().out
    assert cli.main(["--root", str(project.root), "at", "2022-03-10"]) == 0
    assert "reached the site only" not in capsys.readouterr().out


def test_policy_at_and_the_at_page_agree_every_day_when_two_versions_reach_the_site_the_same_day(tmp_path, monkeypatch,
                                                                                                capsys):
    """2022-03-01 and 2022-03-05 both published on 10 March (Paris), one `policy publish`: for every day from 27
    February to 12 March, `policy at` names the version in force by its date and what the site showed, as the at
    page's windows (at.js) say it, and as the manifests' publication moments and the history page's periods give."""
    project = _published_in_paris(tmp_path, monkeypatch)
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2022-03-05", fr="Troisième texte.", en="Third text.")
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2022-03-09T23:30:00+00:00"))
    assert cli.main(["--root", str(project.root), "publish"]) == 0
    page = project.show("fr/at/index.html")
    windows = json.loads(re.search(r'class="policy-at-data">(.*?)</script>', page)[1])["late"]["windows"]
    capsys.readouterr()
    day = dt.date(2022, 2, 27)
    while day <= dt.date(2022, 3, 12):
        assert cli.main(["--root", str(project.root), "at", day.isoformat()]) == 0
        out = capsys.readouterr().out
        version = max(v for v in ("2021-02-17", "2022-03-01", "2022-03-05") if v <= day.isoformat())
        assert out.startswith(f"{version} "), (day, out)
        window = [w for w in windows if w["from"] <= day.isoformat() <= w["until"]]
        if window:
            assert window[0]["version"] == version and f"the site still showed {window[0]['shown']}" in out, (day, out)
            published = strings.long_date(dt.date.fromisoformat(window[0]["published"]), "en")
            assert f"reached the site only on {published}" in out, (day, out)
        else:
            assert "reached the site only" not in out, (day, out)
        assert ("2022-03-01" <= day.isoformat() <= "2022-03-09") == bool(window), day
        day += dt.timedelta(days=1)
    assert {_published(project, v)[:10] for v in ("2022-03-01", "2022-03-05")} == {"2022-03-09"}  # UTC: the 10th in
    # Paris, as the windows say
