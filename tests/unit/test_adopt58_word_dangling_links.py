"""Adopt58: a Word link naming its address by a relationship the document's relationships lack (a damaged file, or a
generator's that removed the relationship and not the link: `<w:hyperlink r:id="rId9">`) stopped the import of the
whole version, "cannot be read as a Word document: 'rId9'". Word repairs such a file and shows the link's words; the
import now keeps them as words without a link, and says which, so that the team links them as published."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import convert

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def _run(words: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{words}</w:t></w:r>'


def test_a_link_whose_relationship_is_missing_keeps_its_words(tmp_path: Path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Privacy Policy", 1)
    kept = document.add_paragraph("Kept: ")
    relation = document.part.relate_to("https://www.cnil.fr/", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK,
                                       is_external=True)
    kept._p.append(parse_xml(f'<w:hyperlink {_NS} r:id="{relation}">{_run("the CNIL")}</w:hyperlink>'))
    document.element.body[-1].addprevious(parse_xml(
        f"<w:p {_NS}>" + _run("Complain to ") + f'<w:hyperlink {_NS} r:id="rId999" w:history="1">'
        + _run("your authority") + "</w:hyperlink>" + _run(" or read ")
        + f'<w:hyperlink {_NS} r:id="rId998" w:anchor="rights">' + _run("its guide") + "</w:hyperlink>"
        + _run(".") + "</w:p>"))
    source = tmp_path / "privacy-2023-06-01.docx"
    document.save(str(source))
    converted = convert(source, lang="en")
    assert "Kept: [the CNIL](https://www.cnil.fr/)\n\nComplain to your authority or read its guide." \
        in converted.markdown, converted.markdown
    said = [str(note) for note in converted.notes]
    assert any("2 links naming an address the document does not hold" in note and "“your authority”, “its guide”"
               in note for note in said), said


_PICTURE = ('<w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
            '<wp:extent cx="100" cy="100"/><wp:docPr id="3" name="Picture 3" descr="Logo"/>'
            '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
            '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr>'
            '<pic:cNvPr id="0" name="logo.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId77"/>'
            '</pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')
_VML = ('<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:imagedata r:id="rId78"/></v:shape></w:pict>'
        '</w:r>')


def test_a_picture_whose_relationship_is_missing_is_left_out_and_said(tmp_path: Path):
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Privacy Policy", 1)
    document.element.body[-1].addprevious(parse_xml(
        f"<w:p {_NS}>" + _run("Acme SAS") + _PICTURE + _run(", Paris.") + "</w:p>"))
    document.element.body[-1].addprevious(parse_xml(f"<w:p {_NS}>" + _VML + _run("We keep logs.") + "</w:p>"))
    source = tmp_path / "privacy-2023-06-01.docx"
    document.save(str(source))
    converted = convert(source, lang="en")
    assert "Acme SAS, Paris.\n\nWe keep logs." in converted.markdown, converted.markdown
    said = [str(note) for note in converted.notes]
    assert any("left out 2 pictures whose file the document does not hold" in note for note in said), said
    assert not any("a:blip" in note or "v:imagedata" in note for note in said), said


def test_a_footnotes_link_whose_relationship_is_missing_keeps_its_words(tmp_path: Path):
    import zipfile

    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    document.add_heading("Privacy Policy", 1)
    document.element.body[-1].addprevious(parse_xml(
        f"<w:p {_NS}>" + _run("We use cookies.") + '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'))
    source = tmp_path / "privacy-2023-06-01.docx"
    document.save(str(source))
    with zipfile.ZipFile(source) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["word/footnotes.xml"] = (
        f'<w:footnotes {_NS}><w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>' + _run(" See ")
        + '<w:hyperlink r:id="rId5">' + _run("the CNIL's guidance") + "</w:hyperlink>" + _PICTURE + _run(".")
        + "</w:p></w:footnote></w:footnotes>").encode()
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>", b'<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.footnotes+xml"/></Types>')
    with zipfile.ZipFile(source, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    converted = convert(source, lang="en")
    assert "See the CNIL's guidance." in converted.markdown, converted.markdown
    said = [str(note) for note in converted.notes]
    assert any("1 link naming an address the document does not hold" in note and "the CNIL's guidance" in note
               for note in said), said
    assert any("left out 1 picture whose file the document does not hold" in note for note in said), said
