"""The one document model: a policy page parsed into dated, numbered sections of blocks."""
from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import functools
import hashlib
import pickle
import re
import threading
import unicodedata
import zlib
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor
from markdown_it import MarkdownIt
from markdown_it.token import Token

from policysite import characters, inline as inline_text, keptfiles, lettered
from policysite.findings import WARNING, Finding
from policysite.heading_numbers import (
    SECTION_NUMBER,
    heading_number,
    inserted_at,
    nested_insertion,
    number_as_written,
    own_digits,
    roman_label,
    roman_number,
    section_heading_number,
    split_number,
    statute_place,
    written_number,
)
from policysite.inline import Mark
from policysite.marks import MARKS
from policysite.messages import Said, yaml_reason
from policysite.strings import blank

_TICKS = re.compile(BACKTICK_RE)
_SPANS = BacktickInlineProcessor(BACKTICK_RE)


def code_spans(markdown: str) -> list[tuple[int, int]]:
    """(start, end) of each code span of a block's Markdown, backticks included, found as Python-Markdown (the
    renderer) finds them, with its own scanner: a backtick after a backslash opens none (\\`<b>` is a tag)."""
    if markdown.count("`") > 500:  # its scan grows with their square: such a text is refused (render.structure)
        return []
    spans, at = [], 0
    while (m := _TICKS.search(markdown, at)) is not None:
        begin = m.end() if m.group(1) else m.start()  # after pairs of backslashes, their backtick opens one
        start, end = _SPANS.find_code_spans(begin, markdown)
        if end is None:
            at = start
            continue
        at = end + (start - begin)
        spans.append((begin, at))
    return spans


def front(text: str, *, path: str = "", lang: str = "") -> Policy:
    """A page's front matter alone, parsed (its date, change, announced: fast, the body unread)."""
    text = normalise(text)
    match = FRONT_MATTER.match(text)
    return parse(match.group(0) if match else "", path=path, lang=lang)


def notice_page(page: Policy, source: Policy | None) -> Policy:
    """The page whose `change:` and `announced:` are the version's: a translation's authoritative page (`source`),
    whatever the translation's own say (only the authoritative page's counts: the checks' sync.notice); else the
    page."""
    return source if source is not None else page


def body(text: str) -> str:
    """A page's text without its front matter, line ends and a byte order mark read alike (what tells two versions'
    texts apart when only their dates or notes differ)."""
    text = normalise(text)
    match = FRONT_MATTER.match(text)
    return text[match.end():] if match else text


def meta_title(meta: Mapping[str, Any]) -> str:
    """The front matter's `title:` (a Hugo or Jekyll page's title, kept by import): the heading of a text without a
    `# ` title, on the page and in its PDF."""
    title = meta.get("title")
    return title.strip() if isinstance(title, str) else ""


def meta_description(meta: Mapping[str, Any]) -> str:
    """The front matter's `description:`, its spaces as a page shows them: what search engines and link previews show
    as the page's summary, shown under its title on the page and in its PDF (safety81)."""
    description = meta.get("description")
    return " ".join(description.split()) if isinstance(description, str) else ""


# The supplementary provisions (the day the text takes effect, its earlier versions) a Japanese, Korean or Chinese
# text ends with, after its numbered articles, unnumbered as the law's own are (adoption hunt 29)
_SUPPLEMENTARY = re.compile(r"\s*(?:附\s*[則则]|부\s*칙)(?:\s*[（(][^）)]*[）)])?\s*")
# An annex after the numbered sections (`Annex 1 – List of processors`, `Appendix A`, `Anhang`, `Annexe 2`, `Anexo I`,
# `Allegato`, `Bijlage`, `Załącznik nr 1`, `Příloha`, `Bilaga`, `Liite`, `Παράρτημα`, `Приложение`, `ملحق`, `נספח`,
# `附件`, `別表`, `별표`, `Lampiran`, `Phụ lục`): numbered apart from the sections, if at all (adoption hunt 34)
_ANNEX = re.compile(r"\s*(?:annex(?:e|ure)?|appendix|appendice|schedule|exhibit|attachment|addendum|anhang|anlage|"
                    r"anexo|ap[ée]ndice|allegato|bijlage|za[łl][ąa]cznik|p[řr][íi]loha|bilaga|bilag|vedlegg|liite|"
                    r"παράρτημα|приложение|додаток|ملحق|נספח|lampiran|phụ\s+lục)(?![^\W\d_]).*|\s*(?:附件|附录|附錄|別紙|"
                    r"別表|별표|별지|붙임).*", re.I)
# Python-Markdown's attr_list on a heading: `## Title {#retention}` or `{: #retention .class }`.
HEADING_ATTRS = re.compile(r"[ ]+\{:?([^}\n]*)\}[ ]*$")
ID_RE = re.compile(r"[A-Za-z_][\w:.-]*")  # `_Toc123`: Word's bookmarks, which its table of contents links
# An id of a heading's attribute list that ID_RE reads as none, though a page's element may have it: one starting with
# a digit or a sign (`{#1-purpose}`, `{#3.1}`, an old page's `<a id="2">` or `name="3.1"` a conversion put on its
# heading, a table of contents plugin's `1_Administrator`). Links from elsewhere name it: the section keeps it as an
# alias (Section.former), the heading its own id (adopt33: a link to `#2` opened the imported page at its top).
OTHER_ID = re.compile(r"[\w.:-]+")
_DATED_ID = re.compile(r"\d{4}-\d{2}-\d{2}\.")
# Front matter exactly as MkDocs finds it (mkdocs.utils.meta.YAML_RE): it ends at `...` as at `---`, and only at
# a line end: read otherwise, lines the checks take for YAML would be published as Markdown, or the reverse.
FRONT_MATTER = re.compile(r"\A-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.S)

_md = MarkdownIt("commonmark").enable("table")


# Front matter keys a policy page may set; any other (`template:`, `hide:` …) would change how the
# theme renders the page, so it is a finding rather than something a build silently obeys.
META_KEYS = ("date", "title", "description", "summary", "change", "announced")
CHANGE_CLASSES = ("material", "editorial")  # `change:`: a material change is announced ahead, an editorial one need not
MAX_FRONT_MATTER = 16 * 1024  # bytes: a few dates and sentences; more is a mistake or an attack
# Characters of a page: the longest privacy policies are some 100,000; past this, the checks and the renderer
# (whose code spans are found in quadratic time) would take minutes on a crafted text. Such a page is not read.
MAX_PAGE = 1024 * 1024
# HTML tags open within each other: a policy's raw HTML is a few inline tags deep (a link in bold in a span); the
# checks' readers of HTML take time growing with the square of the depth (40,000 nested <div> held `policy check` for
# minutes of processor time, 90,000 fit in MAX_PAGE: safety hunt 46). Past this, the page is not read.
MAX_TAG_DEPTH = 100
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?(/?)>")
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                   "track", "wbr"})
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def tag_depth(text: str) -> tuple[int, int]:
    """How deep HTML tags open within each other in `text` at most (a closing tag closes the last one open, as far as
    depth goes; void and self-closed tags open none), and the line where that depth is first reached (0, 0 if none):
    one pass, however the tags nest."""
    depth, deepest, at = 0, 0, 0
    for tag in _TAG.finditer(text):
        if tag.group(1):
            depth = max(0, depth - 1)
        elif not tag.group(3) and tag.group(2).lower() not in _VOID:
            depth += 1
            if depth > deepest:
                deepest, at = depth, tag.start()
    return deepest, (text.count("\n", 0, at) + 1 if deepest else 0)


def too_deep_tags(text: str, *, path: str) -> Finding | None:
    """A finding for a page whose HTML tags nest deeper than MAX_TAG_DEPTH, at the line where they do, or None."""
    deepest, line = tag_depth(text)
    if deepest <= MAX_TAG_DEPTH:
        return None
    return Finding.of(path, line, "render.structure/deep", deepest=deepest, most=MAX_TAG_DEPTH)


class MetaLoader(yaml.SafeLoader):
    """YAML for front matter: no implicit timestamps (`date: 2021-02-30` stays text), no aliases
    (a nest of them expands to gigabytes), no key twice (which one would win is a guess)."""

    DEPTH = 32  # lists and mappings within each other: a date and a few short fields need two

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, Said("yaml.aliases"),
                                              event.start_mark)
        depth = getattr(self, "_depth", 0)
        if depth >= self.DEPTH:  # 20,000 brackets deep ended every command with Python's RecursionError
            raise yaml.composer.ComposerError(None, None, Said("yaml.nested", most=self.DEPTH),
                                              self.peek_event().start_mark)
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError:  # thousands of digits: Python's limit on reading them as a number
            digits = sum(c.isdigit() for c in str(node.value))
            raise yaml.constructor.ConstructorError(None, None, Said("yaml.number-long", digits=digits),
                                                    node.start_mark) from None

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool | dt.date) and key is not None:  # `? [a]`: a list as key
                raise yaml.constructor.ConstructorError(None, None, Said("yaml.key-word", kind=type(key).__name__),
                                                        key_node.start_mark)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, Said("yaml.key-twice", key=str(key)[:80]),
                                                        key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep)


MetaLoader.add_constructor("tag:yaml.org,2002:int", MetaLoader.construct_yaml_int)
MetaLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def normalise(text: str) -> str:
    """The text every command reads: without a byte order mark, with `\n` line ends (CRLF and CR read alike)."""
    return text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, *, path: str) -> str:
    """A page's bytes as text, or a DecodeError naming the file and the first byte that is not UTF-8."""
    try:
        return normalise(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        utf16 = saved_as_utf16(data)  # (the whole file, not one line: said at its first)
        line = 1 if utf16 else data[:exc.start].count(b"\n") + 1
        raise DecodeError(path, line, exc.start, utf16=utf16) from None


def saved_as_utf16(data: bytes) -> bool:
    """Whether `data` is text saved as UTF-16, as Word's and Notepad's "Unicode" save it: its byte order mark, or the
    zero bytes of its ASCII characters without one (legal17: "not UTF-8 (byte offset 0)" named no cause to a team that
    had saved the page as Unicode)."""
    from policysite.convert.utf16 import codec_without_bom

    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):  # (UTF-32's marks, the first starting as UTF-16's)
        return False
    return data.startswith((b"\xff\xfe", b"\xfe\xff")) or codec_without_bom(data) is not None


class DecodeError(ValueError):
    """A policy page that is not UTF-8 (`utf16`: saved as UTF-16)."""

    def __init__(self, path: str, line: int, offset: int, *, utf16: bool = False):
        super().__init__(Said("source.encoding/file-utf16" if utf16 else "source.encoding/file", path=path, line=line,
                              offset=offset))
        self.path, self.line, self.offset, self.utf16 = path, line, offset, utf16


