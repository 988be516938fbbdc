"""Safety hunt 69 through the real commands. An attacker with commit rights on the policy's Markdown, the project's
stylesheet and mkdocs.yml; and one with a hand commit on the branch (as safety hunt 67's). Each case is a commit on a
temporary repository whose first version is published, then `policy publish`: before this hunt each reached
gh-pages; now each is refused, its finding naming the file (and line), and gh-pages is as it was. The branch's cases
are judged where the branch serves them (servedpages), as test_gate_catalogue67's. The holes' unit rows:
test_safety69_fonts, test_safety69_text, test_safety69_pdf_places, test_safety69_word_comments."""
from __future__ import annotations

import io
import subprocess
import zipfile

import pikepdf
import pytest

from gate_changes import CHANGED, CSS, front_matter
from integration.test_gate_catalogue66 import (
    _appended,
    _replaced,
    published as published,  # (the fixture: the first version published)
    refused,
)
from policy_repo import new_project
from policysite import messages, servedpages
from policysite.project import opened

CASES = [
    # A symbol face a Linux desktop installs with Ghostscript (URW's clone of Symbol: Latin letters drawn as Greek
    # ones), an ornament face of macOS (letters drawn as fleurons), on the text or as the theme's text font.
    ("font-urw-symbol", CHANGED, _appended(CSS, "\n.md-typeset p { font-family: 'Standard Symbols PS', serif }\n"),
     'sets font-family: "Standard Symbols PS" (.md-typeset p): a symbol font draws letters'),  # (at policy.css:line)
    ("font-ornaments", CHANGED, _appended(CSS, "\n:root { --md-text-font: 'Hoefler Text Ornaments' }\n"),
     'sets --md-text-font: "Hoefler Text Ornaments" (:root): a symbol font draws letters'),
    # The language menu's name of the English text written as another language's.
    ("language-name", CHANGED, _replaced("mkdocs.yml", "        name: English\n", "        name: Français\n"),
     "extra.policy.languages: en is named “Français”: the language menu of every page links its text"),
    # A link naming a version by its date that opens another (the older text taken for the one in force then).
    ("version-link", "The [version of 1 February 2001](../2001-01-01/) applies.", lambda repo: None,
     "docs/en/index.md:15: [editorial.link-text] §2: the link's words “version of 1 February 2001” name the version "
     "of February 1, 2001 but it goes to the version of January 1, 2001"),
    # A link showing a section's title alone that goes to another section.
    ("section-title-link", "Read [Second section](#s1).", lambda repo: None,
     "docs/en/index.md:15: [editorial.link-text] §2: the link's words are the title of the section “Second section” "
     "but it goes to the section “1. First section”"),
    # A front matter title other than the heading: the tab, the header and the menu said "Cookie policy".
    ("front-title", CHANGED, front_matter("title: Cookie policy"),
     "docs/en/index.md:3: [structure.title-apart] front matter title “Cookie policy” is not the page's heading, "
     "“Example privacy policy”"),
]


@pytest.mark.parametrize(("name", "body", "change", "said"), CASES, ids=[case[0] for case in CASES])
def test_each_is_refused_and_gh_pages_is_as_it_was(published, tmp_path, monkeypatch, name, body, change, said):
    refused(published, tmp_path, monkeypatch, name, body, change, said)


def _covered(data: bytes, drawing: bytes) -> bytes:
    """The print `data` with `drawing` painted after its first page's words."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.pages[0].contents_add(pdf.make_stream(drawing), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


@pytest.mark.usefixtures("no_identity", "commands_in_process")
def test_a_served_print_or_redline_hiding_words_from_its_reader_is_refused(tmp_path):
    """A version's print with a white rectangle over its title, or its words cut away by a clip, a Word redline
    commenting a clause in the margin, one indenting a paragraph off the page, each a hand commit of the branch: named
    where the branch serves them; the generator's own pass."""
    from unit.test_docxactions import _redline, _with
    from unit.test_safety61_documents import _printed
    from unit.test_safety63_pdf_words import printed

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")

    def blob(data: bytes) -> str:
        return subprocess.run(["git", "hash-object", "-w", "--stdin"], cwd=project.root, input=data,
                              capture_output=True, check=True).stdout.decode().strip()

    print_ = printed("en")
    with zipfile.ZipFile(io.BytesIO(_redline())) as word:
        comments = word.read("word/comments.xml")
    commented = _with(_redline(), {"word/comments.xml": comments.replace(
        b"Link targets: ", b"This clause no longer applies. ")})
    with zipfile.ZipFile(io.BytesIO(_redline())) as word:
        body = word.read("word/document.xml")
    indented = _with(_redline(), {"word/document.xml": body.replace(b'<w:ind w:left="360"/>',
                                                                    b'<w:ind w:left="-30000"/>', 1)})
    listing = {"en/privacy-en-2022-03-01.pdf": ("100644", blob(_covered(print_, b"q 1 g 0 700 600 142 re f Q"))),
               "fr/privacy-fr-2022-03-01.pdf": ("100644", blob(_clipped(print_))),
               "en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.pdf": ("100644", blob(_printed())),
               "en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.docx": ("100644", blob(_redline())),
               "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx": ("100644", blob(commented)),
               "fr/2022-04-01/changes/redline-fr-2022-03-01-2022-04-01.docx": ("100644", blob(indented))}
    with opened(project.root) as site:
        found = servedpages.unsafe(site, listing)
    assert "en/privacy-en-2022-03-01.pdf: " + messages.english(
        "publish.pdf-hidden", {"what": "1: /f0: covered by f"}) in found, found
    assert any(line.startswith("fr/privacy-fr-2022-03-01.pdf: refused: a PDF drawing words its reader cannot see")
               and "clip" in line for line in found), found
    assert "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.docx: " + messages.english(
        "publish.docx-active", {"what": "word/comments.xml: <w:comment> This clause no longer applies. ⟨mailto:d"}
    ) in found, found
    assert "fr/2022-04-01/changes/redline-fr-2022-03-01-2022-04-01.docx: " + messages.english(
        "publish.docx-active", {"what": 'word/document.xml: <ind left="-30000">'}) in found, found
    assert not [line for line in found if line.startswith("en/2022-03-01/")], found


def _clipped(data: bytes) -> bytes:
    """The print `data` with its first page's content drawn inside a clip of a corner of the page."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        page.contents_add(pdf.make_stream(b"q 0 0 20 20 re W n"), prepend=True)
        page.contents_add(pdf.make_stream(b"Q"), prepend=False)
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()
