"""A cookie list a consent plugin lays out as a CSS grid of labelled cells, read as the table it shows.

Complianz (a WordPress plugin) writes each purpose of a service's cookies as `<div class="cookies-per-purpose">`: the
purpose's `<h4>`, then per cookie a `name-header` (`<h5>Name</h5>`), its `name`, a `retention-header`, its `retention`,
a `function-header` and its `function`; its stylesheet (on the plugin's server, not saved with the page) places every
label in one header row and each cookie's cells in a row under it. Read as written, each label was a heading of its
own: "##### Name", "##### Expiration" … for every cookie, sections by the dozen (adoption hunt 26).
"""
from __future__ import annotations

import html

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.notes import Notes
from policysite.messages import Said

_COLUMNS = (("name-header", "name"), ("retention-header", "retention"), ("function-header", "function"))


def _classes(node: LexborNode) -> set[str]:
    return set((node.attributes.get("class") or "").split())


def _inner(node: LexborNode) -> str:
    return "".join(child.html or "" for child in node.iter(include_text=True))


def tables(tree: LexborHTMLParser, notes: Notes) -> None:
    """Each Complianz grid of a purpose's cookies as its purpose's heading over a table: a header row of the labels
    the page wrote (in its language), a row a cookie."""
    made = 0
    for block in tree.css("div.cookies-per-purpose"):
        children = [child for child in block.iter(include_text=False)]
        labels: list[str] = ["", "", ""]
        rows: list[list[str]] = []
        purpose, other = "", False
        for child in children:
            found = _classes(child)
            column = next((n for n, (header, value) in enumerate(_COLUMNS) if header in found or value in found), None)
            if "purpose" in found:
                purpose += child.html or ""
            elif column is None:
                other = True  # an element the template does not write: the block is left as it is
                break
            elif _COLUMNS[column][0] in found:
                labels[column] = labels[column] or " ".join(child.text(deep=True, separator=" ").split())
            else:
                if column == 0 or not rows:
                    rows.append(["", "", ""])
                rows[-1][column] = _inner(child)
        if other or not rows or not any(labels):
            continue
        head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
        body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        block.inner_html = f"{purpose}<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
        made += 1
    if made:
        notes.add(Said("convert.cookie-grids", count=made))
