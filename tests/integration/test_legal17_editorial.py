"""legal17: `change: editorial` on a heading renamed and the links to it brought to its new id."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks


def page(date: str, rights: str, link: str, *, shown: str = "vos droits") -> str:
    return (f"---\ndate: {date}\nchange: editorial\n---\n\n# Politique de confidentialité\n\n## Qui sommes-nous\n\n"
            f"Example SAS traite vos données (voir [{shown}]({link})).\n\n## {rights}\n\nÉcrivez-nous.\n\n"
            "## Contact\n\nÉcrivez à dpo@example.com.\n")


def _found(project) -> list:
    return [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
            if f.rule == "frontmatter.editorial-material"]


def test_a_heading_renamed_and_its_link_following_it_is_no_material_change(tmp_path):
    """A heading renamed in a policy without numbers changes its id (its title's slug): the team brought its link to
    the new id, as `links.dead` asked, and `change: editorial` was then warned of as material, "the address
    “#vos-droits” became “#vos-droits-et-vos-choix”", to be announced 30 days ahead."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", "Vos droits", "#vos-droits"), encoding="utf-8")
    project.commit_all("2021-02-17")
    fr.write_text(page("2022-01-01", "Vos droits et vos choix", "#vos-droits-et-vos-choix"), encoding="utf-8")
    assert _found(project) == []


def test_an_address_readers_are_sent_to_is_still_material(tmp_path):
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", "Vos droits", "#vos-droits"), encoding="utf-8")
    project.commit_all("2021-02-17")
    fr.write_text(page("2022-01-01", "Vos droits", "https://example.com/droits", shown="nos conditions"),
                  encoding="utf-8")
    found = _found(project)
    assert len(found) == 1 and "https://example.com/droits" in found[0].message and "#vos-droits" not in \
        found[0].message, found
