"""A link of the text whose words name a version of the policy by its date (`the version of 1 February 2001`,
`2001-02-01`, `la version du 1er février 2001`) and that goes to the folder of another dated version of the site
(`../2001-01-01/`): a reader opening it takes the text it shows for the one its words name, the version in force on
another day than said (safety69). Judged where `policy check` reads the text's links (editorial.link-text), as a link
naming a section by its number is (safety.section_shown)."""
from __future__ import annotations

import contextlib
import datetime as dt
import functools
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


def _path_of(href: str) -> tuple[str, str] | None:
    """A link's path as the server reads it, its escapes decoded (`../2001%2D01-01/` is served the folder 2001-01-01:
    safety70), and its fragment; a web address's path after its host; None for another scheme (an e-mail)."""
    target = href.strip()
    web = target.lower().startswith(("http:", "https:", "//"))
    if _SCHEME.match(target) and not web:
        return None
    if web:
        target = "/" + target.split("//", 1)[-1].partition("/")[2]  # (its path, after the host)
    path, _, fragment = target.partition("#")
    return unquote(path.split("?", 1)[0]), fragment


def version_folder(href: str) -> dt.date | None:
    """The day of the last dated version folder a link goes to (a path of the site, or of a web address: the site's
    own, as the text may link it, `https://…/en/2001-01-01/`), its escapes decoded as the server decodes them, or the
    day the `at` page is asked (`../at/#2001-01-01`); None for a section of the page, a page of no version, an
    e-mail."""
    read = _path_of(href)
    if read is None:
        return None
    path, fragment = read
    asked = _AT_DAY.match(unquote(fragment)) if _AT_PAGE.search(path) else None
    days = [asked.group(1)] if asked else _FOLDER.findall(path)
    try:
        return dt.date.fromisoformat(days[-1]) if days else None
    except ValueError:
        return None


# A day written in digits, year last (`01/02/2001`, `1.2.2001`, `01-02-2001`): day first or month first, as its
# reader's country writes it
_YEAR_LAST = re.compile(r"(?<!\d)(\d{1,2})([/.\-])(\d{1,2})\2(\d{4})(?!\d)")


def _as_read(words: str) -> str:
    """`words` as a reader reads them: a soft hyphen or a zero-width space inside `Feb\u00adruary` drawn as nothing, a
    fullwidth `２００１－０２－０１` as ASCII (NFKC), as shown_address reads an address (safety70)."""
    from policysite.characters import as_seen

    return " ".join(as_seen(unicodedata.normalize("NFKC", words)).split())


def _year_last(words: str) -> tuple[str, list[dt.date]] | None:
    """(the date as written, the real days it may be: day first, month first) of the one date `words` write in
    digits year last, or None."""
    found = _YEAR_LAST.findall(words)
    if len(found) != 1:
        return None
    first, separator, second, year = found[0]
    days = set()
    for day, month in ((int(first), int(second)), (int(second), int(first))):
        with contextlib.suppress(ValueError):
            days.add(dt.date(int(year), month, day))
    return f"{first}{separator}{second}{separator}{year}", sorted(days)


@functools.cache
def _month_first(lang: str) -> bool:
    """Whether `lang`'s readers write a date in digits month first and only so: a country's English that does
    (`en-US`, as the Unicode CLDR's short date says, `M/d/yy`); not English alone, whose readers in Britain, Ireland
    or India write the day first (sync.writes_day_first reads the day-first languages)."""
    from babel import UnknownLocaleError
    from babel.dates import get_date_format

    if "-" not in lang and "_" not in lang:
        return False
    try:
        pattern = get_date_format("short", locale=lang.replace("-", "_")).pattern
    except (UnknownLocaleError, ValueError):
        return False
    day, month, year = (pattern.find(letter) for letter in "dMy")
    return -1 < month < day < year


def unclear_day(words: str, lang: str) -> tuple[str, dt.date, dt.date] | None:
    """(the date as written, its day-first day, its month-first day) where `words` write one date in digits year last
    that a reader may read as two days (`01/02/2001`: 1 February or January 2) and `lang`'s readers do not all read
    one way (English alone; a language writing the year first); else None."""
    from policysite import sync

    read = _year_last(_as_read(words))
    if read is None or len(read[1]) != 2 or sync.day_first_form(read[0]) or sync.writes_day_first(lang) \
            or _month_first(lang):
        return None  # (`01.04.2024`, with dots, is day first in any language: adopt56)
    written, _days = read
    first, _sep, second, year = _YEAR_LAST.findall(written)[0]
    return (written, dt.date(int(year), int(second), int(first)), dt.date(int(year), int(first), int(second)))


def named_day(words: str, lang: str) -> dt.date | None:
    """The one day `words` write, as digits (`2001-02-01`; year last, `01/02/2001`, as `lang`'s readers read it: day
    first in French, month first in `en-US`; the one real day of `13/02/2001`) or with a month's name in English or
    `lang`, as a reader reads them, or None (for two days a reader may read: unclear_day)."""
    from policysite import sync
    from policysite.convert import ConvertError, sources  # (an import's reader of dates in names: the same readings)

    words = _as_read(words)
    if not any(char.isdigit() for char in words):
        return None
    if (read := _year_last(words)) is not None and not re.search(r"\d{4}-\d{2}-\d{2}", words):
        written, days = read
        first, _sep, second, year = _YEAR_LAST.findall(written)[0]
        if len(days) == 1:
            return days[0]
        if sync.day_first_form(written) or sync.writes_day_first(lang):
            return dt.date(int(year), int(second), int(first))
        if _month_first(lang):
            return dt.date(int(year), int(first), int(second))
        return None
    try:
        return sources.date_in_name(words, languages=(lang,))
    except ConvertError:
        return None


