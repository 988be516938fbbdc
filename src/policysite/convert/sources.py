"""Which files to import, and the day each took effect, read from the file's name."""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import re
import stat
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names

from policysite import month_spellings, strings
from policysite.convert import date_words, office_dates, split_texts
from policysite.convert.model import ConvertError, Source
from policysite.messages import Said, prefixed, text_of

if TYPE_CHECKING:
    from collections.abc import Iterator

    from policysite import document

# Markdown under its other names: MDX (Docusaurus' pages: its imports, tabs, admonitions and comments are read as
# such), Quarto's `.qmd`, and the older extensions editors gave it.
FORMATS = {**dict.fromkeys((".md", ".markdown", ".mdx", ".qmd", ".mdown", ".mkd", ".mkdn", ".markdoc", ".mdoc"),
                           "markdown"),
           ".html": "html", ".htm": "html", ".xhtml": "html",
           ".mhtml": "html", ".mht": "html", ".docx": "docx",
           # Word's macro-enabled document, as a company whose template runs macros saves its policy: read as the
           # .docx it is, its macros never run, said (adopt41: refused, "save it as .docx")
           ".docm": "docx",
           # and Word's templates, with their macros or without, as a company keeps the master of its policy: read as
           # the document each holds, said (adopt47: refused, "save it as .docx")
           ".dotx": "docx", ".dotm": "docx",
           # Word 97-2003 and Rich Text Format, as older archives keep a policy: converted to .docx by LibreOffice
           # (office_legacy), said (adopt43: refused, each to save as .docx by hand); WordPerfect's too (adopt45)
           ".doc": "office", ".rtf": "office", ".wpd": "office",
           # an OpenDocument text (LibreOffice, OnlyOffice, Collabora: many French companies' and public bodies'),
           # zipped or as its one-file XML
           ".odt": "odt", ".fodt": "odt",
           # a page of a site built with PHP, ASP.NET, JSP … saved from the browser (or the Wayback Machine) keeps its
           # address's name: the HTML the reader was shown (its server's code, if that is what the file holds, is
           # refused by the HTML reader)
           **dict.fromkeys((".php", ".phtml", ".asp", ".aspx", ".jsp", ".cfm", ".shtml"), "html"),
           ".txt": "text",  # (a .txt without a date in its name is a note beside the archive: skipped, said)
           # a site's data file its template wrote out as the page (Jekyll's _data/privacy.yml, a CMS's export): one
           # without a date in its name, in a folder given, is the site's (its _config.yml, hugo.toml): skipped, said
           **dict.fromkeys((".yml", ".yaml", ".json", ".toml"), "data")}


# The most bytes a file of each kind may hold, checked before anything reads it: a policy's text is at most a
# mebibyte (document.MAX_PAGE characters): its page's markup or a saved page's pictures (an .mht holds them) some more,
# a document's media (its XML is bounded apart, docx_source) tens more. A 40 MB HTML page was read for minutes, past
# 1.4 GB of memory, before its text was said too long (safety85).
MOST_BYTES = {"markdown": 16 << 20, "text": 16 << 20, "data": 16 << 20,
              "html": 16 << 20, "docx": 64 << 20, "odt": 64 << 20, "office": 64 << 20}


def too_large(path: Path, kind: str) -> Said | None:
    """Why the file `path`, of the kind `kind` (FORMATS), is not read: more bytes than MOST_BYTES; None if it is not
    (or cannot be measured: its reading says why)."""
    most = MOST_BYTES.get(kind)
    try:
        size = path.stat().st_size if most is not None and path.is_file() else 0
    except OSError:
        return None
    if most is None or size <= most:
        return None
    return Said("import.file-large", name=path.name, size=f"{size / 2**20:.1f}", most=most >> 20)


def read_formats() -> list[Said]:
    """Each kind of file import reads, its extensions as FORMATS (the readers' table) lists them, in its order: what
    "no dated text found" names (company17: it listed .md, .html, .docx and .odt, and a folder of dated .txt or
    .yml texts named otherwise was told nothing of them)."""
    kinds: dict[str, list[str]] = {}
    for suffix, kind in FORMATS.items():
        kinds.setdefault(kind, []).append(suffix)
    return [Said("import.read-format", kind=Said(f"import.read-format/{kind}"), suffixes=", ".join(suffixes))
            for kind, suffixes in kinds.items()]


# Formats a company keeps a version in that import does not read, and what to save such a version as.
ASCIIDOC = (".adoc", ".asciidoc")
_WORD_PROCESSOR = Said("import.other-format/word-processor")
OTHER_FORMATS = {
    ".pdf": Said("import.other-format/pdf"),
    ".pages": Said("import.other-format/pages"),
    ".rtfd": Said("import.other-format/rtfd"),
    # (Microsoft Works', Hangul's and Lotus Word Pro's documents, which LibreOffice opens)
    **dict.fromkeys((".wps", ".hwp", ".lwp"), _WORD_PROCESSOR),
    ".zip": Said("import.other-format/zip"),
    ".webarchive": Said("import.other-format/webarchive"),
    ".xml": Said("import.other-format/xml"),  # (a WordPress export, WXR: every page of the site, each its HTML)
    **dict.fromkeys((".rst", ".tex", ".org", ".textile", ".wiki", ".mediawiki"), Said("import.other-format/tool")),
    # (adoption 8: pandoc writes AsciiDoc, but reads none: an Antora site's privacy.adoc was told to convert it so)
    **dict.fromkeys(ASCIIDOC, Said("import.other-format/asciidoc")),
}
# 2019-03-01, 2019_03_01 or 20190301, never inside a longer run of digits (a timestamp, a version).
# 17-02-2021, 05-12-2021 (or month first); 17022021, as a Brazilian or Indian archive names its files, day and month
# first without separators (ddmmaaaa)
_DAY_FIRST = re.compile(r"(?<!\d)(?:\d{1,2}[-_.]\d{1,2}[-_.]\d{4}|\d{4}(?:19|20)\d\d)(?!\d)")
_DATE = re.compile(r"(?<!\d)(?:(\d{4})-(\d{2})-(\d{2})|(\d{4})_(\d{2})_(\d{2})|(\d{4})\.(\d{2})\.(\d{2})"
                   r"|(\d{4})(\d{2})(\d{2}))(?!\d)")


