"""`policy publish` and `policy history`: the operations that combine the gate, building, writing and the branch.

See branch.py for the layout of the branch and how it moves.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import itertools
import logging
import os
import shutil
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from policysite import (
    clock,
    crosslinks,
    document,
    gate,
    git,
    history as hist,
    manifest as mf,
    moves,
    periods,
    printing,
    provenance,
    publish_refusals as refusals,
    publish_remote as remote_branch,
    scratch,
    source,
    source_branch,
    spelling,
)
from policysite.branch import (
    BRANCH,
    REMOTE,
    BranchState,
    as_first_recorded,
    blobs,
    drop_lock,
    lock,
    manifests_at,
    move_branch,
    read_branch,
)
from policysite.building import (
    Built,
    aliases_of,
    build_archive,
    build_or_refuse,
    build_version,
    builds,
    first_versions,
    previous_of,
)
from policysite.errors import PublishError, RefusedError
from policysite.findings import Finding
from policysite.messages import Said, prefixed, replaced, text_of
from policysite.project import Project, opened
from policysite.published_texts import language_changes, reads_alike, republished, same_words
from policysite.writing import (
    drop_unused_themes,
    latest_put_back,
    listing_to_write,
    manifest_of,
    moved_lines,
    refresh_archive,
    write_archive,
    write_version,
)

Progress = Callable[[int, int, str, float], None]  # (n, total, version, elapsed seconds)


@dataclass
class Outcome:
    """What an operation did, as lines for the user."""

    published: list[str] = field(default_factory=list)
    refused: list[gate.Refusal] = field(default_factory=list)
    messages: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    commit: str | None = None

    def refuse(self, refusal: gate.Refusal) -> None:
        """`refusal` added to `refused`, or its findings added to the refusal of the same version and commit there
        already: a version refused for its place in the history and then by the checks was counted and named twice
        ("2 dated versions refused", the same date under two headings)."""
        for at, known in enumerate(self.refused):
            if (known.version, known.commit) == (refusal.version, refusal.commit):
                more = tuple(f for f in refusal.findings if f not in known.findings)
                self.refused[at] = dataclasses.replace(known, findings=known.findings + more)
                return
        self.refused.append(refusal)


def _ready(site: Project, *, branch: str, remote: str, push: bool, from_branch: str | None = None) -> None:
    """What `policy publish` and `policy history` refuse before reading any version (the branch's name, HEAD on another
    branch than the one the site publishes from, unless `from_branch` (`--from`) names it or is None (a history built
    for this machine alone), this machine's address pushed, a remote the repository lacks, a branch the clone never
    fetches), then the branch fetched from `remote` where the publication is pushed there."""
    refusals.refuse_branch_name(site, branch)
    if from_branch is not None:
        source_branch.refuse_other_branch(site.repo, configured=from_branch or site.settings.publish_from,
                                          remote=remote)
    refusals.refuse_local_address(site, push=push)
    refusals.refuse_no_remote(site, remote=remote, push=push)
    refusals.refuse_unfetched(site, branch=branch, remote=remote, push=push)
    if push:
        remote_branch.fetch(site, branch, remote)


def publish(*, root: Path, branch: str = BRANCH, remote: str = REMOTE, push: bool = False,
            on_wait: Callable[[Path], None] | None = None, document: str | None = None,
            from_branch: str = "") -> Outcome:
    """`policy publish`: the current commit's text of each document (or of `document`) as its dated version,
    refused if it would rewrite one, or if HEAD is on another branch than the site's publishing branch (`from_branch`,
    the one chosen on purpose, else the settings'). Every document is judged before any is published."""
    with opened(root) as site, scratch.temporary("policy-publish-") as tmp:
        _ready(site, branch=branch, remote=remote, push=push, from_branch=from_branch)
        projects = documents_of(site, document)
        if len(site.settings.all_documents) == 1:
            prepared = _publishable(site, Path(tmp) / "source", branch=branch, remote=remote)
            return _detached(site, _publish(site, prepared, Path(tmp), branch=branch, remote=remote, push=push,
                                            on_wait=on_wait),
                             from_branch=from_branch, remote=remote)
        refusals.refuse_dropped_documents(site, read_branch(site.repo, branch=branch, remote=remote), branch)
        ready = [(p, _publishable(p, Path(tmp) / "source" / _folder(p), branch=branch, remote=remote))
                 for p in projects]
        with _staged(site, branch, remote, on_wait) as (staging, state):
            linked = _linked(site, branch=staging, remote=remote,
                             pending={p.settings.document: [version] for p, (_s, version, _c) in ready})
            outcome = Outcome()
            before = git.rev_parse(site.repo, f"refs/heads/{staging}")
            for p, prepared in _first_last(ready):
                try:
                    _merge(outcome, _publish(_with_site(p, linked, site, branch=staging, remote=remote), prepared,
                                             Path(tmp) / _folder(p), branch=staging, remote=remote, push=False,
                                             on_wait=on_wait), p)
                except RefusedError:
                    raise
                except PublishError as exc:  # the message names the document; the branch was never moved
                    name = p.settings.document or p.settings.all_documents[0].id
                    raise PublishError(prefixed(name, text_of(exc))) from None
            _finish_site(site, outcome, branch=staging, remote=remote, push=False, on_wait=on_wait, before=before)
            _land(site, outcome, staging=staging, branch=branch, state=state)
        remote_branch.push(site, branch, remote, push and not outcome.refused, outcome, changed=bool(outcome.commit))
        return _detached(site, outcome, from_branch=from_branch, remote=remote)


def _detached(site: Project, outcome: Outcome, *, from_branch: str, remote: str) -> Outcome:
    """`outcome` with a line saying the commit published and that HEAD is detached, where a version was published
    from one (a commit checked out by hand was published without a word: the legal team took it for their branch's
    tip; session 55)."""
    if outcome.published and (note := source_branch.detached_note(
            site.repo, configured=from_branch or site.settings.publish_from, remote=remote)) is not None:
        outcome.messages.append(note)
    return outcome


@contextlib.contextmanager
def _staged(site: Project, branch: str, remote: str,
            on_wait: Callable[[Path], None] | None) -> Iterator[tuple[str, BranchState]]:
    """A branch of this command's own, where `branch`'s commits go on: every document of a site is published onto
    it, then `branch` moves there in one step (`_land`). A command stopped before that (killed, a document
    refused) leaves `branch` as it was (history hunt 19, finding 4); what it says names `branch`. `branch` is
    locked meanwhile: a second publication waits for this one, then starts from where it left the branch."""
    with lock(site, branch, on_wait):
        state = read_branch(site.repo, branch=branch, remote=remote)
        staging = f"{branch}.publishing-{os.getpid()}"
        ref = f"refs/heads/{staging}"
        for left in git.run(site.repo, "for-each-ref", "--format=%(refname)",
                            f"refs/heads/{branch}.publishing-*").split():
            if not _running(left.rpartition("-")[2]):  # a command stopped before it took its branch away
                git.delete_ref(site.repo, left)
                drop_lock(site, left.removeprefix("refs/heads/"))
        git.delete_ref(site.repo, ref)
        if state.base:
            git.update_ref(site.repo, ref, state.base, None, message=f"policy: publishing onto {branch}")
        try:
            yield staging, state
        except RefusedError:
            raise
        except PublishError as exc:
            raise PublishError(replaced(text_of(exc), staging, branch)) from None
        finally:
            git.delete_ref(site.repo, ref)
            drop_lock(site, staging)


def _running(pid: str) -> bool:
    """Whether a process `pid` (a number) runs on this machine."""
    try:
        os.kill(int(pid), 0)
    except (ValueError, ProcessLookupError):
        return False
    except PermissionError:
        return True
    return True


def _land(site: Project, outcome: Outcome, *, staging: str, branch: str, state: BranchState) -> None:
    """`branch` moved (under `_staged`'s lock), in one step, to where its staging branch ends, unless a version was
    refused; what the outcome says names `branch`."""
    for lines in (outcome.messages, outcome.warnings):
        lines[:] = [replaced(line, staging, branch) for line in lines]
    tip = git.rev_parse(site.repo, f"refs/heads/{staging}")
    if not outcome.refused and tip is not None and tip != state.local:
        outcome.messages += move_branch(site, branch, tip, state,
                                        f"policy: {', '.join(outcome.published) or 'the archive pages'}")


