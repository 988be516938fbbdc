"""What findings and the check's summary say, in the language the legal team reads: one catalogue per language
(`en.py`, `fr.py`), each message keyed by the finding's rule id (`rule/variant` where a rule says several things)
and written as a template with named fields, the same fields in every language.

A field's value is language-neutral (a number, a date, a section's label, a quoted word); the template says how it
reads: `{n:plural:day|days}` is "1 day", "3 days" (the language's plural rule, from Babel; the number as the
language writes it), `{n:form:fails|fail}` the word alone, `{code:language}` a language's name in the catalogue's
language (`fr`: French, français), `{codes:languages}` languages' codes (a list, or joined by commas) by their names
as the language joins a list (French and English, français et anglais; `{codes:languages:code}`: French (fr) and
English (en)), `{n:number}` a number as the language writes it (1,234 / 1 234), `{x:decimal}` a
decimal number, given as a number or its text, as the language writes it, one decimal at least (4.5 / 4,5),
`{n:ordinal}` an ordinal (3rd, 3e), `{day:month}` the month and year of a day (ISO) (February 2021, février 2021),
`{day:date}` a day (ISO, or a date) in a sentence, as the language writes dates in prose (February 17, 2021, 17 février
2021), `{day:iso}` a day as it is typed (2021-02-17: a file to rename, `date:` to write, a day to give a command): every
day field says which of the two it is,
`{company:de}` a name after `de`, elided where the language elides it before the
name ("de DialOnce", "d’Acme"; strings.elides_de), `{values:list}` a list already joined, or the catalogue's
`word.none` when it is empty, `{paths:or}` alternatives, `{suggestion:opt: (did you mean “%s”?)}` words said only
when the field is not empty (`{last:optdate: after %s}` a day's, written as `date` writes it),
`{where:place}` where in the page a text is (`title`, `preamble`, `front matter summary`, `… (a tooltip)`),
`{after:else:place.numbering-start}` the field, or when it is empty the catalogue's words of that key,
`{reason:said}` a message of its own (a `Said`: a refused link's reason) said in the template's language,
`{script:script}` a script's name (`greek`, `Grek`) as an adjective of letters (Greek, grecques; one without an
adjective in the catalogue by its CLDR name), `{scripts:scripts: and }` scripts' ISO 15924 codes by their CLDR names
(Khmer and Latin, khmer et latin), `{items:each}` a list of
`Said`s, each said in the template's language, joined as it joins them ("; ", " ; ") or by the words after it
(`{names:each:, }`; `{details:each:}` by none, each a line of its own).

A catalogue is written with ordinary spaces; a language whose typography wants others has them put in as the catalogue
is read (SPACING: French's no-break space before `:` and inside « », narrow one before `;`, `!`, `?`), outside code
spans (`…`, words to type as written), so that every message of the language, a new one too, is spaced alike and a
line never breaks between a word and its punctuation.
"""
from __future__ import annotations

import datetime as dt
import functools
import importlib
import os
import re
import string
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.lists import format_list

from policysite import strings
from policysite.strings import NARROW_NO_BREAK, NO_BREAK, SPACING, spaced  # noqa: F401 (this package's names)

DEFAULT = "en"
# The languages with a catalogue (a module of this package named after the code, `pt_br` for pt-BR).
LANGUAGES = ("en", "fr")
# The messages a page shows its readers (the at page's note, archive.late_said), not only the command line: written
# as the site's own words are (strings.py), with the typographic apostrophe in French ("n’a"), where the command
# line's messages keep the straight one a terminal and a search type.
ON_PAGES = frozenset({"at.shown"})
# Overrides the setting (`extra.policy.messages`) for one shell or CI job; `--messages` overrides both.
ENVIRONMENT = "POLICY_MESSAGES"


class MessagesError(ValueError):
    """A language asked for that has no catalogue."""


