"""Safety 77 through the real `policy publish`: a link's own title saying words the page shows nowhere
(`[our partners](https://example.org/p "we sell your data")`), on a new page recorded by hand in imported.yml in the
same commit (which imported.produced cannot tell from an import's own commit), was a warning for the source check and
unread by the output check: published. Now refused in English and in French, gh-pages as it was; a served page
carrying one (a hand commit of the branch) is refused by the output check; a text the import wrote has such a title
removed, said, and is published."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import git
from integration.test_gate_catalogue66 import publish, published as published, refused  # (the fixture)
from integration.test_gate_catalogue76 import _recorded, served_refusal
from policysite.messages import said_in

_SAID = {
    "en": "docs/en/index.md:15: [editorial.tooltip] <a> “our partners” has the title “we sell your data”: words the "
          "page shows only while a pointer rests on them",
    "fr": "docs/en/index.md:15: [editorial.tooltip] <a> «\u00a0our partners\u00a0» a le titre «\u00a0we sell your "
          "data\u00a0»\u00a0: des mots que la page ne montre que lorsqu'un pointeur s'y pose",
}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("link", [
    '[our partners](https://example.org/p "we sell your data")',
    "[our partners][p]\n\n[p]: https://example.org/p 'we sell your data'\n\nMore",
    '<a href="https://example.org/p" title="we sell your data">our partners</a>',
], ids=["inline", "reference", "raw"])
def test_a_link_s_title_on_a_text_recorded_as_imported_by_hand_is_refused(published, tmp_path, monkeypatch, language,
                                                                          link):
    monkeypatch.setenv("POLICY_MESSAGES", language)
    refused(published, tmp_path, monkeypatch, "forged-import-link-title", f"See {link}.", _recorded, _SAID[language])


_SERVED = {
    "en": "<a> “paragraph” has the title “we sell your data”: words the page shows only while a pointer rests on them",
    "fr": "<a> «\u00a0paragraph\u00a0» a le titre «\u00a0we sell your data\u00a0»\u00a0: des mots que la page ne "
          "montre que lorsqu'un pointeur s'y pose",
}


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_served_page_whose_link_title_says_words_the_page_does_not_show_is_refused(published, tmp_path, language):
    """A page of the branch committed by hand: the output check read no link's own title. The generator's own page
    (its headings' "¶" links titled in the site's words) passes."""
    found = served_refusal(published, tmp_path,
                           b'<p>Bravo <a href="https://example.org/" title="we sell your data">paragraph</a>.</p>')
    assert _SERVED[language] in said_in(found, language), found


def test_an_imported_text_loses_its_link_s_unshown_title_and_is_published(published, tmp_path, monkeypatch):
    """`policy import` of a page whose link has a title only a pointer shows: the title removed and said, the
    version published, no title on gh-pages."""
    from policysite import cli

    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    repo = tmp_path / "project"
    shutil.copytree(published, repo, symlinks=True)
    source = tmp_path / "old" / "privacy-2001-02-01.md"
    source.parent.mkdir()
    source.write_text("# Example privacy policy\n\n## 1. First section\n\nAlpha paragraph.\n\n## 2. Second section\n\n"
                      'Bravo paragraph, see [our partners](https://example.org/p "Opens in a new window").\n',
                      encoding="utf-8")
    said: list[str] = []
    monkeypatch.setattr("builtins.print", lambda *args, **kwargs: said.append(" ".join(map(str, args))))
    assert cli.main(["--root", str(repo), "import", "--lang", "en", str(source)]) == 0, said
    monkeypatch.undo()
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    assert any("“Opens in a new window”" in line for line in said), said
    code, stdout, stderr = publish(repo)
    assert code == 0, stdout + stderr
    page = git(repo, "show", "gh-pages:en/2001-02-01/index.html")
    assert 'href="https://example.org/p"' in page and "Opens in a new window" not in page
    assert not Path(repo / "docs" / "en" / "index.md").read_text(encoding="utf-8").count("Opens in")
