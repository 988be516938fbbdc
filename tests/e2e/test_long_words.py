"""Long words at 320 CSS px with the browser's text at 200 % (WCAG 1.4.4 with 1.4.10): a German compound in a heading,
a list or a definition, an e-mail address, a web address, a name in code, a table cell. Each is read without scrolling
sideways; the words are hyphenated by their language where the browser has its dictionary (none in the Chromium these
tests run, so the style that asks for it is what is checked), and an address or code is never given a hyphen that is
not in it (it would read as another address): it breaks where it must, as it is."""
from __future__ import annotations

import pytest
from reader import go, settled, with_first_section_holding

ADDRESS = "https://www.example.org/politique/confidentialite/cookies/parametres-avances-du-consentement?langue=fr"
MAIL = "delegue.protection.donnees@dialonce-exemple.example"
# As a real policy's Markdown renders them: a heading, a paragraph with addresses and code, a nested list, a
# definition list, a part in the other language (marked, as the site marks it), a table in Material's scrolling box.
LONG = ("<h2 id='long-words'>9. Datenschutzfolgenabschätzung und Auftragsverarbeitungsvereinbarung</h2>"
        f"<p>Écrivez à <a href='mailto:{MAIL}'>{MAIL}</a> ou lisez <a href='{ADDRESS}'>{ADDRESS}</a> "
        "(le témoin <code>policy_consent_preference_identifier_kept</code>), dit "
        "<span lang='de'>Rechtsbehelfsbelehrungsverpflichtung</span>.</p>"
        "<ul><li>Verarbeitungsverzeichnis<ul><li>Auftragsverarbeitungsvereinbarungsnachtrag</li></ul></li></ul>"
        "<dl><dt>Verarbeitungsverzeichnisverantwortlicher</dt><dd>Drittlandübermittlungsgarantien</dd></dl>"
        "<table><thead><tr><th>Nom</th><th>Durée</th></tr></thead><tbody><tr><td>Aufbewahrungsfristenberechnung</td>"
        "<td>13 mois</td></tr></tbody></table>")

# What each kind of text does with a word longer than its line: (hyphens, whether it may break anywhere).
SHAPES = """() => { const c = document.querySelector('.md-content');
    const one = sel => { const e = c.querySelector(sel), s = getComputedStyle(e);
        return [sel, e.closest('[lang]').getAttribute('lang'), s.hyphens, s.overflowWrap]; };
    return ['#long-words', '#long-words + p', '#long-words ~ ul li li', '#long-words ~ dl dt', '#long-words ~ dl dd',
            '#long-words ~ .md-typeset__scrollwrap td', '#long-words + p span[lang]', '#long-words + p a[href^=mailto]',
            '#long-words + p a[href^=http]', '#long-words + p code'].map(one); }"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_long_words_at_320_px_and_200_percent_hyphenate_by_language_and_addresses_keep_theirs(new_context, site,
                                                                                              lang):
    """Reader7, session 36: the long words of a heading, a list, a definition or a cell broke at any letter with no
    hyphen ("Datenschutz|folgenabsch|ätzungsverp|flichtung"): the site asked no browser to hyphenate them."""
    page = new_context(viewport={"width": 320, "height": 700}).new_page()
    page.context.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": {"standard": 32, "fixed": 26}})
    go(page, with_first_section_holding(page, site.version_url(lang, site.archived[-1]), LONG))
    page.locator("#long-words").wait_for()
    settled(page)
    assert page.evaluate("parseFloat(getComputedStyle(document.documentElement).fontSize)") >= 32, "text not enlarged"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    outside = page.evaluate("""() => [...document.querySelectorAll('.md-content *')]
        .filter(e => e.checkVisibility() && e.getBoundingClientRect().width > 0)
        .filter(e => !e.closest('.md-typeset__scrollwrap, pre'))
        .filter(e => e.getBoundingClientRect().left < 0 || e.getBoundingClientRect().right > 320)
        .map(e => e.tagName + ' ' + e.textContent.slice(0, 30))""")
    assert outside == []
    words = ("auto", "break-word")
    assert page.evaluate(SHAPES) == [
        ["#long-words", lang, *words], ["#long-words + p", lang, *words], ["#long-words ~ ul li li", lang, *words],
        ["#long-words ~ dl dt", lang, *words], ["#long-words ~ dl dd", lang, *words],
        ["#long-words ~ .md-typeset__scrollwrap td", lang, *words], ["#long-words + p span[lang]", "de", *words],
        ["#long-words + p a[href^=mailto]", lang, "none", "anywhere"],
        ["#long-words + p a[href^=http]", lang, "none", "anywhere"], ["#long-words + p code", lang, "none", "anywhere"]]
