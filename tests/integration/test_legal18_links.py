"""legal18: a link to the former id of a heading without a number, renamed, lands (the built page keeps the id as an
alias): `policy check` says so as a warning naming the id to link, not as a dead link (an error)."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import anchors, checks, document
from policysite.findings import WARNING

PLAIN = "---\ndate: {date}\n---\n\n# Politique\n\n## Qui sommes-nous\n\nVoir [cette section](#vos-droits).\n\n" \
    "## {title}\n\nÉcrivez-nous.\n"


def _links(root) -> list:
    return [f for f in checks.check_project(root=root, today=dt.date(2022, 1, 1), langs=["fr"])
            if f.rule.startswith("links.")]


def test_a_link_to_a_heading_without_a_number_renamed_is_a_warning_naming_its_new_id(tmp_path):
    """`## Vos droits` renamed `## Vos droits et vos choix` changes its id (its title's slug); the page built keeps
    #vos-droits on it, so its link lands: a warning, at the link's line, naming #vos-droits-et-vos-choix; never told
    to "correct the number it shows", and no links.dead beside it."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(PLAIN.format(date="2021-02-17", title="Vos droits"), encoding="utf-8")
    project.commit_all("2021-02-17")
    fr.write_text(PLAIN.format(date="2022-01-01", title="Vos droits et vos choix"), encoding="utf-8")
    found = _links(project.root)
    line = fr.read_text(encoding="utf-8").splitlines().index("Voir [cette section](#vos-droits).") + 1
    assert [(f.line, f.rule, f.severity) for f in found] == [(line, "links.renamed", WARNING)], found
    assert found[0].said("en") == (
        f"docs/fr/index.md:{line}: warning: [links.renamed] the link “cette section” goes to #vos-droits, the id of "
        "the heading “Vos droits” in the version before (2021-02-17), now “Vos droits et vos choix”: the page keeps "
        "#vos-droits as an alias, but link #vos-droits-et-vos-choix")
    assert "faites-le pointer vers #vos-droits-et-vos-choix" in found[0].said("fr")
    assert "number" not in found[0].said("en")
    fr.write_text(fr.read_text(encoding="utf-8").replace("(#vos-droits)", "(#vos-droits-et-vos-choix)"),
                  encoding="utf-8")
    assert _links(project.root) == []


def test_the_warning_agrees_with_the_page_built():
    """What the check says lands is what the page built with the version before keeps as an alias of the section."""
    old = document.parse(PLAIN.format(date="2021-02-17", title="Vos droits"), path="docs/fr/index.md", lang="fr")
    new = document.parse(PLAIN.format(date="2022-01-01", title="Vos droits et vos choix"), path="docs/fr/index.md",
                         lang="fr")
    built = anchors.page_anchors(new, previous=old, previous_version="2021-02-17")
    renamed = [section.anchor for section in new.sections].index("vos-droits-et-vos-choix")
    assert "vos-droits" in built.aliases[renamed]
    dead = anchors.dead_links(new, anchors.page_anchors(new))
    assert [f.rule for f in dead] == ["links.dead"]
    said = anchors.links_renumbered(old, new, version="2021-02-17", dead=anchors.places(dead))
    assert [(f.rule, dict(f.fields)["anchor"]) for f in said] == [("links.renamed", "vos-droits-et-vos-choix")]
