"""What `policy publish` and `policy history` refuse to go on over, before writing anything: a branch another site or
generator made, versions removed or edited by hand, a version dated before published ones or after its commit, a
configuration not set, a local address pushed, and what each says to do instead."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
import shlex
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import git as gitpython

from policysite import (
    assets,
    clock,
    document,
    gate,
    git,
    history as hist,
    imported as imported_record,
    manifest as mf,
    provenance,
    reflogs,
    rootfiles,
    source,
)
from policysite.branch import (
    BRANCH,
    PUBLISHING_SUBJECTS,
    REMOTE,
    BranchState,
    archive_on_branch,
    first_manifests,
    is_tag,
    manifests_at,
    published_elsewhere,
    removed_versions,
    rewound_versions,
    unfetched,
)
from policysite.errors import PublishError
from policysite.findings import Finding
from policysite.messages import Said
from policysite.project import Project
from policysite.renames import renamed_said
from policysite.source_branch import publishing_branch

if TYPE_CHECKING:
    from policysite.publish import Outcome


def backdated(project: Project, found: hist.History, state: BranchState,
               outcome: Outcome | None = None) -> list[str]:
    """A commit dated before the date of an earlier commit that is not published (the text it replaced would
    become the newest version): refused, into `outcome` (one run names every refused version) or raised. Where
    that date is published, the site keeps it: a warning each."""
    pending = [entry for entry in found.backdated if entry[3].isoformat() not in state.manifests]
    path = project.paths[project.settings.authoritative]
    # a text put back under a published version's date with other words: said as `policy check` says it
    # (published.changed), what to do the same in both (legal27: check said "give it a new date", publish "record the
    # commit in unpublished.yml or date it after the earlier commit's")
    instead = {entry: said for entry in pending if (said := republished_under(project, state, entry))}
    if pending and outcome is None:
        if all(entry in instead for entry in pending):
            raise PublishError(instead[pending[-1]])
        raise PublishError(Said("publish.nothing-after", refusal=dataclasses.replace(found, backdated=pending)
                                .backdated_error(path, gate.EXCEPTIONS_FILE)))
    for entry in pending:
        assert outcome is not None
        outcome.refuse(gate.Refusal(entry[3].isoformat(), entry[2], (Finding.of(
            path, 1, "history.backdated",
            reason=instead.get(entry) or dataclasses.replace(found, backdated=[entry]).backdated_reasons(
                path, gate.EXCEPTIONS_FILE)[0]),)))
    return [Said("revert.dated", commit=commit[:7], date=date.isoformat(), later=later.isoformat(),
                 advice=bringing_back(sorted(state.manifests), today=clock.today(), after=date.isoformat(),
                                      notice_days=project.settings.notice_days,
                                      words=published_with_words(project, state, git.read_blob(
                                          project.repo, commit, project.paths[project.settings.authoritative]))))
            for commit, date, _earlier, later in found.backdated
            if later.isoformat() in state.manifests and commit == found.newest_dated]


def republished_under(project: Project, state: BranchState, entry: tuple[str, dt.date, str, dt.date]) -> Said | None:
    """Why a commit dating its text back (an entry of `History.backdated`) is refused where that date is a published
    version's and its words are not (an edit dated anew, then its date put back): the published version never changes,
    the new text takes a new date, and the commit that dated it anew is recorded as never published; as
    published_texts says it to `policy check` (dated_back). None where its words are the published ones."""
    from policysite.publish import _changes, _only_added
    from policysite.published_texts import PUT_BACK, dated_back, put_back_fields, republished

    commit, date, earlier, later = entry
    published = state.manifests.get(date.isoformat())
    if published is None:
        return None
    sources = {lang: data for lang, page in project.paths.items()
               if (data := git.read_blob(project.repo, commit, page)) is not None}
    changes = _changes(project, published, sources)
    if not changes:
        return None
    head = git.read_blob(project.repo, "HEAD", project.paths[project.settings.authoritative])
    now = document.front(head.decode("utf-8", "replace"), path="").date if head is not None else None
    if now is not None and now != date:  # dated anew since: the commit dating it later is all left to record
        return Said(PUT_BACK, **put_back_fields(commit, date.isoformat(), earlier, later.isoformat(),
                                                version=now.isoformat()))
    return dated_back(republished(date.isoformat(), changes, today=clock.today(), newest=max(state.versions),
                                  added=_only_added(published, sources)), earlier, later.isoformat())


def published_with_words(project: Project, state: BranchState, page: bytes | None) -> list[str]:
    """The published versions whose authoritative text has the words of `page` (an authoritative page; front matter
    aside: a text re-dated, or brought back)."""
    auth = project.settings.authoritative
    if page is None:
        return []
    words = document.body(page.decode("utf-8", "replace"))
    head = git.rev_parse(project.repo, "HEAD") or "HEAD"  # once, not once a version (bench_revert_words.py --gone)
    found = []
    for version, manifest in sorted(state.manifests.items()):
        entry = manifest.languages.get(auth)
        data = None if entry is None else hist.published_text(project.repo, commit=entry.source.commit,
                                                               path=entry.source.path, sha256=entry.source.sha256,
                                                               rev=head)
        if data is not None and document.body(data.decode("utf-8", "replace")) == words:
            found.append(version)
    return found


def shallow_said(found: hist.History) -> Said:
    """What `found` says of the shallow clone it was read in: where its history stops (`history.shallow`)."""
    return next((w for w in found.warnings if isinstance(w, Said) and w.key == "history.shallow"),
                Said("history.shallow/bare"))


def refuse_shallow_since(project: Project, found: hist.History, state: BranchState) -> None:
    """A shallow clone (a CI checkout of depth 1) that lacks the commit the newest published version was built from:
    the commits since, which hold the dated versions to publish before the new one and the texts that refuse it (a
    revert, a date going back), are not there; read without them, the newest text was published where a full clone
    refused it, or a version between was left out of the archive for ever (histories4)."""
    if not found.shallow or not state.latest:
        return
    commit = state.manifests[state.latest].languages[project.settings.authoritative].source.commit
    if not git.rev_parse(project.repo, f"{commit}^{{commit}}"):
        raise PublishError(Said("publish.shallow-since", version=state.latest, commit=commit[:7],
                                shallow=shallow_said(found)))


def sources_rewritten(project: Project, state: BranchState, *, branch: str = BRANCH) -> list[Said]:
    """Published versions whose source commit this full clone no longer has (main rewritten since: a rebase, an amended
    or squashed commit, force-pushed), said in a warning: those whose texts the history holds at other commits, which
    `policy history --rebuild` publishes again from there, and those whose texts it holds nowhere (the rewrite edited
    them), which only the commits fetched from another clone prove. Publishing goes on (history.rebuild_commit reads
    the texts where they are), and `policy verify` then failed on every one of them with no word from publish (session
    39). Those published from another clone and fetched with origin's copy of `branch`, their commits never here
    (`branch.published_elsewhere`), are said to fetch, not rewritten (histories35)."""
    if not state.manifests or git.shallow_boundary(project.repo):  # (a shallow clone's: publish.shallow-version)
        return []
    entries = [(version, entry) for version, manifest in sorted(state.manifests.items())
               for entry in manifest.languages.values()]
    there = git.object_ids(project.repo, [f"{entry.source.commit}^{{commit}}" for _version, entry in entries])
    gone = [(version, entry) for (version, entry), found in zip(entries, there, strict=True) if found is None]
    if not gone:
        return []
    elsewhere = sorted(published_elsewhere(project.repo, {version for version, _entry in gone}, local=state.local,
                                           tip=state.base, directory=project.settings.manifest_dir, branch=branch)
                       ) if state.base else []
    gone = [(version, entry) for version, entry in gone if version not in elsewhere]
    head = git.rev_parse(project.repo, "HEAD") or "HEAD"  # once, not a `git rev-parse` a text (3.4 s of CPU at 1,000)
    lost = sorted({version for version, entry in gone
                   if not hist.text_commit(project.repo, path=entry.source.path, sha256=entry.source.sha256, rev=head)})
    found = sorted({version for version, _entry in gone} - set(lost))

    def shown(versions: list[str]) -> str:  # (a line, not 16 KB, at 1,000 versions)
        return ", ".join(versions[:5]) + (" …" if len(versions) > 5 else "")

    unfetched_said = [Said("publish.sources-unfetched", versions=shown(elsewhere), count=len(elsewhere), remote=REMOTE,
                           branch=branch, head=publishing_branch(project.repo, configured=project.settings.publish_from,
                                                                 remote=REMOTE) or "main")] if elsewhere else []
    return unfetched_said + [Said(key, versions=shown(versions), count=len(versions))
                             for key, versions in (("publish.sources-rewritten", found), ("publish.sources-lost", lost))
                             if versions]


def recorded(project: Project) -> frozenset[str]:
    """The texts imported.yml records as public before the site, as committed at HEAD."""
    try:
        return imported_record.produced(project.repo, "HEAD", source.prefix_of(project.repo, project.root))
    except imported_record.RecordError:
        return frozenset()  # the checks say why


def refuse_recorded_published(project: Project, state: BranchState, unpublished: Iterable[str]) -> None:
    """unpublished.yml may not name a published version's commit: a published version stays (with its folder
    removed by hand, the archive would forget it and verify pass)."""
    recorded = set(unpublished)
    named = sorted({(version, entry.source.commit) for version, manifest in state.manifests.items()  # once, not per
                    for entry in manifest.languages.values() if entry.source.commit in recorded})  # language (hunt 31)
    if named:
        raise PublishError(Said("refuse.recorded-published", items=[
            Said("refuse.recorded-published/item", file=gate.EXCEPTIONS_FILE, commit=commit[:7], version=version)
            for version, commit in named]))


def foreign_versions(project: Project, *, branch: str, remote: str | None, lost: bool = True) -> list[str]:
    """`foreign_entries`' versions, each once."""
    return list(dict.fromkeys(name for name, _commit in foreign_entries(project, branch=branch, remote=remote,
                                                                         lost=lost)))


