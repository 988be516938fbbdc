"""company16: a Japanese company's redline of the line every new version changes, its date (`最終更新日：2024年1月5日`
→ `2025年6月1日`), in `policy diff` and on the compare page alike."""
from __future__ import annotations

import itertools

import pytest

from helpers import synthetic_policy
from integration.test_redline_parity import _check
from policysite import redline
from policysite.redline import DELETE, EQUAL, INSERT

_MARKS = {EQUAL: ("", ""), DELETE: ("[-", "-]"), INSERT: ("{+", "+}")}


def _marked(old: str, new: str) -> str:
    ops = redline.word_ops(old, new)
    assert redline.apply(old, ops) == new
    return "".join(f"{_MARKS[tag][0]}{core}{_MARKS[tag][1]}{tail}" for tag, core, tail in redline.segments(ops))


@pytest.mark.parametrize(("old", "new", "marked"), [
    # the month's 1 was kept as the day's: 2025年{+6月+}1[-月5-]日, read struck through as 2025年6月1月5日
    ("最終更新日：2024年1月5日", "最終更新日：2025年6月1日", "最終更新日：[-2024-]{+2025+}年[-1月5-]{+6月1+}日"),
    ("最終更新日：2024年1月5日", "最終更新日：2024年3月1日", "最終更新日：2024年[-1月5-]{+3月1+}日"),
    ("生效日期：2023年5月1日", "生效日期：2024年1月5日", "生效日期：[-2023-]{+2024+}年[-5月1-]{+1月5+}日"),
    # a number changed alone, or kept beside one edit, is marked as before
    ("最終更新日：2023年4月1日", "最終更新日：2023年10月1日", "最終更新日：2023年[-4-]{+10+}月1日"),
    ("当社は個人情報を３年間保存します。", "当社は個人情報を５年間保存します。", "当社は個人情報を[-３-]{+５+}年間保存します。"),
    ("up to 5 days", "within 5 working days", "[-up to-] {+within+} 5 {+working+} days"),
])
def test_a_number_between_ideographs_is_not_kept_as_another_number(old, new, marked):
    assert _marked(old, new) == marked


def test_the_compare_page_marks_a_japanese_date_as_policy_diff_does():
    bodies = ["## 第1条（目的）\n\n最終更新日：2024年1月5日\n\n当社は個人情報を３年間保存します。\n",
              "## 第1条（目的）\n\n最終更新日：2025年6月1日\n\n当社は個人情報を５年間保存します。\n",
              "## 第1条（目的）\n\n最終更新日：2024年3月1日\n\n当社は個人情報を5年間保存します。\n"]
    texts = [synthetic_policy("2030-01-15", sections=body) for body in bodies]
    _check(list(itertools.permutations(texts, 2)))
