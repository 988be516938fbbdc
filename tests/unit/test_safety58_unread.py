"""safety58: a link of the text whose web address the WHATWG URL parser rejects. `_web_address` returned it as written
and the checks read its host by urllib (`www.cnil.fr` of `https://www.cnil.fr:99999/`, `www.company.example\\u200d` as
a host of letters): the link passed. A browser following the standard goes nowhere with it (a dead link in a legal
text); Chromium's parser differs from the standard there (its mapping of a host skips the joiner check, its Unicode
tables are another version's), and may take the reader to a host no check read. Refused, where it is written and on the
published page, as a link naming no host is."""
from __future__ import annotations

import pytest

from policysite import document, editorial, safety
from policysite.messages import said_in
from unit.test_safety import THEME, page


@pytest.mark.parametrize("href", [
    "https://www.cnil.fr:99999/", "https://www.cnil.fr:443x/", "https://www.cnil^fr/", "https://www.cnil|fr/",
    "https://1.2.3.4.5/", "https://256.1.1.1/", "https://www.cnil.fr%/", "https://www.cnil.fr\u200d/",
    "https://\u200dwww.cnil.fr/", "https://\u2488cnil.fr/", "https://www.cnil.fr\x7f/", "//www.cnil.fr\u200d/x",
    "https://cnil.\u0661\u0662/",
])
def test_a_link_no_browser_reads_alike_is_refused_on_the_page_and_where_it_is_written(href):
    for words in ("the CNIL", "www.cnil.fr"):
        found = [v.message for v in safety.check_page(page(f'<p>See <a href="{href}">{words}</a>.</p>'),
                                                      file="index.html", theme_dirs=THEME)
                 if str(v.message).startswith(f"the link to “{href}” is no address a browser's URL parser reads")]
        assert found, found
        assert said_in(found[0], "fr").startswith(f"le lien vers «\u00a0{href}\u00a0» n'est pas une adresse")
    policy = document.parse(f'---\ndate: 2030-01-15\n---\n\n# Synthetic\n\n## 1. One\n\nSee <a href="{href}">'
                            'the CNIL</a>.\n', path="docs/en/index.md", lang="en")
    checked = [(f.line, f.rule, f.message) for f in editorial.check(policy, brand="DialOnce")
               if "is no address a browser" in str(f.message)]
    assert [line for line, _rule, _message in checked] == [9], checked


@pytest.mark.parametrize("href", ["https://www.cnil.fr/", "https://WWW.CNIL.FR:443/x", "//www.cnil.fr/x",
                                  "https://www.b\u00fccher.de/", "https://www.cnil.fr./", "https://%77ww.cnil.fr/",
                                  "https:\\\\www.cnil.fr\\x"])
def test_a_link_every_browser_reads_is_not_this_rule_s(href):
    found = [str(v.message) for v in safety.check_page(page(f'<p>See <a href="{href}">the CNIL</a>.</p>'),
                                                      file="index.html", theme_dirs=THEME)]
    assert not any("is no address a browser" in message for message in found), found


@pytest.mark.parametrize("address", ["https://www.company.example:99999/politique/fr/",
                                     "https://www.company.example:443x/politique/fr/"])
def test_an_address_of_the_site_s_host_no_parser_reads_is_not_the_site_s_in_a_sitemap_a_feed_or_a_page(address):
    """urllib read `www.company.example` in it, the site's host: a sitemap's location, a canonical address, a page's
    `og:url` so written passed, where no crawler, feed reader or preview bot reads an address."""
    from policysite import servedpages
    from unit.test_gate_catalogue56 import PAGE

    sitemap = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
               f"<url><loc>{address}</loc></url>\n</urlset>\n")
    assert servedpages.xml_elsewhere(sitemap.encode(), host="www.company.example") == address
    for head in (f'<link rel="canonical" href="{address}">', f'<meta property="og:url" content="{address}">'):
        assert servedpages.page_elsewhere(PAGE.format(head=head, text=""), host="www.company.example") == address
