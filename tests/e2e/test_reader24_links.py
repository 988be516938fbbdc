"""Reader24, session 53: links that survive, the page's top (`#top`) included."""
from __future__ import annotations

import pytest
from reader import go, settled

from policy_repo import Served, published_in_languages

STATUS = ".policy-at-status"


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_at_page_s_top_is_no_date_mistyped(opened, site, lang):
    """`#top` is the page's top as every browser reads it (a "back to top" link, anchors.TOP): on the page of the
    version in force on a date, it said "“…” is not a date (YYYY-MM-DD)", a mistake the reader never made. It says
    nothing, the form empty, as the page's address without a day; a day asked then is still answered."""
    for top in ("top", "TOP"):
        page = opened(site.url(f"at-{lang}", top))
        settled(page)
        assert page.locator(STATUS).inner_text().strip() == "", top
        assert page.locator(".policy-at-form input").input_value() == ""
        assert page.evaluate("scrollY") == 0
    page.evaluate("d => { location.hash = d; }", site.archived[0])
    page.wait_for_url(f"**/{lang}/{site.archived[0]}/")


COMPARE_STATUS = ".policy-compare-status"


def _said(page, words: str) -> None:
    page.wait_for_function("([sel, words]) => document.querySelector(sel).textContent.trim().startsWith(words)",
                           arg=[COMPARE_STATUS, words])


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_compare_link_naming_latest_or_no_version_s_date_is_answered(opened, site, lang):
    """`compare/#2019-03-04..latest` (the version in force by the name the site's own addresses give it), written by
    hand or copied from a mail, was read as no pair: the page said nothing and showed the two newest versions,
    uncompared; so did a day mistyped (`2019-3-4`) or a word. `latest` is the version in force, on either side (in
    either order, the older first in the address); any other side is said to be no version's date, echoed only where
    it could be a mistyped date."""
    from policysite.strings import strings

    said = strings(lang)
    done, unknown = said["compare_done"].split("{")[0], said["compare_unknown"]
    oldest, latest = site.versions[0], site.latest
    page = opened(site.url(f"compare-{lang}", f"{oldest}..latest"))
    _said(page, done)
    assert page.url.endswith(f"#{oldest}..{latest}")
    assert [page.locator(f".policy-compare select >> nth={n}").input_value() for n in (0, 1)] == [oldest, latest]
    for asked, echoed in ((f"2019-3-4..{latest}", "2019-3-4"), ("privacy..policy", "…"), (f"LATEST..{oldest}", None)):
        page.evaluate("h => { location.hash = h; }", asked)
        if echoed is None:  # in either order
            page.wait_for_url(f"**#{oldest}..{latest}")
            _said(page, done)
        else:
            _said(page, unknown.split("{")[0])
            assert page.locator(COMPARE_STATUS).inner_text().strip() == unknown.format(date=echoed)


TOPPED = {"fr": ("Politique de confidentialité", ("Objet", "Top", "Nous contacter"), "Haut de page",
                 "Nous traitons vos données"),
          "en": ("Privacy policy", ("Purpose", "Top", "Contact us"), "Back to top", "We process your data")}


def topped_page(lang: str, n: int) -> str:
    """A text whose headings are unnumbered, one of them titled "Top", each section ending on a "back to top" link."""
    title, headings, back, words = TOPPED[lang]
    body = "".join(f"## {h}\n\n" + "".join(f"{words} {k}.{m}.\n\n" for m in range(30)) + f"[{back}](#top)\n\n"
                   for k, h in enumerate(headings, start=1))
    return f"---\ndate: 2024-03-01\n---\n\n# {title}\n\n{body}"


@pytest.fixture(scope="module")
def topped(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader24-top")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), ("2024-03-01",), topped_page)),
                  project=folder / "site")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_section_titled_top_leaves_the_page_s_top_to_back_to_top_links(new_context, topped, lang):
    """A section titled "Top" was given the id `top`, which a browser reads before the page's top: every "back to top"
    link of the text, and `#top` in an address, took the reader to that section. Its id is `top_1`; `#top` is the
    page's top, with scripts or without, and the section's own link lands on it."""
    for script in (True, False):
        page = new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=script).new_page()
        if script:
            go(page, topped.url(f"/{lang}/latest/#top"))
        else:
            page.goto(topped.url(f"/{lang}/latest/#top"))
        assert page.locator("#top").count() == 0
        assert page.evaluate("scrollY") == 0, script
        if script:
            assert not page.locator(".policy-missing").is_visible()
        heading = page.locator(".md-content h2", has_text="Top")
        assert heading.get_attribute("id") == "top_1"
        page.goto(topped.url(f"/{lang}/latest/#top_1"))
        assert abs(heading.evaluate("e => e.getBoundingClientRect().top")) < 200
        link = page.locator(".md-content a[href='#top']").last
        link.click()
        page.wait_for_function("() => scrollY === 0")
        page.context.close()
