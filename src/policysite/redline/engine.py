"""The redline engine: two versions of a policy, sections matched first, then words inside changed blocks.

Sections are matched by identity (same number and title), then by content, so that a
renumbered or moved section is said as such instead of deleted and re-added. Inside a
pair of changed blocks, words are diffed with whitespace attached to the word before
them: a few hundred tokens per block, which keeps difflib in milliseconds (characters or
separate whitespace tokens make it quadratic on the popular tokens; see bench/). A punctuation
mark is a token of its own, so that "Allemagne." becoming "Allemagne et aux Pays-Bas." marks
only "et aux Pays-Bas", as a lawyer's compare tool does; a word keeps its inner hyphens,
apostrophes, dots and slashes ("Pays-Bas", "l’accès", "12.3", "example.test/help"). A table is paired with a
table, as a compare tool pairs them: its columns by content (a column removed is removed whole, the others diffed
against their own), then its rows, each row's ops cell by cell (model.BlockChange.cells).

Words are compared as the page shows them (`shown`): a block's inline HTML is markup, not words (`<sup>1</sup>`
after "adaptées" reads "adaptées1", as on the page and in policy.json, which the compare page diffs); a superscript so
glued to a word is a token of its own, cut where its tags were (`cuts`, policy.json's `sup`), so that adding the
footnote marks only its call ("1", "a"), and digits a word writes are its own ("mp3").

overrides/assets/javascripts/redline.js is this engine for the browser, line for line:
change one, change the other (tests/integration/test_redline_parity.py).
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate

from policysite.document import SECTION_NUMBER, Block, Policy, Section, label_of, notice_page
from policysite.marks import MARKS
from policysite.messages import Said
from policysite.redline import references
from policysite.redline.model import (
    DELETE,
    EQUAL,
    INSERT,
    BlockChange,
    Notes,
    Op,
    Redline,
    SectionChange,
    Token,
    Tokenizer,
)
from policysite.strings import blank

BLOCK_CUTOFF = 0.5  # two blocks sharing less than this ratio of words are a removal and an addition
CONTAINED = 0.6  # ... unless the shorter one is kept at least this much
SECTION_CUTOFF = 0.6  # same for sections whose number and title both changed
SAME_TITLE_CUTOFF = 0.3  # a section keeping its title needs less shared text to be the same section

# SequenceMatcher's time grows with the cube of a block's tokens where they repeat (a paragraph of "le la le la…"
# rewritten took hours): beyond this many pairs of tokens, the words both texts begin and end with are kept and
# the middle is compared only if it is within it again, else it is replaced whole (redline.js does the same).
MAX_PAIRS = 400_000
# Pairing the blocks of a replaced run compares each old block with each new one: beyond this many pairs of blocks,
# or of their words, the run is paired in order instead (security hunt 28: a section of 300 paragraphs, each with
# a word changed, held `publish` for minutes; redline.js does the same).
MAX_RUN_BLOCKS = 2_500
MAX_RUN_WORDS = 25_000_000
PROSE = {"paragraph", "item"}  # kinds of block that may turn into each other

# A word (letters, digits, _) with its inner joiners, or one punctuation mark; then the whitespace after it.
# Chinese and Japanese write no spaces between words: each of their characters is a word of its own (so 我们 →
# 本网站 marks those characters, not the whole clause), as legal comparison tools cut them.
_TARGET = re.compile(r"\s*\S+\s*")
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
# Thai, Lao, Myanmar and Khmer write no spaces between words either, and their words are many characters long: each
# letter with its marks (a consonant and its vowel sign, ก็, ห้) is a word of its own, as Chinese characters are (a
# changed number, สาม three to ห้า five, marked those letters, not the whole sentence).
_SEA = "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff"
# Characters a reader never sees in a word: a soft hyphen (shown only where a line breaks), a zero-width space, a word
# joiner, a zero-width no-break space (what a word processor or a copy from a PDF leaves in a text). Part of the word
# they stand in, and compared without (_unseen, redline.js: INVISIBLE): put in or taken out, a formatting-only edit.
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_LETTERS = rf"(?:(?![{_CJK}{_SEA}])[\w{MARKS}{_INVISIBLE}])+"
# The invisible direction marks (U+200E, U+200F, U+061C, the embeddings and overrides U+202A–U+202E, the isolates
# U+2066–U+2069): they change the order a reader sees, never a word. Put in or taken out (`⁦+966 11 123 4567⁩`, as
# `policy import` and editorial.bidi have a number written in a right-to-left text), they are a formatting-only edit,
# compared as spaces and kept with the whitespace beside a token (redline.js: DIRECTIONAL).
_DIRECTIONAL = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TOKEN = re.compile(rf"[\s{_DIRECTIONAL}]*(?:[{_CJK}]|[{_SEA}][{MARKS}]*|{_LETTERS}(?:[-‐‑‒–—−'’.,:/@]+{_LETTERS})*"
                    rf"|\.\.+|--+|[^\w\s{MARKS}{_DIRECTIONAL}])[\s{_DIRECTIONAL}]*")
_WORD = re.compile(rf"[{_CJK}]|[^{_CJK}\s]+")
_EDGES = re.compile(rf"([\s{_DIRECTIONAL}]*)(.*?)([\s{_DIRECTIONAL}]*)", re.S)
# The same mark written typographically or not: a typographic apostrophe for a straight one (`l'accès`, `l’accès`),
# curly quotes for straight ones, a no-break hyphen for a hyphen, a dash or a minus sign for a hyphen-minus
# (`2020-2021`, `2020–2021`: what a word processor's autocorrect writes; a dash between words joins them as a hyphen
# does), guillemets for quotes (`« mot »`, `"mot"`). Words are compared with these folded, as their spaces are
# collapsed: such an edit is a formatting-only edit, not a word replaced (redline.js: TYPOGRAPHIC). An ellipsis is its
# three full stops (`...`, `…`: a token each, _ELLIPSIS); a dash, the hyphens it is typed as (`--`, `—`, what an
# autocorrect or SmartyPants makes of them: a token each, one hyphen compared, _HYPHENS).
# (German and Polish write their quotes low, `‚so‘` and `„so“`: the low single one and the reversed ones too; a
# quotation dash, U+2015, is a dash)
_TYPOGRAPHIC = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201c": '"', "\u201d": '"',
                              "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
                              "\u2015": "-", "\u2212": "-", "\u00ab": '"', "\u00bb": '"', "\u201e": '"',
                              "\u2039": "'", "\u203a": "'", "\u201a": "'", "\u201b": "'", "\u201f": '"'})


# (and the full-width forms: _FULL_WIDTH)
_TYPOGRAPHIC_MARK = re.compile(f"[\u2019\u2018\u02bc\u201c\u201d\u2010-\u2015\u2212\u00ab\u00bb\u201e\u2039\u203a"
                               f"\u201a\u201b\u201f\uff01-\uff5e{_DIRECTIONAL}]")
_ELLIPSIS = "\u2026"
_HYPHENS = re.compile("--+")
# Full-width forms of the ASCII characters (`３`, `Ａ`, `（`, what a Japanese or Chinese text writes beside its
# characters): the same character at another width, folded to it, one for one (redline.js: FULL_WIDTH)
_FULL_WIDTH = re.compile("[\uff01-\uff5e]")
_FOLDED = {chr(mark): folded for mark, folded in _TYPOGRAPHIC.items()}
_DIRECTION_MARK = re.compile(f"[{_DIRECTIONAL}]")


def fold(text: str) -> str:
    """`text` with its typographic marks folded (_TYPOGRAPHIC, the full-width forms too: _FULL_WIDTH) and its direction
    marks made spaces (_DIRECTIONAL), each one character for one: each mark the text holds replaced (str.translate
    doubled the redline's time of a French text, whose every `’` it looked up character by character; a replace of
    every mark folded, each a scan, tripled fold's)."""
    found = _TYPOGRAPHIC_MARK.findall(text)
    if not found:
        return text
    for mark in set(found):
        text = text.replace(mark, _FOLDED.get(mark) or (chr(ord(mark) - 0xFEE0) if _FULL_WIDTH.match(mark) else " "))
    return text


def undirected(text: str) -> str:
    """`text` without its direction marks (_DIRECTIONAL): what a reader sees of it."""
    return _DIRECTION_MARK.sub("", text)


def plain(text: str) -> str:
    """`text` as its words are compared: composed (NFC: a title typed `ê` as e + U+0302, as an editor saving decomposed
    text writes Vietnamese, is the same title), its typographic marks folded (_TYPOGRAPHIC), its direction marks taken
    out (_DIRECTIONAL) and its spaces collapsed."""
    return _norm(fold(composed(text)))


def words(text: str) -> list[str]:
    """The words blocks and sections are paired by (composed, as `plain`'s): what whitespace separates, each Chinese
    or Japanese character on its own."""
    return _WORD.findall(fold(composed(text)))


def composed(text: str) -> str:
    """`text` in Unicode's composed form (NFC), as a reader sees it: the same words however an editor saved them."""
    return text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)


# --- words ----------------------------------------------------------------------------


# A footnote's mark written in superscript digits after a word or its full stop ("clauses¹", "clauses.²"): a token of
# its own, so that a footnote added marks only its number, not the word it follows (redline.js: NOTE). One the page
# draws with `<sup>` is known by where its tags are (cuts: `clauses<sup>a</sup>`); plain digits after letters are the
# word's own (`mp3`, `B2B`, `H2`: mp3 → mp4 is that word replaced, as a lawyer's compare tool marks it, not "mp" kept).
_NOTE = re.compile(r"(?<=[^\W\d_])([.,:]?)([\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+)$")
# ... whether a text has one, its mark looked for first (a word's letter first tried the rest at nearly every
# character: word_tokens took 40% longer on the policy; the mark first, about 7%)
_NOTED = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079](?:(?<=[^\W\d_].)|(?<=[^\W\d_][.,:].))")
_SUPERSCRIPT = re.compile(r"[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]$")


def word_tokens(text: str) -> list[Token]:
    """Words and punctuation marks with the whitespace after them attached; compared without that whitespace, their
    typographic marks folded (_TYPOGRAPHIC); a footnote's number in superscript digits glued to the word before it a
    token of its own (_NOTE)."""
    folded = fold(text)  # the same length: each mark folded is one character
    tokens = [(folded[m.start():m.end()].strip(), m.group()) for m in _TOKEN.finditer(text)]
    if _ELLIPSIS in text:
        tokens = [("..." if key == _ELLIPSIS else key, written) for key, written in tokens]
    if "--" in folded:
        tokens = [(_HYPHENS.sub("-", key), written) for key, written in tokens]
    tokens = _notes_apart(tokens) if _NOTED.search(folded) else tokens
    return _unseen(tokens) if _UNSEEN.search(text) or not unicodedata.is_normalized("NFC", text) else tokens


_UNSEEN = re.compile(f"[{_INVISIBLE}\ufb00-\ufb06]")
_HIDDEN = re.compile(f"[{_INVISIBLE}]")
_LIGATURE = re.compile("[\ufb00-\ufb06]")


def _unseen(tokens: list[Token]) -> list[Token]:
    """`tokens` compared as a reader sees their words: without the characters no one sees (_INVISIBLE), a letter and
    its accents as one (`é` written `e` and U+0301, NFC), a ligature as its letters (`ﬁ` from a PDF, `fi`); a token of
    invisible characters only is part of the token before it (or after it, at the text's start)."""
    out: list[Token] = []
    carried = ""
    for key, written in tokens:
        key = unicodedata.normalize("NFC", _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m[0]),
                                                         _HIDDEN.sub("", key)))
        if key:
            out.append((key, carried + written))
            carried = ""
        elif out:
            out[-1] = (out[-1][0], out[-1][1] + written)
        else:
            carried += written
    return out if not carried else [("", carried)]


Cuts = tuple[int, ...]  # places in a text where a word ends whatever its letters (a superscript's edges)
NO_CUTS: tuple[Cuts, Cuts] = ((), ())


def cuts(block: Block | None) -> Cuts:
    """Where the superscripts of a block (its "sup" marks, from its `<sup>` tags) begin and end in the text the redline
    compares (`page_text`): "clauses" and "a" of `clauses<sup>a</sup>`, which the page flattens into "clausesa", are
    two words there (redline.js: cutsOf)."""
    if block is None or block.kind == "code" or not block.markdown or not block.marks:
        return ()
    size = len(block.text)  # (the redline's blocks hold the text the page shows: _shown)
    return tuple(sorted({edge for start, end, kind, _ in block.marks if kind == "sup" for edge in (start, end)
                         if 0 < edge < size}))


