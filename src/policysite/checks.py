"""Every check of the policy, on the document model of each language, as findings."""
from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import os
import re
import stat
import subprocess
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from policysite import (
    anchors,
    clock,
    config_rules,
    crosslinks,
    datelines,
    document,
    document as document_model,
    editorial,
    git,
    glyphs,
    imported as imported_record,
    notice_sentences,
    ownhost,
    probecache,
    rendering,
    repeated_front,
    safety,
    settings as policy_settings,
    source,
    spelling,
    staleness,
    sync,
)
from policysite.files import shown as shown_path
from policysite.findings import WARNING, Finding
from policysite.messages import Said, text_of
from policysite.settings import Language, Settings

if TYPE_CHECKING:
    from policysite import manifest as mf

def page_path(root: Path, settings: Settings, language: Language) -> tuple[Path, str]:
    """A language's policy page and the path shown in findings (relative to the project root)."""
    path = policy_settings.docs_page(root, language, settings)
    try:  # as written, not where a link points
        return path, Path(os.path.normpath(path.absolute())).relative_to(
            os.path.normpath(Path(root).absolute())).as_posix()
    except ValueError:
        try:
            return path, path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            return path, str(path)


def _removed(display: str, code: str, removed: tuple[str, str, str, str | None], root: Path,
             settings: Settings) -> Said:
    """Why a page committed before is missing: a commit moved it where the configuration does not read it, or deleted
    it, said with that commit and the way back in publishing's words (publish_refusals.not_committed). A translation
    deleted may be a language the site means to drop: that is the configuration's change (its entry in
    extra.policy.languages and its mkdocs.<code>.yml), and none once the language is published (`refuse.unconfigured`):
    said which (histories34: only the way back was said)."""
    import shlex

    sha, day, subject, where = removed
    if where is None:  # deleted: its commit's first parent has it as it was
        item = Said("publish.removed/item", paths=display, count=1, commit=sha[:7], day=day, subject=subject,
                    restore=shlex.quote(display))
        if code == settings.authoritative:
            return Said("check.page-removed", path=display, code=code, item=item)
        read = _published_tip(root)
        versions = sorted(manifest.version for _name, manifest in _published_manifests(root, settings, read[1])
                          if code in manifest.languages) if read else []
        if read and versions:
            return Said("check.page-removed/published", path=display, code=code, item=item, branch=read[0],
                        first=versions[0])
        return Said("check.page-removed/translation", path=display, code=code, item=item,
                    config=f"mkdocs.{code}.yml")
    new = os.path.relpath(where, Path(root).absolute())
    return Said("check.page-moved", path=display, code=code, item=Said(
        "publish.moved/item", path=display, new=new, commit=sha[:7], day=day, subject=subject,
        back=f"{shlex.quote(new)} {shlex.quote(display)}"))


def load_policy(root: Path, settings: Settings, code: str) -> tuple[document.Policy, Path]:
    """Parse one language's policy page."""
    path, display = page_path(root, settings, settings.language(code))
    if config_rules.linked(root, path):
        return _unreadable(display, code, 1, "source.symlink"), path
    if not path.exists() and git.left_out(path):  # committed, kept out of this checkout: importing it again would
        # make a second history of it (histories31: "does not exist: import the English texts")
        raise policy_settings.SettingsError(Said("check.page-left-out", path=display, code=code,
                                                 folder=Path(display).parent.as_posix()))
    if not path.exists() and git.deleted_here(path):  # deleted, the deletion not committed: importing it again
        # would make a second history of it; git has it
        raise policy_settings.SettingsError(Said("check.page-deleted", path=display, code=code))
    if not path.exists() and (removed := git.removed_by(path)) is not None:  # a commit moved it where the
        # configuration does not read it (a case-only rename: histories32) or deleted it (histories33): put back as it
        # was, not imported or written again as a second history of a text git has
        raise policy_settings.SettingsError(_removed(display, code, removed, root, settings))
    if not path.exists():  # (a new site's translation before its import: say the command that writes it)
        key = "check.page-missing" if code == settings.authoritative else "check.page-missing/translation"
        documents = settings.all_documents  # (on a site of several, the import refuses texts no --document places)
        option = f" --document {settings.document or documents[0].id}" if len(documents) > 1 else ""
        raise policy_settings.SettingsError(Said(key, path=display, code=code, authoritative=settings.authoritative,
                                                 option=option))
    if not path.is_file():  # a FIFO (`open` waited for a writer: check, build, sync-mark and diff hung), a folder
        return _unreadable(display, code, 1, "source.not-a-file"), path
    with open(path, "rb") as page:
        if page.read(len(LFS_POINTER)) == LFS_POINTER:  # what git stores when .gitattributes says `filter=lfs`
            return _unreadable(display, code, 1, "source.lfs"), path
    try:
        return document.read(path, lang=code, display_path=display), path
    except document.DecodeError as exc:
        return _unreadable(display, code, exc.line, "source.encoding/utf16" if exc.utf16 else "source.encoding",
                           offset=exc.offset), path


# The first bytes of a Git LFS pointer file (git-lfs's spec): a page committed so holds no text (history hunt 33).
LFS_POINTER = b"version https://git-lfs.github.com/spec/v1\n"


def _unreadable(display: str, code: str, line: int, key: str, **fields: object) -> document.Policy:
    """A page that cannot be read as a policy: no sections, one finding saying why."""
    return document.Policy(display, code, {}, "", 0, {}, [], [], [Finding.of(display, line, key, **fields)])


# The rules of a page `load_policy` could not read (`_unreadable`): nothing else is judged of it, nor of a
# translation against it (texts 29: a French page in Latin-1 added "French does not number its headings" on the
# English one, and its word list's every entry "not used"). A page over document.MAX_PAGE is not read either (a 5 MB
# English page was said "not numbering its headings as French does" besides its size: safety92).
UNREAD = frozenset({"source.symlink", "source.lfs", "source.encoding", "source.not-a-file", "text.size"})

# The rules of characters in a text that no reader sees (characters.controls): `policy check` refuses the page, and
# `policy sync-mark` marks none of its sections.
CONTROLS = "text.control"


def is_unread(policy: document.Policy) -> bool:
    """True for a page `load_policy` could not read: its one finding says why."""
    return not policy.sections and not policy.preamble and any(f.rule in UNREAD for f in policy.problems)


# The rule of a merge's conflict markers left in a page (characters.conflicts).
CONFLICT = "text.conflict"


