"""leads42: a word list (.words.txt) or vocabulary (.vocabulary.txt) that is not a regular file (a folder, a FIFO) or
that cannot be read is a finding naming it, not `error: [Errno 21] Is a directory` nor a check blocked on a FIFO."""
from __future__ import annotations

import datetime as dt
import os
import threading
from pathlib import Path

import pytest

from policysite import checks, messages, settings, spelling

PAGE = "---\ndate: 2030-01-15\n---\n\n# Privacy policy\n\nWe keep your data for three years.\n"
SITE = {"policy": {"company": "Example", "authoritative": "en", "public_url": "https://x.test/", "version_section": "",
                   "languages": [{"code": "en", "name": "English"}]}}


def _project(root: Path) -> Path:
    folder = root / "docs" / "en"
    folder.mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: x\ndocs_dir: docs/en\n", encoding="utf-8")
    (folder / "index.md").write_text(PAGE, encoding="utf-8")
    return folder


def _found(root: Path) -> list:
    return checks.check_language(root=root, settings=settings.from_extra(SITE), code="en", today=dt.date(2030, 2, 1))


@pytest.mark.parametrize("name", [spelling.WORDS_FILE, spelling.VOCABULARY_FILE])
def test_a_list_that_is_a_folder_is_a_finding_naming_it(tmp_path, name):
    (_project(tmp_path) / name).mkdir()
    (finding,) = [f for f in _found(tmp_path) if f.path == f"docs/en/{name}"]
    assert (finding.key, finding.line, finding.severity) == ("spelling.word-list/not-a-file", 1, "error")
    assert finding.in_language("en").message.startswith(f"docs/en/{name} is not a file (a folder")
    assert finding.in_language("fr").message.startswith(f"docs/en/{name} n'est pas un fichier (un dossier")
    assert "\u00a0: les vérifications ne le lisent pas\u202f; " in finding.in_language("fr").message


@pytest.mark.parametrize("name", [spelling.WORDS_FILE, spelling.VOCABULARY_FILE])
def test_a_list_that_is_a_fifo_is_a_finding_and_is_never_opened(tmp_path, name):
    fifo = _project(tmp_path) / name
    os.mkfifo(fifo)  # opening it to read blocks until a writer comes: the check must not open it
    # a writer that serves every reader, so that a check that opens the FIFO fails this test instead of hanging it
    opened: list[int] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            os.close(os.open(fifo, os.O_WRONLY))
            if not stop.is_set():  # (not the test's own open, which lets it go)
                opened.append(1)

    writer = threading.Thread(target=serve, daemon=True)
    writer.start()
    try:
        (finding,) = [f for f in _found(tmp_path) if f.path == f"docs/en/{name}"]
        assert finding.key == "spelling.word-list/not-a-file"
        assert spelling.load_words(fifo) == frozenset()
    finally:
        stop.set()
        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))  # lets the writer go
        writer.join(5)
    assert opened == []  # nobody but the test opened the FIFO


def test_an_unreadable_list_is_a_finding_naming_it(tmp_path, monkeypatch):
    listed = _project(tmp_path) / spelling.WORDS_FILE
    listed.write_text("zorglub  # a word of ours\n", encoding="utf-8")
    real = Path.read_bytes

    def refused(self: Path) -> bytes:  # the tests run as root, whom chmod 000 does not stop
        if self.name in (spelling.WORDS_FILE, spelling.VOCABULARY_FILE):
            raise PermissionError(13, "Permission denied", str(self))
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", refused)
    (finding,) = [f for f in _found(tmp_path) if f.path == "docs/en/.words.txt"]
    assert (finding.key, finding.line) == ("spelling.word-list/unreadable", 1)
    assert finding.in_language("en").message.startswith("docs/en/.words.txt cannot be read (permissions)")
    assert spelling.lint_vocabulary(listed, display_path="v.txt")[0].key == "spelling.word-list/unreadable"


def test_a_regular_list_is_read_as_before(tmp_path):
    listed = tmp_path / spelling.WORDS_FILE
    listed.write_text("zorglub  # a word of ours\n", encoding="utf-8")
    assert spelling.load_words(listed) == frozenset({"zorglub"})
    assert spelling.lint_vocabulary(listed, display_path="v.txt") == []
    assert spelling.load_words(tmp_path / "absent.txt") == frozenset()


def test_words_prune_refuses_a_list_that_is_a_folder_naming_it(tmp_path):
    (_project(tmp_path) / spelling.WORDS_FILE).mkdir()
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: x\ndocs_dir: docs/en\nextra:\n  policy:\n    company: Example\n    authoritative: en\n"
        "    public_url: https://x.test/\n    version_section: ''\n    languages:\n      - code: en\n"
        "        name: English\n", encoding="utf-8")
    with pytest.raises(settings.SettingsError) as refused:
        checks.prune_words(root=tmp_path)
    assert messages.said_in(refused.value.args[0], "en").startswith("docs/en/.words.txt is not a file (a folder")
    assert (tmp_path / "docs" / "en" / spelling.WORDS_FILE).is_dir()  # left as it is
