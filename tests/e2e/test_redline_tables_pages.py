"""A changed table on the compare page: a table, as the changes page shows it (partials/redline.html's table_of), in
the box the policy page's tables scroll in, reached by keys and named (WCAG 2.1.1, 4.1.2, 1.4.10)."""
from __future__ import annotations

from jinja2 import Environment, FileSystemLoader
from reader import go
from wcag import axe, describe

from helpers import ROOT, synthetic_policy
from policysite import document, export, redline

HEADERS = ["Verarbeitungszwecke", "Empfängerkategorien", "Rechtsgrundlage", "Speicherdauer", "Datenkategorien",
           "Drittlandübermittlung", "Widerspruchsmöglichkeit", "Aufbewahrung", "Auftragsverarbeiter", "Garantien"]


def _table(headers: list[str], rows: list[list[str]]) -> str:
    line = lambda cells: "| " + " | ".join(cells) + " |\n"  # noqa: E731
    return line(headers) + line(["---"] * len(headers)) + "".join(line(r) for r in rows)


OLD = "## 1. Register\n\n" + _table(HEADERS, [[f"{h[:5]} one" for h in HEADERS], [f"{h[:5]} two" for h in HEADERS]])
# the fourth column removed, a row added, a cell edited
NEW = "## 1. Register\n\n" + _table(HEADERS[:3] + HEADERS[4:], [
    [f"{h[:5]} one" for h in HEADERS[:3] + HEADERS[4:]], ["Zweck neu"] + [f"{h[:5]} new" for h in HEADERS[5:]] + ["x"],
    [f"{h[:5]} {'two' if k else 'zwei'}" for k, h in enumerate(HEADERS[:3] + HEADERS[4:])]])

WORDS = """t => [...t.querySelectorAll('tr')].map(r => [r.className, ...[...r.children].map(c => c.tagName + ' '
    + (c.getAttribute('scope') || '') + ' ' + c.innerHTML)])"""


def _changes_html(old: str, new: str, texts: tuple[str, str] = (OLD, NEW)) -> str:
    return redline.render_html(redline.diff(*(document.parse(synthetic_policy(v, sections=text), path="en/index.md",
                                                             lang="en") for v, text in zip((old, new), texts))),
                               env=Environment(loader=FileSystemLoader(str(ROOT / "overrides"))), lang="en")


def compare(page, site, texts: tuple[str, str]) -> tuple[str, str]:
    """The compare page opened on the first and last versions of `site`, served as `texts` say: their dates."""
    old, new = site.archived[0], site.archived[-1]
    for version, text in zip((old, new), texts):
        data = export.policy_json(synthetic_policy(version, sections=text).encode("utf-8"), lang="en",
                                  version=version, url="", previous=None)
        page.route(f"**/en/{version}/policy.json", lambda route, _request, data=data: route.fulfill(
            body=data, content_type="application/json"))
    go(page, site.base + site.page("compare-en").path + f"#{old}..{new}")
    return old, new


def compared_tables(page, site, texts: tuple[str, str] = (OLD, NEW)) -> list:
    """The rows of the compare page's changed table between the first and last versions of `site`, served as `texts`
    say, each with its cells; the same table of the changes page left in the page, hidden, as #changes-page."""
    old, new = compare(page, site, texts)
    table = page.locator(".policy-compare-result .redline-table table")
    table.wait_for()
    # as the changes page writes it from the same two texts
    page.evaluate("html => { const d = document.createElement('div'); d.id = 'changes-page'; d.hidden = true; "
                  "d.innerHTML = html; document.body.appendChild(d); }", _changes_html(old, new, texts))
    return table.evaluate(WORDS)


def test_the_changes_pages_changed_table_scrolls_in_the_policy_pages_box_reached_by_keys(phone_page, site, traffic):
    """The changes page's table (no class of its own) is wrapped by Material in the box the policy page's tables
    scroll in, which policy.js makes a named region reached by keys: the page itself does not scroll sideways."""
    page = phone_page
    url = site.url("changes-en")

    def served(route, _request):
        response = route.fetch()
        body = response.text()
        start = body.index('<div class="redline"')
        end = body.index("</section>\n</div>", start) + len("</section>\n</div>")
        route.fulfill(response=response, body=body[:start] + _changes_html(*site.archived[:2]) + body[end:])

    page.route(url, served)
    go(page, url)
    box = page.locator(".redline-table .md-typeset__scrollwrap")
    box.wait_for()
    assert box.evaluate("b => b.scrollWidth > b.clientWidth"), "the table fits: nothing to check"
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    assert (box.get_attribute("tabindex"), box.get_attribute("role")) == ("0", "region")
    findings = axe(page)["violations"]
    assert findings == [], describe(findings)
    assert traffic.errors == []


def test_the_compare_pages_changed_table_is_the_changes_pages_table_in_a_box_reached_by_keys(phone_page, site,
                                                                                                 traffic):
    page = phone_page
    shown = compared_tables(page, site)
    assert shown == page.locator("#changes-page .redline-table table").evaluate(WORDS)
    assert [c.split(" ", 2)[:2] for c in shown[0][1:]] == [["TH", "col"]] * len(HEADERS)
    assert "<del" in shown[0][4] and [r[0] for r in shown].count("redline-row-added") == 1
    page.evaluate("() => document.getElementById('changes-page').remove()")
    box = page.locator(".policy-compare-result .md-typeset__scrollwrap")
    assert box.evaluate("b => b.scrollWidth > b.clientWidth"), "the table fits: nothing to check"
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")  # the page does not scroll
    assert (box.get_attribute("tabindex"), box.get_attribute("role")) == ("0", "region")
    assert "Register" in (box.get_attribute("aria-label") or "")
    box.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("b => b.scrollLeft > 0", arg=box.element_handle())
    findings = axe(page)["violations"]
    assert findings == [], describe(findings)
    assert traffic.errors == []


def test_the_compare_page_shows_a_row_moved_and_edited_as_the_changes_page(phone_page, site, traffic):
    """redline20: a row moved within its table and edited on the way shows where it is now with its edit alone marked
    (compare.js reads redline.js's movedCells), as the changes page shows it (redline.html's shown_cells)."""
    from unit.test_redline20_rows_moved_edited import EDITED, TABLE

    page = phone_page
    shown = compared_tables(page, site, (TABLE, EDITED))
    assert shown == page.locator("#changes-page .redline-table table").evaluate(WORDS)
    (moved,) = [row for row in shown if "Invoices" in " ".join(row) and "redline-row-added" in row[0]]
    # "eleven" inserted alone ("ten" struck where it was, as Word's move deletes it: redline21)
    assert "<del" not in moved[2] and "<ins" in moved[2] and "<ins" not in moved[1]
    assert traffic.errors == []
