"""company16: a Japanese company's name, checked as the editorial check checks a Latin one: found inside a sentence
(Japanese writes no space around it), and written with a kana of another size (ツ for ッ) said, as another case is."""
from __future__ import annotations

import pytest

from policysite import document, editorial

BRAND = "株式会社サクラテック"


def _brand_findings(body: str, *, brand: str = BRAND, lang: str = "ja") -> list[str]:
    policy = document.parse(f"---\ndate: 2030-01-01\n---\n\n# プライバシーポリシー\n\n## 第1条（目的）\n\n{body}\n",
                            path="docs/ja/index.md", lang=lang)
    return [f.message for f in editorial.check(policy, brand=brand) if f.rule == editorial.RULE_BRAND]


@pytest.mark.parametrize("body", ["株式会社サクラテツク（以下「当社」）は、個人情報を取り扱います。",
                                  "当社、株式会社サクラテツクは、個人情報を取り扱います。"])
def test_a_kana_of_another_size_in_the_company_s_name_is_said(body):
    """株式会社サクラテツク (a full-size ツ for the small ッ) was never said, at a paragraph's start nor inside a
    sentence, where the name was not even looked for (the check wanted no letter before it, as around a Latin word)."""
    assert _brand_findings(body) == ["第1条: brand written “株式会社サクラテツク”, write “株式会社サクラテック”"]


def test_the_name_as_written_and_latin_names_are_as_before():
    assert _brand_findings("当社、株式会社サクラテックは、個人情報を取り扱います。") == []
    assert _brand_findings("キャノンの製品を使用します。", brand="キヤノン") == [
        "第1条: brand written “キャノン”, write “キヤノン”"]  # (Canon writes its name with a full-size ヤ)
    assert _brand_findings("Sakura Tech and SakuraTech, not SakuraTechnology.", brand="Sakura Tech", lang="en") == [
        "第1条: brand written “SakuraTech”, write “Sakura Tech”"]
