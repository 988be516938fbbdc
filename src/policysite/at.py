"""`policy at DAY`: the published version in force on a day, its URL and its period, read from the branch."""
from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import git as gitpython

from policysite import clock, git, manifest as mf, messages, periods
from policysite.branch import BRANCH, REMOTE, as_first_recorded, missing, read_copy, reading
from policysite.errors import PublishError
from policysite.source_branch import publishing_branch

if TYPE_CHECKING:
    from policysite import document


@dataclass(frozen=True)
class InForce:
    """The version in force on `day` in `lang`, where it is published, and its period."""

    day: dt.date
    version: str
    url: str
    period: periods.Period
    upcoming: bool  # published ahead: its date is after today
    note: str = ""  # why the answer is in another language than the one asked
    shown: str = ""  # what the site showed that day, when the version reached it after its date (late_note)
    renamed: str = ""  # the language's code renamed in the configuration: the code the site serves it under
    lang: str = ""  # the language of the text answered (the authoritative one where `note` says so)
    # the ids its page keeps for its sections (section id -> the older ids that land on it, dated ones among them), as
    # its manifest records them
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    # the dates of the versions published in `lang`: a dated id of a day between two names the id as it was in the
    # version in force that day (anchors.dated_target)
    versions: tuple[str, ...] = ()
    # each section's id on its page as first published, where its manifest records them (histories18): they win over
    # the ids today's rules give its text
    ids: tuple[str, ...] = ()
    # what proves the answer (`policy at --proof`): its source, the branch's files publishing it, its record (proof_of)
    proof: tuple[messages.Said, ...] = ()
    # the versions announced ahead, each on the site on `day` before its effect (announced_note)
    announced: tuple[str, ...] = ()
    # the instant asked, where it was one, and its day in the company's time zone (day_of)
    instant: str = ""
    # its page gone from the branch, its record kept (a folder deleted by hand): the URL answers nothing (histories25)
    missing: str = ""
    # on the local branch read and not on origin's copy, what the site serves: published here, not pushed (histories26)
    unpushed: str = ""

    def __str__(self) -> str:
        return self.said(messages.DEFAULT)

    def said(self, lang: str) -> str:
        """The answer in `lang`: the version, its URL, its period (and the notes)."""
        # "takes effect on 2024-03-01 until 2024-03-31" read as one period of effect (legal hunt 36); its last day
        # is in force (periods.py), said so: "until" leaves a reader asking
        until = self.period.until.isoformat() if self.period.until else ""
        # a day after the date of a version still to come is said of that day: "takes effect on 1 March" answered
        # 10 March as if it were the day asked (round 11)
        key = {(False, False): "at.answer", (False, True): "at.answer/to", (True, False): "at.answer/upcoming",
               (True, True): "at.answer/upcoming-to"}[self.upcoming, bool(until)]
        if self.upcoming and self.day > self.period.start:
            key = key.replace("upcoming", "upcoming-after")
        line = messages.Said(key, version=self.version, url=self.url, start=self.period.start.isoformat(),
                             until=until, day=self.day.isoformat())
        # as a DPO reads it: the answer, the day an instant asked falls on, what else the site showed, then the proof
        # (histories24: the instant's day came last, on stderr, after the proof lines)
        told = (self.instant, self.missing, self.unpushed, self.note, self.shown, *self.announced, self.renamed)
        notes = [messages.said_in(more, lang) for more in (*told, *self.proof) if more]
        return "\n".join([messages.said_in(line, lang), *notes])


def day_of(moment: dt.date) -> tuple[dt.date, str]:
    """The day a version in force is looked up for: `moment` itself, a day; or, an instant (an aware datetime: a
    complaint's, a consent record's time), its day in the company's time zone (else UTC), where versions take effect
    at 00:00, with a sentence saying so (history 26: a DPO asked about 23:30 UTC on 28 February, 00:30 on 29 February
    in Paris, had to count the day themself)."""
    if not isinstance(moment, dt.datetime):
        return moment, ""
    zone = clock.zone()
    there = moment.astimezone(zone)
    return there.date(), messages.Said("at.instant" if zone is not dt.UTC else "at.instant/utc",
                                       moment=moment.isoformat(), there=there.isoformat(timespec="minutes"),
                                       day=there.date().isoformat(), zone=str(zone))


def shown_on(day: dt.date, published: Mapping[str, dt.date]) -> str | None:
    """The version the site showed as in force on `day`: the newest dated on or before it among those that had
    reached the site by then (`published`: version -> the company's day its manifest reached the branch); None
    before the first publication."""
    seen = [version for version, reached in published.items() if version <= day.isoformat() and reached <= day]
    return max(seen) if seen else None


