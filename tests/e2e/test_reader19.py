"""Reader19, session 44: a reader following an old link, in Chromium, on three synthetic versions in which §5 Contact is
removed (the second) and a later section, Sécurité, takes §5 (the third). A dated link to Contact (`#2021-02-17.s5`,
latest/'s "¶" while it was there) landed on Sécurité, silently, and Sécurité's "¶" was dated from the first version;
the version selector took a reader of Contact to Sécurité, and one of Sécurité to Contact."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from playwright.sync_api import expect
from reader import go, settled, with_late_days
from test_reader15 import publish_versions, renumbered  # noqa: F401 - renumbered: a module fixture
from wcag import axe, describe

DATES = ("2021-02-17", "2022-03-01", "2023-05-10")
SECTIONS = (("Objet", "Données traitées", "Cookies", "Droits", "Contact"),
            ("Objet", "Données traitées", "Cookies", "Droits"),
            ("Objet", "Données traitées", "Cookies", "Droits", "Sécurité"))
FILLER = {lang: "".join(f"{word} {n}.\n\n" for n in range(1, 30)) for lang, word in (("fr", "Paragraphe"),
                                                                                       ("en", "Paragraph"))}
EN = {"Objet": "Purpose", "Données traitées": "Data processed", "Cookies": "Cookies", "Droits": "Rights",
      "Contact": "Contact", "Sécurité": "Security"}
MISSING, UNSCRIPTED = ".md-content .policy-missing", ".md-content .policy-unscripted"


def _page(lang: str, n: int) -> str:
    title = "Politique de test" if lang == "fr" else "Test policy"
    said = "{name} : texte {n}." if lang == "fr" else "{name}: text {n}."
    body = "".join(f"## {k}. {name}\n\n{said.format(name=name, n=n)}\n\n{FILLER[lang]}"
                   for k, name in enumerate(SECTIONS[n] if lang == "fr" else [EN[s] for s in SECTIONS[n]], start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


def _publish_removed(folder: Path) -> None:
    publish_versions(folder, DATES, _page)


@pytest.fixture(scope="module")
def removed(published_for_the_run) -> str:
    return published_for_the_run([[_page(lang, n) for lang in ("fr", "en")] for n in range(len(DATES))],
                                 _publish_removed)


def _top(page, anchor: str) -> float:
    return page.evaluate(f"document.getElementById({anchor!r}).getBoundingClientRect().top")


def _on(page, anchor: str, title: str) -> None:
    settled(page)
    assert 0 <= _top(page, anchor) < page.viewport_size["height"] / 2, (page.url, _top(page, anchor))
    assert page.locator(f"#{anchor}").inner_text().strip() == f"{title}¶"
    assert not page.locator(MISSING).is_visible()


def _version(page, date: str) -> None:
    link = page.locator(f'.md-version__link[href*="/{date}/"]')
    link.wait_for(state="attached")
    with page.expect_navigation():
        link.dispatch_event("click")
    page.wait_for_load_state()


def test_a_dated_link_to_a_removed_section_says_it_is_not_there_in_every_later_version(page, removed):
    """`#2021-02-17.s5` (Contact's "¶" at latest/ while the first version was in force) lands on Contact in its own
    version; in the versions after its removal it says the version lacks the section, at the page's top, not Sécurité."""
    go(page, f"{removed}/fr/{DATES[0]}/#{DATES[0]}.s5")
    _on(page, "s5", "5. Contact")
    for version in (DATES[1], "latest"):
        go(page, f"{removed}/fr/{version}/#{DATES[0]}.s5")
        page.locator(MISSING).wait_for(state="visible")
        settled(page)
        assert page.evaluate("scrollY") == 0, version
        assert page.locator(".policy-formerly").count() == 0
        # its link to the history goes to the row of the last version that had the section, which links it
        assert page.locator(f"{MISSING} a").get_attribute("href") == f"../history/#v{DATES[0]}", version
    found = axe(page)
    assert found["violations"] == [], describe(found["violations"])
    with page.expect_navigation():
        page.locator(f"{MISSING} a").click()
    row = page.locator(f"#v{DATES[0]}")
    assert 0 <= row.bounding_box()["y"] < page.viewport_size["height"]
    assert row.locator(f'a[href*="{DATES[0]}/"]').count()
    page.go_back()
    page.evaluate("location.hash = '#s9'")  # a section no version had: the history, whole
    page.wait_for_function(f"document.querySelector('{MISSING} a').getAttribute('href') === '../history/'")
    # Sécurité's "¶" names it from the version after the removal: no link given while Contact was §5
    hrefs = page.eval_on_selector_all(".md-content h2 a.headerlink", "all => all.map(a => a.getAttribute('href'))")
    assert hrefs[-1] == f"#{DATES[1]}.s5", hrefs
    go(page, f"{removed}/fr/latest/{hrefs[-1]}")
    _on(page, "s5", "5. Sécurité")


def test_a_dated_link_of_a_day_between_versions_to_a_removed_section_links_the_history_row_of_the_version_then(
        page, removed):
    """`#2021-06-01.s5`: a day between the first version and the second, when the first (with Contact) was in force.
    The note's link read the day as a version's date and found no row (the whole history, or the row of another
    section removed later): it goes to the row of the version in force that day, as datedTarget reads the day
    (leads47)."""
    for version in (DATES[1], "latest"):
        go(page, f"{removed}/fr/{version}/#2021-06-01.s5")
        page.locator(MISSING).wait_for(state="visible")
        settled(page)  # (once the versions' dates are read)
        expect(page.locator(f"{MISSING} a")).to_have_attribute("href", f"../history/#v{DATES[0]}")
    go(page, f"{removed}/fr/latest/#2022-06-01.s5")  # the second version in force: it had no §5, Sécurité is today's
    _on(page, "s5", "5. Sécurité")


def test_without_javascript_a_dated_link_to_a_removed_section_lands_at_the_top_under_the_note(new_context, removed):
    page = new_context(java_script_enabled=False).new_page()
    page.goto(f"{removed}/fr/latest/#{DATES[0]}.s5", wait_until="load")
    assert page.locator(UNSCRIPTED).is_visible()
    assert _top(page, "s5") > page.viewport_size["height"]  # not Sécurité
    page.goto(f"{removed}/fr/latest/#{DATES[1]}.s5", wait_until="load")
    assert 0 <= _top(page, "s5") < page.viewport_size["height"] / 2
    assert not page.locator(UNSCRIPTED).is_visible()


def test_the_version_selector_takes_no_reader_of_the_removed_section_to_the_one_that_took_its_number(page, removed):
    go(page, f"{removed}/fr/{DATES[0]}/#s5")  # Contact, to the version in force: Sécurité is §5 there
    _version(page, DATES[2])
    page.locator(MISSING).wait_for(state="visible")
    assert page.evaluate("scrollY") == 0
    go(page, f"{removed}/fr/latest/#s5")  # Sécurité, to the first version: Contact is §5 there
    _version(page, DATES[0])
    page.locator(MISSING).wait_for(state="visible")
    assert page.evaluate("scrollY") == 0
    go(page, f"{removed}/fr/latest/#{DATES[0]}.s5")  # the removed section's dated link, to its own version: on it
    page.locator(MISSING).wait_for(state="visible")
    _version(page, DATES[0])
    _on(page, "s5", "5. Contact")
    go(page, f"{removed}/fr/latest/#s3")  # a section kept: kept
    _version(page, DATES[0])
    _on(page, "s3", "3. Cookies")


def test_a_dated_link_names_the_section_that_moved_on_a_page_without_the_ids_given_since(page, renumbered):  # noqa: F811
    """policy.js's datedTarget, by the `moved` rule alone: a version published before the "¶" gave dated ids
    (span.policy-since, session 42) carries its sections' former ids only; `#2021-02-17.s4`, which test_reader15's
    latest/ carries on Cookies (§5) as such a span, is resolved there by Cookies' former dated id `2022-03-01.s4`."""
    go(page, f"{renumbered}/fr/latest/")
    page.evaluate("document.querySelectorAll('.policy-since').forEach(span => span.remove())")
    for asked, section, title in ((f"{DATES[0]}.s4", "s5", "5. Cookies"), (f"{DATES[0]}.s3", "s5", "5. Cookies"),
                                  (f"{DATES[2]}.s4", "s4", "4. Transferts")):
        page.evaluate("hash => { scrollTo(0, 0); location.hash = hash; }", asked)
        page.wait_for_function("hash => location.hash === '#' + hash", arg=asked)
        _on(page, section, title)


# --- the at page reads a section as `policy at` reads it --------------------------------------------------------------

def _publish_later_translation(folder: Path) -> None:
    """A French text of 2019-03-04 alone, then both languages on 2021-02-17: the English at page sends a day before its
    first text to the French one (the text that prevails)."""
    from helpers import GIT_ENV, published
    from policy_repo import fr_page, new_project
    from policysite import export_site

    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        project = new_project(folder / "project")
        (project.root / "docs" / "fr").mkdir(parents=True, exist_ok=True)
        (project.root / "docs" / "fr" / "index.md").write_text(fr_page("2019-03-04", "Texte ancien.", filler=30),
                                                                encoding="utf-8")
        project.commit_all("policy 2019-03-04, French alone")
        project.commit("2021-02-17", fr="Texte en vigueur.", en="Text in force.")
        published(project.root)
        export_site.export(root=project.root, site_dir=folder / "public")


@pytest.mark.parametrize("asked", ["2.1.", "S2-1", "%23s2-1", "%C2%A7%202.1"])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_at_page_reads_a_section_as_policy_at_does(page, published_for_the_run, lang, asked):
    """`policy at 2020-01-01 2.1.` (the number as its heading writes it), `S2-1` (the id in other capitals) and `#s2-1`
    name §2.1; the at page sent them to the version as typed, which opened at its top saying it lacked the section; from
    the English at page (no English text that day) by way of the French one, the text that prevails."""
    site = published_for_the_run("later-translation", _publish_later_translation)
    page.goto(f"{site}/{lang}/at/#2020-01-01/{asked}")  # (not `go`: the at page goes on, from English by French)
    page.wait_for_url(f"{site}/fr/2019-03-04/#s2-1")
    page.wait_for_load_state()
    settled(page)
    assert 0 <= _top(page, "s2-1") < page.viewport_size["height"] / 2
    assert not page.locator(MISSING).is_visible()


def test_in_forced_colours_the_opened_drawer_keeps_an_edge(new_context, removed):
    """In forced colours (Windows' high contrast) the shadow that set the phone's opened drawer apart from the text
    under it is gone, and both take the page's one background: the drawer had no edge; it keeps one, on the screen."""
    page = new_context(viewport={"width": 375, "height": 700}, is_mobile=True, has_touch=True,
                       forced_colors="active").new_page()
    go(page, f"{removed}/fr/latest/")
    page.locator("label.md-header__button[for=__drawer]").click()
    page.wait_for_function("document.getElementById('__drawer').checked")
    settled(page)
    edge = page.evaluate("""() => { const s = document.querySelector('.md-sidebar--primary'),
        style = getComputedStyle(s), box = s.getBoundingClientRect();
        return [style.borderInlineEndStyle, parseFloat(style.borderInlineEndWidth), box.left, box.right]; }""")
    assert edge[0] == "solid" and edge[1] >= 1 and 0 <= edge[2] and edge[3] <= 375, edge


# Where Material's toc.follow scrolls the contents: the page's table of contents, beside the text on a desktop.
_CONTENTS = "document.querySelector('.md-sidebar--secondary .md-sidebar__scrollwrap')"


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_the_contents_follow_the_text_without_gliding_for_a_reader_who_asked_for_less_motion(new_context, site, motion):
    """Material keeps the section read in sight in the contents beside the text (toc.follow), by a smooth scroll asked
    for in its call (from 250 ms after the page opened), which prefers-reduced-motion did not stop: the list glided for
    half a second at each move through a long text. It jumps there now; it still glides for the others."""
    page = new_context(viewport={"width": 1280, "height": 700}, reduced_motion=motion).new_page()
    go(page, site.version_url("fr", "latest"))
    assert page.evaluate(f"{_CONTENTS}.scrollHeight > 2 * {_CONTENTS}.clientHeight")
    page.wait_for_timeout(400)  # (Material's first scroll is an instant one, its later ones smooth)
    page.evaluate("scrollTo(0, document.body.scrollHeight * 0.8)")
    tops = []
    for _ in range(12):
        tops.append(page.evaluate(f"{_CONTENTS}.scrollTop"))
        page.wait_for_timeout(50)
    moving = [top for top in tops if 0 < top < tops[-1]]
    assert tops[-1] > 0, tops
    assert (not moving) if motion == "reduce" else moving, tops


def test_the_at_pages_note_on_a_late_version_links_the_section_as_policy_at_reads_it(page, published_for_the_run):
    """A day a version published after its date had not reached the site leaves the reader on the at page's note, each
    version a link at the section asked: `2.1.` was linked as typed (`#2.1.`), which the version's page lacks."""
    site = published_for_the_run("later-translation", _publish_later_translation)
    shown, late = "2019-03-04", "2021-02-17"
    start = with_late_days(page, f"{site}/fr/at/", shown=shown, late=late)
    go(page, f"{site}/fr/at/#{(start + dt.timedelta(days=1)).isoformat()}/2.1.")
    page.wait_for_function("[...document.querySelectorAll('.policy-at-status a')].some(a => a.hash === '#s2-1')")
    hrefs = page.locator(".policy-at-status a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert sorted(set(hrefs)) == [f"../{shown}/#s2-1", f"../{late}/#s2-1"], hrefs
