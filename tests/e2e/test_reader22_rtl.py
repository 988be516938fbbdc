"""Reader22, session 51: a right-to-left site (Arabic authoritative, English translation) read on a phone 360 px wide,
printed, in a dark scheme and in forced colours, and without JavaScript. Three synthetic versions, small: the second
removes §3 (the fourth section takes its number), the third changes §2."""
from __future__ import annotations

import pytest
from reader import go, settled

from policy_repo import Served, published_in_languages

LANGS = ("ar", "en")
DATES = ("2022-02-01", "2023-04-12", "2024-09-30")
WORDS = {
    "ar": {"title": "سياسة الخصوصية", "sections": ("الغرض", "البيانات", "ملفات تعريف الارتباط", "حقوقك"),
           "text": "نحتفظ ببياناتك", "later": "نحتفظ ببياناتك لمدة سنة واحدة", "link": "اتصل بنا"},
    "en": {"title": "Privacy policy", "sections": ("Purpose", "Data", "Cookies", "Your rights"),
           "text": "We keep your data", "later": "We keep your data for one year", "link": "Contact us"},
}
ADDRESS = "https://example.test/privacy/contact/"


def policy_page(lang: str, n: int) -> str:
    """Version `n` of one language's text: §3 removed from the second version on, §2 changed in the third."""
    w = WORDS[lang]
    titles = [t for k, t in enumerate(w["sections"]) if n == 0 or k != 2]
    body = "".join(f"## {k}. {t}\n\n{w['later'] if n == 2 and k == 2 else w['text']} ({k}).\n\n"
                   + (f"[{w['link']}]({ADDRESS})\n\n" if k == 1 else "") + "".join(f"{w['text']} {m}.\n\n"
                                                                                for m in range(12))
                   for k, t in enumerate(titles, start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {w['title']}\n\n{body}"


@pytest.fixture(scope="module")
def rtl(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader22")
    return Served(base=serve(published_in_languages(folder, LANGS, DATES, policy_page)), project=folder / "site")


PAST = """() => [...document.querySelectorAll('body *')]
    .filter(e => { const r = e.getBoundingClientRect(); return e.checkVisibility({visibilityProperty: true, opacityProperty: true}) && r.width > 0 && (r.right > innerWidth + 1 || r.left < -1)
                   && !e.closest('.md-typeset__scrollwrap, .md-sidebar, .md-search'); })
    .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().left) + ',' + Math.round(e.getBoundingClientRect().right) + ' ' + (e.textContent || '').trim().slice(0, 30))"""
PATHS = ("/ar/latest/", f"/ar/{DATES[2]}/changes/", f"/ar/compare/#{DATES[0]}..{DATES[2]}", "/ar/history/", "/ar/at/", f"/ar/{DATES[0]}/", f"/en/{DATES[2]}/side-by-side/")


MISSING = ".md-content .policy-missing"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", [{"width": 360, "height": 740}, {"width": 1280, "height": 800}])
def test_an_address_changed_to_a_removed_sections_dated_id_shows_the_note_saying_so(new_context, rtl, lang, size):
    """A reader at §3 of the text in force (Your rights) pastes the dated link of the §3 the first version had (Cookies,
    `#2022-02-01.s3`, removed since) into the address bar: the page, which had not read the versions' dates yet, said
    the section is missing once they were read, in its note at the text's top, while the reader stayed at today's §3,
    1,700 px below: the note off the screen, the section under it another one, silently. The page goes to its top, where
    the note is, as it does when the dates were already read (reader13) and on a first visit."""
    page = new_context(viewport=size).new_page()
    go(page, rtl.url(f"/{lang}/latest/#s3"))
    settled(page)
    assert page.evaluate("scrollY") > size["height"]
    page.goto(rtl.url(f"/{lang}/latest/#{DATES[0]}.s3"))  # the same document: the fragment changes
    page.locator(MISSING).wait_for(state="visible")
    settled(page)
    top, bottom = page.locator(MISSING).evaluate("e => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom]")
    assert 0 <= top and bottom <= size["height"], (top, bottom, page.evaluate("scrollY"))
    # its link goes to the history's row of the last version that had the section
    assert page.locator(f"{MISSING} a").get_attribute("href") == f"../history/#v{DATES[0]}"
    # the dated id of a section renumbered since (Your rights, §4 then) still lands on it, no note
    page.goto(rtl.url(f"/{lang}/latest/#{DATES[0]}.s4"))
    settled(page)
    assert not page.locator(MISSING).is_visible()
    assert -2 <= page.evaluate("document.getElementById('s3').getBoundingClientRect().top") < size["height"] / 2


LARGE_TEXT = {"fontSizes": {"standard": 32, "fixed": 26}}  # Chromium's own text size, as a reader sets it: 200 %
BOX = "e => { const r = e.getBoundingClientRect(); return [r.left, r.right, r.top, r.bottom]; }"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("size", [{"width": 320, "height": 640}, {"width": 360, "height": 740}])
def test_on_a_phone_with_large_text_the_version_list_spans_the_line_of_its_button(new_context, rtl, lang, size):
    """With the text at 200 % (WCAG 1.4.4) a phone's header puts the name and the version button on a line of their own;
    the version list opened from the button stood 5rem (200 px) from the screen's edge: 120 px wide at 320 px, its dates
    over four to six lines of four letters each ("30 / سبتمبر / 2024 / (سارية)"), the list's four entries 860 px tall. It
    spans the button's line, within the screen; every entry is reached in it, the last (the history) too."""
    page = new_context(viewport=size, is_mobile=True, has_touch=True).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", LARGE_TEXT)
    go(page, rtl.url(f"/{lang}/latest/"))
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "text not enlarged"
    page.locator(".md-header .md-version__current").tap()
    entries = page.locator(".md-header .md-version__link")
    entries.last.wait_for(state="visible")
    settled(page)
    button = page.locator(".md-header .md-version").evaluate(BOX)
    shown = page.locator(".md-header .md-version__list").evaluate(BOX)
    assert 0 <= shown[0] <= button[0] + 1 and button[1] - 1 <= shown[1] <= size["width"], (shown, button)
    assert page.evaluate("document.documentElement.scrollWidth") == size["width"]
    # the entries no taller than a line of the date's words each, but for the words themselves: at most three lines
    lines = entries.evaluate_all("es => es.map(e => e.getBoundingClientRect().height / parseFloat(getComputedStyle(e)"
                                 ".lineHeight))")
    assert len(lines) == len(DATES) + 1 and max(lines) <= 3.1, lines
    last = entries.last
    last.evaluate("e => e.scrollIntoView({block: 'nearest'})")  # the list scrolls, the page does not move sideways
    settled(page)
    with page.expect_navigation():
        last.tap()
    assert page.url == rtl.url(f"/{lang}/history/")


# How an insertion and a deletion of the redline are told apart without colour (WCAG 1.4.1): the line drawn through or
# under the words, and the words the marks' edges say (the redline's "[+", "[−"), as the page shows them.
MARKS = """() => ['ins', 'del'].map(tag => [...new Set([...document.querySelectorAll('.md-content ' + tag)].map(e =>
    getComputedStyle(e).textDecorationLine + ' ' + getComputedStyle(e, '::before').content))])"""
CHROME = ".md-header, .md-sidebar, .md-footer, .md-top, .md-version, .md-select"


@pytest.mark.parametrize("path", [f"/ar/compare/#{DATES[0]}..{DATES[2]}", f"/ar/{DATES[2]}/changes/"])
@pytest.mark.parametrize("media", [{"media": "print"}, {"forced_colors": "active"}, {"color_scheme": "dark"},
                                   {"reduced_motion": "reduce"}])
def test_the_right_to_left_redline_marks_differ_without_colour_printed_dark_and_in_forced_colours(
        new_context, rtl, path, media):
    """The Arabic redline (the compare page, a changes page) on a 360 px phone, printed, in Windows' forced colours, in
    a dark scheme and with reduced motion: its insertions and deletions differ by more than colour, what is not text
    but chrome is not printed, the page meets WCAG 2.1 AA and scrolls nothing sideways."""
    from wcag import axe, describe

    page = new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True).new_page()
    page.emulate_media(**media)
    go(page, rtl.url(path))
    page.locator(".md-content ins").first.wait_for()
    settled(page)
    inserted, deleted = page.evaluate(MARKS)  # each the same on every mark of its kind, and not the other's
    assert len(inserted) == len(deleted) == 1 and "none" not in inserted[0] + deleted[0], (inserted, deleted)
    assert inserted[0].split()[0] != deleted[0].split()[0] and inserted[0].split()[1] != deleted[0].split()[1]
    assert page.evaluate("document.documentElement.scrollWidth") == 360
    if media.get("media") == "print":
        shown = page.evaluate(f"() => [...document.querySelectorAll({CHROME!r})].filter(e => e.checkVisibility())"
                              ".map(e => e.className)")
        assert shown == [], shown
        return
    found = axe(page)
    assert found["violations"] == [], "\n" + describe(found["violations"])


@pytest.mark.parametrize("lang", LANGS)
def test_without_javascript_a_phone_reaches_the_text_every_version_and_the_history(new_context, rtl, lang):
    """Scripts off, on a 360 px phone: the text in force shows its sections; its links reach each dated version (each
    showing its own text: the first still has the removed §3) and the history, which links every version's changes."""
    page = new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False).new_page()
    page.goto(rtl.url(f"/{lang}/latest/"))
    titles = WORDS[lang]["sections"]
    assert [h.removesuffix("¶") for h in page.locator(".md-content h2").all_inner_texts()] == [
        f"{n}. {t}" for n, t in enumerate((t for t in titles if t != titles[2]), start=1)]
    links = page.evaluate("() => [...document.querySelectorAll('.md-content a[href]')].map(a => a.href)")
    for date in DATES[:-1]:  # (the version in force is this page, named unlinked in the list)
        assert rtl.url(f"/{lang}/{date}/") in links, (date, links)
    page.goto(rtl.url(f"/{lang}/{DATES[0]}/"))
    assert page.locator(".md-content h2").nth(2).inner_text().removesuffix("¶") == f"3. {titles[2]}"
    history = [link for link in links if link.endswith(f"/{lang}/history/")]
    assert history, links
    page.goto(history[0])
    listed = page.evaluate("() => [...document.querySelectorAll('.md-content a[href]')].map(a => a.href)")
    for date in DATES[1:]:
        assert rtl.url(f"/{lang}/{date}/changes/") in listed, (date, listed)
    assert page.evaluate("document.documentElement.scrollWidth") == 360
