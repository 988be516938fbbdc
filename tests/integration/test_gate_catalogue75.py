"""Safety 75 through the real commands: a link naming a version by a day in digits its readers read two ways, refused
by `policy publish` at its line (in English and in French), gh-pages as it was; and a Word redline served on the
branch whose comment says hover words its document does not show, named where the branch serves it (servedpages), the
generator's own passing. The unit rows: test_safety75_version_days, test_safety75_word_hover; the address moved:
test_former_address."""
from __future__ import annotations

import io
import subprocess
import zipfile

import pytest

from integration.test_gate_catalogue66 import (
    published as published,  # (the fixture: the first version published)
    refused,
)
from policy_repo import new_project
from policysite import messages, servedpages
from policysite.project import opened

_SAID = {
    "en": "docs/en/index.md:15: [editorial.link-text] §2: the link's words “version of 01/02/2001” write the day "
          "01/02/2001, which one reader reads as February 1, 2001 and another as January 2, 2001",
    "fr": "docs/en/index.md:15: [editorial.link-text] §2\u00a0: les mots du lien «\u00a0version of 01/02/2001\u00a0» "
          "écrivent le jour 01/02/2001, qu'un lecteur lit comme le 1er février 2001 et un autre comme le 2 janvier 2001",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_day_its_readers_read_two_ways_is_refused(published, tmp_path, monkeypatch, language):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, "unclear-day", "The [version of 01/02/2001](../2001-01-01/) applies.",
            lambda repo: None, _SAID[language])


@pytest.mark.usefixtures("no_identity", "commands_in_process")
def test_a_served_redline_saying_hover_words_its_document_does_not_show_is_refused(tmp_path):
    from unit.test_safety75_word_hover import NEW, OLD, _redline, _with_comments

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")

    def blob(data: bytes) -> str:
        return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=project.root, input=data,
                              capture_output=True, check=True).stdout.decode().strip()

    own = _redline(OLD, NEW)
    forged = _with_comments(own, b"[+Global]", b"[+This clause no longer applies.]")
    with zipfile.ZipFile(io.BytesIO(forged)) as word:
        assert b"This clause no longer applies." in word.read("word/comments.xml")
    listing = {"en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.docx": ("100644", blob(own)),
               "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx": ("100644", blob(forged))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert found == ["fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx: " + messages.english(
        "publish.docx-active", {"what": "word/comments.xml: <w:comment> Text shown on hover: This clause no longer applie"})], \
        found
