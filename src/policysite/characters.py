"""Characters a page may not hold, or not where it holds them: controls and noncharacters, invisible runs that hide
words, stray zero-width characters, direction marks and isolates that show words in another order than written, and
the conflict markers of a merge committed unresolved."""
from __future__ import annotations

import functools
import html
import re
import unicodedata
from collections import Counter

from policysite.findings import Finding
from policysite.marks import codes as mark_codes

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


# A named character reference, which Python-Markdown keeps as written and a browser decodes: `&ZeroWidthSpace;`,
# `&NoBreak;`, `&it;`, `&zwnj;` draw nothing (safety64: a run of them was published, the source read as no run)
_NAMED = re.compile(r"&[A-Za-z][A-Za-z0-9]{1,31};")


def decoded(line: str) -> str:
    """A line of the source with its character references, numeric and named, as a browser decodes them."""
    if "&" not in line:
        return line
    line = _NAMED.sub(lambda m: html.unescape(m.group()), line)
    return _REFERENCE.sub(_referenced, line) if "&#" in line else line


# Characters that draw nothing, three or more in a row (no writing needs that many: an emoji's sequence holds two,
# `\ufe0f\u200d`), and Unicode's tag characters but in a flag's sequence (🏴 and a region's letters): words can be
# written in them that no reader or reviewer sees, and that search engines and the assistants summarising a page
# read ("ASCII smuggling": safety hunt 35). Every default-ignorable code point Unicode has (browsers draw each as
# nothing, unassigned ones too), but the direction marks and controls, which editorial.bidi and the output check read:
# Khmer's inherent vowels, Mongolian's variation selectors, the deprecated format characters (U+206A…), the unassigned
# U+2065 and U+FFF0…, Duployan's and music's format controls, the unassigned rest of plane 14 (safety64: a run of
# them was published).
_INVISIBLE = ("\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200d\u2060-\u2065\u206a-\u206f"
              "\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
              "\U000e0080-\U000e0fff")


_HIDDEN = re.compile(f"[{_INVISIBLE}]{{3,}}|(?<![\U000e0000-\U000e007f])[\U000e0000-\U000e007f]+")


_FLAG_TAGS = re.compile("[\U000e0061-\U000e007a\U000e0030-\U000e0039]{2,6}\U000e007f")  # 🏴 + gbsct + cancel


def _codes(chars: str) -> frozenset[str]:
    """The characters of a class written as `chars` (its ranges `a-b` read as the class reads them)."""
    found: set[str] = set()
    n = 0
    while n < len(chars):
        if n + 2 < len(chars) and chars[n + 1] == "-":
            found.update(map(chr, range(ord(chars[n]), ord(chars[n + 2]) + 1)))
            n += 3
        else:
            found.add(chars[n])
            n += 1
    return frozenset(found)


# What _HIDDEN can match holds one of these: a text without one (nearly all) is not searched, a character at a time.
_HIDDEN_CHARS = _codes(_INVISIBLE) | frozenset(map(chr, range(0xE0000, 0xE0080)))


def hidden_run(text: str) -> re.Match[str] | None:
    """The first run of characters that draw nothing where no writing needs them (`_HIDDEN`), or None."""
    if _HIDDEN_CHARS.isdisjoint(text):
        return None
    for found in _HIDDEN.finditer(text):
        if not (found.start() and text[found.start() - 1] == "\U0001f3f4" and _FLAG_TAGS.fullmatch(found.group())):
            return found
    return None


_VARIATION = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


_OVERRIDDEN = re.compile("([\u202d\u202e])([^\u202a-\u202e\u2066-\u2069\n]*)(?:\u202c|$)")
_RTL_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]")


# The right-to-left marks and the openers of a right-to-left embedding or isolate (ALM, RLM, RLE, RLI): beside
# right-to-left words only (the left-to-right ones change nothing in a page written left to right).
RIGHT_TO_LEFT_MARK = re.compile("[\u061c\u200f\u202b\u2067]")
# The languages written right to left by their base subtag, for a code CLDR does not know (right_to_left).
RTL_LANGUAGES = frozenset({"ar", "he", "iw", "fa", "ur", "yi", "ps", "sd", "ug", "dv", "ckb"})


