"""Reader12, session 39: the dates the site's own words name on a version's page, in a language the site has no words
for (Hungarian: its words are English, marked so), are marked as the page's language."""
from __future__ import annotations

import datetime as dt
import re

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import pages
from policysite.settings import Language, Settings

SETTINGS = Settings(company="Példa Kft", brand="Példa", public_url="https://example.test/p/",
                    languages=(Language("fr", "Français", "mkdocs.yml"), Language("hu", "Magyar", "mkdocs.hu.yml")),
                    authoritative="fr", page="index.md", version_section="1")
HTML = '<h1 id="t">T</h1><h2 id="s1">1. Egy</h2><p>Szöveg.</p>'
ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def decorated(lang: str, **options) -> str:
    return pages.decorate(HTML, env=ENV, settings=SETTINGS, lang=lang, date=dt.date(2027, 3, 1),
                          versions=[dt.date(2027, 3, 1), dt.date(2024, 9, 1)], link_versions=True, **options)


def test_an_announced_versions_line_marks_its_two_dates_as_the_pages_language():
    """"Announced on 2026. december 5., this version takes effect on 2027. március 1." was one English run: a screen
    reader read the Hungarian dates in English (WCAG 3.1.2), as the version line beside it did not."""
    html = decorated("hu", announced=dt.date(2026, 12, 5))
    line = re.search(r'<p class="policy-version-announced"([^>]*)>(.*?)</p>', html)
    assert line and line[1] == ' lang="en" dir="ltr"'
    assert line[2] == ('Announced on <span lang="hu" dir="auto">2026. december 5.</span>, this version takes effect on '
                       '<span lang="hu" dir="auto">2027. március 1.</span>')
    french = re.search(r'<p class="policy-version-announced">(.*?)</p>', decorated("fr", announced=dt.date(2026, 12, 5)))
    assert french and french[1] == "Annoncée le 5 décembre 2026, cette version entre en vigueur le 1er mars 2027."


def test_a_translations_first_version_marks_the_date_before_which_only_the_authoritative_text_existed():
    html = decorated("hu", earlier="../../fr/2024-09-01/")
    line = re.search(r'<p class="policy-earlier" data-search-exclude lang="en" dir="ltr"><a href="[^"]+">(.*?)</a>', html)
    assert line and line[1] == ('Before <span lang="hu" dir="auto">2027. március 1.</span>, this document existed only in '
                                'the language that prevails')
