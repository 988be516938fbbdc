"""review2: export.comparable against an export of format 6 whose text writes an HTML image as an HTML5 parser reads
one: `<image …>` is an `<img>` to lexbor (inline.html_text) and to the browser, its alt text today's words, not
format 6's; verify would say such an export edited for words no one changed."""
from __future__ import annotations

import pytest

from policysite import export

TEXT = "# Politique\n\n## 1. Objet\n\n{block}\n"


@pytest.mark.parametrize("tag", ['<image src="logo.png" alt="Acme SAS">', '<IMAGE alt="Acme SAS"/>'])
def test_an_html_block_writing_image_is_an_html_image_for_the_older_formats(tag):
    source = TEXT.format(block=f"<p>Notre marque {tag} figure ici.</p>").encode()
    today = export.words_of(source, lang="fr")
    assert "Acme SAS" in repr(today)  # today's reading counts its alt text...
    assert today != export.words_of(source.replace(b' alt="Acme SAS"', b""), lang="fr")  # ...which format 6 did not
    assert not export.comparable({"format": 6}, source)
    assert export.comparable({"format": 7}, source)

