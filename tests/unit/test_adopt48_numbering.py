"""Adopt48: the points of each article numbered from 1 again (`## 第2条（取得）` over `### 1. 氏名`, `### 2. …`; a
Chinese `## 二、收集` over `### 1. 注册账号`; `## Article 2` over `### 1.`) were numbers repeated: the first article's
second point took §2 (`#s2`), the second article became `#s2_1`, and `policy check` said structure.number-repeated of
a text as published. They are now that article's subsections, §2.1, as points lettered `（一）` already were."""
from __future__ import annotations

import pytest

from policysite import document


def _parsed(lang: str, headings: list[str]) -> document.Policy:
    body = "".join(f"{heading}\n\n本文。\n\n" for heading in headings)
    return document.parse(f"---\ndate: 2024-01-01\n---\n# T\n\n{body}", path="x.md", lang=lang)


@pytest.mark.parametrize(("lang", "articles"), [
    ("ja", ("## 第1条（目的）", "## 第2条（取得）", "## 第3条（保存）")),
    ("zh", ("## 一、我们如何收集", "## 二、我们如何使用", "## 三、我们如何保存")),
    ("zh-Hant", ("## 第一條 目的", "## 第二條 蒐集", "## 第三條 保存")),
    ("ko", ("## 제1조(목적)", "## 제2조(정의)", "## 제3조(보존)")),
    ("de", ("## § 1 Geltung", "## § 2 Daten", "## § 3 Rechte")),
    ("en", ("## Article 1 – Scope", "## Article 2 – Data", "## Article 3 – Rights")),
])
def test_points_numbered_from_1_in_each_article_are_its_subsections(lang: str, articles: tuple[str, str, str]):
    first, second, third = articles
    policy = _parsed(lang, [first, "### 1. 一", "### 2. 二", second, "### 1. 三", "### 2. 四", "### 3. 保存", third])
    assert [(s.level, s.numeral, s.anchor) for s in policy.sections] == [
        (2, "1", "s1"), (3, "1.1", "s1-1"), (3, "1.2", "s1-2"), (2, "2", "s2"), (3, "2.1", "s2-1"), (3, "2.2", "s2-2"),
        (3, "2.3", "s2-3"), (2, "3", "s3")]
    assert policy.problems == []
    assert [s.title for s in policy.sections][1:3] == ["一", "二"]


def test_the_ids_the_points_had_stay_as_aliases():
    """A page published before (`#s1_1` of the article's first point) still lands there."""
    policy = _parsed("ja", ["## 第1条（目的）", "### 1. 一", "### 2. 二", "## 第2条（取得）", "### 1. 三"])
    assert "s1_1" in policy.sections[1].former and "s2_1" in policy.sections[3].former


@pytest.mark.parametrize("headings", [
    # numbered on across the articles: read as written
    ["## 第1条（目的）", "### 1. 一", "### 2. 二", "## 第2条（取得）", "### 3. 三"],
    # a point skipped in one article: said as written, not read as a count of its own
    ["## Article 1 – A", "### 1. x", "### 2. y", "## Article 2 – B", "### 1. z", "### 3. w"],
    # points two levels deep: read as written
    ["## 1. A", "### 1. x", "#### 1. y", "## 2. B", "### 1. z"],
])
def test_other_numberings_are_read_as_before(headings: list[str]):
    numerals = [s.numeral for s in _parsed("en", headings).sections]
    assert not any("." in (numeral or "") for numeral in numerals), numerals


def test_a_page_numbered_with_subsections_already_is_unchanged():
    policy = _parsed("en", ["## 1. A", "### 1.1 x", "### 1.2 y", "## 2. B", "### 2.1 z"])
    assert [s.numeral for s in policy.sections] == ["1", "1.1", "1.2", "2", "2.1"]
    assert all(not s.former for s in policy.sections)


