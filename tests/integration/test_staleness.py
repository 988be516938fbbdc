"""Staleness: a translated section falls behind when only the authoritative section changes."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_project, git, synthetic_policy
from policysite import checks, document, staleness

FR_BODY = "## 1. Premier\n\nTexte alpha.\n\n## 2. Second\n\nTexte bravo.\n\n## 3. Troisième\n\nTexte charlie.\n"
EN_BODY = "## 1. First\n\nAlpha text.\n\n## 2. Second\n\nBravo text.\n\n## 3. Third\n\nCharlie text.\n"


def write(repo: Path, lang: str, body: str) -> Path:
    page = repo / "docs" / lang / "index.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(synthetic_policy(sections=body), encoding="utf-8")
    return page


def commit(repo: Path, message: str, date: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)


def outdated(repo: Path) -> list[tuple[str, int]]:
    fr_page, en_page = repo / "docs/fr/index.md", repo / "docs/en/index.md"
    source = document.read(fr_page, lang="fr", display_path="docs/fr/index.md")
    translation = document.read(en_page, lang="en", display_path="docs/en/index.md")
    findings = staleness.check(source=source, translation=translation, source_file=fr_page, translation_file=en_page)
    assert all(f.rule == "sync.outdated" for f in findings), findings
    return [(f.message.split(":")[0], f.line) for f in findings]


def start(repo: Path) -> None:
    """Both languages in line, recorded, committed."""
    write(repo, "fr", FR_BODY)
    en = write(repo, "en", EN_BODY)
    source = document.read(repo / "docs/fr/index.md", lang="fr")
    staleness.mark(source=source, record=staleness.record_file(en), numbers=None)
    commit(repo, "Synthetic policy in two languages", "2030-01-01T10:00:00+00:00")


def test_in_line_after_marking(git_repo):
    start(git_repo)
    assert outdated(git_repo) == []


def test_french_edit_alone_makes_the_section_outdated(git_repo):
    start(git_repo)
    write(git_repo, "fr", FR_BODY.replace("Texte bravo.", "Texte bravo modifié."))
    commit(git_repo, "Edit French §2", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == [("§2", 11)]


def test_uncommitted_french_edit_is_outdated_and_editing_both_brings_it_in_line(git_repo):
    start(git_repo)
    write(git_repo, "fr", FR_BODY.replace("Texte charlie.", "Texte charlie modifié."))
    assert outdated(git_repo) == [("§3", 15)]
    write(git_repo, "en", EN_BODY.replace("Charlie text.", "Changed charlie text."))
    assert outdated(git_repo) == []


def test_both_edited_in_one_commit_or_in_later_commits_of_a_branch(git_repo):
    start(git_repo)
    write(git_repo, "fr", FR_BODY.replace("Texte alpha.", "Texte alpha modifié."))
    write(git_repo, "en", EN_BODY.replace("Alpha text.", "Changed alpha text."))
    commit(git_repo, "Edit §1 in both languages", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == []
    fr2 = FR_BODY.replace("Texte alpha.", "Texte alpha modifié.").replace("Texte bravo.", "Texte bravo modifié.")
    write(git_repo, "fr", fr2)
    commit(git_repo, "Edit French §2", "2030-03-01T10:00:00+00:00")
    assert outdated(git_repo) == [("§2", 11)]
    write(git_repo, "en", EN_BODY.replace("Alpha text.", "Changed alpha text.").replace("Bravo text.", "New bravo."))
    commit(git_repo, "Translate §2", "2030-03-02T10:00:00+00:00")
    assert outdated(git_repo) == []


def test_headings_without_numbers_edited_in_both_languages_in_one_commit_are_in_line(git_repo):
    """Adoption hunt 13, f_sync_outdated_unnumbered: without numbers each language's sections have their own slugs
    (práva, rights), and the translation's edits were never seen: every edit needed a sync-mark per section."""
    fr_body, en_body = "## Premier\n\nTexte alpha.\n\n## Droits\n\nTexte bravo.\n", \
        "## First\n\nAlpha text.\n\n## Rights\n\nBravo text.\n"
    write(git_repo, "fr", fr_body)
    en = write(git_repo, "en", en_body)
    staleness.mark(source=document.read(git_repo / "docs/fr/index.md", lang="fr"), record=staleness.record_file(en),
                   numbers=None)
    commit(git_repo, "Synthetic policy in two languages", "2030-01-01T10:00:00+00:00")
    write(git_repo, "fr", fr_body.replace("Texte bravo.", "Texte bravo modifié."))
    write(git_repo, "en", en_body.replace("Bravo text.", "Changed bravo text."))
    commit(git_repo, "Edit the rights in both languages", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == []
    write(git_repo, "fr", fr_body.replace("Texte bravo.", "Texte bravo modifié.").replace("alpha.", "alpha modifié."))
    commit(git_repo, "Edit French only", "2030-03-01T10:00:00+00:00")
    assert [where for where, _ in outdated(git_repo)] == ["“First”"]


def test_an_earlier_translation_edit_does_not_cover_a_later_french_edit(git_repo):
    start(git_repo)
    write(git_repo, "en", EN_BODY.replace("Bravo text.", "Bravo text, reworded."))
    commit(git_repo, "Reword English §2", "2030-02-01T10:00:00+00:00")
    write(git_repo, "fr", FR_BODY.replace("Texte bravo.", "Texte bravo modifié."))
    commit(git_repo, "Edit French §2", "2030-03-01T10:00:00+00:00")
    assert outdated(git_repo) == [("§2", 11)]


def test_marking_a_section_that_needs_no_change(git_repo):
    start(git_repo)
    write(git_repo, "fr", FR_BODY.replace("Texte bravo.", "Texte bravo !"))
    commit(git_repo, "Edit French §2", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == [("§2", 11)]
    source = document.read(git_repo / "docs/fr/index.md", lang="fr")
    staleness.mark(source=source, record=staleness.record_file(git_repo / "docs/en/index.md"), numbers=["2"])
    assert outdated(git_repo) == []
    commit(git_repo, "Mark §2 re-checked", "2030-02-02T10:00:00+00:00")
    assert outdated(git_repo) == []


def test_new_french_section_without_translation_is_outdated(git_repo):
    start(git_repo)
    write(git_repo, "fr", FR_BODY + "\n## 4. Quatrième\n\nTexte delta.\n")
    write(git_repo, "en", EN_BODY + "\n## 4. Fourth\n\nDelta text.\n")
    commit(git_repo, "Add §4 in both", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == []


def test_without_record_the_check_says_how_to_create_it(git_repo):
    write(git_repo, "fr", FR_BODY)
    en = write(git_repo, "en", EN_BODY)
    source = document.read(git_repo / "docs/fr/index.md", lang="fr")
    findings = staleness.check(source=source, translation=document.read(en, lang="en"), source_file=en.parent.parent
                               / "fr/index.md", translation_file=en)
    assert [(f.rule, f.line) for f in findings] == [("sync.record-missing", 1)]
    assert "policy sync-mark en --all" in findings[0].message


def test_a_record_nesting_aliases_is_refused_at_once_not_expanded(git_repo):
    """Nine levels of nine aliases would expand to gigabytes: read as front matter is, without aliases."""
    write(git_repo, "fr", FR_BODY)
    en = write(git_repo, "en", EN_BODY)
    levels = ["x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
        f"x{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, 10)]
    staleness.record_file(en).write_text("\n".join(levels) + "\nsections: {'1': *a9}\n", encoding="utf-8")
    source = document.read(git_repo / "docs/fr/index.md", lang="fr")
    findings = staleness.check(source=source, translation=document.read(en, lang="en"), source_file=en.parent.parent
                               / "fr/index.md", translation_file=en)
    assert [(f.rule, f.line) for f in findings] == [("sync.record-missing", 1)]
    assert "is not a translation record: aliases (*name) are not allowed" in findings[0].message


def test_a_record_of_sections_known_by_ids_or_slugs_is_written_numbers_first(tmp_path):
    """Hunt 11 (adoption), finding 6: sync-mark ended with `invalid literal for int()` on a policy whose headings
    have no numbers, or with an annex known by its {#id}: no translation record could ever be written."""
    record = tmp_path / ".translated-from.yml"
    staleness.write_record(record, source="docs/fr/index.md",
                           sections={"annexe": "c", "10": "b", "2.1": "e", "2": "a", "data-we-collect": "d"})
    assert list(staleness.read_record(record)) == ["2", "2.1", "10", "annexe", "data-we-collect"]


def test_marking_every_section_writes_anew_a_record_a_merge_conflict_left_unreadable(git_repo):
    """History hunt 13, f_low_syncmark_conflict_loop: git's conflict markers in the record; `sync-mark --all`
    answered with the message that sends the user to `policy sync-mark`."""
    start(git_repo)
    record = staleness.record_file(git_repo / "docs/en/index.md")
    record.write_text("<<<<<<< HEAD\nsections:\n  '1': aaa\n=======\nsections:\n  '1': bbb\n>>>>>>> pr\n",
                      encoding="utf-8")
    source = document.read(git_repo / "docs/fr/index.md", lang="fr")
    with pytest.raises(staleness.RecordError, match="`policy sync-mark LANG --all` writes it anew"):
        staleness.mark(source=source, record=record, numbers=["1"])  # section by section: its record is needed
    assert staleness.mark(source=source, record=record, numbers=None) == ["1", "2", "3"]
    assert outdated(git_repo) == [] and "<<<<<<<" not in record.read_text(encoding="utf-8")


def test_marking_one_section_keeps_in_line_those_history_brought_in_line_since_the_record(git_repo):
    """Legal hunt 15: a section inserted in both languages renumbered those after it; marking one section a French
    typo touched wrote the record, whose commit starts the history replayed, and once committed every renumbered
    section was outdated (the record's fingerprints were those of the sections that had their numbers before), the
    pull request refused. A section outdated before stays outdated. `policy sync-mark en 4`, as the message says."""
    copy_project(git_repo, docs=None)
    start(git_repo)
    fr = FR_BODY.replace("## 2. Second", "## 2. Inséré\n\nTexte inséré.\n\n## 3. Second").replace(
        "## 3. Troisième", "## 4. Troisième")
    en = EN_BODY.replace("## 2. Second", "## 2. Inserted\n\nInserted text.\n\n## 3. Second").replace(
        "## 3. Third", "## 4. Third")
    write(git_repo, "fr", fr)
    write(git_repo, "en", en)
    commit(git_repo, "Insert §2 in both languages", "2030-02-01T10:00:00+00:00")
    assert outdated(git_repo) == []
    write(git_repo, "fr", fr.replace("Texte charlie.", "Texte charlie corrigé.").replace("Texte alpha.", "Texte A."))
    commit(git_repo, "Correct French §4 and §1", "2030-02-02T10:00:00+00:00")
    assert outdated(git_repo) == [("§1", 7), ("§4", 19)]
    assert checks.mark_in_line(root=git_repo, lang="en", numbers=["4"]) == [("docs/en/.translated-from.yml", ["4"])]
    assert outdated(git_repo) == [("§1", 7)]
    commit(git_repo, "Mark §4 in line", "2030-02-03T10:00:00+00:00")
    assert outdated(git_repo) == [("§1", 7)]
