"""perf19 (session 58): the output check's walk of a page's links outside the text (`_theme_links`) reads each link's
attributes once and never asks whether an empty target leaves the site (it does not: the parser reads it as the page
itself): a history page of 1,000 versions holds 5,000 links, each without `xlink:href`. The same links are found."""
from __future__ import annotations

import pytest

from policysite import safety

PAGE = ('<html><body><div class="md-content"><article class="md-content__inner">'
        '<a href="../2000-01-17/">v</a><a href="../2000-01-17/#s3">s</a><a href="">e</a><a>none</a>'
        '<a href="" xlink:href="https://away.example/1">x</a><a xlink:href="//away.example/2">y</a>'
        '<a href="https://away.example/3" xlink:href="https://other.example/">z</a>'
        '<a href="javascript:alert(1)">j</a><area href="https://away.example/4">'
        '<a href="https://squidfunk.github.io/mkdocs-material/">m</a><a href=" ">s</a>'
        '<svg><a xlink:href="https://away.example/5">svg</a></svg>'
        '</article></div></body></html>')


@pytest.mark.parametrize("target", ["", "#", "?", " ", "./", "../x/"])
def test_an_empty_or_relative_target_stays_on_the_site(target):
    assert safety._is_foreign(target) is False


def test_empty_targets_are_not_read_and_the_same_links_are_found(monkeypatch):
    read: list[str] = []
    foreign = safety._is_foreign

    def counted(value: str) -> bool:
        read.append(value)
        return foreign(value)

    tree = safety.parsed(PAGE)
    plain = [(tag, href) for tag, href in safety._theme_links(tree, None)]
    monkeypatch.setattr(safety, "_is_foreign", counted)
    assert list(safety._theme_links(tree, None)) == plain
    assert "" not in read
    assert plain == [("a", "https://away.example/1"), ("a", "//away.example/2"), ("a", "https://away.example/3"),
                     ("area", "https://away.example/4"), ("a", "https://away.example/5")]
