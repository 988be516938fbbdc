"""safety77: a link's own title (`[x](url "…")`, `<a href title>`) is judged as every other title of the text. The
source check's `editorial.tooltip` was a warning for a text recorded in imported.yml, and the output check left a
link's title to it: a record written by hand in the same commit as a new page (which `imported.produced` cannot tell
from `policy import`'s own) published `[our partners](https://example.org/p "we sell your data")`. The import now
removes the titles the gate refuses, each said, so that no imported text needs the softening: it is an error for every
text, and the output check reads a link's title too (not the "¶" link's, the hook's words)."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import imported, rendering, safety
from policysite.convert import neutralise
from policysite.convert.notes import Notes
from policysite.messages import said_in

_PAGE = "# Terms\n\n## 1. Us\n\nThe General Data Protection Regulation applies.\n\n{line}\n"


def _neutralised(line: str) -> tuple[str, list[str]]:
    notes = Notes("line")
    return neutralise.neutralise(_PAGE.format(line=line), notes), notes.sentences()


@pytest.mark.parametrize(("line", "kept"), [
    ('See [our partners](https://example.org/p "we sell your data").', "See [our partners](https://example.org/p)."),
    ("See [our partners][p].\n\n[p]: https://example.org/p 'we sell your data'",
     "See [our partners](https://example.org/p)."),
    ('See <a href="https://example.org/p" title="we sell your data">our partners</a>.',
     'See <a href="https://example.org/p">our partners</a>.'),
    ('We follow the <abbr title="we sell your data">GDPR</abbr>.', "We follow the <abbr>GDPR</abbr>."),
    ('See [CNIL](www.cnil.fr "we sell your data").', "See [CNIL](https://www.cnil.fr)."),
])
def test_the_import_removes_a_title_saying_words_the_page_does_not_show(line, kept):
    text, notes = _neutralised(line)
    assert kept in text, text
    assert "we sell your data" not in text.split("\n\n[p]:")[0], text
    assert any("we sell your data" in note and "pointer rests" in note for note in notes), notes
    assert said_in(notes[-1], "fr") != notes[-1]  # (said in the user's language)


@pytest.mark.parametrize("line", [
    'We follow the [GDPR](https://gdpr.eu/ "General Data Protection Regulation").',  # its abbreviation spelled out
    'See [the text](https://gdpr.eu/ "the General Data Protection Regulation").',  # words the page shows, in order
    'See [our partners](https://example.org/p "our partners").',  # its own words
    '<abbr title="General Data Protection Regulation">GDPR</abbr> applies.',
])
def test_a_title_the_page_shows_stays(line):
    text, notes = _neutralised(line)
    assert line in text, text
    assert not any("pointer rests" in note for note in notes), notes


def test_a_title_the_import_removes_would_have_been_refused():
    """What the import removes is what `policy check` names (rendering.unshown_titles): the same reading."""
    line = 'See [our partners](https://example.org/p "we sell your data").'
    found = [f for f in rendering.check(_PAGE.format(line=line), path="docs/en/index.md", lang="en")
             if f.rule == rendering.RULE_TOOLTIP]
    assert [f.line for f in found] == [7], [str(f) for f in found]
    assert rendering.check(_neutralised(line)[0], path="docs/en/index.md", lang="en") == []


def test_a_link_s_tooltip_stays_an_error_for_a_text_recorded_as_imported():
    found = [f for f in rendering.check(_PAGE.format(line='See [x](https://example.org/ "we sell your data").'),
                                        path="docs/en/index.md", lang="en") if f.rule == rendering.RULE_TOOLTIP]
    assert [f.severity for f in imported.downgrade(found)] == ["error"]


def _article(inner: str) -> str:
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset"><h1 id="t">Terms<a class="headerlink" href="#t" title="Permanent link">¶</a></h1>{inner}'
            "</article></body></html>")


@pytest.mark.parametrize("inner", [
    '<p>See <a href="https://example.org/p" title="we sell your data">our partners</a>.</p>',
    '<p>See <a href="#t" title="we sell your data">the terms</a>.</p>',
    # the theme's class on the text's own link is no "¶": its title is read
    '<p>See <a class="headerlink" href="#t" title="we sell your data">the terms</a>.</p>',
])
def test_the_output_check_reads_a_link_s_own_title(inner):
    tree = LexborHTMLParser(_article(inner))
    link = [a for a in tree.css("article p a")][0]
    said = safety.unshown_title(link, tree.css_first("article").text(deep=True))
    assert said is not None and "we sell your data" in str(said), said


@pytest.mark.parametrize("inner", [
    "<p>Alpha.</p>",  # (the heading's "¶" link, titled in the site's words)
    '<p>See <a href="https://example.org/p" title="our partners">our partners</a>.</p>',
    '<p>See <a href="https://gdpr.eu/" title="General Data Protection Regulation">GDPR</a>.</p>',
])
def test_the_output_check_passes_the_permalink_and_titles_the_page_shows(inner):
    tree = LexborHTMLParser(_article(inner))
    words = tree.css_first("article").text(deep=True)
    assert [safety.unshown_title(a, words) for a in tree.css("article a")] == [None] * len(tree.css("article a"))
