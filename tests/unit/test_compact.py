"""compact.py: our scripts, styles and the search index as published, smaller and meaning the same."""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from policysite import compact

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = sorted((ROOT / "overrides" / "assets" / "javascripts").glob("*.js"))
NODE = shutil.which("node")


def test_a_script_loses_its_comments_and_spacing_not_its_strings_or_regular_expressions():
    source = 'var a = "/* kept */ // kept";  // said\n/* why */\nvar b = /\\/versions\\.json$/;\n'
    assert compact.script(source) == 'var a="/* kept */ // kept";var b=/\\/versions\\.json$/;\n'


def test_a_style_loses_its_comments_and_spacing_not_its_rules():
    source = "/* why */\n@media print {\n  .md-header, .md-sidebar { display: none; }\n}\n"
    assert compact.style(source) == "@media print{.md-header,.md-sidebar{display:none}}\n"


def test_the_search_index_keeps_its_configuration_and_leaves_its_entries_to_the_page():
    config = {"lang": ["fr"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"],
              "fields": {"title": {"boost": 1000.0}, "text": {"boost": 1.0}}}
    written = json.dumps({"config": config, "docs": [{"location": "#s1", "title": "Préambule",
                                                      "text": "<p>données « à caractère »</p>"}]})
    compacted = compact.search_index(written)
    assert json.loads(compacted) == {"config": config, "docs": []}
    assert "Préambule" not in compacted and "données" not in compacted


@pytest.mark.skipif(NODE is None, reason="Node.js is not installed")
@pytest.mark.parametrize("path", SCRIPTS, ids=[p.name for p in SCRIPTS])
def test_each_of_our_scripts_is_still_javascript_once_compacted(path, tmp_path):
    target = tmp_path / path.name
    target.write_text(compact.script(path.read_text(encoding="utf-8")), encoding="utf-8")
    result = subprocess.run([NODE, "--check", str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_a_site_gets_its_own_files_compacted_and_material_s_minified_ones_untouched(tmp_path):
    (tmp_path / "assets" / "javascripts").mkdir(parents=True)
    (tmp_path / "search").mkdir()
    (tmp_path / "assets" / "javascripts" / "policy.js").write_text("// why\nvar a = 1;\n", encoding="utf-8")
    (tmp_path / "assets" / "javascripts" / "bundle.abc.min.js").write_text("// kept\nvar a = 1;\n", encoding="utf-8")
    (tmp_path / "search" / "search_index.json").write_text('{"config": {"lang": ["\\u00e9"]}, "docs": [1]}',
                                                           encoding="utf-8")
    compact.site(tmp_path)
    assert (tmp_path / "assets" / "javascripts" / "policy.js").read_text(encoding="utf-8") == "var a=1;\n"
    assert (tmp_path / "assets" / "javascripts" / "bundle.abc.min.js").read_text(encoding="utf-8").startswith("// kept")
    assert (tmp_path / "search" / "search_index.json").read_text(encoding="utf-8") == '{"config":{"lang":["é"]},"docs":[]}'


@pytest.mark.parametrize(("name", "data", "served"), [
    ("bundle.abc.min.js", b"var a=1;\n//# sourceMappingURL=bundle.abc.min.js.map\n", b"var a=1;\n"),
    ("search.abc.min.js", b"var a=1;\n//# sourceMappingURL=search.abc.min.js.map", b"var a=1;\n"),
    ("main.abc.min.css", b"a{color:red}/*# sourceMappingURL=main.abc.min.css.map*/", b"a{color:red}\n"),
    ("main.abc.min.css", b"a{color:red}\n/*# sourceMappingURL=main.abc.min.css.map */\n", b"a{color:red}\n"),
    ("lunr.fr.min.js", b"var a=1;\n", b"var a=1;\n"),  # no map named: as it is
    ("lunr.fr.min.js", b'var a="//# sourceMappingURL=x";f()\n', b'var a="//# sourceMappingURL=x";f()\n'),
    ("favicon.svg", b"<svg/>\n//# sourceMappingURL=x.map\n", b"<svg/>\n//# sourceMappingURL=x.map\n"),
])
def test_a_minified_theme_file_is_served_without_the_line_naming_its_source_map(name, data, served, tmp_path):
    """Material's bundle ended with the line naming its source map, which no build serves (assets.unused): 37 B gzip
    of every first visit, and a 404 for a browser's developer tools. Nothing else of the file changes."""
    assert compact.theme_file(name, data) == served
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / name).write_bytes(data)
    compact.site(tmp_path)
    assert (tmp_path / "assets" / name).read_bytes() == served


def test_material_s_scripts_as_a_build_serves_them_are_the_theme_s_to_the_publish_gate():
    """The gate serves a script only when it is the installed theme's (servedpages: safety hunt 50): the bundle
    without its source map's line is."""
    import material

    from policysite import servedpages

    folder = Path(material.__file__).parent / "templates" / "assets" / "javascripts"
    for path in [*folder.glob("bundle.*.min.js"), *folder.glob("workers/search.*.min.js")]:
        data = path.read_bytes()
        assert compact.theme_file(path.name, data) != data, path.name
        assert compact.theme_file(path.name, data) in servedpages._served(path.name, data), path.name


def test_a_page_loses_the_indentation_at_its_tags_only():
    html = ('<ul>\n      <li><a href="#s1">\n  1. Version</a></li>\n    <li>x</li>  <li>y</li>\n</ul>\n'
            '<pre><code>a\n    <span>b</span>\n</code></pre>\n  <p>Voir <code>x\n  <b>y</b></code>\n  <kbd>\n  <b>k</b></kbd></p>\n'
            '<script>var a = "<b>\\n   <i>";</script>\n   <textarea>\n  <b></textarea>')
    assert compact.page(html) == (
        '<ul>\n<li><a href="#s1">\n1. Version</a></li>\n<li>x</li>  <li>y</li>\n</ul>\n'
        '<pre><code>a\n    <span>b</span>\n</code></pre>\n<p>Voir <code>x\n  <b>y</b></code>\n<kbd>\n  <b>k</b></kbd></p>\n'
        '<script>var a = "<b>\\n   <i>";</script>\n<textarea>\n  <b></textarea>')


def test_a_text_indented_inside_its_element_loses_the_indentation_not_its_words_spaces_or_attributes():
    """Material indents a link's words inside their element (`<span class="md-ellipsis">`, 30 bytes an entry of the
    tables of contents): that run at a tag goes; a line end between two words, and an attribute's value, stay."""
    html = ('<a href="#s1" class="md-nav__link">\n<span class="md-ellipsis">\n      \n        1. Version du document\n'
            '      \n    </span>\n</a>\n<p title="a\n    b">Ligne un\n    ligne deux   \n  <b>gras</b>\t\n  fin</p>')
    assert compact.page(html) == (
        '<a href="#s1" class="md-nav__link">\n<span class="md-ellipsis">\n1. Version du document\n</span>\n</a>\n'
        '<p title="a\n    b">Ligne un\n    ligne deux\n<b>gras</b>\nfin</p>')


def test_a_page_is_compacted_as_the_rule_says_whatever_its_pieces():
    """The rule written plainly (a whole run of whitespace with a newline after a `>` or at a piece's start, or before
    a `<` or at its end, becomes that newline), tried at every character, against what page() finds from each
    newline: the same on 2,000 random pages of tags, words, spaces, line ends and kept elements."""
    import random
    import re

    run = r"[ \t\r\n]*\n[ \t\r\n]*"
    plain = re.compile(rf"(?:\A|(?<=>)){run}|(?<![ \t\r\n]){run}(?=<|\Z)")

    def by_the_rule(html: str) -> str:
        out, last = [], 0
        for kept in compact._KEPT.finditer(html):
            out += [plain.sub("\n", html[last:kept.start()]), kept.group(0)]
            last = kept.end()
        return "".join(out + [plain.sub("\n", html[last:])])

    pieces = ["<a>", "</a>", " ", "\n", "\t", "\r", "x", "mot", ">", "<", "<pre>", "</pre>", "<script>", "</script>",
              "é"]
    rng = random.Random(18)
    for _ in range(2000):
        html = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 40)))
        assert compact.page(html) == by_the_rule(html), repr(html)


