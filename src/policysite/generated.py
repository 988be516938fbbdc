"""The files `policy init` renders that a site keeps as they were written (its Makefile, its two workflows), brought to
this generator's skeleton by `policy upgrade` where they are still as an earlier `policy init` wrote them.

A site made before company10 kept a Makefile whose `make serve` ran `python -m http.server` (a busy port: a traceback)
and `policy upgrade` never touched it. An earlier skeleton is kept in `skeleton/former/` (one template per version
the generator shipped, named after the commit that wrote it); a site's file is the tool's where it is, byte for byte,
what one of them or today's renders for some values of its variables (read back from the file itself: the generator's
folder, the authoritative language, the branch, POLICYSITE_SPEC…), and it is then rendered anew from today's template
with the same values. A file the company edited matches none: it is kept, and a note names its first line that is not as
the nearest of them wrote it.
"""
from __future__ import annotations

import difflib
import json
import re
from functools import cache
from pathlib import Path
from typing import NamedTuple

from policysite import messages
from policysite.init import SKELETON, daily_line, scripts_dir
from policysite.makefile_lines import error_lines, retold
from policysite.messages import Said

# The site's file -> its template in `skeleton/` (and its former versions' names in `skeleton/former/`).
GENERATED = {"Makefile": "Makefile.j2", ".github/workflows/publish.yml": "workflows/publish.yml.j2",
             ".github/workflows/pull-request.yml": "workflows/pull-request.yml.j2"}
FORMER = SKELETON / "former"
_TAGS = re.compile(r"(\{%-?\s*raw\s*-?%\}.*?\{%-?\s*endraw\s*-?%\}|\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\})", re.S)
_RAW = re.compile(r"\{%-?\s*raw\s*-?%\}(?P<text>.*?)\{%-?\s*endraw\s*-?%\}", re.S)
_EXPRESSION = re.compile(r"\{\{\s*(?P<name>\w+)\s*(?P<quoted>\|\s*q\s*)?\}\}")


class Brought(NamedTuple):
    """One generated file of a site: its path, the text it takes (None: it is kept as it is) and, where the company
    edited it, the note saying what differs."""

    path: str
    text: str | None
    note: Said | None


def pattern(template: str) -> re.Pattern[str] | None:
    """A regular expression matching exactly what `template` renders, each `{{ name }}` (or `{{ name | q }}`) a group
    of one line named after it (the same expression twice: the same text); None where the template holds what this
    does not read back (a block, a test, whitespace control)."""
    parts: list[str] = []
    groups: dict[str, str] = {}
    for number, piece in enumerate(_TAGS.split(template)):
        if number % 2 == 0:
            parts.append(re.escape(piece))
        elif (raw := _RAW.fullmatch(piece)) is not None:
            parts.append(re.escape(raw["text"]))
        elif (expression := _EXPRESSION.fullmatch(piece)) is not None:
            key = f"{expression['name']}{'__q' if expression['quoted'] else ''}"
            if key in groups:
                parts.append(f"(?P={groups[key]})")
            else:
                groups[key] = key
                parts.append(f"(?P<{key}>[^\\n]*?)")
        else:
            return None
    return re.compile("".join(parts), re.S)


def values(text: str, template: str) -> dict[str, str] | None:
    """The variables (name -> value) with which `template` renders `text`, byte for byte; None where it cannot."""
    compiled = pattern(template)
    found = compiled.fullmatch(text) if compiled is not None else None
    if found is None:
        return None
    read: dict[str, str] = {}
    for key, value in found.groupdict().items():
        name, quoted, _ = key.partition("__q")
        try:
            read[name] = json.loads(value) if quoted else value
        except json.JSONDecodeError:
            return None
        if not isinstance(read[name], str):
            return None
    return read


