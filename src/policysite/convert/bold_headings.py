"""The import's passes that find a page's headings where it has none: bold numbered lines, clauses of a numbered list,
a generator's styled spans, sections written as titles; and give the headings their levels."""
from __future__ import annotations

import difflib
import re
from collections.abc import Mapping

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from policysite import datelines, document
from policysite.convert import heading_depth, list_passes, panels, word_numbering, word_title
from policysite.convert.elements import HEADINGS, INLINE, filled, first_content
from policysite.convert.notes import Notes, quoted
from policysite.heading_numbers import NUMBER, heading_number
from policysite.messages import Said


def numbered_terms(soup: BeautifulSoup, notes: Notes) -> None:
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
        notes.add(Said("convert.question-terms", count=made))


# A text's date line written as a heading under its title (`<h4>Last updated: March 1, 2022</h4>`, the small grey
# heading a theme draws it with): it was a section with no text, its day unread by the import's date reading and the
# page's own "Last updated" line shown beside it (adoption hunt 44). A heading with a year, no number and no text of its
# own, before the first section, is a paragraph.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_BLOCKS = ("p", "ul", "ol", "table", "blockquote", "dl", "pre")


def date_headings(soup: BeautifulSoup, notes: Notes) -> None:
    blocks = [tag for tag in soup.find_all([*HEADINGS, *_BLOCKS]) if tag.get_text(strip=True)
              and (tag.name in HEADINGS or not tag.find([*HEADINGS, *_BLOCKS]))]
    made = []
    titled = False  # (under a title only: a page's first heading, `<h2>Privacy Policy 2022</h2>`, may be its title)
    for n, block in enumerate(blocks):
        if block.name == "h1":
            titled = True
            continue
        if block.name not in HEADINGS or not titled:
            break  # the first section's text, or the title's preamble: what follows is no date line under the title
        words = " ".join(block.get_text(" ").split())
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        if not _YEAR.search(words) or len(words.split()) > 12 or heading_number(words) is not None \
                or following is not None and following.name not in HEADINGS:
            break  # a section's heading (its text follows): the sections have begun
        block.name = "p"
        made.append(words)
    if made:
        notes.add(Said("convert.date-heading", words=made[0][:60]))


def br_paragraphs(soup: BeautifulSoup) -> None:
    """A block of words parted by empty lines drawn with two line breaks (`…<br><br>1. Общие положения<br>1.1. …`: a
    whole policy in one text block, as Tilda and older editors write it) is a paragraph per part, as a reader sees
    them: one paragraph of line breaks would give the text no sections. A single break stays a break; a table's cell
    or a list's item stays one block. So is a run of words and line breaks between blocks, or straight in the page's
    body, as pages of the 1990s and 2000s are written (`<font>` around it, no `<p>` at all: adopt40, such a page was
    one block, without title or sections, its `<a name="s1">` anchors refused by the checks)."""
    _wrappers_parted(soup)
    for block in [soup, *soup.find_all(("p", "div", "center", "section", "article", "main", "blockquote"))]:
        if block.decomposed or block.parent is None and block is not soup or \
                block.find_parent(("td", "th", "li")) is not None:
            continue
        children = list(block.children)
        mixed = any(isinstance(child, Tag) and child.name not in INLINE for child in children)
        if mixed and block.name == "p":
            continue
        runs: list[list[PageElement]] = [[]]
        for child in children:  # (the runs of words between the blocks, each read as a block of its own)
            if isinstance(child, Tag) and child.name not in INLINE:
                runs.append([])
            else:
                runs[-1].append(child)
        for run in runs:
            if mixed and not _double_break(run):
                continue
            parts = _parts(run)
            if len(parts) < 2:
                continue
            place = soup.new_tag("span")  # (where the run stood, among the blocks)
            run[0].insert_before(place)
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
                break
            for leftover in run:  # (the breaks between the parts, and around them)
                if not leftover.decomposed and leftover.parent is block:
                    leftover.extract()
            for paragraph in made:
                place.insert_before(paragraph)
            place.decompose()


# Inline elements a site builder wraps a whole block's words in (`<p><span style="font-family:Georgia">…<br><br>…
# </span></p>`, Squarespace's and Wix's rich text, an editor's `<em>` over a whole notice)
_WRAPPERS = ("span", "em", "i", "strong", "b", "u", "small", "big", "mark", "s", "strike", "del", "ins")


def _wrappers_parted(soup: BeautifulSoup) -> None:
    """Each inline element whose words are parted by two line breaks in a row (see above), innermost first, parted
    with them: a span the page's CSS no longer needs (its styles read, css_marks) is unwrapped, another element (a
    mark, a span holding an id or a language) is one per part, the breaks between them. A block whose words were all
    in one `<span>` (adopt49: a Squarespace page's sections, `<b>1. What we collect</b><br>…`, one paragraph of line
    breaks) is then parted as any other."""
    for wrapper in reversed(soup.find_all(_WRAPPERS)):
        children = list(wrapper.children)
        if wrapper.decomposed or not _double_break(children) or wrapper.find_parent(("td", "th", "li")) is not None:
            continue
        if wrapper.name == "span" and not any(wrapper.has_attr(name) for name in ("id", "lang", "dir", "hidden")):
            wrapper.unwrap()
            continue
        for n, part in enumerate(_parts(children)):
            if n:
                wrapper.insert_before(soup.new_tag("br"))
                wrapper.insert_before(soup.new_tag("br"))
            copy = soup.new_tag(wrapper.name)
            copy.attrs = {k: v for k, v in wrapper.attrs.items() if k != "id" or not n}
            for child in part:
                copy.append(child.extract())
            wrapper.insert_before(copy)
        wrapper.decompose()


def _double_break(run: list[PageElement]) -> bool:
    """Whether `run` holds two line breaks in a row (white space between them)."""
    breaks = 0
    for child in run:
        if isinstance(child, Tag) and child.name == "br":
            breaks += 1
            if breaks >= 2:
                return True
        elif not (isinstance(child, NavigableString) and not child.strip()):
            breaks = 0
    return False


def _parts(children: list[PageElement]) -> list[list[PageElement]]:
    """`children` parted at each two line breaks or more in a row, the parts holding only white space left out."""
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
            elif parts[-1]:  # (breaks before a part's first words: none of its lines)
                parts[-1] += pending
            pending, breaks = [], 0
            parts[-1].append(child)
    return [part for part in parts if any(not isinstance(c, NavigableString) or c.strip() for c in part)]


