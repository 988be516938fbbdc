"""A policy kept as a site's data file (`.yml`, `.yaml`, `.json`, `.toml`: Jekyll's `_data/privacy.yml`, a Hugo
data file, a headless CMS's export) that its template wrote out as the page: a title and its ordered sections, each a
heading over a Markdown or HTML body, read into the text those fields held, in their order, and said; a file of any
other shape is refused at the line where it stops reading as one (session 33: a data file was refused as not a page).
"""
from __future__ import annotations

import dataclasses
import html
import re

import yaml

from policysite.convert import html_source, markdown_source, toml_data
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes
from policysite.messages import Said, yaml_reason

# The fields a policy's data names its parts by, in the order they are looked for: the first one present is read.
TITLE_KEYS = ("title", "headline", "name", "page_title", "heading")
SECTION_LISTS = ("sections", "content", "body", "items", "blocks", "articles", "clauses", "parts", "chapters",
                 "subsections", "children", "entries")
HEADING_KEYS = ("heading", "title", "header", "name", "question", "label", "subtitle")
BODY_KEYS = ("body", "content", "text", "html", "markdown", "description", "answer", "paragraphs", "copy")
INTRO_KEYS = ("intro", "introduction", "preamble", "lead", "summary", "description", "body", "content", "text")
ID_KEYS = ("id", "anchor", "slug")
# Fields that say how the site shows a part, not words it shows.
_QUIET = frozenset({"id", "anchor", "slug", "key", "order", "weight", "position", "icon", "type", "_type", "kind",
                    "layout", "permalink", "style", "class", "classname", "template", "__typename", "_key", "_id",
                    "sys", "metadata", "locale", "createdat", "updatedat", "publishedat", "documentid"})
_WRAPPERS = ("data", "attributes", "fields", "page", "policy", "privacy", "document", "item", "entry", "story",
             "privacy_policy", "privacypolicy")
_HTML_BODY = re.compile(r"^\s*<(?:p|div|ul|ol|h[1-6]|table|section|article|blockquote|dl|span|strong|b|em|a|br)\b",
                        re.I)
_WORDS = (":str", ":int", ":float")  # the scalars a field's words are (`title: 2023` too)
_ANCHOR = re.compile(r"[A-Za-z][\w-]{0,80}")
DEPTH = 5  # sections inside sections: `##` to `######`
MOST_NODES = 100_000  # a data file of a policy holds hundreds: more is an alias bomb or not a policy
MOST_FLOW = 100  # `[` and `{` inside one another: a policy's data nests a few


class _TooDeep(yaml.YAMLError):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _Loader(yaml.SafeLoader):
    """PyYAML's safe reader, refusing lists and mappings written `[…]`, `{…}` nested past `MOST_FLOW`: its scanner's
    time grows with the square of that nesting (a 6 kB file of lists 3,000 deep took 35 s to refuse, 20,000 deep some
    half an hour) and JSON writes every level so."""

    def fetch_flow_collection_start(self, TokenClass: type) -> None:  # noqa: N803 (PyYAML's name)
        if self.flow_level >= MOST_FLOW:
            raise _TooDeep(self.get_mark().line + 1)
        super().fetch_flow_collection_start(TokenClass)


class _Unread(Exception):
    def __init__(self, line: int, why: Said) -> None:
        super().__init__(why)
        self.line, self.why = line, why


@dataclasses.dataclass
class _Part:
    heading: str
    body: str
    line: int
    anchor: str = ""
    parts: list[_Part] = dataclasses.field(default_factory=list)


def convert(data: bytes, *, name: str, lang: str = "") -> Converted:
    """The page its template made of the data file: its title, introduction and sections, as Markdown."""
    notes = Notes()
    text = markdown_source.decode(data, notes)
    if name.lower().endswith(".json"):
        text = text.replace("\t", " ")  # (JSON writes a tab inside a string as \t: a tab is only its indent)
    try:
        root = _compose(text, name=name)
    except _TooDeep as deep:
        raise ConvertError(Said("import.data-deep", name=name, line=deep.line, most=MOST_FLOW)) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ConvertError(Said("import.data-unreadable", name=name, line=mark.line + 1 if mark else 1,
                                problem=yaml_reason(exc))) from None
    half = _half_character(root)
    if half is not None:
        raise ConvertError(Said("import.data-surrogate", name=name, line=half)) from None
    reader = _Reader(lang)
    try:
        title, intro, parts = reader.policy(root)
    except _Unread as unread:
        raise ConvertError(Said("import.data-shape", name=name, line=unread.line, why=unread.why)) from None
    page, as_html = _page(title, intro, parts)
    converted = (html_source.convert(page.encode(), name=name, lang=lang) if as_html
                 else markdown_source.convert(page.encode(), name=name))
    notes.add(Said("convert.data", count=_count(parts), fields=", ".join(reader.read)))
    for key, line, words in reader.left:
        notes.add(Said("convert.data-left", key=key, words=words[:60]), line)
    return dataclasses.replace(converted, notes=[*notes.sentences(), *converted.notes], where="Markdown line")


