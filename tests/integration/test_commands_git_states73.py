"""Every command that writes gh-pages, under the git states a real clone is in and when interrupted (safety73): one
gate, nothing lost. A refused or interrupted command leaves gh-pages, docs/ and the working tree as they were (compared
by `state`: every ref, `git status --porcelain` and the bytes of the working tree), says `error:` and never shows a
traceback; nothing the output check has not read becomes the local gh-pages.

Each test works on a copy of a temporary project repository (policy_repo: a tiny synthetic policy, fixed identity and
dates) published once and cloned as its origin (`published_with_an_origin`).
"""
from __future__ import annotations

import contextlib
import os
import re
import signal
from pathlib import Path

import pytest
from test_commands_bad_input72 import refused, state

from helpers import git, policy_process, policy_processes
from policy_repo import Project, commit_on_branch, copy_with_origin, made_once, published_with_an_origin

pytestmark = pytest.mark.usefixtures("no_identity")

SCRIPT = "<script>alert(document.cookie)</script>"


@pytest.fixture
def project(tmp_path_factory, tmp_path) -> Project:
    """2021-02-17 published, origin holding gh-pages too; 2022-03-01 committed on main, not yet published."""
    made = made_once(tmp_path_factory, published_with_an_origin)
    copy = copy_with_origin(made, tmp_path)
    copy.in_process = True
    copy.commit("2022-03-01", fr="Texte deux.", en="Text two.")
    return copy


def other_clone(project: Project, tmp_path: Path) -> Project:
    """Another clone of `project`'s origin, its gh-pages a local branch (someone else's machine)."""
    other = Project(tmp_path / "other")
    git(tmp_path, "clone", "-q", str(project.root.parent / "origin.git"), str(other.root))
    git(other.root, "branch", "-q", "gh-pages", "origin/gh-pages")
    return other


def served_page(project: Project, rev: str = "gh-pages") -> str:
    """A page the branch serves: the French page of 2021-02-17 (not `latest/`, which publishing writes again)."""
    return next(path for path in project.files(rev) if re.fullmatch(r"fr/2021-02-17/index\.html", path))


def pushed_unsafe(project: Project, tmp_path: Path, page: str = "") -> str:
    """A commit onto origin's gh-pages adding a script to a served page (`page`, new if it is not there), pushed from
    another clone by someone with push rights: origin's new tip."""
    other = other_clone(project, tmp_path)
    page = page or served_page(other)
    html = other.show(page) if page in other.files() else "<!doctype html><title>x</title><body></body>"
    tip = commit_on_branch(other, {page: html.replace("</body>", f"{SCRIPT}</body>")}, "hand edit")
    git(other.root, "push", "-q", "origin", "gh-pages")
    return tip


def local(found: tuple[str, str, str]) -> tuple[str, str, str]:
    """`state` but for the remote-tracking refs (a fetch moves them: the remote's state, not the command's doing)."""
    refs = "\n".join(line for line in found[0].splitlines() if not line.startswith("refs/remotes/"))
    return refs, found[1], found[2]


@pytest.mark.parametrize("page", ["fr/2021-02-17/index.html", "fr/extra.html", "extra.html"])
def test_an_unsafe_tip_pushed_to_origin_never_becomes_the_local_branch(project, tmp_path, page):
    """publish_remote.push moved the local gh-pages to origin's tip when origin was ahead and nothing was published
    here, without the output check: a script pushed there by someone else became the local branch `policy export`
    and the next publication serve."""
    git(project.root, "reset", "-q", "--hard", "HEAD~1")  # 2021-02-17, published: nothing new to publish
    unsafe = pushed_unsafe(project, tmp_path, page)
    before = state(project.root)
    said = refused(project.run("publish", "--push", "--messages", "en"), page)
    if page == "extra.html":  # (a version's page, or a file in a language's folder: refused before, for what it is)
        assert "origin's gh-pages" in said and "nothing pushed" in said
        assert page in project.run("verify", "-b", "origin/gh-pages", "--messages", "en").stdout
    assert project.branch() != unsafe
    assert local(state(project.root)) == local(before)


