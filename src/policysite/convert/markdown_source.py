"""A policy version kept as Markdown: decoded, its front matter split off, its body neutralised."""
from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
import tomllib
from collections.abc import Callable, Mapping

import yaml
from markdown_it.token import Token
from selectolax.lexbor import LexborHTMLParser

from policysite import document, strings
from policysite.convert import (
    asciidoc,
    bold_headings,
    contents,
    definition_lists,
    eleventy,
    gfm_autolinks,
    gitbook_refs,
    google_ids,
    hugo,
    lettered_lines,
    liquid,
    markdoc,
    markdown_in_html as markdown_in_html_,
    markdown_lines,
    md_includes,
    mdx,
    mdx_components,
    mixed_bytes,
    neutralise,
    notion_markdown,
    number_titles,
    own_links,
    scraped,
    urls,
    utf16,
    word_title,
)
from policysite.convert.markdown_lines import CODE_SPAN as _CODE_SPAN, outside_fences as _outside_fences
from policysite.convert.markdown_writer import TICKED, UNTICKED, escape_text, widened
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes, clipped, quoted
from policysite.document import MAX_FRONT_MATTER, MetaLoader, normalise
from policysite.heading_numbers import NUMBER, heading_number
from policysite.messages import Said, prefixed, text_of, yaml_reason

KEPT = ("title", "description")
_YAML = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_TOML = re.compile(r"\A\+\+\+[ \t]*\n(.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", re.S)
# A Pelican page's metadata, as MultiMarkdown and Python-Markdown's meta extension write it too: `Key: value` lines
# (a value's further lines indented four spaces) over a blank line, no fence around them (adoption 8: a nonprofit's
# `Title: Privacy` / `Slug: privacy` / `Template: page_project` were imported as the text's first paragraph). Read
# only where a `Title:` is among them: a text's own first line, `Effective: 1 March 2022`, stays its text.
_METADATA = re.compile(r"\A(?:[A-Za-z][\w-]*(?: [\w-]+)*:[ \t]*[^\n]*\n(?:[ ]{4,}\S[^\n]*\n)*){1,30}\n")
# A page as Jina Reader gives it (`Title: …`, `URL Source: https://…`, `Published Time: …`, each over a blank line, then
# `Markdown Content:` over the page's Markdown): its header is metadata too, read whatever its title (session 42's
# leftover: its `URL Source:` and `Markdown Content:` lines were imported as the text's first paragraphs, and the page's
# own address went unread).
_READER_HEADER = re.compile(r"\A(?:[A-Z][\w-]*(?: [\w-]+)*:[ \t]*[^\n]*\n\n?){1,12}"
                            r"Markdown Content:[ \t]*\n(?:[ \t]*\n)*")


def convert(data: bytes, *, name: str, markdown_in_html: bool = False,
            site_params: Mapping[str, str] | None = None, constants: Mapping[str, str] | None = None,
            page: str = "", read: md_includes.Reader | None = None, lang: str = "") -> Converted:
    """The body as written (only neutralised), with `title` and `description` kept from the front matter.
    `lang`: the language it is imported as, whose words title a note box written with no title (`!!! warning`).
    `markdown_in_html`: the old site's renderer read the Markdown inside raw HTML blocks (kramdown's
    parse_block_html); `site_params`: the params of the Hugo site it was part of (its configuration's); `constants`:
    the string constants an MDX page imports from its site's modules; `read`: the files of its repository, where the
    page (`page`, its path there) includes some."""
    notes = Notes()
    text = decode(data, notes)
    try:
        meta, body, offset, addresses, variables = front_matter(text, notes)
    except ConvertError as draft:
        raise ConvertError(prefixed(name, text_of(draft))) from None
    start = offset  # the body's first line in `text` (_subtitle counts a subtitle it takes in the offset)
    if read is not None:
        body = md_includes.expand(body, page=page, read=read, name=name, notes=notes, offset=offset)
    body, offset = _subtitle(body, offset, variables, notes)
    notes.offset = offset
    body = scraped.cleaned(body, notes, markdown=True)  # a page written out by a scraper: `[Back to top](#)` …
    body = _page_variables(liquid.raw(body, notes), variables, notes)
    body = liquid.fill(body, _jekyll_site(body, site_params or {}, read, page), notes)
    body = asciidoc.headings(body, notes)
    body = hugo.heading_attributes(hugo.params(body, variables, site_params or {}, notes), notes)
    body = hugo.email_shortcodes(body, notes)
    body = eleventy.fill(body, site_params or {}, notes)
    body = mdx.literals(mdx.expressions(body, constants or {}, notes), notes) if name.lower().endswith(".mdx") \
        else body
    body = _liquid_links(body, notes)
    body = gitbook_refs.cards(body, page=page, read=read, notes=notes)
    if markdown_in_html:
        body = markdown_in_html_.read(body, notes)
    body = markdoc.tables(body, notes)
    if not offset:
        body = _title_block(body, meta, notes)
    body = notion_markdown.read(body, name, notes)
    body = _badges(body, notes)
    body = _review_marks(body, notes)
    body = mdx_components.unwrapped(body, notes, title_line=_title_line)
    body = _divs_and_alerts(body, notes, lang=lang)
    body = _pandoc_blocks(body, notes)
    body = _pandoc_inlines(body, notes)
    body = _site_generator_lines(body, notes)
    body = definition_lists.definition_lists(_material_blocks(body, notes, lang=lang), notes)
    body = _gfm(body, notes)
    body = _bare_addresses(body, text, name=name, markdown_in_html=markdown_in_html, site=site_params or {},
                           page=page, notes=notes)
    body = _commonmark_escapes(body, notes)
    body = _kramdown_heading_ids(body, notes)
    body = google_ids.heading_ids(body, notes, blank=True)
    body = _task_lists(body, notes)
    body = _emoji_shortcodes(body, notes)
    body = _footnotes(body, notes)
    body = _footnote_notes(body)
    body = _wikilinks(body, notes)
    body = _numbered_setext(_overlined_title(body, notes), notes)
    body = contents.unsectioned(body, notes)
    body = _unspaced_headings(body, notes)
    body = _heading_items(body, notes)
    body = _subtitle_heading(body, notes)
    body = _bold_headings(body, notes)
    body = number_titles.joined(body, notes)
    body = _date_headings(body, meta, notes)
    body = _title_over_date(body, meta, notes)
    body = _unspaced_items(body, notes)
    body = lettered_lines.lists(body, notes)
    body = _wide_rows(body, notes)
    region = _html_page(body, notes)
    body = region if region is not None else _numbered_levels(_titled_sections(_lone_top_heading(
        _date_headings(neutralise.neutralise(body, notes), meta, notes, source=body), meta, notes), meta, notes), notes,
        titled=bool(meta.get("title")))
    body = _anchors_named_as_headings(body, notes)
    body = markdown_lines.removal_blanks(text, body, start=start)
    return Converted(body, meta, notes.sentences(), offset=offset, addresses=addresses,
                     page_url=urls.stated_page(variables, text))


# A footnote's note written for a renderer that has them, `[^1]: words`: the site has none, and shows it as written,
# but a note whose words have no space (Chinese, Japanese, `Ibid.`) is a link's definition to both readers: the page
# hid the note and linked its mark to its words (reader hunt 37). Its bracket escaped, it is shown as written too,
# and said as every footnote mark is (neutralise).
_FOOTNOTE_NOTE = re.compile(r"^(?P<indent>[ ]{0,3})(?=\[\^[^\]\s]+\]:)")


# A footnote as GitHub, Pandoc, kramdown and MkDocs' footnotes extension write them: its mark in the text, `[^gdpr]`,
# its note on a line of its own, `[^gdpr]: words`, then the note's lines indented under it. The site reads neither:
# the reader saw `[^gdpr]` where the old site showed a number linked to its note (adoption hunt 43). Each becomes the
# form the HTML and Word imports give a footnote: its number (in the order the text first cites it, as those renderers
# number them) linked to its note, which starts with that number.
_NOTE_LINE = re.compile(r"^[ ]{0,3}\[\^(?P<label>[^\]\s]{1,40})\]:[ \t]*(?P<words>.*)$")
_NOTE_MARK = re.compile(r"\[\^(?P<label>[^\]\s]{1,40})\]")


def _footnotes(body: str, notes: Notes) -> str:
    lines = body.split("\n")
    outside = set(_outside_fences(lines))
    defined = {match["label"] for n in outside if (match := _NOTE_LINE.match(lines[n]))}
    numbers: dict[str, int] = {}

    def cited(match: re.Match[str]) -> str:
        label = match["label"]
        if label not in defined:
            return match.group(0)
        number = numbers.setdefault(label, len(numbers) + 1)
        return f"<sup>[{number}](#fn-{number})</sup>"

    for n in sorted(outside):
        if not _NOTE_LINE.match(lines[n]):
            lines[n] = "".join(piece if index % 2 else _NOTE_MARK.sub(cited, piece)  # a code span's `[^1]` is code
                               for index, piece in enumerate(_with_spans(lines[n])))
    last = -2  # the last line of the note written above
    for n in sorted(outside):
        note = _NOTE_LINE.match(lines[n])
        if note and note["label"] in numbers:
            number = numbers[note["label"]]
            if last == n - 1:  # notes written one under the other: each on its line, not run into one (hunt 26)
                lines[last] = lines[last].rstrip() + "  "
            lines[n] = f'<span id="fn-{number}"></span><sup>{number}</sup> {note["words"]}'
            follow = n + 1
            while follow < len(lines) and lines[follow].strip() and follow in outside and \
                    not _NOTE_LINE.match(lines[follow]):
                lines[follow] = lines[follow].strip()  # the note's lines, indented under it
                follow += 1
            last = follow - 1
    if numbers:
        notes.add(Said("convert.footnotes", count=len(numbers)))
    return "\n".join(lines)


def _with_spans(line: str) -> list[str]:
    """`line` cut into its text and its code spans, alternately (text first)."""
    out, at = [], 0
    for span in _CODE_SPAN.finditer(line):
        out += [line[at:span.start()], span.group(0)]
        at = span.end()
    return [*out, line[at:]]


def _footnote_notes(body: str) -> str:
    lines = body.split("\n")
    for n in _outside_fences(lines):
        lines[n] = _FOOTNOTE_NOTE.sub(lambda m: m["indent"] + "\\", lines[n], count=1)
    return "\n".join(lines)


# Hugo, Jekyll, Pandoc and Quarto draw a page's title from its front matter and write its sections as `#` headings
# (setext `===` too). Read as they are, the site would take section 1 for the page's title and lose it as a section.
_ATX = re.compile(r"(?P<indent>[ ]{0,3})(?P<marks>#{1,6})(?=[ \t]|$)")
_SETEXT = re.compile(r"[ ]{0,3}(?P<rule>=+|-+)[ \t]*")


def _titled_sections(body: str, meta: dict[str, str], notes: Notes) -> str:
    """`body` with the front matter's title as its `#` heading and every heading one level down, where the front
    matter has a title and the body writes its sections as `#` (several of them, or one numbered): a section's
    words and number kept, said. Without a title in the front matter, a first `#` heading above `#` sections (as
    GitHub draws a README) is the title, and the headings below it go one level down. A heading already at level 6
    stays there (Markdown has no level 7)."""
    title = " ".join(meta.get("title", "").split())
    lines = body.split("\n")
    headings = _headings(lines)
    # GitHub's README style: the first `#` is the title, and the sections right under it are `#` too
    first = len(headings) > 1 and headings[0][1] == 1 and headings[1][1] == 1 and not title \
        and not _first_of_series(headings)
    lead = None if title else _plain_title_line(lines, headings)
    if lead is not None:  # (a plain line above them, `Acme Privacy Policy`, as Word's Normal paragraph: the title)
        first, title, lines[lead[0]] = False, lead[1], ""
    title = title or (headings[0][2] if first else "")
    if not title:
        return body
    own = bool(headings) and headings[0][1] == 1 and headings[0][2] == title  # the title written again: it stays
    tops = [text for _n, level, text in headings[1 if own else 0:] if level == 1]
    if not tops or len(tops) == 1 and heading_number(tops[0]) is None and not own:
        return body
    capped = 0
    for n, level, text in headings[1 if own else 0:]:
        capped += level == 6
        atx = _ATX.match(lines[n])
        if atx is not None:
            lines[n] = atx.group("indent") + "#" * min(level + 1, 6) + lines[n][atx.end():]
        else:  # setext, its underline's line left blank
            lines[n], lines[n + 1] = f"{'#' * min(level + 1, 6)} {text}", ""
    said = Said("convert.title-of/first") if first else Said("convert.title-of/own") if own \
        else Said("convert.title-of/line", title=title[:60]) if lead is not None \
        else Said("convert.title-of/front", title=title[:60])
    notes.add(Said("convert.title-shift", said=said, count=len(tops),
                   capped=Said("convert.title-shift-capped", count=capped) if capped else ""))
    text = "\n".join(lines)
    return text if own else f"# {escape_text(title, line_start=True, in_cell=False)}\n\n" + text.lstrip("\n")


def _first_of_series(headings: list[tuple[int, int, str]]) -> bool:
    """Whether the first `#` heading is section 1 of the `#` headings numbered after it (`# 1. Who we are` over
    `# 2. What we collect`, as a text written for reStructuredText or underlined `===` numbers them): a section,
    not the title above them (adopt37: it was the title, the page starting at §2)."""
    tops = [heading_number(text) for _n, level, text in headings if level == 1]
    return len(tops) > 1 and tops[0] is not None and tops[1] is not None and tops[0][0] == "1" \
        and tops[1][0] == "2"


def _plain_title_line(lines: list[str], headings: list[tuple[int, int, str]]) -> tuple[int, str] | None:
    """(its line, its words) of a text's first line where it is a paragraph of that line alone, above two `#`
    headings or more, and its words may be a title (a few words, no sentence, date, link or numbered clause); the
    bold around them left out."""
    tops = [n for n, level, _text in headings if level == 1]
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if len(tops) < 2 or first is None or first >= headings[0][0] or \
            first + 1 < len(lines) and lines[first + 1].strip():
        return None
    line = lines[first].strip()
    words = re.sub(r"^(\*\*|__)(.+)\1$", r"\2", line).strip()
    if re.match(r"(?:[-*+]|\d+[.)])\s|[>|<!\[#`=~:]", line) or "](" in line or "\\" in words or \
            not word_title.title_like(words):
        return None
    return first, words


