"""perf7 (session 47): the output check's walks from a page's links, alias spans and hidden elements up to the judged
text read each element's ancestors once (safety.Ancestry, kept by the element's `mem_id`), not each from the element
to the root: the same answers as a walk of every ancestor, for every element of pages of articles within articles,
the judged text among them or not."""
from __future__ import annotations

import pytest

from policysite import safety

ROW = ('<div class="policy-row"><p><a href="../2021-02-17/">17 février 2021</a>'
       '<span class="policy-unseen">(version {n})</span> <a href="https://elsewhere.example/{n}">away</a></p>'
       '<span class="policy-alias" id="old-{n}"></span></div>')

PAGES = [
    # a history page's shape: rows in the theme's article, no judged text
    '<html><body><div class="md-content"><article class="md-content__inner md-typeset">'
    + "".join(ROW.format(n=n) for n in range(40)) + '</article></div>'
    '<footer><a href="https://squidfunk.github.io/mkdocs-material/">Material</a>'
    '<span class="policy-unseen">x</span></footer></body></html>',
    # a version's page: rows in the judged article, others beside it and in an article of the theme inside it
    '<html><body><nav><a href="https://nav.example/">n</a><p class="policy-print" hidden>p</p></nav>'
    '<article class="md-content__inner md-typeset">' + ROW.format(n=1)
    + '<section><article class="md-content__inner">' + ROW.format(n=2) + '</article></section></article>'
    '<article class="md-content__inner">' + ROW.format(n=3) + '<div><article class="other">'
    + ROW.format(n=4) + '</article></div></article>' + ROW.format(n=5) + '</body></html>',
    # no article at all; deep nesting
    "<html><body>" + "<div>" * 30 + ROW.format(n=6) + "</div>" * 30 + "</body></html>",
]


def _walked(node, article) -> tuple[bool, bool]:
    """What the walks read before: each ancestor from the element's parent up, to the judged text or the root."""
    parent, themed = node.parent, False
    while parent is not None and (article is None or parent.mem_id != article.mem_id):
        themed = themed or safety._in_article(parent)
        parent = parent.parent
    return parent is not None, themed


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("judged", [True, False])
def test_ancestry_answers_as_a_walk_of_every_ancestor(page, judged):
    tree = safety.parsed(page)
    article = tree.css_first("article.md-content__inner") if judged else None
    held = safety.Ancestry(article)
    nodes = list(safety._elements(tree.root))
    assert len(nodes) > 20
    # in the page's order and in reverse (an element's answer read from a parent another element's walk kept)
    for node in [*nodes, *reversed(nodes)]:
        assert held.above(node) == _walked(node, article), node.html[:60]
    if judged and article is not None:
        assert any(held.above(node)[0] for node in nodes) and not all(held.above(node)[0] for node in nodes)
    if page.count("md-content__inner") > 1:  # (an article of the theme beside the judged text, or below it)
        assert any(held.above(node)[1] for node in nodes if not held.above(node)[0])


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("judged", [True, False])
def test_walks_find_what_they_found(page, judged):
    """The three walks, one Ancestry shared or each its own, find the same elements as an element-by-element walk."""
    tree = safety.parsed(page)
    article = tree.css_first("article.md-content__inner") if judged else None
    held = safety.Ancestry(article)
    links = [(tag, href) for tag, href in safety._theme_links(tree, article, held)]
    aliases = [node.mem_id for node in safety._aliases_outside(tree, article, held)]
    hiding = [(node.mem_id, classes, str(where)) for node, classes, where in safety._hiding_outside(tree, article, held)]
    assert links == list(safety._theme_links(tree, article))
    assert aliases == [node.mem_id for node in safety._aliases_outside(tree, article)]
    assert hiding == [(node.mem_id, c, str(w)) for node, c, w in safety._hiding_outside(tree, article)]
    every = {node.mem_id: node for node in safety._elements(tree.root)}
    assert links == [((node.tag or "").lower(), node.attributes.get("href")) for node in every.values()
                     if node.tag == "a" and (node.attributes.get("href") or "").startswith("https://")
                     and node.attributes.get("href") not in safety.THEME_LINKS and not _walked(node, article)[0]]
    assert aliases == [mem for mem, node in every.items() if "policy-alias" in safety._classes(node)
                       and not _walked(node, article)[0]]
    assert [mem for mem, _c, _w in hiding] == [
        mem for mem, node in every.items() if safety._hiding(node) and not _walked(node, article)[0]
        and (safety.hiding_misplaced(node) if _walked(node, article)[1] else "" if safety._former_banner(node)
             else "theme")]
    assert links or hiding or aliases


def test_an_element_read_each_time_is_judged_each_time_whatever_was_kept_before(monkeypatch):
    """`_page_rules_of` answers an element from the elements kept before it reads whether the rules read its words (a
    style, a script, the at page's data): such an element is never kept, so each is judged again, an identical one
    judged before or not; any other element of the same tag and attributes is judged once."""
    judged: list[str] = []
    rules = safety._page_rules

    def counted(node, theme_dirs):
        judged.append((node.tag or "").lower())
        return rules(node, theme_dirs)

    monkeypatch.setattr(safety, "_page_rules", counted)
    monkeypatch.setattr(safety, "_RULED", {})
    page = ('<html><head><style>p{color:red}</style><script>var a = 1;</script></head><body>'
            + '<p class="x">a</p><div class="policy-at-data" data-x="1">{"v": 1}</div><script>var a = 1;</script>' * 3
            + '</body></html>')
    tree = safety.parsed(page)
    for _round in range(2):
        for node in safety._elements(tree.root):
            safety._page_rules_of(node, ())
    assert judged.count("p") == 1 and judged.count("style") == 2 and judged.count("div") == 6 \
        and judged.count("script") == 8
    assert not any((key[0] or "").lower() in ("style", "script") or "policy-at-data" in repr(key[1])
                   for key in safety._RULED)
