"""marks.MARK, the pattern of one combining mark the checks search with, and the code points of marks.MARKS, as the
class of MARKS matches them."""
from __future__ import annotations

import re
import unicodedata

from policysite import characters
from policysite.marks import MARK, MARKS, codes


def test_one_mark_is_what_the_class_of_marks_matches_in_all_of_unicode():
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert [m.start() for m in re.finditer(MARK, every)] == [m.start() for m in re.finditer(f"[{MARKS}]", every)]
    assert [m.start() for m in re.finditer(MARK, every, re.I)] == [m.start() for m in re.finditer(f"[{MARKS}]", every,
                                                                                                   re.I)]
    assert re.fullmatch(f"(?:{MARK})+", "\u0301\U00011038\U000e0100\u093f")  # both planes, one after the other


def test_the_code_points_of_marks_are_those_its_class_matches():
    every = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    assert codes() == [ord(m.group()) for m in re.finditer(f"[{MARKS}]", every)]


def test_the_stacked_marks_pattern_holds_every_nonspacing_and_enclosing_mark_but_the_selectors():
    """The pattern of marks piled on a letter (characters.stacked: editorial's and the output check's), made from
    MARKS' code points, holds what a walk through every code point of the planes finds (Mn and Me, variation
    selectors aside)."""
    for beyond_bmp, limit in ((False, 0x10000), (True, 0x20000)):
        pattern = characters._marks(beyond_bmp=beyond_bmp)
        wanted = [chr(code) for code in range(limit) if unicodedata.category(chr(code)) in ("Mn", "Me")
                  and not 0xFE00 <= code <= 0xFE0F and not 0xE0100 <= code <= 0xE01EF]
        assert [c for c in map(chr, range(limit)) if pattern.fullmatch(c * 2)] == wanted