def cell_cuts(block: Block | None, k: int) -> Cuts:
    """`cuts` of a row's cell `k`, counted from that cell's start (its cells are its text joined by " | ")."""
    found = cuts(block)
    if not found or block is None or k >= len(block.cells):
        return ()
    start = sum(len(cell) + 3 for cell in block.cells[:k])
    return tuple(at - start for at in found if start < at < start + len(block.cells[k]))


def cut(tokens: list[Token], at: Cuts, tokenize: Tokenizer = word_tokens) -> list[Token]:
    """`tokens` (of a text, joined as written) with each token that `at` falls inside (between its first character and
    its last, not in its spaces) read again as its pieces apart."""
    if not at:
        return tokens
    out: list[Token] = []
    start = 0
    k = 0
    for token in tokens:
        written = token[1]
        end = start + len(written)
        while k < len(at) and at[k] <= start:
            k += 1
        lead, core, _trail = edges(written)
        inside = [c - start for c in at[k:] if start + len(lead) < c < start + len(lead) + len(core)]
        if not inside:
            out.append(token)
        else:
            bounds = [0, *inside, len(written)]
            for a, b in zip(bounds, bounds[1:]):
                out += tokenize(written[a:b])
        start = end
    return out


def _notes_apart(tokens: list[Token]) -> list[Token]:
    """`tokens` with each word ending in a footnote's number (_NOTE) cut into the word, its joiner and the number."""
    out: list[Token] = []
    for key, written in tokens:
        note = _NOTE.search(key) if _SUPERSCRIPT.search(key) else None
        if note is None:
            out.append((key, written))
            continue
        # the whitespace and direction marks before it (a text's first token only), which its key has not
        lead = len(written) - len(fold(written).lstrip())
        cuts = (0, note.start(1), note.start(2), len(key))
        at = (0, lead + cuts[1], lead + cuts[2], len(written))
        out += [(key[cuts[k]:cuts[k + 1]], written[at[k]:at[k + 1]]) for k in range(3) if cuts[k + 1] > cuts[k]]
    return out


def edges(written: str) -> tuple[str, str, str]:
    """A token as written: the whitespace and direction marks before it (at a text's start), its own characters, and
    the whitespace and direction marks after it."""
    match = _EDGES.fullmatch(written)  # it matches any text
    return (match[1], match[2], match[3]) if match else ("", written, "")


def target_tokens(text: str) -> list[Token]:
    """Link targets, each whole with the whitespace after it: a changed address is marked whole."""
    return [(m.group().strip(), m.group()) for m in _TARGET.finditer(text)]


def _trailing_space(token: str) -> str:
    return token[len(token.rstrip()):]


def word_ops(old: str, new: str, *, tokenize: Tokenizer = word_tokens, at: tuple[Cuts, Cuts] = NO_CUTS) \
        -> tuple[Op, ...]:
    """Ops turning `old` into `new`: equal runs carry the new text, so joining non-deleted ops gives `new`. `at`: each
    text's `cuts`, where a word ends whatever its letters. Deleted words sit where the old text had them: after the
    space it had before them, and against the word before where it had none (`data, for` → `data for`: the comma is
    deleted after `data`, the space after it, not `data [-,-] for`)."""
    a, b = cut(tokenize(old), at[0], tokenize), cut(tokenize(new), at[1], tokenize)
    ka, kb = [k for k, _ in a], [k for k, _ in b]
    ops: list[Op] = []
    if ka == kb:
        return ((EQUAL, new),) if new else ()
    moved = ""  # the kept words' space, after the deleted words that the old text wrote against them
    for tag, i1, i2, j1, j2 in _letters_joined(_numbers_joined(opcodes(ka, kb), ka, kb), a, b):
        if tag == "equal":
            _push(ops, EQUAL, moved + "".join(t for _, t in b[j1:j2]))
            moved = ""
            continue
        if i2 > i1:
            # the space the old text had before the deleted words, where the kept words now end without one
            space = _trailing_space(a[i1 - 1][1]) if i1 and not _trailing_space(b[j1 - 1][1] if j1 else " ") else ""
            moved = _attached(ops, a[i1 - 1][1], b[j1 - 1][1]) if i1 and j1 and max(j2, j1 + 1) <= len(b) else ""
            _push(ops, DELETE, space + "".join(t for _, t in a[i1:i2]))
        if j2 > j1:
            _push(ops, INSERT, moved + "".join(t for _, t in b[j1:j2]))
            moved = ""
    return tuple(ops)


def _attached(ops: list[Op], before_old: str, before_new: str) -> str:
    """Where the old text wrote the deleted words against the word before them (`before_old`) and the new text has a
    space after it (`before_new`): that space, taken off the end of the kept words (the last of `ops`), to go after
    the deleted words; else ""."""
    space = _trailing_space(before_new)
    if not space or _trailing_space(before_old) or not ops or ops[-1][0] != EQUAL or not ops[-1][1].endswith(space):
        return ""
    kept = ops[-1][1][:-len(space)]
    if not kept:
        return ""
    ops[-1] = (EQUAL, kept)
    return space


# A number written between Chinese or Japanese characters (`1` of 2024年1月5日): kept alone between two edits, it is
# the same digit in other words, not a word kept (2024年1月5日 → 2025年6月1日 was marked 2025年{+6月+}1[-月5-]日, the
# month's 1 kept as the day's); such a number is marked with the edits around it (redline.js: numbersJoined).
_NUMBER = re.compile("[0-9\uff10-\uff19]+")
_IDEOGRAPH = re.compile(f"[{_CJK}]")


def _numbers_joined(codes: Sequence[tuple[str, int, int, int, int]], ka: list[str], kb: list[str]) \
        -> list[tuple[str, int, int, int, int]]:
    """`codes` with each lone number kept between two edits among Chinese or Japanese characters made part of them."""
    out: list[tuple[str, int, int, int, int]] = []
    for code in codes:
        if len(out) >= 2 and code[0] != "equal" and out[-2][0] != "equal" and _lone_number(out[-1], ka, kb):
            (_, i1, _, j1, _), _kept = out[-2], out.pop()
            out[-1] = ("replace", i1, code[2], j1, code[4])
            continue
        out.append(code)
    return out


def _lone_number(code: tuple[str, int, int, int, int], ka: list[str], kb: list[str]) -> bool:
    tag, i1, i2, j1, j2 = code
    return tag == "equal" and i2 - i1 == 1 and bool(_NUMBER.fullmatch(ka[i1])) and all(
        0 < at < len(keys) - 1 and _IDEOGRAPH.fullmatch(keys[at - 1]) and _IDEOGRAPH.fullmatch(keys[at + 1])
        for keys, at in ((ka, i1), (kb, j1)))


# Thai, Lao, Myanmar and Khmer letters are compared one by one (_SEA), and two words of such a text share letters a
# word of Latin letters would not be cut at: a few letters kept between two edits are the same letters in other
# words, not a word kept (มกราคม → มิถุนายน, January to June, was marked [-มกร-]{+มิถุน+}า[-คม-]{+ยน+}, the month cut
# into five pieces). Such letters, no more of them than either edit has, are marked with the edits around them, until
# none is left: a diff's semantic clean-up (Neil Fraser's diff-match-patch), for the scripts compared by letter; letters
# that a space (or the text's edge) sets apart before and after them in both texts are a word, and kept
# (redline.js: lettersJoined).
_SEA_LETTER = re.compile(f"[{_SEA}]")


def _letters_joined(codes: Sequence[tuple[str, int, int, int, int]], a: list[Token], b: list[Token]) \
        -> Sequence[tuple[str, int, int, int, int]]:
    """`codes` with each short run of kept letters of a script compared by letter, between two edits and no word set
    apart, made part of them."""
    if not any(code[0] == "equal" and _SEA_LETTER.match(a[code[1]][0]) for code in codes[1:-1]):
        return codes
    out = list(codes)
    joined = True
    while joined:
        joined = False
        for k in range(1, len(out) - 1):
            if _inside_word(out[k - 1], out[k], out[k + 1], a, b):
                (_, i1, _, j1, _), (_, _, i2, _, j2) = out[k - 1], out[k + 1]
                out[k - 1:k + 2] = [("replace", i1, i2, j1, j2)]
                joined = True
                break
    return out


def _inside_word(before: tuple[str, int, int, int, int], kept: tuple[str, int, int, int, int],
                 after: tuple[str, int, int, int, int], a: list[Token], b: list[Token]) -> bool:
    tag, i1, i2, j1, j2 = kept
    if tag != "equal" or before[0] == "equal" or after[0] == "equal":
        return False
    size = i2 - i1
    return (size <= max(before[2] - before[1], before[4] - before[3])
            and size <= max(after[2] - after[1], after[4] - after[3])
            and all(_SEA_LETTER.match(key) for key, _ in a[i1:i2])
            and not all(_spaced(tokens, start, end) for tokens, start, end in ((a, i1, i2), (b, j1, j2))))


def _spaced(tokens: list[Token], start: int, end: int) -> bool:
    """Whether `tokens[start:end]` stand apart, a space (or the text's edge) before and after them: a word."""
    return (start == 0 or bool(_trailing_space(tokens[start - 1][1]))) \
        and (end == len(tokens) or bool(_trailing_space(tokens[end - 1][1])))


