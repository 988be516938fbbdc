"""A translation's version is announced on the day its authoritative page says (redline24, redline23's leftover),
as redline23 made its class the authoritative page's: the history and the feed (archive.notice_of) read `announced:`
from the authoritative page alone, while policy.json (export.notice), every redline (engine.diff: the changes page,
the PDF, the Word file) and the page's banner (pages.announced_of) read the translation's own first: an English page
announced on another day than the French one was said announced on one day in its history and another in its redline.
One rule (document.notice_page), in both directions and in two languages."""
from __future__ import annotations

import datetime as dt
import io
import json

import docx
import pytest

from helpers import synthetic_policy
from policysite import archive, document, export, pages
from policysite.redline import pdf as redline_pdf
from policysite.redline.docx import render_docx
from policysite.redline.render import notice_lines, render_text
from policysite.settings import Release
from policysite.strings import long_date, redline_labels

OLD = synthetic_policy("2030-01-15")
NEW = synthetic_policy("2030-03-01", sections="## 1. First section\n\nAlpha paragraph changed.\n")
FEBRUARY_1 = NEW.replace("date: 2030-03-01", "date: 2030-03-01\nannounced: 2030-02-01")
FEBRUARY_15 = NEW.replace("date: 2030-03-01", "date: 2030-03-01\nannounced: 2030-02-15")
# (the authoritative page, the translation's, and the day the version was announced)
CASES = {"authoritative announced, translation silent": (FEBRUARY_1, NEW, dt.date(2030, 2, 1)),
         "authoritative silent, translation announced": (NEW, FEBRUARY_15, None),
         "both announced, on other days": (FEBRUARY_1, FEBRUARY_15, dt.date(2030, 2, 1))}
PAIRS = [("fr", "en"), ("en", "de")]  # (the authoritative language, the translation's)


def _release(source: str) -> Release:
    return Release("2030-03-01", ("2030-01-15", "2030-03-01"), previous="2030-01-15", previous_text=OLD,
                   source_text=source)


@pytest.mark.parametrize("pair", PAIRS, ids="-".join)
@pytest.mark.parametrize("case", sorted(CASES))
def test_a_translation_is_announced_as_its_authoritative_page_everywhere(case, pair):
    source, page, day = CASES[case]
    _, lang = pair
    history = archive.notice_of(page, lang=lang, source_text=source).get("announced")
    data = json.loads(export.policy_json(page.encode("utf-8"), lang=lang, version="2030-03-01", url="",
                                         previous="2030-01-15", source_text=source)).get("announced")
    change = archive.changes_of(page, previous_text=OLD, lang=lang, source_text=source)
    assert change is not None
    banner = pages.announced_of(document.front(page).meta, _release(source))
    iso = day.isoformat() if day else None
    assert (history, data[0] if data else None, change.announced, banner) == (iso, iso, day, day)
    # what the changes page, the PDF and the Word file say under their title
    t = redline_labels(lang)
    said = [t["announced"].format(announced=long_date(day, lang), date=long_date(dt.date(2030, 3, 1), lang))] \
        if day else []
    assert notice_lines(change, t, lang) == said
    text = render_text(change, color=False, lang=lang).splitlines()
    word = [p.text for p in docx.Document(io.BytesIO(render_docx(change, author="Acme", lang=lang))).paragraphs]
    printed = redline_pdf.data(change, site="Acme", lang=lang)["lines"]
    assert all(line in text and line in word and line in printed for line in said)
    other = long_date(dt.date(2030, 2, 15), lang)
    assert not any(other in line for line in text + word + printed)


def test_the_authoritative_page_reads_its_own():
    assert archive.notice_of(FEBRUARY_1, lang="fr")["announced"] == "2030-02-01"
    change = archive.changes_of(FEBRUARY_1, previous_text=OLD, lang="fr")
    assert change is not None and change.announced == dt.date(2030, 2, 1)
    assert pages.announced_of(document.front(FEBRUARY_1).meta, None) == dt.date(2030, 2, 1)
