"""Reader20, session 45: the archive's pages (history, compare, "in force on a date", the language's 404 page) are
built with their own theme files, which publishing pruned and compacted but never trimmed: Material's whole
stylesheet, 137 kB (23 kB gzip), where a version's page is served its trimming, 80 kB (14 kB). Their stylesheets are
now trimmed as a version's are (stylesheet.trim), to what those pages and the theme's scripts can use."""
from __future__ import annotations

import re
from pathlib import Path

import material

from policy_repo import history_first, made_once
from policysite import compact, stylesheet

ROOT = Path(__file__).resolve().parents[2]
MATERIAL = Path(material.__file__).parent / "templates" / "assets" / "stylesheets"


def _source(rel: str) -> str:
    """The theme's stylesheet `rel` (`stylesheets/main.….min.css`) as a build serves it before any trimming."""
    name = rel.rpartition("/")[2]
    own = ROOT / "overrides" / "assets" / rel
    path = own if own.exists() else MATERIAL / name
    return compact.theme_file(name, path.read_bytes()).decode("utf-8")


def test_the_archive_pages_stylesheets_are_trimmings_of_the_themes(tmp_path_factory):
    project = made_once(tmp_path_factory, history_first)
    for lang in ("fr", "en"):
        linked = set()
        for page in ("history", "compare", "at"):
            html = project.show(f"{lang}/{page}/index.html")
            linked |= set(re.findall(r'href="\.\./assets/(stylesheets/[^"]+\.css)"', html))
        assert {rel.split("/")[1].split(".")[0] for rel in linked} >= {"main", "policy", "pages", "redline"}, linked
        for rel in sorted(linked):
            served, source = project.show(f"{lang}/assets/{rel}"), _source(rel)
            assert stylesheet.trimmed_from(served, source), rel
            assert len(served) < len(source), rel
        main = next(rel for rel in linked if "/main." in rel)
        assert len(project.show(f"{lang}/assets/{main}")) < 0.6 * len(_source(main))
        # what those pages use kept (the at page's date field), what only a version's page uses dropped (the
        # side-by-side page's language line)
        pages = project.show(f"{lang}/assets/stylesheets/pages.css")
        assert ".policy-at-field" in pages and ".policy-sides-lang" not in pages
        assert ".policy-sides-lang" in _source("stylesheets/pages.css")
