"""safety81: a heading or a paragraph holding a character that draws nothing inside a word (a soft hyphen, as Word and
CMS exports write hyphenation points; a zero-width space; the word joiner; a joiner between Latin letters) was indexed
as written, the word cut or glued where the reader sees it whole: "Don&shy;nées" and "col&#8203;lecte" were found by
neither "données" nor "collecte". search-index.js reads the page's words as seen (characters.as_seen's rule)."""
from __future__ import annotations

from e2e.test_privacy import _served_index, searched_as

# The French version served with its article's words hyphenated, joined and parted by characters no reader sees
ARTICLE = ("<h1>Politique</h1><h2 id='s1'>1. Don\u00adnées per\u00adson\u00adnelles</h2>"
           "<p>Nous ne vendons aucune in\u2060formation.</p>"
           "<h2 id='s2'>2. Col\u200blecte</h2><p>La dur\u200dée de conservation est d'un an.</p>")


def test_words_hyphenated_or_joined_by_invisible_characters_are_found_as_the_reader_sees_them(page, site):
    queries = ("données", "personnelles", "information", "collecte", "durée")
    searched = searched_as(page, site, "fr", ARTICLE, (), queries)
    found = {query: sections for query, (sections, _shown) in searched.items()}
    assert found == {"données": ["#s1"], "personnelles": ["#s1"], "information": ["#s1"], "collecte": ["#s2"],
                     "durée": ["#s2"]}, found
    # the index holds the words as seen, a Persian word's non-joiner (spelling) as written
    index = _served_index(page, site, "fa", r"[\s\-]+", "stopWordFilter", "1. داده\u200cها",
                          "Da\u00adta we col\u200blect.")
    entry = next(doc for doc in index["docs"] if doc["location"] == "#s1")
    assert entry["title"] == "1. داده\u200cها" and entry["text"] == "<p>Data we collect.</p>", entry
