"""The branch's manifests as this code read them, kept in the repository's git folder between commands.

Every command reads every manifest of the branch (its state: the versions, their times, themes, print keys, the
history's rows): at 1,000 versions 12 MB of JSON, 0.15 s a command, nearly all of it `json.loads` (perf17). A
manifest's reading is a function of its bytes and of the code that reads it, so the manifests read are kept, packed
(pickled, deflated: some 0.1 MB for 1,000), under the digest of that code (findingcache.checks_digest) and the
manifest folder, each by its blob id: the next command reads back the ones whose blob it finds and parses only the
others (one a publication). Only manifests that were read without error are kept: a malformed one is said by every
command. As document.py's kept parses: only who can change the repository's own hooks can write there; a file cut
short, of another shape or another code's, is not read (the manifests are then parsed as before).
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
KEPT = 16  # a file a code and manifest folder (a further document has its own)


def folder(common_dir: str | os.PathLike[str]) -> Path:
    """Where a repository whose common git folder is `common_dir` keeps them."""
    return Path(common_dir) / "policysite" / FOLDER


def _name(directory: str) -> str:
    return hashlib.sha256(f"{FORMAT}\0{findingcache.checks_digest()}\0{directory}".encode(
        "utf-8", "surrogatepass")).hexdigest()


def kept(place: Path | None, directory: str) -> dict[str, mf.VersionManifest]:
    """The manifests of `directory` kept by this code, by blob id (none where nothing whole is kept)."""
    packed = keptfiles.read(place, _name(directory))
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
    """Keep `manifests` (by blob id) as the ones of `directory` this code read, replacing those kept before."""
    if place is None:
        return
    try:
        packed = zlib.compress(pickle.dumps(manifests, protocol=pickle.HIGHEST_PROTOCOL), 1)
    except (pickle.PicklingError, RecursionError, TypeError):
        return
    keptfiles.write(place, _name(directory), packed, most=KEPT)
