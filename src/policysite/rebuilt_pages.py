"""The folders of published versions a command carries onto the branch without writing them, judged as `policy verify`
judges them: built again from their source commit and compared byte for byte.

The output check reads a carried page's header, navigation, footer and scripts under the rules of any page (no
script but the theme's, no handler, nothing from another host), and only its article under the text's: a hand commit
named as a rebuild ('Rebuild 2021-02-17 (…', its manifest's digests set to match) put a fixed overlay of other words,
a form or a dialog into the chrome of an older version's page, and `policy publish` carried it (safety4, session 33).
Commit subjects are anyone's to write, so only a rebuild vouches for such a page. A version whose folders are, tree
for tree, those the commit that first added its manifest wrote is not built again (its pages passed the gate then):
that is every version of an archive no one edited, so publishing onto a long archive builds none; nor is one whose
every page this machine already saw match a rebuild (kept by git blob id, passcache).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

from policysite import branch, git, manifest as mf, passcache
from policysite.errors import PublishError
from policysite.messages import Said
from policysite.project import Project

PROOF = ("pages of a version: byte for byte a rebuild of its source commit",)  # their kept blobs' own file
PAGES = (".html", ".htm", ".shtml", ".xhtml", ".xht", ".svg")  # (servedpages.DOCUMENTS: a browser runs them)


def changed_since_published(project: Project, rev: str, manifests: Mapping[str, mf.VersionManifest], *,
                            written: Iterable[str] = ()) -> list[str]:
    """The versions of `manifests` (but those of `written`) whose folder in some language on the branch (`rev`) is not
    the tree the commit that first added their manifest wrote there: one `cat-file` for every folder."""
    settings = project.settings
    anew = set(written)
    first = branch.first_manifests(project.repo, rev, settings.manifest_dir)
    versions = [version for version in sorted(manifests) if version not in anew]
    specs = [(version, f"{at}:{settings.base(lang)}/{version}") for version in versions
             for lang in sorted(manifests[version].languages)
             for at in (rev, first[version][0] if version in first else "")]
    ids = git.object_ids(project.repo, [spec for _version, spec in specs])
    changed: set[str] = {version for version in versions if version not in first}
    for n in range(0, len(specs), 2):
        if ids[n] != ids[n + 1] or ids[n] is None:
            changed.add(specs[n][0])
    return sorted(changed)


def unlike_rebuild(project: Project, rev: str | None, listing: Mapping[str, tuple[str, str]],
                   manifests: Mapping[str, mf.VersionManifest], *, written: Iterable[str] = ()) -> list[str]:
    """What `policy verify` finds in a rebuild of each version changed on the branch since it was published
    (`changed_since_published`) whose pages this machine has not seen match one, `path: what`; `written`: the
    versions the command writes anew."""
    if rev is None or not manifests:
        return []
    from policysite import verify  # (the builder: only when a version was edited on the branch)

    settings = project.settings
    place = project.passed
    proven = passcache.blobs_passed(place, text=True, scripts=PROOF)
    found: list[str] = []
    for version in changed_since_published(project, rev, manifests, written=written):
        folders = tuple(f"{settings.base(lang)}/{version}/" for lang in manifests[version].languages)
        pages = sorted({blob for path, (_mode, blob) in listing.items()
                        if path.startswith(folders) and path.lower().endswith(PAGES)})
        if pages and proven.issuperset(pages):
            continue
        report = verify.Verification()
        problems = verify._rebuilt(project, dict(manifests), dict(listing), report, tip=rev, only=[version])
        # a version whose source commit this clone lacks: nothing vouches for its pages
        problems += [note for note in report.notes if getattr(note, "key", "") == "verify.not-rebuilt"]
        if problems:
            found += problems
        else:
            passcache.keep_blobs(place, pages, text=True, scripts=PROOF)
    return found


def refuse_unlike_rebuild(project: Project, new: str, state: branch.BranchState) -> None:
    """Refuse to move the branch from where `state` read it to `new` if a version `new` carries, of any document of the
    site, its manifest as the branch held it (not written by this command), was edited since its publication and is
    not what its source builds (`unlike_rebuild`), naming each page: the command's commit is left unreferenced, the
    branch as it was. (Each document's own: a forged footer on a further document's older version was carried by a
    publication of the first, which judged only its own versions.)"""
    if state.base is None:
        return
    listing: dict[str, tuple[str, str]] | None = None
    found: list[str] = []
    for document in project.documents:
        directory = document.settings.manifest_dir
        held = state.manifests if directory == project.settings.manifest_dir else \
            branch.manifests_at(project.repo, state.base, directory)
        if not held:
            continue
        paths = {version: mf.path_for(version, directory) for version in held}
        ids = git.object_ids(project.repo, [f"{at}:{path}" for path in paths.values() for at in (state.base, new)])
        kept = {version for n, version in enumerate(paths) if ids[2 * n] == ids[2 * n + 1]}
        listing = git.list_files(project.repo, new) if listing is None else listing
        found += unlike_rebuild(document, new, listing, held, written=set(held) - kept)
    if found:
        raise PublishError(Said("publish.unlike-rebuild", found=found[:5], more=" …" if len(found) > 5 else ""))
