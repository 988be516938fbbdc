"""Adopt58: Word fields as Word saves them. A field's code split over several runs (each edit, spelling mark or revision
id starts one: ` HYPERLINK "https://exa` `mple.com/rights" `) was read one run at a time, and the link went to
`"https://exa"%20mple.com/rights`; a table of contents' page number whose PAGEREF was so split stayed in the entry.
Each field's code is now read whole (word_fields.joined_codes).

A field without a result (its begin and end marks alone: MACROBUTTON's, whose words are in its code, a DATE or AUTHOR
never updated) was said with the words up to the next field's end, another paragraph's, as its own: "kept the words
“end.K: quoted words” that a Word field wrote there", a day another field showed named as a DATE field's. Each is now
said with no words.

A page number in a sentence (`see section 4 on page 7`: a cross-reference's PAGEREF field, Insert › Cross-reference ›
Page number) was left out as a table of contents' entry's: `on page .`, a sentence short of a word and nothing said.
It is now kept as Word showed it and said; an entry's (a TOC style's paragraph, a link into the document, or after a
tab) is still left out (word_contents.page_numbers)."""
from __future__ import annotations

from pathlib import Path

from policysite import rendering
from policysite.convert import convert
from policysite.convert.word_fields import joined_codes

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_BEGIN = '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
_SEPARATE = '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
_END = '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def _code(*parts: str) -> str:
    return "".join(f'<w:r><w:instrText xml:space="preserve">{part}</w:instrText></w:r>' for part in parts)


def _run(words: str, properties: str = "") -> str:
    return f'<w:r>{properties}<w:t xml:space="preserve">{words}</w:t></w:r>'


def _docx(tmp_path: Path, *paragraphs: str, name: str = "privacy-2023-06-01.docx") -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml import parse_xml

    document = docx.Document()
    document.styles.add_style("toc 1", WD_STYLE_TYPE.PARAGRAPH).style_id = "TOC1"  # (Word's own id and name)
    document.add_heading("Privacy Policy", 1)
    body = document.element.body
    for paragraph in paragraphs:
        body[-1].addprevious(parse_xml(paragraph.replace("<w:p>", f"<w:p {_NS}>", 1)))
    path = tmp_path / name
    document.save(str(path))
    return path


def _checked(markdown: str) -> None:
    page = f"---\ndate: 2023-06-01\n---\n{markdown}"
    assert [str(finding) for finding in rendering.check(page, path="docs/en/index.md", lang="en")] == []


def test_a_link_whose_address_word_split_over_runs_goes_to_the_address(tmp_path: Path):
    source = _docx(
        tmp_path,
        "<w:p>" + _run("Read ") + _BEGIN + _code(' HYPERLINK "https://exa', 'mple.com/rights" ') + _SEPARATE
        + _run("your ") + _run("rights", "<w:rPr><w:b/></w:rPr>") + _END + _run(".") + "</w:p>",
        # (a link into the document, its switch and its bookmark apart; a ScreenTip split in its quotes)
        "<w:p>" + _run("See ") + _BEGIN + _code(" HYPERLINK ", '\\l "_Contact" ', '\\o "Con', 'tact us"') + _SEPARATE
        + _run("how to reach us") + _END + _run(".") + "</w:p>",
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="1" w:name="_Contact"/>'
        + _run("Contact") + '<w:bookmarkEnd w:id="1"/></w:p>',
        "<w:p>" + _run("Write to dpo@example.com.") + "</w:p>")
    markdown = convert(source, lang="en").markdown
    assert "Read [your](https://example.com/rights) **[rights](https://example.com/rights)**." in markdown, markdown
    assert "See [how to reach us](#_Contact).\n\n## Contact {#_Contact}" in markdown, markdown
    assert "exa\"" not in markdown and "%20" not in markdown and "Con" not in markdown.replace("Contact", ""), markdown
    _checked(markdown)


