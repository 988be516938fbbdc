"""Pages saved from WordPress and its consent and policy plugins (Complianz, GDPR Cookie Consent, Contact Form 7),
imported as their readers saw them (adoption hunt 20, session 40)."""
from __future__ import annotations

from pathlib import Path

from policysite import messages
from policysite.convert import convert


def converted(tmp_path: Path, body: str, name: str = "privacy-2023-03-12.html", *, head: str = ""):
    source = tmp_path / name
    source.write_text(f"<!DOCTYPE html><html lang=\"fr\"><head>{head}</head><body><main>{body}</main></body></html>",
                      encoding="utf-8")
    result = convert(source)
    return result.markdown, "\n".join(messages.said_in(note, "en") for note in result.notes)


def test_complianz_s_reversed_e_mail_address_is_read_the_right_way_round(tmp_path: Path):
    """Complianz writes each address of its documents reversed in a `cmplz-obfuscate` span that its plugin's stylesheet
    draws right to left; saved without that stylesheet, the page was imported with `moc.elpmaxe@tcatnoc`."""
    text, notes = converted(tmp_path, "<h1>Déclaration de confidentialité</h1><h2>1. Contact</h2>"
                                      "<p>E-mail : <span class=\"cmplz-obfuscate\">moc.elpmaxe@tcatnoc</span></p>")
    assert "E-mail : contact@example.com\n" in text, text
    assert "“contact@example.com”" in notes, notes


def test_a_page_s_own_rule_for_complianz_s_class_is_the_one_read(tmp_path: Path):
    """Where the page's stylesheet styles the class otherwise (no override), its words stay as written."""
    text, _notes = converted(tmp_path, "<h1>Privacy</h1><h2>1. Contact</h2>"
                                       "<p>Mail: <span class=\"cmplz-obfuscate\">dpo@example.org</span></p>",
                             head="<style>.cmplz-obfuscate { font-weight: normal }</style>")
    assert "Mail: dpo@example.org\n" in text, text
