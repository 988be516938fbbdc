"""Real edits a legal team makes, each as two synthetic versions, read as a lawyer and a DPO read the redline
(hunt 8): typography that changes no word, ..."""
from __future__ import annotations

import pytest

from policysite import redline
from unit.test_redline import policy

FR = ("## 1. Données\n\nL'utilisateur peut demander l'accès à ses données « sans délai ».\n\n"
      "- le droit d'accès\n- le droit d'opposition\n\n"
      "| Donnée | Durée |\n|---|---|\n| l'adresse | 3 ans |\n\n"
      "## 2. L'exercice des droits\n\nÉcrivez-nous.\n")


@pytest.mark.parametrize(("old", "new"), [
    ("L'utilisateur peut", "L’utilisateur peut"),  # a typographic apostrophe in a paragraph
    ("- le droit d'accès", "- le droit d’accès"),  # ... in a list item
    ("| l'adresse |", "| l’adresse |"),  # ... in a table's cell
    ("## 2. L'exercice", "## 2. L’exercice"),  # ... in a heading
    ("Écrivez-nous.", "Écrivez\u2011nous."),  # a no-break hyphen
])
def test_a_typographic_apostrophe_or_hyphen_is_a_formatting_only_edit_not_a_word_replaced(old, new):
    """`L'utilisateur` become `L’utilisateur` was "[-L'utilisateur-] {+L’utilisateur+}", the section changed: the
    same word, written typographically, as a no-break space is the same space. Counted, not shown, both ways."""
    for a, b in ((FR, FR.replace(old, new)), (FR.replace(old, new), FR)):
        r = redline.diff(policy(a, lang="fr"), policy(b, lang="fr", date="2030-02-01"))
        assert not r.changed and r.summary.changed == () and r.notes.formatting == 1, old
        assert "Aucune modification du texte." in redline.render_text(r, color=False)


def test_a_word_changed_beside_a_typographic_apostrophe_is_marked_alone_the_new_apostrophe_kept():
    r = redline.diff(policy(FR, lang="fr"), policy(FR.replace("L'utilisateur peut demander",
                                                              "L’utilisateur peut exiger"), lang="fr",
                                                   date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert block.ops[:3] == (("equal", "L’utilisateur peut "), ("delete", "demander "), ("insert", "exiger "))
    assert redline.apply(block.old.text, block.ops) == block.new.text


def test_a_changed_elision_is_the_word_replaced_whole():
    """`l'utilisateur` become `l'usager`: one word replaced, never letters."""
    r = redline.diff(policy(FR, lang="fr"), policy(FR.replace("L'utilisateur", "L'usager"), lang="fr",
                                                   date="2030-02-01"))
    (block,) = [b for s in r.sections for b in s.blocks if b.kind == "changed"]
    assert [op for op in block.ops if op[0] != "equal"] == [("delete", "L'utilisateur "), ("insert", "L'usager ")]


def test_the_word_redline_keeps_the_new_texts_apostrophe_in_the_words_it_keeps():
    from unit.test_redline8_docx import render_docx, text_of

    new = policy(FR.replace("L'utilisateur peut demander", "L’utilisateur peut exiger"), lang="fr",
                 date="2030-02-01")
    accepted = text_of(render_docx(redline.diff(policy(FR, lang="fr"), new), author="Acme"), accept=True)
    assert "L’utilisateur peut exiger l'accès à ses données « sans délai »." in accepted
