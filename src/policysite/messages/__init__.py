"""What findings and the check's summary say, in the language the legal team reads: one catalogue per language
(`en.py`, `fr.py`), each message keyed by the finding's rule id (`rule/variant` where a rule says several things)
and written as a template with named fields, the same fields in every language.

A field's value is language-neutral (a number, a date, a section's label, a quoted word); the template says how it
reads: `{n:plural:day|days}` is "1 day", "3 days" (the language's plural rule, from Babel; the number as the
language writes it), `{n:form:fails|fail}` the word alone, `{code:language}` a language's name in the catalogue's
language (`fr`: French, français), `{n:number}` a number as the language writes it (1,234 / 1 234).
"""
from __future__ import annotations

import functools
import importlib
import os
import string
from collections.abc import Mapping
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal

DEFAULT = "en"
# The languages with a catalogue (a module of this package named after the code, `pt_br` for pt-BR).
LANGUAGES = ("en", "fr")
# Overrides the setting (`extra.policy.messages`) for one shell or CI job; `--messages` overrides both.
ENVIRONMENT = "POLICY_MESSAGES"


class MessagesError(ValueError):
    """A language asked for that has no catalogue."""


@functools.cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The templates of `lang`, by message key ({} for a language without a catalogue)."""
    if lang not in LANGUAGES:
        return {}
    return importlib.import_module(f"{__name__}.{lang.replace('-', '_').lower()}").MESSAGES


def rule_of(key: str) -> str:
    """The rule id a message key is of: `frontmatter.date-invalid/year` is a `frontmatter.date-invalid` finding."""
    return key.split("/", 1)[0]


def fields_of(template: str) -> set[str]:
    """The named fields a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def english(key: str, fields: Mapping[str, object]) -> str:
    """The English message of `key` with its fields (English is every message's first language)."""
    return _Formatter(DEFAULT).format(catalogue(DEFAULT)[key], **fields)


def say(key: str, fields: Mapping[str, object], lang: str) -> str | None:
    """The message of `key` in `lang`, None if its catalogue has none (the caller keeps the English)."""
    template = catalogue(lang).get(key)
    return None if template is None else _Formatter(lang).format(template, **fields)


def choose(*, option: str | None = None, setting: str = "", authoritative: str = "") -> str:
    """The language messages are said in: `--messages`, else $POLICY_MESSAGES, else the setting, else the
    authoritative language where it has a catalogue, else English. One asked for without a catalogue is an error
    naming those there are."""
    for asked, where in ((option, "--messages"), (os.environ.get(ENVIRONMENT), ENVIRONMENT),
                         (setting, "extra.policy.messages")):
        if asked:
            return known(asked, where=where)
    return authoritative if authoritative in LANGUAGES else DEFAULT


def known(lang: str, *, where: str) -> str:
    """`lang` if it has a catalogue, else MessagesError naming `where` it was asked for and the languages there
    are."""
    if lang not in LANGUAGES:
        raise MessagesError(f"{where}: no messages in “{lang}”: they are written in {', '.join(LANGUAGES)}")
    return lang


def for_project(root: Path, *, option: str | None = None) -> str:
    """The language a command run on the project at `root` says its findings in (English when its settings cannot
    be read: the command says why, in English)."""
    from policysite import settings as policy_settings

    try:
        settings = policy_settings.load(root)
    except policy_settings.SettingsError:
        return choose(option=option)
    return choose(option=option, setting=settings.messages, authoritative=settings.authoritative)


def plural_form(n: int, lang: str) -> str:
    """Babel's plural category of `n` in `lang` (`one`, `other`, `many` …)."""
    try:
        return Locale.parse(lang.replace("-", "_")).plural_form(n)
    except (ValueError, UnknownLocaleError):
        return "one" if n == 1 else "other"


def language_name(code: str, lang: str) -> str:
    """A language's name in `lang`: `fr` in English is French, `en` in French anglais; else its code."""
    try:
        name = Locale.parse(lang.replace("-", "_")).languages.get(Locale.parse(code.replace("-", "_")).language)
    except (ValueError, UnknownLocaleError):
        name = None
    return name or code


class _Formatter(string.Formatter):
    """`str.format` with the specs of this package's templates: plural, form, language, number."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def format_field(self, value: object, format_spec: str) -> str:
        kind, _, forms = format_spec.partition(":")
        if kind in ("plural", "form"):
            n = int(value)  # type: ignore[call-overload]
            one, _, other = forms.partition("|")
            word = one if plural_form(n, self.lang) == "one" else other or one
            return word if kind == "form" else f"{self._number(n)} {word}"
        if kind == "language":
            return language_name(str(value), self.lang)
        if kind == "number":
            return self._number(int(value))  # type: ignore[call-overload]
        return super().format_field(value, format_spec)

    def _number(self, n: int) -> str:
        return format_decimal(n, locale=self.lang.replace("-", "_"))
