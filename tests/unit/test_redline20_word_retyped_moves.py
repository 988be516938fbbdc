"""A paragraph moved whose words were retyped on the way (`client's` become `client’s`, which the engine folds: moved,
said so in every redline) is a move in Word too, its mark revised inside it (redline20): it was a paragraph deleted and
an unrelated one inserted. And a paragraph moved and edited whose kept words were retyped gives each version exactly
when every revision is accepted or rejected: its source's words were the new version's (`client’s`), rejecting every
revision gave a text neither version has."""
from __future__ import annotations

import pytest
from docx.oxml.ns import qn

from policysite import redline
from unit.test_redline import policy
from unit.test_redline14_word import read, reading
from unit.test_redline15_word import clashing_ids, out_of_order
from unit.test_redline20_rows_moved_edited import moved_in_word

A = "We collect the client's name and e-mail address when you write to us."
B = "We keep your messages for three years after your last message to us."
C = "We never sell your data to anyone, for any reason whatsoever."
OLD = f"## 1. Data\n\n{A}\n\n{B}\n\n{C}\n\n## 2. End\n\nThank you.\n"


def moved_last(a: str) -> str:
    return f"## 1. Data\n\n{B}\n\n{C}\n\n{a}\n\n## 2. End\n\nThank you.\n"


@pytest.mark.parametrize(("a", "deleted", "inserted"), [
    (A.replace("'", "’"), "'", "’"),
    (A.replace("'", "’").replace("e-mail address", "postal address"), "'e-mail", "’postal")])
def test_a_paragraph_moved_and_retyped_is_a_move(a, deleted, inserted):
    old, new = policy(OLD), policy(moved_last(a), date="2030-02-01")
    data, body, moved = moved_in_word(redline.diff(old, new))
    assert moved["moveFrom"].startswith("We collect the client") and moved["moveTo"].startswith("We collect the client")
    assert "".join(t.text for t in body.iter(qn("w:delText"))).replace(" ", "") == deleted
    assert "".join(t.text for ins in body.iter(qn("w:ins")) for t in ins.iter(qn("w:t"))).replace(" ", "") \
        == inserted
    assert out_of_order(data) == [] and clashing_ids(data) == []
    for version, accept in ((new, True), (old, False)):
        assert read(data, accept=accept) == reading(version)