def bold_lines_apart(soup: BeautifulSoup) -> None:
    """A paragraph that starts with a bold line holding a section number, then a line break and the section's text
    (`<p><strong>1. Who we are</strong><br>We are …</p>`, as editors write a heading and its text in one block): the
    bold line is a paragraph of its own, which `bold_headings` reads as a heading. Only where the page has no
    real section heading."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    _numbered_lines_apart(soup)
    numbered, unnumbered = [], []  # (paragraph, its children), by the kind of bold line it starts with
    for paragraph in soup.find_all("p"):
        children = _shown_children(paragraph)
        inner = [c for c in children[0].children if not (isinstance(c, NavigableString) and not c.strip())] \
            if children and isinstance(children[0], Tag) and children[0].name in ("strong", "b") else []
        if inner and isinstance(inner[-1], Tag) and inner[-1].name == "br":  # Word's break inside the bold run
            children[0].insert_after(inner[-1].extract())
            children = _shown_children(paragraph)
        if len(children) < 3 or not isinstance(children[0], Tag) or children[0].name not in ("strong", "b") \
                or not isinstance(children[1], Tag) or children[1].name != "br":
            continue
        words = " ".join(children[0].get_text(" ").split())
        number = heading_number(words)
        if number is not None and number[0][:1].isdigit() and len(words) <= 200:
            numbered.append((paragraph, children))
        elif _section_line(paragraph, words):
            unnumbered.append((paragraph, children))  # (adoption hunt 44: `<p><b>Who we are</b><br>We are …</p>`)
    # unnumbered lines apart only where they may be the sections `_unnumbered_bold_headings` reads (two or more),
    # counting the bold lines already standing alone (adopt59: Shopify's `<p><strong>Your Rights</strong><br>…` among
    # `<p><strong>Contact</strong></p>` lines stayed the section above's text, the only title not a section)
    alone = sum(1 for paragraph in soup.find_all("p") if _bold_only(paragraph) is not None
                and _section_line(paragraph, " ".join(paragraph.get_text(" ").split())))
    for paragraph, children in numbered or (unnumbered if len(unnumbered) + alone >= 2 else []):
        line = soup.new_tag("p")
        paragraph.insert_before(line)
        for child in list(paragraph.children):
            if child is children[1]:
                break
            line.append(child.extract())
        children[1].extract()


def _section_line(paragraph: Tag, words: str) -> bool:
    """Whether a bold line's `words`, opening `paragraph`, may be an unnumbered section's title: short, ending as no
    sentence, no date line, outside lists, tables, quotes and definitions."""
    return len(words.split()) <= HEADING_WORDS and not words.endswith(SENTENCE_END) and not dated_line(words) \
        and paragraph.find_parent(["li", "td", "th", "blockquote", "dd", "dt"]) is None


def _shown_children(paragraph: Tag) -> list[PageElement]:
    """`paragraph`'s children but white space and the empty anchors a line starts with (`<a name="s1"></a><b>1.
    Who we are</b><br>…`, an older page's target of its contents' links, which goes with the line)."""
    return [c for c in paragraph.children if not (isinstance(c, NavigableString) and not c.strip())
            and not (isinstance(c, Tag) and c.name == "a" and not c.has_attr("href") and not c.get_text(strip=True))]


def _numbered_lines_apart(soup: BeautifulSoup) -> None:
    """A bold line holding a section number between two line breaks inside a paragraph (`…Names.<br><strong>2.1
    Cookies</strong><br>We use …`: a subsection's title one break under the text above it, as a classic editor writes
    them) starts a paragraph of its own, which `bold_lines_apart` then parts from its text (session 43, adopt28: it
    stayed a bold line inside the section above, no section of its own)."""
    for paragraph in soup.find_all("p"):
        if paragraph.find_parent(["li", "td", "th", "blockquote", "dd", "dt"]) is not None:
            continue
        current = paragraph
        for bold in list(paragraph.find_all(["strong", "b"], recursive=False)):
            before, after = _line_edge(bold, "previous_sibling"), _line_edge(bold, "next_sibling")
            words = " ".join(bold.get_text(" ").split())
            number = heading_number(words)
            if not (isinstance(before, Tag) and before.name == "br" and isinstance(after, Tag) and after.name == "br"
                    and number is not None and number[0][:1].isdigit() and len(words) <= 200
                    and not lead_in(words)):
                continue
            part = soup.new_tag("p")
            for sibling in list(bold.next_siblings):
                part.append(sibling.extract())
            part.insert(0, bold.extract())
            before.extract()
            current.insert_after(part)
            current = part


def _line_edge(node: Tag, way: str) -> PageElement | None:
    """The sibling of `node` on the side `way` names, past white space."""
    sibling = getattr(node, way)
    while isinstance(sibling, NavigableString) and not sibling.strip():
        sibling = getattr(sibling, way)
    return sibling


# A bold numbered line that leads in to its text (`**0.3. Other cases. We may disclose your information also:**` over
# the list of cases, round 13's import of a real policy): a clause written in bold, not a section's title. It ends with
# a colon, or its title's sentence is followed by more words (two letters before the stop: `U.S.`, `e.g.` stay titles).
_SENTENCE_THEN_WORDS = re.compile(r"[^\W\d_]{2}[.!?]\s+\S+\s+\S")


def lead_in(words: str) -> bool:
    """Whether a bold line's words, a section number first, are a lead-in to text rather than a section's title."""
    number = heading_number(words)
    title = (number[1] if number is not None else words).strip()
    return title.endswith(":") or _SENTENCE_THEN_WORDS.search(title) is not None


def bold_headings(soup: BeautifulSoup, notes: Notes) -> None:
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
        if paragraph.decomposed:
            continue
        bold = _bold_only(paragraph) or _bold_after_number(paragraph)
        if bold is None:
            continue
        text = " ".join(paragraph.get_text(" ").split())
        number = heading_number(text)
        if number is None or len(text) > 200 or not number[0][:1].isdigit() or lead_in(text):
            continue
        paragraph.name = f"h{min(6, 1 + len(number[0].split('.')))}"
        bold.unwrap()
        found += 1  # (`Article 1` alone over its bold title `Objet`: one heading, number_titles, in every format)
    if found:
        notes.add(Said("convert.bold-numbered", count=found))
        _annex_headings(soup, notes)
        _capital_headings(soup, notes)
        _run_in_headings(soup, notes)
        _title_above(soup, notes)
    else:
        _unnumbered_bold_headings(soup, notes)


# An annex's title after a text's numbered sections (`ANNEXE 1 – LISTE DES COOKIES`, `Schedule A: Sub-processors`,
# `Anhang 2`): a section of its own, as the articles above it are (session 43, adopt28: it stayed a bold line, the
# annex's list read as the last article's text).
ANNEX = re.compile(r"^(?:annexe?|appendix|appendice|schedule|exhibit|anhang|anlage|anexo|allegato|bijlage|załącznik|"
                   r"příloha)\s+(?:\d{1,3}|[IVXLC]{1,6}|[A-Z])\b", re.I)


def annex_title(words: str) -> bool:
    """Whether a bold line's `words` are an annex's title: its word and number, then its title or nothing."""
    return bool(ANNEX.match(words)) and len(words.split()) <= HEADING_WORDS and not lead_in(words) \
        and not words.endswith(SENTENCE_END)


def _annex_headings(soup: BeautifulSoup, notes: Notes) -> None:
    """Each bold line of its own that is an annex's title (`annex_title`), once numbered lines became sections: a
    section, said."""
    found = []
    for paragraph in soup.find_all("p"):
        bold = _bold_only(paragraph)
        words = " ".join(paragraph.get_text(" ").split())
        if bold is None or not annex_title(words) or paragraph.find_parent(["li", "td", "th", "blockquote"]):
            continue
        paragraph.name = "h2"
        bold.unwrap()
        found.append(words)
    if found:
        notes.add(Said("convert.annex-headings", count=len(found), shown=quoted(found[:3])))


def _capitals(words: str) -> bool:
    """Whether `words` are written in capitals: letters of a cased script, none of them lower case."""
    letters = [c for c in words if c.isalpha() and c.lower() != c.upper()]
    return len(letters) >= 4 and not any(c.islower() for c in letters)


def _capital_headings(soup: BeautifulSoup, notes: Notes) -> None:
    """Once bold numbered lines written in capitals became sections (`SECTION 4 - SHOPIFY`), each bold line of its own
    after the first of them written as they are, in capitals, not numbered (`QUESTIONS AND CONTACT INFORMATION`,
    closing Shopify's privacy policy template): a section, said (adopt49: it was a bold line, the company's contact
    details read as §5's text). A line in capitals under headings that are not (`IMPORTANT`) stays a bold line, and
    so does a bold line in other type (`How do I withdraw my consent?`) or one leading in to its text."""
    headings = [tag for tag in soup.find_all(HEADINGS) if tag.name != "h1"]
    titles = [" ".join(tag.get_text(" ").split()) for tag in headings]
    numbers = [heading_number(title) for title in titles]
    if len(headings) < 2 or not all(number is not None and _capitals(number[1]) for number in numbers):
        return
    found = []
    for paragraph in headings[0].find_all_next("p"):
        bold = _bold_only(paragraph)
        words = " ".join(paragraph.get_text(" ").split())
        if bold is None or not _capitals(words) or heading_number(words) is not None or lead_in(words) \
                or len(words.split()) > HEADING_WORDS or words.endswith(SENTENCE_END) \
                or paragraph.find_parent(["li", "td", "th", "blockquote", "dd", "dt"]) is not None:
            continue
        paragraph.name = headings[0].name
        bold.unwrap()
        if not paragraph.has_attr("id") and soup.find(id=(slug := document.title_slug(words))) is None:
            paragraph["id"] = slug  # (its own id, as the site would give it: an unnumbered heading among numbered ones
            # needs one, structure.unnumbered-heading, which the first edit would have had to add)
        found.append(words)
    if found:
        notes.add(Said("convert.bold-capital-headings", count=len(found), shown=quoted(found[:3])))


def _run_in_headings(soup: BeautifulSoup, notes: Notes) -> None:
    """Among sections whose titles are bold lines become headings, a section whose bold title runs in at the start of
    its first paragraph (`<p><strong>7. App Stores.</strong> You acknowledge …</p>`), numbered as the one between the
    section headings around it, is a heading too, its text the paragraph under it (adoption 8: an SMS service's Word
    terms, §1, §7, §8 and §13 run in among bold lines, were "missing" to policy check). A run-in clause under a section
    (`1.1 Use.`) stays as written."""
    tags = soup.find_all(["p", *HEADINGS])
    tops = [(n, int(number[0])) for n, tag in enumerate(tags)
            if tag.name != "p" and (number := heading_number(" ".join(tag.get_text(" ").split())))
            and number[0].isdigit()]
    found = 0
    for n, tag in enumerate(tags):
        lead = first_content(tag) if tag.name == "p" else None
        if not isinstance(lead, Tag) or lead.name not in ("strong", "b"):
            continue
        title = " ".join(lead.get_text(" ").split())
        number = heading_number(title)
        if number is None or not number[0].isdigit() or len(title.split()) > HEADING_WORDS or lead_in(title) or \
                not tag.get_text().strip().removeprefix(lead.get_text().strip()).strip():
            continue
        above = [value for m, value in tops if m < n]
        below = [value for m, value in tops if m > n]
        if int(number[0]) != (above[-1] + 1 if above else 1) or (below and below[0] <= int(number[0])):
            continue
        heading = soup.new_tag(f"h{min(6, 1 + len(number[0].split('.')))}")
        heading.append(title)
        tag.insert_before(heading)
        lead.extract()
        rest = tag.contents[0] if tag.contents else None
        if isinstance(rest, NavigableString):  # (the space after the title: no paragraph opens with one)
            rest.replace_with(rest.lstrip())
        found += 1
        tops = sorted([*tops, (n, int(number[0]))])
    if found:
        notes.add(Said("convert.run-in", count=found))


# A section's heading written as a bold line of its own, unnumbered, over its text (`<p><strong>Sharing Personal
# Information</strong></p>`: Shopify's policy template, pages pasted into a site builder, Word files without heading
# styles): the text had no section at all (no anchors, no section in the history's changes, translations paired by
# nothing): adoption hunt 44. A line ending as a sentence or a lead-in does (`.`, `:`), one in a list, a table or a
# quote, and bold lines one after the other (a term and its definition, emphasis) are none.
HEADING_WORDS = 12
_TEXT_CELL_BLOCKS = 4
SENTENCE_END = (".", ":", ",", ";", "!")


