"""Each language of the interface has every key of the English strings, with the same placeholders."""
from __future__ import annotations

import string

import pytest
from babel import Locale

from policysite.strings import PLURAL, REDLINE_STRINGS, STRINGS, counted, redline_labels, spoken, strings


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@pytest.mark.parametrize("table", [STRINGS, REDLINE_STRINGS], ids=["pages", "redline"])
@pytest.mark.parametrize("lang", ["fr", "de", "es", "it", "nl", "pt", "pl", "sv", "da", "fi", "cs", "ja", "ar", "zh",
                                  "zh-Hant", "ko", "tr", "el", "he"])
def test_every_key_with_the_same_placeholders(table, lang):
    """Every key of English's, each form of a counted one (`key|one`) with its key's placeholders."""
    def base(key: str) -> str:
        return key.partition(PLURAL)[0]

    assert {key for key in table[lang] if PLURAL not in key} == {key for key in table["en"] if PLURAL not in key}
    differ = {key: (placeholders(text), placeholders(table["en"][base(key)]))
              for key, text in table[lang].items() if placeholders(text) != placeholders(table["en"][base(key)])}
    assert differ == {}


@pytest.mark.parametrize("table", [STRINGS, REDLINE_STRINGS], ids=["pages", "redline"])
@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_a_counted_strings_forms_are_plural_categories_of_its_language(table, lang):
    """`key|few` in a language without a `few` would never be read, or be read for the wrong numbers; `key|other`
    is `key` itself."""
    categories = set(Locale.parse(lang, sep="-").plural_form.tags)
    forms = {key.partition(PLURAL)[2] for key in table.get(lang, {}) if PLURAL in key}
    assert forms <= categories, (lang, forms - categories)


@pytest.mark.parametrize("lang, n, said", [
    ("fr", 1, "1 modifiée, 1 ajoutée"), ("fr", 2, "2 modifiées, 2 ajoutées"), ("fr", 0, "0 modifiée, 0 ajoutée"),
    ("es", 1, "1 modificada, 1 añadida"), ("es", 21, "21 modificadas, 21 añadidas"),
    ("pt-BR", 1, "1 alterada, 1 adicionada"), ("it", 3, "3 modificate, 3 aggiunte"),
    ("en", 1, "1 changed, 1 added"), ("ja", 1, "変更1件、追加1件")])
def test_a_count_takes_the_form_its_number_asks_for(lang, n, said):
    """"1 modifiée(s), 1 ajoutée(s)" is how no French reader writes: one form for one (and zero), another for more."""
    t = redline_labels(lang)
    assert t["comma"].join(counted(t, key, n, lang, n=n) for key in ("count_changed", "count_added")) == said


def test_a_languages_counted_string_gives_all_its_forms_never_those_of_the_language_beneath():
    """pt-BR writes its own `truncated`: Portuguese's `truncated|one` ("secção") is not read beneath it; a language
    with a count of its own never reads English's `|one` (Czech: one for 1, few for 2-4, its own word for all)."""
    assert counted(redline_labels("pt-BR"), "truncated", 1, "pt-BR", count=1).startswith("Mais 1 seção não")
    assert counted(redline_labels("pt"), "truncated", 1, "pt", count=1).startswith("Mais 1 secção não")
    for lang in ("cs", "pl", "ar", "he"):
        t = redline_labels(lang)
        assert not [key for key in t if PLURAL in key and key.partition(PLURAL)[0] in REDLINE_STRINGS[lang]
                    and key not in REDLINE_STRINGS[lang]], lang
        assert counted(t, "count_changed", 1, lang, n=1) == REDLINE_STRINGS[lang].get(
            "count_changed|one", REDLINE_STRINGS[lang]["count_changed"]).format(n=1)
    assert counted(strings("de-AT"), "more_versions", 1, "de-AT", count=1) == \
        "… und 1 frühere Fassung in der Änderungshistorie"
    assert counted(strings("is"), "more_versions", 1, "is", count=1) == \
        "… and 1 earlier version, in the version history"  # English words, English's rules


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
    written in Traditional characters, read zh-Hant's words (隱私權政策, not 隐私政策; words 29: they read English)."""
    for code in ("zh", "zh-CN", "zh-SG", "zh-Hans", "zh-Hans-CN", "zh-Hans-HK"):
        assert strings(code) == strings("zh") and STRINGS["zh"].items() <= strings(code).items(), code
        assert redline_labels(code) == redline_labels("zh") and REDLINE_STRINGS["zh"].items() <= redline_labels(
            code).items(), code
        assert spoken(code) == code
    for code in ("zh-TW", "zh-HK", "zh-MO", "zh-Hant", "zh-Hant-TW", "zh-hant", "zh-tw"):
        assert strings(code) == STRINGS["zh-Hant"] == strings("zh-Hant"), code
        assert redline_labels(code) == REDLINE_STRINGS["zh-Hant"], code
        assert spoken(code) == code
    assert not set("隐权条发录载链变") & set("".join([*STRINGS["zh-Hant"].values(), *REDLINE_STRINGS["zh-Hant"].values()]))


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
    # no date ends a sentence of the redline's: its Ukrainian words read as written
    assert {key: text for key, text in REDLINE_STRINGS["uk"].items() if redline_labels("uk")[key] != text} == {}


