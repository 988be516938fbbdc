"""Adopt32: policies in the shapes real companies' tools export them, nobody here wrote (tests/data/adoption32/:
synthetic texts of fictional companies), each imported with `policy import` into a new site and built: headings,
their ids, the version's day, links into the page and every word of the text, no word lost or added."""
from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from tests.adoption_pages import (
    built as _built,
    headings as _headings,
    links as _links,
    markdown_words as _markdown_words,
    source_words as _source_words,
    text as _text,
    words as _words,
)

DATA = ROOT / "tests" / "data" / "adoption32"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_german_policy_word_saved_as_a_filtered_web_page_with_its_contents(tmp_path, initialized):
    """Word's "Web Page, Filtered" (windows-1252, `MsoTitle`, `MsoListParagraphCxSp…` bullets in Symbol, `<o:p>`, a
    table of contents of `MsoToc1` entries linking to `_Toc` bookmarks, `§ 1` headings, `Stand: 1. März 2024`), named
    day first with dots: each contents entry ran into its page number ("§ 1 Verantwortlicher1": a word changed)."""
    source = DATA / "Datenschutz_Stand_01.03.2024.htm"
    said, page = _built(tmp_path, initialized, "de", source)
    assert "committed the German text in force from March 1, 2024" in said, said
    assert "left out the page numbers of 3 table of contents entries" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "datenschutzerklärung", "Datenschutzerklärung"), ("h2", "s1", "§ 1 Verantwortlicher"),
        ("h2", "s2", "§ 2 Erhobene Daten"), ("h3", "s2-1", "2.1. Zwecke"), ("h3", "s2-2", "2.2. Speicherdauer"),
        ("h2", "s3", "§ 3 Ihre Rechte")]
    assert _links(tree) == [
        ("§ 1 Verantwortlicher", "#s1"), ("§ 2 Erhobene Daten", "#s2"), ("§ 3 Ihre Rechte", "#s3"),
        ("datenschutz@beispiel.example", "mailto:datenschutz@beispiel.example"), ("§ 3", "#s3")]
    assert [" ".join(item.text().split()) for item in tree.css("li")] == [
        "Name und Anschrift", "E-Mail-Adresse", "Bestelldaten"]
    written = _source_words(source.read_bytes().decode("cp1252"))
    assert _words(tree.body.text(separator=" ")) == written - collections.Counter(["1", "1", "2"])  # the page numbers


def test_a_spanish_google_docs_web_page_export(tmp_path, initialized):
    """Google Docs' File › Download › Web page: `c1`… classes, spans with inline styles, a `title` paragraph, headings'
    `h.` ids, links through google.com/url, a link to a heading's `#h.` id, "Última actualización: 3 de mayo de
    2023"."""
    source = DATA / "politica-de-privacidad-2023-05-03.html"
    said, page = _built(tmp_path, initialized, "es", source)
    assert "committed the Spanish text in force from May 3, 2023" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "política-de-privacidad", "Política de privacidad"), ("h2", "s1", "1. Responsable del tratamiento"),
        ("h2", "s2", "2. Datos que tratamos"), ("h2", "s3", "3. Sus derechos")]
    assert _links(tree) == [
        ("privacidad@ejemplo.example", "mailto:privacidad@ejemplo.example"), ("1", "#s1"),
        ("Agencia Española de Protección de Datos", "https://www.aepd.es/")]
    assert tree.css_first("p") is not None and tree.css_first("p").text() == "Última actualización: 3 de mayo de 2023"
    assert _words(tree.body.text(separator=" ")) == _source_words(source.read_text(encoding="utf-8"))


