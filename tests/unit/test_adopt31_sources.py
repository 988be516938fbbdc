"""Adopt31: the files a company gives as it keeps them."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import kinds_read
from policysite.convert import ConvertError, dated_sources


def test_an_old_word_document_named_without_a_date_says_what_to_save_it_as(tmp_path: Path):
    """`Privacy Policy 2020.wps` named on the command line was "skipped: not Markdown, HTML, Word (.docx) or
    OpenDocument", then "no dated text found": not what to do with it. Said as a dated one is. (A Works document: a
    Word 97-2003 `.doc` is read since adopt43, a WordPerfect `.wpd` since adopt45, through LibreOffice, a Word
    template `.dotx` since adopt47.)"""
    doc = tmp_path / "Privacy Policy 2020.wps"
    doc.write_bytes(b"PK\x03\x04")
    skipped: list[str] = []
    assert dated_sources([doc], skipped=skipped) == []
    assert [str(line) for line in skipped] == [
        f"{doc}: skipped: not a kind of file import reads ({kinds_read()}): open it in Word or "
        "LibreOffice and save it as Word (.docx)"]
    inside: list[str] = []  # (in a folder given, among the versions: a file of the site's, said as before)
    assert dated_sources([tmp_path], skipped=inside) == [] and [str(line) for line in inside] == [
        f"{doc}: skipped: not a kind of file import reads ({kinds_read()})"]


def test_one_text_of_a_date_in_two_formats_is_one_version_read_from_the_page(tmp_path: Path):
    """The page as published beside the Markdown (or Word) file it was made from, of one date, the same words: refused
    as "both are dated" (two texts of one date). One version, read from the page readers were shown, the other said;
    two files of one date whose words differ are still refused."""
    (tmp_path / "privacy-2021-02-17.md").write_text("# Privacy\n\n## 1. Data\n\nWe keep **your name**.\n",
                                                   encoding="utf-8")
    (tmp_path / "privacy-2021-02-17.html").write_text("<main><h1>Privacy</h1><h2>1. Data</h2><p>We keep your name.</p>"
                                                     "</main>", encoding="utf-8")
    skipped: list[str] = []
    found = dated_sources([tmp_path], skipped=skipped)
    assert [s.path.name for s in found] == ["privacy-2021-02-17.html"]
    assert [str(line) for line in skipped] == [
        f"{tmp_path}/privacy-2021-02-17.md: skipped: the text of February 17, 2021 in privacy-2021-02-17.html, its words the "
        "same: one version, read from the file readers were shown"]
    (tmp_path / "privacy-2021-02-17.md").write_text("# Privacy\n\n## 1. Data\n\nWe keep your e-mail.\n",
                                                   encoding="utf-8")
    with pytest.raises(ConvertError, match="both are dated February 17, 2021"):
        dated_sources([tmp_path])
