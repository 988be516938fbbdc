"""The company's day: `extra.policy.time_zone` makes "today" the day in that zone (a version takes effect at 00:00
there), for the gate, `latest`, `policy at` and verify alike. A synthetic project, with a frozen instant."""
from __future__ import annotations

import datetime as dt
import json
import os
import re

import pytest

from helpers import git, synthetic_policy
from policy_repo import new_project
from policysite import checks, cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")


def at_instant(monkeypatch: pytest.MonkeyPatch, moment: str) -> None:
    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat(moment))


def _zoned_project(tmp_path, zone: str):
    """A new project whose mkdocs.yml names the company's time zone `zone`."""
    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  policy:\n", f"  policy:\n    time_zone: {zone}\n", 1),
                      encoding="utf-8")
    return project


@pytest.fixture(autouse=True)
def environment(monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("NO_MKDOCS_2_WARNING", "1")


def test_a_version_takes_effect_at_midnight_in_the_companys_time_zone(tmp_path, monkeypatch, capsys):
    """In Auckland it is already 1 March 2027, 01:00, at 12:00 UTC on 28 February: the version dated 2027-03-01 is in
    force there, and publishing it is no publication ahead of its date (in UTC it would be, without `announced:`)."""
    project = _zoned_project(tmp_path, "Pacific/Auckland")
    project.commit("2027-03-01")
    at_instant(monkeypatch, "2027-02-28T12:00:00+00:00")

    assert cli.main(["--root", str(project.root), "publish"]) == 0
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "at", "2027-03-01"]) == 0
    assert "2027-03-01 " in (out := capsys.readouterr().out) and "(in force from March 1, 2027)" in out
    assert '"latest"' in project.show("fr/versions.json") and project.tree("fr/latest") == project.tree("fr/2027-03-01")
    # an instant (a complaint's, a consent record's time) is asked about on its day in Auckland (history 26: only a
    # day was taken, its time zone the DPO's to count): 11:00 UTC is midnight there, a minute before is 28 February
    assert cli.main(["--root", str(project.root), "at", "2027-02-28T11:00:00Z"]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("2027-03-01 ") and said.out.splitlines()[1] == "2027-02-28T11:00:00+00:00 is " \
        "2027-03-01T00:00+13:00, on March 1, 2027 in Pacific/Auckland, the company's time zone, where a version takes " \
        "effect at 00:00", said
    # with the proof, as a DPO reads it: the answer, the day the instant falls on, then what proves it (histories24:
    # the instant's day came after the proof lines)
    assert cli.main(["--root", str(project.root), "at", "2027-02-28T11:00:00Z", "--proof"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("2027-03-01 ") and lines[1].startswith("2027-02-28T11:00:00+00:00 is ") and \
        lines[2].startswith("source: docs/fr/index.md at commit ") and len(lines) > 3, lines
    assert cli.main(["--root", str(project.root), "at", "2027-02-28T23:59+13:00"]) == 1
    said = capsys.readouterr()
    assert "no version was in force on February 28, 2027" in said.err and "note: 2027-02-28T23:59:00+13:00 is " \
        "2027-02-28T23:59+13:00, on February 28, 2027 in Pacific/Auckland" in said.err, said
    with pytest.raises(SystemExit):
        cli.main(["--root", str(project.root), "at", "2027-02-28T11:00:00"])
    assert "has no offset from UTC: its day depends on it" in capsys.readouterr().err
    assert cli.main(["--root", str(project.root), "verify"]) == 0, capsys.readouterr()
    # the publishing commit is dated at the instant it was made, the company's day 1 March
    stamp = int(git(project.root, "log", "-1", "--format=%ct", "gh-pages").strip())
    assert stamp == int(dt.datetime.fromisoformat("2027-02-28T12:00:00+00:00").timestamp())


def test_a_time_zone_no_calendar_knows_is_an_error_line_naming_the_setting(tmp_path, capsys):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  policy:\n", "  policy:\n    time_zone: "
                                                                 "Europe/Pariss\n", 1), encoding="utf-8")

    assert cli.main(["--root", str(project.root), "check"]) == 2
    err = capsys.readouterr().err
    assert "extra.policy.time_zone: 'Europe/Pariss' is no time zone" in err and "Traceback" not in err


@pytest.mark.parametrize(("zone", "cron"), [("Europe/Paris", "23 23 * * *"), ("Asia/Kolkata", "53 18 * * *"),
                                            ("America/New_York", "23 5 * * *"), ("", "23 4 * * *")])
def test_init_writes_the_companys_time_zone_and_runs_the_daily_job_soon_after_its_midnight(tmp_path, capsys, zone,
                                                                                            cron):
    """`policy init --time-zone`: the setting, and GitHub's cron (in UTC) at 00:23 there in standard time: 04:23 UTC
    ran at 23:23 the evening before in New York (`latest` moved a day late), and at 17:23 in Auckland."""
    from policysite import settings

    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en",
                     *(["--time-zone", zone] if zone else [])]) == 0
    assert settings.load(site).time_zone == zone
    assert f'- cron: "{cron}"' in (site / ".github/workflows/publish.yml").read_text(encoding="utf-8")

    assert cli.main(["init", str(tmp_path / "other"), "--company", "Example Ltd", "--languages", "en",
                     "--time-zone", "Europe/Pariss"]) == 2
    assert "error: --time-zone: 'Europe/Pariss' is no time zone" in capsys.readouterr().err
    assert not (tmp_path / "other").exists()


