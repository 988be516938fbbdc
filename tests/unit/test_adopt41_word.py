"""Adopt41: Word policies in the shapes real ones come in, read without a build from synthetic documents (make_docx's
package with another body)."""
from __future__ import annotations

import re
from pathlib import Path

from policysite.convert import convert
from unit.test_convert import docx_with


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _paragraph(runs: str, style: str = "") -> str:
    return f'<w:p><w:pPr>{f"<w:pStyle w:val={chr(34)}{style}{chr(34)}/>" if style else ""}</w:pPr>{runs}</w:p>'


_PAGE = '<w:r><w:br w:type="page"/></w:r>'
_COLUMN = '<w:r><w:br w:type="column"/></w:r>'


def test_words_either_side_of_a_page_or_column_break_stay_apart(tmp_path: Path):
    """A page break typed between two sentences of one paragraph (Ctrl+Enter, as older Word and Google Docs keep it),
    or a column break in a two-column passage: mammoth wrote nothing for it, and the words either side became one,
    `in force.Your rights`, `EmailPhone`. Each starts a new line, as Word shows it; a break alone in its paragraph, or
    before a heading's words, adds nothing."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph(_run("This policy is in force.") + _PAGE + _run("Your rights follow.")),
        _paragraph(_run("Email") + _COLUMN + _run("Phone")),
        _paragraph(_PAGE),
        _paragraph(_PAGE + _run("2. Your rights"), "Titre2"),
        _paragraph(_run("You may object.")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    markdown = converted.markdown
    assert re.search(r"This policy is in force\.(?: {2}|\\)\nYour rights follow\.", markdown), markdown
    assert re.search(r"Email(?: {2}|\\)\nPhone", markdown), markdown
    assert "force.Your" not in markdown and "EmailPhone" not in markdown
    assert "\n## 2. Your rights\n\nYou may object." in markdown, markdown
    assert "<br" not in markdown


def _field(code: list[str], result: str) -> str:
    """A field as Word writes it (begin, its code in one run or several, separate, its result, end)."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            + "".join(f'<w:r><w:instrText xml:space="preserve">{part}</w:instrText></w:r>' for part in code)
            + f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{_run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def _bookmarked(name: str, runs: str, style: str = "") -> str:
    return _paragraph(f'<w:bookmarkStart w:id="{abs(hash(name)) % 1000}" w:name="{name}"/>{runs}'
                      f'<w:bookmarkEnd w:id="{abs(hash(name)) % 1000}"/>', style)


def cross_referenced(tmp_path: Path, runs: str) -> str:
    """The Markdown of a policy whose paragraph of `runs` (under §1) may refer to its §3.1 (bookmarked `_Ref301`) and
    to its clause (b) (`_Ref302`)."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph(runs),
        _paragraph(_run("2. Data"), "Titre2"),
        _paragraph(_run("We collect data.")),
        _paragraph(_run("3. Retention"), "Titre2"),
        _bookmarked("_Ref301", _run("3.1 Periods"), "Titre3"),
        _paragraph(_run("We keep:")),
        _bookmarked("_Ref302", _run("(b) logs for a year.")),
    ])
    return convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=(
        '<w:style w:type="paragraph" w:styleId="Titre3"><w:name w:val="heading 3"/></w:style>'))).markdown


def test_cross_references_and_simple_link_fields_are_links_that_land(tmp_path: Path):
    """Word's cross-references (Insert › Cross-reference: `REF _Ref123 \\r \\h`, its code in one run or split over
    several, as Word writes it after an edit) were read as their words only, `see section 3.1`, a link in Word and none
    on the site; a link written as a simple field (`w:fldSimple` HYPERLINK) lost its address. Each is a link landing
    where Word's did: a section's id, or a clause's bookmark. A REF without `\\h` is words in Word too, and one to a
    bookmark the document lacks (Word shows an error) links nowhere: both stay words."""
    markdown = cross_referenced(tmp_path, _run("See section ") + _field([" REF _Ref301 \\r \\h "], "3.1")
                                + _run(", clause ") + _field([" REF _Ref302 ", "\\h \\* MERGEFORMAT "], "(b)")
                                + _run(", the ") + '<w:fldSimple w:instr=" HYPERLINK &quot;https://www.cnil.fr/&quot; ">'
                                + _run("CNIL") + "</w:fldSimple>" + _run(", section ")
                                + _field([" REF _Ref301 \\r "], "3.1") + _run(" and ")
                                + _field([" REF _Ref999 \\h "], "Error! Reference source not found.") + _run("."))
    assert "See section [3.1](#s3-1), clause [(b)](#_Ref302), the [CNIL](https://www.cnil.fr/), section 3.1 and " \
           "Error! Reference source not found.." in markdown, markdown
    assert '<span id="_Ref302"></span>(b) logs for a year.' in markdown, markdown
    assert re.search(r"(?m)^### 3\.1 Periods$", markdown), markdown


def _drop_cap(letter: str, kind: str = "drop") -> str:
    return (f'<w:p><w:pPr><w:framePr w:dropCap="{kind}" w:lines="3" w:wrap="around" w:vAnchor="text" '
            f'w:hAnchor="text"/><w:spacing w:line="240"/></w:pPr><w:r><w:rPr><w:position w:val="-8"/>'
            f'<w:sz w:val="72"/></w:rPr><w:t>{letter}</w:t></w:r></w:p>')


def test_a_drop_cap_is_the_first_letter_of_the_word_it_begins(tmp_path: Path):
    """Word writes a drop cap (Insert › Drop Cap, in the text or in the margin) as a framed paragraph of its own before
    the paragraph it begins: the word was cut in two, `W` over `e collect only what we need.`. The letter starts that
    paragraph, as Word shows it; a frame that is no drop cap stays a paragraph of its own."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _drop_cap("W"),
        _paragraph(_run("e collect only what we need.")),
        _paragraph(_run("2. Données"), "Titre2"),
        _drop_cap("N", "margin"),
        '<w:bookmarkStart w:id="4" w:name="donnees"/>',
        '<w:p><w:pPr><w:jc w:val="both"/></w:pPr><w:r><w:t xml:space="preserve">ous collectons peu.</w:t></w:r>'
        '</w:p><w:bookmarkEnd w:id="4"/>',
        '<w:p><w:pPr><w:framePr w:dropCap="none" w:w="2000" w:wrap="around"/></w:pPr>'
        '<w:r><w:t>Framed note.</w:t></w:r></w:p>',
        _paragraph(_run("Last paragraph.")),
    ])
    markdown = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body)).markdown
    assert "## 1. Scope\n\nWe collect only what we need.\n\n## 2. Données\n\nNous collectons peu.\n\n" \
           "Framed note.\n\nLast paragraph." in markdown, markdown