@pytest.mark.parametrize("page", ["fr/2021-02-17/index.html", "extra.html"])
def test_publishing_onto_an_unsafe_tip_fetched_from_origin_is_refused(project, tmp_path, page):
    """Origin's tip ahead of the local branch, a script pushed there by hand, fetched: publish (HEAD has a new
    version), history and export refuse it, naming the page (held before safety73)."""
    pushed_unsafe(project, tmp_path, page)
    git(project.root, "fetch", "-q", "origin")
    before = state(project.root)
    for command in (("publish",), ("history",), ("publish", "--push")):
        refused(project.run(*command, "--messages", "en"), page)
        assert state(project.root) == before, command
    site = tmp_path / "site"
    refused(project.run("export", "--site-dir", str(site), "--messages", "en"), page)
    assert not site.exists()
    assert state(project.root) == before


# --- (1) the local branch and its remote ---------------------------------------------------------------------------

def test_a_local_branch_diverged_from_origins_is_refused_by_every_command_that_writes_it(project, tmp_path):
    """2022-03-01 published here, not pushed; another clone pushed a commit of its own onto origin's gh-pages: both
    ahead. Publishing, with or without --push, and history are refused, naming both, the local branch kept (held)."""
    assert project.run("publish").returncode == 0
    other = other_clone(project, tmp_path)
    commit_on_branch(other, {"CNAME": "policy.example.test\n"}, "a domain")
    git(other.root, "push", "-q", "origin", "gh-pages")
    git(project.root, "fetch", "-q", "origin")
    before = state(project.root)
    for command in (("publish", "--push"), ("publish",), ("history", "--push"), ("history",)):
        refused(project.run(*command, "--messages", "en"), "origin/gh-pages")
        assert local(state(project.root)) == local(before), command


@pytest.mark.parametrize("gone", ["removed", "unreachable", "--remote"])
def test_pushing_to_a_remote_out_of_reach_publishes_nothing(project, gone):
    """origin's folder removed, its address a path that does not exist (no network), or `--remote` such a path:
    `publish --push` and `history --push` published on the local gh-pages, then said the push failed: a version this
    machine records as published today that no reader could read, its publication recorded before it was served."""
    nowhere = str(project.root.parent / "nowhere" / "origin.git")
    options: tuple[str, ...] = ()
    if gone == "removed":
        import shutil

        shutil.rmtree(project.root.parent / "origin.git")
    elif gone == "unreachable":
        git(project.root, "remote", "set-url", "origin", nowhere)
    else:
        options = ("--remote", nowhere)
    before = state(project.root)
    for command in (("publish", "--push"), ("history", "--push")):
        said = refused(project.run(*command, *options, "--messages", "en"), "origin")
        assert "cannot be reached: nothing was published nor pushed" in said, said
        assert state(project.root) == before, command
    assert project.run("publish").returncode == 0  # without --push: published here, as asked


# --- (7, 8) a page the commands cannot or must not read --------------------------------------------------------------

@contextlib.contextmanager
def bounded(seconds: int = 120):
    """The test ends (TimeoutError) if what it runs waits longer than `seconds`, as on a FIFO."""
    def waited(_signum, _frame):
        raise TimeoutError("the command waited")

    previous = signal.signal(signal.SIGALRM, waited)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_diff_with_the_working_tree_refuses_a_page_that_is_a_fifo(project, lang):
    """docs/<lang>/index.md a FIFO: `policy diff latest worktree` read it as an empty page and said every section
    deleted, exit 0 (safety72 left it)."""
    page = project.root / "docs" / lang / "index.md"
    page.unlink()
    os.mkfifo(page)
    before = state(project.root)
    with bounded():
        said = refused(project.run("diff", "latest", "worktree", "--lang", lang, "--messages", "en"),
                       f"docs/{lang}/index.md")
    assert "not a file" in said
    assert state(project.root) == before


@pytest.mark.parametrize(("lang", "text"), [("fr", "Texte\0deux."), ("en", "Text\x1b[2Jtwo.")])
def test_sync_mark_refuses_a_page_holding_a_control_character_as_check_does(project, lang, text):
    """A NUL (or an escape) in a section: `policy check` refuses the page, and `sync-mark en --all` marked every
    section in line, the record written, exit 0."""
    page = project.root / "docs" / lang / "index.md"
    page.write_text(page.read_text(encoding="utf-8").replace("Texte deux." if lang == "fr" else "Text two.", text),
                    encoding="utf-8")
    before = state(project.root)
    checked = project.run("check", "--messages", "en")
    assert checked.returncode == 1 and re.search(rf"docs/{lang}/index\.md:\d+: \[text\.control\]", checked.stdout)
    for command in (("sync-mark", "en", "--all"), ("sync-mark", "en", "2")):
        refused(project.run(*command, "--messages", "en"), f"docs/{lang}/index.md:", "[text.control]",
                "nothing marked")
        assert state(project.root) == before, command


