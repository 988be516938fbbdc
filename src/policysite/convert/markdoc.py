"""Markdoc's table (`{% table %}` … `{% /table %}`, Stripe's Markdown as Appwrite's site writes its policy): rows parted
by `---`, each a list whose items are its cells, a cell holding paragraphs or a list. Its tags left out as other
Liquid-like tags are, the page showed a table where the import wrote lines of bullets and rules (adoption 6 of
session 30). Each is written as the table it drew, through the HTML import's table writer."""
from __future__ import annotations

import re

from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser

from policysite.convert.markdown_lines import fence_after
from policysite.convert.notes import Notes
from policysite.messages import Said

_OPEN = re.compile(r"[ ]{0,3}\{%-?\s*table\b[^%]*-?%\}[ \t]*")
_CLOSE = re.compile(r"[ ]{0,3}\{%-?\s*/table\s*-?%\}[ \t]*")
_ROW = re.compile(r"[ ]{0,3}(?:-{3,}|\*{3,}|_{3,})[ \t]*")  # a rule: the next row
_reader = MarkdownIt("commonmark")


def tables(body: str, notes: Notes) -> str:
    """`body` with each Markdoc table outside code written as a Markdown table, said at its line; one never closed,
    or holding anything but lists between its rules, stays as written."""
    if "table" not in body:
        return body
    lines = body.split("\n")
    out: list[str] = []
    fence = ""
    n = 0
    while n < len(lines):
        line = lines[n]
        fence, code = fence_after(line, fence)
        if not code and _OPEN.fullmatch(line):
            end = next((k for k in range(n + 1, len(lines)) if _CLOSE.fullmatch(lines[k])), None)
            written = _table(lines[n + 1:end], notes) if end is not None else None
            if written is not None and end is not None:  # as many lines as it had: the notes' lines stay the source's
                table = ["", *written.strip("\n").split("\n"), ""]
                out += table + [""] * (end + 1 - n - len(table))
                notes.add(Said("convert.markdoc-table"), n + 1)
                n = end + 1
                continue
        out.append(line)
        n += 1
    return "\n".join(out)


def _table(rows_text: list[str], notes: Notes) -> str | None:
    """The Markdown of a Markdoc table's lines, or None where a row is not a list of cells."""
    from policysite.convert.to_markdown import html_to_markdown

    rows: list[list[str]] = [[]]
    for line in rows_text:
        if _ROW.fullmatch(line):
            rows.append([])
        else:
            rows[-1].append(line)
    cells: list[list[str]] = []
    for row in rows:
        text = "\n".join(row).strip("\n")
        if not text.strip():
            cells.append([])
            continue
        tree = LexborHTMLParser(f"<body>{_reader.render(text)}</body>")
        top = tree.body.iter() if tree.body is not None else iter(())
        parts = list(top)
        if len(parts) != 1 or parts[0].tag != "ul":
            return None  # a row of anything but one list of cells: not a table Markdoc reads
        cells.append([item.inner_html or "" for item in parts[0].iter() if item.tag == "li"])
    if not any(cells):
        return None
    head, body_rows = (cells[0], cells[1:]) if cells[0] else (None, cells[1:])
    width = max(len(row) for row in cells)
    html = "<table>"
    if head is not None:
        html += "<thead><tr>" + "".join(f"<th>{cell}</th>" for cell in head + [""] * (width - len(head))) + \
            "</tr></thead>"
    html += "<tbody>" + "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row + [""] * (width - len(row)))
                                + "</tr>" for row in body_rows if row) + "</tbody></table>"
    return html_to_markdown(html, notes)