def _lone_top_heading(body: str, meta: dict[str, str], notes: Notes) -> str:
    """`body` with its first heading as its title (#) and every other heading as many levels up, where it has no `#`
    heading and that one is alone at its level above all the others (`Privacy Policy` underlined with `---`, a `##`,
    over `###` sections, as Automattic's privacy policy is written: imported as they were, the page had no title and
    every section was a subsection of "Privacy Policy"), as the HTML import reads an <h2> over <h3>s. Not where the
    front matter gives another title (that heading is then a section)."""
    lines = body.split("\n")
    headings = _headings(lines)
    levels = [level for _n, level, _text in headings]
    if len(headings) < 2 or levels[0] == 1 or levels.count(levels[0]) != 1 or min(levels[1:]) <= levels[0] \
            or meta.get("title") and " ".join(meta["title"].split()) != headings[0][2]:
        return body
    shift = levels[0] - 1
    for n, level, text in headings:
        atx = _ATX.match(lines[n])
        if atx is not None:
            lines[n] = atx.group("indent") + "#" * (level - shift) + lines[n][atx.end():]
        else:  # setext, its underline's line left blank
            lines[n], lines[n + 1] = f"{'#' * (level - shift)} {text}", ""
    notes.add(Said("convert.first-heading-title", level=levels[0], shift=shift), headings[0][0] + 1)
    return "\n".join(lines)


# Pandoc's title block, the first lines of a file starting with `%`: its title, its authors, its date (`% Privacy
# Policy`, `% Example LLP`, `% 1 September 2021`), a field's further lines indented. Pandoc's page shows them as its
# title, with the authors and the date under it; they were imported as a paragraph, "% Privacy Policy % Example LLP
# % 1 September 2021" (adoption hunt 44).
_BLOCK_FIELD = re.compile(r"%(?!%)[ \t]?(.*)\Z")  # (`%%`: an Obsidian comment)


def _title_block(body: str, meta: dict[str, str], notes: Notes) -> str:
    """`body` without its title block: its title the front matter's (where it sets none), its authors and date each a
    paragraph in its place (the same lines, so that the notes after name the source's)."""
    lines = body.split("\n")
    fields: list[list[int]] = []
    for n, line in enumerate(lines):
        if _BLOCK_FIELD.match(line) and len(fields) < 3:
            fields.append([n])
        elif fields and line[:1] in (" ", "\t") and line.strip():
            fields[-1].append(n)
        else:
            break
    if not fields or lines[fields[-1][-1] + 1:fields[-1][-1] + 2] not in ([], [""]):
        return body  # a paragraph starting with `%`, not a title block (which a blank line ends)
    words = [" ".join(" ".join(_BLOCK_FIELD.sub(r"\1", lines[n]) if k == 0 else lines[n] for k, n in enumerate(field))
                      .split()) for field in fields]
    title = words[0]
    for field in fields:
        for n in field:
            lines[n] = ""
    shown = [(field[0], text) for field, text in zip(fields[1:], words[1:]) if text]
    for k, (n, text) in enumerate(shown):  # a line each, in one paragraph: a line break after each but the last
        lines[n] = escape_text(text, line_start=True, in_cell=False) + ("  " if k < len(shown) - 1 else "")
    if title and not meta.get("title"):
        meta["title"] = title
    notes.add(Said("convert.pandoc-title/shown" if shown else "convert.pandoc-title", title=title[:40]))
    return "\n".join(lines)


# A README's badges (`[![Build Status](https://img.shields.io/…)](https://ci…)`, a licence's, a version's) or a logo,
# in a paragraph of pictures alone above the page's title: each was imported as a link or a paragraph of its alt text,
# "Build Status License: CC BY 4.0" standing above the policy's title (adoption hunt 44).
_PICTURE = re.compile(r"\[!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])\](?:\([^)\n]*\)|\[[^\]\n]*\])"
                      r"|!\[[^\]\n]*\](?:\([^)\n]*\)|\[[^\]\n]*\])")
_ALT = re.compile(r"!\[([^\]\n]*)\]")
_REFERENCE = re.compile(r"\]\[([^\]\n]+)\]")  # `![alt][badge]`, `[…][licence]`: the label of a definition used
_DEFINED = re.compile(r"[ ]{0,3}\[([^\]\n]+)\]:[ \t]*\S+[^\n]*\Z")


def _html_pictures(paragraph: str) -> list[str] | None:
    """The alt texts of a block of raw HTML holding pictures and no words (a README's centred logo, `<p
    align="center"><img src="logo.png" alt="Acme"></p>`: its alt text stood above the policy's title, adoption hunt
    25); None for any other block."""
    if not paragraph.lstrip().startswith("<") or "<img" not in paragraph.lower():
        return None
    tree = LexborHTMLParser(f"<body>{paragraph}</body>")
    if tree.body is None or tree.body.text(deep=True).strip() or tree.css_first("script, style, iframe, object, "
                                                                                "embed, svg, video, audio, form"):
        return None
    return [" ".join(str(image.attributes.get("alt") or "").split()) or "(no alt text)" for image in tree.css("img")]


def _badges(body: str, notes: Notes) -> str:
    """`body` without the paragraphs of pictures alone above its first heading (blank lines in their place, so that
    the notes after name the source's lines)."""
    lines = body.split("\n")
    headings = _headings(lines)
    if not headings:
        return body
    alts: list[str] = []
    labels: set[str] = set()
    start = 0
    for end in range(headings[0][0] + 1):
        if end < headings[0][0] and lines[end].strip():
            continue
        paragraph = lines[start:end]
        if any(line.strip() for line in paragraph) and all(not _PICTURE.sub("", line).strip() for line in paragraph):
            alts += [" ".join(alt.split()) or "(no alt text)" for line in paragraph for alt in _ALT.findall(line)]
            labels |= {label.casefold() for line in paragraph for label in _REFERENCE.findall(line)}
            lines[start:end] = [""] * (end - start)
        elif (pictured := _html_pictures("\n".join(paragraph))) is not None:
            alts += pictured
            lines[start:end] = [""] * (end - start)
        start = end + 1
    if not alts:
        return body
    # the definitions only those pictures used (`[badge]: https://img.shields.io/…`), blank too
    used = {label.casefold() for line in lines for label in _REFERENCE.findall(line)}
    for n, line in enumerate(lines):
        defined = _DEFINED.match(line)
        if defined and defined.group(1).casefold() in labels - used:
            lines[n] = ""
    notes.add(Said("convert.badges", count=len(alts), shown=quoted(alts, most=4)))
    return "\n".join(lines)


def _headings(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line index, level, text) of each heading of `lines` outside fenced code (setext: at its text's line)."""
    headings: list[tuple[int, int, str]] = []
    fence = ""
    for n, line in enumerate(lines):
        fence, code = markdown_lines.fence_after(line, fence)
        if code:
            continue
        atx = _ATX.match(line)
        setext = _SETEXT.fullmatch(line)
        if atx:
            headings.append((n, len(atx.group("marks")), line[atx.end():].strip(" \t#")))
        elif setext and n and _setext_text(lines, n):
            headings.append((n - 1, 1 if setext.group("rule")[0] == "=" else 2, lines[n - 1].strip()))
    return headings


def _numbered_levels(body: str, notes: Notes, *, titled: bool = False) -> str:
    """Under a `#` title (or its front matter's, `titled`, where the text has no `#`), the sections of a policy that
    numbers its headings at the levels their numbers say (`1.` a `##`, `1.2` a `###`), as `structure.level` asks and
    the HTML import writes them: a page that skips from its title to `###` (the size the author liked) would be
    refused at its first edit until every heading is moved. An unnumbered heading moves as far as the numbered ones
    above it, or, before them, as the first of them (adoption 15 of session 37: a Hugo page titled by its front
    matter, its contents under `###` and its sections under `####`)."""
    lines = body.split("\n")
    headings = _headings(lines)
    if not headings or headings[0][1] != 1 and (not titled or any(level == 1 for _n, level, _text in headings)):
        return body
    read = document.parse(f"---\ndate: 2000-01-01\n---\n{body}", path="", lang="und")  # as the checks number them
    if not any(problem.rule == "structure.level" for problem in read.problems):
        return body  # (Roman parts over sections counted from 1 again are two levels, as written)
    numerals = {section.line - 4: section.numeral for section in read.sections}
    below = headings[1:] if headings[0][1] == 1 and not _first_of_series(headings) else headings
    numbered = [numerals.get(n) or None for n, _level, _text in below]
    first = next(((level, number) for (_n, level, _text), number in zip(below, numbered) if number), None)
    moved, shift = 0, first[0] - min(6, 1 + len(first[1].split("."))) if first else 0
    for (n, level, text), number in zip(below, numbered):
        wanted = min(6, 1 + len(number.split("."))) if number else max(2, level - shift)
        shift = level - wanted if number else shift
        if wanted == level:
            continue
        atx = _ATX.match(lines[n])
        if atx is not None:
            lines[n] = atx.group("indent") + "#" * wanted + lines[n][atx.end():]
        else:  # setext, its underline's line left blank
            lines[n], lines[n + 1] = f"{'#' * wanted} {text}", ""
        moved += 1
    if moved:
        notes.add(Said("convert.heading-levels", count=moved))
    return "\n".join(lines)


def _setext_text(lines: list[str], n: int) -> bool:
    """Whether line `n` underlines a one-line paragraph (a setext heading), not a list, a quote or a table's rule."""
    return n > 0 and markdown_lines.setext_words(lines, n - 1)


def _wide_rows(body: str, notes: Notes) -> str:
    """`body` with each table's header given as many cells as its widest row: the site's renderer, as GitHub's,
    drops a row's cells past the header's count (the gate refuses such a row: render.structure)."""
    lines = body.split("\n")
    tokens, _references = document.tokens_and_references(body)
    for token in tokens:
        if token.type != "table_open" or not token.map:
            continue
        start, end = token.map
        table = "\n".join(line.strip() for line in lines[start:end])
        wider = widened(table)
        if wider != table:
            head, rule = wider.split("\n")[:2]
            indent = lines[start][:len(lines[start]) - len(lines[start].lstrip())]
            lines[start], lines[start + 1] = indent + head, indent + rule
            notes.add(Said("convert.table-row-cells"), start + 1)
    return "\n".join(lines)


# GitHub's and Hugo's Markdown (GFM) strike words through with ~~…~~ and break a line with a backslash at its end; the
# site's renderer does neither (the page would show the tildes and the backslash): struck words are left out and
# said, as a <del> is, and a backslash break becomes Markdown's two spaces. Code (fenced, indented, in backticks) is
# left as written.
_GFM_STRUCK = re.compile(r"(?<![~\\])~~(?![~\s])((?:(?!~~).)+?)(?<![\s\\])~~(?!~)")
_BACKSLASH_BREAK = re.compile(r"(?<!\\)\\$")


def _gfm(body: str, notes: Notes) -> str:
    """`body` with GFM's strikethrough left out and its backslash line breaks as two spaces (see above)."""
    lines = body.split("\n")
    struck: list[str] = []
    breaks = 0
    for n in _outside_fences(lines):
        line = lines[n]
        if line.startswith(("    ", "\t")):
            continue  # indented code (or a list's continuation: left as written)
        spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]
        here = [m for m in _GFM_STRUCK.finditer(line) if not any(a <= m.start() < b for a, b in spans)]
        for m in reversed(here):
            line = line[:m.start()] + line[m.end():]
        struck += [m.group(1) for m in here]
        if here:  # the words either side of a removed passage: one space between them
            line = re.sub(r"(?<=\S)[ ]{2,}(?=\S)", " ", line)
        following = lines[n + 1] if n + 1 < len(lines) else ""
        if following.strip() and _BACKSLASH_BREAK.search(line) and not any(a <= len(line) - 1 < b for a, b in spans):
            line = line[:-1].rstrip() + "  "
            breaks += 1
        lines[n] = line
    if struck:
        notes.add(Said("convert.struck", count=len(struck), shown=quoted([w[:50] for w in struck])))
    if breaks:
        notes.add(Said("convert.backslash-breaks", count=breaks))
    return "\n".join(lines)


def _bare_addresses(body: str, text: str, *, name: str, markdown_in_html: bool, site: Mapping[str, str],
                    page: str, notes: Notes) -> str:
    """`body` with its bare addresses written as links where the renderer of `text` (the page as written) made them
    links (gfm_autolinks): a Hugo site's params tell Hugo, an Eleventy site's global data (among them) does not."""
    hugo_site = any(not key.startswith((eleventy.PREFIX, eleventy.SCRIPTS)) for key in site)
    if not gfm_autolinks.linked_by_renderer(name=name, front=_fence(text), keys=_front_keys(text), body=text,
                                            markdown_in_html=markdown_in_html, hugo_site=hugo_site, page=page):
        return body
    if not gfm_autolinks.CANDIDATE.search(body):
        return body  # (no address to link: the text is not read again)
    return gfm_autolinks.link(body, neutralise.spanned(body), notes)


# CommonMark (GitHub, Google Docs' "Download › Markdown", Obsidian, Pandoc) lets a backslash escape any ASCII
# punctuation, and Google Docs escapes many (`e\-mail`, `\~`, `\=`); the site's renderer (Python-Markdown) escapes
# only its own few (`\*`, `\.`, `\-` …): the page showed the backslash of `\~ 30 days`, `a \= b`, `\$10`, `\:`.
# Each such escape is its character alone (`&` as an entity, never starting one; `\|` kept in a table, which reads
# it), except where the character alone would be markup (a fence, an underline, struck words). Code is left as
# written. `\<` is neutralise's, which writes it `&lt;` and says so in its own words.
_COMMONMARK_ONLY = re.compile(r"(?<!\\)((?:\\\\)*)\\([\"$%&',/:;=?@^|~])")
_ALONE = {"&": "&amp;"}


def _commonmark_escapes(body: str, notes: Notes) -> str:
    """`body` with each backslash escape the site's renderer does not read written as it reads it (see above)."""
    if "\\" not in body:
        return body
    lines = body.split("\n")
    tokens, _references = document.tokens_and_references(body)
    code: set[int] = set()
    table: set[int] = set()
    for token in tokens:
        if token.map and token.type in ("fence", "code_block", "html_block"):
            code.update(range(*token.map))
        elif token.map and token.type == "table_open":
            table.update(range(*token.map))
    for n, line in enumerate(lines):
        if n in code or "\\" not in line:
            continue
        spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]

        def alone(found: re.Match[str], kept: int = n, spans: list[tuple[int, int]] = spans) -> str:
            char = found.group(2)
            if any(a <= found.start() < b for a, b in spans) or (char == "|" and kept in table):
                return found.group(0)
            return found.group(1) + _ALONE.get(char, char)

        read = _COMMONMARK_ONLY.sub(alone, line)
        if read != line and not (_FENCE.match(read) or re.fullmatch(r"[ ]{0,3}=+[ \t]*", read)
                                 or _GFM_STRUCK.search(read) and not _GFM_STRUCK.search(line)):
            notes.add(Said("convert.commonmark-escapes"), n + 1)
            lines[n] = read
    return "\n".join(lines)


# A task list's item, `- [x] IP address` (GitHub, GitLab, Obsidian, Pandoc): the site's Markdown has no task lists,
# and showed "[x] IP address" and "[ ] Location", brackets and all, where the reader saw a ticked and an empty box.
_TASK = re.compile(r"^(?P<lead>(?:[ ]{0,3}>[ ]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)\[(?P<mark>[ xX])\](?=[ \t]+\S)")


