"""An HTML fragment to our Markdown: read as a browser reads it, stripped of what is not text of the
policy (scripts, forms' controls, embeds become links), layout tables undone, ids kept where in-page
links land (on headings as `{#id}`, elsewhere on an empty <span>), then written by markdown_writer."""
from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import unquote

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.exceptions import ParserRejectedMarkup
from selectolax.lexbor import LexborHTMLParser

from policysite import characters, document
from policysite.convert import (
    bold_headings,
    clause_tables,
    controls,
    list_passes,
    mark_edges,
    number_titles,
    panels,
    shortcodes,
    word_section_lists,
)
from policysite.convert.elements import HEADINGS, INLINE, TEXT_BLOCKS, filled, first_content
from policysite.convert.markdown_writer import TICKED, UNTICKED, Converter, escape_text
from policysite.convert.notes import Notes, quoted
from policysite.heading_numbers import heading_number
from policysite.messages import Said

# Elements whose content a reader never sees as text of the policy.
# (A <progress> or <meter> is drawn as a bar, its words only where the browser draws none: safety hunt 44.)
DROPPED = ("script", "style", "noscript", "template", "svg", "math", "input", "select", "textarea",
           "canvas", "map", "link", "meta", "source", "track", "param", "head", "title", "base", "progress", "meter",
           "datalist")
# Elements that embed another document: a link to it takes their place (never a request to its host).
EMBEDS = {"iframe": "src", "frame": "src", "embed": "src", "object": "data", "video": "src", "audio": "src"}
NOTED = ("script", "style", "noscript", "template", "svg", "math", "input", "select", "textarea", "canvas", "progress",
         "meter", "datalist")
UNWRAPPED = ("form", "picture", "label", "fieldset", "dialog", "font")
_ATTR_LIST_ID = re.compile(r"[^\s=}{\"'<>]+")


def html_to_markdown(markup: str, notes: Notes, *, targets: frozenset[str] = frozenset(),
                     word_levels: int | None = None, title_tops: bool = False,
                     heading_names: Mapping[int, str] | None = None) -> str:
    """Markdown for an HTML fragment; `targets` are ids that in-page links of the whole text point to,
    besides those of the fragment's own `href="#…"` links (their elements keep the id). `word_levels`: the fragment
    is a Word document's, whose Heading n became <h{n + word_levels}> (1 under a Title paragraph, else 0): notes
    name Word's styles, not HTML's levels; `title_tops`: its <h1>s are several paragraphs in Word's Title style;
    `heading_names`: the styles the document names its headings of each level by (an OpenDocument's), which notes
    name them by."""
    tree = LexborHTMLParser(markup)  # read as a browser reads it, then written out well-formed
    body = tree.body
    counts: dict[str, int] = {}
    for node in tree.css(", ".join(NOTED)):
        counts[node.tag or ""] = counts.get(node.tag or "", 0) + 1
    try:
        soup = BeautifulSoup(body.inner_html or "" if body is not None else "", "html.parser")
    except ParserRejectedMarkup:
        _removed(counts, notes)
        text = body.text(deep=True) if body is not None else ""
        notes.add(Said("convert.html-as-text"))
        return escape_text(" ".join(text.split()), line_start=True, in_cell=False) + "\n"
    for mark in soup.find_all(string=re.compile(_MARKS)):  # (a source's: no line)
        mark.replace_with(re.sub(_MARKS, "", str(mark)))
    homes = _id_homes(soup, targets | _fragment_targets(soup))
    counts["input"] = counts.get("input", 0) - _task_boxes(soup, notes)
    for tag, kept in _drawn_words(soup, notes).items():
        counts[tag] = counts.get(tag, 0) - kept
    for tag, kept in controls.shown_words(soup, notes).items():
        counts[tag] = counts.get(tag, 0) - kept
    _removed(counts, notes)
    _underlined(soup, notes)
    _merge_adjacent_marks(soup)
    panels.data_toggles(soup)
    panels.paired(soup)
    panels.tabbed_sets(soup, notes)
    panels.css_toggles(soup, notes)
    _admonition_titles(soup)
    panels.opened(soup, notes)
    panels.tabs(soup, notes)
    _buttons(soup, notes)
    _summaries(soup, notes)
    _prune(soup, notes)
    _plain_text(soup, notes)
    _ruby(soup, notes)
    _block_links(soup, notes)
    list_passes.lists_between_items(soup, notes)
    list_passes.lists_started_deeper(soup, notes)
    list_passes.word_lists_apart(soup)
    list_passes.word_numbers_unlisted(soup)
    kept_hidden = _unseen(soup, notes)
    list_passes.word_list_paragraphs(soup, notes)
    _drop_permalinks(soup, notes)
    _unlink_wordless(soup, notes)
    unopenable = _link_targets(soup, notes)
    _section_lists(soup, notes)
    bold_headings.date_headings(soup, notes)
    bold_headings.generated_headings(soup, notes)
    bold_headings.br_paragraphs(soup)
    bold_headings.numbered_terms(soup, notes)
    bold_headings.bold_lines_apart(soup)
    bold_headings.bold_headings(soup, notes)
    clause_tables.sections(soup, notes)
    # (after the bold numbered lines are headings: a table of sections is their text)
    flattened = _unlayout_tables(soup, notes)
    word_section_lists.headings(soup, notes)  # (before clause_lists: titles over paragraphs, not clauses)
    bold_headings.clause_lists(soup, notes)
    bold_headings.clause_runs(soup, notes)
    bold_headings.typed_numbered_lines(soup, notes)
    bold_headings.sections_as_titles(soup, notes, word_levels, title_tops, heading_names)
    bold_headings.bold_title(soup, notes)
    bold_headings.tables_above_title(soup, notes)
    bold_headings.heading_levels(soup, notes, word_levels, heading_names)
    _unmerge_cells(soup, notes)
    _table_footers(soup)
    list_passes.google_lists(soup, notes)
    list_passes.continued_lists(soup)
    list_passes.one_item_lists(soup, notes)
    list_passes.word_numbers(soup, notes)
    list_passes.lists_apart(soup, notes)
    list_passes.lettered_lists(soup, notes)
    list_passes.cell_lists(soup, notes)
    list_passes.nested_definitions(soup, notes)
    lists = len(soup.find_all("dl"))
    if lists:
        notes.add(Said("convert.definition-lists", count=lists))
    _restore_ids(soup, homes, notes)
    _place_ids(soup, targets | _fragment_targets(soup), notes)
    _drop_empty_paragraphs(soup)
    mark_edges.inside_rubies(soup)  # (a mark around a ruby kept by _ruby)
    mark_edges.flanked(soup)
    text = Converter(cell_gaps=word_levels is None).convert_soup(soup)
    text = re.sub(r"(?m)^[ \t]+$", "", text)  # a line break at the start of a paragraph leaves a blank line
    text = number_titles.joined(text, notes, at_lines=False)
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    text = _said_at_lines(text, unopenable, notes)
    text = _kept_at_lines(text, {**kept_hidden, **flattened}, notes)
    return text + "\n" if text else ""


def _kept_at_lines(text: str, said: dict[str, Said], notes: Notes) -> str:
    """`text` without the marks a pass left after words (those `_unseen` kept that the page hid, a table flattened into
    its cell), each mark's note said again at every line holding that mark: the legal team finds each passage to
    judge, not only the three quoted (leads46)."""
    for mark, message in said.items():
        for n, line in enumerate(text.split("\n"), 1):
            if mark in line:
                notes.add(message, n)
        text = text.replace(mark, "")
    return text


def _said_at_lines(text: str, said: list[Said], notes: Notes) -> str:
    """`text` without the LINE_MARK each of `said` left after its words, each said again at the line its mark is on
    (a note naming no line sent the legal team hunting through the page: leads45). Marks another pass dropped (their
    element removed, their words merged) say no line rather than another's."""
    lines = [n for n, line in enumerate(text.split("\n"), 1) for _mark in range(line.count(LINE_MARK))]
    if len(lines) == len(said):
        for message, line in zip(said, lines, strict=True):
            notes.add(message, line)
    return text.replace(LINE_MARK, "")


# What draws nothing: white space (the no-break space site builders fill an empty line with), zero-width characters
# and the soft hyphen.
_UNSEEN_TEXT = re.compile(r"[\s\u200b-\u200d\u2060\ufeff\u00ad]*")


def _drop_empty_paragraphs(soup: BeautifulSoup) -> None:
    """Paragraphs that show nothing (`<p>&nbsp;</p>`, `<p><span>&nbsp;</span></p>`, `<p><br></p>`: the blank lines of
    Wix, Word's pages and Google Docs) are left out, silently as nothing visible goes; one holding an image, or an id
    an in-page link lands on (`_place_ids` marked it), stays."""
    for block in soup.find_all(("p", "div")):
        if block.decomposed or block.parent is None or not _UNSEEN_TEXT.fullmatch(block.get_text()):
            continue
        inside = block.find_all(True)
        if all((tag.name in INLINE or ":" in tag.name) and tag.name != "img" and not tag.has_attr("data-keep-id")
               for tag in inside):  # (Word's <o:p>)
            if _inline_beside(block, before=True) and _inline_beside(block, before=False):
                block.replace_with(soup.new_tag("br"))  # (words either side, a line apart: `A<div></div>B`, adopt57)
            else:
                block.decompose()


