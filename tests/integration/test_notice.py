"""Announcing before a version applies: upcoming versions on gh-pages, the notice rule, `latest` moving on the
day, and `policy at`, with a frozen clock (`clock.today`, the test-only seam) on real temporary repositories.

The timeline: 2022-03-01 is published and in force; on 2027-01-20 a material version dated 2027-03-01
(40 days ahead) is announced and published; on 2027-03-01 `policy history` makes it `latest`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import subprocess

import pytest

from helpers import git
from policy_repo import Project, copy_of, en_page, fr_page, new_project
from policysite import cli, clock, manifest as mf, strings, verify
from policysite.errors import RefusedError

pytestmark = pytest.mark.usefixtures("commands_in_process")  # their commands are not about the process

ANNOUNCED = dt.date(2027, 1, 20)
FR_NOTE = "Nous conservons désormais les données deux ans."
EN_NOTE = "We now keep data for two years."


def freeze(monkeypatch: pytest.MonkeyPatch, day: dt.date) -> None:
    monkeypatch.setattr(clock, "today", lambda: day)


def front(text: str, date: str, **keys: str) -> str:
    """A page with more front matter after its date."""
    more = "".join(f"{key}: {value}\n" for key, value in keys.items())
    return text.replace(f"date: {date}\n", f"date: {date}\n{more}", 1)


def commit_version(project: Project, date: str, *, fr_keys: dict, en_keys: dict | None = None,
                   fr: str = "Nous traitons vos données pendant deux ans.",
                   en: str = "We process your data for two years.") -> str:
    project.write(date, fr=fr, en=en)
    (project.root / "docs/fr/index.md").write_text(front(fr_page(date, fr), date, **fr_keys), encoding="utf-8")
    (project.root / "docs/en/index.md").write_text(front(en_page(date, en), date, **(en_keys or {})),
                                                   encoding="utf-8")
    return project.commit_all(f"policy {date}")


@pytest.fixture(autouse=True)
def environment(monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


@pytest.fixture(scope="module")
def timeline(first_published, tmp_path_factory):
    """The branch at each step of the timeline: (outcome, files, blobs of versions.json, feed, history), from a copy
    of the module's 2022-03-01 published by `policy history` on that day (first_published)."""
    mp = pytest.MonkeyPatch()
    mp.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    project = copy_of(first_published, tmp_path_factory.mktemp("notice") / "project")
    steps: dict[str, dict] = {}

    def record(name: str, outcome) -> None:
        steps[name] = {"outcome": outcome, "tip": project.branch(),
                       **{f"{lang}/{name}": project.show(f"{lang}/{name}") for lang in ("fr", "en")
                          for name in ("versions.json", "feed.xml", "history/index.html")}}

    freeze(mp, ANNOUNCED)
    commit_version(project, "2027-03-01", fr_keys={"announced": "2027-01-20", "summary": FR_NOTE},
                   en_keys={"summary": EN_NOTE})
    record("announced", project.publish())
    steps["announced"]["verify"] = verify.verify(root=project.root)
    freeze(mp, dt.date(2027, 2, 28))
    record("eve", project.history())
    freeze(mp, dt.date(2027, 3, 1))
    steps["stale"] = {"verify": verify.verify(root=project.root)}
    record("day", project.history())
    steps["day"]["verify"] = verify.verify(root=project.root)
    # legal hunt 36: the next edit keeps the summary: of the version before (refused before any build: cheap)
    commit_version(project, "2027-04-15", fr_keys={"announced": "2027-03-01", "summary": FR_NOTE},
                   en_keys={"summary": EN_NOTE}, fr="Nous traitons vos données pendant trois ans.",
                   en="We process your data for three years.")
    tip = project.branch()
    try:
        project.publish()
    except RefusedError as refused:
        steps["stale summary"] = {"findings": refused.refusal.findings, "kept": project.branch() == tip}
    project.steps = steps
    yield project
    mp.undo()


def versions(step: dict, lang: str) -> list[tuple[str, list[str], bool]]:
    return [(v["version"], v["aliases"], bool(v.get("properties", {}).get("upcoming")))
            for v in json.loads(step[f"{lang}/versions.json"])]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_material_version_announced_40_days_ahead_is_published_upcoming_and_not_latest(timeline, lang):
    step = timeline.steps["announced"]
    assert step["outcome"].published == ["2027-03-01"]
    assert any("2027-03-01: upcoming" in line for line in step["outcome"].messages)
    assert versions(step, lang) == [("2027-03-01", [], True), ("2022-03-01", ["latest"], False)]
    # latest/ is still the version in force, file for file
    assert timeline.tree(f"{lang}/latest", step["tip"]) == timeline.tree(f"{lang}/2022-03-01", step["tip"])
    listed = {v["version"]: v for v in json.loads(step[f"{lang}/versions.json"])}
    assert listed["2027-03-01"]["properties"]["date_text"] == {"fr": "1er mars 2027", "en": "March 1, 2027"}[lang]
    assert listed["2022-03-01"]["properties"]["in_force"] == {"from": "2022-03-01", "until": "2027-02-28"}


