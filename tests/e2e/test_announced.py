"""A version announced ahead, in Chromium: the banner of the version in force, the upcoming version's own
notice, and the "in force on a date" page (`<lang>/at/#YYYY-MM-DD`), each axe-clean.

Its own small archive, published by `policy history` in a process of its own on the real day (the module's TODAY,
held for the command should midnight pass): two synthetic versions in force one after the other, and a material one
dated 40 days from today, announced today.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
from pathlib import Path

import pytest
from playwright.sync_api import expect
from wcag import axe, describe

from helpers import published
from policy_repo import en_page, fr_page, new_project
from policysite import clock, export_site
from policysite.strings import long_date, strings

OLD, IN_FORCE = "2019-03-04", "2021-02-17"
TODAY = clock.today()  # the day the gate goes by (UTC for this site), not the machine's local day
UPCOMING = (TODAY + dt.timedelta(days=40)).isoformat()


@dataclasses.dataclass
class Archive:
    base: str


@pytest.fixture(scope="module")
def archive(tmp_path_factory, serve) -> Archive:
    project = new_project(tmp_path_factory.mktemp("notice") / "project")
    project.commit(OLD, fr="Texte ancien.", en="Old text.")
    project.commit(IN_FORCE, fr="Texte en vigueur.", en="Text in force.")
    project.write(UPCOMING, fr="Texte à venir.", en="Upcoming text.")
    fr = fr_page(UPCOMING, "Texte à venir.").replace(
        f"date: {UPCOMING}\n", f"date: {UPCOMING}\nannounced: {TODAY.isoformat()}\n"
                               "summary: Nous conservons les données deux ans.\n")
    en = en_page(UPCOMING, "Upcoming text.").replace(
        f"date: {UPCOMING}\n", f"date: {UPCOMING}\nsummary: We keep data for two years.\n")
    (project.root / "docs/fr/index.md").write_text(fr, encoding="utf-8")
    (project.root / "docs/en/index.md").write_text(en, encoding="utf-8")
    project.commit_all("policy: announced ahead")
    with pytest.MonkeyPatch.context() as mp:  # still TODAY for the command, should midnight (UTC) pass since the import
        mp.setattr(clock, "now", lambda: dt.datetime.combine(TODAY, dt.time(12), dt.UTC))
        published(project.root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                                     "GIT_CONFIG_NOSYSTEM": "1"})
    public = Path(export_site.export(root=project.root, site_dir=tmp_path_factory.mktemp("notice-site") / "public"))
    return Archive(serve(public))


@pytest.mark.parametrize("lang, words", [("fr", "Une nouvelle version entre en vigueur le "),
                                         ("en", "A new version takes effect on ")])
@pytest.mark.parametrize("where", ["latest/", f"{IN_FORCE}/", f"{IN_FORCE}/changes/"])
def test_the_version_in_force_shows_the_banner_linking_the_upcoming_changes(page, archive, lang, words, where):
    page.goto(f"{archive.base}/{lang}/{where}")
    banner = page.locator(".policy-upcoming")
    banner.wait_for(state="visible")
    date = long_date(dt.date.fromisoformat(UPCOMING), lang)
    assert banner.inner_text().strip() == words + date + {"fr": "\u00a0: voir les modifications",
                                                         "en": ": see the changes"}[lang]
    assert banner.locator("time").get_attribute("datetime") == UPCOMING
    banner.locator("a").click()
    page.wait_for_url(f"{archive.base}/{lang}/{UPCOMING}/changes/")
    assert "We keep data for two years." in page.content() or "Nous conservons les données deux ans." in page.content()


def test_an_archived_version_shows_no_upcoming_banner(page, archive):
    page.goto(f"{archive.base}/fr/{OLD}/")
    page.locator(".policy-archived").wait_for(state="visible")
    assert page.locator(".policy-upcoming").is_hidden()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_upcoming_version_says_it_is_not_in_force_yet_instead_of_archived(page, archive, lang):
    page.goto(f"{archive.base}/{lang}/{UPCOMING}/")
    notice = page.locator(".policy-upcoming-self")
    notice.wait_for(state="visible")
    assert long_date(dt.date.fromisoformat(UPCOMING), lang) in notice.inner_text()
    assert page.locator(".policy-archived").is_hidden()
    assert page.locator(".policy-upcoming").is_hidden()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("where", ["", "changes/"])
def test_the_upcoming_version_printed_says_it_applies_from_its_date_not_that_it_is_archived(page, archive, lang, where):
    """Reader18, session 43: on paper, the archived notice is shown whatever the screen showed (policy.css: a printed
    dated version says which it is), and so it was over the version announced ahead, which policy.js had hidden on the
    screen: the printed page said "Archived version of <its date>: this text is no longer in force" over a text not yet
    in force, then that it applies from that date. Printed, the page says what the screen says."""
    page.goto(f"{archive.base}/{lang}/{UPCOMING}/{where}")
    page.locator(".policy-upcoming-self").wait_for(state="visible")
    page.wait_for_function("() => document.querySelector('.policy-archived').closest('.md-banner').hidden")
    page.emulate_media(media="print")
    date = long_date(dt.date.fromisoformat(UPCOMING), lang)
    assert page.locator(".policy-upcoming-self").is_visible()
    assert page.locator(".policy-archived").is_hidden()
    assert strings(lang)["upcoming_self"].format(date=date) in page.locator("body").inner_text()


def test_an_archived_version_printed_still_says_it_is_archived(page, archive):
    """(The upcoming version's paper aside, an archived version's carries its notice, framed, before the text.)"""
    page.goto(f"{archive.base}/fr/{OLD}/")
    page.locator(".policy-archived").wait_for(state="visible")
    page.emulate_media(media="print")
    assert page.locator(".policy-archived").is_visible() and page.locator(".md-header").is_hidden()
    date = long_date(dt.date.fromisoformat(OLD), "fr")
    assert strings("fr")["archived"].format(date=date) in page.locator("body").inner_text()


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("where", ["", "changes/"])
def test_without_javascript_the_upcoming_version_says_when_it_applies(new_context, archive, lang, where):
    """Session 30: the notice was Material's banner, which only JavaScript shows: read without it, the version
    announced ahead (and its changes page, which the banner of the version in force links) said nothing of its date.
    It is in the article now, in words true on any day, linking the version in force."""
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{archive.base}/{lang}/{UPCOMING}/{where}")
    notice = page.locator("article .policy-upcoming-self")
    assert notice.is_visible()
    date = long_date(dt.date.fromisoformat(UPCOMING), lang)
    assert notice.inner_text().startswith(strings(lang)["upcoming_self"].format(date=date)), notice.inner_text()
    notice.get_by_role("link", name=strings(lang)["archived_link"]).click()
    page.wait_for_url(f"{archive.base}/{lang}/latest/")  # the text in force (from the changes page too)


def test_once_its_date_has_come_the_notice_is_hidden(page, archive):
    """What versions.json says once the version's date has come (the daily run rewrites it: `latest` on it, no longer
    upcoming): the notice goes, and the page reads as the version in force."""
    def arrived(route):
        versions = route.fetch().json()
        for v in versions:
            v["aliases"] = [a for a in v["aliases"] if a != "latest"]
            if v["version"] == UPCOMING:
                v["properties"]["upcoming"] = False
                v["aliases"].append("latest")
        route.fulfill(json=versions)

    for name in ("versions.json", "versions-recent.json"):
        page.route(f"**/en/{name}", arrived)
    page.goto(f"{archive.base}/en/{UPCOMING}/")
    page.locator("article h1").wait_for()
    page.wait_for_function("() => document.querySelector('.policy-upcoming-self').hidden")
    assert page.locator(".policy-upcoming").is_hidden()


@pytest.mark.parametrize("where, notice", [("fr/latest/", ".policy-upcoming"),
                                           (f"fr/{UPCOMING}/", ".policy-upcoming-self"),
                                           (f"en/{UPCOMING}/changes/", ".policy-upcoming-self")])
def test_each_notice_s_words_keep_clear_of_its_frame(page, archive, where, notice):
    """Reader5, session 35: the upcoming version's notice, a paragraph framed as an admonition, had its words 3 px
    under its top edge (the theme pads an admonition's title and inner paragraphs, not the admonition), where the
    banner of the version in force has 14. Each notice keeps half a line of room inside its frame, above and below."""
    page.goto(f"{archive.base}/{where}")
    page.locator(notice).wait_for(state="visible")
    room = page.locator(notice).evaluate("""box => {
        const frame = box.getBoundingClientRect(), words = document.createRange();
        words.selectNodeContents(box);
        const lines = [...words.getClientRects()], size = parseFloat(getComputedStyle(box).fontSize);
        return [(Math.min(...lines.map(r => r.top)) - frame.top) / size,
                (frame.bottom - Math.max(...lines.map(r => r.bottom))) / size]; }""")
    assert min(room) >= 0.5, room


def test_the_banner_is_axe_clean(page, archive):
    page.goto(f"{archive.base}/fr/latest/")
    page.locator(".policy-upcoming").wait_for(state="visible")
    results = axe(page)
    assert results["passes"] and results["violations"] == [], "\n" + describe(results["violations"])


@pytest.mark.parametrize("day, landing", [(OLD, OLD), ("2021-02-16", OLD), (IN_FORCE, IN_FORCE),
                                          (UPCOMING, UPCOMING)])
def test_the_at_page_lands_on_the_version_in_force_that_day(page, archive, day, landing):
    page.goto(f"{archive.base}/en/at/#{day}")
    page.wait_for_url(f"{archive.base}/en/{landing}/")


def test_the_at_page_says_when_no_version_was_in_force_and_its_form_lands_too(page, archive):
    page.goto(f"{archive.base}/fr/at/#2019-03-03")
    # at.js answers once it has read ../versions.json: the assertion waits for it
    expect(page.locator(".policy-at-status")).to_have_text(
        "Aucune version n’était en vigueur le 3 mars 2019\u00a0: la première est entrée en vigueur le 4 mars 2019.")
    page.locator("#policy-at-date").fill("2020-01-01")
    page.locator(".policy-at-form button").click()
    page.wait_for_url(f"{archive.base}/fr/{OLD}/")


@pytest.mark.parametrize("day, words", [("2020-01-02", "2 janvier 2020"), ("2020-01-01", "1er janvier 2020")])
def test_the_at_page_writes_the_day_asked_as_it_writes_the_version_s(page, archive, day, words):
    """Reader hunt 42: on its way to the version, the status line said "Version en vigueur le 2020-01-02 : celle du
    4 mars 2019", the day as typed beside the version's in words; and the first of a month "1 janvier", where the
    site writes "1er janvier". The version's page answers nothing here (204), so that the line stays to be read."""
    page.route(f"{archive.base}/fr/{OLD}/", lambda route: route.fulfill(status=204))
    page.goto(f"{archive.base}/fr/at/#{day}")
    expect(page.locator(".policy-at-status")).to_have_text(f"Version en vigueur le {words}\u00a0: celle du 4 mars 2019.")


def test_the_at_page_echoes_no_words_of_its_address(page, archive):
    """Security hunt 19b, finding 5: whatever followed `#` was written into the page's status line, any words,
    any address to write to."""
    page.goto(f"{archive.base}/fr/at/#Cette%20politique%20est%20remplac%C3%A9e%2C%20%C3%A9crivez%20%C3%A0%20"
              "opposition%40evil.example")
    status = page.locator(".policy-at-status")
    expect(status).not_to_be_empty()
    said = status.inner_text()
    assert "…" in said and "evil" not in said and "politique" not in said, said
    page.goto(f"{archive.base}/fr/at/#2020-13-45")
    expect(page.locator(".policy-at-status")).to_contain_text("2020-13-45")  # a mistyped date is shown
    # security hunt 30: an address that is no valid escape threw in at.js, and the page answered nothing
    page.goto(f"{archive.base}/fr/at/#%E0%A4%A")
    expect(page.locator(".policy-at-status")).to_contain_text("…")


def test_the_at_page_is_axe_clean(page, archive):
    page.goto(f"{archive.base}/fr/at/")
    page.locator(".policy-at-form").wait_for(state="visible")
    results = axe(page)
    assert results["passes"] and results["violations"] == [], "\n" + describe(results["violations"])


def test_without_javascript_the_at_page_sends_the_reader_to_the_history_of_periods(new_context, archive):
    """The at page lists no version (it would grow with the archive, issue 16): without JavaScript its one link
    goes to the history, which gives each version's period."""
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{archive.base}/en/at/#2020-01-01")
    assert page.locator(".policy-at-form").is_hidden()
    page.get_by_role("link", name=strings("en")["at_nojs"]).click()
    page.wait_for_url(f"{archive.base}/en/history/")
    text = page.locator("article").inner_text()
    assert "In force from March 4, 2019 to February 16, 2021 inclusive" in text, text  # its asides, then its stop


def test_the_at_page_says_when_the_list_of_versions_cannot_be_read(page, archive):
    page.route("**/en/versions.json", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(f"{archive.base}/en/at/#2020-01-01")
    status = page.locator(".policy-at-status")
    status.wait_for(state="visible")
    assert status.inner_text() == strings("en")["compare_list_error"].format(error="404 ../versions.json")
    assert page.locator(".policy-at-form").is_hidden() and page.url.endswith("/en/at/#2020-01-01")


@pytest.mark.parametrize("lang, asked, first", [("fa", "۱ مارس ۲۰۲۴", "۵ مارس ۲۰۲۴"),
                                                ("th", "1 มีนาคม 2024", "5 มีนาคม ค.ศ. 2024"),
                                                ("mr", "१ मार्च, २०२४", "५ मार्च, २०२४")])
def test_the_at_page_writes_the_day_asked_in_the_sites_calendar_and_digits(page, serve, tmp_path, lang, asked, first):
    """Scripts task, finding 8: the at page of a Persian site wrote the day asked "۱۱ اسفند ۱۴۰۲" (the browser's
    Solar Hijri calendar, Persian digits) beside a first version "5 مارس 2024"; a Thai one its Buddhist year (2567),
    a Marathi one Devanagari digits. Each now writes it as the site writes every date (strings.long_date): in the
    Gregorian calendar, in the digits of CLDR's default numbering system for the language (company5: Persian and
    Marathi their own, Thai 0-9), put in by policy.js's policyDigits."""
    from jinja2 import Environment, FileSystemLoader

    from helpers import ROOT
    from policysite import archive

    folder = tmp_path / "site"
    (folder / lang / "at").mkdir(parents=True)
    body = archive.at_page(env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    script = "".join(f'<script>{(ROOT / f"overrides/assets/javascripts/{name}.js").read_text(encoding="utf-8")}'
                     "</script>" for name in ("policy", "at"))  # (policy.js first, as every page loads it)
    (folder / lang / "at" / "index.html").write_text(
        f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>at</title></head><body>{body}'
        f"{script}</body></html>", encoding="utf-8")
    versions = [{"version": "2024-03-05", "title": "2024-03-05", "aliases": [],
                 "properties": {"date_text": long_date(dt.date(2024, 3, 5), lang)}}]
    (folder / lang / "versions.json").write_text(json.dumps(versions, ensure_ascii=False), encoding="utf-8")
    assert long_date(dt.date(2024, 3, 1), lang).replace("ค.ศ. ", "") == asked and versions[0]["properties"][
        "date_text"] == first
    page.goto(f"{serve(folder)}/{lang}/at/#2024-03-01")
    said = strings(lang)["at_none"].format(date=asked, first=first)
    expect(page.locator(".policy-at-status")).to_have_text(said)
