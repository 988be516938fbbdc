"""Adopt42: leftovers of adopt40's imports of real policies, each said or read as the page shows it (session 51)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert


def test_the_confluence_ids_left_out_are_quoted_as_the_page_wrote_them(tmp_path: Path):
    """The note on the ids Confluence made quoted `PrivacyPolicy-1.Controller` whatever the page's ids were (a French
    page's `Politiquedeconfidentialité-1.Responsable`): it quotes one of the page's own."""
    source = tmp_path / "confidentialite-2022-11-15.html"
    source.write_text(
        '<html><body><div id="main-header"><h1 id="title-heading"><span id="title-text">Juridique : Confidentialité'
        '</span></h1></div><div id="main-content" class="wiki-content"><p>En vigueur le 15 novembre 2022.</p>'
        '<h2 id="Confidentialité-1.Responsable">1. Responsable</h2><p>Fabrikam SAS, voir <a '
        'href="#Confidentialité-2.Vosdroits">article 2</a>.</p><h2 id="Confidentialité-2.Vosdroits">2. Vos droits</h2>'
        '<p>Accès.</p></div></body></html>', encoding="utf-8")
    converted = convert(source, lang="fr")
    assert "voir [article 2](#s2)" in converted.markdown, converted.markdown
    said = [messages.said_in(note, "fr") for note in converted.notes]
    assert any("(Confidentialité-1.Responsable\xa0: un autre dans la page de chaque langue)" in note
               for note in said), said
    assert not any("PrivacyPolicy" in note for note in said), said
    said = [messages.said_in(note, "en") for note in converted.notes]
    assert any("2 headings (Confidentialité-1.Responsable: another" in note for note in said), said
