"""The page's lists and tables as MkDocs' renderer (Python-Markdown) must read them to build what the
checks read.

The document model reads Markdown as CommonMark does: a list or a table may start right after a
paragraph's line, an item may be numbered `1)`, and an item is nested under another when indented to its
text (two spaces after `- `). Python-Markdown reads the first two as more of the paragraph and wants four
spaces for the last: the published page would show "We collect: - names - e-mails" as one paragraph, or
nested items flattened. `lists_apart` writes a blank line before each list and table that follows a
paragraph and numbers `1)` items `1.`; `unrendered` names, by line, what the built page still does not
have as the text does, for the build to refuse it.
"""
from __future__ import annotations

import html as html_lib
import re
import unicodedata

from markdown_it import MarkdownIt
from markdown_it.token import Token
from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite import (
    blockwords,
    document,
    editorial,
    email_syntax,
    inline,
    mailsubject,
    pasted_bullets,
    reference_uses,
    safety,
    section_ids,
    tooltips,
    unclosed_emphasis,
)
from policysite.document import Block, Policy
from policysite.findings import WARNING, Finding
from policysite.messages import Said, yaml_reason

RULE = "render.structure"
RULE_IMAGE = "editorial.image"  # a picture in the text: what it draws, no check reads
RULE_READ = "render.read-apart"  # a link or its definition the checks and the page would read differently
RULE_FOOTNOTE = "render.footnote"  # a footnote the page shows as written (a warning: no word is lost)
RULE_TOOLTIP = "editorial.tooltip"  # a title saying words the page shows only to a pointer resting on it
# The site's Markdown extensions that decide lists and tables (mkdocs.yml and the skeleton's have them).
EXTENSIONS = ("tables", "attr_list", "sane_lists")

# Nesting no policy needs and Python-Markdown cannot render (its recursion ends the build): a run of emphasis
# marks, list markers on one line, quote marks.
DEPTH = 32
_DEEP = ((re.compile(rf"[*_]{{{DEPTH},}}(?=[^\s*_])"), "render.deep/emphasis"),  # a rule or a blank: none
         (re.compile(rf"^(?:[ \t]*(?:[-*+]|\d{{1,9}}[.)])[ \t]+){{{DEPTH},}}"), "render.deep/list"),
         (re.compile(rf"^(?:[ \t]*>){{{DEPTH},}}"), "render.deep/quote"))
_MARKER = re.compile(r"^[ ]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_PAREN = re.compile(r"^([ \t]*\d{1,9})\)(?=[ \t]|$)")  # `1)`: CommonMark's other ordered-list marker
_TAG = re.compile(r"<[^<>]*>")  # an inline HTML tag in a list item's text (`<span id=…></span>`)


def body_of(text: str) -> tuple[str, int]:
    """A page's body as MkDocs renders it (no front matter, no blank line before it) and the number of
    lines of the file above it: a line of the body is that many lines further in the file."""
    text = document.normalise(text)
    front = document.FRONT_MATTER.match(text)
    body = text[front.end():] if front else text
    return body.lstrip("\n"), (front.group(0).count("\n") if front else 0) + len(body) - len(body.lstrip("\n"))


def unread(markdown: str) -> bool:
    """Whether a page body is past what the document model reads (document.MAX_PAGE): its checks say so (text.size) and
    the strict build stops, which first rendered it with Python-Markdown (a 100 MB page: minutes, 1.4 GB of memory)."""
    return len(markdown) > document.MAX_PAGE


