"""The theme's stylesheets without the rules no page of the build can match.

Material's `main.css` styles every feature it has: admonitions, content tabs, code highlighting,
keyboard keys, blog posts, cookie consent, repository facts … (137 kB, 22.8 kB gzip, on every first
visit). A policy page is built from the four Markdown extensions the checks read the text with
(`config_rules.EXTENSIONS`), so most of those rules never match anything a reader is sent. A rule is
dropped when one of its selectors' required classes is in no page of the build and in no script it
ships (Material's scripts add classes as they run: `md-header--shadow`, `md-search__scrollwrap`); a
selector of a rule's list is dropped alone. Classes under a pseudo-class's parentheses (`:not(.x)`,
`:is(.a, .b)`) require nothing and keep their selector. A class a script builds from a prefix
(`` `md-tag--${…}` ``) is kept for every class with that prefix; a class the scripts write only inside an element
no page holds, or for a feature the site's configuration does not turn on (the repository's facts, the content tabs,
the tooltips, annotations, code buttons and tags: `SCOPED`) is not kept. Then a custom property (`--md-…`)
that no remaining rule, page or script names goes too: the admonitions' icons are images written into
`:root`. The stylesheets are parsed and written back by tinycss2 (CSS Syntax Level 3).
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import tinycss2
from selectolax.lexbor import LexborHTMLParser

from policysite import keptfiles

# The names a script may hold: identifiers and class-like words; and the prefixes it builds classes from.
_WORD = re.compile(r"-{0,2}[A-Za-z_][\w-]*")
_PREFIX = re.compile(r"([A-Za-z_][\w-]*?[-_])\$\{")
_VAR = re.compile(r"var\(\s*(--[\w-]+)")
K = TypeVar("K")
_BLOCKS = frozenset({"media", "supports", "container", "layer", "document"})


@dataclass(frozen=True)
class Names:
    """What a build's pages and scripts can put in the document: class names, other words, class prefixes."""

    words: frozenset[str]
    prefixes: tuple[str, ...]

    def has_class(self, name: str) -> bool:
        return name in self.words or name.startswith(self.prefixes)


# Classes Material's scripts (as pinned) write only inside an element of a page's, or only where the site's
# configuration turns a feature on: the repository's facts (`md-source__fact--stars` …) inside the header's link to
# the repository (`repo_url`), the content tabs' labels and buttons inside a set of tabs (pymdownx.tabbed); the
# tooltips (`md-tooltip2`) with `content.tooltips`, `content.footnote.tooltips`, `navigation.instant.preview` or a
# link marked `data-preview`, the header's inline ones (`md-tooltip`) with `content.tooltips` or an annotation's; the
# annotations inside an element of class `annotate` (a code block's also with `content.code.annotate`); the code
# blocks' buttons with `content.code.copy` or `content.code.select` or inside `.copy` or `.select` (and a code block of
# line anchors, `md-code__content`); the tags of a search result, which on-demand.js's entries never carry, next to a
# page's tags. Where no page holds that element (its selector), nor can the build write it (its class, `written`),
# nor do its pages' configuration (`__config`'s `features`, which the scripts read) turn one of those features on, the
# scripts' words of that prefix name nothing: their rules, and the icons those rules read, weighed ~1.5 KB gzip of
# main.css on every first visit (the facts and tabs), and 1.8 KB more (the others: bench/README.md). A word is
# governed by the longest prefix it starts with (`md-tooltip2__inner` by `md-tooltip2`). (prefix, selector, the
# element's class or "", features)
SCOPED: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("md-source", "[data-md-component=source]", "", ()),
    ("tabbed-", ".tabbed-set", "tabbed-set", ()),
    ("md-tooltip2", "a[data-preview]", "",
     ("content.tooltips", "content.footnote.tooltips", "navigation.instant.preview")),
    ("md-tooltip", ".annotate", "annotate", ("content.tooltips", "content.code.annotate")),
    ("md-annotation", ".annotate", "annotate", ("content.code.annotate",)),
    ("md-code__", ".copy, .select, pre > code > span[id]", "", ("content.code.copy", "content.code.select")),
    ("md-tag", ".md-tag, .md-tags", "md-tag", ()),
)