def dated_sources(paths: list[Path], *, skipped: list[str] | None = None,
                  languages: tuple[str, ...] = (), lang: str | None = None,
                  documents: dict[str, tuple[str, ...]] | None = None, document: str = "",
                  unpacked: frozenset[Path] = frozenset()) -> list[Source]:
    """The Markdown, HTML and DOCX files among `paths` (folders searched recursively, in name order),
    each with the one date its name holds, sorted by date then name. Other files are left out, each
    with a sentence appended to `skipped` (hidden files and folders, `.git`, silently), but a dated version in a
    format import does not read (a PDF, a .pages) that no file of its date stands for: refused, nothing
    imported. A date written with a month's name (English, or one of `languages`) is given back in the form to
    write. On a site of several documents (`documents`: each id with the words naming it, its id and its page's
    name), a file whose name names another document than `document`, and not this one, is left out and said. The
    zips `unpacked` (their folders among `paths`) are read there, not left out."""
    sources: list[Source] = []
    undated: list[str] = []
    # each dated folder's files of no date of their own (folder, its day): perhaps one text's (split_texts)
    in_folder: dict[tuple[Path, dt.date], list[tuple[Path, str, Said]]] = {}
    unread: list[tuple[Path, dt.date, str]] = []
    for path in _files(paths, skipped):
        named, by = _named_language(path.name, languages), "name"
        if named is None:  # `de/privacy.md` beside `en/privacy.md` (Hugo's `content/de/`, Docusaurus' `i18n/de/`)
            named, by = _language_folder(path, paths, languages), "folder"
        if lang is not None and named is not None and named.casefold() != lang.casefold():
            if skipped is not None:  # a multilingual site's `privacy.fr.md` beside `privacy.en.md` (Hugo)
                skipped.append(Said(f"import.skipped/language-{by}", path=str(path), lang=named))
            continue
        other = named_document(path.name, documents, document) if documents and len(documents) > 1 else None
        if other is not None:  # `cookies-2023-03-01.html` beside `privacy-2023-03-01.html` in a legal folder
            if skipped is not None:
                skipped.append(Said("import.skipped/document", path=str(path), document=other))
            continue
        kind = FORMATS.get(path.suffix.lower())
        if kind is None:
            how = OTHER_FORMATS.get(path.suffix.lower())
            if path.suffix.lower() == ".xml" and path not in paths:
                how = None  # (in a folder: a saved site's sitemap or feed, no version of the text)
            day = _dated(path.name, languages) if how else None
            if how and day:  # a version: left out, it could never be imported after the later ones
                unread.append((path, day, how))
            elif path in unpacked:  # a zip of the archive inside a folder given: read as the folder it holds
                pass
            elif skipped is not None and (page := notion_page_of(path, paths)) is not None:  # its image, its file
                skipped.append(Said("import.skipped/notion-folder", path=str(path), page=page.name))
            elif skipped is not None and path.suffix.lower() == ".zip":  # the archive as legal sent it
                skipped.append(Said("import.skipped/zip", path=str(path)))
            elif skipped is not None and how and path in paths:  # a `.doc` named on the command line: what to do
                skipped.append(Said("import.skipped/other-format", path=str(path), how=how, formats=read_formats()))
            elif skipped is not None:
                skipped.append(Said("import.skipped/format", path=str(path), formats=read_formats()))
            continue
        if (large := too_large(path, kind)) is not None:  # before a byte of it is read (its stated day, its copies)
            raise ConvertError(large)
        if kind == "text" and _dated(path.name, languages) is None and (
                (stated := stated_day(path, languages, lang=lang or "")) is None or path not in paths):
            # a README.txt, notes.txt beside the archive: no version; one whose text says the day it took effect
            # ("Last updated: April 3, 2024") perhaps one, said with the name to give it, and refused where it is
            # named on the command line, as a version of no date in its name is, with that name (session 49's
            # leftover: it was skipped as a note, the day its text says unsaid)
            if skipped is not None and stated is not None and len(stated[1]) == 1:
                skipped.append(Said("import.skipped/text-stated", path=str(path), said=stated[0][:60],
                                    renamed=f"{path.stem}-{stated[1][0]}{path.suffix}"))
            elif skipped is not None:
                skipped.append(Said("import.skipped/text", path=str(path)))
            continue
        if kind == "data" and path not in paths and _dated(path.name, languages) is None:
            if skipped is not None:  # a site's _config.yml, a package.json: no version
                skipped.append(Said("import.skipped/data", path=str(path)))
            continue
        try:
            sources.append(Source(path, date_in_name(path.name, languages=languages), kind))
        except ConvertError as error:
            if "no date in the file name" in str(error) and (page := notion_page_of(path, paths)) is not None:
                if skipped is not None:  # a Notion page's subpage or file, exported in the folder of its name
                    skipped.append(Said("import.skipped/notion-folder", path=str(path), page=page.name))
                continue
            folder, folder_day = _dated_folder(path, paths, languages) if "no date in the file name" in str(error) \
                else (path.parent, None)
            stated = stated_day(path, languages, lang=lang or "") if folder_day is None and \
                "no date in the file name" in str(error) else None
            if stated is not None and len(stated[1]) == 1 and (seen := page_capture(path)) is not None and \
                    stated[1][0] <= seen[1].isoformat():  # a page saved from the Wayback Machine, `privacy.html`,
                # its toolbar naming the capture, its text the day it took effect: read so, the capture said (adopt31)
                sources.append(Source(path, dt.date.fromisoformat(stated[1][0]), kind,
                                      captured=(seen[0], stated[0][:80])))
            elif stated is not None and len(stated[1]) > 1:  # `05/06/2021`: two days, named both
                said, days, where = stated
                undated.append(Said(f"import.undated-stated/{_PLACES[where]}", name=path.name, said=said[:60],
                                    days=days, renamed=[f"{path.stem}-{day}{path.suffix}" for day in days]))
            elif stated is not None:  # its "Last updated" line says a day: given back as the name to write
                said, (day_said,), where = stated
                alone = _year_alone(path.stem)
                renamed = f"{path.stem}-{day_said}{path.suffix}" if alone is None else \
                    f"{path.stem[:alone.start()]}{day_said}{path.stem[alone.end():]}{path.suffix}"
                # `v3-2022.md` saying March 1, 2023: the name's year, contradicted, said with the day kept
                years: dict[str, str] = {"day": day_said, "year": alone.group()} \
                    if alone is not None and alone.group() != day_said[:4] else {}
                undated.append(Said(f"import.undated-stated/{_PLACES[where]}-one" + ("-year" if years else ""),
                                    name=path.name, said=said[:60], renamed=renamed, **years))
            elif folder_day is None and "no date in the file name" in str(error) and \
                    (month := stated_month(path, languages)):  # "Updated March 2023": which day, only the archive says
                said, (year, number) = month[0], month[1].split("-")
                undated.append(Said("import.undated-month", name=path.name, said=said[:60],
                                    renamed=f"{path.stem}-{year}-{number}-DD{path.suffix}"))
            elif folder_day is None and "no date in the file name" in str(error) and \
                    (period := stated_period(path, languages)):  # "Effective: Q1 2023": a part of a year, no day
                undated.append(Said("import.undated-period", name=path.name, said=period[:60],
                                    renamed=f"{path.stem}-YYYY-MM-DD{path.suffix}"))
            elif folder_day is None and "no date in the file name" in str(error) and \
                    (noted := notion_day(path, (lang or "", *languages))):  # only Notion's record of the page
                undated.append(Said("import.undated-notion" + ("/edited" if noted[2] else ""), name=path.name,
                                    said=noted[0][:60], renamed=f"{path.stem}-{noted[1]}{path.suffix}"))
            elif folder_day is None and (capture := _captured(path.name)) and "capture time" in str(error) and \
                    (text_day := stated_day(path, languages, lang=lang or "")) is not None and \
                    len(text_day[1]) == 1 and text_day[1][0] <= capture[1].isoformat():
                # `privacy-20230301123456.html` saying "Last updated: February 1, 2023": the day it took effect is the
                # text's, the capture's only when the archive saw it (history 26); read so, the capture said (adopt31:
                # a folder of the Wayback Machine's captures was refused, each file to be renamed by hand)
                sources.append(Source(path, dt.date.fromisoformat(text_day[1][0]), kind,
                                      captured=(capture[0], text_day[0][:80])))
            elif folder_day is None and (only := _month_only(path.name, languages)) and "names a month" in str(error) \
                    and (text_day := stated_day(path, languages, lang=lang or "")) is not None and \
                    len(text_day[1]) == 1 and text_day[1][0][:7] == only[1]:
                # `politica-2023-03.html` whose line says "1º de março de 2023": the day its text says in the month its
                # name says, read so and said (company16: a Brazilian archive named by months was refused, each file
                # to be renamed by hand to the day its own line gives; history 26 had named that day)
                sources.append(Source(path, dt.date.fromisoformat(text_day[1][0]), kind,
                                      month_named=(only[0], text_day[0][:80])))
            elif folder_day is None and "no date in the file name" in str(error) and \
                    not margin_dated(path, languages) and \
                    (saved := office_dates.saved_day(path, kind)) is not None:  # only the day the file was saved
                undated.append(Said("import.undated-saved", name=path.name, day=saved,
                                    renamed=f"{path.stem}-{saved}{path.suffix}"))
            elif folder_day is None and "no date in the file name" in str(error) and \
                    (seen := page_capture(path)) is not None:  # a page saved from the Wayback Machine: when it saw it
                undated.append(Said("import.undated-page-capture", name=path.name, capture=seen[0],
                                    day=seen[1].isoformat(), renamed=f"{path.stem}-YYYY-MM-DD{path.suffix}"))
            elif folder_day is None and (either := year_last_either(path.name, languages)) and \
                    (text_day := stated_day(path, languages, lang=lang or "")) is not None and \
                    len(text_day[1]) == 1 and (told := dt.date.fromisoformat(text_day[1][0])) in either[1]:
                # `privacy-policy-01-05-2024.md` saying "Last updated: January 5, 2024": the one of the name's two
                # readings its text says, said (company15: a US company's archive named month first was refused, each
                # file to be renamed by hand, the day its own line gives named among two)
                sources.append(Source(path, told, kind, settled=(either[0], text_day[0][:80])))
            elif folder_day is None:
                undated.append(text_of(error))
            else:  # versions kept in dated folders (2021-02-17/privacy.html): each named, with the name to give it
                stem = _page_stem(path, folder)
                text_day = stated_day(path, languages, lang=lang or "") if _captured(folder.name) else None
                if text_day is not None and len(text_day[1]) == 1 and text_day[1][0] <= folder_day.isoformat():
                    # a capture's time is when the archive saw the text; the text says when it took effect (history
                    # 26: the capture's day was given, `index-2022-06-15.html`, for a text "Last updated: June 1"):
                    # read so, the capture said (adopt31)
                    sources.append(Source(path, dt.date.fromisoformat(text_day[1][0]), kind,
                                          captured=((_captured(folder.name) or (folder.name,))[0],
                                                    text_day[0][:80])))
                    continue
                in_folder.setdefault((folder, folder_day), []).append((path, kind, Said(
                    "import.undated-folder", path=path.relative_to(folder.parent).as_posix(),
                    renamed=f"{stem}-{folder_day.isoformat()}{path.suffix}",
                    captured=Said("import.undated-folder/captured") if _captured(folder.name) else "")))
    for (_folder, folder_day), files in in_folder.items():
        kinds = {kind for _path, kind, _said in files}
        split = split_texts.index_order([path for path, _kind, _said in files]) if len(kinds) == 1 else None
        if split is not None:  # one text in several files, its index page linking the others: one version
            sources.append(Source(split[0], folder_day, kinds.pop(), parts=split[1], indexed=True))
        else:
            undated += [said for _path, _kind, said in files]
    read = {source.date: source.path.name for source in sources}
    for path, day, _how in unread:
        if day in read and skipped is not None:  # the same version's PDF beside its Word file: nothing lost
            skipped.append(Said("import.skipped/same-day", path=str(path), day=day.isoformat(), name=read[day]))
    if missing := [prefixed(path.name, how) for path, day, how in unread if day not in read]:
        raise ConvertError(Said("import.unread-formats", count=len(missing), items=missing))
    if len(undated) == 1:
        raise ConvertError(undated[0])
    if undated:  # each said at once: an archive's names are renamed in one go, not one per run
        raise ConvertError(Said("import.undated", count=len(undated), names=undated))
    sources = _later_captures(_joined_parts(_without_copies(sources, skipped)), skipped)
    pages = {source.date: source.path.name for source in sources if source.format != "data"}
    for source in [source for source in sources if source.format == "data" and source.date in pages]:
        sources.remove(source)  # the page's own data beside it (a capture's metadata, the CMS entry it showed)
        if skipped is not None:
            skipped.append(Said("import.skipped/same-day", path=str(source.path), day=source.date.isoformat(),
                                name=pages[source.date]))
    sources.sort(key=lambda s: (s.date, s.path.name, str(s.path)))
    sources = _same_text_twice(sources, skipped)
    for before, after in zip(sources, sources[1:]):
        if before.date == after.date:
            where = Said("import.same-date/folders", first=str(before.path.parent), second=str(after.path.parent)) \
                if before.path.name == after.path.name else ""
            shown = next((s.path.name for s in (before, after) if s.format == "html"), before.path.name)
            formats = Said("import.same-date/formats", shown=shown) if before.format != after.format else ""
            if not formats and not where and before.path.parent == after.path.parent:  # one text's pages, perhaps
                formats = Said("import.same-date/parts", stem=before.path.stem, first=before.path.suffix,
                               second=after.path.suffix)
            raise ConvertError(Said("import.same-date", first=before.path.name, second=after.path.name,
                                    date=after.date.isoformat(), where=where, formats=formats))
    return sources


