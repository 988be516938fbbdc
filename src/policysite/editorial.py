"""Editorial checks of a policy page in any language: doubled words, the brand's spelling, raw HTML."""
from __future__ import annotations

import functools
import html as html_lib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from urllib.parse import unquote

from markdown.extensions.attr_list import get_attrs_and_remainder

from policysite import characters, ownhost
from policysite.characters import (
    RIGHT_TO_LEFT_MARK,
    SHARED_MARK,
    STRUCK,
    beside_rtl,
    isolated_apart,
    right_to_left,
    stacked,
)
from policysite.config_rules import script_of
from policysite.document import Block, Policy, code_spans, written_line
from policysite.findings import WARNING, Finding
from policysite.marks import MARK
from policysite.messages import Said
from policysite.safety import (
    FETCHING_CLASSES,
    HEADING_NUMBER,
    IGNORABLE,
    SHRINKING,
    capital_scheme,
    deceptive_link,
    lookalike_host,
    section_shown,
    shown_address,
    shrunk,
)
from policysite.spelling import as_read, mask, shouting, texts
from policysite.sync import email_pattern, url_pattern
from policysite.versionlinks import version_shown

RULE_DOUBLED = "editorial.doubled-word"
RULE_BRAND = "editorial.brand"
RULE_HTML = "editorial.html"
RULE_LINK_TEXT = "editorial.link-text"  # a link whose text is an address it does not go to
RULE_LINK_TARGET = "editorial.link-target"  # a mailto writing to others, a host passing for another
RULE_ADDRESS = "editorial.address-lookalike"  # an address written in the text whose letters pass for others
RULE_BIDI = "editorial.bidi"  # a direction override: the reader sees the characters in another order
RULE_DIGITS = "editorial.digits"  # a digit of a script the page is not written in: a reader takes it for another
RULE_STYLED = "editorial.styled"  # letters or digits styled by Unicode (𝟑𝟎, 𝐬𝐡𝐚𝐫𝐞): read by name, found by no search
RULE_STRUCK = "editorial.struck"  # a mark drawn across a character: its words shown struck out, as deleted ones
RULE_TEMPLATE = "editorial.template"  # a template's code, shown as written: the old site's server filled it in
# Template code a site generator or a server filled in and this site does not (round 13's imports of real pages): an
# expression, `{{ page.date | formatDate('MMMM D, YYYY') }}` (Liquid, Jinja, Nunjucks, Twig, Handlebars, Hugo, Blade),
# a statement `{% if %}`, Blade's `{!! … !!}` and directives (`@if(…)`, `@endif`), PHP's `<?php`/`<?=`, ERB's `<% %>`.
# Braces of a legal text (`{a, b}`), an attribute list (`{#id}`), an address (`dpo@if.example`, `@ifttt`) are none.
_TEMPLATE = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|\{!!.*?!!\}|<\?(?:php\b|=).*?(?:\?>|$)|<%.*?%>"
    r"|(?<![\w@.])@(?:if|elseif|unless|foreach|forelse|for|while|isset|empty|switch|case|section|yield|extends|include"
    r"|push|stack|component|lang|json|auth|guest|can)\s*\([^)\n]*\)?"
    r"|(?<![\w@.])@(?:else|endif|endunless|endforeach|endforelse|endfor|endwhile|endisset|endempty|endswitch"
    r"|endsection|endpush|endcomponent|endauth|endguest|endcan|php|endphp|csrf)(?![\w@.-])", re.S)
# An expression that wrote a date: one of its words (`page.date`, `formatDate`, `last_modified`, `'now'`) is or starts
# as a date's; a word that only holds one ("known", "candidate", "sometimes") is none
_DATED_STARTS = ("date", "updat", "modif", "time", "year", "today")
_WORD_PART = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def dated(code: str) -> bool:
    """Whether template code wrote a date: a word of it (split at case and punctuation) is `now` or starts as a
    date's words do."""
    return any(word == "now" or word.startswith(_DATED_STARTS)
               for word in (part.lower() for part in _WORD_PART.findall(code)))


RULE_STACKED = "editorial.stacked"  # marks piled on a character: drawn over the lines around it


_OVERRIDE = re.compile("[\u202d\u202e]")
# The other direction marks, embeddings and isolates: no text written left to right needs a right-to-left one but
# beside words of a right-to-left script (a Hebrew or Arabic name), and none belongs between two digits, whose order
# it can turn ("12" shown "21"): the checks, the redline and policy.json read the digits in the text's order.
_MARKS = "\u061c\u200e\u200f\u202a\u202b\u202c\u2066\u2067\u2068\u2069"
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_BETWEEN_DIGITS = re.compile(rf"\d[{_MARKS}\s]*[{_MARKS}][{_MARKS}\s]*\d")


def misplaced_mark(text: str, lang: str) -> tuple[str, dict[str, object]] | None:
    """Why a direction mark in `text` may show it otherwise than it reads, as a message's key and fields (None if none
    does)."""
    if _BETWEEN_DIGITS.search(text):
        return RULE_BIDI + "/digits", {}
    if right_to_left(lang):  # (the mirror: a left-to-right isolate laying a right-to-left text's words apart)
        if isolated := characters.ltr_isolated_apart(text):
            return RULE_BIDI + "/isolated-ltr", {"code": f"{ord(isolated[0]):04X}", "shown": isolated[1][:40]}
        if numbers := characters.ltr_numbers_apart(text):  # (a mark or isolate turning a list of numbers: safety95)
            return RULE_BIDI + "/ltr-numbers", {"code": f"{ord(numbers[0]):04X}", "shown": numbers[1][:40]}
        return None
    for found in RIGHT_TO_LEFT_MARK.finditer(text):
        if not beside_rtl(text, found.start(), found.end()):
            return RULE_BIDI + "/mark", {"code": f"{ord(found.group()):04X}"}
    if isolated := isolated_apart(text):
        return RULE_BIDI + "/isolated", {"code": f"{ord(isolated[0]):04X}", "shown": isolated[1][:40]}
    return None


def _page_script(texts: Iterator[str]) -> str:
    """The script most of the page's letters are written in (LATIN, ARABIC, BENGALI…), "" if none is."""
    counts: Counter[str] = Counter()
    for char, n in Counter("".join(texts)).items():  # each character counted in C, each letter's script once
        if char.isalpha():
            counts[script_of(ord(char))] += n
    counts.pop("", None)
    return counts.most_common(1)[0][0] if counts else ""


_NUMBER = re.compile(r"\d+")


def _digit_script(char: str) -> str:
    """The script a digit belongs to (BENGALI, ARABIC…), "" for the ASCII ones and the forms every script shares
    (fullwidth, mathematical): Unicode names the Arabic script's digits ARABIC-INDIC, a Latin page's `1٥` (a 5 drawn
    as a small o) read 15 and shown 10."""
    if char.isascii():
        return ""
    if unicodedata.name(char, "").startswith(("ARABIC-INDIC", "EXTENDED ARABIC-INDIC")):
        return "ARABIC"
    return script_of(ord(char))


def _foreign_digit(text: str, script: str, own: frozenset[str] = frozenset()) -> tuple[str, dict[str, object]] | None:
    """Why a number of `text` may read otherwise than the checks read it: a digit of another script than the one
    most letters of its text are written in (of the page's, `script`, in a text of no letters) (`৭0` in French: a
    Bengali 7, which looks like a 9, read 70 by the checks, the number the translation has, and 90 by its reader;
    security hunt 30), as a message's key and fields, or None. A digit of one of the numbering systems `own`
    (strings.DIGITS' names) is the text's whatever its letters."""
    for number in _NUMBER.finditer(text):
        if number.group().isascii():  # ASCII digits are every script's: the text's own script is not needed
            continue
        if mixed := _mixed_digit(number.group()):
            return RULE_DIGITS + "/script", {"number": number.group(), "char": mixed,
                                             "name": unicodedata.name(mixed, "?").lower(),
                                             "value": "".join(str(unicodedata.digit(c)) for c in number.group())}
        script = _page_script(iter([text])) or script
        for char in number.group():
            other = _digit_script(char)
            if other and other != script and _digit_systems().get(char) not in own:
                value = "".join(str(unicodedata.digit(c)) for c in number.group())
                return RULE_DIGITS + "/script", {"number": number.group(), "char": char,
                                                 "name": unicodedata.name(char, "?").lower(), "value": value}
    return None


