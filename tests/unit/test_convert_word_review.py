"""A Word policy sent with its review still in it (adoption hunt 20): tracked changes read as accepted, Word's "No
Markup" view: moves, a deleted paragraph mark, a style changed."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert
from unit.test_convert import docx_with


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


_BY = 'w:author="Legal" w:date="2023-03-01T00:00:00Z"'


def test_tracked_moves_a_joined_paragraph_and_a_restyled_heading_read_as_accepted(tmp_path: Path):
    body = "".join([
        f'<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr>{_run("Privacy Policy")}</w:p>',
        f'<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr>{_run("1. Who we are")}</w:p>',
        f'<w:p><w:moveFrom w:id="1" {_BY}>{_run("Moved sentence.")}</w:moveFrom>{_run(" We are Acme.")}</w:p>',
        f'<w:p>{_run("Second paragraph.")}<w:moveTo w:id="2" {_BY}>{_run(" Moved sentence.")}</w:moveTo></w:p>',
        f'<w:p><w:pPr><w:pStyle w:val="Titre2"/><w:pPrChange w:id="3" {_BY}><w:pPr><w:pStyle w:val="Normal"/></w:pPr>'
        f'</w:pPrChange></w:pPr>{_run("2. Your rights")}</w:p>',
        f'<w:p><w:pPr><w:rPr><w:del w:id="4" {_BY}/></w:rPr></w:pPr>{_run("First half")}</w:p>',
        f'<w:p>{_run(" and second half.")}<w:del w:id="5" {_BY}><w:r><w:delText> Struck.</w:delText></w:r></w:del>'
        f'<w:ins w:id="6" {_BY}>{_run(" Added.")}</w:ins></w:p>',
    ])
    converted = convert(docx_with(tmp_path / "privacy-2023-03-12.docx", body))
    assert converted.markdown.startswith(
        "# Privacy Policy\n\n## 1. Who we are\n\nWe are Acme.\n\nSecond paragraph. Moved sentence.\n\n"
        "## 2. Your rights\n\nFirst half and second half. Added.\n"), converted.markdown
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any(note.startswith("the document has tracked changes (") and "read as if accepted" in note
               for note in said), said
    lines = [note for note in said if "changes tracked in the document" in note]
    assert lines == [  # (each at its line of the Markdown written: the importer makes it the committed page's)
        "Markdown line 5: changes tracked in the document and not yet accepted, read as accepted (deleted "
        "“Moved sentence.”): check that this is the text that was in force",
        "Markdown line 7: changes tracked in the document and not yet accepted, read as accepted (inserted "
        "“Moved sentence.”): check that this is the text that was in force",
        "Markdown line 11: changes tracked in the document and not yet accepted, read as accepted (joined to the "
        "paragraph after it): check that this is the text that was in force",
        "Markdown line 11: changes tracked in the document and not yet accepted, read as accepted (inserted "
        "“Added.”; deleted “Struck.”): check that this is the text that was in force"], said


def test_a_paragraph_deleted_whole_last_is_said_without_a_line(tmp_path: Path):
    """A tracked deletion of the text's last paragraph: nothing of it is read, and it is said with its words."""
    body = "".join([
        f'<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr>{_run("Privacy Policy")}</w:p>',
        f'<w:p>{_run("We are Acme.")}</w:p>',
        f'<w:p><w:pPr><w:rPr><w:del w:id="1" {_BY}/></w:rPr></w:pPr><w:del w:id="2" {_BY}><w:r>'
        '<w:delText>We sell your data.</w:delText></w:r></w:del></w:p>'])
    converted = convert(docx_with(tmp_path / "privacy-2023-03-12.docx", body))
    assert converted.markdown == "# Privacy Policy\n\nWe are Acme.\n", converted.markdown
    said = [" ".join(messages.said_in(note, "fr").replace("\u00a0", " ").split()) for note in converted.notes]
    assert ("modifications suivies du document pas encore acceptées, lues comme acceptées (supprimé le "
            "paragraphe « We sell your data. » à la fin du texte) : vérifiez que c'est le texte qui était en "
            "vigueur") in said, said
