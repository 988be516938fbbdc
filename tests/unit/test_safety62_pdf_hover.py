"""safety62: a PDF link's `/Contents` (words some viewers show while the pointer rests on the link, and screen readers
say) and an element's `/Alt`, `/E`, a field's `/TU`, `/TM` were not read by pdfactions: a forged PDF of the branch whose
link said "This clause no longer applies" on hover passed. The print (Typst) writes a link's address there, or for an
e-mail or a number its address under the engine's word for it in the text's language, and none of the others."""
from __future__ import annotations

import io

import pikepdf
import pytest

from policysite import pdf
from policysite.pdfactions import pdf_action
from unit.test_pdf import URL, env
from unit.test_pdfactions import _saved

LINKS = ("---\ndate: 2024-03-01\n---\n\n# Policy\n\n## 1. Scope\n\nWrite to [our officer](mailto:dpo@example.org?"
         "subject=Data) or see [our site](https://example.org/a?x=1#f) or call [+33 1 23 45 67 89](tel:+33123456789)."
         "\n")


@pytest.mark.parametrize("lang", ["en", "es", "ru"])  # (Typst's words: "Email", "Correo electrónico", "Электронная почта")
def test_the_print_s_own_link_words_pass(lang):
    data = pdf.render_pdf(LINKS.encode(), env=env(), lang=lang, version="2024-03-01", url=URL)
    with pikepdf.open(io.BytesIO(data)) as printed:
        contents = [str(a.Contents) for page in printed.pages for a in page.get("/Annots", []) if "/Contents" in a]
    assert len(contents) == 3, contents  # (what this check reads: the print writes them)
    assert pdf_action(data) == ""


def _contents(words: str, uri: str = "https://example.test/"):
    def forge(_pdf, page):
        page.Annots[0].Contents = pikepdf.String(words)
        page.Annots[0].A.URI = pikepdf.String(uri)
    return forge


def _on_link(key: str, words: str):
    def forge(_pdf, page):
        page.Annots[0][key] = pikepdf.String(words)
    return forge


def _struct_alt(pdf_, page):
    pdf_.Root.StructTreeRoot = pdf_.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot, K=pdf_.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.StructElem, S=pikepdf.Name.P, Alt=pikepdf.String("We sell your data.")))))


@pytest.mark.parametrize("contents", [_contents("https://example.test/"), _contents("Email dpo@example.test",
                                                                                    "mailto:dpo@example.test"),
                                      _contents("Téléphone +33123", "tel:+33123"),
                                      _contents("Correo electrónico dpo@example.test", "mailto:dpo@example.test")])
def test_a_link_saying_its_address_passes(contents):
    assert pdf_action(_saved(contents)) == ""


@pytest.mark.parametrize(("forge", "found"), [
    (_contents("This clause no longer applies."), "/Contents This clause"),
    (_contents("https://example.test/refunds"), "/Contents https://example.test/refunds"),
    (_contents("Email other@example.test", "mailto:dpo@example.test"), "/Contents Email other@"),
    (_contents("Refunds are never due dpo@example.test", "mailto:dpo@example.test"), "/Contents Refunds"),
    (_contents("Email: void. dpo@example.test", "mailto:dpo@example.test"), "/Contents Email: void."),
    (_contents("Call 90 days +33123", "tel:+33123"), "/Contents Call 90"),
    (_on_link("/TU", "This clause no longer applies."), "/TU This clause"),
    (_on_link("/E", "We sell your data"), "/E We sell"),
    (_on_link("/TM", "data sold"), "/TM data"),
    (_struct_alt, "/Alt We sell your data."),
])
def test_words_a_viewer_shows_on_hover_or_says_instead_are_found(forge, found):
    assert pdf_action(_saved(forge)).startswith(found)
