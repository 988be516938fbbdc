"""Safety hunt 65: words a PDF draws where the check does not read. The checks read a page's own content; a form the
page draws by name (nested, or drawing itself), a span's words read in place of a form's drawing, a Type 3 glyph's
procedure, a tiling pattern's cell, a soft mask's group, an annotation's appearance (one or one per state) drew words
a reader sees, copies and hears. Each input tried is here, one line each, refused by the gate's PDF judges, the page
named (the hole's own test: test_safety65_pdf_unread)."""
from __future__ import annotations

import pytest

from policysite.pdfactions import pdf_action, pdf_private
from policysite.pdfunread import pdf_unread
from unit.test_safety65_pdf_unread import (
    _forged,
    in_a_loop,
    in_annotation,
    in_annotation_state,
    in_form,
    in_inherited_resources,
    in_nested_form,
    in_pattern,
    in_soft_mask,
    in_type3_glyph,
    named_span_in_form,
    spoken_in_form,
)


@pytest.mark.parametrize("forge", [in_form, in_nested_form, in_a_loop, in_inherited_resources, spoken_in_form, named_span_in_form,
                                   in_type3_glyph, in_pattern, in_soft_mask, in_annotation, in_annotation_state])
@pytest.mark.parametrize("pages", [1, 2])
def test_a_pdf_drawing_words_where_no_check_reads_is_refused_on_its_page(forge, pages):
    data = _forged(forge, pages=pages)
    assert pdf_unread(data).startswith(f"{pages}: ")
    assert pdf_private(data) == ""  # (refused for its words: nothing else of it is)
    if forge not in (in_annotation, in_annotation_state, named_span_in_form):  # (those pdf_action refuses too)
        assert pdf_action(data) == ""
