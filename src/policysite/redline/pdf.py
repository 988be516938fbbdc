"""The redline as a PDF a compliance team or DPO files: what `policy diff --format pdf -o FILE` writes.

The same redline as the Word one (docx.py), set by the same engine as each version's PDF (typeset.py: Typst, its
own fonts and the project's, never the machine's; PDF/UA-1, tagged, the language in its catalog), from the
package's own template `redline-pdf.typ` (never a project's: a pull request's template could leave out what it
changed). Every word arrives as JSON data and is set as plain text. An insertion is underlined and between `[+`
and `]`, a deletion struck through and between `[−` and `]`: readable in black and white (WCAG 1.4.1), and in its
text layer. Its document date is the instant the new version takes effect, 00:00 in the company's time zone; the
same redline gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from importlib import resources

from policysite import clock, keptfiles, pdf, scriptfonts
from policysite.document import named
from policysite.redline import render
from policysite.redline.docx import PLAIN, _lead, heading_level, in_both_orders
from policysite.redline.engine import unspaced
from policysite.redline.model import DELETE, EQUAL, INSERT, BlockChange, Op, Redline, SectionChange
from policysite.redline.raised import Part, Piece, cell_sides, parted, title_parted
from policysite.redline.render import _counts_line, _heading, _notes_line, _status, _title_line, tables
from policysite.strings import digits, direction, long_date, redline_labels as labels, spoken

TEMPLATE = "redline-pdf.typ"


def template() -> str:
    """The package's print template of a redline."""
    return resources.files("policysite.redline").joinpath(TEMPLATE).read_text(encoding="utf-8")


def data(redline: Redline, *, site: str, lang: str, time_zone: str = "", author: str = "",
         font_families: Sequence[str] = ()) -> dict[str, object]:
    """The redline as the template draws it: its title with both dates in words in `lang`, the site's name, what
    happened to the sections, then each section (a removed one where it was) with its words' ops."""
    t = labels(lang)
    language, _, region = lang.partition("-")
    shown = [s for s in redline.sections if s.displayed]
    runs = render.in_runs(redline)
    dates = [long_date(d, lang) for d in (redline.old_date, redline.new_date) if d is not None]
    out: dict[str, object] = {
        "lang": language.lower(), "region": region.upper() if len(region) == 2 else None, "dir": direction(lang),
        "ui": spoken(lang) if spoken(lang) != lang else None, "site": site,
        "author": author,
        "title": (title := _title_line(redline, t, lang=lang)), "title_parts": _around(title, dates), "dates": dates,
        "lines": [line for line in (*render.notice_lines(redline, t, lang), _counts_line(redline, t, lang),
                                    *render.filed_lines(redline, t, lang), _notes_line(redline, t, lang),
                                    "" if redline.changed else t["no_change"]) if line],
        "legend": [[t["example_inserted"], t["legend_inserted"]], [t["example_deleted"], t["legend_deleted"]]],
        "summary_label": t["summary"] if shown else "",
        # a run only renumbered said once (or only its references renumbered)
        "summary": [list(render._said(s, t, lang)) for s in render.shifted(redline, summary=True)],
        "sections": _levelled(_placed(redline, t, lang, runs)),
        "links_label": t["links"], "tips_label": t["hover"],
        # its footer's page numbers in the redline's words, as the Word redline's (pagefooter): "Page 3 of 12"
        "page_of": [piece for piece in re.split(r"(\{page\}|\{pages\})", t["page_of"]) if piece],
        # ... its numbers in the language's digits where the site writes its dates and counts so (strings.digits:
        # `fa` ۰-۹, `ar-EG` ٠-٩, by CLDR or the company's `digits`); "" for 0-9
        "digits": digits(lang),
        "date": _instant(redline.new_date, time_zone),
    }
    if font_families:
        out["fonts"] = list(font_families)
    return out


def _around(line: str, dates: Sequence[str]) -> list[list[object]]:
    """`line` cut around each of `dates` in it: [words, whether a date]. Where the site has no words in the text's
    language, the template sets the words in English left to right and each date in the text's language in a box of
    its own (a right-to-left page reordered "Changes from the version of 15 ژانویهٔ 2030 to …" around its dates)."""
    found = re.compile("|".join(re.escape(d) for d in dates if d)) if any(dates) else None
    out: list[list[object]] = []
    at = 0
    for match in found.finditer(line) if found else ():
        out += [[line[at:match.start()], False]] if match.start() > at else []
        out.append([match.group(), True])
        at = match.end()
    return out + ([[line[at:], False]] if at < len(line) else [])


def _instant(day: dt.date | None, time_zone: str) -> list[int] | None:
    """00:00 of `day` in the company's time zone, as the UTC instant it is (year … second); None if undated."""
    if day is None:
        return None
    at = dt.datetime.combine(day, dt.time(0), tzinfo=clock.zone_named(time_zone)).astimezone(dt.UTC)
    return [at.year, at.month, at.day, at.hour, at.minute, at.second]


