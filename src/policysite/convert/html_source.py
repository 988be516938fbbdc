"""A policy page as published (often a web archive's copy): its main text, without the site around it.

The page is parsed as a browser parses it (lexbor through selectolax). The archive's toolbar, scripts and consent
banners go; what is drawn by its styles or scripts and no element says (bold by a class, a heading's number by a
CSS counter, an address Cloudflare hid) is written in; the text is its main content (`main_text`).
"""
from __future__ import annotations

import codecs
import html
import re
from collections.abc import Mapping
from pathlib import Path
from urllib.parse import parse_qs, urljoin, urlsplit

import webencodings
from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite import safety
from policysite.convert import (
    bilingual,
    cell_spacing,
    confluence,
    consent,
    contents,
    cookie_grids,
    css_marks,
    embeds,
    frames,
    gaps,
    google_ids,
    heading_counters,
    linked_css,
    list_passes,
    main_text,
    markdown_source,
    md_includes,
    mht,
    mixed_bytes,
    nesting,
    neutralise,
    office_html,
    pagers,
    printed_lines,
    protected_emails,
    published_doc,
    relative_times,
    responsive,
    scraped,
    sharepoint,
    templates,
    urls,
    utf16,
    visual_order,
)
from policysite.convert.elements import INLINE
from policysite.convert.model import Converted, ConvertError
from policysite.convert.notes import Notes, clipped, each_quoted, quoted
from policysite.convert.to_markdown import html_to_markdown
from policysite.messages import Said

# Never text of the policy, wherever they are.
INERT = "script, style, noscript, template, link, meta"
# The icons a Notion export draws above its title and in each callout (an emoji or a picture): decoration.
ICONS = ".page-header-icon, figure.callout > div > .icon, .kg-callout-card > .kg-callout-emoji"  # Notion's, Ghost's
# A Notion database page's properties, exported as a table under its title (Owner, Created, Status, Tags): the
# workspace's record of the page, not the policy's words (adoption hunt 34: an employee's name was published).
PROPERTIES = "article.page > header > table.properties"
# What web archives add to a page (consent banners: consent.py).
ARCHIVE_CHROME = "#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato, #wm-capinfo, .wb-autocomplete-suggestions"
# A web archive's copy of a URL: /web/20190301000000/https://example.com/privacy (im_, js_… for assets); archive.today's
# link out of its copy, https://archive.ph/o/Xy7Qz/https://example.com/terms (its other names: .is, .li, .today …).
_ARCHIVED = urls.ARCHIVED
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)""", re.I)
# An XHTML page's XML declaration, its only label where it has no <meta> one (`<?xml version="1.0"
# encoding="iso-8859-15"?>`, as XHTML 1.0 sites wrote it, served as XML, whose parser reads it: adopt40, "5 €" was
# read "5 ¤" and "Œuvre" "¼uvre" as Windows-1252)
_XML_ENCODING = re.compile(rb"""\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_:.-]+)["']""")


# Elements nested deeper than any page's text is (a site's layout and Word's HTML nest tens deep): the conversion's
# passes look into each element's descendants, so their time grows with the square of the depth, and 100,000
# nested <div> held `policy import` for hours (security hunt 28).
MAX_DEPTH = 512


# A site's source file rather than the page it served (a .php or .aspx template kept in the archive): PHP's and
# ASP's, JSP's code marks, which no browser shows.
_SERVER_CODE = re.compile(rb"<\?php\b|<%[@=#:$]?\s")
_OTHER_SERVER_CODE = re.compile(rb"<%[@=#:$]?\s")  # ASP's, JSP's: a template of a language import does not read


def convert(data: bytes, *, name: str, lang: str = "", folder: Path | None = None,
            stylesheets: Mapping[str, str] | None = None, template: bool = False,
            includes: Mapping[str, str] | None = None, site_params: Mapping[str, str] | None = None,
            read: md_includes.Reader | None = None, page: str = "") -> Converted:
    """Markdown of the page's main text; its title is its <h1> (never <title>), kept in the text. `folder` is the
    one the page was saved in: the stylesheets it links from there are read as its own, and so are `stylesheets`,
    by the address it links each by (--git: its repository's). `template`: the file is the old site's source (--git),
    its PHP the server's template, read as a Jinja template is (templates.read), not refused; `includes`: the files its
    template includes, by the name it includes each by (--git: its repository's at that commit); `site_params`: the
    settings of the Jekyll site it was part of (--git: its commit's), else those `read` finds above `page` (its path in
    its repository), which its `{{ site.key }}` show."""
    notes = Notes("Markdown line")
    saved: dict[str, str] = dict(stylesheets or {})
    address = ""
    if mht.is_mht(data):  # a page saved "as a single file" (.mhtml, .mht): the page inside, and its stylesheets
        saved, address = mht.stylesheets(data)
        inner = mht.page(data)
        if inner is None:
            raise ConvertError(Said("import.html-mhtml-empty", name=name))
        data = inner
        notes.add(Said("convert.mhtml"))
    if (canvas := sharepoint.page(data, notes)) is not None:  # a SharePoint site page file: its saved text
        data = canvas
    if _SERVER_CODE.search(data[:65536]) and not (template and not _OTHER_SERVER_CODE.search(data[:65536])):
        raise ConvertError(Said("import.html-server-code", name=name))
    decoded = decode(data, notes)
    generated, text, addresses = markdown_source.html_front_matter(decoded, notes, site=site_params, read=read,
                                                                   page=page)
    source = templates.read(text, notes, includes)
    if (least := nesting.least_depth(source)) > MAX_DEPTH:  # (before a parser spends minutes on it)
        raise ConvertError(Said("import.html-nested/at-least", name=name, depth=least, most=MAX_DEPTH))
    tree = LexborHTMLParser(source)
    if (depth := _depth(tree.root)) > MAX_DEPTH:
        raise ConvertError(Said("import.html-nested", name=name, depth=depth, most=MAX_DEPTH))
    _archive_notice(tree, name)
    _elsewhere(tree, notes)
    mounts = embeds.empty_mounts(tree)
    embeds.said(tree, notes)
    _frames(tree, name)
    frames.inline(tree, folder, notes)
    linked_css.inline(tree, folder, notes, saved=saved, address=address)
    page_url = _page_url(tree) or urls.captured_page(text[:256 * 1024])  # (a capture's toolbar, before it goes)
    _language_parts(tree, lang, notes)
    bilingual.one_column(tree, lang, notes)
    _mark_google_lists(tree)
    published_doc.tidy(tree, notes)
    _google_title(tree, notes)
    _word_title(tree, notes)
    office_html.tidy(tree, notes)
    gaps.close(tree, lang)  # (before the scripts, comments and icons go: "year <script>…</script>.")
    _drop_comments(tree, notes)
    _aria_headings(tree, notes)
    _number_beside_title(tree, notes)
    confluence.tidy(tree, notes)
    sharepoint.tidy(tree, notes)
    _contents_boxes(tree, notes)
    _shadow_roots(tree, notes)
    _isolated_directions(tree, notes)
    printed_lines.join(tree, notes, lang=lang)
    visual_order.reorder(tree, notes)
    cookie_grids.tables(tree, notes)
    _styled_text(tree, notes)
    if labelled := heading_counters.number_items(tree):
        for listing in labelled:
            if listing.tag == "ol":
                _retag(listing, "ul")  # (its items start with their labels: Markdown would number them 1., 2.)
        notes.add(Said("convert.css-counters/lists", count=len(labelled)))
    numbered = heading_counters.number_headings(tree)
    if numbered:
        notes.add(Said("convert.css-counters/headings", count=numbered))
    _drop_inert(tree, notes)
    _print_links(tree, notes)
    _top_links(tree, notes)
    _script_links(tree, notes)
    _feedback(tree, notes)
    pagers.left_out(tree, notes)
    relative_times.written(tree, notes)
    responsive.copies(tree, notes)
    _menu_labels(tree, notes)
    _restore_links(tree, page_url, notes)
    protected_emails.reveal(tree, notes)
    content = main_text.main_content(tree, notes)
    main_text.said_outside(tree, content, notes)
    if content is not None and content.css_first("h1") is None and not any(
            not main_text.inside(h, main_text.SITE_CHROME) and not _logo(h) for h in tree.css("h1")):
        content = lone_top_heading(content, notes)
    markup = content.html or "" if content is not None else ""
    # (the data a template's `{% assign policy = site.data.privacy %}` names, read where the page wrote it)
    if (only := templates.output_only(content.text() if content is not None else "", decoded)) is not None:
        expression, named = only
        raise ConvertError(Said("import.template-only/data" if named else "import.template-only", name=name,
                                expression=expression, data=named))
    heading = content.css_first("h1") if content is not None else None
    if heading is None or content is not None and len(content.css("h1")) > 1:
        # (or where the text's <h1>s are its sections, as a Confluence page's often are: its title above them, which
        # was lost, the page refused for having none: adoption 29 of session 44)
        own = {h.mem_id for h in content.css("h1")} if content is not None else set()
        outside = [h for h in tree.css("h1") if not main_text.inside(h, main_text.SITE_CHROME) and not _logo(h)
                   and h.mem_id not in own]
        if len(outside) == 1:
            heading = outside[0]
            markup = (heading.html or "") + markup
            notes.add(Said("convert.title-outside-main"))
    body = google_ids.heading_ids(html_to_markdown(markup, notes), notes)
    body = neutralise.neutralise(body, notes)
    body = scraped.cleaned(body, notes, markdown=True)  # a site builder's `top of page`, a stale copy of sections
    body = contents.unsectioned(body, notes)  # a table of contents under a heading (Termly's)
    meta = {}
    top = re.search(r"(?m)^# (.+?)(?: \{#[^}]*\})?$", body)
    if heading is not None and (title := _words(heading)) and top is not None:
        # (none where the page's <h1>s were its sections: to_markdown made them ##; the line above them, where
        # to_markdown made it the title)
        meta["title"] = title if _letters(top.group(1)) == _letters(title) else _plain(top.group(1))
    elif generated.get("title") and not re.search(r"(?m)^# ", body):
        meta["title"] = generated["title"]  # (the generator's layout showed it: `<h1>{{ page.title }}</h1>`)
    return Converted(body, meta, notes.sentences(), where=notes.where, lang=_declared_lang(tree, content),
                     addresses=addresses, embeds=mounts, page_url=page_url or "")


