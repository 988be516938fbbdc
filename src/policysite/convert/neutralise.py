"""What the publishing gate refuses, made harmless in the Markdown itself, every change noted.

One pass for every format. markdown-it (the reader of `policy check`) finds links, images and raw
HTML with their exact place in the text (code spans and blocks are never touched); each is edited
where it is written and nothing else moves: the Markdown stays as it was, byte for byte, elsewhere.
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from markdown_it.common.utils import normalizeReference
from markdown_it.helpers import parseLinkLabel
from markdown_it.rules_inline import StateInline, autolink, backtick, html_inline, image, link
from markdown_it.token import Token

from policysite import mailsubject, tooltips
from policysite.convert import blocks, css_marks, gaps, layout, note_marks, rawhtml
from policysite.convert.editing import Locator, Text, apply, edit
from policysite.convert.markdown_writer import destination as link_destination, escape_text
from policysite.convert.notes import Notes
from policysite.convert.urls import domain_address, is_script_url, missing_file
from policysite.editorial import VOID, template_spans
from policysite.messages import Said


class _Reader(MarkdownIt):
    """markdown-it as `policy check` reads pages, but taking every link as a link (even javascript:)
    and noting where each link, image, code span and HTML tag starts and ends in its block's text."""

    def __init__(self) -> None:
        super().__init__("commonmark")
        self.enable("table")
        for name, rule, kind, label in (("link", link, "link_open", 0), ("image", image, "image", 1),
                                        ("autolink", autolink, "link_open", None),
                                        ("html_inline", html_inline, "html_inline", None),
                                        ("backticks", backtick, "code_inline", None)):
            self.inline.ruler.at(name, _spanning(rule, kind, label))

    def validateLink(self, url: str) -> bool:  # noqa: N802 (markdown-it's name)
        return True


def _spanning(rule, kind, label):
    """The rule, noting on the token it makes the span of text it read (pending text is pushed first)."""
    def wrapped(state: StateInline, silent: bool) -> bool:
        start, count = state.pos, len(state.tokens)
        found = rule(state, silent)
        made = next((t for t in state.tokens[count:] if t.type == kind), None) if found and not silent else None
        if made is not None:
            meta = made.meta
            meta["span"] = (start, state.pos)
            if label is not None:
                meta["label_end"] = parseLinkLabel(state, start + label, label == 0)
        return found
    return wrapped


_md = _Reader()
_LIQUID_RAW = re.compile(r"\{%-?\s*(?:end)?raw\s*-?%\}")
_HUGO_PARAM = re.compile(r"\{\{[<%]-?\s*param\s")  # Hugo's `{{< param key >}}`: a setting of the site's (hugo.params)
_LIQUID = re.compile(r"\{\{[<%].*?[>%]\}\}|\{\{.*?\}\}|\{%.*?%\}")
# An icon of MkDocs Material's emoji extension (`:material-shield-lock:`, `:fontawesome-brands-github:`), which
# the old site drew as an image: written here, it is its code as text, and in a heading it hides the number.
_ICON = re.compile(r":(?:material|fontawesome|octicons|simple)-[a-z0-9-]+:[ \t]?")
_FOOTNOTE = re.compile(r"\[\^[^\]\s]{1,40}\]")  # [^1] and its definition [^1]: (Markdown extensions)
_SCRIPT_TEXT = re.compile(r"(?i)(?<![\w`])(?:java|vb)script:\S*")
_ESCAPED_TAG = re.compile(r"\\<(?=[A-Za-z/!?])")
# `<www.cnil.fr>`: no autolink for markdown-it (no scheme), an HTML tag for Python-Markdown, which shows nothing of it
_ANGLED = re.compile(r"(?<!\\)<([^\s<>\\]+)>")
_ATTR_LIST_END = re.compile(r"[ ]+\{:?[ ]*([^}\n ][^}\n]*)\}[ ]*$")
_ATTR_LIST_LINE = re.compile(r"\n[ ]*\{:?[ ]*([^}\n ][^}\n]*)\}[ ]*$")
_KRAMDOWN_LINE = re.compile(r"\{::?[^}\n]*\}")
# Right after an inline element (a link, an image, emphasis, code): Python-Markdown sets it on that element.
_ATTR_LIST_INLINE = re.compile(r"(?<=[)\]*_`])\{:?[ ]*([^}\n ][^}\n]*)\}")
_DEFINITION = re.compile(r"^ {0,3}\[[^\]]+\]:\s*<?([^\s>]+)")


def spanned(text: str) -> list[Token]:
    """The tokens of `text` as neutralise reads them: each link, image, autolink, raw tag and code span with its span
    in its inline token's text (meta["span"])."""
    return _md.parse(text, {})


def neutralise(text: str, notes: Notes, *, targets: frozenset[str] = frozenset(), depth: int = 0) -> str:
    """`text` with script URLs, images, raw HTML and attribute lists the gate refuses made harmless;
    each change is added to `notes`."""
    env: dict = {}
    tokens = _md.parse(text, env)
    css = "".join(style for token in tokens if token.type == "html_block"
                  for style in re.findall(r"(?is)<style\b[^>]*>(.*?)</style\s*>", token.content))
    doc = Text(text, notes, targets | _targets(tokens), depth, css=css)
    doc.definitions = _definitions(doc, env)
    doc.page = shown_words(text)
    covered: set[int] = set()
    for i, token in enumerate(tokens):
        if token.map:
            covered.update(range(*token.map))
        if token.type == "html_block":
            blocks.html_block(doc, token)
        elif token.type == "inline":
            locate = Locator(doc, token)
            kind = tokens[i - 1].type if i else ""
            if blocks.is_toc_marker(tokens, i):
                blocks.remove_paragraph(doc, token, Said("convert.toc-marker", marker=token.content.strip()))
                continue
            if blocks.is_kramdown_toc(tokens, i):
                blocks.remove_list(doc, tokens, i, Said("convert.toc-marker/kramdown"))
                continue
            _inline(doc, token, locate, kind)
    for n, line in enumerate(doc.lines):
        definition = _DEFINITION.match(line)
        if n not in covered and definition and is_script_url(definition.group(1)):
            doc.edits.append((doc.starts[n], doc.starts[n] + len(line), ""))
            doc.note(Said("convert.script-definition"), doc.starts[n])
    result = apply(text, doc.edits)
    if doc.definitions and (dead := _references_used(tokens) - _references_used(_md.parse(result, env := {}))):
        result = _without_definitions(result, env, dead)
    return layout.relayout(note_marks.bracketed(result, notes), notes) if depth == 0 else result