def check(text: str, *, path: str, lang: str, script_globals: frozenset[str] = frozenset()) -> list[Finding]:
    """`policy check`'s view of the same, before any build: the page's body rendered as the site renders its
    lists and tables, and each list item or table row it would not build as the text has it. `script_globals`: the
    names the theme's scripts define on window (safety.theme_globals), which no id of the text may be."""
    import markdown as python_markdown

    if len(text) > document.MAX_PAGE:
        return []  # not read: the document model says so (text.size)
    apart = [Finding(path, line, RULE_READ, message) for line, message in front_matter_apart(text)]
    if document.too_deep_tags(text, path=path) is not None:
        return apart  # not read: the document model says so (render.structure)
    body, above = body_of(text)
    deep = too_deep(body)
    if deep:
        return apart + [Finding(path, above + line, RULE, message) for line, message in deep]
    policy = read(body, lang=lang)
    renderer = python_markdown.Markdown(extensions=list(EXTENSIONS))
    try:
        html = renderer.convert(lists_apart(body, policy))
    except RecursionError:
        return [Finding(path, above + 1, RULE, NESTED)]
    found = apart + [Finding(path, above + line, RULE, message) for line, message in unrendered(html, policy)]
    found += [Finding(path, above + line, RULE, message) for line, message in extra_cells(body)]
    tree = LexborHTMLParser(html)
    found += [Finding(path, above + line, RULE_READ, message)
              for line, message in read_apart(body, tree, renderer.references)]
    found += [Finding(path, above + line, RULE_READ, message) for line, message in cells_apart(policy, tree)]
    found += [Finding(path, above + line, RULE_READ, message) for line, message in backslash_breaks(body)]
    found += [Finding(path, above + line, RULE_READ, message) for line, message in toc_markers(body)]
    found += [Finding(path, above + line, RULE_READ, message) for line, message in footnotes(body)]
    found += [Finding(path, above + line, RULE_FOOTNOTE, message, WARNING) for line, message in footnotes_shown(body)]
    found += [Finding(path, above + line, RULE_FOOTNOTE, message, WARNING) for line, message in footnote_marks(body)]
    found += [Finding.of(path, above + line, RULE_IMAGE, src=src) for line, src in images(body, tree)]
    found += [Finding(path, above + _line_of_link(body, href, title), editorial.RULE_LINK_TEXT, message)
              for href, title in ((str(a.attributes.get("href")), title) for a in tree.css("a[href]")
                                  for title in safety.link_titles(a))
              if (message := safety.title_address(href, title))]
    found += [Finding(path, above + line, RULE_TOOLTIP, message) for line, message in unshown_titles(body, tree)]
    found += [Finding(path, above + _line_of_link(body, href, words), editorial.RULE_LINK_TEXT, message)
              for href, words, message in mail_prefilled(tree)]
    found += [Finding(path, above + _line_of_link(body, str(link.attributes.get("href")), ""), editorial.RULE_HTML,
                      unseen) for link in tree.css("a[href]") if (unseen := safety.unseen_link(link))]
    found += [Finding(path, above + _line_of(body, node.text(deep=True).strip(), "id", ident), editorial.RULE_HTML,
                      Said("output.script-global", tag=node.tag, value=ident))
              for node in tree.css("[id]") if (ident := str(node.attributes.get("id"))) in script_globals]
    found += [Finding(path, above + line, RULE, message) for line, message in _tight_headings(body, html)]
    found += [Finding(path, above + line, pasted_bullets.RULE, message, WARNING)
              for line, message in pasted_bullets.findings(policy)]
    found += [Finding(path, above + line, unclosed_emphasis.RULE, message)
              for line, message in unclosed_emphasis.findings(body, tree)]
    found += [Finding(path, above + line, email_syntax.RULE, message) for line, message in email_syntax.findings(body,
                                                                                                              tree)]
    found += [Finding(path, above + line, editorial.RULE_HTML, message) for line, message in repeated_ids(body, policy,
                                                                                                         tree)]
    if not found:  # (what parts them is named above, when it is a list, a table, a link or a heading)
        found += [Finding(path, above + line, RULE_READ, message) for line, message in words_apart(body, tree)]
    return found + [Finding(path, above + _line_of(body, text, name, value), editorial.RULE_HTML, message)
                    for text, name, value, message in safety.text_violations(html)]


def unshown_titles(body: str, tree: LexborHTMLParser) -> list[tuple[int, str]]:
    """(line, message) for each title of the rendered text (`<abbr title>`, a link's `"title"`, an attribute list's
    `{title=…}`) saying words the page does not show (tooltips.unshown): a browser shows them to a pointer resting on
    the element only, never on a touch screen nor on paper (safety60). A link's title showing an address is
    editorial.link-text's."""
    page = blockwords.read(tree.body)  # (its blocks apart, as the output check reads them)
    found: list[tuple[int, str]] = []
    for node in tree.css("[title]"):
        title = str(node.attributes.get("title") or "")
        shown = str(node.attributes.get("alt") or "") if node.tag == "img" else node.text(deep=True)
        if node.tag == "a" and safety.title_address(str(node.attributes.get("href") or ""), title):
            continue
        if tooltips.unshown(title, shown=shown, page=page):
            found.append((_line_of(body, shown, "title", title),
                          Said("editorial.tooltip", tag=node.tag, title=" ".join(title.split())[:80],
                               shown=" ".join(shown.split())[:40])))
    return found


def mail_prefilled(tree: LexborHTMLParser) -> list[tuple[str, str, str]]:
    """(address, words, message) for each `mailto:` link of the rendered text that fills its reader's message with
    words or recipients the page does not show (mailsubject.unshown: a body, a subject, a copy to another address)."""
    page = blockwords.read(tree.body)
    return [(href, words, message) for link in tree.css("a[href]")
            if (message := mailsubject.unshown(href := str(link.attributes.get("href") or ""),
                                               shown=(words := link.text(deep=True)), page=page))]


def front_matter_apart(text: str) -> list[tuple[int, str]]:
    """(line, message) for a front matter the checks read and MkDocs, which builds the page, cannot. MkDocs reads it
    with libyaml, which refuses what the checks' PyYAML takes (a directive, `%FOO x` or `%YAML 1.3`, before a
    `--- {date: …}` line) and a day no calendar has (`summary: 2024-02-30`), and then publishes the whole front matter
    as the page's first words, which no check reads (its YAML comments as headings), the page's date lost (safety
    hunt 39)."""
    import yaml

    front = document.FRONT_MATTER.match(document.normalise(text))
    if front is None or len(front.group(1).encode("utf-8")) > document.MAX_FRONT_MATTER:
        return []
    try:
        yaml.load(front.group(1), Loader=document.MetaLoader)
    except Exception:  # (not read by the checks either: frontmatter.yaml names it)
        return []
    try:
        yaml.load(front.group(1), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))  # as mkdocs.utils.meta
    except Exception as exc:  # noqa: BLE001 — whatever ends MkDocs' reading, as MkDocs catches it
        mark = getattr(exc, "problem_mark", None)
        lines = front.group(1).split("\n")
        line = mark.line if mark else next((n for n, one in enumerate(lines) if (day := _DAY.search(one))
                                            and not _a_day(day)), 0)
        if mark is None and re.match(r"(date|announced)\s*:", lines[line]):
            return []  # the date checks name it (frontmatter.date-invalid, frontmatter.announced-invalid)
        return [(2 + line, Said("render.front-matter", problem=yaml_reason(exc)))]
    return []


