"""perf19 (session 58): what the theme's stylesheets shrink and hide (css_rules, functions of a stylesheet's text
alone) is read once a worker, before any command is forked from it (conftest's stylesheets_read_once), and kept
between tests (helpers.KEPT_CACHES): each command's output check read Material's and the site's stylesheets again
with tinycss2 (`safety.shrinking`, some 0.22 s of CPU a command, a sixth of a small history test's CPU). A stylesheet
of another text is still read, and gives its own answer."""
from __future__ import annotations

from pathlib import Path

import material

from helpers import ROOT, forget_readings
from policysite import css_rules

SHEETS = sorted([*(Path(material.__file__).parent / "templates" / "assets" / "stylesheets").glob("*.css"),
                 *(ROOT / "overrides" / "assets" / "stylesheets").glob("*.css")])


def _read_all() -> None:
    for sheet in SHEETS:
        css_rules.shrinking_subjects(sheet.read_text(encoding="utf-8"))


def test_the_theme_and_site_stylesheets_are_read_once_a_worker_and_kept_between_tests():
    assert len(SHEETS) >= 4  # (Material's main and palette, the site's policy.css and redline.css at least)
    _read_all()  # (as conftest's stylesheets_read_once: a test that counts readings may have cleared them since)
    forget_readings()  # (as before each test)
    before = css_rules.shrinking_subjects.cache_info()
    _read_all()
    after = css_rules.shrinking_subjects.cache_info()
    assert after.misses == before.misses and after.hits == before.hits + len(SHEETS)


def test_a_stylesheet_of_another_text_is_read_and_answers_for_itself():
    misses = css_rules.shrinking_subjects.cache_info().misses
    assert css_rules.shrinking_subjects(".perf19-fine { font-size: .5em }") == (frozenset(), frozenset({"perf19-fine"}))
    assert css_rules.shrinking_subjects.cache_info().misses == misses + 1


def test_the_theme_scripts_globals_are_read_once_a_worker_and_kept_between_tests():
    """The output check's `safety.theme_globals` asks globalscache for each theme script's globals: Material's bundle
    and the site's scripts are answered from the worker's reading, not read token by token again in each command."""
    from policysite import globalscache, safety

    safety.theme_globals(safety.installed_theme_dirs(ROOT))  # (as stylesheets_read_once: a test may have cleared it)
    forget_readings()  # (as before each test: theme_globals' own cache, by the folders, is forgotten)
    before = globalscache.defined.cache_info()
    names = safety.theme_globals(safety.installed_theme_dirs(ROOT))
    after = globalscache.defined.cache_info()
    assert names and after.misses == before.misses and after.hits > before.hits
