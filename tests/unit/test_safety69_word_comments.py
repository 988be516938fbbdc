"""safety69: a served Word redline's comments (`w:comment`, word/comments.xml), which Word shows in the margin beside
the text, were judged for how their runs are drawn only: a hand commit of the branch whose redline held a comment on
a clause saying "This clause no longer applies." passed, a note no check read that a lawyer takes for the company's.
The redline writes a comment only to say a block's link targets or hover words that changed, each paragraph one of its
labels then the changes; anything else is refused (docxactions), the part named."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import docxactions, redline
from policysite.messages import Said, said_in
from policysite.redline.docx import render_docx
from policysite.strings import REDLINE_STRINGS
from unit.test_docxactions import _redline, _with


def _comments(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read("word/comments.xml")


CLAUSE = "This clause no longer applies."


@pytest.mark.parametrize(("old", "new"), [
    ('<w:t xml:space="preserve">Link targets: </w:t>', f'<w:t xml:space="preserve">{CLAUSE} </w:t>'),
    ("⟨mailto:desk@example.test⟩", CLAUSE),  # (a label, then words no link targets)
    ("</w:p></w:comment>", f"</w:p><w:p><w:r><w:t>{CLAUSE}</w:t></w:r></w:p></w:comment>"),
    ("</w:comment>", '</w:comment><w:comment w:id="9" w:author="Zephyr Widgets SAS"/>'),
    ("<w:p><w:r>", '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r>'),
    ('<w:t xml:space="preserve">Link targets: </w:t></w:r>',
     '<w:t xml:space="preserve">Link targets: </w:t></w:r><w:hyperlink w:anchor="x"><w:r><w:t>y</w:t></w:r>'
     "</w:hyperlink>"),
])
def test_a_comment_saying_other_words_than_the_redline_s_is_refused(old, new):
    data = _redline()
    comments = _comments(data)
    assert old.encode() in comments
    found = docxactions.docx_action(_with(data, {"word/comments.xml": comments.replace(old.encode(), new.encode(), 1)}))
    assert found.startswith("word/comments.xml: <w:comment> "), found


def test_a_comment_in_a_part_of_another_name_is_judged_alike():
    data = _redline()
    forged = _comments(data).replace(b"Link targets: ", CLAUSE.encode() + b" ")
    assert docxactions.docx_action(_with(data, {"word/notes.xml": forged})).startswith("word/notes.xml: <w:comment> ")


@pytest.mark.parametrize("lang", sorted(REDLINE_STRINGS))
def test_the_redline_s_comments_pass_in_every_language(lang):
    """A link's target and an abbreviation's title edited: a comment of each label, in every language the redline
    has words in."""
    from policysite import document

    old = ("---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. One\n\nWrite to [us](https://example.test/a) under the "
           '<abbr title="General Data Protection Regulation">GDPR</abbr>.\n')
    new = old.replace("2030-01-01", "2030-03-01").replace("/a)", "/b)").replace("General Data", "Global Data")
    changes = redline.diff(document.parse(old, path="a.md", lang=lang), document.parse(new, path="a.md", lang=lang))
    data = render_docx(changes, author="Zephyr Widgets SAS", lang=lang)
    assert _comments(data).count(b"<w:p>") == 2
    assert docxactions.docx_action(data, served_rtl=docxactions.served_right_to_left(f"{lang}/x.docx")) == ""


def test_the_refusal_is_said_in_english_and_french():
    said = Said("publish.docx-active", what=f"word/comments.xml: <w:comment> {CLAUSE}")
    assert "a comment beside its text" in str(said) and "un commentaire en marge de son texte" in said_in(said, "fr")
