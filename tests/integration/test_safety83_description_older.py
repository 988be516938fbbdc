"""safety83: a version published before safety81 shows no description under its title, yet its page gives search
engines its front matter's `description:` (the old template): `policy verify` says so at that page, as a version of an
older generator that `policy history --rebuild` shows it on, and the rebuild does."""
from __future__ import annotations

import contextlib
import io
import shutil
from pathlib import Path

import pytest

from helpers import git, one_language_project
from integration.test_safety81_description import _DESCRIPTION, _page, _shown
from policysite import cli, manifest as mf, pages, safety, servedpages
from policysite.messages import Said, said_in


def _run(repo: Path, *args: str) -> tuple[int, str]:
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as patch, contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        patch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
        code = cli.main(["--root", str(repo), *args])
    return code, out.getvalue() + err.getvalue()


@pytest.fixture(scope="module")
def older(tmp_path_factory) -> Path:
    """Example Org's first version (2001-01-01), described, published by the generator before safety81 (its template
    showed no description, and no check read one), then the project upgraded to today's template."""
    repo = one_language_project(tmp_path_factory.mktemp("safety83") / "project")
    (repo / "docs" / "en" / "index.md").write_text(_page("2001-01-01"), encoding="utf-8")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "first", date="2024-01-01T12:00:00+00:00")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(safety, "description_unshown", lambda tree, article, site=None: None)
        decorate = pages.decorate
        generator = mf.generator
        patch.setattr(mf, "generator", lambda theme="": {**generator(theme), "code": "before-safety81"})
        patch.setattr(pages, "decorate", lambda html, **kwargs: decorate(html, **{**kwargs, "description": None}))
        code, said = _run(repo, "publish")
    assert code == 0, said
    # what this machine kept of the pages that passed the old check is no verdict of today's
    shutil.rmtree(repo / ".git" / "policysite", ignore_errors=True)
    safety._PASSED.clear()
    servedpages._PASSED.clear()
    return repo


_SAID = "en/2001-01-01/index.html: <meta description> gives search engines and link previews “{words}” as the page's " \
        "summary, words the page does not show"


def test_publishing_after_the_upgrade_says_to_rebuild_and_publishes_once_rebuilt(older, tmp_path):
    """The next version's publication is refused, nothing published, naming the page and the way out; once rebuilt,
    it publishes. (On a copy: the verify test below rebuilds the fixture's.)"""
    repo = tmp_path / "project"
    shutil.copytree(older, repo, symlinks=True)
    (repo / "docs" / "en" / "index.md").write_text(_page("2001-02-01").replace("Bravo", "Charlie"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "second", date="2024-01-03T12:00:00+00:00")
    tip = git(repo, "rev-parse", "gh-pages").strip()
    code, said = _run(repo, "publish")
    assert code == 1 and said.startswith("error: " + _SAID.format(words=_DESCRIPTION).replace(
        "index.html: ", "index.html: refused by the output check: ", 1)), said
    assert "`policy history --rebuild`" in said and "Nothing was published." in said
    assert git(repo, "rev-parse", "gh-pages").strip() == tip
    code, said = _run(repo, "history", "--rebuild")
    assert code == 0, said
    code, said = _run(repo, "publish")
    assert code == 0, said
    assert b'class="policy-description"' in _shown(repo, "en/2001-02-01/index.html")


def test_verify_says_the_unshown_description_and_the_rebuild_shows_it(older):
    """What the DPO reads: the page's description for search engines, unshown, at its page, as an older generator's
    page that `policy history --rebuild` shows it on; the rebuild does, and verify passes."""
    html = _shown(older, "en/2001-01-01/index.html").decode("utf-8")
    assert 'class="policy-description"' not in html and '<meta name="description" content="How Example' in html
    code, said = _run(older, "verify")
    assert code == 1
    assert _SAID.format(words=_DESCRIPTION) + " (publishing shows the page's description, its front matter's " \
        "`description:`, under its title) (a version built by another generator, whose page did not show its " \
        "description: `policy history --rebuild` shows it under the title)" in said, said
    code, said = _run(older, "history", "--rebuild")
    assert code == 0, said
    assert f'<p class="policy-description">{_DESCRIPTION.replace("&", "&amp;")}</p>' in \
        _shown(older, "en/2001-01-01/index.html").decode("utf-8")
    code, said = _run(older, "verify")
    assert code == 0, said
    assert "every page passes the output check" in said


def test_the_older_page_s_line_in_french():
    line = said_in(Said("output.description-unshown/older", problem=Said(
        "output.description-unshown", key="description", words="Des mots.")), "fr")
    assert " ".join(line.split()) == "<meta description> donne aux moteurs de recherche et aux aperçus de liens « Des mots. » " \
        "comme résumé de la page, des mots que la page ne montre pas (la publication montre la description de la " \
        "page, le champ `description:` de son en-tête, sous son titre) (une version construite par un autre " \
        "générateur, dont la page ne montrait pas sa description : `policy history --rebuild` la montre sous le " \
        "titre)", line  # (its spaces as French sets them, no-break ones)

