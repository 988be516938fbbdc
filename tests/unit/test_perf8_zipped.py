"""The Word redline's package written by zipped (libdeflate): zipfile's entries, fewer bytes (issue 16)."""
from __future__ import annotations

import io
import shutil
import subprocess
import zipfile

import pytest

from helpers import FROZEN
from policysite import document, docxactions, redline, zipped
from policysite.redline import docx


def _by_zipfile(parts: dict[str, bytes]) -> bytes:
    """`parts` as the redline wrote them before: zipfile, zlib's level 9, the same date and mode."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, data, compresslevel=9)
    return out.getvalue()


def _entries(data: bytes) -> list[tuple[object, ...]]:
    """Each entry as zipfile reads it back, every field but the compressed size and where it starts."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert archive.testzip() is None
        return [(i.filename, i.date_time, i.compress_type, i.create_system, i.create_version, i.extract_version,
                 i.flag_bits, i.external_attr, i.internal_attr, i.extra, i.comment, i.CRC, i.file_size,
                 archive.read(i.filename)) for i in archive.infolist()]


@pytest.fixture(scope="module")
def package() -> bytes:
    old = document.parse((FROZEN / "fr" / "index.md").read_text(encoding="utf-8"), path="fr/a.md", lang="fr")
    text = (FROZEN / "fr" / "index.md").read_text(encoding="utf-8").replace("données", "informations", 3)
    new = document.parse(text.replace("date: 2021-02-17", "date: 2021-03-01"), path="fr/b.md", lang="fr")
    return docx.render_docx(redline.diff(old, new), author="Acme SAS", lang="fr")


def test_the_package_holds_what_zipfile_wrote_in_fewer_bytes(package):
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    assert "word/document.xml" in parts and len(parts["word/document.xml"]) > 20_000
    before = _by_zipfile(parts)
    assert _entries(package) == _entries(before)
    assert len(package) < len(before) - 300, (len(package), len(before))
    assert zipped.zipped(parts) == package  # (the same parts give the same bytes)


def test_a_zip_of_any_parts_reads_back_as_written(tmp_path):
    parts = {"a.txt": b"", "dir/b.bin": bytes(range(256)) * 40, "[Content_Types].xml": "é".encode() * 1000}
    data = zipped.zipped(parts)
    assert _entries(data) == _entries(_by_zipfile(parts))
    if shutil.which("unzip"):  # (a second reader: Info-ZIP's)
        (tmp_path / "x.zip").write_bytes(data)
        tested = subprocess.run(["unzip", "-t", str(tmp_path / "x.zip")], capture_output=True, text=True)
        assert tested.returncode == 0 and "No errors detected" in tested.stdout, tested.stdout


def test_the_gate_reads_the_redline_as_it_read_zipfile_s(package):
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        before = _by_zipfile({name: archive.read(name) for name in archive.namelist()})
    assert docxactions.docx_action(package) == docxactions.docx_action(before) == ""
    assert docxactions.docx_private(package) == docxactions.docx_private(before)
