"""`policy import`: a company's earlier texts, each dated by its file name, committed oldest first.

Each distinct text becomes one commit whose front matter and commit date are the day it took
effect. Nothing is reworded: the text is converted to Markdown, given its front matter, and what
the gate would refuse is neutralised (`convert`), as is an in-page link that lands nowhere; every
change is said, per file. A text identical to the one before is skipped; so is a text already
committed for its date, so that running the import twice adds nothing. Each imported page is
recorded in `imported.yml` (see `imported`), and a translation is committed beside the
authoritative text of each version it renders.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import git as gitpython

from policysite import (
    anchors,
    characters,
    clock,
    config_rules,
    declare,
    document,
    editorial,
    git,
    git_sources,
    heading_numbers,
    history,
    imported,
    settings as policy_settings,
    spelling,
    staleness,
    strings,
    sync,
)
from policysite.convert import (
    Converted,
    ConvertError,
    Source,
    convert,
    credits,
    dated_sources,
    isolates,
    language_runs,
    markdown_lines,
    markdown_source,
    own_links,
    parts,
    sources,
    urls,
    zipped,
)
from policysite.convert.notes import Notes, clipped, each_quoted
from policysite.convert.sources import read_formats, undated, zips_in
from policysite.errors import ImportRefused
from policysite.files import shown as shown_path
from policysite.messages import Said, of_site, replaced, said_in, text_of
from policysite.settings import Settings

FALLBACK_NAME, FALLBACK_EMAIL = "policy import", "policy-import@localhost"


@dataclass
class Report:
    """What the import did, file by file."""

    lines: list[str] = field(default_factory=list)
    commits: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # files not imported, each said with why


@dataclass(frozen=True)
class Text:
    """One source converted into the page it becomes (without its date)."""

    source: Source
    body: str
    meta: dict
    notes: tuple[str, ...]

    def page(self, date: dt.date) -> str:
        return "\n".join([*self._front_matter(date), self.body.strip("\n"), ""])

    def _front_matter(self, date: dt.date) -> list[str]:
        """The page's lines above its body: its front matter and the blank line under it."""
        lines = ["---", f"date: {date.isoformat()}"]
        for key in ("title", "description"):
            if isinstance(self.meta.get(key), str) and self.meta[key].strip():
                lines.append(f"{key}: {json.dumps(' '.join(self.meta[key].split()), ensure_ascii=False)}")
        return [*lines, "---", ""]

    def body_offset(self) -> int:
        """What to add to a line of `body` to name the line of the committed page holding it (the front matter above
        it, the blank lines it starts with left out)."""
        return len(self._front_matter(dt.date.min)) - (len(self.body) - len(self.body.lstrip("\n")))


INNER_ZIPS = 20  # zips read inside the folders given, each up to zipped.LIMIT: beyond, no archive of policies


def run(*, root: Path, lang: str, paths: list[Path], say: Callable[[str], None] = print,
        document: str | None = None, from_git: bool = False, ref: str = "", new_document: bool = False) -> Report:
    """Import the dated texts of `lang` found at `paths` into the repository at `root`, as the texts of one of its
    documents (`document`, its id in extra.policy.documents; needed where the site has several; `new_document`:
    declared there first, in a commit of its own, titled as its newest text); `from_git`: each text the files at
    `paths` held in their own repository's history (`git_sources`), that of `ref` if given."""
    if ref and not from_git:
        raise ImportRefused(Said("import.ref-without-git", ref=ref))
    unzipped: dict[str, str] = {}  # each zip's temporary folder -> the zip, as the lines and errors name its files

    def shown(line: str) -> str:
        for folder, archive in unzipped.items():
            line = replaced(line, folder, archive)
        return line

    with tempfile.TemporaryDirectory(prefix="policy-import-") as folder:
        try:
            return _run(root=root, lang=lang, paths=paths, say=lambda line: say(shown(line)), document=document,
                        from_git=from_git, work=Path(folder), unzipped=unzipped, ref=ref, new_document=new_document)
        except (ConvertError, ImportRefused) as exc:
            if not unzipped:
                raise
            raise type(exc)(shown(text_of(exc))) from None


def _run(*, root: Path, lang: str, paths: list[Path], say: Callable[[str], None], document: str | None,
         from_git: bool, work: Path, unzipped: dict[str, str], ref: str = "", new_document: bool = False) -> Report:
    settings = site = policy_settings.load(root)
    if new_document and not document:
        raise ImportRefused(Said("import.new-document-id"))
    if document is None and len(settings.all_documents) > 1:
        known = ", ".join(d.id for d in settings.all_documents)
        raise ImportRefused(Said("import.several-documents", known=known))
    if new_document and document:  # its entry as the import will write it, its title from the texts (_declared)
        settings = dataclasses.replace(settings, documents=declare.documents_with(settings, doc_id=document,
                                                                                  lang=lang, title=""))
    try:
        settings = settings.for_document(document or "")
    except policy_settings.SettingsError as exc:
        raise ImportRefused(Said("import.document-unknown", error=text_of(exc))) from None
    settings.language(lang)
    page = policy_settings.docs_page(root, settings.language(lang), settings)
    # a translation's record of the authoritative text it translates, written with each version of the same date
    record = staleness.record_file(page, settings.document) if lang != settings.authoritative else None
    for own in (Path(root) / imported.FILE, page.parent / spelling.WORDS_FILE, page, *([record] if record else [])):
        if config_rules.linked(root, own):  # import would write where it points, outside the project (hunt 30)
            raise ImportRefused(Said("import.linked", path=shown_path(root, own)))
    _word_list_read(root, page.parent / spelling.WORDS_FILE, lang)  # before any commit: nothing to put back
    repo = git.open_repo(root)
    pages = history.policy_paths(root, settings, repo)
    record_name = git.repo_path(repo, Path(root) / imported.FILE)
    words = git.repo_path(repo, Path(root) / Path(pages[lang]).parent / spelling.WORDS_FILE)
    in_line = [git.repo_path(repo, record)] if record else []
    declaring = bool(document) and (new_document or bool(site.documents))  # its title in `lang` may be missing
    configs = [git.repo_path(repo, Path(root) / language.config_file) for language in settings.languages] \
        if declaring else []
    dirty = git.changed_paths(repo, [*pages.values(), record_name, words, *in_line, *configs])
    if dirty:
        raise ImportRefused(Said("import.uncommitted", paths=", ".join(dirty)))
    skipped: list[str] = []
    if from_git:
        unzipped[str(work) + os.sep] = ""  # its texts named `privacy@<commit>.md`, as the lines name them
        sources = git_sources.git_sources(paths, work, own={(git.top(repo) / page).resolve() for page in
                                                             pages.values()}, say=say, lang=lang, ref=ref,
                                          languages=tuple(language.code for language in settings.languages))
        if not sources:
            raise ImportRefused(Said("import.no-history-text", paths=", ".join(map(str, paths))))
    else:  # a zip named on the command line (the archive as legal sent it): the folder it holds; one whose name holds
        # a date is a version zipped (Google Docs' "Web page (.html, zipped)"), refused as such by dated_sources
        languages = tuple(language.code for language in settings.languages)
        given, paths = list(paths), []
        inside: list[Path] = []  # the zips inside the folders given (history 26: left out, "unzip it")
        for n, path in enumerate(map(Path, given)):
            if path.is_file() and path.suffix.lower() == ".zip" and undated(path.name, languages):
                folder = zipped.unpacked(path, work / "unzipped" / str(n))
                unzipped[str(folder)] = str(path)
                path = folder
            elif path.is_dir():
                inside += zips_in(path, languages)
            paths.append(path)
        if len(inside) > INNER_ZIPS:
            raise ImportRefused(Said("import.inner-zips", count=len(inside), first=str(inside[0]), most=INNER_ZIPS))
        for n, archive in enumerate(inside):
            folder = zipped.unpacked(archive, work / "inside" / str(n))
            unzipped[str(folder)] = str(archive)
            say(Said("import.zip", archive=str(archive)))
            paths.append(folder)
        sources = dated_sources([Path(p) for p in paths], skipped=skipped,
                                languages=tuple(language.code for language in settings.languages), lang=lang,
                                documents={d.id: (d.id, Path(d.page).stem, *d.titles.values())
                                           for d in settings.all_documents if d.id},
                                document=document or settings.all_documents[0].id, unpacked=frozenset(inside))
    if not sources:  # each file left out said first: a zip of the archive, a folder of PDFs (adoption hunt 44)
        for line in skipped:
            say(line)
        raise ImportRefused(Said("import.no-dated-text", formats=read_formats()))
    report = Report()
    for line in skipped:
        say(line)
    others = {d.id: d.page for d in settings.all_documents if d.page != settings.page} if settings.documents else {}
    named = {d.id: (d.id, Path(d.page).stem, *d.titles.values()) for d in settings.all_documents if d.id}
    this = next(d.id for d in settings.all_documents if d.page == settings.page)
    titles = {d.id: d.titles[lang] for d in settings.all_documents if d.id in others and lang in d.titles}
    texts = [_convert(source, lang=lang, authoritative=lang == settings.authoritative, documents=others,
                      named=named, own=this, titles=titles) for source in sources]
    if not from_git and (mixed := _mixed_documents(texts, lang=lang)):
        raise ImportRefused(Said("import.mixed-documents", groups=mixed, lang=lang))
    if other := _other_languages(texts, lang=lang, languages=tuple(language.code for language in settings.languages)):
        raise ImportRefused(Said("import.text-language", count=len(other), items=other, lang=lang))
    importer = _Importer(repo, settings, pages, record_name, say, report, in_line="".join(in_line))
    start = git.rev_parse(repo, "HEAD")
    declared: Said | None = None
    try:
        if declaring:
            declared = importer.declare_document(root, site, document or "", lang, texts)
        if lang == settings.authoritative:
            importer.authoritative(lang, texts)
        else:
            importer.translation(lang, texts)
        if report.commits:
            importer.words(lang)
    except BaseException as exc:
        # A commit refused midway (a hook, a signature, a full disk): the branch and the files it wrote as they were
        # (history hunt 20: the imported text was left staged, and a later `git commit -a` would have published it).
        written = [*pages.values(), record_name, words, *in_line, *configs]
        try:
            _put_back(repo, start, written)
        except (git.GitError, OSError) as undo:  # a full disk may refuse that too: said, with the import's error
            if not isinstance(exc, Exception):  # Ctrl-C, SIGTERM: said as such
                raise exc from None
            raise ImportRefused(Said("import.put-back-failed", error=text_of(exc), undo=str(undo),
                                     paths=", ".join(written))) from None
        raise
    if declared:  # said once its texts are in: a refusal after it takes the declaration back (session 35, newco2)
        say(declared)
    return report


