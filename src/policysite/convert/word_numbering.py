"""Word's list numbering (word/numbering.xml) read as Word reads it: each list's levels, found through a list
style's link where the list has one, with the list's own overrides; the label Word draws before each numbered
paragraph; and the numbering mammoth is given, in which every link leads where Word's does."""
from __future__ import annotations

import html
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from lxml import etree

from policysite.convert import counters
from policysite.convert.list_passes import WORD_LABEL, WORD_LIST, WORD_NUMBER, roman_label
from policysite.messages import Said

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


class UnreadableNumbering(ValueError):
    """A numbering part that is not well-formed XML: Word refuses to open the document."""


@dataclass(frozen=True)
class Level:
    """One level of a Word list: its number format (w:numFmt), the label's text (w:lvlText, `%1` … `%9` standing
    for the numbers of the levels), its first number, whether Word draws every number of it in digits (w:isLgl,
    "legal style numbering"), and the paragraph style it numbers."""

    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    legal: bool = False
    style: str | None = None


@dataclass(frozen=True)
class WordList:
    """A Word list (w:num): the definition it counts in (after a list style's link), its levels (the definition's,
    with the list's own w:lvlOverride), and the levels it starts again at a number of its own (w:startOverride)."""

    counted_in: str
    levels: Mapping[int, Level]
    restarts: Mapping[int, int]


def _parse(xml: str) -> Any:
    return etree.fromstring(xml.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))


def _val(element: Any, tag: str) -> str | None:
    """The w:val of `element`'s child `tag`, or None."""
    child = element.find(f"{_W}{tag}") if element is not None else None
    return child.get(f"{_W}val") if child is not None else None


def _on(element: Any, tag: str) -> bool:
    """Whether `element` has the toggle `tag` set (present, and its w:val not 0, false or off)."""
    child = element.find(f"{_W}{tag}")
    return child is not None and str(child.get(f"{_W}val", "true")).strip().lower() not in ("0", "false", "off")


def _level(lvl: Any) -> Level:
    start = _val(lvl, "start") or ""
    return Level(_val(lvl, "numFmt") or "decimal", _val(lvl, "lvlText") or "", int(start) if start.isdigit() else 1,
                 _on(lvl, "isLgl"), _val(lvl, "pStyle"))


def _own_levels(abstract: Any) -> dict[int, Level]:
    """A definition's levels by index; a level without one is level 0 where no other is (as mammoth reads it)."""
    levels: dict[int, Level] = {}
    for lvl in abstract.findall(f"{_W}lvl"):
        index = lvl.get(f"{_W}ilvl", "")
        if index.isdigit():
            levels[int(index)] = _level(lvl)
    for lvl in abstract.findall(f"{_W}lvl"):
        if not lvl.get(f"{_W}ilvl", "").isdigit():
            levels.setdefault(0, _level(lvl))
    return levels


def _style_lists(styles: str) -> dict[str, str | None]:
    """The numbering styles (Word's list styles) of styles.xml by id, each with the list id it names."""
    try:
        root = _parse(styles) if styles else None
    except etree.XMLSyntaxError:
        return {}  # mammoth says what it cannot read
    found: dict[str, str | None] = {}
    for style in root.iter(f"{_W}style") if root is not None else ():
        if style.get(f"{_W}type") == "numbering" and style.get(f"{_W}styleId"):
            found.setdefault(style.get(f"{_W}styleId"), _val(style.find(f"{_W}pPr/{_W}numPr"), "numId"))
    return found


