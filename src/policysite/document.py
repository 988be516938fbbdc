"""The one document model: a policy page parsed into dated, numbered sections of blocks."""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml
from markdown.inlinepatterns import BACKTICK_RE, BacktickInlineProcessor
from markdown_it import MarkdownIt
from markdown_it.token import Token

from policysite import lettered
from policysite.findings import Finding

NUMBERED_TITLE = re.compile(r"^(\d+(?:\.\d+)*)\.?\s+(\S.*)$")
# The same with no space after the number's dot (`1.Who we are`: typed so, or the number and the title in two
# elements side by side), a word right after it (`2.b` is a letter: lettered.py; adoption hunt 34).
_UNSPACED_TITLE = re.compile(r"^(\d+(?:\.\d+)*)\.(?=[^\W\d_]{2})(\S.*)$")
# A heading numbered as legal texts number them: "Article 2 – Title", "Art. 2. Title", "Section III: Title",
# "Chapitre 3 - Titre", "Clause 4 – Title", "2) Title", "2 – Title". The word and the separator are not part of the
# title; a roman numeral counts with a word before it only ("I agree" is no section I).
_WORDED_TITLE = re.compile(
    r"^(?:(?P<word>article|art\.|section|sect?\.|§|chapter|chapitre|chap\.|clause|cl[áa]usula|artikel|abschnitt|"
    r"kapitel|"
    r"articolo|sezione|capitolo|art[íi]culo|secci[óo]n|cap[íi]tulo|artigo|sec[çc][ãa]o|hoofdstuk|sectie|"
    # the article, section and chapter words of other languages' legal texts (adoption hunt 13: vi, pl, cs, tr, el,
    # ru, uk, id, sv, da, no, fi, hu, ro)
    r"điều|chương|mục|artykuł|rozdział|článek|článok|oddíl|kapitola|madde|bölüm|άρθρο|κεφάλαιο|статья|раздел|"
    r"глава|стаття|розділ|pasal|bab|avsnitt|afsnit|kapittel|luku|cikk|fejezet|articolul|capitolul|"
    # Czech and Slovak `Čl. 1` (článek), Croatian `Članak 1.`, Serbian `Član 1`, Slovenian `Člen 1` (adoption hunt 32)
    r"čl\.|članak|član|člen|"
    # and in Cyrillic: Bulgarian and Macedonian `Член 1.`, Serbian `Члан 1.`, Belarusian `Артыкул 1.` (hunt 41)
    r"член|члан|чл\.|артыкул|"
    # Hindi's section, article and clause words, `धारा 1.`, `अनुच्छेद 2 –`, `खंड 3` (hunt 41)
    r"धारा|अनुच्छेद|खंड|"
    # Arabic's article, clause and chapter words, Hebrew's section and chapter, Thai's clause and chapter, German's
    # Ziffer (adoption hunt 34)
    r"المادة|مادة|البند|بند|الفصل|القسم|סעיף|פרק|ข้อ|หมวด|ziffer|ziff\.)\s*)?"
    # the number may carry its ordinal's mark: French `1er`, `1re`, `Ier` (Chapitre Ier), Spanish and Portuguese `1º`,
    # `1ª`, `5.º`, and the degree sign written for it, `3°`
    # (Greek writes its ordinal's ending, `Άρθρο 2ο`), and stand in brackets after the word (Arabic `المادة (1)`)
    r"(?P<open>\()?(?P<number>\d+(?:\.\d+)*|[IVXLC]+)(?(open)\))(?:\.?[ºª°]|(?:er|re|ère|ο|η)(?![^\W\d_]))?"
    r"(?![^\W\d_])\.?\s*(?:[-–—:)|·•]\s*)?"
    r"(?P<title>\S.*)$", re.I)
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_STATUTE_TITLE = re.compile(r"^(?:第\s*(\d+|[〇零一二三四五六七八九十百千]+)\s*[条條章]|제\s*(?=\d)(\d+)\s*조)"
                            r"\s*(\S.*)$")
# The enumerations of Chinese and Japanese documents: "一、标题" (a numeral and the ideographic comma), "１．标题" and
# "1、标题" (digits, often full-width, and a full-width full stop or the comma, no space after).
_ENUMERATED_TITLE = re.compile(r"^(?:([〇零一二三四五六七八九十百千]+)、|(\d+(?:[.．]\d+)*)[．、])\s*(\S.*)$")
_HAN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "两": 2, "兩": 2}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}


def han_number(text: str) -> int:
    """A number in Chinese numerals (三十 30, 二十一 21, 十五 15, 一百零五 105, 两 2), or in digits; a year is written
    digit by digit, without units (二〇二五 2025)."""
    if text.isdigit():
        return int(text)
    if len(text) > 1 and not any(char in _HAN_UNITS for char in text):
        return int("".join(str(_HAN_DIGITS.get(char, 0)) for char in text))
    total, digit = 0, 0
    for char in text:
        if char in _HAN_UNITS:
            total += (digit or 1) * _HAN_UNITS[char]
            digit = 0
        else:
            digit = _HAN_DIGITS.get(char, 0)
    return total + digit


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


def heading_number(heading: str) -> tuple[str, str] | None:
    """(number, title) of a numbered heading (`7.3`, and a roman numeral as digits; `١.` of an Arabic text is
    1, as in its translation; `2.0`, as many corporate documents number a section above its `2.1`, is 2), or
    None."""
    found = _heading_number(heading)
    if found is None:
        return None
    number, title = found
    if not number.isascii():
        number = re.sub(r"\d", lambda m: str(unicodedata.decimal(m.group(), 0)), number)
    return _ZERO_TAIL.sub("", number), title


_ZERO_TAIL = re.compile(r"(?<=\d)(?:\.0)+$")  # `2.0`, `3.0.0`: the section itself, not a first subsection


# A legal heading numbered by an ordinal word, as French, Spanish, Portuguese and Italian texts number articles and
# clauses: `Article premier`, `Artículo primero`, `CLÁUSULA PRIMEIRA – DO OBJETO`, `Cláusula décima primeira`,
# `Articolo primo` (adoption hunt 29: unnumbered, their numbered translations' every section missing and extra).
_ORDINAL_TITLE = re.compile(r"^(?:article|art[íi]culo|artigo|articolo|clause|cl[áa]usula|clausola|section|secci[óo]n|"
                            r"se[çc][ãa]o|sezione|chapitre|cap[íi]tulo|capitolo)\s+(?P<rest>.+)$", re.I)


