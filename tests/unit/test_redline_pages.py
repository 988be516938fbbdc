"""The changes page's redline (partials/redline.html through redline.render_html): its links' names in the page's
languages, its tables as tables."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite import redline
from unit.test_redline import policy

BODY = "## 1. Adatok\n\nMi harminc napig őrizzük.\n\n## 2. Jogok\n\nÍrjon nekünk.\n"


@pytest.fixture(scope="module")
def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def test_a_sections_links_into_the_versions_say_its_heading_marked_in_the_texts_language(env):
    """A section's link into a version was named by an aria-label, "previous version (§1 Adatok)": the site's English
    words and a Hungarian heading in one attribute, which cannot mark the heading's language (WCAG 3.1.2). The heading
    is said by words the eye does not see, marked Hungarian, inside the link marked English; the name is the same."""
    r = redline.diff(policy(BODY, lang="hu"), policy(BODY.replace("harminc", "hatvan"), lang="hu", date="2030-02-01"))
    html = LexborHTMLParser(redline.render_html(r, env=env, lang="hu", old_url="../2030-01-15/",
                                                new_url="../2030-02-01/"))
    links = html.css(".redline-summary a[href*='/#']")
    assert [a.text() for a in links] == ["previous version (§1 Adatok)", "new version (§1 Adatok)"]
    for a in links:
        assert "aria-label" not in a.attributes and (a.attributes["lang"], a.attributes["dir"]) == ("en", "ltr")
        (unseen,) = a.css(".policy-unseen")
        assert (unseen.attributes["lang"], unseen.text()) == ("hu", " (§1 Adatok)")
    # a language the site speaks: nothing marked, the same words
    french = LexborHTMLParser(redline.render_html(redline.diff(policy(BODY, lang="fr"), policy(
        BODY.replace("harminc", "hatvan"), lang="fr", date="2030-02-01")), env=env, lang="fr",
        old_url="../2030-01-15/", new_url="../2030-02-01/"))
    assert [(a.text(), a.attributes.get("lang")) for a in french.css(".redline-summary a[href*='/#']")] == [
        ("version précédente (§1 Adatok)", None), ("nouvelle version (§1 Adatok)", None)]