def _word_list_read(root: Path, listing: Path, lang: str) -> None:
    """ImportRefused where `lang`'s list of words (`listing`), to which import adds the imported text's words the
    dictionary lacks, cannot be read as one, with the finding `policy check` gives it (spelling.refusal): a folder or a
    FIFO was taken as an empty list and then written to (a folder's put-back failed, a FIFO blocked); a list not in
    UTF-8 ended in UnicodeDecodeError (leads43a)."""
    if not spelling.has_dictionary(lang):  # (no word of it is listed: the list is not read)
        return
    if refused := spelling.refusal(listing, shown=shown_path(root, listing)):
        raise ImportRefused(Said("import.word-list", finding=refused.as_said()))


def _put_back(repo: gitpython.Repo, start: str | None, paths: list[str]) -> None:
    """The branch at `start` (its commits since taken back) and `paths` as `start` has them, in the index too."""
    if start is None:  # an unborn branch (history hunt 21): born of the import, it is unborn again
        branch = git.run(repo, "symbolic-ref", "-q", "HEAD").strip()
        if branch and git.rev_parse(repo, branch):
            git.run(repo, "update-ref", "-d", branch)
    else:
        git.run(repo, "reset", "-q", "--soft", start)
    top = git.top(repo)
    was = {path: git.read_blob(repo, start, path) if start is not None else None for path in paths}
    # Every file first, from git's objects: its space freed, git can write its index on a full disk (history hunt 27),
    # and a git that cannot write the index (a stale index.lock) left the files after the first in place (history
    # hunt 40: imported.yml stayed, and the next import was refused for it)
    for path, data in was.items():
        if data is None:
            (top / path).unlink(missing_ok=True)
        else:
            (top / path).write_bytes(data)
    records = git.run(repo, "ls-files", "-s", "-z", "--", *paths).split("\0")  # reading the index needs no lock
    staged = {record.split("\t", 1)[1]: record.split()[1] for record in records if "\t" in record}
    for path, data in was.items():
        try:
            if data is not None:
                git.run(repo, "checkout", "-q", start or "HEAD", "--", path)  # as git writes it (line ends), unstaged
            elif path in staged:
                git.run(repo, "rm", "-q", "--cached", "--", path)
        except git.GitError:
            if staged.get(path) != (git.blob_sha(data) if data is not None else None):
                raise  # the index holds what the import staged: said


# The words a page may hold beside a service's empty mount and still be no text (its date line, "Powered by Termly")
FEW_WORDS = 30


def _convert(source: Source, *, lang: str = "", authoritative: bool = False,
             documents: dict[str, str] | None = None, named: dict[str, tuple[str, ...]] | None = None,
             own: str = "", titles: dict[str, str] | None = None) -> Text:
    """`source` as the page it becomes; `documents` the site's other documents (id: page), `titles` their titles in
    `lang` where the site gives them."""
    converted = convert(source.path, lang=lang, markdown_in_html=source.markdown_in_html,
                        site_params=dict(source.site_params), constants=dict(source.constants),
                        stylesheets=dict(source.stylesheets), template=source.template,
                        includes=dict(source.includes), page=source.page)
    if source.parts:  # a text split in several files of one date (`…-part-2.html`): read as one, in order
        converted = parts.joined(converted, [(path.name, convert(path, lang=lang,
                                                                 markdown_in_html=source.markdown_in_html))
                                             for path in source.parts], indexed=source.indexed)
    if lang:  # one text in two languages one after the other, unmarked (`English` … `Français` …): this one's
        markdown, title, runs = language_runs.one_language(converted.markdown, lang)
        if runs:
            meta = {**converted.meta, "title": title} if converted.meta.get("title") else converted.meta
            converted = dataclasses.replace(converted, markdown=markdown, meta=meta, notes=[
                *_relined(converted.notes, converted.markdown, markdown), *runs], lang=lang)  # (the part read is in
            # it: no "the page says …")
    if named and len(named) > 1:
        parted = _document_part(converted, named, own)
        if parted is not converted:
            source_lines = _source_lines(source.path, converted.markdown) if source.format == "markdown" and \
                converted.where == "line" and not source.parts else []
            converted = dataclasses.replace(parted, notes=[
                *_relined(converted.notes, converted.markdown, parted.markdown),
                *(_part_said(note, source_lines) for note in parted.notes[len(converted.notes):])])
    read = document.parse(converted.markdown, path=str(source.path), lang="und")
    if too_long := [problem for problem in read.problems if problem.key == "text.size"]:
        # (a 300-page text converted: the model reads no page this long, and the import said "no text in it": adopt41)
        fields = dict(too_long[0].fields)
        raise ConvertError(Said("import.too-long", path=source.path.name, size=fields["size"], most=fields["most"]))
    if not any(re.search(r"\w", text) for text in [read.title, *(s.title for s in read.sections), *(
            b.text for b in [*read.preamble, *(b for s in read.sections for b in s.blocks)])]):
        raise ConvertError(Said("import.empty", path=source.path.name))
    blocks = [*read.preamble, *(b for s in read.sections for b in s.blocks)]
    if not read.sections and blocks and all(b.links for b in blocks) and not any(_unlinked(b) for b in blocks):
        # a page that shows a policy loaded from another site (iubenda's or Termly's embed, an iframe): saved, it
        # holds its title and the link to that text, published as the version's whole text (adoption hunt 29)
        places = ", ".join(dict.fromkeys(link for b in blocks for link in b.links))
        raise ConvertError(Said("import.embed", path=source.path.name, places=places[:300]))
    if converted.embeds and not read.sections and sum(len(re.findall(r"\w+", b.text)) for b in blocks) <= FEW_WORDS:
        # (adoption 11 of session 34: Termly's or OneTrust's empty mount, the page's title published as the policy)
        raise ConvertError(Said("import.embed-script", path=source.path.name, services=list(converted.embeds),
                                 title=read.title[:80]))
    if not read.sections and not blocks:  # a title alone: its text in images, or written in by a script (session 34)
        raise ConvertError(Said("import.title-only", path=source.path.name, title=read.title[:80]))
    if source.title and not read.title and not converted.meta.get("title"):  # (history: its file's other texts')
        converted = dataclasses.replace(converted, meta={**converted.meta, "title": source.title}, notes=[
            *converted.notes, Said("convert.no-title", title=source.title[:80])])
    notes = Notes(converted.where)  # lines named as the converter's notes name them
    notes.offset = converted.offset
    if source.format == "markdown" and converted.where == "line" and not source.parts:
        notes.source_lines = _source_lines(source.path, converted.markdown)
    said = _language(converted.lang)
    if said and lang and said != _language(lang):  # a page of one language in the other's folder, most likely
        notes.add(Said("import.lang-attribute", page=converted.lang, lang=lang, said=said))
    if source.origin:  # a commit of an old site's history: how its day was chosen is said by git_sources
        pass
    elif source.captured[0]:  # a web archive's capture, dated by its text's line: the capture's day said (adopt31)
        capture, said = source.captured
        notes.add(Said("import.dated-by-capture-text", date=source.date.isoformat(), said=said, capture=capture,
                       day=sources.capture_day(capture)))
    elif source.settled[0]:  # its name's date either of two days: the one its text says
        written, said = source.settled
        notes.add(Said("import.dated-by-text-reading", written=written, date=source.date.isoformat(), said=said))
    elif source.month_named[0]:  # its name's month, the day its text says in it
        written, said = source.month_named
        notes.add(Said("import.dated-by-text-month", written=written, date=source.date.isoformat(), said=said))
    elif authoritative and (both := _stated_either(read, source, lang)):
        sentence, days = both
        notes.add(Said("import.stated-either", sentence=sentence[:80], days=list(days), date=source.date.isoformat(),
                       names=[_renamed(source.path.name, source.date, day) for day in days]))
    elif source.format == "markdown" and not source.parts and (dated := _front_matter_day(source, lang)) is not None:
        # its front matter's `date:` another day than its name's: the version is dated by the name, said
        said, day = dated
        notes.add(Said("import.stated-otherwise/front-matter", said=said, date=source.date.isoformat(),
                       name=_renamed(source.path.name, source.date, day)))
    elif authoritative and (stated := _stated_otherwise(read, source, lang)):
        sentence, day, where = stated
        notes.add(Said(f"import.stated-otherwise/{where}", sentence=sentence[:80], date=source.date.isoformat(),
                       name=_renamed(source.path.name, source.date, day)))
    body = markdown_source.raw_ids(_without_controls(converted.markdown, notes, lang), notes)  # any format's
    body = _land_links(body, notes, lang="und", documents=documents, own=converted.addresses,
                       title=converted.meta.get("title", ""), titles=titles, site=converted.page_url, names=named)
    body, apart = isolates.isolated(body, lang or converted.lang)  # editorial.bidi would refuse them bare
    for line in apart:
        notes.add(Said("import.isolated", count=len(apart)), line)
    credits.say(body, notes)  # a generator's credit line: kept, said (adopt34)
    meta = {key: characters.CONTROL.sub("", value) if isinstance(value, str) else value
            for key, value in converted.meta.items()}
    text = Text(source, body, meta, ())
    return dataclasses.replace(text, notes=tuple(_in_page(note, text.body_offset()) for note in (
        *converted.notes, *notes.sentences())))


