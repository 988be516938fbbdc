"""An HTML fragment to our Markdown: read as a browser reads it, stripped of what is not text of the
policy (scripts, forms' controls, embeds become links), layout tables undone, ids kept where in-page
links land (on headings as `{#id}`, elsewhere on an empty <span>), then written by markdown_writer."""
from __future__ import annotations

import re
from urllib.parse import unquote

from bs4 import BeautifulSoup, Comment, NavigableString, PageElement, Tag
from bs4.exceptions import ParserRejectedMarkup
from selectolax.lexbor import LexborHTMLParser

from policysite.convert import counters, panels
from policysite.convert.markdown_writer import Converter, escape_text
from policysite.convert.notes import Notes
from policysite.heading_numbers import NUMBER, heading_number

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Elements whose content a reader never sees as text of the policy.
DROPPED = ("script", "style", "noscript", "template", "svg", "math", "input", "select", "textarea",
           "canvas", "map", "link", "meta", "source", "track", "param", "head", "title", "base")
# Elements that embed another document: a link to it takes their place (never a request to its host).
EMBEDS = {"iframe": "src", "frame": "src", "embed": "src", "object": "data", "video": "src", "audio": "src"}
NOTED = ("script", "style", "noscript", "template", "svg", "math", "input", "select", "textarea", "canvas")
UNWRAPPED = ("form", "picture", "label", "fieldset", "dialog", "font", "center")
INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
                    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "img", "br", "wbr",
                    "del", "ins"})
TEXT_BLOCKS = frozenset({"p", "li", "td", "th", "dt", "dd", "caption", "figcaption", *HEADINGS})
_ATTR_LIST_ID = re.compile(r"[^\s=}{\"'<>]+")


def html_to_markdown(markup: str, notes: Notes, *, targets: frozenset[str] = frozenset(),
                     word_levels: int | None = None) -> str:
    """Markdown for an HTML fragment; `targets` are ids that in-page links of the whole text point to,
    besides those of the fragment's own `href="#…"` links (their elements keep the id). `word_levels`: the fragment
    is a Word document's, whose Heading n became <h{n + word_levels}> (1 under a Title paragraph, else 0): notes
    name Word's styles, not HTML's levels."""
    tree = LexborHTMLParser(markup)  # read as a browser reads it, then written out well-formed
    body = tree.body
    counts: dict[str, int] = {}
    for node in tree.css(", ".join(NOTED)):
        counts[node.tag or ""] = counts.get(node.tag or "", 0) + 1
    for name, count in counts.items():
        notes.add(f"removed {count} <{name}> element{'s' if count > 1 else ''}")
    try:
        soup = BeautifulSoup(body.inner_html or "" if body is not None else "", "html.parser")
    except ParserRejectedMarkup:
        text = body.text(deep=True) if body is not None else ""
        notes.add("HTML that could not be read as elements was kept as text")
        return escape_text(" ".join(text.split()), line_start=True, in_cell=False) + "\n"
    _merge_adjacent_marks(soup)
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
    _lists_started_deeper(soup, notes)
    _word_lists_apart(soup)
    _unseen(soup, notes)
    _word_list_paragraphs(soup, notes)
    _drop_permalinks(soup, notes)
    _link_targets(soup, notes)
    _section_lists(soup, notes)
    _generated_headings(soup, notes)
    _br_paragraphs(soup)
    _numbered_terms(soup, notes)
    _bold_lines_apart(soup)
    _bold_headings(soup, notes)
    _unlayout_tables(soup, notes)  # after the bold numbered lines are headings: a table of sections is their text
    _clause_lists(soup, notes)
    _clause_runs(soup, notes)
    _sections_as_titles(soup, notes, word_levels)
    _bold_title(soup, notes)
    _heading_levels(soup, notes, word_levels)
    _unmerge_cells(soup, notes)
    _table_footers(soup)
    _google_lists(soup, notes)
    _continued_lists(soup)
    _word_numbers(soup, notes)
    _lists_apart(soup, notes)
    _lettered_lists(soup, notes)
    _cell_lists(soup, notes)
    lists = len(soup.find_all("dl"))
    if lists:
        notes.add(f"{lists} definition list{'s' if lists > 1 else ''}: each term became a paragraph in bold, its "
                  "definition the paragraph after it (Markdown has no definition lists)")
    _place_ids(soup, targets | _fragment_targets(soup))
    _drop_empty_paragraphs(soup)
    text = Converter().convert_soup(soup)
    text = re.sub(r"(?m)^[ \t]+$", "", text)  # a line break at the start of a paragraph leaves a blank line
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n" if text else ""


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
            block.decompose()


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
            notes.add(f"kept the words of a form to fill in (“{words[:70]}{'…' if len(words) > 70 else ''}”): a "
                      "sign-up or contact form's words are seldom the policy's: if these are not, remove the form from "
                      "the saved page before importing it")


