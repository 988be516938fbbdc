"""perf19 (session 58): the output check answers where a hidden element of the site's classes stands
(`hiding_misplaced`) from an element of the same shape judged before on the page (`hiding_misplaced_kept`): a history
page of 1,000 versions holds 3,000 alike `policy-unseen` spans. Safety-sensitive: on many shapes (every class of the
site's hiding ones, notices and widgets among them, with `hidden` or not, a child or not, in every parent the build
writes one in and others, in the article or not, after siblings of every kind), the kept answer is the plain one,
message and fields alike, whatever was judged before it, and the whole walk finds what the plain walk finds."""
from __future__ import annotations

import random

import pytest

from policysite import safety

SPOKEN = sorted(safety.SPOKEN_IN)
CLASSES = sorted(safety.HIDING_CLASSES | safety.OWN_HIDDEN | set(safety.NOTICES) | set(safety.WIDGETS)) + [
    "x", "redline-del", "redline-ins", "redline-skip", "policy-compare", "policy-at", "md-content__inner"]
TAGS = ["span"] * 6 + ["p", "div", "form", "a", "del", "ins", "b"]
# the parents the build writes spoken words in, and near misses (another class, another tag, a class more)
PARENTS = ['<a href="../v/">', '<a class="x" href="#">', '<del class="redline-del">', '<ins class="redline-ins">',
           '<p class="redline-skip">', '<del class="redline-ins">', '<ins class="redline-ins x">', "<p>", "<del>",
           '<span class="redline-skip">', "<b>", '<div class="policy-compare">', '<div class="policy-at">']
INSIDE = ["", "", "words", " (17 janvier 2000)", "<b>bold</b>", "<!-- note -->", "a<i>b</i>"]


def _element(rng: random.Random, depth: int = 0) -> str:
    """A hidden element of the site's classes (mostly near the shape the build writes), often in a parent."""
    tag = rng.choice(TAGS)
    classes = [rng.choice(SPOKEN)] if rng.random() < 0.6 else []
    classes += rng.sample(CLASSES, rng.choice([0, 0, 1, 2])) or [rng.choice(CLASSES)]
    attributes = f' class="{" ".join(dict.fromkeys(classes))}"' + (" hidden" if rng.random() < 0.2 else "")
    inside = rng.choice(INSIDE) if depth > 1 or rng.random() < 0.8 else _element(rng, depth + 1)
    element = f"<{tag}{attributes}>{inside}</{tag}>"
    if depth == 0 and rng.random() < 0.85:
        opener = rng.choice(PARENTS)
        closer = "</" + opener[1:].split(">")[0].split(" ")[0] + ">"
        element = opener + element + closer
    return element


def _page(seed: int) -> str:
    rng = random.Random(seed)
    rows = [_element(rng) for _ in range(120)]
    # the same shapes again, so that most are answered from kept ones
    rows += [rows[rng.randrange(len(rows))] for _ in range(120)]
    notices = "".join(f'<{tag} class="{name}" hidden>n</{tag}>' for name, tag in safety.NOTICES.items())
    shuffled = list(safety.NOTICES.items())
    rng.shuffle(shuffled)
    # the same notices after the text's elements, and widgets in their part of the article and outside it: alike
    # elements and parents, another answer (their siblings, their grandparent)
    out_of_order = "".join(f'<{tag} class="{name}"{hidden}>n</{tag}>' for name, tag in shuffled
                           for hidden in ("", " hidden"))
    widgets = "".join(f'<div class="{home}"><{kind} class="{name}" hidden>w</{kind}></div>'
                      for name, (kind, home) in safety.WIDGETS.items())
    return ('<html><body><p class="policy-unseen">outside</p><div class="md-banner__inner">'
            '<p class="policy-upcoming-self" hidden>b</p></div>'
            + widgets + '<div class="md-content"><article class="md-content__inner md-typeset">' + notices + widgets
            + "".join(rows[:80]) + out_of_order + "".join(rows[80:]) + '</article></div>'
            + "".join(rows[::7]) + '</body></html>')


def _said(where: str) -> tuple[str, object, object]:
    return str(where), getattr(where, "key", None), getattr(where, "fields", None)


def test_kept_answers_are_the_plain_ones_on_many_shapes():
    kept: dict = {}  # (shared by every page, in both orders: an answer kept from any element of any page)
    judged = answered = 0
    saids: set[str] = set()
    for seed in range(12):
        tree = safety.parsed(_page(seed))
        nodes = [node for node in safety._elements(tree.root) if safety._hiding(node)]
        for node in [*nodes, *reversed(nodes)]:
            before = len(kept)
            assert _said(safety.hiding_misplaced_kept(node, kept)) == _said(safety.hiding_misplaced(node)), \
                node.html[:120]
            judged += 1
            answered += len(kept) == before
            saids.add(getattr(safety.hiding_misplaced(node), "key", ""))
    # not vacuous: most answered from kept ones, and every kind of answer among them
    assert judged > 3000 and answered > judged // 2
    assert {"", "output.hiding-placed/shape", "output.hiding-placed/spoken", "output.hiding-placed/notice",
            "output.hiding-placed/widget"} <= saids


def _plain_hiding_outside(tree, article):
    """The walk as it was: each element's place judged by `hiding_misplaced` itself."""
    held = safety.Ancestry(article)
    selector = ", ".join(f".{name}" for name in sorted(safety.HIDING_CLASSES | safety.OWN_HIDDEN))
    seen: set[int] = set()
    for node in tree.css(selector):
        if node.mem_id in seen or not (classes := safety._hiding(node)):
            continue
        seen.add(node.mem_id)
        judged, in_article = held.above(node)
        if judged:
            continue
        where = safety.hiding_misplaced(node) if in_article else "" if safety._former_banner(node) \
            else safety.Said("output.hiding-placed/theme")
        if where:
            yield node.mem_id, " ".join(sorted(classes)), _said(where)


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("judged", [True, False])
def test_the_walk_finds_what_the_plain_walk_finds(seed, judged):
    tree = safety.parsed(_page(100 + seed))
    article = tree.css_first("article.md-content__inner") if judged else None
    found = [(node.mem_id, classes, _said(where)) for node, classes, where in safety._hiding_outside(tree, article)]
    assert found == list(_plain_hiding_outside(tree, article))
    assert found  # (misplaced ones among them, outside the judged text)
