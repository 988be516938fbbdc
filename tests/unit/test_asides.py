"""A status or a state the site writes in brackets after other words is set as the language of its words sets it:
"§2 Cookies (modifiée)" in French and English, "§2 Cookie（変更）" in Japanese and Chinese (full-width brackets, no
space), "§2 쿠키(변경)" in Korean (no space). Every place that composes one (the redline as text, Markdown, HTML
and Word, the changes, history, home and version pages, versions.json, the site's front door)."""
from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT, synthetic_policy
from policysite import archive, branch, home, pages, redline
from policysite.redline import docx as word
from policysite.settings import Language, Settings
from policysite.strings import aside, aside_marks, in_digits, redline_labels, spoken, strings

ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))  # as MkDocs': the partials escape each value
# (language, before, opening, closing): the language's own, a region of it, and languages the site has no words for
CASES = [("fr", " ", "(", ")"), ("en", " ", "(", ")"), ("de", " ", "(", ")"), ("ar", " ", "(", ")"),
         ("ja", "", "（", "）"), ("zh", "", "（", "）"), ("zh-CN", "", "（", "）"), ("ko", "", "(", ")"),
         ("ja-JP", "", "（", "）"), ("zh-TW", "", "（", "）"), ("zh-Hant", "", "（", "）"),
         # Persian reads the site's English words: English's brackets around them
         ("fa", " ", "(", ")")]


@pytest.mark.parametrize("lang, before, opening, closing", CASES)
def test_an_aside_is_set_as_the_language_of_the_sites_words_sets_it(lang, before, opening, closing):
    assert aside_marks(lang) == (before, opening, closing)
    assert aside("x", lang) == f"{before}{opening}x{closing}"
    assert aside("x", lang, spaced=False) == f"{opening}x{closing}"


def _change(lang: str) -> redline.Redline:
    old = synthetic_policy("2030-01-15", title="Old title")
    new = synthetic_policy("2030-03-01", title="New title").replace("Alpha paragraph one.", "Alpha paragraph two.")
    found = archive.changes_of(new, lang=lang, previous_text=old)
    assert found is not None
    return found


@pytest.mark.parametrize("lang, before, opening, closing", CASES)
def test_a_sections_status_is_an_aside_in_every_form_of_the_redline(lang, before, opening, closing):
    """`policy diff` (text, Markdown), the changes page (HTML) and the Word redline, and the summary's "Title and
    introduction (changed)" heading its section."""
    change, t = _change(lang), redline_labels(lang)
    status = f"{opening}{t['changed']}{closing}"
    label = t['section'].format(number='1')  # (第1条, סעיף 1: the language's word, company9)
    heading = f"{label} First section"
    text = redline.render_text(change, color=False, lang=lang)
    assert f"\n{heading}{before}{status}\n" in text
    assert f"\n{t['preamble']}{before}{opening}{t['preamble_changed']}{closing}\n" in text
    markdown = redline.render_markdown(change, lang=lang)
    assert f"- {heading}{before}{status}" in markdown and f"#### {heading}{before}{status}\n" in markdown
    html = redline.render_html(change, env=ENV, lang=lang)
    ui = ' lang="en" dir="ltr"' if spoken(lang) != lang else ""
    # (its label marked: the version selector finds the section by its title alone, reader20)
    assert f'<h2><span class="redline-label">{label}</span> First section{before}<span class="redline-status"{ui}>' \
           f'{status}</span></h2>' in html
    assert re.search(rf'<a href="#redline-s1">{heading}</a>{before}(<span{ui}>)?{re.escape(status)}', html), html
    with zipfile.ZipFile(io.BytesIO(word.render_docx(change, author="Legal", lang=lang))) as docx:
        document = docx.read("word/document.xml").decode("utf-8")
    assert f">{status}</w:t>" in document


def test_french_and_english_asides_are_as_they_were():
    """The same bytes as before the asides were the language's: a space and ASCII parentheses."""
    html = redline.render_html(_change("fr"), env=ENV, lang="fr")
    assert '<h2><span class="redline-label">§1</span> First section <span class="redline-status">(modifiée)</span></h2>' \
        in html
    assert '<a href="#redline-s1">§1 First section</a> (modifiée)</li>' in html
    assert "\n§1 First section (changed)\n" in redline.render_text(_change("en"), color=False, lang="en")


