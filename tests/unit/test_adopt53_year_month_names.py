"""Adopt53: a file named by its year then its month's name (`2019 March.md`, `privacy_2019_march.html`, `2019-mars.docx`)
was refused as holding no date, where `March 2019.md` was read as naming a month: its text's "Last updated" line in
that month then gives its day, and without one the refusal says that the name names a month and which day to write.
Both orders are now read alike, beside names dated otherwise (`privacy_v3_17.02.2021.md`, `policy-2022-04-05.md`)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policysite.convert import ConvertError, dated_sources
from policysite.convert.sources import date_in_name

DATA = Path(__file__).parents[1] / "data" / "adoption53" / "dates"


@pytest.mark.parametrize(("name", "written"), [("2019 March.md", "2019 March"), ("2019-March.md", "2019-March"),
                                               ("privacy_2019_march.html", "2019_march"), ("2019 mars.docx", "2019 mars")])
def test_a_year_then_a_months_name_names_a_month(name: str, written: str):
    with pytest.raises(ConvertError, match=f"{written} names a month, not the day the text took effect"):
        date_in_name(name, languages=("en", "fr"))


def test_a_day_after_them_is_still_a_day_and_a_longer_word_no_month():
    assert date_in_name("2019 March 5.md", languages=("en",)).isoformat() == "2019-03-05"
    with pytest.raises(ConvertError, match="no date in the file name"):
        date_in_name("privacy 2019 marchand.md", languages=("en",))


def test_a_folder_named_in_three_ways_is_read_with_the_day_its_line_says(tmp_path: Path):
    archive = tmp_path / "archive"
    shutil.copytree(DATA, archive)
    sources = dated_sources([archive], skipped=[], languages=("en",))
    assert [(source.path.name, source.date.isoformat()) for source in sources] == [
        ("2019 March.md", "2019-03-12"), ("privacy_v3_17.02.2021.md", "2021-02-17"),
        ("policy-2022-04-05.md", "2022-04-05")]
    (archive / "2019 March.md").write_text("# Privacy Policy\n\n## 1. Who we are\n\nA bakery.\n", encoding="utf-8")
    with pytest.raises(ConvertError, match="2019 March names a month"):
        dated_sources([archive], skipped=[], languages=("en",))
