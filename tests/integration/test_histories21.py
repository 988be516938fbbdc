"""Histories a company brings (session 48, histories21): past versions whose pages moved with the docs folder, a
language dropped after such a move, and what `policy at` and `policy verify` say of them. Synthetic texts of a
fictional company, in temporary repositories with fixed identity and dates."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import git
from integration.test_histories10 import assert_dropped, drop_english
from policy_repo import Project, commit_on_branch, copy_of, en_page, fr_page, made_once, new_project
from policysite import cli, history as hist
from policysite.project import opened

pytestmark = pytest.mark.usefixtures("fixed_git")


def _versions_found(project: Project) -> hist.History:
    with opened(project.root) as site:
        return hist.find_versions(site.repo, root=site.root, settings=site.settings, paths=site.paths)


def _moved_then_dropped(root: Path) -> tuple[Project, str]:
    """2021-03-01 and 2021-04-01 in docs/fr and docs/en; the docs folder moved to legal/ (docs_dir in each
    configuration) with 2021-05-01; English dropped with 2021-06-01: the project and the removing commit."""
    project = new_project(root)
    project.commit("2021-03-01")
    project.commit("2021-04-01", fr="Quatrième texte.", en="Fourth text.")
    git(project.root, "mv", "docs", "legal")
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        config = project.root / name
        config.write_text(config.read_text(encoding="utf-8").replace("docs_dir: docs/", "docs_dir: legal/"),
                          encoding="utf-8")
    (project.root / "legal" / "fr" / "index.md").write_text(fr_page("2021-05-01", "Cinquième texte."), encoding="utf-8")
    (project.root / "legal" / "en" / "index.md").write_text(en_page("2021-05-01", "Fifth text."), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("texts in legal/")
    return project, drop_english(project, "2021-06-01", "Sixième texte.", docs="legal")


def test_a_language_dropped_after_its_folder_moved_is_said_with_every_version_holding_its_text(tmp_path):
    """English in three versions, the first two under docs/en, the third under legal/en (the docs folder moved), then
    dropped: the history said `legal/en/index.md held texts of the dated versions 2021-05-01`, the two before left
    out of the archive without a word (the page was looked for where the configuration removing it put it only)."""
    project, removal = _moved_then_dropped(tmp_path / "project")
    found = _versions_found(project)
    assert [v.version for v in found.versions] == ["2021-03-01", "2021-04-01", "2021-05-01", "2021-06-01"]
    assert_dropped(found, "docs/en/index.md, legal/en/index.md", "2021-03-01, 2021-04-01, 2021-05-01", removal)


def _translated_later(project: Project, _folder: Path) -> None:
    """2021-02-17 in French only, 2022-03-01 in French and English, published by `policy history`."""
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2021-02-17", "Premier texte."), encoding="utf-8")
    project.commit_all("policy 2021-02-17 (French only)")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history(jobs=1).published == ["2021-02-17", "2022-03-01"]


@pytest.fixture(scope="module")
def translated_later(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, _translated_later)


def _at(project: Project, capsys, *argv: str) -> tuple[int, list[str], str]:
    code = cli.main(["--root", str(project.root), "at", *argv, "--messages", "en"])
    out, err = capsys.readouterr()
    return code, out.splitlines(), err


def test_a_day_before_any_text_asked_in_a_later_translation_names_the_first_text_of_all(translated_later, capsys):
    """A day before the French text's first version, asked in English (whose first text came a year later): "the first
    published, 2022-03-01, took effect on March 1, 2022", as if nothing had been in force until then, when the French
    text was from 2021-02-17. The day before the first, and the first day, in both languages."""
    code, _out, err = _at(translated_later, capsys, "2021-02-16", "--lang", "en")
    assert code == 1 and err == ("error: no version was in force on February 16, 2021: the first published, 2021-02-17, "
                                 "took effect on February 17, 2021\n"), err
    code, _out, err = _at(translated_later, capsys, "2021-02-16")
    assert code == 1 and "the first published, 2021-02-17, took effect on February 17, 2021" in err
    assert _at(translated_later, capsys, "2021-02-17", "--lang", "en")[1][0].startswith("2021-02-17 ")
    assert _at(translated_later, capsys, "2022-02-28", "--lang", "en")[1][0].startswith("2021-02-17 ")
    for lang in ("fr", "en"):
        assert _at(translated_later, capsys, "2022-03-01", "--lang", lang)[1][0].startswith("2022-03-01 "), lang


def _commit(project: Project, version: str) -> str:
    return git(project.root, "log", "-1", "--format=%H", f"--grep=policy {version}", "main").strip()


def _added(project: Project, version: str) -> str:
    return git(project.root, "log", "-1", "--format=%H", "gh-pages", "--", f"manifest/{version}.json").strip()


def _day(project: Project, commit: str) -> str:
    """The moment of `commit` as the answers write it, its day, time and zone (the project's zone is UTC)."""
    import datetime as dt

    moment = dt.datetime.fromtimestamp(int(git(project.root, "log", "-1", "--format=%ct", commit)), dt.UTC)
    return f"{moment:%B} {moment.day}, {moment.year} at {moment:%H:%M} (UTC)"


def _sha(project: Project, path: str, rev: str = "gh-pages") -> str:
    import hashlib
    import subprocess

    data = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=project.root, capture_output=True, check=True).stdout
    return hashlib.sha256(data).hexdigest()


