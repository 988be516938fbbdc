"""Import of a new company's policy without rewriting it (session 44, adopt29): a section number alone over its title
line read as one heading in every format, a heading that is only a Roman numeral or a letter read by its series, nested
definition lists, and the shapes real companies' exports take."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from docx import Document
from docx.oxml import parse_xml

from policysite import characters, document, importer
from policysite.convert import Source
from tests.helpers import imported_text

DAY = dt.date(2021, 6, 1)


def _sections(text: str) -> list[tuple[int, str, str]]:
    """(level, number, title) of each section of `text`, as the document model reads it."""
    return [(s.level, s.numeral, s.title) for s in document.parse(text, path="x.md", lang="en").sections]


def test_a_heading_that_is_only_a_roman_numeral_or_a_letter_is_numbered_by_its_series():
    """`## II.` among `## I. Scope` and `## III. Rights` stayed a section titled "II." with no number (and broke the
    series: I and III were unnumbered too); `## C.` among `## A.`, `## B.`, `## D.` the same. Read by the series, as a
    reader reads it: §2 and §3, untitled, as `## 2.` is."""
    assert _sections("# P\n\n## I. Scope\n\nA.\n\n## II.\n\nB.\n\n## III. Rights\n\nC.\n") == [
        (2, "1", "Scope"), (2, "2", ""), (2, "3", "Rights")]
    assert _sections("# P\n\n## I.\n\nA.\n\n## II.\n\nB.\n\n## III.\n\nC.\n") == [
        (2, "1", ""), (2, "2", ""), (2, "3", "")]
    assert _sections("# P\n\n## A. Scope\n\nA.\n\n## B. Data\n\nB.\n\n## C.\n\nC.\n\n## D. Rights\n\nD.\n") == [
        (2, "1", "Scope"), (2, "2", "Data"), (2, "3", ""), (2, "4", "Rights")]


def test_an_ambiguous_label_is_a_letter_or_a_numeral_as_its_neighbours_are():
    """C, I, V, X, L, D, M are letters and Roman numerals: `i.` after `h.` is the ninth letter, after nothing but
    `ii.` the first numeral; `C.` after `B.` is the third letter, not 100; one alone is no number."""
    letters = "".join(f"### {c}.\n\nText.\n\n" for c in "abcdefghij")
    assert [n for _l, n, _t in _sections(f"# P\n\n## 1. Scope\n\nA.\n\n{letters}")] == [
        "1", *(f"1.{k}" for k in range(1, 11))]
    numerals = "".join(f"### {c}.\n\nText.\n\n" for c in ("i", "ii", "iii", "iv", "v"))
    assert [n for _l, n, _t in _sections(f"# P\n\n## 2. Data\n\nA.\n\n{numerals}")] == [
        "2", *(f"2.{k}" for k in range(1, 6))]
    assert _sections("# P\n\n## A.\n\nA.\n\n## B.\n\nB.\n\n## C.\n\nC.\n") == [(2, "1", ""), (2, "2", ""), (2, "3", "")]
    sections = document.parse("# P\n\n## A.\n\nA.\n\n## B.\n\nB.\n\n## C.\n\nC.\n", path="x.md", lang="en").sections
    assert [s.letter for s in sections] == ["A", "B", "C"]
    assert _sections("# P\n\n## A.\n\nA.\n\n## B.\n\nB.\n\n## C – Rights\n\nC.\n") == [
        (2, "1", ""), (2, "2", ""), (2, "3", "Rights")]  # (`C –` was §100 beside letters alone)
    assert _sections("# P\n\nIntro.\n\n## C.\n\nC.\n") == [(2, "", "C.")]
    assert _sections("# P\n\n## 1. Scope\n\nA.\n\n## II.\n\nB.\n") == [(2, "1", "Scope"), (2, "", "II.")]


def _headings(body: str) -> list[str]:
    return [line for line in body.split("\n") if line.startswith("#")]


def _word(path: Path, blocks: list[tuple[str, str]]) -> bytes:
    """A Word document of (style, text) paragraphs: a style "Heading n", "bold" (Normal, in bold) or "" (Normal)."""
    word = Document()
    for style, text in blocks:
        if style.startswith("Heading"):
            word.add_heading(text, level=int(style.split()[1]))
        else:
            word.add_paragraph().add_run(text).bold = style == "bold"
    word.save(str(path))
    return path.read_bytes()


def test_a_section_number_alone_over_its_title_line_is_one_heading_in_every_format(tmp_path: Path):
    """`Article 1` over `Objet` (a bold line, or a heading under it), as French contracts centre an article's number
    and title on two lines: joined in a Word or HTML page's bold lines only. A Markdown page's `**Article 1**` over
    `**Objet**`, `## Article 1` over `**Objet**` or `### Objet`, and a Word or HTML heading over a heading stayed a
    section of a number only (the contents listing "Article 1", "Article 2"), its title a bold line or a subsection
    without a number. One rule now, for every format."""
    expected = ["# Politique", "## Article 1 Objet", "## Article 2 Données collectées"]
    sources = {
        "bold.md": "# Politique\n\n**Article 1**\n\n**Objet**\n\nUn.\n\n**Article 2**\n\n**Données collectées**\n\nDeux.\n",
        "heading-bold.md": "# Politique\n\n## Article 1\n\n**Objet**\n\nUn.\n\n## Article 2\n\n__Données collectées__\n\n"
                           "Deux.\n",
        "headings.md": "# Politique\n\n## Article 1\n\n### Objet\n\nUn.\n\n## Article 2\n\n### Données collectées\n\n"
                       "Deux.\n",
        "headings.html": "<html><body><main><h1>Politique</h1><h2>Article 1</h2><h3>Objet</h3><p>Un.</p><h2>Article 2"
                         "</h2><h3>Données collectées</h3><p>Deux.</p></main></body></html>",
        "heading-bold.html": "<html><body><main><h1>Politique</h1><h2>Article 1</h2><p><strong>Objet</strong></p><p>Un."
                             "</p><h2>Article 2</h2><p><b>Données collectées</b></p><p>Deux.</p></main></body></html>",
    }
    for name, text in sources.items():
        folder = tmp_path / name.replace(".", "-")
        folder.mkdir()
        imported = imported_text(folder, f"privacy-2021-06-01.{name.rsplit('.', 1)[1]}", text)
        assert _headings(imported.body) == expected, (name, imported.body)
        assert "\n\n\n" not in imported.body and "Un.\n" in imported.body, (name, imported.body)
        assert any("section numbers standing alone over a" in note for note in imported.notes), (name, imported.notes)
    for blocks in ([("Heading 1", "Politique"), ("Heading 2", "Article 1"), ("Heading 3", "Objet"), ("", "Un."),
                    ("Heading 2", "Article 2"), ("Heading 3", "Données collectées"), ("", "Deux.")],
                   [("Heading 1", "Politique"), ("Heading 2", "Article 1"), ("bold", "Objet"), ("", "Un."),
                    ("Heading 2", "Article 2"), ("bold", "Données collectées"), ("", "Deux.")]):
        folder = tmp_path / f"word-{blocks[2][0]}"
        folder.mkdir()
        imported = imported_text(folder, "privacy-2021-06-01.docx", _word(folder / "w.docx", blocks))
        assert _headings(imported.body) == expected, (blocks[2][0], imported.body)
    markdown = imported_text(tmp_path, "privacy-2021-06-01.md", sources["bold.md"])
    assert any(note.startswith("line 3: ") and "“Article 1 Objet”" in note for note in markdown.notes), markdown.notes


def test_a_line_under_a_number_alone_that_is_no_title_stays_as_written(tmp_path: Path):
    """A sentence in bold, a bold line over another bold line, subsections side by side under the number, a title
    with no text of its own, a numbered line: none is the number's title."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Politique\n\n## Article 1\n\n**Nous traitons vos données.**\n\nUn.\n\n## Article 2\n\n**Droits**\n\n"
        "**Accès**\n\nDeux.\n\n## Article 3\n\n### Accès\n\nA.\n\n### Effacement\n\nE.\n\n## Article 4\n\n"
        "### Note\n\n## Article 5\n\n### 5.1 Cookies\n\nC.\n"))
    assert _headings(text.body) == ["# Politique", "## Article 1", "## Article 2", "## Article 3", "### Accès",
                                    "### Effacement", "## Article 4", "### Note", "## Article 5", "### 5.1 Cookies"
                                    ], text.body
    assert "**Nous traitons vos données.**" in text.body and "**Droits**\n\n**Accès**" in text.body, text.body


