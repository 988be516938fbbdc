"""HTML to our Markdown: markdownify, taught what our two Markdown readers agree on.

markdown-it (the checks) and Python-Markdown (the build) must read the result alike: ATX headings
that keep their ids as `{#id}` (attr_list), lists indented by 4 spaces, indented code blocks (no
fences: the build has no fenced_code), tables, and text escaped so that it never turns into markup.
"""
from __future__ import annotations

import html
import re
from urllib.parse import unquote

from bs4 import BeautifulSoup, Comment, NavigableString, Tag
from bs4.exceptions import ParserRejectedMarkup
from markdownify import ATX, SPACES, MarkdownConverter, chomp  # type: ignore[attr-defined]
from selectolax.lexbor import LexborHTMLParser

from policysite.convert.notes import Notes

HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
# Elements whose content a reader never sees as text of the policy.
DROPPED = ("script", "style", "noscript", "template", "svg", "math", "button", "input", "select", "textarea",
           "canvas", "map", "link", "meta", "source", "track", "param", "head", "title", "base")
# Elements that embed another document: a link to it takes their place (never a request to its host).
EMBEDS = {"iframe": "src", "frame": "src", "embed": "src", "object": "data", "video": "src", "audio": "src"}
NOTED = ("script", "style", "noscript", "template", "svg", "math", "button", "input", "select", "textarea", "canvas")
UNWRAPPED = ("form", "picture", "label", "fieldset", "dialog", "font", "center")
INLINE = frozenset({"a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q",
                    "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "img", "br", "wbr",
                    "del", "ins"})
TEXT_BLOCKS = frozenset({"p", "li", "td", "th", "dt", "dd", "caption", "figcaption", *HEADINGS})
_ATTR_LIST_ID = re.compile(r"[^\s=}{\"'<>]+")


def html_to_markdown(markup: str, notes: Notes, *, targets: frozenset[str] = frozenset()) -> str:
    """Markdown for an HTML fragment; `targets` are ids that in-page links of the whole text point to,
    besides those of the fragment's own `href="#…"` links (their elements keep the id)."""
    tree = LexborHTMLParser(markup)  # read as a browser reads it, then written out well-formed
    body = tree.body
    counts: dict[str, int] = {}
    for node in tree.css(", ".join(NOTED)):
        counts[node.tag or ""] = counts.get(node.tag or "", 0) + 1
    for name, count in counts.items():
        notes.add(f"removed {count} <{name}> element{'s' if count > 1 else ''}")
    try:
        soup = BeautifulSoup(body.inner_html or "" if body is not None else "", "html.parser")
    except ParserRejectedMarkup:
        text = body.text(deep=True) if body is not None else ""
        notes.add("HTML that could not be read as elements was kept as text")
        return escape_text(" ".join(text.split()), line_start=True, in_cell=False) + "\n"
    _prune(soup, notes)
    _unlayout_tables(soup)
    _place_ids(soup, targets | _fragment_targets(soup))
    text = _Converter().convert_soup(soup)
    text = re.sub(r"(?m)^[ \t]+$", "", text)  # a line break at the start of a paragraph leaves a blank line
    text = re.sub(r"\n{3,}", "\n\n", text).strip("\n")
    return text + "\n" if text else ""


def _fragment_targets(soup: BeautifulSoup) -> frozenset[str]:
    return frozenset(unquote(str(a["href"])[1:]) for a in soup.find_all("a", href=True)
                     if str(a["href"]).startswith("#") and len(str(a["href"])) > 1)


def _prune(soup: BeautifulSoup, notes: Notes) -> None:
    """Drops what is not text of the policy, turns embeds into links, keeps the text of forms."""
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    for tag in soup.find_all(DROPPED):
        if not tag.decomposed and tag.parent is not None:
            tag.decompose()
    for tag in soup.find_all(list(EMBEDS)):
        if tag.decomposed or tag.parent is None or tag.name not in EMBEDS:
            continue  # inside an embed already replaced
        url = str(tag.get(EMBEDS[tag.name]) or "").strip()
        if re.match(r"(?i)https?://", url):
            link = soup.new_tag("a", href=url)
            link.string = str(tag.get("title") or url)
            tag.replace_with(link)
            notes.add(f"<{tag.name}> embedding {url} became a link to it (the site loads nothing from "
                      "another host)")
        else:
            tag.decompose()
            notes.add(f"removed an <{tag.name}> element")
    for tag in soup.find_all(UNWRAPPED):
        tag.unwrap()


