"""Adopt59: a section's bold title over a line break (`<p><strong>Your Rights</strong><br>Depending on …</p>`) on a
page whose other sections' bold titles stand alone (`<p><strong>Contact</strong></p>`, Shopify's policy page) stayed a
bold line inside the section above, the only title not a section: it was parted from its text only where two such
lines or more were written so. The bold lines standing alone now count too."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption59" / "shopify-policy-2023-05-02.html"


def _sections(markdown: str) -> list[str]:
    page = f"---\ndate: 2023-05-02\n---\n{markdown}"
    return [section.title for section in rendering.read(page, lang="en").sections]


def test_shopify_title_over_a_break_is_a_section_as_the_others():
    markdown = convert(DATA, lang="en").markdown
    assert _sections(markdown) == ["Changes to This Privacy Policy", "How We Collect and Use Your Personal Information",
                                   "Your Rights", "Contact"], markdown
    assert "## Your Rights\n\nDepending on where you live, you may have the right to:\n" in markdown, markdown


def test_one_bold_line_over_a_break_alone_stays_as_written(tmp_path: Path):
    page = tmp_path / "privacy.html"
    page.write_text("<html><body><main><h1>Policy</h1><p>We are a shop.</p><p><b>Note</b><br>We keep little.</p>"
                    "<p>Write to us.</p></main></body></html>", encoding="utf-8")
    markdown = convert(page, lang="en").markdown
    assert "**Note**  \nWe keep little." in markdown, markdown
    assert _sections(markdown) == [], markdown
