"""Safety hunt 53: addresses read as a browser's URL parser (WHATWG URL) reads them, not as a pattern or urllib does,
and data the site's scripts join into an address. A forged configuration's base with a tab between its slashes (the
theme's version selector linked another host), a banner's `data-policy-up` that joins a version's name into `//host`,
a feed's address whose `\\` urllib reads as part of a user name, an address whose host no parser reads (which ended
`policy check` and the output check), and a page without `<html` near its start (which needed no
Content-Security-Policy). And what has the theme write the reader's storage: Material's colour toggle and consent
dialog, and its consent script, all allowed on a forged page; and what a feed reader's view of an entry's HTML
loads through a stylesheet, a refresh or a frame's document; and a configuration whose `theme.font` has Material load
Google Fonts, which `policy check` and `make preview` passed."""
from __future__ import annotations

import json

import pytest

from policysite import document, editorial, safety, servedpages
from policysite.messages import said_in
from unit.test_safety import THEME, page


def _found(html: str, *, file: str = "fr/2021-02-17/index.html") -> list:
    return safety.check_page(html, file=file, theme_dirs=THEME)


def _config(base: str) -> str:
    return ('<script id="__config" type="application/json">'
            + json.dumps({"base": base, "features": [], "search": "../../assets/javascripts/workers/search.a7633da7"
                          ".min.js", "translations": {"select.version": "Select version"}}) + "</script>")


@pytest.mark.parametrize("base", ["/\t/evil.example/", "/\n/evil.example/", "/\r/evil.example/", "\t//evil.example/",
                                  "/\t\\evil.example/"])
def test_a_configuration_base_a_browser_reads_as_another_host_is_found(base):
    """Material reads its configuration's base as `new URL(base, location)`: the URL parser drops tabs and line breaks
    wherever they are, so `/<tab>/evil.example/` is `//evil.example/`, and Chromium linked each version of the theme's
    selector to `http://evil.example/2021-02-17/`. The pattern read the base as written, a path of the site."""
    found = _found(page(head=_config(base)))
    assert [str(v.message)[:60] for v in found] == [
        f"the theme's configuration reads the list of versions from under “{base}”"[:60]], found
    assert said_in(found[0].message, "fr").startswith(f"la configuration du thème lit la liste des versions sous "
                                                      f"«\u00a0{base}"), said_in(found[0].message, "fr")


@pytest.mark.parametrize("base", [".", "..", "../..", "/politique-de-confidentialite/fr/"])
def test_the_bases_the_generator_writes_pass(base):
    assert _found(page(head=_config(base))) == [], base


def _banner(up: str) -> str:
    """A version's page with the upcoming banner where main.html writes it, first in the article, in its words."""
    return page("").replace('<h2 id="s2">', f'<div class="policy-upcoming admonition info" role="status" '
                            f'data-policy-upcoming data-policy-version="2021-02-17" data-policy-up="{up}" hidden><p>A '
                            f'new version takes effect on <time></time>: <a href="{up}history/">see the changes</a>'
                            '</p></div><h2 id="s2">')


@pytest.mark.parametrize("up", ["/", "./", "/fr/", "", "..", "../x/"])
def test_a_banners_data_policy_up_other_than_the_pages_parents_is_found(up):
    """policy.js links the next version at `data-policy-up + version + "/changes/"`, the version's name read from
    versions.json: a forged page's `data-policy-up="/"` and a version named `/evil.example`, neither leaving the site
    alone, had Chromium link the banner to `http://evil.example/changes/`. The generator writes the page's parents."""
    found = [v.message for v in _found(_banner(up))]
    said = f"data-policy-up=“{up}”, under which the site's script links the next version, is not the page's parent"
    assert [str(message)[:len(said)] for message in found] == [said], found
    assert said_in(found[0], "fr").startswith(f"data-policy-up=«\u00a0{up}\u00a0», sous lequel le script du site lie "
                                              "la version suivante, ne désigne pas les dossiers parents de la page")


@pytest.mark.parametrize("up", ["../", "../../", "../../../"])
def test_a_banner_under_the_pages_parents_passes(up):
    assert _found(_banner(up)) == [], up


_ATOM = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
         '<id>https://example.test/en/feed.xml</id><title>Example</title><entry><id>{id}</id><title>x</title>'
         '<link rel="alternate" type="text/html" href="{href}"/></entry></feed>')


@pytest.mark.parametrize("href", ["https://evil.example\\@example.test/en/", "https://evil.example\\\\@example.test/",
                                  "https:\\\\evil.example\\@example.test/", "HTTPS://evil.example\\@EXAMPLE.test/",
                                  "https://[x/", "https://]x/en/"])
def test_a_feeds_address_is_read_as_a_browser_reads_its_host(href):
    """A feed reader or a browser reads `\\` as `/` in a web address: `https://evil.example\\@example.test/` goes to
    evil.example, where urllib reads a user name before the host example.test, and the entry passed as the site's own;
    an address whose host no parser reads (`https://[x/`) ended the command with urllib's ValueError."""
    xml = _ATOM.format(id="https://example.test/en/2021-02-17/", href=href)
    assert servedpages.xml_elsewhere(xml.encode(), host="example.test") == href


