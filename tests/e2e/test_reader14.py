"""Reader14, session 41: a reader's link keeps its section through the 404 page and the at page, in Chromium, on the
session's site (three synthetic versions, whose sections are §1, §2 and §2.1, and the frozen real policy)."""
from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect
from reader import as_a_static_host, go, heading_top, landed, with_late_days

SYNTHETIC_SECTION = "s2-1"  # tests/policy_repo.py's pages: every synthetic version has §2.1, several screens down


def _a_real_section(site, lang: str) -> str:
    """A section of the text in force, far down it, that no synthetic version has."""
    anchor = site.sections(lang)[8].anchor
    assert anchor not in ("s1", "s2", SYNTHETIC_SECTION), anchor
    return anchor


def _missing_answered_with_the_404_page(page, site) -> None:
    """A missing address answered as a static host answers it: the site's 404.html, status 404."""
    as_a_static_host(page, site.base, (site.root / "404.html").read_bytes())


def _in_view(page, anchor: str) -> None:
    top = heading_top(page, anchor)
    assert 0 <= top < page.viewport_size["height"] / 2, (anchor, top)


@pytest.mark.parametrize(("address", "lang"), [("/fr/{archived}/nope/", "fr"), ("/fr/nope", "fr"),
                                               ("/en/{archived}/changes/nope", "en")])
def test_the_404_page_s_link_to_the_text_in_force_keeps_the_section_asked(page, site, address, lang):
    """The 404 page's link to the text in force led to its top: a reader at `fr/2019-11-18/nope/#s3` (a version's
    page mistyped, a link cut short) lost the section asked. Each of its links carries it (policy.js), also when the
    address's section changes on the page; without scripts the link still goes to the text in force."""
    section = _a_real_section(site, lang)
    _missing_answered_with_the_404_page(page, site)
    response = go(page, site.base + address.format(archived=site.archived[1]) + "#" + section)
    assert response.status == 404
    # (each language's first link, to the text in force: reader32 added its history's, and a day's, beside it)
    links = page.locator(".md-content [data-policy-code] > p:not([data-policy-first]):not([data-policy-day]) "
                         "> a:first-child")
    assert links.count() == 2
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert sorted(hrefs) == [f"/en/latest/#{section}", f"/fr/latest/#{section}"], hrefs
    page.evaluate("location.hash = '#s2'")
    page.wait_for_function("() => [...document.querySelectorAll('.md-content [data-policy-code]')]"
                           ".every(b => b.querySelector('a[href]').getAttribute('href').endsWith('/latest/#s2'))")
    page.evaluate(f"location.hash = '#{section}'")
    with page.expect_navigation():
        links.first.click()
    landed(page)
    assert page.url == site.policy_url(lang, section)
    _in_view(page, section)
    page.unroute_all(behavior="ignoreErrors")


@pytest.mark.parametrize("joined", ["/", "#"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_at_page_lands_on_the_section_asked_of_the_version_in_force_that_day(page, site, lang, joined):
    """`at/#2021-02-17` landed at the version's top: the at page took no section. `at/#2021-02-17/s3` (and a section's
    link pasted after the day, `at/#2021-02-17#s3`) lands on that section of the version in force that day; the day
    alone still lands at its top."""
    first = site.archived[0]
    # (page.goto, not go: the at page leaves for the version at once, and waiting for it to be quiet read a page
    # being left: "Execution context was destroyed" once in a loaded run)
    page.goto(f"{site.url(f'at-{lang}')}#{first}{joined}{SYNTHETIC_SECTION}")
    page.wait_for_url(site.version_url(lang, first, SYNTHETIC_SECTION))
    landed(page)
    _in_view(page, SYNTHETIC_SECTION)
    section = _a_real_section(site, lang)
    page.goto(f"{site.url(f'at-{lang}')}#{site.latest}{joined}{section}")
    page.wait_for_url(site.version_url(lang, site.latest, section))
    landed(page)
    _in_view(page, section)
    page.goto(f"{site.url(f'at-{lang}')}#{first}")
    page.wait_for_url(site.version_url(lang, first))


def test_the_at_page_s_section_a_version_lacks_lands_on_its_note_saying_so(page, site):
    """A section the version in force that day does not have (§9 in 2019's text): its page opens at its top, under
    the note saying so (.policy-missing), as a version's own link to a missing section does."""
    section = _a_real_section(site, "fr")
    page.goto(f"{site.url('at-fr')}#{site.archived[0]}/{section}")
    page.wait_for_url(site.version_url("fr", site.archived[0], section))
    landed(page)
    box = page.locator(".policy-missing").bounding_box()
    assert box is not None and 0 <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"], box


def test_the_at_page_s_form_keeps_the_section_asked(page, site):
    """A day the at page does not land on (none in force yet) leaves the reader on its form: the day they then choose
    lands on the section their address asked for."""
    go(page, f"{site.url('at-fr')}#1999-01-01/{SYNTHETIC_SECTION}")
    page.locator("#policy-at-date").fill(site.archived[1])
    page.locator(".policy-at-form button").click()
    page.wait_for_url(site.version_url("fr", site.archived[1], SYNTHETIC_SECTION))
    landed(page)
    _in_view(page, SYNTHETIC_SECTION)


def test_the_at_page_s_note_on_a_late_version_links_each_version_at_the_section_asked(page, site):
    """A day a version published after its date had not reached the site leaves the reader on the at page's note,
    each version named a link: each leads to the section the address asked for."""
    shown, late = site.versions[0], site.versions[1]
    start = with_late_days(page, site.url("at-fr"), shown=shown, late=late)
    go(page, f"{site.url('at-fr')}#{(start + dt.timedelta(days=1)).isoformat()}/{SYNTHETIC_SECTION}")
    links = page.locator(".policy-at-status a")
    expect(links).to_have_count(3)
    assert sorted(set(links.evaluate_all("links => links.map(a => a.getAttribute('href'))"))) == [
        f"../{shown}/#{SYNTHETIC_SECTION}", f"../{late}/#{SYNTHETIC_SECTION}"]
