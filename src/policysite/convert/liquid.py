"""A page's own template variables and its Jekyll site's settings: `{% capture mail %}privacy@…{% endcapture %}` and
`{% assign shop = "…" %}` (Jinja's and Nunjucks' `{% set %}` alike) set a variable and show nothing; `{{ mail }}` then
shows its words, `{{ site.email }}` the site's `_config.yml`'s. The import showed a capture's words where it stood and
left `{{ mail }}` as written, refused by `policy check` (session 49's leftover). Each variable is written as the words
the page or its site gave it, through Liquid's filters where they are known here (markdown_source reads a date's);
one neither gives stays, said as other template code is. And Liquid's filters themselves, which `{{ page.key }}` goes
through too."""
from __future__ import annotations

import bisect
import datetime as dt
import html
import itertools
import posixpath
import re
from collections.abc import Callable, Mapping

from policysite.convert.hugo import flat_settings
from policysite.convert.markdown_lines import code_spans, outside_fences
from policysite.convert.markdown_writer import escape_text
from policysite.convert.notes import Notes, clipped, quoted
from policysite.messages import Said

CONFIG = "_config."  # a Jekyll site's settings among a site's params (Source.site_params), by dotted name
_CONFIG_BYTES = 256 * 1024

_ARGUMENT = r"""(?:"[^"]*"|'[^']*'|[\w.-]+)"""
FILTER = re.compile(rf"\|\s*(?P<name>[\w-]+)(?:\s*:\s*(?P<arguments>{_ARGUMENT}(?:\s*,\s*{_ARGUMENT})*))?\s*")
FILTERS = rf"(?:\|\s*[\w-]+(?:\s*:\s*{_ARGUMENT}(?:\s*,\s*{_ARGUMENT})*)?\s*)*"
# Liquid's and Jekyll's filters that give a date's words (Ruby's strftime, whose English month and day names and
# `%-d` Python's own strftime writes alike) or change a text's case; any other filter's words are not known here.
_WORD_FILTERS: dict[str, Callable[[str], str]] = {"upcase": str.upper, "downcase": str.lower,
                                                  "capitalize": str.capitalize, "strip": str.strip}
_DAY_FILTERS = {"date_to_string": "%d %b %Y", "date_to_long_string": "%d %B %Y",
                "date_to_xmlschema": "%Y-%m-%dT%H:%M:%S"}
_STRFTIME = re.compile(r"%[-_0^#]?[aAbBcdeHIjklmMpPSuwyYZz%]")
_TIMESTAMP_PARTS = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?:(?:[Tt]|[ \t]+)(?P<time>\d\d:\d\d:\d\d(?:\.\d+)?)"
                              r"(?:[ \t]*(?P<zone>Z|[-+]\d\d:\d\d))?)?")

_NAME = r"[A-Za-z_][\w-]*"
# `{% capture name %}words{% endcapture %}` (Liquid), `{% set name %}words{% endset %}` (Jinja, Nunjucks): a block,
# its opening and closing tags found apart (a lazy match to the closing tag from each opening one reads the rest of
# the page again for each opening never closed)
_OPEN = rf"\{{%-?\s*(?P<kind>capture|set)\s+(?P<name>{_NAME})\s*-?%\}}"
_CLOSE = r"\{%-?\s*end(?P<end>capture|set)\s*-?%\}"
_ASSIGN = re.compile(rf"""\{{%-?\s*(?:assign|set)\s+(?P<assigned>{_NAME})\s*=\s*(?P<value>"[^"\n]*"|'[^'\n]*'|"""
                     rf"""-?\d+(?:\.\d+)?|{_NAME}(?:\.{_NAME})*)\s*(?P<assigned_filters>{FILTERS})-?%\}}""")
_VARIABLE = re.compile(rf"\{{\{{-?\s*(?P<key>{_NAME}(?:\.{_NAME})*)\s*(?P<filters>{FILTERS})-?\}}\}}")
_SET = re.compile(r"\{%-?\s*(?:capture|assign|set)\s")
_ANY = re.compile(f"{_OPEN}|{_CLOSE}|{_ASSIGN.pattern}|{_VARIABLE.pattern}")


