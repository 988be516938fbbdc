"""Sections merged into a neighbour and split off one: said as such by the redline (and every renderer), not as a
section removed and another added, in any language the site has words for."""
from __future__ import annotations

import pytest

from policysite import redline
from unit.test_redline import policy

DATA = "We collect the name, the postal address and the telephone number of each fictional customer.\n\n"
COOKIES = "Quokka cookies remember the chosen language of the reader for thirteen months at most.\n\n"
LIFETIME = "Each narwhal token expires after ninety days and is then erased from every server we rent.\n\n"
CONTACT = "Write to the imaginary desk of Zephyr Widgets for any question about this text.\n\n"

BEFORE = (f"## 1. Data\n\n{DATA}## 2. Cookies\n\n{COOKIES}## 3. Tokens\n\n{LIFETIME}## 4. Contact\n\n{CONTACT}")
# §3's text moved into §2, its heading removed; §4 becomes §3
MERGED = (f"## 1. Data\n\n{DATA}## 2. Cookies and tokens\n\n{COOKIES}{LIFETIME}## 3. Contact\n\n{CONTACT}")


def kinds(r: redline.Redline) -> list[tuple[str, str | None, str | None, tuple[str, str, str] | None]]:
    return [(s.kind, s.old_number, s.new_number, s.partner) for s in r.sections if s.shown]


def test_a_section_whose_text_moved_into_the_one_before_is_merged_into_it_not_removed():
    r = redline.diff(policy(BEFORE), policy(MERGED))
    assert kinds(r) == [("changed", "2", "2", None), ("merged", "3", None, ("2", "Cookies and tokens", "")),
                        ("renumbered", "4", "3", None)]
    assert r.summary.removed == () and r.summary.added == () and len(r.summary.merged) == 1
    text = redline.render_text(r, color=False)
    assert "§3 Tokens (merged into §2)" in text and "removed" not in text
    assert text.splitlines()[1] == "1 changed, 1 renumbered, 1 merged"
    said = redline.render_text(redline.diff(policy(BEFORE, lang="fr"), policy(MERGED, lang="fr")), color=False)
    assert "§3 Tokens (fusionnée avec le §2)" in said and "1 fusionnée" in said
    data = redline.to_json(r)
    assert data["summary"]["merged"] == [{"number": "3", "into": "2"}] and data["summary"]["counts"]["merged"] == 1
    assert data["sections"][1]["partner"] == {"number": "2", "title": "Cookies and tokens", "mark": ""}


def test_a_section_cut_from_the_one_before_is_split_off_it_not_added():
    split = f"## 1. Data\n\n{DATA}## 2. Cookies\n\n{COOKIES}## 3. Tokens\n\n{LIFETIME}## 4. Contact\n\n{CONTACT}"
    whole = f"## 1. Data\n\n{DATA}## 2. Cookies\n\n{COOKIES}{LIFETIME}## 3. Contact\n\n{CONTACT}"
    r = redline.diff(policy(whole), policy(split))
    assert kinds(r) == [("changed", "2", "2", None), ("split", None, "3", ("2", "Cookies", "")),
                        ("renumbered", "3", "4", None)]
    assert r.summary.added == () and len(r.summary.split) == 1
    text = redline.render_text(r, color=False)
    assert "§3 Tokens (split off §2)" in text and "added" not in text
    de = redline.render_text(redline.diff(policy(whole, lang="de"), policy(split, lang="de")), color=False)
    assert "§\u00a03 Tokens (abgetrennt von §\u00a02)" in de  # (German writes a space after §: company9)


def test_a_section_removed_or_added_with_its_words_is_still_removed_or_added():
    """Its words are nowhere else: neither merged nor split, though the section next to it was edited."""
    gone = f"## 1. Data\n\n{DATA}## 2. Cookies\n\n{COOKIES}Quokka cookies are optional.\n\n## 3. Contact\n\n{CONTACT}"
    r = redline.diff(policy(BEFORE), policy(gone))
    assert [(s.kind, s.old_number, s.new_number) for s in r.sections if s.kind in ("removed", "merged")] == \
        [("removed", "3", None)]
    back = redline.diff(policy(gone), policy(BEFORE))
    assert [(s.kind, s.old_number, s.new_number) for s in back.sections if s.kind in ("added", "split")] == \
        [("added", None, "3")]


@pytest.mark.parametrize("lang", ["en", "fr", "ja", "ar", "pl"])
def test_every_language_names_the_section_a_merged_one_went_into(lang):
    r = redline.diff(policy(BEFORE, lang=lang), policy(MERGED, lang=lang))
    t = redline.labels(lang)
    assert t["merged"].format(section=t["section"].format(number="2")) in redline.render_text(r, color=False)


def test_a_manifest_records_the_section_a_merged_one_went_into_and_refuses_one_without():
    """The history is built from the manifest's summary: a merged or split section names its partner there, and a
    summary whose merged section names none (written by hand) is refused as unreadable, not met as a KeyError."""
    from policysite import archive, manifest

    recorded = archive.summary(redline.diff(policy(BEFORE), policy(MERGED)), previous="2030-01-14")
    merged = next(s for s in recorded["sections"] if s["kind"] == "merged")
    assert merged["partner"] == {"number": "2", "title": "Cookies and tokens", "mark": ""}
    assert manifest.changes_problem(recorded) == ""
    del merged["partner"]
    assert manifest.changes_problem(recorded) == \
        "section 2's section it was merged into or split off is not a number, a title and a mark"
