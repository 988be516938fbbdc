"""Import of a new company's policy without rewriting it (session 44, adopt29): a section number alone over its title
line read as one heading in every format, a heading that is only a Roman numeral or a letter read by its series, nested
definition lists, and the shapes real companies' exports take."""
from __future__ import annotations

from policysite import document


def _sections(text: str) -> list[tuple[int, str, str]]:
    """(level, number, title) of each section of `text`, as the document model reads it."""
    return [(s.level, s.numeral, s.title) for s in document.parse(text, path="x.md", lang="en").sections]


def test_a_heading_that_is_only_a_roman_numeral_or_a_letter_is_numbered_by_its_series():
    """`## II.` among `## I. Scope` and `## III. Rights` stayed a section titled "II." with no number (and broke the
    series: I and III were unnumbered too); `## C.` among `## A.`, `## B.`, `## D.` the same. Read by the series, as a
    reader reads it: §2 and §3, untitled, as `## 2.` is."""
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## II.\n\nB.\n\n## III. Rights\n\nC.\n") == [
        (2, "1", "Scope"), (2, "2", ""), (2, "3", "Rights")]
    assert _sections("# P\n\n## I.\n\nA.\n\n## II.\n\nB.\n\n## III.\n\nC.\n") == [
        (2, "1", ""), (2, "2", ""), (2, "3", "")]
    assert _sections("# P\n\n## A. Scope\n\nA.\n\n## B. Data\n\nB.\n\n## C.\n\nC.\n\n## D. Rights\n\nD.\n") == [
        (2, "1", "Scope"), (2, "2", "Data"), (2, "3", ""), (2, "4", "Rights")]


def test_an_ambiguous_label_is_a_letter_or_a_numeral_as_its_neighbours_are():
    """C, I, V, X, L, D, M are letters and Roman numerals: `i.` after `h.` is the ninth letter, after nothing but
    `ii.` the first numeral; `C.` after `B.` is the third letter, not 100; one alone is no number."""
    letters = "".join(f"### {c}.\n\nText.\n\n" for c in "abcdefghij")
    assert [n for _l, n, _t in _sections(f"# P\n\n## 1. Scope\n\nA.\n\n{letters}")] == [
        "1", *(f"1.{k}" for k in range(1, 11))]
    numerals = "".join(f"### {c}.\n\nText.\n\n" for c in ("i", "ii", "iii", "iv", "v"))
    assert [n for _l, n, _t in _sections(f"# P\n\n## 2. Data\n\nA.\n\n{numerals}")] == [
        "2", *(f"2.{k}" for k in range(1, 6))]
    assert _sections("# P\n\n## A.\n\nA.\n\n## B.\n\nB.\n\n## C.\n\nC.\n") == [(2, "1", ""), (2, "2", ""), (2, "3", "")]
    sections = document.parse("# P\n\n## A.\n\nA.\n\n## B.\n\nB.\n\n## C.\n\nC.\n", path="x.md", lang="en").sections
    assert [s.letter for s in sections] == ["A", "B", "C"]
    assert _sections("# P\n\nIntro.\n\n## C.\n\nC.\n") == [(2, "", "C.")]
    assert _sections("# P\n\n## 1. Scope\n\nA.\n\n## II.\n\nB.\n") == [(2, "1", "Scope"), (2, "", "II.")]
