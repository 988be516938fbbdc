"""safety92: a tab indenting a line of mkdocs.yml is said to be one, at its line: libyaml's "found character that
cannot start any token" was said "a character cannot start a value", where a reader sees only blanks."""
from __future__ import annotations

import pytest
import yaml

from policysite import messages, settings as policy_settings

TABBED = "site_name: Example\nextra:\n\t- a\n"


def test_a_tab_in_the_configuration_is_named_at_its_line(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(TABBED, encoding="utf-8")
    with pytest.raises(policy_settings.SettingsError) as refused:
        policy_settings.load_yaml(config)
    said = messages.text_of(refused.value)
    assert said.key == "settings.unreadable" and said.fields["where"] == "mkdocs.yml:3", said
    assert said.fields["problem"].key == "yaml.tab"
    assert "a tab where the indentation expects spaces" in messages.said_in(said, "en") \
        and "une tabulation" in messages.said_in(said, "fr")


@pytest.mark.parametrize("loader", [yaml.SafeLoader, getattr(yaml, "CSafeLoader", yaml.SafeLoader)])
def test_either_loader_s_words_for_a_tab_are_the_tab_s(loader):
    with pytest.raises(yaml.YAMLError) as failed:
        yaml.load(TABBED, Loader=loader)
    assert messages.yaml_reason(failed.value, text=TABBED).key == "yaml.tab"
    at = messages.yaml_reason(failed.value, at=True, text=TABBED)
    assert (at.key, at.fields["line"], at.fields["problem"].key) == ("yaml.at", 3, "yaml.tab")


def test_another_character_is_still_said_as_before():
    with pytest.raises(yaml.YAMLError) as failed:
        yaml.load("a: @b\n", Loader=yaml.SafeLoader)
    assert messages.yaml_reason(failed.value, text="a: @b\n").key == "yaml.character"
