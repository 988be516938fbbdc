"""Adopt55: a page exported from Confluence kept the wiki's id of every page's title on its title,
`# Privacy Policy {#title-heading}` (the export's `<h1 id="title-heading">`): the wiki's, not the page's, the same on
every page it exports. It is left out with the wiki's other ids; the rest of the export reads as before."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption55" / "confluence-2022-11-07.html"


def test_the_wikis_id_of_the_title_is_left_out():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert markdown.startswith("# Privacy Policy\n\nMossgate Labs makes weather sensors."), markdown
    assert "title-heading" not in markdown and "## 1. Who we are\n" in markdown, markdown
    assert "See [section 1](#s1)." in markdown and "Created by" not in markdown and "Atlassian" not in markdown, \
        markdown
    page = f"---\ndate: 2022-11-07\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