def read(numbering: str, styles: str) -> dict[str, WordList]:
    """Word's lists by id. A definition naming a list style (w:numStyleLink) takes its levels from the definition
    the style leads to, through the style's list (styles.xml) or else the definition linked to the style
    (w:styleLink), as Word does. A list whose definition is missing, or whose style leads nowhere or back to
    itself, has no levels: Word draws its paragraphs without a number, as plain paragraphs."""
    try:
        root = _parse(numbering)
    except etree.XMLSyntaxError as exc:
        line, column = exc.position
        raise UnreadableNumbering(Said("import.docx-numbering-xml", line=line, column=column,
                                       problem=exc.msg.split(", line")[0])) from None
    abstracts = {a.get(f"{_W}abstractNumId"): a for a in reversed(root.findall(f"{_W}abstractNum"))}
    nums = {n.get(f"{_W}numId"): n for n in reversed(root.findall(f"{_W}num"))}
    style_lists = _style_lists(styles)
    linked_to = {_val(a, "styleLink"): key for key, a in abstracts.items() if _val(a, "styleLink")}

    def resolved(key: str | None, seen: frozenset[str] = frozenset()) -> tuple[str, dict[int, Level]]:
        abstract = abstracts.get(key)
        if key is None or abstract is None or key in seen:
            return key or "", {}
        link = _val(abstract, "numStyleLink")
        if link is None:
            return key, _own_levels(abstract)
        via_style = _val(nums.get(style_lists.get(link)), "abstractNumId")
        for target in (via_style, linked_to.get(link)):
            if target is not None and target not in seen | {key}:
                return resolved(target, seen | {key})
        return key, _own_levels(abstract)

    lists = {}
    for num_id, num in nums.items():
        if not num_id or num_id.strip("0") == "":  # numbering 0 is none
            continue
        counted_in, levels = resolved(_val(num, "abstractNumId"))
        restarts = {}
        for override in num.findall(f"{_W}lvlOverride"):
            index = override.get(f"{_W}ilvl", "")
            start, lvl = _val(override, "startOverride") or "", override.find(f"{_W}lvl")
            if index.isdigit() and start.isdigit():
                restarts[int(index)] = int(start)
            if index.isdigit() and lvl is not None:
                levels[int(index)] = _level(lvl)
        lists[num_id] = WordList(counted_in, levels, restarts)
    return lists


def _styles_numbered(styles: str) -> dict[tuple[str, int], str]:
    """The paragraph style that each (list id, level) numbers by the style's own definition (`List Bullet`, its
    `w:numPr` in styles.xml), the first of them where several do."""
    found: dict[tuple[str, int], str] = {}
    for style in re.finditer(r'<w:style\b(?=[^>]*w:type="paragraph")[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>',
                             styles, re.S):
        numbered = _NUM_PR.search(style.group(2))
        num_id = _xml_val(numbered.group(0), "numId") if numbered else None
        ilvl = (_xml_val(numbered.group(0), "ilvl") if numbered else None) or "0"
        if num_id and ilvl.isdigit():
            found.setdefault((num_id, int(ilvl)), style.group(1))
    return found


def for_mammoth(numbering: str, lists: Mapping[str, WordList], styles: str = "") -> bytes:
    """`numbering` as mammoth should read it: each list with the levels Word gives it (a list style's link resolved,
    a list with none left out: mammoth fails on a link that leads nowhere), and no level whose number Word does not
    draw (w:numFmt none: its paragraphs are plain paragraphs in Word, and to_markdown writes their label). A level a
    paragraph style numbers by its own definition names that style (`w:pStyle`), which is how mammoth finds the list
    of a paragraph numbered by its style alone: a Word file whose `List Bullet` style numbers its items, the level not
    naming the style back, had its lists imported as plain paragraphs (adoption hunt 25)."""
    by_style = _styles_numbered(styles)
    root = _parse(numbering)
    for num in root.findall(f"{_W}num"):
        root.remove(num)
    for abstract in root.findall(f"{_W}abstractNum"):
        root.remove(abstract)
    for number, (num_id, word_list) in enumerate(lists.items()):
        abstract = etree.SubElement(root, f"{_W}abstractNum", {f"{_W}abstractNumId": str(number)})
        for index, level in sorted(word_list.levels.items()):
            if level.fmt != "none":
                lvl = etree.SubElement(abstract, f"{_W}lvl", {f"{_W}ilvl": str(index)})
                etree.SubElement(lvl, f"{_W}numFmt", {f"{_W}val": level.fmt})
                if level.style or (num_id, index) in by_style:
                    etree.SubElement(lvl, f"{_W}pStyle", {f"{_W}val": level.style or by_style[(num_id, index)]})
        num = etree.SubElement(root, f"{_W}num", {f"{_W}numId": num_id})
        etree.SubElement(num, f"{_W}abstractNumId", {f"{_W}val": str(number)})
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True))


# Word's list formats that are not digits: mammoth writes every numbered list as 1, 2, 3.
_LETTERED = {"lowerLetter": "a", "upperLetter": "A", "lowerRoman": "i", "upperRoman": "I"}
_UNLABELLED = ("decimal", "bullet", "none")
_NO_NUMBER = ("bullet", "none")  # a level whose own number Word never draws
_DIGITS = ("decimal", "decimalZero")  # what a legal-style level keeps of the levels' formats


