"""Safety hunt 93: the output check reads editorial.digits' rule on the words of the text's blocks.

`policy check` refuses a Bengali `৪` (drawn as an 8), `3O` and an invisible character between two digits in the
Markdown, but the output check did not read them: the same characters reaching a page another way (an entity, raw
HTML, a hand commit, another generator's page) were published. The rule reads each block's words in the block's
language: a digit of a numbering system that language writes is its own whatever the letters around it (an Arabic
page's dates in Arabic digits after a Greek company's name, which safety91's first try refused), and the theme's
words outside the article are not read.
"""
from __future__ import annotations

import pytest

from policysite import editorial, safety
from unit.test_safety import THEME, page, violations

ARABIC_PAGE = ('<html lang="en">', '<html lang="ar" dir="rtl">')


def _misread(html: str) -> list[str]:
    return [message for message in violations(html)
            if "among digits" in message or "another script" in message or "between the digits" in message]


@pytest.mark.parametrize(("article", "said"), [
    ("<p>We keep it &#x9ea;0 days.</p>", "<p> writes the number “৪0” with a digit of another script (৪, bengali "
                                         "digit four), which a reader of this page may take for another digit; the "
                                         "checks read 40"),
    ("<p>We keep it \u0663\u0660 days.</p>", "<p> writes the number “٣٠” with a digit of another script (٣, "
                                             "arabic-indic digit three), which a reader of this page may take for "
                                             "another digit; the checks read 30"),
    ("<p>We keep it 3O days.</p>", "<p> writes “3O”, a letter (O, latin capital letter o) among digits, where a reader "
                                   "sees a digit: the checks read 3"),
    ("<p>We keep it 3&#8203;0 days.</p>", "<p> holds an invisible character (U+200B) between the digits of "
                                          "“3\u200b0”: the page shows one number where the checks read two"),
    ("<p>We keep it 3\ufe0f0 days.</p>", "<p> holds an invisible character (U+FE0F) between the digits of "
                                         "“3\ufe0f0”: the page shows one number where the checks read two"),
    ("<table><tr><th>Days</th></tr><tr><td>&#x9ea;0</td></tr></table>",
     "<td> writes the number “৪0” with a digit of another script (৪, bengali digit four), which a reader of this "
     "page may take for another digit; the checks read 40"),
    ("<ul><li><p>We keep it 3O days.</p></li></ul>", "<li> writes “3O”, a letter (O, latin capital letter o) among "
                                                     "digits, where a reader sees a digit: the checks read 3"),
    ("<div>We keep it &#x9ea;0 days.</div>", "<article> writes the number “৪0” with a digit of another script (৪, "
                                             "bengali digit four), which a reader of this page may take for another "
                                             "digit; the checks read 40"),
])
def test_a_number_read_otherwise_than_the_checks_read_it_is_refused_on_the_page(article, said):
    assert _misread(page(article)) == [said]


def test_the_finding_names_the_section_and_the_words_to_find_its_line():
    found = [v for v in safety.check_page(page("<p>We keep it 3O days.</p>"), file="en/index.html", theme_dirs=THEME)
             if "among digits" in v.message]
    assert [(v.anchor, v.words) for v in found] == [("s2", "3O")]


@pytest.mark.parametrize("article", [
    "<p>We keep it 30 days, from 2021-02-17 to 10:30, commit d93cc7f6, O2 and CO2.</p>",
    '<p lang="bn">আমরা ৩০ দিন রাখি</p>',  # a Bengali paragraph writes Bengali digits
    '<p lang="ar" dir="rtl">نحتفظ بها ٣٠ يوما</p>',
    "<p>Τηρούμε τα δεδομένα για 3ο έτος.</p>",  # a Greek ordinal
])
def test_numbers_written_as_their_language_writes_them_pass(article):
    assert _misread(page(article)) == []


def test_an_arabic_page_writes_its_own_digits_among_a_greek_company_s_name():
    """The site's notice on an Arabic page whose dates it writes in Arabic digits (`digits: arab`), most of whose
    letters are the company's Greek name: the digits are the page's language's own (safety91's first try refused
    them)."""
    article = '<p class="policy-notice">Ελαιώνας Α.Ε. Ελαιώνας Α.Ε. ١٥ يونيو ٢٠٢٩</p>'
    assert _misread(page(article).replace(*ARABIC_PAGE)) == []
    assert _misread(page(article)) != []  # (on an English page, Arabic digits are another script's)


def test_misread_number_reads_a_language_s_numbering_systems():
    assert editorial.misread_number("Ελαιώνας ١٥", "ar") is None
    assert editorial.misread_number("Ελαιώνας ١٥", "el") is not None
    assert editorial.misread_number("৪0 days", "en") == ("editorial.digits/script", {
        "number": "৪0", "char": "৪", "name": "bengali digit four", "value": "40"})
    assert editorial.MAY_MISREAD.search("30 days, 2021-02-17, Ελαιώνας") is None


@pytest.mark.parametrize(("article", "said"), [
    ('<p><img src="assets/x.png" alt="&#x9ea;0 days"></p>',
     "<img alt=…> writes the number “৪0” with a digit of another script (৪, bengali digit four), which a reader of "
     "this page may take for another digit; the checks read 40"),
    ('<p><img src="assets/x.png" alt="3O days"></p>',
     "<img alt=…> writes “3O”, a letter (O, latin capital letter o) among digits, where a reader sees a digit: the "
     "checks read 3"),
])
def test_an_image_s_text_is_read_as_a_block_s(article, said):
    assert _misread(page(article)) == [said]
    assert _misread(page(article.replace("&#x9ea;0", "40").replace("3O", "30"))) == []
