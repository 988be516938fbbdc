"""Safety hunt 60: deceptive content a browser shows (a link's words naming another address, direction controls, a
lookalike host, words hidden by the author's CSS or folded away, a tooltip's words, the archive's alias spans out of
place) and the other files a command puts on gh-pages (the Word and PDF redlines, the search index, the version list,
the feed and sitemap). Each input tried is here, one line each, whether it was refused already or this session refused
it (the holes' own tests: test_safety60_aliases, _tooltips, _theme_words and the Word ScreenTip below)."""
from __future__ import annotations

import io
import json
import zipfile

import pytest

from policysite import docxactions, redline, rendering, safety, servedpages
from policysite.redline.docx import render_docx
from unit.test_redline import BASE, edit, policy
from unit.test_safety import THEME, page

EVIL = "https://evil.example/x"
CLAUSE = "We sell your data to anyone"


def _refused(html: str) -> list[str]:
    return [str(v.message) for v in safety.check_page(html, file="en/2030-01-01/index.html", theme_dirs=THEME)]


# What the published page's text may not show, as a browser draws it: refused by the output check on every version,
# whatever command built it (history --rebuild, import --git then publish, a hand edit)
@pytest.mark.parametrize("article", [
    f'<p><a href="{EVIL}">https://dialonce.fr</a></p>', f'<p><a href="{EVIL}">dialonce.fr</a></p>',
    f'<p><a href="{EVIL}">www.dialonce.fr</a></p>', '<p><a href="mailto:dpo@evil.example">dpo@dialonce.fr</a></p>',
    '<p><a href="tel:+33899123456">01 23 45 67 89</a></p>', f'<p><a href="{EVIL}">/privacy/en/</a></p>',
    '<p><a href="https://dial\u043ence.fr/">dial\u043ence.fr</a></p>',  # (a Cyrillic о)
    '<p><a href="https://dialonce.fr/">\u202eevil</a></p>', "<h2 id=\"s9\">9. \u2067Data kept 30 days, not 90\u2069</h2>",
    "<p>We keep \u202bdata 30 days, not 90\u202c only.</p>", '<p dir="rtl">90 days, not 30</p>',
    '<p><bdo dir="rtl">sived</bdo></p>', f"<details><summary>More</summary><p>{CLAUSE}.</p></details>",
    f"<details open><summary>More</summary><p>{CLAUSE}.</p></details>", f"<p hidden>{CLAUSE}.</p>",
    f'<p hidden="until-found">{CLAUSE}.</p>', f'<p style="display:none">{CLAUSE}.</p>',
    f'<p style="font-size:0">{CLAUSE}.</p>', f'<p class="md-visually-hidden">{CLAUSE}.</p>',
    f'<p class="md-typeset__scrollwrap md-toggle">{CLAUSE}.</p>', f"<p><sub><sub>{CLAUSE}</sub></sub></p>",
    f"<p><small><small>{CLAUSE}</small></small></p>", f"<p><s>{CLAUSE}</s></p>", f"<p><del>{CLAUSE}</del></p>",
    f"<p><ins>{CLAUSE}</ins></p>", f"<dialog open>{CLAUSE}</dialog>", f"<p popover>{CLAUSE}</p>",
    f"<p inert>{CLAUSE}</p>", f"<template><p>{CLAUSE}</p></template>", f"<noscript><p>{CLAUSE}</p></noscript>",
    '<p>We keep <span class="policy-alias" id="2021-02-17.s1"></span>your data.</p>',
    '<p><span class="policy-alias" data-policy-removed="2021-02-17.s9"></span></p>',
    f'<h2 id="s9">9. x<span class="policy-alias" id="old">{CLAUSE}</span></h2>', '<p id="2021-02-17.s1">x</p>',
    '<p id="__consent">x</p>', f'<p><a href="{EVIL}" title="https://dialonce.fr">the site</a></p>',
])
def test_deceptive_text_is_refused_on_the_published_page(article):
    assert _refused(page(article)), article