# A web archive's capture time, year to second (`20210301093012`: waybackpack names each capture's folder so, the
# Wayback Machine its addresses).
_CAPTURE = re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)\d{6}(?!\d)")


# which of one text's files its readers were shown, first
_SHOWN = ("html", "markdown", "data", "docx", "odt", "office", "text")


def _same_text_twice(sources: list[Source], skipped: list[str] | None) -> list[Source]:
    """`sources` without the second file of a date holding the same words as the first in another format (the page
    as published beside the Word file it was made from: `privacy-2021-02-17.html`, `privacy-2021-02-17.docx`): one
    version, the file readers were shown kept (HTML, then Markdown …), the other said in `skipped` (adopt31: refused
    as two texts of one date)."""
    kept: list[Source] = []
    for source in sources:
        twin = next((other for other in kept if other.date == source.date and other.format != source.format
                     and not other.parts and not source.parts), None)
        if twin is None or (words := _words_of(source.path)) != _words_of(twin.path) or not words:
            kept.append(source)
            continue
        shown, other = sorted((twin, source), key=lambda s: _SHOWN.index(s.format) if s.format in _SHOWN else 9)
        kept[kept.index(twin)] = shown
        if skipped is not None:
            skipped.append(Said("import.skipped/same-text", path=str(other.path), name=shown.path.name,
                                day=source.date.isoformat()))
    return kept


def _later_captures(sources: list[Source], skipped: list[str] | None) -> list[Source]:
    """`sources` without the web archive's later captures of a text dated by its own line (`Last updated: February 1,
    2021` captured on 5 March and again on 10 June: one version, its first capture kept), each said in `skipped`; two
    captures whose texts differ though they say the same day are refused: the text changed between them, on a day
    neither says (adopt31: a folder of the Wayback Machine's captures gave one text per capture, "both are dated")."""
    kept: list[Source] = []
    first: dict[dt.date, tuple[Source, list[str]]] = {}
    last: dict[dt.date, str] = {}  # the latest capture of each day's text
    for source in sorted(sources, key=lambda s: (s.date, s.captured[0], str(s.path))):
        if not source.captured[0]:
            kept.append(source)
            continue
        words = _words_of(source.path)
        if source.date not in first:
            first[source.date], last[source.date] = (source, words), source.captured[0]
            kept.append(source)
            continue
        earlier, earlier_words = first[source.date]
        if words != earlier_words:  # (`seen`: the last capture of the earlier text, the day it was still online)
            stem = source.path.stem.replace(source.captured[0], "YYYY-MM-DD") \
                if source.captured[0] in source.path.stem else f"{source.path.stem}-YYYY-MM-DD"
            raise ConvertError(Said("import.captures-differ", first=earlier.path.name, second=source.path.name,
                                    said=source.captured[1], date=source.date.isoformat(),
                                    seen=capture_day(last[source.date]), then=capture_day(source.captured[0]),
                                    renamed=f"{stem}{source.path.suffix}"))
        last[source.date] = source.captured[0]
        if skipped is not None:
            skipped.append(Said("import.skipped/capture", path=str(source.path), name=earlier.path.name,
                                day=capture_day(source.captured[0]), date=source.date.isoformat()))
    return kept


def capture_day(capture: str) -> str:
    """The day of a capture's time as written (`20210305120000`: 2021-03-05)."""
    found = _captured(capture)
    return found[1].isoformat() if found else capture


def _words_of(path: Path) -> list[str]:
    """The words of the text `path` holds, converted, casefolded: what two captures of one page are compared by (their
    toolbars, scripts and rewritten addresses aside)."""
    from policysite.convert import convert

    try:
        return re.findall(r"\w+", convert(path).markdown.casefold())
    except (ConvertError, OSError, ValueError):
        return []


def _without_copies(sources: list[Source], skipped: list[str] | None) -> list[Source]:
    """`sources` without the byte-for-byte copies of a file of the same date (a browser's second download,
    `privacy-2021-02-17 (1).html`, a file manager's `… - Copy.html`, `Copy of …`: adoption hunt 44, refused as two texts
    of one date), each said in `skipped`: the file whose name the others' hold is kept."""
    kept: list[Source] = []
    by_day: dict[dt.date, list[tuple[Source, bytes]]] = {}
    for source in sorted(sources, key=lambda s: (len(s.path.name), s.path.name, str(s.path))):
        try:
            data = source.path.read_bytes()
        except OSError:
            kept.append(source)  # (read, and said, when converted)
            continue
        same = next((first for first, bytes_ in by_day.get(source.date, []) if bytes_ == data
                     and first.path.stem.casefold() in source.path.stem.casefold()), None)
        if same is not None:
            if skipped is not None:
                skipped.append(Said("import.skipped/copy", path=str(source.path), name=same.path.name))
            continue
        by_day.setdefault(source.date, []).append((source, data))
        kept.append(source)
    return kept


# A part's number ending a file's name once its date is taken out (`privacy-2023-01-01-part-2.html`, `…_page2`,
# `… 2 of 3`, `…-teil-2`, `…-2`): a text a site showed on several pages, or a legal team kept in several files.
_PART = re.compile(r"[-_ .]*((?:part|page|pt|teil|seite|partie|parte|deel|del|czesc|część|osa|rész|resz|часть)"
                   r"[-_ .]*)?(?<!\d)(\d{1,2})(?:[-_ .]*(?:of|von|de|di|sur|van|z|из)[-_ .]*\d{1,2})?$",
                   re.IGNORECASE)


def _part(path: Path) -> tuple[str, int, bool]:
    """(the name without its date and part number, casefolded; the number, 0 where it has none; whether a word marks it
    as a part's, `part 2`) of `path`."""
    stem = _DATE.sub("", path.stem)
    found = _PART.search(stem)
    base = stem[:found.start()] if found else stem
    return (f"{path.parent}/{base.strip('-_ .').casefold()}{path.suffix.casefold()}",
            int(found.group(2)) if found else 0, bool(found and found.group(1)))


