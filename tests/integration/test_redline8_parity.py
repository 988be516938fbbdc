"""The compare page's engine (redline.js) gives what `policy diff` gives on the real edits of hunt 8."""
from __future__ import annotations

import itertools

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from unit.test_redline8 import FR


def test_typographic_marks_are_compared_as_the_plain_ones_in_the_browser_too():
    bodies = [FR, FR.replace("L'utilisateur peut", "L’utilisateur peut"), FR.replace("## 2. L'exercice",
                                                                                     "## 2. L’exercice"),
              FR.replace("| l'adresse |", "| l’adresse |").replace("Écrivez-nous", "Écrivez\u2011nous"),
              FR.replace("L'utilisateur peut demander", "L’utilisateur peut exiger")]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))


def test_blocks_moved_are_found_alike_in_the_browser():
    from unit.test_redline8 import MOVED, MOVES

    bodies = [MOVES, *MOVED.values()]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))
