"""Adopt55: a Google Docs export whose sections are numbered with its list button, each title a list item in bold
(`lst-kix_…-0` items `1.`, `2.`, and `lst-kix_…-1` items its CSS draws `2.1.`, `2.2.`), had its second level's titles
numbered by their list's start: `## 1. Tickets` under `## 2. Data we collect`, a section 1 and 2 again, their numbers
and level wrong (bold_headings._titled_item). Each title is now a heading of the number the page drew, at that
number's level: `### 2.1. Tickets`."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption55" / "google-numbered-2022-07-01.html"


def test_a_google_docs_numbered_title_of_the_second_level_keeps_the_number_drawn():
    markdown = convert(DATA, lang="en").markdown
    headings = [line for line in markdown.split("\n") if line.startswith("#")]
    assert headings == ["# Privacy Notice", "## 1. Introduction", "## 2. Data we collect", "### 2.1. Tickets",
                        "### 2.2. Vehicles", "## 3. Contact"], markdown
    page = f"---\ndate: 2022-07-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