def _prune(soup: BeautifulSoup, notes: Notes) -> None:
    """Drops what is not text of the policy, turns embeds into links, keeps the text of forms."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
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
            notes.add(f"<{tag.name}> embedding {url} became a link to it (the site loads nothing from "
                      "another host)")
        else:
            name = tag.name  # (gone with the element: the note read "removed an <> element")
            tag.decompose()
            notes.add(f"removed an <{name}> element" + (f" showing {url[:80]}" if url else ""))
    for tag in soup.find_all(UNWRAPPED):
        if tag.has_attr("hidden"):
            tag.name = "div"  # (MkDocs Material's feedback form): left out as hidden, and said, not unwrapped into text
            continue
        tag.unwrap()
    for tag in soup.find_all(("sup", "sub")):
        if tag.parent is not None and tag.parent.name == tag.name:
            tag.unwrap()  # Word's footnote mark: a superscript run inside mammoth's superscript


# A button that opens a panel: an accordion's or a collapsible section's title (Bootstrap, W3Schools, CMS blocks).
_DISCLOSURE = re.compile(r"accordion|collaps|toggle|expand|disclosure", re.I)


def _buttons(soup: BeautifulSoup, notes: Notes) -> None:
    """A button that opens a panel is its title, which a reader reads above the panel's text: inside a heading or a
    <summary> (Squarespace's and Bootstrap's accordions, the ARIA pattern) it leaves the heading its words; elsewhere
    (`<button class="accordion">3.1 Cookies</button>` over its panel) it becomes a section heading if its words
    start with a section number, else a bold paragraph. Any other button (a form's "Send", "Cookie settings") is
    left out, and said with its words."""
    titles, dropped, silent = 0, [], 0
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
        elif opens:
            button.replace_with(panels.panel_title(soup, words, [NavigableString(words)]))
            titles += 1
        else:
            dropped.append(words)
            button.decompose()
    if titles:
        notes.add(f"{titles} accordion title{'s' if titles > 1 else ''} (a <button> that opens a panel) kept above "
                  "its text: a heading where numbered as a section, else in bold")
    if dropped or silent:
        said = ", ".join(f"“{words[:40]}”" for words in dropped[:3]) + (f" and {len(dropped) - 3} more"
                                                                        if len(dropped) > 3 else "")
        notes.add(f"removed {len(dropped) + silent} <button> element{'s' if len(dropped) + silent > 1 else ''}"
                  + (f" ({said})" if said else ""))


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
        items = _filled(listing)
        if items and all(item.name == "li" and (inside := _filled(item)) and all(child.name == "details"
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
        notes.add(f"{titles} disclosure title{'s' if titles > 1 else ''} (<details>'s <summary>) kept above its "
                  "text: in bold, a heading where numbered as a section")


_MARK_KINDS = {"b": "b", "strong": "b", "i": "i", "em": "i"}


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


def _sole_mark(node: Tag) -> Tag | None:
    """The bold or italic element `node` is, or a span holds alone (a span the page's CSS draws in bold became one
    around a <b>), else None."""
    while node.name == "span":
        inside = _filled(node)
        if len(inside) != 1:
            return None
        node = inside[0]
    return node if node.name in _MARK_KINDS else None


def _filled(tag: Tag) -> list[Tag]:
    """`tag`'s children but white space, if all are elements; else (words among them) none."""
    children = [child for child in tag.children if not (isinstance(child, NavigableString) and not child.strip())]
    elements = [child for child in children if isinstance(child, Tag)]
    return elements if len(elements) == len(children) else []


def _ruby(soup: BeautifulSoup, notes: Notes) -> None:
    """Ruby annotations (`<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`: Japanese furigana, Chinese pinyin or
    zhuyin) keep the words they annotate, their readings left out and said: a browser draws a reading above its
    words, so kept as text it would sit inside the sentence ("個人情報(こじんじょうほう)を"), as the Word path leaves
    out w:rt."""
    readings = []
    for ruby in soup.find_all("ruby"):
        if ruby.decomposed or ruby.parent is None:
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
        shown = ", ".join(f"“{r[:40]}”" for r in readings[:3]) + (f" and {len(readings) - 3} more"
                                                                   if len(readings) > 3 else "")
        notes.add(f"left out the reading{'s' if len(readings) > 1 else ''} (ruby: furigana, pinyin) drawn above "
                  f"{len(readings)} word(s), the words kept: {shown}")


def _lists_started_deeper(soup: BeautifulSoup, notes: Notes) -> None:
    """An item holding only a list (mammoth's `<ul><li><ul><li>Name`, for a Word list whose first item is at level 2 or
    3, indented with Tab) is no item a reader saw: its list takes its place, under the item before it if there is one,
    else at the level of its own list. Written as it was, the empty item made "- - Name" indented after a paragraph:
    a code block."""
    lifted = 0
    for item in reversed(soup.find_all("li")):  # the innermost first: a list three levels down rises to the top
        listing = item.parent
        if item.decomposed or not isinstance(listing, Tag) or listing.name not in ("ul", "ol"):
            continue
        content = [c for c in item.children if not (isinstance(c, NavigableString) and not c.strip())]
        if not content or not all(isinstance(c, Tag) and c.name in ("ul", "ol") for c in content):
            continue
        previous = item.find_previous_sibling("li")
        for inner in content:
            if previous is not None:
                previous.append(inner.extract())
            else:
                listing.insert_before(inner.extract())
        item.decompose()
        if not listing.find("li", recursive=False):
            listing.decompose()
        lifted += 1
    if lifted:
        notes.add(f"{lifted} list item(s) with no words, holding only a deeper list (a Word list starting at level 2 "
                  "or 3, indented with Tab): the deeper list took its place (Markdown has no item without words)")


STRUCK = ("del", "s", "strike")
_SCREEN_READER = re.compile(r"(?i)^(?:screen-reader-text|screen-reader-only|sr-only|visually-hidden|visuallyhidden|"
                            r"elementor-screen-only|a11y-hidden|ot-scrn-rdr|ot-sr-only|show-for-sr|"
                            r"element-invisible|assistive-text)$")
_HIDDEN_STYLE = re.compile(r"(?i)(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)")


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


def _continued_lists(soup: BeautifulSoup) -> None:
    """Numbered lists that continue one another (`<ol start="2">` right after an `<ol>` ending at 1, as Notion
    exports each item as a list of its own) joined into one: Markdown would write the second as a bullet "2."."""
    for ordered in soup.find_all("ol"):
        previous = ordered.find_previous_sibling()
        if previous is None or previous.name != "ol" or ordered.parent is None:
            continue
        try:
            start = int(str(ordered.get("start", "1")))
            before = int(str(previous.get("start", "1"))) + len(previous.find_all("li", recursive=False))
        except ValueError:
            continue
        between = ordered.previous_sibling
        while between is not None and between is not previous:
            if str(between).strip():
                break
            between = between.previous_sibling
        if between is previous and start == before and start > 1:
            for item in ordered.find_all("li", recursive=False):
                previous.append(item.extract())
            ordered.decompose()


def _quoted(tags: list[Tag]) -> str:
    shown = []
    for tag in tags[:3]:
        words = " ".join(tag.get_text(" ").split())
        shown.append(f"“{words[:50]}{'…' if len(words) > 50 else ''}”")
    return ", ".join(shown) + (f" and {len(tags) - 3} more" if len(tags) > 3 else "")


def _unseen(soup: BeautifulSoup, notes: Notes) -> None:
    """What a reader of the source never read as its text: words struck through (the wording a page shows
    crossed out, Word's strikethrough; Word's tracked deletions are read as accepted too), elements `hidden`,
    and a link's words for screen readers only ("(opens in a new tab)"): left out and said. An element hidden
    by its inline style may be a panel the page opened by script: kept, and said."""
    struck = [tag for tag in soup.find_all(STRUCK) if tag.get_text().strip()]
    hidden = [tag for tag in soup.select("[hidden]") if tag.get_text().strip()]
    helpers = [tag for tag in soup.select("a [class]")
               if any(_SCREEN_READER.match(str(c)) for c in tag.get_attribute_list("class"))]
    styled = [tag for tag in soup.find_all(style=_HIDDEN_STYLE) if tag.get_text().strip()]
    repeats: list[Tag] = []
    kept: list[Tag] = []
    for tag in soup.find_all(class_=_SCREEN_READER):
        if tag.get_text().strip() and tag.name != "a" and tag.find_parent("a") is None \
                and tag.find_parent(class_=_SCREEN_READER) is None:
            (repeats if _repeats_title_before(tag) else kept).append(tag)
    if struck:
        notes.add(f"left out {len(struck)} passage(s) struck through, shown crossed out and so no longer the text: "
                  f"{_quoted(struck)}; put back what is still in force")
    if hidden:
        notes.add(f"left out {len(hidden)} element(s) marked hidden, which readers never saw: {_quoted(hidden)}")
    if helpers:
        notes.add(f"left out {len(helpers)} link word(s) written for screen readers only: {_quoted(helpers)}")
    if styled:
        notes.add(f"kept {len(styled)} element(s) that the page's style hid (display:none: a closed panel, or a "
                  f"note never shown): {_quoted(styled)}; remove what is no text of the policy")
    if repeats:
        notes.add(f"left out {len(repeats)} element(s) written for screen readers only (hidden from sight), repeating "
                  f"the heading or caption above them: {_quoted(repeats)}")
    if kept:
        notes.add(f"kept {len(kept)} element(s) written for screen readers only, which the page hid from sight: "
                  f"{_quoted(kept)}; remove what is no text of the policy")
    for tag in [*struck, *hidden, *helpers, *repeats]:
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


def _repeats_title_before(tag: Tag) -> bool:
    """Whether `tag`'s words are those of the heading or caption just before it (OneTrust's table caption for screen
    readers under the heading that names the table)."""
    before = tag.find_previous([*HEADINGS, "caption"])
    words = [" ".join(node.get_text(" ").split()).rstrip(":.").casefold() for node in (tag, before) if node is not None]
    return len(words) == 2 and words[0] == words[1]


# Word's "Save as Web Page" writes a list as paragraphs (class MsoListParagraphCxSpFirst, …Middle, …Last, or
# MsoListParagraph alone), each starting with the label Word drew (a bullet in the Symbol or Wingdings font: "·",
# "§", "Ø"; or "a)", "1."), then no-break spaces in a span of 7-point type that pad the label to the text.
_WORD_LIST_CLASS = re.compile(r"^MsoList(?:Paragraph|Bullet\d?|Number\d?)(?:CxSp(First|Middle|Last))?$")
_WORD_PADDING = re.compile(r"(?i)\bfont\s*:\s*7(?:\.0)?pt")
_WORD_LEVEL = re.compile(r"(?i)mso-list\s*:\s*l\d+\s+level(\d+)")
_SYMBOL_FONT = re.compile(r"(?i)font-family\s*:\s*[\"']?(?:Symbol|Wingdings|Webdings|Courier New)")


def _in_symbol_font(node: PageElement, block: Tag) -> bool:
    """Whether an element between `node` and `block` draws its text in a symbol font (Symbol, Wingdings)."""
    for parent in node.parents:
        if parent is block:
            return False
        if _SYMBOL_FONT.search(str(parent.get("style") or "")):
            return True
    return False


def _word_list_paragraphs(soup: BeautifulSoup, notes: Notes) -> None:
    """A list Word saved as a web page, its paragraphs each with the label Word drew and its padding, rebuilt as a
    list: the padding left out (one space where a heading's number had it), a bullet drawn in a symbol font left
    to Markdown's "-", any other label ("a)") kept at the start of its item; nested by Word's `mso-list` level."""
    items = 0
    for padding in soup.find_all("span", style=_WORD_PADDING):
        if padding.decomposed or padding.get_text().strip():
            continue
        block = padding.find_parent(("p", *HEADINGS))
        classes = [str(c) for c in block.get_attribute_list("class") if c] if block is not None else []
        found = next((_WORD_LIST_CLASS.match(c) for c in classes if _WORD_LIST_CLASS.match(c)), None)
        if block is None or block.name != "p" or found is None:
            padding.replace_with(NavigableString(" "))
            continue
        before = []
        for node in block.descendants:
            if node is padding:
                break
            if isinstance(node, NavigableString):
                before.append(node)
        label = "".join(str(node) for node in before).strip()
        # Word's unfiltered page (and text pasted from Word) sets the font on a span around the label's own span
        # (`mso-list:Ignore`): the font is looked for on every element between the label and its paragraph
        symbol = any(_in_symbol_font(node, block) for node in before) or label in ("·", "•", "▪", "◦", "o", "-", "–")
        for node in before:
            node.extract()
        padding.decompose()
        if label and not symbol:
            block.insert(0, NavigableString(label + " "))
            if _WORD_DECIMAL.fullmatch(label):
                block["data-word-number"] = label[:-1]
        block["data-word-item"] = found.group(1) or "Only"
        depth = _WORD_LEVEL.search(str(block.get("style") or ""))
        block["data-word-level"] = depth.group(1) if depth else "1"
    stack: list[tuple[int, Tag]] = []
    previous: Tag | None = None
    listings: list[Tag] = []
    for block in soup.find_all("p", attrs={"data-word-item": True}):
        place, level = str(block["data-word-item"]), int(str(block["data-word-level"]))
        before_block: PageElement | None = block.previous_sibling
        while isinstance(before_block, NavigableString) and not str(before_block).strip():
            before_block = before_block.previous_sibling
        if place in ("First", "Only") or before_block is not previous or not stack:
            stack = []
        while stack and stack[-1][0] > level:
            stack.pop()
        item = soup.new_tag("li")
        if not stack or stack[-1][0] < level:
            listing = soup.new_tag("ul")
            parent_items = stack[-1][1].find_all("li", recursive=False) if stack else []
            if parent_items:
                parent_items[-1].append(listing)
            else:
                block.insert_before(listing)
            stack.append((level, listing))
            listings.append(listing)
        stack[-1][1].append(item)
        if block.has_attr("data-word-number"):
            item["data-word-number"] = block["data-word-number"]
        for attribute in ("data-word-item", "data-word-level", "data-word-number", "class", "style"):
            if attribute in block.attrs:
                del block[attribute]
        item.append(block.extract())
        block.unwrap()
        previous = stack[0][1]
        items += 1
    numbered = sum(_word_numbered(listing) for listing in listings)
    if items:
        notes.add(f"{items} paragraph(s) of lists Word saved as a web page became list items: a bullet Word drew in a "
                  "symbol font became “-”, any other label (a), 1.1.) was kept at the start of its item"
                  + (f"; {numbered} list(s) numbered 1., 2. became numbered lists, from Word's first number"
                     if numbered else ""))


_WORD_DECIMAL = re.compile(r"\d{1,4}\.")  # the label of Word's own numbered list ("1."), not "1.1." nor "1)"


def _word_numbered(listing: Tag) -> bool:
    """A list of Word's page whose items are each numbered "1.", "2." becomes a numbered list starting at Word's first
    number (a browser's `<li value>` where Word skips one, which _lists_apart writes out); its labels left out."""
    items = listing.find_all("li", recursive=False)
    if not items or not all(item.has_attr("data-word-number") for item in items):
        for item in items:
            item.attrs.pop("data-word-number", None)
        return False
    numbers = [int(str(item.attrs.pop("data-word-number"))) for item in items]
    listing.name = "ol"
    listing["start"] = str(numbers[0])
    consecutive = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    for item, number in zip(items, numbers):
        item.contents[0].extract()  # the label, written before the item's text above
        if not consecutive:
            item["value"] = str(number)
    return True


def _unlayout_tables(soup: BeautifulSoup, notes: Notes) -> None:
    """Tables used for layout (holding headings, one column, role=presentation, or holding other tables with one
    row or two columns at most) become plain blocks: their text keeps its headings and lists instead of being
    squeezed into cells. A data table (rows of three cells or more, or many rows) keeps its cells; a table inside
    one of them becomes the cell's text, row by row."""
    for table in soup.find_all("table"):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        widest = max((len(r.find_all(["td", "th"], recursive=False)) for r in rows), default=0)
        nested = [t for t in table.find_all("table") if t.find_parent("table") is table]
        data = bool(nested) and widest >= 3 and len(rows) >= 2 and not table.find(HEADINGS)
        if data:
            for inner in nested:
                inner.replace_with(NavigableString("; ".join(
                    " – ".join(" ".join(c.get_text(" ").split()) for c in r.find_all(["td", "th"]))
                    for r in inner.find_all("tr"))))
            notes.add(f"{len(nested)} table(s) inside a table's cell became the cell's text, one row after another")
        if (table.get("role") in ("presentation", "none") or (nested and not data) or table.find(HEADINGS)
                or widest <= 1):
            parts = [p for p in table.find_all(["thead", "tbody", "tfoot", "tr", "td", "th", "caption"])
                     if p.find_parent("table") is table]
            for part in [*parts, table]:
                part.name = "div"


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
        kind = _list_kind(listing)  # the label the page showed, `I.`, `a.`, as its type or CSS says (adoption
        for n, (item, heading) in enumerate(zip(items, firsts), start):  # hunt 29: it was 1., 2. whatever they said)
            if listing.name == "ol" and heading is not None:
                heading.insert(0, NavigableString(drawn[n - start] if drawn else f"{_counter(n, kind)}. "
                                                  if kind not in ("", "1", *_UNDRAWN) else f"{n}. "))
            item.name = "div"
        for attribute in ("data-list", "data-level", "data-label"):
            listing.attrs.pop(attribute, None)
        numbered |= listing.name == "ol"
        listing.name = "div"
        count += 1
    if count:
        notes.add(f"{count} list{'s' if count > 1 else ''} of sections (each item starting with a heading): each "
                  "heading became a section heading" + (", numbered as its item was" if numbered else ""))
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
        notes.add(f"{inside} heading{'s' if inside > 1 else ''} inside a list item (which Markdown cannot hold) "
                  "written in bold")


def _docs_labels(listing: Tag, items: int, start: int, running: dict[str, dict[int, int]]) -> list[str]:
    """The labels a Google Docs export draws on the items of `listing` (html_source._mark_google_lists: each level a
    list of its own, the counters of the levels above it those of the items before it, `2.1 ` under `2.`), counted
    on in `running`; none where the list is not one or its label is not drawn here."""
    name, level = listing.get("data-list"), str(listing.get("data-level") or "")
    if name is None or not level.isdigit():
        return []
    counters_of = running.setdefault(str(name), {})
    parts = _COUNTER.findall(str(listing.get("data-label") or ""))
    labels = []
    for n in range(start, start + items):
        counters_of[int(level)] = n
        for deeper in [d for d in counters_of if d > int(level)]:
            del counters_of[deeper]
        kinds = [_STYLES.get(style) or _drawn_style(style) for _text, at, style in parts if at]
        if not kinds or None in kinds:
            return []
        labels.append("".join(_unescape_css(text) if not at else
                              _counter(counters_of.get(int(at), 1), _STYLES.get(style) or style)
                              for text, at, style in parts))
    return labels if listing.name == "ol" and all(label.strip() for label in labels) else []


def _leading_heading(item: Tag) -> Tag | None:
    """The heading `item` starts with, itself or inside the boxes around it (`<li><div class="box"><h3>…`, as
    generated policies draw each purpose as a box), else None."""
    first = _first_content(item)
    while first is not None and first.name in ("div", "section", "article", "header"):
        first = _first_content(first)
    return first if first is not None and first.name in HEADINGS else None


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
        made: list[Tag] = []
        for n, part in enumerate(parts):
            lines = [" ".join(line.split()) for line in part.split("\n") if line.strip()]
            number = heading_number(lines[0]) if len(lines) == 1 and len(lines[0].split()) <= 12 else None
            if number is not None and number[0][:1].isdigit():
                block = soup.new_tag(f"h{min(6, 1 + len(number[0].split('.')))}")
                block.string = lines[0]
            elif n == 0 and len(lines) == 1 and len(lines[0].split()) <= 8 and soup.find("h1") is None:
                block = soup.new_tag("h1")
                block.string = lines[0]
            else:
                block = soup.new_tag("p")
                for k, line in enumerate(lines):
                    if k:
                        block.append(soup.new_tag("br"))
                    block.append(NavigableString(line))
            made.append(block)
        for block in made:
            pre.insert_before(block)
        pre.decompose()
        headings = sum(block.name != "p" for block in made)
        notes.add(f"the text was one preformatted block (plain text in a <pre>): read as {len(made) - headings} "
                  f"paragraph(s), each line kept, and {headings} heading(s), its short first line and the numbered "
                  "lines alone; check them")


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
        notes.add(f"{cards} link{'s' if cards > 1 else ''} around paragraphs (a card: a title, a description): each "
                  "paragraph's words linked to the same address")


def _numbered_terms(soup: BeautifulSoup, notes: Notes) -> None:
    """A policy written as questions and answers in a definition list whose every term is numbered (`<dt>1. What do
    we collect?</dt><dd>…</dd>`): each term a section heading over its answer, as a numbered accordion's title is.
    Only where the page has no section heading (a list of defined terms inside a section stays one)."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    made = 0
    for listing in soup.find_all("dl"):
        terms = listing.find_all("dt", recursive=False)
        words = [" ".join(term.get_text(" ").split()) for term in terms]
        numbers = [heading_number(text) for text in words]
        if len(terms) < 2 or not all(n is not None and n[0][:1].isdigit() for n in numbers):
            continue
        for child in listing.find_all(["dt", "dd"], recursive=False):
            if child.name == "dt":
                child.replace_with(panels.panel_title(soup, " ".join(child.get_text(" ").split()), []))
            else:
                child.name = "div"
        listing.unwrap()
        made += len(terms)
    if made:
        notes.add(f"{made} numbered term(s) of a list of questions and answers (<dl>) became section headings over "
                  "their answers")


def _br_paragraphs(soup: BeautifulSoup) -> None:
    """A block of words parted by empty lines drawn with two line breaks (`…<br><br>1. Общие положения<br>1.1. …`: a
    whole policy in one text block, as Tilda and older editors write it) is a paragraph per part, as a reader sees
    them: one paragraph of line breaks would give the text no sections. A single break stays a break; a table's cell
    or a list's item stays one block."""
    for block in soup.find_all(("p", "div")):
        if block.decomposed or block.parent is None or block.find_parent(("td", "th", "li")) is not None:
            continue
        children = list(block.children)
        if any(isinstance(child, Tag) and child.name not in INLINE and child.name != "br" for child in children):
            continue
        parts: list[list[PageElement]] = [[]]
        pending: list[PageElement] = []  # a break, and the white space after it, not yet known to be one of two
        breaks = 0
        for child in children:
            if isinstance(child, Tag) and child.name == "br":
                breaks += 1
                pending.append(child)
            elif isinstance(child, NavigableString) and not child.strip():
                pending.append(child)
            else:
                if breaks >= 2:
                    parts.append([])
                else:
                    parts[-1] += pending
                pending, breaks = [], 0
                parts[-1].append(child)
        parts = [part for part in parts if any(not isinstance(c, NavigableString) or c.strip() for c in part)]
        if len(parts) < 2:
            continue
        made = []
        for part in parts:
            paragraph = soup.new_tag("p")
            for child in part:
                paragraph.append(child.extract())
            made.append(paragraph)
        if block.name == "p":
            for paragraph in made:
                block.insert_before(paragraph)
            block.decompose()
        else:
            block.clear()
            for paragraph in made:
                block.append(paragraph)


def _bold_lines_apart(soup: BeautifulSoup) -> None:
    """A paragraph that starts with a bold line holding a section number, then a line break and the section's text
    (`<p><strong>1. Who we are</strong><br>We are …</p>`, as editors write a heading and its text in one block): the
    bold line is a paragraph of its own, which `_bold_headings` reads as a heading. Only where the page has no
    real section heading."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    for paragraph in soup.find_all("p"):
        children = [c for c in paragraph.children if not (isinstance(c, NavigableString) and not c.strip())]
        inner = [c for c in children[0].children if not (isinstance(c, NavigableString) and not c.strip())] \
            if children and isinstance(children[0], Tag) and children[0].name in ("strong", "b") else []
        if inner and isinstance(inner[-1], Tag) and inner[-1].name == "br":  # Word's break inside the bold run
            children[0].insert_after(inner[-1].extract())
            children = [c for c in paragraph.children if not (isinstance(c, NavigableString) and not c.strip())]
        if len(children) < 3 or not isinstance(children[0], Tag) or children[0].name not in ("strong", "b") \
                or not isinstance(children[1], Tag) or children[1].name != "br":
            continue
        words = " ".join(children[0].get_text(" ").split())
        number = heading_number(words)
        if number is None or not number[0][:1].isdigit() or len(words) > 200:
            continue
        line = soup.new_tag("p")
        paragraph.insert_before(line)
        for child in list(paragraph.children):
            if child is children[1]:
                break
            line.append(child.extract())
        children[1].extract()


def _bold_headings(soup: BeautifulSoup, notes: Notes) -> None:
    """A paragraph that is only bold text starting with a section number (`**1. INFORMATION WE COLLECT**`, as
    Word users write headings without heading styles) is a heading: one level under the title per level of its
    number (`1.` a section, `1.2` one under it). Only where the page has no real section heading at all, or, among
    numbered headings, where its number is the one that follows (`**3. Contact**` typed after a Heading 1 `2.`)."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]) or any(
            (number := heading_number(" ".join(h.get_text(" ").split()))) and number[0][:1].isdigit()
            for h in soup.find_all("h1")):
        _bold_headings_between(soup, notes)
        return
    found = 0
    for paragraph in soup.find_all("p"):
        bold = _bold_only(paragraph)
        if bold is None:
            continue
        text = " ".join(paragraph.get_text(" ").split())
        number = heading_number(text)
        if number is None or len(text) > 200 or not number[0][:1].isdigit():
            continue
        paragraph.name = f"h{min(6, 1 + len(number[0].split('.')))}"
        bold.unwrap()
        found += 1
    if found:
        notes.add(f"{found} bold paragraph(s) starting with a section number became section headings (the "
                  "document has no heading styles)")
        first = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()), None)
        bold = _bold_only(first) if first is not None and first.name == "p" else None
        if first is not None and bold is not None and not soup.find("h1") and len(first.get_text().strip()) <= 150:
            first.name = "h1"  # the bold line above the first section: the document's title
            bold.unwrap()
            notes.add("the bold paragraph above the first section became the title")