def _roll_back(site: Project, branch: str, before: str | None) -> bool:
    """The branch back where it was when the command started (under the publishing lock); whether it had moved."""
    now = git.rev_parse(site.repo, f"refs/heads/{branch}")
    if now == before:
        return False
    if before is None:
        git.delete_ref(site.repo, f"refs/heads/{branch}")
    else:
        git.update_ref(site.repo, f"refs/heads/{branch}", before, now, message="policy: refused, nothing published")
    return True


def documents_of(site: Project, document: str | None) -> list[Project]:
    """The site's documents an operation covers: all, or the one named (`--document`)."""
    if document is None:
        return site.documents
    ids = {p.settings.document or p.settings.all_documents[0].id: p for p in site.documents}
    if document not in ids:
        known = ", ".join(sorted(i for i in ids if i))
        raise PublishError(Said("publish.no-document" if known else "publish.no-document/none", document=document,
                                known=known))
    return [ids[document]]


def _folder(project: Project) -> str:
    return project.settings.document or "_first"


def _first_last(items: list) -> list:
    """Further documents first, the first one last: its archive build lists every document (home page)."""
    return sorted(items, key=lambda item: (item[0] if isinstance(item, tuple) else item).settings.document == "")


def _linked(site: Project, *, branch: str, remote: str, pending: dict[str, list[str]]) -> dict[str, list[str]]:
    """Every document's dated versions: on the branch, and `pending` (being published): where links land."""
    found = {}
    for p in site.documents:
        doc = p.settings.document
        state = read_branch(site.repo, branch=branch, remote=remote, directory=p.settings.manifest_dir)
        found[doc] = sorted(set(state.versions) | set(pending.get(doc, [])))
    return found


def _with_site(project: Project, linked: dict[str, list[str]], site: Project, *, branch: str,
               remote: str, read: dict[str, BranchState] | None = None) -> Project:
    """A document's project knowing the other documents: their versions (links) and, for the first document
    of several, their manifests (its archive build makes the site's home page and feed), as `read` has
    them or read from the branch."""
    others = {doc: dates for doc, dates in linked.items() if doc != project.settings.document}
    manifests = {}
    if not project.settings.document:
        for p in site.documents[1:]:
            doc = p.settings.document
            manifests[doc] = (read[doc] if read else read_branch(site.repo, branch=branch, remote=remote,
                                                                 directory=p.settings.manifest_dir)).manifests
    return dataclasses.replace(project, linked=others, site_manifests=manifests)


# Lines a document's operation gives that name another document, their own (move_branch's: that document's archive
# files written again): one name before them, theirs ("privacy: terms: …" named both: publish10)
NAMING_THEIR_DOCUMENT = frozenset({"publish.archive-written-again"})


def _merge(outcome: Outcome, one: Outcome, project: Project) -> None:
    """One document's outcome into the operation's, its lines named by the document (those that name theirs kept)."""
    name = project.settings.document or project.settings.all_documents[0].id

    def named(line: str) -> str:
        return line if getattr(line, "key", None) in NAMING_THEIR_DOCUMENT else prefixed(name, line)

    outcome.published += [f"{name} {v}" for v in one.published]
    outcome.refused += one.refused
    outcome.messages += [named(line) for line in one.messages]
    outcome.warnings += [named(line) for line in one.warnings]
    outcome.commit = one.commit or outcome.commit


def _finish_site(site: Project, outcome: Outcome, *, branch: str, remote: str, push: bool,
                 on_wait: Callable[[Path], None] | None, before: str | None) -> None:
    """After the documents: the site's home page and feed (the first document's archive pages) as the branch
    now is, then the push. One version refused, of any document: the branch goes back to `before`, as it was
    when the command started (a failed command publishes nothing)."""
    first = site.documents[0]
    with lock(site, branch, on_wait):
        if outcome.refused:
            if _roll_back(site, branch, before):
                outcome.messages = [line for line in outcome.messages  # "<document>: published …" taken back
                                    if not line.partition(": ")[2].startswith(("published ", "rebuilt "))]
                outcome.messages.append(Said("publish.refused", count=len(outcome.refused), branch=branch))
                outcome.published = []
                outcome.commit = None
            return
        read = {p.settings.document: read_branch(site.repo, branch=branch, remote=remote,
                                                 directory=p.settings.manifest_dir) for p in site.documents}
        linked = {doc: sorted(state.versions) for doc, state in read.items()}
        recorded = {doc: {v: m.links for v, m in state.manifests.items() if m.links} for doc, state in read.items()}
        outcome.warnings += crosslinks.overtaken(site.settings, recorded, linked)
        project = _with_site(first, linked, site, branch=branch, remote=remote, read=read)
        state = read[first.settings.document]
        refreshed, _moved = refresh_archive(project, state, today=clock.today(), branch=branch)
        if refreshed:
            outcome.messages += move_branch(site, branch, refreshed, state, "policy: the site's home page and feed")
            outcome.commit = refreshed
            outcome.messages.append(Said("publish.pages-updated/home", branch=branch))
    remote_branch.push(site, branch, remote, push and not outcome.refused, outcome, changed=bool(outcome.commit))


