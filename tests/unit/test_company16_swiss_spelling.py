"""company16: Swiss German (de-CH, de-LI) writes ss where Germany writes ß: its words are read as the German
dictionary's, and the site's own German words are written so on its pages."""
from __future__ import annotations

from policysite import spelling, strings


def test_swiss_spellings_are_read_as_the_dictionary_s_with_sz_and_german_ones_are_not():
    words = frozenset({"gemäss", "massnahmen", "schliessen", "strasse", "ausschliesslich", "datenschutzmassnahmen",
                       "grösser"})
    assert spelling._in_dictionary("de-CH", words) == words == spelling._in_dictionary("de-LI", words)
    assert spelling._in_dictionary("de", words) == set() == spelling._in_dictionary("de-AT", words)
    assert spelling._in_dictionary("de-CH", frozenset({"gemässs", "xyzss"})) == set()


def test_a_swiss_word_a_list_holds_is_not_said_known_already(tmp_path):
    """A site imported before Swiss spellings were read listed them (“schliessen”) for its team to review: the next
    check said each “is in the German dictionary already: remove it”, an error holding back the next version. A list
    written before they were read stays as it was, as for compounds and stems."""
    listed = tmp_path / ".words.txt"
    listed.write_text("schliessen  # Swiss spelling\nschließen  # German spelling\n", encoding="utf-8")
    found = spelling.lint_words(listed, lang="de-CH")
    assert [(f.line, f.rule, f.severity) for f in found] == [(2, "spelling.word-list", "error")], found


def test_the_site_s_german_words_are_written_with_ss_on_swiss_pages():
    swiss, german = strings.strings("de-CH"), strings.strings("de")
    assert not [key for key, text in swiss.items() if "ß" in text]
    assert "einschließlich" in german["period"] and "einschliesslich" in swiss["period"]
    assert strings.strings("fr-CH") == strings.strings("fr")
