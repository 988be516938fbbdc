"""perf19 (session 58): `servedpages.html_addresses` reads each element's attributes once and passes over the elements
that hold none (a history page of 1,000 versions: 13,000 elements, 25 -> 21 ms a page). The addresses it finds are
those the walk found before, in the same order, on pages and summaries of every kind of address it reads: a
stylesheet's words, Material's configuration, a refresh, a fetched `<meta>`, links in and outside the text, source
sets, painted attributes, a frame's document, elements without attributes among them."""
from __future__ import annotations

import pytest

from policysite import safety, servedpages

PIECES = [
    "<p>words</p>", "<div><span>x</span></div>", '<style>@import "https://tracker.example/a.css";</style>',
    "<style></style>", '<script id="__config" type="application/json">{"base": "/other/", "search": "../x.js"}</script>',
    '<div ID="__CONFIG">{"base": "../../"}</div>', '<meta http-equiv="refresh" content="0; url=https://away.example/">',
    '<meta HTTP-EQUIV=" Refresh " content="5;URL=\'//away.example/r\'">', '<meta property="og:image" content="https://img.example/i.png">',
    '<meta name="twitter:image" content="/i.png">', '<meta name="description" content="words">',
    '<a href="../2021-02-17/">v</a>', '<a href="https://away.example/">away</a>', '<area href="//away.example/">',
    '<link rel="stylesheet" href="https://cdn.example/s.css">', '<link rel="canonical" href="https://site.example/">',
    '<link rel="alternate icon" href="x.ico">', '<img src="https://px.example/p.png" srcset="a.png 1x, https://b.example/b.png 2x">',
    '<source srcset="c.png 2x">', '<div style="background:url(https://bg.example/x.png)">s</div>',
    '<svg><image xlink:href="https://svg.example/i.png"/><use href="#icon"/></svg>',
    '<iframe srcdoc="&lt;img src=&quot;https://inner.example/p.png&quot;&gt;"></iframe>',
    '<form action="https://post.example/"><button formaction="/f">b</button></form>', '<q cite="https://quote.example/">q</q>',
    '<video poster="https://poster.example/p.png"><track src="t.vtt"></video>', '<object data="https://obj.example/o">',
    '<blockquote CITE="x"><P CLASS="a">p</P></blockquote>', "<br><hr><wbr>", '<td background="https://td.example/b.png">t</td>',
]


def _reference(text: str, *, page: bool = False) -> list[str]:
    """The walk as it was before perf19: each element's attributes read for each question."""
    from selectolax.lexbor import LexborHTMLParser

    found: list[str] = []
    tree = safety.parsed(text) if page else LexborHTMLParser(f"<body>{text}")
    article = tree.css_first("article.md-content__inner") if page else None
    in_text = {link.mem_id for link in article.css("a, area")} if article is not None else set()
    for node in tree.root.traverse(include_text=False):
        tag = (node.tag or "").lower()
        if tag == "style":
            found += safety.css_addresses(node.text(deep=True))
        elif page and (node.attributes.get("id") or "").lower() == "__config":
            found += [value for key in ("search", "base")
                      if isinstance(value := safety.json_field(node.text(deep=True), key), str)]
        elif tag == "meta" and (node.attributes.get("http-equiv") or "").strip().lower() == "refresh":
            found.append(safety.refresh_target(node.attributes.get("content") or ""))
        elif page and tag == "meta" and servedpages._FETCHED_META.fullmatch(next(
                (value.strip() for name in servedpages._META_KEYS if (value := node.attributes.get(name))), "")):
            found.append(node.attributes.get("content") or "")
        followed = page and (tag in ("a", "area") and node.mem_id in in_text or tag == "link" and set(
            (node.attributes.get("rel") or "").lower().split()) <= safety.INERT_LINKS)
        for name, value in node.attributes.items():
            name = str(name).lower()
            if name in safety.URL_ATTRIBUTES and not (page and (followed or name not in servedpages._LOADED)):
                found.append(value or "")
            elif name in safety.SRCSETS:
                found += list(safety.srcset_urls(value or ""))
            elif name == "style" or name in safety.PAINTING:
                found += safety.css_addresses(value or "")
            elif name == "srcdoc":
                found += _reference(value or "")
    return found


def _page(pieces: list[str]) -> str:
    inside, outside = pieces[::2], pieces[1::2]
    return ('<!doctype html><html lang="fr"><head>' + "".join(p for p in pieces if p.startswith(("<meta", "<link")))
            + '</head><body><header>' + "".join(outside) + '</header><div class="md-content">'
            '<article class="md-content__inner md-typeset">' + "".join(inside) + "</article></div></body></html>")


@pytest.mark.parametrize("shift", range(4))
def test_a_page_s_addresses_are_those_found_before(shift):
    pieces = PIECES[shift:] + PIECES[:shift]
    html = _page(pieces)
    found = servedpages.html_addresses(html, page=True)
    assert found == _reference(html, page=True)
    assert len(found) > 10


@pytest.mark.parametrize("piece", PIECES)
def test_a_summary_s_addresses_are_those_found_before(piece):
    assert servedpages.html_addresses(piece) == _reference(piece)
    assert servedpages.html_addresses(piece * 3) == _reference(piece * 3)