@functools.cache
def catalogue(lang: str) -> Mapping[str, str]:
    """The templates of `lang`, by message key, spaced as its typography wants ({} for a language without a
    catalogue)."""
    if lang not in LANGUAGES:
        return {}
    written = importlib.import_module(f"{__name__}.{lang.replace('-', '_').lower()}").MESSAGES
    spacing = SPACING.get(lang)
    return {key: spaced(template, spacing) for key, template in written.items()} if spacing else written


def rule_of(key: str) -> str:
    """The rule id a message key is of: `frontmatter.date-invalid/year` is a `frontmatter.date-invalid` finding."""
    return key.split("/", 1)[0]


def fields_of(template: str) -> set[str]:
    """The named fields a template uses."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def english(key: str, fields: Mapping[str, object]) -> str:
    """The English message of `key` with its fields (English is every message's first language)."""
    return _Formatter(DEFAULT).format(catalogue(DEFAULT)[key], **fields)


class Said(str):
    """A message in English, a `str` as its callers read it (the output check, a test), that keeps its catalogue key
    and fields: a finding's template says it again in another language (`{reason:said}`)."""

    key: str
    fields: dict[str, object]

    def __new__(cls, key: str, /, **fields: object) -> Said:
        said = super().__new__(cls, english(key, fields))
        said.key, said.fields = key, fields
        return said

    def __reduce__(self) -> tuple[object, tuple[str, dict[str, object]]]:
        return _said_again, (self.key, self.fields)


def _said_again(key: str, fields: dict[str, object]) -> Said:
    """A pickled `Said`, made again (a `str`'s own pickling would give `Said` its English words as a key)."""
    return Said(key, **fields)


def said_in(text: str, lang: str) -> str:
    """`text` in `lang`: a `Said` in its catalogue's words (else its English), any other text as written."""
    if not isinstance(text, Said) or lang == DEFAULT:
        return str(text)
    return _Formatter(lang).format_field(text, "said")


def text_of(exc: BaseException) -> str:
    """What an error says: its message as raised (a `Said` keeps its key), else `str(exc)` (whose `Said` would be
    plain English)."""
    return exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Said) else str(exc)


def detail(tool: str, said: BaseException | str) -> Said:
    """What another program (`tool`: MkDocs, Jinja, Python) said of a failure, as a line of its own after a message
    in the catalogue's words, marked as its words (English in a French line); a reason of this package's (a `Said`)
    said as its catalogue says it."""
    text = text_of(said) if isinstance(said, BaseException) else said
    if isinstance(text, Said):
        return Said("said.detail/own", text=text)
    return Said("said.detail", tool=tool, text=" ".join(str(text).split())[:300] or type(said).__name__)


def prefixed(name: str, text: str) -> str:
    """`name: text`, a `Said` still when `text` is one (a document's name before its line), the name as `shown_name`
    writes it."""
    name = shown_name(name)
    return Said("said.prefixed", name=name, text=text) if isinstance(text, Said) else f"{name}: {text}"


# What a name (a file's path) may not hold as it is at the start of a finding's line: every control character (a line
# feed in a page's name on the branch made one refusal read as two, the second a line of the branch's choosing:
# safety79), DEL and the C1 controls, the line and paragraph separators, the marks and overrides that reorder a line
# (U+202E), and a lone surrogate, which no output can write
NAME_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]")


def escaped(controls: re.Pattern, text: str) -> str:
    """`text`, each character `controls` matches written as its escape (`\\n` for a line feed, `\\t` for a tab,
    `\\x1b`, `\\u202e`)."""
    return controls.sub(_escape, text)


def _escape(found: re.Match) -> str:
    character = found.group()
    named = {"\n": "\\n", "\t": "\\t"}.get(character)
    if "\udc80" <= character <= "\udcff":  # a byte of a file's name that is no UTF-8 (os.fsdecode's): as that byte
        return f"\\x{ord(character) - 0xdc00:02x}"
    return named or (f"\\x{ord(character):02x}" if character < "\u0100" else f"\\u{ord(character):04x}")


# The fields of a message that name a file by its path (`verify.unaccounted`'s `path`, `output.violation`'s `file`)
PATH_FIELDS = frozenset({"path", "file"})


