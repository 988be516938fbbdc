"""History shapes (session 52, histories25): an archive force-pushed back, a policy page that is no file of the
repository, and what `policy history`, verify and `policy at` say of them. Synthetic texts of a fictional company, in
temporary repositories with fixed identity and dates."""
from __future__ import annotations

import pytest

from helpers import git
from policy_repo import Project, copy_of, made_once

pytestmark = pytest.mark.usefixtures("fixed_git", "commands_in_process")  # their commands are not about the process


def _published_one_then_another(project: Project, folder) -> None:
    """2021-02-17 published by `policy history`, the branch's tip then kept in `folder / "first"`; 2022-03-01
    ('Deuxième texte.') published by a second run."""
    project.commit("2021-02-17")
    assert project.run("history").returncode == 0
    (folder / "first").write_text(project.branch() or "", encoding="utf-8")
    project.commit("2022-03-01", fr="Deuxième texte.", en="Second text.")
    assert project.run("history").returncode == 0


@pytest.fixture(scope="module")
def one_then_another(tmp_path_factory) -> Project:
    """`_published_one_then_another` made once for the module's six tests that start from it, each on a copy of it
    (`copy_of`), never changing it: each made it again (two commits and two `policy history` a test)."""
    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(Project, "in_process", True)  # its commands are not about the process
        return made_once(tmp_path_factory, _published_one_then_another)


def test_an_archive_force_pushed_back_one_version_is_said_with_the_tip_that_held_it(one_then_another, tmp_path):
    """gh-pages reset to before 2022-03-01's publication: verify said "publish it (`policy history`)" with three more
    lines of pages to rebuild, while `policy history` refused, naming the tip to put back (and publishing it again
    would have dated its publication anew). Verify names that tip alone, as publishing does; the branch put back,
    both pass."""
    made = one_then_another
    project = copy_of(made, tmp_path / "project")
    published = project.branch() or ""
    git(project.root, "branch", "-f", "gh-pages", (made.root.parent / "first").read_text(encoding="utf-8"))
    checked = project.run("verify")
    assert checked.returncode == 1 and "Traceback" not in checked.stderr, checked
    lines = [line for line in checked.stdout.splitlines() if line and not line.startswith("note: ")]
    assert lines[0] == (f"2022-03-01: was on gh-pages at commit {published[:7]} (this clone's reflog of "
                        "refs/heads/gh-pages) and is not on it now: the branch was reset or force-pushed to before "
                        f"it; a published version stays (`git branch -f gh-pages {published[:7]}`, then push it)"), lines
    assert len(lines) == 1 and "publish it" not in checked.stdout + checked.stderr, lines
    refused = project.run("history")
    assert refused.returncode == 1 and f"`git branch -f gh-pages {published[:7]}`" in refused.stderr, refused
    assert project.branch() != published  # nothing published: the version is not dated anew
    git(project.root, "branch", "-f", "gh-pages", published)
    assert project.run("verify").returncode == 0


def test_a_policy_page_made_a_submodule_is_said_by_history_and_verify_without_git_s_words(one_then_another,
                                                                                            tmp_path):
    """docs/fr/index.md committed as a submodule (another repository's commit): `policy publish` said so, while
    `policy history` and verify said "git cannot read this file … fatal: … bad file". Each says what the path is
    and what to do, exit 1, the branch unchanged."""
    project = copy_of(one_then_another, tmp_path / "project")
    before = project.branch()
    other = tmp_path / "other"
    other.mkdir()
    git(other, "init", "-q", "-b", "main")
    (other / "index.md").write_text("Texte.\n", encoding="utf-8")
    git(other, "add", "-A")
    git(other, "commit", "-q", "-m", "other")
    git(project.root, "rm", "-q", "docs/fr/index.md")
    git(project.root, "update-index", "--add", "--cacheinfo",
        f"160000,{git(other, 'rev-parse', 'HEAD').strip()},docs/fr/index.md")
    git(project.root, "commit", "-q", "-m", "the page as a submodule", date="2024-02-01T12:00:00+00:00")
    commit = git(project.root, "rev-parse", "HEAD").strip()
    said = f"docs/fr/index.md is a submodule (another repository's commit) at {commit[:7]}: the build reads files"
    for command in ("history", "verify", "publish"):
        done = project.run(command, "--messages", "en")
        assert done.returncode == 1 and said in done.stderr and "Traceback" not in done.stderr, (command, done)
        assert "git cannot read" not in done.stderr, (command, done)
    assert project.branch() == before


