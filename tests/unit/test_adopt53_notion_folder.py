"""Adopt53: a page Notion exported (`Privacy Policy 2021-06-01 4f2a….md`) comes with a folder of the same name holding
its subpages and images. Given the export's folder, the import refused everything: the subpage, whose name holds no
date, was taken for a version to rename. A Notion page's folder is now read as what it is: its undated files are
skipped and said, naming the page; a dated file there is still a version, and an undated page elsewhere is still
refused."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from policysite.convert import ConvertError, dated_sources
from policysite.convert.sources import notion_page_of

DATA = Path(__file__).parents[1] / "data" / "adoption53" / "notion"
PAGE = "Privacy Policy 2021-06-01 4f2a9b1c3d5e4f60a1b2c3d4e5f60718"


def test_the_pages_folder_is_skipped_and_said(tmp_path: Path):
    export = tmp_path / "export"
    shutil.copytree(DATA, export)
    skipped: list[str] = []
    sources = dated_sources([export], skipped=skipped, languages=("en",))
    assert [(source.path.name, source.date.isoformat()) for source in sources] == [(f"{PAGE}.md", "2021-06-01")]
    said = [str(line) for line in skipped]
    assert len(said) == 2, said
    assert all("skipped: a subpage or file of the page " + PAGE + ".md in the folder Notion exported" in line
               for line in said), said
    assert any("Data map" in line for line in said) and any("logo.png" in line for line in said)


def test_a_dated_file_in_the_folder_is_still_a_version(tmp_path: Path):
    export = tmp_path / "export"
    shutil.copytree(DATA, export)
    (export / PAGE / "privacy-2022-01-10.md").write_text("# Privacy\n\nWe keep names.\n", encoding="utf-8")
    sources = dated_sources([export], skipped=[], languages=("en",))
    assert [source.date.isoformat() for source in sources] == ["2021-06-01", "2022-01-10"]


def test_an_undated_page_in_another_folder_is_still_refused(tmp_path: Path):
    export = tmp_path / "export"
    shutil.copytree(DATA, export)
    other = export / "Archive"  # no Notion id: not the folder of a page
    other.mkdir()
    (other / "Data map.md").write_text("# Data map\n\nNames.\n", encoding="utf-8")
    with pytest.raises(ConvertError, match="no date in the file name"):
        dated_sources([export], skipped=[], languages=("en",))
    assert notion_page_of(other / "Data map.md", [export]) is None
    assert notion_page_of(export / f"{PAGE}.md", [export]) is None
