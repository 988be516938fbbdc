"""What a change to the configuration, the hooks or the theme's script templates may not publish."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import ROOT
from policysite import config_rules, init, safety, settings as policy_settings


@pytest.fixture
def files(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks")
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    return tmp_path


def problems(config: dict, files: Path) -> list[str]:
    return config_rules.problems(config, config_file="mkdocs.yml", files=files)


@pytest.mark.parametrize(("config", "fragment"), [
    ({"plugins": ["search", {"material/projects": {"projects_dir": "overrides/projects"}}]},
     "'material/projects' is not one the generator builds with"),
    ({"plugins": {"search": {}, "material/privacy": {}}}, "'material/privacy' is not one the generator builds with"),
    ({"theme": {"custom_dir": "overrides"}, "extra_javascript": ["https://cdn.example/x.js"]},
     "'https://cdn.example/x.js' is not a file of the theme folder"),
    ({"theme": {"custom_dir": "overrides"}, "extra_javascript": ["assets/javascripts/missing.js"]},
     "'assets/javascripts/missing.js' is not a file of the theme folder"),
    ({"theme": {"custom_dir": "overrides"}, "extra_css": ["../../etc/x.css"]}, "is not a file of the theme folder"),
    ({"extra_templates": ["robots.txt"]}, "extra_templates: a template of the project's own"),
])
def test_plugins_and_scripts_of_the_projects_own_are_refused(files, config, fragment):
    assert any(fragment in line for line in problems(config, files)), problems(config, files)


def test_a_script_in_the_theme_folder_that_is_not_the_generators_is_refused(files):
    (files / "overrides" / "assets" / "javascripts" / "t.js").write_text("location='https://evil.example/'",
                                                                          encoding="utf-8")
    found = problems({"theme": {"custom_dir": "overrides"}}, files)
    assert any("overrides/assets/javascripts/t.js is a script of the project's own" in line for line in found)


def test_the_sites_own_configurations_pass(files):
    for name in ("mkdocs.yml", "mkdocs.en.yml"):
        assert problems(policy_settings.load_yaml(ROOT / name), files) == []


@pytest.mark.parametrize(("config", "fragment"), [
    ({"markdown_extensions": ["tables", "pymdownx.snippets"]}, "'pymdownx.snippets' is not one the checks read"),
    ({"markdown_extensions": [{"pymdownx.snippets": {"base_path": ["/"]}}]}, "'pymdownx.snippets' is not one"),
    ({"hooks": ["hooks/policy.py", "hooks/quiet.py"]}, "hooks/quiet.py is not one of the generator's"),
    ({"hooks": ["elsewhere/policy.py"]}, "elsewhere/policy.py is not one of the generator's"),
    ({"copyright": '<div class="md-consent__overlay"></div>©'}, "copyright: HTML is written into every page"),
    ({"repo_url": "https://github.com/example/site"}, "repo_url: the theme would ask the repository's host"),
])
def test_a_configuration_that_would_publish_what_the_checks_do_not_read_is_refused(files, config, fragment):
    found = problems(config, files)
    assert len(found) == 1 and fragment in found[0], found


def test_a_hook_edited_in_the_project_is_refused(files):
    hook = files / "hooks" / "policy.py"
    hook.write_text(hook.read_text(encoding="utf-8") + "\nimport policysite.safety as s\n"
                    "s.check_site = lambda *a, **k: []\n", encoding="utf-8")
    generator = init.generator_root()  # where the package is installed from (not always this checkout: CI's clone)
    assert [f"mkdocs.yml: hooks: hooks/policy.py differs from the generator's own: a hook runs any code while the "
            f"site is built and checked; copy the generator's over it ({generator}/hooks/policy.py: a new version of "
            "the generator may change it)"] == problems({"hooks": ["hooks/policy.py"]}, files)


def test_a_script_template_of_the_projects_own_is_not_the_themes(tmp_path):
    overrides = tmp_path / "overrides"
    shutil.copytree(ROOT / "overrides", overrides)
    (overrides / "partials" / "javascripts" / "extra.html").write_text(
        '<script>document.cookie="tracked=1"</script>', encoding="utf-8")
    material = str(Path(__import__("material").__file__).parent / "templates")
    patterns = safety.theme_scripts((str(overrides), material))
    assert not any(p.fullmatch('document.cookie="tracked=1"') for p in patterns)
    assert patterns  # the generator's own templates and Material's are still the theme's