@functools.cache
def _ordinals() -> dict[str, int]:
    """Ordinal words (masculine and feminine, without accents, lower case) of French, Spanish, Portuguese, Italian and
    English, 1 to 40, as num2words writes them, with the forms legal texts use beside them (`undécimo`, `décimo
    primero`)."""
    from num2words import num2words

    found: dict[str, int] = {}
    for lang in ("fr", "es", "pt_BR", "it", "en"):  # (English's `Article First`, as Word numbers in words: hunt 34)
        for n in range(1, 41):
            word = _unaccented(num2words(n, lang=lang, to="ordinal"))
            forms = {word, word.replace("decimo", "decimo ").replace("  ", " ").strip()}
            if lang != "fr":
                forms |= {" ".join(part[:-1] + "a" if part.endswith("o") else part for part in form.split())
                          for form in set(forms)}
            for form in forms:
                found.setdefault(form, n)
    found.update({"premiere": 1, "undecimo": 11, "undecima": 11, "duodecimo": 12, "duodecima": 12})
    return found


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))


# Arabic texts number their sections with ordinal adverbs, `أولاً: التعريفات`, `ثانياً - …` (first, second …), read
# without hamza and tanwin (`اولا`).
_ARABIC_ORDINALS = {word: n for n, word in enumerate(("اولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "سادسا", "سابعا",
                                                      "ثامنا", "تاسعا", "عاشرا"), 1)}
_ARABIC_ORDINAL = re.compile(r"^(\S+)\s*[-–—:]\s*(\S.*)$")


def _ordinal_number(heading: str) -> tuple[str, str] | None:
    """(number, title) of a heading numbered by an ordinal word after a legal word, or an Arabic ordinal, or None."""
    arabic = _ARABIC_ORDINAL.match(heading)
    if arabic and (n := _ARABIC_ORDINALS.get(re.sub("[أإآ]", "ا", arabic.group(1).replace("\u064b", "")))):
        return str(n), arabic.group(2)
    match = _ORDINAL_TITLE.match(heading)
    if not match:
        return _ordinal_alone(heading)
    words = re.findall(r"\S+", match.group("rest"))
    for count in (3, 2, 1):  # the longest ordinal first: `décima primeira` before `décima`
        if len(words) < count:
            continue
        candidate = _unaccented(" ".join(words[:count])).rstrip(".:-–—)")
        number = _ordinals().get(candidate)
        if number:
            title = re.sub(r"^\s*[-–—:.)]\s*", "", " ".join(words[count:])) if words[count:] else ""
            return (str(number), title) if title else None
    return None


def _ordinal_alone(heading: str) -> tuple[str, str] | None:
    """(number, title) of a heading numbered by an ordinal word alone and a mark after it, as Spanish clauses are
    (`PRIMERA.- RESPONSABLE`, `SEGUNDO: Datos`, Italian `Primo – Oggetto`: adoption hunt 34), or None."""
    words = heading.split()
    for count in (3, 2, 1):  # the longest ordinal first: `décima primera` before `décima`
        if len(words) <= count:
            continue
        marked = words[count - 1][-1] in ".:-–—" or words[count] in ("-", "–", "—", ".-", ":")
        number = _ordinals().get(_unaccented(" ".join(words[:count])).rstrip(".:-–—"))
        if marked and number:
            title = re.sub(r"^\s*[-–—:.]+\s*", "", " ".join(words[count:]))
            return (str(number), title) if title else None
    return None


def _heading_number(heading: str) -> tuple[str, str] | None:
    if ordinal := _ordinal_number(heading):
        return ordinal
    match = NUMBERED_TITLE.match(heading) or _UNSPACED_TITLE.match(heading)
    if match and not re.match(r"[-–—:)|·•]", match.group(2)):
        return match.group(1), match.group(2)
    listed = _ENUMERATED_TITLE.match(heading)  # 一、收集, １．定義, 2、使用
    if listed:
        return (str(han_number(listed.group(1))) if listed.group(1) else listed.group(2).replace("．", ".")), \
            listed.group(3)
    match = _WORDED_TITLE.match(heading)
    if not match:
        statute = _STATUTE_TITLE.match(heading)  # 第1条（目的）, 第三条, 제1조: an article of Chinese, Japanese, Korean
        if statute:
            return str(han_number(statute.group(1) or statute.group(2))), statute.group(3)
        return None
    number, title, word = match.group("number"), match.group("title"), match.group("word")
    # (Spanish `1.- Objeto` too; a designer's `1 | Who we are`, `1 · …`; Portuguese and Spanish `1º Objeto`; a Roman
    # numeral with a dash, Brazilian `I – Disposições gerais`: adoption hunt 34)
    if not word and not re.match(r"(?:\d+(?:\.\d+)*\.?\s*[-–—:)|·•]|\d+[ºª°]\s|[IVXLC]+\s*[-–—:])", heading):
        return None  # without a word, a number needs a separator ("2 – Title", "2) Title"): "I agree" is no section
    if not number[0].isdigit():
        if number != number.upper():
            return None
        values = [_ROMAN[c] for c in number]
        number = str(sum(-v if n + 1 < len(values) and v < values[n + 1] else v for n, v in enumerate(values)))
    return number, title


NUMBER = re.compile(r"\d+(?:\.\d+)*")
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
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


class MetaLoader(yaml.SafeLoader):
    """YAML for front matter: no implicit timestamps (`date: 2021-02-30` stays text), no aliases
    (a nest of them expands to gigabytes), no key twice (which one would win is a guess)."""

    DEPTH = 32  # lists and mappings within each other: a date and a few short fields need two

    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(None, None, "aliases (*name) are not allowed",
                                              event.start_mark)
        depth = getattr(self, "_depth", 0)
        if depth >= self.DEPTH:  # 20,000 brackets deep ended every command with Python's RecursionError
            raise yaml.composer.ComposerError(None, None, f"nested more than {self.DEPTH} levels deep",
                                              self.peek_event().start_mark)
        self._depth = depth + 1
        try:
            return super().compose_node(parent, index)
        finally:
            self._depth = depth

    def construct_yaml_int(self, node):
        try:
            return super().construct_yaml_int(node)
        except ValueError as exc:  # thousands of digits: Python's limit on reading them as a number
            raise yaml.constructor.ConstructorError(None, None, f"a number too long to read ({str(exc)[:60]})",
                                                    node.start_mark) from None

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key_node, _value in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool | dt.date) and key is not None:  # `? [a]`: a list as key
                raise yaml.constructor.ConstructorError(None, None, f"a key must be a word, not {type(key).__name__}",
                                                        key_node.start_mark)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"key “{key}” is given twice", key_node.start_mark)
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
        line = data[:exc.start].count(b"\n") + 1
        raise DecodeError(path, line, exc.start) from None


