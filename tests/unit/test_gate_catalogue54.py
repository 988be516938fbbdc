"""Safety hunt 54, what safety53 left: a Word redline that embeds a font (its glyphs may draw other words than its
text, as a PDF's may), and a language's configuration naming Material without `font` or `extra.policy`, which `policy
check` passed though the build loads Roboto from Google Fonts; and a forged version page without the site's guard of
Material's `__outdated`, which the theme then stores in the reader's sessionStorage."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from policysite import config_rules, docxactions, safety
from policysite.messages import Said, said_in
from unit.test_docxactions import _redline, _rels, _with
from unit.test_safety import GUARD, SCOPE, THEME, page

_FONT_TABLE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:fonts xmlns:w="http://schemas.'
               'openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/'
               'officeDocument/2006/relationships"><w:font w:name="Liberation Serif">{embed}</w:font></w:fonts>')
_FONT_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font"


def _settings(data: bytes, element: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        settings = archive.read("word/settings.xml")
    return settings.replace(b"<w:trackRevisions/>", element.encode() + b"<w:trackRevisions/>", 1)


@pytest.mark.parametrize(("change", "said"), [
    (lambda data: {"word/fonts/font1.odttf": b"\x00\x01\x00\x00"}, "word/fonts/font1.odttf"),
    (lambda data: {"word/media/look.TTF": b"\x00\x01\x00\x00"}, "word/media/look.TTF"),
    (lambda data: {"word/fontTable.xml": _FONT_TABLE.format(
        embed='<w:embedRegular r:id="rId1" w:fontKey="{00000000-0000-0000-0000-000000000000}"/>').encode()},
     "word/fontTable.xml: <embedRegular>"),
    (lambda data: {"word/fontTable.xml": _FONT_TABLE.format(embed='<w:embedBoldItalic r:id="rId2"/>').encode()},
     "word/fontTable.xml: <embedBoldItalic>"),
    (lambda data: {"word/settings.xml": _settings(data, "<w:embedTrueTypeFonts/>")},
     "word/settings.xml: <embedTrueTypeFonts>"),
    (lambda data: {"word/_rels/fontTable.xml.rels": _rels(
        f'<Relationship Id="rId1" Type="{_FONT_TYPE}" Target="media/image1.png"/>')},
     "word/_rels/fontTable.xml.rels: media/image1.png"),
])
def test_a_font_a_word_document_embeds_is_named(change, said):
    """A forged Word redline could embed a font whose glyphs draw other words than its text (the PDF side has
    `font.swaps`): its part (`word/fonts/*.odttf`, a font file of any name), fontTable.xml's `w:embedRegular` …, a
    relationship of type font, settings.xml's `w:embedTrueTypeFonts` were read as nothing. The generator's redline
    embeds none, and passes."""
    data = _redline()
    assert docxactions.docx_action(data) == ""
    assert docxactions.docx_action(_with(data, change(data))) == said


def test_the_refusal_of_a_word_documents_font_is_said_in_french_and_english():
    said = Said("publish.docx-active", what="word/fonts/font1.odttf")
    assert "a font it embeds, whose glyphs may draw other words than its text" in str(said), str(said)
    assert said_in(said, "fr").startswith("refusé\u00a0: un document Word contenant «\u00a0word/fonts/font1.odttf"
                                          "\u00a0»"), said_in(said, "fr")
    assert "une police qu'il embarque, dont les glyphes peuvent dessiner d'autres mots" in said_in(said, "fr")


@pytest.mark.parametrize("theme", ["material", {"name": "material", "language": "en"},
                                   {"name": "material", "custom_dir": "overrides", "features": ["toc.follow"]}])
def test_a_languages_configuration_naming_material_without_font_is_refused(tmp_path, theme):
    """`mkdocs.en.yml` without INHERIT nor `extra.policy`, its theme Material with no `font`: `policy check` passed it
    (only a whole configuration was held to Material's default, Roboto from Google Fonts) and the build refused the
    pages it wrote. Said at the file, in both languages."""
    found = config_rules.problems({"docs_dir": "docs/en", "theme": theme}, config_file="mkdocs.en.yml", files=tmp_path)
    assert [line for line in found if "theme.font" in str(line)] == found, found
    assert [str(line)[:60] for line in found] == ["mkdocs.en.yml: theme.font: Material has every reader's browser "
                                                  "load"[:60]], found
    assert said_in(found[0], "fr").startswith("mkdocs.en.yml\u00a0: theme.font\u00a0: Material fait télécharger"), \
        said_in(found[0], "fr")


@pytest.mark.parametrize("theme", [{"name": "material", "language": "en", "font": False}, {"language": "en"},
                                   {"name": "mkdocs", "font": False}])
def test_a_languages_configuration_without_web_fonts_or_naming_no_theme_passes_the_font_rule(tmp_path, theme):
    found = config_rules.problems({"docs_dir": "docs/en", "theme": theme}, config_file="mkdocs.en.yml", files=tmp_path)
    assert not [line for line in found if "theme.font" in str(line)], found


_VERSIONED = ('<script id="__config" type="application/json">'
              + json.dumps({"base": "..", "features": [], "search": "../assets/javascripts/workers/search.a7633da7.min.js",
                            "translations": {}, "version": {"provider": "mike", "default": "latest", "alias": False}})
              + "</script>")


def _unguarded(html: str) -> list[str]:
    return [str(v.message) for v in safety.check_page(html, file="fr/2021-02-17/index.html", theme_dirs=THEME)]


@pytest.mark.parametrize("chrome", [
    "",  # the guard dropped
    GUARD + SCOPE,  # base.html's definition of __md_set again after it: the bundle's write goes through
    f"<noscript>{GUARD}</noscript>",  # a guard a browser running scripts reads as text
    GUARD.replace('"__outdated"', '"__palette"'),  # another key dropped
])
def test_a_version_page_without_the_sites_outdated_guard_is_found(chrome):
    """Material's bundle, on a page whose configuration names its version selector, stores "is this version the
    latest?" in the reader's sessionStorage (`/fr/2021-02-17/.__outdated`); the site's guard drops that write. A forged
    page without it passed the output check. The message names the fix for a page an earlier generator built."""
    found = [message for message in _unguarded(page(head=_VERSIONED, chrome=chrome)) if "version check" in message]
    assert found == ["the page runs the theme's version check without the site's guard (overrides/partials/javascripts/"
                     "outdated.html) as the last script to define __md_set: the theme stores “is this version the "
                     "latest?” in the reader's browser for each version read; a page built before that guard (an "
                     "earlier generator's) is built again with today's theme by `policy history --rebuild`"], found
    said = said_in(Said("output.outdated-unguarded"), "fr")
    assert said.startswith("la page exécute la vérification de version du thème sans la protection du site"), said
    assert "__md_set\u00a0: le thème enregistre «\u00a0cette version est-elle la dernière\u202f?\u00a0»" in said, said


@pytest.mark.parametrize(("head", "chrome"), [(_VERSIONED, GUARD), ("", "")])
def test_a_version_page_with_the_guard_or_a_page_without_the_version_selector_passes(head, chrome):
    """The generator writes the guard after base.html's definition on every page naming a version (dated versions,
    latest); its history, compare and 404 pages name none and run no version check."""
    assert _unguarded(page(head=head, chrome=chrome)) == []
