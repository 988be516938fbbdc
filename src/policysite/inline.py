"""A run of inline Markdown tokens as text: as written, as the page shows it, as the PDF draws it with its line
breaks, with where its bold spans and links are (marks), and what else it holds (link words, tooltips, bold terms)."""
from __future__ import annotations

import re

from markdown_it.token import Token

Mark = tuple[int, int, str, str]  # start, end, "strong" | "link" | "sup" | "lang", the link's target or the language
#                                    ("" for the others)


_BREAK = re.compile(r"<br\s*/?>", re.I)
# A superscript's tags (`<sup>a</sup>`, a footnote's call): where its words are is a "sup" mark (marked), by which the
# redline tells a footnote's mark from the word the page draws it against ("clauses" and "a" of `clauses<sup>a</sup>`)
_SUP_OPEN = re.compile(r"<sup(?:\s[^<>]*)?>", re.I)
_SUP_CLOSE = re.compile(r"</sup\s*>", re.I)
# A quotation the text marks as written in another language (`<span lang="en">`, `<q lang="en">`, README): its words
# are that language's wherever the text is drawn from the model (the side-by-side page: reader28, WCAG 3.1.2). Another
# span or q opens nothing the model keeps, but is closed by its own tag.
_PART_OPEN = re.compile(r"<(span|q)(?:\s[^<>]*)?>", re.I)
_PART_LANG = re.compile(r"""\slang\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+))""", re.I)
_PART_CLOSE = re.compile(r"</(span|q)\s*>", re.I)
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*")


INLINE_TAG = re.compile(r"</?[A-Za-z][^<>]*>")  # an inline HTML tag, not a comment
# A ruby's reading (`<ruby>個人情報<rt>こじんじょうほう</rt></ruby>`: furigana, pinyin), drawn small above its base on
# the page: read in brackets after it everywhere the text is drawn on one line (the redline, the PDF, policy.json),
# as a browser without ruby draws it; glued to its base, "個人情報こじんじょうほう" read as one word.
_RT_OPEN = re.compile(r"<rt(?:\s[^<>]*)?>", re.I)
_RT_CLOSE = re.compile(r"</rt\s*>", re.I)


def ruby_bracket(tag: str, before: str) -> str:
    """What the tag `tag` of a ruby's reading stands for after the text `before`: the bracket opening the reading
    (full-width after a full-width base: "（") or closing the one opened; "" for any other tag."""
    import unicodedata

    if _RT_OPEN.fullmatch(tag.strip()):
        base = before.rstrip()
        return "（" if base and unicodedata.east_asian_width(base[-1]) in ("W", "F") else "("
    if _RT_CLOSE.fullmatch(tag.strip()):
        return "）" if before.rfind("（") > before.rfind("(") else ")"
    return ""


# The elements a browser lays out as blocks or cells apart from the words around them (`<summary>Details</summary>
# <p>More…`): their tags part words as a space does; left out with nothing between, "DetailsMore" was one word to the
# spelling check (adopt51).
BLOCK_TAG = re.compile(r"</?(?:address|article|aside|blockquote|caption|dd|details|dialog|div|dl|dt|fieldset|"
                       r"figcaption|figure|footer|form|h[1-6]|header|hr|li|main|nav|ol|p|pre|section|summary|table|"
                       r"tbody|td|tfoot|th|thead|tr|ul)(?:\s[^<>]*)?/?>", re.I)
_BLOCK_NAMES = ("address", "article", "aside", "blockquote", "caption", "dd", "details", "dialog", "div", "dl", "dt",
                "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
                "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul")


def block_gap(tag: str, before: str) -> str:
    """What the tag `tag` stands for after the text `before`: a space where it opens or closes a block (BLOCK_TAG)
    between words, else nothing."""
    return " " if BLOCK_TAG.fullmatch(tag.strip()) and before and not before[-1].isspace() else ""


