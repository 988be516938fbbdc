"""The theme's stylesheets trimmed to the rules a build's pages and scripts can match (stylesheet.py)."""
from __future__ import annotations

import json
from pathlib import Path

from helpers import calls_to
from policysite import stylesheet

PAGE = ('<html><body class="page"><header class="md-header"><div class="md-search__inner">x</div></header>'
        '<p style="color: var(--inline-colour)">y</p><script>el.classList.add("md-header--shadow")</script>'
        "</body></html>")
SCRIPT = 'e.className=`md-status--${kind}`;document.body.style.setProperty("--script-set", "1")'


def names() -> stylesheet.Names:
    return stylesheet.names_of([PAGE], [SCRIPT])


def test_names_are_the_pages_classes_their_inline_code_and_the_scripts_words_and_prefixes():
    found = names()
    assert {"page", "md-header", "md-search__inner", "md-header--shadow", "--inline-colour", "--script-set"} \
        <= found.words
    assert found.has_class("md-status--note") and not found.has_class("admonition")


def test_a_rule_needing_a_class_nothing_writes_goes_and_one_selector_of_a_list_goes_alone():
    css = (".md-header{color:red}.admonition{border:1px}.md-search__inner,.tabbed-set>label{width:1rem}"
           "p .md-header--shadow{box-shadow:none}.md-status--note{color:blue}")
    assert stylesheet.trim(css, names()) == (
        ".md-header{color:red}.md-search__inner{width:1rem}p .md-header--shadow{box-shadow:none}"
        ".md-status--note{color:blue}\n")


def test_classes_under_a_pseudo_class_require_nothing_and_elements_attributes_and_ids_are_kept():
    css = (".md-header:not(.md-header--lifted){top:0}:is(.admonition,.page) p{margin:0}"
           "[dir=rtl] table{float:right}#s1{scroll-margin:1rem}a.md-footer__link{color:red}")
    assert stylesheet.trim(css, names()) == (
        ".md-header:not(.md-header--lifted){top:0}:is(.admonition,.page) p{margin:0}"
        "[dir=rtl] table{float:right}#s1{scroll-margin:1rem}\n")


def test_blocks_left_empty_go_and_other_at_rules_stay():
    css = ("@media screen and (min-width:60em){.admonition{margin:0}.md-header{height:3rem}}"
           "@media print{.tabbed-set{display:none}}@font-face{font-family:x;src:local(x)}"
           "@keyframes spin{from{opacity:0}to{opacity:1}}@supports (display:grid){.grid{display:grid}}")
    out = stylesheet.trim(css, names())
    assert out.startswith("@media screen and (min-width:60em){.md-header{height:3rem}}")
    assert "@media print" not in out and "@supports" not in out and ".admonition" not in out
    assert "@font-face{font-family:x;src:local(x)}" in out and "@keyframes spin" in out


def test_custom_properties_nobody_reads_go_with_the_rules_that_read_them():
    css = (":root{--md-admonition-icon--note:url('data:image/svg+xml;x');--md-primary:#4051b5;"
           "--inline-colour:red;--script-set:0;--unread:1}"
           ".admonition{mask-image:var(--md-admonition-icon--note)}.md-header{background:var(--md-primary)}"
           ".only-unread{--unread:2}")
    assert stylesheet.trim(css, names()) == (
        ":root{--md-primary:#4051b5;--inline-colour:red;--script-set:0}"
        ".md-header{background:var(--md-primary)}\n")


def test_declarations_and_their_importance_are_kept_as_written():
    css = ".md-header{color:red!important;background:url(\"a b.svg\");--md-x:  1px 2px ;margin:var(--md-x)}"
    assert stylesheet.trim(css, names()) == \
        ".md-header{color:red!important;background:url(\"a b.svg\");--md-x:1px 2px;margin:var(--md-x)}\n"


def test_a_build_is_trimmed_from_its_pages_and_its_own_scripts():
    trimmed = stylesheet.trim_all({"main.css": ".md-header{a:b}.from-script{c:d}.admonition{e:f}"},
                                  pages=[PAGE], scripts=['x.classList.add("from-script")'])
    assert trimmed == {"main.css": ".md-header{a:b}.from-script{c:d}\n"}


