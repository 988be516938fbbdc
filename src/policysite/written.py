"""The classes a dated version's build can write into its pages, whatever its text says.

A build's stylesheets are trimmed to the classes its pages and scripts can use (stylesheet.trim), and versions built
with the same theme files share one folder of them (assets.share). Trimmed to the classes the version's pages happened
to hold, a version whose text brought a table, a deep list or a redline for the first time (a changes page, its added
blocks and numbered items) kept rules the others had dropped, and started a theme folder of its own (~360 KB a
language). So the trimming also keeps every class the build can write: those of the project's own templates a
version's pages are rendered from (its custom_dir's, found by following each template's includes, imports and
extends; the theme's own templates are passed through but not read: under one configuration they write the same
classes on every page, and read whole they kept 3.3 KB gzip more of main.css on every first visit), those the
package's code writes (`class="…"` in its modules), and those the site's Markdown extensions are configured to write
(their `*_class` options: toc's `headerlink`). The policy's own text may carry no class (safety.TEXT_ATTRIBUTES).
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from policysite.stylesheet import Names

_WORD = re.compile(r"-{0,2}[A-Za-z_][\w-]*")
# A class built from a prefix: `redline-block-{{ kind }}`, `"redline-" ~ kind`, an f-string's `policy-{name}`
_TEMPLATE_PREFIX = re.compile(r"([A-Za-z_][\w-]*?[-_])(?:\{\{|[\"']\s*~)")
_COMMENTS = re.compile(r"\{#.*?#\}|<!--.*?-->", re.S)
# A class attribute written by Python code, in a string (plain, f-string or pattern): its value up to the quote
_CODE_CLASS = re.compile(r"""\bclass=\\?["']([^"'\\]*)""")
_PACKAGE = Path(__file__).resolve().parent
# The importer's code writes Markdown for the policy's text, which may carry no class: none of it reaches a page.
_NOT_PAGES = ("convert", "messages", "locales", "skeleton", "vocabulary")


def of_build(*, own: Sequence[str | Path], dirs: Sequence[str | Path], templates: Iterable[str],
             extensions: Mapping[str, Mapping[str, Any] | None]) -> Names:
    """Every class a build can write that renders `templates` (names as its theme loads them, from the theme folders
    `dirs`, the site's `own` among them) with the Markdown `extensions` (name -> options)."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for found, built in (_templates(tuple(Path(folder) for folder in own), tuple(Path(folder) for folder in dirs),
                                    tuple(templates)), _code(), _extensions(extensions)):
        words |= found
        prefixes |= built
    return Names(frozenset(words), tuple(sorted(prefixes)))


@functools.lru_cache(maxsize=8)
def _templates(own: tuple[Path, ...], dirs: tuple[Path, ...], roots: tuple[str, ...]
               ) -> tuple[frozenset[str], frozenset[str]]:
    """The words and class prefixes of the templates of `own` folders that `roots` reach (once a process: the
    templates of a command's builds do not change under it)."""
    import jinja2
    from jinja2 import meta

    env = jinja2.Environment()
    words: set[str] = set()
    prefixes: set[str] = set()
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = next((folder / name for folder in dirs if (folder / name).is_file()), None)
        if path is None:
            continue
        try:
            source = path.read_text(encoding="utf-8")
            todo += [ref for ref in meta.find_referenced_templates(env.parse(source)) if ref]
        except (OSError, UnicodeDecodeError, jinja2.TemplateError):
            continue  # (a template the build cannot read fails the build itself, saying why)
        if path.parent in own or any(folder in path.parents for folder in own):
            text = _COMMENTS.sub(" ", source)
            words.update(_WORD.findall(text))
            prefixes.update(_TEMPLATE_PREFIX.findall(text))
    return frozenset(words), frozenset(prefixes)


@functools.cache
def _code() -> tuple[frozenset[str], frozenset[str]]:
    """The classes and class prefixes the package's modules write in a `class="…"` attribute."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for path in sorted(_PACKAGE.rglob("*.py")):
        if path.relative_to(_PACKAGE).parts[0] in _NOT_PAGES:
            continue
        for value in _CODE_CLASS.findall(path.read_text(encoding="utf-8")):
            fixed, brace, _rest = value.partition("{")
            found = _WORD.findall(fixed)
            if brace and found and fixed.endswith(found[-1]) and found[-1][-1] in "-_":
                prefixes.add(found.pop())
            words.update(found)
    return frozenset(words), frozenset(prefixes)


def _extensions(extensions: Mapping[str, Mapping[str, Any] | None]) -> tuple[frozenset[str], frozenset[str]]:
    """The classes the Markdown extensions are configured to write: their options named `…_class`, as configured or
    by default."""
    import markdown

    words: set[str] = set()
    reader = markdown.Markdown()
    for name, options in extensions.items():
        try:
            extension = reader.build_extension(name, dict(options or {}))
        except (ImportError, AttributeError, KeyError, TypeError, ValueError):
            continue  # (the build says what it cannot load)
        for key, value in extension.getConfigs().items():
            if key.endswith("_class") and isinstance(value, str):
                words.update(value.split())
    return frozenset(words), frozenset()
