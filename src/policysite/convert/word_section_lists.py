"""Section titles Word numbers with one multi-level list (`1.`, `1.1`), each a short list paragraph over text in
paragraphs of their own, as a notice without heading styles is often numbered: each such list paragraph is a section
heading, numbered as Word shows it. mammoth read them as lists of one or two items between paragraphs, which the page
wrote as bullets (`- 1.2 Data`) and glued labels (`2\\.**Retention**`), and the text had no section (adopt53)."""
from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from policysite.convert import word_title
from policysite.convert.list_passes import WORD_LABEL, WORD_NUMBER
from policysite.convert.notes import Notes
from policysite.messages import Said

# Word's number before a list paragraph, as docx_source marks it: a level's own (`1`, WORD_NUMBER) or drawn with the
# levels above (`1.1`, `2.1.3.`, WORD_LABEL)
_NUMBER = re.compile(f"\\s*(?:{WORD_NUMBER[0]}(\\d{{1,3}}){WORD_NUMBER[1]}|"
                     f"{WORD_LABEL[0]}(\\d{{1,3}}(?:\\.\\d{{1,3}})+\\.?){WORD_LABEL[1]})\\s*")
_LISTS = ("ol", "ul")


def headings(soup: BeautifulSoup, notes: Notes) -> None:
    """The list paragraphs Word numbers as sections (see above) made headings, `## 1. Definitions`, `### 1.1 Words`,
    where the page has no section heading, its numbered titles count on one from the other (1, 1.1, 1.2, 2), at least
    one is of a lower level and at least two of them stand over paragraphs of text."""
    if soup.find(["h2", "h3", "h4", "h5", "h6"]):
        return
    runs: list[tuple[Tag, list[tuple[str, tuple[int, ...], str]]]] = []
    for listing in soup.find_all(_LISTS):
        if listing.find_parent("li") is not None:
            continue
        titles = _titles(listing)
        if titles is None:
            continue
        runs.append((listing, titles))
    numbers = [number for _listing, titles in runs for _item, number, _words in titles]
    over_text = sum(1 for listing, _titles in runs if _text_after(listing))
    if len(runs) < 2 or over_text < 2 or not _counted(numbers) or all(len(number) == 1 for number in numbers):
        return  # (one level alone, `1.` Introduction over its text: bold_headings.typed_numbered_lines's, the first
        # plain line the title)
    for listing, titles in runs:
        for label, number, words in titles:
            heading = soup.new_tag(f"h{min(6, 1 + len(number))}")
            heading.string = f"{label} {words}"
            listing.insert_before(heading)
        listing.decompose()
    notes.add(Said("convert.word-section-lists", count=len(numbers)))


def _titles(listing: Tag) -> list[tuple[str, tuple[int, ...], str]] | None:
    """Each item of `listing`, nested ones too, in order: its label as Word draws it (`1.`, `2.1`, `2.1.`), its section
    number and its words, if every item is a short title Word numbers as a section (a list of anything else: None)."""
    found: list[tuple[str, tuple[int, ...], str]] = []
    for item in listing.find_all("li"):
        own = [c for c in item.children if not (isinstance(c, NavigableString) and not c.strip())]
        inner = [c for c in own if isinstance(c, Tag) and c.name in _LISTS]
        if len(inner) > 1 or inner and own[-1] is not inner[0]:
            return None
        words = "".join(c.get_text() if isinstance(c, Tag) else str(c) for c in own if c not in inner)
        if any(isinstance(c, Tag) and c.name not in ("strong", "b", "em", "i", "span", "u", *_LISTS) for c in own):
            return None
        number = _NUMBER.match(words)
        if number is None:
            return None
        title = " ".join(words[number.end():].split())
        if not word_title.title_like(title) or title.endswith((".", ";", ":", ",")):
            return None
        label = f"{number.group(1)}." if number.group(1) else number.group(2)
        found.append((label, tuple(int(n) for n in label.rstrip(".").split(".")), title))
    return found or None


def _text_after(listing: Tag) -> bool:
    """Whether a paragraph of text follows `listing`."""
    after = listing.find_next_sibling()
    return isinstance(after, Tag) and after.name in ("p", "table", "blockquote") and bool(after.get_text(strip=True))


def _counted(numbers: list[tuple[int, ...]]) -> bool:
    """Whether `numbers` count from 1, each the first part of the one before, its next, or an upper level's next."""
    before: tuple[int, ...] = ()
    for number in numbers:
        allowed = {(*before, 1)} | {(*before[:depth], before[depth] + 1) for depth in range(len(before))}
        if number not in allowed:
            return False
        before = number
    return bool(numbers)
