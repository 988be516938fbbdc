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

_SAID = {"en": "refused: a page sending readers on to the text in force (the site's root, a language's) leads to "
               "“{url}” instead (publishing's leads to {target})",
         "fr": "refusé\u00a0: une page qui envoie les lecteurs vers le texte en vigueur (la racine du site, celle d'une "
               "langue) mène à «\u00a0{url}\u00a0» à la place (celle de la publication mène à {target})"}


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
    said = _SAID[language].format(url="en/2001-01-01/", target="en/latest/")
    assert [line.partition(": ")[0] for line in found] == ["index.html"], found
    assert said in said_in(found[0], language), said_in(found[0], language)
    assert len(told) == 1 and said in said_in(told[0], language), told


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_language_root_leading_to_an_older_version_is_refused_and_said_by_verify(published, language):
    with opened(published) as site:
        listing = _branch(site)
        door = git_module.read_object(site.repo, listing["en/index.html"][1])
        assert b"latest/" in door
        assert not [line for line in servedpages.unsafe(site, listing) if line.startswith("en/index.html")]
        listing["en/index.html"] = ("100644", _blob(published, door.replace(b"latest/", b"2001-01-01/")))
        found = servedpages.unsafe(site, listing)
        told = [violation.said() for violation in verify._unsafe(site, listing)]
        # the same bytes at the site's root lead elsewhere again: judged there, not vouched for by the blob
        root = servedpages.unsafe(site, {**_branch(site), "index.html": ("100644", _blob(published, door))})
    said = _SAID[language].format(url="2001-01-01/", target="en/latest/")
    assert [line.partition(": ")[0] for line in found] == ["en/index.html"], found
    assert said in said_in(found[0], language), said_in(found[0], language)
    assert len(told) == 1 and said in said_in(told[0], language), told
    assert [line.partition(": ")[0] for line in root] == ["index.html"], root


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
