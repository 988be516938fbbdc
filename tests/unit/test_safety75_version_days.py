"""safety75: a link's words naming a version by a day written in digits year last (`01/02/2001`) were read as naming
no day (versionlinks.named_day), so `The [version of 01/02/2001](../2001-01-02/)` passed on a French page, whose
readers read 1 February. The site's language decides: day first where its readers write so (French, German, British
English), month first where they do (`en-US`); where they do not all read it one way (English alone, a language
writing the year first), a link to a version with such words is a finding asking for the day in words."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import document, editorial
from policysite.versionlinks import named_day, unclear_day, version_shown

FEB, JAN2 = dt.date(2001, 2, 1), dt.date(2001, 1, 2)


@pytest.mark.parametrize(("words", "lang", "day"), [
    ("version du 01/02/2001", "fr", FEB), ("Fassung vom 01.02.2001", "de", FEB), ("version of 01/02/2001", "en-GB", FEB),
    ("version of 01/02/2001", "en-US", JAN2), ("version of 1-2-2001", "en-US", JAN2),
    ("version of 13/02/2001", "en", dt.date(2001, 2, 13)),  # (one real day whichever way it is read)
    ("version of 2/13/2001", "fr", dt.date(2001, 2, 13)),
    ("version of 01/02/2001", "en", None), ("version of 01/02/2001", "ja", None),  # (two days: unclear_day)
    ("version of 1 February 2001", "en", FEB), ("version of 2001-02-01", "en-US", FEB),  # (as before)
    ("version du ０１/０２/２００１", "fr", FEB),  # (fullwidth digits, read as a reader reads them)
])
def test_a_day_in_digits_year_last_is_read_as_the_site_s_readers_read_it(words, lang, day):
    assert named_day(words, lang) == day


@pytest.mark.parametrize(("words", "lang", "unclear"), [
    ("version of 01/02/2001", "en", ("01/02/2001", FEB, JAN2)), ("version of 01/02/2001", "ja", ("01/02/2001", FEB, JAN2)),
    ("version of 01.02.2001", "ja", None), ("version of 01.02.2001", "en", None),  # (dots: day first, adopt56)
    ("version of 01/02/2001", "en-US", None), ("version du 01/02/2001", "fr", None),
    ("version of 13/02/2001", "en", None), ("version of 01/01/2001", "en", None),
])
def test_a_day_read_two_ways_is_unclear_where_the_site_s_readers_differ(words, lang, unclear):
    assert unclear_day(words, lang) == unclear


@pytest.mark.parametrize(("href", "words", "lang", "said"), [
    ("../2001-01-02/", "version du 01/02/2001", "fr", "name the version of February 1, 2001 but it goes to the "
                                                      "version of January 2, 2001"),
    ("../2001-02-01/", "version of 01/02/2001", "en-US", "name the version of January 2, 2001 but it goes to the "
                                                         "version of February 1, 2001"),
    ("../2001-02-01/", "version of 01/02/2001", "en", "write the day 01/02/2001, which one reader reads as "
                                                      "February 1, 2001 and another as January 2, 2001"),
    ("../compare/#2001-01-02..2001-02-01", "changes of 01/02/2001", "en", "write the day 01/02/2001"),
])
def test_the_link_is_refused_saying_what_its_readers_read(href, words, lang, said):
    assert said in str(version_shown(href, words, lang))


@pytest.mark.parametrize(("href", "words", "lang"), [
    ("../2001-02-01/", "version du 01/02/2001", "fr"), ("../2001-01-02/", "version of 01/02/2001", "en-US"),
    ("https://www.cnil.fr/", "guidance of 01/02/2001", "en"),  # (no version of the site: a date of another text)
])
def test_a_link_to_the_day_its_readers_read_passes(href, words, lang):
    assert version_shown(href, words, lang) == ""


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "write the day 01/02/2001, which one reader reads as February 1, 2001 and another as January 2, 2001 (the "
           "day first or the month first, as their country writes it): write the day in words, or as 2001-02-01"),
    ("fr", "nomment la version du 1er février 2001 mais il mène à la version du 2 janvier 2001"),
])
def test_the_text_s_check_names_it_at_its_line(lang, said):
    text = ("---\ndate: 2001-03-01\n---\n\n# Example privacy policy\n\n## 1. First\n\n"
            "The [version of 01/02/2001](../2001-01-02/) applies.\n")
    found = [f for f in editorial.check(document.parse(text, path=f"docs/{lang}/index.md", lang=lang),
                                        brand="Example") if f.rule == "editorial.link-text"]
    assert [f.line for f in found] == [9], found
    assert said in found[0].said(lang), found[0].said(lang)