def test_a_published_build_s_search_plugin_reads_no_entries_and_writes_the_index_compaction_keeps(tmp_path):
    """A version's build leaves out the search plugin's entries (build.build_language(search_entries=False)): the
    plugin no longer reads each page's HTML apart for entries compact.search_index drops, still takes the page's
    `data-search-*` attributes out, and writes the configuration compaction keeps, byte for byte."""
    from types import SimpleNamespace

    from material.plugins.search.plugin import SearchPlugin

    from policysite import build

    html = '<h1 id="t" data-search-exclude="1">Politique</h1><h2 id="s1">Préambule</h2><p>données « à caractère »</p>'
    written = {}
    for entries in (True, False):
        search = SearchPlugin()
        search.load_config({"lang": ["fr"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]})
        config = SimpleNamespace(plugins={"material/search": search}, site_dir=str(tmp_path / str(entries)))
        search.on_config(config)
        if not entries:
            build._NoSearchEntries().on_config(config)  # type: ignore[arg-type]
        page = SimpleNamespace(meta={}, content=html, toc=[], url="")
        search.on_page_context({}, page=page, config=config, nav=None)
        assert page.content == html.replace(' data-search-exclude="1"', "")
        assert bool(search.search_index.entries) is entries
        search.on_post_build(config=config)
        written[entries] = (tmp_path / str(entries) / "search" / "search_index.json").read_text(encoding="utf-8")
    assert [entry["title"] for entry in json.loads(written[True])["docs"]] == ["Préambule"]
    assert json.loads(written[False])["docs"] == []
    assert compact.search_index(written[False]) == compact.search_index(written[True])


