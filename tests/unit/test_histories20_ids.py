"""The pages that link into a past version name its sections by the ids its manifest records (session 47,
histories20): the changes page's links into the version before, the history page's links; an older manifest (no record)
or a record of another count of sections derives them with today's rules, as before."""
from __future__ import annotations

import re

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import anchors, archive
from policysite.settings import Release, release_from_extra

FIRST = ("---\ndate: 2024-01-01\n---\n# Politique\n\n## 1. Collecte\n\nNous collectons votre nom.\n\n"
         "## 2. Cookies\n\nUn cookie de session.\n\n## 3. Droits\n\nVous avez des droits.\n")
# §2 removed, §1 changed, §3 renumbered §2
SECOND = FIRST.replace("2024-01-01", "2024-06-01").replace("votre nom.", "votre nom et votre adresse.") \
    .replace("## 2. Cookies\n\nUn cookie de session.\n\n", "").replace("## 3. Droits", "## 2. Droits")
# what an older generator's rule gave the sections of FIRST (today's gives s1, s2, s3), its manifest's record
RECORDED = ("article-1", "article-2", "article-3")
ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))  # as MkDocs': the partials escape each value


def test_a_version_s_page_ids_are_its_record_where_it_has_one():
    assert anchors.page_ids(FIRST, lang="fr") == {}  # today's rules: the redline's anchors
    assert anchors.page_ids(FIRST, lang="fr", ids=RECORDED) == {"s1": "article-1", "s2": "article-2",
                                                                "s3": "article-3"}
    assert anchors.page_ids(FIRST, lang="fr", ids=RECORDED[:2]) == {}  # a record of another count: not read


def test_the_changes_page_links_the_version_before_s_sections_by_the_ids_its_page_has(tmp_path):
    """The version before was published with `article-N` (its record): the changes page linked its removed §2 and its
    changed §1 at `#s2`, `#s1`, which its page does not have."""
    page = tmp_path / "index.md"
    page.write_text(SECOND, encoding="utf-8")
    release = Release(version="2024-06-01", versions=("2024-01-01", "2024-06-01"), previous="2024-01-01",
                      previous_text=FIRST, previous_ids=RECORDED)
    html = archive.page_body(archive.CHANGES, env=ENV, lang="fr", docs_page=page, release=release, entries=None)
    old = set(_links(html, "../../2024-01-01/#"))
    assert old and old <= set(RECORDED), old
    assert {"article-1", "article-2"} <= old
    older = archive.page_body(archive.CHANGES, env=ENV, lang="fr", docs_page=page, entries=None,
                              release=Release(version="2024-06-01", versions=release.versions, previous="2024-01-01",
                                              previous_text=FIRST))
    assert {"s1", "s2"} <= set(_links(older, "../../2024-01-01/#")) <= {"s1", "s2", "s3"}  # no record: derived


def test_a_build_hands_its_changes_page_the_version_before_s_recorded_ids():
    assert release_from_extra({"policy": {"release": {
        "version": "2024-06-01", "versions": ["2024-01-01", "2024-06-01"],
        "previous": {"version": "2024-01-01", "text": FIRST, "ids": list(RECORDED)}}}}).previous_ids == RECORDED


def _links(html: str, prefix: str) -> list[str]:
    return re.findall(rf'href="{re.escape(prefix)}([^"]+)"', html)
