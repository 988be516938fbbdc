"""Reader32, session 59: two wide tables in one section were two regions of one name, the section's heading (axe's
landmark-unique; a screen reader's list of regions said the same words twice). Each is now told apart by its own
words, in the page's language whatever it is: its caption, else its cells from the first header on, as few as tell
it from the section's other tables; a table alone in its section keeps its heading's name (test_wide_tables)."""
from __future__ import annotations

import pytest
from reader import go, with_first_section_holding
from wcag import axe, describe, injected

LONG = "policy_consent_preference_identifier_kept_for_thirteen_months"


def _table(headers: tuple[str, ...], first: str, caption: str = "") -> str:
    return ("<table>" + (f"<caption>{caption}</caption>" if caption else "") + "<thead><tr>"
            + "".join(f"<th>{word}</th>" for word in headers) + "</tr></thead><tbody><tr>"
            + "".join(f"<td>{first if n == 0 else LONG}</td>" for n in range(len(headers))) + "</tr></tbody></table>")


# Per language: a cookie table, another of the same headers (its first row tells it apart), a table of other headers,
# and a captioned one of the first's headers: four wide tables in one section.
HEADERS = {"fr": ("Nom", "Finalité", "Durée", "Domaine", "Fournisseur"),
           "en": ("Name", "Purpose", "Duration", "Domain", "Provider")}
OTHER = {"fr": ("Destinataire", "Pays", "Garanties", "Transfert"), "en": ("Recipient", "Country", "Safeguards", "Transfer")}
CAPTION = {"fr": "Traceurs de mesure d’audience", "en": "Audience measurement trackers"}

NAMES = """() => [...document.querySelectorAll('.md-typeset__scrollwrap[role=region]')].map(b => {
  const heading = [...document.querySelectorAll('.md-typeset :is(h1,h2,h3,h4,h5,h6)')]
    .filter(h => h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING).pop();
  const name = b.getAttribute('aria-label') || (b.getAttribute('aria-labelledby') || '').split(' ')
    .map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent.trim()).join(' ');
  const title = heading.cloneNode(true);
  title.querySelectorAll('.headerlink').forEach(e => e.remove());
  return {name: name, heading: title.textContent.trim(), first: b.querySelector('th,td,caption').textContent.trim()};
})"""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_wide_tables_of_one_section_are_regions_of_different_names(phone_page, site, lang):
    page = phone_page
    tables = (_table(HEADERS[lang], "_ga") + _table(HEADERS[lang], "_pk_id") + _table(OTHER[lang], "Acme")
              + _table(HEADERS[lang], "_ga", CAPTION[lang]))
    go(page, with_first_section_holding(page, site.version_url(lang, site.archived[-1]), tables))
    page.locator(f".md-typeset__scrollwrap[role=region] th:text-is('{OTHER[lang][0]}')").wait_for()
    regions = page.evaluate(NAMES)
    # (the page's own cookie table, alone in a later section, keeps its heading's name)
    ours = [region for region in regions if region["heading"] == regions[0]["heading"]]
    assert len(ours) == 4, regions
    names = [region["name"] for region in ours]
    assert len(set(names)) == 4, names
    heading = ours[0]["heading"]
    assert all(region["heading"] == heading and region["name"].startswith(heading) for region in ours), ours
    # each told by its own first words, as few as needed: the captioned one by its caption, the other headers' by
    # their first, the two of the same headers by the first row's first cell
    assert [name[len(heading):].strip() for name in names] == [
        " ".join(HEADERS[lang]) + " _ga", " ".join(HEADERS[lang]) + " _pk_id", OTHER[lang][0], CAPTION[lang]], names
    injected(page)
    findings = page.evaluate("""() => axe.run(document, {runOnly: {type: 'rule', values: ['landmark-unique']},
                                                          resultTypes: ['violations']})""")["violations"]
    assert findings == [], describe(findings)
    assert axe(page)["violations"] == []
