"""Word documents as Google Docs and right-to-left writers save them, imported (reader hunt 47)."""
from __future__ import annotations

from pathlib import Path

from policysite import document, messages
from policysite.convert import convert
from unit.test_convert import _W, docx_parts, docx_with, make_docx, write_docx

LRI, RLI, PDI = "\u2066", "\u2067", "\u2069"


def run(text: str, *, rtl: str | None = None) -> str:
    flag = f'<w:rtl w:val="{rtl}"/>' if rtl is not None else ""
    return f'<w:r><w:rPr>{flag}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def paragraph(runs: str, style: str = "", *, bidi: str | None = None) -> str:
    props = (f'<w:pStyle w:val="{style}"/>' if style else "") + (f'<w:bidi w:val="{bidi}"/>' if bidi else "")
    return f"<w:p><w:pPr>{props}</w:pPr>{runs}</w:p>"


HEADINGS = ('<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
            '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>')


def test_a_hebrew_documents_left_to_right_paragraph_and_phone_number_keep_their_direction(tmp_path: Path):
    """A Hebrew policy (paragraphs `w:bidi`, Hebrew runs `w:rtl`) with an English contact line (`w:bidi w:val="0"`)
    and a phone number typed in a run Word reads left to right: imported without directions, the site (right to left
    for Hebrew) showed the English line's stop and brackets on the wrong side and the number's groups reversed
    ("4567 123 3 972+"). Both are kept between direction isolates; Hebrew words, and one Latin word alone, are not."""
    body = "".join([
        paragraph(run("מדיניות פרטיות", rtl="1"), "Title", bidi="1"),
        paragraph(run("1. מי אנחנו", rtl="1"), "Heading1", bidi="1"),
        paragraph(run("אנו חברת ", rtl="1") + run("Acme") + run(" בע״מ.", rtl="1"), bidi="1"),
        paragraph(run("Contact our DPO: ") + '<w:hyperlink r:id="rIdLink">' + run("dpo@acme.example") + "</w:hyperlink>"
                  + run(" (English only)."), bidi="0"),
        paragraph(run("טלפון: ", rtl="1") + run("+972 3 ") + run("123 4567") + run(".", rtl="1"), bidi="1"),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=HEADINGS))
    text = converted.markdown
    assert f"\n{LRI}Contact our DPO: " in text and f" (English only).{PDI}\n" in text, text
    assert f"טלפון: {LRI}+972 3 123 4567{PDI}." in text, text
    assert "אנו חברת Acme בע״מ." in text and text.count(LRI) == 2 and text.count(PDI) == 2, text
    assert any("direction isolates" in note for note in converted.notes), converted.notes
    page = document.parse(f"---\ndate: 2024-01-01\n---\n{text}", path="index.md", lang="he")
    assert page.problems == []


def test_a_right_to_left_paragraph_of_an_english_document_keeps_its_direction_and_google_docs_flags_change_nothing(
        tmp_path: Path):
    """An English policy quoting an address in Arabic, its paragraph right to left by its style (`w:bidi` on the
    style, as Word's "Normal (Arabic)"): kept between RLI and PDI. Google Docs writes `<w:rtl w:val="0"/>` on every run
    and `<w:bidi w:val="0"/>` on every paragraph: nothing is isolated for those."""
    styles = HEADINGS + ('<w:style w:type="paragraph" w:styleId="ArabicText"><w:name w:val="Arabic text"/>'
                         '<w:pPr><w:bidi/></w:pPr></w:style>')
    body = "".join([
        paragraph(run("Privacy Policy", rtl="0"), "Title", bidi="0"),
        paragraph(run("1. Who we are", rtl="0"), "Heading1", bidi="0"),
        paragraph(run("Our office in Dubai, 12 Sheikh Zayed Road:", rtl="0"), bidi="0"),
        paragraph(run("شارع الشيخ زايد، دبي", rtl="1"), "ArabicText"),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=styles))
    text = converted.markdown
    assert f"\n{RLI}شارع الشيخ زايد، دبي{PDI}\n" in text, text
    assert "\nOur office in Dubai, 12 Sheikh Zayed Road:\n" in text and text.count(PDI) == 1, text