def _inline_beside(block: Tag, *, before: bool) -> bool:
    """Whether words or an inline element come right before (or after) `block` among its siblings: an empty block
    between two such runs still parts them, each on a line of its own."""
    node = block.previous_sibling if before else block.next_sibling
    while isinstance(node, NavigableString) and not node.strip():
        node = node.previous_sibling if before else node.next_sibling
    return isinstance(node, NavigableString) and not isinstance(node, Comment) or \
        isinstance(node, Tag) and node.name in INLINE and node.name != "br"


def _drawing_words(tag: Tag) -> str:
    """The words a screen reader says of an <svg> (its aria-label, else its <title>, else its <text>s) or a <math>
    formula (its alttext or aria-label, else its text, `x+1`); "" for one marked decorative (aria-hidden, role none)."""
    if str(tag.get("aria-hidden") or "").strip().lower() == "true" or \
            str(tag.get("role") or "").strip().lower() in ("presentation", "none"):
        return ""
    named = str(tag.get("aria-label") or tag.get("alttext") or "").strip()
    if named or tag.name == "math":
        return " ".join((named or tag.get_text("")).split())
    title = tag.find("title")
    if title is not None and title.get_text(strip=True):
        return " ".join(title.get_text(" ").split())
    return " ".join(" ".join(text.get_text(" ") for text in tag.find_all("text")).split())


def _drawn_words(soup: BeautifulSoup, notes: Notes) -> dict[str, int]:
    """An <svg> or <math> among the words of a paragraph, a list item or a cell (a formula, a word drawn) keeps its
    words (`_drawing_words`) in their place, said; one standing alone or in a heading (an icon, a logo, a chart) is
    removed as before, its words said: a rate written `<math>…</math>` in a sentence was lost, "The rate is  per
    year." (leads44). Returns how many of each were kept."""
    kept: dict[str, int] = {}
    said: list[str] = []
    for tag in soup.find_all(["svg", "math"]):
        if tag.decomposed or tag.parent is None or tag.find_parent(["svg", "math", *DROPPED]) is not None:
            continue
        words = _drawing_words(tag)
        if not words:
            continue
        block = tag.find_parent(["p", "li", "td", "th", "dd", "dt", "blockquote", "figcaption", *HEADINGS])
        around = " ".join(block.get_text(" ").split()) if block is not None else ""
        inline = block is not None and block.name not in HEADINGS and \
            re.search(r"\w", around.replace(" ".join(tag.get_text(" ").split()), "", 1)) is not None
        if inline:
            tag.replace_with(NavigableString(words))
            kept[tag.name] = kept.get(tag.name, 0) + 1
            notes.add(Said("convert.drawn-words", tag=tag.name, words=words[:80]))
        else:
            said.append(words)
    if said:
        notes.add(Said("convert.drawn-words/removed", count=len(said), shown="”, “".join(dict.fromkeys(said))[:120]))
    return kept


def _removed(counts: dict[str, int], notes: Notes) -> None:
    for name, count in counts.items():
        if count:
            notes.add(Said("convert.removed-elements", count=count, tag=name))


def _task_boxes(soup: BeautifulSoup, notes: Notes) -> int:
    """Each checkbox that opens a list item (a task list's, outside a form, not the toggle a label opens) becomes
    the box it showed, ☑ or ☐: its input was dropped with the other controls, and a list of what is collected
    (ticked) and what is not (empty) read as one list of what is collected (adoption hunt 47); and so does a box a
    Notion page draws with CSS (`<div class="checkbox checkbox-off">` opening a to-do list's item: adopt30, the item
    was read without it). Returns how many."""
    toggles = {str(label["for"]) for label in soup.find_all("label", attrs={"for": True})}
    boxes = 0
    for box in soup.find_all("input"):
        item = box.find_parent("li")
        if (str(box.get("type") or "").strip().lower() != "checkbox" or item is None
                or box.find_parent("form") is not None or str(box.get("id") or "") in toggles
                or _words_before(item, box)):
            continue
        after = box.next_element
        space = "" if isinstance(after, NavigableString) and after[:1].isspace() else " "
        box.replace_with(NavigableString((TICKED if box.has_attr("checked") else UNTICKED) + space))
        boxes += 1
    for box in soup.select("li > .checkbox-on, li > .checkbox-off"):  # Notion's to-do list, its boxes drawn by CSS
        if box.parent is not None and not box.get_text(strip=True) and not _words_before(box.parent, box):
            box.replace_with(NavigableString((TICKED if "checkbox-on" in (box.get("class") or []) else UNTICKED) +
                                             " "))
            boxes += 1
    if boxes:
        notes.add(Said("convert.task-boxes", count=boxes, ticked=TICKED, unticked=UNTICKED))
    return boxes


def _words_before(item: Tag, box: Tag) -> bool:
    for node in item.descendants:
        if node is box:
            return False
        if isinstance(node, NavigableString) and not isinstance(node, Comment) and node.strip():
            return True
    return False


def _fragment_targets(soup: BeautifulSoup) -> frozenset[str]:
    return frozenset(unquote(str(a["href"])[1:]) for a in soup.find_all("a", href=True)
                     if str(a["href"]).startswith("#") and len(str(a["href"])) > 1)


_FILLED = ("textarea", "select")


def _said_forms(soup: BeautifulSoup, notes: Notes) -> None:
    """A form to fill in (a newsletter's sign-up, a contact form: HubSpot's and Mailchimp's modules under the text)
    keeps its words, as any words of the page (a page may be one form around its whole text, as ASP.NET writes it),
    but a short one is said with them: its labels and consent line are seldom the policy's."""
    for form in soup.find_all("form"):
        fields = [tag for tag in form.find_all(("input", *_FILLED)) if tag.name in _FILLED
                  or str(tag.get("type") or "text").lower() not in ("hidden", "submit", "button", "image", "reset")]
        words = " ".join(form.get_text(" ").split())
        if fields and words and len(words.split()) <= 80 and not form.has_attr("hidden"):
            notes.add(Said("convert.form-words", words=f"{words[:70]}{'…' if len(words) > 70 else ''}"))


def _prune(soup: BeautifulSoup, notes: Notes) -> None:
    """Drops what is not text of the policy, turns embeds into links, keeps the text of forms."""
    shortcodes.left_out(soup, notes)
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    # the texts a comment parted are one again: each apart was written with a space of its own, and WordPress's block
    # comments (`<!-- wp:paragraph -->`) around a line of loose text indented it into a code block (adoption hunt 20)
    soup.smooth()
    _said_forms(soup, notes)
    for tag in soup.find_all(DROPPED):
        if not tag.decomposed and tag.parent is not None:
            tag.decompose()
    for tag in soup.find_all(list(EMBEDS)):
        if tag.decomposed or tag.parent is None or tag.name not in EMBEDS:
            continue  # inside an embed already replaced
        url = str(tag.get(EMBEDS[tag.name]) or "").strip()
        if re.match(r"(?i)https?://", url):
            link = soup.new_tag("a", href=url)
            link.string = str(tag.get("title") or url)
            tag.replace_with(link)
            notes.add(Said("convert.embed-linked", tag=tag.name, url=url))
        else:
            name = tag.name  # (gone with the element: the note read "removed an <> element")
            tag.decompose()
            notes.add(Said("convert.embed-removed/url", tag=name, url=url[:80]) if url else
                      Said("convert.embed-removed", tag=name))
    for tag in soup.find_all(UNWRAPPED):
        if tag.has_attr("hidden") or _HIDDEN_STYLE.search(str(tag.get("style") or "")):
            # (MkDocs Material's feedback form; a dialog never opened, css_marks): left out as hidden, or kept as
            # its style hid it, and said, not unwrapped into text
            tag.name = "div"
            continue
        tag.unwrap()
    for tag in soup.find_all("center"):  # HTML 3.2's centred block (unwrapped, its title ran into the next line): a
        # paragraph where it holds words only (`<center><font><b>PRIVACY STATEMENT</b></font></center>`)
        tag.name = "p" if all(child.name in INLINE for child in tag.find_all(True)) else "div"
    for tag in soup.find_all(("sup", "sub")):
        if tag.parent is not None and tag.parent.name == tag.name:
            tag.unwrap()  # Word's footnote mark: a superscript run inside mammoth's superscript


# A button that opens a panel: an accordion's or a collapsible section's title (Bootstrap, W3Schools, CMS blocks).
_DISCLOSURE = re.compile(r"accordion|collaps|toggle|expand|disclosure", re.I)


