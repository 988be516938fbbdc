"""Adopt36: tables and titles an import lost (tests/data/adoption36/: synthetic texts of fictional companies, the Word
and OpenDocument files written by hand as Word 365 and LibreOffice write them), each imported with `policy import`
into a new site and built: the table's headers and cells as the reader of the old page saw them, and every word of
the text, no word lost or added but the merged cells' words repeated."""
from __future__ import annotations

import re
import zipfile

import pytest

from helpers import ROOT
from tests.adoption_pages import built, markdown_words, source_words, text, word_words, words

DATA = ROOT / "tests" / "data" / "adoption36"
pytestmark = pytest.mark.usefixtures("fixed_git")


def _odt_words(path) -> str:  # noqa: ANN001
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("content.xml").decode("utf-8")
    return " ".join(re.findall(r">([^<>]+)<", xml))


MERGED = [  # (language, sample, its words, the table as its reader saw it, the words a merged cell repeats)
    ("en", "retention-2024-06-03.html", lambda path: source_words(path.read_text(encoding="utf-8")),
     [["Data", "Retention period Customers", "Retention period Visitors"],
      ["Contact details", "3 years after the last contact", "3 years after the last contact"],
      ["Appointment history", "10 years", "none kept"], ["Technical data", "", ""],
      ["Server logs", "90 days", "90 days"]], "Retention period 3 years after the last contact 90 days"),
    ("de", "Datenschutzhinweise 2024-06-03.docx", lambda path: words(word_words(path)),
     [["Daten", "Speicherdauer Kunden", "Speicherdauer Besucher"],
      ["Kontaktdaten", "drei Jahre nach dem letzten Kontakt", "drei Jahre nach dem letzten Kontakt"],
      ["Bestellungen", "zehn Jahre", "keine"], ["Technische Daten", "", ""],
      ["Serverprotokolle", "30 Tage", "30 Tage"]], "Speicherdauer drei Jahre nach dem letzten Kontakt 30 Tage"),
    ("es", "aviso-de-conservacion-2024-06-03.odt", lambda path: words(_odt_words(path)),
     [["Datos", "Plazo de conservación Clientes", "Plazo de conservación Visitantes"],
      ["Datos de contacto", "tres años desde el último contacto", "tres años desde el último contacto"],
      ["Pedidos", "diez años", "ninguno"], ["Datos técnicos", "", ""],
      ["Registros del servidor", "60 días", "60 días"]], "Plazo de conservación tres años desde el último contacto 60 días"),
]


@pytest.mark.parametrize(("lang", "name", "source_of", "table", "repeated"), MERGED, ids=["html", "word", "odt"])
def test_a_cell_spanning_columns_reads_for_each_and_a_second_header_row_stays_a_header(
        tmp_path, initialized, lang, name, source_of, table, repeated):
    """A retention table headed by two rows, `Retention period` spanning `Customers` and `Visitors` (colspan in HTML,
    gridSpan in Word, number-columns-spanned in OpenDocument) over a `Data` header spanning both rows, and a period
    spanning both columns: the period was followed by an empty cell, a reader of the Markdown table reading no period
    for visitors, and `Customers | Visitors` was published as a row of data. Each column now reads the period, and
    its header the words of both header rows; a row's only cell across the whole table (a group's title) stays once."""
    source = DATA / name
    said, page = built(tmp_path, initialized, lang, source)
    assert "repeated in each row and column spanned" in said, said
    assert "1 table headed by several rows" in said, said
    tree = text(page)
    rows = [[" ".join(cell.text(separator=" ").split()) for cell in row.css("th, td")] for row in tree.css("tr")]
    assert rows == table
    assert [len(row.css("th")) for row in tree.css("tr")] == [3, 0, 0, 0, 0]
    assert words(tree.body.text(separator=" ")) == source_of(source) + words(repeated)


GITBOOK = DATA / "gitbook"


def _gitbook_words(source: str, titles: dict[str, str]):  # noqa: ANN202
    """The words a reader of the imported page reads: each card's link words the linked page's title, no tag."""
    for name, title in titles.items():
        source = source.replace(f"[{name}]", f"[{title}]")
    return markdown_words(re.sub(r"\{%[^%]*%\}", "", source))


