"""safety62: the site's own hiding classes (`policy-print`, shown on paper only; `policy-unscripted`, shown without
scripts only; `redline-sr` and `policy-unseen`, said to screen readers only; `hidden` on a `policy-missing` or
`policy-upcoming` notice or an archive page's widget) were accepted by the output check on any element of a version's
text: `<p class="policy-print">We sell your data.</p>` at the end of a policy hid the sentence from every reader on
screen. `policy check` refuses a class from the text; the published page's check now accepts each where the build writes
it only, in the pages it writes today and in those earlier versions of the tool wrote (the archive keeps them)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import safety
from policysite.messages import said_in
from unit.test_safety import THEME, page

ROOT = Path(__file__).resolve().parents[2]
# A version's page as main.html writes it today: the print's line, the upcoming banner (partials/policy-upcoming.html),
# the notice of a missing section and the one shown without scripts, then the text
TODAY = ('<p class="policy-print" data-search-exclude>Version of March 1, 2022. Online: <span dir="ltr" '
         'class="policy-print-url">https://example.org/en/2022-03-01/</span><span class="policy-accessed" '
         'data-policy-accessed=" Accessed on {date}."></span></p>\n'
         '<div class="policy-upcoming admonition info" role="status" data-policy-upcoming data-policy-version='
         '"2022-03-01"\n     data-policy-up="../" hidden>\n  <p>A new version takes effect on <time></time>: <a '
         'href="../history/">see the changes</a></p>\n</div>\n'
         '<p class="policy-missing admonition warning" role="status" hidden>The section this link leads to is not in '
         'this version.\n    <a href="../history/">Version history</a></p>\n'
         '<p class="policy-unscripted admonition note" data-search-exclude data-policy-renumbered="Up to and including '
         'the version of {date}, this link led to another section: ">If a link to a section brought you to the top of '
         'this page, this version does not have that section.\n    <a href="../history/">Version history</a></p>\n<h1 id="policy">Policy</h1><h2 id="s1">1. Scope</h2><p>We keep records.</p>')
# As the tool wrote them before: the print's line closed before the notices, its address without a class (008d38b3,
# tests/integration/golden/changes-*.html), the upcoming banner a note, the missing section's notice without the
# script's words nor its link (d7941b3e); an upcoming version's own notice, hidden, was in the theme's banner then
# (a75cae36: main.html's outdated block), outside the article, in its former words (8cd13775)
EARLIER = ('<p class="policy-print" data-search-exclude>Version of March 1, 2022. Online: <span dir="ltr">'
           'https://example.org/en/2022-03-01/</span></p>'
           '<div class="policy-upcoming admonition info" role="note" data-policy-upcoming data-policy-version='
           '"2022-03-01" data-policy-up="../" hidden><p>A new version takes effect on <time></time>: <a href='
           '"../history/">see the changes</a></p></div>'
           '<p class="policy-missing admonition warning" role="status" hidden>The section this link leads to is not in '
           'this version.</p><h1 id="policy">Policy</h1><p>We keep records.</p>')
EARLIER_BANNER = ('<div data-md-component="outdated" hidden><aside class="md-banner md-banner--warning"><div class='
                  '"md-banner__inner md-grid md-typeset"><p class="policy-upcoming-self" role="status" hidden>Upcoming '
                  'version: this text takes effect on March 1, 2022.</p></div></aside></div>')
REDLINE = ('<section class="redline-section" id="redline-s1"><h2>1. Scope</h2><p>We keep <del class="redline-del">'
           '<span class="redline-sr" lang="en">deleted: </span>all</del><ins class="redline-ins"><span class='
           '"redline-sr">inserted: </span>some</ins> records. <a href="../#s1">new version<span class="policy-unseen" '
           'lang="fr">(1. Scope)</span></a></p><p class="redline-skip" title="unchanged"><span aria-hidden="true">…'
           '</span><span class="redline-sr">unchanged</span></p></section>')


def _article(html: str) -> str:
    """A built page whose article holds `html` alone."""
    return page("").replace('<h2 id="s2">2. Section</h2>', html)


def _hiding(html: str, *, file: str = "en/2022-03-01/index.html", lang: str = "en") -> list[str]:
    found = safety.check_page(html, file=file, theme_dirs=THEME)
    return [said_in(v.message, lang) for v in found
            if said_in(v.message, "en").startswith("<") and "the site's class that hides" in said_in(v.message, "en")]


@pytest.mark.parametrize("article", [TODAY, EARLIER, REDLINE], ids=["today", "earlier", "redline"])
def test_what_the_build_writes_passes(article):
    assert _hiding(_article(article)) == []
    assert safety.check_page(_article(article), file="en/2022-03-01/index.html", theme_dirs=THEME) == []


def test_a_page_an_earlier_tool_published_passes():
    """The archive keeps the pages earlier versions of the tool wrote, and every command reads them again."""
    html = page("", chrome=EARLIER_BANNER).replace('<h2 id="s2">2. Section</h2>', EARLIER)
    assert safety.check_page(html, file="en/2022-03-01/index.html", theme_dirs=THEME) == []


@pytest.mark.parametrize("golden", sorted((ROOT / "tests" / "integration" / "golden").glob("changes-*.html"))
                         + sorted((ROOT / "tests" / "unit" / "golden").glob("redline-*.html")), ids=lambda p: p.name)
def test_the_built_changes_pages_pass(golden):
    assert _hiding(_article(golden.read_text(encoding="utf-8"))) == []


@pytest.mark.parametrize(("article", "where"), [
    # paper only: the sentence is on no screen
    ('<h1 id="p">Policy</h1><p>We keep records.</p><p class="policy-print">We sell your data.</p>', "notices"),
    ('<p>We keep <span class="policy-print">and sell </span>records.</p>', "never gives it"),
    ('<p class="policy-print">x</p><div class="policy-print">We sell your data.</div>', "never gives it"),
    ('<p class="policy-print policy-unscripted">We sell your data.</p>', "never gives it"),
    # shown without scripts only, or hidden until a script shows it
    ('<ul><li><p class="policy-unscripted">We sell your data.</p></li></ul>', "in a <li>"),
    ('<h1 id="p">Policy</h1><p class="policy-missing admonition" hidden>We sell your data.</p>', "notices"),
    ('<section><p class="policy-missing" hidden>We sell your data.</p></section>', "in a <section>"),
    ('<div class="policy-missing" hidden>We sell your data.</div>', "never gives it"),
    ('<div class="policy-upcoming" hidden>x</div><h2 id="s1">1.</h2><div class="policy-upcoming" hidden>y</div>',
     "notices"),
    ('<p class="policy-unscripted">x</p><p class="policy-print">We sell your data.</p>', "notices"),
    ('<p class="policy-upcoming-self" hidden>x</p><p class="policy-upcoming-self" hidden>y</p>', "notices"),
    # words said to screen readers only
    ('<p>We keep <span class="redline-sr">and sell </span>records.</p>', "in a <p>"),
    ('<p><del class="redline-del"><span class="redline-sr">deleted: <b>We sell</b></span>x</del></p>',
     "never gives it"),
    ('<p><del><span class="redline-sr">We sell your data.</span></del></p>', "in a <del>"),
    ('<p><ins class="redline-ins"><span class="redline-sr x">We sell your data.</span></ins></p>', "never gives it"),
    ('<p><ins class="redline-ins"><p class="redline-sr">We sell your data.</p></ins></p>', "never gives it"),
    ('<p>We keep records<span class="policy-unseen"> and sell them</span>.</p>', "in a <p>"),
    # an archive page's widgets in a version's text
    ('<form class="policy-at-form" hidden><p>We sell your data.</p></form>', "archive page"),
    ('<div class="redline-legend" role="note" hidden>We sell your data.</div>', "archive page"),
    ('<section class="policy-compare"><div class="redline-legend" hidden>We sell your data.</div></section>',
     "archive page"),
])
def test_a_hiding_class_the_build_never_writes_there_is_refused(article, where):
    found = _hiding(_article(article))
    assert found and where in found[0], safety.check_page(_article(article), file="en/x/index.html", theme_dirs=THEME)


def test_the_refusal_is_said_in_french():
    found = _hiding(_article('<h1 id="p">Politique</h1><p class="policy-print">Nous vendons vos données.</p>'),
                    file="fr/2022-03-01/index.html", lang="fr")
    said = found[0].replace("\xa0", " ") if found else ""
    assert said.startswith("<p class=« policy-print »> : la classe du site qui cache"), found
