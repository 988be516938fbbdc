"""Adopt48: dates as Vietnamese and Hindi policies write them were read as no date. Vietnamese names its months in
words as well as by number (`ngày 17 tháng Hai năm 2021`, CLDR only `tháng 2`); Hindi texts write a month without the
nukta of CLDR's spelling (`फरवरी` for `फ़रवरी`) or its anusvara as a nasal consonant (`सितम्बर`, `नवम्बर`), and
`अक्तूबर` as the Central Hindi Directorate does. A "Last updated" line so written dated nothing (its version dated by
its file or commit instead, the date check silent), and a file named with such a date was refused as undated."""
from __future__ import annotations

import pytest

from policysite import sync
from policysite.convert import sources
from policysite.month_spellings import other_months, spellings


@pytest.mark.parametrize(("lang", "line", "day"), [
    ("vi", "Cập nhật lần cuối: ngày 17 tháng Hai năm 2021", "2021-02-17"),
    ("vi", "Cập nhật lần cuối: 17 tháng Hai, 2021", "2021-02-17"),
    ("vi", "Có hiệu lực từ ngày 1 tháng Mười Một năm 2023", "2023-11-01"),
    ("vi", "Ngày hiệu lực: ngày 31 tháng Mười Hai năm 2022", "2022-12-31"),
    ("vi", "Ngày hiệu lực: ngày 10 tháng Mười năm 2022", "2022-10-10"),
    ("vi", "Cập nhật: ngày 5 tháng Năm năm 2024", "2024-05-05"),
    ("vi", "Cập nhật: ngày 2 tháng Giêng năm 2020", "2020-01-02"),
    ("vi", "Cập nhật lần cuối: Tháng Tư 3, 2022", "2022-04-03"),
    ("hi", "अंतिम अद्यतन: १७ फरवरी २०२१", "2021-02-17"),
    ("hi", "प्रभावी तिथि: 1 सितम्बर 2023", "2023-09-01"),
    ("hi", "अंतिम अपडेट: 3 अक्तूबर 2022", "2022-10-03"),
    ("hi", "अंतिम संशोधन: 30 नवम्बर 2022", "2022-11-30"),
    ("hi", "अंतिम संशोधन: 24 दिसम्बर 2022", "2022-12-24"),
    ("hi", "अंतिम अपडेट: 17 फ़रवरी 2021", "2021-02-17"),  # (CLDR's own spelling, read before)
])
def test_a_date_line_with_a_month_so_written_says_its_day(lang: str, line: str, day: str):
    assert sync.stated_dates(line, lang) == [(line, {day})]


@pytest.mark.parametrize(("lang", "line", "month"), [("vi", "Cập nhật: tháng Bảy năm 2023", "2023-07"),
                                                    ("hi", "अद्यतन: सितम्बर 2023", "2023-09")])
def test_a_month_and_its_year_are_read(lang: str, line: str, month: str):
    assert sync.stated_dates(line, lang) == [(line, {month})]


def test_a_vietnamese_sentence_with_the_word_for_year_is_no_date():
    assert sync.stated_dates("Chúng tôi lưu dữ liệu trong năm 2021.", "vi") == []
    assert sync.stated_dates("Dữ liệu được lưu trong 12 tháng.", "vi") == []


@pytest.mark.parametrize(("name", "lang", "day"), [
    ("chinh-sach-ngay-17-thang-hai-nam-2021", "vi", "2021-02-17"),
    ("chinh-sach-17-thang-muoi-mot-2023", "vi", "2023-11-17"),
    ("chinh-sach-1-thang-muoi-2023", "vi", "2023-10-01"),
    ("chính-sách-ngày-1-tháng-mười-hai-năm-2023", "vi", "2023-12-01"),
    ("chinh_sach_1_thang_bay_2023", "vi", "2023-07-01"),
    ("gopniyata-niti-1-सितम्बर-2023", "hi", "2023-09-01"),
    ("निजता-नीति-17-फरवरी-2021", "hi", "2021-02-17"),
    ("chinh-sach-ngay-17-thang-2-nam-2021", "vi", "2021-02-17"),  # (read before)
])
def test_a_file_named_with_such_a_date_is_of_that_day(name: str, lang: str, day: str):
    found = sources._worded_date(name, (lang,))
    assert found is not None and found.isoformat() == day


def test_the_spellings_of_a_devanagari_month():
    assert spellings("फ़रवरी") == ("फरवरी",)
    assert spellings("सितंबर") == ("सितम्बर",)
    assert spellings("सितम्बर") == ("सितंबर",)
    assert spellings("जनवरी") == () and spellings("tháng hai") == ()


def test_vietnamese_months_in_words_are_twelve_and_only_vietnamese_s():
    assert sorted(set(other_months("vi").values())) == list(range(1, 13))
    assert other_months("vi-VN") == other_months("vi") and other_months("fr") == {}


