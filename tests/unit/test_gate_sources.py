"""A snapshot's texts are read back from its folder when asked, never held for every version, and never other
bytes than those judged."""
from __future__ import annotations

import pytest

from policysite import gate, messages


def test_the_texts_are_read_when_asked_and_must_be_those_judged(tmp_path):
    (tmp_path / "fr.md").write_bytes(b"# Politique\n")
    (tmp_path / "en.md").write_bytes(b"# Policy\n")
    sources = gate.Sources({"fr": tmp_path / "fr.md", "en": tmp_path / "en.md"})
    assert dict(sources) == {"fr": b"# Politique\n", "en": b"# Policy\n"}
    assert list(sources) == ["fr", "en"] and len(sources) == 2 and "de" not in sources
    assert sources.get("de") is None and sources.get("fr") == b"# Politique\n"
    assert not any(isinstance(value, bytes) for value in vars(sources).values())  # nothing of the texts held
    (tmp_path / "en.md").write_bytes(b"# Policy, edited\n")
    with pytest.raises(gate.GateError, match="en.md: changed after it was judged"):
        sources["en"]
    assert sources["fr"] == b"# Politique\n"


def test_the_version_before_in_a_task_names_its_snapshots_pages_without_their_bytes(tmp_path):
    from policysite import building

    (tmp_path / "fr.md").write_bytes("# Politique d’avant\n".encode())
    sources = gate.Sources({"fr": tmp_path / "fr.md"})
    before, texts, aliases, _ids = building.previous_of(None, {}, {"2024-01-01": sources}, version="2024-06-01",  # type: ignore[arg-type]
                                                  on_branch=["2024-01-01", "2024-06-01"])
    assert (before, aliases) == ("2024-01-01", {})
    assert not [v for v in vars(texts).values() if isinstance(v, dict) and any(isinstance(b, bytes) for b in v.values())]
    assert dict(texts) == {"fr": "# Politique d’avant\n"}
    (tmp_path / "fr.md").write_bytes(b"# Autre\n")
    with pytest.raises(gate.GateError, match="changed after it was judged"):
        texts["fr"]


def test_an_announced_day_left_from_the_version_before_is_refused_on_a_version_published_on_its_date(tmp_path):
    """Legal hunt 36: `announced: 2024-01-20`, the day the version before was announced, left in the front matter of
    the next edit published on 10 April: the feed filed "new version announced, in force on 10 April" on 20 January."""
    import datetime as dt

    def page(date: str, announced: str, words: str) -> bytes:
        return f"---\ndate: {date}\nannounced: {announced}\n---\n\n# T\n\n## 1. A\n\n{words}\n".encode()

    snap = gate.Snapshot("0" * 40, tmp_path, {"fr": tmp_path / "docs" / "fr"},
                         {"fr": page("2024-04-10", "2024-01-20", "Deux ans, contact.")})

    class Page:  # the only setting the finding reads
        page = "index.md"

    before = {"fr": page("2024-03-01", "2024-01-20", "Deux ans.")}
    found = gate.repeated_summary(snap, Page(), previous=before, before="2024-03-01",  # type: ignore[arg-type]
                                  today=dt.date(2024, 4, 10))
    assert [(f.path, f.line, f.rule) for f in found] == [("docs/fr/index.md", 3, "frontmatter.announced-repeated")]
    # published ahead the same day as the version before: two announcements of one day are true
    assert gate.repeated_summary(snap, Page(), previous=before, before="2024-03-01",  # type: ignore[arg-type]
                                 today=dt.date(2024, 1, 20)) == []


def test_the_pull_requests_redline_says_what_publishing_will_refuse_of_the_front_matter():
    """Legal hunt 36: the summary: and announced: of the version before, left in the edited text, are refused at
    publication, after the merge; `policy diff newest worktree` (the pull request's redline) says so first."""
    import datetime as dt

    from policysite import document, sides

    def page(date: str, words: str) -> document.Policy:
        text = f"---\ndate: {date}\nannounced: 2024-01-20\nsummary: Deux ans.\n---\n\n# T\n\n## 1. A\n\n{words}\n"
        return document.parse(text, path="docs/fr/index.md", lang="fr")

    said = sides.repeated_front_matter(page("2024-03-01", "Deux ans."), page("2024-04-10", "Deux ans, contact."),
                                       changed=True, today=dt.date(2024, 4, 10))
    assert [line.split("(")[1].split(")")[0] for line in said] == ["frontmatter.summary-repeated",
                                                                   "frontmatter.announced-repeated"]
    assert all(line.startswith("docs/fr/index.md: ") for line in said)
    assert sides.repeated_front_matter(page("2024-03-01", "Deux ans."), page("2024-04-10", "Deux ans."),
                                       changed=False, today=dt.date(2024, 1, 20)) == []


