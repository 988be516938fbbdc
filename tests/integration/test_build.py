"""A real strict build of both languages: languages, anchors, privacy, print."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import FROZEN
from policysite import document


def page(site: Path, lang: str) -> str:
    return (site / lang / "index.html").read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_each_language_at_its_own_url_with_its_lang_and_search(built_site, lang):
    html = page(built_site, lang)
    assert f'<html lang="{lang}"' in html
    index = json.loads((built_site / lang / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert index["config"]["lang"] == [lang]
    assert f'<link rel="canonical" href="https://www.dial-once.com/politique-de-confidentialite/{lang}/">' in html


def test_section_anchors_identical_across_languages(built_site):
    fr_ids = re.findall(r'<h[2-6] id="([^"]+)"', page(built_site, "fr"))
    en_ids = re.findall(r'<h[2-6] id="([^"]+)"', page(built_site, "en"))
    policy = document.read(FROZEN / "fr" / "index.md", lang="fr")
    assert fr_ids == en_ids == [s.anchor for s in policy.sections]
    assert "s7-3-2-1" in fr_ids and len(fr_ids) == 48


def test_language_switcher_links_the_other_language(built_site):
    html = page(built_site, "fr")
    # the language's name in that language (reader audit 13: a screen reader said "English" with a French voice)
    assert re.search(r'<a href="../en/" hreflang="en" class="md-select__link" lang="en">\s*English', html)
    assert 'hreflang="en">' not in html.split("</head>")[0]  # no relative hreflang in the head
    assert 'assets/javascripts/policy.js' in html
    script = (built_site / "fr" / "assets" / "javascripts" / "policy.js").read_text(encoding="utf-8")
    assert "a[hreflang]" in script and "location.hash" in script


def test_date_and_version_section_in_the_page_language(built_site):
    fr, en = page(built_site, "fr"), page(built_site, "en")
    assert '<time datetime="2021-02-17">Dernière mise à jour\u00a0: 17 février 2021</time>' in fr
    assert '<time datetime="2021-02-17">Last updated: February 17, 2021</time>' in en
    assert re.search(r'id="s1".*?</h2><div class="policy-version">\s*<p>Version du <time', fr, re.S)
    assert 'title="Lien permanent vers cette section"' in fr


RESOURCE = re.compile(r'<(?:script|img|iframe|source|link)\b[^>]*?\s(?:src|href)="([^"]+)"', re.I)


def test_no_third_party_resource_no_font_no_analytics(built_site):
    for html_file in built_site.rglob("*.html"):
        html = html_file.read_text(encoding="utf-8")
        for tag in re.finditer(r"<(script|img|iframe|source|link)\b[^>]*>", html, re.I):
            text = tag.group(0)
            if re.search(r'rel="(canonical|alternate)"', text):
                continue  # links for search engines, never fetched by the browser
            for url in re.findall(r'\s(?:src|href)="([^"]+)"', text):
                assert not re.match(r"(https?:)?//", url), f"{html_file}: third-party resource {url}"
        for marker in ("googleapis", "gstatic", "google-analytics", "googletagmanager", "gtag("):
            assert marker not in html, f"{html_file}: {marker}"
    for css in built_site.rglob("*.css"):
        assert not re.search(r"url\(\s*['\"]?(https?:)?//", css.read_text(encoding="utf-8")), css


def test_print_stylesheet_hides_navigation(built_site):
    assert "assets/stylesheets/policy.css" in page(built_site, "fr")
    css = (built_site / "fr" / "assets" / "stylesheets" / "policy.css").read_text(encoding="utf-8")
    printed = css[css.index("@media print"):]
    for chrome in (".md-header", ".md-sidebar", ".md-footer-meta", ".headerlink"):
        assert chrome in printed


def test_root_sends_readers_to_the_french_policy(built_site):
    root = (built_site / "index.html").read_text(encoding="utf-8")
    assert '<meta http-equiv="refresh" content="0; url=fr/">' in root


def test_each_heading_s_permanent_link_is_out_of_its_name_and_of_the_tab_order(built_site):
    """A screen reader read each section's title with "pilcrow" after it; Tab stopped on every "¶"."""
    html = page(built_site, "fr")
    links = re.findall(r'<a class="headerlink"[^>]*>', html)
    assert len(links) > 10 and all('aria-hidden="true" tabindex="-1" href="#' in link for link in links), links[:3]


def test_the_preview_has_the_root_files_a_search_engine_reads_as_publishing_writes_them(built_site):
    """company13: `policy build` wrote no root sitemap index (company12's, which publishing writes): the tree said to
    be deployable was not what publishing serves. It names each language's sitemap, each there; no robots.txt, the
    site being in a folder of its host."""
    from policysite import rootfiles

    url = "https://www.dial-once.com/politique-de-confidentialite/"
    assert (built_site / "sitemap.xml").read_bytes() == rootfiles.sitemap_index(url, ["fr", "en"])
    for lang in ("fr", "en"):
        assert f"<loc>{url}{lang}/</loc>" in (built_site / lang / "sitemap.xml").read_text(encoding="utf-8")
    assert not (built_site / "robots.txt").exists()
