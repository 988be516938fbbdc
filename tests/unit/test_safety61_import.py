"""safety61 hunt: files a company imports that it did not write (a former vendor's export, a page saved from a
browser, a Word document of unknown origin), read as what they are: imported with what was left out said, or refused
with an `error:` naming the file, never their bytes as the text."""
from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from policysite import messages
from policysite.convert import ConvertError, convert
from unit.test_convert import make_docx

PAGE = "<html><body><h1>Privacy</h1><h2>1. Who we are</h2><p>We are Example.</p></body></html>"


def _zipped(**parts: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _docx(tmp_path: Path) -> bytes:
    make_docx(tmp_path / "word.docx")
    return (tmp_path / "word.docx").read_bytes()


@pytest.mark.parametrize("extension", [".html", ".md", ".txt", ".json"])
@pytest.mark.parametrize(("kind", "made"), [
    ("docx", _docx),
    ("odt", lambda tmp: _zipped(mimetype=b"application/vnd.oasis.opendocument.text", **{"content.xml": b"<x/>"})),
    ("zip", lambda tmp: _zipped(**{"privacy.html": PAGE.encode()})),
    ("pdf", lambda tmp: b"%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"),
    ("gzip", lambda tmp: gzip.compress(PAGE.encode())),
    ("doc", lambda tmp: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)),
    ("picture", lambda tmp: b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ("binary", lambda tmp: b"\x7fELF\x02\x01\x01" + bytes(9) + bytes(range(1, 256)) * 4 + bytes(64)),
])
def test_a_file_of_another_format_under_a_text_s_name_is_refused_naming_what_it_is(tmp_path, extension, kind, made):
    """Read as text, a Word document saved as `privacy-2022-03-01.html` became the version `PK§»…[Content_Types].xml…`,
    a PDF its `%PDF-1.7 1 0 obj` line, a page a server sent compressed its gzip bytes: each imported, said nowhere."""
    path = tmp_path / f"privacy-2022-03-01{extension}"
    path.write_bytes(made(tmp_path))
    with pytest.raises(ConvertError) as refused:
        convert(path)
    said = messages.text_of(refused.value)
    assert said.startswith(f"{path.name}: ") and f"under a {extension} name" in said and "nothing imported" in said
    assert getattr(said, "key", "") == f"import.disguised/{kind}"
    assert "(rien n'a été importé)" in messages.said_in(said, "fr")


def test_a_text_with_a_stray_zero_byte_or_in_utf16_is_a_text(tmp_path):
    """A damaged copy's stray zero byte is dropped, as browsers drop it; UTF-16's zero bytes are its characters'."""
    stray = tmp_path / "privacy-2022-03-01.html"
    stray.write_bytes(PAGE.replace("We are", "We\x00 are").encode())
    assert "We are Example." in convert(stray).markdown
    wide = tmp_path / "privacy-2022-03-02.html"
    wide.write_bytes(PAGE.encode("utf-16-le"))
    assert "We are Example." in convert(wide).markdown
