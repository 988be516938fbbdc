"""A page's Markdown as MkDocs renders it, kept in the repository's git folder between commands.

A warm `policy history --rebuild` builds every version again, and Python-Markdown rendered each version's two policy
pages again for the same HTML: some 29 ms a version, the largest part of its build. A page's rendering
(mkdocs.structure.pages.Page.render) is a function of its Markdown as the hooks leave it, of where it is served and
the site's files (MkDocs resolves and rewrites its links with them), of the Markdown extensions and their options,
of the link checks' levels and of the level MkDocs logs at, and of the code: this package (the `slugify` the
headings' ids are made with), Python's version and the installed distributions, Python-Markdown and MkDocs among
them (findingcache.checks_digest). What it gives (the HTML, the table of contents, the title, the page's ids and
its links to other pages' anchors) is kept under the digest of all that, and given back for the same inputs.
A rendering that logged anything (a link to a missing page) is never kept, so a page that warned warns again; nor
one whose extensions or options cannot be named (an object a hook made). A kept file that cannot be read as a
rendering is ignored (the page is rendered, and written anew); one that cannot be written is no error. The output
check still reads every built page. The newest `KEPT` renderings are kept.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from policysite import findingcache, keptfiles

if TYPE_CHECKING:  # MkDocs imported where a page is rendered, not by every command importing this module (`diff`)
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page
    from mkdocs.structure.toc import AnchorLink

FOLDER = "renderings"
FORMAT = 1
KEPT = 4096  # some 20 kB each, packed: two policy pages a version, 80 MB at most

_KEPT = keptfiles.Place()
# While in the block, keep the pages' renderings in a folder (a repository's `.git/policysite/renderings`) and read
# them back from there: only who can change the repository's own hooks can write there (as build.compiled_kept_in).
kept_in = _KEPT.kept_in
_LOG = logging.getLogger("mkdocs.structure.pages")  # where Page.render says what it finds in the links


def folder(common_dir: str | os.PathLike[str]) -> Path:
    """Where a repository whose common git folder is `common_dir` keeps them (beside the parsed texts)."""
    return Path(common_dir) / "policysite" / FOLDER


def render(page: Page, config: MkDocsConfig, files: Files) -> None:
    """`page.render(config, files)` (its class's), from the renderings kept where one was kept for the same
    inputs."""
    place = _KEPT.folder
    name = _name(page, config, files) if place is not None else None
    if name is None:
        type(page).render(page, config, files)
        return
    kept = keptfiles.read(place, name)
    if kept is not None and _restored(page, kept, files):
        return
    said = _Said()
    for logger in _LOGGERS:
        logging.getLogger(logger).addHandler(said)
    try:
        type(page).render(page, config, files)
    finally:
        for logger in _LOGGERS:
            logging.getLogger(logger).removeHandler(said)
    if not said.anything:
        keptfiles.write(place, name, _packed(page), most=KEPT)


class _Unnamed(Exception):
    """An option of the rendering that cannot be named by value (an object a hook made)."""


def _name(page: Page, config: MkDocsConfig, files: Files) -> str | None:
    """The digest of all `page`'s rendering depends on, or None where an extension or option cannot be named."""
    try:
        extensions = [_named(entry) for entry in config["markdown_extensions"]]
        options = _named(config["mdx_configs"] or {})
    except _Unnamed:
        return None
    if not all(isinstance(entry, str) for entry in extensions):
        return None
    links = config.validation.links
    digest = hashlib.sha256()
    for part in (str(FORMAT), findingcache.checks_digest(), json.dumps(extensions), json.dumps(options, sort_keys=True),
                 repr([links.not_found, links.absolute_links, links.unrecognized_links, links.anchors]),
                 str(bool(config.use_directory_urls)), str(_LOG.getEffectiveLevel()),
                 json.dumps(_where(page.file)), json.dumps(sorted(_where(file) for file in files)),
                 page.markdown or ""):
        digest.update(part.encode("utf-8", "surrogatepass") + b"\0")
    return digest.hexdigest()


def _where(file: Any) -> list[str]:
    """What MkDocs reads of a file to resolve a link to it, or from it."""
    return [file.src_uri, file.dest_uri, file.url, file.inclusion.name]


def _named(value: Any) -> Any:
    """`value` as JSON can hold it, a function as its module and name where the code is part of the key (this
    package's, or an installed distribution's); _Unnamed otherwise."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (list, tuple)):
        return [_named(item) for item in value]
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: _named(item) for key, item in value.items()}
    module, qualname = getattr(value, "__module__", None), getattr(value, "__qualname__", None)
    if callable(value) and isinstance(module, str) and isinstance(qualname, str) and "<" not in qualname \
            and _installed(module):
        return {"function": f"{module}:{qualname}"}
    raise _Unnamed


def _installed(module: str) -> bool:
    """Whether `module`'s code is this package's or an installed distribution's (findingcache.checks_digest names
    both), not a file of the project's (a hook's)."""
    if module == "policysite" or module.startswith("policysite."):
        return True
    path = getattr(sys.modules.get(module), "__file__", None)
    return isinstance(path, str) and any(part in ("site-packages", "dist-packages") for part in Path(path).parts)


class _Said(logging.Handler):
    """Whether anything was logged while a page rendered."""

    def __init__(self) -> None:
        super().__init__(logging.NOTSET)
        self.anything = False

    def emit(self, record: logging.LogRecord) -> None:
        self.anything = True


_LOGGERS = ("mkdocs", "MARKDOWN", "")  # MkDocs' loggers, Python-Markdown's, and what reaches the root


def _packed(page: Page) -> bytes:
    links = None if page.links_to_anchors is None else \
        {file.src_uri: dict(anchors) for file, anchors in page.links_to_anchors.items()}
    kept = {"content": page.content, "toc": list(_tokens(page.toc or [])), "title": page._title_from_render,
            "ids": sorted(page.present_anchor_ids or ()), "links": links}
    # (a text read with `surrogateescape` keeps its lone surrogates: kept as they are)
    return zlib.compress(json.dumps(kept, ensure_ascii=False).encode("utf-8", "surrogatepass"), 1)


def _tokens(items: Iterable[AnchorLink]) -> Iterator[dict[str, Any]]:
    """The table of contents as the tokens it was made from (mkdocs.structure.toc.get_toc)."""
    for item in items:
        yield {"name": item.title, "id": item.id, "level": item.level, "children": list(_tokens(item.children))}


def _restored(page: Page, packed: bytes, files: Files) -> bool:
    """Set `page`'s rendering from what was kept; False (`page` unchanged) where it is not a rendering."""
    from mkdocs.structure.toc import get_toc

    try:
        kept = json.loads(zlib.decompress(packed).decode("utf-8", "surrogatepass"))
        content, title, ids, links = kept["content"], kept["title"], kept["ids"], kept["links"]
        toc = get_toc(kept["toc"])
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError, KeyError, TypeError, AttributeError):
        return False
    if not isinstance(content, str) or not (title is None or isinstance(title, str)) \
            or not isinstance(ids, list) or not all(isinstance(one, str) for one in ids) \
            or not (links is None or isinstance(links, dict) and all(
                isinstance(anchors, dict) and all(isinstance(v, str) for v in anchors.values())
                for anchors in links.values())):
        return False
    linked = {}
    for src, anchors in (links or {}).items():
        target = files.get_file_from_path(src)
        if target is None:
            return False
        linked[target] = dict(anchors)
    page.content, page.toc, page._title_from_render = content, toc, title
    page.present_anchor_ids = set(ids)
    if links is not None:
        page.links_to_anchors = linked
    return True
