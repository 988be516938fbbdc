"""`policy import --git` of a Markdown page that includes files of its repository (session 33): each written in as the
page's commit held it; one leading out of the repository, through a symbolic link, refused naming its line."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import git
from integration.test_import_git import committed_once, new_site
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

PAGE = ("---\ntitle: Privacy\n---\n# Example Ltd privacy notice\n\nLast updated: March 1, 2021\n\n"
        "{% include privacy/body.md %}\n\n{% include_relative {name} %}\n")


def old_site(path: Path, included: str) -> Path:
    """A Jekyll site's repository: `legal/privacy.md` includes `_includes/privacy/body.md` and `included`."""
    (path / "_includes/privacy").mkdir(parents=True)
    (path / "legal").mkdir()
    git(path, "init", "-q", "-b", "main")
    (path / "_includes/privacy/body.md").write_text(
        "## 1. Who we are\n\nExample Ltd sells garden tools.\n\n## 2. Contact\n\nWrite to privacy@example.test.\n",
        encoding="utf-8")
    (path / "legal/privacy.md").write_text(PAGE.replace("{name}", included), encoding="utf-8")
    return path


def test_a_markdown_pages_includes_are_written_in_as_its_commit_held_them(tmp_path, capsys, initialized):
    old = old_site(tmp_path / "old", "note.md")
    (old / "legal/note.md").write_text("We never sell your data.\n", encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "privacy", date="2021-03-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal/privacy.md")]) == 0
    out = capsys.readouterr().out
    text = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert text.startswith("---\ndate: 2021-03-01\n"), text
    assert ("## 1. Who we are\n\nExample Ltd sells garden tools.\n\n## 2. Contact\n\nWrite to privacy@example.test.\n\n"
            "We never sell your data.\n") in text, text
    assert "wrote in the 2 files the page includes, as its site's generator did: _includes/privacy/body.md, " \
           "legal/note.md" in out, out


def test_an_include_through_a_symbolic_link_out_of_the_repository_is_refused_and_nothing_imported(tmp_path, capsys, initialized):
    (tmp_path / "secret.md").write_text("Words outside the repository.\n", encoding="utf-8")
    old = old_site(tmp_path / "old", "note.md")
    os.symlink("../../secret.md", old / "legal/note.md")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "privacy", date="2021-03-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)
    before = git(site, "rev-parse", "HEAD")

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "legal/privacy.md")]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: privacy@") and "md: line 10 of legal/privacy.md includes note.md, which leads out of its " \
           "repository (by .. or through a symbolic link)" in err, err
    assert "Words outside" not in err and git(site, "rev-parse", "HEAD") == before


def test_an_include_in_a_submodule_is_the_file_of_the_commit_the_page_s_commit_pinned(tmp_path, capsys, initialized):
    """Adoption 11 of session 34: the page includes `legal/body.md` from a submodule (the legal team's repository): it
    was left out, "not in its repository", and the version imported without its words. It is the file of the
    submodule's commit the page's commit pinned (not the submodule's newest); a pinned commit the submodule lacks is
    refused, naming the command that fetches it, nothing imported."""
    legal = committed_once(tmp_path / "legal", {"body.md": "## 1. Who we are\n\nExample Ltd sells garden tools.\n"},
                           date="2021-02-01T10:00:00+00:00")
    old = tmp_path / "old"
    old.mkdir()
    git(old, "init", "-q", "-b", "main")
    git(old, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(legal), "legal")
    (old / "privacy.md").write_text("---\ntitle: Privacy\n---\n# Privacy notice\n\nLast updated: March 1, 2021\n\n"
                                    "{% include_relative legal/body.md %}\n", encoding="utf-8")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "privacy", date="2021-03-01T10:00:00+00:00")
    (legal / "body.md").write_text("## 1. Who we are\n\nNever pinned.\n", encoding="utf-8")
    git(legal, "commit", "-q", "-am", "two", date="2021-04-01T10:00:00+00:00")
    git(old / "legal", "-c", "protocol.file.allow=always", "pull", "-q", "origin", "main")  # (the working tree's newer)
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    out = capsys.readouterr().out
    text = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert "## 1. Who we are\n\nExample Ltd sells garden tools.\n" in text and "Never pinned" not in text, text
    assert "wrote in the 1 file the page includes, as its site's generator did: legal/body.md" in out, out

    fresh = tmp_path / "fresh"  # a clone whose submodule was never fetched
    git(tmp_path, "clone", "-q", str(old), str(fresh))
    (tmp_path / "other").mkdir()
    other = new_site(tmp_path / "other", initialized)
    before = git(other, "rev-parse", "HEAD")
    assert cli.main(["--root", str(other), "import", "--lang", "en", "--git", str(fresh / "privacy.md")]) == 1
    err = capsys.readouterr().err
    pinned = git(old, "rev-parse", "--short=7", "HEAD:legal").strip()
    assert f"error: legal/body.md: {fresh}'s commit" in err and f"pins the submodule's commit {pinned}, which legal " \
        f"does not hold: fetch it (git -C {fresh} submodule update --init legal)" in err, err
    assert git(other, "rev-parse", "HEAD") == before


