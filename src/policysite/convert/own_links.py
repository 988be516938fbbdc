"""Links an old site's text makes to itself, and link words its renderer filled in.

A page's front matter lists the addresses the old site served it at (Jekyll's and GitHub Docs' `redirect_from`,
Hugo's `aliases`, `permalink`, `url`): a link to one of them, with a section's anchor, is a link into the text itself
(adoption hunt 27: GitHub's privacy statement links `/site-policy/privacy-policies/github-privacy-statement#what-are-
your-cookie-choices-and-controls`, its own section, and was unlinked as a page of the old site).

GitHub Docs writes `[AUTOTITLE](/path#anchor)`: its renderer puts the linked page's title there. No other renderer
does, and the reader saw "For more information, see AUTOTITLE." The word becomes the title of the section or text the
link lands on where the import has it, else the link's address in plain words, said.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from markdown_it.common.utils import normalizeReference

from policysite.messages import Said

# The front matter keys naming the addresses a page was served at, by the generators that read them.
ADDRESS_KEYS = ("redirect_from", "aliases", "permalink", "url")
# A path's first part naming a language (`/en/site-policy/…`, `/pt-BR/…`): the same page in the site's language.
_LANGUAGE_PART = re.compile(r"[a-z]{2,3}(?:[-_][A-Za-z]{2,4})?")
AUTOTITLE = re.compile(r"\[AUTOTITLE\]\(\s*<?(?P<target>[^()\s<>]+)>?(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
# The same written as a reference, `[AUTOTITLE][cookies]` over `[cookies]: /cookies`, or collapsed, `[AUTOTITLE][]`.
AUTOTITLE_REFERENCE = re.compile(r"\[AUTOTITLE\]\[(?P<label>[^\[\]\n]{0,999})\]")


def addresses(meta: Mapping[str, Any]) -> tuple[str, ...]:
    """The paths a front matter says the page was served at (a string or a list of strings under each key)."""
    found: list[str] = []
    for key in ADDRESS_KEYS:
        value = meta.get(key)
        for one in [value] if isinstance(value, str) else value if isinstance(value, list) else []:
            if isinstance(one, str) and (path := _path(one)):
                found.append(path)
    return tuple(dict.fromkeys(found))


def _path(address: str) -> str:
    """An address's path, compared as a server serves it: no host, no trailing slash, `.html` or `index.html`."""
    parts = urlsplit(address.strip())
    path = unquote(parts.path).strip()
    path = re.sub(r"(?:/index)?\.html?$", "", path).rstrip("/")
    return path.casefold() if path.startswith("/") else ""


def own_pages(targets: Iterable[str], ids: set[str], title: str, *, page: str = "") -> tuple[str, ...]:
    """The addresses (`https://automattic.com/privacy/`, `/privacy-policy`) the text's links (`targets`) use, with an
    anchor, only to land on its own headings (`ids`): its own page on the old site, where it names the text (its last
    path part a word of `title`) or is used with several of its anchors (adoption, session 28: Automattic's privacy
    policy links `https://automattic.com/privacy/#your-rights` nine times: an archived version's reader was sent to
    today's text instead of the section of the version read). So is `page`, the address the page says is its own (its
    canonical link, a web archive's capture of it), with an anchor the text has."""
    anchored: dict[str, set[str]] = {}
    relative: dict[str, set[str]] = {}  # `/privacy-policy#s3`, a path of the same site
    for target in targets:
        parts = urlsplit(target)
        if parts.scheme in ("http", "https") and parts.netloc and parts.fragment:
            anchored.setdefault(target.split("#", 1)[0], set()).add(unquote(parts.fragment))
        elif not parts.scheme and not parts.netloc and parts.path and parts.fragment and not parts.query:
            relative.setdefault(target.split("#", 1)[0], set()).add(unquote(parts.fragment))
    words = {word[:5] for word in re.findall(r"\w+", title.casefold()) if len(word) > 3}

    def named(address: str) -> bool:
        last = _path(address if address.startswith(("/", "http")) else "/" + address).rsplit("/", 1)[-1]
        return any(part[:5] in words for part in re.split(r"[-_.+]", last) if len(part) > 3)
    # (named, with one anchor the text has: its others, an older version's, land by their words or are said)
    own = [address for address, fragments in anchored.items()
           if fragments <= ids and len(fragments) > 1 or (named(address) or _same(address, page)) and fragments & ids]
    # A path is the text's where it names it or is the path of its absolute address (its anchors all the text's): the
    # same site's other pages are many, and a path used twice with anchors the text has is no proof (adoption 26).
    paths = {_path(address) for address in [*own, *([page] if page else [])]}
    own += [address for address, fragments in relative.items()
            if fragments <= ids and (named(address) or _path(address) in paths)]
    return tuple(own)


