"""pdfactions.pdf_action reads every dictionary of a PDF, wherever it is written: in a stream's dictionary, in arrays
and dictionaries written inside other objects, in objects packed into object streams, among numbers and names."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite.pdfactions import pdf_action


def _saved(forge) -> bytes:
    pdf = pikepdf.new()
    pdf.add_blank_page()
    page = pdf.pages[0]
    page.Contents = pdf.make_stream(b"BT /F1 12 Tf (words) Tj ET")
    page.Widths = pikepdf.Array(list(range(200)))  # numbers, as a font's widths: nothing to read
    page.Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 100, 20],
        A=pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("https://example.test/"))))]))
    forge(pdf, page)
    out = io.BytesIO()
    pdf.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    return out.getvalue()


def _in_stream(pdf, page):
    page.Contents.AA = pikepdf.Dictionary()  # read only in the stream's dictionary


def _deep(pdf, page):
    page.Extra = pikepdf.Array([pikepdf.Array([1, 2.5, pikepdf.Name.X, pikepdf.Dictionary(
        Inner=pikepdf.Dictionary(S=pikepdf.Name.Launch))])])


def _script_link(pdf, page):
    page.Annots[0].A = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String("javascript:app.alert(1)"))


def _named(pdf, page):
    pdf.Root.Names = pikepdf.Dictionary(JavaScript=pikepdf.Dictionary(Names=pikepdf.Array([pikepdf.String("x")])))


@pytest.mark.parametrize(("forge", "found"), [
    (lambda pdf, page: None, ""),
    (_in_stream, "/AA"),
    (_deep, "/S /Launch"),
    (_script_link, "/URI javascript:app.alert(1)"),
    (_named, "/JavaScript"),
])
def test_what_a_viewer_would_do_is_found_wherever_it_is_written(forge, found):
    assert pdf_action(_saved(forge)) == found


def test_bytes_no_viewer_opens_as_a_pdf_are_said_so():
    assert pdf_action(b"%PDF-1.7 not really") == "?"


def _link_to(target: str):
    def forge(pdf, page):
        page.Annots[0].A = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.String(target))
    return forge


@pytest.mark.parametrize("target", ["file:///C:/Users/Public/x.pdf", "FILE://evil.example/share/x",
                                    "\\\\evil.example\\share\\x", "/\\evil.example\\share", "smb://evil.example/x",
                                    " \tfile:/etc/passwd"])
def test_a_link_a_viewer_opens_as_a_file_or_share_is_found(target):
    """Session 35, safety6: a forged PDF's link to `file:`, a Windows share (`\\\\host\\share`, which a viewer opens
    with the reader's credentials) or another scheme than a web page's, an e-mail's or a phone's passed (only
    `javascript:` links were read), and `policy publish` carried such a PDF whose digest a hand commit put into the
    manifest. The print writes only the text's links, which the checks hold to those schemes."""
    assert pdf_action(_saved(_link_to(target))).startswith("/URI ")


@pytest.mark.parametrize("target", ["//evil.example/", " //evil.example/x", "///evil.example/", "/ /evil.example/",
                                    "evil.example/x", "../history/", "#s2", "?q=1", ""])
def test_a_link_without_a_scheme_the_print_writes_is_found(target):
    """Round 6's note (safety7): a forged PDF's link to `//evil.example/` (a viewer resolves it against the PDF's
    address: the reader goes to evil.example, where the link's words may name the site's own page), or any other
    link without a scheme (which the catalog's `/URI /Base`, read by pdf.js and PDFium, sends to any host), passed.
    The print links only addresses, e-mails and numbers (layout._LINKED) and a section by a destination, never by
    `/URI`: anything else came from elsewhere."""
    assert pdf_action(_saved(_link_to(target))).startswith("/URI ")


def test_a_base_that_relative_links_are_resolved_against_is_found():
    """The catalog's `/URI` dictionary (its `/Base`, which viewers prepend to a relative link) is none the print
    writes."""
    def forge(pdf, page):
        pdf.Root.URI = pikepdf.Dictionary(Base=pikepdf.String("https://evil.example/"))
    assert pdf_action(_saved(forge)) == "/Base"


