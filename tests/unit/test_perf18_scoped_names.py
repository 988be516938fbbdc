"""The theme scripts' words are placed under the SCOPED prefix that governs them once a process (stylesheet, perf18).

names_of looked up the longest SCOPED prefix of each of the scripts' some 3,300 words (and prefixes) in every
language build: 42 builds of a 20-version rebuild spent 2.4 s of 18.5 s profiled there. The scripts are the same
in every build of a process, so the words are grouped by prefix once and each build takes the groups its pages hold.
"""
from __future__ import annotations

from helpers import calls_to
from policysite import stylesheet

SCRIPTS = ('facts.className = `md-source__fact md-source__fact--${kind}`; list.className = "md-source__facts";'
           'label.classList.add("tabbed-labels", "tabbed-labels--linked"); x.classList.add("md-header--shadow");'
           'a.classList.add(`md-tooltip2__inner`, `md-tooltip--active`, "md-tag-icon"); y=`md-annotation__index`',
           'e.className=`md-code__${t}`; f.className=`md-tooltip2--${side}`; g.className=`tabbed-${n}`;'
           'h.className=`md-status--${k}`')
PLAIN = '<html><body><header class="md-header">x</header><p class="one">y</p></body></html>'
TABS = PLAIN.replace("</header>", '</header><div class="tabbed-set"><div class="tabbed-labels">a</div></div>')
SOURCE = PLAIN.replace("x</header>", 'x<a data-md-component="source">r</a></header>')
TOOLTIPS = PLAIN.replace("<body>", '<body><script id="__config">{"features": ["content.tooltips"]}</script>')


def _each_word(pages: list[str], written: stylesheet.Names | None = None) -> stylesheet.Names:
    """names_of as it read the scripts before: each word's prefix looked up alone (the reference)."""
    words_all, prefixes_all = stylesheet._names_in_all(SCRIPTS)
    bare = stylesheet.names_of(pages, (), written=written)
    held: set[str | None] = {None}
    held |= {prefix for prefix, _, name, _ in stylesheet.SCOPED
             if written is not None and name and written.has_class(name)}
    for page in pages:
        tree = stylesheet.LexborHTMLParser(page)
        features = stylesheet._features(tree)
        held.update(prefix for prefix, selector, _, on in stylesheet.SCOPED
                    if features.intersection(on) or tree.css_first(selector))
    words = bare.words | {word for word in words_all if stylesheet._scoped(word) in held}
    prefixes = set(bare.prefixes) | {prefix for prefix in prefixes_all if stylesheet._scoped(prefix) in held}
    return stylesheet.Names(frozenset(words), tuple(sorted(prefixes)))


def test_the_names_are_those_of_each_word_looked_up_alone():
    for pages in ([PLAIN], [TABS], [SOURCE], [TOOLTIPS], [PLAIN, TABS, SOURCE, TOOLTIPS], []):
        assert stylesheet.names_of(pages, SCRIPTS) == _each_word(pages)
    can = stylesheet.Names(frozenset({"tabbed-set", "md-tag"}), ())
    assert stylesheet.names_of([PLAIN], SCRIPTS, written=can) == _each_word([PLAIN], written=can)
    got = stylesheet.names_of([TABS, TOOLTIPS], SCRIPTS)
    assert {"tabbed-labels", "md-tooltip--active", "md-header--shadow", "one"} <= got.words
    assert "md-tooltip2__inner" in got.words  # (content.tooltips turns the new tooltips on too)
    assert "md-source__fact" not in got.words and "md-annotation__index" not in got.words
    assert "tabbed-" in got.prefixes and "md-status--" in got.prefixes and "md-code__" not in got.prefixes


def test_a_further_build_places_no_script_word_again(monkeypatch):
    stylesheet._scoped_names.cache_clear()
    placed = calls_to(monkeypatch, stylesheet, "_scoped")
    stylesheet.names_of([PLAIN], SCRIPTS)
    assert placed  # (the first build of the process places each word once)
    placed.clear()
    for pages in ([TABS], [SOURCE, TOOLTIPS], [PLAIN]):
        stylesheet.names_of(pages, list(SCRIPTS))
    assert placed == []
