"""What `policy import` notes of the text it converted is said in the site's language: a French site reads its import
notes in French (English word for word as before), each naming its line."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert


def _french_notes(path: Path, text: str) -> list[str]:
    path.write_text(text, encoding="utf-8")
    return [messages.said_in(note, "fr") for note in convert(path).notes]


def test_a_markdown_source_s_notes_are_said_in_french(tmp_path: Path):
    """Review marks, a Pandoc block, grid table and line block, a kramdown comment and an Obsidian vault's marks."""
    said = _french_notes(tmp_path / "politique-2025-03-01.md", (
        "# Politique\n\n## 1. Conservation\n\nNous gardons les journaux {~~90~>30~~} jours.{>>Demander au juriste.<<}"
        "\n\nFactures : {--6--}{++10++} ans.\n\n::: {.callout-note}\nVous pouvez retirer votre consentement.\n:::\n\n"
        "Voir la [[Politique cookies|politique cookies]]. ^intro\n\n{::comment}\nÀ valider.\n{:/comment}\n\n"
        "+--------+-----------+\n| Donnée | Durée     |\n+========+===========+\n| Logs   | 30 jours  |\n"
        "+--------+-----------+\n\n| Exemple SAS\n| 2 rue Principale\n"))
    assert said == [
        "ligne 5 : une modification d'un relecteur tenue pour acceptée (CriticMarkup) : « 90 » remplacé par « 30 »",
        "ligne 5 : omis un commentaire d'un relecteur (CriticMarkup) : « Demander au juriste. »",
        "ligne 7 : une suppression d'un relecteur tenue pour acceptée (CriticMarkup) : « 6 » omis",
        "ligne 7 : un ajout d'un relecteur tenu pour accepté (CriticMarkup) : « 10 » conservé",
        "ligne 9 : un bloc Pandoc ou Quarto (::: {.callout-note}) retiré autour de son texte, son titre en gras "
        "au-dessus",
        "ligne 19 : un tableau en grille (Pandoc) écrit comme un tableau de 1 ligne",
        "ligne 25 : un bloc de lignes (Pandoc : 2 lignes commençant chacune par « | », une adresse peut-être) écrit en "
        "lignes terminées par un saut de ligne",
        "ligne 15 : omis un commentaire kramdown (« À valider. »), qu'aucun lecteur n'a vu",
        "1 lien entre les notes d'un coffre Obsidian ([[Politique cookies|politique cookies]]) remplacé par les mots "
        "qu'il affiche (ce site n'a pas de telles notes : liez les pages dans une nouvelle version)",
        "omis 1 identifiant de bloc (^…) en fin de ligne, qu'Obsidian n'affiche pas"]
