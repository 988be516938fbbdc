"""Reading many blobs through one `git cat-file --batch` (git.read_objects)."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from helpers import git as run_git
from policysite import git


def test_blobs_come_back_in_order_whole_and_a_missing_one_is_named(git_repo):
    contents = [b"", b"one\n", b"\x00binary\nwith\r\nlines\n" * 5000, b"no newline at the end"]
    shas = []
    for n, content in enumerate(contents):
        path = git_repo / f"f{n}"
        path.write_bytes(content)
        shas.append(run_git(git_repo, "hash-object", "-w", str(path)).strip())
    repo = git.open_repo(git_repo)
    asked = [shas[2], shas[0], shas[1], shas[2], shas[3]]  # a blob asked twice is read twice
    assert list(git.read_objects(repo, asked)) == [(sha, contents[shas.index(sha)]) for sha in asked]
    assert list(git.read_objects(repo, [])) == []
    missing = "0" * 40
    with pytest.raises(git.GitError, match=missing):
        list(git.read_objects(repo, [shas[1], missing]))


def test_a_reader_that_stops_early_leaves_no_git_process(git_repo):
    (git_repo / "f").write_bytes(b"x" * 100_000)
    sha = run_git(git_repo, "hash-object", "-w", "f").strip()
    repo = git.open_repo(git_repo)
    before = _cat_files()  # GitPython's own, of other tests in this process
    reading = git.read_objects(repo, [sha] * 200)  # more than a pipe holds: the feeder is still writing
    assert next(reading) == (sha, b"x" * 100_000)
    assert _cat_files() == before + 1
    reading.close()
    assert _cat_files() == before


def _cat_files() -> int:
    """How many `git cat-file --batch` processes this process has started and not yet waited for."""
    count = 0
    for entry in Path("/proc").iterdir():
        try:
            stat = (entry / "stat").read_text()
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
        except (OSError, ValueError):
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == os.getpid() and b"--batch" in cmdline:
            count += 1
    return count


def test_a_pages_committed_texts_are_read_by_two_git_processes_however_many_commits(git_repo, monkeypatch):
    """Each text of the page on HEAD's first parents, newest first, skipping a commit that deleted it, at most `most`:
    `policy check`'s ids check (checks._version_before) asked one `git cat-file` a commit, up to 50 a language."""
    folder = git_repo / "docs" / "fr"
    page = folder / "index.md"
    texts = []
    for n in range(6):
        if n == 3:
            run_git(git_repo, "rm", "-q", "docs/fr/index.md")
        else:
            texts.append(f"version {n}\n".encode())
            folder.mkdir(parents=True, exist_ok=True)  # `git rm` took the folder away
            page.write_bytes(texts[-1])
            run_git(git_repo, "add", "-A")
        (git_repo / "other.txt").write_text(f"{n}\n", encoding="utf-8")  # and a commit that leaves the page alone
        run_git(git_repo, "add", "-A")
        run_git(git_repo, "commit", "-q", "-m", f"c{n}")
        run_git(git_repo, "commit", "-q", "--allow-empty", "-m", f"empty {n}")
    started = []
    popen = subprocess.Popen

    def counted(args, *rest, **options):
        started.append(args[0])
        return popen(args, *rest, **options)
    monkeypatch.setattr(subprocess, "Popen", counted)
    assert list(git.committed_texts(page, most=50)) == texts[::-1]
    assert started == ["git", "git"]
    assert list(git.committed_texts(page, most=2)) == texts[::-1][:2]
    assert list(git.committed_texts(git_repo / "nothing.md", most=50)) == []


