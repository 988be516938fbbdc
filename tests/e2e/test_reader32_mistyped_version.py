"""Reader32, session 59: an address of a version that does not exist (`/en/2022-06-16/`, a date mistyped, a version
misremembered) was answered "This page does not exist." and a link to the text in force: nothing said which versions
there are, nor took the reader to the one in force on the day they asked for. Each language's words now link its
history (every dated version), with or without scripts, and under an address of a day the address's language links
the version in force that day, its date in words (its at page, the day after `#`); on a site of one language too,
where the script stopped before (it had only the order of languages to set)."""
from __future__ import annotations

import datetime as dt

import pytest
from reader import as_a_static_host
from test_reader26_not_found import three  # noqa: F401  (three versions, French and English)

from policy_repo import Served, published_in_languages
from policysite.strings import long_date

DAY = "[data-policy-day]"
ONE_DATES = ("2023-03-01", "2024-05-20")


def _text(lang: str, n: int) -> str:
    assert lang == "de"
    return (f"---\ndate: {ONE_DATES[n]}\n---\n\n# Datenschutzerklärung\n\n## 1. Zweck\n\n"
            f"Dieser Text beschreibt, wie wir Ihre Daten verarbeiten.\n\n## 2. Kontakt\n\nSchreiben Sie uns {n + 1}.\n")


def _day(day: str, lang: str) -> str:
    """The day as the site's pages write it in `lang` (the script's dates are held to them: reader27)."""
    return long_date(dt.date.fromisoformat(day), lang)


def _not_found(new_context, site: Served, *, scripts: bool = True):
    page = new_context(viewport={"width": 1280, "height": 800}, java_script_enabled=scripts).new_page()
    as_a_static_host(page, site.base, (site.project.parent / "public" / "404.html").read_bytes())
    return page


@pytest.fixture(scope="module")
def german(tmp_path_factory, serve) -> Served:
    """Two versions in German alone."""
    folder = tmp_path_factory.mktemp("reader32-german")
    return Served(base=serve(published_in_languages(folder, ("de",), ONE_DATES, _text)), project=folder / "site")


def _said(page) -> list[dict]:
    return page.evaluate("""() => [...document.querySelectorAll('[data-policy-code]')].map(b => ({
        code: b.dataset.policyCode, links: [...b.querySelectorAll('a[href]')].filter(a => a.offsetParent)
          .map(a => [a.textContent.trim(), new URL(a.href).pathname + new URL(a.href).hash]),
        dated: [...b.querySelectorAll('[data-policy-day] [lang]')].map(s => s.lang)}))""")


def test_a_mistyped_versions_address_links_the_version_in_force_that_day_and_the_history(new_context, three):  # noqa: F811
    page = _not_found(new_context, three)
    page.goto(three.url("/en/2022-06-16/"))
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    english, french = _said(page)
    assert (english["code"], french["code"]) == ("en", "fr")
    assert english["links"] == [["Read the version in force", "/en/latest/"], ["Version history", "/en/history/"],
                                [f"Read the version in force that day ({_day('2022-06-16', 'en')})", "/en/at/#2022-06-16"]], english
    # the other language's words stay as they were: its text in force and its history
    assert [href for _, href in french["links"]] == ["/fr/latest/", "/fr/history/"], french
    for _, href in english["links"]:
        assert page.request.get(three.url(href.split("#")[0])).status == 200, href
    page.locator(f"{DAY}:not([hidden]) a").click()
    page.wait_for_url("**/en/2022-06-15/**")  # the version in force on 16 June 2022


@pytest.mark.parametrize("address", ["/en/no-such-page/", "/en/2022-06-15/nope/"])
def test_an_address_of_no_day_or_of_a_versions_missing_page_says_no_day(new_context, three, address):  # noqa: F811
    page = _not_found(new_context, three)
    page.goto(three.url(address))
    page.wait_for_function("() => document.documentElement.lang === 'en'")
    english = _said(page)[0]
    if address.startswith("/en/2022"):  # a day the archive has: its version exists, only that page of it not
        assert english["links"][-1] == [f"Read the version in force that day ({_day('2022-06-15', 'en')})", "/en/at/#2022-06-15"]
    else:
        assert [href for _, href in english["links"]] == ["/en/latest/", "/en/history/"], english


def test_without_scripts_each_language_links_its_history(new_context, three):  # noqa: F811
    page = _not_found(new_context, three, scripts=False)
    page.goto(three.url("/en/2022-06-16/"))
    said = _said(page)
    assert [[href for _, href in one["links"]] for one in said] == [["/fr/latest/", "/fr/history/"],
                                                                     ["/en/latest/", "/en/history/"]], said


def test_a_site_of_one_language_says_it_in_its_language(new_context, german):
    page = _not_found(new_context, german)
    page.goto(german.url("/de/2023-03-02/"))
    page.locator(f"{DAY}:not([hidden])").wait_for()
    assert _said(page) == [{"code": "de", "dated": [], "links": [
        ["Geltende Fassung lesen", "/de/latest/"], ["Änderungshistorie", "/de/history/"],
        [f"An diesem Tag geltende Fassung lesen ({_day('2023-03-02', 'de')})", "/de/at/#2023-03-02"]]}]