@pytest.mark.parametrize("how", ["rewound", "removed"])
def test_policy_at_refuses_a_day_whose_version_the_archive_lost(one_then_another, tmp_path, how):
    """gh-pages force-pushed back one version (or a commit of it removing 2022-03-01): `policy at 2022-06-01 --proof`
    answered 2021-02-17, proof and all, a DPO handed the wrong text as in force. It refuses the days the lost version
    reaches, naming it and how it went; a day before it is answered as ever; the branch put back, the day is too."""
    from policy_repo import commit_on_branch

    made = one_then_another
    project = copy_of(made, tmp_path / "project")
    published = project.branch() or ""
    if how == "rewound":
        git(project.root, "branch", "-f", "gh-pages", (made.root.parent / "first").read_text(encoding="utf-8"))
        why = (f"this clone's reflog of refs/heads/gh-pages shows it there at commit {published[:7]}: the branch was "
               "reset or force-pushed to before it")
    else:
        removal = commit_on_branch(project, {"manifest/2022-03-01.json": None, "fr/2022-03-01": None,
                                             "en/2022-03-01": None})
        why = f"removed by the branch's commit {removal[:7]}"
    asked = project.run("at", "2022-06-01", "--proof", "--messages", "en")
    assert asked.returncode == 1 and asked.stdout == "", asked
    assert asked.stderr == (f"error: 2022-03-01 was published on gh-pages and is not on it now ({why}): the archive no "
                            "longer holds every text in force up to June 1, 2022, and answers nothing for it; put "
                            "2022-03-01 back (`policy verify` says how), then ask again\n"), asked
    french = project.run("at", "2022-06-01", "--messages", "fr")
    assert french.returncode == 1 and "la version 2022-03-01 a été publiée sur gh-pages et n'y est plus" in \
        french.stderr, french
    before = project.run("at", "2022-01-01", "--messages", "en")
    assert before.returncode == 0 and before.stdout.startswith("2021-02-17 "), before
    git(project.root, "branch", "-f", "gh-pages", published)
    again = project.run("at", "2022-06-01", "--messages", "en")
    assert again.returncode == 0 and again.stdout.startswith("2022-03-01 "), again


GOOGLE = "google0123456789abcdef.html"
BING = ('<?xml version="1.0"?>\n<users>\n\t<user>0123456789ABCDEF0123456789ABCDEF</user>\n</users>\n')


def test_a_search_engine_s_ownership_file_beside_the_archive_is_kept_and_accounted_for(one_then_another, tmp_path):
    """Google Search Console's verification file (and Bing's) committed at gh-pages' root, with GitHub Pages' CNAME
    and .nojekyll: verify said "on the branch but not written by publishing" at every run, and the next publication
    refused to carry it. Each, with the console's words alone, is kept by publishing, passed by verify and exported;
    the same name holding other words is still said, and refused."""
    from policy_repo import commit_on_branch

    project = copy_of(one_then_another, tmp_path / "project")
    commit_on_branch(project, {GOOGLE: f"google-site-verification: {GOOGLE}", "BingSiteAuth.xml": BING,
                               "CNAME": "www.dial-once.com\n"})
    assert project.run("verify").returncode == 0
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    published = project.run("history")
    assert published.returncode == 0 and "2023-01-01" in published.stdout, published
    assert {GOOGLE, "BingSiteAuth.xml", "CNAME", ".nojekyll"} <= set(project.files())
    assert project.show(GOOGLE) == f"google-site-verification: {GOOGLE}"
    checked = project.run("verify")
    assert checked.returncode == 0, checked
    exported = project.run("export", "--site-dir", str(tmp_path / "public"))
    assert exported.returncode == 0 and (tmp_path / "public" / GOOGLE).is_file(), exported
    commit_on_branch(project, {GOOGLE: f"google-site-verification: {GOOGLE}<script>alert(1)</script>"})
    said = project.run("verify", "--messages", "en")
    assert said.returncode == 1 and f"{GOOGLE}: on the branch but not written by publishing" in said.stdout, said
    project.commit("2024-01-01", fr="Quatrième texte.", en="Fourth text.")
    refused = project.run("history", "--messages", "en")
    assert refused.returncode == 1 and GOOGLE in refused.stderr and not any("2024-01-01" in path for path in project.files()), refused