def left_behind(project: Project, state: BranchState, *, branch: str) -> list[Said]:
    """The versions of the local `branch` whose text HEAD's branch held until it was rewritten (reset, or reset to a
    force-pushed remote: a former tip its reflog records held their commit), said: the archive keeps them as
    published, the history no longer shows them (histories15: a published version's commit reset away was said "a
    preview of another branch" by verify, and nothing by publish)."""
    if not state.manifests or not project.repo.head.is_valid() or git.shallow_boundary(project.repo):
        return []
    commits = {entry.source.commit for manifest in state.manifests.values() for entry in manifest.languages.values()}
    if not commits - set(git.run(project.repo, "rev-list", "--first-parent", "HEAD").split()):
        return []  # (every version's commit on the branch: what a daily run finds, one git process)
    behind = behind_remote(project.repo, state.manifests)
    entries = [(name, commit) for name, commit in foreign_entries(project, branch=branch, remote=None, lost=False)
               if commit not in behind]
    held = reflogs.held_before(project.repo, [commit for _name, commit in entries])
    return [Said("history.behind-remote", version=name, commit=commit[:7], remote=ref,
                 branch=project.repo.head.ref.name) for commit, (name, ref) in behind.items()] + [
        Said("history.left-behind", version=name, commit=commit[:7], tip=held[commit][:7])
        for name, commit in dict.fromkeys(entries) if commit in held]