def names_of(pages: Iterable[str], scripts: Iterable[str], *, written: Names | None = None,
             kept_in: Path | None = None) -> Names:
    """The classes of every element of `pages`, the words of their inline scripts and styles, and the words
    and class prefixes of `scripts` (the build's JavaScript files) but those of a prefix `SCOPED` to an element no
    page holds and the build cannot write (`written`), and to features no page's configuration turns on. `kept_in`:
    where each page's names are kept between commands (`_page_names`)."""
    scripts_words, scripts_prefixes = _scoped_names(tuple(scripts))
    held: set[str | None] = {None}  # (a word of no prefix of SCOPED)
    held |= {prefix for prefix, _, name, _ in SCOPED if written is not None and name and written.has_class(name)}
    words: set[str] = set()
    prefixes: set[str] = set()
    for html in pages:
        page_words, page_prefixes, scoped = _page_names(html, _pages_folder(kept_in))
        words |= page_words
        prefixes |= page_prefixes
        held |= scoped
    words.update(*(named for scope, named in scripts_words if scope in held))
    prefixes.update(*(named for scope, named in scripts_prefixes if scope in held))
    return Names(frozenset(words), tuple(sorted(prefixes)))


PAGES_FOLDER = "stylesheet-pages"  # beside the trimmings' folder
KEPT_PAGES = 4096  # some 3 kB each: five pages a version's languages, a thousand versions' worth (12 MB at most)


def _pages_folder(kept_in: Path | None) -> Path | None:
    return kept_in.parent / PAGES_FOLDER if kept_in is not None else None


def _page_names(html: str, folder: Path | None) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """One page's part of names_of: its elements' classes with the words of its inline scripts and styles, the class
    prefixes those build, and the prefixes of SCOPED it holds the element or turns the feature on of. Parsing a
    version's pages for them took some 7 ms of each version a warm `policy history --rebuild` builds again (perf22):
    with `folder`, each page's are kept there under the digest of its text and of this module's code."""
    name = _kept_name("page", (_parser(), html)) if folder is not None else ""
    kept = keptfiles.read(folder, name) if folder is not None else None
    if kept is not None:
        with contextlib.suppress(ValueError, TypeError):
            value = json.loads(kept)
            if isinstance(value, list) and len(value) == 3 and all(
                    isinstance(part, list) and all(isinstance(n, str) for n in part) for part in value):
                return frozenset(value[0]), frozenset(value[1]), frozenset(value[2])
    tree = LexborHTMLParser(html)
    features = _features(tree)
    scoped = frozenset(prefix for prefix, selector, _, turned_on in SCOPED
                       if features.intersection(turned_on) or tree.css_first(selector))
    words: set[str] = set()
    prefixes: set[str] = set()
    for node in tree.css("[class]"):
        words.update((node.attributes.get("class") or "").split())
    code = [node.attributes.get("style") or "" for node in tree.css("[style]")]
    code += [node.text(deep=True) for node in tree.css("script, style")]
    for text in code:
        found, built = _names_in(text)
        words |= found
        prefixes |= built
    if folder is not None:
        keptfiles.write(folder, name, json.dumps([sorted(words), sorted(prefixes), sorted(scoped)],
                                                 ensure_ascii=False).encode("utf-8", "surrogatepass"), most=KEPT_PAGES)
    return frozenset(words), frozenset(prefixes), scoped


Scoped = tuple[tuple[str | None, frozenset[str]], ...]


@functools.lru_cache(maxsize=8)
def _scoped_names(scripts: tuple[str, ...]) -> tuple[Scoped, Scoped]:
    """_names_in_all of a build's scripts, its words and its prefixes each grouped by the prefix of SCOPED that governs
    them (`_scoped`): the same in every build of a process, so each of some 3,300 words is placed once, not once a
    language build (25 ms a version of a rebuild, perf18)."""
    return tuple(_by_scope(names) for names in _names_in_all(scripts))  # type: ignore[return-value]


def _by_scope(names: frozenset[str]) -> Scoped:
    grouped: dict[str | None, set[str]] = {}
    for name in names:
        grouped.setdefault(_scoped(name), set()).add(name)
    return tuple((scope, frozenset(named)) for scope, named in grouped.items())


def _scoped(word: str) -> str | None:
    """The longest prefix of SCOPED that `word` starts with, None where none."""
    return max((prefix for prefix, _, _, _ in SCOPED if word.startswith(prefix)), key=len, default=None)


