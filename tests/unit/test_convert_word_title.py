"""Titles and sections typed without heading styles: a Word document titled by a plain first paragraph, in bold or in
larger type, not Word's Title style (session 33: its first Heading 1 section was taken for the title, the words above
it for the introduction); a plain first line above sections in Heading 1, `<h1>` or `#`; sections as Word's numbered
lines or typed numbers (session 34)."""
from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Pt

from policysite.convert import convert
from policysite.messages import said_in


def document(path: Path, first: str, *, size: int | None = None, bold: bool = False, level: int = 1) -> Path:
    """`first` as its first paragraph (Normal style), an introduction, then two sections in Heading `level`."""
    word = Document()
    run = word.add_paragraph().add_run(first)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    word.add_paragraph("This policy explains how Acme uses your data.")
    for heading in ("Who we are", "What we collect"):
        word.add_heading(heading, level=level)
        word.add_paragraph(f"Text about {heading.lower()}.")
    word.save(str(path))
    return path


@pytest.mark.parametrize(("size", "bold", "level"), [(20, False, 1), (None, True, 1), (18, True, 2)])
def test_a_bold_or_large_first_paragraph_over_headed_sections_is_the_title(tmp_path: Path, size, bold, level):
    converted = convert(document(tmp_path / "privacy-2023-01-01.docx", "Privacy Policy", size=size, bold=bold,
                                 level=level))
    assert converted.markdown.strip() == (
        "# Privacy Policy\n\nThis policy explains how Acme uses your data.\n\n## Who we are\n\nText about who we are."
        "\n\n## What we collect\n\nText about what we collect.")
    assert converted.meta == {"title": "Privacy Policy"}
    assert "took the first paragraph, “Privacy Policy”, in bold or in larger type above sections in Word's heading " \
           "styles, for the title" in [said_in(note, "en") for note in converted.notes][0]
    assert said_in(converted.notes[0], "fr").startswith("pris le premier paragraphe, «\u00a0Privacy Policy\u00a0»")


@pytest.mark.parametrize("first", ["Last updated: 1 March 2023", "We respect your privacy.", "1. Introduction"])
def test_a_bold_first_line_that_is_a_date_a_sentence_or_a_clause_is_no_title(tmp_path: Path, first: str):
    converted = convert(document(tmp_path / "privacy-2023-01-01.docx", first, bold=True, size=16))
    assert not any("took the first paragraph" in said_in(note, "en") for note in converted.notes), converted.notes
    assert not converted.markdown.startswith(f"# {first}"), converted.markdown


def _plain_page(path: Path, first: str, headings: tuple[str, ...]) -> Path:
    path.write_text(f"<main><p>{first}</p><p>Last updated: 1 May 2023</p>" + "".join(
        f"<h1>{heading}</h1><p>Text about {heading.lower()}.</p>" for heading in headings) + "</main>",
        encoding="utf-8")
    return path


@pytest.mark.parametrize("headings", [("Who we are", "What we collect", "Your rights"),
                                      ("1. Who we are", "2. What we collect", "3. Your rights")])
def test_a_plain_first_line_above_sections_in_heading_1_is_the_title(tmp_path: Path, headings):
    """Adoption 11 of session 34: `Acme Privacy Policy`, typed as a plain paragraph above sections in Heading 1 (or
    `<h1>`), was left a paragraph: the first section became the title and the others sections (unnumbered), or the
    text had no title at all (numbered)."""
    word = Document()
    word.add_paragraph("Acme Privacy Policy")
    word.add_paragraph("Last updated: 1 May 2023")
    for heading in headings:
        word.add_heading(heading, level=1)
        word.add_paragraph(f"Text about {heading.lower()}.")
    word.save(str(tmp_path / "privacy-2023-05-01.docx"))
    page = _plain_page(tmp_path / "privacy-2023-05-01.html", "Acme Privacy Policy", headings)
    for source, top in ((tmp_path / "privacy-2023-05-01.docx", "Heading 1"), (page, "<h1>")):
        converted = convert(source)
        assert converted.markdown.strip() == "# Acme Privacy Policy\n\nLast updated: 1 May 2023\n\n" + "\n\n".join(
            f"## {heading}\n\nText about {heading.lower()}." for heading in headings), converted.markdown
        assert converted.meta == {"title": "Acme Privacy Policy"}
        assert f"the text's first line, “Acme Privacy Policy”, a paragraph above its 3 sections in {top}, became " \
               "its title" in [said_in(note, "en") for note in converted.notes]
        assert "la première ligne du texte, «\u00a0Acme Privacy Policy\u00a0», un paragraphe au-dessus de ses 3 sections " \
               in " ".join(said_in(note, "fr") for note in converted.notes)


