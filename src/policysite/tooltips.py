"""Whether a tooltip (an element's `title`) says words its page does not show.

A browser shows a title only while a pointer rests on its element: never on a touch screen, on paper, to a reader who
does not hover, nor in the PDF, the redline or the feed. A clause there (`<abbr title="We sell your data">GDPR</abbr>`)
binds a reader who never saw it. A title may say what its element shows (its own words), spell out an abbreviation
among them (`RGPD`: "Règlement général sur la protection des données"), or repeat words the page shows elsewhere, in
that order (a term the text defines); anything else is words only a tooltip shows.
"""
from __future__ import annotations

import functools
import re
import unicodedata

_WORD = re.compile(r"[^\W_]+")


def _words(text: str) -> list[str]:
    return _WORD.findall(unicodedata.normalize("NFKC", text))


def _small(word: str) -> bool:
    """A word an abbreviation may leave out: a short word in small letters (`de`, `la`, `of`, `the`, an elided `l`),
    or a number."""
    return word.isdigit() or (len(word) <= 3 and word.islower())


def _abbreviations(shown: str) -> list[str]:
    """The letters of each abbreviation among an element's words: two capitals or more (`RGPD`, `GmbH`), or letters
    parted by dots (`e.g.`, `U.E.`)."""
    found = []
    for token in re.findall(r"[^\W_](?:[^\W_]|\.(?=[^\W_]))*\.?", unicodedata.normalize("NFKC", shown)):
        letters = [c for c in token if c.isalpha()]
        if len(letters) >= 2 and (sum(c.isupper() for c in letters) >= 2 or "." in token.rstrip(".")):
            found.append("".join(letters).casefold())
    return found


def _spells_out(letters: str, words: list[str]) -> bool:
    """Whether `words` spell out the abbreviation `letters`: each word that is not small starts the next letters (a
    word may give more than one, in its order: `GmbH`, `XML`), a small word gives some or none."""
    seen: dict[tuple[int, int], bool] = {}

    def match(i: int, j: int) -> bool:
        if j == len(words):
            return i == len(letters)
        if (i, j) in seen:
            return seen[(i, j)]
        word = words[j].casefold()
        result = _small(words[j]) and match(i, j + 1)
        if not result and i < len(letters) and word[:1] == letters[i]:
            k, at = i + 1, 1
            result = match(k, j + 1)
            while not result and k < len(letters):
                at = word.find(letters[k], at) + 1
                if not at:
                    break
                k += 1
                result = match(k, j + 1)
        seen[(i, j)] = result
        return result

    return match(0, 0)


def unshown(title: str, *, shown: str, page: str) -> bool:
    """Whether the tooltip `title` of an element whose words are `shown`, on a page whose words are `page`, says words
    the page does not show."""
    said = [w.casefold() for w in _words(title)]
    if not said:
        return False
    own = {w.casefold() for w in _words(shown)}
    if set(said) <= own:
        return False
    if any(_spells_out(letters, _words(title)) for letters in _abbreviations(shown)):
        return False
    return f" {' '.join(said)} " not in _page_words(page)


@functools.lru_cache(maxsize=4)  # (one page's words, read again for each of its titles)
def _page_words(page: str) -> str:
    return f" {' '.join(w.casefold() for w in _words(page))} "