# --- (3) clones that lack part of the history or of the branch -------------------------------------------------------

def pushed_main(project: Project) -> Path:
    """main (2022-03-01 committed, not published) pushed to origin: the origin's folder."""
    origin = project.root.parent / "origin.git"
    git(project.root, "push", "-q", "origin", "main")
    return origin


@pytest.mark.parametrize("how", [("--depth", "1"), ("--depth", "1", "--no-single-branch")])
def test_a_shallow_clone_publishes_nothing_and_leaves_no_branch(project, tmp_path, how):
    """`git clone --depth 1` (origin's gh-pages not fetched, or fetched one commit deep): every command that writes
    the branch refuses, saying `error:`, and makes no local gh-pages; origin is left as it was (held)."""
    origin = pushed_main(project)
    remote_before = git(origin, "for-each-ref")
    shallow = Project(tmp_path / "shallow")
    shallow.in_process = True
    git(tmp_path, "clone", "-q", *how, f"file://{origin}", str(shallow.root))
    before = state(shallow.root)
    for command in (("publish",), ("history",), ("publish", "--push"), ("history", "--push")):
        refused(shallow.run(*command, "--messages", "en"), "shallow")
        assert local(state(shallow.root)) == local(before), command
        assert shallow.branch() is None
    assert git(origin, "for-each-ref") == remote_before


def test_a_clone_with_gh_pages_as_origins_branch_alone_publishes_onto_it(project, tmp_path):
    """A plain clone: gh-pages is origin/gh-pages only. `policy publish` makes the local branch on top of origin's,
    judged (held)."""
    origin = pushed_main(project)
    clone = Project(tmp_path / "clone")
    clone.in_process = True
    git(tmp_path, "clone", "-q", f"file://{origin}", str(clone.root))
    assert clone.branch() is None
    assert clone.run("publish").returncode == 0
    tip = clone.branch()
    assert tip and git(clone.root, "merge-base", "--is-ancestor", "origin/gh-pages", tip) == ""
    assert "manifest/2022-03-01.json" in clone.files()


# --- (4) a linked worktree -------------------------------------------------------------------------------------------

def test_publishing_from_a_linked_worktree_moves_the_shared_branch_and_nothing_else(project, tmp_path):
    """`git worktree add` a second checkout of the policy and `policy publish` from it: the repository's one gh-pages
    moves (judged), its lock in the common git folder, the first checkout's files and status untouched (held)."""
    linked = Project(tmp_path / "linked")
    linked.in_process = True
    git(project.root, "worktree", "add", "-q", "-b", "work", str(linked.root), "main")
    before = state(project.root)
    old = project.branch()
    result = linked.run("publish", "--from", "work", "--messages", "en")  # (its own branch, on purpose: legal20)
    assert result.returncode == 0, result.stdout + result.stderr
    assert project.branch() != old and "manifest/2022-03-01.json" in project.files()
    after = state(project.root)
    assert after[1:] == before[1:]
    assert [line for line in after[0].splitlines() if "gh-pages" not in line and "policysite" not in line] == \
        [line for line in before[0].splitlines() if "gh-pages" not in line and "policysite" not in line]
    assert not list((project.root / ".git" / "worktrees").rglob("policysite*"))  # its lock is the common folder's
    assert not git(linked.root, "status", "--porcelain")


# --- (5) an output folder that cannot be written ---------------------------------------------------------------------

