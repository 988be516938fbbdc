"""Whether a published version's manifest names the text its pages were built from, checked on the branch's tip
alone (no walk of its history, the same cost at any number of versions).

A manifest is a file of the branch: edited by hand with both its commit and its SHA-256 set to a draft's, it is
consistent with itself, and publishing took its word (`policy publish` said the draft "already on gh-pages with this
text", `policy history --rebuild` rebuilt the version from the draft, the next version's changes page compared it with
the draft). The version's `policy.json`, published with it, records the digest of the text it was built from and that
text's words: the manifest's text must be that one. (A forger who rewrites the manifest, the JSON and the pages alike
has rewritten the version: `policy verify` rebuilds each version and names a manifest whose text changed since the
branch first added it.)

So for the aliases a manifest records (the older ids that land on each section), which the next version carries on:
edited by hand, they reached the next version's page unchecked (another section's dated id, which sends the version
selector elsewhere; an id the page's own elements or scripts use). They must be the ones its published page has.

A rebuild (`policy history --rebuild`) reads the whole archive anyway: what it would carry from the branch as it finds
it (a PDF of an unchanged print key, where a version's links landed) is read against the manifests the branch's
history first added (kept_by_rebuild)."""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

import git as gitpython
from selectolax.lexbor import LexborHTMLParser

from policysite import export, git, history, manifest as mf
from policysite.anchors import REMOVED_ATTRIBUTE, SPLIT
from policysite.messages import Said

PAGE = "index.html"


def forged(repo: gitpython.Repo, rev: str, manifest: mf.VersionManifest, *,
           base: Callable[[str], str]) -> list[str]:
    """What is wrong with `manifest`'s word for its text, one line a language ([] when its policy.json on the branch
    (`rev`) was built from the text it names, or the version has none to tell: published before policy.json was).
    `base`: a language's folder on the branch (`fr`, `fr/cookies`)."""
    return forged_all(repo, rev, [manifest], base=base)[manifest.version]


def forged_all(repo: gitpython.Repo, rev: str, manifests: Iterable[mf.VersionManifest], *,
               base: Callable[[str], str], published: Mapping[str, str] | None = None) -> dict[str, list[str]]:
    """`forged` of each of `manifests`, by version, every policy.json read in one pass of git: two git processes for
    the whole archive (a rebuild asked two a version, some 4 ms of CPU a version). Streamed: one file in memory at a
    time. A path git's batch could not read as one line is read alone, as `forged` read it. `published`: the commit
    that first added each version's manifest, whose policy.json is read where the branch's is gone (its folder removed
    or renamed by hand: `policy history` said to rebuild, and the rebuild refused "the publication record was edited",
    histories25)."""
    manifests = list(manifests)
    wanted = [(manifest, lang, path) for manifest in manifests
              for lang, path in sorted(_wanted(manifest, export.FILE, base=base).items())]
    together = [one for one in wanted if not _LINE_BREAKS.intersection(one[2])]
    alone = [one for one in wanted if _LINE_BREAKS.intersection(one[2])]
    found: dict[tuple[str, str], str | None] = {}
    for batch in [together, *([one] for one in alone)]:
        blobs = git.object_ids(repo, [f"{rev}:{path}" for _manifest, _lang, path in batch])
        gone = [n for n, blob in enumerate(blobs) if not blob and (published or {}).get(batch[n][0].version)]
        for n, blob in zip(gone, git.object_ids(repo, [f"{(published or {})[batch[n][0].version]}:{batch[n][2]}"
                                                      for n in gone]), strict=True):
            blobs[n] = blob
        with contextlib.closing(git.read_objects(repo, [blob for blob in blobs if blob])) as contents:
            for (manifest, lang, path), blob in zip(batch, blobs, strict=True):
                found[manifest.version, lang] = _forged_file(repo, manifest, lang, path,
                                                             next(contents)[1] if blob else None)
    problems: dict[str, list[str]] = {manifest.version: [] for manifest in manifests}
    for manifest, lang, _path in wanted:
        if (problem := found[manifest.version, lang]) is not None:
            problems[manifest.version].append(problem)
    return problems


_LINE_BREAKS = frozenset("\n\r")


