"""safety69: the stylesheet's symbol fonts (css_rules._SYMBOL_FONTS) named those of Windows, macOS and Office only. A
Linux desktop installs URW's clones of Symbol and Zapf Dingbats with Ghostscript (`Standard Symbols PS`, `D050000L`,
and `Standard Symbols L` before them), and macOS its ornament faces (`Hoefler Text Ornaments`, `Bodoni Ornaments`),
whose letters are Greek letters or fleurons: `font-family: "Standard Symbols PS", serif` on the text's paragraphs was
published, drawing every sentence as Greek letters for those readers while the checks read it as written."""
from __future__ import annotations

import pytest

from policysite import css_rules


@pytest.mark.parametrize("css", [
    ".md-typeset p { font-family: 'Standard Symbols PS', serif }",
    ".md-typeset p { font-family: \"Standard Symbols L\" }",
    ":root { --md-text-font: D050000L }",
    "td { font-family: 'Hoefler Text Ornaments', Georgia }",
    "li { font-family: Bodoni Ornaments }",
])
def test_a_symbol_or_ornament_font_a_desktop_installs_is_refused(css):
    found = [str(said) for said in css_rules.css_problems(css, generator="")]
    assert any("a symbol font draws letters" in said for said in found), found


@pytest.mark.parametrize("css", [
    ".md-typeset p { font-family: 'Nimbus Sans', Helvetica, sans-serif }",  # (URW's text faces draw letters)
    ".md-typeset p { font-family: 'Bodoni 72', 'Hoefler Text', serif }",  # (macOS's text faces beside the ornaments)
])
def test_a_text_face_of_the_same_foundry_passes(css):
    assert [str(said) for said in css_rules.css_problems(css, generator="")] == []