def behind_remote(repo: gitpython.Repo, manifests: Mapping[str, mf.VersionManifest]) -> dict[str, tuple[str, str]]:
    """Of the published `manifests` (the branch as read: the remote's, where ahead), each text HEAD's first parents
    never held and a remote-tracking branch of HEAD's branch's name does: its commit -> (its version, that branch).
    Published from another clone, from a later state of the branch this one has not merged; said by publish, history
    and verify alike (histories33: verify said nothing of it)."""
    ahead = _remote_tips(repo)
    if not ahead:
        return {}
    elsewhere = not_held(repo, [(version, entry.source.commit, entry.source.path, entry.source.sha256)
                                for version, manifest in sorted(manifests.items())
                                for entry in manifest.languages.values()], lost=False)
    return {commit: (name, ref) for name, commit in elsewhere if (ref := next(
        (ref for ref, tip in ahead if git.is_ancestor(repo, commit, tip)), None))}


def _remote_tips(repo: gitpython.Repo) -> list[tuple[str, str]]:
    """(`origin/main`, its tip) of each remote-tracking branch of HEAD's branch's name: a version published from a
    commit one of them holds was published from another clone, from a later state of the branch, which this one
    has not merged (histories32: said "held until it was rewritten (a reset, or a force-push)" from the remote's
    reflog, when nothing was rewritten). None on a detached HEAD."""
    if repo.head.is_detached:
        return []
    name = repo.head.ref.name
    out = git.run(repo, "for-each-ref", "--format=%(refname:short) %(objectname)", "refs/remotes")
    return [(ref, tip) for ref, _, tip in (line.partition(" ") for line in out.splitlines())
            if ref.endswith(f"/{name}")]


def foreign_entries(project: Project, *, branch: str, remote: str | None, lost: bool = True) -> list[tuple[str, str]]:
    """The versions of the local branch, not on the remote's, whose text this branch never held: a draft another
    branch's `policy history` (`make build`) put there, which a push from here would publish. Without `lost`, a text
    whose commit this repository no longer has and no commit of the history holds (main squashed or rewritten since)
    is not counted: what it was cannot be told here (verify names it lost; a push still refuses it).

    A text is the branch's own when its commit is one of HEAD's first parents, or when one of them holds the same
    text (a pull request merged with a merge commit brings its last text in, not its drafts, although every
    commit of it is then in HEAD's history). Each (version, the commit of one of its texts), a version once a text."""
    repo = project.repo
    local = git.rev_parse(repo, f"refs/heads/{branch}")
    if local is None or not repo.head.is_valid():
        return []
    tracking = git.rev_parse(repo, f"refs/remotes/{remote}/{branch}") if remote else None
    candidates = []
    for one in project.documents:
        directory = one.settings.manifest_dir
        theirs = set(manifests_at(repo, tracking, directory)) if tracking else set()
        for version, manifest in sorted(manifests_at(repo, local, directory).items()):
            if version not in theirs:  # each language's text: a draft translation beside main's French is a draft
                candidates += [(f"{one.settings.document} {version}".strip(), entry.source.commit, entry.source.path,
                                entry.source.sha256) for entry in manifest.languages.values()]
    return not_held(repo, candidates, lost=lost)


def not_held(repo: gitpython.Repo, candidates: list[tuple[str, str, str, str]], *, lost: bool = True,
             head: str = "HEAD") -> list[tuple[str, str]]:
    """Of `candidates` (a version's name, the commit, path and SHA-256 of one of its texts), those whose text HEAD's
    first-parent history never held (foreign_entries' test, which `policy at` asks of a version too), each (name,
    commit); `head`, another commit's (the publishing branch's tip). Without `lost`, a text whose commit is gone and
    that no commit of the history holds is not counted."""
    if not candidates:
        return []
    firsts = git.run(repo, "rev-list", "--first-parent", head, *(detached_on(repo) if head == "HEAD" else [])).split()
    own = set(firsts)
    elsewhere = [(name, commit, path, sha256) for name, commit, path, sha256 in candidates if commit not in own]
    if not elsewhere:
        return []
    paths = sorted({path for _name, _commit, path, _sha in elsewhere})
    held = set(git.object_ids(repo, [f"{commit}:{path}" for commit in firsts for path in paths])) - {None}
    texts = git.object_ids(repo, [f"{commit}:{path}" for _name, commit, path, _sha in elsewhere])
    # A commit gone (main rewritten, force-pushed) is looked for by its text: one the history still holds at another
    # commit is the branch's own, not a preview (history hunt 31: verify said so of every text after a rebase).
    texts = [text if text is not None else _text_now(repo, path, sha256)
             for (_name, _commit, path, sha256), text in zip(elsewhere, texts, strict=True)]
    return [(name, commit) for (name, commit, _path, _sha), text in zip(elsewhere, texts, strict=True)
            if text not in held and (lost or text is not None or git.rev_parse(repo, f"{commit}^{{commit}}"))]


