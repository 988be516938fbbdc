"""Fixtures: temporary git repos and one real strict build (of the frozen policy) shared by the integration tests."""
from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path

import pytest

from helpers import (
    GIT_ENV,
    copy_project,
    forget_readings,
    git,
    policy_process,
    rewrite_once,
    suite_order,
    without_identity,
)
from policysite import scratch
from policysite.scratch import memory_folder


def pytest_configure(config):
    """The tests' temporary folders in memory where the machine has a tmpfs to spare (/dev/shm): the suite makes and
    removes some hundred thousand files (repositories, builds, theme copies), whose system calls on a disk's ext4
    were a fifth of its CPU. pytest's own way (PYTEST_DEBUG_TEMPROOT, read when the first folder is made): numbered
    folders, several runs at once, the last run kept (pyproject); xdist's workers are given theirs under it. A root asked
    for (--basetemp, PYTEST_DEBUG_TEMPROOT, a worker's) is left as it is; without such a tmpfs, the machine's.

    With workers (`pytest -n`), their test modules' asserts are rewritten here once, before they start, for each of
    them to read rather than rewrite (helpers.rewrite_once)."""
    # The commands say their findings in English unless a test asks for another language (a synthetic site's
    # authoritative language is often French, whose messages would be the default: messages.choose).
    os.environ["POLICY_MESSAGES"] = "en"
    if getattr(config.option, "numprocesses", None) and not os.environ.get("PYTEST_XDIST_WORKER"):
        rewrite_once(config)
        # xdist's scheduler takes the files in the workers' collection order (suite_order), not its own
        config.option.loadscopereorder = False
    if config.option.basetemp or "PYTEST_DEBUG_TEMPROOT" in os.environ or os.environ.get("PYTEST_XDIST_WORKER"):
        return
    folder = memory_folder(room=4 << 30)  # the suite's folders, at once
    if folder is not None:
        os.environ["PYTEST_DEBUG_TEMPROOT"] = folder


def pytest_collection_modifyitems(config, items):
    """The files in the order of `helpers.suite_order`. xdist's own order (turned off in pytest_configure: files with
    the most tests first) put the files of one or two costly tests (a site published by a module's fixture) last, on a
    worker the others then waited for."""
    items[:] = suite_order(items)


@pytest.fixture(scope="session", autouse=True)
def own_temporary_folder(tmp_path_factory):
    """The commands' temporary folders (`policy-publish-…`, `policy-typeset-…`) made under the session's own folder,
    not the machine's /tmp: tests that stop a command the hard way (`os._exit`, SIGKILL) leave them behind by design,
    and pytest's folders are cleaned after three runs; a CI machine's /tmp gathered five of them a run."""
    folder = tmp_path_factory.mktemp("tmp")
    saved = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = str(folder)
    yield folder
    if saved[0] is None:
        os.environ.pop("TMPDIR", None)
    else:
        os.environ["TMPDIR"] = saved[0]
    tempfile.tempdir = saved[1]


@pytest.fixture
def commands_in_process(monkeypatch):
    """A test's `Project.run` commands run by the CLI's main in the test's process (helpers.policy_in_process), not
    in a fork of it: for the files whose tests are not about the process (its signals, exit, leftovers), where a fork
    of an 800 MB worker for each command (some 75 ms of CPU) cost a fifth of their CPU or more."""
    from policy_repo import Project

    monkeypatch.setattr(Project, "in_process", True)


@pytest.fixture(autouse=True)
def readings_forgotten():
    """Each test starts as a new process would, with no reading of an earlier test's texts, pages or histories kept
    by the package (helpers.forget_readings): a count of work done, or a cache's state, no longer depends on which
    tests the worker ran before (a count of own ids worked out read 48 against 24 after another file's tests)."""
    forget_readings()