def _publish(project: Project, prepared: tuple[gate.Snapshot, str, str], tmp: Path, *, branch: str, remote: str,
             push: bool, on_wait: Callable[[Path], None] | None) -> Outcome:
    repo, settings = project.repo, project.settings
    snap, version, commit = prepared
    sources = snap.sources
    outcome = Outcome()
    earlier, shallow, since, noted = _earlier_versions(project, version, branch=branch, remote=remote)
    if earlier or set(project.paths) - set(sources):
        # Pushed with it: each is published first, from its own last commit, as `policy history` publishes them,
        # in one commit with HEAD's; one refused and none is (the branch stays as it was), or the versions after
        # it would leave it older than the newest published, for ever. A version without one of its translations
        # is judged as `policy history` judges it: published in the languages it has before the translation's
        # first version, refused after it (legal hunt 36, finding 26: publish refused what history published).
        both = _publish_history(project, tmp / "earlier", branch=branch, remote=remote, push=False, rebuild=False,
                                jobs=None, progress=None, on_wait=on_wait, only=frozenset([*earlier, version]),
                                rev=since)
        if both.published and earlier:  # (a translation without its page at HEAD brings none: nothing to name)
            both.messages.insert(0, Said("publish.earlier/one" if len(earlier) == 1 else "publish.earlier",
                                         earlier=", ".join(earlier), version=version))
        elif not both.refused:  # another publication, which this one waited for, published them
            both.messages.append(Said("publish.already/waited", versions=", ".join([*earlier, version]),
                                      count=len(earlier) + 1, branch=branch))
        remote_branch.push(project, branch, remote, push and not both.refused, both, changed=bool(both.published))
        return both
    outcome.warnings += shallow
    with lock(project, branch, on_wait):
        state = read_branch(repo, branch=branch, remote=remote, directory=settings.manifest_dir)
        refusals.refuse_unconfigured(project, state, branch)
        refusals.refuse_dropped_documents(project, state, branch)
        moves.refuse_moved(project.root, state.base, project.settings, state.manifests.values())
        refusals.refuse_removed(project, state, branch)  # as `policy history` does (history hunt 33: publish went on)
        refusals.refuse_another_site(project, state, branch)
        refusals.refuse_missing_folders(project, state, branch)
        refusals.refuse_edited_changes(project, state, branch)
        outcome.warnings += refusals.sources_rewritten(project, state, branch=branch)
        outcome.warnings += refusals.left_behind(project, state, branch=branch)
        digests = {lang: mf.sha256(data) for lang, data in sources.items()}
        published = state.manifests.get(version)
        # the text said published already, else the one the new version's changes page compares it with
        compared = max((v for v in state.manifests if v < version), default="")
        refusals.refuse_forged(project, state, [version] if published is not None else [], branch,
                               carried=[] if published is not None else [compared])
        if published is not None:
            if published.source_digests() != digests and _same_text(project, published, sources):
                exactly = _same_text(project, published, sources, exactly=True)
                outcome.warnings.append(Said("publish.line-ends" if exactly else "publish.line-ends/rewrapped",
                                             version=version))
                digests = published.source_digests()
            if published.source_digests() == digests:
                outcome.messages.append(Said("publish.already", version=version, branch=branch,
                                             commit=published.languages[settings.authoritative].source.commit[:7]))
                newer = [v for v in state.versions if v > version]
                if newer:  # a revert: the text at HEAD is an earlier version's, not the one the site has in force
                    advice = refusals.bringing_back(newer, today=clock.today(), notice_days=settings.notice_days)
                    outcome.warnings.append(Said("revert.head", version=version, newer=", ".join(newer),
                                                 advice=advice))
                outcome.warnings += _legacy(state.manifests)
                today = clock.today()
                refreshed, moved = refresh_archive(project, state, today=today, branch=branch)
                if refreshed:
                    outcome.messages += move_branch(project, branch, refreshed, state,
                                                    "policy publish: the archive's pages")
                    outcome.warnings += latest_put_back(project, state, branch=branch, today=today)
                    outcome.commit = refreshed
                    outcome.messages.append(Said("publish.pages-updated", branch=branch))
                outcome.messages += moved_lines(state.versions, moved, today=today)
                remote_branch.push(project, branch, remote, push and not outcome.refused, outcome,
                      changed=bool(refreshed or outcome.published))
                return outcome
            raise PublishError(republished(version, _changes(project, published, sources), today=clock.today(),
                                           newest=max(state.versions), added=_only_added(published, sources)))
        today = clock.today()
        recorded = refusals.recorded(project)
        late = gate.first_notice(snap, settings, today=today, recorded=recorded) + gate.imported_after(
            snap, settings, recorded=recorded, latest=state.latest, version=version, today=today)
        before = max((v for v in state.manifests if v < version), default=None)
        previous = _published_sources(project, state.manifests[before]) if before is not None else None
        if before is not None and previous is not None:
            late += gate.repeated_summary(snap, settings, previous=previous, before=before, today=today,
                                          recorded=recorded)
        if late:
            raise RefusedError(gate.Refusal(version, head_commit(project), tuple(late)))
        if before is not None and previous is not None:
            snap.findings += gate.editorial_material(snap, settings, previous=previous, before=before,
                                                     recorded=recorded)
        outcome.warnings += gate.late_notes(snap, settings, today=today, in_force=state.latest, recorded=recorded,
                                            unchanged=_unchanged(project, state.manifests.get(state.latest or ""),
                                                                 snap.sources))
        if before is not None and previous is not None:
            outcome.warnings += gate.same_words(snap, settings, previous=previous, before=before, version=version)
        outcome.warnings += _not_postponed(project, state, version, sources, today=today)
        if state.latest and version < state.latest:
            changes = _changes(project, state.manifests[state.latest], sources)
            # Merged, its commit keeps the date in the branch's history, which `policy history` reads: a new commit
            # with a later date alone left it refused at every daily run (history hunt 33)
            # the words in force under an earlier date (a date corrected backwards): its date is put back, not moved
            # on (histories5: "the text differs: front matter or formatting only … a new text needs a date after")
            same = state.latest in refusals.published_with_words(project, state, sources.get(settings.authoritative))
            raise PublishError(Said("publish.older/same" if same or not changes else "publish.older", version=version,
                                    latest=state.latest, changes=changes, commit=commit[:7],
                                    file=gate.EXCEPTIONS_FILE))
        # the branch's hand edits refused before the builds, as `policy history` refuses them (a refused publish
        # built its version and the archive's pages first: some 1 s of CPU, for nothing)
        listing = listing_to_write(project, state, today=today, written=[version], branch=branch)
        known = sorted(set(state.versions) | {version})
        languages = {**{v: set(m.languages) for v, m in state.manifests.items()}, version: set(sources)}
        built = build_version(project, version=version, known=known, snapshot=snap, out=tmp / version,
                              previous=previous_of(project, state.manifests, {}, version=version, on_branch=known,
                                                   state=state, branch=branch),
                              since=first_versions(languages))
        manifest = manifest_of(project, built=built, commit=commit, sources=sources, notes=noted, imported=recorded)
        pages = build_archive(project, manifests={**state.manifests, version: manifest}, rev=state.base,
                              out=tmp / "archive", today=today)
        with git.CommitWriter(repo, parent=state.base, known_blobs=blobs(listing)) as writer:
            write_version(writer, project, built=built, manifest=manifest,
                          present={**state.manifests, version: manifest}, action="Publish",
                          today=today)
            write_archive(writer, project, pages, out=tmp / "archive", listing=listing)
            new = writer.finish()
        outcome.messages += move_branch(project, branch, new, state, f"policy publish {version}")
        outcome.warnings += latest_put_back(project, state, branch=branch, today=today, listing=listing)
    outcome.published.append(version)
    outcome.commit = new
    outcome.messages.append(Said("publish.published", version=version, files=", ".join(built.files), branch=branch,
                                 commit=commit[:7]))
    outcome.messages += built.notes
    unchecked: dict[str, tuple[list[str], Finding]] = {}  # (said as `policy history` says them: session 49)
    _record(outcome, version, snap, unchecked)
    outcome.messages += _unchecked_lines(unchecked)
    outcome.messages += _upcoming_lines(known, today=today)
    outcome.warnings += _legacy(state.manifests)
    remote_branch.push(project, branch, remote, push and not outcome.refused, outcome, changed=True)
    return outcome


def first_noted(found: hist.History, versions: list[str], published: Mapping[str, int]) -> dict[str, list[Said]]:
    """What each of `versions` (oldest first, published in one run) records of how it came to be: a note two of them
    would say (a merged draft's: the version in force at its merge and the next) recorded by the first only, as the
    run says it once."""
    seen: set[str] = set()
    out = {}
    for version in versions:
        out[version] = [note for note in found.notes_of(version, published) if note not in seen]
        seen.update(out[version])
    return out


def published_times(manifests: Mapping[str, mf.VersionManifest]) -> dict[str, int]:
    """When each version was published, as its manifest records it (none for a manifest written before that)."""
    return {version: when for version, manifest in manifests.items()
            if (when := mf.moment(manifest.published)) is not None}


def _earlier_versions(project: Project, version: str, *, branch: str,
                      remote: str) -> tuple[list[str], list[str], str, list[Said]]:
    """The dated versions of the branch's history between the newest published one and `version` that are not
    published: two pull requests merged before one publication, or a publication that never ran. Published
    after `version`, each would be older than the newest published, which `policy history` refuses: the archive
    would lack the text in force between them. Versions recorded in unpublished.yml are left out. Also returns the
    warning of a shallow clone, whose history may hide more, the commits read (`since..HEAD`), and what its
    publication says of how `version` came to be (its manifest's notes)."""
    state = read_branch(project.repo, branch=branch, remote=remote, directory=project.settings.manifest_dir)
    try:
        skip = frozenset(gate.exceptions(project.repo, root=project.root))
    except gate.GateError as exc:
        raise PublishError(text_of(exc)) from None
    rev = "HEAD"
    if state.latest:  # only the commits since the newest published version's (not the whole history, each read)
        since = state.manifests[state.latest].languages[project.settings.authoritative].source.commit
        if git.rev_parse(project.repo, f"{since}^{{commit}}"):
            rev = f"{since}..HEAD"
    found = hist.find_versions(project.repo, root=project.root, settings=project.settings, paths=project.paths,
                               skip=skip, rev=rev, published=frozenset(state.manifests))
    refusals.refuse_shallow_since(project, found, state)
    warnings = refusals.backdated(project, found, state) + list(found.warnings)
    refusals.refuse_recorded_published(project, state, skip)
    if found.shallow and not state.manifests:
        raise PublishError(_first_shallow(found, branch=branch, remote=remote))
    superseded = found.superseded(state.manifests, today=clock.today())
    if superseded:
        raise PublishError(Said("publish.nothing-after/sentence", refusal=Said("refusal.each", reasons=[
            found.superseded_message(version, after, gate.EXCEPTIONS_FILE) for version, after in superseded])))
    # A text behind a merge's other parent, dated before the newest version, may have been in force: `policy history`
    # waits for the team to say which; publishing the newer text first made it a text that could never be published
    # (histories5: `git merge -s ours` of a branch dated 2023-01-01, then 2023-02-01 published by `policy publish`)
    waiting = [found.merged_message(merge, commit, gate.EXCEPTIONS_FILE, parent=parent)
               for merge, commit, date, parent in found.merged if date.isoformat() not in state.manifests] + \
        [found.unrelated_message(merge, commit, gate.EXCEPTIONS_FILE)
         for merge, commit, date in found.unrelated if date.isoformat() not in state.manifests]
    if waiting:
        raise PublishError(Said("publish.nothing-after/sentence", refusal=Said("refusal.each", reasons=waiting)))
    earlier = [v.version for v in found.versions if v.version < version and v.version not in state.manifests
               and (state.latest is None or v.version > state.latest)]
    times = published_times(state.manifests)
    return earlier, warnings + found.said_by_publishing([*earlier, version], times), rev, found.notes_of(version, times)


