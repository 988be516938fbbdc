"""A policy kept as several files in a dated folder, one per section, its index page linking them in order
(`privacy-2022-01-10/index.md` over `01-data.md`, `02-use.md`…, as a documentation site or a wiki splits a long
text; GitBook's `SUMMARY.md`, a `README.md`): one text, the index's words first, then each file in the order the index
links it.

The import refused each file as having no date of its own and told the team to rename every one after the folder's
date: four texts of one day, refused again. The files are one version when the index links every other file of the
folder (none left out unread); the index's links to its parts, its table of contents, go (parts.joined).
"""
from __future__ import annotations

import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

# The names an index page goes by (`index.md`, `README.md`, Hugo's `_index.md`, GitBook's `SUMMARY.md`).
INDEX_NAMES = frozenset({"index", "_index", "readme", "summary", "contents", "toc"})
_LINK = re.compile(r"""\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)|\bhref\s*=\s*["']([^"']+)["']"""
                   r"""|^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)""", re.M)
_MOST = 256 * 1024


def index_order(files: list[Path]) -> tuple[Path, tuple[Path, ...]] | None:
    """(the index page, the other files in the order it first links each) of `files`, one folder's, where one of them
    is an index page linking every other; else None."""
    if len(files) < 2:
        return None
    for index in sorted(files, key=lambda f: f.name):
        if index.stem.casefold() not in INDEX_NAMES:
            continue
        others = {f.resolve(): f for f in files if f != index}
        order: list[Path] = []
        for target in linked(index):
            found = others.get((index.parent / target).resolve())
            if found is not None and found not in order:
                order.append(found)
        if len(order) == len(others):
            return index, tuple(order)
    return None


def linked(page: Path) -> list[str]:
    """The relative paths `page` links to, in order (its Markdown links, reference definitions and `href`s), without
    their fragments."""
    try:
        with page.open("rb") as read:
            text = read.read(_MOST).decode("utf-8", "replace")
    except OSError:
        return []
    targets = []
    for found in _LINK.finditer(text):
        target = found.group(1) or found.group(2) or found.group(3) or ""
        parts = urlsplit(target)
        if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
            continue
        targets.append(posixpath.normpath(unquote(parts.path)))
    return targets
