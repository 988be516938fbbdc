"""The section ids a version's manifest records it was first published with (histories18) are read back (session 47,
histories19): the aliases a version carries on, its own ids when rebuilt, and `policy at`'s sections name the ids its
page had, where today's rules would work out others; an older manifest (no record) reads as before."""
from __future__ import annotations

from types import SimpleNamespace

from policysite import anchors, at, building, document

FIRST = ("---\ndate: 2024-01-01\n---\n# Politique\n\n## 1. Collecte\n\nNous collectons votre nom.\n\n"
         "## 2. Droits\n\nVous avez des droits.\n")
SECOND = FIRST.replace("2024-01-01", "2024-06-01").replace("votre nom.", "votre nom et votre adresse.")
# what an older generator's rule gave the sections of FIRST (today's gives s1, s2)
RECORDED = ["article-1", "article-2"]
SETTINGS = SimpleNamespace(authoritative="fr")
TITLES = {"s1": ["collecte"], "s2": ["droits"]}  # each section's title's slug lands on it too (titled)


def test_the_next_version_carries_on_the_ids_the_record_says_the_version_before_was_published_with():
    assert anchors.of_texts(FIRST, lang="fr").ids == ["s1", "s2"]  # what deriving gives today
    previous = ("2024-01-01", {"fr": FIRST}, {}, {"fr": RECORDED})
    found = building.aliases_of(SETTINGS, {"fr": SECOND.encode()}, previous)["fr"]
    # (and its title's slug, titled)
    assert found == {"s1": ["article-1", "2024-01-01.article-1", "collecte"],
                     "s2": ["article-2", "2024-01-01.article-2", "droits"]}
    older = building.aliases_of(SETTINGS, {"fr": SECOND.encode()}, ("2024-01-01", {"fr": FIRST}, {}, {}))["fr"]
    assert older == TITLES  # an older manifest: the ids worked out, the same as the new version's


def test_a_record_of_another_count_of_sections_is_not_read():
    previous = ("2024-01-01", {"fr": FIRST}, {}, {"fr": ["article-1"]})
    assert building.aliases_of(SETTINGS, {"fr": SECOND.encode()}, previous)["fr"] == TITLES


def test_a_rebuilt_version_keeps_landing_on_the_ids_it_was_first_published_with():
    assert building.aliases_of(SETTINGS, {"fr": FIRST.encode()}, None, ids={"fr": RECORDED})["fr"] == \
        {"s1": ["article-1", "collecte"], "s2": ["article-2", "droits"]}
    assert building.aliases_of(SETTINGS, {"fr": FIRST.encode()}, None, ids={"fr": ["s1", "s2"]})["fr"] == TITLES


def test_policy_at_names_a_section_by_the_id_its_page_was_published_with():
    policy = document.parse(document.normalise(FIRST), path="docs/fr/index.md", lang="fr")
    assert at.section_index(policy, "article-2") is None
    assert at.section_index(policy, "article-2", ids=RECORDED) == 1
    assert at.section_index(policy, "s2", ids=RECORDED) == 1  # its number still names it
    assert at.section_id(policy, 1, ids=RECORDED) == "article-2"
    assert at.section_id(policy, 1) == "s2"


def test_the_ids_a_rebuild_gave_the_version_before_keep_landing_too():
    """Rebuilt under today's rule, the version before's page has s1 (its first-published article-1 an alias): a next
    version whose sections take other ids (its headings no longer numbered) lands both on the section they named."""
    plain = SECOND.replace("## 1. Collecte", "## Collecte").replace("## 2. Droits", "## Droits")
    previous = ("2024-01-01", {"fr": FIRST}, {}, {"fr": RECORDED})
    found = building.aliases_of(SETTINGS, {"fr": plain.encode()}, previous)["fr"]
    assert {"article-1", "s1"} <= set(found["collecte"]) and {"article-2", "s2"} <= set(found["droits"]), found
