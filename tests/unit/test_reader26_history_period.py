"""Reader26, session 54: the history page says when each version was in force and when it went online as one sentence,
the aside before the sentence's stop ("In force since May 2, 2024 (published on May 3, 2024)."), not after it
("…2024. (published on May 3, 2024)"), in every language the site has words for."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite import archive
from policysite.strings import STRINGS, aside_marks, strings

ENV = Environment(loader=FileSystemLoader(str(ROOT / "overrides")))
STOPS = (".", "\u3002", "\u0964")
OLDER = archive.Entry("2021-01-05", {"change": "editorial"}, until="2024-05-01", published="2021-01-06")
NEWER = archive.Entry("2024-05-02", None, published="2024-05-03")


def _periods(lang: str) -> list[str]:
    """Each row's period line on the history page of two published versions, the older an editorial change."""
    entries = [OLDER, NEWER]
    page = LexborHTMLParser(archive.history_page(env=ENV, lang=lang, entries=entries))
    return [node.text(deep=True) for node in page.css("p.policy-history-period")]


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_a_period_s_asides_come_before_its_stop(lang):
    t, (before, opening, closing) = strings(lang), aside_marks(lang)
    newer, older = _periods(lang)
    for line, entry, key, asides in ((newer, NEWER, "period_open", 1), (older, OLDER, "period", 2)):
        words, stop = archive.period_apart(entry, lang=lang)
        said = LexborHTMLParser(f"<p>{words}</p>").css_first("p").text(deep=True)
        assert stop == (t[key][-1] if t[key].endswith(STOPS) else "")
        rest = line[len(said):]  # what follows the period's words: its asides, then its stop
        assert line.startswith(said) and rest.endswith(closing + stop), line
        assert rest.startswith(before + opening) and rest.count(opening) == asides, line
    assert t["editorial"] in older


@pytest.mark.parametrize("lang", sorted(STRINGS))
def test_period_apart_takes_off_the_stop_of_the_words_alone(lang):
    """A date's own final dot (Hungarian "2024. május 2.", Ukrainian "2024 р.") is no stop of the sentence: where the
    period's words end with none, the period is given whole."""
    for entry in (archive.Entry("2024-05-02", None), archive.Entry("2021-01-05", None, until="2024-05-01")):
        words, stop = archive.period_apart(entry, lang=lang)
        assert words + stop == archive.period_text(entry, lang=lang)
        key = "period" if entry.until else "period_open"
        assert stop == (strings(lang)[key][-1] if strings(lang)[key].endswith(STOPS) else "")