def test_an_arabic_company_named_as_a_company_is_not_called_a_company_twice():
    """Hunt 41: `policy init --company 'شركة النخيل للتقنية' --languages ar`: every page's header read "سياسة الخصوصية
    لشركة شركة النخيل للتقنية" (of the company Company Nakheel), as Arabic company names start with شركة."""
    for key in ("site_name", "home_title"):
        said = strings("ar")[key].format(company="شركة النخيل للتقنية")
        assert "شركة شركة" not in said and "لشركة" not in said, said


def test_turkish_counts_name_what_they_count_and_its_period_includes_its_last_day():
    """Words 24: Turkish said "2 yeri değiştirildi" ("2 its place was changed"), a count glued to a possessive with no
    noun, and "… tarihine kadar yürürlükte", which leaves open whether that day is in force: it is (periods.py)."""
    t = redline_labels("tr")
    assert all(counted(t, key, 2, "tr", n=2).startswith("2 bölüm") for key in t if key.startswith("count_"))
    assert strings("tr")["period"].format(start="1 Mart 2022", until="9 Mayıs 2023") == \
        "1 Mart 2022 tarihinden 9 Mayıs 2023 tarihine kadar (bu tarih dahil) yürürlükte."


def test_arabic_addresses_the_reader_without_a_masculine_imperative():
    """Words 24: Arabic buttons and hints said اقرأ / اختر / انظر / قارن (read! choose! see! compare!, to a man); a legal
    site addresses every reader alike: a verbal noun (قراءة هذه النسخة) or يُرجى (please) with one."""
    import re

    masculine = re.compile(r"(^|[\s:(])(اقرأ|اختر|انظر|قارن|اطّلع|اطلع|راجع|اطبع|احفظ|اضغط)(\s|$)")
    said = [*strings("ar").values(), *redline_labels("ar").values()]
    assert [text for text in said if masculine.search(text)] == []
    assert strings("ar")["compare_same"].startswith("يُرجى")


@pytest.mark.parametrize("lang, said", [
    ("pl", ["1 zmieniona sekcja", "2 zmienione sekcje", "4 zmienione sekcje", "5 zmienionych sekcji",
            "12 zmienionych sekcji", "22 zmienione sekcje", "25 zmienionych sekcji"]),
    ("cs", ["1 změněný oddíl", "2 změněné oddíly", "4 změněné oddíly", "5 změněných oddílů", "12 změněných oddílů",
            "22 změněných oddílů", "25 změněných oddílů"])])
def test_polish_and_czech_counts_take_their_three_forms(lang, said):
    """Words 24: Polish and Czech counted as "zmienione (1)", a plural adjective after any number; a count now agrees
    with its number as each language's grammar has it (Polish 22 as 2, Czech 22 as 5)."""
    t = redline_labels(lang)
    assert [counted(t, "count_changed", n, lang, n=n) for n in (1, 2, 4, 5, 12, 22, 25)] == said


def test_arabic_names_a_version_by_one_word():
    """Words 24: every Arabic page says نسخة for a dated version, but a link to a section missing from one said "غير
    موجود في هذا الإصدار" (in this release): a reader of legal texts takes two words for two things."""
    said = [*strings("ar").values(), *redline_labels("ar").values()]
    assert [text for text in said if "إصدار" in text] == []
    assert "نسخة" in strings("ar")["section_missing"]