# A value YAML reads as a day (a timestamp's date part, unquoted): libyaml's reading of one no calendar has fails.
_DAY = re.compile(r":[ \t]+(\d{4})-(\d{1,2})-(\d{1,2})(?![\d-])")


def _a_day(found: re.Match[str]) -> bool:
    import datetime as dt

    try:
        return bool(dt.date(*map(int, found.groups())))
    except ValueError:
        return False


_PIPE = re.compile(r"(?<!\\)\|")
_QUOTED = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")  # a cell's edge: a pipe not escaped (GFM splits code spans at them too)


def extra_cells(body: str) -> list[tuple[int, str]]:
    """(line, message) for each table row with more cells than its header: both renderers keep the header's
    count and drop the rest, so words of the text reach no page, check, redline nor PDF (legal hunt 36: a column
    added to the rows, not to the header)."""
    lines = body.split("\n")
    found: list[tuple[int, str]] = []
    header, in_body = 0, False
    tokens, _references = document.tokens_and_references(body)
    for token in tokens:
        if token.type == "thead_open":
            header = 0
        elif token.type == "th_open":
            header += 1
        elif token.type in ("tbody_open", "tbody_close"):
            in_body = token.type == "tbody_open"
        elif token.type == "tr_open" and in_body and token.map and header:
            row = _QUOTED.sub("", lines[token.map[0]]).strip()  # a table in a quote: its line without the > marks
            if "`" in row:
                continue  # a code span's pipe: the renderers part such a row otherwise (cells_apart says it)
            cells = _PIPE.split(row[1:] if row.startswith("|") else row)
            if len(cells) > 1 and not cells[-1].strip():
                cells = cells[:-1]  # after the row's closing pipe
            dropped = " | ".join(cell.strip() for cell in cells[header:] if cell.strip())
            if dropped:
                found.append((token.map[0] + 1, Said("render.cells", cells=len(cells), header=header,
                                                     dropped=dropped[:60])))
    return found


_TIGHT = re.compile(r"^ {0,3}#{1,6}([^\s#].*?)[ #]*$")


def _tight_headings(body: str, html: str) -> list[tuple[int, str]]:
    """(line, message) for each line `#1 …` (no space after the #) that the site renders as a heading while the
    checks, as CommonMark, read a paragraph: numbered, checked and printed as one, published as the other."""
    built = {" ".join(h.text(deep=True).split()) for h in LexborHTMLParser(html).css("h1, h2, h3, h4, h5, h6")}
    found: list[tuple[int, str]] = []
    for number, line in enumerate(body.split("\n"), 1):
        match = _TIGHT.match(line)
        if match and " ".join(match.group(1).split()) in built:
            found.append((number, Said("render.tight-heading", line=line.strip()[:40])))
    return found


def _line_of(body: str, text: str, name: str, value: str) -> int:
    """The line of `body` that sets the attribute `name` (an attribute list, a raw tag) on the element whose text
    is `text`: the first such line from the element's own, else the element's, else the body's first."""
    lines = body.split("\n")
    start = 0
    for probe in (" ".join(text.split()[:size]) for size in (len(text.split()), 3, 1)):
        # (as words of their own: a link's words "a" are not the "a" of "Example" in the title above it, safety84)
        at = re.search(rf"(?<![^\W_]){re.escape(probe)}(?![^\W_])", body) if probe else None
        if at is not None:
            start = body.count("\n", 0, at.start())
            break
    setting = re.escape(f".{value.split()[0]}" if name == "class" and value.split() else
                        f"#{value}" if name == "id" and value else name)  # (an attribute list writes `{: #x }`)
    sets = re.compile(rf"\{{[^}}\n]*(?<![\w-]){setting}(?![\w-])|<[a-zA-Z][^>\n]*(?<![\w-]){re.escape(name)}(?![\w-])")
    for index in [*range(start, len(lines)), *range(start)]:
        if sets.search(lines[index]):
            return index + 1
    return start + 1


NESTED = Said("render.nested")


# Python-Markdown's time grows with the square of the `[` and `<` of a paragraph that open nothing (60,000 of them
# took hours): a paragraph may hold MARKS of them, a page PAGE_MARKS, far more than any policy's links and tags.
MARKS, PAGE_MARKS, NESTING = 500, 5000, 50
# Python-Markdown copies the rest of a paragraph for each inline element it builds (a reference, a tag, an emphasis,
# a code span, a link, an escape, a line break): its time grows with their square, and 100,000 `<b>x</b>`, `&#x41;`
# or lines ending in two spaces in one paragraph held `policy check` and the build for minutes (security hunt 28).
# No policy's paragraph needs so many.
INLINE_MARKS = 2_000
_INLINE_MARK = re.compile(r"[&<*_`\[\\]| {2,}\n")


