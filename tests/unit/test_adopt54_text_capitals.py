"""Adopt54: a plain-text policy whose numbered headings are in capitals (`1. INTRODUCTION`, `2. DATA WE COLLECT`)
sets an unnumbered section apart the same way (`YOUR RIGHTS`). Lines in capitals were read as headings only in a text
numbering none, so that section's title was a paragraph of section 3 and its text read as §3's. It is now a heading at
the level of the numbered sections, with its own id (an unnumbered heading among numbered ones needs one), said; the
capitals above the first numbered heading (the company's name over PRIVACY POLICY) are still the title's, a word alone
in capitals is still a clause's label (`IMPORTANT`: test_adopt37_imports), and a line in capitals under numbered
headings that are not in capitals stays a paragraph (a clause's emphasis)."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "privacy-2021-06-30.txt"


def test_an_unnumbered_heading_in_capitals_among_numbered_ones_in_capitals_is_a_section():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert "## ARTICLE 3 - RETENTION\n\nWe keep booking records for six years.\n\n## YOUR RIGHTS {#your-rights}\n\n" \
           "You may ask for a copy of your data at any time.\n\n## 4. CONTACT" in markdown, markdown
    # (the title over two lines is one title since adopt55: test_adopt55_text_title)
    assert "# BRAMBLEWICK LTD PRIVACY POLICY\n\n" in markdown and "## 1. INTRODUCTION\n" in markdown, markdown
    assert any("(“YOUR RIGHTS”) read as section heading" in str(note) for note in converted.notes), converted.notes
    page = f"---\ndate: 2021-06-30\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_capitals_under_numbered_headings_not_in_capitals_stay_a_paragraph(tmp_path: Path):
    text = DATA.read_text(encoding="utf-8")
    for heading in ("INTRODUCTION", "DATA WE COLLECT", "CONTACT"):
        text = text.replace(heading, heading.capitalize())
    source = tmp_path / "privacy-2021-06-30.txt"
    source.write_text(text, encoding="utf-8")
    markdown = convert(source, lang="en").markdown
    assert "## 2. Data we collect\n" in markdown and "\n\nYOUR RIGHTS\n\n" in markdown, markdown
