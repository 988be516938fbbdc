"""A Word policy as people write it (adoption hunt 20): a table of its versions above its bold title."""
from __future__ import annotations

from policysite import messages
from policysite.convert import convert
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown
from unit.test_convert import docx_with

VERSIONS = ("<table><tr><td><p>Version</p></td><td><p>Date</p></td></tr>"
            "<tr><td><p>3</p></td><td><p>12/03/2023</p></td></tr></table>")


def test_a_table_of_versions_above_the_bold_title_goes_under_it():
    """The title was left a bold line (the first paragraph was the table's), and `policy check` said the page has
    no title; the bold line is the title and the table comes under it, said."""
    notes = Notes()
    text = html_to_markdown(f"{VERSIONS}<p><strong>Politique de confidentialité</strong></p>"
                            "<h2>1. Responsable</h2><p>Exemple SAS.</p><h2>2. Droits</h2><p>Accès.</p>", notes)
    assert text.startswith("# Politique de confidentialité\n\n| Version | Date |\n| --- | --- |\n| 3 | 12/03/2023 |\n\n"
                           "## 1. Responsable\n"), text
    said = [messages.said_in(note, "en") for note in notes.messages()]
    assert "1 table written above the title “Politique de confidentialité” (a document's table of its versions and " \
        "their dates) moved under it: a page starts with its title" in said, said


def test_words_above_the_bold_line_keep_it_a_bold_line():
    notes = Notes()
    text = html_to_markdown(f"<p>Confidential</p>{VERSIONS}<p><strong>Privacy</strong></p><h2>1. Who</h2><p>Us.</p>",
                            notes)
    assert text.startswith("Confidential\n\n| Version | Date |") and "**Privacy**" in text, text


def test_google_docs_heading_bookmarks_in_a_word_export_are_no_section_ids(tmp_path):
    """A .docx Google Docs exported names each heading's bookmark `_heading=h.30j0zll` (random, another in each copy
    and each language's): the heading got `{#_heading-h.30j0zll}`, the section's identity, so that a text's sections
    never paired with its translation's; it goes, and the link to it leads to the heading's own id."""
    path = docx_with(tmp_path / "privacy-2023-03-12.docx", "".join([
        '<w:p><w:pPr><w:pStyle w:val="Titre1"/></w:pPr><w:r><w:t>Privacy Policy</w:t></w:r></w:p>',
        '<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr><w:r><w:t>1. Who we are</w:t></w:r></w:p>',
        '<w:p><w:r><w:t xml:space="preserve">Example Ltd. See </w:t></w:r><w:hyperlink w:anchor="_heading=h.30j0zll">'
        "<w:r><w:t>your rights</w:t></w:r></w:hyperlink><w:r><w:t>.</w:t></w:r></w:p>",
        '<w:p><w:pPr><w:pStyle w:val="Titre2"/></w:pPr><w:bookmarkStart w:id="0" w:name="_heading=h.30j0zll"/>'
        '<w:bookmarkEnd w:id="0"/><w:r><w:t>2. Your rights</w:t></w:r></w:p>',
        "<w:p><w:r><w:t>Ask us.</w:t></w:r></w:p>"]))
    text = convert(path).markdown
    assert "See [your rights](#s2).\n\n## 2. Your rights\n\nAsk us.\n" in text, text
