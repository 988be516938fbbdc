"""Safety hunt 56 where the browser is the point: what policy.js reads from a page's own markup at latest/ (reader15's
dated section links), on a page of the least markup it reads, served at a site's address by the test itself."""
from __future__ import annotations

from pathlib import Path

import pytest

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


# A dated version's page whose §2 had the id s3 on 2021-02-17 (a section inserted before it since): an address naming
# #s3 gets the note under §3 linking §2 by its heading's words, which are the text's and may spell markup
NOTE_PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Policy</title></head><body>
<div class="md-content"><article class="md-content__inner md-typeset">
<div class="policy-version" data-policy-version="2022-03-01"></div>
<p class="policy-missing" hidden>No such section.</p>
<p class="policy-unscripted" lang="en" data-policy-renumbered="Until {date} this address named"></p>
<h2 id="s2">2. &lt;img src=x onerror=window.hit=1&gt; <span class="policy-alias" id="2021-02-17.s3"></span>
<a class="headerlink" href="#s2">¶</a></h2><p>Two.</p>
<h2 id="s3">3. Cookies <a class="headerlink" href="#s3">¶</a></h2><p>Three.</p>
</article></div><script src="/policy/assets/javascripts/policy.js"></script></body></html>"""
VERSION = "https://site.test/policy/en/2022-03-01/"


def _served(new_context, body: str, at: str):
    context = new_context()
    context.route(at, lambda route: route.fulfill(body=body, content_type="text/html; charset=utf-8"))
    context.route("https://site.test/policy/assets/javascripts/policy.js", lambda route: route.fulfill(
        path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"), content_type="text/javascript"))
    page = context.new_page()
    page.on("dialog", lambda dialog: (setattr(page, "dialogs", [*getattr(page, "dialogs", []), dialog.message]),
                                      dialog.dismiss()))
    return page


def test_a_heading_s_words_spelling_markup_are_words_in_the_renumbered_note(new_context, traffic):
    """The note under the section an address names by a former holder's id clones that holder's heading for its words:
    they are its text (`textContent`), no element of them is made, nothing runs."""
    page = _served(new_context, NOTE_PAGE, VERSION)
    page.goto(f"{VERSION}#s3", wait_until="load")
    note = page.locator(".policy-formerly")
    note.wait_for(state="attached")
    assert note.locator("a").inner_text() == "2. <img src=x onerror=window.hit=1>"
    assert note.locator("a").get_attribute("href") == "#s2"
    assert note.locator("img").count() == 0 and page.evaluate("window.hit") is None
    assert not traffic.errors, traffic.errors


@pytest.mark.parametrize("fragment", [
    "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "javascript:alert(1)", "2021-02-17.%3Cimg%20src=x%20onerror=alert(1)%3E",
    "2021-02-17.s3%22%3E%3Cscript%3Ealert(1)%3C/script%3E", "%E0%A4%A", "2021-02-17.__proto__",
])
def test_an_address_s_fragment_is_only_an_id_looked_up(new_context, traffic, fragment):
    """policy.js reads the address's fragment (reader15: `#<day>.<id>` resolved by the day's ids): markup, a script's
    scheme, an invalid escape, an object's own key are ids no element has; the page says the section is missing, makes
    no element of them and runs nothing."""
    page = _served(new_context, NOTE_PAGE, VERSION)
    page.goto(f"{VERSION}#{fragment}", wait_until="load")
    page.locator(".policy-missing").wait_for(state="visible")
    assert page.locator("img, script:not([src])").count() == 0
    assert getattr(page, "dialogs", []) == [] and not traffic.errors, (getattr(page, "dialogs", []), traffic.errors)