def _task_lists(body: str, notes: Notes) -> str:
    """`body` with each task list item's box the box a reader saw, ☑ ticked or ☐ empty (as an HTML import writes
    them)."""
    lines = body.split("\n")
    boxes = 0
    for n in _outside_fences(lines):
        lines[n], found = _TASK.subn(lambda m: m.group("lead") + (UNTICKED if m.group("mark") == " " else TICKED),
                                     lines[n])
        boxes += found
    if boxes:
        notes.add(Said("convert.task-boxes/markdown", count=boxes, ticked=TICKED, unticked=UNTICKED))
    return "\n".join(lines)


# An emoji's shortcode, `:warning:`, as GitHub's Markdown (and GitLab's, Jekyll's jemoji, Hugo's enableEmoji) draws it:
# the site's Markdown shows the code as it is written. A name GitHub's list lacks (`:30:` in "10:30:15") is no emoji.
_SHORTCODE = re.compile(r"(?<![\w/]):([a-z0-9_+-]*[a-z][a-z0-9_+-]*):")


def _emoji_shortcodes(body: str, notes: Notes) -> str:
    """`body` with each emoji shortcode of GitHub's list written as the emoji its page showed, said with the lines."""
    from pymdownx import gemoji_db

    found: dict[str, str] = {}
    lines: list[int] = []

    def emoji(m: re.Match[str], line: int) -> str | None:
        entry = gemoji_db.emoji.get(gemoji_db.aliases.get(m.group(0), m.group(0)))
        if entry is None:
            return None
        shown = "".join(chr(int(point, 16)) for point in (entry.get("unicode_alt") or entry["unicode"]).split("-"))
        found.setdefault(m.group(0), shown)
        lines.append(line)
        return shown

    written = markdown_lines.substitute(body, _SHORTCODE, emoji, needle=":")
    said = Said("convert.emoji-shortcode", count=len(lines), codes=", ".join(list(found)[:5]) + (
        " …" if len(found) > 5 else ""), shown=" ".join(list(found.values())[:5]))
    for line in lines:
        notes.add(said, line)
    return written


# A numbered heading underlined (`1. Who we are` over `-----`): Python-Markdown, which renders the site, and kramdown
# (Jekyll) read a heading, as its author meant, but CommonMark, which the checks read, reads a list item over a rule,
# and the gate refuses the text at publication (render.structure). Written `## 1. Who we are`, all read a heading.
_NUMBERED_LINE = re.compile(r"[ ]{0,3}\d{1,9}[.)](?:[ \t]+\S.*)?")
# A line a numbered one may continue: a numbered list's item, or a line indented under one. Not a bulleted list's item
# (`* crash reports`): a numbered line after it starts another list, and the page (Python-Markdown) reads a heading
# (adopt33: `3. How long we keep it` over `-----` under a bulleted list stayed a list item over a rule, the gate refused
# the text).
_LIST_OR_INDENTED = re.compile(r"(?:[ ]{0,3}\d{1,9}[.)](?:[ \t]|$)|[ ]{4}|\t)")


# reStructuredText's title, its words between two lines of one punctuation mark at least as long (`=====` over
# `Privacy Notice` over `=====`), as a text written for Sphinx or docutils opens; not `#`, an ATX heading's.
_OVERLINE = re.compile(r"(?P<mark>[=\-~^*+_:.'\"`])(?P=mark){2,}[ \t]*")


def _overlined_title(body: str, notes: Notes) -> str:
    """`body` whose first lines are a title written as reStructuredText writes one, between two same lines of a mark,
    with that title as its `#` heading, said (adopt37): the page showed the rule's marks run into the title as a
    paragraph (Python-Markdown) or a heading opening with them (CommonMark), the text untitled."""
    lines = body.split("\n")
    first = next((n for n, line in enumerate(lines) if line.strip()), None)
    if first is None or first + 2 >= len(lines):
        return body
    over, words, under = lines[first].strip(), lines[first + 1].strip(), lines[first + 2].strip()
    rule = _OVERLINE.fullmatch(over)
    if rule is None or under != over or not words or len(over) < len(words) or _OVERLINE.fullmatch(words) \
            or lines[first + 1][:1].isspace() and not lines[first][:1].isspace():
        return body
    lines[first: first + 3] = [f"# {escape_text(words, line_start=True, in_cell=False)}", "", ""]
    notes.add(Said("convert.overlined-title", mark=rule.group("mark"), title=words[:60]), first + 1)
    return "\n".join(lines)


# kramdown's attribute list on the line under a block (`## Who we are` over `{: #who}`, Jekyll's way of naming a
# heading's id): the heading's, which kramdown gave that id (adopt49: the line was removed as a directive, the old site
# links to `#who` and readers' bookmarks of it landing on no id of the page). Its classes are the old theme's.
_BLOCK_IAL = re.compile(r"[ ]{0,3}\{:[ \t]*(?P<attributes>[^}\n]*)\}[ \t]*")
_IAL_ID = re.compile(r"(?:^|\s)#(?P<id>[A-Za-z][\w:.-]*)(?=\s|$)")


def _kramdown_heading_ids(body: str, notes: Notes) -> str:
    """`body` with each kramdown attribute list under a heading that names an id (see above) written on the heading,
    `## Who we are {#who}`, its line left blank, said with its line; one under a heading holding an id of its own, or
    naming none, is left to the attribute lists' reading (neutralise)."""
    if "{:" not in body:
        return body
    lines = body.split("\n")
    for n in _outside_fences(lines):
        found = _BLOCK_IAL.fullmatch(lines[n]) if n else None
        ident = _IAL_ID.search(found["attributes"]) if found else None
        if found is None or ident is None:
            continue
        above = n - 1
        if _SETEXT.fullmatch(lines[above]) and above and markdown_lines.setext_words(lines, above - 1):
            above -= 1
        elif not _ATX.match(lines[above]):
            continue
        heading = lines[above].rstrip()
        if heading.endswith("}") and re.search(r"\{[^}]*\}$", heading):
            continue  # (an id of its own: kramdown's is left to the attribute lists' reading)
        lines[above] = f"{heading} {{#{ident['id']}}}"
        notes.add(Said("convert.kramdown-heading-id", code=lines[n].strip()[:60], id=ident["id"]), n + 1)
        lines[n] = ""
    return "\n".join(lines)


def _numbered_setext(body: str, notes: Notes) -> str:
    """`body` with each underlined heading whose words start with a number written as a `#` heading of its level (`=`
    1, `-` 2), said: see above. Not inside fenced code, nor where the numbered line continues a list."""
    lines = body.split("\n")
    moved: list[str] = []
    previous = ""  # the last line with words before the numbered one
    for n in _outside_fences(lines):
        line = lines[n]
        rule = _SETEXT.fullmatch(line)
        above = lines[n - 1] if n else ""
        if rule and _NUMBERED_LINE.fullmatch(above) and (n < 2 or not lines[n - 2].strip()) \
                and not _LIST_OR_INDENTED.match(previous):
            words = above.strip()
            lines[n - 1], lines[n] = f"{'#' if rule.group('rule')[0] == '=' else '##'} {words}", ""
            moved.append(words)
        if line.strip() and not (n + 1 < len(lines) and _SETEXT.fullmatch(lines[n + 1])
                                 and _NUMBERED_LINE.fullmatch(line)):
            previous = line
    if moved:
        notes.add(Said("convert.underlined-headings", count=len(moved), shown=quoted([w[:40] for w in moved])))
    return "\n".join(lines)


# A heading's # marks written against its words (`##INDICE`, `##1. Titolare`: adoption 7, the first version of an
# Italian Hugo page): Python-Markdown, which renders the site, and kramdown read a heading, CommonMark, which the
# checks read (and Hugo's Goldmark, GitHub's), a paragraph, and the gate refuses the text (render.structure). Written
# with a space, all read the heading its author meant, as the numbered underlined headings above. Two marks or more:
# a lone `#word` opening a paragraph is as likely a hashtag.
_UNSPACED_HEADING = re.compile(r"(?P<marks>#{2,6})(?P<words>[^\s#].*)")


def _unspaced_headings(body: str, notes: Notes) -> str:
    """`body` with each line opening a block with # marks against its words written with a space after them, said."""
    lines = body.split("\n")
    moved: list[str] = []
    for n in _outside_fences(lines):
        heading = _UNSPACED_HEADING.fullmatch(lines[n])
        if heading and (n == 0 or not lines[n - 1].strip()):
            moved.append(lines[n].strip())
            lines[n] = f"{heading['marks']} {heading['words']}"
    if moved:
        notes.add(Said("convert.unspaced-headings", count=len(moved), shown=quoted([w[:40] for w in moved])))
    return "\n".join(lines)


# Obsidian's (and Foam's, Logseq's) links between a vault's notes: `[[Cookie Policy|cookie policy]]` shows "cookie
# policy", `[[Terms]]` "Terms", `[[Terms#Scope]]` "Terms > Scope"; an embed `![[logo.png]]` shows the vault's file; a
# block's id ` ^intro` at a line's end shows nothing. Written as they are, the page showed their brackets and marks.
_EMBED = re.compile(r"!\[\[[^\]\n]+\]\]")
_WIKILINK = re.compile(r"\[\[(?P<target>[^\]|#\n]*)(?:#(?P<part>[^\]|\n]*))?(?:\|(?P<alias>[^\]\n]+))?\]\]"
                       r"(?![(\[:])")  # (a Markdown link whose words are in brackets, `[[1]](#note-1)`, stays one)
_BLOCK_ID = re.compile(r"[ \t]\^(?=[\w-]*[A-Za-z])[A-Za-z0-9-]+[ \t]*$")  # (`10 ^6` is a power, not an id)


def _wikilinks(body: str, notes: Notes) -> str:
    """`body` with a vault's links as the words they show, its embeds and block ids left out, each said (see above);
    code as written."""
    lines = body.split("\n")
    linked: list[str] = []
    embeds = ids = 0
    for n in _outside_fences(lines):
        line = lines[n]
        if line.startswith(("    ", "\t")) or "[[" not in line and "^" not in line:
            continue
        spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]

        def outside(match: re.Match[str], spans: list[tuple[int, int]] = spans) -> bool:
            return not any(a <= match.start() < b for a, b in spans)

        def shown(match: re.Match[str], outside: Callable[[re.Match[str]], bool] = outside) -> str:
            if not outside(match) or match.group().lower() in ("[[_toc_]]", "[[toc]]"):  # (GitLab's, VuePress' markers)
                return match.group()
            words = (match["alias"] or " > ".join(part.strip() for part in (match["target"], match["part"] or "")
                                                  if part.strip())).strip()
            linked.append(match.group())
            return escape_text(words, line_start=False, in_cell=False)

        before = line
        line = _EMBED.sub(lambda m: "" if outside(m) else m.group(), line)
        embeds += before != line
        line = _WIKILINK.sub(shown, line)
        if _BLOCK_ID.search(line) and not any(b >= len(line.rstrip()) for _a, b in spans):
            line = _BLOCK_ID.sub("", line)
            ids += 1
        lines[n] = line
    if linked:
        notes.add(Said("convert.obsidian-links", count=len(linked), links=", ".join(linked[:3])))
    if embeds:
        notes.add(Said("convert.obsidian-embeds", count=embeds))
    if ids:
        notes.add(Said("convert.obsidian-block-ids", count=ids))
    return "\n".join(lines)


# A list item holding a heading (`- ### Google Analytics`, its text indented under it: a generator's summary, iubenda's
# copied as Markdown): the checks read a heading (a section), the published page a bullet holding one, and the
# sections and list items of the two no longer paired (adoption 15 of session 37: an Italian policy's import failed
# `policy check`, render.structure, on a list far below).
_HEADING_ITEM = re.compile(r"(?P<indent>[ \t]*)[-*+][ \t]+(?P<heading>#{2,6}[ \t]+\S.*)")  # (a `#` one: a title)


def _heading_items(body: str, notes: Notes) -> str:
    """`body` with each list item holding a heading written as that heading, its lines under it unindented (as the
    checks read them: its heading a section, its text that section's)."""
    lines = body.split("\n")
    made: list[int] = []
    within: int | None = None  # the indentation of the heading item whose lines are being read
    for n in _outside_fences(lines):
        line = lines[n]
        indent = len(line) - len(line.lstrip(" \t"))
        if within is not None and line.strip() and indent <= within:
            within = None
        item = _HEADING_ITEM.fullmatch(line)
        if item is not None and (within is not None or not item["indent"]):
            lines[n] = item["heading"].rstrip()
            made.append(n + 1)
            within = indent if within is None else within
        elif within is not None and line.strip():
            lines[n] = line.lstrip(" \t")
    if made:
        notes.add(Said("convert.heading-items", count=len(made)), made[0])
    return "\n".join(lines)


_EMPHASIS_ONLY = re.compile(r"(?P<mark>[*_])(?![*_\s])(?P<words>[^*_\n]+?)(?<!\s)(?P=mark)")
_RULE = re.compile(r"[ ]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})")


def _subtitle_heading(body: str, notes: Notes) -> str:
    """`body` with a subtitle written as a heading right under its `#` title (`## *A framework for your data*`: all
    its words in italics, nothing under it but a rule before the next heading) as the line in italics it is: the
    page's first section was a subtitle holding nothing (adoption 15 of session 37, a Spanish policy)."""
    lines = body.split("\n")
    headings = _headings(lines)
    if len(headings) < 2 or headings[0][1] != 1 or headings[1][1] == 1:
        return body
    (title, _level, _text), (n, _level2, text) = headings[0], headings[1]
    after = headings[2][0] if len(headings) > 2 else len(lines)
    atx, italic = _ATX.match(lines[n]), _EMPHASIS_ONLY.fullmatch(text)
    if atx is None or italic is None or any(line.strip() for line in lines[title + 1:n]) \
            or any(line.strip() and not _RULE.fullmatch(line) for line in lines[n + 1:after]):
        return body
    lines[n] = text
    notes.add(Said("convert.subtitle-heading", words=_quote(italic["words"])), n + 1)
    return "\n".join(lines)


