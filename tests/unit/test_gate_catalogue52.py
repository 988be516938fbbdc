"""Safety hunt 52: what the branch serves beside its pages, read as the program that shows it reads it: a search
index's tags (Material writes them into the results as HTML), a feed's HTML text (a feed reader shows it, fetching its
images), a sitemap's image and video locations, an RSS item's permalink and an RSS 1.0 item's address (a crawler or a
reader follows them), an OpenSearch description's search address and icon, a web app manifest and a search
description linked by a page, and a Word document's deleted field or page background."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from policysite import docxactions, safety, servedpages
from policysite.messages import said_in
from unit.test_config_rules import _saved_font
from unit.test_docxactions import _redline, _with
from unit.test_safety import THEME, page

FORGED_LINK = '<a href="https://evil.example/">Object here</a>'


def _index(tags: object) -> bytes:
    return json.dumps({"config": {"lang": ["en"], "separator": "[\\s\\-]+"},
                       "docs": [{"location": "#s1", "title": "1. Data", "text": "<p>Kept one year.</p>",
                                 "tags": tags}]}).encode()


def test_a_search_entrys_tag_the_theme_would_show_as_markup_is_named():
    """Material's search results write each of an entry's `tags` into a `span.md-tag` by `innerHTML` (its h(), as
    the titles and texts json_markup read): a forged index's tag put a link to another host under the result."""
    assert servedpages.json_markup(_index(["Retention", FORGED_LINK]), index=True) == FORGED_LINK
    assert servedpages.json_markup(_index(['<img src="x" alt="Cookies">']), index=True) == '<img src="x" alt="Cookies">'
    for plain in (["Retention", "Cookies & trackers"], "not a list", None):  # (a string's letters are no markup)
        assert servedpages.json_markup(_index(plain), index=True) == "", plain


_ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">'
         '<id>https://example.test/en/feed.xml</id><title>Example</title>'
         '<entry><id>https://example.test/en/2021-02-17/</id><title>In force</title>'
         '<link rel="alternate" type="text/html" href="https://example.test/en/2021-02-17/"/>{extra}</entry></feed>')
_RSS = ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
        '<channel><title>Example</title><link>https://example.test/en/</link><item><title>x</title>{extra}</item>'
        '</channel></rss>')
TRACKER = "https://tracker.example/p.png"


@pytest.mark.parametrize(("template", "extra", "named"), [
    (_ATOM, f'<summary type="html">&lt;p&gt;We changed §2.&lt;img src="{TRACKER}" alt=""&gt;&lt;/p&gt;</summary>',
     TRACKER),
    (_ATOM, f'<content type="html"><![CDATA[{FORGED_LINK}]]></content>', "https://evil.example/"),
    (_ATOM, '<title type="HTML">&lt;img srcset="/a.png 1x, //tracker.example/b.png 2x"&gt;</title>',
     "//tracker.example/b.png"),
    (_ATOM, '<rights type="text/html">&lt;p style="background:url(https://tracker.example/r)"&gt;x&lt;/p&gt;</rights>',
     "https://tracker.example/r"),
    (_RSS, f'<description>&lt;img src="{TRACKER}"&gt; Changed.</description>', TRACKER),
    (_RSS, f'<content:encoded><![CDATA[<p>Changed.</p><video poster="{TRACKER}"></video>]]></content:encoded>',
     TRACKER),
    (_RSS, '<description><![CDATA[<a href="javascript:alert(1)">x</a>]]></description>', "javascript:alert(1)"),
])
def test_a_feeds_html_text_naming_another_host_is_refused(template, extra, named):
    """A feed reader shows an Atom text of an HTML type, an RSS description or `content:encoded` as HTML, fetching its
    images as it shows the entry: a forged feed's `<summary type="html">` holding a tracker's image had every
    subscriber's reader ask that host, and xml_elsewhere read no address in it (feed.py writes `type="text"`)."""
    assert servedpages.xml_elsewhere(template.format(extra=extra).encode(), host="example.test") == named


@pytest.mark.parametrize(("template", "extra"), [
    (_ATOM, '<summary type="text">Write &lt;img src="https://tracker.example/p.png"&gt; to see nothing.</summary>'),
    (_ATOM, '<summary type="html">&lt;p&gt;See &lt;a href="/en/2021-02-17/changes/"&gt;the changes&lt;/a&gt;'
            '&lt;img src="https://example.test/en/assets/x.png"&gt;&lt;/p&gt;</summary>'),
    (_RSS, "<description>Sections changed: §2 Data, §7.3 Purposes.</description>"),
])
def test_a_feeds_text_or_html_naming_the_sites_own_addresses_passes(template, extra):
    assert servedpages.xml_elsewhere(template.format(extra=extra).encode(), host="example.test") == ""