# The words of a toggle that shows more of a text (CookieYes' cookie tables, iubenda's and themes' "Show more" under a
# title the panel has already), in the languages policies are imported from: no title, the page's chrome.
_MORE = re.compile(r"(?:show|see|read|view|load)\s+(?:more|less|all|details)|more\s+(?:info|information|details)|"
                   r"expand(?:\s+all)?|collapse(?:\s+all)?|(?:voir|afficher|lire)\s+(?:plus|moins|la\s+suite|tout)|"
                   r"en\s+savoir\s+plus|(?:mehr|weniger)\s+(?:anzeigen|lesen|erfahren)|weiterlesen|alle\s+anzeigen|"
                   r"(?:ver|leer|mostrar)\s+(?:m[áa]s|menos|todo)|(?:mostra|leggi|vedi)\s+(?:di\s+)?(?:pi[ùu]|meno|tutto)|"
                   r"(?:ver|ler|mostrar)\s+mais|(?:toon|lees)\s+(?:meer|minder)", re.I)


def _buttons(soup: BeautifulSoup, notes: Notes) -> None:
    """A button that opens a panel is its title, which a reader reads above the panel's text: inside a heading or a
    <summary> (Squarespace's and Bootstrap's accordions, the ARIA pattern) it leaves the heading its words; elsewhere
    (`<button class="accordion">3.1 Cookies</button>` over its panel) it becomes a section heading if its words
    start with a section number, else a bold paragraph. Any other button (a form's "Send", "Cookie settings"; a toggle
    showing more of a text, "Show more", `_MORE`: it was a bold line above the text it opens, adopt30) is left out,
    and said with its words, unless a sentence names it, words beside it in its paragraph (`Use the <button>Cookie
    Settings</button> button.`): its words stay there, said."""
    titles, dropped, silent, inline = 0, [], 0, []
    for button in soup.find_all("button"):
        if button.decomposed or button.parent is None:
            continue
        words = " ".join(button.get_text(" ").split())
        opens = button.has_attr("aria-expanded") or button.has_attr("aria-controls") \
            or any(_DISCLOSURE.search(str(name)) for name in button.get("class") or [])
        if not words:
            title = _heading_beside(button) if opens or _DISCLOSURE.search(str(button.get("aria-label") or "")) \
                else None
            button.decompose()
            silent += 1
            if title is not None:  # Ghost's toggle card: `<h4>Members</h4><button aria-label="Expand toggle">`
                words = " ".join(title.get_text(" ").split())
                title.replace_with(panels.panel_title(soup, words, list(title.contents)))
                titles += 1
        elif button.find_parent([*HEADINGS, "summary"]) is not None:
            for part in button.find_all(True):
                if not part.decomposed and not part.get_text(strip=True):
                    part.decompose()  # the accordion's icon
            button.unwrap()
            titles += 1
        elif opens and (toggle := words.strip(" .:›»>+−-–…")) and not _MORE.fullmatch(toggle):
            button.replace_with(panels.panel_title(soup, words, [NavigableString(words)]))
            titles += 1
        elif _in_sentence(button):
            inline.append(words)
            button.replace_with(NavigableString(words))
        else:
            dropped.append(words)
            button.decompose()
    if titles:
        notes.add(Said("convert.accordion-titles", count=titles))
    if inline:
        notes.add(Said("convert.buttons-in-text", count=len(inline), shown=quoted([words[:40] for words in inline])))
    if dropped or silent:
        notes.add(Said("convert.removed-buttons/said", count=len(dropped) + silent,
                       shown=quoted([words[:40] for words in dropped])) if dropped else
                  Said("convert.removed-buttons", count=silent))


def _in_sentence(button: Tag) -> bool:
    """Whether `button` stands inside a paragraph's sentence, words beside it (`Use the <button>Cookie Settings</button>
    button.`, as OneTrust's cookie notice names the button that opens its banner): the sentence names it, and without
    its words reads "Use the button." (adopt30)."""
    paragraph = button.find_parent(["p", "li", "td", "th", "dd"])
    if paragraph is None:
        return False
    text = " ".join(paragraph.get_text(" ").split())
    words = " ".join(button.get_text(" ").split())
    at = text.find(words)
    return at >= 0 and bool(re.search(r"\w", text[:at] + text[at + len(words):]))


def _heading_beside(button: Tag) -> Tag | None:
    """The heading an accordion's icon button stands beside, alone in their header (`<div class="kg-toggle-heading">
    <h4>Members</h4><button>`): the accordion's title, not a section's."""
    parent = button.parent
    if parent is None or parent.name in HEADINGS:
        return None
    headings = [child for child in parent.find_all(HEADINGS, recursive=False)]
    if len(headings) != 1 or " ".join(parent.get_text(" ").split()) != " ".join(headings[0].get_text(" ").split()):
        return None
    return headings[0]


def _summaries(soup: BeautifulSoup, notes: Notes) -> None:
    """A disclosure's title (`<details><summary>Cookies</summary>…`: WordPress's details block, FAQ pages) is what a
    reader reads above its text, open or closed: in bold (a heading where it starts with a section number), its text
    kept under it. A summary holding its own heading keeps it. A list whose every item is only a disclosure (Notion's
    toggles, each a `<ul class="toggle">` of one item; an FAQ's list of them) is those disclosures, no list: its
    numbered titles were bold list items, not sections (adoption hunt 34)."""
    for listing in soup.find_all(("ul", "ol")):
        items = filled(listing)
        if items and all(item.name == "li" and (inside := filled(item)) and all(child.name == "details"
                                                                                  for child in inside)
                         for item in items):
            for item in items:
                item.unwrap()
            listing.unwrap()
    titles = 0
    for summary in soup.find_all("summary"):
        if summary.decomposed or summary.parent is None:
            continue
        words = " ".join(summary.get_text(" ").split())
        if summary.find(HEADINGS) is not None or not words:
            summary.unwrap()
            continue
        summary.replace_with(panels.panel_title(soup, words, [child.extract() for child in list(summary.children)]))
        titles += 1
    if titles:
        notes.add(Said("convert.disclosure-titles", count=titles))


_MARK_KINDS = {"b": "b", "strong": "b", "i": "i", "em": "i"}


def _underlined(soup: BeautifulSoup, notes: Notes) -> None:
    """Underlined words (`<u>`, Word's underline, a page's CSS `text-decoration: underline`) are in italics: the site's
    Markdown has no underline, and on a web page underlined words read as a link. Emphasis was lost unsaid (adoption
    hunt 43: a Word policy's underlined obligations read as plain text). A link's underline, a heading's, a whole
    paragraph's (a heading line, bold and underlined) and one around paragraphs are their own look: their words stay as
    they are."""
    made = 0
    for node in reversed(soup.find_all("u")):
        if node.find_parent(["a", "em", "i", *HEADINGS]) is not None or node.find(["a", "p", "div", "li", "table",
                                                                                 *HEADINGS]) is not None \
                or not node.get_text().strip() or _whole_block(node):
            node.unwrap()
            continue
        node.name = "em"
        node.attrs = {}
        made += 1
    if made:
        notes.add(Said("convert.underlined", count=made))


def _whole_block(node: Tag) -> bool:
    """Whether `node` holds all the words of its paragraph (or item, or cell): a line underlined whole, as Word
    documents draw their headings in bold and underlined, which the heading passes make headings."""
    block = node.find_parent(["p", "li", "td", "th", "dt", "dd", "div", "blockquote"])
    return block is not None and " ".join(block.get_text().split()) == " ".join(node.get_text().split())


def _merge_adjacent_marks(soup: BeautifulSoup) -> None:
    """Bold (or italic) split into elements side by side, as editors and Word's and Google Docs' exports write a run
    cut in two (`<b>keep your da</b><b>ta safe</b>`), is one: written apart, `**da****ta**` reads as asterisks to the
    checks and as bold on the page, and the gate refused the version (adoption hunt 34)."""
    for node in soup.find_all([*_MARK_KINDS, "span"]):
        mark = _sole_mark(node)
        if mark is None or node.parent is None:
            continue
        while isinstance(after := node.next_sibling, Tag) and (other := _sole_mark(after)) is not None and \
                _MARK_KINDS[other.name] == _MARK_KINDS[mark.name]:
            for child in list(other.children):
                mark.append(child.extract())
            after.decompose()


def _kept_ruby(ruby: Tag) -> bool:
    """Whether `ruby` is one the site's text writes (bases, each followed by its reading in words; `<rb>` around a base
    unwrapped), made so: no attribute, a reading's words its only content. Not one holding `<rtc>`, a ruby inside it,
    a reading without words or a base without one."""
    if ruby.find(("rtc", "ruby")) is not None:
        return False
    readings = ruby.find_all("rt")
    if not readings or any(not rt.get_text().strip() or rt.find_parent("rt") is not None for rt in readings):
        return False
    based, waiting = False, False
    for child in ruby.children:
        if isinstance(child, Tag) and child.name == "rt":
            if not waiting:
                return False
            based, waiting = True, False
        elif (child.get_text() if isinstance(child, Tag) else str(child)).strip():
            waiting = True
    if not based:
        return False
    for rb in ruby.find_all("rb"):
        rb.unwrap()
    for rt in readings:
        rt.attrs = {}
        if all(isinstance(node, NavigableString) or isinstance(node, Tag) and node.name in _MARK_KINDS
               for node in rt.descendants):
            # (a reading in bold or italics, as Word's reading runs are: adopt55) its marks kept, its spaces one
            strings = list(rt.find_all(string=True))
            for n, node in enumerate(strings):
                words = re.sub(r"\s+", " ", str(node))
                words = words.lstrip() if n == 0 else words
                node.replace_with(words.rstrip() if n == len(strings) - 1 else words)
            for mark in rt.find_all(list(_MARK_KINDS)):
                mark.attrs = {}
        else:
            rt.string = " ".join(rt.get_text().split())
    ruby.attrs = {}
    return True


