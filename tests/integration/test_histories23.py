"""The archive nobody can silently rewrite, the proof of the text in force, and histories that are strange (session
50, histories23): a DPO proving which text was in force, an insider editing gh-pages, and the histories a real company
has. Synthetic texts of a fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git
from policy_repo import Project, commit_on_branch, copy_of, history_two, made_once
from policysite import cli, clock

pytestmark = pytest.mark.usefixtures("fixed_git")


def _problems(project: Project) -> list[str]:
    from policysite import verify

    return [str(line) for line in verify.verify(root=project.root).problems]


BARE = "<!doctype html><html><body><script>alert(1)</script><p>Our offers.</p></body></html>"


@pytest.mark.parametrize(("path", "said"), [
    ("promo.html", "promo.html: on the branch but not written by publishing"),
    ("assets/promo.html", "assets/promo.html: on the branch but not written by publishing"),
    ("fr/promo.html", "fr/promo.html: added (neither in a version nor one of the archive's pages)"),
    ("fr/2021-02-17/promo.html", "fr/2021-02-17/promo.html: added (on the branch, not in the publication record)"),
    ("en/latest/promo.html", "en/latest/promo.html: added"),
])
def test_a_bare_page_added_by_hand_is_said_once_naming_it(tmp_path_factory, tmp_path, path, said):
    """A bare HTML page committed on gh-pages by hand (an offer, a script in it): verify said it not written by
    publishing, then three more lines of the output check for it (its script, no article, no Content-Security-Policy):
    four lines for one file, whose way out is one, removing it. It is said once, naming it, wherever it was put."""
    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    commit_on_branch(project, {path: BARE})
    problems = _problems(project)
    assert len(problems) == 1 and problems[0].startswith(said), problems


def test_an_unsafe_page_edited_in_place_is_still_said_by_the_output_check(tmp_path_factory, tmp_path):
    """The other side: a published page edited by hand to hold a script is said by the output check, which names what
    is unsafe in it (a page publishing wrote, not one added)."""
    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    page = project.show("fr/2021-02-17/index.html").replace("</body>", "<script>alert(1)</script></body>")
    commit_on_branch(project, {"fr/2021-02-17/index.html": page})
    assert any("fr/2021-02-17/index.html: <script> that is not one of the theme's own" in line
               for line in _problems(project))


def test_a_text_imported_ahead_of_its_date_is_committed_no_later_than_the_import(initialized, tmp_path, monkeypatch,
                                                                               capsys):
    """A text imported on 2 December 2026 whose date is 16 January 2027 (announced ahead) was committed dated 2027-01-16
    12:00: a commit from the future, which a later `policy import --git` of the repository read as made that day,
    and before which the team's own `announced:` commit (made that morning) was dated. It is committed at the moment of
    the import; its version is its text's date all the same, published ahead once announced, and verify passes."""
    now = dt.datetime(2026, 12, 2, 10, 0, tzinfo=dt.UTC)
    monkeypatch.setattr(clock, "now", lambda: now)
    site = initialized(tmp_path / "site", "--company", "Example Ltd", "--languages", "en",
                       "--url", "https://privacy.example.org/")
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-2024-03-01.md").write_text("# Policy\n\n## 1. Data\n\nNames.\n", encoding="utf-8")
    (archive / "privacy-2027-01-16.md").write_text("# Policy\n\n## 1. Data\n\nNames and addresses.\n", encoding="utf-8")
    start = git(site, "rev-parse", "HEAD").strip()
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(archive)]) == 0
    dated = [line.split(" ", 1) for line in git(site, "log", "--format=%ct %s", f"{start}..HEAD").splitlines()]
    assert [int(stamp) <= now.timestamp() for stamp, _subject in dated] == [True] * len(dated), dated
    assert int(dated[0][0]) == int(now.timestamp()) and "January 16, 2027" in dated[0][1], dated
    assert git(site, "log", "-1", "--format=%ci", "HEAD~1") == "2024-03-01 12:00:00 +0000\n"  # the past: its day
    page = site / "docs" / "en" / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("date: 2027-01-16\n",
                                                             "date: 2027-01-16\nannounced: 2026-12-02\n"),
                    encoding="utf-8")
    git(site, "commit", "-qam", "Announce the next version", date="2026-12-02T10:05:00+00:00")
    assert cli.main(["--root", str(site), "history"]) == 0
    capsys.readouterr()
    assert cli.main(["--root", str(site), "verify"]) == 0
    again = tmp_path / "again"
    monkeypatch.setattr(clock, "now", lambda: now + dt.timedelta(days=1))
    initialized(again, "--company", "Example Ltd", "--languages", "en", "--url", "https://privacy.example.org/")
    capsys.readouterr()
    assert cli.main(["--root", str(again), "import", "--lang", "en", "--git", str(page)]) == 0
    out = capsys.readouterr().out
    assert "(committed December 2, 2026): dated January 16, 2027, the day its text says" in out, out
    assert "committed January 16, 2027" not in out, out