class DecodeError(ValueError):
    """A policy page that is not UTF-8."""

    def __init__(self, path: str, line: int, offset: int):
        super().__init__(f"{path}:{line}: not UTF-8 (byte offset {offset}): save the file as UTF-8")
        self.path, self.line, self.offset = path, line, offset


Mark = tuple[int, int, str, str]  # start, end, "strong" | "link", the link's target ("" for bold)


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
    # were, an address the page shows as text: security hunt 19b, finding 2).
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
    under_chapter: bool = False  # an article numbered on across chapters (`第3条` under `第2章`): one level deeper

    def __post_init__(self) -> None:
        if self.numeral is None:
            self.numeral = self.number if NUMBER.fullmatch(self.number) else ""

    @property
    def anchor(self) -> str:
        return self.html_id or anchor_for(self.number)

    @property
    def parts(self) -> tuple[int, ...]:
        return tuple(int(p) for p in (self.numeral or "").split(".") if p)

    @property
    def label(self) -> str:
        """How messages name it: `§7.3`, or its title in quotes when it has no number."""
        return f"§{self.numeral}" if self.numeral else f"“{self.title}”"

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


def anchor_for(number: str) -> str:
    """Stable, language-independent anchor of a section's identity: `7.3.2` -> `s7-3-2`; an id or
    slug is its own anchor."""
    return "s" + number.replace(".", "-") if NUMBER.fullmatch(number) else number


def label_of(number: str | None) -> str:
    """How a section's identity reads before its title: `§7.3` for a number, nothing for an id or slug."""
    return f"§{number}" if number and NUMBER.fullmatch(number) else ""


def named(number: str | None, title: str) -> str:
    """A section as a reader names it: `§7.3 Title`, or its title alone when it has no number."""
    return f"{label_of(number)} {title}".strip()


_CLOSING_HASHES = re.compile(r"[ \t]+#+$")


def heading_attrs(title: str) -> tuple[str, str]:
    """A heading's text without its attribute list, and the explicit id the list gives ("" if none)."""
    match = HEADING_ATTRS.search(title)
    if not match:
        return title, ""
    ids = [part[1:] for part in match.group(1).split() if part.startswith("#") and ID_RE.fullmatch(part[1:])]
    # `## Title ## {#id}`: the closing #s before the list are no words of the title (Python-Markdown drops them)
    return _CLOSING_HASHES.sub("", title[:match.start()].rstrip()), ids[-1] if ids else ""


def unique(value: str, used: set[str]) -> str:
    """Python-Markdown toc's way to keep ids unique: `terms`, `terms_1`, `terms_2`…"""
    while value in used or not value:
        match = re.match(r"^(.*)_([0-9]+)$", value)
        value = f"{match.group(1)}_{int(match.group(2)) + 1}" if match else f"{value}_1"
    used.add(value)
    return value


def slugify(value: str, separator: str = "-") -> str:
    """Heading id for Python-Markdown's toc: the section anchor for numbered headings."""
    found = heading_number(value.strip())
    if found:
        return anchor_for(found[0])
    from markdown.extensions.toc import slugify_unicode

    return slugify_unicode(value, separator)


def read(path: str | Path, *, lang: str, display_path: str | None = None) -> Policy:
    """Parse the policy page at `path` (UTF-8)."""
    text = decode(Path(path).read_bytes(), path=display_path or str(path))
    return parse(text, path=display_path or str(path), lang=lang)


def parse(text: str, *, path: str, lang: str) -> Policy:
    """Parse Markdown with YAML front matter into a Policy; structural problems become findings.

    A pure function of its arguments, and a version's build reads each text a dozen times, under as many
    names (anchors, checks, changes, JSON, PDF, side-by-side page): the last texts parsed are kept, and the
    same text in the same language gives the same sections and blocks, under the `path` asked for (its
    findings' too). Callers read a Policy and never change it.
    """
    parsed = _parsed(text, lang)
    if parsed.path == path:
        return parsed
    return replace(parsed, path=path, problems=[replace(f, path=path) for f in parsed.problems])


_UNNAMED = "\0"  # the path a text is parsed under before `parse` names it


@functools.lru_cache(maxsize=256)
def _parsed(text: str, lang: str) -> Policy:
    """256 parsed texts (a policy's sections and blocks, each with its Markdown and its text: some 250 kB for a
    page of 38,000 characters, measured with tracemalloc, so up to some 60 MB in all): publishing judges every
    version's texts, then works out their anchors, then builds them, so a history of up to some 60 versions reads
    each text once (32 held 16 versions: each was read three times)."""
    return _parse(text, path=_UNNAMED, lang=lang)


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


# Characters no text needs and that pages, the feed (XML) and a terminal read otherwise: C0 controls but tab and
# line feed (NUL, ESC, BEL: an escape sequence in a note), DEL and the C1 controls.
# The noncharacters (U+FFFE, U+FDD0…) too: XML forbids U+FFFE and U+FFFF, so the feed would be ill-formed. And a lone
# surrogate (a front matter's YAML escape, `"\\ud800"`), which is no character: no page, feed or PDF can be written
# with one (`policy check` passed such a summary, and publishing it ended with "'utf-8' codec can't encode").
_NONCHARACTERS = "\ufdd0-\ufdef\ufffe\uffff" + "".join(chr(plane + end) for plane in range(0x10000, 0x110000, 0x10000)
                                                   for end in (0xFFFE, 0xFFFF))
CONTROL = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_NONCHARACTERS}\ud800-\udfff]")


# A numeric character reference: markdown-it decodes `&#12;` (form feed) and `&#13;` into the model's text, so the
# feed's XML (which forbids U+000C) would be ill-formed; the others become U+FFFD there and another character on the
# page (Python-Markdown keeps the reference, a browser decodes it).
_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));")  # as markdown-it reads one


def _referenced(match: re.Match[str]) -> str:
    code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
    return chr(code) if code <= 0x10FFFF else "\ufffd"  # out of range: U+FFFD, for browsers too


