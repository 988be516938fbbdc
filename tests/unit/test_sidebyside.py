"""The side-by-side page's rows: each source section beside its translation, every section of both texts once."""
from __future__ import annotations

import re

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import document, sidebyside

FR = ("---\ndate: 2024-03-01\n---\n\n# Politique\n\n## 1. Version\n\nDaté.\n\n## 2. Droits\n\nAccès.\n\n"
      "## 3. Cookies\n\nAucun.\n")
EN = ("---\ndate: 2024-03-01\n---\n\n# Policy\n\n## 1. Version\n\nDated.\n\n## 2. Rights\n\nAccess.\n\n"
      "## 4. Extra\n\nOnly here.\n")


def parse(text: str, lang: str) -> document.Policy:
    return document.parse(text, path=f"{lang}/index.md", lang=lang)


def test_paired_sections_share_a_row_and_the_source_anchor():
    rows = sidebyside.rows(parse(FR, "fr"), parse(FR.replace("Droits", "Rights"), "en"))
    assert [r.anchor for r in rows] == ["s1", "s2", "s3"]
    assert [(r.source.title, r.translation.title) for r in rows] == [
        ("1. Version", "1. Version"), ("2. Droits", "2. Rights"), ("3. Cookies", "3. Cookies")]


def test_a_section_either_text_lacks_gets_its_own_row_a_translation_only_one_after_its_translated_neighbour():
    rows = sidebyside.rows(parse(FR, "fr"), parse(EN, "en"))
    shown = [(r.anchor, r.source.title if r.source else None, r.translation.title if r.translation else None)
             for r in rows]
    assert shown == [("s1", "1. Version", "1. Version"), ("s2", "2. Droits", "2. Rights"),
                     ("s4", None, "4. Extra"), ("s3", "3. Cookies", None)]


def test_page_body_has_the_notice_and_as_many_headings_in_each_column():
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    html = sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=FR,
                                text=FR.replace("Droits", "Rights"), version="2024-03-01")
    assert "Only the French text is authoritative: where the translation differs, the French text prevails." in html
    assert html.count('<div class="policy-sides-col" lang="fr" dir="ltr">') == html.count(
        '<div class="policy-sides-col" lang="en" dir="ltr">') == html.count("<h2>") / 2 == 3


def test_a_row_keeps_the_ids_its_section_kept_on_the_policy_page():
    """Reader hunt 44: a section renamed and renumbered at once is found across versions by the ids it had on a date
    (`2024-01-15.s2`), which only the policy page carried: from a side-by-side page the version selector landed on
    another section. A row keeps them, never one that is another row's id."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    html = sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=FR, text=FR, version="2024-03-01",
                                aliases={"s3": ["2024-01-15.s2", "cookies", "s1"], "s9": ["gone"]})
    assert ('<section class="policy-sides-row" id="s3"><span class="policy-alias" id="2024-01-15.s2"></span>'
            '<span class="policy-alias" id="cookies"></span>') in html
    assert html.count("policy-alias") == 2


def test_a_further_documents_page_links_the_authoritative_version_in_that_documents_folder():
    """Reader hunt 37: the English side-by-side page of a cookie policy (`en/cookies/<date>/side-by-side/`) linked
    the French version at `../../../fr/<date>/`, i.e. `en/fr/<date>/`: a 404."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    for doc_id, href in (("", "../../../fr/2024-03-01/"), ("cookies", "../../../../fr/cookies/2024-03-01/")):
        html = sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=FR, text=FR,
                                    version="2024-03-01", doc_id=doc_id)
        assert f'<a href="{href}" hreflang="fr" lang="fr"' in html


def test_a_column_in_a_language_written_right_to_left_is_laid_out_so():
    """The Arabic column of the English side-by-side page was laid out left to right (adoption hunt 9)."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    arabic = FR.replace("Politique", "سياسة الخصوصية")
    html = sidebyside.page_body(env=env, lang="en", source_lang="ar", source_text=arabic, text=EN, version="2024-03-01")
    assert html.count('<div class="policy-sides-col" lang="ar" dir="rtl">') == 4
    assert '<p class="policy-sides-lang" lang="en" dir="ltr">' in html


def test_a_numbered_list_is_drawn_numbered_as_the_site_numbers_it():
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    listed = FR.replace("Accès.", "1. Accès.\n2. Rectification.\n\nPuis :\n\n3. Effacement.\n- Un point.")
    html = sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=listed, text=listed,
                                version="2024-03-01")
    assert '<li value="3">Effacement.</li>' in html and '<li value="1">Accès.</li>' in html
    assert html.count("<ol>") == 4 and "<li>Un point.</li>" in html  # two lists in each column; a bullet stays


def test_the_columns_keep_the_texts_links_to_addresses_and_sections():
    """Reader audit 13, finding 17: the side-by-side page drew every block as plain text (the real site's ten
    links, the DPO's address among them, were lost)."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    linked = FR.replace("Accès.", "Écrivez au [délégué](mailto:dpo@example.test) ou à la **[CNIL](https://www.cnil.fr/)**"
                                  " (voir [§1](#s1) et [la page des cookies](../cookies/)).")
    html = sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=linked, text=EN, version="2024-03-01")
    assert '<a href="mailto:dpo@example.test">délégué</a>' in html
    assert '<a href="https://www.cnil.fr/"><strong>CNIL</strong></a>' in html and '<a href="#s1">§1</a>' in html
    assert "la page des cookies" in html and "../cookies/" not in html  # a page's relative link: words only


