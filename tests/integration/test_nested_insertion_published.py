"""A version that inserts `Article 2 bis A` after `Article 2 bis` (an article inserted after an inserted one, as French
bills number them) is published: its heading is its identity, its id the same in every language (texts 27: every
version was refused, structure.number-repeated)."""
from __future__ import annotations

import re

import pytest

from policy_repo import Project, made_once

V1 = "2024-01-10"
FR = [("1", "Objet", "Ce document est daté."), ("2", "Données", "Nous traitons vos données."),
      ("2 bis", "Collecte", "Nous collectons vos données."), ("2 bis A", "Traceurs", "Nous posons des traceurs."),
      ("3", "Droits", "Vous avez des droits.")]
EN = [("1", "Purpose", "This document is dated."), ("2", "Data", "We process your data."),
      ("2 bis", "Collection", "We collect your data."), ("2 bis A", "Trackers", "We set trackers."),
      ("3", "Rights", "You have rights.")]


def page(title: str, articles: list[tuple[str, str, str]]) -> str:
    body = "".join(f"## Article {n} – {heading}\n\n{words}\n\n" for n, heading, words in articles)
    return f"---\ndate: {V1}\n---\n\n# {title}\n\n{body}".rstrip() + "\n"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    def make(project: Project, _folder) -> None:
        (project.root / "docs" / "fr" / "index.md").write_text(page("Politique de test", FR), encoding="utf-8")
        (project.root / "docs" / "en" / "index.md").write_text(page("Test policy", EN), encoding="utf-8")
        assert project.run("sync-mark", "en", "--all").returncode == 0
        project.commit_all(f"policy {V1}")
        checked = project.run("check")
        assert checked.returncode == 0, checked.stdout + checked.stderr
        project.outcome = project.history()  # type: ignore[attr-defined]

    with pytest.MonkeyPatch.context() as patched:
        patched.setattr(Project, "in_process", True)  # its commands are not about the process
        return made_once(tmp_path_factory, make)


def test_the_version_with_an_article_inserted_after_an_inserted_one_is_published(site):
    assert site.outcome.refused == [] and site.outcome.published == [V1]


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_its_heading_has_the_authoritative_texts_id_in_every_language(site, lang):
    html = site.show(f"{lang}/{V1}/index.html")
    ids = re.findall(r'<h2 id="([^"]+)"', html)
    assert ids == ["s1", "s2", "s2-bis", "article-2-bis-a-traceurs", "s3"], ids
