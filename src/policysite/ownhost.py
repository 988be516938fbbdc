"""Hosts that pass for the site's own: `dia1once.com`, `dialonce.corn`, `diaIonce.com` read as `dialonce.com`.

A link to such a host is one a reader trusts as the company's (its forms, its contact page) and that goes to whoever
registered the name. Each host is read as a reader sees it: the ASCII letters and digits that pass for others in the
fonts of a page (`1` and `l`, `0` and `o`, `rn` and `m`, `vv` and `w`, `cl` and `d`), accents aside. A host mixing
scripts, or written in letters of another script passing for Latin ones, is the link checks' already
(safety.deceptive_link).
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from policysite.addresses import browser_host
from policysite.messages import Said

# Letters and digits a reader takes for others, each as the one it passes for (Unicode's confusables within ASCII,
# as they look in the sans-serif fonts of a page and of an address bar)
_FOLDS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("|", "l"))


def host_of(url: str) -> str:
    """The host a browser goes to for `url` (an http or https address, or one starting `//`), or that a mail to it is
    sent to (`mailto:dpo@dia1once.com`), "" for any other."""
    written = url.strip()
    if re.match(r"(?i)mailto:", written):
        return browser_host(unquote(written[7:].partition("?")[0]).rpartition("@")[2].strip())
    if not re.match(r"(?i)(https?:)?//", written):
        return ""
    try:
        return browser_host(urlsplit(written).hostname or "")
    except ValueError:  # (a host no URL parser reads: the link checks refuse it)
        return ""


def seen_as(host: str) -> str:
    """`host` as a reader sees it: a punycode label (`xn--dialonc-gya`) as the letters a browser shows for it, accents
    aside, hyphens inside a name too (`dial-once` and `dialonce` read as one name), each letter or digit that passes
    for another as that other."""
    shown = ".".join(_shown_label(label) for label in host.lower().split("."))
    plain = "".join(char for char in unicodedata.normalize("NFKD", shown)
                    if not unicodedata.combining(char) and char != "-")
    for written, seen in _FOLDS:
        plain = plain.replace(written, seen)
    return plain


def _shown_label(label: str) -> str:
    """A host's label as a browser's address bar shows it: `xn--…` decoded (safety94: `xn--dialonc-gya.com` passed
    where `dialoncé.com` was refused)."""
    if not label.startswith("xn--"):
        return label
    import idna

    try:
        return idna.decode(label)
    except (idna.IDNAError, UnicodeError, ValueError):
        return label


def _near_ending(ending: str, own: str) -> bool:
    """Whether the ending `ending` is one slip of the site's own `own` of three letters or more (a letter dropped,
    added, changed or two swapped: `.co`, `.cm`, `.om`, `.con`, `.cmo` for `.com`: the registries of Colombia,
    Cameroon and Oman sell such names for the typing errors they catch). Not two country endings, one letter apart as
    many are (`.de`, `.dk`), which a company holds for its countries."""
    if ending == own or len(own) < 3:
        return False
    if len(ending) == len(own):
        differ = [n for n, (one, other) in enumerate(zip(ending, own)) if one != other]
        return len(differ) == 1 or (len(differ) == 2 and differ[1] == differ[0] + 1
                                    and ending[differ[0]] == own[differ[1]] and ending[differ[1]] == own[differ[0]])
    shorter, longer = sorted((ending, own), key=len)
    return len(longer) - len(shorter) == 1 and any(longer[:n] + longer[n + 1:] == shorter for n in range(len(longer)))


def passes_for(host: str, own: str) -> str:
    """The part of the site's host `own` (its name and its ending, `dialonce.com`, or more of it) that `host`, another
    host, passes for, or "": `dia1once.com`, `www.dia1once.com`, `dial-once.com` and `xn--dialonc-gya.com` pass for
    `dialonce.com`, and so do its name under an ending one slip away (`dialonce.co`: _near_ending);
    `privacy.dialonce.com` and `dialonce.com` itself are the site's. (A name of its own joined to another word,
    `dialonce-support.com`, is not judged: companies hold such names, `google-analytics.com`, and the site has no list
    of the company's hosts.)"""
    host, own = browser_host(host), browser_host(own)
    labels, owned = host.split("."), own.split(".")
    if not host or not own or len(owned) < 2:
        return ""
    for count in range(len(owned), 1, -1):  # (the longest part of the site's host first)
        tail, written = ".".join(owned[-count:]), ".".join(labels[-count:])
        if len(labels) < count or written == tail:
            continue
        if seen_as(written) == seen_as(tail) or (
                seen_as(".".join(labels[-count:-1])) == seen_as(".".join(owned[-count:-1]))
                and _near_ending(labels[-1], owned[-1])):
            return tail
    return ""


def passing_for(href: str, site_host: str) -> Said | None:
    """Why a link to `href` passes for one to the site's own host `site_host` (passes_for), or None: a mail to
    `dpo@dia1once.com` reaches whoever holds that name, a reader's request with it."""
    host = host_of(href)
    if not host or not (own := passes_for(host, site_host)):
        return None
    if not seen_as(host).endswith(seen_as(own)):  # (its name the site's, under an ending one slip from its own)
        return Said("link.host-passes-for/ending", host=host[:60], own=own, ending=host.rpartition(".")[2][:20])
    return Said("link.host-passes-for", host=host[:60], own=own, seen=seen_as(host)[:60])
