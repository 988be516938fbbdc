"""legal17: a merge conflict left in a page is said once, by its markers, not again as every check misreads it."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from policysite import checks, messages, settings

SITE = {"policy": {"company": "Example", "authoritative": "fr", "public_url": "https://x.test/", "version_section": "",
                   "languages": [{"code": "fr", "name": "Français"}, {"code": "en", "name": "English"}]}}
FR = ("---\ndate: 2030-01-15\n---\n\n# Politique de confidentialité\n\n## 1. Données\n\n"
      "Nous conservons vos données pendant trois ans.\n\n## 2. Contact\n\nÉcrivez-nous.\n")
EN = ("---\ndate: 2030-01-15\n---\n\n# Privacy policy\n\n## 1. Data\n\n"
      "We keep your data for three years.\n\n## 2. Contact\n\nWrite to us.\n")
# what git leaves when two pull requests changed the same line: the second side under `=======` makes the first a
# heading (setext), and the marker's branch name a word
CONFLICT = ("<<<<<<< HEAD\nNous conservons vos données pendant trois ans.\n=======\n"
            "Nous conservons vos données pendant cinq ans.\n>>>>>>> cinq-ans")


def _found(root: Path, fr: str, en: str = EN) -> list[tuple[str, int, str]]:
    for code, text in (("fr", fr), ("en", en)):
        (root / "docs" / code).mkdir(parents=True, exist_ok=True)
        (root / "docs" / code / "index.md").write_text(text, encoding="utf-8")
    config = {"site_name": "x", "docs_dir": "docs/fr", "extra": SITE}
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    (root / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\ndocs_dir: docs/en\n", encoding="utf-8")
    site = settings.from_extra(SITE)
    found = []
    for code in ("fr", "en"):
        found += checks.check_language(root=root, settings=site, code=code, today=dt.date(2030, 2, 1))
    return [(f.path, f.line, f.rule) for f in found if not f.rule.startswith(("sync.record", "spelling.no-"))]


def test_a_conflict_in_a_paragraph_is_its_three_markers_and_nothing_else(tmp_path):
    """Before: the conflict was said nine times over, six of them wrong ("the heading « <<<<<<< HEAD Nous
    conservons… » has no number: write « 4.1 <<<<<<< HEAD … »", "the acronym HEAD is not in the word list", the
    English page "lacks §« <<<<<<< HEAD … »" and has "1 paragraph where French has 0"), each to be fixed otherwise."""
    torn = FR.replace("Nous conservons vos données pendant trois ans.", CONFLICT)
    assert _found(tmp_path, torn) == [("docs/fr/index.md", 9, "text.conflict"), ("docs/fr/index.md", 11, "text.conflict"),
                                      ("docs/fr/index.md", 13, "text.conflict")]


def test_a_conflict_in_the_front_matter_is_not_said_a_yaml_error_to_quote(tmp_path):
    """Two pull requests that each changed the date: the markers made the front matter no YAML, and the team was told
    to quote a value (frontmatter.yaml) besides the markers."""
    torn = FR.replace("date: 2030-01-15", "<<<<<<< HEAD\ndate: 2030-01-15\n=======\ndate: 2030-01-20\n>>>>>>> autre")
    assert {rule for _path, _line, rule in _found(tmp_path, torn)} == {"text.conflict"}


def test_a_translation_s_own_conflict_leaves_the_authoritative_page_judged_as_before(tmp_path):
    torn = EN.replace("We keep your data for three years.",
                      "<<<<<<< HEAD\nWe keep your data for three years.\n=======\nWe keep it for five.\n>>>>>>> b")
    assert sorted(_found(tmp_path, FR.replace("trois ans", "trois ans ans"), torn)) == [
        ("docs/en/index.md", 9, "text.conflict"), ("docs/en/index.md", 11, "text.conflict"),
        ("docs/en/index.md", 13, "text.conflict"), ("docs/fr/index.md", 9, "editorial.doubled-word")]


def test_once_resolved_the_page_is_judged_whole_again(tmp_path):
    """The markers silence nothing for good: the resolved text's own finding (the English translation falling out
    of step) comes back."""
    resolved = FR.replace("## 2. Contact\n\nÉcrivez-nous.\n", "")
    assert ("docs/en/index.md", 11, "sync.section-extra") in _found(tmp_path, resolved)


def test_sync_mark_marks_nothing_of_a_page_holding_a_conflict(tmp_path):
    """`policy sync-mark en --all` on a French page left in conflict recorded both sides, read together, as the text
    the translation was brought in line with; it now names the marker and marks nothing."""
    _found(tmp_path, FR.replace("Nous conservons vos données pendant trois ans.", CONFLICT))
    with pytest.raises(settings.SettingsError) as refused:
        checks.mark_in_line(root=tmp_path, lang="en", numbers=None)
    assert "<<<<<<< HEAD" in messages.text_of(refused.value) and "docs/fr/index.md:9" in messages.text_of(refused.value)
    assert not (tmp_path / "docs" / "en" / ".translated-from.yml").exists()


def test_a_word_list_two_pull_requests_added_to_is_said_by_its_markers_not_as_entries_to_justify(tmp_path):
    """Two pull requests that each added a word at the end of docs/fr/.words.txt: git's markers were said entries
    without a reason ("write `<<<<<<< HEAD  # where and why it is used`"), and both sides' words unused."""
    from policysite import spelling

    listed = tmp_path / ".words.txt"
    listed.write_text("Example  # the company\n<<<<<<< HEAD\nCNIL  # the French authority\n=======\n"
                      "RGPD  # the regulation, in French\n>>>>>>> autre\n", encoding="utf-8", newline="\r\n")
    found = spelling.lint_words(listed, lang="fr", display_path="docs/fr/.words.txt")
    assert [(f.line, f.rule) for f in found] == [(2, "text.conflict"), (4, "text.conflict"), (6, "text.conflict")]
    assert "keep those of both (each once) and delete the markers" in found[0].message
    listed.write_text("Example  # the company\nCNIL  # the French authority\nRGPD  # the regulation, in French\n",
                      encoding="utf-8")
    assert [f.rule for f in spelling.lint_words(listed, lang="fr")] == []


def test_words_prune_leaves_a_list_in_conflict_as_it_is(tmp_path):
    """`policy words --prune` took the markers for entries no text uses and removed them: the conflict made silently,
    its `=======` gone with them. It now refuses the list, naming the first marker, and writes nothing."""
    from policysite import document, spelling

    listed = tmp_path / ".words.txt"
    torn = "<<<<<<< HEAD\nCNIL  # the French authority\n=======\nRGPD  # the regulation\n>>>>>>> autre\n"
    listed.write_text(torn, encoding="utf-8")
    page = document.parse(FR.replace("trois ans", "trois ans (CNIL, RGPD)"), path="docs/fr/index.md", lang="fr")
    with pytest.raises(spelling.ListRefused) as refused:
        spelling.prune(listed, policy=page, shown="docs/fr/.words.txt")
    assert messages.text_of(refused.value).startswith("docs/fr/.words.txt:1: [text.conflict] “<<<<<<< HEAD” is a marker")
    assert listed.read_text(encoding="utf-8") == torn