def _mixed_digit(number: str) -> str:
    """The digit of `number` (a run of decimal digits) of another script than the rest, or "": no language writes one
    number in the digits of two scripts (`3৪` is read 34 and drawn as 38). Each a language's own, the two languages of a
    block and of a part of it marked in another (`3<span lang="bn">৪</span>`) passed the output check (safety94). The
    Arabic script's two sets (`٤` and Persian `۴`, one value each, mixed by keyboards) are one script's; the ASCII
    digits, and the fullwidth and mathematical forms, every script's (_digit_script)."""
    scripts = [_digit_script(char) for char in number]
    if len(set(scripts)) < 2:
        return ""
    if "" in scripts:  # (the digit named is the one not every script shares)
        return next(char for char, script in zip(number, scripts) if script)
    return next(char for char, script in zip(number, scripts) if script != scripts[0])


@functools.cache
def _digit_systems() -> dict[str, str]:
    """The numbering system (strings.DIGITS' name: `arab`, `beng`) of each digit the site can write."""
    from policysite.strings import DIGITS

    return {char: system for system, written in DIGITS.items() for char in written}


def misread_number(text: str, lang: str, also: tuple[str, ...] = ()) -> tuple[str, dict[str, object]] | None:
    """editorial.digits' reading of `text`, words a published page shows in `lang` (the output check's, whatever
    wrote them: an entity `&#x9ea;`, an attribute list, raw HTML, another generator): a digit of another script than
    its letters' (a Bengali `৪` drawn as an 8), a letter among digits (`3O`), an invisible character between two
    (`3&#8203;0`), as a message's key and fields, or None. A digit of a numbering system `lang` is written with
    (strings.written_systems) is its own whatever the letters around it: an Arabic page's dates in Arabic digits
    after a Greek company's name (safety91 refused the site's own notices so); those of the languages `also` too (the
    languages of the parts of a block marked in another, each digit read in its own part's by the caller)."""
    from policysite.strings import written_systems

    script = _page_script(iter([text])) or "LATIN"
    own = frozenset().union(*(written_systems(one) for one in (lang, *also)))
    return (_foreign_digit(text, script, own) or _letter_digit(text, script, lang)
            or _split_number(text) or _small_digit(text))


_SPLIT = re.compile(rf"\d(?:{IGNORABLE.pattern})+\d")
# Digits a combining mark every script shares is drawn on between (`3̃0`, `3⃝0`): one number to the eye
_MARKED_NUMBER = re.compile(rf"\d(?:{IGNORABLE.pattern}|{SHARED_MARK.pattern})+\d")
_DIRECTION_MARKS = frozenset(_MARKS + "\u202d\u202e")


# A <sup>, <sub> or <rt> (a ruby's annotation, drawn above its base; its end tag may be left out) of the source text
# and what it holds (its markup, emphasis and tags, left out to read its digits)
_RAISING_TAG = re.compile(r"<(sup|sub)\b[^>]*>(.*?)</\1\s*>|<(rt)\b[^>]*>(.*?)(?:</rt\s*>|(?=</ruby|<rt\b|<rp\b)|$)",
                          re.I | re.S)
_INNER_MARKUP = re.compile(r"<[^>]*>|[*_`]")


def _raised_number(text: str) -> tuple[str, dict[str, object]] | None:
    """Why a number of `text`, a block as written, reads otherwise than the checks read it: a <sup> or <sub> drawing
    its first or last digits raised or lowered (`3<sup>0</sup> days` shows "3⁰ days", a three and a note's mark or an
    exponent, where the checks, the redline and a translation's "30 jours" read 30: safety95), as a message's key and
    fields, or None. A ruby's annotation does so above its base (`<ruby>3<rt>0</rt></ruby>0` shows "30" with a small
    0 above, read "3(0)0"). A note's mark after a word (`days<sup>1</sup>`) or an ordinal (`1<sup>er</sup>`) is none."""
    if "<" not in text:
        return None
    for found in _RAISING_TAG.finditer(text):
        tag, held = (found.group(1), found.group(2)) if found.group(1) else (found.group(3), found.group(4))
        inside = _INNER_MARKUP.sub("", held).strip()
        lead = digits.group() if inside[:1].isdecimal() and (
            digits := re.search(r"\d+$", _INNER_MARKUP.sub("", text[:found.start()]))) else ""
        tail = digits.group() if inside[-1:].isdecimal() and (
            digits := re.match(r"\d+", _INNER_MARKUP.sub("", text[found.end():]))) else ""
        before = _INNER_MARKUP.sub("", text[:found.start()])[:-len(lead) or None]
        if tail or (lead and not inserted_provision(before) and not noted_number(before, lead, inside)
                    and not (tag.lower() == "rt" and _read_over_words(text[:found.start()]))):
            start = text.rfind(lead, 0, found.start()) if lead else found.start()  # (as written, its markup kept)
            end = text.find(tail, found.end()) + len(tail) if tail else found.end()
            return RULE_DIGITS + "/raised", {"word": text[start:end], "tag": tag.lower(),
                                             "read": f"{lead}{inside}{tail}"}
    return None


# The raised and lowered digits Unicode writes as characters (¹, ², ³, ⁰…⁹, ₀…₉), drawn as an exponent, an index or a
# note's mark, and beside digits one number to the eye
_SMALL_DIGITS = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2080-\u2089"
_SMALL_DIGIT_BESIDE = re.compile(rf"\d+[{_SMALL_DIGITS}]+\d*|[{_SMALL_DIGITS}]+\d+")


# A provision's sign before its number: `§`, an article's word or abbreviation (`art.`, `Art.`, `Artikel`, `artículo`,
# `artykuł`, `ст.`, `статья`)
_PROVISION = re.compile(r"(?:§|(?<![^\W\d_])(?:[Aa]rt[^\W\d_]*|[Сс]т(?:ать[^\W\d_]*)?)\.?)\s*$")


def inserted_provision(before: str) -> bool:
    """Whether a number written right after `before` and ending in a raised digit is a provision's inserted between two
    (safety96): Polish law numbers them so, `art. 22¹ Kodeksu pracy` (`22<sup>1</sup>`), the article on employees'
    data every Polish employer's notice cites, which editorial.digits refused as `3⁰ days` is; the reader sees an
    article's number, as the checks read it."""
    return bool(_PROVISION.search(before))


# A year (1800-2199) a note's mark may follow, and the powers of ten's exponent (`10¹²`, `10<sup>-6</sup>`)
_YEAR = re.compile(r"1[89][0-9]{2}|2[01][0-9]{2}")
_EXPONENT = re.compile(r"[-\u2212\u207b]?(?:[2-9]|[1-9][0-9])|[\u207b]?[\u00b2\u00b3\u2074-\u2079]|"
                       r"[\u207b]?[\u00b9\u00b2\u00b3\u2074-\u2079][\u00b9\u00b2\u00b3\u2070\u2074-\u2079]")
_NOTE = re.compile(r"[0-9]{1,2}(?:(?:, ?|[\u2013-])[0-9]{1,2})*|[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,2}")


def noted_number(before: str, lead: str, raised: str) -> bool:
    """Whether the raised digits `raised` after the number `lead` (`before` the words before it) leave that number as
    the reader and the checks read it apart from them (safety98): a note's mark after a year (`2018<sup>2</sup>`,
    `2018²`: no year has five digits; several, `2018<sup>1,2</sup>`) or a power of ten's exponent (`10¹²`,
    `10<sup>-6</sup>`: no quantity is written `10` and a raised digit but as one). A year glued to a number before it
    (`1 2018²`), a currency's sign or a decimal point (`€2018²`, `0.2018²`: an amount), and any other number (`3⁰
    days`, `30<sup>1</sup>`) stay raised digits."""
    last = before.rstrip()[-1:]
    if last and (last.isdecimal() or last in ".,-\u2212" or unicodedata.category(last) == "Sc"):
        return False
    raised = raised.strip()
    if lead == "10":
        return bool(_EXPONENT.fullmatch(raised))
    return bool(_YEAR.fullmatch(lead) and _NOTE.fullmatch(raised))


def _read_over_words(before: str) -> bool:
    """Whether the ruby a raised <rt> is written in, its base from `<ruby>` up to the <rt> in `before`, holds a letter
    before its digits: the annotation is the reading of that whole (`<ruby>令和3<rt>2021</rt></ruby>年`, a Japanese
    era's year and its Gregorian one; safety98), not digits of one number (`<ruby>3<rt>0</rt></ruby>0`)."""
    opened = before.lower().rfind("<ruby")
    base = _INNER_MARKUP.sub("", before[before.find(">", opened) + 1:]) if opened >= 0 else ""
    return any(unicodedata.category(char).startswith("L") for char in base)


