"""The gate's findings about a commit it judged before, kept in the repository's git folder.

Judging a version (every check of `policy check` as of its commit) costs some 0.3 s of CPU, paid again for the same
answer by each `policy history --rebuild`, by `policy verify` for every version and by a publication that rebuilds
the archive. The findings are kept under the digest of everything they are a function of: the commit (its texts,
word lists, translation records and the history the staleness check replays, all named by its hash), every file
of the folder the checks read (the settings of the configuration the build uses), where the pages were, the texts
recorded as imported, which document and languages are judged, the day where it matters (`checks.day_key`), and
the checks themselves: every file of this package (code, vocabularies, locales), Python's and Unicode's versions and
the installed distributions. A change of any of them finds nothing kept, and the checks run. A kept file that
cannot be read as findings is ignored (the checks run, and it is written anew); one that cannot be written is no
error. The newest `KEPT` answers are kept, one file each (a rebuild of 1,000 versions writes 1,000 small files,
not one file 1,000 times).
"""
from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sys
import unicodedata
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from policysite import files, manifest, messages
from policysite.findings import ERROR, WARNING, Finding

FOLDER = "findings"
FORMAT = 1
KEPT = 4096


def folder(common_dir: str | os.PathLike[str]) -> Path:
    """Where a repository whose common git folder is `common_dir` keeps them (beside probecache's answers)."""
    return Path(common_dir) / "policysite" / FOLDER


def key(*, root: Path, commit: str, prefix: str, names: Mapping[str, str], imported: Iterable[str],
        document: str | None, langs: Iterable[str] | None, day: str) -> str:
    """The digest of all a snapshot's findings depend on (`root`: the folder the checks read; `names`: each of its
    files' name in the commit, where a page moved; `day`: `checks.day_key`)."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), checks_digest(), commit, prefix, json.dumps(sorted(names.items())),
                 json.dumps(sorted(imported)), repr(document), json.dumps(sorted(langs) if langs is not None else None),
                 day, _folder_digest(root)):
        digest.update(part.encode("utf-8", "surrogateescape") + b"\0")
    return digest.hexdigest()


def load(place: Path | None, digest: str) -> list[Finding] | None:
    """The findings kept under `digest`, or None (none kept, no `place`, or a file not of findings)."""
    if place is None:
        return None
    try:
        data = json.loads((place / f"{digest}.json").read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # absent, cut, not UTF-8, not JSON, nested beyond Python's stack
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != digest \
            or not isinstance(data.get("findings"), list):
        return None
    found = []
    for entry in data["findings"]:
        said = entry.pop("said", None) if isinstance(entry, dict) else None
        if not isinstance(entry, dict) or sorted(entry) != ["line", "message", "path", "rule", "severity"] \
                or not all(isinstance(entry[k], str) for k in ("path", "rule", "message")) \
                or type(entry["line"]) is not int or entry["severity"] not in (ERROR, WARNING):
            return None
        key, fields = said if isinstance(said, list) and len(said) == 2 and isinstance(said[1], dict) else ("", {})
        english = messages.catalogue(messages.DEFAULT)
        if not isinstance(key, str) or key not in english or not messages.fields_of(english[key]) <= set(fields):
            key, fields = "", {}  # (said as written, in English)
        found.append(Finding(**entry, key=key, fields=tuple(_decoded(fields).items())))
    return found


def _encoded(value: object) -> object:
    """A finding's field as JSON holds it: a `Said` as its key and fields."""
    if isinstance(value, messages.Said):
        return {"said": value.key, "fields": _encoded(value.fields)}
    if isinstance(value, dict):
        return {str(name): _encoded(one) for name, one in value.items()}
    if isinstance(value, (list, tuple)):
        return [_encoded(one) for one in value]
    return value if value is None or isinstance(value, (str, int, float, bool)) else str(value)


def _decoded(value: object) -> Any:
    """`_encoded`'s field back (a `Said` whose key no catalogue has: its key as text)."""
    if isinstance(value, dict) and set(value) == {"said", "fields"} and isinstance(value["fields"], dict):
        key = str(value["said"])
        if key in messages.catalogue(messages.DEFAULT):
            with contextlib.suppress(LookupError, ValueError, TypeError):
                return messages.Said(key, **_decoded(value["fields"]))
        return key
    if isinstance(value, dict):
        return {str(name): _decoded(one) for name, one in value.items()}
    if isinstance(value, list):
        return [_decoded(one) for one in value]
    return value


def save(place: Path | None, digest: str, findings: list[Finding]) -> None:
    """Keep `findings` under `digest` (the oldest files beyond `KEPT` go); nothing when it cannot be written."""
    if place is None:
        return
    with contextlib.suppress(OSError):
        place.mkdir(parents=True, exist_ok=True)
        files.write_text(place / f"{digest}.json", json.dumps(
            {"format": FORMAT, "key": digest, "findings": [
                {**f.as_dict(), **({"said": [f.key, _encoded(dict(f.fields))]} if f.key else {})} for f in findings]},
            ensure_ascii=False))
        kept = [place / name for name in os.listdir(place) if name.endswith(".json")]
        if len(kept) > KEPT:
            kept.sort(key=lambda path: path.stat().st_mtime_ns)
            for old in kept[:len(kept) - KEPT]:
                old.unlink(missing_ok=True)


def _folder_digest(root: Path) -> str:
    """Every file under `root` (name, kind and bytes; a link's target), as the checks may read them."""
    digest = hashlib.sha256()
    for folder, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names + [d for d in dirs if os.path.islink(os.path.join(folder, d))]):
            path = os.path.join(folder, name)
            rel = os.path.relpath(path, root).encode("utf-8", "surrogateescape")
            if os.path.islink(path):
                digest.update(b"l\0" + rel + b"\0" + os.fsencode(os.readlink(path)) + b"\0")
            else:
                with open(path, "rb") as file:
                    data = file.read()
                digest.update(b"f\0" + rel + b"\0" + str(len(data)).encode() + b"\0" + data)
    return digest.hexdigest()


@functools.cache
def checks_digest() -> str:
    """This package's every file (the checks' code, vocabularies, locales), Python's and Unicode's versions, and the
    distributions Python imports from (`installed`): once a process."""
    return hashlib.sha256(f"{sys.version}\0{unicodedata.unidata_version}\0{manifest.code_digest()}\0".encode()
                          + "\0".join(installed(sys.path)).encode("utf-8", "surrogateescape")).hexdigest()


def installed(entries: Iterable[str]) -> list[str]:
    """The distributions found on `entries` (sys.path), each named with its version as its folder names it
    (`mkdocs-1.6.1.dist-info`), the first found of each name (the one imported), sorted: not where they are, in
    which order, or beside which other folders (another PYTHONPATH, another venv's layout, keeps the answers), and
    not this package's own record (its files are in `manifest.code_digest`, however it is installed)."""
    found: dict[str, str] = {}
    for entry in filter(None, entries):
        try:
            names = sorted(os.listdir(entry))
        except OSError:
            continue
        for name in names:
            if name.endswith((".dist-info", ".egg-info")):
                project = name.removesuffix(".dist-info").removesuffix(".egg-info").split("-")[0]
                found.setdefault(project.lower().replace("_", "-").replace(".", "-"), name)
    found.pop("policysite", None)
    return sorted(found.values())
