"""Name a version of the policy (`2021-02-17`, `latest`, `worktree`) and get its text in one language."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from policysite import (
    anchors,
    branch as branch_state,
    checks,
    clock,
    document,
    gate,
    git,
    history,
    imagefiles,
    messages,
    periods,
    redline,
    settings as policy_settings,
)
from policysite.messages import Said
from policysite.source_branch import publishing_branch

if TYPE_CHECKING:
    import git as gitpython

# `latest`: the version in force today, as the site's latest/; `newest`: the newest published, a version announced
# ahead included (what a pull request's change comes after); `worktree`: the files as they are.
LATEST, NEWEST, WORKTREE = "latest", "newest", "worktree"


class SideError(Exception):
    """A side of a comparison names no version that exists."""


class NoPage(SideError):
    """The version named has no page in the language asked (a language the site added after it): compared with the
    working tree, whose text is then all new (legal17: a pull request adding a language failed its redline step)."""

    def __init__(self, said: str, *, version: str) -> None:
        super().__init__(said)
        self.version = version


@dataclass(frozen=True)
class Side:
    """A resolved version: how the user named it, its date and its parsed page."""

    name: str
    label: str
    policy: document.Policy
    # its sections' anchors (`s3`) -> the id its page has them by, where they differ: a published version's as its
    # manifest records them (anchors.page_ids; an older rule's `article-3`)
    ids: dict[str, str] = field(default_factory=dict)
    # a published version's: the versions the archive holds (what a redline against it may leave unpublished between)
    archived: frozenset[str] = frozenset()
    text: str = ""  # the working tree's: the page as written (brought_back reads its words)


def _no_archive(repo: gitpython.Repo, branch: str) -> Said:
    """What to fetch where the clone holds no copy of the archive's branch at all: a pull request's clone of a fork
    (GitHub copies main alone) was told to publish a version with `policy publish` (legal16). The site's repository
    is the remote other than origin where there is one (a fork's upstream), else origin."""
    names = [remote.name for remote in repo.remotes]
    if not names:  # (a site of this folder alone: none published yet)
        return Said("diff.none-published", branch=branch)
    remote = next((name for name in names if name != branch_state.REMOTE), names[0])
    return Said("diff.no-archive", branch=branch, fetch=f"git fetch {remote} {branch}:{branch}")


def resolve(name: str, *, root: Path, lang: str, branch: str = branch_state.BRANCH, doc: str = "") -> Side:
    """The policy called `name` (one of the site's documents, `""` the first): a published or committed date,
    `latest` (the version in force today, as the site's latest/), or the working tree."""
    try:
        settings = policy_settings.load(root).for_document(doc)
    except policy_settings.SettingsError as exc:
        raise SideError(messages.text_of(exc)) from None
    if name == WORKTREE:
        if all(code.code != lang for code in settings.languages):  # (else: a language never published, refused)
            raise SideError(_worktree_dropped(root, settings, lang=lang, branch=branch))
        policy, file = checks.load_policy(root, settings, lang)
        unread = [f for f in policy.problems if f.rule in checks.UNREAD]
        if unread:  # a page that cannot be read (a FIFO, safety73) is no text: never "every section deleted"
            one = unread[0]
            raise SideError(messages.prefixed(one.path, Said(one.key, **dict(one.fields)) if one.key else one.message))
        # its images' files as they are (their digests: an image replaced under the same name is one)
        try:
            folder, page = root, file.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:  # (a docs folder out of the project)
            folder, page = file.parent, file.name
        return Side(name, "working tree", imagefiles.with_digests(policy, imagefiles.folder_reader(folder),
                                                                  page=page),
                    text=file.read_bytes().decode("utf-8", "replace"))
    repo = git.open_repo(root)
    read, state = _archive(repo, settings, branch)
    # a language published and configured no longer (German dropped after two versions): the branch still serves its
    # texts, which `policy at` answers (at.dropped); diff said "this site publishes no German text" (histories27)
    dropped = _dropped(settings, state, lang)
    if name in (LATEST, NEWEST):
        if state.latest is None:
            raise SideError(Said("diff.none-published", branch=branch) if read is not None
                            else _no_archive(repo, branch))
        # latest as the site's latest/, in force today; newest, the last published
        name = periods.current(state.versions, today=clock.today()) if name == LATEST else max(state.versions)
    try:
        date = dt.date.fromisoformat(name)
    except ValueError:
        raise SideError(Said("diff.not-a-version", name=name)) from None
    version = name
    recorded: list[str] = []
    if version in state.manifests and lang in state.manifests[version].languages:
        source = state.manifests[version].languages[lang].source
        recorded = state.manifests[version].languages[lang].ids
        commit, page = source.commit, source.path
        data = history.published_text(repo, commit=source.commit, path=source.path, sha256=source.sha256)
        where = f"published {version}"
        if data is None and not git.rev_parse(repo, source.commit):
            # a full clone cannot fetch --unshallow: main was rewritten (squashed, force-pushed) since the publication
            raise SideError(Said("diff.commit-gone" if git.shallow_boundary(repo) else "diff.commit-gone/rewritten",
                                 version=version, commit=source.commit[:7], sha=source.commit))
        if data is None and git.read_blob(repo, source.commit, source.path) is not None:
            raise SideError(Said("diff.manifest-edited", version=version, path=source.path, commit=source.commit[:7]))
    else:
        dated = history.find_versions(repo, root=root, settings=settings)
        found = {v.version: v for v in dated.versions}
        if version not in found:
            known = sorted(set(found) | set(state.manifests))
            if dated.shallow and (not known or version < known[0]):
                raise SideError(Said("diff.no-version/shallow", version=version, known=", ".join(known),
                                     stops=[sha[:7] for sha in dated.shallow]))
            raise SideError(Said("diff.no-version" if known else "diff.no-version/none", version=version,
                                 known=", ".join(known)))
        path = found[version].paths_or(history.policy_paths(root, settings, repo)).get(lang)
        if path is None:  # (a language the configuration no longer lists: the versions it published have it)
            raise NoPage(_no_page(version, lang, dropped, state), version=version)
        data = git.read_blob(repo, found[version].commit, path)
        commit, page = found[version].commit, path
        where = f"{version} (commit {found[version].commit[:7]})"
    if data is None:
        raise NoPage(_no_page(version, lang, dropped, state), version=version)
    text = data.decode("utf-8")
    policy = document.parse(text, path=f"{lang}@{version}", lang=lang)
    # its images' files as its commit holds them (their digests: an image replaced under the same name is one)
    policy = imagefiles.with_digests(policy, imagefiles.commit_reader(repo, commit, ""), page=page)
    if policy.date != date:
        where += f", dated {policy.date}"
    return Side(version, where, policy, anchors.page_ids(text, lang=lang, ids=recorded) if recorded else {},
                frozenset(state.manifests) if version in state.manifests else frozenset())


def _archive(repo: gitpython.Repo, settings: policy_settings.Settings,
             branch: str) -> tuple[branch_state.Reading | None, branch_state.BranchState]:
    """The copy of the archive's branch a comparison reads (branch.reading: the local branch, else origin's), and its
    state (its versions' records), a history cut short by a shallow fetch read too."""
    read = branch_state.reading(repo, branch)
    state = branch_state.read_copy(repo, read, directory=settings.manifest_dir, cut_ok=True) if read else \
        branch_state.read_branch(repo, branch=branch, remote=None, directory=settings.manifest_dir, cut_ok=True)
    return read, state


def _worktree_dropped(root: Path, settings: policy_settings.Settings, *, lang: str, branch: str) -> Said:
    """Why the working tree has no `lang` text where the configuration no longer lists `lang` and the branch serves
    its texts (German dropped after two versions): `policy diff 2022-03-01 worktree --lang de` said "this site
    publishes no German text" of a site serving two (histories28). Refused as settings.language refuses it where the
    branch holds none either."""
    _read, state = _archive(git.open_repo(root), settings, branch)
    dropped = _dropped(settings, state, lang)
    return Said("diff.worktree-dropped" if len(dropped) > 1 else "diff.worktree-dropped/one", lang=lang,
                versions=", ".join(dropped), first=dropped[0], last=dropped[-1])


def _dropped(settings: policy_settings.Settings, state: branch_state.BranchState, lang: str) -> list[str]:
    """The versions of `state`'s branch holding a `lang` text where the configuration no longer lists `lang` (its
    texts published, then the language dropped), oldest first; [] where it lists it. A language neither configured nor
    ever published is refused as before (settings.language)."""
    if any(code.code == lang for code in settings.languages):
        return []
    published = sorted(version for version, record in state.manifests.items() if lang in record.languages)
    if not published:
        settings.language(lang)
    return published


def _no_page(version: str, lang: str, dropped: list[str], state: branch_state.BranchState) -> Said:
    """Why `version` has no `lang` page: where the language was dropped, the versions that have one; where it was
    added later, the first published version that has one, the comparison asked for (histories28: "version
    2022-03-01 has no German page" left the reader to find where German starts)."""
    if dropped:
        return Said("diff.no-page/dropped", version=version, lang=lang, versions=", ".join(dropped))
    later = sorted(v for v, record in state.manifests.items() if v > version and lang in record.languages)
    if later:
        return Said("diff.no-page/later", version=version, lang=lang, first=later[0])
    return Said("diff.no-page", version=version, lang=lang)


def compare(old: str, new: str, *, root: Path, lang: str, branch: str = branch_state.BRANCH,
            doc: str = "", said: list[str] | None = None, back: list[str] | None = None) -> redline.Redline:
    """The redline from version `old` to version `new` in `lang` (of one of the site's documents); into `said`, what
    publishing the edited text (`new` the working tree, `old` a version) would refuse of its front matter; into
    `back`, the earlier published version whose words the edited text brings back (brought_back)."""
    absent: list[str] = []
    first, second = (_resolved(name, WORKTREE in (old, new), root=root, lang=lang, branch=branch, doc=doc,
                               absent=absent) for name in (old, new))
    # Two versions compared say what changed from the older to the newer, whichever is named first, as the site's
    # compare page orders them (compare.js): `diff 2020-06-30 2019-03-04` is no redline run backwards, and the working
    # tree, what is about to be published, is the newest of all (`diff worktree latest` ran the edit backwards).
    if _newness(first) > _newness(second):
        first, second = second, first
    before, after = first.policy, second.policy
    source = _source(second, root=root, lang=lang, branch=branch, doc=doc)
    result = redline.diff(before, after, source=source)
    result.old_edited, result.new_edited = first.name == WORKTREE, second.name == WORKTREE
    result.old_ids, result.new_ids = first.ids, second.ids
    if said is not None:
        said += absent
    if back is not None and result.changed and result.new_edited and not result.old_edited and not absent:
        back += [version] if (version := brought_back(first, second, root=root, lang=lang, branch=branch,
                                                       doc=doc)) else []
    if said is not None and result.new_edited and not result.old_edited and not absent:
        said += behind_published(first, root=root, lang=lang, branch=branch, doc=doc)
        said += repeated_front_matter(before, after, changed=result.changed, today=clock.today())
        said += unpublished_between(first, root=root, doc=doc, until=after.date)
        settings = policy_settings.load(root)
        if lang == settings.authoritative:  # (what `policy check` says of `change: editorial`, against this version)
            from policysite import change_class

            said += [Said("said.finding", path=found.path, line=found.line, mark="", rule=found.rule,
                          text=Said(found.key, **dict(found.fields)))  # (said after `warning:` already)
                     for found in change_class.check(before, after, version=first.name,
                                                     notice_days=settings.notice_days)]
    return result


def brought_back(old: Side, new: Side, *, root: Path, lang: str, branch: str = branch_state.BRANCH,
                 doc: str = "") -> str:
    """The newest published version but `old` whose page in `lang` has the words of the edited text `new` (the working
    tree), its front matter aside and its spaces read alike: a text reverted to an earlier one, which its redline
    against `old` showed as changes like any other (legal29: the team was not told it brings back the version of 1 May
    2024, nor to say so in its `summary:`). "" for none, or where no archive is read. Its published texts are read by
    one `git cat-file --batch`."""
    if not new.text or not old.archived:
        return ""
    settings = policy_settings.load(root).for_document(doc)
    repo = git.open_repo(root)
    state = _archive(repo, settings, branch)[1]
    candidates = [(version, entry.source) for version, manifest in sorted(state.manifests.items(), reverse=True)
                  if version != old.name and (entry := manifest.languages.get(lang)) is not None]
    if not candidates:
        return ""
    words = " ".join(document.body(new.text).split())
    texts = git.texts_at(root, [f"{source.commit}:{source.path}" for _, source in candidates])
    return next((version for (version, _), data in zip(candidates, texts)
                 if data is not None and " ".join(document.body(data.decode("utf-8", "replace")).split()) == words),
                "")


def behind_published(side: Side, *, root: Path, lang: str, branch: str = branch_state.BRANCH,
                     doc: str = "") -> list[Said]:
    """Where the edited text is compared with a published version (`side`) whose text the history of HEAD does not
    hold (two pull requests in flight: the other one merged and published after this branch was made from main): that
    this redline is against the text now published, not the one the branch started from (the newest published version
    its history holds), and so shows what was published since as undone by this text, in the sections named, and how
    to bring it in (legal30: the second pull request's redline showed the first's `5 years` struck back to `3 years` as
    its own change, in no word)."""
    if not side.archived:
        return []
    settings = policy_settings.load(root).for_document(doc)
    repo = git.open_repo(root)
    if not repo.head.is_valid():
        return []
    state = _archive(repo, settings, branch)[1]

    def held(version: str) -> bool:
        record = state.manifests.get(version)
        sources = [entry.source for entry in record.languages.values()] if record else []
        return any(git.is_ancestor(repo, source.commit, "HEAD")
                   or history.text_commit(repo, path=source.path, sha256=source.sha256) for source in sources)

    if side.name not in state.manifests or held(side.name):
        return []
    base = next((version for version in sorted(state.manifests, reverse=True) if version < side.name
                 and held(version)), "")
    sections = ""
    if base:
        try:
            since = redline.diff(resolve(base, root=root, lang=lang, branch=branch, doc=doc).policy, side.policy)
        except SideError:  # (no page of that version in `lang`: the sections go unnamed)
            since = None
        sections = ", ".join(" ".join(part for part in (document.label_of(each.number, each.mark), each.title)
                                      if part) for each in since.sections if each.changed) if since else ""
    source = publishing_branch(repo, configured=settings.publish_from, remote=branch_state.REMOTE) or "main"
    tracked = git.rev_parse(repo, f"refs/remotes/{branch_state.REMOTE}/{source}")
    commit = next(iter(state.manifests[side.name].languages.values())).source.commit
    return [Said("diff.behind" if base else "diff.behind/unknown", version=side.name, base=base, commit=commit[:7],
                 sections=sections, source=f"{branch_state.REMOTE}/{source}" if tracked else source)]


def unpublished_between(side: Side, *, root: Path, doc: str = "", until: dt.date | None = None) -> list[Said]:
    """Where the edited text (dated `until`) is compared with a published version (`side`) and the branch commits
    dated versions between the two that the archive lacks (merged, not yet published: gh-pages behind main): that the
    redline shows their changes as this one's, and how to see this change alone (legal21: a pull request's reviewer
    read two earlier versions' changes as the pull request's, in no word). The edited text's own date, committed (a
    pull request's merge on CI), is its own."""
    if not side.archived or until is None:
        return []
    settings = policy_settings.load(root).for_document(doc)
    repo = git.open_repo(root)
    try:
        skipped = frozenset(gate.exceptions(repo, root=root))
    except gate.GateError:  # (the list of versions never published unreadable: `policy check` names it)
        skipped = frozenset()
    committed = [v.version for v in history.find_versions(repo, root=root, settings=settings, skip=skipped).versions]
    between = sorted(version for version in committed
                     if side.name < version < until.isoformat() and version not in side.archived)
    if not between:
        return []
    return [Said("diff.unpublished-between", count=len(between), version=side.name, versions=", ".join(between),
                 newest=between[-1])]


def _resolved(name: str, edited: bool, *, root: Path, lang: str, branch: str, doc: str, absent: list[str]) -> Side:
    """`resolve(name)`; where the version has no page in `lang` and the other side is the working tree (`edited`), an
    empty page, its absence said into `absent`: the language is new, its whole text an insertion."""
    try:
        return resolve(name, root=root, lang=lang, branch=branch, doc=doc)
    except NoPage as exc:
        if not edited or name == WORKTREE:
            raise
        absent.append(Said("diff.new-language", lang=lang, version=exc.version))
        return Side(exc.version, f"{exc.version} (no {lang} page)",
                    document.parse("", path=f"{lang}@{exc.version}", lang=lang))


def _source(side: Side, *, root: Path, lang: str, branch: str, doc: str) -> document.Policy | None:
    """For a translation, the authoritative page of the same version (or working tree), whose `announced:` and
    `change:` are the version's, as the build's changes page and Word file read them (archive.changes_of,
    document.notice_page): `policy diff` said nothing of its announcement, and called a version marked editorial in
    French material in English. None for the authoritative language, or without such a page."""
    authoritative = policy_settings.load(root).for_document(doc).authoritative
    if lang == authoritative:
        return None
    try:
        return resolve(side.name, root=root, lang=authoritative, branch=branch, doc=doc).policy
    except SideError:  # (no authoritative page of that version: nothing to say)
        return None


def _newness(side: Side) -> tuple[bool, str]:
    """Where a side stands in time: the working tree after every dated version, the dates in their order."""
    return side.name == WORKTREE, side.name


def repeated_front_matter(old: document.Policy, new: document.Policy, *, changed: bool,
                          today: dt.date) -> list[str]:
    """The front matter of the version compared with, left in the edited text, that publishing refuses
    (gate.repeated_summary): said by the pull request's redline, before the merge's publication fails."""
    from policysite.repeated_front import repeated

    keys = repeated(old, new, changed=changed, today=today)
    found: list[str] = []
    if "summary" in keys:
        found.append(Said("diff.summary-repeated", path=new.path, date=str(old.date)))
    if "announced" in keys and new.announced:
        found.append(Said("diff.announced-repeated", path=new.path, announced=new.announced.isoformat(),
                          date=str(old.date)))
    return found
