"""Reader17, session 43: a section removed from the policy leaves its dated id on the later pages
(anchors.Anchors.removed, recorded under anchors.REMOVED, carried in the title's heading), so that a link copied while
it was there (`#2021-02-17.s3`) names no later section that took its id, and the ¶ of that later section is not dated
from before it had the id."""
from __future__ import annotations

from policysite import anchors, document


def _policy(date: str, *titles: str):
    body = "".join(f"## {n}. {title}\n\nTexte de la section {title.lower()}.\n\n" for n, title in enumerate(titles, 1))
    return document.parse(f"---\ndate: {date}\n---\n\n# Politique\n\n{body}", path="fr/index.md", lang="fr")


V1 = _policy("2021-02-17", "Objet", "Données", "Cookies")
V2 = _policy("2022-03-01", "Objet", "Données")
V3 = _policy("2023-05-10", "Objet", "Données", "Sécurité")
VERSIONS = ("2021-02-17", "2022-03-01", "2023-05-10")


def _history():
    first = anchors.page_anchors(V1)
    second = anchors.page_anchors(V2, previous=V1, previous_aliases=anchors.alias_map(first),
                                  previous_version="2021-02-17")
    third = anchors.page_anchors(V3, previous=V2, previous_aliases=anchors.alias_map(second),
                                 previous_version="2022-03-01")
    return second, third


def test_a_removed_section_is_recorded_by_its_dated_id_and_carried_on():
    second, third = _history()
    assert second.removed == ["2021-02-17.s3"]
    assert anchors.alias_map(second) == {anchors.REMOVED: ["2021-02-17.s3"]}
    assert third.removed == ["2021-02-17.s3"]  # (carried: the version after the one that removed it has no record)


def test_a_dated_id_of_a_removed_section_names_no_later_section_that_took_its_id():
    """`#2021-02-17.s3` was Cookies; on 2023-05-10's page it named Security, §3 since, silently."""
    _, third = _history()
    assert third.ids[2] == "s3"
    assert anchors.dated_target("2021-02-17.s3", third, here="2023-05-10") is None
    assert anchors.dated_target("2023-05-10.s3", third, here="2023-05-10") == 2
    assert anchors.dated_target("2021-02-17.s2", third, here="2023-05-10") == 1  # kept since: itself


def test_the_section_that_took_the_id_is_dated_from_after_the_removal_not_from_the_first_version():
    """Security's ¶ at latest/ was `#2021-02-17.s3`, the removed Cookies' link; the page carried that id on
    Security's heading, where a browser without JavaScript landed."""
    _, third = _history()
    since = anchors.since_ids(third, VERSIONS)
    assert since[2] == ["2022-03-01.s3"]
    assert "2021-02-17.s3" not in [dated for ids in since.values() for dated in ids]


def test_the_page_carries_the_removed_dated_ids_in_its_title_and_the_section_ids_as_before():
    _, third = _history()
    html = ('<h1 id="politique">Politique</h1><h2 id="s1">1. Objet</h2><h2 id="s2">2. Données</h2>'
            '<h2 id="s3">3. Sécurité</h2>')
    shown = anchors.with_aliases(html, third, versions=VERSIONS)
    assert shown.startswith('<h1 id="politique"><span class="policy-alias" id="2021-02-17.s3"></span>Politique</h1>')
    assert '<h2 id="s3"><span class="policy-since" id="2022-03-01.s3"></span>3. Sécurité</h2>' in shown


def test_a_page_built_from_its_record_reads_the_removed_ids_back():
    _, third = _history()
    markdown = "# Politique\n\n## 1. Objet\n\nA.\n\n## 2. Données\n\nB.\n\n## 3. Sécurité\n\nC.\n"
    _, found = anchors.for_page(markdown, lang="fr", aliases=anchors.alias_map(third))
    assert found.removed == ["2021-02-17.s3"]
    assert anchors.dated_target("2021-02-17.s3", found, here="2023-05-10") is None


def test_a_section_merged_or_renumbered_is_not_removed():
    moved = _policy("2022-03-01", "Objet", "Cookies", "Données")
    second = anchors.page_anchors(moved, previous=V1, previous_version="2021-02-17")
    assert second.removed == []
    assert anchors.dated_target("2021-02-17.s3", second, here="2022-03-01") == 1


def test_a_removed_section_takes_the_ids_it_had_before_with_it():
    """Cookies was §2 until 2021-02-17, §3 in 2022-03-01 (a section inserted before it), then removed: both its dated
    ids name no later section (`2021-02-17.s2` fell to today's §2)."""
    first = _policy("2021-02-17", "Objet", "Cookies")
    second = _policy("2022-03-01", "Objet", "Données", "Cookies")
    third = _policy("2023-05-10", "Objet", "Données")
    a1 = anchors.page_anchors(first)
    a2 = anchors.page_anchors(second, previous=first, previous_aliases=anchors.alias_map(a1),
                              previous_version="2021-02-17")
    assert anchors.dated_target("2021-02-17.s2", a2, here="2022-03-01") == 2
    a3 = anchors.page_anchors(third, previous=second, previous_aliases=anchors.alias_map(a2),
                              previous_version="2022-03-01")
    assert sorted(a3.removed) == ["2021-02-17.s2", "2022-03-01.s3"]
    assert anchors.dated_target("2021-02-17.s2", a3, here="2023-05-10") is None
    assert anchors.dated_target("2022-03-01.s2", a3, here="2023-05-10") == 1
