"""Safety hunt 56 where the browser is the point: what policy.js reads from a page's own markup at latest/ (reader15's
dated section links), on a page of the least markup it reads, served at a site's address by the test itself."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = "https://site.test/policy/fr/latest/"
PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Politique</title></head><body>
<div class="md-content"><article class="md-content__inner md-typeset">
<div class="policy-version" data-policy-version="2021-02-17"></div>
<h2 id="a%zz">1. Taux <a class="headerlink" href="#a%zz">¶</a></h2><p>Un.</p>
<h2 id="s2">2. Cookies <a class="headerlink" href="#s2">¶</a></h2><p>Deux.</p>
</article></div><script src="/policy/assets/javascripts/policy.js"></script></body></html>"""


def test_a_heading_id_holding_a_stray_percent_leaves_latest_s_scripts_running(new_context, traffic):
    """A heading's id written `{#a%zz}` (Markdown's attr_list takes it) is no valid escape: at latest/, policy.js
    decoded each ¶ link's id to date it and threw a URIError there, which ended the whole script (the dated links after
    it, the notes, the print line). The ¶ of the next section is dated, nothing is thrown."""
    context = new_context()
    context.route(SITE, lambda route: route.fulfill(body=PAGE, content_type="text/html; charset=utf-8"))
    context.route("https://site.test/policy/assets/javascripts/policy.js", lambda route: route.fulfill(
        path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"), content_type="text/javascript"))
    page = context.new_page()
    page.goto(SITE, wait_until="load")
    assert page.locator("#s2 .headerlink").get_attribute("href") == "#2021-02-17.s2"
    assert page.locator("h2 .headerlink").first.get_attribute("href") == "#2021-02-17.a%25zz"
    assert not [error for error in traffic.errors if "uncaught" in error], traffic.errors