def _bold_headings(body: str, notes: Notes) -> str:
    """A line that is only bold words starting with a section number (`**1. Information We Collect**`, as a
    generator's or a Word file's headings are often copied) is a heading, one level under the title per level of its
    number, as the HTML and Word imports read it. Only where the text has no heading but its title."""
    tokens = neutralise._md.parse(body)
    above = _one_heading_above(tokens)
    if above is None and any(t.type == "heading_open" and t.tag != "h1" for t in tokens):
        return _bold_headings_before(body, tokens, notes)
    lines = body.split("\n")
    found = []
    unnumbered: list[tuple[int, str]] = []  # (line, words) of the bold lines without a number over their text
    bold_lines = [_bold_line(tokens, k) for k in range(len(tokens))]
    schemes = dict(zip((k for k, words in enumerate(bold_lines) if words is not None),
                       bold_headings.label_schemes([words for words in bold_lines if words is not None]), strict=True))
    for k, opening in enumerate(tokens):
        words = bold_lines[k]
        if words is None:
            continue
        number = heading_number(words)
        if number is None or len(words) > 200 or not number[0][:1].isdigit() or bold_headings.lead_in(words):
            following = next((j for j in range(k + 3, len(tokens)) if tokens[j].level == 0
                              and tokens[j].nesting >= 0), None)  # the next block at the top, after this one's close
            lines_of = opening.map or [0, 1]
            runs_on = lines_of[1] - lines_of[0] > 1  # (its text under it, in its paragraph)
            over = following is not None and (under := bold_lines[following]) is not None and \
                bold_headings.over_its_first_part(schemes[k], schemes[following], under)  # (`II.` over `A.`)
            if (runs_on or following is not None and bold_lines[following] is None or over) \
                    and len(words.split()) <= _HEADING_WORDS \
                    and not words.endswith((".", ":", ",", ";", "!")):
                unnumbered.append((opening.map[0] if opening.map else 0, words))
            continue
        lines[opening.map[0] if opening.map else 0] = f"{'#' * min(6, 1 + len(number[0].split('.')))} {words}"
        found.append((opening.map[0] if opening.map else 0) + 1)
    for line in found:
        notes.add(Said("convert.bold-numbered/line"), line)
    if found:
        _run_in_headings(lines, found, notes)
        annexes = [(line, words) for line, words in unnumbered if bold_headings.annex_title(words)]
        for line, words in annexes:  # (an annex after the numbered sections: a section of its own, as in HTML)
            written = lines[line].strip()
            lines[line] = "## " + (written[2:-2].strip() if written[:2] == written[-2:] and written[:2] in ("**", "__")
                                   else words)
        if annexes:
            notes.add(Said("convert.annex-headings", count=len(annexes),
                           shown=quoted([words for _line, words in annexes][:3])), annexes[0][0] + 1)
    if not found and len(unnumbered) >= 2:  # as the HTML import reads them (bold_headings): adoption hunt 44
        first = next((t.map[0] for t in tokens if t.level == 0 and t.nesting >= 0 and t.map), None)
        titled = not any(t.type == "heading_open" for t in tokens) and unnumbered[0][0] == first
        levels = bold_headings.label_schemes([words for _line, words in unnumbered])
        order = list(dict.fromkeys(scheme for scheme in levels if scheme))
        for k, (line, words) in enumerate(unnumbered):
            written = lines[line].strip()  # its words as written, escapes and all, without the bold marks
            lines[line] = ("# " if titled and k == 0 else "#" * min(6, 2 + order.index(levels[k])) + " "
                           if levels[k] else "## ") + (
                written[2:-2].strip() if written[:2] == written[-2:] and written[:2] in ("**", "__") else words)
        notes.add(Said("convert.bold-lines/titled" if titled else "convert.bold-lines", count=len(unnumbered) - titled),
                  unnumbered[0][0] + 1)
        top = next((k for k, t in enumerate(tokens) if t.level == 0 and t.nesting >= 0 and t.map), None)
        words = bold_lines[top] if top is not None and not titled and not any(
            t.type == "heading_open" for t in tokens) else None
        span = tokens[top].map if top is not None else None
        at = span[0] if span else None
        if at is not None and words and len(words) <= 150:  # a bold title over a bold subtitle, the first section
            # (adoption 6 of session 30): the title, as the HTML and Word imports read it
            written = lines[at].strip()
            lines[at] = "# " + (written[2:-2].strip() if written[:2] == written[-2:] and written[:2] in ("**", "__")
                                else words)
            notes.add(Said("convert.bold-title"), at + 1)
    if above is not None and above.map and (found or len(unnumbered) >= 2):  # over the sections made: the title
        lines[above.map[0]] = "#" + lines[above.map[0]].lstrip().lstrip("#")
        notes.add(Said("convert.one-heading-title", level=int(above.tag[1])), above.map[0] + 1)
    return "\n".join(lines)


def _bold_headings_before(body: str, tokens: list, notes: Notes) -> str:
    """In a text with headings, its bold lines numbered from 1 up to its first numbered heading (`**1. Introduction**`,
    `**2. Data**`, then `## 3. Cookies`) are headings at that heading's level, as deep as their numbers, said, as the
    HTML import reads them (bold_headings._bold_headings_before, adopt30): they were bold lines, §1 and §2 missing."""
    run: list[tuple[int, str, tuple[int, ...]]] = []
    for k, token in enumerate(tokens):
        if token.type == "heading_open":
            words = " ".join(tokens[k + 1].content.split())
            number = heading_number(words)
            if number is None or not NUMBER.fullmatch(number[0]):
                continue
            parts = tuple(int(n) for n in number[0].split("."))
            if not bold_headings.numbered_up_to([numbered for _line, _words, numbered in run], parts):
                return body
            lines = body.split("\n")
            for line, bold, numbered in run:
                lines[line] = f"{'#' * min(6, max(1, int(token.tag[1]) - len(parts) + len(numbered)))} {bold}"
            notes.add(Said("convert.bold-before", count=len(run), heading=words[:60]), run[0][0] + 1)
            return "\n".join(lines)
        written = _bold_line(tokens, k) if token.type == "paragraph_open" else None
        number = heading_number(written) if written is not None else None
        if written is not None and number is not None and NUMBER.fullmatch(number[0]) and \
                len(written.split()) <= 15 and not bold_headings.lead_in(written) and token.map and \
                token.map[1] - token.map[0] == 1:
            run.append((token.map[0], written, tuple(int(n) for n in number[0].split("."))))
    return body


def _one_heading_above(tokens: list) -> Token | None:
    """The text's one heading where it is under `#` and above all its words (`## **PRIVACY POLICY**` over sections
    typed as bold lines, a Word file's text converted: adoption 13 of session 36), else None."""
    headings = [t for t in tokens if t.type == "heading_open"]
    first = next((t for t in tokens if t.level == 0 and t.nesting >= 0), None)
    return first if len(headings) == 1 and headings[0] is first and first.tag != "h1" and first.markup.startswith(
        "#") else None


# A section's bold title running in at the start of its text's first line (`**7. App Stores.** You acknowledge …`).
_RUN_IN = re.compile(r"(?P<mark>\*\*|__)(?P<title>[^*_\n]{1,200}?)(?P=mark)[ \t]+(?P<rest>\S.*)")


def _run_in_headings(lines: list[str], found: list[int], notes: Notes) -> None:
    """Among sections whose bold lines became headings (`found`, their line numbers), a paragraph opening with a bold
    title numbered as the section between the headings around it is that section's heading over its text, as the
    HTML and Word imports read it (bold_headings._run_in_headings: adoption 8)."""
    def top(line: str) -> int | None:
        number = heading_number(line.lstrip("#").strip())
        return int(number[0]) if number is not None and number[0].isdigit() else None

    tops = [(n - 1, value) for n in found if (value := top(lines[n - 1])) is not None]
    done = []
    for n, line in enumerate(lines):
        match = _RUN_IN.fullmatch(line)
        if match is None or (n and lines[n - 1].strip()) or len(match["title"].split()) > _HEADING_WORDS \
                or bold_headings.lead_in(match["title"]):
            continue
        value = top(match["title"])
        above = [v for m, v in tops if m < n]
        below = [v for m, v in tops if m > n]
        if value is None or value != (above[-1] + 1 if above else 1) or (below and below[0] <= value):
            continue
        lines[n] = f"## {' '.join(match['title'].split())}\n\n{match['rest'].strip()}"
        tops = sorted([*tops, (n, value)])
        done.append(n + 1)
    if done:
        notes.add(Said("convert.run-in", count=len(done)), done[0])


_HEADING_WORDS = 12
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _date_headings(body: str, meta: dict[str, str], notes: Notes, *, source: str | None = None) -> str:
    """A date line written as a heading under the title (`#### Last updated: March 1, 2022`: a year, no number, no
    text of its own, before the first section) is a paragraph, as the HTML import reads it (adoption hunt 44); under a
    front matter's title too, where the text has no `#` heading. Run again on the text its raw HTML became (`<div>
    <h4>Last updated: …</h4></div>`, adoption 6 of session 30): `source`, the text before, gives the notes' lines."""
    lines = body.split("\n")
    headings = _headings(lines)
    if not headings or headings[0][1] != 1 and (not meta.get("title") or any(h[1] == 1 for h in headings)):
        return body
    made = []
    for (n, level, text), after in zip(headings[headings[0][1] == 1:], headings[1 + (headings[0][1] == 1):]
                                       + [(len(lines), 0, "")]):
        between = [line for line in lines[n + 1:after[0]] if line.strip() and not _SETEXT.fullmatch(line)]
        if level == 1 or between or not _YEAR.search(text) or len(text.split()) > _HEADING_WORDS \
                or heading_number(text) is not None or not _ATX.match(lines[n]):
            break
        lines[n] = text
        made.append((n, text))
    written = source.split("\n") if source is not None else None
    for n, text in made:
        if written is not None:  # the line of the raw HTML that wrote it: the one holding its year and what follows
            tail = text[_YEAR.search(text).start():][:20]  # type: ignore[union-attr]
            n = next((k for k, line in enumerate(written) if tail in line), -1)
        notes.add(Said("convert.date-heading", words=text[:60]), n + 1 if n >= 0 else None)
    return "\n".join(lines)


_DATE_LINES = 3  # the lines of a date line under a title (its words, an attribute list or a line break)
_DATE_CHARACTERS = 160


def _title_over_date(body: str, meta: dict[str, str], notes: Notes) -> str:
    """A text with no `#` heading, opening with an unnumbered heading at its sections' level that has nothing under it
    but its date line (`## Firefox Privacy Notice` over `*Effective March 10, 2022*`, over `## At Mozilla, …`: Mozilla's
    notices until 2024, whose site drew that heading as the page's title) is titled by it: `#`, its sections left as
    they are. Read as it was, the page had no title (`structure.title`) and a section holding its date line alone.
    A front matter's title is the page's: nothing changes then."""
    lines = body.split("\n")
    headings = _headings(lines)
    if len(headings) < 2 or meta.get("title") or any(level == 1 for _n, level, _text in headings):
        return body
    (n, level, text), (after, _level, _text) = headings[0], headings[1]
    between = [line for line in lines[n + 1:after] if line.strip() and not _SETEXT.fullmatch(line)]
    paragraphs = "\n".join(line if line.strip() else "" for line in lines[n + 1:after]).strip().split("\n\n")
    if any(line.strip() for line in lines[:n]) or level != min(h[1] for h in headings) \
            or heading_number(text) is not None or not between or len(between) > _DATE_LINES \
            or len(paragraphs) != 1 or sum(map(len, between)) > _DATE_CHARACTERS or not _YEAR.search(" ".join(between)):
        return body
    atx = _ATX.match(lines[n])
    if atx is not None:
        lines[n] = "#" + lines[n][atx.end():]
    else:  # setext, its underline's line left blank
        lines[n], lines[n + 1] = f"# {text}", ""
    notes.add(Said("convert.dated-heading-title", heading=text[:60]), n + 1)
    return "\n".join(lines)


# A list item written without the space after its marker (`1.Mozilla …`, `2.Mozilla …` in Mozilla's Japanese notice;
# `*Répondre …` over `* Répondre …` in its French one): no item to either renderer, the lines run into one paragraph
# (`1.… 2.… 3.…`) or show their `*`, and the translation's items no longer pair with its source's (adoption 28).
_NUMBERED_TIGHT = re.compile(r"([ ]{0,3})(\d{1,3})([.)])(?=[^\s\d.)])")
_NUMBERED_ITEM = re.compile(r"[ ]{0,3}(\d{1,3})[.)](?:[ \t]|$)")
_BULLET_TIGHT = re.compile(r"([ ]{0,3})([*+-])(?=[^\s*+\-])")
_BULLET_ITEM = re.compile(r"[ ]{0,3}([*+-])[ \t]")


def _unspaced_items(body: str, notes: Notes) -> str:
    """`body` with the space its list items lack written after their marker where they are items beyond doubt: lines
    numbered 1., 2., 3. … one under the other (two at least, from 1), or a bullet line with no other mark of its
    kind (not emphasis: `*word*`) right above an item of the same bullet."""
    lines = body.split("\n")
    outside = list(_outside_fences(lines))
    fixed: list[int] = []
    run: list[int] = []
    for n in [*outside, -1]:
        numbered = _NUMBERED_TIGHT.match(lines[n]) or _NUMBERED_ITEM.match(lines[n]) if n >= 0 else None
        if numbered and (not run or n == run[-1] + 1) and int(numbered.group(2 if numbered.re is _NUMBERED_TIGHT
                                                                               else 1)) == len(run) + 1:
            run.append(n)
            continue
        tight = [k for k in run if _NUMBERED_TIGHT.match(lines[k])]
        if len(run) >= 2 and tight:
            for k in tight:
                lines[k] = _NUMBERED_TIGHT.sub(r"\1\2\3 ", lines[k], count=1)
            fixed += tight
        run = [n] if numbered and int(numbered.group(2 if numbered.re is _NUMBERED_TIGHT else 1)) == 1 else []
    for at, n in enumerate(outside):
        bullet = _BULLET_TIGHT.match(lines[n])
        if not bullet or lines[n].count(bullet.group(2)) > 1 or lines[n].lstrip().startswith("---"):
            continue
        below = [k for k in outside[at + 1:at + 3] if lines[k].strip()][:1]
        if below and below[0] - n <= 2 and (item := _BULLET_ITEM.match(lines[below[0]])) \
                and item.group(1) == bullet.group(2):
            lines[n] = _BULLET_TIGHT.sub(r"\1\2 ", lines[n], count=1)
            fixed.append(n)
    for n in sorted(fixed):
        notes.add(Said("convert.list-marker-space"), n + 1)
    return "\n".join(lines)


def _bold_line(tokens: list, k: int) -> str | None:
    """The words of the paragraph opening at `tokens[k]` where it is a line of bold words alone at the top level, or
    where its first line is, its text running on under it (`**What do we collect?**` over its answer's line, a FAQ
    typed without a blank line: adoption 15 of session 37), the heading taking that line alone."""
    opening = tokens[k]
    inline = tokens[k + 1] if k + 1 < len(tokens) else None
    if opening.type != "paragraph_open" or opening.level != 0 or not opening.map \
            or inline is None or inline.children is None:
        return None
    children = [child for child in inline.children if child.type != "text" or child.content.strip()]
    if opening.map[1] - opening.map[0] != 1:
        breaks = [n for n, child in enumerate(children) if child.type in ("softbreak", "hardbreak")]
        if not breaks or breaks[0] + 1 == len(children):
            return None
        children = children[:breaks[0]]
    if [child.type for child in children] == ["text", "strong_open", "text", "strong_close"]:
        # a section number typed before the bold title (`1\\. **Introduction**`, a Word file's text converted)
        words = " ".join(f"{children[0].content} {children[2].content}".split())
        number = heading_number(words)
        title = " ".join(children[2].content.split())
        return words if number is not None and number[1] == title else None
    if [child.type for child in children] != ["strong_open", "text", "strong_close"]:
        return None
    return " ".join(children[1].content.split())


