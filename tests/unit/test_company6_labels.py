"""company6: a section numbered in its language's digits (`## ۲. …` of a Persian text) is labelled in them where a
reader reads its label (§۲ in messages, redlines, policy.json's mark the browser's pages read), its id in 0-9 (#s2);
one numbered in 0-9 keeps §2, whatever the language."""
from __future__ import annotations

import json

from policysite import document, export, heading_numbers
from policysite.redline import engine, render

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"


def policy(body: str, *, date: str = "2021-02-17", lang: str = "fa") -> document.Policy:
    return document.parse(f"---\ndate: {date}\n---\n# سیاست\n\n{body}", path=f"{lang}/index.md", lang=lang)


def test_own_digits_are_the_headings():
    assert heading_numbers.own_digits("۲. عنوان") == PERSIAN
    assert heading_numbers.own_digits("٣. عنوان") == "٠١٢٣٤٥٦٧٨٩"
    assert heading_numbers.own_digits("२. शीर्षक") == "०१२३४५६७८९"
    assert heading_numbers.own_digits("2. عنوان") == ""
    assert heading_numbers.own_digits("３. 全角") == ""  # (0-9's full-width forms: read as 0-9)
    assert heading_numbers.own_digits("Sans numéro") == ""


def test_a_heading_in_persian_digits_is_labelled_in_them_its_id_in_latin():
    text = policy("## ۲. داده‌ها\n\nمتن.\n\n### ۲.۱. جزئیات\n\nمتن.\n\n## ۳ مكرر - افزوده\n\nمتن.\n\n"
                  "## 4. لاتین\n\nمتن.\n")
    found = [(s.numeral, s.anchor, s.label) for s in text.sections]
    assert found == [("2", "s2", "§۲"), ("2.1", "s2-1", "§۲.۱"), ("3bis", "s3-bis", "§۳ مكرر"), ("4", "s4", "§4")]
    assert document.named(text.sections[0].numeral, text.sections[0].title, text.sections[0].mark) == "§۲ داده‌ها"
    # the browser's pages (redline.js, compare.js) label a section by policy.json's mark
    source = "---\ndate: 2021-02-17\n---\n# سیاست\n\n## ۲. داده‌ها\n\nمتن.\n\n## 4. لاتین\n\nمتن.\n"
    data = json.loads(export.policy_json(source.encode(), lang="fa", version="2021-02-17",
                                         url="https://example.test/fa/2021-02-17/", previous=None))
    assert [(s["anchor"], s.get("mark")) for s in data["sections"]] == [("s2", "§۲"), ("s4", None)]


def test_the_redline_names_a_section_as_its_heading_writes_its_number():
    old = policy("## ۱. مقدمه\n\nمتن.\n\n## ۲. داده‌ها\n\nما داده‌ها را نگه می‌داریم.\n")
    new = policy("## ۱. مقدمه\n\nمتن.\n\n## ۲. داده‌ها\n\nما داده‌ها را پاک می‌کنیم.\n", date="2022-03-01")
    said = render.render_text(engine.diff(old, new), color=False, lang="en")
    assert "§۲ داده‌ها" in said, said
    assert "§2 " not in said
    latin = render.render_text(engine.diff(
        policy("## 1. Intro\n\nText.\n\n## 2. Data\n\nWe keep data.\n", lang="en"),
        policy("## 1. Intro\n\nText.\n\n## 2. Data\n\nWe erase data.\n", date="2022-03-01", lang="en")),
        color=False, lang="en")
    assert "§2 Data" in latin


def test_a_publications_summary_names_sections_as_their_headings_write_their_numbers():
    from policysite import archive, messages

    old = policy("## ۱. مقدمه\n\nمتن.\n\n## ۲. داده‌ها\n\nما داده‌ها را نگه می‌داریم.\n")
    new = policy("## ۱. مقدمه\n\nمتن.\n\n## ۲. داده‌ها\n\nما داده‌ها را پاک می‌کنیم.\n\n## ۳. کوکی‌ها\n\nمتن تازه.\n",
                 date="2022-03-01")
    said = [messages.said_in(part, "en") for part in archive.describe(engine.diff(old, new))]
    assert said == ["§۲", "§۳ (new)"], said
