"""Every refusal of the configuration and of the theme folder's stylesheets names the file and the line (and a
stylesheet's column) of what it refuses: a legal team with a 400-line mkdocs.yml or extra.css finds it (lines1:
`mkdocs.yml: plugins: …` and `overrides/extra.css sets display …` named the file alone)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import ROOT, calls_to, copy_project
from policysite import config_lines, config_rules, css_rules, messages, settings as policy_settings, upgrade
from policysite.checks import check_project


@pytest.fixture
def files(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    return tmp_path


_FILLER = "".join(f"# line {n}: the legal team's notes\n" for n in range(1, 31))  # (no finding on line 1 by chance)

_CONFIG = _FILLER + """site_name: Acme
theme:
  name: material
  custom_dir: overrides
  font: false
  features:
    - toc.follow
    - content.tabs.link
plugins:
  - search:
      lang: fr
      separator: '[\\s]+'
  - material/projects
hooks:
  - hooks/policy.py
extra_css:
  - assets/stylesheets/policy.css
  - https://cdn.example/brand.css
markdown_extensions:
  - tables
  - pymdownx.snippets
  - toc:
      permalink: true
      marker: '[TOC]'
repo_url: https://example.com/acme/policy
"""


def _line(text: str, words: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if words in line)


def _problems(files: Path, name: str = "mkdocs.yml") -> list[str]:
    return config_rules.problems(policy_settings.load_yaml(files / name), config_file=name,
                                 files=files)


def test_each_setting_refused_is_named_at_its_line_nested_in_lists_too(files):
    (files / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
    found = [str(line) for line in _problems(files)]
    for words, said in [("content.tabs.link", "theme.features: 'content.tabs.link'"),
                        ("separator:", "plugins: search: separator:"),
                        ("material/projects", "plugins: 'material/projects'"),
                        ("cdn.example", "extra_css: 'https://cdn.example/brand.css'"),
                        ("pymdownx.snippets", "markdown_extensions: 'pymdownx.snippets'"),
                        ("marker:", "markdown_extensions: toc: marker:"),
                        ("repo_url:", "repo_url:")]:
        assert any(line.startswith(f"mkdocs.yml:{_line(_CONFIG, words)}: {said}") for line in found), (said, found)


def test_a_setting_left_out_is_named_at_the_line_it_belongs_under(files):
    """Material's default font (Google Fonts) where `theme` says none: at the `theme:` the `font: false` goes under."""
    (files / "mkdocs.yml").write_text(_CONFIG.replace("  font: false\n", ""), encoding="utf-8")
    found = [str(line) for line in _problems(files)]
    assert any(line.startswith(f"mkdocs.yml:{_line(_CONFIG, 'theme:')}: theme.font") for line in found), found


