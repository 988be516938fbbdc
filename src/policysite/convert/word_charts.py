"""The charts a Word document draws (Insert › Chart: the retention periods as bars, the share of requests answered):
Word draws each from its data in a part of its own (`word/charts/chart1.xml`), the document holding only a drawing that
names it, which mammoth skips with the words the chart shows (its title, labels, legend), and nothing was said
(adopt41). A chart is no text the site can draw: each is named by its title, to be written into the text if readers
need what it shows."""
from __future__ import annotations

import re
import zipfile

from lxml import etree

from policysite.convert import alt_chunks

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_C = "{http://schemas.openxmlformats.org/drawingml/2006/chart}"
_CHART = re.compile(r'<a:graphicData\b[^>]*\buri="http://schemas\.openxmlformats\.org/drawingml/2006/chart"[^>]*>'
                    r'(?:(?!</a:graphicData>).)*?<c:chart\b[^>]*?\br:id="([^"]+)"', re.S)
MAX_BYTES = 4 * 2**20  # far more than a chart's data (the package's size is bounded before: docx_source)


def _title(data: bytes) -> str:
    """A chart part's title as Word shows it: its own words, else its one series' name (Word titles it so)."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True))
    except etree.XMLSyntaxError:
        return ""
    title = root.find(f".//{_C}title")
    if title is not None:
        words = " ".join("".join(t.text or "" for t in title.iter(f"{_A}t")).split())
        if words:
            return words
    names = [" ".join((value.text or "").split()) for series in root.iter(f"{_C}ser")
             for value in series.findall(f"{_C}tx//{_C}v")]
    return names[0] if len(names) == 1 else ""


def titles(archive: zipfile.ZipFile, document: str) -> list[str]:
    """The title of each chart the document (word/document.xml) draws, in its order ("" for one without a title)."""
    if "/drawingml/2006/chart" not in document:
        return []
    targets = {relation: part for relation, kind, part in alt_chunks.relations(archive) if kind.endswith("/chart")}
    found = []
    for match in _CHART.finditer(document):
        part = targets.get(match.group(1), "")
        readable = part in archive.namelist() and archive.getinfo(part).file_size <= MAX_BYTES
        found.append(_title(archive.read(part)) if readable else "")
    return found
