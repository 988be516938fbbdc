"""legal16: a section the French text removed, still in the English translation, as `policy check` says it.

The French text deleted its §3 and numbered its §4 as §3; the English translation, not yet edited, still had both.
Paired by number, `policy check` said "§4 Contact is in English but not in French: remove it" (the section to keep),
compared English §3 "Retention period" with French §3 "Contact" (their e-mails and numbers differ) and offered
`policy sync-mark en 3`, which would have recorded the retention period as in line with the contact section."""
from __future__ import annotations

import datetime as dt

from policy_repo import new_project
from policysite import checks, cli

FR = [("Qui sommes-nous", "Acme SAS traite vos données."), ("Données traitées", "Votre nom."),
      ("Durée de conservation", "Nous conservons vos données 12 mois."), ("Contact", "Écrivez à dpo@acme.example.")]
EN = [("Who we are", "Acme SAS processes your data."), ("Data processed", "Your name."),
      ("Retention period", "We keep your data for 12 months."), ("Contact", "Write to dpo@acme.example.")]


def _page(date: str, title: str, sections: list[tuple[str, str]]) -> str:
    body = "".join(f"## {n}. {heading}\n\n{words}\n\n" for n, (heading, words) in enumerate(sections, 1))
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


def test_a_section_the_french_text_removed_is_said_in_the_english_one_and_the_others_compared_with_theirs(tmp_path):
    project = new_project(tmp_path / "project")
    fr, en = (project.root / "docs" / code / "index.md" for code in ("fr", "en"))
    fr.write_text(_page("2025-01-10", "Politique de confidentialité", FR), encoding="utf-8")
    en.write_text(_page("2025-01-10", "Privacy policy", EN), encoding="utf-8")
    assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
    project.commit_all("2025-01-10")
    fr.write_text(_page("2026-01-10", "Politique de confidentialité", [*FR[:2], FR[3]]), encoding="utf-8")
    en.write_text(_page("2026-01-10", "Privacy policy", EN), encoding="utf-8")
    found = [f for f in checks.check_project(root=project.root, today=dt.date(2026, 1, 10), langs=["fr", "en"])
             if f.path == "docs/en/index.md"]
    line = en.read_text(encoding="utf-8").splitlines().index("## 3. Retention period") + 1
    assert [(f.line, f.rule) for f in found] == [(line, "sync.section-extra")], found
    assert found[0].said("en") == (
        f"docs/en/index.md:{line}: [sync.section-extra] §3 “Retention period” is in English but not in French, whose "
        "sections after it are numbered one less: English §4 is its §3, and so on (their contents match so, not "
        "number for number): remove it and number the sections after it one less, or add it to the French text "
        "first (the text that prevails)")
    assert "supprimez-la et retirez un au numéro des sections suivantes" in found[0].said("fr")
    # done as said: the English §3 is the contact section, to mark in line (its French counterpart moved)
    en.write_text(_page("2026-01-10", "Privacy policy", [*EN[:2], EN[3]]), encoding="utf-8")
    found = [f for f in checks.check_project(root=project.root, today=dt.date(2026, 1, 10), langs=["fr", "en"])
             if f.path == "docs/en/index.md"]
    assert {f.rule for f in found} <= {"sync.outdated"}, found
