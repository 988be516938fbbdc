"""Reader17, session 43, in Chromium: the at page finds a section asked as its heading writes its number (§, roman
numerals, annex letters); the renumbered note's date is in the digits and calendar of its words."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policysite import strings

ROOT = Path(__file__).resolve().parents[2]


# The at page (`at/#DAY/SECTION`) asked for a section as its heading writes its number: the session's site (tests/e2e
# conftest: §1, §2, §2.1 in each synthetic version), and a version page read as a text numbered in Roman numerals.
ROMAN = """<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Politique</title></head><body>
<div class="md-content"><article class="md-content__inner md-typeset"><h1 id="politique">Politique</h1>
<h2 id="s1">I. Objet <a class="headerlink" href="#s1">¶</a></h2><h2 id="s2">II. Données</h2>
<h2 id="s3">III. Droits</h2><h3 id="s3-1">1. Accès</h3><h2 id="annexe">Annexe A – Cookies</h2>
</article></div></body></html>"""


@pytest.mark.parametrize("asked, anchor", [("2.1", "s2-1"), ("%C2%A7%202.1", "s2-1"), ("2.", "s2"),
                                           ("2.1%20Dur%C3%A9e", "s2-1"), ("s2-1", "s2-1")])
def test_the_at_page_finds_a_section_asked_as_its_heading_writes_it(page, site, asked, anchor):
    """`at/#DAY/2.1` went to the version's `#2.1`, which no element has: the page opened at its top, the section
    said missing. The section is the heading that starts so (`2.` is §2, not §2.1), or the id the site gives a number."""
    first = site.archived[0]
    page.goto(f"{site.url('at-fr')}#{first}/{asked}")
    page.wait_for_url(site.version_url("fr", first, anchor))


@pytest.mark.parametrize("asked, anchor", [("III", "s3"), ("iii.", "s3"), ("Annexe%20A", "annexe"),
                                           ("II", "s2"), ("IV", "IV")])
def test_the_at_page_finds_a_roman_numbered_section_as_written(page, site, asked, anchor):
    first = site.archived[0]
    version = site.version_url("fr", first)

    def roman(route, request):
        if request.resource_type == "fetch":
            return route.fulfill(body=ROMAN, content_type="text/html; charset=utf-8")
        return route.fallback()

    page.route(version, roman)
    page.goto(f"{site.url('at-fr')}#{first}/{asked}")
    page.wait_for_url(f"{version}#{anchor}")
    page.unroute_all(behavior="ignoreErrors")


# The renumbered note (policy.js's formerly(): "until {date} this address named …") on a right-to-left page whose
# language writes its own digits (Persian: ۰-۹ by CLDR's default), one writing 0-9 (Arabic: `ar`'s default), and one the
# site has no words for (Pashto: the note in English, lang="en", its date in English and in 0-9, as at.js and the print
# line write a date in words of another language)
RENUMBERED = """<!doctype html><html lang="{lang}" dir="rtl"><head><meta charset="utf-8"><title>P</title></head><body>
<div class="md-content"><article class="md-content__inner md-typeset">
<p class="policy-print"{ui}><span class="policy-accessed" data-policy-accessed="{{date}}"{digits}></span></p>
<div class="policy-version" data-policy-version="2022-03-01"></div>
<p class="policy-missing" hidden>-</p>
<p class="policy-unscripted"{ui} data-policy-renumbered="{words}"></p>
<h2 id="s2">2. <span class="policy-alias" id="2021-02-17.s3"></span>كوكي <a class="headerlink" href="#s2">¶</a></h2>
<h2 id="s3">3. امنیت <a class="headerlink" href="#s3">¶</a></h2>
</article></div><script src="/policy/assets/javascripts/policy.js"></script></body></html>"""


@pytest.mark.parametrize("lang, ui, digits, words, said", [
    ("fa", "", "۰۱۲۳۴۵۶۷۸۹", "تا {date} این نشانی به", "تا ۱۷ فوریهٔ ۲۰۲۱ این نشانی به"),
    ("ar", "", "", "حتى {date} كان هذا العنوان يشير إلى", "حتى 17 فبراير 2021 كان هذا العنوان يشير إلى"),
    ("ps", "en", "", "Until {date} this address named", "Until February 17, 2021 this address named"),
])
def test_the_renumbered_notes_date_is_in_the_digits_and_calendar_of_its_words(new_context, lang, ui, digits, words,
                                                                              said):
    """Gregorian, in the page's digits where the note is in its language, in 0-9 where it is in English. Chromium
    writes Persian months with their ezafe, `فوریهٔ`, as the page's own dates do since words12 (strings.long_date)."""
    body = RENUMBERED.format(lang=lang, ui=f' lang="{ui}" dir="ltr"' if ui else "",
                             digits=f' data-policy-digits="{digits}"' if digits else "", words=words)
    address = f"https://site.test/policy/{lang}/2022-03-01/"
    context = new_context()
    context.route(address, lambda route: route.fulfill(body=body, content_type="text/html; charset=utf-8"))
    context.route("https://site.test/policy/assets/javascripts/policy.js", lambda route: route.fulfill(
        path=str(ROOT / "overrides" / "assets" / "javascripts" / "policy.js"), content_type="text/javascript"))
    page = context.new_page()
    page.goto(f"{address}#s3", wait_until="load")
    note = page.locator(".policy-formerly")
    note.wait_for(state="attached")
    assert note.locator("p").inner_text().startswith(said)
    if lang == "fa":  # the browser's date is the one the page writes (strings.long_date), ezafe and all
        assert strings.long_date(dt.date(2021, 2, 17), "fa") in note.locator("p").inner_text()
    assert note.get_attribute("lang") == (ui or None) and note.get_attribute("dir") == ("ltr" if ui else None)
