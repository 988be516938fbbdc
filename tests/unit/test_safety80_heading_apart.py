"""safety80: the output check reads a title against the page's words with a heading apart from the paragraph after it
(blockwords.read, safety78): the article's parser text joins `<h2>1. Data</h2><p>Retention …` into "DataRetention",
and a title repeating the heading's last word and the paragraph's first ("data retention") was refused on an honest
page. A title saying words no block shows is still refused."""
from __future__ import annotations

import pytest

from policysite import safety


def _titles(body: str) -> list[str]:
    page = ('<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><article class="md-content__inner '
            f'md-typeset"><h1 id="t">Terms</h1><h2 id="s1">1. Data</h2><p>Retention periods are short.</p>{body}'
            '</article></body></html>')
    return [v.message for v in safety.check_page(page, file="index.html", theme_dirs=()) if "has the title" in v.message]


@pytest.mark.parametrize("body", [
    '<p>See <abbr title="Data Retention">DR</abbr>.</p>',
    '<p>See <a href="https://example.org/" title="data retention periods">this</a>.</p>',
    '<p><span title="Terms 1. Data">here</span>.</p>',  # (the title and the heading, each a block)
])
def test_an_honest_title_repeating_words_of_a_heading_and_the_paragraph_after_it_passes(body):
    assert _titles(body) == []


@pytest.mark.parametrize("body", [
    '<p>See <abbr title="Data sold">DR</abbr>.</p>',
    '<p>See <a href="https://example.org/" title="DataRetention">this</a>.</p>',  # (words no block shows joined)
])
def test_a_title_no_block_shows_is_refused(body):
    assert len(_titles(body)) == 1
