"""Safety hunt 93: a header cell's `abbr`, words a screen reader says for its column and no page shows.

The output check allowed an `abbr` attribute on any element of the text, though neither Python-Markdown, its tables
and abbreviations, nor the theme's or the site's partials write one: `<th abbr="We sell your data">Name</th>` (a hand
commit, another generator's page) was published. The source's allow-list refused it already (editorial.html).
"""
from __future__ import annotations

import pytest

from unit.test_safety import page, violations


@pytest.mark.parametrize("article", [
    '<table><tr><th abbr="We sell your data">Name</th></tr><tr><td>x</td></tr></table>',
    '<table><tr><th>Name</th></tr><tr><td abbr="We sell your data">x</td></tr></table>',
])
def test_an_abbr_attribute_is_refused(article):
    assert [message for message in violations(page(article)) if "abbr" in message]


def test_a_table_and_an_abbreviation_as_markdown_writes_them_pass():
    article = ('<table><thead><tr><th align="left">Name</th></tr></thead><tbody><tr><td>'
               '<abbr title="General Data Protection Regulation">GDPR</abbr></td></tr></tbody></table>'
               '<p>The General Data Protection Regulation applies.</p>')
    assert violations(page(article)) == []
