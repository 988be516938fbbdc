"""Adopt33: policies in shapes nobody here wrote (tests/data/adoption33/: synthetic texts of fictional companies),
each imported with `policy import` into a new site and built: headings, their ids and the old ids that still land,
the version's day, links and every word of the text, no word lost or added."""
from __future__ import annotations

import collections
import re
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from tests.adoption_pages import built, headings, links, markdown_words, text, words

DATA = ROOT / "tests" / "data" / "adoption33"
pytestmark = pytest.mark.usefixtures("fixed_git")


def _aliases(tree: LexborHTMLParser) -> dict[str, list[str]]:
    """Each heading's id and the old ids (span.policy-alias in it) that land on it."""
    return {str(node.attributes.get("id")): [str(span.attributes.get("id")) for span in node.css("span.policy-alias")]
            for node in tree.css("h2, h3") if node.css("span.policy-alias")}


def test_old_ids_starting_with_a_digit_still_land_on_their_sections(tmp_path, initialized):
    """An old page's ids starting with a digit (`<h2 id="1-who-we-are">`, `<a id="2">` over a heading, `<a name="3.1">`
    in one) were left out at import, the model reading them as none: a link from elsewhere to `#2` opened the page at
    its top. Each is the section's alias now; the page's own links to them land."""
    source = DATA / "privacy-notice-2023-04-02.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from April 2, 2023" in said, said
    assert "which the site reads as none" not in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-notice", "Privacy Notice"), ("h2", "s1", "1. Who we are"), ("h2", "s2", "2. The data we collect"),
        ("h3", "s2-1", "2.1 How long we keep it"), ("h2", "s3", "3. Your rights")]
    assert _aliases(tree) == {"s1": ["1-who-we-are"], "s2": ["2"], "s2-1": ["3.1"]}
    assert [href for _words, href in links(tree)] == ["#1-who-we-are", "#2", "#3.1", "mailto:privacy@larkspur.example"]
    source_tree = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("main")
    assert source_tree is not None
    assert words(tree.body.text(separator=" ")) == words(source_tree.text(separator=" "))


def test_an_english_markdown_policy_with_setext_headings_references_and_footnotes(tmp_path, initialized):
    """A hand-written Markdown policy: headings underlined (`====`, `----`), paragraphs wrapped at 64 columns,
    reference-style links (`[ICO explains][ico]`, a title), footnotes (`[^1]`), HTML entities and `&nbsp;` runs,
    "Effective as of 1st January 2024". The third heading, under a bulleted list, stayed a list item over a rule for
    the checks: the gate refused the text ("this list item is not a list item of the published page")."""
    source = DATA / "PRIVACY_POLICY-2024-01-01.md"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from January 1, 2024" in said, said
    assert "4 numbered headings written underlined" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "1. Who we are"), ("h2", "s2", "2. What we collect"),
        ("h2", "s3", "3. How long we keep it"), ("h2", "s4", "4. Your rights")]
    assert _aliases(tree) == {"s3": ["3-how-long-we-keep-it"]}  # (GitHub's id of it, the text's own link)
    assert links(tree) == [
        ("1", "#fn-1"), ("dpo@quillfeather.example", "mailto:dpo@quillfeather.example"),
        ("section 3", "#3-how-long-we-keep-it"), ("ICO explains", "https://ico.org.uk/for-the-public/"), ("2", "#fn-2")]
    assert "Quillfeather\u00a0\u00a0Ltd (“Quillfeather”, “we”)" in tree.body.text()
    # (each footnote's number shown twice, at its mark and before its note, where the source wrote `[^1]` twice)
    written = markdown_words(source.read_text(encoding="utf-8").replace("[^1]", "").replace("[^2]", ""))
    assert words(tree.body.text(separator=" ")) == written + words("1 1 2 2")