@pytest.mark.parametrize(("lang", "line", "day"), [
    # Han numerals, as formal Chinese and Japanese texts date themselves
    ("zh", "生效日期：二〇二一年二月十七日", "2021-02-17"),
    ("zh-Hant", "修訂日期：中華民國一一〇年二月十七日", "2021-02-17"),
    ("ja", "令和三年二月十七日 改定", "2021-02-17"),
    ("ja", "令和元年五月一日 制定", "2019-05-01"),
    # the Gregorian calendar's mark after a date in digits, as Arabic writes it
    ("ar", "تاريخ آخر تحديث: 17/02/2021م", "2021-02-17"),
    # Thai's era before the year, Buddhist or Gregorian
    ("th", "ประกาศ ณ วันที่ 17 กุมภาพันธ์ พ.ศ. 2564", "2021-02-17"),
    ("th", "มีผลใช้บังคับตั้งแต่วันที่ 1 มีนาคม ค.ศ. 2021", "2021-03-01"),
])
def test_a_date_line_written_so_says_its_day(lang: str, line: str, day: str):
    assert sync.stated_dates(line, lang) == [(line, {day})]


@pytest.mark.parametrize(("lang", "text"), [("zh", "我们将在三十日内回复。"), ("ja", "第三条 十日以内に回答します。"),
                                            ("zh", "保存期限为三年。")])
def test_han_numerals_of_a_count_are_no_date(lang: str, text: str):
    assert sync.stated_dates(text, lang) == []


def test_a_thai_site_s_file_named_with_its_buddhist_year_is_that_gregorian_day():
    """`privacy-2564-02-17.html` was imported as a version of the year 2564 (announced ahead, then refused by the
    check, frontmatter.date-invalid); a Thai site reads the Buddhist year as its text's dates are read."""
    from policysite.convert.sources import date_in_name

    assert date_in_name("nayobai-2564-02-17.html", languages=("th", "en")).isoformat() == "2021-02-17"


@pytest.mark.parametrize(("name", "said"), [
    ("privacy-2564-02-17.html", "; read in Thailand's Buddhist calendar, it is 2021-02-17"),
    ("privacy-2150-01-01.html", "(2150 is no year of the Gregorian calendar's it could be): write the day"),
])
def test_a_file_named_with_a_year_no_policy_has_is_refused_with_its_reading(name: str, said: str):
    from policysite import messages
    from policysite.convert.model import ConvertError
    from policysite.convert.sources import date_in_name

    with pytest.raises(ConvertError) as refused:
        date_in_name(name, languages=("en",))
    assert said in messages.said_in(refused.value.args[0], "en")
    assert "calendrier" in messages.said_in(refused.value.args[0], "fr")


def test_a_hindi_month_typed_with_a_precomposed_letter_is_read():
    """`फ़` typed as one character (U+095E, which Unicode's composed form writes as `फ` and the nukta) named no month."""
    line = "अंतिम अपडेट: 17 \u095eरवरी 2021"
    assert [dates for _sentence, dates in sync.stated_dates(line, "hi")] == [{"2021-02-17"}]


@pytest.mark.parametrize(("lang", "updated", "effective"), [
    ("vi", "Cập nhật: ngày 10 tháng 2 năm 2021", "Có hiệu lực từ ngày 17 tháng 2 năm 2021"),
    ("ko", "공고일자: 2021년 2월 10일", "이 방침은 2021년 2월 17일부터 적용됩니다."),
    ("th", "ปรับปรุงล่าสุด: 10 กุมภาพันธ์ 2564", "มีผลใช้บังคับตั้งแต่วันที่ 17 กุมภาพันธ์ 2564"),
    ("ar", "آخر تحديث: 10/02/2021", "تاريخ السريان: 17/02/2021"),
    ("he", "עודכן לאחרונה: 10.2.2021", "בתוקף מיום 17.2.2021"),
    ("hi", "अंतिम अद्यतन: 10 फरवरी 2021", "प्रभावी तिथि: 17 फरवरी 2021"),
    ("id", "Terakhir diperbarui: 10 Februari 2021", "Berlaku sejak 17 Februari 2021"),
    ("tr", "Son güncelleme: 10.02.2021", "Yürürlük tarihi: 17.02.2021"),
    ("ru", "Обновлено: 10.02.2021", "Вступает в силу с 17.02.2021"),
])
def test_a_text_saying_two_days_took_effect_on_the_one_its_words_say_it_takes_effect(
        tmp_path, lang: str, updated: str, effective: str):
    """A text saying the day it was updated and the day it takes effect took effect on the second, as an English
    'Effective date:' line is read; these languages' words for it were not, and the text was dated the first."""
    from policysite.convert.sources import stated_day

    page = tmp_path / "privacy.md"
    page.write_text(f"# T\n\n{updated}\n\n{effective}\n\n## 1. A\n\nB.\n", encoding="utf-8")
    found = stated_day(page, (lang,), lang=lang)
    assert found is not None and found[1] == ["2021-02-17"], found
