"""Superscripts in a redline's words: which stretches of a block's ops the page draws raised (its `<sup>`: a footnote's
call, an ordinal's letters, an exponent), so that every redline draws them raised (HTML `<sup>`, Word
`w:vertAlign`, Typst `super`), the words inserted or deleted too: "clauses" and a raised "a", not "clausesa".

A block's superscripts are its "sup" marks (Block.marks: where its `<sup>` tags begin and end in the text the redline
compares). Ops are matched to each side's text by their characters other than spaces (a redline's kept words carry
the new text's spaces; engine.word_ops, docx.both_ways): the kept and inserted words are the new text's, the kept and
deleted ones the old text's. Where they do not spell a side (words moved from another block, a typographic mark the
comparison folds into several), that side's words are drawn on the line, as before: never a word raised that the
page does not raise."""
from __future__ import annotations

from collections.abc import Sequence

from policysite.document import Block
from policysite.redline.engine import fold, segments
from policysite.redline.model import DELETE, EQUAL, INSERT, BlockChange, Op, SectionChange

Piece = tuple[str, str, bool]  # an op's tag, a stretch of its text, whether the page draws it raised


def spans(block: Block | None, cell: int | None = None) -> tuple[tuple[int, int], ...]:
    """Where `block`'s superscripts begin and end in its text, or in its cell `cell` (counted from that cell's start:
    a row's text is its cells joined by " | ", engine.cell_cuts)."""
    if block is None or block.kind == "code" or not block.markdown:
        return ()
    found = [(start, end) for start, end, kind, _ in block.marks if kind == "sup" and end > start]
    if cell is None or not found:
        return tuple(found)
    if cell >= len(block.cells):
        return ()
    start = sum(len(text) + 3 for text in block.cells[:cell])
    end = start + len(block.cells[cell])
    return tuple((max(a, start) - start, min(b, end) - start) for a, b in found if a < end and b > start)


Style = tuple[bool, str]  # whether a character is raised, the language its text marks it as written in ("": the page's)
_PLAIN: Style = (False, "")
Part = tuple[str, str, bool, str]  # a Piece and the language of its words ("" where the text marks none)


def languages(block: Block | None, cell: int | None = None) -> tuple[tuple[int, int, str], ...]:
    """Where `block`'s parts in another language (its "lang" marks: `<span lang="en">`, `<q lang="en">`,
    inline.marked) begin and end in its text, or in its cell `cell`, and their language."""
    if block is None or block.kind == "code" or not block.markdown:
        return ()
    found = [(start, end, code) for start, end, kind, code in block.marks if kind == "lang" and end > start and code]
    if cell is None or not found:
        return tuple(found)
    if cell >= len(block.cells):
        return ()
    start = sum(len(text) + 3 for text in block.cells[:cell])
    end = start + len(block.cells[cell])
    return tuple((max(a, start) - start, min(b, end) - start, code) for a, b, code in found if a < end and b > start)


def _letters(text: str, marked: Sequence[tuple[int, int]],
             parts: Sequence[tuple[int, int, str]] = ()) -> list[Style]:
    """For each character of `text` that is not a space (engine.fold: a direction mark is one), whether it is raised
    and the language of the innermost part that holds it."""
    up = [False] * len(text)
    for start, end in marked:
        up[start:end] = [True] * (min(end, len(text)) - start)
    said = [""] * len(text)
    for start, end, code in sorted(parts, key=lambda part: (part[0], -part[1])):  # an inner part after its outer one
        said[start:end] = [code] * (min(end, len(text)) - start)
    return [(up[k], said[k]) for k, char in enumerate(fold(text)) if not char.isspace()]


def _text(block: Block | None, cell: int | None) -> str | None:
    if block is None:
        return None
    if cell is None:
        return block.text
    return block.cells[cell] if cell < len(block.cells) else None


def raised(ops: Sequence[Op], old: Block | None, new: Block | None,
           cells: tuple[int | None, int | None] = (None, None)) -> list[Piece]:
    """`ops` of `old` to `new` (their texts, or their cells `cells`, each side's index; None: the block's text) cut
    into pieces, each raised or on the line as the page draws it: the kept and inserted words as the new text, the
    deleted ones as the old. The spaces between a raised stretch and the words after it are on the line."""
    return [(tag, text, up) for tag, text, up, _ in _styled(ops, old, new, cells, parts=False)]


def parted(ops: Sequence[Op], old: Block | None, new: Block | None,
           cells: tuple[int | None, int | None] = (None, None)) -> list[Part]:
    """`raised`, each piece cut where a part in another language begins or ends too and with that part's language
    ("" outside them): the words of `<span lang="en">session cookie</span>` kept, inserted or deleted stay marked as
    English on the changes and compare pages (WCAG 3.1.2), as on the policy page. The spaces after a part are
    outside it; a side the ops do not spell marks no language, as it raises nothing."""
    return _styled(ops, old, new, cells, parts=True)