def published_days(repo: gitpython.Repo, rev: str, directory: str,
                   recorded: Mapping[str, mf.VersionManifest] | None = None) -> dict[str, dt.date]:
    """Each version of the branch (`rev`) -> the company's day the commit that first added its manifest was made:
    the branch's history is the proof of when each text reached the site. Publishing dates that commit the moment the
    manifest records (`published`): where `recorded` has it, its day (histories21: the branch's dates rewritten, the
    at page built from the rewritten days, and `policy history` would have written them into it; verify names such a
    commit, `verify.misdated/not-recorded`)."""
    from policysite.branch import first_manifests

    added = {version: commit for version, (commit, _subject, _blob) in first_manifests(repo, rev, directory).items()}
    # (a commit of a time git does not print, before 1970, has no day: `policy at`, verify and history failed with
    # "dictionary update sequence element #0 has length 1", histories9; verify names such a commit misdated)
    stamps = {sha: int(stamp) for sha, _, stamp in (line.partition(" ") for line in git.run(
        repo, "log", "--format=%H %ct", rev, "--").splitlines()) if stamp.isdigit()}
    days = {version: clock.day_of(stamps[commit]) for version, commit in added.items() if commit in stamps}
    for version, manifest in (recorded or {}).items():
        if version in days and (moment := mf.moment(manifest.published)) is not None:
            days[version] = clock.day_of(moment)
    return days


def late_note(day: dt.date, version: str, published: Mapping[str, dt.date]) -> messages.Said | None:
    """What the site showed on `day` when `version`, in force by its date, reached the site only later (a text
    published after its date: `publish.late`): a DPO asked what readers were shown is told both."""
    reached = published.get(version)
    shown = shown_on(day, published)
    if reached is None or reached <= day or shown is None or shown == version:
        return None
    return messages.Said("at.shown", day=day.isoformat(), version=version, shown=shown, published=reached.isoformat())


def unshown_note(day: dt.date, version: str, published: Mapping[str, dt.date], *,
                 imported: bool = False) -> messages.Said | None:
    """What the site showed on `day` when `version`, in force by its date, reached it only later and no version had
    reached it by then: nothing, the archive's first publication being later (a policy's earlier texts published by
    `policy history` when the site was made, `policy import`'s from a former site): what `policy at --proof` proves of
    that day. late_note says what the site showed instead where it showed one; here the proof said nothing, and read
    as the proof of the text readers were shown that day (histories28)."""
    reached = published.get(version)
    if reached is None or reached <= day or shown_on(day, published) is not None:
        return None
    return messages.Said("at.shown/none-imported" if imported else "at.shown/none", day=day.isoformat(),
                         version=version, published=reached.isoformat(), first=min(published.values()).isoformat())


@dataclass(frozen=True)
class LateWindow:
    """Days (`start` to `until`, inclusive) on which `version` was in force by its date but had not reached the site,
    which showed `shown` as the text in force until `published`: what late_note says of each of those days."""

    version: str
    start: dt.date
    until: dt.date
    shown: str
    published: dt.date

    def to_json(self) -> dict[str, str]:
        return {"version": self.version, "from": self.start.isoformat(), "until": self.until.isoformat(),
                "shown": self.shown, "published": self.published.isoformat()}


def late_windows(published: Mapping[str, dt.date]) -> list[LateWindow]:
    """Every day late_note speaks of, as windows of days with the same answer, oldest first: the site's at page
    (at.js) says what `policy at` says without the branch's history (session 37: the page sent a day between a
    version's date and the day it reached the site straight to that version, which no reader saw that day). A day
    counts for the version in force on it by the dates of `published` (version -> the day it reached the site)."""
    one = dt.timedelta(days=1)
    versions = sorted(published)
    # shown_on(day) is the newest version seen by then: dated and reached on or before it (the later of the two days)
    seen = sorted((max(dt.date.fromisoformat(v), published[v]), v) for v in versions)
    days_seen = [day for day, _v in seen]
    newest: list[str] = list(itertools.accumulate((v for _day, v in seen), max))
    windows: list[LateWindow] = []
    for n, version in enumerate(versions):
        start, reached = dt.date.fromisoformat(version), published[version]
        until = min(reached, dt.date.fromisoformat(versions[n + 1]) if n + 1 < len(versions) else reached) - one
        if until < start:
            continue
        later = days_seen[bisect.bisect_right(days_seen, start):bisect.bisect_right(days_seen, until)]
        points = sorted({start, *later})
        for first, after in zip(points, [*points[1:], until + one]):
            found = bisect.bisect_right(days_seen, first)
            shown = newest[found - 1] if found else None
            if shown is None or shown == version:
                continue
            if windows and windows[-1].version == version and windows[-1].shown == shown \
                    and windows[-1].until == first - one:
                windows[-1] = replace(windows[-1], until=after - one)
            else:
                windows.append(LateWindow(version, first, after - one, shown, reached))
    return windows


def reached_days(repo: gitpython.Repo, rev: str | None, directory: str, versions: Iterable[str], *,
                 today: dt.date, recorded: Mapping[str, mf.VersionManifest] | None = None) -> dict[str, dt.date]:
    """Each of `versions` -> the day it reached the site: the day of the commit of the branch (`rev`, None before the
    first publication) that first added its manifest (the moment its manifest in `recorded` records, published_days),
    else `today` (a version being published now)."""
    days = published_days(repo, rev, directory, recorded) if rev else {}
    return {version: days.get(version, today) for version in versions}


def none_in_force(day: dt.date, *, first: str, today: dt.date) -> str:
    """Why no version answers `day`, a day before the `first` published: said in the future tense of a first
    version announced ahead (legal hunt 36: "took effect on" a date to come)."""
    ahead = first > today.isoformat()
    return messages.Said("at.none/ahead" if ahead else "at.none", day=day.isoformat(), first=first)


