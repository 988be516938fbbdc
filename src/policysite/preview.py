"""What a build of the working tree (`make serve`, `make preview`, `mkdocs build`) logs, said in the site's language:
the hook logs these lines as they are, the words are the catalogues' (keys `preview.*`)."""
from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass
from pathlib import Path

from policysite import messages
from policysite.findings import Finding
from policysite.messages import Said


def language(config_file: str) -> str:
    """The language the project of `config_file` says its messages in (English where its setting names a language
    without messages: `policy check` says so)."""
    try:
        return messages.for_project(Path(config_file).parent)
    except messages.MessagesError:
        return messages.DEFAULT


def finding(found: Finding, lang: str) -> str:
    """A finding of the checks, as `policy check` says it."""
    return found.said(lang)


def refused(error: BaseException, config_file: str) -> str:
    """What stops the build (its settings refused), in the language the project of `config_file` says it in."""
    return messages.said_in(messages.text_of(error), language(config_file))


def checks_failed(error: BaseException, lang: str) -> str:
    return messages.said_in(Said("preview.checks-failed", error=messages.text_of(error)), lang)


def body_line(line: int, message: str, lang: str) -> str:
    """What the built page does not have as the text has it (rendering.unrendered), at a line of the page's body."""
    return messages.said_in(Said("preview.body-line", line=line, message=message), lang)


def unbuilt(anchor: str, lang: str) -> str:
    """A section's heading the built page does not have as a heading."""
    return messages.said_in(Said("preview.unbuilt", anchor=anchor), lang)


def rewritten(page: str, lang: str) -> str:
    """The theme's template no longer writes the text the checks read."""
    return messages.said_in(Said("preview.rewritten", page=page), lang)


def hidden(page: str, why: str, lang: str) -> str:
    """The theme's template hides part of the text the checks read (`why`: safety.content_hidden's words)."""
    return messages.said_in(Said("preview.hidden", page=page, why=why), lang)


@dataclass(frozen=True)
class Located:
    """Where a logged line says it is: a line of the page's body (`body`, its number) or a section (`section`, its
    anchor); `rest`, the line without what placed it (a body line's words after its number)."""

    kind: str
    value: str
    rest: str


def located(line: str) -> Located | None:
    """Where a line `body_line` or `unbuilt` logged is about, in whichever catalogue's words it was said (the build
    publishing runs logs in the site's language; the gate places its warnings on the page's lines), else None."""
    for lang in messages.LANGUAGES:
        for kind, pattern in _patterns(lang):
            if found := pattern.match(line):
                return Located(kind, found.group(1), line[found.end():] if kind == "body" else line)
    return None


@functools.cache
def _patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The start of `body_line`'s and `unbuilt`'s lines in `lang`'s words: up to the body line's message, up to the
    colon after the section's anchor."""
    body = _start(lang, "preview.body-line", "line", r"(\d+)", until="message")
    section = _start(lang, "preview.unbuilt", "anchor", r"(\S+)", until=":")
    return (("body", body), ("section", section))


def _start(lang: str, key: str, name: str, group: str, *, until: str) -> re.Pattern[str]:
    template = messages.catalogue(lang).get(key) or messages.catalogue(messages.DEFAULT)[key]
    pattern = ""
    for literal, field, _spec, _ in string.Formatter().parse(template):
        if field == name:
            pattern += re.escape(literal) + group
        elif field == until:
            return re.compile(pattern + re.escape(literal))
        elif pattern:  # the words after the field, up to `until` (a colon) where it is no field
            return re.compile(pattern + re.escape(literal[:literal.index(until) + 1]))
        else:
            pattern += re.escape(literal)
    return re.compile(pattern)