def _joined_parts(sources: list[Source]) -> list[Source]:
    """`sources` with the files of one date that are the parts of one text (in one folder and one format, the same
    name but for a part number, 1 to N: `privacy-2023-01-01-part-1.html`, `…-part-2.html`; the first may go unnumbered
    where a word marks the others', `privacy-2023-01-01.html`, `…-page-2.html`) as one source, its parts in their
    numbers' order (adoption hunt 26: refused as two texts of one date, though the old site showed one policy over
    two pages)."""
    by_day: dict[dt.date, list[Source]] = {}
    for source in sources:
        by_day.setdefault(source.date, []).append(source)
    joined: list[Source] = []
    for same_day in by_day.values():
        parts = sorted(((_part(s.path), s) for s in same_day), key=lambda pair: pair[0][1])
        numbers = [number for (_base, number, _marked), _source in parts]
        if len(same_day) > 1 and len({base for (base, _n, _m), _s in parts}) == 1 and (
                numbers == list(range(1, len(parts) + 1))
                or numbers == [0, *range(2, len(parts) + 1)] and all(marked for (_b, _n, marked), _s in parts[1:])):
            first = parts[0][1]
            joined.append(Source(first.path, first.date, first.format, first.origin,
                                 tuple(s.path for _p, s in parts[1:])))
        else:
            joined += same_day
    return joined


def _captured(name: str) -> tuple[str, dt.date] | None:
    """(as written, its day) of a web archive's capture time in `name`, if a real one."""
    for capture in _CAPTURE.finditer(name):
        try:
            return capture.group(), dt.date(*(int(g) for g in capture.groups()))
        except ValueError:
            continue
    return None


# The capture a page saved from the Wayback Machine names in its toolbar and scripts (`__wm.wombat("https://…",
# "20210217123456", …)`, "The Wayback Machine - https://web.archive.org/web/20210217123456/https://…").
_TOOLBAR_CAPTURE = re.compile(rb"""__wm\.wombat\(\s*["'][^"']*["']\s*,\s*["'](\d{14})["']"""
                              rb"|The Wayback Machine - https?://web\.archive\.org/web/(\d{14})")


def page_capture(path: Path) -> tuple[str, dt.date] | None:
    """(as written, its day) of the capture a page saved from the Wayback Machine names (see above), if it is one: the
    day the archive saw the text, not the day it took effect, to be said where its name and its text give none
    (adoption hunt 22: such a page, `privacy.html`, was refused as saying no day)."""
    if FORMATS.get(path.suffix.lower()) != "html":
        return None
    try:
        with path.open("rb") as page:
            head = page.read(256 * 1024)
    except OSError:
        return None
    found = _TOOLBAR_CAPTURE.search(head)
    captured = _captured((found.group(1) or found.group(2)).decode()) if found else None
    return captured


_INDEX = frozenset(("index", "default", "index_1", "index-1"))  # a site's page saved as its folder's index


def _page_stem(path: Path, folder: Path) -> str:
    """The name to give a version kept in a dated folder: its file's, or, for a folder's index (`…/privacy/index.html`,
    as a mirror of the web archive saves an address), the folder the page is the index of."""
    if path.stem.casefold() in _INDEX and path.parent != folder and path.parent.name:
        return path.parent.name
    return path.stem


def _dated_folder(path: Path, roots: list[Path], languages: tuple[str, ...]) -> tuple[Path, dt.date | None]:
    """The folder around `path`, up to the one given to the import, whose name holds a date (`2021-02-17/privacy.html`;
    waybackpack's `20210301093012/www.example.com/legal/privacy.html`), with that date, if any (adoption hunt 34)."""
    given = {root.resolve() for root in roots}
    for folder in list(path.parents)[:8]:
        day = _dated(folder.name, languages) or (_captured(folder.name) or ("", None))[1]
        if day is not None or folder.resolve() in given:
            return folder, day
    return path.parent, None


def _named_language(name: str, languages: tuple[str, ...]) -> str | None:
    """The language of the site (its code as the site writes it) a file's name gives as its last word before the
    extension (`privacy.fr.md`, as Hugo names a page's translations, `privacy-2021-03-01-EN.html`, `…_pt-BR.docx`),
    if any, on a site of several languages."""
    if len(languages) < 2:
        return None
    stem = os.path.splitext(name)[0]
    codes = {code.casefold().replace("_", "-"): code for code in languages}
    region = re.search(r"[._\s-]([A-Za-z]{2,3}[-_][A-Za-z]{2,4})$", stem)  # pt-BR, pt_BR, zh-Hant
    if region and region.group(1).casefold().replace("_", "-") in codes:
        return codes[region.group(1).casefold().replace("_", "-")]
    if region and re.split(r"[-_]", region.group(1).casefold())[0] in codes:  # `en-GB`, `en_US` on a site writing en
        return codes[re.split(r"[-_]", region.group(1).casefold())[0]]
    return codes.get(re.split(r"[._\s-]", stem)[-1].casefold())


def language_named(path: Path, roots: list[Path], languages: tuple[str, ...]) -> tuple[str, str] | None:
    """(the site's language, "name" or "folder") a file's name or a folder around it below `roots` says it is in
    (`privacy.en.md`, `en/privacy.md`), if any, on a site of several languages."""
    if named := _named_language(path.name, languages):
        return named, "name"
    if folder := _language_folder(path, roots, languages):
        return folder, "folder"
    return None


def _language_folder(path: Path, roots: list[Path], languages: tuple[str, ...]) -> str | None:
    """The language of the site a folder around `path` is named by (`de/`, `en-us/` for `en`, `pt_BR/`), below the
    folder given to the import (whose own name is not read), the nearest first, on a site of several languages."""
    if len(languages) < 2:
        return None
    given = {root.resolve() for root in roots if root.is_dir()}
    below = [folder for folder in path.parents if folder.resolve() in given]
    codes = {code.casefold().replace("_", "-"): code for code in languages}
    for folder in path.parents[:path.parents.index(below[0])] if below else ():  # a file named alone: none
        name = folder.name.casefold().replace("_", "-")
        if name in codes:
            return codes[name]
        region = re.fullmatch(r"([a-z]{2,3})-[a-z]{2,4}", name)  # `en-us/` on a site writing `en`
        if region and region.group(1) in codes:
            return codes[region.group(1)]
    return None


def named_document(name: str, documents: dict[str, tuple[str, ...]], document: str) -> str | None:
    """The other document of the site a file's name names (a word of it is that document's id or its page's name:
    `cookies-2023-03-01.html`, `terms_2023-03-01.docx`; or its words are those of its title in a language,
    `conditions-generales-d-utilisation-2024-03-01.html` for `Conditions générales d'utilisation`), if it names none of
    `document`'s (adoption hunt 34: a legal folder of privacy, cookie and terms versions imported with --document
    cookies was refused, two texts a day; session 49's leftover: a document known by its title only, `cgu`'s)."""
    def said(text: str) -> str:  # words apart by hyphens, each without a plural's s: `cookie-policy` names `cookies`;
        # accents and apostrophes as file names drop them (`generales-d-utilisation`)
        bare = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        words = [word for word in re.split(r"[-._\s'’]+", unicodedata.normalize("NFC", bare).casefold()) if word]
        return "-" + "-".join(word.removesuffix("s") for word in words) + "-"

    words = said(os.path.splitext(name)[0])
    named = [doc for doc, names in documents.items() if any(said(n) in words for n in names if n)]
    return named[0] if len(named) == 1 and named[0] != document else None


def _read(path: Path, markdown: str | None, title: str) -> document.Policy | None:
    """The text of `path` (`markdown`: the file converted, if it was, and `title`, its front matter's), titled by its
    front matter where it has no `# ` heading (a heading naming it again opens it: `sync.date_blocks`)."""
    from policysite import document
    from policysite.convert import convert

    try:
        converted = convert(path) if markdown is None else None
        policy = document.parse(converted.markdown if converted is not None else markdown or "", path=path.name,
                                lang="und")
    except (ConvertError, OSError, ValueError):
        return None
    title = title or (converted.meta.get("title", "") if converted is not None else "")
    return dataclasses.replace(policy, meta={**policy.meta, "title": title}) if title and not policy.title else policy


# Where a text says the day it took effect (stated_day), as the catalogue's keys name it
_PLACES = {"its text": "text", "its page header or footer": "margin"}