_TITLE = re.compile(r"""\stitle\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def tag_titles(markup: str) -> tuple[str, ...]:
    """The `title` attributes of the inline tags in `markup` (`<abbr title="…">`), decoded as a browser reads them."""
    import html as html_lib

    return tuple(html_lib.unescape(next(g for g in m.groups() if g is not None))
                 for tag in INLINE_TAG.findall(markup) for m in _TITLE.finditer(tag))


_IMAGE = re.compile(r"<im(?:g|age)[\s/>]", re.I)  # `<image>` is an `<img>` to a browser (HTML's "image" start tag)
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def image_alt(tag: str) -> str:
    """What an inline `<img alt="…">` tag (or `<image alt="…">`, which a browser reads as one, as lexbor does for an
    HTML block: review2) says to a screen reader, decoded, as a Markdown image's alt text is words (`![…](…)`): "" for
    any other tag."""
    import html as html_lib

    if not _IMAGE.match(tag.strip()):
        return ""
    found = _ALT.search(tag)
    return html_lib.unescape(next(g for g in found.groups() if g is not None)) if found else ""


_SRC = re.compile(r"""\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def image_source(tag: str) -> str:
    """Where an inline `<img src="…">` tag (or `<image>`) takes its picture from, decoded; "" for any other tag."""
    import html as html_lib

    if not _IMAGE.match(tag.strip()):
        return ""
    found = _SRC.search(tag)
    return html_lib.unescape(next(g for g in found.groups() if g is not None)).strip() if found else ""


def images(children: list[Token]) -> tuple[tuple[str, str], ...]:
    """The pictures an inline run shows, in order: each one's source (as written: `![…](src)`, `<img src="…">`) and
    its alt text (the words a screen reader says, which the block's text holds): what tells an image replaced under
    the same words (document.Block.images)."""
    found: list[tuple[str, str]] = []
    for child in children:
        if child.type == "image":
            found.append((str((child.attrs or {}).get("src", "")).strip(), plain(child.children or [], html="drop")))
        elif child.type == "html_inline" and (source := image_source(child.content)):
            found.append((source, image_alt(child.content)))
        elif child.children:
            found.extend(images(child.children))
    return tuple(found)


def html_images(markup: str) -> tuple[tuple[str, str], ...]:
    """The pictures an HTML block shows, as a browser reads it (lexbor): each `<img>`'s source and alt text."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(f"<!DOCTYPE html><body>{markup}").body
    return tuple(((image.attributes.get("src") or "").strip(), image.attributes.get("alt") or "")
                 for image in body.css("img")) if body is not None else ()


_HREF = re.compile(r"""\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.I)


def mail_subject(href: str) -> str:
    """The subject an e-mail link writes for its reader (`mailto:…?subject=…`), decoded, or ""."""
    from urllib.parse import parse_qs

    target = re.sub(r"[\t\n\r]", "", href).strip()
    if not target.lower().startswith("mailto:") or "?" not in target:
        return ""
    fields = {key.lower(): values for key, values in parse_qs(target.partition("?")[2]).items()}
    return " ".join(fields.get("subject", []))


def tooltips(children: list[Token]) -> tuple[str, ...]:
    """What an inline run shows on hover, or writes for its reader: each link's title (`[a](url "title")`), each
    inline tag's title, each e-mail link's subject (security hunt 20: words the reader sends that no check read)."""
    import html as html_lib

    found: list[str] = []
    for child in children:
        if child.type == "link_open" and child.attrs and child.attrs.get("title"):
            found.append(str(child.attrs["title"]))
        if child.type == "link_open" and child.attrs and (subject := mail_subject(str(child.attrs.get("href", "")))):
            found.append(subject)
        elif child.type == "html_inline":
            found.extend(tag_titles(child.content))
            found.extend(subject for m in _HREF.finditer(child.content)
                         if (subject := mail_subject(html_lib.unescape(next(g for g in m.groups() if g is not None)))))
        elif child.children:
            found.extend(tooltips(child.children))
    return tuple(found)


_ANCHOR = re.compile(r"<a\s", re.I)


def html_links(children: list[Token]) -> tuple[str, ...]:
    """The addresses an inline run's HTML anchors link to (`<a href="mailto:…">`), decoded as a browser reads them: a
    reader follows them as a Markdown link's, which the redline says changed where they did."""
    import html as html_lib

    return tuple(html_lib.unescape(next(g for g in m.groups() if g is not None))
                 for child in children if child.type == "html_inline" and _ANCHOR.match(child.content)
                 for m in _HREF.finditer(child.content))


