"""What a Hugo site's Markdown showed that its text does not hold as written: a heading's id written against its
title (`## 1. Titolare{#titolare}`, an id to Goldmark, Hugo's Markdown, words to Python-Markdown) and the words of
`{{< param key >}}`, which Hugo fills in from the page's front matter, else the site's configuration (adoption 7 of
session 31: an Italian site's privacy page, its controller's name, address and e-mail written by `param`: removed,
its sentences published with holes)."""
from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Callable, Mapping

import yaml

from policysite.convert.markdown_lines import code_spans, outside_fences, substitute
from policysite.convert.markdown_writer import destination, escape_text
from policysite.convert.notes import Notes
from policysite.document import MetaLoader
from policysite.messages import Said

# An ATX heading ending in an attribute list written against its last word (Goldmark reads `{#id .class}` there,
# spaced or not; Python-Markdown's attr_list only after a space).
_GLUED = re.compile(r"^(?P<heading>[ ]{0,3}#{1,6}[ \t]+.*?\S)(?P<attributes>\{[ ]*#[A-Za-z][\w:.-]*[^{}\n]*\})[ \t]*$")
# A shortcode writing an e-mail address as its link, hidden from harvesters (hugo-cloak-email's `{{< cloakemail
# "privacy@example.com" >}}`, `address=`, `display="E-Mail"`; a theme's `{{< email "…" >}}`, `{{< mailto … >}}`):
# the address readers read (or the words `display=` gives), linked to it.
_ADDRESS = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
_EMAIL_SHORTCODE = re.compile(r"\{\{[<%]-?\s*[\w-]*(?:mail|obfuscate)[\w-]*\s+(?P<arguments>[^{}\n]*?)\s*-?[>%]\}\}",
                              re.I)
_ARGUMENT = re.compile(r"""(?:(?P<key>[\w-]+)\s*=\s*)?(?:"(?P<quoted>[^"]*)"|'(?P<single>[^']*)'|(?P<bare>[^\s"']+))""")
_PARAM = re.compile(r"""\{\{(?P<open>[<%])-?\s*param\s+(?:"(?P<quoted>[^"]+)"|'(?P<single>[^']+)'|(?P<bare>[\w.-]+))"""
                    r"""\s*-?(?P<close>[>%])\}\}""")
# Where a Hugo site keeps its configuration, its root folder first (hugo.* since 0.110, config.* before), then its
# configuration folder's default environment, whose params.* holds the params at its top level.
CONFIG_FILES = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml",
                "config.json")
_DEFAULT = "config/_default"
_PARAMS_FILES = ("params.toml", "params.yaml", "params.yml", "params.json")
_SETTINGS_BYTES = 256 * 1024


# Hugo's `figure` shortcode, on one line or over several (`{{< figure` … `>}}`): its image, and under it the words
# readers read, its `title` (an `<h4>`), then its `caption` and `attr` (Markdown, `attrlink` linking the latter).
_FIGURE_OPEN = re.compile(r"[ \t]*\{\{(?P<open>[<%])-?\s*figure(?=\s|\Z|-?[>%]\}\})")
_FIGURE_END = re.compile(r"-?[>%]\}\}[ \t]*\Z")
_FIGURE_LINES = 12  # the most lines one is read over


def figure(lines: list[str], at: int) -> tuple[int, str, str, str] | None:
    """Where `lines[at]` opens Hugo's `figure` shortcode: (the index of its last line, its title, the words under it
    as Markdown, its image's address); None otherwise, or where it does not close within a few lines."""
    if not _FIGURE_OPEN.match(lines[at]):
        return None
    end = next((n for n in range(at, min(at + _FIGURE_LINES, len(lines))) if _FIGURE_END.search(lines[n])), None)
    if end is None:
        return None
    written = " ".join(lines[at:end + 1])
    arguments = written[_FIGURE_OPEN.match(written).end():_FIGURE_END.search(written).start()]  # type: ignore[union-attr]
    values = {(found["key"] or "").lower(): found["quoted"] if found["quoted"] is not None else
              found["single"] if found["single"] is not None else found["bare"]
              for found in _ARGUMENT.finditer(arguments)}
    attr = " ".join(values.get("attr", "").split())
    if attr and values.get("attrlink"):
        attr = f"[{attr}]({destination(values['attrlink'])})"
    under = " ".join(part for part in (" ".join(values.get("caption", "").split()), attr) if part)
    return end, " ".join(values.get("title", "").split()), under, values.get("src", "")


def heading_attributes(body: str, notes: Notes) -> str:
    """`body` with each heading's attribute list written against its title parted from it by a space, said: the id
    Goldmark gave the heading, which the text's own links land on."""
    if "{" not in body:
        return body
    lines = body.split("\n")
    for n in outside_fences(lines):
        glued = _GLUED.match(lines[n])
        if glued is None or any(a < glued.start("attributes") < b for a, b in code_spans(lines[n])):
            continue
        lines[n] = f"{glued['heading']} {glued['attributes']}"
        notes.add(Said("convert.glued-id", id=glued["attributes"]), n + 1)
    return "\n".join(lines)