@pytest.mark.parametrize(("xml", "named"), [
    ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
     'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"><url><loc>https://example.test/en/</loc>'
     '<video:video><video:thumbnail_loc>https://evil.example/t.jpg</video:thumbnail_loc></video:video></url></urlset>',
     "https://evil.example/t.jpg"),
    ('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
     'xmlns:video="http://www.google.com/schemas/sitemap-video/1.1"><url><loc>https://example.test/en/</loc>'
     '<video:video><video:player_loc>//evil.example/player</video:player_loc></video:video></url></urlset>',
     "//evil.example/player"),
    ('<rss version="2.0"><channel><item><title>x</title><guid>https://evil.example/</guid></item></channel></rss>',
     "https://evil.example/"),
    ('<rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel><item><title>x</title>'
     '<wfw:commentRss>https://evil.example/c.xml</wfw:commentRss></item></channel></rss>', "https://evil.example/c.xml"),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
     '<item rdf:about="https://evil.example/"><title>x</title><link>https://example.test/en/</link></item></rdf:RDF>',
     "https://evil.example/"),
    ('<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">'
     '<channel rdf:about="https://example.test/en/"><image rdf:resource="https://tracker.example/logo.png"/>'
     '</channel></rdf:RDF>', "https://tracker.example/logo.png"),
])
def test_a_sitemaps_media_locations_an_rss_permalink_and_an_rdf_address_are_followed(xml, named):
    """A crawler fetches a sitemap's video thumbnail and player as the site's, a feed reader links an RSS item by its
    `guid` (a permalink unless it says otherwise) and an RSS 1.0 item or image by its `rdf:about` / `rdf:resource`:
    a forged file naming another host there was read at its `loc` and `link` elements only."""
    assert servedpages.xml_elsewhere(xml.encode(), host="example.test") == named


def test_an_rss_guid_that_is_no_permalink_is_no_address():
    xml = ('<rss version="2.0"><channel><item><title>x</title><guid isPermaLink="false">urn:uuid:1234</guid>'
           '<guid isPermaLink="true">https://example.test/en/2021-02-17/</guid></item></channel></rss>')
    assert servedpages.xml_elsewhere(xml.encode(), host="example.test") == ""


_OSDD = ('<?xml version="1.0"?><OpenSearchDescription xmlns="http://a9.com/-/spec/opensearch/1.1/">'
         '<ShortName>Policy</ShortName><Url type="text/html" template="{url}?q={{searchTerms}}"/>'
         '<Image height="16" width="16">{icon}</Image></OpenSearchDescription>')


def test_an_opensearch_descriptions_search_address_and_icon_are_followed():
    """Chromium adds the OpenSearch description a site's root page links as a search engine: the reader's searches go
    to its `Url`'s template, and its `Image` is fetched as the engine's icon; a forged description's other host there
    was read nowhere (an element's text and `href`, `src`, `url` only)."""
    def said(url: str, icon: str) -> str:
        return servedpages.xml_elsewhere(_OSDD.format(url=url, icon=icon).encode(), host="example.test")

    assert said("https://evil.example/", "/en/assets/images/favicon.png") == "https://evil.example/?q={searchTerms}"
    assert said("https://example.test/en/", "https://tracker.example/i.ico") == "https://tracker.example/i.ico"
    assert said("https://example.test/en/search/", "/en/assets/images/favicon.png") == ""


