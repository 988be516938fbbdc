"""Adopt54: a SharePoint site page. The file its Site Pages library keeps (Download, or a version from its history:
an .aspx whose text is in its saved properties, `<mso:CanvasContent1>`) was refused as a server's code; it is now read
as SharePoint showed it, its `<mso:Title>` its title over its text web parts, a web part drawn from its settings
(Quick links) left out, said. A browser's copy of such a page kept the author's byline glued to its date ("Jane
DawlishPublished 1 March 2022"), the likes and views ("12 Likes348 Views") and the comments box, whose heading the
check read as an unnumbered section: SharePoint's chrome around the canvas is now left out, said with its words."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "sharepoint"
TEXT = ("# Staff Privacy Notice\n\n## 1. Scope\n\nThis notice covers the staff intranet of Wrenfield Group.\n\n"
        "## 2. What we record\n\nWe record your sign-in times and the pages you open.\n\n- Sign-in times\n"
        "- Pages opened\n\n## 3. Contact\n\nWrite to [privacy@wrenfield.example](mailto:privacy@wrenfield.example).")


def _checked(markdown: str) -> list[str]:
    page = f"---\ndate: 2022-03-01\n---\n{markdown}"
    return [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")]


def test_a_site_page_file_is_read_from_its_saved_canvas_under_its_title():
    converted = convert(DATA / "privacy-2022-03-01.aspx", lang="en")
    assert converted.markdown.strip() == TEXT, converted.markdown
    assert converted.meta.get("title") == "Staff Privacy Notice"
    notes = [str(note) for note in converted.notes]
    assert any("SharePoint site page file" in note and "“Staff Privacy Notice”" in note for note in notes), notes
    assert any("left out 1 web part" in note and "“Quick links”" in note for note in notes), notes
    assert "HR portal" not in converted.markdown
    assert _checked(converted.markdown) == []


def test_a_saved_site_page_loses_sharepoints_bars_byline_and_footer():
    converted = convert(DATA / "saved-privacy-2022-03-01.html", lang="en")
    markdown = converted.markdown
    for chrome in ("Dawlish", "Likes", "Views", "Comments", "Be the first", "Wrenfield Intranet", "Page details"):
        assert chrome not in markdown, (chrome, markdown)
    assert "# Staff Privacy Notice\n\n## 1. Scope" in markdown, markdown
    assert "Write to [privacy@wrenfield.example](mailto:privacy@wrenfield.example)." in markdown, markdown
    notes = [str(note) for note in converted.notes]
    assert any("left out SharePoint's bars, byline and page footer" in note and "“Jane Dawlish Published 1 March 2022”"
               in note for note in notes), notes
    assert _checked(markdown) == []
