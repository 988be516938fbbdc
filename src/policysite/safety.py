"""Safety judged on what is published: each built HTML page, parsed as a browser parses it.

The Markdown checks read the source; this module reads the output, with an HTML5 parser that
follows the WHATWG algorithm (lexbor, through selectolax), so a comment, fence, entity or
attribute that a browser reads one way cannot be read another way here. A page passes when it
runs only the theme's own scripts, has no event handler and no script URL, and loads nothing
from another origin. `with_csp` gives every page a Content-Security-Policy that lets the browser
enforce the same thing on anything that got past the build.
"""
from __future__ import annotations

import base64
import functools
import hashlib
import html as htmllib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite import (
    blockwords,
    characters,
    config_rules,
    css_rules,
    globalscache,
    heading_numbers,
    mailsubject,
    noticewords,
    ownhost,
    passcache,
    section_ids,
    tableslots,
)
from policysite.addresses import (
    browser_host,
    hidden_service,
    private_host,
    program_kind,
    redirect_of,
    secret_parameters,
    tracking_parameters,
)
from policysite.inline import LINE_BREAK
from policysite.messages import Said, shown_name
from policysite.versionlinks import version_shown

# Elements that embed or fetch another document, or change where the page's URLs point: never published.
FORBIDDEN = frozenset({"iframe", "frame", "frameset", "object", "embed", "applet", "base", "portal",
                       "fencedframe", "param", "animate", "set", "animatemotion", "animatetransform", "discard"})
# Elements the Markdown of a policy never needs; the theme's own (search form, icons) sit outside the content.
FORBIDDEN_IN_CONTENT = frozenset({"form", "input", "button", "textarea", "select", "option", "style", "link",
                                  "meta", "svg", "math", "template", "dialog", "noscript", "audio", "video",
                                  "source", "track", "picture", "canvas", "marquee", "xmp", "plaintext",
                                  "noembed", "noframes",
                                  # words drawn in another order than written, struck out as if deleted, or folded
                                  # away behind a title no check reads as the text's (safety hunt 48)
                                  "bdo", "s", "strike", "details"})
# Elements whose words a browser never draws, though they stand in the text: its own stylesheet hides a <title> (any
# <title> of the body too), a <datalist> and an <rp>, and a <progress> or a <meter> is drawn as a gauge, its words
# fallback for a browser that has none. The checks, the redline and the PDF read them as the text's; Python-Markdown
# writes none, and the source's allow-list none, but a page another generator built, a hand commit or an override's
# markup published "<title>We sell your data.</title>" unseen (safety87 hunt). An <rp> (a ruby's fallback brackets,
# hidden where ruby is drawn) may hold brackets: words in one are refused (UNDRAWN_BRACKETS).
UNDRAWN = frozenset({"title", "datalist", "progress", "meter"})
UNDRAWN_BRACKETS = frozenset({"rp"})
# Words a page shows on the reader's demand only, on top of the page or out of reach: a dialog, a popover (opened by a
# button or a script, drawn above everything), a block `hidden="until-found"` (find-in-page and a fragment open it), an
# `inert` part (its links and buttons dead, its words unselectable). Anywhere on a page: the article forbids its own
# (FORBIDDEN_IN_CONTENT), and the theme's part (header, menus, footer: an override's) is read for its links only, so an
# override putting words there in one of these passed (safety59). Neither Material nor the site's templates write any.
UNSHOWN_ELEMENTS = frozenset({"dialog"})
UNSHOWN_ATTRIBUTES = frozenset({"popover", "inert"})
# Words the redline shows deleted or inserted, marked by its own classes (redline.html): in the text, others are words
# drawn struck out or underlined as if the policy had changed (safety hunt 48).
REDLINE_MARKS = {"del": "redline-del", "ins": "redline-ins"}
# What holds the redline's marks (partials/redline.html: `div.redline`, its `section.redline-section`s)
REDLINE_PARTS = frozenset({"redline", "redline-section"})
# Words a browser draws underlined as the redline marks an insertion, which neither Markdown nor the site writes
UNDERLINED = frozenset({"u"})
# A direction override (U+202D, U+202E) draws the characters after it in another order than written: the checks, the
# redline and the PDF read one sentence and the reader another (`policy check`'s editorial.bidi, in the source).
OVERRIDES = re.compile("[\u202d\u202e]")
# Elements a browser lays out as paragraphs of the bidirectional algorithm: a mark or an isolate reorders the words of
# its own (characters.direction_apart).
BIDI_BLOCKS = frozenset({"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "caption",
                         "figcaption", "blockquote", "pre"})
# Attributes inside the content: what Markdown, its tables and toc, and the policy's own partials write.
# `attr_list` can set any attribute; this keeps it to these (the text's own are fewer: TEXT_ATTRIBUTES). Not a
# header cell's `abbr`, which none of them writes: words a screen reader says for the column, shown nowhere (`<th
# abbr="We sell your data">Name</th>` was published: safety93).
CONTENT_ATTRIBUTES = frozenset({"id", "class", "href", "title", "alt", "src", "colspan", "rowspan", "align",
                                "start", "lang", "dir", "hreflang", "rel", "datetime", "scope", "headers",
                                "role", "hidden", "open", "width", "height", "reversed", "value",
                                "tabindex"})  # (the headings' "¶" links: pages.quiet_permalinks)
# (Not data-md-component: the theme mounts its components, some of which fetch from other hosts, by it.)
CONTENT_DATA = re.compile(r"data-(search-exclude|policy-[a-z-]+)|aria-[a-z]+")
# What the theme writes after the article, walking out of it to the body (Material: the main's script, the
# back-to-top button, the footer, the dialog, the scripts): anything else there came out of the text.
# A copy of the 404 page served under another path writes its scripts from a <noscript> of scripts alone, with the
# script that writes them (overrides/404.html): `noscript>script`.
THEME_TAIL = re.compile(r"(script )*(button\.md-top )?(script )*(footer\.md-footer )?(div\.md-dialog )?(script )*"
                        r"(noscript>script script )?")
# What the theme writes before the article, from the body in to it (Material's base.html: the drawer's and the search's
# toggles, the overlay, the skip link's, announcement's and outdated version's holders, the header; in the container its
# tabs, in the main's grid the two sidebars; the site's 404 page writes its skip link itself): words or a link there
# came from elsewhere, and no check read them (an element without a class is named by its data-md-component)
THEME_HEAD = re.compile(r"(input\.md-toggle ){0,2}(label\.md-overlay )?(div@skip )?(div@announce )?(div@outdated )?"
                        r"(a\.md-skip )?(header\.md-header )?(nav\.md-tabs )?(div\.md-sidebar ){0,2}")
# What the theme writes on <html> and <body>: a <body> or <html> tag in the text is merged by the parser onto the
# page's own (its attributes join them, outside the article): `<body inert>` would make the whole page dead.
DOCUMENT_ATTRIBUTES = {"html": frozenset({"lang", "class", "dir"}),
                       "body": frozenset({"dir", "data-md-color-scheme", "data-md-color-primary",
                                          "data-md-color-accent"})}
# Classes the theme's script acts on by fetching from another host (Material loads Mermaid from unpkg.com for any
# `pre.mermaid`): never in the text.
FETCHING_CLASSES = frozenset({"mermaid"})
# Components the theme's script mounts by their data-md-component and fetches for from another host: Material's
# repository facts (`source`: GitHub's API, or that of any host named like gitlab, for the address the element's `href`
# gives, a <link> as well as an <a>). The site shows no repository (`repo_url` is refused); a forged page's
# `<link data-md-component="source" href="https://gitlab.evil.example/a/b">` passed (safety52 hunt)
FETCHING_COMPONENTS = frozenset({"source"})
# Components the theme's script mounts by their data-md-component and writes the reader's storage for: Material's colour
# toggle saves the scheme shown into localStorage as the page loads (`/fr/.__palette`, no click needed), its consent
# dialog covers the page asking to accept cookies. The site stores nothing and asks no consent (`theme.palette` and
# `extra.consent` are refused); a forged page's header holding either passed (safety53 hunt)
STORING_COMPONENTS = frozenset({"palette", "consent"})
# What a theme script writing the reader's storage or cookies holds (Material's consent.html: `__md_set("__consent", …)`
# when its form is sent); base.html's definition of `__md_set` writes nothing itself, nor does the site's guard of
# `__outdated` (overrides' outdated.html), which calls Material's under another name for every other key
_STORES = re.compile(r"""__md_set\(\s*["'`]|\b(?:localStorage|sessionStorage)\s*\.\s*setItem\b|"""
                     r"""\bdocument\s*\.\s*cookie\s*=|\bindexedDB\b|\bserviceWorker\b""")
# Material's bundle, on a page whose configuration names its version selector (`version`), writes "is this version the
# latest?" into the reader's sessionStorage (`/fr/<version>/.__outdated`) for each version read; the site's guard
# (overrides' partials/javascripts/outdated.html) redefines `__md_set` to drop that key. A forged page without it, or
# redefining `__md_set` again after it (base.html's definition), passed and stored the key (safety54 hunt).
_SETS_MD_SET = re.compile(r"(?<![\w$.])__md_set\s*=(?!=)")
_OUTDATED_GUARD = re.compile(r'(?<![\w$.])__md_set\s*=\s*function\s*\(\s*(\w+)\s*\)\s*\{\s*"__outdated"\s*!=\s*\1\s*&&')
# The site's own elements in the article that are hidden until its script shows them (the notice of an upcoming
# version, that of a section the address names and the version lacks, the at and compare pages' forms, the redline's
# legend): `hidden` on anything else hides text.
OWN_HIDDEN = frozenset({"policy-upcoming", "policy-upcoming-self", "policy-missing", "policy-at-form",
                        "policy-compare-form", "redline-legend"})
# Elements that draw their words smaller than the text around them (a browser's `font-size: smaller`, some 83 %): one
# is a mark or an exponent (m², CO₂); one inside another is smaller still, and ten make a sentence a sixth of the
# text's size, fine print no reader sees that the checks, the PDF and the redline read at full size (safety hunt 39).
SHRINKING = frozenset({"sub", "sup", "small", "rt"})  # (`small`: `font-size: smaller` too, safety hunt 48; `rt`: half)


def shrunk(tag: str, outer: str) -> str:
    """Why a `tag` element inside an `outer` one is refused."""
    return Said("html.shrunk", tag=tag, outer=outer)


# Headings: a stylesheet draws an <h5> or <h6> smaller than an <h2>, yet larger than or as large as the text, in bold
# capitals (Material's): no fine print, and a heading holds no other heading
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@functools.cache
def shrinking(theme_dirs: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
    """(element names, classes) that draw their words smaller than the words around them: a browser's own (SHRINKING),
    and those the stylesheets of the theme folders `theme_dirs` shrink (css_rules.shrinking_subjects: Material's
    `code` and `kbd` at .85 and .75 em, its `footnote-ref` class, the site's `redline-moved`). Only the browser's were
    read: `<kbd>` eight deep, `<code>` ten deep or `<span class="footnote-ref">` nested drew a clause at a tenth of
    the text's size, fine print the checks, the PDF and the redline read at full size (safety89 hunt)."""
    tags, classes = set(SHRINKING), set[str]()
    for folder in theme_dirs:
        for sheet in sorted((Path(folder) / "assets" / "stylesheets").glob("*.css")):
            named, classed = css_rules.shrinking_subjects(sheet.read_text(encoding="utf-8"))
            tags |= named
            classes |= classed
    return frozenset(tags - _HEADINGS), frozenset(classes)


def _shrinks(node: LexborNode, shrinking: tuple[frozenset[str], frozenset[str]]) -> str:
    """How the element `node` is named where it draws its words smaller (`sup`, `span class=“footnote-ref”`), or ""."""
    tag = (node.tag or "").lower()
    if tag in shrinking[0]:
        return tag
    classes = sorted(_classes(node) & shrinking[1])
    return Said("html.shrunk/classed", tag=tag, classes=" ".join(classes)[:60]) if classes else ""


# Classes the site's script (policy.js) sets on the text's elements as the page is read, which no page's markup holds:
# `policy-address-said` marks a link whose words say its address, which the print stylesheet then does not repeat; on
# `<a href="https://evil.example/">our partner</a>` in a page's markup it printed "our partner" alone (safety89 hunt)
SCRIPT_CLASSES = frozenset({"policy-address-said"})
# The theme's classes (md-…) the article may hold: its own, and the compare page's buttons.
OWN_THEME_CLASSES = frozenset({"md-content__inner", "md-typeset", "md-button", "md-button--primary"})
# Attributes whose value is a URL (a browser navigates to it or fetches it).
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "data", "poster", "background", "cite",
                            "codebase", "longdesc", "usemap", "xlink:href", "manifest", "icon", "lowsrc",
                            "dynsrc", "archive", "classid", "profile", "itemtype", "itemid"})
# Attributes that make the browser fetch their URL on its own: these must stay on this site.
LOADING = frozenset({"src", "data", "poster", "background", "action", "formaction", "codebase", "lowsrc",
                     "dynsrc", "archive", "classid", "manifest", "icon"})
SRCSETS = frozenset({"srcset", "imagesrcset"})
PAINTING = css_rules.PRESENTATION_URLS  # (SVG's presentation attributes that take a URL or an image, as CSS does)
_CSS_URL = re.compile(r"""url\s*\(\s*['"]?([^'")]*)""", re.I)
# Attributes of the browsers' advertising measurement (Chromium's Attribution Reporting, Topics and Shared Storage):
# the browser tells the address an `attributionsrc` names, or the host of the image, script or frame, that its reader
# saw or followed it, or what the reader's browsing says of them, in a request of its own that no `src` shows and the
# page's CSP does not govern. The theme and the text write none (safety51 hunt).
TRACKING_ATTRIBUTES = frozenset({"attributionsrc", "browsingtopics", "sharedstoragewritable", "adauctionheaders"})
# <link rel> values that fetch nothing: the rest (stylesheet, icon, preload, preconnect …) must stay on this site.
# (Not `search`: Chromium downloads the OpenSearch description a site's root page names, to add it as a search engine
# with its icon: safety52 hunt. Not `next`: Firefox prefetches the page a `<link rel="next">` names, as it does a
# `prefetch` (network.prefetch-next, on by default; MDN's Link prefetching FAQ), and a theme's head naming
# `//evil.example/x` so passed: safety87 hunt. Material's own names the site's next page.)
INERT_LINKS = frozenset({"canonical", "alternate", "author", "license", "help", "prev", "bookmark",
                         "nofollow", "noopener", "noreferrer", "me", "tag"})
# <link rel> values whose file the browser fetches and acts on, which no check reads and the generator never links: a
# web app manifest (Chromium fetches it, and the icons it names from any host, to offer the site's installation; its
# start page, scope and shortcuts are the reader's app: safety52 hunt)
UNREAD_LINKS = frozenset({"manifest"})
# <meta> names whose addresses the browser fetches on its own, outside the page's Content-Security-Policy: a pinned
# site's tiles, its badge and notifications polled every half hour, its browser configuration (Internet Explorer and
# the earlier Edge); a web monetization wallet (safety52 hunt). The theme writes none.
FETCHING_META = ("msapplication-", "monetization")
# What a page's `data-policy-up` may be: its parent folders, as pages.upcoming_banner writes them
_UP = re.compile(r"(?:\.\./)+")
# Referrer policies that send another site the whole address of the page its reader comes from (its path, and a
# search's words in Material's `?h=`), where browsers send the site's name only
LEAKING_REFERRERS = frozenset({"unsafe-url", "no-referrer-when-downgrade", "always", "default", "unsafe"})
SCRIPT_URL = re.compile(r"(?:javascript|vbscript|livescript|mocha|data|jar|view-source):")
JS_TYPES = frozenset({"", "text/javascript", "application/javascript", "module", "text/ecmascript",
                      "application/ecmascript", "text/jscript", "text/livescript", "application/x-javascript"})
INERT_SCRIPTS = frozenset({"application/json", "application/ld+json"})
# The files a page may have the browser run or apply, by their name's ending: servedpages vouches for each such file the
# branch serves (the theme's bytes), and for nothing else; a page naming another (a text, a list, an extension-less
# file of the site) as its script, stylesheet or worker would have a host that sniffs run what nothing checked.
RUN_FILES = {"script": (".js", ".mjs"), "style": (".css",)}
# What a <link> of a `preload` or `prefetch` rel has the browser fetch as a script (its `as`)
SCRIPT_DESTINATIONS = frozenset({"script", "worker", "sharedworker", "serviceworker", "audioworklet", "paintworklet"})
# Material's configuration's `base`, whence its version selector reads `../versions.json`: a parent of the page (`.`,
# `../..`: MkDocs writes a page's base_url relative), or a folder from the host's root in plain segments, as MkDocs
# writes an error page's (its site_url's path: `/politique-de-confidentialite/fr/`, a site moved keeping its former
# folder's until a publication rewrites them, so not judged against today's folder). Any `/path` passed (`/a/../b/`,
# `/a/%2e%2e/b/`, `/fr` naming no folder: leads43b)
_CONFIG_BASE = re.compile(r"\.\.?(?:/\.\.)*/?|/(?:(?!\.\.?/)[\w.~-]+/)*")
CSS_LOADS = re.compile(r"url\s*\(|image-set\s*\(|image\s*\(|@import|expression\s*\(|-moz-binding|behavior\s*:|\\",
                       re.I)
_STRIPPED = re.compile(r"[\x00-\x20]")  # what a browser's URL parser drops (ends) or ignores (tab, newline)
CSP_META = "Content-Security-Policy"
# The key of a finding of an inline script not the theme's: `policy verify` says of a version another generator built
# that its theme wrote other scripts.
SCRIPT_NOT_THEMES = "output.script-inline"
# The only <style> the theme writes (Material's base.html, where the configuration names its fonts).
THEME_STYLE = re.compile(r':root\{--md-text-font:"[^"<>{};]*";--md-code-font:"[^"<>{};]*"\}')


@dataclass(frozen=True)
class Violation:
    """Something unsafe in a built page: the file, the section it is in, what is wrong."""

    file: str
    anchor: str | None  # the id of the nearest heading before it, to find its Markdown line
    message: str
    words: str = ""  # words the Markdown writes where it is (a title), to find its line in the section

    def __str__(self) -> str:
        return self.said()

    def said(self) -> Said:
        """`file (in #anchor): message`, said again in another language (`{…:said}`) as its message is."""
        return Said("output.violation", file=shown_name(self.file), anchor=self.anchor or "", message=self.message)


def _url(value: str) -> str:
    """A URL as a browser reads it: control characters and spaces stripped or ignored, `\\` as `/`."""
    return _STRIPPED.sub("", value).replace("\\", "/").lower()


def is_script_url(value: str) -> bool:
    """Whether a browser reads `value` as an address of a scheme that runs a script or makes a document of its own
    (`javascript:`, `data:` …): its scheme as the WHATWG URL parser reads it (` Java\\tScript:` is one; `java
    script:` and `javascript\\x01:` are relative paths, which a check of the address's start refused: safety57)."""
    read = _url_read(value)
    return read[0] in _SCRIPT_SCHEMES if read is not None else bool(SCRIPT_URL.match(_url(value)))


def _is_foreign(value: str) -> bool:
    """Whether a URL leaves this site: it names a scheme or a host of its own (`//`, `\\\\`, `https:evil.example`
    from a page served in http), as the WHATWG URL parser reads it against a page of the site, served in https or
    http; a path with a space or a control character between its slashes (`/ /x`) stays on the site (safety57)."""
    read = _url_read(value)
    return read[1] if read is not None else _url(value).startswith("//") or bool(
        re.match(r"[a-z][a-z0-9+.-]*:", _url(value)))


# Two pages of the site, of two schemes and hosts, against which an address is read (`_url_read`): one that stays on
# each keeps its scheme and host; one naming either host is the other's foreign one.
_READ_BASES = ("https://a.invalid/f/x/", "http://b.invalid/f/x/")
_SCRIPT_SCHEMES = frozenset({"javascript", "vbscript", "livescript", "mocha", "data", "jar", "view-source"})


# An address of letters, digits and `_.-/` not starting with `/`: a relative path, keeping the page's scheme and host
# (no `:` to end a scheme, no `\\` or leading `/` to start a host, nothing a parser strips)
_RELATIVE_PATH = re.compile(r"[A-Za-z0-9_.-][A-Za-z0-9_./-]*")