@pytest.mark.parametrize("lang, one, two", [("he", "שונה (1)", "שונו (2)"), ("ar", "معدل (1)", "معدلان (2)"),
                                            ("el", "1 ενότητα τροποποιήθηκε", "2 ενότητες τροποποιήθηκαν"),
                                            ("sv", "1 ändrat avsnitt", "2 ändrade avsnitt")])
def test_a_count_of_one_is_said_in_the_singular(lang, one, two):
    """Words 24: Hebrew, Greek and Swedish said of one section "שונו (1)", "τροποποιημένες (1)", "ändrade (1)": a plural
    verb or adjective for one section (avsnitt, neuter in Swedish: ändrat). Words 25: Arabic "معدَّلة (1)", the feminine
    of many sections (أقسام) for one section (قسم): the masculine, and its dual for two."""
    t = redline_labels(lang)
    assert [counted(t, "count_changed", n, lang, n=n) for n in (1, 2)] == [one, two]


@pytest.mark.parametrize("lang, said", [
    ("ar", ["… ونسخة سابقة أخرى (1) في سجل النسخ", "… ونسختان سابقتان أخريان (2) في سجل النسخ",
            "… والنسخ السابقة (3) في سجل النسخ"]),
    ("pl", ["… i 1 wcześniejsza wersja w historii wersji", "… i 2 wcześniejsze wersje w historii wersji",
            "… i 3 wcześniejsze wersje w historii wersji"]),
    ("it", ["… e la versione precedente (1) nella cronologia delle versioni",
            "… e le versioni precedenti (2) nella cronologia delle versioni",
            "… e le versioni precedenti (3) nella cronologia delle versioni"])])
def test_the_versions_not_listed_are_counted_in_their_numbers_form(lang, said):
    """Words 24: the version box said "… والنسخ السابقة (1)", "… i wcześniejsze wersje (1)", "… e le versioni
    precedenti (1)" of one earlier version; Arabic has a dual besides (نسختان, two versions)."""
    assert [counted(strings(lang), "more_versions", n, lang, count=n) for n in (1, 2, 3)] == said


@pytest.mark.parametrize("lang, said", [
    ("fr", ["… 1 autre version entre-temps", "… 2 autres versions entre-temps", "… 5 autres versions entre-temps"]),
    ("pl", ["… 1 wersja pośrednia", "… 2 wersje pośrednie", "… 5 wersji pośrednich"]),
    ("cs", ["… 1 další verze mezi nimi", "… 2 další verze mezi nimi", "… 5 dalších verzí mezi nimi"]),
    ("ar", ["… ونسخة وسيطة أخرى (1)", "… ونسختان وسيطتان أخريان (2)", "… والنسخ الوسيطة (5)"]),
    ("fi", ["… 1 välissä oleva versio", "… 2 välissä olevaa versiota", "… 5 välissä olevaa versiota"]),
    ("pt-BR", ["… 1 versão intermediária", "… 2 versões intermediárias", "… 5 versões intermediárias"])])
def test_the_versions_an_old_page_leaves_out_between_the_one_in_force_and_the_next_are_counted_in_their_form(
        lang, said):
    """Issue 16: an old version's page links the one in force and the five after it, counting those between in words
    policy.js chooses by the browser's plural rules from the forms pages.py writes (strings.plural_forms)."""
    from policysite.strings import plural_forms

    assert all(counted(strings(lang), "newer_between", n, lang, count=n).startswith(words)
               for n, words in zip((1, 2, 5), said, strict=True))
    forms = plural_forms(strings(lang), "newer_between")  # the bare key is CLDR's `other`, as Intl.PluralRules names it
    assert forms["other"] == strings(lang)["newer_between"] and forms["one"] == strings(lang)["newer_between|one"]


def test_a_code_no_locale_reads_chooses_forms_by_englishs_rules_as_the_browser_does():
    """A language code Babel cannot read (nor Intl.PluralRules, which throws: compare.js then reads English's rules)
    chose no form at all ("other" for 1): both now choose by English's rules."""
    from policysite.strings import plural_category

    assert [plural_category(n, "de-Q!") for n in (1, 2)] == ["one", "other"]
    assert [plural_category(n, "pl") for n in (1, 2, 5)] == ["one", "few", "many"]