def test_a_termly_generated_policy_with_its_contents_as_a_section_and_a_cookie_table(tmp_path, initialized):
    """Termly's generated HTML: `<div>`s whose spans of a class are the title and the headings (`data-custom-class`),
    `<bdt>` placeholders, "Last updated January 15, 2024" in bold, a TABLE OF CONTENTS written as a heading over
    lines of links to the sections (it became a section of the policy, unnumbered among the numbered ones), a table
    of cookies of six columns, a link back to a section, the generator's credit line."""
    source = DATA / "cookie-and-privacy-notice-2024-01-15.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from January 15, 2024" in said, said
    assert "Markdown line 11: the heading “TABLE OF CONTENTS” over a table of contents (links to the page's headings, " \
           "nothing else) became a bold line over it: no section of the policy" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-notice", "PRIVACY NOTICE"), ("h2", "infocollect", "1. WHAT INFORMATION DO WE COLLECT?"),
        ("h2", "cookies", "2. DO WE USE COOKIES?"), ("h2", "contact", "3. HOW CAN YOU CONTACT US?")]
    assert "TABLE OF CONTENTS" in [" ".join(node.text().split()) for node in tree.css("p > strong")]
    assert [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in tree.css("tr")][:2] == [
        ["Name", "Provider", "Purpose", "Type", "Expires in", "Category"],
        ["bw_session", "brightwater.example", "Keeps you signed in", "http_cookie", "session", "Essential"]]
    assert links(tree) == [
        ("1. WHAT INFORMATION DO WE COLLECT?", "#infocollect"), ("2. DO WE USE COOKIES?", "#cookies"),
        ("3. HOW CAN YOU CONTACT US?", "#contact"),
        ("privacy@brightwater.example", "mailto:privacy@brightwater.example"), ("section 2", "#cookies"),
        ("Privacy Policy Generator", "https://termly.io/products/privacy-policy-generator/")]
    body = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("[data-custom-class=body]")
    assert body is not None
    assert words(tree.body.text(separator=" ")) == words(body.text(separator=" "))


def test_a_dutch_confluence_export_whose_heading_ids_hold_a_question_mark(tmp_path, initialized):
    """Confluence's Export to HTML, Dutch: breadcrumbs, "Space : Page" title, page details, a `toc` macro, an info
    panel with a title, a `confluenceTable`, "Laatst bijgewerkt: 3 mei 2023". Its ids of headings ending in a question
    mark (`Privacybeleid-1.Wiezijnwij?`, written `…wij-` by the import) stayed the sections' identities: two sections
    `#Privacybeleid-1.Wiezijnwij-`, the third `#s3`, the link to §2 to Confluence's id."""
    source = DATA / "Privacybeleid_2023-05-03.html"
    said, page = built(tmp_path, initialized, "nl", source)
    assert "committed the Dutch text in force from May 3, 2023" in said, said
    assert "left out the ids Confluence made of the page's title and the words of 3 headings" in said, said
    tree = text(page)
    assert [(tag, ident, words) for tag, ident, words in headings(tree)][1:] == [
        ("h2", "s1", "1. Wie zijn wij?"), ("h2", "s2", "2. Welke gegevens verwerken wij?"),
        ("h2", "s3", "3. Bewaartermijnen")]
    assert links(tree) == [("artikel 2", "#s2"), ("privacy@tulpenveld.example", "mailto:privacy@tulpenveld.example")]
    main = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("#main-content")
    assert main is not None
    for node in main.css("style, .toc-macro"):
        node.decompose()
    assert words(tree.body.text(separator=" ")) == words("Privacybeleid " + main.text(separator=" "))


def test_a_french_shopify_policy_page_with_its_theme(tmp_path, initialized):
    """Shopify's policy page (`shopify-policy__container`, its title in `shopify-policy__title`, the text in `.rte`,
    bold lines as headings), inside the theme's announcement bar, header, footer ("propulsé par Shopify") and its
    consent banner; "Dernière mise à jour : 1er mars 2024"."""
    source = DATA / "politique-de-confidentialite-2024-03-01.html"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "committed the French text in force from March 1, 2024" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "politique-de-confidentialité", "Politique de confidentialité"),
        ("h2", "informations-personnelles-que-nous-collectons", "Informations personnelles que nous collectons"),
        ("h2", "comment-nous-utilisons-vos-informations", "Comment nous utilisons vos informations"),
        ("h2", "vos-droits", "Vos droits")]
    assert links(tree) == [("bonjour@atelier-brume.example", "mailto:bonjour@atelier-brume.example"),
                           ("CNIL", "https://www.cnil.fr/fr/plaintes")]
    container = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first(".shopify-policy__container")
    assert container is not None
    assert words(tree.body.text(separator=" ")) == words(container.text(separator=" "))


