"""A temporary project repository for publishing tests: today's configuration, a tiny dated policy.

Copies of mkdocs.yml, mkdocs.en.yml, hooks/ and overrides/ with a synthetic policy in both
languages, committed with the fixed identity and dates of `helpers.git`.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from helpers import GIT_ENV, copy_project, git, policy_in_process, policy_process, published, without_identity
from policysite import cli, export_site, manifest as mf, publish


def fr_page(date: str, second: str = "Nous traitons vos données avec soin.", *, filler: int = 0) -> str:
    """The French page; `filler` paragraphs per section make it long enough to scroll."""
    more = "".join(f"Paragraphe complémentaire numéro {n}.\n\n" for n in range(1, filler + 1))
    return (f"---\ndate: {date}\n---\n\n# Politique de confidentialité de test\n\n"
            f"## 1. Version du document\n\nCe document est daté.\n\n{more}"
            f"## 2. Données traitées\n\n{second}\n\n{more}"
            f"### 2.1 Durée de conservation\n\nLes données sont conservées un an.\n\n{more}").rstrip() + "\n"


def en_page(date: str, second: str = "We process your data with care.", *, filler: int = 0) -> str:
    """The English page, section for section."""
    more = "".join(f"Additional paragraph number {n}.\n\n" for n in range(1, filler + 1))
    return (f"---\ndate: {date}\n---\n\n# Test privacy policy\n\n"
            f"## 1. Document version\n\nThis document is dated.\n\n{more}"
            f"## 2. Data processed\n\n{second}\n\n{more}"
            f"### 2.1 Retention period\n\nData is kept for one year.\n\n{more}").rstrip() + "\n"


class Project:
    """A temporary project repository whose policy is committed version after version."""

    in_process = False  # `run` by the CLI's main in the test's process (helpers.policy_in_process)

    def __init__(self, root: Path, *, filler: int = 0):
        self.root = root
        self.clock = 0
        self.filler = filler

    def write(self, date: str, *, fr: str | None = None, en: str | None = None) -> None:
        fr_text = fr_page(date, fr, filler=self.filler) if fr else fr_page(date, filler=self.filler)
        en_text = en_page(date, en, filler=self.filler) if en else en_page(date, filler=self.filler)
        (self.root / "docs" / "fr" / "index.md").write_text(fr_text, encoding="utf-8")
        (self.root / "docs" / "en" / "index.md").write_text(en_text, encoding="utf-8")
        assert cli.main(["--root", str(self.root), "sync-mark", "en", "--all"]) == 0

    def commit(self, date: str, *, fr: str | None = None, en: str | None = None, message: str = "") -> str:
        self.write(date, fr=fr, en=en)
        return self.commit_all(message or f"policy {date}")

    def commit_all(self, message: str) -> str:
        self.clock += 1
        git(self.root, "add", "-A")
        git(self.root, "commit", "-q", "-m", message, date=f"2024-01-01T12:{self.clock:02d}:00+00:00")
        return git(self.root, "rev-parse", "HEAD").strip()

    def branch(self, name: str = "gh-pages") -> str | None:
        result = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"refs/heads/{name}"],
                                cwd=self.root, capture_output=True, text=True)
        return result.stdout.strip() or None

    def show(self, path: str, rev: str = "gh-pages") -> str:
        return git(self.root, "show", f"{rev}:{path}")

    def tree(self, path: str, rev: str = "gh-pages") -> str:
        return git(self.root, "rev-parse", f"{rev}:{path}").strip()

    def files(self, rev: str = "gh-pages") -> list[str]:
        return git(self.root, "ls-tree", "-r", "--name-only", rev).split()

    def publish(self, **options) -> publish.Outcome:
        return publish.publish(root=self.root, **options)

    def history(self, **options) -> publish.Outcome:
        return publish.publish_history(root=self.root, **options)

    def run(self, *args: str) -> subprocess.CompletedProcess:
        """`policy` in a process of its own, as a user or CI runs it (helpers.policy_process), or, where the test
        is not about the process (`in_process`), by the CLI's main in this one (helpers.policy_in_process)."""
        run = policy_in_process if self.in_process else policy_process
        return run(["--root", str(self.root), *args])