def test_a_tree_that_cannot_be_written_out_says_why_not_only_that_git_failed(git_repo, tmp_path):
    """A `git archive` whose reader failed said only "git archive <sha>:" (its pipe closed, git exits without a word);
    the reader's own error is the reason."""
    (git_repo / "folder").mkdir()
    (git_repo / "folder" / "page.html").write_text("x" * 200_000, encoding="utf-8")
    run_git(git_repo, "add", "-A")
    run_git(git_repo, "commit", "-q", "-m", "one")
    dest = tmp_path / "dest"
    dest.mkdir()
    (dest / "folder").write_text("a file where the tree has a folder", encoding="utf-8")
    with pytest.raises(git.GitError, match=r"git tree HEAD into .*dest: .*folder"):
        git.extract(git.open_repo(git_repo), "HEAD", dest)


def test_a_tree_is_written_out_byte_for_byte_whatever_its_gitattributes_say(git_repo, tmp_path):
    """History hunt 31: `git archive` applied the tree's own .gitattributes, so `policy export` of a branch where one
    was added left pages out (`export-ignore`) or rewrote their line endings (`eol=crlf`): not the branch verify
    checks."""
    (git_repo / "fr").mkdir()
    (git_repo / ".gitattributes").write_text("*.html export-ignore\n", encoding="utf-8")
    (git_repo / "fr" / ".gitattributes").write_text("*.txt text eol=crlf\n", encoding="utf-8")
    (git_repo / "fr" / "index.html").write_text("<p>page</p>\n", encoding="utf-8")
    (git_repo / "fr" / "notes.txt").write_text("one\ntwo\n", encoding="utf-8")
    run_git(git_repo, "add", "-A")
    run_git(git_repo, "commit", "-q", "-m", "attributes")
    dest = tmp_path / "dest"
    dest.mkdir()
    git.extract(git.open_repo(git_repo), "HEAD", dest)
    assert (dest / "fr" / "index.html").read_bytes() == b"<p>page</p>\n"
    assert (dest / "fr" / "notes.txt").read_bytes() == b"one\ntwo\n"


def test_a_stale_packed_refs_lock_does_not_fail_a_commit_written(git_repo):
    """History hunt 23 (left): a `packed-refs.lock` left by a crashed git stops the deletion of the private ref a
    commit is written on; the publication then failed naming that cleanup. The commit is written all the same."""
    import git as gitpython

    run_git(git_repo, "commit", "-q", "--allow-empty", "-m", "base")
    (git_repo / ".git" / "packed-refs.lock").write_text("")
    writer = git.CommitWriter(gitpython.Repo(git_repo), parent=None, known_blobs=set())
    writer.start("one file")
    writer.add("a.txt", b"a\n")
    sha = writer.finish()
    assert run_git(git_repo, "show", f"{sha}:a.txt") == "a\n"


def test_git_reads_no_grafts_and_says_nothing_of_them(git_repo):
    """History hunt 33: GIT_GRAFT_FILE was /dev/null, a file git opens, so every git error the commands quote (a push
    a protected branch refused) began with git's 8-line advice that grafts are deprecated, twice."""
    for n in range(3):
        run_git(git_repo, "commit", "-q", "--allow-empty", "-m", f"c{n}")
    (git_repo / ".git" / "info" / "grafts").write_text(run_git(git_repo, "rev-parse", "HEAD"), encoding="utf-8")
    assert os.environ["GIT_GRAFT_FILE"]  # set by policysite.git for every git process the commands start
    log = subprocess.run(["git", "log", "--format=%H"], cwd=git_repo, capture_output=True, text=True, check=True)
    assert len(log.stdout.split()) == 3  # the grafts file is not read
    assert log.stderr == ""


def test_a_repository_git_refuses_to_read_is_said_as_git_says_it(git_repo):
    """History hunt 33: a checkout owned by another user (a CI container's: git's "dubious ownership") was read by
    GitPython, but every git command failed: `policy history` said "nothing is committed yet: commit the project", `at`
    that there was no gh-pages branch. A repository format git does not know fails alike, here as a stand-in."""
    run_git(git_repo, "commit", "-q", "--allow-empty", "-m", "one")
    run_git(git_repo, "config", "core.repositoryformatversion", "99")
    with pytest.raises(git.GitError, match="Expected git repo version <= 1, found 99"):
        git.open_repo(git_repo)