@pytest.mark.parametrize("lang, before, opening, closing", CASES)
def test_a_versions_state_is_an_aside_on_the_history_in_versions_json_and_on_its_page(lang, before, opening,
                                                                                      closing):
    t = strings(lang)
    entries = [archive.Entry("2030-03-01", {"change": "editorial"}), archive.Entry("2030-01-15", None),
               archive.Entry("2030-06-01", None, upcoming=True)]
    history = archive.history_page(env=ENV, lang=lang, entries=entries)
    assert f'{before}<span class="policy-history-current">{opening}{t["in_force"]}{closing}</span></h2>' in history
    assert f'{before}<span class="policy-history-upcoming">{opening}{t["upcoming"]}{closing}</span></h2>' in history
    stop = archive.period_apart(entries[0], lang=lang)[1]  # the period's stop after its asides (reader26)
    assert f'{before}{opening}{t["editorial"]}{closing}{stop}</p>' in history
    listed = json.loads(branch.versions_json(["2030-01-15", "2030-03-01"], lang, today=dt.date(2030, 4, 1)))
    assert listed[0]["title"] == listed[0]["properties"]["date_text"] + f"{before}{opening}{t['in_force']}{closing}"
    settings = Settings(company="Example Ltd", brand="Example", public_url="https://example.test/p/",
                        languages=(Language(lang, lang, "mkdocs.yml"),), authoritative=lang, page="index.md",
                        version_section="1")
    page = pages.decorate('<h1 id="t">T</h1><h2 id="s1">1. One</h2><p>Text.</p>', env=ENV, settings=settings,
                          lang=lang, date=dt.date(2030, 3, 1), versions=[dt.date(2030, 3, 1), dt.date(2030, 1, 15)],
                          link_versions=True)
    ui = ' lang="en" dir="ltr"' if spoken(lang) != lang else ""
    this = f"{opening}{t['current_version']}{closing}"
    assert re.search(rf'</time>{before}{"<span" + ui + ">" if ui else ""}{re.escape(this)}', page), page


@pytest.mark.parametrize("lang, before, opening, closing", CASES)
def test_a_languages_name_is_an_aside_on_the_front_door_and_a_documents_date_none_on_the_home_page(lang, before,
                                                                                                  opening, closing):
    settings = Settings(company="Acme", brand="Acme", public_url="https://example.test/p/",
                        languages=(Language(lang, "Name", "mkdocs.yml"),), authoritative=lang, page="index.md",
                        version_section="1")
    door = pages.front_door(settings)
    assert door["links"][0]["text"] == door["title"] + f"{before}{opening}Name{closing}"
    doc = home.Listed("privacy", "Privacy", "privacy/", (archive.Entry("2030-01-15", None),))
    page = home.page_body(env=ENV, lang=lang, documents=[doc])
    # the home page's date in force: its words, the machine date the <time>'s, in no brackets (reader audit 35)
    # (the year in the language's digits: ۲۰۳۰ in Persian, company5)
    year = in_digits("2030", lang)
    assert re.search(rf'<a href="privacy/2030-01-15/"><time datetime="2030-01-15">(<span[^>]*>)?[^<(]*{year}'
                     r'[^<(]*(</span>)?</time></a>', page), page
    assert f"{opening}2030-01-15{closing}" not in page and ">2030-01-15<" not in page


def test_a_site_of_french_and_english_keeps_its_front_door_and_versions_as_they_were():
    settings = Settings(company="Acme", brand="Acme", public_url="https://example.test/p/",
                        languages=(Language("fr", "Français", "mkdocs.yml"),), authoritative="fr", page="index.md",
                        version_section="1")
    assert pages.front_door(settings)["links"][0]["text"] == "Politique de confidentialité d’Acme (Français)"
    listed = json.loads(branch.versions_json(["2030-01-15", "2030-03-01"], "fr", today=dt.date(2030, 4, 1)))
    assert listed[0]["title"] == "1er mars 2030 (en vigueur)"