def _ops(ops: Sequence[Op | Piece | Part]) -> list[list[str | bool]]:
    """Ops as [kind, text], "" for an unchanged stretch: adjacent stretches of one kind joined, the space after a
    changed stretch outside its mark (`[+un] soin`, not `[+un ]soin`); a stretch the page draws raised (raised.Piece:
    a footnote's call) [kind, text, true], set in superscript inside its kind's mark; a stretch of a part the text
    marks as written in another language (raised.Part: `<span lang="en">`) [kind, text, raised, language], tagged in
    that language (only where there is one: a redline without such a part has the same data as before). Words deleted
    and the words inserted in their place are two words apart, as the other redlines set them (engine.segments):
    `[−one] [+two]`, not `[−one][+two]`, which a reader of the print, or one who copies its text, read as one word;
    none among letters of a script written without spaces (`[−３][+５]`)."""
    joined: list[tuple[str, str, bool, str]] = []
    plain = [(op[0], op[1]) for op in ops]
    for k, op in enumerate(ops):
        tag, text, up = op[0], op[1], len(op) > 2 and bool(op[2])
        code = str(op[3]) if len(op) > 3 else ""
        if tag == DELETE and k + 1 < len(ops) and ops[k + 1][0] == INSERT and text and not text[-1].isspace() \
                and not ops[k + 1][1][:1].isspace() and not unspaced(plain, k):
            text += " "  # (outside the mark: the space after a changed stretch is set after it)
        kind = tag if tag in (INSERT, DELETE) else ""
        if joined and joined[-1][0] == kind and joined[-1][2:] == (up, code):
            joined[-1] = (kind, joined[-1][1] + text, up, code)
        elif text:
            joined.append((kind, text, up, code))
    out: list[tuple[str, str, bool, str]] = []
    for n, (kind, text, up, code) in enumerate(joined):
        # (a stretch raised and the words after it of one kind: one mark around them, the space inside)
        ends = n + 1 == len(joined) or joined[n + 1][0] != kind
        words = text.rstrip() if kind and ends else text
        # (the space after a part in another language is outside it: the page's)
        for piece_kind, piece, lifted, said in ((kind, words, up, code),
                                                ("", text[len(words):], up and not kind, "" if kind else code)):
            if piece and out and out[-1][0] == piece_kind and out[-1][2:] == (lifted, said):
                out[-1] = (piece_kind, out[-1][1] + piece, lifted, said)
            elif piece:
                out.append((piece_kind, piece, lifted, said))
    return [[kind, text, up, code] if code else [kind, text, True] if up else [kind, text]
            for kind, text, up, code in out]


def _section(section: SectionChange, t: dict[str, str], lang: str, *,
             run: tuple[SectionChange, ...] | None = None) -> dict[str, object]:
    """A section as the template sets it; one of a `run` only renumbered (render.in_runs) under its new number alone,
    the run said once before its first (`before`), as the other formats say it."""
    whole = {"added": INSERT, "removed": DELETE, "split": INSERT, "merged": DELETE}.get(section.kind, "")
    label = _heading(section, t)
    heading: list[list[str | bool]]
    if run:
        heading = [["", named(section.new_number, section.new_title, section.new_mark, word=t["section"])]]
    elif section.number and section.title_ops:  # (a part its heading marks in another language tagged so)
        prefix = label[:len(label) - len(section.title)] if label.endswith(section.title) else label + " "
        heading = _ops([(whole, prefix), *title_parted(section)])
    elif section.number and section.title and label.endswith(section.title):
        heading = _ops([(whole, label[:len(label) - len(section.title)]),
                        *title_parted(section, ((whole or EQUAL, section.title),))])
    elif section.number:
        heading = [[whole, label]]
    else:
        # the document's title, a part its heading marks in another language tagged so
        heading = _ops(title_parted(section, section.title_ops or ((EQUAL, section.title),))) or [["", section.title]]
    blocks: list[dict[str, object]] = []
    if section.link_ops:  # its heading's link targets, said as a block's, before its blocks
        blocks.append({"ops": [], "links": _ops(section.link_ops), "indent": 0})
    for table, rows in tables(section.blocks):
        if table:
            blocks.append({**_table(rows), **({"moved": moved} if (moved := [said for row in rows if (
                said := render.moved_line(row, t, lang))]) else {})})  # its columns moved, said after it
            continue
        (block,) = rows
        if not (block.ops or block.link_ops or block.tip_ops):
            continue
        # an item moved here keeps its bullet: its words are shown unmarked (moved, not added), so is its mark
        lead: list[Op | Piece | Part] = [(PLAIN, text) for _, text in _lead(block)] if block.moved == "from" else \
            list(_lead(block))
        blocks.append({"ops": _ops([*lead, *parted(block.shown_ops, block.old, block.new)]),
                       "links": _ops(block.link_ops),
                       **({"tips": _ops(block.tip_ops)} if block.tip_ops else {}),
                       **({"moved": said} if (said := render.moved_line(block, t, lang)) else {}),
                       "indent": block.depth + 1 if block.block_kind == "item" else 0})
    # its level as written (`###` 3), as the Word redline's style: a number says it only where the level is unknown
    level = heading_level(section.number, section.new_level if section.new_number is not None else section.old_level)
    return {"heading": heading, "level": level,
            "status": _status(section, t) if section.displayed and not run else "",
            "numbering": _ops(section.numbering_ops), "blocks": blocks,
            **({"before": render.run_line(run, t, lang)} if run and run[0] is section else {})}


