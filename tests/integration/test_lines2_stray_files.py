"""A file the legal team drops beside the Markdown (`docs/en/old.pdf`, `old.docx`: the policy as it was, Word's lock
file) never reaches gh-pages through `policy publish`: the publication is refused naming each file, and `policy
check` names them the same way beforehand (lines2)."""
from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from helpers import git
from policy_repo import new_project
from policysite import messages

pytestmark = pytest.mark.usefixtures("commands_in_process")

# What Word and a PDF printer leave: a PDF, a .docx (a zip), Word's lock file (`~$` and the name's end)
_PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
_DOCX = BytesIO()
with zipfile.ZipFile(_DOCX, "w") as _archive:
    _archive.writestr("word/document.xml", "<w:document/>")
_STRAY = {"docs/en/old.pdf": _PDF, "docs/en/old.docx": _DOCX.getvalue(), "docs/fr/~$litique.docx": b"\x0bMarie"}


@pytest.fixture
def project(tmp_path, monkeypatch):
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    return new_project(tmp_path / "project")


def _dropped(project) -> None:
    for name, data in _STRAY.items():
        (project.root / name).write_bytes(data)


def test_a_stray_pdf_or_word_file_committed_is_refused_by_publish_and_named_by_check(project):
    project.commit("2021-02-17")
    _dropped(project)
    project.commit_all("the old versions, for reference")
    checked = project.run("check")
    published = project.run("publish")
    for said in (checked.stdout + checked.stderr, published.stdout + published.stderr):
        for name in _STRAY:
            assert f"{name}:1: [source.unpublished-file" in said, said
        assert "Traceback" not in said
    assert checked.returncode == 1 and published.returncode != 0
    assert project.branch() is None


def test_a_stray_pdf_or_word_file_left_uncommitted_is_said_to_be_removed_not_committed(project, monkeypatch):
    """`policy publish` refused them as "uncommitted changes to the policy (…); commit them first": committed, the
    gate refuses them. It names them as files no docs folder publishes, to remove, in the team's French too."""
    project.commit("2021-02-17")
    _dropped(project)
    (project.root / "docs" / "en" / "index.md").write_text("edited\n", encoding="utf-8")
    checked = project.run("check")
    assert checked.returncode == 1
    assert all(f"{name}:1: [source.unpublished-file]" in checked.stdout for name in _STRAY), checked.stdout
    refused = project.run("publish")
    said = refused.stdout + refused.stderr
    assert refused.returncode != 0 and project.branch() is None
    assert ("2021-02-17: not published: docs/en/old.docx, docs/en/old.pdf, docs/fr/~$litique.docx beside the policy "
            "are neither a page nor a word list or translation record") in said, said
    assert "remove them" in said and "commit them first" not in said and "index.md" not in said, said
    for name in _STRAY:
        (project.root / name).unlink()
    said = project.run("publish").stderr
    assert "the edits to docs/en/index.md are not committed, and only committed text is published: commit them first" \
        in said, said
    git(project.root, "checkout", "--", "docs/en/index.md")
    assert project.run("publish").returncode == 0
    files = project.files()
    assert files and not [name for name in files if name.endswith((".docx", "old.pdf"))], files
    _dropped(project)
    monkeypatch.setenv(messages.ENVIRONMENT, "fr")
    said = project.run("publish").stderr
    assert "docs/fr/~$litique.docx, à côté de la politique, ne sont ni une page" in said, said


def test_the_strays_of_a_docs_folder_are_what_it_does_not_publish():
    """A page, the word lists and the translation records of each folder are published; anything else there, in a
    folder under it too, is a stray, with docs folders at the repository's top (`.`) as under a project's folder."""
    from policysite import source

    changed = ["site/docs/fr/index.md", "site/docs/fr/.words.txt", "site/docs/en/.translated-from.fr.yml",
               "site/docs/en/old.pdf", "site/docs/en/drafts/index.md", "site/docs/en/cookies.md"]
    assert source.strays(changed, ["site/docs/en", "site/docs/fr"], {"index.md", "cookies.md"}) == [
        "site/docs/en/old.pdf", "site/docs/en/drafts/index.md"]
    assert source.strays(["index.md", "old.docx", "~$dex.docx"], ["."], {"index.md"}) == ["old.docx", "~$dex.docx"]