# What the text's Markdown may not write, named by `policy check` at its line (the source of every version the gate
# judges): attributes and classes the page's CSS acts on, the archive's alias spans, titles saying what no page shows
@pytest.mark.parametrize(("markdown", "rule"), [
    ("We keep records.\n{: .hidden }", "editorial.html"), ("We keep records.\n{: .md-visually-hidden }", "editorial.html"),
    ("We keep records.\n{: .redline-sr }", "editorial.html"), ("We keep records.\n{: .policy-print }", "editorial.html"),
    ('We keep records.\n{: style="display:none" }', "editorial.html"), ("*We keep records*{: hidden }", "editorial.html"),
    ('<span class="policy-alias" id="2021-02-17.s1"></span>', "editorial.html"),
    ('<span class="policy-alias" data-policy-removed="2021-02-17.s9"></span>', "editorial.html"),
    (f'We follow the <abbr title="{CLAUSE}">GDPR</abbr>.', "editorial.tooltip"),
    (f'We follow the <span title="{CLAUSE}">rules</span>.', "editorial.tooltip"),
    (f'See [the regulator](https://www.cnil.fr "{CLAUSE}").', "editorial.tooltip"),
    (f'We follow *the rules*{{title="{CLAUSE}"}}.', "editorial.tooltip"),
    (f"![{CLAUSE}](x.png)", "editorial.image"), ("We keep data[^1].\n\n[^1]: Forever.", "render.read-apart"),
])
def test_the_text_writing_it_is_refused_by_policy_check_at_its_line(markdown, rule):
    text = f"---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. Scope\n\nWe keep records.\n\n{markdown}\n\n## 2. End\n\nDone.\n"
    found = [f for f in rendering.check(text, path="docs/en/index.md", lang="en") if f.rule == rule]
    assert found and all(11 <= f.line <= 11 + markdown.count("\n") + 2 for f in found), \
        [str(f) for f in rendering.check(text, path="docs/en/index.md", lang="en")]


def _docx(tooltip: str) -> bytes:
    changes = redline.diff(policy(BASE), policy(edit(BASE, "keeps fictional records",
                                                     'keeps [records](https://e.org "records") now'), date="2030-03-01"))
    word = render_docx(changes, author="Zephyr Widgets SAS", lang="en")
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(word)) as built, zipfile.ZipFile(out, "w") as forged:
        for info in built.infolist():
            data = built.read(info.filename)
            if info.filename == "word/document.xml" and tooltip:
                data = data.replace(b"<w:hyperlink ", f'<w:hyperlink {tooltip} '.encode(), 1)
            forged.writestr(info, data)
    return out.getvalue()


def test_the_word_redline_says_a_link_s_title_beside_its_block_and_holds_no_screentip():
    """The redline of a link with a title passes (its words a comment: redline/docx.py; words the page shows, as the
    checks let a title say: safety75); a ScreenTip Word shows on
    hover only (`w:tooltip`), words no check read, is refused wherever the branch serves the document (safety60)."""
    assert docxactions.docx_action(_docx("")) == ""
    for tooltip in (f'w:tooltip="{CLAUSE}"', f"w:tooltip = '{CLAUSE}'", f'w:history="1" w:tooltip="{CLAUSE}"'):
        assert docxactions.docx_action(_docx(tooltip)) == "word/document.xml: <w:hyperlink w:tooltip>", tooltip