def test_a_google_docs_export_reads_as_its_author_wrote_it(tmp_path: Path):
    """A document as Google Docs exports it (File › Download › Microsoft Word): its own style ids (Title, Subtitle,
    Heading1…6) under a `normal` style, `<w:rtl w:val="0"/>` on every run and `<w:bidi w:val="0"/>` on every paragraph,
    lists through numbering.xml (● ○ bullets, `%1.` numbers) at two levels, a link by relationship id, a page break in
    a paragraph of its own, a reviewer's comment: the title, the sections, the lists, the link, nothing of the comment
    nor of the page break."""
    def r(text: str, extra: str = "") -> str:
        return (f'<w:r><w:rPr><w:rFonts w:ascii="Arial" w:cs="Arial" w:eastAsia="Arial" w:hAnsi="Arial"/>{extra}'
                f'<w:rtl w:val="0"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>')

    def p(runs: str, style: str = "", num: int = 0, level: int = 0) -> str:
        props = (f'<w:pStyle w:val="{style}"/>' if style else "") + (
            f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>' if num else "")
        return (f'<w:p w:rsidR="00000000" w14:paraId="00000001"><w:pPr>{props}<w:bidi w:val="0"/><w:rPr/></w:pPr>'
                f"{runs}</w:p>")

    body = "".join([
        p(r("Acme Privacy Policy"), "Title"), p(r("Last updated: 1 March 2024"), "Subtitle"),
        p(r("1. Who we are"), "Heading1"),
        p(r("Acme Ltd is the controller. ") + '<w:commentRangeStart w:id="0"/>' + r("Read our ")
          + '<w:hyperlink r:id="rIdLink">' + r("cookie notice", '<w:color w:val="1155cc"/><w:u w:val="single"/>')
          + "</w:hyperlink>" + r(".") + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>'),
        p(r("1.1 Contact"), "Heading2"), p(r("What we collect:")),
        p(r("Identity data"), num=1), p(r("Contact data"), num=1), p(r("e-mail address"), num=1, level=1),
        p('<w:r><w:br w:type="page"/></w:r>'),
        p(r("2. Your rights"), "Heading1"), p(r("You may:")), p(r("ask for access;"), num=2), p(r("object."), num=2),
        p(r("2.1 Complaints"), "Heading2"), p(r("2.1.1 To the authority"), "Heading3"), p(r("Write to the ICO.")),
    ])
    path = tmp_path / "privacy-2024-03-01.docx"
    make_docx(path)
    parts = docx_parts(path)
    parts["word/document.xml"] = (
        f'<w:document {_W} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"><w:body>{body}'
        '<w:sectPr><w:pgSz w:h="15840" w:w="12240" w:orient="portrait"/></w:sectPr></w:body></w:document>').encode()
    styles = "".join(f'<w:style w:type="paragraph" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="Normal"/>'
                     '<w:next w:val="Normal"/><w:pPr><w:keepNext w:val="1"/></w:pPr><w:rPr><w:sz w:val="40"/></w:rPr>'
                     "</w:style>" for sid, name in [("Title", "Title"), ("Subtitle", "Subtitle")]
                     + [(f"Heading{n}", f"heading {n}") for n in range(1, 7)])
    parts["word/styles.xml"] = (
        f'<w:styles {_W}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en"/></w:rPr></w:rPrDefault>'
        '<w:pPrDefault><w:pPr><w:spacing w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="normal"/></w:style>'
        f"{styles}</w:styles>").encode()

    def level(i: int, kind: str, label: str) -> str:
        return (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{kind}"/><w:lvlText w:val="{label}"/>'
                f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:hanging="360" w:left="{720 * (i + 1)}"/></w:pPr></w:lvl>')

    parts["word/numbering.xml"] = (
        f'<w:numbering {_W}><w:abstractNum w:abstractNumId="1">{level(0, "bullet", "●")}{level(1, "bullet", "○")}'
        f'</w:abstractNum><w:abstractNum w:abstractNumId="2">{level(0, "decimal", "%1.")}'
        f'{level(1, "lowerLetter", "%2.")}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>').encode()
    parts["word/comments.xml"] = (
        f'<w:comments {_W}><w:comment w:id="0" w:author="Jane Doe" w:date="2024-02-01T10:00:00Z"><w:p><w:r>'
        "<w:t>Is this the right link?</w:t></w:r></w:p></w:comment></w:comments>").encode()
    write_docx(path, parts)
    converted = convert(path)
    assert converted.markdown == (
        "# Acme Privacy Policy\n\nLast updated: 1 March 2024\n\n## 1. Who we are\n\nAcme Ltd is the controller. Read "
        "our [cookie notice](https://www.example.com/cookies).\n\n### 1.1 Contact\n\nWhat we collect:\n\n"
        "- Identity data\n- Contact data\n    - e-mail address\n\n## 2. Your rights\n\nYou may:\n\n"
        "1. ask for access;\n2. object.\n\n### 2.1 Complaints\n\n#### 2.1.1 To the authority\n\n"
        "Write to the ICO.\n"), converted.markdown
    assert any("reviewer comment" in note for note in converted.notes), converted.notes
    assert "Is this the right link" not in converted.markdown


DEEP = HEADINGS + "".join(f'<w:style w:type="paragraph" w:styleId="Heading{n}"><w:name w:val="heading {n}"/></w:style>'
                          for n in range(2, 7))


def _deep(levels: list[int], *, title: str = "Title") -> str:
    """A document titled by a `title` paragraph (Word's Title style, or a Heading 1), then a heading of each of Word's
    `levels` with a paragraph under it."""
    return paragraph(run("Acme Privacy Policy"), title) + "".join(
        paragraph(run(f"Level {level} ({n})"), f"Heading{level}") + paragraph(run(f"Text {n}."))
        for n, level in enumerate(levels))


def _levels(markdown: str) -> list[tuple[int, str]]:
    return [(len(line) - len(line.lstrip("#")), line.lstrip("# ")) for line in markdown.splitlines()
            if line.startswith("#")]


def test_word_headings_6_under_a_title_keep_a_level_of_their_own_where_a_level_is_free_else_are_said(tmp_path: Path):
    """Import leftover: under a Title paragraph a Word document's Heading n is the site's level n + 1, and its Heading
    6 was written at the sixth level too, beside the Heading 5 above it, said nowhere, even where the document skips a
    level above (no Heading 1: its Heading 2 at ###, the ## level free). Now the levels it skips are closed up, so
    that a Heading 6 keeps a level of its own, said; a document using all six has its Heading 6 beside its Heading 5,
    said."""
    skipping = convert(docx_with(tmp_path / "skipping.docx", _deep([2, 3, 4, 5, 6, 6, 5, 2, 3]), styles=DEEP))
    assert _levels(skipping.markdown) == [(1, "Acme Privacy Policy"), (2, "Level 2 (0)"), (3, "Level 3 (1)"),
                                          (4, "Level 4 (2)"), (5, "Level 5 (3)"), (6, "Level 6 (4)"),
                                          (6, "Level 6 (5)"), (5, "Level 5 (6)"), (2, "Level 2 (7)"),
                                          (3, "Level 3 (8)")], skipping.markdown
    assert "the text uses no Heading 1: the headings below are a level up, so that its Heading 5 and Heading 6 keep " \
           "a level each under its title (a web page has six)" in skipping.notes, skipping.notes
    every = convert(docx_with(tmp_path / "every.docx", _deep([1, 2, 3, 4, 5, 6, 6, 5]), styles=DEEP))
    assert [level for level, _words in _levels(every.markdown)] == [1, 2, 3, 4, 5, 6, 6, 6, 6], every.markdown
    assert "the text uses every heading level under its title, and a web page has six, the title the first: its 2 " \
           "Heading 6 headings are at the sixth level, as its Heading 5 are, each a section beside the heading " \
           "above it, not inside it; write them in bold if they are no sections of their own" in every.notes, every.notes
    from policysite import messages  # said in French on a French site, Word's styles by their French names

    assert ("le texte utilise tous les niveaux de titre sous son titre principal, et une page web en a six, le titre "
            "principal étant le premier\u00a0: ses 2 Titre 6 sont au sixième niveau, comme ses Titre 5, chacun étant une "
            "section à côté du titre qui le précède, et non à l'intérieur\u202f; écrivez-les en gras s'ils ne sont pas des "
            "sections à part entière") in [messages.said_in(note, "fr") for note in every.notes], every.notes
    assert ("le texte n'utilise aucun Titre 1\u00a0: les titres en dessous remontent d'un niveau, pour que ses Titre 5 et "
            "Titre 6 gardent chacun un niveau sous son titre principal (une page web en a six)") in \
        [messages.said_in(note, "fr") for note in skipping.notes], skipping.notes
    # a document titled by a Heading 1 over its Heading 1 sections: the same
    untitled = convert(docx_with(tmp_path / "untitled.docx", _deep([1, 2, 4, 5, 6, 1], title="Heading1"), styles=DEEP))
    assert [level for level, _words in _levels(untitled.markdown)] == [1, 2, 3, 4, 5, 6, 2], untitled.markdown
    assert any("the text uses no Heading 3: the headings below are a level up" in note for note in untitled.notes), \
        untitled.notes
    # a document whose Heading 6 has a level of its own under its title as it is: as before, nothing said
    shallow = convert(docx_with(tmp_path / "shallow.docx", _deep([1, 2, 3, 4, 6, 1, 2]), styles=DEEP))
    assert [level for level, _words in _levels(shallow.markdown)] == [1, 2, 3, 4, 5, 6, 2, 3], shallow.markdown
    assert not any("heading level" in note or "the text uses no" in note for note in shallow.notes), shallow.notes


def test_right_to_left_runs_of_a_left_to_right_paragraph_keep_their_direction(tmp_path: Path):
    """Import leftover: an English paragraph quoting a Hebrew address in runs Word sets right to left (`w:rtl`: their
    brackets, stops and numbers laid out right to left) was imported without direction, and the site, left to right
    for English, showed the address's closing bracket and house number on the wrong side of its words. Each such
    stretch of runs (with right-to-left letters, no Latin ones) is kept between RLI and PDI, as the reverse is; a space
    or stop after it stays the paragraph's, one word alone and Google Docs' `w:rtl w:val="0"` are left as they are."""
    body = "".join([
        paragraph(run("Privacy Policy", rtl="0"), "Title", bidi="0"),
        paragraph(run("1. Who we are"), "Heading1"),
        paragraph(run("Our office: ") + run("רחוב הרצל 12, ", rtl="1") + run("תל אביב (מגדל)", rtl="1")
                  + run(" ", rtl="1") + run(", Israel; in Hebrew ") + run("שלום", rtl="1") + run(".", rtl="0")),
        paragraph(run("Latin words Word flags right to left, (by mistake).", rtl="1")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=HEADINGS), lang="en")
    text = converted.markdown
    assert f"\nOur office: {RLI}רחוב הרצל 12, תל אביב (מגדל){PDI} , Israel; in Hebrew שלום.\n" in text, text
    assert "\nLatin words Word flags right to left, (by mistake).\n" in text, text
    assert text.count(RLI) == 1 and text.count(PDI) == 1 and LRI not in text, text
    assert any("direction isolates" in note and "רחוב הרצל 12, תל אביב (מגדל)" in note for note in converted.notes), \
        converted.notes
    page = document.parse(f"---\ndate: 2024-01-01\n---\n{text}", path="index.md", lang="en")
    assert page.problems == []


def _field(code: str, result: str = "") -> str:
    shown = f'<w:r><w:t xml:space="preserve">{result}</w:t></w:r>' if result else ""
    return (f'<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">{code}</w:instrText>'
            f'</w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>{shown}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def test_word_fields_that_bring_words_or_a_picture_from_elsewhere_or_run_a_program_are_said(tmp_path: Path):
    """Safety hunt 49: a field including another file's words (INCLUDETEXT), a picture from an address
    (INCLUDEPICTURE, a request each time Word opens the document), another program's data (DDEAUTO, which runs it) or a
    macro's button were read as their last result or left out, said nowhere. Each is now named with its code and the
    words kept; nothing of their code reaches the Markdown, and a page number or a link field is said as before."""
    body = "".join([
        paragraph(run("Privacy Policy"), "Title"),
        paragraph(run("1. Who we are"), "Heading1"),
        paragraph(run("Our terms: ") + _field(' INCLUDETEXT "C:\\\\contracts\\\\terms.docx" ', "see the contract")),
        paragraph(_field(' INCLUDEPICTURE "http://tracker.example/p.png" \\d ')),
        paragraph(run("Rate: ") + _field(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" ', "12 %")),
        paragraph(_field(" MACROBUTTON Accept Click to accept ")),
        paragraph(run("Page ") + _field(" PAGE ", "1") + run(".")),
    ])
    converted = convert(docx_with(tmp_path / "privacy-2024-01-01.docx", body, styles=HEADINGS))
    text = converted.markdown
    assert "Our terms: see the contract" in text and "Rate: 12 %" in text and "Page 1." in text, text
    assert not any(word in text for word in ("tracker.example", "cmd.exe", "terms.docx", "MACROBUTTON")), text
    fields = [note for note in converted.notes if "Word field" in note]
    assert fields == [
        'kept the words “see the contract” that a Word field wrote there from elsewhere (INCLUDETEXT '
        '"C:\\\\contracts\\\\terms.docx"): as Word last showed them, nothing read or run; check them against the '
        'document as Word shows it',
        'left out a Word field that brings in from elsewhere or runs (INCLUDEPICTURE "http://tracker.example/p.png" '
        '\\d), which showed no words: nothing read or run; write in the text what the document needs of it',
        'kept the words “12 %” that a Word field wrote there from elsewhere (DDEAUTO '
        'c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"): as Word last showed them, nothing read or run; check them '
        'against the document as Word shows it',
        'left out a Word field that brings in from elsewhere or runs (MACROBUTTON Accept Click to accept), which '
        'showed no words: nothing read or run; write in the text what the document needs of it'], converted.notes


def test_what_the_import_left_out_of_a_word_document_is_said_in_the_site_s_language(tmp_path: Path):
    """The notes of a Word document's conversion that a legal team meets most (its reviewers' comments, its
    footnotes) are catalogue messages: said in French on a French site, in English as before."""
    source = tmp_path / "privacy-2022-05-01.docx"
    make_docx(source)
    notes = convert(source).notes
    assert [messages.said_in(note, "fr") for note in notes] == [
        "omis 1 commentaire de relecture du document Word",
        "1 note de bas de page ou de fin est devenue une liste numérotée à la fin, liée dans les deux sens",
        "ligne 7 du Markdown\u00a0: omis le signet de Word comme identifiant du titre ({#_Toc…}, _Ref, _Hlk, "
        "OLE_LINK\u00a0: un numéro que Word tire, un autre dans chaque document et dans chaque langue), les liens vers "
        "lui menés à l'identifiant que le site lui donne",
        "ligne 9 du Markdown\u00a0: un commentaire de relecture sur ce paragraphe, omis\u00a0: lisez-le dans le "
        "document"]
    assert notes == ["left out 1 reviewer comment of the Word document",
                     "1 footnote or endnote became a numbered list at the end, linked both ways",
                     "Markdown line 7: left out Word's bookmark as the heading's id ({#_Toc…}, _Ref, _Hlk, OLE_LINK: a "
                     "number Word draws, another in each document and each language's), the links to it led to the "
                     "id the site gives it",
                     "Markdown line 9: a reviewer's comment on this paragraph, left out: read it in the document"]


def test_a_file_named_docx_that_import_cannot_read_is_refused_in_the_site_s_language(tmp_path: Path):
    """What a legal team's Word files most often are instead (an older .doc, a password, an empty placeholder, RTF,
    a broken OpenDocument text, a web page) is refused in the catalogue's words: French on a French site, English as before."""
    from zipfile import ZipFile

    import pytest

    from policysite.convert import ConvertError

    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    # (an older .doc and an RTF under a .docx name are read through LibreOffice since adopt45: test_adopt45_office)
    files = {"b": ole + bytes(504) + "EncryptedPackage".encode("utf-16-le"), "c": b"",
             "e": b"<!doctype html><html><p>Bonjour</p></html>"}
    for name, data in files.items():
        (tmp_path / f"{name}-2021-01-01.docx").write_bytes(data)
    with ZipFile(tmp_path / "f-2021-01-01.docx", "w") as odt:
        odt.writestr("mimetype", "application/vnd.oasis.opendocument.text")
    said = {}
    for path in sorted(tmp_path.iterdir()):
        with pytest.raises(ConvertError) as refused:
            convert(path)
        said[path.name[0]] = messages.said_in(messages.text_of(refused.value), "fr")
    assert said == {
        "b": "b-2021-01-01.docx\u00a0: le document est protégé par un mot de passe (chiffré)\u00a0: ouvrez-le dans Word, retirez "
             "le mot de passe (Fichier › Informations › Protéger le document › Chiffrer avec mot de passe), "
             "enregistrez-le et importez-le",
        "c": "c-2021-01-01.docx\u00a0: le fichier est vide (0 octet)\u00a0: copiez à nouveau le document (depuis un espace de "
             "stockage en ligne, une fois qu'il est téléchargé)",
        "e": "e-2021-01-01.docx\u00a0: une page web (HTML) sous un nom en .docx\u00a0: nommez-la en .html et importez-la",
        "f": "f-2021-01-01.docx\u00a0: pas un texte OpenDocument (il ne contient aucun content.xml)\u00a0: ouvrez-le "
             "dans LibreOffice et enregistrez-le à nouveau en .odt, ou au format Word (.docx)"}  # (a whole one is read)


def test_a_word_title_at_outline_level_2_over_level_3_sections_is_the_title(tmp_path: Path):
    """A Word document whose title has outline level 2 and its sections level 3, none at level 1 (as a text pasted
    from a web page keeps its <h2> and <h3>), was imported with its title a section (##) and its sections one level
    too deep (###): no title (`structure.title`), each numbered section refused as at the wrong depth (adoption 9: a
    company's privacy_policy.docx). The first heading, alone at its level above the others, is the title, the others
    one level up, said, as an HTML page's are; a document with a heading at level 1 keeps its levels."""
    def outlined(text: str, level: int) -> str:
        return f'<w:p><w:pPr><w:outlineLvl w:val="{level - 1}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>'

    body = (outlined("Privacy Policy", 2) + paragraph(run("Effective Date: October 29, 2025"))
            + outlined("1. Information We Collect", 3) + paragraph(run("Your name."))
            + outlined("2. Contact", 3) + paragraph(run("Write to us.")))
    text = convert(docx_with(tmp_path / "privacy-2025-10-29.docx", body))
    assert _levels(text.markdown) == [(1, "Privacy Policy"), (2, "1. Information We Collect"), (2, "2. Contact")], \
        text.markdown
    assert text.meta.get("title") == "Privacy Policy", text.meta
    assert "the document's first heading, at outline level 2 above all the others (no heading at level 1), is its " \
        "title (#), its other headings 1 level up" in text.notes, text.notes
    kept = convert(docx_with(tmp_path / "privacy-2025-11-01.docx", outlined("Privacy Policy", 1)
                             + outlined("Scope", 2) + paragraph(run("All of it.")) + outlined("Collection", 3)))
    assert _levels(kept.markdown) == [(1, "Privacy Policy"), (2, "Scope"), (3, "Collection")], kept.markdown

def test_what_a_word_document_hides_or_shows_otherwise_is_said_in_the_site_s_language(tmp_path: Path):
    """A Word template's policy: a drafting note formatted as hidden, a content control never filled in, a table of
    contents with its page numbers, a paragraph given an outline level: the notes a legal team checks its imported
    text against, in French on a French site (English as before: test_convert)."""
    control = ("<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent><w:r><w:t>Cliquez ici pour "
               "entrer du texte.</w:t></w:r></w:sdtContent></w:sdt></w:p>")
    body = "".join([
        paragraph(run("Politique de confidentialité"), "Title"),
        '<w:p><w:hyperlink w:anchor="a1"><w:r><w:t>1. Qui sommes-nous</w:t><w:tab/><w:t>3</w:t></w:r></w:hyperlink>'
        '</w:p>',
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:bookmarkStart w:id="1" w:name="a1"/><w:r><w:t>1. Qui '
        'sommes-nous</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>',
        paragraph(run("Nous conservons vos données deux ans.") + '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space='
                  '"preserve"> [NOTE : trois ans ?]</w:t></w:r>'),
        control,
        '<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>1.1 Durées</w:t></w:r></w:p>',
        paragraph(run("Un an après la fin du contrat."))])
    notes = convert(docx_with(tmp_path / "politique-2022-05-01.docx", body, styles=HEADINGS)).notes
    assert [messages.said_in(note, "fr") for note in notes] == [
        "omis 1 passage de texte au format masqué dans Word (ni affiché ni imprimé\u00a0: une note de rédaction, les numéros "
        "de page d'une table des matières)",
        "omis le texte d'espace réservé de 1 contrôle de contenu jamais rempli («\u00a0Cliquez ici pour entrer du texte.\u00a0»)\u00a0: "
        "Word l'affiche en gris tant que la zone n'est pas remplie, ce ne sont pas des mots de la politique",
        "omis les numéros de page de 1 entrée de la table des matières (une page web n'a pas de pages)",
        "1 paragraphe auquel Word donne un niveau hiérarchique propre (Paragraphe › Niveau hiérarchique, tel que le "
        "lisent son volet de navigation et sa table des matières) est devenu un titre de ce niveau",
        "omis 1 commentaire de relecture du document Word"], notes
    assert notes[:3] == [
        "left out 1 run of text formatted as hidden in Word (not shown, not printed: a drafting note, a table of "
        "contents' page numbers)",
        "left out the placeholder of 1 content control never filled in (“Cliquez ici pour entrer du texte.”): Word "
        "shows it in grey until the box is filled, no words of the policy",
        "left out the page numbers of 1 table of contents entry (a web page has no pages)"]


def test_a_run_in_section_titles_text_keeps_no_space_before_its_first_word(tmp_path: Path):
    """Adoption 15 of session 37: a Word document's run-in section title (`1. Questions.` in bold, then a no-break
    space, then its text), made the section's heading among bold numbered lines, left its text's paragraph opening
    with that space (`\\xa0If you have …` in the Markdown, a space the page draws before the first word). The
    paragraph starts at its first word."""
    def bold(text: str) -> str:
        return f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'

    body = (paragraph(bold("Privacy Policy")) + paragraph(bold("1. Questions.") + run("\u00a0If you have questions, "
                                                                                     "write to us."))
            + paragraph(bold("2. Types of Data We Collect")) + paragraph(run("Your name."))
            + paragraph(bold("3. Use of Your Information")) + paragraph(run("To answer you.")))
    text = convert(docx_with(tmp_path / "privacy-2017-03-12.docx", body))
    assert "## 1. Questions.\n\nIf you have questions, write to us.\n\n## 2. Types of Data We Collect\n" in \
        text.markdown, repr(text.markdown)