@functools.lru_cache(maxsize=1024)
def right_to_left(lang: str) -> bool:
    """Whether a text in `lang` (a BCP 47 code: `ar`, `pa-Arab`, `sd-Deva`) is written right to left, as its page's
    `dir` says it is (strings.direction): CLDR's character order for the language in its script, so that Punjabi in
    Shahmukhi (`pa-Arab`), Kashmiri, Syriac, N'Ko or Adlam is, and Sindhi in Devanagari (`sd-Deva`) is not; a code
    CLDR does not know (`ar-XX`, a name on the branch), by its base language (RTL_LANGUAGES)."""
    from babel import Locale, UnknownLocaleError

    try:
        return Locale.parse(lang.strip().replace("-", "_")).character_order == "right-to-left"
    except (ValueError, TypeError, UnknownLocaleError):
        return lang.strip().replace("_", "-").split("-")[0].lower() in RTL_LANGUAGES
# What a text holds if any mark or isolate `direction_apart` reads may show its words in another order
RIGHT_TO_LEFT_DIRECTIONS = frozenset("\u061c\u200f\u202b\u2067\u2068")


def direction_apart(text: str) -> tuple[str, str] | None:
    """(the character, the words around it) of the first right-to-left mark of `text`, a paragraph of a page written
    left to right, that stands beside no right-to-left word, or of the first right-to-left embedding or isolate that
    lays its left-to-right words out apart (isolated_apart); None if none does: the output check's reading of what
    `policy check` refuses as editorial.bidi/mark and /isolated."""
    for found in RIGHT_TO_LEFT_MARK.finditer(text):
        if not beside_rtl(text, found.start(), found.end()):
            return found.group(), text[max(0, found.start() - 30):found.end() + 30].strip()
    return isolated_apart(text)


def beside_rtl(text: str, start: int, end: int) -> bool:
    """Whether the mark at `start:end` stands beside a right-to-left word: the nearest letter or digit before or after
    it, 30 characters at most away with only spaces, punctuation or other marks between, is one of its letters. (A
    right-to-left word anywhere within 30 characters was enough: `(תל אביב) … 90 RLM, RLM 30` showed "9030 ," among
    its Latin words; safety3 hunt.)"""
    before = _NEAREST_BEFORE.match(text[max(0, start - 30):start][::-1])
    after = _NEAREST_BEFORE.match(text[end:end + 30])
    return any(found is not None and _RTL_LETTER.match(found.group(1)) for found in (before, after))


_NEAREST_BEFORE = re.compile(r"[\W_]*([^\W_])")  # (the nearest letter or digit, 30 characters at most away)


# What starts a right-to-left embedding or isolate (RLE, RLI; FSI when its first strong letter is one)
_RTL_OPENERS = frozenset("\u202b\u2067\u2068")
_OPENERS = frozenset("\u202a\u202b\u202d\u202e\u2066\u2067\u2068")
_CLOSERS = frozenset("\u202c\u2069")


def isolated_apart(text: str) -> tuple[str, str] | None:
    """(the opener, its words) of the first right-to-left embedding or isolate of `text` that holds two runs of
    left-to-right letters or digits, or None: a browser lays those runs out right to left, one after the other, so
    `RLI א 90 jours, et non 30 PDI` is shown "jours, et non 30 90 א", `RLI LRI jamais PDI LRI vendues PDI PDI` "vendues
    jamais", while the checks, the redline and policy.json read them in the text's order (Unicode's bidirectional
    algorithm, rules W1–W7 and N1–N2, at one level; safety3 hunt). One run alone (a number in a Hebrew address) is
    shown as written. Each embedding is read once, a nested one as one piece of the one around it."""
    if _OPENERS.isdisjoint(text):
        return None
    # each open embedding: (its opener's offset, its pieces: (bidi type, first offset, end offset, whether it holds a
    # left-to-right letter or digit))
    stack: list[tuple[int, list[tuple[str, int, int, bool]]]] = [(-1, [])]
    for at, char in enumerate(text):
        if char in _OPENERS:
            stack.append((at, []))
        elif char in _CLOSERS and len(stack) > 1:
            if found := _closed(text, *stack.pop(), at, stack[-1][1]):
                return found
        else:
            kind = unicodedata.bidirectional(char)
            stack[-1][1].append((kind, at, at + 1, kind in ("L", "EN", "AN")))
    while len(stack) > 1:  # the paragraph's end closes what is open
        if found := _closed(text, *stack.pop(), len(text), stack[-1][1]):
            return found
    return None


def _closed(text: str, opened: int, pieces: list[tuple[str, int, int, bool]], end: int,
            outer: list[tuple[str, int, int, bool]]) -> tuple[str, str] | None:
    """isolated_apart's reading of the embedding opened at `opened` and ended at `end`: the finding if it lays two
    runs out apart, else None, the embedding added to the `outer` one's pieces."""
    inside = text[opened + 1:end]
    outer.append(("ON", opened, min(end + 1, len(text)), any(piece[3] for piece in pieces)))
    opener = text[opened]
    if opener not in _RTL_OPENERS or (opener == "\u2068" and _first_strong(pieces) != "R"):
        return None
    return (opener, inside.strip()) if len(_ltr_runs(pieces)) > 1 else None


