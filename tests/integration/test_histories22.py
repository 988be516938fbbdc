"""The archive nobody can silently rewrite, and the proof of the text in force (session 49, histories22): a DPO proving
to a regulator which text was in force on a date, and an insider rewriting gh-pages without it showing. Synthetic texts
of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import subprocess
from pathlib import Path

import pytest

from helpers import git
from policy_repo import (
    Project,
    commit_on_branch,
    copy_of,
    edit_pages,
    en_page,
    fr_page,
    history_two,
    made_once,
    set_digest,
)
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")


def _repo(project):
    from git import Repo

    return Repo(project.root)


def _announced_in_paris(project: Project, _folder: Path) -> None:
    """A company in Paris: 2021-02-17 published that day at 17:00 UTC; 2022-03-01, `announced: 2022-01-20`, published
    ahead at 23:30 UTC on 19 January, 00:30 on 20 January in Paris."""
    from policysite import clock

    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("  policy:\n", "  policy:\n    time_zone: Europe/Paris\n",
                                                                 1), encoding="utf-8")
    project.commit("2021-02-17")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2021-02-17T17:00:00+00:00"))
        assert cli.main(["--root", str(project.root), "publish"]) == 0
        for lang, page in (("fr", fr_page("2022-03-01", "Deuxième texte.")), ("en", en_page("2022-03-01", "Second text."))):
            (project.root / "docs" / lang / "index.md").write_text(
                page.replace("date: 2022-03-01", "date: 2022-03-01\nannounced: 2022-01-20"), encoding="utf-8")
        assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
        project.commit_all("policy 2022-03-01")
        mp.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2022-01-19T23:30:00+00:00"))
        assert cli.main(["--root", str(project.root), "publish"]) == 0


@pytest.fixture(scope="module")
def announced_in_paris(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, _announced_in_paris)


def _at(root: Path, capsys, *argv: str) -> tuple[int, list[str], str]:
    code = cli.main(["--root", str(root), "at", *argv])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


@pytest.mark.parametrize("today", ["2022-02-10", "2022-06-10"])
def test_a_day_between_an_announcement_and_its_effect_says_the_notice_readers_had(announced_in_paris, monkeypatch,
                                                                                 capsys, today):
    """A regulator asks which text was in force on a day after 2022-03-01 was announced on the site (20 January, in
    Paris) and before it took effect: `policy at` named 2021-02-17 alone, not the notice readers had been given. It
    says both, in the site's language; not before the announcement reached the site (19 January in Paris), nor once
    2022-03-01 is in force."""
    from policysite import clock

    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat(f"{today}T10:00:00+00:00"))
    root = announced_in_paris.root
    for asked, day in (("2022-01-20", "January 20"), ("2022-01-19T23:30:00Z", "January 20"), ("2022-02-10", "February 10")):
        code, out, _err = _at(root, capsys, asked, "--messages", "en")
        assert code == 0 and out[0].startswith("2021-02-17 "), out
        assert f"on {day}, 2022 the site also showed 2022-03-01, announced ahead: published on January 20, 2022, " \
               "it takes effect on March 1, 2022; readers had been told of it since January 20, 2022" in out, out
    code, out, _err = _at(root, capsys, "2022-02-10", "--messages", "fr")
    assert code == 0 and "le 10 février 2022, le site montrait aussi la version 2022-03-01, annoncée à l'avance : " \
        "publiée le 20 janvier 2022, elle entre en vigueur le 1er mars 2022 ; les lecteurs en étaient informés depuis " \
        "le 20 janvier 2022" in [" ".join(line.replace("\u2019", "'").split()) for line in out], out
    for asked in ("2022-01-19", "2022-01-19T22:59:00Z"):
        code, out, _err = _at(root, capsys, asked, "--messages", "en")
        assert code == 0 and out[0].startswith("2021-02-17 ") and not any("also showed" in line for line in out), out
    if today == "2022-06-10":
        code, out, _err = _at(root, capsys, "2022-03-01", "--messages", "en")
        assert code == 0 and out[0].startswith("2022-03-01 ") and len(out) == 1, out


def test_the_proof_dates_each_publication_in_the_company_s_zone_and_reads_alike_from_a_fresh_clone(
        announced_in_paris, tmp_path, monkeypatch, capsys):
    """The proof's record line said "on January 20, 2022" of a publication at 23:30 UTC on 19 January: a regulator was
    left asking in which zone. It gives the time and the zone, and a fresh clone (origin's branch, no reflog) proves
    the same: each commit and fingerprint as in the publishing clone, each checkable with git alone."""
    from policysite import clock

    monkeypatch.setattr(clock, "now", lambda: dt.datetime.fromisoformat("2022-06-10T10:00:00+00:00"))
    root = announced_in_paris.root
    code, out, _err = _at(root, capsys, "2022-03-01", "--proof", "--messages", "en")
    added = git(root, "log", "--format=%H", "gh-pages", "--", "manifest/2022-03-01.json").split()[-1]
    assert code == 0 and out[-2] == (f"publication record: manifest/2022-03-01.json, added to gh-pages by commit {added} "
                                     "on January 20, 2022 at 00:30 (Europe/Paris)"), out
    assert out[-1].startswith("to check it without this tool, in a clone holding gh-pages: "), out  # (legal25)
    fresh = tmp_path / "fresh"
    git(tmp_path, "clone", "-q", f"file://{root}", str(fresh))
    code, again, _err = _at(fresh, capsys, "2022-03-01", "--proof", "--messages", "en")
    assert code == 0 and again == [line.replace(" gh-pages", " origin/gh-pages") for line in out], again
    for line in out[1:]:  # each fingerprint is the SHA-256 of what git shows at the commit or branch named
        path = line.split(": ", 1)[1].split(" ", 1)[0].rstrip(",")
        if line.startswith("source: "):
            commit = line.split(" at commit ")[1].split(" ")[0]
            shown = subprocess.run(["git", "show", f"{commit}:{path}"], cwd=fresh, capture_output=True).stdout
        elif line.startswith("on gh-pages: "):
            shown = subprocess.run(["git", "show", f"origin/gh-pages:{path}"], cwd=fresh, capture_output=True).stdout
        else:
            continue
        assert hashlib.sha256(shown).hexdigest() in line, line


def _problems(project: Project) -> list[str]:
    from policysite import verify

    return [str(line) for line in verify.verify(root=project.root).problems]


def test_a_version_s_folder_removed_with_its_listing_kept_is_said_once_and_the_reverse_too(tmp_path_factory, tmp_path):
    """A version's folder removed by a hand commit, versions.json still listing it: verify said each of its files, six
    lines for one removal. It says the folder once, with the commit to find and the command that puts it back. Its
    manifest removed with it: said once, as removed by that commit (not again as a dated version the branch lacks).
    The reverse, its entry removed from versions.json and its folder kept: the listing, once."""
    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "folder")
    commit_on_branch(project, {"fr/2021-02-17": None})
    assert _problems(project) == [
        "fr/2021-02-17/: missing, with the 6 files its publication record lists: gh-pages was edited by hand since it "
        "was published (`git log gh-pages -- fr/2021-02-17/` shows that edit); `policy history --rebuild` puts the "
        "version back as its source gives it"]
    project = copy_of(made, tmp_path / "record")
    removal = commit_on_branch(project, {"fr/2021-02-17": None, "en/2021-02-17": None, "manifest/2021-02-17.json": None})
    assert _problems(project) == [f"2021-02-17: published, then removed from gh-pages by its commit {removal[:7]}: a "
                                  "published version stays (git revert that commit on the branch)"]
    project = copy_of(made, tmp_path / "listing")
    listing = json.loads(project.show("fr/versions.json"))
    commit_on_branch(project, {"fr/versions.json": json.dumps([entry for entry in listing
                                                               if entry["version"] != "2021-02-17"], indent=2)})
    problems = _problems(project)
    assert len(problems) == 1 and problems[0].startswith("fr/versions.json: does not list exactly the versions of the "
                                                         "publication records"), problems


def test_a_past_page_edited_with_its_record_made_to_match_is_said_once_with_what_to_do(tmp_path_factory, tmp_path):
    """A past version's page edited by hand and its manifest's digest set to match, in one commit named as a rebuild
    would name it: verify said it once, from the rebuild, with no word of what to do. It says the commit to find and
    the command that puts the version back; after that command verify passes."""
    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    page = project.show("fr/2021-02-17/index.html").replace("Nous traitons", "Nous vendons").encode("utf-8")

    def edit(checkout: Path) -> None:
        (checkout / "fr" / "2021-02-17" / "index.html").write_bytes(page)
        set_digest(checkout, "2021-02-17", "fr", "index.html", page)

    edit_pages(project, tmp_path, edit, subject="Rebuild 2021-02-17 (fr) from 1234567")
    problems = _problems(project)
    assert len(problems) == 1 and problems[0].startswith(
        "fr/2021-02-17/index.html: differs from a rebuild of its source commit ") and problems[0].endswith(
        "(edited on the branch, with its publication record or not: `git log gh-pages -- fr/2021-02-17/index.html` "
        "shows that edit); `policy history --rebuild` puts the version back as its source gives it"), problems
    # the rebuild runs on a day after the hand edit (dated 2030-01-01 by the tests' git), as it would
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(clock, "today", lambda: dt.date(2030, 1, 2))
        assert project.history(rebuild=True, jobs=1).published == ["2021-02-17", "2022-03-01"]
    assert _problems(project) == []
