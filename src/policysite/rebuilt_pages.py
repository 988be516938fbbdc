"""The folders of published versions a command carries onto the branch without writing them, judged as `policy verify`
judges them: built again from their source commit and compared byte for byte.

The output check reads a carried page's header, navigation, footer and scripts under the rules of any page (no
script but the theme's, no handler, nothing from another host), and only its article under the text's: a hand commit
named as a rebuild ('Rebuild 2021-02-17 (…', its manifest's digests set to match) put a fixed overlay of other words,
a form or a dialog into the chrome of an older version's page, and `policy publish` carried it (safety4, session 33).
Commit subjects are anyone's to write, so only a rebuild vouches for such a page, nor does the commit that first added
a version: a version folder and its manifest added by hand in one commit named 'Publish 2022-09-01 (…' were its own
first publication, trusted as such, and `policy publish`, `policy history` and `policy export` made its words the
version in force (safety5, session 34). So a version's pages are built again unless this machine built them (each
publication keeps, by place and git blob id, the pages it writes: `keep_built`) or saw them match a rebuild (passcache,
kept whichever code of this package judged them): a warm machine builds none again; a cold one (a fresh clone, a CI
job without its kept folder) builds each version of the archive once. Every file of the folder, not its pages alone:
a commit so named gave an older version a policy.json of other words (the compare page's text of that version) or a
sitemap naming another host, their digests in its manifest, and publish and export carried them (safety8, session 37).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from policysite import branch, git, manifest as mf, passcache
from policysite.errors import PublishError
from policysite.messages import Said
from policysite.project import Project

PROOF = ("pages of a version, by place: byte for byte a build of its source commit",)  # their kept ids' own file
_FOLDER = re.compile(r"(.+?/\d{4}-\d{2}-\d{2})/")  # a version's folder in a language: `en/2021-02-17`, `en/cookies/…`


def _ids(pages: Iterable[tuple[str, str]]) -> list[str]:
    """What is kept of each page (path on the branch, git blob): a page proven in one version's folder vouches for no
    other place (an older version's pages copied under a new date)."""
    return sorted({hashlib.sha256(f"{path}\0{blob}".encode("utf-8", "surrogatepass")).hexdigest()
                   for path, blob in pages})


def keep_built(project: Project, pages: Iterable[tuple[str, str]]) -> None:
    """Keep that the files (path on the branch, git blob) a command built from a version's committed text are such a
    build."""
    passcache.keep_blobs(project.passed, _ids(pages), text=True, scripts=PROOF, any_code=True)


def pages_by_folder(listing: Mapping[str, tuple[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The files of the tree `listing` (path -> (mode, blob)) in a version's folder of a language, by that folder
    (`en/2021-02-17`): (path, blob) each."""
    found: dict[str, list[tuple[str, str]]] = {}
    for path, (_mode, blob) in listing.items():
        match = _FOLDER.match(path)
        if match is not None:
            found.setdefault(match.group(1), []).append((path, blob))
    return found


def unlike_rebuild(project: Project, rev: str | None, listing: Mapping[str, tuple[str, str]],
                   manifests: Mapping[str, mf.VersionManifest], *, written: Iterable[str] = ()) -> list[str]:
    """What `policy verify` finds in a rebuild of each version of `manifests` (but those of `written`, which the command
    writes anew) whose pages on the branch (`rev`, `listing`) this machine neither built nor saw match a rebuild,
    `path: what`."""
    if rev is None or not manifests:
        return []
    settings = project.settings
    place = project.passed
    proven = passcache.blobs_passed(place, text=True, scripts=PROOF, any_code=True)
    anew = set(written)
    folders = {f"{settings.base(lang)}/{version}": version for version, manifest in manifests.items()
               if version not in anew for lang in manifest.languages}
    pages: dict[str, list[tuple[str, str]]] = {version: [] for version in folders.values()}
    for folder, held in pages_by_folder(listing).items():
        if folder in folders:
            pages[folders[folder]] += held
    found: list[str] = []
    for version in sorted(pages):
        ids = _ids(pages[version])
        if ids and proven.issuperset(ids):
            continue
        from policysite import verify  # (the builder: only for a version this machine cannot vouch for)

        report = verify.Verification()
        problems = verify._rebuilt(project, dict(manifests), dict(listing), report, tip=rev, only=[version],
                                   noted=False)  # (publishing says which text it needs, and that it is published)
        # a version whose source commit this clone lacks: nothing vouches for its pages
        problems += [note for note in report.notes if getattr(note, "key", "") in verify.UNREBUILT]
        if problems:
            found += problems
        else:
            passcache.keep_blobs(place, ids, text=True, scripts=PROOF, any_code=True)
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