def _provision_or_noted(before: str, number: str) -> bool:
    """Whether `number`, digits ending in raised digit characters after the words `before`, is an inserted provision's
    (`art. 22¹`) or a number and a note's mark or exponent (`2018²`, `10¹²`: noted_number)."""
    lead = re.match(r"[0-9]*", number).group()  # type: ignore[union-attr]
    return inserted_provision(before) or bool(lead) and noted_number(before, lead, number[len(lead):])


def _small_digit(text: str) -> tuple[str, dict[str, object]] | None:
    """Why a number of `text` reads otherwise than the checks read it: a raised or lowered digit character glued to its
    digits (`3⁰ days`, `¹0`), drawn as an exponent or a note's mark where the checks read its other digits alone, as
    `3<sup>0</sup>` is (_raised_number; safety95), as a message's key and fields, or None. Beside a letter (`m²`,
    `CO₂`, a note's mark after a word) it parts no number."""
    if text.isascii() or not (found := next((one for one in _SMALL_DIGIT_BESIDE.finditer(text) if not (
            one.group()[-1] in _SMALL_DIGITS and _provision_or_noted(text[:one.start()], one.group()))), None)):
        return None
    small = next(char for char in found.group() if not char.isdecimal())
    return RULE_DIGITS + "/small", {"word": found.group(), "char": small, "name": unicodedata.name(small, "?").lower(),
                                    "read": ", ".join(re.findall(r"\d+", found.group()))}


def _split_number(text: str) -> tuple[str, dict[str, object]] | None:
    """Why a number of `text` may read otherwise than the checks read it: an invisible character between two of its
    digits (a zero-width space, a word joiner, a soft hyphen), which shows one number where the checks read two (`3`
    and `0` for 30, the numbers a translation's "3 days, 0 fees" has; security hunt 30), as a message's key and
    fields, or None."""
    for found in _SPLIT.finditer(text):
        hidden = [c for c in found.group() if not c.isdigit() and c not in _DIRECTION_MARKS]  # (those: editorial.bidi)
        if hidden:
            return RULE_DIGITS + "/split", {"code": f"{ord(hidden[0]):04X}", "number": found.group()}
    # a mark drawn on a digit before another (safety95: `3&#x303;0`, a tilde over the 3, showed "30" where the checks
    # read 3 and 0, as an invisible character did; a mark after a number's last digit, or on a letter, parts none)
    for found in _MARKED_NUMBER.finditer(text) if not text.isascii() else ():
        if marks := SHARED_MARK.findall(found.group()):
            return RULE_DIGITS + "/marked", {"code": f"{ord(marks[0]):04X}", "number": found.group(),
                                             "name": unicodedata.name(marks[0], "?").lower()}
    return None


# A word of digits and the letters that pass for them: O, o, l, I, and their Cyrillic and Greek twins, and the
# capitals Unicode's confusables give as a digit (Cyrillic З and Ʒ, Ȝ a 3, Ƨ a 2, Ƽ a 5, Ȣ an 8): `3O`, `l0`, `З0`.
# (Not Cyrillic б, a 6 to the eye, nor з: Russian numbers its sub-items 5б, 5в.)
_LOOKALIKES = "OolIОоΟοІӀǀЗƷȜƧƼȢ"
_LOOKS_NUMERIC = re.compile(rf"(?<![^\W_])[\d{_LOOKALIKES}]*\d[\d{_LOOKALIKES}]*(?![^\W_])")
# A text in which misread_number may find something: a digit other than 0-9, a letter that passes for one beside a
# digit, or an invisible character or a mark after a digit (a cheap first reading of a whole page's words)
MAY_MISREAD = re.compile(rf"[^\D0-9]|\d[{_LOOKALIKES}]|[{_LOOKALIKES}]\d"
                         rf"|\d(?:{IGNORABLE.pattern}|{SHARED_MARK.pattern})|\d[{_SMALL_DIGITS}]|[{_SMALL_DIGITS}]\d")


# Languages that write an ordinal with a small letter after its number where `º` is not typed: Portuguese `1o de
# novembro` (Mozilla's Brazilian notice, adoption 28), Spanish, Italian, Galician, Catalan: that `o` is a letter.
_ORDINAL_O = frozenset({"pt", "es", "it", "gl", "ca"})
_SMALL_ORDINAL = re.compile(r"\d{1,2}o")


# Letters and digits in a style of Unicode's own, whose compatibility decomposition is the plain character in a font
# (`<font>`: mathematical bold, italic, script, double-struck, sans-serif, monospace 𝟑𝟎 𝐬𝐡𝐚𝐫𝐞 ℝ) or wide
# (`<wide>`: fullwidth ３０ ｄａｔａ, the forms Chinese, Japanese and Korean texts write among their own characters). A
# browser, the PDF and the redline show them styled; a screen reader says each by its name ("mathematical bold digit
# three"), a search for "30" or "share" and a spell check find none of them; the checks (sync, dates) read them as the
# plain characters. A text's bold or italics are Markdown's (`**30**`).
_STYLED_TAGS = ("<font>", "<wide>")
_WIDE_WRITERS = frozenset({"ja", "zh", "ko", "yue"})


def _styled(text: str, lang: str) -> tuple[str, dict[str, object]] | None:
    """The first run of styled letters or digits of `text` (_STYLED_TAGS; fullwidth ones in a text of a language
    written with them are its own), as a message's key and fields (the run, the first one's name, the characters to
    type), or None."""
    tags = ("<font>",) if lang.split("-")[0].lower() in _WIDE_WRITERS else _STYLED_TAGS
    run, first = "", ""
    for char in text + "\n":
        decomposition = unicodedata.decomposition(char)
        if decomposition.startswith(tags) and unicodedata.normalize("NFKC", char).isalnum():
            run += char
            first = first or char
        elif run and not (char == " " and run[-1] != " "):  # (words of them apart: `𝐬𝐡𝐚𝐫𝐞 𝐲𝐨𝐮𝐫`)
            written = run.rstrip()
            return RULE_STYLED, {"written": written, "name": unicodedata.name(first, "?").lower(),
                                 "typed": unicodedata.normalize("NFKC", written)}
        elif run:
            run += char
    return None


def _letter_digit(text: str, script: str = "LATIN", lang: str = "") -> tuple[str, dict[str, object]] | None:
    """Why a number of `text` may read otherwise than the checks read it: a letter shaped as a digit among its digits
    (`3O jours` read 3 by the checks, the number the translation has, and 30 by its reader; security hunt 30), as a
    message's key and fields, or None.
    A Latin O, o before the digits, as in the name O2, is none; the other letters are wherever they stand, save a
    small `o` ending an ordinal in a language that writes them so (`1o de novembro` in Portuguese)."""
    own = ""  # the text's own script, found the first time a word of other characters than ASCII needs it
    ordinal = lang.split("-")[0].lower() in _ORDINAL_O
    for word in _LOOKS_NUMERIC.finditer(text):
        if ordinal and _SMALL_ORDINAL.fullmatch(word.group()):
            continue
        if not own and not word.group().isascii():
            own = script = _page_script(iter([text])) or script
        # a Greek or Cyrillic letter after the digits, in a text of its own script, ends an ordinal (Greek 3ο)
        letters = [c for n, c in enumerate(word.group()) if not c.isdigit() and not (
            not c.isascii() and script_of(ord(c)) == script != "LATIN" and any(d.isdigit() for d in word.group()[:n]))]
        if not letters or (word.group()[0] in "Oo" and all(c in "Oo" for c in letters)
                           and not re.search(r"\d[Oo]", word.group())):
            continue
        read = ", ".join(re.findall(r"\d+", word.group()))
        return RULE_DIGITS + "/letter", {"word": word.group(), "letter": letters[0],
                                         "name": unicodedata.name(letters[0], "?").lower(), "read": read}
    return None


_ISOLATES = {"\u2066": 1, "\u2067": 1, "\u2068": 1, "\u2069": -1}


