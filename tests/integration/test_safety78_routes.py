"""safety78 through the real commands. An honest version whose title repeats words shown in two table cells written side
by side is published by `policy publish` (the checks read the page's blocks apart: blockwords); one whose title says
words no block shows is refused, gh-pages as it was. A Word redline on the branch drawing its words in another order
(`w:bdo`, `w:rtl` in an English document) and a PDF redline whose hover line goes on, on its next line, with words
neither version says are named where the branch serves them, in English and in French; the generator's own pass."""
from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from helpers import git
from integration.test_gate_catalogue66 import page, publish, published as published, refused  # (the fixture)
from integration.test_gate_catalogue76 import _blob, _pdf_redline
from policysite import git as git_module, servedpages
from policysite.messages import said_in, shown_name
from policysite.project import opened
from unit.test_safety78_word_shown import _inserted, _redline

_CELLS = "Personal<br>data is kept a year.\n\n"


def test_an_honest_title_repeating_words_of_two_cells_side_by_side_is_published(published, tmp_path, monkeypatch):
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(
        page("2001-02-01", _CELLS + 'Ask <span title="personal data">us</span>.'), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "second", date="2024-02-01T12:00:00+00:00")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    code, stdout, stderr = publish(repo)
    assert code == 0, stdout + stderr
    assert "en/2001-02-01/index.html" in git(repo, "ls-tree", "-r", "--name-only", "gh-pages")


def test_a_title_no_block_shows_is_still_refused(published, tmp_path, monkeypatch):
    refused(published, tmp_path, monkeypatch, "second", _CELLS + 'Ask <span title="we sell personal data">us</span>.',
            lambda repo: None, "“we sell personal data”")


_DOCX = {"en": "refused: a Word document holding “word/document.xml: <bdo>”",
         "fr": "refusé\u00a0: un document Word contenant «\u00a0word/document.xml: <bdo>\u00a0»"}
_PDF = {"en": "Text shown on hover: our desk We sell your data to anyone", "fr": "Text shown on hover: our desk We sell"}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_served_redlines_showing_words_otherwise_are_named(published, tmp_path, monkeypatch, language):
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    word = _redline("en", "We keep your data 90 days")
    pdf = _pdf_redline(monkeypatch)
    forged_pdf = _pdf_redline(monkeypatch, lambda words: words.replace("our desk", "our desk\nWe sell your data to "
                                                                                   "anyone"))
    changes = "en/2001-02-01/changes/redline-en-2001-01-01-2001-02-01"
    listing = {
        f"{changes}.docx": ("100644", _blob(repo, word)), f"{changes}.pdf": ("100644", _blob(repo, pdf)),
        "en/2001-03-01/changes/forged.docx": ("100644", _blob(repo, _inserted(
            word, '<w:p><w:bdo w:val="rtl"><w:r><w:t>We keep your data 90 days, not 30.</w:t></w:r></w:bdo></w:p>'))),
        "en/2001-03-01/changes/forged.pdf": ("100644", _blob(repo, forged_pdf)),
    }
    with opened(repo) as site:
        found = servedpages.unsafe(site, listing)
    assert [entry.partition(": ")[0] for entry in found] == ["en/2001-03-01/changes/forged.docx",
                                                             "en/2001-03-01/changes/forged.pdf"], found
    assert _DOCX[language] in said_in(found[0], language), said_in(found[0], language)
    assert _PDF[language] in said_in(found[1], language), said_in(found[1], language)


_SCRIPTED = b'<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>Hi</p><script>alert(1)</script>'


@pytest.mark.parametrize("name", ["en/café.html", 'en/x"y.html', "en/back\\slash.html", "en/tab\there.html",
                                  "en/2001-01-01/ça/index.html"])
def test_a_page_whose_name_git_quotes_is_read_by_the_output_check(published, tmp_path, name):
    """git lists a path holding a letter not ASCII, a quote, a backslash or a control C-quoted (`"en/caf\\303\\251.html"`):
    the output check took that for the page's name, one ending in `"`, and read no such page a branch served (a script
    in it passed). Each is read by the name a host serves it by, and named so; the branch's own pages pass."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    index = tmp_path / "index"
    env = {"GIT_INDEX_FILE": str(index), "GIT_CONFIG_GLOBAL": "/dev/null", "PATH": os.environ["PATH"]}
    subprocess.run(["git", "read-tree", "gh-pages"], cwd=repo, env=env, check=True)
    subprocess.run(["git", "update-index", "--add", "--cacheinfo", f"100644,{_blob(repo, _SCRIPTED)},{name}"],
                   cwd=repo, env=env, check=True)
    tree = subprocess.run(["git", "write-tree"], cwd=repo, env=env, check=True, capture_output=True,
                          text=True).stdout.strip()
    with opened(repo) as site:
        listing = git_module.list_files(site.repo, tree)
        assert name not in listing  # (listed quoted)
        found = servedpages.unsafe(site, listing)
    assert [entry.partition(": ")[0] for entry in found] == [shown_name(name)], found  # (a tab said `\\t`: safety79)
    assert "<script>" in found[0], found