def shown_name(name: str) -> str:
    """A file's name as a finding says it: its control characters escaped (NAME_CONTROLS), so that one finding is one
    line whatever the name holds; every other name as it is."""
    return escaped(NAME_CONTROLS, name)


# The operating system's refusals a user meets writing a file, by errno's name: said in the catalogue's words
_OS_REASONS = {"ENOENT": "missing", "ENOTDIR": "in-the-way", "EEXIST": "in-the-way", "EACCES": "denied",
               "EPERM": "denied", "EROFS": "read-only", "ENOSPC": "full", "EDQUOT": "full"}


def os_reason(exc: OSError) -> Said:
    """Why the system refused a file (`OSError`), in the catalogue's words where it is one a user meets (a folder
    missing, a file in the way, no permission, a read-only or full disk), else the system's own."""
    import errno

    reason = _OS_REASONS.get(errno.errorcode.get(exc.errno or 0, ""))
    return Said(f"os.{reason}") if reason else Said("os.other", text=(exc.strerror or str(exc)).lower())


def file_reason(exc: BaseException) -> Said:
    """Why a file could not be read as the zip archive (.docx, .odt, .zip), XML or JSON it should be, in the catalogue's
    words (zipfile's "File is not a zip file", expat's and lxml's "no element found: line 1, column 96" reached
    `error:` lines in English): damaged or not a zip, compressed as Python reads none, XML or JSON ill-formed at a
    line and column; else the library's own."""
    import json
    import xml.etree.ElementTree as ElementTree
    import zipfile
    from xml.parsers.expat import ExpatError

    if isinstance(exc, (zipfile.BadZipFile, EOFError)):  # a truncated file, or one of another format
        return Said("file.not-zip")
    if isinstance(exc, NotImplementedError):  # zipfile: a compression method (or strong encryption) it cannot read
        return Said("file.zip-method")
    if isinstance(exc, zipfile.LargeZipFile):
        return Said("file.zip64")
    if isinstance(exc, UnicodeDecodeError):
        return Said("file.encoding", byte=f"{exc.object[exc.start]:02X}", position=exc.start)
    if isinstance(exc, json.JSONDecodeError):
        return Said("file.json", line=exc.lineno, column=exc.colno)
    if isinstance(exc, ExpatError):  # expat's own (mammoth's reader): its column counted from 0
        return Said("file.xml", line=exc.lineno, column=exc.offset + 1)
    position = getattr(exc, "position", None)  # ElementTree's ParseError (column from 0), lxml's (from 1)
    if isinstance(exc, SyntaxError) and isinstance(position, tuple) and len(position) == 2:
        line, column = position
        return Said("file.xml", line=line, column=column + isinstance(exc, ElementTree.ParseError))
    return Said("os.other", text=str(exc)[:200])


# The problems PyYAML finds in YAML written by hand, by the words it says them in (its own reader's, and libyaml's
# that the configuration's CSafeLoader uses): said in the catalogue's words (its tokens, `'<block end>'`, and
# characters as it quotes them), a rare one in PyYAML's own.
_YAML_PROBLEMS = tuple((re.compile(pattern), key) for pattern, key in (
    (r"mapping values are not allowed here", "yaml.mapping-values"),
    (r"mapping values are not allowed in this context", "yaml.mapping-values/context"),
    (r"sequence entries are not allowed here", "yaml.sequence-entries"),
    (r"block sequence entries are not allowed in this context", "yaml.sequence-entries/context"),
    (r"mapping keys are not allowed here", "yaml.mapping-keys"),
    (r"mapping keys are not allowed in this context", "yaml.mapping-keys/context"),
    (r"found character '(?P<char>.*)' that cannot start any token", "yaml.character"),
    (r"found character that cannot start any token", "yaml.character/unnamed"),
    (r"could not find expected ':'", "yaml.colon"),
    (r"found unexpected end of stream", "yaml.end"),
    (r"found unknown escape character '(?P<char>.*)'", "yaml.escape"),
    (r"found unknown escape character", "yaml.escape/unnamed"),
    (r"found a tab character (?:that violates indentation|where an indentation space is expected)", "yaml.tab"),
    (r"did not find expected key", "yaml.not-found/key"),
    (r"did not find expected node content", "yaml.not-found/node-content"),
    (r"did not find expected (?P<expected>',' or '.'|<document start>)", "yaml.not-found"),
    (r"but found another document", "yaml.documents"),
    (r"found unexpected document separator", "yaml.documents"),
    (r"could not determine a constructor for the tag '(?P<tag>.*)'", "yaml.tag"),
    (r"expected (?P<expected>.+?), but (?:found|got) (?P<found>.+)", "yaml.expected"),
))


