"""company18: a command's warning line (diff's stale date, a publication's late version, an upgrade's schedule) is
marked as the legal team's language marks a warning finding (`avertissement : ` in French), not `warning:` before
French words; an `error:` line keeps its mark in every language, for scripts and CI (README: "Exit codes")."""
from __future__ import annotations

from policysite import cli, findings


def test_a_warning_line_is_marked_as_the_language_marks_a_warning_finding(capsys):
    for lang, mark in (("fr", "avertissement\u00a0: "), ("en", "warning: "), ("pl", "warning: ")):
        cli._warn("2021-02-17 : texte", lang)
        assert capsys.readouterr().err == f"{mark}2021-02-17 : texte\n"
        finding = findings.Finding.of("docs/fr/index.md", 3, "render.footnote", findings.WARNING, label="^1", href="x")
        assert finding.said(lang).startswith(f"docs/fr/index.md:3: {mark}[render.footnote] ")
