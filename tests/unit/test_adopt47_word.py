"""Adopt47: Word policies numbered as law firms' templates number them, read without a build from synthetic documents
(make_docx's package with another body, numbering and styles)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from policysite.convert import ConvertError, convert, dated_sources, word_fields, word_grid, word_sized_headings
from policysite.convert.word_strict import NAMESPACES, transitional
from unit.test_adopt41_word import _paragraph, _run
from unit.test_convert import _W, docx_parts, docx_with, write_docx


def _level(index: int, fmt: str, text: str, style: str = "") -> str:
    linked = f'<w:pStyle w:val="{style}"/>' if style else ""
    return (f'<w:lvl w:ilvl="{index}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
            f'{linked}</w:lvl>')


def _numbering(*levels: str) -> str:
    """One list (w:numId 1) of `levels`."""
    return (f'<w:numbering {_W}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>'
            f'{"".join(levels)}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>')


def _style(style_id: str, name: str, inside: str) -> str:
    return f'<w:style w:type="paragraph" w:styleId="{style_id}"><w:name w:val="{name}"/>{inside}</w:style>'


def _numbered_by_style(level: int) -> str:
    return f'<w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr>'


def clause_template(path: Path, clauses: list[tuple[str, list[str]]]) -> Path:
    """A policy written in a law firm's template: its clause titles (`Clause 1`, drawn in bold, numbered `%1.` by the
    style's list) each over its clauses (`Clause 2`, numbered `%1.%2`), under its title."""
    styles = "".join([
        _style("Title", "Title", ""),
        _style("Clause1", "Clause 1", _numbered_by_style(0) + "<w:rPr><w:b/></w:rPr>"),
        _style("Clause2", "Clause 2", _numbered_by_style(1))])
    numbering = _numbering(_level(0, "decimal", "%1.", "Clause1"), _level(1, "decimal", "%1.%2", "Clause2"))
    body = _paragraph(_run("Acme Privacy Policy"), "Title") + "".join(
        _paragraph(_run(title), "Clause1") + "".join(_paragraph(_run(clause), "Clause2") for clause in under)
        for title, under in clauses)
    return docx_with(path, body, numbering=numbering, styles=styles)


def test_a_bold_clause_style_numbered_by_its_list_keeps_its_numbers(tmp_path: Path):
    """A template's clause titles in a paragraph style Word draws in bold and numbers by its own list (`Clause 1`,
    `%1.`, its clauses `Clause 2`, `%1.%2`): the titles were read as bold lines, no list's items, and the number
    Word draws before each left out with the list's marks, `1. Introduction` imported as `## Introduction` over its
    clauses 1.1 and 1.2. Each keeps Word's number."""
    markdown = convert(clause_template(tmp_path / "privacy-2024-01-01.docx", [
        ("Introduction", ["This policy explains what we do.", "It applies to our website."]),
        ("Data we collect", ["We collect identity data."])])).markdown
    assert "1. Introduction" in markdown and "2. Data we collect" in markdown, markdown
    assert "\n## Introduction" not in markdown and "\n## Data we collect" not in markdown, markdown
    assert "1.1 This policy explains what we do." in markdown and "2.1 We collect identity data." in markdown
    assert markdown.index("1. Introduction") < markdown.index("1.2 It applies") < markdown.index("2. Data")


def _two_levels(path: Path, styles: list[str], title: str, paragraphs: list[tuple[str, str]]) -> Path:
    """A policy titled `title` of `paragraphs` (words, style id: none for body text), whose last two `styles` are
    numbered `1.` and `1.1.` by their list."""
    first, second = re.findall(r'w:styleId="([^"]+)"', "".join(styles[-2:]))
    numbering = _numbering(_level(0, "decimal", "%1.", first), _level(1, "decimal", "%1.%2.", second))
    body = _paragraph(_run(title), "Title") + "".join(_paragraph(_run(words), style) for words, style in paragraphs)
    return docx_with(path, body, numbering=numbering, styles=_style("Title", "Title", "") + "".join(styles))


