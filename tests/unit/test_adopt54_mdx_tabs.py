"""Adopt54: a Docusaurus page's tabs (`<Tabs>` over `<TabItem label="In the app">` … `</TabItem>` … `</Tabs>`). Each
tab's title was kept above its text and said so, but the same lines were said again as raw HTML removed ("raw HTML
<tabitem> is not on the allow-list", "<tabs> held no text"): two notes of one change, the second naming tags the
Markdown does not hold. The tab bar's tags are now left out as one note naming their lines; the text is unchanged."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "tabs-2023-02-14.mdx"


def test_the_tab_bars_tags_are_said_once_and_not_as_raw_html():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert "## 1. What we collect {#collect}\n\n**In the app**\n\nWe collect your device model and crash reports.\n\n" \
           "**On the website**\n\nWe collect your IP address for 7 days.\n\n## 2. Why" in markdown, markdown
    notes = [str(note) for note in converted.notes]
    assert not any("<tabitem>" in note or "<tabs>" in note for note in notes), notes
    assert "lines 23, 26, 29 and 30: left out the tags of Docusaurus' tabs (<Tabs>, </TabItem>, </Tabs>), which drew " \
           "the tab bar: each tab's text is kept under its title" in notes, notes
    assert sum("In the app" in note for note in notes) == 1, notes
    page = f"---\ndate: 2023-02-14\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
