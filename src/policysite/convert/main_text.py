"""Which part of a saved page is the policy's text: its main content, without the site around it.

The text is the page's `<main>`, else its `<article>` (several side by side: all of them), else its `[role=main]`, else
its `<body>` without the site's header, navigation, footer and asides: whichever holds the policy's text. What is
left out beside it that is not the site's is said.
"""
from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from policysite.convert.notes import Notes, clipped
from policysite.heading_numbers import heading_number
from policysite.messages import Said

# The site around the text, when the page marks no main content.
SITE_CHROME = ("header, nav, footer, aside, [role=banner], [role=navigation], [role=contentinfo], "
               "[role=complementary], [role=search]")
# What a blog or CMS (WordPress and its plugins, most themes) puts inside the main content around the text, and a
# help centre around an article (Zendesk's: its section's other articles, author, Follow, votes, related articles,
# comments; Freshdesk's and Help Scout's votes and feedback).
POST_CHROME = ("article > footer, .entry-footer, .entry-meta, .sharedaddy, .sd-sharing-enabled, .share-buttons, "
               ".jp-relatedposts, #comments, .comments-area, #respond, .comment-respond, .post-edit-link, "
               ".edit-link, .post-navigation, .wp-block-comments, "
               ".sub-nav, .article-sidebar, .article-author, .article-subscribe, .article-votes, "
               ".article-more-questions, .article-return-to-top, .article-relatives, .related-articles, "
               ".recent-articles, .article-comments, .article-feedback, .articleFoot, "
               # Docusaurus' page: its table of contents beside the article (and the button showing it on a phone)
               ".theme-doc-toc-desktop, .theme-doc-toc-mobile, "
               # MkDocs Material's: the page's last update and authors under the text
               ".md-source-file, "
               # a post's date and author under its title: Jekyll's and Hugo's themes, Ghost's byline
               ".post-meta, .article-byline, .byline, "
               # a Medium story's byline (author, Follow, reading time, date, claps, Listen, Share), which it marks for
               # its text-to-speech to skip
               ".speechify-ignore, "
               # the links to the page in the site's other languages (WPML's "This post is also available in:",
               # Polylang's, TranslatePress', Weglot's, GTranslate's switchers)
               ".wpml-ls, .widget_polylang, .polylang_langswitcher, .lang-item, .trp-language-switcher, "
               ".trp-shortcode-switcher, .weglot-container, .gtranslate_wrapper, "
               # breadcrumbs written as a paragraph (Yoast's `<p id="breadcrumbs">`, Rank Math's, WooCommerce's) and a
               # reading-time line (Reading Time WP's "Reading Time: 3 minutes")
               "#breadcrumbs, .breadcrumbs, .breadcrumb, .rank-math-breadcrumb, .woocommerce-breadcrumb, "
               ".rt-reading-time, .reading-time")
# The main content as a theme built without HTML5's elements marks it by its id or class (WordPress's older themes,
# Underscores' `#primary.content-area` > `#main.site-main`, Divi's `#main-content`, Avada's `#content`): on a page with
# no <main>, <article> or [role=main], the smallest of them holding half the text is it (session 43, adopt28: the site's
# name, its tagline, the sidebar's "Recent Posts" and "Proudly powered by WordPress" were the policy's first and last
# lines, the text's headings being scattered over the page for the chrome named by class to be found).
CMS_MAIN = "#main-content, .main-content, .site-main, #main, #primary, .content-area, #content, .site-content"
# A Markdown file as a code forge shows it (GitHub's page of `PRIVACY.md`): its rendered text, inside a <main> that also
# holds the repository's name, the file's controls and its size.
RENDERED = "article.markdown-body"
_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def main_content(tree: LexborHTMLParser, notes: Notes) -> LexborNode | None:
    """The element holding the policy: the largest rendered Markdown file (GitHub's), <main>, <article> or [role=main]
    if it holds at least half the text outside the site's chrome, else <body> without the chrome."""
    body = tree.body
    outside_chrome = text_length(body) - sum(text_length(n) for n in tree.css(SITE_CHROME)
                                             if not inside(n, SITE_CHROME) and not n.css_first("main, article"))
    for selector in (RENDERED, "main", "article", "[role=main]"):
        candidates = tree.css(selector)
        if candidates:
            best = max(candidates, key=text_length)
            if text_length(best) >= 0.5 * outside_chrome:
                best = _with_siblings(best, candidates, selector, notes)
                return _within_main(best, selector, notes)
    if body is None:
        return None
    holding = [node for node in tree.css(CMS_MAIN) if node.mem_id != body.mem_id
               and text_length(node) >= 0.5 * outside_chrome and not inside(node, SITE_CHROME)
               and node.css_first(SITE_CHROME) is None]  # (a wrapper of the whole page: the body's way below)
    if holding:  # (the smallest holding the text: `#content` may hold the sidebar beside `#primary`)
        return _within_main(min(holding, key=text_length), CMS_MAIN, notes)
    _title_header(body, notes)
    if decompose(tree.css(SITE_CHROME)):
        notes.add(Said("convert.no-main-content"))
    named = _named_chrome(body)
    words = " ".join(_words(node) for node in named if not any(within(node, other) for other in named)).strip()
    if decompose(named):
        notes.add(Said("convert.chrome-by-class", words=clipped(words, 80)))
    beside = _layout_cells(body)
    words = " ".join(w for node in beside if (w := _words(node)))
    if decompose(beside):
        notes.add(Said("convert.layout-table", words=clipped(words, 80)))
    return _own_structure(body, notes)