def opcodes(ka: list[str], kb: list[str]) -> Sequence[tuple[str, int, int, int, int]]:
    """SequenceMatcher's opcodes of two lists of tokens, bounded in time (MAX_PAIRS)."""
    if len(ka) * len(kb) <= MAX_PAIRS:
        return SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()
    start = 0
    while start < min(len(ka), len(kb)) and ka[start] == kb[start]:
        start += 1
    end = 0
    while end < min(len(ka), len(kb)) - start and ka[-1 - end] == kb[-1 - end]:
        end += 1
    a_end, b_end = len(ka) - end, len(kb) - end
    middle: list[tuple[str, int, int, int, int]]
    if (a_end - start) * (b_end - start) <= MAX_PAIRS:
        middle = [(tag, i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in
                  SequenceMatcher(None, ka[start:a_end], kb[start:b_end], autojunk=False).get_opcodes()]
    else:
        middle = [("replace" if a_end > start and b_end > start else "delete" if a_end > start else "insert",
                   start, a_end, start, b_end)]
    middle = [op for op in middle if op[1] < op[2] or op[3] < op[4]]
    return ([("equal", 0, start, 0, start)] if start else []) + middle \
        + ([("equal", a_end, len(ka), b_end, len(kb))] if end else [])


def apply(old: str, ops: tuple[Op, ...] | list[Op], *, tokenize: Tokenizer = word_tokens) -> str:
    """The new text: `ops` applied to `old`, checking that they keep and delete exactly its words (their letters in
    order, each op's read on its own: a word the redline cut at a footnote's call, `cuts`, is the same letters)."""
    words = [k for k, _ in tokenize(old)]
    ends = list(accumulate(map(len, words)))
    letters = "".join(words)
    done = 0
    out: list[str] = []
    for tag, text in ops:
        if tag in (EQUAL, DELETE):
            expected = [k for k, _ in tokenize(text)]
            size = sum(map(len, expected))
            if letters[done:done + size] != "".join(expected):
                raise ValueError(Said("redline.ops-mismatch", expected=repr(expected), at=bisect_right(ends, done)))
            done += size
        if tag in (EQUAL, INSERT):
            out.append(text)
    if done != len(letters):
        raise ValueError(Said("redline.ops-left", n=len(words) - bisect_right(ends, done)))
    return "".join(out)


def segments(ops: tuple[Op, ...] | list[Op]) -> list[tuple[str, str, str]]:
    """(tag, words, space after) for renderers, so that marks never underline or strike a space.

    A space separates two ops where either had one at their meeting point (none between a word
    and the punctuation mark that follows it, as written), and the deleted and the inserted
    words of a replacement, unless they, or the text around them, meet at a letter of a script written
    without spaces (Chinese, Japanese, Thai, Lao, Khmer, Myanmar, full-width forms): a space there is one
    neither version has (สาม → ห้า in เวลาสามปี read "เวลาส ห้าปี", ３ → ５ in を３年間 "を３ ５年間",
    4 → 10 in 2023年4月 "2023年4 10月"), nor where both are signs only, no letter or digit: a full stop become a
    semicolon read "nom[-.-] {+;+}", a space neither version has (legal26).
    """
    out: list[tuple[str, str, str]] = []
    for k, (tag, text) in enumerate(ops):
        core = " ".join(text.split())
        spaced = k < len(ops) - 1 and (text[-1:].isspace() or ops[k + 1][1][:1].isspace()
                                       or (tag, ops[k + 1][0]) == (DELETE, INSERT) and not unspaced(ops, k)
                                       and not signs_only(ops, k))
        out.append((tag, core, " " if spaced else ""))
    return out


def signs_only(ops: tuple[Op, ...] | list[Op], k: int) -> bool:
    """The replacement of ops k (deleted) and k + 1 (inserted) is of signs by signs (`.` by `;`, `«` by `“`): no letter
    or digit on either side."""
    return not any(c.isalnum() for c in ops[k][1] + ops[k + 1][1])


def unspaced(ops: tuple[Op, ...] | list[Op], k: int) -> bool:
    """The replacement of ops k (deleted) and k + 1 (inserted) stands among letters written without spaces: the
    text before it, its deleted words' end, its inserted words' start, or the text after it is one."""
    before = ops[k - 1][1][-1:] if k else ""
    after = ops[k + 2][1][:1] if k + 2 < len(ops) else ""
    ends = (" ".join(ops[k][1].split())[-1:], " ".join(ops[k + 1][1].split())[:1])
    return any(_UNSPACED.match(c) for c in (before, *ends, after))


_UNSPACED = re.compile(rf"[{_CJK}{_SEA}\u3000-\u303f\uff00-\uffef]")  # letters and signs of unspaced scripts


def _push(ops: list[Op], tag: str, text: str) -> None:
    if ops and ops[-1][0] == tag:
        ops[-1] = (tag, ops[-1][1] + text)
    else:
        ops.append((tag, text))


def _link_text(links: tuple[str, ...]) -> str:
    return " ".join(f"⟨{href}⟩" for href in links)


def _norm(text: str) -> str:
    return " ".join(text.split())


# --- blocks ---------------------------------------------------------------------------


def _shown(block: Block) -> Block:
    """`block` with its text and cells as the page shows them (Block.page_text): what the redline compares and says."""
    text, cells = block.page_text, block.page_cells
    if block.html_links:  # its inline HTML's links too, after its Markdown's (redline.js: policy's block)
        return replace(block, text=text, cells=cells, links=block.links + block.html_links, html_links=())
    return block if text == block.text and cells == block.cells else replace(block, text=text, cells=cells)


def _key(block: Block) -> tuple[str, str, tuple[str, ...]]:
    return block.kind, _norm(block.text), block.links


def _shape(block: Block) -> tuple:
    """Everything about a block but where it is (an item's number too: the site shows it, and the text may cite it)."""
    return block.kind, block.text, block.markdown, block.depth, block.strong, block.links, block.cells, block.number


def replaced_images(old: Block, new: Block) -> tuple[tuple[str, str, str], ...]:
    """What became of the images of two versions of a block (Block.images), paired by their sources in order (difflib,
    as words are), then those of other sources by their names (as match_columns pairs columns by their headers): each
    (kind, its name in the old version, in the new; "" where none), its name its alt text, else its file's name.
    "replaced": another picture in its place (the same file's bytes changed where both versions' digests are known: a
    file renamed, its bytes the same, is the same picture; else another source); "removed" or "added": one version has
    it (its alt text, where it has one, is words deleted or inserted too; an image without one showed no change)."""
    def name(source: str, alt: str) -> str:
        return _norm(alt) or source.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]

    a, b = old.images, new.images
    if a == b:
        return ()
    out: list[tuple[str, str, str]] = []

    def paired(olds: Sequence[tuple[str, str, str]], news: Sequence[tuple[str, str, str]]) -> None:
        out.extend(("replaced", name(a_src, a_alt), name(b_src, b_alt))
                   for (a_src, a_alt, a_digest), (b_src, b_alt, b_digest) in zip(olds, news)
                   if (a_digest != b_digest if a_digest and b_digest else a_src != b_src))

    for tag, i1, i2, j1, j2 in SequenceMatcher(None, [image[0] for image in a], [image[0] for image in b],
                                               autojunk=False).get_opcodes():
        if tag == "equal":
            paired(a[i1:i2], b[j1:j2])
            continue
        # other sources: paired by their names (the same alt text, its file replaced), then as many on each side
        # each the one in its place; the others one version's only
        for tag_, a1, a2, b1, b2 in SequenceMatcher(None, [name(s, alt) for s, alt, _ in a[i1:i2]],
                                                    [name(s, alt) for s, alt, _ in b[j1:j2]],
                                                    autojunk=False).get_opcodes():
            if tag_ == "equal" or a2 - a1 == b2 - b1:
                paired(a[i1 + a1:i1 + a2], b[j1 + b1:j1 + b2])
                continue
            out.extend(("removed", name(src, alt), "") for src, alt, _ in a[i1 + a1:i1 + a2])
            out.extend(("added", "", name(src, alt)) for src, alt, _ in b[j1 + b1:j1 + b2])
    return tuple(out)


def _unchanged(old: Block, new: Block) -> BlockChange:
    if images := replaced_images(old, new):  # the same words, another picture (its alt text the same)
        return BlockChange("changed", old, new, ((EQUAL, new.text),) if new.text else (), tip_ops=_tip_ops(old, new),
                           images=images)
    if tips := _tip_ops(old, new):  # the same words shown, others heard: an `<abbr>`'s title edited
        return BlockChange("changed", old, new, ((EQUAL, new.text),) if new.text else (), tip_ops=tips)
    note = ""
    if _shape(old) != _shape(new):
        same_words = _norm(old.markdown) == _norm(new.markdown) if (old.markdown or new.markdown) else True
        same_shape = (old.kind, old.depth, old.strong, old.number) == (new.kind, new.depth, new.strong, new.number)
        note = "whitespace" if same_words and same_shape else "formatting"
    return BlockChange("unchanged", old, new, ((EQUAL, new.text),) if new.text else (), note=note)


TIPS = " · "  # between a block's words shown on hover (BlockChange.tip_ops)


def _tip_ops(old: Block, new: Block) -> tuple[Op, ...]:
    """The ops of the words `old` and `new` show on hover (Block.tooltips), () where they are the same words."""
    a, b = TIPS.join(map(plain, old.tooltips)), TIPS.join(map(plain, new.tooltips))
    return word_ops(TIPS.join(map(_norm, old.tooltips)), TIPS.join(map(_norm, new.tooltips))) if a != b else ()


def _link_ops(old: Block, new: Block) -> tuple[Op, ...]:
    return word_ops(_link_text(old.links), _link_text(new.links), tokenize=target_tokens) \
        if old.links != new.links else ()


def _changed(old: Block, new: Block, tokenize: Tokenizer) -> BlockChange:
    if plain(old.text) == plain(new.text) and old.links == new.links:
        return _unchanged(old, new)  # a paragraph become a list item, say; `l'accès` become `l’accès`
    ops = word_ops(old.text, new.text, tokenize=tokenize, at=(cuts(old), cuts(new)))
    if old.links == new.links and all(tag == EQUAL for tag, _ in ops):  # the same words, spaced otherwise (`10 %`,
        return _unchanged(old, new)  # `10%`; `données :`, `données:`): no change of text shown with nothing marked
    runs = _moved_runs(ops)
    shown = moved_within_ops(ops, runs, texts=(old.text, new.text), at=(cuts(old), cuts(new)), tokenize=tokenize)
    # a list item made a paragraph (or indented) while its words changed: a formatting edit too, counted (Notes), else
    # nothing said the list was gone
    note = "formatting" if (old.kind, old.depth) != (new.kind, new.depth) else ""
    return BlockChange("changed", old, new, ops, _link_ops(old, new), note=note, tip_ops=_tip_ops(old, new),
                       moved_within=bool(runs), moved_ops=shown if shown != ops else (),
                       images=replaced_images(old, new))


def moved_within(ops: tuple[Op, ...]) -> bool:
    """Words a block's `ops` delete in one place and insert in another, not in their place, the same or nearly the
    same (MOVED_CUTOFF, MOVED_WORDS words at least): a sentence moved within a paragraph, else said deleted here and
    inserted there with nothing saying it moved. Beyond MAX_RUN_BLOCKS pairs of runs, none searched."""
    return bool(_moved_runs(ops))


def _moved_runs(ops: tuple[Op, ...]) -> list[tuple[int, int]]:
    """The runs of `ops` moved within a block (moved_within): (index of the deleted run, index of the inserted one),
    most alike first, each run in one pair."""
    runs = [(k, tag, found) for k, (tag, text) in enumerate(ops) if tag != EQUAL
            and len(found := words(text)) >= MOVED_WORDS]
    gone, came = [(k, found) for k, tag, found in runs if tag == DELETE], \
        [(k, found) for k, tag, found in runs if tag == INSERT]
    if len(gone) * len(came) > MAX_RUN_BLOCKS:
        return []
    scored = sorted((-score, k, m) for k, a in gone for m, b in came
                    if abs(k - m) > 1 and (score := _moved_score(a, b)) >= MOVED_CUTOFF)
    pairs: list[tuple[int, int]] = []
    for _, k, m in scored:
        if all(k != i and m != j for i, j in pairs):
            pairs.append((k, m))
    return pairs


def moved_within_ops(ops: tuple[Op, ...], runs: list[tuple[int, int]], *, texts: tuple[str, str] = ("", ""),
                     at: tuple[Cuts, Cuts] = NO_CUTS, tokenize: Tokenizer = word_tokens) -> tuple[Op, ...]:
    """The ops a page shows of a block whose words moved within it (`runs`, _moved_runs): each moved run inserted where
    it is now, the words it changed on the way marked inside it against the run deleted where it was (the run
    deleted there, "B C D" inserted as "B C X": "B C" inserted, "D" struck, "X" inserted), as the block moved to
    another place shows its words against where it was (BlockChange.moved_ops). Its non-deleted words are the new
    text. `texts`: the old text and the new that `ops` turn one into the other, and `at` their `cuts`: each run
    compared with those inside it (a footnote's call changed on the way is that call marked, not its word)."""
    if not runs:
        return ops
    spans = op_spans(ops, *(token_starts(cut(tokenize(text), where, tokenize)) for text, where in zip(texts, at))) \
        if at != NO_CUTS else []
    source = {m: k for k, m in runs}
    out: list[Op] = []
    for m, (tag, text) in enumerate(ops):
        if m not in source:
            _push(out, tag, text)
            continue
        k = source[m]
        inside = (within(at[0], *spans[k][:2]), within(at[1], *spans[m][2:])) if spans else NO_CUTS
        for sub, part in word_ops(ops[k][1], text, tokenize=tokenize, at=inside):
            _push(out, INSERT if sub == EQUAL else sub, part)
    return tuple(out)


def token_starts(tokens: list[Token]) -> list[int]:
    """Where each of `tokens` (of a text, joined as written) begins in that text, then where the text ends."""
    return [0, *accumulate(len(written) for _, written in tokens)]


Span = tuple[int, int, int, int]  # where an op is in the old text and the new: old start, old end, new start, new end


def op_spans(ops: Sequence[Op], old_at: list[int], new_at: list[int], *, token: int = 0, start: int = 0) \
        -> list[Span]:
    """Where each of `ops` (word_ops' of two texts whose tokens begin at `old_at` and `new_at`: `starts`) is in the old
    text and the new, from the old text's token `token` and the new text's character `start` on. A word kept is as many
    tokens in both; the space a run deleted begins with is the old text's (word_ops: the kept words now end without
    one)."""
    out: list[Span] = []
    for tag, text in ops:
        if tag == DELETE:
            lead = len(text) - len(text.lstrip()) if token else 0
            end = bisect_left(old_at, old_at[token] + len(text) - lead, token)
            out.append((old_at[token] - lead, old_at[end], start, start))
            token = end
            continue
        end = start + len(text)
        begin = old_at[token]
        if tag == EQUAL:
            token += bisect_left(new_at, end) - bisect_left(new_at, start)
        out.append((begin, old_at[token] if tag == EQUAL else begin, start, end))
        start = end
    return out