def test_the_marks_of_an_editable_range_hold_no_words_and_are_not_said(tmp_path: Path):
    """A protected document's exceptions (Restrict Editing: where readers may type) and a tracked change of custom XML
    are marks where a range starts and ends: each was said as an element "left out … with any words inside it", to
    compare with the document for nothing. The words between them are kept, and nothing is said of the marks."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph('<w:permStart w:id="1" w:edGrp="everyone"/>' + _run("Write to dpo@acme.example")
                   + '<w:permEnd w:id="1"/><w:customXmlInsRangeStart w:id="2" w:author="A"/>'
                   + '<w:customXmlInsRangeEnd w:id="2"/>' + _run(" at any time.")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    assert "Write to dpo@acme.example at any time." in converted.markdown, converted.markdown
    assert not [note for note in converted.notes if "perm" in str(note) or "customXml" in str(note)], converted.notes


_DIAGRAM_DATA = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>'
    '<dgm:pt modelId="{0}" type="doc"><dgm:prSet/><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
    '<dgm:pt modelId="{3}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>We delete it</a:t></a:r><a:r><a:t> after 3 years</a:t>'
    "</a:r></a:p></dgm:t></dgm:pt>"
    '<dgm:pt modelId="{1}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>We collect your order</a:t></a:r></a:p></dgm:t></dgm:pt>'
    '<dgm:pt modelId="{2}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>name and address</a:t></a:r></a:p></dgm:t></dgm:pt>'
    '<dgm:pt modelId="{9}" type="sibTrans"><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>'
    '<dgm:pt modelId="{8}" type="pres"><dgm:prSet presName="arrow"/></dgm:pt>'
    "</dgm:ptLst><dgm:cxnLst>"
    '<dgm:cxn modelId="{c3}" srcId="{0}" destId="{3}" srcOrd="1" destOrd="0"/>'
    '<dgm:cxn modelId="{c1}" srcId="{0}" destId="{1}" srcOrd="0" destOrd="0" parTransId="{7}" sibTransId="{9}"/>'
    '<dgm:cxn modelId="{c2}" srcId="{1}" destId="{2}" srcOrd="0" destOrd="0"/>'
    '<dgm:cxn modelId="{c8}" type="presOf" srcId="{1}" destId="{8}" srcOrd="0" destOrd="0"/>'
    "</dgm:cxnLst></dgm:dataModel>")


def test_a_smartart_diagram_s_words_are_read_in_its_order(tmp_path: Path):
    """A SmartArt diagram (a policy's "how we handle your data" drawn as steps) keeps its words in its own part, the
    document a drawing naming it: mammoth skipped it, and every word of the diagram was lost, unsaid. They are
    paragraphs after the paragraph holding the diagram, each box after its parent, siblings in the diagram's order
    (not the order its points were written in), and said."""
    from unit.test_convert import docx_parts, write_docx

    drawing = (
        '<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
        'wordprocessingDrawing"><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="Diagram 1"/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.'
        'openxmlformats.org/drawingml/2006/diagram"><dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/'
        'drawingml/2006/diagram" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        'r:dm="rIdDm" r:lo="rIdLo" r:qs="rIdQs" r:cs="rIdCs"/></a:graphicData></a:graphic></wp:inline></w:drawing>'
        "</w:r></w:p>")
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. How we handle your data"), "Titre2"),
        _paragraph(_run("In short:")), drawing, _paragraph(_run("The details follow.")),
    ])
    path = docx_with(tmp_path / "privacy-2024-01-01.docx", body)
    parts = docx_parts(path)
    parts["word/diagrams/data1.xml"] = _DIAGRAM_DATA.encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdDm" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/diagramData" Target="diagrams/data1.xml"/></Relationships>')
    write_docx(path, parts)
    converted = convert(path)
    assert "In short:\n\nWe collect your order\n\nname and address\n\nWe delete it after 3 years\n\n" \
           "The details follow." in converted.markdown, converted.markdown
    assert "read the words of 1 SmartArt diagram (kept in the diagram's own part, which the converter skips) as " \
           "paragraphs after the paragraph each stands in, box after box in the diagram's order" in converted.notes


def _with_part(path: Path, name: str, xml: str) -> Path:
    from unit.test_convert import docx_parts, write_docx

    parts = docx_parts(path)
    parts[name] = xml.encode()
    write_docx(path, parts)
    return path


_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.'
         'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
         'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
         '<dc:title>Privacy</dc:title><dcterms:created xsi:type="dcterms:W3CDTF">2021-11-02T09:00:00Z</dcterms:created>'
         "{modified}</cp:coreProperties>")


def test_a_word_file_named_and_written_without_a_day_is_refused_with_the_day_its_properties_say(tmp_path: Path):
    """An archive of `Privacy Policy.docx`, `Privacy Policy v2.docx`, their texts saying no day: refused with "no date
    in the file name" alone. Each is refused still (the day a file was saved is not the day its text took effect),
    naming the day its properties say it was last saved (else made) and the name that day gives it; an OpenDocument
    file's properties too, and a file whose properties say no day gets the general hint."""
    import zipfile

    import pytest

    from policysite.convert import ConvertError, dated_sources

    body = _paragraph(_run("Acme Privacy Policy"), "Titre1") + _paragraph(_run("1. Scope"), "Titre2") + \
        _paragraph(_run("We sell tea."))
    archive = tmp_path / "archive"
    archive.mkdir()
    _with_part(docx_with(archive / "Privacy Policy.docx", body), "docProps/core.xml", _CORE.format(
        modified='<dcterms:modified xsi:type="dcterms:W3CDTF">2022-03-01T10:00:00Z</dcterms:modified>'))
    _with_part(docx_with(archive / "Privacy Policy v2.docx", body), "docProps/core.xml", _CORE.format(modified=""))
    docx_with(archive / "Privacy Policy v3.docx", body)
    with zipfile.ZipFile(archive / "Datenschutz.odt", "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        odt.writestr("meta.xml", '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                     'xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:date>2023-06-15T08:30:00.123'
                     "</dc:date></office:meta></office:document-meta>")
        odt.writestr("content.xml", '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:'
                     'office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body>'
                     "<office:text><text:p>Wir verkaufen Tee.</text:p></office:text></office:body>"
                     "</office:document-content>")
    with pytest.raises(ConvertError) as raised:
        dated_sources([archive], languages=("en",), lang="en")
    said = str(raised.value)
    assert "Privacy Policy.docx: no date in the file name, nor in its text; its document properties say it was last " \
           "saved on March 1, 2022 (the day someone saved the file, not always the day its text took effect): if its " \
           "text took effect that day, rename it Privacy Policy-2022-03-01.docx" in said, said
    assert "rename it Privacy Policy v2-2021-11-02.docx" in said, said
    assert "rename it Datenschutz-2023-06-15.odt" in said, said
    assert "Privacy Policy v3.docx: no date in the file name: name each version after the day" in said, said


def test_a_text_too_long_for_a_page_is_refused_as_such_not_as_empty(tmp_path: Path):
    """A 300-page document converted holds more characters than the site reads in a page (document.MAX_PAGE): the
    model reads none of it, and the import said "no text in it (an empty file, …)". It says how long the text is and
    how long a page may be; nothing is imported."""
    import datetime as dt

    import pytest

    from policysite import document, importer
    from policysite.convert import ConvertError
    from policysite.convert.model import Source
    from policysite.messages import text_of

    sentence = "We process personal data lawfully, fairly and transparently, for purposes stated in advance. "
    sections = [f"## {n}. Section {n}\n\n" + sentence * 40 + "\n" for n in range(1, 400)]
    path = tmp_path / "privacy-2024-01-01.md"
    path.write_text("# Acme Group Privacy Policy\n\n" + "\n".join(sections), encoding="utf-8")
    assert document.MAX_PAGE < path.stat().st_size < 2 * document.MAX_PAGE
    with pytest.raises(ConvertError) as raised:
        importer._convert(Source(path, dt.date(2024, 1, 1), "markdown"), lang="en")
    said = text_of(raised.value)
    assert getattr(said, "key", "") == "import.too-long", str(said)
    assert str(said).startswith("privacy-2024-01-01.md: its text, converted, has ") and \
        "characters, over the 1,048,576 a page of the site may hold" in str(said), str(said)


def test_an_opendocument_cross_reference_to_a_heading_is_a_link_that_lands(tmp_path: Path):
    """LibreOffice writes a cross-reference (its own, or a Word document's `REF … \\h` it opened) as
    `text:bookmark-ref` to a bookmark: read as its words only, a link in LibreOffice and none on the site. One to a
    heading's bookmark is a link to the section; one to a bookmark elsewhere (no id on the page), or showing a page
    number, stays words."""
    from unit.test_convert_odt import odt

    def ref(name: str, words: str, kind: str = "number") -> str:
        return f'<text:bookmark-ref text:reference-format="{kind}" text:ref-name="{name}">{words}</text:bookmark-ref>'

    body = ('<text:h text:outline-level="1">Acme Privacy Policy</text:h>'
            '<text:h text:outline-level="2">1. Scope</text:h>'
            f'<text:p>See section {ref("_Ref301", "2.1")}, the clause {ref("clause", "(b)")} on page '
            f'{ref("_Ref301", "4", "page")}.</text:p>'
            '<text:h text:outline-level="2">2. Retention</text:h>'
            '<text:h text:outline-level="3"><text:bookmark-start text:name="_Ref301"/>2.1 Periods'
            '<text:bookmark-end text:name="_Ref301"/></text:h>'
            '<text:p><text:bookmark text:name="clause"/>(b) Logs for a year.</text:p>')
    markdown = convert(odt(tmp_path / "privacy-2024-01-01.odt", body, styles="")).markdown
    assert "See section [2.1](#s2-1), the clause (b) on page ." in markdown, markdown
    assert re.search(r"(?m)^### 2\.1 Periods$", markdown), markdown


def _chart(relation: str) -> str:
    return ('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            'wordprocessingDrawing"><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="Chart 1"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://'
            'schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/'
            'drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
            f'r:id="{relation}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


_CHART_PART = ('<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>{title}<c:plotArea>'
               '<c:barChart><c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>Months kept</c:v></c:pt>'
               "</c:strCache></c:strRef></c:tx></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>")


def test_a_chart_word_draws_from_its_data_is_said_left_out_with_its_title(tmp_path: Path):
    """A chart (Insert › Chart: retention periods as bars) is drawn from a part of its own, the document a drawing
    naming it: mammoth skipped it with the words it shows, and nothing was said. Each is said left out, by its title
    (its own, else its one series' name, as Word titles it), for the legal team to write what it shows into the
    text; the text around it is kept."""
    from unit.test_convert import docx_parts, write_docx

    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Retention"), "Titre2"),
        _paragraph(_run("How long we keep data:")), _chart("rIdC1"), _chart("rIdC2"), _paragraph(_run("Ask us.")),
    ])
    path = docx_with(tmp_path / "privacy-2024-01-01.docx", body)
    parts = docx_parts(path)
    parts["word/charts/chart1.xml"] = _CHART_PART.format(
        title="<c:title><c:tx><c:rich><a:p><a:r><a:t>Retention periods</a:t></a:r><a:r><a:t> by kind</a:t></a:r>"
              "</a:p></c:rich></c:tx></c:title>").encode()
    parts["word/charts/chart2.xml"] = _CHART_PART.format(title="").encode()
    chart = b"http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdC1" Type="' + chart + b'" Target="charts/chart1.xml"/>'
        b'<Relationship Id="rIdC2" Type="' + chart + b'" Target="charts/chart2.xml"/></Relationships>')
    write_docx(path, parts)
    converted = convert(path)
    assert "How long we keep data:\n\nAsk us." in converted.markdown, converted.markdown
    assert "left out 2 charts Word draws from data kept apart (“Retention periods by kind”, “Months kept”), with " \
           "the words they show (title, labels, legend): write what they say into the text if readers need it" in \
           converted.notes, converted.notes