def detached_on(repo: gitpython.Repo) -> list[str]:
    """On a detached HEAD (`git checkout <id>`, a CI job's checkout of a commit), the branches holding it ahead of it
    (local, then remotes'): a detached HEAD is no branch, so their first parents' texts are its own too. A commit of
    main checked out behind it called every version published since "a preview of another branch" (archive hunt 22,
    finding 3). None on a branch."""
    if not repo.head.is_valid() or not repo.head.is_detached:
        return []
    head = git.rev_parse(repo, "HEAD")
    out = git.run(repo, "for-each-ref", "--contains", "HEAD", "--format=%(objectname) %(refname)", "refs/heads",
                  "refs/remotes")
    return [ref for sha, _, ref in (line.partition(" ") for line in out.splitlines())
            if sha != head and not ref.endswith("/HEAD")]


def _text_now(repo: gitpython.Repo, path: str, sha256: str) -> str | None:
    """The object of the text of digest `sha256` at the newest commit of HEAD's history that holds it at `path`."""
    commit = hist.text_commit(repo, path=path, sha256=sha256)
    return git.object_ids(repo, [f"{commit}:{path}"])[0] if commit else None


def refuse_removed(project: Project, state: BranchState, branch: str) -> None:
    """A published version removed from the branch by hand, or the branch reset to before it (a former tip in this
    clone's reflog held it), is restored first: publishing on top would make the archive forget it for good, or
    publish it again as new."""
    removed = removed_versions(project.repo, state.base, project.settings.manifest_dir)
    if removed:
        raise PublishError(Said("refuse.removed", items=[
            Said("refuse.removed/item", version=version, branch=branch, commit=commit[:7])
            for version, commit in sorted(removed.items())]))
    # the branch reset to before a publication (force-pushed): published again as new, "first published today"
    rewound = rewound_versions(project.repo, state.base, branch, project.settings.manifest_dir)
    if rewound:
        # forgotten as it was proven: a reflog's former tip by expiring it, a tag by deleting it (a reflog's advice
        # alone left a tag's proof standing)
        tags = sorted({ref.removeprefix("refs/tags/") for _tip, ref in rewound.values() if is_tag(ref)})
        forget = ([Said("refuse.rewound/forget-reflog")] if len(tags) < len(rewound) else []) + \
            ([Said("refuse.rewound/forget-tags", tags=" ".join(map(shlex.quote, tags)))] if tags else [])
        raise PublishError(Said("refuse.rewound", branch=branch, commit=min(rewound.values())[0][:7], items=[
            Said("refuse.rewound/tag" if is_tag(ref) else "refuse.rewound/item", version=version,
                 branch=branch, commit=tip[:7], ref=ref.removeprefix("refs/tags/"))
            for version, (tip, ref) in sorted(rewound.items())], forget=forget))


def refuse_forged(project: Project, state: BranchState, versions: Iterable[str], branch: str, *,
                  carried: Iterable[str] = (), proven: Mapping[str, list[str]] | None = None) -> None:
    """Publishing builds on the published `versions`' texts (the same text again, a rebuild, the version a new one is
    compared with), and on the aliases of those `carried` (the version before a new one): each manifest must name
    the text its policy.json was built from, and the aliases its page has, or a draft named there with its digest was
    taken for the published text, and ids edited in by hand were carried into the next version (provenance).
    `proven`: what `forged_problems` found of the versions, where a rebuild worked out all of them at once."""
    if state.base is None:
        return
    chosen = [version for version in sorted(set(versions) | set(carried)) if version in state.manifests]
    unproven = [version for version in chosen if proven is None or version not in proven]
    found = {**(proven or {}), **forged_problems(project, state, unproven)}
    problems = [line for version in chosen for line in found[version]]
    problems += [line for version in sorted(set(carried)) if version in state.manifests
                 for line in provenance.aliases_unlike_page(project.repo, state.base, state.manifests[version],
                                                            base=project.settings.base)]
    if problems:
        named = sorted({line.split(" ", 1)[0] for line in problems})
        raise PublishError(Said("publish.forged", problems=problems, versions=", ".join(named),
                                count=len(named), branch=branch, directory=project.settings.manifest_dir))


