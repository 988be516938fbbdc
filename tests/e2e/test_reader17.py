"""Reader17, session 43, in Chromium: a link naming a section removed since by its dated id (`#2021-02-17.s3`, Cookies'
¶ copied at latest/ in 2021) on a later page whose §3 is another section (Security, given the id after): the page says
it has no such section (.policy-missing) rather than showing Security as if it were it; the title's own id, a
section's later dated id and its id still land where they did."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LATEST = "https://site.test/policy/fr/latest/"
# 2023-05-10's page as anchors.with_aliases writes it: Cookies (§3 until 2021-02-17) removed, its dated id in the
# title; Security, §3 since, dated from the version after the removal
PAGE = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Politique</title></head><body>
<div class="md-content"><article class="md-content__inner md-typeset">
<div class="policy-version" data-policy-version="2023-05-10"></div>
<p class="policy-missing" hidden>Cette version n'a pas cette section.</p>
<h1 id="politique"><span class="policy-alias" id="2021-02-17.s3"></span>Politique</h1>
<h2 id="s1">1. Objet <a class="headerlink" href="#s1">¶</a></h2><p>Un.</p>
<h2 id="s2">2. Données <a class="headerlink" href="#s2">¶</a></h2><p>Deux.</p>
<h2 id="s3"><span class="policy-since" id="2022-03-01.s3"></span>3. Sécurité <a class="headerlink" href="#s3">¶</a></h2>
<p>Trois.</p>
</article></div><script src="/policy/assets/javascripts/policy.js"></script></body></html>"""


def _page(new_context):
    context = new_context()
    context.route(LATEST, lambda route: route.fulfill(body=PAGE, content_type="text/html; charset=utf-8"))
    context.route("https://site.test/policy/assets/javascripts/policy.js", lambda route: route.fulfill(
        path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"), content_type="text/javascript"))
    return context.new_page()


@pytest.mark.parametrize("fragment", ["2021-02-17.s3", "2020-06-30.s3"])
def test_a_removed_sections_dated_link_says_the_section_is_not_here(new_context, traffic, fragment):
    page = _page(new_context)
    page.goto(f"{LATEST}#{fragment}", wait_until="load")
    page.locator(".policy-missing").wait_for(state="visible")
    assert not traffic.errors, traffic.errors


@pytest.mark.parametrize("fragment", ["politique", "2022-03-01.s3", "2023-05-10.s3", "s3", "2021-02-17.s2"])
def test_the_titles_id_and_the_later_sections_ids_land_as_before(new_context, traffic, fragment):
    page = _page(new_context)
    page.goto(f"{LATEST}#{fragment}", wait_until="load")
    page.wait_for_function("document.readyState === 'complete'")
    assert page.locator(".policy-missing").is_hidden()
    assert not traffic.errors, traffic.errors


def test_the_later_sections_mark_links_it_by_its_own_dated_id(new_context):
    page = _page(new_context)
    page.goto(LATEST, wait_until="load")
    assert page.locator("#s3 .headerlink").get_attribute("href") == "#2022-03-01.s3"
