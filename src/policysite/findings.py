"""One finding of a check: where, which rule, what is wrong, and whether it blocks publication."""
from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from policysite import messages

ERROR, WARNING = "error", "warning"
# What a terminal obeys instead of showing: the C0 controls but tab and line feed, DEL, and the C1 controls (U+009B
# is a CSI of its own). And what no output can write: a lone surrogate, which a YAML escape (`"\\ud800"`) makes (a
# front matter key holding one ended `policy check` with "'utf-8' codec can't encode" and no finding).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def visible(text: str) -> str:
    """`text` as a terminal shows it rather than obeys it: each control character written `\\x1b`. A file name or a
    text holding ESC [2J cleared the reviewer's screen under `policy check`, ESC [8m hid the words after it in
    `policy diff` (security hunt 30)."""
    return messages.escaped(_CONTROLS, text)


class _Visible(logging.Filter):
    """A record's message as `visible` writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = visible(record.getMessage()), ()
        return True


def visible_logs(logger: logging.Logger) -> None:
    """Each handler of `logger` (MkDocs' own, which `mkdocs serve` writes to the terminal) shows its records' control
    characters instead of obeying them: MkDocs quotes a link's target as written (security hunt 30)."""
    for handler in logger.handlers:
        if not any(isinstance(one, _Visible) for one in handler.filters):
            handler.addFilter(_Visible())


@dataclass(frozen=True, order=True)
class Finding:
    """A problem at `path:line`, reported under a stable rule id.

    An error blocks (`policy check` exits 1, the gate refuses the version); a warning is said and
    recorded but publishes (an unused word-list entry, or the spelling of a text already public).
    """

    path: str
    line: int
    rule: str
    message: str
    severity: str = ERROR
    # The message's key in the catalogues (messages/) and its fields, with which it is said in another language;
    # "" for a message written in English only.
    key: str = field(default="", compare=False, repr=False)
    fields: tuple[tuple[str, object], ...] = field(default=(), compare=False, repr=False)

    def __post_init__(self) -> None:
        """A message given as a `Said` (rendering's) is said as one: its key and fields kept (in other languages, and
        by the gate's kept findings)."""
        if not self.key and isinstance(self.message, messages.Said):
            object.__setattr__(self, "key", "said.as-is")
            object.__setattr__(self, "fields", (("text", self.message),))

    @classmethod
    def of(cls, path: str, line: int, key: str, severity: str = ERROR, /, **fields: object) -> Finding:
        """The finding whose message is the catalogues' `key` (`rule` or `rule/variant`) with `fields`."""
        return cls(path, line, messages.rule_of(key), messages.english(key, fields), severity, key,
                   tuple(fields.items()))

    def __str__(self) -> str:
        return self.said()

    def said(self, lang: str = messages.DEFAULT) -> str:
        """`path:line: [rule] message` with the message in `lang` (its catalogue's, else as written)."""
        mark = (messages.say("finding.warning", {}, lang) or "warning: ") if self.severity == WARNING else ""
        return f"{self._path()}:{self.line}: {mark}[{self.rule}] {visible(self.in_language(lang).message)}"

    def as_said(self) -> messages.Said:
        """`path:line: [rule] message` as a message of its own, said again in another language inside one that names
        it (a rebuilt version's refusal, a build's)."""
        text = messages.Said(self.key, **dict(self.fields)) if self.key else self.message
        mark = messages.Said("finding.warning") if self.severity == WARNING else ""
        return messages.Said("said.finding", path=self._path(), line=self.line, mark=mark, rule=self.rule,
                             text=text)

    def _path(self) -> str:
        """The file's name on one line: no finding of its own after it."""
        return visible(self.path).replace("\n", "\\n")

    def in_language(self, lang: str) -> Finding:
        """This finding with its message in `lang`, where its catalogue has it; its rule, place and severity as they
        are."""
        said = messages.say(self.key, dict(self.fields), lang) if self.key and lang != messages.DEFAULT else None
        return self if said is None else replace(self, message=said)

    def annotation(self, lang: str = messages.DEFAULT) -> str:
        """The finding as a GitHub Actions workflow command, `::error file=…,line=…,title=[rule]::message`: GitHub
        shows it on that line of the pull request's changed files, in `lang`, where the legal team reads the text
        (legal17: the check step's log was the one place the findings were). Each value escaped as GitHub reads it,
        so that no text of the page starts a command of its own on a line after it."""
        kind = "warning" if self.severity == WARNING else "error"
        where = f"file={_escaped(self.path, True)},line={self.line},title={_escaped(f'[{self.rule}]', True)}"
        return f"::{kind} {where}::{_escaped(visible(self.in_language(lang).message), False)}"

    def as_dict(self) -> dict[str, object]:
        """The finding as `policy check --format json` gives it: path, line, rule, message, severity."""
        return {"path": self.path, "line": self.line, "rule": self.rule, "message": self.message,
                "severity": self.severity}

    def as_warning(self) -> Finding:
        return replace(self, severity=WARNING)


def _escaped(text: str, property_: bool) -> str:
    """`text` as a workflow command's message (`property_`: as one of its `key=value` properties) writes it: a line end
    or a `%` escaped as GitHub's toolkit escapes them (and `:` and `,`, which part the properties)."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if property_ else text


def blocking(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that stop a publication."""
    return [f for f in findings if f.severity != WARNING]


def warnings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings said and recorded without stopping anything."""
    return [f for f in findings if f.severity == WARNING]
