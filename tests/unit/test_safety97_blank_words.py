"""safety97: Braille's blank cell (U+2800) between a link's words is the space a reader sees, and was read as a
letter of a word: `[§⠀1](#s2)` shows "§ 1" and goes to §2, `[section⠀1](#s2)` alike, `[First⠀section](#s2)` shows
§1's title, `[the version of 1⠀January 2001](../2001-02-01/)` names a version it does not go to; each passed `policy
check` and the output check, which read no section number, title or day in them. characters.as_seen, how the checks
read words as a reader does, now reads a character drawn as a blank (characters.BLANK) as a space: each is refused at
its line, as with a space (editorial.link-text; link.shows-section, -section-title, -version)."""
from __future__ import annotations

import shutil

import pytest

from policysite import characters
from unit.test_safety82_catalogue import HEAD, PAGE, _checked, _published, project  # noqa: F401 (the fixture)

# (the written text, the output check's key, the line it says it at: a link naming a version, at its section's, as
# with a space)
CASES = [
    ("See [§\u28001](#s2) for more.", "link.shows-section", 13),
    ("See [section\u28001](#s2) for more.", "link.shows-section", 13),
    ("See [First\u2800section](#s2) for more.", "link.shows-section-title", 13),
    ("See [the version of 1\u2800January 2001](../2001-02-01/) for more.", "link.shows-version", 11),
]


@pytest.mark.parametrize(("written", "key", "line"), CASES)
def test_policy_check_refuses_a_link_whose_words_a_blank_cell_parts(project, tmp_path, written, key, line):  # noqa: F811
    root = shutil.copytree(project, tmp_path / "site")
    (root / PAGE).write_text(HEAD + written + "\n", encoding="utf-8")
    assert (PAGE, 13, "editorial.link-text") in _checked(root)


@pytest.mark.parametrize(("written", "key", "line"), CASES)
def test_the_output_check_refuses_it_on_the_published_page(written, key, line):
    assert (line, key) in _published(HEAD + written + "\n")


@pytest.mark.parametrize("written", ["See [§\u28002](#s2) for more.", "See [Second\u2800section](#s2) for more."])
def test_a_link_naming_where_it_goes_passes(written):
    assert not {key for _line, key in _published(HEAD + written + "\n") if key.startswith("link.")}


def test_as_seen_reads_a_blank_cell_as_a_space():
    assert characters.as_seen("§\u28001 and 30\u00ad0") == "§ 1 and 300"