def test_a_contents_entrys_page_number_split_over_runs_is_left_out(tmp_path: Path):
    source = _docx(
        tmp_path,
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:hyperlink w:anchor="_Toc1">' + _run("1. Who we are")
        + "<w:r><w:tab/></w:r>" + _BEGIN + _code(" PAGE", "REF _Toc1 \\h ") + _SEPARATE + _run("3") + _END
        + "</w:hyperlink></w:p>",
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="1" w:name="_Toc1"/>'
        + _run("1. Who we are") + '<w:bookmarkEnd w:id="1"/></w:p>',
        "<w:p>" + _run("Acme SAS, Paris.") + "</w:p>")
    markdown = convert(source, lang="en").markdown
    assert "[1\\. Who we are](#s1)\n" in markdown or "[1\\. Who we are](#who-we-are)\n" in markdown, markdown
    assert "are 3" not in markdown and "are3" not in markdown, markdown


def test_a_code_in_one_run_and_a_field_without_code_are_as_before():
    one = _BEGIN + _code(' HYPERLINK "https://example.com" ') + _SEPARATE + _run("site") + _END
    assert joined_codes(one) == one
    nested = _BEGIN + _code(" HYPERLINK ") + _BEGIN + _code(" REF url ") + _SEPARATE + _run("x") + _END \
        + _code(' \\o "tip"') + _SEPARATE + _run("site") + _END
    assert joined_codes(nested) == nested  # (a code holding another field: its parts around it stay where they are)
    assert joined_codes(_run("plain")) == _run("plain")


def test_a_field_without_a_result_is_said_without_the_next_fields_words(tmp_path: Path):
    source = _docx(
        tmp_path,
        "<w:p>" + _run("Controller: ") + _BEGIN + _code(" MACROBUTTON NoMacro [Company name] ") + _END
        + _run(" and us.") + "</w:p>",
        "<w:p>" + _run("Printed ") + _BEGIN + _code(' PRINTDATE \\@ "d MMMM yyyy" ') + _END + _run(".") + "</w:p>",
        "<w:p>" + _run("Processors: ") + _BEGIN + _code(' DOCPROPERTY Processors ') + _SEPARATE
        + _run("Hostco and Mailco") + _END + _run(".") + "</w:p>",
        "<w:p>" + _run("In force since ") + _BEGIN + _code(' QUOTE "1 March 2023" ') + _SEPARATE
        + _run("1 March 2023") + _END + _run(".") + "</w:p>")
    converted = convert(source, lang="en")
    assert "Controller: and us.\n\nPrinted .\n\nProcessors: Hostco and Mailco.\n\nIn force since 1 March 2023." \
        in converted.markdown, converted.markdown
    said = [str(note) for note in converted.notes]
    assert any("MACROBUTTON NoMacro [Company name]" in note and "showed no words" in note for note in said), said
    assert not any("Hostco" in note or "March" in note or "and us" in note for note in said), said


def test_a_page_number_in_a_sentence_is_kept_and_an_entrys_left_out(tmp_path: Path):
    def pageref(number: str) -> str:
        return _BEGIN + _code(" PAGEREF _Ref7 \\h ") + _SEPARATE + _run(number) + _END

    source = _docx(
        tmp_path,
        # (an entry of Word's TOC 1 style; one linked, of no such style; one whose number follows a tab only)
        '<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr>' + _run("Retention") + _run(" ") + pageref("7") + "</w:p>",
        '<w:p><w:hyperlink w:anchor="_Ref7">' + _run("Retention") + pageref("7") + "</w:hyperlink></w:p>",
        '<w:p><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9350"/></w:tabs></w:pPr>' + _run("Retention")
        + "<w:r><w:tab/></w:r>" + pageref("7") + "</w:p>",
        "<w:p>" + _run("We keep your data as section 4 says (see page ") + pageref("7") + _run(").") + "</w:p>",
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:bookmarkStart w:id="7" w:name="_Ref7"/>'
        + _run("Retention") + '<w:bookmarkEnd w:id="7"/></w:p>',
        "<w:p>" + _run("Ten years.") + "</w:p>")
    converted = convert(source, lang="en")
    markdown = converted.markdown
    assert "as section 4 says (see page 7)." in markdown, markdown
    assert "Retention 7" not in markdown and "Retention7" not in markdown, markdown
    said = [str(note) for note in converted.notes]
    assert any("page number of 1 cross-reference" in note and "(see page 7" in note for note in said), said
    assert any("left out the page numbers of 3 table of contents entries" in note for note in said), said
