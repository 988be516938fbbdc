"""Session 44, perf3: the classes a version's build can write whatever its text (written.of_build), which its
stylesheets' trimming keeps, so that versions of one theme build share one theme folder (issue 16)."""
from __future__ import annotations

from pathlib import Path

from policysite import building, stylesheet, written

ROOT = Path(__file__).resolve().parents[2]


def _theme(tmp_path: Path) -> tuple[Path, Path]:
    own, theme = tmp_path / "own", tmp_path / "theme"
    (own / "partials").mkdir(parents=True)
    (theme / "partials").mkdir(parents=True)
    (own / "main.html").write_text('{% extends "base.html" %}{# a comment naming tabbed-set #}\n'
                                   '{% block content %}{% include "partials/mine.html" %}{% endblock %}\n',
                                   encoding="utf-8")
    (own / "partials" / "mine.html").write_text(
        '{% if x %}<div class="policy-rare redline-block-{{ kind }}">{% endif %}\n'
        '{% set c = "redline-row-" ~ kind %}<!-- md-post -->\n'
        '<script>for(var s of document.querySelectorAll(".tabbed-set .tabbed-labels"))s.classList.add("policy-js")'
        '</script>\n', encoding="utf-8")
    (own / "partials" / "unrendered.html").write_text('<div class="policy-elsewhere"></div>', encoding="utf-8")
    (theme / "base.html").write_text('<div class="md-tabs">{% include "partials/footer.html" %}</div>',
                                     encoding="utf-8")
    (theme / "partials" / "footer.html").write_text('<footer class="md-footer"></footer>', encoding="utf-8")
    (own / "partials" / "footer.html").write_text('<footer class="policy-foot"></footer>', encoding="utf-8")
    return own, theme


def test_the_own_templates_a_build_renders_are_read_with_their_includes_through_the_themes(tmp_path):
    own, theme = _theme(tmp_path)
    names = written.of_build(own=[own], dirs=[own, theme], templates=("main.html",), extensions={})
    # the own templates reached, even through the theme's (its footer overridden), their built classes as prefixes
    assert {"policy-rare", "policy-foot", "policy-js"} <= names.words
    assert names.has_class("redline-block-added") and names.has_class("redline-row-changed")
    # never the theme's own (its classes are on every page of the build), a template nothing renders, nor comments
    assert not {"md-tabs", "md-footer", "policy-elsewhere", "tabbed-set", "md-post"} & names.words
    # nor what a script only selects (a theme's script copied under its condition: reader19's content.html)
    assert "tabbed-labels" not in names.words


def test_the_package_code_and_the_markdown_extensions_classes_are_kept(tmp_path):
    names = written.of_build(own=[], dirs=[], templates=(), extensions={"toc": {"permalink": True}, "tables": None})
    assert {"policy-alias", "policy-since", "headerlink", "toclink"} <= names.words


def test_a_version_whose_pages_hold_no_redline_keeps_the_redline_rules_a_later_version_needs():
    css = (ROOT / "overrides" / "assets" / "stylesheets" / "redline.css").read_text(encoding="utf-8")
    theme = ROOT / ".venv"  # (not read: the project's own templates only)
    names = written.of_build(own=[ROOT / "overrides"], dirs=[ROOT / "overrides", theme],
                             templates=building.VERSION_TEMPLATES, extensions={})
    plain = '<article class="md-content__inner md-typeset"><p>x</p></article>'
    with_redline = ('<article class="md-content__inner md-typeset"><div class="redline-block redline-block-added">'
                    '<div class="redline-item redline-numbered"><p>x</p></div></div></article>')
    first = stylesheet.trim_all({"r": css}, pages=[plain], scripts=[], written=names)
    second = stylesheet.trim_all({"r": css}, pages=[with_redline], scripts=[], written=names)
    assert first == second and ".redline-block-added" in first["r"]
    assert stylesheet.trim_all({"r": css}, pages=[plain], scripts=[]) != second  # (what the pages alone kept)
