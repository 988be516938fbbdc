"""safety79 through the served check and verify: a hand commit's root page sending readers to an older version is
refused by the one gate (servedpages.unsafe: publish, history, export) and said by verify, in English and in French;
the root page publishing wrote passes. Verify reads every page the served check reads (an `.xhtml` page too)."""
from __future__ import annotations

import pytest

from integration.test_gate_catalogue66 import published as published  # (the fixture)
from integration.test_gate_catalogue76 import _blob
from policysite import git as git_module, servedpages, verify
from policysite.messages import said_in
from policysite.project import opened

_SAID = {"en": "refused: the site's root page leads to “en/2001-01-01/”, not to a language's text in force",
         "fr": "refusé\u00a0: la page racine du site mène à «\u00a0en/2001-01-01/\u00a0», et non au texte en vigueur"}


def _branch(site) -> dict[str, tuple[str, str]]:
    return dict(git_module.list_files(site.repo, "gh-pages"))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_root_page_leading_to_an_older_version_is_refused_and_said_by_verify(published, language):
    with opened(published) as site:
        listing = _branch(site)
        root = git_module.read_object(site.repo, listing["index.html"][1])
        assert b"en/latest/" in root
        assert not [line for line in servedpages.unsafe(site, listing) if line.startswith("index.html")]
        assert not verify._unsafe(site, listing)
        listing["index.html"] = ("100644", _blob(published, root.replace(b"en/latest/", b"en/2001-01-01/")))
        found = servedpages.unsafe(site, listing)
        told = [violation.said() for violation in verify._unsafe(site, listing)]
    assert [line.partition(": ")[0] for line in found] == ["index.html"], found
    assert _SAID[language] in said_in(found[0], language), said_in(found[0], language)
    assert len(told) == 1 and _SAID[language] in said_in(told[0], language), told


_SCRIPTED = b'<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body><p>Hi</p><script>alert(1)</script>'


@pytest.mark.parametrize("name", [f"en/page{end}" for end in servedpages.DOCUMENTS])
def test_verify_reads_every_page_the_served_check_reads(published, name):
    with opened(published) as site:
        listing = {**_branch(site), name: ("100644", _blob(published, _SCRIPTED))}
        served = [line for line in servedpages.unsafe(site, listing) if line.startswith(name)]
        told = [violation.file for violation in verify._unsafe(site, listing)]
    assert served, name
    assert set(told) == {name}, told


def test_a_word_redline_right_to_left_passes_under_its_language_only(published):
    """Served under `ar/`, an Arabic redline passes (and is kept as passed); the same bytes served as the English
    redline are refused all the same: the verdict kept under the language served, not the blob alone."""
    from unit.test_safety78_word_shown import _redline

    blob = _blob(published, _redline("ar", "نحتفظ بالبيانات 90 يوما"))
    arabic = "ar/2001-02-01/changes/redline-ar-2001-01-01-2001-02-01.docx"
    english = "en/2001-02-01/changes/redline-en-2001-01-01-2001-02-01.docx"
    with opened(published) as site:
        listing = _branch(site)
        assert not servedpages.unsafe(site, {**listing, arabic: ("100644", blob)})
        found = servedpages.unsafe(site, {**listing, arabic: ("100644", blob), english: ("100644", blob)})
    assert [line.partition(": ")[0] for line in found] == [english], found
    assert "word/document.xml: <" in said_in(found[0], "en"), found
