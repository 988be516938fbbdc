"""legal19: `change: editorial` over a version that removes table rows and paragraphs says each section once, its
texts removed grouped after its line ("in the section at line 7, texts removed: “Envoi SA | US”, …"), in the team's
language; it said "in the section at line N" again for each row removed."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks

NB = "\u00a0"
TABLE = "| Sous-traitant | Pays |\n|---|---|\n| Hébergeur SAS | FR |\n| Envoi SA | US |\n| Mailer Inc | US |\n" \
        "| Garde SARL | FR |\n| Archive SA | DE |\n| Relance SAS | FR |"


def page(date: str, processors: str, contact: str) -> str:
    return (f"---\ndate: {date}\nchange: editorial\n---\n\n# Politique de confidentialité\n\n## 1. Sous-traitants\n\n"
            f"{processors}\n\n## 2. Contact\n\n{contact}\n")


def _found(project, today: dt.date) -> list:
    return [f for f in checks.check_project(root=project.root, today=today, langs=["fr"])
            if f.rule.startswith("frontmatter.editorial-material")]


def test_rows_and_paragraphs_removed_are_said_once_per_section_grouped(tmp_path):
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", TABLE + "\n\nNous les choisissons avec soin.",
                       "Écrivez-nous.\n\nOu appelez-nous."), encoding="utf-8")
    project.commit_all("2021-02-17")
    kept = [row for row in TABLE.splitlines() if "Envoi" not in row and "Mailer" not in row and "Archive" not in row
            and "Relance" not in row]
    fr.write_text(page("2022-01-01", "\n".join(kept), "Écrivez-nous."), encoding="utf-8")
    found = _found(project, dt.date(2022, 1, 1))
    assert len(found) == 1, found
    lines = fr.read_text(encoding="utf-8").splitlines()
    first, second = lines.index("## 1. Sous-traitants") + 1, lines.index("## 2. Contact") + 1
    english = found[0].said("en")
    assert (f": in the section at line {first}, texts removed: “Envoi SA | US”, “Mailer Inc | US”, “Archive SA | DE” "
            f"(and 2 more); in the section at line {second}, text removed: “Ou appelez-nous.”; such a change is "
            "material") in english, english
    assert english.count("in the section at line") == 2, english
    french = found[0].said("fr")
    assert (f"dans la section de la ligne {first}, textes supprimés{NB}: «{NB}Envoi SA | US{NB}», "
            f"«{NB}Mailer Inc | US{NB}», «{NB}Archive SA | DE{NB}» (et 2 autres)") in french, french
    assert f"dans la section de la ligne {second}, texte supprimé{NB}: «{NB}Ou appelez-nous.{NB}»" in french, french
