"""legal26 left: "(le 2026-12-07 au plus tôt)", "date it 2027-01-06 or later": the day a new text may take, in messages
the legal team reads, written as ISO where every other day of the sentence is in words ("after June 1, 2024"). The
soonest, earliest and material days (published.changed's reason, frontmatter.notice, publish.late, revert.ahead) are
now days in words, as legal25 made the others; `date:` and `announced:` values to type stay ISO."""
from __future__ import annotations

import datetime as dt
import re

import pytest

from policysite.messages import catalogue, say
from policysite.published_texts import republished

SOONEST = re.compile(r"\{\w+:iso\}\)? (at the soonest|or later|for a material)|(le|du) \{\w+:iso\}\s*\"?\s*\"?"
                     r"(au plus tôt|ou plus tard|pour une)|au plus tôt du \{\w+:iso\}|dated \{\w+:iso\} at")


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_message_writes_the_soonest_day_as_iso(lang):
    assert {key: text for key, text in catalogue(lang).items() if SOONEST.search(text)} == {}


def test_the_day_a_corrected_text_may_take_is_in_words():
    reason = republished("2024-05-01", "", today=dt.date(2026, 12, 7), newest="2024-05-01")
    assert "(December 7, 2026 at the soonest)" in say(reason.key, reason.fields, "en")
    assert "(le 7 décembre 2026 au plus tôt)" in say(reason.key, reason.fields, "fr")
    notice = {"date": "2026-12-20", "days": 13, "announced": "2026-12-07", "notice_days": 30,
              "earliest": "2027-01-06"}
    assert "date it January 6, 2027 or later" in say("frontmatter.notice", notice, "en")
    assert "datez-la du 6 janvier 2027 ou plus tard" in say("frontmatter.notice", notice, "fr")
    # a value to type after a key stays as typed
    assert "announced: 2026-12-07" in say("frontmatter.date-future", {"date": "2026-12-20", "today": "2026-12-07",
                                                                      "notice_days": 30}, "en")
