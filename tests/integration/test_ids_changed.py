"""A change of text that would change the ids its sections were published with: said by `policy check`."""
from __future__ import annotations

import datetime as dt

from policy_repo import fr_page, new_project
from policysite import checks

PLAIN = "## Cookies\n\nDes témoins.\n\n## Enfants\n\nRien.\n\n## Partage\n\nAvec personne.\n\n## Sécurité\n\nChiffrée.\n"


def test_plain_headings_that_make_a_numbered_text_unnumbered_are_said_with_the_ids_they_change(tmp_path):
    """Texts 29: four plain headings added to a text of three numbered ones (fewer than half numbered) made every
    section's id its title's slug (#s1 became #version-du-document) with no finding at all: a reader's links to the
    published version's ids and the version selector landed elsewhere. Said at the first section whose id changes,
    naming how many and what to do, in the site's language; the text numbering the new headings is not."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(fr_page("2022-01-01") + "\n" + PLAIN, encoding="utf-8")
    found = [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
             if f.rule == "structure.ids-changed"]
    lines = page.read_text(encoding="utf-8").splitlines()
    assert [(f.path, f.line) for f in found] == [("docs/fr/index.md", lines.index("## 1. Version du document") + 1)]
    said = found[0].said("fr")
    assert said.startswith("docs/fr/index.md:7: [structure.ids-changed] 3 sections de la version précédente "
                           "(2021-02-17), publiées avec leur numéro pour identifiant (#s1 → #version-du-document …)")
    assert "3 des 7 titres ont un numéro" in said and "« ## 1. Version du document {#s1} »" in said
    numbered = PLAIN.replace("## Cookies", "## 3. Cookies").replace("## Enfants", "## 4. Enfants").replace(
        "## Partage", "## 5. Partage").replace("## Sécurité", "## 6. Sécurité")
    page.write_text(fr_page("2022-01-01") + "\n" + numbered, encoding="utf-8")
    assert [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
            if f.rule == "structure.ids-changed"] == []