def _bold_headings_between(soup: BeautifulSoup, notes: Notes) -> None:
    """`_bold_headings` in a text with headings: a bold paragraph whose number follows the numbered heading above it
    (its next sibling, first child or an ancestor's next) is the heading of that number, its spacing (a tab Word
    saved as no-break spaces) one space (adoption hunt 34: a section typed in bold among styled ones was a bold line,
    its number missing from the sections)."""
    found, before, level = 0, None, 0
    for tag in soup.find_all(["p", *HEADINGS]):
        text = " ".join(tag.get_text(" ").split())
        number = heading_number(text)
        parts = tuple(int(n) for n in number[0].split(".")) if number and NUMBER.fullmatch(number[0]) else None
        if tag.name != "p":
            if parts:
                before, level = parts, int(tag.name[1])
            continue
        bold = _bold_only(tag)
        if bold is None or parts is None or before is None or len(text.split()) > 15 or \
                parts not in _following(before):
            continue
        level += len(parts) - len(before)  # beside the heading above, as deep as its number
        tag.name = f"h{min(6, max(1, level))}"
        tag.clear()
        tag.append(text)
        before = parts
        found += 1
    if found:
        notes.add(f"{found} bold paragraph(s) numbered as the section after the heading above them became section "
                  "headings")


def _following(number: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The numbers that may follow `number`: its first child, its next sibling, or an ancestor's."""
    return [number + (1,)] + [number[:depth - 1] + (number[depth - 1] + 1,) for depth in range(len(number), 0, -1)]


def _sections_as_titles(soup: BeautifulSoup, notes: Notes, word_levels: int | None) -> None:
    """A text whose numbered sections are top headings, as its title is (`<h1>Privacy Policy</h1>` … `<h1>1. Who we
    are</h1>`: a designer's biggest heading for each, a Word document's Heading 1 for all), or with no title at all,
    or whose title is followed by sections of its level right away, numbered or not: its sections as sections (##),
    each heading below them one level down. Read as they were, the first section was
    the page's title and every other a second title (structure.level at each)."""
    titles = [h for h in soup.find_all("h1") if h.get_text(strip=True)]
    words = [" ".join(_WORD_LABEL.sub(lambda found: found.group(1) + " ", h.get_text(" ")).split()) for h in titles]
    numbered = [(number := heading_number(text)) is not None and number[0][:1].isdigit() for text in words]
    # unnumbered, as GitHub draws a README (and the Markdown import reads it): the title's next heading is an <h1>
    readme = len(titles) > 1 and not numbered[0] and titles[0].find_next(HEADINGS) is titles[1]
    if len(titles) < 2 or not readme and (not any(numbered[1:]) or not numbered[0] and not all(numbered[1:])):
        return  # (several titles, each over its sections: a privacy and a cookie policy on one page)
    first = None if numbered[0] else titles[0]
    below = first.find_all_next(HEADINGS) if first is not None else soup.find_all(HEADINGS)
    for heading in below:
        heading.name = f"h{min(6, int(heading.name[1]) + 1)}"
    top = "Heading 1" if word_levels is not None else "<h1>"
    notes.add(f"the text's sections are {top}, as its title{' is' if first is not None else ' would be (it has none)'}"
              f": {len(below)} heading(s) one level down, each section a section (##)")


def _bold_title(soup: BeautifulSoup, notes: Notes) -> None:
    """A text without title whose first line, above its first section heading, is a short bold paragraph of words
    (`**PRIVACY POLICY**`, as Word users title a document whose headings are styled, in a bold, larger Normal
    paragraph): that line is its title. A line with a number or a colon (a date, "Last updated:") is none."""
    first = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()), None)
    if first is None or first.name != "p" or soup.find("h1") is not None or first.find_next(HEADINGS) is None:
        return
    bold = _bold_only(first)
    words = " ".join(first.get_text(" ").split())
    if bold is None or len(words.split()) > 12 or re.search(r"[\d:]", words):
        return
    first.name = "h1"
    bold.unwrap()
    notes.add(f"the bold line above the first section, “{words}”, became the title")


