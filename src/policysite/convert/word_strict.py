"""A Word document saved as Strict Open XML (File › Save As › Strict Open XML Document, ISO/IEC 29500's strict
conformance, as some public bodies require): the same parts under the standard's other namespaces, read as the usual
(transitional) document they are. The import's own readers (numbering, tracked changes, hidden text, symbols) name
the usual ones: a strict file was imported as mammoth reads it, every number Word draws lost (`Article 1`, `1.1`,
`(a)`), its tracked changes unsaid (adopt47)."""
from __future__ import annotations

import re
import zipfile

_STRICT = "http://purl.oclc.org/ooxml/"
_TRANSITIONAL = "http://schemas.openxmlformats.org/"
# Each strict namespace (after `_STRICT`) and the transitional one Word writes for it (after `_TRANSITIONAL`):
# ECMA-376 Part 1, its table of namespaces; a relationship's type is its namespace's, a word after it.
NAMESPACES = {
    "wordprocessingml/main": "wordprocessingml/2006/main",
    "officeDocument/relationships": "officeDocument/2006/relationships",
    "officeDocument/math": "officeDocument/2006/math",
    "officeDocument/sharedTypes": "officeDocument/2006/sharedTypes",
    "officeDocument/customXml": "officeDocument/2006/customXml",
    "officeDocument/bibliography": "officeDocument/2006/bibliography",
    "officeDocument/extendedProperties": "officeDocument/2006/extended-properties",
    "officeDocument/customProperties": "officeDocument/2006/custom-properties",
    "officeDocument/docPropsVTypes": "officeDocument/2006/docPropsVTypes",
    "schemaLibrary/main": "schemaLibrary/2006/main",
    **{f"drawingml/{kind}": f"drawingml/2006/{kind}"
       for kind in ("main", "wordprocessingDrawing", "picture", "chart", "chartDrawing", "diagram", "lockedCanvas",
                    "compatibility")},
}
_NAMESPACE = re.compile(re.escape(_STRICT) + "(" + "|".join(sorted(map(re.escape, NAMESPACES), key=len,
                                                                 reverse=True)) + r")(?![\w-])")


def transitional(xml: bytes) -> bytes:
    """`xml` (a part of a Word package) with each strict namespace, a relationship's type too, the transitional one."""
    if _STRICT.encode() not in xml:
        return xml
    return re.sub(_NAMESPACE.pattern.encode(),
                  lambda found: (_TRANSITIONAL + NAMESPACES[found.group(1).decode()]).encode(), xml)


def parts(archive: zipfile.ZipFile) -> dict[str, bytes]:
    """The XML parts of `archive` written in Strict Open XML, each as the transitional part it is; none for a
    document saved as Word usually saves one."""
    if (_STRICT + "wordprocessingml/main").encode() not in archive.read("word/document.xml"):
        return {}
    found = {}
    for info in archive.infolist():
        if info.filename.lower().endswith((".xml", ".rels")):
            data = archive.read(info.filename)
            if (read := transitional(data)) != data:
                found[info.filename] = read
    return found
