"""safety61 hunt: what the published Word and PDF files carry besides their words. The generator's (a version's
print, its redline in Word and PDF) say their title, language, days, the company as author and the program that made
them, and link as the page links; a file on the branch saying more (who saved it last, a machine's paths and Office
template, revision ids, a person as author, an editing history) or linking where the page may not was served, as
nothing judged it: each named now (docxactions.docx_private, pdfactions.pdf_private, a hyperlink relationship of any
mode, a PDF link judged as the page's links are)."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import docxactions, pdfactions, redline
from policysite.messages import Said, said_in
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from unit.test_docxactions import _redline, _rels, _with
from unit.test_redline import BASE, edit, policy

_CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.'
         'openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
         '<dc:title>Changes</dc:title><dc:creator>Zephyr Widgets SAS</dc:creator>{more}</cp:coreProperties>')
_APP = ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Template>'
        'C:\\Users\\jdoe\\AppData\\Roaming\\Microsoft\\Templates\\Normal.dotm</Template><Company>Old Vendor Ltd'
        '</Company></Properties>')


def _redlines() -> list[redline.Redline]:
    changed = edit(BASE, "keeps fictional records", "keeps [fictional](https://www.cnil.fr/fr) records")
    return [redline.diff(policy(BASE), policy(changed, date="2030-03-01"))]


@pytest.mark.parametrize("author", ["Zephyr Widgets SAS", "Zéphyr & Fils <SARL>", "株式会社ゼファー"])
def test_the_generators_word_redline_says_nothing_of_who_made_it_or_where(author):
    for changes in _redlines():
        data = render_docx(changes, author=author, lang="en")
        assert docxactions.docx_private(data) == "" and docxactions.docx_action(data) == ""


def _in_document(data: bytes, old: bytes, new: bytes) -> bytes:
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    assert old in document
    return _with(data, {"word/document.xml": document.replace(old, new, 1)})


@pytest.mark.parametrize(("change", "said"), [
    (lambda data: _with(data, {"docProps/app.xml": _APP.encode()}), "docProps/app.xml"),
    (lambda data: _with(data, {"docProps/custom.xml": b"<Properties/>"}), "docProps/custom.xml"),
    (lambda data: _with(data, {"docProps/thumbnail.jpeg": b"\xff\xd8\xff"}), "docProps/thumbnail.jpeg"),
    (lambda data: _with(data, {"customXml/item1.xml": b"<x>jdoe</x>"}), "customXml/item1.xml"),
    (lambda data: _with(data, {"docProps/core.xml": _CORE.format(
        more="<cp:lastModifiedBy>jdoe</cp:lastModifiedBy>").encode()}), "docProps/core.xml: lastModifiedBy"),
    (lambda data: _with(data, {"docProps/core.xml": _CORE.format(
        more="<cp:keywords>C:\\Users\\jdoe\\Desktop</cp:keywords>").encode()}), "docProps/core.xml: keywords"),
    (lambda data: _in_document(data, b"<w:p>", b'<w:p w:rsidR="00A1B2C3">'), "word/document.xml: w:rsidR"),
    (lambda data: _with(data, {"word/settings.xml": b'<w:settings xmlns:w="http://schemas.openxmlformats.org/'
                               b'wordprocessingml/2006/main"><w:rsids><w:rsidRoot w:val="00A1B2C3"/></w:rsids>'
                               b'</w:settings>'}), "word/settings.xml: w:rsids"),
    (lambda data: _in_document(data, b'w:author="Zephyr Widgets SAS"', b'w:author="Jane Doe"'),
     "word/document.xml: author Jane Doe"),
    (lambda data: _in_document(data, b'w:author="Zephyr Widgets SAS"', b'w:author="Zephyr Widgets SAS" w:initials="JD"'),
     "word/document.xml: initials JD"),
])
def test_a_word_document_saying_who_made_it_or_where_is_named(change, said):
    data = _redline()
    assert docxactions.docx_private(data) == ""
    assert docxactions.docx_private(change(data)) == said


@pytest.mark.parametrize("target", ["javascript:alert(1)", "https://evil.example/x", "file:///C:/x.docx",
                                    "\\\\evil.example\\share", "//evil.example/x", " JaVa\tscript:x"])
def test_a_hyperlink_relationship_is_named_whatever_its_target_mode(target):
    """LibreOffice follows a hyperlink's relationship without reading its TargetMode: one written without
    `TargetMode="External"` passed, as only external relationships were read. The redline links to its own headings
    (`w:anchor`), by no relationship."""
    from html import escape

    data = _redline()
    relation = f'<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/' \
               f'hyperlink" Target="{escape(target)}"/>'
    assert docxactions.docx_action(_with(data, {"word/_rels/document.xml.rels": _rels(relation)})).startswith(
        "word/_rels/document.xml.rels: ")
    other = relation.replace("/hyperlink", "/image")
    assert docxactions.docx_action(_with(data, {"word/_rels/document.xml.rels": _rels(other)})).startswith(
        "word/_rels/document.xml.rels: ")


def _printed() -> bytes:
    return redline_pdf.render_pdf(_redlines()[0], site="Zephyr Widgets", lang="en")


def test_the_generators_pdfs_say_nothing_of_who_made_them_or_where():
    from policysite import pdf
    from unit.test_pdf import TEXT, URL, env

    version = pdf.render_pdf(TEXT.encode(), env=env(), lang="fr", version="2024-03-01", url=URL)
    for data in (version, _printed()):
        assert pdfactions.pdf_private(data) == "" and pdfactions.pdf_action(data) == ""


def _saved(pdf: pikepdf.Pdf) -> bytes:
    out = io.BytesIO()
    pdf.save(out)
    return out.getvalue()


def _info(key: str, value: str):
    def forge(pdf: pikepdf.Pdf) -> None:
        pdf.docinfo[key] = value
    return forge


def _xmp(key: str, value: object):
    def forge(pdf: pikepdf.Pdf) -> None:
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta[key] = value
    return forge


@pytest.mark.parametrize(("forge", "said"), [
    (_info("/Author", "jdoe"), "/Info /Author"),
    (_info("/Subject", "C:\\Users\\jdoe\\Documents\\policy.docx"), "/Info /Subject"),
    (_info("/Company", "Old Vendor Ltd"), "/Info /Company"),
    (_xmp("dc:creator", ["Jane Doe"]), "XMP creator"),
    (_xmp("xmpMM:DerivedFrom", "file:///C:/Users/jdoe/policy.indd"), "XMP DerivedFrom"),
    (_xmp("photoshop:AuthorsPosition", "DPO"), "XMP AuthorsPosition"),
])
def test_a_pdf_whose_metadata_says_who_made_it_or_where_is_named(forge, said):
    with pikepdf.open(io.BytesIO(_printed())) as pdf:
        forge(pdf)
        data = _saved(pdf)
    assert pdfactions.pdf_private(data) == said


@pytest.mark.parametrize("target", ["https://www.cnil.fr/?utm_source=newsletter", "mailto:dpo@example.com?bcc=x@evil.example",
                                    "https://www.cnil.fr@evil.example/", "https://аpple.com/"])
def test_a_pdf_link_the_page_would_refuse_is_named(target):
    """The print's links are the page's, which the gate judges (a tracker's parameters, a message copied to others, a
    host behind a user name, letters of two scripts); a PDF on the branch linking so passed, as only its scheme was
    read."""
    with pikepdf.open(io.BytesIO(_printed())) as pdf:
        page = pdf.pages[0]
        page.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 100, 20],
            A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(target))))]))
        data = _saved(pdf)
    assert pdfactions.pdf_action(data) == f"/URI {target[:60]}"


def test_the_refusals_are_said_in_english_and_french():
    for key in ("publish.pdf-private", "publish.docx-private"):
        said = Said(key, what="/Info /Author")
        assert str(said).startswith("refused: a ") and "who made it or where" in str(said)
        assert said_in(said, "fr").startswith("refusé\u00a0: un ") and "qui l'a fait ou où" in said_in(said, "fr")
