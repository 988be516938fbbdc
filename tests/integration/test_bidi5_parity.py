"""The compare page's engine (redline.js) folds direction isolates and marks as `policy diff` does (bidi5)."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from unit.test_bidi5_redline import AR, ISOLATED, LRI, PDI, REWORDED


def test_direction_isolates_and_marks_are_compared_as_spaces_in_the_browser_too() -> None:
    bodies = [AR, ISOLATED, REWORDED,
              AR.replace("privacy@mithal.example", f"{LRI}privacy@mithal.example{PDI}").replace("بنا على",
                                                                                            "بنا\u061c على"),
              AR.replace("## 2. الحقوق 05", "## 2. الحقوق \u200e05").replace("يمكنك طلب", "\u202bيمكنك طلب\u202c")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))
