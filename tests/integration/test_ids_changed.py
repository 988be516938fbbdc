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
    assert "3 des 7 titres ont un numéro" in said and "«\u00a0## 1. Version du document {#s1}\u00a0»" in said
    numbered = PLAIN.replace("## Cookies", "## 3. Cookies").replace("## Enfants", "## 4. Enfants").replace(
        "## Partage", "## 5. Partage").replace("## Sécurité", "## 6. Sécurité")
    page.write_text(fr_page("2022-01-01") + "\n" + numbered, encoding="utf-8")
    assert [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
            if f.rule == "structure.ids-changed"] == []


def test_a_text_brought_to_half_of_its_headings_numbered_is_warned_before_one_more_changes_every_id(tmp_path):
    """Texts 30: three plain headings added to a text of three numbered ones left exactly half numbered: still
    numbered, so no id changed and nothing was said, while the next heading without a number (an annex, a contents
    line) would turn every section's id into its title's slug (structure.ids-changed, said only then). A warning now,
    at the first heading added without a number, in the site's language; the text numbering them is not warned, nor
    one already at half in the version before (said when it got there)."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    page = project.root / "docs" / "fr" / "index.md"
    three = "\n".join(PLAIN.split("\n")[:12]) + "\n"
    page.write_text(fr_page("2022-01-01") + "\n" + three, encoding="utf-8")

    def edge() -> list:
        return [f for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
                if f.rule in ("structure.ids-edge", "structure.ids-changed")]

    lines = page.read_text(encoding="utf-8").splitlines()
    found = edge()
    assert [(f.rule, f.line, f.severity) for f in found] == [
        ("structure.ids-edge", lines.index("## Cookies") + 1, "warning")], found
    assert found[0].said("fr").endswith(
        "[structure.ids-edge] 3 des 6 titres ont un numéro, exactement la moitié\u00a0: le texte est encore tenu pour "
        "numéroté, mais un titre de plus sans numéro ferait prendre à ses 3 sections numérotées l'identifiant de leur "
        "titre (#s1 → #version-du-document …), et les liens des lecteurs comme le sélecteur de versions aboutiraient "
        "ailleurs. Numérotez les titres qui n'en ont pas («\u00a0## N. Cookies\u00a0»)"), found[0].said("fr")
    assert found[0].said("en").endswith(
        "[structure.ids-edge] 3 of the 6 headings have a number, exactly half: the text still counts as numbered, but "
        "one more heading without a number would give its 3 numbered sections their titles' ids (#s1 → "
        "#version-du-document …), and readers' links and the version selector would land elsewhere. Number the "
        "headings without one (“## N. Cookies”)"), found[0].said("en")
    numbered = three.replace("## Cookies", "## 3. Cookies").replace("## Enfants", "## 4. Enfants").replace(
        "## Partage", "## 5. Partage")
    page.write_text(fr_page("2022-01-01") + "\n" + numbered, encoding="utf-8")
    assert edge() == []
    page.write_text(fr_page("2022-01-01") + "\n" + three, encoding="utf-8")
    project.commit_all("half numbered")
    page.write_text(fr_page("2023-01-01") + "\n" + three.replace("Rien.", "Rien du tout."), encoding="utf-8")
    assert edge() == []


def test_a_text_of_titled_ids_one_numbered_heading_short_of_half_is_warned_the_other_way():
    """The other side of the line: a text whose sections' ids are their titles' (fewer than half its headings
    numbered) brought one numbered heading short of half, where one more would make every number an id."""
    from policysite import anchors, document

    def text(body: str) -> document.Policy:
        return document.parse(f"---\ndate: 2022-01-01\n---\n\n# Politique\n\n{body}", path="docs/fr/index.md",
                              lang="fr")

    body = "## Qui nous sommes\n\nA.\n\n## 2. Cookies\n\nB.\n\n## Enfants\n\nC.\n\n## Contact\n\nD.\n"
    before, after = text(body), text(body + "\n## 5. Partage\n\nE.\n")
    assert not before.numbered and not after.numbered
    [found] = anchors.at_the_edge(before, after)
    assert (found.rule, found.line, found.severity) == ("structure.ids-edge", 23, "warning"), found
    assert found.said("en").endswith(
        "[structure.ids-edge] 2 of the 5 headings have a number, one short of half: the text does not count as "
        "numbered, but one more heading with a number would give its 2 numbered sections their numbers as ids "
        "(#cookies → #s2 …), and readers' links and the version selector would land elsewhere. Keep the numbers out "
        "of the headings, or give each section its id in its heading (“## 2. Cookies {#cookies}”)"), found.said("en")
    assert anchors.at_the_edge(after, text(body + "\n## 5. Partage\n\nF.\n")) == []

def test_the_version_before_is_found_several_commits_back_in_one_read(tmp_path):
    """The ids check compares the text with the newest committed one of an earlier date: here four commits back, past
    three edits under the new date (read in one `git cat-file --batch` since session 30, one process a commit
    before); the finding names that version, 2021-02-17, not the commits of 2022-01-01."""
    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    for n in range(3):
        project.commit("2022-01-01", fr=f"Nous traitons vos données avec soin, révision {n}.")
    page = project.root / "docs" / "fr" / "index.md"
    page.write_text(fr_page("2022-01-01") + "\n" + PLAIN, encoding="utf-8")
    found = [f.said("fr") for f in checks.check_project(root=project.root, today=dt.date(2022, 1, 1), langs=["fr"])
             if f.rule == "structure.ids-changed"]
    assert len(found) == 1 and "3 sections de la version précédente (2021-02-17)" in found[0]