def _reordered_numbers(text: str, lang: str) -> tuple[str, dict[str, object]] | None:
    """Why numbers of a page written left to right are shown in another order than written (security hunt 30): after
    a right-to-left letter, up to the next left-to-right one, a browser lays numbers out right to left, so two of
    them (`ا 30-90` is shown `90-30 ا`, `1 000` as `000 1`, a phone number's groups backwards) trade places, while
    the checks, the redline and policy.json read them in the text's order. Words in an isolate (U+2067 … U+2069)
    keep their direction to themselves. A paragraph most of whose letters are right to left is its readers', who read
    its runs right to left (`אנו שומרים … 30 ימים, בהתאם לתקנה 2016/679` on an English page was refused: safety96):
    laid_left_to_right judges it. A message's key and fields, None if none is."""
    if right_to_left(lang) or not _RTL.search(text) or characters.mostly_right_to_left(text):
        return None
    depth, letter, runs, start = 0, "", 0, 0
    before = ("", "")  # the bidirectional types of the two characters before
    for at, char in enumerate(text):
        if char in _ISOLATES:
            depth = max(0, depth + _ISOLATES[char])
            letter = "" if depth == 0 else letter
            continue
        kind = unicodedata.bidirectional(char)
        if depth:
            continue
        if kind in ("R", "AL"):  # a run of right-to-left words goes on to the next left-to-right letter
            runs, start = (runs, start) if letter else (0, at)
            letter = char
        elif kind in ("L", "B"):
            letter = ""
        elif letter and kind in ("EN", "AN"):
            # one number goes on: the digits before, or one separator between digits that joins them (a comma, a dot,
            # a slash, a colon; after a Hebrew letter a plus or minus too, as the bidi algorithm's rule W4 has it)
            joins = ("CS", "ES") if unicodedata.bidirectional(letter) == "R" else ("CS",)
            same = before[1] in ("EN", "AN") or (before[1] in joins and before[0] in ("EN", "AN"))
            runs += 0 if same else 1
            if runs > 1:
                end = len(text) if not (after := re.search(r"[^\W\d_]", text[at:])) else at + after.start()
                shown = text[start:end].strip()
                return RULE_BIDI + "/reordered", {"letter": letter, "shown": shown[:40]}
        before = (before[1], kind)
    return None

def laid_left_to_right(text: str, lang: str, *, heading: bool = False) -> tuple[str, dict[str, object]] | None:
    """Why a paragraph of a page written left to right, most of whose letters are of a script written right to left,
    is shown in another order than its readers read it (safety95): laid out left to right as its page is, its words
    before its first right-to-left letter (`90 ימים, לא 30` shows "90" at the left, read last) or a left-to-right word
    among them (`לפי GDPR אנו …`) are drawn apart from the rest, as the output check reads the page
    (output.bidi/ltr-page); the page's own words leading into it or out of it ("We keep: …") are its readers' and read
    first and last, a `heading`'s number before its title too. A message's key and fields, None if none is."""
    if right_to_left(lang) or not _RTL.search(text) or not characters.mostly_right_to_left(text):
        return None
    text = HEADING_NUMBER.sub("", text, count=1) if heading else text
    if apart := characters.ltr_level_apart(characters.within_ltr_ends(text)):
        return RULE_BIDI + "/ltr-page", {"shown": apart[1][:40]}
    return None


def _reordered_phone(text: str, lang: str) -> tuple[str, dict[str, object]] | None:
    """Why a phone number of a page written right to left is shown otherwise than written (company4): after a
    right-to-left letter, or at the paragraph's start, a browser (and the PDF's engine) lays a number's groups out
    right to left when a space, a bracket or, after an Arabic letter, a hyphen parts them (`+966 11 123 4567` is shown
    `4567 123 11 966+`, Unicode's bidirectional rules W2, W4 and N1), and its leading + after it; after a
    left-to-right letter (`Tel. +966 …`), or in an isolate (U+2066 … U+2069), it reads as written. A message's key and
    fields, None if none is."""
    for found, shown in _phones_apart(text, lang):
        return RULE_BIDI + "/reordered-rtl", {"number": found.group(), "shown": shown}
    return None


def _phones_apart(text: str, lang: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each phone number of `text` that `_reordered_phone` says, with what the reader sees of it."""
    if not right_to_left(lang):
        return
    for found in _PHONE_LIKE.finditer(text):
        number = found.group()
        if not 7 <= sum(char.isdigit() for char in number) <= 15 or _NUMERIC_DATE.fullmatch(number):
            continue
        strong = _strong_before(text, found.start())
        if strong is None or strong == "L":  # in an isolate, or after a left-to-right letter
            continue
        groups = _shown_groups(number.removeprefix("+"), arabic=strong == "AL")
        if number.startswith("+") or sum(group[0].isdigit() for group in groups) > 1:
            yield found, "".join(group if group[0].isdigit() else group[::-1].translate(_MIRRORED)
                                 for group in reversed(groups)) + ("+" if number.startswith("+") else "")


def _reordered_address(text: str, lang: str) -> tuple[str, dict[str, object]] | None:
    """Why a web or e-mail address written in a page written right to left is shown otherwise than written (company4,
    each case read in Chromium): its right-to-left words (`https://acme.example/ar/سياسة` is shown with سياسة before
    https), its closing `/` before a right-to-left word or at the paragraph's end (`https://acme.example/` shown
    `/https://acme.example`), or, after a right-to-left letter, the digits it starts with (`123@acme.example` shown
    `acme.example@123`) are laid out apart from the rest of it. In an isolate (U+2066 … U+2069) none is. A message's
    key and fields, None if none is."""
    for found, part in _addresses_apart(text, lang):
        return RULE_BIDI + "/reordered-address", {"address": found.group(), "part": part}
    return None


def _addresses_apart(text: str, lang: str) -> Iterator[tuple[re.Match[str], str]]:
    """Each address of `text` that `_reordered_address` says, with its part laid out apart."""
    if not right_to_left(lang):
        return
    for pattern in (url_pattern(), email_pattern()):
        for found in pattern.finditer(text):
            address, before = found.group(), _strong_before(text, found.start())
            if before is None:
                continue  # in an isolate
            rtl = _RTL_RUN.search(address)
            closing = re.search(r"[^\w]+$", address)
            opening = re.match(r"\d+", address)
            part = (rtl.group() if rtl else closing.group() if closing and _strong_after(text, found.end()) != "L"
                    else opening.group() if opening and before != "L" else "")
            if part:
                yield found, part


def laid_apart(text: str, lang: str) -> list[str]:
    """The phone numbers and addresses of `text` that editorial.bidi says are shown otherwise than written in a text
    written right to left (`_reordered_phone`, `_reordered_address`), in their order: what `policy import` puts
    between the isolates U+2066 and U+2069."""
    found = [*_phones_apart(text, lang), *_addresses_apart(text, lang)]
    return [match.group() for match, _said in sorted(found, key=lambda pair: pair[0].start())]


_RTL_RUN = re.compile(_RTL.pattern + "+")


def _strong_after(text: str, at: int) -> str:
    """The direction of the first strong letter from `at` on outside isolates (`L`, `R`, `AL`), `R` (the page's) at the
    paragraph's end."""
    depth = 0
    for char in text[at:]:
        if char in _ISOLATES:
            depth = max(0, depth + _ISOLATES[char])
            continue
        kind = unicodedata.bidirectional(char)
        if depth == 0 and kind in ("L", "R", "AL"):
            return kind
    return "R"


# A phone number (7 to 15 digits), or a number grouped by spaces, as written: its +, its area code in brackets, its
# groups parted by a space, a dot, a hyphen or a slash; a numeric date (2025-04-01, 01/04/2025) is none.
_PHONE_LIKE = re.compile(r"(?<![\w+/.\-])(?:\+ ?)?(?:\(\d{1,5}\)[ .\-\u00a0]?)?\d{1,5}(?:[ .\-/\u00a0]\d{1,5}){1,6}"
                         r"(?![\w/]|[.\-]\d)")
_NUMERIC_DATE = re.compile(r"\d{1,4}([-/.])\d{1,2}\1\d{1,4}")
_MIRRORED = str.maketrans("()", ")(")


def _strong_before(text: str, at: int) -> str | None:
    """The direction of the last strong letter before `at` outside isolates (`L`, `R`, `AL`; `R`, the page's, at the
    paragraph's start), None where `at` is inside an isolate."""
    depth = 0
    for char in reversed(text[:at]):
        if char in _ISOLATES:
            depth -= _ISOLATES[char]
            if depth < 0:
                return None  # an isolate opened before `at` and not closed by then
            continue
        kind = unicodedata.bidirectional(char)
        if depth == 0 and kind in ("L", "R", "AL"):
            return kind
    return "R"


def _shown_groups(digits: str, *, arabic: bool) -> list[str]:
    """`digits` (a phone number without its +) cut where a right-to-left paragraph parts it, each group and each
    separator between groups a piece: one common separator between digits (`.`, `/`, `:`, a no-break space) joins
    them, and so does one `-` where the letter before is not Arabic (rule W2 makes digits after an Arabic letter
    Arabic numbers, which only a common separator joins)."""
    pieces = [piece for piece in re.split(r"(\d+)", digits) if piece]
    joining = ("CS",) if arabic else ("CS", "ES")
    groups: list[str] = []
    glued = False
    for at, piece in enumerate(pieces):
        if piece[0].isdigit():
            groups[-1:] = [groups[-1] + piece] if glued else [*groups[-1:], piece]
            glued = False
        elif (len(piece) == 1 and groups and groups[-1][-1].isdigit() and at + 1 < len(pieces)
              and unicodedata.bidirectional(piece) in joining):
            groups[-1] += piece
            glued = True
        else:
            groups.append(piece)
            glued = False
    return groups


def without_misplaced_marks(text: str, lang: str) -> str:
    """`text` without the direction marks `misplaced_mark` refuses: between digits, in a page written right to left a
    left-to-right mark laying a list of numbers out left to right, and in a page written left to right a
    right-to-left mark with no right-to-left word beside it (what the import removes of an old text: invisible,
    they can only reorder what the reader sees)."""
    while _BETWEEN_DIGITS.search(text):  # `0‏3‏1`: the second mark's first digit is the first mark's last
        text = _BETWEEN_DIGITS.sub(lambda m: re.sub(f"[{_MARKS}]", "", m.group()), text)
    if right_to_left(lang):  # a left-to-right mark laying a list of numbers out left to right (safety95): without it
        # they are drawn in the order its readers read them
        while (found := characters.ltr_numbers_at(text)) and text[found[0]] == characters.LEFT_TO_RIGHT_MARK:
            text = text[:found[0]] + text[found[0] + 1:]
        return text
    return RIGHT_TO_LEFT_MARK.sub(lambda m: m.group() if beside_rtl(text, m.start(), m.end()) else "", text)


# Repetitions the grammar requires: "nous nous efforçons", "that that", "had had"; in German a relative
# pronoun before an article or the polite "Sie" ("Daten, die die Firma speichert", "wenn Sie sie löschen").
LEGITIMATE_DOUBLES = {"fr": frozenset({"nous", "vous"}), "en": frozenset({"that", "had"}),
                      "de": frozenset({"sie", "die", "der", "das", "den", "dem"}),
                      "nl": frozenset({"dat", "die"}), "it": frozenset({"che"}), "es": frozenset({"que"}),
                      "pt": frozenset({"que"}),
                      # Czech reflexive "se" before the preposition "se" ("seznámit se se zásadami"); Scandinavian
                      # relative "som" before "som" (as: "som som udgangspunkt", "som som hovedregel", "som som kund")
                      "cs": frozenset({"se"}), "sv": frozenset({"som"}), "da": frozenset({"som"}),
                      "no": frozenset({"som"}), "nb": frozenset({"som"}), "nn": frozenset({"som"})}
# Languages whose grammar doubles words (Turkish "zaman zaman", "sık sık", and the other Turkic languages; Greek
# "σιγά σιγά"; Indonesian and Malay plurals "data-data", Javanese, Sundanese; Vietnamese, Korean, Tagalog, Thai, Lao,
# Khmer, Burmese; Hindi "समय समय पर" (from time to time), "अलग अलग", and the other languages of India and Sri Lanka
# with Urdu "کبھی کبھی"; Persian "کم کم"; Swahili "pole pole"): a word written twice there is no slip.
REDUPLICATING = frozenset({"tr", "az", "uz", "kk", "el", "id", "ms", "jv", "su", "vi", "ko", "tl", "fil", "th", "lo",
                           "km", "my", "ja", "zh", "hi", "ur", "bn", "mr", "ne", "pa", "gu", "or", "as", "ta", "te",
                           "kn", "ml", "si", "fa", "sw"})

# The allow-list: tag -> attributes it may carry besides GLOBAL_ATTRIBUTES.
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    "br": frozenset(), "sup": frozenset(), "sub": frozenset(), "span": frozenset(),
    "em": frozenset(), "strong": frozenset(), "abbr": frozenset(), "a": frozenset({"href"}),
    # a reading over its words (furigana), read in brackets after them (inline.ruby_bracket); no <rp>: its words
    # are the fallback a browser without ruby draws, hidden by every other, the PDF's and the redline's alone
    "ruby": frozenset(), "rt": frozenset(),
}
GLOBAL_ATTRIBUTES = frozenset({"title", "lang", "id"})
# Elements without an end tag: nothing for the text to close (a browser reads `</br>` as `<br>`).
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
                  "wbr"})