def _within_main(best: LexborNode, selector: str, notes: Notes) -> LexborNode:
    """The main content `best` without the site's navigation and what a CMS puts around the text inside it."""
    articles = best.css("article") if selector != "article" else []
    decompose([nav for nav in best.css("nav, [role=navigation]")
               if not all((a.attributes.get("href") or "").startswith("#") for a in nav.css("a[href]"))
               or not nav.css_first("a[href]")
               # a contents beside the article (a documentation theme's), not one of the text's own
               or articles and not inside(nav, "article")])
    # a heading is the text's own, whatever its id (`<h2 id="comments">Comments</h2>`: a section of WordPress's own
    # privacy policy, given its anchor by a table of contents plugin)
    chrome = [node for node in best.css(POST_CHROME) if node.tag not in _HEADINGS]
    if decompose(chrome + _link_lists(best)):
        notes.add(Said("convert.post-chrome"))
    _forms_beside(best, articles, notes)
    return _own_structure(best, notes)


_SHORT_FORM = 60  # words: a sign-up's title, labels, consent line and button


def _forms_beside(best: LexborNode, articles: list[LexborNode], notes: Notes) -> None:
    """A form to fill in beside the one <article> of the main content that holds the text (a newsletter's sign-up
    under it, a contact box: `<section class="newsletter"><h2>Get fresh news</h2><form>…`), the block holding it
    (the largest around it that holds no part of the article) left out where it is short, said with its words: its
    title was a section of the policy. A form inside the article stays (to_markdown says its words), and so does a
    longer one beside it (a cookie settings panel describing each kind of cookie)."""
    tops = [node for node in articles if not inside(node, "article")]
    if len(tops) != 1 or text_length(tops[0]) < 0.5 * text_length(best):
        return
    article = tops[0]
    blocks = []
    for form in best.css("form"):
        if within(form, article) or not form.css_first("input, textarea, select"):
            continue
        block = form
        while block.parent is not None and block.parent.mem_id != best.mem_id and not within(article, block.parent):
            block = block.parent
        if len(_words(block).split()) <= _SHORT_FORM:  # (a cookie settings panel describing each kind stays)
            blocks.append(block)
    for block in blocks:
        notes.add(Said("convert.form-beside-article", words=clipped(_words(block), 80)))
    decompose(blocks)


_BANNER = "header, [role=banner]"


def _title_header(body: LexborNode, notes: Notes) -> None:
    """A page marking no main content whose one <h1> stands in a <header> (the text's own: `<header><h1>Privacy
    Policy</h1><p>Version 1.1, in force since …</p></header>`, a one-page site's) keeps that header's title and lines
    as the text's, its links to other pages (`← Home`) and navigation left out, said: the whole header was left out
    as the site's, and the text imported without its title (adoption 15 of session 37)."""
    titles = [h for h in body.css("h1") if (words := _words(h)) and words != " ".join(
        _words(a) for a in h.css("a[href]"))]  # (a logo set as a heading, its words one link, is the site's)
    if len(titles) != 1 or not inside(titles[0], _BANNER) or inside(titles[0], "nav, [role=navigation], footer"):
        return
    header = titles[0].parent
    while header is not None and header.tag != "header" and header.attributes.get("role") != "banner":
        header = header.parent
    if header is None or inside(header, _BANNER):
        return
    links = [node for node in header.css("nav, [role=navigation], a[href], p, div")
             if node.tag in ("nav", "a") or node.attributes.get("role") == "navigation"
             or (words := _words(node)) and words == " ".join(_words(a) for a in node.css("a[href]"))]
    decompose([node for node in links if not within(titles[0], node) and node.mem_id != titles[0].mem_id])
    notes.add(Said("convert.title-header", title=clipped(_words(titles[0]), 80)))
    header.unwrap()