def _sole_mark(node: Tag) -> Tag | None:
    """The bold or italic element `node` is, or a span holds alone (a span the page's CSS draws in bold became one
    around a <b>), else None."""
    while node.name == "span":
        inside = filled(node)
        if len(inside) != 1:
            return None
        node = inside[0]
    return node if node.name in _MARK_KINDS else None


def _ruby(soup: BeautifulSoup, notes: Notes) -> None:
    """Ruby annotations (`<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`: Japanese furigana, Chinese pinyin or
    zhuyin) are kept as the site writes them, each base and its reading, no attribute, no `<rp>` (whose brackets a
    browser drawing ruby hides; the model reads a reading in brackets after its base: inline.ruby_bracket): they were
    left out, the text losing its readings (adopt51). A ruby the site's text does not write (a second row of readings,
    `<rtc>`; a reading holding no words) keeps its base words only, its readings said, as the Word path leaves out
    w:rt; kept as text a reading would sit inside the sentence ("個人情報(こじんじょうほう)を")."""
    readings = []
    for ruby in soup.find_all("ruby"):
        if ruby.decomposed or ruby.parent is None:
            continue
        for part in ruby.find_all("rp"):
            part.decompose()
        if _kept_ruby(ruby):
            continue
        base = "".join(str(node) for node in ruby.find_all(string=True)
                       if not any(isinstance(parent, Tag) and parent.name in ("rt", "rp", "rtc")
                                  for parent in node.parents))
        reading = " ".join(t.get_text() for t in ruby.find_all(("rt", "rtc")) if t.find_parent("rtc") is None)
        for part in ruby.find_all(("rt", "rp", "rtc")):
            if not part.decomposed:
                part.decompose()
        ruby.unwrap()
        if reading.strip():
            readings.append(f"{base.strip()} ({reading.strip()})")
    if readings:
        notes.add(Said("convert.ruby", count=len(readings), shown=quoted([r[:40] for r in readings])))


STRUCK = ("del", "s", "strike")
_SCREEN_READER = re.compile(r"(?i)^(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden|visuallyhidden|"
                            r"elementor-screen-only|a11y-hidden|ot-scrn-rdr|ot-sr-only|show-for-sr|"
                            r"element-invisible|assistive-text)$")
_HIDDEN_STYLE = panels.HIDDEN_STYLE
# Word's hidden text as it saves a page (File › Save as › Web Page; pasted from Word): `display:none` with
# `mso-hide:all`, Word's own mark of text formatted hidden (w:vanish), which Word neither shows nor prints and the
# Word import leaves out: no panel a script opens (adoption hunt 22: "Internal: reviewed by legal 30/08" was kept).
_WORD_HIDDEN = re.compile(r"(?i)(?:^|;)\s*mso-hide\s*:\s*all\s*(?:;|$)")


def _table_footers(soup: BeautifulSoup) -> None:
    """A table's footer rows (`<tfoot>`: a total, a note) as its last body rows, where a reader sees them: markdownify
    wrote a header rule after the first row of any section but the body (a row of "---" cells was published)."""
    for footer in soup.find_all("tfoot"):
        table = footer.find_parent("table")
        bodies = table.find_all("tbody", recursive=False) if table is not None else []
        if not bodies:
            footer.name = "tbody"
            continue
        for row in footer.find_all("tr", recursive=False):
            bodies[-1].append(row.extract())
        footer.decompose()


def _quoted(tags: list[Tag]) -> str:
    """The words of the first three of `tags`, quoted (50 characters each), and how many more (a `Said`)."""
    words = [" ".join(tag.get_text(" ").split()) for tag in tags]
    return quoted([f"{one[:50]}{'…' if len(one) > 50 else ''}" for one in words])


# The marks left after the words of elements kept that the page hid (by its style; for screen readers only), and
# found again in the Markdown: the notes name their lines.
KEPT_MARKS = ("\ue031", "\ue032")
# The mark left after the words of a table flattened into its cell (_unlayout_tables), found again in the same way.
NESTED_MARK = "\ue033"


def _unseen(soup: BeautifulSoup, notes: Notes) -> dict[str, Said]:
    """What a reader of the source never read as its text: words struck through (the wording a page shows
    crossed out, Word's strikethrough; Word's tracked deletions are read as accepted too), elements `hidden`,
    and a link's words for screen readers only ("(opens in a new tab)"): left out and said. An element hidden
    by its inline style may be a panel the page opened by script: kept, and said, a mark (KEPT_MARKS) after its words
    for its lines; returned with the notes they name."""
    struck = [tag for tag in soup.find_all(STRUCK) if tag.get_text().strip()]
    hidden = [tag for tag in soup.select("[hidden]") if tag.get_text().strip()]
    helpers = [tag for tag in soup.select("a [class]")
               if any(_SCREEN_READER.match(str(c)) for c in tag.get_attribute_list("class"))]
    styled = [tag for tag in soup.find_all(style=_HIDDEN_STYLE) if tag.get_text().strip()  # (words for screen
              and not any(_SCREEN_READER.match(str(c)) for c in tag.get_attribute_list("class"))]  # readers: below)
    # a link's words its style hid: an icon drawn instead (a table of contents' "Toggle" beside its arrow), no panel
    # a script opens (adoption hunt 44: kept, "[Toggle](#)" was a line of the policy)
    unshown = [tag for tag in styled if tag.name != "a" and tag.find_parent("a") is not None]
    vanished = [tag for tag in styled if tag not in unshown and _WORD_HIDDEN.search(str(tag.get("style")))]
    styled = [tag for tag in styled if tag not in unshown and tag not in vanished]
    repeats: list[Tag] = []
    kept: list[Tag] = []
    for tag in soup.find_all(class_=_SCREEN_READER):
        if tag.get_text().strip() and tag.name != "a" and tag.find_parent("a") is None \
                and tag.find_parent(class_=_SCREEN_READER) is None:
            (repeats if _repeats_title_before(tag) else kept).append(tag)
    if struck:
        notes.add(Said("convert.struck/html", count=len(struck), shown=_quoted(struck)))
    if hidden:
        notes.add(Said("convert.hidden-elements", count=len(hidden), shown=_quoted(hidden)))
    if helpers:
        notes.add(Said("convert.screen-reader-link-words", count=len(helpers), shown=_quoted(helpers)))
    if unshown:
        notes.add(Said("convert.style-hid-link-words", count=len(unshown), shown=_quoted(unshown)))
    if vanished:
        notes.add(Said("convert.word-hidden/html", count=len(vanished), shown=_quoted(vanished)))
    marked: dict[str, Said] = {}
    if styled:
        notes.add(said := Said("convert.style-hid-kept", count=len(styled), shown=_quoted(styled)))
        marked[KEPT_MARKS[0]] = said
    if repeats:
        notes.add(Said("convert.screen-reader-repeats", count=len(repeats), shown=_quoted(repeats)))
    if kept:
        notes.add(said := Said("convert.screen-reader-kept", count=len(kept), shown=_quoted(kept)))
        marked[KEPT_MARKS[1]] = said
    for tag in [*struck, *hidden, *helpers, *unshown, *vanished, *repeats]:
        if not tag.decomposed and tag.parent is not None:
            before, after = tag.previous_sibling, tag.next_sibling
            if isinstance(before, NavigableString) and isinstance(after, NavigableString) \
                    and str(before)[-1:].isspace() and str(after)[:1].isspace():
                # one space where the words were, never a text emptied of its only one: emptied, a space alone
                # between two elements (`<em>A.</em> <s>B.</s> C`) joined the words either side, "A.C"
                if str(after).strip():
                    after.replace_with(NavigableString(str(after).lstrip()))
                elif str(before).strip():
                    before.replace_with(NavigableString(str(before).rstrip()))
                else:
                    before.extract()  # two spaces alone: one goes, the other stays
            elif isinstance(before, NavigableString) and isinstance(after, NavigableString) \
                    and str(before)[-1:].isspace() and str(after)[:1] in ",.;:!?)…":
                before.replace_with(NavigableString(str(before).rstrip()))  # `A <s>B</s>, C`: "A, C"
            tag.decompose()
    for mark, tags in ((KEPT_MARKS[0], styled), (KEPT_MARKS[1], kept)):
        for tag in tags:
            words = [] if tag.decomposed else [t for t in tag.find_all(string=True) if t.strip()]
            if words:  # after its last words, on their line (a block's end is a line of its own)
                words[-1].replace_with(NavigableString(str(words[-1]) + mark))
    return marked


