"""Reader17, session 43: `policy at DAY SECTION` finds a section asked as its heading writes its number, in Roman
numerals (`III`), with its word (`Chapitre II`, `Art. 3`), a letter (`Section B`), a part's subsection (`II.1`), and
says which sections the version has where it finds none (at.section_index, at.as_written, at.written_sections)."""
from __future__ import annotations

import pytest

from policysite import at, document
from policysite.heading_numbers import number_value, written_number


def _policy(*headings: str):
    body = "".join(f"{'#' * (3 if heading.startswith('  ') else 2)} {heading.strip()}\n\nTexte.\n\n"
                   for heading in headings)
    return document.parse(f"---\ndate: 2021-02-17\n---\n\n# Politique\n\n{body}", path="fr/index.md", lang="fr")


ROMAN = ("I. Objet", "II. Données", "III. Droits")
CHAPTERS = ("Chapitre I – Objet", "Chapitre II – Données", "Chapitre III – Droits")
ARTICLES = ("Article 1 – Objet", "Article 2 – Données", "Article 3 – Droits")
LETTERED = ("Section A – Scope", "Section B – Data", "Section C – Rights")
PARTS = ("I. General", "  1. Scope", "  2. Who we are", "II. Data", "  1. Kinds")
PARAGRAPHS = ("§ 1 Gegenstand", "§ 2 Daten", "§ 4 Rechte")


@pytest.mark.parametrize("headings, asked, written", [
    (ROMAN, "III", "III. Droits"), (ROMAN, "iii", "III. Droits"), (ROMAN, "III.", "III. Droits"),
    (ROMAN, "3", "III. Droits"), (ROMAN, "§ II", "II. Données"),
    (CHAPTERS, "Chapitre II", "Chapitre II – Données"), (CHAPTERS, "chapitre  ii", "Chapitre II – Données"),
    (CHAPTERS, "III", "Chapitre III – Droits"), (CHAPTERS, "Chapitre 3", "Chapitre III – Droits"),
    (CHAPTERS, "Chap. I", "Chapitre I – Objet"),
    (ARTICLES, "Art. 3", "Article 3 – Droits"), (ARTICLES, "art 3", "Article 3 – Droits"),
    (ARTICLES, "Article III", "Article 3 – Droits"), (ARTICLES, "Art.2", "Article 2 – Données"),
    (LETTERED, "Section B", "Section B – Data"), (LETTERED, "B", "Section B – Data"), (LETTERED, "c", "Section C – Rights"),
    (PARTS, "II.1", "1. Kinds"), (PARTS, "I.2", "2. Who we are"), (PARTS, "ii.1", "1. Kinds"), (PARTS, "II", "II. Data"),
    (PARAGRAPHS, "§ 4", "§ 4 Rechte"), (PARAGRAPHS, "§4", "§ 4 Rechte"),
])
def test_a_section_asked_as_its_heading_writes_its_number_is_found(headings, asked, written):
    """`policy at DAY III` of a text numbered `I.`, `II.`, `III.` (and `Chapitre II`, `Art. 3`, `Section B`, `II.1`)
    said the version had no such section: only `3`, `s3` or the heading's numbering exactly as written were heard."""
    policy = _policy(*headings)
    index = at.section_index(policy, asked)
    assert index is not None and policy.sections[index].written == written


@pytest.mark.parametrize("headings, asked", [
    (ROMAN, "IV"), (CHAPTERS, "Chapitre IV"), (ARTICLES, "Article 4"), (LETTERED, "Section D"), (PARTS, "III.1"),
    (PARAGRAPHS, "§ 3"), (ROMAN, "Droits et obligations"),
    # a heading that only starts with a letter or a Roman numeral numbers nothing: `I agree …`
    (("I agree to the terms", "Who we are"), "I"),
    # two sections writing it so: which one is the reader's to say, by its id
    (("Section A – Scope", "Section A – Data"), "Section A"),
])
def test_a_section_no_heading_writes_so_or_two_do_is_none(headings, asked):
    assert at.section_index(_policy(*headings), asked) is None


def test_the_word_of_the_heading_counts_where_the_text_uses_it():
    """`Chapitre I` and `Article 1` under it: `Article 1` is the article, `Chapitre 1` the chapter, even asked short
    (`Art. 1`, `Chap. I`); the number alone, `1`, the chapter (its number)."""
    policy = _policy("Chapitre I – Général", "  Article 1 – Objet", "  Article 2 – Champ", "Chapitre II – Données",
                     "  Article 3 – Durée")
    named = {asked: policy.sections[index].written if (index := at.section_index(policy, asked)) is not None else None
             for asked in ("Art. 3", "Article 3", "Chap. I", "Chapitre II", "Article 4")}
    assert named == {"Art. 3": "Article 3 – Durée", "Article 3": "Article 3 – Durée", "Chap. I": "Chapitre I – Général",
                     "Chapitre II": "Chapitre II – Données", "Article 4": None}


def test_the_version_says_its_sections_as_their_headings_write_their_numbers():
    assert at.written_sections(_policy(*ROMAN)) == "I, II, III"
    assert at.written_sections(_policy(*CHAPTERS)) == "Chapitre I, Chapitre II, Chapitre III"
    assert at.written_sections(_policy(*LETTERED)) == "Section A, Section B, Section C"
    assert at.written_sections(_policy("Who we are", "1. Data")) == "“Who we are”, 1"
    many = at.written_sections(_policy(*(f"{n}. Section {n}" for n in range(1, 12))))
    assert many == "1, 2, 3, 4, 5, 6, 7, 8, …"


@pytest.mark.parametrize("heading, found", [
    ("Chapitre II – Données", ("chapitre", "II")), ("III. Rights", ("", "III")), ("Art. 3", ("art", "3")),
    ("§ 4 Rechte", ("§", "4")), ("II.1", ("", "II.1")), ("Section B – Data", ("section", "B")),
    ("7.3 Retention", ("", "7.3")), ("Who we are", None), ("Article 1er – Objet", ("article", "1")),
])
def test_written_number(heading, found):
    assert written_number(heading) == found


def test_written_number_marked_wants_a_mark_after_the_number():
    assert written_number("I agree to the terms", marked=True) is None
    assert written_number("Section B – Data", marked=True) == ("section", "B")


@pytest.mark.parametrize("token, value", [("III", "3"), ("ii", "2"), ("II.1", "2.1"), ("7.3", "7.3"), ("B", ""),
                                          ("07", "7")])
def test_number_value(token, value):
    assert number_value(token) == value