def forged_problems(project: Project, state: BranchState, versions: Iterable[str]) -> dict[str, list[str]]:
    """What is wrong with each published version's word for its text (provenance.forged), by version, read in one
    pass of git for them all (a rebuild asked git twice a version)."""
    chosen = [version for version in versions if version in state.manifests]
    if state.base is None or not chosen:
        return {}
    published = {version: commit for version, (commit, _subject, _blob) in first_manifests(
        project.repo, state.base, project.settings.manifest_dir).items()}  # (a folder removed: as it was published)
    return provenance.forged_all(project.repo, state.base, [state.manifests[version] for version in chosen],
                                 base=project.settings.base, published=published)


def refuse_edited_changes(project: Project, state: BranchState, branch: str) -> None:
    """A manifest's change summary (section titles, the note) edited on the branch by hand reached the history page and
    the feed of the next publication as the archive's own words (safety hunt 45, finding 4): each summary edited since
    the archive's pages were last written must be the one its texts give (provenance.changes_edited)."""
    problems = provenance.changes_edited(project.repo, state.base, state.manifests,
                                         directory=project.settings.manifest_dir, base=project.settings.base,
                                         authoritative=project.settings.authoritative)
    if problems:
        named = sorted({line.split(" ", 1)[0] for line in problems})
        raise PublishError(Said("publish.summary-edited", problems=problems, versions=", ".join(named),
                                count=len(named), branch=branch, directory=project.settings.manifest_dir))


def refuse_another_site(project: Project, state: BranchState, branch: str) -> None:
    """A branch holding files and no version (no manifest) is another site's (an older site's pages, `mike deploy`'s
    layout): the first publication replaced its index.html and 404.html without a word and left the rest beside the
    archive, each then a difference of `policy verify` (history hunt 31). GitHub Pages' own CNAME and .nojekyll stay."""
    if state.base is None:
        return
    if state.manifests:
        _refuse_pages_by_hand(project, state, branch)
        return
    files = git.list_files(project.repo, state.base)
    if any(path.startswith(f"{mf.DIRECTORY}/") for path in files):
        return
    foreign = sorted(path for path in files if path not in ("CNAME", ".nojekyll") and not rootfiles.ownership_proof(
        path, lambda: git.read_blob(project.repo, state.base or "", path)))  # noqa: B023 (read here)
    if deployed := mike_versions(project.repo, state.base, foreign):
        raise PublishError(Said("refuse.another-site/mike", branch=branch, versions=deployed))
    if foreign:
        raise PublishError(Said("refuse.another-site", branch=branch, count=len(foreign), files=", ".join(foreign[:3]),
                                more=" …" if len(foreign) > 3 else ""))


def _refuse_pages_by_hand(project: Project, state: BranchState, branch: str) -> None:
    """Files a commit of none of publishing's added beside a language's versions since its last commit (`mike deploy`
    of a version `1.0` by hand, a page of someone's): publishing writes the language's archive pages anew, and removed
    them from the site without a word (histories10); `policy verify` names each. Refused, naming them and the commit."""
    from policysite.writing import last_published

    since = last_published(project, state.base or "")
    bases = [project.settings.base(language.code) for language in project.settings.languages]
    if since is None or not bases:
        return
    added = git.run(project.repo, "diff-tree", "-r", "--no-renames", "--diff-filter=A", "--name-only", since,
                    str(state.base), "--", *bases).splitlines()
    # (named as git.list_files names them, C-quoted where git quotes: each under its base by its name, and looked for
    # in the log by it, or a page named with a quote or a letter not ASCII was never found, histories29)
    beside = sorted(path for path in added for base in bases if git.path_named(path).startswith(f"{base}/")
                    and archive_on_branch({git.path_named(path): ("", "")}, base, project.settings.others))
    if not beside:
        return
    adders: dict[str, tuple[str, str]] = {}  # each file -> the newest commit adding it
    published: set[str] = set()  # those a publication added (one merged in from another clone: its archive pages)
    # A merge's own additions (a `mike deploy` branch merged, a file added while resolving it by hand) are read against
    # its first parent where no commit of either side added the file: `git log` lists none of a merge's changes
    # unless told, and such a page was removed by the next publication without a word (histories12).
    for merges in ((), ("--diff-merges=first-parent",)):
        wanted = [path for path in beside if path not in adders]
        if not wanted:
            break
        named = [f":(literal){git.path_named(path)}" for path in wanted]
        for commit, subject, _fields, path in git.raw_changes(project.repo, "--no-renames", "--diff-filter=A", *merges,
                                                              f"{since}..{state.base}", "--", *named):
            if subject.startswith(PUBLISHING_SUBJECTS):
                published.add(path)
            adders.setdefault(path, (commit, subject))
    found = [path for path in beside if path not in published and path in adders]
    if found:
        commit, subject = adders[found[0]]
        raise PublishError(Said("refuse.pages-by-hand", branch=branch, files=", ".join(map(git.said_name, found[:3])),
                                more=" …" if len(found) > 3 else "", commit=commit[:7], subject=subject[:60]))


