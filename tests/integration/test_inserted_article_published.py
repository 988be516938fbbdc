"""A version that inserts `Article 2 bis` (`Article 2a` in English) between two articles is published: the site
builds, its changes page says §2 bis was added, and links to §2 and §3 still land on them."""
from __future__ import annotations

import re

import pytest

from policy_repo import Project, made_once

V1, V2 = "2024-01-10", "2024-03-01"

FR = {"1": ("Objet", "Ce document est daté."), "2": ("Données traitées", "Nous traitons vos données avec soin."),
      "2 bis": ("Collecte", "Nous collectons vos données avec soin."),
      "3": ("Droits", "Vous pouvez exercer vos droits. Voir [l’article 2](#s2) et [l’article 3](#s3).")}
EN = {"1": ("Purpose", "This document is dated."), "2": ("Data processed", "We process your data with care."),
      "2a": ("Collection", "We collect your data with care."),
      "3": ("Rights", "You may exercise your rights. See [article 2](#s2) and [article 3](#s3).")}


def page(date: str, title: str, articles: dict[str, tuple[str, str]], numbers: list[str]) -> str:
    body = "".join(f"## Article {n} – {articles[n][0]}\n\n{articles[n][1]}\n\n" for n in numbers)
    return f"---\ndate: {date}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


def commit(project: Project, date: str, *, inserted: bool) -> None:
    fr, en = (["1", "2", "2 bis", "3"], ["1", "2", "2a", "3"]) if inserted else (["1", "2", "3"], ["1", "2", "3"])
    (project.root / "docs" / "fr" / "index.md").write_text(
        page(date, "Politique de confidentialité de test", FR, fr), encoding="utf-8")
    (project.root / "docs" / "en" / "index.md").write_text(page(date, "Test privacy policy", EN, en), encoding="utf-8")
    assert project.run("sync-mark", "en", "--all").returncode == 0
    project.commit_all(f"policy {date}")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    def make(project: Project, _folder) -> None:
        commit(project, V1, inserted=False)
        commit(project, V2, inserted=True)
        checked = project.run("check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        project.outcome = project.history()  # type: ignore[attr-defined]

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(Project, "in_process", True)  # its commands are not about the process
        return made_once(tmp_path_factory, make)


def test_the_version_inserting_article_2_bis_is_published(site):
    assert site.outcome.refused == []
    assert {f"{lang}/{V2}/index.html" for lang in ("fr", "en")} <= set(site.files())


@pytest.mark.parametrize(("lang", "label", "added"), [("fr", "§2 bis", "ajoutée"), ("en", "§2a", "added")])
def test_the_changes_page_says_article_2_bis_was_added_and_nothing_else_changed(site, lang, label, added):
    """Each page names the inserted article as its own heading writes the number (since session 25)."""
    html = site.show(f"{lang}/{V2}/changes/index.html")
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert label in text and added in text
    assert "§2 " not in text.replace(label, "") and "§3" not in text  # its neighbours are unchanged


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_links_to_article_2_and_3_land_on_them_and_article_2_bis_has_its_own_id(site, lang):
    for version in (V2, "latest"):
        html = site.show(f"{lang}/{version}/index.html")
        ids = dict(re.findall(r'<h2 id="([^"]+)"[^>]*>(.*?)</h2>', html, re.S))
        assert [(i, re.sub(r"<[^>]+>|&para;", "", t).strip()) for i, t in ids.items()] == (
            [("s1", "Article 1 – Objet"), ("s2", "Article 2 – Données traitées"), ("s2-bis", "Article 2 bis – Collecte"),
             ("s3", "Article 3 – Droits")] if lang == "fr" else
            [("s1", "Article 1 – Purpose"), ("s2", "Article 2 – Data processed"), ("s2-bis", "Article 2a – Collection"),
             ("s3", "Article 3 – Rights")])
        assert 'href="#s2"' in html and 'href="#s3"' in html
    before = site.show(f"{lang}/{V1}/index.html")
    assert re.findall(r'<h2 id="([^"]+)"', before) == ["s1", "s2", "s3"]