def prevails_note(day: dt.date, *, lang: str, first: str, authoritative: str, today: dt.date) -> messages.Said:
    """Why `day` is answered with the `authoritative` text: `lang`'s first text (`first`) is dated after it; said in
    the future tense of a day to come (a version announced ahead, not yet in force: "will be in force")."""
    return messages.Said("at.prevails/ahead" if day > today else "at.prevails", lang=lang, day=day.isoformat(),
                         first=first, authoritative=authoritative)


def page_removed(repo: gitpython.Repo, rev: str | None, page: str, *, version: str, directory: str,
                 branch: str) -> messages.Said | str:
    """That `page`, which the commit first adding `version`'s record published, is not on the branch (`rev`) now: a
    version's folder deleted by hand, its record kept, was answered with an address leading nowhere (histories25)."""
    from policysite.branch import first_manifests

    added = first_manifests(repo, rev, directory).get(version) if rev else None
    if added is None:
        return ""
    now, then = git.object_ids(repo, [f"{rev}:{page}", f"{added[0]}:{page}"])
    return messages.Said("at.page-missing", path=page, branch=branch) if now is None and then is not None else ""


def gone_since(repo: gitpython.Repo, rev: str | None, *, branch: str, directory: str, served: str, day: dt.date,
               after: str, source: str | None = None) -> messages.Said | None:
    """Why the branch cannot answer for `day`: a version dated after `after` (the answer's date, "" for none) and by
    `day` that was published and is no longer on it, rewound away by a force-push (its former tip in this clone's
    reflog, or its tag) or removed by a commit of the branch; None where none is. The archive force-pushed back one
    version answered its day with the version before, proof and all (histories25)."""
    from policysite.branch import REMOTE, held_by_origin, is_tag, removed_versions, rewound_versions

    if rev is None:
        return None
    # on origin's copy, what the site serves, and not on the local branch, diverged from it: not gone (histories26:
    # said "reset or force-pushed to before it", or, without a reflog naming it, answered with the version before)
    held = held_by_origin(repo, rev, branch, directory) if branch == served else {}
    within = sorted(version for version in held if after < version <= day.isoformat())
    if within:
        return messages.Said("at.diverged", version=within[-1], branch=branch, remote=REMOTE, day=day.isoformat())
    rewound = rewound_versions(repo, rev, branch, directory)
    if source is not None:  # (no copy of the site's: a preview the local branch was set back before was never in
        # force, what at.preview/local says to do; its loss is none, histories28)
        rewound = {version: found for version, found in rewound.items()
                   if not _was_preview(repo, found[0], version, directory=directory, source=source)}
    gone: dict[str, messages.Said] = {
        version: messages.Said("at.gone/tag" if is_tag(ref) else "at.gone/rewound", commit=commit[:7],
                               ref=ref.removeprefix("refs/tags/"))
        for version, (commit, ref) in rewound.items()}
    gone.update((version, messages.Said("at.gone/removed", commit=commit[:7]))
                for version, commit in removed_versions(repo, rev, directory).items() if version not in gone)
    within = sorted(version for version in gone if after < version <= day.isoformat())
    if not within:
        return None
    return messages.Said("at.gone", version=within[-1], branch=served, how=gone[within[-1]], day=day.isoformat())


def _was_preview(repo: gitpython.Repo, tip: str, version: str, *, directory: str, source: str) -> bool:
    """Whether `version`, as the branch's former `tip` recorded it, was a preview: a text neither HEAD's history nor
    the publishing branch's (`source`, its tip) ever held (previews_of's test)."""
    from policysite import publish_refusals

    data = git.read_blob(repo, tip, mf.path_for(version, directory))
    try:
        record = mf.VersionManifest.loads(data) if data is not None else None
    except mf.ManifestError:
        return False
    if record is None:
        return False
    candidates = [(version, entry.source.commit, entry.source.path, entry.source.sha256)
                  for entry in record.languages.values()]
    return bool(publish_refusals.not_held(repo, candidates, lost=False)) and \
        bool(publish_refusals.not_held(repo, candidates, lost=False, head=source))


def from_elsewhere_said(repo: gitpython.Repo, rev: str | None, record: mf.VersionManifest, *, branch: str,
                        directory: str, day: dt.date) -> messages.Said | None:
    """Why the branch cannot answer for `day` with `record`'s version: it is a version from elsewhere (strangers.py),
    put on the branch by a hand commit, whose text this policy never had (histories26: another site's folder copied
    in was answered as the text in force, proof and all). None for a version publishing put there."""
    from policysite.branch import first_manifests
    from policysite.strangers import from_elsewhere

    added = first_manifests(repo, rev, directory).get(record.version) if rev else None
    if added is None or not from_elsewhere(repo, record, commit=added[0], subject=added[1]):
        return None
    return messages.Said("at.stranger", version=record.version, branch=branch, commit=added[0][:7],
                         day=day.isoformat())