def _repeats_title_before(tag: Tag) -> bool:
    """Whether `tag`'s words are those of the heading or caption just before it (OneTrust's table caption for screen
    readers under the heading that names the table)."""
    before = tag.find_previous([*HEADINGS, "caption"])
    words = [" ".join(node.get_text(" ").split()).rstrip(":.").casefold() for node in (tag, before) if node is not None]
    return len(words) == 2 and words[0] == words[1]


def _unlayout_tables(soup: BeautifulSoup, notes: Notes) -> dict[str, Said]:
    """Tables used for layout (holding headings, one column, role=presentation, or holding other tables with one
    row or two columns at most) become plain blocks: their text keeps its headings and lists instead of being
    squeezed into cells. A data table (rows of three cells or more, or many rows) keeps its cells; a table inside
    one of them becomes the cell's text, row by row, a mark after it (NESTED_MARK: said at its line, adopt43: it
    was said for the whole text, the legal team left to find the cell). Returns the note by its mark."""
    flattened = 0
    for table in soup.find_all("table"):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        widest = max((len(r.find_all(["td", "th"], recursive=False)) for r in rows), default=0)
        nested = [t for t in table.find_all("table") if t.find_parent("table") is table]
        # (two columns under a row of header cells are data too: a cookie table's `Category | Cookies`, each
        # category's cookies a table of their own, was undone as a layout's, its headers and categories paragraphs)
        headed = bool(rows) and all(cell.name == "th" for cell in rows[0].find_all(["td", "th"], recursive=False))
        data = bool(nested) and (widest >= 3 or widest == 2 and headed) and len(rows) >= 2 and not table.find(HEADINGS)
        if data:
            for inner in nested:
                inner.replace_with(NavigableString("; ".join(
                    " – ".join(" ".join(c.get_text(" ").split()) for c in r.find_all(["td", "th"]))
                    for r in inner.find_all("tr")) + NESTED_MARK))
            flattened += len(nested)
        if (table.get("role") in ("presentation", "none") or (nested and not data) or table.find(HEADINGS)
                or widest <= 1):
            parts = [p for p in table.find_all(["thead", "tbody", "tfoot", "tr", "td", "th", "caption"])
                     if p.find_parent("table") is table]
            for part in [*parts, table]:
                part.name = "div"
    if not flattened:
        return {}
    notes.add(said := Said("convert.nested-tables", count=flattened))
    return {NESTED_MARK: said}


def _section_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """A list whose every item starts with a heading (`<ol><li><h2>Who we are</h2><p>…`, as some generators lay
    out numbered sections) is the page's sections: each heading takes the item's number (`1. Who we are`) and
    is followed by the rest of the item, out of the list (Markdown puts no heading in a list)."""
    count, numbered = 0, False
    running: dict[str, dict[int, int]] = {}  # a Google Docs list's counters by level, in the page's order
    for listing in soup.find_all(["ol", "ul"]):
        items = listing.find_all("li", recursive=False)
        start = int(str(listing["start"])) if str(listing.get("start", "")).isdigit() else 1
        drawn = _docs_labels(listing, len(items), start, running)
        firsts = [_leading_heading(item) for item in items]
        if not items or not all(first is not None for first in firsts):
            continue
        # the label the page showed, `I.`, `a.`, as its type or CSS says (adoption hunt 29: it was 1., 2. whatever
        # they said)
        kind = list_passes.list_kind(listing)
        for n, (item, heading) in enumerate(zip(items, firsts), start):
            if listing.name == "ol" and heading is not None:
                heading.insert(0, NavigableString(drawn[n - start] if drawn else f"{list_passes.counter(n, kind)}. "
                                                  if kind not in ("", "1", *list_passes.UNDRAWN) else f"{n}. "))
            item.name = "div"
        for attribute in ("data-list", "data-level", "data-label"):
            listing.attrs.pop(attribute, None)
        numbered |= listing.name == "ol"
        listing.name = "div"
        count += 1
    if count:
        notes.add(Said("convert.section-lists/numbered" if numbered else "convert.section-lists", count=count))
    inside = 0
    for heading in soup.find_all(HEADINGS):
        if heading.find_parent("li") is not None:
            heading.name = "p"  # Markdown puts no heading in a list: its words stay, in bold, where they were
            strong = soup.new_tag("strong")
            for child in list(heading.children):
                strong.append(child.extract())
            heading.append(strong)
            inside += 1
    if inside:
        notes.add(Said("convert.headings-in-items", count=inside))


def _docs_labels(listing: Tag, items: int, start: int, running: dict[str, dict[int, int]]) -> list[str]:
    """The labels a Google Docs export draws on the items of `listing` (html_source._mark_google_lists: each level a
    list of its own, the counters of the levels above it those of the items before it, `2.1 ` under `2.`), counted
    on in `running`; none where the list is not one or its label is not drawn here."""
    name, level = listing.get("data-list"), str(listing.get("data-level") or "")
    if name is None or not level.isdigit():
        return []
    counters_of = running.setdefault(str(name), {})
    parts = list_passes.COUNTER.findall(str(listing.get("data-label") or ""))
    labels = []
    for n in range(start, start + items):
        counters_of[int(level)] = n
        for deeper in [d for d in counters_of if d > int(level)]:
            del counters_of[deeper]
        kinds = [list_passes.STYLES.get(style) or list_passes.drawn_style(style) for _text, at, style in parts if at]
        if not kinds or None in kinds:
            return []
        labels.append("".join(list_passes.unescape_css(text) if not at else
                              list_passes.counter(counters_of.get(int(at), 1), list_passes.STYLES.get(style) or style)
                              for text, at, style in parts))
    return labels if listing.name == "ol" and all(label.strip() for label in labels) else []


def _leading_heading(item: Tag) -> Tag | None:
    """The heading `item` starts with, itself or inside the boxes around it (`<li><div class="box"><h3>…`, as
    generated policies draw each purpose as a box), after elements that draw nothing (Squarespace's accordion item
    opens with an empty divider, `<div class="accordion-divider">`: its sections were published as bullets, each an
    `<h2>` in an `<li>`: adopt40), else None."""
    first = _first_shown(item)
    while first is not None and first.name in ("div", "section", "article", "header"):
        first = _first_shown(first)
    return first if first is not None and first.name in HEADINGS else None


def _first_shown(tag: Tag) -> Tag | None:
    """`tag`'s first child element holding words or an image, or None when words come first (first_content, past
    the empty elements before it)."""
    for child in tag.children:
        if isinstance(child, Tag):
            if child.get_text(strip=True) or child.name in _SHOWN or child.find(_SHOWN) is not None:
                return child
        elif isinstance(child, NavigableString) and child.strip():
            return None
    return None


_SHOWN = ("img", "svg", "picture", "video", "iframe", "object", "embed", "hr", "table")


_LINK_BLOCKS = ("p", "div", "section", "article", "header", "footer", "figure", "figcaption", "blockquote", "ul", "ol",
                "li", "dl", "dt", "dd", "table", "address", "aside", "nav", "main", *HEADINGS)


# What code writes and prose does not (a policy's text has semicolons, dollars and "<" too)
_CODE_MARKS = re.compile(r"[{}]|</|/>|=>|==|!=|\)\s*;\s*$|^\s*(?:def|function|var|let|const|import|#include|SELECT)\b"
                         r"|\|.*\||\+-{3}|-{3,}\+|\S {3,}\S", re.M)  # and a table drawn with characters, in columns


