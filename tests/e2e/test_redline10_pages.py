"""The compare page shows a sentence moved and edited within a paragraph with its edit inside the moved words, and
three paragraphs merged into one, as the changes page does (hunt 10)."""
from __future__ import annotations

from e2e.test_redline8_pages import shown_both

from unit.test_redline9 import S1, S2, S3
from unit.test_redline10 import THREE


def test_the_compare_page_shows_a_moved_sentences_edit_and_a_merge_of_three_as_the_changes_page_does(
        page, site, traffic):
    old_body, new_body = THREE["three merged, first and last edited"]
    texts = (old_body.replace("## 2. Rights\n\nYou have rights.", f"## 2. Rights\n\n{S1} {S2} {S3}"),
             new_body.replace("## 2. Rights\n\nYou have rights.",
                              f"## 2. Rights\n\n{S2} {S3} We never sell your personal data to any partner."))
    result, shown, changes = shown_both(page, site, texts)
    assert shown == changes
    assert any("inserted: We never sell your personal data to deleted: anyone inserted: any partner." in words
               for _, words in shown)
    assert result.locator(".redline-moved").all_inner_texts() == [
        "3 paragraphs merged into this one.",
        "Words moved within this passage: struck where they were, inserted where they are."]
    assert traffic.errors == []
