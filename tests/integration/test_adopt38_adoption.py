"""Adopt38: session 49's leftovers and more shapes of the policies a new company brings (tests/data/adoption38/:
synthetic texts of fictional companies, written as their tools export them), each imported with `policy import` into a
new site and built: its headings, their ids and numbers as the old page showed them, and every word of the text, none
lost or added."""
from __future__ import annotations

import pytest

from helpers import ROOT
from tests.adoption_pages import built, headings, source_words, text, word_words, words

DATA = ROOT / "tests" / "data" / "adoption38"
pytestmark = pytest.mark.usefixtures("fixed_git")


def test_a_jekyll_page_s_captured_and_assigned_variables_and_site_settings_show_their_words(tmp_path, initialized):
    """A Jekyll page sets `{% capture mail %}privacy@…{% endcapture %}` and `{% assign shop = "…" %}` above its text
    and shows `{{ mail }}`, `{{ mail | upcase }}`, `{{ site.company.name }}` (its site's `_config.yml`): the captured
    words were shown where they were set, the variables left as written (refused by `policy check`). Each shows the
    words the old site showed there, said with its line; what set them shows nothing."""
    source = DATA / "jekyll" / "privacy-2024-03-04.md"
    said, page = built(tmp_path, initialized, "en", source)
    assert ("line 7: left out a template block setting mail, which showed nothing where it stood; its words, "
            "“privacy@fernhill.example”, are written where the page shows mail") in said, said
    assert "line 27: wrote {{ mail | upcase }} as the words the page set mail to: “PRIVACY@FERNHILL.EXAMPLE”" in said
    assert ("lines 13 and 18: wrote {{ site.company.name }} as the words the old site filled in, its settings' "
            "(`_config.yml`) company.name: “Fernhill Tea Ltd”") in said, said
    assert "template code" not in said, said
    tree = text(page)
    for node in tree.css(".policy-updated"):
        node.decompose()
    assert headings(tree) == [("h1", "None", "Privacy Policy"), ("h2", "s1", "1. Who we are"),
                              ("h2", "s2", "2. What we collect"), ("h2", "s3", "3. Your rights")]
    assert words(tree.body.text(separator=" ")) == words(
        "Privacy Policy This policy explains how Fernhill Tea Ltd (company number 10293847) handles the personal data "
        "of people who buy from the Fernhill shop. 1. Who we are Fernhill Tea Ltd sells tea online. Our data "
        "protection lead is Ruth Okafor. Write to privacy@fernhill.example or by post to Fernhill Tea Ltd, 4 Mill "
        "Lane, Leeds LS1 4AB. 2. What we collect Your name, your delivery address and your order history. We never "
        "store your card number. 3. Your rights You may ask for a copy of your data or its deletion at any time: "
        "write to PRIVACY@FERNHILL.EXAMPLE or to hello@fernhill.example.")


def test_a_hugo_figure_s_title_caption_and_credit_are_kept_under_its_section(tmp_path, initialized):
    """Hugo's `{{< figure … caption="…" >}}` (on one line, or over several as its authors write it) draws its image and
    under it its title, its caption and its credit (`attr`, linked by `attrlink`): the whole shortcode was left out,
    the caption's words with it, the note quoting its first 60 characters only. The words are kept where the figure
    stood, the title in bold, said with the image's address, which is not brought."""
    source = DATA / "datenschutz-2024-02-12.md"
    said, page = built(tmp_path, initialized, "de", source)
    assert ("line 22: kept the words under a Hugo figure, “Die Landesbeauftragte für Datenschutz Bremen ist unsere "
            "Aufsichtsbehörde. [Foto: Radwerk](https://radwerk.example/fotos)”, which readers read under its image; "
            "the image, /images/aufsicht.jpg, is not brought: add it to the text if readers need it") in said, said
    assert "line 14: kept the words under a Hugo figure, “Datenfluss einer Bestellung Von Ihrem Browser" in said, said
    tree = text(page)
    for node in tree.css(".policy-updated"):
        node.decompose()
    assert headings(tree) == [("h1", "None", "Datenschutzerklärung"), ("h2", "s1", "1. Verantwortlicher"),
                              ("h2", "s2", "2. Wie Ihre Bestellung zu uns kommt"), ("h2", "s3", "3. Ihre Rechte")]
    assert [" ".join(node.text().split()) for node in tree.css("strong")] == ["Datenfluss einer Bestellung"]
    assert [(node.text(), node.attributes.get("href")) for node in tree.css("a")] == [
        ("Foto: Radwerk", "https://radwerk.example/fotos")]
    assert words(tree.body.text(separator=" ")) == words(
        "Datenschutzerklärung 1. Verantwortlicher Verantwortlich für die Verarbeitung ist die Kesselhaus Radwerk GmbH, "
        "Am Hafen 3, 28217 Bremen. 2. Wie Ihre Bestellung zu uns kommt Datenfluss einer Bestellung Von Ihrem Browser "
        "über unseren Shop zum Versanddienstleister: mehr wird nicht übermittelt, auch nicht an Zahlungsdienste "
        "außerhalb der EU. Wir speichern Ihre Bestellung zehn Jahre, wie es das Handelsgesetzbuch verlangt. 3. Ihre "
        "Rechte Sie haben das Recht auf Auskunft, Berichtigung und Löschung. Die Landesbeauftragte für Datenschutz "
        "Bremen ist unsere Aufsichtsbehörde. Foto: Radwerk")