@pytest.mark.parametrize("first", ["We respect your privacy.", "Effective: 1 May 2023",
                                   '<a href="https://acme.example/">Home</a>'])
def test_a_first_paragraph_that_is_a_sentence_a_date_or_a_link_is_no_title(tmp_path: Path, first: str):
    converted = convert(_plain_page(tmp_path / "privacy-2023-05-01.html", first, ("Who we are", "What we collect")))
    assert converted.markdown.startswith("# Who we are") or "\n# Who we are" in converted.markdown, \
        converted.markdown
    assert not any("became its title" in said_in(note, "en") for note in converted.notes)


def test_a_plain_first_line_above_markdown_sections_in_hash_is_the_title(tmp_path: Path):
    """The same text in Markdown (as pandoc writes a Word document whose title is a Normal paragraph): its first
    line, alone in its paragraph, is its title, each `#` a section; a sentence there stays a paragraph, the first
    `#` the title as GitHub draws a README."""
    source = tmp_path / "privacy-2023-05-01.md"
    source.write_text("**Acme Privacy Policy**\n\nLast updated: 1 May 2023\n\n# Who we are\n\nUs.\n\n# What we collect\n"
                      "\nNames.\n", encoding="utf-8")
    converted = convert(source)
    assert converted.markdown.strip() == "# Acme Privacy Policy\n\nLast updated: 1 May 2023\n\n## Who we are\n\nUs." \
        "\n\n## What we collect\n\nNames.", converted.markdown
    assert "the text's first line, “Acme Privacy Policy”, a plain paragraph, became its title, and the 2 `#` " \
           "headings below it sections (##)" in " ".join(said_in(note, "en") for note in converted.notes)
    assert "la première ligne du texte, «\u00a0Acme Privacy Policy\u00a0», un simple paragraphe, est devenue son titre " \
           "principal" in " ".join(said_in(note, "fr") for note in converted.notes)
    source.write_text("We respect your privacy.\n\n# Who we are\n\nUs.\n\n# What we collect\n\nNames.\n",
                      encoding="utf-8")
    assert convert(source).markdown.startswith("We respect your privacy.\n\n# Who we are\n\nUs.\n\n## What we collect")


def _clause_notice(path: Path, bold: tuple[bool, ...], clauses: str = "{n}.{m}") -> Path:
    """A law firm's notice: one multi-level Word list, its items `1.` INTRODUCTION over clauses numbered `1.1`."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    word = Document()
    numbering = word.part.numbering_part.numbering_definitions._numbering
    numbering.append(parse_xml(
        f'<w:abstractNum {w} w:abstractNumId="30"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start '
        'w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/>'
        f'<w:numFmt w:val="decimal"/><w:lvlText w:val="{clauses.format(n="%1", m="%2")}"/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="30"><w:abstractNumId w:val="30"/></w:num>'))

    def item(text: str, level: int, strong: bool = False) -> None:
        paragraph = word.add_paragraph(style="List Paragraph")
        paragraph.add_run(text).bold = strong
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="{level}"/><w:numId '
                                                       'w:val="30"/></w:numPr>'))

    word.add_paragraph().add_run("PRIVACY NOTICE").bold = True
    for (title, lines), strong in zip((("INTRODUCTION", ("Acme LLP uses personal data.", "It is the controller.")),
                                      ("YOUR RIGHTS", ("You may ask for a copy.",))), bold, strict=True):
        item(title, 0, strong)
        for line in lines:
            item(line, 1)
    word.save(str(path))
    return path


@pytest.mark.parametrize("bold", [(False, False), (True, False)])
def test_a_multi_level_list_s_plain_items_over_their_numbered_clauses_are_sections(tmp_path: Path, bold):
    """Adoption 11 of session 34: a law firm's notice numbered with one multi-level Word list, each item a line of a
    few words (`1.` INTRODUCTION, neither bold nor styled) over clauses Word numbers under it (1.1, 1.2), was one list,
    no section and no title; a list of bold items was read so already. Each item is a section, that line its heading;
    a list whose deeper items are not numbered under the item's number stays a list."""
    converted = convert(_clause_notice(tmp_path / "privacy-2024-06-01.docx", bold))
    assert converted.markdown.strip() == (
        "# PRIVACY NOTICE\n\n## 1. INTRODUCTION\n\n- 1.1 Acme LLP uses personal data.\n- 1.2 It is the controller.\n\n"
        "## 2. YOUR RIGHTS\n\n- 2.1 You may ask for a copy."), converted.markdown
    said = [said_in(note, "en") for note in converted.notes]
    assert "a numbered list whose items each start with a line of a few words over clauses Word numbers under it " \
           "(1.1, 1.2; no heading styles, no bold): each item became a section, that line the heading" in said, said
    assert any(said_in(note, "fr").startswith("une liste numérotée dont chaque élément commence par une ligne de "
                                              "quelques mots") for note in converted.notes)
    lettered = convert(_clause_notice(tmp_path / "privacy-2024-07-01.docx", (False, False), clauses="({m})"))
    assert "## " not in lettered.markdown, lettered.markdown