def test_a_footnote_on_a_heading_leaves_the_section_its_own_id(tmp_path: Path):
    """A footnote's mark on a heading (`3. Legal bases¹`, common in legal texts): the heading took the mark's id,
    `## 2. Data we keep[1] {#footnote-ref-1}`, the section's identity a footnote's number (another in each version and
    language: its translation and earlier versions no longer paired with it). The section keeps the id its number
    gives; the note's ↑ still lands, just above the heading."""
    from policysite import document

    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph(_run("We sell tea.")),
        _paragraph(_run("2. Data we keep") + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                   '<w:footnoteReference w:id="1"/></w:r>', "Titre2"),
        _paragraph(_run("Your orders.")),
    ])
    markdown = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body)).markdown
    read = document.parse(markdown, path="privacy.md", lang="en")
    assert [(section.number, section.html_id) for section in read.sections] == [("1", "s1"), ("2", "s2")], markdown
    assert "{#footnote-ref-1}" not in markdown and '<span id="footnote-ref-1"></span>' in markdown, markdown
    assert "[↑](#footnote-ref-1)" in markdown, markdown


def test_word_s_other_hidden_bookmarks_on_a_heading_are_not_the_section_s_id(tmp_path: Path):
    """Microsoft 365's Editor marks a passage it suggests rewording with a hidden bookmark (`_Int_Ab3Cd4Ef`), an older
    Word its hyperlinks' targets (`_Hlt…`), an embedded object (`_MON_…`): on a heading, each became the section's
    identity, `## 2. Data {#_Int_Ab3Cd4Ef}`, another in each copy and language. The section keeps its number's id; a
    link to the bookmark lands there; a name its author gave stays the section's anchor."""
    from policysite import document

    def heading(name: str, words: str) -> str:
        return _bookmarked(name, _run(words), "Titre2")

    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        heading("_Hlt48213377", "1. Scope"), _paragraph(_run("See ") + '<w:hyperlink w:anchor="_Int_Ab3Cd4Ef">'
                                                        + _run("the data") + "</w:hyperlink>" + _run(".")),
        heading("_Int_Ab3Cd4Ef", "2. Data"), _paragraph(_run("Orders.")),
        heading("_MON_1234567890", "3. Rights"), _paragraph(_run("Object.")),
        heading("contact", "4. Contact"), _paragraph(_run("Write.")),
    ])
    markdown = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body)).markdown
    read = document.parse(markdown, path="privacy.md", lang="en")
    assert [section.html_id for section in read.sections] == ["s1", "s2", "s3", "contact"], markdown
    assert "See [the data](#s2)." in markdown, markdown


