"""Dated versions of the policy found in git history: each front-matter date and its last commit."""
from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import hashlib
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import git as gitpython

from policysite import clock, document, git, settings as policy_settings, source, strings
from policysite.messages import Said
from policysite.settings import Settings


@dataclass(frozen=True)
class DatedVersion:
    """A version of the policy: its date (from the authoritative page) and the last commit carrying it."""

    date: dt.date
    commit: str
    paths: dict[str, str] = field(default_factory=dict, compare=False)  # each language's page at `commit`

    def paths_or(self, today: dict[str, str]) -> dict[str, str]:
        """Where each language's page is at the version's commit: where it was before a rename, else `today`."""
        return {**today, **self.paths}

    @property
    def version(self) -> str:
        return self.date.isoformat()


@dataclass
class History:
    """The dated versions of a repository's history, oldest first, and what may be missing from it."""

    versions: list[DatedVersion]
    shallow: list[str] = field(default_factory=list)  # commits where a shallow clone's history stops
    warnings: list[str] = field(default_factory=list)
    # Commits taking up again the date of an earlier commit after a later date: (commit, its date, the earlier
    # commit, its later date). Its text would silently replace the earlier version of its date, or be lost.
    backdated: list[tuple[str, dt.date, str, dt.date]] = field(default_factory=list)
    # Texts reached only through a merge's second parent (or a later one: an octopus), dated before the newest
    # version: (merge, commit, date, which parent: 2, 3…). In force on this branch (it was merged into another that
    # then became it), or a pull request's draft.
    merged: list[tuple[str, str, dt.date, int]] = field(default_factory=list)
    # Texts of a history merged in with no commit in common (`--allow-unrelated-histories`: an old repository of the
    # policy adopted by a merge), dated before the newest version: (merge, commit, date). Its own versions, or drafts.
    unrelated: list[tuple[str, str, dt.date]] = field(default_factory=list)
    # Of those merges, each that took the page from another path of the history it brought in (`git subtree add
    # --prefix=docs/fr` of a repository keeping it as index.md at its root): the merge -> that path (histories17)
    subtrees: dict[str, str] = field(default_factory=dict)
    # The newest commit giving the page a date: a backdated commit the branch has since moved past (a revert
    # reverted) is no longer what the branch holds, and no longer said at every run (history hunt 33).
    newest_dated: str | None = None
    # Languages the configuration had and no longer has whose page dated versions' commits hold: (language, its pages
    # where they held them, oldest first, comma-separated (a docs folder moved), the commit removing it from the
    # configuration, those versions). Said by the command publishing such a version.
    dropped: list[tuple[str, str, str, list[str]]] = field(default_factory=list)
    # Texts without `date:` whose tag names a day (histories13), or whose date cannot be read (leads43b), and pages
    # removed, made links, submodules or LFS pointers (histories14), left out of the archive before a dated version:
    # (that version, the note). Said by the command publishing that version, not at every `policy history`.
    left_out: list[tuple[str, Said]] = field(default_factory=list)
    # Each note of a draft merged without its text (kept in `left_out` for the version in force at its merge and the
    # first after it): (the merge's commit time, the version in force at the merge, "" before the history read). The
    # publication of the first is after the merge, or not: said by whichever publishes after it, once (histories16).
    merged_at: dict[str, tuple[int, str]] = field(default_factory=dict)

    def superseded(self, published: Iterable[str], *, today: dt.date) -> list[tuple[DatedVersion, DatedVersion]]:
        """Versions not published whose date is still to come and after which the branch already holds a later
        date: (the version, the next one). An announcement re-dated in review, both commits landing by a rebase,
        would take effect on the abandoned date; a change in two stages announced at once is published stage
        by stage. Git cannot tell which: publishing waits for the team to say."""
        shown = set(published)
        return [(version, after) for version, after in zip(self.versions, self.versions[1:])
                if version.date > today and version.version not in shown]

    @staticmethod
    def superseded_message(version: DatedVersion, after: DatedVersion, exceptions_file: str) -> str:
        return Said("refusal.superseded", version=version.version, commit=version.commit[:7], after=after.version,
                    after_commit=after.commit[:7], file=exceptions_file)

    def merged_message(self, merge: str, commit: str, exceptions_file: str, *, parent: int = 2) -> str:
        return Said("refusal.merged", merge=merge[:7], commit=commit[:7], file=exceptions_file, parent=parent)

    def said_by_publishing(self, publishing: Iterable[str], published: Mapping[str, int] | None = None) -> list[Said]:
        """Each dropped language whose text versions of `publishing` (those a command publishes) leave out, with them,
        and each text left out before one of them (`left_out`: without a date, tagged or one that cannot be read; a
        page removed, made a link, a submodule or an LFS pointer): said once, by the publication that leaves it out,
        not at every run while the history holds it (histories11: the daily `policy history` repeated it for versions
        published long since; histories13, leads43b, histories14: the notes of texts left out alike). A merged draft's
        note is not said again where a version from the one in force at its merge on was published after the merge
        (`published`: each version on the branch, when its manifest says it was published; histories16: the version in
        force at the merge published after it said it, and the next version's publication said it again)."""
        shown = set(publishing)
        said_before = self._said_before(shown, published or {})
        said = []
        for lang, page, removal, versions in self.dropped:
            if named := [version for version in versions if version in shown]:
                said.append(Said("history.language-dropped", lang=lang, path=page, commit=removal[:7],
                                 versions=", ".join(named[:5]) + (" …" if len(named) > 5 else "")))
        # (a note may be kept for two versions: a merged draft's, for the one in force at its merge and the next)
        return said + list(dict.fromkeys(note for version, note in self.left_out
                                         if version in shown and note not in said_before))

    def _said_before(self, shown: set[str], published: Mapping[str, int]) -> set[str]:
        """The merged drafts' notes a publication since their merge said (`published`: when each version on the branch
        was), of a version from the one in force at the merge on, not one `shown` now."""
        return {note for note, (merged, in_force) in self.merged_at.items()
                if any(when >= merged and version >= in_force and version not in shown
                       for version, when in published.items())}

    def notes_of(self, version: str, published: Mapping[str, int] | None = None) -> list[Said]:
        """What the publication of `version` says of how it came to be (its `left_out` notes, those said before by
        another publication aside), for its manifest (histories16: said once, then lost)."""
        said_before = self._said_before({version}, published or {})
        return list(dict.fromkeys(note for shown, note in self.left_out
                                  if shown == version and note not in said_before))

    def unrelated_message(self, merge: str, commit: str, exceptions_file: str) -> str:
        if merge in self.subtrees:  # (merging this branch into that history would not make its texts this page's)
            return Said("refusal.unrelated/subtree", merge=merge[:7], commit=commit[:7], file=exceptions_file,
                        path=self.subtrees[merge])
        return Said("refusal.unrelated", merge=merge[:7], commit=commit[:7], file=exceptions_file)

    def backdated_reasons(self, path: str, exceptions_file: str) -> list[str]:
        """Why each of these versions cannot be published, a sentence each."""
        return [_backdated_reason(entry, path, exceptions_file) for entry in self.backdated]

    def refusals(self, published: Iterable[str], *, path: str, exceptions_file: str,
                 today: dt.date) -> dict[str, str]:
        """Each version `policy history` refuses whatever its checks find, by what the history alone shows, with why
        (as publishing says it): a date following none before it (`backdated`), a text behind a merge's other parent or
        an adopted history that may have been in force (`merged`, `unrelated`), an announcement a later date follows
        (`superseded`); the versions of `published` aside. One refused, publishing publishes none (verify names the
        reason, not "publish it", histories24)."""
        shown = set(published)
        found: dict[str, str] = {}
        for entry in self.backdated:
            if entry[3].isoformat() not in shown:
                found.setdefault(entry[3].isoformat(), _backdated_reason(entry, path, exceptions_file))
        for merge, commit, date, parent in self.merged:
            if date.isoformat() not in shown:
                found.setdefault(date.isoformat(), self.merged_message(merge, commit, exceptions_file, parent=parent))
        for merge, commit, date in self.unrelated:
            if date.isoformat() not in shown:
                found.setdefault(date.isoformat(), self.unrelated_message(merge, commit, exceptions_file))
        for version, after in self.superseded(shown, today=today):
            found.setdefault(version.version, self.superseded_message(version, after, exceptions_file))
        return found

    def backdated_error(self, path: str, exceptions_file: str) -> str:
        """Why these versions cannot be published, one sentence (empty when the dates follow the history)."""
        return Said("refusal.each", reasons=self.backdated_reasons(path, exceptions_file))


