"""company4, a Persian company: the site's own words (version notices, history, redline, PDF) are Persian, not English
marked as such, and `policy init` says so rightly."""
from __future__ import annotations

import string

from policysite import init
from policysite.strings import PLURAL, REDLINE_STRINGS, STRINGS, marks, redline_labels, spoken, strings


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_persian_has_every_key_of_english_with_its_placeholders():
    for table in (STRINGS, REDLINE_STRINGS):
        english = {key: text for key, text in table["en"].items() if PLURAL not in key}
        assert set(table["fa"]) == set(english)
        assert {key for key, text in table["fa"].items() if placeholders(text) != placeholders(english[key])} == set()


def test_a_persian_page_speaks_persian_and_marks_nothing_as_english():
    assert spoken("fa") == "fa" and spoken("fa-IR") == "fa-IR"  # (its base language's words)
    assert strings("fa-IR")["in_force"] == strings("fa")["in_force"] == "لازم\u200cالاجرا"
    assert marks("fa") == ("", "")
    assert strings("fa")["history_title"] == "تاریخچه نسخه\u200cها"
    assert redline_labels("fa")["counts_none"] == "هیچ بخشی تغییر نکرده است"


def test_init_of_a_persian_site_names_its_words_and_its_dictionary_rightly():
    said = init.notes_for([init.new_language("fa", company="شرکت نمونه", public_url="https://example.test/",
                                             themes=init.material_languages(), stemmers=init.search_stemmers(),
                                             dictionaries=init.spelling_dictionaries())])
    assert not [note for note in said if "read in English" in note or "are in English" in note], said
    assert [note for note in said if note.startswith("Persian (fa): the spelling check's dictionary lacks")], said
