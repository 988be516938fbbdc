"""safety58 hunt: a PDF's annotation other than a link. A viewer draws it over the page or shows it beside it, in words
and shapes no check read (the checks read the page's own text): a note's or a free text's words ("this clause no longer
applies"), a stamp, a white square over a clause, a strike-out or a highlight drawn as if the text had changed, a
watermark; a link carrying its own drawing (`/AP`) is a box of any content over the words. The print writes links
only, without a drawing of their own: a forged PDF of the branch holding any other passed pdfactions, which refused
annotations that act (a file, media, a form's field) only."""
from __future__ import annotations

import pikepdf
import pytest

from policysite.pdfactions import pdf_action
from unit.test_pdfactions import _saved


def _annotated(subtype: str, **more):
    def forge(pdf, page):
        page.Annots.append(pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name(subtype),
                                                                Rect=[0, 0, 300, 20], **more)))
    return forge


def _drawn_link(pdf, page):
    page.Annots[0].AP = pikepdf.Dictionary(N=pdf.make_stream(b"1 1 1 rg 0 0 300 20 re f", BBox=[0, 0, 300, 20],
                                                             Type=pikepdf.Name.XObject, Subtype=pikepdf.Name.Form))


@pytest.mark.parametrize(("forge", "found"), [
    (_annotated("/Text", Contents=pikepdf.String("This clause no longer applies.")), "/Subtype /Text"),
    (_annotated("/FreeText", Contents=pikepdf.String("90 days"), DA=pikepdf.String("/Helv 12 Tf 0 g")),
     "/Subtype /FreeText"),
    (_annotated("/Square", IC=[1, 1, 1]), "/Subtype /Square"),
    (_annotated("/StrikeOut", QuadPoints=[0, 20, 300, 20, 0, 0, 300, 0]), "/Subtype /StrikeOut"),
    (_annotated("/Highlight", QuadPoints=[0, 20, 300, 20, 0, 0, 300, 0]), "/Subtype /Highlight"),
    (_annotated("/Stamp", Name=pikepdf.Name.Void), "/Subtype /Stamp"),
    (_annotated("/Watermark"), "/Subtype /Watermark"),
    (_annotated("/Redact"), "/Subtype /Redact"),
    (_drawn_link, "/Subtype /Link /AP"),
])
def test_an_annotation_a_viewer_draws_besides_a_link_is_found(forge, found):
    assert pdf_action(_saved(forge)) == found


def test_the_print_s_link_passes():
    assert pdf_action(_saved(lambda pdf, page: None)) == ""