def is_torn(policy: document.Policy) -> bool:
    """True for a page holding a merge's conflict markers: both sides stand in its text, and a `=======` under a line
    makes it a heading, so what else the checks would say of it (a heading without a number, `HEAD` misspelt, a
    front matter that is no YAML, a translation's section missing) is the conflict said again (legal17: one conflict
    was nine findings); the markers alone are said until it is resolved."""
    return any(f.rule == CONFLICT for f in policy.problems)


# The years a version's date may have: its files are dated with it (SOURCE_DATE_EPOCH, 32 bits: until 2106).
FIRST_YEAR, LAST_YEAR = 1900, 2099
FURTHEST_AHEAD = 366  # days an announced version may take effect beyond its notice (frontmatter.announced-far)


def _no_such_day(path: str, line: int, value: str) -> Finding | None:
    """A date written YYYY-MM-DD whose day its month lacks (2021-02-30, 2023-04-31), said with the month's last day;
    None for any other."""
    import calendar

    written = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value.strip())
    if not written or not 1 <= int(written[2]) <= 12 or int(written[1]) < 1:
        return None
    year, month = int(written[1]), int(written[2])
    days = calendar.monthrange(year, month)[1]
    if 1 <= int(written[3]) <= days:
        return None
    return Finding.of(path, line, "frontmatter.date-invalid/day", value=value.strip(), days=days,
                      month=f"{year:04d}-{month:02d}-01", last=dt.date(year, month, days).isoformat())


def date_findings(policy: document.Policy, *, today: dt.date, notice_days: int = 30,
                  notice: document.Policy | None = None) -> list[Finding]:
    """The front matter date: present, a real ISO date, and in the future only when announced with notice.

    `notice` is the page whose `change:` and `announced:` count (the authoritative one, for a translation).
    A material version dated after today needs `announced:` at least `notice_days` before its date; an
    editorial one needs `announced:` only (the day the feed dates its announcement).
    """
    line = policy.meta_lines.get("date", 1)
    value = policy.meta.get("date")
    findings = _notice_findings(policy, today=today)
    if "date" not in policy.meta:
        if any(f.rule.startswith(("frontmatter.", "source.")) for f in policy.problems):
            return findings
        return findings + [Finding.of(policy.path, 1, "frontmatter.date-missing")]
    if policy.date is None:
        return findings + [_no_such_day(policy.path, line, str(value)) or
                           Finding.of(policy.path, line, "frontmatter.date-invalid", value=value)]
    if not FIRST_YEAR <= policy.date.year <= LAST_YEAR:  # year 1 or 9999: a typo, and past what the build dates
        return findings + [Finding.of(policy.path, line, "frontmatter.date-invalid/year",
                                      date=policy.date.isoformat(), first=FIRST_YEAR, last=LAST_YEAR)]
    if notice is not None and notice is not policy and notice.date is not None and notice.date != policy.date:
        # a translation still dated as before (its authoritative page's date changed): sync.date says to give it that
        # date; its notice judged against its own (legal23: "announced 2026-12-07 is after the version's date, January
        # 10, 2025" said of the English page, which has no `announced:`, beside sync.date)
        return findings
    notice = notice or policy
    announced, date = notice.announced, policy.date
    if announced is not None and announced > date:
        findings.append(Finding.of(policy.path, policy.meta_lines.get("announced", line),
                                   "frontmatter.announced-after", announced=announced.isoformat(),
                                   date=date.isoformat()))
    if date <= today:
        return findings
    if announced is None and ("announced" in notice.meta or "announced" in policy.meta):
        # written, but not a day (`20/01/2024`, a time): frontmatter.announced-invalid names it on its page; "add
        # announced:" said beside it, on each language's page, sent the legal team to write a second one. Written on
        # a translation's page alone: sync.notice says there that only the authoritative page's counts, and this
        # finding on the authoritative page to add it there ("add announced: 2026-12-06" on the page that had it,
        # legal19)
        return findings
    if announced is None:
        return findings + [Finding.of(policy.path, line, "frontmatter.date-future" + _zoned(), date=date.isoformat(),
                                      today=today.isoformat(), notice_days=notice_days, **_zone_field())]
    start = max(announced, today)  # (an `announced:` left from long ago: frontmatter.notice says so, from today)
    if (date - start).days > notice_days + FURTHEST_AHEAD:
        # Once published, no version dated before it can follow, and an announced version is never withdrawn: a
        # typo in the year (2072-03-01 for 2027-03-01) froze the archive for 45 years, every page announcing it
        # (safety hunt 22)
        furthest = start + dt.timedelta(days=notice_days + FURTHEST_AHEAD)
        since = {"announced": announced.isoformat()} if start == announced else {"today": today.isoformat()}
        return findings + [Finding.of(policy.path, line, "frontmatter.announced-far" + ("" if start == announced
                                                                                      else "/today"),
                                      date=date.isoformat(), days=(date - start).days, **since,
                                      furthest=furthest.isoformat())]
    if notice.change == "material" and (date - announced).days < notice_days:
        return findings + [Finding.of(policy.path, line, "frontmatter.notice", date=date.isoformat(),
                                      days=(date - announced).days, announced=announced.isoformat(),
                                      notice_days=notice_days,
                                      earliest=(announced + dt.timedelta(days=notice_days)).isoformat())]
    return findings


def day_key(pages: Iterable[str], *, today: dt.date) -> str:
    """Which day the findings of these pages depend on: `today` where a page's `date:` or `announced:` is after it,
    else none (`date_findings` and `_notice_findings` read the day only against those dates: a version judged on
    any day on or after them is judged the same), the gate's findings cache's part of the day."""
    for text in pages:
        policy = document.front(text)
        if any(day is not None and day > today for day in (policy.date, policy.announced)):
            return today.isoformat()
    return "past"


def _zoned() -> str:
    """The variant of a finding about today's date on a site with a time zone: the day is the company's, not UTC's
    (a site in Auckland was told "today is 2026-12-04 in UTC" on UTC's 3 December)."""
    return "" if clock.zone() is dt.UTC else "/zone"


def _zone_field() -> dict[str, str]:
    return {} if clock.zone() is dt.UTC else {"zone": str(clock.zone())}


