"""Safety 76 through the real commands: words a reader is shown only on hover, which the gate did not judge. A forged
`imported.yml` entry for a new, hand-written version made its tooltip (`<span title="…">`, words the page shows
nowhere) a warning, and the output check read no title: published. The output check now reads the titles of a served
page's text as the source check reads them (a link's own is the source check's), its finding at the title's line, not
its section's heading: refused (in English and in French), gh-pages as it was; an entry of the record softens only the
text its own commit wrote; and a PDF redline's hover line is read against the words it prints, as the Word redline's
comments are.
"""
from __future__ import annotations

import dataclasses
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from helpers import git
from integration.test_gate_catalogue66 import (
    page,
    publish,
    published as published,  # (the fixture: the first version published)
    refused,
)
from policysite import gate, imported, pdfhover, safety, servedpages
from policysite.messages import Said, said_in
from policysite.project import opened

_TOOLTIP = 'Our <span title="we sell your data">partners</span> are listed on request.'

_SAID = {  # (the source check's: editorial.tooltip is no longer softened for a text recorded as imported, safety77)
    "en": "docs/en/index.md:15: [editorial.tooltip] <span> “partners” has the title “we sell your data”: words the page "
          "shows only while a pointer rests on them",
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
    found = served_refusal(published, tmp_path, b'<p>Bravo <span title="we sell your data">paragraph</span>.</p>')
    assert _SERVED[language] in said_in(found, language), found


def served_refusal(published: Path, tmp_path: Path, paragraph: bytes) -> str:
    """What the output check says of a page of the branch committed by hand: the first version's own page (which
    passes) with its paragraph "Bravo paragraph." written as `paragraph`, served as the next version's."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    own = git(repo, "show", "gh-pages:en/2001-01-01/index.html").encode("utf-8")
    assert b'class="headerlink"' in own and b"title=" in own
    forged = own.replace(b"<p>Bravo paragraph.</p>", paragraph)
    assert forged != own
    listing = {"en/2001-01-01/index.html": ("100644", _blob(repo, own)),
               "en/2001-02-01/index.html": ("100644", _blob(repo, forged))}
    with opened(repo) as site:
        found = servedpages.unsafe(site, listing)
    assert len(found) == 1 and found[0].startswith("en/2001-02-01/index.html: "), found
    return found[0]


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


def _pdf_redline(monkeypatch: pytest.MonkeyPatch, tips: Callable[[str], str] = lambda words: words) -> bytes:
    """The PDF redline of safety75's two texts (a link's title and an abbreviation's changed), its hover lines'
    words given by `tips` (a hand-made redline's)."""
    from policysite import document, redline
    from policysite.redline import pdf
    from unit.test_safety75_word_hover import NEW, OLD

    def forged(*args: object, **kwargs: object) -> dict[str, object]:
        said = own(*args, **kwargs)
        for section in said["sections"]:  # type: ignore[attr-defined]
            for block in section["blocks"]:
                block["tips"] = [[kind, tips(words), *rest] for kind, words, *rest in block.get("tips", [])]
        return said

    own = pdf.data
    monkeypatch.setattr(pdf, "data", forged)
    changes = redline.diff(document.parse(OLD, path="a.md", lang="en"), document.parse(NEW, path="a.md", lang="en"))
    return pdf.render_pdf(changes, site="Zephyr Widgets SAS", lang="en")


_HOVER = {
    "en": "refused: a redline whose line of words shown on hover “Text shown on hover: our desk · [−General] [+This "
          "clause no longer applies.] Dat” says words the document prints nowhere",
    "fr": "refusé\u00a0: des modifications dont la ligne des mots affichés au survol «\u00a0Text shown on hover: our "
          "desk · [−General] [+This clause no longer applies.] Dat\u00a0» dit des mots que le "
          "document n'imprime nulle part",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_served_pdf_redline_whose_hover_words_neither_version_says_is_refused(published, tmp_path, monkeypatch,
                                                                                language):
    """The PDF redline prints a block's titles after it ("Text shown on hover: …", redline/pdf.py's tips), which the
    output check never read: a redline committed by hand on the branch saying "[+This clause no longer applies.]"
    there was served. Its hover words are now read as the Word redline's comments are (docxactions.unshown_hover):
    each side's against the words the document prints. The generator's own passes."""
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    own = _pdf_redline(monkeypatch)
    forged = _pdf_redline(monkeypatch, lambda words: words.replace("Global", "This clause no longer applies."))
    assert pdfhover.pdf_hover(own) == ""
    listing = {"en/2022-03-01/changes/redline-en-2021-02-17-2022-03-01.pdf": ("100644", _blob(repo, own)),
               "fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.pdf": ("100644", _blob(repo, forged))}
    with opened(repo) as site:
        found = servedpages.unsafe(site, listing)
    assert len(found) == 1 and found[0].startswith("fr/2022-03-01/changes/redline-fr-2021-02-17-2022-03-01.pdf: "), \
        found
    assert _HOVER[language] in said_in(found[0], language), said_in(found[0], language)


@pytest.mark.parametrize("tips", [
    lambda words: words.replace("our desk", "our desk. We sell your data"),  # words of its own, unmarked
    lambda words: words.replace("General", "We never sell your data"),  # (the older side's too)
    lambda words: words.replace("Global", "Glo\u200b\u200b\u200bbal"),  # characters that draw nothing
    lambda words: words.replace("Data Protection Regulation", "Regulation Protection Data"),  # in another order
])
def test_hover_words_a_pdf_redline_prints_nowhere_else_are_named(monkeypatch, tips):
    forged = _pdf_redline(monkeypatch, tips)
    assert pdfhover.pdf_hover(forged).startswith("Text shown on hover: "), pdfhover.pdf_hover(forged)


@pytest.mark.parametrize(("old", "new"), [
    ('"our desk"', '"Our desk is open"'),  # a link's title repeating words the page prints elsewhere, in that order
    ('"our desk"', '"our office"'),  # (each side read against its own words: the older title, the older text's)
    ('<abbr title="General Data Protection Regulation">GDPR</abbr>', '<abbr title="Data Protection Officer">DPO</abbr>'),
])
def test_the_pdf_redline_s_own_hover_lines_pass(old, new):
    """The generator's redline of a title changed passes: its hover words are words its texts show."""
    from policysite import document, pdftext, redline
    from policysite.redline.pdf import render_pdf
    from unit.test_safety75_word_hover import OLD

    newer = OLD.replace("2030-01-01", "2030-03-01").replace(old, new)
    newer = newer.replace("Our desk", "Our office") if "office" in new else newer
    changes = redline.diff(document.parse(OLD, path="a.md", lang="en"), document.parse(newer, path="a.md", lang="en"))
    data = render_pdf(changes, site="Zephyr Widgets SAS", lang="en")
    assert "Text shown on hover: " in pdftext.text(data)
    assert pdfhover.pdf_hover(data) == ""


def test_an_import_record_added_after_its_text_softens_nothing(published, tmp_path, monkeypatch):
    """An entry of imported.yml softens the writing findings of the text the same commit wrote (`policy import`
    commits each text with its entry): one added by hand for a new version committed before it (its misspelling
    a warning, published) softens nothing; the import's own softens its text."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(page("2001-02-01", "We keep your data for one yeer."),
                                                   encoding="utf-8")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "new version", date="2024-02-01T12:00:00+00:00")
    _recorded(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "record it as imported", date="2024-02-02T12:00:00+00:00")
    before = git(repo, "rev-parse", "gh-pages")
    with opened(repo) as site:
        assert imported.at(site.repo, "HEAD") and not imported.produced(site.repo, "HEAD")
    code, stdout, stderr = publish(repo)
    assert code == 1 and "docs/en/index.md:15: [spelling.unknown-word]" in stderr, stdout + stderr
    assert git(repo, "rev-parse", "gh-pages") == before
    # the same text and entry in one commit, as `policy import` writes them, over the newer text the site published:
    # softened; over the older one, the text taking effect after the site's, softens nothing either (safety77)
    git(repo, "reset", "-q", "--soft", "HEAD~2")
    git(repo, "commit", "-q", "-m", "import", date="2024-02-01T12:00:00+00:00")
    with opened(repo) as site:
        assert imported.at(site.repo, "HEAD") != frozenset() == imported.produced(site.repo, "HEAD")
    git(repo, "reset", "-q", "--hard", "HEAD~1")
    (repo / "docs" / "en" / "index.md").write_text(page("2000-12-01", "We keep your data for one yeer."),
                                                   encoding="utf-8")
    _recorded(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "import", date="2024-02-01T12:00:00+00:00")
    with opened(repo) as site:
        assert imported.produced(site.repo, "HEAD") == imported.at(site.repo, "HEAD") != frozenset()


def test_the_record_s_commits_are_read_once_for_a_head(published, tmp_path, monkeypatch):
    """The gate asks imported.produced of every version it judges (a rebuild: each of 1,000), all of one HEAD: the
    record's history is read once for it, and again for another HEAD."""
    from policysite import git as policy_git

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    # (a text older than the site's, as an import writes one: safety77)
    (repo / "docs" / "en" / "index.md").write_text(page("2000-12-01", "Charlie paragraph."), encoding="utf-8")
    _recorded(repo)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "import", date="2024-02-01T12:00:00+00:00")
    logs: list[tuple[str, ...]] = []
    run = policy_git.run
    monkeypatch.setattr(policy_git, "run", lambda repo_, *args: logs.append(args) or run(repo_, *args))
    with opened(repo) as site:
        first = imported.produced(site.repo, "HEAD")
        assert first and imported.produced(site.repo, "HEAD") == first
        assert _record_logs(logs) == 1, logs  # (and one of the page the import replaced)
        read = len(logs)
        assert imported.produced(site.repo, "HEAD") == first and len(logs) == read
    git(repo, "commit", "-q", "--allow-empty", "-m", "later", date="2024-02-02T12:00:00+00:00")
    with opened(repo) as site:
        assert imported.produced(site.repo, "HEAD") == first
    assert _record_logs(logs) == 2, logs


def _record_logs(logs: list[tuple[str, ...]]) -> int:
    """How many times the record's history was read (`git log … -- imported.yml`)."""
    return sum(1 for args in logs if args[0] == "log" and imported.FILE in args)
