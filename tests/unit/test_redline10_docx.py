"""The Word redline of a word only written otherwise (hunt 10): its marks revised, not the word whole, as the HTML
redline counts it a formatting edit; accepting every revision gives the new text, rejecting them the old."""
from __future__ import annotations

import io

import docx
from docx.oxml.ns import qn

from policysite import redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy
from unit.test_redline_docx import paragraph_text

OLD = "## 1. Droits\n\nL'utilisateur a droit à l'accès aujourd'hui, sauf «\u00a0non-résident\u00a0».\n"
NEW = "## 1. Droits\n\nL’utilisateur a droit à l’accès aujourd’hui, sauf «\u00a0non\u2011résident\u00a0», dit-on.\n"


def test_a_word_whose_apostrophe_alone_changed_has_only_its_apostrophe_revised_in_word():
    r = redline.diff(policy(OLD, lang="fr"), policy(NEW, lang="fr", date="2030-02-01"))
    assert r.sections[1].blocks[0].kind == "changed"  # ", dit-on" added: the words say the change
    body = docx.Document(io.BytesIO(render_docx(r, author="Acme"))).element.body
    paragraph = next(p for p in body.iter(qn("w:p")) if "utilisateur" in paragraph_text(p, accept=True))
    deleted = [node.text for node in paragraph.iter(qn("w:delText"))]
    inserted = [node.text for ins in paragraph.iter(qn("w:ins")) for node in ins.iter(qn("w:t"))]
    assert deleted == ["'", "'", "'", "-"]
    assert inserted == ["’", "’", "’", "\u2011", ", dit-on"]
    assert paragraph_text(paragraph, accept=True) == NEW.split("\n\n")[1].strip()
    assert paragraph_text(paragraph, accept=False) == OLD.split("\n\n")[1].strip()


def test_paragraphs_merged_whose_apostrophes_changed_are_cut_where_each_old_paragraph_ends():
    """Merged paragraphs are cut in the old text's characters: a word revised a mark at a time counted as three words
    cut the old paragraphs mid-sentence ("… as the tax law" / "requires. You may …")."""
    from unit.test_redline8_docx import reading, text_of
    from unit.test_redline9 import A, B, _body
    from unit.test_redline10 import D

    for old, new in [(_body(f"L'utilisateur {A}", f"{B} l'accès", D), _body(f"L’utilisateur {A} {B} l’accès {D}")),
                     (_body(f"L'utilisateur {A} {B} l'accès {D}"), _body(f"L’utilisateur {A}", f"{B} l’accès", D))]:
        old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
        data = render_docx(redline.diff(old_policy, new_policy), author="Acme")
        assert text_of(data, accept=True) == reading(new_policy)
        assert text_of(data, accept=False) == reading(old_policy)
