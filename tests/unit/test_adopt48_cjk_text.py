"""Adopt48: two ways a Chinese, Japanese or Korean policy imported from its page failed.

- An e-mail address written against the sentence's full-width punctuation, no space between (`privacy@example.com，
  我们将…`, `メール：privacy@example.com。`), was read with the sentence's words as its own and refused as malformed
  (editorial.email-malformed, an error: the build stopped).
- The points of each part numbered from 1 again one level under it (`<h2>一、…</h2>` over `<h3>1. …</h3>`) were moved
  to `##`, each a number repeated, where the page's own levels read as §1.1, §1.2."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import document
from policysite.email_syntax import written
from tests.helpers import converted_file


@pytest.mark.parametrize(("text", "address"), [
    ("请发送邮件至 privacy@qinghe-tea.example，我们将在十五个工作日内答复。", "privacy@qinghe-tea.example"),
    ("邮箱：privacy@qinghe-tea.example。", "privacy@qinghe-tea.example"),
    ("お問い合わせ：privacy@minato.example（担当：山田）", "privacy@minato.example"),
    ("请发邮件至privacy@qinghe-tea.example联系我们", "privacy@qinghe-tea.example"),
    ("이메일: privacy@hanbit.example으로 보내 주세요", "privacy@hanbit.example"),
    ("راسلنا على privacy@example.com، وسنرد خلال شهر", "privacy@example.com"),
])
def test_an_address_against_the_sentence_s_words_is_the_address(text: str, address: str):
    assert written(text) == [address]


def test_an_internationalised_address_stays_whole_and_a_malformed_one_is_still_read():
    assert written("用户@例子.中国") == ["用户@例子.中国"]
    assert written("请写信至 dpo@example..com，谢谢") == ["dpo@example..com"]


def test_a_chinese_page_s_points_under_each_part_stay_one_level_under_it(tmp_path: Path):
    page = ('<html lang="zh-CN"><body><main><h1>隐私政策</h1><h2>一、我们如何收集</h2><h3>1. 注册会员</h3><p>手机号码。</p>'
            '<h3>2. 线上下单</h3><p>收货地址。</p><h2>二、我们如何使用Cookie</h2><h3>1. 必要的Cookie</h3><p>登录状态。</p>'
            '<h2>三、联系我们</h2><p>邮件：privacy@qinghe-tea.example，谢谢。</p></main></body></html>')
    converted = converted_file(tmp_path, "privacy-2023-03-01.html", page, lang="zh")
    assert "### 1. 注册会员" in converted.markdown and "### 1. 必要的Cookie" in converted.markdown, converted.markdown
    policy = document.parse(f"---\ndate: 2023-03-01\n---\n{converted.markdown}", path="docs/zh/index.md", lang="zh")
    assert [s.numeral for s in policy.sections] == ["1", "1.1", "1.2", "2", "2.1", "3"]
    assert not [p for p in policy.problems if p.rule.startswith("structure.")], policy.problems


@pytest.mark.parametrize(("lang", "sentence"), [
    ("zh", "请发邮件至privacy@qinghe-tea.example联系我们。"),
    ("ja", "お問い合わせはprivacy@qinghe-tea.exampleまでご連絡ください。"),
    ("ko", "문의는 privacy@qinghe-tea.example으로 보내 주세요."),
])
def test_a_translation_check_reads_the_address_written_against_the_words(lang: str, sentence: str):
    """The translation check read `请发邮件至privacy@…example联系我们` as the address (ideographs and hangul are word
    characters), and said the English translation's `privacy@qinghe-tea.example` differed."""
    from policysite import sync

    source = document.parse(f"---\ndate: 2023-03-01\n---\n# T\n\n## 1. 联系\n\n{sentence}\n", path=f"docs/{lang}/index.md",
                            lang=lang)
    english = document.parse("---\ndate: 2023-03-01\n---\n# T\n\n## 1. Contact\n\nWrite to privacy@qinghe-tea.example."
                             "\n", path="docs/en/index.md", lang="en")
    assert not [f for f in sync.compare(source, english) if f.rule == "sync.emails"], sync.compare(source, english)


@pytest.mark.parametrize(("lang", "sentence"), [
    ("zh", "详见https://qinghe-tea.example/privacy。我们会及时更新。"),
    ("zh", "请访问 https://qinghe-tea.example/privacy，了解更多。"),
    ("ja", "詳しくはhttps://qinghe-tea.example/privacyをご覧ください。"),
    ("ko", "자세한 내용은 https://qinghe-tea.example/privacy에서 확인하세요."),
])
def test_a_translation_check_reads_the_link_written_against_the_words(lang: str, sentence: str):
    """`详见https://…` was no link to the check (no word boundary before it), `https://…/privacy，了解更多` one holding
    the sentence: the English translation's same link was said to differ."""
    from policysite import sync

    source = document.parse(f"---\ndate: 2023-03-01\n---\n# T\n\n## 1. 联系\n\n{sentence}\n", path=f"docs/{lang}/index.md",
                            lang=lang)
    english = document.parse("---\ndate: 2023-03-01\n---\n# T\n\n## 1. Contact\n\nSee "
                             "https://qinghe-tea.example/privacy.\n", path="docs/en/index.md", lang="en")
    assert not [f for f in sync.compare(source, english) if f.rule == "sync.urls"], sync.compare(source, english)


def test_a_link_s_own_ideographs_stay_in_it():
    from policysite import sync

    found = sync.url_pattern().findall("见 https://zh.wikipedia.org/wiki/隐私 页面")
    assert found == ["https://zh.wikipedia.org/wiki/隐私"]


def test_a_date_in_han_numerals_is_the_translation_s_date_and_no_number():
    """`二〇二一年二月十七日` in a Chinese text was read as the numbers 2021 (and no date) beside its English
    translation's 17 February 2021: sync.dates and sync.numbers, both errors; a count (`三年`) and a month alone
    (`三月`, March) are read as before."""
    from policysite import sync

    chinese = document.parse("---\ndate: 2023-03-01\n---\n# 隐私政策\n\n## 一、收集\n\n本政策自二〇二一年二月十七日起施行。"
                             "我们保存三年。三月更新。\n", path="docs/zh/index.md", lang="zh")
    english = document.parse("---\ndate: 2023-03-01\n---\n# Privacy policy\n\n## 1. Collection\n\nThis policy applies "
                             "from 17 February 2021. We keep it for three years. Updated in March.\n",
                             path="docs/en/index.md", lang="en")
    assert sync.compare(chinese, english) == []