@pytest.mark.parametrize("lang, text", [("fr", "Une nouvelle version entre en vigueur le "),
                                        ("en", "A new version takes effect on ")])
def test_the_version_in_force_carries_the_banner_policy_js_shows_from_versions_json(timeline, lang, text):
    """The banner is in every dated version, hidden: policy.js shows it on the version versions.json puts
    `latest` on while one is upcoming (tests/e2e/test_notice.py sees it in Chromium)."""
    tip = timeline.steps["announced"]["tip"]
    for page in ("index.html", "changes/index.html"):
        html = timeline.show(f"{lang}/2022-03-01/{page}", tip)
        banner = re.search(r'<div class="policy-upcoming[^"]*"[^>]*data-policy-upcoming[^>]*>(.*?)</div>', html, re.S)
        assert banner and text in banner.group(0)
        assert 'data-policy-version="2022-03-01"' in banner.group(0)
        up = "../" if page == "index.html" else "../../"
        assert f'data-policy-up="{up}"' in banner.group(0) and " hidden>" in banner.group(0)
    upcoming = timeline.show(f"{lang}/2027-03-01/index.html", tip)
    self_notice = {"fr": "Cette version s’applique à compter du 1er mars 2027.",
                   "en": "This version applies from March 1, 2027."}[lang]
    assert self_notice in upcoming
    # Read without JavaScript (reader audit 13, 11): section 1 of the version announced ahead says, in its own HTML,
    # when it was announced and takes effect (true for ever); a version never announced carries no such notice.
    announced = {"fr": "Annoncée le 20 janvier 2027, cette version entre en vigueur le 1er mars 2027.",
                 "en": "Announced on January 20, 2027, this version takes effect on March 1, 2027."}[lang]
    assert f'<p class="policy-version-announced">{announced}</p>' in upcoming
    in_force = timeline.show(f"{lang}/2022-03-01/index.html", tip)
    assert "policy-version-announced" not in in_force and "policy-upcoming-self" not in in_force
    # ... and the list of dated versions says it is the one known when the version was published (reader audit 2)
    assert {"fr": "Versions datées de ce document à sa publication :",
            "en": "Dated versions of this document when it was published:"}[lang] in in_force
    # ... and where the version in force is found, read without JavaScript (reader audit 13, 2)
    status = {"fr": "Cette page reste telle qu’elle a été publiée\u00a0: <a href=\"../history/\">l’historique des "
                    "versions</a> indique la version en vigueur aujourd’hui.",
              "en": 'This page stays as it was published: <a href="../history/">the version history</a> shows the '
                    "version in force today."}[lang]
    assert status in in_force and status in upcoming
    # Its first line says when it takes effect, never a "last updated" in the future (reader audit 13, 11).
    effect = {"fr": "Entre en vigueur le 1er mars 2027.", "en": "Takes effect on March 1, 2027."}[lang]
    assert f'<time datetime="2027-03-01">{effect}</time>' in upcoming
    assert {"fr": "Dernière mise à jour\u00a0: 1er mars 2022", "en": "Last updated: March 1, 2022"}[lang] in in_force


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_changes_page_of_a_version_announced_ahead_says_it_is_upcoming_not_archived(timeline, lang):
    """Hunt 41: the banner of the version in force links the upcoming version's changes page, which said "Version
    archivée du 1er mars 2027 : ce texte n’est plus en vigueur" (the French one: its page's front matter, where the
    announcement is, was not read for it; the translation's read the French page's)."""
    changes = timeline.show(f"{lang}/2027-03-01/changes/index.html", timeline.steps["announced"]["tip"])
    # In the article, read without JavaScript (session 30 left it hidden in Material's banner, shown by policy.js
    # alone), in words true on any day it is read: its date, and a link to the version in force (whichever it is).
    self_notice = {"fr": "Cette version s’applique à compter du 1er mars 2027.",
                   "en": "This version applies from March 1, 2027."}[lang]
    found = re.search(r'<p class="policy-upcoming-self admonition info" role="note">' + re.escape(self_notice)
                      + r'\s*<a href="../../latest/">([^<]*)</a></p>', changes)
    assert found and found.group(1) == {"fr": "Lire la version en vigueur", "en": "Read the version in force"}[lang]
    article = changes[changes.index("<article"):changes.index("</article>")]
    assert self_notice in article and 'data-md-component="outdated"' not in article
    in_force = timeline.show(f"{lang}/2022-03-01/changes/index.html", timeline.steps["announced"]["tip"])
    assert "policy-upcoming-self" not in in_force