@pytest.mark.parametrize("target", ["https://www.cnil.fr/", "HTTP://example.test/", "mailto:dpo@example.test",
                                    "tel:+33123456789"])
def test_a_link_to_a_page_an_address_or_a_number_passes(target):
    assert pdf_action(_saved(_link_to(target))) == ""


def _attached(pdf, page):
    carried = pdf.make_stream(b"MZ\x90\x00 a program", Type=pikepdf.Name.EmbeddedFile)
    page.Annots.append(pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FileAttachment, Rect=[0, 0, 20, 20],
        Contents=pikepdf.String("Your data export"), FS=pikepdf.Dictionary(
            Type=pikepdf.Name.Filespec, F=pikepdf.String("export.exe"), EF=pikepdf.Dictionary(F=carried)))))


def _associated(pdf, page):
    carried = pdf.make_stream(b"MZ", Type=pikepdf.Name.EmbeddedFile)
    pdf.Root.AF = pikepdf.Array([pikepdf.Dictionary(Type=pikepdf.Name.Filespec, F=pikepdf.String("x.exe"),
                                                    EF=pikepdf.Dictionary(F=carried))])


def _thread(pdf, page):
    page.Annots[0].A = pikepdf.Dictionary(S=pikepdf.Name.Thread, D=0,
                                          F=pikepdf.String("\\\\evil.example\\share\\x.pdf"))


def _annotation(subtype: str):
    def forge(pdf, page):
        page.Annots.append(pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name(subtype),
                                                                Rect=[0, 0, 9, 9], T=pikepdf.String("password"))))
    return forge


@pytest.mark.filterwarnings("ignore:This document has 1 form widget")  # (pikepdf's, of the forged field)
@pytest.mark.parametrize(("forge", "found"), [
    (_attached, "/Subtype /FileAttachment"), (_associated, "/AF"), (_thread, "/S /Thread"),
    (_annotation("/3D"), "/Subtype /3D"), (_annotation("/Screen"), "/Subtype /Screen"),
    (_annotation("/Sound"), "/Subtype /Sound"), (_annotation("/Widget"), "/Subtype /Widget"),
])
def test_a_file_carried_outside_the_name_tree_media_or_a_field_is_found(forge, found):
    """Session 39, safety51: a forged PDF carrying a program in a file attachment's annotation (a paperclip on the page
    a viewer opens it from) or as the document's associated file (`/AF`), an article thread in a file on another
    machine's share, a 3D scene (whose stream runs JavaScript), a screen or sound to play or a form's field passed:
    only the catalog's name tree of files (`/EmbeddedFiles`) was read. The print writes links only."""
    assert pdf_action(_saved(forge)) == found


def test_a_font_s_subtype_is_no_annotation():
    def forge(pdf, page):
        page.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name("/Type1"), BaseFont=pikepdf.Name.Helvetica)))
        page.Annots.append(pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                                                Rect=[0, 0, 9, 9], Dest=pikepdf.Array([page.obj]))))
    # (a note's annotation, `/Text`, the words no check read, is refused since safety58: test_safety58_pdf)
    assert pdf_action(_saved(forge)) == ""


@pytest.mark.parametrize("name", ["/evil.example/x", "/javascript:app.alert(1)", "/https://example.test/"])
def test_a_link_written_as_a_name_is_read_as_a_viewer_reads_it(name):
    """Safety51's note (tidy1): a `/URI` written as a Name, not a String, was not read. pdf.js reads one as the path
    its slash begins ("bad PDFs do not put parentheses around relative URLs"), on the PDF's host: no link the print
    writes (a String, with its scheme), found as any other."""
    def forge(pdf, page):
        page.Annots[0].A = pikepdf.Dictionary(S=pikepdf.Name.URI, URI=pikepdf.Name(name))
    assert pdf_action(_saved(forge)) == f"/URI {name}"
