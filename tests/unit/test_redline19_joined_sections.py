"""Sections merged under a new title, none of them alone near enough the new section to be paired with it (three in
a row, or two edited on the way), are said merged into it, and one split into several new ones split from it
(redline19): they were said 3 removed and 1 added (session 48, engine.joined needs a kept section to have gained their
words). The section holding most of its words is paired with it, its title said changed; the browser alike."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from unit.test_redline import policy

A = "Nous conservons les données de facturation pendant dix ans conformément au code de commerce français."
B = "Les données de prospection sont supprimées trois ans après le dernier contact avec le prospect."
C = "Les images de vidéosurveillance des locaux sont effacées au bout de trente jours au plus tard."
HEAD = "## 1. Objet\n\nCette politique décrit nos traitements de données personnelles.\n\n"
RIGHTS = "Vous pouvez demander l’accès à vos données et leur rectification à tout moment."
# three sections, each with its own title, then the rights
APART = (f"{HEAD}## 2. Factures\n\n{A}\n\n## 3. Prospection\n\n{B}\n\n## 4. Caméras\n\n{C}\n\n"
         f"## 5. Droits\n\n{RIGHTS}\n")
# ... merged under a new title after the rights
TOGETHER = f"{HEAD}## 2. Droits\n\n{RIGHTS}\n\n## 3. Durées de conservation\n\n{A}\n\n{B}\n\n{C}\n"
# two of them merged, their words edited on the way (neither alone, nor their words, reaches the new section's)
TWO = (f"{HEAD}## 2. Droits\n\n{RIGHTS}\n\n## 3. Caméras\n\n{C}\n\n## 4. Durées de conservation\n\n"
       f"{A.replace('dix ans', 'dix années')}\n\n{B.replace('trois ans', 'trois années')}\n")


def _sections(old: str, new: str) -> list[tuple[str, str | None, str | None, str | None]]:
    r = redline.diff(policy(old), policy(new, date="2030-02-01"))
    return [(s.kind, s.old_number, s.new_number, s.partner[0] if s.partner else None) for s in r.sections if s.number and s.kind != "unchanged"]


def test_three_sections_merged_under_a_new_title_are_said_merged_into_it():
    said = _sections(APART, TOGETHER)
    assert sorted(kind for kind, *_ in said) == ["merged", "merged", "moved", "renumbered"], said
    assert {(old, partner) for kind, old, _new, partner in said if kind == "merged"} == {("2", "3"), ("3", "3")}
    assert [(kind, old, new) for kind, old, new, _ in said if kind == "moved"] == [("moved", "4", "3")]


def test_a_section_split_into_three_under_new_titles_is_said_split_the_other_way():
    said = _sections(TOGETHER, APART)
    assert sorted(kind for kind, *_ in said) == ["moved", "renumbered", "split", "split"], said
    assert {(new, partner) for kind, _old, new, partner in said if kind == "split"} == {("2", "4"), ("3", "4")}


def test_two_sections_merged_and_edited_under_a_new_title_are_said_merged():
    said = _sections(APART, TWO)
    assert [kind for kind, *_ in said].count("merged") == 1, said
    assert "added" not in [kind for kind, *_ in said] and "removed" not in [kind for kind, *_ in said]


@pytest.mark.parametrize("other", [
    # three sections removed and an unrelated one added: still removed and added
    f"{HEAD}## 2. Droits\n\n{RIGHTS}\n\n## 3. Cookies\n\nNous déposons un seul cookie technique de session.\n",
])
def test_sections_removed_and_an_unrelated_one_added_stay_removed_and_added(other):
    assert sorted(kind for kind, *_ in _sections(APART, other)) == ["added", "removed", "removed", "removed",
                                                                    "renumbered"]


def test_the_browser_says_them_merged_and_split_alike():
    texts = [synthetic_policy("2030-01-15", sections=body) for body in (APART, TOGETHER, TWO)]
    _check(list(itertools.permutations(texts, 2)))
