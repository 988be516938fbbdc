"""The compare page's engine (redline.js) says two paragraphs merged or one split as `policy diff` does (hunt 9)."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check


def test_paragraphs_merged_or_split_are_found_alike_in_the_browser():
    from unit.test_redline9 import MERGED, A, B, C, _body

    bodies = [body for pair in MERGED.values() for body in pair] + [
        _body(A, "See below.", C), _body(A.replace("ten", "eleven"), C),
        _body(f"[{A}](https://example.test/a) {B}", C), _body(f"[{A}](https://example.test/a)", B, C)]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in dict.fromkeys(bodies)]
    _check(list(itertools.permutations(texts, 2)))


def test_words_moved_within_a_paragraph_are_found_alike_in_the_browser():
    from unit.test_redline9 import S1, S2, S3, _body

    bodies = [_body(f"{S1} {S2} {S3}"), _body(f"{S2} {S3} {S1}"), _body(f"{S2} {S1} {S3}"),
              _body(f"{S2} {S3} We never sell your personal data to any partner."),
              _body(f"We never sell it. {S2} {S3} Ever.")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))
