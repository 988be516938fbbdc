"""Leads 44: a heading that is only a number and its mark (`## 2.`, `## 2)`) is that number, untitled (session 43)."""
from __future__ import annotations

import pytest

from policysite import redline
from policysite.document import named, parse, slugify
from policysite.heading_numbers import heading_number, section_heading_number


def _policy(body: str, *, lang: str = "en", date: str = "2030-01-01"):
    return parse(f"---\ndate: {date}\n---\n\n# Synthetic policy\n\n{body}", path=f"{lang}/index.md", lang=lang)


@pytest.mark.parametrize(("heading", "number"), [
    ("2.", "2"), ("2)", "2"), ("(2)", "2"), ("2", "2"), ("2 –", "2"), ("2:", "2"), ("3.1", "3.1"), ("3.1.", "3.1"),
    ("２．", "2"), ("２）", "2"), ("٢.", "2"), ("02.", "2")])
def test_a_heading_that_is_only_a_number_is_that_number_untitled(heading, number):
    """`## 2.` was an unnumbered section titled "2." (its anchor a slug, its translation's `## 2. Data` missing), `## 2)`
    §2 titled ")" (renamed, said `formerly « ) »`)."""
    section = _policy(f"## 1. Scope\n\nWords.\n\n## {heading}\n\nMore words.\n").sections[-1]
    assert (section.numeral, section.title, section.anchor) == (number, "", "s" + number.replace(".", "-"))
    assert slugify(heading) == section.anchor
    assert named(section.numeral, section.title, section.mark) == f"§{number}"


@pytest.mark.parametrize("heading", ["2024", "2) )", "C.", "1.2.3.4.x", "2a)"])
def test_a_year_or_a_letter_alone_is_no_bare_number(heading):
    found = section_heading_number(heading)
    assert found is None or found[1], found


@pytest.mark.parametrize("heading", ["1.", "2)", "2 –"])
def test_a_bold_number_alone_stays_no_heading_number(heading):
    """A bold `1.` line of an imported page is a list's number: heading_number, which import reads, says None."""
    assert heading_number(heading) is None


def test_a_number_alone_renamed_says_formerly_untitled_not_its_mark():
    old = _policy("## 1. Scope\n\nWords.\n\n## 2)\n\nMore words.\n")
    new = _policy("## 1. Scope\n\nWords.\n\n## 2) Cookies\n\nMore words.\n", date="2030-02-01")
    said = redline.render_text(redline.diff(old, new), color=False, lang="en")
    assert "formerly untitled" in said and "“)”" not in said and "removed" not in said, said

