"""company20: a Hungarian site read the site's own words ("Version of", "In force from", the redline's) in English
beside its Hungarian text. Hungarian writes a date year first, ending with a full stop (`2021. február 17.`), and
hangs the case on the day: the site names the day (`napjától`, `napjáig`, `napján`), and no full stop is doubled."""
from __future__ import annotations

import datetime as dt

from policysite.strings import counted, long_date, number, redline_labels, strings

DAY = dt.date(2021, 2, 17)


def test_a_hungarian_date_is_written_year_first_with_its_full_stops() -> None:
    assert long_date(DAY, "hu") == "2021. február 17."
    assert long_date(dt.date(2024, 3, 1), "hu") == "2024. március 1."


def test_the_sites_words_name_the_day_of_a_date_and_end_with_one_full_stop() -> None:
    t, date = strings("hu"), long_date(DAY, "hu")
    assert t["version"].format(date=date) == "2021. február 17. napján kelt változat."
    assert t["period"].format(start=long_date(dt.date(2020, 1, 1), "hu"), until=date) == (
        "Hatályos 2020. január 1. napjától 2021. február 17. napjáig (ezt a napot is beleértve).")
    assert t["accessed"].format(date=date) == "Megtekintés dátuma: 2021. február 17."
    assert t["published_on"].format(date=date) == "közzétéve: 2021. február 17."
    assert t["history_title"] == "Változatok története" and t["in_force"] == "hatályos"


def test_the_redline_says_sections_and_counts_in_hungarian() -> None:
    """A noun after a number stays singular ("3 módosított szakasz"); a section is a `pont` after its number."""
    labels = redline_labels("hu")
    assert labels["section"].format(number="3") == "3. pont"
    assert [counted(labels, "count_changed", n, "hu", n=n) for n in (1, 3)] == [
        "1 módosított szakasz", "3 módosított szakasz"]
    assert counted(labels, "count_added", 12345, "hu", n=12345) == f"{number(12345, 'hu')} hozzáadott szakasz"
    assert number(1234, "hu") == "1234" and number(12345, "hu") == "12\u00a0345"  # CLDR: four digits not grouped
    assert labels["heading"].format(old=long_date(dt.date(2020, 1, 1), "hu"), new=long_date(DAY, "hu")) == (
        "Módosítások a 2020. január 1. napján kelt változattól a 2021. február 17. napján kelt változatig")


def test_a_hungarian_heading_numbered_before_its_sections_word_is_titled_without_it() -> None:
    """Hungarian numbers a section before the word it is called by (`3. cikk – Az érintett jogai`, `2. § Jogok`,
    `III. fejezet Záró rendelkezések`): the word was read as the title's first ("cikk – Az érintett jogai"), and a
    chapter numbered in Roman numerals was no numbered section. The word is the heading's numbering, its label."""
    from policysite import document

    text = ("---\ndate: 2021-02-17\n---\n\n# Adatvédelmi tájékoztató\n\n## 1. cikk – Az adatkezelő\n\nA Példa Kft.\n\n"
            "## 2. § Jogok\n\nÖn kérheti.\n\n## III. fejezet Záró rendelkezések\n\nHatályos.\n\n## 4. Sütik\n\nNincs.\n")
    sections = document.parse(text, path="docs/hu/index.md", lang="hu").sections
    assert [(s.number, s.title, s.mark) for s in sections] == [
        ("1", "Az adatkezelő", "1. cikk"), ("2", "Jogok", "2. §"), ("3", "Záró rendelkezések", "III. fejezet"),
        ("4", "Sütik", "")]
    word = redline_labels("hu")["section"]
    assert [document.named(s.number, s.title, s.mark, word=word) for s in sections] == [
        "1. cikk Az adatkezelő", "2. § Jogok", "III. fejezet Záró rendelkezések", "4. pont Sütik"]


def test_a_lettered_heading_before_a_sections_word_is_no_roman_number() -> None:
    """`c. pont` is a lettered point, not section 100: only capitals are Roman numerals there."""
    from policysite.heading_numbers import heading_number

    assert heading_number("II. FEJEZET ZÁRÓ RENDELKEZÉSEK") == ("2", "ZÁRÓ RENDELKEZÉSEK")
    assert heading_number("c. pont Sütik") != ("100", "Sütik")
