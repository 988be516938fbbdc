"""The Word redline's footer as an office suite prints it (redline21): LibreOffice (headless) fills in its fields, each
page numbered in the redline's words out of the whole ("Page 2 sur 5"), which the gate lets it hold
(unit/test_redline21_page_footer)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess

import pytest

from policysite import pdftext, redline
from policysite.redline.docx import render_docx
from unit.test_redline import policy


def test_libreoffice_numbers_each_page_of_the_word_redline(tmp_path):
    office = shutil.which("soffice")
    if office is None:
        pytest.skip("LibreOffice not installed")
    body = "".join(f"## {n}. Section {n}\n\n" + "We keep your data for one year. " * 30 + "\n\n" for n in range(1, 9))
    r = redline.diff(policy(body, lang="fr"), policy(body.replace("one year", "two years"), date="2030-02-01",
                                                     lang="fr"))
    (tmp_path / "redline.docx").write_bytes(render_docx(r, author="Acme", lang="fr"))
    subprocess.run([office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
                    str(tmp_path / "redline.docx")], check=True, capture_output=True, timeout=300,
                   env={**os.environ, "HOME": str(tmp_path)})
    said = re.findall(r"Page (\d+) sur (\d+)", pdftext.text((tmp_path / "redline.pdf").read_bytes()))
    pages = len(said)
    assert pages > 1 and said == [(str(n), str(pages)) for n in range(1, pages + 1)]