def _in_page(note: str, by: int) -> str:
    """`note` naming the lines of the committed page where it named "Markdown line N" of the converted body (an HTML,
    Word or ODT import's: N was the front matter's lines short of the line the legal team opens, adopt32)."""
    if not isinstance(note, Said) or not note.key.startswith("import.note/markdown-line"):
        return note
    fields = dict(note.fields)
    if "line" in fields:
        fields["line"] = str(int(str(fields["line"])) + by)
    if "lines" in fields:
        fields["lines"] = ", ".join(str(int(n) + by) for n in str(fields["lines"]).split(", "))
    if str(fields.get("last", "x")).isdigit():
        fields["last"] = str(int(str(fields["last"])) + by)
    inner = fields.get("note")
    if isinstance(inner, Said) and inner.key in _NAMING_A_LINE:  # "… the heading of line 5": the page's line too
        fields["note"] = Said(inner.key, **{**inner.fields, "line": int(str(inner.fields["line"])) + by})
    return Said(note.key, **fields)


_NAMING_A_LINE = ("convert.anchor-named-as-heading", "convert.repeated-raw-id")  # notes naming a line of the text


def _source_lines(path: Path, markdown: str) -> list[int]:
    """The line of the Markdown file at `path` each line of its conversion `markdown` came from (the nearest above,
    where the conversion rewrote lines): the import's notes name the source's lines, and a conversion that took a
    comment out or put a title in moved every line below it (adoption hunt 27: "line 218" for GitHub's line 221)."""
    try:
        written = markdown_source.decode(path.read_bytes(), Notes()).split("\n")
    except (OSError, ConvertError):
        return []
    made = markdown.split("\n")
    out = [0] * len(made)
    # Blank lines are no anchor (junk): the same line thousands of times made the match quadratic in them, 45 s of
    # CPU for a text of 8,000 lines half blank (5 s at 4,000); a blank line still pairs where its neighbours do.
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(_blank_line, written, made, autojunk=False).get_opcodes():
        if tag == "replace":  # lines rewritten, among lines taken out: each to the written line it reads most like
            for j, i in zip(range(j1, j2), _likeliest(written[i1:i2], made[j1:j2]), strict=True):
                out[j] = i1 + i + 1
            continue
        for j in range(j1, j2):
            out[j] = (i1 + j - j1 if tag == "equal" else min(i1 + j - j1, max(i2 - 1, i1))) + 1
    return out


def _blank_line(line: str) -> bool:
    """A line holding nothing but spaces: no line of a text to tell where the others came from."""
    return not line.strip()


def _likeliest(written: list[str], made: list[str]) -> list[int]:
    """For each of `made`'s lines, the index of the line of `written` it came from, in order (a line never before the
    one above it came from): the alignment most alike in all (adoption hunt 45: a comment's three lines taken out above
    a line rewritten, a note on that line named the comment's first). Past a size worth comparing: line for line."""
    if len(written) * len(made) > 4_000:
        return [min(j, len(written) - 1) for j in range(len(made))]
    best = [0.0] * len(written)  # the best total for the lines so far, the last of them from line i
    back: list[list[int]] = []  # for each made line after the first, where the line above came from, by i
    for j, line in enumerate(made):
        row, froms, ahead, at = [], [], -1.0, 0
        for i, source in enumerate(written):
            if best[i] > ahead:  # the best alignment of the lines above, the last from i or before
                ahead, at = best[i], i
            row.append(ahead + difflib.SequenceMatcher(None, source, line, autojunk=False).ratio())
            froms.append(at)
        best = row
        if j:
            back.append(froms)
    out = [max(range(len(written)), key=lambda i: (best[i], -i))]
    for froms in reversed(back):
        out.append(froms[out[-1]])
    return out[::-1]


def _document_part(converted: Converted, named: dict[str, tuple[str, ...]], own: str) -> Converted:
    """Of a text holding several titles (`# Privacy Policy` … `# Cookie Policy`: two documents on one page), on a site
    of several documents (`named`: each id with the words naming it), the parts titled as another document than
    `own` left out, said (adoption hunt 34: the whole page was imported as each document)."""
    lines, fence, titles = converted.markdown.split("\n"), "", []
    for index, line in enumerate(lines):
        opened = re.match(r"[ ]{0,3}(`{3,}|~{3,})", line)
        if opened and (not fence or opened.group(1)[0] == fence[0]):
            fence = "" if fence else opened.group(1)
        elif not fence and line.startswith("# "):
            titles.append(index)
    if len(titles) < 2:
        return converted
    notes = list(converted.notes)
    kept = lines[:titles[0]]
    for start, end in zip(titles, [*titles[1:], len(lines)]):
        title = document.HEADING_ATTRS.sub("", lines[start][2:]).strip()
        other = sources.named_document(title, named, own)
        if other is None:
            kept += lines[start:end]
        else:
            notes.append(Said("import.other-part", title=title[:60], line=start + 1, count=end - start,
                              document=other))
    if len(kept) == len(lines):
        return converted
    markdown = "\n".join(kept)
    first = next((line[2:] for line in kept if line.startswith("# ")), None)
    meta = {**converted.meta, "title": document.HEADING_ATTRS.sub("", first).strip()} if first else \
        {key: value for key, value in converted.meta.items() if key != "title"}
    return dataclasses.replace(converted, markdown=markdown, meta=meta, notes=notes)


def _relined(notes: list[str], before: str, after: str) -> list[str]:
    """The converter's `notes` on the text `before` naming the lines of `after`, the same text with parts taken out
    (another language's, another document's): a note naming "Markdown line N" named the line before the cut (adopt33:
    line 38 of a French text whose English part above it, 20 lines, was left out); one naming only lines taken out
    speaks of no line of the page, and goes with them. A Markdown import's notes name its source's lines: kept."""
    moved: dict[int, int] = {}
    # (blank lines no anchor, as in _source_lines: a text half blank took the match quadratic in them)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(_blank_line, before.split("\n"), after.split("\n"),
                                                      autojunk=False).get_opcodes():
        if tag in ("equal", "replace"):  # (replaced: the title the language's words kept of a bilingual one)
            moved.update({i1 + k + 1: j1 + k + 1 for k in range(min(i2 - i1, j2 - j1))})
    out = []
    for note in notes:
        if not isinstance(note, Said) or not note.key.startswith("import.note/markdown-line"):
            out.append(note)
            continue
        named = [note.fields["line"]] if "line" in note.fields else \
            [*str(note.fields["lines"]).split(", "), note.fields["last"]]
        more = [n for n in named if not str(n).isdigit()]  # ("and 3 more": lines not shown, not moved)
        lines = [str(moved[int(str(n))]) for n in named if str(n).isdigit() and int(str(n)) in moved]
        if not lines:
            continue
        shown: list[object] = [*lines, *more]
        out.append(Said("import.note/markdown-line", line=shown[0], note=note.fields["note"]) if len(shown) == 1 else
                   Said("import.note/markdown-lines", lines=", ".join(map(str, shown[:-1])), last=shown[-1],
                        note=note.fields["note"]))
    return out


def _part_said(note: str, source_lines: list[int]) -> str:
    """`_document_part`'s note of a part left out, naming the line of the Markdown source it began at (`source_lines`:
    each converted line's), or, a conversion's (HTML, Word), no line: none of the page committed holds it (adopt33: it
    named a line of the converted text, gone)."""
    if not isinstance(note, Said) or note.key != "import.other-part":
        return note
    line = int(str(note.fields["line"]))
    title, count, other = note.fields["title"], note.fields["count"], note.fields["document"]
    if 0 < line <= len(source_lines):
        return Said("import.other-part", title=title, line=source_lines[line - 1], count=count, document=other)
    return Said("import.other-part/converted", title=title, count=count, document=other)


def _stated_otherwise(read: document.Policy, source: Source, lang: str) -> tuple[str, str, str] | None:
    """(the sentence, YYYY-MM-DD, where the text says it: `title`, `ending` or a Word file's `margin`) of the one day
    the text's "Last updated" line under its title says (else the latest day the lines ending it say, `最終改定日：…`),
    where its file's name gives another (adoption hunt 34: a page named by the day a downloader saved it was published
    under that day, its own line stating the earlier one, both shown)."""
    days = {}
    stated = [(sentence, dates) for text in [read.title, *(block.text for block in sync.date_blocks(read)),
                                             *sources.cover_line(read)]
              for sentence, dates in sync.stated_dates(text, lang or "en")]
    effect = [(sentence, day) for sentence, dates in stated if sync.effective(sentence)
              for day in dates if len(day) == 10]
    if len(effect) == 1 and effect[0][1] != source.date.isoformat() and \
            any(sync.states(dates, source.date) for _sentence, dates in stated):
        # its name gives the day it was last updated, its line another it takes effect (adopt31: dated by the first,
        # unsaid)
        return effect[0][0], effect[0][1], "title"
    for sentence, dates in stated:
        if sync.states(dates, source.date):
            return None
        days.update({day: sentence for day in dates if len(day) == 10})
    if not days and (closing := sources.closing_day(read, lang or "en")):  # a text whose day closes it (`以上`)
        return None if closing[1] == source.date.isoformat() else (*closing, "ending")
    if not days and source.format == "docx" and (margin := sources.margin_day(source.path, (lang or "en",))):
        # a Word file dated in its page header or footer only (adoption hunt 25: another day than its name's, unsaid)
        return None if margin[1] == source.date.isoformat() else (*margin, "margin")
    return (*next(iter(days.items()))[::-1], "title") if len(days) == 1 else None


def _stated_either(read: document.Policy, source: Source, lang: str) -> tuple[str, list[str]] | None:
    """(the sentence, its two days) of a "Last updated" line under the title whose one date, in digits, reads as two
    days (`05/06/2021`: 5 June or 6 May), neither its file's: said at import, not left silent (scripts task)."""
    found = []
    for text in [read.title, *(block.text for block in sync.date_blocks(read))]:
        for sentence, dates in sync.stated_dates(text, lang or "en"):
            if sync.states(dates, source.date):
                return None
            found.append((sentence, sorted(day for day in dates if len(day) == 10)))
    if len(found) != 1 or len(found[0][1]) != 2:
        return None
    sentence, (one, other) = found[0]
    return (sentence, [one, other]) if one[:4] == other[:4] and one[5:7] == other[8:] and one[8:] == other[5:7] \
        else None


