"""Words 12: every count a message says is written as its language writes numbers (12,345 in English, 12 345 in French),
in every catalogue; what a user types or finds as written stays bare: a line and a column (`path:1234`, "line 1234",
as editors and compilers write them and their "go to line" takes them), a year."""
from __future__ import annotations

import pytest
from test_words11_catalogue import _kinds

from policysite.messages import LANGUAGES, catalogue, say

NUMERIC = {"number", "plural", "decimal", "ordinal"}
# The fields that are counts, sizes, limits or byte offsets wherever a message names them (a field named so holds a
# number in every template; `files`, `versions`, `n` are lists or an entry's place in some, and are not here)
COUNTS = frozenset({"count", "most", "total", "offset", "position", "unclosed", "numbered", "passed",
                    "translation_count", "source_count", "others", "whitespace", "formatting", "deepest", "depth",
                    "nesting"})
# The fields that are places to go to or dates' parts: written bare in every catalogue
BARE = frozenset({"line", "column", "year"})


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_count_is_written_as_a_number(lang):
    """"{count} more", "{most} bytes" wrote 12345 in English where French wrote 12 345 (and "1234 commits" in both)."""
    bare = sorted(f"{key} {{{name}}}" for key, template in catalogue(lang).items()
                  for name, kinds in _kinds(template).items() if name in COUNTS and "" in kinds)
    assert bare == []


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_line_a_column_a_year_are_written_as_typed(lang):
    grouped = sorted(f"{key} {{{name}}}" for key, template in catalogue(lang).items()
                     for name, kinds in _kinds(template).items() if name in BARE and kinds & NUMERIC)
    assert grouped == []


@pytest.mark.parametrize(("lang", "said"), [("en", "12,345"), ("fr", "12\u202f345")])
def test_counts_read_as_the_language_groups_digits(lang, said):
    assert said in say("refusal.more", {"count": 12345}, lang)
    assert said in say("publish.refused", {"count": 12345, "branch": "gh-pages"}, lang)
    assert said in say("source.encoding/file", {"path": "docs/fr/index.md", "line": 1234, "offset": 12345}, lang)
    assert "docs/fr/index.md:1234" in say("source.encoding/file", {"path": "docs/fr/index.md", "line": 1234,
                                                                   "offset": 12345}, lang)