def _first_strong(pieces: list[tuple[str, int, int, bool]]) -> str:
    """"L" or "R" as the first strong letter of an isolate's own pieces (FSI's rule P2), "" if none."""
    return next(("L" if kind == "L" else "R" for kind, *_ in pieces if kind in ("L", "R", "AL")), "")


def _ltr_runs(pieces: list[tuple[str, int, int, bool]]) -> list[tuple[int, int]]:
    """(start, end) of each run of left-to-right letters and digits a right-to-left level lays out apart among its
    `pieces` (a nested embedding or isolate one piece, a run of its own when it holds any)."""
    kinds: list[str] = []
    for kind, *_ in pieces:
        kind = {"AL": "R", "NSM": kinds[-1] if kinds else "R"}.get(kind, kind)  # W1, W3
        kinds.append(kind if kind in ("L", "R", "EN", "AN") else "N")
    for n in range(1, len(kinds) - 1):  # W4: one separator between two digits joins them
        if kinds[n] == "N" and kinds[n - 1] == kinds[n + 1] == "EN" and pieces[n][0] in ("ES", "CS"):
            kinds[n] = "EN"
    for n, kind in enumerate(kinds):  # W5: a currency or percent sign beside digits is theirs
        if kind == "N" and pieces[n][0] == "ET" and "EN" in kinds[max(0, n - 1):n + 2]:
            kinds[n] = "EN"
    strong = "R"  # W7: digits after a left-to-right letter are its (the level's start counts as right to left)
    for n, kind in enumerate(kinds):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            kinds[n] = "L"
    before, after = ["R"] * len(kinds), ["R"] * len(kinds)  # the nearest strong type on each side (digits as R)
    for n in range(1, len(kinds)):
        before[n] = before[n - 1] if kinds[n - 1] == "N" else "L" if kinds[n - 1] == "L" else "R"
    for n in range(len(kinds) - 2, -1, -1):
        after[n] = after[n + 1] if kinds[n + 1] == "N" else "L" if kinds[n + 1] == "L" else "R"
    runs: list[tuple[int, int]] = []
    joined = False  # whether the piece before was left to right, the run going on
    for n, (_, start, end, ltr) in enumerate(pieces):
        # N1, N2: a neutral between two left-to-right letters is theirs, any other right to left (a nested embedding
        # holding left-to-right words is then a run of its own)
        kind = kinds[n] if kinds[n] != "N" else "L" if before[n] == after[n] == "L" else "R"
        if kind in ("L", "EN", "AN") and joined and runs:
            runs[-1] = (runs[-1][0], end)
        elif kind in ("L", "EN", "AN") or ltr:
            runs.append((start, end))
        joined = kind in ("L", "EN", "AN")
    return runs



def mostly_right_to_left(text: str) -> bool:
    """Whether most of the letters of `text`, a paragraph, are of a script written right to left: a Hebrew or Arabic
    text, read as its readers read it; not English words carrying one Hebrew letter (safety91)."""
    counted = Counter(unicodedata.bidirectional(char) for char in text if char.isalpha())
    return counted["R"] + counted["AL"] > counted["L"]


# What starts a left-to-right embedding or isolate (LRE, LRI; FSI when its first strong letter is one)
LTR_OPENERS = frozenset("\u202a\u2066\u2068")


def ltr_isolated_apart(text: str) -> tuple[str, str] | None:
    """(the opener, its words) of the first left-to-right embedding or isolate of `text`, a paragraph laid out right to
    left, that shows two runs of letters or digits in the left-to-right order its readers do not read (ltr_level_apart
    of its words), or None: the mirror of isolated_apart. `LRI 90 ימים, לא 30 PDI` in a Hebrew paragraph is drawn with
    "90" at the left, read last, where `dir="ltr"` on a span was refused and the controls passed, the paragraph's
    Hebrew words its readers' own (safety94)."""
    if LTR_OPENERS.isdisjoint(text):
        return None
    opened: list[tuple[str, int]] = []
    for at, char in enumerate(text):
        if char in _OPENERS:
            opened.append((char, at))
        elif char in _CLOSERS and opened and (found := _ltr_closed(text, *opened.pop(), at)):
            return found
    while opened:  # (the paragraph's end closes what is open)
        if found := _ltr_closed(text, *opened.pop(), len(text)):
            return found
    return None