def _unnumbered_bold_headings(soup: BeautifulSoup, notes: Notes) -> None:
    blocks = [tag for tag in soup.find_all(["p", "ul", "ol", "table", "blockquote", "div", "dl", "pre"])
              if tag.get_text(strip=True) and not tag.find(["p", "ul", "ol", "table", "blockquote", "div", "dl"])]
    candidates = []
    texts: dict[int, bool] = {}  # whether a table's cell holds a text (its own sections), by the cell's id
    schemes = _label_schemes(blocks)
    groups = _group_titles(blocks)
    for n, block in enumerate(blocks):
        bold = _bold_only(block) if block.name == "p" else None
        words = " ".join(block.get_text(" ").split())
        if bold is None or len(words.split()) > HEADING_WORDS or words.endswith(SENTENCE_END) \
                or block.has_attr(panels.PANEL_TITLE) or dated_line(words) \
                or block.find_parent(["li", "blockquote", "dd", "dt"]) is not None:
            continue
        cell = block.find_parent(["td", "th"])
        if cell is not None and id(cell) not in texts:
            texts[id(cell)] = cell.find(HEADINGS) is not None or len(cell.find_all("p", limit=_TEXT_CELL_BLOCKS)) \
                >= _TEXT_CELL_BLOCKS
        if cell is not None and not texts[id(cell)]:
            continue  # (a cell holding the text, a page laid out in a table, has its sections: a data cell has none)
        after = blocks[n + 1] if n + 1 < len(blocks) else None
        below = " ".join(after.get_text(" ").split()) if after is not None else ""
        # (a bold line over another is a term over its definition, unless that one opens the first of its parts, or
        # is a labelled line's lead-in to its list, `**III. FINALIDADES**` over `**Finalidades primarias:**`: adopt40,
        # section III stayed a bold line, its text read as section II's)
        if after is None or after.name == "p" and _bold_only(after) is not None and \
                not over_its_first_part(schemes.get(id(block), ""), schemes.get(id(after), ""), below) and \
                not (schemes.get(id(block)) and below.endswith(":")) and id(block) not in groups:
            continue
        candidates.append((block, bold))
    if len(candidates) < 2:
        return
    titled = soup.find("h1") is None and candidates[0][0] is blocks[0]  # the text's first line: its title
    grouped = any(id(block) in groups for block, _bold in candidates)
    order = list(dict.fromkeys(scheme for block, _bold in candidates if (scheme := schemes.get(id(block), ""))))
    for k, (block, bold) in enumerate(candidates):
        scheme = schemes.get(id(block), "")
        block.name = "h1" if titled and k == 0 else f"h{min(6, 2 + order.index(scheme))}" if scheme else \
            "h3" if grouped and id(block) not in groups else "h2"
        bold.unwrap()
        for span in block.find_all("span"):
            span.unwrap()
    notes.add(Said("convert.bold-lines/titled" if titled else "convert.bold-lines", count=len(candidates) - titled))
    if not titled:  # a title in bold over a bold subtitle, the first section's heading (adoption 6 of session 30: a
        # Word policy's "Privacy Policy" over "… Service Privacy policy"): the page had no title
        _title_above(soup, notes)



def dated_line(words: str) -> bool:
    """Whether a bold line's `words` are the text's date line (`**Last updated: May 2, 2023**`, as Shopify's policy
    template and many pasted texts set it under the title), not a section's title (adopt59: it became a section
    `## Last updated: May 2, 2023`, a section with no text, its day unread by the import)."""
    return _YEAR.search(words) is not None and datelines.date_line(words)


