"""A finding names a file by `messages.shown_name`: a name holding a line feed, a carriage return or another control,
a line separator or a mark reordering the line is said escaped, one finding one line (safety79)."""
from __future__ import annotations

import pytest

from policysite import findings, safety
from policysite.messages import Said, prefixed, said_in, shown_name


@pytest.mark.parametrize(("name", "shown"), [
    ("en/a\nb.html", "en/a\\nb.html"),
    ("en/a\r\nen/index.html", "en/a\\x0d\\nen/index.html"),
    ("en/tab\there.html", "en/tab\\there.html"),
    ("en/\x1b[2Jx.html", "en/\\x1b[2Jx.html"),
    ("en/\x85x.html", "en/\\x85x.html"),
    ("en/a\u2028b.html", "en/a\\u2028b.html"),
    ("en/\u202elmth.exe", "en/\\u202elmth.exe"),
    ("en/café.html", "en/café.html"),
    ("en/2001-01-01/index.html", "en/2001-01-01/index.html"),
])
def test_a_name_is_shown_on_one_line(name, shown):
    assert shown_name(name) == shown


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_served_refusal_and_a_page_violation_name_the_file_on_one_line(language):
    name = "en/x.html\nen/index.html: passed"
    refusal = said_in(prefixed(name, Said("publish.script-unvouched")), language)
    violation = said_in(safety.Violation(name, None, Said("output.refresh-text")).said(), language)
    for line in (refusal, violation, prefixed(name, "plain words")):
        assert "\n" not in line and line.startswith("en/x.html\\nen/index.html: passed"), line


def test_a_terminal_still_sees_controls_of_a_text_escaped_and_its_lines_kept():
    assert findings.visible("a\x1b[2J\nb\tc\rd") == "a\\x1b[2J\nb\tc\\x0dd"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_message_naming_a_file_by_its_path_says_it_escaped(language):
    said = said_in(Said("verify.unaccounted", path="en/x.html\nverify: all good"), language)
    assert "\n" not in said and "en/x.html\\nverify: all good" in said, said