def filtered(value: str, filters: str) -> str | None:
    """`value` through the Liquid filters written after it (`| date: "%d/%m/%Y" | upcase`), or None where one of them
    is not known here or cannot apply (a date filter on words that are no YAML date)."""
    for match in FILTER.finditer(filters):
        name, arguments = match["name"], match["arguments"]
        if name in _WORD_FILTERS and not arguments:
            value = _WORD_FILTERS[name](value)
            continue
        form = _DAY_FILTERS.get(name) if not arguments else (
            arguments[1:-1] if name == "date" and arguments[:1] in "\"'" and arguments[-1:] == arguments[:1] else None)
        when = timestamp(value)
        if form is None or when is None or _STRFTIME.sub("", form).count("%"):  # a directive Ruby and Python read apart
            return None
        value = when.strftime(form)
    return value


def timestamp(value: str) -> dt.datetime | None:
    """The moment a YAML timestamp (`2024-02-01`, `2024-02-01 10:00:00 +01:00`) names, else None."""
    parts = _TIMESTAMP_PARTS.fullmatch(value.strip())
    if parts is None:
        return None
    zone = {"": "", "Z": "+00:00"}.get(parts["zone"] or "", parts["zone"] or "")
    try:
        return dt.datetime.fromisoformat(f"{parts['day']}T{parts['time'] or '00:00:00'}{zone}")
    except ValueError:
        return None


def site_config(read: Callable[[str], bytes | None], folder: str) -> dict[str, str]:
    """The settings of the Jekyll site holding `folder` (its `_config.yml` in the nearest folder above that has one),
    by `CONFIG` and dotted name (`_config.company.name`); none where there is none or it cannot be read."""
    while True:
        data = read(posixpath.join(folder, "_config.yml") if folder else "_config.yml")
        if data is not None:
            return flat_settings(data[:_CONFIG_BYTES + 1], "_config.yml", CONFIG) \
                if len(data) <= _CONFIG_BYTES else {}
        if not folder:
            return {}
        folder = posixpath.dirname(folder)


def uses_site(text: str) -> bool:
    """Whether `text` shows a Jekyll site's setting (`{{ site.email }}`)."""
    return re.search(r"\{\{-?\s*site\.", text) is not None