def too_deep(body: str) -> list[tuple[int, str]]:
    """(line, message) for each line nested deeper than any policy needs (DEPTH), which the renderer cannot build,
    and for each paragraph with more `[` or `<` than the renderer reads in reasonable time."""
    found: list[tuple[int, str]] = []
    lines = body.split("\n")
    for number, line in enumerate(lines, 1):
        for pattern, what in _DEEP:
            if pattern.search(line):
                found.append((number, Said(what, depth=DEPTH)))
                break
    for number, line in enumerate(lines, 1):
        if editorial.LONG_REFERENCE.search(line):
            found.append((number, Said("render.long-reference")))
    start, paragraph, total = 1, [], 0
    for number, line in enumerate([*lines, ""], 1):
        if line.strip():
            paragraph.append(line)
            continue
        text = "\n".join(paragraph)
        count = _unclosed(text)
        total += count
        if count > MARKS:
            found.append((start, Said("render.unclosed", count=count, most=MARKS)))
        elif _nesting(text) > NESTING or text.count("`") > MARKS:
            found.append((start, Said("render.brackets", nesting=NESTING, most=MARKS)))
        start, paragraph = number + 1, []
    tokens, _references = document.tokens_and_references(body)
    named = {line for line, _ in found}
    for token in tokens:
        at = token.map[0] + 1 if token.map else 1
        if token.type == "inline" and at not in named and len(_INLINE_MARK.findall(token.content)) > INLINE_MARKS:
            found.append((at, Said("render.inline-marks", most=INLINE_MARKS)))
    if total > PAGE_MARKS and not found:
        found.append((1, Said("render.unclosed/page", count=total, most=PAGE_MARKS)))
    return found


_BRACKETS = re.compile(r"[\[\]]")


def _nesting(text: str) -> int:
    """How deep `[` nest in `text` (`[[[…]]]`: the renderer's time grows with its square). Only its brackets are
    walked: walking every character of every paragraph was 6 ms of a page's check of 7 ms (a policy of 38,000
    characters), paid by every version a history publishes."""
    depth = deepest = 0
    for char in _BRACKETS.findall(text):
        if char == "[":
            depth += 1
            deepest = max(deepest, depth)
        elif char == "]" and depth:
            depth -= 1
    return deepest


def _unclosed(text: str) -> int:
    """How many `[`, `(` and `<` of a paragraph no `]`, `)` or `>` closes: what Python-Markdown searches a closing
    for again and again (a table of a thousand links closes each of its brackets, and renders at once)."""
    return sum(max(0, text.count(a) - text.count(b)) for a, b in (("[", "]"), ("(", ")"), ("<", ">")))


def read(markdown: str, *, lang: str) -> Policy:
    """The page body MkDocs renders (no front matter), as the document model reads it."""
    return document.parse(markdown, path="page", lang=lang)


# The document model's findings of a text it stopped reading before its body (too long, tags nested too deep)
_UNREAD = frozenset({"text.size", "render.structure/deep"})


def read_page(markdown: str, *, lang: str, source: str | None = None) -> tuple[Policy, int]:
    """The page body MkDocs renders (`markdown`) as the document model reads it, and how many lines the reading's line
    numbers run ahead of the body's (`lists_apart` and `unrendered` take it). `source`: the page's whole text, front
    matter and all, which a publication reads anyway (its checks, its policy.json): where `markdown` is its body as
    written, the text's reading is the body's, the same tokens read into the same title, sections and blocks, each
    `body_of`'s lines further on, and the body is not read a second time (some 10 ms a page and language, for every
    version a history builds). Otherwise (a body another hook rewrote, a text not read to its body, a body that
    starts as a front matter does) the body is read."""
    if source is not None:
        body, above = body_of(source)
        if markdown == body and not document.FRONT_MATTER.match(body):
            policy = document.parse(source, path="page", lang=lang)
            if not any(problem.rule in _UNREAD for problem in policy.problems):
                return policy, above
    return read(markdown, lang=lang), 0


def _items(policy: Policy) -> list[Block]:
    return [b for b in _blocks(policy) if b.kind == "item"]


def _blocks(policy: Policy) -> list[Block]:
    return [*policy.preamble, *(b for s in policy.sections for b in s.blocks)]


def lists_apart(markdown: str, policy: Policy, *, ahead: int = 0) -> str:
    """`markdown` (the body `policy` was read from, its lines `ahead` of the body's: read_page) with its items
    numbered `1)` numbered `1.`, and a blank line before each top-level list item and table row that follows a line
    of a paragraph, where CommonMark starts a list or a table and Python-Markdown would not."""
    lines = markdown.split("\n")
    items = [(b.line - ahead, b.depth) for b in _blocks(policy) if b.kind == "item"]
    rows = [b.line - ahead for b in _blocks(policy) if b.kind == "row"]
    for line, _depth in items:
        index = line - 1
        if 0 <= index < len(lines):
            lines[index] = _PAREN.sub(r"\1.", lines[index], count=1)
    starts = {line for line, depth in items if depth == 0 and _MARKER.match(_at(lines, line))}
    starts |= {line for line in rows if "|" not in _at(lines, line - 1)
               and not _at(lines, line).lstrip().startswith(">")}  # a quote's table stays in its quote
    for start in sorted(starts, reverse=True):
        index = start - 1
        before = _at(lines, start - 1)
        if index > 0 and before.strip() and not _MARKER.match(before) and not before.startswith((" ", "\t")):
            lines.insert(index, "")
    return "\n".join(lines)


def _at(lines: list[str], line: int) -> str:
    return lines[line - 1] if 1 <= line <= len(lines) else ""


def unrendered(html: str, policy: Policy, *, ahead: int = 0) -> list[tuple[int, str]]:
    """(line in the body, message) for the first list item of `policy` that the rendered body (`html`) does
    not have as a list item, or not nested as in the text (`ahead`: as `lists_apart`'s)."""
    return [(line - ahead, message) for line, message in _unrendered(html, policy)]