def _front_matter_day(source: Source, lang: str) -> tuple[str, str] | None:
    """(its key and day as written, YYYY-MM-DD) where a Markdown source's front matter dates it by another day than
    its name's (`date: 2024-02-20` in privacy-2024-01-10.md: it said "dropped front matter key date" only), else
    None."""
    try:
        dated = markdown_source.front_matter_day(source.path.read_text(encoding="utf-8-sig"),
                                                 languages=(lang or "en",))
    except (OSError, UnicodeDecodeError):
        return None
    return dated if dated is not None and dated[1] != source.date.isoformat() else None


def _renamed(name: str, was: dt.date, day: str) -> str:
    """`name` with the date it holds, however written, replaced by `day` (`privacy-2021-06-10.html`)."""
    for written in (was.isoformat(), was.strftime("%Y_%m_%d"), was.strftime("%Y.%m.%d"), was.strftime("%Y%m%d")):
        if written in name:
            return name.replace(written, day, 1)
    stem, dot, suffix = name.rpartition(".")
    return f"{stem or suffix}-{day}{dot}{suffix if stem else ''}"


def _unlinked(block: document.Block) -> bool:
    """True where `block` has words besides its links' own (an address written as a link's text is a link's)."""
    text = block.text
    for shown in block.link_texts:
        text = text.replace(shown, " ", 1)
    return bool(re.search(r"\w", text))


_SAME_LANGUAGE = {"nb": "no", "nn": "no", "iw": "he", "in": "id", "ji": "yi"}  # Norwegian's, and the old codes


def _language(code: str) -> str:
    """The language a code names, without its region or script (`pt-BR` is pt, `nb` is Norwegian as `no` is)."""
    primary = code.replace("_", "-").split("-")[0].strip().lower()
    return _SAME_LANGUAGE.get(primary, primary)


def _without_controls(markdown: str, notes: Notes, lang: str = "") -> str:
    """The text without control characters (a form feed, an escape left by an old editor): text.control refuses
    them, and an old text must publish as it reads."""
    lines = markdown.split("\n")
    for number, line in enumerate(lines, 1):
        if characters.CONTROL.search(line):
            notes.add(Said("import.controls"), number)
            lines[number - 1] = line = characters.CONTROL.sub("", line)
        if characters.hidden_run(line):  # text.control refuses them: copied artefacts, or words hidden in them
            notes.add(Said("import.invisibles/run"), number)
            while found := characters.hidden_run(line):
                line = line[:found.start()] + line[found.end():]
            lines[number - 1] = line
        if stray := sorted({*characters.stray_invisibles(line), *characters.stray_in_heading(line)}):
            notes.add(Said("import.invisibles"), number)
            lines[number - 1] = line = "".join(c for n, c in enumerate(line) if n not in set(stray))
        if "\u202d" in line or "\u202e" in line:  # editorial.bidi refuses them (safety hunt 48)
            line, seen, kept = characters.without_overrides(line)
            lines[number - 1] = line
            if seen:
                notes.add(Said("import.overrides/written",
                               passages=each_quoted([" ".join(w.split()) for w in seen[:5]], most=40)), number)
            if kept:
                notes.add(Said("import.overrides",
                               passages=each_quoted([" ".join(w.split()) for w in kept[:5]], most=40)), number)
        if (unmarked := editorial.without_misplaced_marks(line, lang)) != line:  # editorial.bidi refuses them
            notes.add(Said("import.direction-marks"), number)
            lines[number - 1] = unmarked
    return "\n".join(lines)


def _land_links(markdown: str, notes: Notes, *, lang: str, documents: dict[str, str] | None = None,
                own: tuple[str, ...] = (), title: str = "", titles: dict[str, str] | None = None,
                site: str = "", names: dict[str, tuple[str, ...]] | None = None) -> str:
    """Links that would land nowhere on the published page lose their target and keep their text: an
    in-page link no heading answers (the gate refuses it), and a relative link to the old site's other
    pages or files (`/terms`, `cookies.html`: not on this site; a strict build refuses a missing file), but one to
    another of the site's `documents` (id: page), named by its address (`/cookie-policy`), which goes to that
    document's page (`cookies.md`, adoption hunt 34), and one to the text's `own` address with a section's anchor,
    which goes to that section. GitHub Docs' `[AUTOTITLE](…)` is given the words of what it links to (another
    document's title among `titles`, id: title). A link to another page of the old site (on the host of `site`, the
    address the page says it was published at, or of the text's own page) is kept, said: the reader leaves. `names`:
    the words naming each document (id: its id, page and titles in every language), by which its address is known."""
    markdown = _own_links(markdown, notes, own, title or _first_title(markdown))
    policy = document.parse(markdown, path="import", lang=lang)
    pages = documents or {}
    page = anchors.page_anchors(policy)
    known = page.all()
    blocks = list(policy.preamble) + [b for s in policy.sections for b in s.blocks]
    pages_of_its_own = own_links.own_pages([link for b in blocks for link in b.links], known,
                                           title or _first_title(markdown), page=site)
    if pages_of_its_own:
        markdown = _own_pages(markdown, notes, pages_of_its_own)
        policy = document.parse(markdown, path="import", lang=lang)
    old_site = own_links.OldSite(own_links.hosts([*pages_of_its_own, site]), (*pages_of_its_own, site))
    if site and (absolute := _at_old_site(markdown, site, pages, names)) != markdown:
        markdown = absolute
        policy = document.parse(markdown, path="import", lang=lang)
    if "[AUTOTITLE]" in markdown:
        markdown = own_links.autotitles(markdown, lambda target: _title_of(target, policy, page, title, own)
                                            or (titles or {}).get(_document_of(target, pages, names) or ""), notes.add,
                                        document.tokens_and_references(markdown)[1])
        policy = document.parse(markdown, path="import", lang=lang)
    words = {(fragment, line): text for fragment, line, text in anchors.in_page_links(policy)}
    places: dict[str, dict[tuple[int | None, str], tuple[int | None, str, str]]] = {}
    for (anchor, _line), said in words.items():
        if anchor and anchor not in known and anchor.lower() not in anchors.TOP and \
                ((place := _place_of(policy, said))[0] is not None or place[2]):
            places.setdefault(anchor, {}).setdefault((place[0], place[2]), place)
    lines = markdown.split("\n")
    blocks = list(policy.preamble) + [b for s in policy.sections for b in s.blocks]
    headings = editorial.section_headings(policy)
    for block in blocks:
        for target in dict.fromkeys(block.links):
            fragment = unquote(target[1:]) if target.startswith("#") else None
            if fragment is not None and (fragment.lower() in anchors.TOP or fragment in known):
                # a cross-reference whose words name another section than it goes to (a Word field not updated
                # since its articles were renumbered: `[Article 4](#_Ref1)` on Article 5), which the gate refuses
                if wrong := editorial.section_link(target, words.get((fragment, block.line), ""), policy, headings):
                    _unlink_said(lines, block.line, target, Said("import.unlinked/section", target=target,
                                                                  reason=wrong), notes)
                continue
            if fragment is None and (SCHEME.match(target) or target.startswith("//") or _a_page(target, pages)):
                continue
            section, why, top = _place_of(policy, words.get((fragment, block.line), "")) if fragment else \
                (None, "page", "")
            if fragment and section is None and not top and len(found := places.get(fragment, {})) == 1:
                section, why, top = next(iter(found.values()))  # (one address, one place: another link's words)
            other = _document_of(target, pages, names) if fragment is None else None
            for index in range(block.line - 1, min(len(lines), block.line + 60)):
                shown = _as_written(lines[index], target)
                if other is not None:
                    changed, count = _unlink(lines[index], target, to=pages[other])
                    said = Said("import.other-document-link", target=shown, document=other)
                elif top:
                    changed, count = _unlink(lines[index], target, to="#top")
                    said = Said("import.link-to-top", target=shown, line=clipped(top, 60))
                elif section is not None:
                    changed, count = _unlink(lines[index], target, to=f"#{page.ids[section]}")
                    title = policy.sections[section].written
                    said = Said(f"import.link-to-section/{why}", target=shown, title=clipped(title, 60),
                                id=page.ids[section])
                else:
                    changed, count = _unlink(lines[index], target)
                    said = Said(f"import.unlinked/{why if target else 'empty'}", target=shown)
                if count:
                    lines[index] = changed
                    notes.add(said, index + 1)
                    break
    return _old_site_links(_unlink_references(_unlink_pages("\n".join(lines), notes, pages, known, names), notes,
                                              pages, known, names), notes, old_site)


def _at_old_site(markdown: str, site: str, documents: dict[str, str],
                 names: dict[str, tuple[str, ...]] | None = None) -> str:
    """`markdown` with each relative link to another page of the old site than the site's `documents` given the address
    it had there (`/terms` on `https://company.example/privacy`, the address the page says it was published at, is
    `https://company.example/terms`): the reader keeps it (said, `_old_site_links`), where it was unlinked."""
    tokens, references = document.tokens_and_references(markdown)
    lines = markdown.split("\n")

    def elsewhere(target: str) -> bool:
        parts = urlsplit(target)
        return not (parts.scheme or parts.netloc or not parts.path
                    or _document_of(target, documents, names) is not None)
    for reference in references.values():  # `[terms]: /terms`, a reference link's definition (`_unlink` reads none)
        target, (start, end) = str(reference.get("href", "")), reference.get("map", (0, 0))
        for index in range(start, end) if elsewhere(target) else ():
            if (changed := _defined(lines[index], target, urljoin(site, target))) != lines[index]:
                lines[index] = changed
                break
    for target in dict.fromkeys(document.link_targets(tokens)):
        if not elsewhere(target):
            continue
        for index, line in enumerate(lines):
            lines[index] = _unlink(line, target, to=urljoin(site, target))[0]
    return "\n".join(lines)


def _defined(line: str, target: str, to: str) -> str:
    """`line` with the address of the reference definition it holds (`[terms]: /terms "T"`, `[t]: </terms>`) `to`,
    where that address is `target`; else as it is."""
    return re.sub(r"^([ ]{0,3}\[[^\]]+\]:[ \t]*<?)" + re.escape(target) + r"(?=>|\s|$)",
                  lambda m: m.group(1) + to, line, count=1)


