"""legal26: a list item moved from one section to another. The PDF redline showed it at its new place as
"[+•] l'adresse IP…": its words unmarked (moved, as the note under it says) but its bullet marked inserted, as if a
bullet had been added. Its bullet is now shown as its words are; the old place still shows the item struck whole."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import git
from policysite import cli, pdftext

pytestmark = pytest.mark.usefixtures("fixed_git")

TEXT = ("---\ndate: {date}\n---\n\n# Politique de confidentialité\n\n## 1. Données\n\nNous collectons :\n\n"
        "- le nom ;\n- l'adresse électronique ;{moved_from}\n\n## 2. Finalités\n\nNous les utilisons pour :\n\n"
        "- gérer les commandes ;\n- répondre aux questions.{moved_to}\n")
ITEM = "\n- l'adresse IP du visiteur."


def test_an_item_moved_to_another_section_keeps_its_bullet_unmarked_in_the_pdf(tmp_path: Path):
    site = tmp_path / "example"
    assert cli.main(["init", str(site), "--company", "Example SAS", "--languages", "fr"]) == 0
    page = site / "docs" / "fr" / "index.md"
    page.write_text(TEXT.format(date="2024-05-01", moved_from=ITEM, moved_to=""), encoding="utf-8")
    (site / "docs" / "fr" / ".words.txt").write_text("IP  # Internet Protocol\n", encoding="utf-8")
    git(site, "add", "-A")
    git(site, "commit", "-q", "-m", "Politique du 1er mai 2024")
    assert cli.main(["--root", str(site), "publish"]) == 0
    page.write_text(TEXT.format(date="2024-06-01", moved_from="", moved_to=ITEM), encoding="utf-8")
    out = tmp_path / "redline.pdf"
    assert cli.main(["--root", str(site), "diff", "newest", "worktree", "--format", "pdf", "-o", str(out)]) == 0
    text = pdftext.text(out.read_bytes())
    assert "Déplacé ici depuis" in text, text
    assert "[+•]" not in text, text
    assert "• l'adresse IP du visiteur." in text, text
    assert "[−• l'adresse IP du visiteur.]" in text, text
