"""The stylesheets a saved page links from its own folder, read as the page's `<style>`.

A browser's "Save Page As…, complete" writes a page's stylesheets beside it (`privacy_files/site.css`) and links
them (`<link rel="stylesheet" href="privacy_files/site.css">`), a page saved as one file (`.mhtml`) holds them as
parts of it: what they hide (`.old{display:none}`), draw
(`::after{content:…}`), mark bold or reorder is what a reader saw, and the import read only the page's own `<style>`
(adoption hunt 25: words a linked stylesheet hid were imported as text without a word). Each stylesheet the page
links by a relative address (a file under the page's folder, or a `.css` file a site's copy keeps beside it) is
written into the page as a `<style>` in its place (its `media` kept as an `@media` around it, the files it
`@import`s read in too); one linked there and not saved is said, as its rules could not be read. A
`<style media="print">`'s rules are kept for print, as a linked one's are: a print stylesheet's
`a::after{content:" (" attr(href) ")"}` is no words of the screen's.
"""
from __future__ import annotations

import os
import re
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from policysite.convert.notes import Notes
from policysite.messages import Said

# A stylesheet larger than a site's whole theme is not read (its rules are parsed several times over).
MAX_BYTES = 2 * 1024 * 1024
_IMPORT = re.compile(r"""@import\s+(?:url\(\s*)?["']?([^"')\s;]+)["']?\s*\)?\s*([^;]*);""", re.I)


def _local(href: str, base: Path, folder: Path) -> Path | None:
    """The file a relative address names, resolved from `base`: under `folder`, or a `.css` file anywhere (a site's
    copy made by wget or HTTrack keeps the page in `legal/` and its stylesheets in `wp-content/`); None for another
    site's address. Saved under its address's query too (`style.css?ver=6.1`, as wget names it) where no file has the
    name without it."""
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.startswith("/"):
        return None
    path = base / unquote(parts.path)
    queried = path.with_name(f"{path.name}?{unquote(parts.query)}") if parts.query else path
    if not path.exists() and queried.exists():
        path = queried
    try:
        resolved = path.resolve()
        if not resolved.is_relative_to(folder.resolve()) and not resolved.name.lower().split("?")[0].endswith(".css"):
            return None
    except (OSError, ValueError, RuntimeError):
        return None
    return path


def _href_name(path: Path, folder: Path) -> str:
    """A stylesheet's path as the page's folder reaches it (`../wp-content/style.css`)."""
    try:
        return Path(os.path.relpath(path, folder)).as_posix()
    except ValueError:
        return path.name


def _read(path: Path, folder: Path, depth: int, read: list[str], missing: list[str]) -> str:
    """A stylesheet's text with the local files it `@import`s written in where it imports them."""
    name = path.relative_to(folder).as_posix() if path.is_relative_to(folder) else _href_name(path, folder)
    if path.is_symlink() or not path.is_file():
        missing.append(name)
        return ""
    try:
        if path.stat().st_size > MAX_BYTES:
            missing.append(Said("convert.linked-css/large", name=name, mib=MAX_BYTES // (1024 * 1024)))
            return ""
        css = path.read_bytes().decode("utf-8", errors="replace").removeprefix("\ufeff")
    except OSError:
        missing.append(name)
        return ""
    read.append(name)

    def imported(found: re.Match[str]) -> str:
        target = _local(found.group(1), path.parent, folder)
        if target is None or depth >= 3:
            return found.group(0)
        inner = _read(target, folder, depth + 1, read, missing)
        media = found.group(2).strip()
        return f"@media {media} {{{inner}}}" if media and media.lower() != "all" else inner

    return _IMPORT.sub(imported, css)


def _links(tree: LexborHTMLParser) -> list:
    """The page's `<link rel="stylesheet">` elements a browser applies (not an alternate or disabled one)."""
    return [link for link in tree.css("link[href]")
            if "stylesheet" in (rel := (link.attributes.get("rel") or "").lower().split()) and "alternate" not in rel
            and "disabled" not in link.attributes]


def hrefs(data: bytes) -> list[str]:
    """The address each stylesheet a page's HTML applies is linked by, as written."""
    return [href for link in _links(LexborHTMLParser(data.decode("utf-8", "replace")))
            if (href := (link.attributes.get("href") or "").strip())]


def inline(tree: LexborHTMLParser, folder: Path | None, notes: Notes, *, saved: dict[str, str] | None = None,
           address: str = "") -> None:
    """Replace each `<link rel="stylesheet">` to a file under `folder`, or to one of the `saved` stylesheets (a page
    saved as one file: by the address the page, at `address`, links it by), by a `<style>` of its rules, and say so."""
    for element in tree.css("style[media]"):  # a stylesheet for print only: its rules kept for print
        media = (element.attributes.get("media") or "").strip()
        if media and media.lower() != "all":
            scoped = LexborHTMLParser(f"<head><style>@media {media} {{{element.text(deep=True)}}}</style></head>"
                                      ).css_first("style")
            if scoped is not None:
                element.replace_with(scoped)
    if folder is None and not saved:
        return
    read: list[str] = []
    missing: list[str] = []
    for link in _links(tree):
        href = (link.attributes.get("href") or "").strip()
        if saved and (found := saved.get(href, saved.get(urljoin(address, href)) if address else None)) is not None:
            read.append(href.rsplit("/", 1)[-1] or href)
            css = found
        elif folder is not None and (path := _local(href, folder, folder)) is not None:
            css = _read(path, folder, 0, read, missing)
        else:
            continue
        css = css.replace("</", "<\\/")
        media = (link.attributes.get("media") or "").strip()
        if media and media.lower() != "all":
            css = f"@media {media} {{{css}}}"
        style = LexborHTMLParser(f"<head><style>{css}</style></head>").css_first("style")
        if style is not None:
            link.replace_with(style)
    if read:
        notes.add(Said("convert.linked-css", count=len(read), names=", ".join(read[:5]),
                       more=" …" if len(read) > 5 else ""))
    if missing:
        notes.add(Said("convert.linked-css/missing", count=len(missing), names=missing[:5],
                       more=" …" if len(missing) > 5 else ""))