def _features(tree: LexborHTMLParser) -> frozenset[str]:
    """The features a page's configuration turns on (Material's `<script id="__config">`, which its scripts read)."""
    node = tree.css_first("script#__config")
    try:
        features = json.loads(node.text(deep=True)).get("features") if node is not None else None
    except (ValueError, AttributeError):
        return frozenset()
    return frozenset(f for f in features if isinstance(f, str)) if isinstance(features, list) else frozenset()


@functools.lru_cache(maxsize=8)
def _names_in_all(scripts: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """_names_in of a build's scripts together (the theme's: the same in every build; their union of some 3,000
    words took 1.6 ms a build)."""
    found = [_names_in(text) for text in scripts]
    return frozenset().union(*(words for words, _ in found)), frozenset().union(*(built for _, built in found))


@functools.lru_cache(maxsize=64)
def _names_in(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words of a script and the prefixes it builds class names from (each script once a process)."""
    return frozenset(_WORD.findall(code)), frozenset(_PREFIX.findall(code))


def trim_all(styles: Mapping[K, str], *, pages: Iterable[str], scripts: Iterable[str],
             kept_in: Path | None = None, written: Names | None = None) -> dict[K, str]:
    """Every stylesheet of a build's theme files (`styles`, by any key), trimmed to what `pages`, the theme's
    `scripts` and what the build can write whatever its text (`written`: written.of_build) can use (`kept_in`: see
    `trim`)."""
    if not styles:
        return {}
    names = names_of(pages, scripts, written=written, kept_in=kept_in)
    if written is not None:
        names = Names(names.words | written.words, tuple(sorted({*names.prefixes, *written.prefixes})))
    # A custom property one stylesheet sets and another reads (policy.css's dark colours, read by main.css's rules)
    # is read: each stylesheet is trimmed with the properties the others read.
    reads = {key: frozenset(_VAR.findall(text)) for key, text in styles.items()}
    trimmed = {}
    for key, text in styles.items():
        others = frozenset().union(*(read for other, read in reads.items() if other != key))
        trimmed[key] = trim(text, Names(names.words | others, names.prefixes), kept_in=kept_in)
    return trimmed


def trim(css: str, names: Names, *, kept_in: Path | None = None) -> str:
    """`css` without the rules and selectors that need a class `names` lacks, nor the custom properties nothing
    left uses; everything else as it was (comments dropped).

    Reading Material's 137 kB stylesheet with tinycss2 took some 0.3 s of CPU, in every process that builds (a
    sixth of a `policy publish`): with `kept_in` (the repository's `.git/policysite/stylesheets`), what a stylesheet
    requires and each trimming of it are kept there, under the digest of the stylesheet, of what the trimming
    depends on, of this module's code and of tinycss2's version; a file that is not what was kept is ignored and
    written anew."""
    classes, properties = _named_kept(css, kept_in)
    return _trim_kept(css, (classes & names.words) | {c for c in classes - names.words if c.startswith(names.prefixes)},
                      names.words & properties, kept_in)


KEPT_TRIMMINGS = 256


@functools.lru_cache(maxsize=8)
def _named_kept(css: str, kept_in: Path | None) -> tuple[frozenset[str], frozenset[str]]:
    kept = _kept(kept_in, "named", (css,))
    if isinstance(kept, list) and len(kept) == 2 and all(
            isinstance(part, list) and all(isinstance(n, str) for n in part) for part in kept):
        return frozenset(kept[0]), frozenset(kept[1])
    classes, properties = _named(css)
    _keep(kept_in, "named", (css,), [sorted(classes), sorted(properties)])
    return classes, properties


@functools.lru_cache(maxsize=16)
def _trim_kept(css: str, classes: frozenset[str], properties: frozenset[str], kept_in: Path | None) -> str:
    parts = (css, *sorted(classes), "\0", *sorted(properties))
    kept = _kept(kept_in, "trimmed", parts)
    if isinstance(kept, str):
        return kept
    trimmed = _trim(css, classes, properties)
    _keep(kept_in, "trimmed", parts, trimmed)
    return trimmed


def _kept_name(kind: str, parts: tuple[str, ...]) -> str:
    digest = hashlib.sha256(f"{kind}\0{_code()}".encode())
    for part in parts:
        digest.update(hashlib.sha256(part.encode("utf-8", "surrogatepass")).digest())
    return digest.hexdigest()


def _kept(folder: Path | None, kind: str, parts: tuple[str, ...]) -> object:
    """What was kept under this key, or None (no folder, no file, not what `_keep` writes)."""
    if folder is None:
        return None
    name = _kept_name(kind, parts)
    try:
        data = json.loads((folder / name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data.get("value") if isinstance(data, dict) and data.get("key") == name else None


def _keep(folder: Path | None, kind: str, parts: tuple[str, ...], value: object) -> None:
    if folder is None:
        return
    name = _kept_name(kind, parts)
    with contextlib.suppress(OSError, ValueError):
        folder.parent.mkdir(exist_ok=True)  # (in the git folder: none is made where it is gone)
        folder.mkdir(exist_ok=True)
        temp = folder / f".{name}.{os.getpid()}"
        temp.write_text(json.dumps({"key": name, "value": value}, ensure_ascii=False), encoding="utf-8")
        os.replace(temp, folder / name)  # (whole, or not at all)
        kept = [folder / one for one in os.listdir(folder) if not one.startswith(".")]
        if len(kept) > KEPT_TRIMMINGS:
            kept.sort(key=lambda one: one.stat().st_mtime_ns)
            for old in kept[:len(kept) - KEPT_TRIMMINGS]:
                old.unlink(missing_ok=True)


@functools.cache
def _code() -> str:
    """This module's code and tinycss2's version: a trimming kept by other code is not this code's."""
    from importlib import metadata

    return hashlib.sha256(Path(__file__).read_bytes()).hexdigest() + metadata.version("tinycss2")


@functools.cache
def _parser() -> str:
    """The HTML parser's version (selectolax's, lexbor within): a page's names kept by another are not read."""
    from importlib import metadata

    return metadata.version("selectolax")


@functools.lru_cache(maxsize=8)
def _named(css: str) -> tuple[frozenset[str], frozenset[str]]:
    """The class names `css`'s selectors require and the custom properties it declares: all of `names` that
    its trimming depends on (so that builds whose pages differ otherwise share one trimming a process)."""
    classes: set[str] = set()
    properties: set[str] = set()

    def walk(rules: list) -> None:
        for rule in rules:
            if rule.type == "qualified-rule":
                classes.update(token.value for before, token in zip(rule.prelude, rule.prelude[1:])
                               if before.type == "literal" and before.value == "." and token.type == "ident")
                properties.update(item.name for item in tinycss2.parse_blocks_contents(rule.content)
                                  if item.type == "declaration" and item.name.startswith("--"))
            elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _BLOCKS:
                walk(tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True))

    walk(list(_parsed(css)))
    return frozenset(classes), frozenset(properties)


@functools.lru_cache(maxsize=8)
def _parsed(css: str) -> tuple:
    """A stylesheet's rules as tinycss2 reads them (read only), once a process for its names and its trimming."""
    return tuple(tinycss2.parse_stylesheet(css, skip_whitespace=True, skip_comments=True))


@functools.lru_cache(maxsize=16)
def _trim(css: str, classes: frozenset[str], properties: frozenset[str]) -> str:
    rules = _plan(css)
    used = set(_VAR.findall("".join(_written(rules, classes)))) | properties
    return "".join(_written(rules, classes, used=used)) + "\n"


@dataclass(frozen=True)
class _Rule:
    """A stylesheet's rule as its trimming reads it, serialised once a process: a style rule's selectors (each with
    the classes it requires), its body as written and its declarations; an at-rule's block of rules; or anything
    else, kept as written (`text`)."""

    kind: str  # "style", "block" (an at-rule holding rules) or "kept" (written as it is)
    text: str = ""
    selectors: tuple[tuple[str, frozenset[str]], ...] = ()
    declarations: tuple[tuple[str, str], ...] = ()  # (name, `name:value`) and, name "", what is no declaration
    block: tuple[_Rule, ...] | None = None  # an at-rule's (`text`: `@media …`)


@functools.lru_cache(maxsize=8)
def _plan(css: str) -> tuple[_Rule, ...]:
    return _planned(list(_parsed(css)))


def _planned(rules: list) -> tuple[_Rule, ...]:
    out: list[_Rule] = []
    for rule in rules:
        if rule.type == "qualified-rule":
            selectors = tuple((tinycss2.serialize(s).strip(), _required(s)) for s in _selectors(rule.prelude))
            out.append(_Rule("style", tinycss2.serialize(rule.content).strip(), selectors,
                             _declarations(rule.content)))
        elif rule.type == "at-rule" and rule.content is not None and rule.lower_at_keyword in _BLOCKS:
            inner = tinycss2.parse_blocks_contents(rule.content, skip_whitespace=True, skip_comments=True)
            out.append(_Rule("block", f"@{rule.at_keyword}{tinycss2.serialize(rule.prelude)}", block=_planned(inner)))
        elif rule.type in ("at-rule", "qualified-rule"):
            out.append(_Rule("kept", tinycss2.serialize([rule])))
    return tuple(out)


def _required(selector: list) -> frozenset[str]:
    """The classes a selector requires (`.name` outside any parentheses)."""
    return frozenset(token.value for before, token in zip(selector, selector[1:])
                     if before.type == "literal" and before.value == "." and token.type == "ident")


def _declarations(content: list) -> tuple[tuple[str, str], ...]:
    kept = []
    for item in tinycss2.parse_blocks_contents(content, skip_whitespace=True, skip_comments=True):
        if item.type == "declaration":
            important = "!important" if item.important else ""
            kept.append((item.name, f"{item.name}:{tinycss2.serialize(item.value).strip()}{important}"))
        else:
            kept.append(("", tinycss2.serialize([item])))
    return tuple(kept)


def _written(rules: tuple[_Rule, ...], classes: frozenset[str], *, used: set[str] | None = None) -> list[str]:
    """The rules a page naming `classes` can match, as CSS; with `used`, without the custom properties nobody reads."""
    out: list[str] = []
    for rule in rules:
        if rule.kind == "block":
            assert rule.block is not None
            inner = _written(rule.block, classes, used=used)
            if inner:
                out.append(f"{rule.text}{{{''.join(inner)}}}")
        elif rule.kind == "style":
            selectors = [text for text, required in rule.selectors if required <= classes]
            body = rule.text if used is None else _body(rule.declarations, used)
            if selectors and body is not None:
                out.append(",".join(selectors) + "{" + body + "}")
        else:
            out.append(rule.text)
    return out


def _body(declarations: tuple[tuple[str, str], ...], used: set[str]) -> str | None:
    """A rule's declarations without the custom properties nobody reads; None when none is left."""
    kept = [text for name, text in declarations if not (name.startswith("--") and name not in used)]
    return ";".join(kept) if kept else None


def _selectors(prelude: list) -> list[list]:
    """A selector list cut at its top-level commas (a comma inside `:is(…)` is the function's)."""
    parts: list[list] = [[]]
    for token in prelude:
        if token.type == "literal" and token.value == ",":
            parts.append([])
        elif token.type != "comment":
            parts[-1].append(token)
    return [p for p in parts if any(t.type != "whitespace" for t in p)]


def trimmed_from(css: str, source: str) -> bool:
    """Whether `css` is what `trim` can make of `source`: its rules some of the source's in the same order, each with
    some of its selectors and its declarations but custom properties, at-rules as written. A stylesheet a page loads
    hides and shows what it likes: one on the branch is served only when the theme's or the site's own vouch for it
    (servedpages), and its trimming is no longer their bytes."""
    try:
        return _within(_plan(css), _plan(source))
    except (AttributeError, TypeError, ValueError):
        return False


def _within(rules: tuple[_Rule, ...], source: tuple[_Rule, ...]) -> bool:
    at = 0
    for rule in rules:
        while at < len(source) and not _part_of(rule, source[at]):
            at += 1
        if at == len(source):
            return False
        at += 1
    return True


def _part_of(rule: _Rule, source: _Rule) -> bool:
    if rule.kind != source.kind or (rule.kind != "style" and rule.text != source.text):
        return False
    if rule.kind == "block":
        return rule.block is not None and source.block is not None and _within(rule.block, source.block)
    if rule.kind == "kept":
        return True
    dropped = [d for d in source.declarations if d not in rule.declarations]
    return (_subsequence([text for text, _ in rule.selectors], [text for text, _ in source.selectors])
            and _subsequence(list(rule.declarations), list(source.declarations))
            and all(name.startswith("--") for name, _ in dropped))


def _subsequence(part: list, whole: list) -> bool:
    rest = iter(whole)
    return all(item in rest for item in part)
