"""Adopt51: a Word document whose sections are typed by hand as contracts type them (`Article 2 – Données`, its
subsections `2.1 Données fournies` under it), no heading style, was imported with no section at all: `Article N –`
lines were read as typed section numbers in Chinese, Japanese and Korean only (第1条, 제1조), and a heading right over
its first subsection's was taken for a typed list (`1. Name` over `2. E-mail`). Each is now the heading of its number
(tests/data/adoption51/conditions-articles-2024-03-01.docx, python-docx, synthetic words); a typed list stays."""
from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from policysite import document
from policysite.convert import convert
from policysite.convert.bold_headings import typed_numbered_lines
from policysite.convert.notes import Notes

DATA = Path(__file__).parents[1] / "data" / "adoption51"


def test_typed_articles_and_their_subsections_are_sections():
    converted = convert(DATA / "conditions-articles-2024-03-01.docx", lang="fr")
    assert converted.markdown.startswith("# Conditions de confidentialité\n"), converted.markdown
    policy = document.parse(f"---\ndate: 2024-03-01\n---\n{converted.markdown}", path="docs/fr/index.md", lang="fr")
    assert [(section.level, section.number, section.title) for section in policy.sections] == [
        (2, "1", "Objet"), (2, "2", "Données"), (3, "2.1", "Données fournies"), (3, "2.2", "Données collectées"),
        (2, "3", "Droits")]
    assert [block.text for block in policy.sections[2].blocks] == ["Nom et adresse."]


def test_a_typed_list_stays_a_list_of_lines():
    soup = BeautifulSoup("<p>Nous collectons :</p><p>1. Nom</p><p>2. Adresse</p><p>Article 1 – Objet</p><p>Texte.</p>",
                         "html.parser")
    before = str(soup)
    typed_numbered_lines(soup, Notes())
    assert str(soup) == before
