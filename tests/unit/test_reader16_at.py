"""Reader16, session 42: one rule for a dated link (`2021-02-17.s3`), anchors.dated_target, which policy.js follows too
(tests/data/dated_links.json, read in Chromium by tests/e2e/test_reader16.py), and the ids a page carries so that a
browser lands on such a link without JavaScript (anchors.since_ids)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policysite import anchors

TABLE = json.loads((Path(__file__).parent.parent / "data" / "dated_links.json").read_text(encoding="utf-8"))
VERSIONS = tuple(TABLE["versions"])


def _page(sections: list[list[str]]) -> anchors.Anchors:
    page = anchors.Anchors([ids[0] for ids in sections])
    for index, ids in enumerate(sections):
        for alias in ids[1:]:
            page.add_alias(index, alias)
    return page


PAGE = _page(TABLE["sections"])


@pytest.mark.parametrize("asked, section", TABLE["cases"])
def test_a_dated_link_names_the_section_the_table_says(asked, section):
    found = anchors.dated_target(asked, PAGE, here=TABLE["here"], versions=VERSIONS)
    assert (PAGE.ids[found] if found is not None else None) == section


def test_each_stretch_of_an_ids_history_gets_one_dated_id_on_the_section_that_had_it():
    """Cookies was §3 (until 2021-02-17), then §4 (until 2022-03-01), then §5; Security took §3 from 2022-03-01,
    Transfers §4 from 2023-05-10. A link given while a section had an id names it by that id and the version from which
    it had it: the page carries each such id on its section, unless it carries it already (Cookies' 2021-02-17.s3)."""
    since = anchors.since_ids(PAGE, VERSIONS)
    named = {PAGE.ids[index]: ids for index, ids in since.items()}
    assert named == {"s1": ["2021-02-17.s1"], "s2": ["2021-02-17.s2"], "s3": ["2022-03-01.s3"],
                     "s4": ["2023-05-10.s4"], "s5": ["2021-02-17.s4", "2021-02-17.s5"]}
    for index, ids in since.items():
        for dated in ids:
            assert anchors.dated_target(dated, PAGE, here=VERSIONS[-1]) == index, dated
    html = anchors.with_aliases('<h2 id="s3">3. Sécurité</h2>', PAGE, versions=VERSIONS)
    assert html == '<h2 id="s3"><span class="policy-since" id="2022-03-01.s3"></span>3. Sécurité</h2>'


def test_a_page_without_versions_or_changes_carries_its_first_versions_ids_only():
    page = _page([["s1"], ["cookies"]])
    assert anchors.since_ids(page, ()) == {}
    assert anchors.since_ids(page, ("2024-01-01",)) == {0: ["2024-01-01.s1"], 1: ["2024-01-01.cookies"]}


def test_the_output_check_lets_the_generators_since_ids_pass_and_no_other_element_of_a_dated_id():
    """The output check keeps ids of the form 2021-02-17.s1 to the generator's spans (safety hunt 47): its span.policy-
    since passes as its span.policy-alias does; a paragraph, or a heading, of such an id is still refused."""
    from test_safety import page, violations

    since = '<h2 id="s1">1. T<span class="policy-since" id="2021-02-17.s1"></span></h2><p>Text.</p>'
    assert violations(page(since)) == []
    for refused in ('<p id="2021-02-17.s1">Text.</p>', '<h2 id="2021-02-17.s1">1. T</h2>',
                    '<h2 id="s1">1. T<span class="policy-sinc" id="2021-02-17.s1"></span></h2>'):
        assert any("ids of the form 2021-02-17.s1 are the archive's own" in v for v in violations(page(refused)))


def _policy(sections: list[list[str]]):
    from policysite import document

    body = "".join(f"## {n}. Section {n}\n\nTexte {n}.\n\n" for n in range(1, len(sections) + 1))
    return document.parse(f"---\ndate: {TABLE['here']}\n---\n\n# Politique\n\n{body}", path="fr/index.md", lang="fr")


@pytest.mark.parametrize("asked, section", [case for case in TABLE["cases"] if case[1] is not None])
def test_policy_at_names_a_section_by_a_dated_id_as_the_page_does(asked, section):
    """`policy at DAY 2021-02-17.s3` (the "¶"'s link at latest/) said the version had no section '2021-02-17.s3': the
    version in force, with the ids its manifest records for its page, answers the section the page lands on."""
    from policysite import at

    policy = _policy(TABLE["sections"])
    kept = {ids[0]: ids[1:] for ids in TABLE["sections"] if ids[1:]}
    found = at.section_index(policy, f"#{asked}", kept=kept, version=TABLE["here"], versions=VERSIONS)
    assert found is not None and at.section_id(policy, found) == section


def test_policy_at_follows_an_id_a_section_had_in_an_earlier_version_and_no_date_after_the_versions():
    from policysite import at

    policy = _policy([["s1"], ["s2"]])
    kept = {"s2": ["cookies", "2021-02-17.s1"]}
    assert at.section_index(policy, "cookies", kept=kept, version="2022-03-01") == 1
    assert at.section_index(policy, "2021-02-17.s1", kept=kept, version="2022-03-01") == 1
    assert at.section_index(policy, "2021-02-17.s2", kept=kept, version="2022-03-01") == 1
    assert at.section_index(policy, "2023-01-01.s1", kept=kept, version="2022-03-01") is None  # after the version
    assert at.section_index(policy, "cookies") is None  # without what the page keeps: its own ids only
