"""Spelling of a policy page: its own tokenizer per language, pyspellchecker's dictionary, a reviewed word list."""
from __future__ import annotations

import bisect
import functools
import gzip
import hashlib
import json
import os
import re
import stat
import sys
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

import spellchecker
from spellchecker import SpellChecker

from policysite import characters, files, probecache
from policysite.document import Block, Policy, code_spans, written_line
from policysite.findings import WARNING, Finding
from policysite.inline import tag_titles
from policysite.marks import MARK
from policysite.messages import Said
from policysite.strings import NO_ESZETT

RULE = "spelling.unknown-word"
RULE_WORD_LIST = "spelling.word-list"
RULE_WORD_UNUSED = "spelling.word-unused"
RULE_NO_DICTIONARY = "spelling.no-dictionary"
# A page whose distinct words the dictionary does not know in this share (and at least this many) is judged
# against a dictionary unfit for it, not full of typos: one warning instead of a finding a word.
UNFIT_SHARE, UNFIT_MIN = 0.2, 6
# Dictionaries too small to judge a page by: pyspellchecker's Persian list (27,676 words) lacks اطلاعات, خدمات,
# دسترسی, باشد and most verb forms (می‌کنیم, می‌توانید): a correct Persian policy had 53 of its 143 words unknown, a
# short page or paragraph below the share above a finding for each, refusing every edit (company4). A page whose
# words it lacks gets the one warning, naming them, as a page over the share does.
UNFIT_LISTS = frozenset({"fa"})
WORDS_FILE = ".words.txt"
# The company's vocabulary of a language whose dictionary lacks its common words (UNFIT_LISTS: Persian), beside the
# page as the word list is: one correct word a line, no justification (`#` starts a comment), as many as the texts
# need. Its words are known; with it, the language's spelling is checked word by word, as any other's.
VOCABULARY_FILE = ".vocabulary.txt"
_BLANK = "\x00"
MAX_SUGGESTIONS = 50  # suggestions cost ~1 ms each: bound them on a page full of unknown words

# Spans that are not prose, blanked out (same length, so offsets hold) before words are cut.
_NOT_PROSE = re.compile(
    r"""
      <!--.*?-->                                         # HTML comment
    | (?i:<(script|style)\b.*?</\1\s*>)                   # code and CSS, refused by editorial.html anyway
    | </?[A-Za-z][^<>]*>                                 # HTML tag, attributes included
    | (`+).+?\2                                          # inline code
    | (?<=\b\d{4}[ \u00a0])[A-Z]{2}\b | (?<=\b\d{4})[A-Z]{2}\b   # a Dutch postcode's letters (1015 BS)
    | \b(?:https?|ftp)://[^\s<>"]+                       # URL
    | \b(?:mailto|tel):[^\s<>"]+                         # mailto:, tel:
    | (?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+            # e-mail address
    | (?<![\w@.-])(?:[^\W_](?:[\w-]*[^\W_])?\.)+[a-z]{2,24}(?![\w-])(?:/[^\s<>"]*)?  # domain, cnil.fr/fr
    | (?<=[^\W\d_])\((?:s|e|es|x)\)                      # plural marks: adresse(s)
    """,
    re.X | re.S,
)


