"""legal25: the translation's record (`.translated-from.yml`, source fingerprints under the translation's numbers)
pairs sections after a split and a removal in one change (the translation untouched), but tells nothing of a translation
edited since: two sections swapped in both texts, the record of the order before, paired each translation section with
the source section it no longer renders ("§3 is in English but not in French", "§4 translates French §3") where the
numbers pair them right. A section the record pairs under another number must keep what its translation keeps."""
from __future__ import annotations

import re

from policysite import document, staleness, sync

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
EN = """---
date: 2024-05-01
---

# Policy

## 1. Who we are

Example SAS sells tools.

## 2. Data

We collect your name.

## 3. Retention

| Data | Period |
|---|---|
| Name | 3 years |

## 4. Rights

See [the CNIL](https://www.cnil.fr/fr/droits).

## 5. Contact

Write to dpo@example.test.
"""


def _swapped(text: str) -> str:
    parts = re.split(r"(?m)^(?=## )", text)
    parts[3], parts[4] = parts[4].replace("## 4.", "## 3."), parts[3].replace("## 3.", "## 4.")
    return "".join(parts)


def _parsed(text: str, lang: str) -> document.Policy:
    return document.parse(text, path=f"docs/{lang}/index.md", lang=lang)


def test_sections_swapped_in_both_texts_are_paired_by_their_numbers_whatever_the_record_of_the_order_before():
    record = staleness.fingerprints(_parsed(FR, "fr"))
    source, translation = _parsed(_swapped(FR), "fr"), _parsed(_swapped(EN), "en")
    found = sync.compare(source, translation, record=record)
    assert not [f for f in found if f.rule.startswith("sync.section") or f.rule in ("sync.links", "sync.numbers",
                                                                                    "sync.table-rows")], found
    assert sync.shifted_sections(source, translation, record) == set()


def test_the_translation_untouched_still_pairs_by_its_record_after_the_swap():
    record = staleness.fingerprints(_parsed(FR, "fr"))
    source, translation = _parsed(_swapped(FR), "fr"), _parsed(EN, "en")
    found = sync.compare(source, translation, record=record)
    # French swapped §3 and §4; English, untouched, still has them in the order before: the numbers pair them wrong,
    # the record right (each English section with the French one it renders, under another number, out of order)
    said = sorted((f.line, f.rule, dict(f.fields).get("number", "")) for f in found)
    assert said == [(15, "sync.section-renumbered", "§4"), (21, "sync.section-order", ""),
                    (21, "sync.section-renumbered", "§3")], found
    assert sync.shifted_sections(source, translation, record) == {2, 3}
