"""An archive build's entries that record the same section ids share them once read (archive._names).

A version records its own ids and those of the version before; an archive of 1,000 versions gave each build 4,000
tuples of the same words, made anew (entries_from_extra 10.1 -> 4.9 ms a language at 1,000 versions, perf16). What
each entry says is unchanged.
"""
from __future__ import annotations

from policysite import archive

IDS = ["s1", "s2", "s10-1"]


def _extra(*entries: dict) -> dict:
    return {"policy": {"archive": {"entries": list(entries), "today": "2026-01-01"}}}


def _entry(version: str, **fields) -> dict:
    return {"version": version, "changes": None, "pdf": "", "published": version, **fields}


def test_entries_recording_the_same_ids_share_them():
    entries = archive.entries_from_extra(_extra(
        _entry("2022-01-01", ids=list(IDS)), _entry("2022-02-01", ids=list(IDS), previous_ids=list(IDS)),
        _entry("2022-03-01", ids=[*IDS, "s3"], previous_ids=list(IDS)),
        _entry("2022-04-01", ids=[*IDS, "s3"], previous_ids=[*IDS, "s3"])))
    assert entries is not None
    assert [(e.ids, e.previous_ids) for e in entries] == [
        (tuple(IDS), ()), (tuple(IDS), tuple(IDS)), ((*IDS, "s3"), tuple(IDS)), ((*IDS, "s3"), (*IDS, "s3"))]
    assert entries[1].ids is entries[0].ids and entries[1].previous_ids is entries[0].ids
    assert entries[3].ids is entries[2].ids and entries[3].previous_ids is entries[2].ids


def test_ids_that_are_not_texts_are_each_read_as_recorded():
    entries = archive.entries_from_extra(_extra(*(_entry(f"2022-0{n}-01", ids=[value])
                                                  for n, value in enumerate([1, True, 1.0, "1"], start=1))))
    assert entries is not None
    assert [e.ids for e in entries] == [("1",), ("True",), ("1.0",), ("1",)]
    assert archive.entries_from_extra(_extra(_entry("2022-01-01", ids="s1"))) == \
        archive.entries_from_extra(_extra(_entry("2022-01-01")))  # (not a list: none, as before)