def _backdated_reason(entry: tuple[str, dt.date, str, dt.date], path: str, exceptions_file: str) -> Said:
    """Why a commit dated before an earlier commit's date (an entry of `History.backdated`) keeps its version out."""
    commit, date, earlier, later = entry
    return Said("refusal.backdated", commit=commit[:7], path=path, date=date.isoformat(), later=later.isoformat(),
                earlier=earlier[:7], file=exceptions_file)


def policy_paths(root: Path, settings: Settings, repo: gitpython.Repo) -> dict[str, str]:
    """Each language's policy page as git names it (`docs/fr/index.md`), from today's configuration."""
    return {lang.code: git.repo_path(repo, policy_settings.docs_page(root, lang, settings))
            for lang in settings.languages}


def date_of(text: str, *, path: str = "", lang: str = "") -> dt.date | None:
    """The front-matter date of a policy page, read by the one parser (front matter only: fast)."""
    return document.front(text, path=path, lang=lang).date


def _same_pages(repo: gitpython.Repo, commit: str, other: str, paths: dict[str, str]) -> bool:
    """Whether two commits hold the same policy pages, every language's (a revert gives back an earlier state)."""
    return all(git.read_blob(repo, commit, path) == git.read_blob(repo, other, path) for path in paths.values())


def find_versions(repo: gitpython.Repo, *, root: Path, settings: Settings, rev: str = "HEAD",
                  skip: frozenset[str] = frozenset(), paths: dict[str, str] | None = None,
                  published: frozenset[str] = frozenset()) -> History:
    """Every distinct date of the authoritative page in `rev`'s history, with the newest commit carrying it.

    The history is the branch's own: its first parents, the states it went through (a merge brings in the text
    a pull request ends with, not the drafts of its branch). Only commits that touch a policy page count: a
    commit changing the theme does not make a version.
    Commits in `skip` (recorded as never published) are passed over: an earlier commit with the same
    date, if any, is that date's version. A text dated as a version in `published` (the archive's) is a version
    even where its commit reached the branch with later ones at once: a history rebased after its publication.
    """
    paths = paths or policy_paths(root, settings, repo)
    found: dict[dt.date, tuple[str, dict[str, str]]] = {}
    dates: list[tuple[str, dt.date, bytes]] = []  # each dated commit and its authoritative text, newest first
    moves: dict[str, dict[str, str]] = {}  # each dated commit's pages where they are not where they are today

    def dated(commit: str, at: dict[str, str]) -> tuple[dt.date, bytes] | None:
        blob = git.read_blob(repo, commit, at[settings.authoritative])
        if blob is None:
            return None
        # Only the date is read here: a byte that is not UTF-8 is the gate's finding, not a crash of the scan.
        date = date_of(blob.decode("utf-8", "replace"), path=at[settings.authoritative], lang=settings.authoritative)
        return (date, blob) if date is not None else None

    taken: list[str] = []
    left_out: list[tuple[str, Said]] = []  # notes said by the publication of a version (History.left_out)
    merged: list[tuple[str, str, dt.date, int]] = []
    unrelated: list[tuple[str, str, dt.date]] = []
    subtrees: dict[str, str] = {}
    merged_at: dict[str, tuple[int, str]] = {}
    dropped: list[tuple[str, str, str, list[str]]] = []
    tagged: dict[str, tuple[dt.date, TagDay]] = {}
    alone: dict[str, tuple[str, dt.date] | None] = {}  # commits without the authoritative page: a dated translation
    undated: list[tuple[str, str, int, str]] = []  # commits whose page has no date to read (or no page: its mode, or
    # ""); the dated ones newer
    if repo.head.is_valid() or rev != "HEAD":
        configured = _configured_pages(repo, root, settings)
        first_parents: list[FirstParent] = []
        touching = _touching(repo, rev, paths, configured=configured, top=source.prefix_of(repo, root),
                             walked=first_parents)
        landed = _landings(first_parents)
        finals: dict[str, tuple[str, dt.date]] = {}  # each landing's newest dated commit and its date
        for commit, at in touching:
            if commit in skip:
                continue
            if (read := dated(commit, at)) is None:
                entry = git.list_entries(repo, commit, [at[settings.authoritative]], recursive=False)
                mode = entry.get(at[settings.authoritative], ("",))[0]
                if mode in _TEXT_MODES:
                    mode = _unread_text(git.read_blob(repo, commit, at[settings.authoritative])) or mode
                undated.append((commit, at[settings.authoritative], len(dates), mode))
                if not mode:  # no authoritative page: a translation's dated text, if any, is none of the archive's
                    alone[commit] = _translation_alone(commit, at, dated, authoritative=settings.authoritative)
                continue
            if (landing := landed.get(commit)) is not None:
                final = finals.setdefault(landing[0], (commit, read[0]))  # newest first: the landing's last text
                if final[0] != commit and read[0] != final[1] and read[0] < clock.day_of(landing[1]) and \
                        read[0].isoformat() not in published:  # (a published version rebased since: histories31)
                    # A pull request's draft: its commits reached the branch at once (rebased, or merged by rebase),
                    # this one's date a day before they did or earlier. The branch never held it: a version would say
                    # it was in force from its date until the next (histories15: each draft step dated a version).
                    # A date still to come is a stage, or an announcement re-dated: History.superseded.
                    left_out.append((final[1].isoformat(), Said(
                        "history.landed-draft", day=read[0].isoformat(), commit=commit[:7],
                        version=final[1].isoformat(), final=final[0][:7], landed=clock.day_of(landing[1]).isoformat(),
                        written=clock.day_of(landing[2]).isoformat())))
                    continue
            dates.append((commit, read[0], read[1]))
            moves[commit] = {lang: path for lang, path in at.items() if path != paths[lang]}
            if read[0] not in found:  # newest first: the first seen is the last commit with that date
                found[read[0]] = (commit, moves[commit])
        last = max(found, default=None)
        merges = [(commit, parents[0], parents[1:]) for commit, *_times, parents in first_parents if len(parents) > 1]
        place = {commit: n for n, (commit, *_times) in enumerate(first_parents)}
        merge_times = {commit: committed for commit, committed, *_rest in first_parents}
        dated_places = [place.get(commit, -1) for commit, _date, _blob in dates]  # newest first: ascending
        located = _located(touching, place)
        pages = {merge: _merge_pages(located, place.get(merge, -1), settings.authoritative, paths)
                 for merge, _first, _others in merges}
        # A range read from a published version's commit on (`since..HEAD`, publish): the text the branch held before
        # its first commit is that version's, the reference of a merge before any dated commit of the range
        # (histories16: the newest version was, and a draft merged after a publication was refused at the next one)
        start = rev.split("..", 1)[0] if ".." in rev else ""
        start_date = next((read[0] for at in (touching[-1][1] if touching else paths, paths)
                           if (read := dated(start, at)) is not None), None) if start else None
        changed = _edited(repo, [(merge, [first, *others], pages[merge])
                                 for merge, first, others in merges if merge in moves])
        for merge, _first, others in merges:
            # A merge's second parent dated otherwise than every first parent: a pull request's draft (merged with
            # `-s ours`, or its conflict resolved to another text), or this branch's own state where it was
            # merged into another branch that then became it (a "foxtrot merge"). Git cannot tell which. Dated
            # after the text the branch held when it was merged (its first parent's), it is a draft; dated before
            # it, it may have been in force: publishing waits for the team to say which (History.merged). Read
            # against that text, not the newest version: a draft said as one until a later version came was then
            # refused as a text that may have been in force (histories15). An octopus's third parent and after
            # are read alike (history hunt 33: an octopus merged `-s ours` lost such a text without a word).
            cut = bisect.bisect_right(dated_places, place.get(merge, -1))  # the first dated commit before the merge
            before = dates[cut][1] if cut < len(dates) else None
            own = dates[cut - 1] if cut and dates[cut - 1][0] == merge else None  # the merge's own text, if any
            newer = cut - 1 if own else cut  # the dated commits after the merge: dates[:newer]
            in_force = own[1] if own else before
            sayers = [day.isoformat() for day in (in_force, dates[newer - 1][1] if newer else None) if day]
            edited = merge in changed
            for n, second in enumerate(others, 2):
                # read where the page is at the merge, else where its first parent had it (a merge moving the page:
                # its branch's text, at the old place, was left out without a word, histories16)
                side = next((read for at in dict.fromkeys(pages[merge]) if (read := dated(
                    second, {**paths, settings.authoritative: at})) is not None), None)
                if side is None or second in skip:
                    continue
                reference = before if before is not None else start_date or last
                if own is not None and edited and (side[0] == own[1] or side[0] not in found and (
                        reference is None or side[0] > reference)):
                    # a conflict resolved, or words changed in the merge, its branch's text dated after the text it
                    # was merged into: the merge's own text is the version, in force from its date, and the text it
                    # replaced no version (it waited as one that may have been in force, histories15); said by the
                    # publication of the merge's version
                    left_out.append((own[1].isoformat(), Said(
                        "history.merge-edited", version=own[1].isoformat(), merge=merge[:7], commit=second[:7],
                        day=side[0].isoformat(), parent=n)))
                    continue
                if side[0] in found:
                    continue
                if reference is not None and side[0] < reference:
                    merged.append((merge, second, side[0], n))
                else:  # said by the publication of the version in force at the merge, or the first after it: not
                    # at every run while the draft is ahead (histories15)
                    note = Said("history.draft-merged", day=side[0].isoformat(), commit=second[:7], merge=merge[:7],
                                parent=n)
                    if sayers:
                        left_out += [(version, note) for version in sayers]
                        if (merge_time := merge_times.get(merge)) is not None:
                            merged_at[note] = (merge_time, in_force.isoformat() if in_force else "")
                    else:
                        taken.append(note)
        unrelated, subtrees = _unrelated(repo, rev, paths[settings.authoritative], last, skip=skip, known=set(found),
                                         dated=lambda commit, path: (read := dated(
                                             commit, {settings.authoritative: path})) and read[0] or None)
        tagged = _tagged_days(repo, [(sha, path) for sha, path, _after, mode in undated if mode in _TEXT_MODES])
        dropped = _dropped_languages(repo, rev, settings, found, configured, paths, top=source.prefix_of(repo, root))
    versions = sorted((DatedVersion(date, sha, moved) for date, (sha, moved) in found.items()), key=lambda v: v.date)
    # Between dated versions (not before the first: a history may start without dates), a text whose date cannot
    # be read (2022-02-30, a typo) is no version: said, for whoever reconstructs what the branch held.
    # A commit that removed the page, or made it a link, is none either (history 28: it was said to have "no date that
    # can be read"): the site keeps the version before in force until the next one.
    # A range read from a published version's commit on (`since..HEAD`, publish) starts after a version: its first
    # commits are "between" too (histories5: a page removed, then added again with a new date, was said to be a
    # translation "before the first version", the archive "starting with" the new one, over two published versions)
    since = ".." in rev
    notes = [(dates[after - 1][1].isoformat() if after else "", Said(_no_version(mode), commit=sha[:7], path=path))
             for sha, path, after, mode in _causes(undated)
             if (after < len(dates) or since) and not (mode in _TEXT_MODES and sha in tagged)]
    # A text without `date:` whose tag names a day (a history kept by tags before the team wrote dates): no version,
    # the archive starting after it; it was left out without a word, even before the first dated version (histories12).
    notes += [(dates[after - 1][1].isoformat() if after else "", Said(
        "history.tagged-undated", commit=sha[:7], path=path, tag=tagged[sha][1].tag, day=tagged[sha][0].isoformat()))
        for sha, path, after, mode in undated if dates and mode in _TEXT_MODES and sha in tagged]
    # Either, a text whose date cannot be read, and a page removed, made a link, a submodule or an LFS pointer, is
    # said by the publication of the version after it (History.left_out), once; after the newest, at every run
    # (histories13; leads43b: every `policy history` said again the unreadable date of a text passed over long since;
    # histories14: the page removed in 2024, at every run since)
    taken += [note for version, note in notes if not version or note.key not in _SAID_ONCE]
    left_out += [(version, note) for version, note in notes if version and note.key in _SAID_ONCE]
    # Before the first, a translation dated without its authoritative text (a site in English first, its French
    # written later and made the reference: histories3) was left out of the archive without a word: said, the
    # newest commit of each date.
    said: set[dt.date] = set()
    for sha, path, after, _mode in undated:
        if dates and after == len(dates) and not since and (text := alone.get(sha)) and text[1] not in said:
            said.add(text[1])
            # said by the publication of the first version, once (histories14: at every run, as the notes above were)
            left_out.append((min(found).isoformat(), Said(
                "history.translation-alone", commit=sha[:7], path=text[0], date=text[1].isoformat(),
                authoritative=path, first=min(found).isoformat())))
    history = History(versions, warnings=taken, merged=merged, newest_dated=dates[0][0] if dates else None,
                      unrelated=unrelated, subtrees=subtrees, dropped=dropped,
                      left_out=left_out, merged_at=merged_at)
    # Oldest first: a commit dated before the date of an earlier commit, with a new date or another text than
    # its date had (a date corrected backwards, an old pull request landing late: 2021, 2022, then 2021-06-01)
    # would make the text it replaced the newest version, in force over the branch's own, or replace a version's
    # text, in force in between. The same text again is that version's (its translation added later, as an import
    # commits it), unless the branch ends there (a revert of the later date: the text it replaced is the branch's
    # own again). Where that later date is published already, the site keeps it (publish says so); otherwise
    # publishing waits for the team to date the text after it, or record the later commit as never published.
    # A commit giving back every page an earlier version's first commit had (a revert of the later date, with more
    # dated commits after it) is that too: the translation added later is the same text's only with other pages.
    newest: tuple[str, dt.date] | None = None
    texts: dict[dt.date, bytes] = {}
    firsts: dict[dt.date, str] = {}
    order, undone = list(reversed(dates)), set()
    for n, (commit, date, page) in enumerate(order):
        if newest is not None and date < newest[1] and (texts.get(date) != page or _same_pages(
                repo, commit, firsts[date], paths)):
            if texts.get(date) == page and _reverted_at_once(repo, order, n, newest[1], paths):
                undone.add(commit)  # its version is the commit it gave the text back of
            else:
                history.backdated.append((commit, date, *newest))
        elif newest is None or date > newest[1]:
            newest = (commit, date)
        texts.setdefault(date, page)
        firsts.setdefault(date, commit)
    history.versions = [DatedVersion(v.date, sha, moves[sha]) if v.commit in undone and (sha := next(
        c for c, d, _ in dates if d == v.date and c not in undone)) else v for v in history.versions]
    if dates and newest is not None and dates[0][1] < newest[1] \
            and not any(entry[0] == dates[0][0] for entry in history.backdated):
        history.backdated.append((dates[0][0], dates[0][1], *newest))
    tip = rev.rsplit("..", 1)[-1] or "HEAD"
    # the boundary of this history only (a shallow clone's gh-pages has its own, which hides no version)
    history.shallow = [sha for sha in git.shallow_boundary(repo) if git.is_ancestor(repo, sha, tip)]
    if history.shallow:
        history.warnings.append(shallow_warning(repo, history))
    return history


