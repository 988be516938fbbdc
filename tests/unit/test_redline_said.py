"""What the redline counts as a change of words: a block that shows none is markup, an edit of what a reader hears
(an `<abbr>`'s title) is words."""
from __future__ import annotations

import pytest

from policysite import redline
from unit.test_redline import policy

BASE = "## 1. Data\n\nWe keep data.\n\n## 2. Rights\n\nAsk us.\n"


@pytest.mark.parametrize("markup", ["<span></span>", '<span id="top"></span>', '<img src="logo.png" alt="">',
                                    "<p></p>"])
def test_a_block_showing_no_word_added_or_removed_is_a_formatting_edit_not_a_block_of_text(markup):
    """A paragraph holding only markup was a block added with nothing marked: "§1 Data (changed)" over a redline that
    showed nothing changed. It is a formatting-only edit, as a tag put around unchanged words is."""
    new = BASE.replace("We keep data.\n", f"We keep data.\n\n{markup}\n")
    for old_text, new_text in ((BASE, new), (new, BASE)):
        r = redline.diff(policy(old_text), policy(new_text, date="2030-02-01"))
        assert not r.changed and r.summary.changed == () and r.notes.formatting == 1
        assert redline.to_json(r)["sections"] == []
        text = redline.render_text(r, color=False)
        assert "No change in the text." in text and "1 formatting-only edit" in text, text


def test_a_block_with_words_or_a_link_is_still_added_and_marked():
    for extra in ("![Our logo](logo.png)", "[](https://example.test/)", "Words."):
        r = redline.diff(policy(BASE), policy(BASE.replace("We keep data.\n", f"We keep data.\n\n{extra}\n"),
                                              date="2030-02-01"))
        (added,) = [b for s in r.sections for b in s.blocks if b.kind != "unchanged"]
        assert added.kind == "added" and (added.ops or added.link_ops), extra