def test_a_page_whose_folder_is_a_submodule_is_said_so(git_repo):
    """History hunt 33: a translation's folder made a submodule after it was published: `policy publish` said
    "docs/en/index.md is not committed", `policy history` that it "does not exist" (restore the page)."""
    from policysite import source

    (git_repo / "docs" / "fr").mkdir(parents=True)
    (git_repo / "docs" / "fr" / "index.md").write_text("# Politique\n", encoding="utf-8")
    run_git(git_repo, "add", "-A")
    run_git(git_repo, "update-index", "--add", "--cacheinfo", f"160000,{'1' * 40},docs/en")
    run_git(git_repo, "commit", "-q", "-m", "en as a submodule")
    repo = git.open_repo(git_repo)
    head = run_git(git_repo, "rev-parse", "HEAD").strip()
    assert source.linked_folder(repo, head, "docs/en/index.md") == (
        f"docs/en is a submodule (another repository's commit) at {head[:7]}: the build reads files as git stores "
        "them and never follows links: commit the files themselves")
    assert source.linked_folder(repo, head, "docs/fr/index.md") == ""
    assert source.linked_folder(repo, head, "docs/de/index.md") == ""


def _crafted(repo: Path, entries: str) -> str:
    """A commit of a tree `git mktree` makes of `entries` (`mode type object<TAB>name` lines, `{name}` standing for
    the blob of the text `name`): trees no checkout writes, which a fetch takes (transfer.fsckObjects is off)."""
    def blob(text: str) -> str:
        return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=repo, input=text, capture_output=True,
                              text=True, check=True).stdout.strip()

    def tree(text: str) -> str:
        return subprocess.run(["git", "mktree"], cwd=repo, input=text, capture_output=True, text=True,
                              check=True).stdout.strip()
    keep, hop = tree(f"100644 blob {blob('k')}\tkeep\n"), tree(f"120000 blob {blob('../e')}\tP\n")
    script = blob("#!/bin/sh\n")
    hook = tree(f"100755 blob {script}\tpre-commit\n")
    return run_git(repo, "commit-tree", tree(entries.format(keep=keep, hop=hop, hook=hook, link=blob(
        "c!/P/../../.git/hooks"), hop_a=blob("a"), hop_b=blob("b"))), "-m", "crafted").strip()


def test_a_tree_is_never_written_out_of_its_folder_through_links_checked_one_at_a_time(git_repo):
    """History hunt 33: each link was checked alone as it was written, so "a" -> "c!/P/../../.git/hooks" passed
    ("c!" did not exist yet: the folder's own .git/hooks, lexically) before "c!/P" -> "../e" made it lead out of the
    folder; and a tree naming "a" both a link and a folder had `a/pre-commit` written through it: `policy export`
    into public/ wrote an executable .git/hooks/pre-commit into the project."""
    repo = git.open_repo(git_repo)
    through = _crafted(git_repo, "040000 tree {keep}\te\n120000 blob {link}\ta\n040000 tree {hook}\ta\n"
                                 "040000 tree {hop}\tc!\n")
    site = git_repo / "public"
    with pytest.raises(git.GitError, match="a/pre-commit: inside a, a symbolic link"):
        git.extract(repo, through, site)
    assert not (git_repo / ".git" / "hooks" / "pre-commit").exists()
    chained = _crafted(git_repo, "120000 blob {link}\ta\n040000 tree {hop}\tc!\n040000 tree {keep}\te\n")
    with pytest.raises(git.GitError, match=r"a: a symbolic link to c!/P/\.\./\.\./\.git/hooks, outside the folder"):
        git.extract(repo, chained, git_repo / "public2")
    loop = _crafted(git_repo, "120000 blob {hop_b}\ta\n120000 blob {hop_a}\tb\n")  # a -> b -> a: no traceback
    with pytest.raises(git.GitError, match="a: a symbolic link to b, in a loop of links"):
        git.extract(repo, loop, git_repo / "public3")


