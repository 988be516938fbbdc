"""A section named as its page writes its number: the English `Article 2a` is `§2a Cookies` (not `§2 bis`, its identity
and its anchor `#s2-bis` in every language), a Japanese `第３条（保存期間）` is itself (not `§3 （保存期間）`), in the
changes page, `policy diff`, the Word redline, the history and the feed."""
from __future__ import annotations

import io
import json

import docx
import pytest
from docx.oxml.ns import qn

from policysite import archive, document, export, manifest, sync
from policysite.redline import engine, render
from policysite.redline.docx import render_docx


def page(lang: str, headings: list[str], *, date: str = "2024-03-01", edited: str = "") -> str:
    body = "".join(f"## {heading}\n\n{'Edited. ' if heading == edited else ''}Text of {heading.split()[-1]}.\n\n"
                   for heading in headings)
    return f"---\ndate: {date}\n---\n\n# Policy\n\n{body}"


ENGLISH = ["Article 1 – Scope", "Article 2 – Data", "Article 3 – Rights"]
INSERTED = ENGLISH[:2] + ["Article 2a – Cookies"] + ENGLISH[2:]


def diff(lang: str, old: str, new: str) -> engine.Redline:
    return engine.diff(document.parse(old, path=f"{lang}/old", lang=lang),
                       document.parse(new, path=f"{lang}/new", lang=lang))


def headings(redline: engine.Redline) -> list[str]:
    t = render.labels(redline.lang)
    return [render._heading(s, t) for s in redline.sections if s.shown]


@pytest.mark.parametrize(("heading", "mark", "named"), [
    ("Article 2a – Cookies", "§2a", "§2a Cookies"), ("Section 5A: Transfers", "§5A", "§5A Transfers"),
    ("5.1a Cookies", "§5.1a", "§5.1a Cookies"),
    ("Article 2 bis – Collecte", "", "§2 bis Collecte"), ("Art. 2-ter Durata", "", "§2 ter Durata"),
    ("Article IV bis – Dati", "", "§4 bis Dati"), ("7.3 Objectifs", "", "§7.3 Objectifs"),
    ("المادة 2 مكرر - جمع", "§2 مكرر", "§2 مكرر جمع"),
    ("第３条（保存期間）", "第３条", "第３条（保存期間）"), ("第10条の2（開示）", "第10条の2", "第10条の2（開示）"),
    ("제3조(보존기간)", "제3조", "제3조(보존기간)"), ("제2조의2(수집)", "제2조의2", "제2조의2(수집)"),
    ("第十条之一 收集", "第十条之一", "第十条之一 收集"), ("第3条 目的", "第3条", "第3条 目的"),
])
def test_a_section_is_named_by_its_number_as_its_heading_writes_it(heading, mark, named):
    section = document.parse(f"# P\n\n## {heading}\n\nText.\n", path="p", lang="xx").sections[0]
    assert section.mark == mark
    assert document.named(section.number, section.title, section.mark) == named


def test_an_article_inserted_in_english_is_named_as_the_english_heading_writes_it_and_anchored_as_every_language():
    redline = diff("en", page("en", ENGLISH), page("en", INSERTED, date="2024-06-01"))
    assert headings(redline) == ["§2a Cookies"]
    text = render.render_text(redline, color=False)
    assert "§2a Cookies" in text and "§2 bis" not in text
    added = render.to_json(redline)["sections"][0]
    assert (added["new_number"], added["new_anchor"], added["new_mark"]) == ("2bis", "s2-bis", "§2a")
    french = diff("fr", page("fr", ["Article 1 – Objet", "Article 2 – Données", "Article 3 – Droits"]),
                  page("fr", ["Article 1 – Objet", "Article 2 – Données", "Article 2 bis – Collecte",
                              "Article 3 – Droits"], date="2024-06-01"))
    assert headings(french) == ["§2 bis Collecte"] and render.to_json(french)["sections"][0]["new_mark"] == ""
    folded = diff("en", page("en", INSERTED), page("en", ENGLISH[:2] + ["Article 3 – Cookies", "Article 4 – Rights"],
                                                    date="2024-06-01"))
    assert headings(folded) == ["§2a → §3 Cookies", "§3 → §4 Rights"]


def test_a_statute_style_article_is_named_as_its_heading_writes_it():
    japanese = ["第1条（目的）", "第2条（定義）", "第３条（保存期間）"]
    changed = diff("ja", page("ja", japanese), page("ja", japanese, date="2024-06-01", edited="第３条（保存期間）"))
    assert headings(changed) == ["第３条（保存期間）"]
    renumbered = diff("ja", page("ja", japanese), page("ja", japanese[:2] + ["第3条（利用）", "第4条（保存期間）"],
                                                       date="2024-06-01"))
    assert headings(renumbered) == ["第3条（利用）", "第３条 → 第4条（保存期間）"]
    korean = ["제1조(목적)", "제2조(정의)", "제3조(보존기간)"]
    assert headings(diff("ko", page("ko", korean), page("ko", korean, date="2024-06-01", edited="제3조(보존기간)"))) \
        == ["제3조(보존기간)"]
    removed = diff("ko", page("ko", korean), page("ko", korean[:2], date="2024-06-01"))
    assert headings(removed) == ["제3조(보존기간)"]