def test_a_new_archive_keeps_a_search_engine_s_ownership_file_put_there_first(tmp_path):
    """gh-pages holding only GitHub Pages' files and Google's verification file (the domain verified before the first
    publication) was refused as another site's: it is published onto, the file kept."""
    from policy_repo import new_project

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    git(project.root, "checkout", "-q", "--orphan", "gh-pages")
    git(project.root, "rm", "-rfq", ".")
    (project.root / GOOGLE).write_text(f"google-site-verification: {GOOGLE}\n", encoding="utf-8")
    (project.root / ".nojekyll").write_text("", encoding="utf-8")
    git(project.root, "add", GOOGLE, ".nojekyll")
    git(project.root, "commit", "-q", "-m", "Verify the domain", date="2021-01-01T12:00:00+00:00")
    git(project.root, "checkout", "-q", "-f", "main")
    published = project.run("history")
    assert published.returncode == 0, published
    assert GOOGLE in project.files() and project.run("verify").returncode == 0


def test_a_warning_said_once_a_clone_is_said_once_in_each_fresh_clone_ci_makes(tmp_path_factory, tmp_path):
    """Histories24 said a published date carrying other words once a clone, recorded in the clone's git folder: CI's
    fresh clone says it at each run. Decided so: each run's log is read on its own (its reader was told nothing
    before), and a state nobody has put right is not hidden by a record no later run can read; within a clone it is
    said once. The warning's case recorded in one clone is not in another's."""
    from test_histories24 import _same_date_merged_either_side_of_a_publication

    project = copy_of(made_once(tmp_path_factory, _same_date_merged_either_side_of_a_publication),
                      tmp_path / "project")
    said = "the published text differs from the last commit carrying this date"
    first = project.run("history", "--messages", "en")
    assert first.returncode == 0 and said in first.stderr, first
    assert said not in project.run("history", "--messages", "en").stderr
    for run in ("ci-1", "ci-2"):  # each a fresh clone, as a CI job's checkout
        fresh = Project(tmp_path / run)
        git(tmp_path, "clone", "-q", f"file://{project.root}", str(fresh.root))
        git(fresh.root, "branch", "-q", "gh-pages", "origin/gh-pages")
        done = fresh.run("history", "--messages", "en")
        assert done.returncode == 0 and done.stderr.count(said) == 1, (run, done)
        again = fresh.run("history", "--messages", "en")
        assert again.returncode == 0 and said not in again.stderr, (run, again)


def _published_then_misspelt(project: Project, _folder) -> None:
    """2021-02-17 published; 2022-03-01 committed with a word no dictionary has in each language, not published."""
    project.commit("2021-02-17")
    assert project.run("history").returncode == 0
    project.commit("2022-03-01", fr="Nous traitons vos donnéees avec soin.", en="We procezz your data with care.")


def test_verify_names_the_checks_that_refuse_a_version_in_force_not_publish_it(tmp_path_factory):
    """Histories24's leftover: where the text's own checks refuse a version in force, verify said "publish it (`policy
    history`)", which refused it. It says that `policy history` refuses it, how many problems its checks find and the
    first, in the command's language; `policy history` names each."""
    from policysite import verify
    from policysite.messages import said_in

    project = made_once(tmp_path_factory, _published_then_misspelt)
    problems = verify.verify(root=project.root).problems
    said = [str(line) for line in problems]
    assert len(said) == 1 and "publish it" not in said[0], said
    assert said[0].startswith("2022-03-01 (commit ") and said[0].endswith(
        "in force since its date by it, is not on gh-pages, and `policy history` refuses it: its checks find 2 "
        "problems in its text (`policy history` names each), docs/en/index.md:13: [spelling.unknown-word] §2: "
        "“procezz” is not in the English dictionary nor in docs/en/.words.txt: correct it, or if it is right, list "
        "it there with why (`procezz  # …`) …"), said
    assert "ses vérifications trouvent 2 problèmes dans son texte (`policy history` les nomme), docs/en/index.md:13" \
        in said_in(problems[0], "fr")
    refused = project.run("history", "--messages", "en")
    assert refused.returncode == 1 and "procezz" in refused.stderr and "donnéees" in refused.stderr, refused


