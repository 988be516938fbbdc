"""company20: a Hindi site read the site's own words in English beside its Hindi text. Hindi's words (hi.py): a
sentence ends with the danda (।), a date is `17 फ़रवरी 2021`, or `१७ फ़रवरी २०२१` where the company chose Devanagari
digits (`digits: deva`, as Persian and Arabic choose theirs), a participle after a count agrees with it, a section is a
खंड; the redline's PDF, drawn in Noto Sans Devanagari, reads its words back from its text layer as written."""
from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from policysite import document, pdftext, redline, settings, strings
from policysite.redline import pdf as redline_pdf
from unit.test_company5_digits import DAY, no_choice  # noqa: F401 (each test starts with no choice of digits)
from unit.test_redline import policy


def test_a_hindi_date_and_the_sites_words_in_hindi() -> None:
    t = strings.strings("hi")
    assert strings.long_date(DAY, "hi") == "17 फ़रवरी 2021"
    assert t["version"].format(date=strings.long_date(DAY, "hi")) == "17 फ़रवरी 2021 का संस्करण।"
    assert t["period"].format(start=strings.long_date(dt.date(2020, 1, 1), "hi"), until=strings.long_date(DAY, "hi")) \
        == "1 जनवरी 2020 से 17 फ़रवरी 2021 तक (दोनों दिन सम्मिलित) लागू।"
    assert t["full_stop"] == "।" and t["history_title"] == "संस्करण इतिहास" and t["in_force"] == "लागू"


def test_the_company_may_write_hindi_in_devanagari_digits() -> None:
    extra = {"policy": {"company": "Example", "authoritative": "hi", "public_url": "https://example.test/",
                        "languages": [{"code": "hi", "name": "हिन्दी", "digits": "deva"}]}}
    settings.from_extra(extra)
    assert strings.long_date(DAY, "hi") == "१७ फ़रवरी २०२१"
    assert strings.digits("hi") == "०१२३४५६७८९"
    assert strings.counted(strings.redline_labels("hi"), "count_changed", 3, "hi", n=3) == "३ बदले गए खंड"
    settings.from_extra({"policy": {**extra["policy"], "languages": [{"code": "hi", "name": "हिन्दी"}]}})
    assert strings.long_date(DAY, "hi") == "17 फ़रवरी 2021"  # CLDR's default: Latin digits


def test_a_count_agrees_with_its_participle_and_a_section_is_a_khand() -> None:
    labels = strings.redline_labels("hi")
    assert [strings.counted(labels, "count_changed", n, "hi", n=n) for n in (1, 2)] == [
        "1 बदला गया खंड", "2 बदले गए खंड"]
    assert strings.counted(labels, "truncated", 1, "hi", count=1).startswith("1 और खंड यहाँ नहीं दिखाया गया")
    assert document.label_of("4", word=labels["section"]) == "खंड 4"


BODY = "## 1. डेटा न्यासी\n\nहम आपका व्यक्तिगत डेटा तीस दिनों तक रखते हैं।\n\n## 2. अधिकार\n\nहमें लिखें।\n"


def test_the_hindi_redline_pdf_reads_its_words_back_from_its_text_layer() -> None:
    """The redline's title, counts and legend are drawn in Noto Sans Devanagari (the generator's pinned face): its
    text layer (what a reader copies, searches or hears) says them as written, vowel signs and nuktas in place."""
    r = redline.diff(policy(BODY, lang="hi"), policy(BODY.replace("तीस", "साठ"), lang="hi", date="2030-02-01"))
    said = unicodedata.normalize("NFC", " ".join(pdftext.text(redline_pdf.render_pdf(r, site="उदाहरण", lang="hi"))
                                                   .split()))
    labels = strings.redline_labels("hi")
    for words in (labels["heading"].format(old=strings.long_date(r.old_date, "hi"),
                                           new=strings.long_date(r.new_date, "hi")),
                  "1 बदला गया खंड", "जोड़ा गया पाठ: रेखांकित", "खंड 1 डेटा न्यासी", "हम आपका व्यक्तिगत डेटा", "[+साठ]",
                  "पृष्ठ 1 / 1"):
        assert words in said, (words, said)


def test_a_hindi_site_searches_with_lunrs_hindi_and_its_word_segmenter() -> None:
    """lunr's Hindi (Material's lunr.hi: its stop words, a stemmer that keeps a word whole) splits words with wordcut,
    as Thai's does: `policy init` names Hindi as the search's language, and the shared theme keeps both files."""
    from policysite import assets, init

    assert init.search_language("hi", init.search_stemmers()) == "hi" and init.search_default("hi") == "hi"
    kept = [path for path in ("javascripts/lunr/min/lunr.hi.min.js", "javascripts/lunr/wordcut.js",
                              "javascripts/lunr/min/lunr.stemmer.support.min.js", "javascripts/lunr/min/lunr.th.min.js")
            if not assets.unused(path, languages=["hi"])]
    assert kept == ["javascripts/lunr/min/lunr.hi.min.js", "javascripts/lunr/wordcut.js",
                    "javascripts/lunr/min/lunr.stemmer.support.min.js"]


@pytest.mark.parametrize(("heading", "number", "title"), [
    ("धारा 1. परिचय", "1", "परिचय"), ("अनुच्छेद २ – अधिकार", "2", "अधिकार"), ("खंड 3: कुकीज़", "3", "कुकीज़"),
    ("अध्याय 2 – डेटा न्यासी", "2", "डेटा न्यासी"), ("भाग 1: सामान्य", "1", "सामान्य"), ("१. परिचय", "1", "परिचय"),
])
def test_a_hindi_heading_is_numbered_after_its_section_chapter_or_part_word(heading: str, number: str,
                                                                            title: str) -> None:
    from policysite.heading_numbers import heading_number

    assert heading_number(heading) == (number, title)
