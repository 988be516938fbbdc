"""The gh-pages branch: its layout (mike's), its state, and moving it safely.

The branch, one mike deploy prefix per language:

    index.html              sends readers to <authoritative>/latest/
    404.html                the authoritative language's page for a missing address (a host such as
                            GitHub Pages serves the site root's 404.html, not a language's)
    .nojekyll
    <lang>/versions.json    mike's list of versions (material's selector reads it), newest first
    <lang>/versions-recent.json  its first entries: the upcoming versions, the one in force and the few
                            before it, what a page needs on its first visit (on-demand.js), and all its
                            selector lists, with the history page's link; an older version's page reads the
                            whole list for its notice
    <lang>/<date>/…         one dated version, built once, never rewritten
    <lang>/latest/…         a copy of the version in force today (the same git trees: it costs nothing);
                            a version published ahead of its date (upcoming) becomes it on that date,
                            when `policy history` (daily on CI) moves it
    <lang>/history/, <lang>/compare/, <lang>/feed.xml, and the theme files they use: the archive's
                            pages, rebuilt on each publication from the manifests (archive.py)
    manifest/<date>.json    the source commit and SHA-256 of the source and of each published file,
                            and what changed from the version before (for the history and feed)
    assets/<digest>/…       the theme's files, once for every version built with the same theme (whose
                            pages link them: ../../assets/<digest>/); manifest/assets/<digest>.json lists them

A dated version's folder holds its page, its changes page (`changes/`, against the version
before) and its text as JSON (`policy.json`): all known when it is published, never rewritten.

Every operation builds into temporary folders, writes its commits with one `git fast-import`
on a private ref and then moves the branch by compare-and-swap, under a lock: a failure at
any point leaves the branch exactly as it was, and a second publisher waits for the first.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import json
import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import git as gitpython

from policysite import clock, deletions, git, keptfiles, manifest as mf, manifestcache, periods, reflogs
from policysite.errors import ManifestUnreadable, PublishError
from policysite.messages import Said, text_of
from policysite.project import Project
from policysite.strangers import added_from_elsewhere, by_publishing, from_elsewhere
from policysite.strings import aside, digits, long_date, strings

BRANCH = git.PUBLISHED
REMOTE = git.ORIGIN
LATEST = "latest"


ROOT_404 = "404.html"
VERSIONS = "versions.json"
RECENT = "versions-recent.json"
RECENT_ARCHIVED = 5  # archived versions versions-recent.json keeps after the one in force, as section 1 lists five


LOCK_TIMEOUT = 900.0  # seconds a second publisher waits for the first
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class BranchState:
    """The publishing branch as found: its tip, where to commit on top of, and the manifests on it."""

    local: str | None  # the local branch's tip: the branch only moves if it still points there
    base: str | None   # the commit new commits go on (the remote-tracking branch when it is ahead)
    manifests: dict[str, mf.VersionManifest]

    @property
    def versions(self) -> list[str]:
        return sorted(self.manifests)

    @property
    def latest(self) -> str | None:
        return max(self.manifests) if self.manifests else None


@dataclass(frozen=True)
class Reading:
    """The archive a command that only reads it reads: `ref`, and the branch's `name` and `remote` as read_branch
    takes them (`gh-pages` and None for the local branch, `gh-pages` and `origin` for origin's copy)."""

    ref: str
    name: str
    remote: str | None
    note: str = ""  # the local branch behind origin's copy, or diverged from it: said, as what is read differs


def reading(repo: gitpython.Repo, branch: str) -> Reading | None:
    """What a command that only reads the archive (verify, at, diff, export) reads: the local branch, else, in a
    fresh clone (an auditor's, a CI job's), origin's copy of it; `-b origin/gh-pages` names a remote's copy
    itself. None where there is none.

    A local branch behind origin's copy (versions published from another clone, fetched) is read as publishing reads
    it: origin's, and said; one diverged from it is read, and said (history hunt 31: `policy at` answered from the
    local copy a version superseded on the site, without a word)."""
    which = git.copy_read(git.rev_parse(repo, f"refs/heads/{branch}"),
                          git.rev_parse(repo, f"refs/remotes/{REMOTE}/{branch}"),
                          lambda ancestor, descendant: git.is_ancestor(repo, ancestor, descendant))
    if which == "local":
        return Reading(f"refs/heads/{branch}", branch, None)
    if which == "behind":
        return Reading(f"refs/remotes/{REMOTE}/{branch}", branch, REMOTE,
                       Said("branch.read-behind", remote=REMOTE, branch=branch))
    if which == "diverged":
        return Reading(f"refs/heads/{branch}", branch, None, Said("branch.read-diverged", remote=REMOTE, branch=branch))
    if which == "origin":
        return Reading(f"refs/remotes/{REMOTE}/{branch}", branch, REMOTE)
    remote, _, name = branch.partition("/")
    if name and remote in {r.name for r in repo.remotes} and git.rev_parse(repo, f"refs/remotes/{branch}"):
        return Reading(f"refs/remotes/{branch}", name, remote)
    return None


def missing(branch: str, repo: gitpython.Repo | None = None) -> str:
    """Why a reading command has nothing to read; in `repo`, a clone made with --single-branch, that it never fetched
    the branch (histories29: told to fetch it or to publish it anew with `policy history`, which refuses to start
    another archive beside origin's in such a clone, refuse.unfetched)."""
    remote, _, name = branch.partition("/")
    if name and remote == REMOTE:  # `-b origin/gh-pages`, the remote's copy: not "origin/origin/gh-pages" (hunt 31)
        return Said("branch.missing/remote", branch=branch, remote=REMOTE, name=name)
    if repo is not None and unfetched(repo, REMOTE, branch):
        return Said("branch.missing/unfetched", branch=branch, remote=REMOTE)
    return Said("branch.missing", branch=branch, remote=REMOTE)


def unfetched(repo: gitpython.Repo, remote: str, branch: str) -> bool:
    """Whether `git fetch {remote}` leaves `branch` out: the remote's fetch refspecs (`git clone --single-branch`
    writes one naming its branch only) name others and not it. False for no such remote, or one fetching nothing."""
    import fnmatch

    try:
        specs = git.run(repo, "config", "--get-all", f"remote.{remote}.fetch").split()
    except git.GitError:
        return False
    sources = [spec.lstrip("+").split(":", 1)[0] for spec in specs if not spec.startswith("^")]
    return bool(sources) and not any(fnmatch.fnmatchcase(f"refs/heads/{branch}", source) for source in sources)


def read_branch(repo: gitpython.Repo, *, branch: str, remote: str | None,
                directory: str = mf.DIRECTORY, cut_ok: bool = False, reads: bool = False) -> BranchState:
    """The branch and one document's manifests (those in `directory`: `manifest`, or `manifest/<id>` for a
    further document); a remote-tracking branch ahead of it (a fresh clone) is the base. A history cut short by a
    shallow fetch is refused unless `cut_ok` (a reader of the versions' texts, not of the days they were published),
    in the words of a command that only `reads` where it does."""
    local = git.rev_parse(repo, f"refs/heads/{branch}")
    tracking = git.rev_parse(repo, f"refs/remotes/{remote}/{branch}") if remote else None
    base = local
    if tracking and tracking != local:
        if local is None or git.is_ancestor(repo, local, tracking):
            base = tracking
        elif not git.is_ancestor(repo, tracking, local):
            raise PublishError(Said("publish.diverged", branch=branch, remote=remote))
    return _state(repo, local, base, branch=branch, remote=remote, directory=directory, cut_ok=cut_ok, reads=reads)


def read_copy(repo: gitpython.Repo, read: Reading, *, directory: str = mf.DIRECTORY,
              cut_ok: bool = False) -> BranchState:
    """The copy a command that only reads the archive reads (`read`, as `reading` found it), that copy alone: `-b
    origin/gh-pages` beside a local branch diverged from it was refused "gh-pages has diverged" (what the reading's
    note says to run, histories26), and beside one ahead of it answered from the local branch."""
    if read.remote is None:
        return read_branch(repo, branch=read.name, remote=None, directory=directory, cut_ok=cut_ok, reads=True)
    return _state(repo, None, git.rev_parse(repo, read.ref), branch=read.name, remote=read.remote,
                  directory=directory, cut_ok=cut_ok, reads=True)


def _state(repo: gitpython.Repo, local: str | None, base: str | None, *, branch: str, remote: str | None,
           directory: str, cut_ok: bool, reads: bool = False) -> BranchState:
    """The branch's state on `base`, a history cut short by a shallow fetch refused unless `cut_ok` (a command that
    only `reads` told its history is incomplete, not that nothing was changed: histories31)."""
    if base and not cut_ok and (cut := _history_cut(repo, base)):
        # (histories8) its first commit then "adds" every version: each read as published the day of that commit, the
        # at page rewritten so and `policy at` told no reader a late version was not yet on the site
        raise PublishError(Said("branch.cut/read" if reads else "branch.cut", branch=branch, commit=cut[0][:7],
                                remote=remote or REMOTE))
    return BranchState(local, base, manifests_at(repo, base, directory, branch=branch) if base else {})


def removed_versions(repo: gitpython.Repo, rev: str | None, directory: str = mf.DIRECTORY) -> dict[str, str]:
    """The versions whose manifest a commit of the branch's history (`rev`) deleted and which are not on it again
    (version -> the deleting commit): publishing never deletes one, so each was removed from the archive by hand
    (a folder deleted, the record in unpublished.yml that hides it)."""
    if rev is None:
        return {}
    # the reading's answer where it has one (publish and verify asked it already); else rev-parse, and its error
    spec = f"{rev}^{{commit}}"
    tip = git.rev_parse(repo, spec) or git.run(repo, "rev-parse", "--verify", spec).strip()
    removed = deletions.deleted(repo, tip, directory)
    present = manifests_at(repo, rev, directory)
    gone = {version: commit for version, commit in removed.items() if version not in present}
    if not gone:
        return gone
    # a version from elsewhere (another site's folder, put on the branch by hand) taken off again was never published
    # here: not "a published version stays: restore it" (histories26)
    added = manifest_additions(repo, tip, directory)
    return {version: commit for version, commit in gone.items()
            if not added_from_elsewhere(repo, added.get(version, []))}


def rewound_versions(repo: gitpython.Repo, rev: str | None, branch: str, directory: str = mf.DIRECTORY
                     ) -> dict[str, tuple[str, str]]:
    """The versions a former tip of `branch` held that `rev` neither holds nor has in its history: version -> (that tip,
    the ref whose reflog in this clone records it). The branch reset or force-pushed to before a publication keeps no
    trace of it (no commit deleted the manifest: `removed_versions` saw nothing, and publish published the version
    again as new, histories6); a remote-tracking branch's reflog (fetched or pushed before the reset, then fetched)
    still names the tip that held it. Where no remote has the branch, the local branch is the archive: its reflog. A
    local tip never pushed is no proof (`push.moved` says to drop it for the remote's), nor is a fresh clone's
    reflog, which starts after the reset: nothing is said there."""
    if rev is None:
        return {}
    refs = [ref for ref in (f"refs/remotes/{remote.name}/{branch}" for remote in repo.remotes)
            if git.rev_parse(repo, ref)] or [f"refs/heads/{branch}"]
    logs = [log for log in (reflogs.read(repo, ref, rev, directory) for ref in refs) if log is not None]
    tips: dict[str, str] = {}
    for log in logs:  # (the entries an earlier run found in rev's history left out: reflogs.py)
        for tip in log.unproven():
            tips.setdefault(tip, log.ref)
    # a fresh clone has no reflog of the branch before a force-push; the tags pushed with each version (tag_versions)
    # are not moved by one (histories7): a tagged commit outside the branch's history held what it names
    tagged = git.refs_under(repo, f"refs/tags/{tag_folder(branch, directory)}/")
    if tagged and not _history_cut(repo, rev):
        for ref, tip in sorted(tagged.items(), key=lambda item: item[0], reverse=True):
            tips.setdefault(tip, ref)
    # each tip as the commit it names (a tip git has pruned since, or a tag naming no commit, proves nothing here): an
    # annotated tag's own id is no commit, and `rev-list` gives back the commit it peels to, so such a tag was never
    # found among the commits gone (histories8)
    held: dict[str, str] = {}
    for ref, commit in zip(tips.values(), git.object_ids(repo, [f"{tip}^{{commit}}" for tip in tips]), strict=True):
        if commit:
            held.setdefault(commit, ref)
    gone = git.not_reachable(repo, list(held), rev)
    present = set(manifests_at(repo, rev, directory)) if gone else set()
    found: dict[str, tuple[str, str]] = {}
    for tip, ref in held.items():  # newest first: each version named at the newest tip that held it
        if tip in gone:
            listed = git.list_files(repo, tip, directory)
            for name in listed:
                if DATE.fullmatch(name.removesuffix(".json")) and name.removesuffix(".json") not in present:
                    found.setdefault(name.removesuffix(".json"), (tip, ref))
    if not found:  # nothing lost at these entries while rev stays in the branch's history: the next run skips them
        for log in logs:
            reflogs.prove(repo, log, rev)
    return found


def held_by_origin(repo: gitpython.Repo, rev: str | None, branch: str, directory: str = mf.DIRECTORY
                   ) -> dict[str, str]:
    """The versions origin's copy of `branch` holds (as this clone last fetched it: what the site serves) that `rev`,
    the local branch read, diverged from it, does not: version -> that copy's commit. Such a local branch (each has
    commits the other lacks) lacks them: not rewound by a force-push (`rewound_versions` finds them in the
    remote-tracking branch's reflog), still published, and the local copy answered `policy at` with the version
    before (histories26)."""
    tracking = git.rev_parse(repo, f"refs/remotes/{REMOTE}/{branch}")
    if rev is None or tracking is None or git.is_ancestor(repo, tracking, rev):
        return {}  # (the local branch ahead of it and without one of its versions removed it: removed_versions)
    present = set(manifests_at(repo, rev, directory))
    return {version: tracking for version in manifests_at(repo, tracking, directory) if version not in present}


BEHIND = "behind"    # published_elsewhere: origin's copy read, the local branch behind it lacks the version
FETCHED = "fetched"  # published_elsewhere: the local branch holds it too, moved there after origin's copy was fetched


def published_elsewhere(repo: gitpython.Repo, versions: Iterable[str], *, local: str | None, tip: str | None,
                        directory: str = mf.DIRECTORY, branch: str = BRANCH) -> dict[str, str]:
    """The `versions` of `tip` (the branch `branch` as read) published from another clone and fetched with origin's
    copy of the branch, each with how that shows: BEHIND, origin's copy read where the local branch (`local`) is
    behind it and lacks the version; FETCHED, its commit absent and this clone's reflogs showing it arrive from origin
    (`fetched_not_published`: the local branch moved to origin's copy since). Where such a version's commit is not
    here, it was not fetched yet, not rewritten (histories33: verify; histories34: publish and history; histories35:
    after `git branch -f gh-pages origin/gh-pages`)."""
    wanted = set(versions)
    found: dict[str, str] = {}
    if local is not None and tip is not None and local != tip:
        held = manifests_at(repo, local, directory)
        found = {version: BEHIND for version in wanted if version not in held}
    if tip is not None and (rest := wanted - set(found)):
        found.update(dict.fromkeys(fetched_not_published(repo, rest, tip=tip, branch=branch, directory=directory),
                                   FETCHED))
    return found


def fetched_not_published(repo: gitpython.Repo, versions: Iterable[str], *, tip: str, branch: str = BRANCH,
                          directory: str = mf.DIRECTORY) -> set[str]:
    """Of `versions` (of `tip`), those origin's copy of `branch` holds whose source commits this clone lacks
    altogether and that came here from origin: an entry of this clone's reflogs (the local branch's, origin's copy's)
    moves from a tip without the version to one with it, and none that publishing here wrote does. Another clone's
    commit was never here (the local branch then moved to origin's copy: `git branch -f gh-pages origin/gh-pages`, as
    verify's note says, a merge, `policy publish --push` catching up). A rewrite (amend, rebase, then gc) of a commit
    this clone published leaves that publication in the local branch's reflog (publishing's own words, `policy …`),
    and a clone made after a rewrite, or one whose reflogs were expired, shows no version arriving: rewritten, as
    before (histories35)."""
    tracking = git.rev_parse(repo, f"refs/remotes/{REMOTE}/{branch}")
    if tracking is None:
        return set()
    at_tip = manifests_at(repo, tip, directory)
    commits = {version: {entry.source.commit for entry in at_tip[version].languages.values()}
               for version in sorted(set(versions)) if version in at_tip and at_tip[version].languages}
    every = sorted(set().union(*commits.values())) if commits else []
    present = dict(zip(every, git.object_ids(repo, [f"{commit}^{{commit}}" for commit in every]), strict=True))
    candidates = [version for version, named in commits.items() if not any(present[commit] for commit in named)]
    if candidates:  # (origin's copy read only then: verify reads the branch's manifests, kept, many times)
        at_origin = manifests_at(repo, tracking, directory)
        candidates = [version for version in candidates if version in at_origin]
    if not candidates:
        return set()
    local_moves = reflogs.moves(repo, f"refs/heads/{branch}")
    origin_moves = reflogs.moves(repo, f"refs/remotes/{REMOTE}/{branch}")
    tips = sorted({one for moves in (local_moves, origin_moves) for old, new, _why in moves for one in (old, new)
                   if one != git.ZERO})
    there = dict(zip(tips, git.object_ids(repo, [f"{one}^{{commit}}" for one in tips]), strict=True))
    tips = [one for one in tips if there[one]]  # (a former tip expired and pruned proves nothing)
    specs = [(version, one) for version in candidates for one in tips]
    holds = {spec for spec, found in zip(specs, git.object_ids(
        repo, [f"{one}:{mf.path_for(version, directory)}" for version, one in specs]), strict=True) if found}
    found: set[str] = set()
    for version in candidates:
        def arrivals(moves: list[tuple[str, str, str]], version: str = version) -> list[tuple[str, str, str]]:
            return [(old, new, why) for old, new, why in moves
                    if (version, new) in holds and (version, old) not in holds]
        if any(_published_here(why) for _old, _new, why in arrivals(local_moves)):
            continue
        if any(old in there and there[old] for old, _new, _why in arrivals(local_moves) + arrivals(origin_moves)):
            found.add(version)
    return found


def _published_here(why: str) -> bool:
    """Whether a reflog entry of the local publishing branch (its message, `why`) is one publishing here wrote with
    what it built (`policy publish <date>`, `policy history`, …), not one moving it to origin's copy (`policy: fast-
    forward to origin/gh-pages`, `policy history: from origin/gh-pages`)."""
    return why.startswith("policy") and f"{REMOTE}/" not in why


def tag_folder(branch: str, directory: str = mf.DIRECTORY) -> str:
    """The folder of refs/tags/ naming, for each version of `branch` (of the document whose manifests are in
    `directory`), a commit of the branch that held it: `policy/gh-pages/2022-03-01`."""
    document = directory.removeprefix(mf.DIRECTORY).strip("/")
    return f"policy/{branch}/{document}" if document else f"policy/{branch}"


def is_tag(ref: str) -> bool:
    """Whether `ref`, where rewound_versions found a version, is a tag (tag_versions), not a reflog's branch."""
    return ref.startswith("refs/tags/")


def tag_versions(repo: gitpython.Repo, rev: str, branch: str, directory: str = mf.DIRECTORY) -> list[str]:
    """A tag for each version `rev` holds that has none yet, naming `rev` (the tags made): pushed with the branch, it
    stays when the branch is force-pushed to before the version (a reflog is this clone's alone, and a fresh clone
    has none); a tag is never moved."""
    folder = f"refs/tags/{tag_folder(branch, directory)}"
    tagged = git.refs_under(repo, f"{folder}/")
    made = {f"{folder}/{version}": rev for version in manifests_at(repo, rev, directory)
            if f"{folder}/{version}" not in tagged}
    git.create_refs(repo, made)
    return sorted(made)


def _history_cut(repo: gitpython.Repo, rev: str) -> list[str]:
    """Where a shallow clone's history of `rev` stops short (its boundary commits in it; none in a whole history): a
    tagged commit then looks outside it, and the commits that added each version are not there."""
    boundary = set(git.shallow_boundary(repo))
    return sorted(boundary & set(git.run(repo, "rev-list", rev, "--").split())) if boundary else []


def first_manifests(repo: gitpython.Repo, rev: str, directory: str = mf.DIRECTORY) -> dict[str, tuple[str, str, str]]:
    """Each version's manifest as the branch's history (`rev`) first added it: version -> (the adding commit, its
    subject, the manifest's blob then)."""
    line = own_line(repo, rev)
    return {version: first_of(found, line) for version, found in manifest_additions(repo, rev, directory).items()}


def own_line(repo: gitpython.Repo, rev: str) -> Callable[[], frozenset[str]]:
    """The commits of the branch's own line (`rev` and its first parents: the line publishing commits onto), read
    once and only if asked."""
    read: list[frozenset[str]] = []

    def line() -> frozenset[str]:
        if not read:
            read.append(frozenset(git.run(repo, "rev-list", "--first-parent", rev, "--").split()))
        return read[0]
    return line


def first_of(found: list[tuple[str, str, str]], line: Callable[[], frozenset[str]]) -> tuple[str, str, str]:
    """Of a version's additions (manifest_additions', newest first), the one that first added it: the oldest on the
    branch's own line (`line`), where one is. A line of history merged in (an orphan commit dated before the
    publication, its record naming an earlier moment) was taken as the first: the proof named its commit and moment,
    verify said to restore its record, and the archive's pages were built from it (histories25)."""
    if len(found) > 1 and (own := [one for one in found if one[0] in line()]):
        return own[-1]
    return found[-1]


def manifest_additions(repo: gitpython.Repo, rev: str, directory: str = mf.DIRECTORY
                       ) -> dict[str, list[tuple[str, str, str]]]:
    """Every commit of the branch's history (`rev`) that added a version's manifest, newest first: version -> [(commit,
    subject, blob)]. More than one with different contents: a line of history merged in from elsewhere (an orphan
    commit dated before the publication, say) or a manifest put back otherwise than as it was."""
    # a commit's history never changes: read once (verify asks for each version another generator built)
    key = (repo.git_dir, git.rev_parse(repo, rev), directory)
    if key[1] and key in _ADDITIONS:
        return {version: list(found) for version, found in _ADDITIONS[key].items()}
    kept_tip, kept = _kept_additions(repo, directory) if key[1] else (None, {})
    if kept_tip is not None and kept_tip == key[1]:
        added = kept
    elif kept_tip is not None and _chain_onto(repo, kept_tip, key[1] or ""):
        # (a chain of commits onto the tip last read: git lists them first, then that tip's history as it did)
        added = _additions(repo, f"{kept_tip}..{key[1]}", directory)
        for version, found in kept.items():
            added.setdefault(version, []).extend(found)
    else:
        added = _additions(repo, rev, directory)
    if key[1]:
        _ADDITIONS.clear()  # the last answer only
        _ADDITIONS[key] = {version: list(found) for version, found in added.items()}
        if kept_tip != key[1]:
            _keep_additions(repo, directory, key[1], added)
    return added


def _additions(repo: gitpython.Repo, revs: str, directory: str) -> dict[str, list[tuple[str, str, str]]]:
    """What manifest_additions answers, read from `git log` of `revs` (a commit, or a range `from..to`)."""
    added: dict[str, list[tuple[str, str, str]]] = {}
    for commit, subject, fields, path in git.raw_changes(repo, "--root", "--diff-merges=separate", "--no-renames",
                                                         "--diff-filter=A", revs, "--", f"{directory}/"):
        name = path.strip().rsplit("/", 1)[-1]
        version = name.removesuffix(".json")
        if path.strip() == f"{directory}/{name}" and DATE.fullmatch(version):
            found = added.setdefault(version, [])
            if not any(c == commit for c, _s, _b in found):
                found.append((commit, subject, fields.split()[3]))
    return added


def _chain_onto(repo: gitpython.Repo, base: str, tip: str) -> bool:
    """Whether `tip`'s history is `base`'s and a chain of commits of one parent each onto it: then `git log` of
    `tip` lists that chain, then what it lists of `base` (a merge or a rewound branch: read whole)."""
    if not tip:
        return False
    try:
        listed = git.run(repo, "rev-list", "--parents", f"{base}..{tip}", "--")
    except git.GitError:  # (the tip last read is gone: a rewound branch, its commits pruned)
        return False
    lines = [line.split() for line in listed.splitlines()]
    return bool(lines) and all(len(fields) == 2 for fields in lines) and lines[-1][1] == base and \
        all(fields[1] == after[0] for fields, after in zip(lines, lines[1:]))


def _additions_name(repo: gitpython.Repo, directory: str) -> str:
    # a shallow clone deepened holds more history under the same tip: its boundary is part of the name
    return hashlib.sha256(json.dumps([ADDITIONS_FORMAT, directory, sorted(git.shallow_boundary(repo))])
                          .encode("utf-8", "surrogatepass")).hexdigest()


def _kept_additions(repo: gitpython.Repo, directory: str) -> tuple[str | None, dict[str, list[tuple[str, str, str]]]]:
    """The branch tip manifest_additions last read in this repository and its answer, if kept whole and well formed
    (a publication onto 1,000 versions read the whole history again: 0.2 s of git's)."""
    found = keptfiles.read(_additions_folder(repo), _additions_name(repo, directory))
    try:
        kept = json.loads(found) if found is not None else None
    except ValueError:
        kept = None
    if not isinstance(kept, dict) or not isinstance(kept.get("tip"), str) or not isinstance(kept.get("added"), dict):
        return None, {}
    added: dict[str, list[tuple[str, str, str]]] = {}
    for version, found_in in kept["added"].items():
        if not isinstance(found_in, list) or not all(
                isinstance(one, list) and len(one) == 3 and all(isinstance(x, str) for x in one) for one in found_in):
            return None, {}
        added[version] = [(commit, subject, blob) for commit, subject, blob in found_in]
    return kept["tip"], added


def _keep_additions(repo: gitpython.Repo, directory: str, tip: str,
                    added: Mapping[str, list[tuple[str, str, str]]]) -> None:
    keptfiles.write(_additions_folder(repo), _additions_name(repo, directory),
                    json.dumps({"tip": tip, "added": added}, ensure_ascii=False).encode("utf-8", "surrogatepass"),
                    most=ADDITIONS_KEPT)


def _additions_folder(repo: gitpython.Repo) -> Path:
    return Path(repo.common_dir) / "policysite" / ADDITIONS_FOLDER


ADDITIONS_FOLDER = "manifest-additions"
ADDITIONS_FORMAT = 1
ADDITIONS_KEPT = 8  # (a name a manifests' folder and shallow boundary: one a site, a few where documents share it)


_ADDITIONS: dict[tuple, dict[str, list[tuple[str, str, str]]]] = {}


def unproven_versions(repo: gitpython.Repo, rev: str | None,
                      directory: str = mf.DIRECTORY) -> dict[str, tuple[str, str]]:
    """The versions on the branch (`rev`) whose manifest no commit publishing writes for them added (version ->
    the adding commit and its subject; none if no commit of its history added it): the branch's history is the proof
    of when each text reached the site, and a squashed or rewritten branch has lost it."""
    if rev is None:
        return {}
    added = first_manifests(repo, rev, directory)
    present = manifests_at(repo, rev, directory)
    return {version: added.get(version, ("", "", ""))[:2] for version in sorted(present)
            if not by_publishing(added.get(version, ("", ""))[1], version)}


def redated_versions(repo: gitpython.Repo, rev: str | None, directory: str = mf.DIRECTORY, *,
                     exempt: Callable[[mf.VersionManifest], bool] = lambda manifest: False
                     ) -> dict[str, tuple[str, dt.date, dt.date]]:
    """The versions published ahead of their date whose publishing commit is dated after the day their `announced:`
    says readers were told (version -> the commit, its day, the announced day). Publishing a version ahead refuses an
    `announced:` before the day it reaches the branch (gate.first_notice), so such a commit's date was changed: the
    branch's history, the proof of when each text reached the site, was rewritten with other dates (history hunt 18,
    finding 7: `git filter-branch --env-filter` kept every subject and tree and verify passed). A day's leeway for a
    publication that ran over midnight. `exempt`: a text recorded as public before the site keeps its own day."""
    if rev is None:
        return {}
    added = first_manifests(repo, rev, directory)
    present = manifests_at(repo, rev, directory)
    announced: dict[str, dt.date] = {}
    for version, manifest in present.items():
        days = {str((entry.changes or {}).get("announced") or "") for entry in manifest.languages.values()} - {""}
        if version in added and len(days) == 1 and DATE.fullmatch(written := days.pop()):
            announced[version] = dt.date.fromisoformat(written)
    if not announced:
        return {}
    commits = sorted({added[version][0] for version in announced})
    out = git.run(repo, "show", "-s", "--format=%H %ct", *commits)
    when = {sha: clock.day_of(int(stamp))
            for sha, _, stamp in (line.partition(" ") for line in out.splitlines()) if stamp.isdigit()}
    found: dict[str, tuple[str, dt.date, dt.date]] = {}
    for version, day in sorted(announced.items()):
        commit = added[version][0]
        published = when.get(commit)
        if published is not None and dt.date.fromisoformat(version) > published and \
                (published - day).days > 1 and not exempt(present[version]):
            found[version] = (commit, published, day)
    return found


def not_the_archive(name: str, paths: Iterable[str], *, prefix: str) -> str:
    """Why branch `name`, holding `paths`, is not an archive ("" if it may be): it holds the project's configuration
    (`prefix`: the project's folder in the repository) and no manifest, the policy's own branch named where the
    archive's is meant (`verify -b main` printed a problem for every source file; `export -b main` wrote the sources
    out as the site: archive hunt 22, finding 8). An archive whose manifests were all deleted holds no mkdocs.yml."""
    config = f"{prefix}/mkdocs.yml" if prefix else "mkdocs.yml"
    listed = set(paths)
    if config not in listed or any(path.startswith(f"{mf.DIRECTORY}/") for path in listed):
        return ""
    return Said("branch.not-archive", name=name, config=config, default=BRANCH)


# The subject of the commit that rewrites the archive's pages starts so (writing.archive_subject)
ARCHIVE_SUBJECT = "Update the history, compare and feed pages of "
PUBLISHING_SUBJECTS = ("Publish ", "Rebuild ", ARCHIVE_SUBJECT)
LEEWAY = 86_400  # a day, in seconds: clocks of two machines publishing, a publication running over midnight


@dataclass(frozen=True)
class Misdated:
    """A publishing commit of the branch whose dates publishing never writes: `why` names them."""

    commit: str
    subject: str
    why: str


def misdated_commits(repo: gitpython.Repo, rev: str | None, directory: str = mf.DIRECTORY) -> list[Misdated]:
    """The publishing commits of the branch's first parents (`rev`) dated otherwise than publishing dates them (archive
    hunt 22, finding 2: `git commit --amend --date` on a publishing commit passed verify). Publishing writes one date
    for author and committer, the day the gate judged (clock.stamp), each commit after the one before, and a version
    without `announced:` on or after its date (the gate refuses a date in the future without it); a day's leeway.
    Dates moved together and kept in order cannot be told from the real ones: what git alone cannot prove."""
    if rev is None:
        return []
    rows = [line.split(" ", 3) for line in git.run(repo, "log", "--first-parent", "--format=%H %at %ct %s",
                                                     rev).splitlines()]
    rows = [[*row[:3], git.readable(row[3])] for row in rows if len(row) == 4 and row[1].isdigit() and row[2].isdigit()]
    found: list[Misdated] = []
    for n, (sha, authored, committed, subject) in enumerate(rows):
        if not subject.startswith(PUBLISHING_SUBJECTS):
            continue
        if authored != committed:
            found.append(Misdated(sha, subject, Said("verify.misdated/two-dates", authored=_moment(authored),
                                                     committed=_moment(committed))))
        # after a commit of someone else's, whose dates are not publishing's to judge, nothing is said
        if n + 1 < len(rows) and rows[n + 1][3].startswith(PUBLISHING_SUBJECTS) and \
                int(committed) < int(rows[n + 1][2]) - LEEWAY:
            found.append(Misdated(sha, subject, Said("verify.misdated/before-previous", committed=_moment(committed),
                                                     previous=rows[n + 1][0][:7], then=_moment(rows[n + 1][2]))))
    added = first_manifests(repo, rev, directory)
    when = {sha: int(committed) for sha, _authored, committed, _subject in rows}
    for version, manifest in sorted(manifests_at(repo, rev, directory).items()):
        commit, subject = added.get(version, ("", "", ""))[:2]
        ahead = any((entry.changes or {}).get("announced") for entry in manifest.languages.values())
        if commit in when and not ahead and subject.startswith(PUBLISHING_SUBJECTS) and \
                when[commit] < clock.start_of(dt.date.fromisoformat(version)) - LEEWAY:
            found.append(Misdated(commit, subject, Said("verify.misdated/before-date", committed=_moment(when[commit]),
                                                        version=version)))
    return found + _unrecorded(repo, added, when, named={one.commit for one in found})


def _unrecorded(repo: gitpython.Repo, added: Mapping[str, tuple[str, str, str]], when: Mapping[str, int], *,
                named: set[str]) -> list[Misdated]:
    """Each publishing commit of `added` (first_manifests') dated on another day than the moment the manifest it added
    records as its publication (`published`), which publishing dates it (a day's leeway: a manifest of an earlier
    generator was stamped before the builds, the commit after them): the branch's dates moved together, in order (a
    filter-branch of the whole branch 200 days back), passed (histories21), though each manifest as first added still
    said when it was published. A commit `named` misdated already is not said again."""
    recorded = [(version, commit, subject, blob) for version, (commit, subject, blob) in sorted(added.items())
                if commit in when and commit not in named and subject.startswith(PUBLISHING_SUBJECTS)]
    found: list[Misdated] = []
    with contextlib.closing(git.read_objects(repo, [blob for *_rest, blob in recorded])) as contents:
        for (version, commit, subject, _blob), (_sha, content) in zip(recorded, contents, strict=True):
            try:
                record = mf.VersionManifest.loads(content)
            except mf.ManifestError:
                continue  # (said by the manifests' own reading)
            if from_elsewhere(repo, record, commit=commit, subject=subject):
                continue  # (its moment is another site's: verify.stranger, histories26)
            moment = mf.moment(record.published)
            # never before the record: publishing writes it first, then dates its commit by it (a Publish) or later
            # (a rebuild's, an earlier generator's commit after its builds); a shift of the whole branch under a day,
            # backwards, passed with the day's leeway (session 49 dated it to the second, and genuine commits made
            # after their record were said rewritten: 38275bda). A shift forwards under a day is no commit git can tell
            # from a later one.
            if moment is not None and (when[commit] < moment or
                                       abs((clock.day_of(when[commit]) - clock.day_of(moment)).days) > 1):
                seconds = when[commit] // 60 == moment // 60  # (the same minute: the seconds say they differ)
                found.append(Misdated(commit, subject, Said(
                    "verify.misdated/not-recorded", committed=_moment(when[commit], seconds=seconds), version=version,
                    published=_moment(moment, seconds=seconds))))
    return found


def _moment(stamp: str | int, *, seconds: bool = False) -> str:
    return dt.datetime.fromtimestamp(int(stamp), dt.UTC).strftime(f"%Y-%m-%d %H:%M{':%S' if seconds else ''} UTC")


def resourced_versions(repo: gitpython.Repo, rev: str | None,
                       directory: str = mf.DIRECTORY) -> dict[str, tuple[str, str, str]]:
    """The versions whose manifest on the branch (`rev`) names another text, for a language, than when it was first
    added (version -> the adding commit, the source commit then, now): a version's text never changes once published
    (a rebuild may take a later commit carrying the same text), so its files, built from another text of the same
    date, were put there by hand (history hunt 20, finding 1: verify rebuilt them byte for byte and passed)."""
    changed: dict[str, tuple[str, str, str]] = {}
    for version, commit, first, now in _first_and_now(repo, rev, directory):
        for lang, entry in sorted(now.languages.items()):
            was = first.languages.get(lang)
            if was is not None and was.source.sha256 != entry.source.sha256 and version not in changed \
                    and not _same_text(repo, was, entry):
                changed[version] = (commit, was.source.commit, entry.source.commit)
                break
    return changed


def rebuilt_elsewhere(repo: gitpython.Repo, rev: str | None,
                      directory: str = mf.DIRECTORY) -> dict[str, tuple[str, str, str]]:
    """The versions whose manifest on the branch (`rev`) names, for a language, another source commit than when it was
    first added, holding the same text (its SHA-256): rebuilt by `policy history --rebuild` from the commit that
    carries it now, main rewritten since it was published (version -> the adding commit, the source commit then,
    now). The commit it was published from is the first manifest's: verify said nothing of it once the version was
    rebuilt (histories17)."""
    found: dict[str, tuple[str, str, str]] = {}
    for version, commit, first, now in _first_and_now(repo, rev, directory):
        for lang, entry in sorted(now.languages.items()):
            was = first.languages.get(lang)
            if was is not None and was.source.commit != entry.source.commit \
                    and was.source.sha256 == entry.source.sha256 and version not in found:
                found[version] = (commit, was.source.commit, entry.source.commit)
                break
    return found


def replaced_pdfs(repo: gitpython.Repo, rev: str | None, directory: str = mf.DIRECTORY, *,
                  listing: Mapping[str, tuple[str, str]] | None = None) -> dict[str, list[tuple[str, str, str]]]:
    """The PDFs whose digest on the branch (`rev`) is not the one a manifest the history added for their version
    recorded for the same print key (version -> [(language, path, the adding commit)]): mf.replaced_prints. `listing`:
    `rev`'s files (path -> (mode, blob)), where the caller holds them: a manifest whose blob is the one every addition
    of its version wrote replaced nothing, and is not read (the publish gate: 1,000 manifests read twice and parsed
    cost some 0.1 s CPU a publication)."""
    found: dict[str, list[tuple[str, str, str]]] = {}
    for version, commit, first, now in _first_and_now(repo, rev, directory, listing=listing):
        for lang, rel in mf.replaced_prints(first, now):
            if not any(f[:2] == (lang, rel) for f in found.get(version, [])):
                found.setdefault(version, []).append((lang, rel, commit))
    return found


def relinked_versions(repo: gitpython.Repo, rev: str | None,
                      directory: str = mf.DIRECTORY) -> dict[str, tuple[str, dict, dict]]:
    """The versions whose links to the site's other documents land elsewhere than when their manifest was first
    added (version -> (the adding commit, where they landed then, where now)): every rebuild keeps them (legal hunt 36:
    a link redirected to another version of the retention policy, in the page and the manifest, passed verify)."""
    found: dict[str, tuple[str, dict, dict]] = {}
    for version, commit, first, now in _first_and_now(repo, rev, directory):
        if first.links != now.links and version not in found:
            found[version] = (commit, first.links, now.links)
    return found


def rerecorded_versions(repo: gitpython.Repo, rev: str | None,
                        directory: str = mf.DIRECTORY) -> dict[str, tuple[str, str]]:
    """The versions whose manifest on the branch (`rev`) records another publication moment, or other notes of how
    the version came to be, than when the branch's history first added it (version -> (the adding commit, the field:
    `published` or `notes`)): both are proof, never rewritten (histories16)."""
    found: dict[str, tuple[str, str]] = {}
    for version, commit, first, now in _first_and_now(repo, rev, directory):
        if version in found:
            continue
        if first.published != now.published:
            found[version] = (commit, "published")
        elif first.notes != now.notes:
            found[version] = (commit, "notes")
    return found


def as_first_recorded(repo: gitpython.Repo, rev: str | None, manifests: Mapping[str, mf.VersionManifest],
                      directory: str = mf.DIRECTORY, *,
                      listing: Mapping[str, tuple[str, str]] | None = None) -> dict[str, mf.VersionManifest]:
    """`manifests` with the publication moment and notes each recorded when the branch's history (`rev`) first added
    it, where they were rewritten since (rerecorded_versions): what the archive's pages were built from. A record's
    moment moved across midnight made its day on the history page differ, and verify said the one edit again for
    each language's history page (histories24). With `listing` (`rev`'s files), only the manifests whose blob is not
    what the history added are read (none, in an archive as published)."""
    moved: dict[str, mf.VersionManifest] = {}
    for version, _commit, first, now in _first_and_now(repo, rev, directory, listing=listing):
        if version in manifests and version not in moved and (first.published, first.notes) != (now.published,
                                                                                              now.notes):
            moved[version] = dataclasses.replace(manifests[version], published=first.published, notes=first.notes)
    return {**manifests, **moved}


def _first_and_now(repo: gitpython.Repo, rev: str | None, directory: str, *,
                   listing: Mapping[str, tuple[str, str]] | None = None
                   ) -> Iterator[tuple[str, str, mf.VersionManifest, mf.VersionManifest]]:
    """(version, adding commit, its manifest as that commit added it, as the branch has it now), for each manifest
    the branch's history added, as it first added it (first_of: a line merged in claims nothing). With `listing`
    (`rev`'s files), those only whose manifest now is not the blob that addition wrote."""
    if rev is None:
        return
    line = own_line(repo, rev)
    additions = {version: [first_of(found, line)]
                 for version, found in manifest_additions(repo, rev, directory).items()}
    if listing is None:
        present = manifests_at(repo, rev, directory)
    else:
        held = {version: listing[path][1] for version, found in additions.items()
                if (path := mf.path_for(version, directory)) in listing
                and any(blob != listing[path][1] for _commit, _subject, blob in found)}
        present = {}
        with contextlib.closing(git.read_objects(repo, list(held.values()))) as contents:
            for version, (_sha, content) in zip(list(held), contents, strict=True):
                try:
                    present[version] = mf.VersionManifest.loads(content)
                except mf.ManifestError:
                    continue  # (said by the manifests' own reading, as every command reads them)
    wanted = [(version, one) for version in sorted(present) for one in additions.get(version, [])]
    with contextlib.closing(git.read_objects(repo, [blob for _version, (_c, _s, blob) in wanted])) as contents:
        for (version, (commit, _subject, _blob)), (_sha, content) in zip(wanted, contents):
            try:
                first = mf.VersionManifest.loads(content)
            except mf.ManifestError:
                continue  # a manifest written wrong from the start: said by the checks of its files
            yield version, commit, first, present[version]


def _same_text(repo: gitpython.Repo, was: mf.LanguageEntry, now: mf.LanguageEntry) -> bool:
    """Whether two sources of a version are one text, their line ends aside (a rebuild takes the last commit carrying
    the date: after a move, or line ends changed, that commit's, with the same words)."""
    from policysite import document

    texts = []
    for entry in (was, now):
        data = git.read_blob(repo, entry.source.commit, entry.source.path)
        if data is None:
            return False
        try:
            texts.append(document.normalise(document.decode(data, path=entry.source.path)))
        except ValueError:
            return False
    return texts[0] == texts[1]


def manifests_at(repo: gitpython.Repo, rev: str, directory: str = mf.DIRECTORY, *,
                 branch: str = BRANCH) -> dict[str, mf.VersionManifest]:
    """One document's manifests in the branch's commit `rev` (`directory`: `manifest` or `manifest/<id>`).

    The last answer is kept: a commit's manifests never change, and a publication reads them twice (the versions
    pushed with its own, then under the lock), 1,000 manifests in 0.07 s."""
    key = (repo.git_dir, git.rev_parse(repo, rev), directory)
    if _LAST_MANIFESTS and _LAST_MANIFESTS[0] == key and key[1]:
        return dict(_LAST_MANIFESTS[1])
    manifests = _read_manifests(repo, rev, directory, branch=branch)
    _LAST_MANIFESTS[:] = [key, manifests]
    return dict(manifests)


_LAST_MANIFESTS: list = []  # [(git dir, commit, directory), {version: manifest}]


def _read_manifests(repo: gitpython.Repo, rev: str, directory: str, *, branch: str) -> dict[str, mf.VersionManifest]:
    manifests = {}
    # manifest/assets/ lists the shared theme files, manifest/<id>/ holds a further document's manifests
    entries = [(name, blob) for name, (_mode, blob) in git.list_files(repo, rev, directory).items()
               if name.endswith(".json") and "/" not in name]
    place = manifestcache.folder(repo.common_dir)
    kept = _kept_manifests(place, directory)
    read = {blob: kept[blob] for _name, blob in entries if blob in kept}
    missing = [(name, blob) for name, blob in entries if blob not in read]
    with contextlib.closing(git.read_objects(repo, [blob for _name, blob in missing])) as contents:
        for (name, blob), (_sha, content) in zip(missing, contents):
            try:
                read[blob] = mf.VersionManifest.loads(content)
            except mf.ManifestError as exc:
                # said alike by every command, those that only read the archive too (`policy at` said "nothing
                # was published": history hunt 31)
                raise ManifestUnreadable(Said("branch.manifest-unreadable", branch=branch, path=f"{directory}/{name}",
                                              error=text_of(exc))) from None
    for _name, blob in entries:
        manifest = read[blob]
        manifests[manifest.version] = manifest
        mf.keep_commits(blob, manifest)  # (what the served check's descriptions ask of the same blobs)
    if missing:
        # those kept before stay beside this commit's (another commit of the branch read next: the tip before a
        # publication), unless they outnumber them (a branch rewritten, another branch read)
        both = {**kept, **read}
        _KEPT_MANIFESTS[(str(place), directory)] = both if len(both) <= 2 * len(read) + 64 else read
        manifestcache.keep(place, directory, _KEPT_MANIFESTS[(str(place), directory)])
    return manifests


def _kept_manifests(place: Path, directory: str) -> dict[str, mf.VersionManifest]:
    """The manifests kept by blob id (manifestcache): read from the git folder once a process, then as last kept."""
    key = (str(place), directory)
    if key not in _KEPT_MANIFESTS:
        _KEPT_MANIFESTS[key] = manifestcache.kept(place, directory)
    return _KEPT_MANIFESTS[key]


# (kept folder, manifest folder) -> {blob id: manifest}: what this process read or kept last
_KEPT_MANIFESTS: dict[tuple[str, str], dict[str, mf.VersionManifest]] = {}


def versions_json(dates: list[str], lang: str, *, today: dt.date | None = None) -> bytes:
    """mike's versions.json for one language as of `today`: every date, newest first, titled in the language,
    `latest` on the version in force; each version's period and, published ahead, `upcoming` in its
    properties (the banner of the version in force and the compare page read them)."""
    return listings(dates, lang, today=today)[0]


def listings(dates: list[str], lang: str, *, today: dt.date | None = None) -> tuple[bytes, bytes]:
    """A language's versions.json (above) and versions-recent.json, from the same entries.

    versions-recent.json holds the first entries of versions.json: every upcoming version, the one in force
    and the RECENT_ARCHIVED before it, compact. What a page reads on its first visit, the same size at any
    number of versions; a page of an older version, or a reader opening the selector, reads versions.json."""
    return _listings(tuple(dates), lang, today or clock.today(), digits(lang))


@functools.lru_cache(maxsize=8)
def _listings(dates: tuple[str, ...], lang: str, today: dt.date, _digits: str) -> tuple[bytes, bytes]:
    # cached: a publication writes, checks and verifies the same listing; built without mike's Versions.add,
    # which looks every alias up in every version (quadratic: 2,000 lookups of 1,000 versions); the test holds it
    # to mike's own output
    current = periods.current(list(dates), today=today)
    t = strings(lang)
    entries = []
    for period in reversed(periods.periods(dates)):  # newest first, as mike orders dates
        date = period.version
        text = long_date(period.start, lang)
        upcoming = period.start > today
        state = "upcoming" if upcoming else "in_force" if date == current else ""
        entries.append((date, text + aside(t[state], lang) if state else text, date == current,
                        period.until.isoformat() if period.until else None, text, upcoming))
    shown = [_entry(*entry) for entry in entries[:next((n for n, entry in enumerate(entries) if entry[2]), 0) + 1
                                                     + RECENT_ARCHIVED]]
    texts = [_entry_text(*entry) for entry in entries]
    return ("[\n" + ",\n".join(texts) + "\n]\n" if texts else "[]\n").encode("utf-8"), _recent(shown)


def _entry(version: str, title: str, latest: bool, until: str | None, date_text: str, upcoming: bool) -> dict:
    """A version's entry of versions.json: mike's VersionInfo.to_json, written directly (its LooseVersion parse of each
    date was a third of the time)."""
    return {"version": version, "title": title, "aliases": [LATEST] if latest else [],
            "properties": {"in_force": {"from": version, "until": until}, "date_text": date_text,
                           **({"upcoming": True} if upcoming else {})}}


@functools.lru_cache(maxsize=1 << 14)
def _entry_text(version: str, title: str, latest: bool, until: str | None, date_text: str, upcoming: bool) -> str:
    """`_entry` as `_indented` writes it, kept by all it is made of: a publication builds the listing of the same
    1,000 versions four times (two languages, today and the day the branch's listing was written), the same entries
    but the few whose period or state moved (perf7: 4.8 -> ~1 ms a listing)."""
    return _indented([_entry(version, title, latest, until, date_text, upcoming)])[2:-2]


def _indented(entries: list[dict]) -> str:
    """`json.dumps(entries, indent=2)`, as mike's Versions.dumps writes versions.json, each string by the C encoder:
    Python's indenting encoder is pure Python, 8 of the 14 ms a listing of 1,000 versions took, built four times a
    publication (perf5). Entries of another shape than `_listings` writes are left to json.dumps."""
    parts = []
    for entry in entries:
        properties = entry["properties"]
        in_force = properties["in_force"]
        if list(entry) != _ENTRY_KEYS or list(in_force) != ["from", "until"] \
                or list(properties) not in (_PROPERTY_KEYS, [*_PROPERTY_KEYS, "upcoming"]) \
                or entry["aliases"] not in ([], [LATEST]) or properties.get("upcoming", True) is not True:
            return json.dumps(entries, indent=2)
        until = in_force["until"]
        parts.append(_ENTRY.format(
            version=_string(entry["version"]), title=_string(entry["title"]),
            aliases=f'[\n      {_string(LATEST)}\n    ]' if entry["aliases"] else "[]",
            start=_string(in_force["from"]), until="null" if until is None else _string(until),
            date_text=_string(properties["date_text"]),
            upcoming=',\n      "upcoming": true' if "upcoming" in properties else ""))
    return "[\n" + ",\n".join(parts) + "\n]" if parts else "[]"


_string = json.encoder.encode_basestring_ascii  # (C: a string as json.dumps writes it, non-ASCII escaped)
_ENTRY_KEYS = ["version", "title", "aliases", "properties"]
_PROPERTY_KEYS = ["in_force", "date_text"]
_ENTRY = ('  {{\n    "version": {version},\n    "title": {title},\n    "aliases": {aliases},\n    "properties": {{\n'
          '      "in_force": {{\n        "from": {start},\n        "until": {until}\n      }},\n'
          '      "date_text": {date_text}{upcoming}\n    }}\n  }}')


def _recent(entries: list[dict]) -> bytes:
    current = next((n for n, entry in enumerate(entries) if LATEST in entry.get("aliases", [])), 0)
    kept = entries[:current + 1 + RECENT_ARCHIVED]
    return (json.dumps(kept, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def files_at(repo: gitpython.Repo, rev: str | None) -> dict[str, tuple[str, str]]:
    """Every file of the branch at `rev`: path -> (mode, blob)."""
    return git.list_files(repo, rev) if rev else {}


def blobs(listing: dict[str, tuple[str, str]]) -> set[str]:
    return {blob for _mode, blob in listing.values()}


def move_branch(project: Project, branch: str, new: str, state: BranchState, message: str) -> list[Said]:
    """`branch` moved from where `state` read it to `new`, once every page `new` serves passed the output check, and
    each version's folder `new` carries as edited since its publication is what its source builds (rebuilt_pages);
    what it says besides (another document's archive files written again on top of `new`)."""
    from policysite.rebuilt_pages import refuse_unlike_rebuild  # (the output check's and the builder's modules:
    from policysite.servedpages import refuse_unsafe  # only when publishing)

    refuse_unsafe(project, new, branch=branch)
    carried = new
    # (another document's archive files written again, maybe)
    new, notes = refuse_unlike_rebuild(project, new, state, on=branch)
    if new != carried:
        refuse_unsafe(project, new, branch=branch)
    try:
        git.update_ref(project.repo, f"refs/heads/{branch}", new, state.local, message=message)
    except git.RefMoved as exc:
        raise PublishError(Said("publish.moved-meanwhile", branch=branch, error=text_of(exc))) from exc
    return notes


@contextlib.contextmanager
def lock(project: Project, branch: str, on_wait: Callable[[Path], None] | None):
    try:
        with git.lock(project.repo, _lock_name(branch), timeout=LOCK_TIMEOUT, on_wait=on_wait) as path:
            refuse_ref_locked(project, branch)
            yield path
    except git.LockTimeout as exc:
        raise PublishError(Said("publish.locked", error=text_of(exc))) from exc


def refuse_ref_locked(project: Project, branch: str) -> None:
    """Refuse, before anything is built, a branch whose ref git holds locked: `refs/heads/<branch>.lock`, which a git
    command writes while it moves the branch and one that crashed leaves behind. Publishing built and checked every
    version, then ended on git's own English words ("cannot lock ref … Another git process seems to be running",
    in the middle of a French sentence) when it moved the branch at last (safety90)."""
    held = git.git_dir(project.repo) / "refs" / "heads" / f"{branch}.lock"
    if held.exists():
        raise PublishError(Said("publish.ref-locked", path=str(held), branch=branch))


def _lock_name(branch: str) -> str:
    return "policysite-publish-" + branch.replace("/", "-")


def drop_lock(project: Project, branch: str) -> None:
    """The lock file of a branch no process publishes onto again (a command's own staging branch)."""
    (git.git_dir(project.repo) / f"{_lock_name(branch)}.lock").unlink(missing_ok=True)


def named_in_force(repo: gitpython.Repo, listing: Mapping[str, tuple[str, str]], base: str) -> str | None:
    """The version a language's versions.json on the branch (`listing`; `base`: the language's folder) names in force
    (its `latest` alias), or None where it names none or cannot be read."""
    listed = listing.get(f"{base}/{VERSIONS}")
    try:
        entries = json.loads(git.read_object(repo, listed[1])) if listed else []
        return next((str(entry["version"]) for entry in entries if LATEST in entry.get("aliases", ())), None)
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        return None


def latest_is(listing: dict[str, tuple[str, str]], base: str, version: str) -> bool:
    """Whether `<base>/latest/` on the branch (`listing`) holds exactly the files of `<base>/<version>/`
    (`base`: a language's folder of a document, `fr` or `fr/cookies`)."""
    def files(folder: str) -> dict[str, str]:
        prefix = f"{base}/{folder}/"
        return {path[len(prefix):]: blob for path, (_mode, blob) in listing.items() if path.startswith(prefix)}
    return files(LATEST) == files(version)


def latest_edits(latest: dict[str, str] | None, published: dict[str, dict[str, str]],
                 current: str) -> list[tuple[str, str]]:
    """Where a language's `latest/` is no copy of a published version, as publishing writes it: each of its files not
    as the version in force (`current`) was published, (its path in `latest/`, "changed", "added" or "missing"); ""
    alone when `latest/` is gone. `latest`: its files on the branch and their SHA-256 (None: no such folder);
    `published`: each version's files as its manifest records them. Empty when it is a copy of one (of another than
    the one in force: the calendar moved, `policy history` moves it). A page edited there was said "differs from …:
    `policy history` moves it", and `policy history` put it back without a word (history hunt 40)."""
    if latest is None:
        return [("", "missing")]
    if any(files == latest for files in published.values()):
        return []
    expected = published.get(current, {})
    return [(rel, "missing" if rel not in latest else "added" if rel not in expected else "changed")
            for rel in sorted(set(expected) | set(latest)) if expected.get(rel) != latest.get(rel)]


def folder_files(repo: gitpython.Repo, listing: dict[str, tuple[str, str]], folder: str) -> dict[str, str] | None:
    """The files of `folder` (`en/latest`, `en/2025-03-01`) on the branch (`listing`) and their SHA-256; None when it
    has none."""
    prefix = f"{folder}/"
    found = {path[len(prefix):]: blob for path, (_mode, blob) in listing.items() if path.startswith(prefix)}
    if not found:
        return None
    with contextlib.closing(git.read_objects(repo, list(found.values()))) as contents:
        return {rel: mf.sha256(data) for rel, (_sha, data) in zip(found, contents, strict=True)}


def archive_on_branch(listing: dict[str, tuple[str, str]], base: str,
                      others: frozenset[str] = frozenset()) -> dict[str, str]:
    """The archive's pages of a document's language folder (`base`: `fr`, `fr/cookies`) on the branch: every
    file beside its versions, relative path -> blob; `others` are the further documents' folders in it."""
    found = {}
    prefix = f"{base}/"
    start = len(prefix)
    # whether a top folder is a version's, `latest/` or another document's, told once a folder, not once a file: the
    # listing holds every version's files (perf19: 1.8 ms a language at 300 versions, most of it the date's regex)
    skipped: dict[str, bool] = {}
    for path, (_mode, blob) in listing.items():
        if path.startswith(prefix):
            rel = path[start:]
            top, slash, _rest = rel.partition("/")  # a version's folder, `latest/`: a file named like one is no version
            if slash:
                skip = skipped.get(top)
                if skip is None:
                    skip = skipped[top] = top in (VERSIONS, RECENT, LATEST) or top in others \
                        or DATE.fullmatch(top) is not None
            else:
                skip = top in (VERSIONS, RECENT) or top in others
            if not skip:
                found[rel] = blob
    return found