def fill(body: str, site: Mapping[str, str], notes: Notes, *, page_html: bool = False) -> str:
    """`body` with its captures and assignments left out (the lines they stood alone on left blank), each said with
    its line and the words it set, and each `{{ name }}` outside code the page set before it, or `{{ site.key }}` its
    site's settings give, written as those words through its filters, said with its line; any other stays.
    `page_html`: `body` is an HTML page a Jekyll site built (its front matter read), whose Liquid Jekyll filled
    everywhere, in <code> too: the words are written escaped for HTML, and said without a line (the notes name the
    Markdown's lines, not the page's: adopt39, the page's `{{ site.email }}` and captures had stayed)."""
    if "{{" not in body or not (_SET.search(body) or any(key.startswith(CONFIG) for key in site)):
        return body
    lines = body.split("\n")
    values: dict[str, str | None] = {}  # None: set, but to words not known here
    fenced = set(range(len(lines))) - set(outside_fences(lines))
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))

    def line_of(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    spans: dict[int, list[tuple[int, int]]] = {}  # each line's code spans, read once

    def in_code(at: int) -> bool:
        if page_html:
            return False
        n = line_of(at)
        if n not in spans:
            spans[n] = code_spans(lines[n])
        return n in fenced or any(a <= at - starts[n] < b for a, b in spans[n])

    def shown(match: re.Match[str]) -> str | None:
        return value_of(match["key"], match["filters"] or "")

    def value_of(key: str, filters: str) -> str | None:
        if key.startswith("site."):
            value = site.get(CONFIG + key.removeprefix("site."))
        elif key in values:
            value = values[key]
        else:
            return None
        if value is None:
            return None
        return filtered(value, filters) if filters.strip() else value

    out: list[str] = []
    last = 0
    opened: re.Match[str] | None = None  # a capture's opening tag, its closing one not read yet
    closes: dict[str, list[int]] = {}  # where each kind's closing tags start
    for close in re.finditer(_CLOSE, body):
        closes.setdefault(close["end"], []).append(close.start())
    for match in _ANY.finditer(body):
        if opened is not None:  # inside a capture: its closing tag ends it, any other tag is its words'
            if match["end"] != opened["kind"]:
                continue
            line, tag = None if page_html else line_of(opened.start()) + 1, body[opened.start():match.end()]
            # its words (their own variables filled in) are the variable's, shown nowhere
            captured = " ".join(_VARIABLE.sub(lambda one: shown(one) or one.group(0),
                                              body[opened.end():match.start()]).split())
            known = not re.search(r"\{[{%]", captured)
            values[opened["name"]] = captured if known else None
            notes.add(Said("convert.template-set/block" if known else "convert.template-set/unknown",
                           name=opened["name"], words=clipped(captured, 80)), line)
            out += [body[last:opened.start()], "\n" * tag.count("\n")]
            last, opened = match.end(), None
            continue
        if match["end"] or in_code(match.start()):
            continue
        line = None if page_html else line_of(match.start()) + 1
        tag = match.group(0)
        if match["kind"]:  # (one never closed stays, said as other template code is)
            ends = closes.get(match["kind"], [])
            opened = match if bisect.bisect_left(ends, match.end()) < len(ends) else None
            continue
        elif match["assigned"]:
            value, filters = match["value"], (match["assigned_filters"] or "").strip()
            literal = value[1:-1] if value[:1] in "\"'" else value if re.fullmatch(r"-?\d+(?:\.\d+)?", value) else \
                value_of(value, "")
            assigned = filtered(literal, filters) if literal is not None and filters else literal
            values[match["assigned"]] = assigned
            notes.add(Said("convert.template-set/tag" if assigned is not None else "convert.template-set/unknown",
                           name=match["assigned"], words=clipped(assigned or value, 80)), line)
            replacement = ""
        else:
            found = shown(match)
            if found is None:
                continue
            words, key = " ".join(found.split()), match["key"]
            of_site = key.startswith("site.")
            notes.add(Said("convert.template-filled/site" if of_site else "convert.template-filled", tag=tag,
                           name=key.removeprefix("site."), words=clipped(words, 80)), line)
            replacement = html.escape(words) if page_html else escape_text(words, line_start=False, in_cell=False)
        out += [body[last:match.start()], replacement]
        last = match.end()
    return "".join(out) + body[last:] if out else body


# Jekyll's `{% raw %}` … `{% endraw %}`: Liquid writes what is between as it stands, its `{{ order_id }}` the braces a
# reader saw (a policy showing an e-mail template's placeholders), the markers nothing. The import removed the markers
# (neutralise) and left the braces, which policy check refuses as code the old site's server filled in (adopt53's
# leftover), and filled `{{ page.email }}` inside, which the old site had not. Each piece of template code inside, out
# of code, is written as code, as it was shown, the markers left out, said with its line. A region of no such code is
# left to neutralise, which removes its markers, and so is a `{% raw %}` never closed (Jekyll refuses to build the
# page); one in fenced code is kept as written.
_RAW_REGION = re.compile(r"\{%-?\s*raw\s*-?%\}(?P<text>.*?)\{%-?\s*endraw\s*-?%\}", re.S)
_SHOWN_CODE = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.S)


def raw(body: str, notes: Notes) -> str:
    """`body` with each `{% raw %}` region outside fenced code written as Liquid showed it: its markers left out, each
    piece of template code inside outside code made a code span, said with its line (see above)."""
    if "raw" not in body or not _RAW_REGION.search(body):
        return body
    lines = body.split("\n")
    fenced = set(range(len(lines))) - set(outside_fences(lines))
    starts = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))

    def line_of(at: int) -> int:
        return bisect.bisect_right(starts, at) - 1

    def written(region: re.Match[str]) -> str:
        n = line_of(region.start())
        if n in fenced:
            return region.group()
        text, base, out, last, shown = region["text"], region.start("text"), [], 0, []
        for code in _SHOWN_CODE.finditer(text):
            at = line_of(base + code.start())
            column = base + code.start() - starts[at]
            if at in fenced or any(a <= column < b for a, b in code_spans(lines[at])):
                continue
            ticks = "`" * (max((len(run) for run in re.findall("`+", code.group())), default=0) + 1)
            pad = " " if code.group().startswith("`") or code.group().endswith("`") else ""
            out += [text[last:code.start()], f"{ticks}{pad}{code.group()}{pad}{ticks}"]
            last = code.end()
            shown.append(" ".join(code.group().split()))
        if not shown:
            return region.group()
        notes.add(Said("convert.liquid-raw", count=len(shown), shown=quoted([s[:40] for s in shown])), n + 1)
        return "".join(out) + text[last:]

    return _RAW_REGION.sub(written, body)
