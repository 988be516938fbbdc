"""What a published build serves, written compactly: the same scripts, styles and data in fewer bytes.

Our own scripts and styles (overrides/assets/) are written for their readers, comments and all; what a
browser downloads is them without comments and spacing, by rjsmin and rcssmin (which only remove what the
language ignores). Material's own files are minified already (`.min.js`, `.min.css`). The search index
Material writes is the version's text again, section by section (a sixth of a version's bytes): a version keeps
only its configuration (languages, separator, pipeline, fields), and the reader's browser reads the entries from
the version's policy page when the reader searches (`on-demand.js`), as Material's plugin reads them from the
page it builds.
The pages keep their markup as the theme writes it (a minifier that reorders and unquotes attributes was
tried: bench/README.md); only the indentation at a tag goes (between two tags, and between a tag and a text: the
theme indents a link's or a title's words inside their element), a run of spaces and newlines there being one
space to a browser, except where whitespace is kept (pre, code, kbd, textarea) or is code (script, style).
"""
from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import rcssmin
import rjsmin

SEARCH_INDEX = "search/search_index.json"
# Elements whose whitespace is kept (Material styles code and kbd `white-space: pre-wrap`) or is code.
_KEPT = re.compile(r"<(pre|textarea|script|style|code|kbd)\b.*?</\1\s*>", re.I | re.S)
# A run of whitespace holding a newline at a tag: after a `>` (or at the start of a piece of the page between kept
# elements, which starts after one), or before a `<` (or at the piece's end). Each is found from its newline (a
# literal the engine looks for at once: a pattern tried at every character was four times slower on a history page
# of 1,000 versions); the spaces before that newline are taken back by hand.
_RUN_FROM_NEWLINE = re.compile(r"\n[ \t\r\n]*")
_SPACE = " \t\r"


def script(text: str) -> str:
    """A JavaScript file without its comments and spacing."""
    return rjsmin.jsmin(text).strip() + "\n"


def style(text: str) -> str:
    """A stylesheet without its comments and spacing."""
    return rcssmin.cssmin(text).strip() + "\n"


def own(name: str) -> bool:
    """Whether a theme file (its name) is one of the scripts and styles a build compacts: not those shipped
    minified."""
    return ".min." not in name and name.endswith((".js", ".css"))


# The line a minified theme script or style ends with, naming its source map, which no build serves (assets.unused):
# every first visit downloaded it (37 B gzip of Material's bundle), and a browser's developer tools asked for the map.
# (a script's on a line of its own: `//#` in a string of the last line is not it)
_SOURCE_MAP = re.compile(rb"(?:(?<=\n)//# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^*]*\*/)\s*\Z")


def theme_file(name: str, data: bytes) -> bytes:
    """A theme file's bytes as a build serves them: its own scripts and styles compacted (`own`), read as text
    (universal newlines); those shipped minified without their source map's line; other files as they are."""
    if own(name):
        return _compacted(name.endswith(".js"), data)
    found = _SOURCE_MAP.search(data) if name.endswith((".js", ".css")) else None
    return data[:found.start()].rstrip(b"\n") + b"\n" if found else data


@functools.lru_cache(maxsize=64)
def _compacted(is_script: bool, data: bytes) -> bytes:
    """Each of the theme's own scripts and styles compacted once a process (the same in every version's build)."""
    text = data.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
    return (script(text) if is_script else style(text)).encode("utf-8")


def page(html: str) -> str:
    """A page without the indentation at its tags: each run of whitespace with a newline after a tag or before one
    becomes that one newline, outside the elements whose whitespace counts."""
    out, last = [], 0
    for kept in _KEPT.finditer(html):
        out += [_between(html[last:kept.start()]), kept.group(0)]
        last = kept.end()
    out.append(_between(html[last:]))
    return "".join(out)


def _between(piece: str) -> str:
    out, last = [], 0
    for run in _RUN_FROM_NEWLINE.finditer(piece):
        start, end = run.start(), run.end()
        while start > last and piece[start - 1] in _SPACE:
            start -= 1
        if start == 0 or end == len(piece) or piece[start - 1] == ">" or piece[end] == "<":
            out += [piece[last:start], "\n"]
            last = end
    out.append(piece[last:])
    return "".join(out)


def search_index(text: str) -> str:
    """Material's search index without its entries: its configuration, which the search needs and the page does
    not hold; `on-demand.js` reads the entries from the page, the same words the reader sees."""
    config = json.loads(text).get("config", {})
    return json.dumps({"config": config, "docs": []}, ensure_ascii=False, separators=(",", ":"))


def site(folder: Path) -> None:
    """Rewrite a built site's pages, own scripts and styles (`assets/`) and search index compactly, in place."""
    for path in sorted(folder.rglob("*.html")):
        path.write_text(page(path.read_text(encoding="utf-8")), encoding="utf-8")
    for path in sorted((folder / "assets").rglob("*")):
        if path.is_file() and path.name.endswith((".js", ".css")):
            data = path.read_bytes()
            served = theme_file(path.name, data)
            if served != data:
                path.write_bytes(served)
    index = folder / SEARCH_INDEX
    if index.is_file():
        index.write_text(search_index(index.read_text(encoding="utf-8")), encoding="utf-8")
