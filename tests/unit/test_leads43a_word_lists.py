"""leads43a: a language's word list (.words.txt) that `policy import` would write to, or `policy words --prune` would
prune, and that cannot be read as one (a folder, a FIFO, bytes not in UTF-8) is refused with the finding `policy check`
gives it, naming the file and line, before anything is committed or pruned: it was taken as empty and written to (a
folder's put-back failed, a FIFO blocked), or ended in UnicodeDecodeError."""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from helpers import git
from policysite import checks, document, imported as imported_record, importer, messages, spelling
from policysite.errors import ImportRefused
from policysite.findings import ERROR, WARNING

CONFIG = ("site_name: x\ndocs_dir: docs/{lang}\nextra:\n  policy:\n    company: Example\n    authoritative: en\n"
          "    public_url: https://x.test/\n    version_section: ''\n    languages:\n      - code: en\n"
          "        name: English\n{more}")
FRENCH = "      - code: fr\n        name: Français\n"
PAGE = "---\ndate: 2030-01-15\n---\n\n# Privacy policy\n\nWe keep your data for three years.\n"
LATIN1 = "RGPD  # le règlement\ncafé  # a word of ours\n".encode("latin-1")
NOT_UTF8 = "docs/en/.words.txt:1: [spelling.word-list] line 1 is not UTF-8 (byte 0xe8): save the word list as UTF-8"


def _project(root: Path, *, french: bool = False) -> Path:
    (root / "docs" / "en").mkdir(parents=True)
    (root / "mkdocs.yml").write_text(CONFIG.format(lang="en", more=FRENCH if french else ""), encoding="utf-8")
    if french:
        (root / "mkdocs.fr.yml").write_text("INHERIT: mkdocs.yml\ndocs_dir: docs/fr\n", encoding="utf-8")
        (root / "docs" / "fr").mkdir()
        (root / "docs" / "fr" / "index.md").write_text(PAGE.replace("# Privacy policy", "# Politique"),
                                                       encoding="utf-8")
    (root / "docs" / "en" / "index.md").write_text(PAGE, encoding="utf-8")
    return root / "docs" / "en" / spelling.WORDS_FILE


def _said(exc: BaseException, lang: str = "en") -> str:
    return messages.said_in(exc.args[0], lang)


def test_prune_refuses_a_list_not_in_utf8_naming_its_file_and_line_and_leaves_it(tmp_path):
    listed = tmp_path / spelling.WORDS_FILE
    listed.write_bytes(LATIN1)
    policy = [document.parse(PAGE, path="docs/en/index.md", lang="en")]
    with pytest.raises(spelling.ListRefused) as refused:
        spelling.prune(listed, policy=policy, shown="docs/en/.words.txt")
    assert _said(refused.value) == NOT_UTF8
    assert listed.read_bytes() == LATIN1
    (listed.parent / "good.txt").write_bytes("RGPD  # le règlement\nrare  # x\n".encode())
    assert spelling.prune(listed.parent / "good.txt", policy=policy) == ["RGPD", "rare"]  # (a list in UTF-8: pruned)


def test_words_prune_refuses_a_list_not_in_utf8_before_pruning_any(tmp_path):
    """The English list, in UTF-8 and with an unused entry, is not pruned either: every list is read first."""
    listed = _project(tmp_path, french=True)
    listed.write_text("zorglub  # unused\n", encoding="utf-8")
    french = tmp_path / "docs" / "fr" / spelling.WORDS_FILE
    french.write_bytes(LATIN1)
    with pytest.raises(spelling.ListRefused) as refused:
        checks.prune_words(root=tmp_path)
    assert _said(refused.value, "fr") == ("docs/fr/.words.txt:1: [spelling.word-list] la ligne 1 n'est pas en UTF-8 "
                                          "(octet 0xe8)\u00a0: enregistrez la liste de mots en UTF-8")
    assert listed.read_text(encoding="utf-8") == "zorglub  # unused\n" and french.read_bytes() == LATIN1
    assert checks.prune_words(root=tmp_path, langs=["en"]) == [("docs/en/.words.txt", ["zorglub"])]


