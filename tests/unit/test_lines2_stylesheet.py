"""A stylesheet's typo is said as one (`cannot be read here: “oops” (p)`) at the place the unread text starts, in each
language; a rule at the stylesheet's top (`@import …`) is said without the empty brackets of a selector it has not
(lines2: both read `sets ? (p)`, `sets @import url(x.css) ()`)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from helpers import ROOT
from policysite import config_rules, css_rules, messages


def _said(css: str, lang: str = "en") -> list[tuple[tuple[int, int], str]]:
    return [(place, messages.said_in(why, lang)) for place, why in css_rules.css_problems(css)]


@pytest.mark.parametrize(("css", "place", "text", "selector"), [
    ("p { color: #333; oops }", (1, 18), "oops", " (p)"),
    (".md-typeset p {\r\n  color: #333;\r\n  oops\r\n}\r\n", (3, 3), "oops", " (.md-typeset p)"),
    ("p { color red }", (1, 5), "color red", " (p)"),
    ("p { color: #333; 12px }", (1, 18), "12px", " (p)"),
    (".a { color: #333 }\n}", (2, 1), "}", ""),
    ("@media print { oops }", (1, 16), "oops", ""),
    ("p { color: #333 } q", (1, 19), "q", ""),
    ("oops", (1, 1), "oops", ""),
])
def test_a_typo_is_said_as_one_where_it_starts(css, place, text, selector):
    tail = ": a stylesheet holds rules (`selector { property: value; }`) only: a browser skips what it cannot read"
    assert [(at, said[:len(f"cannot be read here: “{text}”{selector}{tail}")]) for at, said in _said(css)] == [
        (place, f"cannot be read here: “{text}”{selector}{tail}")]
    assert _said(css, "fr")[0][1].startswith(f"ne peut être lu ici\u00a0: «\u00a0{text}\u00a0»{selector}\u00a0: une "
                                             f"feuille de style ne contient que des règles")


def test_two_typos_of_one_rule_are_each_said_at_its_place():
    assert [(at, said[:27]) for at, said in _said("p {\n  oops;\n  color: #333;\n  12px\n}\n")] == [
        ((2, 3), "cannot be read here: “oops”"), ((4, 3), "cannot be read here: “12px”")]


@pytest.mark.parametrize(("css", "said"), [
    ("@import url(x.css);", "sets @import url(x.css): a stylesheet of the project's own sets colours"),
    ('@charset "utf-8";', 'sets @charset "utf-8": a stylesheet of the project\'s own sets colours'),
    ("@font-face { font-family: Wingdings }", "sets font-family: Wingdings: a symbol font draws"),
    ("p { display: none }", "sets display (p): a stylesheet of the project's own sets colours"),
])
def test_a_rule_without_a_selector_is_said_without_empty_brackets(css, said):
    assert any(text.startswith(said) for _at, text in _said(css)), _said(css)
    assert not any(re.search(r"\(\)\s*:", text) for _at, text in _said(css) + _said(css, "fr")), _said(css, "fr")


def test_policy_check_names_the_typo_at_its_file_line_and_column(tmp_path: Path):
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    (tmp_path / "overrides" / "assets" / "stylesheets" / "brand.css").write_text(
        "/* the brand */\n.md-typeset p {\n  color: #333;\n  oops\n}\n", encoding="utf-8")
    found = [messages.said_in(line, "fr") for line in config_rules.problems(
        {"theme": {"custom_dir": "overrides"}}, config_file="mkdocs.yml", files=tmp_path)]
    assert any("overrides/assets/stylesheets/brand.css:4:3 ne peut être lu ici\u00a0: «\u00a0oops\u00a0» "
               "(.md-typeset p)" in line for line in found), found