@cache
def templates(template: str) -> tuple[str, ...]:
    """Today's text of `template` (a name in `skeleton/`), then each former one's."""
    stem = Path(template).name.removesuffix(".j2")
    former = sorted(FORMER.glob(f"{stem}.*.j2"))
    return ((SKELETON / template).read_text(encoding="utf-8"),
            *(path.read_text(encoding="utf-8") for path in former))


def render(template: str, variables: dict[str, str]) -> str:
    """`template`'s text (today's or a former one's) rendered with `variables`, as `policy init` renders it."""
    from policysite.init import _skeleton

    env = _skeleton()
    env.filters["q"] = lambda value: json.dumps(str(value), ensure_ascii=False)  # as init.render
    return env.from_string(template).render(variables)


def defaults(*, time_zone: str, authoritative: str) -> dict[str, str]:
    """What an earlier skeleton did not write and today's needs: what `policy init` gives a site it makes now where
    nothing is asked (the branch main, no POLICYSITE_SPEC, the daily job in the company's time zone)."""
    return {"branch": "main", "generator": "", "daily": daily_line(time_zone), "authoritative": authoritative,
            "bin_dir": str(scripts_dir()).replace("$", "$$"), "codes": authoritative,
            # (the Makefile's error lines were English before legal20: brought into the site's language)
            **error_lines(messages.of_site(authoritative=authoritative))}


def brought(root: Path, *, time_zone: str, authoritative: str) -> list[Brought]:
    """Each generated file the site at `root` has that is not today's: the text it takes where it is as an earlier
    skeleton wrote it, else a note (in path order)."""
    read: dict[str, dict[str, str] | None] = {}
    texts: dict[str, str] = {}
    for rel, template in GENERATED.items():
        path = Path(root) / rel
        if not path.is_file() or path.is_symlink():
            continue
        try:
            texts[rel] = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        read[rel] = next((found for text in templates(template)
                          if (found := values(texts[rel], text)) is not None), None)
    known: dict[str, str] = defaults(time_zone=time_zone, authoritative=authoritative)
    language = messages.of_site(authoritative=authoritative)
    for found in read.values():  # (the branch a workflow names, where the Makefile of its time named none)
        known.update(found or {})
    result: list[Brought] = []
    for rel, found in read.items():
        variables = {**known, **(found or {})}
        wanted = render(templates(GENERATED[rel])[0], {**variables, **retold(variables, language)})
        if wanted == texts[rel]:
            continue
        result.append(Brought(rel, wanted, None) if found is not None else
                      Brought(rel, None, _difference(rel, texts[rel], _nearest(texts[rel], GENERATED[rel], known))))
    return sorted(result)


def _nearest(text: str, template: str, known: dict[str, str]) -> str:
    """What `policy init` wrote that `text` (a file the company edited) is nearest to: today's `template` or a
    former one, rendered with what the site's other files say (else `defaults`), so that the note names the company's
    own change rather than the generator's since."""
    return max((render(source, known) for source in templates(template)),
               key=lambda rendered: difflib.SequenceMatcher(None, text.splitlines(), rendered.splitlines(),
                                                            autojunk=False).ratio())


def _difference(rel: str, theirs: str, ours: str) -> Said:
    """What a generated file the company edited has that `policy init` did not write (`ours`): its first line that
    differs, and how many places do."""
    opcodes = [op for op in difflib.SequenceMatcher(None, theirs.splitlines(), ours.splitlines(),
                                                    autojunk=False).get_opcodes() if op[0] != "equal"]
    tag, first, _end, other, _other_end = opcodes[0]
    lines, wanted = theirs.splitlines(), ours.splitlines()
    line = lines[first] if first < len(lines) else ""
    generator = wanted[other] if other < len(wanted) else ""
    how = "/added" if tag == "delete" else "/lacks" if tag == "insert" else ""
    return Said(f"upgrade.generated-kept{how}", path=rel, line=min(first + 1, max(len(lines), 1)),
                count=len(opcodes), theirs=line.strip()[:120], ours=generator.strip()[:120])
