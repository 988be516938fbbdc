"""Reader28, session 56: the note under a section part of whose text was split off into another (reader25, reader27)
says so to a link written before the split; a link that names the section by its id dated with the version of the
split or a later one was written after it, and named the section as it is: no note for it."""
from __future__ import annotations

import pytest
from reader import settled
from test_reader27_links import DATES, TEXTS, four  # noqa: F401  (the site of four versions, the split in the second)


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_the_pilcrow_of_a_split_section_names_it_as_it_is_since_the_split(opened, four, lang):  # noqa: F811
    """At latest/, §2's "¶" gave `#2021-03-01.s2` (its id dated with the first version it had it): a link copied in 2024,
    after the split, was told by the note that part of §2's text is now §3, as one copied in 2021 is. It gives §2's id
    dated with the version of the split, which each version since has as an element (a browser lands on it without
    JavaScript), and which gets no note; `#2021-03-01.s2` keeps it."""
    page = opened(four.url(f"/{lang}/latest/"))
    page.wait_for_load_state()
    settled(page)
    pilcrow = page.locator("#s2 > a.headerlink").get_attribute("href")
    assert pilcrow == f"#{DATES[1]}.s2"
    page.close()
    for version in (DATES[1], DATES[2], DATES[3], "latest"):
        page = opened(four.url(f"/{lang}/{version}/{pilcrow}"))
        page.wait_for_load_state()
        settled(page)
        assert page.evaluate("id => document.getElementById(id).parentElement.id", pilcrow[1:]) == "s2", version
        assert page.locator(".policy-formerly").count() == 0, version
        page.close()


@pytest.mark.parametrize("lang", ("fr", "en"))
def test_a_link_dated_on_or_after_the_split_gets_no_split_note(opened, four, lang):  # noqa: F811
    """`#2022-06-15.s2` and `#2023-09-30.s2` name §2 as it was on the day of the split or after it: the note saying part
    of its text is now §3 was shown to them too, though their writer read §2 without it. A link dated before the split
    (`#2021-03-01.s2`) and the plain `#s2` (whose date nothing tells) keep the note."""
    from policysite.strings import strings

    words = strings(lang)["section_split"].replace("\u00a0", " ")
    for version in (DATES[1], DATES[2], DATES[3], "latest"):
        for asked in (f"{DATES[1]}.s2", f"{DATES[2]}.s2", f"{DATES[3]}.s2"):
            if version != "latest" and asked[:10] > version:
                continue
            page = opened(four.url(f"/{lang}/{version}/#{asked}"))
            page.wait_for_load_state()
            settled(page)
            assert page.locator(".policy-formerly").count() == 0, (version, asked)
            assert page.evaluate("() => location.hash") == f"#{asked}"
            page.close()
        for asked in ("s2", f"{DATES[0]}.s2", "2022-01-01.s2"):
            page = opened(four.url(f"/{lang}/{version}/#{asked}"))
            note = page.locator(".policy-formerly")
            note.wait_for()
            assert note.inner_text().replace("\u00a0", " ").startswith(words), (version, asked)
            page.close()