@pytest.mark.parametrize("kind", ["folder", "fifo", "latin-1"])
def test_import_refuses_a_list_it_cannot_read_before_committing_anything(tmp_path, kind):
    site = tmp_path / "site"
    site.mkdir()
    listed = _project(site)
    (site / "docs" / "en" / "index.md").unlink()  # (the page the import writes)
    if kind == "folder":
        listed.mkdir()
        (listed / "mine.txt").write_text("the team's own file\n", encoding="utf-8")
    elif kind == "latin-1":
        listed.write_bytes(LATIN1)
    git(site, "init", "-q", "-b", "main")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "start")
    reader = None
    if kind == "fifo":  # (git keeps no FIFO: one made after the commit)
        os.mkfifo(listed)
        # a reader held open, so that an import that writes to the FIFO fails this test instead of hanging it
        reader = os.open(listed, os.O_RDONLY | os.O_NONBLOCK)
    source = tmp_path / "privacy-2023-01-10.md"
    source.write_text("# Privacy policy\n\n## 1. Who we are\n\nExample sells Zorblaxian tools.\n", encoding="utf-8")
    start = git(site, "rev-parse", "HEAD")
    try:
        with pytest.raises(ImportRefused) as refused:
            importer.run(root=site, lang="en", paths=[source], say=lambda line: None)
        if reader is not None:
            assert os.read(reader, 1 << 16) == b""  # nothing written to it
    finally:
        if reader is not None:
            os.close(reader)
    said = _said(refused.value)
    if kind == "latin-1":
        assert said == NOT_UTF8 + " (nothing imported: import lists there the words of the text the dictionary lacks)"
        assert listed.read_bytes() == LATIN1
    else:
        assert said == ("docs/en/.words.txt:1: [spelling.word-list] docs/en/.words.txt is not a file (a folder, a pipe "
                        "or a device): the checks do not read it; make it a text file of words, or remove it (nothing "
                        "imported: import lists there the words of the text the dictionary lacks)")
        assert _said(refused.value, "fr").endswith("\u00a0: l'import y liste les mots du texte que le dictionnaire "
                                                   "ignore)")
    assert git(site, "rev-parse", "HEAD") == start and git(site, "status", "--porcelain") == ""
    assert not (site / "docs" / "en" / "index.md").exists()
    if kind == "folder":
        assert (listed / "mine.txt").read_text(encoding="utf-8") == "the team's own file\n"


@pytest.mark.parametrize("listed_as", [spelling.WORDS_FILE, spelling.VOCABULARY_FILE])
def test_check_refuses_a_list_not_in_utf8_beside_an_imported_text_as_import_and_prune_do(tmp_path, listed_as):
    """company7: one rule. Beside a text `policy import` recorded (imported.yml), the page's own writing findings are
    warnings, but a list of words that cannot be read as one is the company's file, not the archive's text: `policy
    check` refused it beside a page the site wrote and only warned beside an imported one, while import and prune
    refuse it everywhere."""
    _project(tmp_path)
    page = tmp_path / "docs" / "en" / "index.md"
    page.write_text(PAGE.replace("three years", "three yeers"), encoding="utf-8")
    listed = tmp_path / "docs" / "en" / listed_as
    listed.write_bytes(LATIN1)
    recorded = frozenset({imported_record.digest(page.read_bytes())})
    found = checks.check_project(root=tmp_path, today=dt.date(2030, 2, 1), imported=recorded)
    refused = [f for f in found if f.path == f"docs/en/{listed_as}"]
    assert [(f.line, f.key, f.severity) for f in refused] == [(1, "spelling.word-list/encoding", ERROR)]
    assert [f.severity for f in found if f.path == "docs/en/index.md" and f.rule == "spelling.unknown-word"] == [WARNING]
