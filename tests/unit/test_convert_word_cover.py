"""A Word policy as people write it (adoption hunt 20): a table of its versions above its bold title."""
from __future__ import annotations

from policysite import messages
from policysite.convert.notes import Notes
from policysite.convert.to_markdown import html_to_markdown

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