def _group_titles(blocks: list[Tag]) -> set[int]:
    """The ids of the bold lines among `blocks` that open the element holding their section, elements side by side
    each opened so (`<div id="s1"><p><strong>Interpretation and Definitions</strong></p><p><strong>Interpretation
    </strong></p>…</div><div id="s2"><p><strong>Collecting Your Data</strong>…`, as policy generators lay out a text):
    each a section's title, over its subsections' bold lines (adopt53: the one right over its first subsection's was
    read as a term over its definition, a bold line, its subsections sections beside the ones it holds)."""
    opening: dict[int, list[Tag]] = {}  # the bold lines opening an element, by the id of the element holding those
    for block in blocks:
        holder = block.parent
        if block.name != "p" or _bold_only(block) is None or not isinstance(holder, Tag) or \
                holder.name not in ("div", "section") or not isinstance(holder.parent, Tag):
            continue
        first = next((c for c in holder.children if isinstance(c, Tag) and c.get_text(strip=True) or
                      isinstance(c, NavigableString) and c.strip()), None)
        if first is block:
            opening.setdefault(id(holder.parent), []).append(block)
    return {id(block) for found in opening.values() if len(found) >= 2 for block in found}


# A bold line's outline label, as a text numbers its parts without heading styles: `I.`, `II.` over `A.`, `B.` over
# `1.`, `a)` (session 43, adopt28: `**II. WHAT WE COLLECT**` right over `**A. Information you give us**` stayed a bold
# line, as two bold lines in a row are a term and its definition, and `A.` and `B.` were sections beside `I.`, `III.`).
_OUTLINE_LABEL = re.compile(r"^(?:(?P<roman>[IVXLC]+)|(?P<upper>[A-Z])|(?P<digit>\d{1,3})|(?P<lower>[a-z]))[.)]\s+\S")


def label_schemes(lines: list[str]) -> list[str]:
    """How each of a text's bold lines (`lines`, their words in order) counts: "roman", "upper", "digit", "lower", or
    "" (no label). `I.`, `V.`, `X.` are numerals where the lines count in Roman numerals (one is labelled `II.` or
    more), unless they follow the letter before them (`H.` then `I.`); `L.` and `C.` are letters."""
    labels = [_OUTLINE_LABEL.match(words) for words in lines]
    roman = any(label and label["roman"] and len(label["roman"]) > 1 for label in labels)
    schemes = []
    letter = ""
    for label in labels:
        numeral = label["roman"] or "" if label else ""
        if label is None:
            schemes.append("")
        elif len(numeral) > 1 or roman and numeral in ("I", "V", "X") and chr(ord(numeral) - 1) != letter:
            schemes.append("roman")
        else:
            letter = numeral or label["upper"] or letter
            schemes.append("upper" if numeral or label["upper"] else "digit" if label["digit"] else "lower")
    return schemes


def over_its_first_part(above: str, below: str, words: str) -> bool:
    """Whether a bold line counted as `above` (label_schemes) stands right over the first of its parts, a bold line of
    `words` counted otherwise, `below`, from its first (`II. WHAT WE COLLECT` over `A. Information you give us`)."""
    first = _OUTLINE_LABEL.match(words)
    return bool(above and below and above != below and first is not None
                and (first.group(first.lastgroup or "") or "") in ("I", "A", "1", "a"))


def _label_schemes(blocks: list[Tag]) -> dict[int, str]:
    """label_schemes of the bold lines among `blocks`, by their ids."""
    lines = [block for block in blocks if block.name == "p" and _bold_only(block) is not None]
    return dict(zip([id(line) for line in lines], label_schemes([" ".join(line.get_text(" ").split())
                                                                 for line in lines]), strict=True))


def _title_above(soup: BeautifulSoup, notes: Notes) -> None:
    """Once bold lines or clauses became sections: a bold line alone above the first of them, where the page has no
    title, is the document's title; so is a plain first line whose words may be a title (`Privacy Notice` typed in
    Normal over `**1. Who we are**`: adopt36, it stayed a paragraph above the sections, the text untitled), as over
    Word's numbered lines (_plain_title_above)."""
    top = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()), None)
    breaks = []  # the line breaks ending it (Word's `Privacy Policy` + Shift+Enter, as mammoth writes it)
    for child in reversed(list(top.children) if top is not None and top.name == "p" else []):
        if isinstance(child, Tag) and child.name == "br":
            breaks.append(child)
        elif not (isinstance(child, NavigableString) and not child.strip()):
            break
    for line_break in breaks:
        line_break.extract()
    bold = _bold_only(top) if top is not None and top.name == "p" else None
    if top is not None and bold is not None and not soup.find("h1") and len(top.get_text().strip()) <= 150:
        top.name = "h1"  # the bold line above the first section: the document's title
        bold.unwrap()
        notes.add(Said("convert.bold-title"))
    elif top is not None:
        for line_break in reversed(breaks):
            top.append(line_break)
        if bold is None and top.find_parent(["li", "table", "blockquote", "aside"]) is None:
            _plain_title_above(soup, notes)


def _bold_headings_between(soup: BeautifulSoup, notes: Notes) -> None:
    """`bold_headings` in a text with headings: a bold paragraph whose number follows the numbered heading above it
    (its next sibling, first child or an ancestor's next) is the heading of that number, its spacing (a tab Word
    saved as no-break spaces) one space (adoption hunt 34: a section typed in bold among styled ones was a bold line,
    its number missing from the sections)."""
    _bold_headings_before(soup, notes)
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
                parts not in _following(before) or lead_in(text):
            continue
        level += len(parts) - len(before)  # beside the heading above, as deep as its number
        tag.name = f"h{min(6, max(1, level))}"
        tag.clear()
        tag.append(text)
        before = parts
        found += 1
    if found:
        notes.add(Said("convert.bold-between", count=found))


def _bold_headings_before(soup: BeautifulSoup, notes: Notes) -> None:
    """The bold paragraphs numbered from 1 up to the first numbered heading, its number following theirs (`**1.
    Introduction**`, `**2. Data**`, then `<h2>3. Cookies</h2>`: a site builder's page whose later sections were given
    a heading style, adopt30): headings at its level, as deep as their numbers, said. They were bold lines, the page's
    §1 and §2 missing (`structure.number-skipped`)."""
    run: list[tuple[Tag, str, tuple[int, ...]]] = []
    for tag in soup.find_all(["p", *HEADINGS]):
        text = " ".join(tag.get_text(" ").split())
        number = heading_number(text)
        parts = tuple(int(n) for n in number[0].split(".")) if number and NUMBER.fullmatch(number[0]) else None
        if tag.name != "p":
            if parts is None:
                continue  # (the title, an unnumbered heading above the sections)
            if not numbered_up_to([numbered for _t, _w, numbered in run], parts):
                return
            level = int(tag.name[1])
            for line, words, numbered in run:
                line.name = f"h{min(6, max(1, level - len(parts) + len(numbered)))}"
                line.clear()
                line.append(words)
            notes.add(Said("convert.bold-before", count=len(run), heading=text[:60]))
            return
        if parts is not None and _bold_only(tag) is not None and len(text.split()) <= 15 and not lead_in(text):
            run.append((tag, text, parts))


def numbered_up_to(run: list[tuple[int, ...]], heading: tuple[int, ...]) -> bool:
    """Whether the numbers `run` (of bold lines, in order) count from 1 each after the one before, up to `heading`'s
    (the first numbered heading's, after them): `1.`, `2.`, then `3.`, or `1.`, `1.1`, then `2.`."""
    return bool(run) and run[0] == (1,) and heading in _following(run[-1]) and all(
        later in _following(earlier) for earlier, later in zip(run, run[1:]))


def _following(number: tuple[int, ...]) -> list[tuple[int, ...]]:
    """The numbers that may follow `number`: its first child, its next sibling, or an ancestor's."""
    return [number + (1,)] + [number[:depth - 1] + (number[depth - 1] + 1,) for depth in range(len(number), 0, -1)]


