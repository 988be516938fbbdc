"""company7: the generator's own words that a PDF prints (a version's: "أُعلن عن هذه النسخة"; the redline's: "النص
المعدَّل", "معدَّلان (2)", "مسطَّر") are read by its text layer as written. In Amiri, the Arabic PDFs' font, a letter
bearing two marks, or a vowel on a hamza, is drawn right but written twice into the text layer (what a reader copies,
searches or hears: "المعدَّدَّل"), as `policy check` says of a text's own words (pdf.text-layer): an Arabic company's
redline said so in every heading and count. Those words are written without the marks, as Arabic is usually written."""
from __future__ import annotations

import importlib
import pkgutil
import unicodedata

import pytest

from policysite import glyphs, locales


def _marked_words(module: object) -> list[str]:
    texts = [*getattr(module, "STRINGS", {}).values(), *getattr(module, "REDLINE", {}).values()]
    return sorted({word for text in texts for word in text.split()
                   if any(unicodedata.category(char) == "Mn" for char in word)})


MODULES = [name for _, name, _ in pkgutil.iter_modules(locales.__path__)
           if _marked_words(importlib.import_module(f"policysite.locales.{name}"))]


@pytest.mark.parametrize("name", MODULES)
def test_the_sites_own_words_read_right_in_the_pdfs_text_layer(name):
    module = importlib.import_module(f"policysite.locales.{name}")
    lang = {"pt_br": "pt-BR", "zh_hant": "zh-Hant"}.get(name, name)
    if glyphs.undrawn(_marked_words(module), lang=lang):  # (Thai: the engine has no face of its letters)
        pytest.skip(f"no face draws {lang}'s letters here: its PDF is refused for them until the project adds one")
    assert glyphs.misread(_marked_words(module), lang=lang) == {}


def test_arabic_is_among_the_languages_judged():
    assert "ar" in MODULES
