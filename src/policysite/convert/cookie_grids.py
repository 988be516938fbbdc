"""A cookie list a consent plugin lays out as a CSS grid of labelled cells, read as the table it shows.

Complianz (a WordPress plugin) writes each purpose of a service's cookies as `<div class="cookies-per-purpose">`: the
purpose's `<h4>`, then per cookie a `name-header` (`<h5>Name</h5>`), its `name`, a `retention-header`, its `retention`,
a `function-header` and its `function`; its stylesheet (on the plugin's server, not saved with the page) places every
label in one header row and each cookie's cells in a row under it. Read as written, each label was a heading of its
own: "##### Name", "##### Expiration" … for every cookie, sections by the dozen (adoption hunt 26).

CookieYes (and other consent tools) write each cookie as a list of label and value pairs (`<ul class="cky-cookie-des-
table"><li><div>Cookie</div><div>_ga</div></li><li><div>Duration</div>…`), one list a cookie, its stylesheet drawing
each pair on a line: read as written, each label and each value was a paragraph of a bullet, "Cookie" over "_ga". Lists
one after the other of the same labels are the table they list: a header row of the labels, a row a list.
"""
from __future__ import annotations

import html

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.elements import child_elements
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
    _label_cards(tree, notes)


def _pairs(listing: LexborNode) -> list[tuple[str, str]] | None:
    """(label, value's markup) of each item of a list whose every item holds a label and a value, two elements and no
    words beside them; else None."""
    pairs = []
    items = child_elements(listing)
    for item in items or ():
        parts = child_elements(item) if item.tag == "li" else None
        if parts is None or len(parts) != 2:
            return None
        label = " ".join(parts[0].text(deep=True, separator=" ").split())
        if not label or len(label) > 40:
            return None
        pairs.append((label, _inner(parts[1])))
    return pairs if len(pairs) >= 2 else None


def _next_element(node: LexborNode) -> LexborNode | None:
    following = node.next
    while following is not None and following.tag == "-text" and not (following.text_content or "").strip():
        following = following.next
    return following


def _label_cards(tree: LexborHTMLParser, notes: Notes) -> None:
    """Each run of two lists or more, one after the other, of the same labels' pairs made the table they list; and a
    list alone of the labels of such a run (a category of one cookie) too."""
    done: set[int] = set()
    runs: list[tuple[list[str], list[LexborNode], list[list[str]]]] = []
    for listing in tree.css("ul, ol"):
        if listing.mem_id in done or (first := _pairs(listing)) is None:
            continue
        labels = [label for label, _value in first]
        run, rows = [listing], [[value for _label, value in first]]
        following = _next_element(listing)
        while following is not None and following.tag in ("ul", "ol") and \
                (pairs := _pairs(following)) is not None and [label for label, _value in pairs] == labels:
            run.append(following)
            rows.append([value for _label, value in pairs])
            following = _next_element(following)
        done.update(node.mem_id for node in run)
        runs.append((labels, run, rows))
    tabled = {tuple(labels) for labels, run, _rows in runs if len(run) >= 2}
    made = [(labels, run, rows) for labels, run, rows in runs if tuple(labels) in tabled]
    for labels, run, rows in made:
        head = "".join(f"<th>{html.escape(label)}</th>" for label in labels)
        body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows)
        table = LexborHTMLParser(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>").css_first(
            "table")
        if table is not None:
            run[0].insert_before(table)
            for node in run:
                node.decompose()
    if made:
        notes.add(Said("convert.label-cards", count=sum(len(rows) for _labels, _run, rows in made),
                       labels=" / ".join(" · ".join(labels) for labels in dict.fromkeys(
                           tuple(labels) for labels, _run, _rows in made))))
