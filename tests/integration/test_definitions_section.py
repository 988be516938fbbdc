"""The definitions section `extra.policy.definitions_section` names, after the sections were renumbered."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks

FR = ("---\ndate: 2025-05-19\n---\n\n# Politique de confidentialité de test\n\n## 1. Version du document\n\nDaté.\n\n"
      "## 2. Qui sommes-nous\n\nUne société.\n\n## 3. Responsable du traitement\n\nNous.\n\n## 4. Données\n\nDes "
      "noms.\n\n## 5. Finalités\n\nLivrer vos commandes.\n\n## 6. Définitions\n\n**Client** : toute personne qui "
      "commande.\n")
EN = ("---\ndate: 2025-05-19\n---\n\n# Test privacy policy\n\n## 1. Document version\n\nDated.\n\n## 2. Who we are\n\n"
      "A company.\n\n## 3. Controller\n\nUs.\n\n## 4. Data\n\nNames.\n\n## 5. Purposes\n\nDeliver your orders.\n\n"
      "## 6. Definitions\n\nCustomer: anyone who orders.\n")


def test_a_definitions_section_renumbered_away_from_the_setting_is_warned_not_left_unchecked(tmp_path):
    """Texts 30: a section split in two renumbered the policy, its definitions going from §5 to §6 while mkdocs.yml
    still said `definitions_section: "5"`: the defined terms were compared in §5 (Purposes, no term), so a translation
    that dropped a defined term passed `policy check` without a word. Warned now at the section the setting names,
    in the team's language; with the setting set to the definitions' number, the terms are compared again."""
    project = new_project(tmp_path / "project")
    (project.root / "docs" / "fr" / "index.md").write_text(FR, encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(EN, encoding="utf-8")

    def found() -> list[tuple[str, int, str, str]]:
        return [(f.path, f.line, f.rule, f.severity) for f in checks.check_project(root=project.root,
                                                                                   today=dt.date(2025, 5, 19))
                if f.rule in ("sync.definitions-empty", "sync.defined-terms")]

    heading = FR.splitlines().index("## 5. Finalités") + 1
    assert found() == [("docs/fr/index.md", heading, "sync.definitions-empty", "warning")]
    [warned] = [f for f in checks.check_project(root=project.root, today=dt.date(2025, 5, 19))
                if f.rule == "sync.definitions-empty"]
    assert warned.said("fr").endswith(
        "[sync.definitions-empty] §5 Finalités, la section que mkdocs.yml désigne comme celle des définitions "
        "(definitions_section: \"5\"), ne définit aucun terme en gras\u00a0: aucun terme défini n'est comparé avec les "
        "traductions. Si les définitions ont changé de numéro, indiquez leur nouveau numéro dans definitions_section\u202f; si le "
        "texte n'en a pas, retirez ce réglage"), warned.said("fr")
    config = project.root / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('definitions_section: "5"',
                                                                 'definitions_section: "6"'), encoding="utf-8")
    assert found() == [("docs/en/index.md", EN.splitlines().index("## 6. Definitions") + 1, "sync.defined-terms",
                        "error")]


def test_a_setting_naming_no_section_of_the_text_is_warned_at_its_line(tmp_path):
    """`version_section` and `definitions_section` naming a number the authoritative text does not have (a text
    shortened or renumbered under them, a typo) were followed silently: the versions' list went under the title and no
    defined term was compared, with no word to the team. Warned now at the setting's line of mkdocs.yml, in the
    team's language; a default never written there (version_section's "1" under a text without numbers) is not."""
    project = new_project(tmp_path / "project")
    (project.root / "docs" / "fr" / "index.md").write_text(FR, encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(EN, encoding="utf-8")
    config = project.root / "mkdocs.yml"
    written = config.read_text(encoding="utf-8")
    config.write_text(written.replace('version_section: "1"', 'version_section: "9"')
                      .replace('definitions_section: "5"', 'definitions_section: "6.1"'), encoding="utf-8")

    def found() -> list[tuple[str, int, str, str]]:
        return [(f.path, f.line, f.key, f.severity) for f in checks.check_project(root=project.root,
                                                                                  today=dt.date(2025, 5, 19))
                if f.rule == "config.section-missing"]

    lines = config.read_text(encoding="utf-8").splitlines()
    version = next(i for i, line in enumerate(lines, 1) if line.strip() == 'version_section: "9"')
    definitions = next(i for i, line in enumerate(lines, 1) if line.strip() == 'definitions_section: "6.1"')
    assert found() == [("mkdocs.yml", version, "config.section-missing/version_section", "warning"),
                       ("mkdocs.yml", definitions, "config.section-missing/definitions_section", "warning")]
    [said] = [f.said("fr") for f in checks.check_project(root=project.root, today=dt.date(2025, 5, 19))
              if f.key == "config.section-missing/version_section"]
    assert said == (f"mkdocs.yml:{version}: avertissement\u00a0: [config.section-missing] version_section: \"9\" ne "
                    "désigne aucune section de docs/fr/index.md\u00a0: la liste des versions datées de chaque version est "
                    "placée sous le titre. Indiquez le numéro de la section voulue, ou \"\" pour garder la liste sous "
                    "le titre")
    config.write_text(written.replace('    version_section: "1"\n', "").replace('definitions_section: "5"',
                                                                          'definitions_section: "6"'), encoding="utf-8")
    (project.root / "docs" / "fr" / "index.md").write_text(FR.replace("## 1. Version du document", "## Version"),
                                                           encoding="utf-8")
    assert found() == []
