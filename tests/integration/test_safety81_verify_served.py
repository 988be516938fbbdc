"""safety81 through `policy verify`: every file of the branch is judged by the served check's rules, not its pages
only. A hand commit on gh-pages putting an entry to another host into the feed, markup into the list of versions, a
script run on opening into a version's PDF and words drawn backwards into a Word document was said to differ from a
rebuild, if at all, never what each does: verify names each at its path, as publishing refuses them (in English and
in French). A forged root page is said once, where it leads, not again as differing from publishing's."""
from __future__ import annotations

import io
import shutil
import subprocess
import types
from pathlib import Path

import pikepdf
import pytest

from integration.test_gate_catalogue66 import published as published  # (the fixture: the first version published)
from policy_repo import commit_on_branch
from policysite import git as git_module, servedpages, verify
from policysite.messages import Said, said_in
from policysite.project import opened
from unit.test_safety78_word_shown import _inserted, _redline

_FEED = "en/feed.xml"
_VERSIONS = "en/versions.json"
_PDF = "en/2001-01-01/policy-en-2001-01-01.pdf"
_DOCX = "en/2001-01-01/changes/redline-en-2000-12-01-2001-01-01.docx"


def _opening_script(data: bytes) -> bytes:
    """The PDF `data` running a script as it is opened."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.Root.OpenAction = pikepdf.Dictionary(S=pikepdf.Name.JavaScript,
                                                 JS=pikepdf.String("app.launchURL('https://evil.example/')"))
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()


def _forged(repo: Path) -> dict[str, bytes]:
    """The branch's feed, list of versions, PDF and root page, each made hostile, and a Word document drawing its
    words backwards."""
    def shown(path: str) -> bytes:
        return subprocess.run(["git", "show", f"gh-pages:{path}"], cwd=repo, capture_output=True,
                              check=True).stdout

    feed = shown(_FEED)
    assert b"</feed>" in feed
    entry = (b"<entry><title>New</title><id>urn:x</id><updated>2001-01-01T00:00:00Z</updated>"
             b'<link rel="alternate" href="https://evil.example/sign-in"/></entry></feed>')
    versions = shown(_VERSIONS)
    assert b'"title": "January 1, 2001 (in force)"' in versions, versions
    root = shown("index.html")
    assert b"en/latest/" in root
    door = shown("en/index.html")
    assert b'url=latest/"' in door
    pdf = shown(_PDF)
    word = _redline("en", "We keep your data 90 days")
    return {_FEED: feed.replace(b"</feed>", entry),
            _VERSIONS: versions.replace(b'(in force)"', b'(in force) <a href=\\"https://evil.example/\\">new</a>"', 1),
            _PDF: _opening_script(pdf),
            _DOCX: _inserted(word, '<w:p><w:bdo w:val="rtl"><w:r><w:t>We keep your data 90 days.</w:t></w:r></w:bdo>'
                                   "</w:p>"),
            # (its canonical address another host's too: said by the door's line, not again as a page's off the site)
            "index.html": root.replace(b'<link rel="canonical" href="en/latest/">',
                                       b'<link rel="canonical" href="https://evil.example/">')
            .replace(b"en/latest/", b"en/2001-01-01/"),
            "en/index.html": door.replace(b"latest/", b"2001-01-01/")}


@pytest.fixture(scope="module")
def verified(published, tmp_path_factory) -> tuple[Path, verify.Verification]:
    """A copy of the published project whose gh-pages holds the hand commit of `_forged`, and verify's report."""
    repo = tmp_path_factory.mktemp("safety81") / "project"
    shutil.copytree(published, repo, symlinks=True)
    commit_on_branch(types.SimpleNamespace(root=repo), _forged(repo))  # type: ignore[arg-type]
    return repo, verify.verify(root=repo)


def _named(report: verify.Verification, path: str, key: str) -> list[Said]:
    """verify's problems naming `path` with the refusal `key` (each `gh-pages: path: …`)."""
    found = []
    for line in report.problems:
        inner = line.fields.get("text") if isinstance(line, Said) and line.key == "said.prefixed" else None
        if isinstance(inner, Said) and inner.key == "said.prefixed" and inner.fields.get("name") == path:
            what = inner.fields.get("text")
            if isinstance(what, Said) and what.key == key:
                found.append(line)
    return found


@pytest.mark.parametrize(("path", "key", "words"), [
    (_FEED, "publish.xml-elsewhere", {"en": "https://evil.example/sign-in", "fr": "https://evil.example/sign-in"}),
    (_VERSIONS, "publish.json-markup", {"en": '<a href="https://evil.example/">', "fr": "<a href="}),
    (_PDF, "publish.pdf-active", {"en": "/OpenAction", "fr": "/OpenAction"}),
])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_verify_names_each_hostile_file_at_its_path_by_the_served_check_s_rules(verified, path, key, words, language):
    repo, report = verified
    told = _named(report, path, key)
    assert len(told) == 1, [str(line) for line in report.problems]
    line = said_in(told[0], language)
    colon = ":" if language == "en" else "\u00a0:"
    assert line.startswith(f"gh-pages{colon} {path}{colon} "), line
    assert words[language] in line, line
    # the same line publishing's served check says of the branch
    assert said_in(told[0].fields["text"], language) in [said_in(found, language) for found in _served(repo)]


def _served(repo: Path) -> list[str]:
    with opened(repo) as site:
        return servedpages.unsafe(site, dict(git_module.list_files(site.repo, "gh-pages")))


def test_a_word_document_added_by_hand_is_said_once_by_its_added_line(verified):
    """A file publishing never wrote is said added (verify.file/by-hand), once: not again by the rule it breaks."""
    _repo, report = verified
    lines = [str(line) for line in report.problems if _DOCX in str(line)]
    assert len(lines) == 1 and "added" in lines[0], lines
    with opened(_repo) as site:  # (the served check refuses it: removing it is the way out of both)
        assert [line for line in servedpages.files_unsafe(site, dict(git_module.list_files(site.repo, "gh-pages")))
                if line.startswith(_DOCX)]


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(("path", "away"), [("index.html", "en/2001-01-01/"), ("en/index.html", "2001-01-01/")])
def test_a_forged_page_sending_readers_on_is_said_once_where_it_leads(verified, language, path, away):
    """The site's root page (said `verify.root-page`) and a language's (`verify.archive-page-differs`) sending readers
    to a withdrawn version: said once, by the output check's line naming where it leads."""
    _repo, report = verified
    lines = [said_in(line, language) for line in report.problems]
    named = [line for line in lines if f" {path}" in line or line.startswith(path)]
    assert len(named) == 1, named
    assert f"“{away}”" in named[0] or f"«\u00a0{away}\u00a0»" in named[0], named