@pytest.mark.parametrize(("link", "said", "french"), [
    ('<link rel="manifest" href="/en/app.webmanifest">',
     "<link rel=“manifest” href=“/en/app.webmanifest”> has the browser fetch a file and act on it",
     "<link rel=«\u00a0manifest\u00a0» href=«\u00a0/en/app.webmanifest\u00a0»> fait télécharger au navigateur"),
    ('<link rel="Manifest icon" href="m.json">', "<link rel=“Manifest icon” href=“m.json”> has the browser",
     "<link rel=«\u00a0Manifest icon\u00a0» href=«\u00a0m.json\u00a0»> fait télécharger"),
    ('<link rel="search" type="application/opensearchdescription+xml" href="https://evil.example/os.xml">',
     "<link rel=“search” href=“https://evil.example/os.xml”> loads from another site",
     "<link rel=«\u00a0search\u00a0» href=«\u00a0https://evil.example/os.xml\u00a0»> charge une ressource d'un autre site"),
])
def test_a_manifest_or_a_search_description_on_another_host_linked_by_a_page_is_found(link, said, french):
    """A page's `<link rel="manifest">` has Chromium fetch the manifest and the icons it names, from any host, to offer
    the site's installation (no check reads the publication record; the site links none), and `rel="search"` its OpenSearch
    description: both passed the output check, `search` counted among the rels that fetch nothing."""
    found = safety.check_page(page(head=link), file="index.html", theme_dirs=THEME)
    assert [str(v.message)[:len(said)] for v in found] == [said], found
    assert said_in(found[0].message, "fr").startswith(french), said_in(found[0].message, "fr")


def test_a_search_description_of_the_site_and_links_that_fetch_nothing_pass():
    for link in ('<link rel="search" type="application/opensearchdescription+xml" href="/en/opensearch.xml">',
                 '<link rel="alternate" type="application/atom+xml" href="https://example.org/feed.xml">'):
        assert safety.check_page(page(head=link), file="index.html", theme_dirs=THEME) == [], link


_V = 'xmlns:v="urn:schemas-microsoft-com:vml"'


@pytest.mark.parametrize(("element", "said"), [
    ('<w:p><w:del w:id="901" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
     '<w:r><w:delInstrText> INCLUDEPICTURE "https://tracker.example/p.png" \\d </w:delInstrText></w:r>'
     '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del></w:p>', "word/document.xml: <delInstrText>"),
    (f'<w:background w:color="FFFFFF"><v:background {_V} id="b" filled="t">'
     '<v:fill src="https://tracker.example/b.png" type="frame"/></v:background></w:background>',
     "word/document.xml: <background>"),
])
def test_a_word_documents_deleted_field_or_page_background_is_named(element, said):
    """A field in a tracked deletion is a field Word keeps (its code in `w:delInstrText`, not `w:instrText`: an
    INCLUDEPICTURE there was read as no field), and a page background a VML fill whose picture a `src` names, as a
    `pict`'s does; the generator's redline writes neither, and passes."""
    data = _redline()
    assert docxactions.docx_action(data) == ""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    forged = document.replace(b"<w:body>", b"<w:body>" + element.encode(), 1) if element.startswith("<w:p>") \
        else document.replace(b"<w:body>", element.encode() + b"<w:body>", 1)
    assert docxactions.docx_action(_with(data, {"word/document.xml": forged})) == said


@pytest.mark.parametrize(("href", "local", "reads"), [
    ("mailto:dp\u043e@example.com", "dp\u043e", "dpo"),  # a Cyrillic о
    ("mailto:dp\u0131@example.com?subject=Request", "dp\u0131", "dpi"),  # a dotless ı
    ("mailto:\u0430dmin@example.com", "\u0430dmin", "admin"),
    ("mailto:%D0%BEdpo@example.com", "\u043edpo", "odpo"),  # (percent-encoded as a mail client decodes it)
])
def test_an_e_mail_link_to_a_mailbox_passing_for_another_is_refused(href, local, reads):
    """The domain of an e-mail link was read for letters that pass for others, its mailbox not: `mailto:dpо@…` with a
    Cyrillic о, under words that name no address, wrote the reader's request to another mailbox than the `dpo@…` the
    status bar seems to show, and passed `policy check` and the output check. Said in both languages."""
    found = [str(reason) for reason in safety.deceptive_link(href, "write to our DPO")]
    assert found and found[0].startswith(f"the e-mail link “{href}” writes to “{local}”"), found
    assert f"(read as “{reads}”)" in found[0]
    french = said_in(next(iter(safety.deceptive_link(href, "x"))), "fr")
    assert french.startswith(f"le lien de courriel «\u00a0{href}\u00a0» écrit à «\u00a0{local}\u00a0»"), french


@pytest.mark.parametrize("href", ["mailto:protection.donn\u00e9es@example.fr", "mailto:\u0434\u043f\u043e@example.ru",
                                  "mailto:\u7ba1\u7406@example.jp", "mailto:dpo@example.com"])
def test_an_e_mail_link_to_a_mailbox_written_in_its_own_letters_passes(href):
    assert list(safety.deceptive_link(href, "x")) == []


