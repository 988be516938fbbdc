"""anchors.with_aliases marks a built page's headings (their aliases, dated ids and splits) in one pass over the page,
not one regular expression compiled, searched from the page's top and the page copied again a section: 5 ms a language
of each version a history builds (perf20). Its answer is the one-at-a-time marking's, shown on random pages."""
from __future__ import annotations

import random
import re

from policysite import anchors
from policysite.anchors import Anchors


def _one_at_a_time(html: str, found: Anchors, *, versions: tuple[str, ...] = ()) -> str:
    """with_aliases as it was written before perf20: the reference."""
    since = anchors.since_ids(found, versions)
    for index in sorted(set(found.aliases) | set(since) | set(found.split)):
        aliases = found.aliases.get(index, [])
        anchor = found.ids[index]
        spans = "".join(f'<span class="policy-alias" id="{anchors._attr(a)}"></span>' for a in aliases) + \
            "".join(f'<span class="policy-since" id="{anchors._attr(a)}"></span>' for a in since.get(index, []))
        match = re.compile(rf'<h[1-6] id="{re.escape(anchors._attr(anchor))}"[^>]*>').search(html)
        if match:
            cuts = found.split.get(index, [])
            split = " ".join(anchors._attr(found.ids[j]) for j in cuts)
            on = " ".join(found.split_on.get((index, j)) or "-" for j in cuts)
            opened = match.group()[:-1] + (f' data-policy-split-off="{split}"' if split else "") + \
                (f' data-policy-split-on="{on}"' if split and on.strip("- ") else "") + ">"
            html = html[:match.start()] + opened + spans + html[match.end():]
    if found.removed:
        title = html.find("</h1>")
        at = title + len("</h1>") if title >= 0 else 0
        spans = "".join(f'<span class="policy-alias" {anchors.REMOVED_ATTRIBUTE}="{anchors._attr(a)}"></span>'
                        for a in found.removed)
        html = html[:at] + spans + html[at:]
    return html


_NAMES = ["s1", "s2", "s3", "s3-1", "a&b", "x<y", 'q"t', "dpo", "cookies", "été", "2021-02-17.s3"]
_DATES = ["2021-02-17", "2022-03-01", "2023-05-10"]


def _random_case(rng: random.Random) -> tuple[str, Anchors, tuple[str, ...]]:
    ids = rng.sample(_NAMES, rng.randint(1, 6))
    if rng.random() < 0.2:  # (a page whose two sections share an id: both marked on its first heading)
        ids.append(rng.choice(ids))
    found = Anchors(ids)
    for index in range(len(ids)):
        for _ in range(rng.randint(0, 2)):
            found.add_alias(index, rng.choice([f"{rng.choice(_DATES)}.{rng.choice(_NAMES)}", f"old-{rng.randint(0, 9)}",
                                                rng.choice(_NAMES) + "-t"]))
        if len(ids) > 1 and rng.random() < 0.3:
            cut = rng.randrange(len(ids))
            found.add_split(index, cut, on=rng.choice(["", *_DATES]))
    if rng.random() < 0.3:
        found.removed.append(f"{rng.choice(_DATES)}.s9")
    parts = [f"<h1 id=\"{anchors._attr('title')}\">Title</h1>" if rng.random() < 0.8 else "<p>no title</p>"]
    for _ in range(rng.randint(0, 9)):
        name = anchors._attr(rng.choice(_NAMES + ["other"]))
        level = rng.randint(1, 6)
        extra = rng.choice(["", ' class="x"', ' tabindex="-1" data-a="b"'])
        parts.append(rng.choice([f'<h{level} id="{name}"{extra}>Heading</h{level}>\n<p>text</p>',
                                 f'<h{level} class="first" id="{name}">not this form</h{level}>',
                                 f'<h{level} id="{name}"{extra}>', "<p>between &amp; after</p>\n"]))
    return "".join(parts), found, tuple(rng.sample(_DATES, rng.randint(0, 3)))


def test_the_headings_marked_in_one_pass_are_those_marked_one_at_a_time():
    rng = random.Random(20)
    marked = 0
    for _ in range(2000):
        html, found, versions = _random_case(rng)
        expected = _one_at_a_time(html, found.copy(), versions=versions)
        assert anchors.with_aliases(html, found, versions=versions) == expected, (html, found, versions)
        marked += expected != html
    assert marked > 600  # (most cases mark something: the comparison is not of pages left alone)


def test_a_heading_tag_inside_another_s_attribute_is_marked_as_before():
    found = Anchors(["a", "b"], {0: ["old-a"], 1: ["old-b"]})
    html = '<h2 id="a" title=\'<h3 id="b">\'>A</h2><h3 id="b">B</h3>'
    assert anchors.with_aliases(html, found) == _one_at_a_time(html, found.copy())


def test_a_page_of_many_sections_is_marked_without_a_pattern_a_section(monkeypatch):
    ids = [f"s{n}" for n in range(1, 61)]
    found = Anchors(ids, {index: [f"title-{index}", f"2021-02-17.s{index + 2}"] for index in range(60)})
    html = "<h1 id=\"t\">T</h1>" + "".join(f'<h2 id="{name}">Section {name}</h2><p>{"words " * 40}</p>' for name in ids)
    expected = _one_at_a_time(html, found.copy(), versions=("2021-02-17", "2022-03-01"))
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda pattern, flags=0: compiled.append(pattern) or real(pattern, flags))
    assert anchors.with_aliases(html, found, versions=("2021-02-17", "2022-03-01")) == expected
    assert len([p for p in compiled if isinstance(p, str) and p.startswith("<h[1-6]")]) == 0