def _plain_text(soup: BeautifulSoup, notes: Notes) -> None:
    """A policy kept as plain text and published in a `<pre>` (a page of preformatted text, as older sites serve a
    .txt): read as a reader reads it, its parts between blank lines as paragraphs (each line kept), a short numbered
    line alone as a section heading, and a short first line above them as the title. Written as code, it had no
    title, no sections and no spelling check. Code (a `<code>` inside, or code's characters) stays code."""
    for pre in soup.find_all("pre"):
        text = pre.get_text()
        parts = [part.strip("\n") for part in re.split(r"\n[ \t]*\n", text.replace("\r\n", "\n")) if part.strip()]
        if pre.find("code") is not None or len(text.split()) < 40 or len(parts) < 3 or _CODE_MARKS.search(text):
            continue
        parts = [piece for part in parts for piece in _over_subsection(part)]
        made: list[Tag] = []
        joined: list[str] = []
        listed = 0
        widest = max(len(line.strip()) for line in text.split("\n"))
        titled = soup.find("h1") is not None
        capitals = _capital_headings(parts, widest)
        top = "h2"  # the level of the text's numbered sections (`1.`), which a heading in capitals among them takes
        numbered = bool(capitals) and any((number := heading_number(" ".join(part.split("\n")[0].split())))
                                          is not None and number[0][:1].isdigit() for part in parts)
        for n, part in enumerate(parts):
            lines = [" ".join(line.split()) for line in part.split("\n") if line.strip()]
            # a heading's line over its text's lines, no blank line between (`1. INTRODUCTION` then `This policy …`,
            # as an app's or an e-mail's text is laid out: adoption hunt 44, it was a paragraph and the text had no
            # sections), where its line is no sentence wrapped at the text's width, nor a list's first item
            apart = len(lines) == 1 or _line_apart(lines, widest)
            number = heading_number(lines[0]) if apart and len(lines[0].split()) <= 12 else None
            if n in capitals and (n or titled):
                block = soup.new_tag(top)
                block.string = lines[0]
                if numbered:  # (an unnumbered heading among numbered ones needs its own id, as bold_headings
                    block["id"] = document.title_slug(lines[0])  # gives one: structure.unnumbered-heading)
            elif number is not None and number[0][:1].isdigit():
                block = soup.new_tag(f"h{min(6, 1 + len(number[0].split('.')))}")
                block.string = lines[0]
                top = block.name if "." not in number[0].rstrip(".") else top
                if not number[1] and len(lines) > 1 and number_titles.title_line(lines[1]) \
                        and (len(lines) > 2 or n + 1 < len(parts)):  # `ARTICLE 1` over `OBJET`: one heading
                    joined.append(f"{lines[0]} {lines[1]}")
                    block.string = joined[-1]
                    lines = lines[1:]
            elif n == 0 and apart and len(lines[0].split()) <= 8 and not titled:
                block = soup.new_tag("h1")
                block.string = lines[0]
                if _title_goes_on(lines, widest):  # `BRAMBLEWICK LTD` over `PRIVACY POLICY`: one title
                    block.string = f"{lines[0]} {lines[1]}"
                    notes.add(Said("convert.title-lines/text", first=lines[0], second=lines[1]))
                    lines = lines[1:]
            else:
                block = soup.new_tag("p")
                lines = [""] + lines  # (the first line is the paragraph's, not a heading's)
            rest = lines[1:]
            made.append(block)
            if rest:
                written = _text_blocks(soup, rest)
                if block.name == "p":
                    made[-1:] = written
                else:
                    made += written
                listed += sum(tag.name == "ul" for tag in written)
        for block in made:
            pre.insert_before(block)
        pre.decompose()
        if listed:
            notes.add(Said("convert.preformatted/lists", count=listed))
        headings = sum(block.name in HEADINGS for block in made)  # (the paragraphs counted are those written)
        notes.add(Said("convert.preformatted", paragraphs=len(made) - headings, headings=headings))
        if joined:
            notes.add(Said("convert.number-over-title/text", count=len(joined), shown=quoted(joined)))
        shown = [" ".join(parts[n].split("\n")[0].split()) for n in sorted(capitals) if n or titled]
        if shown:
            notes.add(Said("convert.capital-headings", count=len(shown), shown=quoted([w[:40] for w in shown])))


# A line of a plain text's list, as a .txt writes one (`- your name;`, `* …`, `• …`): two at least, one under the
# other, are a list (adopt54: each stayed a line of a paragraph, its dash escaped, `\- your name;`).
_TEXT_BULLET = re.compile(r"[-*•·–]\s+(?P<item>\S.*)")


def _text_blocks(soup: BeautifulSoup, lines: list[str]) -> list[Tag]:
    """The blocks of a plain text's `lines` under a heading or one part's: a paragraph of them, each line kept, but
    for two or more bullet lines one under the other, a list."""
    runs: list[list[str]] = []  # lines one under the other, bullet lines or not
    for line in lines:
        if runs and bool(_TEXT_BULLET.fullmatch(runs[-1][0])) == bool(_TEXT_BULLET.fullmatch(line)):
            runs[-1].append(line)
        else:
            runs.append([line])
    blocks: list[Tag] = []
    for run in runs:
        items = [found["item"] for line in run if (found := _TEXT_BULLET.fullmatch(line))]
        if len(items) >= 2:
            listing = soup.new_tag("ul")
            for words in items:
                entry = soup.new_tag("li")
                entry.string = words
                listing.append(entry)
            blocks.append(listing)
            continue
        if blocks and blocks[-1].name == "p":
            blocks[-1].append(soup.new_tag("br"))
        else:
            blocks.append(soup.new_tag("p"))
        for k, line in enumerate(run):
            if k:
                blocks[-1].append(soup.new_tag("br"))
            blocks[-1].append(NavigableString(line))
    return blocks


def _title_goes_on(lines: list[str], widest: int) -> bool:
    """Whether the second of a plain text's first `lines` is its title's too, a title written over two lines
    (`BRAMBLEWICK LTD` over `PRIVACY POLICY`: adopt54's leftover, the second was a paragraph under the title): short,
    in the first's case, no sentence, no number, date or label (`Effective: 1 March 2021`, `Version 2`), standing
    apart from any line under it."""
    if len(lines) < 2 or lines[0][-1:] in ".,;:":
        return False
    second = lines[1]
    return number_titles.title_line(second) and len(second.split()) <= 8 and second.isupper() == lines[0].isupper() \
        and not any(char.isdigit() or char == ":" for char in second) \
        and (len(lines) == 2 or _line_apart(lines[1:], widest))


def _capital_headings(parts: list[str], widest: int) -> set[int]:
    """The parts of a plain text whose first line is a section's heading in capitals, unnumbered (`WHO WE ARE` alone
    or over its text, as a .txt policy sets its sections apart: adopt37, they were paragraphs, the text had no
    sections): short lines in capitals standing apart, two at least, in a text numbering no heading of its own (its
    lines in capitals there are its headings' words or a clause's emphasis, unless those headings are all in
    capitals too, below), else none."""
    found: set[int] = set()
    numbered: list[int] = []  # the parts headed by a section's number of the first level, and
    upper = True  # whether each of those headings is in capitals
    for n, part in enumerate(parts):
        lines = [" ".join(line.split()) for line in part.split("\n") if line.strip()]
        first = lines[0]
        number = heading_number(first)
        if number is not None and number[0][:1].isdigit() and len(first.split()) <= 12:
            if "." not in number[0].rstrip("."):
                numbered.append(n)
                upper = upper and first.isupper()
            continue
        if first.isupper() and len(first.split()) <= 8 and first[-1:] not in ".,;:" and \
                (len(lines) == 1 or _line_apart(lines, widest)):
            found.add(n)
    if numbered:
        # A text whose numbered headings are all in capitals (`1. INTRODUCTION`, `2. DATA WE COLLECT`) sets an
        # unnumbered section apart so too after them (`YOUR RIGHTS`: adopt54, a paragraph inside section 2); above
        # its first, such lines are its title's, and a word alone is a clause's label (`IMPORTANT`, `NOTICE`).
        return {n for n in found if n > numbered[0] and len(parts[n].split("\n")[0].split()) > 1} \
            if len(numbered) >= 2 and upper else set()
    return found if len(found - {0}) >= 2 else set()


def _over_subsection(part: str) -> list[str]:
    """`part` of a plain text, its first lines each apart where each is a section's heading right over its first
    subsection's (`6. Responsables des traitements` over `6.1 DialOnce` over its text: adopt31, the seed's sections 6,
    7, 10, 12 and 13 were read as paragraphs, their numbers lost), not a list's items (`1. Name` over `2. E-mail`)."""
    lines = part.split("\n")
    apart: list[str] = []
    while len(lines) > 1:
        this, below = (heading_number(" ".join(line.split())) for line in lines[:2])
        if this is None or below is None or not this[0][:1].isdigit() or len(lines[0].split()) > 12 or \
                below[0].count(".") != this[0].count(".") + 1 or not below[0].startswith(this[0] + "."):
            break
        apart.append(lines.pop(0))
    return [*apart, "\n".join(lines)]


def _line_apart(lines: list[str], widest: int) -> bool:
    """Whether the first of a part's lines stands apart from the lines under it, as a heading's does: ended where its
    writer ended it (the next line's first word would have fitted on it, in a text wrapped at `widest`), by no comma,
    colon or semicolon, the line under it not numbered as a list's next item and starting with no small letter (that
    a sentence goes on with) unless the line is in capitals."""
    first, following = lines[0], lines[1]
    if first[-1:] in (",", ";", ":", "-") or len(first) + 1 + len(following.split()[0]) > widest:
        return False
    return heading_number(following) is None and (not following[:1].islower() or first.isupper())


def _admonition_titles(soup: BeautifulSoup) -> None:
    """An admonition's title (Python-Markdown's and MkDocs Material's `<p class="admonition-title">`, Docusaurus'
    `<div class="admonitionHeading_…">`, Sphinx's): shown as a title over the box's text, kept in bold above it (it
    was a plain line)."""
    for title in soup.select("p.admonition-title, [class*=admonitionHeading], .admonition-heading"):
        words = " ".join(title.get_text(" ").split())
        if title.decomposed or not words or title.find(HEADINGS) is not None:
            continue
        title.replace_with(panels.panel_title(soup, words, [NavigableString(words)]))