def _notice_findings(policy: document.Policy, *, today: dt.date) -> list[Finding]:
    """`change:` and `announced:` as written: a known class, a real date, not in the future."""
    findings = []
    change = policy.meta.get("change")
    if change is not None and change not in document.CHANGE_CLASSES:
        findings.append(Finding.of(policy.path, policy.meta_lines.get("change", 1), "frontmatter.change",
                                   change=change))
    if "announced" in policy.meta:
        line = policy.meta_lines.get("announced", 1)
        if policy.announced is None:
            findings.append(Finding.of(policy.path, line, "frontmatter.announced-invalid",
                                       value=policy.meta["announced"]))
        elif policy.announced > today:
            findings.append(Finding.of(policy.path, line, "frontmatter.announced-future" + _zoned(),
                                       announced=policy.announced.isoformat(), today=today.isoformat(),
                                       **_zone_field()))
    return findings


def notice_sync(source: document.Policy, translation: document.Policy) -> list[Finding]:
    """A translation that sets `change:` or `announced:` sets what the authoritative page sets."""
    findings = []
    for key in ("change", "announced"):
        if key in translation.meta and translation.meta.get(key) != source.meta.get(key):
            value = {"value": source.meta[key]} if key in source.meta else {}
            findings.append(Finding.of(translation.path, translation.meta_lines.get(key, 1),
                                       "sync.notice" if value else "sync.notice/none", key=key, source=source.lang,
                                       translation=translation.lang, other=translation.meta.get(key), **value))
    return findings


RULE_DATE_STATED = "structure.date-stated"


def stated_date(policy: document.Policy) -> list[Finding]:
    """A sentence between the title and the first section (a paragraph, an item, a row), in the title, or opening the
    heading that opens the text (`sync.date_blocks`) that says a date, not the page's `date:` (`sync.stated_dates`):
    a text brought in with its own "Last updated" line, edited without it; the page would show two dates (the site
    writes the version's date under the title where the text does not)."""
    value = policy.meta.get("date")
    if not isinstance(value, dt.date):
        return []
    blocks = policy.preamble + [block for block in sync.date_blocks(policy) if block not in policy.preamble]
    lines = [(policy.title_line, policy.title, False)] + [
        (block.line, block.shown, block.kind == "row") for block in blocks
        if block.kind in ("paragraph", "item", "row", "html")]
    stated = [(line, sentence, dates, row) for line, text, row in lines
              for sentence, dates in sync.stated_dates(text, policy.lang)]
    rows = [dates for _line, _sentence, dates, row in stated if row]
    history = _revision_table(rows, value) if len(rows) > 1 else None
    return [Finding.of(policy.path, line, RULE_DATE_STATED, sentence=sentence[:80], date=value.isoformat())
            for line, sentence, dates, row in stated
            if not sync.states(dates, value) and not (row and history is not None and max(dates) < history)] + [
        Finding.of(policy.path, policy.meta_lines.get(key, 1), RULE_DATE_STATED + "/meta", key=key,
                   sentence=sentence[:80], date=value.isoformat())
        for key, text in _shown_fields(policy) for sentence, dates in sync.stated_dates(text, policy.lang, every=True)
        if not sync.states(dates, value)]


def later_date_lines(policy: document.Policy) -> list[Finding]:
    """A paragraph of a section, below those stated_date reads, that is one short sentence saying the text's own date
    (datelines.date_line: "Effective date: 1 March 2020.", "This policy was last updated on 1 March 2020.") and not
    the version's: the page would show two dates, the version's under the title and this one in the text
    (safety82: §9's "Effective date:" of a version dated three years later was published). So is the short sentence
    opening a longer paragraph, a list item or a table's row where it says the text's last change (datelines.current:
    "Last updated on 3 March 2022. This policy …", "Last updated | 3 March 2022", legal21), not a change a history of
    earlier versions tells. A site's own notice is notices_written's."""
    value = policy.meta.get("date")
    if not isinstance(value, dt.date):
        return []
    judged = {id(block) for block in (*policy.preamble, *sync.date_blocks(policy))}
    found = []
    for block in (block for section in policy.sections for block in section.blocks):
        text = block.shown or block.text
        if block.kind not in ("paragraph", "item", "row") or id(block) in judged \
                or notice_sentences.written(text, langs=(policy.lang,), date=value) is not None:
            continue
        alone = block.kind == "paragraph" and sync.one_short_sentence(text)
        found += [Finding.of(policy.path, block.line, RULE_DATE_STATED + "/later", sentence=sentence[:80],
                             date=value.isoformat())
                  for sentence, dates in sync.stated_dates(text, policy.lang)[:None if alone else 1]
                  if (datelines.date_line(sentence) if alone else datelines.current(sentence))
                  and not sync.states(dates, value)]
    return found


def notices_written(policy: document.Policy, *, langs: tuple[str, ...]) -> list[Finding]:
    """Each block of the text (a paragraph, an item, a row, anywhere) writing one of the site's notices in one of the
    site's languages `langs` (notice_sentences.written): "This version is no longer in force." in §7 of the version
    in force, "Last updated: 1 March 2001" in §3 of the version of 2001-02-01; the reader takes them for the
    archive's; and the front matter's summary and description (shown under the title, to search engines) writing one.
    A date line above the first section stating another day is stated_date's."""
    value = policy.meta.get("date")
    day = value if isinstance(value, dt.date) else None
    dated_lines = {id(block) for block in (*policy.preamble, *sync.date_blocks(policy))}
    blocks = [*policy.preamble, *(block for section in policy.sections for block in section.blocks)]
    written = [(block.line, found) for block in blocks if block.kind in ("paragraph", "item", "row", "html")
               and (found := notice_sentences.written(block.shown or block.text, langs=langs, date=day)) is not None
               and not (found[1] and id(block) in dated_lines)]
    # (the summary and the description: a day they state is stated_date's, a status theirs to say nowhere)
    written += [(policy.meta_lines.get(key, 1), found) for key, text in _shown_fields(policy)
                if (found := notice_sentences.written(text, langs=langs, date=day)) is not None and not found[1]]
    return [Finding.of(policy.path, line, RULE_DATE_STATED + "/notice", sentence=found[0][:80],
                       date=day.isoformat() if day else "—") for line, found in written]


def _shown_fields(policy: document.Policy) -> list[tuple[str, str]]:
    """The front matter's words the site shows beside the version's date, as written: `summary:` under the title, on
    the history and in the feed, `description:` in the page's description (a search engine's and a link preview's
    words). `summary: Version of 1 March 2001` on the page of 2001-02-01 was published (safety71)."""
    fields = []
    for key in ("summary", "description"):
        said = policy.meta.get(key)
        text = said.isoformat() if isinstance(said, dt.date) else said if isinstance(said, str) else ""
        if text.strip():
            fields.append((key, " ".join(text.split())))
    return fields