def label(levels: Mapping[int, Level], counts: Mapping[int, int], level: int, lang: str = "en") -> tuple[str, set[str]]:
    """The label Word draws before a paragraph at `level`, the levels' numbers at `counts`, and the number formats it
    could not draw (written in digits). Each `%n` is the n-th level's number in that level's format, in digits at a
    legal-style level (w:isLgl: `Section 1.01` under `ARTICLE I`); a level with no number of its own (a bullet,
    none, one the list does not define) is drawn as nothing, as Word draws it; a level not counted yet as its start.
    A number in words (`ordinalText` "First", `cardinalText` "One", `ordinal` "1st") is written in `lang`, the
    document's language."""
    legal, unknown = levels[level].legal, set()

    def shown(found: re.Match) -> str:
        at = int(found.group(1)) - 1
        of = levels.get(at)
        if of is None or of.fmt in _NO_NUMBER:
            return ""
        n, fmt = counts.get(at, of.start), of.fmt if not legal or of.fmt in _DIGITS else "decimal"
        drawn = _word_label(n, _LETTERED[fmt]) if fmt in _LETTERED else _worded(n, fmt, lang) if fmt in _WORDED \
            else counters.counter(n, counters.WORD_FORMATS.get(fmt, "")) if fmt not in _UNLABELLED else str(n)
        if drawn is None:
            unknown.add(fmt)
        return drawn or str(n)

    return re.sub(r"%(\d)", shown, levels[level].text), unknown


_PARAGRAPH = re.compile(r"<w:p(?=[\s>])[^>]*(?<!/)>(?:(?!</w:p>).)*", re.S)  # not an empty <w:p/>
_NUM_PR = re.compile(r"<w:numPr>(?:(?!</w:numPr>).)*</w:numPr>", re.S)


def _xml_val(xml: str, tag: str) -> str | None:
    found = re.search(rf'<w:{tag}\b[^>]*\bw:val="([^"]*)"', xml)
    return found.group(1) if found else None