def _references_used(tokens: list[Token]) -> set[str]:
    """The labels of the definitions the reference links and images of `tokens` use (`[CNIL][1]`'s `1`)."""
    used = set()
    for token in tokens:
        for child in token.children or []:
            if child.type in ("link_open", "image") and "span" in child.meta and "label_end" in child.meta:
                start, end = child.meta["span"]
                words = token.content[start + (2 if child.type == "image" else 1):child.meta["label_end"]]
                if not (destination := token.content[child.meta["label_end"]:end]).startswith("]("):
                    used.add(_reference(words, destination))
    return used


def _without_definitions(text: str, env: dict, labels: set[str]) -> str:
    """`text` without the lines of the definitions of `labels`: a reference link the neutralising wrote inline (its
    tracking parameters, a title naming another address or a mail's hidden copy removed) left its definition behind,
    read by no link and rendering nothing, the refused address or title still in the Markdown a reviewer reads
    (safety93's open note)."""
    lines = text.split("\n")
    gone: set[int] = set()
    for label, read in [*env.get("references", {}).items(),
                        *((duplicate["label"], duplicate) for duplicate in env.get("duplicate_refs", []))]:
        if label in labels:
            first, after = read["map"]
            blank_around = first and not lines[first - 1].strip() and (after >= len(lines) or not lines[after].strip())
            gone.update(range(first - 1 if blank_around else first, after))  # (and a blank line it leaves doubled)
    return "\n".join(line for n, line in enumerate(lines) if n not in gone)


def _targets(tokens: list[Token]) -> frozenset[str]:
    """The ids in-page links point to: `[x](#id)` and raw `href="#id"`."""
    found = set()
    for token in tokens:
        for child in token.children or []:
            href = str(child.attrs.get("href") or "")
            if child.type == "link_open" and href.startswith("#"):
                found.add(unquote(href[1:]))
        if token.type in ("html_block", "inline"):
            found.update(unquote(m) for m in re.findall(r"""href\s*=\s*["']?#([^"'\s>]+)""", token.content))
    return frozenset(found)


def _inline(doc: Text, token: Token, locate: Locator, kind: str) -> None:
    content = token.content
    children = token.children or []
    protected: list[tuple[int, int]] = []
    labels: list[tuple[int, int]] = []  # the words of links: a link there would be a link in a link
    in_link = 0
    # the targets of the Markdown links whose words the text is in, and of the raw `<a href>` (None: one in a link's
    # words, its tags removed; "": a script URL's, which is no link once neutralised: a link in its words stays one)
    outer: list[str] = []
    raw: list[str | None] = []
    i = 0
    while i < len(children):
        child = children[i]
        span = child.meta.get("span")
        if child.type == "link_close":
            in_link -= 1
            if outer:
                outer.pop()
        elif child.type == "link_open":
            in_link += 1
            if span:
                labels.append((span[0], child.meta.get("label_end", span[0])))
                around = next((href for href in reversed(raw) if href), None)
                if around is not None:
                    _link_in_link(doc, locate, child, span, content, protected, around)
                else:
                    _link(doc, locate, child, span, content, protected)
            outer.append("" if is_script_url(target := str(child.attrs.get("href") or "")) else target)
        elif child.type == "image" and span:
            _image(doc, locate, child, span, content, in_link > 0)
            protected.append(span)
        elif child.type == "code_inline" and span:
            protected.append(span)
        elif child.type == "html_inline" and span:
            protected.append(span)
            tag = rawhtml.parse(child.content)
            if tag is not None and tag.name == "a" and tag.closing and raw:
                if raw.pop() is None and (at := locate(span[0])) is not None and (to := locate(span[1])) is not None:
                    doc.edits.append((at, to, ""))  # the end of a raw link removed from another's words, said there
                    i += 1
                    continue
            elif tag is not None and tag.name == "a" and (href := dict(tag.attributes).get("href")) is not None:
                labels.append((span[1], _closing(children, i, "a", len(content))[1]))  # a raw link's words
                around = next((h for h in [*raw, *outer][::-1] if h), None)
                raw.append(None if around is not None else "" if is_script_url(href) else href)
                if around is not None:  # a raw link in another link's words: a browser splits the outer one
                    last = _closing(children, i, "a", len(content))[0]
                    words = content[span[1]:children[last].meta["span"][0] if last != i else len(content)]
                    said = Said("convert.link-in-link", label=_plain(words), href=href[:80],
                                outer=around[:80])
                    edit(doc, locate, span[0], span[1], "", said)
                    i += 1
                    continue
            i = _html_inline(doc, locate, children, i, content, in_link > 0)
        i += 1
    _text_fixes(doc, locate, content, protected, labels)
    _attribute_lists(doc, locate, content, kind, protected)


# A page of the old site (`privacy-policy.html`, `terms.php`): linked inline, it is left to the import, which sends a
# link to another document of the site to that document's page and removes any other's target.
_PAGE = re.compile(r"(?i)\.(?:html?|php|aspx?|jsp|shtml|md)$")