def _heading_levels(soup: BeautifulSoup, notes: Notes, word_levels: int | None = None) -> None:
    """Under a title (<h1>), headings at the levels the site reads: a page that skips from its title to <h3> (site
    builders let the designer pick a heading's size: Squarespace, Wix) has them all moved up, and where most are
    numbered, each numbered heading is at its number's depth (`1.` a ##, `1.2` a ###), as `structure.level` asks."""
    headings = [h for h in soup.find_all(HEADINGS[1:]) if h.get_text(strip=True)]
    if soup.find("h1") is None or not headings:
        return
    shift = min(int(h.name[1]) for h in headings) - 2
    numbers = [heading_number(" ".join(h.get_text(" ").split())) for h in headings]
    numbered = [n[0] if n is not None and n[0][:1].isdigit() else None for n in numbers]
    counted = 2 * sum(n is not None for n in numbered) >= len(headings)
    moved = 0
    for heading, number in zip(headings, numbered):
        level = min(6, 1 + len(number.split("."))) if counted and number else int(heading.name[1]) - shift
        if heading.name != f"h{level}":
            heading.name = f"h{level}"
            moved += 1
    if moved:
        notes.add(f"{moved} heading{'s' if moved > 1 else ''} moved to the level the site reads"
                  + (" (each section number's depth: 1. a ##, 1.2 a ###)" if counted else
                     f" (the page skipped from its title to <h{shift + 2}>)" if word_levels is None else
                     f" (the document skipped from its title to Heading {shift + 2 - word_levels})"))


