"""The redline's renderers: text (for a terminal), Markdown (a pull request), JSON, HTML (a page)."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import IO, TYPE_CHECKING

from policysite.document import label_of, named
from policysite.findings import visible
from policysite.redline import figures, targets
from policysite.redline.engine import segments
from policysite.redline.model import DELETE, EQUAL, INSERT, WHOLE, BlockChange, Op, Redline, SectionChange
from policysite.redline.raised import Part, parted, raised_segments, title_parted, title_pieces, title_segments
from policysite.redline.replaced import replaced
from policysite.strings import (
    aside,
    aside_marks,
    blank,
    counted,
    counted_quoting,
    html_format,
    in_language,
    long_date,
    redline_labels as labels,
)

if TYPE_CHECKING:  # the caller's environment: Jinja imported by `diff --format html` and builds, not by every redline
    from jinja2 import Environment
    from markupsafe import Markup


def _heading(section: SectionChange, t: dict[str, str]) -> str:
    if not section.number:
        return t["preamble"]
    if section.kind in ("renumbered", "moved") and label_of(section.old_number) and label_of(section.new_number) \
            and section.old_number != section.new_number:
        return f"{label_of(section.old_number, section.old_mark, word=t['section'])} → " \
               f"{named(section.new_number, section.new_title, section.new_mark, word=t['section'])}"
    # as the page writes its number: `§2a Cookies` where the English heading is `Article 2a – Cookies` (not `§2 bis`,
    # its identity), `第３条（保存期間）` (not `§3 （保存期間）`); a heading that shows nothing by the redline's words
    said = named(section.number, section.title, section.mark, word=t["section"])
    return t["untitled_section"] if blank(said) else said


def heading_parts(section: SectionChange, t: dict[str, str]) -> tuple[str, str]:
    """_heading as its number's label (`Madde 2`, `סעיף 2 → סעיף 3`) and the rest: the changes page marks the label,
    which the version selector leaves out of the title it finds the section by in another version (policy.js: titles;
    a label in the reader's words, `Madde 2 Veriler`, was read as the title, and the section was missed)."""
    said, word = _heading(section, t), t["section"]
    label = label_of(section.number, section.mark, word=word) if section.number else ""
    if section.number and section.kind in ("renumbered", "moved"):
        old = label_of(section.old_number, section.old_mark, word=word)
        if old and said.startswith(f"{old} → "):
            label = f"{old} → {label_of(section.new_number, section.new_mark, word=word)}"
    return (label, said[len(label):]) if label and said.startswith(label) else ("", said)


def titled(section: SectionChange, said: str) -> list[tuple[str, str]]:
    """Words naming `section` that show its title (its heading, `§4 Le cloud`, `第３条（保存期間）`), each stretch with
    the language of the part of the title it is in ("" outside them, and all of it where the title has none or is not
    in them): a part its heading marks as written in another language stays marked there (WCAG 3.1.2)."""
    new = section.new_number is not None
    title = section.title
    at = said.rfind(title) if title and (section.new_parts if new else section.old_parts) else -1
    if at < 0:
        return [(said, "")]
    pieces = [(said[:at], ""), *title_pieces(section, new=new), (said[at + len(title):], "")]
    return [(text, code) for text, code in pieces if text]


def _status(section: SectionChange, t: dict[str, str]) -> str:
    said = _kind_status(section, t)
    if section.restyled:  # its heading's numbering written otherwise: "numbering changed", or "changed, numbering …"
        said = t["numbering_changed"] if section.kind == "unchanged" else f"{said}{t['comma']}{t['numbering_changed']}"
    if section.number and section.title_ops and section.kind not in WHOLE:
        # renamed: its old title beside the new one, which the heading shows (compare.js: statusOf)
        # (a title that showed nothing is said untitled, not quoted: `formerly “”`)
        said += t["comma"] + (t["formerly_untitled"] if blank(section.old_title) else
                              t["formerly"].format(title=section.old_title))
    return said


def _kind_status(section: SectionChange, t: dict[str, str]) -> str:
    if not section.number and section.kind == "changed":  # the title and introduction: two things, not a section
        return t["preamble_changed"]
    if section.kind in ("renumbered", "moved"):
        # only its title changed: "text changed" was said over a text shown unchanged (reader hunt 44); its heading's
        # link led elsewhere (its words the same) is a change of its text, as the counts say it (SectionChange.changed):
        # "text unchanged" was said over the link's targets shown changed (redline18)
        # its only edits references to sections renumbered, following the renumbering (references.py)
        words = "references_renumbered" if section.references else \
            "text_changed" if any(b.kind != "unchanged" for b in section.blocks) else \
            "title_changed" if section.title_ops else "text_changed" if section.link_ops else "text_unchanged"
        return f"{t[section.kind]}{t['comma']}{t[words]}"
    if section.partner is not None:  # merged into §3, split from §5: the section as the new version numbers it
        number, title, mark = section.partner
        return naming(t, section.kind, label_of(number, mark, word=t["section"]) or title)
    return t[section.kind]


def naming(t: dict[str, str], key: str, section: str) -> str:
    """t[key] ("Moved to {section}.", "merged into {section}") naming `section` as the redline names it, or, where it
    shows nothing (no number, a blank title), said by the words of its own key ("Moved to an untitled section.": it was
    "Moved to .", the section's case and article being its language's to write; compare.js: naming)."""
    return t[f"{key}_untitled"] if blank(section) else t[key].format(section=section)


SHIFTED_RUN = 3  # this many renumbered sections in a row, their text unchanged, are said once (shifted)


def shifted(redline: Redline, *, summary: bool = False) -> list[SectionChange | tuple[SectionChange, ...]]:
    """The sections a redline shows, in reading order, each run of SHIFTED_RUN or more sections in a row only
    renumbered (their title and text unchanged: a section inserted before them) as one: "§3–§22 → §4–§23 (20
    renumbered, text unchanged)", said once, not as 20 headings with nothing under them (compare.js: shifted). In its
    `summary`, a section whose only edits are references following the renumbering (SectionChange.references) is one
    of such a run too: the one real change is not lost among them; the body shows each, its references marked."""
    out: list[SectionChange | tuple[SectionChange, ...]] = []
    run: list[SectionChange] = []

    def close() -> None:
        out.extend([tuple(run)] if len(run) >= SHIFTED_RUN else run)
        run.clear()

    for section in redline.sections:
        if section.kind == "renumbered" and (not section.changed or summary and section.references) \
                and not section.restyled \
                and label_of(section.old_number, section.old_mark) and label_of(section.new_number, section.new_mark):
            run.append(section)
            continue
        close()
        if section.displayed:
            out.append(section)
    close()
    return out


def in_runs(redline: Redline) -> dict[int, tuple[SectionChange, ...]]:
    """Each section of a run only renumbered (shifted), by identity, and its run: the PDF and the Word redline, which
    set every section's text, say such a run once, before its first section ("§3–§22 → §4–§23 (20 renumbered, text
    unchanged)"), as the other formats do, not "renumbered, text unchanged" under each of its 20 headings."""
    return {id(member): item for item in shifted(redline) if isinstance(item, tuple) for member in item}


def run_line(run: tuple[SectionChange, ...], t: dict[str, str], lang: str) -> str:
    """A run of sections only renumbered said in a line of its own (the PDF, Word: in_runs): "§2–§4 → §3–§5 (3
    renumbered, text unchanged)"."""
    heading, status = _said(run, t, lang)
    return heading + aside(status, lang)


def run_heading(run: Sequence[SectionChange], word: str = "§{number}") -> str:
    """A run of sections renumbered alike (shifted), as one heading: "§3–§22 → §4–§23" (`word`: label_of's)."""
    first, last = run[0], run[-1]

    def label(number: str | None, mark: str) -> str:
        return label_of(number, mark, word=word)

    return f"{label(first.old_number, first.old_mark)}–{label(last.old_number, last.old_mark)} → " \
           f"{label(first.new_number, first.new_mark)}–{label(last.new_number, last.new_mark)}"


def run_status(run: Sequence[SectionChange], t: dict[str, str], lang: str) -> str:
    """What happened to them: "20 renumbered, text unchanged", or, some of them with references renumbered (a
    summary's run, shifted), "20 renumbered, references updated to the new numbers"."""
    words = "references_renumbered" if any(s.references for s in run) else "text_unchanged"
    return counted(t, "count_renumbered", len(run), lang, n=len(run)) + t["comma"] + t[words]


def _said(item: SectionChange | tuple[SectionChange, ...], t: dict[str, str], lang: str) -> tuple[str, str]:
    """A section, or a run of them (shifted), as a summary names it: its heading and its status."""
    if isinstance(item, tuple):
        return run_heading(item, t["section"]), run_status(item, t, lang)
    return _heading(item, t), _status(item, t)


_JOINED = {("merged", ""): "joined_merged", ("merged", "items"): "joined_merged_items",
           ("merged", "mixed"): "joined_merged_mixed", ("split", ""): "joined_split",
           ("split", "items"): "joined_split_items"}
# a merge into another kind of block than the words of its key name (paragraphs merged into a paragraph, list items
# into an item, both into a paragraph): "…into this item" read oddly where a paragraph took in list items
_MERGED_INTO = {("", "item"): "joined_merged_into_item", ("items", "paragraph"): "joined_merged_items_into_paragraph",
                ("mixed", "item"): "joined_merged_mixed_into_item"}


def joined_key(joined: str, of: str, into: str = "") -> str:
    """The words saying a merge or a split (model.BlockChange.joined, joined_of), and for a merge what the block saying
    it is (`into`: its kind, "paragraph" or "item"): "joined_merged_items", said "3 list items merged into this
    one.", "joined_merged_items_into_paragraph" where a paragraph took them in (compare.js builds it alike)."""
    return _MERGED_INTO.get((of, into), _JOINED[joined, of]) if joined == "merged" else _JOINED[joined, of]


def moved_line(block: BlockChange, t: dict[str, str], lang: str) -> str:
    """What a block's marked words do not say, said after it: where it moved, or paragraphs merged or split
    (_where_line), then each image of it replaced (image_line); "" for a block that did none of these."""
    return " ".join(said for said in (_where_line(block, t, lang), image_line(block, t)) if said)


def image_line(block: BlockChange, t: dict[str, str]) -> str:
    """Each image of a block shown in its place in both versions that is another picture (model.BlockChange.images),
    named in each by its alt text (the words a screen reader says, which may be the same), else its file's name:
    "Image “Seal” replaced by “New seal”.", "Image “Seal” replaced by another of the same description."; each added or
    removed: "Image “Seal” added."; "" for none."""
    said: list[str] = []
    for kind, old, new in block.images:
        if kind != "replaced":  # an image added or removed, named by the side that has it
            name = new if kind == "added" else old
            said.append(t[f"image_{kind}_untitled"] if blank(name) else t[f"image_{kind}"].format(image=name))
        elif blank(old) or blank(new):
            said.append(t["image_replaced_same_untitled" if old == new else "image_replaced_untitled"])
        else:
            said.append(t["image_replaced_same"].format(image=new) if old == new else
                        t["image_replaced"].format(old=old, new=new))
    return " ".join(said)


def _where_line(block: BlockChange, t: dict[str, str], lang: str) -> str:
    """Where a block moved (model.BlockChange.moved), said after it: "Moved to §2 Retention.", "Moved here from §1
    Collection.", or, in the same section, which way (said alike in both places); paragraphs merged into it, or one
    split into it and others, their count named, said once (model.BlockChange.joined_count: a split's other parts say
    nothing); "" for a block that did neither."""
    # (a row or a column named by its cell as written, its spaces collapsed: "Row “Logs  of  2024”" quoted the
    # doubled spaces a Markdown table's cell keeps, which the page shows as one; compare.js: movedLine)
    if block.from_list:  # a list made this table (engine.made_tables), said by its header row
        return t["list_made_table"]
    if block.from_table:  # a table made this list (engine.made_tables), said by its last item
        return t["table_made_list"]
    if block.moved_columns:
        return " ".join(t["column_moved_untitled"] if blank(name) else t["column_moved"].format(column=_one_line(name))
                        for name in block.moved_columns)
    if block.joined:
        n = block.joined_count
        into = block.new.kind if block.new is not None else ""
        return counted(t, joined_key(block.joined, block.joined_of, into), n, lang, n=n) if n else ""
    if block.moved_within:
        return t["moved_within"]
    if not block.moved:
        return ""
    if block.block_kind == "row":  # rows reordered (engine.moved_rows): said once, by the row where it is now
        name = next((cell for cell in block.new.cells if not blank(cell)), "") if block.moved == "from" \
            and block.new is not None else ""
        return t["row_moved_up" if block.moved_up else "row_moved_down"].format(row=_one_line(name)) if name else ""
    if block.moved_with is None:
        return t["moved_up" if block.moved_up else "moved_down"]
    number, title, mark = block.moved_with
    return naming(t, f"moved_{block.moved}", named(number, title, mark, word=t["section"]) if number else
                  t["preamble"])


def announced_line(redline: Redline, t: dict[str, str], lang: str) -> str:
    """What a redline says under its title where its new version was announced ahead of its date (model.Redline.
    announced): "Announced on 1 February 2030, this version takes effect on 1 March 2030; it is not in force before
    that day." (its dates in words in `lang`); "" for a version in force once published. Said alike by every format: a
    redline filed or read during the notice period read as the text in force."""
    if redline.announced is None or redline.new_date is None:
        return ""
    return t["announced"].format(announced=long_date(redline.announced, lang), date=long_date(redline.new_date, lang))


def notice_lines(redline: Redline, t: dict[str, str], lang: str) -> list[str]:
    """What every format says under a redline's title of how its new version was published: announced ahead of its
    date (announced_line), marked an editorial change (`change: editorial`); none where neither."""
    return [line for line in (announced_line(redline, t, lang), t["editorial_version"] if redline.editorial else "")
            if line]


def _one_line(text: str) -> str:
    """A cell's words as a sentence quotes them: its spaces and line breaks one space each, none at its ends."""
    return " ".join(text.split())


def _title_line(redline: Redline, t: dict[str, str], *, lang: str) -> str:
    """The redline's heading, its dates in words in `lang`, as the changes page and the Word redline write them (the
    text and Markdown ones said "Cambios de la versión del 2023-09-15" beside "15 de septiembre de 2023")."""
    if redline.heading_key == "heading_undated":
        return t["heading_undated"]
    old, new = redline.old_date, redline.new_date
    assert old is not None and new is not None  # dated headings are for dated sides
    return t[redline.heading_key].format(old=long_date(old, lang), new=long_date(new, lang))


# The summary's kinds, each section in one: a renumbered or moved section whose title or text changed is neither
# "changed" nor "renumbered" but "renumbered and changed" (compare.js: COUNTED).
COUNTED = ("changed", "added", "removed", "renumbered_changed", "renumbered", "moved_changed", "moved", "merged",
           "split")


def section_counts(redline: Redline) -> dict[str, int]:
    """How many sections went each way of COUNTED, each counted once: the sum is the number of sections shown.
    "2 changed, 1 added, 3 renumbered" said of 4 sections, one renumbered and changed counted twice (words 24)."""
    summary = redline.summary
    shifted = {kind: sum(1 for s in getattr(summary, kind) if s.changed) for kind in ("renumbered", "moved")}
    return {"changed": len(summary.changed) - sum(shifted.values()), "added": len(summary.added),
            "removed": len(summary.removed), "renumbered_changed": shifted["renumbered"],
            "renumbered": len(summary.renumbered) - shifted["renumbered"], "moved_changed": shifted["moved"],
            "moved": len(summary.moved) - shifted["moved"], "merged": len(summary.merged),
            "split": len(summary.split)}


def _counts_line(redline: Redline, t: dict[str, str], lang: str) -> str:
    """What happened to the sections, only the kinds that did, each section counted once, each count in the form its
    number takes in `lang`: `2 changed, 1 added` (compare.js: countsLine)."""
    said = [counted(t, f"count_{kind}", n, lang, n=n) for kind, n in section_counts(redline).items() if n]
    counts = t["comma"].join(said) or t["counts_none"]
    # the title or the text above §1, a clause of its own: "no section changed" opened a redline that showed it
    # (legal hunt 36), and said as a count it read as one more kind of section (reader audit 35)
    if any(not s.number and s.changed for s in redline.sections):
        counts = t["counts_preamble"].format(counts=counts)
    return t["counts"].format(counts=counts)


def replaced_lines(redline: Redline, t: dict[str, str], lang: str) -> list[str]:
    """Each term the new version writes otherwise everywhere, said once (replaced.replaced): "“User” becomes
    “Customer” throughout (30 times).", where the counts named only the sections and the redline marked thirty
    replacements (legal26)."""
    return [counted(t, "term_replaced", r.count, lang, old=r.old, new=r.new, count=r.count)
            for r in replaced(redline)]


def filed_lines(redline: Redline, t: dict[str, str], lang: str) -> list[str]:
    """What a redline says under its counts that its marks leave the reader to find, in the redline's language: each
    term replaced throughout (replaced_lines), each number changed in a sentence or a cell with the words around it
    (redline.figures: "« pendant 30 jours » devient « pendant 60 jours » (§3 Durée)."), each link's address changed
    under the same words (redline.targets). Said by the changes page, the compare page (compare.js: figureLines) and
    the Word and PDF redlines; `policy diff` says them in the team's messages (its notes). The documents a DPO files
    said "1 modifiée" and left a struck digit or a comment to find (legal29)."""
    return [*replaced_lines(redline, t, lang),
            *(t["figure_changed"].format(old=old, new=new, section=_heading(section, t))
              for section, old, new in figures.in_sections(redline)),
            *(t["link_changed"].format(old=old, new=new, section=_heading(section, t))
              for section, old, new in targets.in_sections(redline))]


def filed_html(redline: Redline, t: dict[str, str], lang: str) -> list[Markup]:
    """filed_lines as a page writes them: the site's sentence escaped, each of the text's words it quotes (a term, a
    number with the words around it, a link's address, a section's heading) marked as the text's language where the
    site's words around them are another's (strings.marks: English on a Hungarian or Urdu page), WCAG 3.1.2 (reader34:
    the quoted words were read as the site's); as filed_lines where the site speaks the text's language."""
    def section(change: SectionChange) -> Markup | str:
        heading = _heading(change, t)
        # (the site's own words where the section shows none of the text's: the title and introduction, untitled)
        return heading if heading in (t["preamble"], t["untitled_section"]) else in_language(heading, lang)

    return [*(counted_quoting(t, "term_replaced", r.count, lang, old=r.old, new=r.new) for r in replaced(redline)),
            *(html_format(t["figure_changed"], old=in_language(old, lang), new=in_language(new, lang),
                          section=section(change)) for change, old, new in figures.in_sections(redline)),
            *(html_format(t["link_changed"], old=in_language(old, lang), new=in_language(new, lang),
                          section=section(change)) for change, old, new in targets.in_sections(redline))]


def _notes_line(redline: Redline, t: dict[str, str], lang: str) -> str:
    """The edits not shown as changes of text, only the kinds there are, each count in its number's form: "0
    d’espacement seul, 1 de mise en forme seule" named what did not happen (compare.js: notesLine)."""
    notes = redline.notes
    said = [counted(t, f"note_{kind}", n, lang, n=n)
            for kind, n in (("whitespace", notes.whitespace), ("formatting", notes.formatting)) if n]
    return t["notes"].format(notes=t["comma"].join(said)) if said else ""


def wants_color(stream: IO[str], *, environ: Mapping[str, str]) -> bool:
    """Colour for a terminal only: not when piped, nor with NO_COLOR set (no-color.org), nor TERM=dumb."""
    return stream.isatty() and not environ.get("NO_COLOR") and environ.get("TERM") != "dumb"


_ANSI = {DELETE: ("\x1b[9;31m", "\x1b[0m"), INSERT: ("\x1b[4;32m", "\x1b[0m"), EQUAL: ("", "")}
_PLAIN = {DELETE: ("[-", "-]"), INSERT: ("{+", "+}"), EQUAL: ("", "")}


def render_text(redline: Redline, *, color: bool, lang: str | None = None) -> str:
    """For a terminal (ANSI colour plus strike/underline) or a pipe (git's [-deleted-]{+inserted+})."""
    lang = lang or redline.lang
    t = labels(lang)
    marks = _ANSI if color else _PLAIN
    bold, reset = ("\x1b[1m", "\x1b[0m") if color else ("", "")

    def words(ops: tuple[Op, ...]) -> str:  # the text's words shown, never obeyed (findings.visible)
        return "".join(f"{marks[tag][0]}{visible(core)}{marks[tag][1]}{visible(tail)}"
                       for tag, core, tail in segments(ops))

    lines = [f"{bold}{visible(_title_line(redline, t, lang=lang))}{reset}",
             *notice_lines(redline, t, lang), _counts_line(redline, t, lang),
             *(visible(line) for line in replaced_lines(redline, t, lang))]
    if note := _notes_line(redline, t, lang):
        lines.append(note)
    if not redline.changed:
        lines.append(t["no_change"])
    for section in shifted(redline):
        heading, status = _said(section, t, lang)
        lines += ["", f"{bold}{visible(heading)}{reset}{visible(aside(status, lang))}"]
        if isinstance(section, tuple):
            continue
        if section.numbering_ops:
            lines.append("  " + words(section.numbering_ops))
        if section.title_ops and section.kind not in WHOLE:
            lines.append("  " + words(section.title_ops))
        if section.link_ops:
            lines.append(f"  {t['links']} {words(section.link_ops)}")
        for block in laid_out(section):
            if block is None:
                lines.append("  …")
                continue
            if isinstance(block, list):
                lines += ["  " + (f"… {counted(t, 'rows_skipped', row, lang, count=row)}" if isinstance(row, int)
                                  else words(row.shown_ops)) for row in block]  # its cells joined by " | "
                lines += [f"  {label} {words(ops)}" for row in block if not isinstance(row, int)
                          for label, ops in ((t["links"], row.link_ops), (t["hover"], row.tip_ops)) if ops]
                lines += [f"  {visible(said)}" for row in block if not isinstance(row, int)
                          and (said := moved_line(row, t, lang))]  # its columns moved
                continue
            indent = "  " + "  " * block.depth + _lead(block)  # (its number as it is now)
            if block.ops:
                lines.append("  " + "  " * block.depth + _lead(block, words) + words(block.shown_ops))
            if said := moved_line(block, t, lang):  # under its words, past an item's number or bullet
                lines.append(" " * len(indent) + visible(said))
            if block.link_ops:
                lines.append(f"{indent}{t['links']} {words(block.link_ops)}")
            if block.tip_ops:
                lines.append(f"{indent}{t['hover']} {words(block.tip_ops)}")
    return "\n".join(lines) + "\n"


def tables(blocks: Sequence[BlockChange]) -> list[tuple[int, list[BlockChange]]]:
    """A section's blocks as the Word and PDF redlines lay them out: each table's rows together (BlockChange.table),
    every one of them, unchanged or empty ones too, and any other block on its own; (its table, its blocks), 0 for a
    block not in a table."""
    out: list[tuple[int, list[BlockChange]]] = []
    for block in blocks:
        if block.table and out and out[-1][0] == block.table:
            out[-1][1].append(block)
        else:
            out.append((block.table, [block]))
    return out


ROW_CONTEXT = 1  # the unchanged rows shown on each side of a changed one (compare.js's shownRows)


def shown_rows(rows: Sequence[BlockChange]) -> list[BlockChange | int]:
    """A changed table's rows as the changes and compare pages show them: its header, each changed row with
    ROW_CONTEXT unchanged rows on each side, and in place of each run of unchanged rows between, how many it holds (a
    run of one row is shown: its count would take as much room). A 2,000-row table with one cell edited showed every
    row; the Word and PDF redlines, documents to file, print them all (tables)."""
    near = {0} | {k + d for k, row in enumerate(rows) if row.kind != "unchanged"
                  for d in range(-ROW_CONTEXT, ROW_CONTEXT + 1)}
    out: list[BlockChange | int] = []
    left: list[BlockChange] = []
    for k, row in enumerate([*rows, None]):
        if row is not None and k not in near:
            left.append(row)
            continue
        out.extend(left if len(left) < 2 else [len(left)])
        left = []
        if row is not None:
            out.append(row)
    return out


def laid_out(section: SectionChange) -> list[BlockChange | list[BlockChange | int] | None]:
    """A shown section's blocks as the changes page lays them out (redline.html): a changed table as its shown_rows
    (header first), None once for each run of unchanged blocks outside one, and each other changed block, or list item
    numbered anew (renumbered). `policy
    diff`'s text and Markdown read it, so that a long table there is what the pages show, not its changed rows alone
    without their header."""
    out: list[BlockChange | list[BlockChange | int] | None] = []
    skipped = False
    for table, rows in tables(section.blocks):
        if table and any(row.kind != "unchanged" for row in rows):
            out.append(shown_rows(rows))
            skipped = False
            continue
        for block in rows:
            if block.kind != "unchanged" or renumbered(block):
                out.append(block)
                skipped = False
            elif not skipped and section.changed:
                out.append(None)
                skipped = True
            else:
                skipped = True
    return out


def _lead(block: BlockChange, words: Callable[[tuple[Op, ...]], str] | None = None) -> str:
    """What starts a list item's line, as the site shows it: its number in a numbered list (the text may cite it:
    "the purposes of item 3"; one that changed as `words` mark it, number_ops), else a bullet."""
    if block.block_kind != "item":
        return ""
    if words is not None and (numbers := number_ops(block)):
        return f"{words(numbers)} "
    return f"{block.number}. " if block.number else "- "


def renumbered(block: BlockChange) -> bool:
    """A list item whose words did not change but whose number did (an item inserted or removed before it, its list
    started at another number, engine._renumbered): the Word and PDF redlines revise its number ("[−3.] [+4.]"), and the
    text may cite it by it, so every redline shows it with its number changed, not among the unchanged blocks left
    out (the changes page left out what the Word file and the PDF showed, session 48)."""
    return block.kind == "unchanged" and len(number_ops(block)) > 1


def number_ops(block: BlockChange) -> tuple[Op, ...]:
    """A list item's number as the site shows it ("4."), where it is an item of a numbered list in either version:
    the old number deleted and the new one inserted where both versions number it as an item and the numbers differ
    (as docx._lead revises it: accepting every revision gives the new numbers); () for a block numbered in neither."""
    old, new = block.old, block.new
    if old is not None and new is not None and old.kind == new.kind == "item" and old.number != new.number:
        return tuple((tag, f"{side.number}.") for tag, side in ((DELETE, old), (INSERT, new)) if side.number)
    return ((EQUAL, f"{block.number}."),) if block.block_kind == "item" and block.number else ()


def _md_escape(text: str) -> str:
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|~#!])", r"\\\1", text)


def _md_code(text: str) -> str:
    fence = "``" if "`" in text else "`"
    return f"{fence}{text}{fence}"


def _md_table(rows: Sequence[BlockChange | int], words: Callable[[tuple[Op, ...]], str],
              left: Callable[[int], str]) -> list[str]:
    """A changed table's shown rows as a GitHub table: its header, then each row's cells (`|` escaped by `words`), a
    run of rows left out said in its first cell, in italics (GitHub tables have no cell spanning columns)."""
    header = rows[0]
    assert not isinstance(header, int)  # shown_rows keeps the header
    width = len(header.cells)

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(cell.replace("\n", " ") or " " for cell in cells) + " |"

    out = [line([words(cell) for cell in header.cells]), "|" + "---|" * width]
    for row in rows[1:]:
        out.append(line([f"*{left(row)}*", *[""] * (width - 1)]) if isinstance(row, int)
                   else line([words(cell) for cell in row.shown_cells]))  # (a row moved: from where it was)
    return out


def render_markdown(redline: Redline, *, lang: str | None = None, old_url: str = "", new_url: str = "",
                    max_chars: int = 60000) -> str:
    """A pull request comment: summary list (linking into both versions if given), then <del>/<ins> words."""
    lang = lang or redline.lang
    t = labels(lang)
    tag_of = {DELETE: ("<del>", "</del>"), INSERT: ("<ins>", "</ins>"), EQUAL: ("", "")}

    def words(ops: tuple[Op, ...]) -> str:
        return "".join(f"{tag_of[tag][0]}{_md_escape(core)}{tag_of[tag][1]}{tail}" for tag, core, tail in segments(ops))

    def targets(ops: tuple[Op, ...]) -> str:
        # code spans: GitHub would otherwise autolink a URL together with its closing ⟩
        return "".join(f"{tag_of[tag][0]}{' '.join(_md_code(w) for w in core.split())}{tag_of[tag][1]}{tail}"
                       for tag, core, tail in segments(ops))

    def links(s: SectionChange) -> str:
        found = [f"[{t[key]}]({url}#{anchor})" for key, url, anchor in
                 (("in_old", old_url, s.old_anchor), ("in_new", new_url, s.new_anchor)) if url and anchor]
        return t["colon"] + " · ".join(found) if found else ""

    head = [f"### {_md_escape(_title_line(redline, t, lang=lang))}", "",
            *[item for line in notice_lines(redline, t, lang) for item in (_md_escape(line), "")],
            f"**{_counts_line(redline, t, lang)}**", "",
            *[item for line in replaced_lines(redline, t, lang) for item in (_md_escape(line), "")]]
    shown = shifted(redline)
    head += [f"- {_md_escape(_said(s, t, lang)[0])}{_md_escape(aside(_said(s, t, lang)[1], lang))}"
             f"{links(s) if not isinstance(s, tuple) else ''}" for s in shifted(redline, summary=True)]
    if shown:
        head.append("")
    note = _notes_line(redline, t, lang)
    head.append(f"<sub>{t['legend']}{t['colon']}<del>{t['example_deleted']}</del> · "
                f"<ins>{t['example_inserted']}</ins>.{' ' + note if note else ''}</sub>")
    if not redline.changed:
        head += ["", t["no_change"]]
    chunks: list[str] = []
    for section in shown:
        heading, status = _said(section, t, lang)
        lines = ["", f"#### {_md_escape(heading)}{_md_escape(aside(status, lang))}", ""]
        if isinstance(section, tuple):
            chunks.append("\n".join(lines).rstrip("\n"))
            continue
        if section.numbering_ops:
            lines += [words(section.numbering_ops), ""]
        if section.title_ops and section.kind not in WHOLE:
            lines += [words(section.title_ops), ""]
        if section.link_ops:
            lines += [f"{t['links']} {targets(section.link_ops)}", ""]
        for block in laid_out(section):
            if block is None:
                lines += ["…", ""]
                continue
            if isinstance(block, list):
                said = lambda n: _md_escape(counted(t, "rows_skipped", n, lang, count=n))  # noqa: E731
                lines += [*_md_table(block, words, said), ""]
                for row in block:
                    if isinstance(row, int):
                        continue
                    if where := moved_line(row, t, lang):  # its columns moved
                        lines += [f"*{_md_escape(where)}*", ""]
                    if row.link_ops:
                        lines += [f"{t['links']} {targets(row.link_ops)}", ""]
                    if row.tip_ops:
                        lines += [f"{t['hover']} {words(row.tip_ops)}", ""]
                continue
            prefix = "  " * block.depth + "- " if block.block_kind == "item" else ""
            if block.ops:
                text = words(block.shown_ops)
                if not prefix and re.match(r"\d+[.)]|[-+]\s", text):
                    text = "\\" + text
                if prefix and len(numbers := number_ops(block)) > 1:  # its number changed, each marked
                    text = f"{words(numbers)} {text}"
                elif prefix and block.number:  # a bullet saying the item's number: "2." would renumber from 1
                    text = f"{block.number}\\. {text}"
                lines += [prefix + text, ""]
            if where := moved_line(block, t, lang):
                lines += [f"{'  ' * block.depth}*{_md_escape(where)}*", ""]
            if block.link_ops:
                lines += [f"{'  ' * block.depth}{t['links']} {targets(block.link_ops)}", ""]
            if block.tip_ops:
                lines += [f"{'  ' * block.depth}{t['hover']} {words(block.tip_ops)}", ""]
        chunks.append("\n".join(lines).rstrip("\n"))
    out = "\n".join(head)
    for k, chunk in enumerate(chunks):
        if len(out) + len(chunk) + 200 > max_chars:
            out += "\n\n" + counted(t, "truncated", len(chunks) - k, lang, count=len(chunks) - k)
            break
        out += "\n" + chunk
    return out + "\n"


def _lang_ops(pieces: Sequence[Part]) -> dict[str, list[list[str]]]:
    """`{"lang_ops": …}`: ops cut where a part the text marks as written in another language begins or ends, each
    [tag, text, language] ("" the document's), where there is such a part; else nothing (reader32: JSON said which
    words changed, not which were English in a French text, as every other format marks them)."""
    if not any(code for *_, code in pieces):
        return {}
    return {"lang_ops": [[tag, text, code] for tag, text, _, code in pieces]}


def to_json(redline: Redline) -> dict:
    """The redline as plain data: shown sections and their changed blocks, with source lines, and the words each
    marks as written in another language."""
    summary = redline.summary

    def number(s: SectionChange) -> str:
        return s.number

    def block(b: BlockChange) -> dict:
        return {"kind": b.kind, "block": b.block_kind, "depth": b.depth,
                "old_line": b.old.line if b.old else None, "new_line": b.new.line if b.new else None,
                "ops": [list(op) for op in b.ops], "link_ops": [list(op) for op in b.link_ops],
                # its ops with the language of each piece, where it marks a part in another language
                **_lang_ops(parted(b.ops, b.old, b.new)),
                # the words its links and tags show on hover, where they changed
                **({"tip_ops": [list(op) for op in b.tip_ops]} if b.tip_ops else {}),
                # moved: "to" or "from", the other place's section number (None: this section) and whether up
                **({"moved": b.moved, "moved_with": b.moved_with[0] if b.moved_with else None, "moved_up": b.moved_up,
                    **({"moved_ops": [list(op) for op in b.moved_ops]} if b.moved == "from" else {})}
                   if b.moved else {}),
                # two paragraphs merged into it, or one split into it and the next
                **({"joined": b.joined} if b.joined else {}),
                **({"joined_count": b.joined_count} if b.joined_count else {}),
                **({"joined_of": b.joined_of} if b.joined_of else {}),
                # words moved within it (struck in one place, inserted in another)
                **({"moved_within": True} if b.moved_within else {}),
                **({"moved_ops": [list(op) for op in b.moved_ops]} if b.moved_within and b.moved_ops else {}),
                # its images replaced by other pictures, each its alt text in both versions
                **({"images": [list(pair) for pair in b.images]} if b.images else {}),
                # a block a block of another kind made (a row an item, an item a row): its words from it
                **({"moved_ops": [list(op) for op in b.moved_ops]} if b.remade else {}),
                # a table's header row: a list made it, its words kept (engine.made_tables)
                **({"from_list": True} if b.from_list else {}),
                # a list's last item: a table made it, its words kept (engine.made_tables)
                **({"from_table": True} if b.from_table else {}),
                # a table's header row: its columns moved, by their headers
                **({"moved_columns": list(b.moved_columns)} if b.moved_columns else {}),
                # a table's row: its table in the section, and its ops cell by cell in that table's columns
                **({"table": b.table, "cells": [[list(op) for op in cell] for cell in b.cells]} if b.table else {}),
                # a row moved here: its cells from where it was (the edits on the way marked); a row of a table a list
                # became: its cells from its item (engine.made_tables)
                **({"moved_cells": [[list(op) for op in cell] for cell in b.moved_cells]} if b.moved_cells else {})}

    return {
        "lang": redline.lang,
        "old_date": redline.old_date.isoformat() if redline.old_date else None,
        "new_date": redline.new_date.isoformat() if redline.new_date else None,
        "old_edited": redline.old_edited,  # that side is the text being edited, not a dated version
        "new_edited": redline.new_edited,
        "summary": {
            "counts": summary.counts,
            "changed": [number(s) for s in summary.changed],
            "added": [number(s) for s in summary.added],
            "removed": [number(s) for s in summary.removed],
            "renumbered": [{"old": s.old_number, "new": s.new_number} for s in summary.renumbered],
            "moved": [{"old": s.old_number, "new": s.new_number} for s in summary.moved],
            # only where there are some: a redline without reads as it did before them
            **{kind: [{"number": s.number, "into" if kind == "merged" else "from": s.partner[0]}
                      for s in found if s.partner] for kind, found in (("merged", summary.merged),
                                                                       ("split", summary.split)) if found},
        },
        "notes": {"whitespace": redline.notes.whitespace, "formatting": redline.notes.formatting},
        "sections": [
            {"kind": s.kind, "changed": s.changed, "old_number": s.old_number, "new_number": s.new_number,
             "old_anchor": s.old_anchor, "new_anchor": s.new_anchor,
             # the id the version's page has the section by, where not its anchor (an older rule's `article-3`)
             **({"old_id": redline.old_ids[s.old_anchor]} if s.old_anchor in redline.old_ids else {}),
             **({"new_id": redline.new_ids[s.new_anchor]} if s.new_anchor in redline.new_ids else {}),
             "old_title": s.old_title,
             "new_title": s.new_title, "old_line": s.old_line, "new_line": s.new_line,
             "old_mark": s.old_mark, "new_mark": s.new_mark, "title_ops": [list(op) for op in s.title_ops],
             **{"title_" + key: ops for key, ops in _lang_ops(title_parted(s)).items()},
             **({"numbering_ops": [list(op) for op in s.numbering_ops]} if s.numbering_ops else {}),
             **({"link_ops": [list(op) for op in s.link_ops]} if s.link_ops else {}),
             **({"partner": {"number": s.partner[0], "title": s.partner[1], "mark": s.partner[2]}}
                if s.partner else {}),
             # (a table's header row whose words did not change, its columns moved, too: what says they moved)
             "blocks": [block(b) for b in s.blocks if b.kind != "unchanged" or b.moved_columns]}
            for s in redline.sections if s.displayed
        ],
    }


def page_id(section: SectionChange, ids: Mapping[str, str] | None = None) -> str:
    """The id that names `section` in a redline (`s4`, `old-s4`, `preamble`): a translation's section by the id its
    page gives it (`ids`: anchors.translated_ids). The changes page's section is `redline-` and it, and so is the Word
    redline's bookmark of it."""
    return (ids or {}).get(section.new_anchor, section.id) if section.new_anchor else section.id


TEMPLATE = "partials/redline.html"


def _announced_parts(redline: Redline, t: dict[str, str], lang: str) -> list[tuple[str, str]]:
    """announced_line as the page writes it: [(words, ""), (a date in words, its ISO date) …]; [] where not said."""
    if redline.announced is None or redline.new_date is None:
        return []
    days = {"announced": redline.announced, "date": redline.new_date}
    out: list[tuple[str, str]] = []
    for piece in re.split(r"(\{announced\}|\{date\})", t["announced"]):
        day = days.get(piece[1:-1]) if piece.startswith("{") else None
        out += [(long_date(day, lang), day.isoformat())] if day is not None else [(piece, "")] if piece else []
    return out


def render_html(redline: Redline, *, env: Environment, lang: str, old_url: str = "", new_url: str = "",
                ids: Mapping[str, str] | None = None, aliases: Mapping[str, Sequence[str]] | None = None,
                old_ids: Mapping[str, str] | None = None) -> str:
    """The redline as HTML through overrides/partials/redline.html, with links into both versions. `ids`: a
    translation's sections' own anchors -> the ids its page gives them (anchors.translated_ids), which name its
    sections here too; `old_ids` the same of the old version's page (anchors.page_ids: the ids its manifest records,
    an older rule's), which its links into that page name. `aliases`: the other ids each section (by its page's id)
    keeps on the new version's policy page (anchors.page_anchors, dated ones included), which its section here keeps
    too: the version selector finds a section renamed and renumbered at once by them from a changes page as from the
    policy page (reader hunt 44)."""
    from policysite.strings import direction, long_date, marks

    t = labels(lang)

    def section_id(s: SectionChange) -> str:
        return page_id(s, ids)

    dates = None
    if redline.heading_key != "heading_undated":
        old, new = redline.old_date, redline.new_date
        assert old is not None and new is not None  # dated headings are for dated sides
        dates = {"old": (old.isoformat(), long_date(old, lang)), "new": (new.isoformat(), long_date(new, lang))}
    # The summary's heading's own id, unless a section's is that (a text's section titled "Summary", anchored
    # `summary`, whose redline section is `redline-summary`: two elements of one id, the version refused by the output
    # check, adoption 27): then the first free one after it.
    taken = {f"redline-{section_id(s)}" for s in redline.sections if s.displayed}
    summary_id = next(i for i in ("redline-summary", *(f"redline-summary-{n}" for n in range(2, len(taken) + 3)))
                      if i not in taken)
    context = {"redline": redline, "summary": redline.summary, "t": t, "lang": lang, "dates": dates,
               "summary_id": summary_id,
               "heading_line": t[redline.heading_key],
               "old_url": old_url, "new_url": new_url, "raised": raised_segments, "tables": tables,
               "shown_rows": shown_rows, "rows_left": lambda n: counted(t, "rows_skipped", n, lang, count=n),
               "heading": lambda s: _heading(s, t), "status": lambda s: _status(s, t),
               "heading_parts": lambda s: heading_parts(s, t),
               "titled": titled, "title_words": title_segments,
               "moved": lambda b: moved_line(b, t, lang),
               "renumbered": renumbered, "number_ops": number_ops,
               "shifted": shifted(redline), "is_run": lambda item: isinstance(item, tuple),
               "summary_shifted": shifted(redline, summary=True),  # (references renumbered in its runs too)
               "run_heading": lambda run: run_heading(run, t["section"]),
               "run_status": lambda run: run_status(run, t, lang),
               "section_id": section_id,
               "new_anchor": lambda s: (ids or {}).get(s.new_anchor, s.new_anchor),
               "old_anchor": lambda s: (old_ids or {}).get(s.old_anchor, s.old_anchor),
               "aliases": lambda s: [a for a in (aliases or {}).get(section_id(s), ()) if not a.startswith("redline-")]
               if s.new_anchor else [],
               "aside": aside_marks(lang),  # before, opening and closing a status: " (…)", "（…）"
               "aside_of": lambda text: aside(text, lang),  # the same around words that may hold its brackets
               "counts": _counts_line(redline, t, lang), "notes": _notes_line(redline, t, lang),
               # terms replaced everywhere, each said once, then numbers and link addresses changed (compare.js alike)
               "replaced": filed_html(redline, t, lang),
               # announced ahead of its date: its words, each date in words and as a <time>
               "announced": _announced_parts(redline, t, lang),
               "editorial": t["editorial_version"] if redline.editorial else "",
               # English words around a text of a language the site has none for: marked, left to right
               "ui": marks(lang)[0], "in_lang": marks(lang)[1],
               # read on its own (`policy diff --format html`, another tool), a right-to-left text says so itself
               "rtl": direction(lang) == "rtl"}
    return env.get_template(TEMPLATE).render(context)
