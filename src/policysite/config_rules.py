"""Which configuration a publication builds with: what a change to mkdocs.yml, the hooks or the theme overrides
may not do, since it would publish what the checks never read.

A hook is Python that runs during the build, in the process that checks the output: one that is not the
generator's own could switch the checks off. A Markdown extension the checks do not know can read files from
the disk into the page (`pymdownx.snippets`) or write HTML the text checks never see. HTML in `copyright`
is written into every page's footer, outside the text's checks. `repo_url` makes the theme ask GitHub's API
for the repository's stars: a request to another host. Each is refused with one line naming the setting.
"""
from __future__ import annotations

import hashlib
import html
import os
import re
import shlex
import sysconfig
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any

from policysite import characters, css_rules, font_rules, image_rules
from policysite.messages import Said, prefixed

RULE = "config.refused"
# The Markdown extensions the checks read the text as (rendering.EXTENSIONS, and toc for the headings' ids).
EXTENSIONS = frozenset({"toc", "tables", "attr_list", "sane_lists"})


# The settings of MkDocs the generator builds with, or refuses saying why (nav, the repository's, extra_templates), or
# that no build reads (`mkdocs serve`'s and `gh-deploy`'s, not_in_nav's warnings): MkDocs' others change which pages a
# version publishes (`exclude_docs` or `draft_docs` naming the text: a version published without its page), or how
# it judges them (`validation`), which no check reads (safety66).
BUILT_WITH = frozenset({"INHERIT", "site_name", "site_url", "site_description", "site_author", "copyright", "docs_dir",
                        "site_dir", "use_directory_urls", "strict", "theme", "plugins", "hooks", "extra_css",
                        "extra_javascript", "markdown_extensions", "extra", "nav", "repo_url", "repo_name", "edit_uri",
                        "edit_uri_template", "extra_templates", "dev_addr", "watch", "remote_branch", "remote_name",
                        "not_in_nav"})


# The kind of value each of MkDocs' settings the generator builds with takes, as MkDocs' schema reads it
# (mkdocs/config/defaults.py; Material's `theme.features`), by its keys. A value of another kind was read letter by
# letter (`hooks: hooks/policy.py` without its dash: one finding a letter), ended the command with Python's words
# (`plugins:` left empty), or passed `policy check` and stopped the build with MkDocs' English words, which publishing
# said as a problem "in the text" (`site_name: 2021-01-01`, a date to YAML): safety88.
_TEXT, _MAYBE_TEXT = (str,), (str, type(None))
KINDS: dict[tuple[str, ...], tuple[type, ...]] = {
    ("site_name",): _TEXT, ("site_url",): _MAYBE_TEXT, ("site_description",): _MAYBE_TEXT,
    ("site_author",): _MAYBE_TEXT, ("copyright",): _MAYBE_TEXT, ("docs_dir",): _TEXT, ("site_dir",): _TEXT,
    ("use_directory_urls",): (bool,), ("strict",): (bool,), ("theme",): (str, dict), ("theme", "custom_dir"): _TEXT,
    ("theme", "features"): (list,), ("plugins",): (list, dict), ("hooks",): (list,), ("extra_css",): (list,),
    ("extra_javascript",): (list,), ("markdown_extensions",): (list, dict), ("extra",): (dict,),
}
_KIND_WORDS = {(str,): "text", (str, type(None)): "text", (bool,): "boolean", (list,): "list",
               (list, dict): "list-or-mapping", (str, dict): "text-or-mapping", (dict,): "mapping"}


def misshapen(config: dict[str, Any]) -> list[tuple[tuple[str, ...], Said]]:
    """Each setting of `config` whose value is not of the kind MkDocs reads it as (KINDS), with its keys and why; a
    setting left out is MkDocs' default, no problem here."""
    found = []
    for keys, kinds in KINDS.items():
        holder: Any = config
        for key in keys[:-1]:
            holder = holder.get(key) if isinstance(holder, dict) else None
        if not isinstance(holder, dict) or keys[-1] not in holder:
            continue
        value = holder[keys[-1]]
        if not isinstance(value, kinds) or (bool not in kinds and isinstance(value, bool)):
            found.append((keys, Said("config.kind", key=".".join(keys), value=_shown_value(value),
                                     kind=Said(f"config.kind/{_KIND_WORDS[kinds]}"))))
    return found


def _shown_value(value: object) -> str:
    if value is None:
        return Said("config.kind-empty")
    shown = value.isoformat() if hasattr(value, "isoformat") else repr(value)
    return shown if len(shown) <= 60 else f"{shown[:59]}…"


def _well_shaped(config: dict[str, Any], wrong: list[tuple[str, ...]]) -> dict[str, Any]:
    """`config` without the settings `wrong` names (misshapen's): what the other rules read, each said once."""
    config = dict(config)
    for keys in wrong:
        if len(keys) == 1:
            config.pop(keys[0], None)
        elif isinstance(config.get(keys[0]), dict):
            config[keys[0]] = {k: v for k, v in config[keys[0]].items() if k != keys[1]}
    return config


# The plugins the generator builds with: Material's search (MkDocs' own under Material's name).
PLUGINS = frozenset({"search", "material/search"})
# What the search may be told: its language, as `policy init` writes it.
SEARCH_OPTIONS = frozenset({"lang"})


def search_languages_unsearched(text: str) -> list[tuple[int, str, str]]:
    """Each `lang` of a configuration's search plugin (`text`, its YAML) that Material's plugin does not search in as
    written, with its line and the language it searches in instead: it checks them against MkDocs' own list
    (LangOption), which lacks Hebrew and Greek though Material ships their stemmers, and falls back to English (uk to
    ru) saying so at INFO only, which a strict build does not count (search7, company6)."""
    import yaml
    from mkdocs.contrib.search import LangOption

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return []  # (what cannot be read is said by the configuration's own errors)
    plugins = _value(root, "plugins")  # (a list of plugins, each a name or a mapping, or one mapping of them)
    entries = plugins.value if isinstance(plugins, yaml.SequenceNode) else [plugins]
    found: list[tuple[int, str, str]] = []
    for options in (_value(entry, name) for entry in entries for name in PLUGINS):
        langs = _value(options, "lang")
        for node in langs.value if isinstance(langs, yaml.SequenceNode) else [langs] if langs else []:
            code = node.value if isinstance(node, yaml.ScalarNode) else None
            if not isinstance(code, str) or code == "en":
                continue
            used = str(LangOption().get_lunr_supported_lang(code) or "en")
            if used != code:
                found.append((node.start_mark.line + 1, code, used))
    return found


def _value(node: Any, key: str) -> Any:
    """The value of `key` in a composed YAML mapping, None where there is none."""
    import yaml

    if not isinstance(node, yaml.MappingNode):
        return None
    return next((value for k, value in node.value if getattr(k, "value", None) == key), None)


def without_file(line: str) -> str:
    """A line of `problems` without the configuration file's name before it (a `Said` kept as one)."""
    if isinstance(line, Said) and line.key == "said.prefixed":
        return line.fields["text"]  # type: ignore[return-value]
    return line.split(": ", 1)[1]


