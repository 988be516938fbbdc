"""A table of many columns (13 and more: a cookie table, a German processing register) is read whole on a phone and
on paper: its header words are never broken, and the box it scrolls in on a screen is reached by the keyboard and
named (WCAG 2.1 AA: 2.1.1, 4.1.2, 1.4.10). Texts 28: print gave a table of 13+ columns' headers no width, so that
"Verarbeitungszwecke" was printed in pieces, and on a phone the scrolling box had no name."""
from __future__ import annotations

import html
import re
import subprocess

from reader import go, resized, with_first_section_holding
from wcag import axe, describe

from helpers import poppler

# Fourteen headers as a German register writes them: longer words than a column of a phone or of A4 holds.
GERMAN = ["Verarbeitungszwecke", "Empfängerkategorien", "Rechtsgrundlage", "Speicherdauer", "Datenkategorien",
          "Drittlandübermittlung", "Widerspruchsmöglichkeit", "Aufbewahrung", "Auftragsverarbeiter", "Verantwortlicher",
          "Garantien", "Rechtsbehelfe", "Betroffenenrechte", "Einwilligung"]
TABLE = ("<table><thead><tr>" + "".join(f"<th>{word}</th>" for word in GERMAN) + "</tr></thead><tbody>"
         + ("<tr>" + "".join("<td>Zweck der Verarbeitung</td>" for _ in GERMAN) + "</tr>") * 3 + "</tbody></table>")

# Each header word's line boxes: a word broken across lines has more than one.
BROKEN = """table => [...table.querySelectorAll('th')].flatMap(th => {
    const text = th.firstChild, out = [];
    for (const match of text.data.matchAll(/\\S+/g)) {
      const range = document.createRange();
      range.setStart(text, match.index); range.setEnd(text, match.index + match[0].length);
      const lines = new Set([...range.getClientRects()].map(r => Math.round(r.left) + ',' + Math.round(r.top)));
      if (lines.size > 1) out.push(match[0]);
    }
    return out; })"""


def _with_wide_table(page, site, lang: str = "en") -> str:
    """The archived page of `lang` served with the 14-column table in its first section, as the site's Markdown
    renders a table: Material and the site's script then treat it as they treat the text's own."""
    return with_first_section_holding(page, site.version_url(lang, site.archived[-1]), TABLE)


def test_a_wide_tables_box_on_a_phone_is_named_reached_by_keys_and_breaks_no_header(phone_page, site):
    """On a 375 px phone the table scrolls sideways in its box: the box is a region named by the section it is in,
    takes focus, scrolls with the arrow keys, and each header keeps its word on one line."""
    page = phone_page
    go(page, _with_wide_table(page, site))
    box = page.locator(".md-typeset__scrollwrap", has=page.locator(f"th:text-is('{GERMAN[0]}')"))
    box.wait_for()
    assert box.evaluate("b => b.scrollWidth > b.clientWidth"), "the table fits: nothing to check"
    assert (box.get_attribute("tabindex"), box.get_attribute("role")) == ("0", "region")
    name = box.evaluate("""b => b.getAttribute('aria-label') || (b.getAttribute('aria-labelledby') || '').split(' ')
        .map(id => document.getElementById(id)).filter(Boolean).map(e => e.textContent.trim()).join(' ')""")
    heading = box.evaluate("""b => { const all = [...document.querySelectorAll('.md-typeset :is(h2, h3, h4, h5, h6)')];
        return all.filter(h => h.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING).pop().textContent }""")
    assert name and name.strip() in heading and len(name) > 2, (name, heading)
    assert page.locator(".md-typeset table").first.evaluate(BROKEN) == []
    box.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("b => b.scrollLeft > 0", arg=box.element_handle())
    findings = axe(page)["violations"]
    assert findings == [], describe(findings)


def test_a_printed_table_of_fourteen_columns_keeps_its_header_words_whole_within_the_page(page, site, tmp_path):
    """Printed on A4, a table of more columns than the paper holds gave its headers no width: "Verarbeitungszwecke"
    came out in pieces. Its headers now keep every word whole (set upright, reading up, in their narrow columns), and
    every column is printed within the page's margins."""
    go(page, _with_wide_table(page, site))
    page.emulate_media(media="print")
    resized(page, {"width": 718, "height": 1000})  # A4's width less Chromium's default margins, in px
    assert page.locator(".md-typeset table").first.evaluate(BROKEN) == []
    pdf = tmp_path / "printed.pdf"
    page.pdf(path=str(pdf), format="A4")
    boxes = subprocess.run([poppler("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', boxes)[1])
    words = [(html.unescape(word), float(right)) for right, word in
             re.findall(r'<word [^>]*xMax="([\d.]+)"[^>]*>([^<]*)</word>', boxes)]
    assert [german for german in GERMAN if german not in {word for word, _ in words}] == []
    assert max(right for _, right in words) < width - 18 / 25.4 * 72, "a word printed past the page's margin"