def _url_read(value: str) -> tuple[str, bool] | None:
    """(its scheme, whether it leaves the page's site) of an address as the WHATWG URL parser (Ada, the parser the
    rest of the gate reads addresses by) reads it on a page of the site; None where it reads none (`https://[x/`),
    which the prefix reading then judges."""
    if _RELATIVE_PATH.fullmatch(value):  # (no parse: 15 µs an address, a history page names 2,000 distinct ones)
        return "https", False
    return _parsed_url_read(value)


@functools.lru_cache(maxsize=8192)  # (an archive's pages name the same addresses version after version)
def _parsed_url_read(value: str) -> tuple[str, bool] | None:
    """`_url_read` by the parser."""
    import ada_url

    read = []
    for base in _READ_BASES:
        try:
            url = ada_url.URL(value, base)
        except ValueError:
            return None
        read.append((url.protocol, url.protocol != base.partition("//")[0] or url.host != base.split("/")[2]))
    return read[0][0].removesuffix(":"), any(leaves for _scheme, leaves in read)


def leaves_site(value: str) -> bool:
    """Whether a URL a script makes a link of leaves this site or runs a script."""
    return _is_foreign(value) or is_script_url(value)


def css_urls(value: str) -> list[str]:
    """The addresses of the `url()`s a CSS value names (`fill="url(#g)"`, a style's background)."""
    return _CSS_URL.findall(value)


def css_addresses(css: str) -> list[str]:
    """Every address a stylesheet or a style may have a browser fetch, its escapes read as CSS reads them (`\\75 rl(`
    is `url(`): its `url()`s, and each string it holds (`@import "…"`, `image-set("…" 1x)`; a font's name too, which
    is no address)."""
    css = _CSS_ESCAPE.sub(_css_unescaped, css)
    return css_urls(css) + [one or other for one, other in _CSS_STRING.findall(css)]


_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)
_CSS_STRING = re.compile(r""""([^"\n]*)"|'([^'\n]*)'""")


def _css_unescaped(escape: re.Match) -> str:
    """A CSS escape's character (CSS Syntax: `\\` and up to six hex digits, or the character after it)."""
    if escape.group(1) is None:
        return escape.group(2)
    code = int(escape.group(1), 16)
    return chr(code) if 0 < code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else "\ufffd"


def refresh_target(content: str) -> str:
    """Where a `<meta http-equiv="refresh">` of `content` sends its reader: the seconds as browsers skip them (digits
    and dots: `0.5;url=…`), then `;` or `,`, `url=` and a quote."""
    return re.sub(r"^[\s\d.]*[;,]?\s*(url\s*=\s*)?['\"]?", "", content, flags=re.I)


def srcset_urls(value: str) -> Iterator[str]:
    for candidate in value.split(","):
        parts = candidate.strip().split()
        if parts:
            yield parts[0]