def _link(doc: Text, locate: Locator, child: Token, span: tuple[int, int], content: str,
          protected: list[tuple[int, int]]) -> None:
    href = str(child.attrs.get("href") or "")
    start, end = span
    if child.markup == "autolink" or child.info == "auto":
        protected.append(span)
        written = content[start + 1:end - 1]
        if child.markup == "autolink" and (link_read := _autolink_read(written)) is not None:
            edit(doc, locate, start, end, link_read, Said("convert.autolink-read", written=written[:60],
                                                          read=link_read[:80]))
        elif (clean := _untracked(href)) != href:
            edit(doc, locate, start, end, f"<{_lower_scheme(clean)}>",
                 Said("convert.link-untracked/autolink", href=href[:60], cleaned=_cleaned(href, clean)))
        elif (lower := _lower_scheme(written)) != written and not is_script_url(href):
            edit(doc, locate, start, end, f"<{lower}>", Said("convert.link-untracked/autolink", href=href[:60],
                                                            cleaned=_scheme_said(written)))
        elif is_script_url(href):
            edit(doc, locate, start, end, "`" + content[start + 1:end - 1].replace("`", "") + "`",
                  Said("convert.autolink-script", href=href[:60]))
        return
    label = content[start + 1:child.meta.get("label_end", start + 1)]
    protected.append((child.meta.get("label_end", start), end))  # the destination: a URL, not prose
    if is_script_url(href):
        scheme = re.sub(r"[\x00-\x20]", "", href).split(":", 1)[0].lower()
        edit(doc, locate, start, _unset(content, end), label,
             Said("convert.link-script", label=_plain(label), scheme=scheme))
    elif href.strip() in _HASH_ALONE:
        # `[Cookie settings](#)`: a control the old page's scripts ran, a link to the top of the page here; read as the
        # HTML import reads `<a href="#">` (html_source._script_links, _top_links): its words kept, not linked, and a
        # line of its own written twice or more (`[Back to top](#)` under each section) left out (leads44)
        top = _back_to_top(doc.text, label)
        edit(doc, locate, start, _unset(content, end), "" if top else label,
             Said("convert.top-links" if top else "convert.hash-links", count=1, words=_plain(label)))
    elif _nowhere(href):
        # a link dialog left at its default (WordPress's, a page builder's `http://`): the reader's click went nowhere
        edit(doc, locate, start, _unset(content, end), label,
             Said("convert.link-no-host", label=_plain(label), href=href[:80]))
    elif address := domain_address(href):
        # a writer typed the domain into Word or a page (`papilionem.dev`, `www.example.org`): read by a browser as a
        # file beside the old page, it is the address the writer meant, not a file of the old site to drop
        destination = content[child.meta.get("label_end", start):end]  # `](www.cnil.fr "CNIL")`: its title stays
        said = Said("convert.link-domain", label=_plain(label), href=href[:80], address=address[:88])
        title = str(child.attrs.get("title") or "")
        if _unshown(doc, title, label) and not _titled_elsewhere(address, title) and (at := locate(start)) is not None:
            doc.note(_title_said(label, title), at)  # (removed below with the title naming another address)
        if not destination.startswith("](") and (
                defined := _defined_at(doc, _reference(label, destination), label)):
            # `[CNIL][1]` stays as written: its definition `[1]: www.cnil.fr "CNIL"` gets the address, and its title
            doc.edits.extend(defined)
            doc.notes.add(said, doc.line_of(at) if (at := locate(start)) is not None else None)
            return
        written = (content[start:end - len(destination)] + destination.replace(href, address, 1)
                   if destination.startswith("](") and href in destination and not _titled_elsewhere(address, title)
                   and not _unshown(doc, title, label) else f"[{label}]({address})")
        edit(doc, locate, start, end, written, said)
    elif missing_file(href) and not (_PAGE.search(urlsplit(href).path) and content.startswith(
            "](", child.meta.get("label_end", start))):  # another page, linked inline: the import lands it (hunt 34)
        edit(doc, locate, start, _unset(content, end), label,
             Said("convert.link-missing-file", label=_plain(label), href=href[:80]))
    elif (clean := _untracked(href)) != href and not _deceptive(clean) and not _shown_elsewhere(clean, label):
        # copied from a newsletter or a social network (`utm_source`, `fbclid`, `mc_eid`): the gate refuses them
        edit(doc, locate, start, end, f"[{label}]({_lower_scheme(clean)})",
             Said("convert.link-untracked", label=_plain(label), cleaned=_cleaned(href, clean)))
    elif refused := next(iter(_deceptive(href)), ""):
        # a mailto writing the reader's message (body=) or to others (cc=), a phone link with pauses, a host mixing
        # scripts: refused at publication, as imported from the old page (a mailto keeps its address and subject)
        address = _address_alone(href)
        if mailsubject.unshown(address, shown=_MARKUP.sub("", label), page=doc.page):  # (words the page does not
            address = _address_alone(address.partition("?")[0])  # show: refused at publication, as its body is)
        edit(doc, locate, start, end if address else _unset(content, end),
             f"[{label}]({address})" if address else label,
             Said("convert.link-deceptive/" + ("kept" if address else "unlinked"), label=_plain(label),
                  refused=refused, address=address))
    elif elsewhere := _shown_elsewhere(href, label):
        # OneTrust's cookie list links each host it names (`exemple.fr`) to Cookiepedia's page about it: the gate
        # refuses a link showing an address it does not go to, and the import had left it, refused at publication
        edit(doc, locate, start, _unset(content, end), label,
             Said("convert.link-elsewhere", label=_plain(label), elsewhere=elsewhere))
    elif (subject := mailsubject.unshown(href, shown=_MARKUP.sub("", label), page=doc.page)) \
            and (address := _address_alone(href.partition("?")[0])):
        # a subject the reader sends, in words the page does not show (`subject=I consent to …`): refused at
        # publication, as the page's other words would be; the link keeps its address (safety80)
        edit(doc, locate, start, end, f"[{label}]({address})",
             Said("convert.link-subject", label=_plain(label), refused=subject))
    elif (title := str(child.attrs.get("title") or "")) and _titled_elsewhere(href, title):
        # a title (the words beside the pointer resting on the link) naming another address: refused at publication
        _scheme_lowered(doc, locate, start, label, href)
        edit(doc, locate, start, end, f"[{label}]({_lower_scheme(href)})",
             Said("convert.link-title", label=_plain(label), title=title[:60]))
    elif _unshown(doc, title, label):
        # words only a pointer resting on the link shows ("Opens in a new window", a clause): refused at publication
        # for any text, an imported one too (a record of imported.yml can be written by hand: safety77)
        _scheme_lowered(doc, locate, start, label, href)
        edit(doc, locate, start, end, f"[{label}]({link_destination(_lower_scheme(href))})", _title_said(label, title))
    elif (lower := _lower_scheme(href)) != href:
        # `[the CNIL](HTTPS://www.cnil.fr/)`: refused at publication (no address on paper), written as it publishes
        destination = content[child.meta.get("label_end", start):end]
        written = (content[start:end - len(destination)] + destination.replace(href, lower, 1)
                   if destination.startswith("](") and href in destination else f"[{label}]({lower})")
        edit(doc, locate, start, end, written, Said("convert.link-untracked", label=_plain(label),
                                                    cleaned=_scheme_said(href)))


