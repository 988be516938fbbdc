"""legal16: `change: editorial` judged against the version before, by `policy check`, in the team's language.

Session 49's leftover: `change: editorial` left in the front matter from the last correction and carried into the next
edit, which changed a retention period, added a processor and a section: the material change skipped its notice
without a word."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks

NB, NNB = "\u00a0", "\u202f"


def page(date: str, sections: list[tuple[str, str]], *, change: str = "") -> str:
    meta = f"change: {change}\n" if change else ""
    body = "".join(f"## {number}. {title}\n\n{words}\n\n" for number, (title, words) in enumerate(sections, 1))
    return f"---\ndate: {date}\n{meta}---\n\n# Politique de confidentialité\n\n{body}".rstrip() + "\n"


SECTIONS = [("Données traitées", "Nous traitons votre nom et votre adresse électronique."),
            ("Durée de conservation", "Nous conservons vos données 12 mois après la fin du contrat."),
            ("Contact", "Écrivez à dpo@example.com.")]


def _found(project, today: dt.date) -> list:
    return [f for f in checks.check_project(root=project.root, today=today, langs=["fr"])
            if f.rule == "frontmatter.editorial-material"]


def test_a_material_change_marked_editorial_is_said_at_the_change_line_naming_each_place(tmp_path):
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", SECTIONS, change="editorial"), encoding="utf-8")
    project.commit_all("2021-02-17")
    edited = [SECTIONS[0], ("Durée de conservation", "Nous conservons vos données 24 mois après la fin du contrat."),
              ("Contact", "Écrivez à privacy@example.com."), ("Sous-traitants", "Aucun.")]
    fr.write_text(page("2022-01-01", edited, change="editorial"), encoding="utf-8")
    found = _found(project, dt.date(2022, 1, 1))
    lines = fr.read_text(encoding="utf-8").splitlines()
    assert [(f.path, f.line, f.severity) for f in found] == [("docs/fr/index.md", 3, "warning")], found
    retention, contact = (lines.index(f"## {n}. {t}") + 3 for n, t in ((2, "Durée de conservation"), (3, "Contact")))
    section = lines.index("## 4. Sous-traitants") + 1
    assert found[0].said("fr") == (
        f"docs/fr/index.md:3: avertissement{NB}: [frontmatter.editorial-material] change: editorial, comme dans la "
        f"version du 17 février 2021 (resté de sa correction{NNB}?), mais cette version apprend aux lecteurs plus "
        f"qu'une correction de forme{NB}: ligne {retention}{NB}: «{NB}12{NB}» remplacé par «{NB}24{NB}»{NNB}; ligne "
        f"{contact}{NB}: l'adresse «{NB}dpo@example.com{NB}» remplacée par «{NB}privacy@example.com{NB}»{NNB}; "
        f"ligne {section}{NB}: section §4 Sous-traitants ajoutée{NNB}; une telle modification est substantielle{NB}: "
        f"retirez `change: editorial` et annoncez-la 30 jours à l'avance (`announced:`), ou annulez cette partie"), \
        found[0].said("fr")
    assert found[0].said("en").endswith(
        f"line {retention}: “12” became “24”; line {contact}: the address “dpo@example.com” became "
        f"“privacy@example.com”; line {section}: section §4 Sous-traitants added; such a change is material: remove "
        "`change: editorial` and announce it 30 days ahead (`announced:`), or undo that part"), found[0].said("en")


def test_a_correction_of_wording_marked_editorial_is_not_said(tmp_path):
    """A typo corrected, a sentence reworded, a paragraph moved: editorial, nothing said; and a material change not
    marked editorial is the notice's business (frontmatter.notice), not this check's."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    fr.write_text(page("2021-02-17", SECTIONS), encoding="utf-8")
    project.commit_all("2021-02-17")
    reworded = [("Données traitées", "Nous traitons vos nom et adresse électronique."),
                ("Durée de conservation", "Vos données sont conservées 12 mois après la fin du contrat."),
                SECTIONS[2]]
    fr.write_text(page("2022-01-01", reworded, change="editorial"), encoding="utf-8")
    assert _found(project, dt.date(2022, 1, 1)) == []
    fr.write_text(page("2022-01-01", [*SECTIONS, ("Sous-traitants", "Aucun.")]), encoding="utf-8")
    assert _found(project, dt.date(2022, 1, 1)) == []