def test_a_text_written_in_asciidoc_has_its_title_and_numbered_sections(tmp_path, initialized):
    """An Asciidoctor policy pasted into a `.md` (its title `= Privacy Policy` over the header's attribute entries,
    `:toc:`, `:revdate:`, its sections `== 1. Who we are`, `=== 2.1 When you book`): every line was a paragraph, the
    page titleless, sectionless, with no note. Each is the heading AsciiDoc drew, said; the attribute entries, never
    shown, are left out, said; every other word kept."""
    source = DATA / "privacy-policy-2024-05-13.md"
    said, page = built(tmp_path, initialized, "en", source)
    assert ("lines 1, 8, 13, 15, 19 and 23: 6 lines written as AsciiDoc section titles (“Privacy Policy”, “1. Who we "
            "are”, “2. What we collect” and 3 more) read as the headings AsciiDoc drew") in said, said
    assert ("lines 2 and 3: left out 2 attribute entries of the AsciiDoc document's header (“:toc:”, “:revdate: "
            "2024-05-13”), which it never showed") in said, said
    tree = text(page)
    for node in tree.css(".policy-updated"):  # (the site's line of the version's day, the text having none)
        node.decompose()
    assert headings(tree) == [("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "1. Who we are"),
                              ("h2", "s2", "2. What we collect"), ("h3", "s2-1", "2.1 When you book"),
                              ("h3", "s2-2", "2.2 During treatment"), ("h2", "s3", "3. Your rights")]
    written = source.read_text(encoding="utf-8").replace(":toc:\n:revdate: 2024-05-13\n", "")
    assert words(tree.body.text(separator=" ")) == words(written)


def test_a_plain_text_policy_without_a_date_in_its_name_is_told_the_name_its_last_updated_line_gives(
        tmp_path, initialized):
    """A policy kept as `privacy.txt`, its "Last updated: April 3, 2024" line under its title: named on the command
    line or in a folder, it was skipped as a note beside the archive, the import ending on "no dated text found" with
    no word of the day its text says. Named, it is refused with the name that day gives it, nothing imported; in a
    folder, skipped with that name (a note saying no day, skipped as before); renamed so, it is imported: its title,
    numbered sections and every word."""
    from tests.helpers import policy_in_process

    source = DATA / "privacy.txt"
    site = initialized(tmp_path / "site", "--company", "Example", "--languages", "en")
    before = (site / "docs").exists() and sorted(p.name for p in (site / "docs").rglob("*"))
    refused = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "en", str(source)])
    assert refused.returncode != 0
    assert ("error: privacy.txt: no date in the file name; its text says “Last updated: April 3, 2024”: if its text "
            "took effect that day, rename it privacy-2024-04-03.txt") in refused.stderr, refused.stderr
    assert ((site / "docs").exists() and sorted(p.name for p in (site / "docs").rglob("*"))) == before
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "privacy.txt").write_bytes(source.read_bytes())
    (folder / "privacy-2024-01-10.md").write_text("# Privacy Policy\n\nWe keep your name.\n", encoding="utf-8")
    notes = tmp_path / "notes.txt"  # (named, saying no day: a note, skipped as before)
    notes.write_text("Ask the lawyers about the retention period.\n", encoding="utf-8")
    read = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "en", str(folder),
                              str(notes)])
    assert read.returncode == 0, read.stdout + read.stderr
    assert f"{notes}: skipped: plain text whose name holds no date (a version's is read)" in read.stdout + read.stderr
    assert (f"{folder / 'privacy.txt'}: skipped: plain text whose name holds no date, a note beside the archive; its "
            "text says “Last updated: April 3, 2024”: if it is a version of the text, name it privacy-2024-04-03.txt"
            ) in read.stdout + read.stderr, read.stdout + read.stderr
    renamed = tmp_path / "privacy-2024-04-03.txt"
    renamed.write_bytes(source.read_bytes())
    _said, page = built(tmp_path / "renamed", initialized, "en", renamed)
    tree = text(page)
    assert headings(tree) == [("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "1. Who we are"),
                              ("h2", "s2", "2. What we keep"), ("h2", "s3", "3. Your rights")]
    assert words(tree.body.text(separator=" ")) == words(source.read_text(encoding="utf-8"))


def test_a_french_word_file_s_articles_numbered_in_ordinals_read_as_word_shows_them(tmp_path, initialized):
    """A French Word file whose Heading 1 is numbered by a list in Word's `ordinal` format (`Article %1 –`: Word shows
    "Article 1er –", "Article 2e –"), its Heading 2 in legal style (`2.1`): the articles were numbered in bare digits,
    said as a format the import cannot draw. Each has Word's ordinal, and `Article 2e` is §2 (no `2 sexies`)."""
    source = DATA / "Politique de protection des données 2024-06-10.docx"
    said, page = built(tmp_path, initialized, "fr", source)
    assert "cannot draw" not in said, said
    tree = text(page)
    assert headings(tree) == [
        ("h1", "politique-de-protection-des-données", "Politique de protection des données"),
        ("h2", "s1", "Article 1er – Objet"), ("h2", "s2", "Article 2e – Données traitées"),
        ("h3", "s2-1", "2.1 Commandes"), ("h3", "s2-2", "2.2 Lettre d’information"), ("h2", "s3", "Article 3e – Vos droits")]
    labels = "Article 1er Article 2e 2.1 2.2 Article 3e"
    assert words(tree.body.text(separator=" ")) == words(f"{word_words(source)} {labels}")


def test_a_cell_past_the_bound_of_copies_across_columns_is_said_not_left_empty_silently(tmp_path, initialized,
                                                                                          monkeypatch):
    """A cell spanning columns is written in each column it spans, within a bound of the characters copies may add
    (to_markdown.MOST_REPEATED, 1 MiB, lowered here to what the first cell's copy takes): past it, the columns after
    the first were left empty with no note, the second column read as saying nothing. Said, with the cell's words."""
    from policysite.convert import to_markdown

    monkeypatch.setattr(to_markdown, "MOST_REPEATED", 100)
    source = DATA / "retention-2024-07-01.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert ("1 table cell spanning several columns (“Eleven years after they were taken”) written in its first column "
            "only, the others left empty: repeated, its words passed the 100 characters") in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "retention-schedule", "Retention schedule"),
                              ("h2", "s1", "1. How long we keep records"), ("h2", "s2", "2. Your rights")]
    assert [[" ".join(cell.text().split()) for cell in row.css("th, td")] for row in tree.css("tr")][3] == [
        "X-ray images", "Eleven years after they were taken", ""]