def place_of(line: str) -> tuple[str, int]:
    """The file and line a line of `problems` names before its words (`mkdocs.yml:41`: ("mkdocs.yml", 41)); line 1
    where it names the file alone (a setting written nowhere in it: the `theme` a configuration leaves out)."""
    name = str(line.fields["name"]) if isinstance(line, Said) and line.key == "said.prefixed" else \
        line.split(": ", 1)[0]
    file, _, number = name.rpartition(":")
    return (file, int(number)) if file and number.isdigit() else (name, 1)


class ConfigError(Exception):
    """A configuration that would publish what the checks do not read."""


def problems(config: dict[str, Any], *, config_file: str, files: Path) -> list[str]:
    """Why `config` (read from `config_file`, the project's files at the commit written under `files`) may not be
    built with, one line each, each after the file and line of the setting it refuses (`mkdocs.yml:41: …`: where that
    file is under `files`, else its name alone); [] when it may."""
    from policysite import config_lines

    at = config_lines.placer(config_file, files / config_file)
    wrong = misshapen(config)
    found = [prefixed(at(*keys), why) for keys, why in wrong]
    found += [prefixed(at("hooks"), why) for why in _hook_missing(config)]  # (before a misshapen `hooks` goes)
    config = _well_shaped(config, [keys for keys, _why in wrong])
    for keys, name, _options in _extension_entries(config):
        if not isinstance(name, str) or name.removeprefix("markdown.extensions.") not in EXTENSIONS:
            found.append(prefixed(at(*keys), Said("config.extension", name=repr(name),
                                                 known=", ".join(sorted(EXTENSIONS)))))
    for number, hook in enumerate(config.get("hooks") or []):
        found += [prefixed(at("hooks", number), without_file(why))
                  for why in _hook(str(hook), config_file=config_file, files=files)]
    plugins = config.get("plugins") or []
    for number, entry in enumerate(plugins.items() if isinstance(plugins, dict) else plugins):
        name = entry[0] if isinstance(entry, tuple) else next(iter(entry)) if isinstance(entry, dict) and entry \
            else entry
        keys = ("plugins", name) if isinstance(entry, tuple) else ("plugins", number, name) \
            if isinstance(entry, dict) and entry else ("plugins", number)
        if name not in PLUGINS:
            found.append(prefixed(at(*keys), Said("config.plugin", name=repr(name), known=", ".join(sorted(PLUGINS)))))
            continue
        options = entry[1] if isinstance(entry, tuple) else entry.get(name) if isinstance(entry, dict) else None
        for option in sorted(set(options) - SEARCH_OPTIONS if isinstance(options, dict) else (), key=str):
            found.append(prefixed(at(*keys, option), Said("config.plugin-option", name=str(name), key=str(option))))
    theme = config.get("theme")
    name = _theme_name(theme)
    if name is not None and name != "material":  # (the build stopped on the archive pages' templates, saying
        # "`policy check --configuration` names what it finds there", which found nothing: company10)
        found.append(prefixed(at("theme", "name"), Said("config.theme-name", name=repr(name))))
    custom = theme.get("custom_dir") if isinstance(theme, dict) else None
    outside = isinstance(custom, str) and (PurePosixPath(custom).is_absolute() or ".." in PurePosixPath(custom).parts
                                           or linked(files, files / custom))
    if outside:  # never walked: `/` would list the whole file system into the findings
        found.append(prefixed(at("theme", "custom_dir"), Said("config.custom-dir", folder=repr(custom))))
    elif isinstance(custom, str) and (files / custom).is_dir():
        found += [prefixed(at("theme", "custom_dir"), Said("config.theme-file", file=f"{custom}/{rel}", why=why))
                  for rel, why in foreign_files(files / custom)]
    if config.get("extra_templates"):
        found.append(prefixed(at("extra_templates"), Said("config.extra-templates")))
    for key in ("extra_javascript", "extra_css"):
        for number, entry in enumerate(config.get(key) or []):
            path = entry.get("path") if isinstance(entry, dict) else entry
            inside = isinstance(path, str) and not re.match(r"(?i)[a-z][a-z0-9+.-]*:|/|\\", path) \
                and ".." not in path.replace("\\", "/").split("/")
            there = inside and isinstance(custom, str) and (files / custom / str(path)).is_file()
            if not there:
                found.append(prefixed(at(key, number), Said("config.asset-elsewhere", key=key, path=repr(path),
                                                            folder=str(custom or "custom_dir"))))
            elif key == "extra_javascript" and not own_file(files / str(custom), str(path)):
                generator = _generator_root()
                stale = _generators(generator and generator / "overrides", str(path))
                found.append(prefixed(at(key, number), Said(
                    "config.script-not-own/stale" if stale else "config.script-not-own", key=key, path=repr(path))))
            found += [prefixed(at(key, number, *field), why) for field, why in _entry_problems(key, entry)]
    found += [prefixed(at("extra_javascript"), why) for why in _site_script_missing(config)]
    found += [prefixed(at("markdown_extensions"), why) for why in _extensions_missing(config)]
    if any(c in str(config.get("copyright") or "") for c in '<>'):
        found.append(prefixed(at("copyright"), Said("config.copyright")))
    for where, keys, value in _strings(config, ("site_name", "site_description", "site_author", "site_url", "nav",
                                               "extra", "theme", "copyright")):
        quoted = where in ("site_name", "site_description", "site_author") or where.startswith(_NAMES)
        if where != "copyright" and any(c in value for c in ('<>' if quoted else '<>"')):  # (copyright: above)
            marks = "<, >" if quoted else '<, > or "'
            found.append(prefixed(at(*keys), Said("config.markup", where=where, value=value[:60], marks=marks)))
        control = re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]", value)
        if control:  # a document's title in updates.xml: ElementTree writes it raw, the feed is no XML (hunt 25)
            found.append(prefixed(at(*keys), Said("config.control", where=where, code=f"{ord(control.group()):04X}",
                                                 column=control.start() + 1)))
        elif _hidden(html.unescape(value)):  # a sentence spelt in tag characters, in every page's head (hunt 35)
            found.append(prefixed(at(*keys), Said("config.hidden", where=where)))
        elif override := _OVERRIDE.search(html.unescape(value)):  # as the page shows it: `&#x202E;` is one too
            found.append(prefixed(at(*keys), Said("config.override", where=where,
                                                 code=f"{ord(override.group()):04X}")))
        elif _marked(html.unescape(value)):  # a company struck out, or marks piled over the header (safety hunt 39)
            found.append(prefixed(at(*keys), Said("config.marked", where=where)))
    site_url = config.get("site_url")
    if isinstance(site_url, str) and site_url.strip() and (problem := _url_problem(site_url.strip())):
        # `javascript:alert(1)//` passed `policy check`; the preview build stopped on MkDocs' English words (safety90)
        found.append(prefixed(at("site_url"), Said("config.site-url", url=site_url[:60], problem=problem)))
    if config.get("nav"):
        found.append(prefixed(at("nav"), Said("config.nav")))
    for key in sorted(set(config) - BUILT_WITH, key=str):
        found.append(prefixed(at(key), Said("config.key", key=str(key)[:60])))
    if config.get("use_directory_urls", True) is not True:
        found.append(prefixed(at("use_directory_urls"), Said("config.directory-urls",
                                                             value=repr(config["use_directory_urls"])[:40])))
    extra = config.get("extra")
    for key in extra if isinstance(extra, dict) else ():
        if key not in _EXTRA:
            found.append(prefixed(at("extra", key), Said("config.extra", key=str(key),
                                                         known=", ".join(sorted(_EXTRA)))))
    found += [prefixed(at("theme", "logo"), without_file(why))
              for why in image_rules.logo_problems(config, config_file, files)]
    found += _font_problems(config, at, files)
    found += _extension_options(config, at)
    found += _theme_options(theme, at) if isinstance(theme, dict) else []
    if (_site_configuration(config) or _theme_name(theme) == "material") \
            and (isinstance(theme, str) or isinstance(theme, dict) and "font" not in theme):
        found.append(prefixed(at("theme", "font"), _theme_font(None)))  # (Material's default: Roboto, from Google
        # Fonts; said at the `theme:` it belongs under)
    found += _language_names(config, at)
    found += _language_digits(config, at)
    found += _stated_dates(config, at, config_file)
    own = _language_of(config, config_file)
    language = theme.get("language") if isinstance(theme, dict) else None
    if own and isinstance(language, str) and language != own:
        # `ar` in mkdocs.en.yml wrote the English pages lang="ar" dir="rtl": their numbers shown reordered (hunt 30)
        found.append(prefixed(at("theme", "language"), Said("config.theme-language", language=repr(language),
                                                            own=own)))
    for key in ("repo_url", "repo_name", "edit_uri", "edit_uri_template"):
        if config.get(key):
            found.append(prefixed(at(key), Said("config.repository", key=key)))
    return found


