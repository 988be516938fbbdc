"""A numbered section is named in the reader's language (the redline's `section` word), not `§2` in every one: a
Japanese or Chinese page's redline and changes page say 第2条, a Korean one 제2조, a Hebrew one סעיף 2, an Arabic one
البند 2 (in the digits its heading writes: البند ٢); the languages whose legal texts write the section sign keep §2.
The compare page (redline.js) names them as `policy diff` does."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import document, strings
from policysite.redline import engine, render

ROOT = Path(__file__).resolve().parents[2]
WORDS = {"ja": "第2条", "zh": "第2条", "zh-Hant": "第2條", "ko": "제2조", "he": "סעיף 2", "ar": "البند 2", "fa": "بند 2",
         "en": "§2", "fr": "§2", "de": "§\u00a02", "pl": "§\u00a02", "tr": "Madde 2"}


def _policy(body: str, *, lang: str, date: str = "2021-02-17") -> document.Policy:
    return document.parse(f"---\ndate: {date}\n---\n# T\n\n{body}", path=f"{lang}/index.md", lang=lang)


@pytest.mark.parametrize("lang", sorted(WORDS))
def test_every_shipped_locale_names_a_numbered_section_in_its_words(lang: str) -> None:
    word = strings.redline_labels(lang)["section"]
    assert "{number}" in word
    assert document.label_of("2", word=word) == WORDS[lang]


def test_every_shipped_locale_has_the_word() -> None:
    for lang in strings.REDLINE_STRINGS:
        assert "{number}" in strings.redline_labels(lang)["section"], lang


def test_a_japanese_redline_names_its_sections_as_a_japanese_reader_does() -> None:
    old = _policy("## 1. はじめに\n\n本文。\n\n## 2. 取得する情報\n\n氏名を取得します。\n", lang="ja")
    new = _policy("## 1. はじめに\n\n本文。\n\n## 2. 取得する情報\n\n氏名と住所を取得します。\n", lang="ja",
                  date="2022-03-01")
    said = render.render_text(engine.diff(old, new), color=False, lang="ja")
    assert "第2条 取得する情報" in said and "§" not in said, said
    # an English site's redline of the same text keeps its own word
    assert "§2 取得する情報" in render.render_text(engine.diff(old, new), color=False, lang="en")


def test_a_caption_in_brackets_follows_the_word_without_a_space_and_own_digits_are_kept() -> None:
    assert document.named("2", "（取得する情報）", word="第{number}条") == "第2条（取得する情報）"
    assert document.named("2", "(מידע)", word="סעיף {number}") == "סעיף 2 (מידע)"
    arabic = _policy("## ٢. البيانات\n\nنص.\n", lang="ar")
    section = arabic.sections[0]
    assert document.named(section.number, section.title, section.mark, word="البند {number}") == "البند ٢ البيانات"
    assert document.named(section.number, section.title, section.mark) == "§٢ البيانات"  # (messages: the sign)


def test_the_compare_page_names_them_alike() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    script = ("const e = require(process.argv[1]); process.stdout.write(JSON.stringify(["
              "e.named('2', '取得する情報', '', '第{number}条'), e.named('2', '（取得する情報）', '', '第{number}条'),"
              "e.labelOf('2', '§٢', 'البند {number}'), e.labelOf('2', '第２条', '第{number}条'), e.named('2', 'Data', ''),"
              "e.labelOf('2bis', '', 'סעיף {number}')]))")
    out = subprocess.run([node, "-e", script, str(ROOT / "overrides/assets/javascripts/redline.js")],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [document.named("2", "取得する情報", word="第{number}条"),
                               document.named("2", "（取得する情報）", word="第{number}条"),
                               document.label_of("2", "§٢", word="البند {number}"),
                               document.label_of("2", "第２条", word="第{number}条"), document.named("2", "Data"),
                               document.label_of("2bis", word="סעיף {number}")]


def test_the_changes_page_names_a_section_in_the_page_s_words() -> None:
    from policysite import archive

    old = _policy("## 1. はじめに\n\n本文。\n\n## 2. 取得する情報\n\n氏名を取得します。\n", lang="ja")
    new = _policy("## 1. はじめに\n\n本文。\n\n## 2. 取得する情報\n\n氏名と住所を取得します。\n\n## 3. 連絡先\n\n窓口。\n",
                  lang="ja", date="2022-03-01")
    entry = archive.Entry("2022-03-01", archive.summary(engine.diff(old, new), previous="2021-02-17"))
    labels = [link.label for _, links in archive.groups(entry, lang="ja", base="../") for link in links]
    assert labels == ["第2条 取得する情報", "第3条 連絡先"], labels
    assert [link.label for _, links in archive.groups(entry, lang="en", base="../") for link in links] == [
        "§2 取得する情報", "§3 連絡先"]


def test_a_section_captioned_in_brackets_is_named_in_an_aside_without_nesting_them() -> None:
    """The changes page's links name their section to a screen reader in an aside: "（第2条（取得する情報））" nested
    the brackets; Japanese sets them in 〔…〕 (compare.js's aside alike)."""
    from jinja2 import Environment, FileSystemLoader

    from policysite.build import sandboxed

    assert strings.aside("第2条（取得する情報）", "ja") == "〔第2条（取得する情報）〕"
    assert strings.aside("変更", "ja") == "（変更）" and strings.aside("§2 (Data)", "en") == " (§2 (Data))"
    old = _policy("## 第1条（目的）\n\n目的。\n\n## 第2条（取得する情報）\n\n氏名を取得します。\n", lang="ja")
    new = _policy("## 第1条（目的）\n\n目的。\n\n## 第2条（取得する情報）\n\n氏名と住所を取得します。\n", lang="ja",
                  date="2022-03-01")
    env = sandboxed(Environment(loader=FileSystemLoader(str(ROOT / "overrides"))))
    html = render.render_html(engine.diff(old, new), env=env, lang="ja", old_url="../2021-02-17/",
                              new_url="../2022-03-01/")
    assert "〔第2条（取得する情報）〕" in html and "（第2条（取得する情報））" not in html, html
