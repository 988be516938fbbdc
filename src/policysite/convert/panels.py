"""Panels a reader opens (an accordion's, a page's tabs): each panel's title above its text, as a reader reads them,
and a panel hidden until its control is clicked kept.

Page builders draw a tab's or an accordion's title as an element acting as a button (`<div role="button"
aria-controls="panel-1">`, `<div role="tab">`: Elementor's accordion and tabs widgets, the ARIA patterns) rather than a
`<button>`; tabs repeat their titles (Elementor writes each twice, for wide and narrow screens); and the panels not
open when the page was saved carry `hidden`. Read here: one title per panel, above it; a hidden panel of a control
kept (a reader opens it), said.
"""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, PageElement, Tag

from policysite.convert.notes import Notes, quoted
from policysite.heading_numbers import heading_number
from policysite.messages import Said

PANEL_TITLE = "data-policysite-panel-title"
# An element's own style hiding it (`style="display:none"`), as a closed panel's is
HIDDEN_STYLE = re.compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)")


def panel_title(soup: BeautifulSoup, words: str, content: list[PageElement]) -> Tag:
    """A panel's title (`words`, its `content` with its own marks) as a reader reads it above the panel's text: a
    section heading if it starts with a section number, else a bold paragraph (its own bold undone: all of it is)."""
    number = heading_number(words)
    if number is not None and number[0][:1].isdigit():
        title = soup.new_tag(f"h{min(6, 1 + len(number[0].split('.')))}")
        title.string = words
        return title
    strong = soup.new_tag("strong")
    for part in content:
        strong.append(part)
    for bold in strong.find_all(("strong", "b")):
        bold.unwrap()
    title = soup.new_tag("p", attrs={PANEL_TITLE: ""})  # (a panel's title, not the section heading a bold line may be)
    title.append(strong)
    return title


def _controlled(soup: BeautifulSoup) -> dict[str, Tag]:
    """Each element some control of the page opens (`aria-controls`), by its id."""
    wanted = {name for control in soup.select("[aria-controls]")
              for name in str(control.get("aria-controls") or "").split()}
    return {str(tag.get("id")): tag for tag in soup.find_all(id=True) if str(tag.get("id")) in wanted}


# Bootstrap's data attributes naming what a control opens, where the page writes no ARIA: Bootstrap 2 and 3's own
# examples (`<a data-toggle="collapse" href="#collapseTwo">`, `<a href="#eu" data-toggle="tab">`)
_TOGGLES = {"collapse": "button", "tab": "tab", "pill": "tab"}


def data_toggles(soup: BeautifulSoup) -> None:
    """A control Bootstrap's scripts wire to a panel of the page by data attributes alone (`data-toggle="collapse"` or
    `"tab"`, `data-bs-toggle` in Bootstrap 5; the panel named by its `href="#id"` or `data-target`) marked as the ARIA
    pattern marks it (`role="button"` or `"tab"`, `aria-controls`), so that it is read as the ARIA accordions and tabs
    are: its title above its panel. Read as a link, an accordion's title was a heading linking to the text under it
    (`## [2. Who we share it with](#collapseTwo)`) and a tab's title a list of links above all the panels (adopt40)."""
    ids = {str(tag.get("id")) for tag in soup.find_all(id=True)}
    for control in soup.select("[data-toggle], [data-bs-toggle]"):
        role = _TOGGLES.get(str(control.get("data-bs-toggle") or control.get("data-toggle") or "").strip().lower())
        target = str(control.get("data-bs-target") or control.get("data-target") or control.get("href") or "")
        if role is None or not target.startswith("#") or target[1:] not in ids or control.has_attr("aria-controls"):
            continue
        control["aria-controls"] = target[1:]
        if not control.has_attr("role") or role == "tab":
            control["role"] = role
        if control.name == "a":
            del control["href"]  # (no link: a control, its panel below it)


def paired(soup: BeautifulSoup) -> None:
    """Tabs that do not name the panel each opens (Docusaurus' `<li role="tab">`, no `aria-controls`) given it: the
    panel naming its tab (`aria-labelledby`), else the n-th `role="tabpanel"` of the nearest element around the tab list
    holding as many panels as it has tabs. Then read as the tabs that name theirs: each title above its panel, a panel
    hidden until its tab is clicked kept."""
    made = 0
    labelled = {str(panel.get("aria-labelledby")): panel for panel in soup.select("[role=tabpanel][aria-labelledby]")}
    for tablist in soup.select("[role=tablist]"):
        tabs_here = [tab for tab in tablist.select("[role=tab]") if not tab.has_attr("aria-controls")]
        if not tabs_here:
            continue
        around: Tag | None = tablist.parent
        for _ in range(3):
            if around is None:
                break
            found = [panel for panel in around.select("[role=tabpanel]") if panel.find_parent(attrs={"role": "tablist"})
                     is None]
            if found:
                break
            around = around.parent
        else:
            found = []
        by_order = found if len(found) == len(tabs_here) else []
        for n, tab in enumerate(tabs_here):
            panel = labelled.get(str(tab.get("id"))) if tab.has_attr("id") else None
            panel = panel if panel is not None else by_order[n] if by_order else None
            if panel is None:
                continue
            if not panel.has_attr("id"):
                made += 1
                panel["id"] = f"policysite-tab-panel-{made}"
            tab["aria-controls"] = str(panel["id"])


