"""Reader30, session 57: a link naming a section by its id dated with a day between two versions names it as the version
in force that day had it (datedTarget); until the versions' dates are read, the page takes the day for a version's.
The note under the section (formerly(): part of its text since split off) was drawn for the section read that way and
never drawn again once the dates were there: a link to a section since removed got the note of the section that took
its number, under that section, as well as the note saying the section is gone.

The site: version 1 has §2 Contact and §3 the data collected and kept; version 2 removes Contact (the data become §2);
version 3 splits how long data is kept off §2 into a §3 of its own. `#2021-06-01.s2` was written under version 1: it
named Contact."""
from __future__ import annotations

import pytest
from reader import settled
from test_reader27_links import TEXTS

from policy_repo import Served, published_in_languages

DATES = ("2021-03-01", "2022-06-15", "2023-09-30")
ASKED = "2021-06-01.s2"  # a day of version 1's, no version's


def three_versions(lang: str, n: int) -> str:
    """1: Objet, Contact, the data (collected and kept), rights; 2: Contact removed; 3: the keeping split off §2."""
    title, headings, words, _reworded = TEXTS[lang]
    data = [(headings[1], f"{words[1]}\n\n{words[2]}")] if n < 2 else [(headings[1], words[1]), (headings[2], words[2])]
    sections = [(headings[0], words[0])] + ([(headings[4], words[4])] if n == 0 else []) + data \
        + [(headings[3], words[3])]
    long = {headings[0], headings[3], headings[4]}  # (the sections around the changed ones each their own words)
    body = "".join(f"## {k}. {h}\n\n" + "\n\n".join([w] * (12 if h in long else 1)) + "\n\n"
                   for k, (h, w) in enumerate(sections, start=1))
    return f"---\ndate: {DATES[n]}\n---\n\n# {title}\n\n{body}"


@pytest.fixture(scope="module")
def three(tmp_path_factory, serve) -> Served:
    folder = tmp_path_factory.mktemp("reader30-dated-note")
    return Served(base=serve(published_in_languages(folder, ("fr", "en"), DATES, three_versions)),
                  project=folder / "site")


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_dated_link_to_a_removed_section_gets_no_note_of_the_section_that_took_its_number(opened, three, lang):
    for version in (DATES[2], "latest"):
        page = opened(three.url(f"/{lang}/{version}/#{ASKED}"))
        missing = page.locator(".policy-missing")
        missing.wait_for()  # (shown once the versions' dates are read: the day is version 1's, whose §2 is gone)
        settled(page)
        assert page.evaluate("() => location.hash") == f"#{ASKED}"
        assert page.locator(".policy-formerly").count() == 0, version
        page.close()


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_same_day_of_version_2_still_gets_the_split_note(opened, three, lang):
    """`#2022-06-16.s2` names §2 as version 2 had it, the data with their keeping: the note says part of it is now
    §3, once the dates are read as before."""
    from policysite.strings import strings

    words = strings(lang)["section_split"].replace("\u00a0", " ")
    page = opened(three.url(f"/{lang}/latest/#2022-06-16.s2"))
    note = page.locator(".policy-formerly")
    note.wait_for()
    settled(page)
    assert note.inner_text().replace("\u00a0", " ").startswith(words)
    assert note.evaluate("n => n.previousElementSibling.id") == "s2"
    assert page.locator(".policy-missing").is_hidden()
    page.close()
