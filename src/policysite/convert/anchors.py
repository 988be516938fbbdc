"""Heading ids that in-page links expect: the ids GitHub or kramdown gave, where ours differ.

A policy kept as Markdown in a repository links its own sections by the ids its renderer made
(`#what-we-collect`, `#1-introduction`); the site's table of contents makes others for some headings
(`s1` for a numbered one, `_1` for a repeat). Such a heading gets the expected id as `{#…}`.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable

from policysite.document import slugify


def github_slug(text: str) -> str:
    """github-slugger: lower case, every character but letters, digits, `-`, `_` and spaces dropped."""
    return re.sub(r"[^\w\- ]", "", text.lower()).replace(" ", "-")


def kramdown_slug(text: str) -> str:
    """kramdown's auto ids: ASCII letters, digits, spaces and dashes, starting with a letter."""
    value = re.sub(r"^[^a-zA-Z]+", "", text)
    value = re.sub(r"[^a-zA-Z0-9 -]", "", value).replace(" ", "-").lower()
    return value or "section"


def site_ids(titles: Iterable[tuple[str, str | None]]) -> list[str]:
    """The id the site's build gives each heading (title, explicit id or None), repeats made unique."""
    used: set[str] = set()
    out = []
    for title, explicit in titles:
        ident = explicit or slugify(title)
        if not explicit:
            base, n = ident, 1
            while ident in used:
                ident, n = f"{base}_{n}", n + 1
        used.add(ident)
        out.append(ident)
    return out


def _numbered(titles: list[str], slug: Callable[[str], str]) -> list[str]:
    seen: dict[str, int] = {}
    out = []
    for title in titles:
        base = slug(title)
        ident = base if base not in seen else f"{base}-{seen[base]}"
        seen[base] = seen.get(base, 0) + 1
        out.append(ident)
    return out


def missing_ids(titles: list[tuple[str, str | None]], targets: Iterable[str],
                other_ids: set[str]) -> list[tuple[int, str]]:
    """For each in-page link target that no heading or element of the site will carry, the heading that
    another renderer gave that id to (GitHub, kramdown), else the one whose id it nearly is (a typo in the
    source's link): (heading index, target), unambiguous matches only."""
    ours = set(site_ids(titles)) | other_ids
    plain = [t for t, _ in titles]
    schemes = [_numbered(plain, github_slug), _numbered(plain, kramdown_slug)]
    bare = [re.sub(r"[\W_]+", "", github_slug(t)) for t in plain]
    found = []
    for target in sorted(set(targets) - ours):
        if not target:
            continue
        hits = {i for ids in schemes for i, ident in enumerate(ids) if ident == target}
        key = re.sub(r"[\W_]+", "", target.lower())
        if not hits:
            hits = {i for i, ident in enumerate(bare) if ident == key}
        if not hits and len(key) >= 12:
            close = difflib.get_close_matches(key, bare, n=2, cutoff=0.9)
            hits = {i for i, ident in enumerate(bare) if ident in close} if len(close) == 1 else set()
        if len(hits) == 1:
            found.append((hits.pop(), target))
    return found