# A Markdown file whose whole body is one HTML element written indented (a Jekyll page: kramdown renders the
# element as HTML, blank lines and all): CommonMark would read its indented lines after a blank line as code,
# and the policy would be published as its own HTML source. It is converted as the HTML page it is.
_HTML_ELEMENT = re.compile(r"\A\s*<(main|section|article|div|body)\b[^>]*>", re.I)
_INDENTED_TAG = re.compile(r"^(?: {4,}|\t)[ \t]*</?[A-Za-z]", re.M)


def _html_page(body: str, notes: Notes) -> str | None:
    """The Markdown of `body` converted as HTML, when it is one indented HTML element; else None."""
    from policysite.convert import html_source

    opened = _HTML_ELEMENT.match(body)
    if not opened:
        return None
    closings = list(re.finditer(rf"</{opened.group(1)}\s*>", body, re.I))
    if not closings or body[closings[-1].end():].strip() or not _INDENTED_TAG.search(body):
        return None
    converted = html_source.convert(body.encode("utf-8"), name="")
    line = body[:opened.start(1)].count("\n") + 1
    notes.add(Said("convert.indented-html-page", tag=opened.group(1).lower()), line)
    for message in converted.notes:
        notes.add(Said("convert.in-it", note=message))
    return converted.markdown


# GitBook's tabs (`{% tab title="Customers" %}` … `{% endtab %}`): the title is what a reader reads above the text; so
# is the title a Markdoc or Liquid tag of a site's own draws (Appwrite's `{% count_title title="Security" / %}`, a
# numbered heading on its page: adoption 6 of session 30).
_GITBOOK_TAB = re.compile(r'[ \t]*\{%-?\s*(?P<tag>[\w-]+)\s+(?:[^%"]*\s)?title\s*=\s*"(?P<title>[^"]*)"[^%]*-?%\}'
                          r'[ \t]*')
# The rest of Docusaurus' tabs, a line of its own each: `<Tabs groupId="…">`, `</TabItem>`, `</Tabs>` (adopt53's
# leftover: said as raw HTML removed, "<tabitem> is not on the allow-list", beside the tab's title kept).
_MDX_TAB_TAGS = re.compile(r"[ \t]*(?:</?Tabs\b[^<>]*|</TabItem[ \t]*)>[ \t]*")
# Docusaurus' MDX tabs: `<TabItem value="customers" label="Customers">` (without a label, its value is the title).
_MDX_TAB = re.compile(r"""[ \t]*<TabItem\b(?=[^>]*?\bvalue=["'{]*(?P<value>[^"'}>]*))?(?:[^>]*?\blabel=["'{]*"""
                      r"""(?P<title>[^"'}>]*))?[^>]*>[ \t]*""")
# Lines another site generator read and no reader saw: a template tag alone on its line (Jekyll: `{% include x %}`,
# `{% raw %}`), and kramdown's abbreviation definitions (`*[GDPR]: General Data …`, shown only as a tooltip).
_LIQUID = re.compile(r"[ \t]*\{%-?\s*/?\w[^%]*-?%\}[ \t]*")  # and Markdoc's closing tags, `{% /table %}`
_HUGO = re.compile(r"[ \t]*\{\{[<%]-?\s*/?\s*[\w-]+.*?-?[>%]\}\}[ \t]*")  # {{< youtube x >}}, {{% notice %}}
# A Hugo theme's panel whose title readers read above its text: Docsy's `{{< tab header="Customers" >}}`, Relearn's
# `{{% tab title="Staff" %}}` (`name=` in older themes), `{{< details "Who …?" >}}`, `{{< expand "…" >}}`.
_HUGO_PANEL = re.compile(r"""[ \t]*\{\{[<%]-?\s*(?:(?:tab|details|expand|collapse|accordion(?:-?item)?|toggle)\s+"""
                         r"""(?:(?:header|title|name|summary)\s*=\s*"([^"]*)"|"([^"]*)")|notice\s+\w+\s+"([^"]*)")"""
                         r"""[^}]*?-?[>%]\}\}[ \t]*""", re.I)  # and Relearn's `{{% notice note "Heads up" %}}`
_MDX = re.compile(r"(?:import\s+[\w{}\s,*]+\s+from\s+['\"][^'\"]+['\"]"
                  r"|export\s+(?:const|default|function)\b.*);?[ \t]*")
# An MDX import over several lines (`import { Accordion, BoxIcon,` … `LargeTitle } from "../config/imports"`), and a
# component of the site's own drawing the words of its attribute, `<LargeTitle text={'What data we need'} />` (a
# Gatsby page's headings: adoption 7 of session 31, a government service's privacy notice, 0 sections, its tags text).
_MDX_EXPORT_OPEN = re.compile(r"export\s+(?:const|let|var|default|function|class|async)\b")
_MDX_IMPORT_OPEN = re.compile(r"import\s+(?:[\w*]+\s*,\s*)?\{[^}]*")
_MDX_IMPORT_CLOSE = re.compile(r"[^{}]*\}\s*from\s+['\"][^'\"]+['\"];?[ \t]*")
_MDX_WORDS = re.compile(r"""[ \t]*<(?P<name>[A-Z][\w.]*)\b[^<>]*?\s(?:text|title|label|heading)=(?:\{\s*)?"""
                        r"""(?P<quote>["'`])(?P<words>[^"'`{}<>\n]+)(?P=quote)(?:\s*\})?[^<>]*/>[ \t]*""")
# Docusaurus' :::note … :::, nested in one of more colons (`::::info` … `:::warning` … `:::` … `::::`)
_ADMONITION = re.compile(r"[ ]{0,3}:{3,}[ \t]*(?:[\w-]+.*)?")
# The title an admonition shows: `:::info Retention` (Docusaurus 2, VitePress `::: tip Important`), `:::note[Payment
# data]` (Docusaurus 3); a Pandoc fenced div's attributes (`::: {.callout-note}`) are no title.
_ADMONITION_TITLE = re.compile(r"[ ]{0,3}:{3,}[ \t]*[\w-]+(?:\[(?P<bracketed>[^\]\n]*)\]|[ \t]+(?P<after>[^{\s][^\n]*))"
                               r"[ \t]*")
_ABBREVIATION = re.compile(r"[ ]{0,3}\*\[[^\]\n]+\]:.*")
# kramdown's extensions (Jekyll): a comment (`{::comment}` … `{:/comment}` or `{:/}`: an author's note no reader saw),
# the markers of a block kramdown reads as raw HTML (`{::nomarkdown}` … `{:/nomarkdown}`), an options line.
_KRAMDOWN_COMMENT = re.compile(r"[ ]{0,3}\{::comment\}(?P<rest>.*)")
_KRAMDOWN_END = re.compile(r"(?P<before>.*?)\{:/(?:comment)?\}[ \t]*")
# A note written as a link definition no link uses, which no Markdown renderer shows (`[//]: # (note)`, `[comment]: <>
# (note)`, `[//]: # "note"`): the usual way to comment in Markdown.
_COMMENT_DEFINITION = re.compile(r"""[ ]{0,3}\[(?://|comment|_|#|-)\]:[ \t]*(?:#|<>)[ \t]*"""
                                 r"""(?:\((?P<p>[^)]*)\)|"(?P<q>[^"]*)"|'(?P<a>[^']*)')?[ \t]*""", re.I)
_KRAMDOWN_MARKER = re.compile(r"[ ]{0,3}\{:(?::nomarkdown|/nomarkdown|:options\b[^}]*/?)\}[ \t]*")
_FENCE = markdown_lines.FENCE
# A paragraph of no-break spaces only (`&nbsp;`, as an editor writes an empty line): it shows nothing.
_BLANK_PARAGRAPH = re.compile(r"[ \t]*(?:(?:&nbsp;|&#160;|&#[xX][aA]0;|[\u00a0\u200b\ufeff])[ \t]*)+")


def _title_line(title: str) -> str:
    """A panel's title (a tab's, an admonition's) as a reader reads it above its text: a section heading where it
    starts with a section number, else a line in bold."""
    section = heading_number(title)
    written = escape_text(title, line_start=False, in_cell=False)
    if section and section[0][:1].isdigit():
        return f"{'#' * min(6, 1 + len(section[0].split('.')))} {written}"
    return f"**{written}**"


def _site_generator_lines(body: str, notes: Notes) -> str:
    """`body` without those lines (outside code blocks), each said with its line, and without its paragraphs that
    show nothing (`&nbsp;` alone between blank lines), silently: nothing visible goes. The notes of the passes after
    it name the lines of `body` (`notes.source_lines`), not those of the text it gives."""
    kept: list[str] = []
    origin: list[int] = []  # the line of `body` each of `kept` stands for (a title line, the tag it was drawn from)
    fence = ""
    comment: list[str] = []  # the lines of a kramdown comment being read, from its first
    lines = body.split("\n")
    skip = 0  # the lines an MDX import over several lines goes on to
    last = 0  # the line read last
    for number, line in enumerate(lines, 1):
        origin += [last] * (len(kept) - len(origin))
        if number <= skip:
            continue
        last = number
        if comment or not fence and _KRAMDOWN_COMMENT.fullmatch(line):
            comment.append(line)
            end = _KRAMDOWN_END.fullmatch(_KRAMDOWN_COMMENT.sub(r"\g<rest>", line) if len(comment) == 1 else line)
            if end:
                words = " ".join(_KRAMDOWN_END.sub(r"\g<before>", _KRAMDOWN_COMMENT.sub(
                    r"\g<rest>", "\n".join(comment))).split())
                notes.add(Said("convert.kramdown-comment", words=_quote(words)), number - len(comment) + 1)
                comment = []
            continue
        if not fence and (note := _COMMENT_DEFINITION.fullmatch(line)):
            words = " ".join((note["p"] or note["q"] or note["a"] or "").split())
            notes.add(Said("convert.unused-definition-note", words=words[:60]), number)
            continue
        if not fence and _KRAMDOWN_MARKER.fullmatch(line):
            notes.add(Said("convert.kramdown-marker", marker=line.strip()), number)
            continue
        fence, code = markdown_lines.fence_after(line, fence)
        if code:  # code or a fence's own line: kept as written
            pass
        elif not fence and (tab := _GITBOOK_TAB.fullmatch(line) or _MDX_TAB.fullmatch(line)):
            title = " ".join((tab.group("title") or tab.groupdict().get("value") or "").split())
            kept += [*([""] if kept and kept[-1].strip() else []), _title_line(title), ""]
            kind = "docusaurus" if tab.re is _MDX_TAB else "gitbook" if tab["tag"] == "tab" else "tag"
            notes.add(Said(f"convert.tab-title/{kind}", title=title[:40], tag=tab.groupdict().get("tag") or ""),
                      number)
            continue
        elif not fence and _MDX_TAB_TAGS.fullmatch(line):
            kept += [""] if kept and kept[-1].strip() else []  # (the texts of two tabs stay two paragraphs)
            notes.add(Said("convert.mdx-tab-tags"), number)
            continue
        elif not fence and (_LIQUID.fullmatch(line) or _ABBREVIATION.fullmatch(line)):
            said = ("convert.kramdown-abbreviation" if not _LIQUID.fullmatch(line) else "convert.liquid-tag"
                    if neutralise.template_language(line.strip()) == "Liquid" else "convert.template-tag-line")
            notes.add(Said(said), number)  # a Jinja, Tera, Nunjucks or Markdoc tag is no Liquid tag
            continue
        elif not fence and (shown := hugo.figure(lines, number - 1)) is not None:
            # Hugo's figure: the words under its image (its title, caption and credit), which readers read
            skip, title, under, image = shown
            skip += 1
            kept += [*([""] if kept and kept[-1].strip() else []), *([_title_line(title), ""] if title else []),
                     *([under, ""] if under else [])]
            notes.add(Said("convert.hugo-figure" + ("" if title or under else "/bare"), image=image[:80],
                           words=clipped(" ".join(part for part in (title, under) if part), 160)), number)
            continue
        elif not fence and _HUGO.fullmatch(line):
            panel = _HUGO_PANEL.fullmatch(line)
            title = " ".join(next((g for g in panel.groups() if g), "").split()) if panel else ""
            # a blank line where it was: the texts of two tabs stay two paragraphs; a panel's title above its text
            kept += [*([""] if kept and kept[-1].strip() else []), *([_title_line(title), ""] if title else [])]
            notes.add(Said("convert.hugo-shortcode" + ("/titled" if title else ""), shortcode=line.strip()[:60]),
                      number)
            continue
        elif not fence and _MDX_EXPORT_OPEN.match(line) and number < len(lines) and lines[number].strip():
            # an `export` over several lines (a component, `export const Highlight = ({children}) => (` … `);`):
            # MDX reads it to the next blank line, all of it code the old site ran
            last = next((n for n in range(number, len(lines)) if not lines[n].strip()), len(lines)) - 1
            statement = " ".join(" ".join(lines[number - 1:last + 1]).split())
            notes.add(Said("convert.mdx-export", count=last + 2 - number, statement=statement[:80]), number)
            skip = last + 1
            continue
        elif not fence and _MDX.fullmatch(line):
            notes.add(Said("convert.mdx-line", line=line.strip()[:60]), number)
            continue
        elif not fence and _MDX_IMPORT_OPEN.fullmatch(line) and (last := next((
                n for n in range(number, min(number + 20, len(lines))) if _MDX_IMPORT_CLOSE.fullmatch(lines[n])), 0)):
            statement = " ".join(" ".join(lines[number - 1:last + 1]).split())
            notes.add(Said("convert.mdx-import", count=last + 2 - number, statement=statement[:80]), number)
            skip = last + 1
            continue
        elif not fence and (drawn := _MDX_WORDS.fullmatch(line)):
            kept += [*([""] if kept and kept[-1].strip() else []), _title_line(" ".join(drawn["words"].split())),
                     *([""] if number < len(lines) and lines[number].strip() else [])]
            notes.add(Said("convert.component-words", name=drawn["name"], attribute=line.split("=")[0].split()[-1]),
                      number)
            continue
        elif not fence and _ADMONITION.fullmatch(line):
            titled = _ADMONITION_TITLE.fullmatch(line)
            title = " ".join((titled.group("bracketed") or titled.group("after") or "").split()) if titled else ""
            if title:  # `:::info Retention`, `:::note[Payment data]`, VitePress' `::: details Who …?`: the title shown
                kept += [*([""] if kept and kept[-1].strip() else []), _title_line(title), ""]
            notes.add(Said("convert.admonition-marker" + ("/titled" if title else ""), marker=line.strip()[:40]),
                      number)
            continue
        elif not fence and _BLANK_PARAGRAPH.fullmatch(line) and not (kept and kept[-1].strip()) \
                and not (number < len(lines) and lines[number].strip()):
            continue
        kept.append(line)
    origin += [last] * (len(kept) - len(origin)) + list(range(len(lines) - len(comment) + 1, len(lines) + 1))
    notes.remap(origin)
    text = "\n".join(kept + comment)  # a comment never closed: its lines as they were
    return text.rstrip("\n") + "\n" if body.endswith("\n") and text.strip() else text  # (a panel closed at its end)