def _same(address: str, page: str) -> bool:
    """Whether `address` is `page` (its host without `www.`, its path as a server serves it)."""
    if not page:
        return False
    one, other = urlsplit(address), urlsplit(page)
    return (one.hostname or "").removeprefix("www.") == (other.hostname or "").removeprefix("www.") \
        and _path(address) == _path(page)


def hosts(addresses: Iterable[str]) -> frozenset[str]:
    """The hosts of `addresses` (absolute ones), without `www.`: the old site's, where they are the text's own."""
    return frozenset(host.removeprefix("www.") for address in addresses if (host := urlsplit(address).hostname or ""))


@dataclass(frozen=True)
class OldSite:
    """The site a text was published on: its `hosts` (`www.` left out), and the text's own `pages` there."""

    hosts: frozenset[str]
    pages: tuple[str, ...]

    def other_page(self, target: str) -> bool:
        """Whether `target` is an absolute web address of another page than the text's on one of the site's hosts."""
        parts = urlsplit(target)
        return parts.scheme in ("http", "https") and (parts.hostname or "").removeprefix("www.") in self.hosts \
            and _path(target) not in {_path(page) for page in self.pages} - {""}  # (its home page is another)


def own_fragment(target: str, own: tuple[str, ...]) -> str | None:
    """The fragment (maybe "") of a relative link to one of the text's `own` addresses; None for any other link."""
    parts = urlsplit(target)
    if not own or parts.scheme or parts.netloc or not parts.path:
        return None
    path = _path(parts.path)
    first, _, rest = path.lstrip("/").partition("/")
    if path in own or (rest and _LANGUAGE_PART.fullmatch(first) and f"/{rest}" in own):
        return unquote(parts.fragment)
    return None


def plain_words(target: str) -> str:
    """A link's address as words: its anchor's, else its last path part's (`/get-started/github-glossary#fork` is
    "fork", `/about-large-files-on-github` "About large files on github")."""
    parts = urlsplit(target)
    last = unquote(parts.fragment) or unquote(parts.path).rstrip("/").rsplit("/", 1)[-1]
    last = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", last)
    words = " ".join(re.split(r"[-_+\s]+", last)).strip()
    return words[:1].upper() + words[1:] if words else target


def autotitles(markdown: str, title_of: Callable[[str], str | None], add: Callable[[str, int], None],
               references: Mapping[str, Mapping[str, Any]] | None = None) -> str:
    """`markdown` with each `[AUTOTITLE](target)` given words: `title_of(target)` (the title of the section or text
    it lands on, None where the import has none), else the target in plain words; `add(note, line)` says each. So is
    each `[AUTOTITLE][label]` whose label `references` defines (label, as markdown-it normalises it -> its `href`),
    kept a reference link."""
    lines = markdown.split("\n")
    defined = references or {}
    for number, line in enumerate(lines, 1):
        def named(match: re.Match[str], number: int = number) -> str:
            label = match.groupdict().get("label")
            if label is not None:
                definition = defined.get(normalizeReference(label or "AUTOTITLE"))
                if definition is None:  # no such definition: no link, the words as written
                    return match.group(0)
                target = str(definition.get("href", ""))
            else:
                target = match["target"]
            title = title_of(target)
            if title:
                add(Said("convert.autotitle", title=title[:60], target=target), number)
            else:
                title = plain_words(target)
                add(Said("convert.autotitle/address", title=title[:60], target=target), number)
            words = title.replace('[', '(').replace(']', ')')
            return f"[{words}][{label or 'AUTOTITLE'}]" if label is not None else f"[{words}]({match['target']})"
        if "AUTOTITLE" in line:
            lines[number - 1] = AUTOTITLE_REFERENCE.sub(named, AUTOTITLE.sub(named, line))
    return "\n".join(lines)