def _ltr_closed(text: str, opener: str, start: int, end: int) -> tuple[str, str] | None:
    """ltr_isolated_apart's reading of the embedding `opener` opened at `start` and ended at `end`."""
    inside = text[start + 1:end]
    if opener not in LTR_OPENERS or (opener == "\u2068" and _first_strong_of(inside) != "L"):
        return None
    return (opener, inside.strip()) if ltr_level_apart(inside) else None


def _first_strong_of(text: str) -> str:
    """"L" or "R" as the first strong letter of `text` outside the isolates it holds (FSI's rule P2), "" if none."""
    depth = 0
    for char in text:
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        elif not depth and (kind := unicodedata.bidirectional(char)) in ("L", "R", "AL"):
            return "L" if kind == "L" else "R"
    return ""


LEFT_TO_RIGHT_MARK = "\u200e"
# One number as its reader sees it: digits and the single separators within them (a grouping space, a dot, a comma, a
# colon, a slash, a hyphen), or a phone number as editorial reads one (its +, its area code in brackets), and the
# numbered parts of an article it cites (`6(1)`, the `6(1)(` before `f)`)
_NUMBER = r"(?:\+ ?)?(?:\([0-9]{1,5}\)[ .\-\u00a0]?)?[0-9]+(?:[ .,:/\-\u00a0\u202f\u2009][0-9]+)*(?:\([0-9]{1,3}\))*"
# ... or a range of two, joined by a dash (`30–60`, hours `09:00–18:00`, `1990 — 2000`): read from its left end to its
# right one in a right-to-left text too, as a range joined by a hyphen is drawn without any mark (safety96: the mark a
# Hebrew or Arabic text sets before an en dash's range was refused as laying out a list)
_ONE_NUMBER = re.compile(rf"{_NUMBER}(?: ?[\u2010-\u2015\u2212] ?{_NUMBER})?")
# A number its reader reads whole wherever it stands in a list, whose place in one says nothing: a phone number (its
# `+`, its area code in brackets or its trunk 0, or seven digits or more in groups as no amount is grouped), a date
# (`01.04.2024`, `2024-04-01`, `15/05/2024`), a range (`30–60`, `09:00-18:00`)
_PHONE = re.compile(r"[+(]|0[1-9]|00[1-9]")  # (no trunk or international prefix is three zeros: `0000090`)
_DATE = re.compile(r"([0-9]{1,2})([./\-])([0-9]{1,2})\2(?:[0-9]{4}|[0-9]{2})"
                   r"|[0-9]{4}([./\-])([0-9]{1,2})\4([0-9]{1,2})")
# An amount grouped by thousands (`1 234 567`, `1.000.000,50`), which no phone number is
_AMOUNT = re.compile(r"[0-9]{1,3}([ .,\u00a0\u202f\u2009'])[0-9]{3}(?:\1[0-9]{3})*(?:[.,][0-9]+)?")
_DASH = re.compile(r"[\u2010-\u2015\u2212]|^[0-9]+ ?- ?[0-9]+$")


def _whole_wherever(number: str) -> bool:
    """Whether `number`, one of _ONE_NUMBER's, is a phone number, a date or a range: a list of them, laid out left to
    right in a right-to-left text by one mark (`LRM +972-3-555-0100, +972-3-555-0101`, the usual mark before a
    Hebrew or Arabic text's phone numbers), shows each whole, their order in the list meaning nothing (safety98)."""
    if date := _DATE.fullmatch(number):
        first, second = (date.group(1), date.group(3)) if date.group(1) else (date.group(5), date.group(6))
        if 0 < min(int(first), int(second)) <= 12 and max(int(first), int(second)) <= 31:
            return True
    digits = re.findall(r"[0-9]+", number)
    if sum(map(len, digits)) >= 7 and (_PHONE.match(number) or _grouped_as_dialled(number, digits)):
        return True
    return bool(_DASH.search(number))


def _grouped_as_dialled(number: str, digits: list[str]) -> bool:
    """Whether `number`, seven digits or more with no `+`, bracket or trunk 0, is grouped as a phone number is dialled
    (`555-0100`, `1234 5678`, `212-555-0100`), not as an amount: no amount's thousands (_AMOUNT), no comma (lakhs
    and crores, `10,00,000`), no decimals (`1234567.89`, `12345.67`: a point between two groups only, or before a
    last group of one or two digits), no last digit alone (safety99: each was read as a phone number and a list of
    them passed after one mark, reordered for its readers)."""
    return (len(digits) > 1 and len(digits[-1]) > 1 and "," not in number and not _AMOUNT.fullmatch(number)
            and not ("." in number and (len(digits) < 3 or len(digits[-1]) < 3)))


