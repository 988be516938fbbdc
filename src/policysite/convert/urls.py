"""How a URL is judged, as a browser reads it: script URLs, other hosts, files this site lacks."""
from __future__ import annotations

import html
import re
from collections.abc import Mapping
from urllib.parse import unquote, urlsplit

_SCRIPT = re.compile(r"(?:javascript|vbscript|livescript|data):")
_IGNORED = re.compile(r"[\x00-\x20\x7f]")  # what browsers strip from, or ignore in, a URL
_SAFE_HREF = re.compile(r"(?:https?://|mailto:|#)", re.I)


def bookmark_id(name: str) -> str:
    """A document's bookmark name (`_heading=h.gjdgxs`, `Art."2"(a)`, Word's `_top`) as an id a heading can take and
    a Markdown link can lead to: `=`, quotes, brackets and spaces as hyphens (see docx_source's _BOOKMARK)."""
    name = html.unescape(name)
    if name == "_top":
        return "top"
    return re.sub(r"[^\w.-]+", "-", re.sub(r"^_+", "_", name).replace("=", "-"))


def squeezed(url: str) -> str:
    """The URL with character references decoded and the characters browsers ignore removed."""
    return _IGNORED.sub("", html.unescape(url)).lower()


def is_script_url(url: str) -> bool:
    """javascript:, vbscript: or data:, however spelled (entities, percent-escapes, spaces, case)."""
    return bool(_SCRIPT.match(squeezed(url)) or _SCRIPT.match(squeezed(unquote(url))))


def is_safe_href(url: str) -> bool:
    """A link target a raw <a> may have: http(s), mailto: or an in-page #anchor."""
    return bool(_SAFE_HREF.match(url.strip())) and not is_script_url(url)


def image_kind(src: str) -> str:
    """"foreign" (another host), "data" (a data: URL) or "local" (a file of the old site, or nothing)."""
    url = squeezed(src)
    if url.startswith("data:"):
        return "data"
    if url.startswith("//") or re.match(r"[a-z][a-z0-9+.-]*:", url):
        return "foreign"
    return "local"


# The endings of a web site's or an office's files (`terms.html`, `policy.pdf`): a name ending so is a file even where
# the ending is also a country's or a brand's top-level domain (.md, .zip, .mov).
_FILE_ENDINGS = frozenset(("html", "htm", "xhtml", "shtml", "php", "asp", "aspx", "jsp", "cfm", "cgi", "md", "markdown",
                           "txt", "pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "ppt", "pptx", "csv", "xml",
                           "json", "png", "jpg", "jpeg", "gif", "svg", "webp", "css", "js", "zip", "mov", "mp4", "mp3",
                           "epub", "ics", "vcf", "rss", "atom", "gz", "tar", "rar", "exe", "dmg", "apk", "ico", "woff",
                           "woff2", "ttf", "otf", "tif", "tiff", "bmp", "wav", "ogg", "webm", "odp", "dotx", "docm",
                           "xlsm", "yml", "yaml", "toml", "ini", "log", "rst", "tex", "mdx", "rb", "key"))
# A host name written without its scheme (`papilionem.dev`, `www.example.org/privacy`): labels of letters, digits and
# hyphens, the last of letters only.
_HOST = re.compile(r"(?i)(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+([a-z]{2,24})(?::\d{1,5})?$")


def domain_address(url: str) -> str | None:
    """The https address a link written as a bare domain means (`papilionem.dev`, `www.example.org`,
    `example.org/privacy`), as a writer typing it into Word or a page meant it; None for a file of the old site
    (`terms.html`, `docs/cookies.md`) or anything else. A host followed by a path, or starting with `www.`, is a
    domain whatever its ending."""
    value = url.strip()
    if not value or value.startswith(("#", "/", "?", "\\", ".")) or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:(?!\d)", value):
        return None
    host = urlsplit("//" + value).netloc
    match = _HOST.match(host)
    if not match or "@" in value.split("/", 1)[0]:
        return None
    if not ("/" in value or host.lower().startswith("www.")) and match.group(1).lower() in _FILE_ENDINGS:
        return None
    return "https://" + value


