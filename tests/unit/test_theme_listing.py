"""The theme's file list, read once per process for an installed theme, again for a project's own folder."""
from __future__ import annotations

import re
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


def test_mkdocs_reads_a_configuration_as_the_checks_do_plain_data_only(tmp_path):
    """MkDocs' own loader is PyYAML's full one: a pull request's mkdocs.yml could run a command when read, and
    `!ENV` put the build machine's environment into the pages. Builds read configurations with the checks'."""
    import pytest
    from mkdocs.config import defaults
    from mkdocs.exceptions import ConfigurationError
    from mkdocs.utils import yaml as mkdocs_yaml

    from policysite import settings

    build._read_configs_once()
    config = ("site_name: Example\ntheme:\n  name: material\n  language: fr\nplugins:\n  - search\n"
              "markdown_extensions:\n  - toc:\n      slugify: !!python/name:policysite.document.slugify\n"
              "extra:\n  policy:\n    page: index.md\nnav:\n  - index.md\n")
    (tmp_path / "mkdocs.yml").write_text(config, encoding="utf-8")
    (tmp_path / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\ntheme:\n  language: en\n", encoding="utf-8")
    loader = defaults.get_yaml_loader()
    assert loader is settings.ConfigLoader
    with open(tmp_path / "mkdocs.en.yml", "rb") as ours, open(tmp_path / "mkdocs.en.yml", "rb") as theirs:
        read = mkdocs_yaml.yaml_load(ours, loader)
        assert read == mkdocs_yaml.yaml_load(theirs, mkdocs_yaml.get_yaml_loader())
    assert read["theme"] == {"name": "material", "language": "en"}
    assert read["markdown_extensions"][0]["toc"]["slugify"].__name__ == "slugify"
    for line, says in (("x: !!python/object/apply:os.system [\"true\"]", "!!python/object/apply:os.system is refused"),
                       ("x: !!python/name:os.system", "!!python/name:os.system is refused"),
                       ("x: !ENV [HOME, '']", "!ENV is refused: it would put the build machine's environment")):
        (tmp_path / "mkdocs.yml").write_text(config + line + "\n", encoding="utf-8")
        with pytest.raises(settings.SettingsError, match=re.escape(says)):
            settings.load_yaml(tmp_path / "mkdocs.yml")
        with open(tmp_path / "mkdocs.yml", "rb") as fd, pytest.raises(ConfigurationError, match=re.escape(says)):
            mkdocs_yaml.yaml_load(fd, loader)


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


def test_inherit_names_a_configuration_beside_it_and_nothing_elsewhere(tmp_path):
    """`INHERIT: ../../outside.yml` read a file from outside the project into the pages (a security hunt)."""
    import pytest

    from policysite import settings

    (tmp_path / "outside.yml").write_text("site_description: a secret of the build machine\n", encoding="utf-8")
    project = tmp_path / "project"
    project.mkdir()
    (project / "mkdocs.yml").write_text("site_name: Example\n", encoding="utf-8")
    for inherited in ("../outside.yml", str(tmp_path / "outside.yml"), "sub/mkdocs.yml"):
        (project / "mkdocs.en.yml").write_text(f"INHERIT: {inherited}\n", encoding="utf-8")
        with pytest.raises(settings.SettingsError, match=r"INHERIT: .* is refused: a configuration inherits one"):
            settings.load_yaml(project / "mkdocs.en.yml")
    (project / "mkdocs.en.yml").write_text("INHERIT: mkdocs.yml\ntheme:\n  language: en\n", encoding="utf-8")
    assert settings.load_yaml(project / "mkdocs.en.yml") == {"site_name": "Example", "theme": {"language": "en"}}


def test_a_build_leaves_out_the_static_pages_asked_without_changing_the_shared_theme(tmp_path):
    """A dated version's build does not render the theme's 404.html (no host serves it: the archive's is the
    site's), while another build of the same process and theme still writes it."""
    from policysite import settings

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Title\n\nText.\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: Example\nsite_url: https://example.test/\ntheme:\n"
                                         "  name: material\n  language: en\n", encoding="utf-8")
    language = settings.Language("en", "English", "mkdocs.yml")
    build.build_language(tmp_path, language, site_dir=tmp_path / "version", share_theme=True,
                         unrendered=("404.html",))
    build.build_language(tmp_path, language, site_dir=tmp_path / "archive", share_theme=True)
    assert not (tmp_path / "version" / "404.html").exists()
    assert (tmp_path / "version" / "sitemap.xml").is_file() and (tmp_path / "version" / "index.html").is_file()
    assert (tmp_path / "archive" / "404.html").is_file()