def test_an_include_edited_alone_or_a_submodule_pinned_anew_is_a_version_of_its_own(tmp_path, capsys, initialized):
    """Adoption 11 of session 34: only the commits that changed the page were read, so an included file edited alone
    (or the submodule holding it pinned at a newer commit) gave no version: the old site's next text was lost, unsaid.
    Each such commit is now a text of the page, dated as a commit of the page is; a commit changing neither is none."""
    legal = committed_once(tmp_path / "legal", {"contact.md": "Write to privacy@example.test.\n"},
                           date="2021-02-01T10:00:00+00:00")
    old = old_site(tmp_path / "old", "legal/contact.md")
    (old / "legal/privacy.md").unlink()
    (old / "privacy.md").write_text(PAGE.replace("{name}", "legal/contact.md").replace("Last updated: March 1, 2021\n\n",
                                                                                        ""), encoding="utf-8")
    (old / "legal").rmdir()
    git(old, "-c", "protocol.file.allow=always", "submodule", "add", "-q", str(legal), "legal")
    git(old, "add", "-A")
    git(old, "commit", "-q", "-m", "privacy", date="2021-03-01T10:00:00+00:00")
    body = old / "_includes/privacy/body.md"
    body.write_text(body.read_text(encoding="utf-8").replace("garden tools", "garden and kitchen tools"),
                    encoding="utf-8")
    git(old, "commit", "-q", "-am", "the body alone", date="2021-05-01T10:00:00+00:00")
    (old / "README").write_text("The old site.\n", encoding="utf-8")
    git(old, "add", "README")
    git(old, "commit", "-q", "-m", "neither", date="2021-06-01T10:00:00+00:00")
    (legal / "contact.md").write_text("Write to dpo@example.test.\n", encoding="utf-8")
    git(legal, "commit", "-q", "-am", "two", date="2021-07-01T10:00:00+00:00")
    git(old / "legal", "-c", "protocol.file.allow=always", "pull", "-q", "origin", "main")
    git(old, "commit", "-q", "-am", "the legal team's new contact", date="2021-08-01T10:00:00+00:00")
    site = new_site(tmp_path, initialized)

    assert cli.main(["--root", str(site), "import", "--lang", "en", "--git", str(old / "privacy.md")]) == 0
    capsys.readouterr()
    versions = [line.split(" ", 2) for line in git(site, "log", "--reverse", "--format=%H %ad %s",
                                                   "--date=short").splitlines() if " Import the English text" in line]
    assert [day for _commit, day, _subject in versions] == ["2021-03-01", "2021-05-01", "2021-08-01"], versions
    shown = [git(site, "show", f"{commit}:docs/en/index.md") for commit, _day, _subject in versions]
    assert "garden tools" in shown[0] and "privacy@example.test" in shown[0] and "dpo@" not in shown[0]
    assert "garden and kitchen tools" in shown[1] and "privacy@example.test" in shown[1]
    assert "garden and kitchen tools" in shown[2] and "Write to dpo@example.test." in shown[2]
