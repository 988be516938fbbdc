"""Safety 76 through the real commands: words a reader is shown only on hover, which the gate did not judge. A forged
`imported.yml` entry for a new, hand-written version made its tooltip (`<span title="…">`, words the page shows
nowhere) a warning, and the output check read no title: published. A tooltip is now no writing an imported text
keeps (imported.ADVISORY): refused at its line (in English and in French), gh-pages as it was; and the output check
reads every title of a served page's text as the source check does, its finding at the title's line, not its
section's heading.
"""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from helpers import git
from integration.test_gate_catalogue66 import (
    page,
    published as published,  # (the fixture: the first version published)
    refused,
)
from policysite import gate, imported, safety, servedpages
from policysite.messages import Said, said_in
from policysite.project import opened

_TOOLTIP = 'Our <span title="we sell your data">partners</span> are listed on request.'

_SAID = {
    "en": "docs/en/index.md:15: [editorial.tooltip] <span> “partners” has the title “we sell your data”: words the "
          "page shows only while a pointer rests on them",
    "fr": "docs/en/index.md:15: [editorial.tooltip] <span> «\u00a0partners\u00a0» a le titre «\u00a0we sell your "
          "data\u00a0»\u00a0: des mots que la page ne montre que lorsqu'un pointeur s'y pose",
}


def _recorded(repo: Path) -> None:
    """An entry of `imported.yml` for the new page, written by hand: no import wrote that text."""
    page = (repo / "docs" / "en" / "index.md").read_bytes()
    (repo / imported.FILE).write_text(imported.render([{"lang": "en", "date": "2001-02-01",
                                                        "sha256": imported.digest(page), "source": "policy.md"}]),
                                      encoding="utf-8")


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_tooltip_of_a_new_version_recorded_as_imported_by_hand_is_refused(published, tmp_path, monkeypatch,
                                                                             language):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, "forged-import", _TOOLTIP, _recorded, _SAID[language])


def _blob(repo: Path, data: bytes) -> str:
    return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=repo, input=data, capture_output=True,
                          check=True).stdout.decode().strip()


_SERVED = {
    "en": "<span> “paragraph” has the title “we sell your data”: words the page shows only while a pointer rests on "
          "them, and nowhere else",
    "fr": "<span> «\u00a0paragraph\u00a0» a le titre «\u00a0we sell your data\u00a0»\u00a0: des mots que la page ne "
          "montre que lorsqu'un pointeur s'y pose, et nulle part ailleurs",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_served_page_whose_tooltip_says_words_the_page_does_not_show_is_refused(published, tmp_path, language):
    """A page of the branch (a hand commit of gh-pages, another generator's build) judged by the output check, which
    read no title: its tooltip is read as the source check reads the text's. The generator's own page passes, its
    headings' "¶" links titled in the site's words."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    own = git(repo, "show", "gh-pages:en/2001-01-01/index.html").encode("utf-8")
    assert b'class="headerlink"' in own and b"title=" in own
    forged = own.replace(b"<p>Bravo paragraph.</p>", b'<p>Bravo <span title="we sell your data">paragraph</span>.</p>')
    assert forged != own
    listing = {"en/2001-01-01/index.html": ("100644", _blob(repo, own)),
               "en/2001-02-01/index.html": ("100644", _blob(repo, forged))}
    with opened(repo) as site:
        found = servedpages.unsafe(site, listing)
    assert len(found) == 1 and found[0].startswith("en/2001-02-01/index.html: "), found
    assert _SERVED[language] in said_in(found[0], language), found


def test_the_output_finding_of_a_tooltip_names_its_line_not_its_section_s_heading():
    """The output check names the section a violation is in; a tooltip's finding names the line that writes it (the
    section's heading was named: line 11 for a title on line 15)."""
    text = page("2001-02-01", "Charlie paragraph.\n\n" + _TOOLTIP)
    violation = safety.Violation("en/2001-02-01/index.html", "s2", str(Said("output.tooltip", tag="span",
                                                                            title="we sell your data",
                                                                            shown="partners")),
                                 "we sell your data")
    (found,) = gate.output_findings([violation], page="docs/en/index.md", text=text, lang="en")
    assert (found.path, found.line) == ("docs/en/index.md", 17), found
    assert text.split("\n")[16] == _TOOLTIP
    (heading,) = gate.output_findings([dataclasses.replace(violation, words="")], page="docs/en/index.md", text=text,
                                      lang="en")
    assert heading.line == 11