def _dropped_languages(repo: gitpython.Repo, rev: str, settings: Settings,
                       found: dict[dt.date, tuple[str, dict[str, str]]], configured: Callable[[str], dict[str, str]],
                       paths: dict[str, str], *, top: str) -> list[tuple[str, str, str, list[str]]]:
    """A language the configuration had and no longer has (its `mkdocs.<code>.yml` removed from the project's folder
    `top`), whose page the dated versions' commits hold: each with those versions (histories10: English added at the
    third version and dropped at the fifth was left out of an archive built from the history without a word; once
    published, publishing refuses to drop it, `refuse.unconfigured`). Its configuration is read only at the commits
    that removed such a file."""
    spec = f":(top,glob){top}/mkdocs.*.yml" if top else ":(top,glob)mkdocs.*.yml"
    removals = git.run(repo, "log", "--first-parent", "--no-renames", "--diff-filter=D", "--format=%H", rev, "--",
                       spec).split()
    today = {language.code for language in settings.languages}
    said: list[tuple[str, str, str, list[str]]] = []
    seen: set[str] = set()
    for removal in removals:
        for lang, page in configured(removal).items():
            if lang in today or lang in seen:
                continue
            # where the page was before, newest first: followed back through a moved docs folder (histories21: German
            # in seven versions, `docs/de` renamed `legal/de` at the last, was said of that last version only)
            places = list(dict.fromkeys([page, *(at[lang] for _commit, at in _touching(
                repo, f"{removal}^1", {lang: page}, configured=configured, top=top))]))
            held = sorted(found.items())
            there = git.object_ids(repo, [f"{commit}:{place}" for _date, (commit, _moved) in held for place in places])
            versions, held_at = [], []
            for n, (date, (_commit, moved)) in enumerate(held):
                # (a page that is a configured language's at that version, followed through a rename of its code, is
                # its)
                where = next((place for place, blob in zip(places, there[n * len(places):(n + 1) * len(places)],
                                                           strict=True) if blob), None)
                if where is not None and where not in {**paths, **moved}.values():
                    versions.append(date.isoformat())
                    held_at.append(where)
            if versions:
                seen.add(lang)
                said.append((lang, ", ".join(dict.fromkeys(held_at)), removal, versions))
    return said


