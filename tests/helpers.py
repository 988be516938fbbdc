"""Test helpers: the project root, synthetic policy pages, git with a fixed identity and dates."""
from __future__ import annotations

import importlib.util
import os
import re
import subprocess
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "tests" / "data" / "politique-de-confidentialite-dialonce.txt"
# A frozen copy of the policy pages (fr, en) with their word lists and translation record: tests read
# these, never the live `docs/`, so that the legal team's edits never turn the suite red.
FROZEN = ROOT / "tests" / "data" / "policy"
PROJECT_FILES = ("mkdocs.yml", "mkdocs.en.yml", "hooks", "overrides")

# A fixed identity and fixed dates: tests never depend on the machine's git config.
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author",
    "GIT_AUTHOR_EMAIL": "author@example.test",
    "GIT_COMMITTER_NAME": "Test Committer",
    "GIT_COMMITTER_EMAIL": "committer@example.test",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}


def synthetic_policy(date: str = "2030-01-15", *, sections: str | None = None, title: str = "Synthetic policy") -> str:
    """A small, clearly synthetic policy page with numbered sections."""
    body = sections if sections is not None else (
        "## 1. First section\n\nAlpha paragraph one.\n\n"
        "### 1.1 Sub section\n\n- item one\n- item two\n\n"
        "## 2. Second section\n\nBravo paragraph with [a link](https://example.test/).\n"
    )
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}"


def git(repo: Path, *args: str, date: str = "2030-01-01T12:00:00+00:00") -> str:
    """Run git in `repo` with the fixed identity and the given author and committer date."""
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date}
    result = subprocess.run(["git", *args], cwd=repo, env=env, check=True, capture_output=True, text=True)
    return result.stdout


def stored(root: Path, data: bytes | str) -> str:
    """The id of the blob `data` (text as UTF-8) written into the object store of the repository at `root`
    (`git hash-object -w`): a file a test puts in a listing or on a branch by hand, as no command would."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=root, input=data, capture_output=True,
                          check=True).stdout.decode().strip()


def raw_commit(root: Path, message: str, stamp: int, zone: str = "-1200") -> str:
    """A commit of the index's tree on HEAD, authored and committed at the Unix time `stamp` in `zone`, written as a
    tool writes it (`git commit` refuses a time before 1970, which git stores and does not print), made HEAD."""
    tree = git(root, "write-tree").strip()
    raw = (f"tree {tree}\nparent {git(root, 'rev-parse', 'HEAD').strip()}\nauthor A <a@example.test> {stamp} {zone}\n"
           f"committer A <a@example.test> {stamp} {zone}\n\n{message}\n")
    sha = subprocess.run(["git", "hash-object", "-t", "commit", "-w", "--literally", "--stdin"], cwd=root, input=raw,
                         capture_output=True, text=True, check=True).stdout.strip()
    git(root, "update-ref", "HEAD", sha)
    return sha


def copy_project(target: Path, *, docs: Path | None = FROZEN) -> Path:
    """The project's configuration, hooks and overrides in `target` (not a repo), with the frozen policy
    pages as its docs/ (or an empty docs/fr and docs/en when `docs` is None)."""
    import shutil

    target.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    if docs is None:
        for lang in ("fr", "en"):
            (target / "docs" / lang).mkdir(parents=True)
        # No word list defines the description's acronyms (RGPD, GDPR) here: each configuration's description is its
        # site's name, as `policy init` writes it (checks judge the description's words as the name's: leads45).
        for config in target.glob("mkdocs*.yml"):
            text = config.read_text(encoding="utf-8")
            name = re.search(r"(?m)^site_name: (.*)$", text)
            if name is not None:
                config.write_text(re.sub(r"(?m)^site_description: .*$", lambda _m, n=name[1]: f"site_description: {n}",
                                         text, count=1), encoding="utf-8")
    else:
        shutil.copytree(docs, target / "docs")
    return target


def one_language_project(path: Path) -> Path:
    """Example Org's English-only policy: the project's config with other settings, hooks and overrides.

    Not a repository: the caller makes one if it needs one."""
    import shutil

    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    replacements = {
        "site_name: Politique de confidentialité de DialOnce": "site_name: Example Org privacy policy",
        "site_url: https://www.dial-once.com/politique-de-confidentialite/fr/": "site_url: https://example.test/privacy/en/",
        "copyright: Copyright © DialOnce. 2016-{year}. Tous droits réservés.": "copyright: Example Org",
        "site_description: Politique de confidentialité de DialOnce et dispositions relatives au RGPD":
            "site_description: Example Org privacy policy",
        "docs_dir: docs/fr": "docs_dir: docs/en",
        "site_dir: public/fr": "site_dir: public/en",
        "  language: fr": "  language: en",
        "    lang: fr": "    lang: en",
        "    company: DialOnce\n    brand: DialOnce": "    company: Example Org\n    brand: Example",
        "public_url: https://www.dial-once.com/politique-de-confidentialite/": "public_url: https://example.test/privacy/",
        "      - code: fr\n        name: Français\n      - code: en\n        name: English\n    authoritative: fr":
            "      - code: en\n        name: English\n    authoritative: en",
        # DialOnce's definitions are its §5; Example Org's text has no §5 (check warns of a setting naming none)
        '    definitions_section: "5"\n': "",
    }
    for old, new in replacements.items():
        assert old in config, old
        config = config.replace(old, new)
    path.mkdir()
    (path / "mkdocs.yml").write_text(config, encoding="utf-8")
    for name in ("hooks", "overrides"):
        shutil.copytree(ROOT / name, path / name, ignore=shutil.ignore_patterns("__pycache__"))
    page = path / "docs" / "en" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text(synthetic_policy("2024-05-01", title="Example privacy policy"), encoding="utf-8")
    return path


_W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def imported_text(folder: Path, name: str, data: str | bytes, *, day: str = "2021-06-01", lang: str = "fr"):
    """The text `policy import` commits of a source file `name` (`.md`, `.html`, `.docx`) holding `data`, written into
    `folder`, of the date `day`, in the site's authoritative language `lang`: an `importer.Text`."""
    import datetime as dt

    from policysite import importer
    from policysite.convert import Source

    folder.mkdir(parents=True, exist_ok=True)
    source = folder / name
    if isinstance(data, str):
        source.write_text(data, encoding="utf-8")
    else:
        source.write_bytes(data)
    kind = {"md": "markdown", "html": "html", "docx": "docx"}[name.rsplit(".", 1)[1]]
    return importer._convert(Source(source, dt.date.fromisoformat(day), kind), lang=lang, authoritative=True)


