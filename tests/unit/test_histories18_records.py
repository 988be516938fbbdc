"""What a version's manifest records of its history (session 46, histories18): a text imported as public before the
site, said on the history page as added to the archive, in every language the site has words for; a manifest of an
older generator, which records none of it, still read."""
from __future__ import annotations

import json

import pytest
from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import archive, manifest as mf
from policysite.strings import STRINGS, strings

ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def _manifest(**more) -> bytes:
    entry = {"source": {"path": "docs/fr/index.md", "commit": "a" * 40, "sha256": "b" * 64},
             "files": {"index.html": "c" * 64}, **more}
    return json.dumps({"version": "2022-03-01", "languages": {"fr": entry}}).encode("utf-8")


def test_a_manifest_records_an_imported_text_and_an_older_one_reads_as_not_imported():
    assert mf.VersionManifest.loads(_manifest()).languages["fr"].imported is False
    read = mf.VersionManifest.loads(_manifest(imported=True))
    assert read.languages["fr"].imported is True
    assert json.loads(read.dumps())["languages"]["fr"]["imported"] is True
    assert "imported" not in json.loads(mf.VersionManifest.loads(_manifest()).dumps())["languages"]["fr"]
    with pytest.raises(mf.ManifestError):
        mf.VersionManifest.loads(_manifest(imported="yes"))


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_an_imported_version_is_added_to_the_archive_on_its_day_in_every_language(lang):
    """The day an imported text reached the site is not the day it was published: "published on" said it was."""
    t = strings(lang)
    assert t["added_on"] != t["published_on"] and "{date}" in t["added_on"]
    def page(imported: bool) -> str:
        entries = [archive.Entry("2021-01-05", None, published="2024-03-01", imported=imported),
                   archive.Entry("2024-05-02", None, published="2024-05-02")]
        return archive.history_page(env=ENV, lang=lang, entries=entries)

    added, published = (max(t[key].split("{date}"), key=len).strip() for key in ("added_on", "published_on"))
    imported, not_imported = page(True), page(False)
    assert imported.count(added) == not_imported.count(added) + 1, imported
    assert imported.count(published) == not_imported.count(published) - 1, imported


def test_a_manifest_records_each_sections_id_and_an_older_one_records_none():
    assert mf.VersionManifest.loads(_manifest()).languages["fr"].ids == []
    read = mf.VersionManifest.loads(_manifest(ids=["s1", "cookies", "s3"]))
    assert read.languages["fr"].ids == ["s1", "cookies", "s3"]
    assert json.loads(read.dumps())["languages"]["fr"]["ids"] == ["s1", "cookies", "s3"]
    assert "ids" not in json.loads(mf.VersionManifest.loads(_manifest()).dumps())["languages"]["fr"]
    for wrong in ("s1", [1, 2], {"s1": "s1"}):
        with pytest.raises(mf.ManifestError):
            mf.VersionManifest.loads(_manifest(ids=wrong))