def _not_postponed(project: Project, state: BranchState, version: str, sources: Mapping[str, bytes], *,
                   today: dt.date) -> list[str]:
    """A new version with the words of one published ahead and still to come (its front matter alone differs): an
    announcement re-dated, which leaves the first to take effect on its date (legal hunt 36: "postponed" to 15 March,
    the version of 1 March took effect all the same, and nothing said so)."""
    lang = project.settings.authoritative
    if lang not in sources:
        return []
    ahead = {v: _published_sources(project, m).get(lang, b"") for v, m in state.manifests.items()
             if today.isoformat() < v != version and lang in m.languages}
    return not_postponed(version, sources[lang], ahead)


def not_postponed(version: str, page: bytes, ahead: Mapping[str, bytes]) -> list[str]:
    """What `_not_postponed` says of `version` (its authoritative `page`) and the versions published `ahead` (their
    authoritative pages): one with its words still takes effect on its own date."""
    eve = (dt.date.fromisoformat(version) - dt.timedelta(days=1)).isoformat()
    body = document.body(page.decode("utf-8", "replace"))
    return [Said("publish.not-postponed", version=version, other=other, eve=eve)
            for other, data in sorted(ahead.items()) if document.body(data.decode("utf-8", "replace")) == body]


def _published_text(project: Project, entry: mf.LanguageEntry) -> bytes | None:
    """A language's text as a published version's manifest records it (its digest), never another text its commit
    names (history.published_text)."""
    return hist.published_text(project.repo, commit=entry.source.commit, path=entry.source.path,
                               sha256=entry.source.sha256)


def _published_sources(project: Project, manifest: mf.VersionManifest) -> dict[str, bytes]:
    """A published version's pages, the texts its manifest records (a language unreadable: left out)."""
    found = {}
    for lang, entry in manifest.languages.items():
        data = _published_text(project, entry)
        if data is not None:
            found[lang] = data
    return found


def _proven_sources(project: Project, state: BranchState, manifest: mf.VersionManifest,
                    branch: str) -> dict[str, bytes]:
    """A published version's pages, once its manifest is shown to name the text it was built from."""
    refusals.refuse_forged(project, state, [manifest.version], branch)
    return _published_sources(project, manifest)


def _first_shallow(found: hist.History, *, branch: str, remote: str) -> Said:
    return Said("publish.first-shallow", shallow=refusals.shallow_said(found), branch=branch, remote=remote)


def publish_history(*, root: Path, branch: str = BRANCH, remote: str = REMOTE, push: bool = False,
                    rebuild: bool = False, jobs: int | None = None, progress: Progress | None = None,
                    on_wait: Callable[[Path], None] | None = None, document: str | None = None,
                    archive_only: bool = False, from_branch: str = "") -> Outcome:
    """`policy history`: publish, oldest first, every dated version of git history not yet on the branch, of
    each document (or of `document`).

    Each passes the gate at its own commit; one refused is named with its findings in `Outcome.refused`, the
    command fails and publishes none: the branch stays as it was (published after it, the versions dated later
    would leave it out of the archive for ever, as older than the newest published). Every version is still
    built and judged, so that one run names every version refused; one never to be published is recorded in
    unpublished.yml.

    `archive_only`: publish nothing, only bring what follows the calendar (latest/, versions.json, the history,
    compare and at pages, the feed) up to today from the versions already on the branch. The daily job runs it first:
    a later text refused (a typo in a draft on main) then no longer keeps the version that took effect today from
    being the one in force (history hunt 18).

    Pushed, it is refused from another branch than the site's publishing branch (`from_branch`, as `publish`); kept on
    this machine (`make build`, `make serve`), a feature branch's history is previewed.
    """
    with opened(root) as site, scratch.temporary("policy-history-") as tmp:
        _ready(site, branch=branch, remote=remote, push=push, from_branch=from_branch if push else None)
        projects = documents_of(site, document)
        if len(site.settings.all_documents) == 1:
            return _publish_history(site, Path(tmp), branch=branch, remote=remote, push=push, rebuild=rebuild,
                                    jobs=jobs, progress=progress, on_wait=on_wait, archive_only=archive_only)
        pending = {}
        for p in site.documents:
            found = hist.find_versions(p.repo, root=p.root, settings=p.settings, paths=p.paths)
            pending[p.settings.document] = [v.version for v in found.versions]
        with _staged(site, branch, remote, on_wait) as (staging, state):
            linked = _linked(site, branch=staging, remote=remote, pending=pending)
            outcome = Outcome()
            before = git.rev_parse(site.repo, f"refs/heads/{staging}")
            for p in _first_last(projects):
                _merge(outcome, _publish_history(_with_site(p, linked, site, branch=staging, remote=remote),
                                                 Path(tmp) / _folder(p), branch=staging, remote=remote, push=False,
                                                 rebuild=rebuild, jobs=jobs, progress=progress, on_wait=on_wait,
                                                 archive_only=archive_only), p)
            _finish_site(site, outcome, branch=staging, remote=remote, push=False, on_wait=on_wait, before=before)
            _land(site, outcome, staging=staging, branch=branch, state=state)
        remote_branch.push(site, branch, remote, push and not outcome.refused, outcome, changed=bool(outcome.commit))
        return outcome