def _revision_table(rows: list[set[str]], value: dt.date) -> str:
    """Where rows under the title each state a date (a revision table, "Version 2 | 01/09/2022 | …", as Word policies
    open: adopt20), the dates its rows may state without a word: those before the newest row's, or before the
    version's date where a row states it. A row of an older version is the text's history, not a stale "Last
    updated" line; the newest row stating another date than the version's is still said, as a later one."""
    newest = max(max(dates) for dates in rows)
    return value.isoformat() if any(sync.states(dates, value) for dates in rows) else newest


def check_language(*, root: Path, settings: Settings, code: str, today: dt.date | None = None,
                   loaded: dict[str, tuple[document.Policy, Path]] | None = None,
                   view: staleness.GitView | None = None, imported: frozenset[str] = frozenset(),
                   word_users: list[document.Policy] | None = None,
                   anchors_of: dict[str, set[str] | None] | None = None,
                   glyph_cache: Path | None = None) -> list[Finding]:
    """Findings about one language's page, including how it departs from the authoritative one.

    A page whose text is in `imported` (digests of texts public before the site) gets its writing
    findings as warnings. `word_users`: the pages sharing the language's word list (all the site's
    documents), whose use of it is judged with this page; [] when another document's check judges it.
    `anchors_of`: each document page's anchors in this language, for the links between documents.
    `glyph_cache`: where the print engine's answers about the page's characters, and the dictionary's about its
    words, are kept (probecache).
    """
    today = today or clock.today()
    loaded = {} if loaded is None else loaded
    for needed in {code, settings.authoritative}:
        if needed not in loaded:
            loaded[needed] = load_policy(root, settings, needed)
    policy, path = loaded[code]
    source, source_path = loaded[settings.authoritative]
    if is_torn(policy):  # (the page's characters are still judged: a control character is no side of the conflict)
        return sorted({f for f in policy.problems if f.rule.startswith("text.")})
    read = not is_unread(policy)  # (else its one finding says why, and nothing of its text is judged)
    findings = list(policy.problems)
    if read:
        findings += date_findings(policy, today=today, notice_days=settings.notice_days, notice=source)
        findings += stated_date(policy) + later_date_lines(policy)
        findings += notices_written(policy, langs=tuple(dict.fromkeys(
            (policy.lang, *(language.code for language in settings.languages)))))
    words_file = path.parent / spelling.WORDS_FILE
    folder = policy.path.rsplit("/", 1)[0] if "/" in policy.path else ""
    words_shown = f"{folder}/{spelling.WORDS_FILE}" if folder else spelling.WORDS_FILE
    unread = _linked_file(root, words_file)
    if unread:
        findings.append(Finding.of(words_shown, 1, "source.symlink/words"))
    # the company's vocabulary of a language whose dictionary lacks its common words (Persian), read as the list is
    vocabulary_file = path.parent / spelling.VOCABULARY_FILE
    vocabulary_unread = _linked_file(root, vocabulary_file)
    vocabulary_shown = f"{folder}/{spelling.VOCABULARY_FILE}" if folder else spelling.VOCABULARY_FILE
    if vocabulary_unread:
        findings.append(Finding.of(vocabulary_shown, 1, "source.symlink/words"))
    else:
        findings += spelling.lint_vocabulary(vocabulary_file, display_path=vocabulary_shown)
    if spelling.has_dictionary(code):
        words = frozenset() if unread else spelling.load_words(words_file)
        vocabulary = frozenset() if vocabulary_unread else spelling.load_words(vocabulary_file)
        findings += spelling.check(policy, words=words, words_path=words_shown, cache=glyph_cache,
                                   names=(settings.company, settings.brand, *settings.brand_variants),
                                   vocabulary=vocabulary)
    else:  # (a vocabulary beside it is read by no check: said, or the team takes its words for checked; company14)
        beside = not vocabulary_unread and vocabulary_file.is_file()
        findings.append(Finding.of(policy.path, policy.title_line or 1, spelling.RULE_NO_DICTIONARY
                                   + ("/language-vocabulary" if beside else "/language"), WARNING, lang=code,
                                   vocabulary=vocabulary_shown))
    if (word_users is None or word_users) and not unread and read:
        findings += spelling.lint_words(words_file, lang=code, display_path=words_shown, policy=word_users or policy,
                                        cache=glyph_cache, others=[text for _file, _line, _key, text in
                                                                   shown_config(root, settings, code)])
    findings += editorial.check(policy, brand=settings.brand, brand_variants=settings.brand_variants,
                                site_host=ownhost.host_of(settings.public_url))
    if read and path.is_file() and not path.is_symlink():
        raw = path.read_bytes().decode("utf-8", "replace")
        # An attribute the text sets is an editorial.html finding of the allow-list's, at its column, or (where
        # its syntax escapes the list: after a table cell, a code span) of the rendered text's, at its line.
        said = {f.line for f in findings if f.rule == editorial.RULE_HTML}
        findings += [f for f in rendering.check(raw, path=policy.path, lang=code,
                                                script_globals=safety.theme_globals(safety.installed_theme_dirs(root)))
                     if not (f.rule == editorial.RULE_HTML and f.line in said)]
        findings += editorial.fences(document.normalise(raw), path=policy.path)
        findings += editorial.indented(policy, document.normalise(raw))
        if view is None:  # the working tree's text: a version's own PDF says so when it is built (pdf.printed)
            findings += glyphs.check(policy, raw, fonts=[str(root / folder) for folder in settings.pdf_fonts
                                                        if (root / folder).is_dir()], cache=glyph_cache)
    findings += (dead := anchors.dead_links(policy, anchors.page_anchors(
        policy, source=source if code != settings.authoritative else None)))
    findings += crosslinks.check(policy, settings, anchors_of or {})
    if read and view is None and (before := _version_before(path, policy)) is not None:
        findings += anchors.changed_ids(before[1], policy, version=before[0])
        findings += anchors.at_the_edge(before[1], policy)
        renumbered = anchors.links_renumbered(before[1], policy, version=before[0], dead=anchors.places(dead))
        moved = anchors.places(renumbered)  # (a dead link to a section renumbered is said where it went, once)
        findings = [f for f in findings if not (f in dead and anchors.places([f]) <= moved)] + renumbered
        now = document.normalise(path.read_bytes().decode("utf-8", "replace")) if path.is_file() else ""
        if now and imported_record.digest(now.encode("utf-8")) not in imported:  # (as the gate: publishing refuses)
            findings += repeated_front.findings(before[1], policy, today=today, before=before[0],
                                                changed=document.body(now) != document.body(before[2]))
        if code == settings.authoritative and policy.change == "editorial":  # (a translation's `change:` is the same)
            from policysite import change_class  # (the differ: only for a page that says editorial)

            findings += change_class.check(before[1], policy, version=before[0], notice_days=settings.notice_days)
    compared = read and not is_unread(source) and not is_torn(source)
    if code == settings.authoritative and read and settings.definitions_section:
        findings += sync.definitions_empty(policy, definitions=settings.definitions_section)
    if code == settings.authoritative and read and view is None:
        findings += _sections_named(root, settings, policy)
    if code != settings.authoritative:
        record = staleness.record_file(path, settings.document)
        recorded = _record_read(root, record) if compared else None
        if compared:
            findings += sync.compare(source, policy, definitions=settings.definitions_section, record=recorded)
            findings += notice_sync(source, policy)
        if config_rules.linked(root, record) and (record.is_symlink() or record.exists()):
            findings.append(Finding.of(f"{folder}/{record.name}" if folder else record.name, 1,
                                       "source.symlink/record"))
        elif compared:
            # a section the authoritative text lacks is to be removed, not brought in line nor marked in line with
            # the section now under its number (legal16: "run `policy sync-mark en 3`" of a section French removed)
            extra = {f.line for f in findings if f.path == policy.path and f.rule == "sync.section-extra"}
            # nor one numbered one less than its counterpart after a section it lacks (legal23: `sync-mark en 4` of
            # English §4 "Retention", to be renumbered §5, would record it in line with French §4 "Purposes")
            extra |= {policy.sections[j].line for j in sync.shifted_sections(source, policy, recorded)}
            findings += [f for f in staleness.check(source=source, translation=policy, source_file=source_path,
                                                    translation_file=path, view=view, record_path=record)
                         if not (f.rule == "sync.outdated" and f.line in extra)]
    if imported and path.is_file() and not path.is_symlink() \
            and imported_record.digest(path.read_bytes()) in imported:
        findings = imported_record.downgrade(findings, kept=spelling.LIST_REFUSED)
    if read:
        findings += document_title(root, settings, code, policy)
    if not settings.document and spelling.has_dictionary(code) and not unread and not vocabulary_unread and read:
        findings += theme_words(root, settings, code, policy=policy, words=spelling.load_words(words_file),
                                words_path=words_shown, vocabulary=spelling.load_words(vocabulary_file),
                                cache=glyph_cache)
    return sorted(set(findings))