def test_the_history_and_the_feed_name_a_section_as_the_changes_page_does_and_a_summary_recorded_before_as_it_did():
    change = archive.changes_of(page("en", INSERTED, date="2024-06-01"), previous_text=page("en", ENGLISH), lang="en")
    data = archive.summary(change, previous="2024-03-01")
    assert data["sections"] == [{"kind": "added", "old": None, "new": "2bis", "title": "Cookies", "changed": True,
                                 "new_mark": "§2a", "at": 2}]  # (its place: histories20)
    entry = archive.Entry("2024-06-01", data)
    assert archive.groups(entry, lang="en", base="../") == [("Sections added", [("§2a Cookies", "../2024-06-01/#s2-bis", "June 1, 2024")])]
    recorded = archive.Entry("2024-06-01", {**data, "sections": [{k: v for k, v in data["sections"][0].items()
                                                                   if k != "new_mark"}]})
    assert archive.groups(recorded, lang="en", base="../")[0][1] == [("§2 bis Cookies", "../2024-06-01/#s2-bis", "June 1, 2024")]
    plain = archive.changes_of(page("en", ENGLISH, date="2024-06-01", edited=ENGLISH[1]),
                               previous_text=page("en", ENGLISH), lang="en")
    assert "new_mark" not in json.dumps(archive.summary(plain, previous="2024-03-01"))


def test_policy_json_carries_a_mark_only_where_the_heading_has_one():
    data = json.loads(export.policy_json(page("en", INSERTED).encode("utf-8"), lang="en", version="2024-03-01", url="",
                                         previous=None))
    assert [(s["number"], s.get("mark")) for s in data["sections"]] == [("1", None), ("2", None), ("2bis", "§2a"),
                                                                         ("3", None)]


def test_the_word_redline_names_the_section_as_its_heading_writes_it():
    redline = diff("en", page("en", ENGLISH), page("en", INSERTED, date="2024-06-01"))
    word = docx.Document(io.BytesIO(render_docx(redline, author="Zephyr Widgets", lang="en")))
    shown = ["".join(node.text or "" for node in p._p.iter(qn("w:t"))) for p in word.paragraphs]
    assert any(text.startswith("§2a ") for text in shown) and not any("§2 bis" in text for text in shown)


def test_a_recorded_mark_that_is_not_text_is_named_not_met_by_the_history_as_an_error():
    section = {"kind": "added", "old": None, "new": "2bis", "title": "Cookies", "changed": True}
    assert manifest.changes_problem({"sections": [section]}) == ""
    assert manifest.changes_problem({"sections": [{**section, "new_mark": "§2a"}]}) == ""
    assert manifest.changes_problem({"sections": [{**section, "new_mark": ["§2a"]}]}) == \
        "section 1's marks of its numbers are not text"


def test_policy_checks_findings_name_a_section_as_the_page_they_are_about_writes_its_number():
    french = page("fr", ["Article 1 – Objet", "Article 2 – Données", "Article 2 bis – Collecte", "Article 3 – Droits"])
    english = page("en", ENGLISH[:2] + ["Article 2a – Cookies", "Article 3 – Rights", "Article 3 – Rights"])
    english = english.replace("Text of Cookies.", "Text of Cookies.\n\n- one\n- two")
    source, translation = (document.parse(french, path="fr/index.md", lang="fr"),
                           document.parse(english, path="en/index.md", lang="en"))
    messages = [f.message for f in sync.compare(source, translation)]
    assert "§2a: French has 0 list items, English has 2" in messages
    assert not any("§2 bis" in message for message in messages)
    assert [f.message for f in translation.problems if f.rule == "structure.number-repeated"] == \
        ["§3 “Rights” repeats the number of the section at line 22: renumber one of the two (each number is "
         "its section's address, #s…)"]
    skipped = document.parse(page("en", ENGLISH[:2] + ["Article 2b – Cookies"]), path="en/index.md", lang="en")
    assert [f.message for f in skipped.problems] == [
        "§2b “Cookies” follows §2: §2a is missing: renumber it, or add the missing section"]
    capital = document.parse(page("en", ["Section 1 – Data", "Section 1C – Transfers"]), path="en/index.md", lang="en")
    assert [f.message for f in capital.problems] == [
        "§1C “Transfers” follows §1: §1A is missing: renumber it, or add the missing section"]
    french = document.parse(page("fr", ["Article 1 – Données", "Article 1 ter – Collecte"]), path="fr/index.md",
                            lang="fr")
    assert [f.message for f in french.problems] == [
        "§1 ter “Collecte” follows §1: §1 bis is missing: renumber it, or add the missing section"]
    japanese = document.parse(page("ja", ["第1条（目的）", "第３条（保存期間）"]), path="ja/index.md", lang="ja")
    # its caption in brackets right after its mark, as the heading writes it (was `第３条 “（保存期間）”`)
    assert [f.message.split(" follows")[0] for f in japanese.problems] == ["第３条（保存期間）"]
    korean = document.parse(page("ko", ["제1조(목적)", "제3조(보존기간)"]), path="ko/index.md", lang="ko")
    assert [f.message.split(" follows")[0] for f in korean.problems] == ["제3조(보존기간)"]
    # the article missing named as the page writes its articles (was "§2 is missing")
    assert [f.message for f in japanese.problems + korean.problems] == [
        "第３条（保存期間） follows 第1条: 第2条 is missing: renumber it, or add the missing section",
        "제3조(보존기간) follows 제1조: 제2조 is missing: renumber it, or add the missing section"]
    unbracketed = document.parse(page("ja", ["第1条 目的", "第3条 保存"]), path="ja/index.md", lang="ja")
    assert [f.message.split(" follows")[0] for f in unbracketed.problems] == ["第3条 “保存”"]
    assert [s.label for s in source.sections] == ["§1", "§2", "§2 bis", "§3"]
