"""Adopt54: a plain-text policy's list (`We collect the following:` over `- your name;`, `- your e-mail address;` …)
stayed lines of one paragraph, each dash escaped (`\\- your name;`), where its reader read a list. Two or more lines
starting with a dash or a bullet, one under the other, are now a list under the lines before them, said; a single
such line stays a line of its paragraph."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "privacy-2021-06-30.txt"


def test_dash_lines_of_a_text_are_a_list():
    converted = convert(DATA, lang="en")
    markdown = converted.markdown
    assert "We collect the following:\n\n- your name;\n- your e-mail address;\n- your booking history.\n\n" \
           "## ARTICLE 3" in markdown, markdown
    assert "\\-" not in markdown, markdown
    assert any("1 run of lines starting with a dash or a bullet read as a list" in str(note)
               for note in converted.notes), converted.notes
    page = f"---\ndate: 2021-06-30\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_bullets_and_a_lone_dash_line(tmp_path: Path):
    text = DATA.read_text(encoding="utf-8").replace("- your", "• your").replace(
        "This policy covers the website and the mobile app.",
        "This policy covers the website\n- and the mobile app.")
    source = tmp_path / "privacy-2021-06-30.txt"
    source.write_text(text, encoding="utf-8")
    markdown = convert(source, lang="en").markdown
    assert "\n\n- your name;\n- your e-mail address;\n- your booking history.\n" in markdown, markdown
    assert "This policy covers the website  \n\\- and the mobile app." in markdown, markdown
