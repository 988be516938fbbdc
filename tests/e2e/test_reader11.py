"""Reader11, session 38: what a reader sees where session 37 left faults: the at page's note on a version published
after its date, the version button's name."""
from __future__ import annotations

import datetime as dt
import json
import re

import pytest
from playwright.sync_api import expect
from reader import go
from wcag import axe, describe

from policysite import archive


def test_the_at_page_says_what_the_site_showed_on_a_day_a_late_version_had_not_reached_it(page, site):
    """Session 37: `policy at` says that a version published after its date had not reached the site on a day between
    them, and which the site showed; the at page sent that day's reader straight to the late version. Its data (the
    branch's late days, as building.build_archive writes them: here put into the served page) is said in the
    catalogue's words, each version a link, and the reader stays to read it."""
    shown, late = site.versions[0], site.versions[1]
    start = dt.date.fromisoformat(late)
    window = {"version": late, "from": late, "until": (start + dt.timedelta(days=2)).isoformat(), "shown": shown,
              "published": (start + dt.timedelta(days=3)).isoformat()}
    said = archive.late_said([window], lang="fr")

    def with_late(route):
        body = route.fetch().text()
        data = re.search(r'(class="policy-at-data">)(.*?)(</script>)', body)
        given = {**json.loads(data[2]), "late": said}
        route.fulfill(body=body.replace(data[0], data[1] + json.dumps(given) + data[3]),
                      content_type="text/html; charset=utf-8")

    page.route(f"{site.base}/fr/at/", with_late)
    day = (start + dt.timedelta(days=1)).isoformat()
    page.goto(f"{site.base}/fr/at/#{day}")
    status = page.locator(".policy-at-status")
    words = said["windows"][0]
    expect(status).to_have_text(
        f"La version {words['version_text']} n’a été publiée sur le site que le {words['published_text']}, après sa "
        f"date\u00a0: le {archive.long_date(start + dt.timedelta(days=1), 'fr')}, le site montrait encore la version "
        f"{words['shown_text']} comme texte en vigueur (le commit de la branche du {words['published_text']} prouve la "
        f"date de publication de la version {words['version_text']}).")
    assert status.get_by_role("link", name=words["shown_text"]).get_attribute("href") == f"../{shown}/"
    assert status.get_by_role("link", name=words["version_text"]).first.get_attribute("href") == f"../{late}/"
    assert page.url == f"{site.base}/fr/at/#{day}"
    results = axe(page)
    assert results["violations"] == [], "\n" + describe(results["violations"])
    page.goto(f"{site.base}/fr/at/#{window['published']}")  # the day it reached the site: to the version, as ever
    page.wait_for_url(f"{site.base}/fr/{late}/")


def test_the_version_button_s_name_is_its_words_each_marked_in_its_language(page, site):
    """Session 37: the version button's aria-label joined its words ("(in force)" in English on a page the site has
    no words for) to Material's "Select version": a string that cannot say which words are in another language (WCAG
    3.1.2). Its name is now its own words, each marked where it is another language's (policy.js: asides), then
    Material's words in the page's language, unseen; each visible word still in the name (WCAG 2.5.3)."""
    page.goto(site.policy_url("fr"))
    button = page.locator(".md-version__current[data-policy-named]")
    expect(button).to_have_count(1)
    assert button.get_attribute("aria-label") is None
    unseen = button.locator(".policy-unseen")
    label = unseen.text_content()
    assert label.startswith(" – ") and len(label) > 4 and unseen.bounding_box()["width"] <= 1
    seen = button.evaluate("b => [...b.childNodes].filter(n => n.className !== 'policy-unseen')"
                           ".map(n => n.textContent).join('')").strip()
    assert re.fullmatch(r"\d+(er)? \w+ \d{4} \(en vigueur\)", seen), seen
    expect(button).to_have_accessible_name(seen + label)
    results = axe(page)
    assert results["violations"] == [], "\n" + describe(results["violations"])


@pytest.mark.parametrize(("mount", "address"), [
    ("/sub/", "/sub/en/2099-01-01/"), ("/sub/", "/sub/fr/latest/no-such-page/"), ("/sub/", "/sub/fr/no-such-page/"),
    ("/fr/", "/fr/fr/no-such/page")])
def test_the_404_page_of_a_copy_finds_its_root_with_one_request_where_the_address_shows_its_layout(page, site, mount,
                                                                                                   address):
    """Session 37: off the site's own path, the 404 page tried a stylesheet under each folder of the address (three
    or four here, eight at most) to find where the copy is served. Where the address shows mike's layout (a language's
    folder holding a version's, as a missing page of a version does; else a language's folder), the folder before it
    is tried alone: one request. (A copy at /fr/ missing fr/no-such/page, reader10's, too.)"""
    not_found = (site.root / "404.html").read_bytes()
    sheets: list[str] = []

    def answer(route, request):  # the copy served at `mount`, as a static host serves it (its 404.html for a miss)
        path = request.url.removeprefix(site.base)
        if re.search(r"/main\.[^/]*\.css$", path):
            sheets.append(path)
        response = route.fetch(url=site.base + "/" + path.removeprefix(mount)) if path.startswith(mount) else None
        if response is None or response.status == 404:
            return route.fulfill(status=404, body=not_found, content_type="text/html; charset=utf-8")
        return route.fulfill(response=response)

    page.route(f"{site.base}/**", answer)
    go(page, site.base + address)
    expect(page.locator(".md-header")).to_have_css("position", "sticky")
    assert len(sheets) == 1 and sheets[0].startswith(f"{mount}fr/assets/stylesheets/"), sheets
    assert page.evaluate("__md_scope.pathname") == f"{mount}fr/"