def test_a_roman_numeral_alone_over_its_title_is_one_heading_read_in_its_series(tmp_path: Path):
    """`## II.` over `**Objet**`: one heading, `II. Objet`, §2 among I and III (a number alone joins the title under
    it, whether it is written in digits, words or Roman numerals)."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Politique\n\n## I. Champ\n\nUn.\n\n## II.\n\n**Objet**\n\nDeux.\n\n## III. Droits\n\nTrois.\n"))
    assert _headings(text.body) == ["# Politique", "## I. Champ", "## II. Objet", "## III. Droits"], text.body
    assert _sections(text.body) == [(2, "1", "Champ"), (2, "2", "Objet"), (2, "3", "Droits")]


def test_a_definition_list_inside_a_definition_keeps_its_nesting_as_a_list_under_it(tmp_path: Path):
    """A glossary's terms under the term they narrow (`<dd>… <dl><dt>Sensitive data</dt>…</dl></dd>`): each term was a
    bold paragraph, a peer of the one it narrows, three levels read as one. The inner list is a list under its
    definition, each item a term in bold over its definition (its paragraphs indented with it), deeper ones nested."""
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy</h1><h2>1. Definitions</h2><dl><dt>Personal data</dt><dd>Any information."
        "<dl><dt>Sensitive data</dt><dd>Health, opinions.</dd><dt><b>Biometric data</b></dt><dd><p>Fingerprints.</p>"
        "<p>Face geometry.</p><dl><dt>Template</dt><dd>A mathematical form.</dd></dl></dd></dl></dd><dt>Processing"
        "</dt><dd>Any operation.</dd></dl><h2>2. Rights</h2><p>R.</p></main></body></html>"))
    assert text.body.split("## 1. Definitions\n\n")[1].split("\n\n## 2.")[0] == (
        "**Personal data**\n\nAny information.\n\n- **Sensitive data**\n\n    Health, opinions.\n\n"
        "- **Biometric data**\n\n    Fingerprints.\n\n    Face geometry.\n\n    - **Template**\n\n"
        "        A mathematical form.\n\n**Processing**\n\nAny operation."), text.body
    assert any("2 definition lists inside a definition: a list under it" in note for note in text.notes), text.notes
    grouped = imported_text(tmp_path / "grouped", "privacy-2021-06-01.html", (
        "<html><body><main><h1>P</h1><h2>1. Definitions</h2><dl><dt>Personal data</dt><dd>Any info.<dl><div><dt>"
        "Sensitive</dt><dd>Health.</dd></div><div><dt>Biometric</dt><dd>Prints.</dd></div></dl></dd></dl></main>"
        "</body></html>"))  # (a <div> grouping each term and its definition, as HTML allows: one item each)
    assert "Any info.\n\n- **Sensitive**\n\n    Health.\n\n- **Biometric**\n\n    Prints." in grouped.body, grouped.body


def test_a_markdown_definition_lists_paragraphs_second_definitions_and_nested_lists_are_kept(tmp_path: Path):
    """Python-Markdown's and MkDocs Material's `def_list`: a definition's second paragraph, indented under it, became a
    code block (its words shown as code); a term's second definition (`:` again) made the first a term in bold; a list
    inside a definition was code with its `:` shown. Each is the site's Markdown now: paragraphs, two definitions under
    one term, the inner list a list under its definition."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Privacy\n\n## 1. Definitions\n\nPersonal data\n:   Any information.\n\n    It includes identifiers.\n\n"
        "    Sensitive data\n    :   Health, opinions.\n\n    **Biometric data**\n    :   Fingerprints.\n\nProcessing\n"
        ":   Any operation.\n:   Or a set of operations.\n\n```\nkey\n:   not a definition\n```\n\n## 2. Rights\n\nR.\n"))
    assert text.body.split("## 1. Definitions\n\n")[1].split("\n\n## 2.")[0] == (
        "**Personal data**\n\nAny information.\n\nIt includes identifiers.\n\n- **Sensitive data**\n\n"
        "    Health, opinions.\n\n- **Biometric data**\n\n    Fingerprints.\n\n**Processing**\n\nAny operation.\n\n"
        "Or a set of operations.\n\n```\nkey\n:   not a definition\n```"), text.body
    assert any(note.startswith("lines 5, 10, 13 and 16: a definition list's term") for note in text.notes), text.notes


