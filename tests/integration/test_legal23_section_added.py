"""legal23: a section the French text added in the middle, the English translation not yet edited, as `policy check`
says it.

French inserted §3 and numbered §3 to §5 as §4 to §6; the English text still had §1 to §5. Paired number for number,
`policy check` said "§6 Contact is in French, missing in English" (the section the reader finds), compared English §4
"Retention" with French §4 "Purposes" ("French has 1 paragraph, English has 0", "French has 0 table rows, English has
3", e-mail addresses differ …) and offered `policy sync-mark en 4`, which would record the retention period in line
with the purposes. Where the inserted section had the shape of its neighbour (prose beside prose) nothing told which
one the translation lacked; the translation's record (`.translated-from.yml`) does: English §3 was last in line with
the text that is French §4 now."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks, cli

FR = [("Qui sommes-nous", "Acme SAS traite vos données. Écrivez à dpo@acme.example."),
      ("Données traitées", "Votre nom et votre adresse."),
      ("Finalités", "Nous utilisons vos données pour fournir le service."),
      ("Durée de conservation", "| Données | Durée |\n|---|---|\n| Compte | trois ans |\n| Journaux | un an |"),
      ("Contact", "Écrivez à dpo@acme.example.\n\nAppelez le +33 1 23 45 67 89.")]
EN = [("Who we are", "Acme SAS processes your data. Write to dpo@acme.example."),
      ("Data processed", "Your name and your address."),
      ("Purposes", "We use your data to provide the service."),
      ("Retention period", "| Data | Period |\n|---|---|\n| Account | three years |\n| Logs | one year |"),
      ("Contact", "Write to dpo@acme.example.\n\nCall +33 1 23 45 67 89.")]
ADDED = ("Sous-traitants", "Nous faisons appel à des sous-traitants.")  # prose, as its neighbour §4 Finalités


def _page(date: str, title: str, sections: list[tuple[str, str]]) -> str:
    body = "".join(f"## {n}. {heading}\n\n{words}\n\n" for n, (heading, words) in enumerate(sections, 1))
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


def _english_findings(tmp_path, french: list[tuple[str, str]]):
    project = new_project(tmp_path / "project")
    fr, en = (project.root / "docs" / code / "index.md" for code in ("fr", "en"))
    fr.write_text(_page("2025-01-10", "Politique de confidentialité", FR), encoding="utf-8")
    en.write_text(_page("2025-01-10", "Privacy policy", EN), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("2025-01-10")
    fr.write_text(_page("2025-01-10", "Politique de confidentialité", french), encoding="utf-8")
    found = [f for f in checks.check_project(root=project.root, today=dt.date(2025, 1, 10), langs=["fr", "en"])
             if f.path == "docs/en/index.md"]
    return found, en.read_text(encoding="utf-8").splitlines()


def test_a_section_added_in_french_is_the_one_finding_of_the_english_text(tmp_path):
    found, lines = _english_findings(tmp_path, [*FR[:2], ADDED, *FR[2:]])
    line = lines.index("## 3. Purposes") + 1
    assert [(f.line, f.rule) for f in found] == [(line, "sync.section-missing")], found
    assert found[0].said("en") == (
        f"docs/en/index.md:{line}: [sync.section-missing] §3 “Sous-traitants” is in French, missing in English, whose "
        "sections after it are numbered one less: its §3 is French's §4, and so on (their contents match so, not "
        "number for number): translate it before its §3, and number the sections from there one more")
    assert "traduisez-la avant son §3, et ajoutez un au numéro des sections suivantes" in found[0].said("fr")


def test_the_sections_after_it_are_compared_with_their_own(tmp_path):
    """The retention table edited in French as well: English §4 (its table) is compared with French §5 (its table),
    said out of line with it, never with French §4's paragraph; the shifted sections are not offered to sync-mark."""
    edited = [*FR[:2], ADDED, FR[2], ("Durée de conservation", FR[3][1] + "\n| Factures | dix ans |"), FR[4]]
    found, lines = _english_findings(tmp_path, edited)
    table = lines.index("| Logs | one year |") + 1  # (the last row: French has one more after it)
    assert sorted((f.line, f.rule) for f in found) == [
        (lines.index("## 3. Purposes") + 1, "sync.section-missing"), (table, "sync.table-rows")], found
    rows = next(f for f in found if f.rule == "sync.table-rows")
    assert rows.said("en").endswith("§4: French has 4 table rows, English has 3"), rows.said("en")