@pytest.mark.parametrize("command", ["export", "build"])
def test_an_output_folder_that_cannot_be_made_is_said_not_traced(project, tmp_path, command):
    """`--site-dir` under a file (a folder git's user cannot make there, whatever its rights: root passes mode bits):
    `error:` naming it, nothing written, the project as it was (held)."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    site = blocker / "site"
    before = state(project.root)
    said = refused(project.run(command, "--site-dir", str(site), "--messages", "en"))
    assert str(site) in said or str(blocker) in said, said
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert state(project.root) == before


# --- (9) two publications at once ------------------------------------------------------------------------------------

@pytest.mark.parametrize("where", ["same checkout", "linked worktree"])
def test_two_publications_at_once_publish_the_version_once_and_leave_no_lock_or_staging_branch(project, tmp_path,
                                                                                               where):
    """Two `policy publish` started together (two CI jobs, or two checkouts of one repository): the second waits on
    the first's lock, then finds the version published; gh-pages holds it once, judged; no staging branch nor git
    lock file is left (held)."""
    root = other = str(project.root)
    chosen: list[str] = []
    if where == "linked worktree":
        other = str(tmp_path / "linked")
        git(project.root, "worktree", "add", "-q", "-b", "work", other, "main")
        chosen = ["--from", "work"]  # (a linked worktree's own branch, published from on purpose: legal20)
    first, second = policy_processes([["--root", root, "publish", "--messages", "en"],
                                      ["--root", other, "publish", *chosen, "--messages", "en"]])
    for result in (first, second):
        assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    said = first.stdout + second.stdout
    assert said.count("nothing to publish: 2022-03-01 is already on gh-pages") == 1, said
    assert project.files().count("manifest/2022-03-01.json") == 1
    assert not git(project.root, "for-each-ref", "refs/heads/gh-pages.publishing-*", "refs/policysite/")
    assert not [path for path in (project.root / ".git").rglob("*.lock") if not path.name.startswith("policysite-")]
    assert project.run("verify", "--messages", "en").returncode == 0


# --- (6) a publication interrupted -----------------------------------------------------------------------------------

def _interrupting(monkeypatch, point: str, signum: int) -> None:
    """The command (forked from this process by policy_process, these patches with it) sends itself `signum` at
    `point`: in the middle of the stream of its commit ("stream": fast-import's second file), as gh-pages is about to
    move ("before move"), just after it moved ("after move")."""
    from policysite import git as policy_git

    def stop() -> None:
        os.kill(os.getpid(), signum)

    if point == "stream":
        real_data = policy_git.CommitWriter._data
        calls = [0]

        def data(self, content: bytes) -> None:
            calls[0] += 1
            if calls[0] == 2:
                stop()
            real_data(self, content)

        monkeypatch.setattr(policy_git.CommitWriter, "_data", data)
        return
    real_update = policy_git.update_ref

    def update_ref(repo, ref, new, old, *, message):
        if ref == "refs/heads/gh-pages" and point == "before move":
            stop()
        real_update(repo, ref, new, old, message=message)
        if ref == "refs/heads/gh-pages" and point == "after move":
            stop()

    monkeypatch.setattr(policy_git, "update_ref", update_ref)


def _held(path: Path) -> bool:
    """Whether a process holds the lock file `path` (policysite's locks are flock()s of a file that stays)."""
    import fcntl

    with open(path, "a") as opened:
        try:
            fcntl.flock(opened, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        fcntl.flock(opened, fcntl.LOCK_UN)
    return False


@pytest.mark.parametrize("point", ["stream", "before move", "after move"])
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
@pytest.mark.parametrize("command", [("publish",), ("history", "--rebuild")])
def test_a_publication_interrupted_leaves_the_old_tip_or_the_new_judged_one_and_the_next_command_works(
        project, monkeypatch, command, signum, code, point):
    """Ctrl-C or a cancelled job's SIGTERM at a deterministic point of `publish` and of `history --rebuild`: gh-pages
    is the old tip or the new one, judged (verify passes), never a half-written one; no staging branch, private ref,
    git lock file or held lock is left; the working tree is as it was; the next command publishes (held)."""
    old = project.branch()
    before = state(project.root)
    with monkeypatch.context() as patched:
        _interrupting(patched, point, signum)
        result = policy_process(["--root", str(project.root), *command, "--messages", "en"])
    assert "Traceback" not in result.stderr and "Exception ignored" not in result.stderr, result.stderr
    assert result.returncode == code, result.stdout + result.stderr
    tip = project.branch()
    assert tip == old if point != "after move" else tip != old
    assert not git(project.root, "for-each-ref", "refs/heads/gh-pages.publishing-*", "refs/policysite/")
    git_dir = project.root / ".git"
    assert not [path for path in git_dir.rglob("*.lock") if not path.name.startswith("policysite-")]
    assert not [path for path in git_dir.glob("policysite-*.lock") if _held(path)]
    after = state(project.root)
    assert after[1:] == before[1:]
    if tip != old:
        checked = project.run("verify", "--messages", "en")
        assert checked.returncode == 0, checked.stdout + checked.stderr
    again = project.run(*command, "--messages", "en")
    assert again.returncode == 0, again.stdout + again.stderr
    assert "manifest/2022-03-01.json" in project.files()


def test_nothing_to_publish_in_a_fresh_clone_pushes_nothing_and_fails_nothing(project, tmp_path):
    """A plain clone whose HEAD's version origin's gh-pages holds already (no local gh-pages): `publish --push` has
    nothing to publish nor to push."""
    clone = Project(tmp_path / "clone")
    clone.in_process = True
    git(tmp_path, "clone", "-q", f"file://{project.root.parent / 'origin.git'}", str(clone.root))
    origin_before = git(project.root.parent / "origin.git", "for-each-ref")
    result = clone.run("publish", "--push", "--messages", "en")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert "nothing to publish" in result.stdout
    assert git(project.root.parent / "origin.git", "for-each-ref") == origin_before


@pytest.mark.parametrize("signum", [signal.SIGINT, signal.SIGTERM])
def test_an_export_interrupted_while_it_writes_leaves_the_folder_as_it_was(project, tmp_path, monkeypatch, signum):
    """Interrupted as it copies the branch's files: the previous export stays whole, no staging folder is left
    beside it (held)."""
    from policysite import git as policy_git

    site = tmp_path / "site"
    assert project.run("export", "--site-dir", str(site)).returncode == 0
    kept = sorted(str(path.relative_to(site)) for path in site.rglob("*"))
    real = policy_git.extract

    def extract(*args, **options):
        real(*args, **options)
        os.kill(os.getpid(), signum)

    monkeypatch.setattr(policy_git, "extract", extract)
    assert project.run("publish").returncode == 0  # (the branch moved on: an export now would differ)
    result = policy_process(["--root", str(project.root), "export", "--site-dir", str(site), "--messages", "en"])
    assert result.returncode == 128 + signum and "Traceback" not in result.stderr, result.stderr
    assert sorted(str(path.relative_to(site)) for path in site.rglob("*")) == kept
    assert sorted(path.name for path in tmp_path.iterdir() if path.name.startswith(".site")) == []


@pytest.mark.parametrize("under", ["redline.html", "deeper/redline.html"])
def test_a_redline_written_under_a_file_names_that_file(project, tmp_path, under):
    """`diff -o` a path under a file: "error: …/a file does not exist: create it first" of a file that exists."""
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder\n", encoding="utf-8")
    before = state(project.root)
    said = refused(project.run("diff", "latest", "worktree", "--format", "html", "-o", str(blocker / under),
                               "--messages", "en"))
    assert f"{blocker / under} cannot be written: {blocker} is a file, not a folder" in said, said
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"
    assert state(project.root) == before


def test_a_publication_waits_for_the_lock_another_holds_and_writes_nothing_meanwhile(project, tmp_path):
    """The publishing lock held (by this test, as a first publication holds it): a second `policy publish` says it
    waits, moves no ref while it waits, and publishes once the lock is let go (held)."""
    import fcntl
    import subprocess
    import sys
    import time

    lock = project.root / ".git" / "policysite-publish-gh-pages.lock"
    old = project.branch()
    refs = git(project.root, "for-each-ref")
    err = tmp_path / "stderr"
    with open(lock, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with open(err, "wb") as into:
            run = subprocess.Popen([sys.executable, "-m", "policysite.cli", "--root", str(project.root), "publish",
                                    "--messages", "en"], stdout=subprocess.DEVNULL, stderr=into)
        try:
            try:
                deadline = time.monotonic() + 120
                while "waiting for another publication" not in err.read_text(encoding="utf-8", errors="replace"):
                    assert run.poll() is None and time.monotonic() < deadline, err.read_text(encoding="utf-8")
                    time.sleep(0.05)
                time.sleep(0.5)
                assert git(project.root, "for-each-ref") == refs  # nothing written without the lock
            finally:
                fcntl.flock(held, fcntl.LOCK_UN)
            assert run.wait(timeout=300) == 0, err.read_text(encoding="utf-8")
        finally:
            if run.poll() is None:  # (a failed assertion: the command is not left running)
                run.kill()
                run.wait()
    assert project.branch() != old and "manifest/2022-03-01.json" in project.files()