def _language_entries(config: dict[str, Any]) -> list[Any]:
    """The entries of a configuration's `extra.policy.languages`, as written ([] where it has none)."""
    extra = config.get("extra")
    policy = extra.get("policy") if isinstance(extra, dict) else None
    entries = policy.get("languages") if isinstance(policy, dict) else None
    return entries if isinstance(entries, list) else []


def _language_names(config: dict[str, Any], at: Callable[..., str]) -> list[str]:
    """Each language of `extra.policy.languages` named otherwise than it is: the language menu of every page links its
    text under that name, and `name: Français` on the English entry sent a reader wanting French to the English text
    (safety69). A name holds the language's own name (Babel's, its region's or not) or its English one, or is its code
    (`EN`, a menu of codes)."""
    found = []
    for index, entry in enumerate(_language_entries(config)):
        code, name = (entry.get("code"), entry.get("name")) if isinstance(entry, dict) else (None, None)
        if isinstance(code, str) and isinstance(name, str) and (names := _names_of(code)) \
                and _folded(name) not in (code.casefold(), code.split("-")[0].casefold()) \
                and not any(known in _folded(name) for known in names):
            said = Said("config.language-name", code=code, name=name[:60], own=_own_name(code))
            found.append(prefixed(at("extra", "policy", "languages", index, "name"), said))
    return found


def _language_digits(config: dict[str, Any], at: Callable[..., str]) -> list[str]:
    """Each language of `extra.policy.languages` given digits of another script than its own (`digits: beng` on
    English): every date and count the site writes on its pages (the version's date under the title, the notice that
    a version is no longer in force, the history) is then in those digits, which a reader takes for others, a Bengali
    4 for an 8, a 7 for a 9 (safety74); the text's own such digits are refused (editorial.digits)."""
    from policysite import strings

    found = []
    for index, entry in enumerate(_language_entries(config)):
        code, digits = (entry.get("code"), entry.get("digits")) if isinstance(entry, dict) else (None, None)
        if isinstance(code, str) and isinstance(digits, str) and digits in strings.DIGITS \
                and digits not in (own := strings.written_systems(code)):
            said = Said("config.language-digits", code=code, digits=digits, shown=strings.DIGITS[digits],
                        own=", ".join(sorted(own)))
            found.append(prefixed(at("extra", "policy", "languages", index, "digits"), said))
    return found


# The configuration's words every page it builds shows: the site's name (in the header and each page's title), its
# description (each page's, which search engines and link previews show) and the footer's line, and each document's
# title (the home page, its pages' titles).
_SHOWN = ("site_name", "site_description", "copyright")


def _stated_dates(config: dict[str, Any], at: Callable[..., str], config_file: str) -> list[str]:
    """Each of the configuration's words the pages show (_SHOWN, the documents' titles) that states a date: every
    version's page is built with them, beside its own date, and the history and compare pages beside every version's.
    `site_name: Example privacy policy in force since 1 March 2001` on the version of 2001-02-01 was published, its
    header and title saying another day than the version's, as a front matter's `summary:` was refused for
    (checks.stated_date, safety71; safety74)."""
    from policysite import sync

    extra = config.get("extra")
    policy = extra.get("policy") if isinstance(extra, dict) else None
    policy = policy if isinstance(policy, dict) else {}
    own = _language_of(config, config_file) or str(policy.get("authoritative") or "en")
    shown: list[tuple[str, tuple[object, ...], str, str]] = [
        (key, (key,), own, config[key]) for key in _SHOWN if isinstance(config.get(key), str)]
    documents = policy.get("documents")
    for index, entry in enumerate(documents if isinstance(documents, list) else []):
        titles = entry.get("title") if isinstance(entry, dict) else None
        for lang, title in (titles.items() if isinstance(titles, dict) else ()):
            if isinstance(title, str):
                shown.append((f"extra.policy.documents[{index}].title.{lang}",
                              ("extra", "policy", "documents", index, "title", lang), str(lang), title))
    found = []
    for where, keys, lang, text in shown:
        stated = sync.stated_dates(" ".join(text.replace("{year}", "").split()), lang, every=True)
        if stated:
            sentence, dates = stated[0]
            found.append(prefixed(at(*keys), Said("config.date-stated", where=where, words=sentence[:80],
                                                 dates=", ".join(sorted(dates)))))
    return found


def _folded(text: str) -> str:
    import unicodedata

    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _names_of(code: str) -> tuple[str, ...]:
    """How a language may be named: its own name and its English one, with its region's or script's and without. A
    language CLDR does not name (Montenegrin, `cnr`, which Babel reads as Serbian in Montenegro) by its own names only:
    `name: Serbian` on `cnr` sends a reader wanting Serbian to the Montenegrin text (adopt48)."""
    from babel import Locale, UnknownLocaleError

    from policysite import strings

    if strings.unnamed_in_cldr(code, code) is not None:
        return tuple(sorted({_folded(name) for lang in (code, code.split("-")[0], "en")
                             if (name := strings.unnamed_in_cldr(code, lang))}))
    try:
        locale, base = Locale.parse(code, sep="-"), Locale.parse(code.split("-")[0])
    except (ValueError, UnknownLocaleError):
        return ()
    said = {locale.get_display_name(locale), base.get_display_name(base), locale.get_display_name("en"),
            base.get_display_name("en"), base.get_language_name(base), base.get_language_name("en"),
            locale.get_language_name(locale)}
    return tuple(sorted({_folded(name) for name in said if name}))


def _own_name(code: str) -> str:
    from policysite import init

    return init.language_name(code)


def _marked(value: str) -> bool:
    from policysite import editorial

    return bool(editorial.STRUCK.search(value) or editorial.stacked(value))


def _hidden(value: str) -> bool:
    return bool(characters.hidden_run(value) or characters.stray_invisibles(value))


# The direction overrides (LEFT-TO-RIGHT and RIGHT-TO-LEFT OVERRIDE) editorial.bidi refuses in the text.
_OVERRIDE = re.compile("[\u202d\u202e]")
# What a project's `extra` may hold: the site's settings, and Material's "Made with" switch.
_EXTRA = frozenset({"policy", "generator"})