def _link_in_link(doc: Text, locate: Locator, child: Token, span: tuple[int, int], content: str,
                  protected: list[tuple[int, int]], around: str) -> None:
    """A Markdown link written in a raw link's words (`<a href="…">[CNIL][1]</a>`): the site's Markdown makes it a
    link in a link, which a browser splits in two. Its words stay in the raw link; its own brackets and target go."""
    start, end = span
    if child.markup == "autolink" or child.info == "auto":
        protected.append(span)
        label = content[start + 1:end - 1]
        edit(doc, locate, start, end, escape_text(label, line_start=False, in_cell=False),
             Said("convert.link-in-link", label=label[:60], href=str(child.attrs.get("href") or "")[:80],
                  outer=around[:80]))
        return
    label_end = child.meta.get("label_end", start + 1)
    protected.append((label_end, end))
    said = Said("convert.link-in-link", label=_plain(content[start + 1:label_end]),
                href=str(child.attrs.get("href") or "")[:80], outer=around[:80])
    edit(doc, locate, start, start + 1, "", said)
    if (at := locate(label_end)) is not None and (to := locate(_unset(content, end))) is not None:
        doc.edits.append((at, to, ""))


def _unset(content: str, end: int) -> int:
    """Where a link ending at `end` ends with the attribute list set on it (`{#terms}`, `{:target="_blank"}`): a link
    written as its words takes it along, else Python-Markdown shows it as text after them."""
    attributes = _ATTR_LIST_INLINE.match(content, end)
    return attributes.end() if attributes and not content.startswith("{{", end) else end


# Where a link definition's destination is written: after its label and colon, on its line or the next (a quote's `>`)
_DEFINED = re.compile(r"\[(?:[^\[\]\\]|\\.)*\]:[ \t]*(?:\n[ \t>]*)?(<[^<>\n]*>|[^\s<]\S*)")


def _definitions(doc: Text, env: dict) -> dict[str, list[tuple[int, int, int, str, str]]]:
    """The link definitions markdown-it read (`[1]: www.cnil.fr "CNIL"`), by label, each where its destination starts
    and ends in the text, where the definition ends, its destination and its title as read; the first is the one
    CommonMark reads, Python-Markdown (the site's) the last."""
    found: dict[str, list[tuple[int, int, int, str, str]]] = {}
    for label, read in [*env.get("references", {}).items(),
                        *((duplicate["label"], duplicate) for duplicate in env.get("duplicate_refs", []))]:
        first, after = read["map"]
        start, stop = doc.starts[first], doc.starts[after] - 1
        written = _DEFINED.search(doc.text, start, stop)
        if written is not None and _md.normalizeLink(written.group(1).strip("<>")) == read["href"]:
            found.setdefault(label, []).append((written.start(1), written.end(1), stop, read["href"], read["title"]))
        else:  # not where a definition's destination is written: the link is written again instead
            found.setdefault(label, []).append((-1, -1, stop, read["href"], read["title"]))
    return found


def _reference(label: str, destination: str) -> str:
    """The label of the definition a reference link uses: `[CNIL][1]`'s `1`, `[CNIL][]`'s and `[CNIL]`'s `CNIL`."""
    named = destination[2:-1] if destination.startswith("][") and destination.endswith("]") else ""
    return normalizeReference(named if named.strip() else label)


def _defined_at(doc: Text, reference: str, label: str) -> list[tuple[int, int, str]]:
    """The edits giving the definitions of `reference` written as bare domains their https address, where each is
    found as written (none if one is not): a title naming another address, or saying words neither the link's words
    (`label`) nor the page show, goes, as the gate requires."""
    edits = []
    for start, end, stop, href, title in doc.definitions.get(reference, []):
        address = domain_address(href)
        if address is None:
            continue
        if start < 0:
            return []
        written = f"<{address}>" if doc.text[start] == "<" else address
        edits.append((start, stop, written) if _titled_elsewhere(address, title) or _unshown(doc, title, label)
                     else (start, end, written))
    return edits


# CommonMark's autolinks (`<scheme:…>`, `<address@host>`) that Python-Markdown, which renders the site, reads alike: an
# address with `://` (its AUTOLINK_RE) and an e-mail address without its scheme (AUTOMAIL_RE). It shows `<mailto:x>`
# as x, and takes `<tel:…>` for an HTML tag: the checks and the page read them apart, and the gate refused the page.
_SITE_AUTOLINK = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[^<>]*|[^<> !:]+@[^@<> ]+")
_MAILTO = re.compile(r"(?i)mailto:")
_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*")


def _autolink_read(written: str) -> str | None:
    """The Markdown both readers read as the autolink `<written>` is shown by GitHub (a mailto's address without its
    scheme, as the site and kramdown show it), or None where the site's Markdown already reads it so."""
    if _SITE_AUTOLINK.fullmatch(written):
        return None
    shown = written[len("mailto:"):] if _MAILTO.match(written) else written
    if shown != written and _EMAIL.fullmatch(shown):
        return f"<{shown}>"
    target = written if shown == written else "mailto:" + shown
    target = target.replace("\\", "%5C").replace("(", "%28").replace(")", "%29")
    return f"[{escape_text(shown, line_start=False, in_cell=False)}]({target})"


def shown_words(text: str) -> str:
    """The words the Markdown `text` shows, rendered as the checks render a page (rendering.EXTENSIONS)."""
    import markdown as python_markdown
    from selectolax.lexbor import LexborHTMLParser

    from policysite.rendering import EXTENSIONS

    try:
        body = LexborHTMLParser(python_markdown.Markdown(extensions=list(EXTENSIONS)).convert(text)).body
    except RecursionError:  # (a text nested deeper than Python-Markdown reads: each title then judged alone)
        return ""
    return body.text(deep=True) if body is not None else ""