@functools.lru_cache(maxsize=8)
def theme_scripts(theme_dirs: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The inline scripts the theme may write, as patterns: each `<script>` of its `partials/javascripts/`
    templates, its Jinja expressions standing for the relative URLs they print. An override that writes no script
    leaves the theme's of its name known: the versions published before it wrote them (the generator's content.html,
    which keeps none of Material's tab scripts: no site of it can have content tabs)."""
    patterns = []
    seen: set[str] = set()
    for folder in theme_dirs:
        for template in sorted(Path(folder, "partials", "javascripts").glob("*.html")):
            if template.name in seen:
                continue  # an override replaces the theme's template of the same name
            text = template.read_text(encoding="utf-8")
            if "<script" in text:
                seen.add(template.name)
            if not (config_rules.installed(folder) or config_rules.own_template(
                    template, template.name)):
                continue  # a project's own script template: its scripts are the page's, not the theme's
            for body in re.findall(r"<script>(.*?)</script>", text, re.S):
                if "{%" in body or _STORES.search(body):  # (a script storing in the reader's browser: never allowed)
                    continue
                pieces = re.split(r"\{\{.*?\}\}", body)
                patterns.append(re.compile(r"[\w./#?&=%-]*".join(re.escape(p) for p in pieces)))
    return tuple(patterns)


def _runs(rels: set[str], destination: str) -> str:
    """What a <link> of `rels` (its `as` being `destination`) has the page run or apply: "script", "style" or ""."""
    if "stylesheet" in rels or (rels & {"preload", "prefetch"} and destination == "style"):
        return "style"
    if "modulepreload" in rels or (rels & {"preload", "prefetch"} and destination in SCRIPT_DESTINATIONS):
        return "script"
    return ""


def _names_file(url: str, kind: str) -> bool:
    """Whether `url` names a file of the type `kind` (RUN_FILES) by its path, whatever its query or fragment."""
    return urlsplit(url.strip()).path.lower().endswith(RUN_FILES[kind])


def _config_rules(text: str) -> Iterator[Said]:
    """What Material's configuration (`#__config`) may not name: its search worker a file other than a script of the
    site, its base other than the page's parents or the site's path; and what its bundle reads of it otherwise than as
    the generator writes it: a feature the configuration rules refuse (`content.tooltips` writes every title as HTML,
    `navigation.instant` fetches pages), a translation written into the page as HTML (Material's h() adds a string by
    `innerHTML`: "Missing", "1 more on this page"), a default version that every reader's browser runs as a pattern
    (`new RegExp`), selectors for annotations."""
    try:
        config = json.loads(text)
    except ValueError:
        return
    if not isinstance(config, dict):
        return
    search, base = config.get("search"), config.get("base")
    if search is not None and (not isinstance(search, str) or leaves_site(search)
                               or not _names_file(search, "script")):
        yield Said("output.config-worker", url=str(search)[:80])
    # (read as the browser's URL parser reads it, as Material's `new URL(base, location)` does: `/\t/evil.example/`, a
    # tab or a line break between its slashes, is the host evil.example, under which the theme linked each version of
    # its selector, `http://evil.example/2021-02-17/` in Chromium: safety53 hunt)
    if base is not None and (not isinstance(base, str) or not _CONFIG_BASE.fullmatch(as_followed(base))):
        yield Said("output.config-base", url=str(base)[:80])
    features = config.get("features")
    for feature in features if isinstance(features, list) else [] if features is None else [features]:
        if feature not in config_rules.THEME_FEATURES:
            yield Said("output.config-feature", feature=str(feature)[:60])
    translations = config.get("translations")
    for key, words in (translations.items() if isinstance(translations, dict)
                       else [] if translations is None else [("", translations)]):
        if not isinstance(words, str) or ("<" in words and makes_markup(words, frozenset())):
            yield Said("output.config-translation", key=str(key)[:60], words=str(words)[:80])
    version = config.get("version")
    default = version.get("default", "latest") if isinstance(version, dict) else "latest"
    if not all(isinstance(one, str) and _PLAIN_VERSION.fullmatch(one)
               for one in (default if isinstance(default, list) else [default])):
        yield Said("output.config-version", default=str(default)[:60])
    if config.get("annotate"):
        yield Said("output.config-annotate", annotate=json.dumps(config.get("annotate"))[:80])


# A default version as Material matches it against each version's name and aliases (`new RegExp(default, "i")`): a
# name, nothing a pattern repeats or nests (`(a+)+$` hangs the reader's browser on a long alias)
_PLAIN_VERSION = re.compile(r"[\w.-]+")


def makes_markup(words: str, tags: frozenset[str]) -> bool:
    """Whether `words`, written into an element as HTML, make any element but `tags`, or one with an attribute."""
    body = LexborHTMLParser(f"<body>{words}").body
    inside = list(body.traverse(include_text=False))[1:] if body is not None else []  # (the body itself first)
    return any(node.tag not in tags or node.attributes for node in inside)


def _at_leaves(text: str) -> str:
    """Where the at page's data (`.policy-at-data`, whatever element holds it) has at.js send its reader for a day
    before the translation's first text (`location.replace(earlier.url + "#" + day)`), if that leaves the site or is
    no address (an array joins its items into one); "" otherwise."""
    url = json_field(text, "earlier", "url")
    return "" if url is None or (isinstance(url, str) and not leaves_site(url)) else str(url) or "…"


def json_field(text: str | bytes, *keys: str) -> object:
    """The value JSON `text` holds under `keys`, object within object, as a script reading it gets it; None where it
    holds none, or is no JSON (the script reads nothing then)."""
    try:
        value = json.loads(text)
    except ValueError:
        return None
    for key in keys:
        value = value.get(key) if isinstance(value, dict) else None
    return value


def _executable(node: LexborNode) -> bool:
    return (node.attributes.get("type") or "").strip().lower() in JS_TYPES


def _allowed_inline(text: str, patterns: Iterable[re.Pattern]) -> bool:
    return any(p.fullmatch(text) for p in patterns)




def installed_theme_dirs(theme: Path) -> tuple[str, ...]:
    """The template folders whose scripts a page on the branch may hold: the site's theme folder (`theme_folder`, in
    `theme`, the project's folder), then the installed theme's (Material's, then MkDocs')."""
    import material
    import mkdocs

    return (str(theme / theme_folder(theme)), str(Path(material.__file__).parent / "templates"),
            str(Path(mkdocs.__file__).parent / "templates"))


def theme_folder(project: Path) -> str:
    """The theme folder the mkdocs.yml of the project's folder `project` names (`theme.custom_dir`), relative to it;
    `overrides`, as `policy init` writes it, where it names none or one outside the project (the configuration rules
    refuse that one)."""
    from policysite import settings

    try:
        theme = settings.load_yaml(project / "mkdocs.yml").get("theme")
    except settings.SettingsError:
        theme = None
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    if not isinstance(custom, str) or not custom.strip("/ ") or PurePosixPath(custom).is_absolute() \
            or ".." in PurePosixPath(custom).parts:
        return "overrides"
    return custom.strip().strip("/")


def check_page(html: str, *, file: str, theme_dirs: tuple[str, ...], text: bool = True,
               kept_in: Path | None = None, site: frozenset[str] | None = None) -> list[Violation]:
    """Every violation of the allow-list in one page, as a parser with scripting off and a browser (scripting on)
    read it: the whole page, then (`text`) the policy text in it (the article the Markdown was rendered into)
    under stricter rules.

    The same bytes under the same rules (the theme's scripts or none, `text` or a stricter check before) that
    passed once in this process pass again without being read: `policy verify` builds each version again, checks
    it, then checks every page of the branch, most of them the very pages it just built. With `kept_in` (the
    repository's `.git/policysite/passed`), so do those that passed in an earlier command (passcache). `site`: the
    site's descriptions (sitedescriptions.described), the one a page showing none may give search engines; None where
    the caller does not know them (description_unshown)."""
    digest, scripts = _rules_key(html, theme_dirs)
    # (a page that passed knowing fewer of the site's descriptions passes knowing more; one that passed knowing none
    # is judged again by a caller who knows them)
    scripts += description_rules(site)
    allowed = frozenset(scripts)
    if any(passed <= allowed for judged in (text, True) for passed in _PASSED.get((digest, judged), ())):
        # a page that passed allowing some theme scripts passes allowing more (the root's redirects, checked as
        # written with the project's theme, then on the branch with every theme it holds); kept where asked, as
        # the same page may have passed in this process for another repository (the tests, the bench)
        passcache.keep(kept_in, digest, text=text, scripts=scripts)
        return []
    if any(passcache.passed(kept_in, digest, text=judged, scripts=scripts) for judged in {text, True}):
        _passed(digest, text=text, allowed=allowed)
        return []
    found = _check_tree(html, file=file, theme_dirs=theme_dirs, text=text, site=site)
    if "<noscript" in html.lower():
        # With scripting on (every browser that runs the site's scripts), a <noscript>'s content is raw text up to the
        # first `</noscript`, wherever that is (inside an attribute's value, say); with it off, elements. lexbor parses
        # both ways: a pattern standing for its start tag was read past `<noscript a=b'c>` to a later quote, and the
        # handler a browser read after the first `</noscript>` was none of either reading's (safety51 hunt)
        found += [v for v in _check_tree(html, file=file, theme_dirs=theme_dirs, text=text, site=site, scripting=True)
                  if v not in found]
    if not found:
        _passed(digest, text=text, allowed=allowed)
        passcache.keep(kept_in, digest, text=text, scripts=scripts)
    return found


# The keys a `<meta>` gives search engines and link previews the page's summary under: HTML's, Open Graph's, X's
DESCRIBING = frozenset({"description", "og:description", "twitter:description"})
DESCRIPTION_CLASS = "policy-description"  # (partials/policy-description.html: the page's description, shown)
# (check_page's rules key: a page judged with any site description allowed, or with each of these)
_ANY_DESCRIPTION, _DESCRIBED = "\0site description: any", "\0site description: "


def description_rules(site: frozenset[str] | None) -> tuple[str, ...]:
    """What a page's verdict depends on of the site's descriptions `site` (check_page's), as a key of its rules."""
    return (_ANY_DESCRIPTION,) if site is None else tuple(f"{_DESCRIBED}{words}" for words in sorted(site))


def description_unshown(tree: LexborHTMLParser, article: LexborNode,
                        site: frozenset[str] | None = None) -> tuple[str, str] | None:
    """(its key, its words) of the first description a search engine or a link preview shows as the summary of the
    page whose text is `article` that the page does not show: another than the description the article shows under its
    title (pages.decorate), or, where it shows none, any but the theme's `<meta name="description">` (the site's
    `site_description`, judged in its configuration: one of `site`, where known). A front matter's `description:` was
    the page's summary in every search result and link preview, words no reader of the page saw (safety81); a page an
    older generator built, or a hand commit's, gave any words as the site's (safety83)."""
    shown_at = article.css_first(f"p.{DESCRIPTION_CLASS}")
    shown = " ".join(shown_at.text(deep=True).split()) if shown_at is not None else None
    theirs = 0  # (the theme writes one `<meta name="description">`: a second, or one of microdata's, is no site's)
    for meta in tree.css("meta"):
        name, key = next(((name, value.strip().lower()) for name in ("name", "property", "itemprop")
                          if (value := meta.attributes.get(name))), ("", ""))
        if key not in DESCRIBING:
            continue
        words = " ".join((meta.attributes.get("content") or "").split())
        theirs += name == "name" and key == "description"
        if words != shown and (shown is not None or theirs != 1 or name != "name" or key != "description"
                               or (site is not None and words not in site)):
            return key, words
    return None


def _passed(digest: bytes, *, text: bool, allowed: frozenset[str]) -> None:
    _PASSED[(digest, text)] = (*_PASSED.pop((digest, text), ()), allowed)
    if len(_PASSED) > _PASSED_MOST:
        del _PASSED[next(iter(_PASSED))]


# Pages that passed the output check in this process: (digest of the page, whether its text was judged too) → each
# set of theme scripts it was judged against. Only a page that passed is kept: one that did not is read again.
_PASSED: dict[tuple[bytes, bool], tuple[frozenset[str], ...]] = {}
_PASSED_MOST = 65_536


def _rules_key(html: str, theme_dirs: tuple[str, ...]) -> tuple[bytes, tuple[str, ...]]:
    """What a page's verdict depends on besides `text`: its bytes and what the check reads from `theme_dirs`, the
    theme's scripts (allowed: a page that passed allowing fewer passes allowing more) and the globals they define (with
    the bytes: an id that was no script's global may become one). Only the globals the page's text, its references
    read, holds at all count: two theme folders whose scripts define other names (a version's build, the branch's
    check) key a page holding none of them alike, and verify does not read it twice (test_output_check_once)."""
    digest = hashlib.sha256(html.encode("utf-8", "surrogatepass"))
    names = theme_globals(theme_dirs)
    if names:
        read = htmllib.unescape(html) if "&" in html else html
        for name in sorted(name for name in names if name in read):
            digest.update(b"\0" + name.encode("utf-8"))
    return digest.digest(), tuple(p.pattern for p in theme_scripts(theme_dirs))


def csp_contents(html: str) -> list[str]:
    """The Content-Security-Policy of each CSP `<meta>` a browser reads in `html` (scripting on: one inside
    `<noscript>` is text)."""
    tree = LexborHTMLParser(html, scripting=True)
    return [meta.attributes.get("content") or "" for meta in tree.css("meta")
            if (meta.attributes.get("http-equiv") or "").strip().lower() == CSP_META.lower()]


def _check_tree(html: str, *, file: str, theme_dirs: tuple[str, ...], text: bool,
                site: frozenset[str] | None = None, scripting: bool = False) -> list[Violation]:
    tree = parsed(html, scripting=scripting)
    article = tree.css_first("article.md-content__inner")
    ruled = [(node, message) for node in _elements(tree.root) for message in _page_rules_of(node, theme_dirs)]
    if "<!--" in html:
        ruled += [(node, Said("output.comment-open")) for node in open_comments(tree.root)]
    placed = sections_of(article) if ruled else {}  # (what the text holds is said at its section's line: safety82)
    found = [Violation(file, placed.get(node.mem_id), message) for node, message in ruled]
    if article is not None and any((meta.attributes.get("http-equiv") or "").strip().lower() == "refresh"
                                   for meta in tree.css("meta")):
        found.append(Violation(file, None, Said("output.refresh-text")))
    escaped = _beside(article, after=True, scripting=scripting) if article is not None else ""
    if not THEME_TAIL.fullmatch(escaped):
        found.append(Violation(file, None, Said("output.escaped", after=escaped[:80])))
    ahead = _beside(article, after=False, scripting=scripting) if article is not None else ""
    if not THEME_HEAD.fullmatch(ahead):
        found.append(Violation(file, None, Said("output.before", before=ahead[-80:])))
    if article is None and not file.lower().endswith(".svg") and (beyond := _beyond_redirect(tree.body)):
        found.append(Violation(file, None, Said("output.no-article", what=beyond)))
    if not _outdated_guarded(tree):
        found.append(Violation(file, None, Said("output.outdated-unguarded")))
    article = article if text else None
    if article is not None and (unshown := description_unshown(tree, article, site)):
        found.append(Violation(file, None, Said("output.description-unshown", key=unshown[0], words=unshown[1][:80])))
    ancestry = Ancestry(article)  # (each element's ancestors read once for the three walks below)
    found += [Violation(file, None, Said("output.theme-link", tag=tag, href=href[:80]))
              for tag, href in _theme_links(tree, article, ancestry)]
    found += [Violation(file, None, Said("output.alias-placed", tag=(node.tag or "").lower(),
                                         where=Said("output.alias-placed/theme")))
              for node in _aliases_outside(tree, article, ancestry)]
    found += [Violation(file, None, Said("output.hiding-placed", tag=(node.tag or "").lower(), classes=classes,
                                         where=where))
              for node, classes, where in _hiding_outside(tree, article, ancestry)]
    found += [Violation(file, None, Said("output.notice-words", tag=(node.tag or "").lower(),
                                         kind=" ".join((node.attributes.get("class") or "").split()), what=what))
              for node, what in noticewords.page_notices(tree, file)]
    anchor: str | None = None
    seen: set[str] = set()
    # (the whole code: Punjabi in Arabic letters, `pa-Arab`, is written right to left, Punjabi is not)
    page_lang = ((tree.root.attributes.get("lang") if tree.root is not None else "") or "").strip()
    page_base = page_lang.split("-")[0].lower()
    words = article.text(deep=True) if article is not None else ""  # (references decoded)
    held = set(words)  # (its characters, read once for the two readings below: 0.4 ms a walk of a policy's text)
    directed = not characters.right_to_left(page_lang) and not characters.RIGHT_TO_LEFT_DIRECTIONS.isdisjoint(held)
    ltr_opened = not characters.LTR_OPENERS.isdisjoint(held)  # (a left-to-right embedding or isolate: safety94)
    # (a left-to-right mark, or an element set left to right, turning a list of numbers: safety95)
    ltr_numbered = ltr_opened or characters.LEFT_TO_RIGHT_MARK in held or (
        article is not None and article.css_first("[dir]") is not None)
    told: set[tuple[str, str]] = set()  # (a list item's words hold its paragraph's: said once)
    # characters that draw nothing, in a run or scattered among words, as the page holds them (a named reference the
    # source's reading kept as written, `&ZeroWidthSpace;&NoBreak;&it;`, was published: safety64)
    unseen = characters.may_hide(held) and characters.unseen_in(words) is not None
    # marks drawn across a character or piled on one (`n̶o̶t̶`, Zalgo text), which policy check refuses in the source
    # (editorial.struck, editorial.stacked): a page another tool built or a hand commit holding them passed (safety97)
    marked = not characters.MARK_DRAWN.isdisjoint(held) or any(unicodedata.category(char) in ("Mn", "Me")
                                                               for char in held if not char.isascii())
    spoken = {node.mem_id for node in article.css(",".join(f"[{name}]" for name in SPOKEN_ATTRIBUTES))} \
        if article is not None else set()
    own, built = _version_list(article)
    read_apart: str | None = None  # (the text's words, its blocks apart, which titles are read against: read once)
    clobbering = theme_globals(theme_dirs) if article is not None else frozenset()
    shrunk_by = shrinking(theme_dirs)
    misreading = _may_misread(words)
    site_host = _canonical_host(tree) if article is not None else ""
    for node in _elements(article):
        tag = (node.tag or "").lower()
        if re.fullmatch(r"h[1-6]", tag) and node.attributes.get("id"):
            anchor = node.attributes.get("id")
        if misreading and tag in BIDI_BLOCKS and (misread := _block_misread(node, tag, _language_of(node, page_lang))):
            if ("digits", misread.words) not in told:  # (a list item's words hold its paragraph's: said once)
                told.add(("digits", misread.words))
                found.append(Violation(file, anchor, misread.message, misread.words))
        if directed and tag in BIDI_BLOCKS and (apart := characters.direction_apart(node.text(deep=True))) \
                and apart not in told:
            told.add(apart)
            found.append(Violation(file, anchor, Said("output.bidi", tag=tag, code=f"{ord(apart[0]):04X}",
                                                      words=apart[1][:60])))
        if ltr_opened and tag in BIDI_BLOCKS and _right_to_left_block(node, page_lang) \
                and (apart := characters.ltr_isolated_apart(node.text(deep=True))) and apart not in told:
            told.add(apart)
            found.append(Violation(file, anchor, Said("output.bidi/ltr-isolate", tag=tag, code=f"{ord(apart[0]):04X}",
                                                      words=apart[1][:60])))
        if ltr_numbered and tag in BIDI_BLOCKS and _right_to_left_block(node, page_lang) \
                and (apart := characters.ltr_numbers_apart(_directed_words(node))) and apart not in told:
            told.add(apart)  # (an element's `dir` read as the isolate it is laid out as)
            found.append(Violation(file, anchor, Said("output.bidi/ltr-numbers", tag=tag, code=f"{ord(apart[0]):04X}",
                                                      words=apart[1][:60])))
        if unseen and tag in BIDI_BLOCKS and (hidden := characters.unseen_in(node.text(deep=True))) \
                and hidden not in told:
            told.add(hidden)
            found.append(_unseen(file, anchor, tag, hidden))
        if marked and tag in BIDI_BLOCKS and (drawn := characters.marks_drawn(node.text(deep=True))) \
                and (drawn[0], drawn[2]) not in told:
            told.add((drawn[0], drawn[2]))
            found.append(Violation(file, anchor, Said(drawn[0], tag=tag, code=drawn[1], words=drawn[2][:60]),
                                   drawn[2]))
        for name in SPOKEN_ATTRIBUTES if node.mem_id in spoken else ():  # (words a screen reader says, or a
            if (hidden := characters.unseen_in(node.attributes.get(name) or "")) is not None:  # pointer shows)
                found.append(_unseen(file, anchor, f"{tag} {name}=…", hidden))
            if _may_misread(said := node.attributes.get(name) or "") and (  # (an image's text, as its block's)
                    misread := _misread(said, f"{tag} {name}=…", _language_of(node, page_lang))):
                found.append(Violation(file, anchor, misread.message, misread.words))
        if node.mem_id in spoken and node.attributes.get("title") and (tooltip := unshown_title(
                node, read_apart := read_apart if read_apart is not None else blockwords.read(article))):
            found.append(Violation(file, anchor, tooltip, str(node.attributes.get("title"))))
        if tag == "a" and (mailed := mailsubject.unshown(
                str(node.attributes.get("href") or ""), shown=node.text(deep=True),
                page=(read_apart := read_apart if read_apart is not None else blockwords.read(article)))):
            found.append(Violation(file, anchor, mailed, _link_words(node)))  # (at the line of its words)
        if tag == "a" and site_host and (passing := _passing_for(str(node.attributes.get("href") or ""), site_host)):
            found.append(Violation(file, anchor, passing, _link_words(node)))
        if tag in RAISING and (raised := raised_in_number(node))[0]:
            found.append(Violation(file, anchor, Said("output.digits/raised", tag=tag, inside=raised[0][:20],
                                                      number=raised[1][:40]), raised[1]))
        if tag in BIDI_BLOCKS and (laid := _laid_as_the_page(node, page_lang)) and ("ltr-page", laid) not in told:
            told.add(("ltr-page", laid))
            found.append(Violation(file, anchor, Said("output.bidi/ltr-page", tag=tag, words=laid[:60])))
        if (turned := _turned_apart(node, page_lang)) and turned not in told:
            told.add(turned)
            found.append(Violation(file, anchor, Said(f"output.bidi/{turned[0]}", tag=tag, words=turned[1][:60])))
        ident = node.attributes.get("id")
        if ident and ident in clobbering:
            found.append(Violation(file, anchor, Said("output.script-global", tag=tag, value=ident), ident))
        if ident and ident in seen:  # the first element holding an id takes every link to it
            found.append(Violation(file, anchor, repeated_id(ident)))
        elif ident:
            seen.add(ident)
        # (a link's, at the line writing its words: the section's heading was named)
        found += [Violation(file, anchor, message, _placing_words(node) if tag == "a" else "")
                  for message in _content_rules(node, shrunk_by)]
        if tag == "a" and (href := node.attributes.get("href")) and node.mem_id not in built \
                and (said := version_shown(str(href), " ".join(_link_words(node).split()), page_base, own,
                                           unclear=False)):
            # a link naming a version by its day that goes to another, as the page shows it: one in a heading, or
            # one an attribute list, a reference or markup the Markdown's reading of links does not see built
            found.append(Violation(file, anchor, said))
    found += [Violation(file, anchor, message, words) for anchor, message, words in _section_links(article)]
    # a heading holding a section's id its number does not give it, the section's own made unique: links to the
    # section land on it (`### Anchor {: #s2 }`, in a text recorded as imported too: safety86)
    found += [Violation(file, ident, Said("render.section-id", ident=ident[:40]))
              for _heading, ident in section_ids.taken_on_page(article)]
    if misreading:  # (words of no block: a text the article holds itself, a <div>'s or <span>'s)
        found += [Violation(file, None, misread.message, misread.words) for words, lang, also in _loose_words(article)
                  if (misread := _misread(words, "article", lang or page_lang, also))
                  and ("digits", misread.words) not in told]
    if unseen and article is not None and not told.intersection(_unseen_runs(article)):
        # words of no block (a text the article holds itself, or a <div>'s or <span>'s of another generator's page)
        found.append(_unseen(file, None, "article", characters.unseen_in(words)))
    if tree.head is not None and not file.lower().endswith(".svg"):
        # a browser applies the policy of a <meta> that is a child of the head only, every one of them. Every page a
        # browser reads as HTML, whatever it starts with: a page without `<html` in its first 2,000 characters (a long
        # comment first, or no such tag, which the parser makes itself) needed none (safety53 hunt); an SVG image,
        # opened as XML, holds no <meta> a browser applies (image_rules.svg_problems reads it)
        policies = [meta.attributes.get("content") or "" for meta in tree.head.iter(include_text=False)
                    if (meta.tag or "").lower() == "meta"
                    and (meta.attributes.get("http-equiv") or "").strip().lower() == CSP_META.lower()]
        weaker = [csp_weakness(policy) for policy in policies]
        if not policies:
            found.append(Violation(file, None, Said("output.no-csp")))
        elif all(weaker):
            found.append(Violation(file, None, Said("output.csp-weaker", what=weaker[0][:80])))
    return found


def sections_of(article: LexborNode | None) -> dict[int, str | None]:
    """The id of the heading before each element of the article (by its `mem_id`), None before the first: an event
    handler, a frame or a script URL the text holds is said at its section's line, as the text's other findings are,
    not at the front matter's (the page's own part, outside the article, has no section)."""
    anchor: str | None = None
    placed: dict[int, str | None] = {}
    for node in article.traverse(include_text=True) if article is not None else ():
        if node.tag == "-text":
            continue  # (elements and comments are placed)
        if re.fullmatch(r"h[1-6]", (node.tag or "").lower()) and node.attributes.get("id"):
            anchor = str(node.attributes.get("id"))
        placed[node.mem_id] = anchor
    return placed


# The end tags of what holds a page's text: a comment holding one of them was left open, and ran to the page's end
_SWALLOWED = re.compile(r"</(?:article|main|body|html)\b", re.I)


def open_comments(root: LexborNode | None) -> Iterator[LexborNode]:
    """Each comment of a page that a browser reads to the page's end (`<!--` never closed, or closed only after the
    theme's end tags): the words after it, the footer and the theme's scripts are not shown, though the text's
    checks read them (a Markdown comment left open, `<!-- hidden` before a clause and every later section: safety82)."""
    for node in root.traverse(include_text=True) if root is not None else ():
        if node.tag == "-comment" and _SWALLOWED.search(node.html or ""):
            yield node


_OWN_VERSION = re.compile(r"\d{4}-\d{2}-\d{2}")


def _version_list(article: LexborNode | None) -> tuple[str, set[int]]:
    """The text's list of versions as the build writes it (partials/policy-version.html: `<div class="policy-version"
    data-policy-version="…">`, an attribute the text itself may not write), found once: the day of the version the
    page's text is (ISO, or ""), and the links it holds, which the version-link judge leaves alone (its dated
    versions, and a translation's first version's link to the text that prevailed before it, whose words name this
    version's day, "Before March 1, 2022, this document existed only in …", and which goes to the earlier text on
    purpose: the judge refused every such version, later_translation)."""
    marked = article.css_first("div.policy-version[data-policy-version]") if article is not None else None
    if marked is None:
        return "", set()
    day = str(marked.attributes.get("data-policy-version") or "")
    return day if _OWN_VERSION.fullmatch(day) else "", {node.mem_id for node in marked.css("a")}


def _section_links(article: LexborNode | None) -> Iterator[tuple[str | None, str, str]]:
    """(the id of the heading before it, why, its words: its line's) of each link of the text whose words name a
    section by its number alone (`section 2`, `Article 5`, `§ 3.1`, `2.1`) and that goes to a numbered heading of the
    page outside that section: `[section 5](#s1)` took its reader to the section 1 (safety64); or whose words are
    another section's title alone (`[First section](#s2)`, as editorial.section_titled reads the source: a text
    recorded as imported, whose source findings are warnings, published it, safety77)."""
    from policysite.editorial import section_titled

    named = [(link, _link_words(link)) for link in (article.css('a[href^="#"]') if article is not None else [])
             if "headerlink" not in _classes(link)]  # (not a heading's "¶": the walk below is for these)
    if not named or article is None:
        return
    headings: dict[str, LexborNode] = {}
    titles: dict[str, str] = {}
    anchor: str | None = None
    before: dict[int, str | None] = {}
    for node in _elements(article):
        tag = (node.tag or "").lower()
        if re.fullmatch(r"h[1-6]", tag):
            anchor = node.attributes.get("id") or anchor
            titles[node.attributes.get("id") or ""] = " ".join(node.text(deep=True).replace("¶", " ").split())
        ident = node.attributes.get("id")
        if ident and ident not in headings:  # (the first element of an id takes its links)
            headings[ident] = node
        before[node.mem_id] = anchor
    for link, words in named:
        target = headings.get(unquote(str(link.attributes.get("href") or "")[1:]))
        if target is not None and (target.tag or "").lower() == "span" and _classes(target) & ALIAS_CLASSES:
            target = target.parent  # (a former id of a section, on its heading)
        if target is None or not re.fullmatch(r"h[1-6]", (target.tag or "").lower()):
            continue
        heading = " ".join(target.text(deep=True).replace("¶", " ").split())
        if said := section_shown(words, heading) if _section_named(words) else section_titled(words, heading, titles):
            yield before.get(link.mem_id), said, words


def section_shown(words: str, heading: str) -> str:
    """Why a link whose words are `words` and that goes to the heading `heading` of its page goes elsewhere than they
    say, or "": its words name a section by its number alone and the heading numbers another, not within it."""
    shown = _section_named(words)
    numbered = heading_numbers.heading_number(characters.as_seen(heading)) if shown else None
    if numbered is None or numbered[0] == shown or numbered[0].startswith(shown + "."):
        return ""
    return Said("link.shows-section", shown=shown, number=numbered[0], heading=heading[:60])


_NUMBERS = re.compile(r"\d|(?<![^\W\d_])[IVXLCivxlc]+(?![^\W\d_])")  # (a digit of any script, a Roman numeral)


def _section_named(words: str) -> str:
    """The number of a section that a link's words name alone (`section 2`, `Article V`, `§ 3.1`, `2.1.`), or ""."""
    if not _NUMBERS.search(words):
        return ""  # (a heading's "¶", words of their own: most links)
    # (as the reader sees them: `sec\u00adtion 2`, `§\u200b2` named section 2 and went to section 3 unsaid, safety81)
    words = " ".join(unicodedata.normalize("NFKC", characters.as_seen(words)).split())
    named = heading_numbers.heading_number(f"{words} — x") if words else None
    if named is None or named[1] != "x" or any(len(part) > 3 for part in named[0].split(".")):
        return ""  # (words of their own, or a year: `2021`)
    return named[0]


# Attributes whose words a reader hears or sees without the page showing them as its text: an image's text, a title a
# pointer shows, a name a screen reader says
SPOKEN_ATTRIBUTES = ("alt", "title", "aria-label")


def _unseen(file: str, anchor: str | None, tag: str, hidden: tuple[str, str] | None) -> Violation:
    """The violation of characters that draw nothing (`hidden`: characters.unseen_in's) in `tag`."""
    chars, words = hidden or ("\ufffd", "")
    return Violation(file, anchor, Said("output.unseen", tag=tag, count=len(chars), code=f"{ord(chars[0]):04X}",
                                        words=words[:60]))


def _canonical_host(tree: LexborHTMLParser) -> str:
    """The host of the page's canonical address (the theme writes the site's `site_url` there), "" if it has none."""
    link = next((node for node in tree.css("link[rel][href]")
                 if "canonical" in str(node.attributes.get("rel") or "").lower().split()), None)
    return ownhost.host_of(str(link.attributes.get("href") or "")) if link is not None else ""


def _passing_for(href: str, site_host: str) -> Said | None:
    """Why a link of the text to `href` passes for one to the site's own host (editorial.passing_for_site, read on the
    page: its canonical address's host; safety93)."""
    return ownhost.passing_for(href, site_host)


@dataclass(frozen=True)
class _Misread:
    message: str
    words: str  # (the number or word as the text writes it)


def _may_misread(words: str) -> bool:
    """Whether the words of a page's text may hold a number its reader reads otherwise than the checks do (a first,
    cheap reading of the whole text before each block's, editorial.MAY_MISREAD)."""
    from policysite.editorial import MAY_MISREAD

    return MAY_MISREAD.search(words) is not None


def _block_misread(node: LexborNode, tag: str, lang: str) -> _Misread | None:
    """_misread's reading of a block `tag` written in `lang`, each part of it marked in another language read in that
    language too: the build's English notice quoting a Nepali day, `<p lang="en">… <span lang="ne">२०२२ मार्च
    १</span></p>`, writes Devanagari digits a Nepali reader reads as theirs, which the block's English refused. The
    whole block is read with the numbering systems of every language it holds (a letter among digits or an invisible
    character between two crossing a part's edge stays refused); each digit against its own part's language."""
    parts: list[tuple[LexborNode, str]] = []
    own = _own_language_words(node, lang, parts)
    if not parts:
        return _misread(own, tag, lang)
    held = (str(inner.attributes.get("lang") or "").strip() for inner in node.css("[lang]"))
    whole = _misread(node.text(deep=True), tag, lang, also=tuple(dict.fromkeys(one for one in held if one)))
    return whole or _misread(own, tag, lang) \
        or next((found for part, other in parts if (found := _block_misread(part, tag, other))), None)


def _own_language_words(node: LexborNode, lang: str, parts: list[tuple[LexborNode, str]]) -> str:
    """The words of `node` written in `lang`, each outermost element inside it whose `lang` is another a space (and
    added to `parts` with its language)."""
    words: list[str] = []
    for child in node.iter(include_text=True):
        other = "" if child.tag == "-text" else (child.attributes.get("lang") or "").strip()
        if child.tag == "-text":
            words.append(child.text_content or "")
        elif other and other.lower() != lang.lower():
            parts.append((child, other))
            words.append(" ")
        else:
            words.append(_own_language_words(child, lang, parts))
    return "".join(words)


def _misread(words: str, tag: str, lang: str, also: tuple[str, ...] = ()) -> _Misread | None:
    """editorial.digits' reading of the words of a block `tag` of the text, in `lang` (editorial.misread_number):
    `policy check` refused a Bengali `৪` drawn as an 8, `3O`, an invisible character inside `30` in the Markdown, but
    the same characters reaching the page another way (an entity `&#x9ea;`, an attribute list, raw HTML, a page
    another generator built or a hand commit) were published (safety91's open note, safety93)."""
    from policysite.editorial import misread_number

    if (found := misread_number(words, lang, also)) is None:
        return None
    key, fields = found
    quoted = str(fields.get("number") or fields.get("word") or "")
    return _Misread(Said("output." + key.partition(".")[2], tag=tag, **fields), quoted)


def _loose_words(article: LexborNode | None) -> list[tuple[str, str, tuple[str, ...]]]:
    """(words, language or "", the other languages they hold) of each run of the text's words that no block of it
    (BIDI_BLOCKS) holds, a line's words one run across the inline elements between them: `<div>3<span>O</span>
    days</div>` draws "3O days", which read text by text was "3", "O" and " days" (safety94)."""
    if article is None:
        return []
    runs: list[list[tuple[str, str]]] = [[]]
    top, own = article.mem_id, (article.attributes.get("lang") or "").strip()
    for node in article.traverse(include_text=True):
        tag = (node.tag or "").lower()
        if tag != "-text":
            if node.mem_id != top and tag not in _INLINE and not tag.startswith(("_", "-")) and runs[-1]:
                runs.append([])  # (an element a browser draws apart: the line ends)
            continue
        if not (node.text_content or "").strip():
            continue
        at, lang = node.parent, ""
        while at is not None and at.mem_id != top and (at.tag or "").lower() not in BIDI_BLOCKS:
            lang = lang or (at.attributes.get("lang") or "").strip()
            at = at.parent
        if at is not None and at.mem_id == top:
            runs[-1].append((node.text_content or "", lang or own))
    return [("".join(words for words, _lang in run), run[0][1],
             tuple(dict.fromkeys(lang for _words, lang in run[1:] if lang and lang != run[0][1])))
            for run in runs if run]


def _unseen_runs(article: LexborNode | None) -> list[tuple[str, str]]:
    """characters.unseen_in's reading of each block of `article` (BIDI_BLOCKS) that holds characters drawing nothing."""
    return [hidden for node in _elements(article) if (node.tag or "").lower() in BIDI_BLOCKS
            and (hidden := characters.unseen_in(node.text(deep=True))) is not None]


def _outdated_guarded(tree: LexborHTMLParser) -> bool:
    """Whether a page that runs Material's version check (its configuration names a `version`, a script loaded by
    address) has the site's guard as the last of its scripts to define `__md_set`, so that the check's
    `__outdated` is never stored; a page without that configuration or script runs no check."""
    scripts = tree.css("script")
    configured = any((node.attributes.get("id") or "").lower() == "__config" and _names_version(node.text(deep=True))
                     for node in scripts)
    if not configured or not any("src" in node.attributes for node in scripts):
        return True
    setting = [text for node in scripts if "src" not in node.attributes and _executable(node)
               and _SETS_MD_SET.search(text := node.text(deep=True))]
    return bool(setting) and _OUTDATED_GUARD.search(setting[-1]) is not None


def _names_version(text: str) -> bool:
    try:
        config = json.loads(text)
    except ValueError:
        return False
    return isinstance(config, dict) and bool(config.get("version"))


def _turned_apart(node: LexborNode, page_lang: str) -> tuple[str, str] | None:
    """("dir" or "ltr", its words) of an element of the text set against the direction around it (its nearest
    ancestor's of the text setting one, else its page's: `<div dir="rtl"><p dir="ltr">` on a page written left to
    right, `<span dir="rtl">` in a `<p dir="ltr">` of a Hebrew page, a `<bdi>` or `dir="auto"` by their first letter,
    which were judged by neither reading where the ancestor was set against the page: safety93), whose words a browser
    lays out in another order than written, read paragraph by paragraph (each block of it is one: safety91). On a page
    written left to right, an element set right to left (`dir="rtl"`, or `auto` and its first letter one, as a <bdi>
    without one is) whose left-to-right words it lays out apart: `<p dir="rtl">90 days, not 30</p>` is drawn "days, not
    30 90" (safety3 hunt). On a page written right to left, the mirror: `<p dir="ltr">90 ימים, לא 30</p>` shows "90" at
    the left, which its readers read last (safety91). The theme's own (a 404 page's message in Arabic, the redline of a
    Hebrew text, a side-by-side page's column) carry their language and are written in its letters: a paragraph of a
    language written the element's way, most of whose letters are of that direction, is read as its readers read it.
    `lang="he"` on English words (safety89), with one Hebrew letter before them, or on a <div> whose other paragraph is
    Hebrew (safety91), is no Hebrew text. An element of its words holding a `dir`, or a <bdi>, is the isolate the
    browser lays it out as (_directed_words)."""
    direction = _direction(node)
    if not direction:
        return None
    # (the direction the element turns from: its nearest ancestor's of the text setting one, else its page's)
    around = next((turned for at in _ancestors_in_text(node) if (turned := _direction(at))), "")
    page_rtl = around == "rtl" if around else characters.right_to_left(page_lang)
    if direction != ("ltr" if page_rtl else "rtl"):
        return None
    for words, lang in _paragraphs(node, _language_of(node, page_lang), direction):
        if characters.right_to_left(lang) != page_rtl and characters.mostly_right_to_left(words) != page_rtl:
            continue  # (its language's words, drawn as its readers read them)
        apart = characters.ltr_level_apart(words) if page_rtl else characters.isolated_apart(f"\u2067{words}\u2069")
        if apart:
            return "ltr" if page_rtl else "dir", "".join(char for char in apart[1] if char not in _ISOLATES)
    return None


def _laid_as_the_page(node: LexborNode, page_lang: str) -> str:
    """The words of a block of the text (BIDI_BLOCKS) written right to left, its language's (`lang="he"`, its own or
    around it) or most of its letters, that a browser lays out left to right as its page is (no `dir` around it or on
    it sets right to left) in another order than written: `<p lang="he">90 ימים, לא 30</p>` on an English page is
    drawn with "90" at the left, read last by its readers, which _turned_apart, judging only an element set against
    the direction around it, passed (safety94's open note, safety95); "" where none is. A paragraph starting with its
    right-to-left words (one run, laid out right to left within the line) is drawn as its readers read it; so is a
    quotation the page's words lead into or out of ("We keep: <Hebrew> (GDPR)", characters.within_ltr_ends) where the
    paragraph is not marked as in the quotation's language, and a heading's number before its title. An element set
    against the direction around it is _turned_apart's."""
    if characters.right_to_left(page_lang) or _direction(node) == "rtl" \
            or any(_direction(at) == "rtl" for at in _ancestors_in_text(node)):
        return ""
    heading = (node.tag or "").lower() in _HEADINGS
    for words, lang in _paragraphs(node, _language_of(node, page_lang), "ltr"):
        words = HEADING_NUMBER.sub("", words, count=1) if heading else words
        if characters.right_to_left(lang):
            apart = characters.ltr_level_apart(words)
        else:  # (mostly right-to-left letters in the page's language: its own words around them are its readers')
            apart = characters.ltr_level_apart(characters.within_ltr_ends(words)) \
                if characters.mostly_right_to_left(words) else None
        if apart:
            return "".join(char for char in apart[1] if char not in _ISOLATES)
    return ""


HEADING_NUMBER = re.compile(r"\s*\d+(?:\.\d+)*[.)]?\s+")  # (a section's number before its title: `1. التواصل`)


# Elements a browser draws raised or lowered (HTML's stylesheet: `vertical-align: super`, `sub`; a ruby's annotation
# above its base): their digits read as an exponent, an index or a note's mark
RAISING = frozenset({"sup", "sub", "rt"})


def raised_in_number(node: LexborNode) -> tuple[str, str]:
    """(its digits, the number the checks read) where the element `node`, a <sup> or <sub>, draws raised or lowered
    the first or last digits of a number it is written inside (safety95): `3<sup>0</sup> days` shows "3⁰ days" (three,
    and a note's mark or an exponent) where the checks, the redline, policy.json and a translation's "30 jours" read
    30; ("", "") where none: a note's mark after a word (`days<sup>1</sup>`), an ordinal (`1<sup>er</sup>`)."""
    if (node.tag or "").lower() not in RAISING:
        return "", ""
    inside = node.text(deep=True)
    before, after = _beside_words(node, after=False), _beside_words(node, after=True)
    lead = found.group() if inside[:1].isdecimal() and (found := re.search(r"\d+$", before)) else ""
    tail = found.group() if inside[-1:].isdecimal() and (found := re.match(r"\d+", after)) else ""
    from policysite.editorial import inserted_provision, noted_number

    if lead and not tail and (inserted_provision(before[:-len(lead)]) or noted_number(before[:-len(lead)], lead, inside)
                              or ((node.tag or "").lower() == "rt" and _base_has_letter(node))):
        return "", ""  # (`art. 22<sup>1</sup>`: an article inserted between two, its number as the checks read it;
        # `2018<sup>2</sup>`, `10<sup>12</sup>`: a year's note, an exponent; `<ruby>令和3<rt>2021</rt>`: an era's year)
    return (inside.strip(), lead + inside.strip() + tail) if lead or tail else ("", "")


def _base_has_letter(reading: LexborNode) -> bool:
    """Whether the base a ruby's <rt> `reading` stands over (the ruby's words before it, `令和3`, `令和<rb>3</rb>`)
    holds a letter: the <rt> reads the whole, an era's year its Gregorian one (safety98), not digits of one number."""
    words = []
    sibling = reading.prev
    while sibling is not None and (sibling.tag or "").lower() not in ("rt", "rp"):
        words.append(sibling.text_content or "" if sibling.tag == "-text" else sibling.text(deep=True))
        sibling = sibling.prev
    return any(unicodedata.category(char).startswith("L") for char in "".join(words))


def _beside_words(node: LexborNode, *, after: bool) -> str:
    """The words drawn on the line just before (or after) the element `node`: its nearest sibling's holding any, or
    the element around it's where it is inline and `node` is its first (or last) one."""
    at: LexborNode | None = node
    while at is not None:
        sibling = at.next if after else at.prev
        while sibling is not None:
            tag = (sibling.tag or "").lower()
            words = (sibling.text_content or "") if tag == "-text" else "" if tag.startswith(("_", "-")) else \
                sibling.text(deep=True)
            if words:
                return words
            sibling = sibling.next if after else sibling.prev
        at = at.parent if at.parent is not None and (at.parent.tag or "").lower() in _INLINE else None
    return ""


def _right_to_left_block(node: LexborNode, page_lang: str) -> bool:
    """Whether a block of the text is laid out right to left: its own direction, else its nearest ancestor's in the text
    setting one, else its page's."""
    direction = _direction(node) or next((turned for at in _ancestors_in_text(node) if (turned := _direction(at))), "")
    return direction == "rtl" if direction else characters.right_to_left(page_lang)


def _direction(node: LexborNode) -> str:
    """"ltr" or "rtl" as the element `node` sets its words' direction (`dir`, `auto` and a <bdi> by their first
    letter), "" where it sets none."""
    direction = (node.attributes.get("dir") or "").strip().lower() or ("auto" if (node.tag or "").lower() == "bdi"
                                                                       else "")
    if direction == "auto":
        return "rtl" if _first_strong_rtl(_directed_words(node)) else "ltr"
    return direction if direction in ("ltr", "rtl") else ""


def _ancestors_in_text(node: LexborNode) -> Iterator[LexborNode]:
    """The ancestors of `node`, nearest first, up to the article holding the text (not the theme's around it)."""
    at = node.parent
    while at is not None and not ((at.tag or "").lower() == "article" and "md-content__inner" in _classes(at)) \
            and (at.tag or "").lower() not in ("body", "html", "-undef"):
        yield at
        at = at.parent


def _first_strong_rtl(words: str) -> bool:
    """Whether the first letter of `words` a browser reads a direction from (`dir="auto"`) is one written right to left;
    the words of isolates within skipped, as the browser does."""
    depth = 0
    for char in words:
        if char in _ISOLATES:
            depth += -1 if char == "\u2069" else 1
        elif not depth and (kind := unicodedata.bidirectional(char)) in ("L", "R", "AL"):
            return kind != "L"
    return False


def _language_of(node: LexborNode, page_lang: str) -> str:
    """The language an element is written in: its own `lang`, else its nearest ancestor's, else its page's."""
    at: LexborNode | None = node
    while at is not None and (at.tag or "").lower() not in ("html", "-undef"):
        if lang := (at.attributes.get("lang") or "").strip():
            return lang
        at = at.parent
    return page_lang


# Elements a browser lays out within a line: their words belong to the paragraph around them
_INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em", "font",
                     "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp", "small",
                     "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr"})