def test_a_folder_of_two_documents_gives_each_the_file_its_title_names(tmp_path, initialized):
    """A legal folder holding the privacy policy and the terms of use of one day, the terms declared as the document
    `cgu` titled "Conditions générales d'utilisation" (its id and page, `cgu.md`, in no file's name): the privacy
    policy's import took both files as its own, refused as two texts of one date. A file named by a document's title
    (its words without their accents and apostrophe, as file names write them) is that document's, said."""
    from tests.helpers import policy_in_process

    folder = DATA / "legal"
    site = initialized(tmp_path / "site", "--company", "Example", "--languages", "fr")
    terms = tmp_path / "cgu-2024-03-01.html"
    terms.write_bytes((folder / "conditions-generales-d-utilisation-2024-03-01.html").read_bytes())
    declared = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "fr", "--document",
                                  "cgu", "--new-document", str(terms)])
    assert declared.returncode == 0, declared.stdout + declared.stderr
    done = policy_in_process(["--root", str(site), "import", "--messages", "en", "--lang", "fr", "--document",
                              "privacy", str(folder)])
    assert done.returncode == 0, done.stdout + done.stderr
    assert (f"{folder / 'conditions-generales-d-utilisation-2024-03-01.html'}: skipped: its name says it is the cgu "
            "document's text: import it with --document cgu") in done.stdout, done.stdout
    built_ = policy_in_process(["--root", str(site), "build", "--site-dir", str(tmp_path / "out")])
    assert built_.returncode == 0, built_.stdout + built_.stderr
    tree = text((tmp_path / "out" / "fr" / "index.html").read_text(encoding="utf-8"))
    for node in tree.css(".policy-updated"):  # (the site's line of the version's day, the text having none)
        node.decompose()
    assert headings(tree) == [("h1", "politique-de-confidentialité", "Politique de confidentialité"),
                              ("h2", "s1", "1. Responsable du traitement"), ("h2", "s2", "2. Vos droits")]
    source = (folder / "politique-de-confidentialite-2024-03-01.html").read_text(encoding="utf-8")
    assert words(tree.body.text(separator=" ")) == source_words(source.split("<main>")[1])


