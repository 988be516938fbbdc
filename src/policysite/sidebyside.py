"""A translated version beside its authoritative text, `<lang>/<date>/side-by-side/`.

Built with the translation's version from the same two texts the version was published with, so it
never changes afterwards. Sections are paired by `sync.pair_sections` (by id or number, else by
position), each pair one row under the source section's anchor (`#s7-3`, as on both policy pages);
a section of either text with no counterpart gets a row of its own that says so.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from jinja2 import Environment
from markupsafe import Markup, escape

from policysite import anchors, document, sync
from policysite.layout import Item, Part, Run, parts
from policysite.strings import (
    direction,
    language_in_sentence,
    language_name_in as language_name,
    long_date,
    marks,
    spoken,
    strings,
)

FILE = "side-by-side/"  # the page's URL inside a translation's version
TEMPLATE = "partials/policy-side-by-side.html"


@dataclass
class Column:
    """One text's side of a row: its heading and blocks, or None where that text has no such section."""

    title: str
    level: int
    parts: list[Part]


@dataclass
class Row:
    anchor: str
    source: Column | None
    translation: Column | None
    derived: str = ""  # the anchor today's rules give its section, where its page has it by another id (`anchor`)


def rows(source: document.Policy, translation: document.Policy,
         ids: tuple[Mapping[str, str], Mapping[str, str]] = ({}, {})) -> list[Row]:
    """The rows of the page: the source's sections in order, each beside its translation; a translation
    section that no source section pairs comes after the row of the translation section before it. `ids`: the ids the
    source's and the translation's policy pages have their sections by, where not their number's anchor
    (anchors.page_ids: an older rule's `article-3`, as the version's manifest records it), each row's id."""
    pairs = sync.pair_sections(source, translation)
    placed: list[tuple[Row, int | None]] = []

    def placed_row(section: document.Section, own: Mapping[str, str],
                   sides: tuple[Column | None, Column | None]) -> Row:
        anchor = own.get(document.anchor_for(section.number), section.anchor)
        return Row(anchor, *sides, derived=section.anchor if anchor != section.anchor else "")
    for i, section in enumerate(source.sections):
        j = pairs.get(i)
        sides = (_column(section), _column(translation.sections[j]) if j is not None else None)
        placed.append((placed_row(section, ids[0], sides), j))
    paired = set(pairs.values())
    for j, section in enumerate(translation.sections):
        if j not in paired:
            at = max((n + 1 for n, (_row, k) in enumerate(placed) if k is not None and k < j), default=0)
            placed.insert(at, (placed_row(section, ids[1], (None, _column(section))), j))
    used: set[str] = set()
    out = []
    for row, _j in placed:  # ids stay unique where an unpaired section's anchor is taken
        row.anchor = document.unique(row.anchor, used)
        out.append(row)
    return out


def page_body(*, env: Environment, lang: str, source_lang: str, source_text: str, text: str,
              version: str, doc_id: str = "", aliases: Mapping[str, Sequence[str]] | None = None) -> str:
    """The page's body under its title: the notice that the authoritative text prevails, then the rows. `doc_id`:
    the further document's id (its versions are at <lang>/<id>/<date>/), else empty. `aliases`: the other ids of
    each section of the translation's policy page (by its id), which its row keeps too."""
    source = document.parse(source_text, path=f"{source_lang}/{version}", lang=source_lang)
    translation = document.parse(text, path=f"{lang}/{version}", lang=lang)
    t = strings(lang)
    # each row under the id the policy pages have its section by (a version published under an older rule: its
    # `article-3`, not today's `s3`), today's kept with the aliases
    found = rows(source, translation, (anchors.page_ids(source_text, lang=source_lang),
                                       anchors.page_ids(text, lang=lang, source_text=source_text)))
    # the ids a section kept from earlier versions (anchors.page_anchors), as on the policy page: the version selector
    # finds a section renamed and renumbered at once by them from this page too (reader hunt 44)
    taken = {row.anchor for row in found}
    kept: dict[str, list[str]] = {}
    for row in found:
        kept[row.anchor] = []
        for alias in (*(aliases or {}).get(row.anchor, ()), row.derived):
            if alias and alias not in taken:  # (each id once on the page)
                kept[row.anchor].append(alias)
                taken.add(alias)
    # from <lang>/[<id>/]<date>/side-by-side/ up to the branch's root, then the authoritative version
    source_href = "../" * (3 + bool(doc_id)) + "/".join(filter(None, (source_lang, doc_id, version))) + "/"
    on_page = taken.union(*kept.values())
    for row in found:
        for column, page in ((row.source, source_href), (row.translation, "../")):
            if column:
                column.parts = landing(column.parts, on_page, page)
    # the site's words, in the language they are written in: a language the site has no words for reads English ones,
    # each language named in English ("Only the French text is authoritative"), marked as English (strings.marks)
    said = spoken(lang)
    context = {"t": t, "lang": lang, "source_lang": source_lang, "rows": found, "aliases": kept,
               "dirs": {code: direction(code) for code in (lang, source_lang)},
               "ui": Markup(marks(lang)[0] or f' lang="{escape(lang)}" dir="{direction(lang)}"'),
               "source_name": language_in_sentence(source_lang, said),  # (mid-sentence: στα γαλλικά)
               # each column's caption starts its line: "Français (fait foi)", not "français (fait foi)"
               "labels": (line_start(t["sides_authoritative"].format(language=language_name(source_lang, said))),
                          line_start(t["sides_translation"].format(language=language_name(lang, said)))),
               "source_title": source.title, "title": translation.title,
               "date": (version, long_date(dt.date.fromisoformat(version), lang)),
               "source_href": source_href}
    return env.get_template(TEMPLATE).render(context)


def landing(drawn: list[Part], ids: set[str], page: str) -> list[Part]:
    """`drawn` with each link to a place of its text that this page lacks (a note's `#fn-1`: the page draws no
    inline HTML, and its rows hold the sections' ids only) led to that place on its version's `page`."""
    def runs(said: list[Run]) -> list[Run]:
        return [_led(run, page + run[2]) if run[2].startswith("#") and run[2][1:] not in ids else run for run in said]

    def items(said: list[Item]) -> list[Item]:
        return [Item(runs(item.runs), items(item.children), item.number) for item in said]

    return [Part(part.kind, runs(part.runs), items(part.items), part.header, part.rows) for part in drawn]


def _led(run: Run, target: str) -> Run:
    """`run` linked to `target`, its language kept."""
    return (run[0], run[1], target, run[3]) if len(run) > 3 else (run[0], run[1], target)


def line_start(text: str) -> str:
    """`text` as the start of a line: its first letter upper case (a language's name is lower case in most languages
    but English and German), the rest as it is."""
    return text[:1].upper() + text[1:]


def _column(section: document.Section) -> Column:
    title = section.written or (f"{section.numeral}. {section.title}" if section.numeral else section.title)
    return Column(title, min(max(section.level, 2), 6), parts(section.blocks))
