"""A text changed under a date already published: `policy check` refuses it at its date's line, before the merge.

A published version never changes (ARCHITECTURE: its immutability is ours to enforce): `policy publish` refuses a text
under a published date that differs from the one published. legal17: `policy check` passed such a text, only the pull
request's redline warned, and publishing failed after the merge. The published versions are read from the published
branch as the commands read it (the local one, else origin's copy: checks._published_tip), by plain git processes and
with no network; nothing is said where the clone has neither.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from policysite import document, git, imported as imported_record, manifest as mf
from policysite.findings import WARNING, Finding
from policysite.messages import Said
from policysite.settings import Settings

RULE = "published.changed"
OLDER = "published.older"
REVERTED = "published.reverted"
PUT_BACK = "published.put-back"
EXCEPTIONS = "unpublished.yml"  # (gate.EXCEPTIONS_FILE: gate imports GitPython, which `policy check` does not)


def republished(version: str, changes: str, *, today: dt.date, newest: str = "", added: int = 0) -> str:
    """Why a text under a published date is refused, and the way out; for a version published ahead, that it takes
    effect as published (legal hunt 36: a typo corrected in an announced text, under its date, was told "give the new
    text a new date" with no word that the announced text applies on its date all the same); for one in force, the
    date to give the correction and how to mark it (history 25: "a new date" named none, nor said that a typo needs no
    notice, and an older version's correction can only follow `newest`, the last published). Where the only
    difference is `added` languages the version did not publish, that a language joins the site with a new version
    of every language (legal19: a translation added under the published date was told to mark a correction). A
    version published ahead with a later one published ahead too is corrected after that one (legal19: the day after
    it was named, which publishing refuses as out of order)."""
    changes = changes or Said("publish.changes/none")
    if added:
        soonest = max(today, dt.date.fromisoformat(max(newest, version)) + dt.timedelta(days=1)).isoformat()
        return Said("publish.republished/language-added", version=version, changes=changes, count=added,
                    soonest=soonest)
    if version > today.isoformat() and newest <= version:  # (a later one published ahead too: after it, below)
        soonest = (dt.date.fromisoformat(version) + dt.timedelta(days=1)).isoformat()
        return Said("publish.republished/ahead", version=version, changes=changes, soonest=soonest)
    after = max(newest, version)
    soonest = max(today, dt.date.fromisoformat(after) + dt.timedelta(days=1)).isoformat()
    return Said("publish.republished/after-newest" if after != version else "publish.republished", version=version,
                changes=changes, soonest=soonest, newest=after)


def language_changes(lang: str, data: bytes, published: bytes | None, *, commit: str) -> str:
    """What differs in one language's text `data` from its `published` text (None: the clone lacks it, at `commit`):
    the sections the one differ finds changed, else that only the front matter or formatting did (a `Said`)."""
    from policysite import archive

    if published is None:
        return Said("publish.changes/not-in-clone", lang=lang, commit=commit[:7])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:  # (history 28: the page saved in Latin-1 under its published date stopped
        # `policy history` with "error: 'utf-8' codec can't decode byte 0xe9 in position 55", naming nothing)
        return Said("publish.changes/not-utf8", lang=lang, byte=exc.start)
    change = archive.changes_of(text, previous_text=published.decode("utf-8", "replace"), lang=lang)
    sections = archive.describe(change) if change else []
    return Said("publish.changes/sections", lang=lang, sections=sections) if sections else \
        Said("publish.changes/formatting", lang=lang)


def versions_at(root: Path, tip: str, folder: str) -> dict[str, str]:
    """The versions the published branch's commit `tip` records in the manifest folder `folder` -> their manifest's
    blob, listed by plain git processes."""
    return {name.rpartition("/")[2].removesuffix(".json"): blob
            for name, blob in git.blobs_at(root, tip, folder).items()
            if name.endswith(".json") and name.rpartition("/")[0] == folder}


def manifest_of(root: Path, blob: str) -> mf.VersionManifest | None:
    """The manifest stored as `blob`; None where it cannot be read (said by publish, history and verify, which read
    the archive)."""
    try:
        return mf.VersionManifest.loads(git.texts_at(root, [blob])[0] or b"")
    except mf.ManifestError:
        return None


def source_of(root: Path, entry: mf.LanguageEntry) -> bytes | None:
    """The text a manifest's language `entry` published, read from its commit; None where this clone lacks it or it
    is not the text recorded."""
    old = git.file_at_plain(root, f"{entry.source.commit}:{entry.source.path}")
    return old if old is not None and mf.sha256(old) == entry.source.sha256 else None


def same_words(data: bytes, old: bytes | None, *, lang: str) -> bool:
    """Whether the text `data` changes no section of `old` (its front matter or formatting aside): the same words
    under a new date, which tell readers nothing new."""
    from policysite import archive

    if old is None:
        return False
    try:
        change = archive.changes_of(data.decode("utf-8"), previous_text=old.decode("utf-8"), lang=lang)
    except (UnicodeDecodeError, ValueError):
        return False
    return change is not None and not archive.describe(change)


def reads_alike(data: bytes, old: bytes | None, *, lang: str) -> bool:
    """Whether the text `data` reads as `old`, a published one: the same once read (line ends, a byte order mark), or
    the same front matter, headings, words, links and formatting with only whitespace written otherwise (a paragraph's
    lines wrapped anew, a table's columns padded), which no reader of the page sees. legal25: a text rewrapped under
    its published date, no word changed, was refused by `policy check` and `policy publish` as "already published with
    a different text (front matter or formatting only)", told to take a new date: a version whose changes page says
    no change."""
    from policysite.redline import engine

    if old is None:
        return False
    try:
        new_text, old_text = (document.normalise(page.decode("utf-8")) for page in (data, old))
    except UnicodeDecodeError:
        return False
    if new_text == old_text:
        return True
    new, before = (document.parse(text, path=lang, lang=lang) for text in (new_text, old_text))
    if new.meta != before.meta or new.title != before.title or new.problems or before.problems:
        return False
    found = engine.diff(before, new)
    return not found.changed and not found.notes.formatting and not found.restyled


def changed(pages: Iterable[tuple[Settings, str, bytes, str]], *, root: Path, published: tuple[str, str],
            today: dt.date, imported: frozenset[str] = frozenset()) -> list[Finding]:
    """An error at the date's line of each page (its settings, language, bytes and path as shown) whose date is a
    version of the `published` branch (its name as said, its commit) that published another text in that language,
    line ends and a byte order mark aside; a language the version did not publish is said so. And one where the date
    is before the newest version published and none itself (`older`), but for a text `imported` records."""
    shown, tip = published
    versions: dict[str, dict[str, str]] = {}  # manifest folder -> version -> blob
    found: list[Finding] = []
    for settings, code, data, path in pages:
        text = document.normalise(data.decode("utf-8", "replace"))
        front = document.front(text, path=path, lang=code)
        if front.date is None:
            continue
        version = front.date.isoformat()
        folder = settings.manifest_dir
        if folder not in versions:
            versions[folder] = versions_at(root, tip, folder)
        blob = versions[folder].get(version)
        if blob is None and versions[folder] and version < max(versions[folder]) \
                and imported_record.digest(data) not in imported:
            found.append(older(root, versions[folder], version=version, code=code, data=data, path=path,
                               line=front.meta_lines.get("date", 1), branch=shown, today=today))
            continue
        if blob is None and versions[folder]:
            found += _put_back(root, versions[folder], settings=settings, code=code, data=data, path=path,
                               version=version, line=front.meta_lines.get("date", 1))
        manifest = manifest_of(root, blob) if blob is not None else None
        if manifest is None:
            continue
        entry = manifest.languages.get(code) or manifest.languages.get(_published_code(settings, manifest, code))
        if entry is None:
            changes: str = Said("publish.changes/not-published", lang=code)
        elif entry.source.sha256 == mf.sha256(data):
            found += reverted(settings, versions[folder], version=version, code=code, path=path,
                              line=front.meta_lines.get("date", 1), today=today)
            continue
        else:
            old = source_of(root, entry)
            if reads_alike(data, old, lang=code):
                found += reverted(settings, versions[folder], version=version, code=code, path=path,
                                  line=front.meta_lines.get("date", 1), today=today)
                continue  # (line ends, whitespace: publish takes it as published, and says so)
            changes = language_changes(code, data, old, commit=entry.source.commit)
        newest = max(versions[folder])
        reason = republished(version, Said("publish.changes", parts=[changes]), today=today, newest=newest,
                             added=int(entry is None))
        if entry is not None and (later := dated_later(root, since=entry.source.commit, path=path,
                                                       version=version, published=versions[folder])):
            reason = dated_back(reason, *later)
        found.append(Finding.of(path, front.meta_lines.get("date", 1), RULE, version=version, branch=shown,
                                reason=reason))
    return found


def dated_back(reason: str, commit: str, later: str) -> Said:
    """`reason` (republished) for a text put back under a published date after `commit` dated it `later`, never
    published: that commit is to be recorded as never published too, or publishing refuses the date going back
    (history.backdated). One sentence for `policy check` and `policy publish` (legal27: check said to give a new
    date, publish to record the commit or date the text after it, each half of what to do)."""
    return Said("published.dated-back", reason=reason, commit=commit[:7], later=later, file=EXCEPTIONS)


def dated_later(root: Path, *, since: str, path: str, version: str, published: Iterable[str]) -> tuple[str, str] | None:
    """The newest commit after `since` (the published version's) that dated the page `path` later than `version`,
    to a date never published, and that date; None where none did, or where unpublished.yml records it already."""
    shown = set(published)
    recorded = _recorded(root)
    for commit in git.page_commits_plain(root, since, path):
        data = git.file_at_plain(root, f"{commit}:./{path}")
        day = document.front(data.decode("utf-8", "replace"), path=path).date if data is not None else None
        if day is not None and day.isoformat() > version and day.isoformat() not in shown:
            return None if any(commit.startswith(one) for one in recorded) else (commit, day.isoformat())
    return None


def _put_back(root: Path, versions: dict[str, str], *, settings: Settings, code: str, data: bytes, path: str,
              version: str, line: int) -> list[Finding]:
    """The error at a page's date `line`, the page dated `version` (a date never published), where a commit since the
    newest version published put its date back to a published version's with other words after another commit had
    dated it later, a date never published and that commit not recorded as such (put_back): `policy publish` refuses
    the date going back while that commit stays in the history, whatever the text's date is now (legal27 left:
    re-dated after the date was put back, the text passed `policy check` and publishing refused it)."""
    newest = manifest_of(root, versions[max(versions)])
    entry = newest.languages.get(code) if newest is not None else None
    if entry is None or not entry.source.commit:
        return []
    found = put_back(root, since=entry.source.commit, path=path, versions=versions, code=code)
    if found is None:
        return []
    back, date, commit, later = found
    return [Finding.of(path, line, PUT_BACK, **put_back_fields(back, date, commit, later, version=version))]


def put_back_fields(back: str, date: str, commit: str, later: str, *, version: str) -> dict[str, str]:
    """The fields of `published.put-back`, as `policy check` and `policy publish` (publish_refusals) say it."""
    return {"back": back[:7], "date": date, "commit": commit[:7], "later": later, "version": version,
            "file": EXCEPTIONS}


def put_back(root: Path, *, since: str, path: str, versions: dict[str, str],
             code: str) -> tuple[str, str, str, str] | None:
    """The newest commit after `since` (the newest published version's) that put the page `path`'s date back to a
    published version's (of `versions`, version -> manifest blob) with other words than that version published, after
    an earlier commit had dated it later, to a date never published, neither commit recorded in unpublished.yml (the
    history leaves those out): the commit, the date, the earlier commit and its date, as the history reads it
    (history.backdated). None where none did."""
    recorded = _recorded(root)
    ahead: tuple[str, str] | None = None
    found = None
    for commit in reversed(git.page_commits_plain(root, since, path)):
        if any(commit.startswith(one) for one in recorded):
            continue  # never published, as the history reads it: neither dated later nor put back
        page = git.file_at_plain(root, f"{commit}:./{path}")
        day = document.front(page.decode("utf-8", "replace"), path=path).date if page is not None else None
        if page is None or day is None:
            continue
        date = day.isoformat()
        if ahead is not None and date < ahead[1] and date in versions \
                and not _as_published(root, versions[date], code=code, data=page):
            found = (commit, date, *ahead)
        elif (ahead is None or date > ahead[1]) and date not in versions:
            ahead = (commit, date)
    return found


def _as_published(root: Path, blob: str, *, code: str, data: bytes) -> bool:
    """Whether `data` is the text the version of manifest `blob` published in `code` (or reads as it)."""
    manifest = manifest_of(root, blob)
    entry = manifest.languages.get(code) if manifest is not None else None
    if entry is None:
        return False
    return entry.source.sha256 == mf.sha256(data) or reads_alike(data, source_of(root, entry), lang=code)


def _recorded(root: Path) -> list[str]:
    """The commits unpublished.yml records as never published, as written (7 characters or more of their ids)."""
    import yaml

    try:
        listed = yaml.safe_load((root / EXCEPTIONS).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError, UnicodeDecodeError):
        return []
    return [str(one["commit"]).lower() for one in listed if isinstance(one, dict) and len(str(one.get("commit",
                                                                                                        ""))) >= 7] \
        if isinstance(listed, list) else []


def _published_code(settings: Settings, manifest: mf.VersionManifest, code: str) -> str:
    """The code `manifest` published the language `code` under, where the configuration renamed it (en → en-GB,
    renames.renamed_languages; "" where it did not): its text is that language's, not a language joining the site
    (histories29: an en-GB page of the very words published under en was an error, "English: not in the published
    version", telling to give every page a new date, beside the warning that said to set the code back)."""
    from policysite.renames import renamed_languages

    configured = {language.code for language in settings.languages}
    pairs = renamed_languages(sorted(set(manifest.languages) - configured),
                              sorted(configured - set(manifest.languages)))
    return next((old for old, new in pairs if new == code), "")


def older(root: Path, versions: dict[str, str], *, version: str, code: str, data: bytes, path: str, line: int,
          branch: str, today: dt.date) -> Finding:
    """The error at a page's date `line` where that date, no version published, is before the newest one of the
    `branch`'s `versions` (version -> manifest blob): `policy publish` refuses it (publish.older), after the merge
    (legal23: a correction of an announced text dated between it and a later announced one passed `policy check`,
    and the refusal asked for a commit's id in `unpublished.yml`). The words of the newest version under an earlier
    date are told to take its date back."""
    newest = max(versions)
    manifest = manifest_of(root, versions[newest])
    entry = manifest.languages.get(code) if manifest is not None else None
    old = source_of(root, entry) if entry is not None else None
    if same_words(data, old, lang=code):
        return Finding.of(path, line, OLDER + "/same", version=version, newest=newest, branch=branch)
    soonest = max(today, dt.date.fromisoformat(newest) + dt.timedelta(days=1)).isoformat()
    return Finding.of(path, line, OLDER, version=version, newest=newest, branch=branch, soonest=soonest)


def reverted(settings: Settings, versions: dict[str, str], *, version: str, code: str, path: str, line: int,
             today: dt.date) -> list[Finding]:
    """A warning at the authoritative page's date `line` where its text is the published `version`'s and later
    versions are published (a revert on main): `policy publish` and `policy diff` say what it does, an announced
    version taking effect on its date all the same, the version in force staying so, and how to bring this text
    back; `policy check` said nothing (legal23). Said once, at the authoritative language's page."""
    newer = sorted(v for v in versions if v > version)
    if not newer or code != settings.authoritative:
        return []
    from policysite.publish_refusals import bringing_back  # (publish's advice; its module brings the gate's)

    advice = bringing_back(newer, today=today, notice_days=settings.notice_days)
    return [Finding.of(path, line, REVERTED, WARNING, version=version, newer=", ".join(newer),
                       advice=advice)]
