"""Review 54: output.aria-structure (safety87) wrote the attribute it refuses with English quotes baked into its
field, `<p role=“heading”>`, in the French line too, where every other output message quotes a value as French does
(`<p role=« img »>`, output.aria-role). The attribute's name and value are now fields of their own, each catalogue
quoting the value as its language quotes words."""
from __future__ import annotations

import pytest

from policysite import safety
from policysite.messages import said_in
from unit.test_safety import THEME, page

NB = "\u00a0"


def _said(article: str, lang: str) -> list[str]:
    return [said_in(v.message, lang) for v in safety.check_page(page(article), file="fr/2024-05-01/index.html",
                                                                theme_dirs=THEME)
            if v.message.key == "output.aria-structure"]


@pytest.mark.parametrize(("article", "english", "french"), [
    ('<p role="heading" aria-level="1">Nous vendons vos données.</p>', "<p role=“heading”>",
     f"<p role=«{NB}heading{NB}»>"),
    ('<p role="heading" aria-level="1">Nous vendons vos données.</p>', "<p aria-level=“1”>",
     f"<p aria-level=«{NB}1{NB}»>"),
    ('<p aria-owns="s2">Nous conservons vos données.</p>', "<p aria-owns=“s2”>", f"<p aria-owns=«{NB}s2{NB}»>"),
])
def test_the_refused_attribute_is_quoted_as_each_language_quotes_words(article, english, french):
    assert any(line.startswith(english + ": tells a screen reader") for line in _said(article, "en")), \
        _said(article, "en")
    assert any(line.startswith(french + f"{NB}: annonce à un lecteur d'écran") for line in _said(article, "fr")), \
        _said(article, "fr")
    assert not any("“" in line for line in _said(article, "fr")), _said(article, "fr")