# The encodings of the WHATWG Encoding Standard, as Python names them: a page declaring another (UTF-7, UTF-32,
# a Python-only codec) is read as browsers read it, as UTF-8.
def _depth(root: LexborNode | None) -> int:
    """How deep the tree's elements nest, counted without recursion (a page may nest them thousands deep)."""
    deepest, stack = 0, [(root, 0)] if root is not None else []
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            if child.tag and not child.tag.startswith("-"):
                stack.append((child, depth + 1))
            child = child.next
    return deepest


# The codec that decodes a page as a browser does, by the name the WHATWG Encoding standard gives its label (read by
# webencodings): a page labelled Shift_JIS is Windows-31J to a browser, with the NEC and IBM characters Japanese pages
# use (①, ㈱, 髙), EUC-KR is Windows-949, GB2312 and GBK are GB18030, Big5 has HKSCS, ISO-8859-9 is Windows-1254
# and TIS-620 Windows-874. Python's codecs of those names are the strict standards: they turned such a page's words
# into “\ufffd” (adoption hunt 29).
_AS_BROWSERS_READ = {"shift_jis": "cp932", "euc-kr": "cp949", "gbk": "gb18030", "gb18030": "gb18030",
                     "big5": "big5hkscs", "windows-874": "cp874", "iso-8859-8-i": "iso8859-8", "euc-jp": "euc_jp",
                     "iso-2022-jp": "iso2022_jp", "ibm866": "cp866", "macintosh": "mac-roman",
                     "x-mac-cyrillic": "mac-cyrillic"}


def decode(data: bytes, notes: Notes) -> str:
    """The page's text: by its byte order mark, else its <meta charset> (or its XML declaration's encoding) as browsers
    read it, else UTF-8, else Windows-1252."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(codec, "replace")
    if without := utf16.codec_without_bom(data):  # (adoption hunt 34: its markup was read as text, a NUL each other)
        notes.add(Said("convert.charset/utf16"))
        return data.decode(without, "replace")
    declared = _CHARSET.search(data[:4096]) or _XML_ENCODING.match(data[:1024])
    codec = "utf-8"
    if declared:
        label = declared.group(1).decode("ascii")
        encoding = webencodings.lookup(label)
        if encoding is None or encoding.name in ("replacement", "x-user-defined"):
            try:
                codecs.lookup(label)
                notes.add(Said("convert.charset/unread", label=label))
            except LookupError:
                notes.add(Said("convert.charset/unknown", label=label))
        elif not encoding.name.startswith("utf-16"):  # a page cannot declare UTF-16 in itself: browsers read UTF-8
            codec = _AS_BROWSERS_READ.get(encoding.name, encoding.codec_info.name)
    if codec != "utf-8" and not data.isascii():
        # A page whose bytes are UTF-8 under a label of another character set (a theme's `<meta charset=iso-8859-1>`
        # left in a UTF-8 site): its server said UTF-8 in its header, which browsers read before the page's label,
        # and readers read its words; read by its label, "confidentialité" was imported "confidentialitÃ©", unsaid
        # (adoption hunt 44). Words of another character set are not UTF-8's bytes but by chance (`Ã©`).
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            notes.add(Said("convert.charset/utf8", label=label))
            return text
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if codec == "utf-8":
            text, mixed = mixed_bytes.read(data)
            notes.add(Said("convert.charset/mixed", byte=exc.start, line=data[:exc.start].count(b"\n") + 1)
                      if mixed else Said("convert.charset/not-utf8", byte=exc.start))
            return text
        notes.add(Said("convert.charset/undecodable", codec=codec, byte=exc.start))
        return data.decode(codec, "replace")


def _base(code: str) -> str:
    return code.replace("_", "-").split("-")[0].strip().lower()


def _language_parts(tree: LexborHTMLParser, lang: str, notes: Notes) -> None:
    """A page holding its text in several languages, each part marked (`<div lang="en">` under `<html lang="de">`, as
    Swiss and bilingual sites publish it), imported as `lang`: the part in that language only, the others left out
    and said (adoption hunt 29: the English part was imported into the German text, its sections numbered twice).
    Only parts holding a heading, and a quarter of the page's words, count: a word marked as English in a German
    sentence is the sentence's, and so is an English passage the German text quotes."""
    body = tree.body
    if not lang or body is None:
        return
    heads = "h1, h2, h3, h4, h5, h6"
    chrome = {h.mem_id for node in body.css(_CHROME) for h in node.css(heads)}
    text_headings = {h.mem_id for h in body.css(heads)} - chrome  # (a site's logo in <h1>, a footer's headings)
    # the body itself, or an element around every heading of the text, is the page's language, not a part of it
    # (Word's `<body lang=FR>` is its proofing language, whatever the text's; a template's `<main lang="fr">` around
    # an English text: adoption hunt 34)
    # (not a table's cell, nor a part inside one: a table setting the text side by side, each cell marked, is
    # bilingual.one_column's; its cells holding a heading were read as the parts, the paragraphs beside them lost)
    marked = [node for node in body.css("[lang]") if node.mem_id != body.mem_id and not _in_cell(node)
              and (held := {h.mem_id for h in node.css(heads)}) and not text_headings <= held]
    nested = {deeper.mem_id for node in marked for deeper in node.css("[lang]") if deeper.mem_id != node.mem_id}
    parts = [node for node in marked if node.mem_id not in nested]
    mine, page = _base(lang), _base(_declared_lang(tree, None))
    own = [node for node in parts if _base(node.attributes.get("lang") or "") == mine]
    others = [node for node in parts if _base(node.attributes.get("lang") or "") not in (mine, "")]
    if own and page != mine:  # a page in another language, its part in this one marked: that part is the text
        title = body.css_first("h1")
        # (a title above the parts, not one of another language's part: `<div lang="fr"><h1>Politique…` before `<div
        # lang="en"><h1>Privacy Policy`, the English text was titled in French, its own title a section: adopt40)
        inside = {h.mem_id for part in parts for h in part.css("h1")}
        kept = (title.html or "" if title is not None and title.mem_id not in inside else "") + \
            "".join(part.html or "" for part in own)
        notes.add(Said("convert.language-part", page=page, lang=lang) if page else
                  Said("convert.language-part/other", lang=lang))
        body.inner_html = f"<main>{kept}</main>"
        root = tree.css_first("html")
        if root is not None:  # the text read is in that language: no "the page says it is written in …"
            root.attrs["lang"] = own[0].attributes.get("lang") or lang
    elif others and (own or page in (mine, "")):
        total = len(body.text(deep=True, separator=" ").split())
        for part in others:
            if len(part.text(deep=True, separator=" ").split()) * 4 < total:
                continue  # a passage quoted in its language (a notice in English in a German text), not a translation
            code = part.attributes.get("lang") or ""
            words = " ".join(part.text(deep=True, separator=" ").split())
            notes.add(Said("convert.language-left-out", code=code, words=words[:60], count=len(words.split()),
                           base=_base(code)))
            part.decompose()


