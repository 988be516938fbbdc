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


def test_a_paragraph_a_title_and_a_row_only_written_otherwise_are_revised_a_mark_at_a_time_both_ways():
    """No word changed, only apostrophes: the redline counts formatting edits, and Word wrote them as the new text,
    so that rejecting every revision kept the new apostrophes."""
    from unit.test_redline8_docx import reading, text_of
    from unit.test_redline_docx import table_rows

    old = ("## 1. L'accès\n\nL'utilisateur a le droit d'accès.\n\n| Droit | Délai |\n|---|---|\n| L'accès | un mois |\n\n"
           "Autre phrase modifiée ici.\n")
    new = old.replace("'", "’").replace("modifiée ici", "modifiée là")
    old_policy, new_policy = policy(old, lang="fr"), policy(new, lang="fr", date="2030-02-01")
    r = redline.diff(old_policy, new_policy)
    assert r.notes.formatting >= 2 and r.sections[1].title_ops == ()
    data = render_docx(r, author="Acme")
    rejected, accepted = (text_of(data, accept=accept) for accept in (False, True))
    assert rejected[1:3] == ["§1 L'accès", "L'utilisateur a le droit d'accès."]
    assert accepted[1:3] == ["§1 L’accès", "L’utilisateur a le droit d’accès."]
    document = docx.Document(io.BytesIO(data))
    assert table_rows(document, accept=False)[1] == ["L'accès", "un mois"]
    assert table_rows(document, accept=True)[1] == ["L’accès", "un mois"]
    assert accepted[:3] == reading(new_policy)[:3] and rejected[:3] == reading(old_policy)[:3]


def test_a_list_item_made_part_of_a_paragraph_keeps_its_bullet_both_ways():
    from unit.test_redline8_docx import reading, text_of
    from unit.test_redline9 import A, B, _body

    old, new = _body(A, f"- {B}"), _body(f"{A} - {B}")
    old_policy, new_policy = policy(old), policy(new, date="2030-02-01")
    r = redline.diff(old_policy, new_policy)
    # a merge on the pages (redline11), its parts as paired in Word (model.BlockChange.parts)
    assert [len(b.parts) for b in r.sections[1].blocks if b.joined] == [2]
    data = render_docx(r, author="Acme")
    assert text_of(data, accept=True) == reading(new_policy)
    assert text_of(data, accept=False) == reading(old_policy)