def _record_read(root: Path, record: Path) -> dict[str, str] | None:
    """A translation's record (`.translated-from.yml`) as sync pairs sections by it, None where it is absent, a link
    or unreadable (staleness says why, once)."""
    if config_rules.linked(root, record) or not record.is_file():
        return None
    try:
        return staleness.read_record(record)
    except staleness.RecordError:
        return None


def shown_config(root: Path, settings: Settings, code: str) -> list[tuple[str, int, str, str]]:
    """(file, line, key, words) of each of SHOWN_KEYS the language's configuration sets, its `{year}` a year's digits,
    and of each document's title in the language (extra.policy.documents, at that key's line of mkdocs.yml)."""
    config_file = next((language.config_file for language in settings.languages if language.code == code), "")
    path = root / config_file
    if not config_file or not path.is_file() or config_rules.linked(root, path):
        return []
    try:
        config = policy_settings.load_yaml(path)
    except policy_settings.SettingsError:
        return []  # (said by the configuration's own findings)
    shown = [(config_file, _key_line(path, (key,)) or 1, key, config[key].replace(YEAR, "2000")) for key in SHOWN_KEYS
             if isinstance(config.get(key), str) and config[key].strip()]
    # (the documents' titles in the language: the home page's list of them, the feeds' titles)
    titled = [(n, doc.titles[code]) for n, doc in enumerate(settings.all_documents, 1) if doc.titles.get(code)]
    line = _key_line(root / CONFIG, ("extra", "policy", "documents")) or 1 if titled else 1
    return shown + [(CONFIG, line, f"extra.policy.documents {n} title", title) for n, title in titled]


def document_title(root: Path, settings: Settings, code: str, policy: document.Policy) -> list[Finding]:
    """The document's title in `code` (extra.policy.documents), where it names another text than its page's heading:
    the home page lists each document under it, linking its text, and a cookie policy titled “Privacy policy” sent a
    reader looking for the privacy policy to it (safety70). A title names the page if each of its words is one of the
    heading's (a shorter title: `Cookies` for `Cookie policy of Example Org`; a word's plural or singular, the
    company's and the brand's names, pass; words of one or two letters are not read)."""
    doc = next((d for d in settings.all_documents if d.id == settings.document), settings.all_documents[0])
    title = doc.titles.get(code)
    if not title or not policy.title or title_names(title, policy.title, (settings.company, settings.brand)):
        return []
    n = settings.all_documents.index(doc)
    line = next((found for key in (("extra", "policy", "documents", n, "title", code),
                                   ("extra", "policy", "documents", n, "title"), ("extra", "policy", "documents"))
                 if (found := _key_line(root / CONFIG, key))), 1)
    return [Finding.of(CONFIG, line, "structure.document-title", id=doc.id, lang=code, title=title[:80],
                       heading=" ".join(policy.title.split())[:80])]


def title_names(title: str, heading: str, names: tuple[str, ...] = ()) -> bool:
    """Whether `title` names the text headed `heading`: each of its words one of the heading's or of `names` (the
    company's); a word and its plural or singular alike (`cookie`, `cookies`)."""
    import unicodedata

    def words(text: str) -> list[str]:
        return re.findall(r"\w+", unicodedata.normalize("NFKC", text).casefold())

    def alike(one: str, other: str) -> bool:  # (a plural, `policies`; a slip the spelling check names, `polcy`)
        short = min(one, other, key=len)
        return one == other or len(short) >= 4 and (
            len(os.path.commonprefix([one, other])) >= len(short) - 1
            or difflib.SequenceMatcher(None, one, other).ratio() >= 0.8)

    named = {word for name in names for word in words(name)}
    headed = words(heading)
    return all(word in named or any(alike(word, other) for other in headed)
               for word in words(title) if len(word) > 2)  # (`of`, `de`, `d’`: no word names a document)