def test_an_italian_docusaurus_page_with_admonitions_custom_ids_and_an_html_table(tmp_path, initialized):
    """A Docusaurus page (`id`, `sidebar_position`, `slug` in its front matter), `Art. 1 –` headings with their own
    ids (`{#titolare}`), a contents list linking to them, `:::note Sintesi` and `:::warning` admonitions, an HTML
    table inside the Markdown, "Ultimo aggiornamento: 12 gennaio 2024"."""
    source = DATA / "informativa-privacy-2024-01-12.md"
    said, page = _built(tmp_path, initialized, "it", source)
    assert "committed the Italian text in force from January 12, 2024" in said, said
    assert "line 30: raw HTML block <table> became Markdown" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "informativa-sulla-privacy", "Informativa sulla privacy"),
        ("h2", "titolare", "Art. 1 – Titolare del trattamento"), ("h2", "dati", "Art. 2 – Dati raccolti"),
        ("h2", "conservazione", "Art. 3 – Conservazione")]
    assert _links(tree) == [
        ("Art. 1 – Titolare del trattamento", "#titolare"), ("Art. 2 – Dati raccolti", "#dati"),
        ("Art. 3 – Conservazione", "#conservazione"), ("privacy@esempio.example", "mailto:privacy@esempio.example"),
        ("Art. 2", "#dati")]
    assert [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in tree.css("tr")] == [
        ["Categoria", "Finalità", "Base giuridica"], ["Dati di contatto", "Assistenza", "Art. 6(1)(b) GDPR"],
        ["Dati di navigazione", "Sicurezza", "Art. 6(1)(f) GDPR"]]
    assert _words(tree.body.text(separator=" ")) == _markdown_words(source.read_text(encoding="utf-8"))


def test_a_polish_wordpress_page_saved_with_its_theme_two_versions_in_a_folder(tmp_path, initialized):
    """WordPress (Astra) pages saved from the browser, two dated versions in a folder: the theme's header, menu,
    sidebar, footer, a cookie bar and Easy Table of Contents' box around the text, `1.1.` headings holding the
    plugin's ids (`<span class="ez-toc-section" id="1_Administrator_danych">`), which start with a digit: the
    Markdown kept `{#1_Administrator_danych}`, an id the site read as none, said nowhere; since adopt33 the section's
    alias, where links from elsewhere land."""
    said, page = _built(tmp_path, initialized, "pl", DATA / "wordpress")
    assert "committed the Polish text in force from June 1, 2023" in said and \
        "committed the Polish text in force from March 1, 2024" in said, said
    assert "reads as none" not in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "polityka-prywatności", "Polityka prywatności"), ("h2", "s1", "1. Administrator danych"),
        ("h3", "s1-1", "1.1. Dane kontaktowe"), ("h2", "s2", "2. Cele przetwarzania")]
    assert [(span.parent.attributes.get("id"), span.attributes.get("id")) for span in tree.css("span.policy-alias")] \
        == [("s1", "1_Administrator_danych"), ("s1-1", "11_Dane_kontaktowe"), ("s2", "2_Cele_przetwarzania")]
    assert _links(tree) == [("rodo@przyklad.example", "mailto:rodo@przyklad.example")]
    source = LexborHTMLParser((DATA / "wordpress" / "polityka-prywatnosci-2024-03-01.html").read_text(encoding="utf-8"))
    text = source.css_first("div.entry-content")
    for box in text.css("#ez-toc-container"):
        box.decompose()
    assert _words(tree.body.text(separator=" ")) == _words("Polityka prywatności " + text.text(separator=" "))


def test_a_portuguese_policy_in_a_git_history_with_lettered_sections(tmp_path, initialized):
    """A GitBook-style repository's `docs/legal/privacidade.md`, two commits, `A.`/`B.`/`C.` sections, a link to the
    old slug id (`#a-quem-somos`), each version dated by its words ("Última atualização: 14 de fevereiro de 2023"),
    committed days later."""
    from helpers import git

    repo = tmp_path / "old"
    (repo / "docs" / "legal").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    for number, day in ((1, "2022-06-05T10:00:00+00:00"), (2, "2023-02-20T10:00:00+00:00")):
        (repo / "docs" / "legal" / "privacidade.md").write_bytes((DATA / "git" / f"privacidade-{number}.md").read_bytes())
        git(repo, "add", "-A", date=day)
        git(repo, "commit", "-qm", f"Versão {number}", date=day)
    said, page = _built(tmp_path, initialized, "pt", "--git", repo / "docs" / "legal" / "privacidade.md")
    assert "committed the Portuguese text in force from June 5, 2022" in said, said
    assert "dated February 14, 2023, the day its text says (“Última atualização: 14 de fevereiro de 2023”); committed " \
           "February 20, 2023" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "política-de-privacidade", "Política de Privacidade"), ("h2", "s1", "A. Quem somos"),
        ("h2", "s2", "B. Que dados recolhemos"), ("h2", "s3", "C. Os seus direitos")]
    alias = tree.css_first("h2#s1 span.policy-alias")
    assert alias is not None and alias.attributes.get("id") == "a-quem-somos"  # the old link's target still answers
    assert _links(tree)[-1] == ("secção A", "#a-quem-somos")
    assert _words(tree.body.text(separator=" ")) == _markdown_words(
        (DATA / "git" / "privacidade-2.md").read_text(encoding="utf-8"))


