"""The day a Word or OpenDocument file's own properties say it was last saved (File › Info, Properties): Word's
`docProps/core.xml` (`dcterms:modified`), LibreOffice's `meta.xml` (`dc:date`). Not the day its text took effect (a
file saved again to fix a typo, or copied, gets another), so never read as a version's day: an archive of versions
named `Privacy Policy.docx`, `Privacy Policy (2).docx`, their texts saying no day, was refused with nothing but "no
date in the file name"; the day the file says is named with the file's name to give it (adopt41)."""
from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

# Each format's properties part and the elements naming the day it was last saved, then the day it was made.
_PARTS = {"docx": ("docProps/core.xml", ("dcterms:modified", "dcterms:created")),
          "odt": ("meta.xml", ("dc:date", "meta:creation-date"))}
MAX_BYTES = 2**20  # a properties part is a few hundred bytes


def saved_day(path: Path, kind: str) -> str | None:
    """The day (YYYY-MM-DD) the properties of the `kind` ("docx", "odt") file at `path` say it was last saved, else
    the day they say it was made; None where they say neither, or the file cannot be read."""
    if kind not in _PARTS:
        return None
    part, elements = _PARTS[kind]
    try:
        with zipfile.ZipFile(path) as archive:
            if part not in archive.namelist() or archive.getinfo(part).file_size > MAX_BYTES:
                return None
            xml = archive.read(part).decode("utf-8", "replace")
    except (OSError, zipfile.BadZipFile, KeyError, RuntimeError, NotImplementedError, ValueError):
        return None
    for element in elements:
        found = re.search(rf"<{element}\b[^>]*>\s*(\d{{4}})-(\d{{2}})-(\d{{2}})", xml)
        if found is None:
            continue
        try:
            day = dt.date(*(int(group) for group in found.groups()))
        except ValueError:
            continue
        if day.year > 1980:  # (a file whose clock was never set says 1601 or 1899: no day)
            return day.isoformat()
    return None
