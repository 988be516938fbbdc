"""search7: the search language `policy init` writes is the one the build searches with. Material's search plugin
checks `search.lang` against MkDocs' list of lunr languages, which lacks some Material ships a stemmer for (Hebrew,
Greek): a site told `lang: he` was searched in English, the build saying so at a level `--strict` does not count."""
from __future__ import annotations

import logging

from mkdocs.contrib.search import LangOption

from policysite import init


def test_every_search_language_init_offers_is_the_one_the_plugin_keeps(caplog):
    stemmers = init.search_stemmers()
    assert {"en", "fr", "de", "ja"} <= stemmers
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        kept = {code: LangOption().run_validation([code]) for code in sorted(stemmers)}
    assert {code: langs for code, langs in kept.items() if langs != [code]} == {}
    assert caplog.records == []


def test_a_language_the_plugin_refuses_is_written_without_a_search_language_and_noted():
    stemmers = init.search_stemmers()
    assert "he" not in stemmers and "el" not in stemmers
    hebrew = init.new_language("he", company="Acme", public_url="https://example.test/",
                               themes=init.material_languages(), stemmers=stemmers,
                               dictionaries=init.spelling_dictionaries())
    assert hebrew.search is None and hebrew.search_default == "en"
    notes = [(said.key, said.fields) for said in init.notes_for([hebrew])]
    assert ("init.note-search/refused", {"code": "he", "default": "en"}) in notes  # (company6: the true reason)