_CHROME = "header, footer, nav, aside, [role=banner], [role=contentinfo], [role=navigation]"


def _in_cell(node: LexborNode) -> bool:
    """`node` is a table's cell, or inside one."""
    at: LexborNode | None = node
    while at is not None:
        if at.tag in ("td", "th"):
            return True
        at = at.parent
    return False


def _declared_lang(tree: LexborHTMLParser, content: LexborNode | None) -> str:
    """The language the page says its text is in: its main content's `lang`, else the page's (`<html lang>`)."""
    for node in (content, tree.css_first("html")):
        if node is not None:
            said = (node.attributes.get("lang") or node.attributes.get("xml:lang") or "").strip()
            if said:
                return said
    return ""


def _logo(heading: LexborNode) -> bool:
    """A site's logo set as an <h1>: all its text is one link (to the home page)."""
    links = heading.css("a")
    text = " ".join(heading.text(deep=True).split())
    return len(links) == 1 and " ".join(links[0].text(deep=True).split()) == text


def _page_url(tree: LexborHTMLParser) -> str | None:
    """The page's own address, when it says it (canonical link, og:url), as originally published."""
    for selector, attribute in (("link[rel~=canonical]", "href"), ("meta[property='og:url']", "content")):
        node = tree.css_first(selector)
        value = (node.attributes.get(attribute) or "").strip() if node is not None else ""
        if value:
            archived = _ARCHIVED.match(value)
            value = safety.as_followed(_original(archived.group(1)) if archived else value)  # (as a browser reads it)
            if re.match(r"(?i)https?://", value):
                return value
    return None


def _letters(words: str) -> str:
    return re.sub(r"[\W_]", "", words)


def _plain(line: str) -> str:
    """A Markdown heading's words without its escapes and emphasis."""
    return " ".join(re.sub(r"\\(.)|[*_]+", lambda found: found.group(1) or "", line).split())


def _words(heading: LexborNode) -> str:
    """A heading's words as a reader sees them: a line break between two is a space (`Privacy<br>Policy` was the
    title “PrivacyPolicy”, the page's `# Privacy Policy`)."""
    copy = LexborHTMLParser(heading.html or "")
    for node in copy.css("br"):
        node.replace_with(" ")
    return " ".join((copy.body.text(deep=True) if copy.body is not None else "").split())


def _original(url: str) -> str:
    """The address an archive's copy of a link points to (an e-mail address's too: `…/o/Xy7Qz/mailto:…`, as
    archive.today and the Wayback Machine's older copies write it), `http://` before a host written alone."""
    return url if re.match(r"(?i)(?:https?://|mailto:|tel:)", url) else "http://" + url.lstrip("/")


# A Google Docs export: each level of a list is a list element of its own, `class="lst-kix_<id>-<level>"`, its
# items' labels drawn by the page's CSS (`.lst-kix_abc-1>li:before{content:"" counter(lst-ctn-kix_abc-1,
# lower-latin) ") "}`).
_GOOGLE_LIST = re.compile(r"\blst-kix_([\w-]+?)-(\d+)\b")
_GOOGLE_LABEL = re.compile(r"\.lst-kix_([\w-]+?)-(\d+)\s*>\s*li:before\s*\{[^}]*?content:\s*([^;}]*)")
# Where the export starts a level's count again: `ol.lst-kix_q1-1.start{counter-reset:lst-ctn-kix_q1-1 0}`
_GOOGLE_RESET = re.compile(r"ol\.lst-kix_([\w-]+?)-(\d+)\.start\s*\{[^}]*?counter-reset:\s*lst-ctn-kix_\1-\2\s+(-?\d+)")


def _mark_google_lists(tree: LexborHTMLParser) -> None:
    """Each list of a Google Docs export marked with its list, level and label (the CSS content that draws
    it), read before the styles go: to_markdown nests the levels and writes the labels. Each item is marked with
    the counters its label shows, counted as the CSS counts them, in the page's order: an item of level 2 under a
    level 1 item that became a heading (`2.1.` under `2. Datos que tratamos`) is nested in nothing to count from."""
    lists = tree.css("ol[class*=lst-kix_], ul[class*=lst-kix_]")
    if not lists:
        return
    css = "".join(node.text(deep=True) for node in tree.css("style"))
    labels = {(found.group(1), found.group(2)): found.group(3).strip() for found in _GOOGLE_LABEL.finditer(css)}
    resets = {(found.group(1), int(found.group(2))): int(found.group(3)) for found in _GOOGLE_RESET.finditer(css)}
    counts: dict[tuple[str, int], int] = {}
    for node in lists:
        found = _GOOGLE_LIST.search(node.attributes.get("class") or "")
        if found:
            node.attrs["data-list"] = found.group(1)
            node.attrs["data-level"] = found.group(2)
            node.attrs["data-label"] = labels.get((found.group(1), found.group(2)), "")
            name, level = found.group(1), int(found.group(2))
            if "start" in (node.attributes.get("class") or "").split():
                counts[(name, level)] = resets.get((name, level), 0)
            for item in node.iter():
                if item.tag == "li":
                    counts[(name, level)] = counts.get((name, level), 0) + 1
                    item.attrs[list_passes.GOOGLE_COUNTERS] = ",".join(str(counts.get((name, n), 0))
                                                                       for n in range(level + 1))


