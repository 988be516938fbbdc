"""legal17: `policy check --format github`, the findings as annotations GitHub shows on the pull request's lines."""
from __future__ import annotations

from policysite.findings import WARNING, Finding


def test_a_finding_is_an_error_annotation_on_its_file_and_line_in_the_team_s_language():
    finding = Finding.of("docs/fr/index.md", 21, "text.conflict", marker="<<<<<<< HEAD")
    english = finding.annotation("en")
    assert english == f"::error file=docs/fr/index.md,line=21,title=[text.conflict]::{finding.message}"
    assert english.startswith("::error file=docs/fr/index.md,line=21,title=[text.conflict]::“<<<<<<< HEAD” is a ")
    french = finding.annotation("fr")
    assert french.startswith("::error file=docs/fr/index.md,line=21,title=[text.conflict]::«\u00a0<<<<<<< HEAD\u00a0» est un ")
    assert french.endswith("supprimez les marqueurs (`<<<<<<<`, `=======`, `>>>>>>>`)"), french


def test_a_warning_is_a_warning_annotation():
    said = Finding("docs/en/index.md", 4, "spelling.word-unused", "an entry no text uses", WARNING).annotation()
    assert said == "::warning file=docs/en/index.md,line=4,title=[spelling.word-unused]::an entry no text uses"


def test_no_text_of_the_page_starts_a_workflow_command_of_its_own():
    """A finding quotes the pull request's words: a line end in them, then `::add-mask::` or `::stop-commands::`,
    would be a command GitHub obeys. Line ends and `%` are escaped as GitHub's toolkit escapes them, and `:` and `,` in
    a property (a file named `a,line=1.md` names no other line)."""
    quoted = Finding("docs/en/a,line=1:x.md", 2, "editorial.html", "“x\n::stop-commands::t\r\n::error::y” 100% sure")
    said = quoted.annotation()
    assert said.count("\n") == 0 and "\r" not in said
    assert said == ("::error file=docs/en/a%2Cline=1%3Ax.md,line=2,title=[editorial.html]::"
                    "“x%0A::stop-commands::t\\x0d%0A::error::y” 100%25 sure")  # (\\r shown, as in text)


def test_control_characters_are_shown_not_obeyed_as_in_the_text_format():
    said = Finding("docs/en/index.md", 9, "text.control", "ESC \x1b[8m here").annotation()
    assert "\x1b" not in said and "\\x1b[8m" in said
