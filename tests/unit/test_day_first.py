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
])
def test_a_file_without_a_date_is_given_the_day_its_readers_read_in_its_text(tmp_path: Path, lang, line, names):
    (tmp_path / "politique.md").write_text(f"# Politique\n\n{line}\n\n## 1. Objet\n\nTexte.\n", encoding="utf-8")
    with pytest.raises(ConvertError) as refused:
        dated_sources([tmp_path], languages=("fr", "de", "en"), lang=lang)
    message = str(refused.value)
    assert all(name in message for name in names)
    assert len(names) == 2 or "politique-2023-01-03.md" not in message
