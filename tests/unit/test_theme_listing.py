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


def test_mkdocs_reads_a_configuration_through_libyaml_as_its_own_loader_does(tmp_path, monkeypatch):
    import yaml
    from mkdocs.config import defaults
    from mkdocs.utils import yaml as mkdocs_yaml

    build._read_configs_once()
    monkeypatch.delenv("POLICYSITE_UNSET_FOR_TEST", raising=False)
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: Example\ntheme:\n  name: material\n  language: fr\nplugins:\n  - search\n"
        "extra:\n  policy:\n    page: index.md\n    brand: Exemple\n  note: !ENV [POLICYSITE_UNSET_FOR_TEST, 'as is']\n"
        "nav:\n  - index.md\n", encoding="utf-8")
    (tmp_path / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\ntheme:\n  language: en\n", encoding="utf-8")
    loader = defaults.get_yaml_loader()
    assert issubclass(loader, yaml.CLoader) == yaml.__with_libyaml__
    with open(tmp_path / "mkdocs.en.yml", "rb") as fast, open(tmp_path / "mkdocs.en.yml", "rb") as pure:
        read = mkdocs_yaml.yaml_load(fast, loader)
        assert read == mkdocs_yaml.yaml_load(pure, mkdocs_yaml.get_yaml_loader())
    assert read["theme"] == {"name": "material", "language": "en"} and read["extra"]["note"] == "as is"


def test_the_installed_themes_are_looked_up_once_whatever_clears_mkdocs_cache():
    import mkdocs.utils

    build._read_configs_once()
    found = mkdocs.utils.get_themes()
    mkdocs.utils.get_themes.cache_clear()  # as mkdocs' Theme does at every load
    assert mkdocs.utils.get_themes() is found and {"material", "mkdocs"} <= set(mkdocs.utils.get_theme_names())


def test_templates_render_in_jinja_sandbox_with_the_themes_filters_and_translations(tmp_path):
    import pytest
    from jinja2 import DictLoader, Environment
    from jinja2.sandbox import SecurityError

    from policysite import printing

    plain = Environment(loader=DictLoader({"ok.html": "{{ 'a b'|title }} {{ 3|twice }} {{ _('Hi') }}",
                                           "bad.html": "{{ cycler.__init__.__globals__ }}"}),
                        extensions=["jinja2.ext.i18n"])
    plain.filters["twice"] = lambda n: n * 2
    plain.install_null_translations()
    safe = build.sandboxed(plain)
    assert safe.get_template("ok.html").render() == "A B 6 Hi"
    with pytest.raises(SecurityError):
        safe.get_template("bad.html").render()
    (tmp_path / "partials").mkdir()
    (tmp_path / "partials" / "policy-pdf.typ").write_text("{{ lipsum.__globals__.os }}", encoding="utf-8")
    with pytest.raises(SecurityError):
        printing._environment(str(tmp_path)).get_template("partials/policy-pdf.typ").render()
