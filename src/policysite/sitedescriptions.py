"""The site's own descriptions (each language configuration's `site_description`, judged in its configuration): the
words the theme's `<meta name="description">` gives search engines and link previews on a page whose front matter has
no `description:`. The output check reads a page showing no description against them: it could not tell the site's
from a front matter's a page does not show (an older generator's page) or a hand commit's (safety83)."""
from __future__ import annotations

import contextlib
import functools
import html
import os
from collections.abc import Iterable, Mapping

import yaml

from policysite import git, manifest as mf, source
from policysite.project import Project
from policysite.settings import ConfigLoader


@functools.lru_cache(maxsize=32)
def of_config(text: str) -> str:
    """The `site_description` of a configuration's text, its spaces as a page shows them ("" where it sets none or
    cannot be read: the configuration's own check says why). Kept by text: every build reads the working tree's
    configurations again (built_with), the same text each version of a history (2 ms a version, perf20)."""
    try:
        data = yaml.load(text, Loader=ConfigLoader)  # noqa: S506 (ConfigLoader is a safe loader)
    except Exception:  # (a tag refused, YAML malformed: the configuration's check says it)
        return ""
    value = data.get("site_description") if isinstance(data, dict) else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def commits_of(manifests: Iterable[mf.VersionManifest]) -> frozenset[str]:
    """The source commits the versions of `manifests` were built from."""
    return frozenset(commit for manifest in manifests for commit in manifest.source_commits())


def listed_commits(project: Project, listing: Mapping[str, tuple[str, str]]) -> frozenset[str]:
    """The source commits of the versions whose manifests the branch's tree `listing` (path -> (mode, blob)) holds
    (one malformed is skipped: verify says it). A blob whose manifest this process read already (the branch's state,
    `branch.manifests_at`) is not read again: its id names its bytes (perf16)."""
    prefix = f"{mf.DIRECTORY}/"
    blobs = [blob for path, (_mode, blob) in listing.items() if path.startswith(prefix) and path.endswith(".json")]
    found: set[str] = set()
    unread = []
    for blob in blobs:
        if (kept := mf.kept_commits(blob)) is None:
            unread.append(blob)
        else:
            found |= kept
    for blob, data in git.cat_blobs(project.repo, unread).items() if unread else ():
        try:
            manifest: mf.VersionManifest | None = mf.VersionManifest.loads(data)
        except mf.ManifestError:
            manifest = None
        mf.keep_commits(blob, manifest)
        found |= mf.kept_commits(blob) or frozenset()
    return frozenset(found)


def described(project: Project, commits: Iterable[str] = ()) -> frozenset[str]:
    """Every description the site's configurations give pages (each language's, as HEAD has it and as each of
    `commits` had it, which built a version published then), none empty. Read by two `git cat-file` processes of
    their own whatever the number of commits (each commit's top tree, then the configurations' blobs): safe in a build
    process forked from publishing's, which shares the repository's long-lived reader (both reading one pipe:
    `policy history -j 2` hung), and a blob read once per process (a build per version read them by four processes
    each: 286 ms a version)."""
    files = {language.config_file for language in project.settings.languages} | {"mkdocs.yml"}
    named = ["HEAD", *sorted(set(commits))]
    specs: set[str] = set()  # (blob ids, or `<commit>:<path>` for a configuration in a folder)
    id_size = _id_size(project)
    # (the project's own folder of each commit, a monorepo's `site/` say: its top tree held no configuration, and every
    # English page of `policy history` was refused as giving words it does not show, histories28)
    prefix = source.prefix_of(project.repo, project.root)
    folder = f"{prefix}/" if prefix else ""
    tops = [f"{c}:{prefix}" if prefix else f"{c}^{{tree}}" for c in named]
    for commit, (kind, tree) in zip(named, git.objects_at(project.repo, tops)):
        if kind != "tree":  # (a commit this clone lacks, or one without the project's folder: what verify says of it)
            continue
        top = _entries(tree, id_size)
        specs |= {top[name] for name in top if name.startswith("mkdocs") and name.endswith((".yml", ".yaml"))}
        specs |= {top[name] for name in files if name in top}
        specs |= {f"{commit}:{folder}{name}" for name in files if "/" in name}
    unread = sorted(spec for spec in specs if spec not in _WORDS)
    read = {spec: of_config(data.decode("utf-8", "replace")) if kind == "blob" else ""  # (a submodule: its check)
            for spec, (kind, data) in zip(unread, git.objects_at(project.repo, unread) if unread else ())}
    _WORDS.update((spec, words) for spec, words in read.items() if ":" not in spec)  # (an id names its bytes forever)
    found = set()
    for spec in specs:
        if words := read.get(spec) or _WORDS.get(spec, ""):
            # (as the theme writes it, quote_config's references aside, and as a browser reads its attribute: an
            # ampersand the configuration writes starts a reference, `&copy` read `©`)
            found |= {words, " ".join(html.unescape(words).split())}
    return frozenset(found)


_WORDS: dict[str, str] = {}  # a configuration blob's id -> its description, read once per process


def _entries(tree: bytes, id_size: int) -> dict[str, str]:
    """The files of a tree object's raw content (`<mode> <name>NUL<id>` …) -> their blob ids (a submodule, a folder
    or a symbolic link left out: no configuration)."""
    entries, at = {}, 0
    while (space := tree.find(b" ", at)) != -1 and (end := tree.find(b"\0", space)) != -1:
        mode, name = tree[at:space], tree[space + 1:end]
        if mode in (b"100644", b"100755"):
            entries[name.decode("utf-8", "surrogateescape")] = tree[end + 1:end + 1 + id_size].hex()
        at = end + 1 + id_size
    return entries


def _id_size(project: Project) -> int:
    """The bytes of an object id in the repository's raw trees (32 in a SHA-256 repository). Asked of git once a
    repository and its configuration file as they are (a `git config` process each build of a history: two a version,
    perf20); a repository made anew where one was, or its configuration rewritten, is asked again."""
    folder = str(project.repo.git_dir)
    try:
        found = os.stat(os.path.join(str(project.repo.common_dir), "config"))
        key: tuple[object, ...] = (folder, found.st_ino, found.st_mtime_ns, found.st_size)
    except OSError:  # (no configuration file where git keeps one: asked each time, as before)
        key = ()
    if key and (size := _ID_SIZES.get(key)):
        return size
    size = 32 if git.config_value(project.repo, "extensions.objectformat").lower() == "sha256" else 20
    if key:
        _ID_SIZES[key] = size
    return size


_ID_SIZES: dict[tuple[object, ...], int] = {}  # (git folder, its configuration file's identity) -> _id_size


def built_with(project: Project, commits: Iterable[str] = ()) -> frozenset[str]:
    """`described`, and the descriptions the configurations in the working tree give (a build reads them there:
    `make serve` of a configuration not committed yet): what a page built now may give search engines, which the
    checks at build time know, so that verify, knowing as many, reads each page once (safety83)."""
    found = set(described(project, commits))
    for path in sorted(project.root.glob("mkdocs*.y*ml")):
        with contextlib.suppress(OSError):
            if words := of_config(path.read_text(encoding="utf-8", errors="replace")):
                found |= {words, " ".join(html.unescape(words).split())}
    return frozenset(found)
