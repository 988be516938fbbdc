"""The Word redline as compliance opens it in an office suite (redline15): LibreOffice (Debian's, headless; .ci/run
installs it) opens each, and its own "Accept All" and "Reject All" give each version's text exactly, paragraph by
paragraph and cell by cell, no word left nor lost: between versions far apart (sections renumbered, moved, split and
merged), a table whose rows were reordered (or moved and edited, retyped, a column added: redline20), a list made
a table, a heading made a paragraph, paragraphs merged and split, dashes retyped beside a real edit, superscripts, and
right-to-left texts (Hebrew; Urdu, whose redline's own words are English)."""
from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from helpers import synthetic_policy
from integration.test_redline_parity import _history
from policysite import document, redline
from policysite.redline.docx import render_docx
from unit import test_redline14_word as word

# A Basic macro LibreOffice runs on each file a list names: every tracked change accepted (then, opened again, every
# one rejected), the text saved as plain text beside it
MACRO = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE script:module PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">
<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" script:language="StarBasic">
Sub Saved(path As String, command As String, suffix As String)
  Dim hidden(0) As New com.sun.star.beans.PropertyValue
  hidden(0).Name = "Hidden" : hidden(0).Value = True
  Dim filter(0) As New com.sun.star.beans.PropertyValue
  filter(0).Name = "FilterName" : filter(0).Value = "Text (encoded)"
  Dim doc As Object
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(path), "_blank", 0, hidden())
  createUnoService("com.sun.star.frame.DispatchHelper").executeDispatch(doc.getCurrentController().getFrame(), _
    command, "", 0, Array())
  doc.storeToURL(ConvertToURL(path &amp; suffix), filter())
  doc.close(True)
End Sub
Sub Every(list As String)
  Dim n As Integer, path As String
  n = FreeFile
  Open list For Input As #n
  Do While Not EOF(n)
    Line Input #n, path
    If Len(path) &gt; 0 Then
      Saved(path, ".uno:AcceptAllTrackedChanges", ".accepted.txt")
      Saved(path, ".uno:RejectAllTrackedChanges", ".rejected.txt")
    End If
  Loop
  Close #n
