"""company4, an Arabic company (and a Hebrew one): a phone number in a text written right to left is shown with its
groups backwards and its + after it unless it is isolated or follows a word written left to right (Chromium showed
`+966 11 123 4567` after an Arabic word as `4567 123 11 966+`); `policy check` says so, naming what the reader sees."""
from __future__ import annotations

import pytest

from policysite import document, editorial


def findings(lang: str, body: str) -> list[str]:
    policy = document.parse(f"---\ndate: 2030-01-15\n---\n\n# عنوان\n\n## 1. التواصل\n\n{body}\n",
                            path=f"docs/{lang}/index.md", lang=lang)
    return [f"[{f.rule}] {f.message}" for f in editorial.check(policy, brand="Acme")]


@pytest.mark.parametrize(("lang", "text", "shown"), [
    ("ar", "اتصل بنا على الرقم +966 11 123 4567 في أي وقت.", "4567 123 11 966+"),
    ("ar", "الهاتف: 011-123-4567.", "4567-123-011"),  # after an Arabic letter a hyphen parts the groups too (W2)
    ("ar", "الهاتف (011) 123 4567.", "4567 123 (011)"),
    ("ar", "الهاتف ٠١١ ١٢٣ ٤٥٦٧.", "٤٥٦٧ ١٢٣ ٠١١"),
    ("he", "טלפון +972 3 123 4567.", "4567 123 3 972+"),
    ("he", "טלפון +972-3-123-4567.", "972-3-123-4567+"),
])
def test_a_phone_number_in_a_right_to_left_text_is_said_as_the_reader_sees_it(lang: str, text: str,
                                                                               shown: str) -> None:
    found = findings(lang, text)
    assert len(found) == 1 and found[0].startswith("[editorial.bidi]"), found
    assert f"is shown “{shown}”" in found[0], found


@pytest.mark.parametrize(("lang", "text"), [
    ("ar", "اتصل بنا على الرقم \u2066+966 11 123 4567\u2069 في أي وقت."),  # isolated, as policy import writes it
    ("ar", "اتصل بنا: Tel. +966 11 123 4567."),  # after a left-to-right word its digits are left to right (W7)
    ("ar", "الرقم 0112345678 أو ص.ب. ١٢٣٤٥ أو 011.123.4567."),  # one group; a dot joins them
    ("ar", "بتاريخ 2025-04-01 و01/04/2025، المادتان 45، 46."),  # dates; a list of numbers reads right to left
    ("he", "טלפון 03-123-4567."),  # after a Hebrew letter a single hyphen joins the groups (W4)
    ("fr", "Appelez le +966 11 123 4567."),  # a page written left to right
])
def test_a_number_that_reads_as_written_is_no_finding(lang: str, text: str) -> None:
    assert findings(lang, text) == []


def test_the_message_is_in_french_with_the_isolated_number_to_copy() -> None:
    policy = document.parse("---\ndate: 2030-01-15\n---\n\n# عنوان\n\nاتصل بالرقم +966 11 123 4567.\n",
                            path="docs/ar/index.md", lang="ar")
    (finding,) = editorial.check(policy, brand="Acme")
    said = finding.said("fr")
    assert said.startswith("docs/ar/index.md:7: [editorial.bidi] préambule\u00a0: le nombre «\u00a0+966 11 123 4567\u00a0» "
                           "s'affiche «\u00a04567 123 11 966+\u00a0»"), said
    assert "comme «\u00a0\u2066+966 11 123 4567\u2069\u00a0»" in said


@pytest.mark.parametrize(("text", "address", "part"), [
    ("زر https://www.mithal.example/ar/سياسة للمزيد.", "https://www.mithal.example/ar/سياسة", "سياسة"),
    ("زر موقعنا https://mithal.example/contact/", "https://mithal.example/contact/", "/"),  # shown /https://…/contact
    ("زر (https://mithal.example/) الآن.", "https://mithal.example/", "/"),
    ("زر https://mithal.example/contact/. الآن", "https://mithal.example/contact/", "/"),
    ("راسلنا على 123@mithal.example الآن.", "123@mithal.example", "123"),  # shown mithal.example@123
])
def test_an_address_a_right_to_left_text_lays_out_apart_is_said(text: str, address: str, part: str) -> None:
    (found,) = findings("ar", text)
    assert found.startswith(f"[editorial.bidi] §1: the address “{address}” is shown otherwise than written"), found
    assert f"its “{part}” laid out apart" in found and f"“\u2066{address}\u2069”" in found


@pytest.mark.parametrize("text", [
    "راسلنا على privacy@mithal.example الآن.",
    "زر https://www.mithal.example/contact. الآن",  # the full stop is the sentence's: at its end, as Arabic has it
    "زر www.mithal.example/contact الآن",
    "راسلنا على info1@mithal.example",
    "زر \u2066https://mithal.example/contact/\u2069 الآن",  # isolated
    "زر Visit https://mithal.example/ now.",  # between left-to-right words its slash stays its own
])
def test_an_address_shown_as_written_is_no_finding(text: str) -> None:
    assert findings("ar", text) == []
