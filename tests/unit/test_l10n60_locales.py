"""l10n60, a translator's review of the strings added lately (pdf_none, the summaries' terms replaced, numbers and
link addresses changed, the editorial mark, the section split note): what it found, checked in the class it belongs
to so that a string added later cannot bring it back."""
from __future__ import annotations

import re

import pytest

from policysite.strings import STRINGS, redline_labels, strings

ALL = sorted(STRINGS)


def said(lang: str) -> dict[str, str]:
    return {**{f"pages:{key}": text for key, text in strings(lang).items()},
            **{f"redline:{key}": text for key, text in redline_labels(lang).items()}}


@pytest.mark.parametrize("lang", ["ja", "zh", "zh-Hant"])
def test_a_count_is_written_against_its_counter_in_japanese_and_chinese(lang):
    """Every count of these languages is written against the word counting it (変更{n}件, 修改{n}个); the terms
    replaced said 「…」を全体で「…」に変更しました（6 か所）, “…”全文改为“…”（6 处）, a space no other count has."""
    assert {key: text for key, text in said(lang).items()
            if re.search(r"\{(?:n|count)\} [\u3040-\u30ff\u3400-\u9fff]", text)} == {}


@pytest.mark.parametrize("lang", ALL)
def test_the_redlines_editorial_mark_names_the_change_by_the_historys_own_words(lang):
    """The redline's "Marked by the company as an editorial change." names it as the history page does (its
    `editorial`), each word's stem kept for a language that inflects it (cs redakční změnu, fi toimitukselliseksi):
    Turkish said "biçimsel değişiklik" beside the history's "editoryal değişiklik", Persian تغییر ویرایشی beside
    اصلاح ویرایشی, Traditional Chinese 文字性修改 (the Simplified file's phrase) beside 文字修訂."""
    mark = redline_labels(lang)["editorial_version"].casefold()
    assert [word for word in strings(lang)["editorial"].casefold().split() if word[:min(5, len(word) - 1)] not in mark] == []


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_a_copy_is_not_called_by_the_word_for_a_version(lang):
    """No PDF of a version: "to keep a copy, print this page" said the copy with the word every page of these
    languages gives a version (fa نسخه, ar نسخة), "this version … to keep a version"."""
    version_word = strings(lang)["version_title"].split()[0].removeprefix("ال")
    assert strings(lang)["pdf_none"].count(version_word) == 1


def test_hebrew_addresses_the_reader_impersonally_as_its_other_instructions_do():
    """Hebrew's instructions say יש לבחור (one is to choose), as a form no reader's gender shapes; pdf_none said
    הדפיסו (print!, the plural imperative)."""
    imperative = re.compile(r"(^|[\s:(])(הדפיסו|בחרו|קראו|עיינו|השוו|לחצו|שמרו|ראו|הורידו)(\s|[.,:]|$)")
    assert {key: text for key, text in said("he").items() if imperative.search(text)} == {}
    assert "יש להדפיס" in strings("he")["pdf_none"]


def test_hindi_agrees_with_its_masculine_link():
    """The site's Hindi says यह लिंक … ले जाता है (link, masculine); the changed address said {old} की लिंक … ले जाती है,
    in the feminine."""
    assert {key: text for key, text in said("hi").items()
            if re.search(r"की लिंक|लिंक [^।]*ले जाती", text)} == {}


def test_each_line_reads_as_its_language_writes_it():
    """Korean and Japanese said the missing PDF's reason after a colon ("PDF는 없습니다: …", "ありません：…ためです"),
    a reason clause their writing ends a sentence before; Hungarian "A(z) {old} hivatkozás most ide mutat" hedged the
    article and named the link by its old address; Greek led the link "στο {new}", an article presuming a site; Persian said a part of the section with the section's own word (بخشی از متن این بخش)."""
    assert strings("ko")["pdf_none"].startswith("이 버전은 PDF로 제공되지 않습니다. ")
    assert strings("ja")["pdf_none"].startswith("この版のPDFはありません。")
    assert strings("fa")["section_split"].startswith("قسمتی از متن این بخش")  # not بخشی of a بخش
    assert "A(z)" not in redline_labels("hu")["link_changed"]
    assert redline_labels("el")["link_changed"].startswith("Ο σύνδεσμος προς {old} οδηγεί πλέον σε {new}")


@pytest.mark.parametrize("lang", ALL)
def test_a_version_to_come_is_not_said_in_force(lang):
    """The history's period of a version announced ahead says it will take effect, not the words of a version in force:
    Thai and Vietnamese said "มีผลใช้บังคับตั้งแต่ 1 มีนาคม" / "Có hiệu lực từ 1 tháng 3" (in force from) of both, a
    reader of a page built before that day told the new text already binds them."""
    t = strings(lang)
    stop = t["full_stop"]
    assert t["period_upcoming_plain"].format(start="S").removesuffix(stop) != \
        t["period_open"].format(start="S").removesuffix(stop)
    assert t["period_upcoming_plain_to"].format(start="S", until="U") != t["period"].format(start="S", until="U")


def test_thai_and_vietnamese_say_a_version_to_come_in_their_future():
    """Thai's and Vietnamese's banner, home line and announcement of a version to come, and what is not yet in force,
    in the words the file gives a version in force (มีผลใช้บังคับ, có hiệu lực), with their future (จะ, sẽ)."""
    th, vi = strings("th"), strings("vi")
    assert th["home_upcoming"].startswith("ฉบับใหม่จะมีผลใช้บังคับ")
    assert redline_labels("th")["announced"].endswith(" ฉบับนี้ยังไม่มีผลใช้บังคับ")
    assert vi["upcoming_banner"].startswith("Một phiên bản mới sẽ có hiệu lực")


def test_greek_says_inserted_words_as_its_legend_does():
    """The Greek legend says inserted text "προστέθηκε" (added), its samples "προσθήκη"; the line under words moved
    within a passage said them "εισηγμένες" (the participle of a listed share or an imported good)."""
    assert {key: text for key, text in said("el").items() if "εισηγμέν" in text} == {}
    assert "προστεθειμένες" in redline_labels("el")["moved_within"]
