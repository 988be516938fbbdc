"""A date in digits under a text's title read as its language's readers read it: `01/03/2023` is 1 March in French,
German or British English, either day in English (the United States write the month first)."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import sync
from policysite.convert import ConvertError, dated_sources


@pytest.mark.parametrize(("lang", "first"), [("fr", True), ("de", True), ("en-GB", True), ("pt-BR", True),
                                             ("en", False), ("ja", False), ("sv", False), ("zz", False)])
def test_the_languages_that_write_the_day_first_are_those_whose_short_dates_do(lang, first):
    assert sync.writes_day_first(lang) is first


@pytest.mark.parametrize(("lang", "line", "names"), [
    ("fr", "Dernière mise à jour : 01/03/2023", ["politique-2023-03-01.md"]),
    ("de", "Stand: 01.03.2023", ["politique-2023-03-01.md"]),
    ("en", "Last updated: 01/03/2023", ["politique-2023-01-03.md", "politique-2023-03-01.md"]),
    # dots, as some American pages write dates: month first where only that is a day (history 26: `03.15.2023` was no
    # date at all), else day first, as every language writing dates with dots writes them (adopt56: `Stand:
    # 01.04.2024` on an English site was asked as either day)
    ("en", "Last Updated: 03.15.2023", ["politique-2023-03-15.md"]),
    ("en", "Last Updated: 03.04.2023", ["politique-2023-04-03.md"]),
    ("en-GB", "Last updated: 03.04.2023", ["politique-2023-04-03.md"]),
])
def test_a_file_without_a_date_is_given_the_day_its_readers_read_in_its_text(tmp_path: Path, lang, line, names):
    (tmp_path / "politique.md").write_text(f"# Politique\n\n{line}\n\n## 1. Objet\n\nTexte.\n", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=("fr", "de", "en"), lang=lang)
    message = str(refused.value)
    assert all(name in message for name in names)
    assert len(names) == 2 or "politique-2023-01-03.md" not in message


@pytest.mark.parametrize(("lang", "line", "name"), [
    ("en", "Updated March 2023", "politique-2023-03-DD.md"),
    ("de", "Stand: März 2023", "politique-2023-03-DD.md"),
    ("fr", "Mise à jour : 02/2024", "politique-2024-02-DD.md"),
])
def test_a_text_naming_its_month_without_its_day_is_asked_for_the_day_never_given_one(tmp_path: Path, lang, line,
                                                                                      name):
    """A "Last updated" line naming a month alone gives no day: the refusal quotes the line and asks for the day,
    which the import never invents (history 26: "no date in the file name", the line unsaid)."""
    (tmp_path / "politique.md").write_text(f"# Politique\n\n{line}\n\n## 1. Objet\n\nTexte.\n", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=("fr", "de", "en"), lang=lang)
    message = str(refused.value)
    assert message.startswith(f"politique.md: no date in the file name; its text says “{line}”, a month without "
                              f"its day: rename it {name}, DD the day its text took effect")
    assert "-01.md" not in message


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Effective: Q1 2023"), ("en", "Spring 2023"), ("en", "Last updated mid-2023"),
    ("en", "Effective from the end of 2023"), ("en", "Last updated: 2023"), ("en", "Updated 2023-Q3"),
    ("fr", "En vigueur : 1er trimestre 2023"), ("fr", "Mise à jour : printemps 2023"), ("fr", "Version T2 2023"),
    ("de", "Stand: Frühjahr 2023"), ("de", "Stand: 1. Quartal 2023"), ("es", "Vigente desde finales de 2023"),
    ("ja", "2023年第1四半期改定"),
])
def test_a_text_dated_by_a_part_of_a_year_is_asked_for_the_day_never_given_one(tmp_path: Path, lang, line):
    """"Effective: Q1 2023", "Spring 2023", "mid-2023": no day, no month; the refusal quotes the line and asks for the
    day the text took effect, never the first of a quarter or season (texts 27: the generic "no date in the file
    name" line, the text's own line unsaid)."""
    (tmp_path / "politique.md").write_text(f"# Politique\n\n{line}\n\n## 1. Objet\n\nTexte.\n", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=(lang,), lang=lang)
    assert str(refused.value).startswith(f"politique.md: no date in the file name; its text says “{line}”, a part of "
                                         "a year, not the day it took effect: rename it politique-YYYY-MM-DD.md, the "
                                         "day its text took effect")


@pytest.mark.parametrize("line", ["Regulation (EU) 2016/679 applies.", "Copyright 2023 Example Ltd",
                                  "We have collected data since 2019."])
def test_a_year_in_a_sentence_is_no_date_line(tmp_path: Path, line):
    (tmp_path / "politique.md").write_text(f"# Politique\n\n{line}\n\n## 1. Objet\n\nTexte.\n", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=("en",), lang="en")
    assert "a part of a year" not in str(refused.value) and "no date in the file name" in str(refused.value)


def test_the_dates_a_translation_check_compares_read_an_american_dotted_date_month_first():
    """`03.15.2023` in an English text is the 15 March a French `15/03/2023` says; in German it is no date.
    `03.04.2023` is 3 April in both (adopt56: dots are day first in every language writing dates with them)."""
    assert sync.dates_in("Last Updated: 03.15.2023", "en") == {"2023-03-15"}
    assert sync.dates_in("Last Updated: 03.04.2023", "en") == {"2023-04-03"}
    assert sync.dates_in("Stand: 03.04.2023", "de") == {"2023-04-03"}
    assert sync.dates_in("Stand: 03.15.2023", "de") == set()


def test_a_file_named_by_its_month_is_dated_by_the_day_its_text_says_in_that_month(tmp_path: Path):
    """`privacy-2023-03.md` whose line says "March 15, 2023" was told "write that day, e.g. 2023-03-01 if it was the
    first" (history 26), then to be renamed to the day its text says (company16: a Brazilian archive named by months):
    it is dated so; a line saying another month's day is not taken for it."""
    (tmp_path / "privacy-2023-03.md").write_text("# Privacy\n\nLast updated: March 15, 2023\n\n## 1. Data\n\nText.\n",
                                                 encoding="utf-8")
    (found,) = dated_sources([tmp_path], languages=("en",), lang="en")
    assert (found.date.isoformat(), found.month_named) == ("2023-03-15", ("2023-03", "Last updated: March 15, 2023"))
    (tmp_path / "terms-2023-04.md").write_text("# Privacy\n\nLast updated: March 15, 2023\n\n## 1. Data\n\nText.\n",
                                               encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=("en",), lang="en")
    said = str(refused.value)
    assert said.startswith("terms-2023-04.md: 2023-04 names a month") and "e.g. 2023-04-01 if it was the first" \
        in said, said
