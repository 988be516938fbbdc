"""rootfiles: the sitemap index and robots.txt a search engine reads at the site's root (company12)."""
from __future__ import annotations

from xml.etree import ElementTree

from policysite import rootfiles

INDEX = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_the_index_names_each_folder_s_sitemap_in_order_escaped():
    written = rootfiles.root_files("https://e.test/a&b/", ["fr", "en"])
    tree = ElementTree.fromstring(written["sitemap.xml"])
    assert tree.tag == f"{INDEX}sitemapindex"
    assert [loc.text for loc in tree.iter(f"{INDEX}loc")] == ["https://e.test/a&b/fr/sitemap.xml",
                                                             "https://e.test/a&b/en/sitemap.xml"]
    assert b"&amp;" in written["sitemap.xml"]
    assert "robots.txt" not in written  # a folder of the host: its robots.txt is nobody's


def test_robots_txt_at_a_host_s_root_names_the_index():
    assert rootfiles.root_files("https://e.test/", ["en"])["robots.txt"] == b"Sitemap: https://e.test/sitemap.xml\n"
    assert rootfiles.robots("https://e.test/privacy/") is None


def test_nothing_before_a_language_is_published():
    assert rootfiles.root_files("https://e.test/", []) == {}