def _publish_history(project: Project, tmp: Path, *, branch: str, remote: str, push: bool, rebuild: bool,
                     jobs: int | None, progress: Progress | None, on_wait: Callable[[Path], None] | None,
                     only: frozenset[str] | None = None, rev: str = "HEAD", archive_only: bool = False) -> Outcome:
    """`only`: these versions, for `policy publish` (its version and those pushed with it), found among the commits
    `rev` names. One refused and none is published."""
    repo = project.repo
    try:
        unpublished = gate.exceptions(repo, root=project.root)
    except gate.GateError as exc:
        raise PublishError(text_of(exc)) from None
    found = hist.find_versions(repo, root=project.root, settings=project.settings, paths=project.paths,
                               skip=frozenset(unpublished), rev=rev)
    if archive_only:  # what follows the calendar only, from the versions already published: no draft of main's
        # stops it, a text dated back among them neither (history hunt 33: latest/ stayed on the superseded text)
        found = dataclasses.replace(found, versions=[], merged=[], backdated=[])
    if only is None and not archive_only:
        refusals.head_is_dated(project, versions=bool(found.versions))
    outcome = Outcome(warnings=list(found.warnings))
    outcome.messages += [Said("publish.never-published", commit=sha[:7], file=gate.EXCEPTIONS_FILE, reason=reason)
                         for sha, reason in sorted(unpublished.items()) if only is None]
    if only is not None:
        found = dataclasses.replace(found, versions=[v for v in found.versions if v.version in only])
    today = clock.today()
    with lock(project, branch, on_wait):
        state = read_branch(repo, branch=branch, remote=remote, directory=project.settings.manifest_dir)
        if not archive_only and any(said.key == "history.landed-draft" and said.fields["day"] in state.manifests
                                    for _version, said in found.left_out):
            # a published version's text rebased since with a later one's (histories31: said "no version", and
            # `--rebuild`, which verify names to publish it again from its new commit, left it out)
            found = hist.find_versions(repo, root=project.root, settings=project.settings, paths=project.paths,
                                       skip=frozenset(unpublished), rev=rev, published=frozenset(state.manifests))
            if only is not None:
                found = dataclasses.replace(found, versions=[v for v in found.versions if v.version in only])
        if not archive_only:  # (which reads the branch alone)
            refusals.refuse_shallow_since(project, found, state)
        refusals.refuse_unconfigured(project, state, branch)
        refusals.refuse_dropped_documents(project, state, branch)
        moves.refuse_moved(project.root, state.base, project.settings, state.manifests.values())
        times = published_times(state.manifests)
        outcome.warnings += found.said_by_publishing((v.version for v in found.versions
                                                      if v.version not in state.manifests), times)
        noted = first_noted(found, [v.version for v in found.versions if v.version not in state.manifests], times)
        outcome.warnings += refusals.backdated(project, found, state, outcome)
        refusals.refuse_recorded_published(project, state, unpublished)
        refusals.refuse_removed(project, state, branch)
        refusals.refuse_another_site(project, state, branch)
        if not rebuild:  # a rebuild writes every version's summary again from the texts
            refusals.refuse_missing_folders(project, state, branch)
            refusals.refuse_edited_changes(project, state, branch)
            outcome.warnings += refusals.sources_rewritten(project, state, branch=branch)  # (what a rebuild puts right)
        outcome.warnings += refusals.left_behind(project, state, branch=branch)
        for version, after in found.superseded(state.manifests, today=clock.today()):
            outcome.refuse(gate.Refusal(version.version, version.commit, (Finding.of(
                project.paths[project.settings.authoritative], 1, "history.superseded",
                reason=found.superseded_message(version, after, gate.EXCEPTIONS_FILE)),)))
        if found.shallow:
            if not state.manifests:
                raise PublishError(_first_shallow(found, branch=branch, remote=remote))
            outcome.warnings += _missing_commits(project, state, branch)
        for merge, commit, date, parent in found.merged:  # published already while it was the branch's text: in force
            if date.isoformat() not in state.manifests:
                outcome.refuse(gate.Refusal(date.isoformat(), commit, (Finding.of(
                    project.paths[project.settings.authoritative], 1, "history.merged",
                    reason=found.merged_message(merge, commit, gate.EXCEPTIONS_FILE, parent=parent)),)))
        for merge, commit, date in found.unrelated:  # (history 28) an adopted history's older texts
            if date.isoformat() not in state.manifests:
                outcome.refuse(gate.Refusal(date.isoformat(), commit, (Finding.of(
                    project.paths[project.settings.authoritative], 1, "history.merged",
                    reason=found.unrelated_message(merge, commit, gate.EXCEPTIONS_FILE)),)))
        todo: list[tuple[hist.DatedVersion, gate.Snapshot]] = []
        unchecked: dict[str, tuple[list[str], Finding]] = {}  # language -> versions without its spelling checked
        # what publishing a new version does to the archive (published late, the same words …): said only where it
        # is published; one refused and none is ("2022-01-01 is first published today" of a run that published
        # nothing, histories9)
        notes: list[str] = []
        dated = []
        recorded = refusals.recorded(project) if state.latest else frozenset()  # (its texts are a first publication's)
        languages = {v: set(m.languages) for v, m in state.manifests.items()}  # what each version has
        # the version before, and its pages, read only if a new version needs them (a daily run over an archive of
        # 1,000 versions read every published version's pages for none)
        before: tuple[str, Callable[[], Mapping[str, bytes]]] | None = None
        # each rebuilt version's manifest held to its policy.json, read for them all at once (said as each is reached;
        # what git cannot read is read again, and said, there)
        proven = None
        with contextlib.suppress(git.GitError, ValueError):
            proven = refusals.forged_problems(project, state, [version.version for version in found.versions]) \
                if rebuild else None
        for version in found.versions:
            at = version.paths_or(project.paths)
            found_sources = hist.sources_at(repo, version.commit, at)
            missing = [at[lang] for lang, data in found_sources.items() if data is None]
            sources = {lang: data for lang, data in found_sources.items() if data is not None}
            if missing:
                dropped = refusals.dropped(project, {**languages, version.version: set(sources)}, version.version)
                if dropped and version.version in state.manifests:
                    outcome.warnings.append(Said("publish.partial/kept", version=version.version,
                                                 missing=_named_then(project, version, missing),
                                                 commit=version.commit[:7]))
                    dated.append(version.version)
                    continue
                if dropped:  # refused, as `policy publish` refuses it: the command fails (CI turns red)
                    outcome.refuse(gate.Refusal(version.version, version.commit, tuple(
                        Finding.of(path, 1, "source.missing/because", why=linked)
                        if (linked := source.linked_folder(repo, version.commit, path)) else
                        Finding.of(path, 1, "source.missing/dropped", commit=version.commit[:7], why=dropped)
                        for path in missing)))
                    continue
                removed = _removed_under_its_date(project, version, at, missing)
                if removed and version.version not in state.manifests:  # (history 28: "a translation that starts
                    # with a later version", published without it for ever, where its own commits had it)
                    outcome.refuse(gate.Refusal(version.version, version.commit, tuple(
                        Finding.of(path, 1, "source.missing/because", why=why) for path, why in removed)))
                    continue
                if version.version not in state.manifests:
                    outcome.messages.append(Said("publish.partial", version=version.version,
                                                 languages=", ".join(sources),
                                                 missing=_named_then(project, version, missing),
                                                 count=len(missing), commit=version.commit[:7]))
            published = state.manifests.get(version.version)
            if published is None and state.latest and version.version < state.latest:
                outcome.refuse(refusals.out_of_order(project, version, sources, state.latest))
                continue
            if published is not None and published.source_digests() != {k: mf.sha256(v) for k, v in sources.items()} \
                    and not _same_text(project, published, sources):  # line ends or a BOM alone: the same text
                changes = _changes(project, published, sources)
                kept = _published_commit(project, version, published) if rebuild else None
                if rebuild and kept is None:
                    raise PublishError(Said("publish.edited/refused", version=version.version,
                                            commit=version.commit[:7], changes=changes))
                if kept is None:
                    outcome.warnings.append(Said("publish.edited", version=version.version,
                                                 commit=version.commit[:7], changes=changes))
                    dated.append(version.version)
                    continue
                # rebuilt from the commit it was published from: a same-date edit made after publication refused
                # every --rebuild for ever (history hunt 27)
                outcome.warnings.append(Said("publish.edited/rebuilt", version=version.version,
                                             commit=version.commit[:7], changes=changes, kept=kept.commit[:7]))
                version = kept
                sources = {lang: data for lang, data in hist.sources_at(repo, kept.commit, kept.paths).items()
                           if data is not None}
            if published is not None and not rebuild:
                dated.append(version.version)
                before = (version.version, functools.partial(_proven_sources, project, state, published, branch))
                continue
            if published is not None:  # rebuilt from the text its manifest names
                refusals.refuse_forged(project, state, [version.version], branch, proven=proven)
            snap = project.snapshot(version.commit, tmp / "source" / version.version, at=version.paths)
            if published is None:
                snap.findings += gate.first_notice(snap, project.settings, today=today, recorded=recorded)
                previous = before[1]() if before is not None else None  # (read once: the checks and the notes)
                if before is not None and previous is not None:
                    snap.findings += gate.repeated_summary(snap, project.settings, previous=previous,
                                                           before=before[0], today=today, recorded=recorded)
                    snap.findings += gate.editorial_material(snap, project.settings, previous=previous,
                                                             before=before[0], recorded=recorded)
                snap.findings += gate.imported_after(snap, project.settings, recorded=recorded,
                                                     latest=state.latest, version=version.version, today=today)
                if not snap.blocking:
                    notes += gate.late_notes(
                        snap, project.settings, today=today, in_force=state.latest, recorded=recorded,
                        unchanged=_unchanged(project, state.manifests.get(state.latest or ""), snap.sources))
                    if before is not None and previous is not None:
                        notes += gate.same_words(snap, project.settings, previous=previous, before=before[0],
                                                 version=version.version)
                    notes += _not_postponed(project, state, version.version, sources, today=today)
            if snap.blocking:
                outcome.refuse(gate.Refusal(version.version, version.commit, tuple(snap.blocking)))
                continue
            _record(outcome, version.version, snap, unchecked)
            dated.append(version.version)
            todo.append((version, snap))
            before = (version.version, functools.partial(dict, sources))
            languages[version.version] = set(sources)
        outcome.warnings += notes if not outcome.refused else []
        outcome.messages += _unchecked_lines(unchecked)
        if only is not None and (not todo or outcome.refused):
            return outcome  # `policy publish` says the rest
        if not todo and outcome.refused:
            outcome.messages.append(Said("publish.refused/dated", count=len(outcome.refused), branch=branch))
            return outcome
        if not todo:
            outcome.warnings += _legacy(state.manifests)
            refreshed, moved = refresh_archive(project, state, today=today, branch=branch)
            if refreshed:
                outcome.messages += move_branch(project, branch, refreshed, state,
                                                "policy history: the archive's pages")
                outcome.warnings += latest_put_back(project, state, branch=branch, today=today)
                outcome.commit = refreshed
            elif state.base and state.base != state.local:
                # A fresh clone: the remote's branch has every version; the local branch starts from it.
                outcome.messages += move_branch(project, branch, state.base, state,
                                                f"policy history: from {remote}/{branch}")
            # --archive-only reads no version of the history: it counted none, "the 0 dated version(s) of the history
            # are on gh-pages" of a branch holding them all (history hunt 23)
            page = project.paths[project.settings.authoritative]
            outcome.messages.append(Said("publish.already/archive-only", count=len(state.manifests), branch=branch)
                                    if archive_only else
                                    Said("publish.already/history", count=len(dated), branch=branch)
                                    if dated or state.manifests else
                                    # a new site (`policy init`): "the 0 dated version(s) … are on gh-pages", no
                                    # gh-pages there, said all was published (history 25)
                                    Said("publish.already/none", page=page))
            if refreshed:
                outcome.messages.append(Said("publish.pages-updated", branch=branch))
            outcome.messages += moved_lines(state.versions, moved, today=today)
            outcome.messages += _upcoming_lines(state.versions, today=today)
            remote_branch.push(project, branch, remote, push and not outcome.refused, outcome, changed=bool(refreshed))
            return outcome
        on_branch = sorted(set(state.versions) | set(dated))
        # each new version's changes page compares it with the version before, published already or in this run
        refusals.refuse_forged(project, state, [], branch, carried={
            max((v for v in on_branch if v < version.version), default="") for version, _snap in todo} - {
            v.version for v, _snap in todo})
        new, written = _build_and_write(project, state, todo, on_branch=on_branch, jobs=jobs, progress=progress,
                                        action="Rebuild" if rebuild else "Publish", tmp=tmp, outcome=outcome,
                                        today=today, branch=branch, noted=noted)
        if new is not None:
            outcome.messages += move_branch(project, branch, new, state,
                                            "policy history" + (" --rebuild" if rebuild else ""))
            outcome.warnings += latest_put_back(project, state, branch=branch, today=today)
    if outcome.refused:  # (refused by the output check, after the notes were said: none is published)
        outcome.warnings = [line for line in outcome.warnings if line not in notes]
        key = {(False, False): "publish.refused/dated", (False, True): "publish.refused/passed",
               (True, False): "publish.refused/rebuilt", (True, True): "publish.refused/rebuilt-passed"}
        outcome.messages.append(Said(key[rebuild, bool(written)], count=len(outcome.refused), passed=len(written),
                                     branch=branch))
        return outcome
    outcome.published = written
    outcome.commit = new
    if only is None:  # `policy publish` says these of the branch as it leaves it
        outcome.warnings += _legacy({v: m for v, m in state.manifests.items() if v not in outcome.published})
    outcome.messages.append(Said("publish.written/rebuilt" if rebuild else "publish.written", count=len(written),
                                 branch=branch, versions=", ".join(written)))
    converted = [v for v in written if v in state.manifests and not any(
        e.theme for e in state.manifests[v].languages.values())]
    if rebuild and converted:
        outcome.messages.append(Said("publish.themes-shared", count=len(converted)))
    if rebuild:
        outcome.warnings += _not_found(project, state, {v.version for v in found.versions})
        outcome.warnings += _replaced_edits(project, state, written, branch)
    if only is None:
        outcome.messages += _upcoming_lines(sorted(set(state.versions) | set(written)), today=today)
    remote_branch.push(project, branch, remote, push and not outcome.refused, outcome, changed=new is not None)
    return outcome


