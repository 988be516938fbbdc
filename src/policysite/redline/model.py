"""The redline's model: what happened to each section and block of two versions, and the summary."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from policysite.document import Block, anchor_for

EQUAL, DELETE, INSERT = "equal", "delete", "insert"
# merged: a section removed whose text moved into another (`partner`); split: a section added whose text was cut from
# another (`partner`). Said as such, not as a section removed or added (engine.joined).
SECTION_KINDS = ("unchanged", "changed", "added", "removed", "renumbered", "moved", "merged", "split")
BLOCK_KINDS = ("unchanged", "changed", "added", "removed")
WHOLE = ("added", "removed", "merged", "split")  # kinds of a section on one side only, its heading inserted or deleted
INSERTED = ("added", "split")  # ... on the new side

Op = tuple[str, str]  # (EQUAL | DELETE | INSERT, text with the whitespace that follows each word)


def changed_runs(ops: tuple[Op, ...]) -> Iterator[tuple[int, int]]:
    """Where `ops` change something: (start, end) of each run of deleted and inserted ops between two equal ones (what
    redline.replaced, figures and targets each read as one replacement)."""
    k = 0
    while k < len(ops):
        if ops[k][0] == EQUAL:
            k += 1
            continue
        start = k
        while k < len(ops) and ops[k][0] != EQUAL:
            k += 1
        yield start, k
Token = tuple[str, str]  # (what is compared, text as written)
Tokenizer = Callable[[str], list[Token]]


@dataclass(frozen=True)
class BlockChange:
    """One block in both versions: its word ops and, when they differ, its link-target ops."""

    kind: str  # BLOCK_KINDS
    # each version's block as compared: its `text` and `cells` the words the page shows (its `shown`, `shown_cells`:
    # inline HTML is markup, not words), as policy.json gives them to the compare page (Block.page_text)
    old: Block | None
    new: Block | None
    ops: tuple[Op, ...]
    link_ops: tuple[Op, ...] = ()
    note: str = ""  # "whitespace" | "formatting": an unchanged block whose Markdown differs
    # A table's row: which table of its section's redline it is in (1, 2 … in reading order; 0 for a block not in a
    # table), and its ops cell by cell in that table's columns, those of both versions paired by their content (engine.
    # match_columns): a column one version lacks is a cell deleted or inserted whole, the others diffed against their
    # own column. Every row of a table has as many; `ops` is them joined by ` | `.
    table: int = 0
    cells: tuple[tuple[Op, ...], ...] = ()
    # ... and, cell by cell, whether its column is in both versions (EQUAL), the old one only (DELETE: a column
    # removed, its cell deleted with it) or the new one only (INSERT): what the Word redline marks a cell deleted or
    # inserted by (w:cellDel, w:cellIns), so that accepting every revision takes a removed column away, and the page
    # its cells. Not in the JSON: the cells' ops say the words.
    sides: tuple[str, ...] = ()
    # Where they differ, the ops of the words its links and inline tags show on hover (Block.tooltips: an `<abbr
    # title="…">`'s, a link's title), joined by ` · `: words a reader hears, a change of words, not of formatting.
    tip_ops: tuple[Op, ...] = ()
    # A block removed here and added elsewhere with the same or nearly the same words (engine.moves): "to" on the
    # removed one, "from" on the added one; the section of the other (number, title, mark), None where it is this
    # one (two paragraphs swapped: `moved_up`, the new place before the old). Its kind and ops stay those of a block
    # removed or added (the Word redline's revisions, accepted or rejected, give either text); the added one's
    # `moved_ops` are its words from the text as it was, what the pages show (shown_ops).
    moved: str = ""
    moved_with: tuple[str, str, str] | None = None
    moved_up: bool = False
    moved_ops: tuple[Op, ...] = ()
    # ... a table's row moved (engine.moved_rows): the added one's cells from where it was, as `cells` are (the same
    # words unmarked, those edited on the way marked): what the pages show of it (shown_cells); a row of a table a
    # list became, its cells from the item it was made from (engine.made_tables, remade), and its `moved_ops` them
    # joined by ` | `; an item of a list a table became, its `moved_ops` from the row it was made from
    moved_cells: tuple[tuple[Op, ...], ...] = ()
    # Paragraphs made one, or one made several, the words kept (engine.joins): "merged" on the paragraph the old ones
    # became (`old` their text joined, its ops marking only the words that changed); "split" on each new paragraph
    # but the last, "" on the last (each `old` the part of the old paragraph its words come from).
    joined: str = ""
    # ... "merged": where in `old.text` each old paragraph but the last ends (the Word redline cuts it there)
    joined_at: tuple[int, ...] = ()
    # ... how many paragraphs: "merged", the old ones; "split", the new ones, on the first of them only (0 on the
    # others): a merge or a split is said once, its count named ("3 paragraphs merged into this one")
    joined_count: int = 0
    # ... what was joined, said with the count (on the same block): "" paragraphs, "items" list items (merged: every old
    # one an item; split: the old one an item), "mixed" paragraphs and items merged ("4 list items merged into this
    # one", not "4 paragraphs")
    joined_of: str = ""
    # ... where a list item is among them (made part of a paragraph, or a paragraph cut into items): the changes as
    # paired before they were joined, on each block of the join: the Word redline writes each old item's bullet and
    # indent from them (docx: its bullet deleted, its indent the properties the kept paragraph mark had before)
    parts: tuple[BlockChange, ...] = ()
    # Words deleted in one place of a changed block and inserted in another of it, the same or nearly the same (a
    # sentence moved within a paragraph, engine.moved_within): its ops strike and insert them, this says they moved;
    # its `moved_ops`, where edited on the way, show those edits inside the words inserted (engine.moved_within_ops).
    moved_within: bool = False
    # A table's header row: the headers of the columns the new version moved, every cell the same (engine.
    # moved_columns), in its order: their cells are deleted where they were and inserted where they are (`sides`, what
    # Word tracks), said moved (render.moved_line), not a column removed and another added.
    moved_columns: tuple[str, ...] = ()
    # What became of its images (engine.replaced_images): each "replaced" (another picture in its place: another file,
    # or the same file's bytes changed), "added" or "removed", and its name in the old and the new version (its alt
    # text, else its file's name; "" on the side without it): said after it, its words perhaps the same (a block
    # otherwise unchanged is "changed").
    images: tuple[tuple[str, str, str], ...] = ()
    # A table's header row, the table added whole where a list was removed whose items' words its rows hold, the same
    # or nearly the same (engine.made_tables): said after the table (render: "The list items above made this table's
    # rows…"), its rows and the items still inserted and deleted (a Word revision cannot turn a list into a table)
    from_list: bool = False
    # ... and back: the last of list items added where a table was removed whole whose rows (its header left out) held
    # their words (engine.made_tables): said after the list (render: "The rows of the table above became these list
    # items…"), the rows and items still deleted and inserted
    from_table: bool = False

    @property
    def shown_ops(self) -> tuple[Op, ...]:
        """The words a page shows: a block moved here, its words from where it was, those it kept unmarked and those
        inserted on the way marked; those deleted on the way are shown where it was (its block removed, struck whole),
        where the Word redline's move deletes them (w:moveFrom), not here too: every format puts them in one place
        (redline21: the pages struck them where it is, Word where it was). Words moved within a block, edited on the
        way, the edits marked inside them."""
        if self.moved == "from" or self.remade:
            return tuple(op for op in self.moved_ops if op[0] != DELETE)
        return self.moved_ops if self.moved_within and self.moved_ops else self.ops

    @property
    def shown_cells(self) -> tuple[tuple[Op, ...], ...]:
        """A row's cells as the pages show them: a row moved here, its cells from where it was, less the words
        deleted on the way, shown where it was, as Word's move deletes them (shown_ops)."""
        if (self.moved == "from" or self.remade) and self.moved_cells:
            return tuple(tuple(op for op in cell if op[0] != DELETE) for cell in self.moved_cells)
        return self.cells

    @property
    def remade(self) -> bool:
        """A block added that a block of another kind's words made (engine.made_tables: a row of a table a list
        became, an item of a list a table became), its words marked against those it was made of (`moved_ops`; a row's
        cells `moved_cells`), not moved: shown as a block moved here is, the words kept unmarked, the edits marked."""
        return self.kind == "added" and not self.moved and bool(self.moved_ops)

    @property
    def block_kind(self) -> str:
        return (self.new or self.old).kind  # type: ignore[union-attr]

    @property
    def depth(self) -> int:
        return (self.new or self.old).depth  # type: ignore[union-attr]

    @property
    def number(self) -> int:
        """An item of a numbered list: its number as the site shows it (a removed item's, as it was); else 0."""
        return (self.new or self.old).number  # type: ignore[union-attr]


