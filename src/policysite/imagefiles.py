"""The files a version's images show (document.Block.images): where each one's source leads in the docs folder, and
the digest of the file there in that version, by which the redline tells an image replaced under the same name."""
from __future__ import annotations

import hashlib
import posixpath
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from policysite.document import Block, Policy

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


def image_path(page: str, source: str) -> str | None:
    """The file in the docs folder an image's `source` shows, as the page `page` (a path in that folder, `fr/index.md`)
    writes it: relative to the page's folder, or to the docs folder where it starts with `/`; None for an address
    elsewhere (`https:`, `data:`, `//host/…`) or one leading out of the folder."""
    source = source.strip().split("#", 1)[0].split("?", 1)[0]
    if not source or _SCHEME.match(source) or source.startswith("//"):
        return None
    source = unquote(source)
    joined = source.lstrip("/") if source.startswith("/") else posixpath.join(posixpath.dirname(page), source)
    path = posixpath.normpath(joined)
    return None if path in ("", ".") or path == ".." or path.startswith("../") else path


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def with_digests(policy: Policy, read: Callable[[str], bytes | None], *, page: str) -> Policy:
    """`policy` (the page `page` of a version) with each image's digest, its file's bytes read by `read` (a path in
    the docs folder -> its bytes in that version, None where there is none): a new Policy, the parsed one, which the
    parser keeps for every reader of its text, untouched. An image no file of the folder shows keeps "" (unknown)."""
    known: dict[str, str] = {}

    def of(source: str) -> str:
        path = image_path(page, source)
        if path is None:
            return ""
        if path not in known:
            data = read(path)
            known[path] = digest(data) if data is not None else ""
        return known[path]

    def block(b: Block) -> Block:
        return replace(b, images=tuple((source, alt, of(source)) for source, alt, _ in b.images)) if b.images else b

    if not any(b.images for s in policy.sections for b in s.blocks) and not any(b.images for b in policy.preamble):
        return policy
    return replace(policy, preamble=[block(b) for b in policy.preamble],
                   sections=[replace(s, blocks=[block(b) for b in s.blocks]) for s in policy.sections])


def folder_reader(docs: Path) -> Callable[[str], bytes | None]:
    """`with_digests`'s reader of a docs folder on disk (a version's build, the working tree): a regular file of the
    folder, not a link, nor one out of it, else None."""
    def read(path: str) -> bytes | None:
        file = docs.joinpath(*path.split("/"))
        try:
            if file.is_symlink() or not file.is_file():
                return None
            file.resolve().relative_to(docs.resolve())
            return file.read_bytes()
        except (OSError, ValueError):  # (unreadable, or out of the folder through a linked folder)
            return None
    return read


def commit_reader(repo: Any, commit: str, docs: str) -> Callable[[str], bytes | None]:
    """`with_digests`'s reader of a docs folder (`docs`, its path in the repository, "" for its root) as commit
    `commit` holds it: a file's bytes, None for a path it holds no file at (a folder, a submodule, nothing) or whose
    blob this clone cannot read (an image unknown, not a redline refused)."""
    from policysite import git

    def read(path: str) -> bytes | None:
        try:
            entry = repo.commit(commit).tree / (posixpath.join(docs, path) if docs else path)
        except (KeyError, ValueError, TypeError):
            return None
        if getattr(entry, "type", "") != "blob":
            return None
        try:
            return git.read_blob(repo, commit, posixpath.join(docs, path) if docs else path)
        except git.GitError:
            return None
    return read