def _unshown(doc: Text, title: str, label: str) -> bool:
    """Whether a link's `title` says words neither its words (`label`, Markdown) nor its page show (tooltips.unshown):
    words only a pointer resting on the link shows, refused at publication."""
    return bool(title.strip()) and tooltips.unshown(title, shown=_MARKUP.sub("", label), page=doc.page)


def _title_said(label: str, title: str) -> Said:
    return Said("convert.link-title/unshown", label=_plain(label), title=" ".join(title.split())[:60])


def _titled_elsewhere(href: str, title: str) -> bool:
    from policysite.safety import title_address

    return bool(title_address(href, title))


_HASH_ALONE = ("#", "#!", "#0")  # (html_source._script_links' own)


def _back_to_top(text: str, label: str) -> bool:
    """Whether `[label](#)` stands alone on two lines of `text` or more: the old page's way back to the top."""
    alone = rf"(?m)^[ \t]*\[{re.escape(label)}\]\([ \t]*#[!0]?[ \t]*\)[ \t]*$"
    return len(re.findall(alone, text)) >= 2


def _nowhere(href: str) -> bool:
    """Whether `href` is a web address naming no host (`http://`, `https:///`, `https://#`)."""
    parts = urlsplit(href.strip())
    return parts.scheme.lower() in ("http", "https") and not parts.netloc.strip("/") and \
        not parts.path.strip("/") and href.strip().lower().startswith(("http://", "https://"))


def _untracked(href: str) -> str:
    """`href` as the site publishes it: the address a redirector wraps (Outlook's Safe Links, Google's), without its
    tracking parameters."""
    from policysite.addresses import redirect_of, without_tracking

    redirect = redirect_of(href)
    return without_tracking(redirect[1] if redirect and redirect[1] else href)


def _lower_scheme(href: str) -> str:
    """`href` with its scheme in lower case (`HTTPS://` → `https://`): a browser follows either, but the output check
    refuses capitals (on paper the site prints a link's address for a lower-case scheme only)."""
    scheme = _SCHEME.match(href)
    return href if scheme is None else href[:scheme.start(1)] + scheme.group(1).lower() + href[scheme.end(1):]


def _scheme_lowered(doc: Text, locate: Locator, start: int, label: str, href: str) -> None:
    """Says that the link at `start`, rewritten for another reason (its title), gets its scheme in lower case too: its
    `HTTPS://` kept, the imported policy was refused at publication (safety91)."""
    if _lower_scheme(href) != href and (at := locate(start)) is not None:
        doc.note(Said("convert.link-untracked", label=_plain(label), cleaned=_scheme_said(href)), at)


def _scheme_said(href: str) -> Said:
    scheme = _SCHEME.match(href)
    written = scheme.group(1) if scheme is not None else ""
    return Said("convert.link-cleaned/scheme", scheme=f"{written}:", lower=f"{written.lower()}:")


_SCHEME = re.compile(r"\s*([A-Za-z][A-Za-z0-9+.-]*)(?=:)")


def _cleaned(href: str, clean: str) -> Said:
    """What `_untracked` did to a link, in words."""
    from policysite.addresses import redirect_of

    redirect = redirect_of(href)
    if redirect and redirect[1]:
        return Said("convert.link-cleaned/redirect", redirect=redirect[0])
    return Said("convert.link-cleaned", parameters=", ".join(_tracked(href)))


def _tracked(href: str) -> list[str]:
    from policysite.addresses import tracking_parameters

    return tracking_parameters(href)


def _deceptive(href: str) -> list[str]:
    from policysite.safety import deceptive_link

    return list(deceptive_link(href, ""))


def _address_alone(href: str) -> str:
    """A mailto link to its one address, with its subject if it has one (what the gate lets a mailto say), or "" for
    a link that is no mailto or names several addresses."""
    if not href.lower().startswith("mailto:"):
        return ""
    address, _, query = href[7:].partition("?")
    if not address.strip() or re.search(r"[,;\s<>()]|%(?:2c|3b|0[9ad])", address, re.I):
        return ""
    subject = [part for part in query.split("&") if unquote(part.split("=", 1)[0]).strip().lower() == "subject"]
    kept = f"mailto:{address.strip()}" + (f"?{subject[0]}" if subject else "")
    return kept if not re.search(r"[\s()<>\\]|%0[9ad]", kept, re.I) else f"mailto:{address.strip()}"


def _shown_elsewhere(href: str, label: str) -> str:
    """Why a link's words show an address (or a number) it does not go to, as the output check judges it, or ""."""
    from policysite.safety import shown_address

    return shown_address(href, _MARKUP.sub("", label))


# A link's words' Markdown and raw tags (`<a href="…">`: its attributes are no words the page shows)
_MARKUP = re.compile(r"\\(?=[^\w\s])|[*_`]|!?\[|\]\([^)]*\)|\]|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>")


def _image(doc: Text, locate: Locator, child: Token, span: tuple[int, int], content: str, in_link: bool) -> None:
    start, end = span
    label_end = child.meta.get("label_end", start + 2)
    label = content[start + 2:label_end]
    rest = content[label_end + 1:end]  # `(src "title")` or `[ref]`: a foreign image keeps it as the link's
    src = str(child.attrs.get("src") or "")
    replacement, message = rawhtml.image_rule(src, label, _plain(label), in_link=in_link, destination=rest)
    if replacement.startswith("["):  # a link with the image's words: `<www.cnil.fr>` there is written as its words
        words = _angled_as_words(doc, locate(start) or 0, label)
        kept = replacement.endswith("]" + rest) or rest.startswith("(")
        replacement = f"[{words}]{rest if kept else '(<' + src + '>)'}"
    replacement = _alt_apart(content, start, end, replacement, message)
    edit(doc, locate, start if replacement else _gap_start(content, start, end), end, replacement, message)


# The scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese): an image's words
# kept there are not spaced from the text's.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff"
                       "\uff66-\uff9f\U00020000-\U0003ffff]")


