"""rootfiles: the sitemap index and robots.txt a search engine reads at the site's root (company12)."""
from __future__ import annotations

from xml.etree import ElementTree

import pytest

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


@pytest.mark.parametrize(("path", "data", "kept"), [
    ("google0123456789abcdef.html", b"google-site-verification: google0123456789abcdef.html", True),
    ("google0123456789abcdef.html", b"google-site-verification: google0123456789abcdef.html\n", True),
    ("google0123456789abcdef.html", b"google-site-verification: google0000000000000000.html", False),
    ("google0123456789abcdef.html", b"google-site-verification: google0123456789abcdef.html<script>", False),
    ("google0123456789abcdef.html", None, False),
    ("fr/google0123456789abcdef.html", b"google-site-verification: fr/google0123456789abcdef.html", False),
    ("googleXYZ.html", b"google-site-verification: googleXYZ.html", False),
    ("BingSiteAuth.xml", b'<?xml version="1.0"?>\n<users>\n\t<user>0123456789ABCDEF0123456789ABCDEF</user>\n</users>',
     True),
    ("BingSiteAuth.xml", b'<?xml version="1.0"?><users><user>x</user><script/></users>', False),
    ("promo.html", b"google-site-verification: promo.html", False),
])
def test_a_search_engine_s_ownership_proof_is_its_console_s_words_under_its_name_at_the_root(path, data, kept):
    """Histories25: Google's and Bing's site-ownership files, kept by publishing and passed by verify only as their
    consoles write them; the file is read only for such a name."""
    read: list[str] = []

    def reader() -> bytes | None:
        read.append(path)
        return data

    assert rootfiles.ownership_proof(path, reader) is kept
    assert bool(read) == (path.startswith("google") and path.endswith("0123456789abcdef.html")
                          or path == "BingSiteAuth.xml")
