"""History shapes (session 51, histories24): merges, rewrites, dates that disagree, and what `policy history`, verify,
`policy at` say of them. Synthetic texts of a fictional company, in temporary repositories with fixed identity and
dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, made_once
from policysite import verify

pytestmark = pytest.mark.usefixtures("fixed_git")


def _two_pull_requests_merged_the_same_day(project: Project, _folder) -> None:
    """2021-02-17 published; then two pull requests from it, A dated 2021-06-01 and B dated 2021-05-01, merged on
    2024-01-02 in that order, B's text taken: a date before the one the branch held an hour earlier."""
    project.commit("2021-02-17")
    assert project.run("history").returncode == 0
    for branch, day, fr, en in (("a", "2021-06-01", "Texte A.", "Text A."), ("b", "2021-05-01", "Texte B.", "Text B.")):
        git(project.root, "checkout", "-q", "-b", branch, "main")
        project.commit(day, fr=fr, en=en)
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "a", "-m", "Merge A", date="2024-01-02T10:00:00+00:00")
    git(project.root, "merge", "-q", "--no-ff", "-X", "theirs", "b", "-m", "Merge B", date="2024-01-02T11:00:00+00:00")


def test_verify_names_why_publishing_refuses_a_version_in_force_not_publish_it(tmp_path_factory):
    """Publishing refuses 2021-06-01 (B's 2021-05-01 dates the text after it back) and so publishes neither; verify
    said of both "publish it (`policy history`)", which refused. It names the refusal of the one, and that the other
    waits for it."""
    from policysite.messages import said_in

    project = made_once(tmp_path_factory, _two_pull_requests_merged_the_same_day)
    refused = project.run("history")
    assert refused.returncode == 1 and "[history.backdated]" in refused.stderr, refused
    problems = verify.verify(root=project.root).problems
    said = [str(line) for line in problems]
    assert len(said) == 2 and not any("publish it" in line for line in said), said
    assert said[0].startswith("2021-05-01 (commit ") and said[0].endswith(
        "a dated version of the history, in force since its date by it, is not on gh-pages: `policy history` "
        "publishes no version while it refuses 2021-06-01 (run it: it says why)"), said
    assert said[1].startswith("2021-06-01 (commit ") and "in force since its date by it, is not on gh-pages, and " \
        "`policy history` refuses it: " in said[1] and "dates docs/fr/index.md May 1, 2021, before June 1, 2021" in \
        said[1], said
    assert "et `policy history` la refuse\u00a0: " in said_in(problems[1], "fr")


def _same_date_merged_either_side_of_a_publication(project: Project, _folder) -> None:
    """2021-02-17 published; two pull requests both dated 2021-06-01, A merged and published, then B merged the same
    day with its own words: the date A was published under now carries B's text on main."""
    project.commit("2021-02-17")
    for branch, fr, en in (("a", "Texte A.", "Text A."), ("b", "Texte B.", "Text B.")):
        git(project.root, "checkout", "-q", "-b", branch, "main")
        project.commit("2021-06-01", fr=fr, en=en)
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "--no-ff", "a", "-m", "Merge A", date="2024-01-02T10:00:00+00:00")
    assert project.run("history").returncode == 0
    git(project.root, "merge", "-q", "--no-ff", "-X", "theirs", "b", "-m", "Merge B", date="2024-01-02T11:00:00+00:00")


def test_a_published_date_carrying_other_words_is_warned_once_a_case_not_at_every_run(tmp_path_factory, tmp_path):
    """Histories24 (a leftover): the same-day merge of the second pull request was warned by every `policy history`
    ("the published text differs from the last commit carrying this date … kept as published"), a daily job's log
    growing a line nobody reads. Said once a clone; a new commit under that date with other words is a new case,
    said once again; what it publishes and refuses is unchanged."""
    from policy_repo import copy_of

    project = copy_of(made_once(tmp_path_factory, _same_date_merged_either_side_of_a_publication),
                      tmp_path / "project")
    first = project.run("history")
    assert first.returncode == 0 and "warning: 2021-06-01: the published text differs from the last commit carrying " \
        "this date" in first.stderr, first
    again = project.run("history")
    assert again.returncode == 0 and again.stdout == first.stdout and "differs" not in again.stderr, again
    project.commit("2021-06-01", fr="Texte C.", en="Text C.")
    third = project.run("history")
    assert third.stderr.count("the published text differs from the last commit carrying this date") == 1, third
    assert "differs" not in project.run("history").stderr
    assert "Texte A." in project.show("fr/2021-06-01/index.html")  # kept as published


