"""Adopt51: a policy saved from a PDF as a Word document (each printed line a paragraph of its own, a word a line's
end broke written with its hyphen, each page's header, footer and `Page 1 sur 2` among the text) was imported as
such: sentences cut at every line, `comp-` over `tes`, the company's name and the page numbers in the text, the
running header its title. The import now leaves the pages' furniture out (said) and joins the lines back into the
paragraphs they were printed as, a sentence running over a page too; headings typed by hand stay headings, and a
document numbering no pages keeps its paragraphs as they are. (tests/data/adoption51/politique-pdf-2024-03-01.docx,
made with python-docx, synthetic words.)"""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert
from policysite.convert.notes import Notes
from policysite.convert.word_lines import join

DATA = Path(__file__).parents[1] / "data" / "adoption51"


def test_a_pdf_s_lines_in_word_are_its_paragraphs_without_its_pages_furniture():
    converted = convert(DATA / "politique-pdf-2024-03-01.docx", lang="fr")
    body = converted.markdown
    assert body.startswith("# POLITIQUE DE CONFIDENTIALITÉ\n"), body
    assert "## 1. Qui sommes-nous\n\nZebrafin SAS, société par actions simplifiée, traite vos données personnelles " \
           "pour la gestion de vos comptes clients et la facturation de nos services.\n" in body, body
    assert "Nous collectons votre nom, votre adresse électronique, votre numéro de téléphone et l'historique de vos " \
           "paiements, qui ne sont jamais vendus.\n" in body, body
    assert "## 3. Vos droits\n\nVous pouvez demander l'accès à vos données, leur rectification ou leur effacement " \
           "en écrivant à privacy@zebrafin.example.\n\nNon applicable.\n" in body, body
    for furniture in ("Page 1", "Page 2", "Zebrafin SAS – Politique", "Document confidentiel"):
        assert furniture not in body, (furniture, body)
    notes = "\n".join(converted.notes)
    assert "“Zebrafin SAS – Politique de confidentialité · Document confidentiel – version du 1er mars 2024”" in notes
    assert "(“comptes”, “électronique”)" in notes, notes


def test_a_document_numbering_no_pages_keeps_its_paragraphs():
    markup = "<p>Nous collectons votre nom et</p><p>votre adresse.</p><p>1</p><p>Fin.</p>"
    assert join(markup, Notes(), lang="fr") == markup


def test_numbers_alone_are_no_pages_numbers():
    markup = "<p>1</p><p>Qui sommes-nous</p><p>Nous collectons votre nom et</p><p>2</p><p>votre adresse.</p>"
    assert join(markup, Notes(), lang="fr") == markup