# Tags refused with the reason, for a message the legal team can act on (the key of its words in the catalogues).
REFUSED_TAGS = {
    "script": "html.why/script",  # it runs code in the reader's browser
    "iframe": "html.why/iframe",  # it embeds another page, a request to another host
    "object": "html.why/object",  # it embeds external content or a plugin
    "embed": "html.why/embed",
    "style": "html.why/style",  # CSS can load resources from other hosts and restyle the legal text
    "form": "html.why/form",  # it sends what readers type somewhere
}
SAFE_HREF = re.compile(r"(?:https?://|mailto:|#)", re.I)
_OTHER_SCHEME = re.compile(r"(?!(?:https?|mailto|tel):)[a-z][a-z0-9+.-]*:", re.I)  # a Markdown link's
_DESTINATION = re.compile(r"\]\(\s*<?([^\s()<>]+)|^[ ]{0,3}\[[^\]\n]+\]:[ \t]*<?([^\s<>]+)", re.M)

# A word's letters with their marks (Python's \w has none: "वह वहाँ", he there, read as "वह" doubled; "की की" missed).
_WORD = rf"(?:[^\W\d_]{MARK}*)+(?:['’](?:[^\W\d_]{MARK}*)+)*"
_DOUBLED = re.compile(rf"(?<![\w'’-])(?<!{MARK})({_WORD})[ \t\u00a0]+(\1)(?![\w'’-]|{MARK})", re.I)
_TAGS = re.compile(r"<!--.*?-->|(?i:<(script|style)\b.*?</\1\s*>)|</?[A-Za-z][^<>]*>", re.S)
_SCRIPT_URL = re.compile(r"(?:java|vb)script:(?=\S)", re.I)
_SEPARATOR = r"(?:[ \t\u00a0]+|[-‐‑])?"
# Code spans show HTML as text: `<script>` there is no tag (the output check judges what is built); they are
# found as the renderer finds them (document.code_spans). So are autolinks to a web page or an address
# (`<https://…>`, `<dpo@example.com>`): links, not tags.
_AUTOLINK = re.compile(r"<(?:https?://|mailto:)[^<>\s]*>|<[^<>\s@:/]+@[^<>\s]+>", re.I)


def _without_code(text: str) -> str:
    """`text` with its code spans and autolinks blanked out (spaces), offsets kept."""
    out = list(text)
    for start, stop in code_spans(text):
        out[start:stop] = " " * (stop - start)
    return _AUTOLINK.sub(lambda a: " " * len(a.group()), "".join(out))


def section_headings(policy: Policy) -> dict[str, str]:
    """Each id of a section's heading (its own, and those it had) and the heading as written, the first section's."""
    return {ident: section.written or section.title for section in reversed(policy.sections)
            for ident in (section.html_id, *section.former) if ident}


def section_link(href: str, shown: str, policy: Policy, headings: dict[str, str]) -> str:
    """safety.section_shown of a link to a heading of the page whose words name a section by its number: by its id
    (`#s1`), or by the one the page gives it as an alias (`#1-first-section`, another site's slug: anchors.resolve)."""
    if not href.startswith("#") or not shown:
        return ""
    from policysite import anchors

    heading = headings.get(unquote(href[1:]))
    if heading is None and (found := anchors.resolve(unquote(href[1:]), "", policy)) is not None:
        heading = policy.sections[found].written or policy.sections[found].title
    return (section_shown(shown, heading) or section_titled(shown, heading, headings)) if heading is not None else ""


def section_titled(words: str, heading: str, headings: dict[str, str]) -> str:
    """Why a link whose words are another section's title alone (`[Your rights](#s2)`, §3 being "Your rights") goes to
    a heading outside that section, or "": its reader takes it for the section it names (safety69)."""
    from policysite.heading_numbers import heading_number

    def title_of(written: str) -> tuple[str, str]:
        numbered = heading_number(characters.as_seen(written))
        return (numbered[0], numbered[1]) if numbered else ("", characters.as_seen(written))

    said = " ".join(characters.as_seen(words).casefold().split())  # (as seen: `Sec\u00adond section`, safety81)
    target_number, target_title = title_of(heading)
    if not said or " ".join(target_title.casefold().split()) == said:
        return ""
    for other in dict.fromkeys(headings.values()):
        number, title = title_of(other)
        if " ".join(title.casefold().split()) == said and other != heading \
                and not (number and (target_number == number or target_number.startswith(number + "."))):
            return Said("link.shows-section-title", title=title[:60], heading=heading[:60])
    return ""


