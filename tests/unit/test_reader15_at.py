"""`policy at DAY SECTION` (session 42, reader15): which section of a version a reader's words name, and its text."""
from __future__ import annotations

import pytest

from policysite import at, document

TEXT = """---
date: 2021-02-17
---

# Politique

## 1. Objet

Ce document est daté.

## 2. Données traitées

Nous traitons vos données avec soin.

- le nom ;
    - et le prénom.

| Donnée | Durée |
| --- | --- |
| Compte | un an |

### 2.1 Durée de conservation

Les données sont conservées un an.

## 3. Cookies {#cookies}

Aucun cookie.
"""


@pytest.fixture(scope="module")
def policy() -> document.Policy:
    return document.parse(TEXT, path="fr/index.md", lang="fr")


@pytest.mark.parametrize("asked", ["s2", "#s2", "2", "§2", "§ 2", " S2 "])
def test_a_section_is_named_by_its_links_id_or_its_number(policy, asked):
    assert at.section_index(policy, asked) == 1


@pytest.mark.parametrize("asked, index", [("2.1", 2), ("s2-1", 2), ("cookies", 3), ("#cookies", 3), ("1", 0)])
def test_a_subsection_and_an_explicit_id(policy, asked, index):
    assert at.section_index(policy, asked) == index


@pytest.mark.parametrize("asked", ["s24", "24", "", "#", "s2-1-1", "données"])
def test_a_section_the_version_lacks_is_none(policy, asked):
    assert at.section_index(policy, asked) is None


def test_the_text_of_a_section_holds_its_subsections_and_stops_at_the_next(policy):
    assert at.section_text(policy, 1) == (
        "## 2. Données traitées\n\nNous traitons vos données avec soin.\n\n- le nom ;\n\n  - et le prénom.\n\n"
        "Donnée | Durée\n\nCompte | un an\n\n### 2.1 Durée de conservation\n\nLes données sont conservées un an.")
    assert at.section_text(policy, 2) == "### 2.1 Durée de conservation\n\nLes données sont conservées un an."
    assert at.section_text(policy, 3) == "## 3. Cookies\n\nAucun cookie."


FR_PLAIN = "---\ndate: 2021-02-17\n---\n\n# Politique\n\n## Objet\n\nTexte.\n\n## Vos droits\n\nVous avez des droits.\n"
EN_PLAIN = "---\ndate: 2021-02-17\n---\n\n# Policy\n\n## Purpose\n\nText.\n\n## Your rights\n\nYou have rights.\n"


def test_a_translation_without_numbers_is_asked_by_the_ids_its_page_has_the_authoritative_texts():
    """A translation whose headings have no numbers takes the authoritative text's ids (anchors.own_anchors):
    `#vos-droits` on the English page too, which `policy at DAY vos-droits --lang en` names; its own slug still lands."""
    fr = document.parse(FR_PLAIN, path="fr/index.md", lang="fr")
    en = document.parse(EN_PLAIN, path="en/index.md", lang="en")
    assert at.section_index(en, "vos-droits", source=fr) == 1
    assert at.section_index(en, "your-rights", source=fr) == 1
    assert at.section_index(en, "vos-droits") is None
    assert at.section_id(en, 1, source=fr) == "vos-droits"