def _replaced_edits(project: Project, state: BranchState, rebuilt: list[str], branch: str) -> list[str]:
    """The files of the versions rebuilt that were not, on the branch, as their manifest lists them (edited, added or
    deleted by hand): the rebuild replaced them without a word, and verify then passed (history hunt 31). Said, with
    where the edit is still to be seen. One listing of the branch and one reader of its blobs, at any size."""
    if state.base is None or not rebuilt:
        return []
    tree = git.list_files(project.repo, state.base)
    folders = {f"{project.settings.base(lang)}/{version}/": entry.files for version in rebuilt
               if (manifest := state.manifests.get(version)) for lang, entry in manifest.languages.items()}
    wanted = [(path, sha) for path, (_mode, sha) in tree.items() if path.startswith(tuple(folders))]
    with contextlib.closing(git.read_objects(project.repo, [sha for _path, sha in wanted])) as blobs:
        digests = {path: mf.sha256(data) for (path, _sha), (_blob, data) in zip(wanted, blobs, strict=True)}
    lines: list[str] = []
    for folder, files in sorted(folders.items()):
        actual = {path[len(folder):]: digest for path, digest in digests.items() if path.startswith(folder)}
        lines += [Said("publish.rebuilt-put-back", path=f"{folder}{rel}", what=what, branch=branch)
                  for rel, what in mf.differences(files, actual)]
    return lines


def _not_found(project: Project, state: BranchState, found: set[str]) -> list[str]:
    """Published versions that a rebuild cannot find in the branch's history: their page is not where today's
    configuration reads it (the pages moved), or their commit is not on this branch; kept as published."""
    lines: list[str] = []
    authoritative = project.settings.authoritative
    for version, manifest in sorted(state.manifests.items()):
        if version in found:
            continue
        source = manifest.languages[authoritative].source
        lines.append(Said("publish.not-rebuilt/moved", version=version, path=source.path,
                          configured=project.paths[authoritative], commit=source.commit[:7])
                     if source.path != project.paths[authoritative] else
                     Said("publish.not-rebuilt", version=version, commit=source.commit[:7]))
    return lines


def _upcoming_lines(versions: list[str], *, today: dt.date) -> list[str]:
    """Say which versions are published ahead and when each takes effect (`latest` names the oldest already when
    none is in force: a site's first text announced ahead)."""
    current = periods.current(versions, today=today) if versions else None
    return [Said("publish.upcoming" if version == current else "publish.upcoming/moves", version=version)
            for version in periods.upcoming(versions, today=today)]


def head_commit(project: Project) -> str:
    return project.repo.head.commit.hexsha


def _record(outcome: Outcome, version: str, snap: gate.Snapshot, unchecked: dict[str, tuple[list[str], Finding]],
            ) -> None:
    """Say the warnings a version publishes with: the writing of a text public before the site. A language whose
    spelling the checks cannot judge (no dictionary, or one lacking its common words) is no warning of the version's:
    kept in `unchecked`, said once for all (`_unchecked_lines`); every version of a Hebrew site was said "published
    with 1 warning recorded (spelling.no-dictionary)" (session 49)."""
    recorded = []
    for finding in snap.recorded:
        if finding.rule != spelling.RULE_NO_DICTIONARY:
            recorded.append(finding)
            continue
        lang = str(dict(finding.fields).get("lang", ""))
        versions, _newest = unchecked.get(lang, ([], finding))
        unchecked[lang] = ([*versions, version] if version not in versions else versions, finding)
    if recorded:
        rules = sorted({f.rule for f in recorded})
        outcome.messages.append(Said("publish.recorded", version=version, count=len(recorded),
                                     rules=", ".join(rules)))


