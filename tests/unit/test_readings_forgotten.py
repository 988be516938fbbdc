"""The suite's conftest starts each test with the package's readings of texts, pages and histories dropped
(readings_forgotten, helpers.forget_readings), as a new process would: a count of work done no longer depends on what
the tests run before it on the same worker left kept. What the package read of its installed files stays kept."""
from __future__ import annotations

from pathlib import Path

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


def test_the_theme_s_stylesheet_and_file_list_stay_read_from_one_test_to_the_next():
    """Material's stylesheet as tinycss2 reads it, its trimmings and its installed file list are the same for every
    test: made again for each test that published, they were a third of a small publishing test's CPU (session 38,
    suite7)."""
    import material

    from policysite import build, stylesheet

    templates = Path(material.__file__).parent / "templates"
    text = next((templates / "assets" / "stylesheets").glob("main.*.min.css")).read_text(encoding="utf-8")
    trimmed = stylesheet._trim(text, frozenset({"md-header"}), frozenset())
    named = stylesheet._named(text)
    listed = build._listing(str(templates), (), None)
    forget_readings()
    made = [cached.cache_info().misses for cached in (stylesheet._parsed, stylesheet._plan, stylesheet._named)]
    assert stylesheet._trim(text, frozenset({"md-header"}), frozenset()) is trimmed
    assert stylesheet._named(text) is named
    assert [cached.cache_info().misses for cached in (stylesheet._parsed, stylesheet._plan, stylesheet._named)] == made
    assert build._listing(str(templates), (), None) is listed


def test_the_print_engine_s_faces_and_the_package_s_classes_stay_read_from_one_test_to_the_next():
    """The faces Typst carries in its library (some 80 MB read for them, 0.6 s of CPU) and the classes the package's
    modules write are the same for every test: read again for each test whose publish judged a PDF (the gate's glyph
    check, pdffonts), they were a fifth of test_notice's CPU, and the faces' glyphs drawn again with them (session 48,
    suite1)."""
    from policysite import pdffonts, written

    faces, classes = pdffonts._engine_faces(), written._code()
    forget_readings()
    misses = [cached.cache_info().misses for cached in (pdffonts._engine_faces, written._code)]
    assert pdffonts._engine_faces() is faces
    assert written._code() is classes
    assert [cached.cache_info().misses for cached in (pdffonts._engine_faces, written._code)] == misses