# The words of a language's configuration that the theme shows on every page of the language, around the text: the
# site's name (the header, the tab's title), the copyright line (the footer) and the description (every page's meta
# description, which search engines and link previews show: leads45).
SHOWN_KEYS = ("site_name", "copyright", "site_description")
YEAR = "{year}"  # the copyright's year, the version's, that the hook writes (pages.YEAR: not imported by a check)


def theme_words(root: Path, settings: Settings, code: str, *, policy: document.Policy, words: frozenset[str],
                words_path: str, vocabulary: frozenset[str], cache: Path | None) -> list[Finding]:
    """The findings of the words the theme shows around the text from the language's configuration (SHOWN_KEYS) and
    the documents' titles (the home page, the feeds: shown_config), at their lines there, judged as the text's are:
    their spelling (its word list, its vocabulary, the names it declares), a direction mark or isolate that shows them
    in another order than written, an address whose letters pass for others.
    `policy check` read them for markup and hidden characters only (config_rules), and a misspelt word or a lookalike
    host in the header or footer of every page passed (safety60)."""
    findings: list[Finding] = []
    shown = shown_config(root, settings, code)
    for file in dict.fromkeys(file for file, *_rest in shown):  # (each file's words, their findings named by it)
        mine = [(line, key, text) for where, line, key, text in shown if where == file]
        found = spelling.check(policy, words=words, words_path=words_path, cache=cache, vocabulary=vocabulary,
                               names=(settings.company, settings.brand, *settings.brand_variants), others=mine)
        findings += [dataclasses.replace(f, path=file) for f in found
                     if not f.rule.startswith(spelling.RULE_NO_DICTIONARY)]
    findings += [Finding.of(file, line, said[0], where=key, **said[1]) for file, line, key, value in shown
                 if (said := editorial.misplaced_mark(value, code))]
    return findings + [
        Finding.of(file, line, editorial.RULE_ADDRESS, where=key, address=address, label=label, reads=reads)
        for file, line, key, value in shown for address, label, reads in editorial.lookalike_addresses(value)]


# How far back in the page's history `_version_before` looks for the version before the one checked.
VERSIONS_BACK = 50


def _version_before(path: Path, policy: document.Policy) -> tuple[str, document.Policy, str] | None:
    """The date, text and Markdown of the version before `policy` (the working tree's page at `path`): the newest text
    of the page committed on HEAD's branch with an earlier date (the one a reader has links to); None without a
    history."""
    from policysite import git

    if policy.date is None:
        return None
    for data in git.committed_texts(path, most=VERSIONS_BACK):
        text = document.normalise(data.decode("utf-8", "replace"))
        date = document.front(text, path=policy.path, lang=policy.lang).date
        if date is not None and date < policy.date:
            return date.isoformat(), document.parse(text, path=policy.path, lang=policy.lang), text
    return None


def check_project(*, root: Path, today: dt.date | None = None, langs: list[str] | None = None,
                  view: staleness.GitView | None = None, imported: frozenset[str] | None = None,
                  document: str | None = None) -> list[Finding]:
    """All findings of all documents and languages (or of one `document`, `""` the first; of `langs`),
    sorted by file and line.

    `view` judges a snapshot of one commit (the gate) instead of the working tree; `imported` is
    the record of texts public before the site (default: the working tree's `imported.yml`, those of its texts that
    an import wrote as HEAD has them: what the gate softens, imported.produced_here).
    """
    site = policy_settings.load(root)
    if today is None:  # the company's day (`mkdocs serve`'s checks run outside any `policy` command), which the
        # findings name (history 26)
        with clock.company_zone(site.time_zone):
            return check_project(root=root, today=clock.today(), langs=langs, view=view, imported=imported,
                                 document=document)
    if imported is None:
        try:
            imported = imported_record.produced_here(root)
        except imported_record.RecordError as exc:
            raise policy_settings.SettingsError(text_of(exc)) from None
    findings: list[Finding] = []
    glyph_cache = probecache.folder(root) if view is None else None
    codes = langs or [language.code for language in site.languages]
    for code in codes:
        site.language(code)
    every = [site.for_document(doc_id) for doc_id in document_ids(site)]
    for settings in every:
        if document is not None and settings.document != document:
            continue
        loaded: dict[str, tuple[document_model.Policy, Path]] = {}
        for code in codes:
            users, anchors_of = None, None
            if len(every) > 1:  # the word list is the language's, shared: judged once, with the first document
                pages = {other.page: _readable(root, other, code) for other in every}
                users = [p for p in pages.values() if p is not None] if not settings.document else []
                anchors_of = {page: (anchors.page_anchors(p).all() if p is not None else None)
                              for page, p in pages.items()}
            findings += check_language(root=root, settings=settings, code=code, today=today, loaded=loaded,
                                       view=view, imported=imported, word_users=users, anchors_of=anchors_of,
                                       glyph_cache=glyph_cache)
    if view is None:  # (a snapshot's docs folders were read from git, where source.pages judged them)
        findings += _unpublished_files(root, site, codes)
    # What publishing would refuse of the working tree's configuration (a snapshot's was judged as it was read).
    for config_file in sorted(root.glob("mkdocs*.yml")) if view is None else []:
        findings += [one for one in dict.fromkeys(  # (what mkdocs.en.yml INHERITs is said once, at mkdocs.yml's line)
            Finding(*config_rules.place_of(line), config_rules.RULE, config_rules.without_file(line))
            for line in config_rules.problems(policy_settings.load_yaml(config_file), config_file=config_file.name,
                                              files=root)) if one not in findings]
    for config_file in sorted(root.glob("mkdocs*.yml")) if view is None else []:  # (searched in English, said at INFO)
        findings += [Finding.of(config_file.name, line, "config.search-lang", WARNING, code=code, used=used)
                     for line, code, used in config_rules.search_languages_unsearched(
                         config_file.read_text(encoding="utf-8"))]
    if view is None:
        from policysite import unannounced

        tip = _published_tip(root)  # (asked of git once: all three read the same branch)
        findings += _schedule(root, site.time_zone) + _renamed_languages(root, site, tip)
        texts = _pages(root, [s for s in every if document is None or s.document == document], codes)
        findings += _published_changed(texts, root=root, today=today, read=tip, imported=imported)
        findings += unannounced.check(texts, root=root, tip=tip[1], today=today, imported=imported) if tip else []
    return sorted(findings)


def _pages(root: Path, every: list[Settings], codes: list[str]) -> list[tuple[Settings, str, bytes, str]]:
    """The working tree's pages of `every` document in `codes`: their settings, language, bytes and path as shown
    (not a page that is no file or is a link: its own finding says why)."""
    pages = []
    for settings in every:
        for code in codes:
            path, shown = page_path(root, settings, settings.language(code))
            if path.is_file() and not config_rules.linked(root, path):
                pages.append((settings, code, path.read_bytes(), shown))
    return pages


