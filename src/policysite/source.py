"""Sources from git, never from the disk: the files a build reads, as one commit stores them.

A build reads the configuration, theme overrides and hooks of the project's HEAD commit and the
policy pages of the version's own commit. Nothing uncommitted, ignored or linked from elsewhere
reaches it: a symlink anywhere the build reads is refused, and a file under a language's docs
folder other than its policy page (and the word list and translation record beside it) is a
finding, because the theme would publish it unchecked.
"""
from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from policysite import config_lines, config_rules, git, manifest as mf, settings as policy_settings, spelling, staleness
from policysite.findings import Finding
from policysite.messages import Said
from policysite.settings import Settings

if TYPE_CHECKING:  # GitPython is imported where a repository is opened (git.open_repo)
    import git as gitpython

# Beside a language's page: read by the checks, never published (MkDocs skips dot files).
COMPANIONS = (spelling.WORDS_FILE, spelling.VOCABULARY_FILE, staleness.RECORD_NAME)


class SourceError(Exception):
    """The project's own files at a commit cannot be built from (a symlink, a missing config)."""


@dataclass(frozen=True)
class Origin:
    """Where a snapshot comes from: its repository, commit, and the project's folder in it (`""` at the top)."""

    repo: gitpython.Repo
    commit: str
    prefix: str

    def name(self, snapshot: Path, path: Path) -> str:
        """The repository path of `path`, a file of the snapshot rooted at `snapshot`."""
        return str(PurePosixPath(self.prefix) / path.relative_to(snapshot).as_posix()) if self.prefix \
            else path.relative_to(snapshot).as_posix()


def prefix_of(repo: gitpython.Repo, root: Path) -> str:
    """The project's folder as git names it (`""` when the project is the repository's top)."""
    rel = git.repo_path(repo, root)
    return "" if rel == "." else rel


def write_files(repo: gitpython.Repo, commit: str, entries: dict[str, tuple[str, str]], *, prefix: str,
                dest: Path) -> None:
    """Write blobs `entries` (repository paths) into `dest`, relative to the project's folder `prefix`. A path
    leaving `dest` (a crafted tree's `..` entries: `overrides/../../…` had `policy verify` write anywhere on the
    machine, history hunt 33) is refused before anything is written."""
    for name in entries:
        if not git.inside_path(name[len(prefix) + 1:] if prefix else name):
            raise SourceError(Said("source.path-leaving", name=name, commit=commit[:7]))
    for name, (_mode, sha) in entries.items():
        rel = name[len(prefix) + 1:] if prefix else name
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(git.read_object(repo, sha))


def configuration(repo: gitpython.Repo, *, root: Path, commit: str, dest: Path) -> None:
    """The project's configuration files (its top's mkdocs*.yml) at `commit`, written into `dest`: all it takes to
    know where the pages were then (history._configured_pages), which writing the theme and hooks too and holding
    them to the rules made take 0.14 s a commit changing the configuration (history hunt 40: 21 s at 150 of them,
    for each reading of the history). Raises SourceError naming a symlink or submodule among them."""
    prefix = prefix_of(repo, root)
    top = git.list_entries(repo, commit, [f"{prefix}/"] if prefix else [], recursive=False)
    configs = {name: entry for name, entry in top.items()
               if "/" not in (name[len(prefix) + 1:] if prefix else name)
               and PurePosixPath(name).name.startswith("mkdocs") and name.endswith(".yml")}
    if (f"{prefix}/mkdocs.yml" if prefix else "mkdocs.yml") not in configs:
        if not prefix and {mf.DIRECTORY, ".nojekyll"} <= set(top):  # the archive's branch checked out (history hunt 31:
            # "commit the project's configuration" had the archive's reader commit it onto gh-pages)
            raise SourceError(Said("source.archive-commit", commit=commit[:7]))
        below = configured_below(entries_below(repo, commit, prefix), prefix)
        if below:  # a monorepo's top, the site in a folder of it (session 55: "commit the project's configuration"
            # had the team commit a second one; `--root` finds it)
            raise SourceError(Said("source.no-configuration/below", commit=commit[:7], count=len(below),
                                   folders=[f"{folder}/" for folder in below[:3]], more=" …" if len(below) > 3 else "",
                                   root=_root_option(root, below[0])))
        raise SourceError(Said("source.no-configuration", commit=commit[:7]))
    _refuse_links(configs, commit)
    write_files(repo, commit, configs, prefix=prefix, dest=dest)


