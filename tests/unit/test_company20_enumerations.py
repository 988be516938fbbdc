"""company20: a Traditional Chinese heading numbered as an enumeration (`一、總則`) was called an article, 第1條, by the
redline and the compare page, where the page writes 一、."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import document, redline

ROOT = Path(__file__).resolve().parents[2]


def _policy(body: str, *, date: str) -> document.Policy:
    return document.parse(f"---\ndate: {date}\n---\n# 隱私權政策\n\n{body}", path="zh-Hant/index.md", lang="zh-Hant")


OLD = "## 一、總則\n\n本公司重視您的隱私。\n\n## 二、個人資料之蒐集\n\n我們蒐集您的姓名。\n"
NEW = OLD.replace("您的姓名。", "您的姓名與電子郵件地址。") + "\n## 三、聯絡方式\n\n請來信。\n"


def test_an_enumerated_heading_is_named_as_the_page_numbers_it_not_as_an_article() -> None:
    r = redline.diff(_policy(OLD, date="2021-02-17"), _policy(NEW, date="2022-03-01"))
    said = redline.render_text(r, color=False, lang="zh-Hant")
    assert "二、個人資料之蒐集" in said and "三、聯絡方式" in said and "第2條" not in said and "第3條" not in said, said
    section = _policy(OLD, date="2021-02-17").sections[0]
    assert (section.number, section.mark) == ("1", "一、")  # its identity stays its number: its id, s1
    assert document.named("1", "總則", "１．", word="第{number}條") == "１．總則"
    assert document.named("1", "總則", "1、", word="第{number}條") == "1、總則"
    # an article is one still, and a heading numbered `3.` takes the reader's word
    article = _policy("## 第3條 保存期間\n\n五年。\n\n## 4. 聯絡\n\n請來信。\n", date="2021-02-17").sections
    assert [document.label_of(s.number, s.mark, word="第{number}條") for s in article] == ["第3條", "第4條"]


def test_the_compare_page_names_an_enumerated_heading_alike() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.skip("node not found")
    cases = [("1", "總則", "一、"), ("12", "附則", "十二、"), ("1", "總則", "１．"), ("2", "（目的）", "第2條"), ("2", "Data", "")]
    script = ("const e = require(process.argv[1]); const cases = JSON.parse(process.argv[2]); process.stdout.write("
              "JSON.stringify(cases.map(c => e.named(c[0], c[1], c[2], '第{number}條'))))")
    out = subprocess.run([node, "-e", script, str(ROOT / "overrides/assets/javascripts/redline.js"), json.dumps(cases)],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out) == [document.named(n, t, m, word="第{number}條") for n, t, m in cases] == [
        "一、總則", "十二、附則", "１．總則", "第2條（目的）", "第2條 Data"]
