"""Words a PDF draws outside its pages' own content, where no check reads them (safety65). The checks read a page's
content stream (pdftext: its text layer, its `/ActualText` clusters, its headings' words); a viewer also draws, and a
reader copies, searches and hears, the text of what that content draws by name: a form (`/XObject` of subtype
`/Form`, a soft mask's group), a tiling pattern's cell, a Type 3 font's glyph procedures, an annotation's appearance,
each with resources of its own drawing more. Typst's prints and redlines draw none of them (their headers and footers,
lines and boxes are in the page's content, read by test_safety65_pdf_unread): one drawing words there, or marking words
to be read in place of its own (`/ActualText`, `/Alt`, `/E`), came from elsewhere and is refused, page by page; so is a
Type 3 font, whose glyphs are drawings of the PDF's own whatever they draw (safety67)."""
from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

from policysite.pdfactions import HOVER_KEYS

DEPTH_MOST = 16  # drawings within drawings followed, at most (the print nests none; a loop is cut as seen)
_TEXT_SHOWN = frozenset({"Tj", "TJ", "'", '"'})  # the operators that draw glyphs (and give the text layer their text)
_OPERATORS = "Tj TJ ' \" BDC"


def pdf_unread(data: bytes) -> str:
    """Where the PDF `data` first draws words, or marks words read in place of its drawing, outside a page's own
    content: `page: the drawing, how` (`1: /XObject /Fm0 Tj`), `?` for a PDF no viewer reads as printed, or "". What
    `publish.pdf-unread` names."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return "?"
    seen: set[tuple[int, int]] = set()  # (each drawing read once: pages share them)
    with pdf:
        try:  # (a page's resources inherited from the page tree are the page's own here: pikepdf pushes them down)
            for number, page in enumerate(pdf.pages, 1):
                drawings = [(f"{where} {name}", stream, inner)
                            for where, name, stream, inner in _annotation_drawings(page.obj, pikepdf)]
                drawings += _drawings(page.obj.get("/Resources"), pikepdf)
                if found := _type3(page.obj.get("/Resources"), pikepdf) or _words_drawn(drawings, pikepdf, seen,
                                                                                         depth=0):
                    return f"{number}: {found}"
        except (pikepdf.PdfError, ValueError, TypeError):
            return "?"
    return ""


Drawing = tuple[str, Any, Any]  # what names it, its content stream, the resources it draws with


def _words_drawn(drawings: list[Drawing], pikepdf: Any, seen: set[tuple[int, int]], *, depth: int) -> str:
    """The first of `drawings` (and of those each draws in turn) that draws words or marks words to be read, as
    `the drawing, how`, or ""."""
    for where, stream, resources in drawings:
        if stream.objgen in seen:  # (a stream is an object of its own: a loop, or one drawn again)
            continue
        seen.add(stream.objgen)
        if depth >= DEPTH_MOST:
            return f"{where} (> {DEPTH_MOST})"
        try:
            how = _words_in(stream, resources, pikepdf)
        except (pikepdf.PdfError, ValueError, TypeError):
            how = "?"
        if how:
            return f"{where} {how}"
        inner = stream.get("/Resources", resources)
        if found := _type3(inner, pikepdf):
            return f"{where} > {found}"
        if found := _words_drawn(_drawings(inner, pikepdf), pikepdf, seen, depth=depth + 1):
            return f"{where} > {found}"
    return ""


def _words_in(stream: Any, resources: Any, pikepdf: Any) -> str:
    """How a drawing's own content draws words (its first text-showing operator) or marks words to be read in place
    of what it draws (a span's `/ActualText`, `/Alt`, `/E`), or ""."""
    own = stream.get("/Resources", resources)
    named = own.get("/Properties") if isinstance(own, pikepdf.Dictionary) else None
    for instruction in pikepdf.parse_content_stream(stream, _OPERATORS):
        if not isinstance(instruction, pikepdf.ContentStreamInstruction):
            continue
        name = str(instruction.operator)
        if name in _TEXT_SHOWN:
            return name
        props = instruction.operands[1] if len(instruction.operands) > 1 else None
        if isinstance(props, pikepdf.Name) and isinstance(named, pikepdf.Dictionary):
            props = named.get(str(props))
        if isinstance(props, pikepdf.Dictionary) and (said := sorted(set(props.keys()) & HOVER_KEYS)):
            return f"BDC {said[0]}"
    return ""


def _type3(resources: Any, pikepdf: Any) -> str:
    """The first Type 3 font `resources` let a content stream draw with, as `/Font /name /Type3`, or "". A Type 3
    font's glyphs are procedures of the PDF's own, drawing any shape under any character its map names: a glyph drawing
    "b" with lines and curves, mapped to "a", showed "we sell" over a text layer saying "we do not sell" (a search, a
    copy, a screen reader, the checks read the map). The print engine draws every glyph from an outline font it embeds,
    none from a Type 3 font (test_safety67_pdf_fonts reads its prints and redlines): one came from elsewhere."""
    fonts = resources.get("/Font") if isinstance(resources, pikepdf.Dictionary) else None
    for name, font in (fonts.items() if isinstance(fonts, pikepdf.Dictionary) else []):
        if isinstance(font, pikepdf.Dictionary) and font.get("/Subtype") == "/Type3":
            return f"/Font {name} /Type3"
    return ""


def _drawings(resources: Any, pikepdf: Any) -> list[Drawing]:
    """What `resources` let a content stream draw by name, each with the resources it draws with: forms, tiling
    patterns, Type 3 fonts' glyph procedures, soft masks' groups (PDF 32000-1, 8.10, 8.7.3, 9.6.5, 11.6.5)."""
    if not isinstance(resources, pikepdf.Dictionary):
        return []
    return list(_named_drawings(resources, pikepdf))


def _named_drawings(resources: Any, pikepdf: Any) -> Iterator[Drawing]:
    for kind in ("/XObject", "/Pattern", "/Font", "/ExtGState"):
        entries = resources.get(kind)
        if not isinstance(entries, pikepdf.Dictionary):
            continue
        for name, value in entries.items():
            where = f"{kind} {name}"
            if isinstance(value, pikepdf.Stream) and kind in ("/XObject", "/Pattern") \
                    and value.get("/Subtype") != "/Image":  # (a form, a tiling pattern: a content stream)
                yield where, value, resources
            elif kind == "/Font" and isinstance(value, pikepdf.Dictionary) and value.get("/Subtype") == "/Type3":
                procs = value.get("/CharProcs")
                for glyph, proc in (procs.items() if isinstance(procs, pikepdf.Dictionary) else []):
                    if isinstance(proc, pikepdf.Stream):
                        yield f"{where} {glyph}", proc, value.get("/Resources", resources)
            elif kind == "/ExtGState" and isinstance(value, pikepdf.Dictionary):
                mask = value.get("/SMask")
                group = mask.get("/G") if isinstance(mask, pikepdf.Dictionary) else None
                if isinstance(group, pikepdf.Stream):
                    yield f"{where} /SMask", group, resources


def _annotation_drawings(page: Any, pikepdf: Any) -> Iterator[tuple[str, str, Any, Any]]:
    """Each appearance of each annotation of `page` (`/AP`: normal, rollover, down, each a stream or one per state),
    as (the annotation, which appearance, its stream, the page's resources)."""
    annots = page.get("/Annots")
    resources = page.get("/Resources")
    for n, annot in enumerate(annots if isinstance(annots, pikepdf.Array) else [], 1):
        drawn = annot.get("/AP") if isinstance(annot, pikepdf.Dictionary) else None
        if not isinstance(drawn, pikepdf.Dictionary):
            continue
        for mode, shown in drawn.items():
            states = shown.items() if isinstance(shown, pikepdf.Dictionary) and not isinstance(shown, pikepdf.Stream) \
                else [("", shown)]
            for state, stream in states:
                if isinstance(stream, pikepdf.Stream):
                    yield f"/Annots {n}", f"/AP {mode}{' ' + state if state else ''}".rstrip(), stream, resources
