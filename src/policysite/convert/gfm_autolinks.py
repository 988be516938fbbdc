"""The bare addresses GFM's autolink extension made links (`https://www.cnil.fr`, `www.cnil.fr`, `dpo@example.org`),
written as the links the old site showed: GitHub's Markdown, Hugo's (Goldmark's linkify) and Docusaurus' and Astro's
(remark-gfm) link them; the site's (Python-Markdown) and Jekyll's (kramdown) show them as text.

GFM's rules, not linkify-it's: linkify-it (markdown-it's linkify) takes `www.` addresses only under the top-level
domains of its short list (`www.acme.app`, `www.acme.dev` would stay text) and links `example.com` alone, which GFM
does not. Found by the reader of the checks (markdown-it), so that code, links, autolinks and raw HTML (an `<a>`'s
words, a tag's attributes) stay as written; each address is edited where it is written, nothing else moves."""
from __future__ import annotations

import re
from collections.abc import Mapping

from markdown_it.token import Token

from policysite.convert.editing import Locator, Text, apply
from policysite.convert.markdown_writer import destination, escape_text
from policysite.convert.notes import Notes, quoted
from policysite.messages import Said

# GFM's valid domain: segments of letters, digits, `_` and `-` parted by periods; then the path, up to a space or `<`.
_DOMAIN = r"[\w-]+(?:\.[\w-]+)*"
_URL = re.compile(rf"(?:(?P<scheme>https?://|ftp://)|(?P<www>www\.))(?P<domain>{_DOMAIN})(?P<path>[^\s<]*)")
_STARTS = re.compile(r"https?://|ftp://|www\.")
CANDIDATE = re.compile(r"https?://|ftp://|www\.|\w@\w")  # what a text holding a bare address holds
_EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._+-]+@[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)+")
_DEFINITION = re.compile(r"^[ ]{0,3}\[[^\]\n]+\]:[^\n]*", re.M)
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_TRAILING = "?!.,:*_~'\""  # (the spec's list, and the quotes cmark-gfm and remark-gfm leave out too)
_ENTITY_END = re.compile(r"&[A-Za-z0-9]+;\Z")
# The CommonMark e-mail autolink, which Python-Markdown reads alike: `<address>` where it holds one.
_AUTOMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")
# What tells a Markdown page's renderer, from its front matter's keys and its own marks: Jekyll's kramdown links no
# bare address (kramdown/parser-gfm#17), nor Python-Markdown (Pelican's and MultiMarkdown's metadata lines), Pandoc
# and Quarto (`.qmd`), Eleventy's markdown-it. Hugo (TOML front matter, shortcodes, its keys), Docusaurus (MDX, its
# keys, `:::` admonitions), Astro, GitHub Docs (`versions:`) and GitHub itself (no front matter: Jekyll renders no
# page without one) do.
_JEKYLL_KEYS = frozenset(("layout", "permalink", "redirect_from", "last_modified_at", "published", "sitemap"))
_GFM_KEYS = frozenset(("lastmod", "aliases", "weight", "sidebar_position", "sidebar_label", "hide_table_of_contents",
                       "last_update", "pagination_next", "pagination_prev", "versions", "slug", "draft"))
_TEMPLATE = re.compile(r"\{%-?\s*\w|\{\{(?![<%])|^[ ]{0,3}\{:", re.M)  # Liquid, Nunjucks; kramdown's `{: …}`
_GFM_MARKS = re.compile(r"\{\{[<%]|^[ ]{0,3}:::\w|\[AUTOTITLE\]", re.M)


def linked_by_renderer(*, name: str, front: str, keys: Mapping[str, object] | None, body: str,
                       markdown_in_html: bool = False, hugo_site: bool = False, page: str = "") -> bool:
    """Whether the renderer the page was written for made links of its bare addresses (see above): `front`, its front
    matter's fence (`---`, `+++`, "" for none, "metadata" for Pelican's lines); `keys`, its keys as read; `body`, the
    text as written (its template tags not yet filled in); `page`, its path in its repository, where known."""
    lowered = name.lower()
    if lowered.endswith((".mdx", ".qmd", ".markdoc", ".mdoc", ".yml", ".yaml", ".json", ".toml")):
        return lowered.endswith(".mdx")  # (a data file's page: the template's filter rendered it, unknown here)
    if front == "metadata" or re.match(r"%[^%]", body):  # Python-Markdown's, Pandoc's title block
        return False
    folders = f"/{page}".split("/")[:-1]
    if markdown_in_html or {"_pages", "_posts", "_drafts"} & set(folders):  # (Jekyll's settings, its folders)
        return False
    if front == "+++" or hugo_site or _GFM_MARKS.search(body) or keys and _GFM_KEYS & set(keys) or \
            "content" in folders:  # (Hugo's pages' folder)
        return True
    if keys and _JEKYLL_KEYS & set(keys) or _TEMPLATE.search(body):
        return False
    return not front


