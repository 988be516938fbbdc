"""legal28: a contact e-mail changed (`privacy@example.com` → `privacy@example.org`) was said by `policy diff` to be a
spelling corrected only, "a correction: `change: editorial` … needs no notice" (redline.typos: one word each, spelt
nearly alike, one unknown to the dictionary): the address readers write to, or the site they are sent to, is no
spelling. An address written as a word, an e-mail's or a web one's, is now never a typo; a word spelt again still is."""
from __future__ import annotations

import pytest

from policysite import document, redline
from policysite.redline import typos

HEAD = "---\ndate: 2024-01-10\n---\n\n# Policy\n\n## 1. Contact\n\n"
TETE = "---\ndate: 2024-01-10\n---\n\n# Politique\n\n## 1. Contact\n\n"


def _corrected(old: str, new: str, lang: str) -> list[tuple[str, str, str]]:
    head = TETE if lang == "fr" else HEAD
    return typos.corrected(redline.diff(document.parse(head + old, path="a", lang=lang),
                                        document.parse(head + new, path="b", lang=lang)))


@pytest.mark.parametrize(("old", "new", "lang"), [
    ("Écrivez à privacy@example.com ou au délégué.", "Écrivez à privacy@example.org ou au délégué.", "fr"),
    ("Write to privacy@example.com or to the officer.", "Write to privacy@example.org or to the officer.", "en"),
    ("Écrivez à dpo@exemple.fr.", "Écrivez à dpo@exemples.fr.", "fr"),
    ("Voir www.cnil.fr pour plus.", "Voir www.cnll.fr pour plus.", "fr"),
    ("See example.com for more.", "See example.org for more.", "en"),
    ("See https://example.com/privacy for more.", "See https://example.com/privacy2 for more.", "en"),
])
def test_an_address_changed_is_no_spelling_corrected(old, new, lang):
    assert _corrected(old, new, lang) == []


def test_a_word_spelt_again_beside_an_address_is_still_one():
    assert _corrected("Write to privacy@example.com, we answer every requets.",
                      "Write to privacy@example.com, we answer every request.", "en") == [("1", "requets", "request")]
