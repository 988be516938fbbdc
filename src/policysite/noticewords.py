"""The words of the site's notices at the top of a page's text (main.html's content block: the print's line, an upcoming
version's notice and banner, what a page says of a section it lacks, with scripts and without), as the published page's
check judges them: the words the build writes there, in the page's language, and nothing else.

The notices hide their words from the eye on screen, or show them on paper only, or until a script shows them: the
output check accepted a notice's class where the build writes it (safety62) whatever it said: a page whose print line
said "We sell your data." (a hand edit of the branch, a template) hid the sentence from every reader of the screen and
showed it on every printout (safety63). The words a script puts in (`data-policy-accessed`,
`data-policy-renumbered`, `data-policy-split`, `data-policy-untitled`) are judged as the words they are. The archive
keeps the pages earlier versions of the tool wrote and every command judges them again: the words those wrote where
today's build writes others (FORMER) are accepted too."""
from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.formerwords import FORMER
from policysite.strings import as_written, base_language, digits, long_date, redline_labels, strings

# The notices' classes (safety.NOTICES), in the order the build writes them
CLASSES = ("policy-print", "policy-upcoming-self", "policy-upcoming", "policy-missing", "policy-unscripted")
URL = "\0url\0"  # where a print line's address stands in the words it is judged against
_ADDRESS = re.compile(r"https?://[^\s<>\"]+")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
# The attributes the build writes on a notice and on the elements in it: any other may say words (a `title`, an
# `aria-label`, an image's `alt`) that no judge of the notice's words read
_NOTICE_ATTRIBUTES = frozenset({"class", "role", "hidden", "lang", "dir", "data-search-exclude", "data-policy-upcoming",
                                "data-policy-version", "data-policy-up", "data-policy-renumbered",
                                "data-policy-split", "data-policy-untitled"})
_INNER = {"span": frozenset({"class", "dir", "lang", "data-policy-accessed", "data-policy-digits", "hidden"}),
          "a": frozenset({"href", "data-policy-keep-section"}), "time": frozenset({"lang", "dir"}),
          "p": frozenset({"lang", "dir"})}
_INNER_CLASSES = (["policy-print-url"], ["policy-accessed"])  # (a span's: the print line's address, its day read)


def said(text: str) -> str:
    """`text` as the judge compares it: its spaces (a no-break one among them) one ordinary space, none at its ends, its
    digits 0-9 (a page built before the site chose other digits for its language, strings.choose_digits, wrote its
    dates in those: `۱ مارس ۲۰۲۲`, `1 مارس 2022`)."""
    return " ".join(text.translate(_DIGITS).split())


class _Digits(dict):
    """str.translate's table of every decimal digit to its ASCII one (others left)."""

    def __missing__(self, code: int) -> int:
        value = unicodedata.decimal(chr(code), None)
        self[code] = code if value is None else ord("0") + value
        return self[code]


_DIGITS = _Digits()


@functools.lru_cache(maxsize=4096)
def _values(key: str, lang: str) -> tuple[str, ...]:
    """Each string of `key` the build wrote in pages of `lang`: today's, and the former ones (FORMER) of `lang`, of its
    base language, and of English where `lang` reads it in English (the site has no such words in it)."""
    today = strings(lang)[key]
    layers = [lang, base_language(lang), *(["en"] if today == strings("en")[key] else [])]
    former = [said for code in dict.fromkeys(layers) for said in FORMER.get(code, {}).get(key, ())]
    return (today, *(as_written({key: said}, lang)[key] for said in former))


def _dated(template: str, lang: str, days: set[dt.date]) -> list[str]:
    return [template.replace("{date}", long_date(day, lang)) for day in sorted(days)] if "{date}" in template \
        else [template]


def expected(kind: str, lang: str, *, days: set[dt.date], site: str = "", title: str = "") -> list[str]:
    """The words (`said`) the build writes in a notice of class `kind` on a page of `lang` whose version is one of
    `days` (a print line: its address as URL), `site` and `title` the site's name and the page's heading (an archive
    page's print line)."""
    t = strings(lang)
    link = {"policy-upcoming-self": "archived_link", "policy-missing": "history_link",
            "policy-unscripted": "history_link"}
    if kind == "policy-print":
        out = [f"{words}{t['sentence_space']}{online} {URL}" for template in _values("version", lang)
               for words in _dated(template, lang, days) for online in _values("pdf_url", lang)]
        if site and title:
            out.append(f"{site}{t['colon']}{title}{t['full_stop']}{t['sentence_space']}{t['pdf_url']} {URL}")
    elif kind == "policy-upcoming":
        out = [banner.replace("{date}", "") + link for banner in _values("upcoming_banner", lang)
               for link in _values("upcoming_link", lang)]
    else:
        key = {"policy-upcoming-self": "upcoming_self", "policy-missing": "section_missing",
               "policy-unscripted": "section_missing_unscripted"}[kind]
        words = [said for template in _values(key, lang) for said in _dated(template, lang, days)]
        out = [*words, *(f"{one} {linked}" for one in words for linked in _values(link[kind], lang))]
    return [said(one) for one in out]