def _paragraphs(node: LexborNode, lang: str, direction: str) -> list[tuple[str, str]]:
    """(words, language) of each paragraph a browser lays out in `node`, which its `direction` rules: the words of
    each block within (a <p> of a <div>) apart, as the bidirectional algorithm reads them; a block setting another
    direction is left out (judged when it is read), one setting the same is read with the others (safety93: turned
    against `node`'s, it was neither). Words are written as _directed_words writes them."""
    found: list[tuple[str, str]] = []
    parts: list[str] = []
    child = node.child
    while child is not None:
        tag = (child.tag or "").lower()
        if tag == "-text":
            parts.append(child.text_content or "")
        elif tag in _INLINE:
            inner = _directed_words(child)
            opener = _ISOLATING.get((child.attributes.get("dir") or "").strip().lower(), "") or (
                "\u2068" if tag == "bdi" else "")
            parts.append(f"{opener}{inner}\u2069" if opener else inner)
        elif not tag.startswith(("_", "-")):
            if parts:
                found.append(("".join(parts), lang))
                parts = []
            if _direction(child) in ("", direction):
                found += _paragraphs(child, (child.attributes.get("lang") or "").strip() or lang, direction)
        child = child.next
    if parts:
        found.append(("".join(parts), lang))
    return found


# The marks a browser's bidirectional algorithm reads an element with `dir` as (HTML's stylesheet: `unicode-bidi:
# isolate`), a <bdi> without one as `dir="auto"`
_ISOLATING = {"ltr": "\u2066", "rtl": "\u2067", "auto": "\u2068"}
_ISOLATES = frozenset("\u2066\u2067\u2068\u2069")


def _directed_words(node: LexborNode) -> str:
    """The words of `node`'s descendants, each element of them holding a `dir` (or a <bdi>) written as the isolate the
    browser lays it out as: `<span dir="ltr">jamais</span> <span dir="ltr">vendues</span>` in a right-to-left
    paragraph is two isolates apart, drawn "vendues jamais", where its words alone read one run (safety89 hunt)."""
    parts: list[str] = []
    child = node.child
    while child is not None:
        tag = (child.tag or "").lower()
        if tag == "-text":
            parts.append(child.text_content or "")
        elif not tag.startswith(("_", "-")):
            inner = _directed_words(child)
            opener = _ISOLATING.get((child.attributes.get("dir") or "").strip().lower(), "") or (
                "\u2068" if tag == "bdi" else "")
            parts.append(f"{opener}{inner}\u2069" if opener else inner)
        child = child.next
    return "".join(parts)


def csp_weakness(policy: str) -> str:
    """What of a Content-Security-Policy allows more than the site's (`csp`: this site's files and the theme's inline
    scripts by hash, no frame, object, form or base), or "": a forged page writing `default-src *` or
    `form-action *` took off the second line of defence the site promises, and a form of its own could send."""
    site = _directives(csp([]))
    given = _directives(policy)
    for name, sources in given.items():
        allowed = site.get(name)
        if allowed is None:
            return name
        extra = [source for source in sources if source not in allowed | {"'none'"}
                 and not (name == "script-src" and re.fullmatch(r"'sha256-[A-Za-z0-9+/=]+'", source))]
        if extra:
            return f"{name} {extra[0]}"
    # (a fetch directive left out falls back to default-src; a <base> and a form's action are refused on their own)
    return "" if "default-src" in given else "default-src"


def _directives(policy: str) -> dict[str, set[str]]:
    """A policy's directives, each with its sources (lower case but hashes), the first of a name as browsers take it."""
    found: dict[str, set[str]] = {}
    for part in policy.split(";"):
        words = part.split()
        if words and words[0].lower() not in found:
            found[words[0].lower()] = {word if word.startswith("'sha") else word.lower() for word in words[1:]}
    return found


# The one link to another site the theme writes outside the text: Material's footer credit (`extra.generator`)
THEME_LINKS = frozenset({"https://squidfunk.github.io/mkdocs-material/"})


def _theme_links(tree: LexborHTMLParser, article: LexborNode | None,
                 held: Ancestry | None = None) -> Iterator[tuple[str, str]]:
    """(tag, target) of each link of the page outside the policy text (`article`: none on a page without one) that
    goes to another site: the words around it are no check's, so a forged page's "Sign in to object" went anywhere.
    (`held`: the page's Ancestry of `article`, shared by the walks of one check.)"""
    held = held or Ancestry(article)
    for node in tree.css("a, area"):
        attributes = node.attributes
        # (an empty target leaves no page: `_is_foreign("")` is False, as the parser reads it, unread per link)
        away = next((target for name in ("href", "xlink:href") if (target := attributes.get(name) or "")
                     and _is_foreign(target) and not is_script_url(target) and target.strip() not in THEME_LINKS), "")
        if away and not held.above(node)[0]:
            yield (node.tag or "").lower(), away


class Ancestry:
    """Of an element of one parsed page, what its ancestors are: whether the judged text (`article`, or None) is among
    them, and whether an article of the theme (`_in_article`) is; each element's answer kept by its `mem_id` and read
    from its parent's, so that the page's many links and hidden spans (a history page of 1,000 versions holds 5,000
    links and 3,000 `policy-unseen` spans in a few hundred rows) walk their shared ancestors once, not each to the
    root (perf7). Within the judged text, the theme's articles between the element and that text only are counted (as
    a walk that stops there counts them)."""

    def __init__(self, article: LexborNode | None) -> None:
        self.article = article.mem_id if article is not None else None
        # mem_id -> (the element or an ancestor is the judged text, the element or an ancestor is an article of the
        # theme, below the judged text if any)
        self.kept: dict[int, tuple[bool, bool]] = {}

    def above(self, node: LexborNode) -> tuple[bool, bool]:
        """(the judged text holds `node`, an article of the theme holds it below that text) of `node`'s ancestors, the
        element itself aside."""
        chain = []
        parent = node.parent
        found = (False, False)
        while parent is not None:
            known = self.kept.get(parent.mem_id)
            if known is not None:
                found = known
                break
            chain.append(parent)
            parent = parent.parent
        for element in reversed(chain):  # (the root's side first: each answer from its parent's)
            judged, themed = found
            found = (True, False) if element.mem_id == self.article else (judged, themed or _in_article(element))
            self.kept[element.mem_id] = found
        return found


def repeated_id(ident: str) -> str:
    """Why an id on two elements of the text is refused."""
    return Said("output.repeated-id", ident=ident[:40])


def _beside(article: LexborNode, *, after: bool, scripting: bool = False) -> str:
    """What follows the article (`after`), from its parent out to the body, or what precedes it, from the body in to
    it: each element's tag and first class (else `@` and its data-md-component), and any text that is not white space
    ("#text"), space-separated, in the order of the page. `scripting`: read as a browser running scripts reads it,
    where a <noscript> is text it never shows (its elements are judged as read with scripting off)."""
    levels = []
    node: LexborNode | None = article
    while node is not None and node.tag not in ("body", "html"):
        seen = []
        sibling = node.next if after else node.prev
        while sibling is not None:
            if sibling.tag == "-text":
                if sibling.text(deep=False).strip():
                    seen.append("#text")
            elif sibling.tag == "noscript" and (scripting or _scripts_only(sibling)):  # (scripting: never shown)
                seen.append("noscript>script")
            elif sibling.tag and not sibling.tag.startswith("-"):
                classes = (sibling.attributes.get("class") or "").split()
                component = sibling.attributes.get("data-md-component")
                seen.append(sibling.tag.lower() + ("." + classes[0] if classes else f"@{component}" if component
                                                   else ""))
            sibling = sibling.next if after else sibling.prev
        levels.append(seen if after else seen[::-1])
        node = node.parent
    return "".join(f"{item} " for seen in (levels if after else levels[::-1]) for item in seen)


def _scripts_only(node: LexborNode) -> bool:
    """`node` holds scripts and white space, nothing a reader could see."""
    child = node.child
    while child is not None:
        if (child.tag == "-text" and child.text(deep=False).strip()) or (
                child.tag and not child.tag.startswith("-") and child.tag.lower() != "script"):
            return False
        child = child.next
    return True


# What the one page the site writes without the theme's article holds (policy-redirect.html): in its body, lists of
# links and paragraphs of links, and the door's script; words in the links only
REDIRECT_HOLDS = {"body": frozenset({"ul", "p", "script"}), "ul": frozenset({"li"}), "li": frozenset({"a"}),
                  "p": frozenset({"a"}), "a": frozenset()}


def _beyond_redirect(body: LexborNode | None) -> str:
    """The first element (`outer > tag`) or words (`outer > #text`) of a page without the theme's article that a
    redirect (REDIRECT_HOLDS) does not hold, or "": another generator's page in its place was read for scripts and
    loads only, and its words and links were no check's."""
    todo = [body] if body is not None else []
    while todo:
        node = todo.pop()
        outer = (node.tag or "").lower()
        child = node.child
        while child is not None:
            tag = (child.tag or "").lower()
            if tag == "-text":
                if child.text(deep=False).strip() and outer != "a":
                    return f"{outer} > #text"
            elif tag and not tag.startswith("-"):
                if tag not in REDIRECT_HOLDS.get(outer, frozenset()):
                    return f"{outer} > {tag}"
                if tag != "script":
                    todo.append(child)
            child = child.next
    return ""


def _elements(root: LexborNode | None) -> Iterator[LexborNode]:
    if root is None:
        return
    for node in root.traverse(include_text=False):
        if node.tag and not node.tag.startswith("-"):  # comments, the doctype
            yield node


def _page_rules_of(node: LexborNode, theme_dirs: tuple[str, ...]) -> tuple[Said, ...]:
    """`_page_rules` of an element, the same for every element of the same tag and attributes (as the parser gives
    them, in order) but those whose words or content it reads too (a style, a script, the at page's data): a history
    page of 1,000 versions holds 13,000 elements, 6,000 of them alike (its rows' paragraphs, spans, times), 4.5 µs
    each (perf5)."""
    tag, attributes = node.tag, tuple(node.attributes.items())
    key = (tag, attributes, theme_dirs)
    found = _RULED.get(key)  # (an element kept is none of those read each time: they are never kept)
    if found is not None:
        return found
    if (tag or "").lower() in ("style", "script") or any("policy-at-data" in (value or "")
                                                          for _name, value in attributes):
        return tuple(_page_rules(node, theme_dirs))
    found = _RULED[key] = tuple(_page_rules(node, theme_dirs))
    if len(_RULED) > _RULED_MOST:
        del _RULED[next(iter(_RULED))]
    return found


_RULED: dict[tuple[str | None, tuple[tuple[str, str | None], ...], tuple[str, ...]], tuple[Said, ...]] = {}
_RULED_MOST = 65_536


