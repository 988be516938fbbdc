"""Adopt53: a Jekyll page drawing its table of contents from its own headings, `{% include toc.html html=content %}`
(as most Jekyll sites do), had the include's Liquid written in, which `policy check` refused as template code left in
the text. Such an include (given the page's content, or named as a table of contents) is now left out, said at its
line: no words of the text, and the site draws its own table of contents; the page's other includes are still
written in."""
from __future__ import annotations

import shutil
from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption53" / "jekyll"


def test_a_table_of_contents_include_is_left_out_and_said(tmp_path: Path):
    site = tmp_path / "site"
    shutil.copytree(DATA, site)
    converted = convert(site / "privacy-2020-11-02.md", lang="en")
    markdown = converted.markdown
    assert "{{" not in markdown and "{%" not in markdown and "listing" not in markdown, markdown
    assert "We hold the email address of each listener who subscribes to the newsletter.\n\n" \
           "We never sell your address.\n\n## 2. Contact" in markdown, markdown
    notes = [str(note) for note in converted.notes]
    lines = {note.split(":", 1)[0] for note in notes if "a table of contents the old site's generator drew" in note}
    assert lines == {"line 6", "line 14"}, notes
    assert any("wrote in the 1 file the page includes" in note and "_includes/note.md" in note for note in notes)
    page = f"---\ndate: 2020-11-02\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
