"""safety57: an address's fragment holding a `%` that is no valid escape (`#50%`, `#%zz`: a link cut short in an e-mail,
a section's id written so) is read as written, as the site's other readers of a fragment read it (policy.js'
`fragment`, at.js): `decodeURIComponent` threw a URIError in compare.js' click handler, which then let the link leave
the pair's address, and in policy.js' version selector, which then skipped finding the reader's section."""
from __future__ import annotations

from reader import go
from test_reader_controls import _kind_page, _page, _switched


def test_a_section_link_of_the_compare_result_with_a_stray_percent_stays_on_the_pair_s_address(page, site, traffic):
    """A link of the result to one of its sections goes there without leaving `#OLD..NEW`, whatever its id."""
    pair = f"#{site.archived[0]}..{site.archived[-1]}"
    go(page, site.url("compare-fr") + pair)
    result = page.locator(".policy-compare-result")
    result.locator(".redline-section").first.wait_for()
    result.evaluate("""r => { const s = document.createElement('section'); s.id = '50%'; s.textContent = 'x';
        const a = document.createElement('a'); a.href = '#50%'; a.id = 'stray'; a.textContent = 'y';
        r.prepend(a); r.append(s); }""")
    page.click("#stray")
    assert page.evaluate("location.hash") == pair
    assert page.evaluate("document.activeElement.id") == "50%"
    assert not [error for error in traffic.errors if "URI" in error], traffic.errors


def test_switching_version_from_a_changes_page_at_a_stray_percent_lands_as_at_any_unknown_anchor(page, serve,
                                                                                                  tmp_path):
    """`#%zz` names no section, as `#zz` does: from a changes page, the other version's policy page (its changes page
    lists the sections that changed only); the selector took the URIError for a failed reading and went to that
    version's changes page instead."""
    sections = [("s1", "1. Objet"), ("s2", "2. Données")]
    for version, other in (("2024-01-15", "2024-06-01"), ("2024-06-01", "2024-01-15")):
        (tmp_path / version / "changes").mkdir(parents=True)
        (tmp_path / version / "index.html").write_text(_page(version, sections, other), encoding="utf-8")
        (tmp_path / version / "changes" / "index.html").write_text(_kind_page(version, "changes", sections, other),
                                                                  encoding="utf-8")
    unknown = _switched(page, serve, tmp_path, "2024-01-15/changes/#zz")
    assert unknown.startswith("/2024-06-01/") and "changes" not in unknown, unknown
    assert _switched(page, serve, tmp_path, "2024-01-15/changes/#%zz") == unknown.replace("#zz", "#%zz")