def _orphan_record_merged(project: Project, *, taken: bool) -> str:
    """An orphan commit dated 2021-02-17 08:00 adding manifest/2021-02-17.json with its `published` moved to that
    moment, merged into gh-pages (its tree kept, or the orphan's record `taken`): the commit that really added it."""
    import json
    import os
    import subprocess

    from helpers import GIT_ENV

    real = git(project.root, "log", "--format=%H", "--diff-filter=A", "gh-pages", "--",
               "manifest/2021-02-17.json").split()[-1]
    record = json.loads(project.show("manifest/2021-02-17.json"))
    record["published"] = "2021-02-17T08:00:00Z"
    env = {**os.environ, **GIT_ENV, "GIT_AUTHOR_DATE": "2021-02-17T08:00:00+00:00",
           "GIT_COMMITTER_DATE": "2021-02-17T08:00:00+00:00"}

    def run(*args: str, data: bytes | None = None) -> str:
        return subprocess.run(["git", *args], cwd=project.root, env=env, input=data, check=True,
                              capture_output=True).stdout.decode("utf-8").strip()

    blob = run("hash-object", "-w", "--stdin", data=(json.dumps(record, indent=1, sort_keys=True, ensure_ascii=False)
                                                     + "\n").encode("utf-8"))
    manifests = run("mktree", data=f"100644 blob {blob}\t2021-02-17.json\n".encode())
    orphan = run("commit-tree", run("mktree", data=f"040000 tree {manifests}\tmanifest\n".encode()), "-m",
                 "Publish 2021-02-17 (fr, en) from 0000000")
    tip = run("rev-parse", "gh-pages")
    tree = run("rev-parse", "gh-pages^{tree}")
    if taken:
        env["GIT_INDEX_FILE"] = str(project.root / ".git" / "histories25-index")
        run("read-tree", tree)
        run("update-index", "--cacheinfo", f"100644,{blob},manifest/2021-02-17.json")
        tree = run("write-tree")
    run("update-ref", "refs/heads/gh-pages", run("commit-tree", tree, "-p", tip, "-p", orphan, "-m", "Merge"))
    return real


@pytest.mark.parametrize("taken", [False, True], ids=["kept", "taken"])
def test_an_orphan_line_merged_into_the_archive_claims_no_first_publication(one_then_another, tmp_path, taken):
    """An orphan commit dated before the publication, adding a record whose `published` says an earlier moment, merged
    into gh-pages: it was taken as the record's first addition (branch.as_first_recorded, first_manifests): the proof
    named its commit and forged moment, verify said to restore the forged record over the real one, `policy history`
    rebuilt the history and at pages from it. The branch's own line's addition is the first: the merge keeping the
    archive's tree passes; taking the orphan's record is said against the real one."""
    project = copy_of(one_then_another, tmp_path / "project")
    real = _orphan_record_merged(project, taken=taken)
    proof = project.run("at", "2021-02-20", "--proof", "--messages", "en")
    assert proof.returncode == 0 and f"added to gh-pages by commit {real} on " in proof.stdout, proof
    checked = project.run("verify", "--messages", "en")
    if not taken:
        assert checked.returncode == 0, checked
        tip = project.branch()
        assert project.run("history").returncode == 0 and project.branch() == tip  # no page rebuilt from it
        return
    assert checked.returncode == 1 and (f"2021-02-17: its publication record's `published` (when it was published, "
                                        f"how it came to be) is not what {real[:7]} recorded") in checked.stdout, checked


def test_a_version_s_folder_deleted_on_the_branch_is_put_back_by_the_rebuild_publishing_names(one_then_another,
                                                                                              tmp_path):
    """fr/2021-02-17/ deleted by a hand commit on gh-pages: `policy history` refused, naming `policy history --rebuild`
    as a way out, which refused in turn ("the publication record of 2021-02-17 was edited on gh-pages": its
    policy.json, the proof of the text it was built from, went with the folder). The rebuild reads that proof as the
    commit that published the version wrote it, and puts the folder back; verify passes. Meanwhile `policy at` gave
    the version's address without a word: it says the page is gone."""
    from policy_repo import commit_on_branch

    project = copy_of(one_then_another, tmp_path / "project")
    kept = project.tree("fr/2021-02-17/policy.json")
    commit_on_branch(project, {"fr/2021-02-17": None})
    refused = project.run("history", "--messages", "en")
    assert refused.returncode == 1 and "`policy history --rebuild`" in refused.stderr, refused
    asked = project.run("at", "2021-03-01", "--messages", "en")  # (its address leads nowhere: said)
    assert asked.returncode == 0 and asked.stdout.splitlines()[1] == (
        "its page fr/2021-02-17/index.html is not on gh-pages, though its publication record is (removed by hand since "
        "it was published): its address answers nothing until it is put back (`policy verify` says how)"), asked
    rebuilt = project.run("history", "--rebuild", "--messages", "en")
    assert rebuilt.returncode == 0 and "was edited on gh-pages" not in rebuilt.stderr, rebuilt
    assert project.tree("fr/2021-02-17/policy.json") == kept
    assert project.run("verify").returncode == 0
    assert project.run("at", "2021-03-01", "--messages", "en").stdout.count("\n") == 1
