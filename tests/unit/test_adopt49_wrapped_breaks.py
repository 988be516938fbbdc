"""Adopt49: a site builder's text block whose words are all inside one `<span style>` (Squarespace's, Wix's, an older
editor's `<p><span style="font-family:Georgia">…`), its paragraphs and sections parted by two line breaks: the breaks
were the span's, not the paragraph's, and the whole policy was one block of line breaks, its bold numbered lines
(`<b>1. What we collect</b><br>…`) no sections."""
from __future__ import annotations

from pathlib import Path

from policysite import document
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption49"


def _sections(markdown: str) -> list[str]:
    policy = document.parse(f"---\ndate: 2021-04-19\n---\n{markdown}", path="import", lang="en")
    return [section.written for section in policy.sections]


def test_a_policy_in_one_span_of_line_breaks_has_its_paragraphs_and_sections():
    markdown = convert(DATA / "brsoup-privacy-2021-04-19.html", lang="en").markdown
    assert _sections(markdown) == ["1. What we collect", "2. How we use it", "3. Who we share it with",
                                   "4. How long we keep it", "5. Your rights"]
    assert markdown.startswith("# Privacy Policy\n\nLast updated: 19 April 2021\n\nMarlowe Frames is a picture framing "
                               "workshop in Deal, Kent."), markdown
    assert "## 4. How long we keep it\n\nInvoices: 6 years. Photos of artwork: deleted 3 months after the frame is " \
           "collected.\n" in markdown, markdown
    assert "  \n" not in markdown, markdown


def test_a_mark_or_a_span_holding_a_language_is_kept_on_each_part(tmp_path: Path):
    source = tmp_path / "privacy-2021-04-19.html"
    source.write_text(
        '<html><body><h1>Privacy</h1><p><em>Last updated 19 April 2021.<br><br>Read this notice with care.</em></p>'
        '<p><span lang="fr" id="fr">Nous sommes Marlowe.<br><br>Écrivez-nous.</span></p>'
        '<p><span>One line<br>and the next</span></p></body></html>', encoding="utf-8")
    markdown = convert(source, lang="en").markdown
    assert "*Last updated 19 April 2021.*\n\n*Read this notice with care.*" in markdown, markdown
    assert "\n\nNous sommes Marlowe.\n\nÉcrivez-nous.\n\n" in markdown, markdown
    assert "One line  \nand the next" in markdown, markdown
