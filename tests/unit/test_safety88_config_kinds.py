"""safety88: a setting of MkDocs' whose value is not of the kind MkDocs reads it as was read letter by letter
(`hooks: hooks/policy.py` without its dash: thirteen findings, "hooks: h is not one of the generator's"), ended the
command with Python's words (`plugins: 7`: "TypeError: 'int' object is not iterable"; `plugins:` left empty passed
`policy check` and the build, and publishing stopped so), or passed `policy check` and stopped the build on MkDocs'
English words (`site_name: 2021-01-01`, a date to YAML), which publishing said as a problem "in the text" at line 1
of the page. Each is one `config.refused` line at the setting's line (config_rules.misshapen), before any build."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers import copy_project, policy_in_process
from policysite import config_rules


@pytest.mark.parametrize(("config", "keys"), [
    ({"site_name": dt.date(2021, 1, 1)}, ("site_name",)),
    ({"site_name": None}, ("site_name",)),
    ({"copyright": {"a": 1}}, ("copyright",)),
    ({"site_url": 5}, ("site_url",)),
    ({"strict": "no"}, ("strict",)),
    ({"use_directory_urls": 1}, ("use_directory_urls",)),
    ({"hooks": "hooks/policy.py"}, ("hooks",)),
    ({"hooks": None}, ("hooks",)),
    ({"plugins": 7}, ("plugins",)),
    ({"plugins": None}, ("plugins",)),
    ({"extra_css": "assets/stylesheets/policy.css"}, ("extra_css",)),
    ({"extra_javascript": {"a": "b.js"}}, ("extra_javascript",)),
    ({"markdown_extensions": 5}, ("markdown_extensions",)),
    ({"theme": 5}, ("theme",)),
    ({"theme": {"name": "material", "features": "toc.follow"}}, ("theme", "features")),
    ({"theme": {"name": "material", "custom_dir": ["overrides"]}}, ("theme", "custom_dir")),
    ({"extra": ["policy"]}, ("extra",)),
    ({"docs_dir": ["docs/en"]}, ("docs_dir",)),
])
def test_a_setting_of_another_kind_is_said_once_at_its_keys(config, keys):
    found = config_rules.misshapen(config)
    assert [k for k, _why in found] == [keys], found
    assert str(found[0][1]).startswith(f"{'.'.join(keys)}: "), found


def test_settings_as_policy_init_writes_them_are_well_shaped():
    assert config_rules.misshapen({
        "site_name": "A", "site_url": None, "site_description": None, "copyright": "© A {year}", "docs_dir": "docs/en",
        "site_dir": "public/en", "use_directory_urls": True, "strict": True, "theme": "material",
        "plugins": {"search": {"lang": "en"}}, "hooks": ["hooks/policy.py"], "extra_css": [],
        "extra_javascript": [{"path": "a.js"}], "markdown_extensions": ["toc"], "extra": {"policy": {}}}) == []
    assert config_rules.misshapen({"theme": {"name": "material", "features": [], "custom_dir": "overrides"},
                                   "plugins": ["search"], "markdown_extensions": {"toc": {}}}) == []


@pytest.mark.parametrize(("name", "old", "new", "line"), [
    ("mkdocs.yml", "hooks:\n  - hooks/policy.py\n", "hooks: hooks/policy.py\n", "hooks: 'hooks/policy.py'"),
    ("mkdocs.yml", "  features:\n    - toc.follow\n    - navigation.top\n", "  features: toc.follow\n",
     "theme.features: 'toc.follow'"),
    ("mkdocs.en.yml", "plugins:\n  search:\n    lang: en\n", "plugins: 7\n", "plugins: 7"),
    ("mkdocs.en.yml", "plugins:\n  search:\n    lang: en\n", "plugins:\n", "plugins: nothing (a key without its value)"),
    ("mkdocs.en.yml", "site_name: DialOnce Privacy Policy\n", "site_name: 2021-01-01\n", "site_name: 2021-01-01"),
])
def test_check_and_build_say_the_setting_once(tmp_path: Path, name, old, new, line):
    root = copy_project(tmp_path / "project")
    text = (root / name).read_text(encoding="utf-8")
    assert old in text
    (root / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    number = text[:text.index(old)].count("\n") + 1
    check = policy_in_process(["--root", str(root), "check"])
    said = check.stdout + check.stderr
    assert check.returncode == 1 and "Traceback" not in said and "Python" not in said, said
    refused = [row for row in said.splitlines() if "[config.refused]" in row]
    assert len(refused) == 1 and f"{name}:{number}: [config.refused] {line} is not " in refused[0], said
    build = policy_in_process(["--root", str(root), "build", "--site-dir", str(tmp_path / "site")])
    said = build.stdout + build.stderr
    assert build.returncode == 1 and "Config value" not in said and "Python" not in said, said
    assert f"  {name}:{number}: {line} is not " in said, said
    assert not (tmp_path / "site").exists()