def converted_file(folder: Path, name: str, text: str, *, lang: str):  # noqa: ANN201
    """`text` saved as the file `name` in `folder` and converted as `policy import --lang lang` converts it: a
    `convert.Converted`."""
    from policysite.convert import convert

    source = folder / name
    source.write_text(text, encoding="utf-8")
    return convert(source, lang=lang)


def kinds_read(lang: str = "en") -> str:
    """The kinds of file `policy import` reads, as a skipped file's line names them: from the readers' own table
    (sources.FORMATS), so that a reader added there is named without a test's words to change (adopt40)."""
    from policysite import messages
    from policysite.convert.sources import read_formats

    return ("; " if lang == "en" else " ; ").join(messages.said_in(kind, lang) for kind in read_formats())


def docx_file(path: Path, paragraphs: list[tuple[str | None, str]]) -> Path:
    """A minimal Word document, written as Word writes one: each (style, text) a paragraph, where the style is
    `heading 1`, `heading 2`… (Word's built-in names) or None for body text."""
    import zipfile
    from xml.sax.saxutils import escape

    styles = sorted({style for style, _ in paragraphs if style})
    ids = {style: f"S{n}" for n, style in enumerate(styles)}
    props = {style: f'<w:pStyle w:val="{ids[style]}"/>' for style in styles}
    body = "".join(f'<w:p><w:pPr>{props.get(style or "", "")}</w:pPr>'
                   f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>' for style, text in paragraphs)
    parts = {
        "[Content_Types].xml": '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'wordprocessingml.document.main+xml"/></Types>',
        "_rels/.rels": f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships"><Relationship Id="rIdStyles" Type="{_REL}/styles" Target="styles.xml"/></Relationships>',
        "word/document.xml": f"<w:document {_W}><w:body>{body}</w:body></w:document>",
        "word/styles.xml": f"<w:styles {_W}>" + "".join(
            f'<w:style w:type="paragraph" w:styleId="{ids[style]}"><w:name w:val="{style}"/></w:style>'
            for style in styles) + "</w:styles>",
    }
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)
    return path


