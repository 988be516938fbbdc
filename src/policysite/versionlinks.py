"""A link of the text whose words name a version of the policy by its date (`the version of 1 February 2001`,
`2001-02-01`, `la version du 1er février 2001`) and that goes to the folder of another dated version of the site
(`../2001-01-01/`): a reader opening it takes the text it shows for the one its words name, the version in force on
another day than said (safety69). Judged where `policy check` reads the text's links (editorial.link-text), as a link
naming a section by its number is (safety.section_shown)."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import unquote

from policysite.messages import Said

# A dated version's folder in a link's path, as the site names its versions (`…/2001-01-01/`, `../2001-01-01`)
_FOLDER = re.compile(r"(?:^|/)(\d{4}-\d{2}-\d{2})(?=/|$)")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
# The site's `at` page (`../at/`, `…/en/at/index.html`), which opens the version in force on the day its fragment asks
_AT_PAGE = re.compile(r"(?:^|/)at(?:/(?:index\.html)?)?$")
_AT_DAY = re.compile(r"(\d{4}-\d{2}-\d{2})(?:[/#]|$)")
# The site's compare page, and the pair of versions its fragment asks for (compare.js)
_COMPARE_PAGE = re.compile(r"(?:^|/)compare(?:/(?:index\.html)?)?$")
_PAIR = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


def version_folder(href: str) -> dt.date | None:
    """The day of the last dated version folder a link goes to (a path of the site, or of a web address: the site's
    own, as the text may link it, `https://…/en/2001-01-01/`), its escapes decoded as the server decodes them, or the
    day the `at` page is asked (`../at/#2001-01-01`); None for a section of the page, a page of no version, an
    e-mail."""
    target = href.strip()
    web = target.lower().startswith(("http:", "https:", "//"))
    if _SCHEME.match(target) and not web:
        return None
    if web:
        target = "/" + target.split("//", 1)[-1].partition("/")[2]  # (its path, after the host)
    path, _, fragment = target.partition("#")
    # the path as the server reads it, its escapes decoded (`../2001%2D01-01/` is served the folder 2001-01-01:
    # safety70), and the day the `at` page opens, its fragment's (at.js: `at/#2001-01-01`, `#2001-01-01/s3`)
    path = unquote(path.split("?", 1)[0])
    asked = _AT_DAY.match(unquote(fragment)) if _AT_PAGE.search(path) else None
    days = [asked.group(1)] if asked else _FOLDER.findall(path)
    try:
        return dt.date.fromisoformat(days[-1]) if days else None
    except ValueError:
        return None


def named_day(words: str, lang: str) -> dt.date | None:
    """The one day `words` write, as digits (`2001-02-01`) or with a month's name in English or `lang`, as a reader
    reads them, or None."""
    from policysite.convert import ConvertError, sources  # (an import's reader of dates in names: the same readings)
    from policysite.safety import IGNORABLE

    # as a reader reads them: a soft hyphen or a zero-width space inside `Feb\u00adruary` drawn as nothing, a fullwidth
    # `２００１－０２－０１` as ASCII (NFKC), as shown_address reads an address (safety70)
    words = IGNORABLE.sub("", unicodedata.normalize("NFKC", words))
    if not any(char.isdigit() for char in words):
        return None
    try:
        return sources.date_in_name(" ".join(words.split()), languages=(lang,))
    except ConvertError:
        return None


def compared_days(href: str) -> tuple[str, str] | None:
    """The two versions the site's compare page is asked to compare (`../compare/#2001-01-01..2001-02-01`, as
    compare.js reads its fragment, undecoded), or None."""
    path, _, fragment = href.strip().partition("#")
    if not _COMPARE_PAGE.search(unquote(path.split("?", 1)[0])) or not (pair := _PAIR.fullmatch(fragment)):
        return None
    return pair.group(1), pair.group(2)


def version_shown(href: str, words: str, lang: str) -> str:
    """Why a link whose words are `words` goes to another dated version than the one they name (or to the comparison
    of two others), or ""."""
    target = version_folder(href)
    pair = compared_days(href) if target is None else None
    named = named_day(words, lang) if target is not None or pair is not None else None
    if named is None or named == target or pair is not None and named.isoformat() in pair:
        return ""
    shown = " ".join(words.split())[:60]
    if pair is not None:  # (`changes of 1 March 2001` opening those between two other versions: safety70)
        return Said("link.shows-comparison", words=shown, named=named.isoformat(), old=pair[0], new=pair[1])
    assert target is not None
    return Said("link.shows-version", words=shown, named=named.isoformat(), version=target.isoformat())
