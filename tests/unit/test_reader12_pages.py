"""Reader12, session 39: the dates the site's own words name on a version's page, in a language the site has no words
for (Hungarian: its words are English, marked so), are marked as the page's language."""
from __future__ import annotations

import datetime as dt
import re
import shutil

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


def test_the_home_pages_last_change_marks_the_legal_teams_note_and_the_sections_titles_as_the_pages_language():
    """The Hungarian home page said a document's last change ("Mostantól két évig őrizzük meg az adatokat. Sections
    changed: §2 Az általunk kezelt adatok.") in one run of the English words' mark: a screen reader read the legal
    team's Hungarian in English. The note and each section's title are marked Hungarian, as the history marks them;
    the site's words, the preamble's label among them, stay English; a language the site speaks is not marked."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import home, redline

    changes = {"previous": "2021-01-10", "preamble": True, "note": "Két évig őrizzük meg az adatokat.",
               "sections": [{"kind": "changed", "old": "2", "new": "2", "title": "Adatok & <jogok>", "changed": True}]}
    listed = home.listed("Szabályzat", doc_id="privacy", folder="", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None, "2021-06-01": changes})
    dd = LexborHTMLParser(home.page_body(env=ENV, lang="hu", documents=[listed])).css_first(".policy-home-change dd")
    assert [(node.attributes.get("lang"), node.text()) for node in dd.css("span")] == [
        ("hu", "Két évig őrizzük meg az adatokat."), ("hu", "§2 Adatok & <jogok>")]
    preamble = redline.labels("hu")["preamble"]
    assert dd.text() == f"Két évig őrizzük meg az adatokat. Sections changed: {preamble}, §2 Adatok & <jogok>."
    assert dd.parent.parent.parent.attributes["lang"] == "en"
    french = LexborHTMLParser(home.page_body(env=ENV, lang="fr", documents=[listed])).css_first(".policy-home-change dd")
    assert french.css("span") == [] and french.text().startswith("Két évig őrizzük meg az adatokat. Sections modifiées")


def test_the_home_pages_title_in_the_site_s_words_is_marked_as_their_language():
    """The Hungarian home page's heading, "Példa Kft legal documents", was marked Hungarian (every other page the site
    makes marks its heading: archive.marked_title); in a language the site speaks it stays as built."""
    from policysite import home

    built = '<h1 id="példa-kft-legal-documents">Példa Kft legal documents</h1>'
    listed = home.listed("Szabályzat", doc_id="privacy", folder="", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None})
    html = home.page(built, env=ENV, lang="hu", documents=[listed])
    assert html.startswith('<h1 id="példa-kft-legal-documents" lang="en" dir="ltr">Példa Kft legal documents</h1>')
    assert 'class="policy-home" lang="en" dir="ltr"' in html
    french = '<h1 id="documents-juridiques-de-példa-kft">Documents juridiques de Példa Kft</h1>'
    assert home.page(french, env=ENV, lang="fr", documents=[listed]).startswith(french + '<div class="policy-home">')


def test_the_historys_links_to_a_version_say_its_date_marked_as_the_pages_language():
    """The Hungarian history named each version's links by an aria-label, "Read this version (2024. szeptember 1.)",
    English words and a Hungarian date in one attribute, which cannot mark the date's language (WCAG 3.1.2). The date
    is said by words the eye does not see, marked Hungarian; the link's name is the same."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import archive

    entries = [archive.Entry("2024-09-01", {"previous": None}, until=None, upcoming=False)]
    body = LexborHTMLParser(archive.history_page(env=ENV, lang="hu", entries=entries))
    links = [a for a in body.css(".policy-history-actions a") if not a.attributes["href"].endswith("changes/")]
    assert [a.text() for a in links] == ["Read this version (2024. szeptember 1.)", "Text as JSON (2024. szeptember 1.)"]
    for a in links:
        assert "aria-label" not in a.attributes
        date = a.css_first(".policy-unseen")
        assert (date.attributes, date.text()) == ({"class": "policy-unseen", "lang": "hu", "dir": "auto"},
                                                  " (2024. szeptember 1.)")


def test_the_front_doors_link_to_a_language_the_site_has_no_words_for_names_that_language_as_where_it_leads(tmp_path):
    """The root page's link to the Hungarian text said hreflang="en" (the language of its words, English): the door's
    script, which matches hreflang to the reader's languages, sent a Hungarian reader to the French text and an English
    one to the Hungarian. hreflang is the text's language; lang stays its words'."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import build

    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")  # the template, never the live docs/
    html = build.render_root_redirect(root=tmp_path, target="fr/latest/", door=pages.front_door(SETTINGS))
    links = [(a.attributes["href"], a.attributes["hreflang"], a.attributes["lang"])
             for a in LexborHTMLParser(html).css("a[hreflang]")]
    assert links == [("fr/latest/", "fr", "fr"), ("hu/latest/", "hu", "en")]
