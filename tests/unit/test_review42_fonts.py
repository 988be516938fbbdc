"""review42: the family a PDF's missing letters are said to need is one that exists: Latin, Greek and Cyrillic letters
are Noto Sans's own (there is no "Noto Sans Latin"), other scripts keep their Noto Sans family."""
from __future__ import annotations

from policysite import document, glyphs, scriptfonts


def test_latin_greek_and_cyrillic_letters_name_noto_sans_itself():
    assert [scriptfonts.suggested(script, "fr") for script in ("Latn", "Grek", "Cyrl")] == ["Noto Sans"] * 3
    assert scriptfonts.suggested("Ethi", "am") == "Noto Sans Ethiopic"
    assert scriptfonts.suggested("Hang", "ko") == "Noto Sans CJK KR"


def test_policy_check_names_an_existing_family_for_latin_letters_no_font_draws():
    raw = "---\ndate: 2030-01-15\n---\n\n# Politique\n\nLa lettre ꞔ et la lettre ꞕ.\n"
    policy = document.parse(raw, path="docs/fr/index.md", lang="fr")
    (finding,) = [f for f in glyphs.check(policy, raw) if f.key == "pdf.glyph/letters"]
    french = finding.in_language("fr").message
    assert "lettres latines" in french and "(comme Noto Sans)" in french, french