def within(at: Cuts, start: int, end: int) -> Cuts:
    """The cuts `at` inside a text's stretch from `start` to `end`, counted from `start`."""
    return tuple(c - start for c in at if start < c < end)


def _added(new: Block) -> BlockChange:
    if _wordless(new):
        return BlockChange("unchanged", None, new, (), note="formatting")
    links = ((INSERT, _link_text(new.links)),) if new.links else ()
    return BlockChange("added", None, new, ((INSERT, new.text),) if new.text else (), links)


def _removed(old: Block) -> BlockChange:
    if _wordless(old):
        return BlockChange("unchanged", old, None, (), note="formatting")
    links = ((DELETE, _link_text(old.links)),) if old.links else ()
    return BlockChange("removed", old, None, ((DELETE, old.text),) if old.text else (), links)


def _wordless(block: Block) -> bool:
    """A block that shows no word and links nowhere (an empty `<span>`, an HTML image without words the page shows):
    added or removed, it is markup, a formatting-only edit, not a block of text added with nothing marked (the
    section was said changed, its redline showing nothing). A row is never one: its table shows it."""
    return block.kind != "row" and not block.text.strip() and not block.links


# --- tables ---------------------------------------------------------------------------

Unit = tuple[Block, ...]  # what blocks are paired as: a block, or a table's rows
# a table's columns (or rows) in both versions: (old index, new index), None where a version lacks it
Columns = list[tuple[int | None, int | None]]


def units(blocks: Sequence[Block]) -> list[Unit]:
    """`blocks` as the redline pairs them: each on its own, a table's rows together. A table starts at its header row
    (Block.header) or at a row after another kind of block: two tables apart by a blank line are two."""
    out: list[list[Block]] = []
    for block in map(_shown, blocks):
        if block.kind == "row" and not block.cells:  # a row made without its cells: its text's, as redline.js reads
            block = replace(block, cells=tuple(block.text.split(" | ")))
        if block.kind == "row" and not block.header and out and out[-1][-1].kind == "row":
            out[-1].append(block)
        else:
            out.append([block])
    return [tuple(unit) for unit in out]


def _is_table(unit: Unit) -> bool:
    return unit[0].kind == "row"


def _unit_key(unit: Unit) -> tuple:
    return ("table", tuple(_key(row) for row in unit)) if _is_table(unit) else _key(unit[0])


def _unit_text(unit: Unit) -> str:
    """A block's text, or a table's cells' (without the ` | ` between them, which every row shares)."""
    return " ".join(cell for row in unit for cell in row.cells) if _is_table(unit) else unit[0].text


def _column(rows: Sequence[Block], k: int) -> list[str]:
    return [row.cells[k] if k < len(row.cells) else "" for row in rows]


def match_columns(old: Sequence[Sequence[str]], new: Sequence[Sequence[str]]) -> Columns:
    """The columns of two versions of a table (each its cells, its header's first) in one order, paired as a compare
    tool pairs them: the same column (every cell alike), then the same header; between those, as many columns on each
    side are each the one in its place, edited, else the most alike in words are paired, in order, and a column one
    version lacks stands alone. Paired by their place only, a column removed in the middle made every cell to its
    right a replaced one."""
    out: Columns = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, [tuple(map(_norm, c)) for c in old],
                                               [tuple(map(_norm, c)) for c in new], autojunk=False).get_opcodes():
        if tag == "equal":
            out += zip(range(i1, i2), range(j1, j2))
            continue
        heads = SequenceMatcher(None, [_norm(c[0]) for c in old[i1:i2]], [_norm(c[0]) for c in new[j1:j2]],
                                autojunk=False)
        for tag_, a1, a2, b1, b2 in heads.get_opcodes():
            if tag_ == "equal":
                out += zip(range(i1 + a1, i1 + a2), range(j1 + b1, j1 + b2))
                continue
            if a2 - a1 == b2 - b1:  # as many on each side between kept ones: each the column in its place, edited
                out += zip(range(i1 + a1, i1 + a2), range(j1 + b1, j1 + b2))
            else:
                out += _alike(old[i1 + a1:i1 + a2], new[j1 + b1:j1 + b2], i1 + a1, j1 + b1)
    return out


def _alike(old: Sequence[Sequence[str]], new: Sequence[Sequence[str]], i0: int, j0: int, *,
           labelled: bool = False) -> Columns:
    """Columns (or rows), each its cells, paired by their words in order (_ordered), indexes from `i0` and `j0`.
    `labelled` (rows): two rows whose first cell says the same (`Logs | one year`, `Logs | six months`) are that row
    edited however its other cells were reworded, as `_same_term` pairs a definition: struck whole and inserted
    again, the row's label marked deleted and inserted though unchanged, nothing said which row changed."""
    old_words, new_words = [words(" ".join(c)) for c in old], [words(" ".join(c)) for c in new]

    def score(i: int, j: int) -> float:
        found = _similar(old_words[i], new_words[j])
        if labelled and len(old[i]) > 1 and len(new[j]) > 1 and old[i][0] and old[i][0] == new[j][0]:
            return max(found, BLOCK_CUTOFF)
        return found
    # a run too large to search (a table of 2,000 rows, each a cell edited), as _pair's: each against its place
    pairs = _in_place(len(old), len(new), lambda i, j: bool(score(i, j))) \
        if len(old) * len(new) > MAX_RUN_BLOCKS or \
        sum(map(len, old_words)) * sum(map(len, new_words)) > MAX_RUN_WORDS else _ordered(len(old), len(new), score)
    return [(i0 + i if i is not None else None, j0 + j if j is not None else None) for i, j in pairs]


def _row_change(old: Block | None, new: Block | None, columns: Columns, tokenize: Tokenizer) -> BlockChange:
    """A row of a table in both versions (or one), cell by cell in the table's `columns`: each cell diffed against its
    own column's, a cell of a column one version lacks deleted or inserted whole."""
    cells: list[tuple[Op, ...]] = []
    ops: list[Op] = []
    seen_old = seen_new = False
    for i, j in columns:
        a = old.cells[i] if old is not None and i is not None and i < len(old.cells) else None
        b = new.cells[j] if new is not None and j is not None and j < len(new.cells) else None
        # the ` | ` before a cell is each version's own: a column removed takes one away
        if a is not None and seen_old and b is not None and seen_new:
            _push(ops, EQUAL, " | ")
        else:
            if a is not None and seen_old:
                _push(ops, DELETE, " | ")
            if b is not None and seen_new:
                _push(ops, INSERT, " | ")
        if a is not None and b is not None and i is not None and j is not None:
            cell = word_ops(a, b, tokenize=tokenize, at=(cell_cuts(old, i), cell_cuts(new, j)))
        else:
            cell = ((DELETE, a),) if a else ((INSERT, b),) if b else ()
        cells.append(cell)
        for op in cell:
            _push(ops, *op)
        seen_old, seen_new = seen_old or a is not None, seen_new or b is not None
    sides = tuple(EQUAL if i is not None and j is not None else DELETE if j is None else INSERT for i, j in columns)
    if old is None or new is None:
        return replace(_removed(old) if new is None else _added(new), cells=tuple(cells),  # type: ignore[arg-type]
                       sides=sides)
    if all(tag == EQUAL for cell in cells for tag, _ in cell) and old.links == new.links:
        return replace(_unchanged(old, new), cells=tuple(cells), sides=sides)
    return BlockChange("changed", old, new, tuple(ops), _link_ops(old, new), cells=tuple(cells), sides=sides,
                       tip_ops=_tip_ops(old, new), images=replaced_images(old, new))


def _columns(old: Unit, new: Unit) -> Columns:
    """The columns of two versions of a table, paired (match_columns)."""
    return match_columns([_column(old, k) for k in range(max(len(r.cells) for r in old))],
                         [_column(new, k) for k in range(max(len(r.cells) for r in new))])


def _table_changes(old: Unit, new: Unit, tokenize: Tokenizer) -> list[BlockChange]:
    """Two versions of a table: its columns paired by content (match_columns), its header rows paired, then its other
    rows by their cells in the columns both have (the same, then the most alike, in order), each row diffed cell by
    cell."""
    columns = _columns(old, new)
    kept = [(i, j) for i, j in columns if i is not None and j is not None]
    # a column numbering the rows (1, 2, 3 …) in both is left out of pairing them: a row inserted renumbers those
    # after it, and in a table of few words the numbers paired a row with the one in its place, not with its own
    kept = [(i, j) for i, j in kept if not (_counts_rows(old, i) and _counts_rows(new, j))] or kept

    def kept_cells(row: Block, side: int) -> list[str]:
        return [_norm(row.cells[k]) if k < len(row.cells) else "" for k in (pair[side] for pair in kept)
                if k is not None]

    out = [_row_change(old[0], new[0], columns, tokenize)]
    body_old, body_new = old[1:], new[1:]
    ka, kb = [tuple(kept_cells(r, 0)) for r in body_old], [tuple(kept_cells(r, 1)) for r in body_new]
    keys: list[tuple[str, ...] | None] = [None]  # a row on one side only: its cells in the columns both have
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes():
        if tag == "equal":
            out += [_row_change(o, n, columns, tokenize) for o, n in zip(body_old[i1:i2], body_new[j1:j2])]
            keys += [None] * (i2 - i1)
            continue
        for i, j in _alike(ka[i1:i2], kb[j1:j2], i1, j1, labelled=True):
            out.append(_row_change(body_old[i] if i is not None else None, body_new[j] if j is not None else None,
                                   columns, tokenize))
            keys.append(None if i is not None and j is not None else ka[i] if i is not None else
                        kb[j] if j is not None else None)
    if moved := moved_columns(old, new, columns):
        out[0] = replace(out[0], moved_columns=moved)
    return moved_rows(out, keys, columns, tokenize)


def moved_columns(old: Unit, new: Unit, columns: Columns) -> tuple[str, ...]:
    """The headers of the columns of a table a version moved (match_columns: a column the old version has in one place
    and the new one in another, every cell the same, is a column removed and one added, its cells deleted and inserted,
    which is what Word can track), in the new order: said moved, else nothing said the column was kept."""
    gone = [i for i, j in columns if j is None and i is not None]
    out: list[str] = []
    for i, j in columns:
        if i is not None or j is None:
            continue
        cells = [plain(cell) for cell in _column(new, j)]
        found = next((k for k in gone if [plain(cell) for cell in _column(old, k)] == cells), None) \
            if any(cells) else None
        if found is not None:
            gone.remove(found)
            out.append(new[0].cells[j] if j < len(new[0].cells) else "")
    return tuple(out)


_ROW_NUMBER = re.compile(r"([0-9]{1,4})[.)]?")


def _counts_rows(table: Unit, k: int) -> bool:
    """Column `k` of a table's rows under its header numbers them: its cells count up by one (`1`, `2.`, `3)`), not
    figures a row says (months, years)."""
    found = [_ROW_NUMBER.fullmatch(_norm(row.cells[k])) if k < len(row.cells) else None for row in table[1:]]
    numbers = [int(match[1]) for match in found if match]
    return bool(numbers) and len(numbers) == len(found) and numbers == list(range(numbers[0], numbers[0] + len(found)))


def _whole(unit: Unit, *, added: bool, tokenize: Tokenizer) -> list[BlockChange]:
    """A unit one version lacks: a block added or removed, or each row of a table."""
    if not _is_table(unit):
        return [_added(unit[0]) if added else _removed(unit[0])]
    columns: Columns = [(None, k) if added else (k, None) for k in range(max(len(r.cells) for r in unit))]
    return [_row_change(None if added else row, row if added else None, columns, tokenize) for row in unit]


def _unit_changes(old: Unit, new: Unit, tokenize: Tokenizer) -> list[BlockChange]:
    return _table_changes(old, new, tokenize) if _is_table(old) else [_changed(old[0], new[0], tokenize)]


def _numbered(pieces: list[list[BlockChange]]) -> list[BlockChange]:
    """The changes of each unit in order, each table's rows numbered as the table they are (BlockChange.table)."""
    out: list[BlockChange] = []
    tables = 0
    for piece in pieces:
        if piece and piece[0].block_kind == "row":
            tables += 1
            out += [replace(change, table=tables) for change in piece]
        else:
            out += piece
    return out


