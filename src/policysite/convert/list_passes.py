"""The import's passes over a page's lists: Word's lists saved as paragraphs and its drawn labels, Google Docs' CSS
counters, lists continued or started deeper than they are, lettered and roman items, lists inside table cells; each
keeps the numbers and letters the page showed."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, PageElement, Tag

from policysite.convert import counters
from policysite.convert.elements import HEADINGS, first_content
from policysite.convert.notes import Notes
from policysite.heading_numbers import roman_label
from policysite.messages import Said


def lists_between_items(soup: BeautifulSoup, notes: Notes) -> None:
    """A list written between the items of another (`<ul><li>access</li><ul><li>a copy</li></ul><li>erasure</li>`, as
    Google Docs' copied text, older WordPress and CKEditor write a deeper level) is inside the item before it, as a
    browser shows it, indented under that item (adoption 11 of session 34: it was a list of its own between the two
    halves of the outer one, its level lost, a numbered list counting again from 1 after it)."""
    moved = 0
    for inner in soup.find_all(["ul", "ol"]):  # the outermost first: a level's own lists move with it
        parent = inner.parent
        if not isinstance(parent, Tag) or parent.name not in ("ul", "ol"):
            continue
        previous = inner.find_previous_sibling("li")
        if previous is None:
            continue
        previous.append(inner.extract())
        moved += 1
    if moved:
        notes.add(Said("convert.lists-between-items", count=moved))


def lists_started_deeper(soup: BeautifulSoup, notes: Notes) -> None:
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
        notes.add(Said("convert.lifted-items", count=lifted))


def continued_lists(soup: BeautifulSoup) -> None:
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


_STYLE_TYPE = re.compile(r"(?i)list-style-type\s*:\s*([\w-]+)")


def one_item_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """Bulleted lists of one item each, one right after the other (Notion's HTML export writes each bullet as a list
    of its own), joined into one list of those items, said: written apart, Markdown made a loose list of them, an
    empty line between items, which the page spaced as paragraphs. Lists of other bullets (a `circle` after a
    `disc`, another class) stay apart."""
    joined = 0
    heads: set[int] = set()  # the lists already joined from one-item lists
    for listing in soup.find_all("ul"):
        items = listing.find_all("li", recursive=False)
        previous = listing.find_previous_sibling()
        if len(items) != 1 or listing.parent is None or previous is None or previous.name != "ul" or \
                not all(not str(between).strip() for between in _between(previous, listing)):
            continue
        earlier = previous.find_all("li", recursive=False)
        if not (len(earlier) == 1 or id(previous) in heads) or \
                any(_bullet(item) != _bullet(items[0]) for item in earlier) or \
                sorted(previous.get_attribute_list("class") or []) != sorted(listing.get_attribute_list("class") or []):
            continue
        previous.append(items[0].extract())
        listing.decompose()
        heads.add(id(previous))
        joined += 1
    if joined:
        notes.add(Said("convert.one-item-lists", count=joined + len(heads)))


def _between(first: Tag, second: Tag) -> list[PageElement]:
    """The nodes between two siblings."""
    out: list[PageElement] = []
    node = first.next_sibling
    while node is not None and node is not second:
        out.append(node)
        node = node.next_sibling
    return out


def _bullet(item: Tag) -> str:
    """The bullet a list item's own style draws (`list-style-type: disc`), "" for its list's."""
    found = _STYLE_TYPE.search(str(item.get("style") or ""))
    return found.group(1).lower() if found else ""


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


def word_list_paragraphs(soup: BeautifulSoup, notes: Notes) -> None:
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
        notes.add(Said("convert.word-list-paragraphs", count=items,
                       numbered=Said("convert.word-list-paragraphs/numbered", count=numbered) if numbered else ""))


_WORD_DECIMAL = re.compile(r"\d{1,4}\.")  # the label of Word's own numbered list ("1."), not "1.1." nor "1)"


def _word_numbered(listing: Tag) -> bool:
    """A list of Word's page whose items are each numbered "1.", "2." becomes a numbered list starting at Word's first
    number (a browser's `<li value>` where Word skips one, which lists_apart writes out); its labels left out."""
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


def _label(n: int, kind: str) -> str:
    """The n-th label (1-based) of an HTML list of `type` a, A, i or I, as a browser shows it."""
    if kind in "aA":
        letters = ""
        while n > 0:
            n, rest = divmod(n - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if kind == "A" else letters
    return roman_label(n, kind)


# On each item of a Google Docs export's list: the counters of its level and those above, as the export's CSS counts
# them in the page's order (html_source._mark_google_lists), `2,1`
GOOGLE_COUNTERS = "data-counters"
COUNTER = re.compile(r'"((?:[^"\\]|\\.)*)"|counter\(\s*lst-ctn-kix_[\w-]+?-(\d+)\s*,\s*([\w-]+)\s*\)')


STYLES = {"decimal": "1", "lower-latin": "a", "lower-alpha": "a", "upper-latin": "A", "upper-alpha": "A",
           "lower-roman": "i", "upper-roman": "I"}


def google_lists(soup: BeautifulSoup, notes: Notes) -> None:
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
        parts = COUNTER.findall(label)
        styles = [(int(level), STYLES.get(style) or drawn_style(style)) for _text, level, style in parts if level]
        plain = [(text, level) for text, level, _style in parts] in ([("", ""), ("", "0"), (". ", "")],
                                                                       [("", "0"), (". ", "")])
        for attribute in ("data-list", "data-level", "data-label"):
            if attribute in tag.attrs:
                del tag[attribute]
        if tag.name != "ol" or not styles or any(kind is None for _l, kind in styles) or \
                (plain and styles[0][1] == "1"):
            continue
        for item in tag.find_all("li", recursive=False):
            text = _drawn(item, parts)
            first = first_content(item)
            (first if first is not None and first.name in ("p", "div") else item).insert(0, NavigableString(text))
        tag.name = "ul"
        if "start" in tag.attrs:
            del tag["start"]
        labelled += 1
    for item in soup.find_all("li", attrs={GOOGLE_COUNTERS: True}):
        del item[GOOGLE_COUNTERS]
    if joined or nested:
        notes.add(Said("convert.google-lists", nested=nested, joined=joined))
    if labelled:
        notes.add(Said("convert.google-labelled", count=labelled))


def _drawn(item: Tag, parts: list[tuple[str, str, str]]) -> str:
    """The label a Google Docs export's CSS draws before `item`, of its content's `parts` (COUNTER's)."""
    counted = str(item.get(GOOGLE_COUNTERS) or "").split(",")  # (as its CSS counts: html_source)
    return "".join(unescape_css(piece) if not level else counter(
        int(counted[int(level)]) if int(level) < len(counted) and counted[int(level)].isdigit()
        else _count(item, int(level)), STYLES.get(style) or style) for piece, level, style in parts)


def google_label(listing: Tag, item: Tag) -> str | None:
    """The label a Google Docs export's CSS draws before `item` of `listing` (still marked by html_source: before
    google_lists), `2.1. ` under `2.`, counted as the CSS counts it; None where `listing` is none of its lists or
    its label is not one drawn here."""
    parts = COUNTER.findall(str(listing.get("data-label") or ""))
    kinds = [STYLES.get(style) or drawn_style(style) for _text, level, style in parts if level]
    if listing.get("data-list") is None or not kinds or None in kinds:
        return None
    return _drawn(item, parts)


def counter(n: int, kind: str) -> str:
    """A CSS counter's text: `1` decimal, a letter or a Roman numeral as a browser writes it, else in the counter
    style `kind` (another script's counting: 一, イ, α), in digits where the style cannot draw `n`, as a browser."""
    if kind == "1":
        return str(n)
    if kind in ("a", "A", "i", "I"):
        return _label(n, kind)
    return counters.counter(n, kind) or str(n)


def drawn_style(style: str) -> str | None:
    """`style` if it is a CSS counter style of another script's counting drawn here (cjk-ideographic, hebrew)."""
    return style.lower() if style.lower() != "decimal" and counters.counter(1, style) is not None else None


# CSS's predefined counter styles not drawn here: their lists are numbered 1, 2, and said.
UNDRAWN = frozenset({"armenian", "lower-armenian", "upper-armenian", "georgian", "ethiopic-numeric", "cambodian",
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


def unescape_css(text: str) -> str:
    """A CSS string's text: `\\25cf` is ●, `\\"` is "."""
    return re.sub(r"\\([0-9a-fA-F]{1,6})\s?|\\(.)", lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2),
                  text)


# Around the label a Word list draws before an item (docx_source._lettered_labels): private-use characters,
# which no text holds, read here and never written.
WORD_LABEL = ("\ue000", "\ue001")


WORD_LABEL_RE = re.compile(f"{WORD_LABEL[0]}([^{WORD_LABEL[1]}]*){WORD_LABEL[1]}\\s*")


WORD_NUMBER = ("\ue002", "\ue003")


WORD_NUMBER_RE = re.compile(f"{WORD_NUMBER[0]}(\\d+){WORD_NUMBER[1]}")


WORD_LIST = ("\ue004", "\ue005")  # around the id of the Word list an item belongs to


_WORD_LIST = re.compile(f"{WORD_LIST[0]}([^{WORD_LIST[1]}]*){WORD_LIST[1]}")


def word_lists_apart(soup: BeautifulSoup) -> None:
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


def word_numbers_unlisted(soup: BeautifulSoup) -> None:
    """A paragraph Word numbers `1.`, `2.` that is no list's item here (its style read as a bold line or a heading, a
    law firm's `Clause 1` drawn in bold and numbered by its style) keeps the number Word draws before it, as the label
    of a lettered item is kept (docx_source marks it in the text): it was left out with the list's marks, `1.
    Introduction` imported as `Introduction` (adopt47)."""
    for node in soup.find_all(string=WORD_NUMBER_RE):
        if node.find_parent("li") is None:
            node.replace_with(NavigableString(WORD_NUMBER_RE.sub(
                lambda found: f"{WORD_LABEL[0]}{found.group(1)}.{WORD_LABEL[1]}", str(node))))


def word_numbers(soup: BeautifulSoup, notes: Notes) -> None:
    """A list that Word numbers on from an earlier one (its items are clauses with paragraphs between them)
    starts at Word's number for its first item, marked in its text (docx_source), not at 1."""
    continued = 0
    for ol in soup.find_all("ol"):
        first = ol.find("li", recursive=False)
        found = WORD_NUMBER_RE.match(first.get_text().lstrip()) if first is not None else None
        if found and int(found.group(1)) != 1:
            ol["start"] = found.group(1)
            continued += 1
    for node in soup.find_all(string=WORD_NUMBER_RE):
        node.replace_with(NavigableString(WORD_NUMBER_RE.sub("", str(node))))
    if continued:
        notes.add(Said("convert.lists-continued", count=continued))


def list_kind(ol: Tag) -> str:
    """An HTML list's `type` (1, a, A, i, I), or the letters or Roman numerals its CSS gives it, or the name of the
    CSS counter style of another script's counting it has (cjk-ideographic, katakana-iroha, lower-greek, hebrew)."""
    kind = str(ol.get("type") or "")
    for value in re.findall(r"list-style(?:-type)?\s*:([^;]*)", str(ol.get("style") or ""), re.I):
        for word in re.findall(r"[\w-]+", value.lower()):
            lettered = re.fullmatch(r"(lower|upper)-(alpha|latin|roman)", word)
            if lettered:  # a CMS letters its lists with CSS (WordPress: list-style-type: lower-alpha)
                kind = "i" if lettered.group(2) == "roman" else "a"
                return kind.upper() if lettered.group(1) == "upper" else kind
            if drawn_style(word) or word in UNDRAWN:
                return word
    return kind


def _numbers(ol: Tag) -> tuple[int, list[int]]:
    """An HTML list's first number (`start`) and each item's, as a browser counts them (`<li value>` included; a
    `reversed` list down from its `start`, else from its number of items: 3, 2, 1, which was imported 1, 2, 3 unsaid,
    safety64)."""
    items = ol.find_all("li", recursive=False)
    down = ol.has_attr("reversed")
    start = str(ol.get("start") or "").strip()
    n = begin = int(start) if start.isdigit() else len(items) if down else 1
    numbers = []
    for item in items:
        value = str(item.get("value") or "").strip()
        n = int(value) if value.isdigit() else n
        numbers.append(n)
        n += -1 if down else 1
    return begin, numbers


def _spaced(label: str) -> str:
    """A label as written before its item's words: `1. `, `a) `, `（イ） `; after the ideographic comma (`一、`), which
    carries its own space, Chinese and Japanese write none."""
    return label if label[-1:] in _FULLWIDTH_ENDS else f"{label} "


_FULLWIDTH_ENDS = frozenset("、")


def _labelled(ol: Tag, labels: list[str]) -> None:
    """`ol` as a list whose items start with their labels (`c.`, `7.`): Markdown numbers lists 1, 2 only."""
    for item, label in zip(ol.find_all("li", recursive=False), labels):
        first = first_content(item)
        (first if first is not None and first.name in ("p", "div") else item).insert(0, NavigableString(_spaced(label)))
    ol.name = "ul"
    for attribute in ("type", "start", "reversed"):
        if attribute in ol.attrs:
            del ol[attribute]


def lists_apart(soup: BeautifulSoup, notes: Notes) -> None:
    """A numbered list right after another one (a browser shows 1, 2 then 1, 2; Markdown reads one list 1 to 4)
    or whose items set their own numbers (`<li value="7">`, which Markdown cannot say) keeps the numbers the
    source shows, written at the start of each item, as a lettered list keeps its letters."""
    count = 0
    for ol in soup.find_all("ol"):
        if list_kind(ol) not in ("1", "") or _word_labelled(ol):
            continue  # lettered, Roman or another script's counting: lettered_lists
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
        notes.add(Said("convert.lists-numbered-on", count=count))


def lettered_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """A list lettered `a.`, `b.` (or numbered i., ii.) keeps its labels, which the text may refer to ("point
    c"): Markdown numbers lists with digits only, so each label is written at the start of its item. A Word
    list's labels are Word's own (`a)`, `(iv)`), marked in its text."""
    count = undrawn = 0
    for ol in soup.find_all("ol"):
        if _word_labelled(ol):
            ol.name = "ul"
            count += 1
    for node in soup.find_all(string=WORD_LABEL_RE):
        node.replace_with(NavigableString(WORD_LABEL_RE.sub(lambda found: _spaced(found.group(1)), str(node))))
    for ol in soup.find_all("ol"):
        kind = list_kind(ol)
        if kind in UNDRAWN:
            undrawn += 1
        elif kind in ("a", "A", "i", "I"):
            _labelled(ol, [f"{_label(n, kind)}." for n in _numbers(ol)[1]])
            count += 1
        elif len(kind) > 1:
            _labelled(ol, [f"{counter(n, kind)}{counters.suffix(kind)}" for n in _numbers(ol)[1]])
            count += 1
    if count:
        notes.add(Said("convert.lists-labelled", count=count))
    if undrawn:
        notes.add(Said("convert.lists-undrawn", count=undrawn))


def _word_labelled(ol: Tag) -> bool:
    """Whether every item of `ol` starts with the label Word draws (docx_source marks it)."""
    items = ol.find_all("li", recursive=False)
    return bool(items) and all(item.get_text().lstrip().startswith(WORD_LABEL[0]) for item in items)


def cell_lists(soup: BeautifulSoup, notes: Notes) -> None:
    """Say where a table cell holds a list: a Markdown table's cell is one line, so each item becomes a line
    of the cell (markdown_writer joins them with <br>), as does each paragraph."""
    cells = [cell for cell in soup.find_all(("td", "th")) if cell.find(("ul", "ol"))]
    if cells:
        count = len(cells)
        notes.add(Said("convert.cell-lists", count=count))


def nested_definitions(soup: BeautifulSoup, notes: Notes) -> None:
    """A definition list inside a definition (`<dd>Personal data … <dl><dt>Sensitive data</dt><dd>…</dd></dl></dd>`: a
    glossary's terms under the term they narrow) is a list under that definition, an item a term in bold over its
    definition, deeper ones nested again, so that the reader sees what narrows what. Written as the other definition
    lists are (a term in bold, its definition the paragraph after it), each term was a peer of the one it narrows:
    the nesting the page showed by indenting was lost (session 44, adopt29)."""
    nested = [listing for listing in soup.find_all("dl") if listing.find_parent("dd") is not None]
    for listing in nested:
        listing.name = "ul"
        item: Tag | None = None
        for child in list(listing.children):
            if not isinstance(child, Tag):
                if item is not None:
                    item.append(child.extract())
                continue
            if child.name in ("dt", "div") or item is None:  # (HTML lets a <div> group a term and its definition)
                item = soup.new_tag("li")
                child.insert_before(item)
            item.append(child.extract())
            if child.name == "dt":
                child.name = "p"
                lead = first_content(child)
                if lead is None or lead.name not in ("strong", "b") \
                        or child.get_text(strip=True) != lead.get_text(strip=True):
                    bold = soup.new_tag("strong")
                    for part in list(child.children):
                        bold.append(part.extract())
                    child.append(bold)
            elif child.name == "dd":
                child.name = "div"
    if nested:
        notes.add(Said("convert.definition-lists/nested", count=len(nested)))
