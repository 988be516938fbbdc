"""Texts as consent managers, policy generators, CMS plugins and Markdown editors write them, imported (adoption hunt
26)."""
from __future__ import annotations

from pathlib import Path

import markdown

from policysite import document
from policysite.convert import convert


def converted(tmp_path: Path, body: str, name: str = "cookies-2023-04-12.html"):
    source = tmp_path / name
    source.write_text(f"<!DOCTYPE html><html lang=\"en\"><body><main>{body}</main></body></html>", encoding="utf-8")
    return convert(source)


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_an_empty_mount_point_of_a_script_before_a_heading_gives_it_no_id(tmp_path: Path):
    """Complianz's cookie policy ends its consent section with the empty `<div id="cmplz-manage-consent-container">`
    its script fills (OneTrust's `<div id="ot-sdk-cookie-policy">` is another): the next heading was imported as
    `## 8. Enabling/disabling and deleting cookies {#cmplz-manage-consent-container}`, its anchor that id instead of its
    number's. An empty anchor before a heading (`<a name>`, `<span id>`), or an element a link lands on, still gives
    the heading its id."""
    text = converted(tmp_path, (
        "<h1>Cookie Policy (UK)</h1><p><a href=\"#contact\">Contact us</a>.</p><h2>1. Consent</h2><p>You choose.</p>"
        "<div id=\"cmplz-manage-consent-container\" class=\"cmplz-manage-consent-container\"></div>"
        "<h2>2. Enabling/disabling and deleting cookies</h2><p>Use your browser.</p>"
        "<div id=\"ot-sdk-cookie-policy\"></div><h2>3. Your rights</h2><p>Ask us.</p>"
        "<a name=\"old-10\"></a><h2>4. Transfers</h2><p>None.</p>"
        "<span id=\"retention\"></span><h2>5. Retention</h2><p>Short.</p>"
        "<div id=\"contact\"></div><h2>6. Contact details</h2><p>Write.</p>")).markdown
    assert headings(text) == ["# Cookie Policy (UK)", "## 1. Consent", "## 2. Enabling/disabling and deleting cookies",
                              "## 3. Your rights", "## 4. Transfers {#old-10}", "## 5. Retention {#retention}",
                              "## 6. Contact details {#contact}"], text
    assert document.parse(f"---\ndate: 2023-04-12\n---\n{text}", path="index.md", lang="en").problems == []


def test_markdown_footnotes_written_one_under_the_other_stay_on_their_own_lines(tmp_path: Path):
    """A README's notes, `[^1]: …` then `[^2]: …` on the next line (as GitHub and Pandoc write them, each shown as an
    item of a list): imported as two lines of one paragraph, the site showed "1 As defined in Article 4(1) GDPR. 2
    Subject to …" run together. Each note ends its line; a note's own lines stay its own."""
    source = tmp_path / "privacy-2024-03-01.md"
    source.write_text("# Privacy\n\n## 1. Rights\n\nYou may ask[^a]. Some limits apply[^b].\n\n---\n\n"
                      "[^a]: As defined in Article 4(1)\n    GDPR.\n[^b]: Subject to Article 17(3) GDPR.\n",
                      encoding="utf-8")
    text = convert(source).markdown
    assert ('<span id="fn-1"></span><sup>1</sup> As defined in Article 4(1)\nGDPR.  \n'
            '<span id="fn-2"></span><sup>2</sup> Subject to Article 17(3) GDPR.\n') in text, text
    html = markdown.markdown(text)
    assert "GDPR.<br />\n<span" in html and "(1)\nGDPR" in html, html


def test_cookiebots_panel_of_the_visitors_own_consent_is_left_out(tmp_path: Path):
    """Cookiebot's declaration, saved once its script ran, holds the panel of the saver's own consent: the three states
    it may show (two hidden), "Your consent ID: 3Fq3…==" and its date, "Change your consent | Withdraw your consent".
    All were imported, the saver's consent ID published as the policy's. The panel is left out as a consent manager's
    banner is, said; the declaration's own words and its table stay."""
    text = converted(tmp_path, (
        '<h1>Cookie declaration</h1><div id="CookieDeclaration"><div class="CookieDeclaration" lang="en">'
        '<p class="CookieDeclarationDialogText">This website uses cookies to analyse our traffic.</p>'
        '<p>Your consent applies to the following domains: www.acme.example</p>'
        '<div id="CookieDeclarationUserStatusPanel" style="display: block"><div id="CookieDeclarationUserStatusLabel">'
        '<div id="CookieDeclarationUserStatusLabelOff" style="display: none;">Your current state: Deny.</div>'
        '<div id="CookieDeclarationUserStatusLabelOn" style="display: block;">Your current state: Allow all.</div>'
        '<p id="CookieDeclarationConsentIdAndDate"><span style="display:block">Your consent ID: <span '
        'id="CookieDeclarationUserStatusLabelConsentId">3Fq3si2tBBWJTdr/bwc00AxejN6ncHyyEb7z9HwrjelxKkzEJaMY/Q==</span>'
        '</span><span style="display:block">Consent date: <span>Sunday, November 9, 2025</span></span></p></div>'
        '<div id="CookieDeclarationChangeConsent"><a id="CookieDeclarationChangeConsentChange" href="#">Change your '
        'consent</a> | <a id="CookieDeclarationChangeConsentWithdraw" href="#">Withdraw your consent</a></div></div>'
        '<p class="CookieDeclarationTypeHeader">Necessary (1)</p><table class="CookieDeclarationTable"><thead><tr>'
        '<th>Name</th><th>Purpose</th></tr></thead><tbody><tr><td>CookieConsent</td><td>Stores the user\'s cookie '
        'consent state</td></tr></tbody></table></div></div>'), "cookies-2025-12-04.html")
    for gone in ("current state", "consent ID", "3Fq3si2t", "Consent date", "Change your consent", "Withdraw"):
        assert gone not in text.markdown, gone
    assert "Your consent applies to the following domains: www.acme.example" in text.markdown
    assert "| CookieConsent | Stores the user's cookie consent state |" in text.markdown
    assert any(note.startswith("removed the page's consent banner (“Your current state: Deny.") for note in text.notes)
