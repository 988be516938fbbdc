"""legal29: items put in another order in the French reference only (nothing else changed) were said "the French text
changed …; update this section", sending the translator to look for words that had not changed (legal28's notes,
staleness._replay). Check now says the order changed, the words did not (sync.outdated/moved), in French and English;
a word changed as well, or an item moved to another section, is still "update this section"."""
from __future__ import annotations

from pathlib import Path

from helpers import git, synthetic_policy
from policysite import document, staleness

FR = ("## 1. Données\n\nNous collectons :\n\n- le nom ;\n- l'adresse ;\n- le téléphone.\n\n"
      "## 2. Durée\n\nTrois ans.\n")
EN = ("## 1. Data\n\nWe collect:\n\n- the name;\n- the address;\n- the phone number.\n\n"
      "## 2. Retention\n\nThree years.\n")
REORDERED = FR.replace("- le nom ;\n- l'adresse ;", "- l'adresse ;\n- le nom ;")


def _write(repo: Path, lang: str, body: str) -> Path:
    page = repo / "docs" / lang / "index.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(synthetic_policy(sections=body), encoding="utf-8")
    return page


def _commit(repo: Path, message: str, date: str) -> None:
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message, date=date)


def _start(repo: Path) -> None:
    _write(repo, "fr", FR)
    en = _write(repo, "en", EN)
    staleness.mark(source=document.read(repo / "docs/fr/index.md", lang="fr"), record=staleness.record_file(en),
                   numbers=None)
    _commit(repo, "Policy in two languages", "2030-01-01T10:00:00+00:00")


def _findings(repo: Path):
    fr_page, en_page = repo / "docs/fr/index.md", repo / "docs/en/index.md"
    return staleness.check(source=document.read(fr_page, lang="fr", display_path="docs/fr/index.md"),
                           translation=document.read(en_page, lang="en", display_path="docs/en/index.md"),
                           source_file=fr_page, translation_file=en_page)


def test_items_reordered_in_the_reference_only_say_the_order_changed_not_the_words(git_repo):
    _start(git_repo)
    _write(git_repo, "fr", REORDERED)
    _commit(git_repo, "Reorder §1's items in French", "2030-02-01T10:00:00+00:00")
    [finding] = _findings(git_repo)
    assert (finding.rule, finding.key, finding.line) == ("sync.outdated", "sync.outdated/moved", 7)
    english = finding.said("en")
    assert "put this section's paragraphs, list items or rows in another order" in english
    assert "without changing their words; put them in the same order here" in english
    assert "policy sync-mark en 1" in english
    french = finding.said("fr")
    assert "a changé l'ordre des paragraphes, éléments de liste ou lignes de cette section" in french
    assert "remettez-les dans le même ordre ici" in french


def test_uncommitted_reorder_is_said_alike_and_reordering_the_translation_brings_it_in_line(git_repo):
    _start(git_repo)
    _write(git_repo, "fr", REORDERED)
    assert [f.key for f in _findings(git_repo)] == ["sync.outdated/moved"]
    _write(git_repo, "en", EN.replace("- the name;\n- the address;", "- the address;\n- the name;"))
    assert _findings(git_repo) == []


def test_a_word_changed_too_or_an_item_moved_to_another_section_is_update_this_section(git_repo):
    _start(git_repo)
    _write(git_repo, "fr", REORDERED.replace("le nom", "le nom complet"))
    _commit(git_repo, "Reorder and edit", "2030-02-01T10:00:00+00:00")
    assert [f.key for f in _findings(git_repo)] == ["sync.outdated"]
    _write(git_repo, "fr", FR.replace("- le téléphone.\n", "").replace("Trois ans.", "Trois ans.\n\n- le téléphone."))
    assert sorted(f.key for f in _findings(git_repo)) == ["sync.outdated", "sync.outdated"]


def test_reordered_then_translated_then_reordered_back_compares_with_the_text_last_in_line(git_repo):
    _start(git_repo)
    _write(git_repo, "fr", REORDERED)
    _write(git_repo, "en", EN.replace("- the name;\n- the address;", "- the address;\n- the name;"))
    _commit(git_repo, "Reorder in both", "2030-02-01T10:00:00+00:00")
    _write(git_repo, "fr", REORDERED.replace("Nous collectons :", "Nous collectons les données suivantes :"))
    _commit(git_repo, "Edit the French lead", "2030-03-01T10:00:00+00:00")
    assert [f.key for f in _findings(git_repo)] == ["sync.outdated"]


def test_sections_reordered_only_is_a_pure_function_of_two_sections():
    def section(body: str):
        return document.parse(synthetic_policy(sections=body), path="p.md", lang="fr").sections[0]

    assert staleness.reordered(section(FR), section(REORDERED))
    assert not staleness.reordered(section(FR), section(FR))
    assert not staleness.reordered(section(FR), section(REORDERED.replace("## 1. Données", "## 1. Vos données")))
    assert not staleness.reordered(section(FR), section(FR.replace("- le nom ;\n", "")))
