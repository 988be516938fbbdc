"""Adopt44: synthetic policies of fictional companies in shapes not yet covered (tests/data/adoption44/), each imported
with `policy import` into a new site and built: the built page holds the words a reader of the source saw (less
what the import says it left out), its headings are sections, and the build is not refused."""
from __future__ import annotations

import pytest

from helpers import ROOT
from tests.adoption_pages import built, headings, markdown_words, source_words, text, words

DATA = ROOT / "tests" / "data" / "adoption44"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_pdf_saved_line_by_line_is_built_as_its_paragraphs_and_sections(tmp_path, initialized):
    """pdftohtml's page: built, each numbered bold line a section, each paragraph one `<p>`, every word of the PDF
    there but its page headers and numbers."""
    source = DATA / "privacy-notice-2022-03-14.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "committed the English text in force from March 14, 2022" in said, said
    tree = text(page)
    assert [words for _tag, _id, words in headings(tree)] == [
        "Mistral Cycles Privacy Notice", "1. Who we are", "2. What we collect", "3. Why we use it",
        "4. How long we keep it", "5. Your rights"]
    paragraphs = [" ".join(node.text().split()) for node in tree.css("p")]
    assert "Repair records are kept for two years after the last visit. Copies of identity documents are deleted on " \
           "the day the rented bicycle comes back. Invoices are kept for six years, as tax law requires." in paragraphs
    page_text, outline = source.read_text(encoding="utf-8").split('<a name="outline"></a>')
    shown = source_words(page_text + "</body></html>")
    assert outline.count("<li>") == 5, "the outline, said, left out"
    assert words(tree.text(separator=" ")) == shown - words("Page 1 of 2 Page 2 of 2 Mistral Cycles Privacy Notice "
                                                            "docu ments") + words("documents")


def test_a_google_docs_export_is_built_with_its_numbered_headings_and_direct_links(tmp_path, initialized):
    """A Google Docs "Web page (.html)" export (a class per run, numbered headings as list items, links through
    google.com/url): sections 1, 1.1, 1.2, 2, 3, the link to its address, every word of the page."""
    source = DATA / "Privacy Policy (Google Docs) 2023-08-01.html"
    _said, page = built(tmp_path, initialized, "en", source)
    tree = text(page)
    assert [(tag, words) for tag, _id, words in headings(tree)] == [
        ("h1", "Tidewater Kayak Tours – Privacy Policy"), ("h2", "1. Information we collect"),
        ("h3", "1.1 When you book"), ("h3", "1.2 On our website"), ("h2", "2. How we use it"), ("h2", "3. Contact")]
    assert "https://booking-service.example/privacy" in [str(a.attributes.get("href")) for a in tree.css("a")]
    assert words(tree.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) + words("1 1.1 1.2 2 3")


def test_a_consent_manager_s_cookie_declaration_is_built_with_every_table_and_collapsed_section(tmp_path, initialized):
    """A consent manager's hosted cookie declaration (six-column tables, purposes in nested lists, a "Show more"
    panel closed, a `<details>`): every cookie of every table built, the banner and the button left out."""
    source = DATA / "cookie-declaration-2024-02-14.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "removed the page's consent banner" in said, said
    tree = text(page)
    cells = {" ".join(cell.text().split()) for cell in tree.css("td")}
    assert {"qf_basket", "CMPConsent", "_pk_id.#", "_pk_ses.#", "pk_vid", "wishlist_seen"} <= cells, cells
    assert len(tree.css("table")) == 3 and len(tree.css("li li li")) == 1
    assert "Allow all" not in tree.text() and "Show more" not in tree.text()