# A reviewer's marks in the text: CriticMarkup (iA Writer, Scrivener, MultiMarkdown Composer, Obsidian's and Typora's
# plugins: `{++added++}`, `{--deleted--}`, `{~~old~>new~~}`, `{>>comment<<}`, `{==highlighted==}`) and Obsidian's
# comments (`%%…%%`, hidden by its reading view). Read as a reviewed text is published: the changes accepted (an
# addition and a substitution's new words kept, a deletion left out), comments left out, a highlight's words kept.
_PARAGRAPH_TEXT = r"(?:(?!\n[ \t]*\n).)*?"  # a mark of CriticMarkup stays within its paragraph
_REVIEW = re.compile(rf"\{{\+\+(?P<added>{_PARAGRAPH_TEXT})\+\+\}}|\{{--(?P<deleted>{_PARAGRAPH_TEXT})--\}}"
                     rf"|\{{~~(?P<old>{_PARAGRAPH_TEXT})~>(?P<new>{_PARAGRAPH_TEXT})~~\}}"
                     rf"|\{{>>(?P<comment>{_PARAGRAPH_TEXT})<<\}}|\{{==(?P<highlighted>{_PARAGRAPH_TEXT})==\}}"
                     r"|%%(?P<obsidian>.*?)%%|\{/\*(?P<mdx>.*?)\*/\}"  # and MDX's comments, `{/* … */}`, and Liquid's
                     r"|\{%-?\s*comment\s*-?%\}(?P<liquid>.*?)\{%-?\s*endcomment\s*-?%\}", re.S)  # (Jekyll)


_LEFT_OUT = "\ue010"  # where a mark was left out, until the spaces around it are made one: no text holds it


def _quote(text: str) -> Said:
    """`text`'s first 60 characters, quoted as the catalogue quotes (« … » in French)."""
    words = " ".join(text.split())
    return Said("convert.quoted", words=f"{words[:60]}{'…' if len(words) > 60 else ''}")


def _review_marks(body: str, notes: Notes) -> str:
    """`body` with its review marks resolved (see above) outside code, each said with its line and its words."""
    lines = body.split("\n")
    chunks: list[tuple[int, bool, list[str]]] = []  # (first line, code, lines)
    fence = ""
    for number, line in enumerate(lines, 1):
        fence, code = markdown_lines.fence_after(line, fence)
        if chunks and chunks[-1][1] == code:
            chunks[-1][2].append(line)
        else:
            chunks.append((number, code, [line]))
    out = []
    for first, code, chunk in chunks:
        text = "\n".join(chunk)
        if code or not _REVIEW.search(text):
            out.append(text)
            continue
        spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(text)]

        def resolved(mark: re.Match, text: str = text, first: int = first, spans: list = spans) -> str:
            if any(a <= mark.start() < b for a, b in spans):
                return mark.group(0)
            line = first + text[:mark.start()].count("\n")
            if mark.group("new") is not None:
                notes.add(Said("convert.review-change", old=_quote(mark.group("old")), new=_quote(mark.group("new"))),
                          line)
                return str(mark.group("new"))
            if mark.group("added") is not None:
                notes.add(Said("convert.review-addition", words=_quote(mark.group("added"))), line)
                return str(mark.group("added"))
            if mark.group("deleted") is not None:
                notes.add(Said("convert.review-deletion", words=_quote(mark.group("deleted"))), line)
                return _LEFT_OUT
            if mark.group("highlighted") is not None:
                notes.add(Said("convert.review-highlight", words=_quote(mark.group("highlighted"))), line)
                return str(mark.group("highlighted"))
            if mark.group("comment") is not None:
                notes.add(Said("convert.review-comment", words=_quote(mark.group("comment"))), line)
            elif mark.group("liquid") is not None:
                notes.add(Said("convert.comment/liquid", words=_quote(mark["liquid"])), line)
            elif mark.group("mdx") is not None:
                notes.add(Said("convert.comment/mdx", words=_quote(mark["mdx"])), line)
            else:
                notes.add(Said("convert.comment/obsidian", words=_quote(mark.group("obsidian"))), line)
            return _LEFT_OUT
        text = _REVIEW.sub(resolved, text)
        # where words were left out, one space between the words either side (none before punctuation)
        text = re.sub(rf"[ \t]*{_LEFT_OUT}(?:[ \t]*{_LEFT_OUT})*(?=[ \t]*[.,;:!?)\]]|[ \t]*$)", "", text, flags=re.M)
        text = re.sub(rf"(?<=\S)[ \t]*{_LEFT_OUT}[ \t]*(?=\S)", " ", text)
        text = re.sub(rf"[ \t]*{_LEFT_OUT}[ \t]*", "", text)
        out.append(text)
    return "\n".join(out)


# Pandoc's (Quarto's, R Markdown's) fenced divs: `::: {.callout-note title="…"}`, `::: {#summary .box}`,
# `:::: {.columns}`, closed by a line of colons alone, nesting; and GitHub's and Obsidian's alerts, a block quote
# opened by `[!NOTE]` (and Obsidian's own title, `> [!WARNING]- Children`). The site's renderer reads neither: it
# would show the markers (and Python-Markdown reads a div's `{…}` as attributes, leaving words the checks never read).
_DIV_OPEN = re.compile(r"[ ]{0,3}(?P<colons>:{3,})[ \t]*(?:\{(?P<attributes>[^}\n]*)\}|(?P<word>[\w-]+))[ \t]*:*[ \t]*")
_DIV_CLOSE = re.compile(r"[ ]{0,3}:{3,}[ \t]*")
_CALLOUT = re.compile(r"(?:^|\s)\.callout-(\w+)")
_TITLE_ATTRIBUTE = re.compile(r"""\btitle\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))""")
_ALERT = re.compile(r"(?P<quote>[ ]{0,3}>[ \t]?)\[!(?P<kind>[A-Za-z][\w-]*)\][+-]?(?:[ \t]+(?P<title>\S.*?))?[ \t]*")


def _divs_and_alerts(body: str, notes: Notes, *, lang: str = "") -> str:
    """`body` with Pandoc's fenced divs and GitHub's alerts as plain Markdown: a div's fences left out, a Quarto
    callout's title (its `title`, else its kind: "Note") in bold over its text; an alert's marker as its title (or its
    kind) in bold at the top of its block quote. Each said with its line. A Docusaurus `:::note`, with no braces and
    three colons, is _site_generator_lines'."""
    lines = body.split("\n")
    out: list[str] = []
    fence, opened_divs, gap = "", 0, False  # gap: a fence left out just before, whose blocks must stay apart
    titles: set[int] = set()  # the lines of headings that title a callout (Quarto), written as its title
    origin: list[int] = []  # the line of `body` each of `out` stands for: a title written stands for its marker's
    for number, line in enumerate(lines, 1):
        origin += [number - 1] * (len(out) - len(origin))
        if number in titles:
            continue
        if gap and line.strip() and out and out[-1].strip() and not _DIV_OPEN.fullmatch(line) \
                and not _DIV_CLOSE.fullmatch(line):
            out.append("")
        gap = gap and not line.strip()
        fence, code = markdown_lines.fence_after(line, fence)
        if code:
            out.append(line)
            continue
        div = _DIV_OPEN.fullmatch(line)
        if div and (div.group("attributes") is not None or len(div.group("colons")) > 3):
            attributes = div.group("attributes") or f".{div.group('word')}"
            callout = _CALLOUT.search(attributes)
            named = _TITLE_ATTRIBUTE.search(attributes)
            title = next((t for t in named.groups() if t is not None), "") if named else ""
            heading = _callout_heading(lines, number) if callout and not title.strip() else None
            if heading is not None:  # Quarto titles a callout with its first heading, which is no section
                titles.add(heading[0])
                title = heading[1]
            title = title.strip() or (kind_title(callout.group(1), lang) if callout else "")
            out += [*([""] if out and out[-1].strip() else []), f"**{title}**", ""] if title else []
            gap = True
            opened_divs += 1
            notes.add(Said("convert.pandoc-div" + ("/titled" if title else ""), block=line.strip()[:40]), number)
            continue
        if opened_divs and _DIV_CLOSE.fullmatch(line):
            opened_divs -= 1
            gap = True
            continue
        alert = _ALERT.fullmatch(line)
        if alert and not (out and out[-1].lstrip().startswith(">")):
            title = alert.group("title") or kind_title(alert.group("kind"), lang)
            out += [f"{alert.group('quote')}**{title}**", alert.group("quote").rstrip()]
            notes.add(Said("convert.alert", kind=alert.group("kind")), number)
            continue
        out.append(line)
    notes.remap(origin + [len(lines)] * (len(out) - len(origin)))  # (the notes after it name the lines of `body`)
    return "\n".join(out)


# The kinds of note box (MkDocs Material's, GitHub's alerts, Quarto's callouts) and their other names, by the strings'
# word that titles one written with no title in the page's language: `!!! warning` on a French page was titled
# "Warning" (adopt32), as were Material's other kinds (`!!! abstract` "Abstract", `!!! example`, `!!! todo`: adopt33).
# A kind of the author's own (`!!! gdpr-basis`) is titled by its own word.
_KINDS = {"note": "callout_note", "tip": "callout_tip", "hint": "callout_tip", "important": "callout_important",
          "warning": "callout_warning", "caution": "callout_caution", "attention": "callout_caution",
          "danger": "callout_danger", "error": "callout_danger", "info": "callout_info", "todo": "callout_todo",
          "abstract": "callout_summary", "summary": "callout_summary", "tldr": "callout_summary",
          "success": "callout_success", "check": "callout_success", "done": "callout_success",
          "question": "callout_question", "help": "callout_question", "faq": "callout_question",
          "failure": "callout_failure", "fail": "callout_failure", "missing": "callout_failure", "bug": "callout_bug",
          "example": "callout_example", "quote": "callout_quote", "cite": "callout_quote"}


def kind_title(kind: str, lang: str) -> str:
    """The title of a note box of `kind` written with none, in `lang` (English where it is ""): its kind's word in the
    site's strings, else the kind as written, capitalised (`gdpr-basis`: "Gdpr basis")."""
    key = _KINDS.get(kind.lower())
    return strings.strings(lang or "en")[key] if key else kind.replace("-", " ").capitalize()


def _callout_heading(lines: list[str], number: int) -> tuple[int, str] | None:
    """The line number and words of the heading that opens the callout whose fence is line `number`, if one does."""
    for at in range(number, len(lines)):
        if lines[at].strip():
            heading = re.fullmatch(r"[ ]{0,3}#{1,6}[ \t]+(.+?)[ \t#]*", lines[at])
            return (at + 1, heading.group(1)) if heading else None
    return None


# Pandoc's (Quarto's, R Markdown's) own blocks, which the site's renderer does not read: a table's caption (a paragraph
# `: Words {#tbl-x}` or `Table: Words` beside the table), a grid table (`+---+` rules, `+===+` under its header), a
# line block (`| ` lines: an address, each line its own). The page would show the rules and pipes as text.
_CAPTION = re.compile(r"[ ]{0,3}(?:[Tt]able)?:[ \t]+(?P<words>\S.*?)(?:[ \t]*\{[^}\n]*\})?[ \t]*")
_GRID_RULE = re.compile(r"[ ]{0,3}\+(?:[-=:]+\+)+[ \t]*")
_LINE_BLOCK = re.compile(r"[ ]{0,3}\|(?: (?P<words>.*))?")
_TABLE_LINE = re.compile(r"[ ]{0,3}(?:\|.*\||\+[-=:+]+\+)[ \t]*")  # a pipe table's row, a grid table's row or rule
_PIPE_RULE = re.compile(r"[ ]{0,3}\|?[ \t]*:?-{3,}")


def _pandoc_blocks(body: str, notes: Notes) -> str:
    """`body` (outside code) with Pandoc's table captions as paragraphs of their words, its grid tables as the site's
    tables, and its line blocks as lines ending in a line break; each said with its line."""
    lines = body.split("\n")
    out: list[str] = []
    fence, n = "", 0
    while n < len(lines):
        line = lines[n]
        fence, code = markdown_lines.fence_after(line, fence)
        if code or (out and out[-1].strip() and not _TABLE_LINE.fullmatch(out[-1])):
            out.append(line)  # code, or a line inside a paragraph (blocks start after a blank line or a table)
            n += 1
            continue
        run = _block_run(lines, n)
        caption = _CAPTION.fullmatch(line)
        if caption and _beside_table(out, lines, n):
            out.append(caption.group("words"))
            words = _quote(caption.group("words"))
            notes.add(Said("convert.table-caption", words=words), n + 1)
        elif _GRID_RULE.fullmatch(line) and len(run) >= 3 and _GRID_RULE.fullmatch(run[-1]):
            table = _grid_table(run)
            if table is None:
                out += run
                notes.add(Said("convert.grid-table/spanned"), n + 1)
            else:
                out += table + [""] * (len(run) - len(table))
                notes.add(Said("convert.grid-table", count=len(table) - 2), n + 1)
            n += len(run)
            continue
        elif _LINE_BLOCK.fullmatch(line) and not any(_PIPE_RULE.match(r) or r.rstrip().endswith("|") for r in run) \
                and all(_LINE_BLOCK.fullmatch(r) or r.startswith(" ") for r in run):
            out += _line_block(run)
            notes.add(Said("convert.line-block", count=len(run)), n + 1)
            n += len(run)
            continue
        else:
            out.append(line)
        n += 1
    return "\n".join(out)


def _block_run(lines: list[str], n: int) -> list[str]:
    """The lines from `n` to the next blank line."""
    end = n
    while end < len(lines) and lines[end].strip():
        end += 1
    return lines[n:end]


def _beside_table(out: list[str], lines: list[str], n: int) -> bool:
    """Whether line `n`, a paragraph of one line, is next to a table (across one blank line), as a caption is."""
    before = [line for line in out[-2:] if line.strip()]
    after = next((line for line in lines[n + 1:n + 3] if line.strip()), "")
    one_line = n + 1 >= len(lines) or not lines[n + 1].strip()
    return one_line and bool(before and _TABLE_LINE.fullmatch(before[-1]) or _TABLE_LINE.fullmatch(after))