# Where a site's configuration is looked for below the project's folder when it holds none (a monorepo's top): so many
# levels of folders, so many folders at most, none under a folder of installed packages, caches or another
# repository's, where no site lives (the whole tree below was listed, every file of a monorepo's, a node_modules' too).
BELOW_DEPTH = 4
BELOW_FOLDERS = 2000
NOT_SITES = frozenset({".git", "node_modules", ".venv", "venv", "site-packages", "__pycache__", ".tox", ".cache",
                       "bower_components", "vendor"})
_CHUNK = 100  # folders one `git ls-tree` is given (the command line's length)


def entries_below(repo: gitpython.Repo, commit: str, prefix: str) -> dict[str, tuple[str, str]]:
    """The entries of `commit` below the project's folder (`prefix`) that configured_below reads: BELOW_DEPTH levels
    of folders, read a level at a time, BELOW_FOLDERS of them at most, none of NOT_SITES."""
    entries = git.list_entries(repo, commit, [f"{prefix}/"] if prefix else [], recursive=False)
    found, read = entries, 0
    for _depth in range(BELOW_DEPTH):
        folders = sorted(name for name, (mode, _sha) in found.items()
                         if mode == git.TREE and PurePosixPath(name).name not in NOT_SITES)[:BELOW_FOLDERS - read]
        if not folders:
            break
        read += len(folders)
        found = {}
        for start in range(0, len(folders), _CHUNK):
            found.update(git.list_entries(repo, commit, [f"{folder}/" for folder in folders[start:start + _CHUNK]],
                                          recursive=False))
        entries.update(found)
    return entries


def configured_below(entries: Mapping[str, tuple[str, str]], prefix: str) -> list[str]:
    """The folders below the project's (`prefix`, `""` at the repository's top), relative to it, that `entries` (a
    commit's files under it, as git names them) show holding a committed mkdocs.yml (a file, not a link), none within
    a folder of NOT_SITES nor deeper than BELOW_DEPTH: the shallowest first, then by name."""
    start = len(prefix) + 1 if prefix else 0
    folders = [name[start:].rpartition("/")[0] for name, (mode, _sha) in entries.items()
               if name.endswith("/mkdocs.yml") and mode in (git.FILE, git.EXECUTABLE) and name[start:].count("/")]
    return sorted((folder for folder in folders if folder.count("/") < BELOW_DEPTH
                   and not NOT_SITES.intersection(folder.split("/"))), key=lambda folder: (folder.count("/"), folder))


def _root_option(root: Path, folder: str) -> str:
    """`--root`'s value naming `folder` of the project at `root` from where the command runs: relative to it when it
    is below, else whole."""
    target = root / folder
    try:
        return target.relative_to(Path.cwd()).as_posix() or "."
    except (ValueError, OSError):  # (elsewhere, or the folder run from is gone)
        return target.as_posix()