@pytest.mark.parametrize(("name", "content", "url"), [
    ("msapplication-config", "https://evil.example/browserconfig.xml", "https://evil.example/browserconfig.xml"),
    ("msapplication-notification", "frequency=30;polling-uri=https://tracker.example/n;cycle=1",
     "https://tracker.example/n"),
    ("msapplication-TileImage", "//tracker.example/tile.png", "//tracker.example/tile.png"),
    ("monetization", "$wallet.example/evil", "$wallet.example/evil"),
])
def test_a_meta_whose_address_the_browser_fetches_on_its_own_is_found(name, content, url):
    """A pinned site's tile, badge and notifications (Internet Explorer and the earlier Edge poll the last every half
    hour) and a monetization wallet are fetched by the browser from the address a `<meta>` names, outside the page's
    Content-Security-Policy: a forged page's such `<meta>` passed the output check (the theme writes none)."""
    found = safety.check_page(page(head=f'<meta name="{name}" content="{content}">'), file="index.html",
                              theme_dirs=THEME)
    assert len(found) == 1, found
    assert str(found[0].message).startswith(f"<meta name=“{name.lower()}”> has the browser fetch “{url}” on its own")
    assert said_in(found[0].message, "fr").startswith(
        f"<meta name=«\u00a0{name.lower()}\u00a0»> fait télécharger «\u00a0{url}\u00a0»")


def test_a_meta_of_a_pinned_site_naming_its_own_files_or_colours_passes():
    for meta in ('<meta name="msapplication-TileColor" content="#2b5797">',
                 '<meta name="msapplication-TileImage" content="/en/assets/images/tile.png">'):
        assert safety.check_page(page(head=meta), file="index.html", theme_dirs=THEME) == [], meta


def _box_font(path, cmap: dict[int, str], drawn: dict[str, int], features: str):
    """A font drawing each glyph of `drawn` as a box `drawn[name]` units high (two glyphs of one height: one shape),
    its character map `cmap`, with OpenType `features`."""
    from fontTools.pens.ttGlyphPen import TTGlyphPen

    glyphs = {}
    for name in [".notdef", *drawn]:
        pen = TTGlyphPen(None)
        if name != ".notdef":
            pen.moveTo((0, 0)), pen.lineTo((0, drawn[name])), pen.lineTo((400, drawn[name])), pen.closePath()
        glyphs[name] = pen.glyph()
    return _saved_font(path, cmap, glyphs, advance=500, features=features)


_LATIN = {0x31: "one", 0x33: "three", 0x39: "nine", 0xB9: "onesuperior", 0x61: "a", 0x6F: "o", 0x69: "i",
          0x131: "dotlessi", 0x15F: "scedilla", 0x219: "scommaaccent", 0x66: "f", 0xFB01: "fi", 0x6E: "n",
          0x74: "t"}
_HEIGHTS = {name: 300 + 10 * n for n, name in enumerate(sorted(set(_LATIN.values())))}


@pytest.mark.parametrize(("features", "said"), [
    ("feature calt { sub three by nine; } calt;", "substitutes U+0039 (digit nine) for U+0033 (digit three)"),
    ("feature calt { sub three' nine by nine; } calt;", "substitutes U+0039 (digit nine) for U+0033 (digit three)"),
    ("feature liga { sub n o t by one; } liga;",
     "substitutes U+0031 (digit one) for U+006E (latin small letter n), U+006F (latin small letter o), U+0074"),
    ("feature calt { sub a by o; } calt;", "substitutes U+006F (latin small letter o) for U+0061 (latin small letter a)"),
    # a glyph of no character, drawn as another digit
    ("feature calt { sub three by three.alt; } calt;", "substitutes U+0039 (digit nine) for U+0033 (digit three)"),
])
def test_a_pdf_font_substituting_another_number_or_letter_is_refused(tmp_path, features, said):
    """Every glyph of the font drawn, no two digits alike, but its own contextual alternates or ligatures (GSUB, which
    the PDF's shaper applies by default) drew `3` as `9`, or `not` as `1`: the PDF printed "90 days" where its text,
    and every check, read 30; font_problem read substitutions only for glyphs drawn as nothing."""
    from policysite import config_rules

    path = _box_font(tmp_path / "Acme.ttf", _LATIN, {**_HEIGHTS, "three.alt": _HEIGHTS["nine"]}, features)
    found = config_rules.font_problem(path)
    assert found.startswith(said) and found.endswith("(its GSUB table, which a PDF applies): a PDF would show other "
                                                     "letters or another number than its text holds, which every "
                                                     "check reads"), found
    assert said_in(found, "fr").startswith("substitue U+"), said_in(found, "fr")