def _words(text: str) -> set[str]:
    """The words of a list item's text (the model's, its images' alternative text in it) or of its rendered item."""
    return set(re.findall(r"\w+", html_lib.unescape(_TAG.sub(" ", text)).casefold()))


def _shown(node: LexborNode) -> set[str]:
    """The words a rendered list item or table row shows, its images' alternative text with them (the model's text
    has it)."""
    parts = ([cell.text(deep=True) for cell in node.css("th, td")] if node.tag == "tr" else  # a row's cells apart
             [node.text(deep=True)])
    return _words(" ".join([*parts, *(str(img.attributes.get("alt") or "") for img in node.css("img"))]))


def _unrendered(html: str, policy: Policy) -> list[tuple[int, str]]:
    tree = LexborHTMLParser(html)
    built = tree.css("li")
    items = _items(policy)
    for item, li in zip(items, built):
        words = html_lib.unescape(_TAG.sub(" ", item.text)).split()  # as read: an inline tag is no word
        if words and words[0] not in li.text(deep=True):
            return [(item.line, Said("render.list-item"))]
        if li.parent is not None and li.parent.tag == "ol" and (li.parent.attributes.get("start") or "") == "0":
            # the model's number 0 is "no number": the PDF would draw the page's 0., 1. as bullets (security hunt 23)
            return [(item.line, Said("render.list-zero"))]
        parent = li.parent.parent if li.parent is not None else None
        if item.depth > 0 and (parent is None or parent.tag != "li"):
            return [(item.line, Said("render.list-nested"))]
    if len(built) < len(items):
        # the first item whose words its rendered item lacks, where the rendering first differs (an item joined to
        # the one above it): the item past the rendered count can be hundreds of lines below the cause
        item = next((item for item, li in zip(items, built) if not _words(item.text) <= _shown(li)),
                    items[len(built)])
        return [(item.line, Said("render.list-item"))]
    rows = [b for b in _blocks(policy) if b.kind == "row"]
    built_rows = tree.css("tr")
    if len(built_rows) < len(rows):  # as for items: the first row whose words its rendered row lacks
        row = next((row for row, tr in zip(rows, built_rows) if not _words(row.text) <= _shown(tr)),
                   rows[len(built_rows)])
        return [(row.line, Said("render.table-row"))]
    return []


# --- What the two readers of Markdown read apart ---------------------------------------------------------------
# The checks, the redline, the PDF and policy.json read the text as CommonMark (markdown-it); the site renders it
# with Python-Markdown. Where they read a link or a link's definition differently, the page would show words or
# send readers to addresses that nothing checked: a definition's title on two lines is a paragraph of the page;
# a definition under a paragraph's line is a link on the page and text to the checks.

_DEFINITION = re.compile(r"^ {0,3}\[([^\]\n]+)\]:")


def _label(text: str) -> str:
    return " ".join(text.split()).casefold()


def _address(url: str) -> str:
    """A link's address as one reader or the other writes it: percent-escapes, entities and punycode undone."""
    from urllib.parse import unquote, urlsplit

    url = unquote(html_lib.unescape(url.strip()))
    if url[:7].lower() == "mailto:" and "@" in url:  # (its domain is no URL's host: `mailto:dpo@bücher.de`, which
        # the model writes `dpo@xn--bcher-kva.de`, was said not read as a link: safety98)
        mailbox, query = url[7:].partition("?")[::2]
        local, _at, domain = mailbox.rpartition("@")
        domain = ".".join(safety.unicode_label(label) for label in domain.split(".")).lower()
        return f"mailto:{local}@{domain}" + (f"?{query}" if query else "")
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.hostname:
        return url
    host = ".".join(safety.unicode_label(label) for label in parts.hostname.split("."))
    return parts._replace(netloc=parts.netloc.lower().replace(parts.hostname.lower(), host.lower())).geturl()


def _definition_line(body: str, label: str) -> int:
    for number, line in enumerate(body.split("\n"), 1):
        found = _DEFINITION.match(line)
        if found and _label(found.group(1)) == label:
            return number
    return 1


def _line_of_link(body: str, href: str, text: str) -> int:
    """The line of `body` that writes a link or an image of address `href` (its text, or alt text, `text`): the first
    holding the address as a word of its own (`src=x`, `](x)`), else the first holding it at all, else 1. An image
    `<img src=x>` was found in the title's "Example", the finding at the wrong line (lines1). A reference link's is the
    line using it, not its definition's (safety86)."""
    lines = body.split("\n")
    probes = [probe for probe in (href, _address(href), text) if probe]
    for bounded in (True, False):
        for probe in probes:
            alone = re.compile(rf"(?<![\w%./-]){re.escape(probe)}(?![\w%/-])") if bounded else None
            for number, line in enumerate(lines, 1):
                if alone.search(line) or alone.search(_address(line)) if alone else \
                        probe in line or probe in _address(line):
                    return reference_uses.use_of(body, number)  # (`[][t]`: at the use, not at `[t]: …`)
    return 1


_NOTE_LABELS = frozenset({"//", "comment", "_", "#", "-"})  # Markdown's usual comment: `[//]: # (note)` (hunt 34)