def _word_numbered_headings(path: Path) -> Path:
    """A Dutch policy as Word saves one whose Heading 1 and Heading 2 styles are numbered by a multilevel list
    (`w:numPr` in the styles, `Artikel %1.` and `%1.%2`), not by any paragraph's own numbering."""
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    w = nsdecls("w")
    document = Document()
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="Artikel %1."/><w:lvlJc w:val="left"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    for level, style in ((0, "Heading 1"), (1, "Heading 2")):
        document.styles[style].element.get_or_add_pPr().insert(
            0, parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    for text, style in (
            ("Privacyverklaring", "Title"), ("Laatst bijgewerkt: 1 februari 2024", None), ("Wie zijn wij", "Heading 1"),
            ("Voorbeeld B.V., Keizersgracht 1, 1015 CJ Amsterdam, is verwerkingsverantwoordelijke.", None),
            ("Welke gegevens", "Heading 1"), ("Contactgegevens", "Heading 2"),
            ("Naam, e-mailadres en telefoonnummer.", None), ("Betaalgegevens", "Heading 2"),
            ("IBAN en factuuradres.", None), ("Uw rechten", "Heading 1"),
            ("U kunt inzage vragen in de gegevens uit artikel 2.1.", None)):
        document.add_paragraph(text, style=style)
    document.save(str(path))
    return path


def test_a_dutch_word_document_whose_heading_styles_are_numbered_by_a_list(tmp_path, initialized):
    """Word numbers the headings through their styles (`Artikel 1.`, `2.1`): the numbers Word shows are written, each
    heading numbered as its section, the ids the site gives them from those numbers."""
    (tmp_path / "archive").mkdir()
    source = _word_numbered_headings(tmp_path / "archive" / "privacyverklaring-2024-02-01.docx")
    said, page = _built(tmp_path, initialized, "nl", source)
    assert "committed the Dutch text in force from February 1, 2024" in said, said
    assert "Word numbers 5 headings by itself: the number Word shows is written at the start of each" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "privacyverklaring", "Privacyverklaring"), ("h2", "s1", "Artikel 1. Wie zijn wij"),
        ("h2", "s2", "Artikel 2. Welke gegevens"), ("h3", "s2-1", "2.1 Contactgegevens"),
        ("h3", "s2-2", "2.2 Betaalgegevens"), ("h2", "s3", "Artikel 3. Uw rechten")]
    from docx import Document

    written = " ".join(paragraph.text for paragraph in Document(str(source)).paragraphs)
    numbers = "Artikel 1 Artikel 2 2 1 2 2 Artikel 3"  # the numbers Word draws, written into the headings
    assert _words(tree.body.text(separator=" ")) == _words(f"{written} {numbers}")