def test_builds_whose_pages_differ_only_in_what_the_stylesheet_never_names_share_one_trimming():
    css = ":root{--md-primary:#4051b5;--unread:1}.md-header{background:var(--md-primary)}.admonition{margin:0}"
    one = stylesheet.Names(frozenset({"md-header", "section-2024", "--unrelated"}), ())
    other = stylesheet.Names(frozenset({"md-header", "section-2031", "another-word"}), ("md-status--",))
    before = stylesheet._trim.cache_info().misses
    assert stylesheet.trim(css, one) == stylesheet.trim(css, other) == \
        ":root{--md-primary:#4051b5}.md-header{background:var(--md-primary)}\n"
    assert stylesheet._trim.cache_info().misses - before <= 1
    read = stylesheet.Names(one.words | {"admonition", "--unread"}, ())
    assert stylesheet.trim(css, read) == css + "\n"


def test_a_stylesheet_is_read_once_a_process_whatever_classes_each_build_keeps(monkeypatch):
    """Each build's pages name other classes (a changes page with or without removals …): the stylesheet is
    parsed and serialised once, each trimming only picks rules (tinycss2 read 90 kB again per build before)."""
    css = ("@media screen{.md-nav{a:b}.md-tabs{c:d}}.md-header,.md-footer{--md-x:1;color:var(--md-x)}"
           ".admonition{margin:0}@font-face{font-family:x}")
    assert stylesheet.trim(css, stylesheet.Names(frozenset({"md-nav"}), ())) == \
        "@media screen{.md-nav{a:b}}@font-face{font-family:x}\n"
    parsed = []
    monkeypatch.setattr(stylesheet.tinycss2, "parse_stylesheet", lambda *a, **k: parsed.append(a) or [])
    monkeypatch.setattr(stylesheet.tinycss2, "parse_blocks_contents", lambda *a, **k: parsed.append(a) or [])
    assert stylesheet.trim(css, stylesheet.Names(frozenset({"md-tabs", "md-footer", "admonition"}), ())) == (
        "@media screen{.md-tabs{c:d}}.md-footer{--md-x:1;color:var(--md-x)}.admonition{margin:0}"
        "@font-face{font-family:x}\n")
    assert stylesheet.trim(css, stylesheet.Names(frozenset({"md-header"}), ())) == \
        ".md-header{--md-x:1;color:var(--md-x)}@font-face{font-family:x}\n"
    assert parsed == []


def test_a_custom_property_one_stylesheet_sets_and_another_reads_is_kept():
    """policy.css sets Material's colours for a dark screen, which only main.css's rules read: trimmed each on its
    own, the dark scheme lost its text and link colours (reader hunt 46)."""
    trimmed = stylesheet.trim_all({
        "main.css": ":root{--md-fg:#000;--md-unread:1}.md-header{color:var(--md-fg)}",
        "policy.css": "@media (prefers-color-scheme:dark){:root{--md-fg:#eee;--md-nobody:2}}"}, pages=[PAGE], scripts=[])
    assert trimmed == {"main.css": ":root{--md-fg:#000}.md-header{color:var(--md-fg)}\n",
                       "policy.css": "@media (prefers-color-scheme:dark){:root{--md-fg:#eee}}\n"}


def _new_process() -> None:
    """What a process keeps to itself, forgotten (each command is a process of its own)."""
    for cached in (stylesheet._named_kept, stylesheet._trim_kept, stylesheet._named, stylesheet._trim,
                   stylesheet._parsed, stylesheet._plan):
        cached.cache_clear()


def _unread(monkeypatch) -> None:
    def parse(*_args, **_options):
        raise AssertionError("the stylesheet was read again")

    monkeypatch.setattr(stylesheet.tinycss2, "parse_stylesheet", parse)


CSS = ":root{--md-primary:#4051b5;--unread:1}.md-header{background:var(--md-primary)}.admonition{margin:0}"