# How each language says that a period's last day is in force (periods.py: until the day before the next version's date)
INCLUSIVE = {
    "en": "to {until} inclusive.", "fr": "au {until} inclus.", "de": "bis einschließlich {until}.",
    "es": "hasta el {until} inclusive.", "ca": "fins al dia {until}, inclòs.", "it": "al giorno {until} incluso.", "nl": "tot en met {until}.",
    "pt": "a {until}, inclusive.", "pl": "do {until} włącznie.", "ru": "по {until} включительно.", "cs": "do {until} včetně.",
    "sv": "till och med den {until}.", "da": "til og med den {until}.",
    "fi": "{until} asti, viimeinen päivä mukaan lukien.", "el": "έως και τις {until}.",
    "he": "עד יום {until} ועד בכלל.", "ar": "حتى {until} ضمنًا.", "tr": "{until} tarihine kadar (bu tarih dahil)",
    "ja": "{until}まで有効。", "zh": "至{until}止有效。", "ko": "{until}까지 시행.", "fa": "تا پایان {until}.",
    "uk": "до {until} включно.",
    "ro": "până la {until} inclusiv.",
    "id": "sampai dengan {until}.",
    "vi": "đến hết ngày {until}.",
    "th": "ถึง {until} (รวมวันดังกล่าว)",
    "hu": "{until} napjáig (ezt a napot is beleértve).",
    "hi": "{until} तक (दोनों दिन सम्मिलित)"}


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_a_period_says_its_last_day_is_in_force(lang):
    """Words 25: a version is in force on the day before the next one's date (periods.py), but the history said "In
    force from March 1, 2022 until February 28, 2027", "W mocy od … do …", "V účinnosti od … do …", "… עד יום …",
    "… حتى …": words a reader may take to end the day before. Every language says the last day is included (まで,
    까지 and 至…止 include it as Japanese, Korean and Chinese write periods); pt-BR reads Portuguese's."""
    assert INCLUSIVE[lang.split("-")[0]] in strings(lang)["period"]


def test_every_string_is_read_by_the_site_or_the_tool():
    """Words 25: `section_counts` ("Sections : {counts}.") was written in 19 languages and read by nothing since the
    history named the sections that changed (2b4c6b9): a translator reviewed words no reader ever sees. A key is read
    where the code, a template or a script names it (t["key"], t.key, "key"); the families a key is built from
    (group_{kind}, count_{kind}, note_{kind}, {kind}_title) are named by their kinds."""
    import pathlib
    import re

    root = pathlib.Path(__file__).resolve().parents[2]
    sources = [path for folder in ("src/policysite", "overrides", "hooks") for path in (root / folder).rglob("*")
               if path.suffix in (".py", ".html", ".js", ".typ") and "locales" not in path.parts
               and path.name != "strings.py"]
    text = "\n".join(path.read_text(encoding="utf-8") for path in sources)
    built = re.compile(r"^(group|count|note)_\w+$|^\w+_title$")
    # Every name the sources read, found in one pass (a search of the whole text a key took 20 s): quoted alone
    # ("key", 'key'), or an attribute of a table (t.key); looked ahead of, so that quotes shared by two names count.
    named = set(re.findall(r"""(?=["'](\w+)["'])|(?=\b(?:t|words|strings)\.(\w+)\b)""", text))
    read = {name for pair in named for name in pair if name}
    unread = [key for table in (STRINGS["en"], REDLINE_STRINGS["en"]) for key in table
              if PLURAL not in key and not built.match(key) and key not in read]
    assert unread == []


@pytest.mark.parametrize("lang, said", [
    ("sv", ["1 ändrat avsnitt", "2 tillagda avsnitt", "3 omnumrerade och ändrade avsnitt"]),
    ("da", ["1 ændret afsnit", "2 tilføjede afsnit", "3 omnummererede og ændrede afsnit"]),
    ("fi", ["1 muutettu kohta", "2 lisättyä kohtaa", "3 uudelleen numeroitua ja muutettua kohtaa"]),
    ("el", ["1 ενότητα τροποποιήθηκε", "2 ενότητες προστέθηκαν", "3 ενότητες αναριθμήθηκαν και τροποποιήθηκαν"]),
    ("ko", ["변경된 조항 1개", "추가된 조항 2개", "번호와 내용이 변경된 조항 3개"])])
def test_a_count_names_the_sections_it_counts_in_its_numbers_form(lang, said):
    """Words 25: the summary said "2 tilføjet" (Danish: a singular participle after a plural count, and no noun),
    "lisätty (2)" (Finnish: no partitive after the numeral), "προστιθέμενες (2)" ("being added"), "2개 추가" (Korean: a
    counter for things before an act) and "tillagda (2)": a count now names the sections and agrees with its number."""
    t = redline_labels(lang)
    assert [counted(t, key, n, lang, n=n) for n, key in enumerate(
        ("count_changed", "count_added", "count_renumbered_changed"), start=1)] == said


