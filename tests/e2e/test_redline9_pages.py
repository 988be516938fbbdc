"""The compare page says two paragraphs merged, and words moved within a paragraph, as the changes page does
(hunt 9)."""
from __future__ import annotations

from e2e.test_redline8_pages import shown_both

from unit.test_redline9 import MERGED, S1, S2, S3


def test_the_compare_page_says_paragraphs_merged_and_words_moved_as_the_changes_page_does(page, site, traffic):
    old_body, new_body = MERGED["merged, a word changed"]
    texts = (old_body.replace("## 2. Rights\n\nYou have rights.", f"## 2. Rights\n\n{S1} {S2} {S3}"),
             new_body.replace("## 2. Rights\n\nYou have rights.", f"## 2. Rights\n\n{S2} {S3} {S1}"))
    result, shown, changes = shown_both(page, site, texts)
    assert shown == changes
    said = result.locator(".redline-moved").all_inner_texts()
    assert said == ["2 paragraphs merged into this one.",
                    "Words moved within this passage: struck where they were, inserted where they are."]
    assert traffic.errors == []