def test_the_checks_a_preview_runs_count_the_companys_day(tmp_path, monkeypatch):
    """`make preview` runs the checks from MkDocs (`background`), outside any `policy` command: a version dated 1 March
    was "dated in the future" there at 01:00 on 1 March in Auckland."""
    from policysite import checks

    project = new_project(tmp_path / "project")
    project.write("2027-03-01")
    at_instant(monkeypatch, "2027-02-28T12:00:00+00:00")
    config = project.root / "mkdocs.yml"
    utc = config.read_text(encoding="utf-8")
    assert "frontmatter.date-future" in {f.rule for f in checks.check_project(root=project.root)}
    config.write_text(utc.replace("  policy:\n", "  policy:\n    time_zone: Pacific/Auckland\n", 1), encoding="utf-8")
    assert "frontmatter.date-future" not in {f.rule for f in checks.check_project(root=project.root)}
    assert clock.zone() is dt.UTC  # nothing left behind
    # a day later there, the finding says whose day it counts (history 26: "today is 2027-03-01 in UTC", on UTC's
    # 28 February)
    project.write("2027-03-02")
    said = [f.message for f in checks.check_project(root=project.root) if f.rule == "frontmatter.date-future"]
    assert said and all("(today is March 1, 2027 in Pacific/Auckland, the company's time zone, the day the site goes "
                        "by)" in message for message in said), said
    french = [f.in_language("fr").message for f in checks.check_project(root=project.root)
              if f.rule == "frontmatter.date-future"]
    assert french and all("(nous sommes le 1er mars 2027 dans le fuseau horaire de l'entreprise, Pacific/Auckland, "
                          "celui dont le site suit les jours)" in message for message in french), french
    config.write_text(utc, encoding="utf-8")
    said = [f.message for f in checks.check_project(root=project.root) if f.rule == "frontmatter.date-future"]
    assert said and all("(today is February 28, 2027 in UTC, the day every machine and the site go by)" in message
                        for message in said), said