def _translation_alone(commit: str, at: dict[str, str],
                       dated: Callable[[str, dict[str, str]], tuple[dt.date, bytes] | None], *,
                       authoritative: str) -> tuple[str, dt.date] | None:
    """A translation's page at `commit` and its date, where it has one (the authoritative page is not there)."""
    for lang, path in at.items():
        if lang != authoritative and (read := dated(commit, {authoritative: path})) is not None:
            return path, read[0]
    return None


def _reverted_at_once(repo: gitpython.Repo, order: list[tuple[str, dt.date, bytes]], n: int, newest: dt.date,
                      paths: dict[str, str]) -> bool:
    """Whether the dated commit `order[n]` (oldest first), giving back an earlier version's text, is undone by the
    next dated commit: every page as it was just before it, under the newest date (a revert reverted, texts 29: both
    commits refused the history as backdated, before anything was published). The branch went back to a version and
    forth again; no text is lost or replaced."""
    if not 0 < n < len(order) - 1:
        return False
    (before, before_date, _), (after, after_date, _) = order[n - 1], order[n + 1]
    return before_date == after_date == newest and _same_pages(repo, after, before, paths)


_LFS = "lfs"  # (in place of a mode: a file whose text git keeps outside the repository)
_UTF16, _NOT_UTF8 = "utf16", "not-utf8"  # (in place of a mode: a text whose bytes are not UTF-8, its date unread)
_TREE = "040000"  # a folder of the page's name (histories14: it was said to have "no date that can be read")
_NO_PAGE = {"": "history.no-page/removed", git.SYMLINK: "history.no-page/link",
            git.SUBMODULE: "history.no-page/submodule", _LFS: "history.no-page/lfs", _TREE: "history.no-page/folder",
            _UTF16: "history.no-page/utf16", _NOT_UTF8: "history.no-page/not-utf8"}
_TEXT_MODES = (git.FILE, git.EXECUTABLE)  # (a page committed executable is a text all the same)
_SAID_ONCE = frozenset({"history.undated", "history.tagged-undated", *_NO_PAGE.values()})  # (History.left_out)


