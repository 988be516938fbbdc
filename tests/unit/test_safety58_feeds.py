"""safety58: a feed's HTML text as a feed reader shows it. Media RSS's `<media:text type="html">` (and its title and
description of that type) was read as words, and an Atom text construct of type `xhtml` (or an XML type), which holds
its XHTML as elements rather than escaped text, was read for its elements' `src` and `href` only: a style attribute's
`url()`, a `<style>`'s `@import`, a source set, a frame's document there had every subscriber's reader ask another host
as it showed the entry. Publishing writes text only (feed.py's `type="text"`); a forged feed on the branch passed."""
from __future__ import annotations

import pytest

from policysite import servedpages

HOST = "www.company.example"
FOLDER = "/politique/"
TRACKER = "https://tracker.example/p.png"
RSS = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/">\n'
       '<channel>\n<title>Politique</title>\n<link>https://www.company.example/politique/fr/</link>\n<item>\n'
       '<title>2021-02-17</title>\n<link>https://www.company.example/politique/fr/2021-02-17/</link>\n{item}\n'
       '</item>\n</channel>\n</rss>\n')
ATOM = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Politique</title>\n'
        '<entry>\n<title>2021-02-17</title>\n{entry}\n</entry>\n</feed>\n')
XHTML = '<div xmlns="http://www.w3.org/1999/xhtml">{}</div>'


@pytest.mark.parametrize(("xml", "named"), [
    (RSS.format(item=f'<media:text type="html">&lt;img src="{TRACKER}"&gt;</media:text>'), TRACKER),
    (RSS.format(item=f'<media:content url="https://www.company.example/politique/x.png"><media:text type="html">'
                     f'<![CDATA[<p>We changed §2.<img src="{TRACKER}" alt=""></p>]]></media:text></media:content>'),
     TRACKER),
    (RSS.format(item='<media:group><media:text type="HTML">&lt;a href="https://evil.example/"&gt;x&lt;/a&gt;'
                     '</media:text></media:group>'), "https://evil.example/"),
    (ATOM.format(entry='<content type="xhtml">' + XHTML.format(
        f'<p style="background:url({TRACKER})">x</p>') + "</content>"), TRACKER),
    (ATOM.format(entry='<content type="xhtml">' + XHTML.format(
        '<style>@import "https://tracker.example/x.css";</style>') + "</content>"), "https://tracker.example/x.css"),
    (ATOM.format(entry='<summary type="xhtml">' + XHTML.format(
        f'<img src="a.png" srcset="{TRACKER} 2x" alt=""/>') + "</summary>"), TRACKER),
    (ATOM.format(entry='<summary type="xhtml">' + XHTML.format(
        f'<iframe srcdoc="&lt;img src={TRACKER}&gt;"/>') + "</summary>"), TRACKER),
    (ATOM.format(entry='<content type="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>'
                       f'<p style="background-image: url(\'{TRACKER}\')">x</p></body></html></content>'), TRACKER),
])
def test_a_feed_s_html_text_a_reader_shows_naming_another_host_is_named(xml, named):
    assert servedpages.xml_elsewhere(xml.encode(), host=HOST) == named


def test_an_xhtml_text_loading_outside_the_site_s_folder_on_its_host_is_named():
    xml = ATOM.format(entry='<content type="xhtml">' + XHTML.format(
        '<p style="background:url(../../../other/p.png)">x</p>') + "</content>")
    base = f"https://{HOST}{FOLDER}fr/"
    assert servedpages.xml_above_root(xml.encode(), base=base, root=FOLDER)[0] == "../../../other/p.png"


@pytest.mark.parametrize("xml", [
    RSS.format(item=f'<media:text type="plain">&lt;img src="{TRACKER}"&gt;</media:text>'),
    RSS.format(item=f'<media:text>&lt;img src="{TRACKER}"&gt;</media:text>'),
    ATOM.format(entry=f'<content type="html">&amp;lt;img src="{TRACKER}"&amp;gt;</content>'),
    ATOM.format(entry='<content type="xhtml">' + XHTML.format(
        '<p style="color: red">We changed <a href="https://www.company.example/politique/fr/">§2</a>.</p>')
        + "</content>"),
    ATOM.format(entry='<link rel="alternate" type="text/html" href="https://www.company.example/politique/fr/"/>'),
])
def test_words_and_the_site_s_own_addresses_pass(xml):
    """Text a reader shows as words (a `media:text` of plain type, an escaped tag shown as written), and XHTML naming the
    site's own pages."""
    assert servedpages.xml_elsewhere(xml.encode(), host=HOST) == ""