def test_a_trimming_is_kept_between_processes_and_a_stylesheet_read_once(tmp_path: Path, monkeypatch):
    kept = tmp_path / "git" / "policysite" / "stylesheets"
    (tmp_path / "git").mkdir()
    _new_process()
    first = stylesheet.trim(CSS, names(), kept_in=kept)
    assert first == ":root{--md-primary:#4051b5}.md-header{background:var(--md-primary)}\n"
    assert len(list(kept.iterdir())) == 2  # what the stylesheet requires, and this trimming
    _new_process()
    with monkeypatch.context() as patched:
        _unread(patched)
        assert stylesheet.trim(CSS, names(), kept_in=kept) == first
        # other pages needing the same of this stylesheet: the same trimming
        same = stylesheet.Names(names().words | {"section-2031"}, names().prefixes)
        assert stylesheet.trim(CSS, same, kept_in=kept) == first
    # what the stylesheet requires changed (an edit), or what the pages have of it: trimmed again, rightly
    edited = CSS.replace(".admonition{margin:0}", ".md-header .admonition{margin:0}")
    more = stylesheet.Names(names().words | {"admonition"}, ())
    assert stylesheet.trim(edited, more, kept_in=kept) == stylesheet.trim(edited, more) == \
        ":root{--md-primary:#4051b5}.md-header{background:var(--md-primary)}.md-header .admonition{margin:0}\n"
    assert stylesheet.trim(CSS, more, kept_in=kept) == \
        ":root{--md-primary:#4051b5}.md-header{background:var(--md-primary)}.admonition{margin:0}\n"
    # this module's code changed: nothing it kept is read
    _new_process()
    monkeypatch.setattr(stylesheet, "_code", lambda: "other code")
    calls, real = [], stylesheet.tinycss2.parse_stylesheet
    monkeypatch.setattr(stylesheet.tinycss2, "parse_stylesheet", lambda *a, **k: calls.append(1) or real(*a, **k))
    assert stylesheet.trim(CSS, names(), kept_in=kept) == first and calls == [1]


def test_a_kept_file_that_is_not_what_was_kept_is_ignored_and_written_anew(tmp_path: Path):
    kept = tmp_path / "stylesheets"
    _new_process()
    first = stylesheet.trim(CSS, names(), kept_in=kept)
    files = sorted(kept.iterdir())
    for written in ("", "{", "[]", '{"key": "x", "value": ".admonition{}"}', '{"value": ".md-header{}"}',
                    "null", '{"key": "%s", "value": 3}', '{"key": "%s", "value": [["a"], [1]]}',
                    '{"key": "%s", "value": [["a"]]}'):
        for path in files:
            path.write_text(written.replace("%s", path.name), encoding="utf-8")
        _new_process()
        assert stylesheet.trim(CSS, names(), kept_in=kept) == first, written
        assert [f.read_text(encoding="utf-8") for f in files] != [written.replace("%s", f.name) for f in files]


def test_no_trimming_is_kept_where_none_can_be_written_and_only_the_newest_are_kept(tmp_path: Path, monkeypatch):
    _new_process()
    gone = tmp_path / "no-git-folder" / "policysite" / "stylesheets"
    assert stylesheet.trim(CSS, names(), kept_in=gone) == stylesheet.trim(CSS, names())
    assert not gone.parent.exists()
    monkeypatch.setattr(stylesheet, "KEPT_TRIMMINGS", 3)
    kept = tmp_path / "stylesheets"
    for n in range(4):
        stylesheet.trim(CSS + f".n{n}{{a:b}}", names(), kept_in=kept)
    assert len(list(kept.iterdir())) == 3


def test_the_theme_scripts_words_are_read_once_for_every_build_of_a_process(monkeypatch):
    """Every build of a process ships the same theme scripts: their words and class prefixes (some 3,000 words for
    Material's) are gathered once, each page's own names added to them."""
    scripts = ("var a='md-shown';", "e.classList.add(`md-status--${t}`)")
    first = stylesheet.names_of(['<p class="one">x</p>'], scripts)
    read = calls_to(monkeypatch, stylesheet, "_names_in")
    second = stylesheet.names_of(['<p class="two" style="color:red">x</p>'], list(scripts))
    assert read == ["color:red"]
    assert {"md-shown", "var", "one"} <= first.words and "two" not in first.words
    assert second.words == first.words - {"one"} | {"two", "color", "red"}
    assert first.prefixes == second.prefixes == ("md-status--",)
    assert second.has_class("md-status--new") and not second.has_class("one")


