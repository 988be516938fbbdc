"""The theme's file list, read once per process for an installed theme, again for a project's own folder."""
from __future__ import annotations

from pathlib import Path

import material
from jinja2 import FileSystemLoader

from policysite import build

MATERIAL = str(Path(material.__file__).parent / "templates")


def test_an_installed_theme_is_listed_once_as_jinja_lists_it():
    def keep(name: str) -> bool:
        return name.endswith(".js")

    first = build._listing(MATERIAL, (), None)
    assert first == frozenset(FileSystemLoader(MATERIAL).list_templates())
    assert build._listing(MATERIAL, (), None) is first  # cached
    kept = build._listing(MATERIAL, (), keep)
    assert kept and kept == {name for name in first if keep(name)}
    assert build._listing(MATERIAL, (), lambda name: False) is kept  # the same rules for one theme's key


def test_a_project_folder_is_listed_again_each_time(tmp_path):
    (tmp_path / "main.html").write_text("x", encoding="utf-8")
    assert build._listing(str(tmp_path), (), None) == {"main.html"}
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "footer.html").write_text("x", encoding="utf-8")
    assert build._listing(str(tmp_path), (), None) == {"main.html", "partials/footer.html"}
