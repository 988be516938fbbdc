"""The changes page's redline (partials/redline.html through redline.render_html): its links' names in the page's
languages, its tables as tables."""
from __future__ import annotations

import pytest
from jinja2 import Environment, FileSystemLoader
from selectolax.lexbor import LexborHTMLParser

from helpers import ROOT
from policysite import redline
from unit.test_redline import policy

BODY = "## 1. Dati\n\nMēs tos glabājam trīsdesmit dienas.\n\n## 2. Tiesības\n\nRakstiet mums.\n"


@pytest.fixture(scope="module")
def env() -> Environment:
    return Environment(loader=FileSystemLoader(str(ROOT / "overrides")))


def test_a_sections_links_into_the_versions_say_its_heading_marked_in_the_texts_language(env):
    """A section's link into a version was named by an aria-label, "previous version (§1 Dati)": the site's English
    words and a Latvian heading in one attribute, which cannot mark the heading's language (WCAG 3.1.2). The heading
    is said by words the eye does not see, marked Latvian, inside the link marked English; the name is the same."""
    r = redline.diff(policy(BODY, lang="lv"), policy(BODY.replace("trīsdesmit", "sešdesmit"), lang="lv", date="2030-02-01"))
    html = LexborHTMLParser(redline.render_html(r, env=env, lang="lv", old_url="../2030-01-15/",
                                                new_url="../2030-02-01/"))
    links = html.css(".redline-summary a[href*='/#']")
    assert [a.text() for a in links] == ["previous version (§1 Dati)", "new version (§1 Dati)"]
    for a in links:
        assert "aria-label" not in a.attributes and (a.attributes["lang"], a.attributes["dir"]) == ("en", "ltr")
        (unseen,) = a.css(".policy-unseen")
        assert (unseen.attributes["lang"], unseen.text()) == ("lv", " (§1 Dati)")
    # a language the site speaks: nothing marked, the same words
    french = LexborHTMLParser(redline.render_html(redline.diff(policy(BODY, lang="fr"), policy(
        BODY.replace("trīsdesmit", "sešdesmit"), lang="fr", date="2030-02-01")), env=env, lang="fr",
        old_url="../2030-01-15/", new_url="../2030-02-01/"))
    assert [(a.text(), a.attributes.get("lang")) for a in french.css(".redline-summary a[href*='/#']")] == [
        ("version précédente (§1 Dati)", None), ("nouvelle version (§1 Dati)", None)]


RETENTION = ("## 1. Retention\n\n"
             "| Data | Kept | Why |\n|---|---|---|\n"
             "| logs | 30 days | security |\n"
             "| invoices | 10 years | law |\n\n"
             "Ask [us](https://example.test/ask).\n")
# the column `Kept` removed, a row added, a row removed, a cell edited
NARROWER = ("## 1. Retention\n\n"
            "| Data | Why |\n|---|---|\n"
            "| logs | security and fraud |\n"
            "| cookies | consent |\n\n"
            "Ask [us](https://example.test/ask).\n")


def table_cells(table) -> list[tuple[str, list[str]]]:
    """Each row of a table: its class, and its cells as tag and words with their marks ([-deleted-], {+inserted+})."""
    def cell(node) -> str:
        words = "".join(f"[-{n.text()}-]" if n.tag == "del" else f"{{+{n.text()}+}}" if n.tag == "ins" else
                        n.text() for n in node.iter(include_text=True))
        return f"{node.tag}: {words}".replace("deleted: ", "").replace("inserted: ", "")
    return [(row.attributes.get("class") or "", [cell(c) for c in row.css("th, td")]) for row in table.css("tr")]


def test_a_changed_table_is_a_table_on_the_changes_page_its_header_kept_and_cells_marked(env):
    """The changes page showed a table's rows as lines of text, "logs | [−30 days] | security": its columns and its
    header lost. Now a table, every row of it, its first row its header (th scope="col"), each cell's words marked as a
    paragraph's (a screen reader hears "deleted:" and "inserted:"), a row added or removed classed so; a paragraph
    beside it is a paragraph still. It has no class of its own: Material wraps it in the policy page's scrolling box."""
    r = redline.diff(policy(RETENTION), policy(NARROWER, date="2030-02-01"))
    page = LexborHTMLParser(redline.render_html(r, env=env, lang="en"))
    (table,) = page.css(".redline-section .redline-table table")
    assert "class" not in table.attributes
    assert [th.attributes.get("scope") for th in table.css("thead th")] == ["col", "col", "col"]
    assert table_cells(table) == [
        ("", ["th: Data", "th: [-Kept-]", "th: Why"]),
        ("", ["td: logs", "td: [-30 days-]", "td: security {+and fraud+}"]),
        ("redline-row-removed", ["td: [-invoices-]", "td: [-10 years-]", "td: [-law-]"]),
        ("redline-row-added", ["td: {+cookies+}", "td: ", "td: {+consent+}"])]
    assert [sr.text() for sr in table.css("del .redline-sr, ins .redline-sr")][:2] == ["deleted: ", "deleted: "]
    assert not any("|" in p.text() for p in page.css(".redline-section p"))
    # a table unchanged is no table: the unchanged paragraphs' mark stands for it
    same = redline.diff(policy(RETENTION), policy(RETENTION.replace("Ask", "Write to"), date="2030-02-01"))
    assert LexborHTMLParser(redline.render_html(same, env=env, lang="en")).css(".redline table") == []
