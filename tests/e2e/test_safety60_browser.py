"""safety60 where the browser is the point, on pages served at a site's address by the test itself: a title's words are
no words a reader reads, on screen or on paper (editorial.tooltip); an alias span out of its heading takes an earlier
version's links (output.alias-placed)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://site.test/policy/en/2022-03-01/"


def _page(new_context, article: str):
    body = ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Policy</title></head><body>'
            f'<div class="md-content"><article class="md-content__inner md-typeset">{article}</article></div>'
            '</body></html>')
    context = new_context()
    context.route(SITE, lambda route: route.fulfill(body=body, content_type="text/html; charset=utf-8"))
    return context.new_page()


def test_a_title_s_words_are_shown_neither_on_screen_nor_on_paper(new_context, traffic):
    """Chromium draws a title as a tooltip of its own, over the page, only while the pointer rests on the element: the
    words a reader reads (innerText), on screen and printed, hold the element's words and none of its title's."""
    page = _page(new_context, '<h2 id="s1">1. Scope</h2><p>We follow the <abbr title="We sell your data to anyone">'
                              'GDPR</abbr> and <a href="#s1" title="By reading on you consent to profiling">this'
                              '</a>.</p>')
    page.goto(SITE, wait_until="load")
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        read = page.locator("article").inner_text()
        assert "We follow the GDPR and this." in read
        assert "sell" not in read and "consent" not in read, (media, read)
    assert not traffic.errors, traffic.errors


def test_an_alias_out_of_its_heading_takes_the_earlier_version_s_link(new_context, traffic):
    """An address naming a section's id in an earlier version (`#2021-02-17.s1`) lands on the first element of that id:
    the heading's alias where the build writes it, a paragraph's where the text or a hand edit put one before it."""
    heading = '<h2 id="s1"><span class="policy-alias" id="2021-02-17.s1"></span>1. Scope</h2>'
    for before, landed in (("", "H2"), ('<p>We sell your data.<span class="policy-alias" id="2021-02-17.s1"></span></p>',
                                        "P")):
        page = _page(new_context, f"{before}<p>Intro.</p>{heading}<p>Text.</p>")
        page.goto(f"{SITE}#2021-02-17.s1", wait_until="load")
        assert page.evaluate("document.querySelector(':target').parentElement.tagName") == landed
    assert not traffic.errors, traffic.errors
