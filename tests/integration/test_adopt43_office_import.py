"""Adopt43: a company whose archive is Word 97-2003 and RTF files, following the README's adoption guide: each is
a version, committed as its .docx is, and said (it was refused, each file to save as .docx by hand)."""
from __future__ import annotations

import subprocess
from pathlib import Path

from helpers import git, policy_in_process
from integration.test_company10_unlike_dialonce import _company, _run  # noqa: F401 (the company's day and identity)
from unit.test_adopt43_office import _RTF, _soffice

URL = "https://privacy.acme.example/"


def test_an_archive_of_rtf_and_doc_files_is_imported_as_its_versions(tmp_path: Path) -> None:
    soffice = _soffice()
    site = tmp_path / "site"
    _run(["init", str(site), "--company", "Acme", "--languages", "en", "--url", URL])
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-2021-02-17.rtf").write_text(_RTF, encoding="ascii")
    later = tmp_path / "later.rtf"
    later.write_text(_RTF.replace("Acme and its", "Acme, its partners and its"), encoding="ascii")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to",
                    "doc", "--outdir", str(tmp_path), str(later)], check=True, capture_output=True, timeout=300)
    (tmp_path / "later.doc").rename(archive / "privacy-2023-05-01.doc")
    said = _run(["import", "--lang", "en", str(archive)], site)
    assert said.count("read as the Word document (.docx) LibreOffice converts the") == 2, said
    log = git(site, "log", "--format=%ad %s", "--date=short").splitlines()
    assert [line for line in log if "Import the English text" in line] == [
        "2023-05-01 Import the English text in force from May 1, 2023",
        "2021-02-17 Import the English text in force from February 17, 2021"], log
    page = (site / "docs" / "en" / "index.md").read_text(encoding="utf-8")
    assert "date: 2023-05-01" in page and "## 1. Scope\n\nThis policy applies to Acme, its partners and its " \
                                         "**customers** in Fréjus." in page, page
    checked = policy_in_process(["--root", str(site), "check"])
    assert "Traceback" not in checked.stdout + checked.stderr, checked
