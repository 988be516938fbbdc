"""Reader18, session 43, in Chromium: a list nested eight deep, each of its items changed, read in the redline of a
changes page and of the compare page, on a desktop and at 320 px with the text at 200 %."""
from __future__ import annotations

import os

import pytest
from reader import go

from helpers import published
from policy_repo import new_project
from policysite import export_site

OLD, NEW = "2021-02-17", "2022-03-01"
DEPTH = 8


def _list(word: str, changed: str) -> str:
    return "".join("    " * level + f"- {word} {level + 1}{changed}\n" for level in range(DEPTH))


@pytest.fixture(scope="module")
def deep(tmp_path_factory, serve) -> str:
    """Two versions whose §2 is a list eight deep, every item changed in the second: the base URL."""
    folder = tmp_path_factory.mktemp("deep")
    project = new_project(folder / "project")
    project.commit(OLD, fr=_list("Niveau", ""), en=_list("Level", ""))
    project.commit(NEW, fr=_list("Niveau", " modifié"), en=_list("Level", " changed"))
    published(project.root, env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "GIT_CONFIG_GLOBAL": os.devnull,
                                 "GIT_CONFIG_NOSYSTEM": "1"})
    return serve(export_site.export(root=project.root, site_dir=folder / "public"))


# Each changed item of the list, outermost first: where its words start (from the column's start side) and end.
_ITEMS = """() => [...document.querySelectorAll('.md-content .redline-item')].map(item => {
    const box = item.getBoundingClientRect(), rtl = getComputedStyle(item).direction === 'rtl';
    return [Math.round(rtl ? -box.right : box.left), Math.round(box.left), Math.round(box.right),
            item.textContent.replace(/\\s+/g, ' ').trim().slice(0, 30)]; })"""


@pytest.mark.parametrize("where", [f"fr/{NEW}/changes/", f"en/compare/#{OLD}..{NEW}"])
def test_a_list_nested_eight_deep_reads_each_level_further_in_and_on_a_phone_with_large_text(new_context, deep, where):
    """The redline indented an item by its depth for three levels only (redline.css's redline-depth-1 to 3): from the
    fourth on, an item stood at the start of the column, as if it were the list's first level (the changes page and
    the compare page, which draws the same classes). Each level is further in than the one it is in, and at 320 px
    with the text at 200 % the eighth still keeps its words on the screen (WCAG 1.4.10)."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, f"{deep}/{where}")
    page.locator(".md-content .redline-item").nth(DEPTH - 1).wait_for()
    items = page.evaluate(_ITEMS)
    assert len(items) == DEPTH, items
    assert [start for start, *_ in items] == sorted({start for start, *_ in items}), items  # each further in
    phone = new_context(viewport={"width": 320, "height": 700}).new_page()
    phone.context.new_cdp_session(phone).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(phone, f"{deep}/{where}")
    phone.locator(".md-content .redline-item").nth(DEPTH - 1).wait_for()
    items = phone.evaluate(_ITEMS)
    assert [start for start, *_ in items] == sorted({start for start, *_ in items}), items
    assert [item for item in items if item[1] < 0 or item[2] > 320 or item[2] - item[1] < 64] == [], items
    assert phone.evaluate("document.documentElement.scrollWidth") == 320
