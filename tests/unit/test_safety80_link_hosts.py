"""safety80: a link whose words show an address and that goes to another port of its host, or a link to a host of an
anonymity network (`.onion`), was published: `[https://example.org/optout](https://example.org:8443/optout)` took
the reader who checks where a link goes to another service of the machine than the site read, and
`[our opt-out](http://….onion/)` to a host no ordinary browser reaches and no reader can tell the owner of. Both are
refused at the link's line by the source check (editorial.link-text) and the output check, in en and fr."""
from __future__ import annotations

import pytest

from policysite import document, editorial, safety
from policysite.messages import said_in

_PAGE = "---\ndate: 2001-02-01\n---\n\n# Terms\n\n## 1. Us\n\nWe keep your data.\n\n{line}\n"


def _source(line: str) -> list[tuple[int, str]]:
    policy = document.parse(_PAGE.format(line=line), path="docs/en/index.md", lang="en")
    return [(f.line, f.message) for f in editorial.check(policy, brand="Example")
            if f.rule == editorial.RULE_LINK_TEXT or "link" in f.rule]


def _output(link: str) -> list[safety.Violation]:
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset"><h1 id="terms">Terms</h1><p>We keep your data.</p><p>{link}</p></article></body></html>')
    return [v for v in safety.check_page(page, file="index.html", theme_dirs=()) if "port" in v.message
            or "anonymity" in v.message]


PORTS = [  # (target, words, the address named)
    ("https://example.org:8443/optout", "https://example.org/optout", "https://example.org"),
    ("https://example.org/optout", "https://example.org:8443/optout", "https://example.org:8443"),
    ("http://example.org:8080/", "example.org", "example.org"),
    ("https://www.example.org:2083/", "see www.example.org", "www.example.org"),
    ("https://example.org:8443/", "https://example.org:9443/", "https://example.org:9443"),
]


@pytest.mark.parametrize(("href", "words", "named"), PORTS)
def test_a_link_showing_its_host_and_going_to_another_port_is_refused(href, words, named):
    why = safety.shown_address(href, words)
    assert f"shows the address {named} but goes to {href}, another port" in why, why
    assert said_in(why, "fr") != why and "un autre port" in said_in(why, "fr")
    assert any(line == 11 and message.endswith(why) for line, message in _source(f"[{words}]({href})"))
    (found,) = _output(f'<a href="{href}">{words}</a>')
    assert found.message == why and found.words == words
    title = safety.title_address(href, words)
    assert "link's title" in title and "another port" in title


@pytest.mark.parametrize(("href", "words"), [
    ("https://example.org:443/optout", "https://example.org/optout"),  # its scheme's port, written
    ("https://example.org/optout", "https://example.org:443/optout"),
    ("https://example.org/optout", "http://example.org/optout"),  # upgraded to https: the same site
    ("https://example.org:8443/optout", "https://example.org:8443/optout"),  # the port it shows
    ("https://example.org:8443/", "our opt-out page"),  # no address shown
])
def test_a_link_going_to_the_port_it_shows_passes(href, words):
    assert safety.shown_address(href, words) == ""
    assert _output(f'<a href="{href}">{words}</a>') == []


@pytest.mark.parametrize("href", [
    "http://expyuzz4wqqyqhjn.onion/", "https://duckduckgogg42xjoc72x3sjasowoarfbgcmvfimaftt6twagswzczad.onion/x",
    "http://EXAMPLE.ONION./", "http://example.i2p/",
])
def test_a_link_to_an_anonymity_network_s_host_is_refused(href):
    (why,) = safety.deceptive_link(href, "our opt-out page")
    assert "anonymity network" in why and said_in(why, "fr") != why
    assert any(line == 11 and message.endswith(why) for line, message in _source(f"See [our opt-out page]({href})."))
    assert [v.message for v in _output(f'<a href="{href}">our opt-out page</a>')] == [why]


@pytest.mark.parametrize("href", ["https://onion.example.org/", "https://example.org/onion", "https://i2p.net/"])
def test_a_host_naming_onion_elsewhere_passes(href):
    assert list(safety.deceptive_link(href, "x")) == []