def title_parted(section: SectionChange, ops: Sequence[Op] | None = None) -> list[Part]:
    """`parted` for a section's title: its ops (`ops`, else its title_ops) cut where a part its heading marks as
    written in another language (Section.title_parts: `## Le <span lang="en">cloud</span>`) begins or ends, each piece
    with that part's language, so that the redlines mark it in the title as the page does in the heading."""
    sides = {DELETE: _letters(section.old_title, (), section.old_parts) if section.old_parts else None,
             INSERT: _letters(section.new_title, (), section.new_parts) if section.new_parts else None}
    return _pieces(section.title_ops if ops is None else ops, sides)


def title_segments(section: SectionChange, ops: Sequence[Op] | None = None) -> list[tuple[str, str, str, bool, str]]:
    """raised_segments of a section's title (title_parted): what the HTML redline writes, a part in another language
    in a `<span lang>` inside its `<del>` or `<ins>`."""
    pieces = title_parted(section, ops)
    return [(tag, core, tail, up, code) for (tag, core, tail), (_, _, up, code) in
            zip(segments([(tag, text) for tag, text, _, _ in pieces]), pieces, strict=True)]


def title_pieces(section: SectionChange, *, new: bool = True) -> list[tuple[str, str]]:
    """One side's title as a heading shows it (the new one, else the old): each stretch with the language of the part
    it is in ("" outside them)."""
    side = (INSERT, section.new_title) if new else (DELETE, section.old_title)
    return [(text, code) for _, text, _, code in title_parted(section, (side,))]


def _styled(ops: Sequence[Op], old: Block | None, new: Block | None, cells: tuple[int | None, int | None], *,
            parts: bool) -> list[Part]:
    sides: dict[str, list[Style] | None] = {}
    for key, block, cell in ((DELETE, old, cells[0]), (INSERT, new, cells[1])):
        text = _text(block, cell)
        marked = spans(block, cell) if text is not None else ()
        said = languages(block, cell) if text is not None and parts else ()
        sides[key] = _letters(text, marked, said) if text is not None and (marked or said) else None
    return _pieces(ops, sides)


def _pieces(ops: Sequence[Op], sides: dict[str, list[Style] | None]) -> list[Part]:
    """`ops` cut where the style of their characters (`sides`: each side's, None where all plain) changes."""
    plain = [(tag, text, False, "") for tag, text in ops]
    if sides[DELETE] is None and sides[INSERT] is None:
        return plain
    at = {DELETE: 0, INSERT: 0}
    out: list[Part] = []
    for tag, text in ops:
        side = DELETE if tag == DELETE else INSERT
        flags = sides[side]
        folded = fold(text)
        start, current, end = 0, _PLAIN, 0  # `end`: after the last character not a space
        for k, char in enumerate(folded):
            if char.isspace():
                continue
            style = flags[at[side]] if flags is not None and at[side] < len(flags) else _PLAIN
            at[side] += 1
            if style != current and k > start:
                cut = end if current != _PLAIN else k  # the spaces after a raised stretch or a part outside it
                out.append((tag, text[start:cut], *current))
                start = cut
            current, end = style, k + 1
        if text[start:]:
            out.append((tag, text[start:], *current))
        if tag == EQUAL:  # the kept words are the old text's too
            at[DELETE] += sum(not char.isspace() for char in folded)
    # a side the ops do not spell is drawn on the line, in the page's language (words moved here from another block,
    # ellipses folded)
    wrong = {key for key, flags in sides.items() if flags is not None and at[key] != len(flags)}
    if not wrong:
        return out
    return [(tag, text, False, "") if (DELETE if tag == DELETE else INSERT) in wrong else (tag, text, up, code)
            for tag, text, up, code in out]


def cell_sides(row: BlockChange, column: int) -> tuple[int | None, int | None]:
    """The old and the new cell of a row's redline column `column` (BlockChange.sides: a column one version lacks has
    no cell there)."""
    sides = row.sides or (EQUAL,) * len(row.cells)
    before = sides[:column]
    old = sum(side != INSERT for side in before) if column < len(sides) and sides[column] != INSERT else None
    new = sum(side != DELETE for side in before) if column < len(sides) and sides[column] != DELETE else None
    return old, new


def raised_segments(ops: Sequence[Op], block: BlockChange | None = None,
                    column: int | None = None) -> list[tuple[str, str, str, bool, str]]:
    """engine.segments of `ops` (a block's, or its row's cell of `column`), each with whether it is raised and the
    language its text marks it as written in: what the HTML redline writes, a raised stretch in `<sup>`, a part in
    another language in a `<span lang>` (inside its `<del>` or `<ins>`: a change across a part's edge is two
    elements, never one that overlaps another)."""
    if block is None:
        return [(tag, core, tail, False, "") for tag, core, tail in segments(list(ops))]
    pieces = parted(ops, block.old, block.new, (None, None) if column is None else cell_sides(block, column))
    return [(tag, core, tail, up, code) for (tag, core, tail), (_, _, up, code) in
            zip(segments([(tag, text) for tag, text, _, _ in pieces]), pieces, strict=True)]
