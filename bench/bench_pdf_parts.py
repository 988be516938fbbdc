"""Benchmark of what a version's PDF is made of, and what each cut weighed would save.

Run: .venv/bin/python bench/bench_pdf_parts.py
Prints the frozen policy's PDF per language (tests/data/policy: the real one's size, never the live docs/), as a
build prints it (`typeset.typeset`): its bytes, then its parts, stored (as in the file) and inflated: page contents,
each font program, the object streams (structure tree, outline, links, pages, fonts' dictionaries), character maps,
XMP, cross-reference stream. Then the bytes each cut would save, each measured alone on the same print: qpdf's own
packing (object streams of at most 100 objects at zlib's level, what `typeset` did before session 31), the structure elements'
optional `/Type`, the headings' titles in the structure tree (`/T`: the outline keeps them), the fonts' hints.
Figures only; nothing is asserted (goals and what was taken in bench/README.md).
"""
from __future__ import annotations

import collections
import io
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import pikepdf  # noqa: E402
from jinja2 import Environment, FileSystemLoader  # noqa: E402

from policysite import document, pdf, pdfpack, typeset  # noqa: E402

FROZEN = ROOT / "tests" / "data" / "policy"


def printed(lang: str) -> bytes:
    source = (FROZEN / lang / "index.md").read_bytes()
    policy = document.parse(source.decode("utf-8"), path=f"{lang}/index.md", lang=lang)
    version = policy.date.isoformat() if policy.date else "2021-02-17"
    env = Environment(loader=FileSystemLoader(str(ROOT / "overrides")), autoescape=True)
    page = pdf.source(source, env=env, lang=lang, version=version, url=f"https://example.test/{lang}/{version}/")
    return typeset.typeset(page.template, page.data, fonts=page.fonts, standards=pdf.STANDARDS)


def kinds(doc: pikepdf.Pdf) -> dict[tuple[int, int], str]:
    """What each stream of `doc` is, by its object number."""
    found: dict[tuple[int, int], str] = {}
    for page in doc.pages:
        contents = page.obj.get("/Contents")
        for stream in contents if isinstance(contents, pikepdf.Array) else [contents]:
            found[stream.objgen] = "page contents"
    for obj in doc.objects:
        if isinstance(obj, pikepdf.Dictionary):
            for key in ("/FontFile", "/FontFile2", "/FontFile3"):
                if key in obj:
                    found[obj[key].objgen] = f"font {str(obj.FontName).partition('+')[2]}"
            if isinstance(obj.get("/ToUnicode"), pikepdf.Stream):
                found[obj.ToUnicode.objgen] = "character maps (ToUnicode)"
    return found


def parts(data: bytes) -> list[tuple[str, int, int, int]]:
    """Each kind of stream of a PDF: name, count, bytes stored, bytes inflated; largest first."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        named = kinds(doc)
        stored: collections.Counter[str] = collections.Counter()
        inflated: collections.Counter[str] = collections.Counter()
        count: collections.Counter[str] = collections.Counter()
        for obj in doc.objects:
            if isinstance(obj, pikepdf.Stream):
                kind = named.get(obj.objgen) or {"/ObjStm": "object streams", "/XRef": "cross-reference stream",
                                                 "/Metadata": "XMP"}.get(str(obj.get("/Type")), "other (CIDSet, …)")
                stored[kind] += len(obj.read_raw_bytes())
                inflated[kind] += len(obj.read_bytes())
                count[kind] += 1
    return [(kind, count[kind], size, inflated[kind]) for kind, size in stored.most_common()]


def repacked(data: bytes, change) -> int:
    """The bytes of `data` after `change(doc)`, packed as `typeset` packs it."""
    with pikepdf.open(io.BytesIO(data)) as doc:
        change(doc)
        return len(pdfpack.packed(doc))


def no_type(doc: pikepdf.Pdf) -> None:
    for obj in doc.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/StructElem":
            del obj["/Type"]


def no_titles(doc: pikepdf.Pdf) -> None:
    for obj in doc.objects:
        if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/StructElem" and "/T" in obj:
            del obj["/T"]


def no_hints(doc: pikepdf.Pdf) -> None:
    from fontTools.cffLib import CFFFontSet
    from fontTools.ttLib import TTFont, newTable

    for obj in doc.objects:
        if isinstance(obj, pikepdf.Dictionary) and "/FontFile3" in obj:
            font = TTFont(recalcBBoxes=False)
            cff = CFFFontSet()
            cff.decompile(io.BytesIO(obj.FontFile3.read_bytes()), font)
            table = newTable("CFF ")
            table.cff = cff
            font["CFF "] = table
            cff.remove_hints()
            out = io.BytesIO()
            cff.compile(out, font)
            obj.FontFile3.write(zlib.compress(out.getvalue(), 9), filter=pikepdf.Name.FlateDecode)


def main() -> None:
    for lang in ("fr", "en"):
        data = printed(lang)
        print(f"{lang}: {len(data):,} B ({len(zlib.compress(data, 9)):,} B as zlib stores it)")
        print(f"    {'part':34s} {'count':>5s} {'stored':>8s} {'inflated':>9s}")
        for kind, count, size, inflated in parts(data):
            print(f"    {kind:34s} {count:5d} {size:8,d} {inflated:9,d}")
        with pikepdf.open(io.BytesIO(data)) as doc:
            out = io.BytesIO()
            doc.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True,
                     deterministic_id=True)
            qpdf_own = len(out.getvalue())
        print(f"  one object stream, libdeflate (taken): {len(data) - qpdf_own:+,} B against qpdf's own packing "
              f"({qpdf_own:,} B)")
        for name, change in (("structure elements without their optional /Type", no_type),
                             ("headings' titles (/T) out of the structure tree", no_titles),
                             ("fonts without their hints", no_hints)):
            print(f"  {name}: {repacked(data, change) - len(data):+,} B")


if __name__ == "__main__":
    main()
