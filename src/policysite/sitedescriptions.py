"""The site's own descriptions (each language configuration's `site_description`, judged in its configuration): the
words the theme's `<meta name="description">` gives search engines and link previews on a page whose front matter has
no `description:`. The output check reads a page showing no description against them: it could not tell the site's
from a front matter's a page does not show (an older generator's page) or a hand commit's (safety83)."""
from __future__ import annotations

import contextlib
import html
from collections.abc import Iterable, Mapping

import yaml

from policysite import git, manifest as mf
from policysite.project import Project
from policysite.settings import ConfigLoader


def of_config(text: str) -> str:
    """The `site_description` of a configuration's text, its spaces as a page shows them ("" where it sets none or
    cannot be read: the configuration's own check says why)."""
    try:
        data = yaml.load(text, Loader=ConfigLoader)  # noqa: S506 (ConfigLoader is a safe loader)
    except Exception:  # (a tag refused, YAML malformed: the configuration's check says it)
        return ""
    value = data.get("site_description") if isinstance(data, dict) else None
    return " ".join(value.split()) if isinstance(value, str) else ""


def commits_of(manifests: Iterable[mf.VersionManifest]) -> frozenset[str]:
    """The source commits the versions of `manifests` were built from."""
    return frozenset(entry.source.commit for manifest in manifests for entry in manifest.languages.values()
                     if entry.source.commit)


def listed_commits(project: Project, listing: Mapping[str, tuple[str, str]]) -> frozenset[str]:
    """The source commits of the versions whose manifests the branch's tree `listing` (path -> (mode, blob)) holds
    (one malformed is skipped: verify says it)."""
    prefix = f"{mf.DIRECTORY}/"
    blobs = [blob for path, (_mode, blob) in listing.items() if path.startswith(prefix) and path.endswith(".json")]
    read = []
    for data in git.cat_blobs(project.repo, blobs).values() if blobs else ():
        with contextlib.suppress(mf.ManifestError):
            read.append(mf.VersionManifest.loads(data))
    return commits_of(read)


def described(project: Project, commits: Iterable[str] = (), *, fresh: bool = False) -> frozenset[str]:
    """Every description the site's configurations give pages (each language's, as HEAD has it and as each of
    `commits` had it, which built a version published then), none empty. `fresh`: each file read by a git process of
    its own, not the repository's long-lived reader, which a build process forked from publishing's shares with it
    (both reading one pipe: `policy history -j 2` hung)."""
    files = {language.config_file for language in project.settings.languages} | {"mkdocs.yml"}
    found = set()
    for commit in ("HEAD", *sorted(set(commits))):
        for name in sorted(files | _configs_at(project, commit)):
            try:
                data = _read_fresh(project, commit, name) if fresh else git.read_blob(project.repo, commit, name)
            except git.GitError:  # (a configuration made a submodule: its check says it)
                continue
            if data is not None and (words := of_config(data.decode("utf-8", "replace"))):
                # (as the theme writes it, quote_config's references aside, and as a browser reads its attribute: an
                # ampersand the configuration writes starts a reference, `&copy` read `©`)
                found |= {words, " ".join(html.unescape(words).split())}
    return frozenset(found)


def _configs_at(project: Project, commit: str) -> set[str]:
    """The configurations at the root of `commit`'s tree (`mkdocs.en.yml`): a language the configuration no longer
    has built its versions with its own, whose description its pages still give."""
    try:
        names = git.run(project.repo, "ls-tree", "--name-only", commit).splitlines()
    except git.GitError:
        return set()
    return {name for name in names if name.startswith("mkdocs") and name.endswith((".yml", ".yaml"))}


def built_with(project: Project, commits: Iterable[str] = (), *, fresh: bool = False) -> frozenset[str]:
    """`described`, and the descriptions the configurations in the working tree give (a build reads them there:
    `make serve` of a configuration not committed yet): what a page built now may give search engines, which the
    checks at build time know, so that verify, knowing as many, reads each page once (safety83)."""
    found = set(described(project, commits, fresh=fresh))
    for path in sorted(project.root.glob("mkdocs*.y*ml")):
        with contextlib.suppress(OSError):
            if words := of_config(path.read_text(encoding="utf-8", errors="replace")):
                found |= {words, " ".join(html.unescape(words).split())}
    return frozenset(found)


def _read_fresh(project: Project, commit: str, name: str) -> bytes | None:
    """The bytes of `name` at `commit` read by a git process of its own (None if absent)."""
    if name not in _configs_at(project, commit) and "/" not in name:
        return None
    try:
        return git.run(project.repo, "show", f"{commit}:{name}").encode("utf-8")
    except git.GitError:
        return None