def test_a_tree_entry_named_dot_dot_is_never_written_out_of_the_folder(git_repo, tmp_path):
    """History hunt 33: the configuration and theme folder of a commit are written from git's objects into a
    temporary folder (no checkout, which refuses such paths): a crafted tree's `overrides/../../…/x` had `policy
    verify` write a file anywhere on the machine."""
    from policysite import source

    def mktree(text: str) -> str:
        return subprocess.run(["git", "mktree"], cwd=git_repo, input=text, capture_output=True, text=True,
                              check=True).stdout.strip()
    blob = subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=git_repo, input="pwned", capture_output=True,
                          text=True, check=True).stdout.strip()
    node = mktree(f"100644 blob {blob}\tescaped\n")
    for _ in range(2):
        node = mktree(f"040000 tree {node}\t..\n")
    commit = run_git(git_repo, "commit-tree", mktree(f"040000 tree {node}\toverrides\n"), "-m", "crafted").strip()
    repo = git.open_repo(git_repo)
    entries = git.list_entries(repo, commit, ["overrides"])
    assert list(entries) == ["overrides/../../escaped"]
    dest = tmp_path / "a" / "theme"
    with pytest.raises(source.SourceError, match=r"^overrides/\.\./\.\./escaped: at .{7}, a path leaving the project"):
        source.write_files(repo, commit, entries, prefix="", dest=dest)
    assert not (tmp_path / "escaped").exists() and not git.inside_path(".git/hooks/x") and git.inside_path("a/b")


def test_a_lock_that_cannot_be_written_is_said_in_words(git_repo):
    """History hunt 33: a .git the user may not write in (another user's checkout) ended publishing with Python's
    "[Errno 13] Permission denied: '…/.git/policysite-publish-gh-pages.lock'"; a folder in its place stands in for it
    here (the tests may run as root, whom no permission stops)."""
    (git_repo / ".git" / "policysite-publish-gh-pages.lock").mkdir()
    with pytest.raises(git.GitError, match=r"policysite-publish-gh-pages\.lock: publishing's lock cannot be written "
                                           r"\(Is a directory\): publishing writes into the repository's \.git folder"):
        with git.lock(git.open_repo(git_repo), "policysite-publish-gh-pages", timeout=1):
            pass


def test_uncommitted_changes_are_named_as_the_files_are_not_as_git_quotes_them(git_repo):
    """History hunt 40: `policy publish` refused "uncommitted changes to the policy
    ("docs/fr/politique-donn\\303\\251es.md")", git's quoting of a name outside ASCII (extra.policy.page accepts one)."""
    folder = git_repo / "docs" / "fr"
    folder.mkdir(parents=True)
    for name in ("politique-données.md", "vieux.md"):
        (folder / name).write_text("---\ndate: 2024-01-10\n---\n", encoding="utf-8")
    run_git(git_repo, "add", "-A")
    run_git(git_repo, "commit", "-q", "-m", "pages")
    (folder / "politique-données.md").write_text("changed\n", encoding="utf-8")
    run_git(git_repo, "mv", "docs/fr/vieux.md", "docs/fr/renommé.md")
    (folder / "nouveau fichier.md").write_text("new\n", encoding="utf-8")
    repo = git.open_repo(git_repo)
    assert sorted(git.changed_paths(repo, ["docs/fr"])) == [
        "docs/fr/nouveau fichier.md", "docs/fr/politique-données.md", "docs/fr/renommé.md"]