def html_text(markup: str) -> str:
    """What a browser shows of an HTML block: its text, character references decoded, tags and comments left out,
    a `<br>` a space (lexbor, as the gate reads the published pages)."""
    from selectolax.lexbor import LexborHTMLParser

    body = LexborHTMLParser(f"<!DOCTYPE html><body>{_BREAK.sub(' ', markup)}").body
    if body is None:
        return ""
    for image in body.css("img"):  # its alt text is words, as a Markdown image's
        image.replace_with(image.attributes.get("alt") or "")
    for reading in body.css("ruby rt"):  # in brackets after its base, as an inline run's (ruby_bracket)
        opening = ruby_bracket("<rt>", reading.prev.text(deep=True) if reading.prev is not None else "")
        reading.insert_before(opening)
        reading.insert_after(ruby_bracket("</rt>", opening))
    for block in body.css(", ".join(_BLOCK_NAMES)):  # words apart, as the page lays them out (BLOCK_TAG)
        block.insert_before("\x00")
        block.insert_after("\x00")
    text = body.text(deep=True)
    return re.sub(r"\s*\x00[\x00\s]*", " ", text).strip() if "\x00" in text else text.strip()


def plain(children: list[Token], *, breaks: bool = False, html: str = "keep") -> str:
    """Visible text of inline tokens, without Markdown markup (`breaks`: a hard line break as a newline). Inline
    HTML (`html`): "keep" it as written (the model's `text`, which the checks read), "shown" (each tag as the browser
    shows it, `<br>` a space, `<img>` its alt text and any other nothing, a comment's words kept: what the checks read,
    word for word) or "drop" it (what the page shows; `<br>` a space, `<img>` its alt text)."""
    out: list[str] = []
    for child in children:
        # the space a block's tag stood for (block_gap) and a space after it are one, as the page shows them
        gap = html != "keep" and bool(out) and out[-1][-1:] == " " and children[len(out) - 1].type == "html_inline"
        if child.type == "text":
            out.append(child.content.lstrip(" \t") if gap else child.content)
        elif child.type == "code_inline":
            out.append(child.content)
        elif child.type == "hardbreak" and breaks:
            out.append("\n")
        elif child.type in ("softbreak", "hardbreak"):
            out.append("" if gap else " ")
        elif child.type == "html_inline":
            if _BREAK.fullmatch(child.content.strip()) and (breaks or html in ("drop", "shown")):
                out.append("\n" if breaks else " ")
            elif html == "keep":
                out.append(child.content)
            elif html == "shown":
                out.append(INLINE_TAG.sub(lambda tag: image_alt(tag.group()) or block_gap(tag.group(), "".join(out)),
                                          child.content))
            else:
                out.append(image_alt(child.content) or ruby_bracket(child.content, "".join(out))
                           or block_gap(child.content, "".join(out)))
        elif child.children:
            out.append(plain(child.children, breaks=breaks, html=html))
        else:
            out.append("")
    return "".join(out).strip()


def lines(children: list[Token]) -> tuple[str, tuple[Mark, ...]]:
    """An inline run as the PDF draws it: its line breaks as newlines, each line trimmed, its marks kept."""
    text, marks = marked(children, breaks=True)
    if "\n" not in text:
        return text, marks
    keep = [True] * len(text)
    at = 0
    for line in text.split("\n"):  # each line stripped, its marks kept on the same characters
        lead, trail = len(line) - len(line.lstrip()), len(line) - len(line.rstrip())
        for n in [*range(at, at + lead), *range(at + len(line) - trail, at + len(line))]:
            keep[n] = False
        at += len(line) + 1
    return kept(text, marks, keep)