@pytest.mark.parametrize("features", [
    "feature sups { sub one by onesuperior; } sups;",  # the same digit, raised
    "feature ccmp { sub i by dotlessi; } ccmp;",  # an i under an accent
    "feature locl { sub scedilla by scommaaccent; } locl;",  # Romanian ș
    "feature liga { sub f i by fi; } liga;",  # a ligature of the letters it joins
    "feature calt { sub three by three.alt; } calt;",  # an alternate drawn as no other character
])
def test_a_pdf_font_substituting_a_form_of_the_same_character_passes(tmp_path, features):
    from policysite import config_rules

    path = _box_font(tmp_path / "Acme.ttf", _LATIN, {**_HEIGHTS, "three.alt": 999}, features)
    assert config_rules.font_problem(path) == "", features


_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" {attribute}/></svg>'


@pytest.mark.parametrize("attribute", [
    "cursor=\"image-set('https://tracker.example/c.png' 1x), auto\"",
    "mask=\"-webkit-image-set('//tracker.example/m.png' 1x)\"",
    "style=\"cursor: image-set('https://tracker.example/c.png' 1x), auto\"",
])
def test_an_svg_fetching_an_image_set_from_another_host_is_refused(attribute):
    """Chromium fetches an image-set's image named by a string, as url() does by a URL: an SVG of the project's own
    (`overrides/assets/images/mark.svg`) whose rectangle had `cursor="image-set('https://tracker.example/c.png' 1x),
    auto"` passed `policy check` and was published, and a reader opening it and pointing at it asked that host (no
    Content-Security-Policy reaches an SVG opened on its own); the output check read a presentation attribute's url()
    only, the image rules a style's url() and @import."""
    from policysite import image_rules

    data = _SVG.format(attribute=attribute).encode()
    found = image_rules.svg_problems(data)
    assert len(found) == 1 and str(found[0]).startswith(f"has {attribute.split('=')[0]}="), found
    assert said_in(found[0], "fr").startswith(f"a {attribute.split('=')[0]}="), said_in(found[0], "fr")
    assert said_in(found[0], "fr").endswith("\u00a0: une image propre au projet n'exécute, ne charge et ne lie rien")
    on_its_own = [str(v.message) for v in safety.check_page(data.decode(), file="mark.svg", theme_dirs=THEME)]
    if not attribute.startswith("style"):  # (a style's image-set was refused already: output.style-loads)
        assert on_its_own == [f"<rect {attribute.split('=')[0]}=“{attribute.split('=', 1)[1][1:-1]}”> loads from "
                              f"another site"], on_its_own
    assert on_its_own


def test_an_svg_painting_with_its_own_gradient_and_naming_an_image_in_words_passes():
    from policysite import image_rules

    data = (b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:i="http://www.inkscape.org/namespaces/inkscape">'
            b'<linearGradient id="g"/><rect i:label="image (1)" fill="url(#g)" cursor="pointer"/></svg>')
    assert image_rules.svg_problems(data) == []
    assert safety.check_page(data.decode(), file="mark.svg", theme_dirs=THEME) == []


@pytest.mark.parametrize("element", ['<link data-md-component="source" href="https://gitlab.evil.example/a/b">',
                                     '<div data-md-component=" source "></div>'])
def test_an_element_the_theme_mounts_as_a_repository_is_found(element):
    """Material mounts every `[data-md-component=source]` as the repository's facts and fetches them from GitHub's API,
    or from that of any host named like gitlab, for its `href`: a `<link>` holding one (no rel: nothing the output
    check read as fetching, and a <link>'s href is no link a reader follows) passed; the site shows no repository."""
    found = [v.message for v in safety.check_page(page(chrome=element), file="index.html", theme_dirs=THEME)]
    assert [str(one) for one in found] == [
        f"<{element[1:5].strip()} data-md-component=“source”>: the theme's script fetches, for it, the facts of the "
        "repository its address names from GitHub's or a GitLab host's API, another site; the site shows no "
        "repository"], found
    assert said_in(found[0], "fr").endswith("le site ne montre aucun dépôt")