def _google_title(tree: LexborHTMLParser, notes: Notes) -> None:
    """A Google Docs export's Title paragraph (`<p class="title">` in `<body class="doc-content">`, or in the
    `<div class="doc-content">` of a published document) is the policy's title, and its headings one level below it
    (Heading 1 is a section, `##`), as Word's Title is read."""
    body = tree.body
    document = body if body is not None and "doc-content" in (body.attributes.get("class") or "").split() \
        else tree.css_first(published_doc.DOCUMENT)  # an export's body; a published document's <div>
    if document is None:
        return
    title = next((p for p in document.css("p") if "title" in (p.attributes.get("class") or "").split()), None)
    if title is None:
        return
    _title_above_headings(tree, title)
    notes.add(Said("convert.google-docs-title"))


def _title_above_headings(tree: LexborHTMLParser, title: LexborNode) -> None:
    """`title` made the page's <h1>, every heading one level below where it was."""
    for level in range(5, 0, -1):
        for heading in tree.css(f"h{level}"):
            _retag(heading, f"h{level + 1}")
    _retag(title, "h1")


def _word_title(tree: LexborHTMLParser, notes: Notes) -> None:
    """A page Word saved (File › Save as › Web Page, or pasted into a CMS that keeps Word's classes): its Title
    paragraph (`<p class=MsoTitle>`) is the policy's title and its headings one level below it (Heading 1, which
    Word writes as <h1>, is a section, `##`), as the .docx path reads Word's Title style."""
    title = tree.css_first("p.MsoTitle")
    if title is None or not title.text(deep=True).strip():
        return
    _title_above_headings(tree, title)
    notes.add(Said("convert.word-title-paragraph"))


# Reviewers' comments in an export: Google Docs marks each in the text (`<sup><a href="#cmnt1" id="cmnt_ref1">[a]</a>
# </sup>`) and writes it at the end (`<div><p><a href="#cmnt_ref1" id="cmnt1">[a]</a>…</p></div>`); Word's "Save as Web
# Page" marks it with an anchor of class msocomanchor and lists them in `<div style='mso-element:comment-list'>`.
_COMMENT_MARKS = "a[id^=cmnt_ref], a.msocomanchor, .MsoCommentReference, .msocomoff"
_COMMENT_TEXTS = "[style*='mso-element:comment-list'], [style*='mso-element: comment-list'], .msocomtxt"


def _drop_comments(tree: LexborHTMLParser, notes: Notes) -> None:
    """The reviewers' comments of an exported document, and their marks in its text: a draft's talk, never the
    policy's words."""
    comments = 0
    for anchor in tree.css("a[id^=cmnt]"):
        if not re.fullmatch(r"cmnt\d+", anchor.attributes.get("id") or ""):
            continue
        comments += 1
        paragraph = anchor.parent
        while paragraph is not None and paragraph.tag not in ("p", "div", "body"):
            paragraph = paragraph.parent
        holder = paragraph.parent if paragraph is not None and paragraph.tag == "p" else paragraph
        # The comment's own <div> (a comment may have several paragraphs); never one holding the text itself,
        # which has the comments' marks in it, headings, or other comments.
        if holder is not None and holder.tag == "div" and len(holder.css("a[id^=cmnt]")) == 1 \
                and not holder.css_first("a[id^=cmnt_ref], h1, h2, h3, h4, h5, h6"):
            holder.decompose()
        elif paragraph is not None and paragraph.tag == "p":
            paragraph.decompose()
        else:
            anchor.decompose()
    comments += len(main_text.decompose(tree.css(_COMMENT_TEXTS)))
    for mark in tree.css(_COMMENT_MARKS):
        parent = mark.parent
        mark.decompose()
        if parent is not None and parent.tag == "sup" and not parent.text(deep=True).strip():
            parent.decompose()
    if comments:
        notes.add(Said("convert.exported-comments", count=comments))