def test_a_version_before_the_texts_moved_names_the_missing_translation_where_its_commit_had_it(tmp_path, capsys):
    """2021-02-17 in French only under docs/; the texts moved to legal/ (docs_dir in each configuration) with
    2022-03-01, its English text the first: publishing said "legal/en/index.md does not exist at <2021-02-17's
    commit>", a folder that commit never had. It names docs/en/index.md, where that commit's configuration read English;
    verify passes and `policy at` answers a day of 2021 in English with the French text, which prevails."""
    from policy_repo import en_page, fr_page, new_project

    project = new_project(tmp_path / "project")
    (project.root / "docs" / "fr").mkdir(parents=True, exist_ok=True)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2021-02-17", "Premier texte."), encoding="utf-8")
    first = project.commit_all("policy 2021-02-17 (French only)")
    git(project.root, "mv", "docs", "legal")
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        config = project.root / name
        config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/", "docs_dir: legal/"),
                          encoding="utf-8")
    (project.root / "legal" / "en").mkdir(exist_ok=True)
    (project.root / "legal" / "fr" / "index.md").write_text(fr_page("2022-03-01", "Deuxième texte."), encoding="utf-8")
    (project.root / "legal" / "en" / "index.md").write_text(en_page("2022-03-01", "Second text."), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("texts in legal/")
    capsys.readouterr()
    assert cli.main(["--root", str(project.root), "history"]) == 0
    out = capsys.readouterr().out
    assert f"2021-02-17: published in French only: docs/en/index.md does not exist at {first[:7]} (a translation " \
           "that starts with a later version)" in out, out
    assert _problems(project) == []
    assert cli.main(["--root", str(project.root), "at", "2021-06-01", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2021-02-17 ") and "/fr/2021-02-17/" in out.splitlines()[0], out


@pytest.mark.parametrize("shift", [-30, -3 * 3600, -20 * 3600])
def test_the_whole_branch_dated_earlier_by_less_than_a_day_is_said_once_a_publishing_commit(tmp_path_factory,
                                                                                          tmp_path, shift):
    """Every commit of gh-pages dated `shift` seconds earlier, their order and trees kept (a filter-branch of the whole
    branch): a shift under a day passed (session 48: "cannot be detected"; session 49's check to the second was
    reverted, 38275bda, for genuine commits made after their record). Publishing writes the record first and dates
    the commit adding it by it or later, never before: each publishing commit dated before the moment its record gives
    is said once, with both moments (to the second where they share the minute)."""
    from git import Repo

    from integration.test_histories21 import _redated
    from policysite import branch

    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    assert branch.misdated_commits(Repo(project.root), "gh-pages") == []
    made_commits = _redated(project, lambda _subject, stamp: f"@{stamp + shift} +0000")
    publishing = [made_commits[sha] for sha in git(made.root, "log", "--format=%H", "--grep=^Publish ",
                                                   "gh-pages").split()]
    problems = _problems(project)
    assert len(problems) == len(publishing) == 2, problems
    for sha in publishing:
        line = next(line for line in problems if line.startswith(f"gh-pages: its commit {sha[:7]} “Publish 20"))
        assert ", though the publication record of 20" in line and "restore the branch from a copy that has them" in line
        if abs(shift) < 60:
            assert line.count(":") >= 6, line  # the seconds tell the two moments apart


def test_commits_made_after_their_record_pass(tmp_path_factory, tmp_path):
    """What 38275bda's revert was for: publishing's commits dated after the record they add (a rebuild a minute after,
    the whole branch a few hours later, as a shift forwards that git cannot tell from a later publication) pass."""
    from integration.test_histories21 import _redated

    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    _redated(project, lambda _subject, stamp: f"@{stamp + 3 * 3600} +0000")
    assert _problems(project) == []


def _english_for_a_while(project: Project, _folder) -> None:
    """2021-02-17 in French only; English added with 2022-03-01, again in 2022-06-01, the three published by `policy
    history`; English then dropped (its entry, mkdocs.en.yml and docs/en removed) with 2023-01-01, committed."""
    from integration.test_histories10 import drop_english
    from policy_repo import fr_page

    (project.root / "docs" / "fr").mkdir(parents=True, exist_ok=True)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2021-02-17", "Premier texte."), encoding="utf-8")
    project.commit_all("policy 2021-02-17 (French only)")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    project.commit("2022-06-01", fr="Troisième texte.", en="Third text.")
    assert project.history(jobs=1).published == ["2021-02-17", "2022-03-01", "2022-06-01"]
    drop_english(project, "2023-01-01", "Quatrième texte.")


@pytest.fixture(scope="module")
def english_for_a_while(tmp_path_factory) -> Project:
    """`_english_for_a_while` made once for the two tests that read it in place (`policy at`, verify), never changing
    it: each made it again (three versions published by `policy history`)."""
    return made_once(tmp_path_factory, _english_for_a_while)


def test_a_language_dropped_after_publishing_still_answers_which_of_its_texts_was_in_force(english_for_a_while,
                                                                                          capsys):
    """English published in 2022-03-01 and 2022-06-01, then dropped from the configuration: `policy at DAY --lang en`
    said "this site publishes no English text", though the branch serves both and a DPO asks which was in force. It
    answers from the branch, says the configuration no longer lists English, and proves it as for any language; a day
    before English's first text is answered with the French text, which prevails."""
    project = english_for_a_while
    capsys.readouterr()
    code = cli.main(["--root", str(project.root), "at", "2022-07-01", "--lang", "en", "--proof"])
    out = capsys.readouterr().out.splitlines()
    assert code == 0 and out[0].startswith("2022-06-01 ") and "/en/2022-06-01/ " in out[0], out
    assert "the site serves the English texts published before the configuration stopped listing English (en), " \
           "which `policy publish` and `policy history` refuse until it lists it again" in out, out
    assert any(line.startswith("on gh-pages: en/2022-06-01/index.html, fingerprint ") and
               line.endswith("as its publication record holds") for line in out), out
    assert cli.main(["--root", str(project.root), "at", "2022-04-01", "--lang", "en", "--messages", "fr"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2022-03-01 ") and any("cesse de lister cette langue (en)" in line for line in out), out
    assert cli.main(["--root", str(project.root), "at", "2021-06-01", "--lang", "en"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("2021-02-17 ") and "/fr/2021-02-17/" in out[0], out
    assert cli.main(["--root", str(project.root), "at", "2022-07-01", "--lang", "de"]) != 0  # never published: refused
    assert "de" in capsys.readouterr().err


def test_verify_of_a_language_dropped_says_it_once_and_the_versions_waiting_for_it_as_a_note(english_for_a_while):
    """The same site: verify said the dropped language, and again 2023-01-01 as a version to publish "(`policy
    history`)", which refuses every version while English is not configured: two problems, one way out. It says the
    language once; the version waiting for it is a note, in the site's language too."""
    from policysite import verify
    from policysite.messages import said_in

    project = english_for_a_while
    report = verify.verify(root=project.root)
    assert [str(p) for p in report.problems] == ["en/: 49 files of English, a language of the published versions "
                                                 "that the configuration no longer has: configure it again (a "
                                                 "language, once published, is part of every later version)"], \
        report.problems
    waiting = [note for note in report.notes if "2023-01-01: dated in the history and not on gh-pages yet" in note]
    assert len(waiting) == 1 and "configured again, `policy history` publishes them" in waiting[0], report.notes
    assert said_in(waiting[0], "fr").startswith("2023-01-01\u00a0: datées dans l'historique et pas encore sur gh-pages")


def test_a_page_of_a_version_an_earlier_generator_built_edited_by_hand_is_said_once(tmp_path_factory, tmp_path,
                                                                                  monkeypatch):
    """A version an earlier generator built (not rebuilt: its text is read against its source) whose page was edited by
    hand, its record left as it was: verify said it three times, the record's fingerprint, its source's words not on
    the page, and the version changed since published. It says it once, with what to do; the edit made to match its
    record (the fingerprint set too), the text's line is still said, once."""
    from policy_repo import set_digest

    made = made_once(tmp_path_factory, history_two)
    project = copy_of(made, tmp_path / "project")
    monkeypatch.setenv("FILTER_BRANCH_SQUELCH_WARNING", "1")
    older = ("python3 -c \"import json; p = 'manifest/2021-02-17.json'; m = json.load(open(p)); "
             "m['generator']['policysite'] = '0.0.9'; "
             "open(p, 'w').write(json.dumps(m, indent=1, sort_keys=True, ensure_ascii=False) + chr(10))\"")
    git(project.root, "filter-branch", "-f", "--tree-filter", older, "gh-pages")
    assert _problems(project) == []
    page = project.show("fr/2021-02-17/index.html").replace("Nous traitons", "Nous vendons")
    commit_on_branch(project, {"fr/2021-02-17/index.html": page})
    problems = _problems(project)
    assert len(problems) == 1 and problems[0].startswith("fr/2021-02-17/index.html: changed (recorded fingerprint ") \
        and "`policy history --rebuild` puts the version back" in problems[0], problems
    with_record = copy_of(made, tmp_path / "record")
    git(with_record.root, "filter-branch", "-f", "--tree-filter", older, "gh-pages")
    from policy_repo import edit_pages

    def edit(checkout: Path) -> None:
        (checkout / "fr" / "2021-02-17" / "index.html").write_text(page, encoding="utf-8")
        set_digest(checkout, "2021-02-17", "fr", "index.html", page.encode("utf-8"))

    edit_pages(with_record, tmp_path, edit)
    problems = _problems(with_record)
    assert [line for line in problems if "fr/2021-02-17/index.html: “Nous traitons" in line] != [], problems