def stated_day(path: Path, languages: tuple[str, ...], *, lang: str = "",
               markdown: str | None = None, title: str = "") -> tuple[str, list[str], str] | None:
    """(the sentence, [YYYY-MM-DD], where it is) of the one day the text's "Last updated" line under its title says,
    if it says one (adoption hunt 29: an archive of `privacy.html`, `privacy-old.docx` was refused without the day each
    text gives); the two days one date in digits reads as (`05/06/2021`), where it says no other; where: "its text", or
    a Word file's page header or footer, where alone it says the day (adoption hunt 44); `lang`, the text's language:
    where its readers write dates in digits day first only (French, German, British English), the one day they read
    (history 25: `Mise à jour le 01/03/2023` was 1 March or 3 January). `markdown`: the file converted, if it was,
    and `title`, its front matter's."""
    from policysite import sync

    policy = _read(path, markdown, title)
    if policy is None:
        return None
    texts = [policy.title, *(block.text for block in sync.date_blocks(policy)), *cover_line(policy)]
    either, reader = None, lang  # (the import's language: `lang` names each language tried below)
    for lang in dict.fromkeys((*((reader,) if reader else ()), *languages, "en")):  # its own reading first
        effect = next(((sentence, days) for text in texts for sentence, dates in sync.stated_dates(text, lang)
                       if sync.effective(sentence) and len(days := sorted(d for d in dates if len(d) == 10)) == 1),
                      None)
        if effect is not None:  # "Effective date: March 1" beside "Last updated: February 15": the day it took effect
            return effect[0], effect[1], "its text"
        for text in texts:
            for sentence, dates in sync.stated_dates(text, lang):
                days = sorted(day for day in dates if len(day) == 10)
                if len(days) == 1 and not (either and either[0] == sentence):  # (not another language's reading
                    return sentence, days, "its text"  # of digits its own readers read either way: `03.04.2023`)
                one, other = days if len(days) == 2 else ("", "")
                if one and one[:4] == other[:4] and one[5:7] == other[8:] and one[8:] == other[5:7]:
                    read = sync.day_first(sentence, reader) & set(days) if reader and sync.writes_day_first(reader) \
                        else set()
                    if len(read) == 1:  # `01/03/2023` in French: 1 March, as its readers read it
                        return sentence, sorted(read), "its text"
                    either = either or (sentence, days, "its text")
    if FORMATS.get(path.suffix.lower()) in ("markdown", "html"):  # a site generator's page, dated by its front
        from policysite.convert import html_source, markdown_source  # matter (a Jekyll site's privacy.html's too)
        from policysite.convert.notes import Notes

        html = FORMATS.get(path.suffix.lower()) == "html"
        try:
            text = (html_source if html else markdown_source).decode(path.read_bytes(), Notes())
            dated = markdown_source.front_matter_day(text, languages=(*((reader,) if reader else ()), *languages)) \
                if not html or text.startswith(("---", "+++")) else None
        except (OSError, ValueError):
            dated = None
        if dated is not None:
            # `date:` is the day a Hugo or Jekyll page was first published, kept as the text is revised: the later day
            # its own closing lines show readers (`JST 2023年 8月 26日: 改定` ending a revision list) is this text's
            later = _closing(policy, languages) if dated[0].startswith("date:") else None
            if later is not None and later[1] > dated[1]:
                return later[0], [later[1]], "its text"
            return dated[0], [dated[1]], "its text"
    if FORMATS.get(path.suffix.lower()) == "data":  # a site's data file, dated by its field (`updated:`)
        from policysite.convert import data_source

        try:
            field = data_source.stated_day(path.read_bytes(), name=path.name, languages=(lang, *languages))
        except OSError:
            field = None
        if field is not None:
            return field[0], [field[1]], "its text"
    if either:
        return either
    if closing := _closing(policy, languages):
        return closing[0], [closing[1]], "its text"
    if FORMATS.get(path.suffix.lower()) == "docx" and (margin := margin_day(path, languages)):
        return margin[0], [margin[1]], "its page header or footer"  # a Word file dated there only
    return None