# The files beside the pages that the theme or a reader app shows: refused on the branch already
@pytest.mark.parametrize(("data", "index"), [
    ({"config": {}, "docs": [{"location": "2030-01-01/", "title": "x", "text": f'<a href="{EVIL}">{CLAUSE}</a>'}]}, True),
    ({"config": {}, "docs": [{"location": EVIL, "title": "x", "text": "x"}]}, True),
    ({"config": {}, "docs": [{"location": "2030-01-01/", "title": "<img src=x>", "text": "x"}]}, True),
    ([{"version": "2030-01-01", "title": f'<a href="{EVIL}">2030</a>', "aliases": []}], False),
    ([{"version": "//evil.example", "title": "2030", "aliases": []}], False),
    ([{"version": "2030-01-01", "title": "2030", "aliases": ["<b>latest</b>"]}], False),
])
def test_a_search_index_or_version_list_showing_markup_or_leaving_the_site_is_refused(data, index):
    assert servedpages.json_markup(json.dumps(data).encode(), index=index)


@pytest.mark.parametrize("xml", [
    f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link href="{EVIL}"/></entry></feed>',
    f'<feed xmlns="http://www.w3.org/2005/Atom"><entry><content type="html">&lt;a href="{EVIL}"&gt;x&lt;/a&gt;'
    "</content></entry></feed>",
    f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>{EVIL}</loc></url></urlset>',
])
def test_a_feed_or_sitemap_sending_readers_elsewhere_is_refused(xml):
    assert servedpages.xml_elsewhere(xml.encode(), host="site.example")


@pytest.mark.parametrize(("markdown", "rule"), [
    ("## 2. Contact dial\u043ence.fr", "editorial.address-lookalike"),  # (a Cyrillic о, in a heading)
    ("Write to us at dial\u043ence.fr for anything.", "editorial.address-lookalike"),
    ("| Site | Host |\n|---|---|\n| ours | dial\u043ence.fr |", "editorial.address-lookalike"),
    ("See [https://dialonce.fr](https://evil.example/).", "editorial.link-text"),
    ("See [dialonce.fr](https://dial\u043ence.fr/).", "editorial.link-target"),
    ("We keep data \u202eeht rof\u202c days.", "editorial.bidi"), ("## 2. \u2067Data kept 30 days, not 90\u2069", "editorial.bidi"),
    ("<details><summary>More</summary>We sell your data.</details>", "editorial.html"),
    ('<s>We never sell your data.</s>', "editorial.html"),
])
def test_the_text_s_lookalike_hosts_link_words_and_direction_controls_are_named_by_policy_check(markdown, rule):
    from policysite import editorial
    from policysite.document import parse

    text = f"---\ndate: 2030-01-01\n---\n\n# Policy\n\n## 1. Scope\n\nWe keep records.\n\n{markdown}\n\n## 3. End\n\nDone.\n"
    found = [f for f in editorial.check(parse(text, path="docs/en/index.md", lang="en"), brand="Zephyr")
             if f.rule == rule]
    assert found and all(11 <= f.line <= 11 + markdown.count("\n") for f in found), \
        [str(f) for f in editorial.check(parse(text, path="docs/en/index.md", lang="en"), brand="Zephyr")]


@pytest.mark.parametrize("extension", ["abbr", "markdown.extensions.abbr", "footnotes", "pymdownx.details",
                                       "pymdownx.snippets", "admonition", "def_list"])
def test_an_extension_folding_words_into_a_tooltip_a_note_or_a_panel_is_refused(extension):
    """Python-Markdown's abbreviations write a definition's words into every `<abbr title>` (a tooltip only), its
    footnotes move a note away from its call, pymdownx's details fold words into a closed panel: not built with."""
    from pathlib import Path

    from policysite import config_rules

    assert config_rules.problems({"markdown_extensions": [extension]}, config_file="mkdocs.yml", files=Path("."))


def test_an_abbreviation_s_definition_is_a_paragraph_the_page_shows():
    """Without the abbreviations extension (refused above), `*[GDPR]: …` is a paragraph of the page, shown as written."""
    import markdown as python_markdown

    html = python_markdown.markdown(f"We follow the GDPR.\n\n*[GDPR]: {CLAUSE}", extensions=list(rendering.EXTENSIONS))
    assert "<abbr" not in html and f"{CLAUSE}</p>" in html
