"""company20: Montenegrin (`cnr`), which CLDR does not name and Babel reads as sr-Latn-ME, was called Serbian
("Serbian (Latin, Montenegro)", "srpski") by `policy init`, the messages and the pages."""
from __future__ import annotations

import pytest

from policysite import init, messages, strings


@pytest.mark.parametrize(("code", "lang", "name"), [
    ("cnr", "en", "Montenegrin"), ("cnr", "fr", "monténégrin"), ("cnr", "cnr", "crnogorski"),
    ("cnr-Cyrl", "cnr-Cyrl", "црногорски"), ("cnr-Latn", "sr-Latn", "crnogorski"), ("cnr", "de", "Montenegrinisch"),
    ("cnr", "th", "crnogorski"),  # a language that has no name for it: its own, not "Serbian"'s
    ("cnr-Cyrl", "th", "црногорски"), ("sr-Latn-ME", "en", "Serbian"), ("sr", "fr", "serbe"),
])
def test_montenegrin_is_named_as_montenegrin_not_as_serbian(code: str, lang: str, name: str) -> None:
    assert strings.language_name_in(code, lang) == name


def test_montenegrin_is_named_so_by_policy_init_and_the_messages() -> None:
    assert init.language_name("cnr") == "Crnogorski" and init.language_name("cnr-Cyrl") == "Црногорски"
    assert init.english_name("cnr", init.language_name("cnr")) == "Montenegrin (Crnogorski)"
    assert strings.language_name("cnr") == "Montenegrin" and strings.language_name("sr-ME") == "Serbian"
    assert messages.say("diff.no-page", {"version": "2021-02-01", "lang": "cnr"}, "en") == \
        "version 2021-02-01 has no Montenegrin page"
    assert "monténégrin" in messages.say("diff.no-page", {"version": "2021-02-01", "lang": "cnr"}, "fr")