# --- blocks ---------------------------------------------------------------------------


def diff_blocks(old: list[Block], new: list[Block], *, tokenize: Tokenizer = word_tokens) -> list[BlockChange]:
    """Blocks of two versions of a section aligned: unchanged, changed (paired by similarity), added, removed; a
    table against a table, its columns and rows paired by their content."""
    ua, ub = units(old), units(new)
    ka, kb = [_unit_key(u) for u in ua], [_unit_key(u) for u in ub]
    pieces: list[list[BlockChange]] = []
    for tag, i1, i2, j1, j2 in ((("equal", 0, len(ua), 0, len(ub)),) if ka == kb else
                                SequenceMatcher(None, ka, kb, autojunk=False).get_opcodes()):
        if tag == "equal":
            pieces += [_table_changes(o, n, tokenize) if _is_table(o) else [_unchanged(o[0], n[0])]
                       for o, n in zip(ua[i1:i2], ub[j1:j2])]
        else:
            _pair(ua[i1:i2], ub[j1:j2], pieces, tokenize)
    lists: dict[int, tuple[int, int]] = {}
    for side in (ua, ub):
        blocks = [block for unit in side for block in unit]
        lists.update(zip(map(id, blocks), numbered_lists(blocks)))
    said: set[int] = set()  # the new version's lists whose numbering anew is said
    return made_tables(joins(_numbered([[_renumbered(change, lists, said) for change in piece] for piece in pieces]),
                             tokenize=tokenize))


def made_tables(changes: list[BlockChange]) -> list[BlockChange]:
    """A list made a table: a run of list items removed, then a table added whole whose rows (its header left out)
    hold the same or nearly the same words (MOVED_CUTOFF, compared as a join compares them: `Logs: one year` and `Logs
    | one year` alike): its header row says so (BlockChange.from_list). The items were said deleted and the rows
    inserted, nothing saying the words were kept (redline21). And back: a table removed whole, then a run of list items
    added whose words its rows (header left out) held: the last item says so (BlockChange.from_table; redline22: it
    was said of a list made a table only). redline.js: madeTables."""
    out = list(changes)
    k = 0
    while k < len(out):
        items = _run(out, k, lambda c: c.kind == "removed" and c.block_kind == "item")
        end = _run(out, items, lambda c: items > k and bool(c.table) and c.table == out[items].table)  # noqa: B023
        rows = out[items:end]
        if len(rows) > 1 and all(row.kind == "added" and row.new is not None for row in rows) and _listed(
                [b.old for b in out[k:items]], [row.new for row in rows[1:]]):
            out[items] = replace(out[items], from_list=True)
            out[items + 1:end] = _rows_from_items([b.old for b in out[k:items]], out[items + 1:end])
        elif items == k and out[k].table and (k == 0 or out[k - 1].table != out[k].table):
            rows_end = _run(out, k, lambda c: c.table == out[k].table)  # noqa: B023 (read here)
            end = _run(out, rows_end, lambda c: c.kind == "added" and c.block_kind == "item")
            rows = out[k:rows_end]
            if end > rows_end and len(rows) > 1 and all(row.kind == "removed" and row.old is not None
                                                        for row in rows) and _listed(
                    [b.new for b in out[rows_end:end]], [row.old for row in rows[1:]]):
                out[end - 1] = replace(out[end - 1], from_table=True)
                out[rows_end:end] = _items_from_rows([row.old for row in rows[1:]], out[rows_end:end])
        k = max(end, k + 1)
    return out


def _rows_from_items(items: Sequence[Block | None], rows: list[BlockChange]) -> list[BlockChange]:
    """The rows of a table a list became (made_tables), each paired with the item whose words it holds (in order, the
    most alike, compared as a join compares words: _alike), its cells' words marked against that item's (moved_cells,
    moved_ops: the words it kept unmarked, those edited on the way marked, as a row moved and edited shows them,
    shown_cells): they were inserted whole, "13 months" become "12 months" in the list's move left for the reader to
    find (redline.js: rowsFromItems)."""
    olds = [item.text if item is not None else "" for item in items]
    out = list(rows)
    for i, j in _made_of(olds, [" ".join(row.new.cells) if row.new else "" for row in rows]):
        cells = cells_from(olds[i], rows[j].new.cells)  # type: ignore[union-attr]
        joined: list[Op] = []
        for n, cell in enumerate(cells):
            for op in ((EQUAL, " | "),) * bool(n) + cell:
                _push(joined, *op)
        out[j] = replace(rows[j], moved_cells=cells, moved_ops=tuple(joined))
    return out


def _items_from_rows(rows: Sequence[Block | None], items: list[BlockChange]) -> list[BlockChange]:
    """The items of a list a table became (made_tables), each paired with the row whose words it holds (_made_of), its
    words marked against that row's cells (moved_ops), as _rows_from_items marks a list made a table's rows: they were
    inserted whole (redline.js: itemsFromRows)."""
    olds = [" ".join(row.cells) if row is not None else "" for row in rows]
    out = list(items)
    for i, j in _made_of(olds, [item.new.text if item.new else "" for item in items]):
        out[j] = replace(items[j], moved_ops=item_from(rows[i].cells, items[j].new.text))  # type: ignore[union-attr]
    return out


def item_from(cells: Sequence[str], text: str, tokenize: Tokenizer = word_tokens) -> tuple[Op, ...]:
    """A list item's `text` as the words of a row's `cells` (the row it was made from), as word_ops gives them against
    the cells joined by a space: but the marks the item writes where one cell's words end and the next's begin (`Logs:
    one year` of `Logs | one year`, `Journaux — un an`) kept, not inserted: the row's cell boundary, written otherwise
    (redline.js: itemFrom)."""
    owned: list[tuple[int, Token]] = []
    for k, cell in enumerate(cells):
        tokens = tokenize(cell)
        if tokens and k < len(cells) - 1 and not tokens[-1][1][-1:].isspace():
            tokens[-1] = (tokens[-1][0], tokens[-1][1] + " ")
        owned += [(k, token) for token in tokens]
    b = tokenize(text)
    ops: list[Op] = []
    for tag, i1, i2, j1, j2 in opcodes([token[0] for _, token in owned], [key for key, _ in b]):
        if tag != "equal" and 0 < i1 < len(owned) and owned[i1 - 1][0] != owned[i1][0]:
            while j1 < j2 and not any(c.isalnum() for c in b[j1][0]):  # a mark written between two cells' words
                _push(ops, EQUAL, b[j1][1])
                j1 += 1
        if tag == "equal":
            _push(ops, EQUAL, "".join(written for _, written in b[j1:j2]))
            continue
        if i2 > i1:
            _push(ops, DELETE, "".join(written for _, (_, written) in owned[i1:i2]))
        if j2 > j1:
            _push(ops, INSERT, "".join(written for _, written in b[j1:j2]))
    return tuple(ops)


def _made_of(olds: Sequence[str], news: Sequence[str]) -> list[tuple[int, int]]:
    """The texts of `news` (blocks added) each paired with the text of `olds` (blocks removed) whose words it holds, in
    order, the most alike (_alike), their words compared as a join compares them (`Cookies:` and `Cookies` alike); a
    text of either side none fits left out (redline.js: madeOf)."""
    return [(i, j) for i, j in _alike([[" ".join(_text_words(text))] for text in olds],
                                      [[" ".join(_text_words(text))] for text in news], 0, 0)
            if i is not None and j is not None]


def cells_from(text: str, cells: Sequence[str], tokenize: Tokenizer = word_tokens) -> tuple[tuple[Op, ...], ...]:
    """A row's `cells` as the words of one `text` (a list item a table's row was made from): each cell's ops, its words
    kept from the text equal, those the text lacks inserted, and the text's words the row dropped deleted in the cell
    of the words replacing them, else of the word before them (the first cell at the start): what each cell kept and
    changed of it."""
    a = tokenize(text)
    owned = [(k, token) for k, cell in enumerate(cells) for token in tokenize(cell)]
    out: list[list[Op]] = [[] for _ in cells]
    if not out:
        return ()
    for tag, i1, i2, j1, j2 in opcodes([key for key, _ in a], [token[0] for _, token in owned]):
        if tag != "equal" and i2 > i1:
            at = owned[j1][0] if tag == "replace" else owned[j1 - 1][0] if j1 else 0
            _push(out[at], DELETE, "".join(written for _, written in a[i1:i2]))
        for k, (_, written) in owned[j1:j2]:
            _push(out[k], EQUAL if tag == "equal" else INSERT, written)
    return tuple(map(tuple, out))


def _run(changes: list[BlockChange], start: int, fits: Callable[[BlockChange], bool]) -> int:
    """Where the run of `changes` from `start` that `fits` ends (`start` where none does)."""
    end = start
    while end < len(changes) and fits(changes[end]):
        end += 1
    return end


def _listed(items: Sequence[Block | None], rows: Sequence[Block | None]) -> bool:
    """Whether list `items` are a table's `rows` (its header left out): most of the items and most of the rows paired,
    each row with the item whose words it holds, the most alike (_made_of, as _rows_from_items pairs them). The words
    of all of them scored at once (MOVED_CUTOFF) missed a list of three short items with two words edited on the way
    (7 of 9 kept: 0.78) and marked every word of its rows inserted (redline.js: listed)."""
    pairs = _made_of([item.text if item is not None else "" for item in items],
                     [" ".join(row.cells) if row is not None else "" for row in rows])
    return 2 * len(pairs) > max(len(items), len(rows))


def numbered_lists(blocks: Sequence[Block]) -> list[tuple[int, int]]:
    """Each block's numbered list, where it is an item of one: which of them it is (1, 2 … in reading order) and its
    first number (the site numbers a list's items on from its first one's, `Block.number`: an item's number less its
    place in its list); (0, 0) for another block. A list at a depth goes on past deeper items and blocks; another block
    ends it."""
    out: list[tuple[int, int]] = []
    placed: dict[int, tuple[int, int]] = {}  # depth -> the numbered list there and its items so far
    made = 0
    for block in blocks:
        placed = {depth: had for depth, had in placed.items() if depth < block.depth
                  or depth == block.depth and block.kind == "item" and block.number}
        if block.kind != "item" or not block.number:
            out.append((0, 0))
            continue
        if block.depth not in placed:
            made += 1
            placed[block.depth] = (made, 0)
        which, n = placed[block.depth]
        placed[block.depth] = (which, n + 1)
        out.append((which, block.number - n))
    return out


def _renumbered(change: BlockChange, lists: dict[int, tuple[int, int]], said: set[int]) -> BlockChange:
    """An unchanged list item whose number changed as its place in its list did (an item inserted or removed before
    it, its list's first number the same: `numbered_lists`): the site numbers its items anew, a formatting-only edit
    said once for the list, on its first such item, not on each (a list of 3 items after one inserted read "3
    formatting-only edits"; the text may cite an item by its number, so it is said)."""
    old, new = change.old, change.new
    if change.kind != "unchanged" or not change.note or old is None or new is None or old.number == new.number \
            or not old.number or not new.number or id(old) not in lists or id(new) not in lists \
            or lists[id(old)][1] != lists[id(new)][1]:
        return change
    note = _unchanged(replace(old, number=new.number), new).note
    if lists[id(new)][0] not in said:
        said.add(lists[id(new)][0])
        note = "formatting"
    return replace(change, note=note)


def joins(changes: list[BlockChange], *, tokenize: Tokenizer = word_tokens) -> list[BlockChange]:
    """Paragraphs merged into one, or one split into several, said as such (BlockChange.joined) where the words of the
    one are those of the others in order (MOVED_CUTOFF), marked against them: paired with one of them, the others'
    words were said deleted (or inserted) whole and again inserted (or deleted) in the paragraph paired, with nothing
    saying the paragraphs were joined or cut. A run of neighbours grows, after it and before it, while each one joined
    brings the text closer to the other side (four paragraphs made one: the first two alone are not near enough)."""
    groups: list[list[BlockChange]] = []
    for change in changes:
        if not groups or not _grows(groups[-1], [change]):
            groups.append([change])
            continue
        group = [*groups.pop(), change]
        while groups and _grows(groups[-1], group):
            group = [*groups.pop(), *group]  # the paragraph before it joined too
        groups.append(group)
    return [change for group in groups
            for change in ((len(group) > 1 and _joined_blocks(group, tokenize)) or group)]


