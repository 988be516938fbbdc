"""A file in UTF-8 but for some bytes of another character set: text pasted from a Windows editor into a UTF-8 page,
a template in Latin-1 around UTF-8 content. Read whole as Windows-1252, its UTF-8 words were imported garbled,
`DonnÃ©es`, said only as "read as Windows-1252" (safety61 hunt): each byte that is no UTF-8 is read as Windows-1252,
the UTF-8 around it as UTF-8."""
from __future__ import annotations

import codecs

_HANDLER = "policysite-cp1252-bytes"


def _as_cp1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start:error.end].decode("cp1252", "replace"), error.end


codecs.register_error(_HANDLER, _as_cp1252)


def read(data: bytes) -> tuple[str, bool]:
    """`data` (not UTF-8 throughout) read as UTF-8 where it is, each other byte as Windows-1252; and whether it held
    UTF-8 beside them (read whole as Windows-1252, it gives other words)."""
    text = data.decode("utf-8", _HANDLER)
    return text, text != data.decode("cp1252", "replace")
