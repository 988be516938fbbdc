"""Word 97-2003 documents (`.doc`), Rich Text Format (`.rtf`) and WordPerfect's (`.wpd`), as companies kept their
policies before .docx: converted to .docx by LibreOffice (`soffice --headless --convert-to docx`) in a temporary
folder, within a bounded time, and read as a Word document is, said (adopt43: refused, "open it in Word and save it as
.docx", an archive of .doc files to convert one by one by hand).

LibreOffice runs with a profile of its own in that folder (no user's settings read or written, several imports at
once apart), in a process group of its own, ended whole when it outlasts its time. A file is read as what its first
bytes say it is, whatever its name (a .doc saved as RTF, a .docx or .odt named .doc, a .doc named .docx or .odt), and
converted once per run however many times the import reads it (its date, then its text: `to_docx` keeps what it made).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from policysite.convert import disguised, docx_source
from policysite.convert.model import Converted, ConvertError
from policysite.messages import Said

# Far more than LibreOffice takes for a policy (seconds, its first start included); a file that takes longer is
# damaged or no document, and the import says so rather than waiting.
SECONDS = 180
# A Word 97-2003 file or an RTF far larger than a policy's text (pictures inside): refused before LibreOffice reads it.
MAX_BYTES = 64 * 2**20
# The formats LibreOffice reads that import reads no other way, by their first bytes: Word 97-2003's container (its
# .doc, .dot), Rich Text Format, WordPerfect's documents (.wpd, from 5.x on)
_SIGNATURES = ((b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", ".doc"), (b"{\\rtf", ".rtf"), (b"\xffWPC", ".wpd"))
# What LibreOffice made of each file this run (by its bytes, its format, and the LibreOffice and bound converting it):
# the .docx or the error, the oldest forgotten beyond these bounds
_MADE: dict[tuple[str, str, str, int], bytes | Said] = {}
_MADE_FILES, _MADE_BYTES = 64, 256 * 2**20


def program() -> str | None:
    """The LibreOffice command found on PATH (`soffice`, as Debian's libreoffice-writer installs it), else None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def written_as(data: bytes) -> str:
    """The extension of the format LibreOffice reads `data` in, by its first bytes (".doc", ".rtf", ".wpd"), "" for
    another."""
    start = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:8] if data[:1] != b"\xd0" else data[:8]
    return next((extension for signature, extension in _SIGNATURES if start.startswith(signature)), "")


def to_docx(data: bytes, *, name: str, extension: str = "") -> bytes:
    """`data` (the file `name`, a .doc, an .rtf or a .wpd: `extension`, else its name's) as LibreOffice saves it as
    Word (.docx); ConvertError when LibreOffice is not installed, takes longer than SECONDS, or writes no document.
    A file converted before this run is not converted again (the same bytes, LibreOffice and bound): what it gave."""
    extension = extension or Path(name).suffix.lower()
    soffice = program()
    try:
        made = os.stat(soffice).st_mtime_ns if soffice else 0
    except OSError:
        made = 0
    key = (hashlib.sha256(data).hexdigest(), extension, f"{soffice}:{made}", SECONDS)
    if key not in _MADE:
        try:
            _MADE[key] = _converted(data, name=name, extension=extension)
        except ConvertError as error:
            _MADE[key] = error.args[0]
        while len(_MADE) > _MADE_FILES or sum(len(v) for v in _MADE.values() if isinstance(v, bytes)) > _MADE_BYTES:
            del _MADE[next(iter(_MADE))]
    found = _MADE.get(key)
    if isinstance(found, bytes):
        return found
    if found is None:  # (a .docx beyond the bounds alone, forgotten at once)
        return _converted(data, name=name, extension=extension)
    raise ConvertError(found if found.fields.get("name") == name else Said(found.key, **{**found.fields, "name": name}))


def _converted(data: bytes, *, name: str, extension: str) -> bytes:
    """`to_docx`, converting."""
    if len(data) > MAX_BYTES:
        raise ConvertError(Said("import.office-large", name=name, size=f"{len(data) / 2**20:.0f}",
                                most=MAX_BYTES // 2**20))
    soffice = program()
    if soffice is None:
        raise ConvertError(Said("import.office-missing", name=name, extension=extension))
    with tempfile.TemporaryDirectory(prefix="policysite-office-") as folder:
        root = Path(folder)
        source, out = root / f"text{extension}", root / "out"
        source.write_bytes(data)
        command = [soffice, "--headless", "--norestore", "--nologo", "--nolockcheck",
                   f"-env:UserInstallation={(root / 'profile').as_uri()}",
                   "--convert-to", "docx:MS Word 2007 XML", "--outdir", str(out), str(source)]
        try:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=subprocess.PIPE, start_new_session=True, cwd=root)
        except OSError as exc:
            raise ConvertError(Said("import.office-failed", name=name, error=str(exc.strerror or exc))) from None
        try:
            said, errors = process.communicate(timeout=SECONDS)
        except subprocess.TimeoutExpired:
            _end(process)
            raise ConvertError(Said("import.office-timeout", name=name, seconds=SECONDS)) from None
        converted = out / "text.docx"
        if process.returncode != 0 or not converted.is_file() or converted.stat().st_size == 0:
            lines = [line.strip() for line in (errors + said).decode("utf-8", "replace").splitlines() if line.strip()]
            raise ConvertError(Said("import.office-failed", name=name,
                                    error=lines[-1][:200] if lines else f"exit {process.returncode}"))
        return converted.read_bytes()


def _end(process: subprocess.Popen[bytes]) -> None:
    """Ends LibreOffice and the processes it started (its launcher starts the program apart), then reaps it."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        process.kill()
    process.communicate()


def convert(data: bytes, *, name: str, lang: str = "") -> Converted:
    """Markdown of a .doc, .rtf or .wpd document: the .docx LibreOffice converts it to, read as Word's are, said. Read
    as what its first bytes say it is, said where its name says otherwise: a Word or OpenDocument file named .doc as
    one (no LibreOffice needed), a .doc or RTF named .docx or .odt through LibreOffice; a PDF, a picture, an archive
    named .doc refused, saying what it is."""
    extension = Path(name).suffix.lower()
    kind, first = disguised.what(data), disguised.first_bytes(data)
    if kind in ("docx", "odt"):  # "Save As" keeping the older name
        from policysite.convert import odt_source

        read = (docx_source if kind == "docx" else odt_source).convert(data, name=name, lang=lang)
        read.notes.insert(0, Said("convert.office-renamed", actual=f".{kind}", extension=extension, first=first))
        return read
    if kind in ("pdf", "gzip", "picture", "archive"):
        raise ConvertError(Said(f"import.office-disguised/{kind}", name=name, extension=extension, first=first))
    actual = written_as(data) or extension
    converted = docx_source.convert(to_docx(data, name=name, extension=actual), name=name, lang=lang)
    renamed = [Said("convert.office-renamed", actual=actual, extension=extension, first=first)] \
        if actual != extension else []
    converted.notes[:0] = [*renamed, Said("convert.office-converted", extension=actual)]
    return converted