@dataclass(frozen=True)
class Block:
    """A paragraph, list item or table row of a section, with its plain text and source line."""

    kind: str  # "paragraph" | "item" | "row" | "html" | "code"
    line: int
    text: str
    depth: int = 0  # nesting of list items: 0 for a top-level item
    links: tuple[str, ...] = ()
    strong: tuple[str, ...] = ()  # bold spans, which mark defined terms
    cells: tuple[str, ...] = ()
    markdown: str = ""  # the inline Markdown as written: tells formatting-only edits from text edits
    number: int = 0  # an item of a numbered list: its number as the site shows it (its list's start, then +1)
    link_texts: tuple[str, ...] = ()  # what each of `links` shows, in the same order (an address, or words)
    # What the page shows of `text` and `cells`: read from the tokens, inline HTML left out (a `<br>` a space), an
    # HTML block's text as a browser reads it. What draws the text again (the PDF, the side-by-side page, the JSON
    # export) draws this: text between `&lt;` and `&gt;` is words, not a tag to take out.
    shown: str = ""
    shown_cells: tuple[str, ...] = ()
    # Where `shown`'s bold spans and links are, from the tokens ((start, end, "strong" | "link", target)): what the
    # PDF and the side-by-side page draw them on (found by searching the text, a link took the first place its words
    # were, an address the page shows as text: security hunt 19b, finding 2). Its superscripts ("sup", a row's too):
    # where a footnote's mark the page draws against a word begins and ends, which the redline cuts words at. Its
    # parts in another language ("lang", a row's too: `<span lang="en">`), which the redline's words keep marked.
    marks: tuple[Mark, ...] = ()
    # `shown` with the line breaks the text makes (two spaces or a backslash at a line's end, `<br>`) as newlines,
    # each line trimmed, and its marks: what the PDF draws ("" where there is none: `shown`). From the same tokens:
    # parsed again on its own, a paragraph lost its reference definitions and an item its paragraphs' bounds
    # (security hunt 20, findings 3 and 4).
    lines: str = ""
    line_marks: tuple[Mark, ...] = ()
    # What its links and inline tags show on hover (a link's title, `<abbr title="…">`): words a reader reads, which
    # the spelling, brand and bidi checks read too (security hunt 11 #13 left them unread).
    tooltips: tuple[str, ...] = ()
    # A table's first row, which the page shows as its header: where a table starts. Two tables apart by a blank line
    # only are two runs of rows, each diffed against its own (the redline read them as one table).
    header: bool = False
    # Where its inline HTML links (`<a href="…">`, an HTML block's anchors): what a reader follows too, which the
    # redline compares with its links (the address of an `<a>` changed was a formatting-only edit). Apart from `links`,
    # which the checks pair with their words (link_texts).
    html_links: tuple[str, ...] = ()
    # The pictures it shows, in order: each one's source as written, its alt text (words of `text` too) and the digest
    # of its file in this version ("" where not read: the parser reads no file; with_image_digests fills it in). An
    # image replaced under the same alt text changes no word, but is another picture (redline: an image replaced).
    images: tuple[tuple[str, str, str], ...] = ()

    @property
    def page_text(self) -> str:
        """The words the page shows of the block, which the redline compares and policy.json's `text` holds (so that
        the compare page gives what `policy diff` gives): `shown`; a code block's lines as written. A block made
        without the parser (no `markdown`) has only its text."""
        return self.text if self.kind == "code" or not self.markdown else self.shown

    @property
    def page_cells(self) -> tuple[str, ...]:
        """A row's cells as the page shows them (`page_text`, cell by cell)."""
        return self.shown_cells if self.cells and self.markdown else self.cells

    def line_of(self, written: str, *, whole: bool = True) -> int:
        """The source line where the block first writes `written` (a word, words a wrap may cut, an address, a link's
        target), as a whole (else, not `whole`, anywhere: a character, a number inside a word): its line plus the
        lines of its Markdown above; its own line where its Markdown does not write it so. A finding of a word on the
        third line of a wrapped paragraph named the paragraph's first (legal21)."""
        if "\n" not in self.markdown or not written.strip():
            return self.line
        spaced = r"\s+".join(re.escape(word) for word in written.split())
        found = re.search(rf"(?<!\w){spaced}(?!\w)" if whole else spaced, self.markdown)
        return self.line + (self.markdown[:found.start()].count("\n") if found else 0)


def written_line(line: int, block: Block | None, written: str, *, whole: bool = True) -> int:
    """The line where `block` writes `written` (Block.line_of), else `line` (words not of a block: a title, a
    tooltip)."""
    return line if block is None else block.line_of(written, whole=whole)


@dataclass
class Section:
    """A heading and the blocks up to the next heading.

    `number` is the section's identity, the same in every language and version where the text
    keeps it: the heading's explicit id (`{#retention}`), else its number (`7.3.2`), else a slug
    of its title. `numeral` is the number as written ("" for a heading without one).
    """

    number: str
    title: str
    level: int
    line: int
    blocks: list[Block] = field(default_factory=list)
    numeral: str | None = None
    html_id: str = ""  # the heading's id on the published page
    attributes: str = ""  # the heading's attribute list as written (`#retention .note`), without its braces
    written: str = ""  # the heading as the text writes it, number included (`II. Allgemeines`, `Article 2 – Objet`)
    markup: str = ""  # the heading with its inline HTML as written: what the checks read (`title` is as shown)
    # an article numbered on across chapters (`第3条` under `第2章`): a level deeper for each grouping above it
    # (`Article 1` under `Chapitre 1` under `TITRE I`: 2)
    under_chapter: int = 0
    # a grouping of articles among groupings nested over them (`Chapitre 1` under `TITRE I`), which `heading_counts`
    # leaves out (a text of few articles under titles and chapters numbers its headings all the same)
    grouping: bool = False
    # the ids a page built before its number was read gave it, which links still name (`ii` of `## II.`: _former_ids)
    former: tuple[str, ...] = ()
    # numbered by a rule read since texts were imported and published (`### 1.` under `## II –` read as §2.1, adopt30)
    reread: bool = False
    letter: str = ""  # a top-level section lettered in place of a number (`B` of `## B. Rights`: lettered.py)
    links: tuple[str, ...] = ()  # where its heading links to (Markdown links, then `<a href>`): the redline compares
    # the parts of `title` marked as written in another language (`## Le <span lang="en">cloud</span>`): where each
    # begins and ends in it and its language (inline.marked's "lang" marks), which the redlines mark as the page does
    title_parts: tuple[tuple[int, int, str], ...] = ()

    def __post_init__(self) -> None:
        if self.numeral is None:
            self.numeral = self.number if SECTION_NUMBER.fullmatch(self.number) else ""

    @property
    def anchor(self) -> str:
        return self.html_id or anchor_for(self.number)

    @property
    def parts(self) -> tuple[int, ...]:
        return split_number(self.numeral or "")[0]

    @property
    def inserted(self) -> int:
        """Its place among the articles inserted after `parts` (2 for `2 bis`, `2a`, `第2条の2`), 0 for none."""
        return split_number(self.numeral or "")[1]

    @property
    def mark(self) -> str:
        """How its heading names its number where `§7.3` would not say it as the page does (`§2a`, `第３条`: label_of),
        "" for the others and where the number is not the heading's own; a chapter numbered in no article's number
        keeps its `第2章`; a section lettered in place of a number, `§B`."""
        return f"§{self.letter}" if self.letter else _mark(self.written, self.numeral or "")

    @property
    def numbering(self) -> str:
        """How its heading writes its number before the title (`1.`, `I.`, `1)`, `Article 1 –`), spaces collapsed; ""
        for a heading without a number. A change of it alone (`1.` become `I.`) is shown by the redline."""
        if not self.numeral or not self.written.endswith(self.title):
            return ""
        return " ".join(self.written[:len(self.written) - len(self.title)].split())

    @property
    def label(self) -> str:
        """How messages name it: `§7.3`, its number as its heading writes it where `§` and the number would not say it
        (`mark`: `§2a` for `Article 2a`, `第３条`), or its title in quotes when it has no number, by its line where its
        title shows nothing either (`## &nbsp;`: quoted, `«  »`)."""
        if self.numeral:
            return label_of(self.numeral, self.mark)
        return Said("section.untitled", line=self.line) if blank(self.title) else Said("section.quoted",
                                                                                         title=self.title)

    @property
    def text(self) -> str:
        return "\n".join(b.text for b in self.blocks)


@dataclass
class Policy:
    """A policy page in one language: front matter, title and sections in document order."""

    path: str
    lang: str
    meta: dict
    title: str
    title_line: int
    meta_lines: dict[str, int]  # line of each front matter key, for messages
    sections: list[Section]
    preamble: list[Block]
    problems: list[Finding]
    title_attributes: str = ""  # the title's attribute list as written, without its braces
    title_markup: str = ""  # the title with its inline HTML as written: what the checks read (`title` is as shown)
    # the parts of `title` (the `# ` heading) marked as written in another language (`# Politique <span lang="en">…`),
    # as Section.title_parts: the redlines mark them in the document's title as the page does (reader31)
    title_parts: tuple[tuple[int, int, str], ...] = ()

    @property
    def shown_title(self) -> str:
        """The title a reader sees: the `# ` heading, else the front matter's `title:` (an imported page's). What
        the redline compares: a front matter title changed alone was "no change" (archive hunt 22, finding 1)."""
        return self.title or meta_title(self.meta)

    @property
    def shown_title_line(self) -> int:
        """The line of `shown_title`: the heading's, else the front matter `title:` key's (0 if neither)."""
        return self.title_line if self.title else self.meta_lines.get("title", 0) if meta_title(self.meta) else 0

    @property
    def shown_preamble(self) -> list[Block]:
        """The blocks a reader sees above the first section: the front matter's `description:`, which the page shows
        under its title and date line (pages.decorate) and the PDF under its header, then `preamble`. What the redline
        compares: a description changed alone was "no change", the page showing other words (safety83)."""
        described = meta_description(self.meta)
        return [Block("paragraph", self.meta_lines.get("description", 0), described), *self.preamble] if described \
            else list(self.preamble)

    @property
    def date(self) -> dt.date | None:
        value = self.meta.get("date")
        return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None

    @property
    def change(self) -> str:
        """`change:` of the front matter: `material` (the default, and for a value the checks refuse) or `editorial`."""
        return "editorial" if self.meta.get("change") == "editorial" else "material"

    @property
    def announced(self) -> dt.date | None:
        """`announced:`, the day a version dated in the future was announced (None if absent or not a date)."""
        value = self.meta.get("announced")
        return value if isinstance(value, dt.date) and not isinstance(value, dt.datetime) else None

    @property
    def summary(self) -> str:
        """`summary:`, what changed in plain words, written by the legal team ("" if none)."""
        value = self.meta.get("summary")
        return " ".join(value.split()) if isinstance(value, str) else ""

    def section(self, number: str) -> Section | None:
        """The section whose identity is `number`."""
        return next((s for s in self.sections if s.number == number), None)

    @property
    def numbered(self) -> bool:
        """Its headings carry section numbers (the numbering rules apply)."""
        return any(s.numeral and s.number == s.numeral for s in self.sections)


@functools.lru_cache(maxsize=4096)
def _mark(written: str, numeral: str) -> str:
    """Section.mark of a heading written `written` whose number is `numeral` (kept: every message of a check names its
    section by it, and the spelling check names every section so, three times a language)."""
    # a Roman numeral before its language's section word (`III. fejezet`) is labelled as written, below
    if numeral and (roman := _roman_mark(written, numeral)) and not number_as_written(written):
        return roman
    found = heading_number(written) if written else None
    if not found:
        return ""
    if numeral:  # (its own number, or the last part of a number it was given: `第1条` of chapter 2, §2.1)
        own = split_number(found[0])[0]
        parts = split_number(numeral)[0]
        as_written = number_as_written(written) if own and parts[-len(own):] == own else ""
        # a number written in its language's digits is labelled in them (`## ۲. …`: §۲, `§۵ مكرر`), its id in 0-9
        label = as_written or label_of(numeral)
        written_in = own_digits(written) if label.startswith("§") else ""
        return label.translate({ord("0") + n: d for n, d in enumerate(written_in)}) if written_in else as_written
    as_written = number_as_written(written)
    return as_written if as_written.endswith("章") else ""


def _roman_mark(written: str, numeral: str) -> str:
    """`§IV` of a section numbered 4 whose heading writes its number in Roman numerals (`IV. Rights`, `Article IV –
    Rights`, `Chapitre Ier`): its readers know it by that numeral, and findings and redlines said §4 (adopt43); "" for
    the others (a subsection's `I.` under §1 stays §1.1: its number is not the numeral alone)."""
    number = written_number(written) if written else None
    if number is None or not _ROMAN_NUMERAL.fullmatch(number[1]) or not numeral.isdigit():
        return ""
    return f"§{number[1]}" if roman_number(number[1]) == int(numeral) else ""


_ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
_ROMAN_MARK = re.compile(r"§[IVXLC]+")


def anchor_for(number: str) -> str:
    """Stable, language-independent anchor of a section's identity: `7.3.2` -> `s7-3-2`; an id or
    slug is its own anchor."""
    match = SECTION_NUMBER.fullmatch(number)
    if not match:
        return number
    return "s" + match.group(1).replace(".", "-") + (f"-{match.group(2)}" if match.group(2) else "")


SECTION_WORD = "§{number}"


def label_of(number: str | None, mark: str = "", *, word: str = SECTION_WORD) -> str:
    """How a section's identity reads before its title: `§7.3` for a number (`§2 bis` for an article inserted after
    §2), nothing for an id or slug; its heading's `mark` where it has one (Section.mark: `§2a`, `第３条`), the number
    as the page writes it. `word`: how the reader's language names a numbered section (the redline's `section`:
    `第{number}条`, `סעיף {number}`), said of a number, or of a mark that is a number under the section sign (`§٢`:
    `البند ٢`, its digits as the page writes them)."""
    if mark:
        return word.format(number=mark[1:]) if mark.startswith("§") and word != SECTION_WORD else mark
    match = SECTION_NUMBER.fullmatch(number or "")
    if not match:
        return ""
    return word.format(number=f"{match.group(1)} {match.group(2)}" if match.group(2) else number)


# What a caption in brackets opens with, written right after its article's mark: `第３条（保存期間）`.
_OPENING = "(（[［【〔「『〈《"


def titled(label: str, title: str) -> str:
    """A section as a message names it: `§2 “Data”`, `§2` for a heading with no title (`## Article 2`), a statute-style
    article captioned in brackets as its heading writes it, `第３条（保存期間）` (was `第３条 “（保存期間）”`)."""
    if title and label[:1] not in "§“" and title[:1] in _OPENING:
        return f"{label}{title}"
    return label if blank(title) else Said("section.titled", label=label, title=title)


def named(number: str | None, title: str, mark: str = "", *, word: str = SECTION_WORD) -> str:
    """A section as a reader names it: `§7.3 Title`, `第３条（保存期間）`, or its title alone when it has no number
    (redline.js: named); `word` as label_of's."""
    label = label_of(number, mark, word=word)
    # a caption in brackets right after an article's mark, or a language's word ending in its own script (第2条); an
    # enumeration's mark (`一、`, `１．`) closes on its own: its title follows with no space, as the page writes it
    closed = mark and not mark.startswith("§") or label[-1:] > "\u2e80"
    joined = closed and title[:1] in _OPENING or bool(label) and label[-1] in ENUMERATION_ENDS
    return f"{label}{'' if joined else ' '}{title}".strip()


ENUMERATION_ENDS = "、．"  # what ends an enumeration's number, `一、`, `１．` (heading_numbers.number_as_written)


_CLOSING_HASHES = re.compile(r"[ \t]+#+$")


# attr_list's list on a paragraph's or an item's own last line (`…or opt out of studies.` over `{: #telemetry }`, as
# Mozilla writes its ids): markup the page never shows, no words of the text (adoption 28: the PDF, policy.json and
# the redline printed "{: #telemetry }").
_BLOCK_ATTRIBUTES = re.compile(r"\n[ ]*\{:?[ ]*[^}\n ][^\n]*\}[ ]*$")
_ATTRIBUTE_LINE = re.compile(r"[ ]*\{:?[ ]*[^}\n ][^\n]*\}[ ]*")


def _without_block_attributes(children: list[Token], content: str) -> list[Token]:
    """An inline run's tokens without the attribute list on its own last line, which the renderer takes out."""
    if len(children) < 2 or not _BLOCK_ATTRIBUTES.search(content):
        return children
    last, before = children[-1], children[-2]
    if last.type == "text" and before.type == "softbreak" and _ATTRIBUTE_LINE.fullmatch(last.content):
        return children[:-2]
    return children


def title_parts(children: list[Token], heading: str, title: str) -> tuple[tuple[int, int, str], ...]:
    """Where the parts a heading marks as written in another language (inline.marked's "lang" marks of its tokens
    `children`) begin and end in its `title` (the end of `heading`, its text without its attribute list, after its
    number) and their language; none where the title is not the marked text's (nothing to place them by)."""
    shown, marks = inline_text.marked(children)
    if not any(kind == "lang" for _, _, kind, _ in marks):
        return ()
    start = len(heading.rstrip()) - len(title)
    if start < 0 or shown[start:start + len(title)] != title:
        return ()
    end = start + len(title)
    return tuple((max(a, start) - start, min(b, end) - start, code) for a, b, kind, code in marks
                 if kind == "lang" and code and a < end and b > start)


def heading_attrs(title: str) -> tuple[str, str]:
    """A heading's text without its attribute list, and the explicit id the list gives ("" if none)."""
    match = HEADING_ATTRS.search(title)
    if not match:
        return title, ""
    ids = [part[1:] for part in match.group(1).split() if part.startswith("#") and ID_RE.fullmatch(part[1:])]
    # `## Title ## {#id}`: the closing #s before the list are no words of the title (Python-Markdown drops them)
    return _CLOSING_HASHES.sub("", title[:match.start()].rstrip()), ids[-1] if ids else ""


def unread_ids(attributes: str) -> list[str]:
    """The ids of a heading's attribute list as written (`#1-purpose .x`) that are no id of the model's (OTHER_ID); not
    a dated id (`2021-02-17.s2`), which names a section of an earlier version (anchors.DATED): the text's own would
    pass for the history's."""
    return [part[1:] for part in attributes.split() if part.startswith("#") and not ID_RE.fullmatch(part[1:])
            and OTHER_ID.fullmatch(part[1:]) and not _DATED_ID.match(part[1:])]


def unique(value: str, used: set[str]) -> str:
    """Python-Markdown toc's way to keep ids unique: `terms`, `terms_1`, `terms_2`…"""
    while value in used or not value:
        match = re.match(r"^(.*)_([0-9]+)$", value)
        value = f"{match.group(1)}_{int(match.group(2)) + 1}" if match else f"{value}_1"
    used.add(value)
    return value


def slugify(value: str, separator: str = "-") -> str:
    """Heading id for Python-Markdown's toc: the section anchor for numbered headings (as `parse` numbers them: an
    article inserted after an inserted one, `Article 2 bis A`, is titled, not a second `#s2-bis`)."""
    found = None if nested_insertion(value.strip()) else section_heading_number(value.strip())
    if found:
        return anchor_for(found[0])
    slug = title_slug(value, separator)
    return f"{slug}_1" if slug in TOP_IDS else slug


# The id a browser reads as the page's top when no element has it (`#top`, a text's "back to top" link): a heading
# titled "Top" given it took every such link to its section, the reader landing there, not on the page's top.
TOP_IDS = frozenset({"top"})


_NOT_IN_SLUG = re.compile(rf"[^\w{MARKS}\s-]")


def title_slug(value: str, separator: str = "-") -> str:
    """A title's id, as Python-Markdown's `slugify_unicode` writes it, but whole in every script: a word keeps its
    combining marks (Python's \\w has none: `गोपनीयता` was `गपनयत`, Thai and Tamil words lost their vowels), the
    title is read composed (an é typed as e + ◌́ gave `e`, a version later `é`: another id), and Turkish İ is i
    (lower-cased, it was i + a combining dot, `i̇letişim`). A hyphen Word or a typesetter keeps from a line's end (the
    no-break hyphen U+2011, Word's `w:noBreakHyphen`; U+2010) is the hyphen it shows: `Opt‑out rights` was
    `optout-rights` where `Opt-out rights` is `opt-out-rights` (adopt58; the former id stays an alias, anchors)."""
    value = unicodedata.normalize("NFC", value).replace("\u0130", "i").replace("\u2011", "-").replace("\u2010", "-")
    value = _NOT_IN_SLUG.sub("", value).strip().lower()
    return re.sub(rf"[{re.escape(separator)}\s]+", separator, value)


def read(path: str | Path, *, lang: str, display_path: str | None = None) -> Policy:
    """Parse the policy page at `path` (UTF-8)."""
    text = decode(Path(path).read_bytes(), path=display_path or str(path))
    return parse(text, path=display_path or str(path), lang=lang)


def parse(text: str, *, path: str, lang: str) -> Policy:
    """Parse Markdown with YAML front matter into a Policy; structural problems become findings.

    A pure function of its arguments, and a version's build reads each text a dozen times, under as many
    names (anchors, checks, changes, JSON, PDF, side-by-side page): the last texts parsed are kept, and the
    same text gives the same sections and blocks, under the `path` and `lang` asked for (its findings' too).
    The language only names the Policy (`_parse` reads no rule of it): the authoritative text a translation's
    anchors are worked out from, read under the translation's language, is the one already read. Callers read a
    Policy and never change it.
    """
    parsed = _parsed(text)
    if parsed.path == path and parsed.lang == lang:
        return parsed
    return replace(parsed, path=path, lang=lang, problems=[replace(f, path=path) for f in parsed.problems])


_UNNAMED = "\0"  # the path a text is parsed under before `parse` names it


# The texts parsed last, as Policies (some 250 kB each for a page of 38,000 characters, measured with tracemalloc):
# publishing judges every version's texts, then works out their anchors, then builds them, so a history of up to
# 128 bilingual versions reads each text once from here (32 held 16 versions: each was read three times).
RECENT = 256
# Past those, a text's Policy is kept packed (pickled, deflated: some 20 kB for that page, 0.7 ms to read back, against
# 9 ms for a parse) up to this many bytes, the oldest dropped first: a rebuild of 1,000 bilingual versions, which
# judges every text before it builds the first, parses each text once in bounded memory (it parsed each twice).
PACKED_BYTES = 64 << 20
_recent: OrderedDict[str, Policy] = OrderedDict()
_packed: OrderedDict[bytes, bytes] = OrderedDict()
_packed_size = 0
_lock = threading.Lock()


def _parsed(text: str) -> Policy:
    """`text` parsed under no path nor language, from the texts kept (the last RECENT, then the packed ones) or
    parsed once more."""
    global _packed_size
    with _lock:
        policy = _recent.get(text)
        if policy is not None:
            _recent.move_to_end(text)
            return policy
        key = hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
        packed = _packed.pop(key, None)
        _packed_size -= len(packed or b"")
    policy = pickle.loads(zlib.decompress(packed)) if packed is not None else _read_kept(key)
    if policy is None:
        policy = _parse(text, path=_UNNAMED, lang="")
        _keep(key, policy)
    with _lock:
        _recent[text] = policy
        while len(_recent) > RECENT:
            old_text, old = _recent.popitem(last=False)
            _pack(old_text, old)
    return policy


def _pack(text: str, policy: Policy) -> None:
    """Keep `policy` (the Policy of `text`) packed, the oldest packed ones dropped past PACKED_BYTES; under _lock."""
    global _packed_size
    packed = zlib.compress(pickle.dumps(policy, protocol=pickle.HIGHEST_PROTOCOL), 1)
    if len(packed) > PACKED_BYTES:
        return
    _packed[hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()] = packed
    _packed_size += len(packed)
    while _packed_size > PACKED_BYTES:
        _packed_size -= len(_packed.popitem(last=False)[1])