def test_an_english_policy_word_saved_as_a_web_page_numbering_its_headings_with_a_list(tmp_path, initialized):
    """Word's own "Web Page" (not filtered): `mso-list` on each heading, its number in `<![if !supportLists]>`, `<o:p>`
    everywhere, an empty `<o:p>&nbsp;</o:p>` paragraph, lettered list items `a)`, the document's properties in a
    conditional comment, "Effective date: 30 September 2022" in italics."""
    source = DATA / "privacy-notice-2022-09-30.htm"
    said, page = _built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from September 30, 2022" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "privacy-notice", "Privacy Notice"), ("h2", "s1", "1. Who we are"), ("h2", "s2", "2. What we collect"),
        ("h3", "s2-1", "2.1. From you"), ("h3", "s2-2", "2.2. From others"), ("h2", "s3", "3. Contact")]
    assert [" ".join(item.text().split()) for item in tree.css("li")] == [
        "a) your name and address;", "b) your order history."]
    assert _links(tree) == [("dpo@widgets.example", "mailto:dpo@widgets.example")]
    assert _words(tree.body.text(separator=" ")) == _source_words(source.read_text(encoding="utf-8"))


def test_a_spanish_google_docs_page_whose_headings_are_bold_paragraphs_under_a_contents_list(tmp_path, initialized):
    """Google Docs' web page of a document written without heading styles: its title a centred bold paragraph, its
    `Artículo 1.` headings bold paragraphs holding Google's `h.` ids, a contents list linking to them at the top, a
    link to an article in the text, "Fecha de entrada en vigor: 15 de noviembre de 2023"."""
    source = DATA / "politica-app-2023-11-15.html"
    said, page = _built(tmp_path, initialized, "es", source)
    assert "committed the Spanish text in force from November 15, 2023" in said, said
    assert "3 bold paragraphs starting with a section number became section headings" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "política-de-privacidad-de-ejemplo-app", "POLÍTICA DE PRIVACIDAD DE EJEMPLO APP"),
        ("h2", "s1", "Artículo 1. Objeto"), ("h2", "s2", "Artículo 2. Datos tratados"),
        ("h2", "s3", "Artículo 3. Derechos")]
    assert _links(tree) == [
        ("Artículo 1. Objeto", "#s1"), ("Artículo 2. Datos tratados", "#s2"), ("Artículo 3. Derechos", "#s3"),
        ("dpd@ejemploapp.example", "mailto:dpd@ejemploapp.example"), ("Artículo 2", "#s2")]
    assert _words(tree.body.text(separator=" ")) == _source_words(source.read_text(encoding="utf-8"))


def test_a_dutch_gitbook_page_written_in_obsidian(tmp_path, initialized):
    """GitBook's `{% hint %}` and `{% tabs %}` around a text written in Obsidian (a `> [!info] Contact` callout, a
    `[[Cookiebeleid|ons cookiebeleid]]` link between notes, a `%%…%%` comment), a numbered contents list to the
    headings' slugs, a cookie table, "Laatst bijgewerkt: 1 september 2023" inside the hint."""
    source = DATA / "privacybeleid-2023-09-01.md"
    said, page = _built(tmp_path, initialized, "nl", source)
    assert "committed the Dutch text in force from September 1, 2023" in said, said
    assert "line 43: left out an Obsidian comment (%%…%%), which its reading view hides: “interne notitie: " \
           "nakijken”" in said, said
    tree = _text(page)
    assert _headings(tree) == [
        ("h1", "privacybeleid", "Privacybeleid"), ("h2", "wie-wij-zijn", "Wie wij zijn"),
        ("h2", "welke-gegevens", "Welke gegevens"), ("h2", "cookies", "Cookies")]
    # (its contents under `## Inhoud` kept, the heading a bold line over them since adopt33: no section of the policy)
    assert "line 11: the heading “Inhoud” over a table of contents" in said, said
    assert _links(tree) == [
        ("Wie wij zijn", "#wie-wij-zijn"), ("Welke gegevens", "#welke-gegevens"), ("Cookies", "#cookies"),
        ("privacy@voorbeeld.example", "mailto:privacy@voorbeeld.example"), ("wie wij zijn", "#wie-wij-zijn")]
    written = source.read_text(encoding="utf-8")
    shown = re.sub(r"\{%.*?%\}|%%.*?%%|\[!info\]", "", re.sub(r'\{% tab title="([^"]*)" %\}', r"\1", written))
    shown = shown.replace("[[Cookiebeleid|ons cookiebeleid]]", "ons cookiebeleid")  # (a tab's title shows)
    assert _words(tree.body.text(separator=" ")) == _markdown_words(shown)
