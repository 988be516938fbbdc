"""safety81, proved right as it is: a mailto link's `subject=` written through an HTML page's link, a Word
document's, or a Hugo e-mail shortcode's `query=` reaches the same rule as a Markdown link's at import (neutralise,
safety80): a subject in words the page does not show (`I consent to the sale …`, however its key is written:
`Subject=`, `%73ubject=`) is removed from the link, which keeps its address, and said at the line, in English and in
French; one the page shows stays."""
from __future__ import annotations

import pytest

from policysite.convert import html_source, markdown_source
from policysite.messages import said_in

_HTML = ('<html lang="en"><head><title>Privacy</title></head><body><main><h1>Privacy policy</h1>'
         "<p>Updated 2024-01-01.</p><h2>1. Contact</h2><p>Please {link}.</p>"
         "<p>Send a data request at any time.</p></main></body></html>")


@pytest.mark.parametrize(("href", "subject"), [
    ("mailto:dpo@example.org?subject=I%20consent%20to%20the%20sale%20of%20my%20data",
     "I consent to the sale of my data"),
    ("mailto:dpo@example.org?Subject=I%20waive%20my%20rights", "I waive my rights"),
    ("MAILTO:dpo@example.org?%73ubject=I%20waive%20all", "I waive all"),
])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_an_html_link_s_subject_the_page_does_not_show_is_removed_at_import(href, subject, language):
    converted = html_source.convert(_HTML.format(link=f'<a href="{href}">write to us</a>').encode(),
                                    name="privacy-2024-01-01.html")
    line = next(line for line in converted.markdown.split("\n") if line.startswith("Please "))
    assert "subject" not in line.lower() and "%73" not in line and "mailto:dpo@example.org" in line.lower(), line
    notes = [said_in(note, language) for note in converted.notes if subject in str(note)]
    assert len(notes) == 1, converted.notes
    number = converted.markdown.split("\n").index(line) + 1
    assert notes[0].startswith(f"Markdown line {number}:" if language == "en" else f"ligne {number} du Markdown"), \
        notes[0]
    assert ("removed its subject" if language == "en" else "retiré son objet") in notes[0], notes[0]


def test_an_html_link_s_subject_the_page_shows_stays():
    converted = html_source.convert(_HTML.format(
        link='<a href="mailto:dpo@example.org?subject=Data%20request">write to us</a>').encode(),
        name="privacy-2024-01-01.html")
    assert "[write to us](mailto:dpo@example.org?subject=Data%20request)" in converted.markdown, converted.markdown
    assert not [note for note in converted.notes if "subject" in str(note)], converted.notes


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_hugo_shortcode_s_query_subject_the_page_does_not_show_is_removed_at_import(language):
    body = ('## Contact\n\nWrite to {{< cloakemail address="dpo@orbit.example" display="our DPO" '
            'query="subject=I consent to everything" >}}.\n')
    converted = markdown_source.convert(body.encode(), name="privacy-2022-07-15.md")
    assert "Write to [our DPO](mailto:dpo@orbit.example)." in converted.markdown, converted.markdown
    notes = [said_in(note, language) for note in converted.notes if "I consent to everything" in str(note)
             and "subject" in str(note)]
    assert len(notes) == 1 and notes[0].startswith("line 3:" if language == "en" else "ligne 3"), notes


def test_a_word_document_s_mail_link_subject_the_page_does_not_show_is_removed_at_import(tmp_path):
    from policysite.convert import convert
    from unit.test_convert import docx_parts, docx_with, write_docx

    body = ('<w:p><w:r><w:t xml:space="preserve">Please </w:t></w:r><w:hyperlink r:id="rIdLink"><w:r>'
            '<w:t>write to us</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>')
    path = docx_with(tmp_path / "privacy-2022-03-02.docx", body)
    parts = docx_parts(path)
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdLink" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/hyperlink" Target="mailto:dpo@example.org?subject=I%20consent%20to%20the%20sale" '
        b'TargetMode="External"/></Relationships>')
    write_docx(path, parts)
    converted = convert(path)
    assert "Please [write to us](mailto:dpo@example.org)." in converted.markdown, converted.markdown
    assert [note for note in converted.notes if "I consent to the sale" in str(note)], converted.notes
