"""reader28: a section split in one version records the date of that version. A link naming the section by its id
dated with that version or a later one was written after the split and names the section as it is since: policy.js
says nothing of the split to it (data-policy-split-on), and the "¶" at latest/ gives that dated id (a since span):
it gave the section's id dated with its first version, which the note told of a split its writer never read."""
from __future__ import annotations

from test_reader27_split_carried import DATES, V1, V2, V3, V4, V5

from policysite import anchors


def history(*texts: str) -> list[anchors.Anchors]:
    """Each version's anchors worked out in order as publishing does (building.aliases_of), each knowing its date."""
    found: list[anchors.Anchors] = []
    for n, text in enumerate(texts):
        found.append(anchors.of_texts(text, lang="fr", previous_text=texts[n - 1] if n else None,
                                      previous_aliases=anchors.alias_map(found[-1]) if n else None,
                                      previous_version=DATES[n - 1] if n else "", version=DATES[n]))
    return found


def test_the_record_dates_each_split_with_its_version_and_carries_the_date_on():
    v1, v2, v3, v4, v5 = history(V1, V2, V3, V4, V5)
    assert anchors.SPLIT not in anchors.alias_map(v1)
    assert anchors.alias_map(v2)[anchors.SPLIT] == ["s2 s3 2022-06-15"]
    assert anchors.alias_map(v3)[anchors.SPLIT] == ["s2 s3 2022-06-15"]  # the split's date, not the version's
    assert anchors.alias_map(v4)[anchors.SPLIT] == ["s3 s4 2022-06-15"]  # by their ids there
    assert anchors.SPLIT not in anchors.alias_map(v5)


def test_an_older_record_without_the_date_is_read_as_a_split_of_unknown_date():
    assert anchors.split_entry("s2 s3") == ("s2", "s3", "")
    assert anchors.split_entry("s2 s3 2022-06-15") == ("s2", "s3", "2022-06-15")
    _v1, _v2, v3 = history(V1, V2, V3)
    body = V3.split("---\n", 2)[2]
    _markdown, found = anchors.for_page(body, lang="fr", aliases={anchors.SPLIT: ["s2 s3"]})
    html = anchors.with_aliases('<h2 id="s2">2. Données</h2><h2 id="s3">3. Durée</h2>', found, versions=DATES[:3])
    assert 'data-policy-split-off="s3"' in html and "data-policy-split-on" not in html
    assert 'id="2022-06-15.s2"' not in html  # (no date: no stretch from it)


def test_the_built_heading_says_the_date_and_has_the_id_dated_with_it():
    """From the record (for_page's aliases), as the build reads it: the heading says the split's date beside the section
    split off, and holds §2's id dated with it (span.policy-since), after its first's: the "¶" at latest/ gives the
    last, and a browser without JavaScript lands on §2 by it."""
    _v1, _v2, v3 = history(V1, V2, V3)
    body = V3.split("---\n", 2)[2]
    _markdown, found = anchors.for_page(body, lang="fr", aliases=anchors.alias_map(v3))
    html = anchors.with_aliases('<h2 id="s2">2. Données</h2><h2 id="s3">3. Durée</h2>', found, versions=DATES[:3])
    heading = html.split('<h2 id="s3"', 1)[0]
    assert '<h2 id="s2" data-policy-split-off="s3" data-policy-split-on="2022-06-15">' in heading
    assert heading.index('id="2021-03-01.s2"') < heading.index('id="2022-06-15.s2"')
    assert 'class="policy-since" id="2022-06-15.s2"' in heading
    assert anchors.dated_target("2022-06-15.s2", found, versions=DATES[:3]) == 1
    assert "data-policy-split" not in html.split('<h2 id="s3"', 1)[1]


def test_splits_of_known_and_unknown_dates_on_one_heading_keep_their_order():
    found = anchors.Anchors(["s1", "s2", "s3"])
    found.add_split(0, 2)
    found.add_split(0, 1, on="2023-09-30")
    found.add_split(0, 1, on="not a date")  # (the first date stays; only a day is one)
    html = anchors.with_aliases('<h2 id="s1">1</h2><h2 id="s2">2</h2><h2 id="s3">3</h2>', found)
    assert '<h2 id="s1" data-policy-split-off="s3 s2" data-policy-split-on="- 2023-09-30">' in html
    assert anchors.alias_map(found)[anchors.SPLIT] == ["s1 s3", "s1 s2 2023-09-30"]
