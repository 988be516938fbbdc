"""company5, a Persian company: pyspellchecker's Persian list lacks the language's common words, so spelling is in
effect off (one warning) until the company gives its vocabulary; the warning says where and how, and the vocabulary
given is used: its words are known, and a typo outside it is found."""
from __future__ import annotations

import datetime as dt

from policysite import checks, document, settings, spelling

PAGE = "---\ndate: 2030-01-15\n---\n\n# سیاست\n\nما داده‌های شما را به مدت ۳ سال نگهداری می‌کنیم.\n"
# the page's words pyspellchecker's Persian list lacks, as a company would list them
VOCABULARY = "# واژه‌های فارسی متن‌های ما\nنگهداری\nکنیم  # می‌کنیم\n"


def parsed(text: str = PAGE) -> document.Policy:
    return document.parse(text, path="docs/fa/index.md", lang="fa")


def test_without_a_vocabulary_the_warning_says_which_file_and_its_format():
    (finding,) = spelling.check(parsed(), words=frozenset())
    assert (finding.key, finding.severity) == ("spelling.no-dictionary/vocabulary", "warning")
    english = finding.in_language("en").message
    assert "“نگهداری”" in english and "write the company's vocabulary in docs/fa/.vocabulary.txt: one correct word a " \
                                      "line, UTF-8, no justification needed" in english, english
    french = finding.in_language("fr").message
    assert "écrivez le vocabulaire de l'entreprise dans docs/fa/.vocabulary.txt\u00a0: un mot correct par ligne" \
        in french, french


def test_a_vocabulary_given_is_used_and_a_typo_outside_it_is_found(tmp_path):
    listed = tmp_path / spelling.VOCABULARY_FILE
    listed.write_text(VOCABULARY, encoding="utf-8")
    vocabulary = spelling.load_words(listed)
    assert spelling.check(parsed(), words=frozenset(), vocabulary=vocabulary) == []
    typo = parsed(PAGE.replace("نگهداری", "نگحداری"))
    (finding,) = spelling.check(typo, words=frozenset(), vocabulary=vocabulary)
    assert finding.rule == spelling.RULE and "“نگحداری”" in finding.message


def test_policy_check_reads_the_vocabulary_beside_the_page(tmp_path):
    (tmp_path / "docs" / "fa").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: x\ndocs_dir: docs/fa\n", encoding="utf-8")
    (tmp_path / "docs" / "fa" / "index.md").write_text(PAGE, encoding="utf-8")
    site = settings.from_extra({"policy": {"company": "نمونه", "authoritative": "fa", "public_url": "https://x.test/",
                                           "version_section": "", "languages": [{"code": "fa", "name": "فارسی"}]}})

    def spelling_rules() -> list[str]:
        found = checks.check_language(root=tmp_path, settings=site, code="fa", today=dt.date(2030, 2, 1))
        return [f.key for f in found if f.rule.startswith("spelling.")]

    assert spelling_rules() == ["spelling.no-dictionary/vocabulary"]
    (tmp_path / "docs" / "fa" / spelling.VOCABULARY_FILE).write_text(VOCABULARY, encoding="utf-8")
    assert spelling_rules() == []


def test_a_vocabulary_linked_from_outside_the_project_is_not_read(tmp_path):
    """As the word list: a link would put another file's lines (`.git/config`, the environment) into the checks."""
    project, outside = tmp_path / "site", tmp_path / "elsewhere.txt"
    (project / "docs" / "fa").mkdir(parents=True)
    (project / "mkdocs.yml").write_text("site_name: x\ndocs_dir: docs/fa\n", encoding="utf-8")
    (project / "docs" / "fa" / "index.md").write_text(PAGE, encoding="utf-8")
    outside.write_text(VOCABULARY, encoding="utf-8")
    (project / "docs" / "fa" / spelling.VOCABULARY_FILE).symlink_to(outside)
    site = settings.from_extra({"policy": {"company": "نمونه", "authoritative": "fa", "public_url": "https://x.test/",
                                           "version_section": "", "languages": [{"code": "fa", "name": "فارسی"}]}})
    found = checks.check_language(root=project, settings=site, code="fa", today=dt.date(2030, 2, 1))
    assert ("docs/fa/.vocabulary.txt", "source.symlink/words") in [(f.path, f.key) for f in found]
    assert "spelling.no-dictionary/vocabulary" in [f.key for f in found]  # its words not taken