def test_what_a_configuration_inherits_is_named_at_the_line_of_the_file_that_writes_it(files):
    (files / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
    (files / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\nsite_name: Acme\nnav:\n  - index.md\n",
                                         encoding="utf-8")
    found = [str(line) for line in _problems(files, "mkdocs.en.yml")]
    assert any(line.startswith("mkdocs.en.yml:3: nav:") for line in found), found
    assert any(line.startswith(f"mkdocs.yml:{_line(_CONFIG, 'repo_url')}: repo_url") for line in found), found
    # A list the inheriting file writes replaces its parent's: its entries are named in the inheriting file
    (files / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\nplugins:\n  - search\n  - material/blog\n",
                                         encoding="utf-8")
    found = [str(line) for line in _problems(files, "mkdocs.en.yml")]
    assert any(line.startswith("mkdocs.en.yml:4: plugins: 'material/blog'") for line in found), found
    assert not any("material/projects" in line for line in found), found


def test_a_refused_configuration_names_each_file_and_line_once(files):
    """`policy publish`'s and `policy build`'s refusal: what two files share (INHERIT) is said once, at its line."""
    (files / "mkdocs.yml").write_text(_CONFIG, encoding="utf-8")
    (files / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\nsite_name: Acme\n", encoding="utf-8")
    refused = _problems(files) + _problems(files, "mkdocs.en.yml")
    said = messages.said_in(upgrade.refusal("", refused, files), "fr")
    repo = _line(_CONFIG, "repo_url")
    assert f"  mkdocs.yml:{repo}\u00a0: repo_url\u00a0:" in said, said
    assert said.count(f"mkdocs.yml:{repo}") == 1, said


_CSS = """/* The brand's colours.
   Two lines of comment above the first rule. */
:root { --md-primary-fg-color: #8a1538 }

.md-typeset h1 {
  color: #8a1538;
  /* a comment */ display: none;
}
@media print {
  .md-typeset p { visibility: hidden }
}
.md-typeset { & p { content: "x" } }
.a { background: url(https://tracker.example/p.png) }
.md-typeset p { color: #ffffff }
@import url(https://tracker.example/print.css);
"""


@pytest.mark.parametrize(("words", "column", "said"), [
    ("display: none", 19, "sets display (.md-typeset h1)"),
    ("visibility", 19, "sets visibility (.md-typeset p)"),
    ('content: "x"', 21, "sets content (.md-typeset p)"),
    ("url(", 18, "loads a file"),
    ("@import", 1, "loads a file"),
    ("@import", 1, "sets @import url(https://tracker.example/print.css):"),  # (not cut at its colon)
    ("color: #ffffff", 17, "sets color: #ffffff (.md-typeset p): a contrast of 1.0:1 with the page's background"),
    ("color: #ffffff", 17, "a contrast of 1.0:1 between color: #ffffff (.md-typeset p) and the page's background"),
])
def test_each_declaration_refused_is_named_at_its_line_and_column(words, column, said):
    found = [(place, str(why)) for place, why in css_rules.css_problems(_CSS)]
    assert any(place == (_line(_CSS, words), column) and said in why for place, why in found), found


def test_a_stylesheet_of_the_theme_folder_is_named_at_its_line_in_policy_check(files):
    """`policy check` prints the stylesheet's place in the refusal of the setting naming the folder."""
    (files / "overrides" / "assets" / "stylesheets" / "brand.css").write_text(_CSS, encoding="utf-8")
    found = [str(line) for line in config_rules.problems({"theme": {"custom_dir": "overrides"}},
                                                         config_file="mkdocs.yml", files=files)]
    line = _line(_CSS, "display: none")
    assert any(f"overrides/assets/stylesheets/brand.css:{line}:19 sets display (.md-typeset h1)" in one
               for one in found), found


def test_places_are_read_from_the_yaml_parser_s_marks(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("a:\n  b:\n    - x\n    - {c: 1}\nd: [1, 2]\n", encoding="utf-8")
    written = config_lines.places(tmp_path / "mkdocs.yml")
    assert written[("a", "b", 1, "c")] == ("mkdocs.yml", 4) and written[("d", 1)] == ("mkdocs.yml", 5)
    at = config_lines.placer("mkdocs.yml", tmp_path / "mkdocs.yml")
    assert at("a", "b", 0, "missing") == "mkdocs.yml:3" and at("missing") == "mkdocs.yml"
    (tmp_path / "bad.yml").write_text("a: [\n", encoding="utf-8")
    assert config_lines.places(tmp_path / "bad.yml") == {}


def test_policy_check_gives_the_line_of_each_configuration_finding(tmp_path):
    """The finding's own `path:line`, not `mkdocs.yml:1` for every setting."""
    root = copy_project(tmp_path / "site")
    text = (root / "mkdocs.yml").read_text(encoding="utf-8") + "repo_url: https://example.com/acme/policy\n"
    (root / "mkdocs.yml").write_text(text, encoding="utf-8")
    found = [finding for finding in check_project(root=root) if finding.rule == config_rules.RULE]
    assert [(finding.path, finding.line) for finding in found if "repo_url" in finding.message] == [
        ("mkdocs.yml", _line(text, "repo_url"))], found


def test_an_image_is_named_at_the_line_that_writes_its_address():
    """`<img src=x>` was put at the title's line, whose "Example" holds an x: the address is looked for as a word of
    its own first (`src=x`, `](x)`)."""
    from selectolax.lexbor import LexborHTMLParser

    from policysite import rendering

    body = "# Example privacy policy\n\n## 1. Examples\n\nWe <img src=x> sell it.\n\n![a chart](c.png \"x\")\n"
    tree = LexborHTMLParser('<p>We <img src="x"> sell it.</p><p><img src="c.png" alt="a chart"></p>')
    assert rendering.images(body, tree) == [(5, "x"), (7, "c.png")]


@pytest.mark.parametrize(("svg", "line", "said"), [
    (b'<svg xmlns="http://www.w3.org/2000/svg">\n  <g>\n    <rect onload="alert(1)"/>\n  </g>\n</svg>\n', 3,
     'has onload="alert(1)"'),
    # Illustrator's public DOCTYPE over two lines, taken out before parsing: the lines after it keep their numbers
    (b'<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"\n "http://www.w3.org/Graphics/SVG/1.1/'
     b'DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg">\n<script>x</script></svg>', 5, "holds a <script>"),
    (b'<svg xmlns="http://www.w3.org/2000/svg">\n\n<?xml-stylesheet href="x"?></svg>', 3, "holds a processing instruction"),
    (b'<svg xmlns="http://www.w3.org/2000/svg">\n<g>\n<!ENTITY x "y"></g></svg>', 3, "declares a DTD"),
    (b'<svg xmlns="http://www.w3.org/2000/svg">\n\n<g></svg>', 3, "ill-formed XML at line 3"),
])
def test_an_svg_of_the_theme_folder_is_named_at_the_line_it_refuses(files, svg, line, said):
    from policysite import image_rules

    assert [(at, str(why)[:len(said)]) for at, why in image_rules.svg_located(svg)] == [(line, said)]
    (files / "overrides" / "assets" / "images" / "badge.svg").write_bytes(svg)
    found = config_rules.problems({"theme": {"custom_dir": "overrides"}}, config_file="mkdocs.yml", files=files)
    assert any(f"overrides/assets/images/badge.svg:{line} {said}" in str(one) for one in found), found


def test_a_configuration_refused_nowhere_is_not_composed_again(tmp_path, monkeypatch):
    """The lines are read at the first refusal only: publishing judges the configuration of every version it builds."""
    root = copy_project(tmp_path / "site", docs=None)
    composed = calls_to(monkeypatch, config_lines, "places")
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        assert config_rules.problems(policy_settings.load_yaml(root / name), config_file=name, files=root) == []
    assert composed == []
    (root / "mkdocs.yml").write_text((root / "mkdocs.yml").read_text(encoding="utf-8") + "nav: [index.md]\n",
                                     encoding="utf-8")
    assert len(config_rules.problems(policy_settings.load_yaml(root / "mkdocs.yml"), config_file="mkdocs.yml",
                                     files=root)) == 1
    assert len(composed) == 1


def test_a_nest_of_aliases_is_walked_once(tmp_path):
    """A configuration's lines are read before its settings refuse aliases (checks' warnings read them too): nine
    levels of ten aliases each are a billion nodes walked as a tree, nine walked once."""
    nest = "a0: &a0 [x]\n" + "".join(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]\n" for n in range(1, 10))
    (tmp_path / "mkdocs.yml").write_text(nest, encoding="utf-8")
    assert config_lines.places(tmp_path / "mkdocs.yml")[("a9",)] == ("mkdocs.yml", 10)


@pytest.mark.parametrize("css", ["p { color: #333; oops }", ".a { color: #333 }\n}", "@media print { oops }", "oops"])
def test_a_stray_word_in_a_stylesheet_is_refused_at_its_place_not_a_traceback(css):
    """A typo the parser cannot read (tinycss2's ParseError, which it cannot write back) ended `policy check` with
    "TypeError: Can not serialize <ParseError invalid>": it is refused like any other text, at its line (the column
    tinycss2 gave up at: the word's or after it)."""
    lines = css.splitlines()
    line = max(n for n, text in enumerate(lines, 1) if "oops" in text or text == "}")
    column = lines[line - 1].find("oops") + 1 or 1
    found = [(place, str(why)) for place, why in css_rules.css_problems(css)]
    assert any(place[0] == line and place[1] >= column and why.startswith("cannot be read here: ") for place, why in found), found
