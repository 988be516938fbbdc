"""Each language of the interface has every key of the English strings, with the same placeholders."""
from __future__ import annotations

import string

import pytest

from policysite.strings import REDLINE_STRINGS, STRINGS, redline_labels, spoken, strings


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("table", [STRINGS, REDLINE_STRINGS], ids=["pages", "redline"])
@pytest.mark.parametrize("lang", ["fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "ja", "ar", "zh",
                                  "ko", "tr", "el", "he"])
def test_every_key_with_the_same_placeholders(table, lang):
    assert table[lang].keys() == table["en"].keys()
    differ = {key: (placeholders(text), placeholders(table["en"][key]))
              for key, text in table[lang].items() if placeholders(text) != placeholders(table["en"][key])}
    assert differ == {}


def test_a_regional_code_reads_its_base_language_and_an_unknown_one_english():
    assert strings("de-AT")["history_link"] == STRINGS["de"]["history_link"]
    assert redline_labels("pt-PT") == {**REDLINE_STRINGS["en"], **REDLINE_STRINGS["pt"]}
    assert strings("is") == STRINGS["en"]


def test_brazilian_portuguese_writes_only_what_brazil_writes_otherwise_over_portuguese():
    """Adoption hunt 18: a pt-BR site said "Secções alteradas", European Portuguese, where Brazil writes "Seções"."""
    for table, labels in ((STRINGS, strings), (REDLINE_STRINGS, redline_labels)):
        assert set(table["pt-BR"]) < set(table["pt"])
        assert all(placeholders(text) == placeholders(table["pt"][key]) for key, text in table["pt-BR"].items())
        assert labels("pt-BR") == {**labels("pt"), **table["pt-BR"]}
    assert strings("pt-BR")["group_changed"] == "Seções alteradas" and strings("pt")["group_changed"] == "Secções alteradas"
    assert not any("secç" in text.lower() for text in [*strings("pt-BR").values(), *redline_labels("pt-BR").values()])


def test_simplified_chinese_is_read_by_simplified_codes_never_by_traditional_ones():
    """zh is written in Simplified characters: zh-CN, zh-SG and zh-Hans read it; zh-TW, zh-HK, zh-MO and zh-Hant,
    written in Traditional characters, read English as a language with no module does (not 隐私政策 for 隱私政策)."""
    for code in ("zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-Hans-HK"):
        assert strings(code) == {**STRINGS["en"], **STRINGS["zh"]}, code
        assert redline_labels(code) == {**REDLINE_STRINGS["en"], **REDLINE_STRINGS["zh"]}, code
        assert spoken(code) == code
    for code in ("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh-hant", "zh-tw"):
        assert strings(code) == STRINGS["en"], code
        assert redline_labels(code) == REDLINE_STRINGS["en"], code
        assert spoken(code) == "en"


def test_a_sentence_ending_on_a_date_that_ends_with_its_own_period_ends_once():
    """Hunt 41: Ukrainian writes a date `1 вересня 2025 р.` (Russian `г.`, Hungarian `2025. szeptember 1.`): a
    Ukrainian page, its history and its PDF said "Version of 1 вересня 2025 р..", "In force since … р..". The full
    stop after a date is left out where the language's dates end with one; elsewhere the words are as written."""
    import datetime as dt

    from policysite.strings import long_date

    day = dt.date(2025, 9, 1)
    for lang in ("uk", "ru", "hu"):
        t = strings(lang)
        said = [t["version"].format(date=long_date(day, lang)),
                t["period"].format(start=long_date(day, lang), until=long_date(day, lang)),
                t["at_going"].format(date="2025-09-02", version=long_date(day, lang))]
        assert all(line.endswith(".") and not line.endswith("..") for line in said), said
    assert strings("en")["version"] == "Version of {date}." and strings("fr")["period_open"].endswith("{start}.")
    assert redline_labels("uk") == redline_labels("en")  # no date ends a sentence of the redline's


def test_an_arabic_company_named_as_a_company_is_not_called_a_company_twice():
    """Hunt 41: `policy init --company 'شركة النخيل للتقنية' --languages ar`: every page's header read "سياسة الخصوصية
    لشركة شركة النخيل للتقنية" (of the company Company Nakheel), as Arabic company names start with شركة."""
    for key in ("site_name", "home_title"):
        said = strings("ar")[key].format(company="شركة النخيل للتقنية")
        assert "شركة شركة" not in said and "لشركة" not in said, said