@functools.lru_cache(maxsize=256)
def _attribute_words(lang: str) -> dict[str, list[str]]:
    """The words each attribute a script shows holds, as the build writes them in a notice."""
    return {"data-policy-accessed": [said(one) for one in _values("accessed", lang)],
            "data-policy-renumbered": [said(one) for one in _values("section_renumbered", lang)],
            "data-policy-split": [said(one) for one in _values("section_split", lang)],
            "data-policy-untitled": [said(redline_labels(lang)["untitled_section"])],
            "data-policy-digits": [said(digits(lang)) or "0123456789"]}


def unwritten(notice: LexborNode, lang: str, *, days: set[dt.date], site: str = "", title: str = "") -> str:
    """What of the notice `notice` (an element of one of CLASSES) the build never writes there, quoted, or "": words
    other than `expected`'s, an element or an attribute of another kind, words a script shows that are not the
    site's."""
    kind = next(name for name in CLASSES if name in (notice.attributes.get("class") or "").split())
    odd = sorted(str(name) for name in notice.attributes if str(name).lower() not in _NOTICE_ATTRIBUTES)
    if odd:
        return odd[0]
    scripted = _attribute_words(lang)
    for node in list(notice.traverse(include_text=False))[1:]:  # (the notice itself first)
        tag = (node.tag or "").lower()
        if tag.startswith("-"):  # (a comment)
            continue
        if tag not in _INNER:
            return f"<{tag}>"
        for name, value in node.attributes.items():
            name = str(name).lower()
            if name not in _INNER[tag] or name == "class" and (value or "").split() not in _INNER_CLASSES:
                return f"<{tag} {name}>"
    for node in notice.traverse(include_text=False):
        for name, value in node.attributes.items():
            name = str(name).lower()
            if name in scripted and said(value or "") not in scripted[name]:
                return f"{name}=“{said(value or '')[:60]}”"
    words = said(notice.text(deep=True))
    shown = _ADDRESS.sub(URL, words) if kind == "policy-print" else words
    if shown not in expected(kind, lang, days=days, site=site, title=title):
        return words[:80]
    return ""


def days_named(tree: LexborHTMLParser, file: str) -> set[dt.date]:
    """The days a page's notices may name: its version's, from its path (`fr/2022-03-01/…`), its print line's address,
    its upcoming banner's version (a page at latest/ names its version in these only)."""
    named = _DAY.findall(file)
    for node in tree.css(".policy-print, [data-policy-version]"):
        named += _DAY.findall(node.attributes.get("data-policy-version") or "")
        named += [day for address in _ADDRESS.findall(node.text(deep=True)) for day in _DAY.findall(address)]
    days = set()
    for day in named:
        try:
            days.add(dt.date.fromisoformat(day))
        except ValueError:
            continue
    return days


def page_notices(tree: LexborHTMLParser, file: str) -> Iterator[tuple[LexborNode, str]]:
    """Each notice of the page (an element of one of CLASSES, wherever it is) and what of it the build never writes
    there (`unwritten`), those it writes as it does left out."""
    lang = ((tree.root.attributes.get("lang") if tree.root is not None else "") or "en").strip() or "en"
    days = days_named(tree, file)
    site_node = tree.css_first(".md-header__topic .md-ellipsis")
    heading = tree.css_first("article.md-content__inner h1")
    site = said(site_node.text(deep=True)) if site_node is not None else ""
    title = said(heading.text(deep=True).replace("\u00b6", "")) if heading is not None else ""
    seen: set[int] = set()
    for notice in tree.css(", ".join(f".{name}" for name in CLASSES)):
        if notice.mem_id in seen:
            continue
        seen.add(notice.mem_id)
        if what := unwritten(notice, lang, days=days, site=site, title=title):
            yield notice, what