def check(policy: Policy, *, brand: str, brand_variants: tuple[str, ...] = (), site_host: str = "") -> list[Finding]:
    """Doubled words, the brand spelled another way and raw HTML off the allow-list, sorted by line; with `site_host`
    (the host of the site's public address), links to a host passing for it (ownhost.passes_for)."""
    brand_re = brand_pattern(brand, brand_variants)
    doubles = LEGITIMATE_DOUBLES.get(policy.lang.split("-")[0].lower(), frozenset())
    findings: list[Finding] = []
    read = list(texts(policy))
    headings_by_id = section_headings(policy)
    own = policy.date.isoformat() if policy.date else ""  # (the version its links are in)
    script = _page_script(text for _line, _where, text, _block in read)
    from policysite.strings import written_systems

    own_digits = written_systems(policy.lang)  # (an Arabic text's ٣٠ beside a cookie's Latin name: safety98)
    for line, where, text, block in read:
        if foreign := (_foreign_digit(text, script, own_digits) or _letter_digit(text, script, policy.lang)
                        or _split_number(text) or _small_digit(text) or _raised_number(text)):
            findings.append(Finding.of(policy.path, _quoted_line(line, block, text, *foreign), foreign[0],
                                       where=where, **foreign[1]))
        # (the direction of characters is the browser's in a fenced block too: a <pre> isolates nothing)
        if override := _OVERRIDE.search(text):
            findings.append(Finding.of(policy.path, written_line(line, block, override.group(), whole=False),
                                       RULE_BIDI + "/override", where=where))
        elif said := (misplaced_mark(text, policy.lang) or _reordered_numbers(text, policy.lang)
                      or laid_left_to_right(text, policy.lang, heading=block is None and not where.startswith(
                          "front matter") and not where.endswith("(a tooltip)"))
                      or _reordered_phone(text, policy.lang)
                      or _reordered_address(text, policy.lang)):
            findings.append(Finding.of(policy.path, _quoted_line(line, block, text, *said), said[0], where=where,
                                       **said[1]))
        if piled := stacked(text):
            base, marks = (piled[0], piled[1:]) if unicodedata.category(piled[0]) not in ("Mn", "Me") else ("", piled)
            findings.append(Finding.of(policy.path, written_line(line, block, piled, whole=False),
                                       RULE_STACKED + ("" if base.strip() else "/bare"),
                                       where=where, count=len(marks), base=base, code=f"{ord(marks[0]):04X}"))
        if struck := STRUCK.search(text):
            words = _around(text, struck.start())
            findings.append(Finding.of(policy.path, written_line(line, block, words, whole=False), RULE_STRUCK,
                                       where=where, code=f"{ord(struck.group()):04X}", words=words))
        if block is not None and block.kind == "code":
            continue  # a fenced block, shown as written (markup in it is text)
        if styled := _styled(text, policy.lang):
            findings.append(Finding.of(policy.path, line, styled[0], WARNING, where=where, **styled[1]))
        prose = mask(as_read(text, block))
        # a line break is no slip between two words (`**2. Payments**<br>Payments are processed`: a bold title over
        # its sentence), as a soft wrap of the source is: read with the block's breaks where it has some
        broken = mask(as_read(block.lines, block)) if block is not None and block.lines else prose
        if policy.lang.split("-")[0].lower() not in REDUPLICATING:
            findings += [Finding.of(policy.path, written_line(line, block, f"{first} {second}"), RULE_DOUBLED,
                                    where=where, first=first, second=second)
                         for first, second in _doubled(broken, doubles)]
        findings += [Finding.of(policy.path, written_line(line, block, written), RULE_BRAND, where=where,
                                written=written, meant=meant)
                     for written, meant in _brand(prose, text, brand, brand_re, brand_variants)]
        findings += [Finding.of(policy.path, written_line(line, block, address), RULE_ADDRESS, where=where,
                                address=address, label=label, reads=reads)
                     for address, label, reads in lookalike_addresses(text)]
        if block is not None and block.links:
            findings += [Finding.of(policy.path, line, RULE_LINK_TEXT, where=where, reason=message)
                         for href, shown in zip(block.links, block.link_texts)
                         if (message := shown_address(href, shown)
                                        or section_link(href, shown, policy, headings_by_id)
                                        or version_shown(href, shown, policy.lang, own))]
            # what the output check refuses of a link's target (a mailto's bcc, a host mixing scripts), said here
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=message)
                         for href in block.links for message in deceptive_link(href, "")]
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=passing)
                         for href in dict.fromkeys(block.links) if (passing := passing_for_site(href, site_host))]
            # a scheme in capitals, which the output check refuses at publish (no address on paper): said here first
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=capitals)
                         for href, shown in zip(block.links, block.link_texts) if (capitals := _capitals(href, shown))]
        if block is not None and block.markdown and "\\" in block.markdown:
            # markdown-it writes a `\` of a target as %5C, which no browser reads as `/`; the page keeps it, and a
            # browser reads `/\\host` as `//host`: each target as written, read as a browser reads it
            seen = {message for href in block.links for message in deceptive_link(href, "")}
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=message)
                         for m in _DESTINATION.finditer(block.markdown) if "\\" in (m.group(1) or m.group(2))
                         for message in deceptive_link(html_lib.unescape(m.group(1) or m.group(2)), "")
                         if message not in seen]
        source = _without_code(block.markdown) if block and block.markdown else text
        findings += [Finding.of(policy.path, line, RULE_TEMPLATE + ("/date" if dated(code) else ""),
                                where=where, code=code[:60]) for code in template_code(source)]
        findings += [Finding.of(policy.path, line + delta, RULE_HTML, reason=message)
                     for delta, message in _html(source, where, block)]
        if block is not None and "<a" in source.lower():  # a raw link's words are what it shows, as a Markdown link's
            raw = dict.fromkeys(_raw_links(source) + _raw_links(_without_code(text)))
            findings += [Finding.of(policy.path, line, RULE_LINK_TEXT, where=where, reason=message)
                         for href, shown in raw
                         if (message := shown_address(href, shown) or version_shown(href, shown, policy.lang, own))]
            # (the words as written, and as rendered)
            # and its target, as a Markdown link's (a machine of a private network, a mailto writing to others, a
            # short link); another scheme is refused above (editorial.html)
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=message)
                         for href in dict.fromkeys(href for href, _shown in raw)
                         if not _OTHER_SCHEME.match(_squeeze(href.strip()))
                         for message in deceptive_link(href, "")]
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=passing)
                         for href in dict.fromkeys(href for href, _shown in raw)
                         if href not in block.links and (passing := passing_for_site(href, site_host))]
            findings += [Finding.of(policy.path, line, RULE_LINK_TARGET, where=where, reason=capitals)
                         for href, shown in raw if (capitals := _capitals(href, shown))]
    headings = [("title", policy.title_line, policy.title_attributes)] + [
        (section.label, section.line, section.attributes) for section in policy.sections if section.attributes]
    for where, line, attributes in headings:
        message = _attribute_list(f"{{{attributes}}}", attributes, where) if attributes else ""
        if message:
            findings.append(Finding.of(policy.path, line, RULE_HTML, reason=message))
    return sorted(findings, key=lambda f: f.line)


def passing_for_site(href: str, site_host: str) -> Said | None:
    """Why a link to `href` passes for a link to the site's own host `site_host` (`https://dia1once.com/` on the site
    of `dialonce.com`: a reader trusts its form or contact page as the company's; safety93), or None."""
    return ownhost.passing_for(href, site_host) if site_host else None


# The field of a digit's or a direction's finding that quotes its text as written (editorial.digits, editorial.bidi's
# reordered numbers, phones and addresses); those without one quote a character by its code (a misplaced mark)
_QUOTING = ("number", "word", "address")


def _quoted_line(line: int, block: Block | None, text: str, key: str, fields: dict[str, object]) -> int:
    """The line where `block` writes what a finding of `text` (its message's `key` and `fields`) is about: the number,
    word or address it quotes, the run of numbers a browser reorders, the direction mark it names (legal22: said at
    the block's first line, in a wrapped paragraph, item, quotation or footnote)."""
    quoted = next((str(fields[name]) for name in _QUOTING if name in fields), "")
    if not quoted and key == RULE_BIDI + "/digits":
        quoted = found.group() if (found := _BETWEEN_DIGITS.search(text)) else ""
    if not quoted and key == RULE_BIDI + "/reordered":
        quoted = str(fields["shown"])  # (as written: what a browser shows of it is the same run, reordered)
    if not quoted and "code" in fields:
        quoted = chr(int(str(fields["code"]), 16))
    return written_line(line, block, quoted, whole=False) if quoted else line