def test_bold_lines_side_by_side_under_a_number_alone_are_its_subsections_not_its_title(tmp_path: Path):
    """`## Article 1` over `**Definitions**` … `**Interpretation**` …: two bold lines of one shape, each over its text,
    are the article's parts; the first is no more its title than the second."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# Politique\n\n## Article 1\n\n**Définitions**\n\nUn.\n\n**Interprétation**\n\nDeux.\n\n## Article 2\n\n"
        "**Objet**\n\nTrois.\n"))
    assert _headings(text.body) == ["# Politique", "## Article 1", "## Article 2 Objet"], text.body
    assert "**Définitions**\n\nUn.\n\n**Interprétation**" in text.body, text.body


def _numbered_word(path: Path, label: str, titles: list[str]) -> bytes:
    """A Word document whose articles' numbers Word's numbering draws (`label`, `ARTICLE %1`) on an empty paragraph
    of their own, over each article's title in bold, then its text; and a list lettered `a)`, one item empty."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    word = Document()
    numbering = word.part.numbering_part.numbering_definitions._numbering
    for number, text, fmt in (("41", label, "decimal"), ("42", "%1)", "lowerLetter")):
        numbering.append(parse_xml(
            f'<w:abstractNum {w} w:abstractNumId="{number}"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0">'
            f'<w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/><w:lvlJc w:val="center"/><w:rPr>'
            f'<w:b/></w:rPr></w:lvl></w:abstractNum>'))
        numbering.append(parse_xml(f'<w:num {w} w:numId="{number}"><w:abstractNumId w:val="{number}"/></w:num>'))

    def numbered(words: str, num: str) -> None:
        paragraph = word.add_paragraph(words)
        paragraph._p.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {w}><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'))

    word.add_paragraph().add_run("POLITIQUE DE CONFIDENTIALITÉ").bold = True
    for title in titles:
        numbered("", "41")
        word.add_paragraph().add_run(title).bold = True
        word.add_paragraph(f"Texte {title.lower()}.")
    for item in ("nom", "", "adresse"):
        numbered(item, "42")
    word.save(str(path))
    return path.read_bytes()