def labelled(document: str, lists: Mapping[str, WordList], styles: str) -> tuple[str, set[str], int, list[str]]:
    """`document` (document.xml) with the label Word draws before each item of a list lettered, numbered in
    Roman numerals, in another script's counting (`①`, `가.`, `（イ）`, `أ.`) or numbered otherwise than `1.`
    (`a)`, `(iv)`, `B.`, `1.1.`, `(2)`, `§ 3`) written at the start of its text between to_markdown.WORD_LABEL's
    marks, counted as Word counts them (per list definition, a level restarting below the level before it,
    `w:start` and a list's `w:startOverride`); and the number formats it could not draw (written in digits). The
    text may refer to them ("point b)"), and mammoth numbers every list 1, 2, 3; to_markdown writes each label at
    the start of its item. A heading numbered by Word gets its label too (mammoth drops it: "1. Controller" would
    read "Controller"; "第一条" would lose its article), and an item of a list numbered `1.` its number between
    WORD_NUMBER's marks: mammoth starts a new list at 1 after each paragraph between two items (clauses with their
    text between them), to_markdown starts the list there at Word's number. Each item is marked with its Word
    list (WORD_LIST): mammoth joins the items of lists one after the other into one list, Word shows them apart.
    A paragraph of a level numbered "none" is no list item (for_mammoth): it keeps the label's words, if any.
    The count returned is of the headings given Word's number; the list, the labels Word draws alone on a line of no
    words of its own that number a section (`ARTICLE 1`, over its title in bold on the line under it, as French
    contracts centre them): each a line in bold, no list's item, that the import reads as a section's number
    (number_titles joins it to its title) where it read an item "ARTICLE 1" of a list of one."""
    unknown: set[str] = set()
    alone: list[str] = []
    if not any(word_list.levels for word_list in lists.values()):
        return document, unknown, 0, alone
    by_style = {}  # a paragraph style's own list (List Number 2 …)
    headings = set()  # the styles Word shows as headings (Heading 1 …, any style with an outline level)
    based: dict[str, str] = {}
    for style in re.finditer(r'<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>(.*?)</w:style>', styles, re.S):
        numbered = _NUM_PR.search(style.group(2))
        if numbered:
            by_style[style.group(1)] = (_xml_val(numbered.group(0), "numId"), _xml_val(numbered.group(0), "ilvl"))
        name = (_xml_val(style.group(2), "name") or "").lower()
        if re.fullmatch(r"heading [1-9]", name) or _xml_val(style.group(2), "outlineLvl") is not None:
            headings.add(style.group(1))
        based[style.group(1)] = _xml_val(style.group(2), "basedOn") or ""
    headings |= {style for style in based if _based_on(style, headings, based)}  # a template's `Policy H1` too
    counts: dict[str, dict[int, int]] = {}
    started: set[str] = set()
    heading_labels: list[str] = []
    said = re.search(r'<w:docDefaults>(?:(?!</w:docDefaults>).)*?<w:lang\b[^>]*\bw:val="'
                     r'([A-Za-z]{2,3}(?:-[A-Za-z]{2})?)', styles, re.S)
    lang = said.group(1).lower() if said else "en"  # the document's language (`pt-br`), its numbers in words in it

    def with_label(match: re.Match) -> str:
        paragraph = match.group(0)
        props = re.match(r"<w:p\b[^>]*>\s*(<w:pPr>(?:(?!</w:pPr>).)*</w:pPr>)?", paragraph, re.S)
        ppr = props.group(1) or "" if props else ""
        direct = _NUM_PR.search(ppr)
        style = by_style.get(_xml_val(ppr, "pStyle") or "", (None, None))
        num_id = _xml_val(direct.group(0), "numId") if direct else style[0]
        ilvl = (_xml_val(direct.group(0), "ilvl") if direct else None) or style[1] or "0"
        if not num_id or num_id not in lists or not ilvl.isdigit() or int(ilvl) not in lists[num_id].levels:
            return paragraph
        word_list, level = lists[num_id], int(ilvl)
        count = counts.setdefault(word_list.counted_in, {})
        if num_id not in started:
            started.add(num_id)
            for at, value in word_list.restarts.items():
                count[at] = value - 1
        count[level] = count[level] + 1 if level in count else word_list.levels[level].start
        for deeper in [at for at in count if at > level]:
            del count[deeper]
        fmt, text = word_list.levels[level].fmt, word_list.levels[level].text
        heading = (_xml_val(ppr, "pStyle") or "") in headings or _xml_val(ppr, "outlineLvl") is not None
        at = props.end() if props else paragraph.index(">") + 1
        mark = "" if heading or fmt == "none" else f"{WORD_LIST[0]}{num_id}{WORD_LIST[1]}"
        if fmt == "decimal" and not heading and not _labelled(fmt, text, level):
            # mammoth starts a new list 1, 2 after any paragraph between two items: the item's own number
            run = f'<w:r><w:t xml:space="preserve">{mark}{WORD_NUMBER[0]}{count[level]}{WORD_NUMBER[1]}</w:t></w:r>'
            return paragraph[:at] + run + paragraph[at:]
        written, formats = label(word_list.levels, count, level, lang)
        unknown.update(formats)
        if fmt == "none" and written.strip():
            pass  # the label's own words, which Word shows before a paragraph it does not number
        elif not text or fmt in _NO_NUMBER or not heading and not _labelled(fmt, text, level):
            if not mark:
                return paragraph  # a heading numbered by Word keeps its number (mammoth leaves it out)
            return paragraph[:at] + f'<w:r><w:t xml:space="preserve">{mark}</w:t></w:r>' + paragraph[at:]
        if not heading and fmt != "none" and not _OWN_TEXT.search(paragraph, at) and section_label(written):
            alone.append(written)
            unnumbered = _NUM_PR.sub(_NO_NUMBER_PR, ppr) if direct else \
                (ppr.replace("<w:pPr>", "<w:pPr>" + _NO_NUMBER_PR, 1) if ppr else f"<w:pPr>{_NO_NUMBER_PR}</w:pPr>")
            words = html.escape(written, quote=False)
            bold = f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{words}</w:t></w:r>'
            start = props.start(1) if props and props.group(1) else at
            return paragraph[:start] + unnumbered + bold + paragraph[at:]
        run = f'<w:r><w:t xml:space="preserve">{mark}{WORD_LABEL[0]}{written}{WORD_LABEL[1]}</w:t></w:r>'
        if heading:
            heading_labels.append(written)
        return paragraph[:at] + run + paragraph[at:]

    return _PARAGRAPH.sub(with_label, document), unknown, len(heading_labels), alone


def _based_on(style: str, headings: set[str], based: Mapping[str, str]) -> bool:
    """Whether `style` is based, through the styles it inherits from, on one of `headings`: Word shows it as a
    heading (a template's `Policy Heading 1` based on Heading 1, numbered by its own list: its number was left out,
    adopt47)."""
    seen = {style}
    while (style := based.get(style, "")) and style not in seen:
        if style in headings:
            return True
        seen.add(style)
    return False