def _document_words(path: Path) -> collections.Counter[str]:
    """The words of a Word or OpenDocument file's paragraphs and table cells, as written."""
    import zipfile

    with zipfile.ZipFile(path) as archive:
        xml = archive.read("word/document.xml" if path.suffix == ".docx" else "content.xml").decode("utf-8")
    return words(" ".join(re.findall(r">([^<]+)<", xml)))


def test_an_italian_google_docs_word_file_with_its_bookmarks(tmp_path, initialized):
    """Google Docs' File › Download › Word: a Title paragraph, Heading 1 paragraphs numbered by hand, each heading's
    bookmark `_heading=h.30j0zll` (Google's id, another in each copy), a link to a heading's bookmark, a bulleted list,
    "Aggiornato il 3 maggio 2023", the day in the file's name written in words."""
    source = DATA / "Informativa privacy (3 maggio 2023).docx"
    said, page = built(tmp_path, initialized, "it", source)
    assert "committed the Italian text in force from May 3, 2023" in said, said
    assert "Markdown lines 6, 12, 16 and 21: left out Google Docs' id of the heading" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "informativa-sulla-privacy", "Informativa sulla privacy"), ("h2", "s1", "1. Titolare del trattamento"),
        ("h2", "s2", "2. Dati che raccogliamo"), ("h2", "s3", "3. I tuoi diritti")]
    assert links(tree) == [("sezione 3", "#s3")]
    assert words(tree.body.text(separator=" ")) == _document_words(source)


def test_a_polish_libreoffice_document_with_bookmarks_a_list_and_a_table(tmp_path, initialized):
    """LibreOffice Writer's .odt: a Title paragraph, "Stan na dzień 3 maja 2023 r." centred, `§ 1.` headings (one
    holding a bookmark, one a point bookmark a link leads to), a bulleted list, a table, a link out; named with the day
    first, dotted (`03.05.2023`)."""
    source = DATA / "Polityka prywatności 03.05.2023.odt"
    said, page = built(tmp_path, initialized, "pl", source)
    assert "committed the Polish text in force from May 3, 2023" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "polityka-prywatności", "Polityka prywatności"), ("h2", "Administrator", "§ 1. Administrator"),
        ("h2", "s2", "§ 2. Zakres danych"), ("h2", "Prawa", "§ 3. Twoje prawa")]  # (a bookmark: links elsewhere lead to it)
    assert links(tree) == [("§ 3", "#Prawa"), ("Prezesa UODO", "https://uodo.gov.pl/")]
    assert [" ".join(item.text().split()) for item in tree.css("li")] == ["imię i nazwisko,", "adres e-mail."]
    assert words(tree.body.text(separator=" ")) == _document_words(source)


def test_a_german_policy_in_parts_numbered_again_with_definitions_and_an_annex_two_versions(tmp_path, initialized):
    """A folder of two dated Markdown versions: `Teil A`, `Teil B` parts each numbering its sections from 1, a list of
    definitions (`Term` over `:   definition`, PHP Markdown Extra's), an `Anhang 1` with its own id and a table, a
    GitHub-style link to a section (`#2-begriffe`), "Stand: 1. März 2024"; the later version adds a section to Teil B."""
    said, page = built(tmp_path, initialized, "de", DATA / "teile")
    assert "committed the German text in force from June 1, 2023" in said and \
        "committed the German text in force from March 1, 2024" in said, said
    assert said.count("lines 13 and 16: a definition list's term written in bold over its definition") == 2, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "datenschutzerklärung", "Datenschutzerklärung"), ("h2", "s1", "Teil A – Allgemeines"),
        ("h3", "s1-1", "1. Verantwortlicher"), ("h3", "s1-2", "2. Begriffe"),
        ("h2", "s2", "Teil B – Besondere Verarbeitungen"), ("h3", "s2-1", "1. Newsletter"),
        ("h3", "s2-2", "2. Bewerbungen"), ("h3", "s2-3", "3. Videokonferenzen"),
        ("h2", "anhang-1", "Anhang 1 – Auftragsverarbeiter")]
    assert _aliases(tree) == {"s1-2": ["2-begriffe"]}
    assert links(tree) == [("Teil A Nr. 2", "#2-begriffe"), ("Anhang 1", "#anhang-1")]
    assert [" ".join(term.text().split()) for term in tree.css("strong")] == ["Personenbezogene Daten", "Verarbeitung"]
    source = (DATA / "teile" / "datenschutz-2024-03-01.md").read_text(encoding="utf-8")
    assert words(tree.body.text(separator=" ")) == markdown_words(source)


