"""A zip archive of earlier texts (as a legal team sends them), unpacked into a folder the import reads as any other."""
from __future__ import annotations

import stat
import zipfile
from pathlib import Path, PurePosixPath

from policysite.convert.model import ConvertError
from policysite.messages import Said, file_reason

# Far more than an archive of policies holds (a few MB each, with their saved pages' images): beyond, an archive that
# unpacks to fill the disk (a "zip bomb"), refused before a byte is written.
LIMIT = 512 << 20
MOST = 10_000


def unpacked(archive: Path, dest: Path) -> Path:
    """The folder `dest` holding `archive`'s files, as their names inside it say; ConvertError (naming the archive and
    the entry) for a damaged or encrypted archive, an entry named outside its folder (`../`, `/etc/…`), a symbolic
    link (its text would be a path of this machine, read as a version), or more than LIMIT bytes or MOST files."""
    try:
        with zipfile.ZipFile(archive) as zipped:
            entries = zipped.infolist()
            if len(entries) > MOST or sum(entry.file_size for entry in entries) > LIMIT:
                raise ConvertError(Said("import.zip-large", archive=archive.name, most=MOST, megabytes=LIMIT >> 20))
            for entry in entries:
                name = PurePosixPath(entry.filename.replace("\\", "/"))
                if name.is_absolute() or ".." in name.parts or (name.parts and name.parts[0].endswith(":")):
                    raise ConvertError(Said("import.zip-outside", archive=archive.name, entry=entry.filename))
                if stat.S_ISLNK(entry.external_attr >> 16):
                    raise ConvertError(Said("import.zip-link", archive=archive.name, entry=entry.filename))
                if entry.flag_bits & 0x1:
                    raise ConvertError(Said("import.zip-encrypted", archive=archive.name, entry=entry.filename))
            folder = dest / archive.name
            folder.mkdir(parents=True)
            for entry in entries:
                parts = [part for part in PurePosixPath(entry.filename.replace("\\", "/")).parts if part != "."]
                if not parts:
                    continue
                target = folder.joinpath(*parts)
                if entry.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with zipped.open(entry) as data, target.open("wb") as out:
                    written = 0
                    while chunk := data.read(1 << 20):  # the sizes it declares are not trusted: counted as read
                        written += len(chunk)
                        if written > entry.file_size:
                            raise ConvertError(Said("import.zip-oversize", archive=archive.name,
                                                    entry=entry.filename))
                        out.write(chunk)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError) as exc:
        raise ConvertError(Said("import.zip-unreadable", archive=archive.name, error=file_reason(exc))) from None
    return folder
