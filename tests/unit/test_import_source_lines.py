"""The source line each line of an import's Markdown came from, in a text of many blank lines."""
from __future__ import annotations

from policysite import importer


def test_each_line_of_a_text_mostly_blank_lines_is_traced_to_its_source_line(tmp_path):
    """Blank lines are no anchor of the match (they made it quadratic: 5 s of CPU at 4,000 lines, bench/README), yet
    every line, blank ones too, is still traced to the line it was written on when the conversion took lines out."""
    lines = [line for n in range(300) for line in (f"Paragraph {n}.", "", "")]
    source = tmp_path / "policy-2024-01-01.md"
    source.write_text("\n".join(lines), encoding="utf-8")
    kept = [k for k in range(len(lines)) if k % 39 != 15]  # the conversion took some paragraphs out
    assert importer._source_lines(source, "\n".join(lines[k] for k in kept)) == [k + 1 for k in kept]