def sections_as_titles(soup: BeautifulSoup, notes: Notes, word_levels: int | None, title_tops: bool = False,
                       names: Mapping[int, str] | None = None) -> None:
    """A text whose numbered sections are top headings, as its title is (`<h1>Privacy Policy</h1>` … `<h1>1. Who we
    are</h1>`: a designer's biggest heading for each, a Word document's Heading 1 for all), or with no title at all,
    or whose title is followed by sections of its level right away, numbered or not: its sections as sections (##),
    each heading below them one level down. Read as they were, the first section was
    the page's title and every other a second title (structure.level at each). `title_tops`: the <h1>s are Word's
    Title paragraphs, said so (round 13: "sections in Heading 1", a style the document did not use); `names`: the
    styles a document names its headings of each level by (heading_depth.heading_name)."""
    titles = [h for h in soup.find_all("h1") if h.get_text(strip=True)]
    words = [" ".join(list_passes.WORD_LABEL_RE.sub(lambda found: found.group(1) + " ", h.get_text(" ")).split())
             for h in titles]
    numbered = [(number := heading_number(text)) is not None and number[0][:1].isdigit() for text in words]
    # unnumbered, as GitHub draws a README (and the Markdown import reads it): the title's next heading is an <h1>
    readme = len(titles) > 1 and not numbered[0] and titles[0].find_next(HEADINGS) is titles[1]
    # unnumbered under a plain first line that may be a title (a generator's Word file, `Privacy Policy` typed in
    # Normal over its sections in Word's Title style: adoption 13 of session 36), which stays the text's title
    plain = len(titles) > 1 and not any(numbered) and _plain_line_above(soup, titles[0]) is not None
    if len(titles) < 2 or not readme and not plain and (not any(numbered[1:]) or not numbered[0]
                                                        and not all(numbered[1:])):
        return  # (several titles, each over its sections: a privacy and a cookie policy on one page)
    first = None if numbered[0] else titles[0]
    named = heading_depth.heading_name(1, names)  # (the style of an OpenDocument's, `Chapitre`, else Heading 1)
    top: str = Said("convert.top/word-title") if title_tops else "<h1>" if word_levels is None else \
        Said("convert.top/style", name=named.fields["name"]) if named.key == "convert.style-heading" else \
        Said("convert.top/word")
    line = _plain_line_above(soup, titles[0]) if first is None or readme or plain else None
    if line is not None:  # (the first line, above sections all written alike: the text's title, as Word's Title)
        first, line.name = line, "h1"
        notes.add(Said("convert.plain-line-title", words=" ".join(line.get_text(" ").split()), count=len(titles),
                       top=top))
    below = first.find_all_next(HEADINGS) if first is not None else soup.find_all(HEADINGS)
    written = [int(heading.name[1]) for heading in below]
    levels, shared = heading_depth.one_down(written)
    for heading, level in zip(below, levels, strict=True):
        heading.name = f"h{level}"
    notes.add(Said("convert.top-sections" + ("" if first is not None else "/untitled"), count=len(below), top=top))
    heading_depth.say(written, shared, notes, word=word_levels is not None, names=names)


def _plain_line_above(soup: BeautifulSoup, heading: Tag) -> Tag | None:
    """The text's first paragraph, above `heading`, where its words may be a title (`Acme Privacy Policy`, typed in
    Word's Normal style over sections in Heading 1), not a list's, a table's, a quote's, nor a link."""
    line = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()), None)
    if line is None or line.name != "p" or line.find("a") is not None or \
            line.find_parent(["li", "table", "blockquote", "aside"]) is not None or \
            heading not in line.find_all_next("h1", limit=1):
        return None
    if not word_title.title_like(" ".join(line.get_text(" ").split())):
        return None
    if (bold := _bold_only(line)) is not None:  # (a title's own weight: not words in bold)
        bold.unwrap()
    return line


def bold_title(soup: BeautifulSoup, notes: Notes) -> None:
    """A text without title whose first line, above its first section heading, is a short bold paragraph of words
    (`**PRIVACY POLICY**`, as Word users title a document whose headings are styled, in a bold, larger Normal
    paragraph): that line is its title. A line with a number or a colon (a date, "Last updated:") is none."""
    first = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()
                  and tag.find_parent("table") is None), None)
    if first is None or first.name != "p" or soup.find("h1") is not None or first.find_next(HEADINGS) is None:
        return
    bold = _bold_only(first)
    words = " ".join(first.get_text(" ").split())
    if bold is None or len(words.split()) > 12 or re.search(r"[\d:]", words):
        return
    if _tables_above(first) is None:
        return
    first.name = "h1"
    bold.unwrap()
    notes.add(Said("convert.bold-line-title", words=words))


def tables_above_title(soup: BeautifulSoup, notes: Notes) -> None:
    """The tables written above a text's title (<h1>), nothing else above it (a Word document's control table, its
    versions and their dates, over its title: Word's Title style or a bold line `bold_title` made the title) moved
    under it, said: a page starts with its title (adopt21: above a Title paragraph or an HTML page's <h1> they stayed
    above it, while above a bold line they moved)."""
    title = soup.find("h1")
    if title is None or title.find_parent("table") is not None:
        return
    above = _tables_above(title)
    if not above:
        return
    for table in reversed(above):
        title.insert_after(table.extract())
    notes.add(Said("convert.tables-above-title", count=len(above), words=" ".join(title.get_text(" ").split())))


def _tables_above(line: Tag) -> list[Tag] | None:
    """The tables written above a text's first line, all that is above it (a Word document's table of its versions
    and their dates, over its title), or None where words are above it outside a table."""
    tables: list[Tag] = []
    for before in line.find_all_previous(string=True):
        if before.strip():
            table = before.find_parent("table")
            if table is None:
                return None
            while (outer := table.find_parent("table")) is not None:
                table = outer
            if table not in tables:
                tables.append(table)
    return list(reversed(tables))


def heading_levels(soup: BeautifulSoup, notes: Notes, word_levels: int | None = None,
                   names: Mapping[int, str] | None = None) -> None:
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
    if counted and _levels_read([int(h.name[1]) - shift for h in headings], headings):
        counted = False  # levels the numbers agree with as written (articles under chapters under titles): kept
    moved = 0
    for heading, number in zip(headings, numbered):
        level = min(6, 1 + len(number.split("."))) if counted and number else int(heading.name[1]) - shift
        if heading.name != f"h{level}":
            heading.name = f"h{level}"
            moved += 1
    if moved:
        notes.add(Said("convert.heading-levels/numbered", count=moved) if counted else
                  Said("convert.heading-levels/page", count=moved, level=shift + 2) if word_levels is None else
                  Said("convert.heading-levels/word", count=moved,
                       heading=heading_depth.heading_name(shift + 2 - word_levels, names)))


def _levels_read(levels: list[int], headings: list[Tag]) -> bool:
    """Whether `headings` at `levels` are read by the checks as articles under chapters, none to move (no
    `structure.level`, no number repeated): `第1章` over `第1条`, `TITRE I` over `Chapitre 1` over `Article 1`, each a
    level of its own, the articles numbered on across them (adopt30: each was moved to its number's depth, `##`, and
    the chapters were numbers repeated); so are the points of each article numbered from 1 again one level under it
    (`## 一、…` over `### 1. …`: §1.1, adopt48: each was moved to `##`, a number repeated)."""
    from policysite import document

    outline = "".join(f"{'#' * level} {' '.join(h.get_text(' ').split())}\n\nx\n\n" for h, level in
                      zip(headings, levels, strict=True))
    read = document.parse(f"---\ndate: 2000-01-01\n---\n# T\n\n{outline}", path="", lang="und")
    return any(section.under_chapter or section.reread for section in read.sections) and not any(
        problem.rule in ("structure.level", "structure.number-repeated") for problem in read.problems)


