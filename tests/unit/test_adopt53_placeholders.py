"""Adopt53: a content control never filled in inside a sentence (`This policy is issued by [Click or tap here to enter
text.].`) left `issued by .` in the text, said only as a count for the whole document: the legal team had to hunt
for the sentence missing its words. Each such placeholder is now said at the line of its sentence; one that is a
paragraph of its own (no sentence around it) is still said with the others, without a line."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from unit.test_convert import docx_with


def _control(words: str, alias: str) -> str:
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:rPr>'
            f'<w:rStyle w:val="PlaceholderText"/></w:rPr><w:t>{words}</w:t></w:r></w:sdtContent></w:sdt>')


def _p(*parts: str) -> str:
    return "<w:p>" + "".join(part if part.startswith("<") else f'<w:r><w:t xml:space="preserve">{part}</w:t></w:r>'
                             for part in parts) + "</w:p>"


def test_a_placeholder_inside_a_sentence_is_said_at_its_line(tmp_path: Path):
    body = "".join([
        _p("We collect your name."),
        _p("This policy is issued by ", _control("Click or tap here to enter text.", "Company"), "."),
        _p("Write to us at our office."),
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>'
        + _p(_control("[Signature block]", "Signature")) + "</w:sdtContent></w:sdt>",
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-03-01.docx", body), lang="en")
    lines = converted.markdown.split("\n")
    assert "This policy is issued by ." in lines and "Click" not in converted.markdown, converted.markdown
    assert "[Signature block]" not in converted.markdown and "Signature" not in converted.markdown
    notes = [str(note) for note in converted.notes]
    line = lines.index("This policy is issued by .") + 1
    assert any(note.startswith(f"Markdown line {line}: a content control never filled in is here, its placeholder "
                               "(“Click or tap here to enter text.”) left out") for note in notes), notes
    assert "left out the placeholder of 1 content control never filled in (“[Signature block]”): Word shows it in " \
           "grey until the box is filled, no words of the policy" in notes, notes
    assert not any("Click or tap" in note for note in notes if not note.startswith(f"Markdown line {line}:")), notes