def _laid_apart(stretch: str) -> bool:
    """Whether `stretch`, what a left-to-right mark or opener lays out left to right, holds two numbers or more whose
    order its readers read otherwise: a list of amounts or durations (`90, 30`), not one of phone numbers, dates or
    ranges alone (_whole_wherever)."""
    numbers = _ONE_NUMBER.findall(stretch)
    return len(numbers) > 1 and not all(map(_whole_wherever, numbers))


def ltr_numbers_apart(text: str) -> tuple[str, str] | None:
    """(the mark, the numbers) of the first left-to-right mark (U+200E) of `text`, a paragraph laid out right to left,
    after a right-to-left letter or at the paragraph's start, or the first left-to-right isolate or embedding of it
    (U+2066, U+202A, or U+2068 whose first letter is not right to left), that lays two numbers or more out left to
    right before any letter (safety95): `LRM 90, 30 ימים` is drawn "90, 30", which its readers, reading right to
    left, read "30, 90", where without the mark the two are drawn in the order they read (Unicode's rule W7 turns the
    digits after a left-to-right mark into left-to-right ones, one run with the neutrals between). What the reader
    sees as one number stays as written: a phone number (`LRM +972 3 123 4567`, the usual mark before it), a number
    grouped by spaces or dots, a date; so do numbers after a left-to-right word, which the reader sees (`Tel. 03 …`).
    None if none does."""
    found = ltr_numbers_at(text)
    return (text[found[0]], found[1]) if found is not None else None


def ltr_numbers_at(text: str) -> tuple[int, str] | None:
    """(its offset, the numbers) of the mark or opener ltr_numbers_apart finds first, or None."""
    if LEFT_TO_RIGHT_MARK not in text and LTR_OPENERS.isdisjoint(text):
        return None
    depth, strong = 0, "R"  # (the last strong letter at the paragraph's level: its start is right to left)
    for at, char in enumerate(text):
        if char in _OPENERS:
            turned = char in ("\u202a", "\u2066") or (char == "\u2068" and _first_strong_of(_isolated(text, at)) != "R")
            if not depth and turned and _laid_apart(stretch := _unled(text, at + 1)):
                return at, stretch.strip()
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        elif not depth and char == LEFT_TO_RIGHT_MARK:
            if strong != "L" and _laid_apart(stretch := _unled(text, at + 1)):
                return at, stretch.strip()
        elif not depth and (kind := unicodedata.bidirectional(char)) in ("L", "R", "AL"):
            strong = "L" if kind == "L" else "R"
    return None


def _isolated(text: str, opened: int) -> str:
    """The characters of the isolate or embedding `text` opens at `opened`, up to its closer or the paragraph's end."""
    depth = 0
    for at in range(opened + 1, len(text)):
        if text[at] in _OPENERS:
            depth += 1
        elif text[at] in _CLOSERS:
            if not depth:
                return text[opened + 1:at]
            depth -= 1
    return text[opened + 1:]


def _unled(text: str, start: int) -> str:
    """The characters of `text` from `start` up to its first letter (a left-to-right mark is none), isolate or
    embedding, or their end: what a left-to-right mark or opener there lays out left to right, no letter leading."""
    end = start
    while end < len(text) and text[end] not in _OPENERS and text[end] not in _CLOSERS and (
            text[end] == LEFT_TO_RIGHT_MARK or unicodedata.bidirectional(text[end]) not in ("L", "R", "AL")):
        end += 1
    return text[start:end]


def within_ltr_ends(text: str) -> str:
    """`text`, a paragraph laid out left to right, from after the last left-to-right letter before its first
    right-to-left one up to the first left-to-right letter after its last right-to-left one (outside isolates): the
    page's own words leading into a right-to-left quotation and out of it ("We keep: אנו … (GDPR)"), which its readers
    read first and last, left out; the rest resolved as in the whole paragraph (a left-to-right letter beside it is
    what the paragraph's ends are to the bidirectional rules W7 and N1). `text` itself where no left-to-right letter
    leads nor ends it."""
    depth, lead, first, last, tail = 0, -1, -1, -1, len(text)
    for at, char in enumerate(text):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        elif not depth:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                first = at if first < 0 else first
                last, tail = at, len(text)
            elif kind == "L" and char.isalpha():
                lead = at if first < 0 else lead
                tail = at if last >= 0 and tail == len(text) else tail
    return text[lead + 1:tail] if first >= 0 else text


