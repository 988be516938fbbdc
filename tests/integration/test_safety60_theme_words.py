"""safety60: the words the theme shows on every page from a language's configuration, the site's name (the header, the
tab's title) and the copyright line (the footer), were read by `policy check` for markup and hidden characters only
(config_rules): a misspelt word, or a host whose letters pass for another (`acmе.example`, a Cyrillic е), reached
every page unread. They are judged as the text's words are, at their line of the configuration."""
from __future__ import annotations

import datetime as dt

from helpers import one_language_project
from policysite import checks

DAY = dt.date(2024, 6, 1)


def _checked(tmp_path, *, name: str, line: str, words: str = "") -> list[str]:
    root = one_language_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    text = text.replace("site_name: Example Org privacy policy", f"site_name: {name}")
    config.write_text(text.replace("copyright: Example Org", f"copyright: {line}"), encoding="utf-8")
    if words:
        (root / "docs" / "en" / ".words.txt").write_text(words, encoding="utf-8")
    return [str(f) for f in checks.check_project(root=root, today=DAY)]


def _line(tmp_path, key: str) -> int:
    lines = (tmp_path / "p" / "mkdocs.yml").read_text(encoding="utf-8").split("\n")
    return next(n for n, line in enumerate(lines, 1) if line.startswith(f"{key}:"))


def test_a_misspelt_word_of_the_header_or_footer_is_named_at_its_line(tmp_path):
    found = _checked(tmp_path, name="Example Org privacy polcy", line="Copyright © Example Org. All rihgts reserved.")
    name, line = _line(tmp_path, "site_name"), _line(tmp_path, "copyright")
    assert [f.split(" is not")[0] for f in found] == [
        f"mkdocs.yml:{name}: [spelling.unknown-word] site_name: “polcy”",
        f"mkdocs.yml:{line}: [spelling.unknown-word] copyright: “rihgts”"], found


def test_a_lookalike_host_in_the_footer_is_named(tmp_path):
    found = _checked(tmp_path, name="Example Org privacy policy", line="Copyright © Example Org, exаmple.org")
    assert [f.split(" writes")[0] for f in found] == [
        f"mkdocs.yml:{_line(tmp_path, 'copyright')}: [editorial.address-lookalike] copyright: the address “exаmple.org”"
    ], found


def test_right_words_the_year_and_listed_words_pass(tmp_path):
    assert _checked(tmp_path, name="Example Org Zorblax privacy policy",
                    line="Copyright © Example Org. 2016-{year}. All rights reserved.", words="Zorblax  # our product\n") \
        == []


def test_the_year_is_the_one_pages_writes():
    from policysite import pages

    assert checks.YEAR == pages.YEAR


def test_a_word_the_header_alone_uses_is_kept_by_pruning(tmp_path):
    """The word list serves the header's and footer's words too: `policy words --prune` keeps the entries they use."""
    found = _checked(tmp_path, name="Example Org Zorblax privacy policy", line="Example Org",
                     words="Zorblax  # our product\nQuuxle  # no longer used\n")
    assert [f.split(" is not")[0] for f in found] == ["docs/en/.words.txt:2: warning: [spelling.word-unused] “Quuxle”"]
    assert checks.prune_words(root=tmp_path / "p") == [("docs/en/.words.txt", ["Quuxle"])]


def test_the_name_and_copyright_policy_init_writes_pass_in_every_language_it_writes():
    """`policy init`'s site name and copyright line (init.site_strings) in each language the site has words in and a
    dictionary for: Italian's "Copyright" is the generator's vocabulary (vocabulary/it.txt)."""
    import pkgutil

    from policysite import document, init, locales, spelling
    from policysite.strings import STRINGS

    codes = sorted({m.name.replace("_", "-") for m in pkgutil.iter_modules(locales.__path__)} | set(STRINGS))
    judged = [code for code in codes if spelling.has_dictionary(code)]
    assert {"fr", "en", "it", "de"} <= set(judged)
    for code in judged:
        name, line = init.site_strings(code, "Acme")
        policy = document.parse(f"---\ndate: 2024-01-01\n---\n\n# {name}\n\n## 1. A\n\nx\n", path="p.md", lang=code)
        found = spelling.check(policy, words=frozenset(), names=("Acme",),
                               others=[(3, "site_name", name), (7, "copyright", line.replace(checks.YEAR, "2000"))])
        assert [str(f) for f in found if not f.rule.startswith(spelling.RULE_NO_DICTIONARY)] == [], code


def test_a_document_s_title_on_the_home_page_is_judged_at_its_line(tmp_path):
    """A site of several documents lists them by their titles (extra.policy.documents) on its home page and feeds."""
    from helpers import synthetic_policy

    root = one_language_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "    page: index.md\n" in text
    config.write_text(text.replace("    page: index.md\n", "    page: index.md\n    documents:\n      - id: privacy\n"
                                   "        page: index.md\n      - id: cookies\n        page: cookies.md\n"
                                   "        title: {en: Cookie polcy}\n"), encoding="utf-8")
    (root / "docs" / "en" / "cookies.md").write_text(synthetic_policy("2024-05-01", title="Example cookie policy"),
                                                      encoding="utf-8")
    found = [str(f) for f in checks.check_project(root=root, today=DAY)]
    line = _line(tmp_path, "    documents")
    assert [f.split(" is not")[0] for f in found if "polcy" in f] == [
        f"mkdocs.yml:{line}: [spelling.unknown-word] extra.policy.documents 2 title: “polcy”"], found


def test_a_direction_mark_reordering_the_header_s_words_is_named(tmp_path):
    """A right-to-left isolate or mark with no right-to-left word beside it lays the words around it out in another
    order than written (`⁧Example Org 30 days, not 90⁩`): named as in the text (editorial.bidi)."""
    found = _checked(tmp_path, name="\u2067Example Org 30 days, not 90\u2069", line="Example\u200f Org")
    name, line = _line(tmp_path, "site_name"), _line(tmp_path, "copyright")
    assert [f.split(" with no")[0] for f in found] == [
        f"mkdocs.yml:{name}: [editorial.bidi] site_name: a direction mark (U+2067)",
        f"mkdocs.yml:{line}: [editorial.bidi] copyright: a direction mark (U+200F)"], found


def test_the_description_search_engines_show_is_judged_at_its_line(tmp_path):
    """leads45: `site_description`, every page's meta description (a search engine's result, a link's preview), was
    read for markup and hidden characters only: a misspelt word or a lookalike host in it passed `policy check`."""
    root = one_language_project(tmp_path / "p")
    config = root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "site_description: Example Org privacy policy\n" in text
    config.write_text(text.replace("site_description: Example Org privacy policy\n",
                                   "site_description: Example Org privacy polcy, on exаmple.org\n"), encoding="utf-8")
    found = [str(f) for f in checks.check_project(root=root, today=DAY)]
    line = _line(tmp_path, "site_description")
    assert [f.split(" is not")[0].split(" writes")[0] for f in found] == [
        f"mkdocs.yml:{line}: [editorial.address-lookalike] site_description: the address “exаmple.org”",
        f"mkdocs.yml:{line}: [spelling.unknown-word] site_description: “polcy”"], found