def test_a_section_number_word_draws_alone_on_its_line_is_the_sections_number(tmp_path: Path):
    """`ARTICLE 1` drawn by Word's numbering (`ARTICLE %1`) on an empty paragraph, centred over the article's title in
    bold, as French contracts set them: each was a list of one item, "- ARTICLE 1", and the titles unnumbered
    sections. The label is the section's number, joined to its title; a list's own labels (`a)`) stay its items'."""
    text = imported_text(tmp_path, "privacy-2021-06-01.docx", _numbered_word(
        tmp_path / "w.docx", "ARTICLE %1", ["OBJET", "DONNÉES COLLECTÉES", "DROITS"]))
    assert _headings(text.body) == ["# POLITIQUE DE CONFIDENTIALITÉ", "## ARTICLE 1 OBJET",
                                    "## ARTICLE 2 DONNÉES COLLECTÉES", "## ARTICLE 3 DROITS"], text.body
    assert "- ARTICLE" not in text.body and "a) nom" in text.body and "c) adresse" in text.body, text.body
    assert any(note.startswith("3 section numbers Word draws alone on a line of their own (“ARTICLE 1”")
               for note in text.notes), text.notes
    assert _sections(text.body) == [(2, "1", "OBJET"), (2, "2", "DONNÉES COLLECTÉES"), (2, "3", "DROITS")]


def test_a_number_alone_in_bold_takes_its_title_inside_its_bold(tmp_path: Path):
    """Google Docs' Markdown writes every heading in bold, `## **Article 3**` over `**Your rights**`: joined, the
    heading was `## **Article 3** Your rights`, half in bold. The title goes inside the number's bold."""
    text = imported_text(tmp_path, "privacy-2021-06-01.md", (
        "# **Privacy Policy**\n\n## **1\\. Who we are**\n\nAcme\\.\n\n## **Article 2**\n\n**Your rights**\n\nAsk\\!\n\n"
        "## __Article 3__\n\n### **Contact**\n\nWrite\\.\n"))
    assert _headings(text.body)[2:] == ["## **Article 2 Your rights**", "## __Article 3 Contact__"], text.body