MATERIAL = ('facts.className = `md-source__fact md-source__fact--${kind}`; list.className = "md-source__facts";'
            'label.classList.add("tabbed-labels", "tabbed-labels--linked"); x.classList.add("md-header--shadow")')
SCOPED_CSS = (":root{--md-source-stars-icon:url('data:image/svg+xml;stars');--md-primary:#4051b5}"
              ".md-source__fact{overflow:hidden}.md-source__fact--stars:before{mask-image:var(--md-source-stars-icon)}"
              ".md-typeset .tabbed-labels{display:flex}.md-header--shadow{box-shadow:none}"
              ".md-header{background:var(--md-primary)}")


def test_a_class_the_theme_s_scripts_write_only_inside_an_element_no_page_holds_is_not_kept():
    """Material's bundle writes the repository's facts inside the header's link to the repository (`repo_url`) and
    the content tabs' labels inside a set of tabs: with neither on any page, their rules and the icons those rules
    read weighed 1.5 KB gzip of main.css on every first visit. A page holding either element keeps its rules; so
    does a build that can write a set of tabs (`written`) whatever the pages hold."""
    page = '<html><body><header class="md-header">x</header><article class="md-typeset">y</article></body></html>'
    bare = stylesheet.trim_all({"main.css": SCOPED_CSS}, pages=[page], scripts=[MATERIAL])
    assert bare == {"main.css": ":root{--md-primary:#4051b5}.md-header--shadow{box-shadow:none}"
                                ".md-header{background:var(--md-primary)}\n"}
    names = stylesheet.names_of([page], [MATERIAL])
    assert "md-header--shadow" in names.words and not names.has_class("md-source__fact--stars")
    source = page.replace("x</header>", 'x<div class="md-header__source"><a data-md-component="source">r</a></div>'
                                        "</header>")
    kept = stylesheet.trim_all({"main.css": SCOPED_CSS}, pages=[page, source], scripts=[MATERIAL])["main.css"]
    assert ".md-source__fact--stars:before{mask-image:var(--md-source-stars-icon)}" in kept
    assert "--md-source-stars-icon:url(" in kept and ".tabbed-labels" not in kept
    tabs = page.replace("x</header>", 'x</header><div class="tabbed-set"><div class="tabbed-labels">a</div></div>')
    assert ".md-typeset .tabbed-labels{display:flex}" in stylesheet.trim_all(
        {"main.css": SCOPED_CSS}, pages=[tabs], scripts=[MATERIAL])["main.css"]
    can = stylesheet.Names(frozenset({"tabbed-set"}), ())
    written = stylesheet.trim_all({"main.css": SCOPED_CSS}, pages=[page], scripts=[MATERIAL], written=can)["main.css"]
    assert ".md-typeset .tabbed-labels{display:flex}" in written and "md-source" not in written


# Material's bundle's words for its features, as it writes them (9.8: `Xe`/`Cn` the tooltips, `Dt` the header's and an
# annotation's, `kn` the annotations, `Hn`/`Pn` the code buttons, the search results' tags)
FEATURED = ('x("div",{class:"md-tooltip2",role:"tooltip"},x("div",{class:"md-tooltip2__inner md-typeset"}));'
            'x("div",{class:"md-tooltip md-tooltip--inline"},x("div",{class:"md-tooltip__inner md-typeset"}));'
            'x("aside",{class:"md-annotation"});e.classList.toggle("md-annotation-list",l);'
            'x("button",{class:"md-code__button"});x("nav",{class:"md-code__nav"});'
            'x("span",{class:`md-tag ${p}`});p=`md-tag-icon md-tag--${a[c]}`;x("nav",{class:"md-tags"})')
FEATURED_CSS = (".md-tooltip2{top:0}.md-tooltip2__inner{padding:0}.md-tooltip{left:0}.md-tooltip--inline{width:0}"
                ".md-annotation{font:inherit}.md-annotation-list{margin:0}.md-typeset .md-code__button{color:red}"
                ".md-code__nav{top:0}.md-tag{margin:0}.md-tag--x{color:blue}.md-tags{display:flex}"
                ".md-typeset{font-size:1rem}")


