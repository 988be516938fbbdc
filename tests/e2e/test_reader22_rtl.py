"""Reader22, session 51: a right-to-left site (Arabic authoritative, English translation) read on a phone 360 px wide,
printed, in a dark scheme and in forced colours, and without JavaScript. Three synthetic versions, small: the second
removes §3 (the fourth section takes its number), the third changes §2."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from reader import go, settled

from helpers import GIT_ENV, git, published
from policysite import cli, export_site

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


@dataclass(frozen=True)
class Rtl:
    base: str
    project: Path

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(scope="module")
def rtl(tmp_path_factory, serve) -> Rtl:
    folder = tmp_path_factory.mktemp("reader22")
    root = folder / "site"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        assert cli.main(["init", str(root), "--company", "Example Ltd", "--languages", ",".join(LANGS)]) == 0
        for n, date in enumerate(DATES):
            for lang in LANGS:
                (root / "docs" / lang / "index.md").write_text(policy_page(lang, n), encoding="utf-8")
            assert cli.main(["--root", str(root), "sync-mark", "en", "--all"]) == 0
            git(root, "add", "-A")
            git(root, "commit", "-q", "-m", f"policy {date}", date=f"{date}T09:00:00+00:00")
        published(root)
        public = export_site.export(root=root, site_dir=folder / "public")
    return Rtl(base=serve(public), project=root)


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