def lookalike_addresses(text: str) -> list[tuple[str, str, str]]:
    """(address, its label, what it reads as) of each address written in `text` whose letters pass for others."""
    return [(found.group()[:60], look[0], look[1]) for found in _WRITTEN_ADDRESS.finditer(text)
            if not found.group().isascii() and not _new_sentence(found) and (look := lookalike_host(found.group(1)))]


def template_code(text: str) -> list[str]:
    """The template code written in `text` (Markdown as written: escaped braces read as braces), each as written."""
    return [code for _start, _end, code in template_spans(text)]


_ESCAPED_TEMPLATE_MARK = re.compile(r"\\([{}%!@<>?])")


def template_spans(text: str) -> list[tuple[int, int, str]]:
    """Each piece of template code written in `text` (Markdown as written: `\\{\\{` read as `{{`): where it starts
    and ends in `text` (its escapes included), and its code as read, spaces squeezed."""
    if "{" not in text and "@" not in text and "<" not in text:
        return []
    starts: list[int] = []  # where each character of the text as read starts in `text` (at its escape, if any)
    pieces: list[str] = []
    at = 0
    for found in _ESCAPED_TEMPLATE_MARK.finditer(text):
        pieces.append(text[at:found.start()] + found.group(1))
        starts += range(at, found.start())
        starts.append(found.start())
        at = found.end()
    pieces.append(text[at:])
    starts += range(at, len(text))
    starts.append(len(text))
    read = "".join(pieces)
    return [(starts[found.start()], starts[found.end()], " ".join(found.group().split()))
            for found in _TEMPLATE.finditer(read)]


def brand_pattern(brand: str, variants: tuple[str, ...] = ()) -> re.Pattern[str]:
    """Every spelling equal to `brand`, or to one of its listed variants (other right spellings: the legal
    entity's name), once case, spaces and hyphens are ignored, and a kana's small and full sizes (_KANA_SIZES)."""
    spellings = [_bounded(name, _SEPARATOR.join(_KANA_SIZES.get(c) or re.escape(c) for c in name
                                                 if not c.isspace() and c not in "-‐‑"))
                 for name in sorted({brand, *variants}, key=len, reverse=True)]
    return re.compile("|".join(spellings), re.I)


# Japanese writes a kana small or full size (ッ and ツ, ャ and ヤ): another sound, and a slip a reader sees in a name
# (株式会社サクラテツク for サクラテック), as a letter's case is in English: the brand's kana match either size.
_SMALL_KANA = "ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ"
_FULL_KANA = "あいうえおつやゆよわアイウエオツヤユヨワカケ"
_KANA_SIZES = {a: f"[{a}{b}]" for pair in zip(_SMALL_KANA, _FULL_KANA) for a, b in (pair, pair[::-1])}
# Chinese and Japanese write no space around a name: the brand 株式会社サクラテック is found inside a sentence
# (当社株式会社サクラテックは…), where a Latin one is a word of its own
_UNSPACED_NAME = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")


def _bounded(name: str, spelling: str) -> str:
    """`spelling` of `name` where it is a word of its own: a Latin end not inside a word, a Chinese or Japanese one
    anywhere."""
    before = "" if _UNSPACED_NAME.match(name[:1]) else r"(?<!\w)"
    after = "" if _UNSPACED_NAME.match(name[-1:]) else r"(?!\w)"
    return f"{before}(?:{spelling}){after}"


def _doubled(prose: str, legitimate: frozenset[str]) -> Iterator[tuple[str, str]]:
    """Each word written twice in a row in `prose` (its two spellings), but those `legitimate` doubled."""
    for match in _DOUBLED.finditer(prose):
        if match.group(1).lower() not in legitimate:
            yield match.group(1), match.group(2)


def _brand(prose: str, text: str, brand: str, pattern: re.Pattern[str],
           variants: tuple[str, ...] = ()) -> Iterator[tuple[str, str]]:
    """Brand spellings in prose; URLs, e-mail addresses and domains (example.com) are blanked out already.
    The brand and its listed variants are right as written; another spelling of either is named with the one it
    is closest to."""
    capitals = shouting(text)  # a heading in capitals writes the brand in capitals too: ACME WIDGETS, INC.
    names = (brand, *variants)
    for match in pattern.finditer(prose):
        written = " ".join(text[match.start():match.end()].split())
        if written in names or (capitals and written in {n.upper() for n in names}):
            continue
        squeezed = _squeeze_name(written)
        meant = next((n for n in names if _squeeze_name(n) == squeezed), brand)
        yield text[match.start():match.end()], meant


def _squeeze_name(name: str) -> str:
    return "".join(c for c in name.casefold() if not c.isspace() and c not in "-‐‑")


# A host or an e-mail address written among words (`dpo@cnıl.fr`, `www.acmе.com`): its domain is group 1.
_WRITTEN_ADDRESS = re.compile(r"(?<![\w.@-])(?:[\w.+-]+@)?((?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,})(?![\w-])")


def _new_sentence(found: re.Match) -> bool:
    """Whether a written address is rather two sentences a missing space joined (`yapılır.Bu`, Turkish's dotless ı
    passing for an i): no `@`, and its last part capitalised as a sentence's first word, as no host's ending is."""
    last = found.group(1).rpartition(".")[2]
    return "@" not in found.group() and last[:1].isupper() and not last.isupper()


# A numeric character reference longer than any character's (U+10FFFF is 1114111): a browser shows U+FFFD.
LONG_REFERENCE = re.compile(r"&#(?:[0-9]{8,}|[xX][0-9a-fA-F]{7,});?")


def _capitals(href: str, shown: str) -> Said | None:
    """safety.capital_scheme's refusal of a web, mail or phone link whose scheme holds a capital (another scheme is
    refused whole: editorial.html, deceptive_link)."""
    if re.match(r"\s*(?:https?|mailto|tel):", href, re.I) is None:
        return None
    return capital_scheme(href, shown)


def _raw_links(text: str) -> list[tuple[str, str]]:
    """(target, words shown) of each <a href> written as HTML in a block, read as a browser reads it."""
    from selectolax.lexbor import LexborHTMLParser

    return [(anchor.attributes.get("href") or "", " ".join(anchor.text(deep=True).split()))
            for anchor in LexborHTMLParser(f"<body>{text}</body>").css("a[href]")]


# Beyond this many `<` that no `>` closes, a block is no HTML anyone wrote: Python's HTML parser would search the rest
# of the block for each of them (hours for a megabyte), so the block is named instead of parsed.
MAX_UNCLOSED = 200


def _html(text: str, where: str, block: Block | None) -> list[tuple[int, str]]:
    """(line offset, message) for each HTML construct off the allow-list and each script URL, in text order."""
    unclosed = text.count("<") - text.count(">")
    if unclosed > MAX_UNCLOSED:
        return [(0, Said("html.unclosed-many", where=where, unclosed=unclosed))]
    parser = _HTMLCheck(where)
    parser.feed(LONG_REFERENCE.sub("&#xFFFD;", text))  # as a browser reads it: Python's int() refuses 4,300 digits
    parser.close()
    parser.unclosed()
    problems = parser.problems + list(_comments(text, where)) + list(_attribute_lists(text, where))
    problems += [(0, 0, Said("html.script-link", where=where, link=link))
                 for link in (block.links if block else ()) if _SCRIPT_URL.match(_squeeze(link))]
    # Each link's target, as the parser read it and as written (markdown-it drops file: links Python-Markdown builds)
    raw = [m.group(1) or m.group(2) for m in _DESTINATION.finditer(text)]
    written = [html_lib.unescape(link) for link in raw]  # `file&#58;`
    targets = dict.fromkeys([*(block.links if block else ()), *written])
    # a scheme written with references (`[x](&#106;avascript:…)`): markdown-it drops the link, the page has it (the
    # text itself, found below, holds no script URL as written)
    problems += [(0, 0, Said("html.script-link", where=where, link=link[:80]))
                 for as_written, link in dict(zip(raw, written)).items()
                 if _SCRIPT_URL.match(_squeeze(link)) and not _SCRIPT_URL.search(as_written)]
    problems += [(0, 0, Said("html.other-scheme", where=where, link=link[:80]))
                 for link in targets if _OTHER_SCHEME.match(_squeeze(link)) and not _SCRIPT_URL.match(_squeeze(link))]
    # markdown-it leaves [x](javascript:…) as plain text rather than a link: it would show as is; find it there.
    untagged = _TAGS.sub(lambda m: " " * len(m.group()), text)
    for m in _SCRIPT_URL.finditer(untagged):
        line, column = text.count("\n", 0, m.start()), m.start() - text.rfind("\n", 0, m.start()) - 1
        problems.append((line, column, Said("html.script-text", where=where, words=_around(untagged, m.start()))))
    return [(line, message) for line, _, message in sorted(problems)]