def new_project(path: Path, *, filler: int = 0) -> Project:
    """An empty repository with today's configuration, theme overrides and hooks, nothing committed."""
    path.mkdir(parents=True)
    copy_project(path, docs=None)
    git(path, "init", "-q", "-b", "main")
    return Project(path, filler=filler)


def made_once(tmp_path_factory: pytest.TempPathFactory, make: Callable[[Project, Path], object]) -> Project:
    """A new project brought to a state by `make(project, its folder)` without a git identity, as on CI: what a
    module's fixture makes once for its tests to copy (`copy_of`, `copy_with_origin`), never changing it in place.
    A state of this module's making (`publish_first`, `publish_two` …) is made once for the whole run, whichever
    modules ask for it (`made_for_the_run`)."""
    if getattr(make, "__module__", None) == __name__:
        return made_for_the_run(tmp_path_factory, make)
    with pytest.MonkeyPatch.context() as mp:
        without_identity(mp)
        folder = tmp_path_factory.mktemp("once")
        project = new_project(folder / "project")
        make(project, folder)
    return project


def checked(root: Path, rule: str, *, today: dt.date) -> list:
    """The findings of `rule` that `policy check` (checks.check_project) says of the project at `root` on `today`."""
    from policysite import checks

    return [f for f in checks.check_project(root=root, today=today) if f.rule == rule]