def _grid_table(run: list[str]) -> list[str] | None:
    """A grid table's rows as the site's table (a header of empty cells where it has none), or None where a cell
    spans rows or columns (its row lines do not break at the rule's column marks)."""
    rule = run[0].strip()
    marks = [i for i, c in enumerate(rule) if c == "+"]
    indent = len(run[0]) - len(run[0].lstrip())
    rows: list[list[list[str]]] = []
    header = 0
    current: list[list[str]] = [[] for _ in marks[1:]]
    for line in run[1:]:
        text = line.rstrip()[indent:]
        if _GRID_RULE.fullmatch(line):
            if [i for i, c in enumerate(text) if c == "+"] != marks:
                return None
            rows.append(current)
            current = [[] for _ in marks[1:]]
            header = len(rows) if "=" in text and not header else header
            continue
        if len(text) != len(rule) or any(text[i] != "|" for i in marks):
            return None
        for column, (start, end) in enumerate(zip(marks, marks[1:])):
            current[column].append(text[start + 1:end].strip())
    if header > 1:
        return None

    def cell(parts: list[str]) -> str:
        paragraphs = " ".join(part or "\n" for part in parts).split("\n")
        return "<br>".join(" ".join(p.split()) for p in paragraphs if p.strip()).replace("|", "\\|")

    lines = [f"| {' | '.join(cell(c) for c in row)} |" for row in rows]
    if not header:
        lines.insert(0, "|" + " |" * len(marks[1:]))
    return [lines[0], "|" + " --- |" * len(marks[1:]), *lines[1:]]


def _line_block(run: list[str]) -> list[str]:
    """A line block's lines, each ending in Markdown's line break (a line continued on the next, indented, joined)."""
    lines: list[str] = []
    for line in run:
        found = _LINE_BLOCK.fullmatch(line)
        if found:
            lines.append((found.group("words") or "").strip())
        elif lines:
            lines[-1] += " " + line.strip()
    escaped = [re.sub(r"^(?=[#>+*-]|\d+[.)](?:\s|$))", "\\\\", re.sub(r"^(\d+)([.)])", r"\1\\\2", line))
               for line in lines]
    broken = [line + ("  " if i < len(escaped) - 1 else "") for i, line in enumerate(escaped)]
    return broken + [""] * (len(run) - len(lines))  # a line for a line: the notes' line numbers hold


# A link whose address is Liquid (`[Guestbook][6]` over `[6]: {{ site.url }}/guestbook/`, `[Mastodon]({{
# site.mastodon_url }})`): the old site filled in an address its settings held, which the text does not; the
# definition, its spaces no address, was published as written, and its link as brackets (adoption 5 of session 29).
_LIQUID_DEFINITION = re.compile(r"^[ ]{0,3}\[(?P<label>[^\]]+)\]:[ \t]*(?P<target>\S*\{\{.*?\}\}\S*)[ \t]*$")
# (A title may follow the address: `[German version]({{< relref "privacy.de.md" >}} "In German")`, adoption 7.)
# (with the attribute list set on the link, kramdown's `{:target="_blank"}`: the link gone, it would be shown as text)
_LINK_ATTRIBUTES = r"(?:\{(?!\{):?[ ]*[^}\n ][^}\n]*\})?"
_LIQUID_INLINE = re.compile(r"(?<![!\\])\[(?P<words>[^\[\]]+)\]\((?P<target>[^()\s]*\{\{[^()]*?\}\}[^()\s]*)"
                            r"(?:[ \t]+(?:\"[^\"]*\"|'[^']*'))?\)" + _LINK_ATTRIBUTES)
_LIQUID_REFERENCE = re.compile(r"(?<![!\\\]])\[(?P<words>[^\[\]]+)\](?:\[(?P<label>[^\[\]]*)\]|(?![(:]))"
                               + _LINK_ATTRIBUTES)


# Hugo's link to a section of the page itself, `[section 3]({{< ref "#contact" >}})` (`relref`, `{{% … %}}`, quoted
# or not): the address Hugo fills in is that anchor of the page, which the text holds (adopt53: its target was
# removed as one only the old site's templates knew).
_HUGO_ANCHOR = re.compile(r"\{\{[<%]\s*(?:rel)?ref\s+(?P<q>[\"']?)(?P<anchor>#[\w.:-]+)(?P=q)\s*[>%]\}\}")


def _liquid_links(body: str, notes: Notes) -> str:
    """`body` with each link whose address is Liquid written as its words, its definition left out, each said with
    its line, words and address."""
    if "{{" not in body:
        return body
    lines = body.split("\n")
    outside = list(_outside_fences(lines))
    targets: dict[str, str] = {}
    for n in outside:
        if found := _LIQUID_DEFINITION.match(lines[n]):
            targets.setdefault(_label(found["label"]), found["target"])
            lines[n] = ""  # a line for a line: the notes' line numbers hold
    for n in outside:
        code = [m.span() for m in _CODE_SPAN.finditer(lines[n])]

        def words(match: re.Match, n: int = n, code: list[tuple[int, int]] = code) -> str:
            label = match.groupdict().get("label")
            target = match.groupdict().get("target") or targets.get(_label(label or match["words"]))
            if target is None or any(a <= match.start() < b for a, b in code):
                return match.group(0)
            if (anchor := _HUGO_ANCHOR.fullmatch(target)) is not None:  # a section of the page itself
                return match.group(0).replace(target, anchor["anchor"], 1)
            notes.add(Said("convert.template-link", target=target[:60], words=_quote(match["words"])), n + 1)
            return match["words"]
        lines[n] = _LIQUID_REFERENCE.sub(words, _LIQUID_INLINE.sub(words, lines[n])) if targets else \
            _LIQUID_INLINE.sub(words, lines[n])
    return "\n".join(lines)


def _label(label: str) -> str:
    """A reference's label as Markdown matches it: case and runs of spaces aside."""
    return " ".join(label.split()).casefold()


# Pandoc's inline footnote (`^[words]`: the site has no footnotes) and bracketed span (`[words]{.smallcaps}`: the site
# would show the brackets).
_INLINE_OPEN = re.compile(r"(?<!\\)(?:\^\[|\[)")
# Pandoc's Markdown of a .docx writes a paragraph's Word bookmark as an empty span, `[]{#_Hlk9 .anchor}A note.`: the
# place the document's cross-references lead to. It stays an anchor, an empty `<span id>` as the Word import writes one
# (an id the site's anchors read in raw HTML), where its name is an id as written (urls.bookmark_id) and the first;
# not in a heading, whose id is the site's (google_ids.heading_anchor).
_PANDOC_ANCHOR = re.compile(r"\{#(?P<id>[A-Za-z_][\w.-]*)(?:[ \t]+\.anchor)?\}")


def _pandoc_inlines(body: str, notes: Notes) -> str:
    """`body` (outside code) with each inline footnote written in parentheses where its mark was, and each bracketed
    span as its words; each said with its line and words. A Word bookmark's empty span stays its anchor (above)."""
    out, fence, anchors = [], "", set()
    for number, line in enumerate(body.split("\n"), 1):
        fence, code = markdown_lines.fence_after(line, fence)
        if code or line.startswith(("    ", "\t")) or "[" not in line:
            out.append(line)
            continue
        spans = [(m.start(), m.end()) for m in _CODE_SPAN.finditer(line)]
        at, pieces = 0, []
        for found in _INLINE_OPEN.finditer(line):
            if found.start() < at or any(a <= found.start() < b for a, b in spans):
                continue
            close = _closing_bracket(line, found.end())
            if close is None:
                continue
            words = line[found.end():close]
            if found.group(0) == "^[":
                pieces += [line[at:found.start()].rstrip(), f" ({words})"]
                notes.add(Said("convert.inline-footnote", words=_quote(words)), number)
                at = close + 1
            elif line[close + 1:close + 2] == "{" and "}" in line[close + 1:] and not _link_label(line, found.start(),
                                                                                                  close) \
                    and not google_ids.heading_anchor(line, found.start()):
                end = line.index("}", close + 1) + 1
                anchor = _PANDOC_ANCHOR.fullmatch(line[close + 1:end])
                if not words and anchor and urls.bookmark_id(anchor["id"]) == anchor["id"] \
                        and anchor["id"] not in anchors and not _ATX.match(line):
                    anchors.add(anchor["id"])
                    pieces += [line[at:found.start()], f'<span id="{anchor["id"]}"></span>']
                    at = end
                    continue
                pieces += [line[at:found.start()], words]
                notes.add(Said("convert.bracketed-span", attributes=line[close + 1:end][:40], words=_quote(words)),
                          number)
                at = end
        out.append("".join(pieces) + line[at:])
    return "\n".join(out)


# Raw HTML's element holding an id (a kept bookmark's empty span, above; the source's own anchor, `<a id="data"></a>`
# over `## Data`, as authors mark a heading for a link; `<a name>`, which raw HTML's rules make an id; `<p id>`).
_ID_TAG = re.compile(r"<(?P<tag>[A-Za-z][\w-]*)(?P<before>(?:[ \t][^<>]*?)?)[ \t]+id=(?P<q>[\"'])(?P<id>[^\"'<>]*)"
                     r"(?P=q)(?P<after>[^<>]*)>(?P<close>[ \t]*</(?P=tag)[ \t]*>)?")


def _anchors_named_as_headings(body: str, notes: Notes) -> str:
    """`body` without each id of raw HTML (above) the page gives a heading (a bookmark named `privacy` in a text headed
    `## Privacy`, `s2` over `## 2. Data`, `<a id="data"></a>` over `## Data`): the page would hold the id twice,
    which the output check refuses (rendering.repeated_ids); the links to it lead to the heading. An empty `<span>`
    or `<a>` goes, another element keeps its words. Each said with its line (code as written)."""
    if "id=" not in body:
        return body
    policy = document.parse(body, path="import", lang="und")
    headings = {section.html_id: section.line for section in policy.sections if section.html_id}
    if policy.title:
        headings.setdefault(document.slugify(policy.title), policy.title_line)

    def left_out(found: re.Match, line: int) -> str | None:
        if found["id"] not in headings:
            return None
        notes.add(Said("convert.anchor-named-as-heading", id=found["id"], line=_shown(notes, headings[found["id"]])),
                  line)
        if found["close"] and found["tag"].lower() in ("span", "a"):
            return ""
        return f"<{found['tag']}{found['before']}{found['after']}>{found['close'] or ''}"
    return markdown_lines.substitute(body, _ID_TAG, left_out, needle="id=")



def raw_ids(body: str, notes: Notes) -> str:
    """`body` whose raw HTML's ids (`<a id>`, `<span id>`, `<p id>`) are each on one element of the page, whatever
    the source's format: one the page gives a heading left out (above), and one on several elements renamed (below)."""
    return _repeated_ids(_anchors_named_as_headings(body, notes), notes)


def _repeated_ids(body: str, notes: Notes) -> str:
    """`body` with each raw HTML element after the first of an id no heading has (`<span id="x">` twice: a pasted
    passage's bookmark, a template's anchor in each section) given the first free `x-2`, `x-3`: the page would hold
    the id twice, which the output check refuses (rendering.repeated_ids). Links to `#x` are left: they landed on the
    first on the old site, and land there still. Each said with its line (code as written)."""
    if "id=" not in body:
        return body
    lines = body.split("\n")
    found_ids = [found["id"] for n in markdown_lines.outside_fences(lines) for found in _ID_TAG.finditer(lines[n])]
    if len(found_ids) == len(set(found_ids)):
        return body
    policy = document.parse(body, path="import", lang="und")
    taken = {section.html_id for section in policy.sections if section.html_id} | set(found_ids)
    seen: dict[str, int] = {}

    def renamed(found: re.Match, line: int) -> str | None:
        ident = found["id"]
        if ident not in seen:
            seen[ident] = line
            return None
        number = 2
        while f"{ident}-{number}" in taken:
            number += 1
        new = f"{ident}-{number}"
        taken.add(new)
        notes.add(Said("convert.repeated-raw-id", id=ident, new=new, line=_shown(notes, seen[ident])), line)
        start, end = found.span("id")
        return found.group(0)[:start - found.start()] + new + found.group(0)[end - found.start():]
    return markdown_lines.substitute(body, _ID_TAG, renamed, needle="id=")


def _shown(notes: Notes, line: int) -> int:
    """Line `line` of the text as `notes` names it in a message's words: the source's where it maps them."""
    if 0 < line <= len(notes.source_lines):
        return notes.source_lines[line - 1]
    return line + notes.offset

def _link_label(line: str, start: int, close: int) -> bool:
    """Whether the brackets from `start` to `close` are an image's words (`![logo]{…}`), a reference link's label
    (`[Tinylytics][1]{:target="_blank"}`) or words a kramdown attribute list (`{:…}`, never Pandoc's) follows: no
    Pandoc span, the attribute list is the link's."""
    return line[start - 1:start] in ("!", "]") or line[close + 1:close + 3] == "{:"


def _closing_bracket(line: str, start: int) -> int | None:
    """Where the `[` just before `start` closes, nested brackets and escapes counted."""
    depth, n = 1, start
    while n < len(line):
        if line[n] == "\\":
            n += 2
            continue
        depth += {"[": 1, "]": -1}.get(line[n], 0)
        if not depth:
            return n
        n += 1
    return None


# MkDocs Material's own Markdown (pymdownx), which the site's renderer does not read: an admonition or a collapsible
# block (`!!! note "Title"`, `??? info`) and a content tab (`=== "Customers"`), each over its indented text; marked
# text (`==words==`); its definition lists: definition_lists. The page would show the markers,
# and the tab's indented text as a code block.
_MATERIAL_BLOCK = re.compile(r"(?P<indent>[ ]*)(?:!!!|\?\?\?\+?|===\+?)(?:[ \t]+(?P<kind>[\w-]+(?:[ \t]+[\w-]+)*))?"
                             r"(?:[ \t]+\"(?P<title>[^\"\n]*)\")?[ \t]*")
_MARKED = re.compile(r"(?<![=\\])==(?![=\s])(?P<text>(?:(?!==).)+?)(?<!\s)==(?!=)")


def _material_blocks(body: str, notes: Notes, *, lang: str = "") -> str:
    """`body` with MkDocs Material's blocks as plain Markdown: a block's title in bold over its text, dedented; marked
    words as words. Each said with its line; the notes after it name the lines of `body` (`Notes.remap`: a block's
    title takes a line more, an untitled block's opening line none, adopt32)."""
    lines = body.split("\n")
    out: list[str] = []
    origin: list[int] = []  # the line of `body` each line of `out` stands for
    fence, inside = "", None  # inside: the indentation of the block being dedented, its text 4 spaces further
    for number, line in enumerate(lines, 1):
        opened = _FENCE.match(line)
        if opened and (not fence or opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence)):
            fence = "" if fence else opened.group(1)
            if fence and line[opened.end():].strip():  # ```text: the site, with no code highlighting, would show it
                notes.add(Said("convert.fence-word", fence=fence, word=line[opened.end():].strip()[:20]), number)
                line = line[:opened.end()]
        if inside is not None:
            if not line.strip() or line.startswith(" " * (inside + 4)):
                out.append(line[4:] if line.strip() else line)
                origin.append(number)
                continue
            inside = None
        if fence and not opened:
            out.append(line)
            origin.append(number)
            continue
        block = _MATERIAL_BLOCK.fullmatch(line)
        if block and not fence:
            title = block.group("title")
            if title is None and block.group("kind"):
                title = kind_title(block.group("kind").split()[0], lang)
            titled = [f"{block.group('indent')}**{title.strip()}**", ""] if title and title.strip() else []
            out += titled
            origin += [number] * len(titled)
            inside = len(block.group("indent"))
            notes.add(Said("convert.material-block/" + ("titled" if title and title.strip() else "untitled"),
                           block=line.strip()[:40]), number)
            continue
        if not fence and _MARKED.search(line):
            marked = _MARKED.sub(lambda m: m.group("text"), line)
            if marked != line:
                notes.add(Said("convert.marked-text"), number)
                line = marked
        out.append(line)
        origin.append(number)
    notes.remap(origin)
    return "\n".join(out)