def proof_of(repo: gitpython.Repo, rev: str, *, version: str, lang: str, folder: str, directory: str,
             record: mf.VersionManifest, branch: str) -> tuple[messages.Said, ...]:
    """What proves which text `version` published in `lang` (`policy at --proof`: a DPO's record of the text in force):
    its source (page, commit, SHA-256), the branch's page and PDF of it (in `folder`) read against the SHA-256 its
    manifest records, and that manifest with the branch's commit that first added it, its day the company's. A file
    changed or removed by hand, or a record rewritten since, is said so (`policy verify` names what to do)."""
    from policysite.branch import first_manifests

    entry = record.languages[lang]
    said = [source_proof(repo, entry.source)]
    for rel in sorted(rel for rel in entry.files if rel == "index.html" or rel.endswith(".pdf")):
        path, recorded = f"{folder}/{version}/{rel}", entry.files[rel]
        blob = git.read_blob(repo, rev, path)
        key = "at.proof/file" if blob is not None and hashlib.sha256(blob).hexdigest() == recorded else \
            "at.proof/file-missing" if blob is None else "at.proof/file-differs"
        said.append(messages.Said(key, branch=branch, path=path, sha256=recorded))
    path = f"{directory}/{version}.json"
    added = first_manifests(repo, rev, directory).get(version)
    if added is None:  # (a manifest no commit of the branch's history added: a grafted or cut history)
        said.append(messages.Said("at.proof/record-unknown", branch=branch, path=path))
        return tuple(said)
    commit, _subject, blob_then = added
    key = "at.proof/record" if git.object_ids(repo, [f"{rev}:{path}"])[0] == blob_then else "at.proof/record-rewritten"
    said.append(messages.Said(key, branch=branch, path=path, commit=commit,
                              **moment_of(repo.commit(commit).committed_date)))
    # how a DPO, an auditor or a court's expert checks each line with git and sha256sum alone, this tool aside
    # (legal25: the proof named commits and fingerprints, and no way to read them again without `policy`)
    page = f"{folder}/{version}/index.html"
    said.append(messages.Said("at.proof/recheck", commit=entry.source.commit, path=entry.source.path, branch=branch,
                              file=page if "index.html" in entry.files else path, record=path))
    return tuple(said)


def source_proof(repo: gitpython.Repo, source: mf.Source) -> messages.Said:
    """The proof's source line: the page at the commit its record names, as this clone holds it; or, that commit gone
    (main rewritten since, a rebase or a force-push; or cut off by a shallow fetch), that said, with the commit of the
    history that holds the same text now, if any (histories24: a commit no clone had any more was named as the proof,
    without a word)."""
    fields = {"path": source.path, "commit": source.commit, "sha256": source.sha256}
    data = git.read_blob(repo, source.commit, source.path)
    if data is not None and hashlib.sha256(data).hexdigest() == source.sha256:
        return messages.Said("at.proof/source", **fields)
    if data is None and git.shallow_boundary(repo):
        return messages.Said("at.proof/source-shallow", **fields)
    from policysite.history import text_commit

    now = text_commit(repo, path=source.path, sha256=source.sha256) if repo.head.is_valid() else None
    return messages.Said("at.proof/source-elsewhere" if now else "at.proof/source-gone", **fields, now=now or "")


def moment_of(stamp: int) -> dict[str, str]:
    """A commit's moment as a proof writes it: the company's day, its time there and the zone's name (histories22: the
    day alone, "on January 20, 2022", left a regulator asking in which zone, for a publication at 23:30 UTC)."""
    there = dt.datetime.fromtimestamp(stamp, clock.zone())
    return {"day": there.date().isoformat(), "time": there.strftime("%H:%M"),
            "zone": "UTC" if clock.zone() is dt.UTC else str(clock.zone())}


def announced_note(day: dt.date, version: str, dates: Sequence[str], published: Mapping[str, dt.date], *,
                   today: dt.date) -> tuple[messages.Said, ...]:
    """What the site also showed on `day`, a day `version` was in force: each later version, announced ahead (it
    reached the site, `published`, on or before `day`, and takes effect after it), of which readers had been told since
    (histories22: a day between an announcement and its effect was answered with the text in force alone, though the
    notice given is what a regulator asks of such a day; legal31: of two changes announced, the first alone was said).
    For a day still to come, what is announced already (to_come). Nothing without such a version."""
    if day > today:
        return to_come(day, version, dates, published, today=today)
    return tuple(messages.Said("at.announced", day=day.isoformat(), version=v, published=published[v].isoformat(),
                               start=v) for v in _announced(version, dates, published, by=day))


def _announced(version: str, dates: Sequence[str], published: Mapping[str, dt.date], *, by: dt.date) -> list[str]:
    """The versions after `version` that had reached the site on or before `by`, oldest first."""
    return [v for v in dates if v > version and v in published and published[v] <= by]


def to_come(day: dt.date, version: str, dates: Sequence[str], published: Mapping[str, dt.date], *,
            today: dt.date) -> tuple[messages.Said, ...]:
    """Of a day still to come (after `today`), what the site shows already: `version`, the answer, announced ahead and
    not in force yet, and the text in force today; or, `version` in force today, the next version, announced ahead,
    which the site will show beside it that day (legal30: asked on 2 June of 10 June, `policy at` named the text in
    force today alone, though the version of 15 July was announced on 1 June); and each change announced after it, the
    site showing it beside the answer that day (legal31: of two, the first alone was said). Nothing where nothing is
    announced."""
    answer: tuple[messages.Said, ...] = ()
    if version > today.isoformat():
        current = [v for v in dates if v <= today.isoformat()]
        if version not in published or not current:
            return ()
        answer = (messages.Said("at.announced/upcoming", version=version, published=published[version].isoformat(),
                                current=current[-1], today=today.isoformat()),)
    return answer + tuple(messages.Said("at.announced/to-come", day=day.isoformat(), version=v,
                                        published=published[v].isoformat(), start=v)
                          for v in _announced(version, dates, published, by=today))