def _alt_apart(content: str, start: int, end: int, replacement: str, message: Said) -> str:
    """An image's alt text written in its place (`<img alt="Our kiln">Photographs`), a space between it and a letter
    or digit of the text touching it: the page drew a picture there, and its words read "Our kilnPhotographs", a word
    no reader saw, misspelt to the checks (adopt57)."""
    if message.key != "convert.image-alt" or not replacement:
        return replacement
    def touching(char: str) -> bool:
        return bool(re.fullmatch(r"[^\W_]", char)) and not _UNSPACED.match(char)
    before = " " if start and touching(content[start - 1]) and touching(replacement[0]) else ""
    after = " " if end < len(content) and touching(content[end]) and touching(replacement[-1]) else ""
    return before + replacement + after


# What a removed image stood between: a word and the punctuation after it (`Generator <img src="badge.png" alt="">.`,
# a badge, a tracking pixel). Its space went with it, else the text read "Generator ." (adopt53's leftover).
_CLOSING_PUNCTUATION = gaps.CLOSING


def _gap_start(content: str, start: int, end: int) -> int:
    """Where an element of `content` from `start` to `end` that is removed, leaving nothing, starts its removal: before
    the spaces ahead of it where a word stands before them and punctuation right after it, else at `start`."""
    before = len(content[:start].rstrip(" \t"))
    if before < start and before and not content[before - 1].isspace() and content[end:end + 1] in \
            _CLOSING_PUNCTUATION and content[end:end + 1]:
        return before
    return start


def _html_inline(doc: Text, locate: Locator, children: list[Token], i: int, content: str, in_link: bool) -> int:
    """Neutralises the raw HTML tag at `children[i]`; returns the index of the last child it consumed."""
    start, end = children[i].meta["span"]
    markup = content[start:end]
    tag = rawhtml.parse(markup)
    if tag is None:
        edit(doc, locate, start, end, "", Said("convert.html-comment") if markup.startswith("<!--")
             else Said("convert.raw-removed", markup=markup[:40]))
        return i
    if tag.name in rawhtml.WITH_CONTENT or tag.name in rawhtml.EMBEDS:
        last, close_end = _closing(children, i, tag.name, len(content))
        link = rawhtml.embed_link(tag) if tag.name in rawhtml.EMBEDS and not tag.closing else None
        message = Said("convert.raw-embed-linked", tag=tag.name, url=link.strip("<>")) if link else \
            Said("convert.raw-element-removed" + ("/content" if tag.name in rawhtml.WITH_CONTENT else ""), tag=tag.name)
        edit(doc, locate, start, close_end if not tag.closing else end, link or "", message)
        return last
    if not tag.closing and css_marks.hidden_by(dict(tag.attributes).get("style", ""),
                                               dict(tag.attributes).get("class", "").split(), doc.css):
        last, _close_end = _closing(children, i, tag.name, len(content))
        words = re.sub(r"<[^>]*>", "", content[end:children[last].meta["span"][0] if last != i else len(content)])
        if words.strip():  # kept, as a page's hidden words are (to_markdown): the legal team decides
            shown = " ".join(words.split())[:60]
            doc.note(Said("convert.style-hidden", words=shown), locate(start) or 0)
    if tag.name == "img":
        replacement, message = rawhtml.image_replacement(tag, in_link=in_link)
        replacement = _alt_apart(content, start, end, replacement, message)
        edit(doc, locate, start if replacement else _gap_start(content, start, end), end, replacement, message)
    elif not tag.closing and tag.name not in VOID and not markup.endswith("/>") \
            and f"</{tag.name}" not in content[end:].lower() \
            and not re.sub(r"<[^>]*>", "", content[end:]).strip():
        # a stray opening tag ending its paragraph (adoption 7: a Hugo page's ` <strong> ` under its last sentence)
        edit(doc, locate, start, end, "", Said("convert.raw-stray-opening", tag=tag.name))
    elif tag.name in rawhtml.ALLOWED or tag.name in rawhtml.RENAMED:
        tag, unshown = _unshown_title(doc, children, i, content, tag)
        written, dropped = rawhtml.allowed_form(tag)
        dropped += unshown
        renamed = tag.name in rawhtml.RENAMED
        if dropped or renamed or any(k == "name" for k, _ in tag.attributes):
            renamed_as = rawhtml.RENAMED.get(tag.name, "")
            if not tag.closing:
                anchor = tag.name == "a" and any(k == "name" for k, _ in tag.attributes)
                edit(doc, locate, start, end, written, Said(
                    "convert.raw-tag", tag=tag.name, renamed=renamed_as,
                    dropped=Said("convert.raw-tag-dropped", dropped=dropped) if dropped else "",
                    anchor=Said("convert.raw-tag-anchor") if anchor else ""))
            elif renamed:
                edit(doc, locate, start, end, written, Said("convert.raw-tag", tag=tag.name, renamed=renamed_as,
                                                            dropped="", anchor=""))
    elif tag.name == "li" and not tag.closing:  # a list in a line (a table cell's, as GitHub users write it)
        label = _item_label(children, i)
        edit(doc, locate, start, end, label, Said("convert.raw-list-in-line"))
    else:
        # a tag the browser draws as a block parts the words on either side of it: `<p>a</p><p>b</p>` is no "ab"
        parted = tag.name in rawhtml.BLOCKS and _text_beside(children, i)
        edit(doc, locate, start, end, " " if parted else "", Said("convert.raw-not-allowed", tag=tag.name))
    return i


def _unshown_title(doc: Text, children: list[Token], i: int, content: str,
                   tag: rawhtml.Tag) -> tuple[rawhtml.Tag, list[Said]]:
    """The raw tag at `children[i]` without its title where the title says words its page does not show (a link's,
    an abbreviation's: refused at publication, tooltips.unshown), and what was dropped."""
    title = dict(tag.attributes).get("title", "")
    if tag.closing or not title.strip():
        return tag, []
    end = children[i].meta["span"][1]
    last = _closing(children, i, tag.name, len(content))[0]
    shown = re.sub(r"<[^>]*>", "", content[end:children[last].meta["span"][0] if last != i else len(content)])
    if not tooltips.unshown(title, shown=shown, page=doc.page):
        return tag, []
    kept = tuple((key, value) for key, value in tag.attributes if key != "title")
    return dataclasses.replace(tag, attributes=kept), [Said("convert.dropped/unshown-title",
                                                            title=" ".join(title.split())[:60])]


