"""company20: a file name's date in a language's own words was not read where those words are more than a month's
name: Vietnamese numbers its months (`tháng 2`) and writes `ngày … năm …` around them (`chinh-sach-ngay-17-thang-2-
nam-2021.md`), Lithuanian `2021 m. vasario 17 d.`, Latvian `2021. gada 17. februāris`, Thai its era (`ค.ศ.`, `พ.ศ.`).
Each declared language's long date, as Babel writes it and as a file name makes it, is read."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from policysite.convert import date_words
from policysite.convert.model import ConvertError
from policysite.convert.sources import date_in_name
from policysite.strings import STRINGS, long_date

DAY = dt.date(2021, 2, 17)


def _slug(text: str) -> str:
    """`text` as a page builder makes a file name of it: lower case, spaces and points as hyphens."""
    return re.sub(r"[\s.,/]+", "-", text.casefold()).strip("-")


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_each_declared_languages_own_long_date_is_read_in_a_file_name(lang: str) -> None:
    written = long_date(DAY, lang)
    for name in (f"policy {written}.md", f"policy-{_slug(written)}.md", f"policy-{date_words.bare(_slug(written))}.md"):
        assert date_in_name(name, languages=(lang,)) == DAY, name


@pytest.mark.parametrize(("name", "lang"), [
    ("chinh-sach-ngay-17-thang-2-nam-2021.md", "vi"), ("Chính sách ngày 17 tháng 2 năm 2021.docx", "vi"),
    ("chinh_sach_ngay_17_thang_02_nam_2021.html", "vi"), ("chinh-sach-17-thang-2-2021.md", "vi"),
    ("privatumo-politika-2021-m-vasario-17-d.md", "lt"), ("Privātuma politika 2021. gada 17. februāris.md", "lv"),
    ("privatuma-politika-2021-gada-17-februaris.md", "lv"), ("นโยบาย 17 กุมภาพันธ์ พ.ศ. 2564.md", "th"),
    ("นโยบาย-17-กุมภาพันธ์-2564.md", "th"), ("정책-2021년-2월-17일.md", "ko"),
])
def test_a_date_in_a_languages_words_is_read(name: str, lang: str) -> None:
    assert date_in_name(name, languages=(lang,)) == DAY


def test_a_languages_words_are_read_only_where_the_site_declares_it() -> None:
    with pytest.raises(ConvertError, match="no date in the file name"):
        date_in_name("chinh-sach-ngay-17-thang-2-nam-2021.md", languages=("fr",))
    assert date_in_name("chinh-sach-ngay-17-thang-2-nam-2021.md", languages=("fr", "vi")) == DAY


def test_a_vietnamese_month_without_its_day_is_said_so() -> None:
    with pytest.raises(ConvertError, match=r"^chinh-sach-thang-12-2021\.md: thang-12-2021 names a month, not the day .*"
                                           r"e\.g\. 2021-12-01 if it was the first$"):
        date_in_name("chinh-sach-thang-12-2021.md", languages=("vi",))


def test_a_month_written_with_its_number_matches_that_number_only() -> None:
    """`tháng 1` is not read in `thang-12`: a number in a month's name stands whole, with a leading zero or not."""
    pattern = re.compile(date_words.month_pattern("thang 1") + "$")
    assert pattern.match("thang-01") and pattern.match("thang_1") and not pattern.match("thang-12")
    assert date_words.month_key("thang-01") == "thang 1"


def test_a_links_words_naming_a_vietnamese_version_are_read_alike() -> None:
    """A link's words naming a version (versionlinks.named_day reads them as the import reads names): Vietnamese
    `phiên bản ngày 17 tháng 2 năm 2021` was read as no day; `17/02/2021` is day first, as Vietnamese writes it."""
    from policysite import versionlinks

    for words in ("phiên bản ngày 17 tháng 2 năm 2021", "Phiên bản ngày 17 tháng 2, 2021", "phiên bản ngày 17/02/2021"):
        assert versionlinks.named_day(words, "vi") == DAY, words