def _placed(redline: Redline, t: dict[str, str], lang: str,
            runs: dict[int, tuple[SectionChange, ...]]) -> list[dict[str, object]]:
    """The sections as the template sets them, in reading order, a section moved where it is now with its words'
    changes and named where it was too: its old heading struck and where it went ("Moved to §4 Cookies."), as the
    Word redline sets it in both places (docx.in_both_orders). The print showed it at its new place only, and a
    reader of the old order found nothing where it had been (legal23)."""
    out: list[dict[str, object]] = []
    for section, moved in in_both_orders(redline.sections):
        if moved is None:
            out.append(_section(section, t, lang, run=runs.get(id(section))))
        elif section.kind == "added":  # (in_both_orders' copy where it is now: the section moved itself, as before)
            out.append(_section(moved, t, lang, run=runs.get(id(moved))))
        else:
            where = named(moved.new_number, moved.new_title, moved.new_mark, word=t["section"])
            was = named(moved.old_number, moved.old_title, moved.old_mark, word=t["section"]) or t["untitled_section"]
            out.append({"heading": [[DELETE, was]], "level": heading_level(moved.old_number or "", moved.old_level),
                        "status": render.naming(t, "moved_to", where), "numbering": [], "blocks": []})
    return out


def _table(rows: Sequence[BlockChange]) -> dict[str, object]:
    """A table's rows, every one (unchanged or of empty cells too), the first its header, each cell in the redline's
    columns (a column one version lacks: its cells deleted or inserted whole, BlockChange.cells), and their links'
    changes, said after it."""
    cells = [[_ops(parted(cell, row.old, row.new, cell_sides(row, k))) for k, cell in enumerate(row.shown_cells)]
             for row in rows]  # (a row moved: from where it was)
    width = max(1, *map(len, cells))
    padded = [row + [[]] * (width - len(row)) for row in cells]
    tips = [ops for row in rows if (ops := _ops(row.tip_ops))]  # the words shown on hover, changed
    return {"header": padded[0], "rows": padded[1:], "links": [ops for row in rows if (ops := _ops(row.link_ops))],
            **({"tips": tips} if tips else {})}


def _levelled(sections: list[dict[str, object]]) -> list[dict[str, object]]:
    """Heading levels that never skip one (PDF/UA: a §1.1.1 after a §1 is set one level below it)."""
    level = 1
    for section in sections:
        level = section["level"] = max(2, min(int(section["level"]), level + 1))  # type: ignore[call-overload]
    return sections


def render_pdf(redline: Redline, *, site: str, lang: str | None = None, time_zone: str = "", author: str = "",
               fonts: Sequence[str] = ()) -> bytes:
    """The redline as a PDF/UA-1 document (`fonts`: the project's font folders, `extra.policy.pdf_fonts`, whose
    families come first, before the pinned font of the script and the engine's; `author`, the company, its metadata's
    author as the Word redline's changes are). Raises pdf.PdfUnavailable where
    the engine cannot set it (a letter no font draws)."""
    return printed(redline, site=site, lang=lang, time_zone=time_zone, author=author, fonts=fonts)[0]


def printed(redline: Redline, *, site: str, lang: str | None = None, time_zone: str = "", author: str = "",
            fonts: Sequence[str] = ()) -> tuple[bytes, str]:
    """What render_pdf gives, and what to say about it (pdf.printed: a symbol no font draws, an emoji, drawn as □
    and named; "" when nothing). Inside `kept_in(folder)`, given back from there when printed before (some 80 ms of
    the print server's CPU a PDF, and its start)."""
    lang = lang or redline.lang
    folders = tuple(map(str, fonts))
    payload = json.dumps(data(redline, site=site, lang=lang, time_zone=time_zone, author=author,
                              font_families=pdf.families(lang, folders)), ensure_ascii=False, sort_keys=True)
    page = pdf.Print(template(), payload, (*folders, *scriptfonts.folders(lang)))
    # As a version's PDF, a function of its template, data, fonts, options and engine: kept by that key (pdf.key)
    key = pdf.key(page) if _KEPT.folder is not None else ""
    if key and (kept := keptfiles.read(_KEPT.folder, key)) is not None:
        return kept, ""
    printed_, note = pdf.printed(page, where=f"{lang}/{redline.old_date or ''}…{redline.new_date or ''}")
    if key and not note:  # (one that drew a □ is printed again, and says so again)
        keptfiles.write(_KEPT.folder, key, printed_, most=KEPT_PDFS)
    return printed_, note


KEPT_PDFS = 256  # the newest kept (some 75 kB each)
_KEPT = keptfiles.Place()
# While in the block, keep the redlines' PDFs in a folder (`policy diff`: `.git/policysite/redline-pdfs`)
kept_in = _KEPT.kept_in
