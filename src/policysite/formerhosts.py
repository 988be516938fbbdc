"""The site's former addresses: the host each published version was built for, as the source's history says.

A site that changes `extra.policy.public_url` keeps its older versions as they were published: their sitemaps name
the host of their day. The output check refuses an XML file naming another host than the site's (servedpages), and a
file a version published is the site's own when the version's manifest records its bytes and the commit the version
was published from, in the history of HEAD, names that host as the site's. Only the source's history (reviewed,
HEAD's) says which host was the site's, never the branch: a file added or edited on the branch, or a new version,
names the site's present host only.
"""
from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping, Set
from urllib.parse import urlsplit

from policysite import git, manifest as mf, settings as policy_settings
from policysite.project import Project

_MANIFEST = re.compile(rf"{mf.DIRECTORY}/(?:(?P<document>[^/]+)/)?(?P<version>\d{{4}}-\d{{2}}-\d{{2}})\.json")
_COMMIT = re.compile(r"[0-9a-f]{40}|[0-9a-f]{64}")


class FormerHosts:
    """The hosts a file of the tree `listing` (path -> (mode, blob)) may name besides the site's present one, read
    from the manifests and the source's history only when a file needs them (most commands find none)."""

    def __init__(self, project: Project, listing: Mapping[str, tuple[str, str]]) -> None:
        self._project, self._listing = project, listing
        self._folders: dict[str, tuple[dict[str, str], str]] | None = None
        self._hosts: dict[str, str] | None = None  # source commit -> the host its mkdocs.yml names

    def of(self, path: str, data: bytes) -> frozenset[str]:
        """The hosts of the version whose manifest records `data` at the place of `path`: in its own folder
        (`fr/2021-02-17/sitemap.xml`) or in a folder beside it (an alias's, `fr/latest/sitemap.xml`, holding the
        version's bytes); none for any other file."""
        folders = self._read() if self._folders is None else self._folders
        digest = mf.sha256(data)
        for folder, (files, commit) in folders.items():
            parent = folder[:folder.rstrip("/").rfind("/") + 1]  # `fr/` of `fr/2021-02-17/`
            _name, slash, rest = path[len(parent):].partition("/")
            if path.startswith(parent) and slash and files.get(rest) == digest and self._host_at(commit):
                return frozenset([self._host_at(commit)])
        return frozenset()

    def every(self) -> frozenset[str]:
        """The hosts of every version the tree's manifests record, each as the source's history names it at the commit
        the version was published from (that commit in HEAD's history): the hosts the site had."""
        folders = self._read() if self._folders is None else self._folders
        return frozenset(host for _files, commit in folders.values() if (host := self._host_at(commit)))

    def _read(self) -> dict[str, tuple[dict[str, str], str]]:
        """Each version folder of the tree (`fr/2021-02-17/`, `fr/cookies/2021-02-17/`) -> (its files' digests as the
        manifest records them, the source commit it was published from)."""
        entries = [(match, blob) for path, (_mode, blob) in self._listing.items()
                   if (match := _MANIFEST.fullmatch(path))]
        folders: dict[str, tuple[dict[str, str], str]] = {}
        with contextlib.closing(git.read_objects(self._project.repo, [blob for _match, blob in entries])) as contents:
            for (match, _blob), (_sha, data) in zip(entries, contents, strict=True):
                try:
                    manifest = mf.VersionManifest.loads(data)
                except mf.ManifestError:
                    continue  # (said by the commands that read manifests; vouches for nothing here)
                if manifest.version != match["version"]:
                    continue
                document = f"{match['document']}/" if match["document"] else ""
                for lang, entry in manifest.languages.items():
                    folders[f"{lang}/{document}{manifest.version}/"] = (entry.files, entry.source.commit)
        self._folders = folders
        return folders

    def _host_at(self, commit: str) -> str:
        """The host of `extra.policy.public_url` in mkdocs.yml at `commit`, if the commit is in HEAD's history ("" if
        not): every version's found at once, in four git commands whatever their number."""
        if self._hosts is None:
            self._hosts = _hosts_at(self._project, sorted({c for _files, c in (self._folders or {}).values()}))
        return self._hosts.get(commit, "")


