"""safety63: the site's hiding classes (`policy-print`, `policy-unscripted`, `redline-sr`, `policy-unseen`, and
`hidden` on its notices and widgets) were judged in a version's text only: outside it (the theme's part of any page)
and on the pages checked without their text (the archive's history, compare and at pages: the history page writes
`policy-unseen` in its links, partials/policy-history.html) they hid any words unread. Each is now accepted where the
build writes it only, as the archive's alias spans are (safety60)."""
from __future__ import annotations

import pytest

from policysite import safety
from policysite.messages import said_in
from unit.test_safety import THEME, page

CLAUSE = "We sell your data."
# An archive page's article as the build writes it (partials/policy-history.html, policy-compare.html, policy-at.html)
HISTORY = ('<h1 id="history">Version history</h1><div class="policy-history"><p>Every version.</p>'
           '<p class="policy-history-actions"><a href="../2022-03-01/">Read this version<span class="policy-unseen">'
           ' (March 1, 2022)</span></a></p></div>')
COMPARE = ('<h1 id="compare">Compare</h1><div class="policy-compare"><form class="policy-compare-form" hidden>'
           '<p>Versions</p></form><div class="redline-legend redline" role="note" hidden><p>Legend</p></div></div>')
AT = '<h1 id="at">In force on a date</h1><div class="policy-at"><form class="policy-at-form" hidden><p>Day</p></form></div>'
# Where the tool wrote an upcoming version's own notice until 0abc1bbc: Material's banner of an outdated version
BANNER = ('<div data-md-component="outdated" hidden><aside class="md-banner md-banner--warning"><div class='
          '"md-banner__inner md-grid md-typeset"><p class="policy-upcoming-self" role="status" hidden>Upcoming version: '
          'this text takes effect on March 1, 2022.</p></div></aside></div>')


def _archive(article: str, chrome: str = "") -> str:
    return page("", chrome=chrome).replace('<h2 id="s2">2. Section</h2>', article)


def _hiding(html: str, *, file: str, text: bool) -> list[str]:
    return [said_in(v.message, "en") for v in safety.check_page(html, file=file, theme_dirs=THEME, text=text)
            if "the site's class that hides" in said_in(v.message, "en")]


@pytest.mark.parametrize("article", [HISTORY, COMPARE, AT])
def test_the_archive_pages_the_build_writes_pass(article):
    assert safety.check_page(_archive(article), file="en/history/index.html", theme_dirs=THEME, text=False) == []


def test_an_upcoming_version_s_notice_in_the_banner_an_earlier_tool_wrote_passes():
    html = page("<p>We keep records.</p>", chrome=BANNER)
    assert safety.check_page(html, file="en/2022-03-01/index.html", theme_dirs=THEME) == []


@pytest.mark.parametrize(("article", "where"), [
    # the archive's pages, checked without their text
    (HISTORY.replace("Every version.", f'Every version.<span class="policy-unseen">{CLAUSE}</span>'), "in a <p>"),
    (HISTORY + f'<p class="policy-unscripted">{CLAUSE}</p>', "notices"),
    (HISTORY + f'<p>We keep <span class="redline-sr">{CLAUSE}</span></p>', "in a <p>"),
    (HISTORY + f'<div class="policy-missing" hidden>{CLAUSE}</div>', "never gives it"),
    (COMPARE.replace('</div></div>', f'</div></div><form class="policy-at-form" hidden>{CLAUSE}</form>'),
     "archive page"),
    (AT.replace('<p>Day</p>', f'<p>Day</p><p class="policy-print">{CLAUSE}</p>'), "in a <form>"),
])
def test_a_hiding_class_on_an_archive_page_where_the_build_never_writes_it_is_refused(article, where):
    found = _hiding(_archive(article), file="en/history/index.html", text=False)
    assert found and where in found[0], found


@pytest.mark.parametrize("chrome", [
    f'<p class="policy-print">{CLAUSE}</p>', f'<nav><a href="#">Home<span class="redline-sr">{CLAUSE}</span></a></nav>',
    f'<a href="#">Home<span class="policy-unseen">{CLAUSE}</span></a>', f'<div class="policy-unscripted">{CLAUSE}</div>',
    f'<p class="policy-missing" hidden>{CLAUSE}</p>', f'<form class="policy-at-form" hidden>{CLAUSE}</form>',
    BANNER.replace("policy-upcoming-self", "policy-upcoming-self policy-print"),
    BANNER.replace('md-banner__inner md-grid md-typeset">', 'md-banner__inner md-grid md-typeset"><div>')
    .replace("</p></div>", "</p></div></div>"),
])
@pytest.mark.parametrize(("file", "text"), [("en/2022-03-01/index.html", True), ("en/history/index.html", False)])
def test_a_hiding_class_in_the_theme_s_part_of_a_page_is_refused(chrome, file, text):
    found = _hiding(page("<p>We keep records.</p>", chrome=chrome), file=file, text=text)
    assert found and ("theme's part" in found[0] or "never gives it" in found[0]), found


def test_said_in_french():
    found = safety.check_page(page("<p>x</p>", chrome=f'<p class="policy-print">{CLAUSE}</p>'),
                              file="fr/history/index.html", theme_dirs=THEME, text=False)
    assert any("la partie du thème" in said_in(v.message, "fr").replace("\xa0", " ") for v in found), found
