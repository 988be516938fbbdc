"""reader27: the 404 page's paragraph for an address of a day before a later translation's first version (reader25)
names the language that prevails in that language's own words, "(Français)", in a sentence of the translation's:
unmarked, a screen reader read it with the English voice ("Fran-kais", WCAG 3.1.2). It is marked as French now, as
the language menu marks "English" in "Français et English côte à côte"; the sentence around it stays the block's."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policy_repo import fr_page, new_project
from policysite import export_site

FIRST, LATER = "2021-02-17", "2022-03-01"


@pytest.fixture(scope="module")
def public(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reader27-not-found")
    project = new_project(folder / "repo")
    (project.root / "docs" / "en" / "index.md").unlink(missing_ok=True)
    (project.root / "docs" / "fr" / "index.md").write_text(fr_page(FIRST, "Premier texte."), encoding="utf-8")
    project.commit_all(f"policy {FIRST} (French only)")
    project.commit(LATER, fr="Deuxième texte.", en="Second text.")
    assert project.history(jobs=1).published == [FIRST, LATER]
    return export_site.export(root=project.root, site_dir=folder / "public")


@pytest.mark.parametrize("page", ["404.html", "en/404.html", "fr/404.html"])
def test_the_language_that_prevails_is_named_in_its_own_language(public, page):
    tree = LexborHTMLParser((public / page).read_text(encoding="utf-8"))
    english = tree.css_first("[data-policy-code='en']")
    assert english is not None and english.attributes.get("lang") == "en"
    note = english.css_first("p[data-policy-first]")
    assert note is not None and note.attributes.get("data-policy-first") == LATER
    link = note.css("a")[1]  # (the at page's, after the history's link shown without scripts: reader28)
    assert link is not None and " ".join(link.text().split()) == "Read the version in force that day (Français)"
    named = link.css("span[lang]")
    assert [(s.text(), s.attributes.get("lang"), s.attributes.get("dir")) for s in named] == [("Français", "fr", "ltr")]
    # the words around it are the block's, English, unmarked
    assert link.text(deep=False).startswith("Read the version in force that day")
    assert tree.css_first("[data-policy-code='fr'] p[data-policy-first]") is None  # the text that prevails: nothing