# The company's and brand's names, which no template prints (the checks and the Word redline read them).
_NAMES = ("extra.policy.company", "extra.policy.brand")


def _strings(config: dict[str, Any], keys: tuple[str, ...]) -> Iterator[tuple[str, tuple[object, ...], str]]:
    """(where, its keys, value) for every string under `keys` of the configuration, lists and mappings included: where
    as a message says it (`nav[0]`, `theme.icon (a key)`), its keys as config_lines finds its line."""
    todo: list[tuple[str, tuple[object, ...], Any]] = [(key, (key,), config.get(key)) for key in keys]
    while todo:
        where, path, value = todo.pop()
        if isinstance(value, str):
            yield where, path, value
        elif isinstance(value, dict):
            todo += [(f"{where}.{k}", (*path, k), v) for k, v in value.items()]
            todo += [(f"{where} (a key)", (*path, k), k) for k in value if isinstance(k, str)]
        elif isinstance(value, list):
            todo += [(f"{where}[{n}]", (*path, n), v) for n, v in enumerate(value)]


# What toc's `permalink` may be: each heading's link written ¶ (`true`, or the mark itself: regression hunt 12), the
# mark the pages' notices, print lines, search and checks leave out of a heading's words; another mark (`'§'`, `'#'`)
# would be read as the heading's.
_PERMALINKS = (True, "\u00b6")


# What the generator's own extensions may be told, each option with the values it may take (None: any). Any other
# option writes into the page what the checks never read (toc's `marker` replaces a checked paragraph by a table of
# contents, its `title` and a `permalink` text write words into every page).
_OPTIONS: dict[str, dict[str, Any]] = {"toc": {"permalink": _PERMALINKS, "toc_depth": None, "slugify": ("slugify",),
                                               "permalink_title": None},  # (the hook writes its own)
                                       "tables": {}, "attr_list": {}, "sane_lists": {}}


def extensions(config: dict[str, Any]) -> list[tuple[Any, Any]]:
    """(name, options) of each Markdown extension, in every form MkDocs reads: a list of names and one-key
    mappings, or one mapping of names to options."""
    return [(name, options) for _key, name, options in _extension_entries(config)]


def _extension_entries(config: dict[str, Any]) -> list[tuple[tuple[object, ...], Any, Any]]:
    """(its keys, name, options) of each Markdown extension (`extensions`), its keys where config_lines finds its line
    (`("markdown_extensions", 2, "toc")`)."""
    entries = config.get("markdown_extensions") or []
    if isinstance(entries, dict):
        return [(("markdown_extensions", name), name, options) for name, options in entries.items()]
    out: list[tuple[tuple[object, ...], Any, Any]] = []
    for number, entry in enumerate(entries if isinstance(entries, list) else [entries]):
        if isinstance(entry, dict):
            out += [(("markdown_extensions", number, name), name, options) for name, options in entry.items()] \
                or [(("markdown_extensions", number), None, None)]
        else:
            out.append((("markdown_extensions", number), entry, None))
    return out


def _extension_options(config: dict[str, Any], at: Callable[..., str]) -> list[str]:
    found = []
    for entry, name, options in _extension_entries(config):
        if options is None:
            continue
        if str(name).removeprefix("markdown.extensions.") not in EXTENSIONS:
            continue  # refused by its name already
        allowed = _OPTIONS.get(str(name).removeprefix("markdown.extensions."), {})
        for key, value in (options or {}).items() if isinstance(options, dict) else [("", options)]:
            values = allowed.get(key, ())
            shown = getattr(value, "__qualname__", value)
            if key == "toc_depth" and not re.fullmatch(r"[1-6](?:-[1-6])?", str(value)):
                values = ()  # MkDocs would end with a TypeError naming nothing: a level, or levels `2-6`
            if key == "permalink":  # (company17: `'§'` passed, and publishing failed on the history, compare and at
                # pages, their print line read with the heading's ¶ left out)
                found += [prefixed(at(*entry, key), Said("config.toc-permalink", value=repr(shown)[:40]))] \
                    if value not in _PERMALINKS else []
            elif key not in allowed or values is not None and shown not in values and value not in values:
                found.append(prefixed(at(*entry, *((key,) if key else ())), Said(
                    "config.extension-option" if key else "config.extension-option/options", name=name, key=key,
                    value=repr(shown))))
    return found


FONT_KINDS = (".ttf", ".otf", ".ttc", ".otc")


def _font_problems(config: dict[str, Any], at: Callable[..., str], files: Path) -> list[str]:
    """Each font file of `extra.policy.pdf_fonts` whose characters of one script are drawn with another script's
    shapes (Khmer digits drawn as Latin letters print, in the PDF, a sentence no check read)."""
    extra = config.get("extra")
    policy = extra.get("policy") if isinstance(extra, dict) else None
    folders = policy.get("pdf_fonts") if isinstance(policy, dict) else None
    found = []
    for number, folder in enumerate(folders if isinstance(folders, list) else []):
        base = files / str(folder)
        if not isinstance(folder, str) or linked(files, base) or not base.is_dir():
            continue  # the settings say why
        for path in sorted(base.rglob("*")):
            if path.suffix.lower() in FONT_KINDS and not path.is_symlink() and path.is_file():
                why = font_problem(path)
                if why:
                    name = path.relative_to(files).as_posix()
                    found.append(prefixed(at("extra", "policy", "pdf_fonts", number),
                                          Said("config.font", path=name, why=_naming(why, name))))
    return found


def font_problem(path: Path) -> str:
    """Why a font may not print the PDFs ("" when it may): a shape its character map gives to characters of two
    scripts, one a reader would read as another's letters. Judged once per process for the same bytes (a history
    checks its configuration at every version; a CJK collection has some 400,000 glyphs)."""
    try:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return Said("font.unreadable", error=type(exc).__name__)
    if digest not in _VERDICTS:
        _VERDICTS[digest] = _font_verdict(str(path))
    return _VERDICTS[digest]


_VERDICTS: dict[str, str] = {}  # a font file's SHA-256 -> font_problem's answer


def _font_verdict(path: str) -> str:
    from fontTools.ttLib import TTFont, TTLibError

    try:
        count = 1
        if path.lower().endswith((".ttc", ".otc")):
            from fontTools.ttLib import TTCollection
            count = len(TTCollection(path, lazy=True).fonts)
        # The faces of a collection share their outlines (one CFF or glyf table): each glyph is drawn once.
        drawn: dict[tuple[str, int, str], bytes] = {}
        for number in range(count):
            font = TTFont(path, fontNumber=number, lazy=True)
            cmap = font.getBestCmap() or {}
            scripts: dict[str, set[str]] = {}
            sample: dict[str, int] = {}  # a character of each script, which names it (its ISO 15924 code)
            for code, glyph in cmap.items():
                script = script_of(code)
                if script:
                    scripts.setdefault(glyph, set()).add(script)
                    sample.setdefault(script, code)
            # The same glyph, or a copy of its outline, for two scripts' characters (Greek, Latin and Cyrillic share
            # capitals by design): Khmer digits drawn as Latin letters print words the text does not hold.
            table = next((tag for tag in ("CFF ", "CFF2", "glyf") if tag in font.reader.tables), "")
            offset = font.reader.tables[table].offset if table else number
            shapes: dict[bytes, set[str]] = {}
            glyphs = font.getGlyphSet()
            for glyph, names in scripts.items():
                key = (table, offset, glyph)
                if key not in drawn:
                    drawn[key] = _outline(glyphs, glyph)
                if drawn[key]:
                    shapes.setdefault(drawn[key], set()).update(names)
            mixed = next((names for names in [*scripts.values(), *shapes.values()]
                          if len(names) > 1 and not names <= _ALIKE), None)
            if mixed:
                from fontTools import unicodedata as ucd

                return Said("font.mixed", scripts=sorted(str(ucd.script(chr(sample[one]))) for one in mixed))
            unseen = font_rules.picture_problem(font) or font_rules.blank_problem(font)
            if unseen:
                return unseen
            swapped = _swapped(cmap)
            if swapped:
                return Said("font.swapped", swapped=swapped, hint=_ideographs_hint(swapped))
    except (TTLibError, OSError, ValueError, KeyError, AssertionError) as exc:
        return Said("font.unreadable", error=type(exc).__name__)
    return ""


