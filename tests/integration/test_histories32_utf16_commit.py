"""A policy page saved as UTF-16 (Word's or Notepad's "Unicode") or in another encoding than UTF-8 in one commit of
the history: its date cannot be read, so its text is no version. `policy history` said so as of a text with "no date
that can be read (date: YYYY-MM-DD)", as if the date were missing, when the page holds one: it now says the page is
not UTF-8 and what to do (histories32). The versions around it are published as before."""
from __future__ import annotations

import codecs

import pytest

from helpers import git
from policy_repo import Project, fr_page, new_project

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


def _history_with(project: Project, encoded: bytes) -> str:
    """2021-02-17, then the French page dated 2022-01-01 committed as `encoded` (its bytes), then 2023-01-01: the
    encoded commit."""
    project.commit("2021-02-17")
    (project.root / "docs" / "fr" / "index.md").write_bytes(encoded)
    odd = project.commit_all("the page saved by another editor")
    project.commit("2023-01-01", fr="Troisième texte.", en="Third text.")
    return odd


@pytest.mark.parametrize(("encode", "said_en", "said_fr"), [
    (lambda text: text.encode("utf-16"), "saved as UTF-16 (the “Unicode” of Word or Notepad), not UTF-8",
     "enregistré en UTF-16"),
    (lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"), "saved as UTF-16", "enregistré en UTF-16"),
    (lambda text: text.encode("utf-32"), "is not UTF-8 text", "n'est pas un texte UTF-8"),
])
def test_a_commit_of_the_page_not_in_utf8_is_said_so_not_undated(tmp_path, encode, said_en, said_fr):
    project = new_project(tmp_path / "project")
    odd = _history_with(project, encode(fr_page("2022-01-01", "Texte enregistré autrement.")))
    done = project.run("history", "--messages", "en")
    said = done.stdout + done.stderr
    assert done.returncode == 0, said
    assert f"warning: {odd[:7]}: docs/fr/index.md {said_en}" in said, said
    assert "its date cannot be read and its text is no version" in said and "save it as UTF-8" in said, said
    assert "no date that can be read" not in said, said
    assert "manifest/2021-02-17.json" in project.files() and "manifest/2023-01-01.json" in project.files()
    assert not any("2022-01-01" in path for path in project.files())
    git(project.root, "branch", "-q", "-D", "gh-pages")
    again = project.run("history", "--messages", "fr")
    assert again.returncode == 0 and f"{odd[:7]}\u00a0: docs/fr/index.md {said_fr}" in again.stdout + again.stderr, \
        again.stdout + again.stderr


def test_a_utf8_page_without_a_date_is_still_said_undated(tmp_path):
    project = new_project(tmp_path / "project")
    odd = _history_with(project, fr_page("2022-01-01").replace("date: 2022-01-01", "date: 2022-13-01").encode())
    done = project.run("history", "--messages", "en")
    assert f"{odd[:7]}: docs/fr/index.md has no date that can be read" in done.stdout + done.stderr, done.stderr