def test_a_feeds_own_addresses_pass():
    xml = _ATOM.format(id="https://example.test/en/2021-02-17/", href="https://example.test/en/2021-02-17/")
    assert servedpages.xml_elsewhere(xml.encode(), host="example.test") == ""
    assert servedpages.xml_elsewhere(xml.replace("https://example.test/en/2021-02-17/\"/>", "/en/x/\"/>")
                                     .encode(), host="example.test") == ""


@pytest.mark.parametrize("href", ["https://[x/", "https://]x/", "//[x/", "https://[::1/privacy"])
def test_a_link_whose_host_no_parser_reads_is_found_not_a_crash(href):
    """`<a href="https://[x/">` in the text, its words an address or not, ended `policy check` and the output check
    with urllib's "Invalid IPv6 URL" (`error: Invalid IPv6 URL`, no file, no line): a link no reader can follow,
    found where it is written now."""
    said = f"the link to “{href}” names no host a browser can read"
    for words in ("the site", "www.example.org"):
        found = [v.message for v in _found(page(f'<p>See <a href="{href}">{words}</a>.</p>'))]
        assert [str(message)[:len(said)] for message in found] == [said], found
        assert said_in(found[0], "fr").startswith(f"le lien vers «\u00a0{href}\u00a0» ne désigne aucun site")
    policy = document.parse(f'---\ndate: 2030-01-15\n---\n\n# Synthetic\n\n## 1. One\n\nSee <a href="{href}">'
                            'www.example.org</a>.\n', path="docs/en/index.md", lang="en")
    checked = [(f.line, f.rule, str(f.message)) for f in editorial.check(policy, brand="DialOnce")
               if "names no host" in str(f.message)]
    assert checked and all(line == 9 for line, _rule, _message in checked), checked


@pytest.mark.parametrize("start", ["", "<!--" + "x" * 2000 + "-->"])
def test_a_page_without_html_near_its_start_needs_a_content_security_policy(start):
    """A browser reads a page with no `<html>` tag, or a long comment before it, as any page: without a
    Content-Security-Policy of its own it had none, and the output check asked for one only where `<html` stood in
    the first 2,000 characters."""
    bare = page().replace('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'">', "")
    forged = bare.replace('<html lang="en">', start)
    found = [v.message for v in _found(forged, file="fr/history/index.html")]
    assert [str(message) for message in found] == ["the page has no Content-Security-Policy"], found
    assert said_in(found[0], "fr").startswith("la page n'a pas de Content-Security-Policy"), said_in(found[0], "fr")
    assert _found(page().replace('<html lang="en">', start), file="fr/history/index.html") == []


_PALETTE = ('<form class="md-header__option" data-md-component="palette"><input class="md-option" data-md-color-media="" '
            'data-md-color-scheme="slate" data-md-color-primary="indigo" data-md-color-accent="indigo" '
            'aria-label="Dark" type="radio" name="__palette" id="__palette_0"><label class="md-header__button md-icon" '
            'title="Dark" for="__palette_0">Dark</label></form>')
_CONSENT = ('<div class="md-consent" data-md-component="consent" id="__consent" hidden><div class="md-consent__overlay">'
            '</div><aside class="md-consent__inner"><form class="md-consent__form md-grid md-typeset" name="consent">'
            '<h4>Cookies</h4><p>We use cookies.</p><input type="checkbox" name="analytics" checked>'
            '<button class="md-button md-button--primary">Accept</button></form></aside></div>')


def _materials_script(name: str) -> str:
    """The inline script of one of Material's `partials/javascripts/` templates, as a page built with it holds it."""
    from pathlib import Path

    import material

    text = (Path(material.__file__).parent / "templates" / "partials" / "javascripts" / name).read_text(encoding="utf-8")
    return text[text.index("<script>"):text.index("</script>") + len("</script>")]


@pytest.mark.parametrize(("chrome", "component"), [(_PALETTE, "palette"), (_CONSENT, "consent")])
def test_a_theme_component_that_writes_the_readers_storage_is_found(chrome, component):
    """Material's colour toggle (`data-md-component="palette"`) saves the scheme shown into localStorage as the page
    loads, and its consent dialog covers the page asking to accept cookies: a forged page's header holding either
    passed the output check, and Chromium stored `/fr/.__palette` on opening it. The site stores nothing."""
    found = [v.message for v in _found(page(chrome=chrome), file="fr/history/index.html")]
    said = f"<{'form' if component == 'palette' else 'div'} data-md-component=“{component}”>: the theme's script " \
           "writes, for it, the reader's browser storage"
    assert [str(message)[:len(said)] for message in found] == [said], found
    assert said_in(found[0], "fr").endswith("le site n'enregistre rien dans le navigateur de ses lecteurs")


def test_materials_consent_script_which_stores_the_readers_answer_is_no_theme_script():
    """Material's consent.html script stores the reader's answer (`__md_set("__consent", …)`) when its form is sent: as
    one of the theme's own scripts it passed, and the page's policy allowed it by its hash. Its base script, which
    defines `__md_set`, and the site's guard of `__outdated` store nothing and pass."""
    consent = _materials_script("consent.html")
    found = [str(v.message) for v in _found(page(chrome='<form name="consent"></form>' + consent),
                                            file="fr/history/index.html")]
    assert [message[:42] for message in found] == ["<script> that is not one of the theme's ow"], found
    assert safety.inline_script_hashes(page(chrome=consent), theme_dirs=THEME) == \
        safety.inline_script_hashes(page(), theme_dirs=THEME)
    guard = '<script>var __md_s=__md_set;__md_set=function(k){"__outdated"!=k&&__md_s.apply(this,arguments)}</script>'
    assert _found(page(head=guard)) == []


_FEED_HTML = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
              '<id>https://example.test/en/feed.xml</id><title>Example</title><entry>'
              '<id>https://example.test/en/2021-02-17/</id><title>x</title><content type="html"><![CDATA[{html}]]>'
              '</content></entry></feed>')