def test_a_lock_held_or_that_cannot_be_written_is_said_in_the_site_s_language(git_repo, monkeypatch, capsys):
    """The publishing lock's refusals (a .git the user may not write in; another publication holding it past the
    wait) and the line saying a publication waits for it are catalogue messages: said in French on a French site, in
    English as before."""
    import fcntl
    from types import SimpleNamespace

    from policysite import branch, cli, errors, messages

    repo = git.open_repo(git_repo)
    (git_repo / ".git" / "policysite-unwritable.lock").mkdir()
    with pytest.raises(git.GitError) as unwritable:
        with git.lock(repo, "policysite-unwritable", timeout=1):
            pass
    assert messages.said_in(messages.text_of(unwritable.value), "fr").endswith(
        "policysite-unwritable.lock\u00a0: le verrou de la publication ne peut pas être écrit (Is a directory)\u00a0: la "
        "publication écrit dans le dossier .git du dépôt\u202f; lancez-la sous un utilisateur autorisé à y écrire")
    monkeypatch.setattr(branch, "LOCK_TIMEOUT", 0)
    path = git_repo / ".git" / "policysite-publish-gh-pages.lock"
    with open(path, "a+", encoding="utf-8") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(errors.PublishError) as locked:
            with branch.lock(SimpleNamespace(repo=repo), "gh-pages", None):  # type: ignore[arg-type]
                pass
    said = messages.text_of(locked.value)
    assert messages.said_in(said, "fr") == (f"une autre publication est encore en cours\u00a0: {path.resolve()}\u00a0: un "
                                            "autre processus détient encore le verrou après 0 s")
    assert said == f"another publication is still running: {path.resolve()}: another process still holds the lock after 0s"
    cli._waiting("fr")(path)
    cli._waiting("en")(path)
    assert capsys.readouterr().err == (f"attente de la fin d'une autre publication ({path})\n"
                                       f"waiting for another publication to finish ({path})\n")


def test_a_commits_docs_folders_are_listed_by_one_git_process_and_read_as_each_alone(tmp_path, monkeypatch):
    """source.pages wrote each language's docs folder from a `git ls-tree -r` of its own, two a version of a rebuild
    (60 of a 30-version rebuild's 152 git processes, issue 16): one listing now, filtered by folder. Each folder still
    gives its own page and companions, its own findings (a file it does not publish, a symlink), and nothing of a
    sibling folder whose name starts as its own does (`docs/fr-CA`)."""
    from policy_repo import new_project
    from policysite import settings as policy_settings, source

    project = new_project(tmp_path / "repo")
    project.write("2024-01-01")
    docs = project.root / "docs"
    (docs / "fr" / "notes.txt").write_text("non publié\n", encoding="utf-8")
    (docs / "en" / "link.md").symlink_to("index.md")
    (docs / "fr-CA").mkdir()
    (docs / "fr-CA" / "index.md").write_text("# Autre\n", encoding="utf-8")
    commit = project.commit_all("policy")
    repo = git.open_repo(project.root)
    settings = policy_settings.load(project.root)
    listings: list[list[str]] = []
    real = git.list_entries

    def listing(repo_, rev, paths, **options):
        listings.append(list(paths))
        return real(repo_, rev, paths, **options)

    monkeypatch.setattr(git, "list_entries", listing)
    folders, findings, names = source.pages(repo, root=project.root, settings=settings, commit=commit,
                                            theme_root=project.root, dest=tmp_path / "dest")
    assert listings == [["docs/en", "docs/fr"]]
    written = {code: sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*"))
               for code, folder in folders.items()}
    assert written == {"fr": ["index.md"], "en": [".translated-from.yml", "index.md"]}
    for code, rels in written.items():
        for rel in rels:
            assert (folders[code] / rel).read_bytes() == (docs / code / rel).read_bytes()
    assert sorted((f.path, f.rule) for f in findings) == [("docs/en/link.md", "source.symlink"),
                                                          ("docs/fr/notes.txt", "source.unpublished-file")]
    assert names == {}