def mike_versions(repo: gitpython.Repo, tip: str, files: Iterable[str]) -> list[Said]:
    """The versions plain `mike deploy` put on a branch, read from each of its lists (`fr/versions.json`): "fr:
    2021-02-17, 2022-03-01", one per deploy prefix. Such an archive of the policy was refused as "another site's?",
    the way out not saying it is not this generator's to keep (history hunt 33)."""
    import json

    out = []
    for path in files:
        if path.rpartition("/")[2] != "versions.json" or path.count("/") > 3:
            continue
        try:
            listed = json.loads(git.read_blob(repo, tip, path) or b"")
        except ValueError:
            continue
        names = [entry["version"] for entry in listed if isinstance(entry, dict)
                 and isinstance(entry.get("version"), str)] if isinstance(listed, list) else []
        if names:
            prefix = path.rpartition("/")[0]
            shown = f"{', '.join(sorted(names)[:5])}{' …' if len(names) > 5 else ''}"
            out.append(Said("refuse.mike-deployed", prefix=prefix, versions=shown) if prefix
                       else Said("refuse.mike-deployed/root", versions=shown))
    return out


def refuse_missing_folders(project: Project, state: BranchState, branch: str) -> None:
    """A published version's folder deleted from the branch by hand, its manifest kept: publishing on top would
    leave it a dead address for good (and git's copy of it into latest/ failed with its own words)."""
    if state.base is None or not state.manifests:
        return
    missing = []
    for lang in sorted({code for m in state.manifests.values() for code in m.languages}):
        base = project.settings.base(lang)
        listed = git.run(project.repo, "ls-tree", "--name-only", f"{state.base}:{base}") \
            if git.tree_sha(project.repo, state.base, base) else ""
        present = set(listed.splitlines())
        missing += [f"{base}/{version}/" for version, m in sorted(state.manifests.items())
                    if lang in m.languages and version not in present]
    if missing:
        raise PublishError(Said("refuse.missing-folders", folders=", ".join(missing[:5]) + (" …" if len(missing) > 5
                                                                                            else ""), branch=branch))


def refuse_unconfigured(project: Project, state: BranchState, branch: str) -> None:
    """A language published and no longer configured: publishing on without it would leave its versions.json
    naming an older version in force, and `verify` failing on every file of it."""
    refuse_unconfigured_in(project, state.manifests, branch)


def refuse_unconfigured_in(project: Project, manifests: Mapping[str, mf.VersionManifest], branch: str, *,
                           exporting: bool = False) -> None:
    """`refuse_unconfigured` of the versions `manifests` (those of the branch `policy export` copies: `exporting`, whose
    refusal says nothing was exported; it said every file of the renamed language was edited by hand)."""
    published = set().union(*(m.languages for m in manifests.values())) if manifests else set()
    gone = sorted(published - {language.code for language in project.settings.languages})
    renamed = renamed_said(project.settings, manifests.values(), branch)
    done = "/export" if exporting else ""
    if renamed:
        raise PublishError(Said("refuse.renamed" + done, branch=branch, items=renamed))
    if gone:
        raise PublishError(Said(("refuse.unconfigured/one" if len(gone) == 1 else "refuse.unconfigured") + done,
                                languages=", ".join(gone), branch=branch))


def refuse_local_address(project: Project, *, push: bool) -> None:
    """Nothing is pushed while the site's address is this machine's (`policy init`'s http://127.0.0.1:8000/, for
    `make serve`): every version pushed names it for good. The project's Makefile guarded
    `make publish` with a pattern that `'http://127.0.0.1:8000/'` (single quotes), `[::1]` or `0.0.0.0` passed, and a
    pull request may change the Makefile (safety hunt 35)."""
    from policysite.addresses import browser_host, this_machine

    url = project.settings.public_url
    if push and this_machine(browser_host(urlsplit(url).hostname or "")):
        raise PublishError(Said("refuse.local-address", url=url))


def refuse_no_remote(project: Project, *, remote: str, push: bool) -> None:
    """Nothing is published to be pushed to a remote the repository lacks (company11: a new site's first `make
    publish` published on the local gh-pages, then said git's "'origin' does not appear to be a git repository" and
    four lines of its hints): a remote of the repository, or an address or folder given as one (`--remote
    ../mirror.git`, `--remote https://…`), is pushed to; a bare word that is neither is refused before anything."""
    if not push or remote in {r.name for r in project.repo.remotes} or any(mark in remote for mark in ":/\\"):
        return
    if Path(remote).exists() or (project.root / remote).exists():
        return
    raise PublishError(Said("refuse.no-remote", remote=remote))


def refuse_unfetched(project: Project, *, branch: str, remote: str, push: bool) -> None:
    """A clone that fetches other branches of `remote` only (`git clone --single-branch`) has no copy of its published
    archive: publishing without --push (which fetches it) started another archive beside it, every version dated
    as published today, that an export or a deploy of the branch would serve in its place (history hunt 33)."""
    if push or git.rev_parse(project.repo, f"refs/heads/{branch}") \
            or git.rev_parse(project.repo, f"refs/remotes/{remote}/{branch}") or git.shallow_boundary(project.repo):
        return  # (a shallow clone, single-branch too, is refused first for the history it lacks: fetched, for this)
    if unfetched(project.repo, remote, branch):
        raise PublishError(Said("refuse.unfetched", branch=branch, remote=remote))