def test_the_text_s_own_date_brought_to_the_new_version_s_is_no_number_changed(tmp_path):
    """A text stating its date ("Dernière mise à jour : 17 février 2021") carries it to each version's: editorial."""
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    stated = [("Version", "Dernière mise à jour : 17 février 2021."), *SECTIONS]
    fr.write_text(page("2021-02-17", stated), encoding="utf-8")
    project.commit_all("2021-02-17")
    fr.write_text(page("2022-01-03", [("Version", "Dernière mise à jour : 3 janvier 2022."), *SECTIONS],
                       change="editorial"), encoding="utf-8")
    assert _found(project, dt.date(2022, 1, 3)) == []
    fr.write_text(page("2022-01-03", [("Version", "Dernière mise à jour : 3 janvier 2022, délai de 30 jours."),
                                      *SECTIONS], change="editorial"), encoding="utf-8")
    assert len(_found(project, dt.date(2022, 1, 3))) == 1


def test_a_paragraph_a_row_added_a_number_and_a_section_removed_are_said_counted_past_three(tmp_path):
    project = new_project(tmp_path / "project")
    fr = project.root / "docs" / "fr" / "index.md"
    table = "| Sous-traitant | Pays |\n|---|---|\n| Hébergeur SAS | FR |"
    fr.write_text(page("2021-02-17", [*SECTIONS, ("Sous-traitants", table)]), encoding="utf-8")
    project.commit_all("2021-02-17")
    edited = [(SECTIONS[0][0], SECTIONS[0][1] + "\n\nNous traitons aussi votre numéro de téléphone."),
              (SECTIONS[1][0], "Nous conservons vos données le temps du contrat."),
              ("Sous-traitants", table + "\n| Envoi SA | US |")]
    fr.write_text(page("2022-01-01", edited, change="editorial"), encoding="utf-8")
    found = _found(project, dt.date(2022, 1, 1))
    assert len(found) == 1, found
    said = found[0].said("en")
    assert "change: editorial, but this version tells readers more than a correction of wording does, against the " \
        "version of February 17, 2021: " in said, said
    assert "“Nous traitons aussi votre numéro de téléphone.” added; " in said and "“12” removed" in said, said
    assert "; section §3 Contact removed (and 1 more); such a change is material" in said, said


def test_publishing_a_material_change_marked_editorial_records_the_warning_with_the_version(tmp_path):
    """A text pushed to main and published without a pull request's check: the gate judges it as `policy check`
    does, against the version published before it, and the publication says the warning it is recorded with."""
    from policy_repo import en_page, fr_page
    from policysite import cli

    project = new_project(tmp_path / "project")
    project.commit("2021-02-17")
    assert not project.history().refused
    fr, en = (project.root / "docs" / code / "index.md" for code in ("fr", "en"))
    fr.write_text(fr_page("2021-03-01", "Nous traitons vos données avec soin pendant 24 mois.")
                  .replace("date: ", "change: editorial\ndate: ", 1), encoding="utf-8")
    en.write_text(en_page("2021-03-01", "We process your data with care for 24 months.")
                  .replace("date: ", "change: editorial\ndate: ", 1), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("2021-03-01")
    outcome = project.publish()
    assert outcome.published == ["2021-03-01"], outcome
    said = [str(line) for line in outcome.messages]
    assert any(line.startswith("2021-03-01: published with 1 warning recorded, not blocking "
                               "(frontmatter.editorial-material)") for line in said), said