def _position(text: str, at: int) -> tuple[int, int]:
    return text.count("\n", 0, at), at - text.rfind("\n", 0, at) - 1


def _comments(text: str, where: str) -> Iterator[tuple[int, int, str]]:
    """Comments a browser ends elsewhere than Python's parser, which reads the rest of the check: `<!-->`,
    `<!--->` (empty for a browser) and `--!>` (an end for a browser, not for Python's parser)."""
    for start in (m.start() for m in re.finditer(r"<!--", text)):
        body = text[start + 4:]
        ends = [i for i in (body.find("-->"), body.find("--!>")) if i != -1]
        if body.startswith((">", "->")) or (ends and body.find("--!>") == min(ends)):
            line, column = _position(text, start)
            yield (line, column, Said("html.comment", where=where))


# Python-Markdown's attr_list where it reads one: on a line of its own that ends a block (a line before it:
# alone, `{% include x %}` is a paragraph of text), or right after an inline element (a link, an image,
# emphasis, code); headings' are read by the document model (Section.attributes).
_ATTR_LIST = re.compile(r"(?:(?<=[)\]*_`>])|(?<=[^\n]\n)[ \t]*)\{:?[ \t]*([^}\n ][^}\n]*)\}")


def _attribute_lists(text: str, where: str) -> Iterator[tuple[int, int, str]]:
    """Attribute lists that set anything but ids: classes, the theme's own attributes (data-md-component,
    data-policy-…) and any other are the page's, not the text's."""
    templates = template_spans(text)
    for match in _ATTR_LIST.finditer(text):
        if any(start <= match.start(1) < end for start, end, _code in templates) \
                and all(value is None for _key, value in get_attrs_and_remainder(match.group(1))[0]):
            continue  # template code (`>{{ site.email }}`), said as the old site's (editorial.template): its words
            # would set no value, where Python-Markdown reads them at all (`{{ onclick="…" }}` still would: judged)
        message = _attribute_list(match.group(0).strip(), match.group(1), where)
        if message:
            yield (*_position(text, match.start()), message)


# A fenced code block's attributes (```` ``` { .text .mermaid } ````): Python-Markdown's fenced_code sets them on
# the block as attr_list would.
_FENCE_ATTRS = re.compile(r"^[ ]{0,3}(?:`{3,}|~{3,})[ \t]*[\w.+-]*[ \t]*\{([^}\n]*)\}[ \t]*$", re.M)


RULE_INDENTED = "editorial.indented"


def indented(policy: Policy, text: str) -> list[Finding]:
    """A warning at each block the page shows as code because its first line starts with a tab or four spaces, not
    between fences (`text`: the whole file): a paragraph pasted from Word with its indent (legal17) is shown in a box of
    its own, in a typewriter font, its lines never wrapped, and its words are never spell-checked. An address set
    apart on purpose is fenced (```), which is not said."""
    lines = text.split("\n")
    return [Finding.of(policy.path, block.line, RULE_INDENTED, WARNING, where=where, words=_first_words(block.text))
            for line, where, _text, block in texts(policy)
            if block is not None and block.kind == "code" and line <= len(lines)
            and lines[line - 1].startswith(("\t", "    ")) and not lines[line - 1].lstrip().startswith(("```", "~~~"))]


def _first_words(text: str, count: int = 6) -> str:
    """The first `count` words of `text`, to find it by, with "…" where it has more."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def fences(text: str, *, path: str) -> list[Finding]:
    """The attribute lists of the page's fenced code blocks, judged as the others are (`text`: the whole file)."""
    found = []
    for match in _FENCE_ATTRS.finditer(text):
        message = _attribute_list(match.group(0).strip(), match.group(1), "code block")
        if message:
            found.append(Finding.of(path, text.count("\n", 0, match.start()) + 1, RULE_HTML, reason=message))
    return found


def _attribute_list(written: str, inside: str, where: str) -> str:
    """Why an attribute list is refused ("" if it sets ids only), read as Python-Markdown reads it."""
    attrs = get_attrs_and_remainder(inside)[0]
    classes = sorted({value for key, value in attrs if key == "."})
    if classes:
        fetching = sorted(set(classes) & FETCHING_CLASSES)
        return Said("html.attribute-class/fetching" if fetching else "html.attribute-class", where=where,
                    written=written[:60], classes=", ".join(classes))
    keys = [key for key, _ in attrs if key != "id"]
    if not keys:
        return ""
    return Said("html.attribute", where=where, written=written[:60], names=", ".join(keys))


# An open tag as CommonMark reads inline HTML (and Python-Markdown renders it): anything else is shown as text.
_OPEN_TAG = re.compile(r"""<[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][A-Za-z0-9_.:-]*"""
                       r"""(?:\s*=\s*(?:[^"'=<>`\x00-\x20]+|'[^']*'|"[^"]*"))?)*\s*/?>""")


class _HTMLCheck(HTMLParser):
    """Collects, with their line offsets, the tags and attributes that the allow-list refuses, and end tags
    that close an element the text did not open (the page's own: the rest would be published outside it)."""

    def __init__(self, where: str) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.problems: list[tuple[int, int, str]] = []
        self.open: list[str] = []
        self.opened_at: list[tuple[int, int]] = []

    def _refuse(self, key: str, /, **fields: object) -> None:
        line, column = self.getpos()
        self.problems.append((line - 1, column, Said(key, where=self.where, **fields)))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in VOID:
            self.open.append(tag)  # refused or not: its end tag is the text's own
            self.opened_at.append(self.getpos())
        written = self.get_starttag_text() or ""
        if tag in ALLOWED_TAGS and not _OPEN_TAG.fullmatch(written):
            code = template_code(written)
            self._refuse("html.not-a-tag/template" if code else "html.not-a-tag", written=written[:80],
                         code=code[0][:60] if code else "")
        elif tag.startswith(("javascript:", "vbscript:")):
            self._refuse("html.script-tag", tag=tag)
        elif tag in REFUSED_TAGS:
            self._refuse("html.tag-refused", tag=tag, why=Said(REFUSED_TAGS[tag]))
        elif tag not in ALLOWED_TAGS:
            self._refuse("html.tag-not-allowed", tag=tag, allowed=", ".join(f"<{t}>" for t in ALLOWED_TAGS))
        else:
            outer = next((one for one in reversed(self.open[:-1]) if one in SHRINKING), None)
            if tag in SHRINKING and outer is not None:
                self._refuse("html.in", reason=shrunk(tag, outer))
            for name, value in attrs:
                self._attribute(tag, name, value or "")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if self.open and self.open[-1] == tag:
            self.open.pop()
            self.opened_at.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            at = len(self.open) - 1 - self.open[::-1].index(tag)
            del self.open[at:], self.opened_at[at:]
        elif tag not in VOID:
            self._refuse("html.end-tag", tag=tag)

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on"):
            self._refuse("html.event-handler", tag=tag, name=name)
        elif name not in GLOBAL_ATTRIBUTES | ALLOWED_TAGS[tag]:
            self._refuse("html.attribute-not-allowed", tag=tag, name=name,
                         allowed=", ".join(sorted(GLOBAL_ATTRIBUTES | ALLOWED_TAGS[tag])))
        elif name == "href" and _SCRIPT_URL.match(_squeeze(value)):
            self._refuse("html.href-script", value=value)
        elif name == "href" and not SAFE_HREF.match(value.strip()):
            code = template_code(value)
            self._refuse("html.href-template" if code else "html.href-scheme", value=value, code=code[0][:60] if code
                         else "")

    def unclosed(self) -> None:
        """An allowed element left open: the browser would carry it on into the page around the text."""
        for tag, (line, column) in zip(self.open, self.opened_at):
            if tag in ALLOWED_TAGS:
                self.problems.append((line - 1, column, Said("html.unclosed", where=self.where, tag=tag)))

    def handle_decl(self, decl: str) -> None:
        self._refuse("html.declaration", decl=decl)

    def unknown_decl(self, data: str) -> None:
        self._refuse("html.section", data=data)

    def handle_pi(self, data: str) -> None:
        self._refuse("html.instruction", data=data)


def _squeeze(url: str) -> str:
    """A URL as browsers read its scheme: without the whitespace and control characters they ignore."""
    return "".join(c for c in url if c > " ")


def _around(text: str, at: int) -> str:
    """The non-blank run of `text` around `at`, to quote a refused script URL."""
    start = max(text.rfind(c, 0, at) for c in " \n\t") + 1
    end = min((i for i in (text.find(c, at) for c in " \n\t") if i != -1), default=len(text))
    return text[start:end]
