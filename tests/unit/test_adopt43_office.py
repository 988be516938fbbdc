"""Adopt43: Word 97-2003 (`.doc`) and RTF policies, read through LibreOffice (refused before: "save it as .docx").
The conversions need LibreOffice (`soffice`, which .ci/run installs): without it they are skipped, saying so (on CI,
where it must be, they fail); what the import says when LibreOffice is absent, fails or hangs is tested with stand-ins
for it, everywhere."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import cli, messages
from policysite.convert import ConvertError, convert, dated_sources, office_legacy
from policysite.convert.sources import FORMATS

# A privacy policy as Word writes RTF: Word's heading styles (`heading 1`, `heading 2`), a bold word, an accent written
# as RTF escapes it, a link field.
_RTF = r"""{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Arial;}}
{\stylesheet{\s0 Normal;}{\s1\sbasedon0\snext0\b\fs32 heading 1;}{\s2\sbasedon0\snext0\b\fs28 heading 2;}}
{\pard\plain\s1\b\fs32 Acme Privacy Policy\par}
{\pard\plain\s2\b\fs28 1. Scope\par}
{\pard\plain This policy applies to Acme and its {\b customers} in Fr\'e9jus.\par}
{\pard\plain\s2\b\fs28 2. Your rights\par}
{\pard\plain You may object at {\field{\*\fldinst HYPERLINK "mailto:dpo@example.com"}{\fldrslt dpo@example.com}}.\par}
}
"""
_MARKDOWN = ("# Acme Privacy Policy\n\n## 1. Scope\n\nThis policy applies to Acme and its **customers** in Fréjus.\n\n"
             "## 2. Your rights\n\nYou may object at [dpo@example.com](mailto:dpo@example.com).\n")


def _soffice() -> str:
    found = office_legacy.program()
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true: soffice is needed to read .doc and .rtf files (.ci/run installs it)")
        pytest.skip("soffice not found: the import of .doc and .rtf needs it (apt-get install libreoffice-writer-nogui)")
    return found


def test_an_rtf_and_a_word_97_document_are_read_as_the_docx_libreoffice_makes_of_them(tmp_path: Path):
    """A dated `.rtf` or `.doc` (Word 97-2003, as older archives keep a policy) was refused, "open it in Word or
    LibreOffice and save it as Word (.docx)", each file by hand: each is a version, read through LibreOffice as a
    Word document is (headings, bold, links), and said."""
    soffice = _soffice()
    rtf = tmp_path / "privacy-2021-02-17.rtf"
    rtf.write_text(_RTF, encoding="ascii")
    subprocess.run([soffice, "--headless", f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--convert-to",
                    "doc", "--outdir", str(tmp_path / "doc"), str(rtf)], check=True, capture_output=True, timeout=300)
    doc = tmp_path / "privacy-2023-05-01.doc"
    (tmp_path / "doc" / "privacy-2021-02-17.doc").rename(doc)
    assert [(source.path.name, source.format) for source in dated_sources([tmp_path])] == [
        ("privacy-2021-02-17.rtf", "office"), ("privacy-2023-05-01.doc", "office")]
    for path in (rtf, doc):
        converted = convert(path, lang="en")
        assert converted.markdown == _MARKDOWN, converted.markdown
        assert converted.notes[0] == (f"read as the Word document (.docx) LibreOffice converts the {path.suffix} file to "
                                      "(`soffice --convert-to docx`): compare the Markdown with the document")
        assert messages.said_in(converted.notes[0], "fr").startswith(
            "lu comme le document Word (.docx) en lequel LibreOffice convertit le fichier")
    damaged = tmp_path / "privacy-2024-01-01.doc"
    damaged.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    with pytest.raises(ConvertError, match=r"^privacy-2024-01-01\.doc: LibreOffice could not convert it to Word"):
        convert(damaged)


def _stand_in(tmp_path: Path, script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A program standing for LibreOffice's `soffice`, found first on PATH, running `script` (a shell's)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "soffice"
    program.write_text(f"#!/bin/sh\n{script}\n", encoding="utf-8")
    program.chmod(0o755)
    monkeypatch.setenv("PATH", f"{folder}{os.pathsep}{os.environ.get('PATH', '')}")
    assert office_legacy.program() == str(program)


def test_libreoffice_absent_failing_or_hanging_is_an_error_naming_the_file(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch):
    """Each is an `error:` line naming the file and what to do (install LibreOffice, or save the file as .docx),
    never a traceback; a LibreOffice that hangs is ended within the import's bound."""
    source = tmp_path / "privacy-2021-02-17.rtf"
    source.write_text(_RTF, encoding="ascii")
    monkeypatch.setattr(office_legacy, "program", lambda: None)
    with pytest.raises(ConvertError) as absent:
        convert(source)
    assert str(absent.value) == (
        "privacy-2021-02-17.rtf: a .rtf document is read through LibreOffice, which is not installed here (no "
        "`soffice` command): install LibreOffice Writer (Debian, Ubuntu: `apt-get install libreoffice-writer-nogui`), "
        "or open it in Word or LibreOffice and save it as Word (.docx)")
    monkeypatch.undo()
    _stand_in(tmp_path, 'echo "Error: source file could not be loaded" >&2; exit 1', monkeypatch)
    with pytest.raises(ConvertError) as failed:
        convert(source)
    assert str(failed.value).startswith("privacy-2021-02-17.rtf: LibreOffice could not convert it to Word (.docx) "
                                        "(Error: source file could not be loaded): "), failed.value
    shutil.rmtree(tmp_path / "bin")
    _stand_in(tmp_path, "exec sleep 30", monkeypatch)
    monkeypatch.setattr(office_legacy, "SECONDS", 1)
    with pytest.raises(ConvertError, match=r"^privacy-2021-02-17\.rtf: LibreOffice did not convert it to Word \(\.docx\) "
                                           r"within 1 seconds"):
        convert(source)


def test_the_help_of_policy_import_lists_every_format_it_reads(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    """`policy import --help` named `.md, .html or .docx`: every extension the import reads (sources.FORMATS) is
    listed, in every language of the messages."""
    for lang in messages.LANGUAGES:
        with pytest.raises(SystemExit):
            cli.main(["--root", str(tmp_path), "import", "--messages", lang, "--help"])
        shown = " ".join(capsys.readouterr().out.split())
        assert set(FORMATS) <= set(re.findall(r"\.[a-z]+\b", shown)), (lang, shown)
        assert ("fichiers ou dossiers dont les noms" in shown) == (lang == "fr"), shown