@pytest.mark.parametrize("lang, versions, sections", [
    ("pl", ["… i 1 wcześniejsza wersja", "… i 3 wcześniejsze wersje", "… i 5 wcześniejszych wersji",
            "… i 22 wcześniejsze wersje"],
     ["Jeszcze 1 sekcja nie jest tu pokazana", "Jeszcze 3 sekcje nie są tu pokazane",
      "Jeszcze 5 sekcji nie jest tu pokazanych", "Jeszcze 22 sekcje nie są tu pokazane"]),
    ("cs", ["… a 1 další starší verze", "… a 3 další starší verze", "… a 5 dalších starších verzí",
            "… a 22 dalších starších verzí"],
     ["Další 1 oddíl zde není zobrazen", "Další 3 oddíly zde nejsou zobrazeny", "Dalších 5 oddílů zde není zobrazeno",
      "Dalších 22 oddílů zde není zobrazeno"]),
    ("fi", ["… ja 1 aiempi versio", "… ja 3 aiempaa versiota", "… ja 5 aiempaa versiota", "… ja 22 aiempaa versiota"],
     ["1 muu kohta on jätetty", "3 muuta kohtaa on jätetty", "5 muuta kohtaa on jätetty", "22 muuta kohtaa on jätetty"]),
    ("el", ["… και 1 προγενέστερη έκδοση", "… και 3 προγενέστερες εκδόσεις", "… και 5 προγενέστερες εκδόσεις",
            "… και 22 προγενέστερες εκδόσεις"],
     ["Άλλη 1 ενότητα δεν εμφανίζεται", "Άλλες 3 ενότητες δεν εμφανίζονται", "Άλλες 5 ενότητες δεν εμφανίζονται",
      "Άλλες 22 ενότητες δεν εμφανίζονται"])])
def test_the_versions_and_sections_not_shown_are_counted_in_their_numbers_form(lang, versions, sections):
    """Words 25: Polish, Czech, Finnish and Greek said "… i wcześniejsze wersje (5)", "Další oddíly zde nezobrazené
    (5)", "… ja aiemmat versiot (5)", "Ενότητες που δεν εμφανίζονται εδώ: 5": a plural and a number in brackets,
    where each language counts as it counts sections (Polish 5 and 22 apart, Czech 2-4 apart)."""
    numbers = (1, 3, 5, 22)
    assert all(counted(strings(lang), "more_versions", n, lang, count=n).startswith(said)
               for n, said in zip(numbers, versions, strict=True))
    assert all(counted(redline_labels(lang), "truncated", n, lang, count=n).startswith(said)
               for n, said in zip(numbers, sections, strict=True))


def test_danish_finnish_greek_and_korean_read_as_written_in_those_languages():
    """Words 25, a review of da, fi, el and ko: Greek said of a renumbered section "αναριθμήθηκε, τίτλος
    τροποποιημένος" (noun before its adjective, as no Greek writes a status), a legend "διαγραμμένο" (deleted, for
    struck through) and "Νέα έκδοση εφαρμόζεται από" (applies, of a version to come); Danish "den første er af {first}"
    ("is of"); Finnish "ei ole tekstiä päivälle" ("for the day"); Korean "(2024년 3월 1일 날짜)" and "시행 중인" of a day
    gone by."""
    el = redline_labels("el")
    assert [el["renumbered"] + el["comma"] + el[key] for key in ("text_changed", "title_changed", "text_unchanged")] == [
        "αναριθμήθηκε, με τροποποιημένο κείμενο", "αναριθμήθηκε, με τροποποιημένο τίτλο",
        "αναριθμήθηκε, με αμετάβλητο κείμενο"]
    assert "διακριτή διαγραφή" in el["legend_deleted"] and strings("el")["home_upcoming"].startswith("Από τις {date} θα")
    assert "(den første er dateret {first})" in strings("da")["at_earlier"]
    assert strings("fi")["at_earlier"].startswith("Tällä kielellä ei ollut tekstiä {date} (")
    assert redline_labels("ko")["heading_to_edited"] == "{old} 버전에서 편집 중인 문서(날짜: {new})로의 변경 사항"
    assert strings("ko")["at_none"].startswith("{date}에 시행 중이던 버전이 없습니다.")


