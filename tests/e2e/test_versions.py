"""Dated versions in a browser: material's selector, the archived banner, switching keeps the section.

The archive is a temporary project with three dated versions published by `policy history`
onto its gh-pages branch and exported as it is served.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading

import pytest

from policy_repo import new_project
from policysite import publish

VERSIONS = ("2021-02-17", "2022-03-01", "2023-05-10")


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


@pytest.fixture(scope="module")
def archive(tmp_path_factory, e2e_requirements):
    """Base URL of a served export of gh-pages holding VERSIONS, long enough to scroll."""
    mp = pytest.MonkeyPatch()
    mp.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    mp.setenv("NO_MKDOCS_2_WARNING", "1")
    tmp = tmp_path_factory.mktemp("versions")
    project = new_project(tmp / "project", filler=25)
    for n, date in enumerate(VERSIONS):
        project.commit(date, fr=f"Texte numéro {n + 1}.", en=f"Text number {n + 1}.")
    project.history()
    public = publish.export(root=project.root, site_dir=tmp / "public")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(public)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    mp.undo()


def open_menu_and_click(page, menu: str, link: str) -> None:
    """Hover a header menu until it has faded in, then click one of its links with the mouse.

    page.mouse only: locator.hover() scrolls a sticky header "into view", i.e. the page to its top,
    and the scroll position is what is under test."""
    box = page.locator(menu).bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_function("""sel => { const list = document.querySelector(sel);
        return list && getComputedStyle(list).opacity === '1'
            && list.getAnimations().every(a => a.playState === 'finished'); }""",
                           arg=f"{menu} .md-version__list, {menu} .md-select__inner")
    box = page.locator(link).bounding_box()
    with page.expect_navigation():
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.wait_for_load_state()


def test_selector_lists_every_version_newest_first_with_latest(page, archive):
    page.goto(f"{archive}/fr/latest/")
    page.wait_for_selector(".md-version__list", state="attached")
    items = page.locator(".md-version__link").evaluate_all(
        "links => links.map(a => [a.firstChild.textContent.trim(), a.querySelector('.md-version__alias')?.textContent])")
    assert items == [["10 mai 2023", "latest"], ["1 mars 2022", None], ["17 février 2021", None]]
    assert page.locator("[data-md-component=outdated]").is_hidden()


def test_archived_version_shows_the_banner_and_links_the_same_section_of_the_latest(page, archive, traffic):
    page.goto(f"{archive}/fr/2021-02-17/")
    banner = page.locator("[data-md-component=outdated]")
    banner.wait_for(state="visible")
    assert "Version archivée du 17 février 2021" in banner.inner_text()
    page.goto(f"{archive}/fr/2021-02-17/#s2-1")  # a reader sent to a section of an archived version
    with page.expect_navigation():
        page.get_by_text("Lire la version en vigueur").click()
    assert page.url == f"{archive}/fr/latest/#s2-1"
    assert "Texte numéro 3." in page.locator(".md-content").inner_text()
    assert traffic.errors == []


def test_switching_version_keeps_the_section(page, archive, traffic):
    """A reader sent to §2 scrolls back up to the selector (material hides it once the title is gone)."""
    page.goto(f"{archive}/en/2023-05-10/#s2")
    page.evaluate("window.scrollTo(0, 0)")
    page.wait_for_timeout(300)
    open_menu_and_click(page, ".md-header .md-version", '.md-version__link:has-text("February 17, 2021")')
    page.wait_for_url(f"{archive}/en/2021-02-17/#s2")
    assert "Text number 1." in page.locator(".md-content").inner_text()
    assert traffic.errors == []


@pytest.mark.parametrize("start,expected", [("fr/2022-03-01/", "en/2022-03-01/"), ("fr/latest/", "en/latest/")])
def test_language_switch_stays_on_the_same_version(page, archive, start, expected):
    page.goto(f"{archive}/{start}#s2-1")
    open_menu_and_click(page, ".md-header .md-select", '.md-header .md-select a[hreflang="en"]')
    assert page.url == f"{archive}/{expected}#s2-1"