# Characters that draw nothing, three or more in a row (no writing needs that many: an emoji's sequence holds two,
# `\ufe0f\u200d`), and Unicode's tag characters but in a flag's sequence (🏴 and a region's letters): words can be
# written in them that no reader or reviewer sees, and that search engines and the assistants summarising a page
# read ("ASCII smuggling": safety hunt 35).
_INVISIBLE = ("\u00ad\u034f\u115f\u1160\u180e\u200b-\u200d\u2060-\u2064\u3164\ufe00-\ufe0f\ufeff\uffa0"
              "\U000e0100-\U000e01ef")
_HIDDEN = re.compile(f"[{_INVISIBLE}]{{3,}}|(?<![\U000e0000-\U000e007f])[\U000e0000-\U000e007f]+")
_FLAG_TAGS = re.compile("[\U000e0061-\U000e007a\U000e0030-\U000e0039]{2,6}\U000e007f")  # 🏴 + gbsct + cancel


def hidden_run(text: str) -> re.Match[str] | None:
    """The first run of characters that draw nothing where no writing needs them (`_HIDDEN`), or None."""
    for found in _HIDDEN.finditer(text):
        if not (found.start() and text[found.start() - 1] == "\U0001f3f4" and _FLAG_TAGS.fullmatch(found.group())):
            return found
    return None


_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def stray_invisibles(line: str) -> list[int]:
    """Where a line holds characters that draw nothing one at a time where no writing needs them, as words are hidden
    in them one bit or byte after each visible character: a variation selector after a space or a letter that has
    no variant (a Latin, Greek or Cyrillic one: emoji, ideographs and symbols have), and, in a line written in
    alphabets that part words with spaces (no Thai, Khmer, Lao or Burmese, no Arabic or Indic script, whose words
    use them), three zero-width characters or more, a joiner between emoji aside."""
    found = [m.start() for m in _VARIATION.finditer(line) if m.start() and (
        line[m.start() - 1].isspace() or (unicodedata.category(line[m.start() - 1]).startswith("L")
                                           and ord(line[m.start() - 1]) < 0x0590))]
    if not any(unicodedata.category(char).startswith("L") and ord(char) >= 0x0590 for char in line):
        zero = [m.start() for m in _ZERO_WIDTH.finditer(line) if not (
            m.group() == "\u200d" and m.start() and unicodedata.category(line[m.start() - 1]) in ("So", "Mn", "Sk"))]
        found += zero if len(zero) >= 3 else []
    return sorted(set(found))


def _controls(text: str, path: str) -> list[Finding]:
    """A finding at each line holding a control character, or a numeric reference to one, or characters that draw
    nothing in a run no writing needs."""
    if not CONTROL.search(text) and "&#" not in text and not hidden_run(text) and not (
            _VARIATION.search(text) or _ZERO_WIDTH.search(text)):
        return []
    found = []
    for number, content in enumerate(text.split("\n"), 1):
        decoded = _REFERENCE.sub(lambda m: _referenced(m), content) if "&#" in content else content
        if hidden := hidden_run(decoded):
            found.append(Finding(path, number, "text.control", f"{len(hidden.group())} characters that draw nothing "
                                 f"(U+{ord(hidden.group()[0]):04X} …) at column {hidden.start() + 1}: words can be "
                                 "hidden in them that no reader sees and machines read; delete them (an editor can "
                                 "show them)"))
        elif stray := stray_invisibles(decoded):
            found.append(Finding(path, number, "text.control", f"{len(stray)} characters that draw nothing "
                                 f"(U+{ord(decoded[stray[0]]):04X} …) from column {stray[0] + 1}, where no writing "
                                 "needs them: words can be hidden in them that no reader sees and machines read; "
                                 "delete them (an editor can show them)"))
        elif char := CONTROL.search(content):
            found.append(Finding(path, number, "text.control", f"a control character or noncharacter "
                                 f"(U+{ord(char.group()):04X}) at column {char.start() + 1}: no text needs one; delete "
                                 "it (an editor can show it)"))
        elif ref := next((m for m in _REFERENCE.finditer(content) if CONTROL.match(_referenced(m))), None):
            found.append(Finding(path, number, "text.control", f"“{ref.group()}” at column {ref.start() + 1} is a "
                                 f"control character or noncharacter (U+{ord(_referenced(ref)):04X}) written as a "
                                 "reference: no text needs one; write the character meant, or delete it"))
    return found


# git's markers of a merge it could not make (`<<<<<<< HEAD`, `=======`, `>>>>>>> branch`; diff3's `||||||| base`):
# both sides of the conflict stand in the text, and with them its branch's name (safety hunt 35).
_CONFLICT = re.compile(r"^(?:<{7}|>{7}|\|{7})(?: .*)?$")


def _conflicts(text: str, path: str) -> list[Finding]:
    """A finding at each line of a merge conflict's markers (`=======` too, when the text holds another marker: alone,
    it may underline a title)."""
    lines = text.split("\n")
    if not any(_CONFLICT.match(line) for line in lines):
        return []
    return [Finding(path, number, "text.conflict", f"“{line[:40]}” is a marker of a merge git could not make: the "
                                                   "text holds both sides of the conflict; keep the words meant and "
                                                   "delete the markers (`<<<<<<<`, `=======`, `>>>>>>>`)")
            for number, line in enumerate(lines, 1) if _CONFLICT.match(line) or line == "======="]


