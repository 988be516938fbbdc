"""Adopt35: more shapes of the policies a new company brings (tests/data/adoption35/: synthetic texts of fictional
companies, in the shape of the tools that export them; the Word files written by hand as Word 365 writes them), each
imported with `policy import` into a new site and built: headings, their ids, section numbers, and every word of the
text, no word lost or added."""
from __future__ import annotations

import collections
import re
import zipfile

import pytest
from lxml import etree
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT, policy_in_process
from tests.adoption_pages import built, headings, markdown_words, source_words, text, word_words, words

DATA = ROOT / "tests" / "data" / "adoption35"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_articles_numbered_by_one_word_list_whose_labels_are_words_and_roman_numerals(tmp_path, initialized):
    """A French notice numbered by one multi-level Word list, no heading style: its items `ARTICLE I -` (numbering.xml's
    `ARTICLE %1 -` in Roman capitals) each a bold title over clauses `1.1.`, `1.2.` (legal numbering, w:isLgl) and
    a) b) under them. It was one bulleted list: no section, no title. Each article is a section headed as Word draws
    it, the clauses under it keep their labels."""
    source = DATA / "Conditions de traitement 2024-02-01.docx"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "committed the French text in force from February 1, 2024" in said, said
    assert "each item became a section, its bold line the heading" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "conditions-de-traitement-des-données-personnelles", "CONDITIONS DE TRAITEMENT DES DONNÉES PERSONNELLES"),
        ("h2", "s1", "ARTICLE I - OBJET"), ("h2", "s2", "ARTICLE II - DONNÉES TRAITÉES"),
        ("h2", "s3", "ARTICLE III - DROITS DES PERSONNES")]
    items = [" ".join(node.text().split()) for node in tree.css("li")]
    assert items[:2] == ["1.1. Le présent document décrit comment la société Orbe SAS traite les données de ses "
                         "clients.", "1.2. Il s’applique à tous les services d’Orbe."]
    assert "a) leurs nom et prénom ;" in items
    drawn = "ARTICLE I ARTICLE II ARTICLE III 1.1 1.2 2.1 a b 2.2 3.1"  # (the labels Word draws)
    assert words(tree.body.text(separator=" ")) == words(word_words(source)) + words(drawn)


def test_tracked_changes_not_yet_accepted_and_a_comment_are_said_at_their_paragraphs_lines(tmp_path, initialized):
    """A Word document saved with its reviewer's changes not yet accepted (`w:ins`, `w:del`: `Paris` replaced by
    `Lyon`, a paragraph deleted whole and another inserted under it) and a comment: the text is read as if they were
    accepted (the text Word shows once they are, what the company meant to publish), and each paragraph they touch
    is said at its line of the committed page with the words inserted and deleted, the comment's paragraph too (its
    words, a reviewer's, are not quoted); the legal team checks those paragraphs against the text in force. Before,
    one note counted the changes and named no paragraph."""
    source = DATA / "Politique de confidentialité 2024-03-05.docx"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "committed the French text in force from March 5, 2024" in said, said
    committed = next((tmp_path / "site" / "docs" / "fr").glob("*.md")).read_text(encoding="utf-8").split("\n")
    lyon = next(n for n, line in enumerate(committed, 1) if line.startswith("La société Exemple SAS"))
    assert (f"line {lyon}: changes tracked in the document and not yet accepted, read as accepted (inserted "
            "“Lyon”, “(« Exemple »)”; deleted “Paris”): check that this is the text that was in force") in said, said
    mail = committed.index("Vous pouvez nous écrire à dpo@exemple.fr.") + 1
    assert f"line {mail}: a reviewer's comment on this paragraph, left out: read it in the document" in said
    assert "Faut-il citer le DPO" not in said
    kept = committed.index("Nous conservons vos données trois ans après votre dernière commande.") + 1
    assert (f"line {kept}: changes tracked in the document and not yet accepted, read as accepted (deleted the "
            "paragraph “Nous conservons vos données dix ans.” above it; inserted “Nous conservons vos données trois "
            "ans après votre dernière c…”)") in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "politique-de-confidentialité", "Politique de confidentialité"),
        ("h2", "s1", "Article 1 – Responsable du traitement"), ("h2", "s2", "Article 2 – Données collectées"),
        ("h3", "s2-1", "2.1 Données de compte"), ("h3", "s2-2", "2.2 Données de navigation"),
        ("h2", "s3", "Article 3 – Vos droits")]
    assert "Paris" not in tree.body.text() and "dix ans" not in tree.body.text()
    drawn = "Article 1 Article 2 2.1 a b i ii 2.2 Article 3"  # (the labels Word draws)
    assert words(tree.body.text(separator=" ")) == words(word_words(source)) + words(drawn)


