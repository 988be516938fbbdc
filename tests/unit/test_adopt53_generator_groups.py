"""Adopt53: a policy generator's page lays each section out in a `<div>` of its own, its title a bold line
(`<p><strong>Interpretation and Definitions</strong></p>`) right over its first subsection's (`Interpretation`). That
title was read as a term over its definition and stayed a bold line, its subsections sections of their own beside the
other sections. A bold line opening its element, beside other elements each opened so, is now a section's heading,
the bold lines inside it its subsections'; two bold lines in a row outside such a layout are still a term and its
definition."""
from __future__ import annotations

from pathlib import Path

from policysite import document, rendering
from policysite.convert import html_source

DATA = Path(__file__).parents[1] / "data" / "adoption53" / "generator-privacy-2021-03-03.html"


def test_a_generated_pages_sections_keep_their_levels():
    converted = html_source.convert(DATA.read_bytes(), name=DATA.name, lang="en")
    markdown = converted.markdown
    assert [line for line in markdown.splitlines() if line.startswith("#")] == [
        "# Privacy Policy for Birchwell", "## Interpretation and Definitions", "### Interpretation",
        "### Definitions", "## Collecting Your Data", "### Types of Data Collected", "## Contact Us"], markdown
    assert "- **Company** refers to Birchwell Ltd, 9 Tanner Row, York." in markdown
    page = f"---\ndate: 2021-03-03\n---\n{markdown}"
    assert [str(f) for f in rendering.check(page, path="docs/en/index.md", lang="en")] == []
    policy = document.parse(page, path="docs/en/index.md", lang="en")
    assert [(section.title, section.level) for section in policy.sections][:3] == [
        ("Interpretation and Definitions", 2), ("Interpretation", 3), ("Definitions", 3)]


def test_two_bold_lines_in_a_row_elsewhere_are_still_a_term_and_its_definition():
    page = ("<html><body><main><h1>Privacy</h1><p><strong>Who we are</strong></p><p>A shop.</p>"
            "<div><p><strong>Controller</strong></p><p><strong>Birchwell Ltd</strong></p><p>Runs the shop.</p></div>"
            "<p><strong>Your rights</strong></p><p>Ask us.</p></main></body></html>")
    markdown = html_source.convert(page.encode(), name="privacy.html", lang="en").markdown
    assert "**Controller**" in markdown and "## Controller" not in markdown, markdown
    assert "## Who we are" in markdown and "## Your rights" in markdown, markdown
