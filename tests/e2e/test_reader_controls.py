"""Keyboard focus is always on something the reader can see, the header's menus close on Escape (WCAG 2.4.7,
1.4.13; reader audit 13: findings 12, 15, 26), and a change of version keeps the reader's section (finding 3)."""
from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest
from reader import go, handed_over, in_each_scheme, quiet, resized, settled, started
from wcag import axe, describe, injected

from helpers import ROOT, poppler

SHOWN = "e => { const s = getComputedStyle(e); return s.visibility !== 'hidden' && Number(s.opacity) > 0.5 }"


def test_the_version_button_is_shown_while_it_has_focus_on_a_scrolled_page(page, site):
    go(page, site.policy_url("fr", "s11"))
    page.wait_for_selector(".md-header__title--active")  # scrolled: Material shows the page's title instead
    topic = page.locator(".md-header__topic").first
    assert not topic.evaluate(SHOWN)
    page.focus(".md-version__current")
    settled(page)  # the topics' transition
    assert topic.evaluate(SHOWN)


def test_on_a_phone_the_closed_drawer_is_out_of_the_tab_order(phone_page, site):
    go(phone_page, site.policy_url("fr"))
    drawer = phone_page.locator(".md-sidebar--primary")
    assert drawer.evaluate("e => getComputedStyle(e).visibility") == "hidden"
    focused = []
    for _ in range(12):
        phone_page.keyboard.press("Tab")
        focused.append(phone_page.evaluate("() => !!document.activeElement.closest('.md-sidebar--primary')"))
    assert not any(focused)
    phone_page.click("label.md-header__button[for=__drawer]")
    settled(phone_page)
    assert phone_page.locator(".md-sidebar--primary").evaluate("e => getComputedStyle(e).visibility") == "visible"


def test_at_a_phones_width_the_keyboard_opens_the_search(page, site):
    """Reader hunt 17: below 960 px the closed search box, made invisible, could not take focus: "s" and "/" did
    nothing."""
    page.set_viewport_size({"width": 375, "height": 740})
    go(page, site.policy_url("fr"))
    started(page)
    settled(page)
    page.keyboard.press("s")  # Material's shortcut
    page.wait_for_function("() => document.activeElement.classList.contains('md-search__input')")


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_phone_the_search_opened_on_an_archived_version_shows_its_field_above_the_notice(phone_page, site,
                                                                                             lang):
    """Reader hunt, session 34: below 60em the search opens over the whole screen with its field at the top edge,
    where the archived version's notice (sticky, drawn over the header) hid the field and the words typed in it."""
    page = phone_page
    go(page, site.url(f"archived-{lang}"))
    page.locator("[data-md-component=outdated] a[href]").first.wait_for(state="visible")
    started(page)
    page.locator(".md-header__button[for=__search]").click()
    page.wait_for_function("() => document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type("version")
    settled(page)
    hidden = page.evaluate("""() => { const r = document.activeElement.getBoundingClientRect();
        return [[r.left + 4, r.top + r.height / 2], [r.left + r.width / 2, r.top + r.height / 2]]
            .map(([x, y]) => document.elementFromPoint(x, y))
            .filter(e => !e.closest('.md-search__form')).map(e => e.tagName + '.' + e.className) }""")
    assert hidden == []


def test_escape_closes_a_menu_the_pointer_opened_and_a_key_opens_it_again(page, site):
    """Reader hunt 17: a menu opened by the mouse stayed open on Escape; once dismissed, no key opened it again."""
    go(page, site.policy_url("fr"))
    page.hover(".md-header .md-version")
    settled(page)
    listing = page.locator(".md-version__list")
    assert listing.evaluate(SHOWN)
    page.keyboard.press("Escape")
    settled(page)
    assert not listing.evaluate(SHOWN)
    page.focus(".md-version__current")
    page.keyboard.press("ArrowDown")
    settled(page)
    assert listing.evaluate(SHOWN)


def test_escape_closes_the_version_menu_and_leaves_focus_on_its_button(page, site):
    go(page, site.policy_url("fr"))
    page.focus(".md-version__current")
    settled(page)
    listing = page.locator(".md-version__list")
    assert listing.evaluate(SHOWN)
    page.keyboard.press("Escape")
    settled(page)
    assert not listing.evaluate(SHOWN)
    assert page.evaluate("document.activeElement.classList.contains('md-version__current')")
    page.keyboard.press("Tab")  # focus moves on: the menu opens again when asked
    page.focus(".md-version__current")
    settled(page)
    assert listing.evaluate(SHOWN)


def _page(title: str, sections: list[tuple[str, str]], other: str, *, missing: bool = False) -> str:
    """A dated version's page; with `missing`, its notice of a section it lacks (main.html's .policy-missing)."""
    notice = '<p class="policy-missing" hidden>Absente.</p>' if missing else ""
    body = notice + "".join(f'<h{2 + anchor.count("-")} id="{anchor}">{heading}<a class="headerlink" href="#{anchor}">¶</a>'
                   f'</h{2 + anchor.count("-")}>'
                   + "<p>Texte.</p>" * 40 for anchor, heading in sections)
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<a class="md-version__link" href="../{other}/">{other}</a><div class="md-content">{body}</div>'
            f'<script src="../policy.js"></script></body></html>')


@pytest.mark.parametrize(("start", "anchor", "landed"), [
    ("2024-01-15", "s3", "/2024-06-01/#s4"),  # "Vos droits", renumbered: found by its title
    ("2024-06-01", "s4", "/2024-01-15/#s3"),
    ("2024-06-01", "s3", "/2024-01-15/"),  # "Conservation" is not in the older version: its top, not §3
    ("2024-06-01", "s2", "/2024-01-15/#s2"),  # the same number, renamed ("Données" / "Données collectées")
])
def test_switching_version_across_a_renumbering_lands_on_the_same_section(page, serve, tmp_path, start, anchor, landed):
    """Reader audit 13, finding 3: the version selector kept `#s3` across a renumbering and landed on another
    section, silently."""
    old = [("s1", "1. Objet"), ("s2", "2. Données"), ("s3", "3. Vos droits")]
    new = [("s1", "1. Objet"), ("s2", "2. Données collectées"), ("s3", "3. Conservation"), ("s4", "4. Vos droits")]
    for version, sections, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_page(version, sections, other), encoding="utf-8")
    assert _switched(page, serve, tmp_path, f"{start}/#{anchor}") == landed


@pytest.mark.parametrize(("start", "anchor", "landed"), [
    ("2024-01-15", "s3", "/2024-06-01/#s4"),  # 保存期間, renumbered: found by its caption, not by 第3条
    ("2024-06-01", "s4", "/2024-01-15/#s3"),
    ("2024-06-01", "s3", "/2024-01-15/"),  # 利用 is not in the older version: its top, not the older 第3条
])
def test_switching_version_across_a_renumbering_of_statute_style_articles_lands_on_the_same_article(
        page, serve, tmp_path, start, anchor, landed):
    """`第3条（保存期間）` was read as the title `第3条` (its caption taken for a status in brackets), so the version
    selector took a reader from 第3条（保存期間） to the other version's 第3条, another article after a renumbering."""
    old = [("s1", "第1条（目的）"), ("s2", "第2条（定義）"), ("s3", "第3条（保存期間）")]
    new = [("s1", "第1条（目的）"), ("s2", "第2条（定義）"), ("s3", "第3条（利用）"), ("s4", "第4条（保存期間）")]
    for version, sections, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_page(version, sections, other), encoding="utf-8")
    assert _switched(page, serve, tmp_path, f"{start}/#{anchor}") == landed


def test_switching_to_a_version_where_the_sections_anchor_is_another_section_says_the_section_is_missing(
        page, serve, tmp_path):
    """Reader hunt 43: from §3 "Conservation", which the older version lacks and where #s3 is "Vos droits", the
    version selector landed on that version's top, silently, as if it were the section. It says it is missing, and
    the selector used again from there carries no section."""
    old = [("s1", "1. Objet"), ("s2", "2. Données"), ("s3", "3. Vos droits")]
    new = [("s1", "1. Objet"), ("s2", "2. Données"), ("s3", "3. Conservation"), ("s4", "4. Vos droits")]
    for version, sections, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_page(version, sections, other, missing=True),
                                                       encoding="utf-8")
    landed = _switched(page, serve, tmp_path, "2024-06-01/#s3")
    assert landed.startswith("/2024-01-15/#") and landed != "/2024-01-15/#s3"
    assert page.locator(".policy-missing").is_visible()
    assert page.evaluate("window.scrollY") == 0
    with page.expect_navigation():
        page.click(".md-version__link")
    assert page.url.split("/", 3)[3] in ("2024-06-01/", "2024-06-01/#s1")  # from its top: the other's top


