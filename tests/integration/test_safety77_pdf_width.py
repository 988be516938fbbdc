"""Safety 77: a character of width zero alone in a word, published with its page (its PDF's text cluster)."""
from __future__ import annotations

import shutil

from helpers import git
from integration.test_gate_catalogue66 import page, publish, published as published  # (the fixture)


def test_a_character_of_width_zero_in_a_word_is_published(published, tmp_path, monkeypatch):
    """A zero-width space, word joiner or byte order mark alone in a word (as text copied from a web page or Word
    carries them; the checks pass one, refuse a run: text.control) was refused at publication as the PDF's
    "/ActualText a\u200b (a)", no file nor line said: the print puts it in the cluster of the letter before it."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(
        page("2001-02-01", "We keep your da\u200bta.\n\nYo\u2060ur data.\n\nYour na\ufeffme."), encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "zero width", date="2024-02-01T12:00:00+00:00")
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    code, stdout, stderr = publish(repo)
    assert code == 0, stdout + stderr
    assert "en/2001-02-01/index.html" in git(repo, "ls-tree", "-r", "--name-only", "gh-pages")