def test_a_policy_inside_a_cookie_banner_page_s_main_beside_its_sidebar(tmp_path, initialized):
    """A saved page: a consent banner before the header, a navigation bar, then `<main>` holding breadcrumbs, a sidebar
    (`<aside>`: "On this page", other legal pages) and the policy's `<article>`, a footer after it. The policy alone
    is imported, its headings' own ids kept (its link and the sidebar's land), the banner said."""
    source = DATA / "privacy-notice-2024-08-19.html"
    said, page = built(tmp_path, initialized, "en", source)
    assert "removed the page's consent banner (“We use cookies to remember your settings" in said, said
    tree = text(page)
    assert headings(tree) == [("h1", "privacy-notice", "Privacy notice"), ("h2", "who", "1. Who we are"),
                              ("h2", "data", "2. What we hold"), ("h2", "rights", "3. Your rights")]
    assert [a.attributes.get("href") for a in tree.css("a")] == ["#rights"]
    article = source.read_text(encoding="utf-8").split('<article class="legal-text">')[1].split("</article>")[0]
    assert words(tree.body.text(separator=" ")) == source_words(article)


def test_a_google_docs_web_page_export_of_runs_and_lists_started_again(tmp_path, initialized):
    """Google Docs' File › Download › Web page: a span per run, classes `c0` … `c9` for bold and italics, each
    numbered heading a list `<ol start="2">` of its own between the paragraphs, links through google.com/url. Its
    Title paragraph is the title, the numbered bold items its sections, the bullets one list, every word kept."""
    source = DATA / "Privacy Policy - Larkspur Yoga 2024-09-02.html"
    said, page = built(tmp_path, initialized, "en", source)
    tree = text(page)
    assert headings(tree) == [("h1", "privacy-policy", "Privacy Policy"), ("h2", "s1", "1. Who we are"),
                              ("h2", "s2", "2. What we collect"), ("h2", "s3", "3. Your rights")]
    assert [" ".join(li.text().split()) for li in tree.css("li")] == [
        "your name and e-mail address;", "the classes you booked;", "any injury you tell your teacher about."]
    assert [a.attributes.get("href") for a in tree.css("a")] == ["mailto:hello@larkspur.example"]
    assert [node.text() for node in tree.css("em")] == ["will"]
    assert words(tree.body.text(separator=" ")) == source_words(source.read_text(encoding="utf-8")) + words(
        "1 2 3")  # (the numbers its list drew, Google's CSS counters)


def test_a_word_file_whose_lettered_clauses_start_again_in_each_section(tmp_path, initialized):
    """A German Word file: its Heading 1 numbered by one list, the clauses under each section by another, lettered
    `(a)`, `(b)`, its second level `(i)`, `(ii)`, started again in each section as Word does (a new `w:num` over the
    same list, its level started over). Each section's clauses count from `(a)`, every word kept."""
    source = DATA / "Datenschutzerklaerung 2024-09-16.docx"
    said, page = built(tmp_path, initialized, "de", source)
    tree = text(page)
    assert headings(tree) == [("h1", "datenschutzerklärung", "Datenschutzerklärung"),
                              ("h2", "s1", "1. Verantwortlicher"), ("h2", "s2", "2. Welche Daten wir verarbeiten"),
                              ("h2", "s3", "3. Ihre Rechte"), ("h2", "s4", "4. Beschwerden")]
    assert [" ".join(li.text(deep=False).split()) for li in tree.css("li")] == [
        "(a) Ihre Bestelldaten, nämlich", "(i) Name und Anschrift,", "(ii) bestellte Waren;",
        "(b) Ihre Zahlungsdaten.", "(a) Auskunft,", "(b) Berichtigung und", "(c) Löschung.", "(a) uns oder",
        "(b) der Hamburgischen Beauftragten für Datenschutz."]
    labels = "1 2 3 4 a i ii b a b c a b"
    assert words(tree.body.text(separator=" ")) == words(f"{word_words(source)} {labels}")
