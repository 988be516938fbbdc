"""Redline18, session 48, in Chromium: the compare page links each section into its version's page by the id that page
has it by. 2021-02-17 is published under an older id rule (its pages and manifest say `article-N`, today's rules give
`sN`), 2022-03-01 today; the compare page linked both versions' sections at `#s1`…, which 2021-02-17's pages lack.
Synthetic texts of a fictional company (tests/integration/test_histories20.py's), in a temporary repository."""
from __future__ import annotations

import re
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from reader import go
from selectolax.lexbor import LexborHTMLParser

from helpers import GIT_ENV, published
from integration.test_redline18_diff_ids import NEW, OLD, published_under_an_older_rule
from policy_repo import new_project
from policysite import cli, export_site
from policysite.redline.render import labels as strings


@pytest.fixture(scope="module")
def older_rule(tmp_path_factory, serve) -> tuple[str, object]:
    """The two versions published, the first under the older rule, exported and served: the base URL, the export."""
    folder = tmp_path_factory.mktemp("older-rule")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        project = new_project(folder / "project")
        published_under_an_older_rule(project, mp)
        public = export_site.export(root=project.root, site_dir=folder / "public")
    assert 'id="article-3"' in (public / "fr" / OLD / "index.html").read_text(encoding="utf-8")
    return serve(public), public


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_compare_page_links_each_section_at_an_id_its_version_s_page_has(page, older_rule, lang):
    base, public = older_rule
    where = f"{base}/{lang}/compare/"
    go(page, f"{where}#{OLD}..{NEW}")
    page.locator(".policy-compare-result .redline-summary").wait_for()
    hrefs = page.eval_on_selector_all(".policy-compare-result a[href]", "links => links.map(a => a.href)")
    into = {}
    for href in hrefs:
        target, _, fragment = href.partition("#")
        path = urlsplit(target).path
        if fragment and re.fullmatch(rf"/{lang}/\d{{4}}-\d{{2}}-\d{{2}}/", path):
            into.setdefault(path.strip("/").split("/")[1], []).append(unquote(fragment))
    assert set(into) == {OLD, NEW}, hrefs  # (each changed section linked into both versions)
    assert "article-3" in into[OLD], into  # the removed §3 Cookies, by the id its page has
    for version, fragments in into.items():
        html = (public / lang / version / "index.html").read_text(encoding="utf-8")
        ids = {node.attributes.get("id") for node in LexborHTMLParser(html).css("[id]")}
        assert [f for f in fragments if f not in ids] == [], (version, fragments)
    assert urljoin(where, f"../{OLD}/") in {h.partition("#")[0] for h in hrefs}


PAGES = {"fr": ("# Politique\n\n{first}## {n}. Objet\n\nNous expliquons.\n\n"
                "## {m}. [Contact]({to})\n\nÉcrivez-nous.\n"),
         "en": ("# Policy\n\n{first}## {n}. Purpose\n\nWe explain.\n\n"
                "## {m}. [Contact]({to})\n\nWrite to us.\n")}
FIRST = {"fr": "## 1. Droits\n\nVous avez des droits.\n\n", "en": "## 1. Rights\n\nYou have rights.\n\n"}


@pytest.fixture(scope="module")
def relinked(tmp_path_factory, serve) -> str:
    """§2 Contact renumbered §3 (a section inserted first), its heading's link to another address: the base URL."""
    folder = tmp_path_factory.mktemp("relinked")
    with pytest.MonkeyPatch.context() as mp:
        for key, value in {**GIT_ENV, "NO_MKDOCS_2_WARNING": "1"}.items():
            mp.setenv(key, value)
        project = new_project(folder / "project")
        for date, first, to in ((OLD, False, "mailto:contact@example.com"), (NEW, True, "mailto:dpo@example.com")):
            for lang, page in PAGES.items():
                text = page.format(first=FIRST[lang] if first else "", n=1 + first, m=2 + first, to=to)
                (project.root / "docs" / lang / "index.md").write_text(f"---\ndate: {date}\n---\n\n{text}",
                                                                        encoding="utf-8")
            assert cli.main(["--root", str(project.root), "sync-mark", "en", "--all"]) == 0
            project.commit_all(f"policy {date}")
        published(project.root)
        return serve(export_site.export(root=project.root, site_dir=folder / "public"))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_compare_page_says_a_section_whose_heading_links_elsewhere_changed_as_the_changes_page(page, relinked,
                                                                                                  lang):
    """Its words the same, its heading's link led elsewhere: both pages counted it "renumbered and changed" and showed
    the link's targets changed, but said "(renumbered, text unchanged)"."""
    said = []
    for where in (f"{lang}/{NEW}/changes/", f"{lang}/compare/#{OLD}..{NEW}"):
        go(page, f"{relinked}/{where}")
        item = page.locator(".md-content .redline-summary li", has_text="Contact")
        item.wait_for()
        said.append(" ".join(item.inner_text().split()).split(")")[0] + ")")  # (then its links, named apart)
    assert said[0] == said[1], said
    assert strings(lang)["text_changed"] in said[0] and strings(lang)["text_unchanged"] not in said[0], said
