"""A site of three synthetic documents in two languages (privacy, retention, terms), for the tests of sites
with several documents: the retention policy's versions and the terms fall on other dates than the privacy
policy's, and the privacy policy and the terms link the retention policy's section 2."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from policy_repo import Project, made_for_the_run as made_project_for_the_run, new_project
from policysite import cli

DOCUMENTS = """\
    documents:
      - id: privacy
        page: index.md
      - id: retention
        page: retention.md
        title: {fr: Politique de conservation, en: Retention policy}
      - id: terms
        page: terms.md
        title: {fr: Conditions d’utilisation, en: Terms of use}
"""


def retention(lang: str, date: str, second: str = "") -> str:
    """A second document, section for section in both languages."""
    if lang == "fr":
        return (f"---\ndate: {date}\n---\n\n# Politique de conservation de test\n\n"
                f"## 1. Version du document\n\nCe document est daté.\n\n"
                f"## 2. Durée de conservation\n\n{second or 'Les données sont conservées un an.'}\n")
    return (f"---\ndate: {date}\n---\n\n# Test retention policy\n\n"
            f"## 1. Document version\n\nThis document is dated.\n\n"
            f"## 2. Retention period\n\n{second or 'Data is kept for one year.'}\n")


def terms(lang: str, date: str) -> str:
    """A third document, which links the retention policy's section 2."""
    if lang == "fr":
        return (f"---\ndate: {date}\n---\n\n# Conditions d’utilisation de test\n\n"
                f"## 1. Version du document\n\nCe document est daté.\n\n"
                f"## 2. Données traitées\n\nVoir la [durée de conservation](retention.md#s2).\n")
    return (f"---\ndate: {date}\n---\n\n# Test terms of use\n\n"
            f"## 1. Document version\n\nThis document is dated.\n\n"
            f"## 2. Data processed\n\nSee the [retention period](retention.md#s2).\n")


class Site(Project):
    """The project with three documents; `write_doc` writes one document's pages in both languages."""

    def write_doc(self, page: str, texts: dict[str, str], *, document: str) -> None:
        for lang, text in texts.items():
            (self.root / "docs" / lang / page).write_text(text, encoding="utf-8")
        assert cli.main(["--root", str(self.root), "sync-mark", "en", "--all", "--document", document]) == 0


def new_site(path: Path) -> Site:
    base = new_project(path)
    site = Site(base.root)
    config = site.root / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    page: index.md\n", "    page: index.md\n" + DOCUMENTS, 1), encoding="utf-8")
    return site


PRIVACY_LINK_FR = "Voir aussi la [politique de conservation](retention.md#s2)."
PRIVACY_LINK_EN = "See also the [retention policy](retention.md#s2)."


def write_first_versions(site: Site) -> None:
    """The retention policy of 2021-01-10 and the terms of 2021-03-01, written (not committed)."""
    site.write_doc("retention.md", {"fr": retention("fr", "2021-01-10"), "en": retention("en", "2021-01-10")},
                   document="retention")
    site.write_doc("terms.md", {"fr": terms("fr", "2021-03-01"), "en": terms("en", "2021-03-01")}, document="terms")


def commit_history(site: Site) -> None:
    """Retention 2021-01-10, privacy 2021-02-17 (linking retention §2), terms 2021-03-01 (linking it too),
    retention 2021-06-01, privacy 2022-03-01: committed, not published."""
    write_first_versions(site)
    site.commit("2021-02-17", fr=f"Nous traitons vos données avec soin. {PRIVACY_LINK_FR}",
                en=f"We process your data with care. {PRIVACY_LINK_EN}")
    site.write_doc("retention.md", {"fr": retention("fr", "2021-06-01", "Les données sont conservées six mois."),
                                    "en": retention("en", "2021-06-01", "Data is kept for six months.")},
                   document="retention")
    site.commit_all("retention 2021-06-01")
    site.commit("2022-03-01", fr=f"Nous traitons vos données avec grand soin. {PRIVACY_LINK_FR}",
                en=f"We process your data with great care. {PRIVACY_LINK_EN}")


def first_versions_published(site: Site, _folder: Path) -> None:
    """`write_first_versions` and privacy's 2021-02-17 committed in one commit, all three published by one `policy
    history`: a state `made_for_the_run`."""
    write_first_versions(site)
    site.commit("2021-02-17")
    assert sorted(site.history().published) == ["privacy 2021-02-17", "retention 2021-01-10", "terms 2021-03-01"]


def made_for_the_run(tmp_path_factory: pytest.TempPathFactory, make: Callable[[Site, Path], object]) -> Site:
    """A site of three documents brought to a state by `make` (a function of this module), once for the whole run,
    whichever modules ask for it (policy_repo.made_for_the_run): read in place or copied (`copy_of`), never changed."""
    assert make.__module__ == __name__, "a state of this module's making"
    return made_project_for_the_run(tmp_path_factory, make, new=new_site, kind=Site)
