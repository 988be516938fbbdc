"""Adopt48: fictional policies in the shapes Chinese, Arabic, Vietnamese and Japanese sites publish them
(tests/data/adoption48/), each imported with `policy import` into a new site and built: every word a reader of the
source saw is built (less what the import says it left out), each heading is the section its numbering makes it, and
the day is the one the page's own words say (Han numerals, Vietnamese months in words, Arabic's Gregorian mark)."""
from __future__ import annotations

import shutil

import pytest

from helpers import ROOT
from tests.adoption_pages import built, headings, source_words, text, words
from tests.helpers import policy_in_process

DATA = ROOT / "tests" / "data" / "adoption48"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_chinese_page_numbered_by_parts_and_points_is_built_with_its_subsections(tmp_path, initialized):
    """`一、` parts over `1.` points numbered again in each: §1.1, §2.1, each at its level (they were moved to `##`
    and refused as numbers repeated); the e-mail address written against `，` passes (it was "malformed", the build
    refused); the page's `生效日期：二〇二三年三月一日` is read as its day."""
    site = initialized(tmp_path / "named", "--company", "Example", "--languages", "zh")
    undated = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "zh",
                                 str(DATA / "yinsi-zhengce.html")])
    assert undated.returncode != 0
    assert "its text says “生效日期：二〇二三年三月一日”" in undated.stderr and \
        "rename it yinsi-zhengce-2023-03-01.html" in undated.stderr, undated.stderr
    source = tmp_path / "yinsi-zhengce-2023-03-01.html"
    shutil.copy(DATA / "yinsi-zhengce.html", source)
    said, page = built(tmp_path, initialized, "zh", source)
    assert "committed the Chinese text in force from March 1, 2023" in said, said
    tree = text(page)
    assert [(tag, anchor, title) for tag, anchor, title in headings(tree)][1:] == [
        ("h2", "s1", "一、我们如何收集您的个人信息"), ("h3", "s1-1", "1. 注册会员"), ("h3", "s1-2", "2. 线上下单"),
        ("h2", "s2", "二、我们如何使用Cookie"), ("h3", "s2-1", "1. 必要的Cookie"), ("h3", "s2-2", "2. 统计分析"),
        ("h2", "baocun", "三、我们如何保存您的个人信息"), ("h2", "s4", "四、如何联系我们")]
    assert words(tree.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) - words(
        "青禾茶舍 首页 关于我们 Copyright © 2023 青禾茶舍 版权所有 沪ICP备00000000号")


def test_an_arabic_page_of_articles_numbered_in_words_is_built_as_numbered_sections(tmp_path, initialized):
    """`المادة الأولى: …` (articles numbered by their ordinal adjective, right to left): sections 1 to 4, each link
    into the page landing on its heading, every word of the article built."""
    source = DATA / "siyasat-alkhususiya-2022-09-15.html"
    said, page = built(tmp_path, initialized, "ar", source)
    assert "committed the Arabic text in force from September 15, 2022" in said, said
    tree = text(page)
    assert [title for _tag, _anchor, title in headings(tree)][1:] == [
        "المادة الأولى: التعريفات", "المادة الثانية: البيانات التي نجمعها", "المادة الثالثة: مدة الاحتفاظ",
        "المادة الرابعة: حقوقك"]
    ids = {str(node.attributes.get("id")) for node in tree.css("[id]")}
    assert all(str(link.attributes.get("href"))[1:] in ids for link in tree.css("a[href^='#']"))
    assert words(tree.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) - words(
        "مخبز الواحة الرئيسية اتصل بنا جميع الحقوق محفوظة © 2022 مخبز الواحة")


def test_a_vietnamese_page_named_with_its_day_in_words_is_that_day_s_version(tmp_path, initialized):
    """`…-ngay-17-thang-hai-nam-2021.html` (the month in words, as its date line writes it: `tháng Hai`) is the
    version of 17 February 2021 (it was refused as undated); its `Điều` articles are sections 1 to 4."""
    source = DATA / "chinh-sach-bao-mat-ngay-17-thang-hai-nam-2021.html"
    said, page = built(tmp_path, initialized, "vi", source)
    assert "committed the Vietnamese text in force from February 17, 2021" in said, said
    tree = text(page)
    assert [anchor for _tag, anchor, _title in headings(tree)][1:] == ["s1", "s2", "s3", "s4"]
    assert words(tree.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) - words(
        "Cà phê Sông Hàn Trang chủ Liên hệ Trang chủ Chính sách bảo mật © 2021 Cà phê Sông Hàn. Bảo lưu mọi quyền."
    ) + words("a b c")  # (the lettered list's labels, kept in its items' text)


def test_a_japanese_page_heading_chapters_as_its_articles_keeps_the_articles_numbers(tmp_path, initialized):
    """`第1章` and `第1条` all `<h3>`: the chapters group the articles, which keep their numbers on across them (the
    chapter took §1 and the first article `#s1_1`); `令和四年四月一日 制定` is the page's day, said for the rename."""
    site = initialized(tmp_path / "named", "--company", "Example", "--languages", "ja")
    undated = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "ja",
                                 str(DATA / "kojin-joho-hogo-hoshin.html")])
    assert "rename it kojin-joho-hogo-hoshin-2022-04-01.html" in undated.stderr, undated.stderr
    source = tmp_path / "kojin-joho-hogo-hoshin-2022-04-01.html"
    shutil.copy(DATA / "kojin-joho-hogo-hoshin.html", source)
    _said, page = built(tmp_path, initialized, "ja", source)
    tree = text(page)
    assert [anchor for _tag, anchor, _title in headings(tree)][1:] == [
        "総則", "s1", "s2", "取得及び利用", "s3", "s4", "雑則", "s5"]
    shown = source_words(source.read_text(encoding="utf-8")) - words("さくら歯科クリニック トップ アクセス © 2022 "
                                                                     "さくら歯科クリニック 個人情報保護方針")
    assert words(tree.text(separator=" ")) - words("個人情報保護方針 最終更新日 2022年4月1日") == shown