def _causes(undated: list[tuple[str, str, int, str]]) -> list[tuple[str, str, int, str]]:
    """`undated` (newest first: commit, page, dated commits newer, mode), each run of commits with no dated commit
    between them whose page is no version for one reason other than its date (removed, a link, a submodule, an LFS
    pointer) given by its oldest, the commit that made it so: one cause, said once (histories14: the French page
    removed, each English edit while it was gone, or a link retargeted, said "removed" or "a link" again)."""
    kept: list[tuple[str, str, int, str]] = []
    for entry in reversed(undated):
        _sha, _path, after, mode = entry
        if kept and mode not in _TEXT_MODES and kept[-1][2:] == (after, mode):
            continue
        kept.append(entry)
    return kept[::-1]


def _unread_text(blob: bytes | None) -> str:
    """Why a committed page's date could not be read, where its bytes say it: an LFS pointer, a text saved as UTF-16
    (Word's or Notepad's "Unicode"), or bytes that are not UTF-8; "" for a UTF-8 text (its date missing or wrong).
    histories32: a page saved as UTF-16 in one commit was said to have "no date that can be read", its cause unsaid."""
    if blob is None:
        return ""
    if lfs_pointer(blob):
        return _LFS
    try:
        document.decode(blob, path="")
    except document.DecodeError as exc:
        return _UTF16 if exc.utf16 else _NOT_UTF8
    return ""


def lfs_pointer(blob: bytes | None) -> bool:
    """Whether a page's blob is a Git LFS pointer (`filter=lfs` in .gitattributes): no text, so no date, but said
    as what it is, not as a date that cannot be read (histories3)."""
    from policysite.checks import LFS_POINTER

    return blob is not None and blob.startswith(LFS_POINTER)


def _no_version(mode: str) -> str:
    """The message of a commit whose page is no version: removed, a link, a submodule, a folder or an LFS pointer
    (`mode`), else undated."""
    return _NO_PAGE.get(mode, "history.undated")


def _unrelated(repo: gitpython.Repo, rev: str, page: str, last: dt.date | None, *, skip: frozenset[str],
               known: set[dt.date], dated: Callable[[str, str], dt.date | None]
               ) -> tuple[list[tuple[str, str, dt.date]], dict[str, str]]:
    """The dated texts of the histories merged into `rev`'s first parents with no commit in common, whose merge took
    the authoritative `page` from them (an old repository of the policy adopted by `git merge
    --allow-unrelated-histories`), dated before `last` and not one of the `known` dates: (merge, commit, date), the
    newest commit of each date. History 28: its older texts were never published and nothing said so; once a later
    version is published, they never can be. Also each such merge that took the page from another path of that
    history (a subtree's: History.subtrees)."""
    if last is None or len(git.run(repo, "rev-list", "--max-parents=0", rev).split()) < 2:
        return [], {}  # one root: every merge's parents share it
    out: list[tuple[str, str, dt.date]] = []
    subtrees: dict[str, str] = {}
    for merge, first, second in ((merge, first, second) for merge, first, others in _merges(repo, rev)
                                 for second in others):
        taken = git.read_blob(repo, merge, page)
        if taken is None or (there := _page_there(repo, second, page, taken)) is None \
                or git.run_ok(repo, "merge-base", first, second):
            continue
        for commit, at in _touching(repo, second, {"page": there}):
            day = dated(commit, at["page"]) if commit not in skip else None
            if day is not None and day < last and day not in known:
                known.add(day)
                out.append((merge, commit, day))
                if there != page:
                    subtrees[merge] = there
    return out, subtrees


def _page_there(repo: gitpython.Repo, commit: str, page: str, taken: bytes) -> str | None:
    """Where `commit`, a merged history's, holds the text `taken` that the merge's `page` has: at `page`, else at
    `page` without a leading folder (`git subtree add --prefix=docs/fr` of a repository keeping the policy as
    index.md at its root: its texts, dated before the newest version, were left out without a word, histories17);
    None where it holds no such text."""
    parts = page.split("/")
    return next((path for path in ("/".join(parts[n:]) for n in range(len(parts)))
                 if git.read_blob(repo, commit, path) == taken), None)


def landings(repo: gitpython.Repo, rev: str) -> dict[str, tuple[str, int, int]]:
    """The commits of `rev`'s first parents that reached it in a landing (`_landings`), each with the landing's newest
    commit, its time and the landing's oldest author time."""
    return _landings(_first_parents(repo, rev))


FirstParent = tuple[str, int | None, int | None, list[str]]  # (commit, committer time, author time, its parents)


def _first_parents(repo: gitpython.Repo, rev: str) -> list[FirstParent]:
    """`rev`'s first parents, newest first; a time git does not print as a number, None."""
    return [_first_parent(line.split(" "))
            for line in git.run(repo, "log", "--first-parent", "--format=%H %ct %at %P", rev).splitlines()]


def _first_parent(fields: list[str]) -> FirstParent:
    """A commit's `%H %ct %at %P`, split."""
    return fields[0], _number(fields[1]), _number(fields[2]), [one for one in fields[3:] if one]


def _number(text: str) -> int | None:
    return int(text) if text.lstrip("-").isdigit() else None


LANDED_SECONDS = 60  # between two commits' times, at most: written at once (a rebase, GitHub's rebase merge)
PULL_REQUEST_DAYS = 31  # a landing's commits written within this many days: one pull request's drafts


def _landings(first_parents: list[FirstParent]) -> dict[str, tuple[str, int, int]]:
    """The commits of a landing (a pull request rebased, or merged by rebase: its commits reached the branch at once),
    each with the landing's newest commit, that commit's time and the landing's oldest author time.

    A landing: two or more consecutive first-parent commits committed within `LANDED_SECONDS` of each other, each
    written (its author time) more than that before it was committed (rewritten, not made then: commits made one after
    the other on the branch, or an import's, have both times alike), all written within `PULL_REQUEST_DAYS`, none a
    merge nor the first commit (a rebase makes neither: a history rewritten whole, by `git filter-branch` or `git
    rebase --root`, is no pull request, nor is `git rebase -i` of a year of publications)."""
    runs: list[list[tuple[str, int, int, int]]] = []
    for commit, committed, authored, parent_list in first_parents:
        parents = len(parent_list)
        if committed is None or authored is None or committed - authored <= LANDED_SECONDS:
            runs.append([])
        elif runs and runs[-1] and abs(runs[-1][-1][1] - committed) <= LANDED_SECONDS:
            runs[-1].append((commit, committed, authored, parents))
        else:
            runs.append([(commit, committed, authored, parents)])
    landed: dict[str, tuple[str, int, int]] = {}
    for run in runs:
        written = [authored for _commit, _committed, authored, _parents in run]
        if len(run) > 1 and max(written) - min(written) <= PULL_REQUEST_DAYS * 86400 and \
                all(parents == 1 for *_times, parents in run):
            landed.update((commit, (run[0][0], run[0][1], min(written))) for commit, *_rest in run)
    return landed


def _located(touching: list[tuple[str, dict[str, str]]], place: dict[str, int]) -> list[tuple[int, dict[str, str]]]:
    """Where the pages are from each commit of `touching` (newest first) on, by its place among the first parents
    (ascending: newest first): until the next commit touching them, they stay where it left them."""
    return [(place[commit], at) for commit, at in touching if commit in place]


