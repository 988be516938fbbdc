"""policy.json's format 7 (redline6: an HTML image's alt text is words): an export published in formats 4 to 6 is
still compared with today's reading of its text by verify and provenance, except where the text writes an HTML image,
whose alt text those formats did not count (they would be said edited for words no one changed)."""
from __future__ import annotations

from policysite import export

WITH_IMAGE = b"# Politique\n\n## 1. Objet\n\nNotre logo <img src=\"logo.png\" alt=\"Acme SAS\"> figure ici.\n"
WITHOUT = "# Politique\n\n## 1. Objet\n\nNous traitons vos données.\n".encode()


def test_an_html_images_alt_text_is_words_of_the_export():
    words = export.words_of(WITH_IMAGE, lang="fr")
    assert "Acme SAS" in repr(words)
    assert export.FORMAT >= 7


def test_an_older_export_is_compared_unless_its_text_writes_an_html_image():
    for form in (4, 5, 6):
        assert export.comparable({"format": form}, WITHOUT)
        assert not export.comparable({"format": form}, WITH_IMAGE)
        assert not export.comparable({"format": form}, WITH_IMAGE.replace(b"<img", b"<IMG"))
    assert export.comparable({"format": 7}, WITH_IMAGE) and export.comparable({"format": 7}, WITHOUT)
    assert not export.comparable({"format": 3}, WITHOUT)
    assert not export.comparable({"format": "6"}, WITHOUT)
    assert not export.comparable([], WITHOUT)


def test_a_format_6_export_of_a_text_with_an_html_image_holds_other_words_than_today_s():
    """Why the rule: the words a format 6 export wrote for such a text (the alt left out) are not today's."""
    today = export.words_of(WITH_IMAGE, lang="fr")
    written = export.words_of(WITH_IMAGE.replace(b' alt="Acme SAS"', b""), lang="fr")
    assert today != written