@pytest.mark.parametrize(("lang", "headings"), [
    ("ja", ["## 第1章 総則", "## 第1条（目的）", "## 第2条（定義）", "## 第2章 取得", "## 第3条（範囲）"]),
    ("zh", ["## 第一章 总则", "## 第一条 目的", "## 第二条 定义", "## 第二章 收集", "## 第三条 收集范围"]),
    ("ko", ["## 제1장 총칙", "## 제1조(목적)", "## 제2조(정의)", "## 제2장 수집", "## 제3조(수집 항목)"]),
    ("es", ["## Capítulo I. Disposiciones generales", "## Artículo 1. Objeto", "## Artículo 2. Definiciones",
            "## Capítulo II. Datos", "## Artículo 3. Datos"]),
    ("fr", ["## Chapitre 1 – Généralités", "## Article 1 – Objet", "## Article 2 – Définitions",
            "## Chapitre 2 – Données", "## Article 3 – Données"]),
])
def test_chapters_headed_as_their_articles_group_them(lang: str, headings: list[str]):
    """A page heading its chapters at its articles' level (`## 第1章 総則` then `## 第1条`) had the chapter take §1 and
    the first article `#s1_1`, each a number repeated; the chapters now group the articles, numbered on across them,
    as chapters one level above do."""
    policy = _parsed(lang, headings)
    assert [s.numeral for s in policy.sections] == ["", "1", "2", "", "3"]
    assert [policy.sections[n].anchor for n in (1, 2, 4)] == ["s1", "s2", "s3"]
    assert policy.problems == []


def test_an_article_before_the_first_chapter_leaves_the_page_as_written():
    policy = _parsed("fr", ["## Article 1 – Objet", "## Chapitre 1 – Généralités", "## Article 2 – Définitions",
                            "## Chapitre 2 – Données", "## Article 3 – Données"])
    assert [s.numeral for s in policy.sections] == ["1", "1", "2", "2", "3"]  # (and said: numbers repeated)


@pytest.mark.parametrize(("lang", "headings"), [
    # parts lettered in the Hebrew alphabet over points numbered again in each (`א.` then `1.` is §1.1)
    ("he", ["## א. כללי", "### 1. תחולה", "### 2. הגדרות", "## ב. מידע", "### 1. איסוף", "## ג. זכויות"]),
    ("he", ["## פרק א׳ – כללי", "### 1. תחולה", "### 2. הגדרות", "## פרק ב׳ – מידע", "### 1. איסוף",
            "## פרק ג׳ – זכויות"]),
    ("ru", ["## А. Общие", "### 1. Термины", "### 2. Сфера", "## Б. Данные", "### 1. Сбор", "## В. Права"]),
    # an article's paragraphs in circled digits, as Korean texts count them (`①` under 제2조 is §2.1)
    ("ko", ["## 제1조(목적)", "### ① 수집", "### ② 이용", "## 제2조(정의)", "### ① 용어", "## 제3조(보존)"]),
])
def test_parts_lettered_in_other_alphabets_and_paragraphs_in_circled_digits_number_their_sections(
        lang: str, headings: list[str]):
    policy = _parsed(lang, headings)
    assert [s.numeral for s in policy.sections] == ["1", "1.1", "1.2", "2", "2.1", "3"]
    assert policy.problems == []


def test_parts_lettered_in_korean_number_their_sections_and_a_word_so_starting_stays_a_title():
    lettered = _parsed("ko", ["## 가. 수집 항목", "### 1. 필수", "### 2. 선택", "## 나. 이용 목적", "### 1. 주문",
                              "## 다. 보유 기간"])
    assert [s.numeral for s in lettered.sections] == ["1", "1.1", "1.2", "2", "2.1", "3"]
    alone = _parsed("ko", ["## 가. 수집", "## 나. 이용", "## 다. 보유"])
    assert [(s.numeral, s.mark) for s in alone.sections] == [("1", "§가"), ("2", "§나"), ("3", "§다")]
    word = _parsed("ko", ["## 가격 안내: 무료", "## 1. 수집"])
    assert [s.numeral for s in word.sections] == ["", "1"]