def read_apart(body: str, tree: LexborHTMLParser, rendered_references: dict) -> list[tuple[int, str]]:
    """(line, message) for each link definition the two readers read otherwise, and each link of the rendered
    page (`tree`) that the document model does not have."""
    tokens, references = document.tokens_and_references(body)
    found: list[tuple[int, str]] = []
    model = {_label(label): (ref["href"], ref.get("title") or "", ref.get("map"))
             for label, ref in references.items()}
    rendered = {_label(label): (url, title or "") for label, (url, title) in rendered_references.items()}
    for label in sorted(set(model) | set(rendered)):
        ours, theirs = model.get(label), rendered.get(label)
        if ours and theirs and _address(ours[0]) == _address(theirs[0]) and " ".join(ours[1].split()) == \
                " ".join(theirs[1].split()):
            continue
        line = ours[2][0] + 1 if ours and ours[2] else _definition_line(body, label)
        if label.casefold() in _NOTE_LABELS and (ours or theirs or ("#",))[0] in ("#", ""):  # `[//]: # (note)`
            found.append((line, Said("render.note", label=label)))
            continue
        found.append((line, Said("render.definition", label=label)))
    known = {_address(href) for href in document.link_targets(tokens)}
    for anchor in tree.css("a[href]"):
        href = anchor.attributes.get("href") or ""
        if _address(href) in known or not document.valid_link(html_lib.unescape(href)):
            continue  # a script or file URL: editorial.html refuses it as written
        text = " ".join(anchor.text(deep=True).split())
        found.append((_line_of_link(body, href, text), Said("render.link", text=text, href=href)))
    return sorted(set(found))


def repeated_ids(body: str, policy: Policy, tree: LexborHTMLParser) -> list[tuple[int, str]]:
    """(line, message) for each id the text gives an element (`<span id>`, an attribute list) that a section's heading
    or another such element has: links to it land on the first. Publishing refuses it (the output check); `policy
    check` said nothing of it (safety hunt 39)."""
    seen = {section.html_id for section in policy.sections if section.html_id}
    if policy.title:  # (the title's id too: the page's heading took `…_1`, its skip link and links the paragraph)
        seen.add(section_ids.explicit(policy.title_attributes) or document.slugify(policy.title))
    # a heading given a section's id its own number does not give it, imported or not (safety86)
    found: list[tuple[int, str]] = [
        (section.line, Said("render.section-id", ident=ident[:40])) for section in policy.sections
        if (ident := section_ids.explicit(section.attributes)) and section_ids.section_form(ident)
        and not section_ids.own(ident, section.numeral or "", section.written)]
    for node in tree.css("[id]"):
        ident = str(node.attributes.get("id") or "")
        if re.fullmatch(r"h[1-6]", node.tag or ""):
            continue  # a heading's id is its section's (structure.id-repeated judges those, and the list above)
        if ident in seen:
            found.append((_line_of(body, node.text(deep=True).strip(), "id", ident), safety.repeated_id(ident)))
        elif section_ids.section_form(ident):
            found.append((_line_of(body, node.text(deep=True).strip(), "id", ident),
                          Said("render.section-id", ident=ident[:40])))
        seen.add(ident)
    return found


def backslash_breaks(body: str) -> list[tuple[int, str]]:
    """(line, message) for each line of a paragraph, item or heading ending with a backslash before the next line of
    it: a line break to the checks (CommonMark), a backslash shown on the page (the site's renderer)."""
    tokens, _references = document.tokens_and_references(body)
    lines = body.split("\n")
    found: list[tuple[int, str]] = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        start, end = token.map
        for number in range(start, min(end, len(lines)) - 1):
            trailing = len(lines[number]) - len(lines[number].rstrip("\\"))
            if trailing % 2:
                found.append((number + 1, Said("render.backslash")))
    return found


def footnotes(body: str) -> list[tuple[int, str]]:
    """(line, message) for each footnote written for a renderer that has them, `[^1]: words`, that both readers take
    for a link's definition (its words have no space: a Chinese or Japanese note, `Ibid.`): the page would not show
    the note, and its mark would link to an address made of the note's words (reader hunt 37)."""
    _tokens, references = document.tokens_and_references(body)
    return [(ref["map"][0] + 1 if ref.get("map") else _definition_line(body, _label(label)),
             Said("render.footnote", label=label, href=ref["href"]))
            for label, ref in references.items() if label.startswith("^")]


_NOTE = re.compile(r"\[\^[^\]\s]{1,40}\]:[ \t]+\S")


def footnotes_shown(body: str) -> list[tuple[int, str]]:
    """(line, message) for each footnote's note written for a renderer that has them, `[^1]: words`, that both readers
    take for a paragraph: the site's Markdown has no footnotes, so the page shows the note and its mark, `[^1]`, as
    written (texts 30: a legal team's footnote in a table was published so, unsaid; those `footnotes` names the page
    would hide are said there)."""
    tokens, _references = document.tokens_and_references(body)
    return [(token.map[0] + 1, Said("render.footnote/shown", note=token.content.split("\n")[0][:80],
                                         mark=token.content.partition(":")[0]))
            for i, token in enumerate(tokens) if token.type == "inline" and token.map and i
            and tokens[i - 1].type == "paragraph_open" and _NOTE.match(token.content)]


_MARK = re.compile(r"\[\^([^\]\s]{1,40})\](?!:)")
_NOTED = re.compile(r"\[\^([^\]\s]{1,40})\]:")