def _numbered_lines(path: Path, lead: str = "Last updated: 1 June 2024") -> Path:
    """`Privacy Notice` typed plain, then sections each a line Word numbers (`1.` Introduction) over paragraphs."""
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    word = Document()
    numbering = word.part.numbering_part.numbering_definitions._numbering
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="30"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                               '<w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'))
    numbering.append(parse_xml(f'<w:num {w} w:numId="30"><w:abstractNumId w:val="30"/></w:num>'))
    word.add_paragraph("Privacy Notice")
    word.add_paragraph(lead)
    for line, text in (("Introduction", "Acme LLP uses personal data."), ("Your rights", "You may ask for a copy.")):
        paragraph = word.add_paragraph(line, style="List Paragraph")
        paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="30"/>'
                                                       '</w:numPr>'))
        word.add_paragraph(text)
    word.save(str(path))
    return path


def test_plain_lines_word_numbers_over_paragraphs_are_sections_under_the_first_line(tmp_path: Path):
    """Adoption 11 of session 34: sections typed as plain lines Word numbers with its numbering button (`1.`
    Introduction over its paragraphs, `2.` Your rights …) and the title as a plain first line were items of lists and
    paragraphs: no section, no title. Each line is a section heading of its number, the first line the title; the
    same lines after a lead-in (`We use it to:`) stay a list."""
    converted = convert(_numbered_lines(tmp_path / "privacy-2024-06-01.docx"))
    assert converted.markdown.strip() == (
        "# Privacy Notice\n\nLast updated: 1 June 2024\n\n## 1. Introduction\n\nAcme LLP uses personal data.\n\n"
        "## 2. Your rights\n\nYou may ask for a copy."), converted.markdown
    said = [said_in(note, "en") for note in converted.notes]
    assert "2 list items holding only a line of a few words numbered by Word 1, 2, 3 …, each over paragraphs " \
           "(sections numbered with the numbering button, no heading styles, no bold) became section headings of " \
           "their numbers" in said, said
    assert "the text's first line, “Privacy Notice”, above its first section, became its title" in said
    assert any(said_in(note, "fr").startswith("2 éléments de liste ne contenant qu'une ligne de quelques mots")
               for note in converted.notes)
    lead_in = convert(_numbered_lines(tmp_path / "privacy-2024-07-01.docx", lead="We use your data to:"))
    assert "## " not in lead_in.markdown and "# Privacy" not in lead_in.markdown, lead_in.markdown


