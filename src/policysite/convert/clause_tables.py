"""A table of numbered clauses: a column of section numbers (`1.`, `2.`, `2.1`) beside each clause's text, its bold
title first (a contract template's or a Word document's layout). The page shows sections; kept as a two-column table,
the text had none (no heading, no id, the changes pages counting every change as the title's)."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from policysite.convert.bold_headings import clause_title, numbered_up_to
from policysite.convert.elements import HEADINGS
from policysite.convert.notes import Notes
from policysite.messages import Said

_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.?")


def sections(soup: BeautifulSoup, notes: Notes) -> None:
    """Each table whose every row, two or more, is a section number and a clause titled in bold, the numbers counting
    from 1 each after the one before: its rows become sections (`## 3. Title` over the clause's text), said."""
    for table in soup.find_all("table"):
        if table.find_parent("table") is not None or table.find("table") is not None:
            continue
        rows = table.find_all("tr")
        clauses = [_clause(row) for row in rows]
        found = [clause for clause in clauses if clause is not None]
        if len(found) < 2 or len(found) != len(clauses):
            continue
        numbers = [tuple(int(n) for n in number.split(".")) for number, _cell, _bold in found]
        if not numbered_up_to(numbers[:-1], numbers[-1]):
            continue
        for (number, cell, bold), parts in zip(found, numbers, strict=True):
            heading = soup.new_tag(f"h{min(6, 1 + len(parts))}")
            heading.string = f"{number}. {' '.join(bold.get_text().split())}"
            line = bold
            while line.parent is not None and line.parent is not cell:
                line = line.parent
            line.replace_with(heading)
            for child in list(cell.contents):
                table.insert_before(child.extract())
        table.decompose()
        notes.add(Said("convert.clause-table", count=len(found)))


def _clause(row: Tag) -> tuple[str, Tag, Tag] | None:
    """(the number, the clause's cell, its bold title) of a row of two cells, a section number alone and a clause
    whose first line is a bold title, else None."""
    cells = row.find_all(["td", "th"], recursive=False)
    if len(cells) != 2 or cells[1].find(HEADINGS) is not None:
        return None
    number = _NUMBER.fullmatch(" ".join(cells[0].get_text().split()))
    title = clause_title(cells[1]) if number is not None else None
    if number is None or title is None or title[1] is not None:
        return None  # (a label before the bold line: a list's)
    return number.group(1), cells[1], title[0]
