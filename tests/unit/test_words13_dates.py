"""Words 13: a file named by a day whose month is written in a script with vowel signs or marks (Hindi, Thai, Tamil,
Bengali, Khmer) or in Persian with the ezafe (`فوریهٔ`) is read as that day: `isalpha` counted a vowel sign as no letter,
so none of those months was known and the import said "no date in the file name"."""
from __future__ import annotations

import pytest

from policysite.convert import sources


@pytest.mark.parametrize(("name", "lang", "day"), [
    ("privacy-15-फ़रवरी-2023.md", "hi", "2023-02-15"),
    ("นโยบาย 15 กุมภาพันธ์ 2023.md", "th", "2023-02-15"),
    ("15 ஏப்ரல் 2023.md", "ta", "2023-04-15"),
    ("১৫ এপ্রিল ২০২৩.md", "bn", "2023-04-15"),
    ("نسخه ۱۷ فوریهٔ ۲۰۲۱.md", "fa", "2021-02-17"),
    ("نسخه ۱۷ فوریه ۲۰۲۱.md", "fa", "2021-02-17"),
])
def test_a_day_written_with_the_month_s_name_in_a_script_with_marks_is_read(name, lang, day):
    assert sources.date_in_name(name, languages=(lang,)).isoformat() == day


def test_a_month_s_name_is_letters_with_their_marks_never_punctuation():
    assert sources._a_word("जनवरी") and sources._a_word("กุมภาพันธ์") and sources._a_word("فوریهٔ")
    assert not sources._a_word("ก.พ") and not sources._a_word("अग॰") and not sources._a_word("\u0654\u0654\u0654")