# Between commands, in the repository's git folder (`parses_kept_in`): a warm `policy history --rebuild`, and the daily
# `policy verify`, parsed every version's texts again (9 ms a text, the first reading of each), though the same text
# read by the same code gives the same Policy. Each is kept packed, under the digest of the text and of the code that
# read it (findingcache.checks_digest: this package's every file, Python's version, the installed distributions,
# markdown-it's among them), its packed bytes' digest first (a file cut short is parsed anew). The newest KEPT_PARSES.
KEPT_PARSES = 4096  # some 20 kB each: four texts a version, 80 MB at most
_KEPT = keptfiles.Place()
# While in the block, keep the texts parsed in a folder (a repository's `.git/policysite/parsed`) and read them back
# from there: only who can change the repository's own hooks can write there (as build.compiled_kept_in).
parses_kept_in = _KEPT.kept_in


def _kept_name(text_digest: bytes) -> str:
    from policysite import findingcache

    return hashlib.sha256(f"policy\0{findingcache.checks_digest()}\0".encode() + text_digest).hexdigest()


def _read_kept(text_digest: bytes) -> Policy | None:
    """The Policy kept for the text of SHA-256 `text_digest` by this code, if a whole one is there."""
    packed = keptfiles.read(_KEPT.folder, _kept_name(text_digest)) if _KEPT.folder else None
    if packed is None:
        return None
    try:
        policy = pickle.loads(zlib.decompress(packed))
    except (pickle.UnpicklingError, zlib.error, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return policy if isinstance(policy, Policy) else None


def _keep(text_digest: bytes, policy: Policy) -> None:
    if _KEPT.folder is None:
        return
    with contextlib.suppress(pickle.PicklingError, RecursionError):
        packed = zlib.compress(pickle.dumps(policy, protocol=pickle.HIGHEST_PROTOCOL), 1)
        keptfiles.write(_KEPT.folder, _kept_name(text_digest), packed, most=KEPT_PARSES)


def forget_parses() -> None:
    """Drop every parsed text kept (as a new process starts)."""
    global _packed_size
    with _lock:
        _recent.clear()
        _packed.clear()
        _packed_size = 0


@functools.lru_cache(maxsize=32)
def _read_body(body: str) -> tuple[tuple[Token, ...], Mapping[str, Any]]:
    """markdown-it's tokens of a page's body (read-only), and the link definitions it found beside them: the same
    body comes with its front matter (the file) and without (the page MkDocs renders), and markdown-it reading it
    is most of a parse's time. The body starts at its first line that is not empty: the lines before only move line
    numbers."""
    env: dict[str, Any] = {}
    return tuple(_md.parse(body, env)), env.get("references", {})


def _tokens(body: str) -> tuple[Token, ...]:
    return _read_body(body)[0]


def tokens_and_references(body: str) -> tuple[tuple[Token, ...], Mapping[str, Any]]:
    """The body's tokens and its link definitions (label -> href, title, map), as the document model reads them."""
    return _read_body(body)


class _EveryLink(MarkdownIt):
    """The document model's reader taking every `[words](address)` for a link, a script's address too, as
    Python-Markdown, which renders the page, does: markdown-it leaves those as text."""

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True


_every_link = _EveryLink("commonmark").enable("table")


def linked_inline(content: str, references: Mapping[str, Any]) -> list[Token]:
    """The inline tokens of `content` (an inline run's source) with every link the page makes a link, an address
    markdown-it refuses too; code spans and escaped brackets stay text, as on the page."""
    return _every_link.parseInline(content, {"references": dict(references)})[0].children or []


def valid_link(url: str) -> bool:
    """Whether markdown-it makes a link of `url` at all (not `javascript:`, `vbscript:`, `file:`, `data:`)."""
    return bool(_md.validateLink(url.strip()))


def link_targets(tokens: Iterable[Token]) -> Iterator[str]:
    """Every link's address in `tokens`: Markdown's links (in headings, paragraphs, cells) and raw HTML's `href`."""
    for token in tokens:
        for child in (token.children or ()):
            if child.type == "link_open":
                yield str(child.attrs.get("href", ""))
            elif child.type == "html_inline":
                yield from _hrefs(child.content)
        if token.type == "html_block":
            yield from _hrefs(token.content)


def _hrefs(markup: str) -> Iterator[str]:
    from selectolax.lexbor import LexborHTMLParser

    for anchor in LexborHTMLParser(markup).css("a[href]"):
        yield anchor.attributes.get("href") or ""


def _parse(text: str, *, path: str, lang: str) -> Policy:
    problems: list[Finding] = []
    text = normalise(text)
    if len(text) > MAX_PAGE:
        problems.append(Finding.of(path, 1, "text.size", size=len(text), most=MAX_PAGE))
        front = FRONT_MATTER.match(text)
        meta = _front_matter(front.group(0), path, [])[0] if front else {}
        return Policy(path, lang, meta, "", 0, {}, [], [], problems, "")
    if (nested := too_deep_tags(text, path=path)) is not None:
        front = FRONT_MATTER.match(text)
        meta = _front_matter(front.group(0), path, [])[0] if front else {}
        return Policy(path, lang, meta, "", 0, {}, [], [], [*problems, nested], "")
    problems += characters.controls(text, path) + characters.conflicts(text, path)
    meta, body, offset = _front_matter(text, path, problems)
    meta_lines = {m.group(1): n for n, line in enumerate(text.splitlines()[:offset], 1)
                  if (m := re.match(r"^(\w+)\s*:", line))}
    problems += [Finding.of(path, meta_lines.get(str(key), 2), "text.control/front-matter", key=key,
                            code=f"{ord(found.group()):04X}")
                 for key, value in meta.items()
                 if isinstance(value, str) and (found := characters.CONTROL.search(value))]
    problems += [Finding.of(path, meta_lines.get(str(key), 2), "text.control/hidden", key=key,
                            code=f"{ord(found.group()[0]):04X}")
                 for key, value in meta.items() if isinstance(value, str) and not characters.CONTROL.search(value)
                 and (found := characters.hidden_run(value)) and found.group() not in text]
    lead = len(body) - len(body := body.lstrip("\n"))  # blank lines before the body: MkDocs' page has none
    offset += lead
    tokens = _tokens(body)
    title, title_line, title_id, title_attributes, title_markup = "", 0, "", "", ""
    title_marks: tuple[tuple[int, int, str], ...] = ()
    sections: list[Section] = []
    unnumbered: list[tuple[Section, str]] = []
    preamble: list[Block] = []
    list_depth = -1
    numbers: list[int] = []  # per open list: the next item's number, 0 in a bulleted list
    item_start: list[int] = []
    row: list[str] | None = None
    row_links: list[str] = []
    row_link_texts: list[str] = []
    row_source: list[str] = []
    row_line = 0
    row_shown: list[str] = []
    row_sup: list[Mark] = []  # where a row's superscripts are in its `shown` (its cells' joined by " | ")
    row_hrefs: list[str] = []
    row_images: list[tuple[str, str, str]] = []
    in_head = False  # inside a table's <thead>
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = offset + (tok.map[0] + 1 if tok.map else 0)
        target = sections[-1].blocks if sections else preamble
        if tok.type == "heading_open":
            in_item = bool(item_start)
            for at in reversed(item_start):  # a heading in a list item (`1. ## Who we are`) starts a section: the
                if at < len(target) and target[at].kind == "item" and not target[at].text:  # item it opened is none
                    del target[at]
            item_start.clear()
            inline = tokens[i + 1]
            # A heading as the page shows it, inline HTML left out, is what the PDF, policy.json, the history, the
            # feed and the redlines draw (its tags, an `<abbr title="…">`'s words and all, were printed: security
            # hunt 19b, finding 1); as written, tags kept, is what the checks read (its raw HTML judged)
            markup = inline_text.plain(inline.children or [])
            heading, explicit = heading_attrs(inline_text.plain(inline.children or [], html="drop"))
            written = HEADING_ATTRS.search(markup)
            attributes = written.group(1).strip() if written else ""
            level = int(tok.tag[1])
            if in_item and tok.map:
                # `- ## 1. Who we are`: the section is read, but published inside a bullet (or numbered by the
                # list); it passed the checks (adopt42)
                marker = _ITEM_MARKER.match(body.splitlines()[tok.map[0]])
                problems.append(Finding.of(path, line, "structure.heading-in-item", heading=heading.strip()[:80],
                                           marker=marker.group(1) if marker else "-"))
            inserted_twice = level > 1 and nested_insertion(heading)  # `Article 2 bis A`: its heading is its identity
            match = None if inserted_twice else section_heading_number(heading)
            if level == 1 and not title and not sections:
                title, title_line, title_id, title_attributes = heading, line, explicit, attributes
                title_markup = heading_attrs(markup)[0]
                title_marks = title_parts(inline.children or [], heading, heading)
            else:
                section = Section(explicit, match[1].strip() if match else heading, level, line,
                                  numeral=match[0] if match else "", html_id=explicit,
                                  attributes=attributes, written=heading.strip(), markup=heading_attrs(markup)[0],
                                  links=tuple(str(c.attrs["href"]) for c in inline.children or []
                                              if c.type == "link_open") + inline_text.html_links(inline.children or []),
                                  title_parts=title_parts(inline.children or [], heading,
                                                          match[1].strip() if match else heading))
                sections.append(section)
                if not explicit and not match and not inserted_twice:
                    unnumbered.append((section, heading))
            i += 3
            continue
        if tok.type in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
            start = str(tok.attrs.get("start", "1")) if tok.type == "ordered_list_open" else ""
            numbers.append(int(start) if start.isdigit() else 0)
        elif tok.type in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
            if numbers:
                numbers.pop()
        elif tok.type == "list_item_open":
            item_start.append(len(target))
            number = numbers[-1] if numbers else 0
            if number:
                numbers[-1] += 1
            target.append(Block("item", line, "", depth=list_depth, number=number))
        elif tok.type == "list_item_close" and item_start:  # (none open when a heading ended it)
            item_start.pop()
        elif tok.type in ("thead_open", "thead_close"):
            in_head = tok.type == "thead_open"
        elif tok.type == "tr_open":
            row, row_links, row_link_texts, row_source, row_line, row_shown, row_sup, row_hrefs, row_images = \
                [], [], [], [], line, [], [], [], []
        elif tok.type == "tr_close" and row is not None:
            target.append(Block("row", row_line, " | ".join(row), links=tuple(row_links), cells=tuple(row),
                                markdown=" | ".join(row_source), link_texts=tuple(row_link_texts),
                                shown=" | ".join(row_shown), shown_cells=tuple(row_shown), marks=tuple(row_sup),
                                html_links=tuple(row_hrefs), images=tuple(row_images),
                                tooltips=tuple(tip for cell in row_source for tip in inline_text.tag_titles(cell)),
                                header=in_head))
            row = None
        elif tok.type == "inline":
            children = _without_block_attributes(tok.children or [], tok.content)
            text_ = inline_text.plain(children)
            shown_, marks_ = inline_text.marked(children)
            lines_, line_marks_ = inline_text.lines(children)
            links = tuple(str(c.attrs["href"]) for c in children if c.type == "link_open")
            hover = inline_text.tooltips(children)
            hrefs = inline_text.html_links(children)
            pictures = tuple((source, alt, "") for source, alt in inline_text.images(children))
            shown = inline_text.link_texts(children)
            strong = inline_text.strong(children)
            if row is not None:
                row.append(text_)
                row_sup.extend(inline_text.shifted(tuple(m for m in marks_ if m[2] in ("sup", "lang")),
                                                   sum(len(cell) + 3 for cell in row_shown)))
                row_shown.append(shown_)
                row_links.extend(links)
                row_hrefs.extend(hrefs)
                row_images.extend(pictures)
                row_link_texts.extend(shown)
                row_source.append(tok.content)
            elif item_start:
                at = item_start[-1]
                item = target[at]
                joined = f"{item.text}\n{text_}" if item.text else text_
                # its runs apart by the lines between them (a blank line, a nested list's): each line of its Markdown
                # the source's (Block.line_of; a word of its second paragraph was said a line early, legal22)
                apart = "\n" * max(1, line - item.line - item.markdown.count("\n"))
                source = f"{item.markdown}{apart}{tok.content}" if item.markdown else tok.content
                # an item whose words begin on the line after its marker (`-` alone, `1.` alone, as some editors and
                # exports write them) is where its words are: each word's finding named the line above it (adopt51)
                begins = item.line if item.text or item.markdown else line
                target[at] = Block("item", begins, joined, depth=item.depth,
                                   links=item.links + links, strong=item.strong + strong, markdown=source,
                                   number=item.number, link_texts=item.link_texts + shown,
                                   shown=f"{item.shown}\n{shown_}" if item.text else shown_,
                                   marks=item.marks + inline_text.shifted(marks_, len(item.shown) + 1)
                                   if item.text else marks_,
                                   tooltips=item.tooltips + hover, html_links=item.html_links + hrefs,
                                   images=item.images + pictures,
                                   **_item_lines(item, f"{item.shown}\n{shown_}" if item.text else shown_, lines_,
                                                 line_marks_))
            else:
                target.append(Block("paragraph", line, text_, links=links, strong=strong, markdown=tok.content,
                                    link_texts=shown, shown=shown_, marks=marks_, tooltips=hover, html_links=hrefs,
                                    images=pictures,
                                    lines=lines_ if lines_ != shown_ else "",
                                    line_marks=line_marks_ if lines_ != shown_ else ()))
        elif tok.type == "html_block":
            # its text as the browser shows it (references decoded, tags and comments left out) is what every
            # check reads: `&#78;&#111;…` is "No…" to spelling, the brand and bidi checks and the translation's
            seen = inline_text.html_text(tok.content)
            target.append(Block("html", line, seen, markdown=tok.content.strip(), shown=seen,
                                html_links=tuple(_hrefs(tok.content)),
                                images=tuple((source, alt, "") for source, alt in
                                             inline_text.html_images(tok.content))))
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            # A contact or an address set as code (MkDocs sites do): shown on the page, so printed, exported,
            # compared and diffed, line by line; never spell-checked (it may be code).
            target.append(Block("code", line, tok.content.strip("\n"), markdown=tok.content.strip("\n")))
        i += 1
    read_alone = [(section.numeral, section.title, section.html_id, section.number) for section in sections]
    unnumbered = _letters_not_numerals(sections, unnumbered)
    unnumbered = lettered.letter_sections(sections, _chapters(sections, lettered.number_lettered(
        sections, _lettered_parts(sections, _roman_series(sections, _roman_parts(sections, unnumbered))))))
    own = lettered.under_letters(sections)
    unnumbered = [(section, heading) for section, heading in unnumbered if id(section) not in own]
    _restarting_under_numbers(sections)
    _counted_from_one(sections)
    _numbered_apart(sections)
    numbered = _identify(sections, title=title, title_id=title_id, path=path, problems=problems)
    _former_ids(sections, read_alone, title=title, title_id=title_id)
    for section in sections:
        if kept := unread_ids(section.attributes):
            section.former = tuple(dict.fromkeys([*section.former, *kept]))
    if numbered:
        # the last number above each section, in one pass (a scan per unnumbered heading took 5 s for 3,000)
        last: dict[int, tuple[int, ...]] = {}
        above: tuple[int, ...] | None = None
        for s in sections:
            if above is not None:
                last[id(s)] = above
            if s.numeral:
                above = s.parts
        for section, heading in unnumbered:
            if id(section) not in last:
                continue  # above the first number (a contents, an introduction): no number is missing there
            if _SUPPLEMENTARY.fullmatch(heading) or _ANNEX.fullmatch(heading):
                continue  # 附則, 부칙 (supplementary provisions Japanese, Korean, Chinese texts end with), annexes
            expected = _expected_next(last[id(section)])
            # a heading deeper than any number that may come next (`####` under `## 2.`): the deepest of them, not
            # an unrelated "7.3" (adoption hunt 32)
            guess = [e for e in expected if len(e) == section.level - 1] or sorted(expected, key=len)[-1:]
            example = ".".join(map(str, guess[0])) if guess else "7.3"
            problems.append(Finding.of(path, section.line, "structure.unnumbered-heading", heading=heading,
                                       example=example, plain=_UNREAD_MARK.sub('', heading)))
        problems.extend(_numbering_problems([s for s in sections if s.numeral], path))
    problems += _bold_headings(preamble, sections, path)
    if not title and not (isinstance(meta.get("title"), str) and meta["title"].strip()) and (sections or preamble):
        problems.append(Finding.of(path, (preamble or sections)[0].line, "structure.title"))
    elif title and meta_title(meta) and " ".join(meta_title(meta).split()) != " ".join(title.split()):
        # MkDocs titles a page by its front matter's `title:` before its heading: the browser's tab, the header and the
        # menu said "Cookie policy" over a text headed "Example privacy policy", which the checks, the PDF and the
        # redline read as its title (safety69)
        problems.append(Finding.of(path, meta_lines.get("title", 2), "structure.title-apart",
                                   title=meta_title(meta)[:80], heading=title[:80]))
    return Policy(path, lang, meta, title, title_line, meta_lines, sections, preamble, problems, title_attributes,
                  title_markup, title_marks)


# A list item's marker before the heading it opens (`- ## 1. Who`, `1. ## Who`, `> * ## Who`).
_ITEM_MARKER = re.compile(r"[ \t>]*([-*+]|\d{1,9}[.)])")


def _bold_headings(preamble: list[Block], sections: list[Section], path: str) -> list[Finding]:
    """Paragraphs all in bold starting with a section number (`**2. What we collect**`, as Word users type headings),
    two or more: a reader takes them for headings, but no section starts there (no link to #s2 lands, and the changes
    pages count a change in their text as the title and introduction's, or the section's above): a warning naming the
    heading to write (policy import writes them as headings already: convert/bold_headings.py)."""
    found = []
    for where, blocks in [("", preamble), *((s.label, s.blocks) for s in sections)]:
        for block in blocks:
            text = block.text.strip()
            if block.kind != "paragraph" or len(block.strong) != 1 or block.strong[0].strip() != text \
                    or len(text) > 200 or text.endswith((".", ",", ";", ":")):
                continue  # (a sentence or a lead-in in bold is none)
            number = heading_number(text)
            if number and number[0][:1].isdigit() and number[1].strip():
                found.append((block.line, text, where, len(split_number(number[0])[0])))
    if len(found) < 2:
        return []
    return [Finding.of(path, line, "structure.bold-heading" if where else "structure.bold-heading/preamble", WARNING,
                       text=text, where=where, heading=f"{'#' * (depth + 1)} {text}")
            for line, text, where, depth in found]


# A heading lettered `Section C – Rights`, `Annex B: …`, `C – Rights`: a word or none, one capital, a separator.
_LETTERED = re.compile(r"^(?P<word>[^\W\d_]+\.?\s+)?(?P<letter>[A-Z])\s*[-–—:.)](?:\s*\S|\s*$)")  # (`B.` alone too)


def _letters_not_numerals(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Headings lettered in a series (`Section A`, `Section B`, `Section C`) whose letter is also a Roman numeral (C,
    I, L, V, X): letters, as their neighbours', not numbers (`Section C – Rights` was §100, `C – Rights` too, on a
    page that letters its sections: the changes page said "§100 Rights"). Only where a heading of the same level
    and word has a letter that is no Roman numeral; `Chapitre I`, `II`, `III` stay numbers. Returns the headings
    without a number, these added."""
    series: dict[tuple[int, str], list[tuple[Section, str]]] = {}
    for section in sections:
        match = _LETTERED.match(section.written)
        if match and not section.html_id:
            key = (section.level, (match["word"] or "").strip().lower())
            series.setdefault(key, []).append((section, match["letter"]))
    letters = []
    for group in series.values():
        if any(not s.numeral and letter not in _ROMAN_LETTERS for s, letter in group):
            letters += [s for s, letter in group if s.numeral and letter in _ROMAN_LETTERS]
    for section in letters:
        section.numeral, section.title = "", section.written
    return unnumbered + [(section, section.written) for section in letters]


_ROMAN_LETTERS = "IVXLCDM"


# A mark the heading numbers itself with that is read as no number (`III. Rights` among `1.` headings, `b) Data`): the
# example replaces it rather than putting a number before it (“3 III. Rights”)
_UNREAD_MARK = re.compile(r"^(?:[IVXLC]+|[A-Za-z])[.)]\s+(?=\S)")


# (or the number alone, `## II.`, its title on the line under it or none: a number among its series' numbers, as `## 2.`
# is §2; alone it stays a title, `C.` and `I.` being letters too). Written `I)` too, and in small letters, `i.`, `ii)`
# (leads46: `## I) Scope`, `## ii. Data` stayed unnumbered, their series too): a series only, `i.` alone being a letter.
_ROMAN_HEADING = re.compile(r"^(?P<number>[IVXLC]+|[ivxlc]+)[.)](?:\s+(?P<title>\S.*))?$")


def _roman_parts(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Parts numbered in Roman numerals whose sections count from 1 again in each (`## I. Name`, `### 1. Scope`,
    `### 2. …`, `## II. …`, `### 1. …`), as German policies number them: each part is read as a level-one
    number and its sections as the level below (II then 1 is §2.1). Only where the headings of one level written
    `I.`, `II.`, `III.` … count from I in order, and each part's numbered sections start again at 1; the text
    is published as written. Returns the headings still without a number."""
    romans = {id(section): match for section, heading in unnumbered if (match := _ROMAN_HEADING.match(heading))}
    parts = [section for section in sections if id(section) in romans]
    if len(parts) < 2 or len({section.level for section in parts}) != 1 or \
            len({romans[id(section)]["number"].isupper() for section in parts}) != 1:
        return unnumbered  # (`I.`, `ii.` at one level: no one series)
    if any((parent := _parent(sections, section)) is not None and parent.numeral for section in parts):
        # `### I.`, `### II.` under `## 1.`: its section's subsections, counted in Roman numerals (lettered.py), not
        # parts (each was a number repeated, §1 again, and `## 2.` after them too)
        return unnumbered
    values = [heading_number(f"Section {romans[id(section)].group('number').upper()} {section.title}")
              for section in parts]
    numbers = {id(section): int(v[0]) if v else 0 for section, v in zip(parts, values, strict=True)}
    if not _counted_from_i(list(numbers.values())):
        return unnumbered
    level, part, first = parts[0].level, 0, True
    if _numbered_within(sections, numbers, level):
        # `## II. Rights` over `### 2.1 Access`: the text numbers its sections in Roman numerals and their subsections
        # with the section's number, as written (a text restyled from `## 2.` to `## II.` lost every id, `#s2-1`
        # became `#access`, and every numbering check, texts 28)
        for section in parts:
            section.numeral, section.title = str(numbers[id(section)]), (romans[id(section)]["title"] or "").strip()
        return [(section, heading) for section, heading in unnumbered if id(section) not in romans]
    under: list[tuple[Section, str]] = []  # each numbered section and the part it is in
    for section in sections:
        if id(section) in romans:
            part, first = numbers[id(section)], True
        elif part and section.numeral and section.level > level:
            if first and not section.numeral == "1":
                return unnumbered  # numbered on from the part before: not a numbering of its own in each part
            first = False
            under.append((section, f"{part}.{section.numeral}"))
    for section, numeral in under:
        section.numeral = numeral
    for section in parts:
        section.numeral, section.title = str(numbers[id(section)]), (romans[id(section)]["title"] or "").strip()
    return [(section, heading) for section, heading in unnumbered if id(section) not in romans]


def _counted_from_i(values: list[int]) -> bool:
    """Roman numerals read as a series counting from I though a number is skipped or repeated (`I.`, `II.`, `IV.`;
    `I.`, `II.`, `II.`), which the numbering checks then name as they do `1.`, `2.`, `4.` (such a series stayed
    unnumbered and passed the checks silently: adopt42): the first is I, and most steps are by one."""
    steps = [b - a for a, b in zip(values, values[1:])]
    return bool(values) and values[0] == 1 and min(values) > 0 and 2 * steps.count(1) >= len(steps)


def _roman_series(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Roman numerals of one series written two ways, `## I.` (or `## I. Scope`) then `## II – Data`, `## III – Rights`
    (a numeral and a dash numbers a heading, a numeral and a full stop only in a series of its own: `_roman_parts`): the
    ones with a full stop are numbered by their numeral too, so that the series is one numbering (`## I.` stayed a
    section titled "I.", its id a slug, beside §2 and §3). Only where every heading of that level under the same heading
    is written in Roman numerals counting from I in order, one at least numbered already. The sections numbered from 1
    again under each part numbered by its numeral (beside headings with no number at all too: a `## Préambule` before
    them, a `## Contact` after) are the parts' (`_restarting_in_parts`: II then 1 is §2.1, each was a number
    repeated), in a series written `II –` alone too, and under parts numbered by a dash that count from elsewhere
    (`## III – Data` alone among unnumbered headings over `### 1. Sub` is §3.1; the gap before III is still said). A
    numeral and a full stop alone among unnumbered headings (`## II. Rights`) stays a title, its sections numbered as
    written: a series of one is none (`I.` and `C.` are letters too); it and `## I. Scope` beside `## II – Data` and
    `## Contact` are numbered only in a series of their own. Returns the headings still without a number."""
    if not any(section.numeral and section.written[:1] in "IVXLC" for section in sections):
        return unnumbered  # (no part numbered by a Roman numeral here: every page's parse passes here)
    romans = {id(section): match for section, heading in unnumbered if (match := _ROMAN_HEADING.match(heading))}
    done: set[int] = set()
    for group in _siblings(sections):
        members = [(section, value) for section in group if (value := _roman_value(section))]
        if not members or any(written_number(s.written, marked=True) or s.numeral for s in group
                              if not any(s is m for m, _ in members)) \
                or any(id(s) not in romans and s.numeral != str(v) for s, v in members):
            continue  # (no Roman part here, or a heading numbered otherwise beside them: no one series)
        values = [value for _, value in members]
        if all(id(s) in romans for s, _ in members):
            continue  # (parts all written `I.`, `II.`: _roman_parts', or a title such as `## II. Rights` alone)
        if any(id(s) in romans for s, _ in members) and (values != list(range(1, len(values) + 1))
                                                           or len(members) < len(group)):
            continue  # (`## I. Scope`, `## II – Data` beside `## Contact`: no series to number `I.` by)
        for section, value in members:
            if id(section) in romans:
                section.numeral, section.title = str(value), (romans[id(section)]["title"] or "").strip()
                done.add(id(section))
        _restarting_in_parts(sections, [section for section, _ in members])
    return [(section, heading) for section, heading in unnumbered if id(section) not in done]


def _roman_value(section: Section) -> int:
    """The value of the Roman numeral `section`'s heading is numbered by, a mark after it (`III – Data`, `II.`: 3, 2),
    0 for a heading written otherwise."""
    if section.written[:1] not in "IVXLC":
        return 0
    written = written_number(section.written, marked=True)
    token = written[1] if written and not written[0] else ""
    return roman_number(token) if token and re.fullmatch(r"[IVXLC]+", token) else 0


def _restarting_in_parts(sections: list[Section], parts: list[Section]) -> None:
    """The sections numbered from 1 again under each of `parts` (numbered by their numerals at one level: `## II –
    Data` over `### 1. Types`), as `_roman_parts` reads them: II then 1 is §2.1. Only where each part's numbered
    sections count from 1 in plain numbers; a part's sections are its own though the others have none (`## I –
    Scope` over `### 1.`, `### 2.`, then `## II – Data` alone: §1.1, §1.2 beside §1 and §2, each was a number
    repeated)."""
    heads = {id(section): section.numeral for section in parts}
    level, part, first = parts[0].level, "", True
    under: list[tuple[Section, str]] = []
    for section in sections[sections.index(parts[0]):]:
        if id(section) in heads:
            part, first = heads[id(section)] or "", True
        elif section.level <= level:
            part = ""  # (a heading of the parts' level that is none of them: what follows is in no part)
        elif part and section.numeral:
            if "." in section.numeral or section.inserted or first and section.numeral != "1":
                return
            first = False
            under.append((section, f"{part}.{section.numeral}"))
    for section, numeral in under:
        section.numeral, section.reread = numeral, True


def _restarting_under_numbers(sections: list[Section]) -> None:
    """Sections numbered from 1 again under each numbered section of the highest level (`## 第2条（取得）`
    or `## 二、收集` over `### 1. 注册账号`, `### 2. …`; `## Article 2 – Data` over `### 1. Types`), as
    Chinese, Japanese and Korean policies number the points of each article, are its subsections, as
    `_restarting_in_parts` reads them under Roman parts: 2 then 1 is §2.1 (adopt48: each was a number repeated,
    `#s1_1`, §2 given to the first article's second point, the article after it `#s2_1`). Only where every numbered
    heading below that level is a plain number one level under, each part's counting 1, 2, 3 in order, and one
    repeats a number above it."""
    numbered = [section for section in sections if section.numeral]
    if len(numbered) < 3:
        return
    level = min(section.level for section in numbered)
    parts = [section for section in numbered if section.level == level]
    points = [section for section in numbered if section.level > level]
    if len(parts) < 2 or not points or any("." in (s.numeral or "") or s.inserted for s in numbered) \
            or any(s.level != level + 1 for s in points) \
            or len({s.numeral for s in numbered}) == len(numbered):
        return  # (numbered on across the page, or deeper than one level: read as written)
    counts: list[list[int]] = []
    for section in numbered:
        if section.level == level:
            counts.append([])
        elif counts:
            counts[-1].append(int(section.numeral or 0))
    if any(count != list(range(1, len(count) + 1)) for count in counts):
        return  # (a number skipped or repeated in a part: said as written, not read as a count of its own)
    _restarting_in_parts(sections, parts)


def _siblings(sections: list[Section]) -> list[list[Section]]:
    """The headings of each level under one heading (or at the top), in order: the groups a series numbers."""
    groups: dict[tuple[int, int], list[Section]] = {}
    stack: list[Section] = []
    for section in sections:
        while stack and stack[-1].level >= section.level:
            stack.pop()
        parent = id(stack[-1]) if stack else 0
        groups.setdefault((parent, section.level), []).append(section)
        stack.append(section)
    return list(groups.values())


def _numbered_within(sections: list[Section], numbers: dict[int, int], level: int) -> bool:
    """The numbered headings under Roman parts (`numbers`, each part's number by its id, at `level`) each start with
    their part's number (`### 2.1` under `## II.`), and there is one at least."""
    part, found = 0, False
    for section in sections:
        if id(section) in numbers:
            part = numbers[id(section)]
        elif part and section.numeral and section.level > level:
            if (section.numeral or "").split(".")[0] != str(part) or "." not in (section.numeral or ""):
                return False
            found = True
    return found


def _parent(sections: list[Section], section: Section) -> Section | None:
    """The nearest heading above `section` at a higher level (None at the top)."""
    at = sections.index(section)
    return next((s for s in reversed(sections[:at]) if s.level < section.level), None)


# A part's heading lettered `A. General`, `B. Rights`, or with a word, `Part A – General`: a word or none, one capital,
# a separator, the title; or one letter of the Greek, Cyrillic, Hebrew or Arabic alphabets, or Korean's (가, 나, 다),
# as those texts letter their parts (`א. כללי`, `가. 수집` over `1.`, `2.`: adopt48), a Hebrew geresh or Greek
# keraia after it.
_LETTER_PART = re.compile(r"^(?:(?P<word>[^\W\d_]+)\s+)?(?P<letter>[A-Z]|[Α-Ω]|[А-ЯЁҐЄІЇ]|[א-ת]|هـ|[ء-ي]|"
                          rf"[{lettered.KOREAN_LETTERS}])[׳'΄]?\s*[-–—:.)](?:\s*(?P<title>\S.*))?$")


def _parts_in_series(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """The headings without a number that letter their level's parts, `A.`, `B.`, `C.` (or `Part A –`, `Part B –`, the
    same word each), or number them in Roman numerals, `I.`, `II.`, counting from the first in order at one level, and
    the title after the letter; [] for none."""
    for pattern, key in ((_LETTER_PART, "letter"), (_ROMAN_HEADING, "number")):
        matches = {id(section): match for section, heading in unnumbered if (match := pattern.match(heading))}
        series = [(section, matches[id(section)]) for section in sections if id(section) in matches]
        if len(series) < 2 or len({section.level for section, _ in series}) != 1 \
                or len({(match.groupdict().get("word") or "").lower() for _, match in series}) != 1:
            continue
        labels = [match[key] for _, match in series]
        if (lettered.letter_values(labels) == list(range(1, len(series) + 1)) if key == "letter" else
                labels == list(_ROMANS[:len(series)])):
            return [(section, (match["title"] or "").strip()) for section, match in series]
    return []


_ROMANS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
           "XVIII", "XIX", "XX")


def _lettered_parts(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Parts lettered `A.`, `B.` (or `Part A –`, `Part B –`) whose sections count from 1 again in each, as
    `_roman_parts` reads Roman ones: B then 1 is §2.1 (`#s2-1`). Each section of part B was a number repeated
    (structure.number-repeated), `B. Rights` "has no section number: start its title with it, e.g. “3 Rights”", and
    every section levelled wrong, on a page that publishes nothing until they are gone. Only where the page numbers
    its headings and a part after the first numbers its sections from 1 again (a number that would repeat): a page
    passing the checks keeps its ids. Returns the headings still without a number."""
    series = _parts_in_series(sections, unnumbered)
    # (a Roman series has its `II.`, no letter)
    if not series or not all(_LETTER_PART.match(section.written) for section, _ in series) \
            or sum(bool(s.numeral) for s in sections) * 2 < len(sections):
        return unnumbered
    heads = {id(section): title for section, title in series}
    level, part, first, restarted = series[0][0].level, 0, True, False
    under: list[tuple[Section, str]] = []
    for section in sections:
        if id(section) in heads:
            part, first = part + 1, True
        elif part and section.numeral and section.level > level:
            if first and section.numeral != "1":
                return unnumbered  # numbered on across the parts (_chapters), or not from 1
            restarted, first = restarted or part > 1, False
            under.append((section, f"{part}.{section.numeral}"))
    if not restarted:
        return unnumbered
    for section, numeral in under:
        section.numeral = numeral
    for n, (section, title) in enumerate(series, 1):
        section.numeral, section.title = str(n), title
    return [(section, heading) for section, heading in unnumbered if id(section) not in heads]


# A chapter's heading, as texts written like statutes group their articles: `第1章 総則`, `제1장`, `Capítulo I`, `Capo
# II`, `Chapitre 1`, `Kapitel 2`, `Título I`, `Part 1`.
_CHAPTER = re.compile(r"\s*(?:第\s*[\d〇零一二三四五六七八九十百]+\s*[章編部]|제\s*\d+\s*장|"
                      r"(?:chapter|chapitre|cap[íi]tulo|capitolo|capo|kapitel|hoofdstuk|rozdzia[łl]|kapitola|"
                      r"b[öo]l[üu]m|κεφάλαιο|глава|t[íi]tulo|titre|titolo|teil|part|partie|parte|"
                      # German `Abschnitt 1` over `§ 1`, `§ 2` (adopt30)
                      r"abschnitt)\b)", re.I)


def _chapters(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Chapters grouping articles numbered on across them (`## 第1章 総則`, `### 第1条`, `### 第2条`, `## 第2章`,
    `### 第3条`), as texts written like statutes are: the articles keep their numbers (第3条 is §3, `#s3`), one level
    under their chapters, and the chapters, which no article's number includes, need none (adoption hunt 29: each
    article was a number repeated or at the wrong level, and `Capo II` an unnumbered heading). Groupings nest too,
    `TITRE I` over `Chapitre 1` over `Article 1`, German `Abschnitt 1` over `§ 1`, Spanish `Título I` over `Capítulo I`
    over `Artículo 1`: each article one level under the groupings above it (adopt30: the chapters were numbers
    repeated, §1 three times, each article at the wrong level). Returns the headings still without a number."""
    chapters = [s for s in sections if _CHAPTER.match(s.written or s.title)]
    if len(chapters) < 2:  # or parts lettered or in Roman numerals, `## II. Rights` over `### 3. Access`
        chapters = [section for section, _ in _parts_in_series(sections, unnumbered)]
    roman = len(chapters) < 2
    if roman:  # or written `## I – Scope`, `## II – Data` (numbered by their numerals: adopt30)
        chapters = _roman_written(sections)
    if len(chapters) < 2:
        return unnumbered
    level = min(s.level for s in chapters)
    ids = {id(s) for s in chapters}
    articles = [s for s in sections if id(s) not in ids and s.numeral and s.level > level]
    beside = not articles and not roman and len({s.level for s in chapters}) == 1
    if beside:  # chapters headed as their articles are, `## 第1章 総則`, `## 第1条`, `## 第2条`, `## 第2章` (adopt48)
        articles = [s for s in sections if id(s) not in ids and s.numeral and s.level == level
                    and sections.index(s) > sections.index(chapters[0])]
    top = [s for s in articles if "." not in (s.numeral or "") and not s.inserted]
    if [int(s.numeral or 0) for s in top] != list(range(1, len(top) + 1)) or len(top) < 2:
        if len({s.level for s in chapters}) == 1:
            _restarting(sections, chapters, articles)
        return unnumbered
    first_under = [next((s for s in sections[sections.index(c) + 1:] if id(s) not in ids and s.numeral
                         and "." not in (s.numeral or "") and not s.inserted), None) for c in chapters[1:]]
    if not any(s is not None and s.numeral != "1" for s in first_under):
        return unnumbered  # numbered from 1 again in each: parts (_roman_parts), not chapters of articles
    depth = _groupings_above(sections, ids)
    if any(section.level < level and not depth[id(section)] for section in articles):
        return unnumbered  # an article above every chapter: no grouping of the articles
    if beside and any(s.numeral and s.level == level for s in sections[:sections.index(chapters[0])]):
        return unnumbered  # an article before the first chapter: no grouping of the articles
    nested = len({s.level for s in chapters}) > 1
    for section in chapters:
        section.numeral, section.grouping, section.reread = "", nested, roman or beside
    for section in articles:
        section.under_chapter = 0 if beside else depth[id(section)] or 1
    return [(s, heading) for s, heading in unnumbered if id(s) not in ids]


def _roman_written(sections: list[Section]) -> list[Section]:
    """The headings of the highest level written with a Roman numeral and a mark (`I – Scope`, `II: Data`), numbered
    by it 1, 2, 3 in order, all those of that level: parts a text may number its articles on across; [] for none."""
    top = min((s.level for s in sections), default=0)
    level = [s for s in sections if s.level == top]
    if len(level) < 2 or not all(s.numeral and s.written[:1] in "IVXLC" for s in level):
        return []
    tokens = [written_number(s.written, marked=True) for s in level]
    if any(token is None or token[0] or not re.fullmatch(r"[IVXLC]+", token[1]) for token in tokens) or \
            [s.numeral for s in level] != [str(n) for n in range(1, len(level) + 1)]:
        return []
    return level


def _groupings_above(sections: list[Section], groupings: set[int]) -> dict[int, int]:
    """How many of the headings `groupings` (their ids) each section is under: 2 for `Article 1` under `Chapitre 1`
    under `TITRE I`."""
    found: dict[int, int] = {}
    stack: list[Section] = []
    for section in sections:
        while stack and stack[-1].level >= section.level:
            stack.pop()
        found[id(section)] = sum(id(s) in groupings for s in stack)
        stack.append(section)
    return found


def _restarting(sections: list[Section], chapters: list[Section], articles: list[Section]) -> None:
    """Chapters numbered 1, 2, 3 in order whose articles count from 1 again in each (`## Chapter 2 – Rights`, `###
    Article 1 – Access`): two levels, as `_roman_parts` reads Roman parts, article 1 of chapter 2 is §2.1 (`#s2-1`);
    each article was a repeated number, refused with "write ## Article 2" advice that would not make it one. Only
    where every article is a plain number under a chapter, each chapter's counting 1, 2, 3 in order."""
    if [c.numeral for c in chapters] != [str(n) for n in range(1, len(chapters) + 1)] \
            or any("." in (s.numeral or "") or s.inserted or s.level != chapters[0].level + 1 for s in articles):
        return
    heads, numbered = {id(c) for c in chapters}, {id(s) for s in articles}
    under: list[tuple[Section, str]] = []
    chapter, count = "", 0
    for section in sections:
        if id(section) in heads:
            chapter, count = section.numeral or "", 0
        elif id(section) in numbered:
            count += 1
            if not chapter or section.numeral != str(count):
                return  # numbered on, out of order, or above the first chapter: not a count of its own in each
            under.append((section, f"{chapter}.{section.numeral}"))
    if len({numeral for _, numeral in under}) < len(under) or not any(n.split(".")[1] == "1" and n[0] != "1"
                                                                       for _, n in under):
        return
    for section, numeral in under:
        section.numeral = numeral


def _numbered_apart(sections: list[Section]) -> None:
    """Sections numbered from 1 again under a heading without a number that follows the policy's numbered sections, at
    their level (`## Notice to California residents` over `### 1. Categories`, `### 2. Your rights`; an annex listing
    `### 1. Hosting`): a numbering of their own, as an annex's, not the policy's §1 and §2 again (each was
    structure.number-repeated, an error nothing but renumbering them cleared). Read as headings without a number,
    the number in their title (`#1-categories`); the heading above them is told, as before, to take a number or an id.
    Only where each such numbering repeats a number used above it, and the page still numbers its headings without
    them (their ids are as before otherwise)."""
    apart: list[Section] = []
    used: set[str] = set()  # the numbers above, and the level of the highest of them (a page of 3,000 headings: once)
    top = 7
    for at, head in enumerate(sections):
        if head.numeral:
            used.add(head.numeral)
            top = min(top, head.level)
            continue
        if head.level > top:
            continue
        counted = []
        for section in sections[at + 1:]:
            if section.level <= head.level:
                break
            if section.numeral:
                counted.append(section)
        if counted and counted[0].numeral == "1" and any(s.numeral in used for s in counted):
            apart += counted
    if not apart or (sum(bool(s.numeral) for s in sections) - len(apart)) * 2 < len(sections):
        return
    for section in apart:
        section.numeral, section.title = "", section.written


def _counted_from_one(sections: list[Section]) -> None:
    """Articles inserted after an article numbered from の1 (`第10条の1`, `第10条の2`, as a company text may count them,
    where a statute's first is の2): the first is `10bis`, the next `10ter`, as their translation's `Article 10a`,
    `Article 10b` (the number was lost: `第10条の1` read as no number, before it as §10 again)."""
    places = {id(s): place for s in sections if s.numeral and (place := statute_place(s.written))}
    first = {article for article, n in places.values() if n == 1}
    for section in sections:
        article, n = places.get(id(section), (0, 0))
        if article in first and inserted_at(n + 1) and section.numeral == f"{article}{inserted_at(max(n, 2))}":
            section.numeral = f"{article}{inserted_at(n + 1)}"


# A heading numbered by its series alone, as the import reads it since sessions 44 and 45 (adopt29, adopt30): a label
# with no title, `## II.`, `### b)`, `## C.`, and a number with its ordinal's mark before a separator, `1°) Titolare`
_READ_SINCE = re.compile(r"^\(?(?:[IVXLCivxlc]+|[A-Za-z])[.)]?$|^\d+[ºª°]\s*[-–—:)|·•]")
# and since session 46, a Roman series written `I)` or in small letters with a title, `## I) Scope`, `## ii. Data`
_READ_SINCE_46 = re.compile(r"^(?:[IVXLC]+\)|[ivxlc]+[.)])\s")


def _former_ids(sections: list[Section], read_alone: list[tuple[str | None, str, str, str]], *, title: str,
                title_id: str) -> None:
    """On a page where a heading is numbered by a rule the generator gained after texts were imported and published,
    each section keeps the ids a build before it gave, as aliases (anchors.own_anchors): a reader's saved link to the
    published text lands once it is built again. A label alone or an ordinal's mark (`_READ_SINCE`), and a Roman series
    written two ways (`_roman_series`): each numbered section's heading's slug, `#ii`, `#i-scope`, `#1-titolare`, and
    its title's, `#scope`, where the page had too few numbers to number its headings. Sections renumbered in their
    parts (`_restarting_in_parts`) and groupings nested over articles (`_chapters`): the ids each heading read alone
    gave (`read_alone`: its number, title, explicit id and identity before any series was read), `#s1_2` of a number
    repeated. Other pages, whose ids no such rule changed, carry none (first-visit bytes)."""
    written = [" ".join(section.written.split()) for section in sections if section.numeral and (
        len(section.written) <= 12 or section.written[:1] in "IVXLCivxlc" or "º" in section.written[:8] or
        "°" in section.written[:8] or "ª" in section.written[:8])]  # (those alone may match: every parse passes here)
    slugs = any(_READ_SINCE.match(heading) or _READ_SINCE_46.match(heading) for heading in written) or (
        any(_ROMAN_HEADING.match(heading) for heading in written) and
        any(re.match(r"[IVXLC]+\s*[-–—:]", heading) for heading in written))
    alone = any(section.reread or section.grouping for section in sections)  # (or Roman parts become chapters)
    if not (slugs or alone):
        return
    before = [replace(section, numeral=numeral, title=heading, html_id=html_id, number=number, under_chapter=0,
                      letter="", grouping=False) for section, (numeral, heading, html_id, number) in
              zip(sections, read_alone, strict=True)] if alone else []
    if before:
        _identify(before, title=title, title_id=title_id, path="", problems=[])
    for at, section in enumerate(sections):
        found = [before[at].html_id] if before else []
        if slugs and section.numeral and section.html_id == anchor_for(section.numeral):
            found += [title_slug(section.written), title_slug(section.title)]
        section.former = tuple(dict.fromkeys(slug for slug in found if slug and slug != section.html_id))


def heading_counts(sections: list[Section]) -> tuple[int, int]:
    """How many headings carry a number, and how many count (a lettered section's own headings, which a policy
    lettering its sections writes without letters, do not): a text numbers its headings when the first is at least
    half the second."""
    return sum(bool(s.numeral) for s in sections), \
        len(sections) - len(lettered.under_letters(sections)) - sum(s.grouping for s in sections)


def _identify(sections: list[Section], *, title: str, title_id: str, path: str, problems: list[Finding]) -> bool:
    """Give each section its identity and its id on the page; True if the policy numbers its headings.

    A policy numbers its headings when at least half of them carry a number: then a number is the
    identity of its section, and the numbering rules apply. Otherwise, and for the headings without
    a number, the identity is a slug of the title, unique in the page as Python-Markdown's are.
    """
    with_number, counted = heading_counts(sections)
    numbered = with_number * 2 >= counted > 0
    used: set[str] = ({title_id or slugify(title)} if title else set()) | TOP_IDS
    for section in sections:
        if section.html_id:
            if section.html_id in used:
                problems.append(Finding.of(path, section.line, "structure.id-repeated", where=section.label,
                                           id=section.html_id))
                section.html_id = section.number = unique(section.html_id, used)
            used.add(section.html_id)
    keys: set[str] = set()
    claimed = {section.html_id: section for section in sections if section.html_id}
    for section in sections:
        if not section.html_id and section.numeral and numbered:
            natural = anchor_for(section.numeral)
            if (holder := claimed.pop(natural, None)) is not None:  # `## 2.1 T {#s1}`: §1 became `s1_1`, and every
                # link to §1 (another version's, the translation's, the changes page's) landed on §2.1 (safety hunt 47)
                problems.append(Finding.of(path, holder.line, "structure.id-repeated", where=holder.label, id=natural))
            section.html_id = unique(natural, used)
            # A number used twice (the policy's own mistake, or a numbering that restarts under lettered
            # parts) names the later section by its id: identities stay unique.
            section.number = section.numeral if section.numeral not in keys else section.html_id
            keys.add(section.number)
    for section in sections:
        if not section.html_id:
            section.html_id = section.number = unique(title_slug(section.title), used)
    return numbered


def _front_matter(text: str, path: str, problems: list[Finding]) -> tuple[dict, str, int]:
    """Split YAML front matter from the body; return (meta, body, lines before the body)."""
    match = FRONT_MATTER.match(text)
    if not match:
        problems.append(Finding.of(path, 1, "frontmatter.missing"))
        return {}, text, 0
    offset = match.group(0).count("\n")
    source = match.group(1) or ""
    if len(source.encode("utf-8")) > MAX_FRONT_MATTER:
        problems.append(Finding.of(path, 2, "frontmatter.yaml/size", most=MAX_FRONT_MATTER))
        return {}, text[match.end():], offset
    try:
        meta = yaml.load(source, Loader=MetaLoader) or {}
    except yaml.YAMLError as exc:
        # where what went wrong started (`title: [a` is read up to the end: its line, not the closing ---'s)
        marks = [m for m in (getattr(exc, "context_mark", None), getattr(exc, "problem_mark", None)) if m]
        line = 2 + min((m.line for m in marks), default=0)
        # what a legal team writes wrong in YAML: a summary holding ": " or starting with a quote (words 25: YAML's
        # "mapping values are not allowed here" said nothing of what to do)
        quote = isinstance(exc, (yaml.scanner.ScannerError, yaml.parser.ParserError))
        problems.append(Finding.of(path, line, "frontmatter.yaml" + ("/quote" if quote else ""),
                                   problem=yaml_reason(exc)))
        meta = {}
    if not isinstance(meta, dict):
        problems.append(Finding.of(path, 2, "frontmatter.yaml/mapping"))
        meta = {}
    lines = {m.group(1): n for n, line in enumerate(text.splitlines()[:offset], 1)
             if (m := re.match(r"^([^\s:#][^:]*?)\s*:", line))}
    for key in list(meta):
        if key not in META_KEYS:
            # a key misspelt (`sumary:`, `Date:`) is named as meant: "remove it" lost the summary it held (words 25)
            meant = difflib.get_close_matches(str(key).strip().lower()[:80], META_KEYS, n=1, cutoff=0.75)
            problems.append(Finding.of(path, lines.get(str(key), 2), "frontmatter.key" + ("" if meant else "/unknown"),
                                       key=str(key)[:80], keys=", ".join(META_KEYS),
                                       **({"meant": meant[0]} if meant else {})))
            del meta[key]
        elif key != "date" and not isinstance(meta[key], (str, int, float)) or isinstance(meta[key], bool):
            problems.append(Finding.of(path, lines.get(key, 2), "frontmatter.key/plain", key=key))
            del meta[key]
    for key in ("title", "description", "summary"):  # shown as written: on the page, the history, the feed
        value = meta.get(key)
        if isinstance(value, str) and (markup := _MARKUP.search(value) or inline_text.INLINE_TAG.search(value)):
            problems.append(Finding.of(path, lines.get(key, 2), "frontmatter.markup", key=key,
                                       markup=markup.group()[:40]))
    for key in ("date", "announced"):
        if isinstance(meta.get(key), str) and ISO_DATE.fullmatch(meta[key]):
            try:
                meta[key] = dt.date.fromisoformat(meta[key])
            except ValueError:
                pass  # kept as text: the date check names it
    return meta, text[match.end():], offset


# Markdown in a front matter value (a link, emphasis, a code span), which every place shows as written (and an
# HTML tag, INLINE_TAG, shown as written too: safety hunt 39).
_MARKUP = re.compile(r"\[[^\]\n]+\]\([^)\s]+\)|(?<![\w*])(\*\*?|__)(?=\S)[^*\n]+?(?<=\S)\1(?![\w*])|`[^`\n]+`")


def drawn(block: Block) -> str:
    """A paragraph's or item's text as the PDF draws it: what the page shows (`shown`), with each line break the
    text makes (two spaces or a backslash at a line's end, `<br>`; a Word document's manual line break) as a
    newline."""
    return drawn_marked(block)[0]


def drawn_marked(block: Block) -> tuple[str, tuple[Mark, ...]]:
    """`drawn(block)` and where its bold spans and links are in it (`Block.marks`)."""
    if block.kind in ("code", "html"):
        return block.text, ()  # a code block's lines as written (markup in it is text); an HTML block's as shown
    return (block.lines, block.line_marks) if block.lines else (block.shown, block.marks)


def _item_lines(item: Block, shown: str, lines: str, marks: tuple[Mark, ...]) -> dict[str, Any]:
    """An item's `lines` and `line_marks` once one more of its runs (`lines`, `marks`) is read; none while they are
    its `shown` (which, with that run, is `shown`)."""
    before, before_marks = (item.lines, item.line_marks) if item.lines else (item.shown, item.marks)
    joined = f"{before}\n{lines}" if item.text else lines
    if joined == shown:
        return {}
    shifted = inline_text.shifted(marks, len(before) + 1)
    return {"lines": joined, "line_marks": before_marks + shifted if item.text else marks}


def _numbering_problems(sections: list[Section], path: str) -> list[Finding]:
    """Gaps, repeats, disorder and heading levels that contradict the numbers."""
    problems: list[Finding] = []
    seen: dict[tuple[tuple[int, ...], int], int] = {}  # each number and the line of the first heading with it
    prev: tuple[int, ...] = ()
    prev_inserted = 0  # the place of the article inserted after `prev` that came last (2 for `2 bis`), 0 for none
    after = ""  # (the start of the numbering)
    for section in sections:
        parts, inserted = section.parts, section.inserted
        where = section.label
        if (parts, inserted) in seen:
            problems.append(Finding.of(path, section.line, "structure.number-repeated",
                                       section=titled(where, section.title), first=seen[(parts, inserted)]))
            continue
        seen[(parts, inserted)] = section.line
        if inserted:
            # `2 bis` follows §2 or its last subsection; `2 ter` follows `2 bis`
            if not (inserted == 2 and prev[:len(parts)] == parts and (len(prev) > len(parts) or not prev_inserted)
                    or inserted > 2 and prev == parts and prev_inserted == inserted - 1):
                missing = next((_missing(section, n) for n in (0, *range(2, inserted))
                                if (parts, n) not in seen), "")
                fields: dict[str, object] = {"missing": missing} if missing else {}
                key = "structure.number-skipped" if missing else "structure.number-order"
                problems.append(Finding.of(path, section.line, key, section=titled(where, section.title), after=after,
                                           **fields))
                if key == "structure.number-order":
                    continue
        else:
            # no subsection under an inserted article: `2.1` after `2 bis` goes back
            expected = _expected_next(prev)[1 if prev_inserted else 0:]
            if parts not in expected:
                key, fields = _describe_gap(prev, parts, expected, mark=section.mark)
                problems.append(Finding.of(path, section.line, key, section=titled(where, section.title), after=after,
                                           **fields))
                if key == "structure.number-order":
                    continue  # judge the next heading against the last one in order
        # (Markdown has six levels of heading: a number deeper than a `######` heading can go is at home there; the
        # advice was `####### 1.1.1.1.1.1 …`, a paragraph)
        depth = min(len(parts) + 1 + section.under_chapter, 6)
        if section.level != depth:
            problems.append(Finding.of(path, section.line, "structure.level", where=where, depth=len(parts),
                                       level=section.level, hashes="#" * depth,
                                       number=section.written or section.numeral))
        prev, prev_inserted, after = parts, inserted, where
    return problems


# An inserted article's mark written with a letter (`§2b`, `§5.1A`: Section.mark): its article and its letter.
_LETTER_MARK = re.compile(r"§(\d+(?:\.\d+)*)([a-zA-Z])")


def _missing(section: Section, inserted: int) -> str:
    """How a message names the article inserted `inserted`-th (0: the article itself) after `section`'s, missing
    before it: as the page writes its letters where it does (`§2a` before `Article 2b`), else `§2 bis`."""
    letter = _LETTER_MARK.fullmatch(section.mark)
    if inserted and letter:
        written = chr(ord("a") + inserted - 2)
        return f"§{letter.group(1)}{written.upper() if letter.group(2).isupper() else written}"
    return label_of(".".join(map(str, section.parts)) + inserted_at(inserted))


def _expected_next(prev: tuple[int, ...]) -> list[tuple[int, ...]]:
    """Numbers that may follow `prev`: its first child, or the next sibling of it or an ancestor."""
    if not prev:
        return [(1,)]
    options = [prev + (1,)]
    for depth in range(len(prev), 0, -1):
        options.append(prev[: depth - 1] + (prev[depth - 1] + 1,))
    return options


# A statute-style article's mark, `第３条`, `제3조`: a missing article is named so (`第2条`, not `§2`).
_STATUTE_MARK = re.compile(r"(第\s*)[0-9０-９]+(\s*[条條])|(제\s*)[0-9]+(\s*조)")


def _describe_gap(prev: tuple[int, ...], parts: tuple[int, ...], expected: list[tuple[int, ...]], *,
                  mark: str = "") -> tuple[str, dict[str, object]]:
    """The message key and fields of a number that does not follow `prev`."""
    same_parent = [e for e in expected if len(e) == len(parts) and e[:-1] == parts[:-1]]
    if same_parent and parts[-1] > same_parent[0][-1]:
        missing = ".".join(map(str, same_parent[0]))
        statute = _STATUTE_MARK.fullmatch(mark) if len(parts) == 1 else None
        # in Roman numerals as the page writes them: "§IV follows §II: §III is missing" (a letter's place is never
        # its value as a numeral: `C.` lettered is 3)
        if len(parts) == 1 and _ROMAN_MARK.fullmatch(mark) and roman_number(mark[1:]) == parts[0]:
            return "structure.number-skipped", {"missing": "§" + roman_label(same_parent[0][0], "I")}
        if len(parts) == 1 and re.fullmatch(r"§[A-Z]", mark):  # lettered sections: "§D follows §B: §C is missing"
            return "structure.number-skipped", {"missing": "§" + chr(ord("A") + same_parent[0][0] - 1)}
        if statute:  # as the page writes its articles: "第３条（保存期間） follows 第1条: 第2条 is missing"
            before, after = statute[1] or statute[3], statute[2] or statute[4]
            return "structure.number-skipped", {"missing": f"{before}{missing}{after}"}
        return "structure.number-skipped", {"missing": "§" + missing}
    if same_parent and parts[-1] < same_parent[0][-1]:
        return "structure.number-order", {}
    if len(parts) > len(prev) + 1 or not same_parent:
        return "structure.number-skipped/expected", {"allowed": ", ".join("§" + ".".join(map(str, e))
                                                                          for e in expected)}
    return "structure.number-order", {}