@pytest.mark.parametrize(("html", "named"), [
    ('<style>@import "https://tracker.example/x.css";</style><p>Changed.</p>', "https://tracker.example/x.css"),
    ("<style>p{background:url(https://tracker.example/p.png)}</style>", "https://tracker.example/p.png"),
    ("<svg><style>@import url(//tracker.example/x)</style></svg>", "//tracker.example/x"),
    ("<p style=\"background:image-set('https://tracker.example/a.png' 1x)\">x</p>", "https://tracker.example/a.png"),
    ('<p style="background:\\75 rl(https://tracker.example/e.png)">x</p>', "https://tracker.example/e.png"),
    ('<meta http-equiv="refresh" content="0;url=https://evil.example/">', "https://evil.example/"),
    ('<iframe srcdoc="<img src=https://tracker.example/f.png>"></iframe>', "https://tracker.example/f.png"),
])
def test_a_feeds_html_text_loading_through_a_stylesheet_a_refresh_or_a_frame_is_refused(html, named):
    """A feed reader's view of an entry's HTML applies its stylesheets and follows its refresh: html_addresses read
    attributes only, and a style's `url()` only, so `<style>@import "https://tracker.example/x.css"`, an `image-set()`
    or an escaped `\\75 rl(`, a `<meta http-equiv="refresh">` and an `<iframe srcdoc>`'s image named no address."""
    assert servedpages.xml_elsewhere(_FEED_HTML.format(html=html).encode(), host="example.test") == named


def test_a_feeds_html_text_with_styles_loading_nothing_passes():
    html = ('<style>p{color:#333;font-family:"Liberation Serif"}</style><p style="font-family:\'Noto Sans\'">'
            '<a href="https://example.test/en/2021-02-17/">Changed</a>.</p>')
    assert servedpages.xml_elsewhere(_FEED_HTML.format(html=html).encode(), host="example.test") == ""


_SITE = {"extra": {"policy": {"company": "Example", "languages": [{"code": "en"}], "authoritative": "en"}}}


@pytest.mark.parametrize(("config", "shown"), [
    ({"theme": {"name": "material", "font": {"text": "Roboto", "code": "Roboto Mono"}}},
     "theme.font {'text': 'Roboto', 'code': 'Roboto Mono'}: Material has every reader's browser load"),
    ({"theme": {"name": "material", "font": "Inter"}}, "theme.font 'Inter': Material has every reader's browser load"),
    ({"theme": {"name": "material", "language": "en"}, **_SITE}, "theme.font: Material has every reader's browser load"),
    ({"theme": "material", **_SITE}, "theme.font: Material has every reader's browser load"),
])
def test_a_theme_font_other_than_false_is_refused_by_the_configuration_rules(tmp_path, config, shown):
    """Material has every reader's browser load the fonts `theme.font` names, Roboto where a site's configuration
    leaves the key out, from Google Fonts: publishing refused the built pages (their <link>s load from another site),
    but `policy check` passed the configuration, and `make preview`, which holds it to these rules only, had the
    reviewer's browser ask Google."""
    from policysite import config_rules

    # (the other rules a site's whole configuration is held to, its script and extensions listed, are not these tests')
    found = [line for line in config_rules.problems(config, config_file="mkdocs.yml", files=tmp_path)
             if "theme.font" in str(line)]
    assert [str(line)[:len("mkdocs.yml: " + shown)] for line in found] == ["mkdocs.yml: " + shown], found
    assert "écrivez `font: false`" in said_in(found[0], "fr"), said_in(found[0], "fr")


def test_a_theme_without_web_fonts_passes_the_configuration_rules(tmp_path):
    from policysite import config_rules

    found = config_rules.problems({"theme": {"name": "material", "language": "en", "font": False}, **_SITE},
                                  config_file="mkdocs.yml", files=tmp_path)
    assert [line for line in found if "font" in str(line)] == [], found