def _unlayout_tables(soup: BeautifulSoup) -> None:
    """Tables used for layout (holding headings or other tables, one column, role=presentation) become
    plain blocks: their text keeps its headings and lists instead of being squeezed into cells."""
    for table in soup.find_all("table"):
        rows = [r for r in table.find_all("tr") if r.find_parent("table") is table]
        widest = max((len(r.find_all(["td", "th"], recursive=False)) for r in rows), default=0)
        if (table.get("role") in ("presentation", "none") or table.find("table") or table.find(HEADINGS)
                or widest <= 1):
            parts = [p for p in table.find_all(["thead", "tbody", "tfoot", "tr", "td", "th", "caption"])
                     if p.find_parent("table") is table]
            for part in [*parts, table]:
                part.name = "div"


def _ids_of(tag: Tag) -> list[str]:
    """The ids a link can land on in `tag` and under it (`id`, and `name` on anchors)."""
    found = []
    for node in [tag, *tag.find_all(True)]:
        for value in (node.get("id"), node.get("name") if node.name == "a" else None):
            if value and str(value) not in found:
                found.append(str(value))
    return found


def _first_content(tag: Tag) -> Tag | None:
    for child in tag.children:
        if isinstance(child, Tag):
            return child
        if isinstance(child, NavigableString) and child.strip():
            return None
    return None


def _place_ids(soup: BeautifulSoup, targets: frozenset[str]) -> None:
    """Each heading takes its own id, or one of an anchor in it or just before it, or of a section it
    opens; any other element that an in-page link points to keeps its id on an empty <span>."""
    placed: set[str] = set()
    for heading in soup.find_all(HEADINGS):
        ids = _ids_of(heading)
        before = heading.previous_sibling
        while before is not None:
            if isinstance(before, Tag):
                if before.get_text(strip=True) or before.find("img") or not _ids_of(before):
                    break
                ids += [i for i in _ids_of(before) if i not in ids]
            elif str(before).strip():
                break
            before = before.previous_sibling
        node = heading
        while isinstance(node.parent, Tag) and node.parent.name in ("section", "div", "article", "header") \
                and _first_content(node.parent) is node:
            node = node.parent
            if node.get("id") in targets and str(node["id"]) not in ids:
                ids.append(str(node["id"]))
        ids = [i for i in ids if not i.startswith("__")]
        usable = [i for i in ids if _ATTR_LIST_ID.fullmatch(i)]
        primary = next((i for i in usable if i in targets), usable[0] if usable else None)
        if primary:
            heading["data-md-id"] = primary
            placed.add(primary)
        extra = [i for i in ids if i != primary and i in targets]
        if extra:
            heading["data-md-extra"] = " ".join(extra)  # ids hold no spaces here: they came from href="#…"
            placed.update(extra)
    for target in sorted(targets - placed):
        if target.startswith("__") or not target:
            continue
        element = soup.find(id=target) or soup.find("a", attrs={"name": target})
        if not isinstance(element, Tag):
            continue
        marker = soup.new_tag("span", attrs={"data-keep-id": target})
        if element.name in INLINE:
            element.insert_before(marker)
        elif element.name in TEXT_BLOCKS:
            first = _first_content(element)
            (first if first is not None and first.name in TEXT_BLOCKS else element).insert(0, marker)
        else:
            paragraph = soup.new_tag("p")
            paragraph.append(marker)
            element.insert_before(paragraph)


def _anchor(ident: str) -> str:
    return f'<span id="{html.escape(ident, quote=True)}"></span>'


def destination(url: str) -> str:
    """A URL written so that both Markdown readers take all of it as a link's destination."""
    url = re.sub(r"[\x00-\x20\x7f<>\\]", lambda m: f"%{ord(m.group()):02X}", url.strip())
    depth = 0
    for char in url:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            break
    if depth != 0:
        url = url.replace("(", "%28").replace(")", "%29")
    return url


def escape_text(text: str, *, line_start: bool, in_cell: bool) -> str:
    """Plain text escaped so that neither Markdown reader sees markup, HTML or an attribute list in it."""
    text = text.replace("\\", "\\\\")
    text = re.sub(r"[*`\[\]{}]", lambda m: "\\" + m.group(), text)
    text = re.sub(r"(?<![^\W_])_|_(?![^\W_])", r"\\_", text)  # an underscore inside a word stays as is
    text = re.sub(r"&(?=#?\w+;)", "&amp;", text)
    text = re.sub(r"<(?=[A-Za-z/!?])", "&lt;", text)  # &lt;, not \<: the HTML checks do not read escapes
    if in_cell:
        text = text.replace("|", "\\|")
    if line_start:
        text = re.sub(r"^(\s*)([#>+-])(?=\s|$|#)", r"\1\\\2", text)
        text = re.sub(r"^(\s*\d{1,9})([.)])(?=\s|$)", r"\1\\\2", text)
        text = re.sub(r"^(\s*)([=~])", lambda m: m.group(1) + f"&#{ord(m.group(2))};", text)
    return text


