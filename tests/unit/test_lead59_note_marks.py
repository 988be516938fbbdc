"""A note's mark written right after a number (`article 6[^1]`, an HTML page's `6<sup><a href="#fn1">1</a></sup>`) was
imported as `6<sup>[1](#fn-1)</sup>`, drawn "6¹", which safety95's rule (a raised digit glued to a number reads as one
number, 61, to the checks) then refused at publish: a real policy citing "article 6" with a note could not be
published as imported. The import writes such a mark in brackets, "6[1]", as its Word imports write every mark."""
from __future__ import annotations

from pathlib import Path

from test_convert import gate_problems

from policysite.convert import convert
from policysite.convert.note_marks import bracketed
from policysite.convert.notes import Notes


def test_a_markdown_footnote_after_a_number_is_bracketed_and_passes_the_gate(tmp_path: Path):
    source = tmp_path / "privacy-2021-01-01.md"
    source.write_text("# P\n\n## 1. A\n\nUnder article 6[^1] we keep data[^2] 30 days.\n\n"
                      "[^1]: Regulation 2016/679.\n[^2]: Customers' data.\n", encoding="utf-8")
    converted = convert(source)
    assert "article 6<sup>[\\[1\\]](#fn-1)</sup> we keep data<sup>[2](#fn-2)</sup> 30" in converted.markdown
    assert any(n.startswith("1 note's mark written right after a number shown in brackets") for n in converted.notes)
    assert gate_problems(converted) == []


def test_an_html_pages_note_mark_after_a_number_is_bracketed_and_passes_the_gate(tmp_path: Path):
    source = tmp_path / "2021-06-01.html"
    source.write_text("<main><h1>P</h1><h2>1. A</h2><p>Under article 6<sup><a href='#fn1' id='r1'>1</a></sup> we "
                      "keep data.</p><ol><li id='fn1'>Regulation 2016/679.</li></ol></main>", encoding="utf-8")
    converted = convert(source)
    assert "article 6<sup>[\\[1\\]](#fn1)</sup> we keep" in converted.markdown
    assert gate_problems(converted) == []


def test_code_and_marks_after_words_stay_as_written():
    notes = Notes()
    text = ("Data<sup>[1](#fn-1)</sup>, `6<sup>[2](#fn-2)</sup>`, 6<sup>[3](#fn-3)</sup>\n\n```\n"
            "7<sup>[4](#fn-4)</sup>\n```\n")
    assert bracketed(text, notes) == ("Data<sup>[1](#fn-1)</sup>, `6<sup>[2](#fn-2)</sup>`, "
                                      "6<sup>[\\[3\\]](#fn-3)</sup>\n\n```\n7<sup>[4](#fn-4)</sup>\n```\n")
    assert notes.sentences() and bracketed("no marks", Notes()) == "no marks"