def _old_site_links(markdown: str, notes: Notes, site: own_links.OldSite) -> str:
    """`markdown` as it is, each of its links to another page of the old `site` said with its lines: kept, that page
    is not on this site, and the reader who follows it leaves the text (and its version) read."""
    if not site.hosts:
        return markdown
    tokens, _references = document.tokens_and_references(markdown)
    lines = markdown.split("\n")
    for target in dict.fromkeys(document.link_targets(tokens)):
        if site.other_page(target):
            written = re.compile(re.escape(target) + r"(?=[)\s>\"']|$)")  # (not the start of a longer address)
            for index, line in enumerate(lines):
                if written.search(line):
                    notes.add(Said("import.old-site-link", target=target), index + 1)
    return markdown


def _own_pages(markdown: str, notes: Notes, addresses: tuple[str, ...]) -> str:
    """`markdown` with each link to one of `addresses` (the text's own page on the old site, `own_links.own_pages`)
    and a section's anchor made a link into the page, said."""
    lines = markdown.split("\n")
    for index, line in enumerate(lines):
        for address in addresses:
            if address not in line:
                continue
            for target in dict.fromkeys(re.findall(re.escape(address) + r"#[^\s)>\"']+", line)):
                fragment = target.split("#", 1)[1]
                changed, count = _unlink(line, target, to=f"#{fragment}")
                if not count and re.match(rf"[ ]{{0,3}}\[[^\]]+\]:\s*<?{re.escape(target)}", line):
                    changed, count = line.replace(target, f"#{fragment}", 1), 1  # a reference's definition
                if count:
                    line = lines[index] = changed
                    notes.add(Said("import.own-page-anchor", address=address), index + 1)
    return "\n".join(lines)


def _first_title(markdown: str) -> str:
    """The words of the text's `#` heading, its title, if it has one."""
    found = re.search(r"(?m)^# +(.+?)[ \t]*$", markdown)
    return document.HEADING_ATTRS.sub("", found.group(1)).strip() if found else ""


def _own_links(markdown: str, notes: Notes, own: tuple[str, ...], title: str = "") -> str:
    """`markdown` with its links to its own address on the old site (`own`, its front matter's `redirect_from`) and a
    section's anchor made links into the page (`#anchor`): what follows lands them on that section, or unlinks them."""
    if not own:
        return markdown
    tokens, references = document.tokens_and_references(markdown)
    lines = markdown.split("\n")
    for reference in references.values():  # `[cookies]: /legal/privacy#cookies`, a reference link's: to the section
        target, (start, end) = str(reference.get("href", "")), reference.get("map", (0, 0))
        fragment = own_links.own_fragment(target, own)
        for index in range(start, end):
            if fragment and target in lines[index]:
                lines[index] = lines[index].replace(target, f"#{quote(fragment, safe='')}", 1)
                notes.add(Said("import.own-link/anchor", target=target, fragment=fragment), index + 1)
                break
    for target in dict.fromkeys(document.link_targets(tokens)):
        fragment = own_links.own_fragment(target, own)
        if fragment is None:  # another page's
            continue
        for index, line in enumerate(lines):
            if not fragment and title and f"[AUTOTITLE]({target}" in line:
                line = line.replace(f"[AUTOTITLE]({target}", f"[{title.replace('[', '(').replace(']', ')')}]({target}")
                notes.add(Said("import.autotitle", title=title[:60]), index + 1)
            changed, count = _unlink(line, target, to=f"#{quote(fragment, safe='')}" if fragment else None)
            if count:
                lines[index] = changed
                notes.add(Said("import.own-link/" + ("anchor" if fragment else "page"),
                               target=_as_written(line, target), fragment=fragment or ""), index + 1)
    return "\n".join(lines)


def _title_of(target: str, policy: document.Policy, page: anchors.Anchors, title: str,
              own: tuple[str, ...]) -> str | None:
    """The title of the section of `policy` an in-page `target` lands on (`#anchor`), or of the text itself (`#`, its
    `own` address), else None: the import has no other page's title."""
    fragment = unquote(target[1:]) if target.startswith("#") else own_links.own_fragment(target, own)
    if fragment is None:
        return None
    if fragment.lower() in anchors.TOP:
        return policy.title or title or None
    for index, section in enumerate(policy.sections):
        if fragment == page.ids[index] or fragment in page.aliases.get(index, []):
            return section.written or section.title
    return None


def _unlink_pages(markdown: str, notes: Notes, pages: dict[str, str], known: set[str],
                  names: dict[str, tuple[str, ...]] | None = None) -> str:
    """`markdown` without a link to a page of the old site, or to a place of the page no id of it (`known`) names,
    left where no block holds it (a heading's: `## 1. [Who](about.html) we are`, `## [2. Rights](/about)`, `## [3.
    Data](#_Toc5)`; raw HTML's `<a href="#_Toc5">`, to a place of the page): the build refuses a link to a file the
    site lacks, a path leads nowhere on this site, and the checks read neither a heading's link nor raw HTML's. One to
    another document goes to its page."""
    tokens, _references = document.tokens_and_references(markdown)
    lines = markdown.split("\n")
    raw = [found["target"] for n in markdown_lines.outside_fences(lines) if "<a" in lines[n].lower()
           for found in _RAW_LINK.finditer(lines[n]) if found["target"].startswith("#")]
    for target in dict.fromkeys(t for t in [*document.link_targets(tokens), *raw] if _nowhere(t, pages, known)):
        other = _document_of(target, pages, names)
        for index, line in enumerate(lines):
            changed, count = _unlink(line, target, to=pages[other] if other else None)
            if count:
                lines[index], shown = changed, _as_written(line, target)
                notes.add(Said("import.other-document-link", target=shown, document=other) if other else
                          Said("import.unlinked/" + ("anchor" if target.startswith("#") else "page"), target=shown),
                          index + 1)
    return "\n".join(lines)


def _a_page(target: str, pages: dict[str, str]) -> bool:
    """Whether `target` is the page of one of the site's documents (`cookies.md`, `cookies.md#s2`), as the text links
    it or as _land_links sent another document's old address there: it leads somewhere, and needs no word (company13:
    it was said a second time, "the link to cookies.md, the cookies document's address on the old site")."""
    return bool(target) and not SCHEME.match(target) and unquote(urlsplit(target).path) in set(pages.values())


def _nowhere(target: str, pages: dict[str, str], known: set[str]) -> bool:
    """Whether a link to `target` leads nowhere on the site: a file it lacks, a path of the old site (not one of
    `pages`, where _land_links sent a link to another document), a place of the page none of its ids (`known`) is."""
    if target.startswith("#"):
        return unquote(target[1:]).lower() not in anchors.TOP and unquote(target[1:]) not in known
    if _a_page(target, pages):
        return False
    return urls.missing_file(target) or target not in set(pages.values()) and not target.startswith("//") \
        and bool(target.strip()) and not SCHEME.match(target)


# The attribute list set on a link (`{#terms}`, kramdown's `{:target="_blank"}`): a link unlinked takes it along, else
# it is shown as text after the words
_ATTRIBUTES = r"(\{(?!\{):?[ ]*[^}\n ][^}\n]*\})?"
_FULL_REFERENCE = re.compile(r"(?<![\\!])\[((?:[^\[\]]|\[[^\]]*\])*)\]\[([^\[\]]*)\]" + _ATTRIBUTES)
_SHORTCUT_REFERENCE = re.compile(r"(?<![\\!\]])\[([^\[\]]+)\](?![\[(:])" + _ATTRIBUTES)


def _unlink_references(markdown: str, notes: Notes, pages: dict[str, str], known: set[str],
                       names: dict[str, tuple[str, ...]] | None = None) -> str:
    """`markdown` without reference links (`[cookie policy][cookies]`, `[AVG]`, defined below as `[cookies]: /cookies/`)
    to a page of the old site or a place of the page none of its ids (`known`) names: their words stay, their
    definition goes; one to another document's old address goes to its page. `_unlink` reads inline links only, and a
    Markdown policy's reference links to `/cookies/` were published leading nowhere (adoption hunt 25)."""
    _tokens, references = document.tokens_and_references(markdown)
    lines: list[str | None] = list(markdown.split("\n"))
    for label, reference in references.items():
        target, (start, end) = str(reference.get("href", "")), reference.get("map", (0, 0))
        if not _nowhere(target, pages, known):
            continue
        other = _document_of(target, pages, names)
        if other is not None:
            for index in range(start, end):
                written = lines[index]
                if written is not None and target in written:
                    lines[index] = written.replace(target, pages[other], 1)
                    notes.add(Said("import.other-document-link", target=target, document=other), index + 1)
                    break
            continue

        def named(text: str, label: str = str(label)) -> bool:
            return " ".join(text.split()).casefold() == " ".join(label.split()).casefold()

        for index, written in enumerate(lines):
            if written is None or start <= index < end:
                continue
            changed = _FULL_REFERENCE.sub(
                lambda m: (m.group(1) if named(m.group(2) or m.group(1)) else m.group(0)), written)
            changed = _SHORTCUT_REFERENCE.sub(lambda m: m.group(1) if named(m.group(1)) else m.group(0), changed)
            if changed != written:
                lines[index] = changed
                notes.add(Said("import.unlinked/" + ("anchor" if target.startswith("#") else "page"), target=target),
                          index + 1)
        for index in range(start, end):
            lines[index] = None
    return "\n".join(line for line in lines if line is not None)


def _document_of(target: str, documents: dict[str, str],
                 names: dict[str, tuple[str, ...]] | None = None) -> str | None:
    """The document (its id) among `documents` whose id, page or title in any language (`names`, id: words) a relative
    address names by its last part, where it names one only (`/cookie-policy/`, `cookies.html#list`, `../terms-of-use`,
    `/ca/politica-de-galetes` for the cookies document titled “Política de galetes” in Catalan: company15, a Spanish
    and a Catalan link to the cookie policy's old address were unlinked, the English one landed)."""
    path = unquote(urlsplit(target).path).rstrip("/")
    last = _plain(os.path.splitext(path.rsplit("/", 1)[-1])[0])
    if not last or not documents:
        return None
    known = {doc: tuple(_plain(name) for name in (doc, Path(page).stem, *(names or {}).get(doc, ())) if name)
             for doc, page in documents.items()}
    named = sources.named_document(last, known, "")
    # the address of a legal page, not of any page whose name holds the word (`/blog/cookies-are-tasty`)
    if named is None:
        return None
    def said(text: str) -> set[str]:
        return {word.removesuffix("s") for word in text.split("-") if word}
    return named if said(last) <= set().union(*map(said, known[named])) | _LEGAL_WORDS else None


