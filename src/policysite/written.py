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
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from policysite.stylesheet import Names

_WORD = re.compile(r"-{0,2}[A-Za-z_][\w-]*")
# A template's word that can be a class it writes: not one after a dot, which a script's or a style's selector reads
# (`querySelectorAll(".tabbed-set")`, a theme's script copied for its condition: content.html) or Jinja's attribute
# names (`page.meta`); a class a script writes is a plain word (`classList.add("x")`)
_WRITTEN_WORD = re.compile(r"(?<![\w.-])-{0,2}[A-Za-z_][\w-]*")
# A class built from a prefix: `redline-block-{{ kind }}`, `"redline-" ~ kind`, an f-string's `policy-{name}`
_TEMPLATE_PREFIX = re.compile(r"([A-Za-z_][\w-]*?[-_])(?:\{\{|[\"']\s*~)")
_NAMED = re.compile(r"""["']([\w./-]+\.html)["']""")  # a template's name in another's text (an include's, …)
_COMMENTS = re.compile(r"\{#.*?#\}|<!--.*?-->", re.S)
# A class attribute written by Python code, in a string (plain, f-string or pattern): its value up to the quote
_CODE_CLASS = re.compile(r"""class=\\?["']([^"'\\]*)""")  # (a `\b` before it: 75 ms of the package's code)
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
    """The words and class prefixes of the templates of the `own` folders that `roots` reach (once a process: the
    templates of a command's builds do not change under it). An own template standing for one the theme's templates
    name (its `partials/copyright.html`) is rendered wherever the theme renders it: it is reached too. The theme's
    templates are not followed, only the names they hold found. A template's includes, imports and extends are the
    template names its text quotes (parsed by Jinja, the project's own took 50 ms a process, the theme's 0.1 s)."""
    words: set[str] = set()
    prefixes: set[str] = set()
    seen: set[str] = set()
    named = {ref for folder in dirs if folder not in own for path in _html(folder)
             for ref in _NAMED.findall(path.read_text(encoding="utf-8", errors="replace"))}
    todo = [*roots, *(name for folder in own for name in _names(folder) if name in named)]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        path = next((folder / name for folder in dirs if (folder / name).is_file()), None)
        if path is None or not any(folder in path.parents for folder in own):
            continue
        try:
            source = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue  # (a template the build cannot read fails the build itself, saying why)
        todo += _NAMED.findall(source)
        text = _COMMENTS.sub(" ", source)
        words.update(_WRITTEN_WORD.findall(text))
        prefixes.update(_TEMPLATE_PREFIX.findall(text))
    return frozenset(words), frozenset(prefixes)


def _names(folder: Path) -> list[str]:
    """The templates of a theme folder, by the names the theme loads them by."""
    return [path.relative_to(folder).as_posix() for path in _html(folder)]


def _html(folder: Path) -> list[Path]:
    """The HTML templates of a theme folder, but those of its hidden folders (Material's `.icons/`: 10,000 images
    walked for none, 20 ms a process)."""
    found = []
    for at, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found += [Path(at) / name for name in sorted(names) if name.endswith(".html")]
    return found


@functools.cache
def _code() -> tuple[frozenset[str], frozenset[str]]:
    """The classes and class prefixes the package's modules write in a `class="…"` attribute."""
    words: set[str] = set()
    prefixes: set[str] = set()
    for path in sorted(_PACKAGE.rglob("*.py")):
        if path.relative_to(_PACKAGE).parts[0] in _NOT_PAGES:
            continue
        code = path.read_text(encoding="utf-8")
        for found_at in _CODE_CLASS.finditer(code):
            if found_at.start() and (code[found_at.start() - 1].isalnum() or code[found_at.start() - 1] in "_-"):
                continue  # (`subclass="…"`, `data-class="…"`)
            fixed, brace, _rest = found_at.group(1).partition("{")
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
