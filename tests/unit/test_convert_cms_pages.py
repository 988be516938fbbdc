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


def test_loose_text_between_wordpress_block_comments_is_a_paragraph_not_code(tmp_path: Path):
    """A post's content as WordPress's block editor saves it (`<!-- wp:freeform -->` around a classic block's loose
    text): each comment left a space of its own before the text, which four made an indented code block."""
    source = tmp_path / "privacy-2023-03-12.html"
    source.write_text('<!-- wp:heading {"level":1} -->\n<h1>Privacy</h1>\n<!-- /wp:heading -->\n\n'
                      "<!-- wp:paragraph -->\n<p>We care.</p>\n<!-- /wp:paragraph -->\n\n"
                      "<!-- wp:more -->\n<!--more-->\n<!-- /wp:more -->\n\n"
                      "<!-- wp:freeform -->\nClassic text with <strong>bold</strong>.\n<!-- /wp:freeform -->\n",
                      encoding="utf-8")
    text = convert(source).markdown
    assert "\n\nWe care.\n\nClassic text with **bold**." in text, text  # (a space after it: loose text's last)
