"""Safety hunt 67, on the branch: a version's Word redline replaced by a hand commit named as a rebuild, its digest in
the manifest, with one whose words Word hides or shows otherwise than written (hidden text, white, a symbol font, a
content control Word fills from data on opening). Each is named where the branch serves it; the generator's passes and
is kept as passed (the holes' own tests: unit/test_safety67_word_runs)."""
from __future__ import annotations

import subprocess

import pytest

from policy_repo import new_project
from policysite import messages, passcache, servedpages
from policysite.project import opened
from unit.test_docxactions import _redline
from unit.test_safety67_word_runs import _run

pytestmark = pytest.mark.usefixtures("no_identity", "commands_in_process")


@pytest.mark.parametrize(("props", "what"), [
    ("<w:vanish/>", "word/document.xml: <vanish>"),
    ('<w:color w:val="FFFFFF"/>', 'word/document.xml: <color val="FFFFFF">'),
    ('<w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/>',
     'word/document.xml: <rFonts ascii="Wingdings" hAnsi="Wingdings">'),
])
def test_a_served_word_redline_hiding_or_disguising_its_words_is_refused(tmp_path, props, what):
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    printed, forged = _redline(), _run(props)

    def blob(data: bytes) -> str:
        return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=project.root, input=data,
                              capture_output=True, check=True).stdout.decode().strip()

    listing = {"en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.docx": ("100644", blob(printed)),
               "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx": ("100644", blob(forged))}
    with opened(project.root) as site:
        assert servedpages.unsafe(site, listing) == [
            "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx: "
            + messages.english("publish.docx-active", {"what": what})]
        assert passcache.blobs_passed(site.passed, text=False, scripts=servedpages._DOCX_RULES) == {blob(printed)}