def _parse(text: str, *, path: str, lang: str) -> Policy:
    problems: list[Finding] = []
    text = normalise(text)
    if len(text) > MAX_PAGE:
        problems.append(Finding(path, 1, "text.size", f"the page has {len(text):,} characters, over {MAX_PAGE:,}: "
                                "no policy is that long; it was not read"))
        front = FRONT_MATTER.match(text)
        meta = _front_matter(front.group(0), path, [])[0] if front else {}
        return Policy(path, lang, meta, "", 0, {}, [], [], problems, "")
    problems += _controls(text, path) + _conflicts(text, path)
    meta, body, offset = _front_matter(text, path, problems)
    meta_lines = {m.group(1): n for n, line in enumerate(text.splitlines()[:offset], 1)
                  if (m := re.match(r"^(\w+)\s*:", line))}
    problems += [Finding(path, meta_lines.get(str(key), 2), "text.control", f"`{key}` holds a control character "
                         f"(U+{ord(found.group()):04X}), written as a YAML escape: no text needs one; delete it")
                 for key, value in meta.items() if isinstance(value, str) and (found := CONTROL.search(value))]
    problems += [Finding(path, meta_lines.get(str(key), 2), "text.control", f"`{key}` holds characters that draw "
                         f"nothing (U+{ord(found.group()[0]):04X} …), written as YAML escapes: words can be hidden in "
                         "them; delete them")
                 for key, value in meta.items() if isinstance(value, str) and not CONTROL.search(value)
                 and (found := hidden_run(value)) and found.group() not in text]
    lead = len(body) - len(body := body.lstrip("\n"))  # blank lines before the body: MkDocs' page has none
    offset += lead
    tokens = _tokens(body)
    title, title_line, title_id, title_attributes, title_markup = "", 0, "", "", ""
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
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        line = offset + (tok.map[0] + 1 if tok.map else 0)
        target = sections[-1].blocks if sections else preamble
        if tok.type == "heading_open":
            for at in reversed(item_start):  # a heading in a list item (`1. ## Who we are`) starts a section: the
                if at < len(target) and target[at].kind == "item" and not target[at].text:  # item it opened is none
                    del target[at]
            item_start.clear()
            inline = tokens[i + 1]
            # A heading as the page shows it, inline HTML left out, is what the PDF, policy.json, the history, the
            # feed and the redlines draw (its tags, an `<abbr title="…">`'s words and all, were printed: security
            # hunt 19b, finding 1); as written, tags kept, is what the checks read (its raw HTML judged)
            markup = _plain(inline.children or [])
            heading, explicit = heading_attrs(_plain(inline.children or [], html="drop"))
            written = HEADING_ATTRS.search(markup)
            attributes = written.group(1).strip() if written else ""
            level = int(tok.tag[1])
            match = heading_number(heading)
            if level == 1 and not title and not sections:
                title, title_line, title_id, title_attributes = heading, line, explicit, attributes
                title_markup = heading_attrs(markup)[0]
            else:
                section = Section(explicit, match[1].strip() if match else heading, level, line,
                                  numeral=match[0] if match else "", html_id=explicit,
                                  attributes=attributes, written=heading.strip(), markup=heading_attrs(markup)[0])
                sections.append(section)
                if not explicit and not match:
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
        elif tok.type == "tr_open":
            row, row_links, row_link_texts, row_source, row_line, row_shown = [], [], [], [], line, []
        elif tok.type == "tr_close" and row is not None:
            target.append(Block("row", row_line, " | ".join(row), links=tuple(row_links), cells=tuple(row),
                                markdown=" | ".join(row_source), link_texts=tuple(row_link_texts),
                                shown=" | ".join(row_shown), shown_cells=tuple(row_shown),
                                tooltips=tuple(tip for cell in row_source for tip in tag_titles(cell))))
            row = None
        elif tok.type == "inline":
            children = tok.children or []
            text_ = _plain(children)
            shown_, marks_ = _marked(children)
            lines_, line_marks_ = _lines(children)
            links = tuple(str(c.attrs["href"]) for c in children if c.type == "link_open")
            hover = tooltips(children)
            shown = _link_texts(children)
            strong = _strong(children)
            if row is not None:
                row.append(text_)
                row_shown.append(shown_)
                row_links.extend(links)
                row_link_texts.extend(shown)
                row_source.append(tok.content)
            elif item_start:
                at = item_start[-1]
                item = target[at]
                joined = f"{item.text}\n{text_}" if item.text else text_
                source = f"{item.markdown}\n{tok.content}" if item.markdown else tok.content
                target[at] = Block("item", item.line, joined, depth=item.depth,
                                   links=item.links + links, strong=item.strong + strong, markdown=source,
                                   number=item.number, link_texts=item.link_texts + shown,
                                   shown=f"{item.shown}\n{shown_}" if item.text else shown_,
                                   marks=item.marks + _shifted(marks_, len(item.shown) + 1) if item.text else marks_,
                                   tooltips=item.tooltips + hover,
                                   **_item_lines(item, f"{item.shown}\n{shown_}" if item.text else shown_, lines_,
                                                 line_marks_))
            else:
                target.append(Block("paragraph", line, text_, links=links, strong=strong, markdown=tok.content,
                                    link_texts=shown, shown=shown_, marks=marks_, tooltips=hover,
                                    lines=lines_ if lines_ != shown_ else "",
                                    line_marks=line_marks_ if lines_ != shown_ else ()))
        elif tok.type == "html_block":
            # its text as the browser shows it (references decoded, tags and comments left out) is what every
            # check reads: `&#78;&#111;…` is "No…" to spelling, the brand and bidi checks and the translation's
            seen = html_text(tok.content)
            target.append(Block("html", line, seen, markdown=tok.content.strip(), shown=seen))
        elif tok.type in ("fence", "code_block") and tok.content.strip():
            # A contact or an address set as code (MkDocs sites do): shown on the page, so printed, exported,
            # compared and diffed, line by line; never spell-checked (it may be code).
            target.append(Block("code", line, tok.content.strip("\n"), markdown=tok.content.strip("\n")))
        i += 1
    unnumbered = _chapters(sections, lettered.number_lettered(sections, _roman_parts(sections, unnumbered)))
    numbered = _identify(sections, title=title, title_id=title_id, path=path, problems=problems)
    if numbered:
        for section, heading in unnumbered:
            before = [s.parts for s in sections[:sections.index(section)] if s.numeral]
            if not before:
                continue  # above the first number (a contents, an introduction): no number is missing there
            if _SUPPLEMENTARY.fullmatch(heading) or _ANNEX.fullmatch(heading):
                continue  # 附則, 부칙 (supplementary provisions Japanese, Korean, Chinese texts end with), annexes
            expected = _expected_next(before[-1] if before else ())
            # a heading deeper than any number that may come next (`####` under `## 2.`): the deepest of them, not
            # an unrelated "7.3" (adoption hunt 32)
            guess = [e for e in expected if len(e) == section.level - 1] or sorted(expected, key=len)[-1:]
            example = ".".join(map(str, guess[0])) if guess else "7.3"
            problems.append(Finding(path, section.line, "structure.unnumbered-heading",
                                    f"heading “{heading}” has no section number, unlike the others: start its "
                                    f"title with it, e.g. “{example} {heading}”, or give it an id: "
                                    f"“{heading} {{#an-id}}”"))
        problems.extend(_numbering_problems([s for s in sections if s.numeral], path))
    if not title and not (isinstance(meta.get("title"), str) and meta["title"].strip()) and (sections or preamble):
        problems.append(Finding(path, (preamble or sections)[0].line, "structure.title",
                                "the page has no title: readers, search engines and screen readers would see only "
                                "the site's name above it; write it as the first heading, `# Title`"))
    return Policy(path, lang, meta, title, title_line, meta_lines, sections, preamble, problems, title_attributes,
                  title_markup)