def _docusaurus_words(source: str) -> collections.Counter[str]:
    """The words a Docusaurus page shows: not its MDX imports and comments, its tabs' labels (`<TabItem label=…>`)."""
    shown = re.sub(r"(?m)^import .*$|\{/\*.*?\*/\}", "", source)
    return markdown_words(re.sub(r'<TabItem value="\w+" label="([^"]+)"[^>]*>', r"\1", shown))


def test_docusaurus_admonitions_nested_in_four_colons_show_their_titles_not_their_markers(tmp_path, initialized):
    """Docusaurus 3's admonition holding another (`::::info[Account data]` … `:::warning[Deleted accounts]` … `:::`
    … `::::`: the outer one marked with four colons): its marker lines were kept as text (`::::info[Account data]` on
    the page, its title lost in it) where three colons' were read. Each marker goes, said, its title in bold above
    its text."""
    source = DATA / "privacy-2024-05-02.mdx"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from May 2, 2024" in said, said
    assert ("line 33: left out the admonition marker ::::info[Account data] (Docusaurus, VitePress); its text is kept, "
            "its title in bold above it") in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "I. Who we are"),
                              ("h2", "s2", "II. What we collect"), ("h2", "s3", "III. Your rights")]
    bold = [" ".join(node.text().split()) for node in tree.css("p > strong")]
    assert bold[:3] == ["In short", "Account data", "Deleted accounts"], bold
    assert "::" not in tree.body.text()
    assert words(tree.body.text(separator=" ")) == _docusaurus_words(source.read_text(encoding="utf-8"))


def test_docusaurus_tabs_text_indented_under_its_tab_is_text_not_code(tmp_path, initialized):
    """The text of a Docusaurus `<TabItem>` indented four spaces under its tag, as its docs write it: MDX has no
    indented code, the old site showed a paragraph; it was published as a block of code. Each tab's label is a bold
    line over its text, read as Markdown, as a component's is."""
    source = DATA / "privacy-2024-05-02.mdx"
    _, page = built(tmp_path, initialized, "en", source)
    tree = text(page)
    assert tree.css("pre, code") == []
    paragraphs = [" ".join(node.text().split()) for node in tree.css("p")]
    for tab, words_of_it in (("Web app", "The web app stores no cookies beyond your session."),
                             ("Desktop app", "The desktop app sends crash reports only if you allow it.")):
        assert paragraphs[paragraphs.index(tab) + 1] == words_of_it, paragraphs


def test_a_saved_page_whose_main_holds_a_newsletter_form_beside_the_article(tmp_path, initialized):
    """A page saved from a browser (File › Save Page As…: its scripts, header, breadcrumbs, footer, a cookie banner
    and a chat widget): its <main> holds the <article> of the text and, beside it, the site's newsletter sign-up
    under a heading of its own, `Get fresh news`, which was published as a fourth section of the policy. The block
    holding the form is left out and said with its words; the article is the text, every word of it."""
    source = DATA / "Privacy Policy – Lumen Bakery (2023-11-07).html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from November 7, 2023" in said, said
    assert ("left out a form to fill in beside the page's <article> holding the text (“Get fresh news Your e-mail "
            "Subscribe”)") in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "privacy-policy", "Privacy Policy"), ("h2", "who", "1. Who we are"),
                              ("h2", "data", "2. The data we collect"), ("h2", "rights", "3. Your rights")]
    article = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("article")
    assert article is not None
    assert words(tree.body.text(separator=" ")) == words(article.text(separator=" "))


def test_google_docs_sections_numbered_by_a_list_and_their_clauses_numbered_under_them(tmp_path, initialized):
    """A Google Docs export (File › Download › Web page) whose sections are items of a numbered list in bold, 13pt
    (no heading style), the clauses of section 2 a list of the level under it, drawn `2.1.`, `2.2.` by the export's
    CSS counters: the sections became headings, and the clauses, nested in no item of the list above any more, were
    labelled `1.1.` and `2.1.`, numbers the document never showed. Each item's label is counted as the CSS counts
    it, in the page's order."""
    source = DATA / "politica-de-privacidad-2023-04-11.html"
    said, page = built(tmp_path, initialized, "es", source)
    assert "committed the Spanish text in force from April 11, 2023" in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "politica-de-privacidad", "POLITICA DE PRIVACIDAD"),
                              ("h2", "s1", "1. Responsable del tratamiento"), ("h2", "s2", "2. Datos que tratamos"),
                              ("h2", "s3", "3. Derechos")]
    assert [" ".join(node.text().split()) for node in tree.css("li")] == [
        "2.1. Datos de clientes: nombre, dirección y teléfono.", "2.2. Datos de proveedores: persona de contacto."]
    drawn = "1 2 2 1 2 2 3"  # (the labels the export's CSS draws)
    assert words(tree.body.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) + words(drawn)


