"""Content controls bound to a Word document's own data (`w:dataBinding`: a template's fields, a contract
generator's), whose words Word takes from that data on opening, not from the words saved in the control.

The import reads the saved words; a control whose data says other words (a vendor's template filled through its data,
`customXml/item1.xml`, the saved words left from an earlier fill) showed one text in Word and imported another, unsaid
(safety61 hunt). Each such control is said with both.
"""
from __future__ import annotations

import re
import zipfile
from posixpath import join, normpath
from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DS = "{http://schemas.openxmlformats.org/officeDocument/2006/customXml}"
_MAPPING = re.compile(r"""xmlns:([\w.-]+)\s*=\s*['"]([^'"]*)['"]""")


def _parsed(data: bytes) -> Any:
    from lxml import etree

    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                                                  huge_tree=False))


def _stores(archive: zipfile.ZipFile) -> dict[str, Any]:
    """Each custom XML data part of the package, parsed, by its store item id (`{…}`, upper case)."""
    names = set(archive.namelist())
    stores = {}
    for name in names:
        found = re.fullmatch(r"customXml/_rels/([^/]+\.xml)\.rels", name)
        if not found or f"customXml/{found.group(1)}" not in names:
            continue
        for target in re.findall(rb'Target="([^"]+)"', archive.read(name)):
            props = normpath(join("customXml", target.decode("utf-8", "replace")))
            if props in names:
                item = _parsed(archive.read(props)).get(f"{_DS}itemID") or ""
                stores[item.upper()] = _parsed(archive.read(f"customXml/{found.group(1)}"))
    return stores


def differing(archive: zipfile.ZipFile, document: str) -> list[tuple[str, str]]:
    """(words Word shows from the data, words saved in the control) of each bound control of `document` whose data
    says other words; none where the data cannot be read (Word shows the saved words then)."""
    if "dataBinding" not in document:
        return []
    try:
        stores = _stores(archive)
        root = _parsed(document.encode("utf-8"))
    except Exception:  # (lxml's errors, a damaged part: no data Word reads either)
        return []
    found = []
    for control in root.iter(f"{_W}sdt"):
        binding = control.find(f"{_W}sdtPr/{_W}dataBinding")
        content = control.find(f"{_W}sdtContent")
        if binding is None or content is None:
            continue
        store = stores.get((binding.get(f"{_W}storeItemID") or "").upper())
        if store is None:
            continue
        try:
            value = store.xpath(binding.get(f"{_W}xpath") or "",
                                namespaces=dict(_MAPPING.findall(binding.get(f"{_W}prefixMappings") or "")))
        except Exception:  # (an XPath lxml does not read: no value Word shows either)
            continue
        shown = value if isinstance(value, str) else " ".join(
            (node if isinstance(node, str) else "".join(node.itertext())) for node in value) \
            if isinstance(value, list) else ""
        saved = "".join(text.text or "" for text in content.iter(f"{_W}t"))
        if " ".join(str(shown).split()) != " ".join(saved.split()) and value not in ([], None):
            found.append((" ".join(str(shown).split()), " ".join(saved.split())))
    return found
