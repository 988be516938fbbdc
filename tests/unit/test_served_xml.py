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
