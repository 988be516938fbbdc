"""company20: a Hindi version is searched with lunr's Hindi (its stop words, a stemmer that keeps a word whole) and
wordcut, the files Material ships with a Hindi site: a reader finds a section by a word of it, with its vowel signs and
nuktas, and a word the page does not hold finds nothing. The version is the French one served as if it were Hindi (its
page's text, its index's configuration and Material's Hindi search files), as test_privacy serves a Thai one."""
from __future__ import annotations

from e2e.test_privacy import searched_as

HINDI = ("<h1>गोपनीयता नीति</h1><h2 id='s1'>1. डेटा न्यासी</h2><p>हम आपके व्यक्तिगत डेटा का प्रसंस्करण लागू क़ानून के "
         "अनुसार करते हैं।</p><h2 id='s2'>2. कुकीज़</h2><p>यह वेबसाइट कुकीज़ का उपयोग नहीं करती।</p>")


def test_a_hindi_search_finds_a_section_by_its_words(page, site):
    queries = ("प्रसंस्करण", "व्यक्तिगत डेटा", "कुकीज़", "वेबसाइट", "कराधान")  # the last: no word of the page
    searched = searched_as(page, site, "hi", HINDI, ("min/lunr.hi.min.js", "wordcut.js"), queries)
    found = {query: sections for query, (sections, _shown) in searched.items()}
    assert found == {"प्रसंस्करण": ["#s1"], "व्यक्तिगत डेटा": ["#s1"], "कुकीज़": ["#s2"], "वेबसाइट": ["#s2"],
                     "कराधान": []}, found
    for sections, shown in searched.values():
        assert "\u200b" not in shown and (not sections or "<mark>" in shown), shown
