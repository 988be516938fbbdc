"""safety83: a version's page showing no description may give search engines the site's only (`site_description` of
a configuration, as HEAD has it or a published version's commit had it): any other words in its one
`<meta name="description">` are refused where the check knows them, whatever passed before it did."""
from __future__ import annotations

from pathlib import Path

from helpers import git
from policysite import safety, sitedescriptions
from policysite.messages import said_in
from unit.test_safety import THEME, page

_PAGE = ('<!doctype html><html lang="en"><head><meta name="description" content="{words}"></head><body>'
         '<article class="md-content__inner"><h1 id="t">T</h1><p>Text.</p></article></body></html>')
_SITE = frozenset({"Example Org privacy policy"})


def _unshown(words: str, site: frozenset[str] | None) -> tuple[str, str] | None:
    tree = safety.parsed(_PAGE.format(words=words))
    return safety.description_unshown(tree, tree.css_first("article.md-content__inner"), site)


def test_a_page_showing_no_description_gives_search_engines_the_site_s_only():
    assert _unshown("Example Org  privacy\npolicy", _SITE) is None  # (its spaces as a page shows them)
    assert _unshown("We never sell your data.", _SITE) == ("description", "We never sell your data.")
    assert _unshown("We never sell your data.", frozenset()) == ("description", "We never sell your data.")
    assert _unshown("We never sell your data.", None) is None  # (a caller who knows no configuration)
    # a name in quotes as quote_config writes it, read back by the parser as the configuration has it
    assert _unshown('ООО &quot;Ромашка&quot; R&D', frozenset({'ООО "Ромашка" R&D'})) is None


def _built(words: str) -> str:
    return page(head=f'<meta name="description" content="{words}">')


def test_a_page_that_passed_knowing_no_site_description_is_judged_again_by_one_who_knows():
    html = _built("We never sell your data, said the hand commit.")
    assert safety.check_page(html, file="en/2001-01-01/index.html", theme_dirs=THEME, site=None) == []
    found = safety.check_page(html, file="en/2001-01-01/index.html", theme_dirs=THEME, site=_SITE)
    assert [said_in(v.said(), "en") for v in found] == [
        "en/2001-01-01/index.html: <meta description> gives search engines and link previews “We never sell your "
        "data, said the hand commit.” as the page's summary, words the page does not show (publishing shows the "
        "page's description, its front matter's `description:`, under its title)"]
    assert safety.check_page(_built("Example Org privacy policy"), file="en/2001-01-01/index.html", theme_dirs=THEME,
                             site=_SITE | {"Older words"}) == []


def test_a_configuration_s_description_is_read_as_the_theme_writes_it():
    assert sitedescriptions.of_config("site_name: X\nsite_description: >-\n  Example Org\n  privacy policy\n") == \
        "Example Org privacy policy"
    assert sitedescriptions.of_config("site_name: X\n") == ""
    assert sitedescriptions.of_config("site_description: !ENV [X]\n") == ""  # (refused: the configuration's check)
    assert sitedescriptions.of_config("[unclosed\n") == ""


def test_the_site_s_descriptions_are_head_s_and_each_published_version_s_commit_s(tmp_path: Path):
    from helpers import one_language_project
    from policysite.project import opened

    repo = one_language_project(tmp_path / "project")
    config = repo / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "site_description: Example Org privacy policy\n" in text
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    first = git(repo, "rev-parse", "HEAD").strip()
    config.write_text(text.replace("site_description: Example Org privacy policy",
                                   "site_description: Example Org's privacy notice &copy"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "renamed", date="2024-01-02T12:00:00+00:00")
    with opened(repo) as project:
        now = {"Example Org's privacy notice &copy", "Example Org's privacy notice ©"}  # (as a browser reads it too)
        assert sitedescriptions.described(project) == frozenset(now)
        assert sitedescriptions.described(project, [first, "0" * 40]) == frozenset(now | {"Example Org privacy policy"})
