"""Adopt45: a Word 97-2003 (.doc), RTF or WordPerfect file is read as what its first bytes say it is, whatever its name
(a .doc or RTF named .docx or .odt was refused, "save it as .docx"; a .wpd too), through LibreOffice, said; a .docx or
.odt named .doc is read as one, without LibreOffice; a PDF named .doc is refused saying what it is; and a file read for
its date and then for its text is converted once. LibreOffice is stood in for by a script (these tests need none); the
last test reads real files through it where it is installed."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import docx
import pytest

from policysite import messages
from policysite.convert import ConvertError, convert, dated_sources, office_legacy
from unit.test_convert_odt import odt

_DOC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)  # (Word 97-2003's container: the stand-in reads no further)
_RTF = b"{\\rtf1\\ansi Acme Privacy Policy\\par}"
_WPD = b"\xffWPC" + bytes(60)
_MARKDOWN = "# Acme Privacy Policy\n\nLast updated: March 1, 2023\n\n## 1. Scope\n\nThis policy applies to Acme.\n"


def _word(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("Acme Privacy Policy", 1)
    document.add_paragraph("Last updated: March 1, 2023")
    document.add_heading("1. Scope", 2)
    document.add_paragraph("This policy applies to Acme.")
    document.save(str(path))
    return path


def _stand_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A `soffice` first on PATH that writes a Word document (`_word`) wherever it is asked to convert a file, and
    notes in the file it returns the name of each file it was given."""
    folder = tmp_path / "bin"
    folder.mkdir()
    made, runs = _word(tmp_path / "made.docx"), tmp_path / "runs.txt"
    program = folder / "soffice"
    program.write_text('#!/bin/sh\nout=""; prev=""\nfor a in "$@"; do [ "$prev" = "--outdir" ] && out="$a"; prev="$a"; '
                       f'done\nbasename "$prev" >> "{runs}"\nmkdir -p "$out" && cp "{made}" "$out/text.docx"\n',
                       encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    assert office_legacy.program() == str(program)
    return runs


def _given(runs: Path) -> list[str]:
    return runs.read_text(encoding="utf-8").split() if runs.exists() else []


@pytest.mark.parametrize(("name", "data", "actual", "first"), [
    ("privacy-2021-01-01.docx", _DOC, ".doc", "D0 CF 11 E0 A1 B1 1A E1"),
    ("privacy-2021-01-01.docx", _RTF, ".rtf", "{\\rtf1\\a"),
    ("privacy-2021-01-01.odt", _DOC, ".doc", "D0 CF 11 E0 A1 B1 1A E1"),
    ("privacy-2021-01-01.doc", _RTF, ".rtf", "{\\rtf1\\a"),  # (Word's "Save As RTF" keeping the name)
    ("privacy-2021-01-01.wpd", _WPD, ".wpd", "FF 57 50 43 00 00 00 00")])
def test_a_legacy_document_is_read_through_libreoffice_as_what_its_bytes_are(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, data: bytes, actual: str, first: str):
    """LibreOffice is given the file as what it is (`text.doc`, not `text.docx`), the text read, and the name's other
    format said before the conversion's note, in French too."""
    runs = _stand_in(tmp_path, monkeypatch)
    path = tmp_path / name
    path.write_bytes(data)
    converted = convert(path, lang="en")
    assert converted.markdown == _MARKDOWN, converted.markdown
    assert _given(runs) == [f"text{actual}"]
    extension = path.suffix
    said = [str(note) for note in converted.notes[:2]]
    expected = [f"a {actual} document under a {extension} name (its first bytes: “{first}”): read as the {actual} "
                "document it is"] if actual != extension else []
    assert said[:len(expected) + 1] == [*expected, f"read as the Word document (.docx) LibreOffice converts the {actual} "
                                                   "file to (`soffice --convert-to docx`): compare the Markdown with the "
                                                   "document"]
    if expected:
        assert messages.said_in(converted.notes[0], "fr") == (
            f"un document {actual} sous un nom en {extension} (ses premiers octets\u00a0: «\u00a0{first}\u00a0»)\u00a0: lu comme le "
            f"document {actual} qu'il est")


def test_a_word_or_opendocument_file_named_doc_is_read_as_one_without_libreoffice(tmp_path: Path,
                                                                                  monkeypatch: pytest.MonkeyPatch):
    """"Save As" keeping the older name: a .docx or an .odt named .doc went to LibreOffice (refused where it is not
    installed); read as what it is, said."""
    monkeypatch.setattr(office_legacy, "program", lambda: None)
    word = tmp_path / "privacy-2021-01-01.doc"
    _word(word)
    read = convert(word, lang="en")
    assert read.markdown == _MARKDOWN, read.markdown
    first = word.read_bytes()[:8].hex(" ").upper()  # (`PK` and bytes no one can read)
    assert str(read.notes[0]) == f"a .docx document under a .doc name (its first bytes: “{first}”): read as the .docx " \
                                 "document it is"
    opendocument = odt(tmp_path / "privacy-2022-01-01.doc", "<text:h text:outline-level=\"1\">Scope</text:h>"
                                                             "<text:p>This policy applies to Acme.</text:p>")
    read = convert(opendocument, lang="en")
    assert "This policy applies to Acme." in read.markdown
    assert str(read.notes[0]).startswith("a .odt document under a .doc name (its first bytes: ")


def test_a_file_libreoffice_cannot_read_is_an_error_naming_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A PDF or a picture named .doc is said to be what it is, LibreOffice never run; a .wpd or a .doc named .docx
    where LibreOffice is absent names the file and the format it is in."""
    runs = _stand_in(tmp_path, monkeypatch)
    pdf = tmp_path / "privacy-2021-01-01.doc"
    pdf.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    with pytest.raises(ConvertError, match=r"^privacy-2021-01-01\.doc: a PDF under a \.doc name \(its first bytes: "
                                           r"“%PDF-1\.7”\)"):
        convert(pdf)
    assert _given(runs) == []
    monkeypatch.setattr(office_legacy, "program", lambda: None)
    for name, data, actual in (("privacy-2022-01-01.wpd", _WPD, ".wpd"), ("privacy-2023-01-01.docx", _DOC, ".doc")):
        (tmp_path / name).write_bytes(data)
        with pytest.raises(ConvertError) as absent:
            convert(tmp_path / name)
        assert str(absent.value).startswith(f"{name}: a {actual} document is read through LibreOffice, which is not "
                                            "installed here"), absent.value


def test_a_file_read_for_its_date_then_imported_is_converted_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """`privacy-2023-03.doc`, its name a month, its text the day (`Last updated: March 1, 2023`): its date was read
    by converting it (its text's day, month, period: up to three conversions), then it was converted again to import
    it, each a LibreOffice run of seconds. Once, whatever reads it; the same bytes under another name, once too, each
    error naming its own file."""
    runs = _stand_in(tmp_path, monkeypatch)
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "privacy-2023-03.doc").write_bytes(_DOC + b"march")
    found = dated_sources([archive], languages=("en",))
    assert [(source.path.name, source.date.isoformat()) for source in found] == [("privacy-2023-03.doc", "2023-03-01")]
    assert convert(found[0].path, lang="en").markdown == _MARKDOWN
    (archive / "copy-2024-01-01.doc").write_bytes(_DOC + b"march")
    assert convert(archive / "copy-2024-01-01.doc", lang="en").markdown == _MARKDOWN
    assert _given(runs) == ["text.doc"]
    monkeypatch.setattr(office_legacy, "program", lambda: None)
    for name in ("a-2024-02-01.doc", "b-2024-02-01.doc"):
        (archive / name).write_bytes(_DOC + b"absent")
        with pytest.raises(ConvertError, match=rf"^{name}: a \.doc document is read through LibreOffice"):
            convert(archive / name)


def test_real_documents_named_otherwise_are_read_through_libreoffice(tmp_path: Path):
    """LibreOffice itself (where installed: .ci/run installs it) reads a .doc named .docx and an RTF named .odt."""
    soffice = office_legacy.program()
    if soffice is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true: soffice is needed to read .doc and .rtf files (.ci/run installs it)")
        pytest.skip("soffice not found: the import of .doc and .rtf needs it (apt-get install libreoffice-writer-nogui)")
    rtf = tmp_path / "p.rtf"
    rtf.write_bytes(b"{\\rtf1\\ansi{\\stylesheet{\\s0 Normal;}{\\s1\\sbasedon0\\snext0\\b\\fs32 heading 1;}}\n"
                    b"{\\pard\\plain\\s1\\b\\fs32 Acme Privacy Policy\\par}\n{\\pard\\plain This policy applies to "
                    b"Acme.\\par}\n}\n")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to",
                    "doc", "--outdir", str(tmp_path / "doc"), str(rtf)], check=True, capture_output=True, timeout=300)
    renamed = {"privacy-2021-01-01.docx": (tmp_path / "doc" / "p.doc").read_bytes(),
               "privacy-2022-01-01.odt": rtf.read_bytes()}
    for name, data in renamed.items():
        (tmp_path / name).write_bytes(data)
        converted = convert(tmp_path / name, lang="en")
        assert converted.markdown == "# Acme Privacy Policy\n\nThis policy applies to Acme.\n", converted.markdown
        assert str(converted.notes[0]).startswith(f"a .{'doc' if name.endswith('docx') else 'rtf'} document under a "
                                                  f".{name.rpartition('.')[2]} name")
