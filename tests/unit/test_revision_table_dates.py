"""A revision table under the title (adopt20: Word policies open with "Version | Date | Changes"): its rows of older
versions are the text's history, not a stale "Last updated" line; only a row stating a date that is not the version's
and is the table's newest (or later than the version's) is said (structure.date-stated)."""
from __future__ import annotations

from policysite import checks, document

TABLE = ("---\ndate: 2024-05-01\n---\n# Privacy Policy\n\n| Version | Date | Changes |\n|---|---|---|\n{rows}\n\n"
         "## 1. Who we are\n\nAcme Ltd.\n\n## 2. Contact\n\nWrite to us.\n")


def _said(rows: list[str]) -> list[tuple[int, str]]:
    policy = document.parse(TABLE.format(rows="\n".join(rows)), path="docs/en/index.md", lang="en")
    return [(f.line, f.rule) for f in checks.stated_date(policy)]


def test_older_rows_of_a_revision_table_holding_the_versions_date_are_not_said():
    assert _said(["| 1 | 12/03/2022 | First version |", "| 2 | 01/09/2023 | Cookies added |",
                  "| 3 | 01/05/2024 | Transfers |"]) == []


def test_a_revision_table_without_the_versions_date_is_said_at_its_newest_row_only():
    assert _said(["| 1 | 12/03/2022 | First version |", "| 2 | 01/09/2023 | Cookies added |"]) == [
        (9, "structure.date-stated")]


def test_a_row_dated_after_the_version_is_still_said():
    assert _said(["| 1 | 12/03/2022 | First version |", "| 2 | 01/05/2024 | Transfers |",
                  "| 3 | 01/09/2024 | Not yet |"]) == [(10, "structure.date-stated")]


def test_a_single_dated_row_is_a_date_line_as_before():
    assert _said(["| 1 | 12/03/2022 | First version |"]) == [(8, "structure.date-stated")]
    assert _said(["| 1 | 01/05/2024 | First version |"]) == []