def _sides(parts: list[BlockChange], way: str = "") -> tuple[str, list[str], str] | None:
    """Neighbouring paragraphs, one changed and the others all removed or all added: "merged" (their old texts, the
    changed one's new text) or "split" (their new texts, its old text), or `way` for the changed one alone; None where
    they are neither."""
    kinds = [part.kind for part in parts]
    # paragraphs and list items on both sides (a list made part of a paragraph: its items merged into it)
    if any(part.joined or any(side is not None and side.kind not in PROSE for side in (part.old, part.new))
           for part in parts) or kinds.count("changed") != 1:
        return None
    paired = parts[kinds.index("changed")]
    assert paired.old is not None and paired.new is not None
    if set(kinds) <= {"changed", "removed"} and way != "split":
        return "merged", [part.old.text for part in parts if part.old is not None], paired.new.text
    if set(kinds) <= {"changed", "added"}:
        return "split", [part.new.text for part in parts if part.new is not None], paired.old.text
    return None


def _grows(before: list[BlockChange], after: list[BlockChange]) -> bool:
    """`before` and `after` joined (_sides) are nearer the other side's text than the one of them holding the changed
    paragraph is alone."""
    both = _sides([*before, *after])
    alone = _sides(before, both[0]) or _sides(after, both[0]) if both is not None else None
    if both is None or alone is None:
        return False
    return _join_score(both[1], both[2]) > _join_score(alone[1], alone[2])


def _join_score(texts: list[str], other: str) -> float:
    """How near paragraphs' `texts` joined are to the `other` text: difflib's ratio of their words, bounded in time
    (MAX_PAIRS: beyond, its quick ratio, the words both hold in any order, counted without a SequenceMatcher: a run of
    300 paragraphs merged into one is scored 300 times)."""
    a, b = [w for text in texts for w in _text_words(text)], _text_words(other)
    if a == list(b):
        return 1.0
    if len(a) * len(b) <= MAX_PAIRS:
        return SequenceMatcher(None, a, b, autojunk=False).ratio()
    return 2 * (Counter(a) & _bag(other)).total() / (len(a) + len(b))


@lru_cache(maxsize=4096)
def _text_words(text: str) -> tuple[str, ...]:
    """A paragraph's words as a join compares them: lower case, the punctuation at their ends left out. Two paragraphs
    merged with a conjunction (`access. You may` become `access, and you may`) kept nearly all their words, which
    `access.` against `access,` and `You` against `you` hid: a short merge was a paragraph deleted and another rewritten
    (redline21)."""
    return tuple(bare for word in words(text) if (bare := _bare(word)))


def _bare(word: str) -> str:
    """`word` lower case, without the punctuation and symbols at its ends (redline.js: bare)."""
    start, end = 0, len(word)
    while start < end and unicodedata.category(word[start])[0] in "PS":
        start += 1
    while end > start and unicodedata.category(word[end - 1])[0] in "PS":
        end -= 1
    return word[start:end].lower()


@lru_cache(maxsize=16)
def _bag(text: str) -> Counter[str]:
    return Counter(_text_words(text))


# The marks of a block a merge or a split keeps where its words are: its superscripts (raised.raised) and its parts
# in another language (raised.parted); a "sup" mark's fourth item is "", a "lang" mark's its language.
_KEPT_MARKS = frozenset({"sup", "lang"})


def _joined_blocks(parts: list[BlockChange], tokenize: Tokenizer) -> list[BlockChange] | None:
    """Neighbouring paragraphs (joins) as a merge or a split, where their text joined is the same or nearly the same
    words as the other side's (MOVED_CUTOFF); None where they are not."""
    sides = _sides(parts)
    if sides is None or _join_score(sides[1], sides[2]) < MOVED_CUTOFF:
        return None
    paired = next(part for part in parts if part.kind == "changed")
    assert paired.old is not None and paired.new is not None
    # a list item among them: Word writes the parts as they were paired (BlockChange.parts)
    unjoined = tuple(parts) if any(side is not None and side.kind == "item" for part in parts
                                   for side in (part.old, part.new)) else ()
    if sides[0] == "merged":
        olds = [part.old for part in parts if part.old is not None]
        starts = [len(" ".join(sides[1][:k])) + bool(k) for k in range(len(olds))]
        old = replace(olds[0], text=" ".join(sides[1]), links=sum((o.links for o in olds), ()),
                      tooltips=sum((o.tooltips for o in olds), ()),
                      marks=tuple((begin + start, end + start, kind, said) for o, start in zip(olds, starts)
                                  for begin, end, kind, said in o.marks if kind in _KEPT_MARKS))
        ends = tuple(len(" ".join(sides[1][:k + 1])) for k in range(len(olds) - 1))
        new = paired.new
        # changed even where no word did: the paragraphs did (_changed would say it unchanged)
        return [BlockChange("changed", old, new, word_ops(old.text, new.text, tokenize=tokenize,
                                                          at=(cuts(old), cuts(new))), _link_ops(old, new),
                            tip_ops=_tip_ops(old, new), joined="merged", joined_at=ends, joined_count=len(olds),
                            joined_of=_joined_of([o.kind for o in olds]), parts=unjoined)]
    news = [part.new for part in parts if part.new is not None]
    whole = paired.old
    # the new paragraphs' text joined, and where each begins in it and its superscripts are (cuts)
    begins = [len(" ".join(sides[1][:k])) + bool(k) for k in range(len(news))]
    at = (cuts(whole), tuple(begin + c for block, begin in zip(news, begins) for c in cuts(block)))
    tail = word_ops(whole.text, " ".join(sides[1]), tokenize=tokenize, at=at)
    tokens = cut(tokenize(whole.text), at[0], tokenize)
    old_at = token_starts(tokens)
    new_at = token_starts(cut(tokenize(" ".join(sides[1])), at[1], tokenize))
    out: list[BlockChange] = []
    kept = 0  # the old paragraph's tokens said in the new ones before
    for n, block in enumerate(news):
        last = n == len(news) - 1
        head, tail = (tail, ()) if last else _cut(tail, len(block.text) + 1)
        spans = op_spans(head, old_at, new_at, token=kept, start=begins[n])
        first, kept = kept, bisect_left(old_at, spans[-1][1], kept) if spans else kept
        old_text = "".join(t for _, t in tokens[first:kept])
        old_text = old_text if last else old_text.rstrip()
        # its superscripts where its text is in the old paragraph's
        marks = tuple((begin - old_at[first], end - old_at[first], kind, said) for begin, end, kind, said in whole.marks
                      if kind in _KEPT_MARKS and old_at[first] <= begin and end <= old_at[first] + len(old_text))
        links = _link_ops(whole, block) if n == 0 else (((INSERT, _link_text(block.links)),) if block.links else ())
        out.append(BlockChange("changed", replace(whole, text=old_text, marks=marks), block, head,
                               links, joined="" if last else "split", joined_count=len(news) if n == 0 else 0,
                               joined_of=_joined_of([whole.kind]) if n == 0 else "", parts=unjoined))
    return out


def _joined_of(kinds: list[str]) -> str:
    """What blocks of these kinds are said as, joined (BlockChange.joined_of): "" paragraphs, "items", "mixed"."""
    return "" if "item" not in kinds else "items" if set(kinds) == {"item"} else "mixed"


def _cut(ops: tuple[Op, ...], at: int) -> tuple[tuple[Op, ...], tuple[Op, ...]]:
    """`ops` cut where their new text reaches `at` (deleted words there go with the first part), the first part's
    last space taken off: the ops of two paragraphs from those of their text joined by a space."""
    head: list[Op] = []
    tail: list[Op] = []
    reached = 0
    for tag, text in ops:
        if tag == DELETE or reached + len(text) <= at:
            (head if reached < at or (tag == DELETE and not tail) else tail).append((tag, text))
            reached += 0 if tag == DELETE else len(text)
            continue
        cut = max(at - reached, 0)
        if text[:cut]:
            head.append((tag, text[:cut]))
        tail.append((tag, text[cut:]))
        reached += len(text)
    last = max((k for k, (tag, _) in enumerate(head) if tag != DELETE), default=None)
    if last is not None:
        head[last] = (head[last][0], head[last][1].rstrip())
    return tuple(op for op in head if op[1]), tuple(tail)


def _block_score(matches: int, la: int, lb: int) -> float:
    """Share of common words: of both blocks (difflib's ratio), or of the shorter one when it is kept
    mostly whole (a sentence appended to a short paragraph is an edit, not a rewrite); 0 below the cutoffs."""
    shorter = min(la, lb)
    if not shorter:
        return 1.0 if la == lb else 0.0
    ratio = 2 * matches / (la + lb)
    if ratio >= BLOCK_CUTOFF:
        return ratio
    return BLOCK_CUTOFF if matches / shorter >= CONTAINED else 0.0


def _pairable(old: Unit, new: Unit) -> bool:
    if _is_table(old) or _is_table(new):
        return _is_table(old) and _is_table(new)
    return old[0].kind == new[0].kind or {old[0].kind, new[0].kind} == PROSE


def _pair(old: list[Unit], new: list[Unit], pieces: list[list[BlockChange]], tokenize: Tokenizer) -> None:
    """Pair the most similar blocks of a replaced run, in order, as difflib's Differ does for lines; a run too
    large to search (MAX_RUN_BLOCKS, MAX_RUN_WORDS) is paired block by block in order (redline.js does the same).
    A table pairs with a table only."""
    made: dict[tuple[int, int], list[BlockChange]] = {}

    def single(i: int, j: int) -> bool:
        """One block against one: the usual case, one block edited, whose word diff also measures how much it kept."""
        if not _pairable(old[i], new[j]):
            return False
        if _is_table(old[i]):  # a table in the place of a table is that table edited if it keeps words or a header
            heads = [{_norm(cell) for cell in unit[0].cells} - {""} for unit in (old[i], new[j])]
            return bool(heads[0] & heads[1]) or bool(_score(old[i], new[j]))
        change = _changed(old[i][0], new[j][0], tokenize)
        kept = sum(len(tokenize(text)) for tag, text in change.ops if tag == EQUAL)
        made[i, j] = [change]
        return change.kind == "unchanged" or _same_term(old[i], new[j]) or \
            bool(_block_score(kept, len(tokenize(old[i][0].text)), len(tokenize(new[j][0].text))))

    if len(old) * len(new) > MAX_RUN_BLOCKS or \
            sum(len(words(_unit_text(o))) for o in old) * sum(len(words(_unit_text(n))) for n in new) > MAX_RUN_WORDS:
        pairs = _in_place(len(old), len(new), single)
    else:
        pairs = _ordered(len(old), len(new), lambda i, j: _score(old[i], new[j]), single=single)
    for i, j in pairs:
        if i is not None and j is not None:
            pieces.append(made.pop((i, j), []) or _unit_changes(old[i], new[j], tokenize))
        else:
            pieces.append(_whole(new[j] if i is None else old[i], added=i is None, tokenize=tokenize))  # type: ignore


def _in_place(n_old: int, n_new: int, single: Callable[[int, int], bool]) -> Columns:
    """_pair's order for a run too large to search: each block against the one in its place."""
    out: Columns = []
    for k in range(min(n_old, n_new)):
        out += [(k, k)] if single(k, k) else [(k, None), (None, k)]
    return out + [(i, None) for i in range(n_new, n_old)] + [(None, j) for j in range(n_old, n_new)]


def _ordered(n_old: int, n_new: int, score: Callable[[int, int], float], *,
             single: Callable[[int, int], bool] | None = None) -> Columns:
    """Indexes of `n_old` things and `n_new` things paired as difflib's Differ pairs lines: the pair of the best
    `score` above 0 (the first, new by new), then the same before and after it; one left alone is removed (first) or
    added. `single` decides a pair left alone with no other (blocks: by their word diff). Each pair is scored once:
    scoring again on each side made the time grow with the cube of the things."""
    out: Columns = []
    scores: dict[tuple[int, int], float] = {}

    def search(i0: int, i1: int, j0: int, j1: int) -> None:
        if single is not None and i1 - i0 == j1 - j0 == 1:
            out.extend([(i0, j0)] if single(i0, j0) else [(i0, None), (None, j0)])
            return
        best, at = 0.0, None
        for j in range(j0, j1):
            for i in range(i0, i1):
                if (i, j) not in scores:
                    scores[i, j] = score(i, j)
                if scores[i, j] > best:
                    best, at = scores[i, j], (i, j)
        if at is None:
            out.extend((i, None) for i in range(i0, i1))
            out.extend((None, j) for j in range(j0, j1))
            return
        i, j = at
        search(i0, i, j0, j)
        out.append(at)
        search(i + 1, i1, j + 1, j1)
    search(0, n_old, 0, n_new)
    return out


