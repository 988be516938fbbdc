"""Adopt31: the files a company gives as it keeps them."""
from __future__ import annotations

from pathlib import Path

from policysite.convert import dated_sources


def test_an_old_word_document_named_without_a_date_says_what_to_save_it_as(tmp_path: Path):
    """`Privacy Policy 2020.doc` named on the command line was "skipped: not Markdown, HTML, Word (.docx) or
    OpenDocument", then "no dated text found": not what to do with it. Said as a dated one is."""
    doc = tmp_path / "Privacy Policy 2020.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0")
    skipped: list[str] = []
    assert dated_sources([doc], skipped=skipped) == []
    assert [str(line) for line in skipped] == [
        f"{doc}: skipped: not Markdown (.md), HTML (.html), Word (.docx) or OpenDocument (.odt): open it in Word or "
        "LibreOffice and save it as Word (.docx)"]
    inside: list[str] = []  # (in a folder given, among the versions: a file of the site's, said as before)
    assert dated_sources([tmp_path], skipped=inside) == [] and [str(line) for line in inside] == [
        f"{doc}: skipped: not Markdown (.md), HTML (.html), Word (.docx) or OpenDocument (.odt)"]