def _block_links(soup: BeautifulSoup, notes: Notes) -> None:
    """A link around blocks (a card: Ghost's bookmark card, a page builder's link block, `<a><div>Title</div><div>
    Description</div></a>`): each block's words linked to its address, as a reader clicks any of them. Markdown
    has no link around paragraphs: written as one, the page showed its brackets and address as text."""
    cards = 0
    for link in soup.find_all("a", href=True):
        if link.decomposed or link.parent is None or link.find(_LINK_BLOCKS) is None:
            continue
        for leaf in [tag for tag in link.find_all(_LINK_BLOCKS) if tag.find(_LINK_BLOCKS) is None]:
            if leaf.get_text(strip=True):
                inner = soup.new_tag("a", href=str(link["href"]))
                for child in list(leaf.children):
                    inner.append(child.extract())
                leaf.append(inner)
        for child in list(link.children):  # words beside the blocks, each run of them a paragraph linked
            if isinstance(child, NavigableString) and child.strip() or isinstance(child, Tag) \
                    and child.name not in _LINK_BLOCKS and child.find(_LINK_BLOCKS) is None \
                    and child.get_text(strip=True):
                paragraph = soup.new_tag("p")
                inner = soup.new_tag("a", href=str(link["href"]))
                child.replace_with(paragraph)
                inner.append(child)
                paragraph.append(inner)
        link.unwrap()
        cards += 1
    if cards:
        notes.add(Said("convert.card-links", count=cards))


# Word writes a link to a place in another document as a field, `HYPERLINK "https://…/page" \\l "bookmark"`, whose
# switches a converter may leave in the address (`…/page" \\l "bookmark`): the address is the page, the place its
# fragment.
# (The switch after a quote or a space: `\\\\fileserver01\\legal\\…`, a network path, holds `\\l` too; safety hunt 35.)
_WORD_LOCATION = re.compile(r'^(?P<url>[^"\s]+)(?:"\s*|\s+)\\l(?:\s+"?|")(?P<place>[^"\s]*)"?\s*$')
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_READABLE = frozenset({"http", "https", "mailto", "tel"})
_UNC = re.compile(r"^\\\\|^//[^\\/]+\\")  # `\\host\share`, `//host\share`: a share's path, no web address


# Left after the words of a link unlinked (a private-use character: no pass reads it as words or markup), then
# taken out at the Markdown line the words went to, which its note names (`_said_at_lines`).
LINE_MARK = "\ue030"
# Every mark a pass leaves in the text (a source's own are removed first: they would say nothing).
_MARKS = f"[{LINE_MARK}{''.join(KEPT_MARKS)}{NESTED_MARK}]"


def _link_targets(soup: BeautifulSoup, notes: Notes) -> list[Said]:
    """Word's link to a place in a page gets its fragment back; a link no reader can follow (a file on its author's
    computer, another program's scheme) keeps its words, without the target, and a LINE_MARK after them: the notes
    of those, in the order of their marks."""
    unlinked: list[Said] = []
    for mark in soup.find_all(string=re.compile(LINE_MARK)):  # (a source that holds one: no line rather than wrong)
        mark.replace_with(str(mark).replace(LINE_MARK, ""))
    for link in soup.find_all("a", href=True):
        href = unquote(str(link["href"])).strip()
        word = _WORD_LOCATION.match(href)
        if word:
            link["href"] = word.group("url") + (f"#{word.group('place')}" if word.group("place") else "")
            notes.add(Said("convert.word-place-link", href=link["href"][:80]))
            continue
        scheme = _SCHEME.match(href)
        # a Windows share's path (`\\fileserver\legal\terms.docx`, as Word links a file on the network): Word opened
        # it with its reader's credentials; written as a link here, it was a broken one into the site, unsaid
        # (safety61 hunt)
        unc = _UNC.match(href)
        if unc or scheme and scheme.group(1).lower() not in _READABLE and not scheme.group(1).lower().startswith(
                ("javascript", "vbscript", "data")):
            words = " ".join(link.get_text(" ").split())
            said = Said("convert.unopenable-link", words=words[:60], href=href[:80],
                        scheme="file" if unc else scheme.group(1) if scheme else "")
            notes.add(said)
            unlinked.append(said)
            link.append(LINE_MARK)
            link.unwrap()
    return unlinked


_PERMALINK_TEXT = frozenset({"¶", "#", "§", "🔗", "⚓", "link", "permalink"})


def _unlink_wordless(soup: BeautifulSoup, notes: Notes) -> None:
    """A link showing no words (an icon, an image without its text, spaces or nothing: a page's social links) left as
    what it holds: written `[](https://…)`, the site would publish a link no reader sees, which the gate refuses
    (safety.unseen_link)."""
    unlinked = 0
    for link in soup.find_all("a", href=True):
        if characters.shows_nothing(link.get_text()) and not any(
                str(image.get("alt") or "").strip() for image in link.find_all("img")):
            link.unwrap()
            unlinked += 1
    if unlinked:
        notes.add(Said("convert.wordless-links", count=unlinked))


def _drop_permalinks(soup: BeautifulSoup, notes: Notes) -> None:
    """A heading's link to itself (`<a href="#id">¶</a>`, as blog engines and static sites add): the published
    heading has the site's own."""
    dropped = 0
    for heading in soup.find_all(HEADINGS):
        for link in heading.find_all("a", href=True):
            text = " ".join(_UNSEEN_TEXT.sub(" ", link.get_text()).split()).lower()  # Docusaurus': a zero-width space
            if str(link["href"]).startswith("#") and (text in _PERMALINK_TEXT or not text):
                link.decompose()
                dropped += 1
    if dropped:
        notes.add(Said("convert.heading-self-links", count=dropped))


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


# What a page's cells spanning columns may add to its text, repeated: a page of rows holding a long cell spanning 99
# columns each was written out 99 times (as the columns of a table of a policy never are), followed past that by
# empty cells, as before adopt36.
MOST_REPEATED = 1 << 20


def _unmerge_cells(soup: BeautifulSoup, notes: Notes) -> None:
    """A Markdown table has no merged cells: a cell spanning rows is repeated in each row it spans, and one spanning
    columns in each column (the retention period of "Customers" and "Visitors" read for both: an empty cell said
    none for the second), but a row's only cell spanning the whole table (a group's title) stays once. A table headed
    by several rows (two `<tr>` in its `<thead>`, or rows of header cells above the others) has one header row in
    Markdown: each column's header holds the words of every header row over it, one line each."""
    import copy

    merged = headed = 0
    budget = MOST_REPEATED  # the characters the copies across columns may add, all tables together
    emptied: list[str] = []  # the words of each cell left empty past that, once per cell
    for table in soup.find_all("table"):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        below: dict[int, tuple[int, Tag]] = {}  # column -> (rows still spanned, the cell)
        width = max((sum(_span(c, "colspan") for c in r.find_all(["td", "th"], recursive=False)) for r in rows),
                    default=0)
        grid: list[list[Tag]] = []
        titles: list[bool] = []  # each row's whether it is one cell across the whole table (a group's title)
        for row in rows:
            cells = row.find_all(["td", "th"], recursive=False)
            laid: list[Tag] = []
            titled = False
            queue = list(cells)
            column = 0
            while queue or any(col >= column for col in below):
                if column in below:
                    left, cell = below[column]
                    laid.append(copy.copy(cell))
                    below[column] = (left - 1, cell)
                    if left - 1 == 0:
                        del below[column]
                    column += 1
                    continue
                if not queue:
                    break
                cell = queue.pop(0)
                rows_spanned, columns_spanned = _span(cell, "rowspan"), _span(cell, "colspan")
                for attribute in ("rowspan", "colspan"):
                    if attribute in cell.attrs:
                        del cell[attribute]
                laid.append(cell)
                if rows_spanned > 1:
                    below[column] = (rows_spanned - 1, cell)
                title = len(laid) == 1 and len(cells) == 1 and rows_spanned == 1 and columns_spanned >= width > 1
                titled = titled or title
                size = len(cell.get_text())
                for extra in range(1, columns_spanned):
                    repeated = not title and size <= budget
                    budget -= size if repeated else 0
                    if not title and not repeated and extra == 1 and cell.get_text().strip():
                        emptied.append(" ".join(cell.get_text(" ").split()))
                    laid.append(copy.copy(cell) if repeated else soup.new_tag(cell.name))
                    if rows_spanned > 1:
                        below[column + extra] = (rows_spanned - 1, laid[-1])
                merged += rows_spanned > 1 or columns_spanned > 1
                column += columns_spanned
            for cell in cells:
                cell.extract()
            for cell in laid:
                row.append(cell)
            grid.append(laid)
            titles.append(titled)
        headed += _one_header_row(soup, rows, grid, titles)
    if merged:
        notes.add(Said("convert.merged-cells", count=merged))
    if emptied:  # (a page of huge cells spanning many columns: the columns past the first left empty, said)
        notes.add(Said("convert.merged-cells/capped", count=len(emptied), most=MOST_REPEATED,
                       shown=quoted([words[:40] for words in emptied])))
    if headed:
        notes.add(Said("convert.header-rows", count=headed))


