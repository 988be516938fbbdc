"""A zip of parts written here, each deflated by libdeflate (the Word redline's package): as Python's zipfile writes
one, entry for entry, fixed date, Unix permissions and all, but some 4 % fewer bytes than zlib's best for the
redline's document part (bench/README.md, session 47, perf8).

zipfile compresses with zlib and has no place for another compressor; the format is small enough to write (APPNOTE
6.3.x, 4.3: a local header and the data of each entry, then the central directory and its end record), and zipfile
reads the result back in the test that holds it to zipfile's own writing.
"""
from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping

# libdeflate's level: 10 finds 3-4 % fewer bytes than zlib's 9 in a redline's document.xml for some 5 ms; 12 another
# 0.3 % for twice that (as pdfpack.LEVEL)
LEVEL = 10
_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no build date in the bytes
_VERSION = 20  # (2.0: deflate; zipfile's for a deflated entry)
_UNIX = 3  # (the system that made it: zipfile's on Linux, so that the permissions below are read)
_MODE = 0o644 << 16
_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")


def zipped(parts: Mapping[str, bytes], *, level: int = LEVEL) -> bytes:
    """`parts` (name → bytes, in their order) as a zip file, each deflated, dated 1980-01-01 00:00, mode 0644."""
    import deflate

    year, month, day, hour, minute, second = _DATE
    date, time = (year - 1980) << 9 | month << 5 | day, hour << 11 | minute << 5 | second // 2
    out: list[bytes] = []
    central: list[bytes] = []
    at = 0
    for name, data in parts.items():
        packed = bytes(deflate.deflate_compress(data, level))
        raw_name = name.encode("ascii")  # (a part's name is ASCII: no UTF-8 flag)
        crc = zlib.crc32(data)
        local = _LOCAL.pack(b"PK\x03\x04", _VERSION, 0, 8, time, date, crc, len(packed), len(data), len(raw_name), 0)
        central.append(_CENTRAL.pack(b"PK\x01\x02", _UNIX << 8 | _VERSION, _VERSION, 0, 8, time, date, crc,
                                     len(packed), len(data), len(raw_name), 0, 0, 0, 0, _MODE, at) + raw_name)
        out += [local, raw_name, packed]
        at += len(local) + len(raw_name) + len(packed)
    directory = b"".join(central)
    end = _END.pack(b"PK\x05\x06", 0, 0, len(central), len(central), len(directory), at, 0)
    return b"".join(out) + directory + end