def test_a_gitbook_card_shows_the_linked_page_s_title_not_its_file_name(tmp_path, initialized):
    """GitBook's card to another page of the book (`{% content-ref url="contact.md" %}` over `[contact.md](contact.md)`
    and `{% endcontent-ref %}`, on lines of their own or on one): GitBook drew the linked page's title, the import kept
    the file's name as the text, `see contact.md`. The title is read from the page beside it (its first heading, else
    its front matter's title); a card to a page the import does not hold keeps the file's name, said at its line."""
    source = GITBOOK / "privacy-2024-06-03.md"
    said, page = built(tmp_path, initialized, "en", source)
    committed = next((tmp_path / "site" / "docs" / "en").glob("*.md")).read_text(encoding="utf-8")
    assert "[Cookie notice](legal/cookies.md)" not in committed  # (another page of the old site: its words, unlinked)
    tree = text(page)
    paragraphs = [" ".join(node.text().split()) for node in tree.css("p")]
    assert "Cookie notice" in paragraphs, paragraphs
    assert ("For any question about this policy, or to use your rights, see Contact our privacy team"
            in paragraphs), paragraphs
    assert "terms.md" in paragraphs
    assert ("line 18: a GitBook card linking to legal/cookies.md: its words are the linked page's title, “Cookie "
            "notice”, as GitBook showed it") in said, said
    assert ("line 28: a GitBook card linking to terms.md, a page this import does not hold: GitBook showed that "
            "page's title, the text shows “terms.md”, the file's name: write its title") in said, said
    assert "content-ref" not in tree.body.text() and "contact.md" not in tree.body.text()
    assert words(tree.body.text(separator=" ")) == _gitbook_words(
        source.read_text(encoding="utf-8"), {"cookies.md": "Cookie notice", "contact.md": "Contact our privacy team"})


def test_a_gitbook_card_in_a_git_history_shows_the_title_its_commit_held(tmp_path, initialized):
    """Imported with `--git`, a card's title is the linked page's as the page's commit held it; a change of the linked
    page alone is no version of the policy (it is no part of its text, as an include is)."""
    from helpers import git

    repo = tmp_path / "book"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    policy = (GITBOOK / "privacy-2024-06-03.md").read_text(encoding="utf-8")
    for day, contact in (("2024-06-03T10:00:00+00:00", "Contact our privacy team"),
                         ("2024-09-01T10:00:00+00:00", "Reach our DPO")):
        (repo / "privacy.md").write_text(policy, encoding="utf-8")
        (repo / "contact.md").write_text(f"# {contact}\n\nWrite to privacy@quillon.example.\n", encoding="utf-8")
        git(repo, "add", "-A", date=day)
        git(repo, "commit", "-qm", "Book", date=day)
    said, page = built(tmp_path, initialized, "en", "--git", repo / "privacy.md")
    assert "committed the English text in force from June 3, 2024" in said, said
    assert said.count("committed the English text") == 1, said
    paragraphs = [" ".join(node.text().split()) for node in text(page).css("p")]
    assert ("For any question about this policy, or to use your rights, see Contact our privacy team"
            in paragraphs), paragraphs
    assert "line 18: a GitBook card linking to legal/cookies.md, a page this import does not hold" in said, said


@pytest.mark.parametrize(("lang", "name", "source_of", "title", "sections"), [
    ("it", "Informativa privacy 2024-06-03.docx", lambda path: words(word_words(path)), "Informativa sulla privacy",
     ["1. Titolare del trattamento", "2. Dati che trattiamo", "3. I tuoi diritti"]),
    ("en", "privacy-notice-2024-06-03.html", lambda path: source_words(path.read_text(encoding="utf-8")),
     "Privacy Notice", ["Who we are", "What we collect", "Your rights"]),
], ids=["word-numbered", "html-unnumbered"])
def test_a_plain_first_line_over_bold_sections_is_the_title(tmp_path, initialized, lang, name, source_of, title,
                                                            sections):
    """A text without heading styles whose sections are bold lines (`**1. Titolare del trattamento**` in a Word
    document, `<strong>Who we are</strong>` in a CMS page) under a first line typed in plain (`Informativa sulla
    privacy` in Normal, `<p>Privacy Notice</p>`): the bold lines became sections, the first line stayed a paragraph
    above them, the text untitled. It is the title, as a bold first line or one over Word's numbered lines is."""
    source = DATA / name
    said, page = built(tmp_path, initialized, lang, source)
    assert f"the text's first line, “{title}”, above its first section, became its title" in said, said
    tree = text(page)
    found = [(node.tag, " ".join(node.text().split())) for node in tree.css("h1, h2, h3")]
    assert found == [("h1", title), *(("h2", section) for section in sections)]
    assert words(tree.body.text(separator=" ")) == source_of(source)
