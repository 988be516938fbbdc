"""safety98: an Arabic policy's cookie table row `| session | ٣٠ دقيقة |` (a cookie's Latin name, then 30 minutes in
the Arabic digits the text is written in) was refused by policy check as editorial.digits/script: the row's letters
are mostly Latin, and the check took the page's own Arabic-Indic digits for another script's, where the output check
(editorial.misread_number) reads a digit of a numbering system the language is written with as its own. Imported
from the company's HTML page and published as is, the text could not pass `policy check`. A digit of a script the
language is not written with stays refused (a Bengali ৭ in an English or Arabic text)."""
from __future__ import annotations

import pytest

from policysite import editorial
from policysite.document import parse


def _digits(body: str, lang: str) -> list[str]:
    policy = parse(f"---\ndate: 2001-02-01\n---\n\n# سياسة\n\n## 1. البيانات\n\n{body}\n", path=f"docs/{lang}/index.md",
                   lang=lang)
    return [str(f) for f in editorial.check(policy, brand="X") if f.rule.startswith(editorial.RULE_DIGITS)]


@pytest.mark.parametrize(("body", "lang"), [
    ("| ملف تعريف الارتباط | المدة |\n| --- | --- |\n| session_cookie | ٣٠ دقيقة |", "ar"),
    ("يحتفظ Google Analytics Universal بالبيانات ٢٦ شهرًا.", "ar"),
    ("| کوکی | مدت |\n| --- | --- |\n| session_cookie | ۳۰ دقیقه |", "fa"),
])
def test_the_language_s_own_digits_beside_latin_words_pass(body, lang) -> None:
    assert _digits(body, lang) == []


@pytest.mark.parametrize(("body", "lang"), [
    ("| Cookie | Duration |\n| --- | --- |\n| session_cookie | ৭0 minutes |", "en"),
    ("| ملف | المدة |\n| --- | --- |\n| session_cookie | ৭0 دقيقة |", "ar"),
    ("We keep Google Analytics data ٢٦ months.", "en"),
])
def test_another_script_s_digits_are_still_refused(body, lang) -> None:
    assert len(_digits(body, lang)) == 1
