"""Adopt49: Shopify's privacy policy template as stores publish it, every heading a bold paragraph in capitals,
`SECTION 1 - WHAT DO WE DO WITH YOUR INFORMATION?` … `SECTION 5 - AGE OF CONSENT`, then the unnumbered
`QUESTIONS AND CONTACT INFORMATION`: the numbered lines were sections, the last a bold line, the company's contact
details read as §5's text. It is a section, with its own id (an unnumbered heading among numbered ones needs one)."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption49"


def _read(markdown: str) -> document.Policy:
    return document.parse(f"---\ndate: 2019-03-04\n---\n{markdown}", path="import", lang="en")


def test_the_closing_heading_in_capitals_of_shopify_s_template_is_a_section():
    converted = convert(DATA / "shopify-old-privacy-2019-03-04.html", lang="en")
    policy = _read(converted.markdown)
    assert [section.written for section in policy.sections] == [
        "SECTION 1 - WHAT DO WE DO WITH YOUR INFORMATION?", "SECTION 2 - CONSENT", "SECTION 3 - DISCLOSURE",
        "SECTION 4 - SHOPIFY", "SECTION 5 - AGE OF CONSENT", "QUESTIONS AND CONTACT INFORMATION"]
    assert "## QUESTIONS AND CONTACT INFORMATION {#questions-and-contact-information}\n" in converted.markdown
    assert not [p for p in policy.problems if p.rule == "structure.unnumbered-heading"], policy.problems
    assert "**How do you get my consent?**" in converted.markdown and "**Payment:**" in converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert "1 bold line in capitals after the numbered sections, written as their headings are (“QUESTIONS AND " \
           "CONTACT INFORMATION”): a section each" in said, said


def _page(tmp_path: Path, body: str) -> str:
    source = tmp_path / "privacy-2019-03-04.html"
    source.write_text(f"<html><body><h1>Privacy</h1><p>Last updated 4 March 2019.</p>{body}</body></html>",
                      encoding="utf-8")
    return convert(source, lang="en").markdown


def test_a_line_in_capitals_under_headings_in_other_type_or_leading_in_stays_bold(tmp_path: Path):
    mixed = _page(tmp_path, "<p><strong>1. Who we are</strong></p><p>Tidepool.</p><p><strong>2. Data</strong></p>"
                            "<p><strong>IMPORTANT NOTICE</strong></p><p>We keep little.</p>")
    assert "**IMPORTANT NOTICE**" in mixed, mixed
    capitals = _page(tmp_path, "<p><strong>1. WHO WE ARE</strong></p><p>Tidepool.</p><p><strong>2. DATA</strong></p>"
                               "<p><strong>PLEASE NOTE:</strong></p><p>We keep little.</p><ul><li><p><strong>CARD "
                               "DATA</strong></p></li></ul>")
    assert "**PLEASE NOTE:**" in capitals and "- **CARD DATA**" in capitals, capitals
