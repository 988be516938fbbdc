"""servedpages' reading of a file a browser may open as XML, as the browser decodes it (pure functions)."""
from __future__ import annotations

import gzip

import pytest

from policysite import servedpages

_XHTML_SCRIPT = '<?xml version="1.0"?><r><x:script xmlns:x="http://www.w3.org/1999/xhtml">alert(1)</x:script></r>'


@pytest.mark.parametrize("data", [
    _XHTML_SCRIPT.encode(),
    _XHTML_SCRIPT.replace("http://", "http&#x3a;//").encode(),  # a character reference: the same namespace to XML
    _XHTML_SCRIPT.replace("w3.org", "w3&#46;org").encode(),
    b"\xff\xfe" + _XHTML_SCRIPT.encode("utf-16-le"),  # UTF-16, as its byte order mark says
    _XHTML_SCRIPT.encode("utf-16-be"),  # and without one
    _XHTML_SCRIPT.replace('"1.0"', '"1.0" encoding="UTF-16"').encode("utf-16"),
    _XHTML_SCRIPT.replace('"1.0"', '"1.0" encoding="UTF-16"').encode(),  # declared so, and read as UTF-8
    gzip.compress(_XHTML_SCRIPT.encode(), mtime=0),  # a host serving an .svgz or .xml.gz compressed
    b'<?xml version="1.0"?><?xml-stylesheet type="text/xsl" href="x.xsl"?><urlset/>'])
def test_what_a_browser_reads_in_an_xml_file_as_it_decodes_it_is_what_is_judged(data):
    """Session 35, safety6: the XML rule searched a file's bytes as they are, and a browser reads them decoded (Chromium
    ran each of these, served as application/xml): a namespace written with a character reference, a UTF-16 file,
    hid XHTML's namespace from it."""
    assert servedpages.xml_active(data) in ("http://www.w3.org/1999/xhtml", "<?xml-stylesheet")


def test_a_sitemap_and_a_feed_are_no_active_xml():
    assert servedpages.xml_active(b'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                                  b'schemas/sitemap/0.9"><url><loc>https://example.test/a?b=1&amp;c=2</loc></url>'
                                  b'</urlset>') == ""
    assert servedpages.xml_active('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                                  "<title>Données &amp; vie privée</title></feed>".encode()) == ""


_FEED = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
         '<id>https://example.test/fr/feed.xml</id><link rel="self" href="https://example.test/fr/feed.xml"/>'
         '<entry><link rel="alternate" href="{href}"/><title>Version</title></entry></feed>')
_SITEMAP = ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            "<url><loc>{href}</loc></url></urlset>")
_RSS = '<?xml version="1.0"?><rss version="2.0"><channel><link>{href}</link><title>x</title></channel></rss>'


@pytest.mark.parametrize("template", [_FEED, _SITEMAP, _RSS])
@pytest.mark.parametrize("href", ["https://evil.example/fr/", "//evil.example/", "javascript:alert(1)",
                                  " JaVa&#x09;script:alert(1)", "data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;",
                                  "ftp://example.test/x", "https://example.test.evil.example/",
                                  "https://user@evil.example/"])
def test_an_xml_file_naming_an_address_off_the_site_or_a_script_is_refused(template, href):
    """Safety8, session 37: a feed entry, a sitemap location or an RSS link added on the branch sent a feed reader or a
    crawler to another host or to a script, as the site's own; the rule for served XML read only what a browser runs in
    it. Plain, compressed or UTF-16, each is named."""
    data = template.format(href=href).encode()
    for form in (data, gzip.compress(data, mtime=0), b"\xff\xfe" + template.format(href=href).encode("utf-16-le")):
        assert servedpages.xml_elsewhere(form, host="example.test"), (form[:60], href)


@pytest.mark.parametrize("template", [_FEED, _SITEMAP, _RSS])
def test_an_xml_file_naming_the_sites_own_addresses_is_followed_nowhere_else(template):
    for href in ("https://example.test/fr/2021-02-17/", "http://EXAMPLE.test/fr/", "../fr/", "/fr/feed.xml"):
        assert servedpages.xml_elsewhere(template.format(href=href).encode(), host="example.test") == "", href
    assert servedpages.xml_elsewhere(b"not xml <", host="example.test") == ""


@pytest.mark.parametrize("template", [_FEED, _SITEMAP, _RSS])
def test_an_xml_file_may_name_a_former_host_of_the_site_it_is_given_and_no_other(template):
    """publish9: a version published before extra.policy.public_url changed names the host of its day: accepted where
    the caller vouches for it (`former`), a script or any other host never."""
    def said(href: str) -> str:
        return servedpages.xml_elsewhere(template.format(href=href).encode(), host="example.test", former={"old.test"})

    assert said("https://old.test/fr/2021-02-17/") == "" and said("https://example.test/fr/") == ""
    assert said("https://evil.example/") == "https://evil.example/" and said("javascript:alert(1)")
    assert servedpages.xml_elsewhere(template.format(href="https://old.test/").encode(), host="example.test")
