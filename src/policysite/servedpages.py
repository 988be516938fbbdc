"""The output check of every page a commit of the branch serves, whoever wrote it and whatever its manifest says.

What a command carries forward was judged by which commits wrote it, and commits' subjects are anyone's to write: a
hand commit named 'Rebuild 2021-02-17 (…' putting a script into that version's page and its digest into its manifest,
then one named as publishing's editing the history page by a byte, moved the window the checks read past the first,
and `policy publish`, `policy history` and `policy export` carried the script (safety hunt 50). Nothing the branch
alone holds can vouch for a page, so every page of the tree a command is about to serve is read by the output check
(parsed as a browser parses it), unless this machine saw those very bytes pass under the same rules: a page that
passed is kept by its git blob id in `.git/policysite/passed` (passcache, one file of ids for the tree), so a warm
machine reads none again and pays one set look-up a page; a cold one (a fresh clone in CI) reads each distinct page
once, and says so when they are many.
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import json
import os
import re
import sys
import zlib
from collections.abc import Callable, Iterator, Mapping, Set
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

from policysite import (
    compact,
    docxactions,
    formerhosts,
    git,
    image_rules,
    manifest as mf,
    passcache,
    pdfactions,
    pdfengine,
    pdffonts,
    pdfhover,
    pdflinks,
    pdfplaces,
    pdfunread,
    rootdoor,
    rootfiles,
    safety,
    sitedescriptions,
    stylesheet,
)
from policysite.errors import PublishError
from policysite.formerhosts import FormerHosts
from policysite.messages import Said, prefixed
from policysite.project import Project

# Files a browser opens as a document that may run scripts (GitHub Pages serves them by their name's ending): an
# HTML page, an XHTML one, an SVG image opened on its own
DOCUMENTS = (".html", ".htm", ".shtml", ".xhtml", ".xht", ".svg")
_TEXT = re.compile(r"(?:[^/]+/)+(?:\d{4}-\d{2}-\d{2}|latest)/.+")  # a version's pages: its policy text judged too
# XML a browser opens as a document: its XHTML, SVG or MathML elements run their scripts and handlers (no
# Content-Security-Policy reaches it), a stylesheet instruction runs XSLT writing any page, a DOCTYPE declares entities;
# publishing writes sitemaps and Atom feeds, which hold none of these. A host serves a hundred endings as an XML type a
# browser opens so (GitHub Pages: `.xsd` and `.rng` as application/xml, `.mml`, `.kml`, `.smil`, `.svgz` as
# image/svg+xml), and any file without an ending as it is told: every file of the tree is read so but those a browser
# never opens as XML (NOT_XML)
_ACTIVE_XML = re.compile(r"http://www\.w3\.org/(?:1999/xhtml|2000/svg|1998/Math/MathML|1999/XSL/Transform)"
                         r"|<\?xml-stylesheet|<!DOCTYPE|<!ENTITY", re.I)
_XML_RULES = ("xml documents: none of _ACTIVE_XML, decoded, references resolved, any ending but NOT_XML (xhtml too)",
              "a feed's html text, a sitemap's other locations, rss guids and rdf resources: their addresses followed",
              "opensearch descriptions' templates and images followed",
              "html text: any element whose type says html, xhtml as elements",
              "an address no url parser reads is not the site's")
MANY = 200  # pages to read on a cold machine above which the command says why it takes a while


def unsafe(project: Project, listing: Mapping[str, tuple[str, str]]) -> list[str]:
    """Each page of the tree `listing` (path -> (mode, blob)) that the output check refuses, `path: what`, the theme's
    own scripts being those installed (a version another generator built is told so by `policy verify`)."""
    theme_dirs = safety.installed_theme_dirs(project.theme)
    listing = _served_names(listing)
    # (a version's page showing no description gives search engines the site's, as its configuration says now or
    # said when a version published was built: safety83)
    site = sitedescriptions.described(project, sitedescriptions.listed_commits(project, listing))
    scripts = tuple(pattern.pattern for pattern in safety.theme_scripts(theme_dirs)) + safety.description_rules(site)
    place = project.passed
    known = {judged: passcache.blobs_passed(place, text=judged, scripts=scripts) for judged in (False, True)}
    tree = Tree(listing)
    found = _files_unsafe(project, tree) + _root_door(project, tree)
    todo: dict[tuple[str, bool], list[str]] = {}  # (blob, text judged) -> every path holding it
    # a page that passed with its text judged passes wherever it is: the pages not known so are sorted and told a
    # version's page or not, not every page of every version (perf19)
    for path, blob in sorted(pair for pair in tree.unknown(known[True], DOCUMENTS.__contains__)
                             if pair[0].lower().endswith(DOCUMENTS)):
        text = text_judged(path)
        if blob in known[text] or (blob, text, scripts) in _PASSED \
                or rootfiles.ownership_proof(path, lambda: git.read_object(project.repo, blob)):  # noqa: B023
            continue  # (a search engine's proof of ownership: its console's words alone, no markup: read here)
        todo.setdefault((blob, text), []).append(path)
    if len(todo) > MANY:
        print(Said("publish.pages-unchecked", count=len(todo), folder=str(place)), file=sys.stderr, flush=True)
    passed: dict[bool, list[str]] = {False: [], True: []}
    keys = list(todo)
    with contextlib.closing(git.read_objects(project.repo, [blob for blob, _text in keys])) as contents:
        for (blob, text), (_sha, data) in zip(keys, contents, strict=True):
            paths = todo[(blob, text)]
            violations = safety.check_page(safety.page_text(data), file=paths[0], theme_dirs=theme_dirs,
                                           text=text, kept_in=place, site=site)
            if violations:
                found += [prefixed(path, Said("manifest.unsafe", found=violations[0].message,
                                              more=len(violations) - 1)) for path in paths]
                continue
            _PASSED.add((blob, text, scripts))
            passed[text].append(blob)
    for judged, blobs in passed.items():
        passcache.keep_blobs(place, blobs, text=judged, scripts=scripts)
    return found


def files_unsafe(project: Project, listing: Mapping[str, tuple[str, str]]) -> list[str]:
    """`unsafe`'s refusals but the output check of each page and the pages sending readers on (which `policy verify`
    reads itself, told as a version's generator explains them): every rule of an XML file, an image, a PDF, a Word
    document, a script, a stylesheet, a search index or list of versions, a JSON Feed, and a page's addresses off the
    site or above its folder, `path: what`. Verify read HTML pages only: a feed.xml, a versions.json, a PDF or a Word
    document put on the branch by hand was said to differ, if at all, never what it does (safety81)."""
    return _files_unsafe(project, Tree(_served_names(listing)))


def _served_names(listing: Mapping[str, tuple[str, str]]) -> Mapping[str, tuple[str, str]]:
    """Each file of `listing` by the name a host serves it by, not as git quotes it: a page named `café.html`, listed
    `"caf\\303\\251.html"`, was read by no rule of a page (safety78)."""
    if any(path[:1] == '"' for path in listing):  # (a name git quotes starts with a quote: most branches hold none)
        return {git.path_named(path): held for path, held in listing.items()}
    return listing


def _files_unsafe(project: Project, tree: Tree) -> list[str]:
    """`files_unsafe` of the listing grouped once (`Tree`)."""
    former = FormerHosts(project, tree.listing)  # (read once, where a file needs them, for the XML files and pages)
    return _active_xml(project, tree, former) + _xml_pages(project, tree) + _active_documents(project, tree) \
        + _unvouched_scripts(project, tree) + _rendered_json(project, tree) + _json_feeds(project, tree) \
        + _above_root(project, tree, former) \
        + _xml_above_root(project, tree, former) + _pages_elsewhere(project, tree, former)


def text_judged(path: str) -> bool:
    """Whether the page served at `path` is a version's, its policy text judged too (check_page's `text`)."""
    return _TEXT.fullmatch(path) is not None


class Tree:
    """A tree's listing (path -> (mode, blob)), its paths grouped once for every rule of the output check by their
    name's ending (`ending`) and depth, each group by blob: a rule reads the groups of the endings it judges, and in
    them the blobs no verdict it kept vouches for (a set difference), not every path (ten rules a check, each a pass
    over some 19,000 paths at 1,000 versions: perf1, session 43)."""

    def __init__(self, listing: Mapping[str, tuple[str, str]]) -> None:
        self.listing = listing
        self.groups: dict[tuple[str, int], dict[str, list[str]]] = {}  # (ending, depth) -> blob -> its paths
        for path, (_mode, blob) in listing.items():
            self.groups.setdefault((ending(path), path.count("/")), {}).setdefault(blob, []).append(path)

    @property
    def depths(self) -> list[int]:
        return sorted({depth for _ending, depth in self.groups})

    def depths_of(self, endings: Callable[[str], bool]) -> list[int]:
        """The depths at which the tree holds a path of an ending `endings` takes."""
        return sorted({depth for end, depth in self.groups if endings(end)})

    def unknown(self, known: Set[str], endings: Callable[[str], bool], depth: int | None = None
                ) -> Iterator[tuple[str, str]]:
        """(path, blob) of each path whose `ending` `endings` takes (and `depth` deep), its blob not in `known`."""
        for (end, deep), held in self.groups.items():
            if endings(end) and (depth is None or deep == depth):
                for blob in held.keys() - known:
                    yield from ((path, blob) for path in held[blob])


def ending(path: str) -> str:
    """The ending of a path's name, lower case (`.html`), or "": `path.lower().endswith(e)` for an ending `e` of one
    dot and no slash (DOCUMENTS, NOT_XML …) is `ending(path) == e`."""
    _head, dot, tail = path.lower().rpartition(".")
    return f".{tail}" if dot and "/" not in tail else ""


def _holding(tree: Tree, wanted: Callable[[str], object], known: Set[str], *, endings: Callable[[str], bool],
             depth: int | None = None) -> dict[str, list[str]]:
    """Each blob of the tree at a path `wanted` takes, but those `known` to have passed, with every path holding it in
    order: read once, a refused file is named wherever the branch serves its bytes (a forged page copied into every
    version's folder named at one path had a maintainer revert it there only, and the next command refuse the next)."""
    todo: dict[str, list[str]] = {}
    # the paths taken, then sorted: sorting the whole listing (some 35,000 paths at 1,000 versions) for each of the
    # five rules cost more than the rules (perf17: 17 ms a command per 100 versions); the paths of the blobs not known
    # only (perf1, session 43)
    for path, blob in sorted(pair for pair in tree.unknown(known, endings, depth) if wanted(pair[0])):
        todo.setdefault(blob, []).append(path)
    return todo


def _judged(project: Project, tree: Tree, rules: tuple[str, ...], wanted: Callable[[str], object], *,
            endings: Callable[[str], bool], judge: Callable[[bytes, list[str]], Said | None],
            depth: int | None = None) -> list[str]:
    """`path: why` for each file of the tree `wanted` takes whose bytes `judge` (given them and the paths holding them)
    refuses, named at every path holding them (_holding); the others kept as passed under `rules`, the text of what
    was judged (passcache), and not read again while it stands: one reading a blob."""
    known = passcache.blobs_passed(project.passed, text=False, scripts=rules)
    todo = _holding(tree, wanted, known, endings=endings, depth=depth)
    found, passed = [], []
    with contextlib.closing(git.read_objects(project.repo, list(todo))) as contents:
        for blob, (_sha, data) in zip(list(todo), contents, strict=True):
            if said := judge(data, todo[blob]):
                found += [prefixed(path, said) for path in todo[blob]]
            else:
                passed.append(blob)
    passcache.keep_blobs(project.passed, passed, text=False, scripts=rules)
    return sorted(found)


def _root_door(project: Project, tree: Tree) -> list[str]:
    """Each page sending readers on (the site's root, a language's: rootdoor.doors), `path: what`, if it leads
    anywhere but the text in force it should (rootdoor.elsewhere): a hand commit's root page sending readers to a
    withdrawn version passed every rule of a page (safety79). Kept by blob id once passed, under its path, address and
    targets: the same bytes elsewhere lead elsewhere."""
    found = []
    for path, door in rootdoor.doors(project, tree.listing).items():
        if path in tree.listing:
            found += _judged(project, tree, ("pages sending readers on: the text in force only", path, door.page,
                                             door.within, *sorted(door.targets), "dated:", *sorted(door.dated),
                                             "withdrawn:", *sorted(door.withdrawn)),
                             path.__eq__, endings=".html".__eq__, depth=path.count("/"),
                             judge=functools.partial(door_judged, door=door))
    return found


def door_judged(data: bytes, _paths: list[str], *, door: rootdoor.Door) -> Said | None:
    """The refusal of a page sending readers on through `door` (rootdoor.elsewhere), or None."""
    away = rootdoor.elsewhere(safety.page_text(data), page=door.page, targets=door.targets, within=door.within,
                              dated=door.dated, withdrawn=door.withdrawn)
    return Said("publish.root-elsewhere", url=away[:80], target=door.shown) if away else None


ROOT_ELSEWHERE = "publish.root-elsewhere"  # (the refusal of a page sending readers elsewhere: verify says it once)


def _active_xml(project: Project, tree: Tree, former: FormerHosts) -> list[str]:
    """Each file of the tree a browser would run as a page (`xml_active`), `path: what`: a file a hand commit named as
    a rebuild put into a version's folder, with its digest in the manifest, was served (safety hunt 50)."""
    host = (urlsplit(project.settings.public_url).hostname or "").lower()
    rules = xml_rules(project)
    known = passcache.blobs_passed(project.passed, text=False, scripts=rules)
    todo = _holding(tree, lambda path: not path.lower().endswith(NOT_XML), known, endings=_maybe_xml)
    # a file accepted through a former host at its place, kept by its place and blob id under what else that verdict
    # depends on (former_rules): read again, and the manifests and the source's history with it, on every command,
    # it cost 13 ms of 8 files (publish10)
    former_rules = _unplaced(todo, project, tree, rules)
    found, passed, placed = [], [], []
    with contextlib.closing(git.read_objects(project.repo, list(todo))) as contents:
        for blob, (_sha, data) in zip(list(todo), contents, strict=True):
            active = xml_active(data)
            elsewhere = "" if active else xml_elsewhere(data, host=host)
            if active:
                found += [prefixed(path, Said("publish.active-xml", what=active)) for path in todo[blob]]
            elif elsewhere:
                # a version's file naming the host the site had when it was published is the site's, where it
                # holds the bytes that version published (not kept: a fact of its place, not of its bytes)
                for path in todo[blob]:
                    still = xml_elsewhere(data, host=host, former=former.of(path, data))
                    if still:
                        found.append(prefixed(path, Said("publish.xml-elsewhere", url=still[:80], host=host)))
                    else:
                        placed.append(_placed(path, blob))
            else:
                passed.append(blob)
    passcache.keep_blobs(project.passed, passed, text=False, scripts=rules)
    passcache.keep_blobs(project.passed, placed, text=False, scripts=former_rules)
    return sorted(found)


def _unplaced(todo: dict[str, list[str]], project: Project, tree: Tree, rules: tuple[str, ...]) -> tuple[str, ...]:
    """The rules a file accepted through a former host is kept under at its place (`_former_rules`), after taking out
    of `todo` (blob -> paths) each path whose place and blob were kept so: shared by `_active_xml` and
    `_pages_elsewhere`."""
    if not todo:
        return rules
    former_rules = _former_rules(project, tree.listing, rules)
    vouched = passcache.blobs_passed(project.passed, text=False, scripts=former_rules)
    for blob, paths in list(todo.items()):
        todo[blob] = [path for path in paths if _placed(path, blob) not in vouched]
        if not todo[blob]:
            del todo[blob]
    return former_rules


_PAGE_RULES = ("pages: canonical and alternate addresses of the site's host",
               "pages: <meta> web addresses of the site's host", "an address no url parser reads is not the site's")
# The pages a search engine or a feed reader reads a canonical or alternate address of: what a browser opens as HTML
_PAGES = (".html", ".htm", ".shtml", ".xhtml", ".xht")


def _pages_elsewhere(project: Project, tree: Tree, former: FormerHosts) -> list[str]:
    """Each page of the tree whose canonical or alternate address (`page_elsewhere`) is a script's or off the site,
    `path: what`: the host the site had when a version was published is the site's in the bytes its manifest records
    there (FormerHosts, as for an XML file), kept by place and blob as `_active_xml` keeps those. Kept by blob id once
    passed."""
    host = (urlsplit(project.settings.public_url).hostname or "").lower()
    rules = (*_PAGE_RULES, f"addresses: of {host} only")
    known = passcache.blobs_passed(project.passed, text=False, scripts=rules)
    todo = _holding(tree, lambda path: path.lower().endswith(_PAGES), known, endings=_PAGES.__contains__)
    former_rules = _unplaced(todo, project, tree, rules)
    found, passed, placed = [], [], []
    with contextlib.closing(git.read_objects(project.repo, list(todo))) as contents:
        for blob, (_sha, data) in zip(list(todo), contents, strict=True):
            text = safety.page_text(data)
            if not named_elsewhere(text, host=host)[1]:
                passed.append(blob)
                continue
            for path in todo[blob]:
                what, still = named_elsewhere(text, host=host, former=former.of(path, data))
                if still:
                    said = Said("publish.meta-elsewhere", meta=what[:60], url=still[:80], host=host) if what \
                        else Said("publish.page-elsewhere", url=still[:80], host=host)
                    found.append(prefixed(path, said))
                else:
                    placed.append(_placed(path, blob))
    passcache.keep_blobs(project.passed, passed, text=False, scripts=rules)
    passcache.keep_blobs(project.passed, placed, text=False, scripts=former_rules)
    return sorted(found)


_NAMING = re.compile("canonical|alternate|<meta", re.I)


def page_elsewhere(html: str, *, host: str, former: Set[str] = frozenset()) -> str:
    """The first canonical or alternate address (`<link rel="canonical">`, another language's, a feed's) the page
    `html` gives that runs a script or is off `host` and the `former` hosts, or "": a search engine takes the page for
    a copy of the canonical one, and a feed reader subscribes to the feed a page names, as the site's own (a sitemap's
    or a feed's addresses are xml_elsewhere's); a forged page's canonical to another host passed (safety57 hunt). And
    the first web address a `<meta>` gives off them (`meta_elsewhere`)."""
    return named_elsewhere(html, host=host, former=former)[1]


def named_elsewhere(html: str, *, host: str, former: Set[str] = frozenset()) -> tuple[str, str]:
    """(what gives it: "" for a canonical or alternate address, else the `<meta>`'s key; the address) of the address
    page_elsewhere names, or ("", "")."""
    if "&#" not in html and not _NAMING.search(html):
        return "", ""  # (no such rel or <meta>, nor one written with a numeric reference, which spell ASCII letters)

    def away(address: str) -> bool:
        return _leaves(address, host) and (not former or all(_leaves(address, other) for other in former))

    tree = safety.parsed(html)
    for node in tree.css("link[rel]"):
        if {"canonical", "alternate"} & set((node.attributes.get("rel") or "").lower().split()):
            address = node.attributes.get("href") or ""
            if away(address):
                return "", address.strip()
    for node in tree.css("meta[content]"):
        address = meta_address(node.attributes.get("content") or "")
        if address and away(address):
            name = next((name for name in _META_KEYS if node.attributes.get(name)), "")
            return f'{name}="{node.attributes.get(name)}"' if name else "content", address
    return "", ""


# The attributes a <meta>'s key is written in: HTML's name, Open Graph's property (RDFa), microdata's itemprop
_META_KEYS = ("property", "name", "itemprop")
# The keys of a <meta> whose address, relative or not, a link-preview bot or the browser fetches on its own: a preview's
# picture, video, sound or player (Open Graph's, X's, microdata's), a pinned site's tile or configuration. (Not
# `og:url`: followed, as a canonical address is.) Read from the page's place for another site of its host (safety58)
_FETCHED_META = re.compile(r"og:(?:image|video|audio)(?::(?:url|secure_url))?|twitter:(?:image(?::src)?|player"
                           r"(?::stream)?)|image|thumbnail|thumbnailurl|contenturl|embedurl|logo|"
                           r"msapplication-(?:tileimage|square\w*logo|wide\w*logo|config)", re.I)


def meta_address(content: str) -> str:
    """The web address a `<meta>`'s `content` is, as a link-preview bot (a chat's, a social network's: Open Graph's
    `og:url`, `og:image`, `og:video`, X's `twitter:image`, `twitter:player`, App Links' `al:web:url`, microdata's
    `itemprop="image"`) or a search engine fetches or follows it when the page is read or shared, whatever its key: an
    absolute address of the web (`https://…`, `//…`), read as the WHATWG URL parser reads it; "" for words (a
    description, `Note: …`) or a relative address (the page's own site). The theme writes none off the site; an override
    or a raw `<meta>` of a page could, and every reader who shares the page had that host asked, as the site's, for the
    preview (safety58)."""
    value = content.strip(_ENDS)
    if not value or any(char.isspace() for char in value):
        return ""
    return value if re.match(r"(?:https?:)?//", safety.as_followed(value), re.I) else ""


_ENDS = "".join(map(chr, range(0x21)))  # (what the URL parser strips at an address's ends)


def _former_rules(project: Project, listing: Mapping[str, tuple[str, str]], rules: tuple[str, ...]) -> tuple[str, ...]:
    """What the verdict on a file accepted through a former host depends on besides its bytes and place (the passcache
    key of those accepted): the rules, HEAD's commit (whose history says which hosts were the site's: a reset can take a
    version's source commit out of it) and every manifest of the tree (which vouch for bytes at their places)."""
    try:
        head = project.repo.head.commit.hexsha  # (read from the ref files: no git process)
    except ValueError:  # nothing committed: no history vouches for any host
        head = ""
    prefix = f"{mf.DIRECTORY}/"
    manifests = hashlib.sha256("".join(sorted(f"{path}\0{blob}\n" for path, (_mode, blob) in listing.items()
                                              if path.startswith(prefix))).encode("utf-8", "surrogatepass"))
    return (*rules, f"former hosts of HEAD {head}, manifests {manifests.hexdigest()}")


def _placed(path: str, blob: str) -> str:
    """A file's place and bytes as one id (a former host is accepted in the bytes a version recorded there only)."""
    return hashlib.sha256(f"{path}\0{blob}".encode("utf-8", "surrogatepass")).hexdigest()


# Where a feed reader or a search engine follows the addresses of an XML file the site serves (a feed's links, icon and
# logo, a sitemap's locations, RSS's link, comments and enclosures): publishing writes addresses of the site only.
# (RSS 1.0's items and images name theirs by RDF's `about` and `resource`; a sitemap's images and videos by elements
# ending in `loc`: `video:thumbnail_loc`, `video:player_loc`; an RSS item's `guid` is its link unless it says it is no
# permalink, and `wfw:commentRss` a feed of its comments; an OpenSearch description, which Chromium adds as a search
# engine, its searches' address by its `Url`'s `template` and its icon by `Image`: none of these was read, safety52
# hunt)
_RDF = "{http://www.w3.org/1999/02/22-rdf-syntax-ns#}"
# (An Atom generator's `uri`, which a feed reader shows as its link; the `wfw:comment` address a reader posts a
# subscriber's comment to; FeedBurner's `origLink` and `origEnclosureLink`, which readers follow in place of the item's
# link and enclosure; RSS's `cloud`, a host a reader registers with to be told of updates: none was read, safety57 hunt)
_XML_URL_ATTRIBUTES = frozenset({"href", "src", "url", "{http://www.w3.org/XML/1998/namespace}base",
                                 "{http://www.w3.org/1999/xlink}href", f"{_RDF}about", f"{_RDF}resource", "template",
                                 "uri"})
_XML_URL_ELEMENTS = frozenset({"loc", "link", "uri", "icon", "logo", "url", "comments", "docs", "commentRss", "Image",
                               "comment", "origLink", "origEnclosureLink"})


def xml_elsewhere(data: bytes, *, host: str, former: Set[str] = frozenset()) -> str:
    """The first address a feed reader or a search engine would follow in the XML file `data` (as a browser decodes
    it) that runs a script (`javascript:`, `data:` …) or leaves `host` and the `former` hosts of the site (another
    host, another scheme than the web's), or "": a feed entry or a sitemap location added on the branch sent readers
    and crawlers anywhere as the site's own (safety8, session 37). A file that is no XML is followed nowhere."""
    for address in _xml_addresses(_xml_read(data)):
        if _leaves(address, host) and (not former or all(_leaves(address, other) for other in former)):
            return address.strip()
    return ""


def _xml_read(data: bytes) -> bytes:
    """The XML file `data` as a browser decodes it, in UTF-8 (a compressed file as a host serves it)."""
    if data.startswith(b"\x1f\x8b"):
        data = _uncompressed(data)
    return image_rules.as_read(data)


def _xml_addresses(reading: bytes) -> Iterator[str]:
    """Every address a feed reader or a search engine follows in the XML file `reading` (`_xml_read`), in order; none
    in a file that is no XML."""
    try:
        root = ElementTree.fromstring(reading)
    except (ElementTree.ParseError, ValueError):
        return
    for element in root.iter():
        tag = element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
        yield from (value for name, value in element.attrib.items() if name in _XML_URL_ATTRIBUTES)
        if tag == "cloud" and element.get("domain"):  # (`<cloud domain port path protocol>`: http://domain:port/path)
            yield f"http://{element.get('domain')}:{element.get('port') or 80}{element.get('path') or '/'}"
        followed = tag in _XML_URL_ELEMENTS or tag.endswith("_loc") or (
            tag == "guid" and (element.get("isPermaLink") or "").strip().lower() != "false")
        if followed and element.text and element.text.strip():
            yield element.text
        if _html_text(tag, element.get("type"), element.tag if isinstance(element.tag, str) else "") \
                and (len(element) or "<" in (element.text or "")):
            yield from html_addresses(_inner_markup(element))


# Text a feed reader shows as HTML: RSS's description and `content:encoded` (HTML by usage, entity-escaped), and any
# element whose type says HTML: an Atom text construct or content (`<summary type="html">`, `type="xhtml"` holding its
# XHTML as elements, `type="application/xhtml+xml"`), Media RSS's `<media:text type="html">`, `media:title`,
# `media:description` (a `media:text` was read as words: safety58). Publishing writes text only (feed.py's
# `type="text"`)
_RSS_HTML = frozenset({"description", "encoded"})
# (and by namespace: a podcast's `<itunes:summary>`, shown as HTML by podcast apps, no type said: its `<a>` and `<img>`
# were words to the check, safety59)
_NAMED_HTML = frozenset({"{http://www.itunes.com/dtds/podcast-1.0.dtd}summary"})


def _html_text(tag: str, kind: str | None, named: str = "") -> bool:
    """Whether a feed reader shows the text of an XML element `tag` (local name; `named`: with its namespace) of type
    `kind` as HTML."""
    return tag in _RSS_HTML or named in _NAMED_HTML or "html" in (kind or "").lower()


def _inner_markup(element: ElementTree.Element) -> str:
    """The HTML a feed reader shows of an element of HTML text: its text (escaped HTML), and its elements (XHTML, an
    Atom `type="xhtml"`'s `<div xmlns="http://www.w3.org/1999/xhtml">`) written as HTML in their local names (a style
    attribute's `url()`, a `<style>`'s `@import`, a source set, a frame's document: none was read, safety58)."""
    if not len(element):
        return element.text or ""
    import copy

    held = copy.deepcopy(element)
    for inner in held.iter():
        if isinstance(inner.tag, str):
            inner.tag = inner.tag.rpartition("}")[2]
        inner.attrib = {("xlink:href" if name == "{http://www.w3.org/1999/xlink}href" else name.rpartition("}")[2]):
                        value for name, value in inner.attrib.items()}
    return (held.text or "") + "".join(
        ElementTree.tostring(child, encoding="unicode", method="html") for child in held)


_LOADED = safety.LOADING | {"href", "xlink:href"}  # (an element's link to fetch: not a quote's source, an item's type)


def html_addresses(text: str, *, page: bool = False) -> list[str]:
    """Every address the HTML `text` has a reader fetch or follow (a feed entry's summary as a feed reader shows it: an
    image, a link, a source set, a stylesheet's `url()` in an attribute): `<summary type="html">` holding
    `<img src="https://tracker.example/p.png">` had every subscriber's reader ask that host as it showed the entry,
    and followed no element of the feed's own (safety52 hunt). A whole `page` is read as a browser reads one, for
    what it loads, runs or is sent to unasked, and the links of the theme's part of it (outside the policy text, whose
    words and links the checks read; a link of the text, a canonical address are none): `safety._theme_links` refuses
    one there to another host, and `<a href="/other-project/sign-in/">` beside the header's was another site of the same
    host, under words no check read (safety57 hunt)."""
    from selectolax.lexbor import LexborHTMLParser

    found: list[str] = []
    tree = safety.parsed(text) if page else LexborHTMLParser(f"<body>{text}")  # (a page: its output check's parse)
    article = tree.css_first("article.md-content__inner") if page else None
    in_text = {link.mem_id for link in article.css("a, area")} if article is not None else set()
    for node in tree.root.traverse(include_text=False):  # type: ignore[union-attr]
        tag = (node.tag or "").lower()
        attributes = node.attributes  # (read once: a history page of 1,000 versions holds 13,000 elements)
        if not attributes and tag != "style":
            continue  # (no address of its own, nor a stylesheet's words: an element that holds none says none)
        # a stylesheet's addresses (`@import`, `url()`, `image-set("…")`, written with escapes or not), a refresh's,
        # a frame's document's: none was read, and a reader's view of `<style>@import "https://tracker.example/x"`
        # asked that host (safety53 hunt)
        if tag == "style":
            found += safety.css_addresses(node.text(deep=True))
        elif page and (attributes.get("id") or "").lower() == "__config":
            # Material's configuration: the search worker it runs, the base it fetches the search index and the
            # versions from (a page's `"base": "/other/"` or `"search": "../../../x.js"` passed _config_rules)
            found += [value for key in ("search", "base")
                      if isinstance(value := safety.json_field(node.text(deep=True), key), str)]
        elif tag == "meta" and (attributes.get("http-equiv") or "").strip().lower() == "refresh":
            found.append(safety.refresh_target(attributes.get("content") or ""))
        elif page and tag == "meta" and _FETCHED_META.fullmatch(next(
                (value.strip() for name in _META_KEYS if (value := attributes.get(name))), "")):
            found.append(attributes.get("content") or "")
        followed = page and (tag in ("a", "area") and node.mem_id in in_text or tag == "link" and set(
            (attributes.get("rel") or "").lower().split()) <= safety.INERT_LINKS)
        for name, value in attributes.items():
            name = str(name).lower()
            if name in safety.URL_ATTRIBUTES and not (page and (followed or name not in _LOADED)):
                found.append(value or "")
            elif name in safety.SRCSETS:
                found += list(safety.srcset_urls(value or ""))
            elif name == "style" or name in safety.PAINTING:
                found += safety.css_addresses(value or "")
            elif name == "srcdoc":
                found += html_addresses(value or "")
    return found


_ROOT_RULES = ("pages: every address of the site's host within its folder, read from the page's depth in it",
               "a <meta>'s picture, player or tile among them")


def _above_root(project: Project, tree: Tree, former: FormerHosts) -> list[str]:
    """Each page of the tree naming an address of the site's host outside the site's folder (`above_root`), `path:
    address`: on GitHub Pages `../../../../x/` from a version's page is another project's site of the same
    owner, on a company's host its other pages, which the pages' Content-Security-Policy (`'self'`) lets them load as
    scripts, stylesheets and images, and no check of a page's bytes alone could tell (safety55 left it; safety56)."""
    def judged(data: bytes, base: str, root: str, former: Set[str]) -> Said | None:
        away = above_root(safety.page_text(data), base=base, root=root, former=former)
        return Said("publish.above-root", url=away[:80], root=root) if away else None

    return _by_depth(project, tree, former, lambda path: path.lower().endswith(DOCUMENTS), DOCUMENTS.__contains__,
                     judged, _ROOT_RULES)


_XML_ROOT_RULES = ("xml: every relative address followed within the site's folder, read from the file's depth in it",)


def _xml_above_root(project: Project, tree: Tree, former: FormerHosts) -> list[str]:
    """Each XML file of the tree (a feed, a sitemap) naming a relative address a feed reader or a search engine reads on
    the site's host outside the site's folder (`xml_above_root`), `path:line: address`: a feed entry's `<img
    src="../../../x">` or a sitemap's `<loc>../../x/</loc>` is another site of the same host (on GitHub Pages another
    project of the same owner) shown or followed as the site's own; `xml_elsewhere` read a relative address as the
    site's (leads43b, as safety56's `above_root` for pages)."""
    def judged(data: bytes, base: str, root: str, former: Set[str]) -> tuple[int, Said] | None:
        away, line = xml_above_root(data, base=base, root=root, former=former)
        return (line, Said("publish.xml-above-root", url=away[:80], root=root)) if away else None

    return _by_depth(project, tree, former, lambda path: not path.lower().endswith(NOT_XML), _maybe_xml, judged,
                     _XML_ROOT_RULES)


def _by_depth(project: Project, tree: Tree, former: FormerHosts, wanted: Callable[[str], bool],
              endings: Callable[[str], bool],
              judged: Callable[[bytes, str, str, Set[str]], Said | tuple[int, Said] | None],
              rules: tuple[str, ...]) -> list[str]:
    """Each `wanted` file of the tree (of the `endings` it reads) that `judged` (its bytes, its address, the site's
    folder, its former folders on the host) refuses, `path: what` (`path:line: what` where it names the line). Kept by
    blob id under the file's depth, the one fact of its place the verdict depends on, where it passes within the present
    folder; one passing through a former folder only (an error page or a sitemap built before the site moved) is read
    again by the next command, the source's history read once a command (`formerhosts.folders_named`). A former
    folder is one the history named on the site's host, or on a host the site had (`former`: a published version's,
    read from the manifests only where a file needs it). Nothing is above the root of a host: a site at a host's root
    has no address outside its folder."""
    site = urlsplit(project.settings.public_url)
    root = site.path if site.path.endswith("/") else f"{site.path}/"
    if root == "/" or not site.hostname:  # (nothing is above a host's root)
        return []
    found: list[str] = []
    named: dict[str, frozenset[str]] | None = None  # (each folder HEAD's history named -> the hosts it named it on)
    for depth in tree.depths_of(endings):  # (a depth holding none of the rule's endings has no kept verdict to read)
        kept = (*rules, f"root {root}, depth {depth}")
        known = passcache.blobs_passed(project.passed, text=False, scripts=kept)
        todo = _holding(tree, wanted, known, endings=endings, depth=depth)
        if not todo:  # (a warm machine: no git process started for nothing)
            continue
        base = f"{site.scheme}://{site.netloc}{root}{'x/' * depth}"
        passed = []
        with contextlib.closing(git.read_objects(project.repo, list(todo))) as contents:
            for blob, (_sha, data) in zip(list(todo), contents, strict=True):
                refused = judged(data, base, root, frozenset())
                if refused is None:
                    passed.append(blob)
                    continue
                if named is None:
                    named = formerhosts.folders_named(project)
                own = formerhosts.within(named, {site.hostname.lower()})
                if own:  # (what is refused then is named: not an address of a former folder)
                    refused = judged(data, base, root, own)
                    if refused is None:
                        continue
                # a folder the history named on another host only: the site's where it is a host the site had (a
                # published version's), read from the manifests only then
                hosts = {site.hostname.lower()}
                if set(named) - own and (wider := formerhosts.within(named, hosts | former.every())) != own \
                        and judged(data, base, root, wider) is None:
                    continue
                line, said = refused if isinstance(refused, tuple) else (0, refused)
                found += [prefixed(f"{path}:{line}" if line else path, said) for path in todo[blob]]
        passcache.keep_blobs(project.passed, passed, text=False, scripts=kept)
    return sorted(found)


def above_root(html: str, *, base: str, root: str, former: Set[str] = frozenset()) -> str:
    """The first address the page `html`, served at `base`, has a browser fetch or run on its own host outside the
    folder `root` and the `former` folders (`../../../x/`, `%2e%2e/`, `/other-project/x.js`, an absolute address of
    the host, as the WHATWG URL parser resolves them: `_outside`), or "". A link its reader may follow is none: a
    browser loads nothing of it into the page (safety57)."""
    return next((address.strip() for address in html_addresses(html, page=True)
                  if _outside(address, base, root, former)), "")


def xml_above_root(data: bytes, *, base: str, root: str, former: Set[str] = frozenset()) -> tuple[str, int]:
    """The first address the XML file `data` (a feed, a sitemap), served at `base`, has a feed reader or a search
    engine follow on its own host outside the folder `root` and the `former` folders (`_outside`), as the WHATWG URL
    parser resolves it against the file's address, with the first line of the file naming it (0 where it is written
    with character references), or ("", 0)."""
    reading = _xml_read(data)
    text = reading.decode("utf-8", "replace")
    for address in _xml_addresses(reading):
        if _outside(address, base, root, former):
            at = next((at for at in (text.find(address), text.find(html.escape(address))) if at >= 0), -1)
            return address.strip(), text.count("\n", 0, at) + 1 if at >= 0 else 0
    return "", 0


def _outside(address: str, base: str, root: str, former: Set[str] = frozenset()) -> bool:
    """Whether `address`, read at `base` as the WHATWG URL parser reads it, is on `base`'s host outside the folder
    `root` and the site's `former` folders there: relative (`../../../x/`), from the host's root (`/other-project/x.js`,
    Material's `"base": "/other/"`) or absolute (`https://owner.github.io/other-project/`). Its path is read as a host
    may read it too, its escapes decoded and its dot segments resolved again (`/site/..%2fother/x.js` is
    `/other/x.js` to a server that decodes before it resolves)."""
    import ada_url

    if safety.is_script_url(address):
        return False
    try:
        followed = ada_url.URL(address, base)
    except ValueError:  # (no address a browser follows)
        return False
    if followed.protocol not in ("http:", "https:") or followed.hostname != urlsplit(base).hostname:
        return False  # (another host: the output check's rules and xml_elsewhere judge those)
    path = followed.pathname
    readings = {path.casefold(), _resolved(unquote(path)).casefold()}  # (GitHub Pages reads a folder in any case)
    folders = [_folder(folder) for folder in (root, *sorted(former))]
    return any(not any(reading.startswith(folder) or reading == folder.rstrip("/") for folder in folders)
               for reading in readings)


def _resolved(path: str) -> str:
    """A path's dot segments resolved (`/a/../b/` is `/b/`), as a host decoding its escapes first resolves them."""
    kept: list[str] = []
    parts = path.replace("\\", "/").split("/")
    for part in parts[1:]:
        if part == "..":
            kept = kept[:-1]
        elif part != ".":
            kept.append(part)
    ends = parts[-1] in (".", "..")
    return "/" + "/".join(kept) + ("/" if ends and kept else "")


@functools.lru_cache(maxsize=64)
def _folder(folder: str) -> str:
    """A folder of the host as the URL parser writes a path (`é` as `%C3%A9`), lower case."""
    import ada_url

    return ada_url.URL(folder, "https://host.invalid/").pathname.casefold()


def _leaves(address: str, host: str) -> bool:
    """Whether a URL runs a script or goes elsewhere than `host` on the web (a relative one stays on the site), its host
    read as a browser's or a feed reader's URL parser (WHATWG URL) reads it, not as urllib does: `\\` is `/` in a web
    address, so `https://evil.example\\@example.test/` goes to evil.example, where urllib read a user name before the
    host example.test; an address whose host no parser reads (`https://[x/`) ended the command (safety53 hunt)."""
    if safety.is_script_url(address):
        return True
    if not safety.leaves_site(address):
        return False
    if not safety.read_alike(address):  # (`https://host:99999/`: no address of the site's; safety58)
        return True
    try:
        parts = urlsplit(safety.as_followed(address))
        return parts.scheme.lower() not in ("http", "https") or (parts.hostname or "").lower() != host
    except ValueError:  # (no host: not the site's)
        return True


def xml_rules(project: Project) -> tuple[str, ...]:
    """What an XML file's verdict depends on besides its bytes (the passcache key of those that passed): the rules, and
    the one host whose addresses it may name (`xml_elsewhere`)."""
    host = (urlsplit(project.settings.public_url).hostname or "").lower()
    return (*_XML_RULES, f"addresses followed: of {host} only")


def xml_active(data: bytes) -> str:
    """The first of `_ACTIVE_XML` a browser opening `data` as XML reads in it, or "": read as it decodes it (a
    compressed file as a host serves it with `Content-Encoding: gzip`; by its byte order mark, else as UTF-16 where its
    first characters are, else in the encoding its declaration names, and as UTF-8: a browser reads `encoding="UTF-16"`
    in bytes that are not as UTF-8) with its character references resolved
    (`http&#58;//www.w3.org/1999/xhtml` is XHTML's namespace to an XML parser; Chromium runs `<x:script>` in it)."""
    if data.startswith(b"\x1f\x8b"):
        data = _uncompressed(data)
    for reading in (image_rules.as_read(data), data):  # (and as written: a declared encoding a browser does not take)
        active = _ACTIVE_XML.search(html.unescape(reading.decode("utf-8", "replace")))
        if active:
            return active.group()
    return ""


# Images a browser opens as XML (GitHub Pages serves them as image/svg+xml): what it reads there and the output check's
# HTML parser does not (an entity a DTD declares as `<script>`, `<s:script>` in a prefix's namespace, a stylesheet
# instruction) runs on the site's origin, with no Content-Security-Policy in an SVG. (An XHTML page is any XML file's
# rule's: _active_xml.)
XML_PAGES = (".svg",)
_XML_PAGE_RULES = ("svg: image_rules.svg_problems; xhtml: image_rules.xml_problems",)  # (the svg rules kept as named)


def _xml_pages(project: Project, tree: Tree) -> list[str]:
    """Each SVG image of the tree that is not what the configuration rules let a project's own image be (read as the
    XML a browser opens: shapes and text, no DTD, script, foreign element or outside link), `path: what`. Kept by
    blob id once passed."""
    def judge(data: bytes, _paths: list[str]) -> Said | None:
        problems = image_rules.svg_problems(data)
        return Said("publish.xml-page", why=problems[0]) if problems else None
    return _judged(project, tree, _XML_PAGE_RULES, lambda path: path.lower().endswith(XML_PAGES),
                   endings=XML_PAGES.__contains__, judge=judge)


_PDF_RULES = ("pdfs: none of pdfactions.ACTIVE_KEYS, ACTIVE_ACTIONS, script links",
              "annotations: links only, none drawn (pdfactions.PRINTED_ANNOTATIONS, DRAWN_KEYS)",
              "words on hover: a link's /Contents its address only, no /Alt, /E, /TU, /TM (pdfactions.HOVER_KEYS)",
              "words read instead: a link's /Contents under the engine's word only (ENGINE_WORDS), a heading's /T its "
              "printed words (TITLED), a span's /ActualText one cluster of its glyphs' letter")
# Words drawn outside a page's own content, where no check reads them (pdfunread, safety65)
_PDF_UNREAD = ("pdf words: in a page's content only, none drawn or marked in a form, tiling pattern, Type 3 glyph, "
               "soft mask or annotation's appearance (pdfunread)", "no Type 3 font (pdfunread._type3)")
# What a PDF's fonts draw against their maps' text (pdffonts, safety67): the faces' digests part of the rules, so that
# a PDF passed with a face is judged again once the faces change
_PDF_FONTS = ("pdf fonts: Type0 CID fonts of the print's faces, embedded, each glyph its face's for its map's text "
              "(pdffonts)", "every code drawn mapped, no invisible rendering mode",
              "words in ink: no fill near white, no /ca under 0.1, no pattern")
# Where a PDF's glyphs are drawn against what its reader sees (pdfplaces, safety69)
_PDF_PLACES = ("pdf glyphs in view: centre in the crop box, inside a rectangular clip, painted over by no fill, image, "
               "shading, form, nor a stroke light or broader than 3pt; 3pt tall and wide at least (pdfplaces)",)
_DOCX_RULES = ("word documents: no outside relationship, field (deleted too), macro, object, imported chunk, "
               "background or embedded font", "no hyperlink relationship, no relationship to an address",
               "runs shown as written: docxactions.SHOWN_AS_WRITTEN, REDLINE_FONTS, LINK_COLOURS; no data binding, "
               "symbol, alternative font", "no header, note, drawing, frame, ruby or alternate content",
               "no footer but the redline's page numbers, byte for byte (pagefooter), named once",
               "comments: paragraphs of runs, a redline label of links or hover words first, link targets between ⟨⟩",
               "hover words of a comment: each side's words the document shows (tooltips.unshown), none unseen",
               "layout as written: docxactions.LAID_OUT_AS_WRITTEN",
               "no content control, bidirectional override or embedding, smart tag or custom xml element; runs, "
               "paragraphs and tables right to left in a document of a language written so, served under one, only")
# Metadata naming who made a served document or where, beyond what the print and the redline write (safety61)
_PDF_PRIVATE = ("pdf metadata: pdfactions.PRINTED_INFO, PRINTED_XMP only",)
# A PDF redline's hover words against the words it prints (pdfhover, safety76), as a Word redline's comment's
_PDF_HOVER = ("pdf hover lines: each side's words the document prints (tooltips.unshown), none unseen",
              "a hover line's words: its paragraph's, every line drawn as its next (pdfhover.goes_on), read top down")
# A PDF's links against the words drawn under them (pdflinks, safety79), as a page's links are judged
_PDF_LINKS = ("pdf links: named by a /Link structure element, its words showing no address but its target's "
              "(safety.shown_address)",)
_DOCX_PRIVATE = ("word metadata: core title, creator, language, days; no app or custom properties, thumbnail, "
                 "revision ids, other authors or initials",)


def _active_documents(project: Project, tree: Tree) -> list[str]:
    """Each PDF or Word document of the tree that does more than show its words (pdfactions: a script, an action on
    opening, a form that sends; docxactions: a remote template, a field, a macro), `path: what`: a hand commit named as
    a rebuild replaced a version's PDF, its digest in the manifest, by one running `app.launchURL` on opening, and
    `policy publish` served it. Kept by blob id once passed."""
    found = []
    folders = tuple(str(project.theme / folder) for folder in project.settings.pdf_fonts)  # (as building prints)
    faces = (*_PDF_FONTS, json.dumps([pdfengine.versions(), pdfengine.font_digests(folders)], sort_keys=True))
    for end, rules, judge, key in ((".pdf", _PDF_RULES, pdfactions.pdf_action, "publish.pdf-active"),
                                   (".pdf", _PDF_PRIVATE, pdfactions.pdf_private, "publish.pdf-private"),
                                   (".pdf", _PDF_HOVER, pdfhover.pdf_hover, "publish.pdf-hover"),
                                   (".pdf", _PDF_LINKS, pdflinks.pdf_link_shown, "publish.pdf-link"),
                                   (".pdf", _PDF_UNREAD, pdfunread.pdf_unread, "publish.pdf-unread"),
                                   (".pdf", _PDF_PLACES, pdfplaces.pdf_hidden, "publish.pdf-hidden"),
                                   (".pdf", faces, functools.partial(pdffonts.pdf_glyphs, folders=folders),
                                    "publish.pdf-font"),
                                   (".docx", _DOCX_PRIVATE, docxactions.docx_private, "publish.docx-private")):
        found += _judged(project, tree, rules, re.compile(rf"{re.escape(end)}\Z", re.I).search, endings=end.__eq__,
                         judge=_what_said(key, judge))
    # right to left allowed by the language a document is served under, not the one it says: judged apart, kept apart
    for rtl in (False, True):
        found += _judged(project, tree, (*_DOCX_RULES, "served right to left") if rtl else _DOCX_RULES,
                         functools.partial(_word_served, rtl=rtl), endings=".docx".__eq__,
                         judge=_what_said("publish.docx-active",
                                          functools.partial(docxactions.docx_action, served_rtl=rtl)))
    return sorted(found)


def _word_served(path: str, *, rtl: bool) -> bool:
    """Whether `path` is a Word document's served under a language written right to left (`rtl`) or not."""
    return path.lower().endswith(".docx") and docxactions.served_right_to_left(path) == rtl


def _what_said(key: str, judge: Callable[[bytes], str]) -> Callable[[bytes, list[str]], Said | None]:
    """A document's judge (`what` it holds, or "") as _judged asks it: the refusal `key` naming what."""
    def said(data: bytes, _paths: list[str]) -> Said | None:
        what = judge(data)
        return Said(key, what=what[:80]) if what else None
    return said


# JSON the theme's scripts show as HTML (Material's `innerHTML`): a search index's entries (its results' titles and
# teasers, a whole index being used as it is), a list of versions' titles and aliases (its version selector)
SEARCH_INDEX = "search_index.json"
VERSION_LISTS = ("versions.json", "versions-recent.json")
_KEPT_TAGS = frozenset({"p", "code", "pre", "li", "ol", "ul", "sub", "sup"})  # what Material's search plugin keeps
_JSON_RULES = ("json the theme shows: search entries of the plugin's tags, their tags words, lists of versions "
               "without markup",
               "search separators: a class of characters repeated")


def _rendered_json(project: Project, tree: Tree) -> list[str]:
    """Each search index or list of versions of the tree whose words the theme would show as markup, `path: what`:
    a version's index is trusted through its manifest, and an index holding entries is used as it is, its titles and
    texts written into the results as HTML (a link to another host among them). Kept by blob id once passed."""
    def judge(data: bytes, paths: list[str]) -> Said | None:
        kinds = {path.endswith(SEARCH_INDEX) for path in paths}  # (an index, a list of versions, or both)
        what = next((words for index in sorted(kinds, reverse=True) if (words := json_markup(data, index=index))), "")
        if what:
            return Said("publish.json-markup", what=what[:80])
        pattern = search_separator(data) if True in kinds else ""
        return Said("publish.search-separator", pattern=pattern[:80]) if pattern else None
    return _judged(project, tree, _JSON_RULES, lambda path: path.rpartition("/")[2] in (SEARCH_INDEX, *VERSION_LISTS),
                   endings=".json".__eq__, judge=judge)


def json_markup(data: bytes, *, index: bool) -> str:
    """The first words of a search index (`index`) or a list of versions that the theme would show as markup other
    than a search entry's kept tags (no attribute), or as a link off the site; "" when there are none."""
    try:
        value = json.loads(data)
    except ValueError:
        return ""  # the theme's script reads nothing from it
    if index:
        docs = value.get("docs") if isinstance(value, dict) else None
        entries = [doc for doc in docs if isinstance(doc, dict)] if isinstance(docs, list) else []
        shown = [(doc.get(key), _KEPT_TAGS) for doc in entries for key in ("title", "text")]
        # a result's tags too, each written into its `span.md-tag` as HTML (Material's h(); its tags plugin writes
        # words): `"tags": ["<a href=…>"]` put a link to another host under every result of the page (safety52 hunt)
        shown += [(tag, frozenset()) for doc in entries if isinstance(doc.get("tags"), list) for tag in doc["tags"]]
        links = [doc.get("location") for doc in entries]
    else:
        entries = [entry for entry in value if isinstance(entry, dict)] if isinstance(value, list) else []
        shown = [(words, frozenset()) for entry in entries
                 for words in [entry.get("title"), *(entry.get("aliases") or [])]]
        links = [entry.get("version") for entry in entries]
    for words, tags in shown:
        if isinstance(words, str) and "<" in words and safety.makes_markup(words, tags):
            return words
    return next((str(link) for link in links if isinstance(link, str) and (
        safety.leaves_site(link) or not (_in_version(link) if index else _one_folder(link)))), "")


# A JSON Feed (JSON Feed 1 and 1.1), which a feed reader takes by its `version` and shows: an item's `content_html` as
# HTML, the feed's and its items' pages followed, its icons, images and attachments fetched, its hub registered with.
# Publishing writes none; a `feed.json` put on the branch (any name: a reader subscribes to the address it is given)
# was read by no rule (safety59). `summary`, `content_text` and titles are plain text to a reader.
_JSON_FEED = re.compile(r"https?://jsonfeed\.org/version/", re.I)
_FEED_ADDRESSES = ("home_page_url", "feed_url", "next_url", "icon", "favicon", "url", "external_url", "image",
                   "banner_image", "avatar")
_FEED_RULES = ("json feeds: content_html's addresses, the feed's, items', authors', hubs' and attachments' addresses "
               "followed",)


def json_feed_elsewhere(data: bytes, *, host: str) -> str:
    """The first address a feed reader follows, fetches or shows the page of in the JSON Feed `data` that runs a script
    or leaves `host` (`_leaves`), or "": a file no reader takes for a JSON Feed names none. (A file without the words
    `jsonfeed` and without an escape, which could write them, is none: not parsed, as most of a branch's JSON.)"""
    if b"jsonfeed" not in data.lower() and b"\\" not in data:
        return ""
    try:
        value = json.loads(data)
    except ValueError:
        return ""
    if not isinstance(value, dict) or not isinstance(value.get("version"), str) \
            or not _JSON_FEED.match(value["version"].strip()):
        return ""
    for address in _feed_addresses(value):
        if _leaves(address, host):
            return address.strip()
    return ""


def _feed_addresses(value: dict) -> Iterator[str]:
    """Every address of a JSON Feed object (the feed, an item, an author, a hub, an attachment) and of those it holds,
    and those of an item's `content_html`."""
    for key in _FEED_ADDRESSES:
        if isinstance(value.get(key), str):
            yield value[key]
    if isinstance(value.get("content_html"), str):
        yield from html_addresses(value["content_html"])
    for key in ("items", "authors", "hubs", "attachments"):
        held = value.get(key)
        for one in held if isinstance(held, list) else []:
            if isinstance(one, dict):
                yield from _feed_addresses(one)
    if isinstance(value.get("author"), dict):  # (JSON Feed 1's one author)
        yield from _feed_addresses(value["author"])


def _json_feeds(project: Project, tree: Tree) -> list[str]:
    """Each JSON Feed of the tree naming an address another host or a script (`json_feed_elsewhere`), `path: what`.
    Kept by blob id once passed, under the site's host."""
    host = (urlsplit(project.settings.public_url).hostname or "").lower()
    rules = (*_FEED_RULES, f"addresses followed: of {host} only")
    def judge(data: bytes, _paths: list[str]) -> Said | None:
        elsewhere = json_feed_elsewhere(data, host=host)
        return Said("publish.feed-elsewhere", url=elsewhere[:80]) if elsewhere else None
    return _judged(project, tree, rules, lambda path: _maybe_feed(ending(path)), endings=_maybe_feed, judge=judge)


# A reader app subscribes to the address it is given and reads a JSON Feed whatever type the host sends (`feed.json`,
# `feed.txt`, `feed`, `x.jsonld`): every file of the tree is read so but pages, images, fonts, scripts, stylesheets,
# PDFs and Word documents (judged or vouched for otherwise, and no JSON)
def _maybe_feed(end: str) -> bool:
    """Whether a file of this `ending` may be read as a JSON Feed."""
    return end not in DOCUMENTS and (end not in NOT_XML or end in (".json", ".map", ".txt"))


def _in_version(location: str) -> bool:
    """Whether a search entry's location (`#s2`, `changes/`), which the theme links each result to from its version's
    folder, stays in that folder as the WHATWG URL parser reads it: an index written whole is used as it is, and
    `../../../other-project/` linked a result, under words no check read, to another site of the host (safety57)."""
    import ada_url

    try:
        url = ada_url.URL(location, "https://host.invalid/site/lang/version/")
    except ValueError:
        return False
    return url.host == "host.invalid" and url.pathname.startswith("/site/lang/version/")


def _one_folder(version: str) -> bool:
    """Whether a version's name is one folder beside the others, as the theme's and the site's scripts join it into an
    address (`../<version>/`: Material's version selector, policy.js' notices, compare.js' `../<version>/policy.json`,
    which it fetches and shows as that version's text), read by the WHATWG URL parser: `../../other-project/x`,
    `%2e%2e`, `a\\b` or `x?y` named another site of the host, or another file, as a version of the site's (safety57)."""
    if _PLAIN_FOLDER.fullmatch(version):  # (no character a URL parser reads otherwise: 15 µs a name, 1,000 a list)
        return True
    return _parsed_one_folder(version)


# A name of letters, digits, `-` and `_` (every dated version's): one path segment as it is, no dot segment
_PLAIN_FOLDER = re.compile(r"[A-Za-z0-9_-]+")


def _parsed_one_folder(version: str) -> bool:
    """`_one_folder` as the WHATWG URL parser reads `../<version>/`."""
    import ada_url

    try:
        url = ada_url.URL(f"../{version}/", "https://host.invalid/site/lang/page/")
    except ValueError:
        return False
    return url.host == "host.invalid" and not url.search and not url.hash \
        and re.fullmatch(r"/site/lang/[^/]+/", url.pathname) is not None


# What Material's search plugin writes as an index's separator (each language's `search.config.separator`: one class
# of characters, repeated), a pattern the theme's highlighter runs on the reader's words and the page's text
_SEPARATOR = re.compile(r"\[(?:\\.|[^\\\[\]])*\]\+")


def search_separator(data: bytes) -> str:
    """A search index's separator other than a class of characters repeated (`(a+)+$` hangs the page of every reader
    who searches: Material builds a `RegExp` of it in the page), or ""."""
    separator = safety.json_field(data, "config", "separator")
    return "" if separator is None or (isinstance(separator, str) and _SEPARATOR.fullmatch(separator)) \
        else str(separator) or "…"


def _uncompressed(data: bytes) -> bytes:
    """The XML a compressed file (MkDocs' sitemap.xml.gz, an .svgz) holds, its first `_XML_MOST` bytes: what a browser
    renders where a host serves it with `Content-Encoding: gzip`; data that is not gzip, as it is."""
    unpacker = zlib.decompressobj(wbits=31)
    try:
        return unpacker.decompress(data, _XML_MOST)
    except zlib.error:
        return data


_XML_MOST = 64 * 1024 * 1024


# Files a page may run as a script (`script-src 'self'`, `worker-src 'self'`): GitHub Pages serves these as JavaScript;
# and as a stylesheet (`style-src 'self'`), which hides and shows what it likes
SCRIPTS = (".js", ".mjs", ".cjs")
STYLES = (".css",)
# Files a browser never opens as XML, by their name's ending: the HTML pages the output check reads and SVG images
# (image_rules), scripts and stylesheets (vouched for), JSON, PDFs and Word documents (judged on their own), images,
# fonts, text. (Not an XHTML page: read as HTML, `<r><s:script xmlns:s="…xhtml">` or `<title><script>` in it ran no
# script the output check saw; publishing writes none.)
NOT_XML = (".html", ".htm", ".shtml", ".svg", *SCRIPTS, *STYLES, ".json", ".map", ".txt", ".pdf", ".docx", ".png",
           ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".woff", ".woff2", ".ttf", ".otf")


def _maybe_xml(end: str) -> bool:
    """Whether a file of this `ending` may be opened as XML (not one of NOT_XML's)."""
    return end not in NOT_XML


_SCRIPT_RULES = ("scripts: bytes of the installed theme or of the source branch's overrides",
                 "styles: trimmings of theirs")


def _unvouched_scripts(project: Project, tree: Tree) -> list[str]:
    """Each script or stylesheet the tree serves that nothing but the branch vouches for, `path: what`: a hand commit
    named as a rebuild added a shared theme folder holding a script, with its list, and a page linking it; the output
    check allows any local script, the Content-Security-Policy any of this origin (safety hunt 50). A script is the
    theme's when its git blob is a file of the installed theme (Material's) or one the source branch's `overrides/`
    ever held (an earlier generator's copy, an older version built with it), as it is or compacted as a build writes
    it; a stylesheet when it is a trimming of one of theirs of its name (stylesheet.trimmed_from): the branch's
    pushers write neither. One that passed is kept by its blob id (passcache): a warm machine pays one set look-up
    a file."""
    known = passcache.blobs_passed(project.passed, text=False, scripts=_SCRIPT_RULES)
    todo = {path: blob for path, blob in tree.unknown(known, (SCRIPTS + STYLES).__contains__)
            if path.lower().endswith(SCRIPTS + STYLES)}
    if not todo:
        return []
    forms: dict[str, list[tuple[str, bytes]]] = {}  # a file's name -> (blob, bytes) the theme's or site's files serve
    for name, data in [*_installed(), *_source_files(project)]:
        forms.setdefault(name, []).extend((git.blob_sha(form), form) for form in _served(name, data))
    blobs = {blob for served in forms.values() for blob, _form in served}
    styles = sorted({blob for path, blob in todo.items() if blob not in blobs and path.lower().endswith(STYLES)})
    with contextlib.closing(git.read_objects(project.repo, styles)) as contents:
        trimmed = {sha for sha, data in contents
                   if _a_trimming(sha, data, [form for path, blob in todo.items() if blob == sha
                                              for form in forms.get(path.rpartition("/")[2], [])])}
    vouched = blobs | trimmed
    passcache.keep_blobs(project.passed, sorted({blob for blob in todo.values() if blob in vouched}), text=False,
                         scripts=_SCRIPT_RULES)
    return [prefixed(path, Said("publish.script-unvouched")) for path, blob in sorted(todo.items())
            if blob not in vouched]


def _a_trimming(sha: str, data: bytes, sources: list[tuple[str, bytes]]) -> bool:
    """Whether the stylesheet `data` (blob `sha`) is a trimming of one of `sources` ((blob, bytes) pairs), each pair
    found so once a process (_TRIMMINGS): tinycss2's reading of Material's stylesheets costs some 0.4 s of CPU."""
    if any((sha, blob) in _TRIMMINGS for blob, _source in sources):
        return True
    css = data.decode("utf-8", "replace")
    for blob, source in sources:
        if stylesheet.trimmed_from(css, source.decode("utf-8", "replace")):
            _TRIMMINGS.add((sha, blob))
            return True
    return False


def _served(name: str, data: bytes) -> list[bytes]:
    """What a build serves of a theme's or the site's file `name` of bytes `data`: it as it is, without its source
    map's line (Material's `.min.` files: compact.theme_file), or compacted (compact.script, compact.style)."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return [data]
    compacted = compact.style(text) if name.lower().endswith(STYLES) else compact.script(text)
    return [data, compact.theme_file(name.lower(), data), compacted.encode("utf-8")]


def _source_files(project: Project) -> list[tuple[str, bytes]]:
    """Each script and stylesheet the source branch's history (HEAD's) ever held in the project's theme folder (its
    mkdocs.yml's `theme.custom_dir`, `overrides/` as `policy init` writes it), by its file's name."""
    folder = git.repo_path(project.repo, project.root / safety.theme_folder(project.theme))
    names = {fields.split()[3]: path.rpartition("/")[2] for _commit, _subject, fields, path in
             git.raw_changes(project.repo, "--no-merges", "HEAD", "--", folder)
             if path.lower().endswith(SCRIPTS + STYLES) and fields.split()[4] != "D"}
    blobs = sorted(names)
    with contextlib.closing(git.read_objects(project.repo, blobs)) as contents:
        return [(names[sha], data) for sha, data in contents]


@functools.cache
def _installed() -> tuple[tuple[str, bytes], ...]:
    """Each script and stylesheet of the installed theme (Material's), by its file's name, in the order of their paths.
    Its folder walked by name (os.walk): `rglob("*")` made and sorted a Path of each of its 14,500 files (search
    languages, icons) to keep 38, some 0.2 s of CPU a cold process (one that finds a script it has not vouched for)."""
    import material

    root = os.path.join(os.path.dirname(material.__file__), "templates")
    found = [os.path.join(folder, name) for folder, _dirs, names in os.walk(root)
             for name in names if name.lower().endswith(SCRIPTS + STYLES)]
    return tuple((Path(path).name, Path(path).read_bytes()) for path in sorted(found, key=lambda path: Path(path).parts)
                 if os.path.isfile(path))


# (blob, text judged, the theme's scripts) that passed in this process, whatever the repository
_PASSED: set[tuple[str, bool, tuple[str, ...]]] = set()
# (a stylesheet's blob, the blob of the theme's or the site's stylesheet it is a trimming of) found in this process,
# whatever the repository, as _PASSED: a fact of the two contents; a process publishing into several repositories (the
# test suite's workers, each command they fork) reads Material's stylesheets once, not once a repository
_TRIMMINGS: set[tuple[str, str]] = set()


def refuse_unsafe(project: Project, rev: str, *, branch: str) -> None:
    """Refuse to serve the commit `rev` of the branch if a page of it fails the output check (`unsafe`), naming
    each: the command's commit is left unreferenced, the branch as it was."""
    found = unsafe(project, git.list_files(project.repo, rev))
    if found:
        raise PublishError(Said("publish.unsafe-served", files=found[:5], more=max(len(found) - 5, 0),
                                branch=branch))