def _swapped(cmap: dict[int, str]) -> str:
    """Two letters or digits of one script drawn as one (`a` and `o` with the glyph `o`), or a letter drawn with a glyph
    its font names after another (`a` with the glyph named `o`): a font whose character map was edited so that the
    PDF's text says one word and its glyphs draw another ("" when none). A letter's capital and small forms may share
    one (a font of capitals only); one script's letter may take another's look-alike (Cyrillic а drawn as a)."""
    import unicodedata

    from fontTools import agl

    def same(one: str, other: str) -> bool:
        return one.casefold() == other.casefold() or unicodedata.normalize("NFKC", one) == \
            unicodedata.normalize("NFKC", other) or unicodedata.digit(one, -1) == unicodedata.digit(other, -2)

    def kind(char: str) -> str:
        return "DIGIT" if unicodedata.category(char) == "Nd" else script_of(ord(char))

    drawn: dict[str, str] = {}
    twice: list[Said] = []  # ideographs one glyph draws: every pair, for one command to take them all out
    for code, glyph in sorted(cmap.items()):
        char = chr(code)
        if not kind(char):
            continue
        named = agl.toUnicode(glyph.split(".")[0])
        if len(named) == 1 and kind(named) == kind(char) and not same(named, char):
            return Said("font.swapped/named", char=char, code=f"{code:04X}", glyph=glyph, named=named)
        first = drawn.setdefault(f"{kind(char)} {glyph}", char)
        if not same(first, char):
            said = Said("font.swapped/one-glyph", first=first, char=char, glyph=glyph)
            if kind(char) != "CJK":
                return said
            twice.append(said)
    if not twice:
        return ""
    return Said(twice[0].key, **twice[0].fields, also=tuple(str(t.fields["char"]) for t in twice))


def _naming(why: str, name: str) -> str:
    """`why`, its hint's command naming the font file `name` (a verdict is kept by the file's bytes, not its place)."""
    if not isinstance(why, Said):
        return why
    hint = why.fields.get("hint")
    if not isinstance(hint, Said) or hint.key != "font.ideographs":
        return why
    # (the subsetter writes one face of a collection, .ttc, as a font file of its own: no command writes it in place)
    key = "font.ideographs/collection" if name.lower().endswith((".ttc", ".otc")) else hint.key
    return Said(why.key, **{**why.fields, "hint": Said(key, **{**hint.fields, "font": shlex.quote(name)})})


def _ideographs_hint(swapped: str) -> str:
    """What a project may do when the two characters one glyph draws are ideographs: Japanese fonts map a few pairs
    Unicode encodes twice to one glyph (IPAGothic's 𩿎 U+29FCE and 𩿗 U+29FD7), which no text of theirs tells apart."""
    if not isinstance(swapped, Said) or swapped.key != "font.swapped/one-glyph":
        return ""
    pair = (str(swapped.fields["first"]), str(swapped.fields["char"]))
    if not all(script_of(ord(c)) == "CJK" for c in pair):
        return ""
    also = swapped.fields.get("also")
    codes = sorted({ord(c) for c in (also if isinstance(also, tuple) else (pair[1],))})
    edges = [0, *(n for code in codes for n in (code - 1, code + 1)), 0x10FFFF]  # every character but those
    ranges = ",".join(f"{edges[i]:X}-{edges[i + 1]:X}" for i in range(0, len(edges), 2) if edges[i] <= edges[i + 1])
    return Said("font.ideographs", codes=", ".join(f"U+{code:04X}" for code in codes), ranges=ranges, font="FONT")


_SCRIPT_ALIASES = {"KANGXI": "CJK", "IDEOGRAPHIC": "CJK", "CJK": "CJK"}
_ALIKE = frozenset({"LATIN", "GREEK", "CYRILLIC"})  # capitals every font draws alike (A, Α, А)


def _outline(glyphs: Any, name: str) -> bytes:
    """A digest of a glyph's outline, its components drawn in: what a reader sees of it (empty for a space)."""
    from fontTools.pens.recordingPen import DecomposingRecordingPen

    pen = DecomposingRecordingPen(glyphs)
    try:
        glyphs[name].draw(pen)
    except (KeyError, TypeError, ValueError, AttributeError):
        return b""
    if not pen.value:
        return b""
    return hashlib.blake2b(repr(pen.value).encode("utf-8"), digest_size=20).digest()


def script_of(code: int) -> str:
    """The script a letter or digit is written in, from its Unicode name (LATIN, KHMER…); "" for others and for
    the forms every script shares (ASCII digits, mathematical, fullwidth, circled letters)."""
    import unicodedata

    char = chr(code)
    if not unicodedata.category(char).startswith(("L", "N")):
        return ""
    word = unicodedata.name(char, "").split(" ")[0]
    word = _SCRIPT_ALIASES.get(word, word)
    return word if word in _scripts() else ""


# What _counted_scripts() finds in Unicode 14.0.0 (Python 3.11's): counting takes 0.4 s, once in every process that
# checks a link or a font (tests/unit/test_config_rules.py counts again and compares).
SCRIPTS_UNICODE = "14.0.0"
_SCRIPTS = frozenset("""
    ADLAM AEGEAN AHOM ANATOLIAN ARABIC ARMENIAN AVESTAN BALINESE BAMUM BASSA BATAK BENGALI BHAIKSUKI BOPOMOFO
    BRAHMI BUGINESE CANADIAN CARIAN CAUCASIAN CHAKMA CHAM CHEROKEE CHORASMIAN CJK COPTIC CUNEIFORM CYPRIOT
    CYPRO-MINOAN CYRILLIC DESERET DEVANAGARI DIVES DOGRA DUPLOYAN EGYPTIAN ELBASAN ELYMAIC ETHIOPIC GEORGIAN
    GLAGOLITIC GOTHIC GRANTHA GREEK GUJARATI GUNJALA GURMUKHI HANGUL HANIFI HATRAN HEBREW HENTAIGANA HIRAGANA
    IMPERIAL INDIC INSCRIPTIONAL JAVANESE KAITHI KANNADA KATAKANA KAYAH KHAROSHTHI KHITAN KHMER KHOJKI
    KHUDAWADI LAO LATIN LEPCHA LIMBU LINEAR LISU LYCIAN LYDIAN MAHAJANI MALAYALAM MANDAIC MANICHAEAN MARCHEN
    MASARAM MAYAN MEDEFAIDRIN MEETEI MENDE MEROITIC MIAO MODI MONGOLIAN MRO MULTANI MYANMAR NABATAEAN
    NANDINAGARI NEW NEWA NKO NUSHU NYIAKENG OGHAM OL ORIYA OSAGE OSMANYA OTTOMAN PAHAWH PALMYRENE PAU PHAGS-PA
    PHOENICIAN PSALTER REJANG RUMI RUNIC SAMARITAN SAURASHTRA SHARADA SHAVIAN SIDDHAM SINHALA SOGDIAN SORA
    SOYOMBO SUNDANESE SYLOTI SYRIAC TAI TAKRI TAMIL TANGSA TANGUT TELUGU THAANA THAI TIBETAN TIFINAGH TIRHUTA
    TOTO UGARITIC VAI VITHKUQI WANCHO WARANG YEZIDI YI ZANABAZAR
""".split())