def notion_day(path: Path, languages: tuple[str, ...]) -> tuple[str, str, bool] | None:
    """(the property, YYYY-MM-DD, whether it is Notion's record of the page's last edit) of the day a Notion export's
    properties give its page (`Effective date: 1 March 2024`, else `Last edited time: March 1, 2024 3:45 PM`), where
    its text says none: the import names it, asking for the file's name to carry the day its text took effect
    (adoption 11 of session 34: such an export was "no date in the file name", its day unsaid)."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import sync
    from policysite.convert import html_source, markdown_source, notion_markdown
    from policysite.convert.notes import Notes

    kind = FORMATS.get(path.suffix.lower())
    try:
        if kind == "markdown":
            lines = notion_markdown.dated_properties(markdown_source.decode(path.read_bytes(), Notes()), path.name)
        elif kind == "html":  # its HTML export's table of them (`<time>@March 1, 2024</time>`)
            tree = LexborHTMLParser(html_source.decode(path.read_bytes(), Notes()))
            lines = notion_markdown.dating([
                f"{' '.join(key.text(deep=True).split())}: {' '.join(value.text(deep=True).split()).lstrip('@')}"
                for row in tree.css(f"{html_source.PROPERTIES} tr")
                if (key := row.css_first("th")) is not None and (value := row.css_first("td")) is not None])
        else:
            return None
    except (OSError, ValueError):
        return None
    for line in lines:
        for lang in dict.fromkeys((*(one for one in languages if one), "en")):
            days = sorted({day for _sentence, dates in sync.stated_dates(line, lang) for day in dates
                           if len(day) == 10})
            if len(days) == 1:
                return line, days[0], notion_markdown.edited(line)
    return None


def cover_line(policy: document.Policy) -> list[str]:
    """The words of the block closing a text's opening above its first section, beyond the first three `date_blocks`
    reads, where it is one short sentence: the date line a title page ends with (a German Word policy's cover, its
    title, the company, its address, then `Stand: 15. Juni 2023` and a page break: adopt21, the file refused as "no
    date in the file name" with its day unsaid)."""
    from policysite import sync

    last = policy.preamble[-1] if len(policy.preamble) > 3 and policy.sections else None
    return [last.text] if last is not None and last.kind in ("paragraph", "item") and \
        sync.one_short_sentence(last.text) else []


def stated_month(path: Path, languages: tuple[str, ...], *, markdown: str | None = None,
                 title: str = "") -> tuple[str, str] | None:
    """(the sentence, YYYY-MM) of the one month a text's "Last updated" line under its title names without its day
    ("Updated March 2023", "Stand: März 2023"), where it says no day (`stated_day`): the import asks for the day
    rather than inventing one (history 26: such a file was "no date in the file name", its line unsaid)."""
    from policysite import sync

    policy = _read(path, markdown, title)
    if policy is None:
        return None
    for lang in dict.fromkeys((*languages, "en")):
        found = {(sentence, month) for text in [policy.title, *(block.text for block in sync.date_blocks(policy))]
                 for sentence, dates in sync.stated_dates(text, lang) for month in dates if len(month) == 7}
        if len({month for _sentence, month in found}) == 1:
            return min(found)
    return None


def stated_period(path: Path, languages: tuple[str, ...], *, markdown: str | None = None) -> str | None:
    """The sentence of a text's "Last updated" line under its title that names a part of a year, not a day
    ("Effective: Q1 2023", "Spring 2023", "mid-2023", "Stand: Frühjahr 2023"), where it says no day nor month: the
    import asks for the day rather than guessing one (texts 27: such a file was "no date in the file name", its line
    unsaid)."""
    from policysite import document, year_parts
    from policysite.convert import convert

    try:
        policy = document.parse(convert(path).markdown if markdown is None else markdown, path=path.name,
                                lang="und")
    except (ConvertError, OSError, ValueError):
        return None
    for lang in dict.fromkeys((*languages, "en")):
        for text in [policy.title, *(block.text for block in policy.preamble[:3])]:
            if found := year_parts.stated_parts(text, lang):
                return found[0]
    return None


def margin_day(path: Path, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """(the sentence, YYYY-MM-DD) of the one day a Word file's page headers and footers say ("Version 3 – 1 March
    2022"), read in the site's languages then English; None where they say none, or several."""
    for found in _margin_dates(path, languages):
        if len({day for _sentence, day in found}) == 1:
            return min(found)
    return None


def margin_dated(path: Path, languages: tuple[str, ...]) -> bool:
    """Whether a Word file's page headers or footers say any day, in the site's languages or English (two days
    there name none the import can take, but the file is dated there, not by when it was saved)."""
    return FORMATS.get(path.suffix.lower()) == "docx" and any(_margin_dates(path, languages))


def _margin_dates(path: Path, languages: tuple[str, ...]) -> Iterator[set[tuple[str, str]]]:
    """Each language's (the sentence, YYYY-MM-DD) read in a Word file's page headers and footers, the site's
    languages first, then English."""
    from policysite import sync
    from policysite.convert import docx_source

    margins = docx_source.margin_paragraphs(path)
    for lang in dict.fromkeys((*languages, "en")):
        yield {(sentence, day) for text in margins for sentence, dates in sync.stated_dates(text, lang)
               for day in dates if len(day) == 10}


def _closing(policy: document.Policy, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """`closing_day` read in the site's languages, then English: the first that reads one."""
    for lang in dict.fromkeys((*languages, "en")):
        if closing := closing_day(policy, lang):
            return closing
    return None


def closing_day(policy: document.Policy, lang: str) -> tuple[str, str] | None:
    """(the sentence, YYYY-MM-DD) of the latest day the short dated lines ending a text say: the dates a Japanese,
    Korean or Chinese policy closes with (`制定日：2021年4月1日` over `最終改定日：2023年7月1日`, then `以上`), a
    German one's `Stand: 1. März 2022` under its last section (adoption hunt 43: only the lines under the title were
    read, and such a text's own day was never given); or the entries of a change log ending it, each starting with its
    day (`September 18, 2013: Added …`, newest first: Automattic's privacy policy was dated by its oldest short
    entries, 29 October 2009 for a text of 2014 listing changes of 2013), or its rows, a table's first column their
    days (a README's `| 2023-06-01 | Added … |`: session 33, it said no day at all)."""
    from policysite import sync

    blocks = policy.sections[-1].blocks if policy.sections else policy.preamble
    days = [(day, sentence) for block in blocks[-_closing_lines(blocks):]
            if block.kind in ("paragraph", "item") or block.kind == "row" and _dated_row(block)
            for line in (block.lines or block.text).split("\n")  # each line its own: revisions listed in one
            for sentence, dates in sync.stated_dates(line, lang) for day in dates if len(day) == 10]  # paragraph
    entries = []  # a change log ending the text, newest first or last: each entry's day (its words may be long)
    for block in reversed(blocks):
        entry = _ENTRY.match(block.text) if block.kind in ("paragraph", "item") else None
        written = entry.group(1) if entry else block.cells[0] if block.kind == "row" and block.cells else ""
        dated = sorted(day for day in sync.dates_in(written, lang) if len(day) == 10) if written else []
        if len(dated) != 1:
            break
        entries.append((dated[0], block.text))
    days += entries if len(entries) >= 2 else []
    if not days:
        return None
    day, sentence = max(days)
    return sentence, day


def _dated_row(row: document.Block) -> bool:
    """Whether a table's row is a day beside its label or its version alone (a closing table's `Stand: | 15. Juni
    2023`, a version table's `2 | 15. Juni 2023`: adopt21, its day was not read), each cell of four words at most; not
    a change log's entry, whose words say what changed (a lone one is no log: `_ENTRY`'s rows, two at least)."""
    return bool(row.cells) and all(len(cell.split()) <= 4 for cell in row.cells)


def _closing_lines(blocks: list[document.Block]) -> int:
    """How many blocks end a text as its closing lines: three, or more where the text ends with short lines alone (a
    German Word policy's `Stand: 15. Juni 2023` over the company's name, street, town and e-mail: adopt21, its day
    was not read), eight at most."""
    from policysite import sync

    short = 0
    for block in reversed(blocks[-8:]):
        if block.kind not in ("paragraph", "item") or not sync.one_short_sentence(block.text):
            break
        short += 1
    return max(3, short)


# A change log's entry: its day, then a colon or a dash, then what changed (`_January 1, 2021_: Included …`).
_ENTRY = re.compile(r"\s*(\S(?:[^:–—\n]{0,40}?\d)[.)]?)\s*(?::|\s[-–—])\s")


_YEAR_ALONE = re.compile(r"(?<![\d.])(?:19|20)\d\d(?![\d.])")


def _year_alone(stem: str) -> re.Match[str] | None:
    """The one year a file's name holds without a month or day (`v3-2022`, `privacy_policy_2019`), if it holds one."""
    years = list(_YEAR_ALONE.finditer(stem))
    return years[0] if len(years) == 1 else None


def undated(name: str, languages: tuple[str, ...] = ()) -> bool:
    """Whether a file's name holds no date the import reads."""
    return _dated(name, languages) is None


def _dated(name: str, languages: tuple[str, ...]) -> dt.date | None:
    try:
        return date_in_name(name, languages=languages)
    except ConvertError:
        return None


def _year_last_parts(written: str) -> tuple[int, int, int]:
    """A date written year last (`03.15.2023`, `05-06-2021`, `17022021`): its first and second numbers and its year."""
    parts = re.split(r"[-_.]", written) if not written.isdigit() else [written[:2], written[2:4], written[4:]]
    first, second, year = (int(part) for part in parts)
    return first, second, year


def _year_last(written: str) -> list[dt.date]:
    """The days a date written year last (`03.15.2023`, `05-06-2021`) may be, day first or month first."""
    first, second, year = _year_last_parts(written)
    days = set()
    for day, month in ((first, second), (second, first)):
        try:
            days.add(dt.date(year, month, day))
        except ValueError:
            pass
    return sorted(days)


def _readings(written: str, languages: tuple[str, ...]) -> list[dt.date]:
    """The days a date written year last may be to the site's team: the one day first where its form says so, with
    dots (sync.day_first_form: `01.04.2024` is 1 April in any language, adopt56), or its languages read so (`01-03-2021`
    day first in Dutch), else each real day of day first and month first."""
    from policysite import sync

    readings = _year_last(written)
    if len(readings) == 2 and not written.isdigit() and (sync.day_first_form(written)
                                                          or _day_first_by(written, languages)):
        day, month, year = _year_last_parts(written)
        return [dt.date(year, month, day)]
    return readings


def year_last_either(name: str, languages: tuple[str, ...]) -> tuple[str, list[dt.date]] | None:
    """(the date as `name` writes it, its two days) where `name`'s only date is written year last and may be read day
    first or month first (`privacy-policy-01-05-2024.md`: 5 January or 1 May), as date_in_name refuses it; else None."""
    if any(_a_day(match) for match in _DATE.finditer(name)) or not (found := _DAY_FIRST.search(name)):
        return None  # (`01032023` is no day read year first: 0103-20-23)
    readings = _readings(found.group(), languages)
    return (found.group(), readings) if len(readings) == 2 else None


def _a_day(match: re.Match[str]) -> bool:
    """A date year first that _DATE found is a day of the calendar."""
    try:
        dt.date(*(int(group) for group in match.groups() if group is not None))
    except ValueError:
        return False
    return True


def _day_first_by(written: str, languages: tuple[str, ...]) -> bool:
    """Whether the site's languages that write a date in digits with `written`'s separator (German and Russian
    `01.03.2021`, Dutch `01-03-2021`) all write the day first: then `01.03.2021` is 1 March to its team, and English,
    whose readers may put the month first, writes its dates with slashes, never so. Where none writes that separator,
    whether all the site's languages write the day first (a Brazilian team's `10.01.2021`, its own `10/01/2021`)."""
    from babel.dates import get_date_format

    from policysite import sync

    separator = next(c for c in written if not c.isdigit())
    readers = []
    for lang in languages:
        try:
            pattern = get_date_format("short", locale=lang.replace("-", "_")).pattern
        except (UnknownLocaleError, ValueError):
            continue
        if re.search(rf"[dM]+{re.escape(separator)}[dM]+", pattern):
            readers.append(lang)
    readers = readers or list(languages)
    return bool(readers) and all(sync.writes_day_first(lang) for lang in readers)


_SHORT_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")


def date_in_name(name: str, *, languages: tuple[str, ...] = ()) -> dt.date:
    """The one real date in a file name, or a ConvertError starting with the name."""
    found: set[dt.date] = set()
    impossible = []
    for match in _DATE.finditer(name):
        year, month, day = (int(g) for g in match.groups() if g is not None)
        try:
            found.add(dt.date(year, month, day))
        except ValueError:
            impossible.append(match.group())  # 2021-02-30; or 20191399, a number rather than a date
    if not found:
        hint = Said("import.date-hint")
        if any("-" in d or "_" in d for d in impossible):
            raise ConvertError(Said("import.date-impossible", name=name, dates=", ".join(impossible), hint=hint))
        day_first = _DAY_FIRST.search(name)
        readings = _readings(day_first.group(), languages) if day_first else []
        if day_first and (readings or not day_first.group().isdigit()):  # (8 digits that are no day: a number)
            if len(readings) == 1:  # `17.02.2021`, `03.15.2023`: one reading only is a day, read so (adopt32: it was
                return readings[0]  # refused with the name to write, though no other day could be meant)
            raise ConvertError(Said("import.date-year-last/ambiguous", name=name, date=day_first.group(), hint=hint,
                                    renamed=[name.replace(day_first.group(), day.isoformat(), 1) for day in readings]))
        short = _SHORT_DATE.search(name)
        if short:
            year, month, day = (int(g) for g in short.groups())
            raise ConvertError(Said("import.date-short", name=name, date=short.group(),
                                    day=f"{year:04d}-{month:02d}-{day:02d}", hint=hint))
        worded = _worded_date(name, languages)
        if worded:  # `privacy-march-1-2023.html`, `Datenschutz Stand 1. März 2024.docx`: one day, read (adopt32: it
            return worded  # was refused with the name to write, as a date year last was)
        only = _month_only(name, languages)
        if only:
            raise ConvertError(Said("import.date-month", name=name, month=only[0], example=f"{only[1]}-01"))
        capture = _captured(name)
        if capture:
            raise ConvertError(Said("import.date-capture", name=name, capture=capture[0],
                                    day=capture[1].isoformat(), hint=hint))
        raise ConvertError(Said("import.date-none", name=name, hint=hint))
    if len(found) > 1:
        dates = ", ".join(d.isoformat() for d in sorted(found))
        raise ConvertError(Said("import.date-several", name=name, dates=dates))
    taken = found.pop()
    from policysite import sync
    from policysite.checks import FIRST_YEAR, LAST_YEAR

    buddhist = _buddhist(taken)
    if buddhist and any(lang.split("-")[0].lower() == "th" for lang in languages):
        return buddhist  # `privacy-2564-02-17.html` of a Thai site: its Buddhist year, as its text's dates (adopt48)
    if 1300 <= taken.year < 1600 or not FIRST_YEAR <= taken.year <= LAST_YEAR:
        # `privacy-1401-12-12.html`: a day of the Solar Hijri or the Hijri calendar (adopt31); `privacy-2564-02-17.html`
        # of Thailand's Buddhist one (adopt48: imported as a version of the year 2564, which the check then refused)
        calendars: dict[str, str] = {}
        for calendar, lang in (("solar", sync.SOLAR_HIJRI[0]), ("lunar", sync.HIJRI[0])):
            try:
                reading = sync.gregorian(taken.year, taken.month, taken.day, lang)
            except (ValueError, OverflowError):
                continue
            if 1990 <= reading.year <= dt.date.today().year + 5:  # (a day of the web's policies only)
                calendars[calendar] = reading.isoformat()
        if buddhist:
            calendars["buddhist"] = buddhist.isoformat()
        raise ConvertError(Said("import.date-calendar", name=name, date=taken.isoformat(), year=taken.year,
                                solar=Said("import.date-calendar/solar", day=calendars["solar"])
                                if "solar" in calendars else "",
                                lunar=Said("import.date-calendar/lunar", day=calendars["lunar"])
                                if "lunar" in calendars else "",
                                buddhist=Said("import.date-calendar/buddhist", day=calendars["buddhist"])
                                if "buddhist" in calendars else "", hint=Said("import.date-hint")))
    return taken


def _buddhist(day: dt.date) -> dt.date | None:
    """`day` read as a day of Thailand's Buddhist Era (2564-02-17 is 2021-02-17) where its year is one of a policy's
    there (its Gregorian year between 1990 and five years from now), else None."""
    from policysite import sync

    year = sync.gregorian_year(day.year, "th")
    if year == day.year or not 1990 <= year <= dt.date.today().year + 5:
        return None
    try:
        return day.replace(year=year)
    except ValueError:
        return None


_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th|er|e|º|ª|\.)?"  # 1st, 1er (French), 1. (German), 1º (Spanish)
_YEAR = r"(?P<year>\d{4})(?!\d)"


@functools.lru_cache(maxsize=32)
def _months(languages: tuple[str, ...]) -> dict[str, int]:
    """Each month's names (whole and abbreviated, as a date writes it and alone: `März`, `mars`, `janv`, `марта`) in
    English and in `languages`, as Babel has them, casefolded (and in the genitive a date puts them in where Babel
    does not: sync.GENITIVE_AFTER_DAY); a name two months share is nobody's."""
    from policysite import sync

    names: dict[str, set[int]] = {}
    bare: dict[str, set[int]] = {}  # written without accents: a month's only where no name is written so (_unaccented)
    for code in dict.fromkeys(("en", *languages)):
        try:
            locale = Locale.parse(code.replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            continue
        glued = _glued(locale)
        genitive = sync.GENITIVE_AFTER_DAY.get(code.split("-")[0].lower())  # Serbian's `1-marta-2024`
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for month, written in get_month_names(width, context, locale=locale).items():
                    name = unicodedata.normalize("NFC", written).casefold().rstrip(".")
                    if len(name) >= 3 and _a_name(name):
                        for form in _unaccented(name):
                            bare.setdefault(form, set()).add(month)
                        for said in dict.fromkeys((name, strings.ezafe(name, code), *month_spellings.spellings(name),
                                                   *([genitive(name)] if genitive and width == "wide" else []))):
                            names.setdefault(said, set()).add(month)  # (Persian's فوریهٔ as well, Hindi's फरवरी)
                            if glued:
                                names.setdefault(glued + said, set()).add(month)
        for name, month in month_spellings.other_months(code).items():  # Vietnamese `thang-hai` (adopt48)
            names.setdefault(name, set()).add(month)
            for form in _unaccented(name):
                bare.setdefault(form, set()).add(month)
    names.setdefault("sept", {9})
    return {name: next(iter(months)) for name, months in {**bare, **names}.items() if len(months) == 1}


def _unaccented(name: str) -> tuple[str, ...]:
    """A Latin or Greek month's name as a file name may write it without its accents, as page builders and exports
    make a name of a title (`politica-marco-2023` for março, `fevrier`, `φεβρουαριου`; German's `maerz` and
    `marz`); Persian's ezafe is strings.ezafe's. () where it has none or is of another script, whose marks are
    its vowels. Vietnamese's letters of two marks (`mười`, `một`: Latin Extended Additional) are Latin too."""
    decomposed = unicodedata.normalize("NFD", name)
    if not all(char < "\u0400" for char in decomposed):
        return ()
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    spelt = name.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    return tuple(form for form in dict.fromkeys((bare, spelt)) if form != name)


def _a_word(name: str) -> bool:
    """Whether a month's name is a word alone: letters, with the marks of their script (Hindi's जनवरी, Thai's
    กุมภาพันธ์, Tamil's, Khmer's vowel signs, Persian's ezafe) and the joiners inside a word (ZWNJ, ZWJ), where
    `isalpha` counted a vowel sign as no letter and left every month of those languages unread; an abbreviation's
    point (`ก.พ`, Hindi's `अग॰`) is none."""
    return any(char.isalpha() for char in name) and all(
        char.isalpha() or unicodedata.category(char).startswith("M") or char in "\u200c\u200d" for char in name)


def _a_name(name: str) -> bool:
    """Whether a month's name is words alone (_a_word), or words and its number, as Vietnamese numbers its months
    (`tháng 2`, the second month: its every month was left unread)."""
    parts = name.split()
    return any(_a_word(part) for part in parts) and all(_a_word(part) or part.isdigit() for part in parts)


def _glued(locale: Locale) -> str:
    """The letters a language's dates write onto the month's name, Hebrew's ב (`15 במרץ 2024`: "d בMMMM y" in its
    long date pattern); "" for the others, whose month stands apart (`15 de marzo de 2024`)."""
    glued = re.search(r"(\S*)MMMM", locale.date_formats["long"].pattern)
    return glued.group(1) if glued and re.fullmatch(r"[^\W\d_A-Za-z]+", glued.group(1)) else ""


def _worded_date(name: str, languages: tuple[str, ...] = ()) -> dt.date | None:
    """The day a file name writes with a month's name in English or a language of the site, and that language's words
    of a date (`March 1, 2023`, `15-january-2021`, `1. März 2023`, `15 de enero de 2021`, `2021-m-vasario-17-d`,
    `2021-gada-17-februaris`, `ngay-17-thang-2-nam-2021`: date_words), if real."""
    months, between = _months(languages), date_words.separator(languages)
    # a word apart: between spaces, hyphens or underscores (`informativa_12_gennaio_2023`)
    month = "(?P<month>" + "|".join(date_words.month_pattern(m) for m in sorted(months, key=len, reverse=True)) + \
        r")\.?(?![^\W_])"
    text = unicodedata.normalize("NFC", name).casefold()
    for pattern in (rf"(?<![^\W_]){_DAY}{between}{month}{between}{_YEAR}",  # 15-january-2021, 1. März 2023
                    rf"(?<![^\W_]){month}{between}{_DAY}{between}{_YEAR}",  # March 1, 2023
                    rf"(?<!\d){_YEAR}\.?{between}{month}{between}{_DAY}(?!\d)",  # 2021. március 15. (Hungarian)
                    rf"(?<!\d){_YEAR}\.?{between}{_DAY}{between}{month}"):  # 2021. gada 17. februāris (Latvian)
        match = re.search(pattern, text)
        if match:
            try:
                return dt.date(_year(int(match["year"]), languages), months[date_words.month_key(match["month"])],
                               int(match["day"]))
            except ValueError:
                return None
    cjk = _CJK_DATE.search(text)  # 2019年5月24日, 2019년 5월 24일: year first, whatever the site's languages
    if cjk:
        try:
            return dt.date(int(cjk["year"]), int(cjk["month"]), int(cjk["day"]))
        except ValueError:
            return None
    return None


_CJK_DATE = re.compile(r"(?<!\d)(?P<year>\d{4})\s*[年년][-_\s]*(?P<month>\d{1,2})\s*[月월][-_\s]*"
                       r"(?P<day>\d{1,2})\s*[日일]")


def _year(year: int, languages: tuple[str, ...]) -> int:
    """A year a file name writes as the Gregorian calendar counts it: a Thai site's past 2400 is of the Buddhist Era
    (`17 กุมภาพันธ์ 2564`: 2021), as the sync check reads its text's (sync.gregorian_year)."""
    from policysite import sync

    return min((sync.gregorian_year(year, lang) for lang in languages), default=year)


_YEAR_MONTH = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.](0[1-9]|1[0-2])(?![\d])")


def _month_only(name: str, languages: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(as written, YYYY-MM) of a month and year without a day in a file name (`2023-03`, `March 2023`, `2023 March`),
    if any."""
    digits = _YEAR_MONTH.search(name)
    if digits:
        return digits.group(), f"{digits.group(1)}-{digits.group(2)}"
    months = _months(languages)
    names = "|".join(date_words.month_pattern(m) for m in sorted(months, key=len, reverse=True))
    worded = re.search(rf"(?<![^\W_])(?P<month>{names})\.?{date_words.separator(languages)}{_YEAR}",
                       unicodedata.normalize("NFC", name), re.I) or \
        re.search(rf"(?<!\d){_YEAR}{date_words.separator(languages)}(?P<month>{names})(?![^\W_])(?![\W_]*\d)",
                  unicodedata.normalize("NFC", name), re.I)  # year first: `2019 March`, `privacy_2019_march` (adopt53)
    month = months.get(date_words.month_key(worded["month"].casefold())) if worded else None
    return (worded.group(), f"{worded['year']}-{month:02d}") if worded and month else None


# The word a browser adds to a saved page's name for the folder of its resources, as each language's Firefox
# writes it (Chrome and Edge write `_files` in every language).
_RESOURCES = frozenset({"files", "dateien", "fichiers", "archivos", "arquivos", "file", "bestanden", "pliki", "filer",
                        "tiedostot", "soubory", "súbory", "fájlok", "dosyalar", "файлы", "файли", "αρχεία"})


# A page Notion exported (Export › Markdown & CSV, or HTML) is a file named after it and its 32-digit id, `Privacy
# Policy 8a1b…ef.md`, beside a folder of the same name holding its subpages, images and files.
_NOTION_ID = re.compile(r" [0-9a-f]{32}$")


def notion_page_of(path: Path, roots: list[Path]) -> Path | None:
    """The page Notion exported whose folder, below `roots` (the import's), holds `path` (`Privacy Policy 8a1b…ef/Data
    map 77c2…01.md` beside `Privacy Policy 8a1b…ef.md`), if one does: its subpages and files are no version of the
    text (adopt53: an undated subpage there refused the whole import); a dated file there is read as any other."""
    for folder in path.parents:
        if folder in roots or not any(root in folder.parents for root in roots):
            return None
        if _NOTION_ID.search(folder.name):
            for suffix in (".md", ".markdown", ".html"):
                if (page := folder.with_name(folder.name + suffix)).is_file():
                    return page
    return None


def _resources_of(folder: str, names: list[str]) -> bool:
    """Whether `folder` holds what a browser saved with a page of `names` ("Save Page As…, complete": `privacy_files/`
    beside `privacy.html`, `-Dateien`, `_fichiers`, `_archivos` in other languages' browsers); `privacy-old/` beside
    `privacy.html` is an archive of versions, read."""
    for name in names:
        stem, suffix = os.path.splitext(name)
        if FORMATS.get(suffix.lower()) == "html" and folder.startswith(stem) and folder[len(stem):len(stem) + 1] in \
                ("_", "-") and folder[len(stem) + 1:].casefold() in _RESOURCES:
            return True
    return False


def _refuse_links(folder: str, names: list[str]) -> None:
    """A symbolic link in a folder given to import is refused, naming where it points: the text committed would be
    whatever file it reaches on this machine (`politique-2020-06-01.md -> ~/.aws/credentials` in an archive received
    was committed as the 2020-06-01 text, the key in the project's history; safety hunt 22). A folder or file named on
    the command line may be a link: the user chose it."""
    links = sorted(name for name in names if os.path.islink(os.path.join(folder, name)))
    if links:
        first = Path(folder, links[0])
        raise ConvertError(Said("import.symlink", path=str(first), target=os.readlink(first),
                                more=Said("import.symlink/more", count=len(links) - 1) if len(links) > 1 else ""))


def _kind(path: Path) -> str:
    """What a path that exists is when it is neither a file nor a folder ("" for those)."""
    mode = path.stat().st_mode
    for test, kind in ((stat.S_ISFIFO, "fifo"), (stat.S_ISSOCK, "socket"), (stat.S_ISCHR, "device"),
                       (stat.S_ISBLK, "device")):
        if test(mode):
            return kind
    return "" if stat.S_ISREG(mode) or stat.S_ISDIR(mode) else "other"


def _refuse_special(path: Path) -> None:
    """A named pipe, socket or device is refused, naming what it is: reading a pipe waits for a writer that never
    comes (a folder holding one hung the import), and `/dev/null` was said to be "no such file" (session 39)."""
    kind = _kind(path)
    if kind:
        raise ConvertError(Said("import.not-a-file", name=path.name or str(path), path=str(path),
                                kind=Said(f"import.not-a-file/{kind}")))


_BUNDLES = frozenset((".pages", ".rtfd"))


def zips_in(folder: Path, languages: tuple[str, ...] = ()) -> list[Path]:
    """The zip archives of earlier texts under `folder` (its name holding no date: a dated one is a version in a
    format import does not read), as the import walks it: read as the folders they hold (history 26: "skipped: a zip
    archive: unzip it", the archive's versions left out)."""
    return [path for path in _files([folder]) if path.suffix.lower() == ".zip" and path.is_file()
            and undated(path.name, languages)]


def _files(paths: list[Path], skipped: list[str] | None = None) -> list[Path]:
    """Every file named or under a folder named, once each, in the order given (folders in name order), but in a
    folder of a page's saved resources (said in `skipped`)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir() and path.suffix.lower() in _BUNDLES:
            files.append(path)
        elif path.is_dir():
            for folder, dirs, names in os.walk(path):
                resources = [d for d in dirs if _resources_of(d, names)]
                if skipped is not None:
                    skipped += [Said("import.skipped/resources", path=str(Path(folder, d))) for d in sorted(resources)]
                # a document macOS keeps as a folder (Pages' `.pages`, TextEdit's `.rtfd`): a version, refused with
                # what to save it as, not a folder of files (adoption hunt 43: "no dated text found")
                bundles = [d for d in dirs if Path(d).suffix.lower() in _BUNDLES]
                files += [Path(folder, d) for d in sorted(bundles)]
                dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in resources and d != "__MACOSX"
                                 and d not in bundles)
                owners = sorted(n for n in names if n.startswith("~$"))  # Word's lock file, left while it is open
                if skipped is not None:
                    skipped += [Said("import.skipped/word-lock", path=str(Path(folder, n))) for n in owners]
                names = [n for n in names if not n.startswith("~$")]
                _refuse_links(folder, [d for d in dirs if not d.startswith(".")] + names)
                for name in names:
                    if not name.startswith("."):
                        _refuse_special(Path(folder, name))
                files += [Path(folder, n) for n in sorted(names) if not n.startswith(".")]
        elif path.is_file():
            files.append(path)
        elif path.exists():
            _refuse_special(path)
        else:
            raise ConvertError(Said("import.no-such-file", name=path.name or str(path), path=str(path)))
    seen: set[Path] = set()
    unique = []
    for file in files:
        key = file.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(file)
    return unique