def _forged_file(repo: gitpython.Repo, manifest: mf.VersionManifest, lang: str, path: str,
                 data: bytes | None) -> str | None:
    """What is wrong with `manifest`'s word for its text in `lang`, its policy.json at `path` holding `data` (None:
    gone from the branch); None when nothing is."""
    entry = manifest.languages[lang]
    said = functools.partial(Said, version=manifest.version, lang=lang, commit=entry.source.commit[:7],
                             sha256=entry.source.sha256[:12], path=path)
    if data is None:
        return said("provenance.forged/gone")
    if mf.sha256(data) != entry.files[export.FILE]:
        return said("provenance.forged/edited")
    try:
        published = json.loads(data)
        built_from = str(published["source"]["sha256"])
    except (ValueError, KeyError, TypeError):
        return said("provenance.forged/unsaid")
    if built_from != entry.source.sha256:
        return said("provenance.forged/other", built=built_from[:12])
    text = history.published_text(repo, commit=entry.source.commit, path=entry.source.path,
                                  sha256=entry.source.sha256)
    if text is None or hashlib.sha256(text).hexdigest() != entry.source.sha256 or \
            not export.comparable(published, text):
        return None  # a text this clone lacks is said where it is read; an older export's words are not today's
    try:
        expected = export.words_of(text, lang=lang)
    except ValueError:
        return None  # a text that no longer reads (the checks say why where it is published)
    if export.words(published) != expected:
        return said("provenance.forged/words")
    return None


def aliases_unlike_page(repo: gitpython.Repo, rev: str, manifest: mf.VersionManifest, *,
                        base: Callable[[str], str]) -> list[str]:
    """What is wrong with the aliases `manifest` records, one line a language ([] when they are the ones its published
    page on the branch (`rev`) has: a `span.policy-alias` in the heading of each section, and one in no heading for each
    dated id of a section removed before it, recorded under no section's id: anchors.with_aliases)."""
    wanted, pages = _files_on_branch(repo, rev, manifest, PAGE, base=base)
    problems: list[str] = []
    for lang, path in sorted(wanted.items()):
        entry = manifest.languages[lang]
        said = functools.partial(Said, version=manifest.version, lang=lang, path=path)
        if lang not in pages:
            if entry.aliases:
                problems.append(said("provenance.aliases/gone"))
            continue
        if mf.sha256(pages[lang]) != entry.files[PAGE]:
            if entry.aliases:
                problems.append(said("provenance.aliases/edited"))
            continue
        shown = set()
        for span in LexborHTMLParser(pages[lang].decode("utf-8", "replace")).css("span.policy-alias"):
            parent = span.parent
            shown.add((str(parent.attributes.get("id") or "") if parent is not None else "",
                       str(span.attributes.get("id") or span.attributes.get(REMOVED_ATTRIBUTE) or "")))
        # (the sections split off another, SPLIT, are no alias: their heading's data-policy-split-off says them)
        recorded = {(section, alias) for section, aliases in entry.aliases.items() if section != SPLIT
                    for alias in aliases}
        if recorded != shown:
            odd = sorted(recorded - shown) or sorted(shown - recorded)
            problems.append(said("provenance.aliases/" + ("recorded" if recorded - shown else "shown"),
                                 ids=", ".join(f"#{section} \u2190 {alias!r}" for section, alias in odd[:3])
                                 + (" …" if len(odd) > 3 else "")))
    return problems


@dataclass(frozen=True)
class Kept:
    """What a rebuild must not take from the branch as it finds it: the PDFs (version, language) whose digest is not
    the one their version's manifest recorded for the same print when the branch's history first added it, and the
    versions whose links to the site's other documents were edited since (version -> where they first landed), with
    what to say of each."""

    pdfs: frozenset[tuple[str, str]] = frozenset()
    links: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    lines: tuple[str, ...] = ()


def kept_by_rebuild(repo: gitpython.Repo, rev: str | None, directory: str, *, versions: Iterable[str],
                    base: Callable[[str], str], branch: str) -> Kept:
    """What `policy history --rebuild` re-verifies of what it would carry from the branch (`rev`): a PDF of an
    unchanged print key is taken from the branch when its digest is the manifest's, so one replaced together with
    its manifest's digest was carried as is (only verify named it); and every rebuild keeps where a version's links
    landed, as its manifest records them. Both are read against the manifests the branch's history first added (one
    walk of it: a rebuild builds every version anyway). `versions`: those rebuilt."""
    from policysite.branch import relinked_versions, replaced_pdfs

    if rev is None:
        return Kept()
    rebuilt = set(versions)
    pdfs = {version: found for version, found in replaced_pdfs(repo, rev, directory).items() if version in rebuilt}
    links = {version: found for version, found in relinked_versions(repo, rev, directory).items() if version in rebuilt}
    lines = [Said("provenance.pdf-replaced", path=f"{base(lang)}/{version}/{rel}", branch=branch, commit=commit[:7])
             for version, found in sorted(pdfs.items()) for lang, rel, commit in found]
    lines += [Said("provenance.links-edited", version=version, branch=branch, commit=commit[:7],
                   links=json.dumps(now, sort_keys=True)[:120])
              for version, (commit, _first, now) in sorted(links.items())]
    return Kept(frozenset((version, lang) for version, found in pdfs.items() for lang, _rel, _commit in found),
                {version: first for version, (_commit, first, _now) in links.items()}, tuple(lines))