OLDER_GENERATOR = ("python3 -c \"import json; p = 'manifest/2021-02-17.json'; m = json.load(open(p)); "
                   "m['generator']['policysite'] = '0.0.9'; "
                   "open(p, 'w').write(json.dumps(m, indent=1, sort_keys=True, ensure_ascii=False) + chr(10))\"")


@pytest.mark.parametrize("older", [True, False], ids=["earlier-generator", "this-generator"])
def test_a_record_s_moment_moved_across_midnight_is_said_once(tmp_path_factory, tmp_path, monkeypatch, older):
    """Histories24 (a leftover): a publication record's `published` moved by hand to 00:30 the next day, one edit: verify
    said it rewritten, then each language's history page as differing (built from the moved day), and, of a version an
    earlier generator built, the record changed since it was published: four lines for one edit, three ways out. It
    says the rewritten record alone, whose restoring puts all right; the history pages are read against the records as
    first added."""
    import datetime as dt
    import json

    from policy_repo import commit_on_branch, copy_of, history_two

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    if older:
        monkeypatch.setenv("FILTER_BRANCH_SQUELCH_WARNING", "1")
        git(project.root, "filter-branch", "-f", "--tree-filter", OLDER_GENERATOR, "gh-pages")
    assert verify.verify(root=project.root).problems == []
    record = json.loads(project.show("manifest/2021-02-17.json"))
    moment = dt.datetime.fromisoformat(record["published"].replace("Z", "+00:00"))
    record["published"] = f"{(moment + dt.timedelta(days=1)).date().isoformat()}T00:30:00Z"
    commit_on_branch(project, {"manifest/2021-02-17.json": json.dumps(record, indent=1, sort_keys=True,
                                                                      ensure_ascii=False) + "\n"})
    problems = [str(line) for line in verify.verify(root=project.root).problems]
    assert len(problems) == 1 and problems[0].startswith("2021-02-17: its publication record's `published` (when it "
                                                         "was published, how it came to be) is not what "), problems


def test_the_proof_says_a_source_commit_main_no_longer_holds_and_where_its_text_is(tmp_path_factory, tmp_path,
                                                                                  monkeypatch):
    """Main reworded and force-pushed after 2021-02-17 and 2022-03-01 were published: `policy at --proof` in a fresh
    clone named the published commit as the source, one that clone does not have, without a word (a DPO handed a
    commit nobody can show). It says the commit is gone and the commit holding the same text now; a history that no
    longer holds the text at all is said so, with verify to run."""
    from helpers import policy_process
    from policy_repo import copy_of, history_two

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    published = git(project.root, "rev-parse", "main~0").strip()
    monkeypatch.setenv("FILTER_BRANCH_SQUELCH_WARNING", "1")
    git(project.root, "filter-branch", "-f", "--msg-filter", "sed 's/^policy/Policy/'", "main")
    rewritten = git(project.root, "rev-parse", "main").strip()
    assert rewritten != published
    fresh = tmp_path / "fresh"
    git(tmp_path, "clone", "-q", f"file://{project.root}", str(fresh))
    said = policy_process(["--root", str(fresh), "at", "2022-05-01", "--proof"])
    lines = said.stdout.splitlines()
    assert said.returncode == 0 and lines[1] == (
        f"source: docs/fr/index.md at commit {published} (fingerprint "
        f"{lines[1].split('fingerprint ')[1].split(')')[0]}), a commit this clone's history no longer holds (main "
        f"rewritten since: a rebase, a force-push); the same text is at commit {rewritten}"), said
    git(fresh, "checkout", "-q", "--orphan", "other")
    git(fresh, "rm", "-r", "-q", "--cached", "docs")
    git(fresh, "commit", "-q", "-m", "another history without the texts")
    git(fresh, "branch", "-q", "-D", "main")
    git(fresh, "branch", "-q", "-m", "main")
    git(fresh, "update-ref", "-d", "refs/remotes/origin/main")
    git(fresh, "reflog", "expire", "--expire=now", "--all")
    git(fresh, "gc", "-q", "--prune=now")
    said = policy_process(["--root", str(fresh), "at", "2022-05-01", "--proof"])
    assert said.returncode == 0 and ", a commit this clone no longer holds, nor any commit of its history with that " \
        "text (main rewritten since): `policy verify` says what to do" in said.stdout.splitlines()[1], said


