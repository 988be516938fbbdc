"""Adopt38: session 49's leftovers and more shapes of the policies a new company brings (tests/data/adoption38/:
synthetic texts of fictional companies, written as their tools export them), each imported with `policy import` into a
new site and built: its headings, their ids and numbers as the old page showed them, and every word of the text, none
lost or added."""
from __future__ import annotations

import pytest

from helpers import ROOT
from tests.adoption_pages import built, headings, text, words

DATA = ROOT / "tests" / "data" / "adoption38"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_jekyll_page_s_captured_and_assigned_variables_and_site_settings_show_their_words(tmp_path, initialized):
    """A Jekyll page sets `{% capture mail %}privacy@…{% endcapture %}` and `{% assign shop = "…" %}` above its text
    and shows `{{ mail }}`, `{{ mail | upcase }}`, `{{ site.company.name }}` (its site's `_config.yml`): the captured
    words were shown where they were set, the variables left as written (refused by `policy check`). Each shows the
    words the old site showed there, said with its line; what set them shows nothing."""
    source = DATA / "jekyll" / "privacy-2024-03-04.md"
    said, page = built(tmp_path, initialized, "en", source)
    assert ("line 7: left out a template block setting mail, which showed nothing where it stood; its words, "
            "“privacy@fernhill.example”, are written where the page shows mail") in said, said
    assert "line 27: wrote {{ mail | upcase }} as the words the page set mail to: “PRIVACY@FERNHILL.EXAMPLE”" in said
    assert ("lines 13 and 18: wrote {{ site.company.name }} as the words the old site filled in, its settings' "
            "(`_config.yml`) company.name: “Fernhill Tea Ltd”") in said, said
    assert "template code" not in said, said
    tree = text(page)
    for node in tree.css(".policy-updated"):
        node.decompose()
    assert headings(tree) == [("h1", "None", "Privacy Policy"), ("h2", "s1", "1. Who we are"),
                              ("h2", "s2", "2. What we collect"), ("h2", "s3", "3. Your rights")]
    assert words(tree.body.text(separator=" ")) == words(
        "Privacy Policy This policy explains how Fernhill Tea Ltd (company number 10293847) handles the personal data "
        "of people who buy from the Fernhill shop. 1. Who we are Fernhill Tea Ltd sells tea online. Our data "
        "protection lead is Ruth Okafor. Write to privacy@fernhill.example or by post to Fernhill Tea Ltd, 4 Mill "
        "Lane, Leeds LS1 4AB. 2. What we collect Your name, your delivery address and your order history. We never "
        "store your card number. 3. Your rights You may ask for a copy of your data or its deletion at any time: "
        "write to PRIVACY@FERNHILL.EXAMPLE or to hello@fernhill.example.")
