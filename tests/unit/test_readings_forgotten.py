"""The suite's conftest starts each test with the package's readings of texts, pages and histories dropped
(readings_forgotten, helpers.forget_readings), as a new process would: a count of work done no longer depends on what
the tests run before it on the same worker left kept. What the package read of its installed files stays kept."""
from __future__ import annotations

from helpers import KEPT_CACHES, forget_readings, synthetic_policy
from policysite import anchors, document, messages, safety

TEXT = synthetic_policy("2031-02-03", title="A text read by the first test")


def _kept_readings() -> dict[str, int]:
    """The readings the package keeps now, by where (those of the text above and of any other)."""
    return {"document": len(document._recent) + len(document._packed), "anchors": len(anchors._read),
            "anchors._parsed": anchors._parsed.cache_info().currsize,
            "anchors._own_of_texts": anchors._own_of_texts.cache_info().currsize, "safety": len(safety._PASSED)}


def test_a_test_reads_a_text_and_works_out_its_anchors_leaving_readings_kept():
    anchors.own_anchors(document.parse(TEXT, path="fr/index.md", lang="fr"))
    assert anchors.translated_ids(TEXT, lang="en", source_text=TEXT) == {}
    kept = _kept_readings()
    assert kept["document"] >= 1 and kept["anchors._parsed"] >= 1 and kept["anchors._own_of_texts"] >= 1, kept


def test_the_next_test_starts_with_none_of_them_kept():
    """Runs after the test above in the file's order (and, shuffled, finds nothing kept either)."""
    assert _kept_readings() == dict.fromkeys(_kept_readings(), 0)


def test_forgetting_drops_every_reading_and_keeps_what_was_read_of_the_installed_files():
    messages.catalogue("fr")
    catalogues = messages.catalogue.cache_info().currsize
    anchors.translated_ids(TEXT, lang="en", source_text=TEXT)
    document.parse(TEXT, path="en/index.md", lang="en")
    assert _kept_readings()["document"] >= 1
    forget_readings()
    assert _kept_readings() == dict.fromkeys(_kept_readings(), 0)
    assert messages.catalogue.cache_info().currsize == catalogues  # kept: the same for every test, read at a cost
    assert "policysite.messages.catalogue" in KEPT_CACHES