@pytest.mark.parametrize("lang, note", [("fr", FR_NOTE), ("en", EN_NOTE)])
def test_history_and_feed_list_the_upcoming_version_with_its_note_and_announcement(timeline, lang, note):
    step = timeline.steps["announced"]
    history = step[f"{lang}/history/index.html"]
    upcoming = history[history.index('id="v2027-03-01"'):history.index('id="v2022-03-01"')]
    assert {"fr": "(à venir)", "en": "(upcoming)"}[lang] in upcoming and note in upcoming
    assert {"fr": "Entre en vigueur le 1er mars 2027 (annoncée le 20 janvier 2027) (mise en ligne le 20 janvier 2027).",
            "en": "Takes effect on March 1, 2027 (announced on January 20, 2027) (published on January 20, 2027)."}[lang] in upcoming
    current = history[history.index('id="v2022-03-01"'):]
    assert {"fr": "(en vigueur)", "en": "(in force)"}[lang] in current
    assert {"fr": "En vigueur du 1er mars 2022 au 28 février 2027 inclus",
            "en": "In force from March 1, 2022 to February 28, 2027 inclusive"}[lang] in current
    atom = step[f"{lang}/feed.xml"]
    assert atom.count("<entry>") == 2  # the first version in force, the announcement
    assert "2027-03-01/#announced</id>" in atom and "<updated>2027-01-20T00:00:00Z</updated>" in atom
    assert note in atom
    assert "2027-03-01/</id>" not in atom  # it has not taken effect


def test_the_branch_verifies_while_a_version_is_upcoming(timeline):
    report = timeline.steps["announced"]["verify"]
    assert report.problems == [] and report.rebuilt == 2


def test_nothing_moves_the_day_before(timeline):
    eve = timeline.steps["eve"]
    assert eve["tip"] == timeline.steps["announced"]["tip"]
    assert any("nothing to publish" in line for line in eve["outcome"].messages)


def test_verify_says_latest_must_move_on_the_day_until_policy_history_moves_it(timeline):
    """On the morning a version takes effect the branch holds the state of the day it was last written: said, not a
    difference. The daily job verifies before `policy history` moves it, and stopped there every day (history hunt
    16, High 1)."""
    report = timeline.steps["stale"]["verify"]
    assert report.problems == []
    assert any("2027-03-01 took effect since: `policy history` moves latest/" in note for note in report.notes), \
        report.notes


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_its_date_policy_history_makes_it_latest_and_the_feed_says_it_took_effect(timeline, lang):
    day = timeline.steps["day"]
    assert "latest is now 2027-03-01, the version in force on March 1, 2027 (fr, en: versions.json and latest/ " \
           "rewritten)" in day["outcome"].messages
    assert versions(day, lang) == [("2027-03-01", ["latest"], False), ("2022-03-01", [], False)]
    assert timeline.tree(f"{lang}/latest", day["tip"]) == timeline.tree(f"{lang}/2027-03-01", day["tip"])
    assert day[f"{lang}/feed.xml"].count("<entry>") == 3
    assert "<updated>2027-03-01T00:00:00Z</updated>" in day[f"{lang}/feed.xml"]
    history = day[f"{lang}/history/index.html"]
    newest = history[history.index('id="v2027-03-01"'):history.index('id="v2022-03-01"')]
    assert {"fr": "(en vigueur)", "en": "(in force)"}[lang] in newest
    assert day["verify"].problems == []
    # the dated versions themselves never changed
    for version in ("2022-03-01", "2027-03-01"):
        assert timeline.tree(f"{lang}/{version}", day["tip"]) == \
            timeline.tree(f"{lang}/{version}", timeline.steps["announced"]["tip"])


