"""A translation's version is classed as its authoritative page classes it (redline23, redline22's leftover): the
history and the feed read `change:` from the authoritative page (archive.notice_of), while policy.json (export.notice)
and every redline (engine.diff: the changes page, the PDF, the Word file) read the translation's own: an English page
without `change:` beside a French one marked `change: editorial` was said material in its policy.json and its redlines
and editorial in its history. One rule, the authoritative page's class, in both directions and in two languages."""
from __future__ import annotations

import json

import pytest

from helpers import synthetic_policy
from policysite import archive, document, export, redline
from policysite.redline.render import notice_lines, render_text
from policysite.strings import redline_labels

OLD = synthetic_policy("2030-01-15")
NEW = OLD.replace("date: 2030-01-15", "date: 2030-03-01")
EDITORIAL = NEW.replace("date: 2030-03-01", "date: 2030-03-01\nchange: editorial")
# (the authoritative page's class, the translation's, and what the version is)
CASES = {"authoritative editorial, translation silent": (EDITORIAL, NEW, True),
         "authoritative material, translation editorial": (NEW, EDITORIAL, False),
         "both editorial": (EDITORIAL, EDITORIAL, True)}
PAIRS = [("fr", "en"), ("en", "de")]  # (the authoritative language, the translation's)


def _classes(source: str, page: str, lang: str) -> tuple[bool, bool, bool]:
    """Whether the history (notice_of), policy.json and the changes page's redline (archive.changes_of) say editorial."""
    history = archive.notice_of(page, lang=lang, source_text=source)["change"] == "editorial"
    data = json.loads(export.policy_json(page.encode("utf-8"), lang=lang, version="2030-03-01", url="",
                                         previous="2030-01-15", source_text=source))
    change = archive.changes_of(page, previous_text=OLD, lang=lang, source_text=source)
    assert change is not None
    return history, data.get("editorial", False), change.editorial


@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_translation_is_classed_as_its_authoritative_page_everywhere(case, pair):
    source, page, editorial = CASES[case]
    _, lang = pair
    assert _classes(source, page, lang) == (editorial,) * 3


@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
def test_the_redline_says_it_in_the_translation_s_words(pair):
    _, lang = pair
    change = redline.diff(document.parse(OLD, path=f"{lang}/old.md", lang=lang),
                          document.parse(NEW, path=f"{lang}/new.md", lang=lang), source=document.front(EDITORIAL))
    t = redline_labels(lang)
    said = notice_lines(change, t, lang)
    assert said and all(line in render_text(change, color=False, lang=lang) for line in said)
    # the translation's own class counts where no authoritative page is given (the authoritative language itself)
    alone = redline.diff(document.parse(OLD, path=f"{lang}/old.md", lang=lang),
                         document.parse(NEW, path=f"{lang}/new.md", lang=lang))
    assert not alone.editorial and notice_lines(alone, t, lang) == []