def decode(data: bytes, notes: Notes) -> str:
    """UTF-8 (a byte order mark dropped, CRLF and CR read as LF), else Windows-1252, said in a note."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        notes.add(Said("convert.utf16"))
        text = data.decode("utf-16", "replace")
    elif codec := utf16.codec_without_bom(data):  # (adoption hunt 34: its other bytes were read as NULs, removed)
        notes.add(Said("convert.utf16/no-bom"))
        text = data.decode(codec, "replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data[:exc.start].count(b"\n") + 1
            try:
                data.decode("cp1252")
                text, mixed = mixed_bytes.read(data)
                notes.add(Said("convert.not-utf8/mixed", line=line, byte=exc.start) if mixed else
                          Said("convert.not-utf8", line=line, byte=exc.start, codec="Windows-1252"))
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                notes.add(Said("convert.not-utf8", line=line, byte=exc.start, codec="Latin-1"))
    if "\x00" in text:
        notes.add(Said("convert.nul"))
        text = text.replace("\x00", "")
    return normalise(text)


# The keys a site generator's front matter dates a page by, the last update first: Hugo's `lastmod`, Jekyll's
# `last_modified_at`, Docusaurus' `last_update: {date: …}`, others' `updated` and `modified`, then the page's `date`.
_DAY_KEYS = ("lastmod", "last_modified_at", "last_modified", "last_update", "updated", "modified", "date")


def front_matter_day(text: str, *, languages: tuple[str, ...] = ("en",)) -> tuple[str, str] | None:
    """(the key as written, YYYY-MM-DD) of the day a Markdown page's front matter dates it, if it says one (adoption
    hunt 43: a Hugo page `privacy.md` with `lastmod: 2022-06-15` was refused without the name its day gives); a day
    written in words in one of `languages` too, as Pandoc, Quarto and R Markdown take it (`date: "2 February 2023"`,
    shown under the title as written: adoption hunt 22, refused as saying no day), where it reads as one day only."""
    from policysite import sync

    match = _YAML.match(text) or _TOML.match(text)
    source = match.group(1) or "" if match else ""
    lines = _metadata_lines(text) if match is None else None
    if not lines and (not source or len(source.encode("utf-8")) > MAX_FRONT_MATTER):
        return None
    try:
        meta = lines[0] if lines else tomllib.loads(source) if match is not None and match.re is _TOML else \
            yaml.load(source, Loader=MetaLoader)  # noqa: S506 (safe: a SafeLoader without aliases)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError, ValueError, TypeError):
        return None
    if not isinstance(meta, dict):
        return None
    for key in _DAY_KEYS:
        value = meta.get(key)
        value = value.get("date") if isinstance(value, dict) else value
        day = re.match(r"\d{4}-\d{2}-\d{2}(?![\d])", str(value)) if value is not None else None
        if day is None and isinstance(value, str):
            worded = {found for lang in languages for found in sync.dates_in(value, lang) if len(found) == 10}
            if len(worded) == 1:
                return f"{key}: {value}", worded.pop()
        if day is not None:
            try:
                dt.date.fromisoformat(day.group(0))
            except ValueError:
                continue
            return f"{key}: {value}", day.group(0)
    return None


def _fence(text: str) -> str:
    """How `text`'s front matter is written: `---` (YAML), `+++` (TOML), "metadata" (Pelican's lines), "" (none)."""
    return "---" if _YAML.match(text) else "+++" if _TOML.match(text) else \
        "metadata" if _metadata_lines(text) is not None else ""


def _front_keys(text: str) -> dict[str, object] | None:
    """The keys of `text`'s YAML or TOML front matter as read (lists too), None where it has none or none readable."""
    match = _YAML.match(text) or _TOML.match(text)
    source = match.group(1) or "" if match else ""
    if not source or len(source.encode("utf-8")) > MAX_FRONT_MATTER:
        return None
    try:
        meta = tomllib.loads(source) if match is not None and match.re is _TOML else \
            yaml.load(source, Loader=MetaLoader)  # noqa: S506 (safe: a SafeLoader without aliases)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError, ValueError, TypeError):
        return None
    return meta if isinstance(meta, dict) else None


def without_front_matter(text: str) -> str:
    """`text` under its YAML (`---`) or TOML (`+++`) front matter, if it has one (the front matter itself unread)."""
    match = _YAML.match(text) or _TOML.match(text)
    return text[match.end():] if match else text


def front_matter(text: str, notes: Notes) -> tuple[dict[str, str], str, int, tuple[str, ...], dict[str, str]]:
    """(kept keys, body, lines before the body, the addresses the old site served the page at, the words of each key
    a text can show): YAML (`---`) or TOML (`+++`) front matter, read safely."""
    match = _YAML.match(text) or _TOML.match(text)
    if not match:
        if (lines := _metadata_lines(text)) is None:
            return {}, text, 0, (), {}
        meta, end = lines
        notes.add(Said("convert.metadata-lines/reader" if _READER_HEADER.match(text) else "convert.metadata-lines",
                       line=text.split("\n", 1)[0][:60]))
        if meta.get("status", "").lower() == "draft":  # (Pelican builds no page of a draft)
            raise ConvertError(Said("import.draft", key="Status: draft"))
        return _front_matter_keys(meta, text[end:], text[:end].count("\n"), notes)
    body, offset = text[match.end():], match.group(0).count("\n")
    source = match.group(1) or ""
    if len(source.encode("utf-8")) > MAX_FRONT_MATTER:
        notes.add(Said("convert.front-matter/large", kib=MAX_FRONT_MATTER // 1024))
        return {}, body, offset, (), {}
    try:
        if match.re is _TOML:
            meta = tomllib.loads(source)
        else:
            meta = yaml.load(source, Loader=MetaLoader)  # noqa: S506 (safe: a SafeLoader without aliases)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError, ValueError, TypeError) as exc:
        notes.add(Said("convert.front-matter/invalid", problem=yaml_reason(exc)))
        return {}, body, offset, (), {}
    return _front_matter_keys(meta, body, offset, notes)


def html_front_matter(text: str, notes: Notes, *, site: Mapping[str, str] | None = None, read: md_includes.Reader |
                      None = None, page: str = "") -> tuple[dict[str, str], str, tuple[str, ...]]:
    """(kept keys, the page under it, the addresses the old site served it at) of an HTML page a site generator
    builds (Jekyll's or Hugo's `privacy.html`), which opens with front matter as its Markdown pages do: read as theirs
    is, its other keys said, and never the text's first paragraph (adoption 9 of session 32: `--- layout: default
    permalink: /privacy-policy …` opened the imported page). Its Liquid is filled as a Markdown page's is
    (`html_page_variables`), `site` or the Jekyll site's settings `read` finds above `page` giving `{{ site.key }}`."""
    if not (_YAML.match(text) or _TOML.match(text)):
        return {}, text, ()
    meta, body, _offset, addresses, variables = front_matter(text, notes)
    return meta, html_page_variables(body, variables, _jekyll_site(body, site or {}, read, page), notes), addresses


def _metadata_lines(text: str) -> tuple[dict[str, str], int] | None:
    """(each key, in small letters, and its value; where the body starts) of the metadata lines opening `text`, as
    Pelican and MultiMarkdown write them (_METADATA), where a `Title:` is among them, or Jina Reader's header
    (_READER_HEADER), its `Markdown Content:` line read as its end."""
    reader = _READER_HEADER.match(text)
    match = reader or _METADATA.match(text)
    if match is None:
        return None
    meta: dict[str, str] = {}
    key = ""
    lines = [line for line in match.group(0).strip("\n").split("\n") if line] if reader else \
        match.group(0).strip("\n").split("\n")
    for line in lines:
        if line.startswith("    ") and meta:
            meta[key] = f"{meta[key]} {line.strip()}".strip()
            continue
        key, _, value = line.partition(":")
        key = key.strip().lower()
        meta[key] = value.strip()
    meta.pop("markdown content", None)
    return (meta, match.end()) if meta.get("title") or reader else None


def _front_matter_keys(meta: object, body: str, offset: int,
                       notes: Notes) -> tuple[dict[str, str], str, int, tuple[str, ...], dict[str, str]]:
    """front_matter's answer for the keys `meta` its front matter read."""
    if meta is None:
        return {}, body, offset, (), {}
    if not isinstance(meta, dict):
        notes.add(Said("convert.front-matter/not-keys"))
        return {}, body, offset, (), {}
    if meta.get("draft") is True or meta.get("published") is False:  # Hugo's, Docusaurus', Astro's; Jekyll's
        key = "draft: true" if meta.get("draft") is True else "published: false"
        raise ConvertError(Said("import.draft", key=key))
    kept = {k: " ".join(v.split()) for k, v in meta.items() if k in KEPT and isinstance(v, str) and v.strip()}
    addresses = own_links.addresses(meta)  # a link to one of them is a link into the text itself
    dropped = [str(k) for k in meta if k not in kept]
    if dropped:
        notes.add(Said("convert.front-matter-dropped/addresses" if addresses else "convert.front-matter-dropped",
                       count=len(dropped), keys=", ".join(dropped), addresses=len(addresses)))
    variables = {str(k): str(v) for k, v in meta.items()
                 if isinstance(v, str | int | float) and not isinstance(v, bool)}
    return kept, body, offset, addresses, variables


def _subtitle(body: str, offset: int, variables: dict[str, str], notes: Notes) -> tuple[str, int]:
    """(`body` under its front matter's `subtitle:`, the line a site's layout shows under the title, as its first
    paragraph, said; the source's lines above the body, counted so that later notes name their lines), where the body
    opens with no title of its own (adoption 7: an Astro page's `subtitle: "Last updated: July 12, 2026"`, dropped, the
    version dated 12 days later by its commit)."""
    subtitle = " ".join(variables.get("subtitle", "").split())
    if not subtitle or re.match(r"\s*#[ \t]", body):
        return body, offset
    notes.add(Said("convert.subtitle", words=_quote(subtitle)))
    added = f"{subtitle}\n" if body.startswith("\n") else f"{subtitle}\n\n"  # (a blank line under it)
    return added + body, offset - added.count("\n")


# YAML's timestamp (`2024-02-01`, `2024-02-01 10:00:00`), which Jekyll shows in its own form (`2024-02-01 00:00:00
# +0000`), not as written: such a key's tag stays, said as other Liquid is, unless a date filter gives its form.
_YAML_TIMESTAMP = re.compile(r"\d{4}-\d\d?-\d\d?"
                             r"(?:(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d\d?(?::\d\d)?))?)?")


# Jekyll fills `{{ page.key }}` in a page's text with its front matter's words (`# {{ page.title }}`, a line "Last
# updated: {{ page.last-modified-at }}"), through the filters written after it (`{{ page.updated | date: "%d/%m/%Y"
# }}`: a day in the form the filter gives, the only form a YAML date is shown in as the reader saw it): the reader saw
# the words, never the tag (adoption 5 of session 29; adoption 6 of session 30, the filters).
_PAGE_VARIABLE = re.compile(rf"\{{\{{-?\s*page\.(?P<key>[\w-]+)\s*(?P<filters>{liquid.FILTERS})-?\}}\}}")


def _jekyll_site(body: str, site: Mapping[str, str], read: md_includes.Reader | None, page: str) -> Mapping[str, str]:
    """`site` (--git: the settings its commit's `_config.yml` held, read by git_sources), else, where the page shows
    one of them (`{{ site.email }}`), its Jekyll site's settings read from the disk."""
    if read is None or any(key.startswith(liquid.CONFIG) for key in site) or not liquid.uses_site(body):
        return site
    try:
        return {**site, **liquid.site_config(read, posixpath.dirname(page))}
    except md_includes.Outside:  # (a link leading out of the repository: no settings of its site)
        return site


def _page_value(match: re.Match, variables: dict[str, str], notes: Notes, line: int | None = None) -> str | None:
    """The words a `{{ page.key | filters }}` showed (its front matter's `variables`), said; None where they are not
    known here."""
    value = variables.get(match["key"])
    if value is None:
        return None
    words = liquid.filtered(value, match["filters"]) if match["filters"] else \
        None if _YAML_TIMESTAMP.fullmatch(value) else value
    if words is not None:
        notes.add(Said("convert.front-matter-filled" + ("/filtered" if match["filters"] else ""),
                       tag=match.group(0), key=match["key"], words=_quote(words)), line)
    return words


def html_page_variables(page: str, variables: dict[str, str], site: Mapping[str, str], notes: Notes) -> str:
    """An HTML page's `{{ page.key }}` (a Jekyll page's `<h1>{{ page.title }}</h1>`) written as the words its front
    matter's `variables` give, as `_page_variables` writes a Markdown page's (adoption 9 of session 32), and its
    captures, assignments, the variables they set and `{{ site.key }}` (`site`: its Jekyll site's settings) by the one
    resolver of a Markdown page's, liquid.fill (adopt39: they stayed as written, refused by policy check)."""
    def fill(match: re.Match) -> str:
        words = _page_value(match, variables, notes)
        return match.group(0) if words is None else html.escape(words)
    page = _PAGE_VARIABLE.sub(fill, page) if "page." in page else page
    return liquid.fill(page, site, notes, page_html=True)


def _page_variables(body: str, variables: dict[str, str], notes: Notes) -> str:
    """`body` with each `{{ page.key }}` outside code written as the words its front matter gives the key, through its
    filters, each said with its line and words; a key the front matter lacks, one holding no words (a list), a date
    shown without a filter giving its form (Jekyll writes its own) and a filter not known here stay, said as other
    Liquid is."""
    if "page." not in body:
        return body
    lines = body.split("\n")
    for n in _outside_fences(lines):
        if "page." not in lines[n]:
            continue
        code = [m.span() for m in _CODE_SPAN.finditer(lines[n])]

        def fill(match: re.Match, n: int = n, code: list[tuple[int, int]] = code) -> str:
            if any(a <= match.start() < b for a, b in code):
                return match.group(0)
            words = _page_value(match, variables, notes, n + 1)
            return match.group(0) if words is None else words
        lines[n] = _PAGE_VARIABLE.sub(fill, lines[n])
    return "\n".join(lines)
