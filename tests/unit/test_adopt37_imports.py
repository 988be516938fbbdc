"""Adopt37: the import's passes over shapes of real policies (tests/integration/test_adopt37_adoption.py builds them)."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert


def test_a_first_hash_heading_numbered_1_over_2_is_a_section_not_the_title(tmp_path: Path):
    """`# 1. Who we are` over `# 2. What we collect` (no front matter's title): section 1 of its series, not a
    README's title over its sections (adopt37: it stayed `#`, the others `##` under it)."""
    source = tmp_path / "privacy-2024-04-03.md"
    source.write_text("# 1. Who we are\n\nWe are Acme.\n\n# 2. What we collect\n\nYour name.\n\n"
                      "# 3. Your rights\n\nAsk us.\n", encoding="utf-8")
    converted = convert(source)
    assert [line for line in converted.markdown.split("\n") if line.startswith("#")] == [
        "## 1. Who we are", "## 2. What we collect", "## 3. Your rights"]


def test_a_readme_s_title_over_its_numbered_sections_stays_the_title(tmp_path: Path):
    """The first `#` heading unnumbered over `# 1.`, `# 2.`: the title, as before."""
    source = tmp_path / "privacy-2024-04-03.md"
    source.write_text("# Privacy\n\n# 1. Who we are\n\nWe are Acme.\n\n# 2. What we collect\n\nYour name.\n",
                      encoding="utf-8")
    converted = convert(source)
    assert [line for line in converted.markdown.split("\n") if line.startswith("#")] == [
        "# Privacy", "## 1. Who we are", "## 2. What we collect"]


def test_an_overline_that_is_no_title_s_is_left_as_written(tmp_path: Path):
    """A rule over a line over another rule shorter than the words (no reStructuredText title), or two different
    rules: left as written, no title said."""
    for body in ("====\nPrivacy Notice\n====\n\nText.\n", "=====================\nPrivacy Notice\n"
                 "---------------------\n\nText.\n"):
        source = tmp_path / "privacy-2024-04-03.md"
        source.write_text(body, encoding="utf-8")
        converted = convert(source)
        assert not any("reStructuredText" in note for note in converted.notes), converted.notes


def test_lines_in_capitals_in_a_text_numbering_its_headings_stay_its_lines(tmp_path: Path):
    """A plain text numbering its sections (`1. WHO WE ARE`): a line in capitals inside one (`IMPORTANT`) is no
    section of its own (adopt37 reads capitals as headings only where no heading is numbered)."""
    body = ("PRIVACY POLICY\n\n1. WHO WE ARE\n\nAcme Ltd of Leeds decides how your data is used, and why we keep it "
            "for you.\n\nIMPORTANT\n\nWe never sell your data to anyone, nor share it with advertisers.\n\n"
            "NOTICE\n\nThis text may change.\n\n2. YOUR RIGHTS\n\nAsk us for a copy of your data at any time.\n")
    source = tmp_path / "privacy-2024-03-14.txt"
    source.write_text(body, encoding="utf-8")
    converted = convert(source)
    assert [line for line in converted.markdown.split("\n") if line.startswith("#")] == [
        "# PRIVACY POLICY", "## 1. WHO WE ARE", "## 2. YOUR RIGHTS"]
    assert not any("in capitals" in note for note in converted.notes)
