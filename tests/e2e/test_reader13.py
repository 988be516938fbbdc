"""Reader13, session 41: what a reader at the policy's address still lacked, in Chromium, on the session's site (three
synthetic versions and the frozen real policy, in French and English)."""
from __future__ import annotations

import subprocess

import pytest
from playwright.sync_api import expect
from reader import go, heading_top, landed, settled

from helpers import poppler


def _printed_pages(page, tmp_path, paper: str) -> list[str]:
    """Each page of `page` printed by Chromium on `paper` (A4, A6), its words as pdftotext reads them."""
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format=paper)
    text = subprocess.run([poppler("pdftotext"), "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")[:-1]  # a form feed ends each page


@pytest.mark.parametrize(("name", "paper"), [("archived-fr", "A4"), ("changes-en", "A6"), ("compare-fr", "A6")])
def test_each_printed_page_says_which_version_or_page_it_is_its_address_and_its_number(page, site, tmp_path, name,
                                                                                        paper):
    """Printed, only the first page said which text it was and where it is online (.policy-print): the fourth page of
    a five-page version, filed or photocopied alone, said neither version, date nor address. Each page after the first
    now carries the same line above its text (policy.css @page, its words from policy.js), French's no-break spaces
    kept, and every page its number of the whole."""
    compare = name.startswith("compare")
    go(page, site.url(name) + (f"#{site.archived[0]}..{site.archived[-1]}" if compare else ""))
    line = page.evaluate("document.querySelector('.policy-print').textContent")
    address = page.evaluate("document.querySelector('.policy-print [dir=ltr]').textContent")
    assert address.startswith("https://") and (not compare or address.endswith(f"#{site.archived[0]}..{site.archived[-1]}"))
    said = line[:line.index(address)].strip()  # "Version du 30 juin 2020. En ligne :", the archive page's title…
    running = page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--policy-print-line')")
    assert running == '"' + said + " \u2066" + address + "\u2069" + line[line.index(address) + len(address):] + '"'
    if name.endswith("-fr"):
        assert "\u00a0:" in running, running
    pages = _printed_pages(page, tmp_path, paper)
    assert len(pages) >= 3, f"{len(pages)} pages: the test needs a text longer than the paper"
    for number, words in enumerate(pages, start=1):
        flat = "".join(words.replace("\u2066", "").replace("\u2069", "").split())
        assert "".join(said.split()) in flat, (number, words[:300])
        assert address in flat, (number, words[:300])
        assert flat.endswith(f"{number}/{len(pages)}"), (number, words[-200:])  # "2 / 5", its spaces not read


def test_an_address_changed_on_the_page_to_a_section_it_lacks_shows_the_note_saying_so(page, site):
    """On a first visit, an address naming a section the version lacks opens the page at its top, under the note
    saying so (.policy-missing). Changed on the page (a link followed in it, a fragment typed), the browser left the
    reader at the section they were reading and showed the note at the text's top, off the screen: nothing said the
    section asked for was not there. The page now goes to the note; a section it has, asked next, hides it."""
    section = site.sections("fr")[-1].anchor
    go(page, site.policy_url("fr", section))
    note = page.locator(".policy-missing")
    assert page.evaluate("scrollY") > 1000 and not note.is_visible()
    page.evaluate("location.hash = '#s999'")
    note.wait_for(state="visible")
    settled(page)
    header = page.locator(".md-header").bounding_box()
    box = note.bounding_box()
    assert header["y"] + header["height"] <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"], box
    page.evaluate(f"location.hash = '#{section}'")
    note.wait_for(state="hidden")


def test_at_320_px_the_drawer_s_title_shows_the_site_s_whole_name(new_context, site):
    """At 320 CSS px (a desktop zoomed to 400 %, WCAG 1.4.10) the opened drawer's title, the site's name over its
    logo, was one line of fixed height ending in "…": "Politique de confiden…". It wraps, and grows to hold it."""
    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    go(page, site.policy_url("fr"))
    page.click("label.md-header__button[for=__drawer]")
    settled(page)
    title = page.locator(".md-nav--primary > .md-nav__title[for=__drawer]")
    name = page.locator(".md-header__topic:first-child > .md-ellipsis").first.inner_text().strip()
    assert title.inner_text().strip() == name and len(name) > 30, name
    assert title.evaluate("t => [t.scrollWidth <= t.clientWidth, t.scrollHeight <= t.clientHeight]") == [True, True]
    words = page.evaluate("""t => { const range = document.createRange(); range.selectNodeContents(t);
        const r = range.getBoundingClientRect(), box = t.getBoundingClientRect();
        return [r.left >= box.left, r.right <= box.right + 0.5, r.bottom <= box.bottom] }""",
                          title.element_handle())
    assert words == [True, True, True], words


@pytest.mark.parametrize(("path", "languages", "lands"), [
    ("/", ["en-GB", "en"], "en"), ("/", ["fr-FR"], "fr"), ("/fr/", ["en-GB", "en"], "fr"), ("/en/", ["fr-FR"], "en")])
def test_a_section_s_link_through_the_site_s_or_a_language_s_root_lands_on_the_section(new_context, site, path,
                                                                                        languages, lands):
    """A link to a section through the site's root or a language's (`/#s7-3`, `fr/#s7-3`: the policy's address from
    before its versions, a link shortened by hand) was sent on to the text in force without its section: the reader
    landed at its top, silently (the refresh of a language's root drops it; the root's script dropped it). Both send
    it along, the root still choosing the reader's language."""
    section = site.sections(lands)[8]
    context = new_context(locale=languages[0])
    context.add_init_script(f"Object.defineProperty(navigator, 'languages', {{get: () => {languages!r}}})")
    page = context.new_page()
    page.goto(f"{site.base}{path}#{section.anchor}")
    page.wait_for_url(site.policy_url(lands, section.anchor))
    landed(page)
    assert 0 <= heading_top(page, section.anchor) < page.viewport_size["height"] / 2
    assert page.evaluate("[localStorage.length, sessionStorage.length, document.cookie]") == [0, 0, ""]


def test_a_link_of_the_page_to_a_version_goes_where_it_says(page, site):
    """Material's version selector took every link to a version for its own: on a changes page the link to the version
    before ("compared with the previous version, of 18 November 2019") opened that version's changes page, not its
    text; in section 1 a version's link (the versions when it was published, those since) opened it under the
    reader's section (`#s2`), another section there after a renumbering. Each goes where its address says; the
    version menu still carries the section."""
    previous = site.archived[-2]
    go(page, site.url("changes-fr"))
    link = page.locator(f".policy-changes-intro a[href$='/{previous}/']")
    expect(link).to_have_count(1)
    click_and_land(page, link)
    assert page.url == site.version_url("fr", previous)
    go(page, site.url("archived-fr", "s2"))
    link = page.locator(f".md-content a[href='../{previous}/']").first
    click_and_land(page, link)
    assert page.url == site.version_url("fr", previous)


def click_and_land(page, link) -> None:
    """Click a link of the text (scrolled to by the browser as a reader scrolls) and wait until its page has landed."""
    link.scroll_into_view_if_needed()
    with page.expect_navigation():
        link.click()
    landed(page)
