"""A PDF's objects in one object stream, not qpdf's one per 100: the same objects in fewer bytes (issue 16)."""
from __future__ import annotations

import io
import subprocess
import zlib
from xml.etree import ElementTree

import pikepdf
import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import FROZEN, ROOT, poppler
from policysite import pdf, pdfpack, typeset

URL = "https://example.test/policy/{lang}/2021-02-17/"


def graph(doc: pikepdf.Pdf) -> list[object]:
    """Every object reached from the catalog and the document information, each once, in the order met (keys
    sorted), a reference written as the rank of the object it names: two files of the same objects, however
    numbered and packed, give the same list. A stream is its dictionary but its length, and its decoded data."""
    ranks: dict[tuple[int, int], int] = {}
    order: list[pikepdf.Object] = []
    out: list[object] = []

    def ref(obj: object) -> object:
        if not isinstance(obj, pikepdf.Object):
            return repr(obj)  # a number or boolean, as pikepdf gives it
        if obj.is_indirect:
            if obj.objgen not in ranks:
                ranks[obj.objgen] = len(order)
                order.append(obj)
            return ("ref", ranks[obj.objgen])
        return value(obj)

    def value(obj: pikepdf.Object) -> object:
        if isinstance(obj, pikepdf.Stream) and obj.stream_dict.get("/Type") == "/Metadata":  # XMP: its properties
            return xmp(obj.read_bytes())
        if isinstance(obj, pikepdf.Stream):
            return ({k: ref(obj.stream_dict[k]) for k in sorted(obj.stream_dict.keys()) if k != "/Length"},
                    obj.read_bytes())
        if isinstance(obj, pikepdf.Dictionary):
            return {k: ref(obj[k]) for k in sorted(obj.keys())}
        if isinstance(obj, pikepdf.Array):
            return [ref(item) for item in obj]
        return obj.unparse()

    roots = [ref(doc.Root), ref(doc.trailer.Info)]
    while len(out) < len(order):
        out.append(value(order[len(out)]))
    return [roots, out]


def xmp(data: bytes) -> list[tuple[str, str, list[tuple[str, str]]]]:
    """An XMP packet's elements, their text and attributes, however indented (pikepdf writes Typst's packet again
    indented, with its end marked writable, where pdfpack keeps it as Typst wrote it)."""
    root = ElementTree.fromstring(data[data.index(b"<x:xmpmeta"):data.rindex(b"</x:xmpmeta>") + 12])
    return sorted((node.tag, (node.text or "").strip(), sorted(node.attrib.items())) for node in root.iter())


@pytest.fixture(scope="module")
def prints() -> dict[str, tuple[bytes, bytes]]:
    """The frozen policy of each language, packed in one object stream and as qpdf packs it alone."""
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    found = {}
    for lang in ("fr", "en"):
        page = pdf.source((FROZEN / lang / "index.md").read_bytes(), env=env, lang=lang, version="2021-02-17",
                          url=URL.format(lang=lang))
        one = typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)
        with pytest.MonkeyPatch.context() as patch:
            patch.setitem(typeset.OPTIONS, "object_streams", "generate")  # qpdf's own: at most 100 objects a stream
            generated = typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)
        found[lang] = (one, generated)
    return found


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_printed_pdf_holds_the_objects_qpdf_packs_in_one_object_stream_and_fewer_bytes(prints, lang):
    one, generated = prints[lang]
    with pikepdf.open(io.BytesIO(one)) as new, pikepdf.open(io.BytesIO(generated)) as old:
        streams = [[o for o in doc.objects if isinstance(o, pikepdf.Stream) and o.get("/Type") == "/ObjStm"]
                   for doc in (new, old)]
        assert len(streams[0]) == 1 and len(streams[1]) > 1
        # the same catalog, structure tree, outline, links, pages and their contents, fonts and metadata
        assert graph(new) == graph(old)
        assert new.Root.MarkInfo.Marked and new.Root.StructTreeRoot.K and str(new.Root.Lang) == lang
        assert new.check_pdf_syntax() == []
    assert len(one) < len(generated) - 1500


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_a_pdf_in_one_object_stream_reads_the_same_text_and_embeds_its_fonts(prints, lang):
    def tool(name: str, data: bytes) -> str:
        return subprocess.run([poppler(name), "-", "-"] if name == "pdftotext" else [poppler(name), "-"],
                              input=data, capture_output=True, check=True).stdout.decode("utf-8")

    one, generated = prints[lang]
    assert tool("pdftotext", one) == tool("pdftotext", generated)
    fonts = [line.split()[-5:-2] for line in tool("pdffonts", one).splitlines()[2:]]
    assert len(fonts) == 2 and all(flags == ["yes", "yes", "yes"] for flags in fonts)  # embedded, subset, ToUnicode


def test_an_object_of_another_generation_is_packed_as_qpdf_packs_it():
    """An object stream holds objects of generation 0 only: a file with another is written as qpdf writes it."""
    doc = pikepdf.new()
    doc.add_blank_page()
    draft = io.BytesIO()
    doc.save(draft, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    written = draft.getvalue()
    at = written.index(b"3 0 obj")
    entry = b"%010d 00000 n \n" % at  # object 3's row in the cross-reference table
    again = written.replace(b"3 0 obj", b"3 1 obj").replace(b"3 0 R", b"3 1 R").replace(entry, entry[:11] + b"00001 n \n")
    with pikepdf.open(io.BytesIO(again)) as odd:
        assert any(o is not None and o.objgen[1] == 1 for o in odd.objects)
        packed = pdfpack.packed(odd)
    with pikepdf.open(io.BytesIO(packed)) as done:
        assert len(done.pages) == 1 and done.check_pdf_syntax() == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_object_stream_and_page_contents_are_deflated_smaller_than_zlib_s_best(prints, lang):
    """libdeflate (pdfpack.deflated): the same data inflated, some 13 % fewer bytes than zlib's level 9 in the object
    stream (its level 10) and 1 % in the page contents (its 9); the XMP packet left as text, the cross-reference stream
    predicted."""
    one, _ = prints[lang]
    with pikepdf.open(io.BytesIO(one)) as doc:
        held = [o for o in doc.objects if isinstance(o, pikepdf.Stream) and o.get("/Type") == "/ObjStm"][0]
        contents = [page.obj.Contents for page in doc.pages]
        for streams, gain in (([held], 0.08), (contents, 0.005)):
            stored = sum(len(s.read_raw_bytes()) for s in streams)
            assert stored < (1 - gain) * sum(len(zlib.compress(s.read_bytes(), 9)) for s in streams), (stored, gain)
        assert "/Filter" not in doc.Root.Metadata and b"<pdfuaid:part>1</pdfuaid:part>" in doc.Root.Metadata.read_raw_bytes()
        assert doc.trailer.DecodeParms.Predictor == 12 and len(bytes(doc.trailer.ID[0])) == 16
        assert doc.check_pdf_syntax() == []
        again = pdfpack.packed(doc)  # a packed file packed again: its own object and cross-reference streams not kept
    with pikepdf.open(io.BytesIO(again)) as repacked, pikepdf.open(io.BytesIO(one)) as doc:
        assert graph(repacked) == graph(doc) and abs(len(again) - len(one)) < 100