def _unchecked_lines(unchecked: dict[str, tuple[list[str], Finding]]) -> list[str]:
    """One line a language: the versions published without its spelling checked, and why, at the page's line where
    the team can act (a vocabulary to write, or nothing: `policy check` says it of the working text too)."""
    return [Said("publish.unchecked" if len(versions) == 1 else "publish.unchecked/many", lang=lang,
                 version=versions[0], first=versions[0], last=versions[-1], count=len(versions),
                 finding=finding.as_said())
            for lang, (versions, finding) in sorted(unchecked.items())]


def _publishable(project: Project, dest: Path, *, branch: str, remote: str) -> tuple[gate.Snapshot, str, str]:
    """HEAD's policy as the gate judged it, its version and its last commit, or why it is not published."""
    settings = project.settings
    head = project.repo.head.commit.hexsha
    snap = project.snapshot(head, dest)
    missing = [project.paths[code] for code in project.paths if code not in snap.sources]
    # each link once: both languages' pages under one linked folder (docs/ itself) said it twice (histories8)
    linked = list(dict.fromkeys(why for path in missing if (why := source.linked_folder(project.repo, head, path))))
    if linked:
        raise PublishError(Said("publish.nothing-linked", linked=linked))
    if settings.authoritative not in snap.sources:
        raise PublishError(Said("publish.removed", items=refusals.not_committed(project, head, missing)))
    # Only a translation missing: `_publish` judges the version as `policy history` does (a translation may start
    # with a later version; once published, every later version needs it)
    date = snap.date(settings)
    if date is None and hist.lfs_pointer(snap.sources[settings.authoritative]):
        raise PublishError(Said("publish.lfs-pointer", path=project.paths[settings.authoritative], commit=head[:7]))
    if date is None:  # (the tags naming its commits' days said, as `policy history` says them: review42)
        path = project.paths[settings.authoritative]
        # what the checks found in its front matter, each at its line (an unreadable one was said to hold no date)
        found = [finding.as_said() for finding in snap.blocking if finding.path == path
                 and finding.rule.startswith("frontmatter.")]
        raise PublishError(refusals.undated(project, path, untagged=Said(
            "publish.no-date/findings", path=path, findings=found) if found else Said("publish.no-date", path=path)))
    version = date.isoformat()
    dirty = git.changed_paths(project.repo, project.docs_dirs())
    # (a file there that is no page, word list or record: said to be removed, not committed for the gate to refuse)
    stray = [path for path in source.strays(dirty, project.docs_dirs(), {doc.page for doc in settings.all_documents})
             if (Path(project.repo.working_tree_dir or project.root) / path).is_file()]
    if stray:
        raise PublishError(Said("publish.uncommitted/stray", version=version, paths=", ".join(stray),
                                count=len(stray)))
    if dirty and (operation := git.under_way(project.repo)):  # (`git stash` refuses a tree with conflicts: safety90)
        raise PublishError(Said("publish.uncommitted/under-way", paths=", ".join(dirty), operation=operation))
    if dirty:
        raise PublishError(Said("publish.uncommitted", paths=", ".join(dirty)))
    if snap.blocking:
        raise RefusedError(gate.Refusal(version, head, tuple(snap.blocking)))
    commit = _last_policy_commit(project)
    if commit is None:
        raise PublishError(Said("publish.never-committed", version=version))
    try:
        recorded = gate.exceptions(project.repo, root=project.root)
    except gate.GateError as exc:
        raise PublishError(text_of(exc)) from None
    if commit in recorded:
        # a published version's own commit recorded since: said as `policy history` says it (histories32: "not
        # published … revert it", of a version the archive holds)
        refusals.refuse_recorded_published(project, read_branch(project.repo, branch=branch, remote=remote,
                                                                directory=project.settings.manifest_dir), recorded)
        raise PublishError(Said("publish.head-unpublished", version=version, commit=commit[:7],
                                file=gate.EXCEPTIONS_FILE, reason=recorded[commit]))
    return snap, version, commit


def _missing_commits(project: Project, state: BranchState, branch: str) -> list[str]:
    """Published versions whose source commit a shallow clone lacks."""
    lines: list[str] = []
    for version, manifest in sorted(state.manifests.items()):
        commit = manifest.languages[project.settings.authoritative].source.commit
        if not git.rev_parse(project.repo, commit):
            lines.append(Said("publish.shallow-version", version=version, branch=branch, commit=commit[:7]))
    return lines


def _last_policy_commit(project: Project) -> str | None:
    """The last commit of the version's text: its pages, or a word list or translation record beside them
    committed after them (the version is judged with it, as `policy history` records it)."""
    if not project.repo.head.is_valid():
        return None
    pages = set(project.paths.values())
    companions = {f"{page.rpartition('/')[0]}/{name}".lstrip("/") for page in pages for name in source.COMPANIONS}
    commit = next(project.repo.iter_commits("HEAD", paths=sorted(pages | companions), max_count=1), None)
    return commit.hexsha if commit else None


def _published_commit(project: Project, version: hist.DatedVersion,
                      published: mf.VersionManifest) -> hist.DatedVersion | None:
    """The version as it was published: the commit its manifest names, where that commit still holds each language's
    published text (its digest); None if it does not (main rewritten since)."""
    commit = published.languages[project.settings.authoritative].source.commit
    for entry in published.languages.values():
        data = git.read_blob(project.repo, commit, entry.source.path)
        if entry.source.commit != commit or data is None or mf.sha256(data) != entry.source.sha256:
            return None
    return hist.DatedVersion(version.date, commit, {lang: e.source.path for lang, e in published.languages.items()})


def _same_text(project: Project, published: mf.VersionManifest, sources: Mapping[str, bytes], *,
               exactly: bool = False) -> bool:
    """Whether each page reads as the published one's text (published_texts.reads_alike: line ends, a byte order mark
    and whitespace a reader never sees aside); `exactly`: once read, line ends and a byte order mark alone aside."""
    if set(sources) != set(published.languages):
        return False
    for lang, data in sources.items():
        entry = published.languages[lang]
        old = _published_text(project, entry)
        if old is None or (document.normalise(old.decode("utf-8", "replace")) !=
                           document.normalise(data.decode("utf-8", "replace")) if exactly
                           else not reads_alike(data, old, lang=lang)):
            return False
    return True


def _unchanged(project: Project, published: mf.VersionManifest | None, sources: Mapping[str, bytes]) -> bool:
    """Whether the authoritative text changes no section of the published version's (its front matter or formatting
    aside): the same words under a new date."""
    lang = project.settings.authoritative
    entry = published.languages.get(lang) if published is not None else None
    data = sources.get(lang)
    if data is None or entry is None:
        return False
    return same_words(data, _published_text(project, entry), lang=lang)


def _named_then(project: Project, version: hist.DatedVersion, missing: list[str]) -> str:
    """The pages `version`'s commit lacks (`missing`, where the history followed them to), each named where that
    commit's configuration read it: a texts folder moved since (docs/ to legal/) had `publish.partial` name today's,
    which that commit never had. Read only where the version's pages were elsewhere than today's (a history whose
    translation started later says it of each version before)."""
    if not version.paths:
        return ", ".join(missing)
    langs = {path: lang for lang, path in version.paths_or(project.paths).items()}
    then = hist.configured_at(project.repo, project.root, project.settings, version.commit)
    return ", ".join(then.get(langs.get(path, ""), path) for path in missing)


def _removed_under_its_date(project: Project, version: hist.DatedVersion, at: Mapping[str, str],
                            missing: list[str]) -> list[tuple[str, str]]:
    """Each page of `missing` that a commit removed while the authoritative page still carried `version`'s date, with
    why it is not published so: the version's translation existed, and published without it the archive would lack it
    for ever."""
    repo = project.repo
    out: list[tuple[str, str]] = []
    for path in missing:
        removal = git.run(repo, "log", "--first-parent", "-1", "--format=%H", version.commit, "--", path).strip()
        before = git.rev_parse(repo, f"{removal}^1") if removal else None
        if before is None or git.read_blob(repo, before, path) is None:
            continue
        page = git.read_blob(repo, before, at[project.settings.authoritative])
        if page is None or hist.date_of(page.decode("utf-8", "replace")) != version.date:
            continue
        out.append((path, Said("publish.removed-under-date", removal=removal[:7], before=before[:7],
                               version=version.version, file=gate.EXCEPTIONS_FILE)))
    return out


