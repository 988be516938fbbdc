"""Adopt43: leftovers of the import of Word and OpenDocument policies, each read from a synthetic document."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert
from policysite.redline import engine, render
from unit.test_adopt41_word import _bookmarked, _field, _paragraph, _run, cross_referenced
from unit.test_convert import docx_with
from unit.test_convert_odt import odt


def test_field_codes_in_lower_or_mixed_case_are_links_as_word_reads_them(tmp_path: Path):
    """Word reads a field's code whatever its case (typed by hand in Ctrl+F9, or written so by a generator): `ref
    _Ref301 \\h`, `Ref _REF302 \\H` and a simple field's `hyperlink "…"` are a cross-reference and a link in Word, and
    were words only on the site (adopt43). Each lands where Word's does, on the bookmark as the document names it; a
    `ref` without `\\h` stays words, as in Word."""
    markdown = cross_referenced(tmp_path, _run("See section ") + _field([" ref _Ref301 \\r \\h "], "3.1")
                                + _run(", clause ") + _field([" Ref _REF302 ", "\\H \\* MERGEFORMAT "], "(b)")
                                + _run(", the ") + '<w:fldSimple w:instr=" hyperlink &quot;https://www.cnil.fr/&quot; ">'
                                + _run("CNIL") + "</w:fldSimple>" + _run(", the ")
                                + _field([' Hyperlink "https://edpb.europa.eu/" '], "EDPB") + _run(" and section ")
                                + _field([" ref _Ref301 \\r "], "3.1") + _run("."))
    assert "See section [3.1](#s3-1), clause [(b)](#_Ref302), the [CNIL](https://www.cnil.fr/), the " \
           "[EDPB](https://edpb.europa.eu/) and section 3.1." in markdown, markdown


def test_a_table_of_contents_page_number_in_a_lower_case_field_is_left_out(tmp_path: Path):
    """A table of contents whose entries' page numbers are `pageref _Toc1 \\h` fields, in lower case (as generators
    write them, and Word reads them): the numbers were kept in the entries' words, `[1. Who we are 2]` (adopt43)."""
    def entry(text: str, page: str, bookmark: str) -> str:
        return (f'<w:p><w:hyperlink w:anchor="{bookmark}">{_run(text)}<w:r><w:tab/></w:r>'
                + _field([f" pageref {bookmark} \\h "], page) + "</w:hyperlink></w:p>")

    body = "".join([_paragraph(_run("Acme Privacy Policy"), "Titre1"), entry("1. Who we are", "2", "_Toc1"),
                    entry("2. Data", "17", "_Toc2"), _bookmarked("_Toc1", _run("1. Who we are"), "Titre2"),
                    _paragraph(_run("We are Acme.")), _bookmarked("_Toc2", _run("2. Data"), "Titre2"),
                    _paragraph(_run("Names."))])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    contents = converted.markdown.split("## 1.")[0]
    assert "[1\\. Who we are](#s1)" in contents and "[2\\. Data](#s2)" in contents, converted.markdown
    assert "2" not in contents.replace("[2\\. Data]", "").replace("#s2", ""), contents


def _policy(body: str, *, date: str = "2024-01-01", lang: str = "fr") -> document.Policy:
    return document.parse(f"---\ndate: {date}\n---\n# Confidentialité\n\n{body}", path="p.md", lang=lang)


def test_sections_numbered_in_roman_numerals_are_named_by_them():
    """A text numbering its sections `I.`, `II.`, `IV.` (or `Article IV –`, `Chapitre Ier`) was named §1, §2, §4 in
    every finding and redline, numbers its readers never see (adopt43): each is named as its heading writes it, §IV,
    the gap in its numerals too (§III is missing), its id still its number's (#s4, the same in every language). A
    subsection `I.` under §1 stays §1.1, and a lettered text's `C.` its letter."""
    roman = _policy("## I. Champ\n\nTexte.\n\n## II. Données\n\nTexte.\n\n## IV. Droits\n\nTexte.\n\n"
                    "## Article V – Contact\n\nTexte.\n")
    assert [(s.label, s.anchor) for s in roman.sections] == [("§I", "s1"), ("§II", "s2"), ("§IV", "s4"), ("§V", "s5")]
    assert [(p.key, dict(p.fields)) for p in roman.problems] == [
        ("structure.number-skipped", {"section": "§IV “Droits”", "after": "§II", "missing": "§III"})]
    chapters = _policy("## Chapitre Ier – Général\n\nTexte.\n\n## Chapitre II – Données\n\nTexte.\n")
    assert [s.label for s in chapters.sections] == ["§I", "§II"]
    nested = _policy("## 1. Champ\n\n### I. Un\n\nTexte.\n\n### II. Deux\n\nTexte.\n\n## 2. Données\n\nTexte.\n")
    assert [s.label for s in nested.sections] == ["§1", "§1.1", "§1.2", "§2"]
    lettered = _policy("## A. Champ\n\nTexte.\n\n## C. Données\n\nTexte.\n\n## D. Droits\n\nTexte.\n")
    assert [dict(p.fields).get("missing") for p in lettered.problems] == ["§B"], lettered.problems
    old = _policy("## I. Champ\n\nTexte.\n\n## II. Données\n\nNous gardons vos données.\n")
    new = _policy("## I. Champ\n\nTexte.\n\n## II. Données\n\nNous effaçons vos données.\n", date="2024-06-01")
    said = render.render_text(engine.diff(old, new), color=False, lang="fr")
    assert "§II Données" in said and "§2" not in said, said


def _cell(content: str) -> str:
    return f"<w:tc>{content if content.endswith('</w:p>') else content + '<w:p/>'}</w:tc>"


def _table(rows: list[list[str]]) -> str:
    return "<w:tbl>" + "".join("<w:tr>" + "".join(_cell(cell if cell.startswith("<") else _paragraph(_run(cell)))
                                                   for cell in row) + "</w:tr>" for row in rows) + "</w:tbl>"


def test_a_table_in_a_tables_cell_is_said_at_the_line_it_became(tmp_path: Path):
    """A Word table of retention periods whose cell holds another table (the periods of each kind of data): the inner
    table became its cell's words, `invoices – 10 years; others – 3 years`, said for the whole text only, the legal
    team left to find which cell of which table (adopt43). It is said at the line of its row, each one."""
    inner = _table([["invoices", "10 years"], ["others", "3 years"]])
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Retention"), "Titre2"),
        _table([["Purpose", "Basis", "Kept"], ["Orders", "Contract", inner], ["Marketing", "Consent", "2 years"],
                ["Support", "Interest", _table([["tickets", "1 year"]])]]),
        _paragraph(_run("2. Rights")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    lines = converted.markdown.split("\n")
    rows = [n for n, line in enumerate(lines, 1) if "invoices – 10 years; others – 3 years" in line or
            "| tickets – 1 year |" in line]
    assert len(rows) == 2 and all("\ue033" not in line for line in lines), converted.markdown
    assert f"Markdown lines {rows[0]} and {rows[1]}: 2 tables inside a table's cell became the cell's text, one row " \
           "after another" in converted.notes, (converted.notes, converted.markdown)


_VML = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"'
_SHAPETYPE = ('<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,'
              '21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/></v:shapetype>')


def _vml_art(words: str, shape_id: str = "_x0000_s1026") -> str:
    """A WordArt shape as Word 97-2007 writes it (and Word 2010's copy for older programs): its words an attribute."""
    return (f'<w:pict {_VML}>{_SHAPETYPE}<v:shape id="{shape_id}" type="#_x0000_t136" style="width:300pt;height:40pt" '
            f'fillcolor="#1f4e79"><v:textpath style="font-family:&quot;Arial Black&quot;" string="{words}"/>'
            '</v:shape></w:pict>')


def _drawn_art(words: str, fallback: str = "") -> str:
    """A WordArt shape as Word 2010 and later writes it: warped text in a DrawingML text box, with its VML copy."""
    drawing = ('<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
               '<wp:docPr id="3" name="Text Box 3"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006'
               '/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>'
               f'{_paragraph(_run(words))}</w:txbxContent></wps:txbx><wps:bodyPr><a:prstTxWarp prst="textArchUp">'
               '<a:avLst/></a:prstTxWarp></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>')
    if not fallback:
        return drawing
    return ('<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice '
            f'Requires="wps">{drawing}</mc:Choice><mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent>')


def test_wordart_is_read_as_its_words_and_a_watermark_left_out_both_said(tmp_path: Path):
    """WordArt (Insert › WordArt) holds its words in an attribute, `<v:textpath string="…"/>`, which mammoth does not
    read: the policy's words drawn so were left out, said as an element the converter does not read (adopt43). They
    are read as a text box's, a paragraph after the one holding the shape (each line of it a paragraph), and said with
    their words, once for Word 2010's shape and its copy; Word's watermark ("DRAFT" behind the text) is no word of the
    policy: left out, said with its words."""
    body = "".join([
        _paragraph(_run("Acme Privacy Policy"), "Titre1"),
        _paragraph(_run("1. Scope"), "Titre2"),
        _paragraph(_run("Read this first.") + f"<w:r>{_vml_art('We never sell&#xA;your data')}</w:r>"),
        _paragraph(_run("Text.") + "<w:r>" + _drawn_art("Your rights matter", _vml_art("Your rights matter"))
                   + "</w:r>"),
        _paragraph(f"<w:r>{_vml_art('DRAFT', 'PowerPlusWaterMarkObject357831064')}</w:r>" + _run("More.")),
        _paragraph(_run("Last.") + "<w:r>" + _drawn_art("Contact us") + "</w:r>"),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body))
    assert "## 1. Scope\n\nRead this first.\n\nWe never sell\n\nyour data\n\nText.\n\nYour rights matter\n\nMore.\n\n" \
           "Last.\n\nContact us\n" in converted.markdown, converted.markdown
    assert "DRAFT" not in converted.markdown
    assert "read the words of 3 WordArt shapes (words Word draws as a picture, which the converter does not read) as " \
           "paragraphs after the paragraph each is anchored in: “We never sell your data”, “Your rights matter”, " \
           "“Contact us”; remove what is no text of the policy" in converted.notes, converted.notes
    assert "left out 1 watermark Word draws behind the text (Design › Watermark; a web page has none): “DRAFT”" in \
        converted.notes, converted.notes
    assert not any("v:textpath" in note or "text box" in note for note in converted.notes), converted.notes


def _styled(name: str, level: int) -> str:
    """A paragraph style of the document's own, `name`, with an outline level (Tools › Heading Numbering gives one)."""
    return (f'<style:style style:name="{name.replace(" ", "_20_")}" style:display-name="{name}" '
            f'style:family="paragraph" style:default-outline-level="{level}"/>')


def _heading(style: str, level: int, words: str) -> str:
    return f'<text:h text:style-name="{style}" text:outline-level="{level}">{words}</text:h><text:p>Texte.</text:p>'


def test_an_opendocuments_headings_are_named_by_the_styles_it_writes_them_in(tmp_path: Path):
    """An OpenDocument's headings were said "Heading n" (« Titre n ») in every note, whatever style the document wrote
    them in (adopt43): its sections in its own `Chapitre` style were "sections in Heading 1". Each level is named by
    the style its headings are written in (a paragraph formatted by hand, LibreOffice's automatic `P1`, by the style it
    is based on), LibreOffice's own Heading n as the reader's language names it (Titre 3)."""
    styles = ('<office:styles><style:style style:name="Title" style:family="paragraph"/>'
              + "".join(_styled(name, level) for name, level in (("Heading 1", 1), ("Heading 3", 3), ("Chapitre", 1),
                                                                   ("Article", 3), ("Clause", 5), ("Sous-article", 6)))
              + "</office:styles>")
    automatic = '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Article"/>'

    def said(name: str, body: str) -> list[str]:
        converted = convert(odt(tmp_path / f"{name}-2024-01-01.odt", body, styles=styles, automatic=automatic))
        return [messages.said_in(note, lang) for note in converted.notes for lang in ("en", "fr")]

    tops = said("tops", _heading("Chapitre", 1, "Politique") + _heading("Chapitre", 1, "1. Objet")
                + _heading("Chapitre", 1, "2. Données"))
    assert "the text's sections are “Chapitre”, as its title is: 2 headings one level down, each section a section " \
           "(##)" in tops, tops
    assert "les sections du texte sont au style «\xa0Chapitre\xa0», comme son titre\xa0: 2 titres descendent d'un " \
           "niveau, chaque section devenant une section (##)" in tops, tops
    skipped = said("skipped", _heading("Heading_20_1", 1, "Politique") + _heading("P1", 3, "Objet")
                   + _heading("Article", 3, "Données"))
    assert "2 headings moved to the level the site reads (the document skipped from its title to “Article”)" in \
        skipped, skipped
    assert "2 titres déplacés au niveau que lit le site (le document passait de son titre au style «\xa0Article\xa0»)" \
        in skipped, skipped
    built_in = said("built-in", _heading("Heading_20_1", 1, "Politique") + _heading("Heading_20_3", 3, "Objet")
                    + _heading("Heading_20_3", 3, "Données"))
    assert "2 headings moved to the level the site reads (the document skipped from its title to Heading 3)" in \
        built_in, built_in
    assert "2 titres déplacés au niveau que lit le site (le document passait de son titre au style Titre 3)" in \
        built_in, built_in
    titled = said("titled", '<text:p text:style-name="Title">Politique</text:p>' + _heading("Chapitre", 1, "Objet")
                  + _heading("Clause", 5, "Données") + _heading("Sous-article", 6, "Détail"))
    assert any("so that its “Clause” and “Sous-article” keep a level each under its title" in note
               for note in titled), titled


def test_wordart_beside_a_picture_shape_keeps_the_picture_and_its_words_escaped():
    """A picture's VML shape written empty (`<v:shape …/>`) before a WordArt: the picture stays as it was, the WordArt
    alone becomes a text box, its words (`&amp;`) written as XML again."""
    from policysite.convert import word_art

    picture = '<w:r><w:pict><v:shape id="logo" type="#_x0000_t75"/></w:pict></w:r>'
    document = (f'<w:p>{picture}<w:r><w:pict><v:shape id="art"><v:textpath string="Ads &amp; you"/></v:shape>'
                '</w:pict></w:r></w:p>')
    read, drawn, watermarks = word_art.read(document)
    assert read == (f'<w:p>{picture}<w:r><w:pict><w:txbxContent><w:p><w:r><w:t xml:space="preserve">Ads &amp; you'
                    '</w:t></w:r></w:p></w:txbxContent></w:pict></w:r></w:p>')
    assert (drawn, watermarks) == (["Ads & you"], [])
    assert word_art.read("<w:p/>") == ("<w:p/>", [], [])
