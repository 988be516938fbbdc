"""company4, an Arabic company: a correct Arabic text, as a legal team writes it, passes the spelling check, and a
typo in it is still found."""
from __future__ import annotations

from policysite import document, spelling


def unknown(lang: str, body: str) -> list[str]:
    policy = document.parse(f"---\ndate: 2030-01-15\n---\n\n# سياسة الخصوصية\n\n{body}\n",
                            path=f"docs/{lang}/index.md", lang=lang)
    return [f.message.split("”")[0].split("“")[-1] for f in spelling.check(policy, words=frozenset())]


def test_arabic_words_with_an_attached_pronoun_the_future_or_another_person_are_known():
    """pyspellchecker's Arabic list holds some forms of a word only: نحذفها ("we delete it"), استفساراتك ("your
    enquiries"), وسنخطرك ("and we will notify you") were refused in a correct text, one word in thirty."""
    text = ("نحتفظ بالبيانات ثم نحذفها. نرد على استفساراتك ونحفظ تفضيلاتك في متصفحك، "
            "وسنخطرك بأي تغيير للبيانات.")
    assert unknown("ar", text) == []


def test_a_typo_in_an_arabic_word_with_a_pronoun_is_still_found():
    assert unknown("ar", "نحتفظ بالبيانات ثم نحزفها. نرد على استفصاراتك.") == ["نحزفها", "استفصاراتك"]


def test_a_correct_persian_paragraph_is_one_warning_not_a_finding_per_word_pyspellchecker_lacks():
    """company4: pyspellchecker's Persian list lacks common words (نگهداری "keeping", می‌کنیم "we do", اطلاعات
    "information"): a two-sentence correct page was refused for each, below the share that makes the list unfit."""
    policy = document.parse("---\ndate: 2030-01-15\n---\n\n# سیاست\n\nما داده‌های شما را به مدت ۳ سال نگهداری "
                            "می‌کنیم.\n", path="docs/fa/index.md", lang="fa")
    (finding,) = spelling.check(policy, words=frozenset())
    assert (finding.rule, finding.severity) == ("spelling.no-dictionary", "warning")
    assert "“کنیم”" in finding.message and "“نگهداری”" in finding.message