def test_a_number_alone_in_bold_over_a_bold_title_is_one_heading(tmp_path: Path):
    """`**II.**` (or `**1.**`) over `**Données**`, in bold lines alone: the titles became unnumbered sections, the
    numbers bold lines at the end of the section above ("**II.**" closing §I's text). One heading each, its number
    as written, in a Markdown page as in an HTML one."""
    for name, source in (
            ("privacy-2021-06-01.md", "# Politique\n\n**I.**\n\n**Objet**\n\nUn.\n\n**II.**\n\n**Données**\n\nDeux.\n\n"
                                      "**III.**\n\n**Droits**\n\nTrois.\n"),
            ("privacy-2021-06-01.html", "<html><body><main><h1>Politique</h1><p><b>1.</b></p><p><b>Objet</b></p><p>Un."
                                        "</p><p><b>2.</b></p><p><b>Données</b></p><p>Deux.</p><p><b>3.</b></p><p><b>"
                                        "Droits</b></p><p>Trois.</p></main></body></html>")):
        folder = tmp_path / name.rsplit(".", 1)[1]
        folder.mkdir()
        text = imported_text(folder, name, source)
        numbers = ("I.", "II.", "III.") if name.endswith(".md") else ("1.", "2.", "3.")
        assert _headings(text.body) == ["# Politique", *(f"## {n} {t}" for n, t in zip(numbers, (
            "Objet", "Données", "Droits"), strict=True))], text.body
        assert [(n, t) for _l, n, t in _sections(text.body)] == [("1", "Objet"), ("2", "Données"), ("3", "Droits")]


def test_characters_that_draw_nothing_around_a_headings_number_are_removed(tmp_path: Path):
    """`2.&#8203;What we collect`, `&#8203;3. Rights`, `6.&shy;Cookies` (a web page's or Word's copied text): each
    heading was unnumbered, the page refused ("has no section number, unlike the others", the invisible character
    shown in the message). Removed, said with their lines; one between two letters, or in an emoji, stays."""
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        "<html><body><main><h1>Privacy</h1><h2>1.\u00a0Who we are</h2><p>A.</p><h2>2.\u200bWhat we collect</h2><p>B."
        "</p><h2>\u200b3. Rights</h2><p>C.</p><h2>4. Pro\u00adcessing \u2764\u200d\U0001f525</h2><p>D.</p>"
        "<h2>5.\u00adCookies\u200b</h2><p>E.</p></main></body></html>"))
    assert [(n, t) for _l, n, t in _sections(text.body)] == [
        ("1", "Who we are"), ("2", "What we collect"), ("3", "Rights"), ("4", "Pro\u00adcessing \u2764\u200d\U0001f525"),
        ("5", "Cookies")], text.body
    assert any("removed characters that draw nothing" in note for note in text.notes), text.notes
    assert characters.stray_in_heading("## 2.\u200bWhat") == [5]
    assert characters.stray_in_heading("2.\u200bWhat") == [] and characters.stray_in_heading("## ab\u200ccd") == []


def test_the_footer_word_repeats_under_each_page_of_a_page_it_saved_is_left_out_and_said(tmp_path: Path):
    """Word's File › Save as › Web Page writes the page footer (`<div style='mso-element:footer'>`) into the body: it
    was the policy's last paragraph, "Acme SAS – Confidential – page 1". Left out with its words said, as a Word
    document's page headers and footers are (and LibreOffice's pages')."""
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        "<html><body lang=EN><div class=WordSection1><p class=MsoTitle>Privacy Policy</p><h1>1. Data</h1>"
        "<p class=MsoNormal>Name.</p></div><div style='mso-element:header' id=h1><p class=MsoHeader>Acme SAS</p></div>"
        "<div style='mso-element: footer' id=f1><p class=MsoFooter>Acme SAS – Confidential – page <span "
        "style='mso-field-code:\" PAGE \"'>1</span></p></div></body></html>"))
    assert text.body.rstrip().endswith("Name."), text.body
    assert "Confidential" not in text.body and "Acme SAS" not in text.body, text.body
    assert any("page headers and footers (“Acme SAS · Acme SAS – Confidential – page 1”)" in note
               for note in text.notes), text.notes