def once_for_the_run(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """The folder `name` made by `make(folder)` once for the whole run, under the folder the run's workers share (the
    session's own without workers): the first worker to need it makes it while the others wait, and each then reads
    it, never changing it. A worker's failed making is made again by the next to ask."""
    import fcntl
    import os

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base
    folder, done = shared / name, shared / f"{name}.done"
    with open(shared / f"{name}.lock", "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)  # what a worker's failed making left
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def initialized(tmp_path_factory: pytest.TempPathFactory, site: Path, *options: str) -> Path:
    """`site` as `policy init SITE OPTIONS` makes it (every file, its repository and first commit), copied from one
    `policy init` made once for the whole run for the same options, today (`clock.today`, a test's own if it set one)
    and git identity (`once_for_the_run`): a test that starts from a new site, not about `init` itself, pays a copy
    (some 10 ms) rather than an init (some 60 ms; test_import_git made the same site 48 times). The copy differs from
    a site of its own init by its first commit's time alone (and git's index, read again). Its words are not shown."""
    import contextlib
    import hashlib
    import io

    from policysite import clock

    identity = {name: os.environ.get(name) for name in sorted(GIT_ENV)}
    key = hashlib.sha256(json.dumps([options, clock.today().isoformat(), identity]).encode("utf-8")).hexdigest()

    def made(folder: Path) -> None:
        said = io.StringIO()
        with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
            code = cli.main(["init", str(folder / "site"), *options])
        assert code == 0, said.getvalue()

    shutil.copytree(once_for_the_run(tmp_path_factory, f"init-{key[:16]}", made) / "site", site, symlinks=True)
    return site


@dataclass(frozen=True)
class Served:
    """A published site as a browser test reads it: its base URL, and its project's folder."""

    base: str
    project: Path

    def url(self, path: str) -> str:
        return self.base + path


def published_in_languages(folder: Path, langs: Sequence[str], dates: Sequence[str],
                           text: Callable[[str, int], str]) -> Path:
    """A site of `policy init` in `langs` (the first authoritative) in `folder / "site"`, one commit a date holding
    `text(lang, n)` in each language (each translation marked in line: `sync-mark --all`), published by `policy history`
    and exported into `folder / "public"`: that folder."""
    root = folder / "site"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        assert cli.main(["init", str(root), "--company", "Example Ltd", "--languages", ",".join(langs)]) == 0
        for n, date in enumerate(dates):
            for lang in langs:
                (root / "docs" / lang / "index.md").write_text(text(lang, n), encoding="utf-8")
            for lang in langs[1:]:
                assert cli.main(["--root", str(root), "sync-mark", lang, "--all"]) == 0
            git(root, "add", "-A")
            git(root, "commit", "-q", "-m", f"policy {date}", date=f"{date}T09:00:00+00:00")
        published(root)
        return export_site.export(root=root, site_dir=folder / "public")


def made_for_the_run(tmp_path_factory: pytest.TempPathFactory, make: Callable[[Any, Path], object], *,
                     new: Callable[[Path], Project] = new_project, kind: type[Project] = Project) -> Any:
    """`made_once` of a function of this module (its name the state's), once for the whole run rather than once a
    module: made by the first worker to need it (`once_for_the_run`), every module asking for it gets the same state
    (the same commits, texts and clock), read in place or copied by a test (`copy_of`), never changed. `new` makes
    the empty project `make` starts from, `kind` the class it is read back as (documents_repo.made_for_the_run: a site
    of three documents, new_site and Site)."""
    assert make.__qualname__ == make.__name__, "a function of a module's top level"
    name = f"{make.__module__}.{make.__name__}"
    if name not in _MADE:
        def made(folder: Path) -> None:
            with pytest.MonkeyPatch.context() as mp:
                without_identity(mp)
                project = new(folder / "project")
                make(project, folder)
            (folder / "clock").write_text(str(project.clock), encoding="utf-8")

        folder = once_for_the_run(tmp_path_factory, f"state-{name}", made)
        project = kind(folder / "project")
        project.clock = int((folder / "clock").read_text(encoding="utf-8"))
        _MADE[name] = project
    return _MADE[name]


_MADE: dict[str, Project] = {}  # this process's states made for the run, by the name of what made them


def copy_of(project: Project, path: Path) -> Project:
    """`project` copied to `path` whole (its branches, gh-pages, what publishing keeps in .git), to go on from where it
    is: a state a module's fixture makes once, copied for each test that changes it (the same commits, clock and all)."""
    shutil.copytree(project.root, path, symlinks=True)
    copy = type(project)(path, filler=project.filler)
    copy.clock = project.clock
    return copy


def published_with_an_origin(project: Project, tmp_path: Path) -> None:
    """2021-02-17 published, and the repository cloned as its origin (gh-pages there too)."""
    project.commit("2021-02-17")
    assert project.run("publish").returncode == 0
    origin = tmp_path / "origin.git"
    git(project.root, "clone", "-q", "--bare", str(project.root), str(origin))
    git(project.root, "remote", "add", "origin", str(origin))
    git(project.root, "fetch", "-q", "origin")


def copy_with_origin(project: Project, path: Path) -> Project:
    """A copy of a project made by `published_with_an_origin` (its folder's project and origin.git) into `path`: the
    same layout, the copy's origin its own copy of origin.git."""
    copy = copy_of(project, path / "project")
    shutil.copytree(project.root.parent / "origin.git", path / "origin.git", symlinks=True)
    git(copy.root, "remote", "set-url", "origin", str(path / "origin.git"))
    return copy


def edit_pages(project: Project, tmp_path: Path, edit: Callable[[Path], object], subject: str = "tamper") -> None:
    """A hand edit of the published branch, as someone with push rights would make it: `edit` changes a checkout of
    gh-pages, committed on the branch under `subject` (publishing's own, if it likes)."""
    checkout = tmp_path / "pages"
    git(project.root, "worktree", "add", "-q", str(checkout), "gh-pages")
    edit(checkout)
    git(checkout, "add", "-A")
    git(checkout, "commit", "-q", "-m", subject)
    git(project.root, "worktree", "remove", "--force", str(checkout))


def commit_on_branch(project: Project, changes: Mapping[str, bytes | str | None], subject: str = "tamper", *,
                     branch: str = "gh-pages", date: str = "2030-01-01T12:00:00+00:00") -> str:
    """A hand commit on `branch` (as `edit_pages` makes one, the same tree, parent, subject, identity and dates),
    written with git's plumbing on a temporary index read from the branch's tip: no worktree, no checkout of the
    branch's files. `changes` maps a path to its new content (bytes, or text written as UTF-8) or to None, which
    removes that file or every file under that folder. The new commit's id."""
    import os
    import tempfile

    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}

    def run(*args: str, data: bytes | None = None) -> str:
        return subprocess.run(["git", *args], cwd=project.root, env=env, input=data, check=True,
                              capture_output=True).stdout.decode("utf-8").strip()

    tip = run("rev-parse", "--verify", f"refs/heads/{branch}")
    with tempfile.TemporaryDirectory() as folder:
        env["GIT_INDEX_FILE"] = os.path.join(folder, "index")
        run("read-tree", tip)
        listed = run("ls-files", "-z").split("\0")
        lines = []
        for path, content in changes.items():
            if content is None:
                gone = [name for name in listed if name == path or name.startswith(path.rstrip("/") + "/")]
                assert gone, f"{path}: not on {branch}"
                lines += [f"0 {'0' * 40}\t{name}" for name in gone]
            else:
                data = content.encode("utf-8") if isinstance(content, str) else content
                lines.append(f"100644 {run('hash-object', '-w', '--stdin', data=data)}\t{path}")
        run("update-index", "--index-info", data="".join(f"{line}\n" for line in lines).encode("utf-8"))
        tree = run("write-tree")
    commit = run("commit-tree", tree, "-p", tip, "-m", subject)
    run("update-ref", "-m", f"commit: {subject}", f"refs/heads/{branch}", commit, tip)
    return commit


def publish_first(project: Project, _folder: Path) -> None:
    """2021-02-17 committed and published by `policy publish`: a `made_once` state."""
    project.commit("2021-02-17")
    project.publish()


def history_first(project: Project, _folder: Path) -> None:
    """2021-02-17 committed and published by `policy history`: a `made_once` state."""
    project.commit("2021-02-17")
    assert project.history().published == ["2021-02-17"]


def history_two(project: Project, _folder: Path) -> None:
    """2021-02-17 and 2022-03-01 ('Deuxième texte.', 'Second text.') committed and published by one `policy history`:
    a `made_once` state."""
    project.commit("2021-02-17")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.history().published == ["2021-02-17", "2022-03-01"]


def publish_two(project: Project, _folder: Path) -> None:
    """2021-02-17, then 2022-03-01, each published by `policy publish`: a `made_once` state."""
    project.commit("2021-02-17")
    project.publish()
    project.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    project.publish()


def set_digest(checkout: Path, version: str, lang: str, rel: str, data: bytes, *, directory: str = "manifest") -> None:
    """The digest of `data` set for `rel` of `version`'s `lang` in its manifest (in `directory`, a further document's
    `manifest/<id>`) in a checkout of gh-pages, as a hand commit named as a rebuild would write it."""
    kept = checkout / directory / f"{version}.json"
    record = json.loads(kept.read_text(encoding="utf-8"))
    record["languages"][lang]["files"][rel] = mf.sha256(data)
    kept.write_bytes(mf.VersionManifest.loads(json.dumps(record)).dumps())


def rename_english(project: Project, code: str = "en-GB") -> None:
    """English's code renamed `code` in the configuration (not committed), its config file, theme.language and pages'
    folder moved along, as a company renaming a language would."""
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace("      - code: en\n", f"      - code: {code}\n"),
                      encoding="utf-8")
    english = (project.root / "mkdocs.en.yml").read_text(encoding="utf-8")
    (project.root / "mkdocs.en.yml").unlink()
    (project.root / f"mkdocs.{code}.yml").write_text(
        english.replace("language: en\n", f"language: {code}\n").replace("docs/en\n", f"docs/{code}\n"),
        encoding="utf-8")
    (project.root / "docs" / "en").rename(project.root / "docs" / code)