def _merge_pages(located: list[tuple[int, dict[str, str]]], at: int, lang: str,
                 today: dict[str, str]) -> tuple[str, str]:
    """Where `lang`'s page is at the first parent at place `at` (a merge), and where it is at that commit's first
    parent: the two differ where the merge moved the page."""
    places = [n for n, _pages in located]
    here = bisect.bisect_left(places, at)  # the merge itself if it touches the page, else the commit before it
    there = bisect.bisect_right(places, at)  # the commit before the merge touching the page
    own = located[here][1].get(lang, today[lang]) if here < len(located) else today[lang]
    return own, located[there][1].get(lang, own) if there < len(located) else own


def _edited(repo: gitpython.Repo, merges: list[tuple[str, list[str], tuple[str, str]]]) -> set[str]:
    """Those of `merges` (merge, its parents, its page: where it is at the merge, and where at its first parent) whose
    page is none of its parents' (a conflict resolved, or words changed in the merge), read in one pass of git. A
    parent's page is read at either place: a merge that moves the page, its text a parent's, edits nothing
    (histories16: read at the merge's place only, neither parent had it, and the merge was said to edit the text)."""
    specs = [f"{one}:{path}" for merge, parents, page in merges for one in (merge, *parents)
             for path in dict.fromkeys(page)]
    blobs = iter(git.object_ids(repo, specs))
    out = set()
    for merge, parents, page in merges:
        read = [[next(blobs) for _path in dict.fromkeys(page)] for _one in range(len(parents) + 1)]
        own, theirs = read[0][0], {blob for blobs_ in read[1:] for blob in blobs_ if blob is not None}
        if own is not None and own not in theirs:
            out.add(merge)
    return out


def _merges(repo: gitpython.Repo, rev: str) -> list[tuple[str, str, list[str]]]:
    """The merges among `rev`'s first parents, newest first: (merge, its first parent, its other parents: the second,
    and an octopus's third and after)."""
    out = git.run(repo, "log", "--first-parent", "--merges", "--format=%H %P", rev)
    return [(fields[0], fields[1], fields[2:]) for fields in (line.split() for line in out.splitlines())
            if len(fields) >= 3]


def _touching(repo: gitpython.Repo, rev: str, paths: dict[str, str], *,
              configured: Callable[[str], dict[str, str]] | None = None, top: str = "",
              walked: list[FirstParent] | None = None) -> list[tuple[str, dict[str, str]]]:
    """The first-parent commits of `rev` that change a language's page, newest first, each with where every page
    is at that commit: a page renamed or moved (`git mv docs/fr content/fr`, a new docs_dir, privacy.md renamed
    index.md) is followed back to where it was.

    Where a page appears in a commit (added, or renamed as git pairs files by likeness), it was before that commit
    where the configuration of the commit before read it (`configured`: language -> page, where that file
    exists): a move git does not see as one (moved and rewritten at once, copied then removed) is followed, and
    a draft git pairs with the moved page is not taken for it. Without such a page, git's rename is followed.
    Only the project's own configuration (its folder `top`'s mkdocs*.yml, as git names it) is read again: another
    MkDocs site's in the same repository cost a reading at each of its commits (histories3: 11 s for 1,000 of them)."""
    out = git.run(repo, "log", "--first-parent", "--diff-merges=first-parent", "-M", "--name-status", "-z",
                  "--format=%x01%H %ct %at %P", rev)
    tracked = dict(paths)
    touching: list[tuple[str, dict[str, str]]] = []
    commit: str | None = None
    touched, renamed, appeared, reconfigured = False, dict[str, str](), set[str](), False

    def close() -> None:
        if commit is None:
            return
        if touched:
            touching.append((commit, dict(tracked)))
        before = configured(commit) if configured and (appeared or reconfigured) else {}
        for lang in appeared | (set(tracked) if reconfigured else set()):
            if before.get(lang) and before[lang] != tracked[lang]:
                renamed[lang] = before[lang]  # a docs_dir switched to a folder that was there already, too
        tracked.update(renamed)  # before this commit, each page was where it came from

    tokens = iter(out.split("\0"))
    for token in tokens:
        token = token.lstrip("\n")
        if token.startswith("\x01"):
            close()
            fields = token[1:].split(" ")
            commit, touched, renamed, appeared, reconfigured = fields[0], False, {}, set(), False
            if walked is not None:  # every first parent, as `_first_parents` reads them: no other walk of them
                walked.append(_first_parent(fields))
        elif token[:1] in ("R", "C"):
            old, new = next(tokens, ""), next(tokens, "")
            for lang, path in tracked.items():
                if new == path:
                    touched = True
                    appeared.add(lang)
                    if token[0] == "R":
                        renamed[lang] = old
        elif token:
            name = next(tokens, "")
            folder, _, base = name.rpartition("/")
            reconfigured = reconfigured or (folder == top and bool(_CONFIG.fullmatch(base)))
            for lang, path in tracked.items():
                if name == path:
                    touched = True
                    if token[0] == "A":
                        appeared.add(lang)
                elif base in source.COMPANIONS and folder == path.rpartition("/")[0] and token[0] != "D":
                    # a translation record or word list committed after its text: part of the same version, which
                    # is judged with it (else a history rebuilt from the text's commit lacks the record)
                    touched = True
    close()
    return touching


_CONFIG = re.compile(r"mkdocs[\w.-]*\.ya?ml")  # a configuration that may move the pages (docs_dir)


def _configured_pages(repo: gitpython.Repo, root: Path, settings: Settings) -> Callable[[str], dict[str, str]]:
    """For a commit, each language's page as the configuration of the commit before it read it, where that file
    exists there (nothing for a first commit, or one whose configuration cannot be read)."""
    def configured(commit: str) -> dict[str, str]:
        parent = git.rev_parse(repo, f"{commit}^1")
        if parent is None:
            return {}
        found = configured_at(repo, root, settings, parent)
        return {lang: name for lang, name in found.items() if git.read_blob(repo, parent, name) is not None}

    return configured


def configured_at(repo: gitpython.Repo, root: Path, settings: Settings, commit: str) -> dict[str, str]:
    """Each language's page where the configuration of `commit` reads it (as git names it), whether it exists there or
    not; nothing where that configuration cannot be read."""
    prefix = source.prefix_of(repo, root)
    with tempfile.TemporaryDirectory(prefix="policy-config-") as tmp:
        try:
            source.configuration(repo, root=root, commit=commit, dest=Path(tmp))
            with strings.digits_kept():  # (the commit's choice of digits is not the history's)
                then = policy_settings.load(tmp)
            then = then.for_document(settings.document) if settings.document else then
            pages = {language.code: policy_settings.docs_page(Path(tmp), language, then).relative_to(
                Path(tmp).resolve()).as_posix() for language in then.languages}
        except (source.SourceError, policy_settings.SettingsError, git.GitError, ValueError, OSError):
            return {}
    return {lang: f"{prefix}/{rel}" if prefix else rel for lang, rel in pages.items()}


