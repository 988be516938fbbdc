"""Adopt59: Shopify's policy page (`shopify-policy__body`), its date line written in bold under the title
(`<p><strong>Last updated: May 2, 2023</strong></p>`) among bold lines standing alone over their text: the date line
became a section, `## Last updated: May 2, 2023`, with no text, and the import read no day in the text. A bold line
that is the text's date line is now no section's title; the bold lines around it still are."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import rendering
from policysite.convert import convert
from policysite.convert.sources import stated_day

DATA = Path(__file__).parents[1] / "data" / "adoption59" / "shopify-policy-2023-05-02.html"


def _sections(markdown: str) -> list[str]:
    page = f"---\ndate: 2023-05-02\n---\n{markdown}"
    return [section.title for section in rendering.read(page, lang="en").sections]


def test_shopify_bold_date_line_is_the_date_not_a_section():
    markdown = convert(DATA, lang="en").markdown
    assert markdown.startswith("# Privacy policy\n\n**Last updated: May 2, 2023**\n\nThis Privacy Policy"), markdown
    assert "Last updated: May 2, 2023" not in _sections(markdown)
    assert stated_day(DATA, ("en",), lang="en") == ("Last updated: May 2, 2023", ["2023-05-02"], "its text")


@pytest.mark.parametrize(("line", "lang"), [("Effective date: 1 March 2022", "en"),
                                            ("Dernière mise à jour : 2 mai 2023", "fr"),
                                            ("Stand: 1. März 2022", "de")])
def test_a_bold_date_line_among_bold_titles_is_no_section(tmp_path: Path, line: str, lang: str):
    page = tmp_path / "privacy.html"
    page.write_text(f"<html><body><main><h1>Policy</h1><p><b>{line}</b></p><p>We are a shop.</p>"
                    "<p><b>Who we are</b></p><p>A shop.</p><p><b>Contact</b></p><p>Write to us.</p></main></body>"
                    "</html>", encoding="utf-8")
    markdown = convert(page, lang=lang).markdown
    assert f"**{line}**" in markdown, markdown
    assert _sections(markdown) == ["Who we are", "Contact"], markdown
