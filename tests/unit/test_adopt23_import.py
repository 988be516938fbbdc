"""Import defects adopt22 left (session 41, adopt23): Word's own bookmarks as headings' ids, notes naming a Markdown
page's lines after the lines its import takes out."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert, html_source, markdown_source
from unit.test_convert import _paragraph, docx_with

_HEADING = '<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr>{marks}<w:r><w:t>{words}</w:t></w:r>{ends}</w:p>'


def _bookmarked(words: str, *names: str) -> str:
    return _HEADING.format(words=words, marks="".join(f'<w:bookmarkStart w:id="{k}" w:name="{name}"/>'
                                                      for k, name in enumerate(names, 10)),
                           ends="".join(f'<w:bookmarkEnd w:id="{k}"/>' for k in range(10, 10 + len(names))))


def _link(words: str, bookmark: str) -> str:
    return f'<w:hyperlink w:anchor="{bookmark}"><w:r><w:t>{words}</w:t></w:r></w:hyperlink>'


def test_words_own_bookmarks_on_headings_are_no_section_ids_and_their_links_land_on_the_sites(tmp_path: Path):
    """`## 1. Scope {#_Toc39474561}`: a number Word draws for its table of contents (`_Ref` a cross-reference's, `_Hlk`
    a copied passage's, `OLE_LINK` a pasted link's), another in each document and language, was the section's
    identity; a heading's second bookmark an empty `<span id>` paragraph over it. A paragraph's bookmark stays."""
    body = "".join([
        _paragraph("Privacy policy", "Titre1"), f"<w:p>{_link('1. Scope', '_Toc39474561')}</w:p>",
        _bookmarked("1. Scope", "_Toc39474561", "_Ref123456789"), _paragraph("This policy covers the app."),
        f"<w:p><w:r><w:t xml:space=\"preserve\">See </w:t></w:r>{_link('section 1', '_Ref123456789')}"
        f"<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>{_link('the note', '_Hlk98765')}</w:p>",
        _bookmarked("2. Data", "OLE_LINK1"), _paragraph("Names."),
        _bookmarked("Contact", "_Hlk11111"),
        '<w:p><w:bookmarkStart w:id="3" w:name="_Hlk98765"/><w:r><w:t>A note.</w:t></w:r><w:bookmarkEnd w:id="3"/></w:p>'])
    converted = convert(docx_with(tmp_path / "privacy-2021-06-01.docx", body))
    assert converted.markdown == (
        "# Privacy policy\n\n[1\\. Scope](#s1)\n\n## 1. Scope\n\nThis policy covers the app.\n\n"
        "See [section 1](#s1) and [the note](#_Hlk98765)\n\n## 2. Data\n\nNames.\n\n## Contact\n\n"
        '<span id="_Hlk98765"></span>A note.\n'), converted.markdown
    said = "\n".join(converted.notes)
    assert said.count("left out Word's bookmark as the heading's id") == 1 and "lines 7, 13 and 17" in said, said


def test_words_bookmarks_on_a_page_word_saved_are_no_section_ids():
    page = (b'<html xmlns:w="urn:schemas-microsoft-com:office:word"><head><meta name=Generator '
            b'content="Microsoft Word 15"></head><body><div class=WordSection1><p class=MsoTitle>Privacy Policy</p>'
            b'<p class=MsoToc1><a href="#_Toc39474561">1. Scope</a></p>'
            b'<h1><a name="_Toc39474561"></a><a name="_Ref5"><span lang=EN-GB>1. Scope</span></a></h1>'
            b'<p class=MsoNormal>See <a href="#_Ref5">section 1</a>.</p><h1><a name="OLE_LINK2">2. Data</a></h1>'
            b'<p class=MsoNormal>Names.</p></div></body></html>')
    converted = html_source.convert(page, name="privacy-2021-06-01.htm")
    assert converted.markdown == ("# Privacy Policy\n\n[1\\. Scope](#s1)\n\n## 1. Scope\n\nSee [section 1](#s1).\n\n"
                                  "## 2. Data\n\nNames.\n"), converted.markdown


def test_words_bookmarks_over_a_markdown_heading_leave_its_lines_in_place():
    """In a Markdown text (Word's, converted) the bookmarks' line is left blank: the notes after it name its lines."""
    converted = markdown_source.convert(
        b'# Privacy\n\n<span id="_Toc5"></span>\n\n## 1. Scope {#_Ref7}\n\nSee [scope](#_Toc5).\n\n'
        b":warning: Contact\n", name="privacy-2021-06-01.md")
    assert converted.markdown.startswith("# Privacy\n\n## 1. Scope\n\nSee [scope](#s1).\n"), converted.markdown
    said = "\n".join(converted.notes)
    assert "line 5: left out Word's bookmark" in said and "line 9: 1 emoji shortcode" in said, said


def test_pandocs_anchors_of_words_bookmarks_at_a_headings_start_lead_their_links_to_the_heading():
    """Pandoc's Markdown of a .docx writes a heading's bookmarks as empty spans (`## []{#_Toc5 .anchor}1. Scope`): left
    out as any span's attributes, the table of contents and cross-references to them led nowhere."""
    converted = markdown_source.convert(
        b"# Privacy\n\n[1. Scope](#_Toc5)\n\n## []{#_Toc5 .anchor}[]{#_Ref7 .anchor}1. Scope\n\nSee [section 1](#_Ref7)."
        b"\n\n## []{#own .anchor}2. Data\n", name="privacy-2021-06-01.md")
    assert converted.markdown == ("# Privacy\n\n[1. Scope](#s1)\n\n## 1. Scope\n\nSee [section 1](#s1).\n\n"
                                  "## 2. Data\n"), converted.markdown
    assert any(note.startswith("line 5: left out Word's bookmark") for note in converted.notes), converted.notes


def test_notes_after_lines_the_import_takes_out_name_the_files_own_lines():
    """An MDX page's imports, a Liquid tag, a kramdown comment over two lines are taken out, a tab's title put in over
    its text: the notes of the passes after them named lines of the shortened text (`<Tabs>`, line 9, said at 7)."""
    page = (b"---\ntitle: Privacy\n---\nimport Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n"
            b"# Privacy\n\n<Tabs>\n<TabItem value=\"eu\" label=\"Customers\">\n\nWe keep your name.\n\n</TabItem>\n"
            b"</Tabs>\n\n{::comment}\nA draft.\n{:/comment}\n\nWrite to <a onclick=\"x()\" href=\"mailto:dpo@example.org\">"
            b"dpo</a>.\n")
    converted = markdown_source.convert(page, name="privacy-2024-01-10.mdx")
    assert "**Customers**\n\nWe keep your name." in converted.markdown, converted.markdown
    notes = converted.notes
    # (adopt54: the tab bar's tags are said once, as Docusaurus' tabs, not as raw HTML `<tabs>` removed)
    assert [note.split(": ")[0] for note in notes] == ["line 4", "line 5", "lines 9, 14 and 15", "line 10", "line 17",
                                                       "line 21"]
    assert "Docusaurus' tabs" in notes[2] and "kramdown comment" in notes[4] and "onclick=" in notes[5], notes


def test_the_passes_over_lines_leave_fenced_code_as_written_by_commonmarks_fence_rule():
    """A guard of the passes now sharing markdown_lines.fence_after (review marks, Pandoc blocks and inline notes, site
    generators' lines, Markdoc tables): a fence closes only with its own mark, at least as long; inside it nothing is
    read, after it everything is."""
    code = "~~~~\n```\n{++added++} {% include x.html %}\n{% table %}\n---\n- a\n{% /table %}\n~~~\n```\n~~~~~"
    converted = markdown_source.convert(
        f"# Privacy\n\n{code}\n\nWe {{++never ++}}sell data.\n\n{{% include x.html %}}\n".encode(),
        name="privacy-2024-01-10.md")
    assert f"{code}\n\nWe never sell data.\n" in converted.markdown, converted.markdown
    assert "include x.html" not in converted.markdown.split("~~~~~")[1], converted.markdown


def test_a_hugo_e_mail_shortcodes_subject_stays_in_its_link_and_a_copy_to_others_is_refused():
    """hugo-cloak-email's `query="subject=…"` wrote the subject into the link readers clicked: it was dropped silently.
    Kept, it is judged as any e-mail link is: a `bcc=` to someone else is left out, said (and a subject the page does
    not show: safety80; this page shows it)."""
    body = ('## Contact\n\nFor a privacy request (GDPR), write to {{< cloakemail address="dpo@orbit.example" display="our DPO" '
            'query="subject=Privacy request (GDPR)" >}} or {{< cloakemail "a@orbit.example" query="bcc=x@evil.example" '
            ">}}.\n")
    converted = markdown_source.convert(body.encode(), name="privacy-2022-07-15.md")
    assert ("For a privacy request (GDPR), write to [our DPO](mailto:dpo@orbit.example?subject=Privacy%20request%20"
            "(GDPR)) or "
            "[a@orbit.example](mailto:a@orbit.example).") in converted.markdown, converted.markdown
    assert any("mailto:a@orbit.example?bcc=x@evil.example" in note and "writes to more than its address" in note
               for note in converted.notes), converted.notes
