"""Adopt49: the regulator's home page linked at its root for French readers and under `/en/` for English ones
(`https://www.cnil.fr/`, `https://www.cnil.fr/en/`), as a site serving its own language at its root writes its
addresses, was sync.links: the same page in each reader's language, as `/fr/` and `/en/` already were."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import document, sync
from policysite.convert import convert

DATA = Path(__file__).parents[1] / "data" / "adoption49" / "velocite"


def page(text: str, lang: str) -> document.Policy:
    return document.parse(f"---\ndate: 2024-03-01\n---\n\n# Title\n\n## 1. Scope\n\n{text}\n", path=f"docs/{lang}/index.md",
                          lang=lang)


def test_the_imported_translation_links_the_regulator_s_page_the_french_text_links():
    french, english = (document.parse(f"---\ndate: 2024-02-05\n---\n{convert(DATA / name, lang=lang).markdown}",
                                      path=f"docs/{lang}/index.md", lang=lang)
                       for name, lang in (("politique-de-confidentialite-2024-02-05.html", "fr"),
                                          ("privacy-policy-2024-02-05.html", "en")))
    assert [f for f in sync.compare(french, english) if f.rule == "sync.links"] == []


@pytest.mark.parametrize(("source", "translation"), [
    ("la [CNIL](https://www.cnil.fr/)", "the [CNIL](https://www.cnil.fr/en/)"),
    ("la [CNIL](https://www.cnil.fr/fr/)", "the [CNIL](https://www.cnil.fr/)"),
    ("[Google](https://policies.google.com/privacy)", "[Google](https://policies.google.com/privacy?hl=en)"),
    ("[Stripe](https://stripe.com/fr/privacy)", "[Stripe](https://stripe.com/privacy)"),
])
def test_a_site_s_page_in_its_own_language_at_its_root_is_the_same_page(source, translation):
    findings = sync.compare(page(f"Voir {source}.", "fr"), page(f"See {translation}.", "en"))
    assert [f for f in findings if f.rule == "sync.links"] == [], findings


@pytest.mark.parametrize(("source", "translation"), [
    ("[CNIL](https://www.cnil.fr/)", "[CNIL](https://www.cnil.fr/en/complaints)"),
    ("[Stripe](https://stripe.com/fr/privacy)", "[Stripe](https://stripe.com/de/privacy)"),
    ("[Stripe](https://stripe.com/fr/privacy)", "[Stripe](https://stripe.com/en/terms)"),
])
def test_another_page_is_still_said(source, translation):
    findings = sync.compare(page(f"Voir {source}.", "fr"), page(f"See {translation}.", "en"))
    assert [f.rule for f in findings if f.rule == "sync.links"] == ["sync.links"], findings