def _bold_only(tag: Tag | None) -> Tag | None:
    """The <strong> or <b> that is all of `tag` (itself, or a paragraph holding only it, in spans too: a Wix page's
    `<p><span class="wixui-…"><strong>`), else None."""
    while tag is not None and tag.name in ("p", "span"):
        children = [c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())]
        tag = children[0] if len(children) == 1 and isinstance(children[0], Tag) else None
    return tag if tag is not None and tag.name in ("strong", "b") and tag.get_text().strip() else None


def _clause_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """A numbered list whose every item starts with a bold line (`1. **Who we are**` over its clauses 1.1, 1.2…), as
    law firms number a notice with one multi-level Word list and no heading styles: each item is a section, its bold
    line the heading numbered as the item was, its clauses under it. Only where the page has no section heading."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    count = 0
    for listing in soup.find_all("ol"):
        if listing.find_parent(["ol", "ul"]) is not None:
            continue
        items = listing.find_all("li", recursive=False)
        firsts = [_clause_title(item) for item in items]
        if len(items) < 2 or not all(f is not None and len(f[0].get_text().strip()) <= 150 for f in firsts) \
                or not any(item.find(["ol", "ul", "p"], recursive=False) for item in items):
            continue
        start = int(str(listing["start"])) if str(listing.get("start", "")).isdigit() else 1
        for n, (item, found) in enumerate(zip(items, firsts), start):
            if found is None:
                continue
            first, label = found
            if label is not None:  # Word's own number of the item, written before it: the section's
                number = _LABEL.fullmatch(str(label))
                n = int(next(g for g in number.groups() if g)) if number else n
                label.extract()
            heading = soup.new_tag("h2")
            heading.string = f"{n}. {' '.join(first.get_text().split())}"
            parent = first.parent
            (parent if isinstance(parent, Tag) and parent.name == "p" else first).replace_with(heading)
            item.name = "div"
        listing.name = "div"
        count += 1
    if not count:
        return
    notes.add("a numbered list whose items each start with a bold line (clauses numbered by Word, no heading styles): "
              "each item became a section, its bold line the heading")
    top = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()), None)
    bold = _bold_only(top) if top is not None and top.name == "p" else None
    if top is not None and bold is not None and not soup.find("h1") and len(top.get_text().strip()) <= 150:
        top.name = "h1"  # the bold line above the first section: the document's title
        bold.unwrap()
        notes.add("the bold paragraph above the first section became the title")


def _clause_runs(soup: BeautifulSoup, notes: Notes) -> None:
    """Lists of one item each, that item only a bold line numbered by Word (`1.` **Who we are**, the section's text in
    plain paragraphs after it, then `2.` **What we collect** …, a level deeper `2.1.` **Customers**), as Word users
    number a policy's sections with its numbering button and bold: each a section heading of its number (adoption
    hunt 34: they were list items, the text had no section). Only where the page has no section heading, and two or
    more such lines carry Word's numbers."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    found = []
    for listing in soup.find_all(["ol", "ul"]):
        if listing.find_parent(["ol", "ul"]) is None and (titled := _titled_item(listing, 0)) is not None:
            found.append((listing, *titled))
    if len(found) < 2:
        return
    for listing, number, title, _depth in found:  # a heading at its number's depth (`2.1.` a ###)
        heading = soup.new_tag(f"h{min(6, 1 + len(number.rstrip('.').split('.')))}")
        heading.string = f"{number} {title}"
        listing.replace_with(heading)
    notes.add(f"{len(found)} list item(s) holding only a bold line numbered by Word (sections numbered with the "
              "numbering button, no heading styles) became section headings of their numbers")