def test_a_template_heading_based_on_heading_1_keeps_the_number_word_draws(tmp_path: Path):
    """A template's own heading styles based on Word's (`Policy H1` on Heading 1), numbered by their list, `1.` and
    `1.1.`: the first level's number was left out (`## Introduction` over `### 1.1. Scope`), its style not read as
    a heading's. Each heading keeps Word's number, and the import says that Word numbered them."""
    converted = convert(_two_levels(tmp_path / "privacy-2024-01-01.docx", [
        _style("Heading1", "heading 1", '<w:pPr><w:outlineLvl w:val="0"/></w:pPr>'),
        _style("Heading2", "heading 2", '<w:pPr><w:outlineLvl w:val="1"/></w:pPr>'),
        _style("PolicyH1", "Policy H1", '<w:basedOn w:val="Heading1"/>' + _numbered_by_style(0)),
        _style("PolicyH2", "Policy H2", '<w:basedOn w:val="Heading2"/>' + _numbered_by_style(1))], "Acme Privacy Policy", [
        ("Introduction", "PolicyH1"), ("Scope", "PolicyH2"), ("This policy explains what we do.", ""),
        ("Data we collect", "PolicyH1"), ("Sources", "PolicyH2"), ("We collect identity data.", "")]))
    headings = [line for line in converted.markdown.splitlines() if line.startswith("#")]
    assert headings == ["# Acme Privacy Policy", "## 1. Introduction", "### 1.1. Scope", "## 2. Data we collect",
                        "### 2.1. Sources"], converted.markdown
    assert any("Word numbers 4 headings by itself" in str(note) for note in converted.notes), converted.notes


def _strict(path: Path) -> Path:
    """The .docx at `path` as Word saves it as Strict Open XML: each part under the standard's strict namespaces."""
    parts = docx_parts(path)
    for name, data in parts.items():
        for strict, usual in NAMESPACES.items():
            data = data.replace(f"http://schemas.openxmlformats.org/{usual}".encode(),
                                f"http://purl.oclc.org/ooxml/{strict}".encode())
        parts[name] = data.replace(b"<w:document ", b'<w:document w:conformance="strict" ', 1)
    write_docx(path, parts)
    return path


def test_the_strict_namespaces_are_word_s_usual_ones_relationship_types_too():
    assert transitional(b'<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" '
                        b'xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"/>') == (
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        b'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/>')
    assert transitional(b'<Relationship Type="http://purl.oclc.org/ooxml/officeDocument/relationships/numbering"/>'
                        ) == (b'<Relationship Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                              b'relationships/numbering"/>')
    assert transitional(b'<a:graphic xmlns:a="http://purl.oclc.org/ooxml/drawingml/main"/>') == (
        b'<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"/>')
    usual = b'<w:p xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>'
    assert transitional(usual) is usual


def test_a_document_saved_as_strict_open_xml_keeps_its_numbers_and_says_its_tracked_changes(tmp_path: Path):
    """Word's "Strict Open XML Document" (its own Save As, which some public bodies require) names its parts' elements
    in the standard's strict namespaces: mammoth read its text, but the import's own readers found no numbering and no
    tracked change in it, and every number Word draws was lost (`Article 1`, `1.1`, `(a)`), a deletion not accepted
    read as the text, unsaid. It is read as the usual document it is, and said."""
    styles = "".join([
        _style("Title", "Title", ""),
        _style("Heading1", "heading 1", _numbered_by_style(0)),
        _style("Heading2", "heading 2", _numbered_by_style(1))])
    numbering = _numbering(_level(0, "decimal", "Article %1", "Heading1"), _level(1, "decimal", "%1.%2", "Heading2"),
                           _level(2, "lowerLetter", "(%3)"))
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Title"),
        _paragraph(_run("Definitions"), "Heading1"),
        _paragraph(_run("Terms"), "Heading2"),
        f"<w:p>{_numbered_by_style(2)}{_run('personal data means any information;')}</w:p>",
        f"<w:p>{_numbered_by_style(2)}{_run('controller means Acme.')}</w:p>",
        _paragraph(_run("We keep logs for ") + '<w:del w:id="1" w:author="A" w:date="2023-01-01T00:00:00Z"><w:r>'
                   '<w:delText>two years</w:delText></w:r></w:del><w:ins w:id="2" w:author="A" '
                   'w:date="2023-01-01T00:00:00Z">' + _run("one year") + "</w:ins>" + _run(".")),
    ])
    path = _strict(docx_with(tmp_path / "privacy-2024-01-01.docx", body, numbering=numbering, styles=styles))
    converted = convert(path)
    markdown = converted.markdown
    assert "## Article 1 Definitions" in markdown and "### 1.1 Terms" in markdown, markdown
    assert "(a) personal data means any information;" in markdown and "(b) controller means Acme." in markdown
    assert "We keep logs for one year." in markdown and "two years" not in markdown, markdown
    said = " ".join(map(str, converted.notes))
    assert "Strict Open XML" in said and "tracked changes" in said, said


def _typed(words: str, size: int = 0, *, bold: bool = True) -> str:
    """A paragraph in Normal type but for its run's own weight and size (in half-points), as Google Docs writes one."""
    said = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    return f'<w:p><w:r><w:rPr>{said}</w:rPr><w:t xml:space="preserve">{words}</w:t></w:r></w:p>'