@pytest.mark.parametrize("html", [
    '<h1 id="t">Politique</h1><p class="policy-print" data-search-exclude>Version du 1<sup>er</sup> mars</p>',
    '<h1 id="t" data-search-exclude="1">Politique</h1><p>données <span data-search-boost="2">« à »</span></p>',
    '<p>« data-search-exclude="1" » s’écrit ainsi</p>',
    '',
])
def test_the_search_plugin_s_attributes_are_looked_for_before_its_pattern_runs(html, tmp_path, monkeypatch):
    """A build's search plugin (build._SearchAttributes) leaves each page as Material's own event leaves it, with the
    same entries, but runs its substitution only on a page holding a `data-search-*="…"` attribute: starting with an
    optional space, it was tried at every character of every page (3 to 7 ms a page of 80 kB)."""
    from types import SimpleNamespace

    from material.plugins.search import plugin as search_plugin
    from mkdocs.plugins import PluginCollection

    from policysite import build

    substituted = []
    real_sub = search_plugin.re.sub
    monkeypatch.setattr(search_plugin, "re", SimpleNamespace(
        sub=lambda *args, **kwargs: substituted.append(args[0]) or real_sub(*args, **kwargs)))
    results = {}
    for wrapped in (False, True):
        search = search_plugin.SearchPlugin()
        search.load_config({"lang": ["fr"], "separator": "[\\s\\-]+", "pipeline": ["stopWordFilter"]})
        plugins = PluginCollection()
        plugins["material/search"] = search
        config = SimpleNamespace(plugins=plugins, site_dir=str(tmp_path / str(wrapped)))
        search.on_config(config)
        if wrapped:
            build._SearchAttributes().on_config(config)  # type: ignore[arg-type]
        page = SimpleNamespace(meta={}, content=html, toc=[], url="", title="Politique")
        substituted.clear()
        plugins.on_page_context({}, page=page, config=config, nav=None)
        results[wrapped] = page.content, search.search_index.entries, len(substituted)
    assert results[True][:2] == results[False][:2]
    assert results[False][2] == 1
    assert results[True][2] == (1 if 'data-search-boost="2"' in html or '="1"' in html else 0)
