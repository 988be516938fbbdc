"""Adopt52: a link wrapped by Proofpoint's URL Defense (a mail's link pasted into the policy: `urldefense.com/v3/__…`,
`urldefense.proofpoint.com/v2/url?u=https-3A__…`) lost its target on import, its address unread though the wrapper
writes it whole; Google's, Outlook's and Facebook's were already written as their address. Each version's encoding is
read; one the import cannot read whole (a run of characters taken out, `**`) still loses its target, and the gate
still refuses any wrapped link in a text."""
from __future__ import annotations

import base64

from policysite import safety
from policysite.addresses import redirect_of
from policysite.convert import html_source


def test_each_version_s_address_is_read():
    assert redirect_of("https://urldefense.com/v3/__https://h.example/privacy__;!!Abc-d$") == \
        ("urldefense.com", "https://h.example/privacy")
    assert redirect_of("https://urldefense.proofpoint.com/v2/url?u=https-3A__h.example_privacy-3Flang-3Den&d=DwMF")[1] \
        == "https://h.example/privacy?lang=en"
    assert redirect_of("https://urldefense.proofpoint.com/v1/url?u=https%3A%2F%2Fh.example%2Fa&k=1")[1] == \
        "https://h.example/a"
    taken = base64.urlsafe_b64encode(b"#").decode().rstrip("=")
    assert redirect_of(f"https://urldefense.com/v3/__https://h.example/page*rights__;{taken}!!x$")[1] == \
        "https://h.example/page#rights"


def test_what_cannot_be_read_whole_or_is_no_web_address_stays_unread():
    assert redirect_of("https://urldefense.com/v3/__https://h.example/a**Bxyz__;Iw!!x$") == ("urldefense.com", "")
    assert redirect_of("https://urldefense.com/v3/__javascript:alert(1)__;!!x$") == ("urldefense.com", "")
    assert redirect_of("https://urldefense.com/v3/__https://h.example/a*__;!!x$") == ("urldefense.com", "")


def test_the_import_links_the_address_and_the_gate_still_refuses_the_wrapper():
    href = "https://urldefense.com/v3/__https://rights.example/complain__;!!Q1w$"
    page = f'<html><body><main><h1>Privacy</h1><p>See <a href="{href}">how to complain</a>.</p></main></body></html>'
    converted = html_source.convert(page.encode(), name="privacy.html", lang="en")
    assert "[how to complain](https://rights.example/complain)" in converted.markdown
    assert "urldefense" not in converted.markdown
    assert [said.key for said in safety.deceptive_link(href, "how to complain")] == ["link.redirect/wrapping"]  # type: ignore[attr-defined]
