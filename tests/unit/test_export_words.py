"""The words of a text's policy.json, read from the document model (what provenance and verify compare a published
export with) are those of the export written and read back."""
from __future__ import annotations

import json

import pytest

from helpers import FROZEN, synthetic_policy
from policysite import export

MIXED = ("---\ndate: 2023-01-01\n---\n# Policy of <abbr title=\"x\">Acme</abbr>\n\nA preamble &lt;kept&gt;.\n\n"
         "## 1. Data\n\n| Data | Kept |\n|---|---|\n| Logs | <br>a year |\n\n```\ncode *as* written\n```\n\n"
         "- An item\n  on two lines\n\n## 2. <b>Contact</b>\n\n1. First\n2. Second\n")


@pytest.mark.parametrize("text, lang", [
    ((FROZEN / "fr" / "index.md").read_bytes(), "fr"), ((FROZEN / "en" / "index.md").read_bytes(), "en"),
    (synthetic_policy().encode(), "en"), (MIXED.encode(), "en"),
    (b"---\ndate: 2023-01-01\ntitle: Only in the front matter\n---\nNo heading at all.\n", "en")])
def test_the_words_of_a_text_are_those_of_its_export(text, lang):
    written = json.loads(export.policy_json(text, lang=lang, version="2023-01-01", url="https://e.test/",
                                            previous="2022-01-01"))
    assert export.words_of(text, lang=lang) == export.words(written)
    assert export.words_of(text, lang=lang) != export.words({**written, "title": "Another title"})
