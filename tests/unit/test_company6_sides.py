"""company6: the side-by-side page names the authoritative language mid-sentence as the page's language writes it
there (Greek: στα γαλλικά, lower case), its column captions as a line starts (Γαλλικά)."""
from __future__ import annotations

from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite import sidebyside, strings

ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
FR = "---\ndate: 2021-02-17\n---\n# Politique\n\n## 1. Objet\n\nNous traitons vos données.\n"
EL = "---\ndate: 2021-02-17\n---\n# Πολιτική\n\n## 1. Αντικείμενο\n\nΕπεξεργαζόμαστε τα δεδομένα σας.\n"


def test_language_names_in_a_sentence():
    assert strings.language_in_sentence("fr", "el") == "γαλλικά"
    assert strings.language_name_in("fr", "el") == "Γαλλικά"  # (CLDR's stand-alone form, a caption's)
    assert strings.language_in_sentence("fr", "de") == "Französisch"  # German capitalises it in a sentence too
    assert strings.language_in_sentence("fr", "en") == "French"
    assert strings.language_in_sentence("fr", "it") == "francese"
    assert strings.language_in_sentence("xx-unknown", "el") == "xx-unknown"


def test_greek_side_by_side_notice_writes_the_language_lower_case():
    html = LexborHTMLParser(sidebyside.page_body(env=ENV, lang="el", source_lang="fr", source_text=FR, text=EL,
                                                 version="2021-02-17"))
    notice = html.css_first(".policy-sides-notice").text()
    assert "στα γαλλικά:" in notice, notice
    assert "Γαλλικά" not in notice
    captions = html.html or ""
    assert "Γαλλικά (αυθεντικό κείμενο)" in captions
