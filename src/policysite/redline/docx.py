"""The redline as a Word document with real tracked changes, for lawyers who compare in Word.

Every section of the new version in reading order (a removed one where it was), each block a
paragraph whose deleted and inserted words are revisions (`w:del` / `w:ins`, with the author and
the new version's date) that Word and LibreOffice list, accept and reject; a table's rows a Word table, its columns
those of both versions paired by content (a column removed is a column of cells deleted, w:cellDel, that accepting
every revision takes away; one added, cells inserted), a row added or removed a
revision of its own. Accepting them all gives the new
text of each block; rejecting them all, the old one. Section headings and the status line of
each changed section are plain text: they name the change, they are not part of it. A link's target changed, or the
words a link or tag shows on hover, is a comment on its block (w:comment), beside the text, not a line of it. A
superscript (a footnote's call) is set raised (w:vertAlign), and a heading made another level is a style revision.

The package is written here, part by part, into a zip whose entries have fixed dates and order: the
same redline gives the same bytes, as every file of a published version must.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from difflib import SequenceMatcher
from xml.sax.saxutils import escape, quoteattr

from policysite import clock, keptfiles, scriptfonts, zipped
from policysite.document import SECTION_NUMBER, Block, label_of, named
from policysite.redline import pagefooter
from policysite.redline.engine import (
    NO_CUTS,
    Cuts,
    cell_cuts,
    cut,
    cuts,
    diff_blocks,
    edges,
    plain,
    segments,
    undirected,
    word_tokens,
)
from policysite.redline.model import DELETE, EQUAL, INSERT, WHOLE, BlockChange, Op, Redline, SectionChange
from policysite.redline.raised import cell_sides, parted, title_parted
from policysite.redline.render import (
    _counts_line,
    _heading,
    _notes_line,
    _said,
    _status,
    _title_line,
    filed_lines,
    in_runs,
    moved_line,
    naming,
    notice_lines,
    page_id,
    run_line,
    shifted,
    tables,
)
from policysite.strings import aside, direction, long_date, redline_labels as labels, spoken

PLAIN = ""  # a run that is no revision: headings, status lines (the redline's EQUAL words are plain too)
# A run's tag ending so is raised (its page's `<sup>`: a footnote's call, raised.raised), set as Word's superscript
# (`w:vertAlign`): "clauses" and a raised "a", not "clausesa"
UP = "^"
_RAISED = '<w:vertAlign w:val="superscript"/>'
# A run's tag ending in IN and a language code is a part the text marks as written in that language (raised.parted:
# `<span lang="en">session cookie</span>` in a French text), named so (`w:lang`): Word proofed and read it as the
# text's language, where the pages mark it (WCAG 3.1.2). A tag is its kind, EDITED where it is a move's edit, UP where
# raised, then IN and the language: kind_of is the first two.
IN = "@"


def kind_of(tag: str) -> str:
    """A run's tag without how its words are set (UP, IN and its language)."""
    return tag.split(IN, 1)[0].removesuffix(UP)


def _set(tag: str) -> str:
    """How a run's words are set: the end of its tag after its kind (UP, IN and its language)."""
    return tag[len(kind_of(tag)):]


def _raised(tag: str) -> bool:
    return tag.split(IN, 1)[0].endswith(UP)


def language_named(code: str) -> str:
    """The attributes of `w:lang` naming `code` for each kind of letter Word reads in it: `w:val` for Latin,
    `w:eastAsia` for Chinese, Japanese and Korean, `w:bidi` for the complex scripts (Devanagari, Thai … as well as
    Arabic and Hebrew); a Hindi, Thai or Japanese run named only `w:val` had its words in Word's default language for
    their kind."""
    script = scriptfonts.script(code) or ""
    return f"w:val={quoteattr(code)}" + (f" w:eastAsia={quoteattr(code)}" if script in EAST_ASIAN else "") \
        + (f" w:bidi={quoteattr(code)}" if direction(code) == "rtl" or script in COMPLEX else "")
_SAID = "said"  # a plain run of the redline's own words, in a language other than the text's (English)
MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W16DU = "http://schemas.microsoft.com/office/word/2023/wordml/word16du"  # Word 365's UTC date of a change
_SPACES = re.compile(r"[ \t\n\r]+")
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot carry


def file_name(*, lang: str, old: str, new: str) -> str:
    """The name a version's changes page gives the .docx of its redline."""
    return f"redline-{lang}-{old}-{new}.docx"


def render_docx(redline: Redline, *, author: str, lang: str | None = None,
                ids: Mapping[str, str] | None = None, time_zone: str = "", site: str = "") -> bytes:
    """The redline as a .docx: tracked changes by `author`, dated the new version's date (none if undated): 00:00 of
    that day as Word and LibreOffice show a change's `w:date` (the wall clock, whatever its `Z`), and the instant it
    takes effect there, in the company's `time_zone` (`extra.policy.time_zone`, "" UTC), as Word 365 writes it apart
    (`w16du:dateUtc`) and in the document's core dates.

    Each section's heading is a bookmark of the id the changes page gives its section (`redline-s4`; a translation's
    by `ids`, as render_html), and the summary lists the sections shown, each a link to its bookmark: a reader jumps
    from the table of changes to the section, and a link to `…docx#redline-s4` lands on it. Under its title, the site
    it is the redline of (`site`, else `author`), as the PDF names it: a copy a DPO files named no site. Its footer
    numbers its pages in its words ("Page 3 of 12": pagefooter, the one footer and fields the gate lets a served Word
    document hold, docxactions).

    Inside `kept_in(folder)`, a redline whose texts are known (`redline.origin`) is kept there by what it depends on:
    a rebuild, or `policy verify`, renders each version's .docx again (5 ms a language and version) from the same
    texts."""
    lang = lang or redline.lang
    key = _kept_key(redline, author=author, lang=lang, ids=ids, time_zone=time_zone, site=site)
    kept = keptfiles.read(_KEPT.folder, key) if key else None
    if kept is not None:
        return kept
    data = _rendered(redline, author=author, lang=lang, ids=ids, time_zone=time_zone, site=site)
    if key:
        keptfiles.write(_KEPT.folder, key, data, most=KEPT_REDLINES)
    return data


KEPT_REDLINES = 2048  # the newest kept (some 16 kB each: two a version of a bilingual history of 1,000)
_KEPT = keptfiles.Place()
kept_in = _KEPT.kept_in  # while in the block, keep the .docx of redlines in a folder (`.git/policysite/redlines`)


def _kept_key(redline: Redline, *, author: str, lang: str, ids: Mapping[str, str] | None,
              time_zone: str = "", site: str = "") -> str | None:
    """The name of its .docx where one is kept, else None: its texts (`origin`), the arguments, and this package's
    every file, Python's version and the installed distributions (findingcache.checks_digest)."""
    if _KEPT.folder is None or not redline.origin:
        return None
    from policysite import findingcache

    parts = [findingcache.checks_digest(), redline.origin, author, lang, json.dumps(dict(ids or {}), sort_keys=True),
             time_zone, site]
    return hashlib.sha256("\0".join(parts).encode("utf-8", "surrogatepass")).hexdigest()


def changes_dated(day: dt.date, time_zone: str = "") -> str:
    """The instant a version dated `day` takes effect, 00:00 in `time_zone`, in UTC (`w16du:dateUtc`, core dates)."""
    midnight = dt.datetime.combine(day, dt.time(0), tzinfo=clock.zone_named(time_zone))
    return midnight.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wall_clock(day: dt.date) -> str:
    """00:00 of `day` as a tracked change's `w:date`: Word and LibreOffice show it as written, in no time zone."""
    return f"{day.isoformat()}T00:00:00Z"