def yaml_reason(exc: BaseException, *, at: bool = False, text: str | bytes | None = None) -> Said:
    """What YAML found wrong (a `yaml.YAMLError`), in the catalogue's words where it is one met writing YAML by hand
    (a colon in a value, a character no value starts with, a tab, a quote left open), else PyYAML's own; with `at`,
    the line and column where it found it. `text`, the YAML read, names the character libyaml does not."""
    if isinstance(exc, UnicodeDecodeError):  # a record read as UTF-8 that is not: Python's "'utf-8' codec can't
        before = exc.object[:exc.start]  # decode byte 0xff in position 42" reached the legal team (safety88)
        line, column = before.count(b"\n") + 1, exc.start - before.rfind(b"\n")
        return Said("yaml.at", problem=file_reason(exc), line=line, column=column) if at else file_reason(exc)
    problem = getattr(exc, "problem", None) or (str(exc).splitlines() or [""])[0]
    if isinstance(problem, Said):  # said by this package's loader (a key given twice, an alias)
        reason = problem
    elif isinstance(character := getattr(exc, "character", None), int) and hasattr(exc, "position"):  # ReaderError
        reason = Said("yaml.control", code=f"#x{character:04x}")
    else:
        found = next(((key, match) for pattern, key in _YAML_PROBLEMS if (match := pattern.fullmatch(problem))), None)
        reason = Said(found[0], **{name: _yaml_token(value) for name, value in found[1].groupdict().items()}) \
            if found else Said("yaml.other", text=", ".join(filter(None, (getattr(exc, "context", None),
                                                                           problem)))[:200])
    mark = getattr(exc, "problem_mark", None)
    # a tab indenting a line (`\t- item`, a tab copied from an editor) was "a character cannot start a value": a
    # reader sees blanks there (safety92)
    if reason.key in {"yaml.character", "yaml.character/unnamed"} and (
            reason.fields.get("char") in {"\\t", "\t"} or _character_at(text, mark) == "\t"):
        reason = Said("yaml.tab")
    return Said("yaml.at", problem=reason, line=mark.line + 1, column=mark.column + 1) if at and mark else reason


def _character_at(text: str | bytes | None, mark: object) -> str:
    """The character of `text` at a YAML error's mark (its line and column), "" where it cannot be told."""
    line, column = getattr(mark, "line", None), getattr(mark, "column", None)
    if text is None or not isinstance(line, int) or not isinstance(column, int):
        return ""
    if isinstance(text, bytes):
        text = text.removeprefix(b"\xef\xbb\xbf").decode("utf-8", "replace")
    lines = re.split("\r\n|[\r\n\x85\u2028\u2029]", text)
    return lines[line][column:column + 1] if line < len(lines) else ""


def _yaml_token(text: str) -> str:
    """A token PyYAML names (`'<block end>'`, `<scalar>`, `the node content`) in the catalogue's words where it has
    them, else as written (a character, `','`)."""
    if either := re.fullmatch(r"'(.)' or '(.)'", text):  # a bracket left open: "',' or ']'"
        return Said("yaml.token/either", one=either[1], other=either[2])
    key = f"yaml.token/{text.strip(chr(39)).strip('<>').replace(' ', '-')}"
    return Said(key) if key in catalogue(DEFAULT) else text


