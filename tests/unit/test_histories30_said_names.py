"""A file's path as git prints it C-quoted (`git ls-tree`, `git diff --name-only`: `"docs/\\303\\251t\\303\\251.md"`)
is said by its name in every message naming a file (`path`, `file`), a line feed in it escaped so that the message
stays one line; a path git did not quote is said as it is (histories30)."""
from __future__ import annotations

import pytest

from policysite import git
from policysite.messages import Said, said_in


@pytest.mark.parametrize(("name", "said"), [
    ('"docs/\\303\\251t\\303\\251.md"', "docs/été.md"),
    ('"old/new\\nline.txt"', "old/new\\nline.txt"),
    ('"old/quote\\"d.txt"', 'old/quote"d.txt'),
    ('"old/back\\\\slash.txt"', "old/back\\slash.txt"),
    ('"fr/\\377.html"', "fr/\\xff.html"),  # a byte no UTF-8: said as that byte
    ("docs/été.md", "docs/été.md"),  # a name as it is (a name `-z` read, or the disk's)
    ('"quoted".md', '"quoted".md'),  # quotes of a name's own: no quoted form of git's
    ('"no escape"', '"no escape"'),  # git quotes no name without a byte to escape: a name of its own
    ("new\nline.txt", "new\\nline.txt"),
])
def test_a_name_is_said_as_it_is_named(name, said):
    assert git.said_name(name) == said


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_message_naming_a_file_says_a_quoted_name_by_its_name(language):
    for key in ("verify.unaccounted", "export.changed-since"):
        said = said_in(Said(key, path='"docs/fr/\\303\\251t\\303\\251\\n.md"', commit="abc1234"), language)
        assert said.startswith("docs/fr/été\\n.md") and "\\303" not in said and "\n" not in said, said
    plain = said_in(Said("verify.unaccounted", path='"a".md'), language)
    assert plain.startswith('"a".md'), plain