def _item_label(children: list[Token], i: int) -> str:
    """What a raw `<li>` in a line becomes: `- ` (`2. ` in an `<ol>`), after a `<br>` but for its list's first."""
    count, ordered, opened = 0, False, 0
    for j in range(i - 1, -1, -1):
        tag = rawhtml.parse(children[j].content) if children[j].type == "html_inline" else None
        if tag is not None and tag.name in ("ul", "ol") and not tag.closing:
            ordered, opened = tag.name == "ol", j
            break
        if tag is not None and tag.name == "li" and not tag.closing:
            count += 1
    first = count == 0 and not any(c.content.strip() for c in children[opened:i] if c.type == "text")
    return ("" if first else "<br>") + (f"{count + 1}. " if ordered else "- ")


def _text_beside(children: list[Token], i: int) -> bool:
    """True where the tag at `i` is the first tag parting the words on either side of its run of tags (a `<br>`,
    an item's label, an earlier block tag of the run parts them already)."""
    first, last = i, i
    while first > 0 and children[first - 1].type == "html_inline":
        first -= 1
    while last + 1 < len(children) and children[last + 1].type == "html_inline":
        last += 1
    for j in range(first, last + 1):
        tag = rawhtml.parse(children[j].content)
        if j != i and tag is not None and (tag.name == "br" or tag.name == "li" and not tag.closing or
                                           j < i and tag.name in rawhtml.BLOCKS):
            return False
    before = children[first - 1] if first else None
    after = children[last + 1] if last + 1 < len(children) else None
    return (before is not None and not (before.type == "text" and before.content[-1:].isspace())
            and after is not None and not (after.type == "text" and after.content[:1].isspace()))


def _closing(children: list[Token], i: int, name: str, end: int) -> tuple[int, int]:
    """The index and end of the tag closing `children[i]` (the end of the block if none does)."""
    for j in range(i + 1, len(children)):
        tag = rawhtml.parse(children[j].content) if children[j].type == "html_inline" else None
        if tag is not None and tag.closing and tag.name == name and "span" in children[j].meta:
            return j, children[j].meta["span"][1]
    return len(children) - 1, end


def _angled(text: str) -> list[tuple[re.Match[str], str]]:
    """Each bare domain between angle brackets of `text` (`<www.cnil.fr>`) and its https address."""
    return [(m, address) for m in _ANGLED.finditer(text) if (address := domain_address(m.group(1))) is not None]


def _shown(m: re.Match[str]) -> str:
    """The domain of `m` (an `_ANGLED` match) as the words of a text."""
    return escape_text(m.group(1), line_start=False, in_cell=False)


def _angled_said(m: re.Match[str], address: str, *, in_label: bool) -> Said:
    return Said("convert.autolink-domain" + ("/in-link" if in_label else ""), written=m.group(1)[:60],
                address=address[:88])


def _angled_as_words(doc: Text, at: int, words: str) -> str:
    """`words` (a link's) with each bare domain between angle brackets written as its words, each said at `at`."""
    out, last = [], 0
    for m, address in _angled(words):
        out += [words[last:m.start()], _shown(m)]
        last = m.end()
        doc.note(_angled_said(m, address, in_label=True), at)
    return "".join(out) + words[last:]


def _text_fixes(doc: Text, locate: Locator, content: str, protected: list[tuple[int, int]],
                labels: Sequence[tuple[int, int]]) -> None:
    def free(at: int) -> bool:
        return not any(a <= at < b for a, b in protected)
    for m in _ANGLED.finditer(content):
        if free(m.start()) and (address := domain_address(m.group(1))) is not None:
            shown = _shown(m)
            in_label = any(a <= m.start() < b for a, b in labels)  # a link's words: they are the domain's words
            edit(doc, locate, m.start(), m.end(), shown if in_label else f"[{shown}]({link_destination(address)})",
                 _angled_said(m, address, in_label=in_label))
        elif free(m.start()) and missing_file(m.group(1)):
            # `<terms.html>`: a file's name, no tag a browser knows, but one for Python-Markdown, which shows nothing
            # of it. A page of the old site is linked as its inline links are (the import lands it on its page where
            # it brings it, else keeps the words); any other file, and a name in a link's words, its words escaped
            shown = _shown(m)
            page = _PAGE.search(urlsplit(m.group(1)).path) and not any(a <= m.start() < b for a, b in labels)
            edit(doc, locate, m.start(), m.end(),
                 f"[{shown}]({link_destination(m.group(1))})" if page else f"&lt;{shown}&gt;",
                 Said("convert.angled-file" + ("/page" if page else ""), written=m.group(1)[:60]))
    for m in _ESCAPED_TAG.finditer(content):
        if free(m.start()):
            edit(doc, locate, m.start(), m.end(), "&lt;", Said("convert.escaped-tag"))
    for m in _SCRIPT_TEXT.finditer(content):
        if free(m.start()) and not m.group().endswith("\\"):
            edit(doc, locate, m.start(), m.end(), f"`{m.group()}`", Said("convert.script-text", text=m.group()[:40]))
    for m in _LIQUID_RAW.finditer(content):
        if free(m.start()):
            edit(doc, locate, m.start(), m.end(), "", Said("convert.liquid-marker", marker=m.group()))
    for m in _LIQUID.finditer(content):
        if free(m.start()) and not _LIQUID_RAW.fullmatch(m.group()):
            language = template_language(m.group())
            if m.group().startswith(("{{<", "{{%")) and _paired(content, m):
                # one of a pair around words it showed (`{{% sidenote %}}Backups: 30 more days.{{% /sidenote %}}`): the
                # words kept, as on a line of its own (adopt53's leftover: said as a link now without its address, and
                # `message.{{% sidenote %}}Backups` glued into "message.Backups", where the page set the words apart)
                before, after = content[m.start() - 1:m.start()], content[m.end():m.end() + 1]
                glued = before in (".", "!", "?", ";", ":") and after.isalnum()
                edit(doc, locate, m.start(), m.end(), " " if glued else "",
                     Said("convert.hugo-shortcode", shortcode=m.group()[:60]))
                continue
            if m.group().startswith(("{{<", "{{%", "{%")):  # a Hugo shortcode or a template's tag: no reader saw it
                what = "hugo" if m.group().startswith("{{") else "liquid" if language == "Liquid" else "other"
                # (a param: a setting's words, not a link; one neither the page nor its site's configuration gave)
                what = "hugo-param" if what == "hugo" and _HUGO_PARAM.match(m.group()) else what
                edit(doc, locate, m.start(), m.end(), "", Said(f"convert.template-tag/{what}", code=m.group()[:60]))
                continue
            at = locate(m.start())
            # an Eleventy expression a data script gives is said by its reading (eleventy.fill), naming the script
            said = doc.notes.said("convert.site-data-script", tag=m.group()) or (
                Said("convert.template-kept/known", code=m.group()[:60], language=language) if language else
                Said("convert.template-kept/braces", code=m.group()[:60]))
            doc.notes.add(said, doc.line_of(at) if at is not None else None)
    for start, end, code in template_spans(content):  # Blade's, PHP's, ERB's, and `\{\{ … \}\}` as a page's text
        if free(start) and not _LIQUID.fullmatch(content[start:end]):  # (Liquid's said above)
            at = locate(start)
            # said already by the template's reading (templates.py), with no line: it gets this one
            earlier = doc.notes.said("convert.template-expression", code=code[:80])
            doc.notes.add(earlier or Said("convert.template-kept", code=code[:60]),
                          doc.line_of(at) if at is not None else None)
    for m in _ICON.finditer(content):
        if free(m.start()):
            edit(doc, locate, m.start(), m.end(), "", Said("convert.icon", icon=m.group().strip()))
    for m in _FOOTNOTE.finditer(content):
        if free(m.start()):
            at = locate(m.start())
            doc.notes.add(Said("convert.footnote-mark", mark=m.group()), doc.line_of(at) if at is not None else None)