def footnote_marks(body: str) -> list[tuple[int, str]]:
    """(line, message) for each footnote's mark in the text, `[^1]`, whose note no line of the page writes (`[^1]:
    words`, which footnotes_shown or footnotes name, the mark with it): the site's Markdown has no footnotes, so the
    page, its PDF and every redline show "[^1]" as written, pointing at nothing (a note deleted, or kept on another
    page). A mark in code is code."""
    tokens, _references = document.tokens_and_references(body)
    noted = set(_NOTED.findall(body))
    found: list[tuple[int, str]] = []
    for token in tokens:
        if token.type != "inline" or not token.map:
            continue
        line = token.map[0] + 1
        for child in token.children or ():
            if child.type in ("softbreak", "hardbreak"):
                line += 1
            elif child.type == "text":
                found += [(line, Said("render.footnote/mark", mark=mark[0])) for mark in _MARK.finditer(child.content)
                          if mark[1] not in noted]
    return found


def toc_markers(body: str) -> list[tuple[int, str]]:
    """(line, message) for each paragraph that is Python-Markdown's table-of-contents marker, `[TOC]`: the site's
    toc extension draws the page's contents there, which no check, redline or PDF reads (they read "[TOC]")."""
    tokens, _references = document.tokens_and_references(body)
    return [(token.map[0] + 1, Said("render.toc"))
            for i, token in enumerate(tokens) if token.type == "inline" and token.map and i
            and tokens[i - 1].type == "paragraph_open" and token.content.strip() == "[TOC]"]


def cells_apart(policy: Policy, tree: LexborHTMLParser) -> list[tuple[int, str]]:
    """(line, message) for each table row whose cells the page shows with other words than the checks read: a code
    span holding `|` is one cell to the site's renderer and two to the checks, which drop a cell beyond the header's."""
    rows = [b for b in _blocks(policy) if b.kind == "row"]
    shown = tree.css("tr")
    if len(rows) != len(shown):
        return []  # rows the page does not have as the text does: `unrendered` names them
    found: list[tuple[int, str]] = []
    for row, rendered in zip(rows, shown):
        ours = "".join(_TAG.sub("", "".join(row.cells)).split())  # a cell's inline HTML tags, as the page has them
        theirs = "".join("".join(cell.text(deep=True) for cell in rendered.css("th, td")).split())
        # (words in angle brackets read as a tag on both sides: a code span's `_ga_<id>`, which the model's cell holds
        # as its text and the page shows, is no tag, and was read as one on this side only: adopt40)
        if _TAG.sub("", html_lib.unescape(ours)) != _TAG.sub("", theirs):
            found.append((row.line, Said("render.row-words")))
    return found


def images(body: str, tree: LexborHTMLParser) -> list[tuple[int, str]]:
    """(line, address) of each image the text shows: the checks, the redline, the PDF and policy.json read its
    alt text, never what it draws (an SVG's or a picture's words)."""
    found = []
    for image in tree.css("img"):
        src, alt = image.attributes.get("src") or "", " ".join((image.attributes.get("alt") or "").split())
        found.append((_line_of_link(body, src, alt), src))
    return found


# --- Every word: what the checks read against what the page shows ------------------------------------------------
# The two readers of Markdown part on more than lists, tables and links: `&#78&#111` (a character reference without
# its `;`) is noise to CommonMark and "No" on the page; a line starting with ``` inside a paragraph opens a code
# block for the checks (the rest of the line its "info string", no text) and is prose on the page; `\<!--` is an
# escaped `<` for the checks and a comment, hiding what follows, on the page. So the words themselves are compared:
# those of the page's body as the browser reads it, and those of the model's blocks, in order.