@pytest.mark.parametrize("lang, said", [
    ("cs", ["1 změna pouze v mezerách", "3 změny pouze v mezerách", "5 změn pouze v mezerách"]),
    ("pl", ["1 zmiana wyłącznie odstępów", "3 zmiany wyłącznie odstępów", "5 zmian wyłącznie odstępów"]),
    ("he", ["שינוי ברווחים בלבד (1)", "שינויים ברווחים בלבד (3)", "שינויים ברווחים בלבד (5)"])])
def test_the_edits_not_shown_are_counted_in_their_numbers_form(lang, said):
    """Words 25: the notes line said "pouze mezery (1)" ("only spaces"), "zmiany wyłącznie odstępów (1)" and "שינויים
    ברווחים בלבד (1)" (changes, plural, of one change)."""
    t = redline_labels(lang)
    assert [counted(t, "note_whitespace", n, lang, n=n) for n in (1, 3, 5)] == said


@pytest.mark.parametrize(("lang", "versions", "sections"), [
    ("fr", "… et 1\u202f234 versions antérieures", "1\u202f234 autres sections non montrées ici"),
    ("de", "… und 1.234 frühere Fassungen", "Weitere, hier nicht angezeigte Abschnitte: 1.234;"),
    ("en", "… and 1,234 earlier versions", "1,234 more sections not shown here"),
    ("pl", "… i 1234 wcześniejsze wersje", "Jeszcze 1234 sekcje"),  # CLDR: 4 digits are not grouped (words9)
    ("es", "… y 1234 versiones anteriores", "1234 secciones más"),
    ("hu", "… és további 1234 korábbi változat", "További 1234 szakasz itt nem látható"),  # CLDR: 4 digits ungrouped
    ("lv", "… and 1,234 earlier versions", "1,234 more sections not shown here"),  # English's words, English's digits
])
def test_a_count_is_written_with_the_digits_of_its_language(lang, versions, sections):
    """Words8: `counted` filled `{n}` raw, "… et 1234 versions antérieures" in French, where a French reader reads
    1 234 (narrow no-break space), a German 1.234; the browser groups them as the page says (strings.number_format)."""
    from policysite.strings import number, number_format

    assert counted(strings(lang), "more_versions", 1234, lang, count=1234).startswith(versions)
    assert counted(redline_labels(lang), "truncated", 1234, lang, count=1234).startswith(sections)
    assert counted(redline_labels(lang), "count_changed", 1234, lang, n=1234).startswith(number(1234, lang))
    assert number_format(lang) == {"group": number(12345, lang)[2], "grouping": [3, 3],
                                   "minimum": 2 if lang in ("pl", "es", "hu") else 1}


@pytest.mark.parametrize(("lang", "said"), [
    ("pl", ["1234", "12\u00a0345", "1\u00a0234\u00a0567", "-1234"]),
    ("es", ["1234", "12.345", "1.234.567", "-1234"]),
    ("es-MX", ["1,234", "12,345", "1,234,567", "-1,234"]),  # Latin American Spanish groups 4 digits (es_419)
    ("pt-PT", ["1234", "12\u00a0345", "1\u00a0234\u00a0567", "-1234"]),
    ("pt-BR", ["1.234", "12.345", "1.234.567", "-1.234"]),
    ("fr", ["1\u202f234", "12\u202f345", "1\u202f234\u202f567", "-1\u202f234"]),
])
def test_a_count_groups_its_digits_from_the_locales_minimum_grouping_digits_on(lang, said):
    """Words9: Babel 2.18 ignores CLDR's minimumGroupingDigits and wrote "1.234" in Spanish and "1 234" in Polish,
    where CLDR and Intl.NumberFormat write 1234 (and 12.345, 12 345)."""
    from policysite.strings import number

    assert [number(n, lang) for n in (1234, 12345, 1234567, -1234)] == said


# The plural categories a language's bare form (CLDR's `other`) is written to serve too, by the construction its
# counted strings use: Arabic puts the count in brackets after the plural (its 3-10, 11-99 and 0 alike), Hebrew's
# plural serves two.
BARE_SERVES = {"ar": {"zero", "few", "many"}, "he": {"two"}}