def params(body: str, page: Mapping[str, str], site: Mapping[str, str], notes: Notes) -> str:
    """`body` with each `{{< param key >}}` outside code written as the words Hugo filled in, the page's front matter's
    else the site's configuration's, each said with its line and words; a key neither gives stays (removed later,
    said)."""
    known = {**{key.lower(): value for key, value in site.items()},
             **{key.lower(): value for key, value in page.items()}}
    own = {key.lower() for key in page}

    def fill(match: re.Match[str], line: int) -> str | None:
        key = (match["quoted"] or match["single"] or match["bare"]).strip()
        words = known.get(key.lower())
        if words is not None:
            whose = "front-matter" if key.lower() in own else "site-params"
            notes.add(Said(f"convert.hugo-param/{whose}", tag=match.group(0), key=key, words=words), line)
        return words
    return substitute(body, _PARAM, fill, needle="param")


def email_shortcodes(body: str, notes: Notes) -> str:
    """`body` with each shortcode outside code that wrote an e-mail address as its link (see above) written as that
    link, said with its line: removed as any other shortcode, the sentence lost the address ("Write to .")."""
    def link(match: re.Match[str], line: int) -> str | None:
        values = {(found["key"] or "").lower(): found["quoted"] if found["quoted"] is not None else
                  found["single"] if found["single"] is not None else found["bare"]
                  for found in _ARGUMENT.finditer(match["arguments"])}
        addresses = [value for key, value in values.items() if key in ("", "address", "email", "mail")
                     and re.fullmatch(_ADDRESS, value)]
        if len(addresses) != 1:
            return None
        shown = next((values[key] for key in ("display", "text", "label", "title") if values.get(key)), addresses[0])
        notes.add(Said("convert.hugo-email", tag=match.group(0)[:80], address=addresses[0]), line)
        query = (values.get("query") or "").strip().lstrip("?")  # hugo-cloak-email's `query="subject=…"`: the link's
        target = destination(f"mailto:{addresses[0]}" + (f"?{query}" if query else ""))  # (judged by the gate's checks)
        return f"[{escape_text(shown, line_start=False, in_cell=False)}]({target})"
    return substitute(body, _EMAIL_SHORTCODE, link, needle="@")


def site_params(read: Callable[[str], bytes | None], folder: str) -> dict[str, str]:
    """The params of the Hugo site holding `folder` (`read(path)` gives a file's bytes, None where there is none): its
    configuration in the nearest folder above that has one, each param's words by its dotted name (`author.name`);
    none where no configuration is found or it cannot be read."""
    while True:
        base = f"{folder}/" if folder else ""
        for name in (*CONFIG_FILES, *(f"{_DEFAULT}/{one}" for one in CONFIG_FILES)):
            data = read(base + name)
            if data is not None:
                found = next((value for key, value in _settings(data, name).items() if str(key).lower() == "params"),
                             None)
                defaults = next(((one, data) for one in _PARAMS_FILES if (data := read(f"{base}{_DEFAULT}/{one}"))),
                                ("", b""))
                return {**_flat(found), **_flat(_settings(defaults[1], defaults[0]))}
        if not folder:
            return {}
        folder = folder.rpartition("/")[0]


def flat_settings(data: bytes, name: str, prefix: str = "") -> dict[str, str]:
    """The words a settings or data file (`name` ends as its kind: `.toml`, `.json`, else YAML) holds, each by its
    dotted name after `prefix` (eleventy.py's global data)."""
    return _flat(_settings(data, name), prefix)


def _settings(data: bytes, name: str) -> dict:
    """A configuration file's settings, its keys as written; none if it is too large or cannot be read."""
    if not data or len(data) > _SETTINGS_BYTES:
        return {}
    text = data.decode("utf-8", "replace")
    try:
        if name.endswith(".toml"):
            settings = tomllib.loads(text)
        elif name.endswith(".json"):
            settings = json.loads(text)
        else:
            settings = yaml.load(text, Loader=MetaLoader)  # noqa: S506 (a SafeLoader without aliases)
    except (tomllib.TOMLDecodeError, yaml.YAMLError, json.JSONDecodeError, RecursionError, ValueError, TypeError):
        return {}
    return settings if isinstance(settings, dict) else {}


def _flat(params: object, prefix: str = "") -> dict[str, str]:
    """Each param holding words (a text or a number), by its dotted name."""
    if not isinstance(params, dict):
        return {}
    out: dict[str, str] = {}
    for key, value in params.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, f"{name}."))
        elif isinstance(value, str | int | float) and not isinstance(value, bool):
            out[name] = str(value)
    return out