def test_a_confluence_page_whose_sections_are_h1s_keeps_its_title(tmp_path: Path):
    """Confluence users write a page's sections as `<h1>`: the page's title (`#title-heading`, outside the text) was
    put above the text only where it held no `<h1>`, so such a page had no title at all (refused: structure.title).
    The title is kept above the sections; and an article's number over its title heading, a panel's bold title under
    that, is one heading (a bold line after a title is text of its own)."""
    text = imported_text(tmp_path, "privacy-2021-06-01.html", (
        '<html><head><title>Legal : Privacy Policy</title></head><body><div id="page"><div id="main"><div id="main-'
        'header"><h1 id="title-heading" class="pagetitle"><span id="title-text">Legal : Privacy Policy</span></h1>'
        '</div><div id="content" class="view"><div id="main-content" class="wiki-content group"><h1 id="PrivacyPolicy-'
        'Article1">Article 1</h1><h2 id="PrivacyPolicy-Objet">Objet</h2><p>Un.</p><h1 id="PrivacyPolicy-Article2">'
        'Article 2</h1><h2 id="PrivacyPolicy-Données">Données</h2><div class="confluence-information-macro"><p class='
        '"title">Note</p><div class="confluence-information-macro-body"><p>Deux.</p></div></div></div></div></div>'
        '</div></body></html>'))
    assert _headings(text.body) == ["# Privacy Policy", "## Article 1 Objet", "## Article 2 Données"
                                    ], text.body
    assert text.meta.get("title") == "Privacy Policy", text.meta


def test_a_plain_text_policys_number_alone_over_its_title_line_is_one_heading(tmp_path: Path):
    """A policy kept as plain text, `ARTICLE 1` on a line over `OBJET`, then its text: the heading was the number
    alone, its title the first line of its text's paragraph. One heading, by the rule every format follows."""
    paragraph = "Acme SAS traite les données de ses clients et des visiteurs de son site, conformément au règlement."
    source = tmp_path / "privacy-2021-06-01.txt"
    source.write_text(f"POLITIQUE DE CONFIDENTIALITÉ\n\nARTICLE 1\nOBJET\n{paragraph}\n\nARTICLE 2\nDONNÉES\n"
                      f"{paragraph}\n\nARTICLE 3\nNous traitons vos données.\n{paragraph}\n", encoding="utf-8")
    text = importer._convert(Source(source, DAY, "text"), lang="fr", authoritative=True)
    assert _headings(text.body) == ["# POLITIQUE DE CONFIDENTIALITÉ", "## ARTICLE 1 OBJET", "## ARTICLE 2 DONNÉES",
                                    "## ARTICLE 3"], text.body
    assert f"## ARTICLE 1 OBJET\n\n{paragraph}\n" in text.body, text.body
    assert f"## ARTICLE 3\n\nNous traitons vos données.  \n{paragraph}" in text.body, text.body


def test_a_bold_title_opening_its_paragraph_under_a_number_alone_is_that_numbers_title(tmp_path: Path):
    """`**Article 3**` over `**Droits**`, a line break, then the text in the same paragraph (Shift+Enter in Word, two
    spaces in Markdown): the title stayed the paragraph's first line under a heading of a number only."""
    for name, source in (
            ("privacy-2021-06-01.md", "# Politique\n\n**Article 1**\n\n**Objet**  \nUn.\n\n**Article 2**\n\n"
                                      "**Droits**\\\nDeux.\n"),
            ("privacy-2021-06-01.html", "<html><body><main><h1>Politique</h1><p><b>Article 1</b></p><p><b>Objet</b><br>"
                                        "Un.</p><p><b>Article 2</b></p><p><strong>Droits</strong><br>Deux.</p></main>"
                                        "</body></html>")):
        text = imported_text(tmp_path / name.rsplit(".", 1)[1], name, source)
        assert _headings(text.body) == ["# Politique", "## Article 1 Objet", "## Article 2 Droits"], text.body
        assert "## Article 1 Objet\n\nUn.\n\n## Article 2 Droits\n\nDeux." in text.body, text.body


def test_a_number_with_its_ordinal_mark_before_a_separator_numbers_its_heading():
    """Italian and Portuguese policies number sections `1°) Titolare del trattamento`, `1º - Objeto`: `1º Objeto` was
    read, the mark then a separator was not (the section unnumbered, the page refused beside its translation's)."""
    assert _sections("# Informativa\n\n## 1°) Titolare del trattamento\n\nA.\n\n## 2°) Finalità\n\nB.\n\n"
                     "## 3º - Diritti\n\nC.\n") == [(2, "1", "Titolare del trattamento"), (2, "2", "Finalità"),
                                                   (2, "3", "Diritti")]
    assert _sections("# P\n\n## 1°C di temperatura\n\nA.\n") == [(2, "", "1°C di temperatura")]