def ltr_level_apart(text: str) -> tuple[str, str] | None:
    """(LRI, its words) when `text`, a paragraph laid out left to right on a page written right to left (`<p
    dir="ltr">`), shows two runs of letters or digits in the left-to-right order a reader of the page does not read:
    `90 ימים, לא 30` is drawn with "90" at the left, read last ("ימים, לא 30 90"); None if it shows one run. The
    mirror of isolated_apart (rules W1-W7, N1-N2 at one level, a nested isolate one neutral piece; safety91)."""
    pieces: list[tuple[str, str]] = []  # (bidi type, the character) of the level's own characters
    depth = 0
    for char in text:
        if char in _OPENERS:
            if not depth:
                pieces.append(("ON", char))
            depth += 1
        elif char in _CLOSERS and depth:
            depth -= 1
        elif not depth:
            pieces.append((unicodedata.bidirectional(char), char))
    kinds: list[str] = []
    for kind, _char in pieces:
        kind = {"AL": "R", "NSM": kinds[-1] if kinds else "L"}.get(kind, kind)  # W1, W3
        kinds.append(kind if kind in ("L", "R", "EN", "AN") else "N")
    for n in range(1, len(kinds) - 1):  # W4
        if kinds[n] == "N" and kinds[n - 1] == kinds[n + 1] == "EN" and pieces[n][0] in ("ES", "CS"):
            kinds[n] = "EN"
    for n, kind in enumerate(kinds):  # W5
        if kind == "N" and pieces[n][0] == "ET" and "EN" in kinds[max(0, n - 1):n + 2]:
            kinds[n] = "EN"
    strong = "L"  # W7: digits after a left-to-right letter, or the level's start, are left to right
    for n, kind in enumerate(kinds):
        if kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            kinds[n] = "L"
    sides = ["L" if kind == "L" else "R" if kind != "N" else "" for kind in kinds]  # (digits as R: N1)
    before, after = ["L"] * len(kinds), ["L"] * len(kinds)
    for n in range(1, len(kinds)):
        before[n] = sides[n - 1] or before[n - 1]
    for n in range(len(kinds) - 2, -1, -1):
        after[n] = sides[n + 1] or after[n + 1]
    runs = 0
    last = ""  # the direction of the run going on, and whether it holds a letter or digit
    held = False
    for n, (_kind, char) in enumerate(pieces):
        side = sides[n] or ("R" if before[n] == after[n] == "R" else "L")
        if side != last:
            runs += held
            last, held = side, False
        held = held or char.isalnum()
    runs += held
    return ("\u2066", text.strip()) if runs > 1 else None


def without_overrides(line: str) -> tuple[str, list[str], list[str]]:
    """`line` without its direction overrides (U+202E right to left, U+202D left to right, to the U+202C closing
    them or the line's end), which editorial.bidi refuses: words a reader saw in another order than written (safety
    hunt 48: an old page's `\u202esannod sov\u202c` shows "vos donnees"). A right-to-left override of letters written
    left to right alone is written as the reader saw it, reversed; any other is taken out, its words kept as written.
    Also the passages written as seen, and those kept as written, to say."""
    seen: list[str] = []
    kept: list[str] = []

    def unfold(match: re.Match[str]) -> str:
        words = match.group(2)
        if match.group(1) == "\u202e" and re.search(r"[^\W\d_]", words) and not _RTL_LETTER.search(words):
            seen.append(words[::-1])
            return words[::-1]
        kept.append(words)
        return words

    line = _OVERRIDDEN.sub(unfold, line)
    if "\u202d" in line or "\u202e" in line:  # (one inside another's run: taken out, as written)
        kept.append(line)
        line = line.replace("\u202d", "").replace("\u202e", "")
    return line, seen, kept


def may_hide(chars: set[str]) -> bool:
    """Whether a text's distinct characters (`chars`) hold one that unseen_in reads."""
    return not _HIDDEN_CHARS.isdisjoint(chars)


def unseen_in(text: str) -> tuple[str, str] | None:
    """(the characters, the words around them) of the first run of characters that draw nothing in `text`, a block of
    a page as a browser reads it (its references decoded), or of its stray ones (stray_invisibles); None where it holds
    none: what `controls` refuses in the source, read where the page holds it, however the source wrote it."""
    if _HIDDEN_CHARS.isdisjoint(text):
        return None
    if (run := hidden_run(text)) is not None:
        return run.group(), text[max(0, run.start() - 30):run.end() + 30].strip()
    for line in text.split("\n"):
        if stray := stray_invisibles(line):
            return "".join(line[at] for at in stray), line[max(0, stray[0] - 30):stray[-1] + 30].strip()
    return None


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


