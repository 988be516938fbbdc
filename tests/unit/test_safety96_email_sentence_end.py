"""safety96: an e-mail address ending a sentence of a script whose full stop is not `.` (Hindi's danda `।`, Urdu's
`۔`, Armenian's `։`, Ethiopic's `።`) is read without it: `ईमेल privacy@example.com।` was refused as malformed
(editorial.email-malformed, blocking), so no Hindi policy giving its mailbox at a sentence's end was published."""
from __future__ import annotations

import pytest
from selectolax.lexbor import LexborHTMLParser

from policysite import email_syntax


@pytest.mark.parametrize("stop", ["\u0964", "\u0965", "\u06d4", "\u0589", "\u1362", ".", "!", ":"])
def test_an_address_ending_a_sentence_is_read_without_its_full_stop(stop) -> None:
    assert email_syntax.written(f"ईमेल privacy@example.com{stop} फ़ोन") == ["privacy@example.com"]


def test_a_hindi_paragraph_s_address_is_not_malformed() -> None:
    body = "ईमेल privacy@example.com। फ़ोन +91 11 2345 6789।\n"
    tree = LexborHTMLParser("<p>ईमेल privacy@example.com। फ़ोन +91 11 2345 6789।</p>")
    assert email_syntax.findings(body, tree) == []


@pytest.mark.parametrize("address", ["dpo@example..com", "dpo@example", "dpo@@example.com"])
def test_a_malformed_address_before_a_danda_is_still_said(address) -> None:
    body = f"ईमेल {address}।\n"
    found = email_syntax.findings(body, LexborHTMLParser(f"<p>ईमेल {address}।</p>"))
    assert [(line, said.fields["address"]) for line, said in found] == [(1, address)], found
