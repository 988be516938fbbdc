"""Adopt35: more shapes of the policies a new company brings (tests/data/adoption35/: synthetic texts of fictional
companies, in the shape of the tools that export them; the Word files written by hand as Word 365 writes them), each
imported with `policy import` into a new site and built: headings, their ids, section numbers, and every word of the
text, no word lost or added."""
from __future__ import annotations

import pytest

from helpers import ROOT
from tests.adoption_pages import built, headings, text, word_words, words

DATA = ROOT / "tests" / "data" / "adoption35"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_articles_numbered_by_one_word_list_whose_labels_are_words_and_roman_numerals(tmp_path, initialized):
    """A French notice numbered by one multi-level Word list, no heading style: its items `ARTICLE I -` (numbering.xml's
    `ARTICLE %1 -` in Roman capitals) each a bold title over clauses `1.1.`, `1.2.` (legal numbering, w:isLgl) and
    a) b) under them. It was one bulleted list: no section, no title. Each article is a section headed as Word draws
    it, the clauses under it keep their labels."""
    source = DATA / "Conditions de traitement 2024-02-01.docx"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "committed the French text in force from February 1, 2024" in said, said
    assert "each item became a section, its bold line the heading" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "conditions-de-traitement-des-données-personnelles", "CONDITIONS DE TRAITEMENT DES DONNÉES PERSONNELLES"),
        ("h2", "s1", "ARTICLE I - OBJET"), ("h2", "s2", "ARTICLE II - DONNÉES TRAITÉES"),
        ("h2", "s3", "ARTICLE III - DROITS DES PERSONNES")]
    items = [" ".join(node.text().split()) for node in tree.css("li")]
    assert items[:2] == ["1.1. Le présent document décrit comment la société Orbe SAS traite les données de ses "
                         "clients.", "1.2. Il s’applique à tous les services d’Orbe."]
    assert "a) leurs nom et prénom ;" in items
    drawn = "ARTICLE I ARTICLE II ARTICLE III 1.1 1.2 2.1 a b 2.2 3.1"  # (the labels Word draws)
    assert words(tree.body.text(separator=" ")) == words(word_words(source)) + words(drawn)
