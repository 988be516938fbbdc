"""Session 44, perf3 (issue 16): a published page is parsed once a process for its output check and the branch's rules.
The history page grows with every version (some 1 MB a language at 1,000 versions, 16 ms a parse); a publication parsed
it whole three times after compaction: the archive build's output check (check_site), then servedpages' addresses above
the site's root (above_root) and its canonical and alternate addresses (page_elsewhere). They share one parse now
(safety.parsed), and no reader changes it."""
from __future__ import annotations

import selectolax.lexbor

from policysite import safety, servedpages

FOLDER = "/politique-de-confidentialite/"
SITE = f"https://www.company.example{FOLDER}"
ROWS = "".join(f'<tr id="v{n}"><td><a href="../2021-02-{n:02d}/">{n} février 2021</a></td></tr>' for n in range(1, 29))
PAGE = ("<!doctype html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Historique (perf3)</title>"
        f"<link rel=\"canonical\" href=\"{SITE}fr/history/\"></head><body>"
        f"<article class=\"md-content__inner md-typeset\"><h1>Historique</h1><table>{ROWS}</table></article></body></html>")


def _counted(monkeypatch) -> list[int]:
    parses: list[int] = []
    real = selectolax.lexbor.LexborHTMLParser

    class Counting(real):  # type: ignore[misc, valid-type]
        def __init__(self, html, *args, **kwargs):
            parses.append(len(html))
            super().__init__(html, *args, **kwargs)

    monkeypatch.setattr(selectolax.lexbor, "LexborHTMLParser", Counting)
    monkeypatch.setattr(safety, "LexborHTMLParser", Counting)
    monkeypatch.setattr(safety, "_trees", {})
    return parses


def test_the_output_check_and_the_branchs_rules_read_one_parse_of_a_page(monkeypatch):
    parses = _counted(monkeypatch)
    monkeypatch.setattr(safety, "PARSED_LARGE", len(PAGE), raising=False)  # (a history page of 200 versions)
    other = PAGE.replace("(perf3)", "(another page)")[:len(PAGE) // 2]  # (a smaller page read between)
    found = safety.check_page(PAGE, file="fr/history/index.html", theme_dirs=(), text=False)
    safety.check_page(other, file="fr/at/index.html", theme_dirs=(), text=False)
    assert servedpages.above_root(PAGE, base=f"{SITE}fr/history/", root=FOLDER) == ""
    assert servedpages.above_root(other, base=f"{SITE}fr/at/", root=FOLDER) == ""
    assert servedpages.page_elsewhere(PAGE, host="www.company.example") == ""
    assert [v for v in found if "refresh" in str(v.message)] == []
    assert parses.count(len(PAGE)) == 1, parses
    # what each reads of the shared tree is what its own parse read: a page naming an address above the site's root
    away = PAGE.replace("</head>", '<script src="../../../x/evil.js"></script></head>')
    assert servedpages.above_root(away, base=f"{SITE}fr/history/", root=FOLDER) == "../../../x/evil.js"
    assert servedpages.page_elsewhere(away.replace(f"{SITE}fr/history/", "https://other.example/"),
                                      host="www.company.example") == "https://other.example/"


def test_the_parses_kept_are_the_last_and_large_ones_bounded_by_their_size(monkeypatch):
    parses = _counted(monkeypatch)
    monkeypatch.setattr(safety, "PARSED_LARGE", len(PAGE))
    monkeypatch.setattr(safety, "PARSED_CHARS", 3 * len(PAGE))
    pages = [PAGE.replace("(perf3)", f"(perf{n})") for n in range(5)]  # (as large as PAGE)
    for page in pages:
        safety.parsed(page)
    assert len(safety._trees) == 3 and safety.parsed(pages[-1]) is safety.parsed(pages[-1])
    safety.parsed(pages[0])  # (let go of: parsed again)
    assert len(parses) == 6 and len(safety._trees) == 3
    small = [page[:len(PAGE) // 2] for page in pages[:2]]  # a small page is kept while it is the last one read only
    tree = safety.parsed(small[0])
    assert safety.parsed(small[0]) is tree and len(safety._trees) == 3
    safety.parsed(small[1])
    assert (small[0], False) not in safety._trees and len(parses) == 8