def _published_changed(pages: list[tuple[Settings, str, bytes, str]], *, root: Path, today: dt.date,
                       read: tuple[str, str] | None, imported: frozenset[str] = frozenset()) -> list[Finding]:
    """An error at the date of each page of the working tree whose date is a published version's, with another text
    (published_texts) of the published branch `read` (_published_tip), or one before the newest published (legal23):
    refused before the merge rather than by `policy publish` after it (legal17)."""
    from policysite import published_texts

    if read is None:
        return []
    return published_texts.changed(pages, root=root, published=read, today=today, imported=imported)


def _renamed_languages(root: Path, site: Settings, read: tuple[str, str] | None) -> list[Finding]:
    """A warning where the configuration renamed a published language's code (en → en-GB), at the line naming it, and
    one where it moved the site's address (moves.moved), at public_url's: `policy publish` and `policy history` refuse
    them, said as they say them, before a merge rather than on the day of a publication (publish10: `policy check`
    passed it silently). Every document's manifests are read (a language a further document published is published),
    by plain git processes: neither GitPython nor the publishing modules are imported (0.3 s of CPU a check of a
    published site: bench/README, session 39). `read` is the published branch (_published_tip)."""
    from policysite import manifest as mf, moves
    from policysite.renames import renamed_codes, renamed_said

    if read is None:
        return []
    shown, tip = read
    read_all = _published_manifests(root, site, tip)
    manifests = [m for _name, m in read_all]
    first = [m for name, m in read_all if name.rpartition("/")[0] == mf.DIRECTORY]  # (the first document's: its
    # sitemaps are at <lang>/<date>/, under the site's address)
    moved = moves.moved(root, tip, site, first)
    return [Finding.of(CONFIG, _code_line(root / CONFIG, site, new), "config.renamed-language", WARNING, why=why)
            for (_old, new), why in zip(renamed_codes(site, manifests), renamed_said(site, manifests, shown),
                                        strict=True)] + \
        ([Finding.of(CONFIG, moved[0] or 1, "config.moved", WARNING, why=moved[1])] if moved else [])


def _published_manifests(root: Path, site: Settings, tip: str) -> list[tuple[str, mf.VersionManifest]]:
    """Every document's manifests on the published branch's commit `tip` (path, manifest), read by plain git
    processes (`_renamed_languages`); one that cannot be read is left to publish, history and verify to say."""
    from policysite import manifest as mf

    directories = {site.for_document(doc_id).manifest_dir for doc_id in document_ids(site)}
    listed = [(name, blob) for name, blob in git.blobs_at(root, tip, mf.DIRECTORY).items()
              if name.endswith(".json") and name.rpartition("/")[0] in directories]
    read_all: list[tuple[str, mf.VersionManifest]] = []
    for (name, _blob), data in zip(listed, git.texts_at(root, [blob for _name, blob in listed]), strict=True):
        try:
            read_all.append((name, mf.VersionManifest.loads(data or b"")))
        except mf.ManifestError:  # said by publish, history and verify, which read the archive (branch.manifests_at)
            continue
    return read_all


def _published_tip(root: Path) -> tuple[str, str] | None:
    """The published branch as the commands that read it read it (git.copy_read, branch.reading's rule), its name as
    they say it and its commit; None where there is none. Asked of git without opening the repository (GitPython is
    not imported by `policy check`)."""
    from policysite import git

    tips = git.branch_tips(root, git.PUBLISHED)
    local, tracking = tips.get(f"refs/heads/{git.PUBLISHED}"), tips.get(f"refs/remotes/{git.ORIGIN}/{git.PUBLISHED}")
    which = git.copy_read(local, tracking, lambda ancestor, descendant: git.is_ancestor_at(root, ancestor, descendant))
    if which in ("behind", "origin") and tracking:
        return f"{git.ORIGIN}/{git.PUBLISHED}", tracking
    return (git.PUBLISHED, local) if which and local else None


CONFIG = "mkdocs.yml"


def _sections_named(root: Path, settings: Settings, policy: document_model.Policy) -> list[Finding]:
    """A warning where mkdocs.yml names a section the authoritative text does not have (`version_section`,
    `definitions_section`), at the setting's line: a text renumbered or shortened under it was followed silently (the
    versions' list put under the title, no defined term compared) with no word to the team."""
    named = (("version_section", settings.version_section, "config.section-missing/version_section"),
             ("definitions_section", settings.definitions_section, "config.section-missing/definitions_section"))
    # Only a setting written there: version_section's default ("1") under a text without numbers is no one's word.
    return [Finding.of(CONFIG, line, said, WARNING, number=number, file=policy.path)
            for key, number, said in named if number and policy.section(number) is None
            and (line := _key_line(root / CONFIG, ("extra", "policy", key))) is not None]


def _key_line(config: Path, keys: tuple[object, ...]) -> int | None:
    """The line of `config` setting `keys` (extra, policy, version_section); None where it is not written there (a
    default, an INHERIT's, a document's own settings) or the file cannot be read."""
    from policysite import config_lines

    place = config_lines.places(config).get(keys)
    return place[1] if place is not None and place[0] == config.name else None


def _code_line(config: Path, site: Settings, code: str) -> int:
    """The line of `config` naming `code` in extra.policy.languages (1 where it is elsewhere: an INHERIT's)."""
    index = next((n for n, lang in enumerate(site.languages) if lang.code == code), None)
    return 1 if index is None else _key_line(config, ("extra", "policy", "languages", index, "code")) or 1


def _schedule(root: Path, time_zone: str) -> list[Finding]:
    """A warning where the publishing workflow's daily job runs hours after midnight in the site's time zone: a
    `time_zone` set by hand after `policy init`, without `policy upgrade`, left the job on UTC's (texts 27)."""
    from policysite import upgrade

    workflow = root / upgrade.WORKFLOW
    if not workflow.is_file() or config_rules.linked(root, workflow):
        return []
    try:
        late = upgrade.late_schedule(workflow.read_text(encoding="utf-8"), time_zone)
    except (OSError, UnicodeDecodeError):
        return []
    if late is None:
        return []
    return [Finding.of(upgrade.WORKFLOW, late.line, "schedule.late" if late.generators else "schedule.late/own",
                       WARNING, cron=late.cron, runs="/".join(late.runs), zone=time_zone or "UTC",
                       wanted=late.wanted)]


