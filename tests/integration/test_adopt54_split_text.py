"""Adopt54: a policy kept as several files in a dated folder, one per section, its index page linking them in order
(`privacy-2022-01-10/index.md` over `01-data.md` … `03-rights.md`). The import refused every file as having no date and
told the team to rename each after the folder's date (four texts of one day, refused again). It is now one version: the
index's words, then each file in the order the index links it, the index's list of links to them (a table of contents)
left out, the parts' headings one level below its title, a link from one part to another landing on that section, each
said. A folder whose index does not link every file is refused as before: nothing is left out unread."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")  # (as CI: no identity of the machine's)

DATA = Path(__file__).parents[1] / "data" / "adoption54" / "split"


def test_a_dated_folder_of_one_texts_files_linked_from_its_index_is_one_version(tmp_path, capsys):
    site = tmp_path / "orchard"
    assert cli.main(["init", str(site), "--company", "Orchardline Ltd", "--languages", "en"]) == 0
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(DATA)]) == 0
    out = capsys.readouterr().out
    assert "read with 01-data.md, 02-use.md, 03-rights.md as one text" in out and "the order the index page links" \
        in out and "left out the index page's 3 links to its parts" in out, out
    assert "recorded 1 change in the site's history" in out, out
    page = (site / "docs/en/index.md").read_text(encoding="utf-8")
    assert page.count("# Privacy Policy") == 1 and "](01-data.md)" not in page, page
    assert page.index("## 1. Data we collect") < page.index("## 2. How we use it") < page.index("## 3. Your rights"), page
    assert "See [your rights](#03-rights)." in page, page
    assert git(site, "log", "-1", "--format=%ad", "--date=short").strip() == "2022-01-10"
    assert cli.main(["--root", str(site), "check"]) == 0
    assert "no findings" in capsys.readouterr().err


def test_a_file_the_index_does_not_link_leaves_the_folder_refused(tmp_path, capsys):
    site = tmp_path / "orchard"
    assert cli.main(["init", str(site), "--company", "Orchardline Ltd", "--languages", "en"]) == 0
    archive = tmp_path / "archive"
    shutil.copytree(DATA, archive)
    (archive / "privacy-2022-01-10" / "04-notes.md").write_text("# Notes\n\nDraft remarks.\n", encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "import", "--lang", "en", str(archive)]) == 2
    err = capsys.readouterr().err
    assert "privacy-2022-01-10/04-notes.md: no date in the file name" in err, err
    assert not (site / "docs/en/index.md").exists()
