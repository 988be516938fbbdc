"""Reader26, session 54: what a reader's printout of the policy said that it should not, in Chromium, on a site of three
versions in French and English (the second adds a section, the third removes one)."""
from __future__ import annotations

import re

import pytest
from reader import go, settled
from test_reader13 import _printed_pages

from policy_repo import Served, published_in_languages

DATES = ("2021-03-01", "2022-06-15", "2023-09-30")
TEXTS = {"fr": ("Politique de confidentialité", ("Objet", "Données collectées", "Cookies", "Durée de conservation"),
                "Nous décrivons ici comment nous traitons vos données personnelles"),
         "en": ("Privacy policy", ("Purpose", "Data we collect", "Cookies", "How long we keep it"),
                "We describe here how we process your personal data")}


def three_versions(lang: str, n: int) -> str:
    """The first version has three sections; the second adds a fourth; the third removes the third (Cookies)."""
    title, headings, words = TEXTS[lang]
    kept = (headings[:3], headings, headings[:2] + headings[3:])[n]
    body = "".join(f"## {k}. {h}\n\n{words} ({h}).\n\n" for k, h in enumerate(kept, start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n{body}"


@pytest.fixture(scope="module")
def three(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader26-print")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES, three_versions)),
                  project=folder / "site")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_focused_skip_link_is_not_printed(new_context, three, tmp_path, lang):
    """A keyboard reader's first Tab shows the skip link ("Aller au contenu") over the archived notice; printed then,
    the paper carried it, its words set among the notice's ("Version / Aller / archivée du 1er mars 2021 …"). Printed,
    it is gone, and the notice reads whole."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, three.url(f"/{lang}/{DATES[0]}/"))
    page.keyboard.press("Tab")
    skip = page.locator(".md-skip")
    assert page.evaluate("() => document.activeElement.classList.contains('md-skip')")
    assert skip.is_visible() and skip.bounding_box()["y"] >= 0  # on screen, where a reader sees it
    words, notice = skip.inner_text().strip(), page.locator(".md-banner--warning").inner_text()
    printed = " ".join(_printed_pages(page, tmp_path, "A4")[0].split())
    assert words not in printed, printed[:300]
    said = " ".join(notice.split())
    assert said[:40] in printed, (said, printed[:300])
    page.keyboard.press("Tab")  # the page goes on as before: focus leaves the skip link for the header
    settled(page)
    assert not page.evaluate("() => document.activeElement.classList.contains('md-skip')")


def _printed_addresses(page, tmp_path) -> list[str]:
    return re.findall(r"<(http[^>]+)>", "".join("".join(p.split()) for p in _printed_pages(page, tmp_path, "A4")))


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_text_in_force_printed_names_its_own_version_s_pages_by_their_date(new_context, three, tmp_path, lang):
    """Printed at `latest/`, the text in force gave its changes as `…/latest/changes/` and its PDF as
    `…/latest/policy-fr-2023-09-30.pdf`: once a new version is published the first shows that version's changes and the
    second is gone, on a paper whose own line says "Version du 30 septembre 2023". They are printed as the dated page
    prints them (`…/2023-09-30/changes/`), each address on the site; the links themselves stay as they were."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, three.url(f"/{lang}/{DATES[-1]}/"))
    dated = _printed_addresses(page, tmp_path)
    go(page, three.url(f"/{lang}/latest/"))
    hrefs = page.eval_on_selector_all(".md-typeset a[href]", "links => links.map(a => a.getAttribute('href'))")
    latest = _printed_addresses(page, tmp_path)
    ours = [a for a in latest if a.startswith(three.base + f"/{lang}/")]
    assert f"{three.base}/{lang}/{DATES[-1]}/changes/" in ours, latest
    assert f"{three.base}/{lang}/{DATES[-1]}/policy-{lang}-{DATES[-1]}.pdf" in ours, latest
    assert not [a for a in ours if "/latest/" in a], ours
    assert latest == dated
    for address in ours:
        assert page.request.get(address.split("#")[0]).status == 200, address
    # on screen, the reader at latest/ still follows latest/'s links
    assert page.eval_on_selector_all(".md-typeset a[href]", "links => links.map(a => a.getAttribute('href'))") == hrefs
    assert "changes/" in hrefs


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_changes_in_force_printed_name_their_version_by_its_date(new_context, three, tmp_path, lang):
    """The same at `latest/changes/`: its link to the version it describes printed `…/latest/`, the text in force
    whatever it will be; it prints `…/2023-09-30/`, as the dated changes page does."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, three.url(f"/{lang}/{DATES[-1]}/changes/"))
    dated = _printed_addresses(page, tmp_path)
    go(page, three.url(f"/{lang}/latest/changes/"))
    latest = _printed_addresses(page, tmp_path)
    assert f"{three.base}/{lang}/{DATES[-1]}/" in latest and latest == dated, latest