def replaced(text: str, old: str, new: str) -> str:
    """`text.replace(old, new)`, in a `Said`'s fields when it is one (its key kept: a branch's name for the
    command's own staging branch)."""
    if not isinstance(text, Said):
        return text.replace(old, new)
    return Said(text.key, **{name: _replaced_in(value, old, new) for name, value in text.fields.items()})


def _replaced_in(value: object, old: str, new: str) -> object:
    """A field of a `Said` with `old` replaced: in a text, a `Said`, or each of a list of them."""
    if isinstance(value, str):
        return replaced(value, old, new)
    if isinstance(value, (list, tuple)):
        return type(value)(_replaced_in(one, old, new) for one in value)
    return value


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
    return _written_in(authoritative) or DEFAULT


def of_site(*, setting: str = "", authoritative: str = "") -> str:
    """The language of what a command writes into the site's history (an import's commits): the site's, as `choose`
    finds it without what one user asked for (`--messages`, $POLICY_MESSAGES), the history being the whole team's:
    the setting, else the authoritative language where it has a catalogue, else English."""
    return _written_in(setting) or _written_in(authoritative) or DEFAULT


def known(lang: str, *, where: str) -> str:
    """The catalogue `lang` is said with (its own, else its base language's: `fr-CA` is said in French), else
    MessagesError naming `where` it was asked for and the languages there are."""
    said = _written_in(str(lang))
    if not said:
        raise MessagesError(Said("messages.unknown", where=where, lang=lang, languages=", ".join(LANGUAGES)))
    return said


def _written_in(lang: str) -> str:
    """The language of the catalogue for `lang` (itself, or its base language), "" if none."""
    return next((code for code in (lang, lang.split("-")[0].lower()) if code in LANGUAGES), "")


def for_project(root: Path, *, option: str | None = None) -> str:
    """The language a command run on the project at `root` says its findings in (where its settings are refused,
    the language its mkdocs.yml names, as far as it reads; else English)."""
    from policysite import settings as policy_settings

    try:
        settings = policy_settings.load(root)
    except policy_settings.SettingsError:  # said in the language the file names, as far as it reads
        return choose(option=option, authoritative=policy_settings.stated_language(root))
    return choose(option=option, setting=settings.messages, authoritative=settings.authoritative)


def fallen_back(root: Path, *, option: str | None = None) -> str:
    """The authoritative language of the project at `root` when its messages are said in English for want of a
    catalogue in it (nothing else chosen: `--messages`, $POLICY_MESSAGES, the setting), else "": a German or Spanish
    site's team is told once which language they read, and how to choose another."""
    from policysite import settings as policy_settings

    if option or os.environ.get(ENVIRONMENT):
        return ""
    try:
        settings = policy_settings.load(root)
    except (policy_settings.SettingsError, OSError, ValueError):  # (the command says what is wrong in its own terms)
        return ""
    return "" if settings.messages or _written_in(settings.authoritative) else settings.authoritative