def in_force(*, root: Path, day: dt.date, lang: str | None = None, branch: str = BRANCH,
             document: str = "", proof: bool = False) -> InForce:
    """The version of `branch` in force on `day` (of one of the site's documents, `""` the first); PublishError
    if none was (a day before the first). With `proof`, what proves it (proof_of)."""
    from policysite import settings as policy_settings
    from policysite.renames import as_published, renamed_codes, renamed_said

    try:
        settings = policy_settings.load(root).for_document(document)
    except policy_settings.SettingsError as exc:
        raise PublishError(messages.text_of(exc)) from None
    lang = lang or settings.authoritative
    repo = git.open_repo(Path(root).resolve())
    found_branch = reading(repo, branch)
    if found_branch is None:
        settings.language(lang)
        raise PublishError(missing(branch, repo))
    name, remote = found_branch.name, found_branch.remote
    state = read_copy(repo, found_branch, directory=settings.manifest_dir)
    # a language's code renamed in the configuration (en → en-GB), which publishing refuses: the site still serves
    # that language under its published code, asked by either (publish10: "publishes no English text (en)")
    served = f"{remote + '/' if remote else ''}{name}"
    codes = renamed_codes(settings, state.manifests.values())
    said = {old: messages.Said("at.renamed", old=old, new=new, why=why)
            for (old, new), why in zip(codes, renamed_said(settings, state.manifests.values(), served), strict=True)}
    renamed = ""
    for old, new in codes:
        if lang in (old, new):
            renamed, lang = said[old], old
    if not renamed and all(code.code != lang for code in settings.languages):
        # a language published and configured no longer (English dropped from 2023 on): its texts are still the
        # branch's, and which was in force on a day of theirs is what a DPO asks (histories23: "this site publishes
        # no English text", of a site whose archive holds two English versions)
        if not any(lang in m.languages for m in state.manifests.values()):
            settings.language(lang)
        renamed = messages.Said("at.dropped", lang=lang)
    # the authoritative language as its versions were published: its code renamed too (fr → fr-FR), the text that
    # prevails is still the one published under fr (publish10 looked the day up under fr-FR, and found none)
    authoritative = as_published(settings, codes).authoritative
    dates = sorted(v for v, m in state.manifests.items() if lang in m.languages)
    if not dates:
        raise PublishError(messages.Said("at.none/language", lang=lang, branch=served))
    found = next((p for p in periods.periods(dates) if p.covers(day)), None)
    note, first = "", dates[0]
    if found is None and lang != authoritative:  # before the first translation: the text that prevails,
        # as the site's `at/` page in that language sends the day there
        prevailing = sorted(v for v, m in state.manifests.items() if authoritative in m.languages)
        # a day before any text: the first of either language is the first text in force (histories21: English,
        # added in 2023, answered a day of 2020 before the French text's first, "the first published, 2023-01-01")
        first = min([first, *prevailing[:1]])
        found = next((p for p in periods.periods(prevailing) if p.covers(day)), None)
        if found is not None:
            note = prevails_note(day, lang=lang, first=dates[0], authoritative=authoritative, today=clock.today())
            lang, renamed, dates = authoritative, renamed or said.get(authoritative, ""), prevailing
    # a preview another branch's `policy history` put on the local branch alone was never in force: a day it answers
    # is refused, and no period ends at it (histories27: answered as in force, `git push` the way to the site)
    pushed = git.rev_parse(repo, f"refs/remotes/{REMOTE}/{name}")
    publishing = None if pushed else publishing_branch(repo, configured=settings.publish_from, remote=REMOTE)
    previews = previews_of(repo, state.base, state.manifests, branch=name, directory=settings.manifest_dir,
                           source=git.rev_parse(repo, f"refs/heads/{publishing}") if publishing else None) \
        if remote is None else {}
    if found is not None and found.version in previews:
        raise PublishError(messages.Said("at.preview", version=found.version, day=day.isoformat(), branch=name,
                                         remote=REMOTE, commit=previews[found.version][:7]) if pushed else
                           _local_preview(repo, state.base, found.version, day=day, branch=name, source=publishing,
                                          commit=previews[found.version], directory=settings.manifest_dir))
    if found is not None and previews:
        dates = [version for version in dates if version not in previews]
        found = next((p for p in periods.periods(dates) if p.covers(day)), found)
    if gone := gone_since(repo, state.base, branch=name, directory=settings.manifest_dir, served=served, day=day,
                          source=git.rev_parse(repo, f"refs/heads/{publishing}") if publishing else None,
                          after=found.start.isoformat() if found else ""):
        raise PublishError(gone)
    if found is None:
        raise PublishError(none_in_force(day, first=first, today=clock.today()))
    if stranger := from_elsewhere_said(repo, state.base, state.manifests[found.version], branch=served,
                                       directory=settings.manifest_dir, day=day):
        raise PublishError(stranger)
    # (each record's moment as the branch first added it: one moved by hand since says no day a reader saw, verify
    # names it; histories24)
    reached = published_days(repo, state.base, settings.manifest_dir, as_first_recorded(
        repo, state.base, state.manifests, settings.manifest_dir,
        listing=git.list_entries(repo, state.base, [settings.manifest_dir]))) \
        if state.base else {}
    late = late_note(day, found.version, reached) if reached else None
    ahead = announced_note(day, found.version, dates, reached, today=clock.today()) if reached else ()
    entry = state.manifests[found.version].languages.get(lang)
    proven = proof_of(repo, state.base, version=found.version, lang=lang, folder=settings.base(lang),
                      directory=settings.manifest_dir, record=state.manifests[found.version], branch=served) \
        if proof and state.base and entry else ()
    # what the proof proves of a day before the archive's first publication: no reader of this site saw any text then
    # (histories28: answered, proof and all, with no word of it)
    if proven and reached and not late and (unshown := unshown_note(
            day, found.version, reached, imported=any(e.imported for e in state.manifests[found.version].languages
                                                      .values()))):
        proven = (*proven, unshown)
    page_gone = page_removed(repo, state.base, f"{settings.base(lang)}/{found.version}/index.html",
                             version=found.version, directory=settings.manifest_dir, branch=served)
    return InForce(day, found.version, f"{settings.public_url}{settings.base(lang)}/{found.version}/", found,
                   found.start > clock.today(), note, late or "", renamed, lang,
                   tuple((k, tuple(v)) for k, v in entry.aliases.items()) if entry else (), tuple(dates),
                   tuple(entry.ids) if entry else (), proven, ahead, missing=page_gone,
                   unpushed=unpushed(repo, state.base, found.version, branch=name, remote=remote,
                                     directory=settings.manifest_dir))