@pytest.mark.parametrize("lang, title, kept", [
    ("fr", "Politique de confidentialité", "td[lang=fr]"), ("en", "Privacy Policy", "td[lang=en]")])
def test_a_canadian_policy_in_two_languages_side_by_side_each_cell_marked(tmp_path, initialized, lang, title, kept):
    """A table of two columns, English beside French, each cell marked with its language (`<td lang="fr">`), under a
    title in both: the cells holding a heading were read as the language's parts, the paragraphs beside them lost (the
    French text was its three headings); the title stayed in both languages, and the import said the page English."""
    source = DATA / "privacy-confidentialite-2023-09-15.html"
    said, page = built(tmp_path, initialized, lang, source)
    assert "in force from September 15, 2023" in said, said
    assert "the page says it is written in" not in said, said
    tree = text(page)
    assert [heading for _tag, _id, heading in headings(tree)][0] == title
    assert [ident for _tag, ident, _heading in headings(tree)][1:] == ["s1", "s2", "s3"]
    assert links(tree) == [("privacy@erabliere.example", "mailto:privacy@erabliere.example")]
    cells = LexborHTMLParser(source.read_text(encoding="utf-8"))
    assert words(tree.body.text(separator=" ")) == words(title + " " + " ".join(
        cell.text(separator=" ") for cell in cells.css(kept)))


def test_a_portuguese_wix_page_with_bold_spans_as_headings(tmp_path, initialized):
    """A Wix site's page saved from the browser: `richTextElement` blocks in nested `<div>`s, paragraphs of `font_8`,
    its headings bold by a span's own style (`font-weight:bold`), a zero-width space's empty paragraph, the site's
    header, menu and footer ("Criado com Wix.com"); "Atualizado em 5 de junho de 2023"."""
    source = DATA / "politica-privacidade-2023-06-05.html"
    said, page = built(tmp_path, initialized, "pt", source)
    assert "committed the Portuguese text in force from June 5, 2023" in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "política-de-privacidade", "Política de Privacidade"), ("h2", "s1", "1. Dados recolhidos"),
        ("h2", "s2", "2. Finalidades"), ("h2", "s3", "3. Os seus direitos")]
    assert links(tree) == [("privacidade@casaazulejo.example", "mailto:privacidade@casaazulejo.example"),
                           ("CNPD", "https://www.cnpd.pt/")]
    pages = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("#SITE_PAGES")
    assert pages is not None
    assert words(tree.body.text(separator=" ")) == words(pages.text(separator=" "))


def test_an_iubenda_policy_with_headings_in_list_items_and_its_day_at_the_end(tmp_path, initialized):
    """iubenda's policy as its HTML export writes it: the services as headings inside nested list items (`ul.for_boxes
    li h3`), ids of its own on the parts (`#purposes_data`), definitions under `h4`s in an expanding box, the day at
    the end ("Latest update: March 14, 2024") and its hosting line."""
    source = DATA / "iubenda-privacy-policy-2024-03-14.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from March 14, 2024" in said, said
    assert "4 lists of sections (each item starting with a heading): each heading became a section heading" in said
    tree = text(page)
    assert [(tag, ident) for tag, ident, _words in headings(tree)] == [
        ("h1", "privacy-policy-of-northwindexample"), ("h2", "purposes_data"), ("h3", "analytics"),
        ("h3", "plausible-analytics"), ("h3", "contacting-the-user"), ("h3", "contact-form"),
        ("h2", "contact_information"), ("h3", "owner-and-data-controller"), ("h2", "definitions"),
        ("h4", "personal-data-or-data"), ("h4", "usage-data")]
    updated = tree.css_first("p.policy-updated")  # (the site's line under the title: the text's own is at its end)
    assert updated is not None and updated.text() == "Last updated: March 14, 2024"
    updated.decompose()
    policy = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("#iubenda_policy")
    assert policy is not None
    assert words(tree.body.text(separator=" ")) == words(policy.text(separator=" "))


