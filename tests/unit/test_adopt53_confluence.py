"""Adopt53: an expand macro's own title holding one of the words Confluence writes on an untitled one (`Click to see
our partners`, `Expand: which processors?`) was left out as the wiki's control (adopt52's DEFAULT_EXPAND searched
for any such word). A title is now the wiki's only where it holds those words alone (`Click here to expand...`,
`Klicken Sie hier, um zu erweitern...`); any other is the author's, kept in bold over the words it opens."""
from __future__ import annotations

import pytest

from policysite.convert import confluence, html_source


def _page(title: str) -> str:
    return ('<html><body><div id="main-content" class="wiki-content"><h1>1. Data</h1>'
            '<div class="expand-container"><div class="expand-control"><span class="expand-control-icon"></span>'
            f'<span class="expand-control-text">{title}</span></div>'
            '<div class="expand-content"><p>Hidden words.</p></div></div></div></body></html>')


@pytest.mark.parametrize("title", ["Click to see our partners", "Expand: which processors?",
                                   "Cliquez pour voir nos sous-traitants", "Klicken: Welche Cookies?"])
def test_an_authors_title_holding_a_control_word_is_kept(title: str):
    converted = html_source.convert(_page(title).encode(), name="privacy.html", lang="en")
    assert f"**{title}**\n\nHidden words." in converted.markdown, converted.markdown
    assert any(title in str(note) for note in converted.notes)


@pytest.mark.parametrize("title", ["Click here to expand...", "Cliquez ici pour développer…",
                                   "Klicken Sie hier, um zu erweitern...", "Haga clic aquí para expandir...",
                                   "Kliknij tutaj, aby rozwinąć...", "Expand"])
def test_the_wikis_own_words_are_still_left_out(title: str):
    converted = html_source.convert(_page(title).encode(), name="privacy.html", lang="en")
    assert title.split()[0] not in converted.markdown and "Hidden words." in converted.markdown
    assert confluence.default_expand(title)


def test_no_words_is_no_title():
    assert not confluence.default_expand("…")