End Sub
</script:module>
"""

TABLE = ("## 1. Data\n\nWhat we keep.\n\n| Data | Kept |\n|---|---|\n| Logs of the web servers | one full year |\n"
         "| Invoices and receipts | ten years |\n| Cookies | 13 months |\n\n## 2. End\n\nThank you.\n")
LIST = "## 1. Data\n\nWhat we keep.\n\n- Logs: one year\n- Invoices: ten years\n\n## 2. End\n\nThank you.\n"
SUB = "## 1. Data\n\nWhat we keep.\n\n### Backups\n\nBackups are kept thirty days.\n\n## 2. End\n\nThank you.\n"
PARAGRAPHS = ("## 1. Data\n\nThe first part of the text is about the logs we keep.\n\nThe second part of the text is "
              "about the invoices we keep.\n\n## 2. End\n\nThank you.\n")
DASHES = "## 1. Data\n\nWe keep your data for one year -- or less -- and never sell it.\n\n## 2. End\n\nThank you.\n"
HEBREW = "## 1. נתונים\n\nאנו שומרים את הנתונים שלך שנה אחת.\n\n## 2. סוף\n\nתודה.\n"
URDU = "## 1. ڈیٹا\n\nہم آپ کا ڈیٹا ایک سال تک رکھتے ہیں۔\n\n- پہلا\n- دوسرا\n\n## 2. حقوق\n\nشکریہ۔\n"


def _cases() -> dict[str, tuple[str, str, str]]:
    history = _history()
    cases = {f"v{a}-v{b}": (history[a], history[b], "en") for a, b in ((0, 5), (5, 0), (1, 8), (8, 1), (3, 6))}
    cases |= {f"word {name}": (word.BASE, body, "en") for name, body in word.EDITS.items()}
    rows = "| Logs of the web servers | one full year |\n| Invoices and receipts | ten years |\n"
    cases["rows reordered"] = (TABLE, TABLE.replace(rows, "".join(reversed(rows.splitlines(keepends=True)))), "en")
    # a row moved and edited, retyped, or edited while a column is added (redline20)
    from unit.test_redline17_rows import WIDER
    from unit.test_redline20_rows_moved_edited import EDITED, RETYPED

    cases["row moved and edited"] = (TABLE, EDITED, "en")
    cases["row moved and retyped"] = (RETYPED.replace("client’s", "client's").replace(
        "| Invoices and the client's receipts | ten years |\n| Logs of the web servers | one full year |\n",
        "| Logs of the web servers | one full year |\n| Invoices and the client's receipts | ten years |\n"), RETYPED, "en")
    cases["row moved and edited, a column added"] = (TABLE, WIDER.replace("| ten years |", "| eleven years |"), "en")
    cases["list made a table"] = (LIST, LIST.replace("- Logs: one year\n- Invoices: ten years\n", "| Data | Kept |\n"
                                                     "|---|---|\n| Logs | one year |\n| Invoices | ten years |\n"), "en")
    cases["heading made a paragraph"] = (SUB, SUB.replace("### Backups\n\n", "Backups\n\n"), "en")
    merged = PARAGRAPHS.replace("keep.\n\nThe second", "keep. The second")
    cases["merged"], cases["split"] = (PARAGRAPHS, merged, "en"), (merged, PARAGRAPHS, "en")
    cases["dashes"] = (DASHES, DASHES.replace(" -- ", " — ").replace("one year", "two years"), "en")
    # a section moved, its heading a move with its title's edit inside (redline23)
    from unit.test_redline23_moved_heading_word import TEXTS

    for lang in sorted(TEXTS):
        intro, title, retitled, rights, kept = TEXTS[lang]
        body = (f"## 1. {intro}\n\nHello there.\n\n## 2. {title}\n\n{kept}\n\n## 3. {rights}\n\nYou may ask.\n\n"
                "## 4. End\n\nThanks.\n")
        moved = (f"## 1. {intro}\n\nHello there.\n\n## 2. {rights}\n\nYou may ask.\n\n## 3. {retitled}\n\n"
                 f"{kept.replace('dix', 'onze').replace('ten', 'eleven')}\n\n## 4. End\n\nThanks.\n")
        cases[f"section moved, its title edited ({lang})"] = (body, moved, lang)
    from unit.test_redline23_moved_heading_word import JOINS, SWAPPED

    cases["a paragraph moved within a section moved, edited"] = (*SWAPPED, "en")
    cases |= {f"paragraphs {name} in a section moved": (*JOINS[name], "en") for name in sorted(JOINS)}
    cases["hebrew"] = (HEBREW, HEBREW.replace("שנה אחת", "שנתיים").replace("## 2. סוף", "## 2. חדש\n\nסעיף חדש.\n\n"
                                                                             "## 3. סוף"), "he")
    cases["urdu"] = (URDU, URDU.replace("ایک", "دو").replace("- دوسرا\n", "- دوسرا\n- تیسرا\n"), "ur")
    return cases


def _lines(lines) -> list[str]:
    """Non-empty lines spaced as a reader reads them, without the direction marks embedding a run. (LibreOffice 7.4
    keeps a removed column's cells, w:cellDel, emptied once every revision is accepted, where Word takes them away.)"""
    return [" ".join(line.replace("\u202b", "").replace("\u202c", "").split()) for line in lines if line.strip()]


def _said(data: bytes) -> set[str]:
    """The redline's own words: its paragraphs before the policy's title, and its italic ones (statuses, moves)."""
    out, started = set(), False
    for paragraph in docx.Document(io.BytesIO(data)).element.body.iter(qn("w:p")):
        style = paragraph.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
        started = started or (style is not None and style.get(qn("w:val")) == "Heading1")
        if not started or paragraph.find(f".//{qn('w:rPr')}/{qn('w:i')}") is not None:
            out.update(_lines(["".join(t.text or "" for t in paragraph.iter(qn("w:t")))]))
    return out


def test_libreoffice_accepts_and_rejects_every_revision_into_each_versions_text(tmp_path: Path):
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true: soffice is needed to read the .docx as an office suite does (.ci/run installs it)")
        pytest.skip("soffice not found: apt-get install libreoffice-writer-nogui")
    profile = tmp_path / "profile"
    run = [soffice, "--headless", f"-env:UserInstallation={profile.as_uri()}"]
    subprocess.run([*run, "--terminate_after_init"], check=True, capture_output=True, timeout=120)
    (profile / "user" / "basic" / "Standard" / "Module1.xba").write_text(MACRO, encoding="utf-8")
    written = []
    for n, (name, (old, new, lang)) in enumerate(_cases().items()):
        versions = [document.parse(synthetic_policy(date, sections=body), path=f"{lang}/index.md", lang=lang)
                    for date, body in (("2030-01-15", old), ("2030-02-01", new))]
        path = tmp_path / f"redline-{n}.docx"
        path.write_bytes(render_docx(redline.diff(*versions), author="Acme", lang=lang))
        written.append((name, path, versions, lang))
    (tmp_path / "list.txt").write_text("".join(f"{path}\n" for _, path, _, _ in written), encoding="utf-8")
    subprocess.run([*run, f'macro:///Standard.Module1.Every("{tmp_path / "list.txt"}")'], check=True,
                   capture_output=True, timeout=600)
    for name, path, (old, new), lang in written:
        said = _said(path.read_bytes())
        for suffix, version in ((".accepted.txt", new), (".rejected.txt", old)):
            got = [line for line in _lines(Path(f"{path}{suffix}").read_text(encoding="utf-8-sig").splitlines())
                   if line not in said]
            # each version's paragraphs, a table's row a line a cell, a superscript on the line (plain text)
            want = _lines(re.sub(r"\^\{([^}]*)\}", r"\1", cell)
                          for _, words in word.reading(version, word=redline.labels(lang)["section"])
                          for cell in words.split(" | "))
            assert got == want, (name, suffix)