def test_each_columns_caption_starts_with_a_capital_and_names_a_regional_language_once_bracketed():
    """Words 25: a Danish, Polish or Italian side-by-side page captioned its columns "fransk (bindende)", "francuski
    (tekst wiążący)", "francese (fa fede)" (a language's name is lower case in those languages, not at a line's
    start), and a Brazilian one "português (Brasil) (tradução)"."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    said = {}
    for lang in ("da", "pt-BR", "en"):
        html = sidebyside.page_body(env=env, lang=lang, source_lang="fr", source_text=FR,
                                    text=FR.replace("Droits", "Rights"), version="2024-03-01")
        said[lang] = sorted(set(re.findall(r'<p class="policy-sides-lang"[^>]*>([^<]+)</p>', html)))
    assert said == {"da": ["Dansk (oversættelse)", "Fransk (bindende)"],
                    "pt-BR": ["Francês (faz fé)", "Português (tradução)"],
                    "en": ["English (translation)", "French (authoritative)"]}
    assert "Kun teksten på fransk er bindende" in sidebyside.page_body(
        env=env, lang="da", source_lang="fr", source_text=FR, text=FR, version="2024-03-01")


def test_a_language_the_site_has_no_words_for_reads_them_in_english_marked_so_naming_each_language_in_english():
    """Reader12: the Hungarian side-by-side page said "Only the francia text is authoritative: where the translation
    differs, the francia text prevails." and captioned its columns "Francia (authoritative)", "Magyar (translation)",
    all marked Hungarian (a screen reader read the English in a Hungarian voice, WCAG 3.1.2), and the French title of
    the authoritative version's link marked Hungarian too. (The site has Hungarian words since company20: Latvian
    stands for a language it has none for.)"""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    html = sidebyside.page_body(env=env, lang="lv", source_lang="fr", source_text=FR,
                                text=FR.replace("Droits", "Tiesības").replace("## 3. Cookies\n\nAucun.\n", ""),
                                version="2024-03-01")
    assert ('<p class="policy-sides-notice" lang="en" dir="ltr"><strong>Only the French text is authoritative: where '
            'the translation differs, the French text prevails.</strong></p>') in html
    captions = re.findall(r'<p class="policy-sides-(?:lang|missing)"([^>]*)>([^<]+)</p>', html)
    assert sorted(set(captions)) == [(' lang="en" dir="ltr"', "French (authoritative)"),
                                     (' lang="en" dir="ltr"', "Latvian (translation)"),
                                     (' lang="en" dir="ltr"', "No matching section in this text.")]
    assert re.search(r'<p lang="en" dir="ltr"><a href="\.\./">Read this version</a> · <a href="[^"]+" hreflang="fr" '
                     r'lang="fr"\s+dir="ltr">Politique</a></p>', html)
    french = sidebyside.page_body(env=env, lang="fr", source_lang="en", source_text=EN, text=FR, version="2024-03-01")
    assert '<p class="policy-sides-lang" lang="fr" dir="ltr">Anglais (fait foi)</p>' in french


def test_a_link_to_a_place_the_page_lacks_leads_to_it_on_its_columns_version_page():
    """Reader12: a note's call (`<sup>[1](#fn-1)</sup>`, as `policy import` writes footnotes) linked `#fn-1` on the
    side-by-side page, which draws no inline HTML: the note's `<span id="fn-1">` was not there, and the link went
    nowhere. It leads to the note on the version's page of its column's text; a section's link stays on the page."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    noted = {lang: text.replace("## 2. ", "Voir [§1](#s1).<sup>[1](#fn-1)</sup>\n\n## 2. ").replace(
        "Aucun.\n", 'Aucun.\n\n<span id="fn-1"></span>1. Note.\n') for lang, text in (("fr", FR), ("en", EN))}
    html = sidebyside.page_body(env=env, lang="en", source_lang="fr", source_text=noted["fr"], text=noted["en"],
                                version="2024-03-01")
    assert re.findall(r'<a href="([^"]*)">(?:§1|1)</a>', html) == [
        "#s1", "../../../fr/2024-03-01/#fn-1", "#s1", "../#fn-1"]
