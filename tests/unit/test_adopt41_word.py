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
