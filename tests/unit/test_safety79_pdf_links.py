"""pdflinks.pdf_link_shown: a served PDF's link whose words show an address other than its target's is refused, as
a page's link is (safety.shown_address), and so is a link no /Link structure element names (its words unread); the
print's own links pass (safety79)."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdflinks, servedpages
from policysite.messages import said_in
from unit.test_pdf import URL, env

_TEXT = ("---\ndate: 2001-01-01\n---\n\n# Policy\n\n## 1. One\n\nWrite to [our desk](https://example.com/privacy), "
         "see [https://example.com/contact](https://example.com/contact) or mail "
         "[dpo@example.com](mailto:dpo@example.com).\n")


@pytest.fixture(scope="module")
def printed() -> bytes:
    from policysite import pdf

    return pdf.render_pdf(_TEXT.encode(), env=env(), lang="en", version="2001-01-01", url=URL)


def _readdressed(data: bytes, old: str, new: str, *, untag: bool = False) -> bytes:
    """The PDF `data`, its link to `old` leading to `new` (its words as printed); `untag`: no structure tree."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        for page in pdf.pages:
            for annotation in page.get("/Annots", []):
                if str(annotation.A.URI) == old:
                    annotation.A.URI = pikepdf.String(new)
        if untag:
            del pdf.Root["/StructTreeRoot"]
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def test_the_prints_links_pass(printed):
    assert pdflinks.pdf_link_shown(printed) == ""


@pytest.mark.parametrize(("old", "new", "said"), [
    ("https://example.com/contact", "https://evil.example/contact",
     "https://example.com/contact → https://evil.example/contact"),
    ("mailto:dpo@example.com", "mailto:sales@evil.example", "dpo@example.com → mailto:sales@evil.example"),
])
def test_words_showing_another_address_are_refused(printed, old, new, said):
    assert pdflinks.pdf_link_shown(_readdressed(printed, old, new)) == said


def test_words_naming_no_address_may_lead_anywhere_the_links_rules_allow(printed):
    assert pdflinks.pdf_link_shown(_readdressed(printed, "https://example.com/privacy", "https://other.example/")) == ""


def test_a_link_no_structure_element_names_is_refused(printed):
    assert pdflinks.pdf_link_shown(_readdressed(printed, "x", "y", untag=True)).startswith("→ ")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_refusal_is_said(printed, language):
    forged = _readdressed(printed, "https://example.com/contact", "https://evil.example/contact")
    refusal = servedpages._what_said("publish.pdf-link", pdflinks.pdf_link_shown)(forged, [])
    assert refusal is not None
    assert "https://example.com/contact → https://evil.example/contact" in said_in(refusal, language)
    assert said_in(refusal, "en") != said_in(refusal, "fr")