def _titled_item(listing: Tag, depth: int) -> tuple[str, str, int] | None:
    """(Word's number, the bold title, its depth) of a list that is one item holding only Word's number and a bold
    line, or one item holding only such a list (in a .docx or the page Word saved)."""
    items = _filled(listing)
    if len(items) != 1 or items[0].name != "li" or depth > 3:
        return None
    item = items[0]
    inside = _filled(item)
    if len(inside) == 1 and inside[0].name in ("ol", "ul"):  # (no words beside it: _filled)
        return _titled_item(inside[0], depth + 1)
    parts = [c for c in item.children if c.get_text().strip()]  # (an emptied element: a label Word's page bolded)
    label = str(parts.pop(0)).strip() if parts and isinstance(parts[0], NavigableString) else ""
    if len(parts) != 1 or not isinstance(parts[0], Tag) or (bold := _bold_only(parts[0])) is None:
        return None
    number, drawn = _WORD_NUMBER.fullmatch(label), _WORD_LABEL.fullmatch(label)
    # Word's number or label (a .docx), a label typed or kept from Word's page (`2.1.`), or Word's page's numbered
    # list, which starts at Word's number
    written = f"{number.group(1)}." if number else drawn.group(1).strip() if drawn else label or (
        f"{listing['start']}." if listing.name == "ol" and listing.has_attr("start") else "")
    if not re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", written) or len(bold.get_text()) > 150:
        return None
    return written, " ".join(bold.get_text().split()), depth


_LABEL = re.compile(r"\s*(?:\ue002(\d{1,3})\ue003|(\d{1,3})[.)]?)\s*")  # Word's number (WORD_NUMBER), or typed


def _clause_title(item: Tag) -> tuple[Tag, NavigableString | None] | None:
    """An item's bold first line, and the label Word wrote before it (`1`), if any."""
    children = [c for c in item.children if not (isinstance(c, NavigableString) and not c.strip())]
    label = children[0] if children and isinstance(children[0], NavigableString) else None
    if label is not None and _LABEL.fullmatch(str(label)) and len(children) > 1 and isinstance(children[1], Tag):
        bold = _bold_only(children[1])
        return (bold, label) if bold is not None else None
    bold = _bold_only(_first_content(item))
    return (bold, None) if bold is not None else None  # (a typed label is read by _LABEL too)


# The markup of generated policies (Termly): its title and headings are spans of a class, in <div>s.
_GENERATED_HEADINGS = {"title": "h1", "heading_1": "h2", "heading_2": "h3", "heading_3": "h4"}


def _generated_headings(soup: BeautifulSoup, notes: Notes) -> None:
    """A generated policy's title and headings (`<div><strong><span data-custom-class="heading_1">…`): its block
    becomes that heading, where the page has none of its own but its title (the site's page embedding the policy
    under its own `<h1>`: that stays the title, the policy's own a line in bold)."""
    headings = soup.find_all(HEADINGS)
    titled = len(headings) == 1 and headings[0].name == "h1"
    if headings and not titled:
        return
    found = 0
    for span in soup.select(", ".join(f'[data-custom-class="{name}"]' for name in _GENERATED_HEADINGS)):
        if titled and (span.get("data-custom-class") == "title" or span.find_parent("h1") is not None):
            continue
        block = span.find_parent(["div", "p"])
        if block is None or " ".join(block.get_text(" ").split()) != " ".join(span.get_text(" ").split()) \
                or block.find(["div", "p", "ul", "ol", "table"]):
            continue
        ident = block.get("id")
        block.clear()
        block.append(NavigableString(" ".join(span.get_text(" ").split())))
        block.name = _GENERATED_HEADINGS[str(span.get("data-custom-class"))]
        block.attrs = {"id": ident} if ident else {}
        found += 1
    if found and titled:
        notes.add(f"{found} heading(s) of a generated policy (data-custom-class) under the page's own title (<h1>) "
                  "became its section headings; the title stays the page's")
    elif found:
        notes.add(f"{found} title and heading(s) of a generated policy (data-custom-class) became its title and "
                  "section headings")


# Word writes a link to a place in another document as a field, `HYPERLINK "https://…/page" \\l "bookmark"`, whose
# switches a converter may leave in the address (`…/page" \\l "bookmark`): the address is the page, the place its
# fragment.
# (The switch after a quote or a space: `\\\\fileserver01\\legal\\…`, a network path, holds `\\l` too; safety hunt 35.)
_WORD_LOCATION = re.compile(r'^(?P<url>[^"\s]+)(?:"\s*|\s+)\\l(?:\s+"?|")(?P<place>[^"\s]*)"?\s*$')
_SCHEME = re.compile(r"^([a-z][a-z0-9+.-]*):", re.I)
_READABLE = frozenset({"http", "https", "mailto", "tel"})


def _link_targets(soup: BeautifulSoup, notes: Notes) -> None:
    """Word's link to a place in a page gets its fragment back; a link no reader can follow (a file on its author's
    computer, another program's scheme) keeps its words, without the target."""
    for link in soup.find_all("a", href=True):
        href = unquote(str(link["href"])).strip()
        word = _WORD_LOCATION.match(href)
        if word:
            link["href"] = word.group("url") + (f"#{word.group('place')}" if word.group("place") else "")
            notes.add(f"a Word link to a place in a page became {link['href'][:80]}")
            continue
        scheme = _SCHEME.match(href)
        if scheme and scheme.group(1).lower() not in _READABLE and not scheme.group(1).lower().startswith(
                ("javascript", "vbscript", "data")):
            words = " ".join(link.get_text(" ").split())
            notes.add(f"link “{words[:60]}” pointed to {href[:80]}, which no reader can open (a {scheme.group(1)}: "
                      "address): kept its text, removed the target")
            link.unwrap()


_PERMALINK_TEXT = frozenset({"¶", "#", "§", "🔗", "⚓", "link", "permalink"})


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
        notes.add(f"removed {dropped} heading link{'s' if dropped > 1 else ''} to the heading itself (¶): the "
                  "published headings have their own")


def _span(cell: Tag, attribute: str) -> int:
    value = str(cell.get(attribute) or "1").strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def _unmerge_cells(soup: BeautifulSoup, notes: Notes) -> None:
    """A Markdown table has no merged cells: a cell spanning rows is repeated in each row it spans, and one
    spanning columns is followed by empty cells, so that every cell stays in its column."""
    import copy

    merged = 0
    for table in soup.find_all("table"):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        below: dict[int, tuple[int, Tag]] = {}  # column -> (rows still spanned, the cell)
        for row in rows:
            cells = row.find_all(["td", "th"], recursive=False)
            laid: list[Tag] = []
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
                for extra in range(1, columns_spanned):
                    laid.append(soup.new_tag(cell.name))
                    if rows_spanned > 1:
                        below[column + extra] = (rows_spanned - 1, soup.new_tag(cell.name))
                merged += rows_spanned > 1 or columns_spanned > 1
                column += columns_spanned
            for cell in cells:
                cell.extract()
            for cell in laid:
                row.append(cell)
    if merged:
        notes.add(f"{merged} table cell{'s' if merged > 1 else ''} spanning several rows or columns: repeated in "
                  "each row spanned, followed by empty cells for the columns (a Markdown table has no merged cells)")


def _label(n: int, kind: str) -> str:
    """The n-th label (1-based) of an HTML list of `type` a, A, i or I, as a browser shows it."""
    if kind in "aA":
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    return roman_label(n, kind)


def roman_label(n: int, kind: str) -> str:
    """`n` in Roman numerals, lower case (`kind` i) or upper case (I)."""
    numerals = (("m", 1000), ("cm", 900), ("d", 500), ("cd", 400), ("c", 100), ("xc", 90), ("l", 50), ("xl", 40),
                ("x", 10), ("ix", 9), ("v", 5), ("iv", 4), ("i", 1))
    roman = ""
    for numeral, value in numerals:
        while n >= value:
            roman, n = roman + numeral, n - value
    return roman.upper() if kind == "I" else roman


