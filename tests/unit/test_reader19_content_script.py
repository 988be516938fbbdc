"""Reader19, session 44: Material's partials/javascripts/content.html wrote, on every page, a script opening the content
tab an address names (pymdownx.tabbed), allowed by its hash in every page's Content-Security-Policy: 135 B gzip of every
first visit of a site whose texts can have no content tabs (bench/README.md). The theme's template as the build's
Jinja environment finds it (the overrides first)."""
from __future__ import annotations

from pathlib import Path

import material
from jinja2 import ChoiceLoader, Environment, FileSystemLoader

ROOT = Path(__file__).resolve().parent.parent.parent
TEMPLATE = "partials/javascripts/content.html"


def _render(extensions: list[str], features: list[str]) -> str:
    env = Environment(loader=ChoiceLoader([FileSystemLoader(ROOT / "overrides"),
                                           FileSystemLoader(Path(material.__file__).parent / "templates")]))
    return env.get_template(TEMPLATE).render(config={"markdown_extensions": extensions}, features=features)


def test_no_tab_script_where_the_configuration_has_no_content_tabs():
    assert "<script" not in _render(["toc", "tables", "attr_list", "sane_lists"], ["toc.follow", "navigation.top"])


def test_no_site_can_have_content_tabs_so_the_override_keeps_no_copy_of_the_themes_scripts(tmp_path):
    """Reader20, session 45: the override kept Material's two scripts for a configuration listing pymdownx.tabbed,
    which the configuration's check refuses (config_rules.EXTENSIONS): a copy of the theme's code that nothing
    could write, to port when the theme changes (its end of life, May 2027). It writes nothing whatever the
    configuration, and holds no script."""
    import shutil

    from policysite import config_rules

    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks")
    refused = config_rules.problems({"markdown_extensions": ["toc", "pymdownx.tabbed"]}, config_file="mkdocs.yml",
                                    files=tmp_path)
    assert any("pymdownx.tabbed" in problem for problem in refused), refused
    assert "<script" not in _render(["pymdownx.tabbed"], ["content.tabs.link"])
    assert "<script" not in (ROOT / "overrides" / TEMPLATE).read_text(encoding="utf-8")


def test_a_page_published_with_the_themes_tab_script_still_passes_the_output_check():
    """The versions published before keep the script (the archive is never rebuilt silently): the output check still
    knows it as the theme's own, from the override's branch that writes it."""
    from test_safety import page, violations

    script = ('<script>var target=document.getElementById(location.hash.slice(1));target&&target.name&&'
              '(target.checked=target.name.startsWith("__tabbed_"))</script>')
    assert violations(page().replace("</body>", script + "</body>")) == []
    assert any("script" in v for v in violations(page().replace("</body>", "<script>alert(1)</script></body>")))