_WORD = re.compile(r"\w+")
# A link the checks do not make (a script or file address: editorial.html refuses it as written) and the page does,
# looked for in the text markdown-it left, then read again as the page links it (never in code, nor escaped).
_REFUSED_LINK = re.compile(r"\]\(\s*<?([^()\s<>]*(?:\([^()\s]*\))?[^()\s<>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
# What Python-Markdown's attr_list reads and never shows, where it reads it (markdown.extensions.attr_list): at the end
# of a heading or a table cell after a space, on a block's last line of its own, right after an inline element (a
# link, emphasis, code, a tag). Elsewhere, `{first name}` is text the page shows.
_ATTR_BASE = r"\{:?[ ]*[^}\n ][^\n]*?\}"
_ATTR_END = re.compile(rf"[ ]+({_ATTR_BASE})[ ]*$")
_ATTR_BLOCK = re.compile(rf"\n[ ]*({_ATTR_BASE})[ ]*$")
_ATTR_START = re.compile(rf"({_ATTR_BASE})")
# The inline elements attr_list reads a list right after (the tail of a link, an image, emphasis, code, a tag): a `)` or
# a `]` of plain text is none, and `Top Pick (Suggestions){: #searches }` shows its braces on the page (adoption 28).
_INLINE_ENDS = frozenset({"link_close", "image", "em_close", "strong_close", "code_inline", "html_inline"})
_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`).+?(?<!`)\1(?!`)", re.S)


def after_element(content: str, at: int) -> bool:
    """Whether `content[:at]` ends with what attr_list sets an inline attribute list on: a link, code,
    a tag, or emphasis, which a `*` or `_` closes only where it is one: `comment_author_{HASH}`, a cookie's name in
    Automattic's cookie policy, is text the page shows (its `{HASH}` was taken for an attribute list)."""
    if not content[:at].endswith(("*", "_")):
        return True
    return _EMPHASIS.renderInline(content[:at]).rstrip().endswith(("</em>", "</strong>"))


_EMPHASIS = MarkdownIt("commonmark")


def _attr_lists(token: Token, opener: str) -> list[str]:
    """The attribute lists (`{#id}`, `{: .class }`) Python-Markdown's attr_list takes out of an inline run `token`,
    the run of an element opened by `opener` (a heading's, a cell's, a paragraph's)."""
    at_end = _ATTR_END if opener in ("heading_open", "th_open", "td_open") else _ATTR_BLOCK
    children = token.children or []
    found = [m.group(1) for before, child in zip(children, children[1:])
             if child.type == "text" and before.type in _INLINE_ENDS and (m := _ATTR_START.match(child.content))]
    code = [m.span() for m in _CODE_SPAN.finditer(token.content)]  # `{"ads":false}` is code's (adoption hunt 34)
    end = at_end.search(token.content)
    return found + ([end.group(1)] if end and end.group(1) not in found and not any(
        a <= end.start(1) < b for a, b in code) else [])
SHOWN_WORDS = 6  # words quoted in a message


def words(text: str) -> list[str]:
    """`text`'s words (letters and digits) as both readers are compared: NFKC, case folded."""
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFKC", text))]


def read_words(body: str) -> list[tuple[str, int]]:
    """Each word the checks read in `body`, in order, with its line: the text of its paragraphs, items, cells and
    headings (inline tags left out as the browser leaves them, `1<sup>st</sup>` one word and `a<br>b` two; comments
    kept: they read them), its HTML blocks' and code blocks' text."""
    tokens, references = document.tokens_and_references(body)
    found: list[tuple[str, int]] = []
    for index, token in enumerate(tokens):
        if token.type == "inline":
            children = token.children or []
            if any(child.type == "text" and _REFUSED_LINK.search(child.content) for child in children):
                children = document.linked_inline(token.content, references)  # the page links what markdown-it left
            text = inline.plain(children, html="shown")
            for written in _attr_lists(token, tokens[index - 1].type if index else ""):
                text = text.replace(written, " ", 1)
        elif token.type == "html_block":
            text = inline.html_text(token.content)
        elif token.type in ("fence", "code_block"):
            text = token.content
        else:
            continue
        line = token.map[0] + 1 if token.map else 1
        found += [(word, line) for word in words(text)]
    return found


def shown_words(tree: LexborHTMLParser) -> list[str]:
    """Each word the rendered body shows, in order: its text as the browser reads it (`<br>` parting words); then its
    images' alt text."""
    body = tree.body
    if body is None:
        return []
    # a line break parts the words on either side of it, as the browser draws them (`text()` joins them)
    text = "".join(node.text_content or "" if node.tag == "-text" else " " if node.tag == "br" else ""
                   for node in body.traverse(include_text=True))
    return words(text) + words(" ".join(i.attributes.get("alt") or "" for i in body.css("img")))


def words_apart(body: str, tree: LexborHTMLParser) -> list[tuple[int, str]]:
    """(line, message) for the first place where the page would show words the checks do not read, or hide words
    they read."""
    from collections import Counter

    read = read_words(body)
    shown = shown_words(tree)
    read_count, shown_count = Counter(w for w, _ in read), Counter(shown)
    unread, hidden = shown_count - read_count, read_count - shown_count
    if not unread and not hidden:
        return []
    lines = body.split("\n")
    for i1, i2, j1, j2 in _apart(read, shown):
        line = read[min(i1, len(read) - 1)][1] if read else 1
        if i1 == i2 and j1 < j2:  # (words shown where the checks read none: the line writing them, between the two
            # read words around them; not the next read word's, nor the last one's, a line the words are not on)
            line = _writing_word(lines, shown[j1], read[i1 - 1][1] if i1 else 1,
                                 read[i1][1] if i1 < len(read) else len(lines))
        if any(w in unread for w in shown[j1:j2]):
            return [(line, Said("render.words-shown", words=" ".join(shown[j1:j2][:SHOWN_WORDS])))]
        if any(w in hidden for w, _ in read[i1:i2]):
            return [(line, Said("render.words-hidden", words=" ".join(w for w, _ in read[i1:i2][:SHOWN_WORDS])))]
    return []


def _writing_word(lines: list[str], word: str, first: int, last: int) -> int:
    """The first of the lines `first` to `last` (1-based) that writes `word` as a word of its own, else `first`."""
    written = re.compile(rf"(?<![^\W_]){re.escape(word)}(?![^\W_])", re.I)
    return next((number for number in range(first, min(last, len(lines)) + 1)
                 if written.search(lines[number - 1])), first)


def _apart(read: list[tuple[str, int]], shown: list[str]) -> list[tuple[int, int, int, int]]:
    """The spans (read from, to, shown from, to) where the two lists of words differ: difflib's, between the words
    both begin and end with, or, where that middle is too long to compare in time (MAX_PAIRS: its time grows with
    the cube of words repeated, and a page of 3,000 short paragraphs held `policy check` for hours: security hunt
    28), the whole middle."""
    import difflib

    from policysite.redline.engine import MAX_PAIRS

    ka = [w for w, _ in read]
    start, shortest = 0, min(len(ka), len(shown))
    while start < shortest and ka[start] == shown[start]:
        start += 1
    end = 0
    while end < shortest - start and ka[-1 - end] == shown[-1 - end]:
        end += 1
    a_end, b_end = len(ka) - end, len(shown) - end
    if (a_end - start) * (b_end - start) > MAX_PAIRS:
        return [(start, a_end, start, b_end)]
    matcher = difflib.SequenceMatcher(None, ka[start:a_end], shown[start:b_end], autojunk=False)
    return [(i1 + start, i2 + start, j1 + start, j2 + start) for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"]