def typed_sections(last: str) -> str:
    """Two sections of a policy typed in Google Docs (their titles at 16 points), the second's two subsections' titles
    in bold at the text's size, its last paragraph `last`."""
    return "".join([
        _typed("Introduction", 32),
        _typed("Acme Ltd respects your privacy.", bold=False),
        _typed("Information we collect", 32),
        _typed("Account information"),
        _typed("Your name and e-mail address.", bold=False),
        _typed("Usage information"),
        _typed(last, bold=False)])


def test_headings_typed_in_bold_of_several_sizes_are_headings_of_their_sizes_levels(tmp_path: Path):
    """A policy written in Google Docs (or by hand in Word) without heading styles: its title at 20 points, its
    sections' titles at 16 and its subsections' in bold at the text's size. A section's title directly over its first
    subsection's was left a bold line, `**Information we collect**`, and its subsections made sections of their own,
    at the level of the others (`## Account information`). Each is a heading of the level its size ranks at, said."""
    body = "".join([
        _typed("Privacy Policy", 40),
        _typed("Last updated: 3 March 2022", bold=False),
        typed_sections("The pages you visit."),
        '<w:tbl><w:tr><w:tc>' + _typed("Cookie") + _typed("Duration", 32) + '</w:tc></w:tr></w:tbl>',
        _typed("Contact us", 32),
        _typed("Write to privacy@acme.example.", bold=False),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2022-03-03.docx", body))
    headings = [line for line in converted.markdown.splitlines() if line.startswith("#")]
    assert headings == ["# Privacy Policy", "## Introduction", "## Information we collect",
                        "### Account information", "### Usage information", "## Contact us"], converted.markdown
    assert "Cookie" in converted.markdown and "Duration" in converted.markdown  # (a table's cells: no headings)
    said = " ".join(map(str, converted.notes))
    assert "5 paragraphs typed as headings" in said and "“Information we collect”" in said, said
    assert "outline level" not in said, said


def test_typed_headings_of_one_size_or_numbered_are_left_to_the_reading_of_bold_lines():
    """Bold lines of one size under a larger title, or numbered (`1. Scope`, which the import reads as sections by
    their numbers), are given no outline level here."""
    one_size = _typed("Privacy Policy", 40) + _typed("Scope") + _typed("We act.", bold=False) + _typed("Rights")
    numbered = _typed("Privacy Policy", 40) + _typed("1. Scope", 32) + _typed("1.1 Terms") + _typed("We act.", bold=False)
    for document in (one_size, numbered):
        assert word_sized_headings.headings(document, "") == (document, [])
    outlined = word_sized_headings.headings(_typed("Privacy Policy", 40) + _typed("Scope", 32) + _typed("Terms"), "")
    assert outlined[1] == ["Scope", "Terms"]
    assert '<w:outlineLvl w:val="0"/>' in outlined[0] and '<w:outlineLvl w:val="1"/>' in outlined[0]


_BEGIN, _SEPARATE, _END = (f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>' for kind in ("begin", "separate", "end"))


def _code(code: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{code}</w:instrText></w:r>'


def test_a_field_s_result_inside_another_field_s_code_is_that_code_not_words_shown(tmp_path: Path):
    """A template's IF field choosing its words by a merge field (`{ IF { MERGEFIELD Plan } = "Pro" "…" "…" }`): the
    merge field's result, part of the IF's code, was read as text, `Propremium words`, where Word shows `premium
    words`. It is code, left out and said; a field's own result, a table of contents' entries and page numbers
    (fields inside a field's result), and the words after a field Word never ends (a damaged one) stay text."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Title"),
        _paragraph(_run("Your plan: ") + _BEGIN + _code(" IF ") + _BEGIN + _code(" MERGEFIELD Plan ") + _SEPARATE
                   + _run("Pro") + _END + _code(' = "Pro" "premium support" "basic support" ') + _SEPARATE
                   + _run("premium support") + _END + _run(".")),
        _paragraph(_BEGIN + _code(' TOC \\o "1-3" ') + _SEPARATE + _run("Contents entry ") + _BEGIN
                   + _code(" PAGEREF _Toc1 ") + _SEPARATE + _run("7") + _END + _END),
        _paragraph(_run("Broken ") + _BEGIN + _code(" MERGEFIELD Name ") + _run("words kept.")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body,
                                  styles=_style("Title", "Title", "")))
    markdown = converted.markdown
    assert "Your plan: premium support." in markdown and "Propremium" not in markdown, markdown
    assert "Contents entry" in markdown and "Broken words kept." in markdown, markdown
    assert any("inside another field's code (“Pro”)" in str(note) for note in converted.notes), converted.notes
    assert word_fields.nested_results("<w:p>" + _run("plain") + "</w:p>") == ("<w:p>" + _run("plain") + "</w:p>", [])


def test_a_word_template_named_as_one_is_read_as_the_document_it_holds(tmp_path: Path):
    """A company keeping the master of its policy as a Word template (`.dotx`, `.dotm` with its macros): refused,
    "save it as .docx", though it is the same package. Each is found among the dated files and read as the document it
    holds, what it is said (a macro-enabled one's macros never run); a Works document is still refused, with what to
    do."""
    body = _paragraph(_run("Acme Privacy Policy"), "Title") + _paragraph(_run("We keep logs for a year."))
    template = docx_with(tmp_path / "privacy-2022-03-03.dotx", body, styles=_style("Title", "Title", ""))
    parts = docx_parts(template)
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"wordprocessingml.document.main+xml", b"wordprocessingml.template.main+xml")
    write_docx(template, parts)
    macros = tmp_path / "privacy-2023-05-01.dotm"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
        b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml")
    write_docx(macros, {**parts, "word/vbaProject.bin": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"})
    assert [(source.path.name, source.format) for source in dated_sources([tmp_path])] == [
        ("privacy-2022-03-03.dotx", "docx"), ("privacy-2023-05-01.dotm", "docx")]
    for path, said in ((template, "a Word template (.dotx): its text read as a document's"),
                       (macros, "a macro-enabled Word template (.dotm): its text read as a document's, its macros "
                                "left out, never run")):
        converted = convert(path)
        assert "We keep logs for a year." in converted.markdown, converted.markdown
        assert said in [str(note) for note in converted.notes], converted.notes
    (tmp_path / "privacy-2024-01-01.wps").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    with pytest.raises(ConvertError, match=r"privacy-2024-01-01\.wps: open it in Word or LibreOffice and save it as "
                                           r"Word \(\.docx\)"):
        dated_sources([tmp_path])


def test_headings_in_a_language_s_heading_styles_keep_the_numbers_word_draws(tmp_path: Path):
    """A German template's `Überschrift 1` and `Überschrift 2` (named in the language of the Word that wrote them, no
    outline level), numbered `1.` and `1.1.` by their list: the first level's number was left out (`##
    Verantwortlicher` over `### 1.1. Name`)."""
    markdown = convert(_two_levels(tmp_path / "datenschutz-2024-01-01.docx", [
        _style("U1", "Überschrift 1", _numbered_by_style(0)), _style("U2", "Überschrift 2", _numbered_by_style(1))],
        "Datenschutzerklärung", [("Verantwortlicher", "U1"), ("Name", "U2"), ("Wir sind die Acme GmbH.", ""),
                                 ("Rechte", "U1"), ("Sie haben Rechte.", "")])).markdown
    assert [line for line in markdown.splitlines() if line.startswith("#")] == [
        "# Datenschutzerklärung", "## 1. Verantwortlicher", "### 1.1. Name", "## 2. Rechte"], markdown


def _cell(words: str) -> str:
    return f"<w:tc><w:p>{_run(words)}</w:p></w:tc>"


def test_a_table_row_starting_or_ending_past_a_column_keeps_its_cells_in_their_columns(tmp_path: Path):
    """A row whose first cell was deleted in Word ("shift cells left": `w:gridBefore`), or drawn short of the last
    column (`w:gridAfter`): mammoth read its cells only, `Billing` under `Recipient` where Word shows it under
    `Purpose`. Each column it skips is an empty cell; a row of a table inside one of its cells counts its own."""
    table = ("<w:tbl>" + "<w:tr>" + _cell("Recipient") + _cell("Purpose") + _cell("Period") + "</w:tr>"
             + '<w:tr><w:trPr><w:gridBefore w:val="1"/><w:wBefore w:w="2000" w:type="dxa"/></w:trPr>'
             + _cell("Billing") + _cell("10 years") + "</w:tr>"
             + '<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>' + _cell("Host") + "</w:tr>"
             + "<w:tr>" + _cell("Mailer") + _cell("Newsletters") + _cell("3 years") + "</w:tr></w:tbl>")
    body = _paragraph(_run("Acme Privacy Policy"), "Title") + _paragraph(_run("Recipients:")) + table
    markdown = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=_style("Title", "Title", "")
                                 )).markdown
    rows = [[cell.strip() for cell in line.strip("|").split("|")] for line in markdown.splitlines()
            if line.startswith("|") and "---" not in line]
    assert rows == [["Recipient", "Purpose", "Period"], ["", "Billing", "10 years"], ["Host", "", ""],
                    ["Mailer", "Newsletters", "3 years"]], markdown
    nested = ('<w:tbl><w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr><w:tc><w:tbl><w:tr><w:trPr>'
              '<w:gridBefore w:val="1"/></w:trPr><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>')
    assert word_grid.placed(nested) == (
        '<w:tbl><w:tr><w:trPr><w:gridAfter w:val="1"/></w:trPr><w:tc><w:tbl><w:tr><w:trPr><w:gridBefore w:val="1"/>'
        "</w:trPr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>", 2)