def _counted_keys() -> set[str]:
    """The strings counted in some language (`key|one`…): those `counted` and the browser fill with a number."""
    return {key.partition(PLURAL)[0] for table in (STRINGS, REDLINE_STRINGS) for t in table.values() for key in t
            if PLURAL in key}


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_a_counted_string_with_forms_has_every_form_its_languages_whole_numbers_take(lang):
    """Words8: a counted string is either worded for every number alike (German's "{n} geändert", Turkish's singular
    after a number: no form) or gives each form Babel's plural rule gives a whole number (0 to 1,000; Polish one, few,
    many; Czech one, few; Arabic one, two): a form left out is read for the numbers that take it in the wording of
    another (Polish "5 zmienione" for "5 zmienionych")."""
    rule = Locale.parse(lang, sep="-")
    needed = {str(rule.plural_form(n)) for n in range(1001)} - {"other"} - BARE_SERVES.get(lang, set())
    missing = {}
    for t in (strings(lang), redline_labels(lang)):
        for key in sorted(_counted_keys() & set(t)):
            forms = {k.partition(PLURAL)[2] for k in t if PLURAL in k and k.partition(PLURAL)[0] == key}
            if forms and needed - forms:
                missing[key] = sorted(needed - forms)
    assert missing == {}


# The words that elide before a vowel, by language, which a date may not follow: its day is 1 or 11 in Catalan (u,
# onze: "de l’1 de març", "l’11"), 8 or 11 in Italian (otto, undici: "dell’8 marzo", "l’11"), and the string cannot
# know which. Babel's dates start with the day's number in both (long_date).
_ELIDING = {"ca": ("el", "del", "al", "pel", "de"), "it": ("il", "del", "dal", "al", "nel", "sul", "di")}
_DATE_FIELD = r"\{(?:date|start|until|old|new|first|announced|version)\}"


@pytest.mark.parametrize("lang", sorted(_ELIDING))
def test_no_date_follows_a_word_its_day_would_elide(lang):
    """Words8: Catalan said "Versió del 1 de març del 2022", "entra en vigor el 11 de març", where Catalan writes
    "de l’1", "l’11"; Italian "Versione del 8 marzo 2022" for "dell’8". Their strings say "el dia", "il giorno",
    "datata" before a date, correct for every day (Babel elides inside its own pattern: "1 d’octubre")."""
    import datetime as dt
    import re

    from policysite.strings import long_date

    assert long_date(dt.date(2022, 10, 1), "ca") == "1 d’octubre del 2022"
    assert long_date(dt.date(2022, 3, 11), "ca").startswith("11 ") and long_date(dt.date(2022, 3, 8), "it") \
        .startswith("8 ")
    before = re.compile(rf"(?<!\w)(?:{'|'.join(_ELIDING[lang])}) {_DATE_FIELD}", re.I)
    said = {**strings(lang), **redline_labels(lang)}
    assert sorted(key for key, text in said.items() if before.search(text)) == []


def test_the_sites_french_words_are_spaced_as_french_typography_wants():
    """Words8: the catalogue's French was spaced as it is read (messages.SPACING), the site's own words were not: "Dernière
    mise à jour : 1er mars 2022", "Comparaison prête : …" could break before the colon, as "«\u00a0{value}\u00a0»" and
    "publication\u00a0:" were written by hand. Both are spaced by one rule now (strings.SPACING)."""
    import re

    said = {**strings("fr"), **strings("fr-CA"), **redline_labels("fr")}
    assert sorted(key for key, text in said.items() if re.search(r" [:;!?»]|« ", text)) == []
    assert strings("fr")["updated"] == "Dernière mise à jour\u00a0: {date}" and strings("fr")["colon"] == "\u00a0: "
    assert strings("en")["updated"] == "Last updated: {date}"
    # as every other language says it: compared with a version, not with a day ("par rapport au 1er mars 2022")
    assert strings("fr")["changes_of"] == "Modifications par rapport à la version du {date}"


def test_the_at_pages_english_names_a_version_by_its_date():
    """Words8, read as an English-speaking DPO: "the first is of 1 March 2021): on to the text that prevails", "the one
    of 1 March 2021" (a version is dated; the page opens the authoritative text)."""
    t = strings("en")
    assert t["at_earlier"].format(date="1 January 2021", first="1 March 2021") == \
        "No text in this language on 1 January 2021 (the first is dated 1 March 2021): opening the text that prevails."
    assert t["at_going"].format(date="2 March 2021", version="1 March 2021") == \
        "Version in force on 2 March 2021: the version of 1 March 2021."
