"""leads42: a link to the text's own page (or into it) whose fragment holds a `%` that starts no escape (`privacy#%ZZ`,
`privacy.html#%ZZ`, `#%ZZ`) is treated as the same link with a valid fragment is: resolved, or unlinked with a note
naming it as written. markdown-it reads it `%25ZZ`, which the text does not write: it was kept, a dead link, unsaid."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from policysite import importer
from policysite.convert import Source

OWN = "---\ntitle: Privacy Policy\nredirect_from: /privacy\n---\n"
SOURCE = "---\ntitle: Privacy Policy\nsource: https://company.example/privacy\n---\n"
BODY = "# Privacy Policy\n\nSee [the other part]({target}).\n\n## 3. Your rights {{#s3}}\n\nR.\n"


def _imported(tmp_path: Path, text: str) -> importer.Text:
    source = tmp_path / "privacy-2021-06-01.md"
    source.write_text(text, encoding="utf-8")
    return importer._convert(Source(source, dt.date(2021, 6, 1), "markdown"), lang="en", authoritative=True)


@pytest.mark.parametrize("front", ["", OWN])
@pytest.mark.parametrize("target", ["privacy#%ZZ", "privacy.html#%ZZ", "/privacy#%ZZ", "#%ZZ", "#%", "#%zz"])
def test_a_link_with_a_lone_percent_in_its_fragment_is_unlinked_and_said_as_a_valid_one_is(tmp_path, front, target):
    text = _imported(tmp_path, front + BODY.format(target=target))
    valid = _imported(tmp_path, front + BODY.format(target=target.replace("%", "nowhere")))
    assert "See the other part.\n" in text.body, text.body
    assert "See the other part.\n" in valid.body, valid.body
    said = [note for note in text.notes if note.startswith("line ")]
    # the same notes as the valid fragment's (a link into the page made of the own address's writes its `%` escaped)
    assert [note.replace("%25", "%") for note in said] == [note.replace("nowhere", "%") for note in valid.notes
                                                           if note.startswith("line ")], (said, valid.notes)
    assert any(f"the link to {target} " in note or f"the link to {target}," in note for note in said), said


def test_a_lone_percent_in_a_link_to_the_text_s_own_address_lands_on_the_section_its_words_name(tmp_path):
    text = _imported(tmp_path, OWN + BODY.replace("the other part", "Your rights").format(target="/privacy#%ZZ"))
    assert "See [Your rights](#%25ZZ).\n" in text.body, text.body  # an alias of section 3, as `/privacy#zz` is
    assert "%ZZ" in importer.anchors.page_anchors(importer.document.parse(text.body, path="i", lang="en")).aliases[0]


def test_a_lone_percent_on_the_old_site_s_own_page_is_unlinked_and_said_as_written(tmp_path):
    text = _imported(tmp_path, SOURCE + BODY.format(
        target="https://company.example/privacy#s3), [b](https://company.example/privacy#%ZZ"))
    assert "See [the other part](#s3), b.\n" in text.body, text.body
    assert any(note.startswith("line 7: the link to #%ZZ (which no heading") for note in text.notes), text.notes