# A page laid out with tables, as sites were before CSS (a row for the logo, a column of links, the text's cell, a
# row for the copyright): its text is one cell holding most of the page's words; the cells around it were imported as
# the policy's first and last lines (`[Home](index.html)`, `© 2015 … All rights reserved.`).
_TEXT_SHARE = 0.6
_CHROME_CELL_WORDS = 25


def _layout_cells(body: LexborNode) -> list[LexborNode]:
    """The cells around the text's in the tables laying the page out: none unless one cell holds most of the page's
    words in paragraphs, and every other cell of those tables is a site's (no words, a picture, links, a short line)."""
    total = len(_words(body).split())
    text = None
    for candidate in body.css("td, th"):  # in document order: a cell inside the one found comes after it
        if len(_words(candidate).split()) >= max(_TEXT_SHARE * total, 50) and (text is None
                                                                               or within(candidate, text)):
            text = candidate
    if text is None or len(text.css("p, h1, h2, h3, h4, h5, h6, ul, ol, br")) < 3:
        return []
    found: list[LexborNode] = []
    cell = text
    while True:
        table = _nearest(cell, ("table",))
        if table is None:
            break
        others = [node for node in table.css("td, th") if node.mem_id != cell.mem_id
                  and (_nearest(node, ("table",)) or node).mem_id == table.mem_id]
        for node in others:
            words = _words(node).split()
            linked = sum(len(_words(a).split()) for a in node.css("a[href]"))
            if len(words) > _CHROME_CELL_WORDS and linked < 0.8 * len(words):
                return []  # a cell of words beside the text: a table of the text's own, not the page's layout
        found += others
        if (outer := _nearest(table, ("td", "th"))) is None:
            return found
        cell = outer
    return found


def _nearest(node: LexborNode, tags: tuple[str, ...]) -> LexborNode | None:
    parent = node.parent
    while parent is not None and parent.tag not in tags:
        parent = parent.parent
    return parent


# The words of a class or id naming the site around the text (`l-header`, `globalNav`, `topicpath`, Japanese sites'
# breadcrumbs `pankuzu`), in pages that mark it with no HTML5 element (adoption hunt 43).
_CHROME_WORDS = frozenset(("header", "masthead", "footer", "nav", "navi", "navbar", "navigation", "gnav", "gnavi",
                           "globalnav", "menu", "breadcrumb", "breadcrumbs", "topicpath", "pankuzu", "sidebar",
                           "sidenav", "side", "subnav", "localnav", "sitemap", "copyright", "toolbar"))
_NAME_PARTS = re.compile(r"[-_\s]+|(?<=[a-z])(?=[A-Z])")


def _named_chrome(body: LexborNode) -> list[LexborNode]:
    """The elements whose class or id names them the site's header, navigation, breadcrumbs or footer, outside the
    element holding all the text's headings (a box of the text, `<div class="card-header">`, stays): none where the
    text has fewer than two headings, or where the headings are scattered over the whole body."""
    headings = [h for h in body.css("h1, h2, h3, h4, h5, h6") if (words := _words(h)) and words != " ".join(
        _words(a) for a in h.css("a[href]"))]  # a logo set as a heading, its words one link, is the site's
    if len(headings) < 2:
        return []
    text = _common_ancestor(headings)
    if text is None or text.mem_id == body.mem_id:
        return []
    found = []
    for node in body.css("[class], [id]"):
        name = f"{node.attributes.get('class') or ''} {node.attributes.get('id') or ''}"
        if (not _CHROME_WORDS.isdisjoint(part.lower() for part in _NAME_PARTS.split(name))
                and node.mem_id != text.mem_id and not within(node, text) and not within(text, node)):
            found.append(node)
    return found


