"""Where the pages sending readers on lead (the site's root page, a language's: `doors`): to a language's text in
force (its `latest/`, or a site of several documents' home page: writing.root_target), and nowhere else. The output
check reads the root page as any page without the theme's article (a redirect of lists and links, no other site's
address); a hand commit on the branch whose root page sent readers on to `en/2001-01-01/`, a withdrawn text, passed
every command's served check, and export's comparison with a rebuild alone named it (safety79)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from policysite import clock, periods, safety
from policysite.project import Project

# Elements whose address a browser follows, fetches or tells a search engine of from a redirect page, by attribute
_LEADING = (("a", "href"), ("area", "href"), ("link", "href"))


def addresses(html: str, within: str = "") -> Iterator[str]:
    """Each address the page `html` sends its reader to or names (a refresh's target, a link, a `<link>`), read as a
    browser reads it with scripting off (the refresh inside `<noscript>`) and on. `within`: the links of the first
    element that selector finds only (the refresh wherever it is), "…" where it finds none."""
    for scripting in (False, True):
        tree = safety.parsed(html, scripting=scripting)
        for meta in tree.css("meta"):
            if (meta.attributes.get("http-equiv") or "").strip().lower() == "refresh":
                yield safety.refresh_target(meta.attributes.get("content") or "")
        held = tree.css_first(within) if within else tree.root
        if held is None:
            yield "…"
            continue
        for tag, name in _LEADING:
            for node in held.css(tag):
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


def elsewhere(html: str, *, page: str, targets: frozenset[str], within: str = "", dated: frozenset[str] = frozenset(),
              withdrawn: frozenset[str] = frozenset()) -> str:
    """The first address of the page `html` served at `page` (an absolute address: the site's root) that is not one
    of `targets` (absolute addresses, without a query or section) as the WHATWG URL parser reads it, or "". A section
    (`#s7-3`) goes along, as the door's script takes it. `within`: addresses'. A dated version's folder in one of the
    folders `dated` (`…/en/terms/2021-01-10/`) is a target too, unless `withdrawn`."""
    import ada_url

    base = _base(html, page)
    for address in addresses(html, within):
        try:
            url = ada_url.URL(address, base)
        except ValueError:
            return address or "…"
        url.hash = ""
        if url.href not in targets and (url.href in withdrawn or not any(
                url.href.startswith(folder) and _DATED.fullmatch(url.href[len(folder):].removesuffix("/") or "-")
                and url.href.endswith("/") for folder in dated)):
            return address or "…"
    return ""


class Door(NamedTuple):
    """A page sending readers on: its address, the addresses it may lead to, and the one it leads to, in words;
    `within`, the element whose links alone are judged (a site of several documents' home page: its text), "" for all
    (a redirect)."""
    page: str
    targets: frozenset[str]
    shown: str
    within: str = ""
    dated: frozenset[str] = frozenset()  # (elsewhere's: folders whose dated versions it may lead to, but `withdrawn`)
    withdrawn: frozenset[str] = frozenset()


HOME_TEXT = "article.md-content__inner"  # (a home page's text: its title and home.page_body's list of documents)
_DATED = re.compile(r"\d{4}-\d{2}-\d{2}")


def home_door(page: str, bases: list[str], served: Iterable[str], *, lang: str, today: dt.date) -> Door:
    """The home page of a site of several documents at `page` (its language's root, `lang`), whose documents' folders
    are `bases` (`en`, `en/terms`): its text leads to each document's `latest/`, its history and its version in force
    on `today`, to its feed and to itself, nowhere else: not to a version the branch `served` (its paths) holds that
    two later ones replaced (a version publishing is writing is not on the branch yet)."""
    import ada_url

    served = set(served)
    targets = {page, ada_url.URL("updates.xml", page).href}
    dated, withdrawn = set(), set()
    for base in bases:
        folder = page + "".join(f"{part}/" for part in base.split("/")[1:])  # (`en/terms`: the page's `terms/`)
        targets |= {f"{folder}latest/", f"{folder}history/"}
        dated.add(folder)
        dates = sorted(path.split("/")[-2] for path in served if path.startswith(f"{base}/")
                       and path.count("/") == base.count("/") + 2 and path.endswith("/index.html")
                       and _DATED.fullmatch(path.split("/")[-2]))
        if dates:
            # (the one the version in force replaced too: a document's publication writes its version before the
            # home page is written again, and the branch between keeps the home page naming it: test_documents)
            before = [date for date in dates if date < periods.current(dates, today=today)]
            withdrawn |= {f"{folder}{date}/" for date in before[:-1]}
    return Door(page, frozenset(targets), ", ".join(f"{base}/latest/" for base in bases), HOME_TEXT,
                frozenset(dated), frozenset(withdrawn))


def doors(project: Project, served: Iterable[str] = (), *, today: dt.date | None = None) -> dict[str, Door]:
    """Each page of the site that sends readers on, by its path on the branch. The site's root (`index.html`): each
    language's text in force, or its root (a site of several documents' home page, writing.root_target; a site of
    one document's sends on to its text in force), a language's the configuration dropped too where the branch
    `served` (its paths) still holds its text in force (verify says the dropped language; its root page is no
    withdrawn text); a language's root (`en/index.html`, every further document's `en/cookies/index.html`, whichever
    document `project` is), where it sends readers on: its own `latest/`; a site of several documents' home page
    (`en/index.html`), whose text sends readers on to each document's text in force on `today` (home_door)."""
    import ada_url

    from policysite.writing import root_target

    settings = project.settings
    site = settings.public_url.rstrip("/") + "/"
    served = list(served)
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
        if several and n == 0:  # its language root: the home page, whose text leads to each document (safety83)
            for language in settings.languages:
                bases = [settings.for_document(other.id if k else "").base(language.code)
                         for k, other in enumerate(settings.all_documents)]
                found[f"{language.code}/index.html"] = home_door(
                    ada_url.URL(f"{language.code}/", site).href, bases, served, lang=language.code,
                    today=today or clock.today())
            continue
        for language in settings.languages:
            base = settings.for_document(doc.id if n else "").base(language.code)
            page = ada_url.URL(f"{base}/", site).href
            found[f"{base}/index.html"] = Door(page, frozenset({f"{page}latest/"}), f"{base}/latest/")
    return found
