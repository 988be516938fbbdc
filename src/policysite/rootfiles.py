"""What a search engine reads at the site's root: `sitemap.xml`, a sitemap index naming each language's sitemap
(`<lang>/sitemap.xml`, which lists its text in force and its history, compare and at pages: leads45), and, where the
site is at its host's root, `robots.txt` naming that index (a crawler reads robots.txt at a host's root only: one in a
folder is nobody's). The sitemaps protocol: an index names sitemaps by absolute address, each escaped as XML."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from urllib.parse import urlsplit
from xml.sax.saxutils import escape

SITEMAP = "sitemap.xml"
ROBOTS = "robots.txt"
NAMES = (SITEMAP, ROBOTS)  # a search engine's root files publishing may write (one it no longer writes: removed)
# A search engine's proof that the site's owner controls its host, the file its webmaster console has the owner put at
# the root: Google Search Console's HTML file, Bing Webmaster Tools' XML file. Each is kept and accounted for with the
# bytes the console gives alone (a page of any other words under such a name is one no publication wrote): verify said
# Google's "on the branch but not written by publishing", and every later publication refused to carry it (histories25)
_OWNERSHIP = (
    (re.compile(r"google[0-9a-f]{16}\.html"), lambda name: re.compile(
        rf"google-site-verification: {re.escape(name)}\s*".encode())),
    (re.compile(r"BingSiteAuth\.xml"), lambda _name: re.compile(
        rb'<\?xml version="1\.0"\?>\s*<users>\s*<user>[0-9A-F]{32}</user>\s*</users>\s*')),
)


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


def robots_as_written(data: bytes) -> bool:
    """Whether `data` is a robots.txt as publishing writes one (`robots`: its sitemap index's line alone, whatever the
    address, a former public_url's included): any other was written by hand, and the next publication replaced or
    removed it without a word (a company's own rules lost: safety88's note, safety90)."""
    return re.fullmatch(rb"Sitemap: https?://[^\s]+/" + re.escape(SITEMAP.encode()) + rb"\n", data) is not None


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


def ownership_proof(path: str, read: Callable[[], bytes | None]) -> bool:
    """Whether `path` of the branch is a search engine's proof of the site's ownership (_OWNERSHIP) as its console
    writes it: at the root, under its name, holding its words alone (`read` gives its bytes, read only for such a
    name)."""
    for name, words in _OWNERSHIP:
        if name.fullmatch(path):
            data = read()
            return data is not None and words(path).fullmatch(data) is not None
    return False
