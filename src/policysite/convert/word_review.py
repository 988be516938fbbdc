"""What reviewers left in a Word or OpenDocument text, said at the line of the Markdown written that holds it: each
paragraph with changes tracked and not yet accepted (the import reads the text as if they were: the text the program
shows once they are, what the company meant to publish), with the words inserted and deleted, so that the legal team
checks, paragraph by paragraph, that this was the text in force; and each paragraph a reviewer's comment was left on
(the comment is left out: a reviewer's words, not the policy's; its words are not quoted, an internal remark has no
place in the site's history)."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any

from policysite.convert.notes import Notes, quoted
from policysite.messages import Said

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REMOVED = (f"{_W}del", f"{_W}moveFrom")  # a deletion, or the place words were moved from
_ADDED = (f"{_W}ins", f"{_W}moveTo")
_LOCATING = 6  # the first words of a paragraph that find its line (before a footnote's mark, most often)
_QUOTED = 60


@dataclass(frozen=True)
class Reviewed:
    """A paragraph of the document with tracked changes or a comment: its words as read (the changes accepted), the
    words inserted and deleted, whether its mark was deleted (joining it to the paragraph after it), whether a
    comment is anchored in it, and the deleted table row it is a cell's paragraph of (counted from 1; 0: none)."""

    kept: str
    inserted: tuple[str, ...]
    deleted: tuple[str, ...]
    joined: bool
    commented: bool
    row: int = 0


def reviewed(parts: Sequence[str]) -> list[Reviewed]:
    """The paragraphs of `parts` (the XML of the document's text, footnotes, endnotes), in order, that hold a tracked
    insertion or deletion of words, or a comment's anchor."""
    from lxml import etree

    found: list[Reviewed] = []
    for part in parts:
        if not re.search(r"<w:(?:ins|del|moveFrom|moveTo|commentReference|commentRangeStart)\b", part):
            continue
        try:
            root = etree.fromstring(part.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True,
                                                                          huge_tree=True))
        except etree.XMLSyntaxError:
            continue  # mammoth says what it cannot read
        after_deleted, rows = False, dict[Any, int]()
        for paragraph in root.iter(f"{_W}p"):
            one = _paragraph(paragraph)
            row = next(paragraph.iterancestors(f"{_W}tr"), None)
            if row is not None and row.find(f"{_W}trPr/{_W}del") is not None:
                one = replace(one, row=rows.setdefault(row, len(rows) + 1))
            if one.inserted or one.deleted or one.joined or one.commented or after_deleted and one.kept:
                found.append(one)
            # (a paragraph deleted whole, a deleted table row's cells too, is said at the next paragraph of words, the
            # one right after it, even one without changes: adopt53, it waited for the next reviewed one, at the end
            # of the text where none came)
            after_deleted = not one.kept and bool(one.deleted) or after_deleted and not one.kept
    return found


def _own(element: Any, paragraph: Any) -> bool:
    """Whether `element` is of `paragraph` itself, not of a paragraph inside it (a text box's)."""
    return next(element.iterancestors(f"{_W}p"), None) is paragraph


def _text(element: Any, paragraph: Any, tags: tuple[str, ...]) -> str:
    return "".join(node.text or "" for node in element.iter(*tags) if _own(node, paragraph))


def _paragraph(paragraph: Any) -> Reviewed:
    kept: list[str] = []
    for node in paragraph.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        if not _own(node, paragraph) or any(a.tag in _REMOVED for a in node.iterancestors()):
            continue
        kept.append(node.text or "" if node.tag == f"{_W}t" else " ")
    changes = [node for node in paragraph.iter(*_REMOVED, *_ADDED) if _own(node, paragraph)]
    words = {node: " ".join(_text(node, paragraph, (f"{_W}t", f"{_W}delText")).split()) for node in changes}
    return Reviewed(" ".join("".join(kept).split()),
                    tuple(words[node] for node in changes if node.tag in _ADDED and words[node]),
                    tuple(words[node] for node in changes if node.tag in _REMOVED and words[node]),
                    paragraph.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None,
                    any(_own(node, paragraph) for node in paragraph.iter(f"{_W}commentReference",
                                                                         f"{_W}commentRangeStart")))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def _line_words(line: str) -> list[str]:
    """The words a line of Markdown shows: not its tags (a footnote's mark), links' addresses or ids."""
    return _words(_MARKUP.sub(" ", line))


_MARKUP = re.compile(r"<[^>\n]*>|\]\([^)\s]*\)|\{#[^}\n]*\}")


def _line_of(lines: list[list[str]], kept: str, start: int) -> int | None:
    """The 0-based index of the first line from `start` (else from the top) whose words hold the first words of
    `kept`, a paragraph's, in a row."""
    wanted = _words(kept)[:_LOCATING]
    if not wanted:
        return None
    for n in [*range(start, len(lines)), *range(min(start, len(lines)))]:
        line = lines[n]
        if any(line[at:at + len(wanted)] == wanted for at in range(len(line) - len(wanted) + 1)):
            return n
    return None


def located(body: str, paragraph: str) -> int | None:
    """The line of `body` (the Markdown written, counted from 1) holding the paragraph of the document whose words are
    `paragraph`, else None."""
    line = _line_of([_line_words(line) for line in body.split("\n")], paragraph, 0)
    return None if line is None else line + 1


