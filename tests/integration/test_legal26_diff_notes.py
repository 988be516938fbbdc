"""legal26: `policy diff` on a text whose words are those published said "(3 whitespace changes and 0 formatting
changes only)": a count of nothing, in both languages. It now names only the kinds found: "(3 whitespace changes
only)", "(1 formatting change only)", both when both."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli

pytestmark = pytest.mark.usefixtures("fixed_git")

TEXT = ("---\ndate: 2024-05-01\n---\n\n# Politique de confidentialité\n\n## 1. Qui sommes-nous\n\n"
        "Example SAS vend des outils de jardin.\n\n## 2. Contact\n\nÉcrivez-nous à privacy@example.com.\n")


def _site(folder: Path) -> Path:
    site = folder / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr"]) == 0
    (site / "docs" / "fr" / "index.md").write_text(TEXT, encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Politique du 1er mai 2024")
    assert cli.main(["--root", str(site), "publish"]) == 0
    return site


def _diff(site: Path, text: str, lang: str, capsys) -> str:
    (site / "docs" / "fr" / "index.md").write_text(text, encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--messages", lang]) == 0
    said = capsys.readouterr()
    return said.out + said.err


@pytest.mark.parametrize(("lang", "whitespace", "formatting", "both"), [
    ("en", "(1 whitespace change only)", "(1 formatting change only)", "whitespace change and 1 formatting change"),
    ("fr", "(seulement 1 modification d'espacement)", "(seulement 1 modification de mise en forme)",
     "modification d'espacement et 1 modification de mise en forme"),
])
def test_a_diff_without_a_word_changed_counts_only_the_kinds_found(tmp_path, capsys, lang, whitespace, formatting,
                                                                   both):
    site = _site(tmp_path)
    spaced = TEXT.replace("vend des outils", "vend  des outils")
    bold = TEXT.replace("outils de jardin", "**outils de jardin**")
    said = _diff(site, spaced, lang, capsys)
    assert whitespace in said, said
    assert " 0 " not in said, said
    said = _diff(site, bold, lang, capsys)
    assert formatting in said, said
    assert " 0 " not in said, said
    said = _diff(site, bold.replace("Écrivez-nous à", "Écrivez-nous  à"), lang, capsys)
    assert both in said, said