def marked(children: list[Token], *, breaks: bool = False) -> tuple[str, tuple[Mark, ...]]:
    """`plain(children, html="drop")` and where its bold spans, links, superscripts and parts in another language
    are, from their tokens."""
    out: list[str] = []
    marks: list[Mark] = []
    opened: list[tuple[str, int, str]] = []
    size = 0

    def walk(tokens: list[Token]) -> None:
        nonlocal size
        gap = False  # the last piece was the space a block's tag stands for (block_gap): a space after it is the same
        for child in tokens:
            piece = ""
            if child.type in ("text", "code_inline"):
                piece = child.content.lstrip(" \t") if gap and child.type == "text" else child.content
            elif child.type in ("softbreak", "hardbreak"):
                piece = "\n" if breaks and child.type == "hardbreak" else "" if gap else " "
            elif child.type == "html_inline" and _BREAK.fullmatch(child.content.strip()):
                piece = "\n" if breaks else " "
            elif child.type == "html_inline" and _SUP_OPEN.fullmatch(child.content.strip()):
                opened.append(("sup", size, ""))
            elif child.type == "html_inline" and _SUP_CLOSE.fullmatch(child.content.strip()):
                at = next((n for n in range(len(opened) - 1, -1, -1) if opened[n][0] == "sup"), None)
                if at is not None:
                    marks.append((opened.pop(at)[1], size, "sup", ""))
            elif child.type == "html_inline" and (part := _PART_OPEN.fullmatch(child.content.strip())):
                said = _PART_LANG.search(part.group())
                code = next((c for c in said.groups() if c is not None), "") if said else ""
                opened.append((part.group(1).lower(), size, code if _LANGUAGE.fullmatch(code) else ""))
            elif child.type == "html_inline" and (part := _PART_CLOSE.fullmatch(child.content.strip())):
                tag = part.group(1).lower()
                at = next((n for n in range(len(opened) - 1, -1, -1) if opened[n][0] == tag), None)
                if at is not None and (gone := opened.pop(at))[2]:
                    marks.append((gone[1], size, "lang", gone[2]))
            elif child.type == "html_inline":
                piece = image_alt(child.content) or ruby_bracket(child.content, "".join(out)) \
                    or block_gap(child.content, "".join(out))
                gap = piece == " "
                out.append(piece)
                size += len(piece)
                continue
            elif child.type in ("strong_open", "link_open"):
                opened.append((child.type[:-5], size, str(child.attrs.get("href", "")) if child.attrs else ""))
            elif child.type in ("strong_close", "link_close"):
                kind = child.type[:-6]
                at = next((n for n in range(len(opened) - 1, -1, -1) if opened[n][0] == kind), None)
                if at is not None:
                    _kind, start, target = opened.pop(at)
                    marks.append((start, size, kind, target if kind == "link" else ""))
            elif child.children:
                walk(child.children)
            gap = gap and not piece and child.type not in ("text", "code_inline", "softbreak", "hardbreak") \
                and not child.children
            out.append(piece)
            size += len(piece)

    walk(children)
    # a superscript left open runs to the end of the run, as a browser draws it
    marks += [(start, size, "sup", "") for kind, start, _target in opened if kind == "sup"]
    text = "".join(out)
    lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
    if lead == 0 and end == len(text):  # nothing to trim (most runs): the marks as they are, empty ones left out
        return text, tuple(mark for mark in sorted(marks) if mark[1] > mark[0])
    return kept(text, tuple(sorted(marks)), [lead <= n < end for n in range(len(text))])


def kept(text: str, marks: tuple[Mark, ...] | list[Mark], keep: list[bool]) -> tuple[str, tuple[Mark, ...]]:
    """`text` with only the characters `keep` says, and its marks moved onto the same characters."""
    before = [0]
    for kept in keep:
        before.append(before[-1] + kept)
    moved = tuple((before[start], before[end], kind, target) for start, end, kind, target in marks
                  if before[end] > before[start])
    return "".join(c for c, kept in zip(text, keep) if kept), moved


def shifted(marks: tuple[Mark, ...], by: int) -> tuple[Mark, ...]:
    return tuple((start + by, end + by, kind, target) for start, end, kind, target in marks)


LINE_BREAK = "\u2028"  # in a link's words, where they go on to the next line: a space between words (safety reads it)


def link_texts(children: list[Token]) -> tuple[str, ...]:
    """What each link of an inline run shows (its text and code), in the order of its `link_open` tokens."""
    shown: list[list[str]] = []
    depth = 0
    for child in children:
        if child.type == "link_open":
            shown.append([])
            depth += 1
        elif child.type == "link_close":
            depth = max(0, depth - 1)
        elif depth and child.type in ("text", "code_inline"):
            shown[-1].append(child.content)
        elif depth and (child.type in ("softbreak", "hardbreak") or (
                child.type == "html_inline" and _BREAK.fullmatch(child.content.strip()))):
            # a line break between two words of a link: a space, and where a line ends (a hard break, `<br>`)
            shown[-1].append(" " if child.type == "softbreak" else LINE_BREAK)
    return tuple("".join(parts) for parts in shown)


def strong(children: list[Token]) -> tuple[str, ...]:
    spans: list[str] = []
    current: list[str] | None = None
    for child in children:
        if child.type == "strong_open":
            current = []
        elif child.type == "strong_close" and current is not None:
            spans.append("".join(current).strip())
            current = None
        elif current is not None and child.type == "text":
            current.append(child.content)
    return tuple(spans)
