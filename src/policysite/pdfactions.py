"""What a PDF does besides show its pages, read as a PDF viewer reads it (pikepdf, on qpdf: objects packed into object
streams and names written with `#xx` escapes are read as they are meant): a script (Chromium's viewer runs a PDF's
JavaScript, `app.launchURL` among it), an action run on opening or on an event, a form that sends what a reader types,
a program launched, another file opened or a file carried inside. The generator's print (pdf.py: tagged text, its
outline, links to addresses) holds none of these; a PDF the branch serves that holds one came from elsewhere."""
from __future__ import annotations

import io
from typing import Any

# Keys of a dictionary that make the viewer act: a script (a name tree of them, `/JS`), actions on opening or on an
# event (`/OpenAction`, `/AA`), a form (`/AcroForm`, `/XFA`), files carried inside, embedded media
ACTIVE_KEYS = frozenset({"/JS", "/JavaScript", "/OpenAction", "/AA", "/AcroForm", "/XFA", "/EmbeddedFile",
                         "/EmbeddedFiles", "/RichMedia", "/RichMediaContent"})
# Actions (`/S`) that run, send, launch, open another file or hide words; `/URI` and `/GoTo` (a link, a heading of the
# outline) are what the print writes
ACTIVE_ACTIONS = frozenset({"/JavaScript", "/Launch", "/SubmitForm", "/ImportData", "/ResetForm", "/GoToR", "/GoToE",
                            "/Hide", "/Rendition", "/Sound", "/Movie", "/SetOCGState", "/Trans", "/GoTo3DView"})


def pdf_action(data: bytes) -> str:
    """The first thing a PDF holds that a viewer would do besides showing its pages (`/OpenAction`, `/S /JavaScript`,
    a `javascript:` link), or "": what `publish.pdf-active` names."""
    import pikepdf

    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except (pikepdf.PdfError, ValueError):
        return "?"  # no PDF a reader's viewer opens as printed
    with pdf:
        for top in pdf.objects:
            todo = [top]
            while todo:  # each object, and the dictionaries and arrays written inside it (a link's `/A`)
                obj = todo.pop()
                found = _dictionary_action(obj)
                if found:
                    return found
                inner = obj.stream_dict if isinstance(obj, pikepdf.Stream) else obj
                if isinstance(inner, (pikepdf.Dictionary, pikepdf.Array)):
                    values = inner.values() if isinstance(inner, pikepdf.Dictionary) else list(inner)
                    todo += [value for value in values if isinstance(value, (pikepdf.Dictionary, pikepdf.Array))
                             and not value.is_indirect]
    return ""


def _dictionary_action(obj: Any) -> str:
    import pikepdf

    from policysite.safety import is_script_url

    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if not isinstance(obj, pikepdf.Dictionary):
        return ""
    keys = set(obj.keys())
    if keys & ACTIVE_KEYS:
        return sorted(keys & ACTIVE_KEYS)[0]
    action = obj.get("/S")
    if isinstance(action, pikepdf.Name) and str(action) in ACTIVE_ACTIONS:
        return f"/S {action}"
    uri = obj.get("/URI")
    if isinstance(uri, pikepdf.String) and is_script_url(str(uri)):
        return f"/URI {str(uri)[:60]}"
    return ""
