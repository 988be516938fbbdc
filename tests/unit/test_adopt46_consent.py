"""Adopt46: a consent manager's record of the visitor's own consent, kept by a page saved once its scripts ran, is no
policy text (session 52). Fictional pages in the shapes OneTrust, CookieYes, Osano, iubenda, Complianz and Termly
write."""
from __future__ import annotations

from pathlib import Path

import pytest

from policysite import messages
from policysite.convert.consent import is_state
from tests.helpers import converted_file

POLICY = ("<h1>Cookie Policy</h1><h2>1. What cookies are</h2><p>Cookies are small files a site stores on your "
          "device.</p><h2>2. Your choices</h2><p>You can change your consent at any time.</p>")

# Each manager's record of the saver's consent, as its script writes it into the page (fictional values).
RECORDS = {
    "OneTrust": ('<div class="ot-sdk-cookie-policy-group-desc"><p>Consent ID: <span class="ot-consent-id">'
                 '7d1f0b2e-3c4a-4f5e-9a8b-1c2d3e4f5a6b</span></p><p>Consent date: <span>14/02/2024, 10:31</span>'
                 '</p></div>', "7d1f0b2e"),
    "CookieYes": ('<p class="cky-consent-state">Your current state: <b>Accepted (Necessary, Analytics)</b></p>'
                  '<p class="cky-consent-id">Consent ID: cky_5JqW2xR8tLm</p>', "cky_5JqW2xR8tLm"),
    "Osano": ('<div class="osano-cm-info"><span>Consent ID: 0f9e8d7c-6b5a-4321-8f7e-6d5c4b3a2910</span> · '
              '<span>Consent date: Feb 14, 2024</span></div>', "0f9e8d7c"),
    "iubenda": ('<div class="iub-consent-state"><p>Your consent ID: not set · Consent date: –</p></div>', "not set"),
    "Complianz": ('<p class="cmplz-status">Your current status: <span class="cmplz-status-denied">Denied</span></p>'
                  '<p class="cmplz-consent-date">Consent date: 2024-02-14</p>', "Denied"),
    "Termly": ('<div class="t-consent-receipt"><div>Consent ID: 3b1a9c77e2</div><div>Date of your consent: '
               '14 February 2024</div></div>', "3b1a9c77e2"),
}


@pytest.mark.parametrize("manager", sorted(RECORDS))
def test_each_manager_s_record_of_the_visitor_s_consent_is_left_out_and_said(tmp_path: Path, manager: str):
    """The record ("Consent ID: 7d1f…", "Your current state: Accepted") was imported as the policy's last lines, the
    saver's consent published as everyone's. It is left out, said with its words; the policy's sentences stay."""
    record, value = RECORDS[manager]
    converted = converted_file(tmp_path, "cookie-policy-2024-02-14.html",
                               f'<!DOCTYPE html><html lang="en"><body><main>{POLICY}{record}</main></body></html>',
                               lang="en")
    assert value not in converted.markdown and "Consent" not in converted.markdown, converted.markdown
    assert "You can change your consent at any time." in converted.markdown
    assert any(note.startswith("removed the visitor's own consent record a consent manager wrote into the page (“")
               and value in note for note in converted.notes), converted.notes
    french = [messages.said_in(note, "fr") for note in converted.notes]
    assert any(note.startswith("retiré l'état du consentement du visiteur") for note in french), french


def test_a_policy_s_sentence_about_the_consent_record_stays(tmp_path: Path):
    """A policy explaining what the record holds is the policy's: its sentences are no visitor's record."""
    explained = ("<p>Consent ID: a number identifying your choice, kept with it.</p>"
                 "<p>Consent date: the day you made your choice is stored for twelve months.</p>")
    converted = converted_file(tmp_path, "cookie-policy-2024-02-14.html",
                               f'<!DOCTYPE html><html lang="en"><body><main>{POLICY}{explained}</main></body></html>',
                               lang="en")
    assert "Consent ID: a number identifying your choice, kept with it." in converted.markdown, converted.markdown
    assert "Consent date: the day you made your choice" in converted.markdown, converted.markdown
    assert not any(note.startswith("removed the visitor's") for note in converted.notes), converted.notes


@pytest.mark.parametrize(("text", "state"), [
    ("Your consent ID: not set · Consent date: –", True),
    ("Votre identifiant de consentement : 4f2a9 · Date du consentement : 14 février 2024", True),
    ("Ihre Einwilligungs-ID: 4f2a9", True),
    ("Your current state: Allow all.", True),
    ("We keep your consent ID: for a year.", False),
    ("Consent date: the date you gave your consent", False),
    ("Cookie settings", False),
])
def test_is_state(text: str, state: bool):
    assert is_state(text) is state
