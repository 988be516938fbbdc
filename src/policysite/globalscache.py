"""The globals each theme script defines (script_globals.defined), read once a process and kept between commands.

The output check asks which names the theme's scripts define on the global object (safety.theme_globals) for each
set of theme folders it judges pages against: a publication asks for three (the build's, the root page's overrides,
the branch's), each holding Material's bundle, and `script_globals` reads a script token by token in Python: some
0.4 s of CPU a command (perf18), for the same answer every time. A script's names are a function of its source and
of the code that reads it, so each is read once a process (by its source) and, while `kept_in` a folder (the
repository's `.git/policysite/globals`, as document.parses_kept_in), kept there under the digest of its source and of
this code (findingcache.checks_digest). As the other kept files: only who can change the repository's own hooks can
write there; a file cut short or of another shape is not read (the script is read again).
"""
from __future__ import annotations

import functools
import hashlib

from policysite import keptfiles, script_globals

KEPT = 256  # (a theme holds some 30 scripts: Material's, the site's, their templates' inline ones)
_KEPT = keptfiles.Place()
kept_in = _KEPT.kept_in


@functools.lru_cache(maxsize=128)
def defined(source: str, *, declared: bool = True) -> frozenset[str]:
    """script_globals.defined of `source`, from what was kept where it was."""
    name = _name(source, declared)
    packed = keptfiles.read(_KEPT.folder, name) if _KEPT.folder is not None else None
    if packed is not None:
        try:
            return frozenset(packed.decode("utf-8").split("\n")) - {""}
        except UnicodeDecodeError:
            pass
    found = script_globals.defined(source, declared=declared)
    if _KEPT.folder is not None:
        keptfiles.write(_KEPT.folder, name, "\n".join(sorted(found)).encode("utf-8"), most=KEPT)
    return found


def _name(source: str, declared: bool) -> str:
    from policysite import findingcache

    return hashlib.sha256(f"globals\0{findingcache.checks_digest()}\0{declared}\0".encode()
                          + hashlib.sha256(source.encode("utf-8", "surrogatepass")).digest()).hexdigest()
