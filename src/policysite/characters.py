"""Characters a page may not hold, or not where it holds them: controls and noncharacters, invisible runs that hide
words, stray zero-width characters, and the conflict markers of a merge committed unresolved."""
from __future__ import annotations

import re
import unicodedata

from policysite.findings import Finding

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
    if "&#" not in text and not _any_flagged("".join(set(text))):
        return []
    return _controls_by_line(text, path)


def _controls_by_line(text: str, path: str) -> list[Finding]:
    found = []
    for number, content in enumerate(text.split("\n"), 1):
        decoded = _REFERENCE.sub(lambda m: _referenced(m), content) if "&#" in content else content
        if hidden := hidden_run(decoded):
            found.append(Finding.of(path, number, "text.control/run", count=len(hidden.group()),
                                    code=f"{ord(hidden.group()[0]):04X}", column=hidden.start() + 1))
        elif stray := stray_invisibles(decoded):
            found.append(Finding.of(path, number, "text.control/stray", count=len(stray),
                                    code=f"{ord(decoded[stray[0]]):04X}", column=stray[0] + 1))
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


def conflicts(text: str, path: str) -> list[Finding]:
    """A finding at each line of a merge conflict's markers (`=======` too, when the text holds another marker: alone,
    it may underline a title)."""
    if not any(marker in text for marker in ("<" * 7, ">" * 7, "|" * 7)):  # what a marker's line starts with
        return []
    lines = text.split("\n")
    if not any(_CONFLICT.match(line) for line in lines):
        return []
    return [Finding.of(path, number, "text.conflict", marker=line[:40])
            for number, line in enumerate(lines, 1) if _CONFLICT.match(line) or line == "======="]