def _score(old: Unit, new: Unit) -> float:
    """How alike two blocks (or tables) of a replaced run are (0: not to be paired); two defining the same term
    (_term) at least BLOCK_CUTOFF, however reworded."""
    if not _pairable(old, new):
        return 0.0
    score = _similar(words(_unit_text(old)), words(_unit_text(new)))
    return max(score, BLOCK_CUTOFF) if _same_term(old, new) else score


def _term(unit: Unit) -> str:
    """The term a block defines: the bold words it begins with (`**Controller**: the company …`), "" for none."""
    if _is_table(unit) or not unit[0].strong:
        return ""
    term = plain(unit[0].strong[0])
    return term if term and plain(unit[0].text).startswith(term) else ""


def _same_term(old: Unit, new: Unit) -> bool:
    """Two blocks defining the same term: its definition reworded, an edit of it, not one removed and one added (a
    definition rewritten but for its term was struck whole and inserted again, nothing saying which term changed)."""
    term = _term(old)
    return bool(term) and term == _term(new)


def _similar(old_words: list[str], new_words: list[str]) -> float:
    """How alike two lists of words are (_block_score), bounded in time (MAX_PAIRS)."""
    matcher = SequenceMatcher(None, old_words, new_words, autojunk=False)
    la, lb = len(old_words), len(new_words)
    if not _block_score(int(matcher.quick_ratio() * (la + lb) / 2 + 0.5), la, lb):
        return 0.0
    kept = sum(m.size for m in matcher.get_matching_blocks()) if la * lb <= MAX_PAIRS \
        else int(matcher.quick_ratio() * (la + lb) / 2 + 0.5)  # the words both hold: bounded in time
    return _block_score(kept, la, lb)


# --- sections -------------------------------------------------------------------------


def _words(section: Section) -> list[str]:
    return words(section.title + " " + _text(section))


def _text(section: Section) -> str:
    """A section's words as the page shows them (Section.text, each block's page_text)."""
    return "\n".join(block.page_text for block in section.blocks)


def _section_similarity(a: Counter[str], b: Counter[str]) -> float:
    """Words shared by two sections, in any order: cheap, and order inside a section is the word diff's job."""
    total = a.total() + b.total()
    return 2 * (a & b).total() / total if total else 1.0


class _LazyBags(dict):
    """Word counts of sections, computed only for those that reach the similarity passes."""

    def __init__(self, sections: list[Section]) -> None:
        super().__init__()
        self.sections = sections

    def __missing__(self, index: int) -> Counter[str]:
        bag = self[index] = Counter(_words(self.sections[index]))
        return bag


def match_sections(old: list[Section], new: list[Section]) -> dict[int, int]:
    """Old index -> new index, in passes from surest to loosest.

    Same number and title; then same content anywhere (renumbered or moved, unchanged); then,
    between two matched sections, the same title or the same place with similar words (edited
    in place); then the same title anywhere, the same number, and finally similar words anywhere.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def pair(i: int, j: int) -> None:
        pairs[i] = j
        taken.add(j)

    new_by_number = {s.number: j for j, s in enumerate(new)}
    for i, o in enumerate(old):
        j = new_by_number.get(o.number)
        if j is not None and j not in taken and plain(new[j].title) == plain(o.title):
            pair(i, j)
    content: dict[str, list[int]] = {}
    for j, n in enumerate(new):
        if j not in taken:
            content.setdefault(" ".join(_words(n)), []).append(j)
    for i, o in enumerate(old):
        if i not in pairs and (free := [j for j in content.get(" ".join(_words(o)), []) if j not in taken]):
            pair(i, free[0])
    words_old = _LazyBags(old)
    words_new = _LazyBags(new)

    def same_title(i: int, candidates: list[int]) -> None:
        title = plain(old[i].title)
        scored = [(r, j) for j in candidates if j not in taken and plain(new[j].title) == title
                  and (r := _section_similarity(words_old[i], words_new[j])) >= SAME_TITLE_CUTOFF]
        if scored:
            pair(i, max(scored)[1])

    anchors = [(-1, -1)] + sorted((i, pairs[i]) for i in _in_order(pairs)) + [(len(old), len(new))]
    for (i0, j0), (i1, j1) in zip(anchors, anchors[1:]):
        gap_old = [i for i in range(i0 + 1, i1) if i not in pairs]
        gap_new = [j for j in range(j0 + 1, j1) if j not in taken]
        for i in gap_old:
            same_title(i, gap_new)
        gap_old = [i for i in gap_old if i not in pairs]
        gap_new = [j for j in gap_new if j not in taken]
        if len(gap_old) == len(gap_new):
            for i, j in zip(gap_old, gap_new):
                if _section_similarity(words_old[i], words_new[j]) >= BLOCK_CUTOFF:
                    pair(i, j)
    rest_new = [j for j in range(len(new)) if j not in taken]
    for i in range(len(old)):
        if i not in pairs:
            same_title(i, rest_new)
    for i in range(len(old)):
        j = new_by_number.get(old[i].number)
        if i not in pairs and j is not None and j not in taken \
                and _section_similarity(words_old[i], words_new[j]) >= BLOCK_CUTOFF:
            pair(i, j)
    candidates = sorted(
        ((r, i, j) for i in range(len(old)) if i not in pairs for j in range(len(new)) if j not in taken
         if (r := _section_similarity(words_old[i], words_new[j])) >= SECTION_CUTOFF),
        reverse=True)
    for _, i, j in candidates:
        if i not in pairs and j not in taken:
            pair(i, j)
    for i, j in _joined_runs(old, new, pairs, words_old, words_new):
        pair(i, j)
    return pairs


JOINED_RUN = 6  # the most sections in a row said merged into one, or split from one, that no pair keeps


def _joined_runs(old: list[Section], new: list[Section], pairs: dict[int, int], words_old: _LazyBags,
                 words_new: _LazyBags) -> list[tuple[int, int]]:
    """Pairs for sections merged under a new title (two or more in a row no pair keeps, their words together the same
    or nearly the same as a new section's, SECTION_CUTOFF, which none of them alone is) and one split into several
    (the same the other way): the new section paired with the one of them holding most of its words, the others said
    merged into it (or split from it) by `joined`, not as 2 removed and 1 added (session 48). Runs of up to
    JOINED_RUN sections; beyond MAX_RUN_BLOCKS sums of sections compared, none."""
    taken = set(pairs.values())
    found = [(i, j) for j, i in _runs_into(new, old, [j for j in range(len(new)) if j not in taken],
                                           [i for i in range(len(old)) if i not in pairs], words_new, words_old)]
    olds = {i for i, _ in found}
    taken |= {j for _, j in found}
    return found + _runs_into(old, new, [i for i in range(len(old)) if i not in pairs and i not in olds],
                              [j for j in range(len(new)) if j not in taken], words_old, words_new)


def _runs_into(one: list[Section], many: list[Section], ones: list[int], free: list[int], bags_one: _LazyBags,
               bags_many: _LazyBags) -> list[tuple[int, int]]:
    """(index in `one`, index in `many`): each of `ones` whose words are those of a run of `free` sections of `many`
    (consecutive, two or more), best first, paired with the member sharing most of its words."""
    runs: list[list[int]] = []
    for k in free:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    spans = [(run[a], run[b]) for run in runs for a in range(len(run))
             for b in range(a + 1, min(len(run), a + JOINED_RUN))]
    if not ones or not spans or len(ones) * len(spans) > MAX_RUN_BLOCKS:
        return []
    scored: list[tuple[float, int, int, int]] = []
    for first, last in spans:
        together: Counter[str] = sum((bags_many[k] for k in range(first, last + 1)), Counter())
        scored += [(-r, first, last, i) for i in ones
                   if (r := _section_similarity(together, bags_one[i])) >= SECTION_CUTOFF]
    out: list[tuple[int, int]] = []
    done: set[int] = set()  # (of `one`)
    used: set[int] = set()  # (of `many`)
    for _, first, last, i in sorted(scored):
        members = range(first, last + 1)
        if i in done or any(k in used for k in members):
            continue
        done.add(i)
        used.update(members)
        out.append((i, max(members, key=lambda k: ((bags_many[k] & bags_one[i]).total(), -k))))
    return out


def joined(old: list[Section], new: list[Section], pairs: dict[int, int]) -> tuple[dict[int, int], dict[int, int]]:
    """Sections merged into a neighbour and split off one, from `match_sections`' pairs: (old index -> new index of
    the section now holding its text, new index -> old index of the section it was cut from).

    A section no pair keeps is merged when the nearest kept section before it (or else after it) gained at least
    CONTAINED of its words (its text moved there, its heading removed); a new section no pair keeps is split off
    when the nearest kept section before it (or else after it) lost at least CONTAINED of its words. Otherwise they
    are removed and added, as they were said before."""
    merged: dict[int, int] = {}
    split: dict[int, int] = {}
    back = {j: i for i, j in pairs.items()}
    for i, o in enumerate(old):
        if i not in pairs and (j := _moved_to(o, old, i, pairs, lambda k: (old[k], new[pairs[k]]))) is not None:
            merged[i] = pairs[j]
    for j, n in enumerate(new):
        if j not in back and (k := _moved_to(n, new, j, back, lambda k: (new[k], old[back[k]]))) is not None:
            split[j] = back[k]
    return merged, split


def _moved_to(section: Section, sections: list[Section], at: int, kept: dict[int, int],
              sides: Callable[[int], tuple[Section, Section]]) -> int | None:
    """The index in `sections` of the nearest kept section (before `at`, then after) whose other side (`sides`: its
    side here, its other) holds CONTAINED of `section`'s words beyond what its side here holds; None if neither."""
    want = Counter(words(_text(section)))
    if not want:
        return None
    before = next((k for k in range(at - 1, -1, -1) if k in kept), None)
    after = next((k for k in range(at + 1, len(sections)) if k in kept), None)
    for k in (before, after):
        if k is not None:
            here, there = sides(k)
            extra = Counter(words(_text(there))) - Counter(words(_text(here)))
            if (want & extra).total() >= CONTAINED * want.total():
                return k
    return None


MOVED_CUTOFF = 0.8  # a block removed and one added sharing this ratio of words are one block moved
MOVED_WORDS = 4  # ... where each has this many words at least: "Yes." removed and added elsewhere is no move


def moves(sections: list[SectionChange]) -> None:
    """Blocks removed in one place and added in another with the same or nearly the same words (MOVED_CUTOFF), a
    paragraph moved to another section, two paragraphs swapped, a list item moved: each pair marked moved
    (BlockChange.moved), most alike first, in place in `sections`. A table's rows are not (its table shows them).
    Beyond MAX_RUN_BLOCKS pairs, only blocks of the same words are (a rewritten text: no search of every pair).
    A table's rows reordered are rows moved within their table (moved_rows, as _table_changes pairs them)."""
    sides: dict[str, list[tuple[int, int, list[str]]]] = {"removed": [], "added": []}
    for k, section in enumerate(sections):
        for n, block in enumerate(section.blocks):
            side = block.old if block.kind == "removed" else block.new
            if block.kind in sides and block.block_kind != "row" and side is not None \
                    and len(found := words(side.text)) >= MOVED_WORDS:
                sides[block.kind].append((k, n, found))
    gone, came = sides["removed"], sides["added"]
    if not gone or not came:
        return
    search = len(gone) * len(came) <= MAX_RUN_BLOCKS
    scored = sorted(((-score, a, b) for a, (_, _, old) in enumerate(gone) for b, (_, _, new) in enumerate(came)
                     if (old == new or search) and (score := _moved_score(old, new)) >= MOVED_CUTOFF))
    used: set[tuple[str, int]] = set()
    for _, a, b in scored:
        if ("a", a) in used or ("b", b) in used:
            continue
        used |= {("a", a), ("b", b)}
        (k, n, _), (m, q, _) = gone[a], came[b]
        source, target = sections[k].blocks[n], sections[m].blocks[q]
        assert source.old is not None and target.new is not None  # a block removed, one added
        same = k == m
        up = same and q < n
        sections[k].blocks[n] = replace(source, moved="to", moved_with=None if same else _named(sections[m]),
                                        moved_up=up)
        sections[m].blocks[q] = replace(target, moved="from", moved_with=None if same else _named(sections[k]),
                                        moved_up=up, moved_ops=word_ops(source.old.text, target.new.text,
                                                                    at=(cuts(source.old), cuts(target.new))))


