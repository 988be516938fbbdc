"""Adopt53: a Word notice whose section titles are numbered by one multi-level list (`1.` in bold, `1.1`, `a)` below),
its text in plain paragraphs between them, had no section at all: mammoth read each title as a list of its own,
written as bullets (`- 1.2 Data`) or with its number glued to it (`2\\.**Retention**`). Those list paragraphs are now
section headings numbered as Word shows them (`## 1. Definitions`, `### 1.1 Words used here`); a lettered list stays
a list, and short numbered items that do not count on as sections (each list from 1 again) stay lists."""
from __future__ import annotations

from pathlib import Path

from policysite import document, rendering
from policysite.convert import convert
from unit.test_convert import docx_with

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _level(i: int, kind: str, text: str) -> str:
    return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/><w:lvlText w:val="{text}"/>'
            f'<w:pPr><w:ind w:left="{360 * (i + 1)}" w:hanging="360"/></w:pPr></w:lvl>')


NUMBERING = (f'<w:numbering {_NS}><w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/>'
             + _level(0, "decimal", "%1.") + _level(1, "decimal", "%1.%2") + _level(2, "lowerLetter", "%3)")
             + '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
             '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/>'
             '</w:lvlOverride></w:num></w:numbering>')


def _p(text: str, level: int | None = None, *, bold: bool = False, num: int = 1) -> str:
    listed = f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr></w:pPr>' \
        if level is not None else ""
    marks = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:p>{listed}<w:r>{marks}<w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def _converted(tmp_path: Path, body: str):
    return convert(docx_with(tmp_path / "privacy-2021-02-17.docx", body, numbering=NUMBERING), lang="en")


def test_sections_numbered_by_a_multilevel_list_are_headings(tmp_path: Path):
    converted = _converted(tmp_path, "".join([
        _p("Definitions", 0, bold=True), _p("Words used here", 1),
        _p("In this notice, we means Larkspur Transport Ltd."),
        _p("Data", 1), _p("Data means any information about you, including:"),
        _p("your name;", 2), _p("your address.", 2),
        _p("Retention", 0, bold=True), _p("How long", 1), _p("We keep records for six years."),
    ]))
    markdown = converted.markdown
    assert ("## 1. Definitions\n\n### 1.1 Words used here\n\nIn this notice, we means Larkspur Transport Ltd.\n\n"
            "### 1.2 Data\n\nData means any information about you, including:\n\n- a) your name;\n- b) your address."
            "\n\n## 2. Retention\n\n### 2.1 How long\n\nWe keep records for six years.\n") in markdown, markdown
    assert any("5 paragraphs Word numbers with a multi-level list" in str(note) for note in converted.notes)
    page = f"---\ndate: 2021-02-17\ntitle: Privacy\n---\n# Privacy\n\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []
    policy = document.parse(page, path="docs/en/index.md", lang="en")
    assert [(s.number, s.title, s.level) for s in policy.sections] == [
        ("1", "Definitions", 2), ("1.1", "Words used here", 3), ("1.2", "Data", 3), ("2", "Retention", 2),
        ("2.1", "How long", 3)], policy.sections


def test_short_numbered_items_that_do_not_count_on_stay_lists(tmp_path: Path):
    converted = _converted(tmp_path, "".join([
        _p("You may ask for:"), _p("Access", 0), _p("Then we answer within a month."),
        _p("You may also ask for:"), _p("Erasure", 0, num=2), _p("Then we delete it."),
    ]))
    assert "#" not in converted.markdown, converted.markdown
    assert not any("multi-level list" in str(note) for note in converted.notes)
