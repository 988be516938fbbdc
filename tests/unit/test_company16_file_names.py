"""company16: file names a new company's archive holds, as its site's page builder or export made them: a month's name
without its accents (a Brazilian `politica-15-marco-2023.html` for março, a Swiss `datenschutz-1-maerz-2023.html`, a
Greek `πολιτικη-15-φεβρουαριου-2024.html`)."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite.convert.model import ConvertError
from policysite.convert.sources import date_in_name, dated_sources


@pytest.mark.parametrize(("name", "languages", "day"), [
    ("politica-15-marco-2023.html", ("pt-BR",), "2023-03-15"),
    ("politique-1er-fevrier-2021.html", ("fr",), "2021-02-01"),
    ("politique_15_aout_2021.html", ("fr-CH",), "2021-08-15"),
    ("datenschutz-1-maerz-2023.html", ("de-CH",), "2023-03-01"),
    ("Datenschutz 1. Marz 2023.docx", ("de",), "2023-03-01"),
    ("πολιτικη-15-φεβρουαριου-2024.html", ("el",), "2024-02-15"),
    ("polityka-1-pazdziernika-2022.html", ("pl",), "2022-10-01"),
])
def test_a_month_s_name_written_without_its_accents_is_read(name, languages, day):
    """They were "no date in the file name", to be renamed by hand, though the name says the day."""
    assert date_in_name(name, languages=languages) == dt.date.fromisoformat(day)


def test_a_month_without_accents_is_read_as_its_accented_name_is():
    """A month alone is still a month (its day asked for), and a language of another site is not read."""
    with pytest.raises(ConvertError, match="marco-2023 names a month"):
        date_in_name("politica-marco-2023.html", languages=("pt-BR",))
    with pytest.raises(ConvertError, match="no date in the file name"):
        date_in_name("politica-15-marco-2023.html", languages=("en",))


def test_a_day_written_without_separators_day_first_is_read(tmp_path):
    """`politica_15032023.html` (ddmmaaaa, as Brazilian archives name files) was "no date in the file name": it is
    15 March 2023, the one day it may be; `01032023`, 1 March or 3 January, is refused naming both, unless its text's
    line says which (as `01-03-2023` is); eight digits that are no day are no date, as before."""
    assert date_in_name("politica_15032023.html", languages=("pt-BR",)) == dt.date(2023, 3, 15)
    with pytest.raises(ConvertError, match="rename it politica_2023-01-03.html or politica_2023-03-01.html"):
        date_in_name("politica_01032023.html", languages=("pt-BR",))
    for number in ("politica_38152019.html", "politica_12345678.html"):
        with pytest.raises(ConvertError, match="no date in the file name"):
            date_in_name(number, languages=("pt-BR",))
    (tmp_path / "politica_01032023.md").write_text("# Política de Privacidade\n\nÚltima atualização: 1º de março de "
                                                   "2023\n\n## 1. Dados\n\nTexto.\n", encoding="utf-8")
    (found,) = dated_sources([tmp_path], languages=("pt-BR",), lang="pt-BR")
    assert (found.date, found.settled[0]) == (dt.date(2023, 3, 1), "01032023")
