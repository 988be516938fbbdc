"""safety96: a Hebrew or Arabic paragraph of an English policy (a summary for its readers) holding two numbers in its
run of right-to-left words is read as its readers read it, right to left, the numbers in the order written:
editorial.bidi/reordered (security hunt 30, a left-to-right reader's rule) refused `אנו שומרים … 30 ימים, בהתאם לתקנה
2016/679` at policy check and publish. A paragraph mostly right to left is laid_left_to_right's (safety95), which still
refuses one starting with a number; an English paragraph quoting right-to-left words before numbers stays refused."""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse


def _bidi(text: str) -> list[str]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# Policy\n\n## 1. Scope\n\n{text}\n", path="docs/en/index.md",
                   lang="en")
    return [f.key for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_BIDI)]


@pytest.mark.parametrize("text", [
    "אנו שומרים את המידע למשך 30 ימים, בהתאם לתקנה 2016/679.",
    "نحتفظ بالبيانات لمدة 30 يومًا وفقًا للائحة 2016/679.",
])
def test_a_right_to_left_paragraph_s_numbers_pass(text) -> None:
    assert _bidi(text) == []


@pytest.mark.parametrize(("text", "rule"), [
    ("We keep it ا 30-90 days.", "editorial.bidi/reordered"),
    ("90 ימים, לא 30 בהתאם לחוק", "editorial.bidi/ltr-page"),
])
def test_the_attacks_stay_refused(text, rule) -> None:
    assert rule in _bidi(text)