@cache
def _scripts() -> frozenset[str]:
    """The first words of the names of letters and digits that name a script (_counted_scripts)."""
    import unicodedata

    return _SCRIPTS if unicodedata.unidata_version == SCRIPTS_UNICODE else _counted_scripts()


def _counted_scripts() -> frozenset[str]:
    """The first words of the names of letters and digits that name a script: those at least 20 characters share
    (a single MICRO SIGN is no script), but the forms shared across scripts."""
    import unicodedata
    from collections import Counter

    counts = Counter(unicodedata.name(chr(c), " ").split(" ")[0] for c in range(0x30000)
                     if unicodedata.category(chr(c)).startswith(("L", "N")))
    shared = {"DIGIT", "MATHEMATICAL", "FULLWIDTH", "HALFWIDTH", "SUPERSCRIPT", "SUBSCRIPT", "CIRCLED",
              "PARENTHESIZED", "SQUARED", "NEGATIVE", "MODIFIER", "DOUBLE-STRUCK", "VULGAR", "ROMAN", "SMALL",
              "COMBINING", "TAG", "DINGBAT", "", "OLD", "BLACK-LETTER", "SCRIPT", "TURNED", "REVERSED"}
    return frozenset(word for word, n in counts.items() if n >= 20 and word not in shared)


# Material's features that change nothing but the page's layout and navigation; the others write the reader's
# storage (content.tabs.link, announce.dismiss) or fetch pages (navigation.instant). Not content.tooltips: Material
# then writes each title of the page into its tooltip as HTML (its h() helper adds a string with innerHTML), so a
# title of the text, `&lt;a href=…&gt;www.cnil.fr&lt;/a&gt;`, became a link no link check read (security hunt 30).
THEME_FEATURES = frozenset({"toc.follow", "navigation.top", "navigation.sections", "navigation.expand",
                       "navigation.indexes", "navigation.footer", "navigation.tracking", "navigation.tabs",
                       "navigation.tabs.sticky", "navigation.prune", "navigation.path", "header.autohide",
                       "toc.integrate", "content.code.copy", "search.highlight", "search.suggest"})


def _theme_options(theme: dict[str, Any], at: Callable[..., str]) -> list[str]:
    found = []
    for key in ("logo", "favicon"):  # printed raw into an attribute of every page: a file of the theme folder
        value = theme.get(key)
        if value is not None and not (isinstance(value, str) and re.fullmatch(r"[A-Za-z0-9_][A-Za-z0-9_./-]*", value)
                                      and ".." not in value.split("/")):
            found.append(prefixed(at("theme", key), Said("config.theme-image", key=key, value=repr(value))))
    language = theme.get("language")
    if language is not None and not (isinstance(language, str) and re.fullmatch(r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                                                                                 language)):
        found.append(prefixed(at("theme", "language"), Said("config.theme-language-code",
                                                            language=repr(language))))
    for where, keys, icon in _strings(theme, ("icon",)):  # Material's icons, by name: the theme includes the file it
        # names
        if not where.endswith("(a key)") and not re.fullmatch(r"[a-z0-9][a-z0-9-]*(?:/[a-z0-9][a-z0-9-]*)+", icon):
            found.append(prefixed(at("theme", *keys), Said("config.theme-icon", where=where, icon=repr(icon))))
    if theme.get("direction") not in (None, "ltr", "rtl"):
        found.append(prefixed(at("theme", "direction"), Said("config.theme-direction",
                                                             direction=repr(theme.get("direction")))))
    elif theme.get("direction") and isinstance(language, str) and (natural := _direction_of(language)) \
            and theme["direction"] != natural:
        # `rtl` on French made every page right to left: "30 - 90 jours" was shown "jours 90 - 30" (security hunt 30)
        found.append(prefixed(at("theme", "direction"), Said(
            "config.theme-direction/other", direction=repr(theme["direction"]), language=language, natural=natural)))
    if "static_templates" in theme:  # a file of the theme folder rendered by Jinja, after the checks read it
        found.append(prefixed(at("theme", "static_templates"), Said("config.theme-static-templates")))
    if "palette" in theme:
        found.append(prefixed(at("theme", "palette"), Said("config.theme-palette")))
    if theme.get("font", False) is not False:
        found.append(prefixed(at("theme", "font"), _theme_font(theme.get("font"))))
    for number, feature in enumerate(theme.get("features") or []):
        if feature == "content.tooltips":
            found.append(prefixed(at("theme", "features", number), Said("config.theme-tooltips")))
        elif feature not in THEME_FEATURES:
            found.append(prefixed(at("theme", "features", number), Said(
                "config.theme-feature", feature=repr(feature), known=", ".join(sorted(THEME_FEATURES)))))
    return found


def _site_configuration(config: dict[str, Any]) -> bool:
    """Whether `config` is a site's whole configuration (its `extra.policy` settings), not a part of one a caller asks
    about: what it leaves out takes the theme's defaults."""
    extra = config.get("extra")
    return isinstance(extra, dict) and isinstance(extra.get("policy"), dict)


def _theme_name(theme: Any) -> Any:
    """The theme a configuration names (`theme: material` or its `name`): a language's configuration without
    INHERIT or `extra.policy` names Material and is built with it, its defaults those of the theme (safety54: such a
    `mkdocs.en.yml` without `font` passed `policy check`, the build loading Roboto from Google Fonts)."""
    return theme.get("name") if isinstance(theme, dict) else theme


def _theme_font(font: Any) -> Said:
    """Why a theme's `font` other than `false` is refused: Material has every reader's browser load the fonts it names
    (Roboto where it names none, the key left out or the theme named alone) from Google Fonts, another site, on every
    page. Publishing refused the built pages; `policy check` passed it, and `make preview` made the request from the
    reviewer's browser (safety53 hunt)."""
    return Said("config.theme-font", font=repr(font)[:60] if font is not None else "")


def _language_of(config: dict[str, Any], config_file: str) -> str:
    """The language a configuration file builds: `mkdocs.<code>.yml`'s code, the authoritative one for mkdocs.yml;
    "" where the file's name or the settings do not say."""
    extra = config.get("extra")
    policy = extra.get("policy") if isinstance(extra, dict) else None
    policy = policy if isinstance(policy, dict) else {}
    listed = {str(one.get("code")) for one in policy.get("languages") or [] if isinstance(one, dict)}
    named = re.fullmatch(r"mkdocs\.(.+)\.yml", PurePosixPath(config_file).name)
    code = named.group(1) if named else policy.get("authoritative") if PurePosixPath(config_file).name == "mkdocs.yml" \
        else None
    return code if isinstance(code, str) and code in listed else ""