def test_a_commit_s_own_time_zone_never_moves_the_day_a_version_takes_effect(tmp_path, monkeypatch, capsys):
    """Time zones (histories24 item 2): a text dated 2021-06-01 committed at 23:30 -05:00 on 31 May (1 June in UTC and
    in Paris), on a site whose company's time zone is Europe/Paris. The version is its text's date, in force from
    00:00 in Paris: a reader in New York asking about 23:30 there on 31 May is told 1 June in Paris, the new text; a
    reader in Paris asking about 23:30 on 31 May, the text before. The commit's zone plays no part; verify passes."""
    import datetime as dt

    from policy_repo import en_page, fr_page, new_project
    from policysite import cli, clock

    project = new_project(tmp_path / "project")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  policy:\n", "  policy:\n    time_zone: "
                                                                 "Europe/Paris\n", 1), encoding="utf-8")
    for day, committed, fr, en in (("2021-02-17", "2021-02-16T23:30:00-05:00", "Premier.", "First."),
                                   ("2021-06-01", "2021-05-31T23:30:00-05:00", "Second.", "Second one.")):
        (project.root / "docs" / "fr" / "index.md").write_text(fr_page(day, fr), encoding="utf-8")
        (project.root / "docs" / "en" / "index.md").write_text(en_page(day, en), encoding="utf-8")
        assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
        git(project.root, "add", "-A")
        git(project.root, "commit", "-q", "-m", f"policy {day}", date=committed)
    monkeypatch.setattr(clock, "now", lambda: dt.datetime(2021, 6, 1, 4, 45, tzinfo=dt.UTC))  # 06:45 in Paris
    assert project.history().published == ["2021-02-17", "2021-06-01"]
    capsys.readouterr()
    for asked, version, day in (("2021-05-31T23:30:00-05:00", "2021-06-01", "June 1, 2021"),
                                ("2021-05-31T23:30:00+02:00", "2021-02-17", "May 31, 2021"),
                                ("2021-05-31T22:00:00Z", "2021-06-01", "June 1, 2021")):
        assert cli.main(["--root", str(project.root), "at", asked]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert lines[0].startswith(f"{version} ") and f", on {day} in Europe/Paris, the company's time zone" in \
            lines[1], (asked, lines)
    assert verify.verify(root=project.root).problems == []


def test_a_text_brought_back_under_a_new_date_is_a_version_of_its_own(tmp_path_factory, tmp_path):
    """A version whose words are an earlier one's (2021-02-17's, brought back after 2022-03-01) under a new date,
    2023-01-01: it is a version, in force from its date (readers were shown 2022-03-01's words until then); its changes
    are 2022-03-01's undone, and against 2021-02-17 the same text. Passes as it is (histories24 item 2)."""
    from helpers import policy_process
    from policy_repo import copy_of, history_two

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    project.commit("2023-01-01")  # 2021-02-17's words
    assert project.history().published == ["2023-01-01"]
    assert verify.verify(root=project.root).problems == []
    at = policy_process(["--root", str(project.root), "at", "2023-06-01"])
    assert at.returncode == 0 and at.stdout.startswith("2023-01-01 "), at
    at = policy_process(["--root", str(project.root), "at", "2022-12-31"])
    assert at.returncode == 0 and at.stdout.startswith("2022-03-01 "), at
    undone = policy_process(["--root", str(project.root), "diff", "2022-03-01", "2023-01-01", "--messages", "en"])
    assert undone.returncode == 0 and "[-Deuxième texte.-]" in undone.stdout and \
        "{+Nous traitons vos données avec soin.+}" in undone.stdout, undone
    same = policy_process(["--root", str(project.root), "diff", "2021-02-17", "2023-01-01", "--messages", "en"])
    assert same.returncode == 0 and "2021-02-17 and 2023-01-01 have the same French text" in same.stdout + \
        same.stderr, same


def test_commit_dates_out_of_order_play_no_part_and_verify_names_the_merge_publishing_waits_for(tmp_path):
    """Commits whose dates are out of order (2022-03-01's committed "2019", authored 2025; a merge committed "2018")
    are read in the history's order, not their dates': 2021-02-17 published, then 2022-03-01 and 2023-01-01 are the
    versions, and a pull request's text dated 2022-02-01, merged `-s ours` after 2022-03-01, may have been in force:
    publishing waits for the team to say. Verify named each version "publish it (`policy history`)"; it names the
    merge's text publishing refuses, and the versions waiting for it."""
    import os
    import subprocess

    from policy_repo import new_project

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    assert project.history().published == ["2021-02-17"]
    project.write("2022-03-01", fr="Deux.", en="Two.")
    git(project.root, "add", "-A")
    subprocess.run(["git", "commit", "-q", "-m", "policy 2022-03-01", "--date", "2025-01-01T00:00:00+00:00"],
                   cwd=project.root, env={**os.environ, "GIT_COMMITTER_DATE": "2019-01-01T00:00:00+00:00"}, check=True)
    git(project.root, "checkout", "-q", "-b", "pr", "HEAD~1")
    draft = project.commit("2022-02-01", fr="Brouillon.", en="Draft.")
    git(project.root, "checkout", "-q", "main")
    git(project.root, "merge", "-q", "-s", "ours", "pr", "-m", "Merge pr", date="2018-01-01T00:00:00+00:00")
    project.commit("2023-01-01", fr="Trois.", en="Three.")
    outcome = project.history()
    assert outcome.published == [] and [(r.version, r.commit) for r in outcome.refused] == [("2022-02-01", draft)]
    said = [str(line) for line in verify.verify(root=project.root).problems]
    assert [line.split(" (commit ")[0] for line in said] == ["2022-03-01", "2023-01-01"], said
    assert all(line.endswith("`policy history` publishes no version while it refuses 2022-02-01 (run it: it says "
                             "why)") for line in said), said


def test_policy_at_reads_the_day_a_version_reached_the_site_from_its_record_as_first_added(tmp_path_factory, tmp_path,
                                                                                         monkeypatch, capsys):
    """A publication record's moment moved by hand two weeks later: `policy at` a week after the real publication said
    the site then showed the version before, the moved moment taken at its word (verify names the edit; the proof line
    says the record was rewritten). It reads the moment the branch's history first added, as verify does."""
    import datetime as dt
    import json

    from policy_repo import commit_on_branch, copy_of, history_two
    from policysite import cli, clock

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    record = json.loads(project.show("manifest/2022-03-01.json"))
    published = dt.datetime.fromisoformat(record["published"].replace("Z", "+00:00"))
    monkeypatch.setattr(clock, "now", lambda: published + dt.timedelta(days=30))
    asked = (published + dt.timedelta(days=7)).date().isoformat()
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "at", asked]) == 0
    before = capsys.readouterr().out
    record["published"] = (published + dt.timedelta(days=14)).strftime("%Y-%m-%dT%H:%M:%SZ")
    commit_on_branch(project, {"manifest/2022-03-01.json": json.dumps(record, indent=1, sort_keys=True,
                                                                      ensure_ascii=False) + "\n"})
    assert cli.main(["--root", str(project.root), "at", asked]) == 0
    after = capsys.readouterr().out
    assert after == before and after.startswith("2022-03-01 ") and len(after.splitlines()) == 1, (before, after)