def shallow_warning(repo: gitpython.Repo, history: History) -> Said:
    """What a shallow clone hides: the history before its boundary commits, and the dates in it."""
    stops = []
    for sha in history.shallow:
        try:
            commit = repo.commit(sha)
            stops.append(f"{sha[:7]} ({commit.committed_datetime.date().isoformat()})")
        except (ValueError, gitpython.BadName):
            stops.append(sha[:7])
    oldest = Said("history.shallow/oldest", version=history.versions[0].version) if history.versions else ""
    return Said("history.shallow", stops=stops, oldest=oldest)


def sources_at(repo: gitpython.Repo, commit: str, paths: dict[str, str]) -> dict[str, bytes | None]:
    """Each language's policy page at `commit` (None where the page did not exist yet)."""
    return {lang: git.read_blob(repo, commit, path) for lang, path in paths.items()}


def text_commit(repo: gitpython.Repo, *, path: str, sha256: str, rev: str = "HEAD") -> str | None:
    """The newest commit of `rev`'s history whose page at `path` is the text of digest `sha256`, or None.

    A published version's manifest names the commit it was published from; after main was rewritten (a rebase, a
    reworded message, force-pushed) that commit is gone from a fresh clone while the same text is still in the
    history, at another commit: publishing then reads it there (history hunt 27: no version could be published)."""
    # a commit's full id is its own tip: no `git rev-parse` process each (histories6: one a published version, when
    # main was rewritten, cost 2.4 s CPU at 1,000 versions for `revert.dated`'s advice)
    tip = rev if re.fullmatch(r"[0-9a-f]{40}|[0-9a-f]{64}", rev) else git.rev_parse(repo, rev)
    if tip is None:
        return None
    key = (str(git.git_dir(repo)), tip, path)
    if key not in _TEXTS:
        if len(_TEXTS) > 8:  # a few histories and pages at a time: a verify asks of each version and language
            _TEXTS.clear()
        _TEXTS[key] = _texts(repo, tip, path)
    return _TEXTS[key].get(sha256)


_TEXTS: dict[tuple[str, str, str], dict[str, str]] = {}


def published_text(repo: gitpython.Repo, *, commit: str, path: str, sha256: str, rev: str = "HEAD") -> bytes | None:
    """A published version's page as its manifest records it: the page at `commit` if its digest is `sha256`, else the
    text of that digest wherever the history holds it (main rewritten since), else None. A manifest edited on the
    branch to name another commit, a draft no check read, is never read as the published text (safety hunt 44: the
    next version's changes page, the history and the feed said the version before had said what the draft said)."""
    data = git.read_blob(repo, commit, path)
    if data is not None and hashlib.sha256(data).hexdigest() == sha256:
        return data
    found = text_commit(repo, path=path, sha256=sha256, rev=rev)
    return git.read_blob(repo, found, path) if found else None


def rebuild_commit(repo: gitpython.Repo, sources: Iterable[tuple[str, str, str]], *, rev: str = "HEAD") -> str | None:
    """The commit a published version is built again from, its `sources` each language's (path, commit, SHA-256) as
    its manifest records them, the authoritative language's first: its commit where git has it, else, in a full clone,
    one of `rev`'s history holding every language's published text at its path (main rewritten since: a rebase, a
    reworded message, force-pushed), else None.

    A fresh clone (CI's) of a rewritten main could publish nothing: the branch's versions, their commits gone, were
    never rebuilt, so nothing vouched for their pages and every publication was refused as if they had been edited on
    the branch (histories8; history hunt 27 had `text_commit` read the texts, not yet the rebuild). Each language's
    newest commit writing its text is tried in turn: a translation corrected after its text is that language's."""
    sources = list(sources)  # the authoritative language's first: its commit is the version's
    if not sources:
        return None
    if git.rev_parse(repo, f"{sources[0][1]}^{{commit}}"):
        return sources[0][1]
    if git.shallow_boundary(repo):  # the commit cut off, not rewritten: the whole history proves it (histories4)
        return None
    for path, _commit, sha256 in sources:
        found = text_commit(repo, path=path, sha256=sha256, rev=rev)
        if found is not None and all((data := git.read_blob(repo, found, one)) is not None and
                                     hashlib.sha256(data).hexdigest() == digest for one, _c, digest in sources):
            return found
    return None


def _texts(repo: gitpython.Repo, tip: str, path: str) -> dict[str, str]:
    """Each text `path` had in `tip`'s history (its SHA-256) -> the newest commit that wrote it."""
    try:
        out = git.run(repo, "log", "--no-color", "--format=%H", "--raw", "--no-abbrev", "--no-renames", tip, "--", path)
    except git.GitError:
        return {}
    found: dict[str, str] = {}  # the page's blob -> the newest commit that wrote it
    commit = ""
    for line in out.splitlines():
        if line.startswith(":"):
            blob = line.split()[3]
            if commit and set(blob) != {"0"}:
                found.setdefault(blob, commit)
        elif line.strip():
            commit = line.strip()
    texts: dict[str, str] = {}
    with contextlib.closing(git.read_objects(repo, list(found))) as contents:
        for (_blob, commit), (_sha, data) in zip(found.items(), contents):
            texts.setdefault(hashlib.sha256(data).hexdigest(), commit)
    return texts


# A tag naming a day, year first (`v2021-02-17`, `2021.02.17`, `privacy-2021_02_17`, `20210217`): one separator
# throughout, or none. A day first (`17-02-2021`, `02/17/2021`) is read as nothing, never guessed (day or month?).
_TAG_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)([-._]?)(\d\d)\2(\d\d)(?!\d)")
_TAG_NOT_YEAR_FIRST = re.compile(r"(?<!\d)\d{1,2}([-._/])\d{1,2}\1(?:19|20)\d\d(?!\d)")
_MESSAGE_DAY = re.compile(r"(?<!\d)(\d{4})-(\d\d)-(\d\d)(?!\d)")
_SIGNATURE = "-----BEGIN "


@dataclass(frozen=True)
class TagDay:
    """The day a tag names for the commit it points at: `day`, or None with `problem` ("not-a-day": its name looks
    like a day that is none or could be two, `2021-02-30`, `17-02-2021`; "disagree": its name and its message name two
    days)."""

    tag: str
    commit: str
    day: dt.date | None
    problem: str = ""
    named: tuple[str, ...] = ()  # the days its name or message wrote, as written (said with a problem)