def test_upgrade_moves_the_daily_job_the_generator_scheduled_to_soon_after_the_companys_midnight(tmp_path, capsys):
    """A site made without a time zone, then given `time_zone: America/New_York`: its job kept running at 04:23 UTC,
    23:23 the evening before in New York, `latest` moving a day late; `policy upgrade` now writes the generator's line
    for the zone (the workflow committed first, as hooks/ and overrides/ are), and leaves a schedule of the site's own
    as it is, warning where it runs hours after midnight there."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    workflow = site / ".github/workflows/publish.yml"
    assert '- cron: "23 4 * * *"' in workflow.read_text(encoding="utf-8")
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\n  policy:\n",
                                                                 "\n  policy:\n    time_zone: America/New_York\n"),
                      encoding="utf-8")
    workflow.write_text(workflow.read_text(encoding="utf-8") + "# a note\n", encoding="utf-8")
    git(site, "add", "mkdocs.yml")
    git(site, "commit", "-q", "-m", "the company's time zone")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "upgrade"]) == 1  # what it would rewrite is not in git
    assert ".github/workflows/publish.yml: not committed" in capsys.readouterr().err
    assert '- cron: "23 4 * * *"' in workflow.read_text(encoding="utf-8")
    git(site, "commit", "-q", "-am", "a note")

    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert "rescheduled .github/workflows/publish.yml: the daily job now runs at 05:23 UTC, 00:23 in " \
        "America/New_York (standard time)" in capsys.readouterr().out
    text = workflow.read_text(encoding="utf-8")
    assert '- cron: "23 5 * * *"  # every day at 05:23 UTC: 00:23 in America/New_York' in text and "# a note" in text
    git(site, "commit", "-q", "-am", "rescheduled")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert "rescheduled" not in capsys.readouterr().out
    # settings it cannot read (a zone mistyped): the schedule stays, never moved back to UTC's
    good = config.read_text(encoding="utf-8")
    config.write_text(good.replace("America/New_York", "America/New_Yrok"), encoding="utf-8")
    git(site, "commit", "-q", "-am", "a typo")
    cli.main(["--root", str(site), "upgrade"])
    assert "rescheduled" not in capsys.readouterr().out and workflow.read_text(encoding="utf-8") == text
    config.write_text(good, encoding="utf-8")
    git(site, "commit", "-q", "-am", "the zone again")

    workflow.write_text(text.replace(text.split("- cron: ")[1].split("\n")[0], '"0 12 * * *"'), encoding="utf-8")
    git(site, "commit", "-q", "-am", "the site's own schedule")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    said = capsys.readouterr()
    assert "rescheduled" not in said.out and '- cron: "0 12 * * *"\n' in workflow.read_text(encoding="utf-8")
    assert 'warning: .github/workflows/publish.yml: the daily job (`cron: "0 12 * * *"`, in UTC) runs at 07:00 and ' \
        "08:00 in America/New_York, hours after a version takes effect at 00:00 there" in said.err


def test_check_warns_of_a_daily_job_left_on_another_time_zones_schedule(tmp_path, capsys):
    """`time_zone` set in mkdocs.yml by hand after `policy init`, `policy upgrade` never run: the job still runs at
    04:23 UTC, 23:23 the evening before in New York; `policy check` says so, naming the workflow's line and the
    command that moves it, until the schedule runs soon after midnight there (a schedule of the site's own: the
    line to write)."""
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    (site / "docs/en/index.md").write_text(synthetic_policy("2021-02-17"), encoding="utf-8")
    git(site, "add", "docs")
    git(site, "commit", "-q", "-m", "the policy")
    workflow = site / ".github/workflows/publish.yml"
    line = workflow.read_text(encoding="utf-8").split("\n").index(
        next(one for one in workflow.read_text(encoding="utf-8").split("\n") if "- cron:" in one)) + 1

    def said() -> list[str]:
        return [str(f) for f in checks.check_project(root=site) if f.rule == "schedule.late"]

    assert said() == []  # without a zone, the generator's UTC schedule
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("\n  policy:\n",
                                                                 "\n  policy:\n    time_zone: America/New_York\n"),
                      encoding="utf-8")
    assert said() == [f'.github/workflows/publish.yml:{line}: warning: [schedule.late] the daily job (`cron: "23 4 * * '
                      '*"`, in UTC) runs at 23:23 in America/New_York, the site\'s time zone, not soon after 00:00 '
                      "there, when a version takes effect: `latest` moves onto a version that late (a day late where "
                      "the job runs the evening before); it was scheduled for another time zone: `policy upgrade` "
                      'moves it to `cron: "23 5 * * *"  # every day at 05:23 UTC: 00:23 in America/New_York '
                      "(standard time), soon after a version's date begins there`"]
    git(site, "commit", "-q", "-am", "the company's time zone")
    assert cli.main(["--root", str(site), "upgrade"]) == 0
    assert said() == []
    text = workflow.read_text(encoding="utf-8")
    workflow.write_text(text.replace(text.split("- cron: ")[1].split("\n")[0], '"0 12 * * *"'), encoding="utf-8")
    assert [message.split("[schedule.late] ")[1] for message in said()] == [
        'the daily job (`cron: "0 12 * * *"`, in UTC) runs at 07:00/08:00 in America/New_York, the site\'s time '
        "zone, not soon after 00:00 there, when a version takes effect: `latest` moves onto a version that late (a "
        'day late where the job runs the evening before); schedule it soon after midnight there: `cron: "23 5 * * *"'
        "  # every day at 05:23 UTC: 00:23 in America/New_York (standard time), soon after a version's date begins "
        "there`"]
    capsys.readouterr()


def test_policy_at_says_what_the_site_showed_before_a_late_version_reached_it_on_the_companys_day(tmp_path, monkeypatch,
                                                                                                 capsys):
    """histories7: 2022-03-01 published late, at 03:00 UTC on 10 March, 9 March in New York: `policy at` a day before
    that answered 2022-03-01 alone, which no reader was shown; it now says the site still showed 2021-02-17, counting
    the day the text reached the site in the company's zone, as the gate counts its days."""
    project = _zoned_project(tmp_path, "America/New_York")
    project.commit("2021-02-17")
    at_instant(monkeypatch, "2021-02-17T17:00:00+00:00")
    assert cli.main(["--root", str(project.root), "publish"]) == 0
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    at_instant(monkeypatch, "2022-03-10T03:00:00+00:00")
    assert cli.main(["--root", str(project.root), "publish"]) == 0
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "at", "2022-03-08"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2022-03-01 ") and out.endswith(
        "\n2022-03-01 reached the site only on March 9, 2022, after its date: on March 8, 2022 the site still showed "
        "2021-02-17 as the text in force (the branch's commit of March 9, 2022 is the proof of when 2022-03-01 was "
        "published)\n"), out
    for day in ("2022-03-09", "2021-03-01"):
        assert cli.main(["--root", str(project.root), "at", day]) == 0
        assert "reached the site only" not in capsys.readouterr().out
    # reader11: the site's at page says it too (at.js reads these days in its data), and verify, rebuilding the
    # archive's pages from the branch's history, finds them as published
    page = git(project.root, "show", "gh-pages:fr/at/index.html")
    data = json.loads(re.search(r'<script type="application/json" class="policy-at-data">(.*?)</script>', page)[1])
    assert data["late"]["windows"] == [{"version": "2022-03-01", "from": "2022-03-01", "until": "2022-03-08",
                                        "shown": "2021-02-17", "published": "2022-03-09", "version_text": "1er mars 2022",
                                        "shown_text": "17 février 2021", "published_text": "9 mars 2022"}]
    assert data["late"]["note"].startswith("La version {version} n’a été publiée sur le site que le {published}, après "
                                           "sa date\u00a0: le {day}, le site montrait encore la version {shown}")
    english = json.loads(re.search(r'class="policy-at-data">(.*?)</script>',
                                   git(project.root, "show", "gh-pages:en/at/index.html"))[1])
    assert english["late"]["note"].startswith("{Version} reached the site only on {published}".replace("{V", "{v"))
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "verify"]) == 0, capsys.readouterr()
