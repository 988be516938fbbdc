"""`#top` is the page's top as browsers read it, unless an element has that id: no section's id nor alias is `top`."""
from __future__ import annotations

from policysite import anchors, document


def _policy(body: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Privacy policy\n\n{body}", path="index.md", lang="en")


def test_a_section_titled_top_is_top_1_in_the_model_and_on_the_page():
    policy = _policy("## Purpose\n\nText. [Back to top](#top)\n\n## Top\n\nOur top priorities.\n\n## TOP!\n\nMore.\n")
    assert [s.anchor for s in policy.sections] == ["purpose", "top_1", "top_2"]
    assert document.slugify("Top") == "top_1" and document.slugify("Top priorities") == "top-priorities"
    assert "top" not in anchors.own_anchors(policy)


def test_no_alias_takes_the_page_s_top():
    page = anchors.Anchors(["s1", "s2"])
    for alias in ("top", "TOP", "Top", "top-of-page"):
        page.add_alias(1, alias)
    assert page.aliases == {1: ["top-of-page"]}
