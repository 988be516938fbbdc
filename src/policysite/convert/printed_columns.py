"""A PDF whose pages set two columns of prose side by side (a bilingual policy printed with each language in a
column, or a text running on from the left column to the right), saved as a web page line by line (pdftohtml's
boxes): each printed line beside its neighbour in the other column was read as a row of a two-column table the PDF
never had. Each column is read as its own run of lines; a page in two languages keeps the column in the language
imported, as `bilingual` keeps a two-column table's (adopt46)."""
from __future__ import annotations

import collections

from selectolax.lexbor import LexborNode

from policysite.convert.bilingual import MARGIN
from policysite.convert.elements import shown_words
from policysite.convert.notes import Notes
from policysite.messages import Said

Box = tuple[float, float, LexborNode]
_EDGE = 6.0  # pixels between the left edges of the lines of one column
_GUTTER = 150.0  # pixels between the two columns' left edges at least
_SHARE = 0.3  # of a page's lines each column starts at least
_PROSE = 30  # characters a column's lines hold on average at least (fewer: a table's cells, `_ga`, `2 years`)
_FEWEST = 4  # lines each column holds at least
_SAME_LINE = 5.0  # pixels between the tops of two lines side by side


def _words(box: Box) -> str:
    return " ".join(shown_words(box[2]).split())


def halves(boxes: list[Box]) -> tuple[list[Box], list[Box]] | None:
    """The page's lines of its left and of its right column, where it sets two columns of prose side by side: two
    left edges far apart each starting a share of its lines, long lines in both (no table's short cells). The lines
    above both columns (the page's title across them) head each; the right column's are placed as at the left's
    margins."""
    edges = collections.Counter(round(left / _EDGE) for _top, left, _node in boxes)
    common = sorted(edge * _EDGE for edge, count in edges.items() if count >= _SHARE * len(boxes))
    if len(common) < 2 or common[-1] - common[0] < _GUTTER:
        return None
    middle = (common[0] + common[-1]) / 2
    left = [box for box in boxes if box[1] < middle]
    right = [box for box in boxes if box[1] >= middle]
    if not left or not right:
        return None
    start = max(left[0][0], right[0][0]) - _SAME_LINE  # (boxes come sorted by their tops)
    above = [box for box in boxes if box[0] < start]
    shift = common[-1] - common[0]  # (the right column's lines at the left one's margins: a paragraph goes on)
    left = [box for box in left if box[0] >= start]
    right = [(top, edge - shift, node) for top, edge, node in right if top >= start]
    for column in (left, right):
        if len(column) < _FEWEST or sum(len(_words(box)) for box in column) / len(column) < _PROSE:
            return None
    return above + left, above + right


def read(pages: list[list[Box]], lang: str, notes: Notes) -> list[list[Box]]:
    """Each page's boxes in reading order: a page of two columns, its left column's lines then its right's, each
    read as a page; where
    the columns are in two languages (the dictionary of `lang` knowing far more of one's words), the column in
    `lang` alone, said."""
    from policysite import spelling

    split = [halves(boxes) for boxes in pages]
    if not any(split):
        return pages
    shared = {id(box) for parts in split if parts for box in parts[0] if any(box is other for other in parts[1])}
    columns = [[box for parts in split if parts for box in parts[side] if id(box) not in shared] for side in (0, 1)]
    texts = [" ".join(_words(box) for box in column) for column in columns]
    shares = [spelling.known_share(text, lang) if lang else None for text in texts]
    lines = sum(len(column) for column in columns)
    first = [_words(column[0])[:40] for column in columns]
    if shares[0] is not None and shares[1] is not None and abs(shares[0] - shares[1]) >= MARGIN:
        keep = 0 if shares[0] > shares[1] else 1
        notes.add(Said(f"convert.printed-columns/{('left', 'right')[keep]}", lines=lines, left=first[0],
                       right=first[1], lang=lang))
        return [parts[keep] if parts else boxes for boxes, parts in zip(pages, split)]
    notes.add(Said("convert.printed-columns", lines=lines, left=first[0], right=first[1]))
    # (each column a page of its own: a paragraph running on from the left column's foot to the right's head joined,
    # as across a page's end)
    return [column for boxes, parts in zip(pages, split)
            for column in ((parts[0], [box for box in parts[1] if id(box) not in shared]) if parts else (boxes,))]