# What only one template language writes: Liquid's filter arguments after a colon (`| date: "%Y"`; Jinja, Tera and
# Nunjucks put them in brackets) and its own tags and objects; Go's (Hugo's) dot, variables and actions. `{{ page.title
# }}` or `{% include "x" %}` is Liquid's, Jinja's, Tera's (Zola) or Nunjucks' alike: no language is named for it.
_LIQUID_ONLY = re.compile(r"\|\s*[a-z_]+\s*:|\A\{\{-?\s*(?:forloop|include|jekyll|paginator)\.|"
                          r"\A\{%-?\s*(?:assign|capture|endcapture|unless|endunless|case|when|comment|endcomment|include_relative|highlight|"
                          r"endhighlight|post_url|link|seo|liquid|render|increment|decrement)\b")
_GO_ONLY = re.compile(r"\A\{\{-?\s*(?:\.|\$|(?:end|range|with|if|else|partial|partialCached|printf|i18n|T|template|"
                      r"block|define)\b)")


_SHORTCODE_NAME = re.compile(r"\{\{[<%]-?\s*(?P<closing>/)?\s*(?P<name>[\w-]+)")


def _paired(content: str, tag: re.Match[str]) -> bool:
    """Whether `tag`, a Hugo shortcode in `content`, is one of a pair (`{{% x %}}` … `{{% /x %}}`) around words."""
    named = _SHORTCODE_NAME.match(tag.group())
    if named is None:
        return False
    name = re.escape(named["name"])
    if named["closing"]:
        return re.search(rf"\{{\{{[<%]-?\s*{name}\b", content[:tag.start()]) is not None
    return re.search(rf"\{{\{{[<%]-?\s*/\s*{name}\s*-?[>%]\}}\}}", content[tag.end():]) is not None


def template_language(code: str) -> str:
    """"Liquid" or "Go templates (Hugo)" where `code` (`{{ … }}`, `{% … %}`) is written as only that language writes
    it, else "": the same braces are Jinja's, Tera's and Nunjucks' too."""
    if _GO_ONLY.match(code):
        return "Go templates (Hugo)"
    return "Liquid" if _LIQUID_ONLY.search(code) else ""


def _attribute_lists(doc: Text, locate: Locator, content: str, kind: str,
                     protected: Sequence[tuple[int, int]] = ()) -> None:
    """Attribute lists (`{: key=value}`) may set only ids; a kramdown one on a line of its
    own (`{: .no_toc}`, `{::options}`) was never shown: it goes."""
    if _KRAMDOWN_LINE.fullmatch(content.strip()) and kind == "paragraph_open":
        edit(doc, locate, 0, len(content), "", Said("convert.kramdown-directive", code=content.strip()[:60]))
        return
    match = (_ATTR_LIST_END if kind in ("heading_open", "td_open", "th_open") else _ATTR_LIST_LINE).search(content)
    from policysite.rendering import after_element

    found = [m for m in _ATTR_LIST_INLINE.finditer(content) if (not match or m.start() < match.start())
             and not any(a <= m.start() < b for a, b in protected) and after_element(content, m.start())
             and not _LIQUID_RAW.fullmatch(m.group(0).strip())]  # (`{% endraw %}` after code: _text_fixes removes it)
    for each in [*found, *([match] if match else [])]:
        _attribute_list(doc, locate, each)


def _attribute_list(doc: Text, locate: Locator, match: re.Match) -> None:
    words = re.findall(r"""[^ =}]+="[^"]*"|[^ =}]+='[^']*'|[^ =}]+=[^ =}]+|[^ =}]+""", match.group(1))
    kept = [w for w in words if w[0] == "#" and "=" not in w and not w.startswith("#__")]
    if kept == words:
        return
    removed = ", ".join(w for w in words if w not in kept)
    replacement = (match.group(0).replace(match.group(1), " ".join(kept)) if kept else "")
    edit(doc, locate, match.start(), match.end(), replacement,
          Said("convert.attribute-list", written=match.group(0).strip()[:60], removed=removed))


def _plain(label: str) -> str:
    """A link's words as a note quotes them: without their Markdown, nor raw tags' attributes."""
    return re.sub(r"[*_`\\]|!?\[|\]\([^)]*\)|\]|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^>]*)?/?>", "", label).strip()[:60]
