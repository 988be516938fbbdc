"""A link into the page whose section was renumbered: said by `policy check` against the version before."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks


def page(date: str, sections: list[tuple[str, str]]) -> str:
    body = "".join(f"## {number}. {title}\n\n{words}\n\n" for number, (title, words) in enumerate(sections, 1))
    return f"---\ndate: {date}\n---\n\n# Politique de confidentialité de test\n\n{body}".rstrip() + "\n"


PURPOSES = ("Finalités", "Nous livrons vos commandes (voir [la durée de conservation](#s3) et le [§3](#s3)).")
SECTIONS = [("Version du document", "Daté."), PURPOSES, ("Durée de conservation", "Trois ans."),
            ("Contact", "Écrivez-nous.")]


def test_a_link_whose_section_a_new_one_renumbered_is_said_with_the_id_it_now_has(tmp_path):
    """Texts 30: a section inserted before it moved "Durée de conservation" from §3 to §4, and the text's own
    links to it, `[la durée de conservation](#s3)`, `[§3](#s3)`, landed on the new §3 without a word (the id
    exists, so no link is dead). Each link that the version before had, to a section now at another id, is said at its
    line with the section it now lands on, the one it went to and that one's id now, in the team's language; a link
    written anew, or to a section that kept its id, is not."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", SECTIONS), encoding="utf-8")
    project.commit_all("2021-02-17")
    inserted = [*SECTIONS[:2], ("Sous-traitants", "Aucun (voir [les finalités](#s2))."), *SECTIONS[2:]]
    fr.write_text(page("2022-01-01", inserted), encoding="utf-8")
    found = [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
             if f.rule == "links.renumbered"]
    line = fr.read_text(encoding="utf-8").splitlines().index("## 2. Finalités") + 3
    assert [(f.path, f.line) for f in found] == [("docs/fr/index.md", line)] * 2, found
    assert {f.said("fr") for f in found} == {
        f"docs/fr/index.md:{line}: [links.renumbered] le lien «\u00a0{text}\u00a0» mène à #s3, désormais §3 Sous-traitants\u202f; "
        "dans la version précédente (2021-02-17), il menait à §3 Durée de conservation, devenue §4\u00a0: faites-le "
        "pointer vers #s4 (et corrigez le numéro qu'il montre)" for text in ("la durée de conservation", "§3")}
    assert {f.said("en") for f in found} >= {
        f"docs/fr/index.md:{line}: [links.renumbered] the link “§3” goes to #s3, now §3 Sous-traitants; in the "
        "version before (2021-02-17) it went to §3 Durée de conservation, now §4: link #s4 (and correct the number "
        "it shows)"}
    fixed = fr.read_text(encoding="utf-8").replace("(#s3)", "(#s4)").replace("[§3]", "[§4]")
    fr.write_text(fixed, encoding="utf-8")
    assert [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
            if f.rule == "links.renumbered"] == []
