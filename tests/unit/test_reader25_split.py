"""Reader25: a section split in two since the version before, its heading naming the sections split off it."""
from __future__ import annotations

from policysite import anchors, document

BEFORE = ("# Privacy policy\n\n## 1. Purpose\n\nThis text describes how we process your personal data.\n\n"
          "## 2. Data we collect\n\nWe collect your name, your email address and your telephone number.\n\n"
          "We keep this data three years after the contract ends, then we delete all of it.\n\n"
          "## 3. Your rights\n\nYou may ask for access to, correction or erasure of your data at any time.\n")
AFTER = BEFORE.replace("\n\nWe keep this", "\n\n## 3. How long we keep it\n\nWe keep this").replace(
    "## 3. Your rights", "## 4. Your rights")


def test_the_section_split_off_another_is_named_on_the_half_that_kept_its_place():
    policy = document.parse(AFTER, path="page", lang="en")
    assert anchors.split_off(BEFORE, policy, lang="en") == {1: [2]}
    assert anchors.split_off(AFTER, policy, lang="en") == {}  # the same text: nothing split
    found = anchors.page_anchors(policy)
    found.split = {1: [2]}
    html = '<h2 id="s1">1. Purpose</h2><h2 id="s2">2. Data we collect</h2><h2 id="s3">3. How long</h2>'
    assert anchors.with_aliases(html, found) == html.replace('<h2 id="s2">', '<h2 id="s2" data-policy-split-off="s3">')
    assert found.copy().split == {1: [2]}