# Words of a paragraph's own (a run's text, not a deleted run's), and the numbering that makes a paragraph no list's
# item (Word's own: list 0)
_OWN_TEXT = re.compile(r"<w:t(?:\s[^>]*)?>[^<]*?\S")
_NO_NUMBER_PR = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>'
# A label that is a number alone, a digit's or a letter's (`1.`, `a)`, `(iv)`: a list's), not a section's
_LIST_LABEL = re.compile(r"\W*(?:\d+(?:\.\d+)*|[^\W\d_]|[ivxlc]+)\W*")


def section_label(written: str) -> bool:
    """Whether a label Word draws is a section's number alone, a word before it (`ARTICLE 1`, `Chapitre II`, `§ 3`)
    or in Roman capitals (`II.`), rather than a list item's (`1.`, `a)`, `(iv)`)."""
    from policysite.convert.number_titles import number_only

    words = " ".join(written.split())
    return bool(words) and not _LIST_LABEL.fullmatch(words) and number_only(words)


def _labelled(fmt: str, text: str, level: int) -> bool:
    """Whether a list level's items need Word's label written: lettered, in Roman numerals or any counting other
    than digits, or numbered otherwise than Markdown numbers (`1.1.`, `(1)`, `§ 1`, `1)`): all but a plain `%1.`
    of digits, and bullets."""
    return bool(text) and (fmt not in _UNLABELLED or fmt == "decimal" and text != f"%{level + 1}.")


_WORDED = {"cardinalText": "cardinal", "ordinalText": "ordinal", "ordinal": "ordinal_num"}


def _worded(n: int, fmt: str, lang: str) -> str | None:
    """`n` as Word writes a number in words in `lang` (`First`, `One`, `1st`: some contracts number their articles
    so, adoption hunt 34), or None where num2words has no such words for the language."""
    from num2words import num2words

    base = lang.split("-")[0]
    if fmt == "ordinal" and base != "en":
        return _ordinal_mark(n, lang)
    try:
        words = str(num2words(n, lang=base, to=_WORDED[fmt]))
    except (NotImplementedError, OverflowError, KeyError):
        return None
    return words[:1].upper() + words[1:]


# A number and its ordinal ending as each language's readers write it, and Word draws its `ordinal` format in a
# document of that language (num2words writes French "3me", not "3e"): `1er` `2e` in French, `1.` in German and the
# languages writing an ordinal with a full stop, `1.º` in Spanish and European Portuguese (the RAE's and the
# Portuguese academy's form), `1º` in Brazil, `1°` in Italian, `1e` in Dutch, `1:a` `3:e` in Swedish, `1r` `2n` `4t`
# `5è` in Catalan. Session 49's leftover: every language but English had its ordinals in bare digits, `Article 1`.
_FULL_STOP = frozenset({"de", "da", "nb", "nn", "no", "fi", "pl", "cs", "sk", "sl", "hr", "sr", "bs", "hu", "tr", "et",
                        "lv", "lt", "is", "fo"})
_ORDINAL_MARK = {"es": ".º", "pt": ".º", "pt-br": "º", "it": "°", "gl": ".º"}


def _ordinal_mark(n: int, lang: str) -> str | None:
    """`n` with the ending Word's `ordinal` format gives it in `lang` (above), or None for a language not known here."""
    base = lang.split("-")[0]
    if base == "fr":
        return f"{n}{'er' if n == 1 else 'e'}"
    if base == "nl":
        return f"{n}e"
    if base == "sv":
        return f"{n}:{'a' if n % 10 in (1, 2) and n % 100 not in (11, 12) else 'e'}"
    if base == "ca":
        return f"{n}{ {1: 'r', 2: 'n', 3: 'r', 4: 't'}.get(n, 'è')}"
    if base in _FULL_STOP:
        return f"{n}."
    mark = _ORDINAL_MARK.get(lang, _ORDINAL_MARK.get(base))
    return f"{n}{mark}" if mark else None


def _word_label(n: int, kind: str) -> str:
    """Word's n-th label (1-based) of a list lettered (`a` … `z`, then `aa`, `bb`) or in Roman numerals."""
    if kind in "aA":
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if kind == "A" else letter
    return roman_label(n, kind)
