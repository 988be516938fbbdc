"""A page's names (its classes, its inline scripts' and styles' words and class prefixes, the SCOPED features it turns
on) are kept between commands beside the stylesheets' trimmings, under the digest of the page's text (perf22).

stylesheet.names_of parsed every page of every language build with lexbor to trim the theme's stylesheets: some 7 ms of
each version a warm `policy history --rebuild` builds again, for the same pages. The names read back are those parsed.
"""
from __future__ import annotations

import pytest

from policysite import stylesheet

SCRIPTS = ('facts.className = `md-source__fact md-source__fact--${kind}`; list.className = "md-source__facts";'
           'label.classList.add("tabbed-labels"); x.classList.add("md-header--shadow"); y=`md-annotation__index`',
           'f.className=`md-tooltip2--${side}`; h.className=`md-status--${k}`')
PLAIN = ('<html><head><style>.inline-rule{color:red}</style></head><body><header class="md-header  two">x</header>'
         '<p class="one" style="--md-accent: 1">y</p><script>el.className = `made-${n}`; z.classList.add("added")'
         '</script></body></html>')
TABS = PLAIN.replace("</header>", '</header><div class="tabbed-set"><div class="tabbed-labels">a</div></div>')
SOURCE = PLAIN.replace("x</header>", 'x<a data-md-component="source">r</a></header>')
TOOLTIPS = PLAIN.replace("<body>", '<body><script id="__config">{"features": ["content.tooltips"]}</script>')
ACCENTED = '<html><body><p class="été ‘quoted’">Où</p></body></html>'
CASES = [[PLAIN], [TABS, SOURCE], [TOOLTIPS, ACCENTED], [PLAIN, TABS, SOURCE, TOOLTIPS, ACCENTED], []]


@pytest.mark.parametrize("pages", CASES)
@pytest.mark.parametrize("written", [None, stylesheet.Names(frozenset({"annotate"}), ("w-",))])
def test_the_names_kept_are_those_parsed(tmp_path, pages, written):
    kept_in = tmp_path / "stylesheets"
    parsed = stylesheet.names_of(pages, SCRIPTS, written=written)
    assert stylesheet.names_of(pages, SCRIPTS, written=written, kept_in=kept_in) == parsed  # (kept)
    assert stylesheet.names_of(pages, SCRIPTS, written=written, kept_in=kept_in) == parsed  # (read back)
    folder = tmp_path / stylesheet.PAGES_FOLDER
    assert len(list(folder.iterdir()) if folder.exists() else []) == len(set(pages))


def test_what_each_page_gives_as_parsed(tmp_path):
    names = stylesheet.names_of([TABS, TOOLTIPS], SCRIPTS, kept_in=tmp_path / "stylesheets")
    assert {"md-header", "two", "one", "inline-rule", "--md-accent", "added", "tabbed-set", "tabbed-labels",
            "md-tooltip2--"} - names.words == set()
    assert "made-" in names.prefixes and "md-tooltip2--" in names.prefixes  # (the page's script; a scoped one held)
    alone = stylesheet.names_of([PLAIN], SCRIPTS, kept_in=tmp_path / "stylesheets")
    assert "tabbed-labels" not in alone.words and "md-tooltip2--" not in alone.prefixes


def test_a_page_read_back_is_not_parsed_again(tmp_path, monkeypatch):
    kept_in = tmp_path / "stylesheets"
    first = stylesheet.names_of([TABS, TOOLTIPS], SCRIPTS, kept_in=kept_in)

    def refused(_html):
        raise AssertionError("parsed again")

    monkeypatch.setattr(stylesheet, "LexborHTMLParser", refused)
    assert stylesheet.names_of([TOOLTIPS, TABS], SCRIPTS, kept_in=kept_in) == first
    with pytest.raises(AssertionError, match="parsed again"):  # (another page: parsed)
        stylesheet.names_of([TABS + " "], SCRIPTS, kept_in=kept_in)
    with pytest.raises(AssertionError, match="parsed again"):  # (nowhere kept: parsed, as before)
        stylesheet.names_of([TABS], SCRIPTS)


@pytest.mark.parametrize("damage", [b"", b"not what was kept", b"\0" * 32 + b"[]"])
def test_a_kept_file_damaged_or_cut_short_is_parsed_again(tmp_path, damage):
    kept_in = tmp_path / "stylesheets"
    first = stylesheet.names_of([SOURCE], SCRIPTS, kept_in=kept_in)
    (kept,) = (tmp_path / stylesheet.PAGES_FOLDER).iterdir()
    kept.write_bytes(damage)
    assert stylesheet.names_of([SOURCE], SCRIPTS, kept_in=kept_in) == first


def test_a_kept_file_holding_what_names_none_is_parsed_again(tmp_path):
    from policysite import keptfiles

    kept_in = tmp_path / "stylesheets"
    first = stylesheet.names_of([SOURCE], SCRIPTS, kept_in=kept_in)
    folder = tmp_path / stylesheet.PAGES_FOLDER
    (kept,) = folder.iterdir()
    keptfiles.write(folder, kept.name, b'[["x"], [1], []]', most=10)
    assert stylesheet.names_of([SOURCE], SCRIPTS, kept_in=kept_in) == first


def test_the_trimming_reads_the_pages_kept(tmp_path):
    css = {"main.css": ".one{a:b}.tabbed-set{c:d}.md-source__facts{e:f}.absent{g:h}"}
    kept_in = tmp_path / "stylesheets"
    bare = stylesheet.trim_all(css, pages=[TABS], scripts=SCRIPTS)
    assert stylesheet.trim_all(css, pages=[TABS], scripts=SCRIPTS, kept_in=kept_in) == bare
    assert stylesheet.trim_all(css, pages=[TABS], scripts=SCRIPTS, kept_in=kept_in) == bare
    assert ".one" in bare["main.css"] and ".tabbed-set" in bare["main.css"] and ".absent" not in bare["main.css"]
    assert list((tmp_path / stylesheet.PAGES_FOLDER).iterdir())
