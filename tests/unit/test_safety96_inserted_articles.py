"""safety96: an article inserted between two, numbered with a raised digit as Polish law numbers them (`art. 22¹
Kodeksu pracy`, the article on employees' data every Polish employer's notice cites; `§ 3¹`), is a provision's number:
safety95's editorial.digits/raised and /small (and their output readings) refused it as `3⁰ days` is, at policy check
and publish. A raised digit after a number after `§` or an article's word (art., Art., Artikel, ст.) passes; the
attacks (`We keep it 3<sup>0</sup> days`, `3⁰ days`, `approx. 3⁰`, `art. 3<sup>0</sup>0`) stay refused."""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse
from unit.test_safety import page, violations

ARTICLES = [
    "Dane przetwarzamy na podstawie art. 22¹ § 1 Kodeksu pracy.",
    "Dane przetwarzamy na podstawie art. 22<sup>1</sup> § 1 Kodeksu pracy.",
    "Zgodnie z § 3² regulaminu.",
    "Gemäß Art. 6<sup>2</sup> des Gesetzes.",
]
ATTACKS = [
    "We keep it 3<sup>0</sup> days.",
    "We keep it 3⁰ days.",
    "We keep it approx. 3⁰ days.",
    "Start 3⁰ days.",
    "See art. 3<sup>0</sup>0 days.",
    "See art. <sup>3</sup>0 days.",
]


def _digits(text: str, lang: str = "pl") -> list[str]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# Polityka\n\n## 1. Dane\n\n{text}\n", path=f"docs/{lang}/index.md",
                   lang=lang)
    return [str(f) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_DIGITS)]


@pytest.mark.parametrize("text", ARTICLES)
def test_policy_check_passes_an_inserted_article_s_number(text) -> None:
    assert _digits(text) == []


@pytest.mark.parametrize("text", ATTACKS)
def test_policy_check_still_refuses_a_raised_digit_inside_a_quantity(text) -> None:
    assert len(_digits(text, "en")) == 1


def _raised(text: str) -> list[str]:
    return [m for m in violations(page(f"<p>{text}</p>")) if "raised or lowered" in m]


@pytest.mark.parametrize("text", ARTICLES)
def test_the_output_check_passes_an_inserted_article_s_number(text) -> None:
    assert _raised(text) == []


@pytest.mark.parametrize("text", ATTACKS)
def test_the_output_check_still_refuses_a_raised_digit_inside_a_quantity(text) -> None:
    assert len(_raised(text)) == 1, violations(page(f"<p>{text}</p>"))