def tabbed_sets(soup: BeautifulSoup, notes: Notes) -> None:
    """MkDocs Material's content tabs (`.tabbed-set`: a radio input and a `<label>` per tab, then the blocks in the same
    order, all in the page, the unselected ones shown by CSS): each label's words above its block, as a reader reads
    them, not run together above the first ("CustomersApplicants")."""
    titled = 0
    for tabbed in soup.select(".tabbed-set"):
        labels = tabbed.select(":scope > .tabbed-labels > label") or tabbed.select(":scope > label")
        blocks = tabbed.select(":scope > .tabbed-content > .tabbed-block") or tabbed.select(":scope > .tabbed-content")
        if not labels or len(labels) != len(blocks):
            continue
        for label, block in zip(labels, blocks):
            words = " ".join(label.get_text(" ").split())
            if words:
                block.insert(0, panel_title(soup, words, [soup.new_string(words)]))
                titled += 1
            label.decompose()
        for emptied in tabbed.select(":scope > .tabbed-labels"):
            emptied.decompose()
    if titled:
        notes.add(Said("convert.content-tabs", count=titled))


def css_toggles(soup: BeautifulSoup, notes: Notes) -> None:
    """Accordions and tabs drawn with CSS alone (`<input type="checkbox" id="a1"><label for="a1">1. Cookies</label>
    <div>…</div>`: the label opens the panel after it): each label is its panel's title, as a reader reads it, a
    section heading where numbered (the page's sections were plain lines). A form's labels stay as they are."""
    toggles = {str(tag.get("id")) for tag in soup.find_all("input", id=True)
               if str(tag.get("type") or "").lower() in ("checkbox", "radio") and tag.find_parent("form") is None}
    titled = 0
    for label in soup.find_all("label", attrs={"for": True}):
        words = " ".join(label.get_text(" ").split())
        if label.decomposed or str(label["for"]) not in toggles or not words or label.find_parent("form") is not None:
            continue
        label.replace_with(panel_title(soup, words, list(label.contents)))
        titled += 1
    if titled:
        notes.add(Said("convert.css-panels", count=titled))


def tabs(soup: BeautifulSoup, notes: Notes) -> None:
    """Each tab's title (`role="tab"`) once, above the panel it opens, as a heading where numbered as a section
    (else in bold); the other copies of it, and the tab lists left empty, go. An element acting as a button that
    opens a panel (`role="button"` with `aria-controls` or `aria-expanded`) is a `<button>`, read as one."""
    for control in soup.select("[role=button]"):
        if control.name != "button" and (control.has_attr("aria-controls") or control.has_attr("aria-expanded")):
            control.name = "button"
    panels = _controlled(soup)
    titled = 0
    for name, panel in panels.items():
        tabs_of = [tab for tab in soup.select("[role=tab]")
                   if name in str(tab.get("aria-controls") or "").split() and not tab.decomposed]
        if not tabs_of:
            continue
        words = " ".join(tabs_of[0].get_text(" ").split())
        before = panel.find_previous_sibling(True)
        for tab in tabs_of:
            if tab is not before:
                tab.decompose()
        title = panel_title(soup, words, [soup.new_string(words)])
        if before is not None and before in tabs_of:
            before.replace_with(title)
        else:
            panel.insert_before(title)
        titled += 1
    for tablist in soup.select("[role=tablist]"):
        if not tablist.decomposed and not tablist.get_text(strip=True):
            tablist.decompose()
    if titled:
        notes.add(Said("convert.tab-titles", count=titled))


def opened(soup: BeautifulSoup, notes: Notes) -> None:
    """A panel marked `hidden`, or hidden by its own style (`style="display:none"`, Elementor's closed toggle), that a
    control of the page opens (a tab not selected, a closed accordion panel): a reader opens it, so its text is kept,
    and said (once: hidden by its style too, it was also said as words "to remove, no text of the policy": adopt40)."""
    kept = []
    for panel in _controlled(soup).values():
        style = str(panel.get("style") or "")
        if (panel.has_attr("hidden") or HIDDEN_STYLE.search(style)) and panel.get_text(strip=True):
            panel.attrs.pop("hidden", None)
            if HIDDEN_STYLE.search(style):
                panel["style"] = HIDDEN_STYLE.sub(";", style).strip("; ")
            kept.append(" ".join(panel.get_text(" ").split()))
    if kept:
        notes.add(Said("convert.closed-panels", count=len(kept),
                       shown=quoted([f"{words[:40]}{'…' if len(words) > 40 else ''}" for words in kept[:3]])))