def _page_rules(node: LexborNode, theme_dirs: tuple[str, ...]) -> Iterator[Said]:
    """What no element of a published page may do, theme or text."""
    tag = (node.tag or "").lower()
    attrs = {str(k).lower(): (v or "") for k, v in node.attributes.items()}
    if tag in FORBIDDEN:
        yield Said("output.forbidden", tag=tag)
    if tag == "template":  # (its content is no child of it here: `traverse` never reads it; the theme writes none)
        yield Said("output.template")
    if tag in UNSHOWN_ELEMENTS or UNSHOWN_ATTRIBUTES.intersection(attrs) \
            or attrs.get("hidden", "").strip().lower() == "until-found":
        what = tag if tag in UNSHOWN_ELEMENTS else next((name for name in sorted(UNSHOWN_ATTRIBUTES) if name in attrs),
                                                        'hidden="until-found"')
        yield Said("output.unshown", tag=tag, what=what)
    if attrs.get("id", "").lower() == "__config" and not (
            tag == "script" and attrs.get("type", "").strip().lower() in INERT_SCRIPTS):
        # Material reads its configuration from the first element of that id (any case, in a page without a doctype)
        yield Said("output.config-element", tag=tag)
    if attrs.get("data-md-component", "").strip() in FETCHING_COMPONENTS:
        yield Said("output.fetching-component", tag=tag, component=attrs["data-md-component"].strip())
    elif attrs.get("data-md-component", "").strip() in STORING_COMPONENTS:
        yield Said("output.storing-component", tag=tag, component=attrs["data-md-component"].strip())
    if tag in DOCUMENT_ATTRIBUTES and set(attrs) - DOCUMENT_ATTRIBUTES[tag]:
        yield Said("output.document-attributes", tag=tag, names=" ".join(sorted(set(attrs) - DOCUMENT_ATTRIBUTES[tag])))
    for name, value in attrs.items():
        if name.startswith("on"):
            yield Said("output.handler", tag=tag, name=name)
        elif name in TRACKING_ATTRIBUTES:
            yield Said("output.tracking", tag=tag, name=name)
        elif name == "style" and CSS_LOADS.search(value):
            yield Said("output.style-loads", tag=tag, value=value[:60])
        elif name in ("ping", "formaction") or (name == "action" and tag == "form" and value.strip()):
            yield Said("output.attribute", tag=tag, name=name)
        elif name in URL_ATTRIBUTES and is_script_url(value):
            yield Said("output.script-url", tag=tag, name=name, value=value[:60])
        elif name in SRCSETS and any(_is_foreign(u) or is_script_url(u) for u in srcset_urls(value)):
            yield Said("output.srcset", tag=tag, name=name, value=value[:60])
        elif name in LOADING and _is_foreign(value):
            yield Said("output.loads/third-party", tag=tag, name=name, value=value[:80])
        elif name in ("href", "xlink:href") and tag not in ("a", "area", "link") and _is_foreign(value):
            # (a link's and an area's are where the reader goes, a <link>'s its rel's; any other element's is fetched or
            # followed: SVG's image, use, script, a pattern's or gradient's template, a MathML element Firefox links)
            yield Said("output.loads", tag=tag, name=name, value=value[:80])
        elif name in PAINTING and ("\\" in value  # (read as CSS: `\75 rl(` is `url(`)
                                   or css_rules.IMAGE_FUNCTIONS.search(value)  # (`image-set('https://…' 1x)`)
                                   or any(_is_foreign(url) or is_script_url(url) for url in css_urls(value))):
            yield Said("output.loads", tag=tag, name=name, value=value[:80])
    if "policy-at-data" in attrs.get("class", "").split() and (away := _at_leaves(node.text(deep=True))):
        yield Said("output.at-leaves", url=away[:80])
    if "data-policy-up" in attrs and not _UP.fullmatch(attrs["data-policy-up"]):
        # policy.js links the next version at `data-policy-up + version + "/changes/"`, the version's name read from
        # versions.json: under `/`, a version named `/evil.example` made it `//evil.example/changes/`, another host,
        # though neither left the site alone (safety53 hunt). The generator writes the page's parent folders.
        yield Said("output.data-leaves", name="data-policy-up", value=attrs["data-policy-up"][:80])
    leaking = attrs.get("content", "") if tag == "meta" and attrs.get("name", "").strip().lower() == "referrer" \
        else attrs.get("referrerpolicy", "")
    if any(policy.strip().lower() in LEAKING_REFERRERS for policy in leaking.split(",")):
        yield Said("output.referrer", tag=tag, policy=leaking[:40])
    for name in ("href", "xlink:href") if tag == "use" else ():
        # another file's drawing, shown in the page: its words and shapes (a cover over the text, a form's look) are
        # none the page's check read; Material's icons are drawn inline and use none
        if not _url(attrs.get(name, "#")).startswith("#"):
            yield Said("output.use-file", name=name, value=attrs[name][:80])
    if tag == "link":
        rels = set(attrs.get("rel", "").lower().split())
        kind = _runs(rels, attrs.get("as", "").strip().lower())
        if rels & UNREAD_LINKS:
            yield Said("output.link-unread", rel=attrs.get("rel"), href=attrs.get("href", "")[:80])
        elif rels - INERT_LINKS and (_is_foreign(attrs.get("href", "")) or is_script_url(attrs.get("href", ""))):
            yield Said("output.link-loads", rel=attrs.get("rel"), href=attrs.get("href", "")[:80])
        elif kind and not _names_file(attrs.get("href", ""), kind):
            yield Said(f"output.link-runs/{kind}", rel=attrs.get("rel"), href=attrs.get("href", "")[:80])
    elif tag == "meta":
        equiv = attrs.get("http-equiv", "").strip().lower()
        charset = _declared_charset(attrs)
        if charset and charset.strip().lower() not in UTF8_LABELS:  # (a host sending no charset has it read so)
            yield Said("output.charset", charset=charset.strip()[:40])
        if equiv == "refresh":
            target = refresh_target(attrs.get("content", ""))
            if _is_foreign(target) or is_script_url(target):
                yield Said("output.refresh-foreign", target=target[:80])
        elif equiv not in ("", "content-type", "x-ua-compatible", CSP_META.lower()):
            yield Said("output.http-equiv", equiv=equiv)
        name = attrs.get("name", "").strip().lower()
        if name.startswith(FETCHING_META) and (away := next((part.strip() for part in re.split(r"[;=,]", attrs.get(
                "content", "")) if _is_foreign(part.strip()) or is_script_url(part.strip())
                or part.strip().startswith("$")), "")):  # (`$wallet.example/x`: a payment pointer, another host)
            yield Said("output.meta-fetches", name=name[:40], url=away[:80])
    elif tag == "style" and CSS_LOADS.search(node.text(deep=True)):
        yield Said("output.style-element-loads")
    elif tag == "style" and not THEME_STYLE.fullmatch(node.text(deep=True).strip()):
        yield Said("output.style-element", text=node.text(deep=True).strip()[:60])
    elif tag == "script":
        if "src" in attrs:
            if _is_foreign(attrs["src"]) or is_script_url(attrs["src"]):
                yield Said("output.script-src", src=attrs["src"][:80])
            elif not _names_file(attrs["src"], "script"):
                yield Said("output.script-src/not-js", src=attrs["src"][:80])
        elif _executable(node):
            if not _allowed_inline(node.text(deep=True), theme_scripts(theme_dirs)):
                yield Said(SCRIPT_NOT_THEMES, text=node.text(deep=True)[:60])
        elif (attrs.get("type") or "").strip().lower() not in INERT_SCRIPTS:
            yield Said("output.script-type", type=attrs.get("type"))
        elif attrs.get("id", "").lower() == "__config":
            yield from _config_rules(node.text(deep=True))


# A URL's scheme as a browser reads it (after the spaces it strips)
_SCHEME = re.compile(r"[\x00-\x20]*([A-Za-z][A-Za-z0-9+.-]*):")


def capital_scheme(href: str, words: str) -> Said | None:
    """Why a link of the text whose scheme holds a capital (`HTTPS://…`, `Mailto:…`) is refused, or None. A browser
    follows it as it follows `https://…`, but on paper a link's address follows its words by the site's stylesheet
    (`a[href^="http"]::after`, an attribute selector matching the value's case) and script, which read a lower-case
    scheme only: `[our partner](HTTPS://partner.example/)` passed `policy check` and the output check, and a printout
    showed "our partner" and no address to follow (safety89 hunt)."""
    found = _SCHEME.match(href)
    if found is None or found.group(1) == found.group(1).lower():
        return None
    scheme = found.group(1)
    return Said("output.link-scheme-case", href=href.strip()[:80], scheme=f"{scheme}:",
                words=" ".join(words.split())[:60], lower=f"{scheme.lower()}:")


def redline_marked(node: LexborNode) -> bool:
    """Whether a <del> or <ins> is one of the redline's marks: of its class (REDLINE_MARKS), inside a redline
    (REDLINE_PARTS: a changes page's, its sections, the compare page's legend) of an article that is no version's
    policy page (whose first part is the build's `div.policy-version`). The class alone was the text's to write: a
    policy page's `<del class="redline-del">not</del>` drew a clause struck out as if the version had deleted it, no
    redline saying so (safety87 hunt)."""
    if REDLINE_MARKS.get((node.tag or "").lower()) not in _classes(node):
        return False
    inside = False
    outer = node.parent
    while outer is not None and not _in_article(outer):
        inside = inside or bool(_classes(outer) & REDLINE_PARTS)
        outer = outer.parent
    if outer is None or not inside:
        return False
    child = outer.child
    while child is not None:
        if (child.tag or "").lower() == "div" and "policy-version" in _classes(child):
            return False
        child = child.next
    return True


# The attribute that leaves an element's words out of the site's search index (Material's search plugin and
# search-index.js read it)
SEARCH_EXCLUDED = "data-search-exclude"


def searched_apart(node: LexborNode) -> bool:
    """Whether an element of the text holding SEARCH_EXCLUDED is one the build leaves out of the search: a notice of
    the site (NOTICES, of its tag: the print's line, the unscripted note; where it stands is hiding_misplaced's to
    judge) or a paragraph or list of the version's own list of versions (partials/policy-version.html: a
    `div.policy-version` holding `data-policy-version`, a child of the article). Any other kept the text's own words
    out of the search: `<p data-search-exclude>We sell your data.</p>` is shown and never found (safety91 hunt)."""
    tag = (node.tag or "").lower()
    classes = _classes(node)
    if any(NOTICES[name] == tag for name in classes & NOTICES.keys()):
        return True
    parent = node.parent
    return tag in ("p", "ul") and parent is not None and (parent.tag or "").lower() == "div" \
        and "policy-version" in _classes(parent) and "data-policy-version" in parent.attributes \
        and _in_article(parent.parent)


def _content_rules(node: LexborNode, shrinking: tuple[frozenset[str], frozenset[str]] = (SHRINKING, frozenset())
                   ) -> Iterator[str]:
    """What the policy text (Markdown, and the partials the site adds to it) may not do besides (`shrinking`: the
    elements and classes drawn smaller, safety.shrinking)."""
    tag = (node.tag or "").lower()
    if tag in FORBIDDEN_IN_CONTENT:
        yield Said("output.forbidden/text", tag=tag)
    if tag in UNDRAWN or (tag in UNDRAWN_BRACKETS and any(char.isalnum() for char in node.text(deep=True))):
        yield Said("output.undrawn", tag=tag, words=" ".join(node.text(deep=True).split())[:60])
    fetching = FETCHING_CLASSES & set((node.attributes.get("class") or "").split())
    if fetching:
        yield Said("output.fetching-class", tag=tag, classes=" ".join(sorted(fetching)))
    if tag == "script" and ("src" in node.attributes or _executable(node)):
        yield Said("output.script-text")
    if (tag in REDLINE_MARKS and not redline_marked(node)) or tag in UNDERLINED:
        struck = tag == "del"  # (drawn struck out, else underlined)
        yield Said("output.redline-mark/struck" if struck else "output.redline-mark", tag=tag)
    overridden = [name for name, value in (("its words", node.text(deep=False)), *node.attributes.items())
                  if OVERRIDES.search(value or "")]
    if overridden:
        yield Said("output.override", tag=tag, places=[Said("output.override/words") if place == "its words"
                                                       else Said("said.as-is", text=place) for place in overridden])
    if shrinks := _shrinks(node, shrinking):
        outer = node.parent
        while outer is not None and (outer.tag or "").lower() not in ("article", "body") \
                and not _shrinks(outer, shrinking):
            outer = outer.parent
        if outer is not None and (outer_shrinks := _shrinks(outer, shrinking)):
            yield shrunk(shrinks, outer_shrinks)
    classes = set((node.attributes.get("class") or "").split())
    theme = sorted(c for c in classes if c.startswith("md-") and c not in OWN_THEME_CLASSES)
    if theme:
        yield Said("output.theme-class", tag=tag, classes=" ".join(theme))
    if "hidden" in node.attributes and not classes & OWN_HIDDEN:
        yield Said("output.hidden", tag=tag)
    if scripted := classes & SCRIPT_CLASSES:
        yield Said("output.script-class", tag=tag, classes=" ".join(sorted(scripted)))
    hiding = sorted(name for name in classes & theme_hiding_classes() if not name.startswith("md-"))  # (md-: above)
    if hiding and not (hiding == ["headerlink"] and tag == "a" and _permalink(node)):
        yield Said("output.theme-hiding", tag=tag, classes=" ".join(hiding))
    attributes = node.attributes
    if any(str(name).lower().startswith(("aria-", "role")) for name in attributes):  # (most elements hold none)
        yield from unspoken(node, tag, attributes)
    if classes & HIDING_CLASSES or ("hidden" in node.attributes and classes & OWN_HIDDEN):
        if misplaced := hiding_misplaced(node):
            yield Said("output.hiding-placed", tag=tag, classes=" ".join(sorted(classes & HIDING_CLASSES
                                                                               | classes & OWN_HIDDEN)),
                       where=misplaced)
    if tag == "a" and node.attributes.get("href"):
        if unseen := unseen_link(node):
            yield unseen
        deceived = list(deceptive_link(str(node.attributes.get("href")), node.text(deep=True)))
        yield from deceived
        # (one reason a link: a link refused for where it goes is rewritten whole, its scheme's case with it)
        if not deceived and (said := capital_scheme(str(node.attributes.get("href")), node.text(deep=True))):
            yield said
        # the words the link shows, as the browser draws them, against where it goes: written with Markdown
        # inside a raw <a> (`**dpo@acme.example**`, `dpo@acme\.example`), its source showed the check no address
        # (security hunt 20, finding 1)
        if shown := shown_address(str(node.attributes.get("href")), _link_words(node)):
            yield shown
        elif pictured := next((shown for image in node.css("img") if (alt := image.attributes.get("alt"))
                               and (shown := shown_address(str(node.attributes.get("href")), str(alt)))), ""):
            # an image's text is the link's words to a screen reader, and shown where the image is not drawn: `<img
            # alt="www.cnil.fr">` linked to another host was said by neither the page nor the output check (safety97)
            yield pictured
        else:
            yield from (titled for title in link_titles(node)
                        if (titled := title_address(str(node.attributes.get("href")), title)))
    if SEARCH_EXCLUDED in node.attributes and not searched_apart(node):
        # (the site's search leaves out the element's words: a reader searching the policy for what it shows found
        # nothing, the search telling them the policy says no such thing; safety91 hunt)
        yield Said("output.search-excluded", tag=tag, words=" ".join(node.text(deep=True).split())[:60])
    if tag == "table" and (over := tableslots.overlapping(node)) is not None:
        # (a cell drawn over another's words: `rowspan` from above and `colspan` from below claiming one slot, which
        # neither Markdown nor the site writes; a page of another generator or a hand commit passed: safety89 hunt)
        yield Said("output.table-overlap", tag=(over.tag or "").lower(),
                   words=" ".join(over.text(deep=True).split())[:60])
    if classes & ALIAS_CLASSES or REMOVED_ALIAS in node.attributes:
        if misplaced := alias_misplaced(node):
            yield Said("output.alias-placed", tag=tag, where=misplaced)
    for name, value in node.attributes.items():
        name = str(name).lower()
        if name in ("id", "for", "name") and (value or "").startswith("__"):
            yield _theme_id(tag, name, value or "")
        elif name == "id" and DATED_ID.fullmatch(value or "") and not (tag == "span" and ALIAS_CLASSES & classes):
            yield _dated_id(tag, value or "")  # (an alias out of its place: said above)
        elif name == "style":
            yield Said("output.style-text", tag=tag)
        elif name not in CONTENT_ATTRIBUTES and not CONTENT_DATA.fullmatch(name) \
                and not (tag == "script" and name == "type") and not name.startswith("on"):
            yield Said("output.text-attribute", tag=tag, name=name)


@functools.cache
def theme_hiding_classes() -> frozenset[str]:
    """The classes the installed theme's stylesheets hide the words of an element by (css_rules.hiding_classes), read
    once a process: Material's content styles hide a `tabbed-block` (display: none), a `headerlink` (opacity: 0, until a
    pointer rests on its parent), a `footnote-backref` (font-size: 0). The theme's `md-` classes are refused in the text
    as a whole (output.theme-class); a text holding one of these hid its words from the eye, which the checks read
    (safety82)."""
    import material

    folder = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"
    found: frozenset[str] = frozenset()
    for sheet in sorted(folder.glob("*.css")):
        found |= css_rules.hiding_classes(sheet.read_text(encoding="utf-8"))
    return found


# ARIA attributes that give an element words a screen reader says in place of, or beside, those the eye sees: the
# generator writes them in the theme's part of a page and on the archive's pages, never in a policy's text
SPOKEN_ARIA = frozenset({"aria-label", "aria-labelledby", "aria-describedby", "aria-description",
                         "aria-roledescription", "aria-valuetext", "aria-placeholder", "aria-braillelabel",
                         "aria-brailleroledescription", "aria-details"})
# Roles whose element a screen reader names by the author's words only, its own words unsaid (WAI-ARIA: name from
# author, children presentational)
UNSPOKEN_ROLES = frozenset({"img", "image", "separator", "progressbar", "meter", "scrollbar", "slider",
                            "graphics-symbol"})


# The ARIA the site's own parts of a text write (partials: a notice's role="status", a legend's role="note"; a list of
# versions' aria-current, a heading's "¶" aria-hidden; SPOKEN_ARIA and UNSPOKEN_ROLES have rules of their own): any
# other tells a screen reader a structure the eye does not see. `role="heading" aria-level="1"` made a paragraph a
# heading, `role="none"` a section's heading none, `aria-owns` read §2's heading inside another paragraph, in another
# order than the page's (safety87 hunt).
SITE_ROLES = frozenset({"note", "status"})
SITE_ARIA = frozenset({"aria-current", "aria-hidden"})


def unspoken(node: LexborNode, tag: str, attributes: dict[str, str | None]) -> Iterator[Said]:
    """What makes a screen reader say other words than an element of the text shows: an ARIA label or description
    (SPOKEN_ARIA: `<a href="https://evil.example" aria-label="The CNIL's site">`), `aria-hidden` on words (a clause the
    eye reads and a blind reader never hears: the heading's "¶" and the redline's "…" are symbols), a role naming it by
    the author's words only (UNSPOKEN_ROLES), any other role or ARIA attribute than the site's own (SITE_ROLES,
    SITE_ARIA: safety87). The policy's readers are all its readers (safety82)."""
    named = {str(key).lower(): value or "" for key, value in attributes.items()}
    for name in sorted(SPOKEN_ARIA.intersection(named)):
        yield Said("output.aria-words", tag=tag, name=name)
    hidden = named.get("aria-hidden", "").strip().lower() == "true"
    roles = set(named.get("role", "").lower().split()) & UNSPOKEN_ROLES
    if (hidden or roles) and any(char.isalnum() for char in node.text(deep=True)):  # (its words read only then)
        if hidden:
            yield Said("output.aria-hidden", tag=tag)
        if roles:
            yield Said("output.aria-role", tag=tag, role=" ".join(sorted(roles)))
    # (the attribute's name and value apart: each language quotes the value as it quotes words, « » in French)
    for name in sorted({name for name in named if name.startswith("aria-")} - SITE_ARIA - SPOKEN_ARIA):
        yield Said("output.aria-structure", tag=tag, name=name[:40], value=named[name][:40])
    if other := set(named.get("role", "").lower().split()) - SITE_ROLES - UNSPOKEN_ROLES:
        yield Said("output.aria-structure", tag=tag, name="role", value=" ".join(sorted(other))[:40])


def unshown_title(node: LexborNode, page: str) -> Said | None:
    """What the output check says of an element of the text whose title (the words a browser shows while a pointer
    rests on it) says words the page (`page`, the article's words) does not show, as the source check's
    `editorial.tooltip` reads a title (tooltips.unshown): never on a phone, on paper, in the PDF or the redline, they
    bind a reader who never saw them: words an attribute list, raw HTML or another generator's page puts there, and a
    text recorded as imported (whose source findings are warnings) is judged so too. A link's own title as well: the
    import removes those it would refuse (neutralise: convert.link-title/unshown), so that a record of imported.yml
    written by hand beside a new text softens none (safety77). Not a heading's "¶" link's, the hook's words, nor one
    showing an address, title_address's."""
    from policysite import tooltips

    title = node.attributes.get("title")
    if not title or not title.strip():
        return None
    tag = (node.tag or "").lower()
    if tag == "a" and (href := node.attributes.get("href")) and (
            _permalink(node) or title_address(str(href), str(title))):
        return None
    shown = str(node.attributes.get("alt") or "") if tag == "img" else node.text(deep=True)
    if not tooltips.unshown(title, shown=shown, page=page):
        return None
    return Said("output.tooltip", tag=tag, title=" ".join(title.split())[:80], shown=" ".join(shown.split())[:40])


