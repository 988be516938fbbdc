"""A page exported from Confluence (Export to HTML, a space's HTML export): its text without the wiki around it.

Confluence writes the page's text in `<div id="main-content" class="wiki-content">`, above it the space's
breadcrumbs ("1. Legal", a list), the title as "Space : Page", and "Created by …, last modified on …"; an expand
macro keeps its control's words ("Click here to expand...") above the text it opens. None of them is the policy's.
Nor are the ids Confluence gives the headings, the page's title and the heading's words without their spaces
(`PrivacyPolicy-1.Controller`): another in each language's page and once the page is renamed, they were the sections'
identities, where the site gives a numbered section its number's (`#s1`, in every language).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert import google_ids, main_text
from policysite.convert.notes import Notes, quoted
from policysite.messages import Said

MAIN = "#main-content.wiki-content"
WIKI = "#breadcrumb-section, #breadcrumbs, .page-metadata, #likes-and-labels-container, #footer"
# The words Confluence writes on an expand macro given no title of its own, in the languages it is used in ("Click
# here to expand...", "Cliquez ici pour développer…", "Klicken Sie hier, um zu erweitern..."): a control, no words of
# the page. A title is the wiki's when it holds only these words; one its author gave it ("Which cookies?", "Click to
# see our partners", "Expand the list of processors") is the page's (adopt52: it was left out with the control;
# adopt53: one holding "click" or "expand" among its own words was still left out).
CONTROL_WORDS = frozenset({
    "click", "here", "to", "expand", "show", "cliquez", "cliquer", "ici", "pour", "développer", "afficher", "klicken",
    "klick", "sie", "hier", "um", "zu", "erweitern", "aufklappen", "haga", "haz", "clic", "aquí", "para", "expandir",
    "ampliar", "mostrar", "fare", "fai", "qui", "per", "espandere", "clique", "aqui", "klik", "om", "uit", "te",
    "vouwen", "uitvouwen", "kliknij", "tutaj", "aby", "rozwiń", "rozwinąć", "more"})
_WORD = re.compile(r"\w+")


def default_expand(words: str) -> bool:
    """Whether `words`, an expand macro's title, are the wiki's own (CONTROL_WORDS alone), not its author's."""
    found = _WORD.findall(words.casefold())
    return bool(found) and all(word in CONTROL_WORDS for word in found)


# Confluence's storage markup, left in an export where a macro was not drawn (`<ac:structured-macro>`, its settings in
# `<ac:parameter>`, a page or a file it names in `<ri:page>`, `<ri:attachment>`): a browser shows a setting's words
# as text ("contact", the name of an anchor macro), none of them the page's; the other elements' words are.
SETTINGS = frozenset({"ac:parameter", "ac:default-parameter", "ac:placeholder", "ac:adf-attribute"})


def tidy(tree: LexborHTMLParser, notes: Notes) -> None:
    """The export's text marked as the page's main content, its title without the space's name, and the wiki's
    breadcrumbs, page details and expand controls left out, said; the wiki's storage markup left out wherever it is."""
    _storage(tree, notes)
    main = tree.css_first(MAIN)
    if main is None:
        return
    main.attrs["role"] = "main"
    title = tree.css_first("#title-heading #title-text")
    words = " ".join(title.text(deep=True).split()) if title is not None else ""
    if title is not None and " : " in words:
        title.replace_with(words.split(" : ", 1)[1])
    main_text.decompose(tree.css(WIKI))
    _expand_titles(tree, notes)
    notes.add(Said("convert.confluence"))
    heading = tree.css_first("#title-heading")
    _heading_ids(main, heading, notes)
    if heading is not None and not any(str(link.attributes.get("href")) == "#title-heading"
                                       for link in tree.css("a[href]")):
        # (the wiki's id of every page's title, not the page's: it was kept on the title, `# Privacy {#title-heading}`)
        del heading.attrs["id"]
    _panel_titles(main)