# What draws nothing and joins or parts nothing outside a word: zero-width spaces and joiners, the word joiner, a byte
# order mark, a soft hyphen
_UNSEEN = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# Unicode's default-ignorable characters (a soft hyphen, zero-width spaces and joiners, the word joiner, direction
# marks, variation selectors, a byte order mark, Hangul fillers, tags): drawn as nothing, they split a word or an
# address for a pattern, not for a reader
IGNORABLE = re.compile("[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
                        "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
                        "\U000e0000-\U000e0fff]")


def as_seen(text: str) -> str:
    """`text` as a reader reads its words, the characters drawn as nothing (`IGNORABLE`) left out: `Last updated:
    Febru\u00adary 1, 2021` reads "February 1, 2021" on the page; the checks read no date in it, and a stale date line,
    or a notice sentence with a word joiner, passed (safety81). Those drawn as a blank (`BLANK`) are spaces: a link
    `§\u28001` to §2 shows "§ 1", and was read as no section's number (safety97)."""
    return text if text.isascii() else IGNORABLE.sub("", text).translate(BLANK)


# Characters a font draws as an empty space that are no white space to a pattern (`str.isspace`, `\s`) nor ignorable:
# Braille's blank cell (U+2800, the space of a Braille text) and music's null notehead (U+1D159)
BLANK = str.maketrans(dict.fromkeys("\u2800\U0001d159", " "))


def shows_nothing(text: str) -> bool:
    """Whether `text` shows a reader no character: white space, characters drawn as nothing (`IGNORABLE`) or as a
    blank (`BLANK`). A link of Braille blanks (`[\u2800](https://…)`), no white space to a pattern, was a link to
    another host no reader sees (safety97)."""
    return not as_seen(text).strip()


_ATX_TEXT = re.compile(r"[ ]{0,3}#{1,6}[ \t]+")


def stray_in_heading(line: str) -> list[int]:
    """Where a Markdown heading's line holds characters that draw nothing and stand between no two letters (around
    its number, before its first word: `2.\u200bWhat we collect`, `\u200b3. Rights`, as text copied from a web page
    or Word carries them): the heading read as no number, its section unnumbered (adoption 29 of session 44). One
    between two letters (a Persian word's non-joiner, a German word's soft hyphen) or in an emoji stays."""
    opened = _ATX_TEXT.match(line)
    if opened is None:
        return []
    found = []
    for match in _UNSEEN.finditer(line, opened.end()):
        at = match.start()
        before, after = line[at - 1] if at > opened.end() else "", line[at + 1] if at + 1 < len(line) else ""
        if before.isalpha() and after.isalpha() or unicodedata.category(before or " ") in ("So", "Sk", "Mn") \
                or unicodedata.category(after or " ") in ("So", "Sk", "Mn"):
            continue
        found.append(at)
    return found


def _any_flagged(chars: str) -> bool:
    """Whether `chars` (a text's distinct characters) hold one a line of it may be flagged for: a control or
    noncharacter, or one of `_HIDDEN_CHARS` (the variation selectors and zero-width characters a line is flagged for
    are among them). Each is one character, so the text's distinct characters tell as much as the text: searching a
    policy's 95 instead of its 38,000 (each pattern's class walked at every character: 8 ms a text, read for every
    version a history publishes) takes some 1.5 ms, most of it `set`."""
    return bool(CONTROL.search(chars)) or not _HIDDEN_CHARS.isdisjoint(chars)


def controls(text: str, path: str) -> list[Finding]:
    """A finding at each line holding a control character, or a numeric reference to one, or characters that draw
    nothing in a run no writing needs."""
    if "&#" not in text and not _NAMED.search(text) and not _any_flagged("".join(set(text))):
        return []
    return _controls_by_line(text, path)


def _controls_by_line(text: str, path: str) -> list[Finding]:
    found = []
    for number, content in enumerate(text.split("\n"), 1):
        read = decoded(content)
        if hidden := hidden_run(read):
            found.append(Finding.of(path, number, "text.control/run", count=len(hidden.group()),
                                    code=f"{ord(hidden.group()[0]):04X}", column=hidden.start() + 1))
        elif stray := stray_invisibles(read):
            found.append(Finding.of(path, number, "text.control/stray", count=len(stray),
                                    code=f"{ord(read[stray[0]]):04X}", column=stray[0] + 1))
        elif char := CONTROL.search(content):
            found.append(Finding.of(path, number, "text.control", code=f"{ord(char.group()):04X}",
                                    column=char.start() + 1))
        elif ref := next((m for m in _REFERENCE.finditer(content) if CONTROL.match(_referenced(m))), None):
            found.append(Finding.of(path, number, "text.control/reference", reference=ref.group(),
                                    column=ref.start() + 1, code=f"{ord(_referenced(ref)):04X}"))
    return found