def unpushed(repo: gitpython.Repo, rev: str | None, version: str, *, branch: str, remote: str | None,
             directory: str) -> messages.Said | str:
    """That `version`, answered from the local branch (`rev`; `remote` None), is not on origin's copy of it, what the
    site serves: published in this clone and not pushed, its address answers nothing yet (histories26: answered as in
    force without a word)."""
    from policysite.branch import REMOTE, manifests_at

    tracking = git.rev_parse(repo, f"refs/remotes/{REMOTE}/{branch}") if remote is None and rev else None
    if tracking is None or version in manifests_at(repo, tracking, directory):
        return ""
    return messages.Said("at.unpushed", version=version, branch=branch, remote=REMOTE)


def previews_of(repo: gitpython.Repo, rev: str | None, manifests: Mapping[str, mf.VersionManifest], *, branch: str,
                directory: str, source: str | None = None) -> dict[str, str]:
    """The versions of the local branch (`rev`) that origin's copy lacks whose text this branch never held, each with
    the commit of such a text: previews another branch's `policy history` (`make build`) put there, which verify and a
    push refuse (publish_refusals.foreign_entries). A text a former tip of this branch held (main rewritten since,
    reflogs.held_before) is none. Without origin's copy to tell published from pushed (a repository of no remote, a
    branch never pushed), a text the branch the site publishes from (`source`'s tip) never held either; nothing
    where that branch is not known either (an old feature branch checked out would call main's newest a preview)."""
    from policysite import publish_refusals, reflogs
    from policysite.branch import manifests_at

    tracking = git.rev_parse(repo, f"refs/remotes/{REMOTE}/{branch}")
    if rev is None or (tracking is None and source is None) or not repo.head.is_valid():
        return {}
    theirs = set(manifests_at(repo, tracking, directory)) if tracking else set()
    candidates = [(version, entry.source.commit, entry.source.path, entry.source.sha256)
                  for version, record in sorted(manifests.items()) if version not in theirs
                  for entry in record.languages.values()]
    foreign = publish_refusals.not_held(repo, candidates, lost=False)
    if tracking is None and source is not None and foreign:  # (histories28: the preview was answered as in force)
        asked = set(foreign)
        foreign = publish_refusals.not_held(repo, [c for c in candidates if (c[0], c[1]) in asked], lost=False,
                                            head=source)
    behind = reflogs.held_before(repo, [commit for _version, commit in foreign])
    found: dict[str, str] = {}
    for version, commit in foreign:
        if commit not in behind:
            found.setdefault(version, commit)
    return found


def _local_preview(repo: gitpython.Repo, rev: str | None, version: str, *, day: dt.date, branch: str,
                   source: str | None, commit: str, directory: str) -> messages.Said:
    """Why a day the local branch answers with a preview is refused where no copy of the site's tells published from
    pushed (no remote, the branch never pushed): the text is none of the publishing branch's (`source`), and the
    branch's commit that put it there is named, the way back being to set the branch back to before it."""
    from policysite.branch import first_manifests

    added = first_manifests(repo, rev, directory).get(version) if rev else None
    return messages.Said("at.preview/local", version=version, day=day.isoformat(), branch=branch, source=source or "",
                         commit=commit[:7], added=(added[0] if added else rev or commit)[:7])


