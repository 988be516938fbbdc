"""What a search engine reads at the site's root: `sitemap.xml`, a sitemap index naming each language's sitemap
(`<lang>/sitemap.xml`, which lists its text in force and its history, compare and at pages: leads45), and, where the
site is at its host's root, `robots.txt` naming that index (a crawler reads robots.txt at a host's root only: one in a
folder is nobody's). The sitemaps protocol: an index names sitemaps by absolute address, each escaped as XML."""
from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
NAMES = (SITEMAP, ROBOTS)  # a search engine's root files publishing may write (one it no longer writes: removed)


def sitemap_index(public_url: str, folders: Iterable[str]) -> bytes:
    """The sitemap index of the site at `public_url` (ending in `/`) naming the sitemap of each of `folders` (a
    language's folder on the branch, `fr`), in their order."""
    entries = "".join(f"    <sitemap>\n        <loc>{escape(f'{public_url}{folder}/{SITEMAP}')}</loc>\n    </sitemap>\n"
                      for folder in folders)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            f"{entries}</sitemapindex>\n").encode()


def robots(public_url: str) -> bytes | None:
    """The robots.txt of the site at `public_url`: its sitemap index's line alone (no rule: every crawler is let in);
    None where the site is in a folder of its host (the host's own robots.txt is another's to write)."""
    if urlsplit(public_url).path not in ("", "/"):
        return None
    return f"Sitemap: {public_url}{SITEMAP}\n".encode()


def root_files(public_url: str, folders: Iterable[str]) -> dict[str, bytes]:
    """The files publishing writes at the site's root for a search engine, path -> bytes: the sitemap index naming
    `folders`' sitemaps (none where no language is published), and robots.txt where the site is at its host's root."""
    folders = list(folders)
    if not folders:
        return {}
    written = {SITEMAP: sitemap_index(public_url, folders)}
    if (text := robots(public_url)) is not None:
        written[ROBOTS] = text
    return written