def test_publishing_after_a_record_s_moment_was_moved_keeps_the_day_readers_saw(tmp_path_factory, tmp_path):
    """The record of 2022-03-01 moved to 00:30 the next day by hand: publishing refuses while it is (nothing is built
    onto it), and `policy history --rebuild`, the way out it names besides reverting, builds the history and at pages
    from each record as the branch first added it (it wrote the moved day into them, a day no reader saw) and writes
    the record back so: verify passes after it."""
    import datetime as dt
    import json

    from policy_repo import commit_on_branch, copy_of, history_two
    from policysite.errors import PublishError

    project = copy_of(made_once(tmp_path_factory, history_two), tmp_path / "project")
    record = json.loads(project.show("manifest/2022-03-01.json"))
    moment = dt.datetime.fromisoformat(record["published"].replace("Z", "+00:00"))
    record["published"] = f"{(moment + dt.timedelta(days=1)).date().isoformat()}T00:30:00Z"
    commit_on_branch(project, {"manifest/2022-03-01.json": json.dumps(record, indent=1, sort_keys=True,
                                                                      ensure_ascii=False) + "\n"})
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    with pytest.raises(PublishError, match="manifest/2022-03-01.json: written by commit "):
        project.history()
    assert "2023-01-01" in project.history(rebuild=True).published
    # the rebuild writes the record back as first added (it carried the moved moment on: verify said it for ever)
    assert json.loads(project.show("manifest/2022-03-01.json"))["published"] == f"{moment:%Y-%m-%dT%H:%M:%SZ}"
    assert verify.verify(root=project.root).problems == []
