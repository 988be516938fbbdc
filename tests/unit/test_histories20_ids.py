"""The pages that link into a past version name its sections by the ids its manifest records (session 47,
histories20): the changes page's links into the version before, the history page's links; an older manifest (no record)
or a record of another count of sections derives them with today's rules, as before."""
from __future__ import annotations

import re

from jinja2 import Environment, FileSystemLoader

from helpers import ROOT
from policysite import anchors, archive, manifest as mf
from policysite.messages import Said
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


# §1 moved after §3, §4 removed: places read in each version's order (its lines), not the redline's
MOVED_FIRST = ("---\ndate: 2024-01-01\n---\n# P\n\n## 1. Collecte\n\nNous collectons votre nom et votre adresse "
               "postale pour vous écrire.\n\n## 2. Finalités\n\nNous écrivons aux clients.\n\n## 3. Contact\n\n"
               "Écrivez au délégué à la protection des données.\n\n## 4. Cookies\n\nUn cookie de session.\n")


def test_a_summary_keeps_each_section_s_place_in_the_version_its_history_link_opens():
    found = archive.summary(archive.changes_of(SECOND, previous_text=FIRST, lang="fr"), previous="2024-01-01")
    assert [(s["kind"], s["old"], s["new"], s["at"]) for s in found["sections"]] == [
        ("changed", "1", "1", 0), ("removed", "2", None, 1), ("renumbered", "3", "2", 1)]
    later = MOVED_FIRST.replace("2024-01-01", "2024-06-01").replace("## 4. Cookies\n\nUn cookie de session.\n", "")
    later = later.replace("## 1. Collecte\n\nNous collectons votre nom et votre adresse postale pour vous écrire.\n\n",
                          "").replace("## 2. Finalités", "## 1. Finalités").replace("## 3. Contact", "## 2. Contact")
    later += "\n## 3. Collecte\n\nNous collectons votre nom et votre adresse postale pour vous écrire.\n"
    change = archive.changes_of(later, previous_text=MOVED_FIRST, lang="fr")
    new = anchors.of_texts(later, lang="fr").ids
    old = anchors.of_texts(MOVED_FIRST, lang="fr").ids
    for s in archive.summary(change, previous="2024-01-01")["sections"]:
        ids, number = (old, s["old"]) if s["kind"] == "removed" else (new, s["new"])
        assert ids[s["at"]] == f"s{number}", s  # the place of the section its number names, in that version


def test_a_merged_section_s_place_is_that_of_the_section_holding_its_text():
    """§2 merged into §1 Collecte, which moved after §3 Contact (now §2): the history links the merged section at the
    section holding its text, the new version's second."""
    before = ("---\ndate: 2024-01-01\n---\n# P\n\n## 1. Collecte\n\nNous collectons votre nom et votre adresse.\n\n"
              "## 2. Finalités\n\nNous écrivons aux clients pour leurs commandes.\n\n## 3. Contact\n\nÉcrivez-nous.\n")
    after = ("---\ndate: 2024-06-01\n---\n# P\n\n## 1. Contact\n\nÉcrivez-nous.\n\n## 2. Collecte\n\nNous collectons "
             "votre nom et votre adresse.\n\nNous écrivons aux clients pour leurs commandes.\n")
    found = archive.summary(archive.changes_of(after, previous_text=before, lang="fr"), previous="2024-01-01")
    merged = next(s for s in found["sections"] if s["kind"] == "merged")
    assert (merged["old"], merged["partner"]["number"], merged["at"]) == ("2", "2", 1), found
    entry = archive.Entry("2024-06-01", found, ids=("article-1", "article-2"), previous_ids=RECORDED)
    assert "../2024-06-01/#article-2" in {link.href for _heading, links in archive.groups(entry, lang="fr", base="../")
                                         for link in links if link.label.startswith("§2 Finalités")}


def test_the_history_links_a_section_by_the_id_its_version_s_page_has():
    """The version before was published with `article-N` (its record): the history linked its removed §2 at
    `2024-01-01/#s2`, which its page does not have; a version's own sections by its own record."""
    changes = archive.summary(archive.changes_of(SECOND, previous_text=FIRST, lang="fr"), previous="2024-01-01")
    entry = archive.Entry("2024-06-01", changes, previous_ids=RECORDED, ids=("article-1", "article-2"))
    links = {link.href for _heading, found in archive.groups(entry, lang="fr", base="../") for link in found}
    assert links == {"../2024-06-01/#article-1", "../2024-01-01/#article-2", "../2024-06-01/#article-2"}, links
    derived = {link.href for _heading, found in archive.groups(archive.Entry("2024-06-01", changes), lang="fr",
                                                                base="../") for link in found}
    assert derived == {"../2024-06-01/#s1", "../2024-01-01/#s2", "../2024-06-01/#s2"}  # no record: derived
    older = {**changes, "sections": [{k: v for k, v in s.items() if k != "at"} for s in changes["sections"]]}
    assert {link.href for _heading, found in archive.groups(archive.Entry("2024-06-01", older, previous_ids=RECORDED),
                                                            lang="fr", base="../") for link in found} == derived


def test_a_section_s_place_that_is_no_place_is_said_by_the_manifest_check():
    changes = archive.summary(archive.changes_of(SECOND, previous_text=FIRST, lang="fr"), previous="2024-01-01")
    assert mf.changes_problem(changes) == ""
    for wrong in (-1, "1", True, 1.5):
        edited = {**changes, "sections": [{**changes["sections"][0], "at": wrong}]}
        assert mf.changes_problem(edited) == Said("manifest.changes/section", n=1), wrong


def test_a_summary_recorded_before_places_were_is_not_taken_for_one_edited():
    from policysite import provenance

    changes = archive.summary(archive.changes_of(SECOND, previous_text=FIRST, lang="fr"), previous="2024-01-01")
    older = {**changes, "sections": [{k: v for k, v in s.items() if k != "at"} for s in changes["sections"]]}
    assert provenance._without_absent_marks(older, changes) == older
    assert provenance._without_absent_marks(changes, changes) == changes
