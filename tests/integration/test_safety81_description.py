"""safety81: a page's front matter `description:` is what search engines and link previews show as its summary
(`<meta name="description">`), and it may paraphrase the page: a reader of a search result was told words the page
never showed. The page now shows it under its title (and its PDF prints it under its header), so what a preview shows
is what the page shows, judged as any words of its text; and the output check refuses a page of a version whose
description for search engines or link previews (`description`, `og:description`, `twitter:description`) is not the
one it shows: a hand commit's, or an override's (in English and in French). A page with a description is published,
not refused for having one (an imported policy keeps the one its source had)."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from helpers import git, poppler
from integration.test_gate_catalogue66 import publish, published_first
from policysite import safety
from policysite.messages import said_in
from policysite.project import opened

_DESCRIPTION = "How Example Org keeps & uses the data of its customers."


def _page(date: str) -> str:
    return (f'---\ndate: {date}\ndescription: "{_DESCRIPTION}"\n---\n\n# Example privacy policy\n\n'
            "## 1. First section\n\nAlpha paragraph.\n\n## 2. Second section\n\nBravo paragraph.\n")


@pytest.fixture(scope="module")
def described(tmp_path_factory) -> Path:
    """Example Org's project whose first version (2001-01-01), with a description, is published."""
    return published_first(tmp_path_factory.mktemp("safety81") / "project", _page("2001-01-01"))


def _shown(repo: Path, path: str) -> bytes:
    return subprocess.run(["git", "show", f"gh-pages:{path}"], cwd=repo, capture_output=True, check=True).stdout


def test_the_description_previews_show_is_shown_under_the_title(described):
    html = _shown(described, "en/2001-01-01/index.html").decode("utf-8")
    tree = LexborHTMLParser(html)
    meta = tree.css_first('meta[name="description"]')
    shown = tree.css_first("article.md-content__inner p.policy-description")
    assert meta is not None and meta.attributes.get("content") == _DESCRIPTION
    assert shown is not None and shown.text(deep=True) == _DESCRIPTION
    # under the title and its date line, before the text
    assert html.index("</h1>") < html.index('class="policy-updated"') < html.index('class="policy-description"') \
        < html.index("Alpha paragraph.")
    assert not _checked(described, html)


def test_the_pdf_prints_the_description_under_its_header(described, tmp_path):
    path = tmp_path / "policy.pdf"
    path.write_bytes(_shown(described, "en/2001-01-01/policy-en-2001-01-01.pdf"))
    printed = " ".join(subprocess.run([poppler("pdftotext"), str(path), "-"], capture_output=True, text=True,
                                      check=True).stdout.split())
    assert _DESCRIPTION in printed, printed
    assert printed.index(_DESCRIPTION) < printed.index("Alpha paragraph.")


def _checked(repo: Path, html: str) -> list[safety.Violation]:
    """The output check of `html` served as the version's page, the project's theme scripts its own."""
    with opened(repo) as site:
        return safety.check_page(html, file="en/2001-01-01/index.html",
                                 theme_dirs=safety.installed_theme_dirs(site.theme))


_SAID = {"en": "<meta {key}> gives search engines and link previews “{words}” as the page's summary, words the page "
               "does not show",
         "fr": "<meta {key}> donne aux moteurs de recherche et aux aperçus de liens «\u00a0{words}\u00a0» comme résumé "
               "de la page, des mots que la page ne montre pas"}


@pytest.mark.parametrize(("key", "edit"), [
    # the description for search engines rewritten by hand, the page's left as it was
    ("description", lambda html: html.replace(f'<meta name="description" content="{_DESCRIPTION.replace("&", "&amp;")}"',
                                              '<meta name="description" content="We never sell your data."')),
    # one for link previews added (an override's, a hand commit's)
    ("og:description", lambda html: html.replace("</head>", '<meta property="og:description" '
                                                            'content="We never sell your data."></head>', 1)),
    ("twitter:description", lambda html: html.replace("</head>", '<meta name="twitter:description" '
                                                                 'content="We never sell your data."></head>', 1)),
    # the page's shown description taken out, its description for search engines left
    ("og:description", lambda html: html.replace("</head>", '<meta property="og:description" '
                                                            'content="We never sell your data."></head>', 1)
     .replace(f'<p class="policy-description">{_DESCRIPTION.replace("&", "&amp;")}</p>', "")),
])
@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_page_whose_description_for_previews_it_does_not_show_is_refused(described, key, edit, language):
    html = _shown(described, "en/2001-01-01/index.html").decode("utf-8")
    forged = edit(html)
    assert forged != html
    found = _checked(described, forged)
    said = _SAID[language].format(key=key, words="We never sell your data.")
    assert [violation for violation in found if said in said_in(violation.said(), language)], \
        [said_in(violation.said(), language) for violation in found]


def test_the_site_s_description_stays_the_summary_of_a_page_without_one(tmp_path):
    """A page without a front matter description has the site's (`site_description`, judged in its configuration):
    it passes, no paragraph shown for it."""
    html = ('<!doctype html><html lang="en"><head><meta name="description" content="Example Org privacy policy">'
            '</head><body><article class="md-content__inner"><h1 id="t">T</h1><p>Text.</p></article></body></html>')
    tree = safety.parsed(html)
    article = tree.css_first("article.md-content__inner")
    assert article is not None and safety.description_unshown(tree, article) is None
    for added in ('<meta name="description" content="We never sell your data.">',
                  '<meta itemprop="description" content="We never sell your data.">'):  # (a second; microdata's)
        tree = safety.parsed(html.replace("</head>", f"{added}</head>"))
        assert safety.description_unshown(tree, tree.css_first("article.md-content__inner")) == \
            ("description", "We never sell your data.")
    shown = html.replace("<h1 id=\"t\">T</h1>", '<h1 id="t">T</h1><p class="policy-description">Other words.</p>')
    tree = safety.parsed(shown)
    assert safety.description_unshown(tree, tree.css_first("article.md-content__inner")) == \
        ("description", "Example Org privacy policy")


def test_a_copy_of_the_published_project_publishes_a_next_version_with_a_description(described, tmp_path):
    """The gate passes a described version (nothing refuses a page for having a description)."""
    repo = tmp_path / "project"
    shutil.copytree(described, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(_page("2001-02-01").replace("Bravo", "Charlie"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second", date="2024-01-02T12:00:00+00:00")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
        code, stdout, stderr = publish(repo)
    assert code == 0, stdout + stderr
    assert b'class="policy-description"' in _shown(repo, "en/2001-02-01/index.html")
