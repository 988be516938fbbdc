"""Adopt43: leftovers of the import of Word and OpenDocument policies, each read from a synthetic document."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from unit.test_adopt41_word import _bookmarked, _field, _paragraph, _run
from unit.test_convert import docx_with


def test_field_codes_in_lower_or_mixed_case_are_links_as_word_reads_them(tmp_path: Path):
    """Word reads a field's code whatever its case (typed by hand in Ctrl+F9, or written so by a generator): `ref
    _Ref301 \\h`, `Ref _REF302 \\H` and a simple field's `hyperlink "…"` are a cross-reference and a link in Word, and
    were words only on the site (adopt43). Each lands where Word's does, on the bookmark as the document names it; a
    `ref` without `\\h` stays words, as in Word."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph(_run("See section ") + _field([" ref _Ref301 \\r \\h "], "2.1") + _run(", clause ")
                   + _field([" Ref _REF302 ", "\\H \\* MERGEFORMAT "], "(b)") + _run(", the ")
                   + '<w:fldSimple w:instr=" hyperlink &quot;https://www.cnil.fr/&quot; ">' + _run("CNIL")
                   + "</w:fldSimple>" + _run(", the ") + _field([' Hyperlink "https://edpb.europa.eu/" '], "EDPB")
                   + _run(" and section ") + _field([" ref _Ref301 \\r "], "2.1") + _run(".")),
        _paragraph(_run("2. Retention"), "Titre2"),
        _bookmarked("_Ref301", _run("2.1 Periods"), "Titre3"),
        _paragraph(_run("We keep:")),
        _bookmarked("_Ref302", _run("(b) logs for a year.")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=(
        '<w:style w:type="paragraph" w:styleId="Titre3"><w:name w:val="heading 3"/></w:style>')))
    markdown = converted.markdown
    assert "See section [2.1](#s2-1), clause [(b)](#_Ref302), the [CNIL](https://www.cnil.fr/), the " \
           "[EDPB](https://edpb.europa.eu/) and section 2.1." in markdown, markdown
