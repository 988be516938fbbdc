"""Adopt47: a company's policy kept in Word over three years, imported with `policy import`, checked and built: first
written in Google Docs with headings typed in bold of two sizes, then in a law firm's Word template whose clause titles
are a bold style numbered by its list, last saved by Word as Strict Open XML. Every version keeps its headings' levels
and the numbers Word drew, and the built page shows them."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.adoption_pages import text, words
from tests.helpers import git, policy_in_process
from unit.test_adopt47_word import _strict, _typed, clause_template, typed_sections
from unit.test_convert import docx_with

pytestmark = pytest.mark.usefixtures("fixed_git")


def _google_docs(path: Path) -> Path:
    body = _typed("Acme Privacy Policy", 40) + typed_sections("The pages you visit, kept for one year.")
    return docx_with(path, body)


def _template(path: Path, kept: str) -> Path:
    return clause_template(path, [("Introduction", ["Acme Ltd respects your privacy."]), ("Information we collect", [
        "Your name and e-mail address.", f"The pages you visit, kept for {kept}."])])


def test_word_versions_typed_styled_and_strict_keep_their_headings_and_numbers(tmp_path, initialized):
    site = initialized(tmp_path / "site", "--company", "Acme", "--languages", "en")
    archive = tmp_path / "archive"
    archive.mkdir()
    _google_docs(archive / "Privacy Policy 2021-02-17.docx")
    _template(archive / "Privacy Policy 2022-03-03.docx", "six months")
    _strict(_template(archive / "Privacy Policy 2023-05-01.docx", "three months"))
    said = ""
    for argv in (["import", "--messages", "en", "--lang", "en", str(archive)], ["check"],
                 ["build", "--site-dir", str(tmp_path / "out")]):
        done = policy_in_process(["--root", str(site), *argv])
        assert done.returncode == 0, (argv, done.stdout + done.stderr)
        said += done.stdout
    assert "4 paragraphs typed as headings" in said and "saved as Strict Open XML" in said, said
    tree = text((tmp_path / "out" / "en" / "index.html").read_text(encoding="utf-8"))
    for node in tree.css(".policy-updated"):
        node.decompose()
    assert [" ".join(node.text().split()) for node in tree.css("h2")] == ["1. Introduction",
                                                                          "2. Information we collect"]
    assert tree.body is not None
    assert words(tree.body.text(separator=" ")) == words(
        "Acme Privacy Policy 1. Introduction 1.1 Acme Ltd respects your privacy. 2. Information we collect 2.1 Your name and e-mail "
        "address. 2.2 The pages you visit, kept for three months.")
    commits = git(site, "log", "--reverse", "--format=%h %ad", "--date=short", "--", "docs/en/index.md").split()
    assert commits[1::2] == ["2021-02-17", "2022-03-03", "2023-05-01"], commits
    typed = git(site, "show", f"{commits[0]}:docs/en/index.md")
    assert [line for line in typed.splitlines() if line.startswith("#")] == [
        "# Acme Privacy Policy", "## Introduction", "## Information we collect", "### Account information",
        "### Usage information"], typed