def moved_rows(rows: list[BlockChange], keys: Sequence[tuple[str, ...] | None], columns: Columns,
               tokenize: Tokenizer = word_tokens) -> list[BlockChange]:
    """A table's rows removed in one place of it and added in another, their cells the same in every column both
    versions have (`keys`, from _table_changes: rows reordered, which it pairs in order, as a row deleted and another
    inserted; a column added or removed at the same time is no edit of the row): each pair marked moved within its
    table (BlockChange.moved, `moved_up` where the new place is above the old), each removed row with the first added
    one of those cells; then the rows moved and edited on the way (_edited_rows_moved). Its kind and cells stay a row
    removed and a row added (the Word redline's revisions, accepted or rejected, give either table); the added one's
    `moved_cells` are its cells from where it was, what the pages show (shown_cells), as a paragraph moved shows its
    words from where it was (moved_ops)."""
    out = list(rows)
    came: dict[tuple[str, ...], list[int]] = {}
    for q, (row, key) in enumerate(zip(out, keys)):
        if row.kind == "added" and key is not None and row.new is not None and not row.new.header \
                and any(not blank(cell) for cell in key):  # (a row of words: named where it moved)
            came.setdefault(key, []).append(q)
    for n, (row, key) in enumerate(zip(out, keys)):
        if row.kind != "removed" or key is None or row.old is None or row.old.header or not (places := came.get(key)):
            continue
        q = places.pop(0)
        out[n], out[q] = _row_moved(row, out[q], up=q < n, columns=columns, tokenize=tokenize)
    _edited_rows_moved(out, keys, columns, tokenize)
    return out


def _row_moved(row: BlockChange, target: BlockChange, *, up: bool, columns: Columns,
               tokenize: Tokenizer) -> tuple[BlockChange, BlockChange]:
    """A row removed (`row`) and the row added that is it moved (`target`), marked so: the added one's words and
    cells from where it was (moved_ops, moved_cells), the words edited on the way marked inside them."""
    assert row.old is not None and target.new is not None  # a row removed, one added
    return replace(row, moved="to", moved_up=up), replace(
        target, moved="from", moved_up=up,
        moved_ops=word_ops(row.old.text, target.new.text, tokenize=tokenize, at=(cuts(row.old), cuts(target.new))),
        moved_cells=_row_change(row.old, target.new, columns, tokenize).cells)


def _edited_rows_moved(rows: list[BlockChange], keys: Sequence[tuple[str, ...] | None], columns: Columns,
                       tokenize: Tokenizer) -> None:
    """The rows left removed in one place of a table and added in another (moved_rows) that are one row moved and
    edited on the way (_row_score: nearly the same words, or the same name in its first cell and half its words), each
    pair marked moved, most alike first, in place in `rows`, its edits marked inside the cells it moved with
    (moved_cells), as a paragraph moved and edited shows them; they were said a row removed and another added, nothing
    saying it moved (session 49). Beyond MAX_RUN_BLOCKS pairs, none searched."""
    def side(kind: str) -> list[int]:
        return [k for k, (row, key) in enumerate(zip(rows, keys)) if row.kind == kind and not row.moved
                and key is not None and (row.old if kind == "removed" else row.new) is not None
                and not (row.old or row.new).header and any(not blank(cell) for cell in key)]  # type: ignore[union-attr]

    gone, came = side("removed"), side("added")
    if not gone or not came or len(gone) * len(came) > MAX_RUN_BLOCKS:
        return
    scored = sorted((-score, n, q) for n in gone for q in came
                    if (score := _row_score(keys[n], keys[q])) > 0)  # type: ignore[arg-type]
    done: set[int] = set()
    for _, n, q in scored:
        if n in done or q in done:
            continue
        done |= {n, q}
        rows[n], rows[q] = _row_moved(rows[n], rows[q], up=q < n, columns=columns, tokenize=tokenize)


def _row_score(old: tuple[str, ...], new: tuple[str, ...]) -> float:
    """How alike a row removed and a row added are as one row moved and edited (their cells in the columns both
    versions have): their words' ratio where at least MOVED_CUTOFF, else, where their first cell of words is the same
    (the row's name, "Cookies"), their words' likeness where at least BLOCK_CUTOFF (`| Cookies | 13 mois |` become
    `| Cookies | 6 mois |`); 0 for neither."""
    a, b = words(" ".join(old)), words(" ".join(new))
    if (score := _moved_score(a, b)) >= MOVED_CUTOFF:
        return score
    names = [next((plain(cell) for cell in key if not blank(cell)), "") for key in (old, new)]
    return similar if names[0] == names[1] and (similar := _similar(a, b)) >= BLOCK_CUTOFF else 0.0


def _moved_score(old: list[str], new: list[str]) -> float:
    """The share of the words of two blocks both hold in order (difflib's ratio), bounded in time (MAX_PAIRS)."""
    if old == new:
        return 1.0
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    if len(old) * len(new) > MAX_PAIRS or matcher.quick_ratio() < MOVED_CUTOFF:
        return 0.0
    return matcher.ratio()


def _named(section: SectionChange) -> tuple[str, str, str]:
    return section.number, section.title, section.mark


def numbering_ops(old: str, new: str, title: str) -> tuple[Op, ...]:
    """A heading whose number is written otherwise (`old`, `new`: Section.numbering, `1.` and `I.`), the number
    the same: the word ops from one to the other, then its title, as the redline shows the heading; () where either
    is unknown ("": a policy.json before the field) or they write it alike. The history and the feed say no change
    (no word changed), but a reader comparing the two versions sees their headings differ (texts 28)."""
    if not old or not new:
        return ()
    ops = list(word_ops(old, new))
    if all(tag == EQUAL for tag, _ in ops):
        return ()
    if title:
        _push(ops, EQUAL, " " + title)
    return tuple(ops)


def _partner(section: Section) -> tuple[str, str, str]:
    return section.number, section.title, _mark(section)


def _mark(section: Section) -> str:
    """How the redline names a section's number (SectionChange.old_mark, new_mark): its heading's mark (Section.mark),
    or, where its identity is no number (an id of its own, `## 2. Data {#data}`; a slug, on a page that does not number
    its headings), its heading's number (`§2`). A renumbered section known by its id read "Data (renumbered)", neither
    number said, and a run of them was not said as one (render.shifted)."""
    if section.mark or not section.numeral or SECTION_NUMBER.fullmatch(section.number):
        return section.mark
    return label_of(section.numeral)


def _in_order(pairs: dict[int, int]) -> set[int]:
    """Old indexes of the longest run of pairs kept in the same order: the others moved."""
    olds = sorted(pairs)
    tails: list[int] = []  # new index ending the best run of each length
    tail_at: list[int] = []  # position in `olds` of that end
    back: list[int] = [-1] * len(olds)
    for k, i in enumerate(olds):
        j = pairs[i]
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        back[k] = tail_at[pos - 1] if pos else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(olds[k])
        k = back[k]
    return keep


def diff(old: Policy, new: Policy, *, tokenize: Tokenizer | None = None,
         source: Policy | None = None) -> Redline:
    """The redline from `old` to `new`: each section matched, classified and diffed block by block.

    `tokenize` is for benchmarks of other tokenisations; the default is `word_tokens`. `source`: for a translation,
    the authoritative page (its front matter suffices), whose `change:` classes the version and whose `announced:` says
    it is not in force before its date (Redline.editorial, Redline.announced) whatever the translation's own say
    (document.notice_page: one rule with archive.notice_of for the history and the feed, export.notice for policy.json,
    pages.announced_of for the page's banner).
    """
    tokenize = tokenize or word_tokens
    pairs = match_sections(old.sections, new.sections)
    in_order = _in_order(pairs)
    whitespace = formatting = 0

    def count(blocks: list[BlockChange]) -> None:
        nonlocal whitespace, formatting
        whitespace += sum(b.note == "whitespace" for b in blocks)
        formatting += sum(b.note == "formatting" for b in blocks)

    def title_ops(a: str, b: str) -> tuple[Op, ...]:
        nonlocal whitespace, formatting
        if a != b and _norm(a) == _norm(b):
            whitespace += 1
        elif _norm(a) != _norm(b) and plain(a) == plain(b):
            formatting += 1  # `L'accès` become `L’accès`
        ops = word_ops(a, b) if plain(a) != plain(b) else ()
        if ops and all(tag == EQUAL for tag, _ in ops):  # the same words spaced otherwise (`Durée :`, `Durée:`)
            formatting += 1
            return ()
        return ops

    preamble_blocks = diff_blocks(old.shown_preamble, new.shown_preamble, tokenize=tokenize)
    count(preamble_blocks)
    preamble = SectionChange("unchanged", "", "", old.shown_title, new.shown_title,
                             title_ops(old.shown_title, new.shown_title), preamble_blocks, old.shown_title_line,
                             new.shown_title_line, old_parts=old.title_parts if old.title else (),
                             new_parts=new.title_parts if new.title else ())
    if preamble.changed:
        preamble.kind = "changed"

    placed: list[tuple[tuple[int, int, int], SectionChange]] = []
    new_to_old = {j: i for i, j in pairs.items()}
    merged, split = joined(old.sections, new.sections, pairs)
    for j, n in enumerate(new.sections):
        i = new_to_old.get(j)
        if i is None:
            change = SectionChange("added", None, n.number, "", n.title, ((INSERT, n.title),),
                                   diff_blocks([], n.blocks, tokenize=tokenize), 0, n.line, new_mark=_mark(n),
                                   new_level=n.level, new_parts=n.title_parts)
            if j in split:  # named by the number it has now, which the reader finds it by
                change.kind, change.partner = "split", _partner(new.sections[pairs[split[j]]])
        else:
            o = old.sections[i]
            blocks = diff_blocks(o.blocks, n.blocks, tokenize=tokenize)
            count(blocks)
            # its heading made another level (`###` become `##`): the page shows it otherwise, no word changed
            formatting += o.level != n.level
            change = SectionChange("unchanged", o.number, n.number, o.title, n.title, title_ops(o.title, n.title),
                                   blocks, o.line, n.line, _mark(o), _mark(n), link_ops=word_ops(
                                       _link_text(o.links), _link_text(n.links), tokenize=target_tokens)
                                   if o.links != n.links else (), old_level=o.level, new_level=n.level,
                                   old_parts=o.title_parts, new_parts=n.title_parts)
            if i not in in_order:
                change.kind = "moved"
            elif o.numeral != n.numeral:
                change.kind = "renumbered"
            else:
                change.numbering_ops = numbering_ops(o.numbering, n.numbering, n.title)
                if change.changed:
                    change.kind = "changed"
        placed.append(((j, 0, 0), change))
    last_paired = -1
    for i, o in enumerate(old.sections):
        if i in pairs:
            last_paired = pairs[i] if i in in_order else last_paired
            continue
        change = SectionChange("removed", o.number, None, o.title, "", ((DELETE, o.title),),
                               diff_blocks(o.blocks, [], tokenize=tokenize), o.line, 0, old_mark=_mark(o),
                               old_level=o.level, old_parts=o.title_parts)
        if i in merged:
            change.kind, change.partner = "merged", _partner(new.sections[merged[i]])
        placed.append(((last_paired, 1, i), change))
    placed.sort(key=lambda item: item[0])
    sections = [preamble] + [change for _, change in placed]
    moves(sections)
    renumbered = references.renumbering(sections)
    for change in sections:
        change.references = references.references_only(change, renumbered)
    return Redline(new.lang or old.lang, old.date, new.date, sections, Notes(whitespace, formatting),
                   announced=ahead(notice_page(new, source).announced, new.date),
                   editorial=notice_page(new, source).change == "editorial")


def ahead(announced: dt.date | None, date: dt.date | None) -> dt.date | None:
    """`announced` where a version dated `date` was announced before it took effect (model.Redline.announced)."""
    return announced if announced is not None and date is not None and announced < date else None