@pytest.mark.parametrize("day, expected", [
    ("2027-02-28", "2022-03-01 https://www.dial-once.com/politique-de-confidentialite/en/2022-03-01/ "
                   "(in force from March 1, 2022 to February 28, 2027 inclusive)"),
    ("2027-03-01", "2027-03-01 https://www.dial-once.com/politique-de-confidentialite/en/2027-03-01/ "
                   "(in force from March 1, 2027)"),
    ("2022-03-01", "2022-03-01 https://www.dial-once.com/politique-de-confidentialite/en/2022-03-01/ "
                   "(in force from March 1, 2022 to February 28, 2027 inclusive)"),
])
def test_policy_at_either_side_of_each_boundary(timeline, capsys, day, expected):
    assert cli.main(["--root", str(timeline.root), "at", day, "--lang", "en"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0] == expected
    # between its announcement and its effect, the next version the site showed too (histories22)
    assert lines[1:] == (["on February 28, 2027 the site also showed 2027-03-01, announced ahead: published on January "
                          "20, 2027, it takes effect on March 1, 2027; readers had been told of it since January 20, "
                          "2027"] if day == "2027-02-28" else []), lines


def test_policy_at_before_the_first_version_and_a_bad_day(timeline, capsys):
    assert cli.main(["--root", str(timeline.root), "at", "2022-02-28"]) == 1
    assert capsys.readouterr().err.strip() == ("error: no version was in force on February 28, 2022: the first published, "
                                               "2022-03-01, took effect on March 1, 2022")
    with pytest.raises(SystemExit) as exit_:
        cli.main(["--root", str(timeline.root), "at", "2022-02-30"])
    assert exit_.value.code == 2


def test_policy_at_says_a_version_is_upcoming(published, capsys):
    project = published
    commit_version(project, "2027-03-01", fr_keys={"announced": "2027-01-20"})
    project.publish()
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "at", "2027-03-01"]) == 0
    assert capsys.readouterr().out.strip() == ("2027-03-01 https://www.dial-once.com/politique-de-confidentialite/"
                                               "fr/2027-03-01/ (upcoming: takes effect on March 1, 2027)\n"
                                               # and that it is announced, the text in force today beside it (legal30)
                                               "2027-03-01 is announced ahead: published on January 20, 2027, it is "
                                               "not in force yet; the text in force today, January 20, 2027, is "
                                               "2022-03-01")