_ROMAN_HEADING = re.compile(r"^(?P<number>[IVXLC]+)\.\s+(?P<title>\S.*)$")


def _roman_parts(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Parts numbered in Roman numerals whose sections count from 1 again in each (`## I. Name`, `### 1. Scope`,
    `### 2. …`, `## II. …`, `### 1. …`), as German policies number them: each part is read as a level-one
    number and its sections as the level below (II then 1 is §2.1). Only where the headings of one level written
    `I.`, `II.`, `III.` … count from I in order, and each part's numbered sections start again at 1; the text
    is published as written. Returns the headings still without a number."""
    romans = {id(section): match for section, heading in unnumbered if (match := _ROMAN_HEADING.match(heading))}
    parts = [section for section in sections if id(section) in romans]
    if len(parts) < 2 or len({section.level for section in parts}) != 1:
        return unnumbered
    values = [heading_number(f"Section {romans[id(section)].group('number')} {section.title}") for section in parts]
    if [int(v[0]) if v else 0 for v in values] != list(range(1, len(parts) + 1)):
        return unnumbered
    level, part, first = parts[0].level, 0, True
    under: list[tuple[Section, str]] = []  # each numbered section and the part it is in
    for section in sections:
        if id(section) in romans:
            part, first = part + 1, True
        elif part and section.numeral and section.level > level:
            if first and not section.numeral == "1":
                return unnumbered  # numbered on from the part before: not a numbering of its own in each part
            first = False
            under.append((section, f"{part}.{section.numeral}"))
    for section, numeral in under:
        section.numeral = numeral
    for n, section in enumerate(parts, 1):
        section.numeral, section.title = str(n), romans[id(section)].group("title").strip()
    return [(section, heading) for section, heading in unnumbered if id(section) not in romans]


# A chapter's heading, as texts written like statutes group their articles: `第1章 総則`, `제1장`, `Capítulo I`, `Capo
# II`, `Chapitre 1`, `Kapitel 2`, `Título I`, `Part 1`.
_CHAPTER = re.compile(r"\s*(?:第\s*[\d〇零一二三四五六七八九十百]+\s*[章編部]|제\s*\d+\s*장|"
                      r"(?:chapter|chapitre|cap[íi]tulo|capitolo|capo|kapitel|hoofdstuk|rozdzia[łl]|kapitola|"
                      r"b[öo]l[üu]m|κεφάλαιο|глава|t[íi]tulo|titre|titolo|teil|part|partie|parte)\b)", re.I)


def _chapters(sections: list[Section], unnumbered: list[tuple[Section, str]]) -> list[tuple[Section, str]]:
    """Chapters grouping articles numbered on across them (`## 第1章 総則`, `### 第1条`, `### 第2条`, `## 第2章`,
    `### 第3条`), as texts written like statutes are: the articles keep their numbers (第3条 is §3, `#s3`), one level
    under their chapters, and the chapters, which no article's number includes, need none (adoption hunt 29: each
    article was a number repeated or at the wrong level, and `Capo II` an unnumbered heading). Returns the headings
    still without a number."""
    chapters = [s for s in sections if _CHAPTER.match(s.written or s.title)]
    if len(chapters) < 2 or len({s.level for s in chapters}) != 1:
        return unnumbered
    level = chapters[0].level
    ids = {id(s) for s in chapters}
    articles = [s for s in sections if id(s) not in ids and s.numeral and s.level > level]
    top = [s for s in articles if "." not in (s.numeral or "")]
    if [int(s.numeral or 0) for s in top] != list(range(1, len(top) + 1)) or len(top) < 2:
        return unnumbered
    first_under = [next((s for s in sections[sections.index(c) + 1:] if id(s) not in ids and s.numeral
                         and "." not in (s.numeral or "")), None) for c in chapters[1:]]
    if not any(s is not None and s.numeral != "1" for s in first_under):
        return unnumbered  # numbered from 1 again in each: parts (_roman_parts), not chapters of articles
    for section in chapters:
        section.numeral = ""
    for section in articles:
        section.under_chapter = True
    return [(s, heading) for s, heading in unnumbered if id(s) not in ids]


def _identify(sections: list[Section], *, title: str, title_id: str, path: str, problems: list[Finding]) -> bool:
    """Give each section its identity and its id on the page; True if the policy numbers its headings.

    A policy numbers its headings when at least half of them carry a number: then a number is the
    identity of its section, and the numbering rules apply. Otherwise, and for the headings without
    a number, the identity is a slug of the title, unique in the page as Python-Markdown's are.
    """
    numbered = sum(bool(s.numeral) for s in sections) * 2 >= len(sections) > 0
    used: set[str] = {title_id or slugify(title)} if title else set()
    for section in sections:
        if section.html_id:
            if section.html_id in used:
                problems.append(Finding(path, section.line, "structure.id-repeated",
                                        f"{section.label}: the id “{section.html_id}” is used by another heading"))
                section.html_id = section.number = unique(section.html_id, used)
            used.add(section.html_id)
    keys: set[str] = set()
    for section in sections:
        if not section.html_id and section.numeral and numbered:
            section.html_id = unique(anchor_for(section.numeral), used)
            # A number used twice (the policy's own mistake, or a numbering that restarts under lettered
            # parts) names the later section by its id: identities stay unique.
            section.number = section.numeral if section.numeral not in keys else section.html_id
            keys.add(section.number)
    for section in sections:
        if not section.html_id:
            from markdown.extensions.toc import slugify_unicode

            section.html_id = section.number = unique(slugify_unicode(section.title, "-"), used)
    return numbered


def _front_matter(text: str, path: str, problems: list[Finding]) -> tuple[dict, str, int]:
    """Split YAML front matter from the body; return (meta, body, lines before the body)."""
    match = FRONT_MATTER.match(text)
    if not match:
        problems.append(Finding(path, 1, "frontmatter.missing",
                                "the page has no front matter: start it with ---, date: YYYY-MM-DD, ---"))
        return {}, text, 0
    offset = match.group(0).count("\n")
    source = match.group(1) or ""
    if len(source.encode("utf-8")) > MAX_FRONT_MATTER:
        problems.append(Finding(path, 2, "frontmatter.yaml", f"front matter is longer than {MAX_FRONT_MATTER} "
                                "bytes: it holds the date and a few short fields only"))
        return {}, text[match.end():], offset
    try:
        meta = yaml.load(source, Loader=MetaLoader) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = 2 + (mark.line if mark else 0)
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        problems.append(Finding(path, line, "frontmatter.yaml", f"front matter is not valid YAML: {problem[:200]}"))
        meta = {}
    if not isinstance(meta, dict):
        problems.append(Finding(path, 2, "frontmatter.yaml", "front matter must be a mapping such as date: 2021-02-17"))
        meta = {}
    lines = {m.group(1): n for n, line in enumerate(text.splitlines()[:offset], 1)
             if (m := re.match(r"^([^\s:#][^:]*?)\s*:", line))}
    for key in list(meta):
        if key not in META_KEYS:
            problems.append(Finding(path, lines.get(str(key), 2), "frontmatter.key",
                                    f"front matter key “{str(key)[:80]}” is not one a policy page sets "
                                    f"({', '.join(META_KEYS)}): remove it"))
            del meta[key]
        elif key != "date" and not isinstance(meta[key], (str, int, float)) or isinstance(meta[key], bool):
            problems.append(Finding(path, lines.get(key, 2), "frontmatter.key",
                                    f"front matter “{key}” must be plain text"))
            del meta[key]
    for key in ("title", "description", "summary"):  # shown as written: on the page, the history, the feed
        if isinstance(meta.get(key), str) and (markup := _MARKUP.search(meta[key]) or INLINE_TAG.search(meta[key])):
            problems.append(Finding(path, lines.get(key, 2), "frontmatter.markup",
                                    f"front matter “{key}” is shown as written, Markdown and HTML and all: "
                                    f"“{markup.group()[:40]}” would show its marks; write it in plain words"))
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
_BREAK = re.compile(r"<br\s*/?>", re.I)
INLINE_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # an inline HTML tag, not a comment


_TITLE = re.compile(r"""\stitle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def tag_titles(markup: str) -> tuple[str, ...]:
    """The `title` attributes of the inline tags in `markup` (`<abbr title="…">`), decoded as a browser reads them."""
    import html as html_lib

    return tuple(html_lib.unescape(next(g for g in m.groups() if g is not None))
                 for tag in INLINE_TAG.findall(markup) for m in _TITLE.finditer(tag))


