"""Redlines that lied (redline12): the same words spaced otherwise around a punctuation mark (`10 %`, `10%`; `Durée :`,
`Durée:`, as French typography writes them) were a section "changed" with nothing marked in it, and a dash written
for a hyphen (`2020-2021`, `2020–2021`, what autocorrect writes), an ellipsis for three full stops, guillemets for
quotes, full-width digits for ASCII ones (`３`, `3`), a word or a mark replaced; they are formatting-only edits now,
counted as such, in Python and in the browser. A change of meaning stays marked: a sign taken away, an e-mail address
edited, a link's target changed under the same words."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from unit.test_redline import policy
from unit.test_redline9 import _blocks, _body, _marked

NOISE = {
    "a space before a percent sign": ("Soit 10 % du total des données.", "Soit 10% du total des données."),
    "no-break spaces before colons": ("Les données : nom ; prénom.", "Les données\u00a0: nom\u202f; prénom."),
    "spaces taken out of brackets": ("Les données ( nom, prénom ) sont gardées.",
                                     "Les données (nom, prénom) sont gardées."),
    "an en dash for a hyphen": ("Pour la période 2020-2021 seulement.", "Pour la période 2020–2021 seulement."),
    "a minus sign for a hyphen": ("Une température de -5 degrés.", "Une température de \u22125 degrés."),
    "an em dash between clauses": ("Article 1 - Objet du texte.", "Article 1 — Objet du texte."),
    "an ellipsis for three full stops": ("Vos nom, prénom, adresse...", "Vos nom, prénom, adresse…"),
    "full-width digits and brackets": ("個人情報を３年間（最長）保存します。", "個人情報を3年間(最長)保存します。"),
    "guillemets for quotes": ('Le "responsable du traitement" décide.', "Le «\u00a0responsable du traitement\u00a0» décide."),
}


@pytest.mark.parametrize("name", NOISE)
def test_a_typographic_or_spacing_edit_is_counted_not_shown_as_a_change(name):
    old, new = NOISE[name]
    r = redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01"))
    assert not r.changed and _blocks(r) == []
    assert r.notes.formatting + r.notes.whitespace == 1  # (a no-break space for a space: a whitespace-only edit)


@pytest.mark.parametrize("title", ["Durée : conservation", "Période 2020–2021"])
def test_a_title_spaced_or_dashed_otherwise_is_no_change_of_its_words(title):
    old = "## 1. " + title.replace(" :", ":").replace("–", "-") + "\n\nNous gardons les données.\n"
    r = redline.diff(policy(old), policy(old.replace(title.replace(" :", ":").replace("–", "-"), title),
                                         date="2030-02-01"))
    assert not r.changed and r.notes.formatting == 1
    assert [s.title_ops for s in r.sections] == [(), ()]


@pytest.mark.parametrize(("old", "new", "marked"), [
    ("Une température de -5 degrés.", "Une température de 5 degrés.", [("delete", "-")]),
    ("Écrivez à dpo@example.test pour tout.", "Écrivez à dpo@example.org pour tout.",
     [("delete", "dpo@example.test"), ("insert", "dpo@example.org")]),
    ("Jusqu'à 1,5 million.", "Jusqu'à 15 million.", [("delete", "1,5"), ("insert", "15")]),
    ("個人情報を３年間保存します。", "個人情報を5年間保存します。", [("delete", "３"), ("insert", "5")]),
    ("Pour la période 2020-2021 seulement.", "Pour la période 2020–2022 seulement.",
     [("delete", "2020-2021"), ("insert", "2020–2022")]),
])
def test_a_change_of_meaning_stays_marked(old, new, marked):
    (block,) = _blocks(redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01")))
    assert _marked(block.ops) == marked


def test_a_links_target_changed_under_the_same_words_is_a_change():
    old = _body("Écrivez à [notre délégué](mailto:dpo@example.test).")
    r = redline.diff(policy(old), policy(old.replace("example.test", "example.org"), date="2030-02-01"))
    (block,) = _blocks(r)
    assert r.changed and block.kind == "changed" and _marked(block.ops) == []
    assert block.link_ops == (("delete", "⟨mailto:dpo@example.test⟩"), ("insert", "⟨mailto:dpo@example.org⟩"))
    assert "mailto:dpo@example.org" in redline.render_text(r, color=False)


def test_the_browser_says_them_alike():
    texts = [synthetic_policy("2030-01-15", sections=_body(text)) for pair in NOISE.values() for text in pair]
    titled = "## 1. Durée : conservation\n\nNous gardons les données.\n"
    texts += [synthetic_policy("2030-01-15", sections=body) for body in (titled, titled.replace(" :", ":"))]
    _check(list(itertools.permutations(texts[:6] + texts[-4:], 2)) + list(zip(texts[::2], texts[1::2])))
