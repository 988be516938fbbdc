"""Where the pages sending readers on lead (the site's root page, a language's: `doors`): to a language's text in
force (its `latest/`, or a site of several documents' home page: writing.root_target), and nowhere else. The output
check reads the root page as any page without the theme's article (a redirect of lists and links, no other site's
address); a hand commit on the branch whose root page sent readers on to `en/2001-01-01/`, a withdrawn text, passed
every command's served check, and export's comparison with a rebuild alone named it (safety79)."""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import NamedTuple

from policysite import safety
from policysite.project import Project

# Elements whose address a browser follows, fetches or tells a search engine of from a redirect page, by attribute
_LEADING = (("a", "href"), ("area", "href"), ("link", "href"))


def addresses(html: str) -> Iterator[str]:
    """Each address the page `html` sends its reader to or names (a refresh's target, a link, a `<link>`), read as a
    browser reads it with scripting off (the refresh inside `<noscript>`) and on."""
    for scripting in (False, True):
        tree = safety.parsed(html, scripting=scripting)
        for meta in tree.css("meta"):
            if (meta.attributes.get("http-equiv") or "").strip().lower() == "refresh":
                yield safety.refresh_target(meta.attributes.get("content") or "")
        for tag, name in _LEADING:
            for node in tree.css(tag):
                if name in node.attributes:
                    yield node.attributes.get(name) or ""


def _base(html: str, page: str) -> str:
    """The address the page's relative addresses are read from: its first `<base href>` read from `page`'s, else
    `page`'s own."""
    import ada_url

    base = safety.parsed(html).css_first("base[href]")
    if base is None:
        return page
    try:
        return ada_url.URL(base.attributes.get("href") or "", page).href
    except ValueError:
        return page


def elsewhere(html: str, *, page: str, targets: frozenset[str]) -> str:
    """The first address of the page `html` served at `page` (an absolute address: the site's root) that is not one
    of `targets` (absolute addresses, without a query or section) as the WHATWG URL parser reads it, or "". A section
    (`#s7-3`) goes along, as the door's script takes it."""
    import ada_url

    base = _base(html, page)
    for address in addresses(html):
        try:
            url = ada_url.URL(address, base)
        except ValueError:
            return address or "…"
        url.hash = ""
        if url.href not in targets:
            return address or "…"
    return ""


class Door(NamedTuple):
    """A page sending readers on: its address, the addresses it may lead to, and the one it leads to, in words."""
    page: str
    targets: frozenset[str]
    shown: str


def doors(project: Project, served: Iterable[str] = ()) -> dict[str, Door]:
    """Each page of the site that sends readers on, by its path on the branch. The site's root (`index.html`): each
    language's text in force, or its root (a site of several documents' home page, writing.root_target; a site of
    one document's sends on to its text in force), a language's the configuration dropped too where the branch
    `served` (its paths) still holds its text in force (verify says the dropped language; its root page is no
    withdrawn text); a language's root (`en/index.html`, every further document's `en/cookies/index.html`, whichever
    document `project` is), where it sends readers on (not a site of several documents' home page): its own
    `latest/`."""
    import ada_url

    from policysite.writing import root_target

    settings = project.settings
    site = settings.public_url.rstrip("/") + "/"
    # (either form at the root, whatever the count of documents now: a further document's publication writes no root
    # page, and the one its first document's wrote while it stood alone leads to `fr/latest/`)
    codes = [language.code for language in settings.languages]
    codes += sorted({path.split("/", 1)[0] for path in served if path.endswith("/latest/index.html")
                     and path.count("/") == 2} - set(codes))
    found = {"index.html": Door(site, frozenset(ada_url.URL(target, site).href for code in codes
                                                for target in (f"{code}/", f"{code}/latest/")),
                                root_target(settings))}
    # every document's but a site of several documents' first, whose language root is the home page listing them,
    # whichever document the command is about: the further documents' were judged only by a command of their own
    # document's, verify's and the first's passed `en/terms/index.html` leading to a withdrawn terms (safety81)
    several = len(settings.all_documents) > 1
    for n, doc in enumerate(settings.all_documents):
        if several and n == 0:
            continue
        for language in settings.languages:
            base = settings.for_document(doc.id if n else "").base(language.code)
            page = ada_url.URL(f"{base}/", site).href
            found[f"{base}/index.html"] = Door(page, frozenset({f"{page}latest/"}), f"{base}/latest/")
    return found
