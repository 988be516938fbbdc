"""safety92: a French site's mkdocs.yml that YAML cannot read whole (a tab indenting a line, a byte not UTF-8) is said
unreadable in French, the language it states before the line YAML stopped at: it was said in English."""
from __future__ import annotations

import pytest

from policysite import settings as policy_settings

STATED = "site_name: Exemple\ntheme:\n  name: material\nextra:\n  policy:\n    authoritative: fr\n"


@pytest.mark.parametrize("tail", [b"nav:\n\t- index.md\n", b"copyright: caf\xe9\n", b"nav: [a\n"],
                         ids=["tab", "latin-1", "bracket-open"])
def test_the_language_stated_before_what_yaml_cannot_read_is_the_message_s(tmp_path, tail):
    (tmp_path / "mkdocs.yml").write_bytes(STATED.encode() + tail)
    with pytest.raises(policy_settings.SettingsError):
        policy_settings.load_yaml(tmp_path / "mkdocs.yml")
    assert policy_settings.stated_language(tmp_path) == "fr"


def test_a_file_yaml_cannot_read_from_its_first_line_states_none(tmp_path):
    (tmp_path / "mkdocs.yml").write_bytes(b"\tsite_name: x\nextra: {policy: {authoritative: fr}}\n")
    assert policy_settings.stated_language(tmp_path) == ""
