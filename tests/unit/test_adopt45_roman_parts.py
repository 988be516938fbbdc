"""Roman-numbered parts whose subsections count 1., 2. under each (session 52, adopt45), as French and Italian
policies number them: the subsections are the parts' (§III.1), with a preamble or a contact heading beside the parts,
when only one part has subsections, and under a dash-numbered part alone; a lone `## II. Rights` stays a title."""
from __future__ import annotations

from policysite import document

_FRONT = "---\ndate: 2021-06-01\n---\n# Politique\n\n"


def _read(body: str) -> document.Policy:
    return document.parse(_FRONT + body, path="docs/x.md", lang="fr")


def _numbers(policy: document.Policy) -> list[tuple[str, str]]:
    return [(s.numeral or "", s.anchor) for s in policy.sections]


def _structure(policy: document.Policy) -> list[str]:
    return [f"{f.line}: {f.rule}" for f in policy.problems if f.rule.startswith("structure.")]


def test_subsections_under_roman_parts_after_a_preamble_are_the_parts():
    """`## Préambule` before `## I – Objet` over `### 1. Champ`: the series was read only where every heading of its
    level was Roman, so each `### 1.` was §1 again (number repeated, wrong level, the page refused)."""
    policy = _read("## Préambule\n\np\n\n## I – Objet\n\na\n\n### 1. Champ\n\nb\n\n### 2. Définitions\n\nc\n\n"
                   "## II – Données\n\nd\n\n### 1. Types\n\ne\n\n## III – Droits\n\nf\n\n### 1. Accès\n\ng\n\n"
                   "### 2. Effacement\n\nh\n\n## Contact\n\ni\n")
    assert _numbers(policy) == [("", "préambule"), ("1", "s1"), ("1.1", "s1-1"), ("1.2", "s1-2"), ("2", "s2"),
                                ("2.1", "s2-1"), ("3", "s3"), ("3.1", "s3-1"), ("3.2", "s3-2"), ("", "contact")]
    assert [s.title for s in policy.sections][6:8] == ["Droits", "Accès"]
    assert not [p for p in _structure(policy) if "repeated" in p or "order" in p or "level" in p], policy.problems


def test_subsections_of_one_part_only_are_that_parts():
    """Only `## I –` (or only `## III –`) has subsections: they are its own, no §1 repeated or level misread."""
    first = _read("## I – Objet\n\na\n\n### 1. Champ\n\nb\n\n### 2. Définitions\n\nc\n\n## II – Données\n\nd\n\n"
                  "## III – Droits\n\ne\n")
    assert _numbers(first) == [("1", "s1"), ("1.1", "s1-1"), ("1.2", "s1-2"), ("2", "s2"), ("3", "s3")]
    assert _structure(first) == []
    last = _read("## I – Objet\n\na\n\n## II – Données\n\nd\n\n## III – Droits\n\ne\n\n### 1. Accès\n\nf\n")
    assert _numbers(last) == [("1", "s1"), ("2", "s2"), ("3", "s3"), ("3.1", "s3-1")]
    assert _structure(last) == []


def test_a_dash_numbered_part_alone_numbers_its_subsections_under_it():
    """`## III – Data` among unnumbered headings over `### 1. Sub`: §III.1, not a top-level §1 after §III (two
    number-order findings); the gap before III is a real one and is still said, once."""
    policy = _read("## Objet\n\na\n\n## III – Data\n\nb\n\n### 1. Sub\n\nc\n\n### 2. Other\n\nd\n")
    assert _numbers(policy) == [("", "objet"), ("3", "s3"), ("3.1", "s3-1"), ("3.2", "s3-2")]
    assert _structure(policy) == [f"{_FRONT.count(chr(10)) + 5}: structure.number-skipped"]


def test_articles_numbered_on_across_parts_are_still_the_parts_chapters():
    """`### 3.` under `## II –` after `### 1.`, `### 2.` under `## I –` counts on across the parts: not restarted,
    so the articles keep their numbers (the parts group them, as before)."""
    policy = _read("## I – Objet\n\na\n\n### 1. Champ\n\nb\n\n### 2. Définitions\n\nc\n\n## II – Données\n\nd\n\n"
                   "### 3. Types\n\ne\n")
    assert [s.numeral for s in policy.sections if s.level == 3] == ["1", "2", "3"]
    assert _structure(policy) == []


def test_a_lone_full_stop_roman_heading_among_unnumbered_ones_stays_a_title():
    """`## II. Rights` alone among unnumbered headings is no series (a numeral and a full stop numbers a heading only
    in a series of its own): it stays a title as written, its id its slug, and its subsections keep their own
    numbers, with no finding; two such headings, I. and II., are a series."""
    policy = _read("## Objet\n\na\n\n## II. Rights\n\nb\n\n### 1. Access\n\nc\n\n### 2. Erasure\n\nd\n\n"
                   "## Contact\n\ne\n")
    assert [(s.numeral or "", s.title) for s in policy.sections] == [
        ("", "Objet"), ("", "II. Rights"), ("1", "Access"), ("2", "Erasure"), ("", "Contact")]
    assert _structure(policy) == []
    series = _read("## Objet\n\na\n\n## I. Scope\n\nb\n\n### 1. Who\n\nc\n\n## II. Rights\n\nd\n\n### 1. Access\n\ne\n")
    assert _numbers(series)[1:] == [("1", "s1"), ("1.1", "s1-1"), ("2", "s2"), ("2.1", "s2-1")]
