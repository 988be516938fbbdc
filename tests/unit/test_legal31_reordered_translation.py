"""legal31: a translation whose sections stand in another order than the reference's, their numbers kept (English puts
§4 “Rights” before §3 “Retention”). Its record (`.translated-from.yml`, written by `policy sync-mark`) keys each
fingerprint by the source's number when marked, the order of numbers, not the translation's order: recorded_pairs
matched the record in the translation's order, so the one section moved took the other's place, and after the French
inserted a §2 and reworded its old §3 (now §4), French §4 was said missing and English §3 extra, though English §3
renders it. The translation's sections are now read in the order of their numbers."""
from __future__ import annotations

import re

from policysite import document, staleness, sync
from policysite.recorded_pairs import recorded_pairs

FR = """---
date: 2024-05-01
---

# Politique

## 1. Qui sommes-nous

Example SAS vend des outils.

## 2. Données

Nous collectons votre nom.

## 3. Durée

| Donnée | Durée |
|---|---|
| Nom | 3 ans |

## 4. Droits

Voir [la CNIL](https://www.cnil.fr/fr/droits).

## 5. Contact

Écrivez à dpo@example.test.
"""
EN_REORDERED = """---
date: 2024-05-01
---

# Policy

## 1. Who we are

Example SAS sells tools.

## 2. Data

We collect your name.

## 4. Rights

See [the CNIL](https://www.cnil.fr/fr/droits).

## 3. Retention

| Data | Period |
|---|---|
| Name | 3 years |

## 5. Contact

Write to dpo@example.test.
"""


def _inserted(text: str, *, reworded: bool) -> str:
    """The French text with a new §2 (the later sections renumbered), its old §3 reworded if `reworded`."""
    text = re.sub(r"(?m)^## (\d)\.", lambda m: f"## {int(m[1]) + 1}." if int(m[1]) >= 2 else m[0], text)
    text = text.replace("## 3. Données", "## 2. Nouveau\n\nNous utilisons un prestataire.\n\n## 3. Données")
    return text.replace("## 4. Durée", "## 4. Durée de conservation") if reworded else text


def _parsed(text: str, lang: str) -> document.Policy:
    return document.parse(text, path=f"docs/{lang}/index.md", lang=lang)


RECORD = staleness.fingerprints(_parsed(FR, "fr"))  # what `policy sync-mark` writes: the source's numbers


def test_each_french_section_pairs_with_the_english_one_rendering_it_whatever_the_english_order():
    source, translation = _parsed(_inserted(FR, reworded=True), "fr"), _parsed(EN_REORDERED, "en")
    # French §1, §3 (old §2), §4 (old §3, reworded), §5 (old §4), §6 (old §5): English §1, §2, §3 (its 4th), §4 (its
    # 3rd), §5; the new French §2 with none
    assert recorded_pairs(source, translation, RECORD) == {0: 0, 2: 1, 3: 3, 4: 2, 5: 4}


def test_check_says_the_new_section_to_translate_and_the_renumbering_not_a_section_missing_and_one_extra():
    source, translation = _parsed(_inserted(FR, reworded=True), "fr"), _parsed(EN_REORDERED, "en")
    said = sorted((f.line, f.rule, dict(f.fields).get("section", "")) for f in sync.compare(
        source, translation, record=RECORD))
    assert [s for s in said if s[1] in ("sync.section-missing", "sync.section-extra")] == [
        (11, "sync.section-missing", "§2 “Nouveau”")], said
    assert (19, "sync.section-renumbered", "§4 “Durée de conservation”") in said, said
    assert not [s for s in said if s[1] in ("sync.links", "sync.numbers", "sync.table-rows", "sync.paragraphs")]


def test_in_the_reference_order_the_reworded_section_pairs_with_the_one_translation_section_left_beside_it():
    parts = re.split(r"(?m)^(?=## )", EN_REORDERED)  # (its sections put back in the reference's order)
    in_order = "".join([parts[0], parts[1], parts[2], parts[4], parts[3], parts[5]])
    source, translation = _parsed(_inserted(FR, reworded=True), "fr"), _parsed(in_order, "en")
    assert recorded_pairs(source, translation, RECORD) == {0: 0, 2: 1, 3: 2, 4: 3, 5: 4}
