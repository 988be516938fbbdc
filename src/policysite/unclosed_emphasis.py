"""Bold or italic opened and never closed (`**important`, `*important`): Markdown shows the marks as written, and the
page reads "**important" (legal20: `policy check` said nothing; legal21: nor of a lone `*`). Judged on the rendered
page: a `**`, `__` or `*` left in its prose where it opens a word, not a footnote mark after a word (`prix*`), the note
it calls opening its line (`*Hors taxes`, where the page marks a word so), nor a product (`2 * 3`)."""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser

from policysite import page_text
from policysite.messages import Said

RULE = "editorial.unclosed-emphasis"
# A `**`, `__` or `*` where emphasis opens: at the start of a text, or after a space or an opening mark, and before a
# letter or a digit (CommonMark's left-flanking run). A lone `_` is left alone: it opens cookies' names (`_ga`).
_OPENING = re.compile(r"(?<![^\s(\[{«“‘\"'/—–-])(?P<mark>\*\*|__|\*(?!\*))(?P<word>[^\W_][^\s*]*)")
# A footnote mark: stars glued after a word (`prix*`, `TTC**`), not before another word (`2*3`)
_FOOTNOTE_MARK = re.compile(r"(?<=\w)(?P<mark>\*+)(?![\w*])")
# What `__` opens in a prose that is no emphasis: a cookie's or a program's name (`__utma`, `__Secure-id`, `__cf_bm`)
_IDENTIFIER = re.compile(r"[\w-]{0,5}|.*[_\d-].*")
_QUOTED = 40


def findings(body: str, tree: LexborHTMLParser) -> list[tuple[int, Said]]:
    """(line, message) for each `**` or `__` the rendered page (`tree`, of the Markdown `body`) shows where it opens a
    word: emphasis opened in the source and never closed."""
    found: list[tuple[int, Said]] = []
    line = 0
    texts = list(page_text.prose(tree))
    notes = {match["mark"] for text in texts for match in _FOOTNOTE_MARK.finditer(text)}
    for text in texts:
        for match in _OPENING.finditer(text):
            mark, word = match["mark"], match["word"].rstrip(".,;:!?»”’)")
            if mark == "__" and _IDENTIFIER.fullmatch(word):
                continue
            if mark in notes and not text[:match.start()].strip():  # the note a footnote mark calls, opening its line
                continue
            written = opened(body, mark, word, after=max(line - 1, 0))
            if written is None:  # (the source wrote the marks escaped, `\*\*`, or as entities: shown on purpose)
                continue
            line = written
            shown = " ".join(text[match.start():].split())
            found.append((line, Said(RULE, mark=mark, shown=shown[:_QUOTED] + ("…" if len(shown) > _QUOTED else ""))))
    return found


def opened(body: str, mark: str, word: str, *, after: int = 0) -> int | None:
    """The line (1-based) of `body` where `mark` opens `word` unescaped, from line `after` + 1 on, else from the top;
    None where the source writes it nowhere so."""
    written = re.compile(rf"(?<!\\){re.escape(mark + word)}")
    lines = body.split("\n")
    return next((number + 1 for number in [*range(after, len(lines)), *range(after)] if written.search(lines[number])),
                None)