def fresh_clone_after(tmp_path_factory: pytest.TempPathFactory, tmp_path: Path,
                      rewrite: list[str]) -> tuple[Project, Path]:
    """history_two's repository pushed to an origin, main rewritten there by `git filter-branch <rewrite> main` (from a
    clone of it, force-pushed), and a fresh clone of the origin: (that clone, the origin)."""
    made = made_once(tmp_path_factory, history_two)
    origin = tmp_path / "origin.git"
    git(tmp_path, "clone", "-q", "--bare", f"file://{made.root}", str(origin))
    rewriter = tmp_path / "rewriter"
    git(tmp_path, "clone", "-q", f"file://{origin}", str(rewriter))
    subprocess.run(["git", "filter-branch", *rewrite, "main"], cwd=rewriter, check=True, capture_output=True,
                   env={**os.environ, **GIT_ENV, "FILTER_BRANCH_SQUELCH_WARNING": "1"})
    git(rewriter, "push", "-q", "--force", "origin", "main")
    fresh = Project(tmp_path / "fresh")
    git(tmp_path, "clone", "-q", f"file://{origin}", str(fresh.root))
    gone = json.loads(git(origin, "show", "gh-pages:manifest/2022-03-01.json"))["languages"]["fr"]["source"]["commit"]
    assert subprocess.run(["git", "cat-file", "-e", gone], cwd=fresh.root).returncode != 0  # not in this clone
    return fresh, origin
