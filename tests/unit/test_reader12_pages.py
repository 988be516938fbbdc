"""Reader12, session 39: the dates the site's own words name on a version's page, in a language the site has no words
for (Latvian: its words are English, marked so; Hungarian was, until company20 gave it the site's words), are
marked as the page's language."""
from __future__ import annotations

import datetime as dt
import re
import shutil

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import pages
from policysite.settings import Language, Settings

SETTINGS = Settings(company="Piemērs SIA", brand="Piemērs", public_url="https://example.test/p/",
                    languages=(Language("fr", "Français", "mkdocs.yml"), Language("lv", "Latviešu", "mkdocs.lv.yml")),
                    authoritative="fr", page="index.md", version_section="1")
HTML = '<h1 id="t">T</h1><h2 id="s1">1. Viens</h2><p>Teksts.</p>'
ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def decorated(lang: str, **options) -> str:
    return pages.decorate(HTML, env=ENV, settings=SETTINGS, lang=lang, date=dt.date(2027, 3, 1),
                          versions=[dt.date(2027, 3, 1), dt.date(2024, 9, 1)], link_versions=True, **options)


def test_an_announced_versions_line_marks_its_two_dates_as_the_pages_language():
    """"Announced on 2026. gada 5. decembris, this version takes effect on 2027. gada 1. marts" was one English run: a screen
    reader read the Latvian dates in English (WCAG 3.1.2), as the version line beside it did not."""
    html = decorated("lv", announced=dt.date(2026, 12, 5))
    line = re.search(r'<p class="policy-version-announced"([^>]*)>(.*?)</p>', html)
    assert line and line[1] == ' lang="en" dir="ltr"'
    assert line[2] == ('Announced on <span lang="lv" dir="auto">2026. gada 5. decembris</span>, this version takes effect on '
                       '<span lang="lv" dir="auto">2027. gada 1. marts</span>.')
    french = re.search(r'<p class="policy-version-announced">(.*?)</p>', decorated("fr", announced=dt.date(2026, 12, 5)))
    assert french and french[1] == "Annoncée le 5 décembre 2026, cette version entre en vigueur le 1er mars 2027."


def test_a_translations_first_version_marks_the_date_before_which_only_the_authoritative_text_existed():
    html = decorated("lv", earlier="../../fr/2024-09-01/")
    line = re.search(r'<p class="policy-earlier" data-search-exclude lang="en" dir="ltr"><a href="[^"]+">(.*?)</a>', html)
    assert line and line[1] == ('Before <span lang="lv" dir="auto">2027. gada 1. marts</span>, this document existed only in '
                                'the language that prevails')


def test_the_home_pages_last_change_marks_the_legal_teams_note_and_the_sections_titles_as_the_pages_language():
    """The Latvian home page said a document's last change ("Turpmāk datus glabājam divus gadus. Sections
    changed: §2 Mūsu apstrādātie dati.") in one run of the English words' mark: a screen reader read the legal
    team's Latvian in English. The note and each section's title are marked Latvian, as the history marks them;
    the site's words, the preamble's label among them, stay English; a language the site speaks is not marked."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import home, redline

    changes = {"previous": "2021-01-10", "preamble": True, "note": "Datus glabājam divus gadus.",
               "sections": [{"kind": "changed", "old": "2", "new": "2", "title": "Dati & <tiesības>", "changed": True}]}
    listed = home.listed("Politika", doc_id="privacy", folder="", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None, "2021-06-01": changes})
    dd = LexborHTMLParser(home.page_body(env=ENV, lang="lv", documents=[listed])).css_first(".policy-home-change dd")
    assert [(node.attributes.get("lang"), node.text()) for node in dd.css("span")] == [
        ("lv", "Datus glabājam divus gadus."), ("lv", "§2 Dati & <tiesības>")]
    preamble = redline.labels("lv")["preamble"]
    assert dd.text() == f"Datus glabājam divus gadus. Sections changed: {preamble}, §2 Dati & <tiesības>."
    assert dd.parent.parent.parent.attributes["lang"] == "en"
    french = LexborHTMLParser(home.page_body(env=ENV, lang="fr", documents=[listed])).css_first(".policy-home-change dd")
    assert french.css("span") == [] and french.text().startswith("Datus glabājam divus gadus. Sections modifiées")


def test_the_home_pages_title_in_the_site_s_words_is_marked_as_their_language():
    """The Latvian home page's heading, "Piemērs SIA legal documents", was marked Latvian (every other page the site
    makes marks its heading: archive.marked_title); in a language the site speaks it stays as built."""
    from policysite import home

    built = '<h1 id="piemērs-sia-legal-documents">Piemērs SIA legal documents</h1>'
    listed = home.listed("Politika", doc_id="privacy", folder="", today=dt.date(2021, 7, 1),
                         versions={"2021-01-10": None})
    html = home.page(built, env=ENV, lang="lv", documents=[listed])
    assert html.startswith('<h1 id="piemērs-sia-legal-documents" lang="en" dir="ltr">Piemērs SIA legal documents</h1>')
    assert 'class="policy-home" lang="en" dir="ltr"' in html
    french = '<h1 id="documents-juridiques-de-piemērs-sia">Documents juridiques de Piemērs SIA</h1>'
    assert home.page(french, env=ENV, lang="fr", documents=[listed]).startswith(french + '<div class="policy-home">')


def test_the_historys_links_to_a_version_say_its_date_marked_as_the_pages_language():
    """The Latvian history named each version's links by an aria-label, "Read this version (2024. gada 1. septembris)",
    English words and a Latvian date in one attribute, which cannot mark the date's language (WCAG 3.1.2). The date
    is said by words the eye does not see, marked Latvian; the link's name is the same."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import archive

    entries = [archive.Entry("2024-09-01", {"previous": None}, until=None, upcoming=False)]
    body = LexborHTMLParser(archive.history_page(env=ENV, lang="lv", entries=entries))
    links = [a for a in body.css(".policy-history-actions a") if not a.attributes["href"].endswith("changes/")]
    assert [a.text() for a in links] == ["Read this version (2024. gada 1. septembris)", "Text as JSON (2024. gada 1. septembris)"]
    for a in links:
        assert "aria-label" not in a.attributes
        date = a.css_first(".policy-unseen")
        assert (date.attributes, date.text()) == ({"class": "policy-unseen", "lang": "lv", "dir": "auto"},
                                                  " (2024. gada 1. septembris)")


def test_the_front_doors_link_to_a_language_the_site_has_no_words_for_names_that_language_as_where_it_leads(tmp_path):
    """The root page's link to the Latvian text said hreflang="en" (the language of its words, English): the door's
    script, which matches hreflang to the reader's languages, sent a Latvian reader to the French text and an English
    one to the Latvian. hreflang is the text's language; lang stays its words'."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import build

    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")  # the template, never the live docs/
    html = build.render_root_redirect(root=tmp_path, target="fr/latest/", door=pages.front_door(SETTINGS))
    links = [(a.attributes["href"], a.attributes["hreflang"], a.attributes["lang"])
             for a in LexborHTMLParser(html).css("a[hreflang]")]
    assert links == [("fr/latest/", "fr", "fr"), ("lv/latest/", "lv", "en")]
