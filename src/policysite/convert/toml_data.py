"""A site's data file written in TOML (Hugo's `data/privacy.toml`), read as the YAML tree `data_source` reads a
`.yml` or `.json` one: each value marked at the line the file gives it, so that what the import says of it names
that line (adoption 11 of session 34: a TOML data file was refused as a format the import does not read)."""
from __future__ import annotations

import datetime as dt
import re
import tomllib

import yaml

from policysite.messages import Said

_AT = re.compile(r"\s*\(at line (\d+), column (\d+)\)")
_SUFFIX = re.compile(r"\s*\(at (?:line \d+, column \d+|end of document)\)$")
# What tomllib finds wrong, by the words it says it in (it has no codes): said in the catalogue's words, with what to
# write instead; a problem a later Python words otherwise in tomllib's own.
_PROBLEMS = tuple((re.compile(pattern), key) for pattern, key in (
    (r"Invalid statement", "toml.statement"),
    (r"Expected '=' after a key in a key/value pair", "toml.equals"),
    (r"Expected '\]\]?' at the end of an? (?:table|array) declaration", "toml.header"),
    (r"Expected '(?P<char>.*)'", "toml.expected"),
    (r"Found invalid character '(?P<char>.*)'", "toml.character"),
    (r"Cannot declare .* twice|Cannot overwrite a value|Cannot mutate immutable namespace .*|Cannot redefine "
     r"namespace .*|Duplicate inline table key .*", "toml.twice"),
    (r"Invalid initial character for a key part", "toml.key"),
    (r"Unclosed (?:array|inline table)", "toml.unclosed"),
    (r"Unescaped '\\' in a string|Invalid hex value|Escaped character is not a Unicode scalar value", "toml.escape"),
    (r"Unterminated string", "toml.string"),
    (r"Illegal character '\\n'", "toml.string"),  # a one-line string's end of line
    (r"Illegal character .*", "toml.control"),
    (r"Invalid date or datetime", "toml.date"),
    (r"Invalid value", "toml.value"),
))


def problem_of(message: str) -> str:
    """tomllib's `message` (its place left out) in the catalogue's words where it is one of those it says, else as
    written."""
    problem = _SUFFIX.sub("", message)
    found = next(((key, match) for pattern, key in _PROBLEMS if (match := pattern.fullmatch(problem))), None)
    return Said(found[0], **found[1].groupdict()) if found else problem
_TAG = "tag:yaml.org,2002:"


def compose(text: str) -> yaml.Node:
    """The YAML tree of the TOML `text`; an error YAML's reader would raise (its line and problem) where it is not
    TOML."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = _AT.search(str(exc))
        line, column = (int(found.group(1)) - 1, int(found.group(2)) - 1) if found else (0, 0)
        raise yaml.MarkedYAMLError(problem=problem_of(str(exc)),
                                   problem_mark=yaml.Mark("", 0, line, column, None, None)) from None
    return _Tree(text.splitlines()).node(data, 0)


def nested_past(text: str, most: int) -> int | None:
    """The line (from 1) where arrays and inline tables written `[`, `{` nest more than `most` deep, outside strings
    and comments; None where they do not."""
    depth, quote, line, at = 0, "", 1, 0
    while at < len(text):
        char = text[at]
        if char == "\n":
            line += 1
            if quote in ('"', "'", "#"):  # (a one-line string ends with its line; a bad one is tomllib's to refuse)
                quote = ""
        elif quote == "#":
            pass
        elif quote:
            if char == "\\" and quote[0] == '"':
                at += 1  # (the escaped character, whatever it is)
            elif text.startswith(quote, at):
                at += len(quote) - 1
                quote = ""
        elif char == "#":
            quote = "#"
        elif char in "\"'":
            quote = char * 3 if text.startswith(char * 3, at) else char
            at += len(quote) - 1
        elif char in "[{":
            depth += 1
            if depth > most:
                return line
        elif char in "]}":
            depth -= 1
        at += 1
    return None


class _Tree:
    """Builds the nodes in the file's order, a cursor on the line of the last key found."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.at = 0

    def node(self, value: object, line: int) -> yaml.Node:
        mark = yaml.Mark("", 0, line, 0, None, None)
        if isinstance(value, dict):
            pairs = []
            for key, inner in value.items():
                at = self._line_of(str(key), table=isinstance(inner, dict))
                pairs.append((yaml.ScalarNode(_TAG + "str", str(key), start_mark=yaml.Mark("", 0, at, 0, None, None)),
                              self._value(str(key), inner, at)))
            return yaml.MappingNode(_TAG + "map", pairs, start_mark=mark)
        if isinstance(value, list):
            return yaml.SequenceNode(_TAG + "seq", [self.node(one, line) for one in value], start_mark=mark)
        if isinstance(value, bool):
            return yaml.ScalarNode(_TAG + "bool", "true" if value else "false", start_mark=mark)
        if isinstance(value, (dt.date, dt.time)):  # (a datetime is a date)
            return yaml.ScalarNode(_TAG + "timestamp", value.isoformat(), start_mark=mark)
        kind = "int" if isinstance(value, int) else "float" if isinstance(value, float) else "str"
        return yaml.ScalarNode(_TAG + kind, str(value), start_mark=mark)

    def _value(self, key: str, value: object, line: int) -> yaml.Node:
        if isinstance(value, list) and value and all(isinstance(one, dict) for one in value):
            items = []  # an array of tables: each item at its own `[[key]]` header, where it has one
            for one in value:
                items.append(self.node(one, self._line_of(key, table=True)))
            return yaml.SequenceNode(_TAG + "seq", items, start_mark=yaml.Mark("", 0, line, 0, None, None))
        return self.node(value, line)

    def _line_of(self, key: str, *, table: bool) -> int:
        """The first line from the cursor's where `key` is given a value (or, for a table, named in a header)."""
        name = rf"""(?:"{re.escape(key)}"|'{re.escape(key)}'|{re.escape(key)})"""
        patterns = [re.compile(rf"^\s*\[\[?[^\]]*(?<![\w-]){name}\s*\]")] if table else []
        patterns.append(re.compile(rf"(?:^|[\s{{,.]){name}\s*[=.]"))
        for pattern in patterns:
            for number in range(self.at, len(self.lines)):
                if pattern.search(self.lines[number]):
                    self.at = number
                    return number
        return self.at