_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def mail_subject(href: str) -> str:
    """The subject an e-mail link writes for its reader (`mailto:…?subject=…`), decoded, or ""."""
    from urllib.parse import parse_qs

    target = re.sub(r"[\t\n\r]", "", href).strip()
    if not target.lower().startswith("mailto:") or "?" not in target:
        return ""
    fields = {key.lower(): values for key, values in parse_qs(target.partition("?")[2]).items()}
    return " ".join(fields.get("subject", []))


def tooltips(children: list[Token]) -> tuple[str, ...]:
    """What an inline run shows on hover, or writes for its reader: each link's title (`[a](url "title")`), each
    inline tag's title, each e-mail link's subject (security hunt 20: words the reader sends that no check read)."""
    import html as html_lib

    found: list[str] = []
    for child in children:
        if child.type == "link_open" and child.attrs and child.attrs.get("title"):
            found.append(str(child.attrs["title"]))
        if child.type == "link_open" and child.attrs and (subject := mail_subject(str(child.attrs.get("href", "")))):
            found.append(subject)
        elif child.type == "html_inline":
            found.extend(tag_titles(child.content))
            found.extend(subject for m in _HREF.finditer(child.content)
                         if (subject := mail_subject(html_lib.unescape(next(g for g in m.groups() if g is not None)))))
        elif child.children:
            found.extend(tooltips(child.children))
    return tuple(found)