_COUNTER = re.compile(r'"((?:[^"\\]|\\.)*)"|counter\(\s*lst-ctn-kix_[\w-]+?-(\d+)\s*,\s*([\w-]+)\s*\)')
_STYLES = {"decimal": "1", "lower-latin": "a", "lower-alpha": "a", "upper-latin": "A", "upper-alpha": "A",
           "lower-roman": "i", "upper-roman": "I"}


def _google_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """A Google Docs export's lists (html_source._mark_google_lists): each level is a list of its own, one after
    the other; nested again into the item before, the lists of one level that follow each other joined, and
    each item given the label the document shows (`a)`, `2.1.`) where it is not a plain `1.`."""
    marked = [tag for tag in soup.find_all(("ol", "ul")) if tag.get("data-list") is not None]
    if not marked:
        return
    stack: list[tuple[int, Tag]] = []
    joined = nested = 0
    for tag in marked:
        level = int(str(tag.get("data-level") or "0"))
        before = tag.find_previous_sibling(True)
        if not stack or before is None or before is not stack[-1][1] and before not in [t for _l, t in stack]:
            stack = []
        while stack and stack[-1][0] > level:
            stack.pop()
        if stack and stack[-1][0] == level and stack[-1][1].name == tag.name \
                and stack[-1][1].get("data-list") == tag.get("data-list"):
            for item in tag.find_all("li", recursive=False):
                stack[-1][1].append(item.extract())
            tag.decompose()
            joined += 1
            continue
        if stack and stack[-1][0] == level - 1 and stack[-1][1].find_all("li", recursive=False):
            stack[-1][1].find_all("li", recursive=False)[-1].append(tag.extract())
            nested += 1
        stack.append((level, tag))
    labelled = 0
    for tag in soup.find_all(("ol", "ul")):
        label = str(tag.get("data-label") or "")
        parts = _COUNTER.findall(label)
        styles = [(int(level), _STYLES.get(style) or _drawn_style(style)) for _text, level, style in parts if level]
        plain = [(text, level) for text, level, _style in parts] in ([("", ""), ("", "0"), (". ", "")],
                                                                       [("", "0"), (". ", "")])
        for attribute in ("data-list", "data-level", "data-label"):
            if attribute in tag.attrs:
                del tag[attribute]
        if tag.name != "ol" or not styles or any(kind is None for _l, kind in styles) or \
                (plain and styles[0][1] == "1"):
            continue
        for item in tag.find_all("li", recursive=False):
            text = "".join(_unescape_css(piece) if not level else
                           _counter(_count(item, int(level)), _STYLES.get(style) or style)
                           for piece, level, style in parts)
            first = _first_content(item)
            (first if first is not None and first.name in ("p", "div") else item).insert(0, NavigableString(text))
        tag.name = "ul"
        if "start" in tag.attrs:
            del tag["start"]
        labelled += 1
    if joined or nested:
        notes.add(f"Google Docs lists: {nested} level(s) nested again into the item before them, {joined} list(s) "
                  "joined to the one before (the export writes each level as a list of its own)")
    if labelled:
        notes.add(f"{labelled} Google Docs list(s) lettered or numbered otherwise than 1., 2.: each item keeps its "
                  "label at the start of its text")


def _counter(n: int, kind: str) -> str:
    """A CSS counter's text: `1` decimal, a letter or a Roman numeral as a browser writes it, else in the counter
    style `kind` (another script's counting: 一, イ, α), in digits where the style cannot draw `n`, as a browser."""
    if kind == "1":
        return str(n)
    if kind in ("a", "A", "i", "I"):
        return _label(n, kind)
    return counters.counter(n, kind) or str(n)


def _drawn_style(style: str) -> str | None:
    """`style` if it is a CSS counter style of another script's counting drawn here (cjk-ideographic, hebrew)."""
    return style.lower() if style.lower() != "decimal" and counters.counter(1, style) is not None else None


# CSS's predefined counter styles not drawn here: their lists are numbered 1, 2, and said.
_UNDRAWN = frozenset({"armenian", "lower-armenian", "upper-armenian", "georgian", "ethiopic-numeric", "cambodian",
                      "simp-chinese-formal", "trad-chinese-formal", "japanese-formal", "korean-hanja-formal",
                      "disclosure-open", "disclosure-closed"})


def _count(item: Tag, level: int) -> int:
    """The counter of `level` at `item`: the position (from its list's start) of the item, or of its ancestor
    item, in the list of that level (its own level is counted from the item; those above from its ancestors)."""
    lists = [parent for parent in [item.parent, *item.parent.find_parents(("ol", "ul"))] if parent is not None] \
        if item.parent is not None else []
    depth = len(lists) - 1 - level  # lists[0] is the item's own list, the last the outermost
    if depth < 0 or depth >= len(lists):
        return 1
    target = item if depth == 0 else next((li for li in item.find_parents("li")
                                           if li.parent is lists[depth]), None)
    if target is None:
        return 1
    start = str(lists[depth].get("start") or "1")
    return (int(start) if start.isdigit() else 1) + lists[depth].find_all("li", recursive=False).index(target)


def _unescape_css(text: str) -> str:
    """A CSS string's text: `\\25cf` is ●, `\\"` is "."""
    return re.sub(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2),
                  text)


# Around the label a Word list draws before an item (docx_source._lettered_labels): private-use characters,
# which no text holds, read here and never written.
WORD_LABEL = ("\ue000", "\ue001")
_WORD_LABEL = re.compile(f"{WORD_LABEL[0]}([^{WORD_LABEL[1]}]*){WORD_LABEL[1]}\\s*")
WORD_NUMBER = ("\ue002", "\ue003")
_WORD_NUMBER = re.compile(f"{WORD_NUMBER[0]}(\\d+){WORD_NUMBER[1]}")
WORD_LIST = ("\ue004", "\ue005")  # around the id of the Word list an item belongs to
_WORD_LIST = re.compile(f"{WORD_LIST[0]}([^{WORD_LIST[1]}]*){WORD_LIST[1]}")


def _word_lists_apart(soup: BeautifulSoup) -> None:
    """Numbered lists Word shows apart (two lists one after the other, each counting from its start: ① ② then
    （イ）（ロ）) that mammoth joined into one are split again where the Word list of an item changes
    (docx_source marks it in the item's text); the marks are then left out."""
    for ol in soup.find_all("ol"):
        current: Tag = ol
        previous = None
        for item in ol.find_all("li", recursive=False):
            found = _WORD_LIST.match(item.get_text().lstrip())
            list_id = found.group(1) if found else None
            if previous is not None and list_id is not None and list_id != previous:
                following = soup.new_tag("ol")
                current.insert_after(following)
                current = following
            if current is not ol:
                current.append(item.extract())
            previous = list_id if list_id is not None else previous
    for node in soup.find_all(string=_WORD_LIST):
        node.replace_with(NavigableString(_WORD_LIST.sub("", str(node))))


def _word_numbers(soup: BeautifulSoup, notes: Notes) -> None:
    """A list that Word numbers on from an earlier one (its items are clauses with paragraphs between them)
    starts at Word's number for its first item, marked in its text (docx_source), not at 1."""
    continued = 0
    for ol in soup.find_all("ol"):
        first = ol.find("li", recursive=False)
        found = _WORD_NUMBER.match(first.get_text().lstrip()) if first is not None else None
        if found and int(found.group(1)) != 1:
            ol["start"] = found.group(1)
            continued += 1
    for node in soup.find_all(string=_WORD_NUMBER):
        node.replace_with(NavigableString(_WORD_NUMBER.sub("", str(node))))
    if continued:
        notes.add(f"{continued} numbered list{'s' if continued > 1 else ''} went on from the list before (text "
                  "between its items): each starts at Word's number")


