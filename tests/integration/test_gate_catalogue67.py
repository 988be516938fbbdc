"""Safety hunt 67, on the branch: a version's Word redline replaced by a hand commit named as a rebuild, its digest in
the manifest, with one whose words Word hides or shows otherwise than written (hidden text, white, a symbol font, a
content control Word fills from data on opening). Each is named where the branch serves it; the generator's passes and
is kept as passed (the holes' own tests: unit/test_safety67_word_runs)."""
from __future__ import annotations

import pytest

from helpers import stored
from integration.test_servedpages import redline_refused
from policy_repo import new_project
from policysite import messages, servedpages
from policysite.project import opened
from unit.test_safety67_word_runs import _run

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize(("props", "what"), [
    ("<w:vanish/>", "word/document.xml: <vanish>"),
    ('<w:color w:val="FFFFFF"/>', 'word/document.xml: <color val="FFFFFF">'),
    ('<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>',
     'word/document.xml: <rFonts ascii="Wingdings" hAnsi="Wingdings">'),
])
def test_a_served_word_redline_hiding_or_disguising_its_words_is_refused(tmp_path, props, what):
    assert redline_refused(tmp_path, _run(props)) == [
        "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx: "
        + messages.english("publish.docx-active", {"what": what})]


def test_a_served_pdf_whose_font_draws_other_letters_than_its_map_says_is_refused_with_its_page(tmp_path):
    """A version's print replaced by a hand commit whose embedded font (a subset of a face the engine carries) draws
    "b" for the glyph its map calls "a", or that draws with a Type 3 font: what a reader sees is not what the checks
    read. Each named with its page; the print passes, its faces' glyphs drawn as mapped."""
    from unit.test_safety61_documents import _printed
    from unit.test_safety65_pdf_unread import _forged
    from unit.test_safety67_pdf_fonts import _embedded, _subset, _with_font, on_the_page

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    swapped = _with_font(lambda pdf: _embedded(pdf, _subset(swap=True)), pages=2)
    listing = {"fr/privacy-fr-2022-03-01.pdf": ("100644", stored(project.root, swapped)),
               "en/privacy-en-2022-03-01.pdf": ("100644", stored(project.root, _forged(on_the_page, pages=3))),
               "en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.pdf": ("100644",
                                                                              stored(project.root, _printed()))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert "fr/privacy-fr-2022-03-01.pdf: " + messages.english(
        "publish.pdf-font", {"what": "2: /F0 DejaVuSansMono: 1 ≠ 'a'"}) in found, found
    assert "en/privacy-en-2022-03-01.pdf: " + messages.english(
        "publish.pdf-unread", {"what": "3: /Font /T3 /Type3"}) in found, found
    assert not [line for line in found if line.startswith(("en/2022-03-01/", "fr/privacy-fr-2022-03-01.pdf: "
                                                           "refused: a PDF drawing words"))], found