# The fields a policy's data dates its text by, as a page's front matter does (markdown_source._DAY_KEYS), and a CMS.
DAY_KEYS = ("effective_date", "effective", "last_updated", "lastupdated", "last_update", "updated", "lastmod",
            "last_modified", "last_modified_at", "modified", "date")


def stated_day(data: bytes, *, name: str, languages: tuple[str, ...]) -> tuple[str, str] | None:
    """(the field as written, YYYY-MM-DD) of the one day a policy's data file says its text is of (`updated: March 1,
    2023`, `effective_date: 2023-03-01`), read in its fields' order of `DAY_KEYS`; None where it says none, or not one
    day. Dates its text as a page's front matter `lastmod:` dates a Markdown page."""
    from policysite import sync

    try:
        root = _compose(markdown_source.decode(data, Notes()).replace("\t", " "), name=name)
        node = _Reader("").unwrap(root) if root is not None else None
    except (yaml.YAMLError, _Unread, RecursionError):
        return None
    if not isinstance(node, yaml.MappingNode):
        return None
    fields = {str(key.value).casefold().replace("-", "_"): value for key, value in node.value
              if isinstance(key, yaml.ScalarNode) and isinstance(value, yaml.ScalarNode)}
    for key in DAY_KEYS:
        written = str(fields[key].value).strip() if key in fields else ""
        for lang in dict.fromkeys((*languages, "en")):
            days = sorted({day for _sentence, dates in sync.stated_dates(written, lang) for day in dates
                           if len(day) == 10})
            if len(days) == 1:
                return f"{key}: {written}", days[0]
    return None


def _compose(text: str, *, name: str) -> yaml.Node | None:
    """The file's tree of values, each marked with its line: YAML's (JSON is YAML), or TOML's, by its name."""
    if name.lower().endswith(".toml"):
        if (deep := toml_data.nested_past(text, MOST_FLOW)) is not None:
            raise _TooDeep(deep)  # (tomllib reads nesting by recursion: 5,000 deep ended in RecursionError)
        return toml_data.compose(text)
    return yaml.compose(text, Loader=_Loader)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _half_character(root: yaml.Node | None) -> int | None:
    """The line of the first string of the file holding half of a character (a lone surrogate, which YAML's and JSON's
    `\\ud800` escapes write and no page can hold: the import ended on "'utf-8' codec can't encode"), else None. A pair
    of them (JSON's `\\ud83d\\ude00`, which PyYAML leaves apart) is made the one character it writes."""
    todo, seen = [root], set()
    while todo:
        node = todo.pop()
        if node is None or id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.ScalarNode) and _SURROGATE.search(node.value):
            try:
                node.value = node.value.encode("utf-16", "surrogatepass").decode("utf-16")
            except UnicodeDecodeError:
                return _line(node)
        elif isinstance(node, yaml.MappingNode):
            todo += [one for pair in reversed(node.value) for one in reversed(pair)]
        elif isinstance(node, yaml.SequenceNode):
            todo += reversed(node.value)
    return None


def _count(parts: list[_Part]) -> int:
    return sum(1 + _count(part.parts) for part in parts)