def test_a_refused_configuration_names_each_problem_once_on_a_line_of_its_own(tmp_path):
    """Hunt 41: a site an earlier generator made was refused in one line of some 6,000 characters, each problem twice
    (mkdocs.yml's and mkdocs.en.yml's), `policy upgrade` named last. Each problem is said once, after the files that
    have it, on a line of its own; a line naming no configuration file is kept as it is."""
    from policysite import upgrade
    from policysite.messages import Said, prefixed, said_in

    said = upgrade.refusal("1a2b3c4d5e", [
        "mkdocs.yml: extra_css: a stylesheet of another host", "mkdocs.en.yml: extra_css: a stylesheet of another host",
        "mkdocs.en.yml: theme.font: a web font", "fonts/x.ttf: a symbolic link"], tmp_path)
    assert said == ("the configuration at 1a2b3c4 is refused:\n"
                    "  mkdocs.yml, mkdocs.en.yml: extra_css: a stylesheet of another host\n"
                    "  mkdocs.en.yml: theme.font: a web font\n"
                    "  fonts/x.ttf: a symbolic link")
    # the theme's files not this generator's (here: none at all): what to do, on the first line
    first = upgrade.refusal("", ["mkdocs.yml: overrides/main.html: not the generator's"], tmp_path).splitlines()[0]
    assert first.startswith("the configuration is refused (") and first.endswith("`policy upgrade` brings this one's):")
    # words 29: on a French site, in French, each problem in its words
    french = said_in(upgrade.refusal("", [prefixed("mkdocs.yml", Said("config.nav")),
                                          prefixed("mkdocs.en.yml", Said("config.nav"))], tmp_path), "fr")
    assert french == ("la configuration est refusée\u00a0:\n  mkdocs.yml, mkdocs.en.yml\u00a0: nav\u00a0: le générateur écrit "
                      "lui-même la navigation du site\u202f; une navigation propre au projet imprimerait sur chaque page "
                      "des mots et des liens (vers un autre site, par exemple) qu'aucune vérification ne lit\u00a0: "
                      "supprimez-la")


def test_the_configuration_is_read_without_importing_mkdocs(tmp_path):
    """`policy check` reads the configuration and raised none of MkDocs' errors, yet imported MkDocs' exceptions (and
    click with them: some 12 ms of every check) to have one at hand; it imports them where one is raised, and a
    configuration that cannot be read is MkDocs' ConfigurationError as before."""
    import subprocess
    import sys

    import pytest

    from helpers import one_language_project

    project = one_language_project(tmp_path / "site")
    code = ("import sys; from pathlib import Path; from policysite import settings; settings.load(Path.cwd()); "
            "print(sorted(name for name in sys.modules if name.split('.')[0] in ('mkdocs', 'click')))")
    env = {"PYTHONPATH": str(Path(build.__file__).parents[1]), "PATH": "/usr/bin"}
    run = subprocess.run([sys.executable, "-c", code], cwd=project, capture_output=True, text=True, env=env)
    assert (run.returncode, run.stdout, run.stderr) == (0, "[]\n", "")
    from mkdocs.exceptions import ConfigurationError

    from policysite import settings

    for written, says in (("x: [", "MkDocs encountered an error parsing the configuration file"),
                          ("INHERIT: ../mkdocs.yml", "INHERIT: '../mkdocs.yml' is refused"),
                          ("INHERIT: other.yml", "Inherited config file 'other.yml' does not exist")):
        (project / "mkdocs.en.yml").write_text(written + "\n", encoding="utf-8")
        with open(project / "mkdocs.en.yml", "rb") as fd, pytest.raises(ConfigurationError, match=re.escape(says)):
            settings.read_yaml(fd)


def test_the_installed_themes_scripts_and_styles_are_read_without_a_path_made_for_each_of_its_files(monkeypatch):
    """The output check vouches for a script by the installed theme's files (servedpages._installed): of Material's
    14,500 files (search languages, icons), its 38 scripts and stylesheets, in the order of their paths. A Path was
    made and sorted for each file of the folder (`rglob("*")`), some 0.13 s of CPU a cold process."""
    from policysite import servedpages

    def every_path(self, pattern):
        raise AssertionError(f"a Path made for each file under {self}")

    servedpages._installed.cache_clear()
    monkeypatch.setattr(Path, "rglob", every_path)
    try:
        found = servedpages._installed()
    finally:
        servedpages._installed.cache_clear()
    kinds = servedpages.SCRIPTS + servedpages.STYLES
    wanted = [name for name in FileSystemLoader(MATERIAL).list_templates() if name.lower().endswith(kinds)]
    assert [name for name, _data in found] == [name.rpartition("/")[2]
                                               for name in sorted(wanted, key=lambda name: name.split("/"))]
    assert [data for _name, data in found] == [(Path(MATERIAL) / name).read_bytes()
                                               for name in sorted(wanted, key=lambda name: name.split("/"))]
    assert any(name.endswith(".css") for name, _data in found) and any(name.endswith(".js") for name, _data in found)
