"""marks.MARK, the pattern of one combining mark the checks search with, matches what the class of MARKS matches."""
from __future__ import annotations

import re

from policysite.marks import MARK, MARKS


def test_one_mark_is_what_the_class_of_marks_matches_in_all_of_unicode():
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert [m.start() for m in re.finditer(MARK, every)] == [m.start() for m in re.finditer(f"[{MARKS}]", every)]
    assert [m.start() for m in re.finditer(MARK, every, re.I)] == [m.start() for m in re.finditer(f"[{MARKS}]", every,
                                                                                                   re.I)]
    assert re.fullmatch(f"(?:{MARK})+", "\u0301\U00011038\U000e0100\u093f")  # both planes, one after the other
