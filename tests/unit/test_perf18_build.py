"""perf18: a theme's static files listed for MkDocs without walking the folders its filter refuses whole (Material's
`.icons`, 14,348 of its 14,509 files: some 60 ms of each command's CPU), the same files listed."""
from __future__ import annotations

import os
from pathlib import Path
from types import SimpleNamespace

from jinja2 import FileSystemLoader
from mkdocs.structure.files import Files

from policysite import build

FILES = (".icons/material/a.svg", ".icons/b.svg", "assets/x.js", "assets/.hidden/y.js", "assets/.dot.js", ".top.js",
         "partials/p.html", "assets/README.md", "sub/.dot/deeper/z.css", "z.css", "404.html", "mkdocs_theme.yml",
         "locales/fr.html", "assets/icons.md", "assets/images/favicon.png")


def _mkdocs_filter(theme: Path):
    """The filter MkDocs itself hands the theme's environment when it lists the theme's static files."""
    handed = []

    def list_templates(*, filter_func):
        handed.append(filter_func)
        return []
    Files([]).add_files_from_theme(SimpleNamespace(list_templates=list_templates), SimpleNamespace(
        theme=SimpleNamespace(static_templates=["404.html"], dirs=[str(theme)])))
    return handed[0]


def test_mkdocs_own_filter_lists_the_same_files_without_walking_the_folders_it_refuses(tmp_path, monkeypatch):
    theme = tmp_path / "theme"
    for name in FILES:
        (theme / name).parent.mkdir(parents=True, exist_ok=True)
        (theme / name).write_text("x", encoding="utf-8")
    kept = _mkdocs_filter(theme)
    every = FileSystemLoader(str(theme)).list_templates()
    walked: list[str] = []
    walk = os.walk

    def watched(top, *args, **kwargs):
        for at, below, names in walk(top, *args, **kwargs):
            walked.append(os.path.relpath(at, top))
            yield at, below, names
    monkeypatch.setattr(os, "walk", watched)
    found = build._listing(str(theme), ("404.html",), kept)
    assert found == frozenset(filter(kept, every)) == {"assets/x.js", "assets/images/favicon.png", "z.css"}
    assert walked and not [at for at in walked if at != "." and (at.startswith(".") or "/." in at)]
    # another filter (a plugin's) is handed the whole listing, hidden folders too; and so is the unfiltered listing
    assert build._listing(str(theme), ("404.html",), lambda name: name.endswith(".svg")) == {
        ".icons/material/a.svg", ".icons/b.svg"}
    assert build._listing(str(theme), ("404.html",), None) == frozenset(every)