@functools.cache
def _locale(lang: str) -> Locale | None:
    """Babel's locale of a language code (`pt-BR`), None if it has none (a finding is made for every word: parsed
    once)."""
    try:
        return Locale.parse(lang.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None


def plural_form(n: int, lang: str) -> str:
    """Babel's plural category of `n` in `lang` (`one`, `other`, `many` …), as the pages count (strings)."""
    return strings.plural_category(n, lang)


def language_name(code: str, lang: str) -> str:
    """A language's name in `lang`: `fr` in English is French, `en` in French anglais; else its code."""
    return strings.language_name_in(code, lang)


def ordinal(n: int, lang: str) -> str:
    """`n` as an ordinal in the short form of `lang`'s catalogue (1st, 2nd, 3rd, 11th; 1er, 2e): its words of the
    number's CLDR ordinal category (`word.ordinal/few`), so that a catalogue of another language says its own (where
    a rule written here for English and French gave every other `3.`)."""
    return _Formatter(_written_in(lang) or DEFAULT).format_field(n, "ordinal")


def ordinal_category(n: int, lang: str) -> str:
    """CLDR's ordinal plural category of `n` in `lang` (`one`, `two`, `few`, `other`), `other` for a code no locale
    reads."""
    locale = _locale(lang)
    return str(locale.ordinal_form(n)) if locale is not None else "other"


_TOOLTIP, _FRONT_MATTER = " (a tooltip)", "front matter "

# A field between quotation marks, as a catalogue quotes a value ("“{title}”", "« {value} »", spaced or not): where
# the value shows nothing (strings.blank: `policy at DAY " "`, a link or a heading without words) the marks would
# quote nothing, `«  »`; the catalogue's `word.blank` is said in their place. An attribute's value after its `=`
# (`data-policy-up=“”`) is quoted as the code writes it, empty too.
_QUOTED_FIELD = re.compile("(?<!=)[«“„\"‘‚「][ \u00a0\u202f]?\\{(?P<name>\\w+)(?:![rsa])?(?::[^{}]*)?\\}"
                           "[ \u00a0\u202f]?[»”“\"’」]")


def _path_said(path: str) -> str:
    """A message's path field as it says it: git.said_name for a name git may have quoted, else shown_name."""
    if path[:1] == '"':
        from policysite.git import said_name

        return said_name(path)
    return shown_name(path)


class _Formatter(string.Formatter):
    """`str.format` with the specs of this package's templates (the module's docstring says each)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def vformat(self, format_string: str, args: Sequence[Any], kwargs: Mapping[str, Any]) -> str:
        # a file's path said as shown_name writes it, whichever message says it (safety79); one git printed C-quoted
        # as the file's name (git.said_name: `"docs/\\303\\251t\\303\\251.md"` was said so, histories30)
        kwargs = {name: _path_said(value) if name in PATH_FIELDS and type(value) is str else value
                  for name, value in kwargs.items()}
        blanks = {name for name, value in kwargs.items() if isinstance(value, str) and strings.blank(value)}
        if blanks:
            format_string = _QUOTED_FIELD.sub(
                lambda quoted: self._word("word.blank") if quoted["name"] in blanks else quoted[0], format_string)
        return super().vformat(format_string, args, kwargs)

    def format_field(self, value: object, format_spec: str) -> str:
        kind, _, forms = format_spec.partition(":")
        if kind in ("plural", "form"):
            n = int(value)  # type: ignore[call-overload]
            one, _, other = forms.partition("|")
            word = one if plural_form(n, self.lang) == "one" else other or one
            return word if kind == "form" else f"{self._number(n)} {word}"
        if kind == "language":
            return language_name(str(value), self.lang)
        if kind == "languages":  # languages' codes (a list, or joined by commas) by their names, joined as the
            # language joins a list ("French and English", « français et anglais »); `languages:code` each
            # followed by its code, "German (de) and Polish (pl)"
            return self._languages(value, coded=forms == "code")
        if kind == "number":
            return self._number(int(value))  # type: ignore[call-overload]
        if kind == "decimal":  # one digit after the separator at least (4.5, 1.0), as the language writes it
            locale = _locale(self.lang)
            return strings.grouped_number(Decimal(str(value)), locale, pattern="#,##0.0##") if locale else str(value)
        if kind == "ordinal":  # the catalogue's words of the number's ordinal category, else of `other`
            n = int(value)  # type: ignore[call-overload]
            words = catalogue(self.lang)
            key = f"word.ordinal/{ordinal_category(n, self.lang)}"
            return (words.get(key) or words.get("word.ordinal/other") or catalogue(DEFAULT)[key]).format(n=n)
        if kind == "month":  # a month (a day of it, ISO) and its year as the language names them: February 2021
            locale, day = _locale(self.lang), dt.date.fromisoformat(str(value))
            return format_date(day, "LLLL y", locale=locale) if locale else f"{day:%Y-%m}"
        if kind == "date":  # a day in a sentence, as the language writes it in prose; as given if it is none
            return self._date(value)
        if kind == "iso":  # a day as it is typed, year first
            return value.isoformat() if isinstance(value, dt.date) else str(value)
        if kind == "de":  # a name after `de`, elided before it where the language elides it
            return f"d’{value}" if strings.elides_de(str(value), self.lang) else f"de {value}"
        if kind == "list":  # a list already joined, "" when empty
            return str(value) or self._word("word.none")
        if kind == "or":  # alternatives: "a or b"
            return self._word("word.or").join(self.format_field(one, "said") for one in value) \
                if isinstance(value, (list, tuple)) else str(value)
        if kind in ("opt", "optdate"):  # words said only when the field has a value, %s standing for it (a day's
            # field, `optdate`, written as `date` writes it: "after February 17, 2021", not "after 2021-02-17")
            if not value or strings.blank(str(value)):
                return ""
            return forms.replace("%s", self._date(value) if kind == "optdate" else str(value))
        if kind == "else":  # the field, else the catalogue's words of the key named
            return str(value) if value else self._word(forms)
        if kind == "place":
            return self._place(value)  # type: ignore[arg-type]
        if kind == "each":  # messages of their own (`Said`s), each said in this language, joined as it joins them
            # (or by the words after it; `each:` with none, by nothing: lines of their own, each starting one)
            return (forms if ":" in format_spec else self._word("check.join")).join(self.format_field(one, "said")
                                                 for one in value)  # type: ignore[attr-defined]
        if kind == "said":  # a message of its own, said in this language (as written if it is no `Said`)
            if not isinstance(value, Said):
                return str(value)
            return self.format(catalogue(self.lang).get(value.key) or catalogue(DEFAULT)[value.key], **value.fields)
        if kind == "script":  # a script's letters (its adjective), else, without one in the catalogues, its name
            named = f"script.{strings.script_word(str(value))}"
            if named in catalogue(DEFAULT):
                return self._word(named)
            return self._word("script.other", name=strings.script_name_in(str(value), self.lang))
        if kind == "scripts":  # scripts (ISO 15924 codes) by their names, joined by the words after it
            return forms.join(strings.script_name_in(str(one), self.lang) for one in value)  # type: ignore[attr-defined]
        if isinstance(value, Said) and not format_spec:  # a message of its own: said in this language, as `said`
            return self.format_field(value, "said")
        return super().format_field(value, format_spec)

    def _languages(self, value: object, *, coded: bool) -> str:
        codes = [one.strip() for one in value.split(",")] if isinstance(value, str) else \
            [str(one) for one in value]  # type: ignore[attr-defined]
        names = [f"{language_name(code, self.lang)} ({code})" if coded else language_name(code, self.lang)
                 for code in codes if code]
        locale = _locale(self.lang)
        return format_list(names, locale=locale) if locale is not None and names else ", ".join(names)

    def _word(self, key: str, /, **fields: object) -> str:
        template = catalogue(self.lang).get(key) or catalogue(DEFAULT)[key]
        return self.format(template, **fields) if fields else template

    def _place(self, where: str) -> str:
        """Where in a page a text is, as the checks name it (spelling.texts): a section's label as it is; the title,
        the preamble, a front matter field, a tooltip in the catalogue's words."""
        if where.endswith(_TOOLTIP):
            return self._word("place.tooltip", where=self._place(where.removesuffix(_TOOLTIP)))
        if where.startswith(_FRONT_MATTER):
            return self._word("place.front-matter", key=where.removeprefix(_FRONT_MATTER))
        if where in ("title", "preamble", "code block"):
            return self._word(f"place.{where.replace(' ', '-')}")
        return self.format_field(where, "said")  # a section's label, said (its title quoted) as the language quotes

    def _date(self, value: object) -> str:
        """A day (a date, or its ISO text) as the language writes it in a sentence; any other value as given."""
        try:
            day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
        except ValueError:
            return str(value)
        return strings.long_date(day, self.lang) if _locale(self.lang) is not None else day.isoformat()

    def _number(self, n: int) -> str:
        locale = _locale(self.lang)
        return strings.grouped_number(n, locale) if locale is not None else str(n)