def _direction_of(language: str) -> str:
    """The direction a language is written in, `ltr` or `rtl` (Babel's CLDR data), "" if Babel does not know it."""
    from babel import Locale, UnknownLocaleError

    try:
        order = Locale.parse(language.replace("-", "_")).character_order
    except (UnknownLocaleError, ValueError):
        return ""
    return "rtl" if order == "right-to-left" else "ltr"


def linked(root: Path, path: Path) -> bool:
    """`path` is a symbolic link, lies under one or in another repository (a submodule's folder, holding its own
    `.git`), or is outside the project `root`: the checks and the rules read only the project's own files, as the
    build reads them from git (a linked word list would quote `.git/config` or the environment of the process into
    its findings; a theme folder linked to `/` would be walked; a submodule's page passed `policy check` and was
    refused by publishing, which finds a commit of another repository there, not the file)."""
    root = Path(root).absolute()
    try:
        rel = Path(path).absolute().relative_to(root)
    except ValueError:
        return True
    at = root
    for part in rel.parts:
        at = at / part
        if part == ".." or at.is_symlink() or os.path.lexists(at / ".git"):
            return True
    return False


def _hook(hook: str, *, config_file: str, files: Path) -> list[str]:
    """A hook must be one of the generator's, as the generator has it (`policy init` copies them)."""
    own = generator_hooks()
    name = PurePosixPath(hook).name
    if own is None:
        return [] if PurePosixPath(hook) == PurePosixPath("hooks/policy.py") else [
            prefixed(config_file, Said("config.hook", hook=hook))]
    if name not in own or PurePosixPath(hook).parent != PurePosixPath("hooks"):
        return [prefixed(config_file, Said("config.hook/other", hook=hook, own=", ".join(sorted(own))))]
    written = files / hook
    if not written.is_file() or not same_file_bytes(written.read_bytes(), own[name]):
        return [prefixed(config_file, Said("config.hook/differs", hook=hook, name=name,
                                           generator=str(_generator_root())))]
    return []


def _generator_root() -> Path | None:
    from policysite import init

    try:
        return init.generator_root()
    except init.InitError:
        return None


@cache
def generator_hooks() -> dict[str, bytes] | None:
    """The generator's hooks by file name, as its source tree has them; None when it is not beside the package."""
    root = _generator_root()
    return None if root is None else {path.name: path.read_bytes() for path in sorted((root / "hooks").glob("*.py"))}


_INSTALLED = Path(sysconfig.get_paths()["purelib"]).resolve()


def installed(folder: str | Path) -> bool:
    """`folder` is in an installed package (Material's templates), not in the project: the same all process long."""
    return Path(folder).resolve().is_relative_to(_INSTALLED)


def own_template(template: Path, name: str) -> bool:
    """`template` (a theme override's `partials/javascripts/<name>`) is the generator's own, byte for byte."""
    root = _generator_root()
    if root is None:
        return False
    return _same(template, root / "overrides" / "partials" / "javascripts" / name)


def own_templates(folder: str | Path) -> bool:
    """Every file of `folder` (a theme's `custom_dir`) is the generator's own `overrides/` file of its name, byte for
    byte: templates nobody changed, which need no sandbox. False where the generator's tree is not beside the
    package."""
    root = _generator_root()
    if root is None:
        return False
    base, mine = Path(folder), root / "overrides"
    for path in base.rglob("*"):
        if path.is_symlink() or (path.is_file() and not _same(path, mine / path.relative_to(base))):
            return False
    return True


def _same(path: Path, other: Path) -> bool:
    return other.is_file() and not other.is_symlink() and same_file_bytes(path.read_bytes(), other.read_bytes())


# What an entry of extra_javascript may say besides its path, as MkDocs writes it into each page's <script>: `defer` and
# `async` (true or false: the site's script reads the page whenever it runs). The generator writes no `type`: any but
# an empty one (`text/plain`, `module`, a type no browser knows) stops its script, or runs it otherwise, on every page
# (safety68); extra_css's entries are paths alone (MkDocs writes an entry of keys into the page as its text: no
# stylesheet).
_SCRIPT_KEYS = frozenset({"path", "defer", "async"})


def _entry_problems(key: str, entry: object) -> list[tuple[tuple[object, ...], Said]]:
    """(the entry's key it is at, why) an entry of extra_javascript or extra_css (`key`) would not load the site's
    file as the generator does: a key the generator does not write, a `type`, a `defer` or `async` that is not true or
    false."""
    if not isinstance(entry, dict):
        return []
    if key != "extra_javascript":
        return [((), Said("config.asset-entry", key=key, entry=repr(entry)[:60]))]
    found: list[tuple[tuple[object, ...], Said]] = [
        ((name,), Said("config.script-key", key=key, name=repr(name)[:40], value=repr(value)[:40]))
        for name, value in entry.items() if name not in _SCRIPT_KEYS and (name, value) != ("type", "")]
    found += [((name,), Said("config.script-key", key=key, name=repr(name), value=repr(entry[name])[:40]))
              for name in ("defer", "async") if name in entry and not isinstance(entry[name], bool)]
    return found


# The site's own script, which `policy init` lists in every configuration and each page loads: it shows the notices
# that change with time, not with a version (an announced version's date on the text in force, a section the address
# names that this version lacks, a section renumbered since the link was copied). (The site's stylesheet may be left
# out: the browser's own draws the text, its marks and the hidden notices hidden.)
SITE_SCRIPT = "assets/javascripts/policy.js"


# The generator's hook every site's configuration runs, as `policy init` writes it.
HOOK = "hooks/policy.py"


def _site_script_missing(config: dict[str, Any]) -> list[Said]:
    """Why a site's whole configuration built with the theme does not load the site's script (SITE_SCRIPT), [] when it
    does: its entry left out (`extra_javascript: []`) or replaced by another script of the generator's
    (`assets/javascripts/at.js`), every page was published without it, and the reader of the version in force was
    never shown that a new version was announced (safety74, as safety68 refused the script written with a type no
    browser runs)."""
    if not _site_configuration(config) or _theme_name(config.get("theme")) != "material":
        return []
    entries = config.get("extra_javascript")
    if any((entry.get("path") if isinstance(entry, dict) else entry) == SITE_SCRIPT
           for entry in (entries if isinstance(entries, list) else [])):
        return []
    return [Said("config.site-script-missing", key="extra_javascript", path=SITE_SCRIPT)]


def _url_problem(url: str) -> str:
    """Why `url` is not a site's address (settings.url_problem: an address such as public_url), "" when it is."""
    from policysite.settings import url_problem

    return url_problem(url)


def _hook_missing(config: dict[str, Any]) -> list[Said]:
    """Why a site's whole configuration built with the theme does not run the generator's hook (HOOK), [] when it
    does: `hooks: []` (or the key left out) passed `policy check`, and the build and publishing refused every page
    for what the hook writes into it (its content security policy), said at the page, not at the setting (safety90)."""
    if not _site_configuration(config) or _theme_name(config.get("theme")) != "material":
        return []
    hooks = config.get("hooks", [])
    if not isinstance(hooks, list):
        return []  # another kind (`hooks: hooks/policy.py`, `hooks:` left empty): config.kind says it, once
    if any(isinstance(hook, str) and PurePosixPath(hook) == PurePosixPath(HOOK)
           for hook in (hooks if isinstance(hooks, list) else [])):
        return []
    return [Said("config.hook-missing", key="hooks", path=HOOK)]