def _plain(name: str) -> str:
    """`name`'s words without their accents, in lower case, joined by hyphens, as an address writes a title
    (“Política de galetes” as politica-de-galetes, `Conditions d'utilisation` as conditions-d-utilisation)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return "-".join(re.findall(r"[^\W_]+", bare.casefold()))


# The words a legal page's address holds beside its document's name (`/cookie-policy`, `/terms-and-conditions`).
_LEGAL_WORDS = frozenset({"policy", "notice", "statement", "of", "and", "use", "term", "condition", "legal", "page",
                          "our", "en", "fr", "de", "es", "it", "nl", "pt", "information", "info", "declaration"})


def _named_section(policy: document.Policy, words: str) -> int | None:
    """The one section a link's words name though not word for word (a table of contents entry written before its
    heading was reworded: "3. What legal bases … your personal information?" over "3. What legal bases … your
    information?"): the section of the number the words start with, its title close to theirs; else the one title
    very close to them."""
    wanted = heading_numbers.heading_number(words)
    titles = [" ".join(s.title.casefold().split()) for s in policy.sections]
    said = " ".join((wanted[1] if wanted else words).casefold().split())
    if wanted is not None:
        numbered = [i for i, s in enumerate(policy.sections) if s.numeral == wanted[0]]
        return numbered[0] if len(numbered) == 1 and \
            difflib.SequenceMatcher(None, said, titles[numbered[0]]).ratio() >= 0.6 else None
    close = difflib.get_close_matches(said, titles, n=2, cutoff=0.85) if said else []
    return titles.index(close[0]) if len(close) == 1 and titles.count(close[0]) == 1 else None


def _place_of(policy: document.Policy, words: str) -> tuple[int | None, str, str]:
    """(the section, why: "anchor" or "line", the bold line at the top) where a link to an anchor the page lost leads,
    read from its `words`: the section they name, else the one holding a bold line of them, else the top of the page
    where such a line stands before the first section; (None, "anchor", "") where they name no place."""
    section = _named_section(policy, words)
    if section is not None:
        return section, "anchor", ""
    section = _section_of_line(policy, words)
    if section is not None:
        return section, "line", ""
    return None, "anchor", _preamble_line(policy, words)


def _section_of_line(policy: document.Policy, words: str) -> int | None:
    """The one section holding a bold line of its own whose words are a link's (a subheading in bold, `**Personal
    information you disclose to us**`, where a generated policy's `#personalinfo` led, its anchor lost): the nearest
    place the page has; else None."""
    found = {index for index, section in enumerate(policy.sections) for block in section.blocks
             if _names_bold_line(block, words)}
    return found.pop() if len(found) == 1 else None


def _preamble_line(policy: document.Policy, words: str) -> str:
    """The words of the one bold line of its own before the first section that a link's words name (Termly's `#toc`,
    its "TABLE OF CONTENTS" above the list), where no section holds such a line: the page's top is its place; else
    ""."""
    found = [block.text for block in policy.preamble if _names_bold_line(block, words)]
    return found[0] if len(found) == 1 and _section_of_line(policy, words) is None and not any(
        _names_bold_line(block, words) for section in policy.sections for block in section.blocks) else ""


def _names_bold_line(block: document.Block, words: str) -> bool:
    """Whether `block` is a paragraph all in bold whose words are, nearly, `words` (a link's)."""
    said = " ".join(words.casefold().split())
    return bool(said) and block.kind == "paragraph" and block.text.split() == " ".join(block.strong).split() \
        and difflib.SequenceMatcher(None, said, " ".join(block.text.casefold().split())).ratio() >= 0.9


SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


# Raw HTML's link (`<a href="#_Toc5" class="x">words</a>`, kept in a Markdown text), its target and its words.
_RAW_LINK = re.compile(r"""(?P<tag><a\b[^>]*?\shref\s*=\s*(?P<quote>["'])(?P<target>.*?)(?P=quote)[^>]*>)"""
                       r"(?P<words>.*?)</a\s*>", re.I | re.S)
_RAW_ID = re.compile(r"\s(?:id|name)\s*=", re.I)  # a link that is an anchor too keeps its tag: the page keeps its id


_LONE_PERCENT = re.compile(r"%25(?![0-9A-Fa-f]{2})")


def _unlink_said(lines: list[str], first: int, target: str, said: Said, notes: Notes) -> None:
    """The first line from `first` (1-based) holding a link to `target` with that link's text alone, `said` at it."""
    for index in range(first - 1, min(len(lines), first + 60)):
        changed, count = _unlink(lines[index], target)
        if count:
            lines[index] = changed
            notes.add(said, index + 1)
            return


def _as_written(line: str, target: str) -> str:
    """`target` (a link's address as markdown-it reads it) as `line` writes it: `privacy#%ZZ`, which markdown-it reads
    `privacy#%25ZZ` (a note names what the text says)."""
    written = _LONE_PERCENT.sub("%", target)
    linked = written != target and re.search(r"(?:\]\(\s*<?|href\s*=\s*[\"'])" + re.escape(written)
                                             + r"(?=[>\s)\"'])", line)
    return written if linked else target


def _unlink(line: str, target: str, *, to: str | None = None) -> tuple[str, int]:
    """`line` with each inline link to `target` (as written, or percent-encoded) replaced by its text, or by a link of
    that text to `to`; raw HTML's link to it (`<a href>`, outside code, no anchor itself) by its words only, where
    `to` is None."""
    # (markdown-it writes a `%` that starts no escape as `%25`: `privacy#%ZZ` is read `privacy#%25ZZ`, leads42)
    forms = {target, quote(target, safe="-._~!$&'()*+,;=:@/?#%"), _LONE_PERCENT.sub("%", target)}
    total = 0
    for form in forms:
        pattern = re.compile(r"\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?" + re.escape(form)
                             + r">?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^)]*\)))?\s*\)" + _ATTRIBUTES)
        line, count = pattern.subn(lambda m: m.group(1) if to is None else f"[{m.group(1)}]({to}){m.group(2) or ''}",
                                   line)
        total += count
    if to is None and "<a" in line.lower():
        code = markdown_lines.code_spans(line)
        raw = [m for m in _RAW_LINK.finditer(line) if m["target"] in forms and not _RAW_ID.search(m["tag"])
               and not any(a <= m.start() < b for a, b in code)]
        for found in reversed(raw):
            line = line[:found.start()] + found["words"] + line[found.end():]
        total += len(raw)
    return line, total


class _Importer:
    def __init__(self, repo: gitpython.Repo, settings: Settings, pages: dict[str, str], record_name: str,
                 say: Callable[[str], None], report: Report, *, in_line: str = ""):
        self.repo, self.settings, self.pages, self.record_name = repo, settings, pages, record_name
        self.say, self.report = say, report
        self.in_line = in_line  # the translation's record of the authoritative text it translates (`staleness`)
        self.top = git.top(repo)
        # the language of the commits it writes: the site's history is read by its team (a French site's in French)
        self.written_in = of_site(setting=settings.messages, authoritative=settings.authoritative)

    # --- the authoritative language: one commit per distinct text --------------------------------

    def authoritative(self, lang: str, texts: list[Text]) -> None:
        found = history.find_versions(self.repo, root=self.top, settings=self.settings, paths=self.pages)
        committed = {v.date: v.commit for v in found.versions}
        newest = max(committed) if committed else None
        path = self.pages[lang]
        before = self._read("HEAD", path)
        for text in texts:
            name, date = text.source.path.name, text.source.date
            page = text.page(date)
            if date in committed:
                same = _body(self._read(committed[date], path)) == _body(page)
                self.say(Said("import.committed-already" if same else "import.committed-already/other", name=name,
                              date=str(date)))
                if not same:
                    self.report.refused.append(name)
                continue
            earlier = max((d for d in committed if d < date), default=None)
            if newest and date < newest and earlier and _words(_body(self._read(committed[earlier], path))) == \
                    _words(_body(page)):  # (the same text, or its words written otherwise: skipped when imported)
                self.say(Said("import.same-as-earlier", name=name, earlier=str(earlier)))
                continue
            if newest and date < newest:
                self.say(Said("import.older", name=name, date=str(date), newest=str(newest)))
                self.report.refused.append(name)
                continue
            if date > clock.today():  # the gate's terms (gate.first_notice, imported_after): a new text's
                today = clock.today()
                self.say(Said("import.future", name=name, date=str(date), today=str(today),
                              days=self.settings.notice_days))
            if before is not None and _body(before) == _body(page):
                self.say(Said("import.same-as-before", name=name))
                continue
            if before is not None and _words(_body(before)) == _words(_body(page)):
                self.say(Said("import.same-words", name=name))
                continue
            self._commit(date, {path: page}, text, lang=lang)
            before, newest = page, date

    # --- a translation: beside the authoritative text of each version ------------------------------

    def translation(self, lang: str, texts: list[Text]) -> None:
        found = history.find_versions(self.repo, root=self.top, settings=self.settings, paths=self.pages)
        if not found.versions:
            raise ImportRefused(Said("import.authoritative-first", authoritative=self.settings.authoritative,
                                     lang=lang))
        path = self.pages[lang]
        versions = found.versions
        # the day each text is read from: its file's, or the next version's for a translation put online a few days
        # before the text it translates took effect
        dated = sorted(((self._translates_from(text, versions, lang), text) for text in texts),
                       key=lambda pair: (pair[0], pair[1].source.date, pair[1].source.path.name))
        texts = [text for _day, text in dated]
        days = [day for day, _text in dated]
        used: set[int] = set()
        for k, version in enumerate(versions):
            end = versions[k + 1].date if k + 1 < len(versions) else None
            # The translation published with a version: the last one dated before the next version.
            candidates = [i for i, day in enumerate(days) if end is None or day < end]
            if not candidates:
                ahead = [t.source.path.name for t, day in zip(texts, days) if end and t.source.date < end <= day]
                self.say(Said("import.no-translation/ahead" if ahead else "import.no-translation",
                              version=version.version, lang=lang, end=str(end), ahead=", ".join(ahead)))
                self._withdraw(version, lang)
                continue
            i = candidates[-1]
            if end is None and texts[i].source.date > version.date:
                self.say(Said("import.after-newest", name=texts[i].source.path.name, date=str(texts[i].source.date),
                              authoritative=self.settings.authoritative, version=version.version, lang=lang))
            superseded = [texts[j].source for j in candidates if j not in used and j != i]
            for source in superseded:
                # A text dated before this version (before the first one, say) translated none imported here.
                self.say(Said("import.replaced/before" if source.date < version.date else "import.replaced",
                              name=source.path.name, version=version.version, by=texts[i].source.path.name))
            if i in used and k > 0:  # no text of its own: the one of the version before, which this one changed
                self.say(Said("import.translates-earlier", name=texts[i].source.path.name,
                              date=str(texts[i].source.date), version=version.version,
                              authoritative=self.settings.authoritative, earlier=versions[k - 1].version, lang=lang))
            if i not in used and texts[i].source.date > version.date and end is not None:
                # put online after the text it translates (history 25: said nowhere, `policy at` naming it from V)
                self.say(Said("import.translated-late", name=texts[i].source.path.name,
                              date=str(texts[i].source.date), version=version.version, lang=lang,
                              authoritative=self.settings.authoritative))
            used.update(candidates)
            text = texts[i]
            page = text.page(version.date)
            if self._read(version.commit, path) == page:
                self.say(Said("import.translated-already", name=text.source.path.name, lang=lang,
                              version=version.version))
                continue
            if (own := self._read(version.commit, path)) is not None and not self._imported(version, lang, own):
                # the team's own page (history 28: an English text of 2021 imported into a site whose only version,
                # 2022-03-01, had its translation replaced that translation, silently, with the older text)
                self.say(Said("import.own-page", name=text.source.path.name, lang=lang, version=version.version))
                continue
            files = {p: data for code, p in self.pages.items()
                     if code != lang and (data := self._read(version.commit, p)) is not None}
            files[path] = page
            authoritative = self.pages[self.settings.authoritative]
            # the company's own pairing: the same date, the same version (newco2: `sync.record-missing`), or the
            # version a translation put online a few days ahead translates (`import.ahead`: histories5, unrecorded)
            paired = days[i] == version.date and authoritative in files and bool(self.in_line)
            if paired:
                read = document.parse(files[authoritative], path=authoritative, lang=self.settings.authoritative)
                files[self.in_line] = staleness.record_text(source=authoritative, sections=staleness.fingerprints(read),
                                                            command="import")
            self._commit(max(version.date, text.source.date), files, text, lang=lang, version=version.version)
            self.say(Said(("import.in-line" if text.source.date == version.date else "import.in-line/ahead")
                          if paired else "import.in-line/unpaired", path=self.in_line,
                          name=text.source.path.name, date=str(text.source.date), version=version.version, lang=lang,
                          authoritative=self.settings.authoritative))
        self._restore_head()

    def _translates_from(self, text: Text, versions: list[history.DatedVersion], lang: str) -> dt.date:
        """The day `text` is read from: its file's; but a translation dated less than a month before the next
        version, whose own date line says that version's day, or whose sections, numbers, dates and links are that
        version's text's rather than the one in force on its file's day, is that version's (put online a few days
        ahead: it was published with the text in force, adoption hunt 29)."""
        day = text.source.date
        k = next((n for n in range(len(versions) - 1) if versions[n].date <= day < versions[n + 1].date), None)
        if k is None or (versions[k + 1].date - day).days > 31:
            return day
        now, ahead = versions[k], versions[k + 1]
        read = document.parse(text.page(day), path=text.source.path.name, lang=lang)
        stated = {date for block in [read.title, *(b.text for b in sync.date_blocks(read))]
                  for _sentence, dates in sync.stated_dates(block, lang) for date in dates}
        if ahead.date.isoformat() in stated or now.date.isoformat() in stated:
            verdict = ahead.date.isoformat() in stated and now.date.isoformat() not in stated
        else:
            authoritative = self.pages[self.settings.authoritative]
            sources = [self._read(v.commit, authoritative) for v in (now, ahead)]
            if None in sources:
                return day
            misses = [len(sync.compare(document.parse(source or "", path=authoritative,
                                                      lang=self.settings.authoritative), read)) for source in sources]
            verdict = misses[1] < misses[0]
        if not verdict:
            return day
        self.say(Said("import.ahead", name=text.source.path.name, date=str(day), version=ahead.version,
                      authoritative=self.settings.authoritative))
        return ahead.date

    def _imported(self, version: history.DatedVersion, lang: str, page: str) -> bool:
        """Whether `page`, `version`'s `lang` page, is one an import wrote (recorded in imported.yml at its commit)."""
        entries = imported.parse(git.read_blob(self.repo, version.commit, self.record_name))
        return imported.digest(page.encode("utf-8")) in imported.digests(e for e in entries if e.get("lang") == lang)

    def _withdraw(self, version: history.DatedVersion, lang: str) -> None:
        """A `lang` page an earlier import committed with `version`, from a text no longer dated before the
        next version (the authoritative text it translates was imported since): the version loses it."""
        path = self.pages[lang]
        page = self._read(version.commit, path)
        record = self.top / self.record_name
        entries = imported.parse(git.read_blob(self.repo, version.commit, self.record_name))
        mine = [e for e in entries if e.get("lang") == lang and str(e.get("date")) == version.version]
        if page is None or not mine or imported.digest(page.encode("utf-8")) not in imported.digests(mine):
            return  # no page, or one the team wrote: left as it is
        for code, other in self.pages.items():
            if code != lang and (data := self._read(version.commit, other)) is not None:
                (self.top / other).write_text(data, encoding="utf-8")
        remaining = [e for e in imported.parse(record.read_bytes() if record.is_file() else None) if e not in mine]
        record.write_text(imported.render(remaining), encoding="utf-8")
        others = [p for c, p in self.pages.items() if c != lang and (self.top / p).exists()]
        git.run(self.repo, "add", "--", *others, self.record_name)
        git.run(self.repo, "rm", "-q", "--ignore-unmatch", "--", path)
        stamp = _stamp(version.date)
        sources = ", ".join(str(e.get("source", "?")) for e in mine)
        with self.repo.git.custom_environment(GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp,
                                              **_identity(self.repo)):
            name = _named(lang, self.written_in)
            git.run(self.repo, "commit", "-q", "-m",
                    self._said("import.commit/no-page", version=version.version, name=name) + "\n\n"
                    + self._said("import.commit/no-page-why", sources=sources) + "\n",
                    "--", *others, self.record_name, path)
        self.report.commits.append(self.repo.head.commit.hexsha)
        self.say(Said("import.withdrawn", version=version.version, lang=lang, sources=sources))

    # --- a document the import declares -----------------------------------------------------------

    def declare_document(self, root: Path, site: Settings, doc_id: str, lang: str, texts: list[Text]) -> Said | None:
        """`doc_id` in extra.policy.documents, titled in `lang` as its newest text (its first one titled as its pages
        are), the site renamed where it gets its second document, committed before its texts; nothing where it is
        there already with a title in `lang`."""
        title = _title(texts[-1], lang)
        first = {}
        for language in site.languages:
            page = policy_settings.docs_page(root, language, site)
            if page.is_file() and not page.is_symlink():
                first[language.code] = " ".join(document.read(page, lang=language.code).shown_title.split())
        documents = declare.documents_with(site, doc_id=doc_id, lang=lang, title=title,
                                           first={code: words for code, words in first.items() if words})
        files = declare.declare(root, site, documents)
        if not files:
            return None
        try:  # an id the settings refuse (`latest`, `2021-01-01`, `Cookies`): refused before anything is written
            with strings.digits_kept():
                policy_settings.from_extra(policy_settings.read_yaml(files["mkdocs.yml"]).get("extra", {}))
        except policy_settings.SettingsError as exc:
            raise ImportRefused(Said("import.document-refused", error=text_of(exc))) from None
        names = {git.repo_path(self.repo, Path(root) / name): text for name, text in files.items()}
        for name, text in names.items():
            (self.top / name).write_text(text, encoding="utf-8")
        git.run(self.repo, "add", "--", *names)
        stamp = _stamp(min(text.source.date for text in texts), "11:59:59")
        new = all(d.id != doc_id for d in site.documents)
        message = (self._said("import.commit/declare", document=doc_id, page=f"{doc_id}.md") if new else
                   self._said("import.commit/title", document=doc_id, name=_named(lang, self.written_in))) + "\n"
        with self.repo.git.custom_environment(GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp,
                                              **_identity(self.repo)):
            git.run(self.repo, "commit", "-q", "-m", message, "--", *names)
        self.report.commits.append(self.repo.head.commit.hexsha)
        # where its page is, in this language's folder (company13: "docs/<lang>/cookies.md" on a site whose texts are
        # in legal/)
        shown = git.repo_path(self.repo, policy_settings.docs_page(root, site.language(lang), site).parent
                              / f"{doc_id}.md")
        return Said("import.declared" if new else "import.declared/title", document=doc_id, page=shown,
                    lang=lang, title=title, files=", ".join(names), sha=self.repo.head.commit.hexsha[:7])

    # --- git --------------------------------------------------------------------------------------

    def _said(self, key: str, /, **fields: object) -> str:
        """The catalogue's `key` in the language of the site's history (`written_in`), for a commit's message."""
        return said_in(Said(key, **fields), self.written_in)

    def _read(self, rev: str, path: str) -> str | None:
        data = git.read_blob(self.repo, rev, path) if self.repo.head.is_valid() else None
        return document.normalise(data.decode("utf-8", "replace")) if data is not None else None

    def _commit(self, date: dt.date, files: dict[str, str], text: Text, *, lang: str, version: str = "") -> None:
        """Write `files` (repository paths -> text), record the imported page, and commit them on `date`."""
        path = self.pages[lang]
        for name, content in files.items():
            target = self.top / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        record = self.top / self.record_name
        entries = imported.parse(record.read_bytes() if record.is_file() else None)
        digest = imported.digest(files[path].encode("utf-8"))
        if digest not in imported.digests(entries):
            entries.append({"lang": lang, "date": (version or date.isoformat()), "sha256": digest,
                            "source": text.source.path.name})
            record.write_text(imported.render(entries), encoding="utf-8")
        git.run(self.repo, "add", "--", *files, self.record_name)
        stamp = _stamp(date)
        env = {"GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp, **_identity(self.repo)}
        message = (self._said("import.commit/version" if version else "import.commit/from",
                              name=_named(lang, self.written_in), version=version or date.isoformat()) + "\n\n"
                   + self._said("import.commit/source", source=text.source.origin or text.source.path.name) + "\n")
        if text.notes:
            message += f"\n{self._said('import.commit/changed')}\n" + "".join(
                f"- {said_in(note, self.written_in)}\n" for note in text.notes)
        with self.repo.git.custom_environment(**env):  # these files only: nothing else the user had staged
            try:
                git.run(self.repo, "commit", "-q", "-m", message, "--", *files, self.record_name)
            except git.GitError as exc:  # said in a line, not with the whole command and its message
                said = [line.strip() for line in (exc.detail or str(exc)).splitlines() if line.strip()]
                raise ImportRefused(Said("import.commit-refused" if version else "import.commit-refused/from",
                                         name=text.source.path.name, lang=lang, version=version or date.isoformat(),
                                         day=date.isoformat(), detail=said[-1] if said else str(exc))) from None
        sha = self.repo.head.commit.hexsha
        self.report.commits.append(sha)
        self.say(Said("import.committed" if version else "import.committed/from", name=text.source.path.name,
                      lang=lang, version=version or date.isoformat(), day=date.isoformat(), sha=sha[:7],
                      notes=Said("import.notes", notes=list(text.notes)) if text.notes else ""))

    def words(self, lang: str) -> None:
        """The words of the imported text in force that the language's dictionary lacks, listed in its word list
        in a commit of their own: the text was public as it is, and its next version is checked word for word
        (a real policy's first edit was refused by hundreds of words of its own). Each is said, to be reviewed."""
        page = self.top / self.pages[lang]
        listing = page.parent / spelling.WORDS_FILE
        if not page.is_file() or page.is_symlink() or listing.is_symlink() or not spelling.has_dictionary(lang):
            return
        _word_list_read(self.top, listing, lang)
        policy = document.read(page, lang=lang, display_path=self.pages[lang])
        missing = spelling.unknown_words(policy, words=spelling.load_words(listing), names=(
            self.settings.company, self.settings.brand, *self.settings.brand_variants))
        if not missing:
            return
        # in the language of the site's history, as the commit that lists them (company13: English on a French site)
        name = _named(lang, self.written_in)
        before = listing.read_text(encoding="utf-8") if listing.is_file() else ""
        entry = self._said("import.word-list/entry", name=name)
        block = (f"\n# {self._said('import.word-list/intro', name=name)}\n# {self._said('import.word-list/review')}\n"
                 + "".join(f"{word}  # {entry}\n" for word in missing))
        listing.write_text(before.rstrip("\n") + ("\n" if before.strip() else "") + block, encoding="utf-8")
        shown = git.repo_path(self.repo, listing)
        git.run(self.repo, "add", "--", shown)
        newest = history.find_versions(self.repo, root=self.top, settings=self.settings, paths=self.pages).versions
        stamp = _stamp(newest[-1].date if newest else clock.today(), "12:00:02")
        with self.repo.git.custom_environment(GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp,
                                              **_identity(self.repo)):
            said = self._said("import.commit/words", count=len(missing), name=_named(lang, self.written_in), path=shown)
            git.run(self.repo, "commit", "-q", "-m", said, "--", shown)
        self.report.commits.append(self.repo.head.commit.hexsha)
        examples = ", ".join(missing[:8]) + (" …" if len(missing) > 8 else "")
        self.say(Said("import.words", path=shown, count=len(missing), lang=lang, examples=examples))

    def _restore_head(self) -> None:
        """After commits given to earlier versions, HEAD holds the newest version's pages again."""
        found = history.find_versions(self.repo, root=self.top, settings=self.settings, paths=self.pages)
        newest = found.versions[-1]
        files = {path: data for path in [*self.pages.values(), *([self.in_line] if self.in_line else [])]
                 if (data := self._read(newest.commit, path)) is not None}
        if all(self._read("HEAD", path) == data for path, data in files.items()):
            return
        for name, content in files.items():
            (self.top / name).write_text(content, encoding="utf-8")
        git.run(self.repo, "add", "--", *files)
        stamp = _stamp(newest.date, "12:00:01")
        with self.repo.git.custom_environment(GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp,
                                              **_identity(self.repo)):
            git.run(self.repo, "commit", "-q", "-m", self._said("import.commit/current", version=newest.version),
                    "--", *files)
        self.report.commits.append(self.repo.head.commit.hexsha)


def _stamp(day: dt.date, time: str = "12:00:00") -> str:
    """What an import dates its commit of a text of `day`: that day at `time` (UTC), where the texts of the old site
    take their place in the history; never after this moment (`clock.stamp`). A text dated after today (a version
    announced ahead) is committed now: a commit dated in the future (session 49: 2027-01-16 12:00 for a text imported
    on 2 December 2026) is a clock git cannot tell from a wrong one, and the commits made after it, the team's
    `announced:` among them, were dated before their parent."""
    moment = int(dt.datetime.fromisoformat(f"{day.isoformat()}T{time}+00:00").timestamp())
    return f"@{min(moment, clock.stamp())} +0000"


def _named(lang: str, said_in: str = "en") -> str:
    """A language as a commit's message or the word list names it in `said_in`: `fr` French (français), `pt-BR`
    Portuguese (pt-BR), where a site may hold another Portuguese; a code Babel does not know as it is."""
    name = strings.language_name_in(lang, said_in)
    return f"{name} ({lang})" if "-" in lang and name != lang else name


def _mixed_documents(texts: list[Text], *, lang: str) -> str:
    """The files of one import that are two documents' versions, said by group (`cookies-…: “Cookie-Richtlinie”
    (2023-05-01); datenschutz-…: “Datenschutzerklärung” (2021-03-01, …)`), else "": files named otherwise but for
    their dates, whose titles no group shares and whose words are mostly not the other's. A company's folder of
    legal texts, its cookie policy beside its privacy policy, made the cookie policy a version of the privacy policy
    between two of its own (session 35, newco)."""
    groups: dict[str, list[Text]] = {}
    for text in texts:
        stem = re.sub(r"[\W\d_]+", "", text.source.path.stem.casefold())
        groups.setdefault(stem, []).append(text)
    if len(groups) < 2:
        return ""
    titles = {stem: {_title(text, lang) for text in group} for stem, group in groups.items()}
    words = {stem: set(_words(_body(group[-1].page(group[-1].source.date)).casefold())) for stem, group in
             groups.items()}
    apart = any(not titles[a] & titles[b] and len(words[a] & words[b]) < len(words[a] | words[b]) / 2
                for a in groups for b in groups if a < b)
    if not apart:
        return ""
    return "; ".join(f"{group[0].source.path.name}: “{' / '.join(sorted(titles[stem]))}” "
                     f"({', '.join(str(text.source.date) for text in group)})" for stem, group in groups.items())


OTHER_LANGUAGE = 0.7  # the share of a text's words another language's dictionary knows, at least, to be in it
LANGUAGE_MARGIN = 0.3  # and how many fewer `--lang`'s must know


def _other_languages(texts: list[Text], *, lang: str, languages: tuple[str, ...]) -> list[Said]:
    """Each text of the import written in another language than `lang`, one of the site's or English, said with the
    shares of its words each dictionary knows: a translation among the versions (an English page saved in the French
    folder) is not a new version of the text (adopt31: it was committed as one, and the French text after it as
    another)."""
    from policysite import spelling

    found = []
    for text in texts:
        body = _body(text.page(text.source.date))
        own = spelling.known_share(body, lang)
        if own is None:
            continue
        for other in dict.fromkeys((*languages, "en")):
            if _language(other) == _language(lang):
                continue
            share = spelling.known_share(body, other)
            if share is not None and share >= OTHER_LANGUAGE and share - own >= LANGUAGE_MARGIN:
                found.append(Said("import.text-language/item", name=text.source.path.name, other=other, lang=lang,
                                  share=round(share * 100), own=round(own * 100)))
                break
    return found


def _title(text: Text, lang: str) -> str:
    """The title a converted text shows, its spaces as one."""
    return " ".join(document.parse(text.page(text.source.date), path=text.source.path.name, lang=lang)
                    .shown_title.split())


def _words(body: str) -> list[str]:
    """The words of a Markdown text, its links' addresses among them, without its marks and its headings' ids: what
    two captures of one version under two designs of a site share (adoption hunt 34)."""
    return re.findall(r"\w+", unicodedata.normalize("NFKC", re.sub(r"[ \t]*\{[#:][^}\n]*\}", "", body)))


def _body(page: str | None) -> str:
    """A page's text without its date: what tells two versions' texts apart. Its front matter's title and description
    are of its text (a Hugo or Jekyll page's title is its heading: renamed "Privacy Notice", it is another version)."""
    if page is None:
        return ""
    meta = document.front(page).meta
    kept = [f"{key}: {meta[key]}" for key in ("title", "description") if isinstance(meta.get(key), str)]
    return "\n".join([*kept, *(line.rstrip() for line in document.body(page).strip().split("\n"))])


def _identity(repo: gitpython.Repo) -> dict[str, str]:
    """The committer's identity: the user's when git has one, else the import's own (CI has none)."""
    env = {}  # (read as git resolves it: GitPython's reader ignores GIT_CONFIG_GLOBAL and reads ~/.gitconfig)
    if not (os.environ.get("GIT_AUTHOR_NAME") or git.config_value(repo, "user.name")):
        env["GIT_AUTHOR_NAME"] = env["GIT_COMMITTER_NAME"] = FALLBACK_NAME
    if not (os.environ.get("GIT_AUTHOR_EMAIL") or git.config_value(repo, "user.email")):
        env["GIT_AUTHOR_EMAIL"] = env["GIT_COMMITTER_EMAIL"] = FALLBACK_EMAIL
    return env
