"""The compare page's engine (redline.js) marks a punctuation mark deleted against the word before it where the old
text wrote it, as redline.py does (redline24): the same ops and segments, both ways, in English, French and German."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from unit.test_redline24_punctuation import CASES


def test_a_deleted_mark_against_the_word_before_is_marked_alike():
    pairs = [(synthetic_policy("2030-01-15", sections=f"## 1. Scope\n\n{old}\n"),
              synthetic_policy("2030-03-01", sections=f"## 1. Scope\n\n{new}\n")) for _, old, new, _ in CASES]
    _check([pair for old, new in pairs for pair in itertools.permutations((old, new))])