def poppler(tool: str) -> str:
    """The path of a poppler-utils tool (pdftotext, pdfinfo); without it a developer's run skips the test
    saying what to install, and CI fails (.ci/system-packages installs it)."""
    import shutil

    import pytest

    found = shutil.which(tool)
    if found is None:
        if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
            pytest.fail(f"CI=true: {tool} is needed to read the PDFs back (.ci/system-packages installs poppler-utils)")
        pytest.skip(f"{tool} not found: sudo apt-get install poppler-utils")
    return found


def tmpfs(folder: Path, size: str):  # noqa: ANN201
    """`folder`, made, on a tmpfs of its own of `size` (`8m`), unmounted after: a real full or read-only disk
    (histories34). Where none can be mounted (not root, no `mount`), the test is skipped."""
    import contextlib
    import shutil

    import pytest

    folder.mkdir()
    if shutil.which("mount") is None or subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                                        str(folder)], capture_output=True).returncode:
        pytest.skip("no tmpfs can be mounted here (not root)")

    @contextlib.contextmanager
    def mounted():  # noqa: ANN202
        try:
            yield folder
        finally:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True)

    return mounted()


def without_identity(mp: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """No git identity or configuration anywhere, as on CI: publishing commits must not need one."""
    for name, value in (("GIT_CONFIG_GLOBAL", os.devnull), ("GIT_CONFIG_NOSYSTEM", "1"), ("NO_MKDOCS_2_WARNING", "1")):
        mp.setenv(name, value)
    for name in ("GIT_AUTHOR_NAME", "GIT_AUTHOR_EMAIL", "GIT_COMMITTER_NAME", "GIT_COMMITTER_EMAIL"):
        mp.delenv(name, raising=False)
    return mp


def git_started(mp: pytest.MonkeyPatch) -> list[list[str]]:
    """Each git command started from now on (its arguments after the options), GitPython's included."""
    started: list[list[str]] = []
    popen = subprocess.Popen.__init__

    def counted(self, args, *rest, **options):
        if isinstance(args, (list, tuple)) and args and str(args[0]) == "git":
            words = [str(a) for a in args[1:]]  # (each `-c key=value` of git.OPTIONS left out)
            started.append([word for n, word in enumerate(words) if word != "-c" and (n == 0 or words[n - 1] != "-c")])
        popen(self, args, *rest, **options)
    mp.setattr(subprocess.Popen, "__init__", counted)
    return started


def calls_to(mp: pytest.MonkeyPatch, owner: object, name: str) -> list:
    """The first argument of each call to `owner.name` from now on (the function still runs): what a test of work
    done once counts."""
    real = getattr(owner, name)
    calls: list = []

    def counted(first, *args, **kwargs):
        calls.append(first)
        return real(first, *args, **kwargs)

    mp.setattr(owner, name, counted)
    return calls


def policy_process(argv: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None,
                   terminal: bool = False) -> subprocess.CompletedProcess:
    """`policy ARGV` in a process of its own, as a user or CI runs it: its own exit code, its stdout and stderr as
    files (not terminals; with `terminal`, its stderr a terminal's, what it showed there), standard input empty, in
    `cwd` with `env` (by default, this one's).

    The process is forked from this one rather than started afresh: it finds the generator's modules imported and
    the theme's templates compiled by the tests before it (a new interpreter pays 0.5 to 1 s for them, over a
    hundred times a suite). Nothing it does comes back: its caches, files opened and exit stay in the child."""
    if not terminal:
        return policy_processes([argv], cwd=cwd, env=env)[0]
    import pty
    import sys
    import tempfile

    leader, follower = pty.openpty()
    with tempfile.TemporaryFile() as out:
        with open(follower, "wb") as err:  # the child's copy stays open: the parent's is closed once it is forked
            sys.stdout.flush()
            sys.stderr.flush()
            pid = _forked(argv, out, err, cwd=cwd, env=env)
        shown = []
        while True:  # until the terminal's last writer has ended (EIO on Linux, end of file elsewhere)
            try:
                chunk = os.read(leader, 4096)
            except OSError:
                break
            if not chunk:
                break
            shown.append(chunk)
        os.close(leader)
        _, status = os.waitpid(pid, 0)
        out.seek(0)
        return subprocess.CompletedProcess(["policy", *argv], os.waitstatus_to_exitcode(status),
                                           out.read().decode("utf-8", "replace"),
                                           b"".join(shown).decode("utf-8", "replace"))


def published(root: Path, *, env: dict[str, str] | None = None) -> None:
    """`policy --root ROOT history` for a test's site, in a process of its own forked from this one (`policy_process`:
    a new interpreter, as the browser tests' sites were published, paid some 0.7 s of CPU importing the generator), the
    fixture failing with what the command said."""
    result = policy_process(["--root", str(root), "history"], env=env)
    assert result.returncode == 0, f"policy history failed:\n{result.stdout}{result.stderr}"


def verified_in_both(argv: list[str], *, env: dict[str, str]) -> tuple[subprocess.CompletedProcess, list[str]]:
    """`policy ARGV` (a `verify`) run once in a process of its own with `env` (`policy_process`), and the problem lines
    of that same run's report as `policy verify` prints them in English (the report's `Said`s in the catalogue's
    English words): a site's verify said in its language and in English without verifying twice (each verify builds
    every version again, some 0.6 s of CPU for one)."""
    import json
    import tempfile

    import pytest

    from policysite import messages, verify
    from policysite.findings import visible

    real = verify.verify
    with tempfile.TemporaryDirectory() as folder:
        kept = Path(folder) / "english.json"

        def keeping(**options):  # in the command's process: its report's lines written where the test reads them
            report = real(**options)
            kept.write_text(json.dumps([visible(messages.said_in(line, messages.DEFAULT)) for line in report.problems]),
                            encoding="utf-8")
            return report

        with pytest.MonkeyPatch.context() as patched:
            patched.setattr(verify, "verify", keeping)
            result = policy_process(argv, env=env)
        english = json.loads(kept.read_text(encoding="utf-8")) if kept.exists() else []
    return result, english


def policy_in_process(argv: list[str], *, cwd: Path | None = None,
                      env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """`policy ARGV` run by the CLI's `main` in this process, as `policy_process` runs it in a fork: its exit code,
    stdout and stderr (the file descriptors' too: git's own words), standard input empty, in `cwd` with `env`; what
    the package read while it ran forgotten after it (`forget_readings`), as a fork's end forgets it. For tests not
    about the process itself (its signals, its exit, what it leaves running): a fork of a test worker (800 MB)
    costs some 30 ms to make and 45 ms to end, more than many a command's own work."""
    import sys
    import tempfile

    saved_env = dict(os.environ) if env is not None else None
    saved_cwd = os.getcwd() if cwd is not None else None
    saved_streams = sys.stdin, sys.stdout, sys.stderr
    sys.stdout.flush()
    sys.stderr.flush()
    saved_fds = [os.dup(fd) for fd in (0, 1, 2)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        try:
            code = _main_on(argv, out, err, cwd=cwd, env=env, caught=Exception)  # (a Ctrl-C stops the run)
        finally:
            if sys.stdin is not saved_streams[0]:
                sys.stdin.close()
            sys.stdin, sys.stdout, sys.stderr = saved_streams
            for fd, saved in zip((0, 1, 2), saved_fds):
                os.dup2(saved, fd)
                os.close(saved)
            if saved_cwd is not None:
                os.chdir(saved_cwd)
            if saved_env is not None:
                os.environ.clear()
                os.environ.update(saved_env)
            forget_readings()
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(["policy", *argv], code, out.read().decode("utf-8", "replace"),
                                           err.read().decode("utf-8", "replace"))


def policy_processes(argvs: list[list[str]], *, cwd: Path | None = None,
                     env: dict[str, str] | None = None) -> list[subprocess.CompletedProcess]:
    """Each `policy ARGV` of `argvs` in a process of its own (as `policy_process`), all started before any is waited
    for: commands running at once, as two users' or jobs' would."""
    import contextlib
    import sys
    import tempfile

    with contextlib.ExitStack() as stack:
        files = [(stack.enter_context(tempfile.TemporaryFile()), stack.enter_context(tempfile.TemporaryFile()))
                 for _ in argvs]
        sys.stdout.flush()
        sys.stderr.flush()
        pids = [_forked(argv, out, err, cwd=cwd, env=env) for argv, (out, err) in zip(argvs, files)]
        results = []
        for argv, pid, (out, err) in zip(argvs, pids, files):
            _, status = os.waitpid(pid, 0)
            out.seek(0)
            err.seek(0)
            results.append(subprocess.CompletedProcess(["policy", *argv], os.waitstatus_to_exitcode(status),
                                                       out.read().decode("utf-8", "replace"),
                                                       err.read().decode("utf-8", "replace")))
        return results


def _main_on(argv: list[str], out, err, *, cwd: Path | None, env: dict[str, str] | None,
             caught: type[BaseException]) -> int:
    """The exit code of `cli.main(argv)` run in `cwd` with `env` (by default, this process's), standard input empty
    and `out` and `err` (files) as its stdout and stderr, file descriptors and Python's streams; what it raises of
    `caught` printed as the interpreter would."""
    import io
    import sys
    import traceback

    from policysite import cli

    if env is not None:
        os.environ.clear()
        os.environ.update(env)
    if cwd is not None:
        os.chdir(cwd)
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    os.dup2(out.fileno(), 1)
    os.dup2(err.fileno(), 2)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115 - closed by the caller, or at _exit
    sys.stdout = io.TextIOWrapper(io.FileIO(1, "w", closefd=False), encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(io.FileIO(2, "w", closefd=False), encoding="utf-8",
                                  errors="backslashreplace", write_through=True)
    try:
        code = cli.main(argv)
    except SystemExit as exc:  # argparse's usage errors, as `python -m` ends them
        code = exc.code if isinstance(exc.code, int) else 1 if exc.code else 0
        if isinstance(exc.code, str):
            print(exc.code, file=sys.stderr)
    except caught:  # as the interpreter would print it: the test names what escaped
        traceback.print_exc()
        code = 1
    sys.stdout.flush()
    sys.stderr.flush()
    return code


def _forked(argv: list[str], out, err, *, cwd: Path | None, env: dict[str, str] | None) -> int:
    """The pid of a fork running `policy ARGV` with `out` and `err` (files) as its stdout and stderr."""
    import multiprocessing.util

    pid = os.fork()
    if pid == 0:  # the child: never returns into the test
        code = 70
        try:
            code = _main_on(argv, out, err, cwd=cwd, env=env, caught=BaseException)
            # What the command's own exit runs first (multiprocessing's at exit): the finalizers this process
            # registered (those inherited from the test are its own, not run here), such as its print server's,
            # which waits for that server to end and remove its folder. Not the test's atexit functions.
            multiprocessing.util._run_finalizers(0)
        finally:
            os._exit(code)
    return pid



def rewrite_once(config: pytest.Config) -> list[Path]:
    """Each test module and conftest.py the run collects, its asserts rewritten by pytest's own rewriter into the pyc
    pytest reads (`__pycache__/*-pytest-*.pyc`) where none is up to date yet: the files written.

    Called by the run's main process before its workers start (`pytest -n`): every worker collects every module, and
    rewriting their asserts was three quarters of a collection (some 9 of 12.5 s of CPU), paid by each worker of a
    fresh clone at once, and by each worker of every run where PYTHONDONTWRITEBYTECODE is set (pytest then writes no
    pyc of its own, and still reads one). The workers now read what is written here (pytest checks its source's
    hash), as `make install` byte-compiles src and hooks for the commands."""
    import fnmatch

    from _pytest.assertion import rewrite

    state = config.stash.get(rewrite.assertstate_key, None)
    if state is None:  # --assert=plain: nothing is rewritten
        return []
    patterns = [*config.getini("python_files"), "conftest.py"]
    skipped = config.getini("norecursedirs")
    found: set[Path] = set()
    for arg in config.args:
        path = Path(arg.split("::")[0])
        path = (path if path.is_absolute() else Path(config.invocation_params.dir) / path).resolve()
        folder = path if path.is_dir() else path.parent
        for parent in (folder, *folder.parents):  # the conftest.py files above what is collected, up to the rootdir
            if parent != config.rootpath and config.rootpath not in parent.parents:
                break
            if (parent / "conftest.py").is_file():
                found.add(parent / "conftest.py")
        if path.is_file():
            found.add(path)
            continue
        for top, dirs, files in os.walk(path):  # as pytest walks it: no symbolic link followed, norecursedirs left
            dirs[:] = [d for d in dirs if d != "__pycache__" and not any(fnmatch.fnmatch(d, p) for p in skipped)]
            found.update(Path(top) / name for name in files
                         if name.endswith(".py") and any(fnmatch.fnmatch(name, p) for p in patterns))
    written = []
    for source in sorted(found):
        pyc = rewrite.get_cache_dir(source) / (source.name[:-3] + rewrite.PYC_TAIL)
        if rewrite._read_pyc(source, pyc) is not None:
            continue
        try:
            source_hash, code = rewrite._rewrite_test(source, config)
        except Exception:  # a module that does not compile: left to the workers, whose collection reports it
            continue
        if rewrite.try_makedirs(pyc.parent) and rewrite._write_pyc(state, code, source_hash, pyc):
            written.append(source)
    return written


# The order in which `--dist loadfile` hands the files to the workers, longest work first: the browser tests, then the
# integration tests, then the unit tests (short files that fill the workers' last minutes evenly).
SUITE_RANK = {"e2e": 0, "integration": 1, "unit": 2}


def suite_order(items: list) -> list:
    """`items` file by file, each file's in their order: the browser tests' files first, those publishing a site of
    their own (not the shared `site`) before the others, so that the shared site is published while they run, not
    waited for by every worker at the start; then the integration tests', the unit tests', the rest; within each, the
    files with more tests first. Stable: the same collection, the same order."""
    files: dict[Path, list] = {}
    for item in items:
        files.setdefault(Path(str(item.path)), []).append(item)

    def rank(path: Path) -> tuple:
        group = SUITE_RANK.get(path.parent.name, len(SUITE_RANK))
        shared = any("site" in getattr(item, "fixturenames", ()) for item in files[path])
        return group, group == 0 and shared, -len(files[path]), str(path)

    return [item for path in sorted(files, key=rank) for item in files[path]]


def until(condition, *, what: str, seconds: float = 120.0) -> None:
    """Wait until `condition()` is true, looking again every 20 ms: a test waits on what it needs, never on a time that
    a busy machine outruns. `seconds` is only the net of a test that would otherwise hang: it fails, naming `what`."""
    import time

    import pytest

    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"{what}: still not so after {seconds:g} s")
        time.sleep(0.02)


class Started:
    """`policy ARGV` running in a process of its own (forked as `policy_process` forks it), for a test to watch what it
    says while it runs (`said`) before waiting for its end (`result`)."""

    def __init__(self, argv: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None):
        import sys
        import tempfile

        self.argv = argv
        self._out, self._err = tempfile.TemporaryFile(), tempfile.TemporaryFile()
        sys.stdout.flush()
        sys.stderr.flush()
        self.pid = _forked(argv, self._out, self._err, cwd=cwd, env=env)

    def said(self) -> str:
        """Its stderr so far (read where it is, without moving the offset the process writes at)."""
        return os.pread(self._err.fileno(), 1 << 20, 0).decode("utf-8", "replace")

    def result(self) -> subprocess.CompletedProcess:
        _, status = os.waitpid(self.pid, 0)
        with self._out, self._err:
            self._out.seek(0)
            self._err.seek(0)
            return subprocess.CompletedProcess(["policy", *self.argv], os.waitstatus_to_exitcode(status),
                                               self._out.read().decode("utf-8", "replace"),
                                               self._err.read().decode("utf-8", "replace"))


# What the package's processes keep of their installed code and files (the catalogue, the word lists and dictionaries,
# the theme, its scripts and fonts, the code's digest) and the tables they make of them for a language (its months,
# ordinal and cardinal words, date patterns, locale): the same for every test, made again at a cost (the ordinal words
# of every language 20 ms each time), kept for the run. Every other cache of a function of the package is a reading of
# some test's texts, pages or histories.
KEPT_CACHES = frozenset({
    "policysite.messages.catalogue", "policysite.messages._locale",
    "policysite.spelling._dictionary_lines", "policysite.spelling._vocabulary", "policysite.spelling._checker",
    "policysite.strings._merged", "policysite.strings._merged_redline", "policysite.strings._number_locale",
    "policysite.strings.minimum_grouping", "policysite.strings.language_name_in", "policysite.strings.language_name",
    "policysite.strings.script_code", "policysite.strings.direction", "policysite.strings._long_format",
    "policysite.strings._bare_fields", "policysite.heading_numbers._ordinals", "policysite.heading_numbers._cardinals",
    "policysite.sync.language_months", "policysite.sync.date_patterns", "policysite.sync.writes_day_first",
    "policysite.sync._month_year", "policysite.sync._number_words", "policysite.year_parts._pattern",
    "policysite.preview._patterns", "policysite.editorial._marks", "policysite.convert.sources._months",
    "policysite.convert.language_runs._language_names", "policysite.typeset._nothing", "policysite.stylesheet._code",
    "policysite.stylesheet._parser",
    "policysite.findingcache.checks_digest", "policysite.manifest.code_digest", "policysite.manifest._installed",
    "policysite.servedpages._installed", "policysite.init._material", "policysite.config_rules._scripts",
    "policysite.config_rules.generator_hooks", "policysite.safety.theme_scripts", "policysite.safety._country_tlds",
    "policysite.stylesheet._names_in_all", "policysite.stylesheet._scoped_names", "policysite.compact._compacted",
    "policysite.build._read_configs_once",
    "policysite.build._versions", "policysite.pdfengine.packages", "policysite.pdfengine.versions",
    "policysite.pdfengine._families", "policysite.pdfengine._file_digest", "policysite.scriptfonts._folder",
    "policysite.printing._environment", "policysite.scratch._memory",
    # the theme's stylesheets as tinycss2 reads them, what they name and their trimmings: functions of the stylesheet's
    # text (and of the classes kept), Material's the same for every test, some 0.2 s of CPU to make again (a third of
    # a small publishing test's); a test that counts them clears them (test_stylesheet, test_kept_trimmings)
    "policysite.stylesheet._parsed", "policysite.stylesheet._named", "policysite.stylesheet._plan",
    "policysite.stylesheet._trim",
    # the faces the print engine carries in its library (Typst's, some 80 MB read for them: 0.6 s of CPU), the same for
    # every test, read again by each test whose publish judged a PDF (a fifth of test_notice's CPU), and the classes the
    # package's own modules write: functions of the installed code alone
    "policysite.pdffonts._engine_faces", "policysite.written._code",
    # what a stylesheet's rules shrink and hide, as tinycss2 reads it: functions of the stylesheet's text alone, Material's
    # and the site's own the same for every test, some 0.22 s of CPU a command to make again (the output check's
    # `safety.shrinking`, a sixth of a small history test's CPU); kept here and read once a worker (conftest's
    # stylesheets_read_once) for the commands forked from it
    "policysite.css_rules.shrinking_subjects", "policysite.css_rules.hiding_classes",
    "policysite.css_rules._declarations", "policysite.css_rules._located",
    # the globals each theme script defines (a function of the script's source and of the code: globalscache keeps
    # them in each repository's .git too, every test's new one cold): Material's bundle read token by token again,
    # some 0.3 s of CPU a command; read once a worker too
    "policysite.globalscache.defined",
})
# The readings a module keeps in a container of its own rather than a function's cache: (module, name, emptied as).
KEPT_READINGS = (
    ("policysite.anchors", "_read", "clear"), ("policysite.safety", "_PASSED", "clear"),
    ("policysite.safety", "_last_page", None), ("policysite.servedpages", "_PASSED", "clear"),
    ("policysite.history", "_TEXTS", "clear"), ("policysite.settings", "_READ", "clear"),
    ("policysite.branch", "_ADDITIONS", "clear"), ("policysite.branch", "_LAST_MANIFESTS", "clear"),
    ("policysite.branch", "_KEPT_MANIFESTS", "clear"), ("policysite.manifestcache", "_WHOLE", "clear"),
    ("policysite.archive", "_LAST_READ", "clear"), ("policysite.verify", "_THEME_COMMITS", "clear"),
    ("policysite.manifest", "_COMMITS", "clear"), ("policysite.sitedescriptions", "_ID_SIZES", "clear"),
)
# build._LISTINGS is not among them: it keeps the installed theme's file list only (Material's ~15,000 files, listed
# again for every test that built: some 50 ms a test), what KEPT_CACHES keeps of the installed files.


def forget_readings() -> None:
    """Drop every reading of texts, pages and histories that the package's modules keep in this process, as a new
    process starts, and keep what they read of the installed code and files (KEPT_CACHES): a test that counts the
    work done finds none done by the tests that ran before it on the same worker, in whatever order they ran."""
    import sys

    for cache in _readings_cached(len(sys.modules)):
        cache.cache_clear()
    document = sys.modules.get("policysite.document")
    if document is not None:
        document.forget_parses()
    for name, attribute, emptied in KEPT_READINGS:
        module = sys.modules.get(name)
        if module is None:
            continue
        if emptied is None:
            setattr(module, attribute, None)
        else:
            getattr(getattr(module, attribute), emptied)()


def _readings_cached(modules: int) -> list:
    """The caches of the package's functions not in KEPT_CACHES, among the modules imported: looked for again only
    when `modules` (how many the process has imported) has changed since (2 ms a look, before each test)."""
    import sys

    if _LOOKED[0] != modules:
        found = []
        for name, module in list(sys.modules.items()):
            if name != "policysite" and not name.startswith("policysite."):
                continue
            found.extend(value for value in list(vars(module).values())
                         if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info")
                         and getattr(value, "__module__", None) == name
                         and f"{name}.{value.__qualname__}" not in KEPT_CACHES)
        _LOOKED[:] = [modules, found]
    return _LOOKED[1]


_LOOKED: list = [-1, []]


# The package's sources as the tests that scan them read them (test_messages, test_messages_scan, test_dict_keys_once,
# test_words14_catalogue, test_messages_on_pages): each of these files parsed all 280 modules again (some 2.3 s of CPU a
# parse, 0.7 s more a walk of their 680,000 nodes), five parses where a worker needs one. The folder is the imported
# package's, as its spec finds it without importing it: the scans that start from `policysite.__file__` and those that
# start here read the same files, also where the environment is another clone's (.ci/legal-edit-proof links the
# project's .venv, whose editable install imports the project's src, not the clone's: 282 modules parsed twice).
PACKAGE = Path(importlib.util.find_spec("policysite").origin).parent


def package_sources(folder: Path = PACKAGE) -> list[Path]:
    """Every module of the package (or of `folder`), in the order of their paths."""
    return sorted(folder.rglob("*.py"))


def parsed(path: Path):
    """`path`'s Python as `ast.parse` reads it, parsed once a process while the file keeps its size and time (an edited
    file is parsed again). The tree is shared by every caller: read it (ast.walk, ast.unparse), never change it."""
    stat = path.stat()
    return _parsed(str(path), stat.st_mtime_ns, stat.st_size)


def walked(path: Path) -> tuple:
    """Every node of `parsed(path)`, in `ast.walk`'s order, walked once a process while the file is unchanged."""
    stat = path.stat()
    return _walked(str(path), stat.st_mtime_ns, stat.st_size)


def _parsed(path: str, mtime: int, size: int):
    import ast

    key = (path, mtime, size)
    if key not in _TREES:
        _TREES[key] = ast.parse(Path(path).read_text(encoding="utf-8"), filename=path)
    return _TREES[key]


def _walked(path: str, mtime: int, size: int) -> tuple:
    import ast

    key = (path, mtime, size)
    if key not in _NODES:
        _NODES[key] = tuple(ast.walk(_parsed(path, mtime, size)))
    return _NODES[key]


_TREES: dict[tuple[str, int, int], object] = {}
_NODES: dict[tuple[str, int, int], tuple] = {}
