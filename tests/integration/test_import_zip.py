"""`policy import` of a zip archive of earlier texts, as a legal team sends it: read as the folder it holds; one that
would write outside its folder, through a link, or fill the disk is refused, nothing imported."""
from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from helpers import git
from policysite import cli
from policysite.convert import zipped

pytestmark = pytest.mark.usefixtures("fixed_git")


def page(updated: str, words: str) -> str:
    return (f"# Example Ltd privacy notice\n\nLast updated: {updated}\n\n## 1. Who we are\n\nExample Ltd sells garden "
            f"tools. {words}\n\n## 2. Contact\n\nWrite to privacy@example.test.\n")


def new_site(tmp_path: Path, capsys) -> Path:
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en"]) == 0
    capsys.readouterr()
    return site


def test_a_zip_of_dated_texts_is_imported_as_the_folder_it_holds(tmp_path, capsys):
    archive = tmp_path / "privacy archive.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("archive/", "")
        out.writestr("archive/privacy-2021-03-01.md", page("March 1, 2021", "One."))
        out.writestr("archive/privacy-2022-06-01.md", page("June 1, 2022", "Two."))
        out.writestr("__MACOSX/archive/._privacy-2022-06-01.md", b"\0\5\26\7")  # Finder's resource fork
    site = new_site(tmp_path, capsys)

    assert cli.main(["--root", str(site), "import", "--lang", "en", str(archive)]) == 0
    out = capsys.readouterr().out
    assert "recorded 2 changes in the site's history" in out
    log = git(site, "log", "--format=%ad %s", "--date=short").splitlines()
    assert [line.split()[0] for line in log[:2]] == ["2022-06-01", "2021-03-01"]
    assert "Two." in (site / "docs/en/index.md").read_text(encoding="utf-8")


def test_the_files_of_a_zip_are_named_in_it_not_in_a_temporary_folder(tmp_path, capsys):
    """A zip of both languages' folders imported for one: each file of the other said as `archive.zip/en/…`, never as
    the temporary folder it was unpacked into (`/tmp/policy-import-…/unzipped/0/…`), which is gone when it is read."""
    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w") as out:
        out.writestr("en/privacy-2021-03-01.md", page("March 1, 2021", "One."))
        out.writestr("de/privacy-2021-03-01.md", page("March 1, 2021", "Eins."))
    site = tmp_path / "site"
    assert cli.main(["init", str(site), "--company", "Example Ltd", "--languages", "en,de"]) == 0
    capsys.readouterr()

    assert cli.main(["--root", str(site), "import", "--lang", "en", str(archive)]) == 0
    out = capsys.readouterr().out
    assert f"{archive}/de/privacy-2021-03-01.md: skipped: its folder says it is the German text" in out
    assert "policy-import-" not in out


def _zip_with(path: Path, name: str, data: bytes = b"x", *, link: bool = False) -> Path:
    with zipfile.ZipFile(path, "w") as out:
        out.writestr("privacy-2021-03-01.md", page("March 1, 2021", "One."))
        info = zipfile.ZipInfo(name)
        if link:
            info.external_attr = (stat.S_IFLNK | 0o777) << 16
        out.writestr(info, data)
    return path


@pytest.mark.parametrize("kind", ["outside", "absolute", "link", "bomb", "damaged"])
def test_a_zip_that_would_write_outside_read_a_link_or_fill_the_disk_is_refused(tmp_path, capsys, kind, monkeypatch):
    archive = tmp_path / "archive.zip"
    if kind == "outside":
        _zip_with(archive, "../privacy-2022-06-01.md", page("June 1, 2022", "Two.").encode())
    elif kind == "absolute":
        _zip_with(archive, "/tmp/privacy-2022-06-01.md", page("June 1, 2022", "Two.").encode())
    elif kind == "link":
        _zip_with(archive, "privacy-2022-06-01.md", b"/etc/passwd", link=True)
    elif kind == "bomb":
        monkeypatch.setattr(zipped, "LIMIT", 1000)
        _zip_with(archive, "privacy-2022-06-01.md", b" " * 2000)
    else:
        archive.write_bytes(b"PK\3\4 not a zip at all")
    site = new_site(tmp_path, capsys)
    before = git(site, "rev-parse", "HEAD")

    assert cli.main(["--root", str(site), "import", "--lang", "en", str(archive)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: archive.zip: ") and "nothing imported" in err and "Traceback" not in err
    assert {"outside": "named outside the archive's folder", "absolute": "named outside the archive's folder",
            "link": "a symbolic link", "bomb": "far more than an archive of policies holds",
            "damaged": "cannot be read as a zip archive"}[kind] in err
    assert git(site, "rev-parse", "HEAD") == before and not git(site, "status", "--porcelain")
    assert not (tmp_path / "privacy-2022-06-01.md").exists()


def test_a_zip_inside_a_folder_given_is_read_as_the_folder_it_holds(tmp_path, capsys):
    """History 26: the legal team's folder holding the older texts zipped beside the newer ones: the zip was left out
    ("skipped: a zip archive: unzip it"), its versions never imported (and, left out, never importable after the later
    ones). It is read as a folder, and said; a copy of a file in it beside it is one text; a zip inside it is still
    left out, said; more than 20 zips in the folders is refused, nothing imported."""
    sent = tmp_path / "sent"
    sent.mkdir()
    with zipfile.ZipFile(sent / "older texts.zip", "w") as out:
        out.writestr("old/privacy-2021-03-01.md", page("March 1, 2021", "One."))
        out.writestr("old/privacy-2022-06-01.md", page("June 1, 2022", "Two."))
        out.writestr("old/deeper.zip", b"PK\5\6" + b"\0" * 18)  # an empty zip, inside the zip
    (sent / "privacy-2022-06-01.md").write_text(page("June 1, 2022", "Two."), encoding="utf-8")  # also unzipped
    (sent / "privacy-2023-01-10.md").write_text(page("January 10, 2023", "Three."), encoding="utf-8")
    site = new_site(tmp_path, capsys)

    assert cli.main(["--root", str(site), "import", "--lang", "en", str(sent)]) == 0
    out = capsys.readouterr().out
    assert f"{sent / 'older texts.zip'}: a zip archive: its files are read as a folder's" in out
    assert "deeper.zip: skipped: a zip archive: unzip it" in out
    log = git(site, "log", "--format=%ad %s", "--date=short").splitlines()
    assert [line.split()[0] for line in log if "Import the English text" in line] == ["2023-01-10", "2022-06-01",
                                                                                 "2021-03-01"]

    many = tmp_path / "many"
    many.mkdir()
    for n in range(21):
        with zipfile.ZipFile(many / f"part {n}.zip", "w") as out_zip:
            out_zip.writestr(f"privacy-2024-01-{n + 1:02d}.md", page("", f"Text {n}."))
    other = tmp_path / "other"
    other.mkdir()
    fresh = new_site(other, capsys)
    assert cli.main(["--root", str(fresh), "import", "--lang", "en", str(many)]) == 1
    assert "21 zip archives in the folders given" in capsys.readouterr().err
    assert "Import the English text" not in git(fresh, "log", "--format=%s")