def section_index(policy: document.Policy, asked: str, *, source: document.Policy | None = None,
                  kept: Mapping[str, Iterable[str]] | None = None, version: str = "", until: str = "",
                  versions: Sequence[str] = (), ids: Sequence[str] = ()) -> int | None:
    """The index of the section of `policy` that `asked` names, None where none: its id on the page (`s7-3`, with or
    without `#`), its number (`7.3`, `§7.3`), its identity (`{#retention}`, a title's slug) or another id its page
    lands on it by (anchors.own_anchors: a slug Python-Markdown gave, a fragment the text's own links use; `source`,
    the authoritative text of a translation, gives a translation without numbers its ids); in any case. With the ids
    its page (of `version`) keeps for its sections (`kept`: section id -> older ids, as its manifest records them), an
    id a section had in an earlier version, and a dated id (`2021-02-17.s3`, the ¶'s at latest/), resolved as the
    page resolves it (anchors.dated_target; `until`: the last day `version` is in force, as far as the caller knows;
    `versions`: the dates of the versions published in its language; `ids`: the section ids its manifest records it was
    first published with, which win over those today's rules give, anchors.recorded)."""
    from policysite.anchors import REMOVED, dated_target, own_anchors, recorded

    asked = asked.strip().lstrip("#")
    wanted = asked.lstrip("\u00a7").strip().casefold()
    anchors = recorded(own_anchors(policy, source=source), ids).copy()
    for section_id, older in (kept or {}).items():
        if section_id in anchors.ids:
            for alias in older:
                anchors.add_alias(anchors.ids.index(section_id), alias)
    for removed in (kept or {}).get(REMOVED, ()):  # (the dated ids of sections removed before it: none of its sections)
        anchors.add_removed(removed)
    dated = dated_target(asked, anchors, here=version, until=until, versions=versions) if version else None
    if dated is not None:
        return dated
    named = [{name.casefold() for name in (anchors.ids[index], *anchors.aliases.get(index, []), section.anchor,
                                           section.number, section.numeral or "", *_numbering(section)) if name}
             for index, section in enumerate(policy.sections)]
    # the number as a heading writes it, its final dot or bracket included (`2.`, `2.1.`, `1)`): a reader copies it
    for each in dict.fromkeys((wanted, " ".join(wanted.split()), wanted.rstrip(NUMBER_END).rstrip())):
        found = next((index for index, names in enumerate(named) if each and each in names), None)
        if found is not None:
            return found
    return as_written(policy, asked.lstrip("\u00a7").strip())


def as_written(policy: document.Policy, asked: str) -> int | None:
    """The index of the one section of `policy` whose heading writes its number as `asked` does, None where none or
    more than one: the number in Roman numerals, digits or a letter (`III` for `Chapitre III – …`, `3` for `III.`,
    `II.1` for `1.` under `II.`), with or without the heading's word, whole or cut short (`Art. 3`, `art 3`, `Article
    III` for `Article 3 – …`; `Section B` for an unnumbered `Section B – …`); a word the text does not use counts as
    none (`Chapter II` of a French text's `Chapitre II`). Where the reader writes the number as the heading does
    (`C`, a letter, for `C.` rather than §100), that heading first."""
    from policysite.heading_numbers import number_value, written_number

    wanted = written_number(asked)
    if wanted is None or len(" ".join(asked.split())) > len(" ".join(wanted)) + 2:
        return None  # (more than a word and a number: a title, which names a section by its id only)
    word, token = wanted
    value = number_value(token)
    headings = {index: written_number(section.written or section.title, marked=not section.numeral)
                for index, section in enumerate(policy.sections)}
    words = {found[0] for found in headings.values() if found and found[0]}
    same_word = (lambda theirs: not word or _same_word(word, theirs)) if any(_same_word(word, w) for w in words) \
        else (lambda theirs: True)
    candidates = {index: found for index, found in headings.items() if found and same_word(found[0])}
    for matches in ([index for index, found in candidates.items() if found[1].casefold() == token.casefold()],
                    [index for index, found in candidates.items() if value and number_value(found[1]) == value],
                    [index for index, section in enumerate(policy.sections) if value and section.numeral == value]):
        if len(matches) == 1:
            return matches[0]
        if matches:
            return None  # (`I` of two texts' parts: which one is the reader's to say, by its id)
    return None


def _dated_then(asked: str, found: InForce, *, root: Path, branch: str,
                doc: str) -> tuple[InForce, document.Policy, int] | None:
    """The version of a dated id's date (`2021-02-17.s3`: the version in force on 2021-02-17, where it is older than
    `found`, the version in force on `day`), its text in `found`'s language and the index of the section of that id in
    it; None where the id is no dated id, its date is not before `found`'s, or that version had no such section."""
    from policysite import sides
    from policysite.anchors import DATED

    dated = DATED.fullmatch(asked.strip().lstrip("#"))
    if dated is None or dated[1] >= found.version:
        return None
    try:
        earlier = in_force(root=root, day=dt.date.fromisoformat(dated[1]), lang=found.lang, branch=branch,
                           document=doc)
        if earlier.version >= found.version:
            return None
        old = sides.resolve(earlier.version, root=root, lang=found.lang, branch=branch, doc=doc).policy
    except (PublishError, sides.SideError, ValueError):
        return None
    index = section_index(old, dated[2], kept=dict(earlier.aliases), version=earlier.version,
                          versions=earlier.versions, ids=earlier.ids)
    return (earlier, old, index) if index is not None else None


