"""legal21: every finding of `policy check` names the Markdown line the lawyer edits: the line of a wrapped paragraph
(or list item, quotation, footnote, HTML block) that writes the word, not the block's first (a misspelt word, a dead
link, the brand written another way were said at the paragraph's first line), also after a front matter of 12 lines
and in a file written with CRLF line ends or a BOM."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import git, one_language_project
from policysite import checks, document

PAGE = "docs/en/index.md"
FRONT = "---\ndate: 2024-05-01\n---\n"
FRONT12 = ("---\ndate: 2024-05-01\nsummary: A summary.\ndescription: >-\n  A description\n  on lines\n  of its own.\n"
           "change: editorial\ntitle: Example privacy policy\nsearch:\n  exclude: false\n---\n")
TOP = "\n# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph one.\n\n## 2. Second section\n\n"
# What each check kind finds, written on a line of its own below the block's first
WRONG = {"spelling.unknown-word": "we processs your data", "links.dead": "see [there](#nowhere)",
         "editorial.brand": "the EXAMPLE team", "editorial.unclosed-emphasis": "your **rights",
         "editorial.email-malformed": "write to dpo@example", "editorial.doubled-word": "we keep the the data"}
# Each place, the wrong words on its third line (the block opens on its first)
PLACES = {
    "paragraph": "First line of it,\nsecond line of it,\n{}.",
    "list item": "- First line of it,\n  second line of it,\n  {}.\n- Another item.",
    "quotation": "> First line of it,\n> second line of it,\n> {}.",
    "footnote": "Text[^1].\n\n[^1]: First line of it,\n    {}.",
    "HTML block": '<div markdown="1">\nFirst line of it,\n{}.\n</div>',
}


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = one_language_project(tmp_path_factory.mktemp("legal21") / "site")
    git(root, "init", "-q", "-b", "main")
    return root


def _lines(root: Path, data: bytes, rule: str) -> list[int]:
    (root / PAGE).write_bytes(data)
    return [f.line for f in checks.check_project(root=root, today=dt.date(2024, 6, 1))
            if f.path == PAGE and f.rule == rule]


@pytest.mark.parametrize(("place", "rule"), [(place, rule) for place in PLACES for rule in WRONG
                                             # (a Markdown link inside HTML is text the page shows as written)
                                             if (place, rule) != ("HTML block", "links.dead")])
def test_a_finding_names_the_line_writing_the_words(project, place, rule):
    text = FRONT + TOP + PLACES[place].format(WRONG[rule]) + "\n"
    expected = next(n for n, line in enumerate(text.split("\n"), start=1) if WRONG[rule] in line)
    assert _lines(project, text.encode("utf-8"), rule) == [expected]


@pytest.mark.parametrize("written", ["crlf", "bom", "crlf and bom"])
@pytest.mark.parametrize("rule", ["spelling.unknown-word", "links.dead", "editorial.unclosed-emphasis"])
def test_the_line_is_the_same_after_a_long_front_matter_and_in_a_windows_file(project, written, rule):
    text = FRONT12 + TOP + PLACES["paragraph"].format(WRONG[rule]) + "\n"
    expected = next(n for n, line in enumerate(text.split("\n"), start=1) if WRONG[rule] in line)
    assert expected == 24
    data = (text.replace("\n", "\r\n") if "crlf" in written else text).encode("utf-8")
    assert _lines(project, (b"\xef\xbb\xbf" if "bom" in written else b"") + data, rule) == [expected]


def test_words_a_wrap_cuts_are_found_at_the_line_they_start():
    text = FRONT + TOP + "First line of it,\nwe keep the\nthe data a year.\n"
    assert _lines_of(text, "editorial.doubled-word") == [14]


def _lines_of(text: str, rule: str) -> list[int]:
    from policysite import editorial

    policy = document.parse(text, path=PAGE, lang="en")
    return [f.line for f in editorial.check(policy, brand="Example") if f.rule == rule]


def test_a_block_names_the_first_line_writing_a_word_whole():
    text = FRONT + TOP + "Processing of data,\nwe process it,\nthe data we process.\n"
    block = document.parse(text, path=PAGE, lang="en").sections[1].blocks[0]
    assert (block.line, block.line_of("process"), block.line_of("Processing"), block.line_of("absent")) == (13, 14, 13,
                                                                                                          13)
