"""A SmartArt diagram's words (Insert › SmartArt: a policy's "How we handle your data" drawn as steps, a cycle, a
list of boxes). Word keeps them in the diagram's data part (`word/diagrams/data1.xml`), the document holding only a
drawing that names it, which mammoth skips: every word of the diagram was lost, and nothing said (adopt41). Each
diagram's words become paragraphs of a text box in its place, which the reader puts after the paragraph holding it
(as a text box's words), in the diagram's order: each box's words after its parent's, siblings in their order."""
from __future__ import annotations

import html
import re
import zipfile

from lxml import etree

from policysite.convert import alt_chunks

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DGM = "{http://schemas.openxmlformats.org/drawingml/2006/diagram}"
_DRAWING = re.compile(r"<w:drawing\b[^>]*>(?:(?!</w:drawing>).)*</w:drawing>", re.S)
_DATA_ID = re.compile(r'<dgm:relIds\b[^>]*?\br:dm="([^"]+)"')
# Points that are the diagram's boxes (a point without a type is one); the others are its root, its connectors'
# labels and its presentation's (no words of the text).
_BOXES = ("node", "asst")
MAX_BYTES = 4 * 2**20  # far more than a diagram's words (the package's size is bounded before: docx_source)


def _point_words(point: etree._Element) -> list[str]:
    """The words of each paragraph of a point's text."""
    out = []
    for paragraph in point.iter(f"{_A}p"):
        words = " ".join("".join(t.text or "" for t in paragraph.iter(f"{_A}t")).split())
        out += [words] if words else []
    return out


def words(data: bytes) -> list[str]:
    """The words of a diagram's data part, paragraph by paragraph, in the diagram's order: depth first from its root
    along its parent-of connections, in their source order; points no connection reaches after them, as listed."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False))
    except etree.XMLSyntaxError:
        return []
    points = {str(point.get("modelId")): point for point in root.iter(f"{_DGM}pt")}
    children: dict[str, list[tuple[int, str]]] = {}
    for connection in root.iter(f"{_DGM}cxn"):
        if connection.get("type", "parOf") == "parOf":
            order = connection.get("srcOrd", "0")
            children.setdefault(str(connection.get("srcId")), []).append(
                (int(order) if order.isdigit() else 0, str(connection.get("destId"))))
    seen: set[str] = set()
    ordered: list[str] = []

    def visit(model_id: str) -> None:
        if model_id in seen or model_id not in points:
            return
        seen.add(model_id)
        ordered.append(model_id)
        for _order, child in sorted(children.get(model_id, [])):
            visit(child)

    for model_id, point in points.items():
        if point.get("type") == "doc":
            visit(model_id)
    ordered += [model_id for model_id in points if model_id not in seen]
    return [line for model_id in ordered if points[model_id].get("type", "node") in _BOXES
            for line in _point_words(points[model_id])]


def as_text_boxes(archive: zipfile.ZipFile, document: str) -> tuple[str, int]:
    """`document` with each SmartArt drawing holding words made a text box of its words, and how many were."""
    if "<dgm:relIds" not in document:
        return document, 0
    targets = {relation: part for relation, kind, part in alt_chunks.relations(archive)
               if kind.endswith("/diagramData")}
    count = 0

    def boxed(match: re.Match[str]) -> str:
        nonlocal count
        found = _DATA_ID.search(match.group(0))
        part = targets.get(found.group(1), "") if found else ""
        if not part or part not in archive.namelist() or archive.getinfo(part).file_size > MAX_BYTES:
            return match.group(0)
        lines = words(archive.read(part))
        if not lines:
            return match.group(0)
        count += 1
        paragraphs = "".join(f'<w:p><w:r><w:t xml:space="preserve">{html.escape(line, quote=False)}</w:t></w:r></w:p>'
                             for line in lines)
        return f"<w:pict><w:txbxContent>{paragraphs}</w:txbxContent></w:pict>"

    return _DRAWING.sub(boxed, document), count