def _permalink(link: LexborNode) -> bool:
    """Whether `link` is the "¶" Python-Markdown's toc writes last in a heading (its class the text may not set:
    editorial.html)."""
    parent = link.parent
    return "headerlink" in (link.attributes.get("class") or "").split() and parent is not None \
        and re.fullmatch(r"h[1-6]", (parent.tag or "").lower()) is not None and link.next is None


def _theme_id(tag: str, name: str, value: str) -> str:
    return Said("output.theme-id", tag=tag, name=name, value=value)


# What a script defines on the page's global object (`window.NAME = …`: Material's `document$`, the site's
# `policyVersions`, `policySearchQuery`, redline.js's `root.PolicyRedline = factory()` …: script_globals). An element of
# the text whose id is one of these names is that global too (a browser's named access on window) until the script
# defines it: a script reading it first (on-demand.js reads `window.policySearchQuery` at each search, before
# search-index.js has set it) calls an element, throws, and the reader's search or notices stop working (DOM
# clobbering: safety84). A name a script declares at its top level (`var`, `function`) is the element's too until that
# script has run (safety86).
_SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)


def defined_globals(scripts: Iterable[str], *, declared: bool = True) -> frozenset[str]:
    """The names the scripts' sources `scripts` define on the global object (script_globals.defined, each script read
    once: globalscache); `declared`:
    those they declare at their top level too."""
    return frozenset(name for script in scripts for name in globalscache.defined(script, declared=declared))


def template_scripts(template: str) -> list[str]:
    """The sources of the classic scripts the HTML template `template` writes (not a module: its names are its own)."""
    return [body for attributes, body in _SCRIPT.findall(template)
            if not re.search(r"""\btype\s*=\s*["']?module""", attributes, re.IGNORECASE)]


@functools.lru_cache(maxsize=8)
def theme_globals(theme_dirs: tuple[str, ...]) -> frozenset[str]:
    """The globals the scripts of the theme folders `theme_dirs` define (`defined_globals`): their files
    (`assets/javascripts/*.js`, Material's bundle among them) and their script templates (`partials/javascripts`: what
    they assign on the global object), each from the first folder that has it (as the site's theme loader takes it)."""
    sources, inline, taken = [], [], set()
    for folder in theme_dirs:
        for path in sorted([*Path(folder).glob("assets/javascripts/*.js"),
                            *Path(folder).glob("partials/javascripts/*.html")]):
            if (name := path.relative_to(folder).as_posix()) in taken:
                continue  # (the first folder's file is the one the site serves: a theme's own is overridden)
            taken.add(name)
            try:
                source = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue  # (not a script a browser runs as the theme's: its names define nothing)
            if path.suffix == ".html":
                inline += template_scripts(source)
            else:
                sources.append(source)
    # (a template's inline script, Material's bootstraps: `var consent` of consent.html, `var el` of announce.html, is
    # read by no other script, and runs where the page has it, its names declared before its first statement: its
    # declarations would refuse a policy's `## Consent` heading, which clobbers nothing)
    return defined_globals(sources) | defined_globals(inline, declared=False)


# A section's id in an earlier version (`2021-02-17.s1`), which the generator gives the section's heading in later ones
# (span.policy-alias), so that that version's links land on it, or the one a link names it by for good
# (span.policy-since, anchors.since_ids): an id of the text in that form took those links to a
# paragraph of its choosing, and refused the next version that carried the alias (two elements, one id).
DATED_ID = re.compile(r"\d{4}-\d{2}-\d{2}\..+")


def _dated_id(tag: str, value: str) -> str:
    return Said("output.dated-id", tag=tag, value=value[:60])


# The site's notices at the top of a version's text (main.html's content block, before the text: the print's line, an
# upcoming version's notice and banner, what a page says of a section it lacks, with scripts and without), in the order
# the build writes them, and the tag it writes each as: some are hidden by `hidden` until policy.js shows them, the
# others by the stylesheet (policy.css: `policy-print` on screen, `policy-unscripted` where scripts run)
NOTICES = {"policy-print": "p", "policy-upcoming-self": "p", "policy-upcoming": "div", "policy-missing": "p",
           "policy-unscripted": "p"}
# The site's classes that hide an element's words from the eye (policy.css, redline.css): the notices above but the
# upcoming ones (hidden by `hidden`), and the words said to screen readers only (`redline-sr`: "deleted:", "inserted:",
# "unchanged text left out"; `policy-unseen`: the section a redline's link goes to)
HIDING_CLASSES = frozenset({"policy-print", "policy-unscripted", "redline-sr", "policy-unseen"})
# The archive pages' widgets hidden until their script runs (partials/policy-at.html, policy-compare.html): the tag of
# each, and the class of the <div> the build writes it in, a child of the article
WIDGETS = {"policy-at-form": ("form", "policy-at"), "policy-compare-form": ("form", "policy-compare"),
           "redline-legend": ("div", "policy-compare")}
# Where the build writes the words a screen reader says and the eye does not see: (tag, class) of the parent
SPOKEN_IN = {"redline-sr": frozenset({("del", "redline-del"), ("ins", "redline-ins"), ("p", "redline-skip")}),
             "policy-unseen": frozenset({("a", "")})}


def _classes(node: LexborNode | None) -> set[str]:
    return set(((node.attributes.get("class") if node is not None else "") or "").split())


def _in_article(node: LexborNode | None) -> bool:
    return node is not None and (node.tag or "").lower() == "article" and "md-content__inner" in _classes(node)


def hiding_misplaced(node: LexborNode) -> str:
    """Where an element of the site's own hiding classes (HIDING_CLASSES, or OWN_HIDDEN holding `hidden`) is that the
    build never writes one, or "": a notice (NOTICES) as a child of the article, of its tag, after the text's
    elements none, the notices before it in the build's order; a widget (WIDGETS) in its own part of an archive page;
    words for screen readers only (SPOKEN_IN) as a span of that class alone, of words alone, in a redline's mark or
    a link. Anywhere else the class hid the text's words from the eye (on screen, or with scripts), or showed them
    on paper only, words no reader of the page sees (safety62)."""
    tag = (node.tag or "").lower()
    classes = _classes(node)
    parent = node.parent
    outer = (parent.tag or "").lower() if parent is not None else ""
    notice = [name for name in NOTICES if name in classes]
    if notice:
        if len(notice) > 1 or classes & (HIDING_CLASSES | OWN_HIDDEN) - {notice[0]}:
            return Said("output.hiding-placed/shape")
        if tag != NOTICES[notice[0]]:
            return Said("output.hiding-placed/shape")
        if not _in_article(parent):
            return Said("output.hiding-placed/notice", outer=outer or "nothing")
        order = list(NOTICES)
        before = node.prev
        while before is not None:
            if not (before.tag or "").startswith("-"):  # (an element: not a text or a comment)
                earlier = [name for name in NOTICES if name in _classes(before)]
                if not earlier or order.index(earlier[0]) >= order.index(notice[0]):
                    return Said("output.hiding-placed/notice", outer=outer)
            before = before.prev
        return ""
    widget = [name for name in WIDGETS if name in classes]
    if widget:
        kind, home = WIDGETS[widget[0]]
        if tag != kind or len(widget) > 1 or classes & HIDING_CLASSES:
            return Said("output.hiding-placed/shape")
        if outer != "div" or home not in _classes(parent) \
                or not _in_article(parent.parent if parent is not None else None):
            return Said("output.hiding-placed/widget", outer=outer or "nothing")
        return ""
    spoken = [name for name in SPOKEN_IN if name in classes]
    if len(spoken) != 1 or tag != "span" or classes != set(spoken) or "hidden" in node.attributes \
            or next(node.iter(include_text=False), None) is not None:
        return Said("output.hiding-placed/shape")
    if not any(outer == kind and (not home or home in _classes(parent)) for kind, home in SPOKEN_IN[spoken[0]]):
        return Said("output.hiding-placed/spoken", outer=outer or "nothing")
    return ""


# The classes whose place `hiding_misplaced` judges by more than the element and its parent (a notice: the siblings
# before it, the article; a widget: its grandparent): never answered from another element's
_PLACED_AROUND = frozenset(NOTICES) | frozenset(WIDGETS)


def hiding_misplaced_kept(node: LexborNode, kept: dict[tuple[object, ...], str]) -> str:
    """`hiding_misplaced(node)`, answered from `kept` where an element of the same shape was judged before: what its
    answer reads of an element of none of the notices' and widgets' classes (_PLACED_AROUND), its tag, its classes,
    whether it holds `hidden` and a child that is not text, its parent's tag and classes, is the key. A history page of
    1,000 versions holds 3,000 alike `policy-unseen` spans in its links, 5 µs each (perf19)."""
    attributes = node.attributes
    named = attributes.get("class") or ""  # (as written: two alike read alike, as `_classes` reads them)
    if not _PLACED_AROUND.isdisjoint(named.split()):
        return hiding_misplaced(node)
    parent = node.parent
    key = (node.tag, named, "hidden" in attributes, next(node.iter(include_text=False), None) is not None,
           *((parent.tag, parent.attributes.get("class") or "") if parent is not None else (None, None)))
    found = kept.get(key)
    if found is None:
        found = kept[key] = hiding_misplaced(node)
    return found


# The archive's empty spans that carry a section's former ids (anchors.with_aliases; policy.js and provenance read them
# by their class): `policy-alias` (an id the section had, or, in REMOVED_ALIAS, that of a section removed before the
# version) and `policy-since` (the dated id a link names the section by for good).
ALIAS_CLASSES = frozenset({"policy-alias", "policy-since"})
REMOVED_ALIAS = "data-policy-removed"  # (anchors.REMOVED_ATTRIBUTE)
# The sections of a changes page (partials/redline.html) and of a side-by-side page (policy-side-by-side.html), which
# carry the ids of the sections they show as the policy page's headings do
ALIAS_SECTIONS = frozenset({"redline-section", "policy-sides-row"})


def _aliases_outside(tree: LexborHTMLParser, article: LexborNode | None,
                     held: Ancestry | None = None) -> Iterator[LexborNode]:
    """Each alias span (or element holding REMOVED_ALIAS) of the page outside its judged text (`article`: none on a page
    the text's rules do not read, the archive's history, compare and at pages): policy.js and provenance read them
    wherever they are on the page (`.policy-alias`), and the build writes none there (safety60)."""
    held = held or Ancestry(article)
    seen: set[int] = set()
    for node in tree.css(".policy-alias, .policy-since, [data-policy-removed]"):
        if node.mem_id in seen:  # (lexbor gives an element matching two of the selectors twice)
            continue
        seen.add(node.mem_id)
        if not held.above(node)[0]:
            yield node


def _hiding(node: LexborNode) -> set[str]:
    """The site's classes that hide `node`'s words (HIDING_CLASSES, or OWN_HIDDEN where it holds `hidden`)."""
    classes = _classes(node)
    return classes & HIDING_CLASSES | (classes & OWN_HIDDEN if "hidden" in node.attributes else set())


def _hiding_outside(tree: LexborHTMLParser, article: LexborNode | None,
                    held: Ancestry | None = None) -> Iterator[tuple[LexborNode, str, str]]:
    """Each element of the site's hiding classes outside the page's judged text (`article`: none on a page the text's
    rules do not read, the archive's history, compare and at pages), its classes, and where it is that the build never
    writes one: in the article of such a page, where `hiding_misplaced` says; outside any article, anywhere but where an
    earlier tool wrote an upcoming version's own notice (Material's banner of an outdated version, EARLIER_BANNER).
    The text's rules read the classes in the judged text only: the theme's part of a page, and the whole of the
    archive's pages, hid words from the eye unread (the history page's `policy-unseen`, safety63)."""
    selector = ", ".join(f".{name}" for name in sorted(HIDING_CLASSES | OWN_HIDDEN))
    held = held or Ancestry(article)
    seen: set[int] = set()
    kept: dict[tuple[object, ...], str] = {}  # (hiding_misplaced_kept's: the page's shapes of spoken spans)
    for node in tree.css(selector):
        if node.mem_id in seen or not (classes := _hiding(node)):
            continue
        seen.add(node.mem_id)
        judged, in_article = held.above(node)
        if judged:  # (in the judged text: the text's rules say)
            continue
        where = hiding_misplaced_kept(node, kept) if in_article else "" if _former_banner(node) \
            else Said("output.hiding-placed/theme")
        if where:
            yield node, " ".join(sorted(classes)), where


def _former_banner(node: LexborNode) -> bool:
    """`node` is an upcoming version's own notice where the tool wrote it until 0abc1bbc: hidden, in Material's banner
    of an outdated version (main.html's outdated block), of that class alone."""
    parent = node.parent
    return (node.tag or "").lower() == "p" and _classes(node) == {"policy-upcoming-self"} \
        and "hidden" in node.attributes and parent is not None and "md-banner__inner" in _classes(parent)


def alias_misplaced(node: LexborNode) -> str:
    """Where an alias span (ALIAS_CLASSES, or one holding REMOVED_ALIAS) is that the build never writes one, or "":
    the build writes an empty span of one class and one id as a child of a heading with an id (or of a changes or
    side-by-side page's section: policy-alias only), and one of the removed sections' ids, in REMOVED_ALIAS, as a child
    of the article itself. Anywhere else (in a paragraph, a list, with words or other attributes) it took a version's
    links to a place of its choosing, or made policy.js and `policy verify` read a section removed that never was
    (safety60)."""
    tag = (node.tag or "").lower()
    names = {str(name).lower() for name in node.attributes}
    kind = " ".join((node.attributes.get("class") or "").split())
    parent = node.parent
    outer = (parent.tag or "").lower() if parent is not None else ""
    outer_classes = set((parent.attributes.get("class") or "").split()) if parent is not None else set()
    if tag != "span" or kind not in ALIAS_CLASSES or node.child is not None:
        return Said("output.alias-placed/shape")
    if names == {"class", "id"} and node.attributes.get("id"):
        if re.fullmatch(r"h[1-6]", outer) and parent is not None and parent.attributes.get("id"):
            return ""
        if kind == "policy-alias" and outer == "section" and outer_classes & ALIAS_SECTIONS:
            return ""
        return Said("output.alias-placed/outside", outer=outer or "nothing")
    if names == {"class", REMOVED_ALIAS} and kind == "policy-alias" \
            and DATED_ID.fullmatch(node.attributes.get(REMOVED_ALIAS) or ""):
        if outer == "article" and "md-content__inner" in outer_classes:
            return ""
        return Said("output.alias-placed/removed", outer=outer or "nothing")
    return Said("output.alias-placed/shape")


_SHOWN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SHOWN_HOST = re.compile(r"(?:https?://)?((?:[\w-]+\.)+[a-z]{2,24}\.?)(?:[:/?#]\S*)?", re.I)
# What an e-mail link may prefill: a subject. A body is a message written for the reader, in words no check reads
# ("I waive my right to object…" to the DPO's address: security hunt 19b, finding 4).
_MAIL_FIELDS = frozenset({"subject"})
_UNSEEN = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))  # a soft hyphen, zero-width ones


def deceptive_link(href: str, text: str) -> Iterator[str]:
    """`_deceptive_link`'s reasons, each link's once a process: an archive's pages repeat the same links version after
    version, and the output check and the editorial check read each of them (some 0.1 ms a link)."""
    return iter(_deceptive(href))


@functools.lru_cache(maxsize=4096)
def _deceptive(href: str) -> tuple[str, ...]:
    return tuple(_deceptive_link(href))


def _deceptive_link(href: str) -> Iterator[str]:
    """Why a link of the text would send its reader, or their words, where it does not say: a `mailto:` that also
    writes to others (`bcc`, `cc`, a header through an encoded line break), a host written in letters of two
    scripts (`acmе.example`, a Cyrillic е). (A link whose text is another address: editorial.shown_address.)"""
    written = _as_written(href)  # (what the reasons name: `0x7f.1` as written, read by browser_host as a browser does)
    found = list(_deceptions(written))
    if (hidden := _hidden_host(href, as_followed(href))) and not found:  # (one reason a link: the other names it too)
        yield Said("link.hidden-host", href=href.strip()[:80], host=hidden[:60], target=written[:80])
    yield from found


def _deceptions(target: str) -> Iterator[str]:
    """deceptive_link's reasons, `target` as a browser follows it."""
    lowered = target.lower()
    if re.match(r"[a-z0-9+.%-]*%0[9ad]", lowered):  # `t&#9;el:` is `t%09el:` to the checks and `tel:` to a browser
        yield Said("link.scheme-hidden", target=target[:80])
        return
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", lowered)
    if scheme and scheme.group(1) not in ("http", "https", "mailto", "tel"):
        yield Said("link.scheme-other", target=target[:80], scheme=scheme.group(1))
        return
    if lowered.startswith("mailto:"):
        address, _, query = target[7:].partition("?")
        fields = {unquote(part.split("=", 1)[0]).strip().lower() for part in query.split("&") if part}
        if "body" in fields:
            yield Said("link.mail-body", target=target[:80])
            fields.discard("body")
        if re.search(r"%0[ad]|[\r\n]", lowered) or fields - _MAIL_FIELDS or re.search(r"[,;?]", unquote(address)) \
                or ";" in query:
            yield Said("link.mail-others", target=target[:80])
        if unquote(address).count("@") > 1:  # `dpo@example.com@evil.example`: read as the first, sent to the last
            yield Said("link.mail-at", target=target[:80])
        local, _, domain = unquote(address).rpartition("@")
        domain = browser_host(domain)
        if reads := _passes_for_ascii(local):  # `dpо@gmail.com`: a reader's request to another mailbox (safety52 hunt)
            yield Said("link.mail-local", target=target[:80], local=local[:60], reads=reads[:60])
        if "@" in address and private_host(domain):  # `rgpd@example.local`: no reader's message reaches it
            yield Said("link.mail-private", target=target[:80], domain=domain[:60])
        if mixed := mixed_label(domain):  # `dpo@dіal-once.com`: a reader's request to whoever holds it (hunt 35)
            yield Said("link.mail-mixed", domain=domain[:60], mixed=mixed)
        elif lookalike := latin_lookalike(domain):
            yield Said("link.mail-lookalike" + ("/latin" if lookalike[1] == "Latin" else ""), domain=domain[:60],
                       script=lookalike[1], label=lookalike[0], reads=lookalike[2])
        return
    if lowered.startswith("tel:") and not _DIALLED.fullmatch(unquote(target[4:])):
        yield Said("link.phone-more", target=target[:80])
        return
    if secret := secret_parameters(target):
        yield Said("link.secret", target=target[:80], names=", ".join(secret[:3]))
        return
    if program := program_kind(target):
        yield Said("link.program", target=target[:80], program=program)
        return
    if tracked := tracking_parameters(target):
        yield Said("link.tracking", target=target[:80], names=", ".join(tracked[:3]))
    if _hostless(lowered):  # `http://`, `https://:443/`, `//`: no site at all, which the gate published (leads44)
        yield Said("link.no-host", target=target[:80])
        return
    try:
        parts = urlsplit(target) if "//" in target else None
    except ValueError:  # `https://[x/`, `//]x/`: a host no URL parser reads, which ended the check (safety53 hunt)
        yield Said("link.no-host", target=target[:80])
        return
    if parts is not None and _WEB_AUTHORITY.match(lowered) and not _parsed(target):
        yield Said("link.unread", target=target[:80])
        return
    authority = parts.netloc if parts is not None else ""
    if "@" in authority:  # `https://www.cnil.fr@evil.example/`: the user part reads as the host (safety hunt 35)
        host = authority.rpartition("@")[2][:40]
        yield Said("link.user", target=target[:80], host=host)
        return
    if (redirect := redirect_of(target)) is not None:
        through, wrapped = redirect
        yield Said("link.redirect/wrapping" if wrapped else "link.redirect", target=target[:80], through=through,
                   wrapped=wrapped[:80])
        return
    host = browser_host(parts.hostname or "") if parts is not None else ""
    if private_host(host):
        yield Said("link.private", target=target[:80], host=host)
        return
    if hidden_service(host):
        yield Said("link.hidden-service", target=target[:80], host=host[:60])
        return
    if mixed := mixed_label(host):
        yield Said("link.host-mixed", host=host, mixed=mixed)
    elif lookalike := latin_lookalike(host):
        yield Said("link.host-lookalike" + ("/latin" if lookalike[1] == "Latin" else ""), host=host,
                   script=lookalike[1], label=lookalike[0], reads=lookalike[2])