def _dated_now(then: tuple[InForce, document.Policy, int], found: InForce, policy: document.Policy, *, section: str,
               day: dt.date) -> int:
    """The section of `policy` (of `found`, the version in force) that section `then` names (the section a dated id
    named in the version of its date) became, as the one differ matches them: a section removed since is no later
    section that took its id (`2021-02-17.s3`, Cookies, answered the Security that was given §3 after Cookies was
    removed): PublishError saying so and where the section is as it was."""
    from policysite.redline.engine import joined, match_sections

    earlier, old, at = then
    pairs = match_sections(old.sections, policy.sections)
    now = pairs.get(at, joined(old.sections, policy.sections, pairs)[0].get(at))
    if now is not None:
        return now
    shown = old.sections[at]
    raise PublishError(messages.Said("at.section-removed", section=section, title=shown.written or shown.title,
                                     then=earlier.version, day=day.isoformat(), version=found.version,
                                     url=f"{earlier.url}#{section_id(old, at, ids=earlier.ids)}"))


def written_sections(policy: document.Policy, *, most: int = 8) -> str:
    """The first sections of `policy` as their headings write their numbers (`I, II, III`, `Article 1, Article 2`,
    `7.3`, `Section B`), a title in quotes for a heading without one, as `policy at` may be asked for them: what the
    reader asking for a section the version lacks is told it has (`give its number, 7.3` was no help to a reader of a
    text numbered `Chapitre I`, `Chapitre II`)."""
    from policysite.heading_numbers import written_label

    def named(section: document.Section) -> str:
        if section.numbering:
            return section.numbering.rstrip(NUMBER_END)
        return written_label(section.written or section.title) or f"“{section.title}”"

    shown = [named(section) for section in policy.sections[:most]]
    return ", ".join(shown) + (", …" if len(policy.sections) > most else "")


def _same_word(asked: str, theirs: str) -> bool:
    """Whether a reader's word names a heading's, whole or cut short (`art` for `article`, `chap` for `chapitre`)."""
    return bool(asked and theirs) and (theirs.startswith(asked) or asked.startswith(theirs))


NUMBER_END = ".)]:-\u2013\u2014 "  # what a heading writes after its number (`2.`, `1)`, `Article 4 –`)


def _numbering(section: document.Section) -> tuple[str, ...]:
    """How `section`'s heading writes its number (`2.`, `Article 4 –`), and that without what ends it (`Article 4`)."""
    return (section.numbering, section.numbering.rstrip(NUMBER_END)) if section.numbering else ()


def section_id(policy: document.Policy, index: int, *, source: document.Policy | None = None,
               ids: Sequence[str] = ()) -> str:
    """Section `index`'s id on `policy`'s page (its link's fragment; `source` and `ids` as for section_index)."""
    from policysite.anchors import own_anchors, recorded

    return recorded(own_anchors(policy, source=source), ids).ids[index]


def section_text(policy: document.Policy, index: int) -> str:
    """The text of section `index` of `policy` and its subsections, as the page shows it: each heading as written,
    then each block (an item marked and indented by its depth, a table row's cells between bars)."""
    first = policy.sections[index]
    shown: list[str] = []
    for section in itertools.takewhile(lambda s: s is first or s.level > first.level, policy.sections[index:]):
        shown.append(f"{'#' * section.level} {section.written or section.title}")
        shown += [" | ".join(block.page_cells) if block.cells else
                  "  " * block.depth + ("- " if block.kind == "item" else "") + block.page_text
                  for block in section.blocks]
    return "\n\n".join(shown)


def section_in_force(*, root: Path, day: dt.date, section: str, lang: str | None = None, branch: str = BRANCH,
                     document: str = "", proof: bool = False) -> tuple[InForce, str]:
    """The version in force on `day` (in_force), its address at the section `section` names, and that section's text
    in it (section_text); PublishError naming the day, the version and the section where that version has none (a
    section added later, or removed before that day)."""
    from policysite import settings as policy_settings, sides

    found = in_force(root=root, day=day, lang=lang, branch=branch, document=document, proof=proof)

    def text_of(code: str):  # (`document` is the document's id here)
        return sides.resolve(found.version, root=root, lang=code, branch=branch, doc=document).policy

    try:
        policy = text_of(found.lang)
    except sides.SideError as exc:
        raise PublishError(messages.text_of(exc)) from None
    source = None
    authoritative = policy_settings.load(root).for_document(document).authoritative
    if found.lang != authoritative:  # (its page's ids: a translation without numbers takes the authoritative text's)
        try:
            source = text_of(authoritative)
        except sides.SideError:
            source = None
    index = section_index(policy, section, source=source, kept=dict(found.aliases), version=found.version,
                          until=(found.period.until or day).isoformat(), versions=found.versions, ids=found.ids)
    then = _dated_then(section, found, root=root, branch=branch, doc=document)
    if then is not None:  # a dated id given before the version in force: its section then, where it is now
        index = _dated_now(then, found, policy, section=section, day=day)
    if index is None:
        raise PublishError(messages.Said("at.no-section", day=day.isoformat(), version=found.version,
                                         section=section, some=written_sections(policy)))
    return replace(found, url=f"{found.url}#{section_id(policy, index, source=source, ids=found.ids)}"), \
        section_text(policy, index)