def _extensions_missing(config: dict[str, Any]) -> list[Said]:
    """Why a site's whole configuration built with the theme renders its text otherwise than the checks, the redline
    and the PDF read it: an extension they read it with (rendering.EXTENSIONS) not listed. Without sane_lists a list
    numbered from 3 (`3. your name`) was published shown from 1; without attr_list, an attribute list as words on the
    page (safety74). MkDocs adds tables itself."""
    from policysite import rendering

    if not _site_configuration(config) or _theme_name(config.get("theme")) != "material":
        return []
    listed = {str(name).removeprefix("markdown.extensions.") for name, _options in extensions(config)} | {"tables"}
    return [Said("config.extension-missing", name=name) for name in rendering.EXTENSIONS if name not in listed]


def same_file_bytes(mine: bytes, theirs: bytes) -> bool:
    """The same file, but for line ends: a Windows checkout (`core.autocrlf=true`, Git for Windows' default) writes
    the files git stores with LF with CRLF, and each of the generator's was then "not the generator's": `policy
    check` and `make preview` refused every hook, template and script (history hunt 33). Python, Jinja, browsers'
    HTML, CSS and JavaScript read CRLF as LF, so nothing runs or shows otherwise; publishing reads git's LF anyway."""
    return mine == theirs or mine.replace(b"\r\n", b"\n") == theirs.replace(b"\r\n", b"\n")


# The kinds of file a project's theme folder may hold of its own: templates (rendered in the sandbox), stylesheets
# (checked: css_problems), images (an SVG checked: svg_problems) and fonts; a print template only the generator's.
# Anything else the site would serve as it is: a script by any name (`.es`, `.txt` named in a <script src>), a
# document a browser runs scripts in (`.xml`, `.xht`, `.shtml`), Python.
OWN_KINDS = frozenset({".html", ".typ", ".css", ".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico",
                       ".woff", ".woff2", ".ttf", ".otf"})


# The first bytes of each kind of font a theme folder may hold (OpenType's and TrueType's sfnt versions, WOFF's and
# WOFF2's signatures): the site serves such a file by its name, unread by any check, and a server that does not know
# the kind sends it without a type, which a browser then reads for what its bytes are: an HTML page named x.woff2 ran
# its scripts on the site's origin (safety hunt 44).
FONT_MAGIC = {".ttf": (b"\x00\x01\x00\x00", b"true"), ".otf": (b"OTTO", b"\x00\x01\x00\x00"), ".woff": (b"wOFF",),
              ".woff2": (b"wOF2",)}


def _generators(mine: Path | None, rel: str) -> bool:
    """The generator's theme folder `mine` has a file `rel`: a site's file of that name that is not as the generator
    has it is an earlier generator's copy (or one edited), which `policy upgrade` replaces."""
    return mine is not None and (mine / rel).is_file()


def own_file(folder: Path, rel: str) -> bool:
    """`folder/rel` is the generator's own `overrides/` file of that name, byte for byte."""
    root = _generator_root()
    path = folder / rel
    return root is not None and path.is_file() and not path.is_symlink() and _same(path, root / "overrides" / rel)


# The one template a project may have of its own: a language's theme strings, exactly as `policy init` writes them
# for a language Material does not translate (its base language's strings, with its code and direction).
_LANGUAGE_STRINGS = re.compile(r"partials/languages/[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*\.html")


def _init_strings(code: str) -> str | None:
    from policysite import init  # init reads Material's languages: only where a project has such a file

    return init.language_strings(code)


def foreign_files(folder: str | Path) -> list[tuple[str, str]]:
    """(path, why) for each file of a theme folder (`overrides/`) that is the project's own and that the site may
    not serve: of a kind a browser runs (any script is the generator's own, byte for byte), or a stylesheet,
    template or print template that loads, hides or writes what the checks never read. [] where the generator's
    tree is not beside the package, for scripts only: then any script is refused. The path is followed by the line
    (and column) of what is refused where a line is (a stylesheet's declaration: `extra.css:12:3`); a whole file's
    kind, bytes or template is said of the file."""
    root = _generator_root()
    base = Path(folder)
    mine = root / "overrides" if root is not None else None
    found: list[tuple[str, str]] = []
    for path in sorted(base.rglob("*")):
        if path.is_symlink():  # never read: a linked stylesheet's findings would quote the file it points to
            found.append((path.relative_to(base).as_posix(), Said("theme-file.link")))
            continue
        if not path.is_file() or (mine is not None and _same(path, mine / path.relative_to(base))):
            continue
        rel, kind = path.relative_to(base).as_posix(), path.suffix.lower()
        if rel.split("/", 1)[0] == ".icons":
            found.append((rel, Said("theme-file.icon")))
        elif kind in (".js", ".mjs", ".cjs"):  # (one the generator has: an earlier generator's copy, which `policy
            # upgrade` replaces; one it has not, that upgrade removes: both said by their name, company17)
            found.append((rel, Said("theme-file.script/stale" if _generators(mine, rel) else "theme-file.script")))
        elif kind not in OWN_KINDS:
            found.append((rel, Said("theme-file.kind", kind=kind) if kind else Said("theme-file.kind/none")))
        elif kind == ".svg":
            data = path.read_bytes()
            found += [(f"{rel}:{line}", why) for line, why in image_rules.svg_located(data)] or [
                (rel, why) for why in image_rules.image_metadata(data, kind)]
        elif kind in image_rules.MAGIC and not any(path.read_bytes()[:16].startswith(magic)
                                                   for magic in image_rules.MAGIC[kind]):
            found.append((rel, Said("theme-file.not-image", kind=kind[1:].upper())))
        elif kind in image_rules.MAGIC:
            found += [(rel, why) for why in image_rules.image_metadata(path.read_bytes(), kind)]
        elif kind in FONT_MAGIC and path.read_bytes()[:4] not in FONT_MAGIC[kind]:
            found.append((rel, Said("theme-file.not-font", kind=kind[1:].upper())))
        elif kind == ".typ":
            found.append((rel, Said("theme-file.print-template")))
        elif kind == ".html" and _LANGUAGE_STRINGS.fullmatch(rel):
            if path.read_bytes().decode("utf-8", "replace") != _init_strings(path.stem):
                found.append((rel, Said("theme-file.strings")))
        elif kind == ".html":
            found.append((rel, Said("theme-file.template/stale" if _generators(mine, rel) else "theme-file.template")))
        elif kind == ".css":
            try:
                text = path.read_bytes().decode("utf-8")
            except UnicodeDecodeError as exc:
                line = exc.object.count(b"\n", 0, exc.start) + 1  # (a byte's place, what an editor shows)
                found.append((f"{rel}:{line}", Said("theme-file.not-utf8", byte=exc.start)))
                continue
            theirs = mine / rel if mine is not None else None
            generator = theirs.read_text(encoding="utf-8") if theirs is not None and theirs.is_file() else ""
            found += [(f"{rel}:{line}:{column}", why)
                      for (line, column), why in css_rules.css_problems(text, generator=generator)]
    return found