def _files_on_branch(repo: gitpython.Repo, rev: str, manifest: mf.VersionManifest, name: str, *,
                     base: Callable[[str], str]) -> tuple[dict[str, str], dict[str, bytes]]:
    """Each language's path of the version's file `name` that its manifest records, and the contents of those still on
    the branch (`rev`), read in one pass of git."""
    wanted = _wanted(manifest, name, base=base)
    blobs = dict(zip(wanted, git.object_ids(repo, [f"{rev}:{path}" for path in wanted.values()]), strict=True))
    present = [lang for lang in wanted if blobs[lang]]
    with contextlib.closing(git.read_objects(repo, [str(blobs[lang]) for lang in present])) as contents:
        return wanted, {lang: content for lang, (_sha, content) in zip(present, contents, strict=True)}


def _wanted(manifest: mf.VersionManifest, name: str, *, base: Callable[[str], str]) -> dict[str, str]:
    """Each language's path on the branch of the version's file `name` that its manifest records."""
    return {lang: f"{base(lang)}/{manifest.version}/{name}" for lang, entry in manifest.languages.items()
            if name in entry.files}


def changes_edited(repo: gitpython.Repo, rev: str | None, manifests: Mapping[str, mf.VersionManifest], *,
                   directory: str, base: Callable[[str], str], authoritative: str) -> list[str]:
    """What is wrong with the change summaries (`changes`: section titles and numbers, the note) the manifests on the
    branch (`rev`) record, one line a language ([] when each is the one its texts give): the history page and the feed
    publish them as the archive's own words, so one edited by hand on the branch put any words there.

    Flat in the number of versions: only the manifests edited since the archive's pages were last written (from the
    parent of the newest commit writing the authoritative history page: an edit made with those pages is seen too)
    are read, each recomputed from its text and the text of the version it names as the one before (those texts
    being the ones their policy.json was built from: `forged`)."""
    if rev is None or not manifests:
        return []
    from policysite import archive

    written = git.run(repo, "log", "-1", "--first-parent", "--format=%H", rev, "--",
                      f"{base(authoritative)}/{archive.HISTORY}/").strip()
    if not written:
        return []
    # modified since those pages were written, or by the commit writing them (a manifest it added is its own)
    bases = [written] + ([f"{written}^"] if git.rev_parse(repo, f"{written}^") else [])
    diff = "\n".join(git.run(repo, "diff-tree", "-r", "--no-renames", "--name-only", "--diff-filter=M", old, rev,
                             "--", f"{directory}/") for old in bases)
    edited = sorted({version for path in diff.splitlines()
                     if (version := path.rsplit("/", 1)[-1].removesuffix(".json")) in manifests})
    edited = _summary_inputs_moved(repo, bases, manifests, edited, directory=directory)
    problems: list[str] = []
    for version in edited:
        manifest = manifests[version]
        for lang, entry in sorted(manifest.languages.items()):
            if entry.changes is None:
                continue  # a version published before summaries were recorded
            previous = entry.changes.get("previous")
            before = manifests.get(str(previous)) if previous else None
            if previous and (before is None or str(previous) >= version):
                problems.append(Said("provenance.summary/previous", version=version, lang=lang, previous=previous))
                continue
            checked = [m for m in (manifest, before) if m is not None]
            if any(forged(repo, rev, m, base=base) for m in checked):
                continue  # said by refuse_forged where the text is read
            text = _text_of(repo, manifest, lang)
            prior = _text_of(repo, before, lang) if before is not None else None
            source = _text_of(repo, manifest, authoritative) if lang != authoritative else None
            if text is None or (before is not None and lang in before.languages and prior is None):
                continue  # a text this clone lacks cannot be told
            try:
                change = archive.changes_of(text, previous_text=prior, lang=lang) if previous else None
                expected = archive.summary(change, previous=str(previous) if previous else None,
                                           notice=archive.notice_of(text, lang=lang, source_text=source))
            except ValueError:
                continue  # a text that no longer reads (the checks say why where it is published)
            if _without_absent_marks(entry.changes, expected) != entry.changes:
                problems.append(Said("provenance.summary", version=version, lang=lang,
                                     difference=_first_difference(entry.changes, expected)))
    return problems


