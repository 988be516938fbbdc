"""safety59: feeds a reader app shows, as it shows them. A podcast's `<itunes:summary>` is HTML to podcast apps (no type
said), and a JSON Feed's `content_html` is HTML to feed readers, its items' links, images and attachments followed or
fetched: none was read, so a forged feed on the branch had every subscriber's app ask another host. Publishing writes
neither."""
from __future__ import annotations

import json

import pytest

from policysite import servedpages

HOST = "www.company.example"
TRACKER = "https://tracker.example/p.png"
OWN = "https://www.company.example/politique/fr/2021-02-17/"
PODCAST = ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" '
           'xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">\n<channel>\n<title>Politique</title>\n'
           f'<link>{OWN}</link>\n{{channel}}<item>\n<title>2021-02-17</title>\n<link>{OWN}</link>\n{{item}}\n'
           '</item>\n</channel>\n</rss>\n')


@pytest.mark.parametrize(("xml", "named"), [
    (PODCAST.format(channel="", item=f'<itunes:summary>&lt;img src="{TRACKER}"&gt;</itunes:summary>'), TRACKER),
    (PODCAST.format(channel='<itunes:summary><![CDATA[<p><a href="https://evil.example/">x</a></p>]]>'
                            '</itunes:summary>', item=""), "https://evil.example/"),
])
def test_an_itunes_summary_s_html_naming_another_host_is_named(xml, named):
    assert servedpages.xml_elsewhere(xml.encode(), host=HOST) == named


def test_an_itunes_summary_of_words_or_the_site_s_own_links_passes():
    for summary in ("We changed §2 &amp; §3.", f'&lt;a href="{OWN}"&gt;§2&lt;/a&gt;'):
        xml = PODCAST.format(channel="", item=f"<itunes:summary>{summary}</itunes:summary>")
        assert servedpages.xml_elsewhere(xml.encode(), host=HOST) == ""


def feed(**item: object) -> bytes:
    return json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "Politique", "home_page_url": OWN,
                       "items": [{"id": "2021-02-17", "url": OWN, **item}]}).encode()


@pytest.mark.parametrize(("data", "named"), [
    (feed(content_html=f'<p>We changed §2.<img src="{TRACKER}" alt=""></p>'), TRACKER),
    (feed(content_html='<p><a href="javascript:alert(1)">§2</a></p>'), "javascript:alert(1)"),
    (feed(image=TRACKER), TRACKER),
    (feed(external_url="https://evil.example/"), "https://evil.example/"),
    (feed(attachments=[{"url": "https://evil.example/policy.pdf", "mime_type": "application/pdf"}]),
     "https://evil.example/policy.pdf"),
    (feed(authors=[{"name": "DPO", "avatar": TRACKER}]), TRACKER),
    (json.dumps({"version": "https://jsonfeed.org/version/1", "title": "x", "icon": TRACKER, "items": []}).encode(),
     TRACKER),
])
def test_a_json_feed_s_html_and_addresses_naming_another_host_are_named(data, named):
    assert servedpages.json_feed_elsewhere(data, host=HOST) == named


@pytest.mark.parametrize("data", [
    feed(content_html=f'<p>We changed <a href="{OWN}#s2">§2</a>.</p>', summary=f'<img src="{TRACKER}">'),
    feed(content_text=f'<img src="{TRACKER}">'),
    b'{"docs": [{"location": "https://evil.example/"}]}',  # (no feed: a search index's rule)
    b"not json",
])
def test_a_json_feed_s_own_addresses_its_words_and_json_no_reader_takes_for_a_feed_pass(data):
    """`summary` and `content_text` are plain text to a reader (JSON Feed 1.1)."""
    assert servedpages.json_feed_elsewhere(data, host=HOST) == ""


def test_a_json_feed_s_version_written_with_escapes_is_a_feed_all_the_same():
    """A reader reads `version` as JSON does: `https:\\/\\/json\\u0066eed.org` is JSON Feed's."""
    data = feed(image=TRACKER).replace(b"https://jsonfeed.org", b"https:\\/\\/json\\u0066eed.org")
    assert b"jsonfeed" not in data
    assert servedpages.json_feed_elsewhere(data, host=HOST) == TRACKER