def _unshown(out: list[str]) -> list[str]:
    """A proof's lines without its last, which says the site showed no version on the day asked (at.shown/none: the
    fixture's versions are published after their dates, on the day the suite runs), after checking it says so."""
    assert "the site showed no version yet" in out[-1] or "le site ne montrait encore aucune version" in out[-1], out
    return out[:-1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_at_with_proof_names_the_source_commit_the_branch_files_and_the_commit_that_published_them(
        translated_later, capsys, lang):
    """`policy at DAY --proof`: what a DPO files as the proof of the text in force that day, each line checkable with
    git alone: the source page at its commit with its SHA-256, the page and PDF on gh-pages with the SHA-256 the
    manifest records (read against the branch's files), and the branch's commit that first added that manifest. A day
    before the translation's first text is proven by the French text's files, which the answer gives."""
    project = translated_later
    code, out, _err = _at(project, capsys, "2022-03-01", "--lang", lang, "--proof")
    commit, added = _commit(project, "2022-03-01"), _added(project, "2022-03-01")
    page, pdf = f"{lang}/2022-03-01/index.html", f"{lang}/2022-03-01/policy-{lang}-2022-03-01.pdf"
    out = _unshown(out)
    assert code == 0 and out[1:] == [
        f"source: docs/{lang}/index.md at commit {commit} (fingerprint {_sha(project, f'docs/{lang}/index.md', commit)})",
        f"on gh-pages: {page}, fingerprint {_sha(project, page)}, as its publication record holds",
        f"on gh-pages: {pdf}, fingerprint {_sha(project, pdf)}, as its publication record holds",
        f"publication record: manifest/2022-03-01.json, added to gh-pages by commit {added} on {_day(project, added)}",
        f"to check it without this tool, in a clone holding gh-pages: `git cat-file blob {commit}:docs/{lang}/index.md "
        f"| sha256sum` prints the source's fingerprint, `git cat-file blob gh-pages:{page} | sha256sum` a published "
        "file's (each the same way), and `git log --diff-filter=A --format='%H %cI' gh-pages -- "
        "manifest/2022-03-01.json` the commit that added the publication record and when; the record itself, `git "
        "cat-file blob gh-pages:manifest/2022-03-01.json`, lists each file's fingerprint"], out  # (legal25)
    code, out, _err = _at(project, capsys, "2022-02-28", "--lang", lang, "--proof")
    out = _unshown(out)
    assert code == 0 and out[0].startswith("2021-02-17 ")
    assert out[-1].startswith("to check it without this tool, in a clone holding gh-pages: `git cat-file blob "
                              f"{_commit(project, '2021-02-17')}:docs/fr/index.md | sha256sum`"), out
    out = out[:-1]
    assert out[-4].startswith(f"source: docs/fr/index.md at commit {_commit(project, '2021-02-17')} "), out
    assert out[-3:-1] == [f"on gh-pages: fr/2021-02-17/index.html, fingerprint {_sha(project, 'fr/2021-02-17/index.html')}, "
                          "as its publication record holds",
                          "on gh-pages: fr/2021-02-17/policy-fr-2021-02-17.pdf, fingerprint "
                          f"{_sha(project, 'fr/2021-02-17/policy-fr-2021-02-17.pdf')}, as its publication record holds"], out
    assert out[-1].startswith(f"publication record: manifest/2021-02-17.json, added to gh-pages by commit "
                              f"{_added(project, '2021-02-17')} on "), out
    assert _at(project, capsys, "2022-02-28", "--lang", lang)[1] == out[:-4]  # (without --proof, the answer alone)


def test_at_with_proof_says_a_file_changed_removed_or_a_manifest_rewritten_by_hand(translated_later, tmp_path,
                                                                                  capsys):
    """A changed byte in the page, the PDF removed, the manifest rewritten, each by a hand commit on gh-pages: the
    proof said "as its manifest records" of each only because it read the record, never the files. Each is said, in
    the answer's language, with what to do."""
    project = copy_of(translated_later, tmp_path / "project")
    page = project.show("en/2022-03-01/index.html")
    record = project.show("manifest/2022-03-01.json")
    commit_on_branch(project, {"en/2022-03-01/index.html": page.replace("Second text.", "Second text!"),
                               "en/2022-03-01/policy-en-2022-03-01.pdf": None,
                               "manifest/2022-03-01.json": record.replace('"published"', '"published" ', 1)})
    code, out, _err = _at(project, capsys, "2022-03-01", "--lang", "en", "--proof")
    assert code == 0
    out = _unshown(out)
    added = _added(translated_later, "2022-03-01")
    recorded = json.loads(record)["languages"]["en"]["files"]
    assert out[-1].startswith("to check it without this tool, in a clone holding gh-pages: "), out  # (legal25)
    assert out[2:-1] == [
        f"on gh-pages: en/2022-03-01/index.html differs from the fingerprint its publication record holds, "
        f"{recorded['index.html']}: changed by hand since it was published (`policy verify` says what to do)",
        f"on gh-pages: en/2022-03-01/policy-en-2022-03-01.pdf, recorded with fingerprint "
        f"{recorded['policy-en-2022-03-01.pdf']}, is missing: removed by hand since it was published (`policy verify` "
        "says what to do)",
        f"publication record: manifest/2022-03-01.json, added to gh-pages by commit {added} on {_day(project, added)}, and "
        "rewritten since (`policy verify` says what to do)"], out
    assert cli.main(["--root", str(project.root), "at", "2022-03-01", "--lang", "en", "--proof", "--messages", "fr"]) == 0
    french = capsys.readouterr().out.splitlines()
    assert french[2].startswith("sur gh-pages\u00a0: en/2022-03-01/index.html diffère de l'empreinte"), french


def test_a_hand_edited_file_is_said_once_with_what_to_do(translated_later, tmp_path):
    """A byte changed in a page, a PDF removed, a file added, each by a hand commit on gh-pages: verify said each twice,
    once against the publication record and once against the rebuild ("edited on the branch, with its publication
    record or not"), neither saying what to do. Each is said once, naming the commit to find and the command that puts
    the version back; after that command verify passes."""
    from policysite import verify

    project = copy_of(translated_later, tmp_path / "project")
    page = project.show("fr/2022-03-01/index.html")
    commit_on_branch(project, {"fr/2022-03-01/index.html": page.replace("Deuxième texte.", "Deuxième texte!"),
                               "en/2022-03-01/policy-en-2022-03-01.pdf": None,
                               "fr/2021-02-17/extra.txt": "added by hand\n"})
    problems = [str(line) for line in verify.verify(root=project.root).problems]
    edited = ("fr/2022-03-01/index.html", "en/2022-03-01/policy-en-2022-03-01.pdf", "fr/2021-02-17/extra.txt")
    assert [line.split(":", 1)[0] for line in problems] == sorted(edited, key=lambda path: (path[3:13], path)), problems
    for path, line in zip(sorted(edited, key=lambda path: (path[3:13], path)), problems, strict=True):
        assert line.endswith(f": gh-pages was edited by hand since it was published (`git log gh-pages -- {path}` "
                             "shows that edit); `policy history --rebuild` puts the version back as its source gives "
                             "it"), line
    assert project.history(rebuild=True, jobs=1).published == ["2021-02-17", "2022-03-01"]
    assert verify.verify(root=project.root).problems == []


def _redated(project: Project, date_of) -> dict[str, str]:
    """gh-pages's history written again as a tool rewrites it (filter-branch, a rebase), its trees unchanged, each commit
    dated `date_of(subject, its time)` (a git date, author and committer alike): each old commit -> its new one."""
    rows = [row.split(" ", 2) for row in git(project.root, "log", "--reverse", "--format=%H %ct %s",
                                             "gh-pages").splitlines()]
    made: dict[str, str] = {}
    for sha, stamp, subject in rows:
        parents = git(project.root, "log", "-1", "--format=%P", sha).split()
        made[sha] = git(project.root, "commit-tree", git(project.root, "rev-parse", f"{sha}^{{tree}}").strip(),
                        *[arg for parent in parents for arg in ("-p", made[parent])],
                        "-m", git(project.root, "log", "-1", "--format=%B", sha),
                        date=date_of(subject, int(stamp))).strip()
    git(project.root, "update-ref", "refs/heads/gh-pages", made[rows[-1][0]])
    return made


def test_the_branch_s_dates_moved_together_are_said_against_the_moments_the_records_give(translated_later, tmp_path):
    """Every commit of gh-pages dated 200 days earlier, their order kept (a filter-branch of the whole branch): verify
    passed, though each manifest as first added records the moment it was published, which publishing dates the commit
    adding it. Each such commit is said misdated, once."""
    from policysite import verify

    project = copy_of(translated_later, tmp_path / "project")
    made = _redated(project, lambda _subject, stamp: f"@{stamp - 200 * 86400} +0000")
    problems = [str(line) for line in verify.verify(root=project.root).problems]
    publishing = {made[sha]: subject for sha, subject in (row.split(" ", 1) for row in git(
        translated_later.root, "log", "--format=%H %s", "--grep=^Publish ", "gh-pages").splitlines())}
    assert len(problems) == len(publishing) == 2, problems
    for line in problems:
        assert any(line.startswith(f"gh-pages: its commit {sha[:7]} “{subject}” is dated ") for sha, subject in
                   publishing.items()), line
        assert ", though the publication record of 20" in line and "restore the branch from a copy that has them" in line


def test_one_publishing_commit_redated_is_said_once_and_the_archive_keeps_the_days_its_records_give(
        translated_later, tmp_path, capsys):
    """The commit publishing 2021-02-17 dated that day (its text claimed online a year before the site had it): verify
    passed (the first commit has none before it), the at page built from the rewritten day said so, and `policy at`
    told a DPO that on 2022-03-05 the site still showed 2021-02-17, which it never did. It is said once; the at page
    and `policy at` keep the day the manifest records."""
    from policysite import verify

    project = copy_of(translated_later, tmp_path / "project")
    at_page = project.show("fr/at/index.html")
    _redated(project, lambda subject, stamp: "2021-02-17T10:00:00+00:00" if subject.startswith("Publish 2021-02-17")
             else f"@{stamp} +0000")
    problems = [str(line) for line in verify.verify(root=project.root).problems]
    assert len(problems) == 1 and "“Publish 2021-02-17 (fr) from " in problems[0] and \
        "is dated 2021-02-17 10:00 UTC, though the publication record of 2021-02-17 it added says it was published " \
        in problems[0], problems
    code, out, err = _at(project, capsys, "2022-03-05")
    assert code == 0 and len(out) == 1 and out[0].startswith("2022-03-01 "), out
    assert project.history(jobs=1).published == []
    assert project.show("fr/at/index.html") == at_page