def _hosts_at(project: Project, commits: list[str]) -> dict[str, str]:
    """Each of `commits` in HEAD's history -> the host its mkdocs.yml's `extra.policy.public_url` names, if any."""
    repo = project.repo
    commits = [c for c in commits if _COMMIT.fullmatch(c)]
    # a commit's own id only: a tag's names the commit it peels to, which rev-list (not_reachable) gives in its place
    present = [c for c, found in zip(commits, git.object_ids(repo, [f"{c}^{{commit}}" for c in commits]),
                                     strict=True) if found == c]
    inside = sorted(set(present) - git.not_reachable(repo, present, "HEAD"))
    config = git.repo_path(repo, project.root / "mkdocs.yml")
    blobs = dict(zip(inside, git.object_ids(repo, [f"{c}:{config}" for c in inside]), strict=True))
    texts = git.cat_blobs(repo, sorted({blob for blob in blobs.values() if blob}))
    hosts = {blob: _host_in(data) for blob, data in texts.items()}
    return {commit: hosts.get(blob or "", "") for commit, blob in blobs.items()}


def _host_in(data: bytes) -> str:
    """The host of `extra.policy.public_url` in the mkdocs.yml `data` ("" where it names none)."""
    return _host(_public_url(data))


def _host(url: str) -> str:
    """The host of the address `url`, lower case ("" where it names none)."""
    try:
        return (urlsplit(url.strip()).hostname or "").lower() if url else ""
    except ValueError:
        return ""


def _public_url(data: bytes) -> str:
    """`extra.policy.public_url` in the mkdocs.yml `data` ("" where it names none)."""
    from mkdocs.exceptions import ConfigurationError

    try:
        config = policy_settings.read_yaml(data)
    except (ConfigurationError, ValueError):
        return ""
    extra = config.get("extra") if isinstance(config, dict) else None
    policy = extra.get("policy") if isinstance(extra, dict) else None
    url = policy.get("public_url") if isinstance(policy, dict) else None
    return url if isinstance(url, str) else ""


def former_folders(project: Project, hosts: Set[str] = frozenset()) -> frozenset[str]:
    """The folders (`/politique-de-confidentialite/`, lower case) the site had, as HEAD's history of its mkdocs.yml says
    (`extra.policy.public_url`), the present one among them: a site moved to another folder, or host, serves its error
    pages (404.html, which name it from the host's root) and its versions' sitemaps built for the former one, until
    the next publication rewrites the first. Only the source's history says so, never the branch. Never
    the host's root: a site once there (a configuration's first draft, say) would have made every folder of the host
    the site's for good; its former error pages are refused until the next publication rewrites them. Only a folder of
    the site's present host or of one of its former `hosts` (FormerHosts.every: a host a published version was built
    for): a history entry naming `https://elsewhere.example/other-project/`, a host the site never had, made
    `/other-project/` of the site's own host the site's, where a browser loaded that other project's scripts as the
    site's (safety58)."""
    return within(folders_named(project), {_host(project.settings.public_url), *hosts})


def within(named: Mapping[str, frozenset[str]], hosts: Set[str]) -> frozenset[str]:
    """The folders of `named` (`folders_named`) that one of `hosts` had."""
    return frozenset(folder for folder, had in named.items() if had & hosts)


def folders_named(project: Project) -> dict[str, frozenset[str]]:
    """Each folder (`/privacy/`, lower case, never the host's root) HEAD's history of mkdocs.yml named in
    `extra.policy.public_url` -> the hosts it named it on (lower case)."""
    repo = project.repo
    try:
        config = git.repo_path(repo, project.root / "mkdocs.yml")
        blobs = sorted({fields.split()[3] for _commit, _subject, fields, _path in
                        git.raw_changes(repo, "--no-merges", "HEAD", "--", config) if fields.split()[4] != "D"})
    except git.GitError:  # (nothing committed: no history names a folder)
        return {}
    found: dict[str, set[str]] = {}
    for data in git.cat_blobs(repo, blobs).values():
        url = _public_url(data).strip()
        try:
            path = urlsplit(url).path
        except ValueError:
            continue
        if _host(url) and path.startswith("/") and path.strip("/"):
            found.setdefault(path.casefold() if path.endswith("/") else f"{path.casefold()}/", set()).add(_host(url))
    return {folder: frozenset(had) for folder, had in found.items()}