def compared_days(href: str) -> tuple[str, str] | None:
    """The two versions the site's compare page is asked to compare (`../compare/#2001-01-01..2001-02-01`, as
    compare.js reads its fragment, undecoded), or None."""
    path, _, fragment = href.strip().partition("#")
    if not _COMPARE_PAGE.search(unquote(path.split("?", 1)[0])) or not (pair := _PAIR.fullmatch(fragment)):
        return None
    return pair.group(1), pair.group(2)


# A link to the page it is on (`#s2`, `./`, `index.html#s2`, ``), which shows this version's text; and to the site's
# alias of the version in force (`../latest/`), whichever that is the day it is opened (branch.LATEST)
_THIS_PAGE = re.compile(r"(?:\./)?(?:index\.html)?")
_LATEST_PAGE = re.compile(r"(?:^|/)latest(?:/(?:index\.html)?)?$")


@functools.cache
def _version_words(lang: str) -> tuple[str, str]:
    """The site's own words in `lang` for a version of a day (`version of`, `version du`, `Fassung vom`: its
    `version_title` without the day) and for the version a page shows (`this version`: `current_version`)."""
    from policysite.strings import strings

    said = strings(lang)
    return (" ".join(said["version_title"].replace("{date}", " ").split()).strip(" .,:;").casefold(),
            " ".join(said["current_version"].split()).casefold())


@functools.cache
def _in_force(lang: str) -> str:
    """The site's own words in `lang` for a version in force (`in force`, `en vigueur`, `in Kraft`: `in_force`)."""
    from policysite.strings import strings

    return " ".join(strings(lang)["in_force"].split()).casefold()


def _say(words: str, phrase: str) -> bool:
    """Whether `words`, as a reader reads them, say `phrase` (casefolded)."""
    read = _as_read(words).casefold()
    return bool(phrase) and phrase in read


@functools.lru_cache(maxsize=4096)  # (a pure function of four strings, asked of each link of each page built)
def version_shown(href: str, words: str, lang: str, own: str = "", *, unclear: bool = True) -> str:
    """Why a link whose words are `words` goes to another dated version than the one they name (or to the comparison
    of two others), or "". With `own`, the day of the version the link is in (ISO), also why one whose words name a
    version (the site's words for one: `version of …`, `this version`) goes elsewhere than they say: words naming a
    version of another day on a link to its own page (`#s2`), to the alias of the version in force (`../latest/`);
    words naming this version on a link to another (safety71). A day in digits that `lang`'s readers read two ways
    (`01/02/2001` in English alone) on such a link is why too, unless not `unclear`: the output check, which knows
    the page's language without its country (`en` of `en-US`), leaves it to the text's check (safety75)."""
    target = version_folder(href)
    pair = compared_days(href) if target is None else None
    read = _path_of(href) if own and target is None and pair is None else None
    shown = " ".join(words.split())[:60]
    if unclear and (day := unclear_day(words, lang)) is not None and (
            target is not None or pair is not None or read is not None and _say(words, _version_words(lang)[0])):
        # a day in digits its readers read two ways, on a link to a version (or naming one): which it names is
        # the reader's guess, whichever it goes to (safety75)
        return Said("link.unclear-day", words=shown, written=day[0], first=day[1].isoformat(),
                    second=day[2].isoformat())
    if read is not None and _version_words(lang)[0] and _say(words, _version_words(lang)[0]):
        named = named_day(words, lang)
        if named is not None and named.isoformat() != own and _THIS_PAGE.fullmatch(read[0]):
            return Said("link.shows-version", words=shown, named=named.isoformat(), version=own)
        if named is not None and _LATEST_PAGE.search(read[0]):
            return Said("link.shows-latest", words=shown, named=named.isoformat())
        return ""
    named = named_day(words, lang) if target is not None or pair is not None else None
    if target is not None and own and target.isoformat() != own and named is None \
            and _say(words, _version_words(lang)[1]):
        return Said("link.shows-this-version", words=shown, own=own, version=target.isoformat())
    if target is not None and own and target.isoformat() != own and named is None and _say(words, _in_force(lang)):
        # `[the version in force](../2001-01-01/)` on the page of 2001-02-01: the text in force when it was written is
        # the page's own, and the one in force when it is read is latest/'s; never another dated version (safety77)
        return Said("link.shows-in-force", words=shown, own=own, version=target.isoformat())
    if named is None or named == target or pair is not None and named.isoformat() in pair:
        return ""
    if pair is not None:  # (`changes of 1 March 2001` opening those between two other versions: safety70)
        return Said("link.shows-comparison", words=shown, named=named.isoformat(), old=pair[0], new=pair[1])
    assert target is not None
    return Said("link.shows-version", words=shown, named=named.isoformat(), version=target.isoformat())
