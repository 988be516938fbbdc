"""Import of a new company's policy without rewriting it (session 45, adopt30): a Roman series written two ways read
as one numbering, chapters over titles over articles, findings' lines after a definition list, anchors an earlier
version of the tool published kept landing, and the shapes real companies' exports take."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from policysite import document, importer
from policysite.convert import Source

DAY = dt.date(2021, 6, 1)


def _sections(text: str) -> list[tuple[int, str, str]]:
    """(level, number, title) of each section of `text`, as the document model reads it."""
    return [(s.level, s.numeral, s.title) for s in document.parse(text, path="x.md", lang="en").sections]


def _imported(tmp_path: Path, name: str, data: str | bytes) -> importer.Text:
    """The import's text of a source file `name` holding `data`, as `policy import` commits it."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    source = tmp_path / name
    if isinstance(data, str):
        source.write_text(data, encoding="utf-8")
    else:
        source.write_bytes(data)
    kind = {"md": "markdown", "html": "html", "docx": "docx"}[name.rsplit(".", 1)[1]]
    return importer._convert(Source(source, DAY, kind), lang="fr", authoritative=True)


def test_a_roman_series_written_with_a_full_stop_then_a_dash_is_one_numbering():
    """`## I.` then `## II – Data`, `## III – Rights`: a numeral and a dash numbered its heading, a numeral and a full
    stop only in a series of its own, so `I.` stayed a section titled "I." (its id a slug, "has no section number")
    beside §2 and §3. One series, one numbering, whichever of the two is alone."""
    assert _sections("# P\n\n## I.\n\nA.\n\n## II – Data\n\nB.\n\n## III – Rights\n\nC.\n") == [
        (2, "1", ""), (2, "2", "Data"), (2, "3", "Rights")]
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## II – Data\n\nB.\n\n## III – Rights\n\nC.\n") == [
        (2, "1", "Scope"), (2, "2", "Data"), (2, "3", "Rights")]
    assert _sections("# P\n\n## I – Scope\n\nA.\n\n## II.\n\nB.\n\n## III – Rights\n\nC.\n") == [
        (2, "1", "Scope"), (2, "2", ""), (2, "3", "Rights")]
    policy = document.parse("---\ndate: 2021-06-01\n---\n# P\n\n## I.\n\nA.\n\n## II – Data\n\nB.\n", path="x.md",
                            lang="en")
    assert [s.anchor for s in policy.sections] == ["s1", "s2"]
    assert not [f for f in policy.problems if f.rule == "structure.unnumbered-heading"], policy.problems
    # not a series: out of order, or beside a heading of another kind, they stay as written
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## III – Data\n\nB.\n")[0] == (2, "", "I. Scope")
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## II – Data\n\nB.\n\n## Contact\n\nC.\n")[0] == (2, "", "I. Scope")