def _configured(features: list[str], body: str = "") -> str:
    config = json.dumps({"base": "..", "features": features, "search": "x.js", "tags": None})
    return (f'<html><body><article class="md-typeset"><p>x</p>{body}</article>'
            f'<script id="__config" type="application/json">{config}</script></body></html>')


def _kept(page: str, **written) -> set[str]:
    css = stylesheet.trim_all({"main.css": FEATURED_CSS}, pages=[page], scripts=[FEATURED], **written)["main.css"]
    return {rule.split("{")[0].split()[-1] for rule in css.strip().split("}") if rule}


def test_the_bundles_classes_for_a_feature_the_sites_configuration_does_not_turn_on_are_not_kept():
    """Tooltips (647 B gzip of main.css), annotations (446 B), the code blocks' buttons (178 B) and the search
    results' tags (190 B) were kept by their words in Material's bundle, on a site whose `theme.features` turn none of
    them on (toc.follow, navigation.top): the bundle writes them only for a feature its pages' `__config` names, or in
    an element a page holds. A site that turns one on keeps that one's rules, and only those."""
    assert _kept(_configured(["toc.follow", "navigation.top"])) == {".md-typeset"}
    assert _kept(_configured(["content.code.copy"])) == {".md-typeset", ".md-code__button", ".md-code__nav"}
    assert _kept(_configured(["content.tooltips"])) == {
        ".md-typeset", ".md-tooltip2", ".md-tooltip2__inner", ".md-tooltip", ".md-tooltip--inline"}
    assert _kept(_configured(["navigation.instant.preview"])) == {".md-typeset", ".md-tooltip2", ".md-tooltip2__inner"}
    assert _kept(_configured(["content.code.annotate"])) == {
        ".md-typeset", ".md-tooltip", ".md-tooltip--inline", ".md-annotation", ".md-annotation-list"}
    # an element a page holds: an annotated list, a code block to copy, a page's tags; a build that can write one
    assert _kept(_configured([], '<p class="annotate">a (1)</p><ol><li>n</li></ol>')) == {
        ".md-typeset", ".md-tooltip", ".md-tooltip--inline", ".md-annotation", ".md-annotation-list"}
    assert _kept(_configured([], '<div class="copy"><pre><code>c</code></pre></div>')) == {
        ".md-typeset", ".md-code__button", ".md-code__nav"}
    tags = {".md-typeset", ".md-tag", ".md-tag--x", ".md-tags"}
    assert _kept(_configured([], '<nav class="md-tags"><span class="md-tag">t</span></nav>')) == tags
    assert _kept(_configured([]), written=stylesheet.Names(frozenset({"md-tag"}), ())) == tags
    # a configuration Material's script cannot read turns nothing on
    assert _kept(_configured([]).replace('"features": []', '"features": "content.code.copy"')) == {".md-typeset"}
    assert _kept(_configured([]).replace('{"base"', '{"base"{')) == {".md-typeset"}


def test_the_pinned_bundle_keeps_a_features_rules_only_where_the_site_turns_it_on():
    """Material's own bundle and stylesheet, as pinned: the rules of the tooltips, annotations, code buttons and tags
    go from a page whose configuration turns none of them on, and stay where it turns them on."""
    import material

    assets = Path(material.__file__).parent / "templates" / "assets"
    bundle = next((assets / "javascripts").glob("bundle.*.min.js")).read_text(encoding="utf-8")
    main = next((assets / "stylesheets").glob("main.*.min.css")).read_text(encoding="utf-8")
    page = _configured(["toc.follow", "navigation.top"], "<pre><code>c</code></pre>")
    bare = stylesheet.trim_all({"main.css": main}, pages=[page], scripts=[bundle])["main.css"]
    for gone in (".md-tooltip2", ".md-tooltip", ".md-annotation", ".md-code__button", ".md-tag"):
        assert gone not in bare, gone
    assert ".md-typeset" in bare and ".md-header" in bare
    on = _configured(["content.tooltips", "content.code.copy", "content.code.annotate"], "<pre><code>c</code></pre>")
    kept = stylesheet.trim_all({"main.css": main}, pages=[on], scripts=[bundle])["main.css"]
    for found in (".md-tooltip2__inner", ".md-tooltip--inline", ".md-annotation__index", ".md-code__button"):
        assert found in kept, found
    assert ".md-tag" not in kept