@dataclass
class SectionChange:
    """A section in both versions. `kind` says what happened to it; `changed` if its words did."""

    kind: str  # SECTION_KINDS
    old_number: str | None
    new_number: str | None
    old_title: str
    new_title: str
    title_ops: tuple[Op, ...] = ()
    blocks: list[BlockChange] = field(default_factory=list)
    old_line: int = 0
    new_line: int = 0
    # how each side's heading names its number where `§` and the number would not (Section.mark: `§2a`, `第３条`)
    old_mark: str = ""
    new_mark: str = ""
    # its heading's number written otherwise, the number itself the same (`1.` → `I.`, `1)` → `1.`): the ops from the
    # old way to the new, then the title; () where the numbering did not change (engine.numbering_ops)
    numbering_ops: tuple[Op, ...] = ()
    # a merged section's: the section of the new version holding its text; a split one's: the section of the new
    # version it was cut from: (number, title, mark) in the new version
    partner: tuple[str, str, str] | None = None
    # its heading's link targets, where they changed (Section.links: `## 5. [Contact](mailto:…)` given another address,
    # its words the same), said as a block's are (BlockChange.link_ops)
    link_ops: tuple[Op, ...] = ()
    # each side's heading level as written (`##` 2, `###` 3; 0 where that side has none, or unknown): a heading made
    # another level (`###` become `##`, its words the same) is a formatting edit the Word redline tracks (a style
    # revision, so that accepting or rejecting every revision gives each side's outline)
    old_level: int = 0
    new_level: int = 0
    # renumbered, its only edits references to sections renumbered written with their new numbers ("section 4" become
    # "section 5": references.references_only): said so, not "text changed", and said with a run of others renumbered
    # in a summary (render.shifted)
    references: bool = False
    # the parts of each side's title marked as written in another language (Section.title_parts), which the redlines
    # mark in its heading and title line as the page does (raised.title_parted)
    old_parts: tuple[tuple[int, int, str], ...] = ()
    new_parts: tuple[tuple[int, int, str], ...] = ()

    @property
    def number(self) -> str:
        """The number a reader knows it by: the new one, or the old one for a removed section."""
        return self.new_number if self.new_number is not None else self.old_number or ""

    @property
    def title(self) -> str:
        return self.new_title if self.new_number is not None else self.old_title

    @property
    def mark(self) -> str:
        """The mark of the side `number` is (the new one, or the old one of a removed section)."""
        return self.new_mark if self.new_number is not None else self.old_mark

    @property
    def old_anchor(self) -> str:
        return anchor_for(self.old_number) if self.old_number else ""

    @property
    def new_anchor(self) -> str:
        return anchor_for(self.new_number) if self.new_number else ""

    @property
    def anchor(self) -> str:
        return self.new_anchor or self.old_anchor

    @property
    def id(self) -> str:
        """Unique within a redline: a removed section may share its number with a new one."""
        if not self.number:
            return "preamble"
        return self.new_anchor or f"old-{self.old_anchor}"

    @property
    def changed(self) -> bool:
        """Its title or text changed (an added or removed section counts as changed)."""
        return bool(self.title_ops) or bool(self.link_ops) or any(b.kind != "unchanged" for b in self.blocks)

    @property
    def shown(self) -> bool:
        """Worth showing in a redline: anything but an unchanged section in place."""
        return self.kind != "unchanged"

    @property
    def restyled(self) -> bool:
        """Its heading writes its number otherwise (`1.` become `I.`): no change of its words (the history, the feed
        and the manifest's summary name none), but the redline shows it."""
        return bool(self.numbering_ops)

    @property
    def displayed(self) -> bool:
        """What a redline shows: a section `shown`, or one whose heading's numbering alone changed."""
        return self.shown or self.restyled