class _Reader:
    """Reads the composed YAML tree as a policy's fields, recording which it read and which words it left."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.nodes = 0
        self.read: list[str] = []  # the fields read, as `title`, `sections[].heading`
        self.left: list[tuple[str, int, str]] = []  # (key, line, words) of words no field read

    def policy(self, node: yaml.Node | None) -> tuple[str, str, list[_Part]]:
        if node is None:
            raise _Unread(1, Said("import.data-shape/empty"))
        node = self.unwrap(node)
        if isinstance(node, yaml.SequenceNode):  # a bare list of sections, under no title
            raise _Unread(_line(node), Said("import.data-shape/no-title"))
        if not isinstance(node, yaml.MappingNode):
            raise _Unread(_line(node), Said("import.data-shape/not-fields"))
        fields = self._fields(node)
        title_key = next((k for k in TITLE_KEYS if k in fields and self._words(fields[k]) is not None), None)
        if title_key is None:
            raise _Unread(_line(node), Said("import.data-shape/no-title"))
        title = self._words(fields[title_key]) or ""
        list_key = next((k for k in SECTION_LISTS if k in fields and isinstance(fields[k][1], yaml.SequenceNode)
                         and k != title_key), None)
        if list_key is None:  # one list of fields, under a name of the site's own (`privacy_items`)
            lists = [k for k, (_, v) in fields.items() if isinstance(v, yaml.SequenceNode) and v.value
                     and all(isinstance(one, yaml.MappingNode) for one in v.value)]
            list_key = lists[0] if len(lists) == 1 else None
        if list_key is None:
            raise _Unread(_line(node), Said("import.data-shape/no-sections"))
        intro_key = next((k for k in INTRO_KEYS if k in fields and k not in (title_key, list_key)
                          and self._body(fields[k]) is not None), None)
        self.read.append(title_key)
        if intro_key:
            self.read.append(intro_key)
        parts = self._parts(fields[list_key][1], list_key, 1)
        self._leave(fields, {title_key, list_key, intro_key}, "")
        return title, self._body(fields[intro_key]) or "" if intro_key else "", parts

    def unwrap(self, node: yaml.Node) -> yaml.Node:
        """The fields a wrapper holds: a CMS's `data.attributes`, a list of one entry, the text in `lang`."""
        for _ in range(8):
            if isinstance(node, yaml.SequenceNode) and len(node.value) == 1:
                node = node.value[0]
                continue
            if not isinstance(node, yaml.MappingNode):
                return node
            fields = self._fields(node)
            if any(k in fields for k in TITLE_KEYS) and any(k in fields for k in SECTION_LISTS):
                return node
            inner = self._in_lang(fields) or next(
                (fields[k][1] for k in _WRAPPERS if k in fields and isinstance(fields[k][1], (yaml.MappingNode,
                                                                                             yaml.SequenceNode))),
                None)
            if inner is None:
                mappings = [v for _, v in fields.values() if isinstance(v, yaml.MappingNode)]
                inner = mappings[0] if len(fields) == 1 and mappings else None
            if inner is None:
                return node
            node = inner
        return node

    def _in_lang(self, fields: dict[str, tuple[yaml.Node, yaml.Node]]) -> yaml.Node | None:
        """The value of the key naming the import's language (`fr`, `fr-FR`, `fr_FR`), if the keys are languages."""
        if not self.lang:
            return None
        want = self.lang.casefold().replace("_", "-")
        for key, (_, value) in fields.items():
            if key.replace("_", "-") == want or key.replace("_", "-").split("-")[0] == want.split("-")[0]:
                return value
        return None

    def _fields(self, node: yaml.MappingNode) -> dict[str, tuple[yaml.Node, yaml.Node]]:
        self._count(len(node.value))
        return {str(key.value).casefold(): (key, value) for key, value in node.value
                if isinstance(key, yaml.ScalarNode)}

    def _count(self, more: int) -> None:
        self.nodes += more
        if self.nodes > MOST_NODES:
            raise _Unread(1, Said("import.data-shape/too-many", most=MOST_NODES))

    def _words(self, entry: tuple[yaml.Node, yaml.Node]) -> str | None:
        """A field's words on one line: a string, or the string of the import's language among a CMS's locales."""
        value = entry[1]
        if isinstance(value, yaml.MappingNode):
            localised = self._in_lang(self._fields(value))
            strings = [v for _, v in value.value if isinstance(v, yaml.ScalarNode)]
            value = localised if localised is not None else strings[0] if len(value.value) == 1 and strings else value
        if isinstance(value, yaml.ScalarNode) and value.tag.endswith(_WORDS) and value.value.strip():
            return " ".join(str(value.value).split())
        return None

    def _body(self, entry: tuple[yaml.Node, yaml.Node]) -> str | None:
        """A field's text as written: a string, or a list of strings (its paragraphs)."""
        value = entry[1]
        if isinstance(value, yaml.MappingNode):
            localised = self._in_lang(self._fields(value))
            value = localised if localised is not None else value
        if isinstance(value, yaml.ScalarNode) and value.tag.endswith(_WORDS):
            return str(value.value).strip("\n") if value.value.strip() else None
        if isinstance(value, yaml.SequenceNode) and value.value and all(
                isinstance(one, yaml.ScalarNode) and one.tag.endswith(":str") for one in value.value):
            self._count(len(value.value))
            return "\n\n".join(str(one.value).strip("\n") for one in value.value)
        return None

    def _parts(self, node: yaml.SequenceNode, key: str, depth: int) -> list[_Part]:
        self._count(len(node.value))
        parts: list[_Part] = []
        for item in node.value:
            if isinstance(item, yaml.ScalarNode) and item.tag.endswith(":str"):  # a paragraph between sections
                parts.append(_Part("", str(item.value).strip("\n"), _line(item)))
                continue
            if not isinstance(item, yaml.MappingNode):
                raise _Unread(_line(item), Said("import.data-shape/not-section", key=key))
            fields = self._fields(item)
            heading_key = next((k for k in HEADING_KEYS if k in fields and self._words(fields[k]) is not None), None)
            inner_key = next((k for k in SECTION_LISTS if k in fields and k != heading_key
                              and isinstance(fields[k][1], yaml.SequenceNode)
                              and any(isinstance(one, yaml.MappingNode) for one in fields[k][1].value)), None)
            body_key = next((k for k in BODY_KEYS if k in fields and k not in (heading_key, inner_key)
                             and self._body(fields[k]) is not None), None)
            if heading_key is None and body_key is None:
                raise _Unread(_line(item), Said("import.data-shape/not-section", key=key))
            if inner_key is not None and depth >= DEPTH:
                raise _Unread(_line(fields[inner_key][1]), Said("import.data-shape/too-deep", most=DEPTH))
            self._note(f"{key}[].{heading_key}" if heading_key else None, f"{key}[].{body_key}" if body_key else None)
            anchor = next((str(fields[k][1].value) for k in ID_KEYS if k in fields
                           and isinstance(fields[k][1], yaml.ScalarNode)
                           and _ANCHOR.fullmatch(str(fields[k][1].value))), "")
            part = _Part(self._words(fields[heading_key]) or "" if heading_key else "",
                         self._body(fields[body_key]) or "" if body_key else "", _line(item), anchor)
            if inner_key is not None:
                part.parts = self._parts(fields[inner_key][1], f"{key}[].{inner_key}", depth + 1)
            self._leave(fields, {heading_key, body_key, inner_key}, f"{key}[].")
            parts.append(part)
        return parts

    def _note(self, *fields: str | None) -> None:
        self.read.extend(one for one in fields if one and one not in self.read)

    def _leave(self, fields: dict[str, tuple[yaml.Node, yaml.Node]], used: set[str | None], prefix: str) -> None:
        """Record the words of fields not read (a date, a note of the site's), which the page may have shown."""
        for key, (_, value) in fields.items():
            if key in used or key.replace("-", "").replace("_", "") in _QUIET or key in _QUIET:
                continue
            words = value.value if isinstance(value, yaml.ScalarNode) else ""
            if isinstance(words, str) and words.strip():
                self.left.append((prefix + key, _line(value), " ".join(words.split())))


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