def test_a_new_date_on_the_words_of_the_version_before_is_said_not_published_silently(tmp_path):
    """Texts 27: a version whose pages are, word for word, the version before's in every language, its date alone
    changed, was published with no word: the archive now lists a version whose changes say "No change in the text."
    The legal team is told (a review may re-date a text: it is not refused); not where a language changed, nor
    where its `summary:` says why it was dated anew."""
    def page(date: str, words: str, summary: str = "") -> bytes:
        return (f"---\ndate: {date}\n" + (f"summary: {summary}\n" if summary else "") +
                f"---\n\n# T\n\n## 1. A\n\n{words}\n").encode()

    class Page:  # the settings the note reads
        page, authoritative = "index.md", "fr"

    def said(**pages: bytes) -> list[str]:
        snap = gate.Snapshot("0" * 40, tmp_path, {lang: tmp_path / "docs" / lang for lang in pages}, pages)
        return gate.same_words(snap, Page(), previous={"fr": page("2024-03-01", "Deux ans."),  # type: ignore[arg-type]
                                                       "en": page("2024-03-01", "Two years.")},
                               before="2024-03-01", version="2024-04-10")

    assert said(en=page("2024-04-10", "Two years."), fr=page("2024-04-10", "Deux ans.")) == [
        "2024-04-10: its text is, word for word, that of 2024-03-01, the version before it, in every language (fr, "
        "en): its date alone changed; the archive lists 2024-04-10 as a version whose history entry, changes page and "
        "feed item say “No change in the text.” (if a change was meant, it is not in this commit; a review confirming "
        "the text may say so in `summary:`)"]
    assert [messages.said_in(line, "fr") for line in said(en=page("2024-04-10", "Two years."),
                                                          fr=page("2024-04-10", "Deux ans."))] == [
        "2024-04-10\u00a0: son texte est, mot pour mot, celui du 2024-03-01, la version précédente, dans chaque langue (fr, "
        "en)\u00a0: seule sa date a changé\u202f; l'archive liste la version du 2024-04-10 comme une version dont l'entrée "
        "d'historique, la page des modifications et l'élément du flux disent «\u00a0Aucune modification du texte.\u00a0» (si une "
        "modification était voulue, elle n'est pas dans ce commit\u202f; une relecture qui confirme le texte peut le dire "
        "dans `summary:`)"]
    assert said(fr=page("2024-04-10", "Deux ans."), en=page("2024-04-10", "Two years, then deleted.")) == []
    assert said(fr=page("2024-04-10", "Deux ans.", "Relu, sans changement."),
                en=page("2024-04-10", "Two years.", "Reviewed, no change.")) == []
    assert said(fr=page("2024-04-10", "Deux ans.")) == []  # a language fewer: not the same version's pages


def test_a_version_whose_headings_only_write_their_numbers_otherwise_is_said(tmp_path):
    """Articles 26, left: `## 1. Scope` become `## I. Scope` (or `Article 1 – Scope`), no word changed: the history,
    changes page and feed say "No change in the text."; the legal team is told which headings changed their
    numbering, and that a `summary:` would say it. A word changed besides: nothing of this said."""
    from policysite import archive

    def page(date: str, numbers: tuple[str, str], words: str = "Deux ans.") -> bytes:
        return (f"---\ndate: {date}\n---\n\n# T\n\n## {numbers[0]} Objet\n\n{words}\n\n"
                f"## {numbers[1]} Données\n\nContact.\n").encode()

    class Page:
        page, authoritative = "index.md", "fr"

    old = page("2024-03-01", ("1.", "2."))

    def said(new: bytes) -> list[str]:
        snap = gate.Snapshot("0" * 40, tmp_path, {"fr": tmp_path / "docs" / "fr"}, {"fr": new})
        return gate.same_words(snap, Page(), previous={"fr": old}, before="2024-03-01",  # type: ignore[arg-type]
                               version="2024-04-10")

    roman = page("2024-04-10", ("I.", "II."))
    change = archive.changes_of(roman.decode(), previous_text=old.decode(), lang="fr")
    assert change is not None and archive.describe(change) == []  # what the archive's summary says: no change
    assert said(roman) == [
        "2024-04-10: its words are those of 2024-03-01, the version before it, in every language (fr); only the way "
        "its headings write their numbers changed (French, §I: “1.” → “I.”; French, §II: “2.” → “II.”): the archive "
        "lists "
        "2024-04-10 as a version whose history entry, changes page and feed item say “No change in the text.” (say "
        "what changed in `summary:`, which they then give)"]  # (each named as the new text writes it: adopt43)
    assert [messages.said_in(line, "fr") for line in said(roman)] == [
        "2024-04-10\u00a0: ses mots sont ceux du 2024-03-01, la version précédente, dans chaque langue (fr)\u202f; seule la façon "
        "dont ses titres écrivent leur numéro a changé (français, §I\u00a0: «\u00a01.\u00a0» → «\u00a0I.\u00a0»\u202f; français, §II\u00a0: «\u00a02.\u00a0» → «\u00a0II.\u00a0»)\u00a0: "
        "l'archive liste la version du 2024-04-10 comme une version dont l'entrée d'historique, la page des "
        "modifications et l'élément du flux disent «\u00a0Aucune modification du texte.\u00a0» (dites ce qui a changé dans "
        "`summary:`, qu'ils reprendront alors)"]
    assert said(page("2024-04-10", ("Article 1 –", "Article 2 –")))[0].count("“Article") == 2
    assert said(page("2024-04-10", ("I.", "II."), "Trois ans.")) == []
