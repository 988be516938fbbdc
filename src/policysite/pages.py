"""What the site adds around the policy text: dates, version information, language links."""
from __future__ import annotations

import datetime as dt
import html
import json
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping, MutableMapping
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment
from markupsafe import Markup, escape
from selectolax.lexbor import LexborHTMLParser

from policysite import clock, feed, pdf as pdf_file, sync
from policysite.document import anchor_for, decode, front
from policysite.settings import Release, Settings, docs_page
from policysite.strings import (
    aside,
    aside_marks,
    blank,
    counted,
    date_marked,
    digits,
    direction,
    html_format,
    in_language,
    language_in_sentence,
    long_date,
    marks,
    number_format,
    of_company,
    plural_forms,
    plural_rule,
    redline_labels,
    spoken,
    strings,
)


def alternates(settings: Settings, *, current: str, version: str | None = None,
               page: str = "", languages: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Theme language-switcher entries, relative to a language's root (`../en/`).

    A dated version links the same version in the other language (`../../en/2021-02-17/`), and
    a page other than the policy (`page`, its URL: `changes/`) the same page in it; only in the
    `languages` the version has, when given (a version older than a translation has no page in it).
    """
    up = "../" * (settings.depth + (1 if version else 0))
    folder = f"/{version}/" if version else "/"
    return [{"name": lang.name, "lang": lang.code, "link": up + settings.base(lang.code) + folder + page}
            for lang in settings.languages if not languages or lang.code in languages]


def side_by_side(settings: Settings, *, lang: str, release: Release) -> list[dict[str, Any]]:
    """Language-switcher entries for each translation of the version beside the authoritative text
    (`../../en/2021-02-17/side-by-side/`), named in the page's language."""
    t = strings(lang)
    source = settings.language(settings.authoritative)
    return [{"name": t["sides_link"].format(source=source.name, translation=other.name), "lang": other.code,
             "link": "../" * (settings.depth + 1) + f"{settings.base(other.code)}/{release.version}/side-by-side/",
             "sides": "1", "parts": named_parts(t["sides_link"], lang=lang, source=(source.name, source.code),
                                                translation=(other.name, other.code))}
            for other in settings.languages if other.code != settings.authoritative
            and (not release.languages or other.code in release.languages)]


def named_parts(template: str, *, lang: str, **names: tuple[str, str]) -> list[dict[str, str]]:
    """`template`'s words and, in place of each `{field}`, a language's name written in that language, `names`
    giving each field's (name, code): each part with the language and direction a reader's screen reader and
    browser need (the name's; the site's words are `lang`'s, or English where the site has none in it), so that
    "English" in "Français et English côte à côte" is said as English (WCAG 3.1.2)."""
    words = spoken(lang)
    parts = []
    for literal, field, _, _ in string.Formatter().parse(template):
        if literal:
            parts.append({"text": literal, "lang": "" if words == lang else words,
                          "dir": "" if words == lang else direction(words)})
        if field is not None:
            name, code = names[field]
            parts.append({"text": name, "lang": "" if code == lang else code,
                          "dir": "" if code == lang else direction(code)})
    return parts


def latest_url(settings: Settings, *, lang: str, release: Release) -> str:
    """Where search engines find the text in force: the latest version of the page's language."""
    return f"{settings.public_url}{settings.base(lang)}/{release.latest}/"


def published_languages(settings: Settings, manifests: Iterable[Any]) -> tuple[str, ...]:
    """The site's languages with a published version (in one of `manifests`, each with its `languages`), in the
    settings' order: those a reader can be sent to (one configured before its first version would be a dead link)."""
    having = {code for manifest in manifests for code in manifest.languages}
    return tuple(language.code for language in settings.languages if language.code in having)


def front_door(settings: Settings, *, lang: str | None = None, languages: tuple[str, ...] = ()) -> dict[str, Any]:
    """What a page that sends readers on says if they stay (no refresh: a setting, a text browser): the site's name
    as its title, and a link to each language's text in force, named in that language (the home page of a site of
    several documents). At the site's root (`lang` None) every language (of `languages`, those published, when
    given), the authoritative one first; at a language's root, that language's, relative to it."""
    several = len(settings.all_documents) > 1 and not settings.document  # (a further document's folder: its text)
    key = "home_title" if several else "site_name"
    codes = [lang] if lang else [settings.authoritative] + [c.code for c in settings.languages
                                                             if c.code != settings.authoritative
                                                             and (not languages or c.code in languages)]
    # `hreflang` the language of the text it leads to, which the door's script matches the reader's languages with;
    # `lang` that of its words (English where the site has none in the language): a Hungarian link said hreflang="en",
    # and a Hungarian reader was sent to the French text, an English one to the Hungarian (reader12)
    def named(code: str) -> str:  # a further document's folder (`en/cookies/`) by its title, not the privacy
        # policy's name (company13: a US company's cookie policy's folder was titled "Privacy policy of Trailhead …")
        if settings.document:
            titles = next(d.titles for d in settings.all_documents if d.id == settings.document)
            return titles.get(code) or titles.get(settings.authoritative) or settings.document
        return of_company(code, key, settings.company)

    links = [{"href": ("" if lang else f"{code}/") + ("" if several else "latest/"), "hreflang": code,
              "lang": spoken(code), "dir": direction(spoken(code)),
              "text": named(code) + aside(settings.language(code).name, code)}
             for code in codes]
    title_lang = lang or settings.authoritative
    # (each in its direction: an Arabic or Hebrew page's words read left to right put its parentheses on the wrong
    # side, reader hunt 37)
    return {"title": named(title_lang), "links": links, "dir": direction(spoken(title_lang))}


def not_found(settings: Settings, *, lang: str, languages: tuple[str, ...] = (),
              starts: Mapping[str, str] | None = None) -> list[dict[str, Any]]:
    """What the 404 page says, in each language of the site, `lang` first: the address does not exist, and a
    link to the text in force (the home page of a site of several documents). The root's 404.html is served for
    every missing address of the site, at any depth: each link is a path from the host's root. Only `languages`,
    when given: those with a published version. Each says its language's code (`code`), by which policy.js puts
    first the language of the address asked for (a /hu/ address listed French first, reader12). `starts`: the first
    version of each translation that starts later than the text that prevails (archive.starts_from_extra): its words
    say so, for notfound.js to show under an address of a day before it (`/de/2021-02-17/`, reader25), with links to
    the text that prevails that day (its at page, the day added by the script) and to the translation's first version
    (`before`). Each also links its history, every dated version (`all_href`), and its at page (`day_href`), which
    notfound.js shows under an address of a day, that day after `#` and its date in words: `/fr/2021-02-18/`, a version
    mistyped, said only "this page does not exist" and linked the text in force (reader32)."""
    root = urlsplit(settings.public_url).path.rstrip("/")
    several = len(settings.all_documents) > 1
    said = []
    codes = [language.code for language in settings.languages if not languages or language.code in languages]
    for code in sorted(codes, key=lambda code: code != lang):
        t = strings(code)
        said.append({"code": code, "lang": spoken(code), "dir": direction(spoken(code)), "text": t["not_found"],
                     "link": t["home_link"] if several else t["archived_link"],
                     "href": f"{root}/{code}/" if several else f"{root}/{settings.base(code)}/latest/",
                     **({} if several else _elsewhere(t, code=code, folder=f"{root}/{settings.base(code)}/")),
                     **_before(settings, code, (starts or {}).get(code, ""), root=root)})
    return said


def _elsewhere(t: dict[str, str], *, code: str, folder: str) -> dict[str, str]:
    """The 404 page's other ways in `code` (its language's `folder`): its history, and its at page, where notfound.js
    takes a reader who asked for a day (written in its digits)."""
    return {"all_text": t["history_link"], "all_href": f"{folder}history/", "day_text": t["at_button"],
            "day_href": f"{folder}at/", "digits": digits(code)}


def _before(settings: Settings, code: str, first: str, *, root: str) -> dict[str, Any]:
    """What the 404 page says in `code` under an address of a day before its first version `first` (none: {}): that
    the text existed only in the language that prevails then (archive's `earlier`), a link to the at page of the text
    that prevails (the version in force that day), and one to the first version in `code`. The page cannot know the
    address's day without a script: the words show by default, with a link to the history of the text that prevails
    in place of its at page (`history_parts`, `history_href`), which notfound.js swaps for the at page of that day, or
    hides the words under an address of no such day (reader28: with JavaScript off, they stayed hidden)."""
    if not first:
        return {}
    t, authoritative = strings(code), settings.authoritative
    day = long_date(dt.date.fromisoformat(first), code)
    # (the link's words in parts, the name of the language that prevails marked as that language's: "Read the version
    # in force that day (Français)" was read as English by a screen reader, "Fran-kais", WCAG 3.1.2, reader27)
    name = settings.language(authoritative).name
    words = t["at_button"].replace("{", "{{").replace("}", "}}") + aside("{name}", code)
    history = t["history_link"].replace("{", "{{").replace("}", "}}") + aside("{name}", code)
    return {"first": first, "before": t["earlier"].format(first=day) + ".",
            "that_day": t["at_button"] + aside(name, code),
            "that_day_parts": named_parts(words, lang=code, name=(name, authoritative)),
            "that_day_href": f"{root}/{settings.base(authoritative)}/at/",
            "history_parts": named_parts(history, lang=code, name=(name, authoritative)),
            "history_href": f"{root}/{settings.base(authoritative)}/history/",
            "first_text": t["version_title"].format(date=day), "first_href": f"{root}/{settings.base(code)}/{first}/"}


def rooted(settings: Settings) -> dict[str, str]:
    """Where the 404 page's files are (partials/javascripts/rooted.html): the site's path from the host's root; and
    its languages' folders under it, joined by `&` (mike's layout: `fr/2021-02-17/`), which tell a copy's root where
    the address shows one."""
    return {"root": urlsplit(settings.public_url).path.rstrip("/") + "/",
            "bases": "&".join(settings.base(language.code) for language in settings.languages)}


def dated(template: str, *, lang: str, date: dt.date) -> str:
    """`template` (escaped) with `date` written in `lang` for `{date}`, the date marked as `lang` where the site's
    words are in another language (strings.marks)."""
    return str(escape(template).replace("{date}", in_language(long_date(date, lang), lang)))


def version_title(*, lang: str, version: str) -> str:
    """What a dated version's page title says before the document's name (`Version du 30 juin 2020`), as text: every
    version of a page had the same title, and tabs, bookmarks and a screen reader's list of windows could not tell
    the 2021 text from the one in force. Of the version's own date only, so that a rebuild gives the same bytes.
    Where the site has no words in `lang` (marks), its date alone: a <title> cannot mark English words as English
    ("Version of 2023. március 1." read as Hungarian; WCAG 3.1.2)."""
    date = long_date(dt.date.fromisoformat(version), lang)
    return date if marks(lang)[0] else strings(lang)["version_title"].replace("{date}", date)


def generated_title(*, lang: str, site_name: str, version: str | None = None) -> str:
    """The <title> of a page the site makes (history, compare, at, a version's changes or side-by-side page) where
    the site has no words in `lang` (marks): the version's date and the site's name, or the site's name alone, where
    Material's title ("History - …", from the page's heading) was English on a Hungarian page and a <title> cannot
    mark it as English (WCAG 3.1.2). Empty where the site speaks `lang`: its heading's words then serve."""
    if not marks(lang)[0]:
        return ""
    return f"{long_date(dt.date.fromisoformat(version), lang)} - {site_name}" if version else site_name


def print_line(settings: Settings, *, lang: str, version: str, page: str = "") -> dict:
    """The line a printed page of a dated version starts with (policy.css shows it on paper only): the version, as
    section 1 names it, and the page's permanent address (`https://…/fr/2020-06-30/changes/`), so that a printout
    (or a browser's PDF) filed by a DPO says which text it is and where it is online; a printout showed neither.
    The dated address, at latest/ too: the version's own, never changed by what is published later."""
    t = strings(lang)
    url = f"{settings.public_url}{settings.base(lang)}/{version}/{page}"
    said = dated(t["version"], lang=lang, date=dt.date.fromisoformat(version))
    # the address left to right as a whole: in a right-to-left line its closing slash was drawn before it
    shown = f'<span dir="ltr">{escape(url)}</span>'
    # and the day it was read (policy.js): what the page says of the versions since ("(en vigueur)") is that day's
    return {"text": f"{said}{t['sentence_space']}{escape(t['pdf_url'])} {shown}", **_accessed(t, lang)}


def _accessed(t: dict[str, str], lang: str) -> dict[str, str]:
    """A print line's day read (policy.js writes it, in the digits `lang` writes its dates in) and its words' marks.
    Where the site has no words in `lang` (marks), the line and its day are in the words' language, in 0-9, as the
    renumbered note's date and the at page's late note are (policy.js, at.js): a Nepali or Pashto page printed
    "December ५, २०२६", English words in Devanagari digits."""
    ui = marks(lang)[0]
    return {"accessed": after_address(t) + t["accessed"], "digits": "" if ui else digits(lang), "ui": ui}


def after_address(t: dict[str, str]) -> str:
    """What stands between a printed address and the words after it: the language's space between sentences, a space
    where it has none (Japanese, Chinese): "…/2024-03-01/閲覧日：…" read as one address (words 25)."""
    return t["sentence_space"] or " "


def archive_print_line(settings: Settings, *, lang: str, page: str, title: str, site_name: str) -> dict:
    """The line a printed archive page (history, compare, at) starts with: what it is, of which document, and its
    address (policy.js adds the versions or the day the address asks for, `#2022-03-01..2024-09-02`, and the day the
    page was read, `accessed`): what these pages show changes with each publication and each day, and a printout
    said neither which site it came from nor when (reader hunt 44)."""
    t = strings(lang)
    url = f"{settings.public_url}{settings.base(lang)}/{page}"
    shown = f'<span dir="ltr" class="policy-print-url">{escape(url)}</span>'
    return {"text": f"{in_language(site_name, lang)}{t['colon']}{escape(title)}{t['full_stop']}{t['sentence_space']}"
                    f"{escape(t['pdf_url'])} {shown}", **_accessed(t, lang)}


def archived_banner(*, lang: str, release: Release, page: str = "") -> dict:
    """What the "archived version" banner of a dated version says and where it links.

    From the policy page, the same section of the latest version; from another page of the
    version (`page`, its URL: `changes/`), the latest policy page.
    """
    date = dt.date.fromisoformat(release.version)
    t = strings(lang)
    return {"text": dated(t["archived"], lang=lang, date=date), "link_text": t["archived_link"],
            "href": "../" * page.count("/") + f"../{release.latest}/", "keep_section": not page,
            "ui": marks(lang)[0]}


def announced_of(meta: MutableMapping[str, Any], release: Release | None, *, own: Path | None = None) -> dt.date | None:
    """The day this version was announced ahead of its date: for a translation, the authoritative page's whatever its
    own says (document.notice_page: as its history, policy.json and redlines say it); else its page's `announced:`,
    else, for a page the site makes for the version (its changes page: `own`, the version's text), that text's."""
    value = meta.get("announced")
    if release is not None and release.source_text:
        return front(release.source_text).announced
    if value is None and own is not None:
        try:
            return front(decode(own.read_bytes(), path=str(own))).announced
        except (OSError, ValueError):
            return None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return value if isinstance(value, dt.date) else None


def upcoming_banner(*, lang: str, release: Release, page: str = "", announced: bool = False) -> dict:
    """The banner a version shows while it is in force and a newer one is upcoming, and what an upcoming
    version says of itself: their words, and where the language's root is from the page.

    Which version is in force changes with time, not with the version: policy.js decides from versions.json.
    """
    t = strings(lang)
    before, _, after = t["upcoming_banner"].partition("{date}")
    up = "../" * (page.count("/") + 1)
    ui, inner = marks(lang)
    return {"version": release.version, "up": up, "before": before, "announced": announced,
            "after": after, "link_text": t["upcoming_link"], "link_text_in_force": t["archived_link"],
            "keep_section": not page,
            "self": dated(t["upcoming_self"], lang=lang, date=dt.date.fromisoformat(release.version)),
            "ui": ui, "in_lang": inner}


def feed_link(lang: str) -> dict[str, str]:
    """The history page's `<link rel="alternate">` to the feed (main.html): its file, and its title in the site's
    words, marked as theirs where the site has none in `lang` (marks)."""
    return {"href": feed.FILE, "title": strings(lang)["feed_link"], "ui": marks(lang)[0]}


def untitled(toc: Iterable[Any]) -> bool:
    """Whether a heading of the page's table of contents shows nothing (`## &nbsp;`: no number, a blank title)."""
    return any(blank(html.unescape(str(item.title))) or untitled(item.children) for item in toc)


def missing_section(*, lang: str, page: str = "", untitled: bool = False) -> dict:
    """What a dated version's page says when its address names a section it does not have (`#s7-3` opened on a version
    before §7.3 existed, or after it was removed): policy.js shows it, rather than leave the reader at the top of the
    text, taking it for the section. It links the history, which says when each section changed. `unscripted`: what the
    page says read without JavaScript, which cannot tell whether the address names a section the page lacks (the
    theme shows it only then, and hides it when the address names one the page has: policy.css). `renumbered`: what
    policy.js says under a section whose id another section had in an earlier version, until its `{date}`; `split`,
    under a section part of whose text is now another section's (anchors.Anchors.split), before its link; `untitled`
    (a page one of whose headings shows nothing: only there, its bytes on no other page's first visit), the words it
    names such a section by (redline's untitled_section), not an empty link."""
    t = strings(lang)
    return {"text": t["section_missing"], "unscripted": t["section_missing_unscripted"], "link_text": t["history_link"],
            "renumbered": _before_link(t["section_renumbered"]), "split": _before_link(t["section_split"]),
            "ui": marks(lang)[0],
            "untitled": redline_labels(lang)["untitled_section"] if untitled else "",
            "href": "../" * (page.count("/") + 1) + "history/"}


def _before_link(words: str) -> str:
    """`words` followed by the space before the link policy.js puts after them: none after a full-width mark
    (`…指していました：`)."""
    return words + ("" if words and unicodedata.east_asian_width(words[-1]) in "FW" else " ")


YEAR = "{year}"  # in the `copyright` setting: the year of the version the page shows


def copyright_year(settings: Settings, *, release: Release | None, entries: list | None,
                   config_file: str | None) -> int:
    """The year `{year}` stands for: the version's (a dated version), the version in force's (the archive's
    pages), else the date of the page being previewed, else today's in the company's time zone (a preview in
    Auckland on 1 January says the new year, as the gate and `latest` count the day)."""
    if release is not None:
        return dt.date.fromisoformat(release.version).year
    if entries:
        in_force = [e.version for e in entries if not getattr(e, "upcoming", False)] or [e.version for e in entries]
        return dt.date.fromisoformat(max(in_force)).year
    if config_file:
        from policysite import history

        path = docs_page(Path(config_file).parent, settings.language(settings.authoritative), settings)
        try:
            date = history.date_of(decode(path.read_bytes(), path=str(path)))
        except (OSError, ValueError):
            date = None
        if date is not None:
            return date.year
    with clock.company_zone(settings.time_zone):
        return clock.today().year


def with_year(copyright: str | None, *, year: int) -> str | None:
    """The copyright line with `{year}` replaced (a 2023 version says 2016-2023, never the year it was built)."""
    return copyright.replace(YEAR, str(year)) if copyright else copyright


def archive_links(*, lang: str, release: Release | None, page: str = "") -> dict:
    """The footer's links to the history and compare pages, relative to the site's root (the `url` filter
    makes them relative to the page): `../history/` from a dated version, `history/` beside them."""
    t = strings(lang)
    up = "../" if release else ""
    links = [{"href": f"{up}{name}/", "text": t[f"{name}_link"], "current": not release and page == f"{name}/"}
             for name in ("history", "compare", "at")]
    return {"label": t["archive_nav"], "links": links, "ui": marks(lang)[0]}


LISTED_VERSIONS = 6  # section 1 lists this version and the five before it, then links the history


def _behind(url: str, *, lang: str, reference: str, date: dt.date) -> Markup:
    """That the text in the language that prevails, of this version (`date`, at `url`), is newer than this
    translation, linking it."""
    t = strings(lang)
    named = html_format(t["behind_link"], language=language_in_sentence(reference, lang),
                        date=in_language(long_date(date, lang), lang))
    link = Markup('<a href="{}" hreflang="{}">{}</a>').format(url, reference, named)
    return html_format(t["behind"], link=link)


UPDATED_TEMPLATE = "partials/policy-updated.html"  # the policy page's date line under its title
DESCRIPTION_TEMPLATE = "partials/policy-description.html"  # its description, under that line
VERSION_TEMPLATE = "partials/policy-version.html"  # its version section's list of versions


def decorate(html: str, *, env: Environment, settings: Settings, lang: str, date: object,
             versions: list[dt.date] | None = None, link_versions: bool = False, note: object = None,
             pdf: bool = True, pdf_none: str = "", announced: dt.date | None = None, earlier: str = "",
             page_title: str = "", description: object = None, behind: tuple[str, str] | None = None) -> str:
    """Insert the last-update line under the title, the page's description under it, and the version notice into the
    version section.

    With `link_versions`, each dated version links its page (`../2021-02-17/`), as on the branch,
    and the notice links this version's changes page, its PDF and the history of versions. `note` is the
    page's `summary:` as escape_meta left it (HTML-escaped). Without `pdf` (the print engine could not print the
    language) no link names a PDF, and the notice says why, `pdf_none` (pdf.UNDRAWN: some of its characters
    cannot be printed; FAILED: the print engine failed on it). A version `announced` ahead of its date says when it
    was announced and takes effect, in its own HTML: true for ever, and read without JavaScript. A translation's
    first version says that before its date the document existed only in the language that prevails, linking that
    text (`earlier`).
    The text's comments are left out (without_comments). `page_title`: the page's, where the text has no `# `
    heading (its front matter's), which a heading naming the text again is read against (`_stated`). `description`:
    the page's `description:` as escape_meta left it, which search engines and link previews show as the page's
    summary: shown on the page too, never words the page does not show (safety81). `behind`: a translation whose words
    are an earlier version's, its reference changed since (building._behind): that version's date, and the URL of
    the reference's text of this version, which the date line says is newer (legal31: "Last updated" with the
    version's date, over words older than it).
    """
    html = without_comments(html)
    if not isinstance(date, dt.date):
        return html
    # A bounded list (the page must not grow with the archive): this version and the ones just before;
    # the history page lists them all.
    listed = (versions or [])[:LISTED_VERSIONS]
    updated_on = dt.date.fromisoformat(behind[0]) if behind else date  # the day its words last changed
    context = {"t": strings(lang), "date": date, "date_text": long_date(date, lang), "lang": lang,
               "versions": [(v, long_date(v, lang)) for v in listed], "link_versions": link_versions,
               "more_versions": counted(strings(lang), "more_versions", len(versions or []) - len(listed), lang,
                                        count=len(versions or []) - len(listed))
               if len(versions or []) > len(listed) else "",
               "history_url": "../history/" if link_versions else "", "changes_url": "changes/",
               # the versions since this one that policy.js leaves out, counted in the browser in the site's words
               "between": json.dumps({"lang": spoken(lang), "forms": plural_forms(strings(lang), "newer_between"),
                                      "rule": plural_rule(lang),
                                      "number": number_format(lang)}, ensure_ascii=False),
               "note": note if isinstance(note, str) else "",
               # each date marked as the page's language inside the site's words where those are another's
               "announced": html_format(strings(lang)["announced_version"],
                                        announced=in_language(long_date(announced, lang), lang),
                                        date=in_language(long_date(date, lang), lang))
               if isinstance(announced, dt.date) and announced < date else "",
               # published ahead of its date: "takes effect on", never a "last updated" in the future
               "upcoming": isinstance(announced, dt.date) and announced < date,
               "earlier": {"url": earlier, "text": html_format(strings(lang)["earlier"],
                                                               first=in_language(long_date(date, lang), lang))}
               if earlier else None,
               "pdf_url": pdf_file.file_name(lang=lang, version=date.isoformat()) if link_versions and pdf else "",
               # a dated version printed without its PDF says so where its link would be (reader33: a Japanese
               # site's reader was left without the PDF, no word said)
               # and why (reader34: "some of its characters cannot be printed" was said of any failure)
               "pdf_none": ("pdf_none_failed" if pdf_none == pdf_file.FAILED else "pdf_none")
               if link_versions and not pdf else "",
               # the site's words where it has none in `lang` (English), marked and isolated as such: in a
               # right-to-left page an English sentence around a Hebrew date was shown reordered
               "ui": marks(lang)[0], "in_lang": marks(lang)[1], "ui_lang": spoken(lang) if marks(lang)[0] else "",
               "aside": aside_marks(lang),
               "behind": _behind(behind[1], lang=lang, reference=settings.authoritative, date=date)
               if behind else ""}
    title = html.find("</h1>")
    top = title + len("</h1>") if title >= 0 else 0  # without a title in the text, the theme's is just above
    # A text that says its date itself under its title ("Last updated: May 1, 2024", as most policies brought in
    # from elsewhere do) is not told it twice.
    stated = _stated(html, top, lang, page_title)
    # A text whose own line says another day (a text dated by the day it was committed, its "Last updated" line left
    # as the version before's) is told which day is this version's, never shown two dates unexplained.
    context["other_date"] = bool(stated)
    updated = "" if any(sync.states(dates, updated_on) for dates in stated) and not behind else \
        env.get_template(UPDATED_TEMPLATE).render(
            {**context, "date": updated_on, "date_text": long_date(updated_on, lang)} if behind else context)
    described = env.get_template(DESCRIPTION_TEMPLATE).render({"description": description}) \
        if isinstance(description, str) and description.strip() else ""
    html = html[:top] + updated + described + html[top:]
    version = env.get_template(VERSION_TEMPLATE).render(context)
    heading = re.compile(rf'(<h(\d) id="{re.escape(anchor_for(settings.version_section))}".*?</h\2>)', re.S)
    if settings.version_section and heading.search(html):
        return heading.sub(lambda m: m.group(1) + version, html, count=1)
    # No such section (a policy without numbers, or with no section 1): the notice under the last-update line,
    # so that every version still lists the others and links its changes, its PDF and the history.
    at = top + len(updated) + len(described)
    return html[:at] + version + html[at:]


def _stated(html: str, top: int, lang: str, title: str = "") -> list[set[str]]:
    """The dates the page's text says as a text's date line does (`sync.stated_dates`, as the check reads it), between
    its title (ending at `top`; `title`, the page's where the text has none) and its first section, or on the line
    opening the heading that opens the text (`sync.date_blocks`): somewhere else in a sentence is no such line."""
    end = html.find("<h2", top)
    preamble = html[top:end if end >= 0 else len(html)]
    body = LexborHTMLParser(_BREAK.sub(" ", preamble)).body if "<" in preamble or preamble.strip() else None
    blocks = body.css("p, li, tr") if body is not None else []
    if top:
        heading = LexborHTMLParser(html[html.rfind("<h1", 0, top):top]).body
        title = heading.text(deep=True) if heading is not None else title
    sections = list(_HEADING.finditer(html, end)) if end >= 0 else []
    for n, found in enumerate(sections[:3]):  # the sections before any numbered one (adoption 27)
        if NUMBERED_ID.fullmatch(found.group(1)):
            break
        if (n == 0 and not blocks) or sync.restates(LexborHTMLParser(found.group(2)).text(deep=True), title):
            after = re.compile(r"<h[1-6][\s>]").search(html, found.end())
            node = LexborHTMLParser(_BREAK.sub(" ", html[found.end():after.start() if after else len(html)])).body
            blocks = [*blocks, *(block for block in (node.css("p, li, tr, table, pre")[:3] if node is not None else [])
                                 if block.tag in ("p", "li") and sync.one_short_sentence(_shown(block)))]
            break
    return [dates for block in blocks for _sentence, dates in sync.stated_dates(_shown(block), lang)]


_BREAK = re.compile(r"<br\s*/?>", re.I)
NUMBERED_ID = re.compile(r"s\d+(?:-\d+)*(?:-[a-z]+)?")  # a numbered section's anchor (`document.anchor_for`: s7-3)
_HEADING = re.compile(r'<h2[^>]*\sid="([^"]*)"[^>]*>(.*?)</h2>', re.S)


def _shown(block: Any) -> str:
    """A block's text as the model's `shown` reads it: a row's cells apart."""
    if block.tag == "tr":
        return " | ".join(cell.text(deep=True) for cell in block.css("td, th"))
    return block.text(deep=True)


def source_text(settings: Settings, *, lang: str, release: Release | None, config_file: str | None) -> str | None:
    """The authoritative language's page when `lang` is a translation: the version's, or the working tree's."""
    if lang == settings.authoritative:
        return None
    if release is not None:
        return release.source_text or None
    if not config_file:
        return None
    path = docs_page(Path(config_file).parent, settings.language(settings.authoritative), settings)
    try:
        return decode(path.read_bytes(), path=str(path))
    except (OSError, ValueError):
        return None


def escape_meta(meta: MutableMapping[str, Any]) -> None:
    """Escape a page's front matter text in place: the theme prints `page.meta.title` and `.description`
    into `<title>`, `<meta content="…">` and the header without escaping them."""
    for key, value in list(meta.items()):
        if isinstance(value, str):
            meta[key] = html.escape(value, quote=True)


QUOTED = ("site_name", "site_description", "site_author", "copyright")


def quote_config(config: Any) -> None:
    """The configuration's strings the theme prints unescaped, into text and into attributes (`<meta
    name="description" content="…">`), with `"`, `<` and `>` written as references: a registered name in quotes
    (ООО "Ромашка") reads as written and closes nothing. As Markup, so that where the theme escapes one itself (the
    logo's `title="{{ config.site_name | e }}"`) it is not escaped twice: the logo's tooltip read `בע&quot;מ`."""
    for key in QUOTED:
        value = config.get(key)
        if isinstance(value, str):
            config[key] = Markup(value.replace('"', "&quot;").replace("<", "&lt;").replace(">", "&gt;"))


def unquoted(value: str) -> str:
    """A configuration string as quote_config left it for the theme (`&quot;`), in the words its reader sees: what
    the site writes itself and escapes again (an archive page's print line, the feed's title, a page's <title>) read
    `בע&quot;מ` for `בע"מ` and the gate refused the page (company14)."""
    return html.unescape(str(value))


def settings_of(settings: Settings, src_uri: str) -> Settings | None:
    """The settings of the document whose page `src_uri` is (the build's own first), or None for another page."""
    if src_uri == settings.page:
        return settings
    for n, doc in enumerate(settings.all_documents):
        if doc.page == src_uri and n:
            return settings.for_document(doc.id)
    return None


def serve_at_root(file: Any) -> None:
    """A dated version of another document is built from its page (`cookies.md`): served at the version's
    root (`index.html`, as the first document's `index.md` is), not in a folder of its own."""
    if file is None or file.dest_uri == "index.html":
        return
    file.dest_uri = "index.html"
    for cached in ("url", "abs_dest_path"):
        file.__dict__.pop(cached, None)


_HTML_LANG = re.compile(r'<html lang="([A-Za-z]{2,3})"')


def with_region(html: str, code: str) -> str:
    """`<html lang>` as the site's language is configured, region included: Material writes `pt` for `pt-BR`
    (its partial's own code), and screen readers and search engines would take the page for Portugal's."""
    found = _HTML_LANG.search(html[:500])
    if found is None or "-" not in code or code.split("-")[0].lower() != found.group(1).lower():
        return html
    return html[:found.start()] + f'<html lang="{code}"' + html[found.end():]


# A text that starts with its title as Python-Markdown writes it, `<h1 id="…">` with an id of letters, digits, `_` and
# `-` in any script (`politique-de-confidentialité`: no character reference, NUL or CR, which a parse would read
# otherwise, can stand in it; the first of an element's ids counts): found without parsing the page (as
# safety._LEADING_HEADING), where a parse of each page cost some 0.25 ms (1.1 ms a rebuilt version).
_LEADING_TITLE = re.compile(r'<h1 id="([\w-]+)"[\t\n\f\r />]')


def from_the_title(toc: Any, content: str, *, title: str) -> Any:
    """The page's table of contents under its title (`<h1 id>`), where the theme's "Skip to content" link goes.

    Material's skip link goes to the first entry of the table of contents, which starts at h2 (`toc_depth: 2-6`): on a
    policy page it jumped over the title, the "last updated" line and any text above the first section (an imported
    policy's introduction), and the archive's pages (history, changes, compare…), whose only heading in Markdown is
    their title, had none. Under an entry for the title, the link lands on it; the theme's sidebar shows a level-1
    entry's children, so it is unchanged (reader hunt 42)."""
    from mkdocs.structure.toc import AnchorLink, TableOfContents

    entries = list(toc or [])
    if "<h1" not in content or (entries and entries[0].level == 1):
        return toc
    if (leading := _LEADING_TITLE.match(content)) is not None:  # the text's first element: a parse finds it first
        key = leading.group(1)
    else:
        found = LexborHTMLParser(content).css_first("h1[id]")
        if found is None:
            return toc
        key = found.attributes.get("id") or ""
    top = AnchorLink(title, key, 1)
    top.children = entries
    return TableOfContents([top])


# The permanent link Python-Markdown's toc writes at the end of each heading, exactly as it writes it.
_PERMALINK = '<a class="headerlink" href="'


def quiet_permalinks(html: str, *, lang: str) -> str:
    """Each heading's "¶" link out of the heading's name and of the Tab order: a screen reader said "1. Purpose,
    pilcrow" for every section, and a keyboard stopped on a "¶" after each heading. The table of contents links
    every section (its address to copy, from the keyboard too); a mouse still finds the "¶" beside the heading.
    Its tooltip is the site's words: marked as theirs where the site has none in `lang` (marks; WCAG 3.1.2)."""
    return html.replace(_PERMALINK, f'<a class="headerlink" aria-hidden="true" tabindex="-1"{marks(lang)[0]} href="')


# The title of a page in the theme's header and navigation, as Material writes it (partials/header.html, nav-item.html)
_ELLIPSIS = re.compile(r'<span class="md-ellipsis">(\s*)([^<]*?)(\s*)</span>')


def marked_site_titles(html: str, *, lang: str, titles: Mapping[str, str]) -> str:
    """The theme's header and navigation with each title of the site's own pages (`titles`: its text as the page
    writes it -> its HTML, a date in it marked as `lang`) marked as the site's words where it has none in `lang`:
    "Version history" in a Hungarian page's menu was read as Hungarian (WCAG 3.1.2). The team's words and the text's
    (the policy's title) stay as they are; the site's name and the footer's copyright line are marked where they are
    still the words `policy init` wrote in English for the language (reader12: "Privacy policy of Példa Kft" and
    "All rights reserved." marked Hungarian), not once the team has put its own."""
    ui = marks(lang)[0]
    if not ui:  # a language the site speaks: its copyright line, where the catalogue writes it in English as that
        # language's sites do (Japanese and Korean: "All rights reserved."), is marked English (company7)
        return _COPYRIGHT.sub(_english_copyright, html) if _copyright_in_english(lang) else html

    def mark(found: re.Match[str]) -> str:
        title = titles.get(found.group(2))
        if title is None and generated(found.group(2), lang=lang, key="site_name"):
            title = found.group(2)
        return found.group(0) if title is None else \
            f'<span class="md-ellipsis"{ui}>{found.group(1)}{title}{found.group(3)}</span>'

    def mark_copyright(found: re.Match[str]) -> str:
        return f'<div class="md-copyright__highlight"{ui}>{found.group(1)}</div>' \
            if generated(found.group(1), lang=lang, key="copyright") else found.group(0)

    def mark_named(found: re.Match[str]) -> str:  # the drawer's title and the header's logo, named by the site
        return f"{found.group(1)}{ui}{found.group(3)}" if generated(found.group(2), lang=lang, key="site_name") \
            else found.group(0)

    html = _NAMED.sub(mark_named, _COPYRIGHT.sub(mark_copyright, _ELLIPSIS.sub(mark, html)))
    return _DRAWER.sub(mark_named, html)


_COPYRIGHT = re.compile(r'<div class="md-copyright__highlight">([^<]*)</div>')


def _copyright_in_english(lang: str) -> bool:
    """Whether `lang`'s catalogue writes the copyright line in English words, as English does."""
    return spoken(lang) != "en" and strings(lang)["copyright"] == strings("en")["copyright"]


def _english_copyright(found: re.Match[str]) -> str:
    """The footer's copyright line marked English where it is still the line `policy init` wrote."""
    return f'<div class="md-copyright__highlight" lang="en">{found.group(1)}</div>' \
        if generated(found.group(1), lang="en", key="copyright") else found.group(0)
_NAMED = re.compile(r'(<a href="[^"]*" title="([^"]*)" class="md-header__button md-logo")(\s)')
_DRAWER = re.compile(r'(<label class="md-nav__title" for="__drawer")(?=>\s*<a\b[^>]*>.*?</a>\s*([^<]*?)\s*</label>)(>)',
                     re.S)


def generated(shown: str, *, lang: str, key: str) -> bool:
    """Whether `shown` (a text as a page writes it) is the site's words `key` (`site_name`, `copyright`) as `policy
    init` writes them for `lang`, naming some company (strings.of_company): the generator's, not the team's."""
    before, _, after = strings(lang)[key].partition("{company}")
    text = html.unescape(shown).strip()
    return len(text) > len(before) + len(after) and text.startswith(before) and text.endswith(after)


def site_titles(lang: str, *, own: str = "", version: str | None = None) -> dict[str, str]:
    """The titles of the site's own pages in `lang`'s site words, as marked_site_titles takes them: the history,
    compare and at pages', and `own`, the title of the page shown where the site makes it (a changes page's), with its
    version's date marked as `lang`."""
    t = strings(lang)
    titles = {str(escape(t[key])): str(escape(t[key])) for key in ("history_title", "compare_title", "at_title")}
    if own:
        shown = str(escape(own))
        titles[shown] = date_marked(shown, lang=lang, version=version) if version else shown
    return titles


class _Comments(HTMLParser):
    """Where each comment of a page's text is, as Python's HTML parser finds it (editorial.html refuses the comments
    a browser ends elsewhere: `<!-->`, `--!>`)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.spans: list[tuple[int, int]] = []

    def parse_comment(self, i: int, report: bool = True) -> int:
        end = super().parse_comment(i, report)
        if end > i:
            self.spans.append((i, end))
        return end

    def parse_bogus_comment(self, i: int, report: bool = True) -> int:
        end = super().parse_bogus_comment(i, report)
        if end > i:
            self.spans.append((i, end))
        return end


def without_comments(html: str) -> str:
    """The rendered text without its HTML comments (`<!-- a note for the reviewers -->` on a line of its own, which
    the checks allow as an editor's note): they are no part of what the page shows, and served as they are, anyone
    reading the page's source would read them (safety hunt 35)."""
    if "<!" not in html:
        return html
    parser = _Comments()
    parser.feed(html)
    kept, at = [], 0
    for start, end in parser.spans:
        if html.startswith("<!", start) and html[end - 1:end] == ">" and start >= at:
            kept.append(html[at:start])
            at = end
    return "".join(kept) + html[at:]
