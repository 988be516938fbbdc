"""A new company adopts the generator in a language it has no words for and pyspellchecker no dictionary for
(company3: Hungarian authoritative, English beside it): a site made by `policy init`, its texts written as a legal
team writes them, checked as `make check` checks them."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import cli, messages
from tests.helpers import GIT_ENV

HUNGARIAN = """---
date: 2023-05-02
---

# Példa Kft. adatkezelési tájékoztatója

## 1. Az adatkezelő

Az adatkezelő a Példa Kft. (1051 Budapest, Nádor utca 7.).

## 2. Az Ön jogai

Ön kérheti a személyes adataihoz való hozzáférést.
"""
ENGLISH = """---
date: 2023-05-02
---

# Privacy notice of Példa Kft.

## 1. Controller

The controller is Példa Kft. (1051 Budapest, Nádor utca 7.).

## 2. Your rights

You may request access to your personal data.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("company3") / "pelda"
    with pytest.MonkeyPatch.context() as mp:
        for key, value in GIT_ENV.items():
            mp.setenv(key, value)
        assert cli.main(["init", str(root), "--company", "Példa Kft.", "--languages", "hu,en",
                         "--url", "https://adatvedelem.example.test/"]) == 0
    (root / "docs" / "hu" / "index.md").write_text(HUNGARIAN, encoding="utf-8")
    (root / "docs" / "en" / "index.md").write_text(ENGLISH, encoding="utf-8")
    (root / "docs" / "en" / ".words.txt").write_text("Nádor  # a street's name\nutca  # Hungarian: street\n",
                                                       encoding="utf-8")
    assert cli.main(["--root", str(root), "sync-mark", "en", "--all"]) == 0
    return root


def check(site: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    capsys.readouterr()
    cli.main(["--root", str(site), "check", *args])
    return capsys.readouterr().out


@pytest.mark.parametrize(("lang", "said"), [
    ("en", "warning: [spelling.no-dictionary] spelling is not checked: there is no Hungarian dictionary"),
    ("fr", "avertissement\u00a0: [spelling.no-dictionary] l'orthographe n'est pas vérifiée\u00a0: il n'existe pas de "
           "dictionnaire hongrois"),
])
def test_a_language_without_a_dictionary_is_named_not_given_as_its_code(site, capsys, monkeypatch, lang, said):
    monkeypatch.setenv(messages.ENVIRONMENT, lang)
    out = check(site, capsys)
    assert out == f"docs/hu/index.md:5: {said}\n", out
