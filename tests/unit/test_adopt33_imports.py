"""Adopt33: an imported policy nobody here wrote, read as its author meant it."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import strings
from tests.helpers import imported_text

# MkDocs Material's kinds of note box besides those GitHub's alerts share, with their other names
_MATERIAL_KINDS = {"abstract": "summary", "summary": "summary", "tldr": "summary", "todo": "todo",
                   "success": "success", "check": "success", "done": "success", "question": "question",
                   "help": "question", "faq": "question", "failure": "failure", "fail": "failure",
                   "missing": "failure", "bug": "bug", "example": "example", "quote": "quote", "cite": "quote",
                   "info": "info", "danger": "danger"}


@pytest.mark.parametrize("lang", ["fr", "de", "it", "pl", "ja", "ar"])
def test_materials_other_note_boxes_are_titled_in_the_pages_language(tmp_path: Path, lang):
    """`!!! abstract`, `!!! example`, `!!! tldr`… with no title on a French page were titled by their kind's English
    word ("**Abstract**", "**Tldr**"): each is its kind's word in the page's language; a title written stays."""
    boxes = "".join(f"!!! {kind}\n    Words {n}.\n\n" for n, kind in enumerate(_MATERIAL_KINDS))
    text = imported_text(tmp_path, "privacy-2021-06-01.md", f"# Privacy\n\n## 1. Scope\n\n{boxes}"
                                                            "!!! example \"Own words\"\n    Words last.\n", lang=lang)
    words = strings.strings(lang)
    for n, word in enumerate(_MATERIAL_KINDS.values()):
        assert f"**{words['callout_' + word]}**\n\nWords {n}." in text.body, text.body
    assert "**Own words**\n\nWords last." in text.body, text.body