def _page(title: str, intro: str, parts: list[_Part]) -> tuple[str, bool]:
    """The page the template made: Markdown, or HTML where a body is written in HTML."""
    as_html = _HTML_BODY.match(intro) is not None or _any_html(parts)
    if as_html:
        out = [f"<h1>{html.escape(title)}</h1>", _html_text(intro)]
        _html_parts(parts, 2, out)
        return "<html><body>\n" + "\n".join(one for one in out if one) + "\n</body></html>\n", True
    lines = [f"# {title}", intro]
    _markdown_parts(parts, 2, lines)
    return "\n\n".join(one for one in lines if one) + "\n", False


def _any_html(parts: list[_Part]) -> bool:
    return any(_HTML_BODY.match(part.body) or _any_html(part.parts) for part in parts)


def _html_text(body: str) -> str:
    return body if not body or _HTML_BODY.match(body) else "".join(
        f"<p>{html.escape(one)}</p>" for one in re.split(r"\n\s*\n", body) if one.strip())


def _html_parts(parts: list[_Part], level: int, out: list[str]) -> None:
    for part in parts:
        if part.heading:
            anchor = f' id="{part.anchor}"' if part.anchor else ""
            out.append(f"<h{level}{anchor}>{html.escape(part.heading)}</h{level}>")
        out.append(_html_text(part.body))
        _html_parts(part.parts, level + 1, out)


def _markdown_parts(parts: list[_Part], level: int, lines: list[str]) -> None:
    for part in parts:
        if part.heading:
            lines.append(f"{'#' * level} {part.heading}" + (f" {{#{part.anchor}}}" if part.anchor else ""))
        lines.append(part.body)
        _markdown_parts(part.parts, level + 1, lines)