def _expand_titles(tree: LexborHTMLParser, notes: Notes) -> None:
    """An expand macro's control left out, its title in bold over the text it opens where its author gave it one (as a
    disclosure's summary is kept), Confluence's own words ("Click here to expand...") left out."""
    titles = []
    for control in tree.css(".expand-control"):
        words = " ".join((control.css_first(".expand-control-text") or control).text(deep=True).split())
        if words and not default_expand(words):
            bold = LexborHTMLParser("<body><p><strong></strong></p></body>").css_first("p")
            strong = bold.css_first("strong") if bold is not None else None
            if bold is not None and strong is not None:
                strong.insert_child(words)
                control.replace_with(bold)
                titles.append(words)
                continue
        control.decompose()
    if titles:
        notes.add(Said("convert.confluence-expand-titles", count=len(titles), shown=quoted(titles)))


def _storage(tree: LexborHTMLParser, notes: Notes) -> None:
    """Confluence's storage markup (SETTINGS) left out: a macro's settings with their words, said; the elements around
    them unwrapped, their words kept."""
    if tree.body is None or ("<ac:" not in (tree.html or "") and "<ri:" not in (tree.html or "")):
        return
    settings = [node for node in tree.body.traverse() if str(node.tag) in SETTINGS]
    words = [w for node in settings if (w := " ".join(node.text(deep=True).split()))]
    main_text.decompose(settings)
    while (node := next((node for node in tree.body.traverse() if str(node.tag).startswith(("ac:", "ri:"))),
                        None)) is not None:
        if node.child is None:
            node.decompose()
        else:
            node.unwrap()
    if words:  # (a setting without words showed nothing)
        notes.add(Said("convert.confluence-storage", count=len(words), shown=quoted(words)))


def _panel_titles(main: LexborNode) -> None:
    """An info, note or warning panel's title (`<p class="title">` in `.confluence-information-macro`), which the wiki
    draws in bold over the panel's text, in bold: it was a line of plain words, read as the text's."""
    for title in main.css(".confluence-information-macro > p.title"):
        bold = LexborHTMLParser(f"<body><p><strong>{title.inner_html or ''}</strong></p></body>").css_first("p")
        if bold is not None and title.text(deep=True).strip():
            title.replace_with(bold)


def _heading_ids(main: LexborNode, title: LexborNode | None, notes: Notes) -> None:
    """The ids Confluence made of the page's title and each heading's words (see above) left out, the links to them
    led to the ids the site gives the headings (google_ids.site_ids: the one rule, the page's title and a second
    heading of one title counted), said with the first of the page's own (the note had quoted
    `PrivacyPolicy-1.Controller` whatever the page: adopt42)."""
    headings = main.css("h1, h2, h3, h4, h5, h6")
    if title is not None and not main.css_first("h1"):  # the page's title, over the text (html_source)
        headings.insert(0, title)
    made: dict[int, str] = {}
    lines = []
    for n, heading in enumerate(headings):
        words = " ".join(heading.text(deep=True).split())
        own = str(heading.attributes.get("id") or "")
        joined = re.sub(r"\s", "", words)
        # (or as office_html wrote an id holding a sign no id may, `-1.Wiezijnwij?` as `-1.Wiezijnwij-`: adopt33)
        either = re.escape(joined) + "|" + re.escape(re.sub(r"[^\w.-]+", "-", joined))
        if words and re.search(rf"-(?:{either})(?:\.\d+)?$", own):  # (a second heading of one title's: `-Data.1`)
            made[n] = own
            del heading.attrs["id"]
            own = ""
        written = _ESCAPE.sub(r"\\\g<0>", words)
        lines.append(f"{'#' * int(str(heading.tag)[1])} {written}" + (f" {{#{own}}}" if own else ""))
    site = google_ids.site_ids(lines, set(made))
    ids = {made[n]: site[n] for n in made}
    for link in main.css("a[href^='#']"):
        target = str(link.attributes.get("href"))[1:]
        if target in ids:
            link.attrs["href"] = "#" + ids[target]
    if ids:
        notes.add(Said("convert.confluence-heading-ids", count=len(ids), example=next(iter(ids))))


_ESCAPE = re.compile(r"[\\`*_\[\]<>#{}]")