def test_articles_of_a_word_list_labelled_in_words_over_plain_titles(tmp_path, initialized):
    """The same notice, its article titles in plain capitals (no bold), as `1.` INTRODUCTION over Word's clauses is
    read: each article is a section headed `ARTICLE I - OBJET` as Word draws it. It stayed one bulleted list. Its
    first line, in plain capitals too, is its title (adopt36: it stayed a paragraph, the site's title added)."""
    source = DATA / "Conditions generales de confidentialite 2024-02-01.docx"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "each item became a section, that line the heading" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "conditions-de-traitement-des-données-personnelles", "CONDITIONS DE TRAITEMENT DES DONNÉES PERSONNELLES"),
        ("h2", "s1", "ARTICLE I - OBJET"), ("h2", "s2", "ARTICLE II - DONNÉES TRAITÉES"),
        ("h2", "s3", "ARTICLE III - DROITS DES PERSONNES")]
    drawn = "ARTICLE I ARTICLE II ARTICLE III 1.1 1.2 2.1 a b 2.2 3.1"  # (the labels Word draws)
    assert words(tree.body.text(separator=" ")) == words(word_words(source)) + words(drawn)


def test_opendocument_tracked_changes_and_a_comment_are_said_at_their_paragraphs_lines(tmp_path, initialized):
    """A Polish LibreOffice text saved with its changes tracked and not yet accepted (`text:change` where `Warszawie`
    was deleted, `text:change-start` … `text:change-end` around `Gdańsku`, a paragraph replaced) and a comment
    (`office:annotation`): read as if accepted, as before, and now each paragraph said at its line of the committed
    page with the words inserted and deleted, the comment's paragraph too, its words not quoted."""
    source = DATA / "polityka-prywatnosci-2023-10-02.odt"
    said, page = built(tmp_path, initialized, "pl", source)
    committed = next((tmp_path / "site" / "docs" / "pl").glob("*.md")).read_text(encoding="utf-8").split("\n")
    city = next(n for n, line in enumerate(committed, 1) if line.startswith("Administratorem danych"))
    assert (f"line {city}: changes tracked in the document and not yet accepted, read as accepted (inserted "
            "“Gdańsku”; deleted “Warszawie”)") in said, said
    contact = committed.index("Kontakt: iod@bursztyn.example.") + 1
    assert f"line {contact}: a reviewer's comment on this paragraph, left out" in said, said
    assert "KRS" not in said
    kept = committed.index("Przechowujemy dane przez pięć lat od ostatniego zamówienia.") + 1
    assert f"line {kept}: changes tracked in the document" in said and "“Przechowujemy dane przez dziesięć lat.”" \
        in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "polityka-prywatności", "Polityka prywatności"), ("h2", "s1", "1. Administrator"),
                              ("h2", "s2", "2. Okres przechowywania"), ("h2", "s3", "3. Prawa")]
    with zipfile.ZipFile(source) as archive:
        root = etree.fromstring(archive.read("content.xml"))
    body = root.find(".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}text")
    for unread in body.findall(".//{urn:oasis:names:tc:opendocument:xmlns:text:1.0}tracked-changes") + body.findall(
            ".//{urn:oasis:names:tc:opendocument:xmlns:office:1.0}annotation"):
        parent, before = unread.getparent(), unread.getprevious()  # (the deleted words, the comment; not the words
        if before is not None:  # after it)
            before.tail = (before.tail or "") + (unread.tail or "")
        else:
            parent.text = (parent.text or "") + (unread.tail or "")
        parent.remove(unread)
    assert words(tree.body.text(separator=" ")) == words(" ".join(body.itertext()))


def test_with_no_dated_text_the_error_names_every_format_the_import_reads(tmp_path, initialized):
    """A WordPress export given alone: said with what to import instead, then the error that nothing was imported,
    which listed .md, .html and .docx, not OpenDocument's .odt, which the import reads too."""
    site = initialized(tmp_path / "site", "--company", "Example", "--languages", "en")
    export = tmp_path / "brightfield.WordPress.xml"
    export.write_text("<rss><channel/></rss>", encoding="utf-8")
    said = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "en", str(export)])
    assert said.returncode != 0
    assert "an XML file (a WordPress export, Tools › Export" in said.stdout + said.stderr, said.stdout + said.stderr
    # (the kinds named from the readers' own table since company17's f19b6b92)
    assert all(kind in said.stderr for kind in ("Markdown (.md", "HTML (.html", "Word (.docx", "OpenDocument (.odt")), \
        said.stderr