def _summary_inputs_moved(repo: gitpython.Repo, bases: list[str], manifests: Mapping[str, mf.VersionManifest],
                          versions: list[str], *, directory: str) -> list[str]:
    """Those of `versions` whose summary, or what it is worked out from, is not as it was at each of `bases`.

    A `history --rebuild` by other code rewrites every manifest (its `generator`, its pages' digests) and leaves the
    history page as it was, byte for byte: git's last commit writing that page stays the older one, and the next
    publication took every manifest for edited by hand and worked every version's summary out again (O(N), once
    after each rebuild). A version whose summary, texts, policy.json digest and previous version's texts and
    policy.json digest are each what they were at every base that has them was not edited where it matters."""
    if not versions:
        return []
    wanted = sorted({v for version in versions for v in (version, *_previous(manifests[version]))} & set(manifests))
    at: list[dict[str, mf.VersionManifest | None]] = []
    for base in bases:
        specs = [f"{base}:{directory}/{version}.json" for version in wanted]
        blobs = dict(zip(wanted, git.object_ids(repo, specs), strict=True))
        present = [version for version in wanted if blobs[version]]
        found: dict[str, mf.VersionManifest | None] = dict.fromkeys(wanted)
        with contextlib.closing(git.read_objects(repo, [str(blobs[v]) for v in present])) as contents:
            for version, (_sha, content) in zip(present, contents, strict=True):
                with contextlib.suppress(mf.ManifestError):
                    found[version] = mf.VersionManifest.loads(content)
        at.append(found)
    moved = []
    for version in versions:
        for v in [version, *sorted(_previous(manifests[version]))]:
            # a base that has no manifest of it yet (the commit writing the history page added it) tells nothing
            olds = [old for then in at if (old := then.get(v)) is not None]
            if v not in manifests or not olds or any(_summary_inputs(old) != _summary_inputs(manifests[v])
                                                     for old in olds):
                moved.append(version)
                break
    return moved


def _previous(manifest: mf.VersionManifest) -> set[str]:
    """The versions the manifest's summaries compare it with (none for a first version)."""
    return {str(e.changes["previous"]) for e in manifest.languages.values()
            if isinstance(e.changes, dict) and e.changes.get("previous")}


def _summary_inputs(manifest: mf.VersionManifest) -> tuple:
    """What `changes_edited` reads of a manifest: each language's summary, text and policy.json digest."""
    return (manifest.version, tuple(sorted(
        (lang, json.dumps(e.changes, sort_keys=True), e.source, e.files.get(export.FILE))
        for lang, e in manifest.languages.items())))


def _text_of(repo: gitpython.Repo, manifest: mf.VersionManifest, lang: str) -> str | None:
    entry = manifest.languages.get(lang)
    if entry is None:
        return None
    data = history.published_text(repo, commit=entry.source.commit, path=entry.source.path,
                                  sha256=entry.source.sha256)
    return data.decode("utf-8", "replace") if data is not None else None


def _without_absent_marks(recorded: dict, expected: dict) -> dict:
    """`expected` without the marks of sections (`§2a`) and their places (`at`) a summary recorded before they were has
    none of, nor the terms replaced everywhere (`replaced`, legal27) of one recorded before those were."""
    if "replaced" not in recorded:
        expected = {k: v for k, v in expected.items() if k != "replaced"}
    sections = recorded.get("sections")
    if not isinstance(sections, list) or not isinstance(expected.get("sections"), list) or \
            len(sections) != len(expected["sections"]):
        return expected
    later = ("old_mark", "new_mark", "at")
    return {**expected, "sections": [{k: v for k, v in new.items() if k in old or k not in later}
                                     if isinstance(old, dict) else new
                                     for old, new in zip(sections, expected["sections"], strict=True)]}


def _first_difference(recorded: dict, expected: dict) -> Said:
    """The first key whose recorded value is not the recomputed one, shown short."""
    for key in sorted(set(recorded) | set(expected)):
        if recorded.get(key) != expected.get(key):
            return Said("provenance.difference", key=key,
                        recorded=json.dumps(recorded.get(key), ensure_ascii=False)[:80],
                        expected=json.dumps(expected.get(key), ensure_ascii=False)[:80])
    return Said("provenance.difference/fields")