# --- The notice rule ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def first_published(tmp_path_factory) -> Project:
    """2022-03-01 committed and published by `policy history` on that day, once for the module: copied by `published`."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("GIT_CONFIG_GLOBAL", os.devnull)
        mp.setenv("NO_MKDOCS_2_WARNING", "1")
        project = new_project(tmp_path_factory.mktemp("published") / "project")
        freeze(mp, dt.date(2022, 3, 1))
        project.commit("2022-03-01")
        assert project.history().published == ["2022-03-01"]
    return project


@pytest.fixture
def published(first_published, tmp_path, monkeypatch) -> Project:
    """2022-03-01 published (a copy of the module's, which the test may change), and today the day of ANNOUNCED."""
    project = copy_of(first_published, tmp_path / "project")
    freeze(monkeypatch, ANNOUNCED)
    return project


def test_a_material_version_5_days_ahead_is_refused_naming_both_dates(published):
    commit_version(published, "2027-01-25", fr_keys={"announced": "2027-01-20"})
    before = published.branch()
    with pytest.raises(RefusedError) as refused:
        published.publish()
    messages = [f.message for f in refused.value.refusal.findings]
    assert "date 2027-01-25 is 5 days after announced 2027-01-20: a material change needs 30 days' notice; " \
           "date it February 19, 2027 or later (or `change: editorial` if it changes no one's rights)" in messages
    assert {f.rule for f in refused.value.refusal.findings} == {"frontmatter.notice"}
    assert published.branch() == before
    outcome = published.history()
    assert [r.version for r in outcome.refused] == ["2027-01-25"] and published.branch() == before


def test_a_date_in_the_future_without_announced_is_refused(published):
    commit_version(published, "2027-03-01", fr_keys={})
    with pytest.raises(RefusedError) as refused:
        published.publish()
    assert [f.rule for f in refused.value.refusal.findings] == ["frontmatter.date-future"] * 2
    assert "to publish it ahead, add announced: 2027-01-20" in refused.value.refusal.findings[0].message


def test_a_version_announced_long_ago_but_published_late_gives_its_notice_from_the_day_it_is_published(published):
    commit_version(published, "2027-02-01", fr_keys={"announced": "2026-12-01"})
    with pytest.raises(RefusedError) as refused:
        published.publish()
    assert [f.message for f in refused.value.refusal.findings][-1] == (
        "date 2027-02-01 is 12 days after today, January 20, 2027, when it would first be published: a material "
        "change needs 30 days' notice; date it February 19, 2027 or later")


def test_a_version_published_ahead_says_it_was_announced_the_day_it_is_published(published):
    """Security hunt 23, finding 2: `announced:` years back, with notice enough from today, was published: the page,
    the history and the feed (an entry dated 2024, filed among old ones) said readers were told then."""
    commit_version(published, "2027-03-01", fr_keys={"announced": "2024-06-01"})
    before = published.branch()
    with pytest.raises(RefusedError) as refused:
        published.publish()
    assert [(f.rule, f.line, f.message) for f in refused.value.refusal.findings] == [
        ("frontmatter.notice", 3, "announced: 2024-06-01 is before today, January 20, 2027, when the version would "
         "first be published: the page, the history and the feed would say readers were told on June 1, 2024; write "
         "announced: 2027-01-20")]
    assert published.branch() == before
    outcome = published.history()
    assert [r.version for r in outcome.refused] == ["2027-03-01"] and published.branch() == before
    commit_version(published, "2027-03-01", fr_keys={"announced": "2027-01-20"})
    assert published.publish().published == ["2027-03-01"]


def redated(project: Project, moment: str) -> None:
    """gh-pages rewritten as `git filter-branch --env-filter` does: every commit's tree, parents and subject kept,
    its dates moved to `moment`."""
    mapped: dict[str, str] = {}
    env = {**os.environ, "GIT_AUTHOR_DATE": moment, "GIT_COMMITTER_DATE": moment, "GIT_AUTHOR_NAME": "x",
           "GIT_AUTHOR_EMAIL": "x@example.com", "GIT_COMMITTER_NAME": "x", "GIT_COMMITTER_EMAIL": "x@example.com"}
    for commit in git(project.root, "rev-list", "--reverse", "--topo-order", "gh-pages").split():
        parents = [arg for parent in git(project.root, "show", "-s", "--format=%P", commit).split()
                   for arg in ("-p", mapped[parent])]
        message = git(project.root, "show", "-s", "--format=%B", commit)
        mapped[commit] = subprocess.run(["git", "commit-tree", f"{commit}^{{tree}}", *parents, "-m", message],
                                        cwd=project.root, env=env, capture_output=True, text=True,
                                        check=True).stdout.strip()
    git(project.root, "update-ref", "refs/heads/gh-pages", mapped[commit])


def test_verify_names_a_version_published_ahead_whose_publication_the_branch_dates_after_its_announcement(published,
                                                                                                       monkeypatch):
    """History hunt 18, finding 7: gh-pages rewritten with every subject kept and every date moved (filter-branch)
    passed verify; its history, the proof of when each text reached the site, then said a material change announced
    on one day reached the site weeks later, days before it took effect."""
    today = clock.today()
    announced, date = today, today + dt.timedelta(days=40)
    commit_version(published, date.isoformat(), fr_keys={"announced": announced.isoformat()})
    monkeypatch.setattr(clock, "today", lambda: announced)
    assert published.publish().published == [date.isoformat()]
    assert verify.verify(root=published.root).problems == []
    redated(published, f"{(today + dt.timedelta(days=1)).isoformat()}T23:00:00+00:00")  # a publication past midnight
    # (the newest publication's day is within a day of the one its manifest records; the module's, 2022-03-01, whose
    # record says another day, is named: histories21, `verify.misdated/not-recorded`)
    assert [p for p in verify.verify(root=published.root).problems if "Publish 2022-03-01" not in p or
            ", though the publication record of 2022-03-01 it added says it was published " not in p] == []
    moved = today + dt.timedelta(days=26)
    redated(published, f"{moved.isoformat()}T12:00:00+00:00")
    problems = verify.verify(root=published.root).problems
    assert [p for p in problems if p.startswith(f"{date.isoformat()}: announced on ")] == [
        f"{date.isoformat()}: announced on {strings.long_date(announced, 'en')} and published ahead of its date, by "
        f"{published.branch()[:7]}, which is dated {strings.long_date(moved, 'en')}: publishing dates such a version on the day it "
        "is announced, so gh-pages's dates were changed (its history is the proof of when each text reached the "
        "site): restore the branch from a copy that has them"], problems


def amended(project: Project, *, author: str, committer: str) -> str:
    """gh-pages's tip rewritten as `git commit --amend --date=AUTHOR` does at COMMITTER: its tree, parent and
    message kept, the author's date set, the committer's that of the moment it was amended."""
    tip = project.branch()
    parents = git(project.root, "show", "-s", "--format=%P", tip).split()
    env = {**os.environ, "GIT_AUTHOR_DATE": author, "GIT_COMMITTER_DATE": committer, "GIT_AUTHOR_NAME": "x",
           "GIT_AUTHOR_EMAIL": "x@example.com", "GIT_COMMITTER_NAME": "x", "GIT_COMMITTER_EMAIL": "x@example.com"}
    commit = subprocess.run(["git", "commit-tree", f"{tip}^{{tree}}", *(a for p in parents for a in ("-p", p)), "-m",
                             git(project.root, "show", "-s", "--format=%B", tip)], cwd=project.root, env=env,
                            capture_output=True, text=True, check=True).stdout.strip()
    git(project.root, "update-ref", "refs/heads/gh-pages", commit)
    return commit


def test_verify_names_a_publishing_commit_whose_dates_were_changed_by_hand(published):
    """Archive hunt 22, finding 2: `git commit --amend --date` on a publishing commit, or every date moved by
    filter-branch to before the version it published, passed verify: the branch's history is the proof of when each
    text reached the site. Publishing dates its commits on the gate's day (clock.stamp), author and committer alike,
    each after the one before, and a version without `announced:` on or after its date."""
    commit_version(published, "2027-01-10", fr_keys={}, fr="Nous traitons vos données trois ans.",
                   en="We process your data for three years.")
    assert published.publish().published == ["2027-01-10"]
    stamp = git(published.root, "show", "-s", "--format=%ad %cd", "--date=format:%F", "gh-pages")  # in its own zone, UTC
    assert stamp.split() == [ANNOUNCED.isoformat()] * 2  # the gate's day, a frozen one included
    assert verify.verify(root=published.root).problems == []
    original = published.branch()

    tip = amended(published, author="2027-01-12T09:00:00+00:00", committer="2027-01-20T15:00:00+00:00")
    problems = verify.verify(root=published.root).problems
    assert [p for p in problems if p.startswith("gh-pages: ")] == [
        f"gh-pages: its commit {tip[:7]} “Publish 2027-01-10 (fr, en) from {published.branch('main')[:12]}” is dated "
        "2027-01-12 09:00 UTC by its author and 2027-01-20 15:00 UTC by its committer, where publishing writes one "
        "date for both: it was rewritten since (`git commit --amend --date`, a rebase): gh-pages's history, the proof "
        "of when each text reached the site, was rewritten with other dates: restore the branch from a copy that has "
        "them"], problems

    git(published.root, "update-ref", "refs/heads/gh-pages", original)
    tip = amended(published, author="2021-06-01T09:00:00+00:00", committer="2021-06-01T09:00:00+00:00")
    problems = [p for p in verify.verify(root=published.root).problems if p.startswith("gh-pages: ")]
    assert len(problems) == 2 and "is dated 2021-06-01 09:00 UTC, before the commit it follows" in problems[0] \
        and "is dated 2021-06-01 09:00 UTC, before 2027-01-10, the date of the version it published, which has no " \
        "`announced:`: publishing refuses such a text before its date" in problems[1], problems

    git(published.root, "update-ref", "refs/heads/gh-pages", original)
    redated(published, "2027-01-05T12:00:00+00:00")  # every commit, its dates in order
    problems = [p for p in verify.verify(root=published.root).problems if p.startswith("gh-pages: ")]
    # (and the module's publication of 2022-03-01, its record saying another day: histories21)
    assert len(problems) == 2 and f"its commit {published.branch()[:7]}" in problems[0] and \
        "before 2027-01-10, the date of the version it published" in problems[0] and \
        "“Publish 2022-03-01 (fr, en) from " in problems[1] and \
        "is dated 2027-01-05 12:00 UTC, though the publication record of 2022-03-01 it added says" in problems[1], problems


def test_an_editorial_version_is_published_ahead_without_notice_and_takes_effect_on_its_date(published, monkeypatch):
    commit_version(published, "2027-01-25", fr_keys={"announced": "2027-01-20", "change": "editorial"})
    outcome = published.publish()
    assert outcome.published == ["2027-01-25"]
    listed = json.loads(published.show("fr/versions.json"))
    assert [(v["version"], v["aliases"]) for v in listed] == [("2027-01-25", []), ("2022-03-01", ["latest"])]
    manifest = mf.VersionManifest.loads(published.show("manifest/2027-01-25.json").encode())
    assert manifest.languages["fr"].changes["change"] == "editorial"
    assert "(modification rédactionnelle)" in published.show("fr/history/index.html")
    freeze(monkeypatch, dt.date(2027, 1, 25))
    published.history()
    listed = json.loads(published.show("fr/versions.json"))
    assert [(v["version"], v["aliases"]) for v in listed] == [("2027-01-25", ["latest"]), ("2022-03-01", [])]
    assert published.tree("fr/latest") == published.tree("fr/2027-01-25")


def test_a_text_first_published_after_its_date_onto_the_archive_is_said_to_rewrite_past_days(published):
    """Hunt 9's history findings 4, 5 and 15: a text dated years back, a material change in force the day it is
    published, an announcement published after its date: published (CI publishes late), each said in a warning."""
    commit_version(published, "2023-06-01", fr_keys={"announced": "2023-04-01"})
    outcome = published.publish()
    assert outcome.published == ["2023-06-01"]
    notes = [w for w in outcome.warnings if w.startswith("2023-06-01")]
    assert notes == [
        "2023-06-01 is first published today, January 20, 2027, after its date: the archive now says it was in force "
        "from June 1, 2023, when the site showed 2022-03-01; if that text was not public from June 1, 2023, date the "
        "new text January 20, 2027 or later",
        "2023-06-01: a material change in force the day it is published, with no notice (publish it 30 days "
        "ahead with announced:, or mark it `change: editorial` if it changes no one's rights)",
        "2023-06-01: announced: 2023-04-01 says it was announced, but the site never showed it before its date: "
        "the history page and the feed record an announcement nobody could read (remove announced: from a text "
        "published on or after its date)"]


def test_the_same_words_under_a_new_date_are_not_said_to_be_a_material_change(published):
    """History hunt 31, finding 16: the text in force committed again under a new date (its front matter only
    changed) was warned of as "a material change in force the day it is published, with no notice"."""
    commit_version(published, "2023-06-01", fr_keys={}, fr="Nous traitons vos données avec soin.",
                   en="We process your data with care.")  # the words of 2022-03-01 (policy_repo's pages)
    outcome = published.publish()
    assert outcome.published == ["2023-06-01"]
    notes = [w for w in outcome.warnings if w.startswith("2023-06-01")]
    assert len(notes) == 2 and notes[0].startswith("2023-06-01 is first published today"), notes
    assert notes[1].startswith("2023-06-01: its text is, word for word, that of 2022-03-01"), notes  # (texts 27)


def test_an_editorial_text_dated_today_onto_the_archive_and_a_first_history_say_nothing(tmp_path, monkeypatch):
    project = new_project(tmp_path / "project")
    freeze(monkeypatch, ANNOUNCED)
    project.commit("2021-01-01")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    outcome = project.history()  # a site's first publication: its history, public before
    assert outcome.published == ["2021-01-01", "2022-03-01"] and outcome.warnings == []
    commit_version(project, ANNOUNCED.isoformat(), fr_keys={"change": "editorial"})
    outcome = project.history()
    assert outcome.published == [ANNOUNCED.isoformat()] and outcome.warnings == []


def test_verify_names_an_announced_version_the_branch_no_longer_holds(first_published, tmp_path, monkeypatch):
    """History hunt 13, f_rewind_upcoming: gh-pages rewound past a version announced ahead (a force-push) passed
    verify, and the same date could then be published with another text than the one announced."""
    project = copy_of(first_published, tmp_path / "project")  # 2022-03-01 published by `policy history` that day
    before = project.branch()
    freeze(monkeypatch, ANNOUNCED)
    commit = commit_version(project, "2027-03-01", fr_keys={"announced": "2027-01-20", "summary": FR_NOTE},
                            en_keys={"summary": EN_NOTE})
    assert project.publish().published == ["2027-03-01"]
    assert verify.verify(root=project.root).problems == []
    published = project.branch() or ""
    git(project.root, "branch", "-f", "gh-pages", before)  # the rewind
    freeze(monkeypatch, dt.date(2027, 1, 25))  # announced; this clone's reflog of gh-pages held it: that is said,
    problems = verify.verify(root=project.root).problems  # with the commit to put back, not "publish it" (histories25)
    assert [problem.partition(" (this clone's reflog")[0] for problem in problems] == [
        f"2027-03-01: was on gh-pages at commit {published[:7]}"], problems
    freeze(monkeypatch, dt.date(2027, 1, 19))  # before its announcement too (histories6)
    problems = verify.verify(root=project.root).problems
    assert [problem.partition(" (this clone's reflog")[0] for problem in problems] == [
        f"2027-03-01: was on gh-pages at commit {published[:7]}"], problems
    git(project.root, "reflog", "expire", "--expire-unreachable=now", "--all")  # the way out its refusal gives
    assert verify.verify(root=project.root).problems == []  # before its announcement: still to be published
    freeze(monkeypatch, dt.date(2027, 1, 25))  # no trace of the rewind left: the announcement is what says it
    problems = verify.verify(root=project.root).problems
    assert problems == [f"2027-03-01 (commit {commit[:7]}): a dated version of the history, announced on "
                        "January 20, 2027 to take effect on March 1, 2027, is not on gh-pages: publish it (`policy history`), or find out "
                        "why the branch lacks it (rewound by a force-push? the text readers were told of must stay as "
                        "it was announced)"], problems


def test_a_version_announced_ahead_never_copies_a_hand_edit_of_the_one_in_force_into_latest(first_published, tmp_path,
                                                                                            monkeypatch):
    """History hunt 40: publishing a version ahead writes latest/ again as a copy of the version in force, taken from
    the branch as it was: a page of it edited by hand went to latest/, the address readers are sent to."""
    from policysite.errors import PublishError

    project = copy_of(first_published, tmp_path / "project")  # 2022-03-01 published by `policy history` that day
    page = project.show("fr/2022-03-01/index.html")
    work = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(work), "gh-pages")
    (work / "fr" / "2022-03-01" / "index.html").write_text(page.replace("un an", "dix ans"), encoding="utf-8")
    git(work, "commit", "-qam", "hand edit")
    git(project.root, "worktree", "remove", "--force", str(work))
    tip = project.branch()
    freeze(monkeypatch, ANNOUNCED)
    commit_version(project, "2027-03-01", fr_keys={"announced": "2027-01-20", "summary": FR_NOTE},
                   en_keys={"summary": EN_NOTE})
    # (said where the aliases the next version carries are read from that page, since reader23's title slugs, or
    # where latest/ would be copied from it)
    with pytest.raises(PublishError, match=r"fr/2022-03-01/index\.html(: changed \(recorded fingerprint .*: the "
                                           r"version in force is not as published| is not the file the publication "
                                           r"record holds \(edited on the branch\))"):
        project.history()  # `policy publish` says the same, once the new version is built
    assert project.branch() == tip and project.show("fr/latest/index.html") == page


