"""safety98: a note's mark after a year (`2018<sup>2</sup>`, `2018²`), a power of ten's exponent (`10¹²`,
`10<sup>-6</sup>`) and a Japanese era's year with its Gregorian reading (`<ruby>令和3<rt>2021</rt></ruby>年`) were
refused by safety95's editorial.digits/raised and /small at policy check (output.digits/raised and /small at publish)
as `3<sup>0</sup> days` is: no year has five digits, `10` and a raised number is read as a power, and an era's
reading stands over the era's name and year, so none glues into another number for its reader. A raised digit inside
a quantity (`3<sup>0</sup> days`, `30<sup>1</sup>`, `€2018²`, `1 2018<sup>2</sup>`, `10<sup>0</sup>`) and a ruby over
digits alone (`<ruby>3<rt>0</rt></ruby>0`, `<ruby>3<rt>0</rt></ruby> days`) stay refused."""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse
from unit.test_safety import page, violations

ORDINARY = [
    ("Die Richtlinie wurde 2018<sup>2</sup> geändert.", "de"),
    ("Die Richtlinie wurde 2018² geändert.", "de"),
    ("Loi n° 78-17 du 6 janvier 1978<sup>1</sup> modifiée.", "fr"),
    ("Die Richtlinie wurde 2018<sup>1, 2</sup> geändert.", "de"),
    ("Die Richtlinie wurde 2018<sup>1–3</sup> geändert.", "de"),
    ("bis zu 10¹² Bytes", "de"),
    ("up to 10<sup>12</sup> bytes", "en"),
    ("an error rate below 10<sup>-6</sup>", "en"),
    ("<ruby>令和3<rt>2021</rt></ruby>年4月1日改定", "ja"),
    ("<ruby>令和<rb>3</rb><rt>2021</rt></ruby>年4月1日改定", "ja"),
    ("<ruby>平成30<rt>2018</rt></ruby>年5月25日", "ja"),
]
ATTACKS = [
    ("We keep it 3<sup>0</sup> days.", "en"),
    ("We keep it 3⁰ days.", "en"),
    ("We keep it 30<sup>1</sup> days.", "en"),
    ("The fee is €2018² a year.", "en"),
    ("The fee is €2018<sup>2</sup> a year.", "en"),
    ("We keep 1 2018<sup>2</sup> records.", "en"),
    ("We keep it 10<sup>0</sup> days.", "en"),
    ("We keep it 30<sup>1, 2</sup> days.", "en"),
    ("We keep it 2018<sup>1,2</sup>0 days.", "en"),
    ("保存期間は<ruby>3<rt>0</rt></ruby>0日です。", "ja"),
    ("保存期間は<ruby>3<rt>0</rt></ruby>日です。", "ja"),
]


def _digits(text: str, lang: str) -> list[str]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# T\n\n## 1. A\n\n{text}\n", path=f"docs/{lang}/index.md",
                   lang=lang)
    return [str(f) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_DIGITS)]


def _raised(text: str, lang: str) -> list[str]:
    return [m for m in violations(page(f"<p lang='{lang}'>{text}</p>")) if "raised or lowered" in m]


@pytest.mark.parametrize(("text", "lang"), ORDINARY)
def test_policy_check_passes_a_year_s_note_an_exponent_and_an_era_s_reading(text, lang) -> None:
    assert _digits(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), ORDINARY)
def test_the_output_check_passes_them(text, lang) -> None:
    assert _raised(text, lang) == []


@pytest.mark.parametrize(("text", "lang"), ATTACKS)
def test_policy_check_still_refuses_a_raised_digit_inside_a_quantity(text, lang) -> None:
    assert len(_digits(text, lang)) == 1


@pytest.mark.parametrize(("text", "lang"), ATTACKS)
def test_the_output_check_still_refuses_them(text, lang) -> None:
    assert len(_raised(text, lang)) == 1, violations(page(f"<p lang='{lang}'>{text}</p>"))