@pytest.mark.parametrize(("start", "anchor", "landed"), [
    ("2024-01-15", "s2-1", "/2024-06-01/#s3-1"),  # the second "Base légale", renumbered: the second one there
    ("2024-06-01", "s3-1", "/2024-01-15/#s2-1"),
    ("2024-06-01", "s1-1", "/2024-01-15/#s1-1"),  # the same number and title: that one, not the first of its title
])
def test_switching_version_lands_on_the_same_one_of_sections_sharing_a_title(page, serve, tmp_path, start, anchor,
                                                                               landed):
    """Reader hunt 37: a policy giving each purpose a "Legal basis" subsection; the version selector took the
    reader from the second one to the first one of that title, even when the section kept its number."""
    old = [("s1", "1. Comptes"), ("s1-1", "1.1 Base légale"), ("s2", "2. Cookies"), ("s2-1", "2.1 Base légale")]
    new = [("s1", "1. Comptes"), ("s1-1", "1.1 Base légale"), ("s2", "2. Newsletter"), ("s2-1", "2.1 Base légale"),
           ("s3", "3. Cookies"), ("s3-1", "3.1 Base légale")]
    for version, sections, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_page(version, sections, other), encoding="utf-8")
    assert _switched(page, serve, tmp_path, f"{start}/#{anchor}") == landed



# Three versions: §2 "Données" renamed and renumbered at once (a new §2 "Cookies" before it), then renumbered again.
RENUMBERED = (
    ("2024-01-15", [("1.", "Objet"), ("2.", "Données"), ("3.", "Vos droits")]),
    ("2024-06-01", [("1.", "Objet"), ("2.", "Cookies"), ("3.", "Données que nous collectons"), ("4.", "Vos droits")]),
    ("2025-02-01", [("1.", "Objet"), ("2.", "Cookies"), ("3.", "Conservation"), ("4.", "Données que nous collectons"),
                    ("5.", "Vos droits")]),
)
WORDS = {"Objet": "Ce document décrit nos traitements.", "Cookies": "Ce site ne dépose aucun cookie.",
         "Vos droits": "Vous pouvez demander l’accès à vos données.", "Conservation": "Un an après le contact.",
         "Données": "Nous collectons votre nom, votre adresse électronique et votre numéro de téléphone."}


def _published_pages(folder, target: str) -> None:
    """RENUMBERED's pages in `folder/<version>/`, their side-by-side pages (the text beside itself) and changes pages
    (but the first's), their sections' ids and aliases as publishing works them out (anchors.of_texts, version after
    version), each page's version link to `target`."""
    from jinja2 import Environment, FileSystemLoader

    from policysite import anchors, archive, sidebyside

    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    theme = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))  # as MkDocs': the partials escape

    previous, carried = None, None
    for version, sections in RENUMBERED:
        text = f"---\ndate: {version}\n---\n# T\n\n" + "".join(
            f"## {n} {t}\n\n{WORDS['Données' if t.startswith('Données') else t]}\n\n" for n, t in sections)
        found = anchors.of_texts(text, lang="fr", previous_text=previous[1] if previous else None,
                                 previous_aliases=carried, previous_version=previous[0] if previous else "")
        body = "".join(f'<h2 id="{found.ids[k]}">' + "".join(f'<span class="policy-alias" id="{a}"></span>'
                                                             for a in found.aliases.get(k, []))
                       + f'{n} {t}<a class="headerlink" href="#{found.ids[k]}">¶</a></h2>' + "<p>Texte.</p>" * 40
                       for k, (n, t) in enumerate(sections))
        (folder / version).mkdir()
        (folder / version / "index.html").write_text(
            f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{version}</title></head><body>'
            f'<a class="md-version__link" href="../{target}/">{target}</a><div class="md-content">'
            f'<p class="policy-missing" hidden>Absente.</p><div class="policy-version" data-policy-version="{version}">'
            f'</div>{body}</div><script src="../policy.js"></script></body></html>', encoding="utf-8")
        (folder / version / "side-by-side").mkdir()
        (folder / version / "side-by-side" / "index.html").write_text(
            f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{version}</title></head><body>'
            f'<a class="md-version__link" href="/{target}/">{target}</a><div class="md-content">'
            f'<p class="policy-missing" hidden>Absente.</p><div class="policy-version" data-policy-version="{version}">'
            "</div>" + sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=text, text=text,
                                            version=version, aliases=anchors.alias_map(found))
            + '</div><script src="/policy.js"></script></body></html>', encoding="utf-8")
        if previous:
            change = archive.changes_of(text, lang="fr", previous_text=previous[1])
            (folder / version / "changes").mkdir()
            (folder / version / "changes" / "index.html").write_text(
                f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{version}</title></head><body>'
                f'<a class="md-version__link" href="/{target}/">{target}</a><div class="md-content">'
                f'<div class="policy-version" data-policy-version="{version}"></div>'
                + archive.changes_page(env=theme, lang="fr", version=version, previous=previous[0], change=change,
                                       aliases=anchors.alias_map(found))
                + '</div><script src="/policy.js"></script></body></html>', encoding="utf-8")
        previous, carried = (version, text), anchors.alias_map(found)


@pytest.mark.parametrize(("start", "target", "landed"), [
    ("2024-06-01/#s3", "2025-02-01", "/2025-02-01/#s4"),  # "Données que nous collectons", renumbered: by its title
    ("2024-01-15/#s2", "2024-06-01", "/2024-06-01/#s3"),  # "Données", renamed and renumbered: was the new §2
    ("2024-01-15/#s2", "2025-02-01", "/2025-02-01/#s4"),  # ... two versions on, renumbered again
    ("2024-06-01/#s3", "2024-01-15", "/2024-01-15/#s2"),  # back: was said missing
    ("2025-02-01/#s4", "2024-01-15", "/2024-01-15/#s2"),
    ("2025-02-01/#s2", "2024-01-15", "/2024-01-15/#__absent"),  # "Cookies", not in the first version: missing
    ("2024-01-15/#s3", "2025-02-01", "/2025-02-01/#s5"),  # "Vos droits": by its title
    ("2024-01-15/side-by-side/#s2", "2025-02-01", "/2025-02-01/side-by-side/#s4"),  # from a side-by-side page
    ("2025-02-01/side-by-side/#s4", "2024-01-15", "/2024-01-15/side-by-side/#s2"),
    # from a changes page: to the first version, which has none, its policy page; "Conservation", the later §3, before
    ("2025-02-01/changes/#redline-s4", "2024-01-15", "/2024-01-15/#s2"),
    ("2024-06-01/changes/#redline-s3", "2024-01-15", "/2024-01-15/#s2"),
    ("2024-06-01/changes/#redline-s3", "2025-02-01", "/2025-02-01/changes/#redline-s4"),
    ("2025-02-01/changes/#redline-s4", "2024-06-01", "/2024-06-01/changes/#redline-s3"),
    ("2025-02-01/changes/#redline-s5", "2024-06-01", "/2024-06-01/changes/#redline-s4"),  # "Vos droits"
    # to a version whose changes page does not list the section (it did not change there): its policy page, there
    # (reader hunt 45: the top of that changes page); said missing where that version has no such section
    ("2024-06-01/changes/#redline-s2", "2025-02-01", "/2025-02-01/#s2"),  # "Cookies", unchanged since
    ("2025-02-01/changes/#redline-s3", "2024-06-01", "/2024-06-01/#__absent"),  # "Conservation"; #s3 is "Données …"
])
def test_switching_version_finds_a_section_renamed_and_renumbered_at_once(page, renumbered, start, target, landed):
    """Reader hunt 44: §2 "Données" became §3 "Données que nous collectons" with a new §2 "Cookies" before it. From
    §2 of the older version the selector landed on "Cookies" (the same number), silently; from the newer version the
    section was said missing from the older one. The newer page keeps the id the section had on a date
    (`2024-01-15.s2`, the one differ's match, as the changes page shows it)."""
    assert _landed(page, renumbered(target), start) == landed


@pytest.fixture(scope="module")
def renumbered(tmp_path_factory, serve):
    """RENUMBERED's pages whose version links lead to a version, written and served once a version for the module's
    tests (they only read them): the base URL of each."""
    served: dict[str, str] = {}

    def of(target: str) -> str:
        if target not in served:
            folder = tmp_path_factory.mktemp(f"renumbered-{target}")
            _published_pages(folder, target)
            served[target] = _served(serve, folder)
        return served[target]

    return of


def _served(serve, folder) -> str:
    """`folder` served with today's policy.js: its base URL."""
    shutil.copy(ROOT / "overrides" / "assets" / "javascripts" / "policy.js", folder / "policy.js")
    return serve(folder)


def _switched(page, serve, folder, start: str) -> str:
    """Where the version link of `start` (a page of `folder`, served with today's policy.js) lands: its path."""
    return _landed(page, _served(serve, folder), start)


def _landed(page, base: str, start: str) -> str:
    """Where the version link of `start`, a page served at `base`, lands: its path."""
    page.goto(f"{base}/{start}")
    with page.expect_navigation():
        page.click(".md-version__link")
    return page.url.removeprefix(base)


def test_tab_from_the_search_field_goes_to_something_shown(page, site):
    """Reader hunt 37: the next stop after the search field was the search's results box, closed as the field lost
    focus: no height, fading out, focused where nothing could be seen (WCAG 2.4.7)."""
    go(page, site.policy_url("en"))
    page.focus(".md-search__input")
    page.keyboard.press("Tab")
    assert page.evaluate("""() => { const e = document.activeElement, box = e.getBoundingClientRect();
        return e.checkVisibility({opacityProperty: true, visibilityProperty: true}) && box.height > 0; }""")


