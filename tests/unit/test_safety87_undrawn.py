"""Safety hunt 87: words a browser never draws, though they stand in the policy's text. Its own stylesheet hides a
<title> (one in the body too), a <datalist> and an <rp>; a <progress> or a <meter> is drawn as a gauge, its words the
fallback of a browser without one. The output check read them as the text's words and passed the page: a page another
generator built, or a hand commit of gh-pages, published "<title>We sell your data.</title>" no reader saw. Each is
refused in the text; an <rp> holding a ruby's fallback brackets only passes."""
from __future__ import annotations

import pytest

from policysite import safety
from unit.test_safety import THEME, page

CLAUSE = "We sell your data to brokers."


def _keys(article: str) -> list[str]:
    return [v.message.key for v in safety.check_page(page(article), file="en/x/index.html", theme_dirs=THEME)]


@pytest.mark.parametrize("article", [
    f"<p>We keep your data. <title>{CLAUSE}</title></p>",
    f"<title>{CLAUSE}</title>",
    f"<p>We keep your data. <datalist>{CLAUSE}</datalist></p>",
    f"<p>We keep your data. <progress>{CLAUSE}</progress></p>",
    f"<p>We keep your data. <meter>{CLAUSE}</meter></p>",
    f"<p>We keep your data. <rp>{CLAUSE}</rp></p>",
    f"<p>Data <ruby>漢<rp>(</rp><rt>kan</rt><rp>{CLAUSE}</rp></ruby>.</p>",
], ids=["title", "title-block", "datalist", "progress", "meter", "rp", "rp-in-ruby"])
def test_words_a_browser_never_draws_are_refused(article):
    assert "output.undrawn" in _keys(article)


def test_the_finding_names_the_element_and_its_words():
    (found,) = [v for v in safety.check_page(page(f"<p>Text <meter>{CLAUSE}</meter></p>"), file="en/x/index.html",
                                             theme_dirs=THEME) if v.message.key == "output.undrawn"]
    assert found.anchor == "s2"
    assert str(found.message) == (f"<meter> “{CLAUSE}”: words a browser never draws (its own stylesheet hides them, or "
                                  "it draws a gauge in their place), which the checks, the redline and the PDF read "
                                  "as the text's")


def test_a_ruby_s_fallback_brackets_pass():
    assert _keys("<p>Data <ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby> kept.</p>") == []