def _imported_before(recorded: mf.VersionManifest | None, sources: Mapping[str, bytes]) -> frozenset[str]:
    """The digests (imported.digest) of the texts a rebuilt version's manifest recorded as imported: a rebuild keeps
    it so, whatever imported.yml records today."""
    from policysite.imported import digest

    return frozenset(digest(data) for lang, data in sources.items()
                     if recorded is not None and lang in recorded.languages and recorded.languages[lang].imported)


def _changes(project: Project, published: mf.VersionManifest, sources: Mapping[str, bytes]) -> str:
    """Which sections differ from a published version, per language: `fr: §3, §7.2; en: §3` (a `Said`, "" if none
    differs)."""
    parts: list[str] = []
    for lang, data in sources.items():
        entry = published.languages.get(lang)
        if entry is None:
            parts.append(Said("publish.changes/not-published", lang=lang))
            continue
        if entry.source.sha256 == mf.sha256(data):
            continue
        parts.append(language_changes(lang, data, _published_text(project, entry), commit=entry.source.commit))
    return Said("publish.changes", parts=parts) if parts else ""


def _only_added(published: mf.VersionManifest, sources: Mapping[str, bytes]) -> int:
    """How many languages of `sources` the `published` version lacks, where they are all that differs (0 else)."""
    added = [lang for lang in sources if lang not in published.languages]
    same = all(published.languages[lang].source.sha256 == mf.sha256(data) for lang, data in sources.items()
               if lang in published.languages)
    return len(added) if same else 0


def _legacy(manifests: dict[str, mf.VersionManifest]) -> list[str]:
    """Versions published before changes pages and JSON exports existed, and how to add them."""
    old = sorted(v for v, m in manifests.items() if any(e.changes is None for e in m.languages.values()))
    if not old:
        return []
    return [Said("publish.legacy", count=len(old), versions=", ".join(old[:5]) + (", …" if len(old) > 5 else ""))]


def _build_and_write(project: Project, state: BranchState, todo: list[tuple[hist.DatedVersion, gate.Snapshot]], *,
                     on_branch: list[str], jobs: int | None, progress: Progress | None, action: str, tmp: Path,
                     outcome: Outcome, today: dt.date, branch: str,
                     noted: Mapping[str, list[Said]] | None = None) -> tuple[str | None, list[str]]:
    """Build `todo` (oldest first) on up to `jobs` processes and commit those the output check passes.

    Returns the new tip (None if nothing passed, or one was refused before or after its build) and the versions
    that passed. A version refused after its build goes to `outcome.refused`; one built against it is built again
    against the last one written, so that its own findings are said too.
    """
    start = time.monotonic()
    jobs = max(1, min(jobs or os.cpu_count() or 1, len(todo)))
    repo = project.repo
    logging.getLogger("mkdocs").setLevel(logging.WARNING)
    pending = {version.version: snap.sources for version, snap in todo}
    imported = refusals.recorded(project)  # the texts public before the site: their manifests say so
    listing = listing_to_write(project, state, today=today, written=[version.version for version, _ in todo],
                               branch=branch)
    # a rebuild keeps when each version was published and how it came to be, as the branch first recorded them: a
    # moment moved by hand since is no proof, and was carried into the rebuilt record (histories24)
    first_recorded = as_first_recorded(repo, state.base, state.manifests, project.settings.manifest_dir,
                                       listing=listing) if state.base else state.manifests
    # The aliases each version carries on to the next are worked out in order, before the builds in parallel.
    pending_aliases: dict[str, dict[str, dict[str, list[str]]]] = {}
    tasks = []
    since = first_versions({**{v: m.languages for v, m in state.manifests.items()},
                            **{version.version: snap.sources for version, snap in todo}})
    # what a rebuild would take from the branch as it finds it (a PDF, where links landed), read against the
    # manifests the branch's history first added
    carried = provenance.kept_by_rebuild(repo, state.base, project.settings.manifest_dir, base=project.settings.base,
                                      versions=[v.version for v, _snap in todo], branch=branch) \
        if action == "Rebuild" else provenance.Kept()
    outcome.warnings += carried.lines
    for version, snap in todo:
        previous = previous_of(project, state.manifests, pending, version=version.version, on_branch=on_branch,
                               pending_aliases=pending_aliases, state=state, branch=branch)
        recorded = state.manifests.get(version.version)  # a rebuild keeps where its links landed, its sections' ids
        pending_aliases[version.version] = aliases_of(project.settings, snap.sources, previous,
                                                      ids=recorded.ids if recorded else None, version=version.version)
        links = carried.links[version.version] if version.version in carried.links else \
            recorded.links if recorded is not None else None
        prints = {lang: found for lang, found in printing.recorded(recorded, listing, version=version.version,
                                                                   settings=project.settings).items()
                  if (version.version, lang) not in carried.pdfs}
        tasks.append((version.version, [v for v in on_branch if v <= version.version], snap,
                      tmp / "site" / version.version, previous, pending_aliases[version.version],
                      links or None, prints, since))
    results = builds(project, tasks, jobs)  # a generator: closing it ends the pool
    try:
        first = next(results)  # workers are forked before fast-import starts: they must not hold its pipe
        manifests = dict(state.manifests)
        refused: set[str] = set()
        written: list[str] = []
        kept = 0  # PDFs taken from the branch: the same key, so the same bytes
        with git.CommitWriter(repo, parent=state.base, known_blobs=blobs(listing)) as writer:
            for n, ((version, snap), result) in enumerate(zip(todo, itertools.chain([first], results)), 1):
                task = tasks[n - 1]
                if not isinstance(result, Built) or (result.previous is not None and result.previous in refused):
                    if isinstance(result, Built):  # built against a version the gate refused: build it again
                        known = [v for v in task[1] if v not in refused]
                        previous = previous_of(project, state.manifests, pending, version=version.version,
                                               on_branch=[v for v in on_branch if v not in refused],
                                               pending_aliases=pending_aliases, state=state, branch=branch)
                        result = build_or_refuse(project, (version.version, known, snap, task[3], previous,
                                                           None, task[6], task[7], since))  # aliases worked out again
                    if not isinstance(result, Built):
                        refused.add(version.version)
                        outcome.refused.append(result)
                        continue
                recorded = first_recorded.get(version.version)  # a rebuild keeps when it was published
                manifests[version.version] = manifest_of(project, built=result, commit=version.commit,
                                                         sources=snap.sources, paths=version.paths,
                                                         published=recorded.published if recorded else None,
                                                         notes=(noted or {}).get(version.version, []),
                                                         kept=recorded.notes if recorded else (),
                                                         imported=imported | _imported_before(recorded, snap.sources),
                                                         ids={lang: entry.ids for lang, entry in
                                                              (recorded.languages.items() if recorded else ())})
                write_version(writer, project, built=result, manifest=manifests[version.version],
                              present=manifests, action=action, today=today)
                written.append(version.version)
                outcome.messages += result.notes
                kept += len(result.reused)
                shutil.rmtree(result.out, ignore_errors=True)
                if progress:
                    progress(n, len(todo), version.version, time.monotonic() - start)
            results.close()
            if not written or outcome.refused:  # one refused and none is published
                writer.abort()
                return None, written
            if kept:
                outcome.messages.append(Said("publish.pdfs-kept", count=kept))
            # The archive's pages list every version: built once, into the last commit.
            pages = build_archive(project, manifests=manifests, rev=state.base, out=tmp / "archive", today=today)
            write_archive(writer, project, pages, out=tmp / "archive", listing=listing)
            # The site's other documents link shared theme folders too: those stay.
            everything = [*manifests.values(), *(m for other in project.documents if other.settings.document
                                                 != project.settings.document for m in manifests_at(
                                                     repo, state.base, other.settings.manifest_dir).values())] \
                if state.base else list(manifests.values())
            dropped = drop_unused_themes(writer, everything, listing)
            if dropped:
                outcome.messages.append(Said("publish.themes-removed", count=len(dropped),
                                             folders=", ".join(f"assets/{d}/" for d in dropped)))
            return writer.finish(), written
    finally:
        # Closed here, never by the garbage collector: a Ctrl-C as the pool ended was then printed as "Exception
        # ignored", and the publication went on (history hunt 23)
        results.close()
