"""A finding as the terminal shows it."""
from __future__ import annotations

from policysite.findings import Finding, visible


def test_a_findings_file_name_and_message_are_shown_not_obeyed_by_the_terminal():
    """Security hunt 30: a file of docs/fr/ named `x ESC [2J ESC [H all clear .md` cleared the reviewer's screen
    under `policy check` and wrote its own words there; a line feed in its name wrote a finding of its own."""
    finding = Finding("docs/fr/x\x1b[2J\x1b[Hall clear\n0 finding(s)\x07.md", 1, "source.unpublished-file",
                      "quoted \x1b]0;title\x07 and \x9b8m")
    shown = str(finding)
    assert shown == ("docs/fr/x\\x1b[2J\\x1b[Hall clear\\n0 finding(s)\\x07.md:1: [source.unpublished-file] quoted "
                     "\\x1b]0;title\\x07 and \\x9b8m")
    assert visible("Données\tà côté\nsuite") == "Données\tà côté\nsuite"