@dataclass(frozen=True)
class Notes:
    """Edits that are not shown as changes of text, counted per block or title."""

    whitespace: int = 0
    formatting: int = 0


@dataclass(frozen=True)
class Summary:
    """Sections by what happened to them; `changed` includes renumbered or moved ones whose text changed."""

    changed: tuple[SectionChange, ...]
    added: tuple[SectionChange, ...]
    removed: tuple[SectionChange, ...]
    renumbered: tuple[SectionChange, ...]
    moved: tuple[SectionChange, ...]
    merged: tuple[SectionChange, ...] = ()
    split: tuple[SectionChange, ...] = ()

    @property
    def counts(self) -> dict[str, int]:
        """Each kind's count; merged and split only where there are some (a summary recorded before has none)."""
        counts = {name: len(getattr(self, name)) for name in ("changed", "added", "removed", "renumbered", "moved")}
        return {**counts, **{name: len(getattr(self, name)) for name in ("merged", "split") if getattr(self, name)}}


@dataclass
class Redline:
    """Every section of two versions in reading order (removed ones where they were), and notes."""

    lang: str
    old_date: dt.date | None
    new_date: dt.date | None
    sections: list[SectionChange]
    notes: Notes
    # A side that is the text being edited (the working tree), not a dated version: its date is only proposed.
    old_edited: bool = False
    new_edited: bool = False
    # The day the new version was announced ahead of its date (its `announced:`, or the authoritative page's for a
    # translation), where earlier than that date; else None. Every format says it is not in force before its date
    # (render.announced_line): a redline filed in the weeks of notice read as the text in force.
    announced: dt.date | None = None
    # The new version's `change: editorial`: the company marked it a correction of form, which every format says
    # (render.notice_lines): a DPO filing the redline reads how the company classed it.
    editorial: bool = False
    # The digest of what it was worked out from (archive.changes_of: both texts and their language), "" where
    # unknown: what its .docx is kept by between commands (docx.kept_in). Never copied (dataclasses.replace gives a
    # redline of other sides no origin), nor compared.
    origin: str = field(default="", init=False, repr=False, compare=False)
    # Each side's sections known by their anchor here (`s3`) -> the id that version's page has them by, where they
    # differ (anchors.page_ids: the ids its manifest records, an older rule's `article-3`), where known (sides.compare)
    old_ids: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    new_ids: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def heading_key(self) -> str:
        """Which heading of STRINGS names the two sides: dated versions, the edited text, or no dates."""
        if not (self.old_date and self.new_date) or (self.old_edited and self.new_edited):
            return "heading_undated"
        return "heading_from_edited" if self.old_edited else "heading_to_edited" if self.new_edited else "heading"

    @property
    def summary(self) -> Summary:
        numbered = [s for s in self.sections if s.number]
        return Summary(
            changed=tuple(s for s in numbered if s.kind not in WHOLE and s.changed),
            added=tuple(s for s in numbered if s.kind == "added"),
            removed=tuple(s for s in numbered if s.kind == "removed"),
            renumbered=tuple(s for s in numbered if s.kind == "renumbered"),
            moved=tuple(s for s in numbered if s.kind == "moved"),
            merged=tuple(s for s in numbered if s.kind == "merged"),
            split=tuple(s for s in numbered if s.kind == "split"),
        )

    @property
    def changed(self) -> bool:
        """Anything to show: a section changed, added, removed, renumbered or moved."""
        return any(s.shown for s in self.sections)

    @property
    def restyled(self) -> int:
        """How many headings write their number otherwise, the number the same (`1.` become `I.`)."""
        return sum(s.restyled for s in self.sections)
