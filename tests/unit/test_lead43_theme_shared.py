"""Session 43, lead: a version's theme files are the same whichever list depths its redline holds, so the versions of
one theme build share one theme folder (issue 16). The build trims each stylesheet to the classes its pages and
scripts hold (stylesheet.trim); reader18's `.redline-depth-0` rule was trimmed away in a version whose redline held
no list (the first, which has none), and an archive of three versions served two theme folders a language."""
from __future__ import annotations

import re
from pathlib import Path

from policysite import stylesheet

ROOT = Path(__file__).resolve().parents[2]
CSS = (ROOT / "overrides" / "assets" / "stylesheets" / "redline.css").read_text(encoding="utf-8")


def _trimmed(*classes: str) -> str:
    page = f'<div class="redline-block {" ".join(classes)}"><p>x</p></div>'
    return stylesheet.trim(CSS, stylesheet.names_of([page], []))


def test_the_redline_stylesheet_is_the_same_whichever_depths_a_versions_redline_holds():
    none, some, deep = _trimmed(), _trimmed("redline-depth-0"), _trimmed("redline-depth-0", "redline-depth-7")
    assert none == some == deep


def test_every_depth_the_css_indents_is_kept_for_the_compare_page_which_writes_its_class_by_concatenation():
    depths = sorted(set(re.findall(r"redline-depth-(\d+)\)", CSS)))
    assert depths == [str(n) for n in range(10)]
    kept = _trimmed()
    for depth in depths:
        assert f".redline-depth-{depth})" in kept, depth