def missing_file(url: str) -> bool:
    """A relative link to a file (`terms.html`, `../cookies.md`): the build refuses it, the file is not here."""
    value = url.strip()
    if domain_address(value):
        return False
    if not value or value.startswith(("#", "/", "?", "\\")) or re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value):
        return False
    path = unquote(urlsplit(value).path)
    return bool(re.search(r"\.[A-Za-z0-9]{1,8}$", path.rsplit("/", 1)[-1]))


# A web archive's copy of an address (`https://web.archive.org/web/20210301093012/https://…`, `/web/2021…id_/…`, its
# list of captures, `/web/20201101000000*/https://…`, `/web/*/https://…`, where the page linked the address outside its
# capture: adopt31), archive.today's `/o/Xy7Qz/…`): group 1 the address it copies.
ARCHIVED = re.compile(r"^(?:(?:(?:https?:)?//web\.archive\.org)?/web/(?:\d{0,14}\*|\d{1,14}(?:[a-z]{2}_)?)"
                      r"|(?:https?:)?//archive\.(?:today|ph|is|li|vn|fo|md)/o/[A-Za-z0-9]{3,12})/+(.+)$", re.I)
# The page a capture saved from the Wayback Machine is of, as its scripts (`__wm.wombat("https://…", "2021…")`) or its
# toolbar ("The Wayback Machine - https://web.archive.org/web/20210217123456/https://…") name it.
_CAPTURED_PAGE = re.compile(r"""__wm\.wombat\(\s*["'](https?://[^"'\s]+)["']"""
                            r"|The Wayback Machine - https?://web\.archive\.org/web/\d{14}(?:[a-z]{2}_)?/+"
                            r"(https?://[^\s\"'<>]+)")
# The keys of a Markdown page's front matter or metadata lines that give its address on the web (a clipper's `source:`,
# Jina Reader's `URL Source:`, a generator's `canonical_url:`), read where they hold an absolute web address.
_PAGE_KEYS = ("canonical_url", "canonical", "source", "source_url", "url source", "original_url", "url")


def unarchived(address: str) -> str:
    """`address`, or the address a web archive's copy of it copies."""
    found = ARCHIVED.match(address.strip())
    if found is None:
        return address.strip()
    original = found.group(1)
    original = original if re.match(r"(?i)[a-z][a-z0-9+.-]*:", original) else "http://" + original.lstrip("/")
    # the default port the archive's older captures write (`http://www.example.com:80/privacy`): the address readers
    # followed (adopt31: a link to the page itself was not known as one)
    return re.sub(r"(?i)^(http://[^/?#:@]+):80(?=[/?#]|$)|^(https://[^/?#:@]+):443(?=[/?#]|$)",
                  lambda m: m.group(1) or m.group(2), original)


def captured_page(text: str) -> str:
    """The address of the page that `text`, a capture saved from the Wayback Machine, is of (see above), else ""."""
    found = _CAPTURED_PAGE.search(text)
    return (found.group(1) or found.group(2)) if found else ""


def stated_page(keys: Mapping[str, str], text: str = "") -> str:
    """The web address a Markdown page's front matter (`keys`) says it was published at (a web archive's copy of it
    read as the address it copies), else the page a Wayback capture's header in `text` names, else ""."""
    for key in _PAGE_KEYS:
        value = unarchived(str(keys.get(key, "")))
        if re.match(r"(?i)https?://[^/\s]", value):
            return value
    for value in keys.values():  # a capture's address under any key (`archived:`, `wayback:`)
        if ARCHIVED.match(str(value).strip()) and re.match(r"(?i)https?://[^/\s]", value := unarchived(str(value))):
            return value
    return captured_page(text[:256 * 1024])