def link(body: str, tokens: list[Token], notes: Notes) -> str:
    """`body` (whose markdown-it `tokens`, read with spans, are given) with each bare address GFM links written as a
    link both of the site's readers take: `<https://…>`, `<dpo@example.org>`, `[www.cnil.fr](http://www.cnil.fr)`,
    said with their lines."""
    doc = Text(body, notes, frozenset(), 0)
    found: list[str] = []
    lines: list[int] = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        locate = Locator(doc, token)
        for start, end, written in _addresses(token):
            a, b = locate(start), locate(end)
            if a is None or b is None or body[a:b] != token.content[start:end]:
                continue
            doc.edits.append((a, b, written))
            found.append(token.content[start:end])
            lines.append(doc.line_of(a))
    if not found:
        return body
    said = Said("convert.bare-addresses", count=len(found), shown=quoted([f[:60] for f in found]))
    for line in sorted(set(lines)):
        notes.add(said, line)
    return apply(body, doc.edits)


def _addresses(token: Token) -> list[tuple[int, int, str]]:
    """(start, end, the link written) of each bare address in an inline token's text, outside its code spans, links,
    autolinks, images and raw HTML (an `<a>`'s words too)."""
    content = token.content
    kept: list[tuple[int, int]] = []
    opened: list[int] = []  # where each raw <a> still open starts
    for child in token.children or []:
        span = child.meta.get("span") if child.meta else None
        if span is None:
            continue
        if child.type == "html_inline" and re.match(r"<a[\s>]", child.content, re.I):
            opened.append(span[0])
        elif child.type == "html_inline" and re.match(r"</a\s*>", child.content, re.I) and opened:
            kept.append((opened.pop(), span[1]))
        kept.append(span)
    kept += [(start, len(content)) for start in opened]
    kept += [m.span() for m in _DEFINITION.finditer(content)]  # (a link's definition under a paragraph: the site's)

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in kept)

    out: list[tuple[int, int, str]] = []
    for begun in _STARTS.finditer(content):
        start = begun.start()
        match = _URL.match(content, start, min([a for a, _b in kept if a > start], default=len(content)))
        if match is None:  # (an address's text ends where a tag or a link starts: GFM reads one text at a time)
            continue
        before = content[start - 1] if start and not any(b == start for _a, b in kept) else " "  # (a text's start,
        # after a tag, is a line's to GFM)
        if match["www"] and not (before.isspace() or before in "*_~(") or \
                match["scheme"] and _ASCII_LETTER.match(before):
            continue  # (a scheme after letters is another scheme, `xhttps:`; before `www.`, GFM's delimiters only)
        if "_" in "".join(match["domain"].split(".")[-2:]):  # (no underscore in a domain's last two segments)
            continue
        end = match.end("domain") + len(_path(match["path"]))
        text = content[start:end]
        if not free(start, end) or out and out[-1][1] > start:  # (`www.` inside an address already linked)
            continue
        if match["www"]:
            written = f"[{escape_text(text, line_start=False, in_cell=False)}]({destination('http://' + text)})"
        elif re.search(r"[\s<>`\\]", text):
            written = f"[{escape_text(text, line_start=False, in_cell=False)}]({destination(text)})"
        else:
            written = f"<{text}>"
        out.append((start, end, written))
    for match in _EMAIL.finditer(content):
        start, text = match.start(), match.group(0).rstrip(".")
        end = start + len(text)
        # GFM's extended protocol autolink: `mailto:` before the address is in the link (its words too)
        scheme = "mailto:" if content[:start].endswith("mailto:") else ""
        start -= len(scheme)
        if text[-1] in "-_" or not free(start, end) or any(a < end and start < b for a, b, _w in out):
            continue
        written = f"<{text}>" if _AUTOMAIL.fullmatch(text) and not scheme else \
            f"[{escape_text(scheme + text, line_start=False, in_cell=False)}]({destination('mailto:' + text)})"
        out.append((start, end, written))
    return sorted(out)


def _path(path: str) -> str:
    """An address's path without what GFM leaves out at its end: punctuation (`?!.,:*_~'"`), a `)` more than the `(`
    it holds, an entity's `&name;`."""
    while path:
        if path[-1] in _TRAILING:
            path = path[:-1]
        elif path[-1] == ")" and path.count(")") > path.count("("):
            path = path[:-1]
        elif path[-1] == ";" and (entity := _ENTITY_END.search(path)):
            path = path[:entity.start()]
        else:
            break
    return path
