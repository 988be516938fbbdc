"""Redline shapes no test tried (redline23), each read in every format a DPO files (the text, the changes page's HTML,
the PDF's text layer, the Word file's revisions): the same words deleted and inserted, nothing else marked. A change in
a table's header row only; punctuation only (a comma is words a lawyer reads: marked); whitespace only (no word
changed: said in the notes line, "whitespace-only edit", marked nowhere); a number changed inside a long sentence, in
the page's own digits (Persian ۱۲ → ۶) and in Arabic-Indic ones; right-to-left words replaced (Hebrew, Arabic); and a
link's target changed under the same words, which the reader must see: said beside it in every format (Word: a
comment)."""
from __future__ import annotations

import io
import re
import zipfile

import pytest
from jinja2 import Environment, FileSystemLoader
from lxml import etree

from helpers import ROOT
from policysite import pdftext, redline
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.strings import redline_labels
from unit.test_redline import policy

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TABLE = "## 1. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs | one year |\n\n## 2. End\n\nThank you.\n"
PUNCTUATION = "## 1. Data\n\nWe keep your data, for one year, and then delete it.\n\n## 2. End\n\nThank you.\n"
PERSIAN = ("## ۱. داده‌ها\n\nما داده‌های شما را به مدت ۱۲ ماه پس از پایان آخرین ارتباط شما با ما نگه می‌داریم و "
           "سپس آن‌ها را برای همیشه حذف می‌کنیم.\n\n## ۲. پایان\n\nسپاس.\n")
ARABIC = ("## 1. البيانات\n\nنحتفظ ببياناتك لمدة ١٢ شهرًا بعد آخر اتصال لك معنا ثم نحذفها نهائيًا من جميع "
          "أنظمتنا.\n\n## 2. النهاية\n\nشكرًا.\n")
HEBREW = "## 1. נתונים\n\nאנו שומרים את הנתונים שלך שנה אחת ואז מוחקים אותם.\n\n## 2. סוף\n\nתודה.\n"
# (old text, new text, language, the words deleted, the words inserted)
CASES = {
    "a table's header row only": (TABLE, TABLE.replace("| Data | Kept |", "| Data | Kept for |"), "en", [], ["for"]),
    "punctuation only": (PUNCTUATION, PUNCTUATION.replace("data, for one year,", "data for one year"), "en",
                         [",", ","], []),
    "a number in Persian digits": (PERSIAN, PERSIAN.replace("۱۲ ماه", "۶ ماه"), "fa", ["۱۲"], ["۶"]),
    "a number in Arabic-Indic digits": (ARABIC, ARABIC.replace("١٢ شهرًا", "١٣ شهرًا"), "ar", ["١٢"], ["١٣"]),
    "right-to-left words": (HEBREW, HEBREW.replace("שנה אחת", "שנתיים"), "he", ["שנה אחת"], ["שנתיים"]),
}


def _diff(old: str, new: str, lang: str) -> redline.Redline:
    return redline.diff(policy(old, lang=lang), policy(new, date="2030-02-01", lang=lang))


def _word_marks(data: bytes) -> list[tuple[str, str]]:
    body = etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml")).find(W + "body")
    out = []
    for revision in body.iter(W + "del", W + "ins"):
        if revision.getparent().tag == W + "rPr":  # (a paragraph's mark)
            continue
        words = " ".join("".join(t.text or "" for t in revision.iter(W + "t", W + "delText")).split())
        if words:
            out.append(("-" if revision.tag == W + "del" else "+", words))
    return out


def _html_marks(r: redline.Redline, lang: str) -> list[tuple[str, str]]:
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang=lang)
    html = re.sub(r'<span class="redline-sr">[^<]*</span>', "", html)
    html = html[html.index('<section class="redline-section'):] if '<section class="redline-section' in html else ""
    return [("-" if tag == "del" else "+", " ".join(words.split()))
            for tag, words in re.findall(r'<(del|ins) class="redline-(?:del|ins)">(.*?)</\1>', html, re.S)]


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_format_marks_the_same_words(case):
    old, new, lang, deleted, inserted = CASES[case]
    r = _diff(old, new, lang)
    want = sorted([("-", w) for w in deleted] + [("+", w) for w in inserted])
    assert sorted(_html_marks(r, lang)) == want
    assert sorted(_word_marks(render_docx(r, author="Acme", lang=lang))) == want
    text = redline.render_text(r, color=False, lang=lang)
    assert sorted([("-", w) for w in re.findall(r"\[-(.*?)-\]", text)]
                  + [("+", w) for w in re.findall(r"\{\+(.*?)\+\}", text)]) == want
    printed = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang=lang)).split())
    body = printed[printed.index(redline_labels(lang)["legend_deleted"]) + 1:]  # (past the legend's examples)
    body = body[body.index(re.sub(r"^## \S+ ", "", old.splitlines()[0])):]
    assert sorted([("-", w) for w in re.findall(r"\[−(.*?)\]", body)]
                  + [("+", w) for w in re.findall(r"\[\+(.*?)\]", body)]) == want


def test_whitespace_only_is_said_and_marked_nowhere():
    r = _diff(PUNCTUATION, PUNCTUATION.replace("for one year", "for  one\nyear"), "en")
    t = redline_labels("en")
    assert not r.changed and r.notes.whitespace == 1
    said = redline.render_text(r, color=False).splitlines()
    note = next(line for line in said if "whitespace" in line)
    assert not _html_marks(r, "en") and not _word_marks(render_docx(r, author="Acme"))
    html = redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")
    assert note in " ".join(html.split())
    printed = " ".join(pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang="en")).split())
    assert note in printed and "[−" not in printed.split(t["legend_deleted"])[-1]
    word = " ".join(p for p in etree.fromstring(zipfile.ZipFile(io.BytesIO(render_docx(r, author="Acme"))).read(
        "word/document.xml")).itertext())
    assert note in " ".join(word.split())


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_a_link_s_target_changed_under_the_same_words_is_said_in_every_format(lang):
    old = "## 1. Contact\n\nWrite to [our desk](https://example.test/a) for any request.\n\n## 2. End\n\nThank you.\n"
    r = _diff(old, old.replace("/a)", "/b)"), lang)
    said = redline_labels(lang)["links"]
    assert r.changed
    for shown in (redline.render_text(r, color=False, lang=lang), redline.render_markdown(r, lang=lang),
                  redline.render_html(r, env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))),
                                      lang=lang),
                  pdftext.text(redline_pdf.render_pdf(r, site="Acme", lang=lang))):
        assert said in shown and "example.test/a" in shown and "example.test/b" in shown
    data = render_docx(r, author="Acme", lang=lang)
    comments = " ".join(etree.fromstring(zipfile.ZipFile(io.BytesIO(data)).read("word/comments.xml")).itertext())
    assert said in comments and "example.test/a" in comments and "example.test/b" in comments
    assert not _word_marks(data)  # (no word of the text revised: its words are the same)