def theme(repo: gitpython.Repo, *, root: Path, commit: str, dest: Path) -> Path:
    """The project's configuration, overrides and hooks at `commit`, written into `dest`; returns `dest`.

    Raises SourceError naming each symlink or submodule among them.
    """
    prefix = prefix_of(repo, root)
    join = (lambda rel: f"{prefix}/{rel}") if prefix else (lambda rel: rel)
    configuration(repo, root=root, commit=commit, dest=dest)
    read = set()
    hooks = set()
    for config_file in sorted(dest.glob("mkdocs*.yml")):
        config = policy_settings.load_yaml(config_file)
        # each refusal at the line of its setting, where check and build say it (`mkdocs.yml:12`), not the file alone
        at = config_lines.placer(config_file.name, config_file)
        theme_config = config["theme"] if isinstance(config.get("theme"), dict) else {}
        custom = theme_config.get("custom_dir")
        if isinstance(custom, str):
            read.add(_inside(custom, what="theme.custom_dir", config_file=at("theme", "custom_dir")))
        if config.get("docs_dir") is not None:
            _inside(str(config["docs_dir"]), what="docs_dir", config_file=at("docs_dir"))
        listed = config.get("hooks")
        for number, hook in enumerate(listed if isinstance(listed, list) else []):  # (another kind: config_rules.
            if isinstance(hook, str):  # misshapen says it)
                inside = _inside(hook, what="hooks", config_file=at("hooks", number))
                read.add(inside)
                hooks.add(join(inside))
        extra = config.get("extra")
        policy = extra.get("policy") if isinstance(extra, dict) else None
        fonts = policy.get("pdf_fonts") if isinstance(policy, dict) else None
        # The font files the PDFs may draw with are the project's, as committed.
        for number, folder in enumerate(fonts if isinstance(fonts, list) else []):
            if isinstance(folder, str):
                read.add(_inside(folder, what="extra.policy.pdf_fonts",
                                 config_file=at("extra", "policy", "pdf_fonts", number)))
    if read:
        entries = git.list_entries(repo, commit, sorted(join(rel) for rel in read))
        _refuse_links(entries, commit)
        code = sorted(name for name in entries if name not in hooks and (
            name.endswith((".py", ".pyc", ".pyo", ".pyd", ".so")) or "__pycache__" in PurePosixPath(name).parts))
        if code:  # Python would run a hook's committed bytecode (an unchecked .pyc) instead of its checked source
            raise SourceError(Said("source.python-code", names=", ".join(code), count=len(code), commit=commit[:7]))
        write_files(repo, commit, entries, prefix=prefix, dest=dest)
    refused = [line for config_file in sorted(dest.glob("mkdocs*.yml")) for line in config_rules.problems(
        policy_settings.load_yaml(config_file), config_file=config_file.name, files=dest)]
    if refused:
        from policysite import upgrade

        raise SourceError(upgrade.refusal(commit, refused, dest))
    return dest


def pages(repo: gitpython.Repo, *, root: Path, settings: Settings, commit: str, theme_root: Path,
          dest: Path, at: dict[str, str] | None = None) -> tuple[dict[str, Path], list[Finding], dict[Path, str]]:
    """Each language's docs folder at `commit` written into `dest/<docs_dir>`: its page and companions.

    `at`: a language's page where it was at `commit` (repository path), when it was since moved or renamed;
    its folder's page and companions are written where today's configuration reads them.
    Returns the docs folder per language, a finding for each symlink, submodule or other file there (a file
    the build would publish unchecked), and the repository path each written file has at `commit`.
    """
    prefix = prefix_of(repo, root)
    findings: list[Finding] = []
    folders: dict[str, Path] = {}
    names: dict[Path, str] = {}
    pages = {doc.page for doc in settings.all_documents}  # the site's documents: each is checked and published
    folder_of = {language.code: policy_settings.docs_page(theme_root, language, settings).parent.relative_to(
        theme_root).as_posix() for language in settings.languages}
    named = {code: f"{prefix}/{rel}" if prefix else rel for code, rel in folder_of.items()}
    unmoved = sorted({name for code, name in named.items() if not (at or {}).get(code)
                      or (at or {})[code] == f"{name}/{settings.page}"})
    # One listing of the commit for every language's folder, not one `ls-tree` a language (issue 16: a 30-version
    # rebuild spawned 60 of its 152 git processes so)
    listed = git.list_entries(repo, commit, unmoved) if unmoved else {}
    for language in settings.languages:
        docs_rel, docs_name = folder_of[language.code], named[language.code]
        was = (at or {}).get(language.code)
        if was and was != f"{docs_name}/{settings.page}":  # moved since: only its page and companions are read
            folder, _, name = was.rpartition("/")
            moved = git.list_entries(repo, commit, [folder] if folder else [], recursive=bool(folder))
            keep = {n: e for n, e in moved.items() if n == was or (
                n.rpartition("/")[0] == folder and companion(n.rpartition("/")[2], pages - {name, settings.page}))}
            for n, (mode, sha) in sorted(keep.items()):
                if mode in (git.SYMLINK, git.SUBMODULE):
                    findings.append(Finding.of(n, 1, "source.symlink/at", commit=commit[:7]))
                    continue
                target = dest / docs_rel / (settings.page if n == was else n.rpartition("/")[2])
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(git.read_object(repo, sha))
                names[target] = n
            folders[language.code] = dest / docs_rel
            folders[language.code].mkdir(parents=True, exist_ok=True)
            continue
        entries = {name: entry for name, entry in listed.items() if _under(name, docs_name)}
        keep = {}
        for name, (mode, sha) in sorted(entries.items()):
            rel = name[len(docs_name) + 1:] if name != docs_name else ""
            if mode in (git.SYMLINK, git.SUBMODULE):
                findings.append(Finding.of(name, 1, "source.symlink/kind", commit=commit[:7], what=Said(
                    "source.what/link" if mode == git.SYMLINK else "source.what/submodule")))
            elif companion(rel, pages):
                keep[name] = (mode, sha)
            else:
                findings.append(Finding.of(name, 1, "source.unpublished-file/at", count=len(pages), folder=docs_rel,
                                           pages=", ".join(sorted(f"{docs_rel}/{p}" for p in pages)),
                                           commit=commit[:7]))
        write_files(repo, commit, keep, prefix=prefix, dest=dest)
        folders[language.code] = dest / docs_rel
        folders[language.code].mkdir(parents=True, exist_ok=True)
    return folders, findings, names