class _Converter(MarkdownConverter):
    """markdownify with the choices above; each method receives the converted text of the element."""

    class Options(MarkdownConverter.DefaultOptions):  # type: ignore[name-defined]
        heading_style = ATX
        bullets = "-"
        wrap = True  # one line per paragraph: a line never starts with text that could read as markup
        wrap_width = None
        newline_style = SPACES
        table_infer_header = True
        sup_symbol = "<sup>"
        sub_symbol = "<sub>"
        strip_document = "strip"

    def escape(self, text, parent_tags):
        if not text:
            return ""
        return escape_text(text, line_start=not {"_inline", "a"} & set(parent_tags),
                           in_cell=bool({"td", "th"} & set(parent_tags)))

    def convert_hN(self, n, el, text, parent_tags):
        if "_inline" in parent_tags:
            return text
        text = re.sub(r"\s+", " ", text).strip()
        ident = el.get("data-md-id")
        extra = "".join(_anchor(i) for i in str(el.get("data-md-extra") or "").split())
        before = f"\n\n{extra}\n\n" if extra else "\n\n"
        if not text:
            return f"{before}{_anchor(ident)}\n\n" if ident else before
        text = re.sub(r"(\s)(#+)$", lambda m: m.group(1) + "\\" + m.group(2), text)
        suffix = f" {{#{ident}}}" if ident else ""
        return f"{before}{'#' * max(1, min(6, n))} {text}{suffix}\n\n"

    def convert_a(self, el, text, parent_tags):
        if "_noformat" in parent_tags:
            return text
        prefix, suffix, text = chomp(text)
        href = str(el.get("href") or "").strip()
        if not text or not href:
            return prefix + text + suffix
        title = str(el.get("title") or "").replace("\\", "\\\\").replace('"', '\\"')
        title_part = f' "{title}"' if title else ""
        if text.replace("\\_", "_") == href and not title and re.match(r"(?i)https?://[^\s<>]*$", href):
            return f"{prefix}<{href}>{suffix}"
        return f"{prefix}[{text}]({destination(href)}{title_part}){suffix}"

    def convert_img(self, el, text, parent_tags):
        alt = escape_text(re.sub(r"\s+", " ", str(el.get("alt") or "")).strip(), line_start=False, in_cell=True)
        if "_inline" in parent_tags:
            return alt
        return f"![{alt}]({destination(str(el.get('src') or ''))})"

    def convert_span(self, el, text, parent_tags):
        ident = el.get("data-keep-id")
        return _anchor(str(ident)) + text if ident else text

    def convert_li(self, el, text, parent_tags):
        text = (text or "").strip()
        if not text:
            return "\n"
        parent = el.parent
        if parent is not None and parent.name == "ol":
            start = str(parent.get("start") or "1")
            bullet = f"{(int(start) if start.isdigit() else 1) + len(el.find_previous_siblings('li'))}."
        else:
            bullet = "-"
        indent = " " * max(4, len(bullet) + 1)
        first, *rest = text.split("\n")
        lines = [f"{bullet} {first}"] + [indent + line if line.strip() else "" for line in rest]
        return "\n".join(lines) + "\n"

    def convert_pre(self, el, text, parent_tags):
        if not text.strip():
            return ""
        lines = text.strip("\n").split("\n")
        return "\n\n" + "\n".join("    " + line if line.strip() else "" for line in lines) + "\n\n"

    def _cell(self, el, text):
        colspan = str(el.get("colspan") or "1")
        span = max(1, min(100, int(colspan))) if colspan.isdigit() else 1
        lines = [line.strip() for line in text.strip().split("\n")]
        return " " + "<br>".join(line for line in lines if line) + " |" * span

    def convert_td(self, el, text, parent_tags):
        return self._cell(el, text)

    def convert_th(self, el, text, parent_tags):
        return self._cell(el, text)

    def convert_dt(self, el, text, parent_tags):
        return self.convert_p(el, text, parent_tags)

    def convert_dd(self, el, text, parent_tags):
        return self.convert_p(el, text, parent_tags)

    def convert_summary(self, el, text, parent_tags):
        return self.convert_p(el, text, parent_tags)

    def convert_details(self, el, text, parent_tags):
        return self.convert_div(el, text, parent_tags)

    def convert_b(self, el, text, parent_tags):
        if set(HEADINGS) & set(parent_tags):
            return text  # a heading is bold already: `## **1. Title**` would only add marks
        return super().convert_b(el, text, parent_tags)

    convert_strong = convert_b

    def convert_del(self, el, text, parent_tags):
        return text  # neither Markdown reader has strikethrough: the words stay, unmarked

    convert_s = convert_del
