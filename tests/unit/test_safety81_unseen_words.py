"""safety81: characters that draw nothing inside a word (a soft hyphen U+00AD, a zero-width space U+200B, the word
joiner U+2060, a zero-width joiner or non-joiner between Latin letters) hid the words a reader sees from the checks
that read dates and the site's notice sentences: `Last updated: Febru\\u00adary 1, 2021` reads "February 1, 2021" on
the page, and its version of 2021-03-01 passed with two dates shown; "This version is no longer in for\\u2060ce." was
no notice to the check. The checks now read the words as seen (characters.as_seen). What they already caught stays
caught: a link's words naming another address than it goes to, a number split by one of them (editorial.digits)."""
from __future__ import annotations

import datetime as dt

import pytest

from policysite import characters, checks, document, notice_sentences, sync

_INVISIBLE = {"soft hyphen": "\u00ad", "zero-width space": "\u200b", "word joiner": "\u2060",
              "zero-width joiner": "\u200d", "zero-width non-joiner": "\u200c", "byte order mark": "\ufeff"}


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
@pytest.mark.parametrize(("written", "lang", "date"), [
    ("Last updated: Febru{c}ary 1, 2021", "en", "2021-02-01"),
    ("Last updated: February 1{c}5, 2021", "en", "2021-02-15"),
    ("Dernière mise à jour : 1er fé{c}vrier 2021", "fr", "2021-02-01"),
    ("Stand: 1. Feb{c}ruar 2021", "de", "2021-02-01"),
    ("Last updated: 2021-0{c}2-01", "en", "2021-02-01"),
])
def test_a_date_is_read_as_the_reader_sees_it(char, written, lang, date):
    assert date in sync.dates_in(written.format(c=char), lang)


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
def test_a_month_and_year_is_read_as_the_reader_sees_it(char):
    assert "2021-02" in sync.stated_dates(f"Stand: Feb{char}ruar 2021", "de")[0][1]


_TEXT = "---\ndate: 2021-03-01\n---\n\n# Privacy policy\n\n{top}\n\n## 1. Data\n\nWe keep your name.\n\n## 2. End\n\n{end}\n"


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
def test_a_stale_date_line_hidden_by_an_invisible_character_is_refused_at_its_line(char):
    policy = document.parse(_TEXT.format(top=f"Last updated: Febru{char}ary 1, 2021", end="Done."),
                            path="docs/en/index.md", lang="en")
    assert [(f.line, f.rule) for f in checks.stated_date(policy)] == [(7, checks.RULE_DATE_STATED)]
    # the version's own date, so written, passes
    policy = document.parse(_TEXT.format(top=f"Last updated: Ma{char}rch 1, 2021", end="Done."),
                            path="docs/en/index.md", lang="en")
    assert checks.stated_date(policy) == []


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
def test_a_date_line_under_a_heading_naming_the_text_as_its_title_is_read_whatever_its_heading_holds(char):
    """A docs site's page titled in its front matter, an introduction, then `## Example Privacy Policy` over its date
    line (sync.date_blocks): a soft hyphen in the heading made it another heading, its date line read by no check."""
    text = ("---\ndate: 2021-03-01\ntitle: Example Privacy Policy\n---\n\nWelcome: please read this whole text with "
            f"care.\n\n## Example Pri{char}vacy Policy\n\nEffective date: February 1, 2021\n\n## 1. Data\n\nWe keep it.\n")
    policy = document.parse(text, path="docs/en/index.md", lang="en")
    assert [f.line for f in checks.stated_date(policy)] == [10]


@pytest.mark.parametrize("char", _INVISIBLE.values(), ids=_INVISIBLE.keys())
@pytest.mark.parametrize("sentence", ["This version is no longer in for{c}ce.", "Cette version n'est plus en vi{c}gueur."])
def test_a_notice_sentence_hidden_by_an_invisible_character_is_refused_at_its_line(char, sentence):
    written = sentence.format(c=char)
    assert notice_sentences.written(written, langs=("en", "fr"), date=dt.date(2021, 3, 1)) is not None
    policy = document.parse(_TEXT.format(top="We explain how we use your data.", end=written),
                            path="docs/en/index.md", lang="en")
    assert [f.line for f in checks.notices_written(policy, langs=("en", "fr"))] == [15]


def test_words_are_read_without_what_draws_nothing():
    assert characters.as_seen("Da\u00adta we col\u200blect\u2060 in Ma\u200drch\ufeff") == "Data we collect in March"
    assert characters.as_seen("plain") == "plain"


@pytest.mark.parametrize(("written", "lang", "date"), [
    ("آخرین به\u200cروزرسانی: ۱ فروردین ۱۴۰۰", "fa", "2021-03-21"),  # (a Persian non-joiner beside the date)
    ("עודכן לאחרונה: \u200f1 במרץ 2021", "he", "2021-03-01"),  # (a right-to-left mark before the day)
])
def test_a_date_beside_the_marks_a_language_writes_is_read(written, lang, date):
    assert date in sync.dates_in(written, lang), sync.dates_in(written, lang)