_ISOLATE = {"ltr": "\u2066", "rtl": "\u2067", "auto": "\u2068"}
_STRONG = {"ltr": re.compile(r"[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\d]"),  # (digits: a number's order)
           "rtl": re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")}


def _isolated_directions(tree: LexborHTMLParser, notes: Notes) -> None:
    """Words a page sets apart in the other direction than its own (`<span dir="ltr">+966 11 123 4567</span>` in an
    Arabic text, `<bdi>`) kept apart by Unicode's isolates (U+2066/U+2067/U+2068 … U+2069), which the site keeps and
    the checks read: the attribute went, and a phone number's groups, an address's parts, were shown in the opposite
    order in the right-to-left paragraph (adoption hunt 26). Inline elements holding words of that direction only."""
    from policysite.characters import right_to_left

    root = tree.css_first("html")
    body = tree.body
    said = next(((node.attributes.get("dir") or "").strip().lower() for node in (body, root)
                 if node is not None and (node.attributes.get("dir") or "").strip()), "")
    lang = (root.attributes.get("lang") or "") if root is not None else ""
    page = said if said in ("ltr", "rtl") else "rtl" if right_to_left(lang) else "ltr"
    kept = []
    for node in tree.css("[dir], bdi"):
        if node.tag in ("html", "body", "bdo") or node.tag not in INLINE:
            continue
        way = (node.attributes.get("dir") or "auto").strip().lower()
        words = node.text(deep=True)
        other = "rtl" if page == "ltr" else "ltr"
        if way not in _ISOLATE or way == page or node.child is None or not _STRONG[other].search(words):
            continue  # (an element's `dir` is an isolate to a browser: `<span dir=ltr>` whatever its words)
        node.child.insert_before(_ISOLATE[way])
        node.insert_child("\u2069")
        kept.append(" ".join(words.split()))
    if kept:
        notes.add(Said("convert.isolated", count=len(kept), passages=each_quoted(kept[:3])))


def _shadow_roots(tree: LexborHTMLParser, notes: Notes) -> None:
    """Each element drawn through a shadow root written in the page (`<template shadowrootmode="open">`, as pages built
    by components save): a browser shows the template's content, its `<slot>`s filled with the element's own children,
    and not those children otherwise. The conversion left the template out and kept the children (safety hunt 44: the
    page showed "Nous ne vendons pas vos données.", the import "Nous vendons vos données."); the element now holds
    what is drawn, and it is said."""
    hosts = 0
    for template in reversed(tree.css("template[shadowrootmode]")):
        host = template.parent
        content = re.match(r"(?is)<template\b[^>]*>(.*)</template>\s*$", template.html or "")
        if host is None or content is None or host.tag in ("html", "body"):
            continue
        template.decompose()
        light: dict[str, list[str]] = {"": []}  # slot name -> the host's children it draws
        for child in host.iter(include_text=True):
            name = (child.attributes.get("slot") or "") if child.tag and not child.tag.startswith("-") else ""
            light.setdefault(name, []).append(child.html or "")
        shadow = LexborHTMLParser(f"<body>{content.group(1)}</body>").body
        if shadow is None:
            continue
        for slot in shadow.css("slot"):
            filled = "".join(light.get(slot.attributes.get("name") or "", []))
            if filled.strip():  # (a slot given nothing draws its own content)
                slot.inner_html = filled
            slot.unwrap()
        host.inner_html = shadow.inner_html or ""
        hosts += 1
    if hosts:
        notes.add(Said("convert.shadow-roots", count=hosts))


def _styled_text(tree: LexborHTMLParser, notes: Notes) -> None:
    """Bold, italics and strikethrough drawn by the page's CSS (a Google Docs export's classes, an editor's style
    attributes) as the elements Markdown has for them."""
    if kept := css_marks.line_breaks(tree):
        notes.add(Said("convert.css-line-breaks", count=kept))
    if drawn := css_marks.generated(tree):
        notes.add(Said("convert.css-content", count=len(drawn), passages=each_quoted(drawn[:5], most=40),
                       more=" …" if len(drawn) > 5 else ""))
    if turned := css_marks.overridden(tree):
        written = [words for words in turned if not words.startswith("kept: ")]
        as_written = [words.removeprefix("kept: ") for words in turned if words.startswith("kept: ")]
        if written:
            notes.add(Said("convert.overridden", count=len(written), passages=each_quoted(written[:5], most=40)))
        if as_written:
            notes.add(Said("convert.overridden/kept", count=len(as_written),
                           passages=each_quoted(as_written[:5], most=40)))
    cell_spacing.mark(tree)  # (a cell's paragraphs a Google Docs export's `p{margin:0}` draws as lines)
    unwrapped = css_marks.unwrap(tree)
    made = css_marks.apply(tree)
    made.pop("u", 0)  # underlined: written in italics, and said, by to_markdown
    around = made.pop("around", 0)
    if unwrapped or around:
        notes.add(Said("convert.marks-undone"))
    if made:
        notes.add(Said("convert.css-marks", marks=[Said(f"convert.css-mark/{tag}", count=count)
                                                   for tag, count in sorted(made.items())]))


_CRAWL_NOTICE = re.compile(r"Got an HTTP (\d{3}) response at crawl time", re.I)
# A site's page for an address it has no page for (or an error of its server: 403, 500, 503), as its title or heading
# says it in the common languages.
_NOT_FOUND = re.compile(r"(?<![\d$.,])(?:403|404|410|500|502|503)(?![\d(.,])|page not found|\bnot found\b|"
                        r"can(?:'|’|no)t be found|\bforbidden\b|access denied|bad gateway|service unavailable|"
                        r"internal server error|"
                        r"nicht gefunden|introuvable|non trouvée|no encontrad[ao]|non trovat[ao]|niet gevonden|"
                        r"não encontrad[ao]|nie znaleziono|hittades inte|ikke fundet|ikke funnet|nenalezen[ao]|"
                        r"ei löytynyt", re.I)


def _frames(tree: LexborHTMLParser, name: str) -> None:
    """Refuses a page of frames (`<frameset>`, as older sites laid out a menu beside the text): its words are in the
    pages its frames show, each a file of its own, and it was refused as holding no text, an empty file or one of images
    or scripts (adoption hunt 43). The refusal names the frames' pages to save and import instead."""
    if tree.css_first("frameset") is None or (tree.body is not None and tree.body.text(deep=True).strip()):
        return
    pages = [str(frame.attributes.get("src") or "").strip() for frame in tree.css("frame")]
    shown = ", ".join(page for page in dict.fromkeys(pages) if page)[:300]
    raise ConvertError(Said("import.html-frames" if shown else "import.html-frames/unnamed", name=name, pages=shown))


def _elsewhere(tree: LexborHTMLParser, notes: Notes) -> None:
    """Said where the page sent its readers on to another address (`<meta http-equiv="refresh" content="0;
    url=…">`: at once, they read that page, not this one's words) or read its links and pictures against one
    (`<base href="https://…/">`: its relative links led there, not to the page's site); each dropped unsaid before
    (safety61 hunt)."""
    for meta in tree.css("meta[http-equiv]"):
        if str(meta.attributes.get("http-equiv") or "").strip().lower() != "refresh":
            continue
        content = str(meta.attributes.get("content") or "")
        target = safety.refresh_target(content).strip().strip("'\"")
        if target:
            # (the browser waits the whole seconds its digits say, what follows a full stop unread: HTML's
            # shared declarative refresh steps)
            seconds = re.match(r"\s*(\d*)", content)
            notes.add(Said("convert.meta-refresh", url=target[:80],
                           seconds=int(seconds.group(1)) if seconds and seconds.group(1) else 0))
    base = tree.css_first("base[href]")
    href = str(base.attributes.get("href") or "").strip() if base is not None else ""
    if re.match(r"(?i)(?:[a-z][a-z0-9+.-]*:)?[\\/]{2}[^\\/]", href):  # (one with a host: `<base href="/">`, an
        # application's, keeps the page's)
        notes.add(Said("convert.base-href", url=href[:80]))


def _archive_notice(tree: LexborHTMLParser, name: str) -> None:
    """Refuses the Wayback Machine's own page instead of the one it archived: its notice that the address answered
    with a redirect (`Got an HTTP 302 response at crawl time`, `Redirecting to…` the page holding the text), or that
    it holds no copy: saved as the version, it was imported as the policy's text, titled by the notice;
    Cloudflare's check of the visitor ("Just a moment…", "Checking if the site connection is secure") that a tool
    saving the page got instead of it; and a site's page saying an address has none ("Page not found", 404), short."""
    if tree.css_first("#challenge-form, #challenge-running, #challenge-stage, #cf-challenge-running") is not None:
        heading = tree.css_first("title")
        title = " ".join((heading.text() if heading is not None else "").split())
        raise ConvertError(Said("import.html-cloudflare", name=name, title=title[:40] or "Just a moment…"))
    heading = tree.css_first("title")
    shown = " ".join(heading.text().split()) if heading is not None else ""
    first = tree.css_first("h1")
    said = " ".join(first.text(deep=True).split()) if first is not None else ""
    body = tree.body
    if _NOT_FOUND.search(shown) or _NOT_FOUND.search(said):
        count = len((body.text(deep=True, separator=" ") if body is not None else "").split())
        if count < 150:  # a site's page for an address it has no page for (the policy moved, a typo)
            raise ConvertError(Said("import.html-not-found", name=name, said=(said or shown)[:60]))
    error = tree.css_first("#positionHome #error, #error")
    if error is None:
        return
    words = " ".join(error.text(deep=True, separator=" ").split())
    found = _CRAWL_NOTICE.search(words)
    target = tree.css_first("#error .target")
    if found is not None:
        where = " ".join(target.text(deep=True).split()) if target is not None else ""
        raise ConvertError(Said("import.html-archive-redirect/at" if where else "import.html-archive-redirect",
                                name=name, status=found.group(1), where=where[:200]))
    if "Wayback Machine" in words:  # "Hrm. The Wayback Machine has not archived that URL."
        raise ConvertError(Said("import.html-archive-page", name=name, words=words[:80]))


def lone_top_heading(content: LexborNode, notes: Notes, *, word: bool = False) -> LexborNode:
    """A page without <h1> whose first heading is alone at its level above all the others (`<h2>` title over `<h3>`
    sections, a Bootstrap card's header): that heading is the title (#), the others each one level up (##). `word`:
    the page is a Word document's, its headings Word's outline levels or heading styles (said so)."""
    headings = content.css("h2, h3, h4, h5, h6")
    if len(headings) == 1 and _words(content).startswith(_words(headings[0])) and _words(headings[0]):
        # the page's one heading, above all its words (Weebly's `<h2 class="wsite-content-title">`): its title
        _retag(headings[0], "h1")
        notes.add(Said("convert.page-one-heading-title", tag=headings[0].tag))
        return content
    if len(headings) < 2:
        return content
    levels = [int(str(h.tag)[1]) for h in headings]
    top = levels[0]
    if levels.count(top) != 1 or min(levels[1:]) <= top:
        return content
    shift = top - 1
    for heading, level in zip(headings, levels):
        _retag(heading, f"h{level - shift}")
    notes.add(Said("convert.word-first-heading-title" if word else "convert.page-first-heading-title", top=top,
                   shift=shift))
    return content


# A heading's number in an element of its own right beside its title's (`<h2><span class="num">1</span><span>Who we
# are</span></h2>`, as Webflow's and page builders' designs write them), set apart by the page's style only.
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.?")
_ORDINAL_END = re.compile(r"(?:st|nd|rd|th|er|re|e|ème|ième|º|ª)(?![^\W\d_])", re.I)  # `<sup>3</sup><span>rd</span>`


def _number_beside_title(tree: LexborHTMLParser, notes: Notes) -> None:
    """A space between a heading's number and its title where each is an element of its own and nothing parts them
    but the page's style (session 43, adopt28: `## 1Who we are`, a heading of no number and a word the reader never
    saw), said."""
    found = []
    for heading in tree.css("h1, h2, h3, h4, h5, h6"):
        for child in heading.iter(include_text=True):
            after = child.next
            if child.tag != "-text" and _SECTION_NUMBER.fullmatch(child.text(deep=True).strip()) and \
                    after is not None and after.tag != "-text" and \
                    re.match(r"[^\W\d_]", after.text(deep=True).lstrip()) and \
                    not _ORDINAL_END.match(after.text(deep=True)):
                child.insert_after(" ")
                found.append(_words(heading))
                break
    if found:
        notes.add(Said("convert.number-beside-title", count=len(found), shown=quoted(found[:3])))


def _aria_headings(tree: LexborHTMLParser, notes: Notes) -> None:
    """An element that says it is a heading (`<div role="heading" aria-level="2">`, as script-built pages write
    them) is the heading of its level, as browsers and screen readers take it (a level of 2 without `aria-level`)."""
    found = [node for node in tree.css("[role=heading]") if node.tag not in HEADING_TAGS]
    for node in found:
        level = (node.attributes.get("aria-level") or "").strip()
        _retag(node, f"h{min(6, int(level)) if level.isdigit() and int(level) > 0 else 2}")
    if found:
        notes.add(Said("convert.role-headings", count=len(found)))


HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _retag(node: LexborNode, tag: str) -> None:
    """`node` as the element `tag`, with its attributes and content."""
    attributes = "".join(f' {name}="{html.escape(value or "", quote=True)}"' for name, value in node.attributes.items())
    inner = "".join(child.html or "" for child in node.iter(include_text=True))
    element = LexborHTMLParser(f"<{tag}{attributes}>{inner}</{tag}>").css_first(tag)
    if element is not None:
        node.replace_with(element)


# A link or button that prints the page (`javascript:window.print()`, `onclick="window.print()"`), or closes the window
# a print version opened in (`javascript:window.close()`, `self.close()`): the old site's tool, whose words ("Print
# this page", "Zamknij okno") were kept as a line of the text once their target was removed (adopt48: above the title,
# with the `|` between them).
_PRINTS = re.compile(r"(?:^|[^\w.])(?:(?:window|self|top)\.)?(?:print|close)\(\s*\)")
_BETWEEN_TOOLS = re.compile(r"[\s|·•/–—-]*")


def _print_links(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leaves out the links and buttons that print the page or close its window, said with their words, and the element
    holding them where nothing but the marks between them is left in it. One within a sentence keeps its words, as
    text: they are the sentence's."""
    found = [node for node in tree.css("a, button, [role=button]")
             if _PRINTS.search(str(node.attributes.get("onclick") or "")) or
             str(node.attributes.get("href") or "").strip().lower().startswith("javascript:")
             and _PRINTS.search(str(node.attributes.get("href")))]
    tools = {node.mem_id for node in found}
    for node in [node for node in found if node.tag == "a" and _in_sentence(node, tools)]:
        found.remove(node)
        node.unwrap()
    said = [" ".join(node.text(deep=True).split()) for node in found]
    parents = [node.parent for node in found]
    if main_text.decompose(found):
        notes.add(Said("convert.print-links", count=len(found), shown=quoted(said[:3])))
        held = {parent.mem_id: parent for parent in parents if parent is not None}
        bars = [parent for parent in held.values() if parent.tag not in ("body", "html", "main", "article")
                and _BETWEEN_TOOLS.fullmatch(parent.text(deep=True)) and not parent.css("img, table, input")]
        main_text.decompose(bars)


def _in_sentence(node: LexborNode, tools: set[int]) -> bool:
    """Whether `node`'s parent holds words besides it and the other tools `tools` (their ids): a sentence it is in."""
    parent = node.parent
    if parent is None:
        return False
    rest = "".join(child.text(deep=True) for child in parent.iter(include_text=True) if child.mem_id not in tools)
    return bool(re.search(r"[^\W_]", rest))


def _top_links(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leaves out the links back to the top of the page standing alone under each section ("↑ Back to top", "Nach
    oben", "Haut de page": `#`, `#top`, or the id of an element holding them or of the page's title), said with their
    words: the old page's navigation, imported as a line of the text after every section (adoption hunt 43). A link to
    the top within a sentence stays."""
    title = tree.css_first("h1[id]")
    tops = {"", "top"} | ({str(title.attributes.get("id"))} if title is not None else set())
    early = _before_sections(tree)
    found, said, empty, ahead = [], [], [], []
    for link in tree.css("a[href^='#']"):
        target = str(link.attributes.get("href"))[1:]
        holders, heading = set(), False
        parent = link.parent
        while parent is not None:
            if parent.attributes.get("id"):
                holders.add(str(parent.attributes.get("id")))
            heading = heading or parent.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
            parent = parent.parent
        if target.lower() not in tops and target not in holders and target not in early or heading:
            continue  # (a link inside a heading is its own ¶ link, GitBook's, Google Sites': to_markdown's to leave)
        words = _words(link)
        alone = link
        while (parent := alone.parent) is not None and parent.tag in _AROUND_LINK \
                and not parent.css_first("h1, h2, h3, h4, h5, h6") \
                and re.sub(r"[\W_]+", "", _words(parent)) == re.sub(r"[\W_]+", "", words):
            alone = parent
        top = target.lower() in tops or target in holders
        if not top and not _ends_section(alone):
            continue  # (a link to a place above, not standing at a section's end: the text's own)
        if alone.tag in ("p", "div") or alone.tag == "li" and target and top:
            found.append(alone)
            said.append(words or "an icon")
            empty.append(not target)
            ahead.append("" if top else target)
    # a link to `#` alone may be a script's (`Cookie settings`, a document it opened: its words the text's) where the
    # page does not write it again and again, as it writes its way back to the top under each section; so may a link
    # to a place above the first section (Termly's "Back to top" under each, to its `#toc`)
    chosen = [n for n in range(len(found)) if (not empty[n] or said.count(said[n]) >= 2)
              and (not ahead[n] or ahead.count(ahead[n]) >= 2)]
    found, said = [found[n] for n in chosen], [said[n] for n in chosen]
    if main_text.decompose(found):
        shown = "”, “".join(dict.fromkeys(said))
        notes.add(Said("convert.top-links", count=len(found), words=shown[:80]))


def _ends_section(node: LexborNode) -> bool:
    """Whether `node` is the last block of its section: a heading, or nothing, comes after it."""
    after = node.next
    while after is not None and after.tag == "-text" and not (after.text_content or "").strip():
        after = after.next
    return after is None or after.tag in ("h1", "h2", "h3", "h4", "h5", "h6")


def _before_sections(tree: LexborHTMLParser) -> set[str]:
    """The ids of the elements standing before the page's first section heading (`<h2>` … `<h6>`): its top, where a
    link back to them under each section leads."""
    found: set[str] = set()
    for node in tree.body.traverse() if tree.body is not None else ():
        if node.tag in ("h2", "h3", "h4", "h5", "h6"):
            return found
        if node.attributes.get("id"):
            found.add(str(node.attributes.get("id")))
    return set()  # (a page without sections has no top but its own)


# What a panel's control carries (an accordion's, a tab's): read by to_markdown as the panel's title.
_CONTROL = ("role", "aria-controls", "aria-expanded", "data-toggle", "data-bs-toggle", "data-target",
            "data-bs-target")


def _script_links(tree: LexborHTMLParser, notes: Notes) -> None:
    """Keeps as words, not linked, a link to `#` alone that is no panel's control: a consent manager's "Cookie
    settings", a "Do Not Sell or Share My Personal Information" opener, which the page's scripts ran (adoption hunt
    25: `[Ustawienia prywatności](#)` was published, a link leading to the top of the page), said."""
    said = []
    for link in tree.css("a[href]"):
        if str(link.attributes.get("href") or "").strip() not in ("#", "#!", "#0") or \
                any(name in link.attributes for name in _CONTROL) or not (words := _words(link)) or \
                re.search(r"(?i)display\s*:\s*none", link.attributes.get("style") or ""):
            continue  # (a link the page's style hid keeps the mark that says so)
        link.unwrap()
        said.append(words)
    if said:
        shown = "”, “".join(dict.fromkeys(said))
        notes.add(Said("convert.hash-links", count=len(said), words=shown[:80]))


_ANSWERS = "button, [role=button], input[type=button], input[type=submit], input[type=radio]"
_QUESTION_END = ("?", "؟", "？", "¿")


# The box of links to a page's headings a table of contents plugin writes inside the text (WordPress's Easy Table of
# Contents, Table of Contents Plus, LuckyWP's; Rank Math's, Yoast's, Spectra's, Kadence's blocks; Elementor's widget):
# the site draws its own, and its "Toggle" (hidden) and title were imported as the policy's (adoption hunt 26).
CONTENTS_BOXES = ("#ez-toc-container, #toc_container, .lwptoc, .wp-block-rank-math-toc-block, "
                  ".wp-block-yoast-seo-table-of-contents, .wp-block-uagb-table-of-contents, "
                  ".wp-block-kadence-tableofcontents, .elementor-widget-table-of-contents, "
                  ".otnotice-menu")  # (OneTrust's privacy notice: its menu of the sections, above the notice's title)


# A site's own table of contents component (Webflow's, Framer's, a theme's "On this page" column, Notion's block): named
# so by its class or id, `toc-wrapper`, `tableOfContents`, `page-toc`, `table_of_contents`
_TOC_NAMED = re.compile(r"(?:^|[\s_-])(?:toc|table[-_]?of[-_]?contents)(?:$|[\s_-])|tableOfContents|TableOfContents",
                        re.I)  # (Notion's export: `<nav class="table_of_contents">`)


def _a_toc(node: LexborNode) -> bool:
    """Whether `node`, named as a table of contents, holds only links to the page's own headings (two or more) and a
    short title ("On this page"): no words of the policy of its own."""
    named = " ".join(str(node.attributes.get(name) or "") for name in ("id", "class"))
    links = node.css("a[href]")
    if not _TOC_NAMED.search(named) or len(links) < 2 or any(
            not str(a.attributes.get("href") or "").startswith("#") for a in links):
        return False
    words = len(" ".join(node.text(deep=True, separator=" ").split()).split())
    return words - sum(len(a.text(deep=True, separator=" ").split()) for a in links) <= 6


def _contents_boxes(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leave out, and say, the boxes of a table of contents plugin or a site's own component: links to the page's
    headings, under a title."""
    boxes = [box for box in tree.css(CONTENTS_BOXES)
             if box.css_first("a[href^='#']") is not None and not box.css_first("p + p, h2 + p, h3 + p")]
    for node in tree.css("[id], [class]"):
        if _a_toc(node) and not any(box.mem_id == node.mem_id or main_text.within(node, box) for box in boxes):
            boxes.append(node)
    held = {str(node.attributes.get("id")) for box in boxes for node in [box, *box.css("[id]")]
            if node.attributes.get("id")}
    led = [link for link in tree.css("a[href^='#']") if str(link.attributes.get("href"))[1:] in held
           and not any(box.mem_id == link.mem_id or main_text.within(link, box) for box in boxes)]
    for box in boxes:
        words = " ".join(box.text(deep=True, separator=" ").split())
        notes.add(Said("convert.toc-box", words=words[:60]))
        box.decompose()
    for link in led:  # (the box stood at the top of the text; the site draws its own contents there)
        link.attrs["href"] = "#top"
    if led:
        notes.add(Said("convert.toc-box/links", count=len(led)))


def _feedback(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leaves out a page's feedback question ("Was this page helpful?", "War diese Seite hilfreich?") with its answer
    buttons (Yes, No, 👍), said: an element holding a short question and two or more short buttons, nothing else; its
    buttons were left out and its question imported as a line at the end of the policy (adoption hunt 43)."""
    found, said = [], []
    for node in tree.css("div, section, aside, form, fieldset"):
        answers = node.css(_ANSWERS)
        if len(answers) < 2 or node.css_first("h1, h2, h3, h4, h5, h6, a[href]:not([role=button]), ul, ol, table"):
            continue
        shown = [_words(answer) or str(answer.attributes.get("value") or "") for answer in answers]
        question = _words(node)
        for words in shown:
            question = question.replace(words, " ", 1) if words else question
        question = " ".join(question.split())
        if question.endswith(_QUESTION_END) and len(question.split()) <= 12 and \
                all(len(words.split()) <= 3 for words in shown):
            found.append(node)
            said.append(question)
    if main_text.decompose(found):
        asked = "”, “".join(dict.fromkeys(said))
        notes.add(Said("convert.feedback", words=asked))


# What holds a link standing alone: its paragraph, its box, its list item, and the emphasis around it.
_AROUND_LINK = frozenset(("p", "div", "li", "span", "em", "strong", "b", "i", "small"))


def _menu_labels(tree: LexborHTMLParser, notes: Notes) -> None:
    """Leaves out the label of a drop-down list (`<label for="menu">Jump to section</label><select id="menu">`, as
    OneTrust's notice draws its contents on a phone), said: the list goes with its options (to_markdown.DROPPED), and
    its label was left alone as a line of the text."""
    menus = {str(node.attributes.get("id")) for node in tree.css("select[id]")}
    found = [label for label in tree.css("label[for]") if str(label.attributes.get("for")) in menus]
    said = [" ".join(label.text(deep=True).split()) for label in found]
    if main_text.decompose(found):
        notes.add(Said("convert.drop-down-labels", count=len(found), labels=each_quoted(said[:3])))


def _drop_inert(tree: LexborHTMLParser, notes: Notes) -> None:
    """Scripts, styles, the web archive's toolbar (between its comments, and by id) and consent banners
    (`consent.banners`)."""
    root = tree.root
    if root is None:
        return
    toolbar = 0
    while toolbar < 10:  # each pass parses nothing again: it finds the next toolbar's opening comment
        begin = next((n for n in root.traverse(include_text=True) if n.is_comment_node
                      and "BEGIN WAYBACK TOOLBAR INSERT" in (n.comment_content or "")), None)
        if begin is None:
            break
        sibling = begin.next
        while sibling is not None and not (sibling.is_comment_node and
                                           "END WAYBACK TOOLBAR INSERT" in (sibling.comment_content or "")):
            following = sibling.next
            sibling.decompose()
            sibling = following
        begin.decompose()
        toolbar += 1
    if toolbar or main_text.decompose(tree.css(ARCHIVE_CHROME)):
        notes.add(Said("convert.archive-toolbar"))
    found = consent.banners(tree)
    said = [" ".join(banner.text(deep=True, separator=" ").split()) for banner in found]
    removed = {banner.mem_id for banner in main_text.decompose(found)}
    for banner, words in zip(found, said):
        if banner.mem_id in removed and words:
            notes.add(Said("convert.consent-banner", words=f"{words[:60]}{'…' if len(words) > 60 else ''}"))
    states = consent.visitor_state(tree)
    recorded = {node.mem_id: " ".join(node.text(deep=True, separator=" ").split()) for node in states}
    removed_states = [recorded[node.mem_id] for node in main_text.decompose(states)]
    if removed_states:
        notes.add(Said("convert.consent-state", words=each_quoted(removed_states[:3])))
    icons = [" ".join(node.text(deep=True).split()) for node in tree.css(ICONS)]
    if main_text.decompose(tree.css(ICONS)):
        drawn = " ".join(icon for icon in icons[:5] if icon)
        notes.add(Said("convert.page-icons", count=len(icons), drawn=drawn))
    for table in tree.css(PROPERTIES):
        words = " ".join(table.text(deep=True, separator=" ").split())
        table.decompose()
        shown = words if len(words) <= 60 else words[:60] + "…"
        notes.add(Said("convert.notion-properties", words=shown))
    _noscript_text(tree, notes)
    _noscript_words(tree, notes)
    counts: dict[str, int] = {}
    for node in tree.css(INERT):
        counts[node.tag or ""] = counts.get(node.tag or "", 0) + 1
    main_text.decompose(tree.css(INERT))
    for tag in ("script", "style", "noscript", "template"):
        if counts.get(tag):
            notes.add(Said("convert.removed-elements", count=counts[tag], tag=tag))


def _noscript_text(tree: LexborHTMLParser, notes: Notes) -> None:
    """A page whose only text is in `<noscript>` (a page built by scripts, saved from its source, with the text it gives
    readers without scripts): that text is read, and said; it was imported as nothing ("no text in it": adoption hunt
    44). A `<noscript>` asking to turn scripts on (a sentence, no blocks) is no policy, and stays left out."""
    body = tree.body
    if body is None:
        return
    inert = sum(len(node.text(deep=True, separator=" ").split()) for node in body.css(INERT)
                if not main_text.inside(node, INERT))
    if len(body.text(deep=True, separator=" ").split()) - inert > 0:
        return
    texts = [node for node in body.css("noscript") if len(node.css("p, h1, h2, h3, h4, h5, h6, li")) >= 3]
    for node in texts:
        node.unwrap()
    if texts:
        notes.add(Said("convert.noscript"))


def _noscript_words(tree: LexborHTMLParser, notes: Notes) -> None:
    """A `<noscript>` inside a sentence (`Our DPO: <script>document.write(…)</script><noscript>dpo [at] example [dot]
    com</noscript>, or by post.`: an address a script writes to hide it from harvesters, its words for readers
    without scripts beside it) keeps its words, as the saved page holds no others for that place, and said; it was
    removed with the scripts, the sentence read "Our DPO: , or by post." (adopt40). One standing alone (a request to
    turn scripts on) or holding no words (a tracking pixel's image) stays left out."""
    kept = []
    for node in tree.css("body noscript"):
        words = " ".join(node.text(deep=True, separator=" ").split())
        parent = node.parent
        if not words or parent is None or parent.tag in ("body", "html") or main_text.inside(node, INERT):
            continue
        beside = len(parent.text(deep=True, separator=" ").split()) - sum(
            len(inert.text(deep=True, separator=" ").split()) for inert in parent.css(INERT)
            if not main_text.inside(inert, "noscript"))
        if beside > 0 and node.css_first("p, div, h1, h2, h3, h4, h5, h6, ul, ol, table") is None:
            kept.append(words)
            node.unwrap()
    if kept:
        notes.add(Said("convert.noscript-words", count=len(kept), words=clipped("; ".join(kept), 80)))


def _restore_links(tree: LexborHTMLParser, page_url: str | None, notes: Notes) -> None:
    """Links into the web archive's copy point to the original address again; a link to this very page
    with a #fragment becomes the in-page link it is."""
    restored = local = unwrapped = 0
    for node in tree.css("[href], [src]"):
        for attribute in ("href", "src"):
            value = (node.attributes.get(attribute) or "").strip()
            archived = _ARCHIVED.match(value)
            if archived:
                value = _original(archived.group(1))
                node.attrs[attribute] = value
                restored += 1
            redirect = _REDIRECT.match(value) if attribute == "href" else None
            target = parse_qs(urlsplit(value).query).get("q", [""])[0] if redirect else ""
            if target and re.match(r"(?i)(https?:|mailto:)", target):
                value = target  # Google Docs sends each link through google.com/url?q=<the address>
                node.attrs[attribute] = value
                unwrapped += 1
            if attribute == "href" and page_url and "#" in value and not value.startswith("#"):
                absolute = urljoin(page_url, value)
                if _same_page(absolute, page_url):
                    node.attrs["href"] = "#" + absolute.split("#", 1)[1]
                    local += 1
    if restored:
        notes.add(Said("convert.archive-addresses", count=restored))
    if local:
        notes.add(Said("convert.in-page-links", count=local))
    if unwrapped:
        notes.add(Said("convert.google-redirects", count=unwrapped))


# Google's redirect (Google Docs exports every link as one): https://www.google.com/url?q=<address>&sa=…
_REDIRECT = re.compile(r"(?i)^https?://(?:www\.)?google\.[a-z.]{2,6}/url\?")


def _same_page(url: str, page: str) -> bool:
    def key(value: str) -> tuple[str, str, str]:
        parts = urlsplit(value)
        host = (parts.hostname or "").lower().removeprefix("www.")
        return host, parts.path.rstrip("/") or "/", parts.query
    return key(url) == key(page)


