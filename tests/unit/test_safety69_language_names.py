"""safety69: a language's `name` in extra.policy.languages, which the language menu of every page shows as the link to
that language's text, was read for markup and hidden characters only: `name: Français` on the English entry (the menu
saying "Français" and opening the English text) or `name: We sell your data` passed `policy check` and publishing. A
name now holds the language's own name or its English one (config_rules, config.language-name, at the configuration)."""
from __future__ import annotations

import pkgutil

import pytest

from policysite import config_rules, init, locales
from policysite.messages import Said, said_in
from policysite.strings import STRINGS


def _named(code: str, name: str) -> list[str]:
    config = {"extra": {"policy": {"languages": [{"code": code, "name": name}]}}}
    return [str(found) for found in config_rules._language_names(config, lambda *key: "mkdocs.yml")]


def test_a_misnamed_language_is_named_at_its_line(tmp_path):
    """(the lead, merging lines1 and safety69: a 400-line mkdocs.yml is searched by its line, not its name)"""
    written = "site_name: X\nextra:\n  policy:\n    languages:\n      - code: fr\n        name: Français\n" \
              "      - code: en\n        name: Français\n"
    (tmp_path / "mkdocs.yml").write_text(written, encoding="utf-8")
    from policysite import config_lines, settings

    config = settings.read_yaml(written)
    found = config_rules._language_names(config, config_lines.placer("mkdocs.yml", tmp_path / "mkdocs.yml"))
    assert [str(line).split(": extra.")[0] for line in found] == ["mkdocs.yml:8"]


@pytest.mark.parametrize(("code", "name"), [("en", "Français"), ("fr", "English"), ("de", "Nederlands"),
                                            ("en", "We sell your data"), ("ar", "English"), ("en", "FR")])
def test_a_language_named_as_another_or_not_at_all_is_refused(code, name):
    assert [line.split(": the language")[0] for line in _named(code, name)] == [
        f"mkdocs.yml: extra.policy.languages: {code} is named “{name}”"]


@pytest.mark.parametrize(("code", "name"), [("en", "English"), ("en-GB", "English (UK)"), ("pt-BR", "Português"),
                                            ("pt-BR", "Português (Brasil)"), ("zh-Hant", "繁體中文"),
                                            ("sr-Latn", "Srpski"), ("de", "German"), ("nb", "Norsk bokmål"),
                                            ("en", "EN"), ("pt-BR", "pt-br")])
def test_a_language_named_by_its_own_or_english_name_passes(code, name):
    assert _named(code, name) == []


def test_the_names_policy_init_writes_pass_in_every_language_the_site_has_words_in():
    codes = sorted({m.name.replace("_", "-") for m in pkgutil.iter_modules(locales.__path__)} | set(STRINGS))
    assert len(codes) > 20
    for code in codes:
        own = init.language_name(code)
        assert _named(code, own) == _named(code, init.english_name(code, own)) == [], code


def test_the_refusal_is_said_in_french():
    said = Said("config.language-name", code="en", name="Français", own="English")
    assert "le menu des langues de chaque page lie son texte sous ce nom" in said_in(said, "fr")
