"""Histories as real repositories have them (session 47, histories19): a gh-pages force-pushed or edited without a
published version, and what else real histories hold. Synthetic texts of a fictional company, in temporary
repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from helpers import git
from policy_repo import Project, commit_on_branch, new_project
from policysite import verify
from policysite.messages import Said, said_in

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _three(root) -> Project:
    project = new_project(root)
    project.commit("2021-02-17")
    project.history()
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.publish()
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    project.publish()
    return project


@pytest.mark.parametrize("how", ["force-push", "hand-edit"])
def test_a_branch_without_a_published_version_says_so_once_and_how_to_restore_it_without_follow_on_lines(
        tmp_path, how):
    """2022-03-01 gone from gh-pages, by a force-push of a history rewritten without it or by a commit removing it:
    verify said it, then some 20 lines that followed from it (versions.json, versions-recent.json, the archive pages of
    each language, every page of 2023-01-01 built with it "differs from a rebuild", its recorded changes): the one fact
    is said, what is not compared until it is restored in one note with the command, and once restored all passes."""
    project = _three(tmp_path / "project")
    tip = project.branch()
    gone = ["fr/2022-03-01", "en/2022-03-01", "manifest/2022-03-01.json"]
    if how == "hand-edit":
        commit_on_branch(project, dict.fromkeys(gone), "Remove 2022-03-01")
    else:
        first = git(project.root, "rev-list", "--max-parents=0", "gh-pages").strip()
        removed = commit_on_branch(project, dict.fromkeys(gone), "rewritten")
        squashed = git(project.root, "commit-tree", f"{removed}^{{tree}}", "-p", first, "-m", "rewritten").strip()
        git(project.root, "update-ref", "refs/heads/gh-pages", squashed)
    report = verify.verify(root=project.root)
    said = [str(p) for p in report.problems]
    assert any(line.startswith("2022-03-01") for line in said), said
    assert not [line for line in said if "rebuild" in line or "versions" in line or "/2023-01-01/" in line], said
    assert len(said) <= 2, said  # the version gone; a rewritten history says so of 2023-01-01's record too
    notes = [n for n in report.notes if isinstance(n, Said) and n.key == "verify.after-gone"]
    assert len(notes) == 1 and "gh-pages lacks 2022-03-01" in notes[0] and "pages of 2023-01-01" in notes[0] \
        and "`git push --force origin gh-pages`" in notes[0], report.notes
    assert "gh-pages n'a pas 2022-03-01" in said_in(notes[0], "fr")
    git(project.root, "update-ref", "refs/heads/gh-pages", tip)  # restored from a copy that has it
    assert verify.verify(root=project.root).problems == []


def _mike_deployed(project: Project) -> None:
    """gh-pages as plain `mike deploy --deploy-prefix <lang> 2021-02-17 latest` leaves it: mike's list of versions,
    no publication record."""
    git(project.root, "checkout", "-q", "--orphan", "gh-pages")
    git(project.root, "rm", "-q", "-r", "-f", ".")
    for lang in ("fr", "en"):
        for folder in ("2021-02-17", "latest"):
            (project.root / lang / folder).mkdir(parents=True)
            (project.root / lang / folder / "index.html").write_text("<p>2021</p>\n", encoding="utf-8")
        (project.root / lang / "versions.json").write_text(json.dumps(
            [{"version": "2021-02-17", "title": "2021-02-17", "aliases": ["latest"]}]), encoding="utf-8")
    git(project.root, "add", "-A")
    git(project.root, "commit", "-q", "-m", "Deployed 1234567 to 2021-02-17 in fr with MkDocs 1.6.1 and mike 2.2.0")
    git(project.root, "checkout", "-q", "-f", "main")


@pytest.mark.parametrize("other", ["mike", "another site"])
def test_verify_of_a_branch_plain_mike_or_another_site_wrote_says_so_once_with_the_way_to_adopt_it(tmp_path, other):
    """A gh-pages of plain `mike deploy` (no publication record): publish and history refuse it once, naming the way
    to adopt its versions; verify gave a line for each file ("on the branch but not written by publishing", latest/
    "a symlink or a submodule", the theme's configuration…), 62 for one real deploy, none saying what to do. It says
    what publishing says, once; following it, the versions are published again and verify passes."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    if other == "mike":
        _mike_deployed(project)
    else:
        git(project.root, "checkout", "-q", "--orphan", "gh-pages")
        git(project.root, "rm", "-q", "-r", "-f", ".")
        for name in ("index.html", "about.html", "css/site.css"):
            (project.root / name).parent.mkdir(exist_ok=True)
            (project.root / name).write_text("<p>old</p>\n", encoding="utf-8")
        git(project.root, "add", "-A")
        git(project.root, "commit", "-q", "-m", "Old site")
        git(project.root, "checkout", "-q", "-f", "main")
    result = project.run("verify")
    assert result.returncode == 1 and result.stdout == "", result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: gh-pages holds "), result.stderr
    if other == "mike":
        assert "versions plain mike deployed, with no publication record of this generator (en: 2021-02-17; fr: " \
            "2021-02-17)" in lines[0] and "`git branch -m gh-pages mike-pages`), then run `policy history`" in lines[0]
    else:
        assert "3 files and no published version (about.html, css/site.css, index.html)" in lines[0] \
            and "`git branch -m gh-pages old-site`" in lines[0], lines[0]
    git(project.root, "branch", "-m", "gh-pages", "kept")
    assert project.run("history").returncode == 0
    assert project.run("verify").returncode == 0


@pytest.mark.parametrize("pages", ["gh-pages one commit deep", "gh-pages whole"])
def test_a_checkout_one_commit_deep_cannot_publish_and_says_the_one_command_and_workflow_setting(tmp_path, pages):
    """CI's default checkout (`fetch-depth: 1`), gh-pages fetched: one new version onto the branch needs more than the
    new commit. Its changes page compares it with the text of the newest published version, at a commit the clone
    lacks, and only the commits since show whether one dated between was reverted or back-dated (publishing refuses
    those: history.order); gh-pages's own history is the proof of the day each version reached the site. So it
    refuses, in one `error:` line naming `git fetch --unshallow` and the workflow's `fetch-depth: 0`, and nothing else
    is printed or changed."""
    from integration.test_publish_remotes import _actions_checkout

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    project.history()
    head = project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", f"file://{project.root}", str(origin))
    ci = _actions_checkout(origin, head, tmp_path / "ci", depth=1)
    deep = ["--depth=1"] if pages == "gh-pages one commit deep" else []
    git(ci.root, "fetch", "-q", *deep, "--no-tags", "origin", "gh-pages:gh-pages")
    before = ci.branch()
    for command in ("publish", "history"):
        result = ci.run(command)
        lines = result.stderr.strip().splitlines()
        assert result.returncode == 1 and result.stdout.strip() == "" and len(lines) == 1, result.stderr
        assert lines[0].startswith("error: ") and "git fetch --unshallow" in lines[0] and "`fetch-depth: 0`" \
            in lines[0] and "actions/checkout" in lines[0], lines[0]
        assert ci.branch() == before and git(ci.root, "status", "--porcelain") == ""


def test_a_version_s_recorded_section_ids_win_over_those_today_s_rules_give(tmp_path, monkeypatch):
    """The manifest of 2021-02-17 records the ids its page was first published with (histories18), here those of an
    older rule (`article-1`…; today's gives `s1`…): the next version carried on only the ids worked out again with
    today's rules, so a link or bookmark to `#article-1` of the first page led to the top of the next one, and `policy
    at` knew no `article-2` in it. The record wins; an older manifest (none) works them out as before."""
    from policysite import at, building

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    with monkeypatch.context() as older:  # the ids an older rule gave its sections, recorded when it was published
        older.setattr(building, "ids_of", lambda settings, sources, code: ["article-1", "article-2", "article-2-1"])
        project.history()
    assert json.loads(project.show("manifest/2021-02-17.json"))["languages"]["fr"]["ids"][0] == "article-1"
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.publish()
    for lang in ("fr", "en"):
        page = project.show(f"{lang}/2022-03-01/index.html")
        for wanted in ("article-1", "article-2", "2021-02-17.article-2"):
            assert f'id="{wanted}"' in page, (lang, wanted)
    found, text = at.section_in_force(root=project.root, day=dt.date(2021, 6, 1), section="article-2", lang="fr")
    assert found.version == "2021-02-17" and found.url.endswith("/fr/2021-02-17/#article-2"), found.url
    assert text.startswith("## 2. Données traitées"), text


def test_a_published_language_dropped_from_the_configuration_is_said_once_by_verify(tmp_path):
    """English published in 2021-03-01 and 2021-04-01, then dropped from the configuration (its entry, mkdocs.en.yml
    and docs/en removed): publish and history refuse (a published language is in every later version); verify said
    it, then 6 lines that follow from it (the root page, the sitemap, each archive page of French and the root 404,
    built with a language menu that no longer lists English). It is said once, what is not compared in a note, and
    once English is configured again verify passes."""
    project = new_project(tmp_path / "project")
    project.commit("2021-03-01")
    project.history()
    project.commit("2021-04-01", fr="Quatrième texte.", en="Fourth text.")
    project.publish()
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - code: en\n        name: English\n", ""),
                      encoding="utf-8")
    git(project.root, "rm", "-q", "-r", "mkdocs.en.yml", "docs/en")
    project.commit_all("English dropped")
    report = verify.verify(root=project.root)
    said = [str(p) for p in report.problems]
    assert len(said) == 1 and said[0].startswith("en/: 49 files of English, a language of the published versions "
                                                 "that the configuration no longer has: configure it again"), said
    assert [n for n in report.notes if isinstance(n, Said) and n.key == "verify.after-dropped"] == [
        "English (en): published, and no longer in the configuration (said above): the pages built from the "
        "configuration (the root page, the sitemaps, each language's history, compare, at and not-found pages, whose "
        "language menu lists the languages) are not compared until it is configured again"], report.notes
    git(project.root, "revert", "--no-edit", "HEAD")
    assert verify.verify(root=project.root).problems == []
