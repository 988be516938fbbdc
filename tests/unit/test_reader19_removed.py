"""Reader19, session 44: a dated link to a section removed since (`#2021-02-17.s5`, Contact's "¶" copied while it was
§5) named whichever section took the id later (anchors.dated_target's fallback: nothing recorded the removal), and that
later section's dated id was dated from the first version, so that a browser without JavaScript landed on it too."""
from __future__ import annotations

from policysite import anchors

V1, V2, V3 = "2021-02-17", "2022-03-01", "2023-05-10"


def _text(date: str, titles: list[str]) -> str:
    body = "".join(f"## {n}. {title}\n\nAbout {title.lower()}, version {date}.\n\n" for n, title in enumerate(titles, 1))
    return f"---\ndate: {date}\n---\n\n# Policy\n\n{body}"


def _history(*versions: tuple[str, list[str]]) -> list[tuple[str, anchors.Anchors, dict[str, list[str]]]]:
    """Each version's anchors as publishing works them out (building.aliases_of): from the version before's text,
    date and recorded aliases."""
    found, before = [], None
    for date, titles in versions:
        text = _text(date, titles)
        page = anchors.of_texts(text, lang="en", previous_text=before[1] if before else None,
                                previous_aliases=before[2] if before else None,
                                previous_version=before[0] if before else "")
        record = anchors.alias_map(page)
        found.append((date, page, record))
        before = (date, text, record)
    return found


HISTORY = _history((V1, ["Purpose", "Data", "Cookies", "Rights", "Contact"]),
                   (V2, ["Purpose", "Data", "Cookies", "Rights"]),  # Contact (§5) removed
                   (V3, ["Purpose", "Data", "Cookies", "Rights", "Security"]))  # Security takes §5


def test_a_dated_link_to_a_removed_section_names_no_later_section_that_took_its_id():
    for date, page, record in HISTORY[1:]:
        assert page.removed == [f"{V1}.s5"] and record[anchors.REMOVED] == [f"{V1}.s5"], date
    _, page, _ = HISTORY[2]
    assert anchors.dated_target(f"{V1}.s5", page, here=V3) is None  # (was 4: Security)
    assert anchors.dated_target(f"{V2}.s5", page, here=V3) == 4  # copied after the removal: nothing else had it
    assert anchors.dated_target(f"{V1}.s3", page, here=V3) == 2


def test_the_later_section_is_dated_from_the_version_after_the_removal_and_the_removed_id_is_in_no_heading():
    _, page, _ = HISTORY[2]
    since = anchors.since_ids(page, (V1, V2, V3))
    assert since[4] == [f"{V2}.s5"]  # (was 2021-02-17.s5, the removed Contact's own link)
    html = anchors.with_aliases('<h1 id="policy">Policy</h1><h2 id="s5">5. Security</h2>', page, versions=(V1, V2, V3))
    assert html == ('<h1 id="policy">Policy</h1><span class="policy-alias" data-policy-removed="2021-02-17.s5"></span>'
                    f'<h2 id="s5"><span class="policy-since" id="{V2}.s5"></span>5. Security</h2>')


def test_a_removed_sections_earlier_dated_ids_go_with_it_and_a_page_built_from_the_record_keeps_them():
    """Cookies, §3 then §4 (a section inserted before it), then removed: both its dated ids name no section after."""
    history = _history((V1, ["Purpose", "Data", "Cookies"]), (V2, ["Purpose", "Data", "Transfers", "Cookies"]),
                       (V3, ["Purpose", "Data", "Transfers"]))
    _, page, record = history[2]
    assert sorted(page.removed) == [f"{V1}.s3", f"{V2}.s4"]
    assert anchors.dated_target(f"{V1}.s3", page, here=V3) is None
    assert anchors.dated_target(f"{V1}.s4", page, here=V3) is None
    _, built = anchors.for_page(_text(V3, ["Purpose", "Data", "Transfers"]), lang="en", aliases=record)
    assert sorted(built.removed) == sorted(page.removed) and anchors.dated_target(f"{V1}.s4", built, here=V3) is None


def test_policy_at_reads_the_removed_ids_its_manifest_records():
    from policysite import at, document

    _, _, record = HISTORY[2]
    policy = document.parse(_text(V3, ["Purpose", "Data", "Cookies", "Rights", "Security"]), path="en/index.md",
                            lang="en")
    assert at.section_index(policy, f"{V1}.s5", kept=record, version=V3) is None
    assert at.section_index(policy, f"{V2}.s5", kept=record, version=V3) == 4


def test_a_section_rewritten_under_its_number_keeps_its_numbers_links():
    """Every word of §2 changed (the differ matches it with none) while §2 stays: its number's links stay with it, as the
    version selector keeps the number (tests/e2e/test_versions.py: the synthetic versions to the real text); §2.1,
    gone, is removed."""
    old = _text(V1, ["Purpose", "Data processed"]) + "### 2.1 Retention period\n\nKept for one year.\n"
    new = _text(V2, ["Purpose", "Scope"]).replace("About scope", "Wholly other words on what this text covers")
    page = anchors.of_texts(new, lang="en", previous_text=old, previous_version=V1)
    assert page.removed == [f"{V1}.s2-1"]
    assert anchors.dated_target(f"{V1}.s2", page, here=V2) == 1