def _list_kind(ol: Tag) -> str:
    """An HTML list's `type` (1, a, A, i, I), or the letters or Roman numerals its CSS gives it, or the name of the
    CSS counter style of another script's counting it has (cjk-ideographic, katakana-iroha, lower-greek, hebrew)."""
    kind = str(ol.get("type") or "")
    for value in re.findall(r"list-style(?:-type)?\s*:([^;]*)", str(ol.get("style") or ""), re.I):
        for word in re.findall(r"[\w-]+", value.lower()):
            lettered = re.fullmatch(r"(lower|upper)-(alpha|latin|roman)", word)
            if lettered:  # a CMS letters its lists with CSS (WordPress: list-style-type: lower-alpha)
                kind = "i" if lettered.group(2) == "roman" else "a"
                return kind.upper() if lettered.group(1) == "upper" else kind
            if _drawn_style(word) or word in _UNDRAWN:
                return word
    return kind


def _numbers(ol: Tag) -> tuple[int, list[int]]:
    """An HTML list's first number (`start`) and each item's, as a browser counts them (`<li value>` included)."""
    start = str(ol.get("start") or "1").strip()
    n = begin = int(start) if start.isdigit() else 1
    numbers = []
    for item in ol.find_all("li", recursive=False):
        value = str(item.get("value") or "").strip()
        n = int(value) if value.isdigit() else n
        numbers.append(n)
        n += 1
    return begin, numbers


def _spaced(label: str) -> str:
    """A label as written before its item's words: `1. `, `a) `, `（イ） `; after the ideographic comma (`一、`), which
    carries its own space, Chinese and Japanese write none."""
    return label if label[-1:] in _FULLWIDTH_ENDS else f"{label} "


_FULLWIDTH_ENDS = frozenset("、")


def _labelled(ol: Tag, labels: list[str]) -> None:
    """`ol` as a list whose items start with their labels (`c.`, `7.`): Markdown numbers lists 1, 2 only."""
    for item, label in zip(ol.find_all("li", recursive=False), labels):
        first = _first_content(item)
        (first if first is not None and first.name in ("p", "div") else item).insert(0, NavigableString(_spaced(label)))
    ol.name = "ul"
    for attribute in ("type", "start"):
        if attribute in ol.attrs:
            del ol[attribute]


def _lists_apart(soup: BeautifulSoup, notes: Notes) -> None:
    """A numbered list right after another one (a browser shows 1, 2 then 1, 2; Markdown reads one list 1 to 4)
    or whose items set their own numbers (`<li value="7">`, which Markdown cannot say) keeps the numbers the
    source shows, written at the start of each item, as a lettered list keeps its letters."""
    count = 0
    for ol in soup.find_all("ol"):
        if _list_kind(ol) not in ("1", "") or _word_labelled(ol):
            continue  # lettered, Roman or another script's counting: _lettered_lists
        begin, numbers = _numbers(ol)
        before: PageElement | None = ol.previous_sibling
        while isinstance(before, NavigableString) and not str(before).strip():
            before = before.previous_sibling
        follows = isinstance(before, Tag) and before.name == "ol"
        if not numbers or not follows and numbers == list(range(begin, begin + len(numbers))):
            continue
        _labelled(ol, [f"{number}." for number in numbers])
        count += 1
    if count:
        notes.add(f"{count} numbered list{'s' if count > 1 else ''} right after another list or numbered by "
                  "its items (value=): each item keeps its number at the start of its text (Markdown would "
                  "number them on from the list before)")


def _lettered_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """A list lettered `a.`, `b.` (or numbered i., ii.) keeps its labels, which the text may refer to ("point
    c"): Markdown numbers lists with digits only, so each label is written at the start of its item. A Word
    list's labels are Word's own (`a)`, `(iv)`), marked in its text."""
    count = undrawn = 0
    for ol in soup.find_all("ol"):
        if _word_labelled(ol):
            ol.name = "ul"
            count += 1
    for node in soup.find_all(string=_WORD_LABEL):
        node.replace_with(NavigableString(_WORD_LABEL.sub(lambda found: _spaced(found.group(1)), str(node))))
    for ol in soup.find_all("ol"):
        kind = _list_kind(ol)
        if kind in _UNDRAWN:
            undrawn += 1
        elif kind in ("a", "A", "i", "I"):
            _labelled(ol, [f"{_label(n, kind)}." for n in _numbers(ol)[1]])
            count += 1
        elif len(kind) > 1:
            _labelled(ol, [f"{_counter(n, kind)}{counters.suffix(kind)}" for n in _numbers(ol)[1]])
            count += 1
    if count:
        notes.add(f"{count} list{'s' if count > 1 else ''} lettered, numbered in Roman numerals or otherwise than "
                  "1., 2. (in another script's counting too: ①, 가., イ、, α.): each item keeps its label at the start "
                  "of its text (Markdown numbers lists 1., 2. only)")
    if undrawn:
        notes.add(f"{undrawn} list{'s' if undrawn > 1 else ''} counted in a style the import cannot draw (Armenian, "
                  "Georgian, formal Chinese or Japanese numerals): numbered 1., 2.; write the labels the page showed")


def _word_labelled(ol: Tag) -> bool:
    """Whether every item of `ol` starts with the label Word draws (docx_source marks it)."""
    items = ol.find_all("li", recursive=False)
    return bool(items) and all(item.get_text().lstrip().startswith(WORD_LABEL[0]) for item in items)


def _cell_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """Say where a table cell holds a list: a Markdown table's cell is one line, so each item becomes a line
    of the cell (markdown_writer joins them with <br>), as does each paragraph."""
    cells = [cell for cell in soup.find_all(("td", "th")) if cell.find(("ul", "ol"))]
    if cells:
        count = len(cells)
        notes.add(f"{count} table cell{'s' if count > 1 else ''} held a list: each item is a line of its cell, "
                  "starting with its \"-\" or number (a Markdown table's cell holds no list)")


def _ids_of(tag: Tag) -> list[str]:
    """The ids a link can land on in `tag` and under it (`id`, and `name` on anchors)."""
    found = []
    for node in [tag, *tag.find_all(True)]:
        for value in (node.get("id"), node.get("name") if node.name == "a" else None):
            if value and str(value) not in found:
                found.append(str(value))
    return found


def _first_content(tag: Tag) -> Tag | None:
    for child in tag.children:
        if isinstance(child, Tag):
            return child
        if isinstance(child, NavigableString) and child.strip():
            return None
    return None


def _place_ids(soup: BeautifulSoup, targets: frozenset[str]) -> None:
    """Each heading takes its own id, or one of an anchor in it or just before it, or of a section it
    opens; any other element that an in-page link points to keeps its id on an empty <span>."""
    placed: set[str] = set()
    for heading in soup.find_all(HEADINGS):
        ids = _ids_of(heading)
        before = heading.previous_sibling
        while before is not None:
            if isinstance(before, Tag):
                if before.get_text(strip=True) or before.find("img") or not _ids_of(before):
                    break
                ids += [i for i in _ids_of(before) if i not in ids]
            elif str(before).strip():
                break
            before = before.previous_sibling
        node = heading
        while isinstance(node.parent, Tag) and node.parent.name in ("section", "div", "article", "header") \
                and _first_content(node.parent) is node:
            node = node.parent
            if node.get("id") in targets and str(node["id"]) not in ids:
                ids.append(str(node["id"]))
        ids = [i for i in ids if not i.startswith("__")]
        usable = [i for i in ids if _ATTR_LIST_ID.fullmatch(i)]
        primary = next((i for i in usable if i in targets), usable[0] if usable else None)
        if primary:
            heading["data-md-id"] = primary
            placed.add(primary)
        extra = [i for i in ids if i != primary and i in targets]
        if extra:
            heading["data-md-extra"] = " ".join(extra)  # ids hold no spaces here: they came from href="#…"
            placed.update(extra)
    for target in sorted(targets - placed):
        if target.startswith("__") or not target:
            continue
        element = soup.find(id=target) or soup.find("a", attrs={"name": target})
        if not isinstance(element, Tag):
            continue
        marker = soup.new_tag("span", attrs={"data-keep-id": target})
        if element.name in INLINE:
            element.insert_before(marker)
        elif element.name in TEXT_BLOCKS:
            first = _first_content(element)
            (first if first is not None and first.name in TEXT_BLOCKS else element).insert(0, marker)
        else:
            paragraph = soup.new_tag("p")
            paragraph.append(marker)
            element.insert_before(paragraph)