def say(body: str, found: Sequence[Reviewed], notes: Notes) -> None:
    """Each reviewed paragraph (`reviewed`, `odt_reviewed`) said at its line of `body` (the Markdown written; a
    paragraph the conversion left out or rewrote, without one): its tracked changes read as accepted, with their
    words (a paragraph deleted whole, at the line of the text after it); a comment left out."""
    lines = [_line_words(line) for line in body.split("\n")]
    at, pending = 0, list[Reviewed]()  # (paragraphs deleted whole, said with the next paragraph of words)
    for one in found:
        if not one.kept:
            pending += [one] if one.deleted else []
            continue
        line = _line_of(lines, one.kept, at)
        at = at if line is None else line
        changes = [*_deleted_whole(pending, last=False),
                   *_changes("convert.word-tracked-inserted", one.inserted),
                   *_changes("convert.word-tracked-deleted", one.deleted),
                   *([Said("convert.word-tracked-joined")] if one.joined else [])]
        pending = []
        if changes:
            notes.add(Said("convert.word-tracked-line", changes=changes), None if line is None else line + 1)
        if one.commented and line is not None:  # (elsewhere: convert.word-comments counts it)
            notes.add(Said("convert.word-comment-line"), line + 1)
    if pending:  # (deleted whole at the end of the text)
        notes.add(Said("convert.word-tracked-line", changes=_deleted_whole(pending, last=True)))


def _deleted_whole(pending: Sequence[Reviewed], *, last: bool) -> list[Said]:
    """The paragraphs deleted whole, above a paragraph (or at the end of the text when `last`), said: those of a
    deleted table row together, each row its cells' words (`Photos | forever`), the others each its words."""
    rows: dict[int, list[str]] = {}
    for one in pending:
        if one.row:
            rows.setdefault(one.row, []).extend(one.deleted)
    paragraphs = [words for one in pending if not one.row for words in one.deleted]
    where = "last" if last else "above"
    return [*_changes(f"convert.word-tracked-deleted-{'last' if last else 'paragraph'}", paragraphs),
            *_changes(f"convert.word-tracked-deleted-row-{where}", [" | ".join(cells) for cells in rows.values()])]


def _changes(key: str, words: Sequence[str]) -> list[Said]:
    return [Said(key, words=quoted([one[:_QUOTED] + ("…" if len(one) > _QUOTED else "") for one in words]))] \
        if words else []


_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_PARAGRAPHS = (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h")
_UNREAD = (f"{{{_OFFICE}}}annotation", f"{{{_TEXT}}}note", f"{{{_TEXT}}}tracked-changes")  # (read apart)


def odt_reviewed(text: Any) -> list[Reviewed]:
    """The paragraphs of an OpenDocument text (`office:text`) that hold a tracked change (`text:change` where words
    were deleted, `text:change-start` … `text:change-end` around words inserted) or a comment (`office:annotation`),
    in order: the words deleted are kept apart, in `text:tracked-changes`."""
    regions = {region.get(f"{{{_TEXT}}}id"): region for region in text.iter(f"{{{_TEXT}}}changed-region")}
    deleted = {key: " ".join(" ".join(" ".join(p.itertext()) for p in region.iter(*_PARAGRAPHS)).split())
               for key, region in regions.items() if region.find(f"{{{_TEXT}}}deletion") is not None}
    inserted = {key for key, region in regions.items() if region.find(f"{{{_TEXT}}}insertion") is not None}
    found = []
    for paragraph in text.iter(*_PARAGRAPHS):
        if any(a.tag in _UNREAD or a.tag in _PARAGRAPHS for a in paragraph.iterancestors()):
            continue
        kept: list[str] = []
        runs: dict[str, list[str]] = {}
        removed: list[str] = []
        open_: set[str] = set()
        commented = False
        for kind, value in _tokens(paragraph):
            if kind == "text":
                kept.append(value)
                for key in open_:
                    runs[key].append(value)
            elif kind == "start" and value in inserted:
                open_.add(value)
                runs.setdefault(value, [])
            elif kind == "end":
                open_.discard(value)
            elif kind == "change" and value in deleted:
                removed.append(deleted[value])
            elif kind == "comment":
                commented = True
        found.append(Reviewed(" ".join("".join(kept).split()),
                              tuple(words for run in runs.values() if (words := " ".join("".join(run).split()))),
                              tuple(words for words in removed if words), False, commented))
    return [one for one in found if one.inserted or one.deleted or one.commented]


_MARKS = {f"{{{_TEXT}}}change": "change", f"{{{_TEXT}}}change-start": "start", f"{{{_TEXT}}}change-end": "end"}


def _tokens(node: Any) -> Iterator[tuple[str, str]]:
    """A paragraph's words and marks in order: ("text", words), ("start"/"end"/"change", a change's id), ("comment",
    "")."""
    yield "text", node.text or ""
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{_OFFICE}}}annotation":
            yield "comment", ""
        elif tag in _MARKS:
            yield _MARKS[tag], str(child.get(f"{{{_TEXT}}}change-id"))
        elif tag in (f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"):
            yield "text", " "
        elif tag and tag not in _UNREAD:
            yield from _tokens(child)
        yield "text", child.tail or ""
