"""Markdown written inside raw HTML blocks, read as the old site's renderer read it: kramdown with `parse_block_html:
true` in a Jekyll site's `_config.yml` reads a `<div>`'s lines as Markdown (a card's `#### Last updated: …` is a
heading there), where CommonMark shows them as written. Read otherwise, the page published `#### …` and `*words*`
as text (adoption 5 of session 29, a Spanish Jekyll site's privacy page)."""
from __future__ import annotations

import re
import textwrap

import yaml

from policysite.convert import neutralise
from policysite.convert.notes import Notes
from policysite.document import MetaLoader
from policysite.messages import Said

# The elements whose content kramdown reads as Markdown blocks (its HTML_CONTENT_MODEL's block elements that hold
# text), written alone on their line, opening or closing; an element holding words inline (`<p>`, `<h2>`) is HTML's.
_BLOCK = frozenset({"address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "fieldset",
                    "figure", "footer", "form", "header", "li", "main", "nav", "section", "td", "th"})
_LONE_TAG = re.compile(r"[ \t]*<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<attributes>(?:\s[^<>]*)?)>[ \t]*")
_INLINE = re.compile(r"[ \t]*<(?:a|abbr|b|br|code|em|i|img|kbd|mark|q|s|small|span|strong|sub|sup|time|u)\b", re.I)
_HIDING = re.compile(r"(?i)\shidden\b|\sstyle\s*=|\saria-hidden\s*=\s*[\"']?true")  # read as HTML is: said there
_SETTINGS_BYTES = 256 * 1024


def site_reads_it(settings: bytes | None) -> bool:
    """Whether a Jekyll site's `_config.yml` (`settings`, None: none) has kramdown read Markdown inside HTML blocks:
    `kramdown: {parse_block_html: true}`, its Markdown kramdown (Jekyll's default) or unnamed."""
    if not settings or len(settings) > _SETTINGS_BYTES:
        return False
    try:
        config = yaml.load(settings.decode("utf-8", "replace"), Loader=MetaLoader)  # noqa: S506 (a SafeLoader)
    except (yaml.YAMLError, RecursionError, ValueError, TypeError):
        return False
    if not isinstance(config, dict) or str(config.get("markdown", "kramdown")).lower() != "kramdown":
        return False
    kramdown = config.get("kramdown")
    return isinstance(kramdown, dict) and kramdown.get("parse_block_html") in (True, "true")


def read(body: str, notes: Notes, *, said: str = "convert.markdown-in-html") -> str:
    """`body` with each raw HTML block that holds Markdown between block elements' tags written alone on their lines
    (`<div class="card">` / `#### Last updated: …` / `</div>`) written as that Markdown, the tags left out, said at
    the block's line (by the catalogue's `said`: why the Markdown there is read); a block of HTML alone, or whose tags
    hide or style it, stays, read as HTML."""
    lines = body.split("\n")
    for token in neutralise._md.parse(body):
        if token.type != "html_block" or token.level or not token.map:
            continue
        a, b = token.map
        tags = {n: match for n in range(a, b) if (match := _LONE_TAG.fullmatch(lines[n]))}
        first = tags.get(a)
        if first is None or first["close"] or first["name"].lower() not in _BLOCK:
            continue
        text = [n for n in range(a, b) if n not in tags and lines[n].strip()]
        if not text or any(lines[n].lstrip().startswith("<") and not _INLINE.match(lines[n]) for n in text) \
                or any(tag["name"].lower() not in _BLOCK or _HIDING.search(tag["attributes"]) for tag in tags.values()):
            continue
        written = textwrap.dedent("\n".join(lines[n] for n in text)).split("\n")
        for n, line in zip(text, written, strict=True):
            lines[n] = line
        for n in tags:
            lines[n] = ""
        names = sorted({f"<{tag['name'].lower()}>" for tag in tags.values()})
        notes.add(Said(said, tags=", ".join(names)), a + 1)
    return "\n".join(lines)
