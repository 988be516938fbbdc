"""legal17: two sections removed at once, and a link to a section after them left with an id no section has."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks


def page(date: str, sections: list[tuple[str, str]]) -> str:
    body = "".join(f"## {number}. {title}\n\n{words}\n\n" for number, (title, words) in enumerate(sections, 1))
    return f"---\ndate: {date}\n---\n\n# Politique de confidentialité de test\n\n{body}".rstrip() + "\n"


SECTIONS = [("Version du document", "Daté."), ("Finalités", "Nous livrons vos commandes."),
            ("Conservation", "Trois ans."), ("Sous-traitants", "Aucun."), ("Vos droits", "Écrivez-nous."),
            ("Contact", "Voir [cette section](#s5) et le [§5](#s5).")]


def _links(root) -> list:
    return [f for f in checks.check_project(root=root, today=dt.date(2022, 1, 1), langs=["fr"])
            if f.rule.startswith("links.")]


def test_a_link_left_dead_by_two_sections_removed_is_said_where_its_section_went(tmp_path):
    """§3 and §4 removed in one edit: "Vos droits" became §3 and §4 "Contact", so its link `#s5` landed on no section.
    One section removed had the link land on another, said `links.renumbered` with the id to link; two made it dead,
    and `links.dead` offered the page's first ids (#s1, #s2, #s3, #s4) with no word of where the section went. It is
    now said once, as a renumbered link with the id the section has now; the dead finding is not said beside it."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", SECTIONS), encoding="utf-8")
    project.commit_all("2021-02-17")
    fr.write_text(page("2022-01-01", [SECTIONS[0], SECTIONS[1], SECTIONS[4], SECTIONS[5]]), encoding="utf-8")
    found = _links(project.root)
    line = fr.read_text(encoding="utf-8").splitlines().index("## 4. Contact") + 3
    assert [(f.line, f.rule) for f in found] == [(line, "links.renumbered")] * 2, found
    assert {f.said("en") for f in found} == {
        f"docs/fr/index.md:{line}: [links.renumbered] the link “{text}” goes to #s5, which no section has any more; "
        "in the version before (2021-02-17) it went to §5 Vos droits, now §3: link #s3 (and correct the number it "
        "shows)" for text in ("cette section", "§5")}
    assert all("qu'aucune section ne porte plus" in f.said("fr") for f in found)
    fr.write_text(fr.read_text(encoding="utf-8").replace("(#s5)", "(#s3)").replace("[§5]", "[§3]"), encoding="utf-8")
    assert _links(project.root) == []


def test_a_dead_link_to_a_section_removed_or_written_anew_stays_dead(tmp_path):
    """Only a section the version before linked to, still in the text, is named: a link to a section removed with it,
    or a link written in this edit, is dead as before, with the page's ids to choose from."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", SECTIONS), encoding="utf-8")
    project.commit_all("2021-02-17")
    contact = ("Contact", "Voir [cette section](#s5) et [la liste](#s9).")
    fr.write_text(page("2022-01-01", [SECTIONS[0], SECTIONS[1], SECTIONS[2], contact]), encoding="utf-8")
    assert sorted((f.rule, dict(f.fields)["fragment"]) for f in _links(project.root)) == [
        ("links.dead", "s5"), ("links.dead", "s9")]