def test_the_hidden_back_to_top_button_takes_no_focus(page, site):
    """Reader hunt 37: on a page that never scrolls, Material's hidden "back to top" button, transparent, was a Tab
    stop (WCAG 2.4.7)."""
    go(page, site.url("at-en"))
    assert page.evaluate("""() => { const top = document.querySelector('.md-top');
        top.focus(); return top.hidden && document.activeElement !== top; }""")


def test_escape_in_the_search_gives_focus_back_to_where_it_was(page, site):
    """Reader audit 13, finding 9: after Escape in the search results, focus fell to the page's body."""
    go(page, site.policy_url("fr"))
    page.focus(".md-header__option .md-select button")
    page.focus(".md-search__input")
    page.keyboard.type("données")
    page.wait_for_selector(".md-search-result__link")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Escape")
    # (the result keeps focus an instant, until the search's closing hides it)
    page.wait_for_function("() => document.activeElement.matches('.md-select button')")


def test_the_language_menu_shows_each_entry_on_its_lines_inside_the_screen(new_context, site):
    """Reader hunt 17 (left then): as narrow as its button, the menu wrapped "Français et English côte à côte" word
    by word, and cut it off at its fourth line. Opened at 1280 px, then the same page at 375, the menu open (its
    button keeps focus)."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, site.policy_url("fr"))
    page.click(".md-header__option .md-select button")
    for width in (1280, 375):
        resized(page, {"width": width, "height": 800})  # (and the menu's transition)
        assert page.evaluate("document.activeElement.matches('.md-header__option .md-select button')"), width
        box = page.locator(".md-header__option .md-select__inner").bounding_box()
        assert box is not None and 0 <= box["x"] and box["x"] + box["width"] <= width, (width, box)
        listing = page.locator(".md-header__option .md-select__list")
        assert listing.evaluate(SHOWN), width
        assert listing.evaluate("e => e.scrollHeight <= e.clientHeight"), f"entries cut off at {width} px"
        for link in page.locator(".md-header__option .md-select__link").all():
            lines = link.evaluate("e => { const s = getComputedStyle(e); return Math.round((e.clientHeight - "
                                  "parseFloat(s.paddingTop) - parseFloat(s.paddingBottom)) / parseFloat(s.lineHeight)) }")
            assert lines <= 2, (width, link.inner_text(), lines)
        assert page.evaluate("document.documentElement.scrollWidth") <= width


def _kind_page(version: str, kind: str, sections: list[tuple[str, str]], other: str, status: str = " (modifiée)") -> str:
    """A version's side-by-side or changes page as the site writes their sections: ids on the row or section, the
    heading inside (a changes page's with § and its status, as the page's language sets it: strings.aside)."""
    if kind == "side-by-side":
        body = "".join(f'<section class="policy-sides-row" id="{i}"><div><h2>{t}</h2><p>x</p></div>'
                       f'<div><h2>{t}</h2><p>y</p></div></section>' for i, t in sections)
    else:
        body = "".join(f'<section class="redline-section" id="redline-{i}"><h2>§ {t}{status}</h2><p>x</p>'
                       "</section>" for i, t in sections)
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{version} {kind}</title></head><body>'
            f'<a class="md-version__link" href="/{other}/">{other}</a><div class="md-content">{body}</div>'
            f'<script src="/policy.js"></script></body></html>')


@pytest.mark.parametrize(("start", "kind", "anchor", "landed", "statuses"), [
    ("2024-01-15", "side-by-side", "s3", "/2024-06-01/side-by-side/#s4", ()),  # "Vos droits", renumbered
    ("2024-01-15", "changes", "redline-s3", "/2024-06-01/changes/#redline-s4", ()),
    ("2024-06-01", "changes", "redline-s4", "/2024-01-15/#s3", ()),  # the first version has no changes page: its policy
    # a status in Japanese's brackets, which the title is read without, as ASCII ones (CJK 24)
    ("2024-01-15", "changes", "redline-s3", "/2024-06-01/changes/#redline-s4", ("（変更）", "（番号変更、本文変更なし）")),
    ("2024-01-15", "changes", "redline-s3", "/2024-06-01/changes/#redline-s4", ("(변경됨)", "(번호 변경됨)")),
])
def test_switching_version_from_a_side_by_side_or_changes_page_stays_on_that_page_and_section(
        page, serve, tmp_path, start, kind, anchor, landed, statuses):
    """Reader hunt 20, finding 1: the version menu sent the reader to the other version's policy page, and from a
    side-by-side page after a renumbering to another section."""
    old = [("s1", "1. Objet"), ("s2", "2. Données"), ("s3", "3. Vos droits")]
    new = [("s1", "1. Objet"), ("s2", "2. Données collectées"), ("s3", "3. Conservation"), ("s4", "4. Vos droits")]
    said = dict(zip(("2024-01-15", "2024-06-01"), statuses))  # each version's sections' status
    for version, sections, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_page(version, sections, other), encoding="utf-8")
        for one in ("side-by-side", "changes"):
            if (version, one) != ("2024-01-15", "changes") or start == "2024-01-15":
                (tmp_path / version / one).mkdir()
                (tmp_path / version / one / "index.html").write_text(
                    _kind_page(version, one, sections, other, *([said[version]] if said else [])),
                    encoding="utf-8")
    assert _switched(page, serve, tmp_path, f"{start}/{kind}/#{anchor}") == landed


def test_a_long_version_title_stays_clear_of_the_header_buttons_at_320_px(new_context, site):
    """Reader hunt 42: "30 septembre 2021 (en vigueur)", the title of a version dated in September, ran on under the
    language and search buttons at 320 CSS px (a desktop zoomed to 400 %, WCAG 1.4.10), hiding its end and its arrow.
    The lists of versions are served with that title for the version in force."""
    page = new_context(viewport={"width": 320, "height": 640}).new_page()

    def september(route):
        response = route.fetch()
        versions = response.json()
        for version in versions:
            if "latest" in version["aliases"]:
                version["title"] = "30 septembre 2021 (en vigueur)"
        route.fulfill(response=response, json=versions)

    page.route("**/versions*.json", september)
    go(page, site.policy_url("fr"))
    button = page.locator(".md-version__current")
    button.wait_for()
    assert "30 septembre 2021" in button.inner_text()
    right = button.evaluate("b => b.getBoundingClientRect().right")
    assert right <= page.locator(".md-header__option").evaluate("e => e.getBoundingClientRect().left")
    header = page.locator(".md-header").bounding_box()
    box = button.bounding_box()
    assert box is not None and header is not None and box["y"] + box["height"] <= header["y"] + header["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


# WCAG 1.4.12's text spacing, as a reader's stylesheet sets it.
TEXT_SPACING = ("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
                " p { margin-bottom: 2em !important; }")


def test_the_compare_lists_stay_on_a_320_px_screen_with_wider_text_spacing(new_context, site):
    """Reader hunt 42: each list is as wide as its longest title ("17 février 2021 (en vigueur)"); with wider text
    spacing at 320 CSS px (WCAG 1.4.12, 1.4.10) it ran past the screen's edge and the page scrolled sideways."""
    page = new_context(viewport={"width": 320, "height": 640}, bypass_csp=True).new_page()
    go(page, site.url("compare-fr"))
    page.locator(".policy-compare-form select").first.wait_for()
    page.add_style_tag(content=TEXT_SPACING)
    settled(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    for select in page.locator(".policy-compare-form select").all():
        assert select.evaluate("e => e.getBoundingClientRect().right") <= 320


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_at_320_px_the_header_shows_the_whole_site_name_and_a_section_lands_below_it(new_context, site, lang):
    """Reader hunt 43: at 320 CSS px (a desktop zoomed to 400 %) the header's site name ended in "Politique de co…",
    with WCAG 1.4.12's text spacing in "Politique de…". It wraps, the header grows to hold it, and a section the
    address names is shown below the taller header, not under it. As loaded, then with the text spacing added."""
    page = new_context(viewport={"width": 320, "height": 640}, bypass_csp=True).new_page()
    anchor = "s2-1"
    go(page, site.version_url(lang, site.archived[-1], anchor))
    for spacing in (False, True):
        if spacing:
            page.add_style_tag(content=TEXT_SPACING)
        page.locator(".md-version__current").wait_for()
        settled(page)  # the header's new height observed
        name = page.locator(".md-header__topic:first-child > .md-ellipsis")
        assert name.evaluate("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight"), spacing
        assert name.evaluate("e => getComputedStyle(e).textOverflow !== 'ellipsis' || e.scrollWidth <= e.clientWidth")
        header = page.locator(".md-header").bounding_box()
        assert header is not None
        for part in (name, page.locator(".md-version__current")):
            box = part.bounding_box()
            assert box is not None and header["y"] <= box["y"] and \
                box["y"] + box["height"] <= header["y"] + header["height"], spacing
        assert name.evaluate("e => e.getBoundingClientRect().right") <= \
            page.locator(".md-header__option").evaluate("e => e.getBoundingClientRect().left")
        assert page.evaluate("document.documentElement.scrollWidth") <= 320
        page.evaluate(f"document.getElementById('{anchor}').scrollIntoView()")
        settled(page)
        top = page.evaluate(f"document.getElementById('{anchor}').getBoundingClientRect().top")
        assert top >= page.locator(".md-header").evaluate("e => e.getBoundingClientRect().bottom") - 1, spacing


@pytest.mark.parametrize("version", ["latest", "archived"])
def test_on_a_phone_held_sideways_with_large_text_a_section_linked_is_on_the_screen_below_the_notice(new_context, site,
                                                                                                    version):
    """Reader5, session 35: at 568 x 320 px with the browser's text at 200 % (WCAG 1.4.10), the sticky header (two
    rows there) and an archived version's notice above it covered 333 px of the 320: the section the address named
    was under them and no word of the text was on the screen. The section's heading is on the screen below whatever
    stays over the page, the archived notice still at the top; scrolled on, the notice stays and most of the screen
    is the text's."""
    page = new_context(viewport={"width": 568, "height": 320}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    version = site.archived[-1] if version == "archived" else version
    go(page, site.version_url("fr", version, "s2"))
    page.locator(".md-version__current").wait_for()
    settled(page)
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "text not enlarged"
    covered = """() => Math.max(0, ...[...document.querySelectorAll('.md-header, [data-md-component=outdated]')]
        .filter(e => e.checkVisibility()).map(e => e.getBoundingClientRect().bottom))"""
    heading = page.evaluate("() => { const r = document.getElementById('s2').getBoundingClientRect(); "
                            "return [r.top, r.bottom] }")
    assert page.evaluate(covered) - 1 <= heading[0] and heading[1] <= 320, (page.evaluate(covered), heading)
    page.mouse.wheel(0, 600)
    settled(page)
    if version != "latest":
        assert page.locator(".policy-archived").evaluate("e => e.getBoundingClientRect().top") >= -1
    assert page.evaluate(covered) <= 320 / 2


@pytest.mark.parametrize("name", ["policy-en", "archived-fr"])
def test_on_a_phone_set_to_large_text_the_header_s_buttons_and_name_stay_on_the_screen(new_context, site, name):
    """Reader hunt, session 34: with the browser's text at 200 % (WCAG 1.4.4; Chromium's own setting, which moves the
    theme's em breakpoints as a reader's does), the header's buttons, grown with the text, left the name a column
    that broke it mid-word, and the search button stood past the screen's edge: the page scrolled sideways. The
    name and version go on a line of their own under the buttons; scrolled, the page's title stays inside too.
    At 320 px, then the same page at 375."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(page, site.url(name))
    page.locator(".md-version__current").wait_for()
    for width in (320, 375):
        resized(page, {"width": width, "height": 700})
        assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "not enlarged"
        assert page.evaluate("innerWidth") == width
        for scrolled in (False, True):
            assert page.evaluate("document.documentElement.scrollWidth") <= width, (width, scrolled)
            outside = page.evaluate("""w => [...document.querySelectorAll('.md-header__inner > *, .md-header__topic')]
                .filter(e => e.checkVisibility({opacityProperty: true}) && e.getBoundingClientRect().width > 0)
                .filter(e => e.getBoundingClientRect().left < 0 || e.getBoundingClientRect().right > w)
                .map(e => e.className)""", width)
            assert outside == [], (width, scrolled)
            page.mouse.wheel(0, 3000)
            settled(page)
        page.mouse.wheel(0, -10000)
        settled(page)
        broken = page.locator(".md-header__topic:first-child > .md-ellipsis").evaluate("""e => {
            const text = e.firstChild, broken = [];  // a word set on two lines has two boxes
            for (const m of text.data.matchAll(/\\S+/g)) {
                const r = document.createRange(); r.setStart(text, m.index); r.setEnd(text, m.index + m[0].length);
                if (r.getClientRects().length > 1) broken.push(m[0]);
            }
            return broken; }""")
        assert broken == [], width


def test_on_a_scrolled_phone_page_the_header_shows_the_pages_title_inside_it(phone_page, site):
    """Reader hunt 43: once the header held the site's name on several lines, the page's title that Material shows
    there on a scrolled page was drawn below the header, over the text, and the header showed no title."""
    go(phone_page, site.version_url("fr", site.archived[-1]))
    started(phone_page)
    settled(phone_page)
    phone_page.evaluate("window.scrollTo(0, 3000)")
    phone_page.wait_for_selector(".md-header__title--active")
    settled(phone_page)  # the topics' transition
    title = phone_page.locator(".md-header__topic + .md-header__topic .md-ellipsis")
    header, box = phone_page.locator(".md-header").bounding_box(), title.bounding_box()
    assert header is not None and box is not None and title.inner_text().strip()
    assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    assert title.evaluate(SHOWN)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_at_320_px_with_large_text_the_scrolled_page_s_title_is_read_whole_in_the_header(new_context, site, lang):
    """Reader8, session 36: at 320 CSS px with the browser's text at 200 % (WCAG 1.4.4 with 1.4.10), the page's title
    the header shows once the page is scrolled was cut to "Politique de…" on one line, though the header, grown to
    hold the site's name on two, had room for more. It wraps, inside the header."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(page, site.version_url(lang, site.archived[-1]))
    started(page)
    settled(page)
    page.evaluate("window.scrollTo(0, 3000)")
    page.wait_for_selector(".md-header__title--active")
    settled(page)
    title = page.locator(".md-header__topic + .md-header__topic .md-ellipsis")
    assert title.inner_text().strip() and title.evaluate(SHOWN)
    assert title.evaluate("e => e.scrollWidth <= e.clientWidth && e.scrollHeight <= e.clientHeight"), \
        title.evaluate("e => [e.scrollWidth, e.clientWidth, e.scrollHeight, e.clientHeight]")
    header, box = page.locator(".md-header").bounding_box(), title.bounding_box()
    assert header is not None and box is not None
    assert header["y"] <= box["y"] and box["y"] + box["height"] <= header["y"] + header["height"]
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("where", ["archived", "history"])
def test_a_link_focused_backwards_is_not_hidden_under_the_sticky_header(new_context, site, where):
    """Reader hunt 43: Shift+Tab back up an archived version or the history scrolled each link to the screen's top
    edge, under the sticky header and the archived notice: the focused link could not be seen (WCAG 2.4.11). On a
    desktop's screen, then the same page on a phone's."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, site.version_url("fr", site.archived[-1]) if where == "archived" else site.url("history-fr"))
    hidden = []
    for viewport in ({"width": 1280, "height": 800}, {"width": 375, "height": 667}):
        resized(page, viewport)
        page.locator("footer a").last.focus()
        for _ in range(40):
            page.keyboard.press("Shift+Tab")
            place = page.evaluate("""() => { const e = document.activeElement, r = e.getBoundingClientRect();
                return {text: e.textContent.trim().slice(0, 40), bottom: r.bottom, under: document.querySelector(
                '.md-header').getBoundingClientRect().bottom, outside: !e.closest('.md-header, .md-sidebar, .md-banner, .md-skip')}; }""")
            if place["outside"] and place["bottom"] <= place["under"] + 1:
                hidden.append((viewport["width"], place["text"]))
    assert hidden == []


def test_switching_language_from_an_anchor_the_section_kept_lands_on_the_section(page, serve, tmp_path):
    """Reader hunt 42: at an anchor the section kept (its old title's, or the translation's own slug: a
    `span.policy-alias` in its heading), the language menu carried that anchor, which the other language's page does
    not have: it landed at the top, and said the section was not in that version. It carries the section's id."""
    body = "<p>Text.</p>" * 60
    pages = {"en": ('<h2 id="purpose">Purpose</h2>' + body + '<h2 id="vos-droits"><span class="policy-alias" '
                    'id="your-rights"></span>Your rights</h2>' + body, "fr"),
             "fr": ('<h2 id="purpose">Objet</h2>' + body + '<h2 id="vos-droits">Vos droits</h2>' + body, "en")}
    for lang, (sections, other) in pages.items():
        (tmp_path / lang).mkdir()
        (tmp_path / lang / "index.html").write_text(
            f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{lang}</title></head><body>'
            f'<a hreflang="{other}" href="../{other}/">{other}</a><div class="md-content">'
            f'<p class="policy-missing" role="status" hidden>missing</p>{sections}</div>'
            '<script src="../policy.js"></script></body></html>', encoding="utf-8")
    base = _served(serve, tmp_path)
    page.goto(f"{base}/en/#your-rights")
    assert page.locator(".policy-missing").is_hidden()
    with page.expect_navigation():
        page.click("a[hreflang=fr]")
    assert page.url == f"{base}/fr/#vos-droits"
    assert page.locator(".policy-missing").is_hidden()


def _version_page(version: str, headings: str, other: str) -> str:
    """A dated version's page with a notice for a section it lacks, its headings as the site writes them."""
    return (f'<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{version}</title></head><body>'
            f'<a class="md-version__link" href="../{other}/">{other}</a><div class="md-content">'
            f'<p class="policy-missing" role="status" hidden>missing</p>{headings}</div>'
            '<script src="../policy.js"></script></body></html>')


@pytest.mark.parametrize(("start", "anchor", "landed", "said"), [
    ("2024-06-01", "vos-droits-et-recours", "/2024-01-15/#vos-droits", False),  # renamed: the id it kept
    ("2024-01-15", "vos-droits", "/2024-06-01/#vos-droits", False),  # the newer version kept the older id
    ("2024-06-01", "conservation", "/2024-01-15/#conservation", True),  # not in the older version: it says so
])
def test_switching_version_follows_a_renamed_unnumbered_section_by_the_anchors_it_kept(
        page, serve, tmp_path, start, anchor, landed, said):
    """Reader hunt 42: in a policy without numbers, a section renamed ("Vos droits" / "Vos droits et recours") is
    found by neither its title nor its id in the other version: the selector landed at the top, and said the
    section was not there. Its heading keeps the older version's id (`span.policy-alias`), which names it in both."""
    body = "<p>Texte.</p>" * 40
    old = f'<h2 id="objet">Objet</h2>{body}<h2 id="vos-droits">Vos droits</h2>{body}'
    new = (f'<h2 id="objet">Objet</h2>{body}<h2 id="vos-droits-et-recours"><span class="policy-alias" id="vos-droits">'
           f'</span>Vos droits et recours</h2>{body}<h2 id="conservation">Conservation</h2>{body}')
    for version, headings, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_version_page(version, headings, other), encoding="utf-8")
    assert _switched(page, serve, tmp_path, f"{start}/#{anchor}") == landed
    assert page.locator(".policy-missing").is_visible() == said


def test_on_a_phone_the_version_button_lines_up_under_the_site_name_in_either_direction(phone_page, site):
    """Reader hunt 42: in a right-to-left page (Arabic, Hebrew), the version under the site's name stood 1.4rem in from
    it: the left margin Material gives the button was taken off, not the right one it gives it right to left."""
    go(phone_page, site.policy_url("fr"))
    phone_page.locator(".md-version__current").wait_for()
    for direction in ("ltr", "rtl"):  # the attribute set anew: the layout follows it, the page needs no reload
        edges = phone_page.evaluate("""dir => { document.body.setAttribute('dir', dir);
            const name = document.querySelector('.md-header__topic:first-child > .md-ellipsis').getBoundingClientRect();
            const button = document.querySelector('.md-version__current').getBoundingClientRect();
            return dir === 'rtl' ? [name.right, button.right] : [name.left, button.left]; }""", direction)
        assert abs(edges[0] - edges[1]) <= 1, (direction, edges)


# What is drawn where, in forced colours: an icon's colour against what is behind it, a box's edge against its inside.
_FORCED = """() => {
  const painted = (element, pseudo) => getComputedStyle(element, pseudo).backgroundColor;
  const edge = element => { const s = getComputedStyle(element); return s.borderBottomStyle === 'none' ? ''
    : s.borderBottomWidth + ' ' + s.borderBottomColor; };
  const button = document.querySelector('.md-version__current'), form = document.querySelector('.md-search__form');
  const header = document.querySelector('.md-header');
  return {caret: painted(button, '::after'), header: painted(header), form: edge(form), inside: painted(form),
          under: edge(header)};
}"""


def test_in_forced_colours_the_version_button_keeps_its_arrow_and_the_search_box_its_edge(new_context, site):
    """Reader hunt 45: in Windows' high contrast (forced colours) Material's icons drawn as masks over a background
    colour took the page's colour: the version button lost its ▾, the only sign the date opens a menu; the search
    box and the header lost every edge, the search a word alone in the header."""
    page = new_context(viewport={"width": 1280, "height": 800}, forced_colors="active").new_page()
    go(page, site.version_url("fr", site.archived[-1]))
    page.locator(".md-version__current").wait_for()
    drawn = page.evaluate(_FORCED)
    assert drawn["caret"] not in (drawn["header"], "rgba(0, 0, 0, 0)"), drawn
    assert drawn["form"] and not drawn["form"].startswith("0px") and drawn["inside"] not in drawn["form"], drawn
    assert drawn["under"] and not drawn["under"].startswith("0px"), drawn


def test_a_printed_link_whose_words_are_its_address_does_not_print_it_again(page, serve, tmp_path):
    """Reader hunt 45: on paper a link's address follows its words; a link written as its address ("www.cnil.fr",
    "https://www.dial-once.com/politique-de-confidentialite") printed it a second time, in angle brackets. An e-mail or
    phone link's address was never printed: "écrivez-nous" left the reader of the paper no address to write to."""
    for name in ("javascripts/policy.js", "stylesheets/policy.css"):
        shutil.copy(ROOT / "overrides" / "assets" / name, tmp_path / name.split("/")[1])
    links = {"said": '<a href="https://www.cnil.fr">www.cnil.fr</a>',
             "said-whole": '<a href="https://example.org/privacy/">https://example.org/privacy</a>',
             "other": '<a href="https://www.cnil.fr/fr/plainte">déposer une plainte</a>',
             "other-address": '<a href="https://example.org/out">www.example.org</a>',
             "mail-said": '<a href="mailto:dpo@example.org?subject=RGPD">DPO@example.org</a>',
             "mail-other": '<a href="mailto:dpo@example.org">écrivez-nous</a>',
             "phone-said": '<a href="tel:+33123456789">01 23 45 67 89</a>',
             "phone-said-abroad": '<a href="tel:+33123456789">+33 (0)1 23 45 67 89</a>',
             "phone-other": '<a href="tel:+33123456789">appelez-nous</a>'}
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>'
        '<link rel="stylesheet" href="policy.css"></head><body><div class="md-content"><article class="md-typeset">'
        + "".join(f'<p id="{key}">{link}</p>' for key, link in links.items())
        + '</article></div><script src="policy.js"></script></body></html>', encoding="utf-8")
    go(page, serve(tmp_path) + "/")
    page.emulate_media(media="print")
    printed = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll('p[id]')].map(
        p => [p.id, getComputedStyle(p.querySelector('a'), '::after').content]))""")
    # the address isolated left to right (U+2066 … U+2069): test_unusual_pages prints it in a Hebrew paragraph
    assert printed == {"said": "none", "said-whole": "none", "other": '" \u2066<https://www.cnil.fr/fr/plainte>\u2069"',
                       "other-address": '" \u2066<https://example.org/out>\u2069"', "mail-said": "none",
                       "mail-other": '" \u2066<mailto:dpo@example.org>\u2069"', "phone-said": "none",
                       "phone-said-abroad": "none", "phone-other": '" \u2066<tel:+33123456789>\u2069"'}, printed


def test_the_version_button_shows_its_focus_once_its_menu_is_closed(page, site):
    """Reader hunt 45: Tab to the version button (its menu opens over it), Escape closes the menu and leaves focus on
    the button, which showed no sign of it (Material's `outline: none`; WCAG 2.4.7): a keyboard reader lost the place."""
    go(page, site.version_url("fr", site.archived[-1]))
    for _ in range(12):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('md-version__current')"):
            break
    page.keyboard.press("Escape")
    ring = page.evaluate("""() => { const e = document.activeElement, s = getComputedStyle(e);
        return [e.className.split(' ')[0], s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor, s.color] }""")
    assert ring[0] == "md-version__current" and ring[1] != "none" and ring[2] >= 1 and ring[3] == ring[4], ring


def _scrolled_to(page, anchor: str) -> int:
    """Scroll the section `anchor` to the top of the reading area, as a reader reading it has: the page's scroll."""
    page.evaluate("id => document.getElementById(id).scrollIntoView()", anchor)
    settled(page)
    return page.evaluate("scrollY")


def test_tabbing_through_the_header_menus_leaves_the_page_where_it_was_read(page, site):
    """Reader hunt 45: reading a section far down the policy, Tab to the version button (shown while it has focus)
    scrolled the page up by a screen, and each entry of its menu by another: the browser brought each into view below
    the strip the sticky header covers (scroll-padding-top), where a sticky header's button can never be."""
    go(page, site.policy_url("fr"))
    anchor = site.sections("fr")[-2].anchor
    read = _scrolled_to(page, anchor)
    assert read > 1000
    page.focus(".md-version__current")
    page.keyboard.press("Tab")
    page.keyboard.press("Tab")
    settled(page)
    assert page.evaluate("document.activeElement.classList.contains('md-version__link')")
    assert page.evaluate("scrollY") == read


@pytest.mark.parametrize("kind", ["side-by-side", "changes"])
def test_switching_version_from_a_scrolled_side_by_side_or_changes_page_carries_the_section_read(page, site, kind):
    """Reader hunt 45: a side-by-side and a changes page give their ids to their sections, not to the headings, so a
    reader scrolled to one (no anchor in the address) carried no section, or the summary's, to the version chosen,
    which opened at its top, silently: it now carries the section, said missing where that version lacks it (the
    archived versions are synthetic: none has the policy's later sections)."""
    lang = "en"
    sections = site.sections(lang)
    anchor = sections[len(sections) // 2].anchor  # a section halfway: the page scrolls it to its top
    archived = site.archived[-1]
    go(page, site.version_url(lang, site.latest) + f"{kind}/")
    on_page = anchor if kind == "side-by-side" else f"redline-{anchor}"
    _scrolled_to(page, on_page)
    assert page.evaluate("location.hash") == ""
    page.focus(".md-version__current")
    page.locator(f'.md-version__link[href*="{archived}"]').focus()
    with page.expect_navigation(timeout=60_000):  # two pages read first (its changes page, then its policy page)
        page.keyboard.press("Enter")
    quiet(page)
    landed = page.url.removeprefix(site.base)
    # the side-by-side page of that version, or (a changes page lists only what changed) its policy page
    assert landed == f"/{lang}/{archived}/" + ("side-by-side/" if kind == "side-by-side" else "") + f"#{anchor}"
    assert page.locator(".policy-missing").is_visible()


_COLOURS = """() => { const rgb = e => getComputedStyle(e).backgroundColor === 'rgba(0, 0, 0, 0)' ? null
        : getComputedStyle(e).backgroundColor;
    const text = document.querySelector('.md-content .md-typeset p');
    return {page: rgb(document.body), text: getComputedStyle(text).color,
            link: getComputedStyle(document.querySelector('.md-content .md-typeset p a[href]')).color} }"""


def _light(colour: str) -> bool:
    """Whether a CSS rgb()/rgba() colour is light (its channels' mean past the middle)."""
    channels = [float(part) for part in colour[colour.index("(") + 1:-1].split(",")[:3]]
    return sum(channels) / 3 > 128


@pytest.mark.parametrize("name", ["policy-fr", "archived-en", "changes-fr", "history-en"])
def test_a_reader_set_to_dark_reads_the_page_dark_at_aa_contrast_and_prints_it_white(new_context, site, name):
    """Reader hunt 46: with the device set to dark (prefers-color-scheme) every page stayed white. Now its text is light
    on dark, links and all at WCAG AA contrast (axe), with no request more than a light reader's; paper stays white."""
    requests = {}
    for scheme in ("light", "dark"):
        context = new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme)
        context.on("request", lambda request, scheme=scheme: requests.setdefault(scheme, []).append(request.url))
        page = context.new_page()
        go(page, site.url(name))
        started(page)  # its requests all made, for the two lists to be compared
    colours = page.evaluate(_COLOURS)
    assert not _light(colours["page"]) and _light(colours["text"]) and _light(colours["link"]), colours
    results = axe(page)
    assert results["violations"] == [], "\n" + describe(results["violations"])
    assert sorted(requests["dark"]) == sorted(requests["light"])
    page.emulate_media(media="print")
    printed = page.evaluate(_COLOURS)
    assert _light(printed["page"] or "rgb(255, 255, 255)") and not _light(printed["text"]), printed


# Each stop of the keyboard in the page's content, as drawn with focus: what it is, its ring (style, width, colour) and
# the background around it, on which the ring is drawn.
_RINGS = """() => { const e = document.activeElement; if (!e.closest('.md-content')) return null;
    const s = getComputedStyle(e); let under = getComputedStyle(document.body).backgroundColor;
    for (let p = e.parentElement; p; p = p.parentElement) { const c = getComputedStyle(p).backgroundColor;
        if (!/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') { under = c; break; } }
    return [e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 30), s.outlineStyle,
            parseFloat(s.outlineWidth), s.outlineColor, under] }"""


@pytest.mark.parametrize("name", ["compare-fr", "side-by-side-en"])
def test_the_compare_and_side_by_side_pages_read_dark_at_aa_contrast_with_rings_the_keyboard_sees(
        new_context, site, name):
    """Reader9: the dark scheme was checked on the policy, archived, changes and history pages only. The compare page
    with a redline shown (insertions, deletions, sections added and removed, its notices) and the side-by-side page
    read dark: text light on dark at AA contrast (axe); insertions and deletions marked by a line, not by colour alone
    (WCAG 1.4.1); each stop of the keyboard in the content with a ring at 3:1 on what is under it (2.4.7, 1.4.11)."""
    page = new_context(viewport={"width": 1280, "height": 800}, color_scheme="dark").new_page()
    compare = name.startswith("compare")
    go(page, site.url(name) + (f"#{site.archived[0]}..{site.latest}" if compare else ""))
    if compare:
        for tag in ("ins", "del"):
            page.locator(f".policy-compare-result .redline-section {tag}").first.wait_for()
    settled(page)
    colours = page.evaluate(_COLOURS)
    assert not _light(colours["page"]) and _light(colours["text"]) and _light(colours["link"]), colours
    results = axe(page)
    assert results["violations"] == [], "\n" + describe(results["violations"])
    lines = page.evaluate("""() => [...document.querySelectorAll('.md-content .redline ins, .md-content .redline del')]
        .map(m => m.tagName + ' ' + getComputedStyle(m).textDecorationLine)""")
    assert (lines or not compare) and [line for line in lines if line not in ("INS underline", "DEL line-through")] == []
    rings = []
    for _ in range(60):
        page.keyboard.press("Tab")
        if (ring := page.evaluate(_RINGS)) is not None:
            rings.append(ring)
        if len(rings) == 12:
            break
    assert len(rings) >= (4 if compare else 2), rings
    assert [ring for ring in rings if ring[1] == "none" or ring[2] < 1 or _contrast(ring[3], ring[4]) < 3] == []


# Records each address the page fetches, in the page (window.policyFetches).
_FETCHES = """(() => { const fetch = window.fetch; window.policyFetches = [];
    window.fetch = function (input) { window.policyFetches.push(new URL(input, location.href).href);
                                      return fetch.apply(this, arguments); }; })()"""


def test_a_version_chosen_on_a_slow_network_shows_it_is_being_read(page, serve, tmp_path):
    """Reader hunt 46: the version menu reads the chosen version before going there (to find the section); on a slow
    network nothing showed that it was working, and a reader clicked again. Meanwhile the pointer is a progress one,
    the link is aria-busy and a second click waits; the page then lands on the section."""
    old = [("s1", "1. Objet"), ("s2", "2. Données")]
    new = [("s1", "1. Objet"), ("s2", "2. Conservation"), ("s3", "3. Données")]
    for version, sections, other in (("2024-01-15", old, "2024-06-01"), ("2024-06-01", new, "2024-01-15")):
        (tmp_path / version).mkdir()
        (tmp_path / version / "index.html").write_text(_page(version, sections, other), encoding="utf-8")
    shutil.copy(ROOT / "overrides" / "assets" / "javascripts" / "policy.js", tmp_path / "policy.js")
    shutil.copy(ROOT / "overrides" / "assets" / "stylesheets" / "policy.css", tmp_path / "policy.css")
    for version in ("2024-01-15", "2024-06-01"):
        path = tmp_path / version / "index.html"
        path.write_text(path.read_text(encoding="utf-8").replace(
            "</head>", '<link rel="stylesheet" href="../policy.css"></head>'), encoding="utf-8")
    base = serve(tmp_path)
    page.add_init_script(_FETCHES)
    go(page, f"{base}/2024-01-15/#s2")
    held: list = []
    page.route("**/2024-06-01/", lambda route: route.continue_() if len(held) > 1 else held.append(route))
    page.click(".md-version__link")
    page.wait_for_function("() => document.documentElement.classList.contains('policy-busy')")
    handed_over(page, held)
    page.click(".md-version__link")
    # what the page asked for, read in the page: the click's handler ran before the click returned, and a request it
    # made would reach the route only later (read from `held` at once, it was not there yet)
    assert page.evaluate("window.policyFetches") == [f"{base}/2024-06-01/"], "the second click read the version again"
    assert len(held) == 1  # (nor did it go there at once)
    shown = page.evaluate("""() => { const link = document.querySelector('.md-version__link');
        return [link.getAttribute('aria-busy'), getComputedStyle(link).cursor, getComputedStyle(document.body).cursor] }""")
    assert shown == ["true", "progress", "progress"], shown
    held.append(None)  # the network is back: the version's page comes, then the page goes there
    with page.expect_navigation():
        held[0].continue_()
    assert page.url == f"{base}/2024-06-01/#s3"


def test_the_version_shown_chosen_again_leaves_the_menu_idle(page, serve, tmp_path):
    """Choosing the version already shown only moves to the section on this page: the page must not stay busy (the
    menu would then ignore every later choice)."""
    (tmp_path / "2024-01-15").mkdir()
    (tmp_path / "2024-01-15" / "index.html").write_text(
        _page("2024-01-15", [("s1", "1. Objet"), ("s2", "2. Données")], "2024-01-15"), encoding="utf-8")
    base = _served(serve, tmp_path)
    go(page, f"{base}/2024-01-15/#s2")
    page.click(".md-version__link")
    page.wait_for_function("() => !document.documentElement.classList.contains('policy-busy')")
    assert page.evaluate("document.querySelectorAll('[aria-busy]').length") == 0
    assert page.url == f"{base}/2024-01-15/#s2"


def test_the_404_page_s_first_tab_stop_skips_to_what_it_says(page, serve, site, tmp_path):
    """Reader hunt 46: the 404 page had no skip link (Material writes it from a table of contents): a keyboard reader
    went through the header's seven stops before its one link. Served as a host serves it, under the site's path."""
    # Its links are paths from the host's root, under the site's address (settings.public_url).
    prefix = re.search(r'href="/([^"]*)/fr/assets/', (site.root / "fr" / "404.html").read_text(encoding="utf-8"))[1]
    (tmp_path / prefix).parent.mkdir(parents=True, exist_ok=True)
    (tmp_path / prefix).symlink_to(site.root, target_is_directory=True)
    go(page, f"{serve(tmp_path)}/{prefix}/fr/404.html")
    page.keyboard.press("Tab")
    skip = page.evaluate("() => [document.activeElement.classList.contains('md-skip'), document.activeElement.getAttribute('href')]")
    assert skip == [True, "#__not-found"], skip
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    landed = page.evaluate("() => [document.activeElement.tagName, document.activeElement.closest('.md-content') !== null]")
    assert landed == ["A", True], landed


def test_the_search_results_as_shown_meet_aa_and_scroll_nothing_sideways(new_context, site):
    """Reader hunt 46: the pages were checked with the search closed. Open, its results had the line counting them at
    4.4:1 and the words found at 4.3:1 (WCAG 1.4.3), and a result quoting a code block scrolled it sideways, out of
    the keyboard's reach (2.1.1: axe's scrollable-region-focusable). In the light and the dark scheme, on one page."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, site.version_url("fr", site.archived[-1]))
    page.locator(".md-search__input").click()
    page.keyboard.type("données")
    page.locator(".md-search-result pre > code").first.wait_for()
    page.wait_for_function("() => getComputedStyle(document.querySelector('.md-search__output')).opacity === '1'")
    for scheme in in_each_scheme(page):
        results = axe(page)
        assert results["violations"] == [], f"{scheme}:\n" + describe(results["violations"])
        assert page.evaluate("""() => [...document.querySelectorAll('.md-search-result pre > code')]
            .every(code => code.scrollWidth <= code.clientWidth)"""), scheme


def _printed_pages(page, tmp_path) -> list[str]:
    """The text of each page of `page` as Chromium prints it on A4 (pdftotext)."""
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4")
    count = int(re.search(r"Pages:\s+(\d+)", subprocess.run([poppler("pdfinfo"), str(pdf)], capture_output=True,
                                                            text=True, check=True).stdout)[1])
    return [subprocess.run([poppler("pdftotext"), "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                           text=True, check=True).stdout for n in range(1, count + 1)]


def test_a_printed_table_row_stays_on_one_page(page, serve, tmp_path):
    """Reader hunt 46: printed, a cookie table's row was cut at the page's foot, the first lines of its names on one
    page and their ends on the next, under the repeated header."""
    shutil.copy(ROOT / "overrides" / "assets" / "stylesheets" / "policy.css", tmp_path / "policy.css")
    rows = "".join(f"<tr><td>r{n}a<br>" + "<br>".join(["ligne"] * 6) + f"<br>r{n}z</td><td>x</td></tr>"
                   for n in range(30))
    (tmp_path / "index.html").write_text(
        '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>t</title>'
        '<link rel="stylesheet" href="policy.css"></head><body><article class="md-typeset">'
        f"<table><thead><tr><th>Nom</th><th>Durée</th></tr></thead><tbody>{rows}</tbody></table>"
        "</article></body></html>", encoding="utf-8")
    go(page, serve(tmp_path) + "/")
    printed = _printed_pages(page, tmp_path)
    assert len(printed) > 1
    cut = [n for n in range(30) if not any(f"r{n}a" in text and f"r{n}z" in text for text in printed)]
    assert cut == [], f"rows printed across two pages: {cut}"


def _printed_words(page, tmp_path) -> tuple[list[tuple[str, float]], float]:
    """Each word of `page` printed on A4 by Chromium, with its right edge in points, and the paper's width."""
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4")
    boxes = subprocess.run([poppler("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])
    return [(html.unescape(word), float(right)) for right, word in
            re.findall(r'<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)], width


def test_a_printed_tables_header_words_stay_whole_within_the_page(page, site, tmp_path):
    """Reader hunt 46 (left) and 47: printed on A4, the cookie table's headers broke mid-word ("Domain/e",
    "Fournis/seur", "Catégo/rie"): print let every cell break anywhere, so that a table of many columns fits the paper,
    and the table then gave a header's column less than its word. Headers now keep their words whole; a table of more
    columns than the paper holds (fourteen German headers) still prints within the page."""
    go(page, site.version_url("fr", site.archived[-1]))
    headers = page.evaluate("[...document.querySelector('.md-typeset table').querySelectorAll('th')]"
                            ".map(th => th.innerText.trim())")
    assert len(headers) >= 7, headers
    words, width = _printed_words(page, tmp_path)
    printed = {word for word, _ in words}
    assert [h for h in headers if h not in printed] == [], sorted(printed)
    assert max(right for _, right in words) < width - 18 / 25.4 * 72, "a word printed past the page's margin"
    page.evaluate("""words => { const table = document.createElement('table');
        const row = cell => '<tr>' + words.map(cell).join('') + '</tr>';
        table.innerHTML = '<thead>' + row(w => '<th>' + w + '</th>') + '</thead><tbody>'
            + row(() => '<td><code>_policy_consent_preference_identifier_kept</code> Zweck</td>') + '</tbody>';
        document.querySelector('.md-typeset').prepend(table) }""", german_headers := [
                   "Verarbeitungszwecke", "Empfängerkategorien", "Rechtsgrundlage", "Speicherdauer", "Datenkategorien",
                   "Drittlandübermittlung", "Widerspruchsmöglichkeit", "Aufbewahrung", "Auftragsverarbeiter",
                   "Verantwortlicher", "Garantien", "Rechtsbehelfe", "Betroffenenrechte", "Einwilligung"])
    words, width = _printed_words(page, tmp_path)
    assert max(right for _, right in words) < width - 18 / 25.4 * 72, "a word printed past the page's margin"
    printed = " ".join(word for word, _ in words)
    assert all(german[:3] in printed for german in german_headers), printed[:300]  # every column printed


@pytest.mark.parametrize("name", ["compare-fr", "changes-en"])
def test_a_printed_redline_keeps_its_marks_in_black_and_white_its_lines_on_the_paper_and_its_links_addresses(
        page, site, tmp_path, name):
    """Reader9: the changes and compare pages printed (A4, as Chromium prints them): no word past the paper's margin (a
    long redline, the cookie table removed among them); insertions and deletions told apart without colour (WCAG
    1.4.1): underlined or struck through in the text's dark colour, on no tint, between their printed [+ ] and [− ];
    each link to a version's section followed by its address, which the paper's reader can type."""
    compare = name.startswith("compare")
    go(page, site.url(name) + (f"#{site.archived[0]}..{site.latest}" if compare else ""))
    for tag in ("ins", "del"):
        page.locator(f".md-content .redline-section {tag}").first.wait_for()
    words, width = _printed_words(page, tmp_path)
    assert max(right for _, right in words) < width - 18 / 25.4 * 72, "a word printed past the page's margin"
    printed = " ".join(word for word, _ in words)
    assert "[+" in printed and "[\u2212" in printed, printed[:300]
    page.emulate_media(media="print")
    marks = page.evaluate("""() => [...document.querySelectorAll('.md-content .redline-section :is(ins, del)')]
        .map(m => { const s = getComputedStyle(m); return [m.tagName, s.textDecorationLine, s.color, s.backgroundColor] })""")
    assert [mark for mark in marks if mark[1] != {"INS": "underline", "DEL": "line-through"}[mark[0]]
            or _light(mark[2]) or mark[3] != "rgba(0, 0, 0, 0)"] == [], marks[:4]
    sections = page.evaluate("""() => [...document.querySelectorAll('.md-content .redline a[href]')]
        .filter(a => !a.getAttribute('href').startsWith('#')).map(a => a.href)""")
    assert sections and [href for href in sections if f"<{href}>" not in printed.replace(" ", "")] == [], sections[:4]


def test_a_printed_side_by_side_page_ends_no_page_with_a_columns_language(page, site, tmp_path):
    """Reader hunt 46: printed, the side-by-side page's first page ended with "English (translation)", the words it
    names on the next page."""
    go(page, site.url("side-by-side-en"))
    labels = set(page.evaluate("[...document.querySelectorAll('.policy-sides-lang')].map(p => p.innerText.trim())"))
    assert labels
    ends = [[line for line in text.splitlines() if line.strip()][-1].strip() for text in _printed_pages(page, tmp_path)
            if text.strip()]
    assert not [end for end in ends if end in labels], ends


def test_on_a_phone_the_header_s_menu_and_search_icons_are_named_buttons_the_keyboard_opens(phone_page, site):
    """Reader hunt 46: on a phone (and a desktop zoomed to 320 CSS px) the header's menu and search icons were labels
    drawing an icon: no name for a screen reader, no Tab stop, so a keyboard reader could never open the contents."""
    go(phone_page, site.version_url("fr", site.archived[-1]))
    named = phone_page.evaluate("""() => [...document.querySelectorAll('.md-header label.md-header__button')]
        .map(l => [l.htmlFor, l.getAttribute('role'), l.getAttribute('aria-label'), l.getAttribute('aria-expanded')])""")
    assert named == [["__drawer", "button", "Navigation", "false"], ["__search", "button", "Rechercher", "false"]], named
    for _ in range(6):
        phone_page.keyboard.press("Tab")
        if phone_page.evaluate("document.activeElement.htmlFor === '__drawer'"):
            break
    said = """() => [document.getElementById('__drawer').checked, document.activeElement.getAttribute('aria-expanded')]"""
    for key, state in (("Enter", [True, "true"]), ("Space", [False, "false"]), ("Space", [True, "true"])):
        phone_page.keyboard.press(key)
        assert phone_page.evaluate(said) == state, (key, phone_page.evaluate(said))
    phone_page.locator(".md-sidebar--primary .md-nav__link").first.wait_for(state="visible")
    phone_page.keyboard.press("Tab")  # into the open drawer's header, then Escape closes it, back on its button
    phone_page.keyboard.press("Escape")
    assert phone_page.evaluate(said) == [False, "false"] and phone_page.evaluate(
        "document.activeElement.htmlFor === '__drawer'")


def test_a_link_under_the_pointer_keeps_aa_contrast(page, site):
    """Reader hunt 46: a link under the pointer (or focused) took Material's accent colour, #526cfe, 4.25:1 on white
    (WCAG 1.4.3 wants 4.5:1): axe, pointer resting on the first link of the list of versions."""
    go(page, site.version_url("fr", site.archived[-1]))
    box = page.locator(".md-content .md-typeset li a[href]").first.bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)
    page.wait_for_function("""() => { const a = document.querySelector('.md-content .md-typeset li a[href]');
        return a.matches(':hover') && a.getAnimations({subtree: true}).every(x => x.playState === 'finished') }""")
    results = axe(page)
    assert results["violations"] == [], "\\n" + describe(results["violations"])


def _focused_contrast(page) -> list[dict]:
    """axe's contrast rule on the element with focus, as it is drawn focused."""
    injected(page)
    return page.evaluate("""() => axe.run(document.activeElement, {runOnly: {type: 'rule', values: ['color-contrast']},
                                                                 resultTypes: ['violations']})""")["violations"]


def test_each_menu_entry_and_the_archived_notice_s_link_keep_aa_contrast_with_focus(new_context, site):
    """Reader audit 33: a focused entry of the version or language menu took the accent colour on the menu's grey,
    #3d5afe on #ededed, 4.38:1; in the dark scheme the archived notice's link, focused, took the dark scheme's accent
    on the notice's yellow, 1.94:1 (WCAG 1.4.3 wants 4.5:1). axe sees a page as it is, unfocused: each is focused, in
    the light and the dark scheme."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, site.version_url("fr", site.archived[-1]))
    page.locator("[data-md-component=outdated] a[href]").first.wait_for(state="visible")
    failing = []
    for scheme in in_each_scheme(page):
        for selector, opener in ((".md-version__link", ".md-version__current"),
                                 (".md-select__link", ".md-header .md-select button"),
                                 ("[data-md-component=outdated] a[href]", None)):
            entries = page.locator(selector)
            assert entries.count() >= 1, selector
            for n in range(entries.count()):
                if opener:  # a menu's entry takes focus once the menu is open
                    page.focus(opener)
                entries.nth(n).focus()
                page.wait_for_function("""() => document.activeElement.getAnimations({subtree: true})
                    .every(x => x.playState === 'finished')""")
                failing += [f"{scheme} {selector} {n}: {describe(found)}" for found in [_focused_contrast(page)]
                            if found]
    assert failing == []


@pytest.mark.parametrize("kind", ["compare", "at"])
def test_the_archive_pages_button_keeps_aa_contrast_with_focus(new_context, site, kind):
    """Reader audit 33: the compare and at pages' button, focused (or under the pointer), is written in the colour
    Material sets on the accent: white on the dark scheme's light accent, 2.04:1 (WCAG 1.4.3 wants 4.5:1). In the
    light and the dark scheme."""
    page = new_context(viewport={"width": 1280, "height": 800}).new_page()
    go(page, site.url(f"{kind}-en"))
    for scheme in in_each_scheme(page):
        page.locator(".md-content .md-button--primary").focus()
        page.wait_for_function("""() => document.activeElement.matches('.md-button--primary') && document.activeElement
            .getAnimations({subtree: true}).every(x => x.playState === 'finished')""")
        assert (found := _focused_contrast(page)) == [], f"{scheme}: {describe(found)}"


def _contrast(colour: str, background: str) -> float:
    """WCAG's contrast ratio of a computed CSS colour (`rgb(…)`/`rgba(…)`, its alpha laid on `background`)."""
    def channels(css: str) -> list[float]:
        return [float(n) for n in re.findall(r"[\d.]+", css)] + [1.0]

    *fg, alpha = channels(colour)[:4]
    bg = channels(background)[:3]
    laid = [alpha * f + (1 - alpha) * b for f, b in zip(fg[:3], bg, strict=True)]

    def luminance(rgb: list[float]) -> float:
        linear = [c / 255 / 12.92 if c <= 10.31475 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(laid), luminance(bg)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_at_page_s_date_field_shows_its_edge_and_a_ring_when_the_keyboard_reaches_it(new_context, site, scheme):
    """Reader hunt, session 34: Material's `input { border: 0; outline: none }` left the at page's date field no edge
    (a "jj/mm/aaaa" adrift in the text: WCAG 1.4.11 wants what identifies a control at 3:1) and no focus ring (2.4.7);
    nor had it one while Tab was on its calendar button (reader audit 35)."""
    page = new_context(viewport={"width": 1280, "height": 800}, color_scheme=scheme).new_page()
    go(page, site.url("at-fr"))
    field = page.locator(".policy-at-field input")
    field.wait_for()
    background = page.evaluate("""() => { for (let e = document.querySelector('.policy-at-field'); e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor; if (!/rgba\\(.*, 0\\)$/.test(c) && c !== 'transparent') return c; }
        return getComputedStyle(document.body).backgroundColor }""")
    edge = field.evaluate("e => { const s = getComputedStyle(e); return [s.borderTopStyle, parseFloat(s.borderTopWidth), "
                          "s.borderTopColor] }")
    assert edge[0] != "none" and edge[1] >= 1 and _contrast(edge[2], background) >= 3, (edge, background)
    for _ in range(20):  # the skip link, the header's buttons and menus, then the form
        if field.evaluate("e => e === document.activeElement"):
            break
        page.keyboard.press("Tab")
    ring = field.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, parseFloat(s.outlineWidth), "
                          "s.outlineColor] }")
    assert ring[0] != "none" and ring[1] >= 1 and _contrast(ring[2], background) >= 3, (ring, background)
    # reader audit 35: Tab on past the day, month and year reaches the field's calendar button, in the field's own
    # shadow tree: the field was no longer :focus-visible and lost its ring
    for _ in range(6):
        page.keyboard.press("Tab")
        if field.evaluate("e => e.matches(':focus-within') && !e.matches(':focus')"):
            break
    else:
        pytest.fail("Tab never reached the date field's calendar button")
    on_button = field.evaluate("e => { const s = getComputedStyle(e); return [s.outlineStyle, "
                               "parseFloat(s.outlineWidth), s.outlineColor] }")
    assert on_button == ring, (on_button, ring)


# Each page a reader may land on in one language, and what shows that its scripts have drawn it.
_LANDINGS = {"policy": ".md-content h1", "archived": ".md-content h1", "history": ".md-content h1",
             "changes": ".md-content h1", "compare": ".policy-compare-form", "at": ".policy-at-form"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_on_a_phone_set_to_large_text_every_page_s_text_and_controls_stay_on_the_screen(new_context, site, lang):
    """At 320 px with the browser's text at 200 % (WCAG 1.4.4 with 1.4.10) nothing of a page's content stands past the
    screen's edge and the page never scrolls sideways: the compare page's button stood 25 px past it (reader hunt,
    session 34), then the "in force on a date" page's date field 16 px (reader5, session 35). Every landing page is
    looked at, its form drawn by its script; what scrolls by itself (a wide table, a code block) is tested elsewhere.
    Nor do its headings break a word the text would keep whole: "Historiq|ue des version|s" (reader5, session 35)."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    outside, broken = {}, {}
    for kind, drawn in _LANDINGS.items():
        go(page, site.url(f"{kind}-{lang}"))
        page.locator(drawn).wait_for()
        settled(page)
        assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "not enlarged"
        outside[kind] = page.evaluate("""() => [...document.querySelectorAll('.md-content *')]
            .filter(e => e.checkVisibility() && e.getBoundingClientRect().width > 0)
            .filter(e => !e.closest('.md-typeset__scrollwrap, pre'))
            .filter(e => e.getBoundingClientRect().left < 0 || e.getBoundingClientRect().right > 320)
            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))""")
        outside[kind] += [f"page {width} px wide" for width in [page.evaluate("document.documentElement.scrollWidth")]
                          if width > 320]
        broken[kind] = page.evaluate(_BROKEN_HEADING_WORDS, _WHOLE)
    assert {kind: found for kind, found in outside.items() if found} == {}
    assert {kind: found for kind, found in broken.items() if found} == {}


# The words of the content's headings set on two lines, not at a hyphen: of at most `whole` letters (the column of a
# 320 px screen with the text at 200 % holds ten of the text's letters and more; a longer word breaks in the text too).
_WHOLE = 10
_BROKEN_HEADING_WORDS = """whole => { const broken = [];
    for (const h of document.querySelectorAll('.md-content :is(h1, h2, h3, h4, h5, h6)')) {
        const walker = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);
        for (let t; (t = walker.nextNode());) for (const m of t.data.matchAll(/[^\\s\\-\u2010]+/g)) {
            if (m[0].length > whole) continue;
            const r = document.createRange(); r.setStart(t, m.index); r.setEnd(t, m.index + m[0].length);
            if (new Set([...r.getClientRects()].map(box => Math.round(box.top))).size > 1)
                broken.push(h.tagName + ' ' + m[0]);
        }
    }
    return broken; }"""