def test_characters_typed_in_a_symbol_font_are_the_ones_word_draws(tmp_path: Path):
    """A cookie table's "Essential" column of Wingdings `ü` (Word draws ✓) and `û` (a cross), a bullet typed as Symbol's
    private-use `\\uf0b7`: the import read `ü`, a German letter where Word showed a check mark, and a character no
    browser draws. Each is the character the font draws, said; a symbol inserted from an ordinary font (`w:sym` of
    Calibri, ©), which mammoth left out, is its character; text in other fonts keeps its letters (`Müller`)."""
    def font(name: str, text: str) -> str:
        return (f'<w:r><w:rPr><w:rFonts w:ascii="{name}" w:hAnsi="{name}"/></w:rPr>'
                f'<w:t xml:space="preserve">{text}</w:t></w:r>')

    def cell(runs: str) -> str:
        return f"<w:tc><w:p>{runs}</w:p></w:tc>"

    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Cookies"), "Titre2"),
        "<w:tbl><w:tr>" + cell(_run("Cookie")) + cell(_run("Essential")) + "</w:tr><w:tr>" + cell(_run("session"))
        + cell(font("Wingdings", "ü")) + "</w:tr><w:tr>" + cell(_run("ads")) + cell(font("Wingdings", "û"))
        + "</w:tr></w:tbl>",
        _paragraph(font("Symbol", "\uf0b7") + _run(" Ask Ms Müller, ") + font("Arial", "Müller")
                   + _run(" GmbH ") + '<w:r><w:sym w:font="Calibri" w:char="00A9"/></w:r>' + _run(" 2024.")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    markdown = converted.markdown
    assert "| session | ✓ |" in markdown and "| ads | \U0001f5f6 |" in markdown, markdown
    # (the bullet, read as the • Symbol draws, starts a paragraph typed as a list's item: one since adopt60)
    assert "- Ask Ms Müller, Müller GmbH © 2024." in markdown, markdown
    assert "\uf0b7" not in markdown and "unsupported character" not in str(converted.notes)
    assert "read 4 characters typed in a symbol font (Symbol, Wingdings, Webdings) or inserted as a symbol as the " \
           "characters Word draws (a Wingdings ü is ✓)" in converted.notes, converted.notes


def test_characters_typed_in_a_symbol_font_of_an_opendocument_are_the_ones_its_writer_draws(tmp_path: Path):
    """An OpenDocument text's cookie table of Wingdings `ü` (LibreOffice draws ✓, its font named by a font face or
    directly): read as the German letter. Each is the character drawn, said; a span of another font keeps its
    letters."""
    from unit.test_convert_odt import odt

    automatic = ('<style:style style:name="T1" style:family="text"><style:text-properties style:font-name="Wingdings1"/>'
                 '</style:style><style:style style:name="T2" style:family="text"><style:text-properties '
                 'fo:font-family="Symbol"/></style:style><style:style style:name="T3" style:family="text">'
                 '<style:text-properties style:font-name="Liberation Serif"/></style:style>')
    body = ('<text:h text:outline-level="1">Acme Privacy Policy</text:h><text:h text:outline-level="2">1. Cookies'
            '</text:h><text:p>Session cookie: <text:span text:style-name="T1">ü</text:span>; '
            '<text:span text:style-name="T2">\uf0b7</text:span> Ask <text:span text:style-name="T3">Müller</text:span>.'
            "</text:p>")
    faces = ('<office:font-face-decls><style:font-face xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-'
             'compatible:1.0" style:name="Wingdings1" svg:font-family="Wingdings"/></office:font-face-decls>')
    converted = convert(odt(tmp_path / "privacy-2024-01-01.odt", body, automatic=automatic, styles=faces))
    assert "Session cookie: ✓; • Ask Müller." in converted.markdown, converted.markdown
    assert "read 2 characters typed in a symbol font (Symbol, Wingdings, Webdings) as the characters the document's " \
           "writer draws (a Wingdings ü is ✓)" in converted.notes, converted.notes


def test_an_opendocument_phonetic_guide_s_reading_is_not_read_into_its_words(tmp_path: Path):
    """A Japanese text's phonetic guide (`text:ruby`: 個人情報 with its reading こじんじょうほう drawn small above it)
    was read into the sentence, `個人情報こじんじょうほうを保護します`; the Word import reads the base alone. So does this."""
    from unit.test_convert_odt import odt

    body = ('<text:h text:outline-level="1">プライバシーポリシー</text:h><text:h text:outline-level="2">1. 目的</text:h>'
            "<text:p><text:ruby><text:ruby-base>個人情報</text:ruby-base><text:ruby-text>こじんじょうほう</text:ruby-text>"
            "</text:ruby>を保護します。</text:p>")
    markdown = convert(odt(tmp_path / "privacy-2024-01-01.odt", body, styles="")).markdown
    assert "個人情報を保護します。" in markdown and "こじんじょうほう" not in markdown, markdown


def test_an_opendocument_date_field_that_is_not_fixed_is_said_as_the_day_it_was_updated(tmp_path: Path):
    """`Last updated: <text:date>` (Insert › Field › Date, not fixed: LibreOffice writes in today's date each time the
    document is opened) dated the version by the day someone last opened the file, said for a Word DATE field and not
    for this one. Its words are kept and said, as the Word import says its; a fixed date is the text's own."""
    from unit.test_convert_odt import odt

    body = ('<text:h text:outline-level="1">Acme Privacy Policy</text:h>'
            '<text:p>Last updated: <text:date text:date-value="2026-12-05">5 December 2026</text:date></text:p>'
            '<text:h text:outline-level="2">1. Scope</text:h><text:p>Effective <text:date text:fixed="true" '
            'text:date-value="2024-01-01">1 January 2024</text:date>.</text:p>')
    converted = convert(odt(tmp_path / "privacy-2024-01-01.odt", body, styles=""))
    assert "Last updated: 5 December 2026" in converted.markdown and "Effective 1 January 2024." in converted.markdown
    said = [note for note in converted.notes if "a field of the document shows" in str(note)]
    assert said == ["kept the day “5 December 2026” a field of the document shows (text:date, not fixed): the day its "
                    "writer last updated it (the day the document was opened, printed or saved), not the day the text "
                    "took effect; check the version's day against it"], converted.notes