def tag_day(name: str, message: str = "") -> tuple[dt.date | None, str, tuple[str, ...]]:
    """The day a tag's name (else its annotated message) names, read where it is unambiguous: (day, "", written) or
    (None, problem, written) or (None, "", ()) for a tag naming no day (`v1.2`). Never its tagger's date: a tag made
    later says when it was made, not when the text took effect."""
    written = [match.group(0) for match in _TAG_DAY.finditer(name)]
    days: set[dt.date] = set()
    for match in _TAG_DAY.finditer(name):
        try:
            days.add(dt.date(int(match.group(1)), int(match.group(3)), int(match.group(4))))
        except ValueError:
            if match.group(2):  # `2021-02-30`: a day mistyped. Eight digits alone may be a build's number
                return None, "not-a-day", tuple(written)
            written.remove(match.group(0))
    if len(days) > 1:
        return None, "not-a-day", tuple(written)
    if not days and (other := _TAG_NOT_YEAR_FIRST.search(name)):
        return None, "not-a-day", (other.group(0),)
    body = message.split(_SIGNATURE, 1)[0]
    said: set[dt.date] = set()
    for match in _MESSAGE_DAY.finditer(body):
        try:
            said.add(dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))))
        except ValueError:
            if match.group(1)[:2] in ("19", "20"):  # `effective 2021-02-30`: a day mistyped, refused as in a name
                return None, "not-a-day", (*written, match.group(0))
    if days and said and not days <= said:  # (the name's day among the message's: the name says which is meant)
        return None, "disagree", (*written, *(day.isoformat() for day in sorted(said)))
    if days:
        return days.pop(), "", tuple(written)
    if len(said) > 1:  # `2021-03-05 and 2021-03-06`: no one day, refused as two days in a name are
        return None, "not-a-day", tuple(day.isoformat() for day in sorted(said))
    if said:
        return (day := said.pop()), "", (day.isoformat(),)
    return None, "", ()


def tag_days(repo: gitpython.Repo) -> dict[str, list[TagDay]]:
    """Each commit's tags that name a day (or look like they do), by the commit they point at (an annotated tag
    peeled, through a tag of a tag to its commit)."""
    # no message in this output: one may hold any byte, a separator too (a `\x01` cut a record); each is read by
    # cat-file, whose answers say their sizes. A ref's name holds no control character (check-ref-format)
    out = git.run(repo, "for-each-ref", "refs/tags",
                  "--format=%(refname:strip=2)%00%(objecttype)%00%(objectname)%00%(*objecttype)%00%(*objectname)")
    refs = [fields for line in out.splitlines() if len(fields := line.split("\0")) == 5]
    told = iter(git.tag_messages(repo, [target for _, kind, target, _, _ in refs if kind == "tag"]))
    found: dict[str, list[TagDay]] = {}
    for name, kind, target, peeled_kind, peeled in refs:
        contents = next(told, "") if kind == "tag" else ""
        commit = peeled if kind == "tag" else target
        if kind == "tag" and peeled_kind == "tag":  # a tag of a tag (`%(*…)` peels one level): it was left out
            commit, peeled_kind = git.rev_parse(repo, f"{peeled}^{{commit}}") or "", "commit"
        if not commit or (peeled_kind if kind == "tag" else kind) != "commit":
            continue
        day, problem, named = tag_day(name, contents)
        if day is not None or problem:
            found.setdefault(commit, []).append(TagDay(name, commit, day, problem, named))
    return found


def tagged_day(tags: list[TagDay]) -> tuple[dt.date | None, TagDay | None, list[TagDay]]:
    """The one day a commit's `tags` give it: (day, the tag giving it, []) or, where a tag's name is not a day or two
    tags name two days, (None, None, the tags at fault)."""
    wrong = [tag for tag in tags if tag.problem]
    if wrong:
        return None, None, wrong
    days = {tag.day for tag in tags}
    if len(days) > 1:
        return None, None, sorted(tags, key=lambda tag: tag.day or dt.date.min)
    first = min(tags, key=lambda tag: tag.tag, default=None)
    return (first.day if first else None), first, []


def page_tag_days(repo: gitpython.Repo, path: str, rev: str = "HEAD"
                  ) -> list[tuple[str, dt.date | None, TagDay | None, list[TagDay]]]:
    """The first-parent commits of `rev` changing `path` that tags point at (a merge's: the merged branch's commit that
    wrote its text too, `merge_writers`), newest first, each with the day its tags give (`tagged_day`): the days a
    history kept by tags, not front matter, names."""
    tags = tag_days(repo)
    if not tags:
        return []
    commits = [line.split() for line in git.run(repo, "log", "--first-parent", "--format=%H %P", rev, "--",
                                                path).splitlines()]
    found = [(row[0], own_tags(repo, tags, row[0], path, merge=len(row) > 2)) for row in commits]
    return [(commit, *tagged_day(own)) for commit, own in found if own]


def own_tags(repo: gitpython.Repo, tags: dict[str, list[TagDay]], commit: str, path: str, *,
             merge: bool = True) -> list[TagDay]:
    """The tags (of `tags`, `tag_days`') of the text `path` has at `commit`: its commit's, and, where `merge`, those of
    the merged branch's commits that wrote it (`merge_writers`)."""
    return [tag for one in (commit, *(merge_writers(repo, commit, path) if merge else [])) for tag in tags.get(one, [])]


def merge_writers(repo: gitpython.Repo, commit: str, path: str) -> list[str]:
    """Where `commit` is a merge, the commits of its other parents, none its first parent reaches, that wrote the text
    of `path` it took (a pull request's commit, an octopus's branch's): their tags are the text's own (histories14: a
    pull request's commit tagged `v2021-03-05` was imported as of the day of its merge, the tag unsaid, and one tagged
    day first did not refuse, as on the branch itself)."""
    parents = git.run(repo, "rev-list", "--parents", "-n", "1", commit).split()[1:]
    if len(parents) < 2:
        return []
    blob = git.object_ids(repo, [f"{commit}:{path}"])[0]
    side = git.run(repo, "rev-list", "--parents", *parents[1:], f"^{parents[0]}")
    rows = [line.split() for line in side.splitlines()]
    held = git.object_ids(repo, [f"{row[0]}:{path}" for row in rows])
    before = git.object_ids(repo, [f"{row[1]}:{path}" if len(row) > 1 else f"{row[0]}^:{path}" for row in rows])
    return [row[0] for row, there, parent in zip(rows, held, before, strict=True)
            if blob is not None and there == blob and parent != blob]


def _tagged_days(repo: gitpython.Repo, commits: list[tuple[str, str]]) -> dict[str, tuple[dt.date, TagDay]]:
    """The one day tags give each of `commits` (commit, page) that has such tags, its own (`own_tags`; none where they
    disagree: no day to say)."""
    tags = tag_days(repo) if commits else {}
    out = {}
    for commit, path in commits:
        day, tag, _wrong = tagged_day(own_tags(repo, tags, commit, path) if tags else [])
        if day is not None and tag is not None:
            out[commit] = (day, tag)
    return out


def tag_names(tags: list[TagDay]) -> str:
    """The tags' names, each with the days it wrote (`17-02-2021 (17-02-2021), v2 (2021-02-17)`)."""
    return ", ".join(f"{tag.tag} ({', '.join(tag.named)})" if tag.named else tag.tag for tag in tags)


def tag_fault(tags: list[TagDay], *, commit: str, path: str) -> Said:
    """Why the tags of `commit` date no version of `path`: a name that is not a day, or two days."""
    named = tag_names(tags)
    kind = "disagree" if any(tag.problem == "disagree" for tag in tags) or not any(tag.problem for tag in tags) \
        else "not-a-day"
    return Said(f"history.tag-{kind}", tags=named, commit=commit[:7], path=path)