def _under(name: str, folder: str) -> bool:
    """Whether the repository path `name` is `folder` or inside it, as `git ls-tree -- folder` lists it."""
    folder = posixpath.normpath(folder) if folder else "."
    return folder == "." or name == folder or name.startswith(f"{folder}/")


def companion(rel: str, pages: set[str]) -> bool:
    """A file of a docs folder that is read: a document's page, the word list, a translation record."""
    return rel in pages or rel in COMPANIONS or bool(re.fullmatch(r"\.translated-from\.[a-z][a-z0-9-]*\.yml", rel))


def strays(paths: list[str], folders: list[str], pages: set[str]) -> list[str]:
    """Those of `paths` (repository paths under the docs `folders`) that are no file a docs folder publishes
    (`companion`): a PDF or a Word file dropped beside the page, which committing would only have the gate refuse."""
    found = []
    for path in paths:
        folder = max((f for f in folders if f in ("", ".") or path.startswith(f"{f}/")), key=len, default=".")
        if not companion(path if folder in ("", ".") else path[len(folder) + 1:], pages):
            found.append(path)
    return found


def linked_folder(repo: gitpython.Repo, commit: str, path: str) -> str:
    """Why `path` (a page) is not a file at `commit` when a folder on its way is a submodule or a symbolic link, in
    words; "" otherwise. A translation's folder made a submodule was said "not committed" (history hunt 33)."""
    parts = path.split("/")
    ways = ["/".join(parts[:n]) for n in range(1, len(parts) + 1)]
    for name, (mode, _sha) in sorted(git.list_entries(repo, commit, ways, recursive=False).items()):
        if name in ways and mode in (git.SYMLINK, git.SUBMODULE):
            return Said("source.linked-folder", name=name, commit=commit[:7], what=Said(
                "source.what/link" if mode == git.SYMLINK else "source.what/submodule-commit"))
    return ""


def _refuse_links(entries: dict[str, tuple[str, str]], commit: str) -> None:
    links = sorted(name for name, (mode, _sha) in entries.items() if mode in (git.SYMLINK, git.SUBMODULE))
    if links:
        raise SourceError(Said("source.links", names=", ".join(links), count=len(links), commit=commit[:7]))


def _inside(rel: str, *, what: str, config_file: str) -> str:
    """`rel` (a folder or file a configuration names) as the repository path it names, refused where it leaves the
    project: `docs/../docs/en`, `./docs/en/` are docs/en (company17: refused as outside), `../x` or `/srv` are not."""
    path = PurePosixPath(posixpath.normpath(rel or "."))
    if path.is_absolute() or ".." in path.parts:
        raise SourceError(Said("source.outside", file=config_file, what=what, path=rel))
    if re.search(r"[\x00-\x1f\x7f]", rel):  # git and the file system would end with "embedded null byte"
        raise SourceError(Said("source.control-character", file=config_file, what=what, path=rel))
    return path.as_posix()
