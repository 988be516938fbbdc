"""leads45: a language's `sitemap.xml` (`fr/sitemap.xml`, the one file a search engine is given for the language)
listed the history, compare and at pages only: the text in force was in no sitemap a search engine is given, only in
each version's own `sitemap.xml`, which nothing names. Every version's page names `<lang>/latest/` as its canonical
address: the language's sitemap lists it, the day of the version in force its last change (the sitemaps protocol:
a sitemap lists the addresses under its own folder, a page's canonical one)."""
from __future__ import annotations

import re

import pytest

from policy_repo import Project, made_once, publish_two


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Project:
    return made_once(tmp_path_factory, publish_two)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_language_s_sitemap_lists_the_text_in_force_at_its_canonical_address(archive, lang):
    sitemap = archive.show(f"{lang}/sitemap.xml")
    urls = re.findall(r"<url>\s*<loc>([^<]*)</loc>\s*<lastmod>([^<]*)</lastmod>\s*</url>", sitemap)
    base = next(loc for loc, _day in urls if loc.endswith("/history/")).removesuffix("history/")
    assert (f"{base}latest/", "2022-03-01") in urls, sitemap
    assert [loc for loc, _day in urls].count(f"{base}latest/") == 1
    # the canonical address every version's page names, which the sitemap gives
    for version in ("2021-02-17", "2022-03-01"):
        assert f'<link rel="canonical" href="{base}latest/">' in archive.show(f"{lang}/{version}/index.html")
    assert not [loc for loc, _day in urls if "/2021-02-17/" in loc or "/2022-03-01/" in loc]


def test_an_address_is_added_once_first_escaped_and_only_to_a_urlset():
    from policysite import sitemap

    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
           "    <url>\n         <loc>https://e.test/fr/history/</loc>\n         <lastmod>2022-03-01</lastmod>\n"
           "    </url>\n</urlset>")
    added = sitemap.listed(xml, loc="https://e.test/a&b/fr/latest/", lastmod="2021-02-17")
    assert re.findall(r"<loc>([^<]*)</loc>", added) == ["https://e.test/a&amp;b/fr/latest/",
                                                      "https://e.test/fr/history/"]
    assert sitemap.listed(added, loc="https://e.test/a&b/fr/latest/", lastmod="2021-02-17") == added
    index = '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></sitemapindex>'
    assert sitemap.listed(index, loc="https://e.test/x/", lastmod="2021-02-17") == index