def html_text(markup: str) -> str:
    """What a browser shows of an HTML block: its text, character references decoded, tags and comments left out,
    a `<br>` a space (lexbor, as the gate reads the published pages)."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(f"<!DOCTYPE html><body>{_BREAK.sub(' ', markup)}").body
    return body.text(deep=True).strip() if body is not None else ""


def _plain(children: list[Token], *, breaks: bool = False, html: str = "keep") -> str:
    """Visible text of inline tokens, without Markdown markup (`breaks`: a hard line break as a newline). Inline
    HTML (`html`): "keep" it as written (the model's `text`, which the checks read), "shown" (each tag as the browser
    shows it, `<br>` a space and any other nothing, a comment's words kept: what the checks read, word for word) or
    "drop" it (what the page shows; `<br>` a space)."""
    out: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "hardbreak" and breaks:
            out.append("\n")
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" ")
        elif child.type == "html_inline":
            if _BREAK.fullmatch(child.content.strip()) and (breaks or html in ("drop", "shown")):
                out.append("\n" if breaks else " ")
            elif html == "keep":
                out.append(child.content)
            elif html == "shown":
                out.append(INLINE_TAG.sub("", child.content))
        elif child.children:
            out.append(_plain(child.children, breaks=breaks, html=html))
    return "".join(out).strip()


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


def _lines(children: list[Token]) -> tuple[str, tuple[Mark, ...]]:
    """An inline run as the PDF draws it: its line breaks as newlines, each line trimmed, its marks kept."""
    text, marks = _marked(children, breaks=True)
    if "\n" not in text:
        return text, marks
    keep = [True] * len(text)
    at = 0
    for line in text.split("\n"):  # each line stripped, its marks kept on the same characters
        lead, trail = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
        for n in [*range(at, at + lead), *range(at + len(line) - trail, at + len(line))]:
            keep[n] = False
        at += len(line) + 1
    return _kept(text, marks, keep)


def _item_lines(item: Block, shown: str, lines: str, marks: tuple[Mark, ...]) -> dict[str, Any]:
    """An item's `lines` and `line_marks` once one more of its runs (`lines`, `marks`) is read; none while they are
    its `shown` (which, with that run, is `shown`)."""
    before, before_marks = (item.lines, item.line_marks) if item.lines else (item.shown, item.marks)
    joined = f"{before}\n{lines}" if item.text else lines
    if joined == shown:
        return {}
    return {"lines": joined, "line_marks": before_marks + _shifted(marks, len(before) + 1) if item.text else marks}


def _marked(children: list[Token], *, breaks: bool = False) -> tuple[str, tuple[Mark, ...]]:
    """`_plain(children, html="drop")` and where its bold spans and links are, from their tokens."""
    out: list[str] = []
    marks: list[Mark] = []
    opened: list[tuple[str, int, str]] = []
    size = 0

    def walk(tokens: list[Token]) -> None:
        nonlocal size
        for child in tokens:
            piece = ""
            if child.type in ("text", "code_inline"):
                piece = child.content
            elif child.type in ("softbreak", "hardbreak"):
                piece = "\n" if breaks and child.type == "hardbreak" else " "
            elif child.type == "html_inline" and _BREAK.fullmatch(child.content.strip()):
                piece = "\n" if breaks else " "
            elif child.type in ("strong_open", "link_open"):
                opened.append((child.type[:-5], size, str(child.attrs.get("href", "")) if child.attrs else ""))
            elif child.type in ("strong_close", "link_close"):
                kind = child.type[:-6]
                at = next((n for n in range(len(opened) - 1, -1, -1) if opened[n][0] == kind), None)
                if at is not None:
                    _kind, start, target = opened.pop(at)
                    marks.append((start, size, kind, target if kind == "link" else ""))
            elif child.children:
                walk(child.children)
            out.append(piece)
            size += len(piece)

    walk(children)
    text = "".join(out)
    lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if lead == 0 and end == len(text):  # nothing to trim (most runs): the marks as they are, empty ones left out
        return text, tuple(mark for mark in sorted(marks) if mark[1] > mark[0])
    return _kept(text, tuple(sorted(marks)), [lead <= n < end for n in range(len(text))])


def _kept(text: str, marks: tuple[Mark, ...] | list[Mark], keep: list[bool]) -> tuple[str, tuple[Mark, ...]]:
    """`text` with only the characters `keep` says, and its marks moved onto the same characters."""
    before = [0]
    for kept in keep:
        before.append(before[-1] + kept)
    moved = tuple((before[start], before[end], kind, target) for start, end, kind, target in marks
                  if before[end] > before[start])
    return "".join(c for c, kept in zip(text, keep) if kept), moved


def _shifted(marks: tuple[Mark, ...], by: int) -> tuple[Mark, ...]:
    return tuple((start + by, end + by, kind, target) for start, end, kind, target in marks)


LINE_BREAK = "\u2028"  # in a link's words, where they go on to the next line: a space between words (safety reads it)


def _link_texts(children: list[Token]) -> tuple[str, ...]:
    """What each link of an inline run shows (its text and code), in the order of its `link_open` tokens."""
    shown: list[list[str]] = []
    depth = 0
    for child in children:
        if child.type == "link_open":
            shown.append([])
            depth += 1
        elif child.type == "link_close":
            depth = max(0, depth - 1)
        elif depth and child.type in ("text", "code_inline"):
            shown[-1].append(child.content)
        elif depth and (child.type in ("softbreak", "hardbreak") or (
                child.type == "html_inline" and _BREAK.fullmatch(child.content.strip()))):
            # a line break between two words of a link: a space, and where a line ends (a hard break, `<br>`)
            shown[-1].append(" " if child.type == "softbreak" else LINE_BREAK)
    return tuple("".join(parts) for parts in shown)


def _strong(children: list[Token]) -> tuple[str, ...]:
    spans: list[str] = []
    current: list[str] | None = None
    for child in children:
        if child.type == "strong_open":
            current = []
        elif child.type == "strong_close" and current is not None:
            spans.append("".join(current).strip())
            current = None
        elif current is not None and child.type == "text":
            current.append(child.content)
    return tuple(spans)


def _numbering_problems(sections: list[Section], path: str) -> list[Finding]:
    """Gaps, repeats, disorder and heading levels that contradict the numbers."""
    problems: list[Finding] = []
    seen: set[tuple[int, ...]] = set()
    prev: tuple[int, ...] = ()
    for section in sections:
        parts = section.parts
        where = section.label
        if parts in seen:
            problems.append(Finding(path, section.line, "structure.number-repeated",
                                    f"{where} “{section.title}” repeats a section number used above"))
            continue
        seen.add(parts)
        expected = _expected_next(prev)
        if parts not in expected:
            rule, message = _describe_gap(prev, parts, expected)
            problems.append(Finding(path, section.line, rule, f"{where} “{section.title}” {message}"))
            if rule == "structure.number-order":
                continue  # judge the next heading against the last one in order
        depth = len(parts) + 1 + section.under_chapter
        if section.level != depth:
            problems.append(Finding(path, section.line, "structure.level",
                                    f"{where} is a level-{len(parts)} number but its heading has "
                                    f"{section.level} #: write {'#' * depth} "
                                    f"{section.written or section.numeral}"))
        prev = parts
    return problems


def _expected_next(prev: tuple[int, ...]) -> list[tuple[int, ...]]:
    """Numbers that may follow `prev`: its first child, or the next sibling of it or an ancestor."""
    if not prev:
        return [(1,)]
    options = [prev + (1,)]
    for depth in range(len(prev), 0, -1):
        options.append(prev[: depth - 1] + (prev[depth - 1] + 1,))
    return options


def _describe_gap(prev: tuple[int, ...], parts: tuple[int, ...], expected: list[tuple[int, ...]]) -> tuple[str, str]:
    after = f"§{'.'.join(map(str, prev))}" if prev else "the start of the numbering"
    same_parent = [e for e in expected if len(e) == len(parts) and e[:-1] == parts[:-1]]
    if same_parent and parts[-1] > same_parent[0][-1]:
        missing = ".".join(map(str, same_parent[0]))
        return "structure.number-skipped", f"follows {after}: §{missing} is missing"
    if same_parent and parts[-1] < same_parent[0][-1]:
        return "structure.number-order", f"comes after {after}: numbers must increase"
    if len(parts) > len(prev) + 1 or not same_parent:
        allowed = ", ".join("§" + ".".join(map(str, e)) for e in expected)
        return "structure.number-skipped", f"cannot follow {after}: expected one of {allowed}"
    return "structure.number-order", f"comes after {after}: numbers must increase"