@pytest.fixture(scope="session", autouse=True)
def word_styles_read_once():
    """mammoth's reading of a Word file's large XML parts kept for the run, by their bytes: every document a test makes
    with python-docx carries its default template's styles.xml (349 kB, some 9,000 elements), which mammoth parsed
    again with minidom for each conversion (0.2 s of CPU each, nine tenths of a conversion). The same bytes give the
    same tree (mammoth reads it, never changes it); a part of a test's own making, smaller, is read as before."""
    import io

    from mammoth.docx import office_xml

    read, kept = office_xml.read, {}

    def read_once(fileobj):
        data = fileobj.read()
        if len(data) < LARGE_PART:
            return read(io.BytesIO(data))
        if data not in kept:
            kept[data] = read(io.BytesIO(data))
        return kept[data]

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(office_xml, "read", read_once)
        yield kept


@pytest.fixture(scope="session", autouse=True)
def stylesheets_read_once():
    """What the stylesheets every test's project holds shrink and hide (css_rules: the installed theme's, the site's
    own overrides as copy_project copies them), read once a worker, before any command is forked from it: each
    command's output check read them again with tinycss2 (`safety.shrinking`, 0.22 s of CPU a command), the same
    answer for the same text (helpers.KEPT_CACHES keeps them between tests). A stylesheet a test writes is another
    text, read as before."""
    import material

    from helpers import ROOT
    from policysite import css_rules, safety

    installed = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    for sheet in sorted([*installed.glob("*.css"), *(ROOT / "overrides" / "assets" / "stylesheets").glob("*.css")]):
        text = sheet.read_text(encoding="utf-8")
        css_rules.shrinking_subjects(text)
        if sheet.parent == installed:
            css_rules.hiding_classes(text)
    # and the globals the theme's scripts define (globalscache.defined, by each script's source): the output check's
    # `safety.theme_globals`, Material's bundle read token by token in each command
    safety.theme_globals(safety.installed_theme_dirs(ROOT))


LARGE_PART = 32 << 10  # bytes: python-docx's styles.xml and stylesWithEffects.xml, not a test's document.xml


@pytest.fixture
def fixed_git(monkeypatch):
    """Every git and `policy` call of the test, in this process or a child, with the fixed identity and no
    machine's git configuration (as CI has none): `pytestmark = pytest.mark.usefixtures("fixed_git")`."""
    for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def no_identity(monkeypatch):
    """`without_identity` for one test: `pytestmark = pytest.mark.usefixtures("no_identity")`; a module's
    fixture uses `without_identity(pytest.MonkeyPatch())` and undoes it."""
    without_identity(monkeypatch)


@pytest.fixture
def git_repo(tmp_path: Path) -> Path:
    """An empty repository on branch main with a local identity."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    return repo


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """`policy build` of the project into a temporary folder, as `make build` runs it, in a process of its own (forked:
    helpers.policy_process): once for the whole run (some 3 s of CPU), by the first worker to need it while the others
    wait (policy_repo.once_for_the_run), as the e2e site is (its test files, read only, fall on several workers)."""
    from policy_repo import once_for_the_run

    def build(folder: Path) -> None:
        site = folder / "site"
        site.mkdir()
        project = copy_project(folder / "project")
        result = policy_process(["--root", str(project), "build", "--site-dir", str(site)], cwd=project,
                                env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        assert result.returncode == 0, result.stdout + result.stderr
        assert "WARNING" not in result.stderr, result.stderr

    return once_for_the_run(tmp_path_factory, "built-site", build) / "site"


@pytest.fixture
def initialized(tmp_path_factory):
    """`initialized(site, *options)`: `site` as `policy init SITE OPTIONS` makes it, copied from one init made once for
    the run (policy_repo.initialized), for a test that starts from a new site and is not about `init`."""
    from policy_repo import initialized

    return functools.partial(initialized, tmp_path_factory)


@pytest.fixture
def nothing_chosen(monkeypatch, tmp_path):
    """No folder chosen by the user or the caller, and a tmpfs with room at `tmp_path / "memory"` (scratch.py):
    where a command's temporary folders go."""
    memory = tmp_path / "memory"
    memory.mkdir()
    for name in ("TMPDIR", "TEMP", "TMP"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(tempfile, "tempdir", None)
    monkeypatch.setattr(scratch, "_memory", lambda: str(memory))
    return memory