def _common_ancestor(nodes: list[LexborNode]) -> LexborNode | None:
    """The deepest element holding every node."""
    def chain(node: LexborNode) -> list[LexborNode]:
        ancestors, parent = [], node.parent
        while parent is not None and parent.tag not in ("html", "-document"):
            ancestors.append(parent)
            parent = parent.parent
        return ancestors[::-1]
    chains = [chain(node) for node in nodes]
    common = None
    for level in zip(*chains):
        if any(node.mem_id != level[0].mem_id for node in level):
            break
        common = level[0]
    return common


def _words(node: LexborNode) -> str:
    return " ".join(node.text(deep=True, separator=" ").split())


def _link_lists(content: LexborNode) -> list[LexborNode]:
    """The sidebars of the main content that only list other pages (an `<aside>` of links: "Articles in this
    section"); an aside of the text's own words (a summary box) stays."""
    found = []
    for aside in content.css("aside, [role=complementary]"):
        words = len(aside.text(deep=True, separator=" ").split())
        linked = sum(len(a.text(deep=True, separator=" ").split()) for a in aside.css("a[href]"))
        headings = sum(len(h.text(deep=True, separator=" ").split()) for h in aside.css("h1, h2, h3, h4, h5, h6"))
        if words and linked and linked + headings >= 0.8 * words:
            found.append(aside)
    return found


# The text's own container inside a main content: an <article>, a generated policy's body (Termly's).
_TEXT_CONTAINER = "article, [data-custom-class=body]"


def _own_structure(best: LexborNode, notes: Notes) -> LexborNode:
    """The one <article> (or generated policy's body) of the main content, where its text has its own structure, bold
    numbered lines (`1. …`) or a generator's styled headings, two or more, and no heading, while the main content's
    headings are all outside it, none a title (<h1>): a template's banner and call to action (`<h2>Acme</h2>`,
    `<h4>Questions?</h4>`: an Arabic Termly policy in a Blade page) were read as the text's only headings, its
    numbered sections and title kept as bold lines. A page marking no part as its text (no <main>, no <article>) has
    it as the element holding all its bold numbered lines and most of its words (adoption 15 of session 37: the
    template's headings around it were the text's). Else `best`."""
    articles = [node for node in best.css(_TEXT_CONTAINER) if not inside(node, _TEXT_CONTAINER)] \
        if best.tag != "article" else []
    if not articles and best.tag == "body":
        numbered = [node for node in best.css("strong, b") if _bold_numbered(node)]
        holder = _common_ancestor(numbered) if len(numbered) >= 2 else None
        if holder is not None and holder.mem_id != best.mem_id and within(holder, best) \
                and text_length(holder) >= 0.5 * text_length(best):
            articles = [holder]
    if len(articles) != 1 or articles[0].css_first(", ".join(_HEADINGS)) is not None or \
            best.css_first("h1") is not None:
        return best
    article = articles[0]
    outside = [node for node in best.css(", ".join(_HEADINGS)) if not within(node, article)]
    if not outside or sum(_bold_numbered(node) for node in article.css("strong, b")) < 2 and \
            len(article.css('[data-custom-class="heading_1"]')) < 2:
        return best
    notes.add(Said("convert.article-structure", words=clipped(" / ".join(_words(node) for node in outside), 80)))
    return article


def _bold_numbered(bold: LexborNode) -> bool:
    """Whether `bold` is all of its paragraph's words (through spans), starting with a section number: `**1. …**`."""
    words, block = _words(bold), bold.parent
    while block is not None and block.tag == "span" and _words(block) == words:
        block = block.parent
    number = heading_number(words)
    return block is not None and block.tag in ("p", "div") and _words(block) == words and number is not None \
        and number[0][:1].isdigit()


def _with_siblings(best: LexborNode, candidates: list[LexborNode], selector: str, notes: Notes) -> LexborNode:
    """The largest candidate, or, where other candidates with text stand beside it (a legal page's privacy and cookie
    articles, its tabs), their parent without the site's chrome; a candidate elsewhere left out is said."""
    if inside(best, selector):
        return best
    others = [node for node in candidates if node.mem_id != best.mem_id and text_length(node)
              and not inside(node, selector) and not inside(node, SITE_CHROME)]
    parent = best.parent
    beside = [node for node in others if parent is not None and node.parent is not None
              and node.parent.mem_id == parent.mem_id and text_length(node) >= 0.1 * text_length(best)]
    merged = {node.mem_id for node in beside}
    if beside and parent is not None:
        kept = [best, *beside]
        decompose([node for node in parent.css(SITE_CHROME)
                   if not any(node.mem_id == k.mem_id or within(node, k) for k in kept)])
        notes.add(Said("convert.side-by-side", count=len(kept), tag=selector))
        best = parent
    for node in others:
        if node.mem_id not in merged:
            words = " ".join(node.text(deep=True, separator=" ").split())
            notes.add(Said("convert.other-main", tag=selector, words=clipped(words, 60)))
    return best