def _rendered(redline: Redline, *, author: str, lang: str, ids: Mapping[str, str] | None,
              time_zone: str = "", site: str = "") -> bytes:
    t = labels(lang)
    date = changes_dated(redline.new_date, time_zone) if redline.new_date else ""
    shown_date = wall_clock(redline.new_date) if redline.new_date else ""
    dated = [long_date(d, lang) for d in (redline.old_date, redline.new_date, redline.announced) if d is not None]
    body = _Body(author=author, date=shown_date, instant=date, rtl=direction(lang) == "rtl", ui=spoken(lang) != lang,
                 said_lang=spoken(lang), dates=tuple(dated))
    ordered = in_both_orders(redline.sections)
    body.moves = moves_of(redline, ordered)
    body.edited = edited_moves(redline, body.moves, ordered)
    body.moves.update({key: name for key, (name, _) in body.edited.items()})
    body.edited_rows = edited_rows(redline, body.moves, ordered)
    body.moves.update({key: name for key, (name, _) in body.edited_rows.items()})
    body.headings = moved_headings(ordered, body.moves, labels(lang))
    body.said_as = said_in_copies(ordered)
    title = _title_line(redline, t, lang=lang)  # its dates as the changes page writes them
    body.paragraph([(PLAIN, title)], style="Title", said=True)
    body.paragraph([(PLAIN, site or author)])  # (a name, in no language of the site's words)
    for said in notice_lines(redline, t, lang):  # announced ahead (not in force before its date), editorial
        body.paragraph([(PLAIN, said)], said=True)
    body.paragraph([(PLAIN, _counts_line(redline, t, lang))], said=True)
    for said in filed_lines(redline, t, lang):  # each term replaced throughout
        body.paragraph([(PLAIN, said)], said=True)
    if note := _notes_line(redline, t, lang):
        body.paragraph([(PLAIN, note)], said=True)
    if not redline.changed:
        body.paragraph([(PLAIN, t["no_change"])], said=True)
    shown = shifted(redline, summary=True)  # a run of sections only renumbered said once, linking its first
    if shown:
        body.paragraph([(PLAIN, t["summary"])], said=True)
    for section in shown:
        heading, status = _said(section, t, lang)
        body.paragraph([(PLAIN, heading), (PLAIN, aside(status, lang))],
                       link=_bookmark(section[0] if isinstance(section, tuple) else section, ids), said=True)
    runs = in_runs(redline)  # (a run only renumbered: said once, before its first, as the other formats say it)
    for section, moved in ordered:
        if moved is None:
            _section(body, section, t, lang, _bookmark(section, ids), run=runs.get(id(section)))
        elif section.kind == "added":  # where it is now: its status that of the section moved
            _section(body, section, t, lang, _bookmark(moved, ids), status=_status(moved, t))
        else:  # where it was
            where = named(moved.new_number, moved.new_title, moved.new_mark, word=t["section"])
            _section(body, section, t, lang, "", status=naming(t, "moved_to", where).rstrip(".。"))  # in brackets
    parts = {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/core.xml": _core(title=title, author=author, lang=lang, date=date),
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/document.xml": _document(body.xml),
        "word/settings.xml": _SETTINGS,
        "word/styles.xml": _styles(lang),
        pagefooter.PART: pagefooter.footer(t["page_of"]),  # its pages numbered: "Page 3 of 12"
    }
    if body.comments:  # (a part, its type and its relationship only where there are some: the others' bytes as were)
        parts["[Content_Types].xml"] = _CONTENT_TYPES.replace("</Types>", _COMMENTS_TYPE + "</Types>")
        parts["word/_rels/document.xml.rels"] = _DOCUMENT_RELS.replace("</Relationships>",
                                                                       _COMMENTS_REL + "</Relationships>")
        parts["word/comments.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                                      f'<w:comments xmlns:w="{_W}">{"".join(body.comments)}</w:comments>')
    return zipped.zipped({name: text.encode("utf-8") for name, text in parts.items()})


def moves_of(redline: Redline, ordered: Sequence[tuple[SectionChange, SectionChange | None]]) -> dict[int, str]:
    """The blocks moved whole, their words and number or bullet the same (BlockChange.moved), and those of a section
    moved (`ordered`: in_both_orders', set whole where it was and where it is), each pair named alike (`move1` …), by
    the identity of each block: Word tracks them as a move (w:moveFrom where it was, w:moveTo where it is, ISO/IEC
    29500-1 §17.13.5.21-28), shown as moved and accepted or rejected as one, not a paragraph deleted and another
    inserted. A block moved and edited on the way stays deleted and inserted (its words differ); so does a section's
    heading, its number another."""
    def written(block: BlockChange) -> str:
        if block.table and block.cells:  # a row: the cells a move takes (moving_cell), a column added not one
            return "\x00".join("".join(text for _, text in ops) for n, ops in enumerate(block.cells)
                                if moving_cell(block.sides, n))
        return "".join(text for _, text in [*_lead(block), *block.ops])

    out: dict[int, str] = {}

    def pair(gone: Sequence[BlockChange], came: Sequence[BlockChange]) -> None:
        waiting: dict[str, list[BlockChange]] = {}  # by their words, in order: each paired once, in linear time
        for block in reversed(came):
            waiting.setdefault(written(block), []).append(block)
        for block in gone:
            if partners := waiting.get(written(block)):
                partner = partners.pop()
                out[id(block)] = out[id(partner)] = f"move{len(out) // 2 + 1}"

    # (not in a section moved: it is set whole twice, inserted where it is and deleted where it was, its blocks anew
    # (in_both_orders): a range of a move with no other side is a deletion or an insertion to Word, if anything)
    blocks = [b for s in redline.sections if s.kind != "moved" for b in s.blocks
              if b.moved and b.kind in ("added", "removed") and not b.table and not b.joined and b.ops]
    pair([b for b in blocks if b.moved == "to"], [b for b in blocks if b.moved == "from"])
    for section in redline.sections:  # a table's rows reordered (engine.moved_rows): each cell's words a move
        rows = [b for b in section.blocks if b.moved and b.table and b.kind in ("added", "removed") and b.ops]
        for table in {row.table for row in rows}:
            pair([b for b in rows if b.table == table and b.moved == "to"],
                 [b for b in rows if b.table == table and b.moved == "from"])
    copies: dict[int, dict[str, list[BlockChange]]] = {}  # a section moved: its blocks where it was and where it is
    for section, moved in ordered:
        if moved is not None:
            copies.setdefault(id(moved), {})[section.kind] = [
                b for b in section.blocks if b.kind in ("added", "removed") and b.ops]
    for sides in copies.values():
        gone, came = sides.get("removed", []), sides.get("added", [])
        pair([b for b in gone if not b.table], [b for b in came if not b.table])
        # its tables' rows, each row's cells the same: each cell's words a move, as a row moved within its table
        pair([b for b in gone if b.table], [b for b in came if b.table])
    return out


EDITED = "!"  # a move's words deleted or inserted on the way (edited_moves): a deletion or an insertion in its range
RANGE = "range"  # in a move's runs: another move's range starts here, of the name its text is (paragraphs merged)


Placed = Sequence[tuple[SectionChange, SectionChange | None]]  # in_both_orders': each section, the one moved it is


def edited_moves(redline: Redline, taken: Mapping[int, str],
                 ordered: Placed = ()) -> dict[int, tuple[str, tuple[Op, ...]]]:
    """The paragraphs and items moved to another place and edited on the way (engine.moves: BlockChange.moved_ops,
    the words from where it was to where it is), not moved whole (`taken`, moves_of), its number or bullet the same:
    each side a move of one name (`move7` …), as Word writes text moved then edited, its runs the words moved, and,
    tagged EDITED, those deleted (where it was) or inserted (where it is) on the way, so that the words a move kept show
    as moved and only its edits as deleted or inserted; they were a whole paragraph deleted and another inserted.
    So are those of a section moved and edited (`ordered`: in_both_orders' copies where it was and where it is), each
    paragraph whose words changed its words' changes, as the changes page shows them: it was deleted whole where the
    section was and inserted whole where it is, the edit ("and at rest,") for the reader to find.
    Accepting every revision gives the new text, rejecting them the old. By each block's identity: (name, runs)."""
    out: dict[int, tuple[str, tuple[Op, ...]]] = {}
    for change, there, here in _moved_copies(redline, ordered, taken):
        if change.table or change.joined:
            continue
        name = _fresh(taken, out)
        assert change.old is not None and change.new is not None  # (changed: both sides)
        ops = up_runs(both_ways(change.old.text, change.ops, at=(cuts(change.old), cuts(change.new))), change)
        leads = _moved_leads(there, here)
        out[id(there)], out[id(here)] = (name, leads[0] + _move_side(ops, DELETE)), \
            (name, leads[1] + _move_side(ops, INSERT))
    blocks = [b for s in redline.sections if s.kind != "moved" for b in s.blocks
              if b.moved and b.kind in ("added", "removed") and not b.table and not b.joined and id(b) not in taken]
    _edited_pairs(blocks, {}, taken, out)
    # a block moved within a section moved and edited on the way: its copies where the section was and where it is
    # (in_both_orders) a move, as the pages show it (its words from where it was, the edits marked); they were
    # deleted and inserted whole
    copies: dict[int, dict[str, list[BlockChange]]] = {}
    for section, moved_section in ordered:
        if moved_section is not None:
            copies.setdefault(id(moved_section), {})[section.kind] = section.blocks
    for moved_section in (s for s in redline.sections if id(s) in copies):
        sides = copies[id(moved_section)]
        written = {id(b): copy for b in moved_section.blocks if b.moved and b.moved_with is None
                   for copy in (sides.get("removed", []) if b.moved == "to" else sides.get("added", []))
                   if (copy.old is b.old if b.moved == "to" else copy.new is b.new) and id(copy) not in taken}
        _edited_pairs([b for b in moved_section.blocks if id(b) in written and not b.table and not b.joined],
                      written, taken, out)
        _merged_moves(moved_section, sides, taken, out)
        _split_moves(moved_section, sides, taken, out)
    return out


def _merged_moves(section: SectionChange, sides: Mapping[str, Sequence[BlockChange]], taken: Mapping[int, str],
                  out: dict[int, tuple[str, tuple[Op, ...]]]) -> None:
    """Into `out` (edited_moves'), the paragraphs of a section moved that were merged into one on the way (`sides`:
    its copies where it was and where it is): each old paragraph a move of its own name, its words moved and its edits
    deleted where it was, the paragraph they made holding each move's range in turn (RANGE), its edits inserted, as
    the pages show a merge (its changed words alone marked); they were deleted whole where it was and the paragraph
    inserted whole where it is. Paragraphs only (a list item among them keeps its number: left deleted and inserted)."""
    used: set[int] = set(taken) | set(out)
    for change in section.blocks:
        if change.joined != "merged" or change.parts or change.old is None or change.new is None:
            continue
        here = next((b for b in sides.get("added", ()) if b.new is change.new and id(b) not in used), None)
        ends = (*change.joined_at, len(change.old.text))
        pieces = [change.old.text[a:b] for a, b in zip((0, *change.joined_at), ends)]
        theres: list[BlockChange] = []
        for piece in pieces:
            there = next((b for b in sides.get("removed", ()) if b.old is not None and id(b) not in used
                          and b not in theres and " ".join(b.old.text.split()) == " ".join(piece.split())), None)
            if there is not None:
                theres.append(there)
        if here is None or len(theres) != len(pieces):
            continue
        ops = up_runs(both_ways(change.old.text, change.ops, at=(cuts(change.old), cuts(change.new))), change)
        arrived: list[Op] = []
        first = ""
        at = 0
        for k, there in enumerate(theres):
            part, ops = _cut_old(ops, ends[k] - at) if k < len(theres) - 1 else (ops, ())
            at += sum(len(text) for tag, text in part if kind_of(tag) != INSERT)
            name = _fresh(taken, out)
            first = first or name
            out[id(there)] = (name, _move_side(part, DELETE))
            arrived += [(RANGE, name)] * bool(k) + list(_move_side(part, INSERT))
            used.add(id(there))
        out[id(here)] = (first, tuple(arrived))
        used.add(id(here))


def _split_moves(section: SectionChange, sides: Mapping[str, Sequence[BlockChange]], taken: Mapping[int, str],
                 out: dict[int, tuple[str, tuple[Op, ...]]]) -> None:
    """Into `out` (edited_moves'), a paragraph of a section moved that was split on the way (`sides`: its copies where
    it was and where it is), the other way of _merged_moves: each new paragraph a move of its own name from the old
    one, which holds a range of each in turn (RANGE), its edits inside, as the pages mark a split. Paragraphs only."""
    groups: list[list[BlockChange]] = []
    for change in section.blocks:
        if change.joined == "split" and change.joined_count:
            groups.append([change])
        elif groups and groups[-1][-1].joined == "split":
            groups[-1].append(change)
    used: set[int] = set(taken) | set(out)
    for parts in groups:
        if any(part.old is None or part.new is None or part.parts or part.new.kind == "item" for part in parts):
            continue
        was = parts[0].old
        assert was is not None
        there = next((b for b in sides.get("removed", ()) if b.old is not None and id(b) not in used
                      and b.old.line == was.line and b.old.markdown == was.markdown), None)
        heres = [next((b for b in sides.get("added", ()) if b.new is part.new and id(b) not in used), None)
                 for part in parts]
        if there is None or there.old is None or None in heres:
            continue
        whole, at, runs, first = there.old.text, 0, [], ""
        for k, (part, here) in enumerate(zip(parts, heres)):
            assert part.old is not None and here is not None
            found = whole.find(part.old.text, at)
            if found < 0:
                break
            ops = up_runs(both_ways(part.old.text, part.ops, at=(cuts(part.old), cuts(part.new))), part)
            name = _fresh(taken, out)
            first = first or name
            out[id(here)] = (name, _move_side(ops, INSERT))
            runs += [(RANGE, name)] * bool(k) + [(DELETE, whole[at:found])] * (found > at) \
                + list(_move_side(ops, DELETE))
            at = found + len(part.old.text)
        else:
            out[id(there)] = (first, (*runs, *[(DELETE, whole[at:])] * (at < len(whole))))
            used |= {id(there), *map(id, heres)}
            continue
        for here in heres:  # (its words not found in the old paragraph as cut: left deleted and inserted whole)
            out.pop(id(here), None)


def _fresh(taken: Mapping[int, str], out: Mapping[int, tuple[str, object]]) -> str:
    """A move's name no other has (`taken`: the names given, by block; `out`: those being given, with their runs)."""
    used = [int(name[4:]) for name in (*taken.values(), *(name for name, _ in out.values())) if name[4:].isdigit()]
    return f"move{max(used, default=0) + 1}"


def _edited_pairs(blocks: Sequence[BlockChange], written: Mapping[int, BlockChange], taken: Mapping[int, str],
                  out: dict[int, tuple[str, tuple[Op, ...]]]) -> None:
    """Into `out` (edited_moves'), each pair of `blocks` a block moved and edited on the way (its words where it is
    from where it was: moved_ops), its number or bullet the same, by the identity of the paragraph Word writes for
    each (`written`: a section moved's copy, else the block itself): a move of one name, its edits inside it."""
    def lead(block: BlockChange) -> str:
        return "".join(text for _, text in _lead(block))

    waiting: dict[tuple[str, str], list[BlockChange]] = {}  # the words each came from, and its number or bullet
    for block in reversed([b for b in blocks if b.moved == "from" and b.moved_ops]):
        was = plain("".join(text for tag, text in block.moved_ops if tag != INSERT))  # (as the engine compares)
        waiting.setdefault((was, lead(block)), []).append(block)
    for block in blocks:
        if block.moved != "to" or block.old is None or not (found := waiting.get((plain(block.old.text),
                                                                                   lead(block)))):
            continue
        came = found.pop()
        name = _fresh(taken, out)
        # (each side as written: a kept word retyped, `client's` become `client’s`, its marks revised)
        moved = came.moved_ops if "".join(text for tag, text in came.moved_ops if tag != INSERT) == block.old.text \
            else both_ways(block.old.text, came.moved_ops, at=(cuts(block.old), cuts(came.new)))
        ops = up_runs(moved, replace(came, old=block.old))
        there, here = written.get(id(block), block), written.get(id(came), came)
        leads = _moved_leads(there, here)
        out[id(there)], out[id(here)] = (name, leads[0] + _move_side(ops, DELETE)), \
            (name, leads[1] + _move_side(ops, INSERT))


def _moved_leads(there: BlockChange, here: BlockChange) -> tuple[tuple[Op, ...], tuple[Op, ...]]:
    """The number or bullet of an item moved and edited on the way (edited_moves), where it was and where it is: part
    of the move where they are the same, else an edit inside it (EDITED: "2. " deleted where it was, "3. " inserted
    where it is, the item numbered anew as its section moved), as its words edited are; an item of a section moved was
    deleted whole where the section was and inserted whole where it is for its number alone (redline19)."""
    was, now = ("".join(text for _, text in _lead(block)) for block in (there, here))
    edited = EDITED if was != now else ""
    return ((DELETE + edited, was),) if was else (), ((INSERT + edited, now),) if now else ()


def _moved_copies(redline: Redline, ordered: Placed,
                  taken: Mapping[int, str]) -> Iterator[tuple[BlockChange, BlockChange, BlockChange]]:
    """Each block of a section moved whose words changed (in the redline: `changed`), with its copy where the section
    was and its copy where it is (`ordered`: in_both_orders'), neither taken by a move already (`taken`)."""
    copies: dict[int, dict[str, list[BlockChange]]] = {}
    for section, moved in ordered:
        if moved is not None:
            copies.setdefault(id(moved), {})[section.kind] = [b for b in section.blocks if id(b) not in taken]
    for moved in (s for s in redline.sections if id(s) in copies):
        left, arrived = copies[id(moved)].get("removed", []), copies[id(moved)].get("added", [])
        for change in moved.blocks:
            if change.kind != "changed" or change.old is None or change.new is None:
                continue
            there = next((b for b in left if b.old is change.old), None)
            here = next((b for b in arrived if b.new is change.new), None)
            if there is not None and here is not None:
                yield change, there, here


def _move_side(ops: Sequence[Op], kept: str) -> tuple[Op, ...]:
    """One side of a move edited on the way (`kept`: DELETE where it was, INSERT where it is): its words kept the
    move's, its edits tagged EDITED; a side keeping no word its edits alone."""
    return tuple((kept + (kind_of(tag) != EQUAL and EDITED or "") + _set(tag), text)
                 for tag, text in ops if kind_of(tag) in (EQUAL, kept))


def edited_rows(redline: Redline, taken: Mapping[int, str],
                ordered: Placed) -> dict[int, tuple[str, list[tuple[Op, ...]]]]:
    """The rows of a section moved and edited whose cells' words changed (`ordered`: in_both_orders' copies of the
    section where it was and where it is), in the same columns: each a move of one name, as a row moved within its
    table (moves_of), a cell keeping words their move with the words edited on the way inside it (EDITED, as
    edited_moves), a cell rewritten whole its words deleted and inserted; the row was deleted whole where the section
    was and inserted whole where it is, where the changes page marks "Irlande" become "Allemagne" alone. Accepting
    every revision gives the new table, rejecting them the old. By each row's identity: (name, its cells' runs)."""
    out: dict[int, tuple[str, list[tuple[Op, ...]]]] = {}
    for change, there, here in _moved_copies(redline, ordered, taken):
        if not change.table or any(side != EQUAL for side in change.sides):
            continue  # (a column added or removed with it: its row deleted and inserted whole)
        cells = [up_runs(ops, change, k) for k, ops in enumerate(_cells(change))]
        if len(cells) != len(there.cells) or len(cells) != len(here.cells):
            continue
        name = _fresh(taken, out)
        out[id(there)] = (name, [_move_side(ops, DELETE) for ops in cells])
        out[id(here)] = (name, [_move_side(ops, INSERT) for ops in cells])
    for there, here in _rows_moved_edited(redline, taken):  # a row moved within its table and edited on the way
        change = replace(here, kind="changed", old=there.old, cells=here.moved_cells)
        cells = [up_runs(ops, change, k) for k, ops in enumerate(_cells(change))]
        name = _fresh(taken, out)
        out[id(there)] = (name, [_move_side(ops, DELETE) for ops in cells])
        out[id(here)] = (name, [_move_side(ops, INSERT) for ops in cells])
    return out


def _rows_moved_edited(redline: Redline, taken: Mapping[int, str]) -> Iterator[tuple[BlockChange, BlockChange]]:
    """Each row moved within its table and edited on the way (engine.moved_rows: its `moved_cells` mark the edits),
    not moved whole (`taken`, moves_of): the row removed where it was and the row added where it is, paired by the
    old words the added one's cells keep in the redline's columns (a column added with the move none: its cell an
    insertion), compared as the engine compares them (plain: a row moved and retyped, `client's` become `client’s`, is
    one too, its marks revised inside the move); they were a row deleted and an unrelated one inserted."""
    def was(cells: Sequence[Sequence[Op]], sides: Sequence[str]) -> tuple[str, ...]:
        return tuple(plain("".join(text for tag, text in cell if tag != INSERT))
                     for cell, side in zip(cells, sides, strict=True) if side != INSERT)

    for section in redline.sections:
        rows = [b for b in section.blocks if b.table and b.moved and id(b) not in taken
                and b.kind in ("added", "removed") and len(b.sides) == len(b.cells)]
        waiting: dict[tuple[int, tuple[str, ...]], list[BlockChange]] = {}
        for here in reversed([b for b in rows if b.moved == "from" and len(b.moved_cells) == len(b.sides)]):
            waiting.setdefault((here.table, was(here.moved_cells, here.sides)), []).append(here)
        for there in rows:
            if there.moved == "to" and (found := waiting.get((there.table, was(there.cells, there.sides)))):
                yield there, found.pop()


def moving_cell(sides: Sequence[str], n: int) -> bool:
    """Whether the `n`th cell of a row moved is one of the words moved (a w:moveFrom or w:moveTo of the cell's own
    name): a cell of a column both versions have, or any of a table one version has whole (a section moved); not a
    cell of a column added or removed with the move, which is its words inserted or deleted, no other side to it."""
    return EQUAL not in sides or (n < len(sides) and sides[n] == EQUAL)


def _bookmark(section: SectionChange, ids: Mapping[str, str] | None) -> str:
    return f"redline-{page_id(section, ids)}"


def in_both_orders(sections: list[SectionChange]) -> list[tuple[SectionChange, SectionChange | None]]:
    """The sections as the Word redline sets them, each with the section moved it stands for (else None): a section
    moved is inserted whole where it is now and deleted whole where it was, after the section before it in the old
    version that did not move. Set once, where it is now, with its words' changes, rejecting every revision left it
    there: the old text out of order."""
    anchors = [(k, s) for k, s in enumerate(sections) if s.kind != "moved" and s.old_number is not None]
    gone: dict[int, list[SectionChange]] = {}
    for moved in sorted((s for s in sections if s.kind == "moved"), key=lambda s: s.old_line):
        at = max(((-1 if not s.number else s.old_line, k) for k, s in anchors
                  if not s.number or s.old_line < moved.old_line), default=(0, -1))[1]
        gone.setdefault(at, []).append(moved)
    out: list[tuple[SectionChange, SectionChange | None]] = [(s, None) for s in gone.get(-1, [])]
    for k, section in enumerate(sections):
        if section.kind != "moved":
            out.append((section, None))
        else:
            out.append((replace(section, kind="added", old_number=None, old_title="", old_mark="", numbering_ops=(),
                                title_ops=((INSERT, section.new_title),), partner=None,
                                blocks=diff_blocks([], [b.new for b in section.blocks if b.new is not None])),
                        section))
        out += [(replace(moved, kind="removed", new_number=None, new_title="", new_mark="", numbering_ops=(),
                         title_ops=((DELETE, moved.old_title),), partner=None, link_ops=(),  # (said where it is now)
                         blocks=diff_blocks(old_blocks(moved), [])), moved)
                for moved in gone.get(k, [])]
    return out


def old_blocks(section: SectionChange) -> list[Block]:
    """A section's blocks as the old version has them, from its redline (in_both_orders' copy where a section moved
    was): paragraphs merged on the way each its own again (their text cut where each ended, BlockChange.joined_at; the
    items among them as they were, `parts`), a paragraph split on the way once (each part's `old` is it). The merged
    paragraph's `old` is the first one's block holding their words: read again from its Markdown, it gave the first
    paragraph alone, and rejecting every revision lost the others; a split one's, the whole paragraph once a part."""
    out: list[Block] = []
    for block in section.blocks:
        old = block.old
        if old is None:
            continue
        if block.joined == "merged" and block.parts:
            out += [part.old for part in block.parts if part.old is not None]
        elif block.joined == "merged":
            ends = (*block.joined_at, len(old.text))
            out += [replace(old, text=old.text[start:end].strip(), markdown="", marks=(), links=(), tooltips=())
                    for start, end in zip((0, *block.joined_at), ends)]
        elif not (out and out[-1].line == old.line and out[-1].markdown == old.markdown and old.markdown):
            out.append(old)  # (a part of a paragraph split: the paragraph, once)
    return out


def said_in_copies(ordered: Placed) -> dict[int, BlockChange]:
    """Each block of a section moved as set where it is now (in_both_orders: inserted whole, its blocks anew), by
    identity, the block of the redline it is: what it says beyond its words (render.moved_line: a row moved within its
    table, a paragraph moved from another section, an image replaced) is said after it there too; the changes page,
    the PDF and the text said "Row “Invoices” moved up in this table." where the Word redline's section said nothing
    of what changed in it."""
    out: dict[int, BlockChange] = {}
    for copy, moved in ordered:
        if moved is not None and copy.kind == "added":
            by_new = {id(block.new): block for block in moved.blocks if block.new is not None}
            out.update({id(block): by_new[id(block.new)] for block in copy.blocks if id(block.new) in by_new})
    return out


def _section(body: _Body, section: SectionChange, t: dict[str, str], lang: str, bookmark: str, *,
             status: str = "", run: tuple[SectionChange, ...] | None = None) -> None:
    """A section's heading, its status and its blocks; one of a `run` only renumbered (render.in_runs) without its
    status, the run said once before its first ("§2–§4 → §3–§5 (3 renumbered, text unchanged)"): its number is still
    a revision (accepting every revision gives the new numbers, rejecting them the old)."""
    if run and run[0] is section:
        body.paragraph([(PLAIN, run_line(run, t, lang))], italic=True, said=True)
    # an added or removed section's heading is inserted or deleted whole, its number and paragraph too: accepting
    # (or rejecting) every revision leaves no "§4" heading without its title
    whole = {"added": INSERT, "removed": DELETE, "split": INSERT, "merged": DELETE}.get(section.kind, PLAIN)
    # a title only written otherwise (`L'accès` for `L’accès`: no title_ops, a formatting edit) is revised as each
    # version writes it, its marks alone (both_ways): written as the new one, rejecting every revision kept its marks
    title_ops = section.title_ops or (((EQUAL, section.new_title),) if section.kind not in WHOLE and section.new_title
                                      and undirected(section.old_title) != undirected(section.new_title) else ())
    if section.number:
        level = heading_level(section.number, section.new_level if section.new_number is not None else
                              section.old_level)
        # a heading made another level (`###` become `##`): its style a revision (w:pPrChange), the old one kept
        level_was = heading_level(section.old_number or "", section.old_level) if section.kind not in WHOLE else level
        label = _label(section, t)
        runs = _shifted(section, label, t["section"])
        if id(section) in body.headings:  # a section moved: its heading a move, its title's edits inside it
            name, heading = body.headings[id(section)]
            body.paragraph(list(heading), style=f"Heading{level}", mark=whole, bookmark=bookmark, move=name)
        elif title_ops or runs:
            title = both_ways(section.old_title, title_ops) if section.kind not in WHOLE else title_ops
            body.paragraph((runs or [(whole, label)]) + list(title_runs(section, title or [(PLAIN, section.title)])),
                           style=f"Heading{level}", mark=whole, bookmark=bookmark, was_style=f"Heading{level_was}")
        else:
            body.paragraph([(PLAIN, label), *title_runs(section, [(PLAIN, section.title)])], style=f"Heading{level}",
                           bookmark=bookmark,
                           was_style=f"Heading{level_was}")
        # its heading's link targets, where they changed: a comment on it, as a block's (_beside)
        body.annotate([(t["links"], section.link_ops)] if section.link_ops else [])
    else:  # the document's title
        body.paragraph(list(title_runs(section, both_ways(section.old_title, title_ops) or [(PLAIN, section.title)])),
                       style="Heading1", bookmark=bookmark)
    if section.displayed and not run:  # (`status`: a section moved, said where it is now and where it was)
        body.paragraph([(PLAIN, aside(status or _status(section, t), lang, spaced=False))], italic=True, said=True)
    if section.numbering_ops:  # the heading as each version writes its number: a revision of its own
        body.paragraph(list(section.numbering_ops))
    split: list[BlockChange] = []  # said after the last paragraph split from them: rejected, each joins the next
    for table, rows in tables(section.blocks):
        if table:
            _table(body, rows, t, lang)
            continue
        (block,) = rows
        indent = _indent(block.new or block.old)
        lead = _lead(block)
        was = None  # the paragraph's properties before, where its mark stands for another's (a merge's, a split's)
        if block.ops:  # an added or removed block's paragraph is inserted or deleted with its words
            # an unchanged block's too where its words are written otherwise (a formatting edit, its marks revised:
            # written as the new text, rejecting every revision kept its marks); direction marks alone put in or
            # taken out are no revision there (nothing a reader sees changed)
            ops = both_ways(block.old.text, block.ops, at=(cuts(block.old), cuts(block.new))) \
                if block.old and (block.kind == "changed" or (
                block.kind == "unchanged" and block.new and undirected(block.old.text) != undirected(block.new.text))) \
                else block.ops
            ops = up_runs(ops, block)  # its superscripts raised (a merge's old ones where its joined text has them)
            if block.joined == "merged" and block.old:  # each old paragraph but the last, its mark deleted: accepted,
                cut = 0  # joined to the next, the last's mark (and properties) kept, those it had before tracked
                olds = _olds(block)
                for k, end in enumerate(block.joined_at):
                    first, ops = _cut_old(ops, end - cut)
                    cut += sum(len(text) for tag, text in first if kind_of(tag) != INSERT)
                    body.paragraph((lead if k == 0 else _lead_gone(olds[k])) + list(first), indent=_indent(olds[k]),
                                   mark=DELETE)
                lead, was = _lead_gone(olds[-1]), _indent(olds[-1])
            elif block.joined == "split" and not block.joined_count:  # a part after the first: its mark inserted
                lead = [(INSERT, text) for _, text in _lead(replace(block, old=None))]
            if block.joined == "split":  # its mark inserted: rejected, joined to the next with a space between
                ops = (*ops, (EQUAL, " "))
            elif split:  # the last part of a split: its mark, kept when rejected, the old one's (each part's `old` is
                lead = [(INSERT, text) for _, text in _lead(replace(block, old=None))]  # the old one's, cut)
                was = _indent(block.old)
            if id(block) in body.edited:  # moved and edited on the way: its words moved, its edits revisions (its
                lead, ops = [], body.edited[id(block)][1]  # number or bullet among them: _moved_leads)
            body.paragraph(lead + list(ops), indent=indent, was=was, mark=INSERT if block.joined == "split" else
                           {"added": INSERT, "removed": DELETE}.get(block.kind, PLAIN),
                           move=body.moves.get(id(block), ""))
        if block.joined == "split":
            split.append(block)
            continue
        _beside(body, block, t, lang, indent=indent)
        for part in split:  # (the split said once, by its first part: "…, this one among them")
            _beside(body, part, t, lang, indent=indent)
        split = []


def _label(section: SectionChange, t: dict[str, str]) -> str:
    """What its heading says before its title ("§4 "), as the redline names it (render._heading)."""
    label = _heading(section, t)
    return label[:len(label) - len(section.title)] if label.endswith(section.title) else label + " "


def moved_headings(ordered: Placed, taken: Mapping[int, str],
                   t: dict[str, str]) -> dict[int, tuple[str, tuple[Op, ...]]]:
    """The headings of the sections moved (`ordered`: in_both_orders' copies where each was and where it is), each a
    move of one name (`taken`: the names given before), as the pages show them: its title's words kept moved, those
    edited on the way deleted where it was and inserted where it is ("Data [-kept-] {+we keep+}"), its number deleted
    and inserted (another, "§2 " and "§3 "). A heading was deleted whole where it was and inserted whole where it is:
    Word marked its every word, "Data" among them, where the pages mark none or "kept" alone. A title keeping no word
    stays deleted and inserted whole. By each copy's identity: (name, its runs)."""
    copies: dict[int, dict[str, SectionChange]] = {}
    for section, moved in ordered:
        if moved is not None:
            copies.setdefault(id(moved), {"": moved})[section.kind] = section
    out: dict[int, tuple[str, tuple[Op, ...]]] = {}
    for sides in copies.values():
        moved, there, here = sides[""], sides.get("removed"), sides.get("added")
        title = title_runs(moved, both_ways(moved.old_title, moved.title_ops or ((EQUAL, moved.new_title),)))
        if there is None or here is None or not moved.number or not any(kind_of(tag) == EQUAL for tag, _ in title):
            continue
        labels = (_label(there, t), _label(here, t))
        edited = EDITED if labels[0] != labels[1] else ""
        name = _fresh(taken, out)
        out[id(there)] = (name, ((DELETE + edited, labels[0]), *_move_side(title, DELETE)))
        out[id(here)] = (name, ((INSERT + edited, labels[1]), *_move_side(title, INSERT)))
    return out


def up_runs(ops: Sequence[Op], block: BlockChange, column: int | None = None) -> tuple[Op, ...]:
    """`ops` (a block's, or its row's cell of `column`) with each stretch its page draws raised tagged so (UP), each
    part in another language with its language (IN)."""
    return _set_runs(parted(ops, block.old, block.new, (None, None) if column is None else cell_sides(block, column)))


def title_runs(section: SectionChange, ops: Sequence[Op]) -> tuple[Op, ...]:
    """`ops` of a section's title (its heading's) with each part its heading marks as written in another language
    tagged so (IN), as up_runs a block's: `## Le <span lang="en">cloud</span>`."""
    return _set_runs(title_parted(section, ops))


def _set_runs(pieces: Sequence[tuple[str, str, bool, str]]) -> tuple[Op, ...]:
    out: list[Op] = []
    for tag, text, up, code in pieces:  # (the space after a raised stretch on the line: Word sets it smaller)
        style = (UP if up else "") + (IN + code if code else "")
        words = text.rstrip() if style else text
        out += [(tag + style, words), (tag, text[len(words):])] if style else [(tag, text)]
    return tuple((tag, text) for tag, text in out if text)


def heading_level(number: str, level: int) -> int:
    """The Word heading style (2 to 4; 1 is the policy's title) of a section's heading: its level as written (`##` 2,
    `###` 3) where known, else as its number says (`2.1` 3)."""
    if level:
        return min(max(level, 2), 4)
    return min(2 + number.count("."), 4) if SECTION_NUMBER.fullmatch(number) else 2


def _olds(block: BlockChange) -> list[Block | None]:
    """The old paragraphs and items a merge joined, in order (BlockChange.parts, where an item is among them); else
    paragraphs all, None each."""
    olds: list[Block | None] = [part.old for part in block.parts if part.old is not None]
    return olds if len(olds) == block.joined_count else [None] * block.joined_count


def _indent(block: Block | None) -> int:
    """How far a paragraph is indented: a list item by its depth, one step more than a paragraph."""
    return block.depth + 1 if block is not None and block.kind == "item" else 0


def _lead_gone(block: Block | None) -> list[Op]:
    """An old list item's number or bullet, deleted (its item joined to the one before): [] for a paragraph."""
    return [(DELETE, text) for _, text in _lead(BlockChange("removed", block, None, ()))] if block else []


def _cells(row: BlockChange) -> Sequence[Sequence[Op]]:
    """A changed row's cells' ops, each exact both ways (both_ways) against its own column's old cell."""
    if row.old is None or row.new is None or row.kind != "changed" and (
            row.kind != "unchanged" or undirected(row.old.text) == undirected(row.new.text)):  # (as _section's blocks)
        return row.cells
    olds = iter(enumerate(row.old.cells))
    news = iter(range(len(row.new.cells)))
    out: list[Sequence[Op]] = []
    # a cell of a column the old version lacks has no old text: its ops insert it whole
    for ops, side in zip(row.cells, row.sides or [EQUAL] * len(row.cells)):
        j = next(news, None) if side != DELETE else None
        if side == INSERT:
            out.append(ops)
            continue
        i, old = next(olds, (None, ""))
        out.append(both_ways(old, ops, at=(cell_cuts(row.old, i) if i is not None else (),
                                           cell_cuts(row.new, j) if j is not None else ())))
    return out


def both_ways(old: str, ops: Sequence[Op], *, at: tuple[Cuts, Cuts] = NO_CUTS) -> tuple[Op, ...]:
    """`ops` (of `old` to a new text) with the space around each change put where Word reads it both ways: the
    EQUAL and INSERT runs give the new text, the EQUAL and DELETE runs `old` as written. The redline's equal words
    carry the new text's spaces: "subject 1" become "subject 1 since May," rejected every revision read "subject 1 ,",
    and "Paragraph 5 about" become "Paragraph 5, rewritten, about", "Paragraph 5about". Between two kept words, the
    old and the new text of the change share what spaces they begin and end with (kept), the rest is deleted and
    inserted; only spaces are moved, never a letter. A kept word the new text writes otherwise (`’` for `'`), or spaces
    and direction marks Word reads otherwise (a no-break space for a space, an isolate taken out), are deleted as the
    old text writes them and inserted as the new one does. `ops` as they are where they do not spell `old`. `at`: the
    old and the new text's cuts (engine.cuts: a footnote's `<sup>` a word of its own, as the ops were made)."""
    tokens = cut(word_tokens(old), at[0])
    written_new = 0  # where the kept and inserted runs are in the new text (they spell it: engine.word_ops)
    out: list[Op] = []
    at_old = 0
    gap = ["", ""]  # the old and the new text since the last kept word
    edited = False

    def flush() -> None:
        old_gap, new_gap = gap
        if not edited and _SPACES.sub(" ", old_gap) == _SPACES.sub(" ", new_gap):  # spaces Word reads alike
            out.append((EQUAL, new_gap))
            return
        head = len(old_gap) - len(old_gap.lstrip())
        head = min(head, len(new_gap) - len(new_gap.lstrip()))
        head = next((k for k in range(head) if not _same_space(old_gap[k], new_gap[k])), head)
        old_rest, new_rest = old_gap[head:], new_gap[head:]
        tail = min(len(old_rest) - len(old_rest.rstrip()), len(new_rest) - len(new_rest.rstrip()))
        tail = next((k for k in range(tail) if not _same_space(old_rest[-1 - k], new_rest[-1 - k])), tail)
        out.extend([(EQUAL, new_gap[:head]), (DELETE, old_rest[:len(old_rest) - tail]),
                    (INSERT, new_rest[:len(new_rest) - tail]), (EQUAL, new_rest[len(new_rest) - tail:])])

    for tag, text in ops:
        if tag == DELETE:  # the old text's tokens (a word cut at a superscript read whole in the run: its letters)
            letters, size = "".join(core for core, _ in word_tokens(text)), 0
            while at_old < len(tokens) and size < len(letters):
                gap[0] += tokens[at_old][1]
                size += len(tokens[at_old][0])
                at_old += 1
            if size != len(letters):
                return tuple(ops)
            edited = edited or bool(letters)
            continue
        here = tuple(c - written_new for c in at[1] if written_new < c < written_new + len(text))
        written_new += len(text)
        for core, written in cut(word_tokens(text), here):
            if tag == INSERT:
                gap[1] += written
                edited = True
                continue
            if at_old >= len(tokens) or tokens[at_old][0] != core:
                return tuple(ops)
            (old_lead, old_word, old_trail), (new_lead, new_word, new_trail) = edges(tokens[at_old][1]), edges(written)
            gap[0] += old_lead
            gap[1] += new_lead
            flush()
            # a word written otherwise (`l'accès`, `l’accès`) is kept as the redline keeps it, but its marks as
            # revisions: rejecting every revision gave the new apostrophe in the old text
            out.extend(_marks_revised(old_word, new_word))
            gap[:], edited = [old_trail, new_trail], False
            at_old += 1
    if at_old != len(tokens):
        return tuple(ops)
    flush()
    merged: list[Op] = []
    for tag, text in out:
        if not text:
            continue
        if merged and merged[-1][0] == tag:
            merged[-1] = (tag, merged[-1][1] + text)
        else:
            merged.append((tag, text))
    return tuple(merged)


def _marks_revised(old: str, new: str) -> list[Op]:
    """A kept word as each version writes it (compared alike, engine.word_tokens): its letters kept, only the marks
    written otherwise (`'` for `’`, `-` for a no-break hyphen, a soft hyphen put in) deleted and inserted, a formatting
    edit as the HTML redline counts it, not the word revised whole ("L[-'-][+’+]utilisateur")."""
    out: list[Op] = []
    if old == new:
        return [(EQUAL, new)]
    if len(old) != len(new):  # characters put in or taken out (a soft hyphen, `--` for `—`): those alone revised
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
            out += [(EQUAL, new[j1:j2])] if tag == "equal" else [(DELETE, old[i1:i2]), (INSERT, new[j1:j2])]
        return [op for op in out if op[1]]
    k = 0
    while k < len(new):
        end = k + 1
        differs = old[k] != new[k]
        while end < len(new) and (old[end] != new[end]) == differs:
            end += 1
        out += [(DELETE, old[k:end]), (INSERT, new[k:end])] if differs else [(EQUAL, new[k:end])]
        k = end
    return out


def _cut_old(ops: Sequence[Op], at: int) -> tuple[tuple[Op, ...], tuple[Op, ...]]:
    """`ops` (both_ways': their kept and deleted runs spell the old text as written) cut where that old text reaches
    character `at`, the words inserted there going with the second part: old paragraphs merged into one, each as Word
    reads it. Counted in characters, not words: a word only written otherwise is revised a mark at a time
    (_marks_revised), its pieces no words of their own. (A run raised or in a language counts as its kind: kind_of.)"""
    head: list[Op] = []
    tail: list[Op] = []
    for tag, text in ops:
        inserted = kind_of(tag) == INSERT
        if at <= 0:
            tail.append((tag, text))
        elif inserted or len(text) <= at:
            head.append((tag, text))
            at -= 0 if inserted else len(text)
        else:
            head.append((tag, text[:at]))
            tail.append((tag, text[at:]))
            at = 0
    while tail and kind_of(tail[0][0]) == EQUAL and tail[0][1][:1].isspace():  # the space between them
        space = len(tail[0][1]) - len(tail[0][1].lstrip())  # ends the first
        head.append((EQUAL, tail[0][1][:space]))
        tail[0:1] = [(tail[0][0], tail[0][1][space:])] if tail[0][1][space:] else []
    return tuple(head), tuple(tail)


def _same_space(a: str, b: str) -> bool:
    """Two spaces a paragraph of Word reads alike (_SPACES: a line break of the Markdown is a space), a no-break one
    only as itself."""
    return a == b or (_SPACES.fullmatch(a) is not None and _SPACES.fullmatch(b) is not None)


def _shifted(section: SectionChange, label: str, word: str = "§{number}") -> list[Op]:
    """A renumbered or moved section's number, the old one deleted and the new one inserted, as the heading's first
    runs; [] for another. Its heading read "§3 → §4 Title" in plain text: accepting every revision left the arrow and
    the old number in the new text, rejecting them the new number in the old."""
    old = label_of(section.old_number, section.old_mark, word=word)
    new = label_of(section.new_number, section.new_mark, word=word)
    if section.kind not in ("renumbered", "moved") or not old or not new or old == new or " → " not in label:
        return []
    return [(DELETE, old), (INSERT, new), (PLAIN, label[label.index(" → ") + 3 + len(new):])]


def _table(body: _Body, rows: Sequence[BlockChange], t: dict[str, str], lang: str) -> None:
    """A table's rows as a Word table, the first its header, each row's cells in the redline's columns (a column one
    version lacks: its cells deleted or inserted whole, model.BlockChange.cells); a row added or removed inserted or
    deleted whole, an unchanged one as it reads; then their links' changes, each a paragraph, as the PDF says them
    after its table."""
    body.table([({"added": INSERT, "removed": DELETE}.get(row.kind, PLAIN),
                 body.edited_rows[id(row)][1] if id(row) in body.edited_rows else
                 [up_runs(ops, row, k) for k, ops in enumerate(_cells(row))], row.sides) for row in rows],
               notes=[_notes(row, t) for row in rows], moves=[body.moves.get(id(row), "") for row in rows])
    for row in rows:
        _beside(body, row, t, lang, noted=True)


def _notes(block: BlockChange, t: dict[str, str]) -> list[tuple[str, Sequence[Op]]]:
    """A block's links' targets and the words its links and tags show on hover (model.BlockChange.tip_ops), where they
    changed, each said by its label."""
    return [(label, ops) for label, ops in ((t["links"], block.link_ops), (t["hover"], block.tip_ops)) if ops]


def _beside(body: _Body, block: BlockChange, t: dict[str, str], lang: str, *, indent: int = 0,
            noted: bool = False) -> None:
    """What a block's words do not show: where it moved, a paragraph after it (render.moved_line, the redline's words,
    no revision: its words are deleted there and inserted here); its links' targets and the words shown on hover that
    changed (_notes), a comment on it (on its paragraph, the last one written; a row's is noted by its table), not a
    tracked paragraph: what a link leads to is said beside the text, as a lawyer notes it in the margin, and accepting
    or rejecting every revision leaves each side's text, without a line "Link targets: …" that is none of it."""
    if not noted:
        body.annotate(_notes(block, t))
    if said := moved_line(body.said_as.get(id(block), block), t, lang):
        body.paragraph([(PLAIN, said)], indent=indent, italic=True, said=True)


def _lead(block: BlockChange) -> list[Op]:
    """A list item's number as the site shows it, or its bullet; a number that changed is a revision of its own, so
    that accepting every revision gives the new numbers and rejecting them the old ones."""
    sides = (block.old, block.new)
    if not any(side is not None and side.kind == "item" for side in sides):
        return []

    def mark(side: Block | None) -> str:  # a paragraph become an item (or back) has no mark on its paragraph side
        if side is None or side.kind != "item":
            return ""
        return f"{side.number}. " if side.number else "• "
    old, new = (mark(side) for side in sides)
    if block.old is None:
        return [(INSERT, new)]
    if block.new is None:
        return [(DELETE, old)]
    if old == new:
        return [(PLAIN, new)]
    return [(DELETE, old), (INSERT, new)]


class _Body:
    """Paragraphs of WordprocessingML, each revision numbered in document order."""

    def __init__(self, *, author: str, date: str, instant: str = "", rtl: bool = False, ui: bool = False,
                 said_lang: str = "", dates: tuple[str, ...] = ()) -> None:
        self.parts: list[str] = []
        # every annotation's w:id (revisions, move ranges, bookmarks, comments) from one count: "a unique identifier
        # for an annotation within a WordprocessingML document" (ISO/IEC 29500-1), a comment and a revision never both 1
        self.revision = 0
        self.rtl = rtl  # a language written right to left: each paragraph and run says so (w:bidi, w:rtl)
        # the redline's own words are in another language (English) than the text's: in a right-to-left document,
        # their paragraphs are set left to right, the text's words in them (a date) right to left
        self.ui = ui and rtl
        # in a left-to-right one, their runs name their language (Word proofed "Changes in the version of" as
        # Lithuanian, Hindi, Thai), the dates in them (`dates`, in the text's language) excepted
        self.ui_ltr = said_lang if ui and not rtl else ""
        self.said_lang = said_lang if ui else ""  # (in a right-to-left one too: their runs set left to right, _said)
        self.dates = re.compile("|".join(re.escape(d) for d in dates)) if dates else None
        self.attrs = (f" w:author={quoteattr(author)}" + (f' w:date="{date}"' if date else "")
                      + (f' w16du:dateUtc="{instant}"' if instant else ""))
        self.named = f" w:author={quoteattr(author)}" + (f' w:date="{date}"' if date else "")  # (a move's range)
        self.moves: dict[int, str] = {}  # blocks moved whole, by identity: their move's name (moves_of)
        self.edited: dict[int, tuple[str, tuple[Op, ...]]] = {}  # ... moved and edited: name and runs (edited_moves)
        self.edited_rows: dict[int, tuple[str, list[tuple[Op, ...]]]] = {}  # ... rows: name and cells (edited_rows)
        self.headings: dict[int, tuple[str, tuple[Op, ...]]] = {}  # ... sections' headings: name and runs
        # a section moved, set whole where it is now: each block of it, by identity, the block of the redline it is
        # (said_in_copies), whose moved_line it says
        self.said_as: dict[int, BlockChange] = {}
        self.comments: list[str] = []  # what its text does not show, said beside it (annotate): word/comments.xml

    @property
    def xml(self) -> str:
        return "".join(self.parts)

    def paragraph(self, runs: Sequence[Op], *, style: str = "", indent: int = 0, italic: bool = False,
                  mark: str = PLAIN, said: bool = False, bookmark: str = "", link: str = "",
                  was: int | None = None, move: str = "", was_style: str | None = None) -> None:
        """`mark`: the paragraph itself inserted or deleted (its mark a revision), so that accepting or rejecting
        every revision leaves no empty paragraph where it was. `said`: the redline's own words (a title, a status),
        not the text's. `bookmark`: the name the paragraph is bookmarked by; `link`: the bookmark its words go to.
        `was`: its indent before, where another (a revision of its properties, `w:pPrChange`, ISO/IEC 29500-1
        §17.13.5.29): the mark that joined paragraphs keep is the last one's, so that a list made part of a paragraph
        is indented as the paragraph once accepted and as the item it was once rejected. `was_style`: its style before,
        where another (a heading made another level, a revision of its properties too). `move`: the name of the move
        the paragraph, deleted or inserted whole (`mark`), is a side of (moves_of): its mark and words a move's source
        (w:moveFrom) or destination (w:moveTo) inside a range of that name, not a deletion or an insertion."""
        if move and mark in (INSERT, DELETE) and all(kind_of(tag).removesuffix(EDITED) == mark or tag == RANGE
                                                     for tag, _ in runs):
            self._moved(runs, side="moveTo" if mark == INSERT else "moveFrom", name=move, indent=indent, style=style,
                        bookmark=bookmark)
            return
        if said and self.ui:
            self._said(runs, style=style, italic=italic, link=link)
            return
        if said and self.ui_ltr:
            runs = [piece for tag, text in runs for piece in self._in_language(tag, text)]
        props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if self.rtl else "") + \
            (f'<w:ind w:{"right" if self.rtl else "left"}="{360 * indent}"/>' if indent else "")
        if mark in (INSERT, DELETE):
            self.revision += 1
            props += f'<w:rPr><w:{"ins" if mark == INSERT else "del"} w:id="{self.revision}"{self.attrs}/></w:rPr>'
        restyled = was_style is not None and was_style != style
        if (was is not None and was != indent) or restyled:
            self.revision += 1
            was = indent if was is None else was
            styled = was_style if restyled else style
            before = (f'<w:pStyle w:val="{styled}"/>' if styled else "") + ("<w:bidi/>" if self.rtl else "") + \
                (f'<w:ind w:{"right" if self.rtl else "left"}="{360 * was}"/>' if was else "")
            props += f'<w:pPrChange w:id="{self.revision}"{self.attrs}><w:pPr>{before}</w:pPr></w:pPrChange>'
        out = [f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}"]
        merged: list[list[str]] = []  # a number deleted with its item's words is one revision with them
        for tag, text in runs:
            text = _NOT_XML.sub("", _SPACES.sub(" ", text))  # no-break spaces are kept
            if text and merged and merged[-1][0] == tag:
                merged[-1][1] += text
            elif text:
                merged.append([tag, text])
        for tagged, text in merged:
            tag = kind_of(tagged)
            inner = (_ITALIC if italic else "") + self._set_as(tagged)
            run_props = f"<w:rPr>{inner}</w:rPr>" if inner else ""
            if tag == DELETE:
                self.revision += 1
                out.append(f'<w:del w:id="{self.revision}"{self.attrs}><w:r>{run_props}'
                           f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')
            elif tag == INSERT:
                self.revision += 1
                out.append(f'<w:ins w:id="{self.revision}"{self.attrs}><w:r>{run_props}'
                           f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:ins>')
            elif tag == _SAID:
                said_props = f"<w:rPr>{inner}<w:lang w:val={quoteattr(self.ui_ltr)}/></w:rPr>"
                out.append(f'<w:r>{said_props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
            else:
                out.append(f'<w:r>{run_props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>')
        self._close(out, bookmark=bookmark, link=link)

    def table(self, rows: Sequence[tuple[str, Sequence[Sequence[Op]], Sequence[str]]],
              notes: Sequence[Sequence[tuple[str, Sequence[Op]]]] = (), moves: Sequence[str] = ()) -> None:
        """A table of `rows` (each its mark, PLAIN, INSERT or DELETE, its cells' ops and the side of each cell's column,
        BlockChange.sides), the first its header row (repeated on each page), its grid as wide as the widest row (a
        shorter row's missing cells empty), every border drawn. A row inserted or deleted is a revision of its own
        (`w:trPr`), its words with it; a cell of a column one version lacks is a cell deleted or inserted (`w:cellDel`,
        `w:cellIns`, ISO/IEC 29500-1 §17.13): accepting every revision takes a removed column away (its cells' words
        deleted left an empty column), rejecting them an added one.

        Its grid (`w:tblGrid`) is the new version's columns, the old one's kept in `w:tblGridChange` (§17.13.5.33, the
        grid before the revision): accepting every revision leaves a grid column for each cell, rejecting them too;
        such a table's width is that of its grid ("auto"), whichever it is. `moves`: each row's move (moves_of; "" for
        none), a row moved within the table, deleted where it was and inserted where it is (the row a revision), each
        cell's words the source or destination of a move of that name and the cell's place (`move3-1`), shown and
        accepted or rejected as moved words, not as words deleted and others inserted."""
        width = max(1, *(len(cells) for _, cells, _ in rows))
        column = _TEXT_WIDTH // width
        grid = f'<w:gridCol w:w="{column}"/>'
        sides = max((row_sides for _, _, row_sides in rows), key=len)
        old, new = (width - sum(side == gone for side in sides) for gone in (INSERT, DELETE))
        table_width = f'<w:tblW w:w="{column * width}" w:type="dxa"/>'
        grids = grid * width
        if old and new and (old, new) != (width, width):  # a table added or removed whole has one grid
            self.revision += 1
            table_width = '<w:tblW w:w="0" w:type="auto"/>'
            grids = f'{grid * new}<w:tblGridChange w:id="{self.revision}"><w:tblGrid>{grid * old}</w:tblGrid>' \
                    "</w:tblGridChange>"
        border = "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                         for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        out = [f'<w:tbl><w:tblPr>{"<w:bidiVisual/>" if self.rtl else ""}{table_width}'
               f'<w:tblBorders>{border}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr>'
               f"<w:tblGrid>{grids}</w:tblGrid>"]
        for k, (mark, cells, sides) in enumerate(rows):
            props = "<w:tblHeader/>" if k == 0 else ""
            if mark in (INSERT, DELETE):
                self.revision += 1
                props += f'<w:{"ins" if mark == INSERT else "del"} w:id="{self.revision}"{self.attrs}/>'
            out.append(f"<w:tr>{f'<w:trPr>{props}</w:trPr>' if props else ''}")
            for n, ops in enumerate([*cells, *[()] * (width - len(cells))]):
                cell = ""
                # a row inserted whole keeps a removed column's cell, deleted with it (and a row deleted an added one)
                if n < len(sides) and sides[n] in (INSERT, DELETE) and sides[n] != mark:
                    self.revision += 1
                    cell = f'<w:cell{"Ins" if sides[n] == INSERT else "Del"} w:id="{self.revision}"{self.attrs}/>'
                move = moves[k] if k < len(moves) else ""
                # (a cell of a row edited on the way, edited_rows: its words kept a move, those edited revisions in
                # it; one keeping no word its edits alone, no move)
                kept = [kind_of(tag) == mark for tag, _ in ops]
                if move and any(kept) and mark in (INSERT, DELETE) and moving_cell(sides, n) and all(
                        kind_of(tag) in (mark, mark + EDITED) for tag, _ in ops):
                    self._moved(list(ops), side="moveTo" if mark == INSERT else "moveFrom", name=f"{move}-{n + 1}",
                                indent=0, whole=False)
                else:
                    self.paragraph([(tag.replace(EDITED, ""), text) for tag, text in ops])
                if n == 0 and k < len(notes):  # a row's links changed: a comment on its first cell
                    self.annotate(notes[k])
                width_of = f'<w:tcW w:w="{column}" w:type="dxa"/>'
                out.append(f"<w:tc><w:tcPr>{width_of}{cell}</w:tcPr>{self.parts.pop()}</w:tc>")
            out.append("</w:tr>")
        self.parts.append("".join(out) + "</w:tbl>")

    def annotate(self, notes: Sequence[tuple[str, Sequence[Op]]]) -> None:
        """A comment (w:comment, ISO/IEC 29500-1 §17.13.4.2) on the last paragraph written, by the author, saying each
        of `notes` (a label and its ops: its words deleted struck through between [− and ], inserted underlined between
        [+ and ], as the PDF marks them): said beside the text, no revision of it."""
        if not notes or not self.parts or not self.parts[-1].startswith("<w:p>"):
            return
        self.revision += 1
        number = self.revision
        paragraphs = []
        for label, ops in notes:
            runs = [f'<w:r><w:t xml:space="preserve">{escape(_NOT_XML.sub("", label))} </w:t></w:r>']
            for tag, words, tail in segments(list(ops)):  # (the space between a deletion and an insertion kept)
                mark = {DELETE: ("<w:strike/>", "[\u2212", "]"), INSERT: ('<w:u w:val="single"/>', "[+", "]")}.get(tag)
                words = _NOT_XML.sub("", words)
                if mark is not None and words:
                    runs.append(f'<w:r><w:rPr>{mark[0]}</w:rPr><w:t xml:space="preserve">'
                                f"{escape(mark[1] + words + mark[2])}</w:t></w:r>")
                elif words:
                    runs.append(f'<w:r><w:t xml:space="preserve">{escape(words)}</w:t></w:r>')
                if tail:
                    runs.append(f'<w:r><w:t xml:space="preserve">{tail}</w:t></w:r>')
            paragraphs.append(f'<w:p>{"".join(runs)}</w:p>')
        self.comments.append(f'<w:comment w:id="{number}"{self.named}>{"".join(paragraphs)}</w:comment>')
        part = self.parts[-1]
        opened = part.index("</w:pPr>") + len("</w:pPr>") if part.startswith("<w:p><w:pPr>") else len("<w:p>")
        self.parts[-1] = (f'{part[:opened]}<w:commentRangeStart w:id="{number}"/>{part[opened:-len("</w:p>")]}'
                          f'<w:commentRangeEnd w:id="{number}"/>'
                          f'<w:r><w:commentReference w:id="{number}"/></w:r></w:p>')

    def _moved(self, runs: Sequence[Op], *, side: str, name: str, indent: int, whole: bool = True, style: str = "",
               bookmark: str = "") -> None:
        """A paragraph moved whole (`side`: "moveFrom" where it was, "moveTo" where it is), in the range `name`; not
        `whole`: its words only, its mark kept (a table's cell, whose row is the revision that takes it away). `style`
        and `bookmark`: a heading's (a section moved)."""
        props = (f'<w:pStyle w:val="{style}"/>' if style else "") + ("<w:bidi/>" if self.rtl else "") + \
            (f'<w:ind w:{"right" if self.rtl else "left"}="{360 * indent}"/>' if indent else "")
        if whole:
            self.revision += 1
            props += f'<w:rPr><w:{side} w:id="{self.revision}"{self.attrs}/></w:rPr>'
        out = [f"<w:p>{f'<w:pPr>{props}</w:pPr>' if props else ''}"]
        ranges: list[tuple[str, list[Op]]] = [(name, [])]  # (several where paragraphs merged: RANGE)
        for tag, words in runs:
            if tag == RANGE:
                ranges.append((words, []))
            else:
                ranges[-1][1].append((tag, words))
        for range_name, range_runs in ranges:
            self._range(out, range_runs, side=side, name=range_name)
        self._close(out, bookmark=bookmark)

    def _range(self, out: list[str], runs: Sequence[Op], *, side: str, name: str) -> None:
        """One range of a move in a paragraph (`_moved`): its words moved, those edited on the way revisions."""
        self.revision += 1
        ranged = self.revision
        out.append(f'<w:{side}RangeStart w:id="{ranged}"{self.named} w:name="{name}"/>')
        pieces: list[list[str]] = []  # its words, a run for each stretch raised or not
        for tag, words in runs:
            if pieces and pieces[-1][0] == tag:
                pieces[-1][1] += words
            elif words:
                pieces.append([tag, words])
        # each stretch the move kept inside the move's side, each edited on the way (EDITED) a deletion or an insertion
        stretches: list[tuple[bool, list[list[str]]]] = []
        for piece in pieces:
            edited = kind_of(piece[0]).endswith(EDITED)
            if stretches and stretches[-1][0] == edited:
                stretches[-1][1].append(piece)
            else:
                stretches.append((edited, [piece]))
        for edited, group in stretches:
            element = ("del" if side == "moveFrom" else "ins") if edited else side
            kind = "delText" if element == "del" else "t"
            text = "".join(
                f'<w:r><w:rPr>{self._set_as(tag)}</w:rPr>'
                f'<w:{kind} xml:space="preserve">{escape(_NOT_XML.sub("", _SPACES.sub(" ", words)))}</w:{kind}></w:r>'
                for tag, words in group).replace("<w:rPr></w:rPr>", "")
            self.revision += 1
            out.append(f'<w:{element} w:id="{self.revision}"{self.attrs}>{text}</w:{element}>')
        out.append(f'<w:{side}RangeEnd w:id="{ranged}"/>')

    def _set_as(self, tag: str) -> str:
        """A run's properties its tag says (_set): raised, right to left (a right-to-left document's, but in a part of
        a language written left to right: an English part of a Hebrew text), its language."""
        code = tag.partition(IN)[2]
        rtl = self.rtl and (not code or direction(code) == "rtl")
        return (_RAISED if _raised(tag) else "") + ("<w:rtl/>" if rtl else "") + \
            (f"<w:lang {language_named(code)}/>" if code else "")

    def _close(self, out: list[str], *, bookmark: str = "", link: str = "") -> None:
        """The paragraph's runs (after its properties, out[0]) inside its bookmark, or in a link to one."""
        runs = "".join(out[1:])
        if link:
            runs = runs.replace("<w:rPr>", _LINKED).replace("<w:r><w:t", f"<w:r>{_LINKED}</w:rPr><w:t")
            runs = f'<w:hyperlink w:anchor={quoteattr(link)} w:history="1">{runs}</w:hyperlink>'
        if bookmark:
            self.revision += 1
            runs = f'<w:bookmarkStart w:id="{self.revision}" w:name={quoteattr(bookmark)}/>{runs}' \
                   f'<w:bookmarkEnd w:id="{self.revision}"/>'
        self.parts.append(f"{out[0]}{runs}</w:p>")

    def _in_language(self, tag: str, text: str) -> list[tuple[str, str]]:
        """`text` of the redline's own words cut into runs: its words a run marked as their language (_SAID), each
        date in it a plain run, in the text's."""
        out, at = [], 0
        for found in [*(self.dates.finditer(text) if self.dates else ()), None]:
            start = found.start() if found else len(text)
            if text[at:start]:
                out.append((_SAID if tag == PLAIN else tag, text[at:start]))
            if found:
                out.append((tag, found.group()))
                at = found.end()
        return out

    def _said(self, runs: Sequence[Op], *, style: str, italic: bool, link: str = "") -> None:
        """The redline's English words in a right-to-left document: a paragraph set left to right (Word read "1
        changed" as "changed 1", and the title around its dates out of order), each stretch of the text's
        right-to-left words (a date: 1 مارس 2024) a run of its own, embedded right to left."""
        props = (f'<w:pStyle w:val="{style}"/>' if style else "") + '<w:bidi w:val="0"/>'
        out = [f"<w:p><w:pPr>{props}</w:pPr>"]
        text = _NOT_XML.sub("", _SPACES.sub(" ", "".join(words for _, words in runs)))
        at = 0
        for found in [*_RIGHT_TO_LEFT.finditer(text), None]:
            start = found.start() if found else len(text)
            for piece, rtl in ((text[at:start], False), (found.group() if found else "", True)):
                if piece:
                    # (the redline's words named as their language: Word proofed "changed" as Urdu, the text's)
                    inner = (_ITALIC if italic else "") + ("<w:rtl/>" if rtl else '<w:rtl w:val="0"/>'
                                                           f"<w:lang w:val={quoteattr(self.said_lang)}/>")
                    # embedded right to left (RLE … PDF, which Word and LibreOffice read alike), or the digits
                    # around it were laid out apart from its words ("1 2024 مارس")
                    piece = f"\u202b{piece}\u202c" if rtl else piece
                    out.append(f'<w:r><w:rPr>{inner}</w:rPr><w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
            at = found.end() if found else start
        self._close(out, link=link)


# A stretch of right-to-left words (Hebrew, Arabic script) with the digits and spaces inside and before it: a date.
_RTL_LETTER = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_RIGHT_TO_LEFT = re.compile(rf"\d*[ \u00a0]?[{_RTL_LETTER}](?:[ \u00a0\d.,\u200c]*[{_RTL_LETTER}\d])*")


_TEXT_WIDTH = 11906 - 2 * 1417  # twentieths of a point between the page's margins (_document's w:pgSz, w:pgMar)


def _document(body: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{_W}" '
            f'xmlns:r="{_REL}" xmlns:mc="{_MC}" xmlns:w16du="{_W16DU}" mc:Ignorable="w16du">'
            f'<w:body>{body}<w:sectPr>{pagefooter.REFERENCE}<w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" '
            'w:gutter="0"/></w:sectPr></w:body></w:document>')


def _core(*, title: str, author: str, lang: str, date: str) -> str:
    dated = (f'<dcterms:created xsi:type="dcterms:W3CDTF">{date}</dcterms:created>'
             f'<dcterms:modified xsi:type="dcterms:W3CDTF">{date}</dcterms:modified>') if date else ""
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>{escape(author)}</dc:creator>"
            f"<dc:language>{escape(lang)}</dc:language>{dated}</cp:coreProperties>")


# Word draws a run of a complex script (Arabic, Hebrew, Devanagari, Thai …, and any run marked w:rtl) with the
# complex-script twin of each property: bold, italics and size set without it left such a text plain and small.
_ITALIC = "<w:i/><w:iCs/>"
_LINKED = '<w:rPr><w:rStyle w:val="Hyperlink"/>'  # a run of a link, in the style Word gives links


def _bold(size: int) -> str:
    return f'<w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'


def _styles(lang: str) -> str:
    def heading(level: int, size: int) -> str:
        return (f'<w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/>'
                '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
                f'<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="{level - 1}"/>'
                f'</w:pPr>{_bold(size)}</w:style>')

    # A language written right to left (Arabic, Hebrew) is laid out so: paragraphs (w:bidi) and runs (w:rtl),
    # its language named as Word names a complex script's (w:lang w:bidi).
    # Word proofs and reads a run's letters in the language of their kind: `w:val` for Latin, `w:eastAsia` for Chinese,
    # Japanese and Korean, `w:bidi` for the complex scripts (Devanagari, Thai … as well as Arabic and Hebrew); a Hindi,
    # Thai or Japanese redline named only `w:val` had its words in Word's default language for their kind.
    rtl = direction(lang) == "rtl"
    # (in the order of the schema's run properties, which Word 2007's was a sequence of: w:rtl after w:szCs)
    run = f'<w:sz w:val="22"/><w:szCs w:val="22"/>{"<w:rtl/>" if rtl else ""}<w:lang {language_named(lang)}/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>'
            '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/>'
            f'{run}</w:rPr></w:rPrDefault>'
            f'<w:pPrDefault><w:pPr>{"<w:bidi/>" if rtl else ""}<w:spacing w:after="120"/></w:pPr></w:pPrDefault>'
            '</w:docDefaults>'
            '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>'
            '</w:style>'
            '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
            '<w:next w:val="Normal"/><w:qFormat/>' + _bold(32) + '</w:style>'
            + "".join(heading(level, size) for level, size in ((1, 30), (2, 26), (3, 24), (4, 22)))
            + '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>'
            '<w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>'
            + "</w:styles>")


# ISO 15924 scripts Word sets as East Asian text, and as complex script text (shaped, or right to left).
EAST_ASIAN = frozenset({"Hans", "Hant", "Hani", "Jpan", "Hira", "Kana", "Kore", "Hang", "Bopo", "Yiii"})
COMPLEX = frozenset({"Arab", "Hebr", "Syrc", "Thaa", "Nkoo", "Deva", "Beng", "Guru", "Gujr", "Orya", "Taml", "Telu",
                     "Knda", "Mlym", "Sinh", "Thai", "Laoo", "Tibt", "Mymr", "Khmr"})


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{MEDIA_TYPE}.main+xml"/>'
    '<Override PartName="/word/styles.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' + pagefooter.CONTENT_TYPE + '</Types>')

_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/></Relationships>')

_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_REL}/settings" Target="settings.xml"/>{pagefooter.RELATIONSHIP}</Relationships>')

_COMMENTS_TYPE = ('<Override PartName="/word/comments.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>')
_COMMENTS_REL = f'<Relationship Id="rId3" Type="{_REL}/comments" Target="comments.xml"/>'

# Edits a reader makes to the document are tracked too.
_SETTINGS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             f'<w:settings xmlns:w="{_W}"><w:trackRevisions/></w:settings>')
