"""Reader17, session 43: the day a printed page was read (policy.js's print line) is written in the digits of the
language its words are in: where the site has no words in the page's language (strings.marks: English words on a
Nepali, Bengali, Pashto page), in 0-9, as the renumbered note's date and the at page's late note are; in the page's
own digits where its words are its language's (Persian)."""
from __future__ import annotations

import pytest

from policysite import settings, strings
from policysite.pages import archive_print_line, print_line


@pytest.fixture(autouse=True)
def no_choice():
    strings.choose_digits({})
    yield
    strings.choose_digits({})


def _site(lang: str):
    return settings.from_extra({"policy": {"company": "Example", "authoritative": lang,
                                           "public_url": "https://example.test/",
                                           "languages": [{"code": lang, "name": lang}, {"code": "en",
                                                                                        "name": "English"}]}})


@pytest.mark.parametrize("lang", ["ne", "bn", "ps", "my"])
def test_a_print_line_in_words_of_another_language_writes_its_day_in_latin_digits(lang):
    """Their CLDR digits are not 0-9, and the site has no words in them: the line is English (lang="en"), and its day
    was "December ५, २०२६" (policy.js formats it in the line's language, then puts in the digits the page gave)."""
    assert strings.digits(lang) and strings.marks(lang)[0]
    site = _site(lang)
    for line in (print_line(site, lang=lang, version="2021-02-17"),
                 archive_print_line(site, lang=lang, page="history/", title="History", site_name="Example")):
        assert line["ui"] == ' lang="en" dir="ltr"'
        assert line["digits"] == ""


@pytest.mark.parametrize("lang, written", [("fa", "۰۱۲۳۴۵۶۷۸۹"), ("fr", "")])
def test_a_print_line_in_the_pages_language_writes_its_day_in_the_pages_digits(lang, written):
    site = _site(lang)
    assert print_line(site, lang=lang, version="2021-02-17")["digits"] == written
