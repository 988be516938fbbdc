"""Adopt55: a plain text's title written over two lines (`HOLLYBROOK FERRIES LTD` over `PRIVACY NOTICE`, as an
export or an e-mail sets a company's name over its notice's) kept its first line only as the title, the second a
paragraph under it (adopt54's leftover). The two lines are one title, said; a line under the title that is a date, a
label, a version or a sentence stays the paragraph it was."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert
from tests.helpers import converted_file

DATA = Path(__file__).parents[1] / "data" / "adoption55" / "two-line-title-2022-02-14.txt"
_BODY = ("\n\n1. WHO WE ARE\n\nHollybrook Ferries Ltd runs boats between the islands and keeps the data of its "
         "passengers.\n\n2. WHAT WE KEEP\n\nYour name and your crossing, for as long as the law asks us to.\n\n"
         "3. CONTACT\n\nWrite to the harbour office, Quay Road.\n")


def test_a_title_over_two_lines_is_one_title():
    converted = convert(DATA, lang="en")
    assert converted.markdown.startswith("# HOLLYBROOK FERRIES LTD PRIVACY NOTICE\n\nEffective: 14 February 2022\n\n"
                                         "## 1. ABOUT THIS NOTICE\n"), converted.markdown
    assert "the title written over two lines, “HOLLYBROOK FERRIES LTD” over “PRIVACY NOTICE”: one title, its lines " \
           "joined" in [str(note) for note in converted.notes], converted.notes
    page = f"---\ndate: 2022-02-14\n---\n{converted.markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_a_date_a_version_or_a_sentence_under_the_title_stays_a_paragraph(tmp_path: Path):
    for second in ("Effective 14 February 2022", "Version 2.1", "Last updated: February 2022",
                   "This notice is short."):
        markdown = converted_file(tmp_path, "privacy-2022-02-14.txt", f"Privacy Notice\n{second}{_BODY}",
                                  lang="en").markdown
        assert markdown.startswith(f"# Privacy Notice\n\n{second}\n\n## 1. WHO WE ARE\n"), markdown