def test_a_refused_later_text_keeps_no_superseded_version_in_force_when_the_archive_alone_is_brought_up_to_date(
        published, monkeypatch):
    """History hunt 18, Medium: on the day an announced version took effect, a later draft on main with a typo had the
    daily `policy history` refused, and latest/ stayed on the superseded text. The daily job first brings the archive
    alone up to today (`--archive-only`), which publishes nothing; then `policy history` refuses the draft."""
    commit_version(published, "2027-03-01", fr_keys={"announced": "2027-01-20"})
    assert published.publish().published == ["2027-03-01"]
    published.commit("2027-06-01", fr="Nous traitons vos donnéez avec soin.", en="We process your dataz with care.")
    freeze(monkeypatch, dt.date(2027, 3, 1))
    before = published.branch()
    refused = published.history()
    assert [r.version for r in refused.refused] == ["2027-06-01"] and published.branch() == before
    outcome = published.history(archive_only=True)
    assert outcome.refused == [] and outcome.published == [] and published.branch() != before
    assert published.tree("fr/latest") == published.tree("fr/2027-03-01")
    assert not any(f.startswith("fr/2027-06-01") for f in published.files())
    assert [(v["version"], v["aliases"]) for v in json.loads(published.show("fr/versions.json"))] == [
        ("2027-03-01", ["latest"]), ("2022-03-01", [])]
    assert verify.verify(root=published.root).problems == []
    # history hunt 33: a draft dated back before another (2027-05-01 after 2027-06-01, neither published) refused the
    # archive alone too (history.backdated), and latest/ stayed on the superseded text
    published.commit("2027-05-01", fr="Nous traitons vos données avec prudence.", en="We process your data with prudence.")
    git(published.root, "branch", "-f", "gh-pages", before)
    outcome = published.history(archive_only=True)
    assert outcome.refused == [] and published.tree("fr/latest") == published.tree("fr/2027-03-01")
    result = published.run("history", "--archive-only")
    # history hunt 23: it said "the 0 dated version(s) of the history are on gh-pages": it reads none
    assert result.returncode == 0 and ("nothing published (--archive-only): the 2 versions on gh-pages are kept as "
                                       "published") in result.stdout, result.stdout + result.stderr
    # history hunt 19: with --rebuild it rebuilt nothing without a word; the two are one or the other
    result = published.run("history", "--rebuild", "--archive-only")
    assert result.returncode == 2 and "not allowed with argument --rebuild" in result.stderr, result.stderr



def test_a_summary_left_from_the_version_before_is_refused_while_the_text_changed(timeline):
    """Legal hunt 36: the summary: of the last edit, left as it was, was published as the next version's: the
    history, its changes page and the feed said it changed what the version before changed."""
    step = timeline.steps["stale summary"]
    assert [(f.path, f.rule) for f in step["findings"]] == [("docs/en/index.md", "frontmatter.summary-repeated"),
                                                           ("docs/fr/index.md", "frontmatter.summary-repeated")]
    assert step["findings"][1].message.startswith("summary: is the same as 2027-03-01's, the version before")
    assert step["kept"]
