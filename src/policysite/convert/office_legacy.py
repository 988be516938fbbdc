"""Word 97-2003 documents (`.doc`) and Rich Text Format (`.rtf`), as companies kept their policies before .docx:
converted to .docx by LibreOffice (`soffice --headless --convert-to docx`) in a temporary folder, within a bounded
time, and read as a Word document is, said (adopt43: refused, "open it in Word and save it as .docx", an archive of
.doc files to convert one by one by hand).

LibreOffice runs with a profile of its own in that folder (no user's settings read or written, several imports at
once apart), in a process group of its own, ended whole when it outlasts its time.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from pathlib import Path

from policysite.convert import docx_source
from policysite.convert.model import Converted, ConvertError
from policysite.messages import Said

# Far more than LibreOffice takes for a policy (seconds, its first start included); a file that takes longer is
# damaged or no document, and the import says so rather than waiting.
SECONDS = 180
# A Word 97-2003 file or an RTF far larger than a policy's text (pictures inside): refused before LibreOffice reads it.
MAX_BYTES = 64 * 2**20


def program() -> str | None:
    """The LibreOffice command found on PATH (`soffice`, as Debian's libreoffice-writer installs it), else None."""
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, *, name: str) -> bytes:
    """`data` (the file `name`, a .doc or an .rtf) as LibreOffice saves it as Word (.docx); ConvertError when
    LibreOffice is not installed, takes longer than SECONDS, or writes no document."""
    extension = Path(name).suffix.lower()
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
    """Markdown of a .doc or .rtf document: the .docx LibreOffice converts it to, read as Word's are, said."""
    converted = docx_source.convert(to_docx(data, name=name), name=name, lang=lang)
    converted.notes.insert(0, Said("convert.office-converted", extension=Path(name).suffix.lower()))
    return converted
