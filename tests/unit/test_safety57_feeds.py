"""safety57 hunt: what a feed reader follows in a feed that the check of the branch did not read: an Atom generator's
`uri` (shown as its link), `wfw:comment` (the address a reader posts a subscriber's comment to), FeedBurner's
`origLink` and `origEnclosureLink` (followed in place of the item's link and enclosure), RSS's `cloud` (a host the
reader registers with, to be told of updates). A forged feed on the branch sent them to another host."""
from __future__ import annotations

import pytest

from policysite import servedpages

HOST = "www.company.example"
RSS = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/" '
       'xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0">\n<channel>\n<title>Politique</title>\n'
       '<link>https://www.company.example/politique/fr/</link>\n{channel}\n<item>\n<title>2021-02-17</title>\n'
       '<link>https://www.company.example/politique/fr/2021-02-17/</link>\n{item}\n</item>\n</channel>\n</rss>\n')
ATOM = ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>Politique</title>\n'
        '{feed}\n</feed>\n')


@pytest.mark.parametrize(("xml", "named"), [
    (ATOM.format(feed='<generator uri="https://evil.example/">x</generator>'), "https://evil.example/"),
    (RSS.format(channel="", item="<wfw:comment>https://evil.example/post</wfw:comment>"), "https://evil.example/post"),
    (RSS.format(channel="", item="<feedburner:origLink>https://evil.example/x</feedburner:origLink>"),
     "https://evil.example/x"),
    (RSS.format(channel="", item="<feedburner:origEnclosureLink>https://evil.example/x.pdf"
                                 "</feedburner:origEnclosureLink>"), "https://evil.example/x.pdf"),
    (RSS.format(channel='<cloud domain="evil.example" port="80" path="/RPC2" registerProcedure="x" '
                        'protocol="xml-rpc"/>', item=""), "http://evil.example:80/RPC2"),
])
def test_what_a_feed_reader_follows_in_a_feed_to_another_host_is_named(xml, named):
    assert servedpages.xml_elsewhere(xml.encode(), host=HOST) == named


def test_the_same_on_the_site_s_host_pass():
    xml = RSS.format(channel=f'<cloud domain="{HOST}" port="443" path="/x" protocol="http-post"/>',
                     item=f"<wfw:comment>https://{HOST}/politique/fr/</wfw:comment>")
    assert servedpages.xml_elsewhere(xml.encode(), host=HOST) == ""