def refuse_branch_name(project: Project, branch: str) -> None:
    """The archive's branch is a branch of its own: a valid name, not HEAD, not a ref path or a remote's branch,
    and not checked out (publishing would move it under a working tree, the project's or a worktree's)."""
    # (`--branch` reads `@` and `@{-1}` as the branch checked out, or the one before: `-b @` made refs/heads/@, a
    # branch git itself refuses to name, and `@{-1}` was refused by git only after every version was built)
    name_ok = git.run_ok(project.repo, "check-ref-format", f"refs/heads/{branch}") if branch else False
    remotes = {remote.name for remote in project.repo.remotes}
    # A first part git reads as a ref path (`heads/main` is refs/heads/main, the source, before refs/heads/heads/main)
    ambiguous = branch.split("/", 1)[0] in ("refs", "heads", "tags", "remotes") if "/" in branch else False
    if not name_ok or branch in ("HEAD", "@") or ambiguous or branch.startswith("-") \
            or branch.split("/", 1)[0] in remotes:
        raise PublishError(Said("refuse.branch-name", branch=branch))
    # (not `-z`: git 2.36 and later only, and Ubuntu 22.04 has 2.34)
    for tree in git.run(project.repo, "worktree", "list", "--porcelain").split("\n\n"):
        fields = dict(field.partition(" ")[::2] for field in tree.splitlines() if field)
        if fields.get("branch") != f"refs/heads/{branch}":
            continue
        # Where, and the way out there: a worktree whose folder is gone still holds its branch until pruned, and
        # "publish onto a branch of its own, such as gh-pages" was no way out for gh-pages itself (history hunt 33).
        where = fields.get("worktree", "")
        if "prunable" in fields:
            way = Said("refuse.checked-out/prune")
        elif Path(where).resolve() == Path(project.repo.working_tree_dir or "").resolve():
            way = Said("refuse.checked-out/here")
        else:
            way = Said("refuse.checked-out/worktree", path=shlex.quote(where))
        raise PublishError(Said("refuse.checked-out", branch=branch, where=where, way=way))


def refuse_dropped_documents(project: Project, state: BranchState, branch: str) -> None:
    """A further document published (its manifests in `manifest/<id>/`) and no longer configured: the archive's
    pages, rewritten without it, would delete every version of it from the site."""
    if state.base is None:
        return
    names = git.list_files(project.repo, state.base, mf.DIRECTORY)
    published = {name.split("/", 1)[0] for name in names
                 if re.fullmatch(r"[^/]+/\d{4}-\d{2}-\d{2}\.json", name)} - {assets.FOLDER}
    gone = sorted(published - {doc.id for doc in project.settings.all_documents})
    if gone:
        raise PublishError(Said("refuse.dropped-documents", documents=", ".join(gone), branch=branch,
                                folder=f"{mf.DIRECTORY}/{gone[0]}"))


def head_is_dated(project: Project, *, versions: bool = True) -> None:
    """HEAD's page is a version or the same text as one: a page whose date cannot be read, or that is gone, was
    passed over by the history's scan, and a daily `policy history` said nothing of the text at HEAD. Without dated
    `versions` (a new site), a page not yet committed is no refusal; one committed as a symbolic link (or in a linked
    folder or a submodule), or without a date, is: history said "write it and commit it", exit 0 (histories3)."""
    path = project.paths[project.settings.authoritative]
    head = git.rev_parse(project.repo, "HEAD")
    if head and (linked := source.linked_folder(project.repo, head, path)):
        raise PublishError(Said("publish.nothing-linked", linked=[linked]))
    page = git.read_blob(project.repo, "HEAD", path)
    if page is None and not versions:
        return
    if page is None:
        raise PublishError(Said("refuse.head-missing", path=path, why=not_committed(project, "HEAD", [path])))
    if hist.lfs_pointer(page):
        raise PublishError(Said("publish.lfs-pointer", path=path, commit=head[:7] if head else "HEAD"))
    if hist.date_of(page.decode("utf-8", "replace"), path=path, lang=project.settings.authoritative) is None:
        raise PublishError(undated(project, path))


def undated(project: Project, path: str, *, untagged: Said | None = None) -> Said:
    """Why HEAD's undated page is refused: where tags name its commits' days (a history kept by tags, `v2021-02-17`,
    not front matter), which tag gives which commit which day, to be written in each text's front matter (the day a
    version takes effect is its text's: the gate, the page and the archive read it there), or the tag at fault; it was
    said to have "no date that can be read", the tags unsaid (histories12). Where no tag names a day: `untagged`
    (`policy publish`'s words), else refuse.head-undated."""
    tagged = hist.page_tag_days(project.repo, path)
    if faults := [(commit, wrong) for commit, _day, _tag, wrong in tagged if wrong]:
        commit, wrong = faults[0]
        return Said("refuse.head-undated/tag-fault", path=path, fault=hist.tag_fault(wrong, commit=commit, path=path))
    if tagged:
        days = [(commit, day, tag) for commit, day, tag, _wrong in tagged if day is not None and tag is not None]
        items = [Said("refuse.head-undated/tag-item", tag=tag.tag, commit=commit[:7], day=day.isoformat())
                 for commit, day, tag in days]
        return Said("refuse.head-undated/tags", path=path, items=items, day=days[0][1].isoformat())
    return untagged or Said("refuse.head-undated", path=path)