def test_plain_paragraphs_starting_with_a_typed_section_number_are_sections(tmp_path: Path):
    """Adoption 11 of session 34: a Word document whose sections are typed as plain paragraphs (`1. Introduction`,
    `2.1 Access`, each over its text) and whose title is a plain first line had no section and no title. Each is the
    heading of its number at its number's depth, the first line the title; a typed list (`1. Name` right over
    `2. E-mail`) stays paragraphs."""
    word = Document()
    for text in ("Privacy Policy", "Last updated: 1 June 2024", "1. Introduction", "Acme LLP uses personal data.",
                 "2. Your rights", "You may ask for a copy.", "2.1 Access", "Ask us.", "3. Contact", "Write to us."):
        word.add_paragraph(text)
    word.save(str(tmp_path / "privacy-2024-06-01.docx"))
    converted = convert(tmp_path / "privacy-2024-06-01.docx")
    assert converted.markdown.strip() == (
        "# Privacy Policy\n\nLast updated: 1 June 2024\n\n## 1. Introduction\n\nAcme LLP uses personal data.\n\n"
        "## 2. Your rights\n\nYou may ask for a copy.\n\n### 2.1 Access\n\nAsk us.\n\n## 3. Contact\n\nWrite to us."), \
        converted.markdown
    said = [said_in(note, "en") for note in converted.notes]
    assert "4 paragraphs of a few words starting with a section number typed by hand (1. Introduction, 2.1 Access, 第1条（目的）), " \
           "each over paragraphs, became section headings (the document has no heading styles)" in said, said
    assert any(said_in(note, "fr").startswith("4 paragraphes de quelques mots commençant par un numéro de section")
               for note in converted.notes)
    listed = Document()
    for text in ("Privacy Policy", "We collect:", "1. Name", "2. E-mail", "We keep them a year."):
        listed.add_paragraph(text)
    listed.save(str(tmp_path / "privacy-2024-07-01.docx"))
    assert "## " not in convert(tmp_path / "privacy-2024-07-01.docx").markdown


def test_sections_in_words_title_style_under_a_plain_first_line_are_sections_under_that_title(tmp_path: Path):
    """Adoption 13 of session 36: a generator's privacy policy saved as Word (papilionem's privacy-policy.docx) types
    `Privacy Policy` in Normal, then its date line and introduction, and each of its six top sections in Word's Title
    style, Heading 2 under them: the first section was taken for the title (`title: Interpretation and Definitions`),
    the five others were titles too (`#`), and `Privacy Policy` a paragraph. Several Title paragraphs are the text's
    top headings, the plain first line above them its title, each heading under them one level down."""
    word = Document()
    word.add_paragraph("Privacy Policy")
    word.add_paragraph("Last updated: January 12, 2023")
    word.add_paragraph("This policy explains how Acme uses your data.")
    for top, under in (("Interpretation and Definitions", "Definitions"), ("Collecting Your Data", "Cookies")):
        word.add_paragraph(top, style="Title")
        word.add_heading(under, level=2)
        word.add_paragraph(f"Text about {under.lower()}.")
    source = tmp_path / "privacy-2023-01-12.docx"
    word.save(str(source))
    converted = convert(source)
    assert [line for line in converted.markdown.splitlines() if line.startswith("#")] == [
        "# Privacy Policy", "## Interpretation and Definitions", "### Definitions", "## Collecting Your Data",
        "### Cookies"], converted.markdown
    assert converted.meta == {"title": "Privacy Policy"}
    # what the document used, said (round 13: "its 2 sections in Heading 1", a style it has not)
    said = [note for note in converted.notes if "Privacy Policy" in note or "the text's sections are" in note]
    assert said and all("Word's Title style" in note and "Heading 1" not in note for note in said), converted.notes
    assert any("sections au style Titre de Word" in said_in(note, "fr") for note in converted.notes), converted.notes


def test_unnumbered_h1_sections_under_a_plain_first_line_are_sections_under_that_title(tmp_path: Path):
    """The same text as a web page, its sections `<h1>` with `<h2>` under them below a plain `<p>Privacy Policy</p>`:
    the first `<h1>` was the title and every other a second title."""
    source = tmp_path / "privacy-2023-01-12.html"
    source.write_text("<html><body><p>Privacy Policy</p><p>Last updated: January 12, 2023</p><p>This policy explains"
                      " it.</p><h1>Interpretation and Definitions</h1><h2>Definitions</h2><p>Words.</p><h1>Collecting"
                      " Your Data</h1><p>Your name.</p></body></html>", encoding="utf-8")
    converted = convert(source)
    assert [line for line in converted.markdown.splitlines() if line.startswith("#")] == [
        "# Privacy Policy", "## Interpretation and Definitions", "### Definitions", "## Collecting Your Data"], (
        converted.markdown)
    assert said_in(converted.notes[0], "fr").startswith("la première ligne du texte, «\u00a0Privacy Policy\u00a0»"), \
        converted.notes