def said_outside(tree: LexborHTMLParser, content: LexborNode | None, notes: Notes) -> None:
    """Says the words left out beside the main content that are not the site's (its header, navigation, footer,
    asides): a cookie declaration a consent tool draws under `<main>`, a part of the text a theme puts outside it, a
    sidebar's or a header's few words beside a `#content` column (under 8 words they went unsaid: adopt42). Each run
    of them (words not parted by the content or the site's chrome) once, in order."""
    every = outside_runs(tree, content)
    count, runs = sum(len(run.split()) for run in every), list(dict.fromkeys(every))
    if len(runs) == 1:
        notes.add(Said("convert.outside-main", count=count, words=" ".join(runs[0].split()[:12])))
    elif runs:
        notes.add(Said("convert.outside-main/runs", count=count, runs=len(runs),
                       words=[clipped(run, 60) for run in runs[:_RUNS_SAID]], more=max(0, len(runs) - _RUNS_SAID)))


_RUNS_SAID = 8


def outside_runs(tree: LexborHTMLParser, content: LexborNode | None) -> list[str]:
    """The runs of words of the page outside `content` that are not the site's chrome, the title, nor links within
    the page ("Skip to content", "Back to top"), in order: a run is the words of one element beside the content (or
    beside an element holding it: a header, a sidebar, a table under `<main>`)."""
    body = tree.body
    if content is None or body is None or content.mem_id == body.mem_id:
        return []
    skipped = {node.mem_id for node in tree.css(SITE_CHROME + ", h1, a[href^='#']")}
    holding, parent = {content.mem_id}, content.parent  # the content and the elements holding it
    while parent is not None:
        holding.add(parent.mem_id)
        parent = parent.parent
    runs: list[tuple[int, list[str]]] = []
    for node in body.traverse(include_text=True):
        if node.tag != "-text" or not (node.text_content or "").strip():
            continue
        beside, parent = node, node.parent
        while parent is not None and parent.mem_id not in holding and parent.mem_id not in skipped:
            beside, parent = parent, parent.parent
        if parent is None or parent.mem_id in skipped or parent.mem_id == content.mem_id:
            continue
        if not runs or runs[-1][0] != beside.mem_id:
            runs.append((beside.mem_id, []))
        runs[-1][1].extend((node.text_content or "").split())
    return [" ".join(words) for _, words in runs]


def within(node: LexborNode, ancestor: LexborNode) -> bool:
    """Whether `ancestor` holds `node`, at any depth."""
    parent = node.parent
    while parent is not None:
        if parent.mem_id == ancestor.mem_id:
            return True
        parent = parent.parent
    return False


def inside(node: LexborNode, selector: str) -> bool:
    """Whether an ancestor of `node` is an element `selector` selects (selectolax's `css_matches` says whether
    a node *or one of its descendants* matches: every ancestor of a page with a header would have answered yes)."""
    ancestors, parent = [], node.parent
    while parent is not None and parent.tag not in ("html", "-document"):
        ancestors.append(parent.mem_id)
        parent = parent.parent
    root = parent if parent is not None else node
    return bool(ancestors) and any(found.mem_id in ancestors for found in root.css(selector))


def decompose(nodes: list[LexborNode]) -> list[LexborNode]:
    """Removes each node from the tree, the outermost only (a node inside another goes with it)."""
    ids = {n.mem_id for n in nodes}
    outermost = []
    for node in nodes:
        parent = node.parent
        while parent is not None and parent.mem_id not in ids:
            parent = parent.parent
        if parent is None:
            outermost.append(node)
    for node in outermost:
        node.decompose()
    return outermost


def text_length(node: LexborNode | None) -> int:
    return len(node.text(deep=True, separator=" ", strip=True)) if node is not None else 0