def _unpublished_files(root: Path, site: Settings, codes: list[str]) -> list[Finding]:
    """What publishing refuses in a docs folder, said by the check too: a file that is neither a document's page nor
    a word list or translation record (it would be published unchecked). Files git ignores are the editor's own."""
    pages = {doc.page for doc in site.all_documents}
    found = []
    for code in codes:
        folder = policy_settings.docs_page(root, site.language(code), site).parent
        if not folder.is_dir() or config_rules.linked(root, folder):
            continue
        listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", "-z", "--", "."],
                                cwd=folder, capture_output=True)
        # (a name's bytes as the file system has them: one not UTF-8, `\xff.md`, ended `policy check` with Python's
        # "'utf-8' codec can't decode byte 0xff", no file named)
        names = [os.fsdecode(name) for name in listed.stdout.split(b"\0")] if listed.returncode == 0 else []
        for rel in sorted(n for n in names if n):
            if not source.companion(rel, pages):
                shown = (folder / rel).relative_to(root).as_posix()
                found.append(Finding.of(shown, 1, "source.unpublished-file",
                                        folder=folder.relative_to(root).as_posix()))
        found += [Finding.of(path.relative_to(root).as_posix(), 1, "source.not-a-file/stray",
                             folder=folder.relative_to(root).as_posix()) for path in not_files(folder)]
    return found


def not_files(folder: Path) -> list[Path]:
    """What a docs folder holds that is neither a file, a folder nor a link (a FIFO, a socket, a device): git lists none
    (`git ls-files --others` skips them), so the check said nothing of a FIFO `policy build` then refused, and that a
    preview's MkDocs, reading every file of the folder, waits on without end."""
    found = []
    for top, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if name != ".git")
        for name in sorted(names):
            path = Path(top, name)
            try:
                mode = path.lstat().st_mode
            except OSError:  # (gone since it was listed)
                continue
            if not (stat.S_ISREG(mode) or stat.S_ISLNK(mode) or stat.S_ISDIR(mode)):
                found.append(path)
    return found


def document_ids(settings: Settings) -> list[str]:
    """The site's documents as `Settings.for_document` names them: `""` for the first, then the others' ids."""
    return ["" if n == 0 else doc.id for n, doc in enumerate(settings.all_documents)]


def _readable(root: Path, settings: Settings, code: str) -> document_model.Policy | None:
    """A document's page in one language, parsed, or None if it cannot be (its own check says why)."""
    try:
        return load_policy(root, settings, code)[0]
    except policy_settings.SettingsError:
        return None


def _own_file(root: Path, path: Path, what: str) -> None:
    """Refuse a word list or translation record a command would read and rewrite that is a symbolic link or outside
    the project: `policy words --prune` printed the lines of the file a linked list pointed to as its "unused
    entries" (a key of the reviewer's, say), and replaced the link (security hunt 30), as `policy check` never reads
    one."""
    if config_rules.linked(root, path):
        raise policy_settings.SettingsError(Said(f"{what}.linked", path=shown_path(root, path)))


def prune_words(*, root: Path, langs: list[str] | None = None) -> list[tuple[str, list[str]]]:
    """`policy words --prune`: each language's word list without the entries its page does not use."""
    settings = policy_settings.load(root)
    codes = langs or [language.code for language in settings.languages]
    for code in codes:  # every list first: none is pruned if one is refused
        words = load_policy(root, settings, code)[1].parent / spelling.WORDS_FILE
        _own_file(root, words, "words")
        if fault := spelling.list_fault(words):  # a folder, a FIFO (its read blocked), a file it may not read
            raise policy_settings.SettingsError(Said(fault, path=shown_path(root, words)))
        if refused := spelling.refusal(words, shown=shown_path(root, words)):  # not UTF-8: at its line, as check has it
            raise spelling.ListRefused(refused.as_said())
    done = []
    for code in codes:
        policy, path = load_policy(root, settings, code)
        users = [policy] + [p for doc_id in document_ids(settings)[1:]  # the list is every document's
                            if (p := _readable(root, settings.for_document(doc_id), code)) is not None]
        words = path.parent / spelling.WORDS_FILE
        removed = spelling.prune(words, policy=users, shown=shown_path(root, words),
                                 others=[text for *_where, text in shown_config(root, settings, code)])
        done.append((words.resolve().relative_to(Path(root).resolve()).as_posix(), removed))
    return done


def mark_in_line(*, root: Path, lang: str, numbers: list[str] | None,
                 document: str = "") -> list[tuple[str, list[str]]]:
    """`policy sync-mark`: record sections of a translation of one of the site's documents (`""`: the first)
    as in line with the authoritative text."""
    settings = policy_settings.load(root).for_document(document)
    if lang == settings.authoritative:
        raise ValueError(Said("sync-mark.authoritative", lang=lang))
    source, source_path = load_policy(root, settings, settings.authoritative)
    translation, path = load_policy(root, settings, lang)
    for page in (source, translation):  # (an authoritative page that is a link to /etc/passwd had no section: each
        if is_unread(page):             # mark was dropped from the record, "0 sections marked", exit 0)
            unread = next(finding for finding in page.problems if finding.rule in UNREAD)
            raise policy_settings.SettingsError(Said("sync-mark.unread", finding=unread.as_said()))
        # a NUL or an escape in a section was marked in line, its digest recorded, while `policy check` refuses the
        # page for it (safety73): a mark is the word of a reader who read the text, which holds what no reader sees
        # (and a page holding a merge's conflict: both sides marked in line, as read together, legal17)
        hidden = [finding for finding in page.problems if finding.rule.startswith(CONTROLS) or finding.rule == CONFLICT]
        if hidden:
            raise policy_settings.SettingsError(Said("sync-mark.unread", finding=hidden[0].as_said()))
    record = staleness.record_file(path, settings.document)
    _own_file(root, record, "sync-mark")
    shown = record.resolve().relative_to(root.resolve()).as_posix()
    try:
        staleness.read_record(record)
    except staleness.RecordError:
        shown = Said("sync-mark.anew", path=shown)
    marked = staleness.mark(source=source, record=record, numbers=numbers, translation_file=path,
                            source_file=source_path)
    return [(shown, marked)]


def _linked_file(root: Path, path: Path) -> bool:
    """`path`, a file the checks read beside a page, is there and not the project's own (config_rules.linked)."""
    return config_rules.linked(root, path) and (path.is_symlink() or path.exists())
