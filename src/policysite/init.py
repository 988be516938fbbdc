"""`policy init`: a new git repository holding a complete policy site for any company, in any languages.

The settings, Makefile, README and workflows are rendered from `skeleton/`; the hooks and theme
overrides are copied from the generator's own source tree, so that every site runs the same ones.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import shutil
import sysconfig
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from babel import Locale, UnknownLocaleError

from policysite import clock, git, makefile_lines, messages, scriptfonts
from policysite.messages import Said
from policysite.settings import known_locale, url_problem
from policysite.spelling import UNFIT_LISTS, WORDS_FILE
from policysite.strings import NO_ESZETT, base_language, of_company, spoken, strings, unnamed_in_cldr

if TYPE_CHECKING:
    from jinja2 import Environment

# A change to Makefile.j2 or workflows/*.j2: copy its earlier text into skeleton/former/ first (generated.py: `policy
# upgrade` knows a site's file as the tool's by it)
SKELETON = Path(__file__).parent / "skeleton"
LOCAL_URL = "http://127.0.0.1:8000/"  # where `make serve` serves the site
FALLBACK_NAME, FALLBACK_EMAIL = "policy init", "policy-init@localhost"
_CODE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


class InitError(Exception):
    """The target, company, languages or address cannot make a site (bad usage: nothing was written)."""


@dataclass(frozen=True)
class NewLanguage:
    """One language of the new site, with what its configuration needs."""

    code: str                 # pt-BR, as written in mkdocs.<code>.yml and docs/<code>/
    name: str                 # in the language itself: Português (Brasil)
    site_name: str
    copyright: str
    site_url: str
    theme_base: str | None    # the Material language whose strings it borrows, when Material has none of its own
    direction: str            # ltr or rtl
    search: str | None        # the search stemmer, when Material's search has one
    search_default: str       # Material's search language for it when it has none
    spelling: bool            # pyspellchecker has a dictionary for it


@dataclass(frozen=True)
class Created:
    """What `policy init` made, for the summary it prints."""

    root: Path
    company: str
    languages: tuple[NewLanguage, ...]
    public_url: str
    commit: str
    generator: str = ""  # POLICYSITE_SPEC, as --generator gave it
    branch: str = "main"  # the branch its text is committed on, which its workflows publish from
    subject: str = ""  # its one commit's message, in the site's language (messages.of_site)
    docs: str = "docs"  # the folder of its texts, one folder a language in it (--docs-dir)


# --- pure: languages, configuration ------------------------------------------------------------

def parse_codes(value: str) -> tuple[str, ...]:
    """`de,pt-br` into canonical codes (de, pt-BR), refusing empty, malformed, unknown and repeated ones."""
    items = [item.strip() for item in value.split(",")]
    if not any(items):
        raise InitError(Said("init.languages-empty"))
    codes: list[str] = []
    for item in items:
        if not _CODE.fullmatch(item):
            raise InitError(Said("init.languages-code", item=item))
        code = canonical_code(item)
        if not known_locale(code):
            raise InitError(Said("init.languages-unknown", item=item))
        if code in codes:
            raise InitError(Said("init.languages-twice", code=code))
        codes.append(code)
    return tuple(codes)


def canonical_code(code: str) -> str:
    """BCP 47 casing: language lower case, script title case, region upper case (pt-br: pt-BR, zh-hant: zh-Hant)."""
    first, *rest = code.split("-")
    parts = [first.lower()]
    for part in rest:
        parts.append(part.title() if len(part) == 4 and part.isalpha() else
                     part.upper() if len(part) == 2 or part.isdigit() else part.lower())
    return "-".join(parts)


def language_name(code: str) -> str:
    """The language's own name for itself, capitalised as a menu entry: Deutsch, Français, 日本語 (Crnogorski, which
    CLDR does not name: strings.unnamed_in_cldr)."""
    locale = Locale.parse(code, sep="-")
    name = unnamed_in_cldr(code, code) or locale.get_display_name(locale) or code
    return name[:1].upper() + name[1:]


def english_name(code: str, own: str) -> str:
    """The language as the site's English files name it (its README, word lists, settings' comments): its English
    name, then its own where that differs, `German (Deutsch)`, `Hungarian (Magyar)`, `English` (company3: "the policy
    in Deutsch", "Words of the Magyar policy" read as English sentences)."""
    name = unnamed_in_cldr(code, "en") or Locale.parse(code, sep="-").get_display_name("en") or code
    return name if name.casefold() == own.casefold() else f"{name} ({own})"


# Material's language whose strings stand in for one it has under another code (by language, or language and script
# where its base language's strings are in another script): Serbian in Latin letters (sr-Latn-RS, sr-ME) reads
# Serbo-Croatian's (`sh`: Latin, as Serbia writes it, `Sledeće`), not Material's Serbian, in Cyrillic (`Претрага` in a
# Latin page), as Bosnian and Montenegrin do (in Cyrillic, Serbian's); Norwegian (`no`) its written standard's, Bokmål
# (`nb`), Filipino (`fil`) Tagalog's (`tl`) and Central Kurdish (`ckb`) Material's Kurdish of Iraq (`ku-IQ`, Sorani in
# Arabic letters), which read in English.
THEME_STAND_INS = {"sr-Latn": "sh", "bs": "sh", "cnr": "sh", "bs-Cyrl": "sr", "cnr-Cyrl": "sr", "no": "nb",
                   "fil": "tl", "ckb": "ku-IQ"}


def theme_base(code: str, available: Iterable[str], *, stand_ins: bool = True) -> str | None:
    """None if Material translates `code` itself; else the language whose strings stand in: one in its script
    (THEME_STAND_INS; `stand_ins=False`: as a generator before company18 chose), else its base (zh-Hant for Chinese
    in Traditional characters, zh-HK's: zh is Simplified), else en."""
    available = set(available)
    if code in available:
        return None
    base = base_language(code)
    stand_in = (THEME_STAND_INS.get(f"{base.lower()}-{scriptfonts.script(code)}")
                or THEME_STAND_INS.get(base.lower(), "")) if stand_ins else ""
    return stand_in if stand_in in available else base if base in available else "en"


def language_strings(code: str, *, former: bool = False) -> str | None:
    """The theme strings `policy init` writes for `code` (overrides/partials/languages/<code>.html), or None where
    Material has its own (or `code` is no language); `former`: as a generator before company18 wrote them, without
    a stand-in in the language's script nor the region's spellings (`respelt`), for `policy upgrade` to bring in
    today's."""
    try:
        base = theme_base(code, material_languages(), stand_ins=not former)
        locale = Locale.parse(code, sep="-")
    except (ValueError, UnknownLocaleError):
        return None
    if base is None:
        return typographic_strings(code)
    env = _skeleton()
    lang = {"code": code, "theme_base": base,
            "direction": "rtl" if locale.character_order == "right-to-left" else "ltr",
            "respelt": {} if former else respelt(code, base)}
    return env.get_template("language.html.j2").render(lang=lang)


def respelt(code: str, base: str) -> dict[str, str]:
    """The strings of Material's `base` language that `code` spells otherwise, by key, as its template writes them:
    Swiss German's ss for ß (strings.NO_ESZETT; Material's German footer says "Fußzeile", the site's own Swiss words
    "Fusszeile" would)."""
    if code.lower() not in NO_ESZETT:
        return {}
    theirs = (_material() / "partials" / "languages" / f"{base}.html").read_text(encoding="utf-8")
    return {found["key"]: found["value"].replace("ß", "ss") for found in _ENTRY.finditer(theirs)
            if "ß" in found["value"]}


_ENTRY = re.compile(r'^(?P<head>\s*"(?P<key>[\w.]+)": ")(?P<value>.*)(?P<tail>",?)$', re.M)
_STRAIGHT = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


# Material's strings that its own file for a language leaves in English (Indonesian's "Header", "Footer"), as that
# language says them: `policy init` writes them into the site's theme strings, beside the site's own words.
THEME_WORDS: dict[str, dict[str, str]] = {
    "hu": {"rss.created": "RSS-hírcsatorna"},
    "id": {"header": "Kepala halaman", "footer": "Kaki halaman"},
    "vi": {"rss.created": "Nguồn cấp RSS", "rss.updated": "Nguồn cấp RSS của nội dung được cập nhật",
           "search.result.initializer": "Đang khởi tạo tìm kiếm", "source.file.contributors": "Người đóng góp",
           "tabs": "Thẻ"},
}


def typographic_strings(code: str) -> str | None:
    """Material's own strings for `code` with each straight apostrophe between letters written ’, where the site's own
    words in `code` write ’ (Catalan: Material's back-to-top button said "Torna a l'inici" above our "l’historial"),
    and in the language where Material left them in English (THEME_WORDS); None where nothing would change (its
    blog's words, `blog.*`, are never shown: the site has no blog)."""
    from policysite.strings import STRINGS

    own = THEME_WORDS.get(code, {})
    apostrophes = any("\u2019" in text for text in STRINGS.get(code, {}).values())
    if not apostrophes and not own:
        return None
    path = _material() / "partials" / "languages" / f"{code}.html"
    try:
        theirs = path.read_text(encoding="utf-8")
    except OSError:
        return None

    def typographic(found: re.Match[str]) -> str:
        value = own.get(found["key"], found["value"])
        if apostrophes and not found["key"].startswith("blog."):
            value = _STRAIGHT.sub("\u2019", value)
        return f"{found['head']}{value}{found['tail']}"

    ours = _ENTRY.sub(typographic, theirs)
    if ours == theirs:
        return None
    return (f"{{#- Material's strings for {code}, each apostrophe between letters typographic (’) as the site's own "
            "words write it. Written by `policy init`, and published only as it wrote it. -#}\n" + ours)


def search_language(code: str, stemmers: Iterable[str]) -> str | None:
    """The search stemmer of `code` (its base language: pt-BR searches as pt), or None if there is none."""
    base = code.split("-")[0]
    return base if base in set(stemmers) else None


def site_strings(code: str, company: str) -> tuple[str, str]:
    """The site's name and copyright line in `code` (its base language's, else English)."""
    words = strings(code)
    line = words["copyright"].format(company=company)
    if company.endswith("."):  # "Lis sp. z o.o." ends its sentence with its own period
        line = line.replace(f"{company}.", company, 1)
    return of_company(code, "site_name", company), line


def check_company(company: str) -> str:
    """The company's name on one line, as the site and the commit show it."""
    company = " ".join(company.split())
    if not company:
        raise InitError(Said("init.company-empty"))
    if len(company) > 200:
        raise InitError(Said("init.company-long", most=200))
    # As the checks will judge it where every page prints it: a name they refuse made a site whose first `make check`
    # refused its own configuration (`Acme <b>Ltd</b>`: "holds <, >"), committed (safety hunt 39).
    from policysite import config_rules

    refused = config_rules.problems({"extra": {"policy": {"company": company}}}, config_file="--company", files=Path())
    if refused:
        raise InitError(refused[0].replace("--company: extra.policy.company: ", "--company: ", 1))
    return company


def check_url(url: str | None) -> str:
    """The public address, ending in `/`: http(s), a host, no query or fragment."""
    if url is None:
        return LOCAL_URL
    if url_problem(url.strip()):
        raise InitError(Said("init.url", url=url))
    url = url.strip()
    return url if url.endswith("/") else url + "/"


def check_branch(branch: str | None) -> str:
    """`--branch`: the branch a company commits its text on and publishes from (its repository's default, `master`
    or `trunk` where it is not git's `main`), a name git takes for a branch, and not the archive's."""
    if branch is None:
        return "main"
    if branch == "gh-pages" or not git.valid_branch_name(branch):
        raise InitError(Said("init.branch", branch=branch[:100]))
    return branch


# Folders a site's texts may not be in: the generator's (copied), a preview's or build's, git's and the workflows'
_NOT_TEXTS = frozenset({"hooks", "overrides", "public", "site", "manifest", ".git", ".github", ".venv"})


def check_docs_dir(docs: str | None) -> str:
    """`--docs-dir`: the folder of the site's texts (`legal`, `policies/privacy`), each language's in a folder of its
    own in it (`legal/en/`); docs/ when not given. A relative path of plain names, none another folder of the site's
    (hooks/, public/ …), hidden or `..`: the settings' `docs_dir` and every file `policy init` writes name it."""
    if docs is None:
        return "docs"
    parts = docs.strip().rstrip("/").split("/")  # (a leading / is a folder of the machine: refused)
    if not docs.strip() or len(docs) > 100 or parts[0].lower() in _NOT_TEXTS \
            or not all(re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_-]*", part) for part in parts):
        raise InitError(Said("init.docs-dir", docs=docs[:100]))
    return "/".join(parts)


def check_generator(spec: str | None) -> str:
    """The generator's pip requirement the site's workflows install (`policysite @ git+https://…@v1.4`, a folder), on
    one line; "" where none is given (the workflows then say to set it)."""
    if spec is None:
        return ""
    spec = spec.strip()
    if not spec or re.search(r"[\x00-\x1f\x7f\u2028\u2029]", spec) or len(spec) > 500:
        raise InitError(Said("init.generator", spec=spec[:100]))
    return spec


def _skeleton() -> Environment:
    """The templates of `skeleton/`. (Jinja imported here: `policy check` reads this module for the generator's own
    folder, generator_root, and renders nothing.)"""
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    return Environment(loader=FileSystemLoader(str(SKELETON)), undefined=StrictUndefined, keep_trailing_newline=True,
                       autoescape=False)


def daily_run(time_zone: str) -> tuple[int, int]:
    """(hour, minute) in UTC of the daily job: 04:23 in UTC, or 00:23 in the company's time zone in winter (its
    standard time: 01:23 in summer), soon after the midnight its versions take effect at, as GitHub's cron is in UTC."""
    if not time_zone:
        return 4, 23
    zone = clock.zone_named(time_zone)
    year = clock.today().year
    offset = min(dt.datetime(year, month, 1, 12, tzinfo=zone).utcoffset() or dt.timedelta() for month in (1, 7))
    minutes = (23 - offset // dt.timedelta(minutes=1)) % (24 * 60)
    return minutes // 60, minutes % 60


def daily_line(time_zone: str) -> str:
    """The daily job's schedule as the site's publishing workflow writes it: GitHub's cron at `daily_run`, and why."""
    hour, minute = daily_run(time_zone)
    why = f"00:23 in {time_zone} (standard time), soon after a version's date begins there" if time_zone else ""
    return f'- cron: "{minute} {hour} * * *"  # every day at {hour:02d}:{minute:02d} UTC' + (f": {why}" if why else "")


def render(*, company: str, languages: list[NewLanguage], public_url: str, bin_dir: str,
           time_zone: str = "", generator: str = "", branch: str = "main", docs: str = "docs") -> dict[str, str]:
    """Every file of the new site rendered from `skeleton/` (relative path: text), the copied theme aside."""
    env = _skeleton()
    env.filters["q"] = lambda value: json.dumps(str(value), ensure_ascii=False)  # a JSON string is a YAML scalar
    env.filters["english"] = lambda lang: english_name(lang.code, lang.name)
    authoritative, translations = languages[0], languages[1:]
    context = {"company": company, "languages": languages, "authoritative": authoritative,
               "translations": translations, "public_url": public_url, "local_url": public_url == LOCAL_URL,
               "language_list": _listing([english_name(lang.code, lang.name) for lang in languages]),
               "codes": " ".join(lang.code for lang in languages),
               "bin_dir": bin_dir.replace("$", "$$"), "inherited_search": authoritative.search is not None,
               "time_zone": time_zone, "daily": daily_line(time_zone), "generator": generator, "docs": docs,
               "branch": branch, "policy_command": shlex.quote(str(Path(bin_dir) / "policy")),
               "activate": shlex.quote(str(Path(bin_dir) / "activate")),
               "pdf_fonts": [(lang, font_needed(lang.code)[1]) for lang in languages if font_needed(lang.code)[0]],
               "name_unreadable": name_unreadable(company, languages)}
    files = {
        "mkdocs.yml": env.get_template("mkdocs.yml.j2").render(context, lang=authoritative),
        "Makefile": env.get_template("Makefile.j2").render(
            context, authoritative=authoritative.code,
            **makefile_lines.error_lines(messages.of_site(authoritative=authoritative.code))),
        "README.md": env.get_template("README.md.j2").render(context),
        ".gitignore": (SKELETON / "gitignore").read_text(encoding="utf-8"),
        ".github/workflows/publish.yml": env.get_template("workflows/publish.yml.j2").render(context),
        ".github/workflows/pull-request.yml": env.get_template("workflows/pull-request.yml.j2").render(context),
    }
    for lang in translations:
        files[f"mkdocs.{lang.code}.yml"] = env.get_template("mkdocs.lang.yml.j2").render(context, lang=lang)
    for lang in languages:
        files[f"{docs}/{lang.code}/{WORDS_FILE}"] = env.get_template("words.txt.j2").render(context, lang=lang)
        if (theirs := language_strings(lang.code)) is not None:  # (Catalan's "Torna a l’inici", Swiss "Fusszeile")
            files[f"overrides/partials/languages/{lang.code}.html"] = theirs
    return files


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# --- what is installed: Material's languages and stemmers, the generator's own files ------------

@cache
def _material() -> Path:
    import material

    return Path(material.__file__).parent / "templates"


def material_languages() -> frozenset[str]:
    """The theme languages Material translates (its partials/languages/<code>.html)."""
    return frozenset(path.stem for path in (_material() / "partials" / "languages").glob("*.html"))


def search_stemmers() -> frozenset[str]:
    """The languages Material's search can stem (its lunr/min/lunr.<code>.min.js), English built in, that its plugin
    takes as `search.lang`: it checks them against MkDocs' own list (LangOption), which lacks Hebrew and Greek, and
    searched a site told `lang: he` in English, saying so at a level a strict build does not count (search7)."""
    from mkdocs.contrib.search import LangOption

    taken = LangOption()
    return frozenset({name for name in _search_shipped() if taken.get_lunr_supported_lang(name) == name} | {"en"})


def search_refused() -> frozenset[str]:
    """The languages Material ships a stemmer for that its plugin refuses as `search.lang` (he, el): the note says
    so, not that there is no stemmer (company6)."""
    return _search_shipped() - search_stemmers()


@cache
def _search_shipped() -> frozenset[str]:
    """The languages of Material's search stemmers (its lunr/min/lunr.<code>.min.js)."""
    folder = _material() / "assets" / "javascripts" / "lunr" / "min"
    names = {path.name.removeprefix("lunr.").removesuffix(".min.js") for path in folder.glob("lunr.*.min.js")}
    return frozenset(names - {"multi", "stemmer.support"})


def search_default(theme_language: str) -> str:
    """The search language Material takes for a theme language when the configuration names none."""
    template = _material() / "partials" / "languages" / f"{theme_language}.html"
    found = re.search(r'"search\.config\.lang":\s*"([^"]+)"', template.read_text(encoding="utf-8")) \
        if template.is_file() else None
    return found.group(1) if found else "en"


def generator_root() -> Path:
    """The generator's source tree, which holds the `hooks/` and `overrides/` every site copies."""
    import policysite

    root = Path(policysite.__file__).resolve().parents[2]
    if not (root / "hooks" / "policy.py").is_file() or not (root / "overrides" / "main.html").is_file():
        raise InitError(Said("init.no-generator", root=str(root)))
    return root


def scripts_dir() -> Path:
    """The folder of this environment's commands (`policy`, `mkdocs`): the new site's Makefile uses them."""
    return Path(sysconfig.get_path("scripts"))


def spelling_dictionaries() -> frozenset[str]:
    """The languages the spelling check has a dictionary for (pyspellchecker's)."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker.languages())


def has_spelling(code: str, dictionaries: frozenset[str]) -> bool:
    """The spelling check reads `code`'s dictionary or its base language's (`pt` for `pt-BR`)."""
    return code.split("-")[0].lower() in dictionaries


def new_language(code: str, *, company: str, public_url: str, themes: frozenset[str],
                 stemmers: frozenset[str], dictionaries: frozenset[str]) -> NewLanguage:
    """Everything the configuration says about one language, from what Material and the spelling check offer."""
    site_name, copyright_line = site_strings(code, company)
    base = theme_base(code, themes)
    locale = Locale.parse(code, sep="-")
    return NewLanguage(code=code, name=language_name(code), site_name=site_name, copyright=copyright_line,
                       site_url=f"{public_url}{code}/", theme_base=base,
                       direction="rtl" if locale.character_order == "right-to-left" else "ltr",
                       search=search_language(code, stemmers), search_default=search_default(base or code),
                       spelling=has_spelling(code, dictionaries))


# The scripts the print engine's own fonts (Libertinus Serif and Typst's fallbacks) and the generator's pinned ones
# (scriptfonts.py: Arabic, for Urdu, Pashto, Sorani, Sindhi, Uyghur too; Devanagari; Tamil) lack, by language: each
# version of such a language is published without its PDF (pdf.py) until the project adds fonts
# (extra.policy.pdf_fonts). By ISO 15924 code, which the catalogues name in their language.
NO_PDF_FONT = {"zh": "Hani", "ja": "Jpan", "ko": "Kore", "th": "Thai", "bn": "Beng", "km": "Khmr", "my": "Mymr",
               "am": "Ethi",
               # hunt 41: scripts no engine font draws
               "gu": "Gujr", "pa": "Guru", "te": "Telu", "kn": "Knda", "ml": "Mlym", "si": "Sinh", "lo": "Laoo",
               "dv": "Thaa"}
# The language codes without a region whose dictionary spells as one region writes (spelling._looked_up): English as in
# the US (en-GB, en-IE, en-AU … read British spelling too), Portuguese as in Portugal (pt-BR reads Brazil's too)
_SPELLED_AS = {"en": "american", "pt": "european"}


def undrawn_script(code: str) -> str:
    """The script `code` is written in (scriptfonts.script) where none of its PDF's fonts draws its letters, a language
    NO_PDF_FONT does not list (Tibetan, Tigrinya, Cherokee …: asked of the print engine, on a few letters of the
    script), else "" (company7: a Tibetan site's init said nothing, its first build published it without PDFs)."""
    from policysite import glyphs, scriptfonts

    script = scriptfonts.script(code)
    if not script or script in ("Latn", "Grek", "Cyrl") or script in scriptfonts.PINNED:
        return ""
    letters = scriptfonts.letters(script)
    try:
        return script if letters and glyphs.undrawn([letters], lang=code) else ""
    except glyphs.GlyphError:  # (the engine could not say: the first check says it, as for any page)
        return ""


@cache
def font_needed(code: str) -> tuple[str, scriptfonts.Font | None]:
    """The script of `code` that the PDF's own fonts lack (NO_PDF_FONT, undrawn_script), and the family the generator
    names for it (the one `policy check` and the build name), if any; ("", None) for a language its fonts draw. Said
    by `policy init`, and written into the new site's README, which its note names (company14: the note sent a
    Japanese team to a README.md whose "Publishing" said nothing of fonts)."""
    script = NO_PDF_FONT.get(code.split("-")[0]) or undrawn_script(code)
    return (script, scriptfonts.known(script, code)) if script else ("", None)


def name_unreadable(company: str, languages: list[NewLanguage]) -> list[NewLanguage]:
    """The languages whose pages would name the company in letters of none of their scripts (株式会社サクラテック on the
    English pages, גליל קלאוד בע"מ on the Arabic ones): `site_name` and `copyright`, which `policy init` writes with
    the one name it is given, are theirs to write as the company names itself in that language."""
    from policysite.spelling import unreadable_in

    return [lang for lang in languages if unreadable_in(company, lang.code)]


def notes_for(languages: list[NewLanguage], *, company: str = "") -> list[str]:
    """What the new site does differently from what was asked, one line each."""
    notes: list[str] = []
    unreadable = name_unreadable(company, languages) if company else []
    for number, lang in enumerate(languages):
        if lang.theme_base:
            notes.append(Said("init.note-theme", code=lang.code, base=lang.theme_base))
        if not lang.search:
            refused = lang.code.split("-")[0].lower() in search_refused()
            notes.append(Said("init.note-search/refused" if refused else "init.note-search", code=lang.code,
                              default=lang.search_default))
        if not lang.spelling:
            notes.append(Said("init.note-spelling", code=lang.code))
        elif spelled_as := _SPELLED_AS.get(lang.code):
            notes.append(Said(f"init.note-spelling/{spelled_as}", code=lang.code))
        elif lang.code.split("-")[0].lower() in UNFIT_LISTS:
            notes.append(Said("init.note-spelling/unfit", code=lang.code))
        if spoken(lang.code) != lang.code:
            notes.append(Said("init.note-strings", code=lang.code))
            # its site name and copyright line, the header's and footer's, are the generator's English until the
            # team puts its own: the pages mark them English meanwhile (pages.marked_site_titles; reader12)
            notes.append(Said("init.note-site-name", code=lang.code, site=lang.site_name,
                              config=f"mkdocs.{lang.code}.yml" if number else "mkdocs.yml"))
        if lang in unreadable:
            notes.append(Said("init.note-company-script", code=lang.code, company=company,
                              script=scriptfonts.script(lang.code) or "",
                              config=f"mkdocs.{lang.code}.yml" if number else "mkdocs.yml"))
        script, font = font_needed(lang.code)
        if script:
            tried = f"{font.family} ({font.package})" if font and font.tried else ""
            notes.append(Said("init.note-pdf-font", code=lang.code, script=script,
                              tried=Said("init.note-pdf-font/tried", font=tried) if tried else ""))
    return notes


# --- the operation -----------------------------------------------------------------------------

def create(*, target: Path, company: str, languages: str, url: str | None = None, time_zone: str = "",
           generator: str | None = None, branch: str | None = None, nested: bool = False,
           docs_dir: str | None = None) -> Created:
    """Make `target` (new or empty) a git repository holding a new policy site, committed once (`time_zone`: the
    company's, an IANA name, in which its versions take effect; "" for UTC; `generator`: the pip requirement its
    workflows install the generator from, POLICYSITE_SPEC; `nested`: made where `target` lies inside another git
    repository, which is refused otherwise; `docs_dir`: the folder of its texts, docs/ when None).

    Everything is checked before anything is written; a failure after that leaves `target` as it was.
    """
    company = check_company(company)
    codes = parse_codes(languages)
    public_url = check_url(url)
    spec = check_generator(generator)
    branch = check_branch(branch)
    docs = check_docs_dir(docs_dir)
    try:
        clock.zone_named(time_zone)
    except clock.ZoneError as exc:
        raise InitError(Said("init.time-zone", error=messages.text_of(exc))) from None
    source = generator_root()
    themes, stemmers, dictionaries = material_languages(), search_stemmers(), spelling_dictionaries()
    langs = [new_language(code, company=company, public_url=public_url, themes=themes, stemmers=stemmers,
                          dictionaries=dictionaries) for code in codes]
    files = render(company=company, languages=langs, public_url=public_url, bin_dir=str(scripts_dir()),
                   time_zone=time_zone, generator=spec, branch=branch, docs=docs)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise InitError(Said("init.not-empty", target=str(target), found=occupied(target, [*files, *SOURCE_FOLDERS])))
    outer = None if nested else git.enclosing(target)
    if outer is not None:  # (company11: a repository inside the company's, whose `git status` showed it untracked)
        raise InitError(Said("init.nested", target=str(target), outer=str(outer)))
    existed = target.exists()
    # in the language of the site's history, as import's commits after it (company13: "Policy site for …" in English
    # on a French site whose every import commit was French)
    subject = messages.said_in(Said("init.commit", company=company), messages.of_site(authoritative=codes[0]))
    try:
        target.mkdir(parents=True, exist_ok=True)
        for name in ("hooks", "overrides"):
            shutil.copytree(source / name, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for relative, text in files.items():
            path = target / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        commit = _commit(target, subject, branch=branch)
    except BaseException as exc:
        _undo(target, existed=existed)
        if isinstance(exc, OSError) and not exc.filename:  # a write on a full disk names no file: "[Errno 28] No
            exc.filename = str(target)  # space left on device" was the whole message (history hunt 40)
        raise
    return Created(root=target, company=company, languages=tuple(langs), public_url=public_url, commit=commit,
                   generator=spec, branch=branch, subject=subject, docs=docs)


# What `policy init` copies from the generator's source beside the files it renders.
SOURCE_FOLDERS = ("hooks", "overrides")


def occupied(target: Path, writes: list[str]) -> list[Said]:
    """What a folder that is not empty holds that a new site would be written over, each said with what to do
    instead (`writes`: the paths `policy init` would write): a policy site (its upgrade), a published site (a
    gh-pages branch), files of the same names; `policy init` writes nothing there."""
    if not target.is_dir():
        return [Said("init.not-empty/file")]
    found = []
    if (target / "mkdocs.yml").is_file() and (target / "hooks" / "policy.py").is_file():
        found.append(Said("init.not-empty/site", target=str(target)))
    if git.branch_tips(target, "gh-pages") and (target / ".git").exists():
        found.append(Said("init.not-empty/pages"))
    names = sorted({Path(path).parts[0] for path in writes} & {child.name for child in target.iterdir()})
    if names:
        found.append(Said("init.not-empty/over", names=", ".join(f"{n}/" if (target / n).is_dir() else n
                                                                  for n in names)))
    whole = Path(os.path.normpath(target.absolute()))  # (`policy init .` names no folder: `../site-policy`)
    beside = os.path.relpath(whole.with_name(f"{whole.name}-policy"))
    return [*found, Said("init.not-empty/new", folder=beside)]


def _commit(target: Path, message: str, *, branch: str) -> str:
    """`git init -b <branch>` and one commit of everything, as the user if git knows them, else as `policy init`."""
    repo = git.init_repo(target, branch=branch)
    fallback = []
    if not git.config_value(repo, "user.name"):
        fallback += ["-c", f"user.name={FALLBACK_NAME}"]
    if not git.config_value(repo, "user.email"):
        fallback += ["-c", f"user.email={FALLBACK_EMAIL}"]
    git.run(repo, "add", "-A")
    git.run(repo, *fallback, "commit", "-q", "--no-verify", "-m", message)
    return git.run(repo, "rev-parse", "HEAD").strip()


def _undo(target: Path, *, existed: bool) -> None:
    """Leave `target` as it was found: removed if it was new, emptied if it was an empty folder."""
    if not target.is_dir():
        return
    if not existed:
        shutil.rmtree(target, ignore_errors=True)
        return
    for child in target.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child, ignore_errors=True)
        else:
            child.unlink(missing_ok=True)


def summary(created: Created) -> list[str]:
    """What was made and what to do next, in a few lines (stdout); the notes go to stderr."""
    root, langs = created.root, created.languages
    first = langs[0]
    # named in the words of the lines' language (French, français), as the sentence around them is
    names = [Said("init.language/authoritative" if lang is first else "init.language", code=lang.code)
             for lang in langs]
    configs = ", ".join(["mkdocs.yml"] + [f"mkdocs.{lang.code}.yml" for lang in langs[1:]])
    folders = ", ".join(f"{created.docs}/{lang.code}/" for lang in langs)
    return [
        Said("init.made", root=str(root), company=created.company, names=names),
        Said("init.settings", configs=configs, url=created.public_url),
        Said("init.folders/each" if len(langs) > 1 else "init.folders", folders=folders, code=first.code,
             words=WORDS_FILE, docs=created.docs),
        Said("init.theme"),
        Said("init.repository", commit=created.commit[:7], subject=created.subject, branch=created.branch),
        Said("init.next-text", root=str(root), code=first.code, docs=created.docs),
        Said("init.next-check", root=str(root)),
        Said("init.next-serve"),
        *([Said("init.before/address" if created.public_url == LOCAL_URL else "init.before")]
          if not created.generator else [Said("init.before/generator")] if created.public_url == LOCAL_URL else []),
    ]
