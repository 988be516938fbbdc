"""Safety hunt 89: words drawn smaller inside words drawn smaller, by the stylesheets' rules as well as the browser's.

The output check refused a <sub>, <sup>, <small> or <rt> inside another (SHRINKING, safety hunt 39), the elements a
browser's own stylesheet draws smaller. Material's draws `code` at .85 em and `kbd` at .75 em, its `footnote-ref` class
at .75 em, the site's `redline-moved` at .9 em: `<kbd>` eight deep, `<code>` ten deep or nested `footnote-ref` spans
drew a clause at a tenth of the text's size, which the checks, the PDF and the redline read at full size, and passed.
"""
from __future__ import annotations

import pytest

from policysite import css_rules, safety
from policysite.messages import said_in
from unit.test_safety import THEME, page, violations

CLAUSE = "We sell your data to brokers."


def _nested(opening: str, closing: str, depth: int) -> str:
    return f"<p>Fine. {opening * depth}{CLAUSE}{closing * depth}</p>"


@pytest.mark.parametrize(("article", "said"), [
    (_nested("<kbd>", "</kbd>", 8), "<kbd> inside <kbd>"),
    (_nested("<code>", "</code>", 10), "<code> inside <code>"),
    (_nested('<span class="footnote-ref">', "</span>", 6),
     "<span class=“footnote-ref”> inside <span class=“footnote-ref”>"),
    (_nested('<span class="redline-moved">', "</span>", 20),
     "<span class=“redline-moved”> inside <span class=“redline-moved”>"),
    (_nested('<span class="policy-sides-lang">', "</span>", 12),
     "<span class=“policy-sides-lang”> inside <span class=“policy-sides-lang”>"),
    (f"<p>Fine. <sup><code>{CLAUSE}</code></sup></p>", "<code> inside <sup>"),
    (f"<p>Fine. <small><em><kbd>{CLAUSE}</kbd></em></small></p>", "<kbd> inside <small>"),
])
def test_words_shrunk_by_the_stylesheets_inside_others_are_found(article, said):
    found = violations(page(article))
    assert any(message.startswith(said + ":") for message in found), found


@pytest.mark.parametrize("article", [
    f"<p>Run <code>policy check</code> and press <kbd>Enter</kbd>: {CLAUSE}</p>",
    "<p>CO<sub>2</sub>, 10 m<sup>2</sup>, the <code>id</code> of <em><code>s2</code></em>.</p>",
    f"<h6>A heading holding <code>code</code></h6><p>{CLAUSE}</p>",
    f'<p class="redline-moved">Moved from §2 <em>(and renamed)</em>.</p><p>{CLAUSE}</p>',
])
def test_one_level_of_smaller_words_passes(article):
    assert violations(page(article)) == []


def test_the_stylesheets_subjects_are_read_not_their_pseudo_elements_nor_their_conditions():
    css = (".md-typeset code { font-size: .85em } small { font-size: 80% } .x .note:not(.big) { font-size: smaller }"
           " .highlight span.filename { font-size: .85em } p::after { font-size: .5em } a:before { font-size: 50% }"
           " .big { font-size: 1.2em } .whole { font-size: 100% } .fixed { font-size: .64rem } h6 { font-size: .8em }")
    assert css_rules.shrinking_subjects(css) == (frozenset({"code", "small", "h6"}),
                                                 frozenset({"note", "filename"}))


def test_the_installed_theme_and_the_sites_stylesheets_are_read():
    tags, classes = safety.shrinking(THEME)
    assert {"sub", "sup", "small", "rt", "code", "kbd"} <= tags and not tags & {"h5", "h6", "span", "p"}
    assert {"footnote-ref", "redline-moved", "redline-links", "policy-sides-lang"} <= classes


def test_the_french_message_quotes_the_class_as_french_quotes_words():
    (found,) = [v for v in safety.check_page(page(_nested('<span class="footnote-ref">', "</span>", 2)),
                                             file="index.html", theme_dirs=THEME)]
    assert said_in(found.message, "fr").replace("\xa0", " ").startswith(
        "<span class=« footnote-ref »> à l'intérieur de <span class=« footnote-ref »> : ")