# A web address as a browser reads its host (WHATWG URL): after `http:`, `https:` or a leading `//`, any slashes (or
# backslashes), then the authority up to the next `/`, `\`, `?` or `#`, its user part and its port aside.
_WEB_AUTHORITY = re.compile(r"(?:https?:|(?=[/\\]{2}))[/\\]*(?P<authority>[^/\\?#]*)")


def read_alike(address: str) -> bool:
    """Whether the WHATWG URL parser reads `address`, as a link's target is written (`_parsed`): a relative address, or
    one of another scheme than the web's, is."""
    target = _as_written(address)
    return not _WEB_AUTHORITY.match(target.lower()) or _parsed(target)


@functools.lru_cache(maxsize=4096)
def _parsed(target: str) -> bool:
    """Whether the WHATWG URL parser (Ada, as browsers' own) reads the web address `target` (`//host/…` read against
    a page in https). One it rejects (`https://www.cnil.fr:99999/`, `https://a^b.example/`, `https://1.2.3.4.5/`, a host
    whose joiner or character Unicode's mapping refuses: `https://www.cnil.fr\u200d/`, `https://⒈cnil.fr/`) goes
    nowhere in a browser that follows the standard; Chromium's parser differs from it there (its mapping of a host skips
    the joiner check, its Unicode tables are another version's: `⒈` is `1.`), and may take the reader to a host the
    checks, which read the address by urllib, never named (safety58). A link of the text is to be one every browser
    reads alike."""
    import ada_url

    try:
        ada_url.URL(f"https:{target}" if target.startswith("//") else target)
    except ValueError:
        return False
    return True


def _hostless(lowered: str) -> bool:
    """`lowered`, a link as followed in lower case, is a web address naming no host (`http://`, `https://?q`,
    `https://:443/`, `//`): the browser cannot follow it (`http:///x` is `http://x/` to it, a host)."""
    web = _WEB_AUTHORITY.match(lowered)
    if web is None:
        return False
    host = web["authority"].rpartition("@")[2]
    return not re.sub(r":\d*$", "", host)


# Cyrillic and Greek small letters drawn as a Latin one (UTS #39's confusables), each with the letter it passes for.
_LATIN_LOOKALIKES = {"\u0430": "a", "\u0441": "c", "\u0501": "d", "\u0435": "e", "\u04bb": "h", "\u0456": "i",
                     "\u0458": "j", "\u04cf": "l", "\u043e": "o", "\u0440": "p", "\u051b": "q", "\u0455": "s",
                     "\u051d": "w", "\u0445": "x", "\u0443": "y", "\u03bf": "o", "\u03bd": "v", "\u03b9": "i",
                     "\u03c1": "p", "\u03c5": "u", "\u03b1": "a"}
# Latin letters beyond ASCII drawn as an ASCII one, without any mark (UTS #39's confusables): a dotless ı, an iota ɩ, a
# dotless ȷ, an alpha ɑ, a script ɡ, a click ǀ, a ʋ, and the small capitals that are a small letter's shape (ᴄ ᴏ ᴜ ᴠ ᴡ
# ᴢ ꜱ): `www.cnıl.fr`, `pɑypal.com` read as the ASCII names in a link's words and in the address bar alike.
_ASCII_LOOKALIKES = {"\u0131": "i", "\u0269": "i", "\u0237": "j", "\u0251": "a", "\u0261": "g", "\u01c0": "l",
                     "\u028b": "u", "\u1d04": "c", "\u1d0f": "o", "\u1d1c": "u", "\u1d20": "v", "\u1d21": "w",
                     "\u1d22": "z", "\ua731": "s"}


def latin_lookalike(host: str) -> tuple[str, str, str] | None:
    """(the label, its script, the Latin word it reads as) of the first part of `host` written wholly in Cyrillic or
    Greek letters that each look like a Latin one (`аррӏе` of `аррӏе.com`, read as “apple”), where the host ends in a
    Latin top-level domain; None otherwise. Such a host mixes no scripts, yet a reader reads a Latin name (browsers
    show it as punycode in their address bar for this reason); a Cyrillic name under `.рф` is none. Likewise, its script
    "Latin", a part whose letters beyond ASCII each look like an ASCII one (`cnıl` of `www.cnıl.fr`, read as “cnil”;
    safety3 hunt): `bücher.de` is none."""
    labels = [unicode_label(label) for label in host.lower().rstrip(".").split(".")]
    if len(labels) < 2 or not labels[-1].isascii():
        return None
    for label in labels[:-1]:
        letters = [char for char in label if char.isalpha()]
        if letters and all(char in _LATIN_LOOKALIKES for char in letters):
            script = "Greek" if any("\u0370" <= char <= "\u03ff" for char in letters) else "Cyrillic"
            return label, script, "".join(_LATIN_LOOKALIKES.get(char, char) for char in label)
        if not label.isascii() and all(char.isascii() or char in _ASCII_LOOKALIKES for char in letters):
            return label, "Latin", "".join(_ASCII_LOOKALIKES.get(char, char) for char in label)
    return None


def _passes_for_ascii(word: str) -> str:
    """The ASCII word a reader reads in `word` where it is written otherwise with letters that each look like an ASCII
    one (`dpо` with a Cyrillic о, `dpı` with a dotless ı, `аdmin` in Cyrillic), or ""."""
    if word.isascii():
        return ""
    reads = "".join(_LATIN_LOOKALIKES.get(char, _ASCII_LOOKALIKES.get(char, char)) for char in word.lower())
    return reads if reads.isascii() else ""


def lookalike_host(host: str) -> tuple[str, str] | None:
    """(the part, the ASCII word a reader reads) of a host or e-mail domain written in a text, not a link
    (`dpo@cnıl.fr`, `acmе.com`), one of whose parts mixes scripts or passes for ASCII letters: a reader writing to it
    or typing it reaches another host than the one they read (safety3 hunt); None otherwise."""
    host = browser_host(host)
    label = mixed_label(host) or ((latin_lookalike(host) or ("", "", ""))[0])
    if not label:
        return None
    return label, "".join(_LATIN_LOOKALIKES.get(char, _ASCII_LOOKALIKES.get(char, char)) for char in label)


def mixed_label(host: str) -> str:
    """The first part of `host` that mixes letters of several scripts (`acmе` with a Cyrillic е; punycode read as
    its reader sees it), as a reader sees it, or "": such a host may pass for another."""
    return next((unicode_label(label) for label in host.split(".") if not _one_script(unicode_label(label))), "")


def as_followed(href: str) -> str:
    """A link's target as a browser's URL parser reads it (WHATWG URL): `_as_written`, its web address read by Ada, the
    parser browsers' own follow (`_web_address`), for the host the browser asks for."""
    target = _as_written(href)
    if target.startswith("//"):
        return _web_address("https:" + target)[len("https:"):]
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", target, re.I)
    return _web_address(target) if scheme is not None and scheme.group(1).lower() in _SPECIAL_SCHEMES else target


def _as_written(href: str) -> str:
    """A link's target in the words its author wrote, as far as a browser's URL parser reads them: tabs and line breaks
    dropped, spaces and control characters at its ends stripped, and `\\` read as `/` in a web address and in an
    address of the site's own (WHATWG URL: `/\\evil.example` and `\\\\evil.example` go to the host evil.example;
    security hunt 30). A `mailto:` or `tel:` keeps its backslashes: the parser leaves those schemes' addresses as
    written. Slashes after the scheme, however many, open the host (`https:///bit.ly/` goes to bit.ly; safety hunt
    35). What a check says of a link names it so (`0x7f.1`, not the `127.0.0.1` a browser reads in it)."""
    target = re.sub(r"[\t\n\r]", "", href).strip(_ENDS)
    scheme = re.match(r"([a-z][a-z0-9+.-]*):", target, re.I)
    if scheme is None:
        target = re.sub(r"^/{2,}", "//", target.replace("\\", "/"))
    elif scheme.group(1).lower() in _SPECIAL_SCHEMES:
        # `https:/evil.example/`, `https:evil.example`: a page served in another scheme (`http:` on `make serve`, a
        # copy opened from disk) goes to the host evil.example; one in the same scheme reads a path of its own
        target = re.sub(r"^([a-z][a-z0-9+.-]*:)/*", r"\1//", target.replace("\\", "/"), flags=re.I)
    return target


_ENDS = "".join(map(chr, range(0x21)))  # what a browser's URL parser strips at an address's ends (C0 and space)


@functools.lru_cache(maxsize=4096)  # (an archive's pages link the same addresses version after version: 7 µs a reading)
def _web_address(target: str) -> str:
    """An address of a web scheme as a browser requests it (WHATWG URL, by Ada): `\\` as `/`, the slashes after the
    scheme however many, the host percent-decoded and mapped by UTS #46 (`evil%2Eexample`, `evil。example` and
    the same in fullwidth letters are evil.example), an IPv4 address in any of its forms as its four numbers
    (`0x7f.1`, `2130706433`: 127.0.0.1), the default port dropped, dot segments resolved; the host written in the
    letters its reader sees (an international name decoded from its punycode), which the lookalike checks read. An
    address the parser rejects (`https://[x/`) is returned as it is: a link of the text so written is refused
    (`_parsed`), as an address of another host is wherever a page loads it."""
    import ada_url  # (where an address is read: some 30 ms to load, which a command reading none is spared)

    try:
        url = ada_url.URL(target)
    except ValueError:
        return target
    host = url.hostname
    if url.host_type == ada_url.HostType.DEFAULT and "xn--" in host:
        host = ada_url.idna_to_unicode(host)
    user = f"{url.username}{':' + url.password if url.password else ''}@" if url.username or url.password else ""
    port = f":{url.port}" if url.port else ""
    return f"{url.protocol}//{user}{host}{port}{url.pathname}{url.search}{url.hash}"


def _hidden_host(href: str, target: str) -> str:
    """The host a link's target `href` reaches as a browser follows it (`target`, `as_followed`), where its reader
    does not see that host written as one (`/\\evil.example/`, `https:/evil.example/`, `https:///bit.ly/`, `/&#9;/x/`:
    read as a path, or written with more slashes than an address has), or "". A host written otherwise than a
    browser writes it, as a browser reads it (`www.cnil%2Efr`, `WWW.CNIL.FR:443`, `bücher.de`), is the one shown."""
    authority = re.match(r"(?:[a-z][a-z0-9+.-]*:)?//([^/?#]*)", target, re.I)
    if authority is None:
        return ""
    followed = _authority_host(authority.group(1))
    shown = href.strip(_ENDS)
    written = re.match(r"(?:[a-z][a-z0-9+.-]*:)?//([^/?#\\]*)", shown, re.I)
    if written is not None and written.group(1) and shown[written.end():][:1] in ("", "/", "?", "#") \
            and written.group().partition("//")[0].lower() == authority.group().partition("//")[0].lower() \
            and _ascii_host(browser_host(_authority_host(written.group(1)))) == _ascii_host(browser_host(followed)):
        return ""
    return followed


def _authority_host(authority: str) -> str:
    """The host of an address's authority: after its user name, without its port."""
    host = authority.rpartition("@")[2]
    return host if host.endswith("]") else host.rpartition(":")[0] if ":" in host else host


# The schemes a browser's URL parser reads `\` as `/` in (WHATWG URL's special schemes); an address without a scheme
# is read against the page's, https.
_SPECIAL_SCHEMES = frozenset({"http", "https", "ftp", "ws", "wss", "file"})


_DIALLED = re.compile(r"\+?[\d\s().\-/]*\d[\d\s().\-/]*")  # what a phone link may hold: digits a reader dials
# A number in a link's words, a letter O or l standing for a digit (`O1 23 45 67 89`): six digits or more.
_SHOWN_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?[\dOl](?:[\s.\-/()\u00a0\u2010-\u2015\u2043\u2212\u2500\u30fc]*"
                          r"[\dOl]){5,}(?!\w)")  # dashes as typed: `ー` in Japanese (U+30FC), `─`, `⁃`
# Calling codes that are no country's (freephone, shared cost, satellite, international networks, premium rate):
# a national number shown is never one of these dialled.
_NO_COUNTRY = ("800", "808", "870", "878", "881", "882", "883", "888", "979", "991")


_DIGIT_LOOKALIKES = str.maketrans("Ol", "01")


def _phone_digits(number: str) -> str:
    """A phone number's digits as dialled from abroad: no `(0)` trunk prefix, no `00` for `+`."""
    digits = re.sub(r"\D", "", number.replace("(0)", ""))
    return digits[2:] if number.strip().startswith("00") else digits


def _same_number(shown: str, dialled: str) -> bool:
    """Whether a number as shown (national `01 23 45 67 89`, `(415) 555-0123`, or international) is the one a link
    dials (`+33123456789`): the same digits, or the national ones, without a trunk `0`, ending the international
    ones after a country code (one to three digits)."""
    a, b = _phone_digits(shown), _phone_digits(dialled)
    if a == b:
        return True
    if shown.strip().startswith(("+", "00")) and len(b) >= len(a):  # shown with its country code: no other code
        return False  # before it (security hunt 21: `+33 1 …` dialled `+44 33 1 …`); its national form may be dialled
    national, international = (a, b) if len(a) <= len(b) else (b, a)
    national = national[1:] if national.startswith("0") else national
    country = international[:len(international) - len(national)]
    return len(national) >= 7 and international.endswith(national) and 1 <= len(country) <= 3 \
        and country not in _NO_COUNTRY


def unseen_link(link: LexborNode) -> Said | None:
    """Why the link `link` is refused when it shows no words: none (`[](https://…)`), spaces, or characters drawn as
    nothing (a zero-width space) or as a blank (Braille's blank cell: safety97), and no image with its text. A link to
    another host no reader sees, nor can read where it goes, yet a search engine, a screen reader's list of links and a
    stray tap follow (safety84)."""
    if not characters.shows_nothing(link.text(deep=True)) \
            or any((image.attributes.get("alt") or "").strip() for image in link.css("img")):
        return None
    return Said("output.link-unseen", href=str(link.attributes.get("href") or "")[:80])


def _placing_words(link: LexborNode) -> str:
    """What finds the line writing the link `link`: its words, else (it shows none) its address."""
    words = _link_words(link)
    return str(link.attributes.get("href") or "") if characters.shows_nothing(words) else words


def _link_words(node: LexborNode) -> str:
    """A link's words as a browser lays them out: a line break (`<br>`) between two words is LINE_BREAK."""
    if node.css_first("br") is None:
        return node.text(deep=True)
    return LexborHTMLParser(_BR_TAG.sub(LINE_BREAK, node.html or "")).body.text(deep=True)  # type: ignore[union-attr]




@functools.lru_cache(maxsize=4096)  # (a pure function of two strings, asked again for each page of each version)
def shown_address(href: str, text: str) -> str:
    """Why a link whose words show an address (an e-mail, a URL or `www.…` host, alone or among other words; a domain
    alone; a phone number) goes elsewhere, or ""."""
    target = as_followed(href)
    # as a reader reads them: fullwidth letters, digits and `＠` as the ASCII ones (NFKC), invisible marks left out, a
    # line break a space
    read = IGNORABLE.sub("", unicodedata.normalize("NFKC", _BR_TAG.sub(LINE_BREAK, text))).translate(_FULL_STOPS)
    shown = " ".join(read.split())
    lines = [" ".join(line.split()) for line in read.split(LINE_BREAK)] if LINE_BREAK in read else [shown]
    if target.lower().startswith("tel:"):  # a number shown is the number dialled (security hunt 19b, finding 3)
        dialled = unquote(target[4:]).strip()
        for run in _SHOWN_PHONE.finditer(shown):  # each number in its words (hunt 20: words around it, O for 0)
            number = run.group().translate(_DIGIT_LOOKALIKES)
            if sum(c.isdigit() for c in run.group()) >= 4 and not _same_number(number, dialled):
                return Said("link.shows-number", shown=run.group().strip(), dialled=dialled[:40])
        return ""
    mixed = _mixed_address(shown)
    if mixed:  # `acme.соm`: a reader reads the address its letters look like
        return Said("link.shows-mixed", shown=mixed[:60])
    emails = [m.group() for m in _EMAIL_IN_WORDS.finditer(shown)]
    if target.lower().startswith("mailto:"):
        address = unquote(target[7:].partition("?")[0]).strip()
        # an address spelled out against harvesters, `dpo(at)acme.de`, `dpo [at] acme [dot] de`, is read as one
        emails += [m.group() for m in _EMAIL_IN_WORDS.finditer(_spelled_out(shown))]
        if emails and not any(_same_email(email, address) for email in emails):
            return Said("link.shows-address-writes", shown=emails[0], address=address[:60])
        domain = address.rpartition("@")[2]
        named = _named_hosts(_EMAIL_IN_WORDS.sub(" ", shown), lines)
        if not emails and named and not any(_within(domain, one) or _within(one, domain) for one, _shown in named):
            return Said("link.shows-address-writes", shown=named[0][1][:60], address=address[:60])
        return ""
    if "//" not in target and not re.match(r"[a-z][a-z0-9+.-]*:", target, re.I):
        return ""  # a page of this site: it makes no request elsewhere, whatever address its words show
    if emails and not _NAMED_HOST.search(_EMAIL_IN_WORDS.sub(" ", shown)):
        return Said("link.shows-email-goes", shown=emails[0], target=target[:80])
    try:
        host = (urlsplit(target).hostname or "") if "//" in target else ""
    except ValueError:  # no host a browser reads (`https://[x/`): deceptive_link says so
        return ""
    named = _named_hosts(_EMAIL_IN_WORDS.sub(" ", shown), lines)  # the hosts its words name, an e-mail's aside
    if named and not all(_within(host, one) for one, _shown in named):
        wrong = next(written for one, written in named if not _within(host, one))
        return Said("link.shows-address-goes", shown=wrong[:60], target=target[:80])
    if named and (other := _other_port(target, shown, named)):
        # `https://example.org/optout` going to https://example.org:8443/optout: the host the reader reads, another
        # service of its machine, which the site's certificate and owner need not be (safety80)
        return Said("link.shows-port", shown=other[:60], target=target[:80])
    if target.lower().startswith("http:") and (secure := next((written for _one, written in named
                                                               if written.lower().startswith("https:")), "")):
        # `https://example.org/optout` going to http://example.org/optout: the reader checking where it goes reads
        # an encrypted address, and is sent over a connection anyone on the way reads and rewrites (safety77)
        return Said("link.shows-secure", shown=secure[:60], target=target[:80])
    if path := _shown_path(_EMAIL_IN_WORDS.sub(" ", shown), lines):
        return Said("link.shows-path", path=path[:60], target=target[:80])
    return ""


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _other_port(target: str, shown: str, named: list[tuple[str, str]]) -> str:
    """The address its words show (`named`: _named_hosts', on the target's host) that a link to `target` reaches on
    another port than the one written (a port its scheme's default is as none: `http://` shown for an `https://`
    target is the same site, upgraded), or ""."""
    try:
        parts = urlsplit(target)
        port = parts.port
    except ValueError:  # (a port no browser reads: deceptive_link says so)
        return ""
    port = None if port == _DEFAULT_PORTS.get(parts.scheme.lower()) else port
    for _host, written in named:
        at = re.search(rf"(?i){re.escape(written)}(?::(\d{{1,5}}))?(?![\w.:-])", shown)
        if at is None:
            continue
        scheme = written.partition("://")[0].lower() if "://" in written else parts.scheme.lower()
        said = int(at.group(1)) if at.group(1) else None
        if (None if said == _DEFAULT_PORTS.get(scheme) else said) != port:
            return written + (f":{said}" if said is not None else "")
    return ""


# A path among a link's words, as a reader reads one: `/privacy/en/`, `./cookies`, `../2021-02-17/` after a space or an
# opening mark (`and/or`, `24/7` are none); or words alone that are a relative path of folders (`privacy/en/`).
_PATH_IN_WORDS = re.compile(r"(?<![^\s(\[{«‹“‘\"'])(?:\.{1,2}/|/(?=[\w%~.-]))[^\s)\]}»›”’\"']*")
_RELATIVE_ALONE = re.compile(r"(?=.*[^\W\d_])[\w%~.-]+(?:/[\w%~.-]+)+/")  # (a date, `17/02/2021`, is none)