def _one_header_row(soup: BeautifulSoup, rows: list[Tag], grid: list[list[Tag]], titles: list[bool]) -> bool:
    """The header rows of a table (its `<thead>`'s, or its first rows whose cells are all header cells) but the first
    joined into it, each column's words under the words above them (a header cell spanning rows once): whether any
    was. The second was published as a row of data. A table with a `<thead>` is headed by its rows alone, and a row of
    header cells below the first that is one cell across the table is a group's title (`Strictly necessary` over the
    cookies it groups), no header: joined, it was read as the first column's header (adopt37)."""
    thead = any(isinstance(row.parent, Tag) and row.parent.name == "thead" for row in rows)

    def header(row: Tag, laid: list[Tag], title: bool) -> bool:
        if thead:
            return isinstance(row.parent, Tag) and row.parent.name == "thead"
        return bool(laid) and not title and all(c.name == "th" for c in laid)
    count = 0
    while count < len(rows) and header(rows[count], grid[count], titles[count]):
        count += 1
    if count < 2 or count == len(rows):  # (every row a header row, as a Word table marked so whole: no head of rows)
        return False
    first = grid[0]
    last = [" ".join(cell.get_text(" ").split()) for cell in first]  # each column's words on its last line
    for laid in grid[1:count]:
        for column, cell in enumerate(laid):
            words = " ".join(cell.get_text(" ").split())
            if column >= len(first):
                rows[0].append(cell)
                first.append(cell)
                last.append(words)
            elif words and words != last[column]:
                if last[column]:
                    first[column].append(soup.new_tag("br"))
                for child in list(cell.children):
                    first[column].append(child.extract())
                last[column] = words
    for row in rows[1:count]:
        row.decompose()
    return True


def _ids_of(tag: Tag) -> list[str]:
    """The ids a link can land on in `tag` and under it (`id`, and `name` on anchors)."""
    found = []
    for node in [tag, *tag.find_all(True)]:
        for value in (node.get("id"), node.get("name") if node.name == "a" else None):
            if value and str(value) not in found:
                found.append(str(value))
    return found


def _anchor_ids(tag: Tag, targets: frozenset[str]) -> list[str]:
    """The ids of an empty element before a heading that are an anchor of it: an `<a>`'s or a `<span>`'s (`<a
    name="rights"></a>`), or any a link of the page lands on. Not a script's empty mount point's (Complianz's
    `<div id="cmplz-manage-consent-container">`, OneTrust's `<div id="ot-sdk-cookie-policy">`): the next heading took
    it as its id, in place of its number's (adoption hunt 26)."""
    found: list[str] = []
    for node in [tag, *tag.find_all(True)]:
        for value in (node.get("id"), node.get("name") if node.name == "a" else None):
            if value and str(value) not in found and (node.name in ("a", "span") or str(value) in targets):
                found.append(str(value))
    return found


_HOMES = ("p", "li", "td", "th", "dd", "dt", "caption", "blockquote", *HEADINGS)


def _holders(soup: BeautifulSoup) -> dict[str, list[Tag]]:
    """The elements holding each id (`id`, or `name` on an anchor), in the page's order."""
    found: dict[str, list[Tag]] = {}
    for node in soup.find_all(True):
        for value in dict.fromkeys((node.get("id"), node.get("name") if node.name == "a" else None)):
            if value:
                found.setdefault(str(value), []).append(node)
    return found


def _id_homes(soup: BeautifulSoup, targets: frozenset[str]) -> dict[str, Tag]:
    """Each id a link lands on (`targets`), by the block it is in (or is), as the page is read: the passes that make a
    bold line a heading or underlined words italics rebuild the elements, and the id of a `<span id>` holding words went
    with them, the link landing nowhere (session 42, adopt27)."""
    homes: dict[str, Tag] = {}
    held = _holders(soup)
    for target in targets:
        if held.get(target):
            holder = held[target][0]
            homes[target] = holder if holder.name in _HOMES else holder.find_parent(_HOMES) or holder
    return homes


def _restore_ids(soup: BeautifulSoup, homes: dict[str, Tag], notes: Notes) -> None:
    """Each id `_id_homes` found that the passes since took away, an anchor again at the start of its block where the
    block is still on the page (`_place_ids` then places it), else said."""
    lost = []
    held = _holders(soup)
    for target, home in sorted(homes.items()):
        if held.get(target):
            continue
        if home.decomposed or home.find_parent("[document]") is None:
            lost.append(target)
            continue
        home.insert(0, soup.new_tag("a", attrs={"id": target}))
    if lost:
        notes.add(Said("convert.lost-ids", count=len(lost), shown=quoted(lost[:3])))


def _say_ids_elsewhere(soup: BeautifulSoup, elsewhere: dict[str, list[Tag]], notes: Notes) -> None:
    """Says the linked ids a heading took that other elements of the page held too (`<div id="rights">` above `<h2
    id="rights">`, a paragraph's repeated id below it): left out there, the page holding an id once, and the links led
    to the heading, where the old page's went to the element above (session 42's leftover: left out unsaid)."""
    if not elsewhere:
        return
    order = {id(node): n for n, node in enumerate(soup.find_all(True))}
    above: list[str] = []
    below: list[str] = []
    for target, others in sorted(elsewhere.items()):
        heading = next((h for h in soup.find_all(HEADINGS) if h.get("data-md-id") == target
                        or target in str(h.get("data-md-extra", "")).split()), None)
        first = heading is None or all(order.get(id(o), 0) > order.get(id(heading), 0) for o in others)
        (below if first else above).append(target)
    if below:
        notes.add(Said("convert.repeated-ids/elements", count=len(below), shown=quoted(below[:3])))
    if above:
        notes.add(Said("convert.repeated-ids/above", count=len(above), shown=quoted(above[:3])))


def _place_ids(soup: BeautifulSoup, targets: frozenset[str], notes: Notes) -> None:
    """Each heading takes its own id, or one of an anchor in it or just before it, or of a section it
    opens; any other element that an in-page link points to keeps its id on an empty <span>. An id a heading above
    took already is not given again (a page writing `id="cookies"` on two headings: its links landed on the first, as
    they do here; given twice, the page failed `structure.id-repeated` at its first edit: adoption hunt 44)."""
    placed: set[str] = set()
    repeated: list[str] = []
    held = _holders(soup)
    elsewhere: dict[str, list[Tag]] = {}  # a heading's linked id that other elements of the page hold too
    for heading in soup.find_all(HEADINGS):
        ids = _ids_of(heading)
        near = [heading, *heading.find_all(True), *heading.parents]  # (a box around it: its link lands there too)
        before = heading.previous_sibling
        while before is not None:
            if isinstance(before, Tag):
                if before.get_text(strip=True) or before.find("img") or not _ids_of(before):
                    break
                ids += [i for i in _anchor_ids(before, targets) if i not in ids]
                near += [before, *before.find_all(True)]
            elif str(before).strip():
                break
            before = before.previous_sibling
        node = heading
        while isinstance(node.parent, Tag) and node.parent.name in ("section", "div", "article", "header") \
                and first_content(node.parent) is node:
            node = node.parent
            near.append(node)
            if node.get("id") in targets and str(node["id"]) not in ids:
                ids.append(str(node["id"]))
        for i in ids:
            if i in targets and i not in placed and \
                    (others := [h for h in held.get(i, []) if not any(h is n for n in near)]):
                elsewhere[i] = others
        ids = [i for i in ids if not i.startswith("__")]
        repeated += [i for i in ids if i in placed]
        ids = [i for i in ids if i not in placed]
        # a link's own id inside the heading (a footnote's mark, `<a id="footnote-ref-1" href="#footnote-1">`, which
        # the note's ↑ leads back to): no id of the section's (it took it, `## 3. Legal bases[1] {#footnote-ref-1}`,
        # the section's identity a footnote's number: adopt41), kept above the heading for the links to it
        marks = {str(node["id"]) for node in heading.find_all("a") if node.get("href") and node.get("id")}
        usable = [i for i in ids if _ATTR_LIST_ID.fullmatch(i) and i not in marks]
        primary = next((i for i in usable if i in targets), usable[0] if usable else None)
        if primary:
            heading["data-md-id"] = primary
            placed.add(primary)
        extra = [i for i in ids if i != primary and i in targets]
        if extra:
            heading["data-md-extra"] = " ".join(extra)  # ids hold no spaces here: they came from href="#…"
            placed.update(extra)
    if repeated:
        notes.add(Said("convert.repeated-ids", count=len(repeated), shown=quoted(repeated[:3])))
    _say_ids_elsewhere(soup, {i: others for i, others in elsewhere.items() if i in placed}, notes)
    later: list[str] = []
    for target in sorted(targets - placed):
        if target.startswith("__") or not target:
            continue
        holders = held.get(target, [])
        if not holders:
            continue
        element = holders[0]
        later += [target] * (len(holders) - 1)  # (a browser sends the links to the first: so does the page)
        marker = soup.new_tag("span", attrs={"data-keep-id": target})
        if element.name in INLINE:
            element.insert_before(marker)
        elif element.name in TEXT_BLOCKS:
            first = first_content(element)
            (first if first is not None and first.name in TEXT_BLOCKS else element).insert(0, marker)
        else:
            paragraph = soup.new_tag("p")
            paragraph.append(marker)
            element.insert_before(paragraph)
    if later:
        notes.add(Said("convert.repeated-ids/elements", count=len(later), shown=quoted(list(dict.fromkeys(later))[:3])))


