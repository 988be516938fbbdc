"""safety90: settings `policy check` passed that the build or publishing refused elsewhere, or said wrong.

`hooks: []` passed `policy check`, and the build refused every page (no content security policy: the generator's hook
writes it), said at the page, not at the setting; `site_url: 'javascript:alert(1)//'` passed `policy check` and stopped
the preview build on MkDocs' English words; a refusal of a setting's shape (`hooks` not a list) added "the generator's
files in hooks/ are not as this generator has them … `policy upgrade`", which upgrading does not cure."""
from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_project
from policysite import config_rules, messages, settings as policy_settings, upgrade
from policysite.messages import Said, prefixed


@pytest.fixture
def site(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "site", docs=None)


def _problems(site: Path, name: str) -> list[str]:
    return [str(line) for line in config_rules.problems(policy_settings.load_yaml(site / name), config_file=name,
                                                         files=site)]


def _line(site: Path, name: str, words: str) -> int:
    return next(n for n, line in enumerate((site / name).read_text(encoding="utf-8").splitlines(), 1)
                if line.startswith(words))


def _replace(site: Path, name: str, old: str, new: str) -> None:
    text = (site / name).read_text(encoding="utf-8")
    assert old in text
    (site / name).write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("hooks", ["hooks: []\n", "hooks:\n  - hooks/policy.py\n  - hooks/../hooks/other.py\n"])
def test_a_site_without_the_generators_hook_is_refused_at_its_setting(site, hooks):
    assert _problems(site, "mkdocs.yml") == [] and _problems(site, "mkdocs.en.yml") == []
    _replace(site, "mkdocs.yml", "hooks:\n  - hooks/policy.py\n", hooks.replace("hooks/policy.py\n  - ", ""))
    line = _line(site, "mkdocs.yml", "hooks:")
    found = _problems(site, "mkdocs.yml")
    assert f"mkdocs.yml:{line}: hooks: hooks/policy.py is not listed: the site would be built without the " \
        "generator's own hook" in "\n".join(found), found
    # the language's configuration inherits it: said at the same line of the file that writes it
    assert any(text.startswith(f"mkdocs.yml:{line}: hooks: hooks/policy.py is not listed")
               for text in _problems(site, "mkdocs.en.yml"))


def test_the_hook_left_out_is_said_in_french_too():
    said = messages.said_in(Said("config.hook-missing", key="hooks", path="hooks/policy.py"), "fr")
    assert said.replace("\xa0", " ").startswith(
        "hooks : hooks/policy.py n'y figure pas : le site serait construit sans le hook")


def test_a_part_of_a_configuration_needs_no_hook():
    """Only a site's whole configuration (its extra.policy) built with the theme must run the hook."""
    assert config_rules._hook_missing({"theme": {"name": "material"}, "hooks": []}) == []
    assert config_rules._hook_missing({"theme": {"name": "material"}, "hooks": ["hooks/policy.py"],
                                       "extra": {"policy": {}}}) == []
    assert config_rules._hook_missing({"theme": {"name": "material"}, "hooks": ["./hooks/policy.py"],
                                       "extra": {"policy": {}}}) == []
    assert [why.key for why in config_rules._hook_missing({"theme": "material", "extra": {"policy": {}}})] == [
        "config.hook-missing"]


@pytest.mark.parametrize(("url", "why"), [
    ("javascript:alert(1)//", "is not an address such as https://www.example.com/privacy/"),
    ("data:text/html,x", "is not an address such as https://www.example.com/privacy/"),
    ("https://[::1/", "cannot be read as an address"),
    ("https://www.example.com:99999/", "has a port that is no number"),
])
def test_a_site_url_that_is_no_address_is_refused_at_its_line(site, url, why):
    _replace(site, "mkdocs.en.yml", "site_url: https://www.dial-once.com/politique-de-confidentialite/en/",
             f"site_url: '{url}'")
    line = _line(site, "mkdocs.en.yml", "site_url:")
    found = [text for text in _problems(site, "mkdocs.en.yml") if "site_url" in text]
    assert found and found[0].startswith(f"mkdocs.en.yml:{line}: site_url: “{url}” {why}"), found


def test_a_site_url_left_empty_or_an_address_passes(site):
    _replace(site, "mkdocs.en.yml", "site_url: https://www.dial-once.com/politique-de-confidentialite/en/",
             "site_url: ''")
    assert _problems(site, "mkdocs.en.yml") == []
    _replace(site, "mkdocs.en.yml", "site_url: ''", "site_url: http://127.0.0.1:8000/en/")
    assert _problems(site, "mkdocs.en.yml") == []


def test_the_site_url_refused_in_french():
    said = messages.said_in(prefixed("mkdocs.yml:4", Said("config.site-url", url="javascript:x",
                                                            problem=Said("url.not-address"))), "fr")
    assert said.replace("\xa0", " ") == "mkdocs.yml:4 : site_url : « javascript:x » n'est pas une adresse comme " \
        "https://www.example.com/privacy/"


@pytest.mark.parametrize("hooks", ["hooks: hooks/policy.py\n", "hooks: []\n"])
def test_a_refused_hooks_setting_does_not_send_the_team_to_policy_upgrade(site, hooks):
    """The snapshot a publication builds from holds no hook where `hooks` lists none: that was said "1 of the
    generator's files in hooks/ … is not as this generator has it … `policy upgrade` brings this one's"."""
    _replace(site, "mkdocs.yml", "hooks:\n  - hooks/policy.py\n", hooks)
    (site / "hooks" / "policy.py").unlink()  # (as the snapshot has it: the hook is read only where it is listed)
    refused = config_rules.problems(policy_settings.load_yaml(site / "mkdocs.yml"), config_file="mkdocs.yml",
                                    files=site)
    assert refused
    said = str(upgrade.refusal("1a2b3c4d5e", refused, site))
    assert said.startswith("the configuration at 1a2b3c4 is refused:\n") and "policy upgrade" not in said, said


def test_a_hook_not_the_generators_still_sends_the_team_to_policy_upgrade(site):
    (site / "hooks" / "policy.py").write_text("# an earlier generator's\n", encoding="utf-8")
    refused = config_rules.problems(policy_settings.load_yaml(site / "mkdocs.yml"), config_file="mkdocs.yml",
                                    files=site)
    said = str(upgrade.refusal("", refused, site))
    assert "`policy upgrade` brings this one's" in said.splitlines()[0], said
