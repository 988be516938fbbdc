"""The branch's manifests as this code read them, kept in the repository's git folder between commands.

Every command reads every manifest of the branch (its state: the versions, their times, themes, print keys, the
history's rows): at 1,000 versions 12 MB of JSON, 0.15 s a command, nearly all of it `json.loads` (perf17). A
manifest's reading is a function of its bytes and of the code that reads it, so the manifests read are kept, packed
(pickled, deflated: some 0.1 MB for 1,000), under the digest of that code (findingcache.checks_digest) and the
manifest folder, each by its blob id: the next command reads back the ones whose blob it finds and parses only the
others (one a publication). Only manifests that were read without error are kept: a malformed one is said by every
command. As document.py's kept parses: only who can change the repository's own hooks can write there; a file cut
short, of another shape or another code's, is not read (the manifests are then parsed as before).

A publication adds one manifest: rewriting the whole file for it cost some 20 ms at 1,000 (pickle and deflate, linear
in N: perf17's note). The manifests kept so are in two files: the whole (`kept` read it, or `keep` wrote it, in this
process) and the ones added since, rewritten alone (perf18) until they are many (ADDED_MOST, or an eighth of the whole),
when the whole is written again. A blob's reading is the same in any file of this code, so any whole file read with any
file of additions is right, whichever process wrote them: at worst a manifest is parsed again.
"""
from __future__ import annotations

import hashlib
import os
import pickle
import zlib
from pathlib import Path

from policysite import findingcache, keptfiles, manifest as mf

FOLDER = "manifests"
FORMAT = 1
KEPT = 32  # two files a code and manifest folder (a further document has its own)
ADDED = ".added"  # (the name of the whole file, and this: the manifests added since it was written)
ADDED_MOST = 64

# The blob ids each whole file holds, as this process read or wrote it (by its path): what `keep` writes apart
_WHOLE: dict[str, frozenset[str]] = {}


def folder(common_dir: str | os.PathLike[str]) -> Path:
    """Where a repository whose common git folder is `common_dir` keeps them."""
    return Path(common_dir) / "policysite" / FOLDER


def _name(directory: str) -> str:
    return hashlib.sha256(f"{FORMAT}\0{findingcache.checks_digest()}\0{directory}".encode(
        "utf-8", "surrogatepass")).hexdigest()


def kept(place: Path | None, directory: str) -> dict[str, mf.VersionManifest]:
    """The manifests of `directory` kept by this code, by blob id (none where nothing whole is kept): the whole file's
    and those added since."""
    name = _name(directory)
    whole = _unpacked(keptfiles.read(place, name))
    if place is not None:
        _WHOLE[str(place / name)] = frozenset(whole)
    return {**whole, **_unpacked(keptfiles.read(place, name + ADDED))}


def _unpacked(packed: bytes | None) -> dict[str, mf.VersionManifest]:
    if packed is None:
        return {}
    try:
        found = pickle.loads(zlib.decompress(packed))
    except (pickle.UnpicklingError, zlib.error, EOFError, AttributeError, ImportError, TypeError, ValueError,
            IndexError, KeyError):
        return {}
    if not isinstance(found, dict) or not all(
            isinstance(blob, str) and isinstance(manifest, mf.VersionManifest) for blob, manifest in found.items()):
        return {}
    return found


def keep(place: Path | None, directory: str, manifests: dict[str, mf.VersionManifest]) -> None:
    """Keep `manifests` (by blob id) as the ones of `directory` this code read, replacing those kept before: those the
    whole file holds left as they are where it holds no other and the rest are few (`added_apart`)."""
    if place is None:
        return
    name = _name(directory)
    whole = _WHOLE.get(str(place / name))
    added = added_apart(whole, manifests)
    if added is not None:
        packed = _packed(added)
        if packed is not None:
            keptfiles.write(place, name + ADDED, packed, most=KEPT)
        return
    packed = _packed(manifests)
    if packed is None:
        return
    keptfiles.write(place, name, packed, most=KEPT)
    _WHOLE[str(place / name)] = frozenset(manifests)
    keptfiles.remove(place, name + ADDED)


def added_apart(whole: frozenset[str] | None, manifests: dict[str, mf.VersionManifest]
                ) -> dict[str, mf.VersionManifest] | None:
    """The manifests to keep beside a whole file holding the blobs `whole` (None: not known) so that both hold
    `manifests`, or None where the whole file is to be written again: it is not known, it holds a blob `manifests`
    lacks (a branch rewritten, another read), it holds them all (written again, as asked), or the others are more than
    ADDED_MOST and an eighth of it."""
    if not whole or not whole <= manifests.keys():
        return None
    added = {blob: manifest for blob, manifest in manifests.items() if blob not in whole}
    return added if 0 < len(added) <= max(ADDED_MOST, len(whole) // 8) else None


def _packed(manifests: dict[str, mf.VersionManifest]) -> bytes | None:
    try:
        return zlib.compress(pickle.dumps(manifests, protocol=pickle.HIGHEST_PROTOCOL), 1)
    except (pickle.PicklingError, RecursionError, TypeError):
        return None
