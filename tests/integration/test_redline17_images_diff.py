"""`policy diff` of two dated versions whose page shows an image by the same name and the same alt text, the file's
bytes replaced between them (redline17): the image is read from each version's commit and said replaced, in the
text and in the Word document the command writes, not "no change"; the working tree's file is read as it is."""
from __future__ import annotations

import io
import json
import struct
import zlib

import pytest

from policy_repo import new_project

pytestmark = pytest.mark.usefixtures("commands_in_process")

FR = "Notre sceau ![Sceau de confiance](../img/sceau.png) figure sur chaque page."
EN = "Our seal ![Trust seal](../img/sceau.png) appears on every page."


def png(red: int) -> bytes:
    """A 1×1 PNG of one colour (no metadata: the image checks pass it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes([0, red, 0, 0]))) + chunk(b"IEND", b""))


@pytest.fixture
def project(tmp_path):
    project = new_project(tmp_path / "project")
    (project.root / "docs" / "img").mkdir()
    (project.root / "docs" / "img" / "sceau.png").write_bytes(png(10))
    project.commit("2024-01-10", fr=FR, en=EN)
    (project.root / "docs" / "img" / "sceau.png").write_bytes(png(200))
    project.commit("2024-02-20", fr=FR, en=EN)
    return project


def test_an_image_replaced_under_its_name_is_said_by_policy_diff(project, tmp_path):
    import docx
    from docx.oxml.ns import qn

    said = "Image «\u00a0Sceau de confiance\u00a0» remplacée par une autre de même description."
    result = project.run("diff", "2024-01-10", "2024-02-20")
    assert result.returncode == 0, result.stderr
    assert said in result.stdout and "§2" in result.stdout
    data = json.loads(project.run("diff", "2024-01-10", "2024-02-20", "--format", "json", "--lang", "en").stdout)
    assert [b["images"] for s in data["sections"] for b in s["blocks"] if "images" in b] == [
        [["replaced", "Trust seal", "Trust seal"]]]
    target = tmp_path / "redline.docx"
    written = project.run("diff", "2024-01-10", "2024-02-20", "--format", "docx", "-o", str(target), "--lang", "en")
    assert written.returncode == 0, written.stderr
    body = docx.Document(io.BytesIO(target.read_bytes())).element.body
    paragraphs = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for p in body.iter(qn("w:p"))]
    assert "Image “Trust seal” replaced by another of the same description." in paragraphs
    # the working tree's file, as it is: the same bytes as the last version's, then others
    assert "Image" not in project.run("diff", "2024-02-20", "worktree", "--lang", "en").stdout
    (project.root / "docs" / "img" / "sceau.png").write_bytes(png(99))
    assert "Image “Trust seal” replaced" in project.run("diff", "2024-02-20", "worktree", "--lang", "en").stdout