# Arabic's tanween and harakat (اهتمامًا), Hebrew's points, Indic vowel signs are inside a word
_CHUNK = re.compile(rf"(?:[\w'’\-‐‑\u200c/]|{MARK})+")
_MARK = re.compile(MARK)
_NOT_A_WORD = re.compile(r"[\d_]")
_PIECE = re.compile(r"[^/]+")
_HYPHENS = re.compile("[-‐‑\u200c]")  # and the zero-width non-joiner parting a Persian word (_ZWNJ)
_PART = re.compile("[^-‐‑\u200c]+")
_APOSTROPHES = "'’"
_EDGES = _APOSTROPHES + "-‐‑"
_PHRASE_SPACE = re.compile(r"\s+")
# An elided article, pronoun or preposition before a word (l’utilisateur, dell’utente, l’usuari): the word is looked up.
_ELISIONS = {
    "fr": re.compile(r"(?:jusqu|lorsqu|puisqu|quoiqu|presqu|qu|[ldsncjmt])['’](?=[^\W\d_])", re.I),
    "it": re.compile(r"(?:dell|dall|nell|sull|all|coll|pell|quest|quell|tutt|sant|bell|un|gl|[ldcsmtvn])['’]"
                     r"(?=[^\W\d_])", re.I),
    "ca": re.compile(r"[ldsmtn]['’](?=[^\W\d_])", re.I),
}
_ROMAN = re.compile(r"(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


class Word(NamedTuple):
    """A word as written (possibly hyphenated), where it starts, and its parts each checked on its own."""

    text: str
    offset: int
    parts: tuple[tuple[str, int], ...]
    abbreviation: bool = False  # followed by a period that ends no sentence (z.B., lit. f, Art. 6)
    hanging: bool = False  # a compound's first part whose rest another word carries (Wohn- und Sitzland)


def texts(policy: Policy) -> Iterator[tuple[int, str, str, Block | None]]:
    """(line, where, text, block) of the title, the preamble, each heading and each block: what editors wrote;
    and the front matter's words the site shows (`title:` in every page's header, `description:` to search
    engines, `summary:` on the page, the history and the feed)."""
    for key in ("title", "description", "summary"):
        value = policy.meta.get(key)
        if isinstance(value, str) and value.strip():
            yield policy.meta_lines.get(key, 1), f"front matter {key}", value, None
    if policy.title:  # headings as written, their inline HTML kept: the checks judge it
        yield policy.title_line, "title", policy.title_markup or policy.title, None
        yield from _hovered(policy.title_line, "title", tag_titles(policy.title_markup))
    for block in policy.preamble:
        yield block.line, "preamble", block.text, block
        yield from _hovered(block.line, "preamble", block.tooltips)
    for section in policy.sections:
        where = section.label
        yield section.line, where, section.markup or section.title, None
        yield from _hovered(section.line, where, tag_titles(section.markup))
        for block in section.blocks:
            yield block.line, where, block.text, block
            yield from _hovered(block.line, where, block.tooltips)


def _hovered(line: int, where: str, tips: tuple[str, ...]) -> Iterator[tuple[int, str, str, Block | None]]:
    """A block's or heading's tooltips, as texts of their own: a reader reads them (on hover, or read aloud)."""
    for tip in tips:
        yield line, f"{where} (a tooltip)", tip, None


def load_words(path: Path) -> frozenset[str]:
    """The reviewed word list at `path`: one word (or quoted proper name) a line, `#` starts a comment.

    A missing file is an empty list. Entries keep their case; lookups ignore it.
    """
    data = _list_bytes(path)  # bytes that are not UTF-8 are lint_words' finding, at their line
    if not isinstance(data, bytes):  # (a list that is not a regular file, or unreadable: its lint's finding)
        return frozenset()
    return frozenset(word for _, word, _ in _entries(data.decode("utf-8", "replace")))


def _list_bytes(path: Path) -> bytes | str | None:
    """The bytes of the list of words at `path`; None when there is none; else the catalogue's key saying why it
    cannot be read: a folder, a FIFO or a device of that name is not read (a FIFO's read would block), nor is a file
    the user may not read (leads42)."""
    if fault := list_fault(path):
        return fault
    try:
        return Path(path).read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:  # permissions, or a file gone odd between the stat and the read
        return RULE_WORD_LIST + "/unreadable"


def list_fault(path: Path) -> str | None:
    """The catalogue's key saying why the list of words at `path` cannot be read (not a regular file, unreadable), None
    where it can or there is none: `policy words --prune` refuses it, as `policy check` says it."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return RULE_WORD_LIST + "/not-a-file"
        with open(path, "rb"):
            return None
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError:
        return RULE_WORD_LIST + "/unreadable"


def _unread_list(data: bytes | str | None, shown: str) -> list[Finding]:
    """The finding of a list of words (`shown`) that `_list_bytes` could not read; [] when it read it or there is
    none."""
    return [Finding.of(shown, 1, data, path=shown)] if isinstance(data, str) else []


def lint_vocabulary(path: Path, *, display_path: str) -> list[Finding]:
    """The company's vocabulary (VOCABULARY_FILE) read as load_words reads it: bytes that are not UTF-8 are a finding at
    their line, as in the word list, not words silently lost to the replacement character (review42)."""
    return _refused(_list_bytes(path), display_path)


def _refused(data: bytes | str | None, shown: str) -> list[Finding]:
    """The finding of a list of words (`shown`, its `data` as _list_bytes read it) that cannot be read as one: not a
    regular file, unreadable, not UTF-8; [] where it can, or there is none."""
    return _not_utf8(data, shown) if isinstance(data, bytes) else _unread_list(data, shown)


def _not_utf8(data: bytes, shown: str) -> list[Finding]:
    """The finding of a list of words (`shown`) whose `data` is not UTF-8, at the line of its first such byte."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        return [Finding.of(shown, line, RULE_WORD_LIST + "/encoding", line=line, byte=f"{data[exc.start]:02x}")]
    return []


def lint_words(path: Path, *, lang: str, display_path: str | None = None,
               policy: Policy | Sequence[Policy] | None = None, cache: Path | None = None,
               others: Sequence[str] = ()) -> list[Finding]:
    """Entries that break the list's rules: no justification, listed twice, known already, unused by `policy`
    (the pages that share the list: every document of the site in that language) and by `others` (the words the
    site shows around them: check's). `cache`: as check's."""
    shown = display_path or str(path)
    data = _list_bytes(path)
    if not isinstance(data, bytes):
        return _unread_list(data, shown)
    text = data.decode("utf-8", "replace")
    if unreadable := _not_utf8(data, shown):
        return unreadable
    # Two pull requests that each added words at the list's end: its markers were said entries to justify (legal17:
    # "write `<<<<<<< HEAD  # where and why it is used`"); the markers alone are said until the merge is made.
    if torn := characters.conflicts(text.replace("\r\n", "\n"), shown, key="text.conflict/words"):
        return torn
    entries = list(_entries(text))
    known = _in_dictionary(lang, frozenset(_key(w) for _, w, _ in entries if not _PHRASE_SPACE.search(w)),
                           listed=True, cache=cache)
    used = _used_keys(policy, frozenset(w for _, w, _ in entries), others) if policy is not None else None
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    for line, word, why in entries:
        key = _key(word)
        if key in seen:
            findings.append(Finding.of(shown, line, RULE_WORD_LIST + "/twice", word=word, first=seen[key]))
        elif not why:
            findings.append(Finding.of(shown, line, RULE_WORD_LIST + "/why", word=word))
        elif _other_script(word, lang):
            findings.append(Finding.of(shown, line, RULE_WORD_UNUSED + "/other-script", WARNING, word=word, lang=lang))
        elif key in known and not _is_acronym(word):
            findings.append(Finding.of(shown, line, RULE_WORD_LIST + "/known", word=word, lang=lang))
        elif used is not None and policy is not None and key not in used:
            findings.append(Finding.of(shown, line, RULE_WORD_UNUSED, WARNING, word=word, paths=_paths(policy)))
        seen.setdefault(key, line)
    return findings


# The findings of a list of words that cannot be read as one (refusal): errors beside every page, an imported one's too,
# as `policy import` and `policy words --prune` refuse the list (company7: one rule).
LIST_REFUSED = frozenset(RULE_WORD_LIST + why for why in ("/encoding", "/not-a-file", "/unreadable"))


class ListRefused(ValueError):
    """A list of words that cannot be read as one (refusal): its `policy check` finding, said (args[0]); untouched."""


def refusal(path: Path, *, shown: str) -> Finding | None:
    """The finding `policy check` gives the list of words at `path` (`shown`) where it cannot be read as one: not a
    regular file, unreadable, not UTF-8 (at the line of its first such byte); None where it can, or there is none."""
    found = _refused(_list_bytes(path), shown)
    return found[0] if found else None


def prune(path: Path, *, policy: Policy | Sequence[Policy], shown: str = "", others: Sequence[str] = ()) -> list[str]:
    """Remove from the word list at `path` the entries `policy` (each page sharing it) and `others` (the words the site
    shows around them) do not use, or that the check never judges (_other_script); return them.
    ListRefused where it cannot be read as one (refusal; `shown`, its name in the message): it is left as it is (a list
    not in UTF-8 ended in UnicodeDecodeError, leads43a)."""
    data = _list_bytes(path)
    if refused := _refused(data, shown or str(path)):
        raise ListRefused(refused[0].as_said())
    if not isinstance(data, bytes):
        return []
    text = data.decode("utf-8")
    if torn := characters.conflicts(text.replace("\r\n", "\n"), shown or str(path), key="text.conflict/words"):
        raise ListRefused(torn[0].as_said())  # (its markers were removed as unused entries: the merge made unread)
    entries = list(_entries(text))
    used = _used_keys(policy, frozenset(w for _, w, _ in entries), others)
    lang = policy.lang if isinstance(policy, Policy) else policy[0].lang if policy else ""
    unused = {line: word for line, word, _ in entries if _key(word) not in used or _other_script(word, lang)}
    if not unused:
        return []
    kept = [raw for number, raw in enumerate(text.splitlines(keepends=True), start=1) if number not in unused]
    files.write_text(Path(path), "".join(kept))
    return list(unused.values())


def tokens(text: str, *, lang: str) -> list[tuple[str, int]]:
    """The words of `text` to check, each with its character offset; hyphenated words give their parts."""
    return [part for word in words_of(text, lang=lang) for part in word.parts]


def words_of(text: str, *, lang: str) -> tuple[Word, ...]:
    """The words of `text` outside URLs, e-mails, domains, code and HTML; numbers and roman numerals skipped."""
    return _words_of(text, lang)


# Characters no reader sees that break a word for the cutter: a soft hyphen (ver\u00adar\u00adbei\u00adten, as Word
# and CMS exports write hyphenation points), zero-width spaces and joiners, the word joiner, a stray BOM.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# Persian, Urdu, Kurdish and Pashto part a word's pieces with a zero-width non-joiner, the "half space" (داده‌ها,
# می‌کند): there it keeps the word as written, read piece by piece as a hyphenated one is (their dictionaries list
# داده, ها, می, کند, never the pieces glued); elsewhere it is removed as the other invisible characters are.
_ZWNJ = re.compile("(?<=[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff])\u200c(?=[\u0600-\u06ff\u0750-\u077f"
                   "\u08a0-\u08ff])")


@functools.lru_cache(maxsize=4096)
def _words_of(text: str, lang: str) -> tuple[Word, ...]:
    """Cut once per text and language: the check and the word-list lint read the same page. Offsets are those
    of the text without its invisible characters (but a Persian word's non-joiners)."""
    if "\u200c" not in text:  # (no Persian half space to keep: the split's look-arounds tried every character)
        return tuple(_cut(text.translate(_INVISIBLE), lang))
    return tuple(_cut("\u200c".join(part.translate(_INVISIBLE) for part in _ZWNJ.split(text)), lang))


# Abbreviations legal texts write before a capital or a comma too (Av. Paulista, Ltda., et seq. GDPR), whose
# period ends no sentence: never judged as words.
KNOWN_ABBREVIATIONS = frozenset({"av", "ltda", "seq", "sqq", "cia", "dra", "dr", "sr", "sra", "srl", "spa", "bv",
                                 "nv", "ab", "as", "oy", "sa", "inc", "ltd", "plc", "llc", "gmbh", "co", "corp",
                                 "resp", "ca", "approx", "no", "nos", "nr", "tel", "fax",
                                 # a reference, before a capital too: "Cf. Article 6", "art. cit. Voir" (legal hunt 15)
                                 "cf", "cit", "ibid",
                                 # before a name: German Herr, Herrn, Frau; Spanish doña, señores, señoras, don
                                 # (company8: "Hr. Dr. Max Mustermann", "Sra. Dña. María López" said unknown words)
                                 "hr", "hrn", "fr", "dña", "sres", "sras", "srta", "dn"})


# A one-letter abbreviation right before a word (`i. `, `a. `): that word, dotted too, abbreviates the rest of a place's
# name (Freiburg i. Br., Weiden i. d. OPf.), however the next sentence starts (company8: "Br" an unknown word).
_AFTER_A_LETTER = re.compile(r"(?<![^\W\d_])[^\W\d_]\.[ \t\u00a0]$")


def abbreviated(text: str, end: int) -> bool:
    """Whether the word ending at `end` is an abbreviation rather than a sentence's last word: its period is
    followed by a letter (z.B., d.h.), by a dash then a letter (a range of them: Mo.–Fr., Mo.-Fr.), by a comma, a
    semicolon or a colon (izq., vie.,), or by a lowercase letter or a number (Art. 6 Abs. 1 lit. f, etc. ou), or it
    is one legal texts abbreviate (KNOWN_ABBREVIATIONS); `nº` (número) is one without a period."""
    if text[end - 1:end] in "º°ª" and end >= 2:
        return True
    if text[end:end + 1] != ".":
        return False
    start = end
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if text[start:end].lower() in KNOWN_ABBREVIATIONS:
        return True
    if _AFTER_A_LETTER.search(text, 0, start):  # the second of a pair, "Freiburg i. Br.", "Frankfurt a. M."
        return True
    rest = text[end + 1:end + 12]
    if rest[:1] in ("-", "\u2013") and rest[1:2].isalpha():  # (adopt21: `Mo.–Fr.` was Mo's sentence's end)
        return True
    after = rest.lstrip(" \t\u00a0\u202f")
    # No sentence ends before a comma (company8: "1.º izq., es", "lun. a vie., de"), nor before a colon or a
    # semicolon French typography spaces (legal hunt 15: "ex. : fichier", "p. ex. ; voir" said "ex" unknown).
    if rest[:1] in (",", ";", ":") or after[:1] in (";", ":"):
        return True
    if not after:
        return False
    return after[0].isdigit() or after[0].islower() or (after is rest and after[0].isalpha())


def _cut(text: str, lang: str) -> Iterator[Word]:
    masked = mask(text)
    for chunk in _CHUNK.finditer(masked):
        if _NOT_A_WORD.search(chunk.group()):
            continue  # 95/46/CE, ISO27001, SOC-2, 2016/679, snake_case
        for piece in _PIECE.finditer(chunk.group()):  # et/ou, Nous/Notre/Nos
            start, end = chunk.start() + piece.start(), chunk.start() + piece.end()
            if piece.group().islower() and _ROMAN.fullmatch(piece.group().upper()) and (
                    masked[start - 1:start] == "(" or masked[end:end + 1] == ")"):
                continue  # a clause's label, `(ii)`, `iv)`: no word (adoption 27: GitHub's terms' `ii`, `iii`, `iv`
                # were listed as words the dictionary lacks)
            word = _word(piece.group(), start, lang)
            if word is not None:
                end = word.offset + len(word.text)
                yield word._replace(abbreviation=abbreviated(masked, end),
                                    hanging=masked[end:end + 1] in "-‐‑" and masked[end:end + 1] != ""
                                    and lang.split("-")[0].lower() in _COMPOUNDING)


_TAGLIKE = re.compile(r"</?[A-Za-z][^<>]*>")


def as_read(text: str, block: Block | None) -> str:
    """`text` with what reads as a tag but is none in the source (`&lt;Acme revend&gt;`, shown as written) opened
    up, the same length: its words are the reader's, and mask() blanks real tags only."""
    if block is None or "<" not in text:
        return text
    return _TAGLIKE.sub(lambda m: m.group() if m.group() in block.markdown else f" {m.group()[1:-1]} ", text)


@functools.lru_cache(maxsize=4096)
def mask(text: str) -> str:
    """`text` with URLs, e-mail addresses, domains, inline code and HTML tags blanked out, offsets kept.

    The blank is NUL, neither a letter nor a space: words on either side of a removed tag stay apart. Kept for
    the last texts (a block's, mostly): the checks of a history's versions read the same blocks again and again
    (a page's text takes 7 ms).
    """
    return _NOT_PROSE.sub(lambda m: _BLANK * len(m.group()), text)


# The legal forms a company's name ends with (Acme Tech GmbH, Zapnito Ltd, Exemplo Lda, Przykład sp. z o.o.), as
# written without their periods: no dictionary has them, and the words before them are the company's name.
LEGAL_FORMS = frozenset({
    "gmbh", "ag", "kg", "kgaa", "ug", "ohg", "gbr", "mbh", "ev", "se", "ltd", "llc", "llp", "lp", "inc", "corp", "plc",
    "pty", "pte", "sas", "sasu", "sarl", "eurl", "sa", "sca", "snc", "bv", "nv", "vof", "spa", "srl", "srls", "sapa",
    "sl", "slu", "sau", "lda", "ltda", "oy", "oyj", "ab", "as", "asa", "aps", "kft", "zrt", "sro", "doo", "ou", "zoo",
    "bhd", "sdn", "limited", "incorporated", "gesmbh", "sprl", "bvba", "scs", "sccl", "cv"})
_NAME_WORD = re.compile(r"[^\W_][\w'’&.-]*")
_NAME_WORDS = 4  # the words before a legal form taken as the company's name, at most
_NAME_GAP = re.compile(r"[ \t\u00a0]+(?:&[ \t\u00a0]+)?|,[ \t\u00a0]*(?=(?i:ltd|inc|llc|corp|plc|gmbh)\b)")


def declared_names(policy: Policy, names: Sequence[str] = ()) -> frozenset[str]:
    """The words of the names the text declares, as `_key` keys them, which are no misspellings: the company's and
    brand's (`names`, the site's settings), a legal form with the capitalised words before it (`Acme Tech GmbH`:
    gmbh, acme, tech; adoption 15 of session 37, each flagged by every imported policy), and the capitalised words
    of the title that the text writes so again (`Zapnito Privacy Policy` … `Zapnito keeps`)."""
    keys: set[str] = set()
    for name in names:
        keys.update(_key(word.strip(".")) for word in _NAME_WORD.findall(name))
    body: list[str] = []
    for _line, where, text, _block in texts(policy):
        if where != "title":
            body.append(text)
        found = list(_NAME_WORD.finditer(text))
        for n, word in enumerate(found):
            if word.group().replace(".", "").casefold() not in LEGAL_FORMS or not word.group()[0].isupper():
                continue
            keys.add(_key(word.group().replace(".", "")))
            k = n
            while k > 0 and n - k < _NAME_WORDS and found[k - 1].group()[0].isupper() \
                    and _NAME_GAP.fullmatch(text[found[k - 1].end():found[k].start()]):
                k -= 1
                keys.add(_key(found[k].group().strip(".")))
    if policy.title:
        written = set(_NAME_WORD.findall(" ".join(body)))
        keys.update(_key(word) for word in _NAME_WORD.findall(policy.title) if word[0].isupper() and word in written)
    return frozenset(key for key in keys if key)


def check(policy: Policy, *, words: frozenset[str], words_path: str | None = None,
          cache: Path | None = None, names: Sequence[str] = (),
          vocabulary: frozenset[str] = frozenset(),
          others: Sequence[tuple[int, str, str]] | None = None) -> list[Finding]:
    """Unknown words of the title, headings and blocks: one finding per distinct word per block, sorted by line.
    `cache`: where the dictionary's answers are kept (probecache's folder), or None; `names`: the company's and
    brand's names (the site's settings), whose words, and those of the names the text declares, are none;
    `vocabulary`: the company's words of the language (VOCABULARY_FILE), known as the dictionary's are. `others`:
    (line, where, text) of words the site shows beside the text in its language (its configuration's site name and
    copyright line), judged instead of the text's, as its words are."""
    listed = {_key(w): w for w in words if not _PHRASE_SPACE.search(w)}
    listed.update({key: key for key in declared_names(policy, names) if key not in listed})
    shown = words_path or (Path(policy.path).parent / WORDS_FILE).as_posix()
    unknown = _unknown(policy, words, listed, cache, vocabulary=frozenset(map(_key, vocabulary)),
                       read=None if others is None else [(line, where, text, None) for line, where, text in others])
    if isinstance(unknown, Finding):
        return [unknown]
    findings: list[Finding] = []
    suggestions: dict[str, str | None] = {}
    for line, where, word, bad, marked in unknown:
        key = _key(bad)
        by = marked or judge(bad, policy.lang) or policy.lang  # a word in another script: its own script's dictionary
        if key not in suggestions and len(suggestions) < MAX_SUGGESTIONS:
            suggestions[key] = _suggest(bad, _checker(by), listed)
        findings.append(Finding.of(policy.path, line, RULE + ("/acronym" if _is_acronym(bad) else ""),
                                   where=where, word=bad, inside=word.text if bad != word.text else "",
                                   lang=by, words_path=shown, suggestion=suggestions.get(key) or ""))
    return sorted(findings, key=lambda f: f.line)


def unknown_words(policy: Policy, *, words: frozenset[str], names: Sequence[str] = ()) -> list[str]:
    """The distinct words `check` names unknown, in the order the text has them ([] where the dictionary is
    unfit for the text: `check` then says spelling is not checked)."""
    listed = {_key(w): w for w in words if not _PHRASE_SPACE.search(w)}
    listed.update({key: key for key in declared_names(policy, names) if key not in listed})
    unknown = _unknown(policy, words, listed)
    first: dict[str, str] = {}
    for _line, _where, _word, bad, _lang in [] if isinstance(unknown, Finding) else unknown:
        first.setdefault(_key(bad), bad)  # as the word list keys its entries (case, œ/oe)
    return list(first.values())


def _unknown(policy: Policy, words: frozenset[str], listed: dict[str, str],
             cache: Path | None = None, *, vocabulary: frozenset[str] = frozenset(),
             read: list[tuple[int, str, str, Block | None]] | None = None
             ) -> list[tuple[int, str, Word, str, str]] | Finding:
    """(line, where, word, unknown part, the language of the phrase it is in where the text marks one: "" for the
    page's) once per distinct word per block, or the finding that the dictionary is unfit for the text (for a
    language of UNFIT_LISTS, any unknown word, unless the company gives its `vocabulary`: keys as _key makes
    them)."""
    latin_words, latin_phrases = _latin()
    phrases = _phrases(words | latin_phrases)
    found: list[tuple[int, str, Word]] = []
    marked: list[tuple[int, str, str, str]] = []  # (line, where, words, language) of a phrase in another language
    for line, where, text, block in texts(policy) if read is None else read:
        if block is not None and block.kind == "code":
            continue  # a fenced block: maybe code, never the policy's prose
        text, others = _apart(_without_code(text, block), block, policy.lang)
        marked += [(line, where, words_in, lang) for words_in, lang in others]
        text = _without_templates(as_read(text, block))
        if shouting(text):  # a heading in capitals (US policies: INFORMATION WE COLLECT): its words, not acronyms
            text = text.lower()
        if phrases:
            text = phrases.sub(lambda m: " " * len(m.group()), text)
        found.extend((written_line(line, block, word.text), where, word) for word in words_of(text, lang=policy.lang))
    # Only what would be judged (not letters, abbreviations, a compound's hanging part): an Italian notice citing
    # "art. 6, par. 1, lett. b)" had its spelling switched off by the letters and abbreviations it is made of.
    lookups: set[str] = set()
    elsewhere: dict[str, set[str]] = {}  # words in another script, by the dictionary of theirs that judges them
    capitals: set[str] = set()  # words in capitals of four letters or more (see `worded` below)
    for _, _, word in found:  # each word's candidates made once, for both sets
        for w in _candidates(word):
            by = judge(w, policy.lang)
            if by != policy.lang:
                if by is not None and not _is_acronym(w) and not _unjudged(word, w):
                    elsewhere.setdefault(by, set()).add(_key(w))
            elif not _is_acronym(w):
                if not _unjudged(word, w):
                    lookups.add(_key(w))
            elif sum(c.isalpha() for c in w) >= 4:
                capitals.add(_key(w))
    asked = frozenset(lookups - listed.keys() - vocabulary - latin_words)
    unknown = set(asked - _in_dictionary(policy.lang, asked, cache=cache))
    foreign = {key for by, keys in elsewhere.items()
               for key in (keys - listed.keys()) - _in_dictionary(by, frozenset(keys - listed.keys()), cache=cache)}
    # A compound the dictionary lacks whole but knows part by part (داده‌ها, Tier-III) is no unknown word.
    unfit = unknown - {_key(word.text) for _, _, word in found
                       if _HYPHENS.search(word.text) and not any(_key(part) in unknown for part, _ in word.parts)}
    unfit_list = policy.lang.split("-")[0].lower() in UNFIT_LISTS and not vocabulary
    if unfit and (unfit_list or (len(unfit) >= UNFIT_MIN and len(unfit) > UNFIT_SHARE * len(lookups))):
        # Not typos: a dictionary without the language's plurals or verb forms (pyspellchecker's Spanish list
        # has neither "datos" nor "puede"); a finding for each would block every edit of a correct text.
        examples = ", ".join(f"“{w}”" for w in sorted(unfit)[:5])
        folder = Path(policy.path).parent.as_posix()
        return Finding.of(policy.path, policy.title_line or 1, RULE_NO_DICTIONARY + ("/vocabulary" if unfit_list
                                                                                      else ""), WARNING,
                          lang=policy.lang, unknown=len(unfit), total=len(lookups), examples=examples,
                          vocabulary=f"{folder}/{VOCABULARY_FILE}" if folder not in ("", ".") else VOCABULARY_FILE)
    # A word in capitals is an acronym, to be listed (RGPD, MSISDN), unless it is a word of the dictionary of four
    # letters or more written in capitals (ARTICLE I, Section 2 NOTICE): no typo of an acronym is one.
    worded = frozenset(_in_dictionary(policy.lang, frozenset(capitals - listed.keys()), cache=cache)) \
        if capitals else frozenset()
    unknown |= foreign  # (after the share: a page's words in another script say nothing of its own dictionary's fit)
    said: list[tuple[int, str, Word, str, str]] = []
    reported: set[tuple[int, str, str]] = set()
    for line, where, word in found:
        for bad in _unknown_parts(word, listed, unknown, worded):
            if _unjudged(word, bad) or judge(bad, policy.lang) is None or _shortened(word, bad, policy.lang):
                continue  # a letter (z.B., e-mail, lit. f), an abbreviation (Abs. 1, etc. ou), a compound's first
                # part whose rest another word carries (Auskunfts- und Löschungsrechte): not judged
            if (line, where, _key(bad)) not in reported:
                reported.add((line, where, _key(bad)))
                said.append((line, where, word, bad, ""))
    return sorted(said + _marked_unknown(marked, listed, vocabulary, cache), key=lambda one: one[0])


# An element the text marks as written in another language (`<span lang="en">privacy by design</span>`, `<q
# lang="de">`): its words are that language's, judged by its dictionary (or by none), not the page's.
_MARKED = re.compile(r"""<(\w+)\b[^<>]*?\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)["']?[^<>]*>"""
                     r"(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_INNER_TAG = re.compile(r"<[^<>]*>")


def _apart(text: str, block: Block | None, lang: str) -> tuple[str, list[tuple[str, str]]]:
    """`text` with the words of each phrase its Markdown marks as another language's blanked, and those phrases
    (their words, their language): a French text quoting its founder in English had each English word said unknown
    to the French dictionary (legal16). A phrase marked as the page's own language stays."""
    written = block.markdown if block is not None and block.markdown else text
    if "lang" not in written:
        return text, []
    others: list[tuple[str, str]] = []
    for match in _MARKED.finditer(written):
        code, inner = match.group(2), " ".join(_INNER_TAG.sub(" ", match.group(3)).split())
        if not inner or code.split("-")[0].lower() == lang.split("-")[0].lower():
            continue
        others.append((inner, code))
        text = re.sub(r"\s+".join(map(re.escape, inner.split())), lambda m: " " * len(m.group()), text, count=1)
    return text, others


def _marked_unknown(marked: list[tuple[int, str, str, str]], listed: dict[str, str], vocabulary: frozenset[str],
                    cache: Path | None) -> list[tuple[int, str, Word, str, str]]:
    """(line, where, word, unknown part, language) of each word of the phrases marked as another language's that
    this language's dictionary lacks (nor the page's word list); a language without a dictionary judges none."""
    said: list[tuple[int, str, Word, str, str]] = []
    for line, where, inner, lang in marked:
        if not has_dictionary(lang):
            continue
        found = [word for word in words_of(inner, lang=lang)]
        keys = {_key(w): w for word in found for w in _candidates(word)
                if not _is_acronym(w) and not _unjudged(word, w) and judge(w, lang) == lang}
        asked = frozenset(keys.keys() - listed.keys() - vocabulary)
        missing = asked - _in_dictionary(lang, asked, cache=cache)
        for key in dict.fromkeys(k for k in keys if k in missing):
            word = next(word for word in found if any(_key(w) == key for w in _candidates(word)))
            said.append((line, where, word, keys[key], lang))
    return said


def _other_script(word: str, lang: str) -> bool:
    """A word list's entry that the check never judges in a text in `lang` (judge: a word all in another script that
    no shipped dictionary is written in, `Berlin` in an Arabic list), which the list need not hold; a quoted phrase
    of several words is looked up whole, listed as it is."""
    return bool(lang) and not _PHRASE_SPACE.search(word) and judge(word, lang) is None


def judge(word: str, lang: str) -> str | None:
    """The language whose dictionary judges `word` in a text in `lang`: `lang` for a word in the script `lang` is
    written in (or in several scripts, one of them not its own: Gооgle with Cyrillic o's is a typo to fix); for a word
    all in another script, the one dictionary shipped for that script (Russian's, for a Cyrillic word in a French
    text), else None: not judged (Berlin or Google in an Arabic text, a Greek word in a French one, a Latin brand name
    in a Russian one; the page's dictionary said each unknown, a finding the legal team could not fix; company8)."""
    scripts = _scripts(word)
    own = _own_scripts(lang)
    if not scripts or scripts & own or len(scripts) > 1 or not own:
        return lang
    return _shipped_by_script().get(next(iter(scripts)))


def unreadable_in(text: str, lang: str) -> bool:
    """`text` has letters and none in a script `lang` writes its own words in, nor in Latin letters, which pages in
    every script write brand names in (a company's name 株式会社サクラテック on English pages, שומרים בע"מ on Arabic
    ones; not Sakura Tech on Japanese ones): its readers may not read it."""
    scripts, own = _scripts(text), _own_scripts(lang)
    return bool(scripts and own) and not scripts & (own | {"Latn"})


# The scripts a language's text writes its own words in: Japanese mixes three, Korean two (ISO 15924: `Jpan`, `Kore`).
_MIXED = {"Jpan": frozenset({"Hani", "Hira", "Kana"}), "Kore": frozenset({"Hang", "Hani"}),
          "Hans": frozenset({"Hani"}), "Hant": frozenset({"Hani"})}


@functools.lru_cache(maxsize=64)
def _own_scripts(lang: str) -> frozenset[str]:
    from policysite import scriptfonts

    script = scriptfonts.script(lang)
    return _MIXED.get(script or "", frozenset({script} if script else ()))


@functools.lru_cache(maxsize=1 << 16)
def _scripts(word: str) -> frozenset[str]:
    """The scripts of `word`'s letters (marks, digits, apostrophes and hyphens belong to none)."""
    return frozenset(script for script in map(_script, word) if script not in ("Zyyy", "Zinh", "Zzzz"))


@functools.lru_cache(maxsize=4096)
def _script(char: str) -> str:
    from fontTools import unicodedata as ucd

    return str(ucd.script(char))


@functools.cache
def _shipped_by_script() -> dict[str, str]:
    """Each script that exactly one of pyspellchecker's dictionaries is written in, and that dictionary's language
    (Cyrillic: Russian); a script several share (Latin, Arabic: Arabic's and Persian's) names none, a word's language
    unknown."""
    from policysite import scriptfonts

    by_script: dict[str, list[str]] = {}
    for path in sorted((Path(spellchecker.__file__).parent / "resources").glob("*.json.gz")):
        code = path.name.removesuffix(".json.gz")
        if script := scriptfonts.script(code):
            by_script.setdefault(script, []).append(code)
    return {script: codes[0] for script, codes in by_script.items() if len(codes) == 1}


def _without_templates(text: str) -> str:
    """`text` with its template code (`{{ config(key="name") }}`, `@if($eu)`: editorial.template's finding) blanked:
    its names are no words of the text, and the import listed them as its words (adoption 15 of session 37)."""
    from policysite.editorial import template_spans  # (editorial reads pages with this module's tokenizer)

    for start, end, _code in reversed(template_spans(text)):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


def _shortened(word: Word, part: str, lang: str) -> bool:
    """An abbreviation longer than _unjudged's that cuts a word of `lang`'s dictionary short (`Abschn. 3`,
    `Unterabs. 1`, `Buchst. f`): no word the check can say is misspelt (`Datenschtz. 3` starts none)."""
    if not (word.abbreviation and len(word.parts) == 1):
        return False
    lines, key = _dictionary_lines(lang), f'"{_key(part)}'
    at = bisect.bisect_left(lines, key)
    return at < len(lines) and lines[at].startswith(key)


def _unjudged(word: Word, part: str) -> bool:
    """A part of a word the check never judges: a letter, an abbreviation (Abs. 1, etc. ou, lett. b), the first part
    of a compound whose rest another word carries (Auskunfts- und Löschungsrechte)."""
    return len(_MARK.sub("", part)) < 2 or word.abbreviation and len(word.parts) == 1 and len(part) <= 5 \
        or word.hanging and len(word.parts) == 1


def _dictionary_path(lang: str) -> Path:
    return Path(spellchecker.__file__).parent / "resources" / f"{lang.split('-')[0].lower()}.json.gz"


def known_share(text: str, lang: str) -> float | None:
    """The share of `text`'s words that `lang`'s dictionary knows (which language a text is in, for the import of a
    text written in two side by side), or None without a dictionary or words."""
    if not has_dictionary(lang):
        return None
    keys = [word.lower() for word in re.findall(r"[^\W\d_]{2,}", text)]
    if not keys:
        return None
    known = _in_dictionary(lang, frozenset(keys))
    return sum(key in known for key in keys) / len(keys)


def has_dictionary(lang: str) -> bool:
    """pyspellchecker has a dictionary for `lang` (or its base language: `pt` for `pt-BR`)."""
    return _dictionary_path(lang).is_file()


@functools.cache
def _dictionary_lines(lang: str) -> list[str]:
    """pyspellchecker's word list for `lang`: sorted lines `"word": count,` (0.03 s, vs 0.3 s for SpellChecker);
    none for a language it has no dictionary for."""
    try:
        text = gzip.decompress(_dictionary_path(lang).read_bytes()).decode("utf-8")
    except FileNotFoundError:
        return []
    lines = text.strip().removeprefix("{").removesuffix("}").strip().split("\n")  # one `"word": count,` a line
    # Dutch's and Basque's lists are sorted by word, `"en bloc"` after `"en"`: not as the lines sort. (A list in
    # order is found so in one pass of C: 3 ms for English's 160,000 lines, where comparing each pair took 16.)
    lines.sort()
    return lines


def _in_dictionary(lang: str, keys: frozenset[str], *, listed: bool = False, cache: Path | None = None) -> set[str]:
    """Which of `keys` pyspellchecker's dictionary holds (_looked_up). `cache`: where the answers are kept
    (probecache), under the digest of all they depend on (the dictionary's bytes, the vocabulary files', this code,
    Python's version): a check whose words were all looked up before loads no dictionary."""
    if not keys:
        return set()
    if cache is None:
        return _looked_up(lang, keys, listed=listed)
    key = _answers_key(lang, listed)
    known, unknown = probecache.load_known(cache, key) or (set(), set())
    missing = keys - known - unknown
    if missing:
        found = _looked_up(lang, frozenset(missing), listed=listed)
        if len(known) + len(unknown) + len(missing) > KEPT_WORDS:  # (a list that grows without end: this page's)
            known, unknown = known & keys, unknown & keys
        known, unknown = known | found, unknown | (missing - found)
        probecache.save_known(cache, key, known, unknown)
    return set(keys & known)


KEPT_WORDS = 20_000  # words kept looked up, a language: some ten pages' (one takes 1,500 to 3,000), read on each check


def _answers_key(lang: str, listed: bool) -> str:
    """The digest of what _looked_up's answer for a word depends on, beside the word."""
    from importlib import metadata  # (here: with the email package it reads with, some 55 ms of every command's start)

    lang = lang.lower()
    paths = [_dictionary_path(lang), Path(__file__), *(Path(__file__).parent / "vocabulary" / f"{name}.txt"
                                                      for name in sorted({lang.split("-")[0], lang}))]
    digests = [_file_digest(str(path)) for path in paths]
    return hashlib.sha256(json.dumps([lang, listed, sys.version, unicodedata.unidata_version, spellchecker.__version__,
                                      metadata.version("simplemma"), digests]).encode("utf-8")).hexdigest()


def _file_digest(path: str) -> str:
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except FileNotFoundError:
        return "absent"


def _looked_up(lang: str, keys: frozenset[str], *, listed: bool = False) -> set[str]:
    """Which of `keys` pyspellchecker's dictionary holds, by binary search in its sorted word list. Its English
    list spells as in the US: English elsewhere (en-GB, en-IE, en-AU…) has each British spelling read as the
    American one (unauthorised, colour, offence, centre, catalogue, travelled)."""
    lines = _dictionary_lines(lang)

    def listed_as(key: str) -> bool:
        target = f'"{key}"'
        at = bisect.bisect_left(lines, target)
        return at < len(lines) and lines[at].startswith(target + ":")

    swiss = lang.lower() in _SWISS and not listed  # (a list written before they were read stays as it was)

    def holds(key: str) -> bool:
        return listed_as(key) or (swiss and "ss" in key and any(listed_as(form) for form in _eszett(key)))

    british = lang.lower().startswith("en-") and lang.lower() != "en-us"
    brazilian = lang.lower() == "pt-br"
    base = lang.lower().split("-")[0]
    # A listed word the dictionary holds is said to be there already; not one it knows only as a compound or
    # a stem (a list written before they were read stays as it was).
    arabic, compounding = base == "ar" and not listed, base in _COMPOUNDING and not listed
    vocabulary = frozenset() if listed else _vocabulary(base) | _vocabulary(lang.lower())
    known = {key for key in keys if holds(key) or key in vocabulary
             or (british and any(holds(us) for us in _american(key)))
             or (brazilian and any(holds(pt) for pt in _european(key)))
             or (arabic and any(holds(stem) for stem in _arabic_stems(key)))
             or (compounding and (_compound(key, holds) or _linked(key, holds)))}
    if (base in INFLECTED_FORMS or brazilian) and not listed and keys - known:
        import simplemma  # (0.1 s: only where a word is looked up there, the dictionary's list lacking it)

        voseo = lang.lower() in VOSEO
        known |= {key for key in keys - known if simplemma.is_known(key, lang=base)
                  or any(holds(verb) or simplemma.is_known(verb, lang=base)
                         for verb in [*_without_clitics(key, base), *(_voseo_infinitives(key) if voseo else []),
                                      *(_russian_verbs(key) if base == "ru" else [])])}
    return known


# Russian legal prose writes its verbs as participles and adverbial participles ("заключаемого договора",
# "исключающие доступ", "требующим авторизации", "направив уведомление", "заполнив форму": every policy's consent and
# withdrawal clauses), and an adjective or participle negated in one word ("неуполномоченных лиц",
# "неавтоматизированной обработки"), which neither the dictionary nor simplemma's forms hold: an ordinary passage had
# one word in thirteen refused. Such a form is known where the verb it is made of is (заключаемого: заключать;
# требующим: требовать; хранящие: хранить; направив: направить), and a negated one where the word without не is.
_RU_ENDING = "(?:ый|ий|ая|яя|ое|ее|ые|ие|ого|его|ой|ей|ому|ему|ую|юю|ым|им|ом|ем|ых|их|ыми|ими)"
_RU_PARTICIPLE = re.compile(rf"^(.{{2,}}?)(ющ|ущ|ащ|ящ|ем|им){_RU_ENDING}$")
_RU_GERUND = re.compile(r"^(.{2,}?[аяие])в(?:ши|шись)?$")
_RU_NEGATED = re.compile(rf"^не(.{{3,}}{_RU_ENDING})$")


def _russian_verbs(key: str) -> list[str]:
    """The infinitives a Russian participle or adverbial participle `key` may be a form of, and the word a negated
    adjective or participle is without не; none for another word."""
    word = key.lower()
    found: list[str] = []
    if negated := _RU_NEGATED.match(word):
        found.append(negated[1])
        word = negated[1]
    if participle := _RU_PARTICIPLE.match(word):
        stem, suffix = participle[1], participle[2]
        if suffix in ("ющ", "ем") and stem[-1] in "аяе":
            found.append(stem + "ть")  # исключающие, заключаемого: исключать, заключать
        if suffix in ("ющ", "ущ") and stem.endswith("у"):
            found += [stem[:-1] + "овать", stem[:-1] + "евать"]  # требующим: требовать
        if suffix in ("ющ", "ущ") and not stem.endswith("у"):
            found.append(stem + "ть")
        if suffix in ("ащ", "ящ", "им"):
            found += [stem + "ить", stem + "ать", stem + "ять", stem + "еть"]  # хранящие, хранимые: хранить
    elif gerund := _RU_GERUND.match(word):
        found.append(gerund[1] + "ть")  # направив, нажав, ознакомившись: направить, нажать, ознакомиться
        found.append(gerund[1] + "ться")
    return found


# An infinitive with the pronouns written onto it (Spanish "enviarle", "oponerse", "facilitárnoslo"; Italian
# "inviarle", "contattarci", "fornirvi"), as no list of forms has them all: the infinitive is looked up; and in
# Spanish an imperative or gerund whose pronouns called for an accent (“contáctenos”, “indíquenos”, “enviándole”: the
# stressed syllable a few letters before them; “datosle” has none), looked up without them and the accent.
_CLITICS = {"es": re.compile(r"(?:(?<=[aeiáéí]r)|(?<=[áéíóú].)|(?<=[áéíóú]..)|(?<=[áéíóú]...)|(?<=[áéíóú]....))"
                             r"(?:me|te|se|le|les|lo|los|la|las|nos|os)(?:le|les|lo|los|la|las)?$"),
            "it": re.compile(r"(?<=[aei]r)(?:mi|ti|si|ci|vi|lo|la|li|le|ne|gli|glie(?:lo|la|li|le|ne)|me(?:lo|la|li|le|"
                             r"ne)|te(?:lo|la|li|le|ne)|ce(?:lo|la|li|le|ne)|ve(?:lo|la|li|le|ne)|se(?:lo|la|li|le|ne))$")}
# Italian writes them onto an imperative and a gerund too: "scrivici", "contattaci" (write to us, contact us: every
# Italian policy's last section), "contattateci", "inviandoci"; the form before them is looked up where it is a verb's
# (simplemma's lemma of it an infinitive: "casaci" is no word).
_ITALIAN_VERB_CLITICS = re.compile(r"(?<=[aeio])" + _CLITICS["it"].pattern.removeprefix(r"(?<=[aei]r)"))
_ITALIAN_VERB_FORM = re.compile(r"(?:[ai]|[aei]te|[ae]ndo)$")
_UNSTRESSED = str.maketrans("áéíóú", "aeiou")


def _without_clitics(key: str, base: str) -> list[str]:
    """The infinitive `key` is with its pronouns written onto it (enviarle: enviar; inviarle: inviare), or none."""
    pattern = _CLITICS.get(base)
    found = pattern.search(key) if pattern else None
    if found is None:
        return _italian_verb_form(key) if base == "it" else []
    verb = key[:found.start()].translate(_UNSTRESSED)  # facilitárnoslo: the accent the pronouns called for goes
    return [verb + "e"] if base == "it" else [verb]


# Spanish as Argentina, Uruguay and Paraguay write it, with vos: a present "podés", "usás" (the infinitive's ending
# stressed) and an imperative with its pronouns written onto it, its accent gone, "contactanos", "escribinos",
# "comunicate" (contactá + nos: every such policy's last section), which no list of forms holds: each is read as its
# infinitive (poder, usar, contactar, escribir). Elsewhere "contactanos" lacks the accent tú calls for (contáctanos).
VOSEO = frozenset({"es-ar", "es-uy", "es-py"})
_VOSEO_PRESENT = re.compile(r"([áéí])s$")
_VOSEO_IMPERATIVE = re.compile(r"(?<=[aei])(?:me|te|se|le|les|lo|los|la|las|nos)(?:le|les|lo|los|la|las)?$")


def _voseo_infinitives(key: str) -> list[str]:
    """The infinitive a vos form `key` is of (podés: poder; contactanos: contactar), or none."""
    word = key.lower()
    if present := _VOSEO_PRESENT.search(word):
        return [word[:present.start()] + present[1].translate(_UNSTRESSED) + "r"]
    if imperative := _VOSEO_IMPERATIVE.search(word):
        return [word[:imperative.start()] + "r"]
    return []


def _italian_verb_form(key: str) -> list[str]:
    """The imperative or gerund `key` is with its pronouns written onto it (contattaci: contatta; inviandoci:
    inviando), where it is a verb's form; else none."""
    import simplemma

    found = _ITALIAN_VERB_CLITICS.search(key.lower())
    form = key[:found.start()] if found and _ITALIAN_VERB_FORM.search(key[:found.start()].lower()) else ""
    lemma = simplemma.lemmatize(form.lower(), lang="it") if form else ""
    return [form] if re.search(r"(?:are|ere|ire|rre)$", lemma) else []


# Languages whose pyspellchecker list holds a word's dictionary form only (Spanish "dato", "tratar", never "datos",
# "tratamos"; Italian, Brazilian Portuguese and Russian plurals, cases and verb forms): a word is also known where
# simplemma's list of the language's inflected forms has it (company3: a German company's correct Spanish translation
# was judged against a dictionary unfit for it, its spelling never checked). Not for a word list's entries: one listed
# before stays as it was, not said to be known already.
INFLECTED_FORMS = frozenset({"es", "it", "ru"})  # and Brazilian Portuguese: simplemma's `pt` holds Brazil's forms


@functools.cache
def _vocabulary(base: str) -> frozenset[str]:
    """The generator's words of data-protection texts the dictionary of `base` lacks (vocabulary/<base>.txt:
    profilage, pseudonymisation, Auftragsverarbeiter), keys as _key makes them."""
    path = Path(__file__).parent / "vocabulary" / f"{base}.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(_key(line.split("#", 1)[0].strip()) for line in path.read_text(encoding="utf-8").splitlines()
                     if line.split("#", 1)[0].strip())


@functools.cache
def _latin() -> tuple[frozenset[str], frozenset[str]]:
    """The Latin words (keys as _key makes them) and locutions (as written, matched whole as a listed phrase is) that
    legal texts write in every language, which no dictionary has (vocabulary/latin.txt: infra, quater, in fine,
    mutatis mutandis; legal hunt 15: "in" of "in fine", "hoc" of "ad hoc", "versa" of "vice versa" said unknown)."""
    path = Path(__file__).parent / "vocabulary" / "latin.txt"
    entries = [line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines()]
    return (frozenset(_key(e) for e in entries if e and not _PHRASE_SPACE.search(e)),
            frozenset(e for e in entries if _PHRASE_SPACE.search(e)))


# Languages that write compounds as one word, which no dictionary lists all of (Datenschutzerklärung,
# Webseitenbesucher, gegevensbescherming), and the linking letters between their parts (Verhalten-s-regel).
_COMPOUNDING = frozenset({"de", "nl", "sv", "da", "nb", "no", "nn"})
_PART_MIN = 3


def _compound(key: str, holds: Callable[[str], bool], depth: int = 0) -> bool:
    """`key` is two to four known words joined, perhaps with a linking letter (Daten+schutz+erklärung,
    Onlineangebot+es); each part has at least three letters, so a typo rarely splits into known words."""
    if depth > 3 or len(key) < 2 * _PART_MIN:
        return False
    for cut in range(_PART_MIN, len(key) - _PART_MIN + 1):
        head, tail = key[:cut], key[cut:]
        if not _head(head, holds):
            continue
        if holds(tail) or _compound(tail, holds, depth + 1):
            return True
    return False


_LINKS = ("s", "es", "n", "en", "e")


def _linked(key: str, holds: Callable[[str], bool]) -> bool:
    """`key` a compound written with hyphens whose parts are known words, those before a hyphen perhaps with their
    linking letter (Sitzungs-Cookies, Einwilligungs-Management: Sitzungs is no word of its own)."""
    *heads, tail = _HYPHENS.split(key)
    if not heads or not (holds(tail) or _compound(tail, holds)):
        return False
    return all(_head(head, holds) or _compound(head, holds) for head in heads)


def _head(head: str, holds: Callable[[str], bool]) -> bool:
    """A compound's first part: a known word, perhaps with its linking letter (Verhalten-s)."""
    return holds(head) or any(head.endswith(link) and len(head) - len(link) >= _PART_MIN and holds(head[:-len(link)])
                              for link in _LINKS)


def _arabic_stems(key: str) -> list[str]:
    """The forms an Arabic word is looked up as, the letters written onto it taken off, each a guess that counts
    only where the dictionary holds it: the conjunction (و، ف), a preposition (ب، ل، ك; لل for ل + ال) or the
    future's س before a verb's person (سنحذف), the article (ال), an attached pronoun (ها، هم، كم، ك، نا …:
    نحذفها as نحذف, استفساراتك as استفسارات, a ت before it as the ة it stands for), and a verb's person
    (نخطر, "we notify", as يخطر, a form the dictionary has): pyspellchecker's list holds some forms of a word
    only, and a correct Arabic text had one word in thirty refused (وسنخطرك, تفضيلاتك, متصفحك)."""
    forms = [key]
    for form in [key, *([key[1:]] if len(key) > 3 and key[0] in "وف" else [])]:
        forms.append(form)
        if len(form) > 3 and (form[0] in "بلك" or (form[0] == "س" and form[1] in _AR_PERSONS)):
            forms.append(form[1:])
        if len(form) > 4 and form.startswith("لل"):
            forms += ["ال" + form[2:], form[2:]]
    forms += [form[2:] for form in forms if form.startswith("ال") and len(form) > 3]
    for form in list(forms):
        pronoun = next((end for end in _AR_PRONOUNS if form.endswith(end) and len(form) - len(end) >= 3), None)
        if pronoun:
            stem = form[:-len(pronoun)]
            forms += [stem, stem[:-1] + "ة"] if stem.endswith("ت") else [stem]
    forms += [person + form[1:] for form in list(forms) if len(form) > 3 and form[0] in _AR_PERSONS
              for person in _AR_PERSONS if person != form[0]]
    return list(dict.fromkeys(form for form in forms if form != key))


_AR_PRONOUNS = ("كما", "هما", "كم", "كن", "هم", "هن", "ها", "نا", "ك")  # the longer first: كم before ك
_AR_PERSONS = "نيتأ"  # the imperfect's prefixes: we, he, you or she, I


_BRITISH = ((re.compile(r"is(e|ed|es|ing|ation|ations|er|ers)$"), r"iz\1"), (re.compile(r"ys(e|ed|es|ing)$"), r"yz\1"),
            (re.compile(r"our(s|ed|ing|ful|able|ite|ites)?$"), r"or\1"), (re.compile(r"ence(s)?$"), r"ense\1"),
            (re.compile(r"tre(s)?$"), r"ter\1"), (re.compile(r"ogue(s)?$"), r"og\1"),
            (re.compile(r"ll(ed|ing|er|ers)$"), r"l\1"), (re.compile(r"our"), "or"))


def _european(word: str) -> list[str]:
    """The European Portuguese spellings a Brazilian one may be (pyspellchecker's `pt` is European): a circumflex
    before m or n an acute (anônimo, anónimo; econômico; gênero), a c or p Brazil no longer writes (contato,
    contacto; seção, secção; eletrônico, electrónico), "str" as "st" (registro, registo). A guess each: only
    those in the dictionary count."""
    accents = re.sub(r"[ôê](?=[mn])", lambda m: {"ô": "ó", "ê": "é"}[m.group()], word)
    forms = {accents}
    for base in (word, accents):
        forms |= {base[:m.start()] + "c" + base[m.start():] for m in re.finditer(r"(?<=[aeiouéó])[tç]", base)}
        forms |= {base[:m.start()] + "c" + base[m.start():] for m in re.finditer(r"(?<=ele)t", base)}
        forms.add(base.replace("str", "st"))
    forms.discard(word)
    return sorted(forms)


# Switzerland and Liechtenstein write no ß: ss in its place (gemäss, Massnahmen, schliessen, Strasse), and
# pyspellchecker's German list writes ß: a Swiss word is read as each spelling with ß it may be, its parts too.
_SWISS = NO_ESZETT


def _eszett(word: str) -> list[str]:
    """The spellings with ß a Swiss one may be, each ss written ß or kept (a guess each: only those in the
    dictionary count); a word of more than four ss is read with all of them ß or none."""
    parts = word.split("ss")
    if len(parts) > 5:
        return [word.replace("ss", "ß")]
    forms = [parts[0]]
    for part in parts[1:]:
        forms = [form + join + part for form in forms for join in ("ss", "ß")]
    return [form for form in forms if form != word]


def _american(word: str) -> list[str]:
    """The American spellings a British one may be (a guess each: only those in the dictionary count)."""
    return [pattern.sub(us, word) for pattern, us in _BRITISH if pattern.search(word)]


@functools.cache
def _checker(lang: str) -> SpellChecker:
    """pyspellchecker itself, loaded only to suggest a correction (about 0.3 s each)."""
    try:
        return SpellChecker(language=lang.split("-")[0].lower(), distance=1)
    except ValueError as exc:
        raise ValueError(Said("spelling.no-dictionary/suggest", code=lang)) from exc


def _used_keys(policy: Policy | Sequence[Policy], words: frozenset[str], others: Sequence[str] = ()) -> set[str]:
    """Keys of every word, compound and listed phrase that `policy` (or any of several pages) contains, or `others`
    (texts in the language of the first)."""
    phrases = _phrases(words)
    used: set[str] = set()
    pages = [policy] if isinstance(policy, Policy) else list(policy)
    read = [(text, block, one.lang) for one in pages for _, _, text, block in texts(one)]
    read += [(text, None, pages[0].lang) for text in others] if pages else []
    for text, block, lang in read:
        text = _without_code(text, block)
        if phrases:
            used.update(_key(m.group()) for m in phrases.finditer(text))
        used.update(_key(w) for word in words_of(text, lang=lang) for w in _candidates(word))
    return used


def _without_code(text: str, block: Block | None) -> str:
    """A block's text without what its Markdown writes as code (`cookielawinfo`, `_ga`): names, not words."""
    if block is None or "`" not in block.markdown:
        return text
    for start, stop in code_spans(block.markdown):
        code = block.markdown[start:stop].strip("`").strip()
        if code:
            text = text.replace(code, " " * len(code), 1)
    return text


def _paths(policy: Policy | Sequence[Policy]) -> tuple[str, ...]:
    """The pages a word list serves, as `{paths:or}` says them."""
    return (policy.path,) if isinstance(policy, Policy) else tuple(one.path for one in policy)


def _entries(text: str) -> Iterator[tuple[int, str, str]]:
    """(line, word, justification) of each entry of a word list; a byte order mark (Windows editors write one) is
    none of its first word's letters (history hunt 33: that word was unknown, and said unused)."""
    for number, raw in enumerate(text.removeprefix("\ufeff").splitlines(), start=1):
        word, _, why = raw.partition("#")
        word = unicodedata.normalize("NFC", word.strip())
        if len(word) > 2 and word[0] + word[-1] in ('""', "“”", "„“", "«»", "''"):
            word = word[1:-1].strip()  # a name of several words, quoted whole as the list's header says
        if word:
            yield number, word, why.strip()


def _word(piece: str, offset: int, lang: str) -> Word | None:
    """One slash-free piece: elision or possessive removed, then cut at hyphens into parts."""
    stripped = piece.lstrip(_EDGES)
    offset += len(piece) - len(stripped)
    piece = stripped.rstrip(_EDGES)
    elision = _ELISIONS.get(lang.split("-")[0].lower())
    if elision is not None:
        elided = elision.match(piece)
        if elided:
            piece, offset = piece[elided.end():], offset + elided.end()
    elif lang == "en" and len(piece) > 2 and piece[-2] in _APOSTROPHES and piece[-1] in "sS":
        piece = piece[:-2]  # possessive: Example’s
    if not piece:
        return None
    if not _HYPHENS.search(piece):
        parts: tuple[tuple[str, int], ...] = () if _ROMAN.fullmatch(piece) else ((piece, offset),)
    else:
        parts = tuple((m.group(), offset + m.start()) for m in _PART.finditer(piece)
                      if not _ROMAN.fullmatch(m.group()))
    return Word(piece, offset, parts) if parts else None


def _candidates(word: Word) -> list[str]:
    """What is looked up for a word: the whole compound (sous-traitant, Tier-III), then each part."""
    return ([word.text] if _HYPHENS.search(word.text) else []) + [p for p, _ in word.parts]


def _unknown_parts(word: Word, listed: dict[str, str], unknown: set[str],
                   worded: frozenset[str] = frozenset()) -> list[str]:
    """The parts of `word` that neither the dictionary nor the list know; a known compound has none. `worded`: the
    words in capitals the dictionary knows (ARTICLE)."""
    if _HYPHENS.search(word.text) and _known(word.text, listed, unknown, worded):
        return []
    return [p for p, _ in word.parts if not _known(p, listed, unknown, worded)]


def _known(word: str, listed: dict[str, str], unknown: set[str], worded: frozenset[str] = frozenset()) -> bool:
    key = _key(word)
    if key in listed or key in worded:
        return True
    return not _is_acronym(word) and key not in unknown


def shouting(text: str) -> bool:
    """A line written in capitals throughout: two words or more, one of four letters or more (CONTACT US), or three
    words or more however short (WHO WE ARE, HOW WE USE IT: adoption hunt 32, each word listed as an acronym); two
    short ones are acronyms (EU, UK)."""
    letters = re.findall(r"[^\W\d_]{2,}", text)
    return (len(letters) >= 3 or len(letters) == 2 and any(len(w) >= 4 for w in letters)) \
        and all(w.isupper() for w in letters)


def _is_acronym(word: str) -> bool:
    """Two or more capitals and no lower case: RGPD, MSISDN, PCI-DSS; these must be in the word list."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


@functools.lru_cache(maxsize=1 << 16)
def _key(word: str) -> str:
    """How words are compared: case, apostrophe, ligature (œuvre = oeuvre) and spacing do not matter."""
    word = unicodedata.normalize("NFC", word).replace("’", "'").lower().replace("œ", "oe").replace("æ", "ae")
    # اهتمامًا is looked up as اهتماما, as dictionaries write it; a word stretched by tatweel (كـتـاب) as written plain
    return " ".join(_MARK.sub("", word).replace("\u0640", "").split())


@functools.lru_cache(maxsize=16)
def _phrases(words: frozenset[str]) -> re.Pattern[str] | None:
    """Listed phrases (a foreign proper name quoted whole), found case-insensitively across any spacing."""
    phrases = sorted((w for w in words if _PHRASE_SPACE.search(w)), key=len, reverse=True)
    if not phrases:
        return None
    alternatives = (r"\s+".join(_literal(w) for w in phrase.split()) for phrase in phrases)
    return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)", re.I)


def _literal(word: str) -> str:
    """A regex matching `word` as written, either apostrophe matching both."""
    return "".join("['’]" if c in _APOSTROPHES else re.escape(c) for c in word)


def _suggest(word: str, checker: SpellChecker, listed: dict[str, str]) -> str | None:
    """The likeliest word one edit away, from the word list first, then the dictionary; None if none."""
    key = _key(word)
    edits = checker.edit_distance_1(key)
    from_list = sorted(listed[e] for e in edits if e in listed)
    if from_list:
        return from_list[0]
    if _is_acronym(word):
        return None
    candidates = checker.known(edits)
    if not candidates:
        return None
    plain = _strip_accents(key)
    accents_only = [c for c in candidates if _strip_accents(c) == plain]
    best = max(accents_only or candidates, key=lambda c: (checker[c], c))
    return best[:1].upper() + best[1:] if word[:1].isupper() else best


def _strip_accents(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
