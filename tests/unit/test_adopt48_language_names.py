"""Adopt48: Montenegrin (`cnr`), which CLDR does not name and Babel reads as Serbian in Montenegro, passed the
configuration's check named "Serbian" or "Srpski": the language menu then offered the Montenegrin text as Serbian. Its
names are now its own (crnogorski, црногорски) and its English one, Montenegrin, only."""
from __future__ import annotations

import pytest

from policysite import config_rules, init


def _named(code: str, name: str) -> list[str]:
    config = {"extra": {"policy": {"languages": [{"code": code, "name": name}]}}}
    return [str(found) for found in config_rules._language_names(config, lambda *key: "mkdocs.yml")]


@pytest.mark.parametrize(("code", "name"), [("cnr", "Serbian"), ("cnr", "Srpski"), ("cnr-Latn", "srpski (latinica)"),
                                            ("cnr-Cyrl", "Српски"), ("cnr", "Serbian (Latin, Montenegro)")])
def test_montenegrin_named_as_serbian_is_refused(code: str, name: str):
    assert [line.split(": the language")[0] for line in _named(code, name)] == [
        f"mkdocs.yml: extra.policy.languages: {code} is named “{name}”"]


@pytest.mark.parametrize(("code", "name"), [("cnr", "Crnogorski"), ("cnr", "Montenegrin"), ("cnr-Cyrl", "Црногорски"),
                                            ("cnr-Latn", "crnogorski"), ("cnr", "CNR")])
def test_montenegrin_named_as_itself_passes(code: str, name: str):
    assert _named(code, name) == []


@pytest.mark.parametrize("code", ["cnr", "cnr-Cyrl", "cnr-Latn"])
def test_the_name_policy_init_writes_for_montenegrin_passes(code: str):
    own = init.language_name(code)
    assert _named(code, own) == _named(code, init.english_name(code, own)) == [], (code, own)