def _shown_path(shown: str, lines: list[str]) -> str:
    """A path of this site that a link's words show (`/privacy/en/`, `../2021-02-17/`), or "": a reader takes the link
    for one to the site's own page."""
    found = _PATH_IN_WORDS.search(shown.translate(_SLASHES))
    if found:
        return found.group().rstrip(_AROUND)
    alone = (line.translate(_SLASHES).strip(_AROUND) for line in lines)
    return next((words for words in alone if _RELATIVE_ALONE.fullmatch(words)), "")


# Characters drawn as a slash that NFKC leaves apart (division and fraction slashes, a big solidus, a box drawing's
# diagonal): `∕privacy∕en∕` reads as a path
_SLASHES = str.maketrans(dict.fromkeys("\u2044\u2215\u29f8\u2571\u27cb", "/"))


def link_titles(link: LexborNode) -> list[str]:
    """The titles a browser may show beside the pointer resting on a link: its own, those of elements in its words
    (`<abbr title>`), and, if it has none, that of the nearest element around it that has one."""
    titles = [str(node.attributes.get("title") or "") for node in [link, *link.css("[title]")]
              if node.attributes.get("title")]
    around = link.parent
    while not link.attributes.get("title") and around is not None and around.tag not in ("body", "html"):
        if around.attributes.get("title"):
            titles.append(str(around.attributes.get("title")))
            break
        around = around.parent
    return list(dict.fromkeys(titles))  # (lexbor's css() of an element may hold the element itself)


def title_address(href: str, title: str) -> str:
    """Why a link's title, the words a browser shows beside the pointer resting on it (where a reader looks to see
    where it goes), shows an address it does not go to, or "" (safety hunt 35)."""
    found = shown_address(href, title) if title.strip() else ""
    if isinstance(found, Said):  # its words, said of the title (`link.shows-…/title`)
        return Said(f"{found.key}/title", **found.fields)
    return found.replace("the link shows", "the link's title (shown when the pointer rests on it) shows", 1)


_BR_TAG = re.compile(r"(?i)<br\s*/?>")
# The full stops a host is written with that NFKC leaves apart, which UTS #46 maps to `.` as a browser reads a host
# typed (`www。cnil。fr` is www.cnil.fr): a link showing one went elsewhere unsaid (safety64)
_FULL_STOPS = str.maketrans(dict.fromkeys("\u3002\uff61", "."))
IGNORABLE = characters.IGNORABLE  # (drawn as nothing: they split an address for a pattern, not for a reader)


def _same_email(shown: str, address: str) -> bool:
    """Whether an address shown is the one written to, its domain compared in its IDNA form (`bücher.de`)."""
    local, _, domain = shown.rpartition("@")
    their_local, _, their_domain = address.rpartition("@")
    return local.lower() == their_local.lower() and _ascii_host(domain) == _ascii_host(their_domain)


# An e-mail address among words: Latin letters, digits and their marks (a CJK sentence around it is no part of it).
_EMAIL_IN_WORDS = re.compile(r"(?<![A-Za-z0-9._%+\-\u00c0-\u024f])[A-Za-z0-9._%+\-\u00c0-\u024f]+@"
                             r"(?:[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f-]*[A-Za-z0-9\u00c0-\u024f])?\.)+"
                             r"[A-Za-z]{2,24}(?![A-Za-z0-9-])")


# A host its words name: a URL or `www.…` anywhere in them (Latin letters, digits and their marks: a CJK sentence
# around it is no part of it); or the words alone being a domain in small letters whose last label is a country's or
# a usual generic one (`cnil.fr`; `Socket.IO`, `ASP.NET`, `cookies.html` are none).
_GENERIC_TLDS = frozenset({"com", "org", "net", "edu", "gov", "int", "info", "biz", "app", "dev", "eu", "io", "co",
                           "online", "site", "tech", "cloud", "shop", "store"})
_LABEL = r"[a-z0-9\u00e0-\u024f](?:[a-z0-9\u00e0-\u024f-]*[a-z0-9\u00e0-\u024f])?"
_NAMED_HOST = re.compile(rf"(?i)(?<![a-z0-9\u00e0-\u024f.@-])(?:https?://|(?=www\.))((?:{_LABEL}\.)+[a-z]{{2,24}})"
                         r"(?![a-z0-9\u00e0-\u024f-])")
_BARE_HOST = re.compile(rf"((?:{_LABEL}\.)+([a-z]{{2,24}}))(?:/\S*)?\.?")


@functools.cache
def _country_tlds() -> frozenset[str]:
    """The countries' top-level domains: ISO 3166's two-letter codes (Babel's), and `uk` (`node.js` names none)."""
    from babel import Locale

    codes = {str(code) for code in Locale("en").territories}
    return frozenset({code.lower() for code in codes if len(code) == 2 and code.isalpha()} | {"uk"})


def _named_hosts(shown: str, lines: list[str] | None = None) -> list[tuple[str, str]]:
    """(host, as shown) of each address the words name: a URL or `www.` host among them, or a domain alone on
    one of its `lines` (the whole text, or a line of it ended by a line break), punctuation around it aside."""
    found = [(_ascii_host(m.group(1)).removeprefix("www."), m.group(0)) for m in _NAMED_HOST.finditer(shown)]
    if found:
        return found
    for line in lines or [shown]:
        alone = line.strip(_AROUND)
        bare = _BARE_HOST.fullmatch(_host_case(alone))
        if bare and (bare.group(2) in _GENERIC_TLDS or bare.group(2) in _country_tlds()):
            found.append((_ascii_host(bare.group(1)).removeprefix("www."), alone))
    return found


def _host_case(words: str) -> str:
    """Words that may be a domain alone, its host in small letters where a reader reads one written otherwise: in
    capitals (`CNIL.FR`) or its names capitalised before a top-level domain in small letters (`Google.com`,
    `CNIL.fr`); `Socket.IO`, its name capitalised and its last part in capitals, stays a name (safety64: a link showing
    `CNIL.FR` went to another host unsaid)."""
    host, slash, path = words.partition("/")
    last = host.rstrip(".").rpartition(".")[2]
    return host.lower() + slash + path if host.isupper() or last.islower() else words


_AROUND = " .,;:!?()[]{}«»‹›\"'“”‘’<>"  # what may stand around a domain written alone: `(cnil.fr)`, `.acme.com`


def _spelled_out(shown: str) -> str:
    """`dpo(at)acme.de`, `dpo [at] acme [dot] de` as the address a reader writes to."""
    return _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", shown))


_SPELLED_AT = re.compile(r"(?i)\s*[(\[{<]\s*(?:at|ät|@|arobase|chez)\s*[)\]}>]\s*")
_SPELLED_DOT = re.compile(r"(?i)\s*[(\[{<]\s*(?:dot|punkt|point|\.)\s*[)\]}>]\s*")


def _mixed_address(shown: str) -> str:
    """An address-like word of `shown` (`acme.соm`, `pаypal.com`) one of whose parts mixes Latin, Cyrillic or Greek
    letters, whose shapes pass for each other, or "". (A Thai or Japanese sentence written on into a Latin domain,
    without a space, is not one: those scripts share no letter's shape with Latin.)"""
    for word in _DOTTED.findall(shown):
        for label in word.split("."):
            if len({config_rules.script_of(ord(char)) for char in label} & _LOOKALIKE_SCRIPTS) > 1:
                return word
    return ""


_LOOKALIKE_SCRIPTS = frozenset({"LATIN", "CYRILLIC", "GREEK"})


_DOTTED = re.compile(r"[^\W_](?:[\w-]*[^\W_])?(?:\.[^\W_](?:[\w-]*[^\W_])?)+")


def _within(host: str, named: str) -> bool:
    """Whether a link's host is the host its words name, or one of its subdomains (`policies.google.com` for
    `google.com`)."""
    actual = _ascii_host(host).rstrip(".").removeprefix("www.") if host else ""  # (`www.cnil.fr.`: its full name)
    return bool(actual) and (actual == named or actual.endswith("." + named))


# The scripts one label of a host may join, as Unicode's "highly restrictive" profile (UTS #39) allows: Japanese
# writes Han, Hiragana and Katakana together, Korean Han and Hangul, Chinese Han and Bopomofo, each with Latin.
_JOINED = (frozenset({"LATIN", "CJK", "HIRAGANA", "KATAKANA"}), frozenset({"LATIN", "CJK", "HANGUL"}),
           frozenset({"LATIN", "CJK", "BOPOMOFO"}))


def _one_script(label: str) -> bool:
    """Whether a host's label is written in one script (or one of the mixes _JOINED allows)."""
    scripts = {config_rules.script_of(ord(char)) for char in label} - {""}
    return len(scripts) <= 1 or any(scripts <= joined for joined in _JOINED)


def unicode_label(label: str) -> str:
    """A host's label as its reader sees it: `xn--…` decoded (a homograph may hide as punycode)."""
    if label.lower().startswith("xn--"):
        try:
            return label.encode("ascii").decode("idna")
        except (UnicodeError, ValueError):
            return label
    return label


def _ascii_host(host: str) -> str:
    """A host as its IDNA (punycode) form, lower case: `www.bücher.de` and `www.xn--bcher-kva.de` are one host."""
    try:
        return host.encode("idna").decode("ascii").lower()
    except (UnicodeError, ValueError):
        return host.lower()


# What the policy's own text may carry once rendered (Python-Markdown with the site's extensions, and the raw HTML
# the editorial allow-list lets through): ids, a title and a language on any element, a link's target, an
# image's source and text, a list's first number, a table column's alignment. No class: the theme's CSS and
# scripts act on classes (Material's `md-toggle` hides an element, `md-consent__inner` covers the page,
# `redline-sr` or `policy-upcoming` hide it too), and no `hidden`, `style` or any other attribute.
TEXT_ATTRIBUTES = {"*": frozenset({"id", "title", "lang"}), "a": frozenset({"href"}),
                   "img": frozenset({"src", "alt"}), "ol": frozenset({"start"}),
                   "th": frozenset({"style"}), "td": frozenset({"style"})}
_ALIGNED = re.compile(r"text-align: (?:left|right|center);")  # what the tables extension writes, exactly


def text_violations(html: str) -> list[tuple[str, str, str, str]]:
    """(the element's text, the attribute, its value, message) for each attribute the policy's rendered text
    (`html`) sets that only the page may: read by a browser-conformant parser, whatever syntax set it (an
    attribute list after a table cell, a code span or a link, or raw HTML)."""
    found = []
    for node in _elements(LexborHTMLParser(html).body):
        tag = (node.tag or "").lower()
        allowed = TEXT_ATTRIBUTES["*"] | TEXT_ATTRIBUTES.get(tag, frozenset())
        for name, value in node.attributes.items():
            name = str(name).lower()
            if name == "style" and name in allowed and _ALIGNED.fullmatch(value or ""):
                continue
            if name == "id" and (value or "").startswith("__"):  # said by `policy check` too (safety hunt 39)
                found.append((node.text(deep=True).strip(), name, value or "", _theme_id(tag, name, value or "")))
                continue
            if name == "id" and DATED_ID.fullmatch(value or ""):  # (safety hunt 47)
                found.append((node.text(deep=True).strip(), name, value or "", _dated_id(tag, value or "")))
                continue
            if name not in allowed or name == "style":
                what = f"{name}=“{value}”" if value else name
                found.append((node.text(deep=True).strip(), name, value or "",
                              Said("output.text-attributes", tag=tag, what=what)))
    return found


# A byte order mark and the encoding a browser decodes the page in by it, whatever charset the host sends
_MARKS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# The names browsers give UTF-8 (WHATWG Encoding's labels), the one encoding publishing writes a page in
UTF8_LABELS = frozenset({"utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8"})


def page_text(data: bytes) -> str:
    """A served page's bytes as a browser decodes them: in the encoding its byte order mark names (which wins over
    the host's charset: a UTF-16 page read as UTF-8 showed the check no element, and Chromium ran its script), else
    as UTF-8, what publishing writes and GitHub Pages says (another encoding a <meta> names is refused:
    output.charset)."""
    for mark, codec in _MARKS:
        if data.startswith(mark):
            return data[len(mark):].decode(codec, "replace")
    return data.decode("utf-8", "replace")


def _declared_charset(attrs: dict[str, str]) -> str:
    """The encoding a <meta> of `attrs` names (`charset`, or an http-equiv Content-Type's `charset=`), or ""."""
    if "charset" in attrs:
        return attrs["charset"]
    if attrs.get("http-equiv", "").strip().lower() == "content-type":
        named = re.search(r"charset\s*=\s*[\"']?([^\s;\"']*)", attrs.get("content", ""), re.I)
        return named.group(1) if named else ""
    return ""


def check_site(site: Path, *, theme_dirs: tuple[str, ...], text: bool = True,
               kept_in: Path | None = None, described: frozenset[str] | None = None) -> list[Violation]:
    """Every violation in every HTML page of a built site (the policy, changes, history, 404 pages…);
    `text=False` for pages that hold no policy text (the history and compare pages). `kept_in`: check_page's;
    `described`: check_page's `site`, the site's descriptions."""
    found: list[Violation] = []
    for path in sorted(site.rglob("*")):
        if path.suffix.lower() in (".html", ".htm", ".xhtml", ".svg") and path.is_file():
            html = page_text(path.read_bytes())
            found += check_page(html, file=path.relative_to(site).as_posix(), theme_dirs=theme_dirs, text=text,
                                kept_in=kept_in, site=described)
    return found


def holds_content(output: str, content: str) -> bool:
    """Whether a built page holds its text (`content`, the Markdown as rendered and checked) as it was rendered:
    a template of the project's own could `replace()` a sentence of it, publishing what no check read."""
    return not content.strip() or content in output


# Where the theme writes a page's text: its ancestors, innermost first, as Material's base.html and the generator's
# main.html nest them (tag, the attributes each may have, the classes its class attribute holds).
CONTENT_CHAIN: tuple[tuple[str, set[str], set[str]], ...] = (
    ("article", {"class"}, {"md-content__inner", "md-typeset"}),
    ("div", {"class", "data-md-component"}, {"md-content"}),
    ("div", {"class"}, {"md-main__inner", "md-grid"}),
    ("main", {"class", "data-md-component"}, {"md-main"}),
    ("div", {"class", "data-md-component"}, {"md-container"}),
    ("body", {"dir"}, set()),
    ("html", {"lang", "class", "dir"}, {"no-js"}),
)


# A rendered text that starts with a heading carrying a plain id (Python-Markdown's `<h1 id="…">`): the first element
# with an id, at the body's level, as an HTML parser reads it (the first of an element's `id`s counts; no character
# reference can stand in a plain id), found without parsing the text (0.3 ms a policy page)
_LEADING_HEADING = re.compile(r'<h[1-6] id="([\w-]+)"[\t\n\f\r />]', re.ASCII)


def content_hidden(output: str, content: str) -> str | None:
    """Why a built page does not show its text where the theme writes it, or None.

    `holds_content` finds the checked text in the page; a template of the project's own could still wrap it in
    a hidden element (`<div class="policy-at-form" hidden>`, `<details>`, `<template>`, `<noscript>`) and write an
    edited copy, with other ids, beside it. The checked text's first element with an id must sit in the article at
    the depth it has in the text, and the article in the theme's own nesting (CONTENT_CHAIN), with no other
    attribute: nothing between the body and the text can hide it.
    """
    if "id=" not in content:
        return None
    depth = 0
    heading = _LEADING_HEADING.match(content)
    if heading is not None:  # the text's first element, a child of the body: a parse would find the same
        key: str | None = heading.group(1)
    else:
        inner = LexborHTMLParser(f"<body>{content}</body>").css_first("[id]")  # an element's, not `id="` in code
        key = inner.attributes.get("id") if inner is not None else None
        while inner is not None and inner.parent is not None and inner.parent.tag != "body":
            inner, depth = inner.parent, depth + 1
    if not key:
        return None
    # lexbor picks the elements of that id itself (a history page of 1,000 versions holds some 2,000 ids); an id
    # a selector would need escaping is compared here
    plain = re.fullmatch(r"[\w-]+", key, re.ASCII) is not None
    nodes = [n for n in _page_tree(output).css(f'[id="{key}"]' if plain else "[id]")
             if n.attributes.get("id") == key]
    if not nodes:
        return Said("preview.hidden/missing", key=key)
    for found_node in nodes:  # each element with that id: a copy of the text elsewhere keeping its ids is refused
        node: LexborNode | None = found_node
        for _ in range(depth + 1):
            node = node.parent if node is not None else None
        for tag, attributes, classes in CONTENT_CHAIN:
            if node is None or node.tag != tag:
                return Said("preview.hidden/moved", found=node.tag if node is not None else "nothing", tag=tag)
            extra = set(node.attributes) - attributes
            if extra or not set((node.attributes.get("class") or "").split()) <= classes:
                shown = " ".join(sorted(extra)) or node.attributes.get("class")
                return Said("preview.hidden/carries", tag=tag, shown=shown)
            node = node.parent
    return None


# The pages' parses kept (parsed): the last one, and those of pages of this many characters or more, whose parse costs
# (4 ms at 200 K characters; a history page passes it at some 200 versions, 0.9 M characters and 16 ms at 1,000), up to
# PARSED_CHARS characters of HTML in all, the most recently read kept first. A tree weighs some 15 bytes a character:
# some 27 MB at 1,000 versions (both languages' history pages), 45 at most; every parse kept (a history of 10 versions
# parsed some 3 M characters of pages) raised the peak of `policy history` of 10 versions by 30 MB.
PARSED_LARGE = 200_000
PARSED_CHARS = 3_000_000
_trees: dict[tuple[str, bool], LexborHTMLParser] = {}


def parsed(html: str, *, scripting: bool = False) -> LexborHTMLParser:
    """A whole page as a browser parses it (lexbor; `scripting`: a `<noscript>`'s content as text), one parse for every
    reader of the same text in a process, which only reads it: a build's on_post_page reads each page with
    content_hidden, then with_csp; a published page's output check (check_page, by check_site) and the branch's rules
    then read the same bytes again (servedpages: its addresses above the site's root, its canonical and alternate
    ones). The history page, which grows with every version, was parsed three times a publication after compaction
    (0.9 M characters and 16 ms a parse at 1,000 versions)."""
    key = (html, scripting)
    tree = _trees.pop(key, None)
    if tree is None:
        tree = LexborHTMLParser(html, scripting=scripting)
        last = next(reversed(_trees), None)
        if last is not None and len(last[0]) < PARSED_LARGE:
            del _trees[last]  # (kept as the last one read only)
        total = len(html) + sum(len(text) for text, _scripting in _trees)
        for old in list(_trees):  # (the oldest first: a dict keeps its keys in the order they were put)
            if total <= PARSED_CHARS:
                break
            total -= len(old[0])
            del _trees[old]
    _trees[key] = tree  # (again at the end: the most recently read)
    return tree


def _page_tree(html: str) -> LexborHTMLParser:
    """A built page's parse, shared with every other reading of the same page (parsed). Nothing changes it."""
    return parsed(html)


def csp(script_hashes: Iterable[str]) -> str:
    """The site's Content-Security-Policy: everything from this site only, inline scripts by hash."""
    hashes = " ".join(f"'sha256-{h}'" for h in sorted(set(script_hashes)))
    return ("default-src 'none'; "
            f"script-src 'self'{' ' + hashes if hashes else ''}; "
            "style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            "manifest-src 'self'; worker-src 'self'; media-src 'self'; "
            "frame-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'")


def inline_script_hashes(html: str, *, theme_dirs: tuple[str, ...]) -> list[str]:
    """The SHA-256 (base64) of each of the theme's own inline scripts `html` holds, as a CSP allows them."""
    tree = _page_tree(html)
    patterns = theme_scripts(theme_dirs)
    hashes = []
    for node in tree.css("script"):
        if "src" not in node.attributes and _executable(node):
            text = node.text(deep=True)
            if _allowed_inline(text, patterns):
                hashes.append(base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii"))
    return hashes


def with_csp(html: str, *, theme_dirs: tuple[str, ...]) -> str:
    """`html` with a CSP meta tag after its charset, allowing exactly the theme's inline scripts it holds."""
    meta = f'<meta http-equiv="{CSP_META}" content="{csp(inline_script_hashes(html, theme_dirs=theme_dirs))}">'
    charset = re.search(r"<meta charset=[^>]*>", html, re.I)
    head = charset or re.search(r"<head[^>]*>", html, re.I)
    if head is None:
        return html
    return html[:head.end()] + "\n  " + meta + html[head.end():]
