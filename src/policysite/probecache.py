"""The print engine's answers to `policy check`'s probes (glyphs.py), kept in the repository's git folder.

Asking Typst which characters its fonts draw costs a process of its own (Typst and pikepdf imported, the fonts
loaded: some 0.4 s), run again on every check for the same answer; and which words a PDF's text layer misreads
costs up to `glyphs.LAYER_PRINTS` prints of a page in Thai, Hebrew, Arabic or an Indic script. An answer is kept
under the digest of all it depends on (the caller's key: the probe, the fonts' bytes, the engine's version, the
code that asks and reads it), so that no change of any of them finds it; a file that cannot be read as answers is
ignored and written anew, and one that cannot be written is no error: the engine is asked. The last `KEPT` answers
are kept.
"""
from __future__ import annotations

import contextlib
import json
from pathlib import Path

from policysite import files, git

FILE = "glyphs.json"
FORMAT = 1
KEPT = 64


def folder(root: Path) -> Path | None:
    """Where `root`'s repository keeps the answers (`.git/policysite/`, shared by its worktrees); None outside one."""
    try:
        return git.common_dir(root) / "policysite"
    except git.GitError:
        return None


def load(place: Path | None, key: str) -> set[str] | None:
    """The characters kept as drawn under `key`, or None (none kept, no `place`, or a file not of answers)."""
    answer = _answers(place).get(key)
    if not isinstance(answer, list) or not all(isinstance(c, str) and len(c) == 1 for c in answer):
        return None
    return set(answer)


def load_words(place: Path | None, key: str) -> dict[str, str] | None:
    """The words kept as misread under `key`, each with what its text layer holds more or less, or None."""
    answer = _answers(place).get(key)
    if not isinstance(answer, dict) or not all(isinstance(w, str) and isinstance(v, str) for w, v in answer.items()):
        return None
    return dict(answer)


def save(place: Path | None, key: str, answer: set[str] | dict[str, str]) -> None:
    """Keep `answer` (characters drawn, or words misread) under `key` (the oldest answers beyond `KEPT` go); nothing
    when it cannot be written."""
    _save(place, FILE, key, sorted(answer) if isinstance(answer, set) else answer, KEPT)


# Which words a spelling dictionary holds (spelling._in_dictionary): loading one costs some 50 ms a language in every
# check (its 140,000-160,000 lines read, cut and sorted), for words the last check looked up already.
DICTIONARY_FILE = "dictionary.json"
DICTIONARY_KEPT = 8


def load_known(place: Path | None, key: str) -> tuple[set[str], set[str]] | None:
    """The words kept under `key` as in the dictionary and as not in it, or None."""
    answer = _answers(place, DICTIONARY_FILE).get(key)
    if not isinstance(answer, dict) or sorted(answer) != ["known", "unknown"] or not all(
            isinstance(words, list) and all(isinstance(w, str) for w in words) for words in answer.values()):
        return None
    return set(answer["known"]), set(answer["unknown"])


def save_known(place: Path | None, key: str, known: set[str], unknown: set[str]) -> None:
    """Keep under `key` the words in the dictionary and those not in it; nothing when it cannot be written."""
    _save(place, DICTIONARY_FILE, key, {"known": sorted(known), "unknown": sorted(unknown)}, DICTIONARY_KEPT)


def _save(place: Path | None, file: str, key: str, answer: object, kept: int) -> None:
    if place is None:
        return
    answers = _answers(place, file)
    answers.pop(key, None)
    answers[key] = answer
    with contextlib.suppress(OSError):
        place.mkdir(exist_ok=True)
        files.write_text(place / file, json.dumps({"format": FORMAT, "answers": dict(list(answers.items())[-kept:])}))
        # (whole, or not at all)


def _answers(place: Path | None, file: str = FILE) -> dict[str, object]:
    if place is None:
        return {}
    try:
        data = json.loads((place / file).read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):  # absent, cut, not UTF-8, not JSON, or nested beyond Python's stack
        return {}
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("answers"), dict):
        return {}
    return data["answers"]
