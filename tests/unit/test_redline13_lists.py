"""A numbered list whose items are numbered anew because an item was inserted or removed before them (redline13): one
formatting-only edit of the list (the text may cite an item by its number), not one for each item ("3 formatting-only
edits" for one item inserted read as every item edited). A list whose first number changed is an edit of each item's
numbering, as before. Python and the browser agree."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from unit.test_redline import policy
from unit.test_redline9 import _body

ITEMS = ["Premier élément de la liste", "Deuxième élément de la liste", "Troisième élément de la liste"]


def _list(items: list[str], *, start: int = 1, depth: int = 0) -> str:
    return "\n".join(f"{'    ' * depth}{start + k}. {item}" for k, item in enumerate(items))


@pytest.mark.parametrize(("old", "new", "formatting"), [
    (_list(ITEMS), _list(["Un élément inséré au début", *ITEMS]), 1),  # inserted first: 2 3 4
    (_list(ITEMS), _list([ITEMS[0], "Un élément inséré au milieu", *ITEMS[1:]]), 1),
    (_list(["Un élément retiré du début", *ITEMS]), _list(ITEMS), 1),  # removed: 2 3 4 → 1 2 3
    # a nested list numbered anew under its item
    ("1. Le parent\n" + _list(ITEMS, depth=1), "1. Le parent\n" + _list(["Un nouvel enfant", *ITEMS], depth=1), 1),
    # two lists numbered anew: each said once
    (_list(ITEMS) + "\n\nEntre les listes.\n\n" + _list(ITEMS),
     _list(["Inséré", *ITEMS]) + "\n\nEntre les listes.\n\n" + _list(["Inséré", *ITEMS]), 2),
    # the list's first number changed: every item shows another number, an edit of its numbering
    (_list(ITEMS), _list(ITEMS, start=4), 3),
])
def test_items_numbered_anew_by_their_place_are_no_edit(old, new, formatting):
    r = redline.diff(policy(_body(old)), policy(_body(new), date="2030-02-01"))
    assert r.notes.formatting == formatting


def test_numbered_lists():
    blocks = policy(_body("3. un\n4. deux\n    1. a\n    2. b\n5. trois\n\nUn paragraphe.\n\n7. sept")).sections[0].blocks
    assert [(b.number, s) for b, s in zip(blocks, redline.engine.numbered_lists(blocks)) if b.kind == "item"] == [
        (3, (1, 3)), (4, (1, 3)), (1, (2, 1)), (2, (2, 1)), (5, (1, 3)), (7, (3, 7))]


def test_the_browser_says_lists_numbered_anew_as_policy_py_does():
    bodies = [_list(ITEMS), _list(["Un élément inséré au début", *ITEMS]), _list(ITEMS, start=4),
              "1. Le parent\n" + _list(["Un nouvel enfant", *ITEMS], depth=1), "1. Le parent\n" + _list(ITEMS, depth=1),
              _list(["Inséré", *ITEMS]) + "\n\nEntre les listes.\n\n" + _list(["Inséré", *ITEMS])]
    _check(list(itertools.permutations([synthetic_policy("2030-01-15", sections=_body(b)) for b in bodies], 2)))