def _bold_only(tag: Tag | None) -> Tag | None:
    """The <strong> or <b> that is all of `tag` (itself, or a paragraph holding only it, in spans too: a Wix page's
    `<p><span class="wixui-…"><strong>`), else None."""
    while tag is not None and tag.name in ("p", "span"):
        children = _shown_children(tag)  # (an older page's `<a name="s1"></a>` before its bold line goes with it)
        tag = children[0] if len(children) == 1 and isinstance(children[0], Tag) else None
    return tag if tag is not None and tag.name in ("strong", "b") and tag.get_text().strip() else None


def _bold_after_number(tag: Tag) -> Tag | None:
    """The <strong> or <b> holding all of a paragraph's words but the section number typed in plain before it
    (`<p><span>1. <b>Introduction</b></span></p>`, as a generator's template saved from Word writes each section's
    title: adoption 13 of session 36), else None."""
    children: list[PageElement] = []
    while tag is not None and tag.name in ("p", "span"):
        children = [c for c in tag.children if not (isinstance(c, NavigableString) and not c.strip())]
        if len(children) != 1 or not isinstance(children[0], Tag):
            break
        tag = children[0]
    bold = children[-1] if len(children) >= 2 else None
    if not isinstance(bold, Tag) or bold.name not in ("strong", "b") or any(
            isinstance(c, Tag) and (c.name != "span" or c.find(True)) for c in children[:-1]):
        return None
    title = " ".join(bold.get_text(" ").split())
    number = heading_number(" ".join(tag.get_text(" ").split()))
    return bold if title and number is not None and number[1] == title else None