def test_a_notion_export_and_a_pandoc_page_are_built_with_their_callouts_tables_and_notes(tmp_path, initialized):
    """A Notion Markdown export (UUID in its name, properties, callouts in <aside>, toggles as nested items) and a
    Pandoc page (an HTML table, footnotes): every word of each text built, bar Notion's properties and icons."""
    notion = DATA / "Privacy Notice 2024-03-01 4f9c2a7e1b3d4c5e8f6a0b9c7d2e1f3a.md"
    said, page = built(tmp_path, initialized, "en", notion)
    assert "left out the Notion page's properties under its title" in said, said
    tree = text(page)
    assert words(tree.text(separator=" ")) == markdown_words(notion.read_text(encoding="utf-8")) - words(
        "Owner: Legal team Last edited: Status: Published") + words("Last updated")  # (the site's line, its text none)
    pandoc = DATA / "privacy-2022-06-30.md"
    said, page = built(tmp_path / "pandoc", initialized, "en", pandoc)
    tree = text(page)
    assert [" ".join(row.text().split()) for row in tree.css("tr")][1:] == [
        "Identity Name, job title You", "Contact Work e-mail, phone You",
        "Usage Pages visited, features used in the trial Our servers' logs"]
    assert "company number 01234567" in tree.text() and "Article 28" in tree.text()


def test_a_folder_of_versions_named_as_the_old_site_kept_them_is_built_as_each_dated_version(tmp_path, initialized):
    """An archive of an old site's versions: HTML files in `archive/`, a Markdown one named `v3 (March 2021).md` whose
    text says its day, the current one named by its day, a note beside them: four versions, each dated, the note
    skipped, the newest built."""
    said, page = built(tmp_path, initialized, "en", DATA / "versions")
    for day in ("May 1, 2019", "January 15, 2020", "March 1, 2021", "September 12, 2023"):
        assert f"committed the English text in force from {day}" in said, said
    assert "README.txt: skipped: plain text whose name holds no date" in said, said
    tree = text(page)
    assert [words for _tag, _id, words in headings(tree)][-2:] == ["5. Online booking", "6. Contact"]


@pytest.mark.parametrize(("name", "sections"), [
    ("privacy-faq-2024-01-08.html", ["1. Who looks after my information?", "2. What do you keep about me?",
                                     "3. Who else sees it?", "4. How do I get a copy?"]),
    ("privacy-policy-2023-05-22.html", ["1. Personal information we collect", "2. How we use your personal "
                                        "information", "3. How we share it", "4. Your rights"]),
    ("PRIVACY-2021-07-19.md", ["1. Scope", "2. Information we collect", "2.1 Information you give us",
                               "2.2 Information collected automatically", "2.2.1 Crash reports", "3. Definitions",
                               "4. Contact"]),
    ("privacy-notice-2021-11-02.html", ["1. INTRODUCTION", "2. COLLECTION", "3. USE AND DISCLOSURE",
                                        "4. ACCESS AND COMPLAINTS"]),
])
def test_sections_in_accordions_contents_and_clauses_are_built_as_sections(tmp_path, initialized, name, sections):
    """An accordion of `<details>` (a `<summary>` holding an `<h2>`, one without), a Shopify page's contents with
    "Back to contents" links, a GitHub PRIVACY.md's contents by slugs, clauses 1.1/2.1.1 under capitalised headings:
    each section a heading of the built page, each link into the page landing on an element of it."""
    _said, page = built(tmp_path, initialized, "en", DATA / name)
    tree = text(page)
    assert [words for _tag, _id, words in headings(tree)][1:] == sections
    ids = {str(node.attributes.get("id")) for node in tree.css("[id]")}
    assert all(str(link.attributes.get("href"))[1:] in ids | {"top"}
               for link in tree.css("a[href^='#']")), [link.attributes for link in tree.css("a[href^='#']")]


def test_a_consent_tool_s_cookie_cards_are_built_as_tables(tmp_path, initialized):
    """CookieYes' cookies, one list of label and value pairs a cookie: built as two tables under their categories,
    every word of the page there."""
    source = DATA / "cookie-policy-2024-04-15.html"
    _said, page = built(tmp_path, initialized, "en", source)
    tree = text(page)
    assert [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in tree.css("tr")] == [
        ["Cookie", "Duration", "Description"], ["_ga", "1 year 1 month 4 days", "Set by an analytics service to count "
                                                "visits and sessions."],
        ["_gid", "1 day", "Stores a unique value for each page visited."], ["Cookie", "Duration", "Description"],
        ["cookieyes-consent", "1 year", "Remembers your consent preferences."]]
    assert words(tree.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) - words(
        "Cookie Duration Description"), "three cards' labels, two tables' headers"