def not_committed(project: Project, head: str, missing: list[str]) -> list[Said]:
    """Why each page of `missing` is not at `head`, in words: removed by a commit, named by its id, subject and day,
    with the way to put it back (tidy1: a commit that removed both pages was said to leave them "not committed"), or
    never committed. `policy history` said only "restore it" (session 39: which commit, of a history of hundreds?)."""
    removed: dict[tuple[str, str, str], list[str]] = {}
    never: list[str] = []
    for path in missing:
        found = git.run(project.repo, "log", "-1", "--format=%H%x00%cs%x00%s", head, "--", path).strip().split("\0")
        if len(found) == 3:
            removed.setdefault((found[0], found[1], git.readable(found[2])), []).append(path)
        else:
            never.append(path)
    items = []
    for (sha, day, subject), paths in removed.items():
        # a page moved (`git mv`) where the configuration does not read it: said where it went, not "removed"
        moved = _moved_by(project.repo, sha, paths)
        items += [Said("publish.moved/item", path=path, new=moved[path], commit=sha[:7], day=day, subject=subject,
                       back=f"{shlex.quote(moved[path])} {shlex.quote(path)}") for path in paths if path in moved]
        if gone := [path for path in paths if path not in moved]:
            items.append(Said("publish.removed/item", paths=", ".join(gone), count=len(gone), commit=sha[:7], day=day,
                              subject=subject, restore=" ".join(shlex.quote(path) for path in gone)))
    return items + ([Said("publish.not-committed/item", paths=", ".join(never), count=len(never))] if never else [])


def _moved_by(repo: gitpython.Repo, commit: str, paths: list[str]) -> dict[str, str]:
    """The pages of `paths` that `commit` renamed (as git pairs them by likeness, against its first parent) -> where."""
    if git.rev_parse(repo, f"{commit}^1") is None:
        return {}
    tokens = iter(git.run(repo, "diff", "--name-status", "-M", "-z", f"{commit}^1", commit).split("\0"))
    moved = {}
    for status in tokens:  # `R100 old new`, a copy's `C…` alike; any other status names one path
        old, new = next(tokens, ""), (next(tokens, "") if status[:1] in ("R", "C") else "")
        if status.startswith("R") and old in paths:
            moved[old] = new
    return moved


def out_of_order(project: Project, version: hist.DatedVersion, sources: Mapping[str, bytes],
                  latest: str) -> gate.Refusal:
    """A version not published, dated before the newest published one: as `policy publish`, refused (publishing
    it would change what the archive says was in force, and the published version after it). Its commit keeps the
    date in the branch's history: a new date in a new commit alone left it refused at every run (history hunt 33)."""
    authoritative = project.settings.authoritative
    text = sources[authoritative].decode("utf-8", "replace")
    line = document.parse(text, path=project.paths[authoritative], lang=authoritative).meta_lines.get("date", 1)
    return gate.Refusal(version.version, version.commit, (Finding.of(
        project.paths[authoritative], line, "history.order", version=version.version, latest=latest,
        commit=version.commit[:7], file=gate.EXCEPTIONS_FILE),))


def dropped(project: Project, languages: dict[str, set[str]], version: str) -> str:
    """Why `version` cannot go without a language an earlier version has ("" if it can): a translation may
    start with a later version, but once published every later version has it, or its `latest` would be
    an older text than the one in force."""
    had = set().union(*(codes for v, codes in languages.items() if v < version))
    lost = sorted(had - languages[version])
    if not lost:
        return ""
    return Said("publish.dropped", pages=", ".join(project.paths[code] for code in lost))


def bringing_back(published: list[str], *, today: dt.date, after: str = "", notice_days: int = 30,
                  words: list[str] | None = None) -> str:
    """What a text dated before published versions (a revert) does, and the way to bring it back: a version announced
    ahead still takes effect on its date whatever main holds (legal hunt 36: "the site keeps the newest in force; give
    it a new date" was said of a withdrawn announcement, which no date before it could undo). The soonest date is
    said for both kinds of change: "the next day, with the notice a material change needs" read as the next day, which
    the notice rule then refused for a material one (archive hunt 22, finding 4).

    `words`, where known, are the published versions whose words the text dated `after` has: the version `after` itself
    (a revert: the text brought back), a later one (that version re-dated backwards: its date is put back, nothing is
    brought back), an earlier one (its words brought back under another date, still too early), or none (a text never
    published); each was told to "bring this text back, give it a new date" (histories5)."""
    newest = max(v for v in published if v > after) if after else max(published)
    soonest = dt.date.fromisoformat(newest) + dt.timedelta(days=1)
    same = sorted(words) if words is not None else [after]
    if after not in same and same and same[-1] > after:  # (a version's words may be a later one's: a translation
        return Said("revert.redated", version=same[-1], date=after)  # corrected, the authoritative text unchanged)
    if dt.date.fromisoformat(newest) > today:
        material = max(soonest, today + dt.timedelta(days=notice_days))
        return Said("revert.ahead" if material == soonest else "revert.ahead/material", newest=newest,
                    soonest=soonest.isoformat(), material=material.isoformat(), notice_days=notice_days)
    if not same:
        return Said("revert.kept/new", newest=newest)
    return Said("revert.kept" if after in same else "revert.kept/again", newest=newest, version=same[-1], date=after)