# git's markers of a merge it could not make (`<<<<<<< HEAD`, `=======`, `>>>>>>> branch`; diff3's `||||||| base`):
# both sides of the conflict stand in the text, and with them its branch's name (safety hunt 35).
_CONFLICT = re.compile(r"^(?:<{7}|>{7}|\|{7})(?: .*)?$")


def conflicts(text: str, path: str, *, key: str = "text.conflict") -> list[Finding]:
    """A finding at each line of a merge conflict's markers (`=======` too, when the text holds another marker: alone,
    it may underline a title), said by `key` (a word list's: `text.conflict/words`)."""
    if not any(marker in text for marker in ("<" * 7, ">" * 7, "|" * 7)):  # what a marker's line starts with
        return []
    lines = text.split("\n")
    if not any(_CONFLICT.match(line) for line in lines):
        return []
    return [Finding.of(path, number, key, marker=line[:40])
            for number, line in enumerate(lines, 1) if _CONFLICT.match(line) or line == "======="]


# Combining marks drawn across the character before them (Unicode's overlay class: strokes, slashes, rings, in the
# blocks every script shares) and the enclosing prohibition sign: `n̶o̶t̶` shows "not" struck out, as the redline
# shows a deleted word, while the checks, the PDF's text and policy.json read it as written (safety hunt 39). No
# writing needs them: a letter with a stroke (đ, ł, ø) is a character of its own.
_STRUCK = "\u0334-\u0338\u20d2\u20d3\u20d8-\u20da\u20e0\u20e5\u20e6\u20ea\u20eb"
STRUCK = re.compile(f"[{_STRUCK}]")
MARK_DRAWN = _codes(_STRUCK)  # (its characters: a cheap first reading of a page's distinct ones)


# The combining marks every script shares (accents, lines, dots: U+0300…, U+1AB0…, U+1DC0…, U+20D0…, U+FE20…): a
# letter takes two at most (Vietnamese ệ, Yoruba ẹ́); a script's own marks, four (Hebrew בְּ֖ with its accent, Tibetan
# ཧཱུྃ), and never the same one twice. More are piled above and below the character ("Zalgo" text), drawn over the
# lines around it, whose words they hide (safety hunt 39). Variation selectors are no marks here (an emoji's).
SHARED_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")
_SELECTOR = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")


def stacked(text: str) -> str:
    """The first character of `text` with more marks piled on it than any writing needs, with them ("" if none)."""
    if text.isascii():
        return ""
    for found in _marks(beyond_bmp=max(text) > "\uffff").finditer(text):
        run = found.group()
        if len(run) > 4 or len(SHARED_MARK.findall(run)) > 2 or any(one == other for one, other in zip(run, run[1:])):
            return text[max(found.start() - 1, 0):found.end()]
    return ""


@functools.cache
def _marks(*, beyond_bmp: bool) -> re.Pattern[str]:
    """Two combining marks or more in a row (Unicode's Mn and Me, variation selectors aside), in the Basic
    Multilingual Plane, or in the planes writing uses (`beyond_bmp`): a pattern of the first alone reads a page in a
    millisecond (one holding characters of the second, such as Brahmi's marks, takes tens)."""
    ranges: list[list[int]] = []
    for code in (code for code in mark_codes() if code < (0x20000 if beyond_bmp else 0x10000)):  # (Mn, Mc and Me)
        if unicodedata.category(chr(code)) in ("Mn", "Me") and not _SELECTOR.match(chr(code)):
            if ranges and ranges[-1][1] == code - 1:
                ranges[-1][1] = code
            else:
                ranges.append([code, code])
    members = "".join(re.escape(chr(a)) + (f"-{re.escape(chr(b))}" if b > a else "") for a, b in ranges)
    return re.compile(f"[{members}]{{2,}}")


def marks_drawn(text: str) -> tuple[str, str, str] | None:
    """(the output check's key, the mark's code, the words it is drawn on) of the first mark of `text`, a block of a
    page as a browser reads it, drawn across a character (STRUCK: its words shown struck out) or piled on one beyond
    what writing needs (stacked: drawn over the lines around it); None where it holds none."""
    if struck := STRUCK.search(text):
        start = max(text.rfind(c, 0, struck.start()) for c in " \n\t") + 1
        end = min((i for i in (text.find(c, struck.start()) for c in " \n\t") if i != -1), default=len(text))
        return "output.struck", f"{ord(struck.group()):04X}", text[start:end]
    if piled := stacked(text):
        mark = next(char for char in piled if unicodedata.category(char) in ("Mn", "Me"))
        return "output.stacked", f"{ord(mark):04X}", piled
    return None
