"""leads43a: `policy at DAY 2.` (a section's number as its heading writes it, its final dot included) names that
section, as `2` does; `policy at DAY ""` is refused as naming no section, where it printed the whole version."""
from __future__ import annotations

import pytest

from policysite import at, cli, document

TEXT = """---
date: 2021-02-17
---

# Politique

## 1. Objet

Ce document est daté.

## 2. Données traitées

Nous traitons vos données avec soin.

### 2.1. Durée de conservation

Un an.

## Article 4 – Fin

Rien d'autre.
"""


@pytest.fixture(scope="module")
def policy() -> document.Policy:
    return document.parse(TEXT, path="docs/fr/index.md", lang="fr")


@pytest.mark.parametrize(("asked", "index"), [
    ("2.", 1), ("§2.", 1), ("§ 2.", 1), ("2.1.", 2), ("§2.1.", 2), ("1.", 0),
    ("Article 4 –", 3), ("article 4", 3), ("4.", 3),  # as the heading writes it, with or without what ends it
    ("2", 1), ("s2-1", 2), ("§2.1", 2),  # as before
])
def test_a_number_as_its_heading_writes_it_names_its_section(policy, asked, index):
    assert at.section_index(policy, asked) == index


@pytest.mark.parametrize("asked", ["5.", "2.2.", ".", "3"])
def test_a_number_no_heading_has_names_none(policy, asked):
    assert at.section_index(policy, asked) is None


@pytest.mark.parametrize("given", [[""], ["  "], ["#"], ["--section", ""], ["--section=§"]])
def test_a_blank_section_is_refused_not_taken_for_the_whole_version(tmp_path, capsys, given):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["--root", str(tmp_path), "at", "2021-06-01", *given])
    assert stopped.value.code == cli.USAGE
    err = capsys.readouterr().err.splitlines()[-1]
    assert err.startswith("policy at: error: argument ") and "names no section: give its number (7.3, as its heading " \
        "writes it: 7.3.) or its link's id (s7-3)" in err, err


def test_a_blank_section_is_refused_in_french(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("POLICY_MESSAGES", "fr")
    with pytest.raises(SystemExit):
        cli.main(["--root", str(tmp_path), "at", "2021-06-01", ""])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "policy at: error: argument section\u00a0: (vide) ne désigne aucune section\u00a0: donnez son numéro (7.3, "
        "ou tel que son titre l'écrit\u00a0: 7.3.) ou l'identifiant de son lien (s7-3)")
