"""A Word document converted from a PDF (Acrobat's export, Word's own reflow, online converters): each printed line a
paragraph of its own, a word a line's end broke written with its hyphen, and each page's running header, footer and
number paragraphs among the text (adopt51: a sentence cut at each line's end, `comp-` over `tes`, `Page 1 sur 2` and
the company's name over every page were the policy's text). The page's furniture is left out where the document
numbers its pages so, and the lines are joined back into the paragraphs they were printed as: a line ending no
sentence goes on in the next where that one begins in small letters (printed_lines' rules for a web page's lines).
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.notes import Notes, each_quoted, say_margins
from policysite.convert.printed_lines import _whole
from policysite.messages import Said

# A page's number as a footer writes it: `Page 1 sur 2`, `Seite 1 von 2`, `Página 1`, `1/2`, `- 1 -`; never a number
# alone, which may be a section's number typed on its own line (`1` over `Who we are`: convert.word-number-alone).
PAGE_NUMBER = re.compile(r"(?i)(?:page|pagina|página|pág\.|seite|side|sida|strona|str\.|sivu|pag\.|p\.)\s*\d{1,3}"
                         r"(?:\s*(?:/|of|sur|de|von|di|van|z|av|af|из|з)\s*\d{1,3})?|"
                         r"\d{1,3}\s*(?:/|of|sur|de|von|di|van|z|av|af|из|з)\s*\d{1,3}|[-–—]\s*\d{1,3}\s*[-–—]")
_NEAR = 3  # a running header or footer stands this many paragraphs from a page's number at most
_FURNITURE_WORDS = 15  # and is this short
_ENDS_SENTENCE = re.compile(r"[.!?:;…»”\"')\]]\s*$")
_HYPHENATED = re.compile(r"\w-$")
_BEGINS_LOWER = re.compile(r"^[\"'«“(]?[^\W\d_]")


def join(markup: str, notes: Notes, *, lang: str) -> str:
    """`markup` (mammoth's HTML of a Word document) without its pages' numbers, headers and footers and with its
    printed lines joined into paragraphs, where it is a PDF's lines; else as it was."""
    tree = LexborHTMLParser(f"<!DOCTYPE html><body>{markup}")
    body = tree.body
    if body is None:
        return markup
    paragraphs = [node for node in body.iter() if node.tag == "p"]
    numbers = [i for i, node in enumerate(paragraphs) if PAGE_NUMBER.fullmatch(_words(node))]
    if len(numbers) < 2:
        return markup
    furniture = _furniture(paragraphs, numbers)
    say_margins([_words(paragraphs[i]) for i in sorted(furniture) if i not in numbers], notes)
    for i in furniture:
        paragraphs[i].decompose()
    kept = [node for i, node in enumerate(paragraphs) if i not in furniture]
    joined, whole, hyphens = _joined(kept, lang)
    if joined:
        notes.add(Said("convert.word-lines", count=joined))
    if whole:
        notes.add(Said("convert.printed-words", count=len(whole), words=each_quoted(whole[:5])))
    if hyphens:
        notes.add(Said("convert.printed-hyphens", count=hyphens))
    return body.inner_html or markup


def _words(node: LexborNode) -> str:
    return " ".join(node.text(deep=True).split())


def _furniture(paragraphs: list[LexborNode], numbers: list[int]) -> set[int]:
    """The indexes of the pages' numbers and of every short paragraph written again and again that stands near one of
    them (a running header over the next page, a footer over the number)."""
    near = {_words(paragraphs[i]) for number in numbers
            for i in range(max(0, number - _NEAR), min(len(paragraphs), number + _NEAR + 1)) if i != number}
    places: dict[str, list[int]] = {}
    for i, node in enumerate(paragraphs):
        words = _words(node)
        if words in near and len(words.split()) <= _FURNITURE_WORDS:
            places.setdefault(words, []).append(i)
    return set(numbers) | {i for found in places.values() if len(found) >= 2 for i in found}


def _joined(paragraphs: list[LexborNode], lang: str) -> tuple[int, list[str], int]:
    """Each paragraph that goes on a line before it (one ending no sentence, this one beginning in small letters, or
    that one ending in a hyphen) moved into it: how many were, the words a hyphen broke written whole, the hyphens
    kept."""
    joined, whole, hyphens = 0, [], 0
    before: LexborNode | None = None
    for node in paragraphs:
        words = _words(node)
        if before is not None and _same(node.parent, before.parent) and words and _goes_on(_words(before), words):
            text = _words(before)
            if _HYPHENATED.search(text):
                word = _whole(text, words, lang)
                if word is not None:
                    _drop_last_hyphen(before)
                    whole.append(word)
                else:
                    hyphens += 1
                gap = ""
            else:
                gap = " "
            if gap:
                before.insert_child(gap)
            for child in list(node.iter(include_text=True)):
                before.insert_child(child)
            node.decompose()
            joined += 1
            continue
        before = node
    return joined, whole, hyphens


def _same(one: LexborNode | None, other: LexborNode | None) -> bool:
    return one is not None and other is not None and one.mem_id == other.mem_id


def _goes_on(before: str, after: str) -> bool:
    """Whether a printed line `after` goes on the line `before`."""
    if _HYPHENATED.search(before):
        return bool(re.match(r"\w", after))
    first = _BEGINS_LOWER.match(after)
    return not _ENDS_SENTENCE.search(before) and first is not None and first.group()[-1].islower()


def _drop_last_hyphen(node: LexborNode) -> None:
    """`node` without the hyphen ending its last text."""
    texts = [child for child in node.traverse(include_text=True) if child.tag == "-text" and child.text_content]
    for text in reversed(texts):
        content = text.text_content or ""
        if content.strip():
            text.replace_with(re.sub(r"-(\s*)$", r"\1", content))
            return