def test_a_british_squarespace_page_titled_by_an_h2(tmp_path, initialized):
    """A Squarespace page saved from the browser: the text in `.sqs-html-content` of a layout of sections, rows and
    columns, titled by an `<h2>` over `<h3>` headings, "Effective as of 20th November 2022" in italics, the footer's
    newsletter form; a site made for en-GB."""
    source = DATA / "privacy-policy-2022-11-20.html"
    said, page = built(tmp_path, initialized, "en-GB", source)
    assert "committed the English text in force from November 20, 2022" in said, said
    assert "the page's first heading, an <h2> above all the others, is its title (#), its other headings 1 level up" \
        in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "privacy-policy", "Privacy Policy"), ("h2", "what-we-collect", "What we collect"),
        ("h2", "newsletter", "Newsletter"), ("h2", "contact", "Contact")]
    assert links(tree) == [("hello@fernbrook.example", "mailto:hello@fernbrook.example")]
    content = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first(".sqs-html-content")
    assert content is not None
    assert words(tree.body.text(separator=" ")) == words(content.text(separator=" "))


def test_a_german_cookie_policy_with_onetrusts_cookie_list(tmp_path, initialized):
    """A cookie policy whose list OneTrust's script wrote into the page before it was saved (`#ot-sdk-cookie-policy`:
    a title repeating the section's, groups under `h4`, a table of four columns whose cells hold `ot-mobile-border`
    spans and a caption for screen readers repeating the group), its settings button in a sentence, "Stand: 3. Mai
    2023"."""
    source = DATA / "cookie-richtlinie-2023-05-03.html"
    said, page = built(tmp_path, initialized, "de", source)
    assert "committed the German text in force from May 3, 2023" in said, said
    assert "1 <button> element inside a sentence, which names it (“Cookie-Einstellungen”), kept as its words" in said
    tree = text(page)
    assert [(tag, ident) for tag, ident, _words in headings(tree)] == [
        ("h1", "cookie-richtlinie"), ("h2", "s1"), ("h2", "s2"), ("h3", "cookie-policy-title"),
        ("h4", "unbedingt-erforderliche-cookies"), ("h2", "s3")]
    assert [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in tree.css("tr")] == [
        ["Cookie-Untergruppe", "Cookies", "Verwendete Cookies", "Lebensdauer"],
        ["bergkristall.example", "OptanonConsent, OptanonAlertBoxClosed", "Erstanbieter", "364 Tage"]]
    main = LexborHTMLParser(source.read_text(encoding="utf-8")).css_first("main")
    assert main is not None
    for caption in main.css("caption"):
        caption.decompose()
    assert words(tree.body.text(separator=" ")) == words(main.text(separator=" "))


def test_the_setext_policy_in_a_git_history_dated_by_its_effective_lines(tmp_path, initialized):
    """The hand-written Markdown policy in an old site's repository, two commits a week or more before the days its
    lines say it takes effect ("Effective as of 1st September 2023", then "… 1st January 2024"): each version dated by
    its line, both imported with every heading underlined written with # marks."""
    from helpers import git

    repo = tmp_path / "old"
    (repo / "legal").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    written = (DATA / "PRIVACY_POLICY-2024-01-01.md").read_text(encoding="utf-8")
    for version, day in ((written.replace("1st January 2024", "1st September 2023").replace("90&nbsp;days", "60&nbsp;days"),
                          "2023-08-25T10:00:00+00:00"), (written, "2023-12-18T10:00:00+00:00")):
        (repo / "legal" / "privacy.md").write_text(version, encoding="utf-8")
        git(repo, "add", "-A", date=day)
        git(repo, "commit", "-qm", "Privacy policy", date=day)
    said, page = built(tmp_path, initialized, "en", "--git", repo / "legal" / "privacy.md")
    assert "dated September 1, 2023, the day its text says (“Effective as of 1st September 2023”); committed August " \
           "25, 2023" in said, said
    assert "committed the English text in force from January 1, 2024" in said, said
    assert said.count("4 numbered headings written underlined") == 2, said
    tree = text(page)
    assert [ident for _tag, ident, _words in headings(tree)] == ["privacy-policy", "s1", "s2", "s3", "s4"]
    assert "after 90\u00a0days" in tree.body.text()  # (the text in force: the later one)