def clause_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """A numbered list whose every item starts with a bold line (`1. **Who we are**` over its clauses 1.1, 1.2…), as
    law firms number a notice with one multi-level Word list and no heading styles: each item is a section, its bold
    line the heading numbered as the item was, its clauses under it. Only where the page has no section heading."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    count, plain, numbered = 0, False, []
    for listing in soup.find_all("ol"):
        if listing.find_parent(["ol", "ul"]) is not None:
            continue
        items = listing.find_all("li", recursive=False)
        bolds = [clause_title(item) for item in items]
        firsts = [bold or _plain_clause_title(item) for bold, item in zip(bolds, items)]
        if len(items) < 2 or not all(f is not None and len(f[0].get_text().strip()) <= 150 for f in firsts) \
                or not any(item.find(["ol", "ul", "p"], recursive=False) for item in items):
            continue
        start = int(str(listing["start"])) if str(listing.get("start", "")).isdigit() else 1
        numbered.append(_numbered_by([listing]))
        for n, (item, found) in enumerate(zip(items, firsts), start):
            if found is None:
                continue
            first, label = found
            title = " ".join(first.get_text().split())
            drawn = list_passes.WORD_LABEL_RE.fullmatch(str(label)) if label is not None else None
            if label is not None:  # Word's own number of the item, written before it: the section's
                number = _LABEL.fullmatch(str(label))
                n = int(next(g for g in number.groups() if g)) if number else n
                label.extract()
            heading = soup.new_tag("h2")  # (a label in words, `ARTICLE I -`, as Word draws it)
            heading.string = f"{' '.join(drawn.group(1).split())} {title}" if drawn else f"{n}. {title}"
            parent = first.parent
            (parent if isinstance(parent, Tag) and parent.name == "p" else first).replace_with(heading)
            item.name = "div"
        listing.name = "div"
        count += 1
        plain = plain or None in bolds
    if not count:
        return
    by = "word" if "word" in numbered else numbered[0] if len(set(numbered)) == 1 else "page"
    notes.add(Said("convert.word-clauses/plain" if plain else _CLAUSES[by]))
    _title_above(soup, notes)


def clause_runs(soup: BeautifulSoup, notes: Notes) -> None:
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
        found = _plain_numbered_lines(soup)
        if not found:
            return
        odt = _numbered_by([listing for listing, *_rest in found]) == "odt"
        notes.add(Said("convert.numbered-items/odt-plain" if odt else "convert.word-numbered-items/plain",
                       count=len(found)))
    else:
        notes.add(Said(_ITEMS[_numbered_by([listing for listing, *_rest in found])], count=len(found)))
    for listing, number, title, _depth in found:  # a heading at its number's depth (`2.1.` a ###)
        heading = soup.new_tag(f"h{min(6, 1 + len(number.rstrip('.').split('.')))}")
        heading.string = f"{number} {title}"
        listing.replace_with(heading)
    _plain_title_above(soup, notes)


def typed_numbered_lines(soup: BeautifulSoup, notes: Notes) -> None:
    """Paragraphs of a few words in plain type starting with a section number typed by hand (`1. Introduction`,
    `2.1 Access`), each over paragraphs of text, numbered 1, then each the next of the one before (its first child,
    its next sibling or an ancestor's), in a text with no section heading: each is the heading of its number, at its
    number's depth, and the text's plain first line its title (adoption 11 of session 34: a Word document typed so
    had no section and no title). A typed list (`1. Name` over `2. E-mail`, no text between) stays as it is. The line
    may open its paragraph, its text on the lines under it (`1. Who we are<br>Acme Ltd.`, as Wix and Squarespace pages
    are typed: adopt30, they were paragraphs, the text without sections)."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    lines: list[tuple[Tag, str, tuple[int, ...]]] = []
    split: dict[int, Tag] = {}  # a paragraph whose first line is such a line, its text under it: the line break
    for paragraph in soup.find_all("p"):
        if paragraph.find_parent(["li", "table", "blockquote", "aside"]) is not None:
            continue
        broken = _first_line_break(paragraph)
        if broken is not None:
            split[id(paragraph)] = broken
            text = " ".join("".join(node.get_text() if isinstance(node, Tag) else str(node)
                                    for node in reversed(list(broken.previous_siblings))).split())
        elif paragraph.find("a"):
            continue
        else:
            text = " ".join(paragraph.get_text().split())
        line = re.fullmatch(r"(\d{1,2}\.(?:\d{1,2}\.?)*)\s+(\S.*)", text)  # (`1.`, `2.1`: not `3 years`)
        if line is not None and word_title.title_like(line.group(2)):
            lines.append((paragraph, text, tuple(int(n) for n in line.group(1).rstrip(".").split("."))))
        elif (article := _article_line(text)) is not None:
            lines.append((paragraph, text, (article,)))
    found: list[tuple[Tag, str, tuple[int, ...]]] = []
    contents = _typed_contents(lines)
    for paragraph, text, parts in lines[contents:]:
        following = paragraph.find_next_sibling()
        if id(paragraph) not in split and (following is None or following.name not in ("p", "ul", "ol", "table")):
            return
        if parts not in (_following(found[-1][2]) if found else [(1,)]):
            return
        found.append((paragraph, text, parts))
    # a typed list (`1. Name` over `2. E-mail`) stays; a heading right over its first subsection's (`Article 2 –
    # Données` over `2.1 Données fournies`, each over its text) is one (adopt51: the document had no section)
    numbered = {id(paragraph): parts for paragraph, _t, parts in found}
    if len(found) < 2 or any(_typed_line(following) and not len(numbered.get(id(following), ())) > len(parts)
                             for paragraph, _t, parts in found if id(paragraph) not in split
                             and (following := paragraph.find_next_sibling()) is not None):
        return
    for paragraph, text, parts in found:
        heading = soup.new_tag(f"h{min(6, 1 + len(parts))}")
        heading.string = text
        if id(paragraph) in split:  # `1. Who we are<br>Acme Ltd.`: the heading over the paragraph's other lines
            broken = split[id(paragraph)]
            for node in list(broken.previous_siblings):
                node.extract()
            broken.extract()
            paragraph.insert_before(heading)
        else:
            paragraph.replace_with(heading)
    notes.add(Said("convert.typed-numbered-lines", count=len(found)))
    if contents:
        targets = _contents_targets(lines[:contents], found)
        if isinstance(targets, str):
            notes.add(Said("convert.typed-contents/unlinked", count=contents, first=lines[0][1][:60],
                           entry=targets[:60]))
        else:
            for (paragraph, _text, _parts), target in zip(lines[:contents], targets, strict=True):
                link = soup.new_tag("a", attrs={"href": target})
                for child in list(paragraph.contents):
                    link.append(child.extract())
                paragraph.append(link)
            notes.add(Said("convert.typed-contents", count=contents, first=lines[0][1][:60]))
    _plain_title_above(soup, notes)


# An article's line as Japanese, Chinese and Korean texts type it: its number (`第1条`, `第十二条`, `第１条`,
# `제1조`) alone, or before its title in brackets or after a space (`第1条（利用目的）`, `제2조 (목적)`), the title
# no sentence (no `。`, `、`, `.`, `,`): typed in plain in a Word document without heading styles, as Japanese
# policies often are, they were paragraphs, and the whole text one section (company14).
_ARTICLE = re.compile(r"(?:第\s*[0-9０-９一二三四五六七八九十百〇零]{1,6}\s*[条條]|제\s*[0-9]{1,3}\s*조)"
                      r"(?:\s*[（(][^（()）。、.,]{1,30}[）)]|\s+[^\s。、.,：:]{1,30})?")


# An article's line as contracts in Latin letters type it: `Article 3 – Objet`, `Art. 3: Purpose`, `Artikel 3 Zweck`,
# `Artículo 3. Datos`, `§ 3 Rechte`, its title a few words (adopt51: a Word document typed so had no section).
_LATIN_ARTICLE = re.compile(r"(?i:article|art\.|artikel|artículo|articolo|artigo|artykuł|§)\s*\d{1,3}(?!\d)")


def _article_line(text: str) -> int | None:
    """The number of an article's line (_ARTICLE, _LATIN_ARTICLE), or None for any other words."""
    latin = _LATIN_ARTICLE.match(text) is not None
    if not latin and not _ARTICLE.fullmatch(text):
        return None
    number = heading_number(text)
    if latin and (number is None or not number[1] or len(number[1].split()) > 10
                  or not word_title.title_like(number[1])):
        return None
    return int(number[0]) if number is not None and number[0].isdigit() else None


def _contents_targets(entries: list[tuple[Tag, str, tuple[int, ...]]],
                      headings: list[tuple[Tag, str, tuple[int, ...]]]) -> list[str] | str:
    """The in-page link of each typed contents entry (paragraph, words, number) to the one heading of `headings` it
    names (its number, its words alike): `#s1-2`, the id the site gives a numbered heading; else the words of the
    first entry that names none or several, each entry kept as text (a reader's link must land where it says)."""
    targets = []
    for _paragraph, text, parts in entries:
        named = [words for _tag, words, number in headings if number == parts and _alike(text, words)]
        if len(named) != 1:
            return text
        targets.append("#s" + "-".join(map(str, parts)))
    return targets


def _typed_contents(lines: list[tuple[Tag, str, tuple[int, ...]]]) -> int:
    """How many of the typed numbered `lines` (paragraph, words, number) are the text's typed table of contents: the
    first lines, numbered from 1 one after the other with no text between, whose numbers and words (a word may
    differ) the lines after them, numbered from 1 again, repeat in order (the sections' own lines); 0 where there is
    none. A generated policy pasted into Word (its headings in plain type, its contents typed above them) had no
    section: the contents' `15.` followed by the first section's `1.` ended the pass (session 42, adopt26)."""
    for count in range(2, len(lines)):
        if lines[count][2] != (1,):
            continue
        later = iter(lines[count:])
        repeated = all(any(parts == line[2] and _alike(text, line[1]) for line in later)
                       for _p, text, parts in lines[:count])
        together = all(_next_filled(line[0]) is lines[n + 1][0] for n, line in enumerate(lines[:count - 1]))
        return count if repeated and together else 0
    return 0


def _alike(one: str, other: str) -> bool:
    """Whether two lines read as one title (a contents' entry and its section's line: a word may differ)."""
    return difflib.SequenceMatcher(None, one.casefold().split(), other.casefold().split()).ratio() >= 0.8


def _next_filled(tag: Tag) -> Tag | None:
    """The next sibling element holding words (an empty paragraph Word writes between lines is skipped)."""
    following = tag.find_next_sibling()
    while following is not None and not following.get_text(strip=True):
        following = following.find_next_sibling()
    return following


def _first_line_break(paragraph: Tag) -> Tag | None:
    """The `<br>` ending a paragraph's first line where that line is words alone (no link, no bold: a site builder's
    paragraph typed `1. Who we are`, Shift+Enter, its text) and words follow it, else None."""
    breaks = paragraph.find_all("br", recursive=False)
    if not breaks:
        return None
    first = breaks[0]
    before = list(first.previous_siblings)
    if not before or any(isinstance(node, Tag) and (node.name not in ("span", "em", "i") or node.find(["a", "br"]))
                         for node in before):
        return None
    after = "".join(node.get_text() if isinstance(node, Tag) else str(node) for node in first.next_siblings)
    return first if after.strip() and not re.match(r"\s*\d{1,2}\.(?:\d{1,2}\.?)*\s", after) else None  # (a list)


def _typed_line(tag: Tag) -> bool:
    """Whether a paragraph is a line starting with a typed number (`2. E-mail`)."""
    return tag.name == "p" and re.match(r"\d{1,2}\.(?:\d{1,2}\.?)*\s", " ".join(tag.get_text().split())) is not None


def _plain_numbered_lines(soup: BeautifulSoup) -> list[tuple[Tag, str, str, int]]:
    """(the list, Word's number, the line, 0) of each top list of one item holding a line of a few words in plain
    type numbered by Word (`1.` Introduction), where every top list is one, two or more of them numbered 1, 2, 3 …,
    each over paragraphs of text, the first after no lead-in (`We use it to:`): the sections of a text whose
    headings are Word's numbered lines (adoption 11 of session 34: a list item each, no section, no title)."""
    found: list[tuple[Tag, str, str, int]] = []
    for listing in soup.find_all(["ol", "ul"]):
        if listing.find_parent(["ol", "ul", "table"]) is not None:
            continue
        items = filled(listing)
        words = items[0].get_text() if len(items) == 1 and items[0].name == "li" and not filled(items[0]) else ""
        line = _plain_line(listing, words)
        if line is None or not word_title.title_like(line[1]):
            return []
        following = listing.find_next_sibling()
        if following is None or following.name != "p":
            return []
        found.append((listing, f"{line[0]}.", " ".join(line[1].split()), 0))
    before = found[0][0].find_previous_sibling() if found else None
    if len(found) < 2 or [int(n.rstrip(".")) for _l, n, _t, _d in found] != list(range(1, len(found) + 1)) or \
            before is not None and before.get_text().strip().endswith(":"):
        return []
    return found


def _plain_line(listing: Tag, words: str) -> tuple[str, str] | None:
    """(the number, the words) of a list's one line: Word's number before it, or an OpenDocument text's list style
    numbering it (its `start`: adopt42, LibreOffice's plain numbered lines stayed list items where Word's became
    sections)."""
    word = re.fullmatch(r"\s*\ue002(\d{1,3})\ue003\s*(.+?)\s*", words, re.S)
    if word is not None:
        return word.group(1), word.group(2)
    start = str(listing.get("start") or "1")
    if listing.name == "ol" and listing.has_attr("data-odt-list") and start.isdigit() and words.strip():
        return start, words.strip()
    return None


def _plain_title_above(soup: BeautifulSoup, notes: Notes) -> None:
    """Once Word's numbered lines became sections: the text's first line, a plain paragraph whose words may be a
    title, above the first of them, where the page has no title, is its title."""
    top = next((tag for tag in soup.find_all(["p", *HEADINGS]) if tag.get_text().strip()), None)
    if top is None or top.name != "p" or soup.find("h1") is not None or top.find("a") is not None or \
            not word_title.title_like(" ".join(top.get_text().split())):
        return
    top.name = "h1"
    notes.add(Said("convert.first-line-title", words=" ".join(top.get_text().split())))


# What numbered a text's sections, said by the notes: Word, Google Docs, or an HTML page's own <ol> (adopt39: a Google
# Docs export's and a web page's were said "numbered by Word … no heading styles")
_ITEMS = {"word": "convert.word-numbered-items", "google": "convert.numbered-items/google",
          "odt": "convert.numbered-items/odt", "page": "convert.numbered-items/page"}
_CLAUSES = {"word": "convert.word-clauses", "google": "convert.numbered-clauses/google",
            "odt": "convert.numbered-clauses/odt", "page": "convert.numbered-clauses/page"}


def _numbered_by(listings: list[Tag]) -> str:
    """"word" where Word numbered one of `listings` (its number's mark in a .docx, an .odt's, the number Word's page
    wrote), else "google" where they are all a Google Docs export's lists, "odt" where they are an OpenDocument
    text's (adopt40: LibreOffice's were said an HTML page's <ol>), else "page", an HTML page's own lists."""
    for listing in listings:
        words = listing.get_text()
        if listing.select_one("[data-word-number]") is not None or list_passes.WORD_NUMBER_RE.search(words) or \
                list_passes.WORD_LABEL_RE.search(words):
            return "word"
    google = all(listing.has_attr("data-list") or listing.select_one("[data-list]") for listing in listings)
    odt = all(listing.has_attr("data-odt-list") for listing in listings)
    return "google" if google else "odt" if odt else "page"


def _titled_item(listing: Tag, depth: int) -> tuple[str, str, int] | None:
    """(Word's number, the bold title, its depth) of a list that is one item holding only Word's number and a bold
    line, or one item holding only such a list (in a .docx or the page Word saved)."""
    items = filled(listing)
    if len(items) != 1 or items[0].name != "li" or depth > 3:
        return None
    item = items[0]
    inside = filled(item)
    if len(inside) == 1 and inside[0].name in ("ol", "ul"):  # (no words beside it: _filled)
        return _titled_item(inside[0], depth + 1)
    parts = [c for c in item.children if c.get_text().strip()]  # (an emptied element: a label Word's page bolded)
    label = str(parts.pop(0)).strip() if parts and isinstance(parts[0], NavigableString) else ""
    if len(parts) != 1 or not isinstance(parts[0], Tag) or (bold := _bold_only(parts[0])) is None:
        return None
    number, drawn = list_passes.WORD_NUMBER_RE.fullmatch(label), list_passes.WORD_LABEL_RE.fullmatch(label)
    # Word's number or label (a .docx), a label typed or kept from Word's page (`2.1.`), or Word's page's numbered
    # list, which starts at Word's number
    # (a Google Docs export's: the label its CSS draws, `2.1.` for an item of the list's second level: adopt55, it
    # was its list's start, `1.`, a section of its own numbered again)
    google = list_passes.google_label(listing, item) if listing.name == "ol" else None
    written = f"{number.group(1)}." if number else drawn.group(1).strip() if drawn else label or (
        google.strip() if google else f"{listing['start']}." if listing.name == "ol" and listing.has_attr("start")
        else "")
    if not re.fullmatch(r"\d{1,3}(?:\.\d{1,3})*\.?", written) or len(bold.get_text()) > 150:
        return None
    return written, " ".join(bold.get_text().split()), depth


_LABEL = re.compile(r"\s*(?:\ue002(\d{1,3})\ue003|(\d{1,3})[.)]?)\s*")  # Word's number (WORD_NUMBER), or typed


def clause_title(item: Tag) -> tuple[Tag, NavigableString | None] | None:
    """An item's bold first line, and the label Word wrote before it (`1`), if any."""
    children = [c for c in item.children if not (isinstance(c, NavigableString) and not c.strip())]
    label = children[0] if children and isinstance(children[0], NavigableString) else None
    if label is not None and (_LABEL.fullmatch(str(label)) or _section_label(str(label))) and len(children) > 1 \
            and isinstance(children[1], Tag):
        bold = _bold_only(children[1])
        return (bold, label) if bold is not None else None
    bold = _bold_only(first_content(item))
    return (bold, None) if bold is not None else None  # (a typed label is read by _LABEL too)


def _section_label(label: str) -> bool:
    """Whether `label` is the label Word draws before an item (to_markdown.WORD_LABEL's marks) that numbers a section
    in words or Roman capitals or a capital letter (`ARTICLE I -`, `Article 1 –`, `II.`, `B.`), not a list's (`a)`,
    `(iv)`)."""
    drawn = list_passes.WORD_LABEL_RE.fullmatch(label.strip())
    words = " ".join(drawn.group(1).split()) if drawn else ""
    return bool(words) and (word_numbering.section_label(words) or bool(_CAPITAL_LABEL.fullmatch(words)))


_CAPITAL_LABEL = re.compile(r"(?:[IVXLC]+|[A-Z])[.)]")


def _plain_clause_title(item: Tag) -> tuple[NavigableString, NavigableString] | None:
    """An item's first line in plain type, where its words may be a title (`1.` INTRODUCTION: a few words, no
    sentence) over clauses Word numbers under the item's number (1.1, 1.2), as law firms number a notice with one
    multi-level list, its section lines neither bold nor styled (adoption 11 of session 34: the whole text was one
    list, no section); that line and Word's number before it, parted."""
    children = [c for c in item.children if not (isinstance(c, NavigableString) and not c.strip())]
    if len(children) < 2 or not isinstance(children[0], NavigableString) or not isinstance(children[1], Tag) or \
            children[1].name not in ("ol", "ul"):
        return None
    found = re.fullmatch(r"\s*(\ue002(\d{1,3})\ue003)\s*(.+?)\s*", str(children[0]), re.S)
    drawn = re.fullmatch(r"\s*(\ue000[^\ue001]*\ue001)\s*(.+?)\s*", str(children[0]), re.S)
    clauses = children[1].find_all("li", recursive=False)
    if drawn is not None and _section_label(drawn.group(1)) and word_title.title_like(drawn.group(2)) and clauses \
            and all(clause.get_text().startswith(list_passes.WORD_LABEL[0]) for clause in clauses):
        written, words = drawn.group(1), drawn.group(2)  # (a label in words, `ARTICLE I -`, over clauses Word labels)
    elif found is None or not word_title.title_like(found.group(3)) or not clauses or not all(
            clause.get_text().startswith(f"{list_passes.WORD_LABEL[0]}{found.group(2)}.") for clause in clauses):
        return None
    else:
        written, words = found.group(1), found.group(3)
    label, line = NavigableString(written), NavigableString(words)
    children[0].replace_with(label)
    label.insert_after(line)
    return line, label


# The markup of generated policies (Termly): its title and headings are spans of a class, in <div>s.
_GENERATED_HEADINGS = {"title": "h1", "heading_1": "h2", "heading_2": "h3", "heading_3": "h4"}


def generated_headings(soup: BeautifulSoup, notes: Notes) -> None:
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
        notes.add(Said("convert.generated-headings/titled", count=found))
    elif found:
        notes.add(Said("convert.generated-headings", count=found))
