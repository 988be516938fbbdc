"""Leads46: a page nested far too deep is refused before a parser builds its tree (nesting.least_depth)."""
from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite.convert import ConvertError, convert, html_source
from policysite.convert.nesting import least_depth


def test_two_hundred_thousand_nested_divs_are_refused_without_being_parsed(tmp_path: Path, monkeypatch):
    """200,000 nested <div> took lexbor about 220 s of CPU to parse before html_source's depth check refused the
    page: refused now by a scan of its text, the parser never run, the message naming the depth it has at least."""
    parsed: list[int] = []
    real = html_source.LexborHTMLParser
    monkeypatch.setattr(html_source, "LexborHTMLParser", lambda *a, **k: parsed.append(1) or real(*a, **k))
    page = tmp_path / "privacy-2023-01-01.html"
    page.write_text("<html><body><h1>Privacy</h1>" + "<div>" * 200_000 + "<p>Words.</p>" + "</div>" * 200_000
                    + "</body></html>", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        convert(page)
    assert getattr(refused.value.args[0], "key", "") == "import.html-nested/at-least"
    assert "privacy-2023-01-01.html: its elements are nested at least 200,001 deep (more than 512)" in \
        str(refused.value)
    assert parsed == []
    usual = tmp_path / "privacy-2023-02-01.html"
    usual.write_text("<html><body><h1>Privacy</h1>" + "<div>" * 50 + "<p>Words.</p>" + "</div>" * 50, "utf-8")
    assert "Words." in convert(usual).markdown and parsed  # (a page nested as sites nest theirs is parsed)


DEEP = "<div>" * 600


@pytest.mark.parametrize("page", [
    "<!--" + DEEP, "<!-- x -->" + "<div>" * 5, "<textarea>" + DEEP + "</textarea><div>", "<title>" + DEEP,
    "<script><!--<script>" + DEEP + "</script>", "<script>var a = '" + DEEP + "';</script><span>",
    "<style>" + DEEP + "</style>", "<noscript>" + DEEP + "</noscript>",
    '<a href="' + DEEP, "<div title='" + DEEP + "'>", "<div a\"b c='<div>'>" + "<div>" * 3,
    "<ul>" + "<li><div>" * 600, "<dl>" + "<dt><div><dd><div>" * 300, "<p><span>" + "<div><p><span>" * 300,
    "<select>" + DEEP + "</select>", "<table><tr><td>" + DEEP, "<svg>" + "<g>" * 5 + "<div>" * 10 + "</svg><span>",
    "<svg>" + "<section>" * 300 + "<div>" * 300, "<math>" + DEEP, "<template>" + DEEP + "</template>",
    "<frameset>" + DEEP, "<plaintext>" + DEEP, "<![CDATA[" + DEEP, "<!x <div>" * 600, "</ <div>" * 600,
    "<b>" * 600 + "</b>" * 600, "<div>" * 10 + "</section>" * 3 + "<div>" * 10, "<p>" + "<div></p>" * 600,
    "<h1>" + "<h2>" * 600, "<a>" * 600, "<div/>" * 600, "<br>" * 600])
def test_the_scan_never_counts_a_page_deeper_than_a_browser_builds_it(page):
    """The scan's depth is one the parsed page has at least: what a browser reads as text (comments, a script, a
    textarea, an attribute's value never closed), what it drops (a select's blocks) or closes (an `<li>` by the next,
    a `<p>` by a block) is never counted as open."""
    html = f"<html><body>{page}"
    assert least_depth(html) <= html_source._depth(LexborHTMLParser(html).root)


def test_the_scan_counts_the_blocks_and_words_a_browser_nests():
    assert least_depth("<html><body>" + "<section><div><span><b>" * 50) == 201
    assert least_depth("<div>" * 10 + "</div>" * 10 + "<div>" * 7) == 11
